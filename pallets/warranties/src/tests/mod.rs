mod claims;
mod deadlines;
mod issue;
mod random;
