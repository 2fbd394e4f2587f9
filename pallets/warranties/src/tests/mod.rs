mod claims;
mod issue;
mod deadlines;
