//! Tests, one file per topic. Every failure path is checked with `assert_noop!`
//! (refused, storage unchanged) and every test ends with the pallet's invariants.

mod acceptance;
mod authority;
mod capacity;
mod certifications;
mod devices;
mod genesis;
mod migrations;
mod migrations_v3;
mod participants;
mod queries;
mod redteam;
mod registrars;
mod standards;
mod surveillance;
