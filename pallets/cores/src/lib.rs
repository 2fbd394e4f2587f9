//! # pallet-cores
//!
//! The circular economy's records (white paper 6.1): parts returned at the end of a
//! life as *cores*, graded by certified inspectors, sold on an open market, and
//! remanufactured, reconditioned, repaired or recycled, under licences their
//! manufacturers grant.
//!
//! ## Who does what
//!
//! **A part type's manufacturer (the OEM)**
//! - [`set_policy`](Pallet::set_policy): the standards its cores' inspectors and testers
//!   must be certified for;
//! - [`grant_licence`](Pallet::grant_licence), [`revoke_licence`](Pallet::revoke_licence):
//!   let a remanufacturer remanufacture at most N parts of the type per period, until an
//!   expiry, with access to the specification.
//!
//! **A part's owner** (its admin account: devices do not end a part's life or sell it,
//! `NotAdmin`; a sale or a forfeited deposit pays the organisation's account of record at
//! payout time, not the key that listed or asked)
//! - [`return_core`](Pallet::return_core): end the part's life (its status becomes
//!   `ReturnedAsCore` in pallet-parts; an installed part must be removed first, parts
//!   installed in it go with it), optionally redeeming a core deposit;
//! - [`list`](Pallet::list), [`accept_bid`](Pallet::accept_bid),
//!   [`cancel_listing`](Pallet::cancel_listing): sell the core on the open market;
//! - [`record_outcome`](Pallet::record_outcome) (a remanufacturer, or the OEM): proposes
//!   that the core was remanufactured, reconditioned, repaired (its next life starts) or
//!   recycled (its life ends for good), with the process, the test report and a
//!   certified tester of another organisation; [`withdraw_outcome`](Pallet::withdraw_outcome)
//!   takes a proposal back (the core's owner, whoever proposed).
//!
//! **Testers** (certified for the type's testing standard, never the party whose work
//! they test)
//! - [`confirm_outcome`](Pallet::confirm_outcome): the tester named in a proposed outcome
//!   co-signs it, naming the outcome and the test report's hash; only then does the
//!   outcome take effect (a proposed outcome locks the core's assembly until then).
//!
//! **Inspectors** (auditors certified for the type's grading standard, authorised by the
//! core's owner; never its owner, whose price the grade sets)
//! - [`grade`](Pallet::grade): a grade and the condition report's hash; a core is graded
//!   at most `MaxGradings` times in a life by each owner (the history keeps each).
//!
//! **Anyone in the consortium**
//! - [`bid`](Pallet::bid), [`withdraw_bid`](Pallet::withdraw_bid): bids are held on the
//!   bidder's account; a bid must beat the best one; one live bid per organisation (a
//!   bid from another of its accounts replaces it), and a full listing releases its lowest
//!   bid for a new one; only losing bids (or bids on a
//!   listing that can no longer be accepted) can be withdrawn. Accepting the best bid
//!   pays the seller and hands the core over in one transaction, and releases every other
//!   bid. A listing can be accepted for `ListingTerm` blocks, while the seller still owns
//!   the core, is not suspended and no recall holds the core (or a part in it); after
//!   that anyone may cancel it ([`cancel_listing`](Pallet::cancel_listing)), releasing
//!   every bid: no bid waits on a silent or suspended seller.
//!
//! **Core deposits** (white paper 6.1; common in automotive remanufacture)
//! - [`offer_charge`](Pallet::offer_charge): the seller of a part asks its buyer for a
//!   deposit, refunded when the buyer returns a core of the same type in time;
//! - [`pay_charge`](Pallet::pay_charge): the buyer pays it (held on its account);
//! - [`cancel_charge`](Pallet::cancel_charge): the seller withdraws an unpaid one;
//! - [`forfeit_charge`](Pallet::forfeit_charge): after the term, the deposit goes to the
//!   seller.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use amchain_primitives::{
	certifications::{CertificationInspector, StandardId},
	cores::{ChargeId, CorePolicy, Grade, Outcome},
	participants::{MemberKind, Membership, ParticipantId, ParticipantRegistry, Role},
	parts::{
		Handover, Item, PartId, PartStatus, PartTypeId, PartsInspector, PartsLifecycle, RecordIndex,
	},
};

#[cfg(feature = "runtime-benchmarks")]
mod benchmark_helper;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod charges;
mod impl_traits;
mod invariants;
mod lives;
mod market;
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
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// v2: core deposits wait for the part's delivery ([`crate::migrations::v2`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who an account acts for (pallet-certifications).
		type Participants: ParticipantRegistry<Self::AccountId>;

		/// Who is certified for what (pallet-certifications).
		type Certifications: CertificationInspector<BlockNumberFor<Self>>;

		/// Parts: owners, custodians, statuses (pallet-parts).
		type Parts: PartsInspector;

		/// Advances a part's life and writes its history (pallet-parts).
		type Lifecycle: PartsLifecycle<Self::AccountId>;

		/// The currency bids and core deposits are held in.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons, of which this pallet's are part.
		type RuntimeHoldReason: From<HoldReason>;

		/// The most live bids on one core (one per organisation; when full, a new bid
		/// releases the lowest).
		#[pallet::constant]
		type MaxBids: Get<u32>;

		/// How long a listing stays open, from `listed_at`: then no bid is placed or
		/// accepted, any bid may be withdrawn and anyone may cancel the listing (every bid
		/// is released), so no bid is held forever.
		#[pallet::constant]
		type ListingTerm: Get<BlockNumberFor<Self>>;

		/// The most gradings of a core in one life (the first and the regradings): an
		/// owner cannot shop for a grade.
		#[pallet::constant]
		type MaxGradings: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// Sets up organisations and certifications for the benchmarks
		/// (pallet-certifications).
		#[cfg(feature = "runtime-benchmarks")]
		type TrustHelper: amchain_primitives::certifications::TrustBenchmarkHelper<Self::AccountId>;

		/// Sets up part types and parts for the benchmarks (pallet-parts).
		#[cfg(feature = "runtime-benchmarks")]
		type PartsHelper: amchain_primitives::parts::PartsBenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A bid on a core.
		CoreBid,
		/// A core deposit, until a core comes back or the term ends.
		CoreCharge,
	}

	/// Each part type's core policy, set by its manufacturer.
	#[pallet::storage]
	pub type Policies<T: Config> = StorageMap<_, Twox64Concat, PartTypeId, CorePolicy>;

	/// Parts returned as cores, until an outcome ends the core.
	#[pallet::storage]
	pub type CoreRecords<T: Config> = StorageMap<_, Twox64Concat, PartId, CoreOf<T>>;

	/// Cores for sale.
	#[pallet::storage]
	pub type Listings<T: Config> = StorageMap<_, Twox64Concat, PartId, ListingOf<T>>;

	/// Live bids, by core and bidder account (at most `MaxBids` per core).
	#[pallet::storage]
	pub type Bids<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartId, Blake2_128Concat, T::AccountId, BidOf<T>>;

	/// Remanufacture licences, by part type and licensee.
	#[pallet::storage]
	pub type Licences<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartTypeId, Twox64Concat, ParticipantId, LicenceOf<T>>;

	/// How each of a part's lives ended, by the life's number.
	#[pallet::storage]
	pub type Outcomes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PartId, Twox64Concat, u32, OutcomeOf<T>>;

	/// Outcomes proposed for cores, waiting for the named tester to co-sign them.
	#[pallet::storage]
	pub type ProposedOutcomes<T: Config> = StorageMap<_, Twox64Concat, PartId, OutcomeOf<T>>;

	/// How many times each core has been graded in its current life under its current
	/// owner, and that owner (a new owner starts a count of its own; cores graded before
	/// spec 105 count from their next grading).
	#[pallet::storage]
	pub type Gradings<T: Config> = StorageMap<_, Twox64Concat, PartId, (ParticipantId, u32)>;

	/// The id the next core deposit gets.
	#[pallet::storage]
	pub type NextChargeId<T: Config> = StorageValue<_, ChargeId, ValueQuery>;

	/// Open core deposits (removed when refunded, forfeited or cancelled).
	#[pallet::storage]
	pub type Charges<T: Config> = StorageMap<_, Twox64Concat, ChargeId, ChargeOf<T>>;

	/// The deposit request awaiting each part's delivery: at most one per part. The part
	/// is locked meanwhile (`AssemblyLock`): it is not installed anywhere, so its receipt
	/// by the buyer is written in its own history.
	#[pallet::storage]
	pub type AwaitingDelivery<T: Config> = StorageMap<_, Twox64Concat, PartId, ChargeId>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A manufacturer set its part type's core policy.
		PolicySet { part_type: PartTypeId, policy: CorePolicy },
		/// A part was returned as a core; its life `life` ended.
		CoreReturned { part: PartId, life: u32, by: ParticipantId },
		/// An inspector graded a core.
		CoreGraded { part: PartId, grade: Grade, inspector: ParticipantId, report: H256 },
		/// A core was listed for sale.
		Listed { part: PartId, seller: ParticipantId, reserve: BalanceOf<T> },
		/// A bid was placed or raised; `amount` is the whole bid, now held.
		BidPlaced {
			part: PartId,
			account: T::AccountId,
			bidder: ParticipantId,
			amount: BalanceOf<T>,
		},
		/// A bid was withdrawn or released; its funds are free again.
		BidReleased { part: PartId, account: T::AccountId, amount: BalanceOf<T> },
		/// The seller accepted the best bid: the price was paid and the core handed over.
		Sold {
			part: PartId,
			seller: ParticipantId,
			buyer: ParticipantId,
			account: T::AccountId,
			price: BalanceOf<T>,
		},
		/// A listing was withdrawn.
		ListingCancelled { part: PartId },
		/// A manufacturer licensed a remanufacturer.
		LicenceGranted {
			part_type: PartTypeId,
			licensee: ParticipantId,
			units: u32,
			period: BlockNumberFor<T>,
			expires_at: BlockNumberFor<T>,
		},
		/// A licence was revoked.
		LicenceRevoked { part_type: PartTypeId, licensee: ParticipantId },
		/// A core's life `life` ended with `outcome` (its tester confirmed it); unless
		/// recycled, life `life + 1` began.
		OutcomeRecorded {
			part: PartId,
			life: u32,
			outcome: Outcome,
			by: ParticipantId,
			tester: ParticipantId,
		},
		/// A seller asked a buyer for a core deposit.
		ChargeOffered {
			charge: ChargeId,
			part: PartId,
			seller: ParticipantId,
			buyer: ParticipantId,
			amount: BalanceOf<T>,
			return_by: BlockNumberFor<T>,
		},
		/// The buyer paid the deposit; it is held on `account`.
		ChargePaid { charge: ChargeId, account: T::AccountId },
		/// An unpaid deposit request ended: the seller withdrew it, or it lapsed unpaid.
		ChargeCancelled { charge: ChargeId },
		/// The seller withdrew a paid request whose part had not reached the buyer: the
		/// deposit went back to the buyer's organisation (`account`).
		ChargeWithdrawn { charge: ChargeId, account: T::AccountId, amount: BalanceOf<T> },
		/// A core came back in time: the deposit went back to the buyer's organisation
		/// (`account`: its admin account at the refund, not necessarily the key that paid).
		ChargeRefunded {
			charge: ChargeId,
			core: PartId,
			account: T::AccountId,
			amount: BalanceOf<T>,
		},
		/// No core came back in time: the deposit was paid to the seller.
		ChargeForfeited { charge: ChargeId, account: T::AccountId, amount: BalanceOf<T> },
		/// The part reached the buyer (its custody passed to the buyer's organisation): the
		/// term to return a core runs from now, until `return_by`.
		ChargeDelivered { charge: ChargeId, return_by: BlockNumberFor<T> },
		/// The part's history was read up to record `next` without finding its delivery;
		/// call again to read on.
		ChargeHistoryRead { charge: ChargeId, next: RecordIndex },
		/// The part never reached the buyer in time: the deposit request ended, and a paid
		/// deposit went back to the buyer's organisation (`account`, if paid).
		ChargeUndelivered { charge: ChargeId, account: Option<T::AccountId>, amount: BalanceOf<T> },
		/// The core's owner proposed an outcome; it takes effect when `tester` confirms.
		OutcomeProposed {
			part: PartId,
			life: u32,
			outcome: Outcome,
			by: ParticipantId,
			tester: ParticipantId,
			test_report: H256,
		},
		/// A proposed outcome was withdrawn.
		OutcomeWithdrawn { part: PartId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The calling account acts for no active organisation.
		NotAMember,
		/// The caller's organisation (or device) lacks the role this needs.
		MissingRole,
		/// No part has this id.
		UnknownPart,
		/// No part type has this id.
		UnknownPartType,
		/// Only the part type's manufacturer may do this.
		NotTypeManufacturer,
		/// The part type has no core policy: its manufacturer must set one first.
		NoPolicy,
		/// Only the part's owner may do this.
		NotOwner,
		/// The part is not a returned core.
		NotACore,
		/// The inspector neither holds the core nor was authorised by its owner.
		InspectorNotAuthorised,
		/// The inspector is not certified for the part type's grading standard.
		InspectorNotCertified,
		/// The tester is not certified for the part type's testing standard.
		TesterNotCertified,
		/// The core is listed for sale: cancel the listing first.
		ListingOpen,
		/// The core is not listed.
		NotListed,
		/// Only the listing's seller may do this.
		NotSeller,
		/// A seller cannot bid on its own core.
		OwnCore,
		/// A price, bid or deposit must be above zero.
		ZeroAmount,
		/// The bid is below the listing's reserve price.
		BelowReserve,
		/// A bid must beat the best bid (and a raised bid its old amount).
		BidTooLow,
		/// The core has `MaxBids` live bids and none can be released (unused since a full
		/// listing releases its lowest bid; kept so later errors keep their indices).
		TooManyBids,
		/// The account has no bid on this core.
		UnknownBid,
		/// The best bid stands while the listing can be accepted (see `StaleListing`).
		BestBid,
		/// The core has no bids.
		NoBids,
		/// The listing can no longer be accepted — its term ended, the seller no longer
		/// owns the core or is suspended, it is no longer a core, or a recall holds it (or a
		/// part in it) — so it takes no bids, every bid may be withdrawn, and anyone may
		/// cancel it.
		StaleListing,
		/// The account cannot hold this much.
		InsufficientFunds,
		/// No licence for this part type and licensee.
		UnknownLicence,
		/// The licensee holds a licence for this part type: revoke it first.
		LicenceExists,
		/// A licence needs units and a period above zero and an expiry after now.
		InvalidLicence,
		/// The licence has expired.
		LicenceExpired,
		/// The licence's units for this period are used up.
		QuotaExceeded,
		/// Remanufacture by anyone but the manufacturer needs a licence.
		NoLicence,
		/// The core has not been graded.
		NotGraded,
		/// A core graded unusable can only be recycled.
		UnusableCore,
		/// No core deposit has this id.
		UnknownCharge,
		/// Only the deposit's buyer may do this.
		NotBuyer,
		/// The deposit has been paid.
		AlreadyPaid,
		/// The deposit has not been paid.
		NotPaid,
		/// The deposit's term is over.
		ChargeExpired,
		/// The deposit's term is not over yet.
		ChargeNotDue,
		/// The part has not been seen to reach the buyer: the return term has not started.
		NotDelivered,
		/// The part's delivery to the buyer was recorded already.
		AlreadyDelivered,
		/// Another deposit request awaits this part's delivery.
		DeliveryAwaited,
		/// The part is installed in an assembly: a deposit is asked for a part standing
		/// alone (its delivery is read from its own history).
		PartInstalled,
		/// The core is not of the sold part's type.
		WrongPartType,
		/// A term must be above zero.
		InvalidTerm,
		/// The receiving participant is unknown or suspended, or is the caller's own.
		InvalidParticipant,
		/// A counter or block number overflowed.
		Overflow,
		/// Only the organisation's admin account may do this (sell a core, ask for a
		/// deposit, return a part as a core), not one of its devices.
		NotAdmin,
		/// A core's owner does not grade it: the grade sets its price.
		InspectorIsOwner,
		/// The core has been graded `MaxGradings` times in this life under its owner.
		TooManyGradings,
		/// The tester must be another organisation than the one whose work it tests.
		TesterIsParty,
		/// An outcome proposed for this core waits for its tester.
		OutcomePending,
		/// No outcome is proposed for this core.
		NoProposedOutcome,
		/// Only the tester named in the proposal confirms it.
		NotTester,
		/// The outcome or the test report differs from the one proposed.
		ReportMismatch,
		/// The core changed hands since the outcome was proposed: its owner must propose
		/// again.
		OwnerChanged,
		/// A recall holds the core: no new life starts for it.
		Quarantined,
		/// A price or deposit must be at least the existential deposit: paid out to an
		/// account holding nothing, a smaller amount would be refused and stay stuck.
		BelowMinimum,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxBids::get() >= 1, "MaxBids must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Set the standards the inspectors and testers of a part type's cores must be
		/// certified for.
		///
		/// Origin: an account of the part type's manufacturer. Emits `PolicySet`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_policy())]
		pub fn set_policy(
			origin: OriginFor<T>,
			part_type: PartTypeId,
			grading_standard: StandardId,
			testing_standard: StandardId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_policy(&who, part_type, CorePolicy { grading_standard, testing_standard })
		}

		/// Return a part as a core: its life ends and it waits for grading, sale and an
		/// outcome. Its history stays with it.
		///
		/// Origin: the admin account of the part's owner, not a device (`NotAdmin`): a
		/// part's life ends by a person's act. The part must be active and stand
		/// alone (parts installed in it are returned with it), with no open offers.
		/// `report`: hash of the return note. `charge`: a core deposit the caller's
		/// organisation paid on a part of this type, refunded now if its term has not
		/// ended. Emits `CoreReturned` (and `ChargeRefunded`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::return_core())]
		pub fn return_core(
			origin: OriginFor<T>,
			part: PartId,
			report: H256,
			charge: Option<ChargeId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_return_core(&who, part, report, charge)
		}

		/// Grade a core.
		///
		/// Origin: an account of an auditor certified for the part type's grading
		/// standard that holds the core or is authorised by its owner (pallet-parts
		/// `authorise`). The core must not be listed. `report`: hash of the condition
		/// report. Replaces an earlier grade (at most `MaxGradings` in a life); the history
		/// keeps each. Never the core's owner (`InspectorIsOwner`). Emits `CoreGraded`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::grade())]
		pub fn grade(
			origin: OriginFor<T>,
			part: PartId,
			grade: Grade,
			report: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grade(&who, part, grade, report)
		}

		/// Offer a core for sale on the open market, at no less than `reserve`.
		///
		/// Origin: the admin account of the core's owner, not a device (`NotAdmin`). The
		/// price is paid to the owner's account of record (its admin account) at sale
		/// time, whoever listed. Emits `Listed`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::list())]
		pub fn list(origin: OriginFor<T>, part: PartId, reserve: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_list(who, part, reserve)
		}

		/// Bid `amount` for a listed core, or raise the caller's bid to `amount`; the
		/// amount is held on the caller's account.
		///
		/// Origin: an account of any active organisation but the seller's. The bid must be
		/// at least the reserve and above the best bid. An organisation has one live bid per
		/// core: a bid from another of its accounts replaces (and releases) its previous
		/// one. When the core has `MaxBids` bids, the lowest is released to make room (a
		/// new bid is always the highest). Reads at most `MaxBids` bids. Emits `BidPlaced`,
		/// and `BidReleased` for a replaced or evicted bid.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::bid())]
		pub fn bid(origin: OriginFor<T>, part: PartId, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bid(who, part, amount)
		}

		/// Withdraw a losing bid (or any bid on a listing that can no longer be accepted:
		/// see `StaleListing`); its funds are released.
		///
		/// Origin: the bidding account. Emits `BidReleased`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::withdraw_bid())]
		pub fn withdraw_bid(origin: OriginFor<T>, part: PartId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_bid(who, part)
		}

		/// Accept the best bid: in one transaction the price moves from the bidder's held
		/// funds to the seller's account, ownership and custody of the core move to the
		/// bidder's organisation, and every other bid is released.
		///
		/// Origin: the seller's admin account (not a device: `NotAdmin`); the seller must
		/// still own the core. The price goes to the seller's account of record now (its
		/// admin account, whoever listed). Emits `Sold`
		/// and a `BidReleased` for every other bid.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::accept_bid(T::MaxBids::get()))]
		pub fn accept_bid(origin: OriginFor<T>, part: PartId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let bids = Self::do_accept_bid(&who, part)?;
			Ok(Some(T::WeightInfo::accept_bid(bids)).into())
		}

		/// Withdraw a listing; every bid is released.
		///
		/// Origin: the seller's admin account, or anyone once the listing can no longer be
		/// accepted (its term ended, the seller no longer owns the core or is suspended, it
		/// is no longer a core, or a recall holds it). Emits `ListingCancelled` and
		/// `BidReleased`s.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel_listing(T::MaxBids::get()))]
		pub fn cancel_listing(origin: OriginFor<T>, part: PartId) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let bids = Self::do_cancel_listing(&who, part)?;
			Ok(Some(T::WeightInfo::cancel_listing(bids)).into())
		}

		/// License a remanufacturer to remanufacture parts of a type: at most `units` per
		/// `period` blocks, until block `expires_at`. `spec_access`: hash of the grant of
		/// access to the specification and test data.
		///
		/// Origin: an account of the part type's manufacturer. The licensee must be an
		/// active remanufacturer without a licence for the type. Emits `LicenceGranted`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::grant_licence())]
		pub fn grant_licence(
			origin: OriginFor<T>,
			part_type: PartTypeId,
			licensee: ParticipantId,
			units: u32,
			period: BlockNumberFor<T>,
			expires_at: BlockNumberFor<T>,
			spec_access: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_grant_licence(
				&who,
				part_type,
				licensee,
				units,
				period,
				expires_at,
				spec_access,
			)
		}

		/// Revoke a licence.
		///
		/// Origin: an account of the part type's manufacturer. Emits `LicenceRevoked`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::revoke_licence())]
		pub fn revoke_licence(
			origin: OriginFor<T>,
			part_type: PartTypeId,
			licensee: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke_licence(&who, part_type, licensee)
		}

		/// Record what became of a graded core. Remanufactured, reconditioned and repaired
		/// cores start their next life (status active, life counter up); recycled ones end
		/// for good.
		///
		/// Origin: an account of the core's owner, a remanufacturer or the part type's
		/// manufacturer. The core must be graded (unusable cores can only be recycled)
		/// and not listed, with no outcome proposed. Remanufacture by anyone but the
		/// manufacturer needs a unit of the licensee's quota for the current period (drawn
		/// at confirmation). `tester` must be another organisation, certified for the
		/// type's testing standard. `process`, `test_report`: hashes of the process
		/// description and the test report. The outcome takes effect when the tester
		/// confirms it (`confirm_outcome`). Emits `OutcomeProposed`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::record_outcome())]
		pub fn record_outcome(
			origin: OriginFor<T>,
			part: PartId,
			outcome: Outcome,
			process: H256,
			test_report: H256,
			tester: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_outcome(&who, part, outcome, process, test_report, tester)
		}

		/// Confirm the outcome proposed for a core: the tester co-signs `outcome` and the
		/// test report `test_report` (both must be the proposal's). The outcome takes effect: the core's
		/// next life starts (or it is recycled), drawing the remanufacturer's licence quota.
		///
		/// Origin: an account of the tester named in the proposal, still certified for the
		/// type's testing standard. The proposer must still own the core, unlisted. Emits
		/// `OutcomeRecorded`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::confirm_outcome())]
		pub fn confirm_outcome(
			origin: OriginFor<T>,
			part: PartId,
			outcome: Outcome,
			test_report: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_confirm_outcome(&who, part, outcome, test_report)
		}

		/// Withdraw the outcome proposed for a core (it waits on a silent tester, or the
		/// core changed hands).
		///
		/// Origin: an account of the core's owner. Emits `OutcomeWithdrawn`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::withdraw_outcome())]
		pub fn withdraw_outcome(origin: OriginFor<T>, part: PartId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_outcome(&who, part)
		}

		/// Ask the buyer of a part for a core deposit of `amount`, refunded if the buyer
		/// returns a core of the part's type within `return_within` blocks of the part's
		/// delivery (its custody passing to the buyer; now if the buyer holds it already).
		/// If the part has not been seen to reach the buyer `return_within` blocks from now,
		/// anyone may send the deposit back (`refund_undelivered`); a delivery seen before
		/// that, even a late one, starts the return term when it is seen. The part must
		/// stand alone (`PartInstalled`), with no other request awaiting its delivery
		/// (`DeliveryAwaited`); until delivered it is locked (not installed anywhere).
		///
		/// Origin: the admin account of the part's owner (the seller), not a device
		/// (`NotAdmin`); if no core comes back, the deposit goes to the seller's account of
		/// record at that time. Emits `ChargeOffered`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::offer_charge())]
		pub fn offer_charge(
			origin: OriginFor<T>,
			part: PartId,
			buyer: ParticipantId,
			amount: BalanceOf<T>,
			return_within: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_offer_charge(who, part, buyer, amount, return_within)
		}

		/// Record that the deposit's part reached the buyer: its custody passed to the buyer's
		/// organisation after the deposit was asked for (read from the part's history, at
		/// most `MAX_DELIVERY_SCAN` records a call), or the buyer holds it now. The term to
		/// return a core starts then. If the records read do not show it, the reading
		/// position advances (`ChargeHistoryRead`); if they reach the end of the history
		/// without it, `NotDelivered` and nothing changes.
		///
		/// Origin: any signed account (the seller has reason to). Emits `ChargeDelivered` or
		/// `ChargeHistoryRead`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::note_delivery())]
		pub fn note_delivery(origin: OriginFor<T>, charge: ChargeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_note_delivery(charge)
		}

		/// End a deposit request whose part did not reach the buyer by its `return_by`:
		/// a paid deposit goes back to the buyer's organisation (its account of record). The
		/// part's history is read first, as `note_delivery` does: a delivery found there is
		/// recorded instead (the return term starts), and a history not yet read to its end
		/// advances the reading position.
		///
		/// Origin: any signed account. Emits `ChargeUndelivered`, or `ChargeDelivered` /
		/// `ChargeHistoryRead`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::refund_undelivered())]
		pub fn refund_undelivered(origin: OriginFor<T>, charge: ChargeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_refund_undelivered(charge)
		}

		/// Pay a core deposit: it is held on the caller's account.
		///
		/// Origin: an account of the deposit's buyer, before its term ends. Emits
		/// `ChargePaid`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::pay_charge())]
		pub fn pay_charge(origin: OriginFor<T>, charge: ChargeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pay_charge(who, charge)
		}

		/// Withdraw a core deposit request: an unpaid one, or a paid one whose part has not
		/// reached the buyer (the deposit goes back to the buyer's organisation).
		///
		/// Origin: the admin account of the deposit's seller. Emits `ChargeCancelled` or
		/// `ChargeWithdrawn`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::cancel_charge())]
		pub fn cancel_charge(origin: OriginFor<T>, charge: ChargeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_charge(&who, charge)
		}

		/// Pay a paid deposit to the seller once its term, counted from the part's delivery,
		/// has ended without a core: to the seller's account of record now (its admin
		/// account), not the key that asked. A part never delivered is never forfeited
		/// (`NotDelivered`): see `refund_undelivered`.
		///
		/// Origin: any signed account. Emits `ChargeForfeited`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::forfeit_charge())]
		pub fn forfeit_charge(origin: OriginFor<T>, charge: ChargeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_forfeit_charge(charge)
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The active organisation `who` acts for, and its roles.
	pub(crate) fn member(who: &T::AccountId) -> Result<Membership, Error<T>> {
		T::Participants::membership(who).ok_or(Error::<T>::NotAMember)
	}

	/// As [`Self::member`], requiring the organisation's admin account: selling,
	/// withdrawing a sale, asking for a deposit and ending a part's life are a person's
	/// acts, not a device's (THREATS rule 1; RT-5, RT-12).
	pub(crate) fn admin(who: &T::AccountId) -> Result<Membership, Error<T>> {
		let member = Self::member(who)?;
		frame_support::ensure!(member.kind == MemberKind::Admin, Error::<T>::NotAdmin);
		Ok(member)
	}

	/// The account an organisation is paid at: its admin account now (THREATS rule 1),
	/// whoever listed the core or asked for the deposit.
	pub(crate) fn account_of_record(participant: ParticipantId) -> Result<T::AccountId, Error<T>> {
		T::Participants::admin_account(participant).ok_or(Error::<T>::InvalidParticipant)
	}

	/// The manufacturer of `part_type`, which must be the caller's organisation.
	pub(crate) fn type_manufacturer(
		who: &T::AccountId,
		part_type: PartTypeId,
	) -> Result<Membership, Error<T>> {
		let member = Self::member(who)?;
		let manufacturer =
			T::Parts::type_manufacturer(part_type).ok_or(Error::<T>::UnknownPartType)?;
		frame_support::ensure!(manufacturer == member.participant, Error::<T>::NotTypeManufacturer);
		Ok(member)
	}

	/// A part's current returned core: the part must be `ReturnedAsCore` in pallet-parts.
	pub(crate) fn core(part: PartId) -> Result<CoreOf<T>, Error<T>> {
		let status = T::Parts::summary(part).ok_or(Error::<T>::UnknownPart)?.status;
		frame_support::ensure!(status == PartStatus::ReturnedAsCore, Error::<T>::NotACore);
		CoreRecords::<T>::get(part).ok_or(Error::<T>::NotACore)
	}

	/// The core's owner must be the caller's organisation.
	pub(crate) fn owned_core(
		who: &T::AccountId,
		part: PartId,
	) -> Result<(Membership, CoreOf<T>), Error<T>> {
		let member = Self::member(who)?;
		// One summary read (each walks the core's batches for its hold).
		let summary = T::Parts::summary(part).ok_or(Error::<T>::UnknownPart)?;
		frame_support::ensure!(summary.status == PartStatus::ReturnedAsCore, Error::<T>::NotACore);
		let core = CoreRecords::<T>::get(part).ok_or(Error::<T>::NotACore)?;
		frame_support::ensure!(summary.owner == member.participant, Error::<T>::NotOwner);
		Ok((member, core))
	}
}
