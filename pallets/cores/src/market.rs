//! The open core market: listings, held bids, atomic sale.

use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_runtime::{
	traits::{CheckedSub, Saturating, Zero},
	DispatchError, DispatchResult,
};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_list(
		who: T::AccountId,
		part: PartId,
		reserve: BalanceOf<T>,
	) -> DispatchResult {
		let (member, _) = Self::owned_core(&who, part)?;
		// Selling is a person's act: the admin account, not a device (RT-5).
		ensure!(member.kind == MemberKind::Admin, Error::<T>::NotAdmin);
		ensure!(!Listings::<T>::contains_key(part), Error::<T>::ListingOpen);
		// Not while an outcome proposed for it waits for its tester.
		ensure!(!ProposedOutcomes::<T>::contains_key(part), Error::<T>::OutcomePending);
		ensure!(!reserve.is_zero(), Error::<T>::ZeroAmount);
		// Every bid is at least the reserve, and the winning one is paid to the seller.
		ensure!(reserve >= T::Currency::minimum_balance(), Error::<T>::BelowMinimum);
		let seller = member.participant;
		let listed_at = frame_system::Pallet::<T>::block_number();
		Listings::<T>::insert(
			part,
			Listing { seller, seller_account: who, reserve, best: None, bids: 0, listed_at },
		);
		Self::deposit_event(Event::Listed { part, seller, reserve });
		Ok(())
	}

	/// Whether the listing can still be accepted: within its term, the seller active and
	/// still owning the core, still a core, and no recall holding it (or a part in it).
	/// Otherwise it can only be cancelled, by anyone, and every bid withdrawn.
	pub(crate) fn is_live(part: PartId, listing: &ListingOf<T>) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		// One summary read: a core stands alone, so its `quarantined` is `is_held` (the
		// core's own, its batch's, and any part or batch recall below it).
		now < listing.listed_at.saturating_add(T::ListingTerm::get())
			&& CoreRecords::<T>::contains_key(part)
			&& T::Parts::summary(part).is_some_and(|p| {
				p.status == PartStatus::ReturnedAsCore
					&& p.owner == listing.seller
					&& !p.quarantined
			}) && T::Participants::is_active(listing.seller)
	}

	pub(crate) fn do_bid(who: T::AccountId, part: PartId, amount: BalanceOf<T>) -> DispatchResult {
		let member = Self::member(&who)?;
		let mut listing = Listings::<T>::get(part).ok_or(Error::<T>::NotListed)?;
		ensure!(Self::is_live(part, &listing), Error::<T>::StaleListing);
		ensure!(member.participant != listing.seller, Error::<T>::OwnCore);
		ensure!(amount >= listing.reserve, Error::<T>::BelowReserve);
		if let Some(best) = &listing.best {
			let best = Bids::<T>::get(part, best).map(|b| b.amount).unwrap_or_default();
			ensure!(amount > best, Error::<T>::BidTooLow);
		}
		// One live bid per organisation: a bid from another of its accounts replaces its
		// previous one. And a full listing makes room for a new (so the highest) bid by
		// releasing the lowest: no one fills the slots to shut out higher bidders (RT-7).
		// At most `MaxBids` bids are read.
		let mut own: Option<(T::AccountId, BalanceOf<T>)> = None;
		let mut lowest: Option<(T::AccountId, BalanceOf<T>)> = None;
		for (account, bid) in Bids::<T>::iter_prefix(part) {
			if bid.bidder == member.participant {
				own = Some((account.clone(), bid.amount));
			}
			if lowest.as_ref().is_none_or(|(_, low)| bid.amount < *low) {
				lowest = Some((account, bid.amount));
			}
		}
		let held = match own {
			// The same account raises its bid: only the difference is held.
			Some((account, amount)) if account == who => amount,
			// Another account of the organisation: its previous bid is released.
			Some((account, amount)) => {
				Self::release_bid(part, &account, amount)?;
				Bids::<T>::remove(part, &account);
				Zero::zero()
			},
			None => {
				if listing.bids >= T::MaxBids::get() {
					let (account, amount) = lowest.ok_or(Error::<T>::TooManyBids)?;
					Self::release_bid(part, &account, amount)?;
					Bids::<T>::remove(part, &account);
				} else {
					listing.bids = listing.bids.checked_add(1).ok_or(Error::<T>::Overflow)?;
				}
				Zero::zero()
			},
		};
		let more = amount.checked_sub(&held).ok_or(Error::<T>::BidTooLow)?;
		T::Currency::hold(&HoldReason::CoreBid.into(), &who, more)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		Bids::<T>::insert(part, &who, Bid { bidder: member.participant, amount });
		listing.best = Some(who.clone());
		Listings::<T>::insert(part, listing);
		Self::deposit_event(Event::BidPlaced {
			part,
			account: who,
			bidder: member.participant,
			amount,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw_bid(who: T::AccountId, part: PartId) -> DispatchResult {
		let mut listing = Listings::<T>::get(part).ok_or(Error::<T>::NotListed)?;
		let bid = Bids::<T>::get(part, &who).ok_or(Error::<T>::UnknownBid)?;
		let is_best = listing.best.as_ref() == Some(&who);
		ensure!(!is_best || !Self::is_live(part, &listing), Error::<T>::BestBid);
		Self::release_bid(part, &who, bid.amount)?;
		Bids::<T>::remove(part, &who);
		listing.bids = listing.bids.saturating_sub(1);
		if is_best {
			// The listing cannot be accepted now, but may be again (the seller reinstated,
			// the recall lifted, the core back with the seller): the highest bid left is
			// the best, so a lower new bid cannot overtake it and win.
			listing.best = Self::highest_bid(part);
		}
		Listings::<T>::insert(part, listing);
		Ok(())
	}

	/// The account of the highest bid on a core (the first found among equals), reading
	/// each of at most `MaxBids` bids.
	pub(crate) fn highest_bid(part: PartId) -> Option<T::AccountId> {
		let mut highest: Option<(T::AccountId, BalanceOf<T>)> = None;
		for (account, bid) in Bids::<T>::iter_prefix(part) {
			if highest.as_ref().is_none_or(|(_, amount)| bid.amount > *amount) {
				highest = Some((account, bid.amount));
			}
		}
		highest.map(|(account, _)| account)
	}

	/// Returns the number of bids the sale settled or released.
	pub(crate) fn do_accept_bid(who: &T::AccountId, part: PartId) -> Result<u32, DispatchError> {
		let member = Self::admin(who)?;
		let listing = Listings::<T>::get(part).ok_or(Error::<T>::NotListed)?;
		ensure!(member.participant == listing.seller, Error::<T>::NotSeller);
		ensure!(Self::is_live(part, &listing), Error::<T>::StaleListing);
		let account = listing.best.clone().ok_or(Error::<T>::NoBids)?;
		let best = Bids::<T>::take(part, &account).ok_or(Error::<T>::NoBids)?;
		// The organisation is paid at its account of record now, not the listing key.
		let seller_account = Self::account_of_record(listing.seller)?;
		T::Currency::transfer_on_hold(
			&HoldReason::CoreBid.into(),
			&account,
			&seller_account,
			best.amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		// pallet-parts refuses a quarantined core: the whole sale then fails.
		T::Lifecycle::transfer(part, best.bidder, who, member.participant)?;
		Listings::<T>::remove(part);
		Self::deposit_event(Event::Sold {
			part,
			seller: listing.seller,
			buyer: best.bidder,
			account,
			price: best.amount,
		});
		Self::release_all(part)?;
		Ok(listing.bids)
	}

	/// Returns the number of bids released.
	pub(crate) fn do_cancel_listing(
		who: &T::AccountId,
		part: PartId,
	) -> Result<u32, DispatchError> {
		let listing = Listings::<T>::get(part).ok_or(Error::<T>::NotListed)?;
		if Self::is_live(part, &listing) {
			let member = Self::admin(who)?;
			ensure!(member.participant == listing.seller, Error::<T>::NotSeller);
		}
		Listings::<T>::remove(part);
		Self::deposit_event(Event::ListingCancelled { part });
		Self::release_all(part)?;
		Ok(listing.bids)
	}

	/// Releases every bid left on a core (at most `MaxBids`).
	fn release_all(part: PartId) -> DispatchResult {
		for (account, bid) in Bids::<T>::drain_prefix(part) {
			Self::release_bid(part, &account, bid.amount)?;
		}
		Ok(())
	}

	fn release_bid(part: PartId, account: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::release(&HoldReason::CoreBid.into(), account, amount, Precision::Exact)?;
		Self::deposit_event(Event::BidReleased { part, account: account.clone(), amount });
		Ok(())
	}
}
