//! The records this pallet stores.

use amchain_primitives::{collections::CollectionStatus, participants::ParticipantId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::fungible::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

use crate::Config;

pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A collection's member organisations, sorted, none twice.
pub type MembersOf<T> = BoundedVec<ParticipantId, <T as Config>::MaxMembers>;
pub type LabelOf<T> = BoundedVec<u8, <T as Config>::MaxLabel>;
pub type DepositOf<T> = Deposit<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
pub type CollectionOf<T> = Collection<
	MembersOf<T>,
	LabelOf<T>,
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
>;
pub type AnchorOf<T> =
	Anchor<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// Funds held on an account for a record, released to it when the record goes.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Deposit<AccountId, Balance> {
	pub account: AccountId,
	pub amount: Balance,
}

/// A set of organisations whose nodes share confidential payloads.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Collection<Members, Label, AccountId, Balance, BlockNumber> {
	/// The proposing organisation; `None` if governance created it.
	pub creator: Option<ParticipantId>,
	/// The member organisations, sorted, none twice, at least two.
	pub members: Members,
	/// The members that consented, sorted: the creator at once, all members once active.
	pub accepted: Members,
	pub status: CollectionStatus,
	/// Blocks member nodes keep a payload after its anchor (0: for ever).
	pub retention: BlockNumber,
	pub label: Label,
	pub created_at: BlockNumber,
	/// The proposer's deposit (`None` for governance's collections).
	pub deposit: Option<Deposit<AccountId, Balance>>,
}

/// A payload's salted hash, anchored in a collection by an organisation (the collection,
/// the organisation and the hash are the record's key in `Anchors`).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Anchor<AccountId, Balance, BlockNumber> {
	pub at: BlockNumber,
	/// The account holding the anchor's deposit, and the amount.
	pub deposit: Deposit<AccountId, Balance>,
}
