//! # pallet-warranties
//!
//! Warranties that follow the part (white paper 6.1, 6.3): issued on one life of a part
//! by whoever made that life, held by whoever owns the part now, claimed against by the
//! holder, paid from a reserve the issuer holds on chain.
//!
//! ## The rules
//!
//! - A **new** warranty is issued by the part's manufacturer in its first life, for the
//!   part type's new-warranty term (set by the type's manufacturer).
//! - A **remanufactured**, **reconditioned** or **repair** warranty is issued by the
//!   participant whose outcome in pallet-cores started the part's current life, of the
//!   matching kind: remanufactured >= the new-warranty term; reconditioned and repair <
//!   it; a repair warranty may cover named parts installed in the part only.
//! - At most one warranty of each kind is in force on a life of a part.
//! - The **holder** is the part's current owner, read from pallet-parts at the moment it
//!   matters: there is nothing to transfer and nothing to go stale.
//! - A **claim** is filed by the holder, which must also hold the part physically (its
//!   custodian), within the term; one at a time per warranty; never by the issuer. It
//!   asks an amount (`asked`; zero for a remedy without payment). What of it the reserve
//!   holds free of the issuer's other open claims is set aside for it (`covered`): the
//!   issuer's open claims' `covered` amounts (`Committed`) never exceed its reserve, and
//!   no payment on one claim takes what is set aside for another. A claim left open by
//!   a former holder closes (withdrawn) when the new holder claims.
//! - The issuer approves with a remedy and a payment of at most `asked`, or rejects with
//!   a reason, until the claim's `respond_by` (`ClaimResponseTime` after filing); the
//!   claimant's admin may withdraw the claim while it is open.
//! - **Every claim ends** (THREATS rule 2): after `respond_by` the issuer can no longer
//!   reject, and approves only paying all it asked; governance (`GovernanceOrigin`,
//!   the council in the runtime) may rule the claim with a payment of at most `asked`;
//!   after another `ClaimResponseTime`, anyone may `settle_overdue` it, paying
//!   `covered` (the default outcome: the silent issuer pays what its reserve backed).
//! - **The reserve's floor**: `Committed` cannot be withdrawn. For **warranties in
//!   force** without a claim the reserve is not earmarked; their protection is notice: a
//!   withdrawal is announced (`withdraw_reserve`) and can be completed
//!   (`complete_withdrawal`) only from `ReserveNotice` blocks later and for one notice
//!   more (then it lapses), and only down to the floor of the claims open at that time,
//!   so a holder who sees the announcement (an event, and `amchain_reserve`) has the
//!   notice period to claim.
//! - The reserve is the organisation's: its admin funds, withdraws and, after a key
//!   rotation, moves it (`move_reserve`); devices may not.
//! - Payments go to the claimant organisation's admin account of record at payout time
//!   (THREATS rule 1), never below the existential deposit (rule 13).
//! - **Service** on the part (a service record in pallet-parts) by a provider that is
//!   neither the issuer nor a provider the issuer authorised voids the warranty:
//!   pallet-parts tells this pallet of the service (`OnService`), which voids and names
//!   the warranties, and pallet-parts records each in the part's history.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use amchain_primitives::{
	cores::LifeInspector,
	participants::{Membership, ParticipantId, ParticipantRegistry},
	parts::{PartId, PartStatus, PartTypeId, PartsInspector},
	warranties::{ClaimId, ClaimStatus, WarrantyId, WarrantyKind},
};

/// The most new-warranty terms a part type's history keeps (`TermHistory`): a type's
/// term changes this often at most over its life (a change before any new part was made
/// replaces the last, so it does not count).
pub const MAX_TERM_CHANGES: u32 = 32;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod claims;
mod impl_traits;
mod invariants;
mod issue;
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

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who an account acts for (pallet-certifications).
		type Participants: ParticipantRegistry<Self::AccountId>;

		/// Parts: makers, owners, custodians, lives (pallet-parts).
		type Parts: PartsInspector;

		/// Who started each life of a part (pallet-cores).
		type Lives: LifeInspector;

		/// The currency claim reserves are held in.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons, of which this pallet's are part.
		type RuntimeHoldReason: From<HoldReason>;

		/// The most parts a repair warranty names.
		#[pallet::constant]
		type MaxCovered: Get<u32>;

		/// Rules claims the issuer let run past their response time (the council in the
		/// runtime).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Blocks an issuer has to approve or reject a claim; after them it can only
		/// approve, and governance may rule.
		#[pallet::constant]
		type ClaimResponseTime: Get<BlockNumberFor<Self>>;

		/// Blocks between announcing a withdrawal from a claim reserve and completing it:
		/// the time holders of warranties in force have to claim.
		#[pallet::constant]
		type ReserveNotice: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up organisations for the benchmarks (pallet-certifications).
		#[cfg(feature = "runtime-benchmarks")]
		type TrustHelper: amchain_primitives::certifications::TrustBenchmarkHelper<Self::AccountId>;

		/// Sets up part types and parts for the benchmarks (pallet-parts).
		#[cfg(feature = "runtime-benchmarks")]
		type PartsHelper: amchain_primitives::parts::PartsBenchmarkHelper<Self::AccountId>;

		/// Starts parts' later lives for the benchmarks (pallet-cores).
		#[cfg(feature = "runtime-benchmarks")]
		type LivesHelper: amchain_primitives::cores::LivesBenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An issuer's reserve for paying approved claims.
		ClaimReserve,
	}

	/// Each part type's new-warranty term in blocks, set by its manufacturer: the
	/// yardstick of the kinds' rules.
	#[pallet::storage]
	pub type NewWarrantyTerms<T: Config> =
		StorageMap<_, Twox64Concat, PartTypeId, BlockNumberFor<T>>;

	/// Each part type's new-warranty terms over time: `(first part, term)`, the term that
	/// applies to the parts registered from `first part` on (part ids follow registration
	/// order), oldest first, at most [`MAX_TERM_CHANGES`]. A part's yardstick is the term
	/// in force when it was made, so a manufacturer changing its term later neither blocks
	/// nor stretches other makers' warranties on the parts already made.
	#[pallet::storage]
	pub type TermHistory<T: Config> = StorageMap<
		_,
		Twox64Concat,
		PartTypeId,
		BoundedVec<(PartId, BlockNumberFor<T>), ConstU32<MAX_TERM_CHANGES>>,
	>;

	/// The id the next warranty gets.
	#[pallet::storage]
	pub type NextWarrantyId<T: Config> = StorageValue<_, WarrantyId, ValueQuery>;

	/// Every warranty ever issued.
	#[pallet::storage]
	pub type WarrantyRecords<T: Config> = StorageMap<_, Twox64Concat, WarrantyId, WarrantyOf<T>>;

	/// The warranties of each part, for queries.
	#[pallet::storage]
	pub type WarrantiesOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartId, Twox64Concat, WarrantyId, ()>;

	/// The latest warranty of each kind on each part: at most one of a kind is in force.
	#[pallet::storage]
	pub type Latest<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartId, Twox64Concat, WarrantyKind, WarrantyId>;

	/// The id the next claim gets.
	#[pallet::storage]
	pub type NextClaimId<T: Config> = StorageValue<_, ClaimId, ValueQuery>;

	/// Every claim ever filed, with how it was resolved.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageMap<_, Twox64Concat, ClaimId, ClaimOf<T>>;

	/// Open claims by the issuer that must resolve them.
	#[pallet::storage]
	pub type OpenClaims<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, ClaimId, ()>;

	/// Service providers each issuer authorised to service its warranted parts.
	#[pallet::storage]
	pub type AuthorisedProviders<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, ParticipantId, ()>;

	/// Each issuer's claim reserve.
	#[pallet::storage]
	pub type Reserves<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, ReserveOf<T>>;

	/// What each issuer's open claims ask in total: the floor its reserve cannot be
	/// withdrawn below (no entry: zero).
	#[pallet::storage]
	pub type Committed<T: Config> =
		StorageMap<_, Twox64Concat, ParticipantId, BalanceOf<T>, ValueQuery>;

	/// Each issuer's announced withdrawal from its reserve (one at a time).
	#[pallet::storage]
	pub type Withdrawals<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, WithdrawalOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A manufacturer set its part type's new-warranty term.
		NewWarrantyTermSet { part_type: PartTypeId, term: BlockNumberFor<T> },
		/// A warranty was issued on life `life` of a part.
		Issued {
			warranty: WarrantyId,
			part: PartId,
			life: u32,
			kind: WarrantyKind,
			issuer: ParticipantId,
			expires_at: BlockNumberFor<T>,
		},
		/// Service by a provider the issuer did not authorise voided a warranty.
		Voided { warranty: WarrantyId, part: PartId, provider: ParticipantId },
		/// An issuer authorised a service provider.
		ProviderAuthorised { issuer: ParticipantId, provider: ParticipantId },
		/// An issuer withdrew a provider's authorisation.
		ProviderDeauthorised { issuer: ParticipantId, provider: ParticipantId },
		/// An issuer's reserve changed; `amount` is what it holds now.
		ReserveChanged { issuer: ParticipantId, account: T::AccountId, amount: BalanceOf<T> },
		/// The holder filed a claim asking `asked` from the issuer's reserve; the issuer
		/// may reject it until `respond_by`.
		Claimed {
			claim: ClaimId,
			warranty: WarrantyId,
			claimant: ParticipantId,
			evidence: H256,
			asked: BalanceOf<T>,
			covered: BalanceOf<T>,
			respond_by: BlockNumberFor<T>,
		},
		/// The issuer approved a claim; `paid` went from its reserve to `payee`, the
		/// claimant organisation's account of record.
		Approved { claim: ClaimId, remedy: H256, paid: BalanceOf<T>, payee: T::AccountId },
		/// The issuer rejected a claim.
		Rejected { claim: ClaimId, reason: H256 },
		/// An announced withdrawal was completed: `released` went back to the reserve's
		/// account (less than announced if claims filed meanwhile hold the rest).
		WithdrawalCompleted { issuer: ParticipantId, released: BalanceOf<T> },
		/// The claimant withdrew its claim.
		ClaimWithdrawn { claim: ClaimId },
		/// Governance ruled a claim the issuer let run past its response time; `paid` went
		/// from the issuer's reserve to `payee`.
		Ruled { claim: ClaimId, verdict: H256, paid: BalanceOf<T>, payee: T::AccountId },
		/// Nobody decided a claim in time: it was paid `paid`, what the reserve covered of
		/// it, to `payee`.
		Defaulted { claim: ClaimId, paid: BalanceOf<T>, payee: T::AccountId },
		/// An issuer announced a withdrawal of `amount` from its reserve, which can be
		/// completed from block `at` to block `until`.
		WithdrawalAnnounced {
			issuer: ParticipantId,
			amount: BalanceOf<T>,
			at: BlockNumberFor<T>,
			until: BlockNumberFor<T>,
		},
		/// An issuer's admin moved its reserve (held) from the account it was on.
		ReserveMoved { issuer: ParticipantId, from: T::AccountId, to: T::AccountId },
		/// A new holder's claim closed the open claim `claim` a former holder had left.
		ClaimSuperseded { claim: ClaimId, by: ClaimId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The calling account acts for no active organisation.
		NotAMember,
		/// No part has this id.
		UnknownPart,
		/// No part type has this id.
		UnknownPartType,
		/// Only the part type's manufacturer may do this.
		NotTypeManufacturer,
		/// The part type has no new-warranty term: its manufacturer must set one first.
		NoNewWarrantyTerm,
		/// A term must be above zero.
		InvalidTerm,
		/// The term breaks the kind's rule: new = the part's yardstick (its type's
		/// new-warranty term when it was made), remanufactured >= it, reconditioned and
		/// repair < it.
		TermBreaksRule,
		/// The caller did not make this life of the part in the way the kind needs: the
		/// manufacturer in the first life (new), or the participant whose remanufacture,
		/// reconditioning or repair started the current life.
		NotEntitled,
		/// The part is not in use (a returned core, or its life ended).
		PartNotInUse,
		/// A warranty of this kind is in force on this life of the part.
		WarrantyExists,
		/// Only a repair warranty names the parts it covers.
		CoversNotAllowed,
		/// More covered parts than `MaxCovered`.
		TooManyCovered,
		/// A covered part is not installed in the warranted part.
		NotInstalledIn,
		/// No warranty has this id.
		UnknownWarranty,
		/// Only the part's current owner, holding it, may claim.
		NotHolder,
		/// Unauthorised service voided the warranty.
		VoidedWarranty,
		/// The warranty's term is over or the life it covers has ended.
		ExpiredWarranty,
		/// A claim on this warranty is waiting for the issuer.
		ClaimOpen,
		/// The part's assembly is locked (a listed core): no claim until the listing ends.
		PartLocked,
		/// No claim has this id.
		UnknownClaim,
		/// Only the warranty's issuer may do this.
		NotIssuer,
		/// The claim has been resolved.
		ClaimClosed,
		/// The issuer's reserve holds less than the payment or withdrawal asked for.
		InsufficientReserve,
		/// The reserve is held on another of the issuer's accounts.
		NotReserveAccount,
		/// The account cannot hold this much.
		InsufficientFunds,
		/// An amount must be above zero.
		ZeroAmount,
		/// The provider is authorised already.
		AlreadyAuthorised,
		/// The provider holds no authorisation of the issuer.
		UnknownAuthorisation,
		/// The participant is unknown or suspended.
		UnknownParticipant,
		/// A counter or block number overflowed.
		Overflow,
		/// Only the claimant organisation's admin may withdraw its claim.
		NotClaimant,
		/// The response time has passed: the issuer can only approve; governance rules.
		ResponseOverdue,
		/// Governance rules only claims the issuer let run past their response time.
		NotOverdue,
		/// A payment may not exceed what the claim asked.
		AboveAsked,
		/// A payment or an amount asked is below the existential deposit (zero is allowed:
		/// a remedy without payment).
		BelowMinimum,
		/// Open claims ask this much of the reserve: it cannot be withdrawn.
		ReserveCommitted,
		/// No withdrawal was announced.
		NoWithdrawal,
		/// The withdrawal's notice has not run out.
		NoticeRunning,
		/// The withdrawal was not completed in time: announce it again.
		WithdrawalLapsed,
		/// The issuer does not claim on its own warranty.
		OwnWarranty,
		/// Only the organisation's admin account may do this.
		NotAdmin,
		/// Past its deadline the issuer may approve only paying all the claim asked.
		BelowAsked,
		/// Governance's ruling time on the claim has not run out.
		RulingTimeRunning,
		/// The reserve is held on the caller's account already.
		ReserveHeldHere,
		/// The part type's term changed `MAX_TERM_CHANGES` times already.
		TooManyTermChanges,
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
		/// Set a part type's new-warranty term: the yardstick of every kind's rule for the
		/// parts registered from now on (those made before keep the term in force when they
		/// were made: `TermHistory`, at most `MAX_TERM_CHANGES` terms per type, a change
		/// before any new part was made replacing the last).
		///
		/// Origin: an account of the part type's manufacturer. Emits `NewWarrantyTermSet`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_new_warranty_term())]
		pub fn set_new_warranty_term(
			origin: OriginFor<T>,
			part_type: PartTypeId,
			term: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_new_warranty_term(&who, part_type, term)
		}

		/// Issue a warranty of `kind` on the part's current life, for `term` blocks from
		/// now. `coverage`: hash of the terms. `covers`: for a repair warranty, parts
		/// installed in the part that it covers (empty: the whole part).
		///
		/// Origin: an account of the part's manufacturer (new, first life) or of the
		/// participant whose outcome started the current life (remanufactured,
		/// reconditioned, repair, matching the outcome). The term keeps the kind's rule;
		/// no warranty of the kind may be in force on this life. Emits `Issued`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::issue(covers.len() as u32))]
		pub fn issue(
			origin: OriginFor<T>,
			part: PartId,
			kind: WarrantyKind,
			coverage: H256,
			term: BlockNumberFor<T>,
			covers: Vec<PartId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_issue(&who, part, kind, coverage, term, covers)
		}

		/// Authorise a service provider: its service on parts the caller's organisation
		/// warranted does not void the warranties.
		///
		/// Origin: an account of the issuer. Emits `ProviderAuthorised`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::authorise_provider())]
		pub fn authorise_provider(origin: OriginFor<T>, provider: ParticipantId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_authorise_provider(&who, provider)
		}

		/// Withdraw a service provider's authorisation.
		///
		/// Origin: an account of the issuer. Emits `ProviderDeauthorised`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::deauthorise_provider())]
		pub fn deauthorise_provider(
			origin: OriginFor<T>,
			provider: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deauthorise_provider(&who, provider)
		}

		/// Add `amount` to the caller's organisation's claim reserve, held on the caller's
		/// account (the reserve is held on one account: `move_reserve` moves it).
		///
		/// Origin: the issuer's admin account. Emits `ReserveChanged`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::fund_reserve())]
		pub fn fund_reserve(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_fund_reserve(who, amount)
		}

		/// Announce a withdrawal of `amount` from the reserve: `complete_withdrawal`
		/// releases it to the reserve's account `ReserveNotice` blocks later. `amount`
		/// must be free of the open claims' floor now. Replaces an earlier announcement
		/// (and restarts the notice).
		///
		/// Origin: the issuer's admin account, holding the reserve. Emits
		/// `WithdrawalAnnounced`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::withdraw_reserve())]
		pub fn withdraw_reserve(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_reserve(who, amount)
		}

		/// Claim under a warranty. `evidence`: hash of the evidence; `asked`: what the
		/// claim asks from the issuer's reserve (zero, or at least the existential
		/// deposit). What of it the reserve holds free of other claims now is set aside
		/// for it (`covered`) while it is open.
		///
		/// Origin: an account of the part's current owner, which must also be its
		/// custodian, and not the issuer. The warranty must be in force, with no claim of
		/// the same holder open (one left open by a former holder is closed as
		/// withdrawn). Emits `Claimed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(
			origin: OriginFor<T>,
			warranty: WarrantyId,
			evidence: H256,
			asked: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, warranty, evidence, asked)
		}

		/// Approve a claim: `remedy` is the hash of the remedy (repair, replacement,
		/// refund); `payout` (at most what the claim asked; zero, or at least the
		/// existential deposit; never what the reserve sets aside for other claims) is
		/// paid from the issuer's reserve to the claimant organisation's admin account.
		/// After the response time only paying all the claim asked (less is for the
		/// council). A payment is the admin's act; a device approves remedies only.
		///
		/// Origin: an account of the warranty's issuer. Emits `Approved`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::approve())]
		pub fn approve(
			origin: OriginFor<T>,
			claim: ClaimId,
			remedy: H256,
			payout: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve(&who, claim, remedy, payout)
		}

		/// Reject a claim with the hash of the reason, until its `respond_by` block.
		///
		/// Origin: an account of the warranty's issuer. Emits `Rejected`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::reject())]
		pub fn reject(origin: OriginFor<T>, claim: ClaimId, reason: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject(&who, claim, reason)
		}

		/// Withdraw an open claim: its amount no longer binds the issuer's reserve.
		///
		/// Origin: the claimant organisation's admin account. Emits `ClaimWithdrawn`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::withdraw_claim())]
		pub fn withdraw_claim(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_claim(&who, claim)
		}

		/// Rule a claim the issuer let run past its response time: `verdict` is the hash
		/// of the ruling; `payout` (at most what was asked; zero, or at least the
		/// existential deposit) is paid from the issuer's reserve to the claimant
		/// organisation's admin account.
		///
		/// Origin: `GovernanceOrigin`. Emits `Ruled`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::rule())]
		pub fn rule(
			origin: OriginFor<T>,
			claim: ClaimId,
			verdict: H256,
			payout: BalanceOf<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_rule(claim, verdict, payout)
		}

		/// Complete the announced withdrawal once its notice has run and before it lapses
		/// (`until`, one notice later): releases the announced amount, or as much of it as
		/// the floor of the claims open now leaves.
		///
		/// Origin: the issuer's admin account, holding the reserve. Emits
		/// `WithdrawalCompleted` and `ReserveChanged`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::complete_withdrawal())]
		pub fn complete_withdrawal(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_complete_withdrawal(who)
		}

		/// Settle a claim nobody decided: neither the issuer by its `respond_by` block nor
		/// governance in the `ClaimResponseTime` after it. The claim is paid what the
		/// reserve covered of it (`covered`) and closes as `Defaulted`.
		///
		/// Origin: any signed account. Emits `Defaulted`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::settle_overdue())]
		pub fn settle_overdue(origin: OriginFor<T>, claim: ClaimId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_settle_overdue(claim)
		}

		/// Move the organisation's reserve, held as it is, to the caller's account (after
		/// an admin key rotation, or from a device that funded it).
		///
		/// Origin: the issuer's admin account. Emits `ReserveMoved`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::move_reserve())]
		pub fn move_reserve(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_move_reserve(who)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The active organisation `who` acts for.
	pub(crate) fn member(who: &T::AccountId) -> Result<Membership, Error<T>> {
		T::Participants::membership(who).ok_or(Error::<T>::NotAMember)
	}

	/// Whether a warranty is in force now, and if not, why.
	pub(crate) fn in_force(warranty: &WarrantyOf<T>) -> Result<(), Error<T>> {
		frame_support::ensure!(warranty.voided.is_none(), Error::<T>::VoidedWarranty);
		let now = frame_system::Pallet::<T>::block_number();
		let part = T::Parts::summary(warranty.part);
		let same_life = part.is_some_and(|p| p.life == warranty.life);
		let in_use =
			part.is_some_and(|p| matches!(p.status, PartStatus::Active | PartStatus::Installed));
		frame_support::ensure!(
			now < warranty.expires_at && same_life && in_use,
			Error::<T>::ExpiredWarranty
		);
		Ok(())
	}
}
