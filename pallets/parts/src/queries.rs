//! Answers for wallets and machines (the runtime API `PartsApi`): records as views,
//! histories and lists page by page.

use alloc::vec::Vec;
use amchain_primitives::parts::{LotView, Order, PartTypeView, PartView};
use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;

/// The most entries one page returns, whatever a caller asks for.
pub const MAX_PAGE: u32 = 100;

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

	pub fn part_view(id: PartId) -> Option<PartView<BlockNumberFor<T>>> {
		let part = PartRecords::<T>::get(id)?;
		let holder = Self::holder(Item::Part(id)).ok()?;
		Some(PartView {
			id,
			part_type: part.part_type,
			maker: part.maker,
			certification: part.certification,
			owner: holder.owner,
			custodian: holder.custodian,
			status: part.status,
			parent: part.parent,
			children: part.children,
			tag: part.tag,
			quarantined: Self::part_quarantined(&part),
			activated_at: part.activated_at,
			registered_at: part.registered_at,
			life: part.life,
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
			id,
			material: lot.material.into_inner(),
			unit: lot.unit,
			producer: lot.producer,
			certification: lot.certification,
			owner: lot.owner,
			custodian: lot.custodian,
			quantity: lot.quantity,
			remaining: lot.remaining,
			quarantined: lot.quarantine.is_some(),
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
