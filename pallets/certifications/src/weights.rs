//! Weights for `pallet_certifications`, generated from its benchmarks by `scripts/bench.sh`.
//! Do not edit: run the benchmarks again.
//!
//! NOT YET REGENERATED for the live-certification list (issue 18): `accept_certification`
//! is a placeholder (`issue_certification`'s measurement plus 64 reads), and
//! `record_surveillance`, `suspend_certification`, `reinstate_certification` and
//! `revoke_certification` have 64 certification reads added by hand for the walk that
//! recomputes `CertifiedUntil`. Run `scripts/bench.sh` to replace them with measurements.
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
	fn record_surveillance() -> Weight;
	fn suspend_certification() -> Weight;
	fn reinstate_certification() -> Weight;
	fn revoke_certification() -> Weight;
	fn change_admin() -> Weight;
	fn accept_admin() -> Weight;
	fn withdraw_admin_change() -> Weight;
	fn register_production() -> Weight;
	fn accept_certification() -> Weight;
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
		// Minimum execution time: 16_634_000 picoseconds.
		Weight::from_parts(17_987_000, 3513)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Registrars` (r:1 w:1)
	/// Proof: `Certifications::Registrars` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::CounterForRegistrars` (r:1 w:1)
	/// Proof: `Certifications::CounterForRegistrars` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn remove_registrar() -> Weight {
		// Proof size: measured `443`, estimated `3513` bytes.
		// Minimum execution time: 17_246_000 picoseconds.
		Weight::from_parts(18_928_000, 3513)
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
		// Proof size: measured `656`, estimated `3520` bytes.
		// Minimum execution time: 23_505_000 picoseconds.
		Weight::from_parts(25_618_000, 3520)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Suspensions` (r:1 w:1)
	/// Proof: `Certifications::Suspensions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:2)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Devices` (r:0 w:1)
	/// Proof: `Certifications::Devices` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn update_participant() -> Weight {
		// Proof size: measured `1196`, estimated `3751` bytes.
		// Minimum execution time: 36_063_000 picoseconds.
		Weight::from_parts(39_459_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Suspensions` (r:1 w:1)
	/// Proof: `Certifications::Suspensions` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn suspend_participant() -> Weight {
		// Proof size: measured `883`, estimated `3751` bytes.
		// Minimum execution time: 20_350_000 picoseconds.
		Weight::from_parts(22_903_000, 3751)
			.saturating_add(T::DbWeight::get().reads(2_u64))
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
		// Minimum execution time: 24_046_000 picoseconds.
		Weight::from_parts(26_810_000, 3751)
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
		// Proof size: measured `1019`, estimated `6050` bytes.
		// Minimum execution time: 26_469_000 picoseconds.
		Weight::from_parts(29_013_000, 6050)
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
		// Proof size: measured `1139`, estimated `3751` bytes.
		// Minimum execution time: 29_093_000 picoseconds.
		Weight::from_parts(31_597_000, 3751)
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
		// Proof size: measured `1048`, estimated `3751` bytes.
		// Minimum execution time: 28_743_000 picoseconds.
		Weight::from_parts(31_837_000, 3751)
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
		// Proof size: measured `1673`, estimated `6512` bytes.
		// Minimum execution time: 32_138_000 picoseconds.
		Weight::from_parts(35_132_000, 6512)
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
		// Proof size: measured `1518`, estimated `3812` bytes.
		// Minimum execution time: 28_783_000 picoseconds.
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
	/// Storage: `Certifications::CertificationsOf` (r:1 w:1)
	/// Proof: `Certifications::CertificationsOf` (`max_values`: None, `max_size`: Some(282), added: 2757, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:0 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:0 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	fn issue_certification() -> Weight {
		// Proof size: measured `1860`, estimated `6512` bytes.
		// Minimum execution time: 55_052_000 picoseconds.
		Weight::from_parts(64_405_000, 6512)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Certifications` (r:1 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Accreditations` (r:1 w:0)
	/// Proof: `Certifications::Accreditations` (`max_values`: None, `max_size`: Some(37), added: 2512, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:1 w:2)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn record_surveillance() -> Weight {
		// Proof size: measured `1515`, estimated `3751` bytes.
		// Minimum execution time: 44_105_000 picoseconds.
		Weight::from_parts(48_331_000, 3751)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:1 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn suspend_certification() -> Weight {
		// Proof size: measured `1832`, estimated `3812` bytes.
		// Minimum execution time: 40_640_000 picoseconds.
		Weight::from_parts(44_877_000, 3812)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:0 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn reinstate_certification() -> Weight {
		// Proof size: measured `1746`, estimated `3812` bytes.
		// Minimum execution time: 33_449_000 picoseconds.
		Weight::from_parts(37_014_000, 3812)
			.saturating_add(T::DbWeight::get().reads(68_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Certifications` (r:1 w:1)
	/// Proof: `Certifications::Certifications` (`max_values`: None, `max_size`: Some(224), added: 2699, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Members` (r:1 w:0)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:0)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Standards` (r:1 w:0)
	/// Proof: `Certifications::Standards` (`max_values`: None, `max_size`: Some(347), added: 2822, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::ValidityIntervals` (r:1 w:1)
	/// Proof: `Certifications::ValidityIntervals` (`max_values`: None, `max_size`: Some(33), added: 2508, mode: `MaxEncodedLen`)
	fn revoke_certification() -> Weight {
		// Proof size: measured `1832`, estimated `3812` bytes.
		// Minimum execution time: 40_530_000 picoseconds.
		Weight::from_parts(43_925_000, 3812)
			.saturating_add(T::DbWeight::get().reads(69_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Certifications::Members` (r:2 w:2)
	/// Proof: `Certifications::Members` (`max_values`: None, `max_size`: Some(55), added: 2530, mode: `MaxEncodedLen`)
	/// Storage: `Certifications::Participants` (r:1 w:1)
	/// Proof: `Certifications::Participants` (`max_values`: None, `max_size`: Some(286), added: 2761, mode: `MaxEncodedLen`)
	fn change_admin() -> Weight {
		// Proof size: measured `1051`, estimated `6050` bytes.
		// Minimum execution time: 26_579_000 picoseconds.
		Weight::from_parts(28_903_000, 6050)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn accept_admin() -> Weight {
		Weight::from_parts(28_903_000, 6050)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn withdraw_admin_change() -> Weight {
		Weight::from_parts(28_903_000, 6050)
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
		// Minimum execution time: 19_579_000 picoseconds.
		Weight::from_parts(21_172_000, 3751)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Placeholder, not measured: `issue_certification` plus a read of each of up to 64
	/// live certifications (pruning, `CertifiedUntil`).
	fn accept_certification() -> Weight {
		Weight::from_parts(64_405_000, 6512)
			.saturating_add(T::DbWeight::get().reads(71_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
}

impl WeightInfo for () {
	fn add_registrar() -> Weight {
		Weight::from_parts(17_987_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_registrar() -> Weight {
		Weight::from_parts(18_928_000, 3513)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn register_participant() -> Weight {
		Weight::from_parts(25_618_000, 3520)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn update_participant() -> Weight {
		Weight::from_parts(39_459_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn suspend_participant() -> Weight {
		Weight::from_parts(22_903_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(2_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn reinstate_participant() -> Weight {
		Weight::from_parts(26_810_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn add_device() -> Weight {
		Weight::from_parts(29_013_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn remove_device() -> Weight {
		Weight::from_parts(31_597_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn define_standard() -> Weight {
		Weight::from_parts(31_837_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn accredit_auditor() -> Weight {
		Weight::from_parts(35_132_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(5_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn withdraw_accreditation() -> Weight {
		Weight::from_parts(31_567_000, 3812)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn issue_certification() -> Weight {
		Weight::from_parts(64_405_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(7_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn record_surveillance() -> Weight {
		Weight::from_parts(48_331_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn suspend_certification() -> Weight {
		Weight::from_parts(44_877_000, 3812)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn reinstate_certification() -> Weight {
		Weight::from_parts(37_014_000, 3812)
			.saturating_add(ParityDbWeight::get().reads(68_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn revoke_certification() -> Weight {
		Weight::from_parts(43_925_000, 3812)
			.saturating_add(ParityDbWeight::get().reads(69_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn change_admin() -> Weight {
		Weight::from_parts(28_903_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(3_u64))
	}
	fn accept_admin() -> Weight {
		Weight::from_parts(28_903_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn withdraw_admin_change() -> Weight {
		Weight::from_parts(28_903_000, 6050)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn register_production() -> Weight {
		Weight::from_parts(21_172_000, 3751)
			.saturating_add(ParityDbWeight::get().reads(3_u64))
			.saturating_add(ParityDbWeight::get().writes(1_u64))
	}
	fn accept_certification() -> Weight {
		Weight::from_parts(64_405_000, 6512)
			.saturating_add(ParityDbWeight::get().reads(71_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
}
