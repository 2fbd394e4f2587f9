//! Who acts for an organisation, and who takes its money: the rules every amchain
//! contract applies to its callers (THREATS rule 1, authority and money follow the
//! organisation, not the key).
//!
//! - [`membership`], [`roles_of`], [`suspended_or_gone`]: what the chain says of an
//!   account or an organisation now, with "no member" and "no longer registered" as
//!   answers rather than errors.
//! - [`AccountsOfRecord`], a contract's storage of each organisation's *account of
//!   record*: the last admin account that acted for it while it was active (or
//!   registered itself). On chain no account of a suspended organisation is a member,
//!   so this is the one account a contract still knows spoke for it: the one that may
//!   take the organisation's credit for its exit ([`AccountsOfRecord::withdrawer`],
//!   [`AccountsOfRecord::speaks_for_suspended`]), and the one told `Suspended` rather
//!   than `NotAMember` ([`AccountsOfRecord::acting_org`]).
//!
//! Each contract keeps its own `Error` and maps [`NotActing`] into it.

use ink::{
	primitives::{Key, KeyComposer},
	storage::{traits::ManualKey, Mapping},
};

use crate::{AccountId, Amchain, ExtensionError, Member, ParticipantId, Roles};

/// The chain extension, as a contract's `self.env().extension()` answers it.
fn extension() -> <Amchain as ink::ChainExtensionInstance>::Instance {
	<Amchain as ink::ChainExtensionInstance>::instantiate()
}

/// The organisation `account` acts for now and its roles; `None` if it is no member (of
/// no organisation, or of a suspended one: the chain does not say which).
pub fn membership(account: AccountId) -> Result<Option<Member>, ExtensionError> {
	match extension().membership(account) {
		Ok(m) => Ok(Some(m)),
		Err(ExtensionError::NotAMember) => Ok(None),
		Err(e) => Err(e),
	}
}

/// An organisation's roles now (0 while it is suspended), `None` if it is no longer
/// registered.
pub fn roles_of(participant: ParticipantId) -> Result<Option<Roles>, ExtensionError> {
	match extension().roles(participant) {
		Ok(roles) => Ok(Some(roles)),
		Err(ExtensionError::UnknownParticipant) => Ok(None),
		Err(e) => Err(e),
	}
}

/// Whether an organisation is suspended or no longer registered. On chain an active
/// organisation always holds a role, so roles 0 is suspension.
pub fn suspended_or_gone(participant: ParticipantId) -> Result<bool, ExtensionError> {
	Ok(roles_of(participant)?.is_none_or(|roles| roles == 0))
}

/// Why an account may not act for an organisation now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotActing {
	/// It acts for no organisation (none, or a suspended one it is not the account of
	/// record of).
	NotAMember,
	/// It is a device account: an admin account of the organisation must act.
	Device,
	/// It is the account of record of a suspended organisation.
	Suspended,
	/// The chain extension failed to answer.
	Extension(ExtensionError),
}

impl From<ExtensionError> for NotActing {
	fn from(e: ExtensionError) -> Self {
		NotActing::Extension(e)
	}
}

/// Whose credit an account takes when it withdraws: see
/// [`AccountsOfRecord::withdrawer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Withdrawer {
	/// An admin account of this active organisation: it takes the credit and, as every
	/// act of an admin account does, becomes the account of record.
	Active(ParticipantId),
	/// The account of record of this organisation, suspended or no longer registered,
	/// for its exit: on chain no account of it is a member, so nobody else could.
	Exit(ParticipantId),
}

/// Each organisation's account of record and its reverse (the organisation an account
/// is the account of record of, checked against the first, so a replaced record speaks
/// for nobody).
///
/// `ACCOUNTS` and `RECORDED` are the two mappings' storage keys, chosen by the contract:
/// [`storage_key`] of the names its own two fields had (`"Escrow::accounts"`,
/// `"Escrow::recorded"`) keeps the layout those fields had before they moved here.
#[ink::storage_item]
#[derive(Debug, Default)]
pub struct AccountsOfRecord<const ACCOUNTS: Key, const RECORDED: Key> {
	accounts: Mapping<ParticipantId, AccountId, ManualKey<ACCOUNTS>>,
	recorded: Mapping<AccountId, ParticipantId, ManualKey<RECORDED>>,
}

/// The storage key ink! gives the field `field` of an `#[ink(storage)]` struct `Struct`,
/// from the path `"Struct::field"`.
pub const fn storage_key(path: &str) -> Key {
	KeyComposer::from_str(path)
}

impl<const ACCOUNTS: Key, const RECORDED: Key> AccountsOfRecord<ACCOUNTS, RECORDED> {
	/// An organisation's account of record, if it has one.
	pub fn get(&self, organisation: ParticipantId) -> Option<AccountId> {
		self.accounts.get(organisation)
	}

	/// The organisation `account` is the account of record of, if any.
	pub fn recorded_for(&self, account: AccountId) -> Option<ParticipantId> {
		self.recorded.get(account).filter(|p| self.accounts.get(p) == Some(account))
	}

	/// Makes `account` (an admin account of `organisation`, active now) its account of
	/// record; the one it replaces speaks for it no more.
	pub fn record(&mut self, organisation: ParticipantId, account: AccountId) {
		let old = self.accounts.get(organisation);
		if old == Some(account) {
			return;
		}
		if let Some(old) = old {
			if self.recorded.get(old) == Some(organisation) {
				self.recorded.remove(old);
			}
		}
		self.accounts.insert(organisation, &account);
		self.recorded.insert(account, &organisation);
	}

	/// The organisation `who` may act for now: an admin account (not a device) of an
	/// active organisation. On chain no account of a suspended organisation is a member;
	/// the answer is [`NotActing::Suspended`] for the one account known to have spoken for
	/// it, its account of record, and [`NotActing::NotAMember`] for every other.
	pub fn acting_org(&self, who: AccountId) -> Result<ParticipantId, NotActing> {
		let Some(member) = membership(who)? else {
			let suspended = match self.recorded_for(who) {
				Some(p) => roles_of(p)? == Some(0),
				None => false,
			};
			return Err(if suspended { NotActing::Suspended } else { NotActing::NotAMember });
		};
		if member.device {
			return Err(NotActing::Device);
		}
		Ok(member.participant)
	}

	/// The payout rule of a pulled credit: whose credit `who` takes, to itself. An admin
	/// account of an active organisation takes that organisation's (a key that moved to
	/// another organisation takes only the new one's); an account of no organisation
	/// takes the credit of the organisation it is the account of record of, if that is
	/// suspended or no longer registered ([`Withdrawer::Exit`]). A device:
	/// [`NotActing::Device`]; anyone else: [`NotActing::NotAMember`].
	pub fn withdrawer(&self, who: AccountId) -> Result<Withdrawer, NotActing> {
		match membership(who)? {
			Some(m) if m.device => Err(NotActing::Device),
			Some(m) => Ok(Withdrawer::Active(m.participant)),
			None => match self.recorded_for(who) {
				Some(p) if suspended_or_gone(p)? => Ok(Withdrawer::Exit(p)),
				_ => Err(NotActing::NotAMember),
			},
		}
	}

	/// Whether `who` is the account of record of `organisation`, which is suspended (or
	/// no longer registered), and acts for no active organisation itself.
	pub fn speaks_for_suspended(
		&self,
		organisation: ParticipantId,
		who: AccountId,
	) -> Result<bool, ExtensionError> {
		if self.accounts.get(organisation) != Some(who)
			|| self.recorded.get(who) != Some(organisation)
			|| membership(who)?.is_some()
		{
			return Ok(false);
		}
		suspended_or_gone(organisation)
	}
}

#[cfg(all(test, feature = "std"))]
mod tests {
	use super::*;
	use crate::{role, testing::MockChain};

	type Records =
		AccountsOfRecord<{ storage_key("Test::accounts") }, { storage_key("Test::recorded") }>;

	const ORG: ParticipantId = 1;
	const OTHER: ParticipantId = 2;

	fn account(n: u8) -> AccountId {
		AccountId::from([n; 32])
	}

	/// The key ink! 5 gives an `#[ink(storage)]` field: escrow's, as its metadata showed
	/// before the mappings moved here (`root_key` "0x7b216f17" and "0x7af2df49", the
	/// keys' little-endian bytes).
	#[test]
	fn storage_key_is_inks_key_of_a_contract_field() {
		assert_eq!(storage_key("Escrow::accounts"), u32::from_le_bytes([0x7b, 0x21, 0x6f, 0x17]));
		assert_eq!(storage_key("Escrow::recorded"), u32::from_le_bytes([0x7a, 0xf2, 0xdf, 0x49]));
		let composed = ink::primitives::KeyComposer::compute_key("Escrow", "", "accounts");
		assert_eq!(composed, Ok(storage_key("Escrow::accounts")));
	}

	#[ink::test]
	fn the_chains_no_answers_are_values() {
		let chain = MockChain::install();
		let (admin, device) = (account(1), account(2));
		chain.member(admin, ORG, role::SUPPLIER);
		chain.device(device, ORG);
		assert_eq!(
			membership(admin),
			Ok(Some(Member { participant: ORG, device: false, roles: role::SUPPLIER }))
		);
		assert_eq!(membership(device).map(|m| m.map(|m| m.device)), Ok(Some(true)));
		assert_eq!(membership(account(3)), Ok(None));
		assert_eq!(roles_of(ORG), Ok(Some(role::SUPPLIER)));
		assert_eq!(roles_of(OTHER), Ok(None));
		assert_eq!(suspended_or_gone(ORG), Ok(false));
		assert_eq!(suspended_or_gone(OTHER), Ok(true), "never registered");
		chain.set_roles(ORG, 0);
		assert_eq!(membership(admin), Ok(None), "suspended: no member");
		assert_eq!(roles_of(ORG), Ok(Some(0)));
		assert_eq!(suspended_or_gone(ORG), Ok(true));
		chain.forget(ORG);
		assert_eq!(roles_of(ORG), Ok(None));
		assert_eq!(suspended_or_gone(ORG), Ok(true));
	}

	#[ink::test]
	fn a_new_record_replaces_the_old_which_speaks_for_nobody() {
		let mut records = Records::default();
		let (old, new) = (account(1), account(2));
		assert_eq!(records.get(ORG), None);
		assert_eq!(records.recorded_for(old), None);
		records.record(ORG, old);
		assert_eq!(records.get(ORG), Some(old));
		assert_eq!(records.recorded_for(old), Some(ORG));
		records.record(ORG, old);
		assert_eq!(records.get(ORG), Some(old), "recording again changes nothing");
		records.record(ORG, new);
		assert_eq!(records.get(ORG), Some(new));
		assert_eq!(records.recorded_for(new), Some(ORG));
		assert_eq!(records.recorded_for(old), None, "a replaced record speaks for nobody");
		// One account, the record of two organisations (a key that moved): only the
		// organisation whose record it still is counts.
		records.record(OTHER, new);
		assert_eq!(records.recorded_for(new), Some(OTHER));
		assert_eq!(records.get(ORG), Some(new));
		records.record(ORG, old);
		assert_eq!(records.recorded_for(new), Some(OTHER), "ORG's new record leaves OTHER's");
		assert_eq!(records.recorded_for(old), Some(ORG));
	}

	#[ink::test]
	fn acting_org_answers_suspended_only_to_the_account_of_record() {
		let chain = MockChain::install();
		let (admin, admin2, device, stranger) = (account(1), account(2), account(3), account(4));
		chain.member(admin, ORG, role::CUSTOMER);
		chain.member(admin2, ORG, role::CUSTOMER);
		chain.device(device, ORG);
		let mut records = Records::default();
		assert_eq!(records.acting_org(admin), Ok(ORG));
		assert_eq!(records.acting_org(device), Err(NotActing::Device));
		assert_eq!(records.acting_org(stranger), Err(NotActing::NotAMember));
		records.record(ORG, admin);
		chain.set_roles(ORG, 0);
		assert_eq!(records.acting_org(admin), Err(NotActing::Suspended));
		assert_eq!(records.acting_org(admin2), Err(NotActing::NotAMember), "not its record");
		assert_eq!(records.acting_org(device), Err(NotActing::NotAMember));
		// No longer registered is not suspended: the record hears `NotAMember`.
		chain.forget(ORG);
		assert_eq!(records.acting_org(admin), Err(NotActing::NotAMember));
	}

	#[ink::test]
	fn a_credit_is_withdrawn_by_an_active_admin_or_by_the_record_for_an_exit() {
		let chain = MockChain::install();
		let (admin, admin2, device, stranger) = (account(1), account(2), account(3), account(4));
		chain.member(admin, ORG, role::SUPPLIER);
		chain.member(admin2, ORG, role::SUPPLIER);
		chain.device(device, ORG);
		let mut records = Records::default();
		assert_eq!(records.withdrawer(admin2), Ok(Withdrawer::Active(ORG)));
		assert_eq!(records.withdrawer(device), Err(NotActing::Device));
		assert_eq!(records.withdrawer(stranger), Err(NotActing::NotAMember));
		records.record(ORG, admin);
		// Active: the record is an admin like any other.
		assert_eq!(records.withdrawer(admin), Ok(Withdrawer::Active(ORG)));
		chain.set_roles(ORG, 0);
		assert_eq!(records.withdrawer(admin), Ok(Withdrawer::Exit(ORG)));
		assert_eq!(records.withdrawer(admin2), Err(NotActing::NotAMember));
		assert_eq!(records.withdrawer(device), Err(NotActing::NotAMember));
		chain.forget(ORG);
		assert_eq!(records.withdrawer(admin), Ok(Withdrawer::Exit(ORG)), "gone: still an exit");
		// A removed key that is still the record of an active organisation takes nothing.
		chain.member(account(5), OTHER, role::SUPPLIER);
		records.record(OTHER, account(5));
		chain.remove_member(account(5));
		assert_eq!(records.withdrawer(account(5)), Err(NotActing::NotAMember));
		// A record that moved to another active organisation takes only the new one's.
		chain.member(account(5), 3, role::CUSTOMER);
		chain.set_roles(OTHER, 0);
		assert_eq!(records.withdrawer(account(5)), Ok(Withdrawer::Active(3)));
	}

	#[ink::test]
	fn only_the_record_of_a_suspended_organisation_that_acts_for_none_speaks_for_it() {
		let chain = MockChain::install();
		let (admin, admin2) = (account(1), account(2));
		chain.member(admin, ORG, role::BANK);
		chain.member(admin2, ORG, role::BANK);
		let mut records = Records::default();
		records.record(ORG, admin);
		assert_eq!(records.speaks_for_suspended(ORG, admin), Ok(false), "active");
		chain.set_roles(ORG, 0);
		assert_eq!(records.speaks_for_suspended(ORG, admin), Ok(true));
		assert_eq!(records.speaks_for_suspended(ORG, admin2), Ok(false), "not its record");
		assert_eq!(records.speaks_for_suspended(OTHER, admin), Ok(false), "another's");
		chain.forget(ORG);
		assert_eq!(records.speaks_for_suspended(ORG, admin), Ok(true), "gone");
		// Acting for an active organisation now, it speaks for that one only.
		chain.member(admin, OTHER, role::BANK);
		assert_eq!(records.speaks_for_suspended(ORG, admin), Ok(false));
	}
}
