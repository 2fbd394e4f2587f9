//! Standards and certifications: who is certified for what, and how much they
//! may produce under it.

use alloc::vec::Vec;
use codec::{Codec, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::participants::{Membership, ParticipantId, Roles};

/// A standard defined by a standards organisation (e.g. ISO 9001:2015, AS9100D).
pub type StandardId = u32;

/// A certification of one participant's process or facility for one standard.
pub type CertificationId = u32;

/// A certification's standing at a given block, derived from its record and the
/// block number: expiry and missed surveillance take effect without a transaction.
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
pub enum CertificationStatus {
	/// Valid: its holder may rely on it.
	Active,
	/// Suspended by its auditor or the standards organisation until reinstated.
	Suspended,
	/// Suspended automatically: a required surveillance audit was not recorded by its due block.
	SurveillanceOverdue,
	/// Lapsed: its validity ended.
	Expired,
	/// Withdrawn for good.
	Revoked,
	/// Issued by an auditor, not yet accepted by its holder: it does not count (it
	/// certifies nothing, draws no capacity) until the holder accepts it.
	Offered,
}

impl CertificationStatus {
	/// Whether the certification is valid.
	pub const fn is_active(self) -> bool {
		matches!(self, CertificationStatus::Active)
	}
}

/// Read-only questions other pallets (and the contracts' chain extension) ask
/// about certifications. Implemented by pallet-certifications.
pub trait CertificationInspector<BlockNumber> {
	/// Whether `participant` holds a valid certification for `standard` now (and is
	/// itself active).
	fn is_certified(participant: ParticipantId, standard: StandardId) -> bool;

	/// Whether `participant` held a valid certification for `standard` at block `at`.
	fn was_certified_at(participant: ParticipantId, standard: StandardId, at: BlockNumber) -> bool;

	/// The holder and standard of a certification, if it exists.
	fn holder_of(certification: CertificationId) -> Option<(ParticipantId, StandardId)>;

	/// A certification's standing now, if it exists.
	fn status(certification: CertificationId) -> Option<CertificationStatus>;

	/// Units the certification may still produce in the current period (0 unless active).
	fn remaining_capacity(certification: CertificationId) -> Option<u64>;

	/// A certification's holder, standard, standing now (its holder active too) and the
	/// capacity it has left this period, in a constant number of reads; `None` if it does
	/// not exist.
	fn summary(certification: CertificationId) -> Option<CertificationSummary<BlockNumber>>;

	/// Whether a standard with this id was defined.
	fn standard_exists(standard: StandardId) -> bool;

	/// How many live certifications for `standard` `participant` holds (accepted, not
	/// revoked, in any other status). [`is_certified`](Self::is_certified) reads a constant
	/// number of records whatever this is; callers that charged per certification held may
	/// charge for one.
	fn certifications_held(participant: ParticipantId, standard: StandardId) -> u32;
}

/// What [`CertificationInspector::summary`] answers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct CertificationSummary<BlockNumber> {
	/// The certified organisation.
	pub holder: ParticipantId,
	pub standard: StandardId,
	/// Valid now, and its holder not suspended: it certifies, and production may be
	/// registered against it.
	pub active: bool,
	/// Units it may still produce in the current period (0 unless `active`).
	pub remaining: u64,
	/// The first block at which it is no longer valid.
	pub valid_until: BlockNumber,
}

/// Production registered against certified capacity (white paper 5.1: "as
/// production occurs, produce is registered against the certified production
/// capacity"). Implemented by pallet-certifications; pallet-parts calls it when
/// parts and lots are registered.
pub trait ProductionRegistry {
	/// Draws `units` from the current period's capacity of `certification`, held by
	/// `participant`. Fails, changing nothing, if the certification is not the
	/// participant's, is not active, or has fewer than `units` left this period.
	fn register_production(
		participant: ParticipantId,
		certification: CertificationId,
		units: u64,
	) -> DispatchResult;
}

/// A participant as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ParticipantView<AccountId, BlockNumber> {
	pub id: ParticipantId,
	/// The organisation's administrative account.
	pub admin: AccountId,
	/// Display name (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub name: Vec<u8>,
	/// Hash of the organisation's off-chain metadata document.
	pub metadata: H256,
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::roles"))]
	pub roles: Roles,
	pub suspended: bool,
	pub registered_at: BlockNumber,
	/// Device accounts acting for it.
	pub devices: u32,
}

/// A standard as wallets see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct StandardView {
	pub id: StandardId,
	/// The standards organisation that defined it.
	pub owner: ParticipantId,
	/// Its code, e.g. `ISO 9001` (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub code: Vec<u8>,
	pub version: u32,
	/// Hash of the requirements document.
	pub requirements_hash: H256,
	/// Where the requirements document is published (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub requirements_uri: Vec<u8>,
}

/// A certification as wallets see it, with its standing at the queried block.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct CertificationView<BlockNumber> {
	pub id: CertificationId,
	pub participant: ParticipantId,
	pub standard: StandardId,
	/// The accredited auditor that issued it.
	pub auditor: ParticipantId,
	/// The process or facility it covers (UTF-8).
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::text"))]
	pub scope: Vec<u8>,
	/// Units it may produce per period.
	pub capacity_units: u64,
	/// The period's length in blocks.
	pub capacity_period: BlockNumber,
	pub issued_at: BlockNumber,
	/// First block at which it is no longer valid.
	pub valid_until: BlockNumber,
	/// Blocks between required surveillance audits, if any.
	pub surveillance_interval: Option<BlockNumber>,
	/// The block by which the next surveillance audit must be recorded.
	pub surveillance_due: Option<BlockNumber>,
	pub status: CertificationStatus,
	/// Units left in the current period.
	pub remaining_capacity: u64,
}

sp_api::decl_runtime_apis! {
	/// Queries about participants and certifications, for wallets and machines
	/// (`state_call`, or the node's `amchain_*` RPC methods).
	pub trait CertificationsApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// The organisation an account acts for and the roles it may use, if active.
		fn membership(who: AccountId) -> Option<Membership>;
		/// A participant's record.
		fn participant(id: ParticipantId) -> Option<ParticipantView<AccountId, BlockNumber>>;
		/// A standard's record.
		fn standard(id: StandardId) -> Option<StandardView>;
		/// A certification's record and its standing now.
		fn certification(id: CertificationId) -> Option<CertificationView<BlockNumber>>;
		/// The certifications a participant has accepted for a standard, in any standing
		/// (its history: revoked and expired ones too).
		fn certifications_of(participant: ParticipantId, standard: StandardId) -> Vec<CertificationId>;
		/// Whether the participant holds a valid certification for the standard now.
		fn is_certified(participant: ParticipantId, standard: StandardId) -> bool;
		/// Whether the participant held a valid certification for the standard at block `at`.
		fn was_certified_at(participant: ParticipantId, standard: StandardId, at: BlockNumber) -> bool;
		/// Units the certification may still produce this period.
		fn remaining_capacity(id: CertificationId) -> Option<u64>;
	}
}

/// Sets up organisations and certifications for other pallets' benchmarks, which
/// cannot reach pallet-certifications' storage themselves. Implemented by
/// pallet-certifications.
#[cfg(feature = "runtime-benchmarks")]
pub trait TrustBenchmarkHelper<AccountId> {
	/// Registers an active organisation administered by `admin`, with `roles`.
	fn participant(admin: &AccountId, roles: Roles) -> ParticipantId;
	/// Certifies `participant` for a new standard, with capacity no benchmark exhausts;
	/// returns the standard and the certification.
	fn certify(participant: ParticipantId) -> (StandardId, CertificationId) {
		Self::certify_after_lapsed(participant, 0)
	}
	/// As `certify`, but first `lapsed` live certifications of the participant for the
	/// same standard that are suspended (the holder's live list at its fullest). Every
	/// certification is accepted by the holder.
	fn certify_after_lapsed(
		participant: ParticipantId,
		lapsed: u32,
	) -> (StandardId, CertificationId);
}
