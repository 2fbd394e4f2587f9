//! Recalls: quarantine and release of parts, lots and batches.

use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

use crate::*;

/// Who acts where governance may act as well as a member (recalls, corrections).
pub(crate) enum ActingAs<AccountId> {
	/// The admin origin (governance).
	Admin,
	/// An account of a participant.
	Member(AccountId, ParticipantId),
}

impl<T: Config> Pallet<T> {
	pub(crate) fn acting_as(origin: OriginFor<T>) -> Result<ActingAs<T::AccountId>, DispatchError> {
		use frame_support::traits::EnsureOrigin;
		match T::AdminOrigin::try_origin(origin) {
			Ok(_) => Ok(ActingAs::Admin),
			Err(origin) => {
				let who = frame_system::ensure_signed(origin)?;
				let member = Self::member(&who)?;
				Ok(ActingAs::Member(who, member.participant))
			},
		}
	}

	/// The participant that may recall `target`.
	pub(crate) fn recall_authority(target: &RecallTarget) -> Result<ParticipantId, Error<T>> {
		match target {
			RecallTarget::Part(id) => {
				let part = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?;
				Ok(PartTypes::<T>::get(part.part_type)
					.ok_or(Error::<T>::UnknownPartType)?
					.manufacturer)
			},
			RecallTarget::Lot(id) => Ok(Lots::<T>::get(id).ok_or(Error::<T>::UnknownLot)?.producer),
			RecallTarget::Batch { part_type, .. } => {
				Ok(PartTypes::<T>::get(part_type).ok_or(Error::<T>::UnknownPartType)?.manufacturer)
			},
		}
	}

	pub(crate) fn check_authority(
		by: &ActingAs<T::AccountId>,
		target: &RecallTarget,
	) -> Result<(), Error<T>> {
		let authority = Self::recall_authority(target)?;
		if let ActingAs::Member(_, participant) = by {
			ensure!(*participant == authority, Error::<T>::NotRecallAuthority);
		}
		Ok(())
	}

	/// A part past its first life was remanufactured, reconditioned or repaired by someone
	/// and is their stock: its maker recalls it only through governance (a council
	/// motion), which also lifts such a recall. The maker's own recalls of parts in their
	/// first life, and of lots and batches, stay its own.
	pub(crate) fn check_life(
		by: &ActingAs<T::AccountId>,
		target: &RecallTarget,
	) -> Result<(), Error<T>> {
		if let (ActingAs::Member(..), RecallTarget::Part(id)) = (by, target) {
			let part = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?;
			ensure!(part.life <= 1, Error::<T>::LaterLifeRecall);
		}
		Ok(())
	}

	/// Records a recall step in the history of the part or lot it names, on behalf of the
	/// acting account (governance acts as the recall's authority, with no account: the
	/// record then names the item's maker as actor participant and is written by no one).
	fn record_recall(
		by: &ActingAs<T::AccountId>,
		target: &RecallTarget,
		kind: RecordKind,
		reason: H256,
	) -> Result<(), Error<T>> {
		let item = match target {
			RecallTarget::Part(id) => Item::Part(*id),
			RecallTarget::Lot(id) => Item::Lot(*id),
			// A batch can hold any number of parts: the recall is stored once, each part's
			// view shows it, and the `Quarantined` event announces it.
			RecallTarget::Batch { .. } => return Ok(()),
		};
		let actor = match by {
			ActingAs::Member(who, participant) => (who.clone(), *participant),
			ActingAs::Admin => (Self::governance_account()?, Self::recall_authority(target)?),
		};
		Self::append(item, kind, &actor.0, actor.1, reason, None).map(|_| ())
	}

	/// The account governance actions are recorded under: all zero bytes, which no one
	/// holds the key of.
	pub(crate) fn governance_account() -> Result<T::AccountId, Error<T>> {
		use codec::Decode;
		T::AccountId::decode(&mut sp_runtime::traits::TrailingZeroInput::zeroes())
			.map_err(|_| Error::<T>::NotRecallAuthority)
	}

	pub(crate) fn do_quarantine(
		by: ActingAs<T::AccountId>,
		target: RecallTarget,
		reason: H256,
	) -> DispatchResult {
		Self::check_authority(&by, &target)?;
		Self::check_life(&by, &target)?;
		match target {
			RecallTarget::Part(id) => {
				let mut part = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?;
				ensure!(part.quarantine.is_none(), Error::<T>::AlreadyQuarantined);
				// Every assembly it is installed in is held with it.
				let above = Self::ancestors(&part)?;
				part.quarantine = Some(reason);
				PartRecords::<T>::insert(id, part);
				Self::add_quarantined_below(&above, 1, true);
			},
			RecallTarget::Lot(id) => Lots::<T>::try_mutate(id, |lot| {
				let lot = lot.as_mut().ok_or(Error::<T>::UnknownLot)?;
				ensure!(lot.quarantine.is_none(), Error::<T>::AlreadyQuarantined);
				lot.quarantine = Some(reason);
				Ok::<_, Error<T>>(())
			})?,
			RecallTarget::Batch { part_type, certification } => {
				ensure!(
					!BatchRecalls::<T>::contains_key(part_type, certification),
					Error::<T>::AlreadyQuarantined
				);
				BatchRecalls::<T>::insert(part_type, certification, reason);
			},
		}
		if matches!(by, ActingAs::Admin) {
			RecalledByGovernance::<T>::insert(target, ());
		}
		Self::record_recall(&by, &target, RecordKind::Quarantined, reason)?;
		Self::deposit_event(Event::Quarantined { target, reason });
		Ok(())
	}

	pub(crate) fn do_release(by: ActingAs<T::AccountId>, target: RecallTarget) -> DispatchResult {
		Self::check_authority(&by, &target)?;
		// What governance imposed, only governance lifts (THREATS rule 8).
		let by_governance = RecalledByGovernance::<T>::contains_key(target);
		ensure!(!by_governance || matches!(by, ActingAs::Admin), Error::<T>::ImposedByGovernance);
		Self::check_unwind(&by, &target)?;
		match target {
			RecallTarget::Part(id) => {
				let mut part = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?;
				part.quarantine.take().ok_or(Error::<T>::NotQuarantined)?;
				let above = Self::ancestors(&part)?;
				PartRecords::<T>::insert(id, part);
				Self::add_quarantined_below(&above, 1, false);
			},
			RecallTarget::Lot(id) => Lots::<T>::try_mutate(id, |lot| {
				let lot = lot.as_mut().ok_or(Error::<T>::UnknownLot)?;
				lot.quarantine.take().ok_or(Error::<T>::NotQuarantined).map(|_| ())
			})?,
			RecallTarget::Batch { part_type, certification } => {
				BatchRecalls::<T>::take(part_type, certification)
					.ok_or(Error::<T>::NotQuarantined)?;
			},
		}
		RecalledByGovernance::<T>::remove(target);
		Self::unwind_cascade(&by, target)?;
		Self::record_recall(&by, &target, RecordKind::Released, H256::zero())?;
		Self::deposit_event(Event::Released { target });
		Ok(())
	}
}
