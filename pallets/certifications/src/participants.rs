//! Registrars, participants and their device accounts.

use alloc::vec::Vec;
use amchain_primitives::participants::Membership;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::*;
use sp_core::H256;

use crate::*;

impl<T: Config> Pallet<T> {
	/// Who may act as a registrar: an appointed registrar's account, or the admin origin
	/// itself (a council motion), so that admitting a member organisation is one motion.
	pub(crate) fn ensure_registrar(
		origin: OriginFor<T>,
	) -> Result<Registrar<T::AccountId>, DispatchError> {
		let origin = match T::AdminOrigin::try_origin(origin) {
			Ok(_) => return Ok(Registrar::Governance),
			Err(origin) => origin,
		};
		let who = ensure_signed(origin)?;
		ensure!(Registrars::<T>::contains_key(&who), Error::<T>::NotRegistrar);
		Ok(Registrar::Account(who))
	}

	/// The caller's membership of an active organisation, with `role`.
	pub(crate) fn ensure_member_with(
		who: &T::AccountId,
		role: Role,
	) -> Result<Membership, DispatchError> {
		let membership = Self::membership(who).ok_or(Error::<T>::NotAMember)?;
		ensure!(membership.roles.has(role), Error::<T>::MissingRole);
		Ok(membership)
	}

	pub(crate) fn do_add_registrar(registrar: T::AccountId) -> DispatchResult {
		ensure!(!Registrars::<T>::contains_key(&registrar), Error::<T>::AlreadyRegistrar);
		ensure!(Registrars::<T>::count() < T::MaxRegistrars::get(), Error::<T>::TooManyRegistrars);
		Registrars::<T>::insert(&registrar, ());
		Self::deposit_event(Event::RegistrarAdded { registrar });
		Ok(())
	}

	pub(crate) fn do_remove_registrar(registrar: T::AccountId) -> DispatchResult {
		ensure!(Registrars::<T>::contains_key(&registrar), Error::<T>::NotRegistrar);
		Registrars::<T>::remove(&registrar);
		Self::deposit_event(Event::RegistrarRemoved { registrar });
		Ok(())
	}

	/// Whether `registrar` may change `participant`: governance any organisation, a
	/// registrar only those it registered. So one registrar cannot suspend or restrict a
	/// rival another registrar or governance admitted; an organisation whose registrar was
	/// removed is governance's alone.
	fn ensure_registrar_of(
		registrar: &Registrar<T::AccountId>,
		participant: &ParticipantOf<T>,
	) -> DispatchResult {
		ensure!(registrar.is_at_least(&participant.registered_by), Error::<T>::RegisteredByAnother);
		Ok(())
	}

	/// `registrar` acted on `participant`: if that is governance, the organisation is
	/// governance's alone from now on (`registered_by`), so the registrar that registered
	/// it cannot undo, at once and alone, what governance decided (a reinstatement, a
	/// suspension, a corrected record, an appointed role).
	fn record_who_answers(registrar: &Registrar<T::AccountId>, participant: &mut ParticipantOf<T>) {
		if *registrar == Registrar::Governance {
			participant.registered_by = Registrar::Governance;
		}
	}

	/// Who suspended organisation `id` (if it is suspended). One suspended before this was
	/// recorded has no `Suspensions` entry and counts as suspended by governance, so no
	/// registrar can lift a suspension whose author is unknown.
	pub fn suspended_by(id: ParticipantId) -> Registrar<T::AccountId> {
		Suspensions::<T>::get(id).unwrap_or(Registrar::Governance)
	}

	pub(crate) fn do_register_participant(
		registrar: Registrar<T::AccountId>,
		admin: T::AccountId,
		name: Vec<u8>,
		metadata: H256,
		roles: Roles,
	) -> DispatchResult {
		let name: NameOf<T> = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		ensure!(roles.is_valid(), Error::<T>::InvalidRoles);
		ensure!(
			registrar == Registrar::Governance || !needs_governance(roles),
			Error::<T>::RoleNeedsGovernance
		);
		ensure!(!Members::<T>::contains_key(&admin), Error::<T>::AccountInUse);

		let id = NextParticipantId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();

		Participants::<T>::insert(
			id,
			Participant {
				admin: admin.clone(),
				name,
				metadata,
				roles,
				status: ParticipantStatus::Active,
				registered_by: registrar.clone(),
				registered_at: now,
				devices: 0,
			},
		);
		Members::<T>::insert(&admin, MemberRecord { participant: id, device_roles: None });
		NextParticipantId::<T>::put(next);
		Self::deposit_event(Event::ParticipantRegistered {
			participant: id,
			admin,
			roles,
			registrar,
		});
		Ok(())
	}

	pub(crate) fn do_update_participant(
		registrar: Registrar<T::AccountId>,
		id: ParticipantId,
		name: Option<Vec<u8>>,
		metadata: Option<H256>,
		roles: Option<Roles>,
		admin: Option<T::AccountId>,
	) -> Result<Weight, DispatchError> {
		let mut participant = Participants::<T>::get(id).ok_or(Error::<T>::UnknownParticipant)?;
		Self::ensure_registrar_of(&registrar, &participant)?;
		let by_governance = registrar == Registrar::Governance;
		Self::record_who_answers(&registrar, &mut participant);
		if let Some(name) = name {
			participant.name = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		}
		if let Some(metadata) = metadata {
			participant.metadata = metadata;
		}
		if let Some(roles) = roles {
			ensure!(roles.is_valid(), Error::<T>::InvalidRoles);
			let changed = Roles(roles.0 ^ participant.roles.0);
			ensure!(by_governance || !needs_governance(changed), Error::<T>::RoleNeedsGovernance);
			participant.roles = roles;
		}
		let admin_change = match admin {
			Some(new) if new != participant.admin => {
				// A registrar that could swap the key would own the organisation: its parts,
				// its reserves, its certifications.
				ensure!(by_governance, Error::<T>::AdminChangeNeedsGovernance);
				// A device of this very organisation may be named: it is promoted. Otherwise
				// a leaked admin key could block the motion replacing it by first adding the
				// new key as one of its devices.
				match Members::<T>::get(&new) {
					None => {},
					Some(m) if m.participant == id && m.device_roles.is_some() => {
						Devices::<T>::remove(id, &new);
						participant.devices = participant.devices.saturating_sub(1);
						Self::deposit_event(Event::DeviceRemoved {
							participant: id,
							device: new.clone(),
						});
					},
					Some(_) => return Err(Error::<T>::AccountInUse.into()),
				}
				Some(new)
			},
			_ => None,
		};

		// Every check passed: a registrar's suspension of an organisation governance now
		// answers for is governance's too.
		if by_governance && Suspensions::<T>::contains_key(id) {
			Suspensions::<T>::insert(id, Registrar::<T::AccountId>::Governance);
		}
		let retired = match admin_change {
			Some(new) => Self::replace_admin(id, participant, new, Some(registrar.clone())),
			None => {
				Participants::<T>::insert(id, participant);
				Weight::zero()
			},
		};
		Self::deposit_event(Event::ParticipantUpdated { participant: id, registrar });
		Ok(retired)
	}

	/// Hands organisation `id` to admin account `new` (checked to act for no organisation,
	/// or a device of `id` whose device record the caller removed) and stores
	/// `participant`; the old admin account acts for none. Returns what the runtime's
	/// [`OnAccountRetired`] cost.
	fn replace_admin(
		id: ParticipantId,
		mut participant: ParticipantOf<T>,
		new: T::AccountId,
		registrar: Option<Registrar<T::AccountId>>,
	) -> Weight {
		let old = core::mem::replace(&mut participant.admin, new.clone());
		Participants::<T>::insert(id, participant);
		PendingAdmins::<T>::remove(id);
		Members::<T>::remove(&old);
		Members::<T>::insert(&new, MemberRecord { participant: id, device_roles: None });
		let retired = T::OnAccountRetired::on_account_retired(id, &old, &new);
		Self::deposit_event(Event::ParticipantAdminChanged {
			participant: id,
			old,
			new,
			registrar,
		});
		retired
	}

	pub(crate) fn do_change_admin(who: T::AccountId, new: T::AccountId) -> DispatchResult {
		let (id, _) = Self::ensure_admin(&who)?;
		ensure!(!Members::<T>::contains_key(&new), Error::<T>::AccountInUse);
		PendingAdmins::<T>::insert(id, &new);
		Self::deposit_event(Event::AdminChangeProposed { participant: id, new });
		Ok(())
	}

	pub(crate) fn do_accept_admin(
		who: T::AccountId,
		id: ParticipantId,
	) -> Result<Weight, DispatchError> {
		let named = PendingAdmins::<T>::get(id).ok_or(Error::<T>::NoAdminChangeProposed)?;
		ensure!(named == who, Error::<T>::NotTheProposedAdmin);
		let participant = Participants::<T>::get(id).ok_or(Error::<T>::UnknownParticipant)?;
		ensure!(participant.status == ParticipantStatus::Active, Error::<T>::SuspendedParticipant);
		ensure!(!Members::<T>::contains_key(&who), Error::<T>::AccountInUse);
		Ok(Self::replace_admin(id, participant, who, None))
	}

	pub(crate) fn do_withdraw_admin_change(who: T::AccountId) -> DispatchResult {
		let (id, _) = Self::ensure_admin(&who)?;
		let new = PendingAdmins::<T>::take(id).ok_or(Error::<T>::NoAdminChangeProposed)?;
		Self::deposit_event(Event::AdminChangeWithdrawn { participant: id, new });
		Ok(())
	}

	pub(crate) fn do_suspend_participant(
		registrar: Registrar<T::AccountId>,
		id: ParticipantId,
		reason: H256,
	) -> DispatchResult {
		let mut participant = Participants::<T>::get(id).ok_or(Error::<T>::UnknownParticipant)?;
		Self::ensure_registrar_of(&registrar, &participant)?;
		let since = match participant.status {
			ParticipantStatus::Active => frame_system::Pallet::<T>::block_number(),
			// Governance may take over a registrar's suspension, so that registrar can no
			// longer lift it; the organisation stays suspended since the first time.
			ParticipantStatus::Suspended { since, .. } => {
				ensure!(
					registrar == Registrar::Governance
						&& Self::suspended_by(id) != Registrar::Governance,
					Error::<T>::SuspendedParticipant
				);
				since
			},
		};

		Self::record_who_answers(&registrar, &mut participant);
		participant.status = ParticipantStatus::Suspended { reason, since };
		Participants::<T>::insert(id, participant);
		Suspensions::<T>::insert(id, &registrar);
		// A hand-over the admin started ends with the suspension: a leaked admin key's
		// successor must not take the organisation the moment it is reinstated.
		if let Some(new) = PendingAdmins::<T>::take(id) {
			Self::deposit_event(Event::AdminChangeWithdrawn { participant: id, new });
		}
		Self::deposit_event(Event::ParticipantSuspended { participant: id, reason, registrar });
		Ok(())
	}

	pub(crate) fn do_reinstate_participant(
		registrar: Registrar<T::AccountId>,
		id: ParticipantId,
	) -> DispatchResult {
		let mut participant = Participants::<T>::get(id).ok_or(Error::<T>::UnknownParticipant)?;
		ensure!(
			participant.status != ParticipantStatus::Active,
			Error::<T>::ParticipantNotSuspended
		);
		let suspended_by = Self::suspended_by(id);
		ensure!(
			registrar == Registrar::Governance || suspended_by != Registrar::Governance,
			Error::<T>::SuspendedByGovernance
		);
		Self::ensure_registrar_of(&registrar, &participant)?;
		// Only the organisation's own registrar or governance suspends it, so this holds;
		// checked all the same, as the rule it is.
		ensure!(registrar.is_at_least(&suspended_by), Error::<T>::RegisteredByAnother);

		Self::record_who_answers(&registrar, &mut participant);
		participant.status = ParticipantStatus::Active;
		Participants::<T>::insert(id, participant);
		Suspensions::<T>::remove(id);
		Self::deposit_event(Event::ParticipantReinstated { participant: id, registrar });
		Ok(())
	}

	/// The participant whose admin account `who` is (the organisation must be active).
	fn ensure_admin(
		who: &T::AccountId,
	) -> Result<(ParticipantId, ParticipantOf<T>), DispatchError> {
		let member = Members::<T>::get(who).ok_or(Error::<T>::NotAMember)?;
		ensure!(member.device_roles.is_none(), Error::<T>::NotParticipantAdmin);
		let participant =
			Participants::<T>::get(member.participant).ok_or(Error::<T>::UnknownParticipant)?;
		ensure!(participant.status == ParticipantStatus::Active, Error::<T>::SuspendedParticipant);
		Ok((member.participant, participant))
	}

	pub(crate) fn do_add_device(
		who: T::AccountId,
		device: T::AccountId,
		roles: Roles,
	) -> DispatchResult {
		let (id, mut participant) = Self::ensure_admin(&who)?;
		ensure!(roles.is_valid(), Error::<T>::InvalidRoles);
		ensure!(participant.roles.contains(roles), Error::<T>::RolesNotHeld);
		ensure!(!Members::<T>::contains_key(&device), Error::<T>::AccountInUse);
		ensure!(
			participant.devices < T::MaxDevicesPerParticipant::get(),
			Error::<T>::TooManyDevices
		);

		participant.devices = participant.devices.saturating_add(1);
		Participants::<T>::insert(id, participant);
		Members::<T>::insert(&device, MemberRecord { participant: id, device_roles: Some(roles) });
		Devices::<T>::insert(id, &device, roles);
		Self::deposit_event(Event::DeviceAdded { participant: id, device, roles });
		Ok(())
	}

	pub(crate) fn do_remove_device(
		who: T::AccountId,
		device: T::AccountId,
	) -> Result<Weight, DispatchError> {
		let (id, mut participant) = Self::ensure_admin(&who)?;
		ensure!(Devices::<T>::contains_key(id, &device), Error::<T>::UnknownDevice);

		participant.devices = participant.devices.saturating_sub(1);
		Participants::<T>::insert(id, participant);
		Members::<T>::remove(&device);
		Devices::<T>::remove(id, &device);
		let retired = T::OnAccountRetired::on_account_retired(id, &device, &who);
		Self::deposit_event(Event::DeviceRemoved { participant: id, device });
		Ok(retired)
	}
}
