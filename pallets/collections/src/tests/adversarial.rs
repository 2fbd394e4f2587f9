//! The adversaries of THREATS.md against collections: a member that wants others in
//! without their consent, an outsider that wants in, a lone member that wants the
//! others' collection gone, a front-runner, a suspended organisation's keys.

use amchain_primitives::collections::{CollectionStatus, CollectionsInspect};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

#[test]
fn no_organisation_is_in_an_active_collection_it_did_not_accept() {
	new_test_ext(|| {
		let w = World::new();
		// Acme names the bank and the dealer; only the dealer consents.
		let id = w.proposed(&[w.bank, w.dealer]);
		assert_ok!(Collections::accept(RuntimeOrigin::signed(DEALER), id));

		let c = CollectionRecords::<Test>::get(id).expect("stored");
		assert_eq!(c.status, CollectionStatus::Proposed);
		assert!(!<Collections as CollectionsInspect<u64>>::is_member(id, w.bank));
		// So nothing can be shared in it yet, by anyone.
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(ACME), id, hash(1)),
			Error::<Test>::NotActive
		);
		// No account of the proposer can consent for the bank.
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(ACME), id),
			Error::<Test>::AlreadyAccepted
		);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(ACME_CLERK), id),
			Error::<Test>::NotAdmin
		);
		// The bank says no: the proposal is gone, for everybody.
		assert_ok!(Collections::leave(RuntimeOrigin::signed(BANK), id));
		assert!(!CollectionRecords::<Test>::contains_key(id));
	});
}

#[test]
fn a_proposal_cannot_change_under_an_acceptance() {
	new_test_ext(|| {
		let w = World::new();
		// The dealer means to accept collection `id` of Acme and the dealer. Acme
		// withdraws it and proposes another with the bank: a new id, so the dealer's
		// acceptance of `id` cannot land on the new terms.
		let id = w.proposed(&[w.dealer]);
		assert_ok!(Collections::withdraw(RuntimeOrigin::signed(ACME), id));
		let other = w.proposed(&[w.dealer, w.bank]);
		assert_ne!(id, other);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(DEALER), id),
			Error::<Test>::UnknownCollection
		);
	});
}

#[test]
fn an_outsider_cannot_anchor_join_or_change_membership() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		let before = CollectionRecords::<Test>::get(id);
		for who in [DEALER, STRANGER] {
			for result in [
				Collections::anchor(RuntimeOrigin::signed(who), id, hash(1)),
				Collections::accept(RuntimeOrigin::signed(who), id),
				Collections::leave(RuntimeOrigin::signed(who), id),
				Collections::withdraw(RuntimeOrigin::signed(who), id),
				Collections::force_dissolve(RuntimeOrigin::signed(who), id),
			] {
				assert!(result.is_err());
			}
		}
		assert_eq!(CollectionRecords::<Test>::get(id), before);
		assert_eq!(Anchors::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_member_cannot_end_the_others_collection_except_by_leaving() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active_of_three();
		// Acme proposed it, but cannot withdraw it once active.
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(ACME), id),
			Error::<Test>::NotProposed
		);
		assert_noop!(
			Collections::force_dissolve(RuntimeOrigin::signed(ACME), id),
			sp_runtime::DispatchError::BadOrigin
		);
		// Leaving takes only Acme out.
		assert_ok!(Collections::leave(RuntimeOrigin::signed(ACME), id));
		assert!(<Collections as CollectionsInspect<u64>>::is_active(id));
		assert!(<Collections as CollectionsInspect<u64>>::is_member(id, w.reman));
		assert!(<Collections as CollectionsInspect<u64>>::is_member(id, w.dealer));
		assert!(!<Collections as CollectionsInspect<u64>>::is_member(id, w.acme));
		// And once out, it cannot anchor or leave again.
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(ACME), id, hash(1)),
			Error::<Test>::NotInCollection
		);
		assert_noop!(
			Collections::leave(RuntimeOrigin::signed(ACME), id),
			Error::<Test>::NotInCollection
		);
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(DEALER), id, hash(1)));
	});
}

#[test]
fn a_front_runner_in_another_collection_blocks_nothing() {
	new_test_ext(|| {
		let w = World::new();
		let ours = w.active();
		// The dealer, in another active collection, copies our pending hash first.
		assert_ok!(Collections::force_create(
			RuntimeOrigin::root(),
			vec![w.dealer, w.customer],
			0,
			vec![]
		));
		let theirs = NextCollectionId::<Test>::get() - 1;
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(DEALER), theirs, hash(1)));
		// Ours still goes in, under our collection and organisation.
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME), ours, hash(1)));
		assert_eq!(Anchors::<Test>::get((ours, w.acme, hash(1))).map(|a| a.at), Some(1));
		assert_eq!(Anchors::<Test>::get((theirs, w.dealer, hash(1))).map(|a| a.at), Some(1));
		assert_eq!(held_for_anchors(DEALER), ANCHOR_DEPOSIT);
		assert_eq!(held_for_anchors(ACME), ANCHOR_DEPOSIT);
	});
}

/// The red team's same-collection attack: a co-member copies a partner's pending hash
/// and gets it in first. It gets an anchor naming itself; the partner's anchor still goes
/// in, naming the partner, with its own block; a reader asking for the partner's anchor
/// gets the partner's, never the copier's.
#[test]
fn a_co_member_copying_a_pending_hash_neither_blocks_nor_becomes_its_author() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		run_to(4);
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(REMAN), id, hash(1)));
		run_to(5);
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME_CLERK), id, hash(1)));
		assert_eq!(
			Collections::anchor_view(id, w.acme, hash(1)).map(|a| (a.by, a.account, a.at)),
			Some((w.acme, ACME_CLERK, 5))
		);
		assert_eq!(
			Collections::anchor_view(id, w.reman, hash(1)).map(|a| (a.by, a.account, a.at)),
			Some((w.reman, REMAN, 4))
		);
		// Squatting many hashes blocks nobody either: each organisation anchors its own.
		for n in 2..6 {
			assert_ok!(Collections::anchor(RuntimeOrigin::signed(REMAN), id, hash(n)));
			assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME), id, hash(n)));
		}
	});
}

#[test]
fn a_suspended_organisations_keys_do_nothing() {
	new_test_ext(|| {
		let w = World::new();
		let id = NextCollectionId::<Test>::get();
		assert_ok!(Collections::propose(
			RuntimeOrigin::signed(ACME),
			vec![w.acme, w.shady, w.reman],
			0,
			vec![]
		));
		assert_ok!(Collections::accept(RuntimeOrigin::signed(REMAN), id));
		w.suspend(w.shady);
		for result in [
			Collections::propose(RuntimeOrigin::signed(SHADY), vec![w.shady, w.acme], 0, vec![]),
			Collections::accept(RuntimeOrigin::signed(SHADY), id),
			Collections::leave(RuntimeOrigin::signed(SHADY), id),
			Collections::withdraw(RuntimeOrigin::signed(SHADY), id),
			Collections::anchor(RuntimeOrigin::signed(SHADY), id, hash(1)),
		] {
			assert_eq!(result, Err(Error::<Test>::NotAMember.into()));
		}
		// The proposal waits for a consent that will not come: its proposer ends it.
		assert_ok!(Collections::withdraw(RuntimeOrigin::signed(ACME), id));
		assert_eq!(held_for_collections(ACME), 0);
	});
}

#[test]
fn governance_creates_and_dissolves_over_the_members_heads() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Collections::force_create(
			RuntimeOrigin::root(),
			vec![w.acme, w.bank],
			0,
			vec![]
		));
		assert!(<Collections as CollectionsInspect<u64>>::is_member(0, w.bank));
		let id = w.active_of_three();
		assert_ok!(Collections::force_dissolve(RuntimeOrigin::root(), id));
		assert!(!<Collections as CollectionsInspect<u64>>::is_active(id));
		assert_eq!(held_for_collections(ACME), 0);
	});
}
