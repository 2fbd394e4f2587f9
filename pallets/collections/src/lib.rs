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
//!   collection is `Active`.
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
//! For governance (`GovernanceOrigin`, the council in the runtime):
//! - `force_create(members, retention, label)`: an active collection without the
//!   members' consent (the "or by governance"), no deposit.
//! - `force_dissolve(collection)`: ends any collection, proposed or active.
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
//!   Governance can `force_dissolve` anything. Known gap (red team, open): an acceptance
//!   does not expire, so a proposal accepted long ago activates whenever its last member
//!   accepts; a proposal deadline is planned.
//! - **One member cannot end the others' collection** except by leaving it: leaving
//!   dissolves only a collection left with one member.
//! - **Deposits** (rule 9): a collection holds `CollectionDeposit` (sized in the runtime
//!   for the record at `MaxMembers` and its `CollectionsOf` entries) until it goes. An
//!   anchor holds `AnchorDeposit` (sized for the anchor record) on the anchoring account
//!   for as long as the anchor stays, which is for ever: the hashes are the permanent
//!   record. The anchor names the account and amount; no call releases them yet (open: a
//!   purge that pays the organisation's account of record, or a fee instead).
//! - **Bounds** (rules 10, 11): members and labels are bounded; nothing loops over
//!   unbounded storage; weights are benchmarked at `MaxMembers`. A spammer's proposals
//!   each cost it a deposit, and an invitee clears an unwanted one by declining it.
//!
//! ## Front-running an anchor
//!
//! One anchor per hash, first writer wins. A member of another collection who copies a
//! pending anchor's hash from the pool and anchors it first only makes the honest member
//! re-salt and resubmit (at the cost of the copier's deposit); it learns nothing of the
//! payload. The off-chain format should put the collection id inside the hashed bytes
//! (hash = H(collection ‖ salt ‖ payload)), so a copied hash never verifies as a payload
//! of the copier's collection. Known gap (red team, open): a co-member of the **same**
//! collection can copy a partner's pending hash and anchor it first, so the record names
//! the copier as its author; and anyone in any active collection can squat a hash it
//! expects another to anchor. The planned fix keys anchors by collection, anchoring
//! organisation and hash, with the author's organisation inside the hashed bytes.
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
//! - `Anchors`, `Anchored` and the `anchor` query: the salted hash, its collection, the
//!   anchoring organisation and account, the block. **Not** the payload: the salt makes
//!   a low-entropy payload (a price, a quantity) impossible to confirm by guessing.
//!   How many anchors a collection gets, and when, is visible (activity, not content).
//!
//! ## Design choices against the brief
//!
//! - The collections map is `CollectionRecords` (as pallet-warranties' `WarrantyRecords`),
//!   not `Collections`: the runtime names this pallet `Collections`, and a storage item
//!   of the same name is ambiguous wherever both are in scope (the mock, the runtime).
//! - A dissolved collection is removed from storage, not kept as `Dissolved`: keeping it
//!   would leave state without a deposit. Its anchors stay (they name its id); member
//!   nodes learn of the dissolution from the `Dissolved` event.
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

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

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

	/// Every anchored salted hash, for good. The key is chosen by the caller, hence a
	/// cryptographic hasher.
	#[pallet::storage]
	pub type Anchors<T: Config> = StorageMap<_, Blake2_128Concat, H256, AnchorOf<T>>;

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
		/// was released. Its anchors stay.
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
		/// This hash is anchored already (if it is yours, re-salt the payload).
		AlreadyAnchored,
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
