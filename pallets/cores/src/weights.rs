//! Weights for `pallet_cores`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-12-02; steps 50, repeat 20;
//! machine `vm` (Intel(R) Xeon(R) Processor); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_cores --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output pallets/cores/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_cores`.
pub trait WeightInfo {
	fn set_policy() -> Weight;
	fn return_core() -> Weight;
	fn grade() -> Weight;
	fn list() -> Weight;
	fn bid() -> Weight;
	fn withdraw_bid() -> Weight;
	fn accept_bid(b: u32, ) -> Weight;
	fn cancel_listing(b: u32, ) -> Weight;
	fn grant_licence() -> Weight;
	fn revoke_licence() -> Weight;
	fn record_outcome() -> Weight;
	fn confirm_outcome() -> Weight;
	fn withdraw_outcome() -> Weight;
	fn offer_charge() -> Weight;
	fn pay_charge() -> Weight;
	fn cancel_charge() -> Weight;
	fn forfeit_charge() -> Weight;
	fn note_delivery() -> Weight;
	fn refund_undelivered() -> Weight;
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
	/// Storage: `Cores::Policies` (r:0 w:1)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn set_policy() -> Weight {
		// Proof size: measured `1583`, estimated `3870` bytes.
		// Minimum execution time: 29_678_000 picoseconds.
		Weight::from_parts(50_828_000, 3870)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:0 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:0 w:1)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn return_core() -> Weight {
		// Proof size: measured `6753`, estimated `164205` bytes.
		// Minimum execution time: 469_096_000 picoseconds.
		Weight::from_parts(656_202_000, 164205)
			.saturating_add(T::DbWeight::get().reads(141_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:1)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Authorisations` (r:1 w:0)
	/// Proof: `Parts::Authorisations` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:1 w:0)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::AuthorisedAt` (r:1 w:0)
	/// Proof: `Parts::AuthorisedAt` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Gradings` (r:1 w:1)
	/// Proof: `Cores::Gradings` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Policies` (r:1 w:0)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:1 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn grade() -> Weight {
		// Proof size: measured `6147`, estimated `164205` bytes.
		// Minimum execution time: 629_231_000 picoseconds.
		Weight::from_parts(725_867_000, 164205)
			.saturating_add(T::DbWeight::get().reads(144_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:0)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn list() -> Weight {
		// Proof size: measured `4886`, estimated `164205` bytes.
		// Minimum execution time: 289_543_000 picoseconds.
		Weight::from_parts(388_993_000, 164205)
			.saturating_add(T::DbWeight::get().reads(136_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:2)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn bid() -> Weight {
		// Proof size: measured `9279`, estimated `164205` bytes.
		// Minimum execution time: 567_754_000 picoseconds.
		Weight::from_parts(782_158_000, 164205)
			.saturating_add(T::DbWeight::get().reads(173_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:1)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn withdraw_bid() -> Weight {
		// Proof size: measured `3410`, estimated `85437` bytes.
		// Minimum execution time: 262_246_000 picoseconds.
		Weight::from_parts(357_410_000, 85437)
			.saturating_add(T::DbWeight::get().reads(36_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:32)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:32 w:32)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:33 w:33)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnershipChanges` (r:1 w:1)
	/// Proof: `Parts::OwnershipChanges` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:2)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Parts::OwnedSince` (r:0 w:1)
	/// Proof: `Parts::OwnedSince` (`max_values`: None, `max_size`: Some(25), added: 2500, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartsOf` (r:0 w:2)
	/// Proof: `Parts::PartsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 32]`.
	fn accept_bid(b: u32, ) -> Weight {
		// Proof size: measured `6635 + b * (328 ±0)`, estimated `164205 + b * (2722 ±0)` bytes.
		// Minimum execution time: 641_031_000 picoseconds.
		Weight::from_parts(846_230_528, 164205)
			.saturating_add(Weight::from_parts(65_837_909, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(141_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	/// Storage: `Cores::Listings` (r:1 w:1)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Bids` (r:33 w:32)
	/// Proof: `Cores::Bids` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:32 w:32)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:32 w:32)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[0, 32]`.
	fn cancel_listing(b: u32, ) -> Weight {
		// Proof size: measured `5514 + b * (328 ±0)`, estimated `164205 + b * (2722 ±0)` bytes.
		// Minimum execution time: 340_017_000 picoseconds.
		Weight::from_parts(478_214_393, 164205)
			.saturating_add(Weight::from_parts(60_382_952, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(136_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:1)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn grant_licence() -> Weight {
		// Proof size: measured `1725`, estimated `6512` bytes.
		// Minimum execution time: 49_507_000 picoseconds.
		Weight::from_parts(67_956_000, 6512)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:1)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn revoke_licence() -> Weight {
		// Proof size: measured `1702`, estimated `3870` bytes.
		// Minimum execution time: 44_968_000 picoseconds.
		Weight::from_parts(61_734_000, 3870)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:1)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Policies` (r:1 w:0)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:1 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:0)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	fn record_outcome() -> Weight {
		// Proof size: measured `6138`, estimated `164205` bytes.
		// Minimum execution time: 495_098_000 picoseconds.
		Weight::from_parts(604_704_000, 164205)
			.saturating_add(T::DbWeight::get().reads(141_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:2 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:1)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:1)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:1)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartTypes` (r:1 w:0)
	/// Proof: `Parts::PartTypes` (`max_values`: None, `max_size`: Some(405), added: 2880, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Listings` (r:1 w:0)
	/// Proof: `Cores::Listings` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Policies` (r:1 w:0)
	/// Proof: `Cores::Policies` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:1 w:0)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Licences` (r:1 w:1)
	/// Proof: `Cores::Licences` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Parts::Offers` (r:2 w:0)
	/// Proof: `Parts::Offers` (`max_values`: None, `max_size`: Some(38), added: 2513, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:1)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Timestamp::Now` (r:1 w:0)
	/// Proof: `Timestamp::Now` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Outcomes` (r:0 w:1)
	/// Proof: `Cores::Outcomes` (`max_values`: None, `max_size`: Some(105), added: 2580, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Gradings` (r:0 w:1)
	/// Proof: `Cores::Gradings` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:0 w:1)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn confirm_outcome() -> Weight {
		// Proof size: measured `7243`, estimated `164205` bytes.
		// Minimum execution time: 735_767_000 picoseconds.
		Weight::from_parts(923_451_000, 164205)
			.saturating_add(T::DbWeight::get().reads(146_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Cores::CoreRecords` (r:1 w:0)
	/// Proof: `Cores::CoreRecords` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Cores::ProposedOutcomes` (r:1 w:1)
	/// Proof: `Cores::ProposedOutcomes` (`max_values`: None, `max_size`: Some(93), added: 2568, mode: `MaxEncodedLen`)
	fn withdraw_outcome() -> Weight {
		// Proof size: measured `5005`, estimated `164205` bytes.
		// Minimum execution time: 324_768_000 picoseconds.
		Weight::from_parts(378_156_000, 164205)
			.saturating_add(T::DbWeight::get().reads(135_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:0)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Cores::NextChargeId` (r:1 w:1)
	/// Proof: `Cores::NextChargeId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:1 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:0 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	fn offer_charge() -> Weight {
		// Proof size: measured `5682`, estimated `164205` bytes.
		// Minimum execution time: 308_723_000 picoseconds.
		Weight::from_parts(386_650_000, 164205)
			.saturating_add(T::DbWeight::get().reads(137_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn pay_charge() -> Weight {
		// Proof size: measured `2460`, estimated `3751` bytes.
		// Minimum execution time: 130_497_000 picoseconds.
		Weight::from_parts(163_839_000, 3751)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:0 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn cancel_charge() -> Weight {
		// Proof size: measured `2164`, estimated `3751` bytes.
		// Minimum execution time: 85_550_000 picoseconds.
		Weight::from_parts(113_403_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn forfeit_charge() -> Weight {
		// Proof size: measured `1859`, estimated `6196` bytes.
		// Minimum execution time: 139_319_000 picoseconds.
		Weight::from_parts(161_526_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:0)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:32 w:0)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	fn note_delivery() -> Weight {
		// Proof size: measured `7825`, estimated `164205` bytes.
		// Minimum execution time: 461_839_000 picoseconds.
		Weight::from_parts(585_054_000, 164205)
			.saturating_add(T::DbWeight::get().reads(165_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Cores::Charges` (r:1 w:1)
	/// Proof: `Cores::Charges` (`max_values`: None, `max_size`: Some(134), added: 2609, mode: `MaxEncodedLen`)
	/// Storage: `Parts::PartRecords` (r:1 w:0)
	/// Proof: `Parts::PartRecords` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Parts::QuarantinedBelow` (r:1 w:0)
	/// Proof: `Parts::QuarantinedBelow` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchesBelow` (r:65 w:0)
	/// Proof: `Parts::BatchesBelow` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Parts::BatchRecalls` (r:64 w:0)
	/// Proof: `Parts::BatchRecalls` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Parts::HistoryLen` (r:1 w:0)
	/// Proof: `Parts::HistoryLen` (`max_values`: None, `max_size`: Some(21), added: 2496, mode: `MaxEncodedLen`)
	/// Storage: `Parts::History` (r:31 w:0)
	/// Proof: `Parts::History` (`max_values`: None, `max_size`: Some(140), added: 2615, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Cores::AwaitingDelivery` (r:0 w:1)
	/// Proof: `Cores::AwaitingDelivery` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn refund_undelivered() -> Weight {
		// Proof size: measured `9293`, estimated `164205` bytes.
		// Minimum execution time: 535_430_000 picoseconds.
		Weight::from_parts(680_896_000, 164205)
			.saturating_add(T::DbWeight::get().reads(168_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn set_policy() -> Weight {
		Weight::from_parts(50_828_000, 3870)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn return_core() -> Weight {
		Weight::from_parts(656_202_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(141_u64))
			.saturating_add(ParityDbWeight::get().writes(9_u64))
	}
	fn grade() -> Weight {
		Weight::from_parts(725_867_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(144_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn list() -> Weight {
		Weight::from_parts(388_993_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(136_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn bid() -> Weight {
		Weight::from_parts(782_158_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(173_u64))
			.saturating_add(ParityDbWeight::get().writes(7_u64))
	}
	fn withdraw_bid() -> Weight {
		Weight::from_parts(357_410_000, 85437)
			.saturating_add(ParityDbWeight::get().reads(36_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn accept_bid(b: u32, ) -> Weight {
		Weight::from_parts(846_230_528, 164205)
			.saturating_add(Weight::from_parts(65_837_909, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(141_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(ParityDbWeight::get().writes(10_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	fn cancel_listing(b: u32, ) -> Weight {
		Weight::from_parts(478_214_393, 164205)
			.saturating_add(Weight::from_parts(60_382_952, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(136_u64))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(b.into())))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2722).saturating_mul(b.into()))
	}
	fn grant_licence() -> Weight {
		Weight::from_parts(67_956_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn revoke_licence() -> Weight {
		Weight::from_parts(61_734_000, 3870)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn record_outcome() -> Weight {
		Weight::from_parts(604_704_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(141_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn confirm_outcome() -> Weight {
		Weight::from_parts(923_451_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(146_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn withdraw_outcome() -> Weight {
		Weight::from_parts(378_156_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(135_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn offer_charge() -> Weight {
		Weight::from_parts(386_650_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(137_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn pay_charge() -> Weight {
		Weight::from_parts(163_839_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn cancel_charge() -> Weight {
		Weight::from_parts(113_403_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn forfeit_charge() -> Weight {
		Weight::from_parts(161_526_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn note_delivery() -> Weight {
		Weight::from_parts(585_054_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(165_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn refund_undelivered() -> Weight {
		Weight::from_parts(680_896_000, 164205)
			.saturating_add(ParityDbWeight::get().reads(168_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
}
