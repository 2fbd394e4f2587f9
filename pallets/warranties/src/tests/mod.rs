mod claims;
mod issue;
