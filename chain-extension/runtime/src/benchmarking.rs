//! Benchmarks of every function at its worst case (`frame_benchmarking::v2`), on the
//! real pallets (set up through the warranties pallet's benchmark helpers and calls).
//!
//! Run through the node: `scripts/bench.sh amchain_chain_extension_runtime` (writes `weights.rs`).

use alloc::{vec, vec::Vec};
use amchain_chain_extension::{func, Handover};
use amchain_primitives::{
	certifications::TrustBenchmarkHelper,
	cores::{LivesBenchmarkHelper, Outcome},
	participants::{Role, Roles},
	parts::{Item, PartsBenchmarkHelper},
	warranties::WarrantyKind,
};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::traits::Get;
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;

use crate::*;

type Trust<T> = <T as pallet_warranties::Config>::TrustHelper;
type PartsSetUp<T> = <T as pallet_warranties::Config>::PartsHelper;
type Lives<T> = <T as pallet_warranties::Config>::LivesHelper;

const TERM: u32 = 1_000;

/// An organisation that makes, remanufactures and uses parts, with a part type.
struct Maker<T: Config> {
	admin: T::AccountId,
	id: ParticipantId,
	part_type: amchain_primitives::parts::PartTypeId,
}

impl<T: Config> Maker<T> {
	fn new() -> Self {
		let admin: T::AccountId = account("maker", 0, 0);
		let id = Trust::<T>::participant(
			&admin,
			Roles::of(&[Role::Manufacturer, Role::Remanufacturer, Role::Customer]),
		);
		let part_type = PartsSetUp::<T>::part_type(&admin, id);
		Maker { admin, id, part_type }
	}

	fn part(&self) -> PartId {
		PartsSetUp::<T>::part(&self.admin, self.part_type)
	}

	fn issue(&self, part: PartId, kind: WarrantyKind, term: u32) {
		pallet_warranties::Pallet::<T>::issue(
			RawOrigin::Signed(self.admin.clone()).into(),
			part,
			kind,
			H256::zero(),
			term.into(),
			vec![],
		)
		.expect("warranty issued");
	}
}

/// Runs `function` on `args` as the extension would, and returns what it answers.
fn run<T: Config>(function: u16, args: impl Encode) -> Result<Vec<u8>, Status> {
	Pallet::<T>::call(function, &args.encode())
}

#[benchmarks(where T: Config)]
mod benchmarks {
	use super::*;

	/// A part at the bottom of an assembly `MaxAssemblyDepth` levels deep: its owner
	/// and custodian are those of the top part.
	#[benchmark]
	fn part() {
		let maker = Maker::<T>::new();
		let mut bottom = maker.part();
		for _ in 1..<T as pallet_parts::Config>::MaxAssemblyDepth::get() {
			let child = maker.part();
			PartsSetUp::<T>::install(&maker.admin, child, bottom);
			bottom = child;
		}
		let result;
		#[block]
		{
			result = run::<T>(func::PART, bottom);
		}
		assert!(result.is_ok());
	}

	/// A part with an open custody offer.
	#[benchmark]
	fn open_offer() {
		let maker = Maker::<T>::new();
		let carrier =
			Trust::<T>::participant(&account("carrier", 0, 0), Roles::of(&[Role::Carrier]));
		let offered = maker.part();
		pallet_parts::Pallet::<T>::offer(
			RawOrigin::Signed(maker.admin.clone()).into(),
			Item::Part(offered),
			amchain_primitives::parts::Handover::Custody,
			carrier,
		)
		.expect("offer made");
		let result;
		#[block]
		{
			result = run::<T>(func::OPEN_OFFER, (offered, Handover::Custody));
		}
		assert_eq!(
			result,
			Ok(Some(amchain_chain_extension::Offer { from: maker.id, to: carrier }).encode())
		);
	}

	#[benchmark]
	fn membership() {
		let maker = Maker::<T>::new();
		let result;
		#[block]
		{
			result = run::<T>(func::MEMBERSHIP, &maker.admin);
		}
		assert!(result.is_ok());
	}

	#[benchmark]
	fn roles() {
		let maker = Maker::<T>::new();
		let result;
		#[block]
		{
			result = run::<T>(func::ROLES, maker.id);
		}
		assert!(result.is_ok());
	}

	/// The organisation holds `n` certifications for the standard (up to as many as it
	/// may); all but the last are suspended, so every one is read.
	#[benchmark]
	fn is_certified(
		n: Linear<1, { <T as pallet_certifications::Config>::MaxCertificationsPerHolder::get() }>,
	) {
		let maker = Maker::<T>::new();
		let (standard, _) = Trust::<T>::certify_after_lapsed(maker.id, n - 1);
		let result;
		#[block]
		{
			result = run::<T>(func::IS_CERTIFIED, (maker.id, standard));
		}
		assert_eq!(result, Ok(true.encode()));
	}

	/// A part in its fourth life with a warranty of every kind on record, so every
	/// kind's latest warranty is read and checked; only the repair one is in force.
	#[benchmark]
	fn active_warranty() {
		let maker = Maker::<T>::new();
		pallet_warranties::Pallet::<T>::set_new_warranty_term(
			RawOrigin::Signed(maker.admin.clone()).into(),
			maker.part_type,
			BlockNumberFor::<T>::from(TERM),
		)
		.expect("term set");
		let warranted = maker.part();
		maker.issue(warranted, WarrantyKind::New, TERM);
		for (outcome, kind, term) in [
			(Outcome::Remanufactured, WarrantyKind::Remanufactured, TERM),
			(Outcome::Reconditioned, WarrantyKind::Reconditioned, TERM / 2),
			(Outcome::Repaired, WarrantyKind::Repair, TERM / 2),
		] {
			Lives::<T>::next_life(&maker.admin, maker.id, warranted, outcome);
			maker.issue(warranted, kind, term);
		}
		let result;
		#[block]
		{
			result = run::<T>(func::ACTIVE_WARRANTY, warranted);
		}
		assert!(matches!(
			result.map(|r| <Option<Warranty>>::decode(&mut &r[..])),
			Ok(Ok(Some(Warranty { kind: amchain_chain_extension::WarrantyKind::Repair, .. })))
		));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build(), crate::mock::Test);
}
