//! Parts and lots: what pallet-parts records, and how other pallets (cores,
//! warranties, the contracts' chain extension) read and advance a part's life.

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	DispatchResult,
};

use crate::{
	certifications::{CertificationId, StandardId},
	participants::ParticipantId,
	warranties::VoidedWarranties,
	BlockNumber, Moment,
};

/// A part type: a specification such as a GTIN, defined by a manufacturer.
pub type PartTypeId = u32;

/// A serialised part.
pub type PartId = u64;

/// A lot of raw material.
pub type LotId = u64;

/// The position of a record in an item's history, oldest first from 0.
pub type RecordIndex = u32;

/// Something with a history and a holder: a serialised part or a lot.
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
pub enum Item {
	Part(PartId),
	Lot(LotId),
}

/// The two things that change hands separately (white paper 6.4: a carrier holds a
/// part its buyer already owns).
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
pub enum Handover {
	/// Title to the item.
	Ownership,
	/// Physical possession of the item.
	Custody,
}

/// Where a part is in its life.
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
pub enum PartStatus {
	/// In use or in trade on its own.
	Active,
	/// Installed in a parent part; it moves with the parent.
	Installed,
	/// Transformed into another part; its life has ended.
	Consumed,
	/// Returned at the end of a life as a core, for grading and remanufacture.
	ReturnedAsCore,
	/// Scrapped by its owner; its life has ended.
	Scrapped,
	/// Recycled as material; its life has ended.
	Recycled,
}

impl PartStatus {
	/// Whether the status ends the part's existence for good.
	pub const fn is_final(self) -> bool {
		matches!(self, PartStatus::Consumed | PartStatus::Scrapped | PartStatus::Recycled)
	}

	/// Whether a part may go from this status to `to` in one step.
	///
	/// ```text
	/// Active ⇄ Installed            (install, remove)
	/// Active → Consumed | Scrapped  (transformation, scrapping)
	/// Active → ReturnedAsCore       (end of a life; pallet-cores)
	/// ReturnedAsCore → Active       (remanufactured, reconditioned or repaired: a new life)
	/// ReturnedAsCore → Recycled | Scrapped
	/// ```
	pub const fn can_become(self, to: PartStatus) -> bool {
		use PartStatus::*;
		matches!(
			(self, to),
			(Active, Installed)
				| (Installed, Active)
				| (Active, Consumed)
				| (Active, Scrapped)
				| (Active, ReturnedAsCore)
				| (ReturnedAsCore, Active)
				| (ReturnedAsCore, Recycled)
				| (ReturnedAsCore, Scrapped)
		)
	}
}

/// The public key of a part's physical tag (NFC chip, secure element).
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
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(tag = "scheme", content = "publicKey", rename_all = "lowercase"))]
pub enum TagKey {
	Sr25519(#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::hex"))] [u8; 32]),
	Ed25519(#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::hex"))] [u8; 32]),
	/// A compressed secp256k1 public key.
	Ecdsa(#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::hex"))] [u8; 33]),
}

/// What a reader asks a tag to sign: a recent block (by number and hash, so the
/// answer cannot have been prepared in advance) and the reader's random nonce.
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
pub struct TagChallenge {
	/// A recent block's number.
	pub block: BlockNumber,
	/// That block's hash.
	pub block_hash: H256,
	/// The reader's random nonce.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::hex"))]
	pub nonce: [u8; 16],
}

impl TagChallenge {
	/// Domain separation for the bytes a tag signs.
	pub const CONTEXT: &'static [u8] = b"amchain/tag-challenge/v1";

	/// The exact bytes the tag signs: [`Self::CONTEXT`] followed by the SCALE encoding
	/// of the challenge. (ecdsa tags sign their blake2-256 hash, as Substrate does.)
	pub fn message(&self) -> Vec<u8> {
		let mut message = Self::CONTEXT.to_vec();
		self.encode_to(&mut message);
		message
	}

	/// The challenge's identity for replay protection.
	pub fn id(&self) -> H256 {
		<BlakeTwo256 as Hash>::hash(&self.message())
	}
}

/// What a tag signs to be bound to a part (`Parts.request_tag`): [`TAG_BINDING_CONTEXT`]
/// followed by the SCALE encoding of (the chain's genesis hash, the part type, the
/// serial, the key it replaces). The signature proves the key is the tag's, for this part
/// on this chain, in place of this key only: once bound, or once the part's key changed
/// otherwise, it cannot be replayed.
pub fn tag_binding_message(
	genesis: H256,
	part_type: PartTypeId,
	serial: &[u8],
	replaces: Option<TagKey>,
) -> Vec<u8> {
	let mut message = TAG_BINDING_CONTEXT.to_vec();
	(genesis, part_type, serial, replaces).encode_to(&mut message);
	message
}

/// Domain separation for the bytes a tag signs to be bound to a part.
pub const TAG_BINDING_CONTEXT: &[u8] = b"amchain/tag-binding/v1";

/// The answer to "is this the real part?" (white paper 5.2).
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
pub enum TagVerdict {
	/// The tag bound to this part signed this fresh challenge.
	Authentic,
	/// No part has this serial (for this part type), or no part has this id.
	UnknownPart,
	/// The part was registered without a tag.
	NoTag,
	/// The signature is not the part's tag's (a cloned or foreign tag), or the
	/// signature scheme does not match the tag's.
	WrongKey,
	/// The challenge's block is not one of the recent blocks the chain accepts, or
	/// its hash is not that block's.
	StaleChallenge,
	/// The challenge was already used for a recorded scan.
	Replayed,
}

/// What a history record says happened. Records are never rewritten: a
/// correction is a new record pointing at the one it corrects.
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
pub enum RecordKind {
	/// The part or lot was registered by its maker under a certification.
	Registered { certification: Option<CertificationId> },
	/// Its holder offered ownership or custody to a participant.
	Offered { handover: Handover, to: ParticipantId },
	/// The receiver accepted (goods receipt): ownership or custody passed.
	Accepted { handover: Handover, from: ParticipantId },
	/// The receiver rejected the offer.
	Rejected { handover: Handover, by: ParticipantId },
	/// The sender withdrew the offer.
	OfferCancelled { handover: Handover },
	/// A customer activated the product at purchase.
	Activated,
	/// Installed into a parent part.
	InstalledIn { parent: PartId },
	/// Removed from a parent part.
	RemovedFrom { parent: PartId },
	/// A child part was installed into this one.
	ChildInstalled { child: PartId },
	/// A child part was removed from this one.
	ChildRemoved { child: PartId },
	/// Material from a lot went into this part.
	MaterialConsumed { lot: LotId, quantity: u64 },
	/// Material of this lot went into a part.
	ConsumedInto { part: PartId, quantity: u64 },
	/// This part was transformed into another part.
	TransformedInto { part: PartId },
	/// Another part was transformed into this one.
	MadeFrom { part: PartId },
	/// An inspection (by the owner or an authorised auditor).
	Inspection,
	/// A measurement (e.g. a sensor reading).
	Measurement,
	/// A service step (by the owner or an authorised service provider).
	Service,
	/// A verified scan of the part's tag.
	Scanned,
	/// Quarantined by a recall; `data` is the reason's hash.
	Quarantined,
	/// Released from quarantine.
	Released,
	/// Its status changed (e.g. returned as a core, scrapped, recycled, a new life).
	StatusChanged { from: PartStatus, to: PartStatus },
	/// A correction of the record at `of`; `data` is the corrected content's hash.
	Correction { of: RecordIndex },
	/// A warranty on the part was voided (e.g. service by a provider its issuer did not
	/// authorise); `data` is the hash of the service record that voided it.
	WarrantyVoided { warranty: u64 },
	/// Ownership or custody passed to `to` in a settlement another pallet made (a core
	/// sold on the market): recorded by whoever settled it, naming the receiver.
	Transferred { handover: Handover, to: ParticipantId },
	/// `quantity` of this lot's material became lot `lot` (a split).
	SplitInto { lot: LotId, quantity: u64 },
	/// This lot was split from lot `lot`, taking `quantity` of its material.
	SplitFrom { lot: LotId, quantity: u64 },
	/// The part's tag key was replaced (a lost or damaged tag) at its owner's request,
	/// with the consent of the recording participant (the type's manufacturer or a
	/// service provider the owner authorised); `data` is the blake2-256 hash of the SCALE
	/// encoding of (old key, new key), which the `TagReplaced` event carries.
	TagReplaced,
	/// A recall of `cause` (a lot or a part) reached this part, made from it: the part is
	/// held as a quarantined one is (`Parts.recall`, the recall cascade); `data` is the
	/// recall notice's hash.
	Held { cause: Item },
	/// The recall of `cause` was released and its hold on this part lifted.
	Unheld { cause: Item },
}

/// One entry of a part's or lot's life history.
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
pub struct HistoryRecord<AccountId, BlockNumber> {
	/// The block that recorded it.
	pub block: BlockNumber,
	/// The extrinsic's index in that block (`None` when a hook recorded it).
	pub extrinsic: Option<u32>,
	/// The block's time (milliseconds since the Unix epoch).
	pub time: Moment,
	/// The reporter's own UTC time in microseconds since the Unix epoch, where a device
	/// provides one (white paper appendix 3).
	pub reported_at: Option<u64>,
	/// The account that made the record.
	pub actor: AccountId,
	/// The organisation it acted for.
	pub participant: ParticipantId,
	pub kind: RecordKind,
	/// Hash of the record's off-chain data (report, measurement, reason); zero if none.
	pub data: H256,
}

/// A part as other pallets and the contracts' chain extension see it: its record and its
/// holders, read in one pass (the part, then one walk up its assembly).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct PartSummary {
	pub part_type: PartTypeId,
	/// The manufacturer that registered it.
	pub maker: ParticipantId,
	/// Who owns it and who holds it physically: for an installed part, those of the
	/// assembly's top part.
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	pub status: PartStatus,
	/// The part it is installed in, if any.
	pub parent: Option<PartId>,
	/// Which life it is in: 1 when made, one more after each remanufacture.
	pub life: u32,
	/// Whether a recall holds it: itself, its batch, or any part (or batch) anywhere in
	/// the assembly it moves with (from its top down). It cannot change hands.
	pub quarantined: bool,
}

/// A lot as other pallets and the contracts' chain extension see it.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct LotSummary {
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	/// The quantity not yet consumed (0: used up).
	pub remaining: u64,
	/// Whether a recall holds it (its own, or that of the lot it was split from): it
	/// cannot change hands.
	pub quarantined: bool,
}

/// Read-only questions about parts, for other pallets and the contracts' chain
/// extension. Implemented by pallet-parts.
pub trait PartsInspector {
	/// A part's type, maker, holders, status, parent, life and quarantine, in one read.
	fn summary(part: PartId) -> Option<PartSummary>;
	/// The manufacturer that defined a part type.
	fn type_manufacturer(part_type: PartTypeId) -> Option<ParticipantId>;
	/// The id the next part registered gets: parts below it were registered before now
	/// (ids are given in registration order).
	fn next_part_id() -> PartId;
	/// The open offer of ownership or custody: (from, to).
	fn open_offer(part: PartId, handover: Handover) -> Option<(ParticipantId, ParticipantId)>;
	/// Whether the part's owner authorised `participant` to report on it, now.
	fn is_authorised(part: PartId, participant: ParticipantId) -> bool;
	/// A lot's holders, what is left of it and whether a recall holds it.
	fn lot_summary(lot: LotId) -> Option<LotSummary>;
	/// Reads `item`'s history from record `from` (at most `limit` records, none past
	/// its end): the index of the first record in which `to` accepted `handover` of the
	/// item (an offer it accepted), if any, and the index to read on from (after that
	/// record, or after the last one read). `None`: no such item. A fact of the past
	/// that later hand-overs do not undo ("did custody pass to X after record N").
	fn receipt(
		item: Item,
		handover: Handover,
		to: ParticipantId,
		from: RecordIndex,
		limit: u32,
	) -> Option<(Option<RecordIndex>, RecordIndex)>;
	/// Whether a recall holds the part: itself, its batch, or a part quarantined anywhere
	/// in its assembly (then it cannot change hands).
	fn is_held(part: PartId) -> bool;
	/// Whether the assembly the part is in (or the part itself, standing alone) is locked
	/// ([`AssemblyLock`]: a listed core): then no warranty claim is made on it either.
	fn in_locked_assembly(part: PartId) -> bool;
}

/// Whether an assembly is locked: no part may be installed in it or removed from it.
/// pallet-cores locks a core while it is listed, so what bidders bid on is what the buyer
/// gets (issue 18 item 12); pallet-parts asks for the top of the assembly a change
/// touches.
pub trait AssemblyLock {
	/// Whether the assembly whose top part is `top` is locked.
	fn is_locked(top: PartId) -> bool;
}

/// Nothing is ever locked.
impl AssemblyLock for () {
	fn is_locked(_: PartId) -> bool {
		false
	}
}

/// Told of every service record pallet-parts appends to a part's history.
/// pallet-warranties voids the warranties whose issuer neither is the provider nor
/// authorised it, and answers which; pallet-parts, the only writer of part histories,
/// records each voided warranty in the part's history.
pub trait OnService {
	/// `provider` serviced `part`; `report` is the service report's hash, as recorded.
	/// Returns the warranties the service voided.
	fn on_service(part: PartId, provider: ParticipantId, report: H256) -> VoidedWarranties;
	/// The most weight [`OnService::on_service`] takes (the history records pallet-parts
	/// writes for what it returns are pallet-parts' to charge).
	fn weight() -> sp_runtime::Weight;
}

impl OnService for () {
	fn on_service(_: PartId, _: ParticipantId, _: H256) -> VoidedWarranties {
		VoidedWarranties::new()
	}
	fn weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}

/// Sets up part types and parts for other pallets' benchmarks. Implemented by
/// pallet-parts.
#[cfg(feature = "runtime-benchmarks")]
pub trait PartsBenchmarkHelper<AccountId> {
	/// A part type of `manufacturer` (admin account `admin`) requiring no standard.
	fn part_type(admin: &AccountId, manufacturer: ParticipantId) -> PartTypeId;
	/// A new active part of `part_type`, registered by `admin` (of the type's
	/// manufacturer) and owned and held by the manufacturer.
	fn part(admin: &AccountId, part_type: PartTypeId) -> PartId;
	/// `admin`'s organisation, the part's owner, authorises `participant` to report on it.
	fn authorise(admin: &AccountId, part: PartId, participant: ParticipantId);
	/// `admin`'s organisation installs `part` in `parent` (it owns and holds both).
	fn install(admin: &AccountId, part: PartId, parent: PartId);
	/// A new part of `part_type` at the bottom of an assembly as deep as the chain allows
	/// (each level a new part of the same type, all `admin`'s organisation's).
	fn deepest_part(admin: &AccountId, part_type: PartTypeId) -> PartId;
	/// `admin`'s organisation offers custody of `part` to `to`.
	fn offer_custody(admin: &AccountId, part: PartId, to: ParticipantId);
	/// `admin`'s organisation hands ownership and custody of its stand-alone `part` to
	/// `to` at once (as a settled sale does).
	fn give(admin: &AccountId, part: PartId, to: ParticipantId);
	/// `admin`'s organisation (the part's owner) appends `n` inspection records to the
	/// part's history.
	fn inspections(admin: &AccountId, part: PartId, n: u32);
	/// A new lot of `admin`'s organisation (a producer), owned and held by it: split from
	/// a registered lot as deep as splits nest, so that its hold check reads the most it
	/// can (every lot above it).
	fn lot(admin: &AccountId) -> LotId;
	/// `admin`'s organisation (a manufacturer) installs in `part` one new certified part of
	/// each of `MaxBatchesBelow` new batches, so that every hold check of the assembly reads
	/// the most batches it can (a hand-over's, or a market sale's, worst case).
	fn fill_batches(admin: &AccountId, part: PartId);
}

/// How pallet-cores (and others) advance a part's life. Implemented by pallet-parts;
/// every change is written to the part's history.
pub trait PartsLifecycle<AccountId> {
	/// Moves a part to `to`, if [`PartStatus::can_become`] allows it and the part is not
	/// installed in (or, for `Installed`, installing into) anything; going from
	/// `ReturnedAsCore` to `Active` starts its next life. `actor` acts for
	/// `participant`; `data` is the hash of the supporting document.
	fn set_status(
		part: PartId,
		to: PartStatus,
		actor: &AccountId,
		participant: ParticipantId,
		data: H256,
	) -> DispatchResult;

	/// Moves ownership (and custody) of a part that is not installed and not
	/// quarantined to `to`, closing any open offers (a settled core sale).
	fn transfer(
		part: PartId,
		to: ParticipantId,
		actor: &AccountId,
		participant: ParticipantId,
	) -> DispatchResult;

	/// Appends a record of `kind` to a part's history.
	fn record(
		part: PartId,
		kind: RecordKind,
		actor: &AccountId,
		participant: ParticipantId,
		data: H256,
	) -> DispatchResult;
}

/// A part type as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct PartTypeView {
	pub id: PartTypeId,
	pub manufacturer: ParticipantId,
	/// Its code, e.g. a GTIN (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub code: Vec<u8>,
	/// Hash of the specification document.
	pub spec_hash: H256,
	/// Where the specification is published (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub spec_uri: Vec<u8>,
	/// Standards a maker must be certified for.
	pub required_standards: Vec<StandardId>,
}

/// A part as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct PartView<BlockNumber> {
	pub id: PartId,
	pub part_type: PartTypeId,
	/// Its serial number (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub serial: Vec<u8>,
	/// The manufacturer that registered it, and under which certification.
	pub maker: ParticipantId,
	pub certification: Option<CertificationId>,
	/// Owner and custodian (for an installed part, those of its assembly).
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	pub status: PartStatus,
	pub parent: Option<PartId>,
	/// Parts installed in it.
	pub children: u32,
	pub tag: Option<TagKey>,
	pub quarantined: bool,
	pub activated_at: Option<BlockNumber>,
	pub registered_at: BlockNumber,
	pub life: u32,
	/// Records in its history.
	pub records: u32,
}

/// A lot as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct LotView<BlockNumber> {
	pub id: LotId,
	/// The material's code (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub material: Vec<u8>,
	pub unit: Unit,
	pub producer: ParticipantId,
	pub certification: Option<CertificationId>,
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	/// Quantity registered, and what is left.
	pub quantity: u64,
	pub remaining: u64,
	/// Whether a recall holds it: its own, or that of the lot it was split from.
	pub quarantined: bool,
	/// The block its material was registered at (for a split lot, the original lot's).
	pub registered_at: BlockNumber,
	pub records: u32,
}

/// The unit a lot's quantity is counted in.
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
pub enum Unit {
	Pieces,
	Grams,
	Millilitres,
	Millimetres,
	SquareMillimetres,
}

/// One record of an item's history with its position (JSON: the index beside the
/// record's fields).
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
pub struct HistoryEntry<AccountId, BlockNumber> {
	pub index: RecordIndex,
	#[cfg_attr(feature = "std", serde(flatten))]
	pub record: HistoryRecord<AccountId, BlockNumber>,
}

/// A page of an item's history and how long the whole history is.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
pub struct HistoryPage<AccountId, BlockNumber> {
	/// Records in the whole history.
	pub total: RecordIndex,
	pub records: Vec<HistoryEntry<AccountId, BlockNumber>>,
}

/// Where a recall cascade stands (`Parts.recall`).
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
pub enum CascadeStage {
	/// Walking what was made from the recalled item, a bounded number of steps a block.
	Spreading,
	/// Everything reached is held, until the recall is released.
	Held,
	/// Released: the holds it placed are being lifted, a bounded number a block.
	Releasing,
}

/// A part a recall cascade holds, and how the recall reached it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ImpactEntry {
	pub part: PartId,
	/// From the recalled item to this part: the lots split from it and the parts
	/// transformed on the way, the part last.
	pub path: Vec<Item>,
	/// The assemblies it is installed in, nearest first: each is held with it.
	pub assemblies: Vec<PartId>,
}

/// A page of what a recall cascade holds.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct RecallImpact<BlockNumber> {
	pub stage: CascadeStage,
	/// The recall notice's hash.
	pub reason: H256,
	pub started_at: BlockNumber,
	/// How many parts it holds in all.
	pub held: u32,
	/// Items whose histories are still to be walked (0 once it is `Held`).
	pub queued: u32,
	/// Up to the page's limit of the parts it holds, in storage order (stable, not by id).
	pub entries: Vec<ImpactEntry>,
	/// The `after` to ask for the next page with, if there is more.
	pub next: Option<PartId>,
}

/// Which end of a history a page starts from.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub enum Order {
	OldestFirst,
	NewestFirst,
}

sp_api::decl_runtime_apis! {
	/// Queries about parts and lots, for wallets and machines (`state_call`, or the
	/// node's `amchain_*` RPC methods).
	#[api_version(2)]
	pub trait PartsApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// A part type's record.
		fn part_type(id: PartTypeId) -> Option<PartTypeView>;
		/// A part's record.
		fn part(id: PartId) -> Option<PartView<BlockNumber>>;
		/// The part with this serial number of this type.
		fn part_by_serial(part_type: PartTypeId, serial: Vec<u8>) -> Option<PartId>;
		/// A lot's record.
		fn lot(id: LotId) -> Option<LotView<BlockNumber>>;
		/// Up to `limit` (at most [`MAX_PAGE`](crate::MAX_PAGE)) records of an item's
		/// history starting at record `from` (counted from the oldest or the newest end),
		/// with their indices and the history's length; `None` for an unknown item.
		fn history(item: Item, order: Order, from: RecordIndex, limit: u32)
			-> Option<HistoryPage<AccountId, BlockNumber>>;
		/// Up to `limit` parts owned by a participant (not counting installed parts),
		/// in storage order (stable, not by id) after `after`.
		fn parts_of(owner: ParticipantId, after: Option<PartId>, limit: u32) -> Vec<PartId>;
		/// Up to `limit` parts installed in `parent`, in storage order (stable, not by id) after `after`.
		fn children(parent: PartId, after: Option<PartId>, limit: u32) -> Vec<PartId>;
		/// Whether `signature` is the part's tag's signature over `challenge`, fresh and
		/// unused.
		fn check_tag(part: PartId, challenge: TagChallenge, signature: sp_runtime::MultiSignature)
			-> TagVerdict;
		/// What the recall cascade of `root` (a recalled lot or part, `Parts.recall`)
		/// holds: its stage and up to `limit` (at most [`MAX_PAGE`](crate::MAX_PAGE))
		/// held parts after `after`, each with the path from `root` and the assemblies it
		/// is in; `None` when `root` has no cascade.
		#[api_version(2)]
		fn recall_impact(root: Item, after: Option<PartId>, limit: u32)
			-> Option<RecallImpact<BlockNumber>>;
	}
}
