//! Proposing a collection and consenting to it.

use amchain_primitives::collections::CollectionStatus;
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

#[test]
fn propose_holds_the_deposit_and_counts_the_proposer_as_consenting() {
	new_test_ext(|| {
		let w = World::new();
		// Members in any order: stored sorted.
		assert_ok!(Collections::propose(
			RuntimeOrigin::signed(ACME),
			vec![w.dealer, w.acme, w.reman],
			50,
			b"deal".to_vec()
		));

		let c = CollectionRecords::<Test>::get(0).expect("stored");
		assert_eq!(c.creator, Some(w.acme));
		assert_eq!(c.members, members(&[w.acme, w.reman, w.dealer]));
		assert_eq!(c.accepted, members(&[w.acme]));
		assert_eq!(c.status, CollectionStatus::Proposed);
		assert_eq!(c.retention, 50);
		assert_eq!(c.label.to_vec(), b"deal".to_vec());
		assert_eq!(c.created_at, 1);
		assert_eq!(c.deposit, Some(Deposit { account: ACME, amount: COLLECTION_DEPOSIT }));
		assert_eq!(NextCollectionId::<Test>::get(), 1);
		for p in [w.acme, w.reman, w.dealer] {
			assert!(CollectionsOf::<Test>::contains_key(p, 0));
		}
		assert_eq!(held_for_collections(ACME), COLLECTION_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::Proposed {
				collection: 0,
				creator: w.acme,
				members: members(&[w.acme, w.reman, w.dealer]),
				retention: 50,
				label: b"deal".to_vec().try_into().unwrap(),
				depositor: ACME,
				deposit: COLLECTION_DEPOSIT,
			}
		);
	});
}

#[test]
fn a_device_cannot_bind_its_organisation() {
	new_test_ext(|| {
		let w = World::new();
		assert_noop!(
			Collections::propose(
				RuntimeOrigin::signed(ACME_CLERK),
				vec![w.acme, w.reman],
				0,
				vec![]
			),
			Error::<Test>::NotAdmin
		);
		let id = NextCollectionId::<Test>::get();
		assert_ok!(Collections::propose(
			RuntimeOrigin::signed(REMAN),
			vec![w.acme, w.reman],
			0,
			vec![]
		));
		for result in [
			Collections::accept(RuntimeOrigin::signed(ACME_CLERK), id),
			Collections::leave(RuntimeOrigin::signed(ACME_CLERK), id),
		] {
			assert_eq!(result, Err(Error::<Test>::NotAdmin.into()));
		}
		assert_ok!(Collections::accept(RuntimeOrigin::signed(ACME), id));
		assert_noop!(
			Collections::leave(RuntimeOrigin::signed(ACME_CLERK), id),
			Error::<Test>::NotAdmin
		);
	});
}

#[test]
fn propose_fails_for_unsigned_strangers_and_suspended_organisations() {
	new_test_ext(|| {
		let w = World::new();
		assert_noop!(
			Collections::propose(RuntimeOrigin::root(), vec![w.acme, w.reman], 0, vec![]),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Collections::propose(RuntimeOrigin::signed(STRANGER), vec![w.acme, w.reman], 0, vec![]),
			Error::<Test>::NotAMember
		);
		w.suspend(w.shady);
		assert_noop!(
			Collections::propose(RuntimeOrigin::signed(SHADY), vec![w.shady, w.reman], 0, vec![]),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn propose_checks_the_member_list() {
	new_test_ext(|| {
		let w = World::new();
		let propose = |members: Vec<ParticipantId>| {
			Collections::propose(RuntimeOrigin::signed(ACME), members, 0, vec![])
		};
		assert_noop!(propose(vec![w.acme]), Error::<Test>::TooFewMembers);
		assert_noop!(propose(vec![]), Error::<Test>::TooFewMembers);
		assert_noop!(propose(vec![w.acme, w.acme]), Error::<Test>::DuplicateMember);
		assert_noop!(propose(vec![w.acme, w.reman, w.acme]), Error::<Test>::DuplicateMember);
		assert_noop!(
			propose(vec![w.acme, w.reman, w.dealer, w.customer, w.bank]),
			Error::<Test>::TooManyMembers
		);
		assert_noop!(propose(vec![w.acme, 1_000]), Error::<Test>::UnknownParticipant);
		assert_noop!(propose(vec![w.reman, w.dealer]), Error::<Test>::ProposerNotListed);
		w.suspend(w.shady);
		assert_noop!(propose(vec![w.acme, w.shady]), Error::<Test>::SuspendedParticipant);
		// At the bound is fine.
		assert_ok!(propose(vec![w.acme, w.reman, w.dealer, w.customer]));
	});
}

#[test]
fn propose_checks_the_label_and_the_deposit() {
	new_test_ext(|| {
		let w = World::new();
		assert_noop!(
			Collections::propose(
				RuntimeOrigin::signed(ACME),
				vec![w.acme, w.reman],
				0,
				vec![b'x'; MAX_LABEL as usize + 1]
			),
			Error::<Test>::LabelTooLong
		);
		assert_noop!(
			Collections::propose(RuntimeOrigin::signed(POOR), vec![w.poor, w.reman], 0, vec![]),
			Error::<Test>::InsufficientFunds
		);
	});
}

#[test]
fn accept_records_consent_and_the_last_one_activates() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman, w.dealer]);

		assert_ok!(Collections::accept(RuntimeOrigin::signed(DEALER), id));
		let c = CollectionRecords::<Test>::get(id).expect("stored");
		assert_eq!(c.accepted, members(&[w.acme, w.dealer]));
		assert_eq!(c.status, CollectionStatus::Proposed);
		assert_eq!(last_event(), Event::Accepted { collection: id, participant: w.dealer });

		assert_ok!(Collections::accept(RuntimeOrigin::signed(REMAN), id));
		let c = CollectionRecords::<Test>::get(id).expect("stored");
		assert_eq!(c.accepted, c.members);
		assert_eq!(c.status, CollectionStatus::Active);
		let events = events();
		assert_eq!(
			events[events.len() - 2..],
			[
				Event::Accepted { collection: id, participant: w.reman },
				Event::Activated { collection: id, members: members(&[w.acme, w.reman, w.dealer]) },
			]
		);
	});
}

#[test]
fn accept_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman, w.shady]);
		assert_noop!(
			Collections::accept(RuntimeOrigin::none(), id),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(STRANGER), id),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(REMAN), 7),
			Error::<Test>::UnknownCollection
		);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(DEALER), id),
			Error::<Test>::NotInCollection
		);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(ACME), id),
			Error::<Test>::AlreadyAccepted
		);
		w.suspend(w.shady);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(SHADY), id),
			Error::<Test>::NotAMember
		);
		let active = w.active();
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(REMAN), active),
			Error::<Test>::NotProposed
		);
	});
}
