//! The records this pallet stores.

use amchain_primitives::{
	participants::ParticipantId,
	parts::PartId,
	warranties::{ClaimId, ClaimStatus, PendingWithdrawal, WarrantyId, WarrantyKind},
};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{traits::fungible::Inspect, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

use crate::Config;

pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// The parts of an assembly a repair warranty covers.
pub type CoversOf<T> = BoundedVec<PartId, <T as Config>::MaxCovered>;
pub type WarrantyOf<T> = Warranty<CoversOf<T>, BlockNumberFor<T>>;
pub type ClaimOf<T> =
	Claim<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;
pub type ReserveOf<T> = Reserve<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
pub type WithdrawalOf<T> = PendingWithdrawal<BalanceOf<T>, BlockNumberFor<T>>;

/// A warranty on one life of a part. Its holder is whoever owns the part: it is not
/// stored, so it cannot go stale.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Warranty<Covers, BlockNumber> {
	pub part: PartId,
	/// The life of the part it covers; it lapses when that life ends.
	pub life: u32,
	pub kind: WarrantyKind,
	pub issuer: ParticipantId,
	/// Hash of the coverage terms.
	pub coverage: H256,
	/// For a repair warranty: the parts installed in it that it covers (empty: all).
	pub covers: Covers,
	pub issued_at: BlockNumber,
	/// First block at which it no longer holds.
	pub expires_at: BlockNumber,
	/// Set when service by a provider the issuer did not authorise voided it: the
	/// service report's hash.
	pub voided: Option<H256>,
	/// The claim waiting for the issuer (one at a time).
	pub open_claim: Option<ClaimId>,
}

/// A claim under a warranty.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Claim<AccountId, Balance, BlockNumber> {
	pub warranty: WarrantyId,
	/// The holder's organisation when it claimed.
	pub claimant: ParticipantId,
	/// The account that filed it. A payment goes to the claimant organisation's admin
	/// account of record at payout time (to this account only if the organisation has
	/// none any more).
	pub account: AccountId,
	/// Hash of the evidence.
	pub evidence: H256,
	pub filed_at: BlockNumber,
	/// What the claimant asks from the issuer's reserve; no decision pays more.
	pub asked: Balance,
	/// What of `asked` the reserve held free of other claims at filing: counted in the
	/// issuer's `Committed` floor while the claim is open; the default payment.
	pub covered: Balance,
	/// The last block at which the issuer may reject it; after it the issuer may only
	/// approve paying at least `covered`, governance may rule it for `ClaimResponseTime`
	/// more, and after that anyone may settle it by default (paying `covered`).
	pub respond_by: BlockNumber,
	pub status: ClaimStatus<Balance>,
}

/// Funds an issuer holds on chain to pay approved claims.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Reserve<AccountId, Balance> {
	/// The issuer's account the reserve is held on.
	pub account: AccountId,
	pub amount: Balance,
}
