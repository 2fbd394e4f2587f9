//! Benchmarks of every function at its worst case (`frame_benchmarking::v2`), on the
//! real pallets, set up through their benchmark helpers (`Config::*Helper`).
//!
//! Run through the node: `scripts/bench.sh amchain_chain_extension_runtime` (writes
//! `weights.rs`).

use alloc::vec::Vec;
use amchain_chain_extension::{
	CertificationInfo, Function, Handover, Item, LotInfo, Offer, Receipt, MAX_RECEIPT_SCAN,
};
use amchain_primitives::{
	certifications::TrustBenchmarkHelper,
	cores::{LivesBenchmarkHelper, Outcome},
	participants::{Role, Roles},
	parts::{PartTypeId, PartsBenchmarkHelper},
	warranties::{WarrantiesBenchmarkHelper, WarrantyKind},
};
use codec::{Decode, Encode};
use frame_benchmarking::v2::*;

use crate::*;
// `#[benchmarks]` implements its traits for a type named `Pallet`.
use crate::Extension as Pallet;

type Trust<T> = <T as Config>::TrustHelper;
type PartsSetUp<T> = <T as Config>::PartsHelper;
type Lives<T> = <T as Config>::LivesHelper;
type Warranties<T> = <T as Config>::WarrantiesHelper;

const TERM: u32 = 1_000;

/// An organisation that makes, remanufactures and uses parts, with a part type.
struct Maker<T: Config> {
	admin: T::AccountId,
	id: ParticipantId,
	part_type: PartTypeId,
}

impl<T: Config> Maker<T> {
	fn new() -> Self {
		let admin: T::AccountId = account("maker", 0, 0);
		let id = Trust::<T>::participant(
			&admin,
			Roles::of(&[Role::Manufacturer, Role::Producer, Role::Remanufacturer, Role::Customer]),
		);
		let part_type = PartsSetUp::<T>::part_type(&admin, id);
		Maker { admin, id, part_type }
	}

	fn part(&self) -> PartId {
		PartsSetUp::<T>::part(&self.admin, self.part_type)
	}

	fn issue(&self, part: PartId, kind: WarrantyKind, term: u32) {
		Warranties::<T>::issue(&self.admin, part, kind, term.into());
	}
}

/// Runs `function` on `args` as the extension would, and returns what it answers.
fn run<T: Config>(function: Function, args: impl Encode) -> Result<Vec<u8>, ExtensionError> {
	Extension::<T>::call(function, &args.encode())
}

/// The result an answer carries.
fn result<R: Decode>(answer: Result<Vec<u8>, ExtensionError>) -> Result<R, ExtensionError> {
	Ok(R::decode(&mut &answer?[..])?)
}

#[benchmarks(where T: Config)]
mod benchmarks {
	use super::*;

	/// A part at the bottom of an assembly `MaxAssemblyDepth` levels deep: its owner
	/// and custodian are those of the top part.
	#[benchmark]
	fn part() {
		let maker = Maker::<T>::new();
		let bottom = PartsSetUp::<T>::deepest_part(&maker.admin, maker.part_type);
		let answer;
		#[block]
		{
			answer = run::<T>(Function::Part, bottom);
		}
		assert_eq!(result::<PartInfo>(answer).map(|p| p.installed_in.is_some()), Ok(true));
	}

	/// A part with an open custody offer.
	#[benchmark]
	fn open_offer() {
		let maker = Maker::<T>::new();
		let carrier =
			Trust::<T>::participant(&account("carrier", 0, 0), Roles::of(&[Role::Carrier]));
		let offered = maker.part();
		PartsSetUp::<T>::offer_custody(&maker.admin, offered, carrier);
		let answer;
		#[block]
		{
			answer = run::<T>(Function::OpenOffer, (offered, Handover::Custody));
		}
		assert_eq!(result(answer), Ok(Some(Offer { from: maker.id, to: carrier })));
	}

	#[benchmark]
	fn membership() {
		let maker = Maker::<T>::new();
		let answer;
		#[block]
		{
			answer = run::<T>(Function::Membership, &maker.admin);
		}
		assert_eq!(result::<Member>(answer).map(|m| m.participant), Ok(maker.id));
	}

	#[benchmark]
	fn roles() {
		let maker = Maker::<T>::new();
		let answer;
		#[block]
		{
			answer = run::<T>(Function::Roles, maker.id);
		}
		assert!(result::<amchain_chain_extension::Roles>(answer).is_ok_and(|active| active != 0));
	}

	/// The organisation holds `n` certifications for the standard (up to as many as it
	/// may); all but the last are suspended, so every one is read.
	#[benchmark]
	fn is_certified(n: Linear<1, { T::MaxCertificationsPerHolder::get() }>) {
		let maker = Maker::<T>::new();
		let (standard, _) = Trust::<T>::certify_after_lapsed(maker.id, n - 1);
		let answer;
		#[block]
		{
			answer = run::<T>(Function::IsCertified, (maker.id, standard));
		}
		assert_eq!(result(answer), Ok(true));
	}

	/// A part in its fourth life with a warranty of every kind on record, so every
	/// kind's latest warranty is read and checked; only the repair one is in force.
	#[benchmark]
	fn active_warranty() {
		let maker = Maker::<T>::new();
		Warranties::<T>::set_new_warranty_term(&maker.admin, maker.part_type, TERM.into());
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
		let answer;
		#[block]
		{
			answer = run::<T>(Function::ActiveWarranty, warranted);
		}
		assert!(matches!(
			result(answer),
			Ok(Some(Warranty { kind: amchain_chain_extension::WarrantyKind::Repair, .. }))
		));
	}

	/// `n` records of a part's history read, none of them a receipt.
	#[benchmark]
	fn receipt(n: Linear<0, MAX_RECEIPT_SCAN>) {
		let maker = Maker::<T>::new();
		let inspected = maker.part();
		PartsSetUp::<T>::inspections(&maker.admin, inspected, n);
		let (from, carrier) = (1, maker.id + 1);
		let answer;
		#[block]
		{
			answer = run::<T>(
				Function::Receipt,
				(Item::Part(inspected), Handover::Custody, carrier, from, n),
			);
		}
		assert_eq!(result(answer), Ok(Receipt { found: None, next: from + n }));
	}

	#[benchmark]
	fn lot() {
		let maker = Maker::<T>::new();
		let registered = PartsSetUp::<T>::lot(&maker.admin);
		let answer;
		#[block]
		{
			answer = run::<T>(Function::Lot, registered);
		}
		assert_eq!(result::<LotInfo>(answer).map(|l| l.owner), Ok(maker.id));
	}

	/// An active certification (three reads whatever it holds).
	#[benchmark]
	fn certification() {
		let maker = Maker::<T>::new();
		// (Not `certification`: the benchmark macro names a unit struct after this function.)
		let (standard, id) = Trust::<T>::certify(maker.id);
		let answer;
		#[block]
		{
			answer = run::<T>(Function::Certification, id);
		}
		let info = result::<CertificationInfo>(answer);
		assert_eq!(info.map(|c| (c.holder, c.standard, c.active)), Ok((maker.id, standard, true)));
	}

	/// The governor: a constant of the runtime (no storage read).
	#[benchmark]
	fn governor() {
		let answer;
		#[block]
		{
			answer = run::<T>(Function::Governor, ());
		}
		assert_eq!(result::<T::AccountId>(answer), Ok(T::Governor::get()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build(), crate::mock::Test);
}
