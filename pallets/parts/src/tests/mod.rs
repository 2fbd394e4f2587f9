//! Tests, one file per topic, against the real pallet-certifications: `tests/<topic>.rs`
//! tests `src/<topic>.rs` (the paged reads of `queries.rs` with the histories and
//! recalls they show). Every failure path is checked with `assert_noop!` (refused,
//! storage unchanged) and every test ends with the pallet's invariants.

mod assembly;
mod cascade;
mod genesis;
mod handover;
mod history;
mod impl_traits;
mod lifecycle;
mod lots;
mod migrations;
mod recall;
mod registry;
mod tags;
mod transformation;
