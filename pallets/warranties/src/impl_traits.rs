//! How other pallets (and the contracts' chain extension) see this one.

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
