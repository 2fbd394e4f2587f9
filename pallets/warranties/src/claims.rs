//! Claim reserves, claims, approval and rejection.

use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Zero},
	DispatchResult,
};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_fund_reserve(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let issuer = Self::member(&who)?.participant;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut reserve = Reserves::<T>::get(issuer)
			.unwrap_or(Reserve { account: who.clone(), amount: Zero::zero() });
		ensure!(reserve.account == who, Error::<T>::NotReserveAccount);
		reserve.amount = reserve.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::ClaimReserve.into(), &who, amount)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		Self::deposit_event(Event::ReserveChanged { issuer, account: who, amount: reserve.amount });
		Reserves::<T>::insert(issuer, reserve);
		Ok(())
	}

	pub(crate) fn do_withdraw_reserve(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let issuer = Self::member(&who)?.participant;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut reserve = Reserves::<T>::get(issuer).ok_or(Error::<T>::InsufficientReserve)?;
		ensure!(reserve.account == who, Error::<T>::NotReserveAccount);
		reserve.amount =
			reserve.amount.checked_sub(&amount).ok_or(Error::<T>::InsufficientReserve)?;
		T::Currency::release(&HoldReason::ClaimReserve.into(), &who, amount, Precision::Exact)?;
		Self::deposit_event(Event::ReserveChanged { issuer, account: who, amount: reserve.amount });
		if reserve.amount.is_zero() {
			Reserves::<T>::remove(issuer);
		} else {
			Reserves::<T>::insert(issuer, reserve);
		}
		Ok(())
	}

	pub(crate) fn do_claim(
		who: T::AccountId,
		warranty_id: WarrantyId,
		evidence: H256,
	) -> DispatchResult {
		let claimant = Self::member(&who)?.participant;
		let mut warranty =
			WarrantyRecords::<T>::get(warranty_id).ok_or(Error::<T>::UnknownWarranty)?;
		// The holder is the owner now, and it must hold the part it claims for.
		ensure!(
			T::Parts::summary(warranty.part)
				.is_some_and(|p| p.owner == claimant && p.custodian == claimant),
			Error::<T>::NotHolder
		);
		Self::in_force(&warranty)?;
		// Not while the part's assembly is locked (a listed core): the bidders bid on the
		// warranties as they stand, and the buyer is the one to claim.
		ensure!(!T::Parts::in_locked_assembly(warranty.part), Error::<T>::PartLocked);
		ensure!(warranty.open_claim.is_none(), Error::<T>::ClaimOpen);
		let id = NextClaimId::<T>::get();
		NextClaimId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let filed_at = frame_system::Pallet::<T>::block_number();
		Claims::<T>::insert(
			id,
			Claim {
				warranty: warranty_id,
				claimant,
				account: who,
				evidence,
				filed_at,
				status: ClaimStatus::Open,
			},
		);
		OpenClaims::<T>::insert(warranty.issuer, id, ());
		warranty.open_claim = Some(id);
		WarrantyRecords::<T>::insert(warranty_id, warranty);
		Self::deposit_event(Event::Claimed {
			claim: id,
			warranty: warranty_id,
			claimant,
			evidence,
		});
		Ok(())
	}

	/// The open claim `id` and its warranty, which the caller's organisation issued.
	fn open_claim_of_issuer(
		who: &T::AccountId,
		id: ClaimId,
	) -> Result<(ClaimOf<T>, WarrantyOf<T>), Error<T>> {
		let member = Self::member(who)?;
		let claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		let warranty =
			WarrantyRecords::<T>::get(claim.warranty).ok_or(Error::<T>::UnknownWarranty)?;
		ensure!(warranty.issuer == member.participant, Error::<T>::NotIssuer);
		ensure!(claim.status == ClaimStatus::Open, Error::<T>::ClaimClosed);
		Ok((claim, warranty))
	}

	/// Writes a resolved claim and closes it on its warranty.
	fn close(
		id: ClaimId,
		mut claim: ClaimOf<T>,
		mut warranty: WarrantyOf<T>,
		status: ClaimStatus<BalanceOf<T>>,
	) {
		OpenClaims::<T>::remove(warranty.issuer, id);
		warranty.open_claim = None;
		WarrantyRecords::<T>::insert(claim.warranty, warranty);
		claim.status = status;
		Claims::<T>::insert(id, claim);
	}

	pub(crate) fn do_approve(
		who: &T::AccountId,
		id: ClaimId,
		remedy: H256,
		payout: BalanceOf<T>,
	) -> DispatchResult {
		let (claim, warranty) = Self::open_claim_of_issuer(who, id)?;
		if !payout.is_zero() {
			let mut reserve =
				Reserves::<T>::get(warranty.issuer).ok_or(Error::<T>::InsufficientReserve)?;
			reserve.amount =
				reserve.amount.checked_sub(&payout).ok_or(Error::<T>::InsufficientReserve)?;
			T::Currency::transfer_on_hold(
				&HoldReason::ClaimReserve.into(),
				&reserve.account,
				&claim.account,
				payout,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
			Self::deposit_event(Event::ReserveChanged {
				issuer: warranty.issuer,
				account: reserve.account.clone(),
				amount: reserve.amount,
			});
			if reserve.amount.is_zero() {
				Reserves::<T>::remove(warranty.issuer);
			} else {
				Reserves::<T>::insert(warranty.issuer, reserve);
			}
		}
		Self::close(id, claim, warranty, ClaimStatus::Approved { remedy, paid: payout });
		Self::deposit_event(Event::Approved { claim: id, remedy, paid: payout });
		Ok(())
	}

	pub(crate) fn do_reject(who: &T::AccountId, id: ClaimId, reason: H256) -> DispatchResult {
		let (claim, warranty) = Self::open_claim_of_issuer(who, id)?;
		Self::close(id, claim, warranty, ClaimStatus::Rejected { reason });
		Self::deposit_event(Event::Rejected { claim: id, reason });
		Ok(())
	}
}
