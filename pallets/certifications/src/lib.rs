//! # pallet-certifications
//!
//! The trust layer of the amchain consortium (white paper 5.1): who the
//! participants are, what they may do, and what they are certified for.
//! Parts, cores, warranties and the contracts ask this pallet who someone is
//! (through [`ParticipantRegistry`]) and whether they are certified
//! ([`CertificationInspector`]), and draw certified production capacity
//! ([`ProductionRegistry`]).
//!
//! ## Who does what
//!
//! **Governance** (`AdminOrigin`: a council motion, or root)
//! - [`add_registrar`](Pallet::add_registrar), [`remove_registrar`](Pallet::remove_registrar):
//!   appoint and remove the registrars, the consortium's trust roots;
//! - everything a registrar may do, for any organisation, recorded as
//!   [`Registrar::Governance`]; and, governance only:
//! - grant or take away the [`GOVERNANCE_ROLES`] (standards organisation, auditor), at
//!   [`register_participant`](Pallet::register_participant) or by
//!   [`update_participant`](Pallet::update_participant): with both, one registrar could
//!   forge a whole certification chain out of shells;
//! - replace an organisation's admin account (`update_participant` with `admin`);
//! - lift a suspension governance made, and take over a registrar's suspension so that
//!   registrar can no longer lift it.
//!
//! **Registrars** verify organisations off chain, then (recorded as [`Registrar::Account`])
//! - [`register_participant`](Pallet::register_participant): register one with its
//!   administrative account, name, metadata hash and ordinary [`Roles`];
//! - for the organisations it registered itself, and only those:
//!   [`update_participant`](Pallet::update_participant) (name, metadata, ordinary roles),
//!   [`suspend_participant`](Pallet::suspend_participant) (a suspended organisation's
//!   accounts cannot act anywhere on the chain), and
//!   [`reinstate_participant`](Pallet::reinstate_participant) of a suspension it made.
//!
//! So one registrar acting alone (or its leaked key) reaches only the organisations it
//! registered, cannot lift the council's suspension, take over an organisation's key or
//! mint auditors, and governance can undo all it did (THREATS.md rule 8). Who suspended an
//! organisation is recorded in `Suspensions`; an organisation suspended before that record
//! existed has no entry and counts as suspended by governance. An organisation whose
//! registrar was removed, or on which governance acted (updated, suspended or reinstated
//! it), is governance's alone from then on (`Participant::registered_by`), so its
//! registrar cannot undo at once what the council decided.
//!
//! **Organisations** (their admin account)
//! - [`add_device`](Pallet::add_device), [`remove_device`](Pallet::remove_device): machine
//!   accounts that act for the organisation with a subset of its roles (white paper 7.1:
//!   "each piece of machinery has its own unique identity");
//! - [`change_admin`](Pallet::change_admin), [`accept_admin`](Pallet::accept_admin),
//!   [`withdraw_admin_change`](Pallet::withdraw_admin_change): hand the organisation to a
//!   new admin account (key rotation) in two steps — the admin names its successor, the
//!   successor accepts with its own signature — so no organisation can make an account act
//!   for it without that account's consent.
//!
//! **Standards organisations**
//! - [`define_standard`](Pallet::define_standard): code, version, requirements hash and URI;
//! - [`accredit_auditor`](Pallet::accredit_auditor),
//!   [`withdraw_accreditation`](Pallet::withdraw_accreditation) for their standards.
//!
//! **Accredited auditors**
//! - [`issue_certification`](Pallet::issue_certification): certify a participant's process or
//!   facility for a standard, with production capacity per period, expiry, and optionally a
//!   surveillance interval. The offer holds `OfferDeposit` on the issuing account until it
//!   is accepted, declined or removed;
//! - [`remove_offer`](Pallet::remove_offer): withdraw its own open offer;
//! - [`record_surveillance`](Pallet::record_surveillance): record a surveillance audit.
//!
//! **Certified organisations** (their admin account)
//! - [`accept_certification`](Pallet::accept_certification): a certification counts only
//!   once its holder accepts it, so an auditor cannot fill a holder's bounded list of live
//!   certifications (`MaxCertificationsPerHolder`) with throwaway ones. The auditor must
//!   still be accredited for the standard and not suspended when the holder accepts
//!   (`NotAccredited`);
//! - [`decline_certification`](Pallet::decline_certification): refuse an offer, which goes.
//!
//! **Anyone**
//! - [`remove_offer`](Pallet::remove_offer): an offer that can no longer be accepted (its
//!   validity or first surveillance date passed, or its auditor is no longer accredited or
//!   is suspended) is removed and its deposit returned to the auditor: offers do not stay
//!   for ever.
//!
//! **The issuing auditor or the standard's organisation**
//! - [`suspend_certification`](Pallet::suspend_certification),
//!   [`reinstate_certification`](Pallet::reinstate_certification),
//!   [`revoke_certification`](Pallet::revoke_certification).
//!
//! ## Time without transactions
//!
//! A certification lapses at `valid_until`, and one that requires surveillance counts as
//! suspended from its due block until an audit is recorded, with no transaction needed:
//! its standing is derived from its record and the block number
//! ([`Certification::status_at`]). Each certification keeps its validity intervals
//! (`ValidityIntervals`), so "was P certified for S at block B?" has an answer
//! ([`CertificationInspector::was_certified_at`]), not only "is it now?".
//!
//! ## Capacity
//!
//! A certification allows `capacity.units` of production per `capacity.period` blocks,
//! periods counted from its issue. Other pallets register production through
//! [`ProductionRegistry::register_production`]; production beyond the current period's
//! remaining capacity is refused, and the next period starts afresh.
//!
//! ## Genesis
//!
//! A chain may start with a consortium ([`GenesisConfig`]): registrars, and organisations
//! (registered by governance), standards, accreditations and certifications, each made by
//! the function its call uses, so the calls' rules hold for them too. The dev chain's are
//! listed in `docs/dev-chain.md`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use genesis::{
	GenesisAccreditation, GenesisCertification, GenesisParticipant, GenesisStandard, RoleNames,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use amchain_primitives::{
	certifications::{
		CertificationId, CertificationInspector, CertificationStatus, CertificationSummary,
		ProductionRegistry, StandardId,
	},
	participants::{ParticipantId, ParticipantRegistry, Role, Roles},
};

#[cfg(feature = "runtime-benchmarks")]
mod benchmark_helper;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod certifications;
mod genesis;
mod impl_traits;
mod invariants;
pub mod migrations;
mod participants;
mod queries;
mod standards;
mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// Told when an account stops acting for its organisation: an admin account replaced
/// (key rotation by `accept_admin`, or governance's `update_participant`) or a device
/// removed. What the retired account held *for the organisation* elsewhere in the runtime
/// moves to `successor` (the organisation's admin account now), and what let others act
/// in the retired account's name ends — so a rotated-out key, leaked or not, neither keeps
/// an authority of the organisation nor can be used through a delegation made before the
/// rotation (THREATS rules 1 and 3). The runtime implements it; `()` does nothing.
pub trait OnAccountRetired<AccountId> {
	/// `retired` no longer acts for `participant`; `successor` is its admin account now.
	/// Returns what it cost (at most [`Self::weight`]); the call refunds the rest.
	fn on_account_retired(
		participant: ParticipantId,
		retired: &AccountId,
		successor: &AccountId,
	) -> frame_support::weights::Weight;

	/// The most [`Self::on_account_retired`] may cost: charged up front by every call that
	/// can retire an account.
	fn weight() -> frame_support::weights::Weight;
}

impl<AccountId> OnAccountRetired<AccountId> for () {
	fn on_account_retired(
		_: ParticipantId,
		_: &AccountId,
		_: &AccountId,
	) -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}

	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// 2: `Participant::registered_by` is a [`Registrar`] ([`migrations::v2`]).
	/// 3: `CertificationsOf` lists only live certifications; the history is
	/// `CertificationHistory`; `CertifiedUntil` answers `is_certified` ([`migrations::v3`]).
	pub(crate) const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Governance: appoints and removes registrars, grants the standards-organisation
		/// and auditor roles, replaces admin accounts, and outranks every registrar. Root on
		/// dev chains, the consortium's council on a consortium chain.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The most registrars at once.
		#[pallet::constant]
		type MaxRegistrars: Get<u32>;

		/// The most device accounts one organisation may have.
		#[pallet::constant]
		type MaxDevicesPerParticipant: Get<u32>;

		/// The most live certifications one participant may hold for one standard (one per
		/// facility or process): accepted by the holder and not revoked. Expired ones leave
		/// the list when the holder accepts another; the history is kept apart
		/// (`CertificationHistory`), unbounded.
		#[pallet::constant]
		type MaxCertificationsPerHolder: Get<u32>;

		/// Longest participant name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Longest standard code, in bytes.
		#[pallet::constant]
		type MaxCodeLen: Get<u32>;

		/// Longest requirements URI, in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// Longest certification scope, in bytes.
		#[pallet::constant]
		type MaxScopeLen: Get<u32>;

		/// Holds the deposit an auditor pays for each certification offer until the offer
		/// is accepted, declined or removed.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons, of which this pallet's are part.
		type RuntimeHoldReason: From<HoldReason>;

		/// The deposit held from the issuing auditor's account for each open certification
		/// offer (the state it adds), returned when the offer goes.
		#[pallet::constant]
		type OfferDeposit: Get<BalanceOf<Self>>;

		/// Told when an admin account is replaced or a device removed, after the records
		/// changed ([`OnAccountRetired`]).
		type OnAccountRetired: OnAccountRetired<Self::AccountId>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An open certification offer, until accepted, declined or removed.
		CertificationOffer,
	}

	/// The deposit held for each open certification offer: the account it is held on (the
	/// issuing auditor's account) and the amount. Offers issued before deposits existed have
	/// no entry.
	#[pallet::storage]
	pub type OfferDeposits<T: Config> =
		StorageMap<_, Twox64Concat, CertificationId, (T::AccountId, BalanceOf<T>)>;

	/// The registrars: the consortium's trust roots.
	#[pallet::storage]
	pub type Registrars<T: Config> = CountedStorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// The id the next registered participant gets.
	#[pallet::storage]
	pub type NextParticipantId<T: Config> = StorageValue<_, ParticipantId, ValueQuery>;

	/// Registered organisations.
	#[pallet::storage]
	pub type Participants<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, ParticipantOf<T>>;

	/// Who suspended each suspended organisation: only that registrar or governance may
	/// reinstate it. An organisation suspended before this was recorded has no entry and
	/// counts as suspended by governance (the safe default: no registrar can lift it).
	#[pallet::storage]
	pub type Suspensions<T: Config> =
		StorageMap<_, Twox64Concat, ParticipantId, Registrar<T::AccountId>>;

	/// An admin account's named successor, waiting for it to accept (`accept_admin`). One
	/// per organisation: a new proposal replaces the old; any change of admin clears it.
	#[pallet::storage]
	pub type PendingAdmins<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, T::AccountId>;

	/// Which organisation each admin or device account acts for.
	#[pallet::storage]
	pub type Members<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, MemberRecord>;

	/// Each organisation's device accounts and their roles.
	#[pallet::storage]
	pub type Devices<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Blake2_128Concat, T::AccountId, Roles>;

	/// The id the next defined standard gets.
	#[pallet::storage]
	pub type NextStandardId<T: Config> = StorageValue<_, StandardId, ValueQuery>;

	/// Defined standards.
	#[pallet::storage]
	pub type Standards<T: Config> = StorageMap<_, Twox64Concat, StandardId, StandardOf<T>>;

	/// Standards by code and version: no two standards share both.
	#[pallet::storage]
	pub type StandardByCode<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, CodeOf<T>, Twox64Concat, u32, StandardId>;

	/// Auditors' accreditations, per standard and auditor.
	#[pallet::storage]
	pub type Accreditations<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		StandardId,
		Twox64Concat,
		ParticipantId,
		Accreditation<BlockNumberFor<T>>,
	>;

	/// The id the next issued certification gets.
	#[pallet::storage]
	pub type NextCertificationId<T: Config> = StorageValue<_, CertificationId, ValueQuery>;

	/// Issued certifications, in any standing.
	#[pallet::storage]
	pub type Certifications<T: Config> =
		StorageMap<_, Twox64Concat, CertificationId, CertificationOf<T>>;

	/// The live certifications each participant holds for each standard: accepted by the
	/// holder, not revoked, and not yet pruned after expiry (pruned when the holder accepts
	/// another). Only the holder adds to it, so no auditor can fill it.
	#[pallet::storage]
	pub type CertificationsOf<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ParticipantId,
		Twox64Concat,
		StandardId,
		BoundedVec<CertificationId, T::MaxCertificationsPerHolder>,
		ValueQuery,
	>;

	/// Every certification each participant has accepted for each standard, in any standing
	/// (the history `was_certified_at` reads): keys (holder, standard, certification).
	#[pallet::storage]
	pub type CertificationHistory<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, ParticipantId>,
			NMapKey<Twox64Concat, StandardId>,
			NMapKey<Twox64Concat, CertificationId>,
		),
		(),
	>;

	/// The first block at which none of a participant's live certifications for a standard
	/// is valid any more, as far as recorded: the latest [`Certification::open_interval_end`]
	/// among its live active ones (no entry if there is none). So `is_certified` reads one
	/// record, not the list; it is recomputed whenever one of them changes.
	#[pallet::storage]
	pub type CertifiedUntil<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ParticipantId,
		Twox64Concat,
		StandardId,
		BlockNumberFor<T>,
	>;

	/// Each certification's validity intervals, in order (keys `0..intervals`).
	#[pallet::storage]
	pub type ValidityIntervals<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		CertificationId,
		Twox64Concat,
		u32,
		ValidityInterval<BlockNumberFor<T>>,
	>;

	/// Production registered against each certification in its current period.
	#[pallet::storage]
	pub type ProductionUsage<T: Config> =
		StorageMap<_, Twox64Concat, CertificationId, PeriodUsage<BlockNumberFor<T>>>;

	/// The consortium a chain starts with (see [`genesis`](crate::genesis)): organisations
	/// get ids from 0 in the order listed, as do standards and certifications.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The consortium's first registrars.
		pub registrars: Vec<T::AccountId>,
		/// Organisations, registered by governance.
		pub participants: Vec<GenesisParticipant<T::AccountId>>,
		/// Standards, each defined by its standards organisation.
		pub standards: Vec<GenesisStandard<T::AccountId>>,
		/// Auditors accredited for standards.
		pub accreditations: Vec<GenesisAccreditation<T::AccountId>>,
		/// Certifications issued by accredited auditors.
		pub certifications: Vec<GenesisCertification<T::AccountId, BlockNumberFor<T>>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(
				self.registrars.len() <= T::MaxRegistrars::get() as usize,
				"more genesis registrars than MaxRegistrars"
			);
			for registrar in &self.registrars {
				Registrars::<T>::insert(registrar, ());
			}
			self.build_records();
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A registrar was appointed.
		RegistrarAdded { registrar: T::AccountId },
		/// A registrar was removed.
		RegistrarRemoved { registrar: T::AccountId },
		/// An organisation was registered.
		ParticipantRegistered {
			participant: ParticipantId,
			admin: T::AccountId,
			roles: Roles,
			registrar: Registrar<T::AccountId>,
		},
		/// An organisation's record was changed.
		ParticipantUpdated { participant: ParticipantId, registrar: Registrar<T::AccountId> },
		/// An organisation's administrative account was replaced: by governance
		/// (`registrar: Some(Governance)`, with `update_participant`), or by the organisation
		/// itself (`registrar: None`: its admin account `old` named its successor).
		ParticipantAdminChanged {
			participant: ParticipantId,
			old: T::AccountId,
			new: T::AccountId,
			registrar: Option<Registrar<T::AccountId>>,
		},
		/// An organisation's admin account named its successor, which may now accept.
		AdminChangeProposed { participant: ParticipantId, new: T::AccountId },
		/// An organisation's admin account withdrew the successor it had named.
		AdminChangeWithdrawn { participant: ParticipantId, new: T::AccountId },
		/// An organisation was suspended: its accounts cannot act. Also emitted when
		/// governance takes over a registrar's suspension (`registrar: Governance`).
		ParticipantSuspended {
			participant: ParticipantId,
			reason: H256,
			registrar: Registrar<T::AccountId>,
		},
		/// A suspended organisation was reinstated.
		ParticipantReinstated { participant: ParticipantId, registrar: Registrar<T::AccountId> },
		/// An organisation added a device account.
		DeviceAdded { participant: ParticipantId, device: T::AccountId, roles: Roles },
		/// An organisation removed a device account.
		DeviceRemoved { participant: ParticipantId, device: T::AccountId },
		/// A standards organisation defined a standard.
		StandardDefined {
			standard: StandardId,
			owner: ParticipantId,
			code: CodeOf<T>,
			version: u32,
		},
		/// An auditor was accredited for a standard.
		AuditorAccredited { standard: StandardId, auditor: ParticipantId },
		/// An auditor's accreditation for a standard was withdrawn.
		AccreditationWithdrawn { standard: StandardId, auditor: ParticipantId },
		/// A certification was issued.
		CertificationIssued {
			certification: CertificationId,
			participant: ParticipantId,
			standard: StandardId,
			auditor: ParticipantId,
			valid_until: BlockNumberFor<T>,
		},
		/// A certification's holder accepted it: from now on it counts.
		CertificationAccepted { certification: CertificationId, participant: ParticipantId },
		/// A certification's holder declined the offer: it is gone, its deposit returned.
		CertificationDeclined { certification: CertificationId, participant: ParticipantId },
		/// An offer that could no longer be accepted (expired, surveillance overdue, or its
		/// auditor no longer accredited), or that its auditor withdrew, was removed; its
		/// deposit returned.
		OfferRemoved { certification: CertificationId },
		/// A surveillance audit was recorded; the next is due at `next_due`.
		SurveillanceRecorded {
			certification: CertificationId,
			auditor: ParticipantId,
			report: H256,
			next_due: BlockNumberFor<T>,
		},
		/// A certification was suspended.
		CertificationSuspended { certification: CertificationId, by: ParticipantId, reason: H256 },
		/// A certification became valid again: reinstated, or its overdue surveillance recorded.
		CertificationReinstated { certification: CertificationId, by: ParticipantId },
		/// A certification was revoked for good.
		CertificationRevoked { certification: CertificationId, by: ParticipantId, reason: H256 },
		/// Production was registered against a certification's capacity.
		ProductionRegistered {
			certification: CertificationId,
			participant: ParticipantId,
			units: u64,
			remaining: u64,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not a registrar.
		NotRegistrar,
		/// The account already is a registrar.
		AlreadyRegistrar,
		/// There are `MaxRegistrars` registrars already.
		TooManyRegistrars,
		/// No participant has this id.
		UnknownParticipant,
		/// The calling account acts for no active organisation (unknown, or its organisation
		/// is suspended).
		NotAMember,
		/// The organisation is suspended.
		SuspendedParticipant,
		/// The organisation is not suspended.
		ParticipantNotSuspended,
		/// The account already acts for an organisation.
		AccountInUse,
		/// Only the organisation's admin account may do this.
		NotParticipantAdmin,
		/// The role set is empty or has bits that name no role.
		InvalidRoles,
		/// A device may only have roles its organisation has.
		RolesNotHeld,
		/// The caller lacks the role this needs.
		MissingRole,
		/// The organisation has `MaxDevicesPerParticipant` devices already.
		TooManyDevices,
		/// The account is not a device of the caller's organisation.
		UnknownDevice,
		/// The name is longer than `MaxNameLen`.
		NameTooLong,
		/// No standard has this id.
		UnknownStandard,
		/// A standard with this code and version exists.
		StandardExists,
		/// The code is longer than `MaxCodeLen`.
		CodeTooLong,
		/// The URI is longer than `MaxUriLen`.
		UriTooLong,
		/// Only the standard's organisation may do this.
		NotStandardOwner,
		/// The participant is not an auditor.
		NotAnAuditor,
		/// The auditor is accredited for this standard already.
		AlreadyAccredited,
		/// The auditor is not accredited for this standard.
		NotAccredited,
		/// An auditor may not certify its own organisation.
		SelfCertification,
		/// `valid_until` must be after the current block.
		InvalidValidity,
		/// Capacity needs at least one unit and a period of at least one block.
		InvalidCapacity,
		/// The surveillance interval must be at least one block.
		InvalidSurveillanceInterval,
		/// The scope is longer than `MaxScopeLen`.
		ScopeTooLong,
		/// The participant holds `MaxCertificationsPerHolder` certifications for the standard.
		TooManyCertifications,
		/// No certification has this id.
		UnknownCertification,
		/// Only the issuing auditor or the standard's organisation may do this.
		NotCertificationAuthority,
		/// Only the issuing auditor, while accredited, may record surveillance.
		NotIssuingAuditor,
		/// The certification was revoked.
		RevokedCertification,
		/// The certification has expired.
		ExpiredCertification,
		/// The certification is suspended.
		SuspendedCertification,
		/// The certification's surveillance audit is overdue.
		SurveillanceOverdue,
		/// The certification is not suspended.
		CertificationNotSuspended,
		/// The certification requires no surveillance.
		NoSurveillance,
		/// The certification belongs to another participant.
		NotCertificationHolder,
		/// The production exceeds the capacity left in the current period.
		CapacityExceeded,
		/// A counter or block computation overflowed.
		Overflow,
		/// The organisation was registered by another registrar or by governance: only its
		/// own registrar, or governance, may update or suspend it.
		RegisteredByAnother,
		/// The organisation was suspended by governance (or before suspensions were
		/// recorded): only governance may reinstate it.
		SuspendedByGovernance,
		/// Only governance grants or takes away the standards-organisation and auditor roles.
		RoleNeedsGovernance,
		/// Only governance, or the organisation's own admin account (`change_admin`), may
		/// replace its admin account.
		AdminChangeNeedsGovernance,
		/// The organisation's admin named no successor (or withdrew it).
		NoAdminChangeProposed,
		/// Only the account the admin named may accept the organisation.
		NotTheProposedAdmin,
		/// The certification is not awaiting its holder's acceptance (accepted already, or
		/// revoked).
		NotOffered,
		/// The certification awaits its holder's acceptance: it does not count yet.
		NotAccepted,
		/// The offer can still be accepted: only its auditor may withdraw it.
		OfferStillOpen,
		/// The auditor cannot pay the offer's deposit.
		InsufficientDeposit,
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
		/// Appoint a registrar.
		///
		/// Origin: `AdminOrigin`. Emits `RegistrarAdded`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_registrar())]
		pub fn add_registrar(origin: OriginFor<T>, registrar: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_add_registrar(registrar)
		}

		/// Remove a registrar. The participants it registered stay registered, from then on
		/// governance's alone to update, suspend or reinstate (no other registrar inherits
		/// them).
		///
		/// Origin: `AdminOrigin`. Emits `RegistrarRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_registrar())]
		pub fn remove_registrar(origin: OriginFor<T>, registrar: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Self::do_remove_registrar(registrar)
		}

		/// Register an organisation, verified off chain by the calling registrar.
		///
		/// Origin: a registrar, or `AdminOrigin`; only `AdminOrigin` grants the
		/// [`GOVERNANCE_ROLES`] (standards organisation, auditor). `admin` becomes the
		/// organisation's administrative account (it must not act for another organisation);
		/// `roles` is a non-empty [`Roles`] mask; `name` at most `MaxNameLen` bytes;
		/// `metadata` the hash of its off-chain record. Emits `ParticipantRegistered`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_participant())]
		pub fn register_participant(
			origin: OriginFor<T>,
			admin: T::AccountId,
			name: Vec<u8>,
			metadata: H256,
			roles: Roles,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin)?;
			Self::do_register_participant(registrar, admin, name, metadata, roles)
		}

		/// Change an organisation's name, metadata, roles or admin account; `None` leaves a
		/// field as it is. Devices keep only the roles their organisation still has.
		///
		/// Origin: the registrar that registered the organisation, for its name, metadata
		/// and roles other than the [`GOVERNANCE_ROLES`]; `AdminOrigin` for any organisation
		/// and field, including granting or taking away a standards-organisation or auditor
		/// role and replacing the admin account. The new admin account must act for no
		/// organisation, or be a device of this one (it is promoted: a leaked admin key cannot
		/// block its replacement by adding the new key as a device first). Emits
		/// `ParticipantUpdated`, `ParticipantAdminChanged` if the admin account changed, and
		/// `DeviceRemoved` before it if a device was promoted.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::update_participant().saturating_add(T::OnAccountRetired::weight()))]
		pub fn update_participant(
			origin: OriginFor<T>,
			participant: ParticipantId,
			name: Option<Vec<u8>>,
			metadata: Option<H256>,
			roles: Option<Roles>,
			admin: Option<T::AccountId>,
		) -> DispatchResultWithPostInfo {
			let registrar = Self::ensure_registrar(origin)?;
			let retired =
				Self::do_update_participant(registrar, participant, name, metadata, roles, admin)?;
			Ok(Some(T::WeightInfo::update_participant().saturating_add(retired)).into())
		}

		/// Suspend an organisation: none of its accounts can act until reinstated. Who
		/// suspended it is recorded (`Suspensions`).
		///
		/// Origin: the registrar that registered the organisation, or `AdminOrigin` (which
		/// may also take over a registrar's suspension, so that registrar can no longer lift
		/// it). `reason` is the hash of the statement of reasons. Emits `ParticipantSuspended`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::suspend_participant())]
		pub fn suspend_participant(
			origin: OriginFor<T>,
			participant: ParticipantId,
			reason: H256,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin)?;
			Self::do_suspend_participant(registrar, participant, reason)
		}

		/// Reinstate a suspended organisation.
		///
		/// Origin: the registrar that suspended it, or `AdminOrigin`: a registrar cannot
		/// lift governance's suspension (`SuspendedByGovernance`). Emits
		/// `ParticipantReinstated`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reinstate_participant())]
		pub fn reinstate_participant(
			origin: OriginFor<T>,
			participant: ParticipantId,
		) -> DispatchResult {
			let registrar = Self::ensure_registrar(origin)?;
			Self::do_reinstate_participant(registrar, participant)
		}

		/// Add a device or machine account that acts for the caller's organisation with
		/// `roles`, a subset of the organisation's.
		///
		/// Origin: an organisation's admin account. Emits `DeviceAdded`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::add_device())]
		pub fn add_device(
			origin: OriginFor<T>,
			device: T::AccountId,
			roles: Roles,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_device(who, device, roles)
		}

		/// Remove one of the caller's organisation's device accounts.
		///
		/// Origin: an organisation's admin account. Emits `DeviceRemoved`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::remove_device().saturating_add(T::OnAccountRetired::weight()))]
		pub fn remove_device(
			origin: OriginFor<T>,
			device: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let retired = Self::do_remove_device(who, device)?;
			Ok(Some(T::WeightInfo::remove_device().saturating_add(retired)).into())
		}

		/// Define a standard: its `code` (e.g. `ISO 9001`) and `version` must not be taken;
		/// the requirements document's hash and the URI where it is published.
		///
		/// Origin: an account of a standards organisation. Emits `StandardDefined`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::define_standard())]
		pub fn define_standard(
			origin: OriginFor<T>,
			code: Vec<u8>,
			version: u32,
			requirements_hash: H256,
			requirements_uri: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_define_standard(who, code, version, requirements_hash, requirements_uri)
		}

		/// Accredit an auditor organisation for one of the caller's standards.
		///
		/// Origin: an account of the standard's organisation. Emits `AuditorAccredited`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::accredit_auditor())]
		pub fn accredit_auditor(
			origin: OriginFor<T>,
			standard: StandardId,
			auditor: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accredit_auditor(who, standard, auditor)
		}

		/// Withdraw an auditor's accreditation for one of the caller's standards. The
		/// certifications it issued stay as they are.
		///
		/// Origin: an account of the standard's organisation. Emits `AccreditationWithdrawn`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::withdraw_accreditation())]
		pub fn withdraw_accreditation(
			origin: OriginFor<T>,
			standard: StandardId,
			auditor: ParticipantId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_accreditation(who, standard, auditor)
		}

		/// Certify `participant`'s process or facility (`scope`) for `standard`: at most
		/// `capacity.units` of production per `capacity.period` blocks, valid until block
		/// `valid_until`, and, if `surveillance_interval` is given, a surveillance audit due
		/// every that many blocks.
		///
		/// The certification is an offer: it counts (certifies, draws capacity, has validity
		/// intervals) only once the holder accepts it (`accept_certification`), so no auditor
		/// can fill a holder's list of live certifications against its will.
		///
		/// Origin: an account of an auditor accredited for the standard (not the
		/// participant's own). Emits `CertificationIssued`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::issue_certification())]
		pub fn issue_certification(
			origin: OriginFor<T>,
			participant: ParticipantId,
			standard: StandardId,
			scope: Vec<u8>,
			capacity: Capacity<BlockNumberFor<T>>,
			valid_until: BlockNumberFor<T>,
			surveillance_interval: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_issue_certification(
				who,
				participant,
				standard,
				scope,
				capacity,
				valid_until,
				surveillance_interval,
			)
		}

		/// Record a surveillance audit (`report` is the hash of its report). The next is due
		/// `interval` blocks from now; a certification suspended for overdue surveillance is
		/// valid again from now.
		///
		/// Origin: an account of the issuing auditor, while accredited. Emits
		/// `SurveillanceRecorded`, and `CertificationReinstated` if it was overdue.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::record_surveillance())]
		pub fn record_surveillance(
			origin: OriginFor<T>,
			certification: CertificationId,
			report: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_surveillance(who, certification, report)
		}

		/// Suspend a certification until it is reinstated.
		///
		/// Origin: an account of the issuing auditor or of the standard's organisation.
		/// Emits `CertificationSuspended`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::suspend_certification())]
		pub fn suspend_certification(
			origin: OriginFor<T>,
			certification: CertificationId,
			reason: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_suspend_certification(who, certification, reason)
		}

		/// Reinstate a suspended certification (counts as a surveillance audit: the next is
		/// due one interval from now).
		///
		/// Origin: an account of the issuing auditor or of the standard's organisation.
		/// Emits `CertificationReinstated`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::reinstate_certification())]
		pub fn reinstate_certification(
			origin: OriginFor<T>,
			certification: CertificationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reinstate_certification(who, certification)
		}

		/// Revoke a certification for good.
		///
		/// Origin: an account of the issuing auditor or of the standard's organisation.
		/// Emits `CertificationRevoked`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::revoke_certification())]
		pub fn revoke_certification(
			origin: OriginFor<T>,
			certification: CertificationId,
			reason: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke_certification(who, certification, reason)
		}

		/// Name a successor for the caller's admin account (key rotation, first step):
		/// nothing changes until `new` accepts with `accept_admin`. `new` must act for no
		/// organisation. A later proposal replaces this one.
		///
		/// Origin: an active organisation's admin account. Emits `AdminChangeProposed`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::change_admin())]
		pub fn change_admin(origin: OriginFor<T>, new: T::AccountId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_change_admin(who, new)
		}

		/// Accept the organisation whose admin named the caller as its successor (key
		/// rotation, second step): the caller becomes its admin account, the old admin
		/// account acts for no organisation, devices stay. The caller must still act for no
		/// organisation and the organisation must be active. On a members-only chain anyone
		/// may sign this call (the successor is not a member yet); it does nothing for an
		/// account that was not named.
		///
		/// Origin: the named account. Emits `ParticipantAdminChanged` (`registrar: None`).
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::accept_admin().saturating_add(T::OnAccountRetired::weight()))]
		pub fn accept_admin(
			origin: OriginFor<T>,
			participant: ParticipantId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let retired = Self::do_accept_admin(who, participant)?;
			Ok(Some(T::WeightInfo::accept_admin().saturating_add(retired)).into())
		}

		/// Withdraw the successor the caller's organisation named.
		///
		/// Origin: an active organisation's admin account. Emits `AdminChangeWithdrawn`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::withdraw_admin_change())]
		pub fn withdraw_admin_change(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_admin_change(who)
		}

		/// Accept a certification issued to the caller's organisation: from now on it counts
		/// (its first validity interval opens now). Expired certifications leave the
		/// organisation's live list first; the list holds at most
		/// `MaxCertificationsPerHolder` (`TooManyCertifications`).
		///
		/// Origin: the holder's admin account (not a device: accepting binds the
		/// organisation). Emits `CertificationAccepted`.
		///
		/// Complexity: O(`MaxCertificationsPerHolder`) reads (pruning, `CertifiedUntil`).
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::accept_certification())]
		pub fn accept_certification(
			origin: OriginFor<T>,
			certification: CertificationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_certification(who, certification)
		}

		/// Decline a certification offered to the caller's organisation: the offer is
		/// removed and its deposit returned to the auditor.
		///
		/// Origin: the holder's admin account. Emits `CertificationDeclined`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::decline_certification())]
		pub fn decline_certification(
			origin: OriginFor<T>,
			certification: CertificationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decline_certification(who, certification)
		}

		/// Remove a certification offer that can no longer be accepted (its validity or
		/// its first surveillance date passed, or its auditor is no longer accredited for
		/// the standard or is suspended), returning its deposit to the auditor. The issuing
		/// auditor may also withdraw its own open offer.
		///
		/// Origin: any signed account for an offer that can no longer be accepted; an
		/// account of the issuing auditor for one that still can (else `OfferStillOpen`).
		/// Emits `OfferRemoved`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::remove_offer())]
		pub fn remove_offer(
			origin: OriginFor<T>,
			certification: CertificationId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_offer(who, certification)
		}
	}
}
