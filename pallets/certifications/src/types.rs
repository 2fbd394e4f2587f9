//! The records pallet-certifications keeps.

use amchain_primitives::{
	certifications::{CertificationStatus, StandardId},
	participants::{ParticipantId, Role, Roles},
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use serde::{Deserialize, Serialize};
use sp_core::H256;

use crate::Config;

/// A participant's display name.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;
/// A standard's code, e.g. `ISO 9001`.
pub type CodeOf<T> = BoundedVec<u8, <T as Config>::MaxCodeLen>;
/// Where a standard's requirements document is published.
pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLen>;
/// The process or facility a certification covers.
pub type ScopeOf<T> = BoundedVec<u8, <T as Config>::MaxScopeLen>;

pub type ParticipantOf<T> = Participant<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as Config>::MaxNameLen,
>;
pub type StandardOf<T> =
	Standard<BlockNumberFor<T>, <T as Config>::MaxCodeLen, <T as Config>::MaxUriLen>;
pub type CertificationOf<T> = Certification<BlockNumberFor<T>, <T as Config>::MaxScopeLen>;
/// An amount of the currency offer deposits are held in.
pub type BalanceOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

/// Whether an organisation may act.
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
pub enum ParticipantStatus<BlockNumber> {
	Active,
	/// Suspended by a registrar or by governance (who: `Suspensions`): none of its
	/// accounts can act until reinstated.
	Suspended {
		/// Hash of the statement of reasons.
		reason: H256,
		since: BlockNumber,
	},
}

/// A registered organisation.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxName))]
pub struct Participant<AccountId, BlockNumber, MaxName: Get<u32>> {
	/// Its administrative account: acts with all its roles, manages its devices.
	pub admin: AccountId,
	pub name: BoundedVec<u8, MaxName>,
	/// Hash of its off-chain metadata document (legal identity, addresses, …).
	pub metadata: H256,
	pub roles: Roles,
	pub status: ParticipantStatus<BlockNumber>,
	/// Who answers for it: the registrar that verified and registered it, until governance
	/// acts on it (updates, suspends or reinstates it); from then on governance alone.
	pub registered_by: Registrar<AccountId>,
	pub registered_at: BlockNumber,
	/// How many device accounts act for it.
	pub devices: u32,
}

/// Who registered, updated, suspended or reinstated an organisation.
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
pub enum Registrar<AccountId> {
	/// A registrar appointed by the admin origin, with its own account.
	Account(AccountId),
	/// The admin origin itself: a council motion (root on a dev chain).
	Governance,
}

impl<AccountId: PartialEq> Registrar<AccountId> {
	/// Whether `self` holds at least the authority of `other` over an organisation:
	/// governance over anything, a registrar over what it did itself (an organisation it
	/// registered, a suspension it made). THREATS.md rule 8: an act is undone only by an
	/// equal or higher authority.
	pub fn is_at_least(&self, other: &Registrar<AccountId>) -> bool {
		*self == Registrar::Governance || self == other
	}
}

/// The roles only governance grants or takes away. A standards organisation defines
/// standards and accredits auditors, and an auditor certifies: with both, one registrar
/// could build a whole certification chain out of shells.
pub const GOVERNANCE_ROLES: Roles =
	Roles(Role::StandardsOrganisation.roles().0 | Role::Auditor.roles().0);

/// Whether a set of roles (granted, or the change between two sets) includes one of the
/// [`GOVERNANCE_ROLES`].
pub const fn needs_governance(roles: Roles) -> bool {
	!roles.intersection(GOVERNANCE_ROLES).is_empty()
}

/// How an account belongs to a participant (the value of `Members`).
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
pub struct MemberRecord {
	pub participant: ParticipantId,
	/// A device's own roles (always within its organisation's); `None` for the admin
	/// account, which has all of the organisation's roles.
	pub device_roles: Option<Roles>,
}

/// A standard.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxCode, MaxUri))]
pub struct Standard<BlockNumber, MaxCode: Get<u32>, MaxUri: Get<u32>> {
	/// The standards organisation that defined it and accredits its auditors.
	pub owner: ParticipantId,
	pub code: BoundedVec<u8, MaxCode>,
	pub version: u32,
	pub requirements_hash: H256,
	pub requirements_uri: BoundedVec<u8, MaxUri>,
	pub defined_at: BlockNumber,
}

/// An auditor's accreditation for a standard. Records are kept after withdrawal,
/// so every certification can be traced to an accreditation held when it was issued.
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
pub struct Accreditation<BlockNumber> {
	/// When the auditor was first accredited for the standard.
	pub first_accredited: BlockNumber,
	/// Start of the current (or last) accreditation.
	pub since: BlockNumber,
	/// When the last accreditation was withdrawn; `None` while accredited.
	pub withdrawn_at: Option<BlockNumber>,
}

impl<BlockNumber> Accreditation<BlockNumber> {
	pub fn is_active(&self) -> bool {
		self.withdrawn_at.is_none()
	}
}

/// Certified production capacity: at most `units` per `period` blocks, periods
/// counted from the certification's issue.
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
	Serialize,
	Deserialize,
)]
#[serde(deny_unknown_fields)]
pub struct Capacity<BlockNumber> {
	pub units: u64,
	pub period: BlockNumber,
}

/// A certification's surveillance schedule.
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
pub struct Surveillance<BlockNumber> {
	/// Blocks between surveillance audits.
	pub interval: BlockNumber,
	/// The block by which the next audit must be recorded; from then on the
	/// certification counts as suspended until one is.
	pub due: BlockNumber,
}

/// What the auditors and the standards organisation last did to a certification.
/// Expiry and overdue surveillance are not stored: they follow from the block number.
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
pub enum CertificationState<BlockNumber> {
	Active,
	Suspended {
		reason: H256,
		since: BlockNumber,
	},
	Revoked {
		reason: H256,
		at: BlockNumber,
	},
	/// Issued, awaiting its holder's acceptance: counts for nothing, has no validity
	/// interval, and is in no list of its holder's until accepted (then `Active`).
	Offered,
}

/// A certification of a participant's process or facility for a standard.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxScope))]
pub struct Certification<BlockNumber, MaxScope: Get<u32>> {
	pub participant: ParticipantId,
	pub standard: StandardId,
	/// The accredited auditor that issued it.
	pub auditor: ParticipantId,
	pub scope: BoundedVec<u8, MaxScope>,
	pub capacity: Capacity<BlockNumber>,
	pub issued_at: BlockNumber,
	/// First block at which it is no longer valid.
	pub valid_until: BlockNumber,
	pub surveillance: Option<Surveillance<BlockNumber>>,
	pub state: CertificationState<BlockNumber>,
	/// How many validity intervals it has had (`ValidityIntervals` keys `0..intervals`).
	pub intervals: u32,
}

impl<BlockNumber: Copy + Ord, MaxScope: Get<u32>> Certification<BlockNumber, MaxScope> {
	/// Its standing at block `now`.
	pub fn status_at(&self, now: BlockNumber) -> CertificationStatus {
		match self.state {
			CertificationState::Revoked { .. } => CertificationStatus::Revoked,
			_ if now >= self.valid_until => CertificationStatus::Expired,
			CertificationState::Suspended { .. } => CertificationStatus::Suspended,
			CertificationState::Offered => CertificationStatus::Offered,
			CertificationState::Active => match self.surveillance {
				Some(s) if now >= s.due => CertificationStatus::SurveillanceOverdue,
				_ => CertificationStatus::Active,
			},
		}
	}

	/// Where the current validity interval ends at the latest, if nothing is recorded:
	/// at expiry, or when surveillance falls due.
	pub fn open_interval_end(&self) -> BlockNumber {
		match self.surveillance {
			Some(s) if s.due < self.valid_until => s.due,
			_ => self.valid_until,
		}
	}
}

/// A span of blocks `[from, to)` during which a certification was valid. The last
/// interval of an active certification is open (`to == None`): it runs until the
/// certification expires or its surveillance falls due.
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
pub struct ValidityInterval<BlockNumber> {
	pub from: BlockNumber,
	pub to: Option<BlockNumber>,
}

/// Production registered in the current capacity period.
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
pub struct PeriodUsage<BlockNumber> {
	/// Index of the period (0 = the first `capacity.period` blocks after issue).
	pub period: BlockNumber,
	pub used: u64,
}
