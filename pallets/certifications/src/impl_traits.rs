//! How other pallets (and the contracts' chain extension) see this one.

use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;
use amchain_primitives::participants::{MemberKind, Membership};

impl<T: Config> ParticipantRegistry<T::AccountId> for Pallet<T> {
	/// The active membership of an account: its organisation and the roles it may use
	/// (a device's roles as far as its organisation still holds them).
	fn membership(who: &T::AccountId) -> Option<Membership> {
		let member = Members::<T>::get(who)?;
		let participant = Participants::<T>::get(member.participant)?;
		if participant.status != ParticipantStatus::Active {
			return None;
		}
		Some(match member.device_roles {
			None => Membership {
				participant: member.participant,
				kind: MemberKind::Admin,
				roles: participant.roles,
			},
			Some(device_roles) => Membership {
				participant: member.participant,
				kind: MemberKind::Device,
				roles: device_roles.intersection(participant.roles),
			},
		})
	}

	fn active_roles(participant: ParticipantId) -> Option<Roles> {
		Self::active_roles_of(participant).ok().flatten()
	}

	fn is_registered(participant: ParticipantId) -> bool {
		Participants::<T>::contains_key(participant)
	}

	fn admin_account(participant: ParticipantId) -> Option<T::AccountId> {
		Participants::<T>::get(participant).map(|p| p.admin)
	}
}

impl<T: Config> CertificationInspector<BlockNumberFor<T>> for Pallet<T> {
	/// Two reads, whatever the participant holds: its record, and `CertifiedUntil` (kept
	/// equal to the latest end of a live active certification's validity).
	fn is_certified(participant: ParticipantId, standard: StandardId) -> bool {
		if !Self::is_active(participant) {
			return false;
		}
		let now = frame_system::Pallet::<T>::block_number();
		CertifiedUntil::<T>::get(participant, standard).is_some_and(|until| now < until)
	}

	/// Walks the participant's history for the standard (every certification it accepted):
	/// for queries (the runtime API), not for calls.
	fn was_certified_at(
		participant: ParticipantId,
		standard: StandardId,
		at: BlockNumberFor<T>,
	) -> bool {
		CertificationHistory::<T>::iter_key_prefix((participant, standard))
			.any(|id| Self::certification_valid_at(id, at))
	}

	fn holder_of(certification: CertificationId) -> Option<(ParticipantId, StandardId)> {
		Certifications::<T>::get(certification).map(|c| (c.participant, c.standard))
	}

	fn status(certification: CertificationId) -> Option<CertificationStatus> {
		let now = frame_system::Pallet::<T>::block_number();
		Certifications::<T>::get(certification).map(|c| c.status_at(now))
	}

	/// Units the certification may still produce in the current period (0 unless active).
	fn remaining_capacity(certification: CertificationId) -> Option<u64> {
		let record = Certifications::<T>::get(certification)?;
		let now = frame_system::Pallet::<T>::block_number();
		if !record.status_at(now).is_active() {
			return Some(0);
		}
		let usage = Self::current_usage(certification, &record, now);
		Some(record.capacity.units.saturating_sub(usage.used))
	}

	/// Three reads: the record, its holder's, and this period's production.
	fn summary(certification: CertificationId) -> Option<CertificationSummary<BlockNumberFor<T>>> {
		let record = Certifications::<T>::get(certification)?;
		let now = frame_system::Pallet::<T>::block_number();
		let active = record.status_at(now).is_active() && Self::is_active(record.participant);
		let remaining = if active {
			let usage = Self::current_usage(certification, &record, now);
			record.capacity.units.saturating_sub(usage.used)
		} else {
			0
		};
		Some(CertificationSummary {
			holder: record.participant,
			standard: record.standard,
			active,
			remaining,
			valid_until: record.valid_until,
		})
	}

	fn standard_exists(standard: StandardId) -> bool {
		Standards::<T>::contains_key(standard)
	}

	fn certifications_held(participant: ParticipantId, standard: StandardId) -> u32 {
		let held = CertificationsOf::<T>::decode_len(participant, standard).unwrap_or(0);
		u32::try_from(held).unwrap_or(u32::MAX)
	}
}

impl<T: Config> ProductionRegistry for Pallet<T> {
	fn register_production(
		participant: ParticipantId,
		certification: CertificationId,
		units: u64,
	) -> sp_runtime::DispatchResult {
		Self::do_register_production(participant, certification, units)
	}
}
