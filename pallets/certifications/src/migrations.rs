//! Storage migrations, one module per storage version they lead to. A runtime lists the
//! ones its chains still need in its `Executive`'s migrations; each runs once, guarded by
//! the pallet's on-chain storage version ([`VersionedMigration`]).
//!
//! [`VersionedMigration`]: frame_support::migrations::VersionedMigration

pub mod v2 {
	//! v1 → v2: who registered an organisation.
	//!
	//! v1 recorded `Participant::registered_by` as an account, and when the admin origin
	//! (a council motion) registered an organisation it recorded a stand-in account that
	//! nobody holds the key of (the runtime's `CouncilAccount`). v2 records a
	//! [`Registrar`]: `Account(registrar)` or `Governance`. The migration rewrites every
	//! participant record: the stand-in account becomes `Governance`, any other account
	//! `Account(it)`; nothing else changes.
	//!
	//! Single block: it reads and writes each participant once (on ParityDB weights,
	//! 58 µs each: 10 000 organisations take 0.58 s of a block's 2 s). Consortia count
	//! their organisations in hundreds; one far beyond that would need a stepped
	//! (multi-block) migration instead.

	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		storage_alias,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	use frame_system::pallet_prelude::BlockNumberFor;
	#[cfg(feature = "try-runtime")]
	use {alloc::vec::Vec, sp_runtime::TryRuntimeError};

	use crate::{
		Config, Pallet, Participant, ParticipantId, ParticipantStatus, Participants, Registrar,
		Roles,
	};

	/// The records as v1 stored them.
	pub mod v1 {
		use super::*;
		use sp_core::H256;

		/// A participant as v1 stored it: `registered_by` an account.
		#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
		#[scale_info(skip_type_params(MaxName))]
		pub struct Participant<AccountId, BlockNumber, MaxName: Get<u32>> {
			pub admin: AccountId,
			pub name: BoundedVec<u8, MaxName>,
			pub metadata: H256,
			pub roles: Roles,
			pub status: ParticipantStatus<BlockNumber>,
			pub registered_by: AccountId,
			pub registered_at: BlockNumber,
			pub devices: u32,
		}

		pub type ParticipantOf<T> = Participant<
			<T as frame_system::Config>::AccountId,
			BlockNumberFor<T>,
			<T as Config>::MaxNameLen,
		>;

		/// `Participants` as v1 typed it.
		#[storage_alias]
		pub type Participants<T: Config> =
			StorageMap<Pallet<T>, Twox64Concat, ParticipantId, ParticipantOf<T>>;
	}

	/// Who v1's `registered_by` names: `governance` is the stand-in account v1 recorded for
	/// the admin origin.
	fn registrar<AccountId: PartialEq>(
		registered_by: AccountId,
		governance: &AccountId,
	) -> Registrar<AccountId> {
		if &registered_by == governance {
			Registrar::Governance
		} else {
			Registrar::Account(registered_by)
		}
	}

	/// The migration without its version guard; use [`MigrateToV2`].
	///
	/// `GovernanceAccount` is the account v1 recorded when the admin origin acted (the
	/// runtime's former `CouncilAccount`).
	pub struct UncheckedMigrateToV2<T, GovernanceAccount>(PhantomData<(T, GovernanceAccount)>);

	impl<T: Config, GovernanceAccount: Get<T::AccountId>> UncheckedOnRuntimeUpgrade
		for UncheckedMigrateToV2<T, GovernanceAccount>
	{
		fn on_runtime_upgrade() -> Weight {
			let governance = GovernanceAccount::get();
			let mut migrated: u64 = 0;
			Participants::<T>::translate::<v1::ParticipantOf<T>, _>(|_, old| {
				migrated = migrated.saturating_add(1);
				Some(Participant {
					admin: old.admin,
					name: old.name,
					metadata: old.metadata,
					roles: old.roles,
					status: old.status,
					registered_by: registrar(old.registered_by, &governance),
					registered_at: old.registered_at,
					devices: old.devices,
				})
			});
			log::info!(
				target: "runtime::certifications",
				"migrated {migrated} participant records to v2 (registered_by: Registrar)"
			);
			T::DbWeight::get().reads_writes(migrated, migrated)
		}

		/// Every record decodes as v1; hands their ids and contents to `post_upgrade`.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			use codec::DecodeAll;
			use frame_support::storage::unhashed;

			let mut records: Vec<(ParticipantId, v1::ParticipantOf<T>)> = Vec::new();
			for id in v1::Participants::<T>::iter_keys() {
				// Exactly v1, no bytes left over: a v2 record would almost decode as v1.
				let raw = unhashed::get_raw(&v1::Participants::<T>::hashed_key_for(id))
					.ok_or("a participant record vanished")?;
				let old = v1::ParticipantOf::<T>::decode_all(&mut &raw[..])
					.map_err(|_| "a participant record does not decode as v1")?;
				records.push((id, old));
			}
			Ok(records.encode())
		}

		/// The same organisations, each with the same fields, `registered_by` translated.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let before: Vec<(ParticipantId, v1::ParticipantOf<T>)> =
				Decode::decode(&mut &state[..]).map_err(|_| "pre_upgrade state does not decode")?;
			ensure!(
				Participants::<T>::iter_keys().count() == before.len(),
				"participant records were added or lost"
			);
			let governance = GovernanceAccount::get();
			for (id, old) in before {
				let new =
					Participants::<T>::get(id).ok_or("a participant does not decode as v2")?;
				ensure!(
					new.admin == old.admin
						&& new.name == old.name
						&& new.metadata == old.metadata
						&& new.roles == old.roles
						&& new.status == old.status
						&& new.registered_at == old.registered_at
						&& new.devices == old.devices,
					"a participant's record changed beyond registered_by"
				);
				let expected = if old.registered_by == governance {
					Registrar::Governance
				} else {
					Registrar::Account(old.registered_by)
				};
				ensure!(new.registered_by == expected, "registered_by translated wrongly");
			}
			Ok(())
		}
	}

	/// v1 → v2, run once: only while the pallet's on-chain storage version is 1, which it
	/// then sets to 2.
	pub type MigrateToV2<T, GovernanceAccount> = VersionedMigration<
		1,
		2,
		UncheckedMigrateToV2<T, GovernanceAccount>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

pub mod v3 {
	//! v2 → v3: a holder's live certifications apart from its history.
	//!
	//! v2 kept every certification a participant was ever issued for a standard in one
	//! bounded list (`CertificationsOf`), never pruned, so an auditor could fill it; and
	//! `is_certified` walked it. v3 keeps there only the live ones (not revoked, not
	//! expired), every one also in `CertificationHistory`, and `CertifiedUntil` answers
	//! `is_certified` in one read. Certifications issued before v3 were never offered for
	//! acceptance: they count as accepted (their holders relied on them already), so their
	//! state and validity intervals are unchanged.
	//!
	//! Single block: it reads each list and each certification in it once, and writes each
	//! list, one history entry per certification and one `CertifiedUntil` per list. The
	//! chains at v2 hold a few certifications per organisation; one far beyond thousands
	//! would need a stepped migration.

	use alloc::vec::Vec;
	use amchain_primitives::certifications::CertificationStatus;
	use frame_support::{
		migrations::VersionedMigration,
		pallet_prelude::*,
		traits::{Get, UncheckedOnRuntimeUpgrade},
	};
	#[cfg(feature = "try-runtime")]
	use sp_runtime::TryRuntimeError;

	use crate::{
		CertificationHistory, CertificationId, Certifications, CertificationsOf, Config, Pallet,
		ParticipantId, StandardId,
	};

	/// The migration without its version guard; use [`MigrateToV3`].
	pub struct UncheckedMigrateToV3<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for UncheckedMigrateToV3<T> {
		fn on_runtime_upgrade() -> Weight {
			let now = frame_system::Pallet::<T>::block_number();
			let lists: Vec<(ParticipantId, StandardId, Vec<CertificationId>)> =
				CertificationsOf::<T>::iter().map(|(p, s, ids)| (p, s, ids.into_inner())).collect();
			let (mut reads, mut writes) = (lists.len() as u64, 0u64);
			for (participant, standard, ids) in &lists {
				let live: Vec<CertificationId> = ids
					.iter()
					.copied()
					.filter(|id| {
						Certifications::<T>::get(id).is_some_and(|c| {
							!matches!(
								c.status_at(now),
								CertificationStatus::Expired | CertificationStatus::Revoked
							)
						})
					})
					.collect();
				for id in ids {
					CertificationHistory::<T>::insert((participant, standard, id), ());
				}
				// At most as many as before: the bound holds.
				CertificationsOf::<T>::insert(
					participant,
					standard,
					BoundedVec::truncate_from(live.clone()),
				);
				Pallet::<T>::refresh_certified_until(*participant, *standard);
				let n = ids.len() as u64;
				// Each certification read to filter, each live one again for `CertifiedUntil`.
				reads = reads.saturating_add(n).saturating_add(live.len() as u64);
				writes = writes.saturating_add(n).saturating_add(2);
			}
			log::info!(
				target: "runtime::certifications",
				"migrated {} certification lists to v3 (live lists, history, CertifiedUntil)",
				lists.len()
			);
			T::DbWeight::get().reads_writes(reads, writes)
		}

		/// Every holder's list and, for each, whether it was certified (v2's walk).
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let now = frame_system::Pallet::<T>::block_number();
			let state: Vec<(ParticipantId, StandardId, Vec<CertificationId>, bool)> =
				CertificationsOf::<T>::iter()
					.map(|(p, s, ids)| {
						let certified = ids.iter().any(|id| {
							Certifications::<T>::get(id)
								.is_some_and(|c| c.status_at(now).is_active())
						});
						(p, s, ids.into_inner(), certified)
					})
					.collect();
			Ok(state.encode())
		}

		/// The history holds every certification listed before, the live list the ones
		/// neither revoked nor expired, and `CertifiedUntil` answers as v2's walk did.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			use amchain_primitives::{
				certifications::CertificationInspector, participants::ParticipantRegistry,
			};
			let before: Vec<(ParticipantId, StandardId, Vec<CertificationId>, bool)> =
				Decode::decode(&mut &state[..]).map_err(|_| "pre_upgrade state does not decode")?;
			let now = frame_system::Pallet::<T>::block_number();
			for (participant, standard, ids, certified) in before {
				let live = CertificationsOf::<T>::get(participant, standard);
				for id in &ids {
					ensure!(
						CertificationHistory::<T>::contains_key((participant, standard, *id)),
						"a certification missing from the history"
					);
					let c = Certifications::<T>::get(id).ok_or("a certification vanished")?;
					let is_live = !matches!(
						c.status_at(now),
						CertificationStatus::Expired | CertificationStatus::Revoked
					);
					ensure!(live.contains(id) == is_live, "live list wrongly pruned");
				}
				let active =
					<Pallet<T> as ParticipantRegistry<T::AccountId>>::is_active(participant);
				ensure!(
					<Pallet<T> as CertificationInspector<_>>::is_certified(participant, standard)
						== (certified && active),
					"is_certified answers otherwise than before"
				);
			}
			Ok(())
		}
	}

	/// v2 → v3, run once: only while the pallet's on-chain storage version is 2, which it
	/// then sets to 3.
	pub type MigrateToV3<T> = VersionedMigration<
		2,
		3,
		UncheckedMigrateToV3<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
