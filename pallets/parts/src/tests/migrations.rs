//! The v1 → v2 migration: `QuarantinedBelow` counted for parts quarantined while installed.

use frame_support::{
	assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};

use crate::{migrations::v2::MigrateToV2, mock::*, *};

type Migration = MigrateToV2<Test>;

/// A v1 chain: a gear quarantined inside a gearbox inside a car, and no counts. Returns
/// (car, gearbox, gear).
fn v1_chain(w: &World) -> (PartId, PartId, PartId) {
	let (car, gearbox, gear) = (w.gear(b"CAR"), w.gear(b"BOX"), w.gear(b"G1"));
	assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, gearbox));
	assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gearbox, car));
	assert_ok!(Parts::quarantine(RuntimeOrigin::signed(ACME), RecallTarget::Part(gear), doc(6)));
	let _ = QuarantinedBelow::<Test>::clear(u32::MAX, None);
	StorageVersion::new(1).put::<Parts>();
	(car, gearbox, gear)
}

#[test]
fn v1_assemblies_get_their_counts() {
	new_test_ext(|| {
		let w = World::new();
		let (car, gearbox, gear) = v1_chain(&w);
		Migration::on_runtime_upgrade();
		assert_eq!(Parts::on_chain_storage_version(), 2);
		assert_eq!(QuarantinedBelow::<Test>::get(car), 1);
		assert_eq!(QuarantinedBelow::<Test>::get(gearbox), 1);
		assert!(!QuarantinedBelow::<Test>::contains_key(gear));
		assert_eq!(
			Parts::offer(
				RuntimeOrigin::signed(ACME),
				Item::Part(car),
				Handover::Ownership,
				w.buyer
			),
			Err(Error::<Test>::AssemblyQuarantined.into())
		);
		// Run again: at version 2 nothing changes.
		Migration::on_runtime_upgrade();
		assert_eq!(QuarantinedBelow::<Test>::get(car), 1);
	});
}

#[test]
fn the_pallet_is_at_v3() {
	new_test_ext(|| assert_eq!(Parts::in_code_storage_version(), 3));
}

/// A v2 chain: a gear inside a gearbox inside a car, no batch lists. Returns (car, gearbox).
fn v2_chain(w: &World) -> (PartId, PartId) {
	let (car, gearbox, gear) = (w.gear(b"CAR"), w.gear(b"BOX"), w.gear(b"G1"));
	assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, gearbox));
	assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gearbox, car));
	let _ = BatchesBelow::<Test>::clear(u32::MAX, None);
	let _ = BatchCountBelow::<Test>::clear(u32::MAX, None);
	StorageVersion::new(2).put::<Parts>();
	(car, gearbox)
}

/// v2 → v3 (RT-3): the batches installed in each assembly are listed, so a batch recall
/// holds an assembly built before the upgrade.
#[test]
fn v2_assemblies_get_their_batches() {
	new_test_ext(|| {
		let w = World::new();
		let (car, gearbox) = v2_chain(&w);
		crate::migrations::v3::MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Parts::on_chain_storage_version(), 3);
		let gears = (w.gear, w.certification);
		assert_eq!(BatchesBelow::<Test>::get(car, gears), 2);
		assert_eq!(BatchesBelow::<Test>::get(gearbox, gears), 1);
		assert_eq!(BatchCountBelow::<Test>::get(car), 1);
		// Run again: at version 3 nothing changes.
		crate::migrations::v3::MigrateToV3::<Test>::on_runtime_upgrade();
		assert_eq!(BatchesBelow::<Test>::get(car, gears), 2);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn pre_and_post_upgrade_pass_on_the_v3_migration() {
	new_test_ext(|| {
		let w = World::new();
		v2_chain(&w);
		assert_ok!(crate::migrations::v3::MigrateToV3::<Test>::try_on_runtime_upgrade(true));
		assert_eq!(Parts::on_chain_storage_version(), 3);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn pre_and_post_upgrade_pass_on_the_migration() {
	new_test_ext(|| {
		let w = World::new();
		v1_chain(&w);
		assert_ok!(Migration::try_on_runtime_upgrade(true));
		assert_eq!(Parts::on_chain_storage_version(), 2);
	});
}
