//! Anchoring salted hashes, and what other pallets and wallets read.

use amchain_primitives::collections::{
	AnchorSummary, AnchorView, CollectionStatus, CollectionView, CollectionsInspect,
};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

#[test]
fn anchor_records_the_hash_and_holds_the_deposit() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		run_to(3);
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME_CLERK), id, hash(1)));

		let a = Anchors::<Test>::get((id, w.acme, hash(1))).expect("anchored");
		assert_eq!(a.at, 3);
		assert_eq!(a.deposit, Deposit { account: ACME_CLERK, amount: ANCHOR_DEPOSIT });
		assert_eq!(held_for_anchors(ACME_CLERK), ANCHOR_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::Anchored {
				hash: hash(1),
				collection: id,
				by: w.acme,
				account: ACME_CLERK,
				deposit: ANCHOR_DEPOSIT,
			}
		);
	});
}

#[test]
fn anchor_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		let proposed = w.proposed(&[w.reman]);
		assert_noop!(
			Collections::anchor(RuntimeOrigin::root(), id, hash(1)),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(STRANGER), id, hash(1)),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(ACME), 9, hash(1)),
			Error::<Test>::UnknownCollection
		);
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(DEALER), id, hash(1)),
			Error::<Test>::NotInCollection
		);
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(ACME), proposed, hash(1)),
			Error::<Test>::NotActive
		);
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME), id, hash(1)));
		// Once per organisation and collection: Acme's device is Acme.
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(ACME_CLERK), id, hash(1)),
			Error::<Test>::AlreadyAnchored
		);
	});
}

#[test]
fn anchor_needs_the_deposit() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Collections::force_create(
			RuntimeOrigin::root(),
			vec![w.poor, w.acme],
			0,
			vec![]
		));
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(POOR), 0, hash(1)),
			Error::<Test>::InsufficientFunds
		);
	});
}

#[test]
fn a_suspended_member_cannot_anchor_and_is_no_member_for_other_pallets() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Collections::force_create(
			RuntimeOrigin::root(),
			vec![w.shady, w.acme, w.reman],
			0,
			vec![]
		));
		assert!(<Collections as CollectionsInspect<u64>>::is_member(0, w.shady));
		w.suspend(w.shady);
		assert_noop!(
			Collections::anchor(RuntimeOrigin::signed(SHADY), 0, hash(1)),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Collections::leave(RuntimeOrigin::signed(SHADY), 0),
			Error::<Test>::NotAMember
		);
		assert!(!<Collections as CollectionsInspect<u64>>::is_member(0, w.shady));
		// The others carry on.
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(REMAN), 0, hash(1)));
	});
}

#[test]
fn other_pallets_see_membership_activity_and_anchors() {
	new_test_ext(|| {
		let w = World::new();
		let proposed = w.proposed(&[w.reman]);
		let active = w.active();
		assert!(!<Collections as CollectionsInspect<u64>>::is_active(proposed));
		assert!(!<Collections as CollectionsInspect<u64>>::is_member(proposed, w.acme));
		assert!(<Collections as CollectionsInspect<u64>>::is_active(active));
		assert!(<Collections as CollectionsInspect<u64>>::is_member(active, w.reman));
		assert!(!<Collections as CollectionsInspect<u64>>::is_member(active, w.dealer));
		assert!(!<Collections as CollectionsInspect<u64>>::is_active(9));

		assert_ok!(Collections::anchor(RuntimeOrigin::signed(REMAN), active, hash(1)));
		assert_eq!(
			<Collections as CollectionsInspect<u64>>::anchor_of(active, w.reman, hash(1)),
			Some(AnchorSummary { collection: active, by: w.reman, at: 1 })
		);
		for (collection, by, h) in
			[(active, w.reman, hash(2)), (active, w.acme, hash(1)), (proposed, w.reman, hash(1))]
		{
			assert_eq!(
				<Collections as CollectionsInspect<u64>>::anchor_of(collection, by, h),
				None
			);
		}
	});
}

#[test]
fn wallets_read_collections_anchors_and_pages() {
	new_test_ext(|| {
		let w = World::new();
		let proposed = w.proposed(&[w.reman, w.dealer]);
		let active = w.active();
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME), active, hash(1)));

		assert_eq!(
			Collections::collection_view(proposed),
			Some(CollectionView {
				id: proposed,
				creator: Some(w.acme),
				members: vec![w.acme, w.reman, w.dealer],
				accepted: vec![w.acme],
				status: CollectionStatus::Proposed,
				retention: 50,
				label: b"deal".to_vec(),
				created_at: 1,
				depositor: Some(ACME),
				deposit: COLLECTION_DEPOSIT,
			})
		);
		assert_eq!(Collections::collection_view(9), None);
		assert_eq!(
			Collections::anchor_view(active, w.acme, hash(1)),
			Some(AnchorView {
				hash: hash(1),
				collection: active,
				by: w.acme,
				account: ACME,
				at: 1,
				deposit: ANCHOR_DEPOSIT,
			})
		);
		assert_eq!(Collections::anchor_view(active, w.acme, hash(2)), None);
		assert_eq!(Collections::anchor_view(active, w.reman, hash(1)), None);

		let mut of_acme = Collections::collections_of(w.acme, None, 10);
		of_acme.sort();
		assert_eq!(of_acme, vec![proposed, active]);
		assert_eq!(Collections::collections_of(w.dealer, None, 10), vec![proposed]);
		assert_eq!(Collections::collections_of(w.bank, None, 10), Vec::<CollectionId>::new());
		// Page by page: one, then the rest after it.
		let first = Collections::collections_of(w.acme, None, 1);
		assert_eq!(first.len(), 1);
		let rest = Collections::collections_of(w.acme, first.first().copied(), 10);
		assert_eq!(rest.len(), 1);
		assert_ne!(first, rest);
	});
}
