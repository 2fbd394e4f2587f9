//! Splitting lots: part of a lot's material becomes a lot of its own, to be handed over
//! apart from the rest; the split is on both records, no material is made or lost (the
//! invariants check quantity minus remaining against the consumed and split records
//! after every test), and a split does not take material out of reach of a recall: a
//! recall of a lot holds every lot split from it, at any depth.

use amchain_primitives::parts::PartsInspector;
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

fn split(who: AccountId, lot: LotId, quantity: u64) -> sp_runtime::DispatchResult {
	Parts::split_lot(RuntimeOrigin::signed(who), lot, quantity)
}

#[test]
fn part_of_a_lot_is_split_off_and_handed_over_apart() {
	new_test_ext(|| {
		let w = World::new();
		let steel = w.steel();
		assert_ok!(split(MINE, steel, 300));
		let part_of_it = steel + 1;
		System::assert_last_event(
			Event::<Test>::LotSplit { lot: steel, into: part_of_it, quantity: 300 }.into(),
		);
		let (first, second) =
			(Lots::<Test>::get(steel).unwrap(), Lots::<Test>::get(part_of_it).unwrap());
		assert_eq!((first.quantity, first.remaining), (1000, 700));
		assert_eq!((second.quantity, second.remaining), (300, 300));
		// The same material, from the same producer, made at the same block.
		assert_eq!(
			(second.material, second.producer, second.unit, second.registered_at),
			(first.material, first.producer, first.unit, first.registered_at)
		);
		assert_eq!((second.owner, second.custodian), (w.mine, w.mine));
		assert_eq!(SplitFrom::<Test>::get(part_of_it), Some(steel));
		assert_eq!(
			kinds(Item::Lot(steel)).last(),
			Some(&RecordKind::SplitInto { lot: part_of_it, quantity: 300 })
		);
		assert_eq!(
			kinds(Item::Lot(part_of_it)),
			vec![RecordKind::SplitFrom { lot: steel, quantity: 300 }]
		);

		// The split-off lot goes to Acme, the rest stays at the mine.
		w.hand_over(Item::Lot(part_of_it), Handover::Ownership, MINE, ACME, w.acme);
		assert_eq!(Lots::<Test>::get(steel).map(|l| l.owner), Some(w.mine));
		let gear = w.gear(b"SN-1");
		assert_ok!(Parts::consume(RuntimeOrigin::signed(ACME), part_of_it, gear, 120));
		// Acme splits its lot again (its admin: a device does not create lots).
		assert_noop!(split(ACME_ROBOT, part_of_it, 80), Error::<Test>::NotAdmin);
		assert_ok!(split(ACME, part_of_it, 80));
		let third = part_of_it + 1;
		assert_eq!(SplitFrom::<Test>::get(third), Some(part_of_it));
		assert_eq!(Lots::<Test>::get(third).map(|l| (l.quantity, l.owner)), Some((80, w.acme)));
		assert_eq!(Lots::<Test>::get(part_of_it).map(|l| l.remaining), Some(100));
		// `MaxSplitDepth` (2) splits deep: split the lot above instead.
		assert_noop!(split(ACME, third, 10), Error::<Test>::SplitTooDeep);
		assert_ok!(split(ACME, part_of_it, 10));
	});
}

#[test]
fn split_refusals_change_nothing() {
	new_test_ext(|| {
		let w = World::new();
		let steel = w.steel();
		assert_noop!(split(MINE, 9, 1), Error::<Test>::UnknownLot);
		assert_noop!(split(STRANGER, steel, 1), Error::<Test>::NotAMember);
		// Not another organisation's; not a device's.
		assert_noop!(split(ACME, steel, 1), Error::<Test>::NotOwner);
		assert_noop!(split(ACME_ROBOT, steel, 1), Error::<Test>::NotAdmin);
		assert_noop!(split(MINE, steel, 0), Error::<Test>::ZeroQuantity);
		// Something stays behind.
		assert_noop!(split(MINE, steel, 1000), Error::<Test>::InsufficientQuantity);
		assert_noop!(split(MINE, steel, 1001), Error::<Test>::InsufficientQuantity);
		// An open offer names the whole lot: its receiver would get less than offered.
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(MINE),
			Item::Lot(steel),
			Handover::Ownership,
			w.acme
		));
		assert_noop!(split(MINE, steel, 10), Error::<Test>::OfferOpen);
		assert_ok!(Parts::cancel_offer(
			RuntimeOrigin::signed(MINE),
			Item::Lot(steel),
			Handover::Ownership
		));
		// A recalled lot is not split.
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(MINE),
			RecallTarget::Lot(steel),
			doc(1)
		));
		assert_noop!(split(MINE, steel, 10), Error::<Test>::ItemQuarantined);
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), RecallTarget::Lot(steel)));
		// A used-up lot is not split.
		w.hand_over(Item::Lot(steel), Handover::Ownership, MINE, ACME, w.acme);
		let gear = w.gear(b"SN-1");
		assert_ok!(Parts::consume(RuntimeOrigin::signed(ACME), steel, gear, 1000));
		assert_noop!(split(ACME, steel, 1), Error::<Test>::LotExhausted);
	});
}

/// The owner's best move against a coming recall: split the material into lots of its
/// own and sell them on, and the buyer's: split again before the recall lands. A recall of
/// a lot holds every lot split from it, at any depth, wherever they went; it does not hold
/// the lot it was split from, nor its siblings.
#[test]
fn a_split_does_not_escape_a_recall() {
	new_test_ext(|| {
		let w = World::new();
		let steel = w.steel();
		w.hand_over(Item::Lot(steel), Handover::Ownership, MINE, ACME, w.acme);
		assert_ok!(split(ACME, steel, 400));
		let sold = steel + 1;
		assert_ok!(split(ACME, sold, 100));
		let sold_on = sold + 1;
		assert_ok!(split(ACME, steel, 50));
		let kept = sold_on + 1;
		w.hand_over(Item::Lot(sold), Handover::Ownership, ACME, BUYER, w.buyer);
		w.hand_over(Item::Lot(sold_on), Handover::Ownership, ACME, GARAGE, w.garage);
		let gear = w.gear(b"SN-1");

		let offer = |owner: AccountId, lot: LotId, to| {
			Parts::offer(RuntimeOrigin::signed(owner), Item::Lot(lot), Handover::Ownership, to)
		};
		let held = |lot: LotId| {
			let view = Parts::lot_view(lot).is_some_and(|l| l.quarantined);
			let summary = Parts::lot_summary(lot).is_some_and(|l| l.quarantined);
			assert_eq!(view, summary, "lot {lot}: the view and other pallets agree");
			view
		};

		// The producer recalls the lot it registered: every portion is held.
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(MINE),
			RecallTarget::Lot(steel),
			doc(7)
		));
		for (lot, owner, to) in [
			(steel, ACME, w.buyer),
			(sold, BUYER, w.acme),
			(sold_on, GARAGE, w.acme),
			(kept, ACME, w.buyer),
		] {
			assert_noop!(offer(owner, lot, to), Error::<Test>::ItemQuarantined);
			assert!(held(lot), "lot {lot} is held");
		}
		assert_noop!(split(BUYER, sold, 10), Error::<Test>::ItemQuarantined);
		assert_noop!(
			Parts::consume(RuntimeOrigin::signed(ACME), kept, gear, 1),
			Error::<Test>::ItemQuarantined
		);
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), RecallTarget::Lot(steel)));
		assert!(!held(sold_on));

		// The buyer splits its lot just before the producer recalls it: the new portion is
		// held with it; the lot it came from and the seller's other portion are not.
		assert_ok!(split(BUYER, sold, 299));
		let front_run = kept + 1;
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(MINE), RecallTarget::Lot(sold), doc(8)));
		assert!(held(sold) && held(front_run) && held(sold_on));
		assert_noop!(offer(BUYER, front_run, w.acme), Error::<Test>::ItemQuarantined);
		assert_noop!(offer(GARAGE, sold_on, w.acme), Error::<Test>::ItemQuarantined);
		assert!(!held(steel) && !held(kept));
		assert_ok!(Parts::consume(RuntimeOrigin::signed(ACME), kept, gear, 1));
		assert_ok!(offer(ACME, steel, w.buyer));
	});
}
