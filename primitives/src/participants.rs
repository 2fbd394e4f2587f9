//! Participants: the organisations of the consortium, their roles and the
//! accounts (people's and machines') that act for them.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A registered organisation (manufacturer, supplier, auditor, bank, …).
pub type ParticipantId = u32;

/// What an organisation may do on the chain: a set of [`Role`]s, one bit each.
///
/// Encoded as a `u16` bit mask (bit 0 = manufacturer … bit 9 = customer, see
/// [`Role`]). Wallets pass the mask; unknown bits are refused.
#[derive(
	Clone,
	Copy,
	Default,
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
pub struct Roles(pub u16);

/// One role of the supply chain (white paper 5.1, plus the parties of 6.1-6.4).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Role {
	/// Makes parts (defines part types, registers parts).
	Manufacturer = 0,
	/// Produces raw material (registers lots).
	Producer = 1,
	/// Supplies parts or material to others.
	Supplier = 2,
	/// Defines standards and accredits auditors for them.
	StandardsOrganisation = 3,
	/// Audits and certifies processes against standards; inspects and grades.
	Auditor = 4,
	/// Services and repairs parts in use.
	ServiceProvider = 5,
	/// Remanufactures, reconditions and repairs cores.
	Remanufacturer = 6,
	/// Holds parts in custody while they travel.
	Carrier = 7,
	/// Issues letters of credit, finances trade.
	Bank = 8,
	/// Buys and uses products.
	Customer = 9,
}

impl Role {
	/// Every role, in bit order.
	pub const ALL: [Role; 10] = [
		Role::Manufacturer,
		Role::Producer,
		Role::Supplier,
		Role::StandardsOrganisation,
		Role::Auditor,
		Role::ServiceProvider,
		Role::Remanufacturer,
		Role::Carrier,
		Role::Bank,
		Role::Customer,
	];

	/// The role's name, as the node's RPC shows it.
	pub const fn name(self) -> &'static str {
		match self {
			Role::Manufacturer => "manufacturer",
			Role::Producer => "producer",
			Role::Supplier => "supplier",
			Role::StandardsOrganisation => "standardsOrganisation",
			Role::Auditor => "auditor",
			Role::ServiceProvider => "serviceProvider",
			Role::Remanufacturer => "remanufacturer",
			Role::Carrier => "carrier",
			Role::Bank => "bank",
			Role::Customer => "customer",
		}
	}

	/// This role alone, as a set.
	pub const fn roles(self) -> Roles {
		Roles(1 << self as u16)
	}
}

impl From<Role> for Roles {
	fn from(role: Role) -> Roles {
		role.roles()
	}
}

impl Roles {
	/// No role.
	pub const NONE: Roles = Roles(0);
	/// The bits that name a role; any other bit is invalid.
	pub const KNOWN: u16 = (1 << Role::ALL.len()) - 1;

	/// The set of the given roles.
	pub fn of(roles: &[Role]) -> Roles {
		Roles(roles.iter().fold(0, |mask, role| mask | role.roles().0))
	}

	/// Whether the set has this role.
	pub const fn has(self, role: Role) -> bool {
		self.0 & role.roles().0 != 0
	}

	/// Whether every role of `other` is in this set.
	pub const fn contains(self, other: Roles) -> bool {
		self.0 & other.0 == other.0
	}

	/// The roles in both sets.
	pub const fn intersection(self, other: Roles) -> Roles {
		Roles(self.0 & other.0)
	}

	/// Whether the set is empty.
	pub const fn is_empty(self) -> bool {
		self.0 == 0
	}

	/// Whether the set names at least one role and only known roles.
	pub const fn is_valid(self) -> bool {
		self.0 != 0 && self.0 & !Self::KNOWN == 0
	}
}

/// How an account acts for an organisation.
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
pub enum MemberKind {
	/// The organisation's administrative account: all of its roles, manages its devices.
	Admin,
	/// A device or machine account acting with a subset of the organisation's roles.
	Device,
}

/// An account's place in the consortium: the organisation it acts for and the
/// roles it may use there (for a device, its own roles within the organisation's).
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
pub struct Membership {
	/// The organisation.
	pub participant: ParticipantId,
	/// Admin or device.
	pub kind: MemberKind,
	/// The roles the account may use now.
	#[cfg_attr(feature = "std", serde(serialize_with = "crate::json::roles"))]
	pub roles: Roles,
}

/// Who an account is, for pallets that need to know before letting it act.
///
/// Implemented by pallet-certifications; other pallets take it as a `Config` type.
pub trait ParticipantRegistry<AccountId> {
	/// The membership of `who` in an active organisation, or `None` if the account
	/// is unknown or its organisation is suspended.
	fn membership(who: &AccountId) -> Option<Membership>;

	/// The roles of an active participant, or `None` if it is unknown or suspended.
	fn active_roles(participant: ParticipantId) -> Option<Roles>;

	/// Whether the participant was ever registered (suspended or not).
	fn is_registered(participant: ParticipantId) -> bool;

	/// The participant's account of record, its admin account now (suspended or not), or
	/// `None` if it was never registered. Payouts to an organisation go here at payout
	/// time (THREATS rule 1), so a rotated-out admin or a device key receives nothing.
	fn admin_account(participant: ParticipantId) -> Option<AccountId>;

	/// Whether the participant exists and is not suspended.
	fn is_active(participant: ParticipantId) -> bool {
		Self::active_roles(participant).is_some()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn role_bits_are_stable() {
		assert_eq!(Role::Manufacturer.roles(), Roles(1));
		assert_eq!(Role::Customer.roles(), Roles(1 << 9));
		assert_eq!(Roles::KNOWN, 0b11_1111_1111);
	}

	#[test]
	fn set_operations() {
		let org = Roles::of(&[Role::Manufacturer, Role::Supplier, Role::Carrier]);
		assert!(org.has(Role::Supplier));
		assert!(!org.has(Role::Bank));
		assert!(org.contains(Roles::of(&[Role::Manufacturer, Role::Carrier])));
		assert!(!org.contains(Roles::of(&[Role::Manufacturer, Role::Bank])));
		assert_eq!(org.intersection(Roles::of(&[Role::Carrier, Role::Bank])), Role::Carrier.into());
	}

	#[test]
	fn validity() {
		assert!(Roles(1).is_valid());
		assert!(Roles(Roles::KNOWN).is_valid());
		assert!(!Roles::NONE.is_valid(), "an empty set is not a valid role set");
		assert!(!Roles(1 << 10).is_valid(), "unknown bits are refused");
	}
}
