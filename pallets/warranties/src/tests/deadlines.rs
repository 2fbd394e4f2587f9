//! Item 15 of the records review: the reserve's floor over open claims, withdrawals on
//! notice, the issuer's response deadline and governance's ruling after it, the
//! claimant's withdrawal, payment to the claimant organisation's account of record, and
//! the existential deposit — with the dishonest issuer's, the silent issuer's, the leaked
//! key's and the lone authority's best moves.

use amchain_primitives::{participants::Role, warranties::PendingWithdrawal};
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
		// Nor can it grant less than asked (red team: an approval of nothing pre-empting
		// the council's ruling): less is for the council to decide.
		assert_noop!(Warranties::approve(origin(ACME), 1, doc(5), 0), Error::<Test>::BelowAsked);
		assert_noop!(Warranties::approve(origin(ACME), 1, doc(5), 99), Error::<Test>::BelowAsked);
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
		// What the reserve held is set aside for it; the rest of the ask is not backed.
		assert_eq!(Claims::<Test>::get(0).map(|c| c.covered), Some(80));
		assert_eq!(Committed::<Test>::get(w.acme), 80);
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
		// The claimant's admin, also after the deadline; not a device (a leaked device key
		// must not give up the organisation's claim).
		run_to(5 + RESPONSE_TIME);
		assert_noop!(
			Warranties::withdraw_claim(origin(CUSTOMER_DEVICE), 0),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Warranties::withdraw_claim(origin(CUSTOMER), 0));
		assert_eq!(events().last(), Some(&Event::ClaimWithdrawn { claim: 0 }));
		assert_eq!(Claims::<Test>::get(0).map(|c| c.status), Some(ClaimStatus::Withdrawn));
		assert_eq!(Committed::<Test>::get(w.acme), 0);
		assert!(!OpenClaims::<Test>::contains_key(w.acme, 0));
		assert_noop!(Warranties::withdraw_claim(origin(CUSTOMER), 0), Error::<Test>::ClaimClosed);
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
		let (_, first) = w.warranted();
		let second = second_warranty(&w);
		amchain_test_support::ExistentialDeposit::set(10);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 55));
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), first, doc(1), 9),
			Error::<Test>::BelowMinimum
		);
		assert_ok!(Warranties::claim(origin(CUSTOMER), first, doc(1), 50));
		// 5 left free: below the deposit, so nothing is set aside for the second claim.
		assert_ok!(Warranties::claim(origin(CUSTOMER), second, doc(2), 50));
		assert_eq!(Claims::<Test>::get(1).map(|c| (c.asked, c.covered)), Some((50, 0)));
		assert_noop!(Warranties::approve(origin(ACME), 0, doc(5), 9), Error::<Test>::BelowMinimum);
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 10));
		run_to(2 + RESPONSE_TIME);
		assert_noop!(
			Warranties::rule(RuntimeOrigin::root(), 1, doc(9), 9),
			Error::<Test>::BelowMinimum
		);
		assert_ok!(Warranties::rule(RuntimeOrigin::root(), 1, doc(9), 45));
		assert_eq!(free(CUSTOMER), FUNDS + 55);
		// A remedy without payment asks nothing.
		assert_ok!(Warranties::claim(origin(CUSTOMER), first, doc(3), 0));
		assert_ok!(Warranties::approve(origin(ACME), 2, doc(5), 0));
	});
}

/// Rule 4: an issuer holding a part it warranted does not claim on it (it would judge its
/// own case, and pay itself what the reserve holds for others).
#[test]
fn an_issuer_cannot_claim_on_its_own_warranty() {
	new_test_ext(|| {
		let w = World::new();
		let gear = w.gear();
		assert_ok!(Warranties::issue(
			origin(ACME),
			gear,
			WarrantyKind::New,
			doc(7),
			NEW_TERM,
			vec![]
		));
		assert_ok!(Warranties::fund_reserve(origin(ACME), 100));
		for who in [ACME, ACME_CLERK] {
			assert_noop!(
				Warranties::claim(origin(who), 0, doc(1), 100),
				Error::<Test>::OwnWarranty
			);
		}
	});
}

/// Red team: a colluding organisation buys a warranted part, claims the whole reserve and
/// the issuer approves it at once, leaving an earlier claimant unpaid. What the reserve
/// set aside for a claim is never paid to another.
#[test]
fn a_later_claim_takes_nothing_set_aside_for_an_earlier_one() {
	new_test_ext(|| {
		let w = World::new();
		let (_, honest) = w.warranted();
		let gear = w.gear();
		assert_ok!(Warranties::issue(
			origin(ACME),
			gear,
			WarrantyKind::New,
			doc(7),
			NEW_TERM,
			vec![]
		));
		let colluder = NextWarrantyId::<Test>::get() - 1;
		w.sell(gear, ACME, DEALER, w.dealer);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 1_000));
		assert_ok!(Warranties::claim(origin(CUSTOMER), honest, doc(1), 600));
		assert_ok!(Warranties::claim(origin(DEALER), colluder, doc(2), u64::MAX));
		assert_eq!(Claims::<Test>::get(1).map(|c| c.covered), Some(400));
		assert_eq!(Committed::<Test>::get(w.acme), 1_000);
		assert_noop!(
			Warranties::approve(origin(ACME), 1, doc(5), 1_000),
			Error::<Test>::InsufficientReserve
		);
		assert_noop!(
			Warranties::approve(origin(ACME), 1, doc(5), 401),
			Error::<Test>::InsufficientReserve
		);
		assert_ok!(Warranties::approve(origin(ACME), 1, doc(5), 400));
		// The earlier claim is paid in full whenever it is decided; nothing is free.
		assert_noop!(
			Warranties::withdraw_reserve(origin(ACME), 1),
			Error::<Test>::ReserveCommitted
		);
		run_to(2 + RESPONSE_TIME);
		assert_ok!(Warranties::rule(RuntimeOrigin::root(), 0, doc(9), 600));
		assert_eq!(free(CUSTOMER), FUNDS + 600);
		// A huge ask overflows nothing: later holders still claim.
		let third = second_warranty(&w);
		assert_ok!(Warranties::claim(origin(CUSTOMER), third, doc(3), u64::MAX));
		assert_eq!(Committed::<Test>::get(w.acme), 0);
	});
}

/// Red team: an announcement left standing would let the issuer complete it at a moment
/// of its choosing, long after holders stopped watching. It lapses one notice after it
/// opens.
#[test]
fn an_announced_withdrawal_lapses() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 500));
		assert_eq!(
			Warranties::reserve_view(w.acme).and_then(|r| r.withdrawal),
			Some(PendingWithdrawal { amount: 500, at: 1 + NOTICE, until: 1 + 2 * NOTICE })
		);
		run_to(2 + 2 * NOTICE);
		assert_noop!(
			Warranties::complete_withdrawal(origin(ACME)),
			Error::<Test>::WithdrawalLapsed
		);
		// Announced again, it waits a whole notice again.
		assert_ok!(Warranties::withdraw_reserve(origin(ACME), 500));
		run_to(1 + 3 * NOTICE);
		assert_noop!(Warranties::complete_withdrawal(origin(ACME)), Error::<Test>::NoticeRunning);
		run_to(2 + 3 * NOTICE);
		assert_ok!(Warranties::complete_withdrawal(origin(ACME)));
		assert!(Warranties::reserve_view(w.acme).is_none());
	});
}

/// Red team: a holder that claimed and then sold the part kept the warranty's one open
/// claim, so the buyer could not claim, and a ruling would have paid the seller. The
/// warranty is the new holder's: its claim closes the former holder's.
#[test]
fn a_new_holders_claim_closes_the_former_holders() {
	new_test_ext(|| {
		let w = World::new();
		let (part, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 300));
		w.sell(part, CUSTOMER, DEALER, w.dealer);
		assert_ok!(Warranties::claim(origin(DEALER), warranty, doc(2), 200));
		let status = |id| Claims::<Test>::get(id).map(|c| c.status);
		assert_eq!(status(0), Some(ClaimStatus::Withdrawn));
		assert_eq!(status(1), Some(ClaimStatus::Open));
		assert!(events().contains(&Event::ClaimSuperseded { claim: 0, by: 1 }));
		assert_eq!(Committed::<Test>::get(w.acme), 200);
		assert_eq!(WarrantyRecords::<Test>::get(warranty).and_then(|w| w.open_claim), Some(1));
		// The same holder still files one claim at a time.
		assert_noop!(
			Warranties::claim(origin(DEALER), warranty, doc(3), 0),
			Error::<Test>::ClaimOpen
		);
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), warranty, doc(3), 0),
			Error::<Test>::NotHolder
		);
	});
}

/// Rule 3 and the leaked key: after an admin key rotation the reserve, held on the old
/// key's account, is not stranded: the new admin moves it (held) to its own account;
/// devices cannot.
#[test]
fn a_new_admin_moves_the_reserve_to_its_account() {
	new_test_ext(|| {
		let w = World::new();
		const ACME_NEW_ADMIN: AccountId = 32;
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 200));
		assert_noop!(Warranties::move_reserve(origin(ACME)), Error::<Test>::ReserveHeldHere);
		assert_ok!(pallet_certifications::Pallet::<Test>::change_admin(
			origin(ACME),
			ACME_NEW_ADMIN
		));
		assert_ok!(pallet_certifications::Pallet::<Test>::accept_admin(
			origin(ACME_NEW_ADMIN),
			w.acme
		));
		assert_noop!(Warranties::withdraw_reserve(origin(ACME), 100), Error::<Test>::NotAMember);
		assert_noop!(
			Warranties::withdraw_reserve(origin(ACME_NEW_ADMIN), 100),
			Error::<Test>::NotReserveAccount
		);
		assert_noop!(Warranties::move_reserve(origin(ACME_CLERK)), Error::<Test>::NotAdmin);
		assert_noop!(
			Warranties::move_reserve(origin(CUSTOMER)),
			Error::<Test>::InsufficientReserve
		);
		// A new account must exist before it holds anything.
		assert_noop!(
			Warranties::move_reserve(origin(ACME_NEW_ADMIN)),
			Error::<Test>::InsufficientFunds
		);
		assert_ok!(Balances::transfer_allow_death(origin(STRANGER), ACME_NEW_ADMIN, 100));
		assert_ok!(Warranties::move_reserve(origin(ACME_NEW_ADMIN)));
		assert_eq!(
			events().last(),
			Some(&Event::ReserveMoved { issuer: w.acme, from: ACME, to: ACME_NEW_ADMIN })
		);
		assert_eq!((reserved(ACME), reserved(ACME_NEW_ADMIN)), (0, 500));
		assert_eq!(free(ACME), FUNDS - 500);
		// The claim is still covered, and paid from the moved reserve.
		assert_ok!(Warranties::approve(origin(ACME_NEW_ADMIN), 0, doc(5), 200));
		assert_eq!((reserved(ACME_NEW_ADMIN), free(CUSTOMER)), (300, FUNDS + 200));
		assert_eq!(free(ACME_NEW_ADMIN), 100);
		assert_ok!(Warranties::withdraw_reserve(origin(ACME_NEW_ADMIN), 300));
	});
}

/// The silent issuer and a silent council: the claim ends anyway. After the ruling time
/// anyone settles it, paying what the reserve set aside for it.
#[test]
fn a_claim_nobody_decides_is_paid_what_it_covered() {
	new_test_ext(|| {
		let w = World::new();
		let (_, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 120));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 200));
		assert_eq!(Claims::<Test>::get(0).map(|c| c.covered), Some(120));
		run_to(1 + 2 * RESPONSE_TIME);
		assert_noop!(
			Warranties::settle_overdue(origin(STRANGER), 0),
			Error::<Test>::RulingTimeRunning
		);
		run_to(2 + 2 * RESPONSE_TIME);
		assert_noop!(Warranties::settle_overdue(origin(STRANGER), 7), Error::<Test>::UnknownClaim);
		assert_ok!(Warranties::settle_overdue(origin(STRANGER), 0));
		assert_eq!(
			events().last(),
			Some(&Event::Defaulted { claim: 0, paid: 120, payee: CUSTOMER })
		);
		assert_eq!(
			Claims::<Test>::get(0).map(|c| c.status),
			Some(ClaimStatus::Defaulted { paid: 120 })
		);
		assert_eq!((reserved(ACME), free(CUSTOMER)), (0, FUNDS + 120));
		assert!(!Reserves::<Test>::contains_key(w.acme));
		assert_noop!(Warranties::settle_overdue(origin(STRANGER), 0), Error::<Test>::ClaimClosed);
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
		v1::Claims::<Test>::insert(
			0,
			old(first, ClaimStatus::Approved { remedy: doc(5), paid: 70 }),
		);
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
		// The open claim: no cap on what it may be paid (v1 had none), nothing set aside,
		// the whole response time from the upgrade.
		assert_eq!(
			(c(2).asked, c(2).covered, c(2).respond_by, c(2).status),
			(u64::MAX, 0, 50 + RESPONSE_TIME, ClaimStatus::Open)
		);
		assert_eq!(c(2).claimant, w.customer);
		run_to(50 + RESPONSE_TIME);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 100));
		assert_ok!(Warranties::approve(origin(ACME), 2, doc(5), 70));
		// A second run does nothing.
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(c(0).asked, 70);
	});
}

/// Red team: a former holder's claim past the issuer's deadline is due to it (the council
/// or the default pays what was due when it was filed); a buyer's claim must not wipe it.
#[test]
fn a_former_holders_overdue_claim_is_not_superseded() {
	new_test_ext(|| {
		let w = World::new();
		let (part, warranty) = w.warranted();
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_ok!(Warranties::claim(origin(CUSTOMER), warranty, doc(1), 300));
		w.sell(part, CUSTOMER, DEALER, w.dealer);
		run_to(2 + RESPONSE_TIME);
		assert_noop!(
			Warranties::claim(origin(DEALER), warranty, doc(2), 0),
			Error::<Test>::ClaimOpen
		);
		run_to(2 + 2 * RESPONSE_TIME);
		assert_ok!(Warranties::settle_overdue(origin(STRANGER), 0));
		assert_eq!(free(CUSTOMER), FUNDS + 300);
		assert_ok!(Warranties::claim(origin(DEALER), warranty, doc(2), 0));
	});
}

/// The leaked device key: an issuer's device approves remedies, but paying from the
/// reserve is the admin's act.
#[test]
fn a_device_does_not_pay_from_the_reserve() {
	new_test_ext(|| {
		let w = World::new();
		let (_, first) = w.warranted();
		let second = second_warranty(&w);
		assert_ok!(Warranties::fund_reserve(origin(ACME), 500));
		assert_ok!(Warranties::claim(origin(CUSTOMER), first, doc(1), 300));
		assert_ok!(Warranties::claim(origin(CUSTOMER), second, doc(2), 0));
		assert_noop!(
			Warranties::approve(origin(ACME_CLERK), 0, doc(5), 300),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Warranties::approve(origin(ACME_CLERK), 1, doc(5), 0));
		assert_ok!(Warranties::approve(origin(ACME), 0, doc(5), 300));
		assert_eq!(free(CUSTOMER), FUNDS + 300);
	});
}
