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

	/// The batches `part` brings into an assembly: its own (if registered under a
	/// certification) and those installed below it, each with its count (at most
	/// `MaxBatchesBelow` + 1 entries).
	pub(crate) fn batches_with(part_id: PartId, part: &PartOf<T>) -> Vec<(BatchOf, u32)> {
		let mut batches: Vec<(BatchOf, u32)> = BatchesBelow::<T>::iter_prefix(part_id).collect();
		if let Some(certification) = part.certification {
			let own = (part.part_type, certification);
			match batches.iter_mut().find(|(b, _)| *b == own) {
				Some((_, n)) => *n = n.saturating_add(1),
				None => batches.push((own, 1)),
			}
		}
		batches
	}

	/// Whether a batch recall holds a part installed in `part_id` (at most
	/// `MaxBatchesBelow` batches, each checked in one read).
	pub(crate) fn batch_recalled_below(part_id: PartId) -> bool {
		BatchesBelow::<T>::iter_key_prefix(part_id).any(|(part_type, certification)| {
			BatchRecalls::<T>::contains_key(part_type, certification)
		})
	}

	/// Whether a recall holds the part or anything installed in it: it cannot change hands.
	pub(crate) fn held(part_id: PartId, part: &PartOf<T>) -> bool {
		Self::part_quarantined(part_id, part)
			|| QuarantinedBelow::<T>::get(part_id) > 0
			|| Self::batch_recalled_below(part_id)
	}

	/// Checks that each of `parts` (a part's new ancestors) can take `batches` without
	/// holding more than `MaxBatchesBelow` distinct batches.
	fn check_batches_fit(parts: &[PartId], batches: &[(BatchOf, u32)]) -> Result<(), Error<T>> {
		for id in parts {
			let new =
				batches.iter().filter(|(b, _)| !BatchesBelow::<T>::contains_key(id, b)).count()
					as u32;
			let total =
				BatchCountBelow::<T>::get(id).checked_add(new).ok_or(Error::<T>::Overflow)?;
			ensure!(total <= T::MaxBatchesBelow::get(), Error::<T>::TooManyBatches);
		}
		Ok(())
	}

	/// Adds (or, with `add` false, takes) `batches` to (from) each of `parts`.
	pub(crate) fn add_batches_below(parts: &[PartId], batches: &[(BatchOf, u32)], add: bool) {
		for id in parts {
			for (batch, count) in batches {
				BatchesBelow::<T>::mutate_exists(id, batch, |below| {
					let now = below.unwrap_or(0);
					let next =
						if add { now.saturating_add(*count) } else { now.saturating_sub(*count) };
					let kinds = match (now > 0, next > 0) {
						(false, true) => Some(true),
						(true, false) => Some(false),
						_ => None,
					};
					if let Some(grew) = kinds {
						BatchCountBelow::<T>::mutate_exists(id, |c| {
							let c0 = c.unwrap_or(0);
							let c1 = if grew { c0.saturating_add(1) } else { c0.saturating_sub(1) };
							*c = (c1 > 0).then_some(c1);
						});
					}
					*below = (next > 0).then_some(next);
				});
			}
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
		ensure!(!Self::part_quarantined(part_id, &part), Error::<T>::ItemQuarantined);
		// Nor a sub-assembly holding one (by a part or a batch recall), so installing never
		// adds to the counts above.
		ensure!(QuarantinedBelow::<T>::get(part_id) == 0, Error::<T>::AssemblyQuarantined);
		ensure!(!Self::batch_recalled_below(part_id), Error::<T>::AssemblyQuarantined);
		ensure!(!Self::has_open_offer(Item::Part(part_id)), Error::<T>::OfferOpen);
		ensure!(
			matches!(parent.status, PartStatus::Active | PartStatus::Installed),
			Error::<T>::NotActive
		);
		ensure!(!Self::part_quarantined(parent_id, &parent), Error::<T>::ItemQuarantined);

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
		Self::ensure_unlocked(top_id)?;
		// Nor is a locked part put into another assembly (a part awaiting delivery under a
		// core deposit must reach the buyer as itself, its receipt in its own history).
		Self::ensure_unlocked(part_id)?;
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
		// Every part above learns the batches coming in, so a later batch recall holds it.
		let mut above = Vec::with_capacity(ancestors.len().saturating_add(1));
		above.push(parent_id);
		above.extend_from_slice(&ancestors);
		let batches = Self::batches_with(part_id, &part);
		Self::check_batches_fit(&above, &batches)?;

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
		Self::add_batches_below(&above, &batches, true);
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
		Self::ensure_unlocked(top_id)?;
		// The quarantined and held parts leaving with it (itself too) no longer hold the
		// assembly.
		let leaving = QuarantinedBelow::<T>::get(part_id)
			.saturating_add(u32::from(part.quarantine.is_some()))
			.saturating_add(Self::cascade_holds(part_id));
		Self::add_quarantined_below(&above, leaving, false);
		Self::add_batches_below(&above, &Self::batches_with(part_id, &part), false);

		// Standing alone, its owner's hold on it dates from the latest change of owner of
		// the assemblies it leaves, if later than its own (authorisations given before
		// stay lapsed).
		let mut since = OwnedSince::<T>::get(Item::Part(part_id));
		for id in &above {
			since = since.max(OwnedSince::<T>::get(Item::Part(*id)));
		}
		if since > 0 {
			OwnedSince::<T>::insert(Item::Part(part_id), since);
		}
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
