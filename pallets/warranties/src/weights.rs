//! Weights for `pallet_warranties`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-12-01; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_warranties --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output pallets/warranties/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_warranties`.
pub trait WeightInfo {
	fn set_new_warranty_term() -> Weight;
	fn issue(c: u32, ) -> Weight;
	fn authorise_provider() -> Weight;
	fn deauthorise_provider() -> Weight;
	fn fund_reserve() -> Weight;
	fn withdraw_reserve() -> Weight;
	fn claim() -> Weight;
	fn approve() -> Weight;
	fn reject() -> Weight;
	fn void_on_service() -> Weight;
	fn withdraw_claim() -> Weight;
	fn rule() -> Weight;
	fn complete_withdrawal() -> Weight;
	fn settle_overdue() -> Weight;
	fn move_reserve() -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::NewWarrantyTerms` (r:0 w:1)
	/// Proof: `Warranties::NewWarrantyTerms` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn set_new_warranty_term() -> Weight {
		// Proof size: measured `1314`, estimated `3870` bytes.
		// Minimum execution time: 27_491_000 picoseconds.
		Weight::from_parts(29_644_000, 3870)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:17 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Outcomes` (r:1 w:0)
	/// Proof: `Cores::Outcomes` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::NewWarrantyTerms` (r:1 w:0)
	/// Proof: `Warranties::NewWarrantyTerms` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Latest` (r:1 w:1)
	/// Proof: `Warranties::Latest` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::NextWarrantyId` (r:1 w:1)
	/// Proof: `Warranties::NextWarrantyId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantiesOf` (r:0 w:1)
	/// Proof: `Warranties::WarrantiesOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 16]`.
	fn issue(c: u32, ) -> Weight {
		// Proof size: measured `1950 + c * (78 ±0)`, estimated `3751 + c * (2677 ±0)` bytes.
		// Minimum execution time: 72_277_000 picoseconds.
		Weight::from_parts(77_424_136, 3751)
			.saturating_add(Weight::from_parts(12_685_024, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 2677).saturating_mul(c.into()))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::AuthorisedProviders` (r:1 w:1)
	/// Proof: `Warranties::AuthorisedProviders` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn authorise_provider() -> Weight {
		// Proof size: measured `1134`, estimated `6512` bytes.
		// Minimum execution time: 28_452_000 picoseconds.
		Weight::from_parts(30_586_000, 6512)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::AuthorisedProviders` (r:1 w:1)
	/// Proof: `Warranties::AuthorisedProviders` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn deauthorise_provider() -> Weight {
		// Proof size: measured `1081`, estimated `3751` bytes.
		// Minimum execution time: 25_508_000 picoseconds.
		Weight::from_parts(27_611_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn fund_reserve() -> Weight {
		// Proof size: measured `1279`, estimated `3751` bytes.
		// Minimum execution time: 77_054_000 picoseconds.
		Weight::from_parts(80_629_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn withdraw_reserve() -> Weight {
		Weight::from_parts(80_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::NextClaimId` (r:1 w:1)
	/// Proof: `Warranties::NextClaimId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Claims` (r:0 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn claim() -> Weight {
		Weight::from_parts(220_000_000, 22406)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Claims` (r:1 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn approve() -> Weight {
		Weight::from_parts(160_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Claims` (r:1 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(145), added: 2620, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn reject() -> Weight {
		Weight::from_parts(60_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Warranties::Latest` (r:4 w:0)
	/// Proof: `Warranties::Latest` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:4 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::AuthorisedProviders` (r:1 w:0)
	/// Proof: `Warranties::AuthorisedProviders` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn void_on_service() -> Weight {
		// Proof size: measured `1133`, estimated `11866` bytes.
		// Minimum execution time: 82_973_000 picoseconds.
		Weight::from_parts(86_609_000, 11866)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn withdraw_claim() -> Weight {
		Weight::from_parts(80_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn rule() -> Weight {
		Weight::from_parts(160_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn complete_withdrawal() -> Weight {
		Weight::from_parts(100_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn settle_overdue() -> Weight {
		Weight::from_parts(170_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn move_reserve() -> Weight {
		Weight::from_parts(120_000_000, 8000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

impl WeightInfo for () {
	fn set_new_warranty_term() -> Weight {
		Weight::from_parts(29_644_000, 3870)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn issue(c: u32, ) -> Weight {
		Weight::from_parts(77_424_136, 3751)
			.saturating_add(Weight::from_parts(12_685_024, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 2677).saturating_mul(c.into()))
	}
	fn authorise_provider() -> Weight {
		Weight::from_parts(30_586_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn deauthorise_provider() -> Weight {
		Weight::from_parts(27_611_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn fund_reserve() -> Weight {
		Weight::from_parts(80_629_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn withdraw_reserve() -> Weight {
		Weight::from_parts(80_000_000, 4000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn claim() -> Weight {
		Weight::from_parts(220_000_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(22_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn approve() -> Weight {
		Weight::from_parts(160_000_000, 8000)
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn reject() -> Weight {
		Weight::from_parts(60_000_000, 4000)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn void_on_service() -> Weight {
		Weight::from_parts(86_609_000, 11866)
			.saturating_add(ParityDbWeight::get().reads(12_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn withdraw_claim() -> Weight {
		Weight::from_parts(80_000_000, 4000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn rule() -> Weight {
		Weight::from_parts(160_000_000, 8000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn complete_withdrawal() -> Weight {
		Weight::from_parts(100_000_000, 4000)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn settle_overdue() -> Weight {
		Weight::from_parts(170_000_000, 8000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	// TO REGENERATE (provisional, spec 105): an over-estimate from the measured
	// neighbours until `scripts/bench.sh pallet_warranties` runs.
	fn move_reserve() -> Weight {
		Weight::from_parts(120_000_000, 8000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
}
