//! Claim reserves (funding, the floor of open claims, withdrawals on notice, moving the
//! reserve to the admin of record), claims and how they end: approval, rejection,
//! withdrawal by the claimant, governance's ruling, and the default when nobody decides.

use amchain_primitives::{participants::MemberKind, warranties::PendingWithdrawal};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, Zero},
	DispatchError, DispatchResult,
};

use crate::*;

impl<T: Config> Pallet<T> {
	/// The organisation `who` administers: reserves and the withdrawal of a claim are a
	/// person's acts, not a device's.
	fn admin_of(who: &T::AccountId) -> Result<ParticipantId, Error<T>> {
		let member = Self::member(who)?;
		ensure!(member.kind == MemberKind::Admin, Error::<T>::NotAdmin);
		Ok(member.participant)
	}

	pub(crate) fn do_fund_reserve(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let issuer = Self::admin_of(&who)?;
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

	/// The reserve of the organisation `who` administers, held on `who`'s account.
	fn own_reserve(who: &T::AccountId) -> Result<(ParticipantId, ReserveOf<T>), Error<T>> {
		let issuer = Self::admin_of(who)?;
		let reserve = Reserves::<T>::get(issuer).ok_or(Error::<T>::InsufficientReserve)?;
		ensure!(&reserve.account == who, Error::<T>::NotReserveAccount);
		Ok((issuer, reserve))
	}

	/// What of `reserve` the issuer's open claims do not set aside.
	fn free_of_claims(issuer: ParticipantId, reserve: &ReserveOf<T>) -> BalanceOf<T> {
		reserve.amount.saturating_sub(Committed::<T>::get(issuer))
	}

	pub(crate) fn do_withdraw_reserve(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let (issuer, reserve) = Self::own_reserve(&who)?;
		ensure!(amount <= reserve.amount, Error::<T>::InsufficientReserve);
		ensure!(amount <= Self::free_of_claims(issuer, &reserve), Error::<T>::ReserveCommitted);
		let notice = T::ReserveNotice::get();
		let at = frame_system::Pallet::<T>::block_number()
			.checked_add(&notice)
			.ok_or(Error::<T>::Overflow)?;
		let until = at.checked_add(&notice).ok_or(Error::<T>::Overflow)?;
		Withdrawals::<T>::insert(issuer, PendingWithdrawal { amount, at, until });
		Self::deposit_event(Event::WithdrawalAnnounced { issuer, amount, at, until });
		Ok(())
	}

	pub(crate) fn do_complete_withdrawal(who: T::AccountId) -> DispatchResult {
		let (issuer, mut reserve) = Self::own_reserve(&who)?;
		let pending = Withdrawals::<T>::get(issuer).ok_or(Error::<T>::NoWithdrawal)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= pending.at, Error::<T>::NoticeRunning);
		ensure!(now <= pending.until, Error::<T>::WithdrawalLapsed);
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

	pub(crate) fn do_move_reserve(who: T::AccountId) -> DispatchResult {
		let issuer = Self::admin_of(&who)?;
		let mut reserve = Reserves::<T>::get(issuer).ok_or(Error::<T>::InsufficientReserve)?;
		ensure!(reserve.account != who, Error::<T>::ReserveHeldHere);
		T::Currency::transfer_on_hold(
			&HoldReason::ClaimReserve.into(),
			&reserve.account,
			&who,
			reserve.amount,
			Precision::Exact,
			Restriction::OnHold,
			Fortitude::Polite,
		)
		// The caller's account must exist (hold the existential deposit) to hold it.
		.map_err(|_| Error::<T>::InsufficientFunds)?;
		let from = core::mem::replace(&mut reserve.account, who.clone());
		Self::deposit_event(Event::ReserveMoved { issuer, from, to: who });
		Reserves::<T>::insert(issuer, reserve);
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
		// The issuer does not claim on its own warranty (it would judge its own case, and
		// pay itself what the reserve holds for others).
		ensure!(warranty.issuer != claimant, Error::<T>::OwnWarranty);
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
		Self::payable(asked)?;
		// A claim left open by a former holder ends with its holding: the warranty is the
		// new holder's, unless the issuer's time to answer it has passed (then it waits
		// for the council or the default, which pay what was due when it was filed).
		let superseded = match warranty.open_claim {
			Some(open) => {
				let old = Claims::<T>::get(open).ok_or(Error::<T>::UnknownClaim)?;
				ensure!(
					old.claimant != claimant
						&& frame_system::Pallet::<T>::block_number() <= old.respond_by,
					Error::<T>::ClaimOpen
				);
				Some((open, old))
			},
			None => None,
		};
		let id = NextClaimId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let filed_at = frame_system::Pallet::<T>::block_number();
		let respond_by =
			filed_at.checked_add(&T::ClaimResponseTime::get()).ok_or(Error::<T>::Overflow)?;
		if let Some((open, old)) = superseded {
			Self::close(open, old, warranty.clone(), ClaimStatus::Withdrawn);
			Self::deposit_event(Event::ClaimSuperseded { claim: open, by: id });
		}
		// What the reserve holds free of the other open claims now backs this one.
		let committed = Committed::<T>::get(warranty.issuer);
		let free = Reserves::<T>::get(warranty.issuer)
			.map_or_else(Zero::zero, |r| r.amount.saturating_sub(committed));
		// (Nothing below the existential deposit: it could not be paid out by default.)
		let covered = Some(asked.min(free))
			.filter(|c| *c >= T::Currency::minimum_balance())
			.unwrap_or_else(Zero::zero);
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
				covered,
				respond_by,
				status: ClaimStatus::Open,
			},
		);
		OpenClaims::<T>::insert(warranty.issuer, id, ());
		Self::set_committed(warranty.issuer, committed.saturating_add(covered));
		warranty.open_claim = Some(id);
		WarrantyRecords::<T>::insert(warranty_id, warranty);
		Self::deposit_event(Event::Claimed {
			claim: id,
			warranty: warranty_id,
			claimant,
			evidence,
			asked,
			covered,
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

	/// Writes a resolved claim, closes it on its warranty and takes what it set aside off
	/// the issuer's floor.
	fn close(
		id: ClaimId,
		mut claim: ClaimOf<T>,
		mut warranty: WarrantyOf<T>,
		status: ClaimStatus<BalanceOf<T>>,
	) {
		OpenClaims::<T>::remove(warranty.issuer, id);
		Self::set_committed(
			warranty.issuer,
			Committed::<T>::get(warranty.issuer).saturating_sub(claim.covered),
		);
		warranty.open_claim = None;
		WarrantyRecords::<T>::insert(claim.warranty, warranty);
		claim.status = status;
		Claims::<T>::insert(id, claim);
	}

	/// Pays `payout` of an open claim from the issuer's reserve to the claimant
	/// organisation's admin account of record (the filing account if the organisation has
	/// none any more); returns the payee. At most what was asked, and never what the
	/// reserve sets aside for the issuer's other open claims. Checks everything before
	/// moving anything.
	fn pay_claim(
		claim: &ClaimOf<T>,
		issuer: ParticipantId,
		payout: BalanceOf<T>,
	) -> Result<T::AccountId, DispatchError> {
		ensure!(payout <= claim.asked, Error::<T>::AboveAsked);
		Self::payable(payout)?;
		// Never the filing key itself (a removed device or a rotated-out admin): an
		// organisation without an admin account is paid nothing until it has one.
		let payee =
			T::Participants::admin_account(claim.claimant).ok_or(Error::<T>::UnknownParticipant)?;
		if payout.is_zero() {
			return Ok(payee);
		}
		let mut reserve = Reserves::<T>::get(issuer).ok_or(Error::<T>::InsufficientReserve)?;
		let others = Committed::<T>::get(issuer).saturating_sub(claim.covered);
		ensure!(payout <= reserve.amount.saturating_sub(others), Error::<T>::InsufficientReserve);
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
		// Paying from the reserve is a person's act: a device approves remedies only.
		if !payout.is_zero() {
			ensure!(Self::member(who)?.kind == MemberKind::Admin, Error::<T>::NotAdmin);
		}
		// Past its deadline the issuer can only grant the claim in full: anything less
		// is for the council (or the default) to decide.
		ensure!(
			frame_system::Pallet::<T>::block_number() <= claim.respond_by || payout == claim.asked,
			Error::<T>::BelowAsked
		);
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
		let claimant = Self::admin_of(who)?;
		let (claim, warranty) = Self::open_claim(id)?;
		ensure!(claim.claimant == claimant, Error::<T>::NotClaimant);
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

	pub(crate) fn do_settle_overdue(id: ClaimId) -> DispatchResult {
		let (claim, warranty) = Self::open_claim(id)?;
		let ruling_ends = claim.respond_by.saturating_add(T::ClaimResponseTime::get());
		ensure!(
			frame_system::Pallet::<T>::block_number() > ruling_ends,
			Error::<T>::RulingTimeRunning
		);
		let paid = claim.covered;
		let payee = Self::pay_claim(&claim, warranty.issuer, paid)?;
		Self::close(id, claim, warranty, ClaimStatus::Defaulted { paid });
		Self::deposit_event(Event::Defaulted { claim: id, paid, payee });
		Ok(())
	}
}
