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
		// Minimum execution time: 44_005_000 picoseconds.
		Weight::from_parts(49_804_000, 5344)
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
		// Minimum execution time: 36_525_000 picoseconds.
		Weight::from_parts(40_009_000, 2510)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `System::AuthorizedUpgrade` (r:0 w:1)
	/// Proof: `System::AuthorizedUpgrade` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn authorize_upgrade() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 6_389_000 picoseconds.
		Weight::from_parts(7_231_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Consortium::MembersOnly` (r:0 w:1)
	/// Proof: `Consortium::MembersOnly` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	fn set_members_only() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 5_308_000 picoseconds.
		Weight::from_parts(6_019_000, 0)
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
		// Minimum execution time: 27_591_000 picoseconds.
		Weight::from_parts(29_824_000, 4687)
			.saturating_add(T::DbWeight::get().reads(6_u64))
	}
	/// Storage: `Consortium::Emergencies` (r:1 w:1)
	/// Proof: `Consortium::Emergencies` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::CounterForEmergencies` (r:1 w:1)
	/// Proof: `Consortium::CounterForEmergencies` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn schedule_emergency() -> Weight {
		// Proof size: measured `510`, estimated `3501` bytes.
		// Minimum execution time: 20_270_000 picoseconds.
		Weight::from_parts(22_524_000, 3501)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Emergencies` (r:1 w:1)
	/// Proof: `Consortium::Emergencies` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::CounterForEmergencies` (r:1 w:1)
	/// Proof: `Consortium::CounterForEmergencies` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn enact_emergency() -> Weight {
		// Proof size: measured `306`, estimated `3501` bytes.
		// Minimum execution time: 22_293_000 picoseconds.
		Weight::from_parts(23_705_000, 3501)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Emergencies` (r:1 w:1)
	/// Proof: `Consortium::Emergencies` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Consortium::CounterForEmergencies` (r:1 w:1)
	/// Proof: `Consortium::CounterForEmergencies` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn cancel_emergency() -> Weight {
		// Proof size: measured `306`, estimated `3501` bytes.
		// Minimum execution time: 14_992_000 picoseconds.
		Weight::from_parts(16_204_000, 3501)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Not measured yet (added by hand with the call; `scripts/bench.sh pallet_consortium`
	/// replaces it): no storage read or write of its own; `enact_emergency`'s time as a
	/// bound (it also hashes and dispatches a call).
	fn as_governor() -> Weight {
		Weight::from_parts(23_705_000, 0)
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn add_validator() -> Weight {
		Weight::from_parts(49_804_000, 5344)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_validator() -> Weight {
		Weight::from_parts(40_009_000, 2510)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn authorize_upgrade() -> Weight {
		Weight::from_parts(7_231_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn set_members_only() -> Weight {
		Weight::from_parts(6_019_000, 0)
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn check_member() -> Weight {
		Weight::from_parts(29_824_000, 4687)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
	}
	fn schedule_emergency() -> Weight {
		Weight::from_parts(22_524_000, 3501)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn enact_emergency() -> Weight {
		Weight::from_parts(23_705_000, 3501)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn cancel_emergency() -> Weight {
		Weight::from_parts(16_204_000, 3501)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn as_governor() -> Weight {
		Weight::from_parts(23_705_000, 0)
	}
}
