//! Tests, one file per topic, against the real pallet-certifications. Every failure
//! path is checked with `assert_noop!` (refused, storage unchanged) and every test
//! ends with the pallet's invariants.

mod assembly;
mod genesis;
mod handover;
mod history;
mod lifecycle;
mod recall;
mod registry;
mod tags;
