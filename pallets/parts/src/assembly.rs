//! Assembly (bill of materials): parts installed in a parent and removed; installed
//! parts move with their parent.

use alloc::vec::Vec;
use frame_support::ensure;
use sp_runtime::DispatchResult;

use crate::*;

impl<T: Config> Pallet<T> {
	/// The parts above `part` in its assembly, nearest first (empty if it stands alone).
	pub(crate) fn ancestors(part: &PartOf<T>) -> Result<Vec<PartId>, Error<T>> {
		let mut chain = Vec::new();
		let mut next = part.parent;
		while let Some(id) = next {
			ensure!(chain.len() < T::MaxAssemblyDepth::get() as usize, Error::<T>::AssemblyTooDeep);
			chain.push(id);
			next = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?.parent;
		}
		Ok(chain)
	}

	/// Adds (or, with `add` false, takes) `count` quarantined parts to (from) the count of
	/// each of `parts` (a part's ancestors: at most `MaxAssemblyDepth`).
	pub(crate) fn add_quarantined_below(parts: &[PartId], count: u32, add: bool) {
		if count == 0 {
			return;
		}
		for id in parts {
			QuarantinedBelow::<T>::mutate_exists(id, |below| {
				let now = below.unwrap_or(0);
				let next = if add { now.saturating_add(count) } else { now.saturating_sub(count) };
				*below = (next > 0).then_some(next);
			});
		}
	}

	pub(crate) fn do_install(
		who: &T::AccountId,
		part_id: PartId,
		parent_id: PartId,
	) -> DispatchResult {
		let member = Self::member(who)?;
		ensure!(part_id != parent_id, Error::<T>::AssemblyCycle);
		let mut part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		let mut parent = PartRecords::<T>::get(parent_id).ok_or(Error::<T>::UnknownPart)?;
		ensure!(part.parent.is_none(), Error::<T>::PartInstalled);
		ensure!(part.status == PartStatus::Active, Error::<T>::NotActive);
		ensure!(!Self::part_quarantined(&part), Error::<T>::ItemQuarantined);
		// Nor a sub-assembly holding one, so installing never adds to the counts above.
		ensure!(QuarantinedBelow::<T>::get(part_id) == 0, Error::<T>::AssemblyQuarantined);
		ensure!(!Self::has_open_offer(Item::Part(part_id)), Error::<T>::OfferOpen);
		ensure!(
			matches!(parent.status, PartStatus::Active | PartStatus::Installed),
			Error::<T>::NotActive
		);
		ensure!(!Self::part_quarantined(&parent), Error::<T>::ItemQuarantined);

		let ancestors = Self::ancestors(&parent)?;
		let top_id = ancestors.last().copied().unwrap_or(parent_id);
		// The part stands alone, so it is above the parent only if it is the parent's top.
		ensure!(top_id != part_id, Error::<T>::AssemblyCycle);
		let top = if top_id == parent_id {
			parent.clone()
		} else {
			PartRecords::<T>::get(top_id).ok_or(Error::<T>::UnknownPart)?
		};
		ensure!(top.owner == member.participant, Error::<T>::NotOwner);
		ensure!(
			part.owner == top.owner && part.custodian == top.custodian,
			Error::<T>::DifferentHolders
		);
		ensure!(parent.children < T::MaxChildren::get(), Error::<T>::TooManyChildren);
		// Levels: the parent's ancestors, the parent, the part, and the part's own levels.
		let levels = (ancestors.len() as u32)
			.checked_add(2)
			.and_then(|l| l.checked_add(part.height))
			.ok_or(Error::<T>::Overflow)?;
		ensure!(levels <= T::MaxAssemblyDepth::get(), Error::<T>::AssemblyTooDeep);

		part.parent = Some(parent_id);
		part.status = PartStatus::Installed;
		parent.children = parent.children.checked_add(1).ok_or(Error::<T>::Overflow)?;
		parent.height = parent.height.max(part.height.saturating_add(1));
		let mut below = parent.height;
		PartRecords::<T>::insert(part_id, &part);
		PartRecords::<T>::insert(parent_id, parent);
		for ancestor in ancestors {
			below = below.saturating_add(1);
			PartRecords::<T>::mutate(ancestor, |a| {
				if let Some(a) = a {
					a.height = a.height.max(below);
				}
			});
		}
		PartsOf::<T>::remove(part.owner, part_id);
		Children::<T>::insert(parent_id, part_id, ());

		let me = member.participant;
		Self::note(Item::Part(part_id), RecordKind::InstalledIn { parent: parent_id }, who, me)?;
		Self::note(Item::Part(parent_id), RecordKind::ChildInstalled { child: part_id }, who, me)?;
		Self::deposit_event(Event::Installed { part: part_id, parent: parent_id });
		Ok(())
	}

	pub(crate) fn do_uninstall(who: &T::AccountId, part_id: PartId) -> DispatchResult {
		let member = Self::member(who)?;
		let mut part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		let parent_id = part.parent.ok_or(Error::<T>::NotInstalled)?;
		let above = Self::ancestors(&part)?;
		let top_id = above.last().copied().ok_or(Error::<T>::NotInstalled)?;
		let top = PartRecords::<T>::get(top_id).ok_or(Error::<T>::UnknownPart)?;
		ensure!(top.owner == member.participant, Error::<T>::NotOwner);
		// The quarantined parts leaving with it (itself too) no longer hold the assembly.
		let leaving = QuarantinedBelow::<T>::get(part_id)
			.saturating_add(u32::from(part.quarantine.is_some()));
		Self::add_quarantined_below(&above, leaving, false);

		part.parent = None;
		part.status = PartStatus::Active;
		part.owner = top.owner;
		part.custodian = top.custodian;
		PartRecords::<T>::insert(part_id, &part);
		PartRecords::<T>::try_mutate(parent_id, |parent| -> Result<(), Error<T>> {
			let parent = parent.as_mut().ok_or(Error::<T>::UnknownPart)?;
			parent.children = parent.children.checked_sub(1).ok_or(Error::<T>::Overflow)?;
			Ok(())
		})?;
		Children::<T>::remove(parent_id, part_id);
		PartsOf::<T>::insert(top.owner, part_id, ());

		let me = member.participant;
		Self::note(Item::Part(part_id), RecordKind::RemovedFrom { parent: parent_id }, who, me)?;
		Self::note(Item::Part(parent_id), RecordKind::ChildRemoved { child: part_id }, who, me)?;
		Self::deposit_event(Event::Uninstalled { part: part_id, parent: parent_id });
		Ok(())
	}
}
