//! Private data collections (issue 23 item 3): sets of organisations that share
//! confidential payloads off chain, and the salted hashes that anchor those payloads on
//! chain. What pallet-collections records, how other pallets ask about it, and what
//! wallets read.

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;

use crate::participants::ParticipantId;

/// A private data collection.
pub type CollectionId = u32;

/// Where a collection stands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum CollectionStatus {
	/// Proposed by a member; waits for every other member's consent. Nothing can be
	/// anchored in it and its members' nodes share nothing yet.
	Proposed,
	/// Every member consented (or governance created it): members anchor payloads and
	/// their nodes share them.
	Active,
}

/// Who anchored a salted hash, in which collection, when.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct AnchorSummary<BlockNumber> {
	pub collection: CollectionId,
	/// The organisation whose account anchored it.
	pub by: ParticipantId,
	pub at: BlockNumber,
}

/// What other pallets (and, later, the node's private store) ask about collections.
/// Implemented by pallet-collections.
pub trait CollectionsInspect<BlockNumber> {
	/// Whether `participant` may receive the collection's payloads now: the collection is
	/// active, lists the participant, and the participant is not suspended.
	fn is_member(collection: CollectionId, participant: ParticipantId) -> bool;
	/// Whether the collection exists and is active.
	fn is_active(collection: CollectionId) -> bool;
	/// The anchor of a salted hash by an organisation in a collection, if one was
	/// recorded (anchors outlive their collection until governance purges them).
	fn anchor_of(
		collection: CollectionId,
		by: ParticipantId,
		hash: H256,
	) -> Option<AnchorSummary<BlockNumber>>;
}

/// A collection as wallets see it (the node's `amchain_*` methods would return it as
/// JSON as it is).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display, BlockNumber: serde::Serialize"
	))
)]
pub struct CollectionView<AccountId, Balance, BlockNumber> {
	pub id: CollectionId,
	/// The proposing organisation; `None` if governance created it.
	pub creator: Option<ParticipantId>,
	/// The member organisations, by id.
	pub members: Vec<ParticipantId>,
	/// The members that consented (all of them once active).
	pub accepted: Vec<ParticipantId>,
	pub status: CollectionStatus,
	/// Blocks member nodes keep a payload after its anchor (0: for ever).
	pub retention: BlockNumber,
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub label: Vec<u8>,
	pub created_at: BlockNumber,
	/// The account whose deposit the collection holds (`None` for governance's).
	pub depositor: Option<AccountId>,
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub deposit: Balance,
}

/// An anchored salted hash as wallets see it. The payload and its salt are never on
/// chain.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display, BlockNumber: serde::Serialize"
	))
)]
pub struct AnchorView<AccountId, Balance, BlockNumber> {
	pub hash: H256,
	pub collection: CollectionId,
	/// The organisation and its account that anchored it (the account holds the deposit).
	pub by: ParticipantId,
	pub account: AccountId,
	pub at: BlockNumber,
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub deposit: Balance,
}

sp_api::decl_runtime_apis! {
	/// Queries about private data collections and their anchors.
	///
	/// Version 2: `anchor` takes the collection and the anchoring organisation with the
	/// hash (anchors are keyed by all three since pallet-collections' storage v2).
	#[api_version(2)]
	pub trait CollectionsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A collection (proposed or active; a dissolved one is gone).
		fn collection(id: CollectionId) -> Option<CollectionView<AccountId, Balance, BlockNumber>>;
		/// The anchor of a salted hash (version 1; anchors were keyed by hash alone).
		#[changed_in(2)]
		fn anchor(hash: H256) -> Option<AnchorView<AccountId, Balance, BlockNumber>>;
		/// The anchor of a salted hash by organisation `by` in `collection`.
		fn anchor(collection: CollectionId, by: ParticipantId, hash: H256) -> Option<AnchorView<AccountId, Balance, BlockNumber>>;
		/// Up to `limit` (at most [`crate::MAX_PAGE`]) collections that list `participant`
		/// (proposed ones it was invited to included) after `after`, in storage order
		/// (stable, not by id).
		fn collections_of(participant: ParticipantId, after: Option<CollectionId>, limit: u32) -> Vec<CollectionId>;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn views_read_as_wallets_expect() {
		let collection = CollectionView::<u64, u128, u32> {
			id: 3,
			creator: Some(2),
			members: vec![2, 4],
			accepted: vec![2],
			status: CollectionStatus::Proposed,
			retention: 0,
			label: b"reman".to_vec(),
			created_at: 7,
			depositor: Some(9),
			deposit: u128::MAX,
		};
		assert_eq!(
			serde_json::to_value(&collection).unwrap(),
			serde_json::json!({
				"id": 3,
				"creator": 2,
				"members": [2, 4],
				"accepted": [2],
				"status": "proposed",
				"retention": 0,
				"label": "reman",
				"createdAt": 7,
				"depositor": 9,
				"deposit": u128::MAX.to_string(),
			})
		);
		let anchor = AnchorView::<u64, u128, u32> {
			hash: H256::repeat_byte(0xab),
			collection: 3,
			by: 2,
			account: 9,
			at: 8,
			deposit: 5,
		};
		assert_eq!(
			serde_json::to_value(&anchor).unwrap(),
			serde_json::json!({
				"hash": format!("0x{}", "ab".repeat(32)),
				"collection": 3,
				"by": 2,
				"account": 9,
				"at": 8,
				"deposit": "5",
			})
		);
	}
}
