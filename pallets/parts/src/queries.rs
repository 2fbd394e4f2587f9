//! Answers for wallets and machines (the runtime API `PartsApi`): records as views,
//! histories and lists page by page.

use alloc::vec::Vec;
use amchain_primitives::{
	parts::{HistoryEntry, HistoryPage, LotView, Order, PartSummary, PartTypeView, PartView},
	MAX_PAGE,
};
use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;

impl<T: Config> Pallet<T> {
	pub fn part_type_view(id: PartTypeId) -> Option<PartTypeView> {
		PartTypes::<T>::get(id).map(|t| PartTypeView {
			id,
			manufacturer: t.manufacturer,
			code: t.code.into_inner(),
			spec_hash: t.spec_hash,
			spec_uri: t.spec_uri.into_inner(),
			required_standards: t.required_standards.into_inner(),
		})
	}

	/// A part's record and its holders: the part read once, its assembly walked once.
	pub(crate) fn summarise(id: PartId, part: &PartOf<T>) -> Result<PartSummary, Error<T>> {
		let (top_id, top) = Self::top_of(id, part.clone())?;
		// Held when any recall holds the assembly it moves with (the top's counts cover
		// every part below, this one included).
		let quarantined = Self::part_quarantined(id, part) || Self::held(top_id, &top);
		Ok(PartSummary {
			part_type: part.part_type,
			maker: part.maker,
			owner: top.owner,
			custodian: top.custodian,
			status: part.status,
			parent: part.parent,
			life: part.life,
			quarantined,
		})
	}

	pub fn part_view(id: PartId) -> Option<PartView<BlockNumberFor<T>>> {
		let part = PartRecords::<T>::get(id)?;
		let summary = Self::summarise(id, &part).ok()?;
		Some(PartView {
			id,
			part_type: summary.part_type,
			maker: summary.maker,
			certification: part.certification,
			owner: summary.owner,
			custodian: summary.custodian,
			status: summary.status,
			parent: summary.parent,
			children: part.children,
			tag: part.tag,
			quarantined: summary.quarantined,
			activated_at: part.activated_at,
			registered_at: part.registered_at,
			life: summary.life,
			records: HistoryLen::<T>::get(Item::Part(id)),
			serial: part.serial.into_inner(),
		})
	}

	pub fn part_by_serial(part_type: PartTypeId, serial: Vec<u8>) -> Option<PartId> {
		let serial: SerialOf<T> = serial.try_into().ok()?;
		PartBySerial::<T>::get(part_type, serial)
	}

	pub fn lot_view(id: LotId) -> Option<LotView<BlockNumberFor<T>>> {
		Lots::<T>::get(id).map(|lot| LotView {
			quarantined: Self::lot_held(id, &lot),
			id,
			material: lot.material.into_inner(),
			unit: lot.unit,
			producer: lot.producer,
			certification: lot.certification,
			owner: lot.owner,
			custodian: lot.custodian,
			quantity: lot.quantity,
			remaining: lot.remaining,
			registered_at: lot.registered_at,
			records: HistoryLen::<T>::get(Item::Lot(id)),
		})
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) records of `item`'s history, skipping `from`
	/// records from the chosen end, with their indices.
	pub fn history_page(
		item: Item,
		order: Order,
		from: RecordIndex,
		limit: u32,
	) -> Vec<(RecordIndex, HistoryRecordOf<T>)> {
		let len = HistoryLen::<T>::get(item);
		let count = limit.min(MAX_PAGE).min(len.saturating_sub(from));
		(0..count)
			.filter_map(|i| {
				let skip = from.saturating_add(i);
				let index = match order {
					Order::OldestFirst => skip,
					Order::NewestFirst => len.saturating_sub(1).saturating_sub(skip),
				};
				History::<T>::get(item, index).map(|record| (index, record))
			})
			.collect()
	}

	/// A page of `item`'s history (see [`history_page`](Self::history_page)) with the
	/// history's length, in one call; `None` for an unknown item.
	pub fn history(
		item: Item,
		order: Order,
		from: RecordIndex,
		limit: u32,
	) -> Option<HistoryPage<T::AccountId, BlockNumberFor<T>>> {
		let known = match item {
			Item::Part(id) => PartRecords::<T>::contains_key(id),
			Item::Lot(id) => Lots::<T>::contains_key(id),
		};
		known.then(|| HistoryPage {
			total: HistoryLen::<T>::get(item),
			records: Self::history_page(item, order, from, limit)
				.into_iter()
				.map(|(index, record)| HistoryEntry { index, record })
				.collect(),
		})
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) stand-alone parts `owner` owns, continuing
	/// after part `after` (in storage order).
	pub fn parts_of(owner: ParticipantId, after: Option<PartId>, limit: u32) -> Vec<PartId> {
		let limit = limit.min(MAX_PAGE) as usize;
		match after {
			None => PartsOf::<T>::iter_key_prefix(owner).take(limit).collect(),
			Some(after) => PartsOf::<T>::iter_key_prefix_from(
				owner,
				PartsOf::<T>::hashed_key_for(owner, after),
			)
			.take(limit)
			.collect(),
		}
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) parts installed directly in `parent`,
	/// continuing after part `after` (in storage order).
	pub fn children_of(parent: PartId, after: Option<PartId>, limit: u32) -> Vec<PartId> {
		let limit = limit.min(MAX_PAGE) as usize;
		match after {
			None => Children::<T>::iter_key_prefix(parent).take(limit).collect(),
			Some(after) => Children::<T>::iter_key_prefix_from(
				parent,
				Children::<T>::hashed_key_for(parent, after),
			)
			.take(limit)
			.collect(),
		}
	}
}
