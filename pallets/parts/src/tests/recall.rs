//! Recalls: quarantine and release.

use amchain_primitives::parts::PartsInspector;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

use crate::{mock::*, *};

/// Whether a recall holds `part`, as other pallets and contracts see it.
fn quarantined(part: PartId) -> bool {
	<Parts as PartsInspector>::summary(part).is_some_and(|p| p.quarantined)
}

#[test]
fn a_manufacturer_quarantines_and_releases_a_part() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let target = RecallTarget::Part(part);
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(ACME_ROBOT), target, doc(6)));
		System::assert_last_event(Event::<Test>::Quarantined { target, reason: doc(6) }.into());
		assert!(quarantined(part));
		assert_noop!(
			Parts::offer(
				RuntimeOrigin::signed(ACME),
				Item::Part(part),
				Handover::Ownership,
				w.buyer
			),
			Error::<Test>::ItemQuarantined
		);
		let why = History::<Test>::get(Item::Part(part), 1).expect("recorded");
		assert_eq!((why.kind, why.data), (RecordKind::Quarantined, doc(6)), "the history says why");
		assert_noop!(
			Parts::quarantine(RuntimeOrigin::signed(ACME), target, doc(6)),
			Error::<Test>::AlreadyQuarantined
		);
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), target));
		System::assert_last_event(Event::<Test>::Released { target }.into());
		assert!(!quarantined(part));
		assert_eq!(kinds(Item::Part(part)).last(), Some(&RecordKind::Released));
		assert_noop!(
			Parts::release(RuntimeOrigin::signed(ACME), target),
			Error::<Test>::NotQuarantined
		);
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(part),
			Handover::Ownership,
			w.buyer
		));
	});
}

#[test]
fn a_batch_recall_holds_every_part_made_under_the_certification() {
	new_test_ext(|| {
		let w = World::new();
		let (a, b) = (w.gear(b"A"), w.gear(b"B"));
		w.sell_to_buyer(b);
		let target = RecallTarget::Batch { part_type: w.gear, certification: w.certification };
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(ACME), target, doc(6)));
		assert_eq!(BatchRecalls::<Test>::get(w.gear, w.certification), Some(doc(6)));
		for (part, owner) in [(a, ACME), (b, BUYER)] {
			assert!(quarantined(part));
			assert_noop!(
				Parts::offer(
					RuntimeOrigin::signed(owner),
					Item::Part(part),
					Handover::Custody,
					w.carrier
				),
				Error::<Test>::ItemQuarantined
			);
		}
		assert_eq!(Parts::part_view(a).map(|v| v.quarantined), Some(true));
		assert_noop!(
			Parts::quarantine(RuntimeOrigin::signed(ACME), target, doc(6)),
			Error::<Test>::AlreadyQuarantined
		);
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), target));
		assert!(!quarantined(a));
	});
}

#[test]
fn a_producer_quarantines_its_lot() {
	new_test_ext(|| {
		let w = World::new();
		let lot = w.steel();
		assert_noop!(
			Parts::quarantine(RuntimeOrigin::signed(ACME), RecallTarget::Lot(lot), doc(1)),
			Error::<Test>::NotRecallAuthority
		);
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(MINE), RecallTarget::Lot(lot), doc(1)));
		assert_noop!(
			Parts::offer(RuntimeOrigin::signed(MINE), Item::Lot(lot), Handover::Ownership, w.acme),
			Error::<Test>::ItemQuarantined
		);
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), RecallTarget::Lot(lot)));
		assert_eq!(
			kinds(Item::Lot(lot)),
			vec![
				RecordKind::Registered { certification: None },
				RecordKind::Quarantined,
				RecordKind::Released
			]
		);
	});
}

#[test]
fn governance_recalls_anything() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		assert_ok!(Parts::quarantine(RuntimeOrigin::root(), RecallTarget::Part(part), doc(2)));
		let record = History::<Test>::get(Item::Part(part), 1).expect("recorded");
		assert_eq!(
			(record.kind, record.participant, record.actor),
			(RecordKind::Quarantined, w.acme, 0)
		);
		assert_ok!(Parts::release(RuntimeOrigin::root(), RecallTarget::Part(part)));
	});
}

#[test]
fn recall_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let q = |who, target| Parts::quarantine(RuntimeOrigin::signed(who), target, doc(1));
		assert_noop!(q(OTHER_MAKER, RecallTarget::Part(part)), Error::<Test>::NotRecallAuthority);
		assert_noop!(
			q(
				OTHER_MAKER,
				RecallTarget::Batch { part_type: w.gear, certification: w.certification }
			),
			Error::<Test>::NotRecallAuthority
		);
		assert_noop!(q(STRANGER, RecallTarget::Part(part)), Error::<Test>::NotAMember);
		assert_noop!(q(ACME, RecallTarget::Part(9)), Error::<Test>::UnknownPart);
		assert_noop!(q(ACME, RecallTarget::Lot(9)), Error::<Test>::UnknownLot);
		assert_noop!(
			q(ACME, RecallTarget::Batch { part_type: 9, certification: 0 }),
			Error::<Test>::UnknownPartType
		);
		assert_noop!(
			Parts::release(RuntimeOrigin::signed(OTHER_MAKER), RecallTarget::Part(part)),
			Error::<Test>::NotRecallAuthority
		);
		assert_noop!(
			Parts::quarantine(RuntimeOrigin::none(), RecallTarget::Part(part), doc(1)),
			DispatchError::BadOrigin
		);
	});
}

fn offer_part(part: PartId, to: ParticipantId) -> sp_runtime::DispatchResult {
	Parts::offer(RuntimeOrigin::signed(ACME), Item::Part(part), Handover::Ownership, to)
}

/// The bypass (issue 18 item 4): a recall quarantines a gear; its owner had installed it
/// in a gearbox, itself in a car, and hands over the car. Before, only the top of an
/// assembly was checked, so the recalled gear left inside it. Now any part quarantined
/// anywhere in an assembly holds the whole assembly until it is released or removed.
#[test]
fn a_quarantined_part_does_not_leave_inside_its_assembly() {
	new_test_ext(|| {
		let w = World::new();
		let (car, gearbox, gear) = (w.gear(b"CAR"), w.gear(b"BOX"), w.gear(b"G1"));
		let install = |child, parent| Parts::install(RuntimeOrigin::signed(ACME), child, parent);
		assert_ok!(install(gear, gearbox));
		assert_ok!(install(gearbox, car));
		// An offer made before the recall cannot be accepted after it.
		assert_ok!(offer_part(car, w.buyer));
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(ACME),
			RecallTarget::Part(gear),
			doc(6)
		));
		assert_eq!(QuarantinedBelow::<Test>::get(car), 1);
		assert_eq!(QuarantinedBelow::<Test>::get(gearbox), 1);
		assert_noop!(
			Parts::accept_offer(
				RuntimeOrigin::signed(BUYER),
				Item::Part(car),
				Handover::Ownership,
				None
			),
			Error::<Test>::AssemblyQuarantined
		);
		assert_ok!(Parts::cancel_offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(car),
			Handover::Ownership
		));
		assert_noop!(offer_part(car, w.buyer), Error::<Test>::AssemblyQuarantined);
		assert_noop!(
			Parts::offer(
				RuntimeOrigin::signed(ACME),
				Item::Part(car),
				Handover::Custody,
				w.carrier
			),
			Error::<Test>::AssemblyQuarantined
		);
		// Nor through another pallet (a market sale, a core's return).
		assert_noop!(
			<Parts as amchain_primitives::parts::PartsLifecycle<AccountId>>::transfer(
				car, w.buyer, &ACME, w.acme
			),
			Error::<Test>::AssemblyQuarantined
		);

		// Taking the gearbox out frees the car; the gearbox stays held, and cannot be
		// installed elsewhere to carry the gear along.
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), gearbox));
		assert_eq!(QuarantinedBelow::<Test>::get(car), 0);
		assert_noop!(offer_part(gearbox, w.buyer), Error::<Test>::AssemblyQuarantined);
		assert_noop!(install(gearbox, car), Error::<Test>::AssemblyQuarantined);
		assert_ok!(offer_part(car, w.buyer));

		// Releasing the gear frees the gearbox.
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), RecallTarget::Part(gear)));
		System::assert_last_event(
			Event::<Test>::Released { target: RecallTarget::Part(gear) }.into(),
		);
		assert_eq!(QuarantinedBelow::<Test>::get(gearbox), 0);
		assert_ok!(offer_part(gearbox, w.buyer));
	});
}

/// Removing the quarantined part itself frees its assembly; the part stays held.
#[test]
fn removing_the_quarantined_part_frees_the_assembly() {
	new_test_ext(|| {
		let w = World::new();
		let (gearbox, gear) = (w.gear(b"BOX"), w.gear(b"G1"));
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, gearbox));
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(ACME),
			RecallTarget::Part(gear),
			doc(6)
		));
		assert_noop!(offer_part(gearbox, w.buyer), Error::<Test>::AssemblyQuarantined);
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), gear));
		assert!(!QuarantinedBelow::<Test>::contains_key(gearbox));
		assert_ok!(offer_part(gearbox, w.buyer));
		assert_noop!(offer_part(gear, w.buyer), Error::<Test>::ItemQuarantined);
	});
}

/// Acme's second part type (a vehicle, certified as the gear is): its parts form another
/// batch under the same certification. Returns (type, car, gearbox).
fn vehicles(w: &World) -> (PartTypeId, PartId, PartId) {
	let vehicle = NextPartTypeId::<Test>::get();
	assert_ok!(Parts::create_part_type(
		RuntimeOrigin::signed(ACME),
		b"GTIN-0002".to_vec(),
		doc(3),
		b"https://acme.example/car".to_vec(),
		vec![w.standard],
	));
	let register = |serial: &[u8]| {
		let id = NextPartId::<Test>::get();
		assert_ok!(Parts::register_part(
			RuntimeOrigin::signed(ACME),
			vehicle,
			serial.to_vec(),
			Some(w.certification),
			None,
			None,
		));
		id
	};
	(vehicle, register(b"CAR"), register(b"BOX"))
}

/// RT-3 (red team 2026-11-30): a batch recall of the gear's batch must hold the car the
/// gear is installed in (two levels down), for a hand-over, a market sale (`is_held`) and
/// the contracts' view alike. Before, only part-level recalls were counted, so the car
/// (another batch) left with the recalled gear inside.
#[test]
fn a_batch_recalled_part_does_not_leave_inside_its_assembly() {
	new_test_ext(|| {
		let w = World::new();
		let (vehicle, car, gearbox) = vehicles(&w);
		let gear = w.gear(b"G1");
		let install = |child, parent| Parts::install(RuntimeOrigin::signed(ACME), child, parent);
		assert_ok!(install(gear, gearbox));
		assert_ok!(install(gearbox, car));
		let gears = (w.gear, w.certification);
		assert_eq!(BatchesBelow::<Test>::get(car, gears), 1);
		assert_eq!(BatchesBelow::<Test>::get(car, (vehicle, w.certification)), 1);
		assert_eq!(BatchCountBelow::<Test>::get(car), 2);
		assert_ok!(offer_part(car, w.buyer));

		let batch = RecallTarget::Batch { part_type: w.gear, certification: w.certification };
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(ACME), batch, doc(6)));
		System::assert_last_event(
			Event::<Test>::Quarantined { target: batch, reason: doc(6) }.into(),
		);
		assert!(<Parts as PartsInspector>::is_held(car));
		assert!(<Parts as PartsInspector>::is_held(gearbox));
		assert!(quarantined(car), "the contracts' view says the car cannot change hands");
		assert!(quarantined(gear));
		assert_noop!(
			Parts::accept_offer(
				RuntimeOrigin::signed(BUYER),
				Item::Part(car),
				Handover::Ownership,
				None
			),
			Error::<Test>::AssemblyQuarantined
		);
		assert_ok!(Parts::cancel_offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(car),
			Handover::Ownership
		));
		assert_noop!(offer_part(car, w.buyer), Error::<Test>::AssemblyQuarantined);
		assert_noop!(
			<Parts as amchain_primitives::parts::PartsLifecycle<AccountId>>::transfer(
				car, w.buyer, &ACME, w.acme
			),
			Error::<Test>::AssemblyQuarantined
		);

		// Taking the gearbox out frees the car; the gearbox stays held and cannot carry
		// the gear into another assembly.
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), gearbox));
		assert!(!BatchesBelow::<Test>::contains_key(car, gears));
		assert!(!BatchCountBelow::<Test>::contains_key(car));
		assert!(!<Parts as PartsInspector>::is_held(car));
		assert_ok!(offer_part(car, w.buyer));
		assert_noop!(offer_part(gearbox, w.buyer), Error::<Test>::AssemblyQuarantined);
		assert_noop!(install(gearbox, car), Error::<Test>::AssemblyQuarantined);

		// Lifting the batch recall frees the gearbox.
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), batch));
		System::assert_last_event(Event::<Test>::Released { target: batch }.into());
		assert!(!<Parts as PartsInspector>::is_held(gearbox));
		assert_ok!(offer_part(gearbox, w.buyer));
	});
}

/// A recall of another batch, or of the car's own, leaves the gear's count alone; an
/// assembly lists at most `MaxBatchesBelow` (2 here) distinct batches.
#[test]
fn an_assembly_holds_at_most_max_batches_below() {
	new_test_ext(|| {
		let w = World::new();
		let (_, car, gearbox) = vehicles(&w);
		let gear = w.gear(b"G1");
		// A third batch: the gear type under a second certification.
		let second = pallet_certifications::NextCertificationId::<Test>::get();
		assert_ok!(Certifications::issue_certification(
			RuntimeOrigin::signed(TUV),
			w.acme,
			w.standard,
			b"plant 2".to_vec(),
			pallet_certifications::Capacity { units: 5, period: 100 },
			10_000,
			None,
		));
		amchain_test_support::accept_certification::<Test>(w.acme, second);
		let other = NextPartId::<Test>::get();
		assert_ok!(Parts::register_part(
			RuntimeOrigin::signed(ACME),
			w.gear,
			b"G2".to_vec(),
			Some(second),
			None,
			None,
		));
		let install = |child, parent| Parts::install(RuntimeOrigin::signed(ACME), child, parent);
		assert_ok!(install(gear, gearbox));
		assert_ok!(install(gearbox, car));
		assert_eq!(BatchCountBelow::<Test>::get(car), 2);
		// The car would list three batches.
		assert_noop!(install(other, car), Error::<Test>::TooManyBatches);
		assert_noop!(install(other, gearbox), Error::<Test>::TooManyBatches);
		// Once the gearbox is out, there is room.
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), gearbox));
		assert_ok!(install(other, car));
		System::assert_last_event(Event::<Test>::Installed { part: other, parent: car }.into());
		assert_eq!(BatchCountBelow::<Test>::get(car), 1);
	});
}

/// RT-4 (red team 2026-11-30): what governance recalled, the maker alone cannot lift
/// (THREATS rule 8) — for a part, a batch and a lot. Governance can; and the maker still
/// lifts its own recalls.
#[test]
fn a_manufacturer_cannot_lift_governances_recall() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let lot = w.steel();
		let batch = RecallTarget::Batch { part_type: w.gear, certification: w.certification };
		for (target, authority) in
			[(RecallTarget::Part(part), ACME), (batch, ACME), (RecallTarget::Lot(lot), MINE)]
		{
			assert_ok!(Parts::quarantine(RuntimeOrigin::root(), target, doc(9)));
			assert!(RecalledByGovernance::<Test>::contains_key(target));
			assert_noop!(
				Parts::release(RuntimeOrigin::signed(authority), target),
				Error::<Test>::ImposedByGovernance
			);
			assert_ok!(Parts::release(RuntimeOrigin::root(), target));
			System::assert_last_event(Event::<Test>::Released { target }.into());
			assert!(!RecalledByGovernance::<Test>::contains_key(target));
			// The maker's own recall is the maker's to lift, and governance's too.
			assert_ok!(Parts::quarantine(RuntimeOrigin::signed(authority), target, doc(8)));
			assert!(!RecalledByGovernance::<Test>::contains_key(target));
			assert_ok!(Parts::release(RuntimeOrigin::signed(authority), target));
			assert_ok!(Parts::quarantine(RuntimeOrigin::signed(authority), target, doc(8)));
			assert_ok!(Parts::release(RuntimeOrigin::root(), target));
		}
	});
}

/// The maker's move against a remanufacturer's stock: recall a part of its own type that
/// someone else brought into a new life. Only governance recalls a part past its first
/// life (and lifts that recall); the maker still recalls its parts in their first life.
#[test]
fn a_part_in_a_later_life_is_recalled_only_through_governance() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let first_life = w.gear(b"SN-2");
		w.hand_over(Item::Part(part), Handover::Ownership, ACME, GARAGE, w.garage);
		for to in [PartStatus::ReturnedAsCore, PartStatus::Active] {
			assert_ok!(
				<Parts as amchain_primitives::parts::PartsLifecycle<AccountId>>::set_status(
					part,
					to,
					&GARAGE,
					w.garage,
					doc(3)
				)
			);
		}
		assert_eq!(PartRecords::<Test>::get(part).map(|p| p.life), Some(2));
		assert_noop!(
			Parts::quarantine(RuntimeOrigin::signed(ACME), RecallTarget::Part(part), doc(1)),
			Error::<Test>::LaterLifeRecall
		);
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(ACME),
			RecallTarget::Part(first_life),
			doc(1)
		));
		assert_ok!(Parts::quarantine(RuntimeOrigin::root(), RecallTarget::Part(part), doc(1)));
		assert_noop!(
			Parts::release(RuntimeOrigin::signed(ACME), RecallTarget::Part(part)),
			Error::<Test>::ImposedByGovernance
		);
		assert_ok!(Parts::release(RuntimeOrigin::root(), RecallTarget::Part(part)));
	});
}
