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
	/// - lots: ids below `NextLotId`; `remaining <= quantity`; history starts at registration;
	/// - offers: for existing, movable items, from their current holder to someone else;
	/// - used challenges: as many per block as `ScansAt` counts.
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
			Self::check_history(Item::Part(id))?;
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
		for (_, id) in PartByTag::<T>::iter() {
			ensure!(
				PartRecords::<T>::get(id).is_some_and(|p| p.tag.is_some()),
				"tag index without a tagged part"
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
			Self::check_history(Item::Lot(id))?;
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

		for (block, scans) in ScansAt::<T>::iter() {
			ensure!(scans <= T::MaxScansPerBlock::get(), "more scans than MaxScansPerBlock");
			ensure!(
				UsedChallenges::<T>::iter_prefix(block).count() == scans as usize,
				"used challenges do not match the scan count"
			);
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
					.saturating_add(u32::from(quarantined));
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

	fn check_history(item: Item) -> Result<(), TryRuntimeError> {
		let len = HistoryLen::<T>::get(item);
		ensure!(len >= 1, "an item without its registration record");
		let first = History::<T>::get(item, 0).ok_or("history has no record 0")?;
		ensure!(
			matches!(first.kind, RecordKind::Registered { .. }),
			"an item's first record is not its registration"
		);
		ensure!(History::<T>::contains_key(item, len - 1), "history has a gap");
		ensure!(!History::<T>::contains_key(item, len), "history runs past its length");
		Ok(())
	}
}
