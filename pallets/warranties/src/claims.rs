//! Claim reserves (funding, the floor of open claims, withdrawals on notice), claims and
//! how they end: approval, rejection, withdrawal by the claimant, governance's ruling.

use amchain_primitives::warranties::PendingWithdrawal;
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, MutateHold},
		Get,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	DispatchError, DispatchResult,
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

	/// The issuer's reserve, which `who` holds, and what of it the open claims leave free.
	fn own_reserve(who: &T::AccountId) -> Result<(ParticipantId, ReserveOf<T>), Error<T>> {
		let issuer = Self::member(who)?.participant;
		let reserve = Reserves::<T>::get(issuer).ok_or(Error::<T>::InsufficientReserve)?;
		ensure!(&reserve.account == who, Error::<T>::NotReserveAccount);
		Ok((issuer, reserve))
	}

	/// What of `reserve` the issuer's open claims do not hold.
	fn free_of_claims(issuer: ParticipantId, reserve: &ReserveOf<T>) -> BalanceOf<T> {
		reserve.amount.saturating_sub(Committed::<T>::get(issuer))
	}

	pub(crate) fn do_withdraw_reserve(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let (issuer, reserve) = Self::own_reserve(&who)?;
		ensure!(amount <= reserve.amount, Error::<T>::InsufficientReserve);
		ensure!(amount <= Self::free_of_claims(issuer, &reserve), Error::<T>::ReserveCommitted);
		let at = frame_system::Pallet::<T>::block_number()
			.checked_add(&T::ReserveNotice::get())
			.ok_or(Error::<T>::Overflow)?;
		Withdrawals::<T>::insert(issuer, PendingWithdrawal { amount, at });
		Self::deposit_event(Event::WithdrawalAnnounced { issuer, amount, at });
		Ok(())
	}

	pub(crate) fn do_complete_withdrawal(who: T::AccountId) -> DispatchResult {
		let (issuer, mut reserve) = Self::own_reserve(&who)?;
		let pending = Withdrawals::<T>::get(issuer).ok_or(Error::<T>::NoWithdrawal)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= pending.at, Error::<T>::NoticeRunning);
		let released = pending.amount.min(Self::free_of_claims(issuer, &reserve));
		ensure!(!released.is_zero(), Error::<T>::ReserveCommitted);
		reserve.amount = reserve.amount.saturating_sub(released);
		T::Currency::release(&HoldReason::ClaimReserve.into(), &who, released, Precision::Exact)?;
		Withdrawals::<T>::remove(issuer);
		Self::deposit_event(Event::WithdrawalCompleted { issuer, released });
		Self::deposit_event(Event::ReserveChanged { issuer, account: who, amount: reserve.amount });
		Self::store_reserve(issuer, reserve);
		Ok(())
	}

	/// Writes a reserve back, removing it (and any announced withdrawal) when empty.
	fn store_reserve(issuer: ParticipantId, reserve: ReserveOf<T>) {
		if reserve.amount.is_zero() {
			Reserves::<T>::remove(issuer);
			Withdrawals::<T>::remove(issuer);
		} else {
			Reserves::<T>::insert(issuer, reserve);
		}
	}

	/// Zero, or at least the existential deposit (a payment below it could not open an
	/// account, and an amount asked below it could never be paid).
	fn payable(amount: BalanceOf<T>) -> Result<(), Error<T>> {
		ensure!(
			amount.is_zero() || amount >= T::Currency::minimum_balance(),
			Error::<T>::BelowMinimum
		);
		Ok(())
	}

	pub(crate) fn do_claim(
		who: T::AccountId,
		warranty_id: WarrantyId,
		evidence: H256,
		asked: BalanceOf<T>,
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
		Self::payable(asked)?;
		let committed = Committed::<T>::get(warranty.issuer)
			.checked_add(&asked)
			.ok_or(Error::<T>::Overflow)?;
		let id = NextClaimId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let filed_at = frame_system::Pallet::<T>::block_number();
		let respond_by =
			filed_at.checked_add(&T::ClaimResponseTime::get()).ok_or(Error::<T>::Overflow)?;
		NextClaimId::<T>::put(next);
		Claims::<T>::insert(
			id,
			Claim {
				warranty: warranty_id,
				claimant,
				account: who,
				evidence,
				filed_at,
				asked,
				respond_by,
				status: ClaimStatus::Open,
			},
		);
		OpenClaims::<T>::insert(warranty.issuer, id, ());
		Self::set_committed(warranty.issuer, committed);
		warranty.open_claim = Some(id);
		WarrantyRecords::<T>::insert(warranty_id, warranty);
		Self::deposit_event(Event::Claimed {
			claim: id,
			warranty: warranty_id,
			claimant,
			evidence,
			asked,
			respond_by,
		});
		Ok(())
	}

	fn set_committed(issuer: ParticipantId, amount: BalanceOf<T>) {
		if amount.is_zero() {
			Committed::<T>::remove(issuer);
		} else {
			Committed::<T>::insert(issuer, amount);
		}
	}

	/// The open claim `id` and its warranty.
	fn open_claim(id: ClaimId) -> Result<(ClaimOf<T>, WarrantyOf<T>), Error<T>> {
		let claim = Claims::<T>::get(id).ok_or(Error::<T>::UnknownClaim)?;
		let warranty =
			WarrantyRecords::<T>::get(claim.warranty).ok_or(Error::<T>::UnknownWarranty)?;
		ensure!(claim.status == ClaimStatus::Open, Error::<T>::ClaimClosed);
		Ok((claim, warranty))
	}

	/// The open claim `id` and its warranty, which the caller's organisation issued.
	fn open_claim_of_issuer(
		who: &T::AccountId,
		id: ClaimId,
	) -> Result<(ClaimOf<T>, WarrantyOf<T>), Error<T>> {
		let member = Self::member(who)?;
		let (claim, warranty) = Self::open_claim(id)?;
		ensure!(warranty.issuer == member.participant, Error::<T>::NotIssuer);
		Ok((claim, warranty))
	}

	/// Writes a resolved claim, closes it on its warranty and takes what it asked off the
	/// issuer's floor.
	fn close(
		id: ClaimId,
		mut claim: ClaimOf<T>,
		mut warranty: WarrantyOf<T>,
		status: ClaimStatus<BalanceOf<T>>,
	) {
		OpenClaims::<T>::remove(warranty.issuer, id);
		Self::set_committed(
			warranty.issuer,
			Committed::<T>::get(warranty.issuer).saturating_sub(claim.asked),
		);
		warranty.open_claim = None;
		WarrantyRecords::<T>::insert(claim.warranty, warranty);
		claim.status = status;
		Claims::<T>::insert(id, claim);
	}

	/// Pays `payout` of an open claim from the issuer's reserve to the claimant
	/// organisation's admin account of record (the filing account if the organisation has
	/// none any more); returns the payee. Checks everything before moving anything.
	fn pay_claim(
		claim: &ClaimOf<T>,
		issuer: ParticipantId,
		payout: BalanceOf<T>,
	) -> Result<T::AccountId, DispatchError> {
		ensure!(payout <= claim.asked, Error::<T>::AboveAsked);
		Self::payable(payout)?;
		let payee =
			T::Participants::admin_account(claim.claimant).unwrap_or_else(|| claim.account.clone());
		if payout.is_zero() {
			return Ok(payee);
		}
		let mut reserve = Reserves::<T>::get(issuer).ok_or(Error::<T>::InsufficientReserve)?;
		reserve.amount =
			reserve.amount.checked_sub(&payout).ok_or(Error::<T>::InsufficientReserve)?;
		T::Currency::transfer_on_hold(
			&HoldReason::ClaimReserve.into(),
			&reserve.account,
			&payee,
			payout,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		Self::deposit_event(Event::ReserveChanged {
			issuer,
			account: reserve.account.clone(),
			amount: reserve.amount,
		});
		Self::store_reserve(issuer, reserve);
		Ok(payee)
	}

	pub(crate) fn do_approve(
		who: &T::AccountId,
		id: ClaimId,
		remedy: H256,
		payout: BalanceOf<T>,
	) -> DispatchResult {
		let (claim, warranty) = Self::open_claim_of_issuer(who, id)?;
		let payee = Self::pay_claim(&claim, warranty.issuer, payout)?;
		Self::close(id, claim, warranty, ClaimStatus::Approved { remedy, paid: payout });
		Self::deposit_event(Event::Approved { claim: id, remedy, paid: payout, payee });
		Ok(())
	}

	pub(crate) fn do_reject(who: &T::AccountId, id: ClaimId, reason: H256) -> DispatchResult {
		let (claim, warranty) = Self::open_claim_of_issuer(who, id)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() <= claim.respond_by,
			Error::<T>::ResponseOverdue
		);
		Self::close(id, claim, warranty, ClaimStatus::Rejected { reason });
		Self::deposit_event(Event::Rejected { claim: id, reason });
		Ok(())
	}

	pub(crate) fn do_withdraw_claim(who: &T::AccountId, id: ClaimId) -> DispatchResult {
		let member = Self::member(who)?;
		let (claim, warranty) = Self::open_claim(id)?;
		ensure!(claim.claimant == member.participant, Error::<T>::NotClaimant);
		Self::close(id, claim, warranty, ClaimStatus::Withdrawn);
		Self::deposit_event(Event::ClaimWithdrawn { claim: id });
		Ok(())
	}

	pub(crate) fn do_rule(id: ClaimId, verdict: H256, payout: BalanceOf<T>) -> DispatchResult {
		let (claim, warranty) = Self::open_claim(id)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() > claim.respond_by,
			Error::<T>::NotOverdue
		);
		let payee = Self::pay_claim(&claim, warranty.issuer, payout)?;
		Self::close(id, claim, warranty, ClaimStatus::Ruled { verdict, paid: payout });
		Self::deposit_event(Event::Ruled { claim: id, verdict, paid: payout, payee });
		Ok(())
	}
}
