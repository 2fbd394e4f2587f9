//! Weights for `pallet_certifications`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-11-30; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_certifications --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/pallet-weight-template.hbs --output pallets/certifications/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_certifications`.
pub trait WeightInfo {
	fn add_registrar() -> Weight;
	fn remove_registrar() -> Weight;
	fn register_participant() -> Weight;
	fn update_participant() -> Weight;
	fn suspend_participant() -> Weight;
	fn reinstate_participant() -> Weight;
	fn add_device() -> Weight;
	fn remove_device() -> Weight;
	fn define_standard() -> Weight;
	fn accredit_auditor() -> Weight;
	fn withdraw_accreditation() -> Weight;
	fn issue_certification() -> Weight;
	fn accept_certification() -> Weight;
	fn record_surveillance() -> Weight;
	fn suspend_certification() -> Weight;
	fn reinstate_certification() -> Weight;
	fn revoke_certification() -> Weight;
	fn change_admin() -> Weight;
	fn accept_admin() -> Weight;
	fn withdraw_admin_change() -> Weight;
	fn decline_certification() -> Weight;
	fn remove_offer() -> Weight;
	fn register_production() -> Weight;
}

/// Measured weights, with storage costs from the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Certifications::Registrars` (r:1 w:1)
	/// Proof: `Certifications::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Certifications::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn add_registrar() -> Weight {
		// Proof size: measured `406`, estimated `3513` bytes.
		// Minimum execution time: 16_925_000 picoseconds.
		Weight::from_parts(23_285_000, 3513)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Registrars` (r:1 w:1)
	/// Proof: `Certifications::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Certifications::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `443`, estimated `3513` bytes.
		// Minimum execution time: 17_576_000 picoseconds.
		Weight::from_parts(18_998_000, 3513)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Registrars` (r:1 w:0)
	/// Proof: `Certifications::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:1)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::NextParticipantId` (r:1 w:1)
	/// Proof: `Certifications::NextParticipantId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:0 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	fn register_participant() -> Weight {
		// Proof size: measured `689`, estimated `3520` bytes.
		// Minimum execution time: 23_525_000 picoseconds.
		Weight::from_parts(25_888_000, 3520)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:2)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Suspensions` (r:1 w:1)
	/// Proof: `Certifications::Suspensions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:3 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::PendingAdmins` (r:0 w:1)
	/// Proof: `Certifications::PendingAdmins` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Devices` (r:0 w:1)
	/// Proof: `Certifications::Devices` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn update_participant() -> Weight {
		// Proof size: measured `1798`, estimated `9045` bytes.
		// Minimum execution time: 56_463_000 picoseconds.
		Weight::from_parts(60_860_000, 9045)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Suspensions` (r:1 w:1)
	/// Proof: `Certifications::Suspensions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::PendingAdmins` (r:1 w:0)
	/// Proof: `Certifications::PendingAdmins` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn suspend_participant() -> Weight {
		// Proof size: measured `883`, estimated `3751` bytes.
		// Minimum execution time: 22_904_000 picoseconds.
		Weight::from_parts(24_796_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Registrars` (r:1 w:0)
	/// Proof: `Certifications::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Suspensions` (r:1 w:1)
	/// Proof: `Certifications::Suspensions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn reinstate_participant() -> Weight {
		// Proof size: measured `957`, estimated `3751` bytes.
		// Minimum execution time: 24_586_000 picoseconds.
		Weight::from_parts(26_870_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:2 w:1)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Devices` (r:0 w:1)
	/// Proof: `Certifications::Devices` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn add_device() -> Weight {
		// Proof size: measured `1052`, estimated `6050` bytes.
		// Minimum execution time: 27_050_000 picoseconds.
		Weight::from_parts(29_404_000, 6050)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:1)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Devices` (r:1 w:1)
	/// Proof: `Certifications::Devices` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:3 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn remove_device() -> Weight {
		// Proof size: measured `1741`, estimated `9045` bytes.
		// Minimum execution time: 47_260_000 picoseconds.
		Weight::from_parts(51_947_000, 9045)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::StandardByCode` (r:1 w:1)
	/// Proof: `Certifications::StandardByCode` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::NextStandardId` (r:1 w:1)
	/// Proof: `Certifications::NextStandardId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:0 w:1)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	fn define_standard() -> Weight {
		// Proof size: measured `1081`, estimated `3751` bytes.
		// Minimum execution time: 29_524_000 picoseconds.
		Weight::from_parts(32_168_000, 3751)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Accreditations` (r:1 w:1)
	/// Proof: `Certifications::Accreditations` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	fn accredit_auditor() -> Weight {
		// Proof size: measured `1706`, estimated `6512` bytes.
		// Minimum execution time: 32_548_000 picoseconds.
		Weight::from_parts(35_072_000, 6512)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Accreditations` (r:1 w:1)
	/// Proof: `Certifications::Accreditations` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	fn withdraw_accreditation() -> Weight {
		// Proof size: measured `1551`, estimated `3812` bytes.
		// Minimum execution time: 29_123_000 picoseconds.
		Weight::from_parts(31_647_000, 3812)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Accreditations` (r:1 w:0)
	/// Proof: `Certifications::Accreditations` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::NextCertificationId` (r:1 w:1)
	/// Proof: `Certifications::NextCertificationId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:0 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::OfferDeposits` (r:0 w:1)
	/// Proof: `Certifications::OfferDeposits` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn issue_certification() -> Weight {
		// Proof size: measured `1622`, estimated `6512` bytes.
		// Minimum execution time: 89_132_000 picoseconds.
		Weight::from_parts(95_241_000, 6512)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:2 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:64 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Accreditations` (r:1 w:0)
	/// Proof: `Certifications::Accreditations` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::OfferDeposits` (r:1 w:1)
	/// Proof: `Certifications::OfferDeposits` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationsOf` (r:1 w:1)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:0 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:0 w:1)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationHistory` (r:0 w:1)
	/// Proof: `Certifications::CertificationHistory` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn accept_certification() -> Weight {
		// Proof size: measured `5560`, estimated `173726` bytes.
		// Minimum execution time: 464_599_000 picoseconds.
		Weight::from_parts(487_293_000, 173726)
			.saturating_add(T::DbWeight::get().reads(72_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:64 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Accreditations` (r:1 w:0)
	/// Proof: `Certifications::Accreditations` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:1 w:2)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationsOf` (r:1 w:0)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:0 w:1)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn record_surveillance() -> Weight {
		// Proof size: measured `5454`, estimated `173726` bytes.
		// Minimum execution time: 299_634_000 picoseconds.
		Weight::from_parts(324_180_000, 173726)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Certifications` (r:64 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:1 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationsOf` (r:1 w:0)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:0 w:1)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn suspend_certification() -> Weight {
		// Proof size: measured `5771`, estimated `173726` bytes.
		// Minimum execution time: 300_666_000 picoseconds.
		Weight::from_parts(322_318_000, 173726)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Certifications` (r:64 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationsOf` (r:1 w:0)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:0 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:0 w:1)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn reinstate_certification() -> Weight {
		// Proof size: measured `5342`, estimated `173726` bytes.
		// Minimum execution time: 283_511_000 picoseconds.
		Weight::from_parts(301_908_000, 173726)
			.saturating_add(T::DbWeight::get().reads(68_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Certifications` (r:64 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:1 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::OfferDeposits` (r:1 w:0)
	/// Proof: `Certifications::OfferDeposits` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationsOf` (r:1 w:1)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:0 w:1)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn revoke_certification() -> Weight {
		// Proof size: measured `5826`, estimated `173726` bytes.
		// Minimum execution time: 298_081_000 picoseconds.
		Weight::from_parts(315_267_000, 173726)
			.saturating_add(T::DbWeight::get().reads(70_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:2 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::PendingAdmins` (r:0 w:1)
	/// Proof: `Certifications::PendingAdmins` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn change_admin() -> Weight {
		// Proof size: measured `1084`, estimated `6050` bytes.
		// Minimum execution time: 22_564_000 picoseconds.
		Weight::from_parts(24_276_000, 6050)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::PendingAdmins` (r:1 w:1)
	/// Proof: `Certifications::PendingAdmins` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:2)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `Assets::Asset` (r:3 w:0)
	/// Proof: `Assets::Asset` (`max_values`: None, `max_size`: Some(210), added: 2685, mode: `MaxEncodedLen`)
	fn accept_admin() -> Weight {
		// Proof size: measured `1695`, estimated `9045` bytes.
		// Minimum execution time: 46_349_000 picoseconds.
		Weight::from_parts(49_663_000, 9045)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::PendingAdmins` (r:1 w:1)
	/// Proof: `Certifications::PendingAdmins` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	fn withdraw_admin_change() -> Weight {
		// Proof size: measured `1151`, estimated `3751` bytes.
		// Minimum execution time: 22_533_000 picoseconds.
		Weight::from_parts(24_276_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:1 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::OfferDeposits` (r:1 w:1)
	/// Proof: `Certifications::OfferDeposits` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn decline_certification() -> Weight {
		// Proof size: measured `1752`, estimated `3751` bytes.
		// Minimum execution time: 73_298_000 picoseconds.
		Weight::from_parts(77_274_000, 3751)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Accreditations` (r:1 w:0)
	/// Proof: `Certifications::Accreditations` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::OfferDeposits` (r:1 w:1)
	/// Proof: `Certifications::OfferDeposits` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn remove_offer() -> Weight {
		// Proof size: measured `925`, estimated `3689` bytes.
		// Minimum execution time: 65_067_000 picoseconds.
		Weight::from_parts(68_632_000, 3689)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:0)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ProductionUsage` (r:1 w:1)
	/// Proof: `Certifications::ProductionUsage` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn register_production() -> Weight {
		// Proof size: measured `1100`, estimated `3751` bytes.
		// Minimum execution time: 20_480_000 picoseconds.
		Weight::from_parts(22_273_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn add_registrar() -> Weight {
		Weight::from_parts(23_285_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(18_998_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn register_participant() -> Weight {
		Weight::from_parts(25_888_000, 3520)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn update_participant() -> Weight {
		Weight::from_parts(60_860_000, 9045)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn suspend_participant() -> Weight {
		Weight::from_parts(24_796_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn reinstate_participant() -> Weight {
		Weight::from_parts(26_870_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn add_device() -> Weight {
		Weight::from_parts(29_404_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_device() -> Weight {
		Weight::from_parts(51_947_000, 9045)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn define_standard() -> Weight {
		Weight::from_parts(32_168_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn accredit_auditor() -> Weight {
		Weight::from_parts(35_072_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_accreditation() -> Weight {
		Weight::from_parts(31_647_000, 3812)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn issue_certification() -> Weight {
		Weight::from_parts(95_241_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn accept_certification() -> Weight {
		Weight::from_parts(487_293_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(72_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn record_surveillance() -> Weight {
		Weight::from_parts(324_180_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn suspend_certification() -> Weight {
		Weight::from_parts(322_318_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn reinstate_certification() -> Weight {
		Weight::from_parts(301_908_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(68_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn revoke_certification() -> Weight {
		Weight::from_parts(315_267_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(70_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn change_admin() -> Weight {
		Weight::from_parts(24_276_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn accept_admin() -> Weight {
		Weight::from_parts(49_663_000, 9045)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn withdraw_admin_change() -> Weight {
		Weight::from_parts(24_276_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn decline_certification() -> Weight {
		Weight::from_parts(77_274_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn remove_offer() -> Weight {
		Weight::from_parts(68_632_000, 3689)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn register_production() -> Weight {
		Weight::from_parts(22_273_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
}
