//! # amchain-ink
//!
//! What an ink! contract on amchain adds as its one dependency:
//!
//! - [`Amchain`], the chain extension through which a contract reads amchain's
//!   records (read-only): a part's holders and status and its open offers, the
//!   organisation an account acts for and its roles, whether an organisation is
//!   certified for a standard, the warranty in force on a part;
//! - [`AmchainEnvironment`], the ink! `Environment` of an amchain chain (the default
//!   one's types, plus [`Amchain`]), used as `#[ink::contract(env = AmchainEnvironment)]`;
//! - [`ExtensionError`], what a query answers instead of a result (an unknown part,
//!   participant, standard, or an account of no organisation) — a value the contract
//!   handles, never a trap;
//! - with the `std` feature, [`testing::MockChain`], the same queries answered from
//!   a table in `#[ink::test]` unit tests.
//!
//! ```ignore
//! #[ink::contract(env = amchain_ink::AmchainEnvironment)]
//! mod my_contract {
//!     use amchain_ink::{ExtensionError, PartInfo};
//!     // ...
//!     let holder = self.env().extension().part(part_id)?.custodian;
//! }
//! ```
//!
//! The wire format (ids, status codes, result types) is `amchain-chain-extension`,
//! the same crate the runtime's side (`amchain-chain-extension-runtime`) uses.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data trips (it casts the variant index, always < 256, to u8).
#![allow(clippy::cast_possible_truncation)]
// `is_certified` takes the extension by value: ink!'s chain-extension methods all do.
#![allow(clippy::wrong_self_convention)]

pub use amchain_chain_extension::{
	func, role, Handover, Member, Offer, PartId, PartInfo, PartStatus, PartTypeId, ParticipantId,
	Roles, StandardId, Status, Warranty, WarrantyId, WarrantyKind, EXTENSION_ID,
};
use ink::env::{DefaultEnvironment, Environment};

#[cfg(feature = "std")]
pub mod testing;

/// An account on amchain.
pub type AccountId = <AmchainEnvironment as Environment>::AccountId;
/// An amount of the chain's currency.
pub type Balance = <AmchainEnvironment as Environment>::Balance;
/// A block height.
pub type BlockNumber = <AmchainEnvironment as Environment>::BlockNumber;

/// amchain's chain extension (extension id [`EXTENSION_ID`]; function ids as in
/// [`func`]). Every method returns `Result<_, ExtensionError>`.
#[ink::chain_extension(extension = 1)]
pub trait Amchain {
	type ErrorCode = ExtensionError;

	/// A part's type, owner, custodian (of the assembly's top part if installed),
	/// status, parent, life and quarantine.
	#[ink(function = 1)]
	fn part(part: PartId) -> PartInfo;

	/// The open offer of a part's ownership or custody, if any.
	#[ink(function = 2)]
	fn open_offer(part: PartId, handover: Handover) -> Option<Offer>;

	/// The organisation `account` acts for and the roles it may use now.
	#[ink(function = 3)]
	fn membership(account: AccountId) -> Member;

	/// An organisation's active roles (0 while it is suspended).
	#[ink(function = 4)]
	fn roles(participant: ParticipantId) -> Roles;

	/// Whether an organisation holds a certification for a standard valid now.
	#[ink(function = 5)]
	fn is_certified(participant: ParticipantId, standard: StandardId) -> bool;

	/// The warranty in force on a part now, if any.
	#[ink(function = 6)]
	fn active_warranty(part: PartId) -> Option<Warranty>;
}

/// Why a query has no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum ExtensionError {
	/// The runtime does not know the function (an older or newer runtime).
	UnknownFunction,
	/// The arguments were not understood.
	InvalidInput,
	/// No part with this id.
	UnknownPart,
	/// No organisation with this id.
	UnknownParticipant,
	/// The account acts for no organisation.
	NotAMember,
	/// No standard with this id.
	UnknownStandard,
	/// A status code this version of the crate does not know.
	Unknown(u32),
}

impl ink::env::chain_extension::FromStatusCode for ExtensionError {
	fn from_status_code(code: u32) -> Result<(), Self> {
		match Status::from_code(code) {
			Some(Status::Success) => Ok(()),
			Some(Status::UnknownFunction) => Err(Self::UnknownFunction),
			Some(Status::InvalidInput) => Err(Self::InvalidInput),
			Some(Status::UnknownPart) => Err(Self::UnknownPart),
			Some(Status::UnknownParticipant) => Err(Self::UnknownParticipant),
			Some(Status::NotAMember) => Err(Self::NotAMember),
			Some(Status::UnknownStandard) => Err(Self::UnknownStandard),
			None => Err(Self::Unknown(code)),
		}
	}
}

/// The ink! environment of an amchain chain: the default types (32-byte accounts,
/// `u128` balances, `u32` block numbers, `u64` millisecond timestamps) and the
/// [`Amchain`] chain extension.
#[derive(Debug, Clone, PartialEq, Eq)]
#[ink::scale_derive(TypeInfo)]
pub enum AmchainEnvironment {}

impl Environment for AmchainEnvironment {
	const MAX_EVENT_TOPICS: usize = <DefaultEnvironment as Environment>::MAX_EVENT_TOPICS;

	type AccountId = <DefaultEnvironment as Environment>::AccountId;
	type Balance = <DefaultEnvironment as Environment>::Balance;
	type Hash = <DefaultEnvironment as Environment>::Hash;
	type Timestamp = <DefaultEnvironment as Environment>::Timestamp;
	type BlockNumber = <DefaultEnvironment as Environment>::BlockNumber;

	type ChainExtension = Amchain;
}

#[cfg(test)]
mod tests {
	use super::*;
	use ink::env::chain_extension::FromStatusCode;

	#[test]
	fn every_status_maps_to_its_error() {
		assert_eq!(ExtensionError::from_status_code(0), Ok(()));
		let errors = [
			ExtensionError::UnknownFunction,
			ExtensionError::InvalidInput,
			ExtensionError::UnknownPart,
			ExtensionError::UnknownParticipant,
			ExtensionError::NotAMember,
			ExtensionError::UnknownStandard,
		];
		for (code, error) in (1..).zip(errors) {
			assert_eq!(ExtensionError::from_status_code(code), Err(error));
		}
		assert_eq!(ExtensionError::from_status_code(99), Err(ExtensionError::Unknown(99)));
	}
}
