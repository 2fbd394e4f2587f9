//! Core deposits: held from a part's buyer, refunded for a core of its type returned in
//! time, or paid to the seller after the term.

use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	DispatchResult,
};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_offer_charge(
		who: T::AccountId,
		part: PartId,
		buyer: ParticipantId,
		amount: BalanceOf<T>,
		return_within: BlockNumberFor<T>,
	) -> DispatchResult {
		let member = Self::admin(&who)?;
		let summary = T::Parts::summary(part).ok_or(Error::<T>::UnknownPart)?;
		let (part_type, seller) = (summary.part_type, member.participant);
		ensure!(summary.owner == seller, Error::<T>::NotOwner);
		ensure!(
			buyer != seller && T::Participants::is_active(buyer),
			Error::<T>::InvalidParticipant
		);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(!return_within.is_zero(), Error::<T>::InvalidTerm);
		let now = frame_system::Pallet::<T>::block_number();
		let return_by = now.checked_add(&return_within).ok_or(Error::<T>::Overflow)?;
		let charge = NextChargeId::<T>::get();
		NextChargeId::<T>::put(charge.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Charges::<T>::insert(
			charge,
			CoreCharge {
				seller,
				seller_account: who,
				buyer,
				part,
				part_type,
				amount,
				paid_by: None,
				return_by,
			},
		);
		Self::deposit_event(Event::ChargeOffered {
			charge,
			part,
			seller,
			buyer,
			amount,
			return_by,
		});
		Ok(())
	}

	pub(crate) fn do_pay_charge(who: T::AccountId, id: ChargeId) -> DispatchResult {
		let member = Self::member(&who)?;
		let mut charge = Charges::<T>::get(id).ok_or(Error::<T>::UnknownCharge)?;
		ensure!(charge.buyer == member.participant, Error::<T>::NotBuyer);
		ensure!(charge.paid_by.is_none(), Error::<T>::AlreadyPaid);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < charge.return_by, Error::<T>::ChargeExpired);
		T::Currency::hold(&HoldReason::CoreCharge.into(), &who, charge.amount)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		charge.paid_by = Some(who.clone());
		Charges::<T>::insert(id, charge);
		Self::deposit_event(Event::ChargePaid { charge: id, account: who });
		Ok(())
	}

	pub(crate) fn do_cancel_charge(who: &T::AccountId, id: ChargeId) -> DispatchResult {
		let member = Self::admin(who)?;
		let charge = Charges::<T>::get(id).ok_or(Error::<T>::UnknownCharge)?;
		ensure!(charge.seller == member.participant, Error::<T>::NotSeller);
		ensure!(charge.paid_by.is_none(), Error::<T>::AlreadyPaid);
		Charges::<T>::remove(id);
		Self::deposit_event(Event::ChargeCancelled { charge: id });
		Ok(())
	}

	pub(crate) fn do_forfeit_charge(id: ChargeId) -> DispatchResult {
		let charge = Charges::<T>::get(id).ok_or(Error::<T>::UnknownCharge)?;
		let account = charge.paid_by.ok_or(Error::<T>::NotPaid)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= charge.return_by, Error::<T>::ChargeNotDue);
		// The seller organisation's account of record now, not the key that asked.
		let seller_account = Self::account_of_record(charge.seller)?;
		T::Currency::transfer_on_hold(
			&HoldReason::CoreCharge.into(),
			&account,
			&seller_account,
			charge.amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Polite,
		)?;
		Charges::<T>::remove(id);
		Self::deposit_event(Event::ChargeForfeited {
			charge: id,
			account: seller_account,
			amount: charge.amount,
		});
		Ok(())
	}

	/// A core of `part_type` returned by `by`: refunds the deposit `id` if it is `by`'s,
	/// paid, for that part type and within its term.
	pub(crate) fn refund_charge(
		id: ChargeId,
		core: PartId,
		part_type: PartTypeId,
		by: ParticipantId,
	) -> DispatchResult {
		let charge = Charges::<T>::get(id).ok_or(Error::<T>::UnknownCharge)?;
		ensure!(charge.buyer == by, Error::<T>::NotBuyer);
		let account = charge.paid_by.ok_or(Error::<T>::NotPaid)?;
		ensure!(charge.part_type == part_type, Error::<T>::WrongPartType);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < charge.return_by, Error::<T>::ChargeExpired);
		T::Currency::release(
			&HoldReason::CoreCharge.into(),
			&account,
			charge.amount,
			Precision::Exact,
		)?;
		Charges::<T>::remove(id);
		Self::deposit_event(Event::ChargeRefunded {
			charge: id,
			core,
			account,
			amount: charge.amount,
		});
		Ok(())
	}
}
