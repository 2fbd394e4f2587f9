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
	fn register_production() -> Weight;
	fn decline_certification() -> Weight;
	fn remove_offer() -> Weight;
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
		// Minimum execution time: 17_406_000 picoseconds.
		Weight::from_parts(18_698_000, 3513)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Registrars` (r:1 w:1)
	/// Proof: `Certifications::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Certifications::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `443`, estimated `3513` bytes.
		// Minimum execution time: 17_657_000 picoseconds.
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
		// Minimum execution time: 23_785_000 picoseconds.
		Weight::from_parts(25_848_000, 3520)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:2)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Suspensions` (r:1 w:1)
	/// Proof: `Certifications::Suspensions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::PendingAdmins` (r:0 w:1)
	/// Proof: `Certifications::PendingAdmins` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Devices` (r:0 w:1)
	/// Proof: `Certifications::Devices` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn update_participant() -> Weight {
		// Proof size: measured `1229`, estimated `3751` bytes.
		// Minimum execution time: 37_646_000 picoseconds.
		Weight::from_parts(40_119_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
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
		// Minimum execution time: 22_714_000 picoseconds.
		Weight::from_parts(25_087_000, 3751)
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
		// Minimum execution time: 24_517_000 picoseconds.
		Weight::from_parts(28_342_000, 3751)
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
		// Minimum execution time: 27_490_000 picoseconds.
		Weight::from_parts(29_424_000, 6050)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:1)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Devices` (r:1 w:1)
	/// Proof: `Certifications::Devices` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn remove_device() -> Weight {
		// Proof size: measured `1172`, estimated `3751` bytes.
		// Minimum execution time: 29_514_000 picoseconds.
		Weight::from_parts(31_417_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
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
		// Minimum execution time: 29_654_000 picoseconds.
		Weight::from_parts(32_097_000, 3751)
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
		// Minimum execution time: 32_968_000 picoseconds.
		Weight::from_parts(35_333_000, 6512)
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
		// Minimum execution time: 29_334_000 picoseconds.
		Weight::from_parts(31_567_000, 3812)
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
	/// Storage: `Certifications::Certifications` (r:0 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	fn issue_certification() -> Weight {
		// Proof size: measured `1519`, estimated `6512` bytes.
		// Minimum execution time: 39_409_000 picoseconds.
		// Provisional (RT-14): + the offer deposit's hold (`Balances::Holds`,
		// `System::Account`) and `Certifications::OfferDeposits`; regenerate.
		Weight::from_parts(62_193_000, 10124)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:64 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationsOf` (r:1 w:1)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:0 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:0 w:1)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertificationHistory` (r:0 w:1)
	/// Proof: `Certifications::CertificationHistory` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn accept_certification() -> Weight {
		// Proof size: measured `5066`, estimated `173726` bytes.
		// Minimum execution time: 413_382_000 picoseconds.
		// Provisional (RT-13, RT-14): + the auditor's accreditation and standing, and the
		// deposit's release (`OfferDeposits`, `Balances::Holds`, `System::Account`);
		// regenerate.
		Weight::from_parts(468_610_000, 177338)
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
		// Minimum execution time: 307_476_000 picoseconds.
		Weight::from_parts(328_587_000, 173726)
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
		// Minimum execution time: 298_853_000 picoseconds.
		Weight::from_parts(329_078_000, 173726)
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
		// Minimum execution time: 299_184_000 picoseconds.
		Weight::from_parts(318_753_000, 173726)
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
	/// Storage: `Certifications::CertificationsOf` (r:1 w:1)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CertifiedUntil` (r:0 w:1)
	/// Proof: `Certifications::CertifiedUntil` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn revoke_certification() -> Weight {
		// Proof size: measured `5771`, estimated `173726` bytes.
		// Minimum execution time: 301_256_000 picoseconds.
		Weight::from_parts(326_204_000, 173726)
			.saturating_add(T::DbWeight::get().reads(69_u64))
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
		// Minimum execution time: 23_114_000 picoseconds.
		Weight::from_parts(24_997_000, 6050)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::PendingAdmins` (r:1 w:1)
	/// Proof: `Certifications::PendingAdmins` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:2)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	fn accept_admin() -> Weight {
		// Proof size: measured `1126`, estimated `3751` bytes.
		// Minimum execution time: 28_452_000 picoseconds.
		Weight::from_parts(30_876_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
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
		// Minimum execution time: 22_954_000 picoseconds.
		Weight::from_parts(24_837_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:0)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ProductionUsage` (r:1 w:1)
	/// Proof: `Certifications::ProductionUsage` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn register_production() -> Weight {
		// Proof size: measured `1100`, estimated `3751` bytes.
		// Minimum execution time: 20_050_000 picoseconds.
		Weight::from_parts(21_662_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Provisional (RT-14), not measured: `Members`, `Participants`, `Certifications`
	/// (r, w), `OfferDeposits` (r, w), `Balances::Holds` (r, w), `System::Account` (r, w).
	/// Regenerate with `scripts/bench.sh`.
	fn decline_certification() -> Weight {
		Weight::from_parts(60_000_000, 6512)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Provisional (RT-13, RT-14), not measured: `Certifications` (r, w),
	/// `Accreditations`, `Participants` (the auditor; the caller), `Members`,
	/// `OfferDeposits` (r, w), `Balances::Holds` (r, w), `System::Account` (r, w).
	/// Regenerate with `scripts/bench.sh`.
	fn remove_offer() -> Weight {
		Weight::from_parts(65_000_000, 6512)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same measurements with ParityDB's storage costs, for mocks and tests.
impl WeightInfo for () {
	fn add_registrar() -> Weight {
		Weight::from_parts(18_698_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(18_998_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn register_participant() -> Weight {
		Weight::from_parts(25_848_000, 3520)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn update_participant() -> Weight {
		Weight::from_parts(40_119_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(6_u64))
	}
	fn suspend_participant() -> Weight {
		Weight::from_parts(25_087_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn reinstate_participant() -> Weight {
		Weight::from_parts(28_342_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn add_device() -> Weight {
		Weight::from_parts(29_424_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_device() -> Weight {
		Weight::from_parts(31_417_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn define_standard() -> Weight {
		Weight::from_parts(32_097_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn accredit_auditor() -> Weight {
		Weight::from_parts(35_333_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_accreditation() -> Weight {
		Weight::from_parts(31_567_000, 3812)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn issue_certification() -> Weight {
		// Provisional (RT-14): + the offer deposit's hold (`Balances::Holds`,
		// `System::Account`) and `Certifications::OfferDeposits`; regenerate.
		Weight::from_parts(62_193_000, 10124)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn accept_certification() -> Weight {
		// Provisional (RT-13, RT-14): + the auditor's accreditation and standing, and the
		// deposit's release (`OfferDeposits`, `Balances::Holds`, `System::Account`);
		// regenerate.
		Weight::from_parts(468_610_000, 177338)
			.saturating_add(ParityDbWeight::get().reads(72_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn record_surveillance() -> Weight {
		Weight::from_parts(328_587_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn suspend_certification() -> Weight {
		Weight::from_parts(329_078_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn reinstate_certification() -> Weight {
		Weight::from_parts(318_753_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(68_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn revoke_certification() -> Weight {
		Weight::from_parts(326_204_000, 173726)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn change_admin() -> Weight {
		Weight::from_parts(24_997_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn accept_admin() -> Weight {
		Weight::from_parts(30_876_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn withdraw_admin_change() -> Weight {
		Weight::from_parts(24_837_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_production() -> Weight {
		Weight::from_parts(21_662_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	/// Provisional (RT-14), not measured: `Members`, `Participants`, `Certifications`
	/// (r, w), `OfferDeposits` (r, w), `Balances::Holds` (r, w), `System::Account` (r, w).
	/// Regenerate with `scripts/bench.sh`.
	fn decline_certification() -> Weight {
		Weight::from_parts(60_000_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	/// Provisional (RT-13, RT-14), not measured: `Certifications` (r, w),
	/// `Accreditations`, `Participants` (the auditor; the caller), `Members`,
	/// `OfferDeposits` (r, w), `Balances::Holds` (r, w), `System::Account` (r, w).
	/// Regenerate with `scripts/bench.sh`.
	fn remove_offer() -> Weight {
		Weight::from_parts(65_000_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(8_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
}
