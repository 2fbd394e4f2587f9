//! The v2 → v3 migration: a holder's live certifications apart from its history, and
//! `CertifiedUntil`, from v2's one never-pruned list per holder and standard.

use amchain_primitives::certifications::CertificationInspector;
use codec::Encode;
use frame_support::{
	assert_ok,
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	weights::RuntimeDbWeight,
};
use sp_runtime::traits::Get;

use crate::{
	migrations::v3::MigrateToV3, mock::*, CertificationHistory, CertificationsOf, CertifiedUntil,
};

type Migration = MigrateToV3<Test>;

/// What a v2 chain holds: Acme listed under three certifications (the mock's bound), all
/// issued before holders accepted anything: one live, one revoked, one expired; Bolt under
/// one suspended one; no history and no `CertifiedUntil`. Returns Acme's ids in that order
/// and Bolt's.
fn v2_chain(w: &World) -> ([u32; 3], u32) {
	let live = w.certify(w.acme, 1, 1, 1000, None);
	let revoked = w.certify(w.acme, 1, 1, 1000, None);
	let expired = w.certify(w.acme, 1, 1, 5, None);
	let suspended = w.certify(w.bolt, 1, 1, 1000, None);
	assert_ok!(Certifications::suspend_certification(
		RuntimeOrigin::signed(TUV),
		suspended,
		doc(1)
	));
	assert_ok!(Certifications::revoke_certification(RuntimeOrigin::signed(TUV), revoked, doc(2)));
	set_block(6);
	let ids = [live, revoked, expired];
	// v2's layout: every one in the list, nothing else.
	CertificationsOf::<Test>::insert(
		w.acme,
		w.standard,
		frame_support::BoundedVec::truncate_from(ids.to_vec()),
	);
	let _ = CertificationHistory::<Test>::clear(u32::MAX, None);
	let _ = CertifiedUntil::<Test>::clear(u32::MAX, None);
	StorageVersion::new(2).put::<Certifications>();
	(ids, suspended)
}

fn is_certified(participant: u32, standard: u32) -> bool {
	<Certifications as CertificationInspector<u64>>::is_certified(participant, standard)
}

#[test]
fn v2_lists_become_live_lists_history_and_certified_until() {
	new_test_ext(|| {
		let w = World::new();
		let ([live, revoked, expired], suspended) = v2_chain(&w);
		// Before: the walk-free query sees nothing (no `CertifiedUntil` yet).
		assert!(!is_certified(w.acme, w.standard));

		Migration::on_runtime_upgrade();

		assert_eq!(Certifications::on_chain_storage_version(), 3);
		assert_eq!(
			CertificationsOf::<Test>::get(w.acme, w.standard).to_vec(),
			vec![live],
			"revoked and expired ones leave the live list"
		);
		assert_eq!(
			Certifications::certifications_of(w.acme, w.standard),
			vec![live, revoked, expired],
			"all stay in the history"
		);
		assert_eq!(CertifiedUntil::<Test>::get(w.acme, w.standard), Some(1000));
		// A suspended one stays live (it may be reinstated), and certifies nothing.
		assert_eq!(CertificationsOf::<Test>::get(w.bolt, w.standard).to_vec(), vec![suspended]);
		assert_eq!(CertifiedUntil::<Test>::get(w.bolt, w.standard), None);
		assert!(!is_certified(w.bolt, w.standard));
		assert!(is_certified(w.acme, w.standard));
		assert!(<Certifications as CertificationInspector<u64>>::was_certified_at(
			w.acme, w.standard, 4
		));
		// try_state (after the test) checks every invariant of the new layout.
	});
}

#[test]
fn the_v3_migration_runs_once() {
	new_test_ext(|| {
		let w = World::new();
		v2_chain(&w);
		Migration::on_runtime_upgrade();
		let state = || {
			(
				CertificationsOf::<Test>::iter().collect::<Vec<_>>(),
				CertificationHistory::<Test>::iter_keys().collect::<Vec<_>>(),
				CertifiedUntil::<Test>::iter().collect::<Vec<_>>(),
			)
				.encode()
		};
		let migrated = state();
		// At version 3 it reads only the version, and changes nothing.
		let weight = Migration::on_runtime_upgrade();
		let db: RuntimeDbWeight = <Test as frame_system::Config>::DbWeight::get();
		assert_eq!(weight, db.reads(1));
		assert_eq!(state(), migrated);
	});
}

#[cfg(feature = "try-runtime")]
#[test]
fn pre_and_post_upgrade_pass_on_the_v3_migration() {
	new_test_ext(|| {
		let w = World::new();
		v2_chain(&w);
		assert_ok!(Migration::try_on_runtime_upgrade(true));
		assert_eq!(Certifications::on_chain_storage_version(), 3);
	});
}
