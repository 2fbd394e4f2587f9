//! The pallet's invariants, checked after every unit test and by try-runtime.

#![cfg(any(feature = "try-runtime", test))]

use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	TryRuntimeError,
};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage.
	///
	/// - warranties: ids below `NextWarrantyId`, listed under their part; no two in force
	///   of the same kind on one life of a part; `Latest` names a warranty of that part and
	///   kind; a warranty's open claim is an open claim of that warranty; every type's
	///   current term is the last of its `TermHistory`, which is in registration order;
	/// - claims: ids below `NextClaimId`; a claim is in `OpenClaims` (under its
	///   warranty's issuer) exactly when it is open;
	/// - reserves: every account's `ClaimReserve` hold equals the reserve it backs (none
	///   where there is no reserve); each issuer's `Committed` is what its open claims set
	///   aside (their `covered`; no zero entries) and never more than its reserve; a claim
	///   covers at most what it asks; an announced withdrawal belongs to an existing
	///   reserve, is not zero and has a window; no decided claim paid more than it asked,
	///   and a defaulted one paid what it covered.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (part_type, history) in TermHistory::<T>::iter() {
			ensure!(
				history.last().map(|(_, term)| *term) == NewWarrantyTerms::<T>::get(part_type),
				"a type's current term is not the last of its history"
			);
			ensure!(
				history.windows(2).all(|w| w[0].0 < w[1].0),
				"a term history not in registration order"
			);
			ensure!(history.iter().all(|(_, term)| !term.is_zero()), "a zero term in a history");
		}
		for (part_type, _) in NewWarrantyTerms::<T>::iter() {
			ensure!(TermHistory::<T>::contains_key(part_type), "a term without its history");
		}
		let mut in_force = BTreeSet::new();
		let mut committed = BTreeMap::<ParticipantId, BalanceOf<T>>::new();
		for (id, w) in WarrantyRecords::<T>::iter() {
			ensure!(id < NextWarrantyId::<T>::get(), "warranty id at or above NextWarrantyId");
			ensure!(
				WarrantiesOf::<T>::contains_key(w.part, id),
				"warranty not listed under its part"
			);
			if Self::in_force(&w).is_ok() {
				ensure!(
					in_force.insert((w.part, w.life, w.kind)),
					"two warranties of a kind in force on one life of a part"
				);
			}
			if let Some(claim) = w.open_claim {
				let c = Claims::<T>::get(claim).ok_or("open claim does not exist")?;
				ensure!(
					c.warranty == id && c.status == ClaimStatus::Open,
					"warranty's open claim is not an open claim of it"
				);
			}
		}
		for (part, kind, id) in Latest::<T>::iter() {
			let w = WarrantyRecords::<T>::get(id).ok_or("Latest names no warranty")?;
			ensure!(
				w.part == part && w.kind == kind,
				"Latest names another part's or kind's warranty"
			);
		}
		for (id, c) in Claims::<T>::iter() {
			ensure!(id < NextClaimId::<T>::get(), "claim id at or above NextClaimId");
			let w = WarrantyRecords::<T>::get(c.warranty).ok_or("claim on no warranty")?;
			ensure!(
				OpenClaims::<T>::contains_key(w.issuer, id) == (c.status == ClaimStatus::Open),
				"OpenClaims disagrees with the claim's status"
			);
			ensure!(
				(w.open_claim == Some(id)) == (c.status == ClaimStatus::Open),
				"an open claim is not its warranty's open claim"
			);
			ensure!(c.covered <= c.asked, "a claim covers more than it asks");
			match c.status {
				ClaimStatus::Open => {
					let sum = committed.entry(w.issuer).or_default();
					*sum = sum.checked_add(&c.covered).ok_or("committed overflows")?;
				},
				ClaimStatus::Approved { paid, .. } | ClaimStatus::Ruled { paid, .. } => {
					ensure!(paid <= c.asked, "a claim paid more than it asked")
				},
				ClaimStatus::Defaulted { paid } => {
					ensure!(paid == c.covered, "a defaulted claim paid other than it covered")
				},
				ClaimStatus::Rejected { .. } | ClaimStatus::Withdrawn => {},
			}
		}
		committed.retain(|_, sum| !sum.is_zero());
		ensure!(
			Committed::<T>::iter().collect::<BTreeMap<_, _>>() == committed,
			"Committed differs from what the open claims ask"
		);
		for (issuer, sum) in &committed {
			let reserve = Reserves::<T>::get(issuer).map_or_else(Zero::zero, |r| r.amount);
			ensure!(*sum <= reserve, "open claims set aside more than the reserve holds");
		}
		for (issuer, w) in Withdrawals::<T>::iter() {
			ensure!(Reserves::<T>::contains_key(issuer), "a withdrawal from no reserve");
			ensure!(!w.amount.is_zero(), "a withdrawal of nothing");
			ensure!(w.at <= w.until, "a withdrawal's window closes before it opens");
		}
		ensure!(
			OpenClaims::<T>::iter_keys().all(|(_, id)| Claims::<T>::contains_key(id)),
			"OpenClaims lists a claim that does not exist"
		);
		let reason = HoldReason::ClaimReserve.into();
		for account in frame_system::Account::<T>::iter_keys() {
			let expected = Reserves::<T>::iter_values()
				.filter(|r| r.account == account)
				.map(|r| r.amount)
				.fold(BalanceOf::<T>::default(), |a, b| a + b);
			ensure!(
				T::Currency::balance_on_hold(&reason, &account) == expected,
				"held reserve differs from the reserves it backs"
			);
		}
		Ok(())
	}
}
