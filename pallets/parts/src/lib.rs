//! # pallet-parts
//!
//! The unalterable, ordered life history of every part (white paper 5.1, 5.2, 6.2,
//! 7.1): what it is, who made it under which certification, who owns it and who holds
//! it, what it is made of and installed in, and everything done to it since.
//!
//! ## Who does what
//!
//! **Manufacturers** (certified as their part types require)
//! - [`create_part_type`](Pallet::create_part_type): a specification (code such as a GTIN,
//!   spec hash and URI, required standards);
//! - [`register_part`](Pallet::register_part): a serialised part of one of their types,
//!   optionally bound to a physical tag's public key; each registration draws one unit of
//!   the cited certification's capacity (pallet-certifications).
//!
//! **Producers**
//! - [`register_lot`](Pallet::register_lot): a quantity of raw material, optionally under a
//!   certification whose capacity it draws.
//!
//! **Holders** (any account of the owning or holding organisation; offering ownership and
//! scrapping only its admin account, not a device: `NotAdmin`)
//! - [`offer`](Pallet::offer), [`cancel_offer`](Pallet::cancel_offer): offer ownership (the
//!   owner) or custody (the custodian) of a part or lot to another participant;
//! - [`accept_offer`](Pallet::accept_offer), [`reject_offer`](Pallet::reject_offer): the
//!   receiver's goods receipt (white paper 6.4) or refusal;
//! - [`install`](Pallet::install), [`uninstall`](Pallet::uninstall): assembly (bill of
//!   materials); installed parts move with their parent and cannot be handed over alone;
//! - [`consume`](Pallet::consume): material from a lot into a part, for good;
//!   [`transform`](Pallet::transform): a part into another part;
//! - [`activate`](Pallet::activate): a customer activates a product at purchase;
//! - [`scrap`](Pallet::scrap);
//! - [`authorise`](Pallet::authorise), [`deauthorise`](Pallet::deauthorise): let a service
//!   provider, auditor or other participant report on an item;
//! - [`report`](Pallet::report): inspections, measurements and service steps;
//! - [`correct`](Pallet::correct): a record's author declares it wrong (EPCIS error
//!   declaration): a new record points at the one it corrects, nothing is rewritten.
//!
//! **Anyone in the consortium**
//! - [`record_scan`](Pallet::record_scan): record a verified scan of a part's tag.
//!   Checking a tag needs no transaction: [`Pallet::check_tag`], exposed by the runtime
//!   API `PartsApi` and the node's `amchain_checkTag`.
//!
//! **Recalls** (a part type's manufacturer, a lot's producer, or `AdminOrigin`)
//! - [`quarantine`](Pallet::quarantine), [`release`](Pallet::release): a part, a lot, or
//!   every part of a type made under one certification; quarantined items cannot change
//!   hands until released, and neither can an assembly with a part
//!   quarantined (by `quarantine(Part)` or by a `quarantine(Batch)` of its batch) installed
//!   anywhere in it (`AssemblyQuarantined`) until that part is released or removed. A lot
//!   quarantine holds the lot and the lots split from it;
//! - [`recall`](Pallet::recall): a lot or a part and everything made from it, the recall
//!   cascade (white paper 5.1, 6.2): over the following blocks, within `MaxCascadeWeight`
//!   of each, every part that consumed the lot (or a lot split from it), every part one of
//!   those was transformed into, and every assembly any of them is installed in, is held
//!   as a quarantined part is; `release` lifts exactly those holds. See the `cascade`
//!   module and [`Pallet::recall_impact`] (`amchain_recallImpact`).
//!
//! **Locked assemblies**: `install`, `uninstall`, `consume`, `transform` and service
//! reports ask `Config::AssemblyLock` about the top of the assembly they change and
//! refuse a locked one (`AssemblyLocked`); `install` also refuses to put a locked part
//! into an assembly. In the runtime pallet-cores locks a listed core, so its seller cannot
//! strip it, add to it or void its parts' warranties after bids come in (issue 18 item
//! 12), and a part awaiting delivery under a core deposit, so its receipt is recorded in
//! its own history (item 14).
//!
//! ## History
//!
//! Every change to a part or lot appends a [`HistoryRecord`] (block, extrinsic index, on-chain
//! time, optional reporter time, actor, kind, data hash) to `History`, a map keyed by the
//! item and the record's index: appending costs the same at record 10 and record 100 000,
//! and reads are paged.
//!
//! ## Tags
//!
//! A reader asks a part's tag to sign a [`TagChallenge`]: a block among the last
//! `ChallengeLifetime` blocks, that block's hash and a random nonce. A signature over a
//! stale or unknown block is refused, as is a challenge already used for a recorded scan.
//! The used challenges of a block are pruned once it is no longer fresh; a pruned block
//! stays stale even if a runtime upgrade lengthens `ChallengeLifetime` (its challenges
//! could otherwise be replayed), and a shortened lifetime is caught up
//! [`MAX_BLOCKS_PRUNED`] blocks at a time.
//!
//! ## Genesis
//!
//! A chain may start with part types ([`GenesisConfig`]), each defined as
//! `create_part_type` defines it, by a manufacturer registered in pallet-certifications'
//! genesis.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use genesis::GenesisPartType;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::{traits::Get, weights::Weight};

/// How many challenge blocks `on_initialize` prunes at most in one block: one in the
/// steady state, more only while catching up after `ChallengeLifetime` was shortened.
pub const MAX_BLOCKS_PRUNED: u32 = 2;

use amchain_primitives::{
	certifications::{CertificationId, CertificationInspector, ProductionRegistry, StandardId},
	participants::{MemberKind, Membership, ParticipantId, ParticipantRegistry, Role},
	parts::{
		Handover, HistoryRecord, Item, LotId, OnService, PartId, PartStatus, PartTypeId,
		RecordIndex, RecordKind, TagChallenge, TagKey, TagVerdict, Unit,
	},
	warranties::MAX_IN_FORCE,
};

mod assembly;
#[cfg(feature = "runtime-benchmarks")]
mod benchmark_helper;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod cascade;
mod genesis;
mod handover;
mod history;
mod impl_traits;
mod invariants;
mod lifecycle;
mod lots;
pub mod migrations;
mod queries;
mod recall;
mod registry;
mod tags;
mod transformation;
mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::MultiSignature;

	/// 2: `QuarantinedBelow` counts the quarantined parts in each assembly
	/// ([`migrations::v2`]).
	/// 3: `BatchesBelow` and `BatchCountBelow` list the batches in each assembly
	/// ([`migrations::v3`]); `RecalledByGovernance` (new, empty) marks the quarantines the
	/// admin origin imposed.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who an account acts for (pallet-certifications).
		type Participants: ParticipantRegistry<Self::AccountId>;

		/// Who is certified for what (pallet-certifications).
		type Certifications: CertificationInspector<BlockNumberFor<Self>>;

		/// Certified production capacity that registrations draw on (pallet-certifications).
		type Production: ProductionRegistry;

		/// May quarantine and release anything: root on dev chains, the consortium's
		/// council on a consortium chain.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The on-chain time written into every history record.
		type UnixTime: UnixTime;

		/// Longest part type code or material code, in bytes.
		#[pallet::constant]
		type MaxCodeLen: Get<u32>;

		/// Longest specification URI, in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// Longest serial number, in bytes.
		#[pallet::constant]
		type MaxSerialLen: Get<u32>;

		/// The most standards a part type may require.
		#[pallet::constant]
		type MaxRequiredStandards: Get<u32>;

		/// The most parts installed directly in one part.
		#[pallet::constant]
		type MaxChildren: Get<u32>;

		/// The most levels of an assembly (a part in a part in a part … counts each).
		#[pallet::constant]
		type MaxAssemblyDepth: Get<u32>;

		/// The most distinct batches (part type and certification) installed below one
		/// part, at any depth. A hand-over of an assembly checks each for a batch recall,
		/// so this bounds that check; `install` refuses a part that would exceed it
		/// (`TooManyBatches`). Per assembly: only its owner installs into it.
		#[pallet::constant]
		type MaxBatchesBelow: Get<u32>;

		/// How many blocks a tag challenge stays fresh. Must be below frame-system's
		/// `BlockHashCount`, so the chain still knows the challenge block's hash.
		#[pallet::constant]
		type ChallengeLifetime: Get<BlockNumberFor<Self>>;

		/// The most scans that may cite one challenge block (bounds the replay-protection
		/// entries pruned per block).
		#[pallet::constant]
		type MaxScansPerBlock: Get<u32>;

		/// The most scans one organisation may record citing one challenge block: no member
		/// fills a challenge block's `MaxScansPerBlock` alone and so denies everyone's scans
		/// (readers get challenges spread over recent blocks: `amchain_tagChallenge`).
		#[pallet::constant]
		type MaxScansPerParticipant: Get<u32>;

		/// How long a request for a new tag waits for consent.
		#[pallet::constant]
		type TagRequestLifetime: Get<BlockNumberFor<Self>>;

		/// How deep splits of splits of a lot may nest: a lot's hold is checked against
		/// every lot above it (two reads per level).
		#[pallet::constant]
		type MaxSplitDepth: Get<u32>;

		/// The most weight the recall cascades (`recall`) may use in one block's
		/// `on_initialize`, whatever else the block holds: a cascade advances every block
		/// and never takes more than this share of it (10% of a block in the runtime).
		#[pallet::constant]
		type MaxCascadeWeight: Get<Weight>;

		/// Told of every service record on a part; answers which warranties it voided, and
		/// this pallet records each (pallet-warranties). Its weight is added to `report`'s.
		type OnService: OnService;

		/// Locks assemblies against changes (pallet-cores: a listed core's).
		type AssemblyLock: amchain_primitives::parts::AssemblyLock;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up organisations and certifications for the benchmarks
		/// (pallet-certifications).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: amchain_primitives::certifications::TrustBenchmarkHelper<
			Self::AccountId,
		>;
	}

	/// The id the next part type gets.
	#[pallet::storage]
	pub type NextPartTypeId<T: Config> = StorageValue<_, PartTypeId, ValueQuery>;

	/// Part types.
	#[pallet::storage]
	pub type PartTypes<T: Config> = StorageMap<_, Twox64Concat, PartTypeId, PartTypeOf<T>>;

	/// Part types by code: a code names one type.
	#[pallet::storage]
	pub type PartTypeByCode<T: Config> = StorageMap<_, Blake2_128Concat, CodeOf<T>, PartTypeId>;

	/// The id the next part gets.
	#[pallet::storage]
	pub type NextPartId<T: Config> = StorageValue<_, PartId, ValueQuery>;

	/// Serialised parts.
	#[pallet::storage]
	pub type PartRecords<T: Config> = StorageMap<_, Twox64Concat, PartId, PartOf<T>>;

	/// Parts by type and serial: a serial is unique within its type.
	#[pallet::storage]
	pub type PartBySerial<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartTypeId, Blake2_128Concat, SerialOf<T>, PartId>;

	/// The part each tag key is bound to: a key binds to one part only.
	#[pallet::storage]
	pub type PartByTag<T: Config> = StorageMap<_, Blake2_128Concat, TagKey, PartId>;

	/// Pending requests to bind a new tag key to a part (one per part), until consented
	/// to, withdrawn, or replaced by the owner's next request.
	#[pallet::storage]
	pub type TagRequests<T: Config> = StorageMap<_, Twox64Concat, PartId, TagRequestOf<T>>;

	/// The keys of pending tag requests, and the part each is requested for: taken, as
	/// bound keys are, until the request ends.
	#[pallet::storage]
	pub type PendingTagKeys<T: Config> = StorageMap<_, Blake2_128Concat, TagKey, PartId>;

	/// The parts each participant owns that stand alone (not installed).
	#[pallet::storage]
	pub type PartsOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, PartId, ()>;

	/// The parts installed directly in each part.
	#[pallet::storage]
	pub type Children<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartId, Twox64Concat, PartId, ()>;

	/// How many parts installed in each part, at any depth, are themselves quarantined
	/// (`quarantine(Part)`), counting a part once more for each recall cascade holding it
	/// (`CascadeHeld`); no entry for none. Kept by `quarantine`, `release` and
	/// `uninstall` along the (at most `MaxAssemblyDepth`) parts above, so a hand-over checks
	/// a whole assembly in one read. Batch recalls are seen through `BatchesBelow`.
	#[pallet::storage]
	pub type QuarantinedBelow<T: Config> = StorageMap<_, Twox64Concat, PartId, u32, ValueQuery>;

	/// How many parts of each batch (part type, certification) are installed in each part,
	/// at any depth; no entry for none. Kept by `install` and `uninstall` along the (at most
	/// `MaxAssemblyDepth`) parts above, so a batch recall holds every assembly a part of
	/// the batch is in without walking the batch: a hand-over of an assembly checks its at
	/// most `MaxBatchesBelow` batches against `BatchRecalls`.
	#[pallet::storage]
	pub type BatchesBelow<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartId, Twox64Concat, BatchOf, u32, ValueQuery>;

	/// How many distinct batches `BatchesBelow` lists for each part (at most
	/// `MaxBatchesBelow`); no entry for none.
	#[pallet::storage]
	pub type BatchCountBelow<T: Config> = StorageMap<_, Twox64Concat, PartId, u32, ValueQuery>;

	/// The recall cascades (`recall`) of a recalled lot or part: from `recall` until the
	/// holds they placed are all lifted after `release`.
	#[pallet::storage]
	pub type Cascades<T: Config> = StorageMap<_, Blake2_128Concat, RecallTarget, CascadeOf<T>>;

	/// The cascades with steps left (spreading or releasing): `on_initialize` works on them
	/// within `MaxCascadeWeight`. A held cascade waits here for nothing.
	#[pallet::storage]
	pub type CascadeWork<T: Config> = StorageMap<_, Blake2_128Concat, RecallTarget, ()>;

	/// The cascade `on_initialize` worked on last: the next block starts after it, so the
	/// cascades take turns.
	#[pallet::storage]
	pub type CascadeCursor<T: Config> = StorageValue<_, RecallTarget, OptionQuery>;

	/// Each cascade's queue of items whose histories are still to be walked, by position,
	/// each with the length its history had when queued (where its walk ends).
	#[pallet::storage]
	pub type CascadeQueue<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, RecallTarget, Twox64Concat, u32, (Item, RecordIndex)>;

	/// The parts each cascade holds, with the item it reached each through (a lot it
	/// consumed, or the part it was transformed from).
	#[pallet::storage]
	pub type CascadeHolds<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, RecallTarget, Twox64Concat, PartId, Item>;

	/// How many cascades hold each part; no entry for none. A held part is quarantined as
	/// far as every check is concerned, and counts in `QuarantinedBelow` of the parts above
	/// it once per cascade.
	#[pallet::storage]
	pub type CascadeHeld<T: Config> = StorageMap<_, Twox64Concat, PartId, u32, ValueQuery>;

	/// The id the next lot gets.
	#[pallet::storage]
	pub type NextLotId<T: Config> = StorageValue<_, LotId, ValueQuery>;

	/// Lots of material.
	#[pallet::storage]
	pub type Lots<T: Config> = StorageMap<_, Twox64Concat, LotId, LotOf<T>>;

	/// For a lot split from another: that lot. A recall of it (or of a lot it was split
	/// from in turn) holds this one too.
	#[pallet::storage]
	pub type SplitFrom<T: Config> = StorageMap<_, Twox64Concat, LotId, LotId>;

	/// Open offers of ownership or custody, one of each per item at most.
	#[pallet::storage]
	pub type Offers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Item, Twox64Concat, Handover, OfferOf<T>>;

	/// Participants an item's owner allowed to report on it: the owner that allowed it
	/// and an optional end block. It lapses when the item, or an assembly it is installed
	/// in, changes owner after it was given (`AuthorisedAt`): it does not come back when
	/// the item returns to that owner.
	#[pallet::storage]
	pub type Authorisations<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		Item,
		Twox64Concat,
		ParticipantId,
		(ParticipantId, Option<BlockNumberFor<T>>),
	>;

	/// When each authorisation was given: the `OwnershipChanges` count then (no entry: 0,
	/// as for every authorisation given before spec 105, which therefore counts until the
	/// item next changes owner; kept apart from `Authorisations` so that no migration
	/// rewrites them).
	#[pallet::storage]
	pub type AuthorisedAt<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Item, Twox64Concat, ParticipantId, u64, ValueQuery>;

	/// How many times any item changed owner (a hand-over of ownership, a sale, or a part
	/// leaving an assembly whose owner is not the one it was installed under): the clock
	/// authorisations are dated by.
	#[pallet::storage]
	pub type OwnershipChanges<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// For each item that changed owner since spec 105, the `OwnershipChanges` count at its
	/// last change (0: none since). An installed part's owner is its assembly's: see
	/// `Pallet::owned_since`.
	#[pallet::storage]
	pub type OwnedSince<T: Config> = StorageMap<_, Twox64Concat, Item, u64, ValueQuery>;

	/// Batch recalls: every part of a type registered under a certification.
	#[pallet::storage]
	pub type BatchRecalls<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartTypeId, Twox64Concat, CertificationId, H256>;

	/// The quarantines (of a part, a lot or a batch) that the admin origin imposed: only
	/// the admin origin lifts them (THREATS rule 8). A quarantine not listed here was
	/// imposed by the recall's authority (the maker or producer), which may lift it.
	#[pallet::storage]
	pub type RecalledByGovernance<T: Config> = StorageMap<_, Blake2_128Concat, RecallTarget, ()>;

	/// How many records each item's history has.
	#[pallet::storage]
	pub type HistoryLen<T: Config> = StorageMap<_, Twox64Concat, Item, RecordIndex, ValueQuery>;

	/// Every item's history, keyed by the record's index (oldest 0).
	#[pallet::storage]
	pub type History<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Item, Twox64Concat, RecordIndex, HistoryRecordOf<T>>;

	/// Challenges used for recorded scans, by the challenge's block (pruned when the
	/// block is no longer fresh).
	#[pallet::storage]
	pub type UsedChallenges<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Identity, H256, ()>;

	/// The first challenge block whose used challenges are kept: every block before it
	/// was pruned and is stale for good. `None` until the first prune after spec 105
	/// (then every block before the one that had just stopped being fresh was pruned).
	#[pallet::storage]
	pub type ChallengesKeptFrom<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// How many scans cited each challenge block (at most `MaxScansPerBlock`).
	#[pallet::storage]
	pub type ScansAt<T: Config> = StorageMap<_, Twox64Concat, BlockNumberFor<T>, u32, ValueQuery>;

	/// How many of those scans each organisation recorded (at most
	/// `MaxScansPerParticipant`; pruned with the block's challenges).
	#[pallet::storage]
	pub type ScansBy<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		ParticipantId,
		u32,
		ValueQuery,
	>;

	/// The part types a chain starts with (see [`genesis`](crate::genesis)), ids from 0 in
	/// the order listed.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Part types, each defined by its manufacturer.
		pub part_types: Vec<GenesisPartType<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			self.build_part_types();
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A manufacturer defined a part type.
		PartTypeCreated { part_type: PartTypeId, manufacturer: ParticipantId, code: CodeOf<T> },
		/// A part was registered.
		PartRegistered {
			part: PartId,
			part_type: PartTypeId,
			maker: ParticipantId,
			certification: Option<CertificationId>,
		},
		/// A lot of material was registered.
		LotRegistered { lot: LotId, producer: ParticipantId, quantity: u64, unit: Unit },
		/// Ownership or custody of an item was offered.
		Offered { item: Item, handover: Handover, from: ParticipantId, to: ParticipantId },
		/// The receiver accepted: ownership or custody passed.
		HandedOver { item: Item, handover: Handover, from: ParticipantId, to: ParticipantId },
		/// The receiver rejected an offer.
		OfferRejected { item: Item, handover: Handover, from: ParticipantId, to: ParticipantId },
		/// The sender withdrew an offer.
		OfferCancelled { item: Item, handover: Handover, from: ParticipantId, to: ParticipantId },
		/// A customer activated a product.
		Activated { part: PartId, owner: ParticipantId },
		/// A part was installed in another.
		Installed { part: PartId, parent: PartId },
		/// A part was removed from its parent.
		Uninstalled { part: PartId, parent: PartId },
		/// Material from a lot went into a part.
		Consumed { lot: LotId, part: PartId, quantity: u64, remaining: u64 },
		/// A part was transformed into another part.
		Transformed { part: PartId, into: PartId },
		/// A part's status changed.
		StatusChanged { part: PartId, from: PartStatus, to: PartStatus },
		/// A record was appended to an item's history.
		Recorded { item: Item, index: RecordIndex, kind: RecordKind, participant: ParticipantId },
		/// An item's owner authorised a participant to report on it.
		Authorised { item: Item, participant: ParticipantId, until: Option<BlockNumberFor<T>> },
		/// An authorisation was withdrawn.
		Deauthorised { item: Item, participant: ParticipantId },
		/// A recall quarantined a part, lot or batch.
		Quarantined { target: RecallTarget, reason: H256 },
		/// A quarantine was lifted.
		Released { target: RecallTarget },
		/// A recall cascade started from `target` (quarantined with it): what was made from
		/// it is held over the following blocks.
		CascadeStarted { target: RecallTarget, reason: H256 },
		/// A recall cascade reached `part` through `via`: the part is held.
		PartHeld { target: RecallTarget, part: PartId, via: Item },
		/// The cascade from `target` reached everything made from it: `held` parts.
		CascadeComplete { target: RecallTarget, held: u32 },
		/// A released cascade lifted its hold on `part`.
		PartUnheld { target: RecallTarget, part: PartId },
		/// A released cascade lifted all its holds: it is gone.
		CascadeReleased { target: RecallTarget },
		/// Governance recalled what a member had recalled: only governance lifts it now.
		RecallTakenOver { target: RecallTarget },
		/// `quantity` of a lot's remaining material became lot `into` (same owner and
		/// custodian).
		LotSplit { lot: LotId, into: LotId, quantity: u64 },
		/// A part's owner asked to bind tag `key` to it (replacing a lost or damaged tag),
		/// pending consent until block `expires_at`.
		TagRequested { part: PartId, key: TagKey, expires_at: BlockNumberFor<T> },
		/// A part's tag key was replaced with the consent of `approved_by` (the type's
		/// manufacturer; `None`: governance): the old key (if any) no longer authenticates
		/// it.
		TagReplaced {
			part: PartId,
			old: Option<TagKey>,
			new: TagKey,
			approved_by: Option<ParticipantId>,
		},
		/// A pending tag request was withdrawn (by the owner, or by anyone once expired or
		/// lapsed).
		TagRequestCancelled { part: PartId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The calling account acts for no active organisation.
		NotAMember,
		/// The caller's organisation (or device) lacks the role this needs.
		MissingRole,
		/// The receiving participant is unknown or suspended.
		UnknownParticipant,
		/// The code is longer than `MaxCodeLen`.
		CodeTooLong,
		/// The URI is longer than `MaxUriLen`.
		UriTooLong,
		/// The serial is longer than `MaxSerialLen`.
		SerialTooLong,
		/// A code, serial or URI may not be empty.
		Empty,
		/// More required standards than `MaxRequiredStandards`, or one named twice.
		InvalidStandards,
		/// A part type with this code exists.
		CodeTaken,
		/// No part type has this id.
		UnknownPartType,
		/// Only the part type's manufacturer may do this.
		NotTypeManufacturer,
		/// The maker is not certified for every standard the part type requires.
		NotCertified,
		/// The part type requires standards: cite a certification for one of them.
		CertificationRequired,
		/// The certification is for none of the standards the part type requires, or not
		/// the caller's.
		WrongCertification,
		/// A part of this type has this serial.
		SerialTaken,
		/// The tag key is bound to another part.
		TagTaken,
		/// No part has this id.
		UnknownPart,
		/// No lot has this id.
		UnknownLot,
		/// A quantity must be above zero.
		ZeroQuantity,
		/// The lot has less left than asked for.
		InsufficientQuantity,
		/// The lot is used up.
		LotExhausted,
		/// Only the item's owner may do this.
		NotOwner,
		/// Only the item's custodian may do this.
		NotCustodian,
		/// An offer to oneself.
		SelfHandover,
		/// An offer of this kind is open for the item already.
		OfferExists,
		/// No offer of this kind is open for the item.
		NoOffer,
		/// Only the offer's receiver may do this.
		NotRecipient,
		/// Only the offer's sender may do this.
		NotOfferer,
		/// The part is installed: it moves with its parent.
		PartInstalled,
		/// The part is not installed in anything.
		NotInstalled,
		/// The part's life has ended (consumed, scrapped, recycled) or it is a returned core.
		NotActive,
		/// The item is quarantined by a recall: it cannot change hands, be assembled or be
		/// consumed until released.
		ItemQuarantined,
		/// The item or batch is not quarantined.
		NotQuarantined,
		/// The item or batch is quarantined already.
		AlreadyQuarantined,
		/// Only the part type's manufacturer, the lot's producer or the admin origin may
		/// recall it.
		NotRecallAuthority,
		/// The status change is not allowed from the part's current status.
		InvalidTransition,
		/// The part was activated already.
		AlreadyActivated,
		/// A part cannot be installed in itself or in a part below it.
		AssemblyCycle,
		/// The assembly would be deeper than `MaxAssemblyDepth`.
		AssemblyTooDeep,
		/// The parent has `MaxChildren` parts installed.
		TooManyChildren,
		/// The part has parts installed: remove them first.
		HasChildren,
		/// Both parts must have the same owner and custodian.
		DifferentHolders,
		/// The part has an open offer: cancel it first.
		OfferOpen,
		/// The caller may not report this on the item: it is neither the owner, nor (for a
		/// measurement) the custodian, nor a participant the owner authorised, in the role
		/// the report needs.
		NoPermission,
		/// The participant is authorised already.
		AlreadyAuthorised,
		/// The participant holds no authorisation on the item.
		UnknownAuthorisation,
		/// An authorisation must end after the current block.
		InvalidExpiry,
		/// The item's history has no record with this index.
		UnknownRecord,
		/// Only the organisation that made a record may correct it (governance, a record
		/// governance made).
		NotRecordAuthor,
		/// The part has no tag.
		NoTag,
		/// The signature is not by the part's tag.
		WrongTagKey,
		/// The challenge's block is not recent, or its hash is not that block's.
		StaleChallenge,
		/// The challenge was used for a recorded scan already.
		ChallengeReplayed,
		/// `MaxScansPerBlock` scans cited this challenge block already.
		TooManyScans,
		/// A counter overflowed.
		Overflow,
		/// A part installed in this one (at any depth) is quarantined: the assembly cannot
		/// change hands or be installed until that part is released or removed.
		AssemblyQuarantined,
		/// The assembly is locked (a listed core, or a part awaiting delivery under a core
		/// deposit): nothing is installed in it, removed from it, consumed into it or
		/// serviced in it, and a locked part is not installed anywhere, until the lock ends.
		AssemblyLocked,
		/// The part is a returned core: its life ends through pallet-cores (an outcome,
		/// e.g. recycled), which keeps the core's record and market, not by scrapping.
		ReturnedCore,
		/// The assembly would hold parts of more than `MaxBatchesBelow` distinct batches.
		TooManyBatches,
		/// The admin origin imposed this quarantine: only the admin origin lifts it.
		ImposedByGovernance,
		/// Only the organisation's admin account may do this (offer ownership, scrap), not
		/// one of its devices.
		NotAdmin,
		/// The organisation recorded `MaxScansPerParticipant` scans citing this challenge
		/// block already: ask for a new challenge (`amchain_tagChallenge`).
		TooManyScansByParticipant,
		/// The lot was split from lots `MaxSplitDepth` deep already: split the lot it came
		/// from instead.
		SplitTooDeep,
		/// The signature is not the new tag's over `tag_binding_message` (this chain's
		/// genesis hash, the part's type and serial).
		InvalidTagProof,
		/// No tag request is pending for this part.
		NoTagRequest,
		/// The tag request expired (`TagRequestLifetime`): the owner asks again.
		TagRequestExpired,
		/// The part changed owner since the tag request: the new owner asks again.
		TagRequestLapsed,
		/// Only the part type's manufacturer (when it does not own the part) or governance
		/// consents to a new tag.
		NotTagApprover,
		/// The key is the part's tag already.
		SameTag,
		/// The part is past its first life (someone else's remanufacture, reconditioning
		/// or repair): its maker recalls it through governance.
		LaterLifeRecall,
		/// A batch recall holds its parts where they are; only a lot or a part recall
		/// cascades to what was made from it.
		CascadeUnsupported,
		/// The released recall of this item is still lifting its holds: recall it again
		/// once `CascadeReleased`.
		CascadeReleasing,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Forgets the challenges of the block that just stopped being fresh.
		/// Forgets the challenges of the block that just stopped being fresh, and advances
		/// the recall cascades within `MaxCascadeWeight`.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::prune_challenges(now)
				.saturating_add(Self::advance_cascades(T::MaxCascadeWeight::get()))
		}

		fn integrity_test() {
			assert!(T::MaxAssemblyDepth::get() >= 1, "MaxAssemblyDepth must be at least 1");
			assert!(
				T::ChallengeLifetime::get() >= 1u32.into()
					&& T::ChallengeLifetime::get() < T::BlockHashCount::get(),
				"ChallengeLifetime must be at least 1 and below BlockHashCount"
			);
			assert!(
				T::MaxScansPerParticipant::get() >= 1
					&& T::MaxScansPerParticipant::get() <= T::MaxScansPerBlock::get(),
				"MaxScansPerParticipant must be at least 1 and at most MaxScansPerBlock"
			);
			assert!(T::MaxSplitDepth::get() >= 1, "MaxSplitDepth must be at least 1");
			// A cascade advances in every block: at least one step fits its share.
			assert!(
				Pallet::<T>::cascade_probe_weight()
					.saturating_add(Pallet::<T>::cascade_step_weight())
					.all_lte(T::MaxCascadeWeight::get()),
				"MaxCascadeWeight must fit at least one cascade step"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Define a part type.
		///
		/// Origin: an account of a manufacturer. `code` (e.g. a GTIN) must be unique;
		/// `required_standards` (at most `MaxRequiredStandards`, no repeats) are the
		/// standards a maker of its parts must be certified for. Emits `PartTypeCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_part_type(required_standards.len() as u32))]
		pub fn create_part_type(
			origin: OriginFor<T>,
			code: Vec<u8>,
			spec_hash: H256,
			spec_uri: Vec<u8>,
			required_standards: Vec<StandardId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_part_type(&who, code, spec_hash, spec_uri, required_standards)
		}

		/// Register a serialised part of one of the caller's part types.
		///
		/// Origin: an account of the type's manufacturer, certified for every standard
		/// the type requires. `certification` names the certification (for one of those
		/// standards) whose capacity the part draws; it is required if the type requires
		/// standards. `tag`: the public key of the part's physical tag, bound to this part
		/// only. `reported_at`: the reporting device's UTC time in microseconds. The caller's
		/// organisation owns and holds the new part. Emits `PartRegistered`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::register_part(T::MaxRequiredStandards::get()))]
		pub fn register_part(
			origin: OriginFor<T>,
			part_type: PartTypeId,
			serial: Vec<u8>,
			certification: Option<CertificationId>,
			tag: Option<TagKey>,
			reported_at: Option<u64>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let required =
				Self::do_register_part(&who, part_type, serial, certification, tag, reported_at)?;
			Ok(Some(T::WeightInfo::register_part(required)).into())
		}

		/// Register a lot of raw material.
		///
		/// Origin: an account of a producer. `quantity` (above zero) counted in `unit`;
		/// with a `certification` of the caller's, the quantity is drawn from its capacity.
		/// Emits `LotRegistered`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_lot())]
		pub fn register_lot(
			origin: OriginFor<T>,
			material: Vec<u8>,
			quantity: u64,
			unit: Unit,
			certification: Option<CertificationId>,
			reported_at: Option<u64>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_lot(&who, material, quantity, unit, certification, reported_at)
		}

		/// Offer ownership (as its owner) or custody (as its custodian) of a part or lot.
		///
		/// Origin: the owner's admin account (ownership: a device may not give away title,
		/// `NotAdmin`) or any account of the custodian (custody). The item must not be
		/// installed, quarantined or retired, and have no open offer of the same kind.
		/// Emits `Offered`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::offer())]
		pub fn offer(
			origin: OriginFor<T>,
			item: Item,
			handover: Handover,
			to: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_offer(&who, item, handover, to)
		}

		/// Accept an offer addressed to the caller's organisation (goods receipt): ownership
		/// or custody passes.
		///
		/// Origin: an account of the offer's receiver. Emits `HandedOver`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::accept_offer())]
		pub fn accept_offer(
			origin: OriginFor<T>,
			item: Item,
			handover: Handover,
			reported_at: Option<u64>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_offer(&who, item, handover, reported_at)
		}

		/// Reject an offer addressed to the caller's organisation.
		///
		/// Origin: an account of the offer's receiver. `reason`: hash of the reason. Emits
		/// `OfferRejected`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reject_offer())]
		pub fn reject_offer(
			origin: OriginFor<T>,
			item: Item,
			handover: Handover,
			reason: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject_offer(&who, item, handover, reason)
		}

		/// Withdraw an open offer.
		///
		/// Origin: an account of the offer's sender. Emits `OfferCancelled`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::cancel_offer())]
		pub fn cancel_offer(
			origin: OriginFor<T>,
			item: Item,
			handover: Handover,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_offer(&who, item, handover)
		}

		/// Activate a product at purchase.
		///
		/// Origin: an account of the part's owner, a customer. Once per part. Emits
		/// `Activated`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::activate())]
		pub fn activate(origin: OriginFor<T>, part: PartId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_activate(&who, part)
		}

		/// Install a part in another (assembly).
		///
		/// Origin: an account of the organisation that owns and holds both. The part must
		/// be active, stand alone, have no open offers and not be quarantined; the parent
		/// must not be retired or quarantined, have fewer than `MaxChildren` parts, and the
		/// assembly stays within `MaxAssemblyDepth` levels. Emits `Installed`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::install())]
		pub fn install(origin: OriginFor<T>, part: PartId, parent: PartId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_install(&who, part, parent)
		}

		/// Remove an installed part from its parent; it stands alone again, owned and held
		/// by the assembly's owner and custodian.
		///
		/// Origin: an account of the assembly's owner. Emits `Uninstalled`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::uninstall())]
		pub fn uninstall(origin: OriginFor<T>, part: PartId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_uninstall(&who, part)
		}

		/// Consume `quantity` of a lot's material into a part (transformation): the lot is
		/// reduced for good.
		///
		/// Origin: an account of the organisation that owns both. Emits `Consumed`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::consume())]
		pub fn consume(
			origin: OriginFor<T>,
			lot: LotId,
			part: PartId,
			quantity: u64,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_consume(&who, lot, part, quantity)
		}

		/// Transform a part into another part: its life ends (status consumed).
		///
		/// Origin: an account of the organisation that owns both. The part must stand
		/// alone, be active and have nothing installed. Emits `Transformed`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::transform())]
		pub fn transform(origin: OriginFor<T>, part: PartId, into: PartId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transform(&who, part, into)
		}

		/// Scrap a part: its life ends.
		///
		/// Origin: the admin account of the part's owner (not a device: `NotAdmin`). The
		/// part must stand alone, have nothing installed and not be a returned core (`ReturnedCore`: a core's life ends through
		/// pallet-cores, which holds its record and market). `reason`: hash of the scrap
		/// report. Emits `StatusChanged`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::scrap())]
		pub fn scrap(origin: OriginFor<T>, part: PartId, reason: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_scrap(&who, part, reason)
		}

		/// Allow a participant to report on an item (a service provider to service it, an
		/// auditor to inspect it), optionally until a block.
		///
		/// Origin: an account of the item's owner. Emits `Authorised`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::authorise())]
		pub fn authorise(
			origin: OriginFor<T>,
			item: Item,
			participant: ParticipantId,
			until: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_authorise(&who, item, participant, until)
		}

		/// Withdraw a participant's authorisation to report on an item.
		///
		/// Origin: an account of the item's owner. Emits `Deauthorised`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::deauthorise())]
		pub fn deauthorise(
			origin: OriginFor<T>,
			item: Item,
			participant: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deauthorise(&who, item, participant)
		}

		/// Report an inspection, measurement or service step on an item.
		///
		/// Origin: an account of the owner; for measurements also of the custodian; or of
		/// a participant the owner authorised (for service, a service provider; for
		/// inspection, an auditor). `data`: hash of the report. A service record on a part
		/// is passed to `OnService`, which voids the warranties whose issuer did not
		/// authorise the provider; each voided warranty gets a `WarrantyVoided` record.
		/// Emits `Recorded` for each record. Charged for as many voided warranties as a
		/// part can have in force, refunded down to those voided.
		#[pallet::call_index(15)]
		#[pallet::weight(Pallet::<T>::report_weight(MAX_IN_FORCE))]
		pub fn report(
			origin: OriginFor<T>,
			item: Item,
			kind: ReportKind,
			data: H256,
			reported_at: Option<u64>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let voided = Self::do_report(&who, item, kind, data, reported_at)?;
			Ok(Some(Self::report_weight(voided)).into())
		}

		/// Declare a record of an item's history wrong: appends a correction pointing at it
		/// (nothing is rewritten).
		///
		/// Origin: an account of the organisation that made the record, or `AdminOrigin`
		/// for a record governance made (a recall or a tag consent by a council motion:
		/// only governance corrects those, not the maker they name). `data`: hash of the
		/// corrected content. Emits `Recorded`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::correct())]
		pub fn correct(
			origin: OriginFor<T>,
			item: Item,
			record: RecordIndex,
			data: H256,
		) -> DispatchResult {
			let by = Self::acting_as(origin)?;
			Self::do_correct(by, item, record, data)
		}

		/// Record a verified scan of a part's tag.
		///
		/// Origin: an account of any active participant. The tag's `signature` over
		/// `challenge` must be valid and the challenge fresh and unused. Emits `Recorded`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::record_scan())]
		pub fn record_scan(
			origin: OriginFor<T>,
			part: PartId,
			challenge: TagChallenge,
			signature: MultiSignature,
			reported_at: Option<u64>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_scan(&who, part, challenge, signature, reported_at)
		}

		/// Split a lot: `quantity` of its remaining material becomes a new lot of the same
		/// material, producer, certification, owner and custodian, to be handed over or
		/// consumed apart from the rest. Something must stay behind (`quantity` below the
		/// remaining quantity); the lot must not be held by a recall nor offered, nor be
		/// `MaxSplitDepth` splits deep. Both histories record the split; a recall of a lot
		/// holds every lot split from it, directly or through other splits.
		///
		/// Origin: the admin account of the lot's owner. Emits `LotSplit`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::split_lot())]
		pub fn split_lot(origin: OriginFor<T>, lot: LotId, quantity: u64) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_split_lot(&who, lot, quantity).map(|_| ())
		}

		/// Ask to bind a new tag to a part (its tag was lost or damaged, or it has none):
		/// `proof` is the new tag's signature over `tag_binding_message` (this chain's
		/// genesis hash, the part's type and serial, and its current key), so a key is
		/// bound only by whoever holds the tag, only to this part, only in place of its
		/// current key. The key is reserved while the request waits, at most
		/// `TagRequestLifetime`, for the consent of the part type's manufacturer or of
		/// governance (`approve_tag`); a new request replaces a pending one. Not while the
		/// part is held by a recall, in a locked assembly or offered.
		///
		/// Origin: the admin account of the part's owner. Emits `TagRequested`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::request_tag())]
		pub fn request_tag(
			origin: OriginFor<T>,
			part: PartId,
			key: TagKey,
			proof: MultiSignature,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_tag(&who, part, key, proof)
		}

		/// Consent to a pending tag request: the new key replaces the old one (which no
		/// longer authenticates the part), and the part's history records the change.
		/// Refused once the request expired or the part changed owner, or if the key was
		/// bound to another part meanwhile.
		///
		/// Origin: the admin account of the part type's manufacturer, unless it owns the
		/// part (no one consents to its own request); or `AdminOrigin` (governance, also
		/// for a manufacturer that is gone or silent). Emits `TagReplaced`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::approve_tag())]
		pub fn approve_tag(origin: OriginFor<T>, part: PartId) -> DispatchResult {
			use frame_support::traits::EnsureOrigin;
			match T::AdminOrigin::try_origin(origin) {
				Ok(_) => Self::do_approve_tag(None, part),
				Err(origin) => {
					let who = ensure_signed(origin)?;
					let me = Self::admin(&who)?.participant;
					Self::do_approve_tag(Some((&who, me)), part)
				},
			}
		}

		/// Withdraw a pending tag request.
		///
		/// Origin: the admin account of the part's owner; any signed account once the
		/// request expired or the part changed owner. Emits `TagRequestCancelled`.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::cancel_tag_request())]
		pub fn cancel_tag_request(origin: OriginFor<T>, part: PartId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_tag_request(&who, part)
		}

		/// Quarantine a part, a lot, or a batch (every part of a type made under one
		/// certification): it cannot change hands until released.
		///
		/// Origin: `AdminOrigin`, or an account of the part type's manufacturer (parts in
		/// their first life, batches) or the lot's producer (lots); a part past its first
		/// life is someone else's stock, recalled only by `AdminOrigin` (`LaterLifeRecall`).
		/// `reason`: hash of the recall notice. Emits `Quarantined`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::quarantine())]
		pub fn quarantine(
			origin: OriginFor<T>,
			target: RecallTarget,
			reason: H256,
		) -> DispatchResult {
			let by = Self::acting_as(origin)?;
			Self::do_quarantine(by, target, reason)
		}

		/// Lift a quarantine.
		///
		/// Origin: as for [`quarantine`](Pallet::quarantine), except that a quarantine the
		/// admin origin imposed is lifted only by the admin origin (`ImposedByGovernance`):
		/// an act is undone only by an equal or higher authority, and that of a
		/// [`recall`](Pallet::recall) only by a member's admin account (`NotAdmin`). Emits
		/// `Released`. The target of a `recall` moves again at once; the holds its cascade
		/// placed are lifted over the following blocks, exactly those (`PartUnheld` each,
		/// then `CascadeReleased`).
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::release())]
		pub fn release(origin: OriginFor<T>, target: RecallTarget) -> DispatchResult {
			let by = Self::acting_as(origin)?;
			Self::do_release(by, target)
		}

		/// Recall a lot or a part and everything made from it (white paper 5.1, 6.2): the
		/// target is quarantined as by [`quarantine`](Pallet::quarantine), and a cascade
		/// then holds, over the following blocks (at most `MaxCascadeWeight` of each), every
		/// part that consumed the lot or a lot split from it, every part transformed from
		/// one of those (or from the recalled part), and with each held part every assembly
		/// it is installed in, at any depth and whoever owns it now. A held part cannot
		/// change hands, be installed or be transformed, and neither can its
		/// assemblies (`ItemQuarantined`, `AssemblyQuarantined`), exactly as a quarantined
		/// one; each records `Held` naming the recalled item. Nothing consumed from a
		/// recalled lot can be added meanwhile: the lot and its splits are held.
		///
		/// Origin: as for `quarantine`, but a member's admin account, not a device
		/// (`NotAdmin`): it reaches other members' parts. A batch cannot be recalled this way
		/// (`CascadeUnsupported`: a batch recall already holds its parts wherever they
		/// are). A target quarantined already is extended to what was made from it (who may
		/// lift it does not change); one recalled already is `AlreadyQuarantined`, except
		/// that `AdminOrigin` takes over a member's recall where it stands
		/// (`RecallTakenOver`: from then on only governance lifts it); one released and
		/// still lifting its holds is recalled once they are lifted (`CascadeReleasing`).
		/// [`release`](Pallet::release) undoes it. Emits `Quarantined`, `CascadeStarted`,
		/// then `PartHeld` for each part reached and `CascadeComplete`. Cascades take turns:
		/// each block gives each cascade with work left at most a quarter of
		/// `MaxCascadeWeight` at a time, so no cascade holds back another.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::recall())]
		pub fn recall(origin: OriginFor<T>, target: RecallTarget, reason: H256) -> DispatchResult {
			let by = Self::acting_as(origin)?;
			Self::do_recall(by, target, reason)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// `report`'s weight when the service voided `voided` warranties: the report itself,
	/// what `OnService` takes, and one history record per voided warranty. A record is
	/// charged as a correction (`correct` measures one append and its `Recorded` event,
	/// plus reads of the caller's membership and of the corrected record): the closest
	/// benchmarked bound above a bare append.
	pub fn report_weight(voided: u32) -> Weight {
		T::WeightInfo::report()
			.saturating_add(T::OnService::weight())
			.saturating_add(T::WeightInfo::correct().saturating_mul(voided.into()))
	}

	/// The active organisation `who` acts for, and its roles.
	pub(crate) fn member(who: &T::AccountId) -> Result<Membership, Error<T>> {
		T::Participants::membership(who).ok_or(Error::<T>::NotAMember)
	}

	/// As [`Self::member`], requiring the organisation's admin account: title and the end
	/// of a part's life are a person's acts, not a device's (THREATS rule 1; RT-12).
	pub(crate) fn admin(who: &T::AccountId) -> Result<Membership, Error<T>> {
		let membership = Self::member(who)?;
		frame_support::ensure!(membership.kind == MemberKind::Admin, Error::<T>::NotAdmin);
		Ok(membership)
	}

	/// As [`Self::member`], requiring `role`.
	pub(crate) fn member_with(who: &T::AccountId, role: Role) -> Result<Membership, Error<T>> {
		let membership = Self::member(who)?;
		frame_support::ensure!(membership.roles.has(role), Error::<T>::MissingRole);
		Ok(membership)
	}
}
