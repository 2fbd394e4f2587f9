//! Tag authenticity: a part's tag signs a fresh challenge.

use amchain_primitives::parts::{TagChallenge, TagVerdict};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use sp_core::{ecdsa, ed25519, sr25519, Pair, H256};
use sp_runtime::{DispatchResult, MultiSignature};

use crate::{mock::*, *};

fn challenge(block: u64, nonce: u8) -> TagChallenge {
	TagChallenge {
		block: block as u32,
		block_hash: frame_system::BlockHash::<Test>::get(block),
		nonce: [nonce; 16],
	}
}

fn sr_tag() -> sr25519::Pair {
	sr25519::Pair::from_seed(&[1; 32])
}

fn sign_sr(pair: &sr25519::Pair, c: &TagChallenge) -> MultiSignature {
	pair.sign(&c.message()).into()
}

fn tagged_part(w: &World) -> PartId {
	w.gear_with_tag(b"SN-1", Some(TagKey::Sr25519(sr_tag().public().0)))
}

#[test]
fn a_genuine_tag_is_authentic_and_a_scan_is_recorded() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		run_to(5);
		let c = challenge(4, 1);
		let signature = sign_sr(&sr_tag(), &c);
		assert_eq!(Parts::check_tag(part, &c, &signature), TagVerdict::Authentic);
		assert_ok!(Parts::record_scan(
			RuntimeOrigin::signed(BUYER),
			part,
			c,
			signature.clone(),
			Some(9)
		));
		System::assert_last_event(
			Event::<Test>::Recorded {
				item: Item::Part(part),
				index: 1,
				kind: RecordKind::Scanned,
				participant: w.buyer,
			}
			.into(),
		);
		assert_eq!(History::<Test>::get(Item::Part(part), 1).map(|r| r.data), Some(c.id()));
		// The same challenge again is a replay.
		assert_eq!(Parts::check_tag(part, &c, &signature), TagVerdict::Replayed);
		assert_noop!(
			Parts::record_scan(RuntimeOrigin::signed(BUYER), part, c, signature, None),
			Error::<Test>::ChallengeReplayed
		);
	});
}

#[test]
fn every_signature_scheme_works() {
	new_test_ext(|| {
		let w = World::new();
		let ed = ed25519::Pair::from_seed(&[2; 32]);
		let ec = ecdsa::Pair::from_seed(&[3; 32]);
		let ed_part = w.gear_with_tag(b"ED", Some(TagKey::Ed25519(ed.public().0)));
		let ec_part = w.gear_with_tag(b"EC", Some(TagKey::Ecdsa(ec.public().0)));
		run_to(3);
		let c = challenge(2, 7);
		assert_eq!(
			Parts::check_tag(ed_part, &c, &ed.sign(&c.message()).into()),
			TagVerdict::Authentic
		);
		assert_eq!(
			Parts::check_tag(ec_part, &c, &ec.sign(&c.message()).into()),
			TagVerdict::Authentic
		);
		// A signature of another scheme is not the tag's.
		assert_eq!(
			Parts::check_tag(ed_part, &c, &ec.sign(&c.message()).into()),
			TagVerdict::WrongKey
		);
	});
}

#[test]
fn a_cloned_or_foreign_tag_is_reported() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		let untagged = w.gear(b"SN-2");
		run_to(5);
		let c = challenge(4, 1);
		let impostor = sr25519::Pair::from_seed(&[9; 32]);
		assert_eq!(Parts::check_tag(part, &c, &sign_sr(&impostor, &c)), TagVerdict::WrongKey);
		assert_eq!(Parts::check_tag(untagged, &c, &sign_sr(&sr_tag(), &c)), TagVerdict::NoTag);
		assert_eq!(Parts::check_tag(42, &c, &sign_sr(&sr_tag(), &c)), TagVerdict::UnknownPart);
		// A signature over another challenge.
		assert_eq!(
			Parts::check_tag(part, &challenge(4, 2), &sign_sr(&sr_tag(), &c)),
			TagVerdict::WrongKey
		);
		let scan = |p, s| Parts::record_scan(RuntimeOrigin::signed(BUYER), p, c, s, None);
		assert_noop!(scan(part, sign_sr(&impostor, &c)), Error::<Test>::WrongTagKey);
		assert_noop!(scan(untagged, sign_sr(&sr_tag(), &c)), Error::<Test>::NoTag);
		assert_noop!(scan(42, sign_sr(&sr_tag(), &c)), Error::<Test>::UnknownPart);
		assert_noop!(
			Parts::record_scan(
				RuntimeOrigin::signed(STRANGER),
				part,
				c,
				sign_sr(&sr_tag(), &c),
				None
			),
			Error::<Test>::NotAMember
		);
	});
}

#[test]
fn a_stale_or_invented_challenge_is_refused() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		run_to(10);
		let tag = sr_tag();
		// Block 4 is six blocks back: older than the lifetime of five.
		let old = challenge(4, 1);
		assert_eq!(Parts::check_tag(part, &old, &sign_sr(&tag, &old)), TagVerdict::StaleChallenge);
		// Block 5 is the oldest still fresh.
		let oldest = challenge(5, 1);
		assert_eq!(Parts::check_tag(part, &oldest, &sign_sr(&tag, &oldest)), TagVerdict::Authentic);
		// A hash that is not the block's, the current block, or a future block.
		let invented =
			TagChallenge { block_hash: sp_core::H256::repeat_byte(1), ..challenge(8, 1) };
		assert_eq!(
			Parts::check_tag(part, &invented, &sign_sr(&tag, &invented)),
			TagVerdict::StaleChallenge
		);
		let current = TagChallenge { block: 10, ..challenge(9, 1) };
		assert_eq!(
			Parts::check_tag(part, &current, &sign_sr(&tag, &current)),
			TagVerdict::StaleChallenge
		);
		assert_noop!(
			Parts::record_scan(RuntimeOrigin::signed(BUYER), part, old, sign_sr(&tag, &old), None),
			Error::<Test>::StaleChallenge
		);
	});
}

#[test]
fn scans_per_challenge_block_are_bounded_per_organisation_and_pruned() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		let tag = sr_tag();
		run_to(5);
		let scan = |who: AccountId, nonce: u8| {
			let c = challenge(4, nonce);
			Parts::record_scan(RuntimeOrigin::signed(who), part, c, sign_sr(&tag, &c), None)
		};
		// One organisation (its admin and its device alike) records at most
		// `MaxScansPerParticipant` (2) scans citing block 4 ...
		assert_ok!(scan(ACME, 1));
		assert_ok!(scan(ACME_ROBOT, 2));
		assert_noop!(scan(ACME, 3), Error::<Test>::TooManyScansByParticipant);
		assert_eq!(ScansBy::<Test>::get(4, w.acme), 2);
		// ... and cannot fill the block alone: another organisation still scans with it,
		// until the block's `MaxScansPerBlock` (3).
		assert_ok!(scan(BUYER, 3));
		assert_noop!(scan(GARAGE, 4), Error::<Test>::TooManyScans);
		assert_eq!(ScansAt::<Test>::get(4), 3);
		assert_eq!(ScansBy::<Test>::get(4, w.buyer), 1);
		assert_eq!(ScansBy::<Test>::get(4, w.garage), 0);
		// The full block stays full; a challenge of another block is open to everyone,
		// the organisation that used up its share of block 4 included.
		run_to(6);
		assert_noop!(scan(GARAGE, 5), Error::<Test>::TooManyScans);
		let c = challenge(5, 1);
		assert_ok!(Parts::record_scan(
			RuntimeOrigin::signed(ACME),
			part,
			c,
			sign_sr(&tag, &c),
			None
		));
		assert_eq!(ScansBy::<Test>::get(5, w.acme), 1);
		// At block 10 block 4 stops being fresh: its entries and counters go.
		run_to(9);
		assert_eq!(UsedChallenges::<Test>::iter_prefix(4).count(), 3);
		run_to(10);
		assert_eq!(UsedChallenges::<Test>::iter_prefix(4).count(), 0);
		assert_eq!(ScansAt::<Test>::get(4), 0);
		assert_eq!(ScansBy::<Test>::iter_prefix(4).count(), 0);
		assert_eq!(ScansBy::<Test>::get(5, w.acme), 1);
	});
}

/// A runtime upgrade that lengthens `ChallengeLifetime` does not make a pruned block
/// fresh again: its used challenges are gone, so it would let them be replayed.
#[test]
fn a_longer_challenge_lifetime_never_revives_a_pruned_block() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		let tag = sr_tag();
		let scan = |block: u64, nonce: u8| {
			let c = challenge(block, nonce);
			Parts::record_scan(RuntimeOrigin::signed(ACME), part, c, sign_sr(&tag, &c), None)
		};
		run_to(5);
		assert_ok!(scan(4, 1));
		run_to(7);
		assert_ok!(scan(6, 1));
		// Block 4 stops being fresh at block 10 and is pruned.
		run_to(10);
		assert_eq!(ScansAt::<Test>::get(4), 0);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(5));
		// The upgrade: challenges now last 20 blocks. Block 4 is within 20 blocks and its
		// hash is known, but it was pruned: the scan it allowed cannot be replayed, nor a
		// new one recorded with it.
		amchain_test_support::ChallengeLifetime::set(20);
		let replay = challenge(4, 1);
		assert_eq!(
			Parts::check_tag(part, &replay, &sign_sr(&tag, &replay)),
			TagVerdict::StaleChallenge
		);
		assert_noop!(scan(4, 1), Error::<Test>::StaleChallenge);
		assert_noop!(scan(4, 2), Error::<Test>::StaleChallenge);
		// Blocks kept are fresh for the longer lifetime, with their used challenges.
		assert_noop!(scan(6, 1), Error::<Test>::ChallengeReplayed);
		assert_ok!(scan(6, 2));
		// Nothing is pruned until block 6 is 21 blocks old.
		run_to(26);
		assert_eq!(ScansAt::<Test>::get(6), 2);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(6));
		run_to(27);
		assert_eq!(ScansAt::<Test>::get(6), 0);
		assert_eq!(UsedChallenges::<Test>::iter_prefix(6).count(), 0);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(7));
	});
}

/// A runtime upgrade that shortens `ChallengeLifetime` leaves no block unpruned: the
/// blocks it skips are pruned `MAX_BLOCKS_PRUNED` a block until pruning is on time again.
#[test]
fn a_shorter_challenge_lifetime_is_caught_up_in_bounded_steps() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		let tag = sr_tag();
		run_to(8);
		for block in 3..8 {
			let c = challenge(block, 1);
			assert_ok!(Parts::record_scan(
				RuntimeOrigin::signed(ACME),
				part,
				c,
				sign_sr(&tag, &c),
				None
			));
		}
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(3));
		// Challenges now last 1 block: at block 9 blocks 3 to 7 are all stale (a scan
		// citing one is refused), but only 3 and 4 are pruned in this block.
		amchain_test_support::ChallengeLifetime::set(1);
		run_to(9);
		let c = challenge(6, 2);
		assert_noop!(
			Parts::record_scan(RuntimeOrigin::signed(ACME), part, c, sign_sr(&tag, &c), None),
			Error::<Test>::StaleChallenge
		);
		let kept = || (3..8).filter(|b| ScansAt::<Test>::get(b) == 1).collect::<Vec<u64>>();
		assert_eq!(kept(), vec![5, 6, 7]);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(5));
		run_to(10);
		assert_eq!(kept(), vec![7]);
		run_to(11);
		assert_eq!(kept(), Vec::<u64>::new());
		assert_eq!(UsedChallenges::<Test>::iter().count(), 0);
		assert_eq!(ScansBy::<Test>::iter().count(), 0);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(9));
		run_to(12);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(11));
		// Caught up: from now on one block a block, as the lifetime says.
		run_to(13);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(12));
		run_to(14);
		assert_eq!(ChallengesKeptFrom::<Test>::get(), Some(13));
	});
}

/// A new tag's key and its binding signature over (this chain, the part's type, serial
/// and current key).
fn new_tag(seed: u8, part: PartId) -> (sr25519::Pair, TagKey, MultiSignature) {
	let pair = sr25519::Pair::from_seed(&[seed; 32]);
	let record = PartRecords::<Test>::get(part).expect("the part exists");
	let message = amchain_primitives::parts::tag_binding_message(
		Parts::genesis_hash(),
		record.part_type,
		&record.serial,
		record.tag,
	);
	let proof = pair.sign(&message).into();
	(pair.clone(), TagKey::Sr25519(pair.public().0), proof)
}

fn verdict(part: PartId, tag: &sr25519::Pair, nonce: u8) -> TagVerdict {
	let c = challenge(frame_system::Pallet::<Test>::block_number() - 1, nonce);
	Parts::check_tag(part, &c, &sign_sr(tag, &c))
}

fn request(who: AccountId, part: PartId, key: TagKey, proof: MultiSignature) -> DispatchResult {
	Parts::request_tag(RuntimeOrigin::signed(who), part, key, proof)
}

fn approve(who: AccountId, part: PartId) -> DispatchResult {
	Parts::approve_tag(RuntimeOrigin::signed(who), part)
}

#[test]
fn a_lost_tag_is_replaced_with_the_manufacturers_consent() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		let old = TagKey::Sr25519(sr_tag().public().0);
		w.hand_over(Item::Part(part), Handover::Ownership, ACME, BUYER, w.buyer);
		run_to(3);
		let (pair, key, proof) = new_tag(2, part);
		assert_ok!(request(BUYER, part, key, proof.clone()));
		System::assert_last_event(Event::<Test>::TagRequested { part, key, expires_at: 13 }.into());
		assert_eq!(PendingTagKeys::<Test>::get(key), Some(part));
		// Nothing changes until the maker consents.
		assert_eq!(verdict(part, &sr_tag(), 1), TagVerdict::Authentic);
		assert_eq!(verdict(part, &pair, 2), TagVerdict::WrongKey);
		assert_ok!(approve(ACME, part));
		System::assert_last_event(
			Event::<Test>::TagReplaced {
				part,
				old: Some(old),
				new: key,
				approved_by: Some(w.acme),
			}
			.into(),
		);
		assert_eq!(verdict(part, &pair, 3), TagVerdict::Authentic);
		// The lost tag, if found (or cloned), no longer passes for the part.
		assert_eq!(verdict(part, &sr_tag(), 4), TagVerdict::WrongKey);
		assert_eq!(PartByTag::<Test>::get(key), Some(part));
		assert_eq!(PartByTag::<Test>::get(old), None);
		assert!(!TagRequests::<Test>::contains_key(part));
		assert!(!PendingTagKeys::<Test>::contains_key(key));
		let index = HistoryLen::<Test>::get(Item::Part(part)) - 1;
		let record = History::<Test>::get(Item::Part(part), index).expect("recorded");
		assert_eq!((record.kind, record.participant), (RecordKind::TagReplaced, w.acme));
		assert_eq!(record.data, H256(sp_io::hashing::blake2_256(&(Some(old), key).encode())));
		// The proof named the key it replaced: it cannot bind again (say, the old tag
		// back in place of the new one by whoever kept the old request's proof).
		let (_, back, _) = new_tag(1, part);
		let stale = {
			let record = PartRecords::<Test>::get(part).unwrap();
			let message = amchain_primitives::parts::tag_binding_message(
				Parts::genesis_hash(),
				record.part_type,
				&record.serial,
				None,
			);
			sr_tag().sign(&message).into()
		};
		assert_noop!(request(BUYER, part, back, stale), Error::<Test>::InvalidTagProof);
		// The old key is free again; the new one is taken.
		let other = w.gear(b"SN-2");
		let (_, again, again_proof) = new_tag(2, other);
		assert_noop!(request(ACME, other, again, again_proof), Error::<Test>::TagTaken);
		let (_, freed, freed_proof) = new_tag(1, other);
		assert_eq!(freed, old);
		assert_ok!(request(ACME, other, freed, freed_proof));
	});
}

/// The owner's best move: have a party of its own choosing consent (a captive service
/// provider, itself) and pass one part off as another. Only the type's manufacturer
/// consents, never to its own request; governance consents for a maker that owns the
/// part, or is gone or silent.
#[test]
fn only_the_maker_or_governance_consents_to_a_new_tag() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		w.hand_over(Item::Part(part), Handover::Ownership, ACME, GARAGE, w.garage);
		let (_, key, proof) = new_tag(2, part);
		assert_ok!(request(GARAGE, part, key, proof));
		assert_ok!(Parts::authorise(
			RuntimeOrigin::signed(GARAGE),
			Item::Part(part),
			w.garage,
			None
		));
		assert_noop!(approve(GARAGE, part), Error::<Test>::NotTagApprover);
		w.hand_over(Item::Part(part), Handover::Ownership, GARAGE, BUYER, w.buyer);
		let (_, key, proof) = new_tag(3, part);
		assert_ok!(request(BUYER, part, key, proof));
		assert_ok!(Parts::authorise(
			RuntimeOrigin::signed(BUYER),
			Item::Part(part),
			w.garage,
			None
		));
		assert_noop!(approve(GARAGE, part), Error::<Test>::NotTagApprover);
		assert_noop!(approve(BUYER, part), Error::<Test>::NotTagApprover);
		assert_noop!(approve(MINE, part), Error::<Test>::NotTagApprover);
		assert_noop!(approve(ACME_ROBOT, part), Error::<Test>::NotAdmin);
		assert_noop!(approve(STRANGER, part), Error::<Test>::NotAMember);
		assert_ok!(approve(ACME, part));

		// A part the maker still owns: governance consents, the maker does not.
		let own = w.gear(b"SN-2");
		let (_, key, proof) = new_tag(4, own);
		assert_ok!(request(ACME, own, key, proof));
		assert_noop!(approve(ACME, own), Error::<Test>::NotTagApprover);
		assert_ok!(Parts::approve_tag(RuntimeOrigin::root(), own));
		System::assert_last_event(
			Event::<Test>::TagReplaced { part: own, old: None, new: key, approved_by: None }.into(),
		);
		assert_eq!(PartRecords::<Test>::get(own).and_then(|p| p.tag), Some(key));
	});
}

#[test]
fn tag_request_refusals_change_nothing() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		let other = w.gear(b"SN-2");
		let (_, key, proof) = new_tag(2, part);
		assert_noop!(request(ACME, 99, key, proof.clone()), Error::<Test>::UnknownPart);
		assert_noop!(request(BUYER, part, key, proof.clone()), Error::<Test>::NotOwner);
		assert_noop!(request(ACME_ROBOT, part, key, proof.clone()), Error::<Test>::NotAdmin);
		// A proof for another part, or by another key, or of another chain, binds nothing.
		let (_, _, for_other) = new_tag(2, other);
		assert_noop!(request(ACME, part, key, for_other), Error::<Test>::InvalidTagProof);
		let (_, _, by_other_key) = new_tag(4, part);
		assert_noop!(request(ACME, part, key, by_other_key), Error::<Test>::InvalidTagProof);
		let pair = sr25519::Pair::from_seed(&[2; 32]);
		let record = PartRecords::<Test>::get(part).unwrap();
		let elsewhere = amchain_primitives::parts::tag_binding_message(
			H256::repeat_byte(9),
			record.part_type,
			&record.serial,
			record.tag,
		);
		assert_noop!(
			request(ACME, part, key, pair.sign(&elsewhere).into()),
			Error::<Test>::InvalidTagProof
		);
		// The current key, or another part's.
		let (_, own, own_proof) = new_tag(1, part);
		assert_noop!(request(ACME, part, own, own_proof), Error::<Test>::SameTag);
		let (_, taken, taken_proof) = new_tag(1, other);
		assert_noop!(request(ACME, other, taken, taken_proof), Error::<Test>::TagTaken);
		// Not while the part cannot change hands: offered, or held by a recall.
		let offer = |to| {
			Parts::offer(RuntimeOrigin::signed(ACME), Item::Part(part), Handover::Ownership, to)
		};
		assert_ok!(offer(w.buyer));
		assert_noop!(request(ACME, part, key, proof.clone()), Error::<Test>::OfferOpen);
		assert_ok!(Parts::cancel_offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(part),
			Handover::Ownership
		));
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(ACME),
			RecallTarget::Part(part),
			doc(1)
		));
		assert_noop!(request(ACME, part, key, proof.clone()), Error::<Test>::ItemQuarantined);
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), RecallTarget::Part(part)));

		assert_noop!(approve(ACME, part), Error::<Test>::NoTagRequest);
		assert_noop!(
			Parts::cancel_tag_request(RuntimeOrigin::signed(ACME), part),
			Error::<Test>::NoTagRequest
		);
		assert_ok!(request(ACME, part, key, proof));
		// The pending key is reserved: no one registers or requests it for another part
		// (a squatter learning it from `TagRequested`).
		let (_, _, squat_proof) = new_tag(2, other);
		assert_noop!(request(ACME, other, key, squat_proof), Error::<Test>::TagTaken);
		assert_noop!(
			Parts::register_part(
				RuntimeOrigin::signed(ACME),
				w.gear,
				b"SN-3".to_vec(),
				Some(w.certification),
				Some(key),
				None
			),
			Error::<Test>::TagTaken
		);
		// Another organisation, or the owner's device, cannot withdraw a live request.
		assert_noop!(
			Parts::cancel_tag_request(RuntimeOrigin::signed(BUYER), part),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Parts::cancel_tag_request(RuntimeOrigin::signed(ACME_ROBOT), part),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Parts::cancel_tag_request(RuntimeOrigin::signed(ACME), part));
		System::assert_last_event(Event::<Test>::TagRequestCancelled { part }.into());
		assert!(!TagRequests::<Test>::contains_key(part));
		assert!(!PendingTagKeys::<Test>::contains_key(key));
	});
}

/// Every wait ends, and a request does not outlive its owner: consent comes too late after
/// `TagRequestLifetime`, or after the part changed hands (the new owner asks again), and
/// anyone may clear such a request.
#[test]
fn a_tag_request_expires_and_lapses_with_the_owner() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		w.hand_over(Item::Part(part), Handover::Ownership, ACME, BUYER, w.buyer);
		let (_, key, proof) = new_tag(2, part);
		assert_ok!(request(BUYER, part, key, proof.clone()));
		run_to(11);
		assert_noop!(approve(ACME, part), Error::<Test>::TagRequestExpired);
		assert_ok!(Parts::cancel_tag_request(RuntimeOrigin::signed(STRANGER), part));

		assert_ok!(request(BUYER, part, key, proof));
		w.hand_over(Item::Part(part), Handover::Ownership, BUYER, GARAGE, w.garage);
		assert_noop!(approve(ACME, part), Error::<Test>::TagRequestLapsed);
		assert_ok!(Parts::cancel_tag_request(RuntimeOrigin::signed(STRANGER), part));
		assert_eq!(
			PartRecords::<Test>::get(part).and_then(|p| p.tag),
			Some(TagKey::Sr25519(sr_tag().public().0))
		);
	});
}
