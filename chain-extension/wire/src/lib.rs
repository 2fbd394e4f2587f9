//! The wire format of amchain's chain extension.
//!
//! ink! contracts call `seal_call_chain_extension` with an id whose upper 16 bits are
//! [`EXTENSION_ID`] and whose lower 16 bits name a function in [`func`]; the input is
//! the SCALE encoding of the function's arguments. The runtime answers with a
//! [`Status`] code and, on [`Status::Success`], the SCALE encoding of the function's
//! result in the output buffer. Unknown ids (a part, a participant, a standard that
//! does not exist) are answered with a status, never a trap, so a contract can
//! handle them.
//!
//! The extension is read-only. The runtime (crate `pallet-chain-extension`) and the
//! contracts' shared crate (`contracts/amchain-ink`) both use these definitions.
//!
//! | function | input | output |
//! |---|---|---|
//! | [`func::PART`] | [`PartId`] | [`PartInfo`] |
//! | [`func::OPEN_OFFER`] | ([`PartId`], [`Handover`]) | `Option<`[`Offer`]`>` |
//! | [`func::MEMBERSHIP`] | account id (`[u8; 32]`) | [`Member`] |
//! | [`func::ROLES`] | [`ParticipantId`] | [`Roles`] (active roles, 0 if suspended) |
//! | [`func::IS_CERTIFIED`] | ([`ParticipantId`], [`StandardId`]) | `bool` |
//! | [`func::ACTIVE_WARRANTY`] | [`PartId`] | `Option<`[`Warranty`]`>` |

#![cfg_attr(not(feature = "std"), no_std)]

use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The extension id contracts put in the upper 16 bits of the call id
/// (`#[ink::chain_extension(extension = 1)]`).
pub const EXTENSION_ID: u16 = 1;

/// The most input bytes any function takes (an account id is the longest).
pub const MAX_INPUT_LEN: u32 = 64;

/// An organisation registered on the chain (pallet-certifications).
pub type ParticipantId = u32;
/// A serialised part (pallet-parts).
pub type PartId = u64;
/// A part type (pallet-parts).
pub type PartTypeId = u32;
/// A standard (pallet-certifications).
pub type StandardId = u32;
/// A warranty (pallet-warranties).
pub type WarrantyId = u64;
/// A set of roles, one bit each (see [`role`]).
pub type Roles = u16;

/// The functions, by id (the lower 16 bits of the call id).
pub mod func {
	/// A part's holders and status.
	pub const PART: u16 = 1;
	/// The open offer of a part's ownership or custody, if any.
	pub const OPEN_OFFER: u16 = 2;
	/// The organisation an account acts for and the roles it may use.
	pub const MEMBERSHIP: u16 = 3;
	/// A participant's active roles.
	pub const ROLES: u16 = 4;
	/// Whether a participant holds a valid certification for a standard now.
	pub const IS_CERTIFIED: u16 = 5;
	/// The warranty in force on a part now, if any.
	pub const ACTIVE_WARRANTY: u16 = 6;
}

/// Role bits of [`Roles`] (the same bits as pallet-certifications' roles).
pub mod role {
	use super::Roles;
	pub const MANUFACTURER: Roles = 1 << 0;
	pub const PRODUCER: Roles = 1 << 1;
	pub const SUPPLIER: Roles = 1 << 2;
	pub const STANDARDS_ORGANISATION: Roles = 1 << 3;
	pub const AUDITOR: Roles = 1 << 4;
	pub const SERVICE_PROVIDER: Roles = 1 << 5;
	pub const REMANUFACTURER: Roles = 1 << 6;
	pub const CARRIER: Roles = 1 << 7;
	pub const BANK: Roles = 1 << 8;
	pub const CUSTOMER: Roles = 1 << 9;
}

/// The status code of a call: 0 is success, anything else an error the contract
/// receives as a value.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
#[repr(u32)]
pub enum Status {
	/// The result is in the output buffer.
	Success = 0,
	/// The runtime has no function with this id (or extension id).
	UnknownFunction = 1,
	/// The input is not the SCALE encoding of the function's arguments.
	InvalidInput = 2,
	/// No part with this id.
	UnknownPart = 3,
	/// No participant with this id.
	UnknownParticipant = 4,
	/// The account acts for no participant.
	NotAMember = 5,
	/// No standard with this id.
	UnknownStandard = 6,
}

impl Status {
	/// The status a code stands for; `None` for a code this version does not know.
	pub const fn from_code(code: u32) -> Option<Status> {
		Some(match code {
			0 => Status::Success,
			1 => Status::UnknownFunction,
			2 => Status::InvalidInput,
			3 => Status::UnknownPart,
			4 => Status::UnknownParticipant,
			5 => Status::NotAMember,
			6 => Status::UnknownStandard,
			_ => return None,
		})
	}
}

/// Where a part is in its life (pallet-parts' `PartStatus`, in the same order).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub enum PartStatus {
	Active,
	Installed,
	Consumed,
	ReturnedAsCore,
	Scrapped,
	Recycled,
}

/// Which right over a part changes hands.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub enum Handover {
	/// Title.
	Ownership,
	/// Physical possession.
	Custody,
}

/// A part as contracts see it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct PartInfo {
	pub part_type: PartTypeId,
	/// The owner (for an installed part, the owner of the assembly's top part).
	pub owner: ParticipantId,
	/// The custodian (likewise).
	pub custodian: ParticipantId,
	pub status: PartStatus,
	/// The part it is installed in, if any.
	pub installed_in: Option<PartId>,
	/// Its life, from 1; a remanufacture starts the next.
	pub life: u32,
	/// Quarantined by a recall: it cannot change hands.
	pub quarantined: bool,
}

/// An open offer of a part's ownership or custody.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Offer {
	pub from: ParticipantId,
	pub to: ParticipantId,
}

/// The organisation an account acts for.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Member {
	pub participant: ParticipantId,
	/// A device account of the organisation rather than its admin.
	pub device: bool,
	/// The roles the account may use now (0 while the organisation is suspended).
	pub roles: Roles,
}

/// What kind of life a warranty covers.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub enum WarrantyKind {
	New,
	Remanufactured,
	Reconditioned,
	Repair,
}

/// A warranty in force.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Warranty {
	pub id: WarrantyId,
	pub kind: WarrantyKind,
	/// The first block at which it no longer holds.
	pub expires_at: u32,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn status_codes_round_trip() {
		for code in 0..7 {
			let status = Status::from_code(code).expect("known code");
			assert_eq!(status as u32, code);
		}
		assert_eq!(Status::from_code(7), None);
	}
}
