//! # pallet-collections
//!
//! Private data collections, the on-chain half of issue 23 item 3: a collection is a set
//! of organisations that share confidential payloads (a measurement's values, a deal's
//! price and quantity, a document) among their own nodes, off chain. On chain a payload
//! is only an **anchor**: the collection's id and a salted hash of the payload, recorded
//! once, for good. The payload and its salt never touch the chain.
//!
//! ## Calls
//!
//! For organisations (their admin account: joining, leaving and proposing bind the
//! organisation, so they are a person's acts, not a device's; a suspended or unknown
//! organisation's accounts can do nothing):
//! - `propose(members, retention, label)`: propose a collection of 2..=`MaxMembers`
//!   registered, active organisations, the proposer's among them. Holds
//!   `CollectionDeposit` from the signer. The proposer's organisation counts as having
//!   consented; the collection is `Proposed`.
//! - `accept(collection)`: a member organisation consents. When every member has, the
//!   collection is `Active`. A proposal takes consent for `ProposalLifetime` blocks from
//!   its proposal; after that it can only go (`remove_expired`).
//! - `withdraw(collection)`: the proposer's organisation drops its proposal before it is
//!   active; the deposit is released.
//! - `leave(collection)`: a member organisation leaves. From a proposed collection this
//!   declines the proposal, which is then dropped (it can never become active without
//!   that member); from an active one the organisation's nodes stop receiving payloads,
//!   and when fewer than two members remain the collection is dissolved.
//!
//! For organisations' accounts, devices included (a machine records its measurements):
//! - `anchor(collection, hash)`: a member of an active collection anchors a payload's
//!   salted hash; holds `AnchorDeposit` from the signer.
//!
//! For anyone signed:
//! - `remove_expired(collection)`: drops a proposal whose `ProposalLifetime` has passed
//!   without every member's consent; its deposit goes to the proposing organisation.
//!
//! For governance (`GovernanceOrigin`, the council in the runtime):
//! - `force_create(members, retention, label)`: an active collection without the
//!   members' consent (the "or by governance"), no deposit.
//! - `force_dissolve(collection)`: ends any collection, proposed or active.
//! - `purge_anchors(collection, limit)`: once a collection has ended, removes up to
//!   `limit` (at most `MaxAnchorsPurged`) of its anchors and pays each deposit to the
//!   anchoring organisation's admin account of record.
//!
//! ## The rules (THREATS.md)
//!
//! - **Consent** (rule 6): no organisation is in an active collection it did not accept,
//!   unless governance put it there. A proposal's terms (members, retention, label) never
//!   change and ids are never reused, so `accept(collection)` names exactly what it
//!   accepts: a proposer cannot swap the terms under an acceptance in flight.
//! - **Authority follows the organisation** (rule 1): every call checks the signer's
//!   membership now, through `ParticipantRegistry`. Only the admin account consents,
//!   declines, withdraws or leaves for its organisation (`NotAdmin`): a leaked device
//!   key cannot put its organisation's data into a collection or take it out. A
//!   collection's deposit is held on the account that proposed it and, when the
//!   collection ends, paid to the proposing organisation's admin account **then** (its
//!   account of record), so a rotated-out or leaked key gets nothing back.
//! - **Every wait ends** (rules 2, 3): only the proposer waits on a proposal, and it can
//!   `withdraw` at any time; an invitee that does not want to join `leave`s (declines).
//!   Governance can `force_dissolve` anything. Consent does not wait for ever either: a
//!   proposal can be accepted for `ProposalLifetime` blocks, after which acceptance is
//!   refused (`ProposalExpired`) and anyone may remove it, so a consent given long ago
//!   never activates a collection its members stopped expecting.
//! - **One member cannot end the others' collection** except by leaving it: leaving
//!   dissolves only a collection left with one member.
//! - **Deposits** (rule 9): a collection holds `CollectionDeposit` (sized in the runtime
//!   for the record at `MaxMembers` and its `CollectionsOf` entries) until it goes. An
//!   anchor holds `AnchorDeposit` (sized for the anchor's key and record) on the
//!   anchoring account for as long as the anchor stays. Anchors are evidence for every
//!   member, so no member can remove one, its own included: an anchor outlives its
//!   collection until governance purges the ended collection's anchors
//!   (`purge_anchors`), which pays each deposit to the anchoring organisation's admin
//!   account **then** (rule 1: a device key retired since, or a leaked admin key rotated
//!   out, gets nothing), or back to the paying account if the organisation is gone.
//! - **Bounds** (rules 10, 11): members and labels are bounded; nothing loops over
//!   unbounded storage; weights are benchmarked at `MaxMembers`. A spammer's proposals
//!   each cost it a deposit, and an invitee clears an unwanted one by declining it.
//!
//! ## Front-running an anchor
//!
//! An anchor's key is (collection, anchoring organisation, hash): an organisation anchors
//! a hash once per collection, and nobody else's anchor of the same hash, in this
//! collection or another, stands in its way or takes its place. A member that copies a
//! partner's pending hash from the pool and anchors it first gets an anchor of its own,
//! naming itself; the partner's anchor is still recorded, naming the partner. Which of the
//! two is the payload's author is settled off chain by the hashed bytes: the payload
//! format is hash = blake2-256(`"amchain-anchor"` ‖ genesis hash ‖ collection (u32 LE) ‖
//! author organisation (u32 LE) ‖ salt ‖ payload), and a verifier checks that the
//! anchor's organisation is the author inside the preimage. A copy then never verifies
//! as the copier's payload, and squatting a hash blocks nobody.
//!
//! ## What is public (rule 14)
//!
//! To whoever reads the chain's state and events (with `--rpc-access members`, only the
//! member organisations' clients; a validator or any full node of the consortium sees
//! everything):
//! - `CollectionRecords`, the events `Proposed`, `ForceCreated`, `Accepted`, `Activated`,
//!   `Left`, `Declined`, `Withdrawn`, `Dissolved` and the `collection` /
//!   `collections_of` queries: **which organisations share data with which**, the
//!   collection's label, retention, creator, depositing account and status. That a
//!   supplier and an OEM share a collection is itself visible: keep labels neutral.
//! - `Anchors`, `Anchored`, `AnchorPurged` and the `anchor` query: the salted hash, its
//!   collection, the anchoring organisation and account, the block. **Not** the payload: the salt makes
//!   a low-entropy payload (a price, a quantity) impossible to confirm by guessing.
//!   How many anchors a collection gets, and when, is visible (activity, not content).
//!
//! ## Design choices against the brief
//!
//! - The collections map is `CollectionRecords` (as pallet-warranties' `WarrantyRecords`),
//!   not `Collections`: the runtime names this pallet `Collections`, and a storage item
//!   of the same name is ambiguous wherever both are in scope (the mock, the runtime).
//! - A dissolved collection is removed from storage, not kept as `Dissolved`: keeping it
//!   would leave state without a deposit. Its anchors stay (they name its id) until
//!   governance purges them; member nodes learn of the dissolution from the `Dissolved`
//!   event.
//! - The proposal deadline is `created_at + ProposalLifetime`, computed, not stored: the
//!   record did not change shape for it.
//! - `creator` and the deposit are `Option`s: a collection governance created has no
//!   proposing organisation and holds no deposit.
//! - Consent is a sorted `accepted` list (not a bitmask), so `MaxMembers` is not tied
//!   to a word size.
//! - `collections_of` pages with `after: Option<CollectionId>` in storage order, as the
//!   other amchain runtime APIs do.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use amchain_primitives::{
	collections::{CollectionId, CollectionStatus},
	participants::{MemberKind, Membership, ParticipantId, ParticipantRegistry},
};

mod anchors;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impl_traits;
mod invariants;
mod membership;
pub mod migrations;
mod queries;
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
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// v2: anchors keyed by (collection, organisation, hash) ([`crate::migrations::v2`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who an account acts for (pallet-certifications).
		type Participants: ParticipantRegistry<Self::AccountId>;

		/// The currency deposits are held in.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons, of which this pallet's are part.
		type RuntimeHoldReason: From<HoldReason>;

		/// Creates and dissolves collections without consent (the council).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most organisations in one collection.
		#[pallet::constant]
		type MaxMembers: Get<u32>;

		/// The longest label, in bytes.
		#[pallet::constant]
		type MaxLabel: Get<u32>;

		/// Held from the proposer while its collection exists: sized for the record at
		/// `MaxMembers` and one `CollectionsOf` entry per member.
		#[pallet::constant]
		type CollectionDeposit: Get<BalanceOf<Self>>;

		/// Held from the anchoring account for as long as the anchor stays: sized for one
		/// `Anchors` entry.
		#[pallet::constant]
		type AnchorDeposit: Get<BalanceOf<Self>>;

		/// Blocks a proposal takes consent for, from the block it was proposed in.
		#[pallet::constant]
		type ProposalLifetime: Get<BlockNumberFor<Self>>;

		/// The most anchors one `purge_anchors` removes.
		#[pallet::constant]
		type MaxAnchorsPurged: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up organisations for the benchmarks (pallet-certifications).
		#[cfg(feature = "runtime-benchmarks")]
		type TrustHelper: amchain_primitives::certifications::TrustBenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A proposed or active collection's deposit.
		CollectionDeposit,
		/// An anchor's deposit.
		AnchorDeposit,
	}

	/// The id the next collection gets.
	#[pallet::storage]
	pub type NextCollectionId<T: Config> = StorageValue<_, CollectionId, ValueQuery>;

	/// Every proposed or active collection.
	#[pallet::storage]
	pub type CollectionRecords<T: Config> =
		StorageMap<_, Twox64Concat, CollectionId, CollectionOf<T>>;

	/// The collections that list each organisation (proposals it is invited to included).
	#[pallet::storage]
	pub type CollectionsOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, CollectionId, ()>;

	/// Every anchored salted hash, by collection, anchoring organisation and hash, until
	/// governance purges an ended collection's. The collection and organisation were
	/// checked when anchoring (ids given out by the chain); the hash is the caller's
	/// choice, hence a cryptographic hasher.
	#[pallet::storage]
	pub type Anchors<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, CollectionId>,
			NMapKey<Twox64Concat, ParticipantId>,
			NMapKey<Blake2_128Concat, H256>,
		),
		AnchorOf<T>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An organisation proposed a collection; `creator` counts as having consented.
		Proposed {
			collection: CollectionId,
			creator: ParticipantId,
			members: MembersOf<T>,
			retention: BlockNumberFor<T>,
			label: LabelOf<T>,
			depositor: T::AccountId,
			deposit: BalanceOf<T>,
		},
		/// Governance created an active collection.
		ForceCreated {
			collection: CollectionId,
			members: MembersOf<T>,
			retention: BlockNumberFor<T>,
			label: LabelOf<T>,
		},
		/// A member organisation consented to a proposed collection.
		Accepted { collection: CollectionId, participant: ParticipantId },
		/// Every member consented (or governance created it): members' nodes share its
		/// payloads from now on.
		Activated { collection: CollectionId, members: MembersOf<T> },
		/// The proposer withdrew its proposal; its deposit was released.
		Withdrawn { collection: CollectionId, by: ParticipantId, deposit: Option<DepositOf<T>> },
		/// An invited member declined a proposal, which was dropped; its deposit was
		/// released.
		Declined { collection: CollectionId, by: ParticipantId, deposit: Option<DepositOf<T>> },
		/// A member organisation left an active collection; its nodes receive no more of
		/// its payloads.
		Left { collection: CollectionId, participant: ParticipantId },
		/// The collection ended (fewer than two members left, or governance); its deposit
		/// was released. Its anchors stay until governance purges them.
		Dissolved {
			collection: CollectionId,
			retention: BlockNumberFor<T>,
			deposit: Option<DepositOf<T>>,
		},
		/// A member anchored a payload's salted hash; `account` holds `deposit` for it.
		Anchored {
			hash: H256,
			collection: CollectionId,
			by: ParticipantId,
			account: T::AccountId,
			deposit: BalanceOf<T>,
		},
		/// A proposal's lifetime passed before every member consented; it was removed and
		/// its deposit paid to the proposing organisation.
		Expired { collection: CollectionId, deposit: Option<DepositOf<T>> },
		/// Governance purged an ended collection's anchor; its deposit was paid as
		/// `deposit` says (the anchoring organisation's admin account then).
		AnchorPurged {
			hash: H256,
			collection: CollectionId,
			by: ParticipantId,
			deposit: DepositOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The calling account acts for no active organisation.
		NotAMember,
		/// Only the organisation's admin account may do this, not one of its devices.
		NotAdmin,
		/// No proposed or active collection has this id.
		UnknownCollection,
		/// The caller's organisation is not a member of the collection.
		NotInCollection,
		/// A collection needs at least two member organisations.
		TooFewMembers,
		/// More members than `MaxMembers`.
		TooManyMembers,
		/// An organisation is named twice.
		DuplicateMember,
		/// A named organisation was never registered.
		UnknownParticipant,
		/// A named organisation is suspended.
		SuspendedParticipant,
		/// The proposer's organisation must be one of the members.
		ProposerNotListed,
		/// The label is longer than `MaxLabel`.
		LabelTooLong,
		/// The collection is not waiting for consent.
		NotProposed,
		/// The caller's organisation consented already.
		AlreadyAccepted,
		/// Only the proposing organisation may withdraw a proposal.
		NotCreator,
		/// The collection is not active: nothing can be anchored in it.
		NotActive,
		/// The caller's organisation anchored this hash in this collection already.
		AlreadyAnchored,
		/// The proposal's lifetime has passed: it can no longer be accepted, only removed.
		ProposalExpired,
		/// The proposal's lifetime has not passed yet.
		NotExpired,
		/// The collection has not ended: its anchors are in use.
		CollectionNotEnded,
		/// `limit` is zero or above `MaxAnchorsPurged`.
		BadPurgeLimit,
		/// The account cannot hold the deposit.
		InsufficientFunds,
		/// The collection ids are used up.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Propose a collection of `members` (organisation ids, the caller's among them).
		/// `retention`: blocks member nodes keep a payload after its anchor (0: for ever).
		/// `label`: a short name, public.
		///
		/// Origin: the admin account of an active organisation in `members`. 2..=`MaxMembers`
		/// registered, active organisations, none twice. Holds `CollectionDeposit` from
		/// the caller. Emits `Proposed`. Complexity: O(members).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::propose(members.len() as u32))]
		pub fn propose(
			origin: OriginFor<T>,
			members: Vec<ParticipantId>,
			retention: BlockNumberFor<T>,
			label: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose(who, members, retention, label)
		}

		/// Consent to a proposed collection.
		///
		/// Origin: the admin account of a member organisation that has not consented yet. Emits
		/// `Accepted`, and `Activated` when it was the last consent.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::accept())]
		pub fn accept(origin: OriginFor<T>, collection: CollectionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept(&who, collection)
		}

		/// Withdraw a proposal before it is active; releases its deposit.
		///
		/// Origin: the admin account of the proposing organisation. Emits `Withdrawn`.
		/// Complexity: O(members).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, collection: CollectionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(&who, collection)
		}

		/// Leave a collection: decline a proposed one (which is dropped), or leave an
		/// active one (dissolved if fewer than two members remain).
		///
		/// Origin: the admin account of a member organisation. Emits `Declined`, or `Left` and
		/// possibly `Dissolved`. Complexity: O(members).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::leave())]
		pub fn leave(origin: OriginFor<T>, collection: CollectionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(&who, collection)
		}

		/// Create an active collection without its members' consent and without deposit.
		///
		/// Origin: `GovernanceOrigin`. 2..=`MaxMembers` registered, active organisations,
		/// none twice. Emits `ForceCreated` and `Activated`. Complexity: O(members).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::force_create(members.len() as u32))]
		pub fn force_create(
			origin: OriginFor<T>,
			members: Vec<ParticipantId>,
			retention: BlockNumberFor<T>,
			label: Vec<u8>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_force_create(members, retention, label)
		}

		/// Dissolve a proposed or active collection; releases its deposit. Its anchors
		/// stay.
		///
		/// Origin: `GovernanceOrigin`. Emits `Dissolved`. Complexity: O(members).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::force_dissolve())]
		pub fn force_dissolve(origin: OriginFor<T>, collection: CollectionId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let record =
				CollectionRecords::<T>::get(collection).ok_or(Error::<T>::UnknownCollection)?;
			Self::dissolve(collection, record)
		}

		/// Anchor the salted hash of a payload shared in an active collection. The
		/// payload and the salt stay off chain.
		///
		/// Origin: any account (admin or device) of a member organisation. The hash must not be anchored
		/// yet. Holds `AnchorDeposit` from the caller. Emits `Anchored`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::anchor())]
		pub fn anchor(
			origin: OriginFor<T>,
			collection: CollectionId,
			hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_anchor(who, collection, hash)
		}

		/// Remove a proposal whose lifetime (`ProposalLifetime` blocks from its proposal)
		/// has passed without every member's consent; its deposit goes to the proposing
		/// organisation's admin account.
		///
		/// Origin: any signed account (the clean-up pays nobody but the proposer). Emits
		/// `Expired`. Complexity: O(members).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::remove_expired())]
		pub fn remove_expired(origin: OriginFor<T>, collection: CollectionId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_remove_expired(collection)
		}

		/// Remove up to `limit` anchors of a collection that has ended (dissolved,
		/// withdrawn, declined or expired), paying each deposit to the anchoring
		/// organisation's admin account of record (the paying account if the organisation
		/// is gone). Call again while `AnchorPurged` events come.
		///
		/// Origin: `GovernanceOrigin`. `1..=MaxAnchorsPurged`. Emits `AnchorPurged` for
		/// each. Complexity: O(limit); charged for the anchors removed.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::purge_anchors((*limit).min(T::MaxAnchorsPurged::get())))]
		pub fn purge_anchors(
			origin: OriginFor<T>,
			collection: CollectionId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let purged = Self::do_purge_anchors(collection, limit)?;
			Ok(Some(T::WeightInfo::purge_anchors(purged)).into())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The active organisation `who` acts for.
	pub(crate) fn member(who: &T::AccountId) -> Result<Membership, Error<T>> {
		T::Participants::membership(who).ok_or(Error::<T>::NotAMember)
	}

	/// As [`Self::member`], requiring the organisation's admin account: joining, leaving
	/// and proposing bind the organisation (THREATS rule 1).
	pub(crate) fn admin(who: &T::AccountId) -> Result<Membership, Error<T>> {
		let member = Self::member(who)?;
		frame_support::ensure!(member.kind == MemberKind::Admin, Error::<T>::NotAdmin);
		Ok(member)
	}
}
