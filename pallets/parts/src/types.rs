//! The records this pallet stores.

use amchain_primitives::{
	certifications::{CertificationId, StandardId},
	participants::ParticipantId,
	parts::{
		CascadeStage, Handover, HistoryRecord, LotId, PartId, PartStatus, PartTypeId, RecordIndex,
		TagKey, Unit,
	},
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;

use crate::Config;

/// A part type's code (e.g. a GTIN) or a lot's material code.
pub type CodeOf<T> = BoundedVec<u8, <T as Config>::MaxCodeLen>;
/// A specification URI.
pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLen>;
/// A part's serial number.
pub type SerialOf<T> = BoundedVec<u8, <T as Config>::MaxSerialLen>;
/// The standards a part type requires.
pub type StandardsOf<T> = BoundedVec<StandardId, <T as Config>::MaxRequiredStandards>;
/// A history record as this runtime stores it.
pub type HistoryRecordOf<T> =
	HistoryRecord<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
pub type PartTypeOf<T> = PartTypeRecord<CodeOf<T>, UriOf<T>, StandardsOf<T>>;
pub type PartOf<T> = PartRecord<SerialOf<T>, BlockNumberFor<T>>;
pub type LotOf<T> = LotRecord<CodeOf<T>, BlockNumberFor<T>>;
pub type OfferOf<T> = Offer<BlockNumberFor<T>>;
pub type TagRequestOf<T> = TagRequest<BlockNumberFor<T>>;
/// A batch: the parts of one type registered under one certification (what
/// `RecallTarget::Batch` recalls).
pub type BatchOf = (PartTypeId, CertificationId);

/// A specification parts are made to, defined by a manufacturer.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PartTypeRecord<Code, Uri, Standards> {
	/// The manufacturer that defined it; the only participant that registers parts of it.
	pub manufacturer: ParticipantId,
	/// Its code, e.g. a GTIN; unique on the chain.
	pub code: Code,
	/// Hash of the specification document.
	pub spec_hash: H256,
	/// Where the specification is published.
	pub spec_uri: Uri,
	/// Standards the maker must be certified for when registering a part.
	pub required_standards: Standards,
}

/// A serialised part.
///
/// `owner` and `custodian` are authoritative while the part stands alone; while it is
/// installed they keep the values it had when installed, and the part's effective owner
/// and custodian are those of the top of its assembly (see `Pallet::holder`).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PartRecord<Serial, BlockNumber> {
	pub part_type: PartTypeId,
	pub serial: Serial,
	/// The manufacturer that registered it.
	pub maker: ParticipantId,
	/// The certification its production was registered against.
	pub certification: Option<CertificationId>,
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	pub status: PartStatus,
	/// The part it is installed in.
	pub parent: Option<PartId>,
	/// How many parts are installed in it.
	pub children: u32,
	/// An upper bound on the levels of parts installed below it (0: none). It grows when
	/// parts are installed and is not lowered when they are removed.
	pub height: u32,
	/// Its physical tag's public key.
	pub tag: Option<TagKey>,
	/// Why it is quarantined, if it is (hash of the recall notice).
	pub quarantine: Option<H256>,
	/// When a customer activated it.
	pub activated_at: Option<BlockNumber>,
	pub registered_at: BlockNumber,
	/// 1 for its first life, one more for each remanufacture.
	pub life: u32,
}

/// A lot of raw material.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct LotRecord<Code, BlockNumber> {
	/// The material's code.
	pub material: Code,
	pub unit: Unit,
	/// The producer that registered it.
	pub producer: ParticipantId,
	pub certification: Option<CertificationId>,
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	/// The quantity registered.
	pub quantity: u64,
	/// The quantity not yet consumed; 0 means the lot is used up for good.
	pub remaining: u64,
	pub quarantine: Option<H256>,
	pub registered_at: BlockNumber,
}

/// An open offer to hand over ownership or custody.
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
pub struct Offer<BlockNumber> {
	pub from: ParticipantId,
	pub to: ParticipantId,
	pub made_at: BlockNumber,
}

/// What a recall quarantines.
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
pub enum RecallTarget {
	/// One part.
	Part(PartId),
	/// One lot.
	Lot(LotId),
	/// Every part of a type registered under one certification (a batch made while a
	/// process was out of control).
	Batch { part_type: PartTypeId, certification: CertificationId },
}

/// What a participant reports about a part or lot with [`Pallet::report`](crate::Pallet::report).
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
pub enum ReportKind {
	/// An inspection: by the owner, or an auditor the owner authorised.
	Inspection,
	/// A measurement: by the owner, the custodian, or anyone the owner authorised.
	Measurement,
	/// A service step: by the owner, or a service provider the owner authorised.
	Service,
}

/// Who may hand an item over, and whether it may move at all.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Holder {
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
}

impl Holder {
	/// The participant that hands over `handover`.
	pub fn of(&self, handover: Handover) -> ParticipantId {
		match handover {
			Handover::Ownership => self.owner,
			Handover::Custody => self.custodian,
		}
	}
}

/// A part owner's pending request to bind a new tag key (see `Pallet::request_tag`).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct TagRequest<BlockNumber> {
	/// The new tag's key, proven by its signature at the request.
	pub key: TagKey,
	/// The owner that asked: the request lapses when the part changes owner.
	pub owner: ParticipantId,
	/// The first block at which it can no longer be consented to.
	pub expires_at: BlockNumber,
}

/// A recall cascade: the walk from a recalled lot or part to everything made from it.
///
/// The walk is a queue of items (`CascadeQueue`, positions `head..tail`) whose histories
/// are read record by record from `cursor`: a lot's `ConsumedInto` records name the parts
/// made from it, its `SplitInto` records the lots split from it (queued in turn), a part's
/// `TransformedInto` records the parts it became (held and queued). Every part reached is
/// held once (`CascadeHolds`, naming the item it was reached through).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Cascade<AccountId, BlockNumber> {
	/// The recall notice's hash.
	pub reason: H256,
	pub stage: CascadeStage,
	/// The account its history records name (the recalling, or releasing, account; or
	/// governance's).
	pub actor: AccountId,
	/// The participant they name (the recall's authority).
	pub participant: ParticipantId,
	/// The queue position being walked.
	pub head: u32,
	/// The position the next queued item takes.
	pub tail: u32,
	/// The next history record to read of the item at `head`.
	pub cursor: RecordIndex,
	/// How many parts it holds now.
	pub held: u32,
	/// Releasing: the hold lifted last (the next is found after it).
	pub lifted: Option<PartId>,
	/// When it was recalled (last).
	pub started_at: BlockNumber,
}

pub type CascadeOf<T> = Cascade<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
