//! Withdrawing a proposal, declining one, and leaving an active collection.

use amchain_primitives::collections::CollectionStatus;
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

#[test]
fn withdraw_drops_the_proposal_and_releases_the_deposit() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman, w.dealer]);
		// Not a device of the proposer's: its admin.
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(ACME_CLERK), id),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Collections::withdraw(RuntimeOrigin::signed(ACME), id));

		assert!(!CollectionRecords::<Test>::contains_key(id));
		for p in [w.acme, w.reman, w.dealer] {
			assert!(!CollectionsOf::<Test>::contains_key(p, id));
		}
		assert_eq!(held_for_collections(ACME), 0);
		assert_eq!(Balances::free_balance(ACME), FUNDS);
		assert_eq!(
			last_event(),
			Event::Withdrawn {
				collection: id,
				by: w.acme,
				deposit: Some(Deposit { account: ACME, amount: COLLECTION_DEPOSIT }),
			}
		);
	});
}

#[test]
fn withdraw_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman]);
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::root(), id),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(STRANGER), id),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(ACME), 9),
			Error::<Test>::UnknownCollection
		);
		// An invited member is not the proposer; neither is an outsider.
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(REMAN), id),
			Error::<Test>::NotCreator
		);
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(DEALER), id),
			Error::<Test>::NotCreator
		);
		let active = w.active();
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(ACME), active),
			Error::<Test>::NotProposed
		);
	});
}

#[test]
fn a_suspended_proposer_cannot_withdraw_but_governance_can_dissolve() {
	new_test_ext(|| {
		let w = World::new();
		let id = NextCollectionId::<Test>::get();
		assert_ok!(Collections::propose(
			RuntimeOrigin::signed(SHADY),
			vec![w.shady, w.reman],
			0,
			vec![]
		));
		w.suspend(w.shady);
		assert_noop!(
			Collections::withdraw(RuntimeOrigin::signed(SHADY), id),
			Error::<Test>::NotAMember
		);
		assert_ok!(Collections::force_dissolve(RuntimeOrigin::root(), id));
		assert_eq!(held_for_collections(SHADY), 0);
	});
}

#[test]
fn declining_a_proposal_drops_it() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman, w.dealer]);
		assert_ok!(Collections::accept(RuntimeOrigin::signed(REMAN), id));
		assert_ok!(Collections::leave(RuntimeOrigin::signed(DEALER), id));

		assert!(!CollectionRecords::<Test>::contains_key(id));
		for p in [w.acme, w.reman, w.dealer] {
			assert!(!CollectionsOf::<Test>::contains_key(p, id));
		}
		assert_eq!(held_for_collections(ACME), 0);
		assert_eq!(
			last_event(),
			Event::Declined {
				collection: id,
				by: w.dealer,
				deposit: Some(Deposit { account: ACME, amount: COLLECTION_DEPOSIT }),
			}
		);
	});
}

#[test]
fn leaving_an_active_collection_keeps_it_for_the_others() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active_of_three();
		assert_ok!(Collections::leave(RuntimeOrigin::signed(DEALER), id));

		let c = CollectionRecords::<Test>::get(id).expect("still there");
		assert_eq!(c.members, members(&[w.acme, w.reman]));
		assert_eq!(c.accepted, c.members);
		assert_eq!(c.status, CollectionStatus::Active);
		assert!(!CollectionsOf::<Test>::contains_key(w.dealer, id));
		assert!(CollectionsOf::<Test>::contains_key(w.acme, id));
		assert_eq!(held_for_collections(ACME), COLLECTION_DEPOSIT);
		assert_eq!(last_event(), Event::Left { collection: id, participant: w.dealer });
	});
}

#[test]
fn the_creator_may_leave_and_its_deposit_stays_until_dissolution() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active_of_three();
		assert_ok!(Collections::leave(RuntimeOrigin::signed(ACME), id));
		let c = CollectionRecords::<Test>::get(id).expect("still there");
		assert_eq!(c.members, members(&[w.reman, w.dealer]));
		assert_eq!(held_for_collections(ACME), COLLECTION_DEPOSIT);

		assert_ok!(Collections::leave(RuntimeOrigin::signed(REMAN), id));
		assert!(!CollectionRecords::<Test>::contains_key(id));
		assert_eq!(held_for_collections(ACME), 0);
	});
}

#[test]
fn leaving_a_pair_dissolves_it_and_keeps_the_anchors() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(REMAN), id, hash(1)));
		assert_ok!(Collections::leave(RuntimeOrigin::signed(REMAN), id));

		assert!(!CollectionRecords::<Test>::contains_key(id));
		assert!(!CollectionsOf::<Test>::contains_key(w.acme, id));
		assert!(!CollectionsOf::<Test>::contains_key(w.reman, id));
		assert_eq!(held_for_collections(ACME), 0);
		assert!(Anchors::<Test>::contains_key((id, w.reman, hash(1))));
		assert_eq!(held_for_anchors(REMAN), ANCHOR_DEPOSIT);
		let events = events();
		assert_eq!(
			events[events.len() - 2..],
			[
				Event::Left { collection: id, participant: w.reman },
				Event::Dissolved {
					collection: id,
					retention: 50,
					deposit: Some(Deposit { account: ACME, amount: COLLECTION_DEPOSIT }),
				},
			]
		);
	});
}

#[test]
fn leave_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		assert_noop!(
			Collections::leave(RuntimeOrigin::none(), id),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(
			Collections::leave(RuntimeOrigin::signed(STRANGER), id),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Collections::leave(RuntimeOrigin::signed(ACME), 9),
			Error::<Test>::UnknownCollection
		);
		assert_noop!(
			Collections::leave(RuntimeOrigin::signed(DEALER), id),
			Error::<Test>::NotInCollection
		);
	});
}

/// THREATS rule 1: a collection's deposit goes back to the proposing organisation's
/// account of record when the collection ends, not to the admin key that paid it, which
/// may since have been rotated out (or leaked).
#[test]
fn the_deposit_goes_to_the_organisations_admin_now_not_to_a_rotated_out_key() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman]);
		assert_eq!(held_for_collections(ACME), COLLECTION_DEPOSIT);
		// Acme rotates its admin key from ACME to NEW_ADMIN.
		const NEW_ADMIN: u64 = 4_242;
		assert_ok!(Certifications::change_admin(RuntimeOrigin::signed(ACME), NEW_ADMIN));
		assert_ok!(Certifications::accept_admin(RuntimeOrigin::signed(NEW_ADMIN), w.acme));
		let (old_free, new_free) =
			(Balances::free_balance(ACME), Balances::free_balance(NEW_ADMIN));

		// The invitee declines: the proposal ends and its deposit goes to NEW_ADMIN.
		assert_ok!(Collections::leave(RuntimeOrigin::signed(REMAN), id));
		assert_eq!(held_for_collections(ACME), 0);
		assert_eq!(Balances::free_balance(ACME), old_free, "the retired key gets nothing");
		assert_eq!(Balances::free_balance(NEW_ADMIN), new_free + COLLECTION_DEPOSIT);
		assert!(System::events().iter().any(|r| matches!(
			&r.event,
			RuntimeEvent::Collections(Event::Declined {
				deposit: Some(Deposit { account: NEW_ADMIN, amount: COLLECTION_DEPOSIT }),
				..
			})
		)));
	});
}
