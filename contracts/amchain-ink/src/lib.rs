//! # amchain-ink
//!
//! What an ink! contract on amchain adds as its one dependency:
//!
//! - [`Amchain`], the chain extension through which a contract reads amchain's
//!   records (read-only): a part's or a lot's holders and status and its open offers,
//!   who accepted it since a point in its history (a receipt), the
//!   organisation an account acts for and its roles, whether an organisation is
//!   certified for a standard, a certification's holder, standing and capacity left,
//!   the warranty in force on a part, the governor (the account governance acts as);
//! - [`AmchainEnvironment`], the ink! `Environment` of an amchain chain (the default
//!   one's types, plus [`Amchain`]), used as `#[ink::contract(env = AmchainEnvironment)]`;
//! - [`ExtensionError`], what a query answers instead of a result (an unknown part,
//!   participant, standard, an account of no organisation, an answer from a newer
//!   runtime this version cannot read) — a value the contract handles, never a trap;
//! - [`record`]: who acts for an organisation and who takes its money — membership
//!   read with "no member" as an answer, [`AccountsOfRecord`] (each organisation's
//!   account of record, the one account of a suspended organisation that still speaks
//!   for it) and the acting-organisation and payout rules over it;
//! - [`upgrade`]: the governed replacement of a contract's code — [`CodeSchedule`], the
//!   governor read from the chain, [`CODE_DELAY`], [`APPLY_WINDOW`] and
//!   [`EXTENSION_GRACE`];
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
//! The wire format (function ids, errors, result types) is `amchain-chain-extension`
//! (chain-extension/wire), the same crate the runtime's side
//! (`amchain-chain-extension-runtime`) uses; chain-extension/README.md describes the three
//! sides and the rule that the format only grows.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data trips (it casts the variant index, always < 256, to u8).
#![allow(clippy::cast_possible_truncation)]
// `is_certified` takes the extension by value: ink!'s chain-extension methods all do.
#![allow(clippy::wrong_self_convention)]

pub use amchain_chain_extension::{
	role, CertificationId, CertificationInfo, ExtensionError, Function, Handover, Item, LotId,
	LotInfo, Member, Offer, PartId, PartInfo, PartStatus, PartTypeId, ParticipantId, Receipt,
	RecordIndex, Roles, StandardId, Warranty, WarrantyId, WarrantyKind, EXTENSION_ID,
	MAX_RECEIPT_SCAN,
};
use ink::env::{DefaultEnvironment, Environment};

pub mod record;
pub use record::{storage_key, AccountsOfRecord, NotActing, Withdrawer};

pub mod upgrade;
pub use upgrade::{
	CodeError, CodeSchedule, ScheduledCode, APPLY_WINDOW, CODE_DELAY, EXTENSION_GRACE,
};

#[cfg(feature = "std")]
pub mod testing;

/// An account on amchain.
pub type AccountId = <AmchainEnvironment as Environment>::AccountId;
/// An amount of the chain's currency.
pub type Balance = <AmchainEnvironment as Environment>::Balance;
/// A block height.
pub type BlockNumber = <AmchainEnvironment as Environment>::BlockNumber;

/// amchain's chain extension (extension id [`EXTENSION_ID`]; the function ids are
/// [`Function`]'s). Every method returns `Result<_, ExtensionError>`: declared so, ink!
/// turns a result this crate cannot decode (a variant a newer runtime added) into
/// [`ExtensionError::Undecodable`] instead of trapping.
#[ink::chain_extension(extension = 1)]
pub trait Amchain {
	type ErrorCode = StatusCode;

	/// A part's type, owner, custodian (of the assembly's top part if installed),
	/// status, parent, life and quarantine.
	#[ink(function = 1)]
	fn part(part: PartId) -> Result<PartInfo, ExtensionError>;

	/// The open offer of a part's ownership or custody, if any.
	#[ink(function = 2)]
	fn open_offer(part: PartId, handover: Handover) -> Result<Option<Offer>, ExtensionError>;

	/// The organisation `account` acts for and the roles it may use now.
	#[ink(function = 3)]
	fn membership(account: AccountId) -> Result<Member, ExtensionError>;

	/// An organisation's active roles (0 while it is suspended).
	#[ink(function = 4)]
	fn roles(participant: ParticipantId) -> Result<Roles, ExtensionError>;

	/// Whether an organisation holds a certification for a standard valid now.
	#[ink(function = 5)]
	fn is_certified(
		participant: ParticipantId,
		standard: StandardId,
	) -> Result<bool, ExtensionError>;

	/// The warranty in force on a part now, if any.
	#[ink(function = 6)]
	fn active_warranty(part: PartId) -> Result<Option<Warranty>, ExtensionError>;

	/// Reads an item's history from record `from` (at most `limit` records, and at most
	/// [`MAX_RECEIPT_SCAN`]): the first record in which `to` accepted `handover` of it, and
	/// where to read on from. A fact of the past: later hand-overs do not undo it. `from`
	/// beyond the end with `limit` 0 answers the history's length in `next`.
	#[ink(function = 7)]
	fn receipt(
		item: Item,
		handover: Handover,
		to: ParticipantId,
		from: RecordIndex,
		limit: u32,
	) -> Result<Receipt, ExtensionError>;

	/// A lot's owner, custodian, what is left of it and its quarantine.
	#[ink(function = 8)]
	fn lot(lot: LotId) -> Result<LotInfo, ExtensionError>;

	/// A certification's holder, standard, whether it is valid now, the units it may still
	/// produce in the current capacity period and the first block at which it is no longer
	/// valid. `UnknownCertification` if there is none with this id.
	#[ink(function = 9)]
	fn certification(certification: CertificationId) -> Result<CertificationInfo, ExtensionError>;

	/// The account governance acts as towards contracts: the only one a contract lets
	/// schedule a replacement of its code ([`upgrade`]).
	#[ink(function = 10)]
	fn governor() -> Result<AccountId, ExtensionError>;
}

/// A call's status code as ink! hands it over (0 is success). It becomes an
/// [`ExtensionError`] through the wire format's one table,
/// [`ExtensionError::from_code`]; contracts never see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusCode(pub u32);

impl ink::env::chain_extension::FromStatusCode for StatusCode {
	fn from_status_code(code: u32) -> Result<(), Self> {
		match code {
			amchain_chain_extension::SUCCESS => Ok(()),
			failed => Err(StatusCode(failed)),
		}
	}
}

impl From<StatusCode> for ExtensionError {
	fn from(status: StatusCode) -> Self {
		ExtensionError::from_code(status.0)
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
	fn a_status_becomes_its_error_through_the_wire_format() {
		assert_eq!(StatusCode::from_status_code(0), Ok(()));
		for code in 1..=9 {
			let status = StatusCode::from_status_code(code).expect_err("not success");
			assert_eq!(ExtensionError::from(status), ExtensionError::from_code(code));
		}
	}
}
