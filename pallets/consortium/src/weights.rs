//! Weights for `pallet_consortium`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-11-30; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_consortium --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output pallets/consortium/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_consortium`.
pub trait WeightInfo {
	fn add_validator() -> Weight;
	fn remove_validator() -> Weight;
	fn authorize_upgrade() -> Weight;
	fn set_members_only() -> Weight;
	fn check_member() -> Weight;
	fn schedule_emergency() -> Weight;
	fn enact_emergency() -> Weight;
	fn cancel_emergency() -> Weight;
	fn as_governor() -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Consortium::Validators` (r:1 w:1)
	/// Proof: `Consortium::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::ValidatorsChanged` (r:0 w:1)
	/// Proof: `Consortium::ValidatorsChanged` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn add_validator() -> Weight {
		// Proof size: measured `1879`, estimated `5344` bytes.
		// Minimum execution time: 45_037_000 picoseconds.
		Weight::from_parts(52_137_000, 5344)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Validators` (r:1 w:1)
	/// Proof: `Consortium::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::MinimumValidators` (r:1 w:0)
	/// Proof: `Consortium::MinimumValidators` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::ValidatorsChanged` (r:0 w:1)
	/// Proof: `Consortium::ValidatorsChanged` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn remove_validator() -> Weight {
		// Proof size: measured `1238`, estimated `2510` bytes.
		// Minimum execution time: 36_895_000 picoseconds.
		Weight::from_parts(53_900_000, 2510)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `System::AuthorizedUpgrade` (r:0 w:1)
	/// Proof: `System::AuthorizedUpgrade` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn authorize_upgrade() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 6_189_000 picoseconds.
		Weight::from_parts(7_031_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Consortium::MembersOnly` (r:0 w:1)
	/// Proof: `Consortium::MembersOnly` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn set_members_only() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 5_028_000 picoseconds.
		Weight::from_parts(5_838_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Consortium::MembersOnly` (r:1 w:0)
	/// Proof: `Consortium::MembersOnly` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Registrars` (r:1 w:0)
	/// Proof: `Certifications::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `CouncilMembership::Members` (r:1 w:0)
	/// Proof: `CouncilMembership::Members` (`max_values`: Some(1), `max_size`: Some(3202), added: 3697, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::Validators` (r:1 w:0)
	/// Proof: `Consortium::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	fn check_member() -> Weight {
		// Proof size: measured `1414`, estimated `4687` bytes.
		// Minimum execution time: 27_751_000 picoseconds.
		Weight::from_parts(31_167_000, 4687)
			.saturating_add(T::DbWeight::get().reads(6_u64))
	}
	/// Storage: `Consortium::Emergencies` (r:1 w:1)
	/// Proof: `Consortium::Emergencies` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::CounterForEmergencies` (r:1 w:1)
	/// Proof: `Consortium::CounterForEmergencies` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn schedule_emergency() -> Weight {
		// Proof size: measured `510`, estimated `3501` bytes.
		// Minimum execution time: 20_320_000 picoseconds.
		Weight::from_parts(24_076_000, 3501)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Emergencies` (r:1 w:1)
	/// Proof: `Consortium::Emergencies` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::CounterForEmergencies` (r:1 w:1)
	/// Proof: `Consortium::CounterForEmergencies` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn enact_emergency() -> Weight {
		// Proof size: measured `306`, estimated `3501` bytes.
		// Minimum execution time: 22_153_000 picoseconds.
		Weight::from_parts(26_159_000, 3501)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Emergencies` (r:1 w:1)
	/// Proof: `Consortium::Emergencies` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::CounterForEmergencies` (r:1 w:1)
	/// Proof: `Consortium::CounterForEmergencies` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn cancel_emergency() -> Weight {
		// Proof size: measured `306`, estimated `3501` bytes.
		// Minimum execution time: 14_652_000 picoseconds.
		Weight::from_parts(17_906_000, 3501)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Contracts::MigrationInProgress` (r:1 w:0)
	/// Proof: `Contracts::MigrationInProgress` (`max_values`: Some(1), `max_size`: Some(1026), added: 1521, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Contracts::ContractInfoOf` (r:1 w:0)
	/// Proof: `Contracts::ContractInfoOf` (`max_values`: None, `max_size`: Some(1795), added: 4270, mode: `MaxEncodedLen`)
	fn as_governor() -> Weight {
		// Proof size: measured `45`, estimated `5260` bytes.
		// Minimum execution time: 18_257_000 picoseconds.
		Weight::from_parts(20_661_000, 5260)
			.saturating_add(T::DbWeight::get().reads(3_u64))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn add_validator() -> Weight {
		Weight::from_parts(52_137_000, 5344)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(53_900_000, 2510)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn authorize_upgrade() -> Weight {
		Weight::from_parts(7_031_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_members_only() -> Weight {
		Weight::from_parts(5_838_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn check_member() -> Weight {
		Weight::from_parts(31_167_000, 4687)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
	}
	fn schedule_emergency() -> Weight {
		Weight::from_parts(24_076_000, 3501)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn enact_emergency() -> Weight {
		Weight::from_parts(26_159_000, 3501)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn cancel_emergency() -> Weight {
		Weight::from_parts(17_906_000, 3501)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn as_governor() -> Weight {
		Weight::from_parts(20_661_000, 5260)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
	}
}
