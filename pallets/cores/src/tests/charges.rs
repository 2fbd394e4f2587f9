//! Core deposits: offered by the seller, paid by the buyer, refunded for a core of the
//! type returned in time, forfeited to the seller after the term.

use amchain_primitives::{
	participants::Role,
	parts::{Handover, Item},
};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The dealer sells a new gear to the customer with a deposit of 500, to be returned
/// within 50 blocks of its delivery; the gear reaches the customer, which pays the
/// deposit, and the dealer records the delivery. Returns the sold gear and the deposit.
fn sale_with_deposit(w: &World) -> (PartId, ChargeId) {
	let part = w.gear();
	w.sell(part, ACME, DEALER, w.dealer);
	let charge = NextChargeId::<Test>::get();
	assert_ok!(Cores::offer_charge(origin(DEALER), part, w.customer, 500, 50));
	w.sell(part, DEALER, CUSTOMER, w.customer);
	assert_ok!(Cores::pay_charge(origin(CUSTOMER), charge));
	assert_ok!(Cores::note_delivery(origin(DEALER), charge));
	(part, charge)
}

#[test]
fn a_seller_asks_for_a_deposit_and_the_buyer_pays_it() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), part, w.customer, 500, 50));
		assert_eq!(
			events().last(),
			Some(&Event::ChargeOffered {
				charge: 0,
				part,
				seller: w.acme,
				buyer: w.customer,
				amount: 500,
				return_by: 51
			})
		);
		assert_ok!(Cores::pay_charge(origin(CUSTOMER), 0));
		assert_eq!((held(CUSTOMER), free(CUSTOMER)), ((0, 500), FUNDS - 500));
		assert_eq!(Charges::<Test>::get(0).and_then(|c| c.paid_by), Some(CUSTOMER));
		assert_eq!(events().last(), Some(&Event::ChargePaid { charge: 0, account: CUSTOMER }));
		assert_eq!(Cores::charge_view(0).map(|c| (c.part_type, c.amount)), Some((w.gear, 500)));
	});
}

#[test]
fn a_deposit_needs_the_owner_a_buyer_an_amount_and_a_term() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		let offer =
			|who, buyer, amount, term| Cores::offer_charge(origin(who), part, buyer, amount, term);
		assert_noop!(offer(DEALER, w.customer, 500, 50), Error::<Test>::NotOwner);
		assert_noop!(offer(STRANGER, w.customer, 500, 50), Error::<Test>::NotAMember);
		assert_noop!(offer(ACME, w.acme, 500, 50), Error::<Test>::InvalidParticipant);
		assert_noop!(offer(ACME, 99, 500, 50), Error::<Test>::InvalidParticipant);
		assert_noop!(offer(ACME, w.customer, 0, 50), Error::<Test>::ZeroAmount);
		// Refunded to the buyer's organisation or paid to the seller, it must be an amount
		// an empty account can receive.
		amchain_test_support::ExistentialDeposit::set(50);
		assert_noop!(offer(ACME, w.customer, 49, 50), Error::<Test>::BelowMinimum);
		assert_ok!(offer(ACME, w.customer, 50, 50));
		assert_noop!(offer(ACME, w.customer, 500, 0), Error::<Test>::InvalidTerm);
		assert_noop!(offer(ACME, w.customer, 500, u64::MAX), Error::<Test>::Overflow);
		assert_noop!(
			Cores::offer_charge(origin(ACME), 99, w.customer, 500, 50),
			Error::<Test>::UnknownPart
		);
	});
}

#[test]
fn only_the_buyer_pays_once_and_in_time() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), part, w.customer, 500, 50));
		assert_noop!(Cores::pay_charge(origin(DEALER), 0), Error::<Test>::NotBuyer);
		assert_noop!(Cores::pay_charge(origin(STRANGER), 0), Error::<Test>::NotAMember);
		assert_noop!(Cores::pay_charge(origin(CUSTOMER), 9), Error::<Test>::UnknownCharge);
		let other = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), other, w.customer, FUNDS + 1, 50));
		assert_noop!(Cores::pay_charge(origin(CUSTOMER), 1), Error::<Test>::InsufficientFunds);
		assert_ok!(Cores::pay_charge(origin(CUSTOMER), 0));
		assert_noop!(Cores::pay_charge(origin(CUSTOMER), 0), Error::<Test>::AlreadyPaid);
		run_to(51);
		let third = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), third, w.customer, 5, 1));
		run_to(52);
		assert_noop!(Cores::pay_charge(origin(CUSTOMER), 2), Error::<Test>::ChargeExpired);
	});
}

#[test]
fn the_seller_withdraws_an_unpaid_deposit_only() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), part, w.customer, 500, 50));
		assert_noop!(Cores::cancel_charge(origin(CUSTOMER), 0), Error::<Test>::NotSeller);
		assert_noop!(Cores::cancel_charge(origin(ACME), 9), Error::<Test>::UnknownCharge);
		assert_ok!(Cores::cancel_charge(origin(ACME), 0));
		assert!(!Charges::<Test>::contains_key(0));
		assert_eq!(events().last(), Some(&Event::ChargeCancelled { charge: 0 }));
		let (_, paid) = sale_with_deposit(&w);
		assert_noop!(Cores::cancel_charge(origin(DEALER), paid), Error::<Test>::AlreadyPaid);
	});
}

#[test]
fn a_core_of_the_type_returned_in_time_refunds_the_deposit() {
	new_test_ext(|| {
		let w = World::new();
		let (_, charge) = sale_with_deposit(&w);
		// Any core of the type will do: here an old gear the customer owned.
		let old = w.gear();
		w.sell(old, ACME, CUSTOMER, w.customer);
		run_to(50);
		assert_ok!(Cores::return_core(origin(CUSTOMER), old, doc(3), Some(charge)));
		assert_eq!((held(CUSTOMER), free(CUSTOMER)), ((0, 0), FUNDS));
		assert!(!Charges::<Test>::contains_key(charge));
		assert_eq!(
			events().last(),
			Some(&Event::ChargeRefunded { charge, core: old, account: CUSTOMER, amount: 500 })
		);
	});
}

#[test]
fn a_return_refunds_only_the_buyers_paid_deposit_for_the_type_in_time() {
	new_test_ext(|| {
		let w = World::new();
		let (sold, charge) = sale_with_deposit(&w);
		let ret = |who, part, charge| Cores::return_core(origin(who), part, doc(3), Some(charge));
		// Another owner's core does not redeem the customer's deposit.
		let dealers = w.gear();
		w.sell(dealers, ACME, DEALER, w.dealer);
		assert_noop!(ret(DEALER, dealers, charge), Error::<Test>::NotBuyer);
		assert_noop!(ret(CUSTOMER, sold, 9), Error::<Test>::UnknownCharge);
		// A core of another type.
		let shaft = w.part_of_another_type();
		w.sell(shaft, ACME, CUSTOMER, w.customer);
		assert_noop!(ret(CUSTOMER, shaft, charge), Error::<Test>::WrongPartType);
		// An unpaid deposit.
		let another = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), another, w.customer, 5, 50));
		let unpaid = charge + 1;
		assert_noop!(ret(CUSTOMER, sold, unpaid), Error::<Test>::NotPaid);
		// Too late.
		run_to(51);
		assert_noop!(ret(CUSTOMER, sold, charge), Error::<Test>::ChargeExpired);
		assert_eq!(held(CUSTOMER), (0, 500));
	});
}

#[test]
fn after_the_term_the_deposit_goes_to_the_seller() {
	new_test_ext(|| {
		let w = World::new();
		let (_, charge) = sale_with_deposit(&w);
		assert_noop!(Cores::forfeit_charge(origin(STRANGER), charge), Error::<Test>::ChargeNotDue);
		run_to(51);
		assert_ok!(Cores::forfeit_charge(origin(STRANGER), charge));
		assert_eq!((held(CUSTOMER), free(CUSTOMER)), ((0, 0), FUNDS - 500));
		assert_eq!(free(DEALER), FUNDS + 500);
		assert!(!Charges::<Test>::contains_key(charge));
		assert_eq!(
			events().last(),
			Some(&Event::ChargeForfeited { charge, account: DEALER, amount: 500 })
		);
		assert_noop!(Cores::forfeit_charge(origin(STRANGER), charge), Error::<Test>::UnknownCharge);
		// An unpaid deposit is not forfeited: nothing is held.
		let part = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), part, w.customer, 5, 1));
		run_to(60);
		assert_noop!(Cores::forfeit_charge(origin(STRANGER), charge + 1), Error::<Test>::NotPaid);
	});
}

/// RT-5 (red team 2026-11-30): a forfeited deposit goes to the seller organisation's
/// account of record at payout time, not to the key that asked for it (here rotated out);
/// and a device may not ask for one.
#[test]
fn a_forfeited_deposit_pays_the_organisation_not_the_asking_key() {
	new_test_ext(|| {
		let w = World::new();
		const DEALER_DEVICE: AccountId = 93;
		const DEALER_NEW_ADMIN: AccountId = 94;
		amchain_test_support::add_device::<Test>(DEALER, DEALER_DEVICE, &[Role::Supplier]);
		let part = w.gear();
		w.sell(part, ACME, DEALER, w.dealer);
		assert_noop!(
			Cores::offer_charge(origin(DEALER_DEVICE), part, w.customer, 500, 50),
			Error::<Test>::NotAdmin
		);
		let charge = NextChargeId::<Test>::get();
		assert_ok!(Cores::offer_charge(origin(DEALER), part, w.customer, 500, 50));
		w.sell(part, DEALER, CUSTOMER, w.customer);
		assert_ok!(Cores::pay_charge(origin(CUSTOMER), charge));
		assert_ok!(Cores::note_delivery(origin(STRANGER), charge));
		assert_ok!(pallet_certifications::Pallet::<Test>::change_admin(
			origin(DEALER),
			DEALER_NEW_ADMIN
		));
		assert_ok!(pallet_certifications::Pallet::<Test>::accept_admin(
			origin(DEALER_NEW_ADMIN),
			w.dealer
		));
		let before = free(DEALER);
		run_to(51);
		assert_ok!(Cores::forfeit_charge(origin(STRANGER), charge));
		assert_eq!(free(DEALER_NEW_ADMIN), 500);
		assert_eq!(free(DEALER), before, "the old key is not paid");
		assert_eq!(
			events().last(),
			Some(&Event::ChargeForfeited { charge, account: DEALER_NEW_ADMIN, amount: 500 })
		);
	});
}

/// The dealer asks the customer for a deposit of 500 on a gear it still holds, to be
/// delivered (and then a core returned) within 50 blocks; the customer pays at once.
fn deposit_before_delivery(w: &World) -> (PartId, ChargeId) {
	let part = w.gear();
	w.sell(part, ACME, DEALER, w.dealer);
	let charge = NextChargeId::<Test>::get();
	assert_ok!(Cores::offer_charge(origin(DEALER), part, w.customer, 500, 50));
	assert_ok!(Cores::pay_charge(origin(CUSTOMER), charge));
	(part, charge)
}

/// Issue 18 item 14: the return term runs from the part's delivery, not from the request.
#[test]
fn the_return_term_starts_when_the_part_reaches_the_buyer() {
	new_test_ext(|| {
		let w = World::new();
		let (part, charge) = deposit_before_delivery(&w);
		assert_eq!(Charges::<Test>::get(charge).map(|c| c.delivered_at), Some(None));
		assert_noop!(Cores::note_delivery(origin(DEALER), charge), Error::<Test>::NotDelivered);
		run_to(30);
		w.sell(part, DEALER, CUSTOMER, w.customer);
		assert_ok!(Cores::note_delivery(origin(STRANGER), charge));
		assert_eq!(events().last(), Some(&Event::ChargeDelivered { charge, return_by: 80 }));
		assert_eq!(
			Cores::charge_view(charge).map(|c| (c.delivered_at, c.return_by)),
			Some((Some(30), 80))
		);
		assert_noop!(Cores::note_delivery(origin(DEALER), charge), Error::<Test>::AlreadyDelivered);
		// The term runs: no refund for want of delivery.
		assert_noop!(
			Cores::refund_undelivered(origin(CUSTOMER), charge),
			Error::<Test>::ChargeNotDue
		);
		// Under v1 the term would have ended at 51; now the customer has until 80.
		run_to(60);
		assert_noop!(Cores::forfeit_charge(origin(DEALER), charge), Error::<Test>::ChargeNotDue);
		run_to(80);
		assert_ok!(Cores::forfeit_charge(origin(DEALER), charge));
		assert_eq!(free(DEALER), FUNDS + 500);
	});
}

#[test]
fn note_delivery_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let (_, charge) = deposit_before_delivery(&w);
		assert_noop!(
			Cores::note_delivery(RuntimeOrigin::none(), charge),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(Cores::note_delivery(origin(DEALER), 99), Error::<Test>::UnknownCharge);
		assert_noop!(
			Cores::refund_undelivered(RuntimeOrigin::none(), charge),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(Cores::refund_undelivered(origin(DEALER), 99), Error::<Test>::UnknownCharge);
	});
}

/// A buyer that holds the part already when the deposit is asked for has it: the term
/// starts at once.
#[test]
fn a_part_the_buyer_holds_already_counts_as_delivered() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		w.sell(part, ACME, DEALER, w.dealer);
		// Consignment: custody with the customer, ownership still the dealer's.
		assert_ok!(Parts::offer(origin(DEALER), Item::Part(part), Handover::Custody, w.customer));
		assert_ok!(Parts::accept_offer(
			origin(CUSTOMER),
			Item::Part(part),
			Handover::Custody,
			None
		));
		run_to(5);
		assert_ok!(Cores::offer_charge(origin(DEALER), part, w.customer, 500, 50));
		assert_eq!(
			Charges::<Test>::get(0).map(|c| (c.delivered_at, c.return_by)),
			Some((Some(5), 55))
		);
	});
}

/// The seller's best move: take the deposit and never deliver. The seller gets nothing
/// (`NotDelivered`), and after the deadline anyone sends the deposit back to the buyer's
/// organisation.
#[test]
fn an_undelivered_part_earns_the_seller_nothing_and_the_deposit_goes_back() {
	new_test_ext(|| {
		let w = World::new();
		let (_, charge) = deposit_before_delivery(&w);
		assert_noop!(
			Cores::refund_undelivered(origin(CUSTOMER), charge),
			Error::<Test>::ChargeNotDue
		);
		run_to(51);
		assert_noop!(Cores::forfeit_charge(origin(DEALER), charge), Error::<Test>::NotDelivered);
		assert_ok!(Cores::refund_undelivered(origin(STRANGER), charge));
		assert_eq!((held(CUSTOMER), free(CUSTOMER)), ((0, 0), FUNDS));
		assert!(!Charges::<Test>::contains_key(charge));
		assert_eq!(
			events().last(),
			Some(&Event::ChargeUndelivered { charge, account: Some(CUSTOMER), amount: 500 })
		);
		// An unpaid request past its deadline just ends.
		let part = w.gear();
		assert_ok!(Cores::offer_charge(origin(ACME), part, w.customer, 5, 1));
		run_to(60);
		assert_ok!(Cores::refund_undelivered(origin(STRANGER), charge + 1));
		assert_eq!(
			events().last(),
			Some(&Event::ChargeUndelivered { charge: charge + 1, account: None, amount: 5 })
		);
	});
}

/// The buyer's best move: take the part, pass its custody on at once (so it does not
/// hold it when anyone looks) and claim it never came. The part's history shows the
/// receipt: the delivery is recorded instead, nothing is refunded, and the term runs.
#[test]
fn a_buyer_that_passes_the_part_on_cannot_claim_it_never_came() {
	new_test_ext(|| {
		let w = World::new();
		let (part, charge) = deposit_before_delivery(&w);
		w.sell(part, DEALER, CUSTOMER, w.customer);
		assert_ok!(Parts::offer(origin(CUSTOMER), Item::Part(part), Handover::Custody, w.reman));
		assert_ok!(Parts::accept_offer(origin(REMAN), Item::Part(part), Handover::Custody, None));
		run_to(51);
		assert_ok!(Cores::refund_undelivered(origin(CUSTOMER), charge));
		assert_eq!(events().last(), Some(&Event::ChargeDelivered { charge, return_by: 101 }));
		assert_eq!(held(CUSTOMER), (0, 500), "still held");
		run_to(101);
		assert_ok!(Cores::forfeit_charge(origin(DEALER), charge));
	});
}

/// A long history is read `MAX_DELIVERY_SCAN` records a call, the position kept: the
/// refund waits until the whole history has been read, and a receipt found on the way
/// counts.
#[test]
fn a_long_history_is_read_in_bounded_steps() {
	new_test_ext(|| {
		let w = World::new();
		let (part, charge) = deposit_before_delivery(&w);
		for _ in 0..charges::MAX_DELIVERY_SCAN + 3 {
			assert_ok!(Parts::report(
				origin(DEALER),
				Item::Part(part),
				pallet_parts::ReportKind::Inspection,
				doc(1),
				None
			));
		}
		let read_from = Charges::<Test>::get(charge).map(|c| c.read_from).expect("asked");
		run_to(51);
		assert_ok!(Cores::refund_undelivered(origin(CUSTOMER), charge));
		let next = read_from + charges::MAX_DELIVERY_SCAN;
		assert_eq!(events().last(), Some(&Event::ChargeHistoryRead { charge, next }));
		assert_eq!(held(CUSTOMER), (0, 500), "not refunded before the history is read");
		assert_ok!(Cores::refund_undelivered(origin(CUSTOMER), charge));
		assert_eq!(held(CUSTOMER), (0, 0));
	});
}

#[test]
fn the_v2_migration_keeps_old_deposits_on_their_terms() {
	use crate::migrations::v2::{MigrateToV2, OldCoreCharge};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	new_test_ext(|| {
		let w = World::new();
		let (part, charge) = deposit_before_delivery(&w);
		let c = Charges::<Test>::get(charge).expect("asked");
		let old = OldCoreCharge {
			seller: c.seller,
			seller_account: c.seller_account,
			buyer: c.buyer,
			part,
			part_type: c.part_type,
			amount: c.amount,
			paid_by: c.paid_by,
			return_by: c.return_by,
		};
		frame_support::storage::unhashed::put(&Charges::<Test>::hashed_key_for(charge), &old);
		// v1 had no wait for delivery.
		AwaitingDelivery::<Test>::remove(part);
		StorageVersion::new(1).put::<Cores>();
		run_to(7);
		#[cfg(feature = "try-runtime")]
		let state = <MigrateToV2<Test> as OnRuntimeUpgrade>::pre_upgrade().expect("pre");
		MigrateToV2::<Test>::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		<MigrateToV2<Test> as OnRuntimeUpgrade>::post_upgrade(state).expect("post");
		assert_eq!(Cores::on_chain_storage_version(), 2);
		let new = Charges::<Test>::get(charge).expect("kept");
		assert_eq!((new.return_by, new.delivered_at, new.paid_by), (51, Some(7), Some(CUSTOMER)));
		// As under v1: forfeited to the seller after block 51.
		run_to(51);
		assert_ok!(Cores::forfeit_charge(origin(STRANGER), charge));
	});
}

/// Red team F1: a part delivered inside an assembly leaves no receipt in its own
/// history. A deposit is asked for a part standing alone only, and until delivered the
/// part is locked: the seller cannot install it into something it then hands over.
#[test]
fn a_part_awaiting_delivery_stands_alone_and_cannot_be_installed() {
	new_test_ext(|| {
		let w = World::new();
		let (box_, gear) = (w.gear(), w.part_of_another_type());
		assert_ok!(Parts::install(origin(ACME), gear, box_));
		assert_noop!(
			Cores::offer_charge(origin(ACME), gear, w.customer, 500, 50),
			Error::<Test>::PartInstalled
		);
		assert_ok!(Parts::uninstall(origin(ACME), gear));
		assert_ok!(Cores::offer_charge(origin(ACME), gear, w.customer, 500, 50));
		assert_eq!(AwaitingDelivery::<Test>::get(gear), Some(0));
		assert_noop!(
			Cores::offer_charge(origin(ACME), gear, w.customer, 700, 50),
			Error::<Test>::DeliveryAwaited
		);
		assert_noop!(
			Parts::install(origin(ACME), gear, box_),
			pallet_parts::Error::<Test>::AssemblyLocked
		);
		// Delivered: the lock ends with the wait.
		w.sell(gear, ACME, CUSTOMER, w.customer);
		assert_ok!(Cores::note_delivery(origin(ACME), 0));
		assert_eq!(AwaitingDelivery::<Test>::get(gear), None);
	});
}

/// Red team F2: the buyer passes the part on just before the request lands, so it is made
/// as undelivered, and pays at once. The seller is not bound to wait for the deadline: it
/// withdraws the paid request, and the deposit goes back to the buyer's organisation.
#[test]
fn the_seller_withdraws_a_paid_request_whose_part_never_came() {
	new_test_ext(|| {
		let w = World::new();
		let (_, charge) = deposit_before_delivery(&w);
		assert_noop!(Cores::cancel_charge(origin(CUSTOMER), charge), Error::<Test>::NotSeller);
		assert_ok!(Cores::cancel_charge(origin(DEALER), charge));
		assert_eq!((held(CUSTOMER), free(CUSTOMER)), ((0, 0), FUNDS));
		assert_eq!(
			events().last(),
			Some(&Event::ChargeWithdrawn { charge, account: CUSTOMER, amount: 500 })
		);
		assert!(AwaitingDelivery::<Test>::iter().next().is_none());
		// A delivered, paid one cannot be withdrawn: the term runs.
		let (_, delivered) = sale_with_deposit(&w);
		assert_noop!(Cores::cancel_charge(origin(DEALER), delivered), Error::<Test>::AlreadyPaid);
	});
}

/// Red team F4: a delivered request nobody paid does not wait on the seller: after its
/// term anyone ends it.
#[test]
fn an_unpaid_request_ends_after_its_term_delivered_or_not() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		w.sell(part, ACME, DEALER, w.dealer);
		assert_ok!(Cores::offer_charge(origin(DEALER), part, w.customer, 500, 50));
		w.sell(part, DEALER, CUSTOMER, w.customer);
		assert_ok!(Cores::note_delivery(origin(STRANGER), 0));
		assert_noop!(Cores::refund_undelivered(origin(STRANGER), 0), Error::<Test>::ChargeNotDue);
		run_to(51);
		assert_noop!(Cores::pay_charge(origin(CUSTOMER), 0), Error::<Test>::ChargeExpired);
		assert_ok!(Cores::refund_undelivered(origin(STRANGER), 0));
		assert_eq!(events().last(), Some(&Event::ChargeCancelled { charge: 0 }));
		assert!(!Charges::<Test>::contains_key(0));
	});
}

/// Red team (rule 1): the refund for a returned core goes to the buyer organisation's
/// account of record at the refund, not to the key that paid, which has since been
/// rotated out.
#[test]
fn a_refund_for_a_returned_core_pays_the_organisation_not_a_rotated_out_key() {
	new_test_ext(|| {
		let w = World::new();
		let (_, charge) = sale_with_deposit(&w);
		let old = w.gear();
		w.sell(old, ACME, CUSTOMER, w.customer);
		const CUSTOMER_NEW_ADMIN: AccountId = 95;
		assert_ok!(pallet_certifications::Pallet::<Test>::change_admin(
			origin(CUSTOMER),
			CUSTOMER_NEW_ADMIN
		));
		assert_ok!(pallet_certifications::Pallet::<Test>::accept_admin(
			origin(CUSTOMER_NEW_ADMIN),
			w.customer
		));
		let before = free(CUSTOMER);
		assert_ok!(Cores::return_core(origin(CUSTOMER_NEW_ADMIN), old, doc(3), Some(charge)));
		assert_eq!(held(CUSTOMER), (0, 0));
		assert_eq!(free(CUSTOMER), before, "the rotated-out key gets nothing");
		assert_eq!(free(CUSTOMER_NEW_ADMIN), 500);
		assert_eq!(
			events().last(),
			Some(&Event::ChargeRefunded {
				charge,
				core: old,
				account: CUSTOMER_NEW_ADMIN,
				amount: 500
			})
		);
	});
}
