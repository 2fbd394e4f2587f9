//! The status changes of a part's life: scrapping by its owner, and the moves other
//! pallets make through `PartsLifecycle` (a core returned, its next life, recycling).

use frame_support::ensure;
use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_scrap(who: &T::AccountId, part_id: PartId, reason: H256) -> DispatchResult {
		// Ending a part's life is a person's act: the admin account, not a device.
		let member = Self::admin(who)?;
		// A returned core has a record (and maybe a listing with held bids) in pallet-cores,
		// which would outlive it: its life ends there.
		let status = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?.status;
		ensure!(status != PartStatus::ReturnedAsCore, Error::<T>::ReturnedCore);
		Self::do_set_status(part_id, PartStatus::Scrapped, who, member.participant, reason, true)
	}

	/// Moves a stand-alone part from one status to another as [`PartStatus::can_become`]
	/// allows, writes the history and emits `StatusChanged`. With `owner_only`, the
	/// participant must own the part.
	pub(crate) fn do_set_status(
		part_id: PartId,
		to: PartStatus,
		who: &T::AccountId,
		participant: ParticipantId,
		data: H256,
		owner_only: bool,
	) -> DispatchResult {
		let part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		ensure!(part.parent.is_none(), Error::<T>::PartInstalled);
		if owner_only {
			ensure!(part.owner == participant, Error::<T>::NotOwner);
		}
		let from = part.status;
		// Assembly has its own calls; retiring a part needs its children removed first.
		ensure!(from.can_become(to) && to != PartStatus::Installed, Error::<T>::InvalidTransition);
		if to.is_final() {
			ensure!(part.children == 0, Error::<T>::HasChildren);
		}
		ensure!(!Self::has_open_offer(Item::Part(part_id)), Error::<T>::OfferOpen);
		Self::change_status(part_id, to)?;
		Self::append(
			Item::Part(part_id),
			RecordKind::StatusChanged { from, to },
			who,
			participant,
			data,
			None,
		)?;
		Self::deposit_event(Event::StatusChanged { part: part_id, from, to });
		Ok(())
	}

	/// Writes a part's new status; a core going back into use starts its next life.
	pub(crate) fn change_status(part_id: PartId, to: PartStatus) -> Result<(), Error<T>> {
		PartRecords::<T>::try_mutate(part_id, |part| {
			let part = part.as_mut().ok_or(Error::<T>::UnknownPart)?;
			if part.status == PartStatus::ReturnedAsCore && to == PartStatus::Active {
				part.life = part.life.checked_add(1).ok_or(Error::<T>::Overflow)?;
			}
			part.status = to;
			Ok(())
		})
	}
}
