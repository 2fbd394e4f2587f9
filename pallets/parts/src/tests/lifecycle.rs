//! The status changes of a part's life: scrapping, and the moves other pallets make
//! through `PartsLifecycle` (a core returned, its next life, recycling).

use amchain_primitives::parts::{PartsInspector, PartsLifecycle};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

fn set_status(
	part: PartId,
	to: PartStatus,
	participant: ParticipantId,
) -> sp_runtime::DispatchResult {
	<Parts as PartsLifecycle<AccountId>>::set_status(part, to, &GARAGE, participant, doc(3))
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
fn an_owner_scraps_a_part() {
	new_test_ext(|| {
		let w = World::new();
		let (a, b) = (w.gear(b"A"), w.gear(b"B"));
		assert_noop!(
			Parts::scrap(RuntimeOrigin::signed(BUYER), a, doc(1)),
			Error::<Test>::NotOwner
		);
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), b, a));
		assert_noop!(
			Parts::scrap(RuntimeOrigin::signed(ACME), a, doc(1)),
			Error::<Test>::HasChildren
		);
		assert_noop!(
			Parts::scrap(RuntimeOrigin::signed(ACME), b, doc(1)),
			Error::<Test>::PartInstalled
		);
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), b));
		assert_ok!(Parts::scrap(RuntimeOrigin::signed(ACME), a, doc(7)));
		System::assert_last_event(
			Event::<Test>::StatusChanged {
				part: a,
				from: PartStatus::Active,
				to: PartStatus::Scrapped,
			}
			.into(),
		);
		let last = History::<Test>::get(Item::Part(a), HistoryLen::<Test>::get(Item::Part(a)) - 1)
			.expect("recorded");
		assert_eq!(
			last.kind,
			RecordKind::StatusChanged { from: PartStatus::Active, to: PartStatus::Scrapped }
		);
		assert_eq!(last.data, doc(7));
		assert_noop!(
			Parts::scrap(RuntimeOrigin::signed(ACME), a, doc(1)),
			Error::<Test>::InvalidTransition
		);
	});
}
