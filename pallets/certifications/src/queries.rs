//! Read-only queries: what the runtime API, and through it the node's RPC, serves.

use alloc::vec::Vec;
use amchain_primitives::certifications::{CertificationView, ParticipantView, StandardView};
use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether certification `id` was valid at block `at`, from its validity intervals
	/// (binary search: O(log n) reads for n intervals).
	pub fn certification_valid_at(id: CertificationId, at: BlockNumberFor<T>) -> bool {
		let Some(certification) = Certifications::<T>::get(id) else { return false };
		// The last interval starting at or before `at`.
		let (mut low, mut high) = (0u32, certification.intervals);
		while low < high {
			let mid = low + (high - low) / 2;
			match ValidityIntervals::<T>::get(id, mid) {
				Some(interval) if interval.from <= at => low = mid + 1,
				_ => high = mid,
			}
		}
		let Some(index) = low.checked_sub(1) else { return false };
		let Some(interval) = ValidityIntervals::<T>::get(id, index) else { return false };
		let end = interval.to.unwrap_or_else(|| certification.open_interval_end());
		at < end
	}

	/// A participant's record, as wallets see it.
	pub fn participant_view(
		id: ParticipantId,
	) -> Option<ParticipantView<T::AccountId, BlockNumberFor<T>>> {
		let p = Participants::<T>::get(id)?;
		Some(ParticipantView {
			id,
			admin: p.admin,
			name: p.name.into_inner(),
			metadata: p.metadata,
			roles: p.roles,
			suspended: p.status != ParticipantStatus::Active,
			registered_at: p.registered_at,
			devices: p.devices,
		})
	}

	/// A standard's record, as wallets see it.
	pub fn standard_view(id: StandardId) -> Option<StandardView> {
		let s = Standards::<T>::get(id)?;
		Some(StandardView {
			id,
			owner: s.owner,
			code: s.code.into_inner(),
			version: s.version,
			requirements_hash: s.requirements_hash,
			requirements_uri: s.requirements_uri.into_inner(),
		})
	}

	/// A certification's record and its standing now, as wallets see it.
	pub fn certification_view(id: CertificationId) -> Option<CertificationView<BlockNumberFor<T>>> {
		let c = Certifications::<T>::get(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		let remaining_capacity = Self::remaining_capacity(id).unwrap_or_default();
		Some(CertificationView {
			id,
			participant: c.participant,
			standard: c.standard,
			auditor: c.auditor,
			scope: c.scope.clone().into_inner(),
			capacity_units: c.capacity.units,
			capacity_period: c.capacity.period,
			issued_at: c.issued_at,
			valid_until: c.valid_until,
			surveillance_interval: c.surveillance.map(|s| s.interval),
			surveillance_due: c.surveillance.map(|s| s.due),
			status: c.status_at(now),
			remaining_capacity,
		})
	}

	/// The certifications a participant has accepted for a standard, in any standing (its
	/// history, revoked and expired ones too), in id order.
	pub fn certifications_of(
		participant: ParticipantId,
		standard: StandardId,
	) -> Vec<CertificationId> {
		let mut ids: Vec<CertificationId> =
			CertificationHistory::<T>::iter_key_prefix((participant, standard)).collect();
		ids.sort_unstable();
		ids
	}
}
