//! Replacing a contract's code under governance (white paper 7.1, "withdraw and replace
//! smart contracts"; docs/contracts.md, "Replacing a contract").
//!
//! Every amchain contract holds a [`CodeSchedule`] and offers the same five messages over
//! it:
//!
//! - `schedule_code(code_hash)`: only the **governor** — the account the chain extension's
//!   `governor` names, which on amchain nobody holds the key of and only three quarters of
//!   the council act as (pallet-consortium's `as_governor`, `EmergencyOrigin`) — announces
//!   the code that will replace this contract's, at block `at` = now + [`CODE_DELAY`].
//!   The code must already be uploaded to pallet-contracts: the contract locks it
//!   (`lock_delegate_dependency`, which traps if there is no such code, or if it is the
//!   code the contract runs), so that what members review for a week is exactly what
//!   comes in, and its uploader cannot remove it meanwhile. The lock holds 30 % of the
//!   code's deposit (pallet-contracts' `CodeHashLockupDepositPercent`), paid by the
//!   governor. Emits [`CodeScheduled`]. Scheduling again replaces the announcement (the
//!   old code is unlocked, [`CodeCancelled`] or [`CodeLapsed`] for it) and the delay
//!   starts afresh.
//! - `cancel_code()`: the governor withdraws the announcement and unlocks the code. Emits
//!   [`CodeCancelled`].
//! - `apply_code()`: from block `at` to `at` + [`APPLY_WINDOW`] (a day), anyone swaps the
//!   code in (`set_code_hash`): the contract keeps its account, balance and storage and
//!   runs the new code from the next call. Emits [`CodeApplied`]. After the window the
//!   announcement has lapsed: `apply_code` refuses (`CodeLapsed`), and a replacement needs
//!   a fresh `schedule_code` and a fresh week.
//! - `lapse_code()`: after the window, anyone clears the lapsed announcement and unlocks
//!   its code. Emits [`CodeLapsed`].
//! - `scheduled_code()`: what is announced, if anything (lapsed from `at` +
//!   [`APPLY_WINDOW`] + 1 on, until someone clears it).
//!
//! The lock's deposit goes back to whoever's call unlocks the code: the governor's
//! `cancel_code` or `schedule_code`, or the account that calls `apply_code` or
//! `lapse_code`. `apply_code`'s swap also re-bases the contract's own deposit on the new
//! code (`set_code_hash`), so its caller nets 30 % of the *old* code's deposit, not the
//! lock's. A contract holds at most one such lock (one announcement at a time), far
//! below pallet-contracts' `MaxDelegateDependencies` (32 on amchain).
//!
//! The delay is what members rely on: for a week everyone sees which code is coming (its
//! hash, in the event and the query), and whoever is owed something and does not trust
//! the new code takes it out first (`withdraw`, `refund`, `settle` where their terms allow),
//! and cancels any `Assets` approval it gave the contract (the new code may pull it).
//! The governor cannot shorten the delay: it only schedules, and `apply_code` refuses
//! before `at`. The window keeps an announcement from waiting for a moment nobody watches:
//! a code not swapped in within a day of its announced block never comes in.
//!
//! [`EXTENSION_GRACE`] is the other half of "replace a faulty contract": how long a
//! contract keeps waiting for the chain extension to answer before it falls back to the
//! default that needs no answer (escrow's refund). It is longer than a council motion
//! plus [`CODE_DELAY`], so governance can put in a contract that reads the chain again
//! before the fallback applies.
//!
//! ink!'s off-chain test engine has neither `set_code_hash` nor the delegate-dependency
//! locks: in `std` builds (unit tests, metadata) the locks go to
//! [`testing::MockChain`](crate::testing::MockChain), which keeps the uploaded and locked
//! codes and panics where pallet-contracts traps; the on-chain (`no_std`) build calls
//! pallet-contracts.

use ink::{
	primitives::{Hash, Key},
	storage::{
		traits::{ManualKey, StorageKey},
		Lazy,
	},
};

use crate::{AccountId, Amchain, AmchainEnvironment, BlockNumber, ExtensionError};

/// A day of 6-second blocks.
const DAY: BlockNumber = 14_400;

/// Blocks between announcing a contract's new code and the first block it may be swapped
/// in: a week of 6-second blocks, the time members have to take out what they are owed
/// (or finish what they can) if they do not trust the new code.
pub const CODE_DELAY: BlockNumber = 7 * DAY;

/// Blocks past a deadline during which a message that must read the chain extension to
/// decide (escrow's `refund`: were the goods delivered?) fails if the extension cannot
/// answer (an error, or an answer this code cannot decode); from then on it takes the
/// default that needs no answer. Thirty days: longer than a council motion (a week) plus
/// [`CODE_DELAY`], so that governance can replace a contract that no longer reads the
/// chain before anyone is refunded without it.
pub const EXTENSION_GRACE: BlockNumber = 30 * DAY;

// The grace outlasts a council motion's longest life (the runtime's
// `CouncilMotionDuration`, a week) plus the delay.
const _: () = assert!(EXTENSION_GRACE > 7 * DAY + CODE_DELAY);

/// Blocks from a scheduled code's `at` during which it may be swapped in: a day of
/// 6-second blocks. After it the announcement has lapsed (a fresh schedule, and a fresh
/// [`CODE_DELAY`], are needed), so that a code nobody applied in time cannot be applied
/// months later, when nobody watches.
pub const APPLY_WINDOW: BlockNumber = DAY;

/// A code announced to replace the contract's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct ScheduledCode {
	/// The hash of the new code (uploaded to pallet-contracts before it is scheduled, and
	/// locked by the contract while it is scheduled).
	pub code_hash: Hash,
	/// The first block at which anyone may swap it in (the last: `at` +
	/// [`APPLY_WINDOW`]).
	pub at: BlockNumber,
}

impl ScheduledCode {
	/// The last block at which it may be swapped in.
	pub fn until(&self) -> BlockNumber {
		self.at.saturating_add(APPLY_WINDOW)
	}

	/// Whether its window is over at block `now`.
	pub fn lapsed_at(&self, now: BlockNumber) -> bool {
		now > self.until()
	}
}

/// Why a message over the [`CodeSchedule`] did nothing. Each contract maps it into its own
/// `Error` (variants of the same names, `Extension` into its `Extension`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
	/// Only the governor (the chain extension's `governor`) may do this.
	NotGovernor,
	/// No code is scheduled.
	NoCodeScheduled,
	/// The scheduled code's delay has not passed.
	CodeNotDue,
	/// pallet-contracts refused the swap. In effect unreachable: the only refusal
	/// `set_code_hash` returns is a missing code, and the scheduled code is locked, so it
	/// cannot be missing; its other failures trap. Kept (its index is the ABI's).
	CodeSwapFailed,
	/// The scheduled code's window ([`APPLY_WINDOW`]) is over: it can no longer be
	/// swapped in (`lapse_code` clears it).
	CodeLapsed,
	/// The scheduled code's window is not over: it cannot be cleared as lapsed.
	CodeNotLapsed,
	/// The chain extension could not say who the governor is.
	Extension(ExtensionError),
}

impl From<ExtensionError> for CodeError {
	fn from(e: ExtensionError) -> Self {
		CodeError::Extension(e)
	}
}

/// The governor announced `code_hash` to replace the contract's code from block `at`.
#[ink::event]
pub struct CodeScheduled {
	#[ink(topic)]
	pub code_hash: Hash,
	pub at: BlockNumber,
}

/// The governor withdrew the announcement of `code_hash` (or replaced it by a new one):
/// it is unlocked.
#[ink::event]
pub struct CodeCancelled {
	#[ink(topic)]
	pub code_hash: Hash,
}

/// The announcement of `code_hash` lapsed: nobody swapped it in within [`APPLY_WINDOW`]
/// of its block. It is cleared and unlocked.
#[ink::event]
pub struct CodeLapsed {
	#[ink(topic)]
	pub code_hash: Hash,
}

/// The contract's code was replaced by `code_hash`: the next call runs it.
#[ink::event]
pub struct CodeApplied {
	#[ink(topic)]
	pub code_hash: Hash,
}

/// The account the chain names as governor (the chain extension's `governor`).
pub fn governor() -> Result<AccountId, ExtensionError> {
	<Amchain as ink::ChainExtensionInstance>::instantiate().governor()
}

/// A contract's announced code, in its own storage cell.
///
/// `KEY` is the cell's storage key, chosen by the contract ([`storage_key`](crate::storage_key)
/// of its field's path, as ink! would give it): a `Lazy` cell adds nothing to the
/// contract's root storage, so adding this field to a deployed contract's storage struct
/// moves none of what it already stores.
#[ink::storage_item]
#[derive(Debug, Default)]
pub struct CodeSchedule<const KEY: Key> {
	scheduled: Lazy<ScheduledCode, ManualKey<KEY>>,
}

impl<const KEY: Key> CodeSchedule<KEY> {
	/// What is announced, if anything.
	pub fn get(&self) -> Option<ScheduledCode> {
		self.scheduled.get()
	}

	/// The caller, if it is the governor, announces `code_hash` (uploaded already) from
	/// [`CODE_DELAY`] blocks on, and locks it; an earlier announcement is replaced (its code
	/// unlocked, `CodeCancelled` or, if it had lapsed, `CodeLapsed`) and the delay starts
	/// again. Traps (pallet-contracts' `CodeNotFound`) if no code with this hash is
	/// uploaded, and if it is the code the contract runs. Emits [`CodeScheduled`].
	pub fn schedule(&mut self, code_hash: Hash) -> Result<BlockNumber, CodeError> {
		ensure_governor()?;
		let now = block_number();
		if let Some(old) = self.scheduled.get() {
			code_lock::unlock(&old.code_hash);
			if old.lapsed_at(now) {
				ink::env::emit_event::<AmchainEnvironment, _>(CodeLapsed {
					code_hash: old.code_hash,
				});
			} else {
				ink::env::emit_event::<AmchainEnvironment, _>(CodeCancelled {
					code_hash: old.code_hash,
				});
			}
		}
		code_lock::lock(&code_hash);
		let at = now.saturating_add(CODE_DELAY);
		self.scheduled.set(&ScheduledCode { code_hash, at });
		ink::env::emit_event::<AmchainEnvironment, _>(CodeScheduled { code_hash, at });
		Ok(at)
	}

	/// The caller, if it is the governor, withdraws the announcement (lapsed or not) and
	/// unlocks its code. Emits [`CodeCancelled`].
	pub fn cancel(&mut self) -> Result<(), CodeError> {
		ensure_governor()?;
		let scheduled = self.scheduled.get().ok_or(CodeError::NoCodeScheduled)?;
		self.clear(&scheduled);
		ink::env::emit_event::<AmchainEnvironment, _>(CodeCancelled {
			code_hash: scheduled.code_hash,
		});
		Ok(())
	}

	/// The announced code, if its delay has passed and its window has not, taken off the
	/// schedule and unlocked: what [`apply`](Self::apply) swaps in. Anyone may call it.
	pub fn take_due(&mut self) -> Result<ScheduledCode, CodeError> {
		let scheduled = self.scheduled.get().ok_or(CodeError::NoCodeScheduled)?;
		let now = block_number();
		if now < scheduled.at {
			return Err(CodeError::CodeNotDue);
		}
		if scheduled.lapsed_at(now) {
			return Err(CodeError::CodeLapsed);
		}
		self.clear(&scheduled);
		Ok(scheduled)
	}

	/// From the announced block to [`APPLY_WINDOW`] after it, anyone swaps the announced
	/// code in: the contract keeps its account, balance and storage, and runs the new code
	/// from the next call. The code is unlocked first (the contract now runs it, which
	/// keeps it on chain). If pallet-contracts refuses, the message fails and the
	/// announcement stays. Emits [`CodeApplied`].
	///
	/// (ink!'s off-chain test engine has no `set_code_hash`: unit tests run
	/// [`take_due`](Self::take_due)'s checks; the swap itself runs on pallet-contracts.)
	pub fn apply(&mut self) -> Result<Hash, CodeError> {
		let ScheduledCode { code_hash, .. } = self.take_due()?;
		ink::env::set_code_hash::<AmchainEnvironment>(&code_hash)
			.map_err(|_| CodeError::CodeSwapFailed)?;
		ink::env::emit_event::<AmchainEnvironment, _>(CodeApplied { code_hash });
		Ok(code_hash)
	}

	/// After its window ([`APPLY_WINDOW`] past its block), anyone clears a lapsed
	/// announcement and unlocks its code. Emits [`CodeLapsed`].
	pub fn lapse(&mut self) -> Result<Hash, CodeError> {
		let scheduled = self.scheduled.get().ok_or(CodeError::NoCodeScheduled)?;
		if !scheduled.lapsed_at(block_number()) {
			return Err(CodeError::CodeNotLapsed);
		}
		self.clear(&scheduled);
		ink::env::emit_event::<AmchainEnvironment, _>(CodeLapsed {
			code_hash: scheduled.code_hash,
		});
		Ok(scheduled.code_hash)
	}

	/// Takes `scheduled` off the schedule: unlocks its code and empties the cell (the
	/// lock's and the cell's deposits go back to whoever's call frees them).
	fn clear(&mut self, scheduled: &ScheduledCode) {
		code_lock::unlock(&scheduled.code_hash);
		ink::env::clear_contract_storage(&<ManualKey<KEY> as StorageKey>::KEY);
	}
}

/// The scheduled code's lock on chain (pallet-contracts' delegate dependency: the code
/// cannot be removed while locked, and locking needs it uploaded); in `std` builds,
/// [`MockChain`](crate::testing::MockChain)'s table, ink!'s off-chain engine having none.
mod code_lock {
	#[cfg(not(feature = "std"))]
	use ink::primitives::Hash;

	#[cfg(not(feature = "std"))]
	pub fn lock(code_hash: &Hash) {
		ink::env::lock_delegate_dependency::<crate::AmchainEnvironment>(code_hash)
	}

	#[cfg(not(feature = "std"))]
	pub fn unlock(code_hash: &Hash) {
		ink::env::unlock_delegate_dependency::<crate::AmchainEnvironment>(code_hash)
	}

	#[cfg(feature = "std")]
	pub use crate::testing::{lock_code as lock, unlock_code as unlock};
}

/// The caller is the governor, or `NotGovernor`.
fn ensure_governor() -> Result<(), CodeError> {
	let caller = ink::env::caller::<AmchainEnvironment>();
	(caller == governor()?).then_some(()).ok_or(CodeError::NotGovernor)
}

fn block_number() -> BlockNumber {
	ink::env::block_number::<AmchainEnvironment>()
}

#[cfg(all(test, feature = "std"))]
mod tests {
	use super::*;
	use crate::{
		storage_key,
		testing::{call_as, check_governed_code, Governed, MockChain},
	};

	/// A contract holding nothing but its schedule, as a contract's messages use it.
	#[derive(Default)]
	struct Contract {
		code: CodeSchedule<{ storage_key("Test::code") }>,
	}

	impl Governed for Contract {
		type Error = CodeError;
		fn schedule_code(&mut self, code_hash: Hash) -> Result<BlockNumber, CodeError> {
			self.code.schedule(code_hash)
		}
		fn cancel_code(&mut self) -> Result<(), CodeError> {
			self.code.cancel()
		}
		fn apply_code(&mut self) -> Result<(), CodeError> {
			self.code.apply().map(|_| ())
		}
		fn lapse_code(&mut self) -> Result<(), CodeError> {
			self.code.lapse().map(|_| ())
		}
		fn scheduled_code(&self) -> Option<ScheduledCode> {
			self.code.get()
		}
	}

	#[test]
	fn the_delay_is_a_week_the_window_a_day_and_the_grace_a_month() {
		assert_eq!(CODE_DELAY, 100_800, "a week of 6-second blocks");
		assert_eq!(APPLY_WINDOW, 14_400, "a day of 6-second blocks");
		assert_eq!(EXTENSION_GRACE, 432_000, "thirty days of 6-second blocks");
	}

	#[ink::test]
	fn only_the_governor_schedules_and_nothing_applies_before_it_is_due() {
		let chain = MockChain::install();
		let member = AccountId::from([1; 32]);
		chain.member(member, 1, crate::role::CUSTOMER);
		check_governed_code(&mut Contract::default(), &chain, member, |_| ());
	}

	/// Due, the checks pass and the swap is asked of the chain: ink!'s off-chain engine
	/// has no `set_code_hash`, and says so (pallet-contracts runs it on chain).
	#[ink::test]
	#[should_panic(expected = "off-chain environment does not support `set_code_hash`")]
	fn a_due_code_reaches_set_code_hash() {
		let chain = MockChain::install();
		let mut contract = Contract::default();
		check_governed_code(&mut contract, &chain, AccountId::from([1; 32]), |_| ());
		call_as(AccountId::from([2; 32]));
		let _ = contract.apply_code();
	}

	/// A `Lazy` cell at a manual key: the cell's key is exactly `KEY`, and clearing it
	/// leaves nothing there.
	#[ink::test]
	fn the_schedule_lives_at_its_own_key_and_is_cleared() {
		let chain = MockChain::install();
		let governor = AccountId::from([7; 32]);
		chain.set_governor(governor);
		call_as(governor);
		let mut contract = Contract::default();
		let key = storage_key("Test::code");
		chain.upload(Hash::from([1; 32]));
		contract.code.schedule(Hash::from([1; 32])).expect("the governor schedules");
		assert!(ink::env::contains_contract_storage(&key).is_some());
		contract.code.cancel().expect("the governor cancels");
		assert_eq!(ink::env::contains_contract_storage(&key), None);
	}

	/// Red team (item 20), HIGH: a schedule named code nobody had uploaded, and a due
	/// schedule never lapsed, so private code could be uploaded and applied in one batch
	/// months later. Scheduling locks the code, which pallet-contracts refuses (traps,
	/// `CodeNotFound`) for a code not on chain: the whole call fails, nothing is
	/// scheduled.
	#[ink::test]
	#[should_panic(expected = "pallet-contracts traps: CodeNotFound")]
	fn a_code_not_uploaded_cannot_be_scheduled() {
		let chain = MockChain::install();
		let governor = AccountId::from([7; 32]);
		chain.set_governor(governor);
		call_as(governor);
		let _ = Contract::default().code.schedule(Hash::from([1; 32]));
	}

	/// Applied, the code is unlocked before the swap (the contract then runs it, which
	/// keeps it on chain), and the cell is cleared.
	#[ink::test]
	fn applying_unlocks_the_code_before_the_swap() {
		let chain = MockChain::install();
		let governor = AccountId::from([7; 32]);
		chain.set_governor(governor);
		chain.upload(Hash::from([1; 32]));
		call_as(governor);
		let mut contract = Contract::default();
		let at = contract.code.schedule(Hash::from([1; 32])).expect("the governor schedules");
		ink::env::test::set_block_number::<AmchainEnvironment>(at);
		let due = contract.code.take_due().expect("due");
		assert_eq!(due.code_hash, Hash::from([1; 32]));
		assert_eq!(chain.locked_codes(), vec![]);
		assert_eq!(contract.code.get(), None);
	}
}
