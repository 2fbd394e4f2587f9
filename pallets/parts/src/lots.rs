//! Splitting a lot (white paper 5.1): part of a lot's remaining material becomes a lot of
//! its own, which its owner hands over or consumes apart from the rest. The new lot keeps
//! the material's identity (producer, certification, unit, production block) and names
//! the lot it was split from (`SplitFrom`); a recall of a lot holds every lot split from
//! it, directly or through other splits. Splits nest at most `MaxSplitDepth` deep, so
//! that check stays bounded.

use frame_support::{ensure, traits::Get};
use sp_runtime::DispatchError;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether a recall holds lot `id`: its own quarantine, or that of a lot it was split
	/// from, directly or through other splits (two reads per level, at most
	/// `MaxSplitDepth` levels).
	pub(crate) fn lot_held(id: LotId, lot: &LotOf<T>) -> bool {
		if lot.quarantine.is_some() {
			return true;
		}
		let mut current = id;
		for _ in 0..T::MaxSplitDepth::get() {
			let Some(parent) = SplitFrom::<T>::get(current) else { return false };
			match Lots::<T>::get(parent) {
				Some(above) if above.quarantine.is_some() => return true,
				Some(_) => current = parent,
				// Lots are never removed; were one missing, the chain above it is unknown.
				None => return false,
			}
		}
		false
	}

	/// How many splits lie between lot `id` and the lot its material was registered as
	/// (0 for a registered lot; at most `MaxSplitDepth` reads).
	pub(crate) fn split_depth(id: LotId) -> u32 {
		let mut depth = 0;
		let mut current = id;
		while depth < T::MaxSplitDepth::get() {
			let Some(parent) = SplitFrom::<T>::get(current) else { break };
			depth += 1;
			current = parent;
		}
		depth
	}

	/// Moves `quantity` of `lot_id`'s remaining material into a new lot of the same
	/// owner and custodian; returns the new lot's id.
	pub(crate) fn do_split_lot(
		who: &T::AccountId,
		lot_id: LotId,
		quantity: u64,
	) -> Result<LotId, DispatchError> {
		// Creating a lot is a title act: the admin account's, not a device's.
		let member = Self::admin(who)?;
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::UnknownLot)?;
		ensure!(lot.owner == member.participant, Error::<T>::NotOwner);
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		ensure!(lot.remaining > 0, Error::<T>::LotExhausted);
		// Something stays behind: a lot at 0 is used up for good, which a split is not.
		ensure!(quantity < lot.remaining, Error::<T>::InsufficientQuantity);
		ensure!(!Self::lot_held(lot_id, &lot), Error::<T>::ItemQuarantined);
		// An offer names the whole lot: its receiver would accept less than was offered.
		ensure!(!Self::has_open_offer(Item::Lot(lot_id)), Error::<T>::OfferOpen);
		ensure!(Self::split_depth(lot_id) < T::MaxSplitDepth::get(), Error::<T>::SplitTooDeep);
		let id = NextLotId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		lot.remaining =
			lot.remaining.checked_sub(quantity).ok_or(Error::<T>::InsufficientQuantity)?;
		let split = LotRecord {
			material: lot.material.clone(),
			unit: lot.unit,
			producer: lot.producer,
			certification: lot.certification,
			owner: lot.owner,
			custodian: lot.custodian,
			quantity,
			remaining: quantity,
			quarantine: None,
			registered_at: lot.registered_at,
		};
		Lots::<T>::insert(lot_id, lot);
		Lots::<T>::insert(id, split);
		SplitFrom::<T>::insert(id, lot_id);
		NextLotId::<T>::put(next);
		let me = member.participant;
		Self::note(Item::Lot(lot_id), RecordKind::SplitInto { lot: id, quantity }, who, me)?;
		Self::note(Item::Lot(id), RecordKind::SplitFrom { lot: lot_id, quantity }, who, me)?;
		Self::deposit_event(Event::LotSplit { lot: lot_id, into: id, quantity });
		Ok(id)
	}
}
