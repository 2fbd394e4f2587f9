//! The open core market: listing, held bids, withdrawal, atomic sale, cancellation.

use amchain_primitives::parts::{Handover, Item, PartsInspector};
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
fn only_an_owner_lists_a_core_once_above_zero() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.graded_core(Grade::A);
		assert_noop!(Cores::list(origin(REMAN), part, 100), Error::<Test>::NotOwner);
		assert_noop!(Cores::list(origin(STRANGER), part, 100), Error::<Test>::NotAMember);
		assert_noop!(Cores::list(origin(CUSTOMER), part, 0), Error::<Test>::ZeroAmount);
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

#[test]
fn a_core_takes_at_most_max_bids() {
	new_test_ext(|| {
		let w = World::new();
		let part = listed(&w);
		assert_ok!(Cores::bid(origin(REMAN), part, 110));
		assert_ok!(Cores::bid(origin(OTHER_REMAN), part, 120));
		assert_ok!(Cores::bid(origin(DEALER), part, 130));
		assert_noop!(Cores::bid(origin(ACME), part, 140), Error::<Test>::TooManyBids);
		// A bidder already in raises without a new slot.
		assert_ok!(Cores::bid(origin(REMAN), part, 140));
		// A withdrawn losing bid frees a slot.
		assert_ok!(Cores::withdraw_bid(origin(OTHER_REMAN), part));
		assert_ok!(Cores::bid(origin(ACME), part, 150));
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
