//! Weights for `pallet_warranties`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-12-03; steps 50, repeat 20;
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
	fn complete_withdrawal() -> Weight;
	fn move_reserve() -> Weight;
	fn claim() -> Weight;
	fn approve() -> Weight;
	fn reject() -> Weight;
	fn withdraw_claim() -> Weight;
	fn rule() -> Weight;
	fn settle_overdue() -> Weight;
	fn void_on_service() -> Weight;
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
	/// Storage: `Parts::NextPartId` (r:1 w:0)
	/// Proof: `Parts::NextPartId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::TermHistory` (r:1 w:1)
	/// Proof: `Warranties::TermHistory` (`max_values`: None, `max_size`: Some(397), added: 2872, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::NewWarrantyTerms` (r:0 w:1)
	/// Proof: `Warranties::NewWarrantyTerms` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn set_new_warranty_term() -> Weight {
		// Proof size: measured `1487`, estimated `3870` bytes.
		// Minimum execution time: 38_167_000 picoseconds.
		Weight::from_parts(41_261_000, 3870)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:17 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:17 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Outcomes` (r:1 w:0)
	/// Proof: `Cores::Outcomes` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::TermHistory` (r:1 w:0)
	/// Proof: `Warranties::TermHistory` (`max_values`: None, `max_size`: Some(397), added: 2872, mode: `MaxEncodedLen`)
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
		// Proof size: measured `2371 + c * (78 ±0)`, estimated `3862 + c * (2677 ±0)` bytes.
		// Minimum execution time: 79_549_000 picoseconds.
		Weight::from_parts(88_271_828, 3862)
			.saturating_add(Weight::from_parts(16_011_602, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
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
		// Proof size: measured `1170`, estimated `6512` bytes.
		// Minimum execution time: 28_682_000 picoseconds.
		Weight::from_parts(31_236_000, 6512)
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
		// Proof size: measured `1114`, estimated `3751` bytes.
		// Minimum execution time: 25_077_000 picoseconds.
		Weight::from_parts(27_190_000, 3751)
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
		// Proof size: measured `1291`, estimated `3751` bytes.
		// Minimum execution time: 76_784_000 picoseconds.
		Weight::from_parts(80_740_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:0)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:0)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Withdrawals` (r:0 w:1)
	/// Proof: `Warranties::Withdrawals` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn withdraw_reserve() -> Weight {
		// Proof size: measured `1368`, estimated `3751` bytes.
		// Minimum execution time: 33_239_000 picoseconds.
		Weight::from_parts(35_603_000, 3751)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Withdrawals` (r:1 w:1)
	/// Proof: `Warranties::Withdrawals` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:0)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn complete_withdrawal() -> Weight {
		// Proof size: measured `1624`, estimated `3751` bytes.
		// Minimum execution time: 84_766_000 picoseconds.
		Weight::from_parts(89_794_000, 3751)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn move_reserve() -> Weight {
		// Proof size: measured `1394`, estimated `6434` bytes.
		// Minimum execution time: 82_222_000 picoseconds.
		Weight::from_parts(88_121_000, 6434)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:8 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:2 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:0)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Claims` (r:1 w:2)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(181), added: 2656, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::NextClaimId` (r:1 w:1)
	/// Proof: `Warranties::NextClaimId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:1)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:0)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:2)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn claim() -> Weight {
		// Proof size: measured `2982`, estimated `22406` bytes.
		// Minimum execution time: 162_382_000 picoseconds.
		Weight::from_parts(173_208_000, 22406)
			.saturating_add(T::DbWeight::get().reads(22_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Claims` (r:1 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(181), added: 2656, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:1)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn approve() -> Weight {
		// Proof size: measured `1926`, estimated `6512` bytes.
		// Minimum execution time: 109_062_000 picoseconds.
		Weight::from_parts(114_531_000, 6512)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Claims` (r:1 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(181), added: 2656, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:1)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof size: measured `1518`, estimated `3751` bytes.
		// Minimum execution time: 43_535_000 picoseconds.
		Weight::from_parts(46_129_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Claims` (r:1 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(181), added: 2656, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:1)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn withdraw_claim() -> Weight {
		// Proof size: measured `1555`, estimated `3751` bytes.
		// Minimum execution time: 44_376_000 picoseconds.
		Weight::from_parts(46_820_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Warranties::Claims` (r:1 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(181), added: 2656, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:1)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn rule() -> Weight {
		// Proof size: measured `1522`, estimated `6196` bytes.
		// Minimum execution time: 95_172_000 picoseconds.
		Weight::from_parts(98_897_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Warranties::Claims` (r:1 w:1)
	/// Proof: `Warranties::Claims` (`max_values`: None, `max_size`: Some(181), added: 2656, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:1 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Reserves` (r:1 w:1)
	/// Proof: `Warranties::Reserves` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Committed` (r:1 w:1)
	/// Proof: `Warranties::Committed` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::OpenClaims` (r:0 w:1)
	/// Proof: `Warranties::OpenClaims` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::Withdrawals` (r:0 w:1)
	/// Proof: `Warranties::Withdrawals` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn settle_overdue() -> Weight {
		// Proof size: measured `1522`, estimated `6196` bytes.
		// Minimum execution time: 96_764_000 picoseconds.
		Weight::from_parts(103_193_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Warranties::Latest` (r:4 w:0)
	/// Proof: `Warranties::Latest` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::WarrantyRecords` (r:4 w:1)
	/// Proof: `Warranties::WarrantyRecords` (`max_values`: None, `max_size`: Some(244), added: 2719, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::CascadeHeld` (r:1 w:0)
	/// Proof: `Parts::CascadeHeld` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:1 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Warranties::AuthorisedProviders` (r:1 w:0)
	/// Proof: `Warranties::AuthorisedProviders` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn void_on_service() -> Weight {
		// Proof size: measured `1170`, estimated `11866` bytes.
		// Minimum execution time: 95_623_000 picoseconds.
		Weight::from_parts(99_008_000, 11866)
			.saturating_add(T::DbWeight::get().reads(13_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn set_new_warranty_term() -> Weight {
		Weight::from_parts(41_261_000, 3870)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn issue(c: u32, ) -> Weight {
		Weight::from_parts(88_271_828, 3862)
			.saturating_add(Weight::from_parts(16_011_602, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(11_u64))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
			.saturating_add(Weight::from_parts(0, 2677).saturating_mul(c.into()))
	}
	fn authorise_provider() -> Weight {
		Weight::from_parts(31_236_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn deauthorise_provider() -> Weight {
		Weight::from_parts(27_190_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn fund_reserve() -> Weight {
		Weight::from_parts(80_740_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn withdraw_reserve() -> Weight {
		Weight::from_parts(35_603_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn complete_withdrawal() -> Weight {
		Weight::from_parts(89_794_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn move_reserve() -> Weight {
		Weight::from_parts(88_121_000, 6434)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn claim() -> Weight {
		Weight::from_parts(173_208_000, 22406)
			.saturating_add(ParityDbWeight::get().reads(22_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn approve() -> Weight {
		Weight::from_parts(114_531_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn reject() -> Weight {
		Weight::from_parts(46_129_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn withdraw_claim() -> Weight {
		Weight::from_parts(46_820_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(98_897_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn settle_overdue() -> Weight {
		Weight::from_parts(103_193_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn void_on_service() -> Weight {
		Weight::from_parts(99_008_000, 11866)
			.saturating_add(ParityDbWeight::get().reads(13_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
