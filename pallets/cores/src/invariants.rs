//! The pallet's invariants, checked after every unit test and by try-runtime.

#![cfg(any(feature = "try-runtime", test))]

use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage.
	///
	/// - cores: every stored core's part exists and its life is the part's current one;
	/// - listings: only of stored cores; as many bids as `bids` counts, at most `MaxBids`,
	///   none below the reserve; the best bid exists and no bid is higher;
	/// - bids only on listed cores; at most one per organisation and listing;
	/// - held funds: every account's `CoreBid` hold equals the sum of its bids, and its
	///   `CoreCharge` hold the sum of the deposits it paid (no bidder's or buyer's funds
	///   are lost, left behind or created);
	/// - licences: `used <= units`; deposits: ids below `NextChargeId`;
	/// - proposed outcomes and grading counts only for stored cores, never both a listing
	///   and a proposed outcome; a proposal's tester is not its proposer; a counted core
	///   has a grade.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (part, proposal) in ProposedOutcomes::<T>::iter() {
			ensure!(CoreRecords::<T>::contains_key(part), "outcome proposed for no core");
			ensure!(!Listings::<T>::contains_key(part), "a listed core with an outcome proposed");
			ensure!(proposal.tester != proposal.by, "a proposal tested by its proposer");
		}
		for (part, (_, n)) in Gradings::<T>::iter() {
			let core = CoreRecords::<T>::get(part).ok_or("gradings counted for no core")?;
			// (Not checked against `MaxGradings`: a later runtime may lower it.)
			ensure!(n == 0 || core.grading.is_some(), "a counted grading is missing");
		}
		for (part, core) in CoreRecords::<T>::iter() {
			let summary = T::Parts::summary(part).ok_or("core of an unknown part")?;
			ensure!(summary.life == core.life, "core of another life of its part");
			// A core's record goes when its life ends here (an outcome); pallet-parts
			// refuses to scrap a returned core, so the record cannot outlive the core.
			ensure!(
				summary.status == PartStatus::ReturnedAsCore,
				"core record of a part that is no longer a returned core"
			);
		}

		let mut bids: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (part, listing) in Listings::<T>::iter() {
			ensure!(CoreRecords::<T>::contains_key(part), "listing of a part that is no core");
			let mut count = 0u32;
			let mut highest: Option<(T::AccountId, BalanceOf<T>)> = None;
			let mut bidders = alloc::collections::BTreeSet::new();
			for (account, bid) in Bids::<T>::iter_prefix(part) {
				count += 1;
				ensure!(bidders.insert(bid.bidder), "two live bids of one organisation");
				ensure!(bid.amount >= listing.reserve, "bid below the reserve");
				if highest.as_ref().is_none_or(|(_, amount)| bid.amount > *amount) {
					highest = Some((account.clone(), bid.amount));
				}
				let sum = bids.entry(account).or_insert_with(Zero::zero);
				*sum = sum.saturating_add(bid.amount);
			}
			ensure!(count == listing.bids, "listing's bid count differs from its bids");
			ensure!(count <= T::MaxBids::get(), "more than MaxBids bids");
			// The best bid is the highest, and there is one whenever there are bids (a
			// listing that comes back live must not let a lower new bid overtake them).
			ensure!(
				highest.as_ref().map(|(a, _)| a) == listing.best.as_ref(),
				"the best bid is not the highest, or bids stand without a best"
			);
		}
		ensure!(
			Bids::<T>::iter_keys().all(|(part, _)| Listings::<T>::contains_key(part)),
			"bid on a core that is not listed"
		);

		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, charge) in Charges::<T>::iter() {
			ensure!(id < NextChargeId::<T>::get(), "deposit id at or above NextChargeId");
			if let Some(account) = charge.paid_by {
				let sum = deposits.entry(account).or_insert_with(Zero::zero);
				*sum = sum.saturating_add(charge.amount);
			}
		}
		// A part awaits at most one delivery, and every undelivered request is listed.
		for (part, id) in AwaitingDelivery::<T>::iter() {
			let charge = Charges::<T>::get(id).ok_or("AwaitingDelivery names no deposit")?;
			ensure!(
				charge.part == part && charge.delivered_at.is_none(),
				"AwaitingDelivery names a delivered deposit or another part"
			);
		}
		for (id, charge) in Charges::<T>::iter() {
			if charge.delivered_at.is_none() {
				ensure!(
					AwaitingDelivery::<T>::get(charge.part) == Some(id),
					"an undelivered deposit is not awaited"
				);
			}
		}
		// Every account the chain knows, so that a hold left behind is caught too.
		for account in frame_system::Account::<T>::iter_keys() {
			for (reason, expected) in
				[(HoldReason::CoreBid, &bids), (HoldReason::CoreCharge, &deposits)]
			{
				ensure!(
					T::Currency::balance_on_hold(&reason.into(), &account)
						== expected.get(&account).copied().unwrap_or_default(),
					"held funds differ from the bids or deposits they back"
				);
			}
		}

		for (_, _, licence) in Licences::<T>::iter() {
			ensure!(licence.used <= licence.units, "licence used beyond its units");
		}
		Ok(())
	}
}
