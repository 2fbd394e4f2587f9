//! Cores: parts returned at the end of a life to be remanufactured, reconditioned,
//! repaired or recycled (white paper 6.1). What pallet-cores records, and how
//! pallet-warranties learns who started a part's current life.

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;

use crate::{
	certifications::StandardId,
	participants::ParticipantId,
	parts::{PartId, PartTypeId},
};

/// A core deposit taken on the sale of a part.
pub type ChargeId = u64;

/// An inspector's grade of a returned core.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum Grade {
	/// Restorable to as-new specification with cleaning and wear parts only.
	A,
	/// Restorable with some components replaced.
	B,
	/// Worn: fit for reconditioning or repair rather than remanufacture.
	C,
	/// Beyond restoration: material recovery only.
	Unusable,
}

/// What became of a core (white paper 6.1's definitions).
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
pub enum Outcome {
	/// Restored to at least as-new performance; its warranty is at least a new one's.
	Remanufactured,
	/// Restored to a satisfactory working condition; a shorter warranty.
	Reconditioned,
	/// Specified faults fixed; a shorter warranty that may cover parts of it only.
	Repaired,
	/// Its materials recovered; its life ends for good.
	Recycled,
}

impl Outcome {
	/// Whether the outcome starts the part's next life (all but recycling).
	pub const fn starts_new_life(self) -> bool {
		!matches!(self, Outcome::Recycled)
	}
}

/// Who started a part's life, and how. Implemented by pallet-cores for pallet-warranties
/// (which decides who may warrant a remanufactured part, and with which kind).
pub trait LifeInspector {
	/// The outcome that started life `life` of `part` (2 or more: the first life starts
	/// with manufacture) and the participant that recorded it.
	fn started_by(part: PartId, life: u32) -> Option<(ParticipantId, Outcome)>;
}

/// Starts a part's next life for other pallets' benchmarks. Implemented by pallet-cores.
#[cfg(feature = "runtime-benchmarks")]
pub trait LivesBenchmarkHelper<AccountId> {
	/// Ends the current life of `part` (owned by `admin`'s organisation `by`) and starts the
	/// next with `outcome` recorded by `by`.
	fn next_life(admin: &AccountId, by: ParticipantId, part: PartId, outcome: Outcome);
}

/// A part type's rules for its cores, set by its manufacturer.
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
pub struct CorePolicy {
	/// The standard an inspector must be certified for to grade its cores.
	pub grading_standard: StandardId,
	/// The standard a tester must be certified for to sign off an outcome.
	pub testing_standard: StandardId,
}

/// A returned core as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display, BlockNumber: serde::Serialize"
	))
)]
pub struct CoreView<AccountId, Balance, BlockNumber> {
	pub part: PartId,
	pub part_type: PartTypeId,
	/// The life that ended when it was returned.
	pub life: u32,
	pub returned_by: ParticipantId,
	pub returned_at: BlockNumber,
	/// The latest grading.
	pub grade: Option<GradeView<BlockNumber>>,
	/// Its market listing, if it is for sale.
	pub listing: Option<ListingView<AccountId, Balance, BlockNumber>>,
}

/// A core's grading: the grade, the inspection report's hash, the inspector, when.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct GradeView<BlockNumber> {
	pub grade: Grade,
	pub report: H256,
	pub inspector: ParticipantId,
	pub at: BlockNumber,
}

/// A live bid on a listed core: the amount is held on the bidder's account.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display"))
)]
pub struct BidView<AccountId, Balance> {
	pub account: AccountId,
	/// The bidder's organisation.
	pub participant: ParticipantId,
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub amount: Balance,
}

/// A core for sale, with its bids.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display, BlockNumber: serde::Serialize"
	))
)]
pub struct ListingView<AccountId, Balance, BlockNumber> {
	pub seller: ParticipantId,
	/// The account the price would be paid to now: the seller's account of record (its
	/// admin account).
	pub seller_account: AccountId,
	/// The least the seller accepts.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub reserve: Balance,
	pub listed_at: BlockNumber,
	/// The highest bid's account.
	pub best: Option<AccountId>,
	/// Every live bid.
	pub bids: Vec<BidView<AccountId, Balance>>,
}

/// A remanufacture licence as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct LicenceView<BlockNumber> {
	pub part_type: PartTypeId,
	/// The part type's manufacturer that granted it.
	pub licensor: ParticipantId,
	pub licensee: ParticipantId,
	/// Units it may remanufacture per period.
	pub units: u32,
	pub period: BlockNumber,
	/// First block at which it no longer holds.
	pub expires_at: BlockNumber,
	/// Hash of the access grant to the specification and test data.
	pub spec_access: H256,
	/// Units remanufactured in the current period, and what is left of it.
	pub used: u32,
	pub remaining: u32,
}

/// The outcome that ended a part's life `life` (and, unless recycled, started the next).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct OutcomeView<BlockNumber> {
	pub life: u32,
	pub outcome: Outcome,
	/// The participant that did the work.
	pub by: ParticipantId,
	/// Hashes of the process description and of the test report.
	pub process: H256,
	pub test_report: H256,
	/// The certified tester.
	pub tester: ParticipantId,
	pub at: BlockNumber,
}

/// A core deposit as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display, BlockNumber: serde::Serialize"
	))
)]
pub struct ChargeView<AccountId, Balance, BlockNumber> {
	pub id: ChargeId,
	pub seller: ParticipantId,
	/// The account a forfeited deposit would be paid to now: the seller's account of
	/// record (its admin account).
	pub seller_account: AccountId,
	pub buyer: ParticipantId,
	/// The sold part; a core of its type refunds the deposit.
	pub part: PartId,
	pub part_type: PartTypeId,
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub amount: Balance,
	/// The buyer's account holding the deposit, once paid.
	pub paid_by: Option<AccountId>,
	/// Until `delivered_at`: the block by which the part must reach the buyer (or the
	/// deposit goes back); from then on: the block before which a core must be returned.
	pub return_by: BlockNumber,
	/// When the part was seen to reach the buyer; `None` until then.
	pub delivered_at: Option<BlockNumber>,
}

sp_api::decl_runtime_apis! {
	/// Queries about cores, the core market, licences and core deposits.
	pub trait CoresApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A returned core, with its grade and listing.
		fn core(part: PartId) -> Option<CoreView<AccountId, Balance, BlockNumber>>;
		/// A part type's core policy.
		fn policy(part_type: PartTypeId) -> Option<CorePolicy>;
		/// A licence, with its use in the current period.
		fn licence(part_type: PartTypeId, licensee: ParticipantId) -> Option<LicenceView<BlockNumber>>;
		/// The outcomes that ended each of a part's lives so far, oldest first.
		fn outcomes(part: PartId) -> Vec<OutcomeView<BlockNumber>>;
		/// A core deposit.
		fn charge(id: ChargeId) -> Option<ChargeView<AccountId, Balance, BlockNumber>>;
	}
}
