//! The wire format of amchain's chain extension.
//!
//! ink! contracts call `seal_call_chain_extension` with an id whose upper 16 bits are
//! [`EXTENSION_ID`] and whose lower 16 bits name a [`Function`]; the input is the SCALE
//! encoding of the function's arguments. The runtime answers with a status code: 0
//! ([`SUCCESS`]) and, in the output buffer, the SCALE encoding of the result; or the
//! [`ExtensionError::code`] of why there is no result. Unknown ids (a part, a
//! participant, a standard that does not exist) are answered with an error, never a
//! trap, so a contract can handle them.
//!
//! | function | input | output |
//! |---|---|---|
//! | [`Function::Part`] | [`PartId`] | [`PartInfo`] |
//! | [`Function::OpenOffer`] | ([`PartId`], [`Handover`]) | `Option<`[`Offer`]`>` |
//! | [`Function::Membership`] | account id (`[u8; 32]`) | [`Member`] |
//! | [`Function::Roles`] | [`ParticipantId`] | [`Roles`] (active roles, 0 if suspended) |
//! | [`Function::IsCertified`] | ([`ParticipantId`], [`StandardId`]) | `bool` |
//! | [`Function::ActiveWarranty`] | [`PartId`] | `Option<`[`Warranty`]`>` |
//! | [`Function::Receipt`] | ([`Item`], [`Handover`], [`ParticipantId`], [`RecordIndex`], `u32`) | [`Receipt`] |
//! | [`Function::Lot`] | [`LotId`] | [`LotInfo`] |
//! | [`Function::Certification`] | [`CertificationId`] | [`CertificationInfo`] |
//! | [`Function::Governor`] | nothing (`()`) | account id (`[u8; 32]`) |
//!
//! The extension is read-only. Three crates speak it: this one (the format), the
//! runtime's side (`amchain-chain-extension-runtime`, beside this crate) and the
//! contracts' (`contracts/amchain-ink`).
//!
//! # The format only grows
//!
//! Contracts are deployed once and run for years against runtimes upgraded under them,
//! so the format is **append-only**:
//!
//! - a new function gets the next unused id; an id is never reused or given a new
//!   meaning;
//! - a function's input never changes; a changed question is a new function;
//! - a result type or an enum in it only gains fields or variants **at the end**, and a
//!   new [`ExtensionError`] only at the end of the table, with the next code.
//!
//! A contract built against an older version of this crate keeps working: fields added at
//! the end of a result are left unread; a variant it does not know is
//! [`ExtensionError::Undecodable`] (`amchain-ink` declares every function as returning
//! `Result<_, ExtensionError>`, and ink! then turns a decoding failure into that error
//! instead of trapping); a function the runtime does not have yet answers
//! [`ExtensionError::UnknownFunction`]; and an error code it does not know is
//! [`ExtensionError::Unknown`].

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
/// A lot of material (pallet-parts).
pub type LotId = u64;
/// A record's position in an item's history (pallet-parts), from 0.
pub type RecordIndex = u32;
/// A part type (pallet-parts).
pub type PartTypeId = u32;
/// A standard (pallet-certifications).
pub type StandardId = u32;
/// A certification (pallet-certifications).
pub type CertificationId = u32;
/// A warranty (pallet-warranties).
pub type WarrantyId = u64;
/// A set of roles, one bit each: bit `n` is the role whose SCALE index is `n` in
/// `amchain_primitives::participants::Role` (see [`role`]).
pub type Roles = u16;

/// Declares [`Function`] with its ids, [`Function::ALL`] and `TryFrom<u16>` from one list,
/// so the three cannot disagree.
macro_rules! functions {
	($($(#[$doc:meta])* $name:ident = $id:literal,)+) => {
		/// The extension's functions, by id (the lower 16 bits of the call id).
		///
		/// The runtime's side matches on this enum exhaustively, for the function's weight
		/// and for its answer: a function added here without a benchmarked weight does not
		/// compile.
		#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
		#[repr(u16)]
		pub enum Function {
			$($(#[$doc])* $name = $id,)+
		}

		impl Function {
			/// Every function, by id.
			pub const ALL: &'static [Function] = &[$(Function::$name,)+];

			/// The function's id.
			pub const fn id(self) -> u16 {
				self as u16
			}
		}

		impl TryFrom<u16> for Function {
			/// The id, which no function has.
			type Error = u16;

			fn try_from(id: u16) -> Result<Self, u16> {
				match id {
					$($id => Ok(Function::$name),)+
					unknown => Err(unknown),
				}
			}
		}
	};
}

functions! {
	/// A part's type, holders, status, parent, life and quarantine.
	Part = 1,
	/// The open offer of a part's ownership or custody, if any.
	OpenOffer = 2,
	/// The organisation an account acts for and the roles it may use now.
	Membership = 3,
	/// A participant's active roles.
	Roles = 4,
	/// Whether a participant holds a valid certification for a standard now.
	IsCertified = 5,
	/// The warranty in force on a part now, if any.
	ActiveWarranty = 6,
	/// Reading an item's history from a record on: the first record in which a
	/// participant accepted ownership or custody of it.
	Receipt = 7,
	/// A lot's holders, what is left of it and its quarantine.
	Lot = 8,
	/// A certification's holder, standard, standing now and the capacity left in the
	/// current period.
	Certification = 9,
	/// The account governance acts as towards contracts: a keyless account only the
	/// council's majority can dispatch from (pallet-consortium's `as_governor`), the one
	/// account a contract lets schedule a replacement of its code.
	Governor = 10,
}

/// The most history records one [`Function::Receipt`] call reads (a larger `limit` reads
/// this many); its weight is charged for this many up front.
pub const MAX_RECEIPT_SCAN: u32 = 64;

/// Declares [`ExtensionError`] with its codes, `code()` and `from_code()` from one list.
macro_rules! errors {
	($($(#[$doc:meta])* $name:ident = $code:literal,)+) => {
		/// Why a function has no result. The runtime returns [`code`](Self::code) as the
		/// call's status; contracts receive the error as a value (a `Result`), never a trap.
		#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
		pub enum ExtensionError {
			$($(#[$doc])* $name,)+
			/// A status code this version of the crate does not know (a newer runtime's).
			Unknown(u32),
		}

		impl ExtensionError {
			/// The status code the runtime returns for this error (never 0: 0 is success).
			pub const fn code(self) -> u32 {
				match self {
					$(ExtensionError::$name => $code,)+
					ExtensionError::Unknown(code) => code,
				}
			}

			/// The error a non-zero status code stands for.
			pub const fn from_code(code: u32) -> ExtensionError {
				match code {
					$($code => ExtensionError::$name,)+
					unknown => ExtensionError::Unknown(unknown),
				}
			}
		}
	};
}

errors! {
	/// The runtime has no function with this id (or extension id): an older runtime.
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
	/// The answer did not decode as this version of the crate knows it (a newer runtime
	/// answered with a variant added since). Never sent by the runtime: the contract's
	/// side produces it.
	Undecodable = 7,
	/// No lot with this id.
	UnknownLot = 8,
	/// No certification with this id.
	UnknownCertification = 9,
}

impl From<codec::Error> for ExtensionError {
	fn from(_: codec::Error) -> Self {
		ExtensionError::Undecodable
	}
}

/// The status code of success.
pub const SUCCESS: u32 = 0;

/// Role bits of [`Roles`]: bit `n` is `amchain_primitives::participants::Role` with SCALE
/// index `n` (the runtime's tests check that they agree).
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
	/// Held by a recall: it cannot change hands. True when the part itself or its batch
	/// is quarantined, and also when any part quarantined (itself or by its batch) is
	/// installed anywhere in the assembly it moves with.
	pub quarantined: bool,
}

/// An item of pallet-parts: a serialised part or a lot.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
pub enum Item {
	Part(PartId),
	Lot(LotId),
}

/// What [`Function::Receipt`] read of an item's history.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Receipt {
	/// The first record read in which the participant accepted the hand-over (an offer
	/// it accepted: the receiver's goods receipt), if any.
	pub found: Option<RecordIndex>,
	/// Where to read on from: after `found`, or after the last record read (the
	/// history's length once everything is read).
	pub next: RecordIndex,
}

/// A lot as contracts see it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct LotInfo {
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	/// The quantity not yet consumed (0: used up).
	pub remaining: u64,
	/// Quarantined by a recall: it cannot change hands.
	pub quarantined: bool,
}

/// A certification as contracts see it, at the block of the call.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct CertificationInfo {
	/// The certified organisation.
	pub holder: ParticipantId,
	pub standard: StandardId,
	/// Valid now: accepted by its holder, within its validity interval, not suspended,
	/// revoked or past a missed surveillance audit, and its holder not suspended.
	pub active: bool,
	/// Units it may still produce in the current capacity period (0 unless active).
	pub remaining: u64,
	/// The first block at which it is no longer valid.
	pub valid_until: u32,
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
	fn function_ids_round_trip_and_nothing_else_is_a_function() {
		for f in Function::ALL {
			assert_eq!(Function::try_from(f.id()), Ok(*f));
		}
		let known = (0..=u16::MAX).filter(|id| Function::try_from(*id).is_ok()).count();
		assert_eq!(known, Function::ALL.len());
	}

	#[test]
	fn error_codes_round_trip_and_zero_is_no_error() {
		for code in 1..=9 {
			let error = ExtensionError::from_code(code);
			assert!(!matches!(error, ExtensionError::Unknown(_)), "code {code} is known");
			assert_eq!(error.code(), code);
		}
		assert_eq!(ExtensionError::from_code(10), ExtensionError::Unknown(10));
		assert_eq!(ExtensionError::Unknown(10).code(), 10);
		assert_eq!(ExtensionError::from_code(SUCCESS), ExtensionError::Unknown(0));
	}

	#[test]
	fn an_answer_from_a_newer_runtime_decodes_or_is_an_error_never_a_trap() {
		// A newer runtime's `PartStatus` with a seventh variant, as an older contract reads it.
		let decoded = PartStatus::decode(&mut &6u8.encode()[..]).map_err(ExtensionError::from);
		assert_eq!(decoded, Err(ExtensionError::Undecodable));
		// A newer `Offer` with a field appended: the older contract reads what it knows.
		let newer = (Offer { from: 1, to: 2 }, 99u64).encode();
		assert_eq!(Offer::decode(&mut &newer[..]), Ok(Offer { from: 1, to: 2 }));
	}
}
