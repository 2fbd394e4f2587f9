//! A certification counts only once its holder accepts it; the holder's list of live
//! certifications is bounded, its history is not; `is_certified` reads one record
//! (issue 18 items 1 and 2).

use amchain_primitives::{
	certifications::{CertificationInspector, CertificationStatus, ProductionRegistry},
	participants::{Role, Roles},
};
use frame_support::{assert_noop, assert_ok};

use crate::{
	mock::*, Capacity, CertificationHistory, CertificationsOf, CertifiedUntil, Error, Event,
};

const CAPACITY: Capacity<u64> = Capacity { units: 100, period: 10 };

/// `TUV` offers `participant` a certification valid until `valid_until`; returns its id.
fn offer(w: &World, participant: u32, valid_until: u64, surveillance: Option<u64>) -> u32 {
	let id = crate::NextCertificationId::<Test>::get();
	assert_ok!(Certifications::issue_certification(
		RuntimeOrigin::signed(TUV),
		participant,
		w.standard,
		b"plant".to_vec(),
		CAPACITY,
		valid_until,
		surveillance,
	));
	id
}

fn accept_as(who: AccountId, id: u32) -> sp_runtime::DispatchResult {
	Certifications::accept_certification(RuntimeOrigin::signed(who), id)
}

fn is_certified(participant: u32, standard: u32) -> bool {
	<Certifications as CertificationInspector<u64>>::is_certified(participant, standard)
}

fn was_certified_at(participant: u32, standard: u32, at: u64) -> bool {
	<Certifications as CertificationInspector<u64>>::was_certified_at(participant, standard, at)
}

#[test]
fn only_the_holders_admin_accepts_a_live_offer() {
	new_test_ext(|| {
		let w = World::new();
		let id = offer(&w, w.acme, 1000, None);
		let device = 41;
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			device,
			Roles::of(&[Role::Manufacturer])
		));
		assert_noop!(accept_as(STRANGER, id), Error::<Test>::NotAMember);
		assert_noop!(accept_as(device, id), Error::<Test>::NotParticipantAdmin);
		assert_noop!(accept_as(BOLT, id), Error::<Test>::NotCertificationHolder);
		assert_noop!(accept_as(TUV, id), Error::<Test>::NotCertificationHolder);
		assert_noop!(accept_as(ACME, 77), Error::<Test>::UnknownCertification);
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.acme,
			doc(0)
		));
		assert_noop!(accept_as(ACME, id), Error::<Test>::NotAMember);
		assert_ok!(Certifications::reinstate_participant(RuntimeOrigin::signed(REGISTRAR), w.acme));

		assert_ok!(accept_as(ACME, id));
		assert_noop!(accept_as(ACME, id), Error::<Test>::NotOffered);
	});
}

#[test]
fn a_withdrawn_expired_or_stale_offer_cannot_be_accepted() {
	new_test_ext(|| {
		let w = World::new();
		// Withdrawn: the auditor revokes its offer.
		let withdrawn = offer(&w, w.acme, 1000, None);
		assert_ok!(Certifications::revoke_certification(
			RuntimeOrigin::signed(TUV),
			withdrawn,
			doc(2)
		));
		assert_noop!(accept_as(ACME, withdrawn), Error::<Test>::NotOffered);
		// Expired before it was accepted.
		let expired = offer(&w, w.acme, 5, None);
		// Its first surveillance audit fell due before it was accepted.
		let stale = offer(&w, w.acme, 1000, Some(3));
		set_block(5);
		assert_noop!(accept_as(ACME, expired), Error::<Test>::ExpiredCertification);
		assert_noop!(accept_as(ACME, stale), Error::<Test>::SurveillanceOverdue);
		assert!(!is_certified(w.acme, w.standard));
		assert!(CertificationsOf::<Test>::get(w.acme, w.standard).is_empty());
	});
}

#[test]
fn an_offer_counts_for_nothing() {
	new_test_ext(|| {
		let w = World::new();
		let id = offer(&w, w.acme, 1000, Some(50));
		assert_eq!(
			<Certifications as CertificationInspector<u64>>::status(id),
			Some(CertificationStatus::Offered)
		);
		assert!(!is_certified(w.acme, w.standard));
		assert!(!was_certified_at(w.acme, w.standard, 1));
		assert!(Certifications::certifications_of(w.acme, w.standard).is_empty());
		assert_eq!(
			<Certifications as CertificationInspector<u64>>::remaining_capacity(id),
			Some(0)
		);
		assert_noop!(
			<Certifications as ProductionRegistry>::register_production(w.acme, id, 1),
			Error::<Test>::NotAccepted
		);
		assert_noop!(
			Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(1)),
			Error::<Test>::NotAccepted
		);
		assert_noop!(
			Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), id),
			Error::<Test>::NotAccepted
		);
		assert_noop!(
			Certifications::record_surveillance(RuntimeOrigin::signed(TUV), id, doc(1)),
			Error::<Test>::NotAccepted
		);
	});
}

/// The attack (issue 18 item 1): an accredited auditor (or its leaked key) issues the
/// holder `MaxCertificationsPerHolder` throwaway certifications valid for one block. Before,
/// each entered the holder's never-pruned list at once, and every later certification for
/// the standard, from any auditor, failed with `TooManyCertifications`: the holder was out
/// of production for good. Now they are offers the holder ignores.
#[test]
fn an_auditors_throwaway_certifications_lock_no_one_out() {
	new_test_ext(|| {
		let w = World::new();
		for _ in 0..64 {
			offer(&w, w.acme, 2, None);
		}
		set_block(2);
		let genuine = offer(&w, w.acme, 1000, None);
		assert_ok!(accept_as(ACME, genuine));
		assert!(is_certified(w.acme, w.standard));
		assert_eq!(CertificationsOf::<Test>::get(w.acme, w.standard).to_vec(), vec![genuine]);
	});
}

/// Even certifications the holder accepted leave its live list once expired, so short ones
/// it took on in good faith cannot fill it either; its history keeps them all.
#[test]
fn expired_certifications_leave_the_live_list_and_stay_in_the_history() {
	new_test_ext(|| {
		let w = World::new();
		let short: Vec<u32> = (0..3).map(|_| offer(&w, w.acme, 3, None)).collect();
		for id in &short {
			assert_ok!(accept_as(ACME, *id));
		}
		set_block(3);
		assert!(!is_certified(w.acme, w.standard));
		let genuine = offer(&w, w.acme, 1000, None);
		assert_ok!(accept_as(ACME, genuine));
		assert_eq!(CertificationsOf::<Test>::get(w.acme, w.standard).to_vec(), vec![genuine]);
		assert_eq!(Certifications::certifications_of(w.acme, w.standard), vec![0, 1, 2, 3]);
		for id in short {
			assert!(CertificationHistory::<Test>::contains_key((w.acme, w.standard, id)));
		}
		// The history still answers for the past.
		assert!(was_certified_at(w.acme, w.standard, 2));
		assert!(is_certified(w.acme, w.standard));
	});
}

/// `is_certified` reads `CertifiedUntil`, kept in step by every change to a live
/// certification (and `try_state` checks it after each test).
#[test]
fn certified_until_follows_every_change() {
	new_test_ext(|| {
		let w = World::new();
		let until = || CertifiedUntil::<Test>::get(w.acme, w.standard);
		let long = w.certify(w.acme, 1, 1, 1000, None);
		let surveilled = w.certify(w.acme, 1, 1, 2000, Some(100));
		// The surveilled one is valid until its audit falls due (101), the other until 1000.
		assert_eq!(until(), Some(1000));
		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(TUV), long, doc(1)));
		assert_eq!(until(), Some(101));
		assert!(is_certified(w.acme, w.standard));
		set_block(101);
		// Surveillance overdue: nothing valid, without a transaction.
		assert!(!is_certified(w.acme, w.standard));
		assert_ok!(Certifications::record_surveillance(
			RuntimeOrigin::signed(TUV),
			surveilled,
			doc(2)
		));
		assert_eq!(until(), Some(201));
		assert!(is_certified(w.acme, w.standard));
		assert_ok!(Certifications::revoke_certification(
			RuntimeOrigin::signed(ISO),
			surveilled,
			doc(3)
		));
		assert_eq!(until(), None);
		assert!(!is_certified(w.acme, w.standard));
		assert_eq!(CertificationsOf::<Test>::get(w.acme, w.standard).to_vec(), vec![long]);
		assert_ok!(Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), long));
		assert_eq!(until(), Some(1000));
		assert!(is_certified(w.acme, w.standard));
		// A suspended holder is certified for nothing, whatever it holds.
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.acme,
			doc(4)
		));
		assert!(!is_certified(w.acme, w.standard));
		System::assert_has_event(
			Event::<Test>::CertificationReinstated { certification: long, by: w.tuv }.into(),
		);
	});
}

fn held(who: AccountId) -> u64 {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&crate::HoldReason::CertificationOffer.into(), &who)
}

/// RT-13 (red team 2026-11-30): the auditor's authority is checked when the certification
/// takes effect. Once the standards organisation withdraws TÜV's accreditation (or TÜV is
/// suspended), its open offer can no longer be accepted. Before, it could.
#[test]
fn an_offer_from_a_withdrawn_auditor_cannot_be_accepted() {
	new_test_ext(|| {
		let w = World::new();
		let id = offer(&w, w.acme, 1000, None);
		assert_ok!(Certifications::withdraw_accreditation(
			RuntimeOrigin::signed(ISO),
			w.standard,
			w.tuv
		));
		assert_noop!(accept_as(ACME, id), Error::<Test>::NotAccredited);
		assert!(!is_certified(w.acme, w.standard));
		// Reaccredited, TÜV's offer counts again; suspended, it does not.
		assert_ok!(Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), w.standard, w.tuv));
		assert_ok!(Certifications::suspend_participant(RuntimeOrigin::root(), w.tuv, doc(3)));
		assert_noop!(accept_as(ACME, id), Error::<Test>::NotAccredited);
		assert_ok!(Certifications::reinstate_participant(RuntimeOrigin::root(), w.tuv));
		assert_ok!(accept_as(ACME, id));
		assert!(is_certified(w.acme, w.standard));
	});
}

/// RT-14: an offer holds a deposit from the auditor's account, returned when the holder
/// accepts or declines it. Before, offers were free and could not be declined.
#[test]
fn an_offer_holds_a_deposit_until_accepted_or_declined() {
	new_test_ext(|| {
		let w = World::new();
		let accepted = offer(&w, w.acme, 1000, None);
		let declined = offer(&w, w.acme, 1000, None);
		assert_eq!(held(TUV), 2 * OFFER_DEPOSIT);
		assert_eq!(crate::OfferDeposits::<Test>::get(accepted), Some((TUV, OFFER_DEPOSIT)));
		assert_ok!(accept_as(ACME, accepted));
		assert_eq!(held(TUV), OFFER_DEPOSIT);
		assert!(!crate::OfferDeposits::<Test>::contains_key(accepted));

		let decline =
			|who, id| Certifications::decline_certification(RuntimeOrigin::signed(who), id);
		assert_noop!(decline(BOLT, declined), Error::<Test>::NotCertificationHolder);
		assert_noop!(decline(STRANGER, declined), Error::<Test>::NotAMember);
		assert_noop!(decline(ACME, accepted), Error::<Test>::NotOffered);
		assert_noop!(decline(ACME, 77), Error::<Test>::UnknownCertification);
		assert_ok!(decline(ACME, declined));
		System::assert_last_event(
			Event::CertificationDeclined { certification: declined, participant: w.acme }.into(),
		);
		assert!(!crate::Certifications::<Test>::contains_key(declined));
		assert_eq!((held(TUV), Balances::free_balance(TUV)), (0, FUNDS));
		assert_noop!(accept_as(ACME, declined), Error::<Test>::UnknownCertification);
	});
}

/// RT-14: an offer is not kept for ever. Once it can no longer be accepted (expired, its
/// first surveillance overdue, or its auditor no longer accredited) anyone removes it and
/// the auditor gets its deposit back; while it can, only its auditor withdraws it.
#[test]
fn a_stale_offer_is_removed_by_anyone() {
	new_test_ext(|| {
		let w = World::new();
		let remove = |who, id| Certifications::remove_offer(RuntimeOrigin::signed(who), id);
		let expiring = offer(&w, w.acme, 50, None);
		let overdue = offer(&w, w.bolt, 1000, Some(20));
		let withdrawn = offer(&w, w.acme, 1000, None);
		assert_noop!(remove(STRANGER, expiring), Error::<Test>::OfferStillOpen);
		assert_noop!(remove(ACME, expiring), Error::<Test>::OfferStillOpen);
		// The auditor withdraws its own open offer.
		assert_ok!(remove(TUV, withdrawn));
		System::assert_last_event(Event::OfferRemoved { certification: withdrawn }.into());
		// Due at block 21 (issued at 1, every 20 blocks).
		set_block(21);
		assert_ok!(remove(STRANGER, overdue));
		assert_noop!(remove(STRANGER, expiring), Error::<Test>::OfferStillOpen);
		set_block(50);
		assert_ok!(remove(STRANGER, expiring));
		System::assert_last_event(Event::OfferRemoved { certification: expiring }.into());
		assert_noop!(remove(STRANGER, expiring), Error::<Test>::UnknownCertification);
		assert_eq!((held(TUV), Balances::free_balance(TUV)), (0, FUNDS));
		// An accepted certification is no offer.
		let live = w.certify_acme();
		assert_noop!(remove(TUV, live), Error::<Test>::NotOffered);
		// Nor is an offer whose auditor lost its accreditation kept.
		let orphan = offer(&w, w.acme, 1000, None);
		assert_ok!(Certifications::withdraw_accreditation(
			RuntimeOrigin::signed(ISO),
			w.standard,
			w.tuv
		));
		assert_ok!(remove(STRANGER, orphan));
		assert_eq!(held(TUV), 0);
	});
}
