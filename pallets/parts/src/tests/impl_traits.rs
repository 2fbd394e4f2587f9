//! The traits other pallets use: reading a part (`PartsInspector`), settling a sale and
//! appending records (`PartsLifecycle`).

use amchain_primitives::parts::{PartSummary, PartsInspector, PartsLifecycle};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;

use crate::{mock::*, *};

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
fn a_settled_sale_transfers_ownership_and_custody_and_closes_offers() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		assert_ok!(<Parts as PartsLifecycle<AccountId>>::set_status(
			part,
			PartStatus::ReturnedAsCore,
			&ACME,
			w.acme,
			doc(3)
		));
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
		assert_noop!(transfer(w.buyer), Error::<Test>::ItemQuarantined);
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
