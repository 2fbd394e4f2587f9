mod charges;
mod lives;
mod market;
