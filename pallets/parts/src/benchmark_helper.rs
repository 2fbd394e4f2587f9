//! Part types and parts for other pallets' benchmarks (cores, warranties).

use alloc::vec::Vec;
use amchain_primitives::parts::PartsBenchmarkHelper;
use codec::Encode;
use sp_core::H256;

use crate::*;

impl<T: Config> PartsBenchmarkHelper<T::AccountId> for Pallet<T> {
	fn part_type(admin: &T::AccountId, _manufacturer: ParticipantId) -> PartTypeId {
		let id = NextPartTypeId::<T>::get();
		let mut code: Vec<u8> = b"BT".to_vec();
		code.extend(id.encode());
		Self::do_create_part_type(admin, code, H256::zero(), Vec::new(), Vec::new())
			.expect("benchmark part type is created");
		id
	}

	fn part(admin: &T::AccountId, part_type: PartTypeId) -> PartId {
		let id = NextPartId::<T>::get();
		Self::do_register_part(admin, part_type, id.encode(), None, None, None)
			.expect("benchmark part registers");
		id
	}

	fn authorise(admin: &T::AccountId, part: PartId, participant: ParticipantId) {
		Self::do_authorise(admin, Item::Part(part), participant, None)
			.expect("benchmark authorisation is given");
	}

	fn install(admin: &T::AccountId, part: PartId, parent: PartId) {
		Self::do_install(admin, part, parent).expect("benchmark part is installed");
	}

	fn deepest_part(admin: &T::AccountId, part_type: PartTypeId) -> PartId {
		type Helper<T> = Pallet<T>;
		let mut bottom = <Helper<T> as PartsBenchmarkHelper<_>>::part(admin, part_type);
		for _ in 1..T::MaxAssemblyDepth::get() {
			let child = <Helper<T> as PartsBenchmarkHelper<_>>::part(admin, part_type);
			Self::do_install(admin, child, bottom).expect("benchmark part is installed");
			bottom = child;
		}
		bottom
	}

	fn offer_custody(admin: &T::AccountId, part: PartId, to: ParticipantId) {
		Self::do_offer(admin, Item::Part(part), Handover::Custody, to)
			.expect("benchmark offer is made");
	}

	fn give(admin: &T::AccountId, part: PartId, to: ParticipantId) {
		let owner = T::Participants::membership(admin).expect("benchmark owner is a member");
		<Self as amchain_primitives::parts::PartsLifecycle<_>>::transfer(
			part,
			to,
			admin,
			owner.participant,
		)
		.expect("benchmark part is handed over");
	}

	fn lot(admin: &T::AccountId) -> LotId {
		let mut id = NextLotId::<T>::get();
		Self::do_register_lot(admin, b"benchmark steel".to_vec(), 1_000, Unit::Grams, None, None)
			.expect("benchmark lot registers");
		for _ in 0..T::MaxSplitDepth::get() {
			let half = Lots::<T>::get(id).map_or(0, |l| l.remaining / 2);
			id = Self::do_split_lot(admin, id, half).expect("benchmark lot splits");
		}
		id
	}

	fn fill_batches(admin: &T::AccountId, part: PartId) {
		use amchain_primitives::certifications::TrustBenchmarkHelper;
		let maker = T::Participants::membership(admin).expect("benchmark maker is a member");
		for _ in 0..T::MaxBatchesBelow::get() {
			// A new standard and certification, and a type requiring it: a new batch.
			let (standard, certification) = T::BenchmarkHelper::certify(maker.participant);
			let part_type = NextPartTypeId::<T>::get();
			let mut code: Vec<u8> = b"BB".to_vec();
			code.extend(part_type.encode());
			Self::do_create_part_type(admin, code, H256::zero(), Vec::new(), [standard].to_vec())
				.expect("benchmark part type is created");
			let child = NextPartId::<T>::get();
			Self::do_register_part(
				admin,
				part_type,
				child.encode(),
				Some(certification),
				None,
				None,
			)
			.expect("benchmark part registers");
			Self::do_install(admin, child, part).expect("benchmark part is installed");
		}
	}

	fn inspections(admin: &T::AccountId, part: PartId, n: u32) {
		let owner = Self::holder(Item::Part(part)).expect("benchmark part exists").owner;
		for _ in 0..n {
			Self::note(Item::Part(part), RecordKind::Inspection, admin, owner)
				.expect("benchmark record is appended");
		}
	}
}
