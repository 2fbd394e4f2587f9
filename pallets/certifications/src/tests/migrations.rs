//! The v1 → v2 migration (`registered_by` becomes a `Registrar`), on records written in
//! v1's layout.

use amchain_primitives::participants::Role;
use codec::Encode;
use frame_support::{
	assert_ok,
	traits::{ConstU64, GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	weights::RuntimeDbWeight,
};
use sp_runtime::traits::Get;

use crate::{
	migrations::v2::{v1, MigrateToV2},
	mock::*,
	Participant, ParticipantStatus, Participants, Registrar,
};

type Migration = MigrateToV2<Test, ConstU64<COUNCIL>>;

/// A v1 record of an organisation administered by `admin`, registered by `registered_by`.
fn v1_participant(admin: AccountId, registered_by: AccountId) -> v1::ParticipantOf<Test> {
	v1::Participant {
		admin,
		name: b"Acme Gears Ltd".to_vec().try_into().expect("short name"),
		metadata: doc(7),
		roles: Role::Manufacturer.into(),
		status: ParticipantStatus::Suspended { reason: doc(3), since: 4 },
		registered_by,
		registered_at: 2,
		devices: 0,
	}
}

/// The chain as spec 100 left it: storage version 1, two organisations, one registered by a
/// registrar, one by the council (the stand-in account), with their admin members.
fn v1_chain() {
	StorageVersion::new(1).put::<Certifications>();
	v1::Participants::<Test>::insert(0, v1_participant(ACME, REGISTRAR));
	v1::Participants::<Test>::insert(1, v1_participant(BOLT, COUNCIL));
	crate::Members::<Test>::insert(
		ACME,
		crate::MemberRecord { participant: 0, device_roles: None },
	);
	crate::Members::<Test>::insert(
		BOLT,
		crate::MemberRecord { participant: 1, device_roles: None },
	);
	crate::NextParticipantId::<Test>::put(2);
}

fn v2_participant(
	admin: AccountId,
	registered_by: Registrar<AccountId>,
) -> Participant<AccountId, u64, <Test as crate::Config>::MaxNameLen> {
	let old = v1_participant(admin, 0);
	Participant {
		admin,
		name: old.name,
		metadata: old.metadata,
		roles: old.roles,
		status: old.status,
		registered_by,
		registered_at: old.registered_at,
		devices: old.devices,
	}
}

#[test]
fn v1_records_become_v2() {
	new_test_ext(|| {
		v1_chain();
		let db: RuntimeDbWeight = <Test as frame_system::Config>::DbWeight::get();

		let weight = Migration::on_runtime_upgrade();

		assert_eq!(
			Participants::<Test>::get(0).encode(),
			Some(v2_participant(ACME, Registrar::Account(REGISTRAR))).encode()
		);
		assert_eq!(
			Participants::<Test>::get(1).encode(),
			Some(v2_participant(BOLT, Registrar::Governance)).encode()
		);
		assert_eq!(Certifications::on_chain_storage_version(), 2);
		// Two records read and written, and the version read and written.
		assert_eq!(weight, db.reads_writes(2, 2) + db.reads_writes(1, 1));
	});
}

#[test]
fn the_migration_runs_once() {
	new_test_ext(|| {
		v1_chain();
		Migration::on_runtime_upgrade();
		let migrated = Participants::<Test>::iter().collect::<Vec<_>>().encode();

		// At version 2 it only reads the version: records already in v2 are not touched
		// (reading them as v1 would corrupt them).
		let weight = Migration::on_runtime_upgrade();

		let db: RuntimeDbWeight = <Test as frame_system::Config>::DbWeight::get();
		assert_eq!(weight, db.reads(1));
		assert_eq!(Participants::<Test>::iter().collect::<Vec<_>>().encode(), migrated);
		assert_eq!(Certifications::on_chain_storage_version(), 2);
	});
}

#[test]
fn a_new_chain_starts_at_the_current_version_and_the_migration_leaves_it() {
	new_test_ext(|| {
		// Genesis writes the pallet's current storage version: nothing to migrate.
		assert_eq!(Certifications::on_chain_storage_version(), 3);
		assert_eq!(Certifications::in_code_storage_version(), 3);
		assert_ok!(Certifications::register_participant(
			RuntimeOrigin::signed(REGISTRAR),
			ACME,
			b"Acme Gears Ltd".to_vec(),
			doc(7),
			Role::Manufacturer.into(),
		));
		let before = Participants::<Test>::iter().collect::<Vec<_>>().encode();
		Migration::on_runtime_upgrade();
		assert_eq!(Participants::<Test>::iter().collect::<Vec<_>>().encode(), before);
	});
}

/// try-runtime's checks around the migration: they pass on a correct one, and catch a
/// record the migration lost or mistranslated.
#[cfg(feature = "try-runtime")]
mod checks {
	use frame_support::traits::UncheckedOnRuntimeUpgrade;

	use super::*;
	use crate::migrations::v2::UncheckedMigrateToV2;

	type Unchecked = UncheckedMigrateToV2<Test, ConstU64<COUNCIL>>;

	#[test]
	fn pre_and_post_upgrade_pass_on_the_migration() {
		new_test_ext(|| {
			v1_chain();
			assert_ok!(Migration::try_on_runtime_upgrade(true));
			assert_eq!(Certifications::on_chain_storage_version(), 2);
		});
	}

	#[test]
	fn post_upgrade_catches_a_mistranslated_record() {
		new_test_ext(|| {
			v1_chain();
			let state = Unchecked::pre_upgrade().expect("v1 records decode");
			Unchecked::on_runtime_upgrade();
			Participants::<Test>::mutate(1, |p| {
				p.as_mut().expect("migrated").registered_by = Registrar::Account(COUNCIL)
			});
			assert!(Unchecked::post_upgrade(state).is_err());
		});
	}

	#[test]
	fn post_upgrade_catches_a_lost_record() {
		new_test_ext(|| {
			v1_chain();
			let state = Unchecked::pre_upgrade().expect("v1 records decode");
			Unchecked::on_runtime_upgrade();
			Participants::<Test>::remove(0);
			crate::Members::<Test>::remove(ACME);
			assert!(Unchecked::post_upgrade(state).is_err());
		});
	}

	#[test]
	fn pre_upgrade_refuses_records_that_are_not_v1() {
		new_test_ext(|| {
			// A v2 record under storage version 1: the migration would misread it.
			StorageVersion::new(1).put::<Certifications>();
			assert_ok!(Certifications::register_participant(
				RuntimeOrigin::signed(REGISTRAR),
				ACME,
				b"Acme".to_vec(),
				doc(7),
				Role::Manufacturer.into(),
			));
			assert!(Unchecked::pre_upgrade().is_err());
		});
	}
}
