//! The records this pallet stores.

use amchain_primitives::{
	cores::{Grade, Outcome},
	participants::ParticipantId,
	parts::{PartId, PartTypeId, RecordIndex},
};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::traits::fungible::Inspect;
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

use crate::Config;

pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
pub type CoreOf<T> = CoreRecord<BlockNumberFor<T>>;
pub type ListingOf<T> =
	Listing<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
pub type BidOf<T> = Bid<BalanceOf<T>>;
pub type LicenceOf<T> = Licence<BlockNumberFor<T>>;
pub type OutcomeOf<T> = OutcomeRecord<BlockNumberFor<T>>;
pub type ChargeOf<T> =
	CoreCharge<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A part returned as a core, until an outcome starts its next life or ends it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct CoreRecord<BlockNumber> {
	pub part_type: PartTypeId,
	/// The life that ended with the return.
	pub life: u32,
	pub returned_by: ParticipantId,
	pub returned_at: BlockNumber,
	/// The latest grading.
	pub grading: Option<Grading<BlockNumber>>,
}

/// An inspector's grading of a core.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Grading<BlockNumber> {
	pub grade: Grade,
	/// Hash of the condition report.
	pub report: H256,
	pub inspector: ParticipantId,
	pub at: BlockNumber,
}

/// A core offered on the open market.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Listing<AccountId, Balance, BlockNumber> {
	pub seller: ParticipantId,
	/// The admin account that listed the core (a record of who acted). The price is paid
	/// to the seller's account of record at sale time (its admin account then), not here.
	pub seller_account: AccountId,
	/// The least the seller accepts.
	pub reserve: Balance,
	/// The highest bid's account; every other bid is a losing bid.
	pub best: Option<AccountId>,
	/// How many bids are live (at most `MaxBids`).
	pub bids: u32,
	pub listed_at: BlockNumber,
}

/// A bid on a core; `amount` is held on the bidder's account.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Bid<Balance> {
	/// The bidder's organisation (it becomes the core's owner if the bid is accepted).
	pub bidder: ParticipantId,
	pub amount: Balance,
}

/// A part type's manufacturer lets a remanufacturer remanufacture its parts.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Licence<BlockNumber> {
	/// Units per period.
	pub units: u32,
	/// The period's length in blocks.
	pub period: BlockNumber,
	/// First block at which the licence no longer holds.
	pub expires_at: BlockNumber,
	/// Hash of the access grant to the specification and test data.
	pub spec_access: H256,
	pub granted_at: BlockNumber,
	/// Start of the period `used` counts.
	pub period_start: BlockNumber,
	/// Units remanufactured in that period.
	pub used: u32,
}

/// How a core's life ended.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct OutcomeRecord<BlockNumber> {
	pub outcome: Outcome,
	/// The participant that did the work (and may warrant the new life).
	pub by: ParticipantId,
	/// Hash of the process description.
	pub process: H256,
	/// Hash of the test report.
	pub test_report: H256,
	/// The certified tester that signed the report.
	pub tester: ParticipantId,
	pub at: BlockNumber,
}

/// A core deposit on the sale of a part: the buyer holds `amount` until it returns a
/// core of the part's type (refunded) or `return_by` passes (paid to the seller).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct CoreCharge<AccountId, Balance, BlockNumber> {
	pub seller: ParticipantId,
	/// The admin account that asked for the deposit (a record of who acted). A forfeited
	/// deposit goes to the seller's account of record at payout time, not here.
	pub seller_account: AccountId,
	pub buyer: ParticipantId,
	/// The sold part.
	pub part: PartId,
	pub part_type: PartTypeId,
	pub amount: Balance,
	/// The buyer's account the deposit is held on, once paid.
	pub paid_by: Option<AccountId>,
	/// Until the part reaches the buyer (`delivered_at`): the block by which it must, or
	/// the deposit goes back to the buyer. From then on: the block before which a core
	/// must be returned, or the deposit goes to the seller.
	pub return_by: BlockNumber,
	/// The term the buyer has to return a core, from the part's delivery.
	pub return_within: BlockNumber,
	/// When the part was seen to reach the buyer (its custody passed to the buyer's
	/// organisation); `None` until then.
	pub delivered_at: Option<BlockNumber>,
	/// The part's history record to read on from for the buyer's receipt of custody.
	pub read_from: RecordIndex,
}
