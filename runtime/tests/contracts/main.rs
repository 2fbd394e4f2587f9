//! amchain's contracts on the real pallet-contracts (issue 16 item 21): the `.contract`
//! bundles `scripts/contracts.sh build` makes with cargo-contract are uploaded and
//! instantiated in the runtime itself — native, in test externalities, on the dev chain's
//! genesis, with amchain's chain extension reading the real pallet-parts and
//! pallet-certifications, and the real existential deposit, storage deposits and
//! reverts (none of which the ink! off-chain engine has).
//!
//! Each contract is driven by random sequences of every message from every party (buyer,
//! seller, their devices, arbiter, oracle, a stranger, a carrier), mixed with the chain's
//! own moves: goods handed over in pallet-parts, a part installed in an assembly, blocks
//! past deadlines and dispute periods, organisations suspended and reinstated, device
//! keys removed or moved to another organisation. After every step the contract's
//! balance (what pallet-contracts lets it spend) equals its `owed()`, and its books
//! agree with what the honest side's terms promise; after the last step, every deadline
//! passed, honest parties acting alone get every unit out: nothing is locked.
//!
//! A failure prints the seed and the steps, shrunk to the shortest failing prefix.
//! `AMCHAIN_CONTRACT_SEED=<seed>` replays one sequence, `AMCHAIN_CONTRACT_RUNS=<n>` runs
//! more (scripts/fuzz.sh runs many). The bundles are read from `$AMCHAIN_CONTRACTS`
//! (default `~/.cache/amchain/contracts`); without them the test fails and says how to
//! build them.

// Runs in scripts/test.sh's runtime step (with try-runtime, so every pallet's try_state is
// checked too), not a second time among the plain unit tests.
#![cfg(feature = "try-runtime")]

#[path = "../common/mod.rs"]
mod common;

mod chain;
mod escrow;
