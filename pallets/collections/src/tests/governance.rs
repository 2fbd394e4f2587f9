//! Governance's force calls.

use amchain_primitives::collections::CollectionStatus;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

use crate::{mock::*, *};

#[test]
fn force_create_makes_an_active_collection_without_consent_or_deposit() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Collections::force_create(
			RuntimeOrigin::root(),
			vec![w.bank, w.acme, w.dealer],
			0,
			b"lc".to_vec()
		));

		let c = CollectionRecords::<Test>::get(0).expect("stored");
		assert_eq!(c.creator, None);
		assert_eq!(c.members, members(&[w.acme, w.dealer, w.bank]));
		assert_eq!(c.accepted, c.members);
		assert_eq!(c.status, CollectionStatus::Active);
		assert_eq!(c.deposit, None);
		for p in [w.acme, w.dealer, w.bank] {
			assert!(CollectionsOf::<Test>::contains_key(p, 0));
		}
		assert_eq!(
			events(),
			vec![
				Event::ForceCreated {
					collection: 0,
					members: members(&[w.acme, w.dealer, w.bank]),
					retention: 0,
					label: b"lc".to_vec().try_into().unwrap(),
				},
				Event::Activated { collection: 0, members: members(&[w.acme, w.dealer, w.bank]) },
			]
		);
		// Members anchor at once.
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(BANK), 0, hash(1)));
	});
}

#[test]
fn force_create_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		assert_noop!(
			Collections::force_create(
				RuntimeOrigin::signed(ACME),
				vec![w.acme, w.reman],
				0,
				vec![]
			),
			DispatchError::BadOrigin
		);
		let force = |members: Vec<ParticipantId>| {
			Collections::force_create(RuntimeOrigin::root(), members, 0, vec![])
		};
		assert_noop!(force(vec![w.acme]), Error::<Test>::TooFewMembers);
		assert_noop!(force(vec![w.acme, w.acme]), Error::<Test>::DuplicateMember);
		assert_noop!(
			force(vec![w.acme, w.reman, w.dealer, w.customer, w.bank]),
			Error::<Test>::TooManyMembers
		);
		assert_noop!(force(vec![w.acme, 1_000]), Error::<Test>::UnknownParticipant);
		w.suspend(w.shady);
		assert_noop!(force(vec![w.acme, w.shady]), Error::<Test>::SuspendedParticipant);
		assert_noop!(
			Collections::force_create(
				RuntimeOrigin::root(),
				vec![w.acme, w.reman],
				0,
				vec![b'x'; MAX_LABEL as usize + 1]
			),
			Error::<Test>::LabelTooLong
		);
	});
}

#[test]
fn force_dissolve_ends_any_collection_and_releases_its_deposit() {
	new_test_ext(|| {
		let w = World::new();
		let proposed = w.proposed(&[w.dealer]);
		let active = w.active_of_three();
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(DEALER), active, hash(1)));
		assert_eq!(held_for_collections(ACME), 2 * COLLECTION_DEPOSIT);

		assert_ok!(Collections::force_dissolve(RuntimeOrigin::root(), active));
		assert!(!CollectionRecords::<Test>::contains_key(active));
		for p in [w.acme, w.reman, w.dealer] {
			assert!(!CollectionsOf::<Test>::contains_key(p, active));
		}
		assert_eq!(Anchors::<Test>::iter_prefix((active,)).count(), 1);
		assert_eq!(held_for_collections(ACME), COLLECTION_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::Dissolved {
				collection: active,
				retention: 50,
				deposit: Some(Deposit { account: ACME, amount: COLLECTION_DEPOSIT }),
			}
		);

		assert_ok!(Collections::force_dissolve(RuntimeOrigin::root(), proposed));
		assert_eq!(held_for_collections(ACME), 0);

		assert_ok!(Collections::force_create(
			RuntimeOrigin::root(),
			vec![w.acme, w.reman],
			0,
			vec![]
		));
		let forced = NextCollectionId::<Test>::get() - 1;
		assert_ok!(Collections::force_dissolve(RuntimeOrigin::root(), forced));
		assert_eq!(
			last_event(),
			Event::Dissolved { collection: forced, retention: 0, deposit: None }
		);
	});
}

#[test]
fn force_dissolve_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		// Not even a member of the collection may force it.
		assert_noop!(
			Collections::force_dissolve(RuntimeOrigin::signed(ACME), id),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Collections::force_dissolve(RuntimeOrigin::root(), 9),
			Error::<Test>::UnknownCollection
		);
	});
}
