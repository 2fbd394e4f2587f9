//! Tag authenticity (white paper 5.2): a part's physical tag signs a fresh challenge.

use codec::Encode;
use frame_support::{ensure, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::{ecdsa, ed25519, sr25519, H256};
use sp_runtime::{
	traits::{CheckedAdd, Saturating, Zero},
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
	/// excluded: its hash is not known yet), its used challenges are still kept (not
	/// pruned: a block pruned stays stale even if `ChallengeLifetime` grows later), and
	/// `hash` is its hash.
	fn is_fresh(block: BlockNumberFor<T>, hash: H256) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		if block >= now || now.saturating_sub(block) > T::ChallengeLifetime::get() {
			return false;
		}
		if ChallengesKeptFrom::<T>::get().is_some_and(|kept_from| block < kept_from) {
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
		let ours = ScansBy::<T>::get(block, member.participant);
		ensure!(ours < T::MaxScansPerParticipant::get(), Error::<T>::TooManyScansByParticipant);
		ScansAt::<T>::insert(block, scans.saturating_add(1));
		ScansBy::<T>::insert(block, member.participant, ours.saturating_add(1));
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

	/// This chain's genesis hash, which a tag's binding signature names.
	pub(crate) fn genesis_hash() -> H256 {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		H256::from_slice(hash.as_ref().get(..32).unwrap_or(&[0; 32]))
	}

	/// Refuses a tag change while the part cannot change hands: held by a recall, in a
	/// locked assembly, or offered (its receiver accepts the part it was offered).
	fn ensure_tag_can_change(part_id: PartId, part: &PartOf<T>) -> Result<(), Error<T>> {
		ensure!(!part.status.is_final(), Error::<T>::NotActive);
		let (top, top_record) = Self::top_of(part_id, part.clone())?;
		ensure!(!Self::held(top, &top_record), Error::<T>::ItemQuarantined);
		Self::ensure_unlocked(top)?;
		ensure!(!Self::has_open_offer(Item::Part(top)), Error::<T>::OfferOpen);
		Ok(())
	}

	pub(crate) fn do_request_tag(
		who: &T::AccountId,
		part_id: PartId,
		key: TagKey,
		proof: MultiSignature,
	) -> DispatchResult {
		// A tag is the part's identity: its owner's admin asks, not a device.
		let member = Self::admin(who)?;
		let part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		let owner = Self::holder(Item::Part(part_id))?.owner;
		ensure!(owner == member.participant, Error::<T>::NotOwner);
		Self::ensure_tag_can_change(part_id, &part)?;
		ensure!(part.tag != Some(key), Error::<T>::SameTag);
		ensure!(!PartByTag::<T>::contains_key(key), Error::<T>::TagTaken);
		// A key pending for another part is taken too (for this part, the new request
		// replaces the old).
		ensure!(PendingTagKeys::<T>::get(key).is_none_or(|p| p == part_id), Error::<T>::TagTaken);
		let message = amchain_primitives::parts::tag_binding_message(
			Self::genesis_hash(),
			part.part_type,
			&part.serial,
			part.tag,
		);
		ensure!(Self::signed_by(&key, &message, &proof), Error::<T>::InvalidTagProof);
		let expires_at = frame_system::Pallet::<T>::block_number()
			.checked_add(&T::TagRequestLifetime::get())
			.ok_or(Error::<T>::Overflow)?;
		if let Some(previous) = TagRequests::<T>::get(part_id) {
			PendingTagKeys::<T>::remove(previous.key);
		}
		TagRequests::<T>::insert(part_id, TagRequest { key, owner, expires_at });
		PendingTagKeys::<T>::insert(key, part_id);
		Self::deposit_event(Event::TagRequested { part: part_id, key, expires_at });
		Ok(())
	}

	/// Consents to a pending tag request, as the part type's manufacturer (`Some`) or as
	/// governance (`None`).
	pub(crate) fn do_approve_tag(
		by: Option<(&T::AccountId, ParticipantId)>,
		part_id: PartId,
	) -> DispatchResult {
		let request = TagRequests::<T>::get(part_id).ok_or(Error::<T>::NoTagRequest)?;
		let mut part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		ensure!(
			frame_system::Pallet::<T>::block_number() < request.expires_at,
			Error::<T>::TagRequestExpired
		);
		let owner = Self::holder(Item::Part(part_id))?.owner;
		ensure!(owner == request.owner, Error::<T>::TagRequestLapsed);
		let manufacturer =
			PartTypes::<T>::get(part.part_type).ok_or(Error::<T>::UnknownPartType)?.manufacturer;
		let approved_by = match by {
			Some((_, me)) => {
				// The maker vouches for its part's identity; no one consents to its own
				// request (a maker that owns the part asks governance).
				ensure!(me == manufacturer && me != owner, Error::<T>::NotTagApprover);
				Some(me)
			},
			None => None,
		};
		Self::ensure_tag_can_change(part_id, &part)?;
		ensure!(!PartByTag::<T>::contains_key(request.key), Error::<T>::TagTaken);

		let old = part.tag.replace(request.key);
		if let Some(old) = old {
			PartByTag::<T>::remove(old);
		}
		PartByTag::<T>::insert(request.key, part_id);
		PartRecords::<T>::insert(part_id, part);
		TagRequests::<T>::remove(part_id);
		PendingTagKeys::<T>::remove(request.key);
		let data = H256(sp_io::hashing::blake2_256(&(old, request.key).encode()));
		let (actor, participant) = match by {
			Some((who, me)) => (who.clone(), me),
			// As for recalls: governance's record names the maker, written by no one.
			None => (Self::governance_account()?, manufacturer),
		};
		Self::append(
			Item::Part(part_id),
			RecordKind::TagReplaced,
			&actor,
			participant,
			data,
			None,
		)?;
		Self::deposit_event(Event::TagReplaced {
			part: part_id,
			old,
			new: request.key,
			approved_by,
		});
		Ok(())
	}

	pub(crate) fn do_cancel_tag_request(who: &T::AccountId, part_id: PartId) -> DispatchResult {
		let request = TagRequests::<T>::get(part_id).ok_or(Error::<T>::NoTagRequest)?;
		let owner = Self::holder(Item::Part(part_id))?.owner;
		let ended = frame_system::Pallet::<T>::block_number() >= request.expires_at
			|| owner != request.owner;
		if !ended {
			ensure!(Self::admin(who)?.participant == owner, Error::<T>::NotOwner);
		}
		TagRequests::<T>::remove(part_id);
		PendingTagKeys::<T>::remove(request.key);
		Self::deposit_event(Event::TagRequestCancelled { part: part_id });
		Ok(())
	}

	/// Forgets the used challenges of the blocks that are no longer fresh at `now`, and
	/// who recorded how many: every block up to `now - ChallengeLifetime - 1` from
	/// `ChallengesKeptFrom` on, at most [`MAX_BLOCKS_PRUNED`] a block (so a shorter
	/// `ChallengeLifetime` after an upgrade is caught up in bounded steps, and a longer one
	/// never makes a pruned block fresh again). Each block holds at most `MaxScansPerBlock`
	/// entries of each kind.
	pub(crate) fn prune_challenges(now: BlockNumberFor<T>) -> Weight {
		let lifetime = T::ChallengeLifetime::get();
		if now <= lifetime {
			return T::WeightInfo::on_initialize(0);
		}
		let last_stale = now.saturating_sub(lifetime).saturating_sub(1u32.into());
		// Before the first prune that kept a cursor (spec 105) the block that just stopped
		// being fresh is the first one left, as every block before it was pruned on time.
		let mut next = ChallengesKeptFrom::<T>::get().unwrap_or(last_stale);
		if next > last_stale {
			return T::WeightInfo::on_initialize(0);
		}
		let mut weight = Weight::zero();
		for _ in 0..MAX_BLOCKS_PRUNED {
			if next > last_stale {
				break;
			}
			let scans = ScansAt::<T>::take(next);
			// Every recorded scan citing the block added one distinct challenge (a used
			// one is refused) and counted it in `ScansAt`: a limit of `scans` removes them
			// all, so the result (how many, and a cursor to continue) has nothing left to
			// tell.
			let _ = UsedChallenges::<T>::clear_prefix(next, scans, None);
			// At most one counter per scan (fewer when an organisation recorded several).
			let _ = ScansBy::<T>::clear_prefix(next, scans, None);
			weight.saturating_accrue(T::WeightInfo::on_initialize(scans));
			next.saturating_inc();
		}
		ChallengesKeptFrom::<T>::put(next);
		weight
	}
}
