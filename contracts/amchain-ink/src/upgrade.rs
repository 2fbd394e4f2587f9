//! Replacing a contract's code under governance (white paper 7.1, "withdraw and replace
//! smart contracts"; docs/contracts.md, "Replacing a contract").
//!
//! Every amchain contract holds a [`CodeSchedule`] and offers the same four messages over
//! it:
//!
//! - `schedule_code(code_hash)`: only the **governor** — the account the chain extension's
//!   `governor` names, which on amchain nobody holds the key of and only a council
//!   majority acts as (pallet-consortium's `as_governor`) — announces the code that will
//!   replace this contract's, at block `at` = now + [`CODE_DELAY`]. Emits
//!   [`CodeScheduled`]. Scheduling again replaces the announcement, and the delay starts
//!   afresh.
//! - `cancel_code()`: the governor withdraws the announcement. Emits [`CodeCancelled`].
//! - `apply_code()`: from block `at` on, anyone swaps the code in (`set_code_hash`): the
//!   contract keeps its account, balance and storage and runs the new code from the next
//!   call. Emits [`CodeApplied`].
//! - `scheduled_code()`: what is announced, if anything.
//!
//! The delay is what members rely on: for a week everyone sees which code is coming (its
//! hash, in the event and the query), and whoever is owed something and does not trust
//! the new code takes it out first (`withdraw`, `refund`, `settle` where their terms allow).
//! The governor cannot shorten the delay: it only schedules, and `apply_code` refuses
//! before `at`.
//!
//! [`EXTENSION_GRACE`] is the other half of "replace a faulty contract": how long past a
//! deadline a contract keeps waiting for the chain extension to answer before it falls
//! back to the default that needs no answer (escrow's refund). It is longer than a council
//! motion plus [`CODE_DELAY`], so governance can put in a contract that reads the chain
//! again before the fallback applies.

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

/// A code announced to replace the contract's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub struct ScheduledCode {
	/// The hash of the new code (uploaded to pallet-contracts by anyone, before
	/// `apply_code`).
	pub code_hash: Hash,
	/// The first block at which anyone may swap it in.
	pub at: BlockNumber,
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
	/// pallet-contracts refused the swap (no code uploaded with this hash).
	CodeSwapFailed,
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

/// The governor withdrew the announcement of `code_hash`.
#[ink::event]
pub struct CodeCancelled {
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

	/// The caller, if it is the governor, announces `code_hash` from [`CODE_DELAY`] blocks
	/// on (replacing any earlier announcement: the delay starts again). Emits
	/// [`CodeScheduled`].
	pub fn schedule(&mut self, code_hash: Hash) -> Result<BlockNumber, CodeError> {
		ensure_governor()?;
		let at = block_number().saturating_add(CODE_DELAY);
		self.scheduled.set(&ScheduledCode { code_hash, at });
		ink::env::emit_event::<AmchainEnvironment, _>(CodeScheduled { code_hash, at });
		Ok(at)
	}

	/// The caller, if it is the governor, withdraws the announcement. Emits
	/// [`CodeCancelled`].
	pub fn cancel(&mut self) -> Result<(), CodeError> {
		ensure_governor()?;
		let scheduled = self.scheduled.get().ok_or(CodeError::NoCodeScheduled)?;
		self.clear();
		ink::env::emit_event::<AmchainEnvironment, _>(CodeCancelled {
			code_hash: scheduled.code_hash,
		});
		Ok(())
	}

	/// The announced code, if its delay has passed, taken off the schedule: what
	/// [`apply`](Self::apply) swaps in. Anyone may call it.
	pub fn take_due(&mut self) -> Result<ScheduledCode, CodeError> {
		let scheduled = self.scheduled.get().ok_or(CodeError::NoCodeScheduled)?;
		if block_number() < scheduled.at {
			return Err(CodeError::CodeNotDue);
		}
		self.clear();
		Ok(scheduled)
	}

	/// From the announced block on, anyone swaps the announced code in: the contract keeps
	/// its account, balance and storage, and runs the new code from the next call. If
	/// pallet-contracts refuses (no code with that hash uploaded), the message fails and
	/// the announcement stays. Emits [`CodeApplied`].
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

	/// Empties the cell (its storage deposit goes back to whoever's call frees it).
	fn clear(&mut self) {
		ink::env::clear_contract_storage(&<ManualKey<KEY> as StorageKey>::KEY);
	}
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
		fn scheduled_code(&self) -> Option<ScheduledCode> {
			self.code.get()
		}
	}

	#[test]
	fn the_delay_is_a_week_and_the_grace_a_month() {
		assert_eq!(CODE_DELAY, 100_800, "a week of 6-second blocks");
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
		contract.code.schedule(Hash::from([1; 32])).expect("the governor schedules");
		assert!(ink::env::contains_contract_storage(&key).is_some());
		contract.code.cancel().expect("the governor cancels");
		assert_eq!(ink::env::contains_contract_storage(&key), None);
	}
}
