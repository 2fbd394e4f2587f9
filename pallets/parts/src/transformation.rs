//! Transformation (white paper 5.1): material from a lot consumed into a part, for
//! good, and a part transformed into another, which ends its life.

use frame_support::ensure;
use sp_runtime::DispatchResult;

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_consume(
		who: &T::AccountId,
		lot_id: LotId,
		part_id: PartId,
		quantity: u64,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::UnknownLot)?;
		let part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		ensure!(lot.remaining > 0, Error::<T>::LotExhausted);
		ensure!(quantity <= lot.remaining, Error::<T>::InsufficientQuantity);
		ensure!(!Self::lot_held(lot_id, &lot), Error::<T>::ItemQuarantined);
		ensure!(lot.owner == member.participant, Error::<T>::NotOwner);
		ensure!(
			matches!(part.status, PartStatus::Active | PartStatus::Installed),
			Error::<T>::NotActive
		);
		let (top_id, top) = Self::top_of(part_id, part)?;
		ensure!(top.owner == member.participant, Error::<T>::NotOwner);
		Self::ensure_unlocked(top_id)?;

		lot.remaining =
			lot.remaining.checked_sub(quantity).ok_or(Error::<T>::InsufficientQuantity)?;
		let remaining = lot.remaining;
		Lots::<T>::insert(lot_id, lot);
		let me = member.participant;
		Self::note(
			Item::Lot(lot_id),
			RecordKind::ConsumedInto { part: part_id, quantity },
			who,
			me,
		)?;
		Self::note(
			Item::Part(part_id),
			RecordKind::MaterialConsumed { lot: lot_id, quantity },
			who,
			me,
		)?;
		Self::deposit_event(Event::Consumed { lot: lot_id, part: part_id, quantity, remaining });
		Ok(())
	}

	pub(crate) fn do_transform(
		who: &T::AccountId,
		part_id: PartId,
		into: PartId,
	) -> DispatchResult {
		let member = Self::member(who)?;
		ensure!(part_id != into, Error::<T>::AssemblyCycle);
		let part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		let product = PartRecords::<T>::get(into).ok_or(Error::<T>::UnknownPart)?;
		ensure!(part.parent.is_none(), Error::<T>::PartInstalled);
		ensure!(part.status == PartStatus::Active, Error::<T>::NotActive);
		ensure!(part.children == 0, Error::<T>::HasChildren);
		ensure!(!Self::part_quarantined(part_id, &part), Error::<T>::ItemQuarantined);
		ensure!(!Self::has_open_offer(Item::Part(part_id)), Error::<T>::OfferOpen);
		ensure!(part.owner == member.participant, Error::<T>::NotOwner);
		ensure!(
			matches!(product.status, PartStatus::Active | PartStatus::Installed),
			Error::<T>::NotActive
		);
		let (top_id, top) = Self::top_of(into, product)?;
		ensure!(top.owner == member.participant, Error::<T>::NotOwner);
		Self::ensure_unlocked(top_id)?;

		Self::change_status(part_id, PartStatus::Consumed)?;
		let me = member.participant;
		Self::note(Item::Part(part_id), RecordKind::TransformedInto { part: into }, who, me)?;
		Self::note(Item::Part(into), RecordKind::MadeFrom { part: part_id }, who, me)?;
		Self::deposit_event(Event::Transformed { part: part_id, into });
		Ok(())
	}
}
