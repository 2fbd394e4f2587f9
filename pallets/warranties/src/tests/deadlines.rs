//! Item 15 of the records review: the reserve's floor over open claims, withdrawals on
//! notice, the issuer's response deadline and governance's ruling after it, the
//! claimant's withdrawal, payment to the claimant organisation's account of record, and
//! the existential deposit — with the dishonest issuer's, the silent issuer's, the leaked
//! key's and the lone authority's best moves.

use amchain_primitives::participants::Role;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

use crate::{mock::*, *};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// A second gear Acme warranted and sold to the customer.
fn second_warranty(w: &World) -> WarrantyId {
	w.warranted().1
}

#[test]
fn open_claims_hold_a_floor_the_issuer_cannot_withdraw() {
	new_test_ext(|| {
		let w = World::new();
		let (_, first) = w.warranted();
		let second = second_warranty(&w);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 1_000));
		assert_ok!(Warranties::claim(origin(CUSTOMER), first, doc(1), 600));
		assert_eq!(Committed::<Test>::get(w.acme), 600);
		assert_noop!(
			Warranties::withdraw_reserve(origin(ACME), 401),
			Error::<Test>::ReserveCommitted
		);
		assert_noop!(
			Warranties::withdraw_reserve(origin(ACME), 1_001),
			Error::<Test>::InsufficientReserve
		);
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 400));
		// A claim filed during the notice is covered before the withdrawal.
		assert_ok!(Warranties::claim(origin(CUSTOMER), second, doc(2), 300));
		assert_eq!(Committed::<Test>::get(w.acme), 900);
		run_to(1 + NOTICE);
		assert_ok!(Warranties::complete_withdrawal(origin(ACME)));
		assert!(events().contains(&Event::WithdrawalCompleted { issuer: w.acme, released: 100 }));
		assert_eq!(reserved(ACME), 900);
		assert!(!Withdrawals::<Test>::contains_key(w.acme));
		// Both claims can be paid in full.
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 600));
		assert_ok!(Warranties::approve(origin(ACME), 1, doc(5), 300));
		assert_eq!((reserved(ACME), free(CUSTOMER)), (0, FUNDS + 900));
		assert_eq!(Committed::<Test>::get(w.acme), 0);
	});
}

/// The issuer's best move against a holder: announce the whole reserve's withdrawal the
/// moment a defect shows. The holder claims within the notice; the completion leaves its
/// claim covered, and with nothing free it releases nothing (and changes nothing).
#[test]
fn an_issuer_racing_a_claim_with_its_withdrawal_leaves_the_claim_covered() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 500));
		run_to(NOTICE);
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 500));
		run_to(1 + NOTICE);
		assert_noop!(
			Warranties::complete_withdrawal(origin(ACME)),
			Error::<Test>::ReserveCommitted
		);
		assert_eq!(reserved(ACME), 500);
		// Nor can it announce again while the claim is open.
		assert_noop!(
			Warranties::withdraw_reserve(origin(ACME), 1),
			Error::<Test>::ReserveCommitted
		);
		// Rejecting after the deadline is not open to it; governance rules.
		run_to(NOTICE + RESPONSE_TIME + 1);
		assert_noop!(Warranties::reject(origin(ACME), 0, doc(6)), Error::<Test>::ResponseOverdue);
		assert_ok!(Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 500));
		assert_eq!((reserved(ACME), free(CUSTOMER)), (0, FUNDS + 500));
	});
}

#[test]
fn the_issuer_rejects_until_the_deadline_and_then_only_approves() {
	new_test_ext(|| {
		let w = World::new();
		let (_, first) = w.warranted();
		let second = second_warranty(&w);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 100));
		assert_ok!(Warranties::claim(origin(CUSTOMER), first, doc(1), 0));
		assert_ok!(Warranties::claim(origin(CUSTOMER), second, doc(2), 100));
		assert_eq!(Claims::<Test>::get(0).map(|c| c.respond_by), Some(1 + RESPONSE_TIME));
		// The deadline's own block is in time.
		run_to(1 + RESPONSE_TIME);
		assert_ok!(Warranties::reject(origin(ACME), 0, doc(6)));
		run_to(2 + RESPONSE_TIME);
		assert_noop!(Warranties::reject(origin(ACME), 1, doc(6)), Error::<Test>::ResponseOverdue);
		assert_ok!(Warranties::approve(origin(ACME), 1, doc(5), 100));
		assert_eq!(
			Claims::<Test>::get(1).map(|c| c.status),
			Some(ClaimStatus::Approved { remedy: doc(5), paid: 100 })
		);
	});
}

#[test]
fn governance_rules_a_claim_the_issuer_let_run_past_its_deadline() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 300));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 200));
		// Not before the issuer's time is up.
		run_to(1 + RESPONSE_TIME);
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 200),
			Error::<Test>::NotOverdue
		);
		run_to(2 + RESPONSE_TIME);
		// Members, the issuer and the claimant included, do not rule.
		for who in [ACME, CUSTOMER, STRANGER] {
			assert_noop!(Warranties::rule(origin(who), 0, doc(9), 200), DispatchError::BadOrigin);
		}
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 201),
			Error::<Test>::AboveAsked
		);
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 7, doc(9), 0),
			Error::<Test>::UnknownClaim
		);
		assert_ok!(Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 150));
		assert_eq!(
			events().last(),
			Some(&Event::Ruled { claim: 0, verdict: doc(9), paid: 150, payee: CUSTOMER })
		);
		assert_eq!(
			Claims::<Test>::get(0).map(|c| c.status),
			Some(ClaimStatus::Ruled { verdict: doc(9), paid: 150 })
		);
		assert_eq!((reserved(ACME), free(CUSTOMER)), (150, FUNDS + 150));
		assert_eq!(Committed::<Test>::get(w.acme), 0);
		assert_eq!(WarrantyRecords::<Test>::get(warranty).and_then(|w| w.open_claim), None);
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 0),
			Error::<Test>::ClaimClosed
		);
		assert_noop!(Warranties::approve(origin(ACME), 0, doc(5), 0), Error::<Test>::ClaimClosed);
	});
}

/// The silent issuer: it never answers and never funds enough. The claim waits for
/// governance, keeps what it asked out of the issuer's withdrawals, and a ruling pays what
/// the reserve holds.
#[test]
fn a_silent_issuers_claim_is_ruled_and_paid_from_what_its_reserve_holds() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 80));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 200));
		run_to(10 * RESPONSE_TIME);
		assert_eq!(Committed::<Test>::get(w.acme), 200);
		assert_noop!(
			Warranties::withdraw_reserve(origin(ACME), 1),
			Error::<Test>::ReserveCommitted
		);
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 200),
			Error::<Test>::InsufficientReserve
		);
		assert_ok!(Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 80));
		assert_eq!((reserved(ACME), free(CUSTOMER)), (0, FUNDS + 80));
		assert!(!Reserves::<Test>::contains_key(w.acme));
	});
}

#[test]
fn the_claimant_withdraws_its_claim() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		const CUSTOMER_DEVICE: AccountId = 71;
		amchain_test_support::add_device::<Test>(CUSTOMER, CUSTOMER_DEVICE, &[Role::Customer]);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 300));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 300));
		assert_noop!(Warranties::withdraw_claim(origin(ACME), 0), Error::<Test>::NotClaimant);
		assert_noop!(Warranties::withdraw_claim(origin(DEALER), 0), Error::<Test>::NotClaimant);
		assert_noop!(Warranties::withdraw_claim(origin(STRANGER), 0), Error::<Test>::NotAMember);
		assert_noop!(Warranties::withdraw_claim(origin(CUSTOMER), 7), Error::<Test>::UnknownClaim);
		// Any account of the claimant organisation, also after the deadline.
		run_to(5 + RESPONSE_TIME);
		assert_ok!(Warranties::withdraw_claim(origin(CUSTOMER_DEVICE), 0));
		assert_eq!(events().last(), Some(&Event::ClaimWithdrawn { claim: 0 }));
		assert_eq!(Claims::<Test>::get(0).map(|c| c.status), Some(ClaimStatus::Withdrawn));
		assert_eq!(Committed::<Test>::get(w.acme), 0);
		assert!(!OpenClaims::<Test>::contains_key(w.acme, 0));
		assert_noop!(
			Warranties::withdraw_claim(origin(CUSTOMER), 0),
			Error::<Test>::ClaimClosed
		);
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 0),
			Error::<Test>::ClaimClosed
		);
		// The issuer's reserve is free again, and the holder may claim anew.
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 300));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(2), 0));
	});
}

/// The leaked or departed key: a claim filed by a device the customer has since removed,
/// and an admin key rotated out, get nothing; the organisation's admin of record at payout
/// time is paid.
#[test]
fn a_payment_goes_to_the_claimant_organisations_admin_of_record() {
	new_test_ext(|| {
		let w = World::new();
		let (_, first) = w.warranted();
		let second = second_warranty(&w);
		const CUSTOMER_DEVICE: AccountId = 71;
		const CUSTOMER_NEW_ADMIN: AccountId = 72;
		amchain_test_support::add_device::<Test>(CUSTOMER, CUSTOMER_DEVICE, &[Role::Customer]);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 1_000));
		assert_ok!(Warranties::claim(origin(CUSTOMER_DEVICE), first, doc(1), 100));
		assert_ok!(pallet_certifications::Pallet::<Test>::remove_device(
			origin(CUSTOMER),
			CUSTOMER_DEVICE
		));
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 100));
		assert_eq!((free(CUSTOMER_DEVICE), free(CUSTOMER)), (0, FUNDS + 100));

		assert_ok!(Warranties::claim(origin(CUSTOMER), second, doc(2), 200));
		assert_ok!(pallet_certifications::Pallet::<Test>::change_admin(
			origin(CUSTOMER),
			CUSTOMER_NEW_ADMIN
		));
		assert_ok!(pallet_certifications::Pallet::<Test>::accept_admin(
			origin(CUSTOMER_NEW_ADMIN),
			w.customer
		));
		run_to(2 + RESPONSE_TIME);
		assert_ok!(Warranties::rule(RuntimeOrigin::root(), 1, doc(9), 200));
		assert_eq!((free(CUSTOMER), free(CUSTOMER_NEW_ADMIN)), (FUNDS + 100, 200));
		assert_eq!(
			events().last(),
			Some(&Event::Ruled { claim: 1, verdict: doc(9), paid: 200, payee: CUSTOMER_NEW_ADMIN })
		);
	});
}

#[test]
fn amounts_below_the_existential_deposit_are_refused() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		amchain_test_support::ExistentialDeposit::set(10);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), warranty, doc(1), 9),
			Error::<Test>::BelowMinimum
		);
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 50));
		assert_noop!(
			Warranties::approve(origin(ACME), 0, doc(5), 9),
			Error::<Test>::BelowMinimum
		);
		run_to(2 + RESPONSE_TIME);
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 9),
			Error::<Test>::BelowMinimum
		);
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 10));
		assert_eq!(free(CUSTOMER), FUNDS + 10);
		// A remedy without payment asks nothing.
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(2), 0));
		assert_ok!(Warranties::approve(origin(ACME), 1, doc(5), 0));
	});
}

#[test]
fn the_v2_migration_gives_earlier_claims_an_amount_and_a_deadline() {
	use crate::migrations::v2::{v1, MigrateToV2, OldClaim};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext(|| {
		let w = World::new();
		let (_, first) = w.warranted();
		let second = second_warranty(&w);
		let third = second_warranty(&w);
		// Three v1 claims: approved with a payment, rejected, open.
		let old = |warranty, status| OldClaim {
			warranty,
			claimant: w.customer,
			account: CUSTOMER,
			evidence: doc(1),
			filed_at: 1u64,
			status,
		};
		v1::Claims::<Test>::insert(0, old(first, ClaimStatus::Approved { remedy: doc(5), paid: 70 }));
		v1::Claims::<Test>::insert(1, old(second, ClaimStatus::Rejected { reason: doc(6) }));
		v1::Claims::<Test>::insert(2, old(third, ClaimStatus::Open));
		OpenClaims::<Test>::insert(w.acme, 2, ());
		WarrantyRecords::<Test>::mutate(third, |w| {
			if let Some(w) = w {
				w.open_claim = Some(2)
			}
		});
		NextClaimId::<Test>::put(3);
		StorageVersion::new(1).put::<Pallet<Test>>();
		run_to(50);
		#[cfg(feature = "try-runtime")]
		let state = <MigrateToV2<Test> as OnRuntimeUpgrade>::pre_upgrade().expect("pre");
		MigrateToV2::<Test>::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		<MigrateToV2<Test> as OnRuntimeUpgrade>::post_upgrade(state).expect("post");
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(2));
		let c = |id| Claims::<Test>::get(id).expect("migrated");
		assert_eq!((c(0).asked, c(0).respond_by), (70, 1));
		assert_eq!((c(1).asked, c(1).respond_by), (0, 1));
		assert_eq!((c(2).asked, c(2).respond_by, c(2).status), (0, 50 + RESPONSE_TIME, ClaimStatus::Open));
		assert_eq!(c(2).claimant, w.customer);
		// The open claim gets the whole response time from the upgrade.
		assert_ok!(Warranties::reject(origin(ACME), 2, doc(6)));
		// A second run does nothing.
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(c(0).asked, 70);
	});
}
