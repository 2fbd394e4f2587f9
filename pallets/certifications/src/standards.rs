//! Standards and the accreditation of auditors.

use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*};
use sp_core::H256;

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_define_standard(
		who: T::AccountId,
		code: Vec<u8>,
		version: u32,
		requirements_hash: H256,
		requirements_uri: Vec<u8>,
	) -> DispatchResult {
		let owner = Self::ensure_member_with(&who, Role::StandardsOrganisation)?.participant;
		let code: CodeOf<T> = code.try_into().map_err(|_| Error::<T>::CodeTooLong)?;
		let requirements_uri: UriOf<T> =
			requirements_uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
		ensure!(!StandardByCode::<T>::contains_key(&code, version), Error::<T>::StandardExists);

		let id = NextStandardId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Standards::<T>::insert(
			id,
			Standard {
				owner,
				code: code.clone(),
				version,
				requirements_hash,
				requirements_uri,
				defined_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		StandardByCode::<T>::insert(&code, version, id);
		NextStandardId::<T>::put(next);
		Self::deposit_event(Event::StandardDefined { standard: id, owner, code, version });
		Ok(())
	}

	/// The standard, if the caller acts for its standards organisation.
	fn ensure_standard_owner(
		who: &T::AccountId,
		standard: StandardId,
	) -> Result<StandardOf<T>, DispatchError> {
		let caller = Self::ensure_member_with(who, Role::StandardsOrganisation)?.participant;
		let record = Standards::<T>::get(standard).ok_or(Error::<T>::UnknownStandard)?;
		ensure!(record.owner == caller, Error::<T>::NotStandardOwner);
		Ok(record)
	}

	pub(crate) fn do_accredit_auditor(
		who: T::AccountId,
		standard: StandardId,
		auditor: ParticipantId,
	) -> DispatchResult {
		Self::ensure_standard_owner(&who, standard)?;
		let auditor_roles =
			Self::active_roles_of(auditor)?.ok_or(Error::<T>::SuspendedParticipant)?;
		ensure!(auditor_roles.has(Role::Auditor), Error::<T>::NotAnAuditor);

		let now = frame_system::Pallet::<T>::block_number();
		let record = match Accreditations::<T>::get(standard, auditor) {
			Some(record) if record.is_active() => return Err(Error::<T>::AlreadyAccredited.into()),
			Some(record) => Accreditation { since: now, withdrawn_at: None, ..record },
			None => Accreditation { first_accredited: now, since: now, withdrawn_at: None },
		};
		Accreditations::<T>::insert(standard, auditor, record);
		Self::deposit_event(Event::AuditorAccredited { standard, auditor });
		Ok(())
	}

	pub(crate) fn do_withdraw_accreditation(
		who: T::AccountId,
		standard: StandardId,
		auditor: ParticipantId,
	) -> DispatchResult {
		Self::ensure_standard_owner(&who, standard)?;
		Accreditations::<T>::try_mutate(standard, auditor, |record| -> DispatchResult {
			let record =
				record.as_mut().filter(|r| r.is_active()).ok_or(Error::<T>::NotAccredited)?;
			record.withdrawn_at = Some(frame_system::Pallet::<T>::block_number());
			Ok(())
		})?;
		Self::deposit_event(Event::AccreditationWithdrawn { standard, auditor });
		Ok(())
	}

	/// The roles of a registered participant: `Ok(None)` if suspended, an error if unknown.
	pub(crate) fn active_roles_of(id: ParticipantId) -> Result<Option<Roles>, DispatchError> {
		let participant = Participants::<T>::get(id).ok_or(Error::<T>::UnknownParticipant)?;
		Ok((participant.status == ParticipantStatus::Active).then_some(participant.roles))
	}

	/// Whether `auditor` is accredited for `standard` now.
	pub(crate) fn is_accredited(standard: StandardId, auditor: ParticipantId) -> bool {
		Accreditations::<T>::get(standard, auditor).is_some_and(|a| a.is_active())
	}
}
