//! Reserves, claims by the holder, approval with payment, rejection.

use amchain_primitives::parts::{Handover, Item};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

#[test]
fn an_issuer_funds_and_withdraws_its_reserve() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 1_000));
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_eq!((reserved(ACME), free(ACME)), (1_500, FUNDS - 1_500));
		assert_eq!(Reserves::<Test>::get(w.acme), Some(Reserve { account: ACME, amount: 1_500 }));
		assert_eq!(
			events().last(),
			Some(&Event::ReserveChanged { issuer: w.acme, account: ACME, amount: 1_500 })
		);
		// One account holds an issuer's reserve.
		// The admin's acts, not a device's.
		assert_noop!(Warranties::fund_reserve(origin(ACME_CLERK), 10), Error::<Test>::NotAdmin);
		assert_noop!(Warranties::withdraw_reserve(origin(ACME_CLERK), 10), Error::<Test>::NotAdmin);
		assert_noop!(Warranties::fund_reserve(origin(ACME), 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Warranties::fund_reserve(origin(ACME), FUNDS),
			Error::<Test>::InsufficientFunds
		);
		assert_noop!(Warranties::fund_reserve(origin(STRANGER), 10), Error::<Test>::NotAMember);
		assert_noop!(
			Warranties::withdraw_reserve(origin(ACME), 1_501),
			Error::<Test>::InsufficientReserve
		);
		assert_noop!(
			Warranties::withdraw_reserve(origin(REMAN), 1),
			Error::<Test>::InsufficientReserve
		);
		assert_noop!(Warranties::withdraw_reserve(origin(ACME), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Warranties::complete_withdrawal(origin(ACME)), Error::<Test>::NoWithdrawal);
		// A withdrawal is announced, and completed after the notice.
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 1_000));
		assert_eq!(
			events().last(),
			Some(&Event::WithdrawalAnnounced {
				issuer: w.acme,
				amount: 1_000,
				at: 1 + NOTICE,
				until: 1 + 2 * NOTICE
			})
		);
		assert_eq!(reserved(ACME), 1_500);
		run_to(NOTICE);
		assert_noop!(Warranties::complete_withdrawal(origin(ACME)), Error::<Test>::NoticeRunning);
		run_to(1 + NOTICE);
		assert_noop!(Warranties::complete_withdrawal(origin(ACME_CLERK)), Error::<Test>::NotAdmin);
		assert_noop!(Warranties::complete_withdrawal(origin(STRANGER)), Error::<Test>::NotAMember);
		assert_ok!(Warranties::complete_withdrawal(origin(ACME)));
		assert_eq!(reserved(ACME), 500);
		assert_eq!(
			events()[events().len() - 2..],
			[
				Event::WithdrawalCompleted { issuer: w.acme, released: 1_000 },
				Event::ReserveChanged { issuer: w.acme, account: ACME, amount: 500 },
			]
		);
		assert_noop!(Warranties::complete_withdrawal(origin(ACME)), Error::<Test>::NoWithdrawal);
		// A second announcement replaces the first, and restarts the notice.
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 100));
		run_to(5 + NOTICE);
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 500));
		run_to(6 + NOTICE);
		assert_noop!(Warranties::complete_withdrawal(origin(ACME)), Error::<Test>::NoticeRunning);
		run_to(5 + 2 * NOTICE);
		assert_ok!(Warranties::complete_withdrawal(origin(ACME)));
		assert_eq!((reserved(ACME), free(ACME)), (0, FUNDS));
		assert!(!Reserves::<Test>::contains_key(w.acme));
		assert!(!Withdrawals::<Test>::contains_key(w.acme));
	});
}

#[test]
fn the_holder_claims_and_the_issuer_pays_from_its_reserve() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 1_000));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 400));
		assert_eq!(
			events().last(),
			Some(&Event::Claimed {
				claim: 0,
				warranty,
				claimant: w.customer,
				evidence: doc(1),
				asked: 400,
				covered: 400,
				respond_by: 1 + RESPONSE_TIME
			})
		);
		assert_eq!(Committed::<Test>::get(w.acme), 400);
		assert!(OpenClaims::<Test>::contains_key(w.acme, 0));
		assert_eq!(
			Warranties::open_claims(w.acme, None, 10).iter().map(|c| c.id).collect::<Vec<_>>(),
			vec![0]
		);
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), warranty, doc(2), 0),
			Error::<Test>::ClaimOpen
		);

		// No more than was asked.
		assert_noop!(Warranties::approve(origin(ACME), 0, doc(5), 401), Error::<Test>::AboveAsked);
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 300));
		assert_eq!(free(CUSTOMER), FUNDS + 300);
		assert_eq!(Committed::<Test>::get(w.acme), 0);
		assert_eq!(reserved(ACME), 700);
		assert_eq!(Reserves::<Test>::get(w.acme).map(|r| r.amount), Some(700));
		assert_eq!(
			Claims::<Test>::get(0).map(|c| c.status),
			Some(ClaimStatus::Approved { remedy: doc(5), paid: 300 })
		);
		assert_eq!(
			events().last(),
			Some(&Event::Approved { claim: 0, remedy: doc(5), paid: 300, payee: CUSTOMER })
		);
		assert!(Warranties::open_claims(w.acme, None, 10).is_empty());
		assert_noop!(Warranties::approve(origin(ACME), 0, doc(5), 1), Error::<Test>::ClaimClosed);
		// The warranty still runs: a second claim is possible.
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(2), 0));
	});
}

#[test]
fn a_remedy_without_payment_needs_no_reserve() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 101));
		assert_noop!(
			Warranties::approve(origin(ACME), 0, doc(5), 1),
			Error::<Test>::InsufficientReserve
		);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 100));
		assert_noop!(
			Warranties::approve(origin(ACME), 0, doc(5), 101),
			Error::<Test>::InsufficientReserve
		);
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 0));
		assert_eq!(reserved(ACME), 100);
	});
}

#[test]
fn the_issuer_rejects_a_claim_with_a_reason() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 0));
		assert_noop!(Warranties::reject(origin(REMAN), 0, doc(6)), Error::<Test>::NotIssuer);
		assert_noop!(Warranties::approve(origin(CUSTOMER), 0, doc(6), 0), Error::<Test>::NotIssuer);
		assert_noop!(Warranties::reject(origin(ACME), 7, doc(6)), Error::<Test>::UnknownClaim);
		assert_noop!(Warranties::reject(origin(STRANGER), 0, doc(6)), Error::<Test>::NotAMember);
		assert_ok!(Warranties::reject(origin(ACME), 0, doc(6)));
		assert_eq!(
			Claims::<Test>::get(0).map(|c| c.status),
			Some(ClaimStatus::Rejected { reason: doc(6) })
		);
		assert_eq!(events().last(), Some(&Event::Rejected { claim: 0, reason: doc(6) }));
		assert_noop!(Warranties::reject(origin(ACME), 0, doc(6)), Error::<Test>::ClaimClosed);
	});
}

#[test]
fn only_the_owner_holding_the_part_claims_within_the_term() {
	new_test_ext(|| {
		let w = World::new();
		let (part, warranty) = w.warranted();
		assert_noop!(
			Warranties::claim(origin(DEALER), warranty, doc(1), 0),
			Error::<Test>::NotHolder
		);
		assert_noop!(
			Warranties::claim(origin(STRANGER), warranty, doc(1), 0),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), 9, doc(1), 0),
			Error::<Test>::UnknownWarranty
		);
		// The owner no longer holding the part (it is with the dealer for custody).
		assert_ok!(Parts::offer(origin(CUSTOMER), Item::Part(part), Handover::Custody, w.dealer));
		assert_ok!(Parts::accept_offer(origin(DEALER), Item::Part(part), Handover::Custody, None));
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), warranty, doc(1), 0),
			Error::<Test>::NotHolder
		);
		assert_noop!(
			Warranties::claim(origin(DEALER), warranty, doc(1), 0),
			Error::<Test>::NotHolder
		);
		assert_ok!(Parts::offer(origin(DEALER), Item::Part(part), Handover::Custody, w.customer));
		assert_ok!(Parts::accept_offer(
			origin(CUSTOMER),
			Item::Part(part),
			Handover::Custody,
			None
		));
		// The last block of the term is in; the next is out.
		run_to(NEW_TERM);
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 0));
		assert_ok!(Warranties::reject(origin(ACME), 0, doc(6)));
		run_to(1 + NEW_TERM);
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), warranty, doc(1), 0),
			Error::<Test>::ExpiredWarranty
		);
	});
}

#[test]
fn a_claim_filed_in_term_is_resolved_after_it() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 100));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 100));
		run_to(10 * NEW_TERM);
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 100));
		assert_eq!((reserved(ACME), free(CUSTOMER)), (0, FUNDS + 100));
		assert!(!Reserves::<Test>::contains_key(w.acme));
	});
}

/// Red team L1: the seller of a listed core claims on the warranty of a part installed in
/// it after bids come in (and would collect the payout after the sale). No claim is made
/// on anything in a locked assembly; cancelling the listing (every bid released) lifts it.
#[test]
fn no_claim_on_a_part_inside_a_listed_core() {
	new_test_ext(|| {
		let w = World::new();
		let (gear, warranty) = w.warranted();
		let box_ = w.gear();
		w.sell(box_, ACME, CUSTOMER, w.customer);
		assert_ok!(Parts::install(origin(CUSTOMER), gear, box_));
		assert_ok!(Cores::return_core(origin(CUSTOMER), box_, doc(3), None));
		assert_ok!(Cores::list(origin(CUSTOMER), box_, 100));
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), warranty, doc(8), 0),
			Error::<Test>::PartLocked
		);
		assert_ok!(Cores::cancel_listing(origin(CUSTOMER), box_));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(8), 0));
	});
}
