//! Core deposits: held from a part's buyer, refunded for a core of its type returned in
//! time, or paid to the seller after the term, which runs from the part's delivery to the
//! buyer; a part never delivered in time sends the deposit back (issue 18 item 14).

use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	DispatchError, DispatchResult,
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
		ensure!(summary.parent.is_none(), Error::<T>::PartInstalled);
		ensure!(
			buyer != seller && T::Participants::is_active(buyer),
			Error::<T>::InvalidParticipant
		);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		// Paid to the seller or back to the buyer's organisation, whichever way it ends.
		ensure!(amount >= T::Currency::minimum_balance(), Error::<T>::BelowMinimum);
		ensure!(!return_within.is_zero(), Error::<T>::InvalidTerm);
		let now = frame_system::Pallet::<T>::block_number();
		// Until delivery, the deadline for it; from delivery, the deadline for a core.
		let return_by = now.checked_add(&return_within).ok_or(Error::<T>::Overflow)?;
		// A buyer that holds the part already has it: the return term starts now.
		let delivered_at = (summary.custodian == buyer).then_some(now);
		// Otherwise its receipt is looked for in the history written from now on.
		let read_from =
			T::Parts::receipt(Item::Part(part), Handover::Custody, buyer, RecordIndex::MAX, 0)
				.map(|(_, end)| end)
				.ok_or(Error::<T>::UnknownPart)?;
		let charge = NextChargeId::<T>::get();
		NextChargeId::<T>::put(charge.checked_add(1).ok_or(Error::<T>::Overflow)?);
		if delivered_at.is_none() {
			ensure!(!AwaitingDelivery::<T>::contains_key(part), Error::<T>::DeliveryAwaited);
			AwaitingDelivery::<T>::insert(part, charge);
		}
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
				return_within,
				delivered_at,
				read_from,
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
		match &charge.paid_by {
			None => {
				Self::end_charge(id, &charge);
				Self::deposit_event(Event::ChargeCancelled { charge: id });
			},
			// Paid, the part not delivered: the seller may give up and send it back (so a
			// request made just after the part was passed on does not bind the seller to
			// a refund at the deadline only).
			Some(account) => {
				ensure!(charge.delivered_at.is_none(), Error::<T>::AlreadyPaid);
				let payee = Self::refund_to_buyer(&charge, account)?;
				Self::end_charge(id, &charge);
				Self::deposit_event(Event::ChargeWithdrawn {
					charge: id,
					account: payee,
					amount: charge.amount,
				});
			},
		}
		Ok(())
	}

	/// Removes the deposit request `id` and its part's wait for delivery.
	fn end_charge(id: ChargeId, charge: &ChargeOf<T>) {
		if charge.delivered_at.is_none() {
			AwaitingDelivery::<T>::remove(charge.part);
		}
		Charges::<T>::remove(id);
	}

	/// Sends a paid deposit held on `account` back to the buyer organisation's account of
	/// record now (THREATS rule 1), or releases it to `account` if the organisation has
	/// none; returns who got it.
	fn refund_to_buyer(
		charge: &ChargeOf<T>,
		account: &T::AccountId,
	) -> Result<T::AccountId, DispatchError> {
		let payee = T::Participants::admin_account(charge.buyer).unwrap_or_else(|| account.clone());
		if &payee == account {
			T::Currency::release(
				&HoldReason::CoreCharge.into(),
				account,
				charge.amount,
				Precision::Exact,
			)?;
		} else {
			T::Currency::transfer_on_hold(
				&HoldReason::CoreCharge.into(),
				account,
				&payee,
				charge.amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		Ok(payee)
	}

	pub(crate) fn do_forfeit_charge(id: ChargeId) -> DispatchResult {
		let charge = Charges::<T>::get(id).ok_or(Error::<T>::UnknownCharge)?;
		let account = charge.paid_by.clone().ok_or(Error::<T>::NotPaid)?;
		// The term runs from delivery: a part the buyer never got earns the seller nothing.
		ensure!(charge.delivered_at.is_some(), Error::<T>::NotDelivered);
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

	pub(crate) fn do_note_delivery(id: ChargeId) -> DispatchResult {
		let mut charge = Charges::<T>::get(id).ok_or(Error::<T>::UnknownCharge)?;
		ensure!(charge.delivered_at.is_none(), Error::<T>::AlreadyDelivered);
		match Self::read_delivery(&charge)? {
			Delivery::Seen => Self::delivered(id, charge),
			Delivery::ReadOn(next) => {
				charge.read_from = next;
				Charges::<T>::insert(id, charge);
				Self::deposit_event(Event::ChargeHistoryRead { charge: id, next });
				Ok(())
			},
			Delivery::NotSeen => Err(Error::<T>::NotDelivered.into()),
		}
	}

	pub(crate) fn do_refund_undelivered(id: ChargeId) -> DispatchResult {
		let mut charge = Charges::<T>::get(id).ok_or(Error::<T>::UnknownCharge)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now >= charge.return_by, Error::<T>::ChargeNotDue);
		// An unpaid request past its deadline ends, delivered or not: nothing is held.
		if charge.paid_by.is_none() {
			let delivered = charge.delivered_at.is_some();
			Self::end_charge(id, &charge);
			Self::deposit_event(if delivered {
				Event::ChargeCancelled { charge: id }
			} else {
				Event::ChargeUndelivered { charge: id, account: None, amount: charge.amount }
			});
			return Ok(());
		}
		ensure!(charge.delivered_at.is_none(), Error::<T>::AlreadyDelivered);
		match Self::read_delivery(&charge)? {
			// Delivered in the end (seen late): the return term starts now, in the buyer's
			// favour; nothing is refunded.
			Delivery::Seen => return Self::delivered(id, charge),
			Delivery::ReadOn(next) => {
				charge.read_from = next;
				Charges::<T>::insert(id, charge);
				Self::deposit_event(Event::ChargeHistoryRead { charge: id, next });
				return Ok(());
			},
			Delivery::NotSeen => {},
		}
		// Back to the buyer organisation's account of record now (THREATS rule 1).
		let refunded = match &charge.paid_by {
			Some(account) => Some(Self::refund_to_buyer(&charge, account)?),
			None => None,
		};
		Self::end_charge(id, &charge);
		Self::deposit_event(Event::ChargeUndelivered {
			charge: id,
			account: refunded,
			amount: charge.amount,
		});
		Ok(())
	}

	/// Starts the return term of the deposit `id`, whose part reached the buyer.
	fn delivered(id: ChargeId, mut charge: ChargeOf<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		charge.return_by = now.checked_add(&charge.return_within).ok_or(Error::<T>::Overflow)?;
		charge.delivered_at = Some(now);
		AwaitingDelivery::<T>::remove(charge.part);
		let return_by = charge.return_by;
		Charges::<T>::insert(id, charge);
		Self::deposit_event(Event::ChargeDelivered { charge: id, return_by });
		Ok(())
	}

	/// Whether the part reached the buyer: the buyer's organisation holds it now, or its
	/// custody passed to it in the history from `read_from` (at most `MAX_DELIVERY_SCAN`
	/// records read).
	fn read_delivery(charge: &ChargeOf<T>) -> Result<Delivery, Error<T>> {
		if T::Parts::summary(charge.part).is_some_and(|p| p.custodian == charge.buyer) {
			return Ok(Delivery::Seen);
		}
		let (found, next) = T::Parts::receipt(
			Item::Part(charge.part),
			Handover::Custody,
			charge.buyer,
			charge.read_from,
			MAX_DELIVERY_SCAN,
		)
		.ok_or(Error::<T>::UnknownPart)?;
		Ok(match found {
			Some(_) => Delivery::Seen,
			// Fewer records than asked for: the end of the history.
			None if next.saturating_sub(charge.read_from) < MAX_DELIVERY_SCAN => Delivery::NotSeen,
			None => Delivery::ReadOn(next),
		})
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
		let account = charge.paid_by.clone().ok_or(Error::<T>::NotPaid)?;
		ensure!(charge.part_type == part_type, Error::<T>::WrongPartType);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now < charge.return_by, Error::<T>::ChargeExpired);
		// To the buyer organisation's account of record now (THREATS rule 1): a key that
		// paid and has since been rotated out, or a device since removed, gets nothing.
		let account = Self::refund_to_buyer(&charge, &account)?;
		Self::end_charge(id, &charge);
		Self::deposit_event(Event::ChargeRefunded {
			charge: id,
			core,
			account,
			amount: charge.amount,
		});
		Ok(())
	}
}

/// The most history records of a part one `note_delivery` or `refund_undelivered` reads
/// (their weights are benchmarked at it).
pub const MAX_DELIVERY_SCAN: u32 = 32;

/// What a part's history says of its delivery to the buyer so far.
pub(crate) enum Delivery {
	/// The buyer got it.
	Seen,
	/// Not in the records read; read on from this one.
	ReadOn(RecordIndex),
	/// Not in the whole history.
	NotSeen,
}
