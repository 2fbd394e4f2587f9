//! Every wait ends: a proposal's lifetime (acceptance refused after it, anyone removes
//! it), governance's purge of an ended collection's anchors (deposits to the anchoring
//! organisation's account of record), and the v1 → v2 migration of anchors.

use amchain_primitives::collections::CollectionsInspect;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays, PostDispatchInfo},
	traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};
use sp_runtime::DispatchError;

use crate::{mock::*, *};

#[test]
fn a_proposal_takes_consent_until_its_lifetime_passes() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman, w.dealer]);
		// Proposed at block 1: consent is taken up to block 1 + PROPOSAL_LIFETIME - 1.
		run_to(PROPOSAL_LIFETIME);
		assert_ok!(Collections::accept(RuntimeOrigin::signed(REMAN), id));
		run_to(1 + PROPOSAL_LIFETIME);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(DEALER), id),
			Error::<Test>::ProposalExpired
		);
		// The other ways out stay open: the invitee declines, the proposer withdraws.
		assert_ok!(Collections::withdraw(RuntimeOrigin::signed(ACME), id));
		assert_eq!(held_for_collections(ACME), 0);
	});
}

#[test]
fn anyone_removes_an_expired_proposal_and_the_deposit_goes_to_the_proposer() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman, w.dealer]);
		assert_ok!(Collections::accept(RuntimeOrigin::signed(REMAN), id));
		let free = Balances::free_balance(ACME);
		run_to(1 + PROPOSAL_LIFETIME);
		assert_ok!(Collections::remove_expired(RuntimeOrigin::signed(STRANGER), id));

		assert!(!CollectionRecords::<Test>::contains_key(id));
		for p in [w.acme, w.reman, w.dealer] {
			assert!(!CollectionsOf::<Test>::contains_key(p, id));
		}
		assert_eq!(held_for_collections(ACME), 0);
		assert_eq!(Balances::free_balance(ACME), free + COLLECTION_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::Expired {
				collection: id,
				deposit: Some(Deposit { account: ACME, amount: COLLECTION_DEPOSIT }),
			}
		);
	});
}

#[test]
fn remove_expired_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let proposed = w.proposed(&[w.reman]);
		let active = w.active();
		assert_noop!(
			Collections::remove_expired(RuntimeOrigin::none(), proposed),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Collections::remove_expired(RuntimeOrigin::signed(STRANGER), proposed),
			Error::<Test>::NotExpired
		);
		run_to(1 + PROPOSAL_LIFETIME);
		assert_noop!(
			Collections::remove_expired(RuntimeOrigin::signed(STRANGER), 9),
			Error::<Test>::UnknownCollection
		);
		// An active collection has no lifetime: only leaving or governance ends it.
		assert_noop!(
			Collections::remove_expired(RuntimeOrigin::signed(STRANGER), active),
			Error::<Test>::NotProposed
		);
		assert_ok!(Collections::remove_expired(RuntimeOrigin::signed(STRANGER), proposed));
		assert_noop!(
			Collections::remove_expired(RuntimeOrigin::signed(STRANGER), proposed),
			Error::<Test>::UnknownCollection
		);
	});
}

/// The red team's stale consent: an organisation that accepted long ago is not put into
/// an active collection by a last acceptance it no longer expects; and a silent invitee
/// (never accepting, never declining) holds the proposer's deposit only until anyone
/// removes the expired proposal.
#[test]
fn a_stale_consent_never_activates_and_a_silent_invitee_holds_nothing_for_ever() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.proposed(&[w.reman, w.dealer]);
		assert_ok!(Collections::accept(RuntimeOrigin::signed(REMAN), id));
		run_to(100);
		assert_noop!(
			Collections::accept(RuntimeOrigin::signed(DEALER), id),
			Error::<Test>::ProposalExpired
		);
		assert!(!<Collections as CollectionsInspect<u64>>::is_active(id));
		// The dealer stays silent; the proposer (or anyone) clears it.
		assert_ok!(Collections::remove_expired(RuntimeOrigin::signed(REMAN), id));
		assert_eq!(held_for_collections(ACME), 0);
	});
}

/// Three anchors of Acme (two by its device), one of Reman's, in a collection that then
/// ends; returns its id.
fn ended_with_anchors(w: &World) -> CollectionId {
	let id = w.active();
	run_to(2);
	assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME_CLERK), id, hash(1)));
	assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME_CLERK), id, hash(2)));
	assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME), id, hash(3)));
	assert_ok!(Collections::anchor(RuntimeOrigin::signed(REMAN), id, hash(1)));
	assert_ok!(Collections::force_dissolve(RuntimeOrigin::root(), id));
	id
}

#[test]
fn governance_purges_an_ended_collections_anchors_page_by_page() {
	new_test_ext(|| {
		let w = World::new();
		let id = ended_with_anchors(&w);
		// A live collection's anchors stay with it.
		let live = w.active_of_three();
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(DEALER), live, hash(1)));
		let (acme, reman) = (Balances::free_balance(ACME), Balances::free_balance(REMAN));
		assert_eq!(held_for_anchors(ACME_CLERK), 2 * ANCHOR_DEPOSIT);

		let call = RuntimeCall::Collections(Call::purge_anchors { collection: id, limit: 3 });
		let declared = call.get_dispatch_info().call_weight;
		assert_eq!(declared, <() as WeightInfo>::purge_anchors(3));
		let first = Collections::purge_anchors(RuntimeOrigin::root(), id, 3);
		assert_eq!(
			first,
			Ok(PostDispatchInfo {
				actual_weight: Some(<() as WeightInfo>::purge_anchors(3)),
				pays_fee: Pays::Yes
			})
		);
		assert_eq!(Anchors::<Test>::iter_prefix((id,)).count(), 1);
		// The rest: one left, charged for one.
		let rest = Collections::purge_anchors(RuntimeOrigin::root(), id, 3).expect("purged");
		assert_eq!(rest.actual_weight, Some(<() as WeightInfo>::purge_anchors(1)));
		assert_eq!(Anchors::<Test>::iter_prefix((id,)).count(), 0);
		// Nothing left: a no-op that still succeeds.
		let none = Collections::purge_anchors(RuntimeOrigin::root(), id, 3).expect("empty");
		assert_eq!(none.actual_weight, Some(<() as WeightInfo>::purge_anchors(0)));

		// Every deposit went to the organisation's admin, the device's included.
		assert_eq!(held_for_anchors(ACME_CLERK), 0);
		assert_eq!(held_for_anchors(ACME), 0);
		assert_eq!(held_for_anchors(REMAN), 0);
		assert_eq!(Balances::free_balance(ACME), acme + 3 * ANCHOR_DEPOSIT);
		assert_eq!(Balances::free_balance(REMAN), reman + ANCHOR_DEPOSIT);
		let purged: Vec<_> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::AnchorPurged { hash, collection, by, deposit } => {
					Some((collection, by, hash, deposit))
				},
				_ => None,
			})
			.collect();
		assert_eq!(purged.len(), 4);
		for (collection, by, h, deposit) in purged {
			assert_eq!(collection, id);
			let admin = if by == w.acme { ACME } else { REMAN };
			assert_eq!(deposit, Deposit { account: admin, amount: ANCHOR_DEPOSIT }, "{h:?}");
		}
		// The live collection's anchor is untouched.
		assert!(Anchors::<Test>::contains_key((live, w.dealer, hash(1))));
		assert_eq!(held_for_anchors(DEALER), ANCHOR_DEPOSIT);
	});
}

#[test]
fn purge_anchors_fails_where_it_should() {
	new_test_ext(|| {
		let w = World::new();
		let ended = ended_with_anchors(&w);
		let live = w.active();
		let proposed = w.proposed(&[w.dealer]);
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME), live, hash(1)));
		// Only governance: not a member, not even the anchoring organisation.
		for who in [ACME, ACME_CLERK, REMAN, STRANGER] {
			assert_noop!(
				Collections::purge_anchors(RuntimeOrigin::signed(who), ended, 1),
				DispatchError::BadOrigin
			);
		}
		for collection in [live, proposed] {
			assert_noop!(
				Collections::purge_anchors(RuntimeOrigin::root(), collection, 1),
				Error::<Test>::CollectionNotEnded
			);
		}
		assert_noop!(
			Collections::purge_anchors(RuntimeOrigin::root(), 99, 1),
			Error::<Test>::UnknownCollection
		);
		for limit in [0, MAX_ANCHORS_PURGED + 1, u32::MAX] {
			assert_noop!(
				Collections::purge_anchors(RuntimeOrigin::root(), ended, limit),
				Error::<Test>::BadPurgeLimit
			);
		}
		// The declared weight never exceeds the bound's, whatever `limit` says.
		let call =
			RuntimeCall::Collections(Call::purge_anchors { collection: ended, limit: u32::MAX });
		assert_eq!(
			call.get_dispatch_info().call_weight,
			<() as WeightInfo>::purge_anchors(MAX_ANCHORS_PURGED)
		);
	});
}

/// THREATS rule 1: a retired device key gets nothing back when its anchors are purged,
/// and neither does a rotated-out admin key: the organisation's admin of record does.
#[test]
fn a_retired_device_or_rotated_out_admin_key_gets_nothing_from_a_purge() {
	new_test_ext(|| {
		let w = World::new();
		let id = ended_with_anchors(&w);
		// Acme removes the device and rotates its admin key.
		assert_ok!(Certifications::remove_device(RuntimeOrigin::signed(ACME), ACME_CLERK));
		const NEW_ADMIN: u64 = 4_243;
		assert_ok!(Certifications::change_admin(RuntimeOrigin::signed(ACME), NEW_ADMIN));
		assert_ok!(Certifications::accept_admin(RuntimeOrigin::signed(NEW_ADMIN), w.acme));
		let (clerk, old_admin, new_admin) = (
			Balances::free_balance(ACME_CLERK),
			Balances::free_balance(ACME),
			Balances::free_balance(NEW_ADMIN),
		);
		assert_ok!(Collections::purge_anchors(RuntimeOrigin::root(), id, MAX_ANCHORS_PURGED));
		assert_ok!(Collections::purge_anchors(RuntimeOrigin::root(), id, MAX_ANCHORS_PURGED));
		assert_eq!(Balances::free_balance(ACME_CLERK), clerk, "the retired device gets nothing");
		assert_eq!(Balances::free_balance(ACME), old_admin, "the old admin key gets nothing");
		assert_eq!(Balances::free_balance(NEW_ADMIN), new_admin + 3 * ANCHOR_DEPOSIT);
		assert_eq!(held_for_anchors(ACME_CLERK) + held_for_anchors(ACME), 0);
	});
}

/// A member cannot erase evidence: no call but governance's purge of an ended collection
/// removes an anchor, and the anchoring organisation leaving, the collection dissolving
/// or the proposer withdrawing others do not.
#[test]
fn an_anchoring_member_cannot_erase_its_anchor() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.active_of_three();
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(DEALER), id, hash(1)));
		assert_ok!(Collections::leave(RuntimeOrigin::signed(DEALER), id));
		assert!(Anchors::<Test>::contains_key((id, w.dealer, hash(1))));
		assert_ok!(Collections::leave(RuntimeOrigin::signed(REMAN), id));
		assert!(!CollectionRecords::<Test>::contains_key(id));
		assert!(Anchors::<Test>::contains_key((id, w.dealer, hash(1))));
		assert_noop!(
			Collections::purge_anchors(RuntimeOrigin::signed(DEALER), id, 1),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_v2_migration_keys_v1_anchors_by_collection_organisation_and_hash() {
	use crate::migrations::v2::{v1, MigrateToV2, OldAnchor};
	new_test_ext(|| {
		let w = World::new();
		let id = w.active();
		run_to(3);
		// Anchor through the calls (the holds are real), then put the records back as v1
		// stored them.
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(ACME_CLERK), id, hash(1)));
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(REMAN), id, hash(2)));
		let v2: Vec<_> = Anchors::<Test>::drain().collect();
		for ((collection, by, h), a) in &v2 {
			v1::Anchors::<Test>::insert(
				h,
				OldAnchor {
					collection: *collection,
					by: *by,
					at: a.at,
					deposit: a.deposit.clone(),
				},
			);
		}
		StorageVersion::new(1).put::<Collections>();

		#[cfg(feature = "try-runtime")]
		let state = <MigrateToV2<Test> as OnRuntimeUpgrade>::pre_upgrade().expect("pre");
		MigrateToV2::<Test>::on_runtime_upgrade();
		#[cfg(feature = "try-runtime")]
		<MigrateToV2<Test> as OnRuntimeUpgrade>::post_upgrade(state).expect("post");

		assert_eq!(Collections::on_chain_storage_version(), 2);
		let mut after: Vec<_> = Anchors::<Test>::iter().collect();
		after.sort_by_key(|(k, _)| *k);
		let mut before = v2;
		before.sort_by_key(|(k, _)| *k);
		assert_eq!(after, before);
		assert_eq!(
			Anchors::<Test>::get((id, w.acme, hash(1))).map(|a| a.deposit),
			Some(Deposit { account: ACME_CLERK, amount: ANCHOR_DEPOSIT })
		);
		// Run again: the version guard makes it a no-op.
		MigrateToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Anchors::<Test>::iter().count(), 2);
	});
}
