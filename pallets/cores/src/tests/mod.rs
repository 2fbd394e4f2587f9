mod charges;
mod lives;
mod market;
mod signed;
