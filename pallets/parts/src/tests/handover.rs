//! Ownership and custody move by offer and acceptance.

use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

#[test]
fn ownership_and_custody_move_separately() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		// Acme sells to the buyer: ownership passes while a carrier takes custody.
		assert_ok!(Parts::offer(RuntimeOrigin::signed(ACME), item, Handover::Ownership, w.buyer));
		System::assert_last_event(
			Event::<Test>::Offered {
				item,
				handover: Handover::Ownership,
				from: w.acme,
				to: w.buyer,
			}
			.into(),
		);
		assert_eq!(
			Offers::<Test>::get(item, Handover::Ownership),
			Some(Offer { from: w.acme, to: w.buyer, made_at: 1 })
		);
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME_ROBOT),
			item,
			Handover::Custody,
			w.carrier
		));
		assert_ok!(Parts::accept_offer(
			RuntimeOrigin::signed(BUYER),
			item,
			Handover::Ownership,
			None
		));
		System::assert_last_event(
			Event::<Test>::HandedOver {
				item,
				handover: Handover::Ownership,
				from: w.acme,
				to: w.buyer,
			}
			.into(),
		);
		assert_ok!(Parts::accept_offer(
			RuntimeOrigin::signed(CARRIER),
			item,
			Handover::Custody,
			Some(42)
		));
		let record = PartRecords::<Test>::get(part).expect("stored");
		assert_eq!((record.owner, record.custodian), (w.buyer, w.carrier));
		assert!(PartsOf::<Test>::contains_key(w.buyer, part));
		assert!(!PartsOf::<Test>::contains_key(w.acme, part));
		assert!(Offers::<Test>::iter_prefix(item).next().is_none(), "accepted offers are closed");

		// The carrier delivers: custody to the buyer (goods receipt).
		w.hand_over(item, Handover::Custody, CARRIER, BUYER, w.buyer);
		assert_eq!(PartRecords::<Test>::get(part).map(|p| p.custodian), Some(w.buyer));
		assert_eq!(
			kinds(item),
			vec![
				RecordKind::Registered { certification: Some(w.certification) },
				RecordKind::Offered { handover: Handover::Ownership, to: w.buyer },
				RecordKind::Offered { handover: Handover::Custody, to: w.carrier },
				RecordKind::Accepted { handover: Handover::Ownership, from: w.acme },
				RecordKind::Accepted { handover: Handover::Custody, from: w.acme },
				RecordKind::Offered { handover: Handover::Custody, to: w.buyer },
				RecordKind::Accepted { handover: Handover::Custody, from: w.carrier },
			]
		);
		assert_eq!(History::<Test>::get(item, 4).and_then(|r| r.reported_at), Some(42));
	});
}

#[test]
fn lots_change_hands_too() {
	new_test_ext(|| {
		let w = World::new();
		let lot = w.steel();
		w.hand_over(Item::Lot(lot), Handover::Ownership, MINE, ACME, w.acme);
		let record = Lots::<Test>::get(lot).expect("stored");
		assert_eq!((record.owner, record.custodian), (w.acme, w.mine));
	});
}

#[test]
fn offer_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		let offer =
			|who, item, handover, to| Parts::offer(RuntimeOrigin::signed(who), item, handover, to);
		assert_noop!(
			offer(STRANGER, item, Handover::Ownership, w.buyer),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			offer(ACME, Item::Part(9), Handover::Ownership, w.buyer),
			Error::<Test>::UnknownPart
		);
		assert_noop!(
			offer(ACME, Item::Lot(9), Handover::Ownership, w.buyer),
			Error::<Test>::UnknownLot
		);
		assert_noop!(offer(BUYER, item, Handover::Ownership, w.buyer), Error::<Test>::NotOwner);
		assert_noop!(
			offer(CARRIER, item, Handover::Custody, w.carrier),
			Error::<Test>::NotCustodian
		);
		assert_noop!(offer(ACME, item, Handover::Ownership, w.acme), Error::<Test>::SelfHandover);
		assert_noop!(offer(ACME, item, Handover::Ownership, 77), Error::<Test>::UnknownParticipant);
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.buyer,
			doc(0)
		));
		assert_noop!(
			offer(ACME, item, Handover::Ownership, w.buyer),
			Error::<Test>::UnknownParticipant
		);
		assert_ok!(Certifications::reinstate_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.buyer
		));
		assert_ok!(offer(ACME, item, Handover::Ownership, w.buyer));
		assert_noop!(offer(ACME, item, Handover::Ownership, w.carrier), Error::<Test>::OfferExists);
	});
}

#[test]
fn accept_reject_and_cancel_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		let (own, custody) = (Handover::Ownership, Handover::Custody);
		assert_noop!(
			Parts::accept_offer(RuntimeOrigin::signed(BUYER), item, own, None),
			Error::<Test>::NoOffer
		);
		assert_noop!(
			Parts::reject_offer(RuntimeOrigin::signed(BUYER), item, own, doc(1)),
			Error::<Test>::NoOffer
		);
		assert_noop!(
			Parts::cancel_offer(RuntimeOrigin::signed(ACME), item, own),
			Error::<Test>::NoOffer
		);
		assert_ok!(Parts::offer(RuntimeOrigin::signed(ACME), item, own, w.buyer));
		assert_noop!(
			Parts::accept_offer(RuntimeOrigin::signed(CARRIER), item, own, None),
			Error::<Test>::NotRecipient
		);
		assert_noop!(
			Parts::accept_offer(RuntimeOrigin::signed(BUYER), item, custody, None),
			Error::<Test>::NoOffer
		);
		assert_noop!(
			Parts::accept_offer(RuntimeOrigin::signed(STRANGER), item, own, None),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Parts::reject_offer(RuntimeOrigin::signed(ACME), item, own, doc(1)),
			Error::<Test>::NotRecipient
		);
		assert_noop!(
			Parts::cancel_offer(RuntimeOrigin::signed(BUYER), item, own),
			Error::<Test>::NotOfferer
		);
	});
}

#[test]
fn the_receiver_rejects_and_the_sender_cancels() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		assert_ok!(Parts::offer(RuntimeOrigin::signed(ACME), item, Handover::Ownership, w.buyer));
		assert_ok!(Parts::reject_offer(
			RuntimeOrigin::signed(BUYER),
			item,
			Handover::Ownership,
			doc(5)
		));
		System::assert_last_event(
			Event::<Test>::OfferRejected {
				item,
				handover: Handover::Ownership,
				from: w.acme,
				to: w.buyer,
			}
			.into(),
		);
		assert!(Offers::<Test>::get(item, Handover::Ownership).is_none());
		let rejected = History::<Test>::get(item, 2).expect("recorded");
		assert_eq!(
			rejected.kind,
			RecordKind::Rejected { handover: Handover::Ownership, by: w.buyer }
		);
		assert_eq!(rejected.data, doc(5), "the reason is recorded");

		assert_ok!(Parts::offer(RuntimeOrigin::signed(ACME), item, Handover::Custody, w.carrier));
		assert_ok!(Parts::cancel_offer(RuntimeOrigin::signed(ACME_ROBOT), item, Handover::Custody));
		System::assert_last_event(
			Event::<Test>::OfferCancelled {
				item,
				handover: Handover::Custody,
				from: w.acme,
				to: w.carrier,
			}
			.into(),
		);
		assert_eq!(
			PartRecords::<Test>::get(0).map(|p| (p.owner, p.custodian)),
			Some((w.acme, w.acme))
		);
	});
}

#[test]
fn an_offer_goes_stale_when_the_sender_no_longer_holds() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		assert_ok!(Parts::offer(RuntimeOrigin::signed(ACME), item, Handover::Custody, w.carrier));
		// Meanwhile ownership moves and the new owner has the part quarantined by its maker:
		// nothing may be accepted while quarantined.
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(ACME), RecallTarget::Part(0), doc(3)));
		assert_noop!(
			Parts::accept_offer(RuntimeOrigin::signed(CARRIER), item, Handover::Custody, None),
			Error::<Test>::ItemQuarantined
		);
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), RecallTarget::Part(0)));
		assert_ok!(Parts::accept_offer(
			RuntimeOrigin::signed(CARRIER),
			item,
			Handover::Custody,
			None
		));
	});
}

#[test]
fn a_customer_activates_a_product_once() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		assert_noop!(
			Parts::activate(RuntimeOrigin::signed(ACME), part),
			Error::<Test>::MissingRole
		);
		assert_noop!(Parts::activate(RuntimeOrigin::signed(BUYER), part), Error::<Test>::NotOwner);
		assert_noop!(Parts::activate(RuntimeOrigin::signed(BUYER), 9), Error::<Test>::UnknownPart);
		w.sell_to_buyer(part);
		run_to(3);
		assert_ok!(Parts::activate(RuntimeOrigin::signed(BUYER), part));
		System::assert_last_event(Event::<Test>::Activated { part, owner: w.buyer }.into());
		assert_eq!(PartRecords::<Test>::get(part).and_then(|p| p.activated_at), Some(3));
		assert_eq!(kinds(Item::Part(part)).last(), Some(&RecordKind::Activated));
		assert_noop!(
			Parts::activate(RuntimeOrigin::signed(BUYER), part),
			Error::<Test>::AlreadyActivated
		);
	});
}

/// RT-12 (red team 2026-11-30): a device key (one of thousands) may hand over custody, as a
/// dock's scanner does, but not give away its organisation's title, nor scrap a part.
/// Before, any member key could.
#[test]
fn a_device_cannot_offer_its_organisations_title() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		assert_noop!(
			Parts::offer(RuntimeOrigin::signed(ACME_ROBOT), item, Handover::Ownership, w.garage),
			Error::<Test>::NotAdmin
		);
		assert_noop!(
			Parts::scrap(RuntimeOrigin::signed(ACME_ROBOT), part, doc(1)),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME_ROBOT),
			item,
			Handover::Custody,
			w.carrier
		));
		System::assert_last_event(
			Event::<Test>::Offered {
				item,
				handover: Handover::Custody,
				from: w.acme,
				to: w.carrier,
			}
			.into(),
		);
		assert_ok!(Parts::offer(RuntimeOrigin::signed(ACME), item, Handover::Ownership, w.garage));
		System::assert_last_event(
			Event::<Test>::Offered {
				item,
				handover: Handover::Ownership,
				from: w.acme,
				to: w.garage,
			}
			.into(),
		);
	});
}
