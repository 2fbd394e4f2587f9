//! Warranties that follow a part (white paper 6.1): what pallet-warranties records, and
//! how the contracts' chain extension asks whether a part is under warranty.

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};
use sp_runtime::BoundedVec;

use crate::{
	cores::Outcome,
	participants::ParticipantId,
	parts::{PartId, PartTypeId},
};

/// A warranty.
pub type WarrantyId = u64;

/// A claim under a warranty.
pub type ClaimId = u64;

/// What kind of life a warranty covers, and so how long it may run against the part
/// type's new-warranty term (white paper 6.1).
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
pub enum WarrantyKind {
	/// A new part, by its manufacturer: the new-warranty term.
	New,
	/// A remanufactured part: at least the new-warranty term.
	Remanufactured,
	/// A reconditioned part: less than the new-warranty term.
	Reconditioned,
	/// A repaired part: less than the new-warranty term; may cover named parts of it only.
	Repair,
}

impl WarrantyKind {
	/// Every kind.
	pub const ALL: [WarrantyKind; 4] = [
		WarrantyKind::New,
		WarrantyKind::Remanufactured,
		WarrantyKind::Reconditioned,
		WarrantyKind::Repair,
	];

	/// The outcome of pallet-cores whose maker may issue this kind for the life it started
	/// (`None` for a new warranty: the first life starts with manufacture).
	pub const fn outcome(self) -> Option<Outcome> {
		match self {
			WarrantyKind::New => None,
			WarrantyKind::Remanufactured => Some(Outcome::Remanufactured),
			WarrantyKind::Reconditioned => Some(Outcome::Reconditioned),
			WarrantyKind::Repair => Some(Outcome::Repaired),
		}
	}

	/// Whether a term of `term` blocks keeps the kind's rule against the part type's
	/// new-warranty term `new`: new = new; remanufactured >= new; reconditioned and
	/// repair < new. A term is never zero.
	pub fn allows<N: PartialOrd + Default>(self, term: N, new: N) -> bool {
		term > N::default()
			&& match self {
				WarrantyKind::New => term == new,
				WarrantyKind::Remanufactured => term >= new,
				WarrantyKind::Reconditioned | WarrantyKind::Repair => term < new,
			}
	}
}

/// The most warranties a part can have in force at once, as pallet-warranties finds
/// them: through the latest warranty of each kind, so one per [`WarrantyKind`]. (Its
/// issuing rules are tighter, one in force at a time, since each life of a part admits
/// one kind; this bound does not lean on them.)
pub const MAX_IN_FORCE: u32 = WarrantyKind::ALL.len() as u32;

/// The warranties one service record voided (see [`crate::parts::OnService`]).
pub type VoidedWarranties = BoundedVec<WarrantyId, ConstU32<MAX_IN_FORCE>>;

/// How a claim was resolved.
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
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(tag = "status", rename_all = "camelCase"))]
#[cfg_attr(feature = "std", serde(bound(serialize = "Balance: core::fmt::Display")))]
pub enum ClaimStatus<Balance> {
	/// Waiting for the issuer.
	Open,
	/// Approved with a remedy (its document's hash) and a payment from the issuer's reserve.
	Approved {
		remedy: H256,
		#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
		paid: Balance,
	},
	/// Rejected, with the reason's hash.
	Rejected { reason: H256 },
	/// Withdrawn by the claimant before anyone decided it.
	Withdrawn,
	/// Decided by governance after the issuer let the response deadline pass: the
	/// ruling's document hash and what the issuer's reserve paid (zero: nothing awarded).
	Ruled {
		verdict: H256,
		#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
		paid: Balance,
	},
	/// Nobody decided it, neither the issuer by its deadline nor governance in the
	/// ruling time after it: the claim was paid what the reserve covered of it.
	Defaulted {
		#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
		paid: Balance,
	},
}

/// Whether a part is under warranty. Implemented by pallet-warranties for the contracts'
/// chain extension.
pub trait WarrantyInspector<BlockNumber> {
	/// A warranty on the part in force now, the longest-running if several are:
	/// (id, kind, first block it no longer holds).
	fn active_warranty(part: PartId) -> Option<(WarrantyId, WarrantyKind, BlockNumber)>;
}

/// Sets up warranties for other pallets' benchmarks. Implemented by pallet-warranties.
#[cfg(feature = "runtime-benchmarks")]
pub trait WarrantiesBenchmarkHelper<AccountId, BlockNumber> {
	/// `admin`'s organisation, `part_type`'s manufacturer, sets its new-warranty term.
	fn set_new_warranty_term(admin: &AccountId, part_type: PartTypeId, term: BlockNumber);
	/// `admin`'s organisation warrants `part` (in force from now, for `term` blocks).
	fn issue(admin: &AccountId, part: PartId, kind: WarrantyKind, term: BlockNumber);
}

/// A warranty as wallets see it, with whether it is in force at the queried block (the
/// node's `amchain_warranty*` methods return it as JSON as it is).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct WarrantyView<BlockNumber> {
	pub id: WarrantyId,
	pub part: PartId,
	pub part_type: PartTypeId,
	/// The life of the part it covers.
	pub life: u32,
	pub kind: WarrantyKind,
	pub issuer: ParticipantId,
	/// Hash of the coverage terms.
	pub coverage: H256,
	/// For a repair warranty: the parts of the assembly it covers (empty: all of it).
	pub covers: Vec<PartId>,
	pub issued_at: BlockNumber,
	/// First block at which it no longer holds.
	pub expires_at: BlockNumber,
	/// Why it was voided (hash of the service record that voided it), if it was.
	pub voided: Option<H256>,
	/// In force now: not voided, not expired, the part still in the life it covers.
	pub active: bool,
	/// The claim waiting for the issuer, if any.
	pub open_claim: Option<ClaimId>,
}

/// A claim as wallets see it (JSON: its status's fields beside the claim's, e.g.
/// `"status": "approved", "remedy": "0x…", "paid": "5000"`).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display, BlockNumber: serde::Serialize"
	))
)]
pub struct ClaimView<AccountId, Balance, BlockNumber> {
	pub id: ClaimId,
	pub warranty: WarrantyId,
	pub part: PartId,
	/// The holder's organisation and the account that filed it (a payment goes to the
	/// organisation's admin account at payout time).
	pub claimant: ParticipantId,
	pub account: AccountId,
	/// Hash of the evidence.
	pub evidence: H256,
	pub filed_at: BlockNumber,
	/// What the claimant asks from the issuer's reserve (zero: a remedy without payment).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub asked: Balance,
	/// What of `asked` the reserve held free of other claims when it was filed: set aside
	/// while the claim is open (the issuer can neither withdraw it nor pay it to others),
	/// and what the claim is paid if nobody decides it.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub covered: Balance,
	/// The last block at which the issuer may still reject; after it the issuer may only
	/// approve paying at least `covered`, and governance may rule until
	/// `respond_by + ClaimResponseTime`; after that anyone may settle it by default.
	pub respond_by: BlockNumber,
	#[cfg_attr(feature = "std", serde(flatten))]
	pub status: ClaimStatus<Balance>,
}

/// A claim as version 1 of [`WarrantiesApi`] returned it (before claims asked an amount
/// and had a response deadline).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ClaimViewV1<AccountId, Balance, BlockNumber> {
	pub id: ClaimId,
	pub warranty: WarrantyId,
	pub part: PartId,
	pub claimant: ParticipantId,
	pub account: AccountId,
	pub evidence: H256,
	pub filed_at: BlockNumber,
	pub status: ClaimStatus<Balance>,
}

/// An issuer's claim reserve as wallets see it (JSON: balances as decimal strings).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(
		serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display, BlockNumber: serde::Serialize"
	))
)]
pub struct ReserveView<AccountId, Balance, BlockNumber> {
	/// The issuer's account the reserve is held on.
	pub account: AccountId,
	/// What the reserve holds.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub amount: Balance,
	/// What the issuer's open claims set aside (their `covered` amounts): the floor
	/// below which it cannot withdraw.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub committed: Balance,
	/// An announced withdrawal: its amount and the first block it can be completed at.
	pub withdrawal: Option<PendingWithdrawal<Balance, BlockNumber>>,
}

/// A withdrawal from a claim reserve, announced and waiting out the notice.
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
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "Balance: core::fmt::Display, BlockNumber: serde::Serialize"))
)]
pub struct PendingWithdrawal<Balance, BlockNumber> {
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::decimal"))]
	pub amount: Balance,
	/// The first block at which it can be completed.
	pub at: BlockNumber,
	/// The last block at which it can be completed; then it lapses.
	pub until: BlockNumber,
}

sp_api::decl_runtime_apis! {
	/// Queries about warranties and claims.
	///
	/// Version 2: claims carry what they ask and their response deadline; `reserve`
	/// returns the reserve with its floor (what open claims ask) and any announced
	/// withdrawal.
	#[api_version(2)]
	pub trait WarrantiesApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// Up to `limit` warranties of a part after `after`, in storage order (stable, not
		/// by id), with whether each is in force now.
		fn warranties_of(part: PartId, after: Option<WarrantyId>, limit: u32) -> Vec<WarrantyView<BlockNumber>>;
		/// A warranty.
		fn warranty(id: WarrantyId) -> Option<WarrantyView<BlockNumber>>;
		/// A claim (version 1's view).
		#[changed_in(2)]
		fn claim(id: ClaimId) -> Option<ClaimViewV1<AccountId, Balance, BlockNumber>>;
		/// A claim.
		fn claim(id: ClaimId) -> Option<ClaimView<AccountId, Balance, BlockNumber>>;
		/// Open claims (version 1's view).
		#[changed_in(2)]
		fn open_claims(issuer: ParticipantId, after: Option<ClaimId>, limit: u32) -> Vec<ClaimViewV1<AccountId, Balance, BlockNumber>>;
		/// Up to `limit` open claims on an issuer's warranties after `after`, in storage
		/// order (stable, not by id).
		fn open_claims(issuer: ParticipantId, after: Option<ClaimId>, limit: u32) -> Vec<ClaimView<AccountId, Balance, BlockNumber>>;
		/// The new-warranty term of a part type, in blocks.
		fn new_warranty_term(part_type: PartTypeId) -> Option<BlockNumber>;
		/// An issuer's claim reserve: the account it is held on and the amount (version 1).
		#[changed_in(2)]
		fn reserve(issuer: ParticipantId) -> Option<(AccountId, Balance)>;
		/// An issuer's claim reserve, its floor and any announced withdrawal.
		fn reserve(issuer: ParticipantId) -> Option<ReserveView<AccountId, Balance, BlockNumber>>;
		/// The term a part's warranties are held to (the kinds' yardstick): its type's
		/// new-warranty term when it was made (version 2).
		fn yardstick(part: PartId) -> Option<BlockNumber>;
	}
}
