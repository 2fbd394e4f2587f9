//! The pallet's invariants, checked after every unit test and by try-runtime.

#![cfg(any(feature = "try-runtime", test))]

use frame_support::ensure;
use sp_runtime::TryRuntimeError;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage.
	///
	/// - part types: their codes index them, ids below `NextPartTypeId`;
	/// - parts: ids below `NextPartId`; serial and tag indices point back; a part is
	///   `Installed` exactly when it has a parent, which lists it among its children, and
	///   then it is not in its owner's list (a stand-alone part is); children counts match;
	///   assemblies are within `MaxAssemblyDepth`; `QuarantinedBelow` counts the parts
	///   quarantined below each part, `BatchesBelow` the parts of each batch installed below
	///   it (at most `MaxBatchesBelow` batches); a part's first record is its registration and its
	///   history has no gaps;
	/// - lots: ids below `NextLotId`; `remaining <= quantity`, and quantity minus remaining
	///   is what the history records as consumed or split off; history starts at
	///   registration (a split lot's at its split, from an earlier lot of the same
	///   material, at most `MaxSplitDepth` splits deep);
	/// - offers: for existing, movable items, from their current holder to someone else;
	/// - used challenges: as many per block as `ScansAt` counts, which is at least the sum
	///   of the organisations' counts in `ScansBy` (each at most `MaxScansPerParticipant`;
	///   equal for every block cited since `ScansBy` exists), none for a block before
	///   `ChallengesKeptFrom` (pruned);
	/// - ownership dates and authorisations: no later than `OwnershipChanges`, and only for
	///   items that exist.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (id, spec) in PartTypes::<T>::iter() {
			ensure!(id < NextPartTypeId::<T>::get(), "part type id at or above NextPartTypeId");
			ensure!(
				PartTypeByCode::<T>::get(&spec.code) == Some(id),
				"part type code index does not point to its type"
			);
		}
		ensure!(
			PartTypeByCode::<T>::iter().count() == PartTypes::<T>::iter().count(),
			"part type code index has entries without a type"
		);

		for (id, part) in PartRecords::<T>::iter() {
			ensure!(id < NextPartId::<T>::get(), "part id at or above NextPartId");
			ensure!(PartTypes::<T>::contains_key(part.part_type), "part of an unknown type");
			ensure!(
				PartBySerial::<T>::get(part.part_type, &part.serial) == Some(id),
				"serial index does not point to its part"
			);
			if let Some(tag) = part.tag {
				ensure!(
					PartByTag::<T>::get(tag) == Some(id),
					"tag index does not point to its part"
				);
			}
			ensure!(part.life >= 1, "a part's life counts from 1");
			match part.parent {
				Some(parent) => {
					ensure!(
						part.status == PartStatus::Installed,
						"a part with a parent is not Installed"
					);
					ensure!(
						Children::<T>::contains_key(parent, id),
						"parent does not list its child"
					);
					ensure!(
						!PartsOf::<T>::contains_key(part.owner, id),
						"an installed part is listed as standing alone"
					);
				},
				None => {
					ensure!(
						part.status != PartStatus::Installed,
						"an Installed part has no parent"
					);
					ensure!(
						PartsOf::<T>::contains_key(part.owner, id),
						"a stand-alone part is missing from its owner's list"
					);
				},
			}
			ensure!(
				Children::<T>::iter_prefix(id).count() == part.children as usize,
				"children count does not match the children listed"
			);
			Self::ancestors(&part).map_err(|_| "assembly deeper than MaxAssemblyDepth")?;
			let mut batches: alloc::vec::Vec<(BatchOf, u32)> = alloc::vec::Vec::new();
			for child in Children::<T>::iter_key_prefix(id) {
				let record =
					PartRecords::<T>::get(child).ok_or("children list names an unknown part")?;
				for (batch, n) in Self::batches_with(child, &record) {
					match batches.iter_mut().find(|(b, _)| *b == batch) {
						Some((_, m)) => *m = m.saturating_add(n),
						None => batches.push((batch, n)),
					}
				}
			}
			let stored: alloc::vec::Vec<(BatchOf, u32)> =
				BatchesBelow::<T>::iter_prefix(id).collect();
			ensure!(
				stored.len() == batches.len() && batches.iter().all(|b| stored.contains(b)),
				"BatchesBelow does not count the batches installed below"
			);
			ensure!(
				BatchCountBelow::<T>::get(id) as usize == stored.len(),
				"BatchCountBelow does not count the batches listed"
			);
			ensure!(
				stored.len() <= T::MaxBatchesBelow::get() as usize,
				"more than MaxBatchesBelow batches below a part"
			);
			Self::check_history(Item::Part(id), false)?;
		}
		for (id, _, below) in BatchesBelow::<T>::iter() {
			ensure!(below > 0, "a zero BatchesBelow entry is stored");
			ensure!(PartRecords::<T>::contains_key(id), "BatchesBelow of an unknown part");
		}
		for (id, count) in BatchCountBelow::<T>::iter() {
			ensure!(count > 0, "a zero BatchCountBelow entry is stored");
			ensure!(PartRecords::<T>::contains_key(id), "BatchCountBelow of an unknown part");
		}
		Self::check_quarantined_below()?;
		Self::check_cascades()?;
		for (target, ()) in RecalledByGovernance::<T>::iter() {
			let quarantined = match target {
				RecallTarget::Part(id) => {
					PartRecords::<T>::get(id).is_some_and(|p| p.quarantine.is_some())
				},
				RecallTarget::Lot(id) => Lots::<T>::get(id).is_some_and(|l| l.quarantine.is_some()),
				RecallTarget::Batch { part_type, certification } => {
					BatchRecalls::<T>::contains_key(part_type, certification)
				},
			};
			ensure!(quarantined, "RecalledByGovernance names a target that is not quarantined");
		}
		ensure!(
			PartBySerial::<T>::iter().count() == PartRecords::<T>::iter().count(),
			"serial index has entries without a part"
		);
		for (key, id) in PartByTag::<T>::iter() {
			ensure!(
				PartRecords::<T>::get(id).is_some_and(|p| p.tag == Some(key)),
				"tag index names a part with another key"
			);
			ensure!(!PendingTagKeys::<T>::contains_key(key), "a bound key is also pending");
		}
		for (key, part) in PendingTagKeys::<T>::iter() {
			ensure!(
				TagRequests::<T>::get(part).is_some_and(|r| r.key == key),
				"a pending key without its request"
			);
		}
		for (owner, id, ()) in PartsOf::<T>::iter() {
			let part = PartRecords::<T>::get(id).ok_or("owner list names an unknown part")?;
			ensure!(part.owner == owner && part.parent.is_none(), "owner list is stale");
		}
		for (parent, child, ()) in Children::<T>::iter() {
			let part = PartRecords::<T>::get(child).ok_or("children list names an unknown part")?;
			ensure!(part.parent == Some(parent), "children list is stale");
		}

		for (id, lot) in Lots::<T>::iter() {
			ensure!(id < NextLotId::<T>::get(), "lot id at or above NextLotId");
			ensure!(lot.remaining <= lot.quantity, "a lot has more left than it had");
			ensure!(lot.quantity > 0, "a lot was registered empty");
			let split_from = SplitFrom::<T>::get(id);
			Self::check_history(Item::Lot(id), split_from.is_some())?;
			// Every unit that left the lot is on its record: consumed into a part, or
			// split into another lot.
			let mut left = 0u64;
			for (_, record) in History::<T>::iter_prefix(Item::Lot(id)) {
				match record.kind {
					RecordKind::ConsumedInto { quantity, .. }
					| RecordKind::SplitInto { quantity, .. } => {
						left = left.checked_add(quantity).ok_or("a lot's outflow overflows")?
					},
					_ => {},
				}
			}
			ensure!(
				left == lot.quantity.saturating_sub(lot.remaining),
				"a lot's consumed and split quantities differ from quantity minus remaining"
			);
			if let Some(parent) = split_from {
				ensure!(parent < id, "a lot split from a later lot");
				let above = Lots::<T>::get(parent).ok_or("a split lot's parent is unknown")?;
				ensure!(
					above.material == lot.material
						&& above.producer == lot.producer
						&& above.certification == lot.certification
						&& above.unit == lot.unit
						&& above.registered_at == lot.registered_at,
					"a split lot's material differs from its parent's"
				);
				// The chain above ends within the bound (parents have smaller ids, so it
				// ends; this checks it ends soon enough for `lot_held` to see it all).
				let mut depth = 1u32;
				let mut current = parent;
				while let Some(next) = SplitFrom::<T>::get(current) {
					depth += 1;
					current = next;
				}
				ensure!(depth <= T::MaxSplitDepth::get(), "splits nest deeper than MaxSplitDepth");
			}
		}
		for (part, request) in TagRequests::<T>::iter() {
			let record = PartRecords::<T>::get(part).ok_or("a tag request for an unknown part")?;
			ensure!(record.tag != Some(request.key), "a tag request for the part's own key");
			ensure!(
				PendingTagKeys::<T>::get(request.key) == Some(part),
				"a tag request's key is not reserved for it"
			);
		}
		for (id, _) in SplitFrom::<T>::iter() {
			ensure!(Lots::<T>::contains_key(id), "a parent kept for an unknown lot");
		}

		for (item, handover, offer) in Offers::<T>::iter() {
			ensure!(offer.from != offer.to, "an offer to oneself");
			let holder = Self::holder(item).map_err(|_| "an offer for an unknown item")?;
			ensure!(holder.of(handover) == offer.from, "an offer from someone who no longer holds");
			if let Item::Part(id) = item {
				ensure!(
					PartRecords::<T>::get(id).is_some_and(|p| p.parent.is_none()),
					"an offer for an installed part"
				);
			}
		}

		let kept_from = ChallengesKeptFrom::<T>::get();
		for (block, scans) in ScansAt::<T>::iter() {
			ensure!(scans <= T::MaxScansPerBlock::get(), "more scans than MaxScansPerBlock");
			ensure!(
				kept_from.is_none_or(|kept_from| block >= kept_from),
				"scans kept for a block before ChallengesKeptFrom"
			);
			ensure!(
				UsedChallenges::<T>::iter_prefix(block).count() == scans as usize,
				"used challenges do not match the scan count"
			);
			let mut by = 0u32;
			for (_, ours) in ScansBy::<T>::iter_prefix(block) {
				ensure!(
					ours > 0 && ours <= T::MaxScansPerParticipant::get(),
					"an organisation's scan count is zero or above MaxScansPerParticipant"
				);
				by = by.saturating_add(ours);
			}
			// At most: scans recorded before `ScansBy` existed (spec 105) are counted in
			// `ScansAt` only, until their block is pruned `ChallengeLifetime` later.
			ensure!(by <= scans, "the organisations' scan counts add up to more than ScansAt");
		}
		for (block, _, _) in ScansBy::<T>::iter() {
			ensure!(ScansAt::<T>::contains_key(block), "scan counts kept for a pruned block");
		}
		let changes = OwnershipChanges::<T>::get();
		for (item, since) in OwnedSince::<T>::iter() {
			ensure!(since > 0 && since <= changes, "an ownership change dated in the future");
			ensure!(Self::holder(item).is_ok(), "an ownership date for an unknown item");
		}
		for (item, _, _) in Authorisations::<T>::iter() {
			ensure!(Self::holder(item).is_ok(), "an authorisation on an unknown item");
		}
		for (item, participant, granted) in AuthorisedAt::<T>::iter() {
			ensure!(granted <= changes, "an authorisation dated in the future");
			ensure!(
				Authorisations::<T>::contains_key(item, participant),
				"a date kept for no authorisation"
			);
		}
		for (block, _, _) in UsedChallenges::<T>::iter() {
			ensure!(ScansAt::<T>::contains_key(block), "used challenges kept for a pruned block");
		}
		Ok(())
	}

	/// `QuarantinedBelow` counts the parts quarantined (`quarantine(Part)`) installed below
	/// each part, and stores no zeros.
	pub(crate) fn check_quarantined_below() -> Result<(), TryRuntimeError> {
		for (id, _) in PartRecords::<T>::iter() {
			let mut below = 0u32;
			for child in Children::<T>::iter_key_prefix(id) {
				let quarantined =
					PartRecords::<T>::get(child).is_some_and(|c| c.quarantine.is_some());
				below = below
					.saturating_add(QuarantinedBelow::<T>::get(child))
					.saturating_add(u32::from(quarantined))
					.saturating_add(CascadeHeld::<T>::get(child));
			}
			ensure!(
				QuarantinedBelow::<T>::get(id) == below,
				"QuarantinedBelow does not count the quarantined parts installed below"
			);
		}
		for (id, below) in QuarantinedBelow::<T>::iter() {
			ensure!(below > 0, "a zero QuarantinedBelow entry is stored");
			ensure!(PartRecords::<T>::contains_key(id), "QuarantinedBelow of an unknown part");
		}
		Ok(())
	}

	/// An item's history starts with its registration (a split lot's with its split) and
	/// has no gaps.
	fn check_history(item: Item, split: bool) -> Result<(), TryRuntimeError> {
		let len = HistoryLen::<T>::get(item);
		ensure!(len >= 1, "an item without its registration record");
		let first = History::<T>::get(item, 0).ok_or("history has no record 0")?;
		ensure!(
			match first.kind {
				RecordKind::Registered { .. } => !split,
				RecordKind::SplitFrom { .. } => split,
				_ => false,
			},
			"an item's first record is not its registration (or, for a split lot, its split)"
		);
		ensure!(History::<T>::contains_key(item, len - 1), "history has a gap");
		ensure!(!History::<T>::contains_key(item, len), "history runs past its length");
		Ok(())
	}

	/// The recall cascades: each of a lot or a part; its queue is exactly the positions
	/// `head..tail` (empty once held); it has work left (`CascadeWork`) exactly while
	/// spreading or releasing; until released its target is quarantined; `held` counts its
	/// holds, each of an existing part; `CascadeHeld` counts, for each part, the cascades
	/// holding it; nothing is stored for a cascade that is gone.
	pub(crate) fn check_cascades() -> Result<(), TryRuntimeError> {
		use amchain_primitives::parts::CascadeStage;
		let mut holding: alloc::collections::BTreeMap<PartId, u32> = Default::default();
		for (target, cascade) in Cascades::<T>::iter() {
			ensure!(Self::cascade_root(&target).is_some(), "a cascade of a batch");
			ensure!(cascade.head <= cascade.tail, "a cascade's head is past its tail");
			let mut queued = 0u32;
			for position in CascadeQueue::<T>::iter_key_prefix(target) {
				ensure!(
					position >= cascade.head && position < cascade.tail,
					"a cascade's queue holds a position outside head..tail"
				);
				queued = queued.saturating_add(1);
			}
			ensure!(queued == cascade.tail - cascade.head, "a cascade's queue has gaps");
			ensure!(
				CascadeWork::<T>::contains_key(target) == (cascade.stage != CascadeStage::Held),
				"CascadeWork does not list exactly the cascades with work left"
			);
			if cascade.stage == CascadeStage::Held {
				ensure!(cascade.head == cascade.tail, "a held cascade has items queued");
			}
			if cascade.stage != CascadeStage::Releasing {
				let quarantined = match target {
					RecallTarget::Part(id) => {
						PartRecords::<T>::get(id).is_some_and(|p| p.quarantine.is_some())
					},
					RecallTarget::Lot(id) => {
						Lots::<T>::get(id).is_some_and(|l| l.quarantine.is_some())
					},
					RecallTarget::Batch { .. } => false,
				};
				ensure!(quarantined, "an unreleased cascade's target is not quarantined");
			}
			let mut held = 0u32;
			for part in CascadeHolds::<T>::iter_key_prefix(target) {
				ensure!(PartRecords::<T>::contains_key(part), "a cascade holds an unknown part");
				let n = holding.entry(part).or_default();
				*n = n.saturating_add(1);
				held = held.saturating_add(1);
			}
			ensure!(held == cascade.held, "a cascade's held count is not its holds");
		}
		for (target, _) in CascadeWork::<T>::iter() {
			ensure!(Cascades::<T>::contains_key(target), "CascadeWork of no cascade");
		}
		for (target, _, _) in CascadeQueue::<T>::iter() {
			ensure!(Cascades::<T>::contains_key(target), "CascadeQueue of no cascade");
		}
		for (target, _, _) in CascadeHolds::<T>::iter() {
			ensure!(Cascades::<T>::contains_key(target), "CascadeHolds of no cascade");
		}
		let mut parts = 0usize;
		for (part, n) in CascadeHeld::<T>::iter() {
			ensure!(holding.get(&part) == Some(&n), "CascadeHeld does not count a part's holds");
			parts = parts.saturating_add(1);
		}
		ensure!(parts == holding.len(), "a held part has no CascadeHeld entry");
		Ok(())
	}
}
