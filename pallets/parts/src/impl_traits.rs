//! How other pallets (and the contracts' chain extension) see this one.

use amchain_primitives::parts::{LotSummary, PartSummary, PartsInspector, PartsLifecycle};
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::*;

impl<T: Config> PartsInspector for Pallet<T> {
	fn summary(part: PartId) -> Option<PartSummary> {
		Self::summarise(part, &PartRecords::<T>::get(part)?).ok()
	}

	fn type_manufacturer(part_type: PartTypeId) -> Option<ParticipantId> {
		PartTypes::<T>::get(part_type).map(|t| t.manufacturer)
	}

	fn next_part_id() -> PartId {
		NextPartId::<T>::get()
	}

	fn open_offer(part: PartId, handover: Handover) -> Option<(ParticipantId, ParticipantId)> {
		Offers::<T>::get(Item::Part(part), handover).map(|o| (o.from, o.to))
	}

	fn is_authorised(part: PartId, participant: ParticipantId) -> bool {
		let item = Item::Part(part);
		Self::holder(item).is_ok_and(|h| Self::is_authorised_by(item, participant, h.owner))
	}

	fn lot_summary(lot: LotId) -> Option<LotSummary> {
		Lots::<T>::get(lot).map(|l| LotSummary {
			owner: l.owner,
			custodian: l.custodian,
			remaining: l.remaining,
			quarantined: Self::lot_held(lot, &l),
		})
	}

	fn receipt(
		item: Item,
		handover: Handover,
		to: ParticipantId,
		from: RecordIndex,
		limit: u32,
	) -> Option<(Option<RecordIndex>, RecordIndex)> {
		let exists = match item {
			Item::Part(id) => PartRecords::<T>::contains_key(id),
			Item::Lot(id) => Lots::<T>::contains_key(id),
		};
		if !exists {
			return None;
		}
		let len = HistoryLen::<T>::get(item);
		let from = from.min(len);
		let end = from.saturating_add(limit).min(len);
		// At most `limit` records: the caller bounds (and pays for) the walk.
		for index in from..end {
			// Accepted by `to` itself, or handed to `to` by a settlement another pallet
			// made (a core sale: recorded in the seller's name, naming the receiver).
			let receipt = History::<T>::get(item, index).is_some_and(|r| match r.kind {
				RecordKind::Accepted { handover: h, .. } => r.participant == to && h == handover,
				RecordKind::Transferred { handover: h, to: receiver } => {
					receiver == to && h == handover
				},
				_ => false,
			});
			if receipt {
				return Some((Some(index), index.saturating_add(1)));
			}
		}
		Some((None, end))
	}

	fn is_held(part: PartId) -> bool {
		PartRecords::<T>::get(part).is_some_and(|p| Self::held(part, &p))
	}

	fn in_locked_assembly(part: PartId) -> bool {
		PartRecords::<T>::get(part)
			.and_then(|p| Self::top_of(part, p).ok())
			.is_some_and(|(top, _)| Self::ensure_unlocked(top).is_err())
	}
}

impl<T: Config> PartsLifecycle<T::AccountId> for Pallet<T> {
	fn set_status(
		part: PartId,
		to: PartStatus,
		actor: &T::AccountId,
		participant: ParticipantId,
		data: H256,
	) -> DispatchResult {
		Self::do_set_status(part, to, actor, participant, data, false)
	}

	fn transfer(
		part: PartId,
		to: ParticipantId,
		actor: &T::AccountId,
		participant: ParticipantId,
	) -> DispatchResult {
		let item = Item::Part(part);
		let holder = Self::movable(item)?;
		ensure!(holder.owner != to, Error::<T>::SelfHandover);
		ensure!(T::Participants::is_active(to), Error::<T>::UnknownParticipant);
		// Open offers concern the old holder's intentions; the transfer closes them. An item
		// has at most two (one per kind of hand-over), so a limit of two removes them all
		// and the result (how many, and a cursor to continue) has nothing left to tell.
		let _ = Offers::<T>::clear_prefix(item, 2, None);
		Self::hand_over(item, Handover::Ownership, holder.owner, to)?;
		Self::hand_over(item, Handover::Custody, holder.custodian, to)?;
		// The settling party writes the record, naming the receiver (it did not accept
		// anything itself: a record saying so would put words in its mouth).
		for (handover, from) in
			[(Handover::Ownership, holder.owner), (Handover::Custody, holder.custodian)]
		{
			Self::note(item, RecordKind::Transferred { handover, to }, actor, participant)?;
			Self::deposit_event(Event::HandedOver { item, handover, from, to });
		}
		Ok(())
	}

	fn record(
		part: PartId,
		kind: RecordKind,
		actor: &T::AccountId,
		participant: ParticipantId,
		data: H256,
	) -> DispatchResult {
		ensure!(PartRecords::<T>::contains_key(part), Error::<T>::UnknownPart);
		Self::append_and_announce(Item::Part(part), kind, actor, participant, data, None)
	}
}
