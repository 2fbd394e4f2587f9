//! How other pallets (and the contracts' chain extension) see this one.

#[cfg(feature = "runtime-benchmarks")]
use amchain_primitives::warranties::WarrantiesBenchmarkHelper;
use amchain_primitives::warranties::WarrantyInspector;
use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;

impl<T: Config> WarrantyInspector<BlockNumberFor<T>> for Pallet<T> {
	fn active_warranty(part: PartId) -> Option<(WarrantyId, WarrantyKind, BlockNumberFor<T>)> {
		WarrantyKind::ALL
			.iter()
			.filter_map(|kind| Latest::<T>::get(part, kind))
			.filter_map(|id| WarrantyRecords::<T>::get(id).map(|w| (id, w)))
			.filter(|(_, w)| Self::in_force(w).is_ok())
			.map(|(id, w)| (id, w.kind, w.expires_at))
			.max_by_key(|(_, _, expires_at)| *expires_at)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> WarrantiesBenchmarkHelper<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn set_new_warranty_term(admin: &T::AccountId, part_type: PartTypeId, term: BlockNumberFor<T>) {
		Self::do_set_new_warranty_term(admin, part_type, term)
			.expect("benchmark warranty term is set");
	}

	fn issue(admin: &T::AccountId, part: PartId, kind: WarrantyKind, term: BlockNumberFor<T>) {
		Self::do_issue(admin, part, kind, sp_core::H256::zero(), term, alloc::vec::Vec::new())
			.expect("benchmark warranty is issued");
	}
}
