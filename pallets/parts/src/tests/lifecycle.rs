//! The traits other pallets use: reading a part, advancing its life.

use amchain_primitives::parts::{PartSummary, PartsInspector, PartsLifecycle};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

use crate::{mock::*, *};

fn set_status(
	part: PartId,
	to: PartStatus,
	participant: ParticipantId,
) -> sp_runtime::DispatchResult {
	<Parts as PartsLifecycle<AccountId>>::set_status(part, to, &GARAGE, participant, doc(3))
}

#[test]
fn the_inspector_reads_a_part() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		assert_eq!(
			<Parts as PartsInspector>::summary(part),
			Some(PartSummary {
				part_type: w.gear,
				maker: w.acme,
				owner: w.acme,
				custodian: w.acme,
				status: PartStatus::Active,
				parent: None,
				life: 1,
				quarantined: false,
			})
		);
		assert_eq!(<Parts as PartsInspector>::type_manufacturer(w.gear), Some(w.acme));
		assert_eq!(<Parts as PartsInspector>::open_offer(part, Handover::Custody), None);
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(part),
			Handover::Custody,
			w.carrier
		));
		assert_eq!(
			<Parts as PartsInspector>::open_offer(part, Handover::Custody),
			Some((w.acme, w.carrier))
		);
		assert_eq!(<Parts as PartsInspector>::summary(99), None);
	});
}

#[test]
fn a_core_returns_and_starts_its_next_life() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		assert_ok!(set_status(part, PartStatus::ReturnedAsCore, w.garage));
		System::assert_last_event(
			Event::<Test>::StatusChanged {
				part,
				from: PartStatus::Active,
				to: PartStatus::ReturnedAsCore,
			}
			.into(),
		);
		assert_ok!(set_status(part, PartStatus::Active, w.garage));
		assert_eq!(
			<Parts as PartsInspector>::summary(part).map(|p| p.life),
			Some(2),
			"remanufactured: a new life"
		);
		assert_ok!(set_status(part, PartStatus::ReturnedAsCore, w.garage));
		assert_ok!(set_status(part, PartStatus::Recycled, w.garage));
		assert_eq!(
			kinds(Item::Part(part))[1..].to_vec(),
			vec![
				RecordKind::StatusChanged {
					from: PartStatus::Active,
					to: PartStatus::ReturnedAsCore
				},
				RecordKind::StatusChanged {
					from: PartStatus::ReturnedAsCore,
					to: PartStatus::Active
				},
				RecordKind::StatusChanged {
					from: PartStatus::Active,
					to: PartStatus::ReturnedAsCore
				},
				RecordKind::StatusChanged {
					from: PartStatus::ReturnedAsCore,
					to: PartStatus::Recycled
				},
			]
		);
		// Recycled is the end.
		for to in [PartStatus::Active, PartStatus::ReturnedAsCore, PartStatus::Scrapped] {
			assert_noop!(set_status(part, to, w.garage), Error::<Test>::InvalidTransition);
		}
	});
}

#[test]
fn lifecycle_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let (a, b) = (w.gear(b"A"), w.gear(b"B"));
		assert_noop!(set_status(99, PartStatus::Scrapped, w.garage), Error::<Test>::UnknownPart);
		assert_noop!(
			set_status(a, PartStatus::Recycled, w.garage),
			Error::<Test>::InvalidTransition
		);
		assert_noop!(
			set_status(a, PartStatus::Installed, w.garage),
			Error::<Test>::InvalidTransition
		);
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), b, a));
		assert_noop!(
			set_status(b, PartStatus::ReturnedAsCore, w.garage),
			Error::<Test>::PartInstalled
		);
		assert_noop!(set_status(a, PartStatus::Scrapped, w.garage), Error::<Test>::HasChildren);
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(a),
			Handover::Ownership,
			w.buyer
		));
		assert_noop!(set_status(a, PartStatus::ReturnedAsCore, w.garage), Error::<Test>::OfferOpen);
	});
}

#[test]
fn a_settled_sale_transfers_ownership_and_custody_and_closes_offers() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		assert_ok!(set_status(part, PartStatus::ReturnedAsCore, w.acme));
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(part),
			Handover::Custody,
			w.carrier
		));
		assert_ok!(<Parts as PartsLifecycle<AccountId>>::transfer(part, w.garage, &ACME, w.acme));
		assert_eq!(<Parts as PartsInspector>::summary(part).map(|p| p.owner), Some(w.garage));
		assert_eq!(<Parts as PartsInspector>::summary(part).map(|p| p.custodian), Some(w.garage));
		assert!(Offers::<Test>::iter_prefix(Item::Part(part)).next().is_none());
		System::assert_last_event(
			Event::<Test>::HandedOver {
				item: Item::Part(part),
				handover: Handover::Custody,
				from: w.acme,
				to: w.garage,
			}
			.into(),
		);
		let transfer = |to| <Parts as PartsLifecycle<AccountId>>::transfer(part, to, &ACME, w.acme);
		assert_noop!(transfer(w.garage), Error::<Test>::SelfHandover);
		assert_noop!(transfer(77), Error::<Test>::UnknownParticipant);
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(ACME),
			RecallTarget::Part(part),
			doc(1)
		));
		assert_noop!(transfer(w.buyer), Error::<Test>::Quarantined);
	});
}

#[test]
fn other_pallets_append_records() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		assert_ok!(<Parts as PartsLifecycle<AccountId>>::record(
			part,
			RecordKind::Inspection,
			&TUV,
			w.tuv,
			H256::repeat_byte(4)
		));
		assert_eq!(kinds(Item::Part(part)).last(), Some(&RecordKind::Inspection));
		assert_noop!(
			<Parts as PartsLifecycle<AccountId>>::record(
				9,
				RecordKind::Inspection,
				&TUV,
				w.tuv,
				H256::zero()
			),
			Error::<Test>::UnknownPart
		);
	});
}
