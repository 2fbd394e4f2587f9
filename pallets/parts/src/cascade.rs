//! The recall cascade (white paper 5.1, 6.2): a recall of a lot or a part that reaches,
//! over the following blocks, every part made from it and every assembly those are in.
//!
//! `recall` quarantines its target and queues it. Each block's `on_initialize` then takes
//! steps, each charged at the benchmarked worst case (`cascade_hold`, `cascade_unhold`),
//! until `MaxCascadeWeight` is spent: a step reads one history record of the item at the
//! head of the queue (or moves to the next item). What a lot's records name as made from
//! it (`ConsumedInto`) and what a part's name as made from it (`TransformedInto`) is held;
//! lots split from a lot (`SplitInto`) and parts that were transformed are queued in their
//! turn. Each item's walk ends at the history length it had when queued: nothing made from
//! a recalled item can be added after the recall (a held lot cannot be consumed or split, a
//! held part cannot be transformed), so records appended later (reports) cannot prolong it.
//!
//! A hold is what a quarantine is to every check (`part_quarantined`, `QuarantinedBelow`
//! of every part above), recorded in the held part's history (`Held`, naming the recalled
//! item) and in `CascadeHolds`, so that `release` lifts exactly the holds it placed, a
//! step each, recording `Unheld`.

use alloc::vec::Vec;
use amchain_primitives::{
	parts::{CascadeStage, ImpactEntry, RecallImpact},
	MAX_PAGE,
};
use frame_support::{ensure, traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

use crate::{recall::ActingAs, *};

/// What one step of a cascade did.
#[derive(PartialEq, Eq, Debug)]
pub(crate) enum Step {
	/// There is more to do.
	More,
	/// The cascade has nothing left to do this stage (held, or gone after a release).
	Finished,
}

impl<T: Config> Pallet<T> {
	/// The item a recall of `target` starts from (lots and parts only).
	pub(crate) fn cascade_root(target: &RecallTarget) -> Option<Item> {
		match target {
			RecallTarget::Part(id) => Some(Item::Part(*id)),
			RecallTarget::Lot(id) => Some(Item::Lot(*id)),
			RecallTarget::Batch { .. } => None,
		}
	}

	/// The account and participant a recall step by `by` is recorded under: the acting
	/// account, or for governance the all-zero account naming the recall's authority.
	fn recorded_as(
		by: &ActingAs<T::AccountId>,
		target: &RecallTarget,
	) -> Result<(T::AccountId, ParticipantId), DispatchError> {
		Ok(match by {
			ActingAs::Member(who, participant) => (who.clone(), *participant),
			ActingAs::Admin => (Self::governance_account()?, Self::recall_authority(target)?),
		})
	}

	/// Whether `target` (a lot or a part) is quarantined itself.
	fn quarantined_itself(target: &RecallTarget) -> Result<bool, Error<T>> {
		Ok(match target {
			RecallTarget::Part(id) => {
				PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?.quarantine.is_some()
			},
			RecallTarget::Lot(id) => {
				Lots::<T>::get(id).ok_or(Error::<T>::UnknownLot)?.quarantine.is_some()
			},
			RecallTarget::Batch { .. } => false,
		})
	}

	pub(crate) fn do_recall(
		by: ActingAs<T::AccountId>,
		target: RecallTarget,
		reason: H256,
	) -> DispatchResult {
		let root = Self::cascade_root(&target).ok_or(Error::<T>::CascadeUnsupported)?;
		// A recall reaches other members' parts and writes into their histories: a
		// person's act (the organisation's admin account), not a device's (THREATS rule 1).
		if let ActingAs::Member(who, _) = &by {
			Self::admin(who)?;
		}
		let by_governance = matches!(by, ActingAs::Admin);
		let (actor, participant) = Self::recorded_as(&by, &target)?;
		let now = frame_system::Pallet::<T>::block_number();
		let mut cascade = match Cascades::<T>::get(target) {
			// Released, still lifting its holds (a few blocks): recalled once they are all
			// lifted, so that the new walk starts from nothing.
			Some(cascade) if cascade.stage == CascadeStage::Releasing => {
				return Err(Error::<T>::CascadeReleasing.into());
			},
			Some(_) => {
				// Governance takes over a member's recall where it stands: from now on only
				// governance lifts it (THREATS rule 8), and nothing is lifted meanwhile.
				ensure!(
					by_governance && !RecalledByGovernance::<T>::contains_key(target),
					Error::<T>::AlreadyQuarantined
				);
				RecalledByGovernance::<T>::insert(target, ());
				Self::deposit_event(Event::RecallTakenOver { target });
				return Ok(());
			},
			None => {
				if Self::quarantined_itself(&target)? {
					// Quarantined already: the same authority extends it to what was made
					// from it (who may lift it does not change).
					Self::check_authority(&by, &target)?;
					Self::check_life(&by, &target)?;
				} else {
					Self::do_quarantine(by, target, reason)?;
				}
				Cascade {
					reason,
					stage: CascadeStage::Spreading,
					actor: actor.clone(),
					participant,
					head: 0,
					tail: 0,
					cursor: 0,
					held: 0,
					lifted: None,
					started_at: now,
				}
			},
		};
		cascade.stage = CascadeStage::Spreading;
		cascade.reason = reason;
		cascade.actor = actor;
		cascade.participant = participant;
		cascade.lifted = None;
		cascade.started_at = now;
		// The root's history, as long as it is now, is the next item to walk.
		let position = cascade.tail;
		cascade.tail = position.checked_add(1).ok_or(Error::<T>::Overflow)?;
		CascadeQueue::<T>::insert(target, position, (root, HistoryLen::<T>::get(root)));
		Cascades::<T>::insert(target, cascade);
		CascadeWork::<T>::insert(target, ());
		Self::deposit_event(Event::CascadeStarted { target, reason });
		Ok(())
	}

	/// Before `release` of `target` by `by`: lifting a recall with a cascade, which frees
	/// other members' parts, is a person's act too.
	pub(crate) fn check_unwind(
		by: &ActingAs<T::AccountId>,
		target: &RecallTarget,
	) -> DispatchResult {
		if let (true, ActingAs::Member(who, _)) = (Cascades::<T>::contains_key(target), by) {
			Self::admin(who)?;
		}
		Ok(())
	}

	/// After `release` of `target` by `by`: its cascade, if it has one, starts lifting its
	/// holds, each recorded under the releasing account.
	pub(crate) fn unwind_cascade(
		by: &ActingAs<T::AccountId>,
		target: RecallTarget,
	) -> DispatchResult {
		let Some(mut cascade) = Cascades::<T>::get(target) else { return Ok(()) };
		let (actor, participant) = Self::recorded_as(by, &target)?;
		cascade.stage = CascadeStage::Releasing;
		cascade.actor = actor;
		cascade.participant = participant;
		cascade.lifted = None;
		Cascades::<T>::insert(target, cascade);
		CascadeWork::<T>::insert(target, ());
		Ok(())
	}

	/// The weight one step is charged: the worst of holding and lifting a hold.
	pub(crate) fn cascade_step_weight() -> Weight {
		T::WeightInfo::cascade_hold().max(T::WeightInfo::cascade_unhold())
	}

	/// The weight of finding the next cascade with work (after the cursor, or from the
	/// start) and writing the cursor.
	pub(crate) fn cascade_probe_weight() -> Weight {
		T::DbWeight::get().reads_writes(3, 1)
	}

	/// Advances the cascades with work left, taking steps while `budget` allows another.
	/// The cascades take turns (round robin from `CascadeCursor`, in storage order), each
	/// at most a quarter of `budget` a turn, so one cascade with a long walk cannot hold
	/// back another's. Returns the weight used (at most `budget`).
	pub(crate) fn advance_cascades(budget: Weight) -> Weight {
		let probe = Self::cascade_probe_weight();
		let step = Self::cascade_step_weight();
		let share = budget.checked_div(4).unwrap_or(budget).max(step);
		let mut used = Weight::zero();
		let mut cursor = CascadeCursor::<T>::get();
		while used.saturating_add(probe).saturating_add(step).all_lte(budget) {
			used = used.saturating_add(probe);
			let after = cursor.and_then(|c| {
				CascadeWork::<T>::iter_keys_from(CascadeWork::<T>::hashed_key_for(c)).next()
			});
			let Some(target) = after.or_else(|| CascadeWork::<T>::iter_keys().next()) else {
				cursor = None;
				break;
			};
			cursor = Some(target);
			let Some(mut cascade) = Cascades::<T>::get(target) else {
				// Never left behind by the calls.
				CascadeWork::<T>::remove(target);
				continue;
			};
			let mut turn = Weight::zero();
			let mut finished = false;
			while used.saturating_add(step).all_lte(budget)
				&& turn.saturating_add(step).all_lte(share)
			{
				used = used.saturating_add(step);
				turn = turn.saturating_add(step);
				if Self::cascade_step(target, &mut cascade) == Step::Finished {
					finished = true;
					break;
				}
			}
			if !finished {
				Cascades::<T>::insert(target, cascade);
			}
		}
		match cursor {
			Some(c) => CascadeCursor::<T>::put(c),
			None => CascadeCursor::<T>::kill(),
		}
		used
	}

	/// One step of the cascade of `target`: `cascade` is its state, written back by the
	/// caller unless the step finished it (a finished step writes what it must).
	pub(crate) fn cascade_step(target: RecallTarget, cascade: &mut CascadeOf<T>) -> Step {
		match cascade.stage {
			CascadeStage::Spreading => Self::spread(target, cascade),
			CascadeStage::Releasing => Self::lift(target, cascade),
			CascadeStage::Held => {
				CascadeWork::<T>::remove(target);
				Cascades::<T>::insert(target, &*cascade);
				Step::Finished
			},
		}
	}

	fn spread(target: RecallTarget, cascade: &mut CascadeOf<T>) -> Step {
		if cascade.head >= cascade.tail {
			cascade.stage = CascadeStage::Held;
			Cascades::<T>::insert(target, &*cascade);
			CascadeWork::<T>::remove(target);
			Self::deposit_event(Event::CascadeComplete { target, held: cascade.held });
			return Step::Finished;
		}
		let Some((item, end)) = CascadeQueue::<T>::get(target, cascade.head) else {
			cascade.head = cascade.head.saturating_add(1);
			cascade.cursor = 0;
			return Step::More;
		};
		if cascade.cursor >= end {
			CascadeQueue::<T>::remove(target, cascade.head);
			cascade.head = cascade.head.saturating_add(1);
			cascade.cursor = 0;
			return Step::More;
		}
		let record = History::<T>::get(item, cascade.cursor);
		cascade.cursor = cascade.cursor.saturating_add(1);
		match (item, record.map(|r| r.kind)) {
			(Item::Lot(_), Some(RecordKind::ConsumedInto { part, .. }))
			| (Item::Part(_), Some(RecordKind::TransformedInto { part })) => {
				Self::hold(target, cascade, part, item)
			},
			(Item::Lot(_), Some(RecordKind::SplitInto { lot, .. })) => {
				Self::enqueue(target, cascade, Item::Lot(lot))
			},
			_ => {},
		}
		Step::More
	}

	/// Queues `item`'s history, as long as it is now, to be walked.
	fn enqueue(target: RecallTarget, cascade: &mut CascadeOf<T>, item: Item) {
		let Some(next) = cascade.tail.checked_add(1) else { return };
		CascadeQueue::<T>::insert(target, cascade.tail, (item, HistoryLen::<T>::get(item)));
		cascade.tail = next;
	}

	fn hold(target: RecallTarget, cascade: &mut CascadeOf<T>, part_id: PartId, via: Item) {
		if CascadeHolds::<T>::contains_key(target, part_id) {
			return;
		}
		let Some(part) = PartRecords::<T>::get(part_id) else { return };
		// Transformed already (before the hold reached it): what it became is made from it.
		if part.status == PartStatus::Consumed {
			Self::enqueue(target, cascade, Item::Part(part_id));
		}
		let above = Self::ancestors(&part).unwrap_or_default();
		CascadeHolds::<T>::insert(target, part_id, via);
		CascadeHeld::<T>::mutate(part_id, |n| *n = n.saturating_add(1));
		Self::add_quarantined_below(&above, 1, true);
		cascade.held = cascade.held.saturating_add(1);
		if let Some(cause) = Self::cascade_root(&target) {
			// A history that reached `RecordIndex::MAX` records no more; the hold stands.
			let _ = Self::append(
				Item::Part(part_id),
				RecordKind::Held { cause },
				&cascade.actor,
				cascade.participant,
				cascade.reason,
				None,
			);
		}
		Self::deposit_event(Event::PartHeld { target, part: part_id, via });
	}

	/// Lifts one hold of a released cascade (after dropping what was still queued).
	fn lift(target: RecallTarget, cascade: &mut CascadeOf<T>) -> Step {
		if cascade.head < cascade.tail {
			CascadeQueue::<T>::remove(target, cascade.head);
			cascade.head = cascade.head.saturating_add(1);
			return Step::More;
		}
		// From the hold lifted last: the keys removed before it in this block are not
		// walked over again.
		let next = match cascade.lifted {
			Some(last) => CascadeHolds::<T>::iter_prefix_from(
				target,
				CascadeHolds::<T>::hashed_key_for(target, last),
			)
			.next(),
			None => CascadeHolds::<T>::iter_prefix(target).next(),
		};
		let Some((part_id, _)) = next else {
			Cascades::<T>::remove(target);
			CascadeWork::<T>::remove(target);
			Self::deposit_event(Event::CascadeReleased { target });
			return Step::Finished;
		};
		CascadeHolds::<T>::remove(target, part_id);
		cascade.lifted = Some(part_id);
		CascadeHeld::<T>::mutate_exists(part_id, |n| {
			let left = n.unwrap_or(0).saturating_sub(1);
			*n = (left > 0).then_some(left);
		});
		cascade.held = cascade.held.saturating_sub(1);
		if let Some(part) = PartRecords::<T>::get(part_id) {
			let above = Self::ancestors(&part).unwrap_or_default();
			Self::add_quarantined_below(&above, 1, false);
			if let Some(cause) = Self::cascade_root(&target) {
				let _ = Self::append(
					Item::Part(part_id),
					RecordKind::Unheld { cause },
					&cascade.actor,
					cascade.participant,
					H256::zero(),
					None,
				);
			}
		}
		Self::deposit_event(Event::PartUnheld { target, part: part_id });
		Step::More
	}

	/// How many cascades hold `part` (0: none).
	pub(crate) fn cascade_holds(part: PartId) -> u32 {
		CascadeHeld::<T>::get(part)
	}

	/// The runtime API's `recall_impact`: a page of the parts the cascade of `root` holds,
	/// each with its path from `root` (at most `MaxSplitDepth` lots and 16 transformations
	/// long) and its assemblies.
	pub fn recall_impact(
		root: Item,
		after: Option<PartId>,
		limit: u32,
	) -> Option<RecallImpact<BlockNumberFor<T>>> {
		let target = match root {
			Item::Part(id) => RecallTarget::Part(id),
			Item::Lot(id) => RecallTarget::Lot(id),
		};
		let cascade = Cascades::<T>::get(target)?;
		// A page holds at least one part: an empty page would read as the end.
		let limit = limit.clamp(1, MAX_PAGE) as usize;
		let mut holds = match after {
			Some(part) => CascadeHolds::<T>::iter_prefix_from(
				target,
				CascadeHolds::<T>::hashed_key_for(target, part),
			),
			None => CascadeHolds::<T>::iter_prefix(target),
		};
		let mut entries = Vec::new();
		let mut next = None;
		for (part, via) in holds.by_ref() {
			if entries.len() == limit {
				next = entries.last().map(|e: &ImpactEntry| e.part);
				break;
			}
			let assemblies = PartRecords::<T>::get(part)
				.and_then(|p| Self::ancestors(&p).ok())
				.unwrap_or_default();
			entries.push(ImpactEntry {
				part,
				path: Self::impact_path(target, root, part, via),
				assemblies,
			});
		}
		Some(RecallImpact {
			stage: cascade.stage,
			reason: cascade.reason,
			started_at: cascade.started_at,
			held: cascade.held,
			queued: cascade.tail.saturating_sub(cascade.head),
			entries,
			next,
		})
	}

	/// The items from `root` to `part`, reached through `via`: back through the parts it
	/// was transformed from (as the cascade recorded them) and the lots split on the way.
	fn impact_path(target: RecallTarget, root: Item, part: PartId, via: Item) -> Vec<Item> {
		const MAX_TRANSFORMS: usize = 16;
		let mut path = alloc::vec![Item::Part(part)];
		let mut at = via;
		for _ in 0..MAX_TRANSFORMS {
			match at {
				Item::Part(p) if Item::Part(p) != root => {
					path.push(at);
					match CascadeHolds::<T>::get(target, p) {
						Some(before) => at = before,
						None => break,
					}
				},
				Item::Lot(mut lot) => {
					path.push(at);
					for _ in 0..T::MaxSplitDepth::get() {
						if Item::Lot(lot) == root {
							break;
						}
						match SplitFrom::<T>::get(lot) {
							Some(parent) => {
								lot = parent;
								path.push(Item::Lot(lot));
							},
							None => break,
						}
					}
					break;
				},
				_ => {
					path.push(at);
					break;
				},
			}
		}
		path.reverse();
		path
	}
}
