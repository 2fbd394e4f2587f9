//! Seeded random call sequences from every kind of caller (members, a device, a
//! suspended organisation, a pauper, a stranger, governance), checked after every step:
//! the invariants hold, a failed call changes nothing, an anchor never changes and
//! disappears only by governance's purge of an ended collection (its deposit paid to the
//! anchoring organisation's admin), an expired proposal never activates, and no
//! organisation is in an active collection it neither accepted nor
//! was put in by governance.

use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use amchain_primitives::collections::CollectionStatus;
use amchain_test_support::rng::Rng;
use sp_core::H256;

use crate::{mock::*, *};

const SEEDS: u64 = 12;
const STEPS: u32 = 400;

#[test]
fn random_call_sequences_keep_the_invariants() {
	let mut done: BTreeMap<&'static str, u32> = BTreeMap::new();
	for seed in 0..SEEDS {
		new_test_ext(|| {
			for (kind, n) in run(seed) {
				*done.entry(kind).or_default() += n;
			}
		});
	}
	// The runs reach the interesting states.
	for kind in [
		"proposed",
		"accepted",
		"activated",
		"anchored",
		"left or declined",
		"withdrawn",
		"force created",
		"force dissolved",
		"expired",
		"purged",
	] {
		assert!(done.contains_key(kind), "no call {kind} in any run: {done:?}");
	}
}

/// One run; returns how many calls of each kind succeeded.
fn run(seed: u64) -> BTreeMap<&'static str, u32> {
	let w = World::new();
	let mut rng = Rng(seed);
	let accounts = [ACME, ACME_CLERK, REMAN, DEALER, CUSTOMER, BANK, POOR, SHADY, STRANGER];
	// 1_000: never registered.
	let participants = [w.acme, w.reman, w.dealer, w.customer, w.bank, w.poor, w.shady, 1_000];
	type Key = (CollectionId, ParticipantId, H256);
	let mut anchors: BTreeMap<Key, AnchorOf<Test>> = BTreeMap::new();
	// Who consented to each collection (the proposer, each accepter), or `None` for
	// governance's.
	let mut consent: BTreeMap<CollectionId, Option<BTreeSet<ParticipantId>>> = BTreeMap::new();
	let mut done: BTreeMap<&'static str, u32> = BTreeMap::new();

	for step in 0..STEPS {
		// Time passes, so proposals expire (the lifetime is 20 blocks here).
		if rng.below(4) == 0 {
			run_to(System::block_number() + 1 + rng.below(6));
		}
		if step % 50 == 25 {
			let suspended = !<Test as Config>::Participants::is_active(w.shady);
			let origin = frame_system::RawOrigin::Signed(REGISTRAR).into();
			let _ = if suspended {
				Certifications::reinstate_participant(origin, w.shady)
			} else {
				Certifications::suspend_participant(origin, w.shady, doc(9))
			};
		}
		let who = rng.pick(&accounts);
		let next = NextCollectionId::<Test>::get();
		// Mostly a collection that was created (live or gone), sometimes one that never was.
		let collection = if next > 0 && rng.below(8) > 0 {
			next - 1 - rng.below(u64::from(next).min(4)) as CollectionId
		} else {
			next
		};
		let hash = H256::from_low_u64_be(rng.below(40));
		// Mostly distinct organisations, sometimes a duplicate, too few or too many.
		let mut members: Vec<ParticipantId> = Vec::new();
		for _ in 0..rng.below(u64::from(MAX_MEMBERS) + 1) {
			let p = rng.pick(&participants);
			if !members.contains(&p) || rng.below(10) == 0 {
				members.push(p);
			}
		}
		if rng.below(3) > 0 {
			if let Some(own) = <Test as Config>::Participants::membership(&who) {
				if !members.contains(&own.participant) {
					members.push(own.participant);
				}
			}
		}
		let retention = rng.below(3);
		let label = vec![b'l'; rng.below(u64::from(MAX_LABEL) + 2) as usize];
		let signed = RuntimeOrigin::signed(who);

		let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let events_before = System::event_count();
		let ours_before = events().len();
		let expired_before = CollectionRecords::<Test>::get(collection)
			.is_some_and(|c| c.status == CollectionStatus::Proposed && Collections::expired(&c));
		let result = match rng.below(15) {
			0 | 1 => Collections::propose(signed, members, retention, label),
			2..=4 => Collections::accept(signed, collection),
			5 => Collections::withdraw(signed, collection),
			6 => Collections::leave(signed, collection),
			7 => Collections::force_create(RuntimeOrigin::root(), members, retention, label),
			8 => Collections::force_dissolve(RuntimeOrigin::root(), collection),
			9 => Collections::remove_expired(signed, collection),
			10 => Collections::purge_anchors(
				RuntimeOrigin::root(),
				collection,
				rng.below(u64::from(MAX_ANCHORS_PURGED) + 2) as u32,
			)
			.map(|_| ())
			.map_err(|e| e.error),
			_ => Collections::anchor(signed, collection, hash),
		};
		if expired_before {
			assert!(
				!CollectionRecords::<Test>::get(collection)
					.is_some_and(|c| c.status == CollectionStatus::Active),
				"seed {seed} step {step}: an expired proposal became active"
			);
		}
		if result.is_ok() {
			*done.entry(kind_of(&events()[ours_before..])).or_default() += 1;
		}

		Collections::do_try_state()
			.unwrap_or_else(|e| panic!("seed {seed} step {step}: invariant broken: {e:?}"));
		if result.is_err() {
			assert_eq!(
				sp_io::storage::root(sp_runtime::StateVersion::V1),
				before,
				"seed {seed} step {step}: a failed call changed state"
			);
			assert_eq!(System::event_count(), events_before);
		}
		// Follow consent from the events of this step.
		for event in events().iter().skip(ours_before) {
			match event {
				Event::Proposed { collection, creator, .. } => {
					consent.insert(*collection, Some(BTreeSet::from([*creator])));
				},
				Event::ForceCreated { collection, .. } => {
					consent.insert(*collection, None);
				},
				Event::Accepted { collection, participant } => {
					if let Some(Some(set)) = consent.get_mut(collection) {
						set.insert(*participant);
					}
				},
				_ => {},
			}
		}
		for (id, c) in CollectionRecords::<Test>::iter() {
			if c.status == CollectionStatus::Active {
				if let Some(Some(consented)) = consent.get(&id) {
					assert!(
						c.members.iter().all(|m| consented.contains(m)),
						"seed {seed} step {step}: a member of {id} never consented"
					);
				}
			}
		}
		// Anchors purged this step: of an ended collection, each deposit paid to its
		// organisation's admin account of record (or back to the payer without one).
		for event in events().iter().skip(ours_before) {
			if let Event::AnchorPurged { hash, collection, by, deposit } = event {
				assert!(
					!CollectionRecords::<Test>::contains_key(collection),
					"seed {seed} step {step}: an anchor of a live collection was purged"
				);
				let was = anchors
					.remove(&(*collection, *by, *hash))
					.unwrap_or_else(|| panic!("seed {seed} step {step}: purged an unknown anchor"));
				let payee = <Test as Config>::Participants::admin_account(*by)
					.unwrap_or(was.deposit.account);
				assert_eq!(
					deposit.account, payee,
					"seed {seed} step {step}: paid the wrong account"
				);
				assert_eq!(deposit.amount, was.deposit.amount);
			}
		}
		for (key, anchor) in anchors.iter() {
			assert_eq!(
				Anchors::<Test>::get(key).as_ref(),
				Some(anchor),
				"seed {seed} step {step}: an anchor changed or disappeared"
			);
		}
		for (key, anchor) in Anchors::<Test>::iter() {
			anchors.entry(key).or_insert(anchor);
		}
	}
	done
}

/// What a successful call did, from the events it emitted.
fn kind_of(events: &[Event<Test>]) -> &'static str {
	match events.last() {
		Some(Event::Proposed { .. }) => "proposed",
		Some(Event::Activated { .. })
			if events.len() == 2 && matches!(events[0], Event::Accepted { .. }) =>
		{
			"activated"
		},
		Some(Event::Activated { .. }) => "force created",
		Some(Event::Accepted { .. }) => "accepted",
		Some(Event::Anchored { .. }) => "anchored",
		Some(Event::Left { .. } | Event::Declined { .. }) => "left or declined",
		Some(Event::Withdrawn { .. }) => "withdrawn",
		Some(Event::Expired { .. }) => "expired",
		Some(Event::AnchorPurged { .. }) => "purged",
		Some(Event::Dissolved { .. }) if events.len() == 2 => "left or declined",
		Some(Event::Dissolved { .. }) => "force dissolved",
		_ => "other",
	}
}
