//! Tag authenticity (white paper 5.2): a part's physical tag signs a fresh challenge.

use frame_support::{ensure, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::{ecdsa, ed25519, sr25519, H256};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchResult, MultiSignature,
};

use crate::*;

impl<T: Config> Pallet<T> {
	/// Whether `signature` is the tag of `part` signing `challenge`, and the challenge is
	/// fresh (a block of the last `ChallengeLifetime`, with that block's hash) and unused.
	pub fn check_tag(
		part: PartId,
		challenge: &TagChallenge,
		signature: &MultiSignature,
	) -> TagVerdict {
		let Some(record) = PartRecords::<T>::get(part) else { return TagVerdict::UnknownPart };
		let Some(key) = record.tag else { return TagVerdict::NoTag };
		if !Self::signed_by(&key, &challenge.message(), signature) {
			return TagVerdict::WrongKey;
		}
		let block: BlockNumberFor<T> = challenge.block.into();
		if !Self::is_fresh(block, challenge.block_hash) {
			return TagVerdict::StaleChallenge;
		}
		if UsedChallenges::<T>::contains_key(block, challenge.id()) {
			return TagVerdict::Replayed;
		}
		TagVerdict::Authentic
	}

	/// Whether `block` is one of the last `ChallengeLifetime` blocks (the current block
	/// excluded: its hash is not known yet) and `hash` is its hash.
	fn is_fresh(block: BlockNumberFor<T>, hash: H256) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		if block >= now || now.saturating_sub(block) > T::ChallengeLifetime::get() {
			return false;
		}
		let known = frame_system::Pallet::<T>::block_hash(block);
		known.as_ref() == hash.as_ref() && !hash.is_zero()
	}

	fn signed_by(key: &TagKey, message: &[u8], signature: &MultiSignature) -> bool {
		match (key, signature) {
			(TagKey::Sr25519(public), MultiSignature::Sr25519(signature)) => {
				sp_io::crypto::sr25519_verify(
					signature,
					message,
					&sr25519::Public::from_raw(*public),
				)
			},
			(TagKey::Ed25519(public), MultiSignature::Ed25519(signature)) => {
				sp_io::crypto::ed25519_verify(
					signature,
					message,
					&ed25519::Public::from_raw(*public),
				)
			},
			(TagKey::Ecdsa(public), MultiSignature::Ecdsa(signature)) => {
				sp_io::crypto::ecdsa_verify(signature, message, &ecdsa::Public::from_raw(*public))
			},
			_ => false,
		}
	}

	pub(crate) fn do_record_scan(
		who: &T::AccountId,
		part: PartId,
		challenge: TagChallenge,
		signature: MultiSignature,
		reported_at: Option<u64>,
	) -> DispatchResult {
		let member = Self::member(who)?;
		match Self::check_tag(part, &challenge, &signature) {
			TagVerdict::Authentic => {},
			TagVerdict::UnknownPart => return Err(Error::<T>::UnknownPart.into()),
			TagVerdict::NoTag => return Err(Error::<T>::NoTag.into()),
			TagVerdict::WrongKey => return Err(Error::<T>::WrongTagKey.into()),
			TagVerdict::StaleChallenge => return Err(Error::<T>::StaleChallenge.into()),
			TagVerdict::Replayed => return Err(Error::<T>::ChallengeReplayed.into()),
		}
		let block: BlockNumberFor<T> = challenge.block.into();
		let scans = ScansAt::<T>::get(block);
		ensure!(scans < T::MaxScansPerBlock::get(), Error::<T>::TooManyScans);
		ScansAt::<T>::insert(block, scans.saturating_add(1));
		let id = challenge.id();
		UsedChallenges::<T>::insert(block, id, ());
		Self::append_and_announce(
			Item::Part(part),
			RecordKind::Scanned,
			who,
			member.participant,
			id,
			reported_at,
		)
	}

	/// Forgets the used challenges of the block that stops being fresh at `now`: at most
	/// `MaxScansPerBlock` entries.
	pub(crate) fn prune_challenges(now: BlockNumberFor<T>) -> Weight {
		let lifetime = T::ChallengeLifetime::get();
		if now <= lifetime {
			return T::WeightInfo::on_initialize(0);
		}
		let expired = now.saturating_sub(lifetime).saturating_sub(1u32.into());
		let scans = ScansAt::<T>::take(expired);
		if scans.is_zero() {
			return T::WeightInfo::on_initialize(0);
		}
		// Every recorded scan citing the block added one distinct challenge (a used one is
		// refused) and counted it in `ScansAt`: a limit of `scans` removes them all, so the
		// result (how many, and a cursor to continue) has nothing left to tell.
		let _ = UsedChallenges::<T>::clear_prefix(expired, scans, None);
		T::WeightInfo::on_initialize(scans)
	}
}
