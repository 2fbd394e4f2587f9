//! Tag authenticity: a part's tag signs a fresh challenge.

use amchain_primitives::parts::{TagChallenge, TagVerdict};
use frame_support::{assert_noop, assert_ok};
use sp_core::{ecdsa, ed25519, sr25519, Pair};
use sp_runtime::MultiSignature;

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
fn scans_per_challenge_block_are_bounded_and_pruned() {
	new_test_ext(|| {
		let w = World::new();
		let part = tagged_part(&w);
		let tag = sr_tag();
		run_to(5);
		for nonce in [1, 2] {
			let c = challenge(4, nonce);
			assert_ok!(Parts::record_scan(
				RuntimeOrigin::signed(BUYER),
				part,
				c,
				sign_sr(&tag, &c),
				None
			));
		}
		let third = challenge(4, 3);
		assert_noop!(
			Parts::record_scan(
				RuntimeOrigin::signed(BUYER),
				part,
				third,
				sign_sr(&tag, &third),
				None
			),
			Error::<Test>::TooManyScans
		);
		assert_eq!(ScansAt::<Test>::get(4), 2);
		// At block 10 block 4 stops being fresh: its entries go.
		run_to(9);
		assert_eq!(UsedChallenges::<Test>::iter_prefix(4).count(), 2);
		run_to(10);
		assert_eq!(UsedChallenges::<Test>::iter_prefix(4).count(), 0);
		assert_eq!(ScansAt::<Test>::get(4), 0);
	});
}
