//! Transformation: material consumed from a lot into a part, a part transformed into
//! another.

use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

#[test]
fn material_is_consumed_for_good() {
	new_test_ext(|| {
		let w = World::new();
		let lot = w.steel();
		let part = w.gear(b"SN-1");
		w.hand_over(Item::Lot(lot), Handover::Ownership, MINE, ACME, w.acme);
		assert_ok!(Parts::consume(RuntimeOrigin::signed(ACME), lot, part, 600));
		System::assert_last_event(
			Event::<Test>::Consumed { lot, part, quantity: 600, remaining: 400 }.into(),
		);
		assert_eq!(
			kinds(Item::Part(part)).last(),
			Some(&RecordKind::MaterialConsumed { lot, quantity: 600 })
		);
		assert_eq!(
			kinds(Item::Lot(lot)).last(),
			Some(&RecordKind::ConsumedInto { part, quantity: 600 })
		);
		assert_noop!(
			Parts::consume(RuntimeOrigin::signed(ACME), lot, part, 401),
			Error::<Test>::InsufficientQuantity
		);
		assert_ok!(Parts::consume(RuntimeOrigin::signed(ACME), lot, part, 400));
		// Used up: the same material can never be used twice.
		assert_noop!(
			Parts::consume(RuntimeOrigin::signed(ACME), lot, part, 1),
			Error::<Test>::LotExhausted
		);
		assert_noop!(
			Parts::offer(RuntimeOrigin::signed(ACME), Item::Lot(lot), Handover::Ownership, w.buyer),
			Error::<Test>::LotExhausted
		);
		assert_eq!(Lots::<Test>::get(lot).map(|l| l.remaining), Some(0));
	});
}

#[test]
fn consume_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let lot = w.steel();
		let part = w.gear(b"SN-1");
		let consume = |who, lot, part, q| Parts::consume(RuntimeOrigin::signed(who), lot, part, q);
		assert_noop!(consume(ACME, 9, part, 1), Error::<Test>::UnknownLot);
		assert_noop!(consume(ACME, lot, 9, 1), Error::<Test>::UnknownPart);
		assert_noop!(consume(ACME, lot, part, 0), Error::<Test>::ZeroQuantity);
		assert_noop!(consume(ACME, lot, part, 1), Error::<Test>::NotOwner);
		assert_noop!(consume(MINE, lot, part, 1), Error::<Test>::NotOwner);
		w.hand_over(Item::Lot(lot), Handover::Ownership, MINE, ACME, w.acme);
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(MINE), RecallTarget::Lot(lot), doc(4)));
		assert_noop!(consume(ACME, lot, part, 1), Error::<Test>::ItemQuarantined);
	});
}

#[test]
fn a_part_transformed_into_another_ends_its_life() {
	new_test_ext(|| {
		let w = World::new();
		let (blank, gear) = (w.gear(b"BLANK"), w.gear(b"GEAR"));
		assert_ok!(Parts::transform(RuntimeOrigin::signed(ACME), blank, gear));
		System::assert_last_event(Event::<Test>::Transformed { part: blank, into: gear }.into());
		assert_eq!(PartRecords::<Test>::get(blank).map(|p| p.status), Some(PartStatus::Consumed));
		assert_eq!(kinds(Item::Part(gear)).last(), Some(&RecordKind::MadeFrom { part: blank }));
		assert_noop!(
			Parts::transform(RuntimeOrigin::signed(ACME), blank, gear),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Parts::offer(
				RuntimeOrigin::signed(ACME),
				Item::Part(blank),
				Handover::Ownership,
				w.buyer
			),
			Error::<Test>::NotActive
		);
		assert_noop!(
			Parts::install(RuntimeOrigin::signed(ACME), blank, gear),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn transform_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let (a, b, c) = (w.gear(b"A"), w.gear(b"B"), w.gear(b"C"));
		let transform = |who, p, into| Parts::transform(RuntimeOrigin::signed(who), p, into);
		assert_noop!(transform(ACME, a, a), Error::<Test>::AssemblyCycle);
		assert_noop!(transform(ACME, 9, a), Error::<Test>::UnknownPart);
		assert_noop!(transform(BUYER, a, b), Error::<Test>::NotOwner);
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), c, b));
		assert_noop!(transform(ACME, c, a), Error::<Test>::PartInstalled);
		assert_noop!(transform(ACME, b, a), Error::<Test>::HasChildren);
		w.sell_to_buyer(b);
		assert_noop!(transform(ACME, a, b), Error::<Test>::NotOwner);
	});
}

/// Issue 18 item 12 (red team L2, L3): nothing is consumed or transformed into a locked
/// assembly (a listed core), at any level, and no service report (which voids
/// warranties) is made in it; the lock's end frees it.
#[test]
fn a_locked_assembly_takes_no_material_transformation_or_service() {
	new_test_ext(|| {
		let w = World::new();
		let lot = w.steel();
		w.hand_over(Item::Lot(lot), Handover::Ownership, MINE, ACME, w.acme);
		let (core, shaft, blank) = (w.gear(b"CORE"), w.gear(b"SHAFT"), w.gear(b"BLANK"));
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), shaft, core));
		Locked::set(vec![core]);
		assert_noop!(
			Parts::consume(RuntimeOrigin::signed(ACME), lot, shaft, 1),
			Error::<Test>::AssemblyLocked
		);
		assert_noop!(
			Parts::transform(RuntimeOrigin::signed(ACME), blank, shaft),
			Error::<Test>::AssemblyLocked
		);
		assert_noop!(
			Parts::report(
				RuntimeOrigin::signed(ACME),
				Item::Part(shaft),
				ReportKind::Service,
				sp_core::H256::zero(),
				None
			),
			Error::<Test>::AssemblyLocked
		);
		Locked::set(vec![]);
		assert_ok!(Parts::consume(RuntimeOrigin::signed(ACME), lot, shaft, 1));
		assert_ok!(Parts::transform(RuntimeOrigin::signed(ACME), blank, shaft));
	});
}
