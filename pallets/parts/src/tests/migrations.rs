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
fn the_pallet_is_at_v2() {
	new_test_ext(|| assert_eq!(Parts::in_code_storage_version(), 2));
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
