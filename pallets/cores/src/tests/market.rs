//! The open core market: listing, held bids, withdrawal, atomic sale, cancellation.

use amchain_primitives::{
	participants::Role,
	parts::{Handover, Item, PartsInspector},
};
use frame_support::{assert_noop, assert_ok, traits::Get};
use pallet_parts::RecallTarget;

use crate::{mock::*, *};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// A graded core the customer listed at a reserve of 100.
fn listed(w: &World) -> PartId {
	let part = w.graded_core(Grade::A);
	assert_ok!(Cores::list(origin(CUSTOMER), part, 100));
	part
}

#[test]
fn an_owner_lists_a_core() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		let listing = Listings::<Test>::get(part).expect("listed");
		assert_eq!(
			(listing.seller, listing.seller_account, listing.reserve),
			(w.customer, CUSTOMER, 100)
		);
		assert_eq!((listing.best, listing.bids, listing.listed_at), (None, 0, 1));
		assert_eq!(
			events().last(),
			Some(&Event::Listed { part, seller: w.customer, reserve: 100 })
		);
	});
}

#[test]
fn only_an_owner_lists_a_core_once_at_or_above_the_existential_deposit() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.graded_core(Grade::A);
		assert_noop!(Cores::list(origin(REMAN), part, 100), Error::<Test>::NotOwner);
		assert_noop!(Cores::list(origin(STRANGER), part, 100), Error::<Test>::NotAMember);
		assert_noop!(Cores::list(origin(CUSTOMER), part, 0), Error::<Test>::ZeroAmount);
		// The winning bid is paid to the seller: a reserve below the existential deposit
		// could end in a sale whose payment an empty account refuses.
		amchain_test_support::ExistentialDeposit::set(100);
		assert_noop!(Cores::list(origin(CUSTOMER), part, 99), Error::<Test>::BelowMinimum);
		let fresh = w.gear();
		assert_noop!(Cores::list(origin(ACME), fresh, 100), Error::<Test>::NotACore);
		assert_noop!(Cores::list(origin(ACME), 99, 100), Error::<Test>::UnknownPart);
		assert_ok!(Cores::list(origin(CUSTOMER), part, 100));
		assert_noop!(Cores::list(origin(CUSTOMER), part, 200), Error::<Test>::ListingOpen);
	});
}

#[test]
fn a_bid_is_held_and_can_be_raised() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_eq!(held(REMAN), (150, 0));
		assert_eq!(free(REMAN), FUNDS - 150);
		assert_eq!(
			events().last(),
			Some(&Event::BidPlaced { part, account: REMAN, bidder: w.reman, amount: 150 })
		);
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		assert_eq!(Listings::<Test>::get(part).and_then(|l| l.best), Some(OTHER_REMAN));
		// Raising holds only the difference.
		assert_ok!(Cores::bid(origin(REMAN), part, 250));
		assert_eq!(held(REMAN), (250, 0));
		assert_eq!(Listings::<Test>::get(part).map(|l| (l.best, l.bids)), Some((Some(REMAN), 2)));
		// Two accounts of one organisation bid separately.
		assert_ok!(Cores::bid(origin(REMAN_BUYER), part, 300));
		assert_eq!(Bids::<Test>::get(part, REMAN_BUYER).map(|b| b.bidder), Some(w.reman));
	});
}

#[test]
fn bids_below_the_reserve_or_the_best_are_refused() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_noop!(Cores::bid(origin(REMAN), part, 99), Error::<Test>::BelowReserve);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_noop!(Cores::bid(origin(OTHER_REMAN), part, 150), Error::<Test>::BidTooLow);
		// The best bidder cannot lower (or repeat) its own bid either.
		assert_noop!(Cores::bid(origin(REMAN), part, 150), Error::<Test>::BidTooLow);
		assert_noop!(
			Cores::bid(origin(OTHER_REMAN), part, FUNDS + 1),
			Error::<Test>::InsufficientFunds
		);
		assert_noop!(Cores::bid(origin(CUSTOMER), part, 500), Error::<Test>::OwnCore);
		assert_noop!(Cores::bid(origin(STRANGER), part, 500), Error::<Test>::NotAMember);
		let unlisted = w.graded_core(Grade::A);
		assert_noop!(Cores::bid(origin(REMAN), unlisted, 500), Error::<Test>::NotListed);
	});
}

/// RT-7 (red team 2026-11-30): `MaxBids` (3 here) bids fill a listing just above the
/// reserve; a higher bid still gets in, and the lowest is released. Before, it got
/// `TooManyBids`, so a few accounts shut every higher bidder out.
#[test]
fn squatters_cannot_shut_out_a_higher_bid() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 101));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 102));
		assert_ok!(Cores::bid(origin(DEALER), part, 103));
		assert_eq!(Listings::<Test>::get(part).map(|l| l.bids), Some(3));
		assert_ok!(Cores::bid(origin(ACME), part, 1_000));
		System::assert_has_event(Event::BidReleased { part, account: REMAN, amount: 101 }.into());
		System::assert_last_event(
			Event::BidPlaced { part, account: ACME, bidder: w.acme, amount: 1_000 }.into(),
		);
		assert_eq!((held(REMAN), free(REMAN)), ((0, 0), FUNDS));
		assert!(!Bids::<Test>::contains_key(part, REMAN));
		assert_eq!(held(ACME), (1_000, 0));
		assert_eq!(Listings::<Test>::get(part).map(|l| (l.bids, l.best)), Some((3, Some(ACME))));
		// A bidder already in raises without a new slot, and evicts no one.
		assert_ok!(Cores::bid(origin(DEALER), part, 1_100));
		assert_eq!(held(DEALER), (1_100, 0));
		assert_eq!(Listings::<Test>::get(part).map(|l| l.bids), Some(3));
		assert!(Bids::<Test>::contains_key(part, OTHER_REMAN));
	});
}

/// RT-7: one live bid per organisation. A second account of the remanufacturer (its
/// device) bidding replaces the organisation's bid, which is released: an organisation's
/// devices cannot take the slots between them.
#[test]
fn an_organisation_holds_one_bid_per_listing() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 110));
		assert_ok!(Cores::bid(origin(REMAN_BUYER), part, 120));
		System::assert_has_event(Event::BidReleased { part, account: REMAN, amount: 110 }.into());
		assert_eq!((held(REMAN), free(REMAN)), ((0, 0), FUNDS));
		assert_eq!(held(REMAN_BUYER), (120, 0));
		assert_eq!(
			Listings::<Test>::get(part).map(|l| (l.bids, l.best)),
			Some((1, Some(REMAN_BUYER)))
		);
		// The replaced account's bid is gone: it has nothing to withdraw.
		assert_noop!(Cores::withdraw_bid(origin(REMAN), part), Error::<Test>::UnknownBid);
		// A bid must still beat the best, its own organisation's included.
		assert_noop!(Cores::bid(origin(REMAN), part, 120), Error::<Test>::BidTooLow);
	});
}

#[test]
fn a_losing_bid_is_withdrawn_the_best_stands() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		assert_noop!(Cores::withdraw_bid(origin(OTHER_REMAN), part), Error::<Test>::BestBid);
		assert_noop!(Cores::withdraw_bid(origin(DEALER), part), Error::<Test>::UnknownBid);
		assert_noop!(Cores::withdraw_bid(origin(DEALER), 99), Error::<Test>::NotListed);
		assert_ok!(Cores::withdraw_bid(origin(REMAN), part));
		assert_eq!((held(REMAN), free(REMAN)), ((0, 0), FUNDS));
		assert!(!Bids::<Test>::contains_key(part, REMAN));
		assert_eq!(Listings::<Test>::get(part).map(|l| l.bids), Some(1));
		assert_eq!(
			events().last(),
			Some(&Event::BidReleased { part, account: REMAN, amount: 150 })
		);
	});
}

#[test]
fn accepting_the_best_bid_pays_the_seller_and_hands_the_core_over_at_once() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		assert_ok!(Cores::bid(origin(REMAN_BUYER), part, 300));
		assert_ok!(Cores::accept_bid(origin(CUSTOMER), part));
		assert_eq!(free(CUSTOMER), FUNDS + 300);
		assert_eq!((held(REMAN_BUYER), free(REMAN_BUYER)), ((0, 0), FUNDS - 300));
		// Every other bid is released.
		assert_eq!((held(REMAN), free(REMAN)), ((0, 0), FUNDS));
		assert_eq!((held(OTHER_REMAN), free(OTHER_REMAN)), ((0, 0), FUNDS));
		assert_eq!(Parts::summary(part).map(|p| p.owner), Some(w.reman));
		assert_eq!(Parts::summary(part).map(|p| p.custodian), Some(w.reman));
		assert!(!Listings::<Test>::contains_key(part));
		assert_eq!(Bids::<Test>::iter_prefix(part).count(), 0);
		// The core stays a core, with its grade, for its new owner.
		assert!(CoreRecords::<Test>::get(part).is_some_and(|c| c.grading.is_some()));
		let sold = Event::Sold {
			part,
			seller: w.customer,
			buyer: w.reman,
			account: REMAN_BUYER,
			price: 300,
		};
		assert!(events().contains(&sold));
		assert!(events().contains(&Event::BidReleased { part, account: REMAN, amount: 150 }));
		assert!(events().contains(&Event::BidReleased { part, account: OTHER_REMAN, amount: 200 }));
		// A seller is never paid twice.
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), part), Error::<Test>::NotListed);
	});
}

#[test]
fn only_the_seller_accepts_a_bid_there_is() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), part), Error::<Test>::NoBids);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_noop!(Cores::accept_bid(origin(REMAN), part), Error::<Test>::NotSeller);
		assert_noop!(Cores::accept_bid(origin(STRANGER), part), Error::<Test>::NotAMember);
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), 99), Error::<Test>::NotListed);
	});
}

/// A recall holds a listed core (issue 18 item 11): before, the sale failed but the best
/// bid stayed held, withdrawable by no one, for as long as the seller did nothing. Now the
/// listing can no longer be accepted: it takes no bids, the best bidder may leave, and
/// anyone may release every bid.
#[test]
fn a_recall_of_a_listed_core_frees_its_bids() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		assert_ok!(Parts::quarantine(origin(ACME), RecallTarget::Part(part), doc(7)));
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), part), Error::<Test>::StaleListing);
		assert_noop!(Cores::bid(origin(ACME), part, 500), Error::<Test>::StaleListing);
		assert_eq!(Parts::summary(part).map(|p| p.owner), Some(w.customer));
		assert_ok!(Cores::withdraw_bid(origin(OTHER_REMAN), part));
		assert_eq!(held(OTHER_REMAN), (0, 0));
		assert_ok!(Cores::cancel_listing(origin(STRANGER), part));
		assert_eq!(held(REMAN), (0, 0));
		assert!(events().contains(&Event::ListingCancelled { part }));
	});
}

/// A listing ends (issue 18 item 11): before, a seller that never accepted nor cancelled
/// held every bid forever. After `ListingTerm` no bid is placed or accepted, and anyone
/// releases them.
#[test]
fn a_listing_ends_after_its_term_and_anyone_releases_its_bids() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		let listed_at = Listings::<Test>::get(part).map(|l| l.listed_at).expect("listed");
		let term: u64 = <<Test as Config>::ListingTerm as Get<u64>>::get();
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		// While it runs, the best bid stands and only the seller cancels.
		run_to(listed_at + term - 1);
		assert_noop!(Cores::withdraw_bid(origin(OTHER_REMAN), part), Error::<Test>::BestBid);
		assert_noop!(Cores::cancel_listing(origin(REMAN), part), Error::<Test>::NotSeller);
		run_to(listed_at + term);
		assert_noop!(Cores::bid(origin(ACME), part, 500), Error::<Test>::StaleListing);
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), part), Error::<Test>::StaleListing);
		assert_ok!(Cores::cancel_listing(origin(STRANGER), part));
		assert_eq!((held(REMAN), held(OTHER_REMAN)), ((0, 0), (0, 0)));
		assert!(!Listings::<Test>::contains_key(part));
	});
}

/// A suspended seller cannot accept (its accounts cannot act): before, its listing froze
/// every bid until it was reinstated. Now anyone may release them.
#[test]
fn a_suspended_sellers_listing_releases_its_bids() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		assert_ok!(Certifications::suspend_participant(
			origin(amchain_test_support::REGISTRAR),
			w.customer,
			doc(8)
		));
		assert_ok!(Cores::withdraw_bid(origin(OTHER_REMAN), part));
		assert_eq!(held(OTHER_REMAN), (0, 0));
		assert_ok!(Cores::cancel_listing(origin(STRANGER), part));
	});
}

#[test]
fn the_seller_cancels_a_listing_and_every_bid_is_released() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		assert_noop!(Cores::cancel_listing(origin(REMAN), part), Error::<Test>::NotSeller);
		assert_noop!(Cores::cancel_listing(origin(STRANGER), part), Error::<Test>::NotAMember);
		assert_ok!(Cores::cancel_listing(origin(CUSTOMER), part));
		assert_eq!((held(REMAN), held(OTHER_REMAN)), ((0, 0), (0, 0)));
		assert!(!Listings::<Test>::contains_key(part));
		assert!(events().contains(&Event::ListingCancelled { part }));
		assert_noop!(Cores::cancel_listing(origin(CUSTOMER), part), Error::<Test>::NotListed);
	});
}

#[test]
fn a_listing_whose_seller_no_longer_owns_the_core_only_unwinds() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		// The seller hands the core over outside the market.
		assert_ok!(Parts::offer(origin(CUSTOMER), Item::Part(part), Handover::Ownership, w.dealer));
		assert_ok!(Parts::accept_offer(
			origin(DEALER),
			Item::Part(part),
			Handover::Ownership,
			None
		));
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), part), Error::<Test>::StaleListing);
		assert_noop!(Cores::bid(origin(ACME), part, 500), Error::<Test>::StaleListing);
		// The best bidder may now leave too, and anyone may clear the listing.
		assert_ok!(Cores::withdraw_bid(origin(OTHER_REMAN), part));
		// The highest bid left is best again.
		assert_eq!(Listings::<Test>::get(part).map(|l| (l.best, l.bids)), Some((Some(REMAN), 1)));
		assert_ok!(Cores::cancel_listing(origin(STRANGER), part));
		assert_eq!((held(REMAN), held(OTHER_REMAN)), ((0, 0), (0, 0)));
	});
}

/// A stale listing comes back live (issue 18 item 13): the seller is suspended, the best
/// bidder leaves, the seller is reinstated. Before, the listing had no best bid any more,
/// so a new bid below the ones still standing became best and could win. Now the highest
/// standing bid is best again.
#[test]
fn a_listing_back_from_stale_keeps_its_highest_bid_best() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 200));
		let registrar = origin(amchain_test_support::REGISTRAR);
		assert_ok!(Certifications::suspend_participant(registrar.clone(), w.customer, doc(8)));
		assert_ok!(Cores::withdraw_bid(origin(OTHER_REMAN), part));
		assert_eq!(Listings::<Test>::get(part).and_then(|l| l.best), Some(REMAN));
		assert_ok!(Certifications::reinstate_participant(registrar, w.customer));
		assert_noop!(Cores::bid(origin(ACME), part, 120), Error::<Test>::BidTooLow);
		assert_ok!(Cores::accept_bid(origin(CUSTOMER), part));
		assert_eq!(Parts::summary(part).map(|p| p.owner), Some(w.reman));
		// The sale's record names the receiver (issue 18 item 9), written by the seller.
		let item = Item::Part(part);
		let len = pallet_parts::HistoryLen::<Test>::get(item);
		let last = pallet_parts::History::<Test>::get(item, len - 1).expect("recorded");
		assert_eq!(
			last.kind,
			amchain_primitives::parts::RecordKind::Transferred {
				handover: Handover::Custody,
				to: w.reman
			}
		);
		assert_eq!(last.participant, w.customer);
	});
}

/// A returned core is not scrapped behind pallet-cores' back (issue 18 item 13): before,
/// its record (and a listing holding bids) outlived it. Its life ends through an outcome.
#[test]
fn a_returned_core_cannot_be_scrapped() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_noop!(
			Parts::scrap(origin(CUSTOMER), part, doc(9)),
			pallet_parts::Error::<Test>::ReturnedCore
		);
		assert!(CoreRecords::<Test>::contains_key(part));
	});
}

/// A device of the customer's (a shop-floor key) and the customer's next admin account.
const CUSTOMER_DEVICE: AccountId = 91;
const CUSTOMER_NEW_ADMIN: AccountId = 92;

/// Rotates the customer's admin from `CUSTOMER` to `CUSTOMER_NEW_ADMIN`.
fn rotate_customer_admin(w: &World) {
	assert_ok!(pallet_certifications::Pallet::<Test>::change_admin(
		origin(CUSTOMER),
		CUSTOMER_NEW_ADMIN
	));
	assert_ok!(pallet_certifications::Pallet::<Test>::accept_admin(
		origin(CUSTOMER_NEW_ADMIN),
		w.customer
	));
}

/// RT-5 (red team 2026-11-30): a device key (one of thousands per organisation) may not
/// list, sell or withdraw the sale of its organisation's core, nor return a part as a core.
/// Before, any member key could, and was paid the price.
#[test]
fn a_device_cannot_sell_its_organisations_core() {
	new_test_ext(|| {
		let w = World::new();
		amchain_test_support::add_device::<Test>(CUSTOMER, CUSTOMER_DEVICE, &[Role::Customer]);
		let part = w.graded_core(Grade::A);
		assert_noop!(Cores::list(origin(CUSTOMER_DEVICE), part, 100), Error::<Test>::NotAdmin);
		assert_ok!(Cores::list(origin(CUSTOMER), part, 100));
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		assert_noop!(Cores::accept_bid(origin(CUSTOMER_DEVICE), part), Error::<Test>::NotAdmin);
		assert_noop!(Cores::cancel_listing(origin(CUSTOMER_DEVICE), part), Error::<Test>::NotAdmin);
		let other = w.gear();
		w.sell(other, ACME, CUSTOMER, w.customer);
		assert_noop!(
			Cores::return_core(origin(CUSTOMER_DEVICE), other, doc(3), None),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Cores::accept_bid(origin(CUSTOMER), part));
		assert!(events().contains(&Event::Sold {
			part,
			seller: w.customer,
			buyer: w.reman,
			account: REMAN,
			price: 150,
		}));
	});
}

/// RT-5: the price goes to the selling organisation's account of record at sale time. The
/// customer's admin lists, the organisation rotates its admin key, and the new admin
/// accepts: the new admin account is paid, the old key (which acts for no one now) is not.
/// Before, the price went to the listing key.
#[test]
fn the_sale_pays_the_organisation_not_the_listing_key() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 150));
		rotate_customer_admin(&w);
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), part), Error::<Test>::NotAMember);
		// The market view names whom a sale would pay now.
		assert_eq!(
			Cores::core_view(part).and_then(|c| c.listing).map(|l| l.seller_account),
			Some(CUSTOMER_NEW_ADMIN)
		);
		let before = free(CUSTOMER);
		assert_ok!(Cores::accept_bid(origin(CUSTOMER_NEW_ADMIN), part));
		assert_eq!(free(CUSTOMER_NEW_ADMIN), 150);
		assert_eq!(free(CUSTOMER), before, "the old key is not paid");
		assert!(events().contains(&Event::Sold {
			part,
			seller: w.customer,
			buyer: w.reman,
			account: REMAN,
			price: 150,
		}));
	});
}

/// RT-3 (red team 2026-11-30): a batch recall of a part installed in a listed core holds
/// the core: the sale cannot be accepted (`StaleListing`) and every bid can be released.
/// Before, only part-level recalls held an assembly, so the recalled part was sold inside it.
#[test]
fn a_batch_recall_of_a_part_in_a_listed_core_stops_the_sale() {
	new_test_ext(|| {
		let w = World::new();
		// The customer's core holds a shaft of another type, made under a certification
		// (its batch).
		let certification = pallet_certifications::NextCertificationId::<Test>::get();
		certify(w.acme, w.testing);
		let shaft_type = pallet_parts::NextPartTypeId::<Test>::get();
		assert_ok!(Parts::create_part_type(
			origin(ACME),
			b"GTIN-2".to_vec(),
			doc(2),
			vec![],
			vec![w.testing]
		));
		let shaft = pallet_parts::NextPartId::<Test>::get();
		assert_ok!(Parts::register_part(
			origin(ACME),
			shaft_type,
			b"S1".to_vec(),
			Some(certification),
			None,
			None
		));
		let core = w.gear();
		assert_ok!(Parts::install(origin(ACME), shaft, core));
		w.sell(core, ACME, CUSTOMER, w.customer);
		assert_ok!(Cores::return_core(origin(CUSTOMER), core, doc(3), None));
		assert_ok!(Cores::list(origin(CUSTOMER), core, 100));
		assert_ok!(Cores::bid(origin(REMAN), core, 150));
		let batch = RecallTarget::Batch { part_type: shaft_type, certification };
		assert_ok!(Parts::quarantine(origin(ACME), batch, doc(7)));
		assert!(<Parts as PartsInspector>::is_held(core));
		assert_noop!(Cores::accept_bid(origin(CUSTOMER), core), Error::<Test>::StaleListing);
		assert_noop!(Cores::bid(origin(OTHER_REMAN), core, 500), Error::<Test>::StaleListing);
		assert_ok!(Cores::cancel_listing(origin(STRANGER), core));
		assert_eq!(held(REMAN), (0, 0));
		assert!(events().contains(&Event::ListingCancelled { part: core }));
	});
}

/// A core holding a shaft, returned and listed by the customer at a reserve of 100;
/// returns both.
fn listed_with_a_shaft(w: &World) -> (PartId, PartId) {
	let (core, shaft) = (w.gear(), w.part_of_another_type());
	assert_ok!(Parts::install(origin(ACME), shaft, core));
	w.sell(core, ACME, CUSTOMER, w.customer);
	assert_ok!(Cores::return_core(origin(CUSTOMER), core, doc(3), None));
	assert_ok!(Cores::list(origin(CUSTOMER), core, 100));
	(core, shaft)
}

/// Issue 18 item 12: the seller's best move after bids come in is to strip the core
/// (uninstall its valuable parts) and then accept. A listed core's assembly is locked:
/// nothing leaves it (nor goes in) while it is listed, so the buyer gets what it bid on;
/// cancelling the listing releases every bid and unlocks it.
#[test]
fn a_seller_cannot_strip_a_listed_core() {
	new_test_ext(|| {
		let w = World::new();
		let (core, shaft) = listed_with_a_shaft(&w);
		assert_ok!(Cores::bid(origin(REMAN), core, 150));

		assert_noop!(
			Parts::uninstall(origin(CUSTOMER), shaft),
			pallet_parts::Error::<Test>::AssemblyLocked
		);
		assert_ok!(Cores::accept_bid(origin(CUSTOMER), core));
		// The buyer gets the core with the shaft in it, and may take it apart.
		let shaft_now = <Parts as PartsInspector>::summary(shaft).expect("a part");
		assert_eq!((shaft_now.owner, shaft_now.parent), (w.reman, Some(core)));
		assert_ok!(Parts::uninstall(origin(REMAN), shaft));
	});
}

#[test]
fn a_cancelled_listing_unlocks_the_core() {
	new_test_ext(|| {
		let w = World::new();
		let (core, shaft) = listed_with_a_shaft(&w);
		assert_ok!(Cores::bid(origin(REMAN), core, 150));
		assert_ok!(Cores::cancel_listing(origin(CUSTOMER), core));
		assert_eq!(held(REMAN), (0, 0), "the bid is released first");
		assert_ok!(Parts::uninstall(origin(CUSTOMER), shaft));
	});
}

/// Red team L2: nor can the seller of a listed core void its parts' warranties by a
/// service report while it is listed (consume and transform: parts' own tests).
#[test]
fn a_listed_cores_parts_are_not_serviced_or_added_to() {
	new_test_ext(|| {
		let w = World::new();
		let (core, shaft) = listed_with_a_shaft(&w);
		for item in [Item::Part(shaft), Item::Part(core)] {
			assert_noop!(
				Parts::report(
					origin(CUSTOMER),
					item,
					pallet_parts::ReportKind::Service,
					doc(5),
					None
				),
				pallet_parts::Error::<Test>::AssemblyLocked
			);
		}
		// Inspections and measurements add evidence, not change: still allowed.
		assert_ok!(Parts::report(
			origin(CUSTOMER),
			Item::Part(shaft),
			pallet_parts::ReportKind::Measurement,
			doc(6),
			None
		));
		assert!(<Parts as PartsInspector>::in_locked_assembly(shaft));
		assert_ok!(Cores::cancel_listing(origin(CUSTOMER), core));
		assert!(!<Parts as PartsInspector>::in_locked_assembly(shaft));
	});
}
