//! The chain extension in `#[ink::test]` unit tests: [`MockChain`] answers the same
//! functions with the same wire format and status codes as the runtime, from tables
//! the test fills and changes while it runs. Also the few things every contract's unit
//! tests do with the off-chain environment: accounts and balances, callers, events,
//! and [`assert_noop!`](crate::assert_noop).
//!
//! ```ignore
//! let chain = MockChain::install();
//! chain.member(alice, 1, role::CUSTOMER);
//! chain.part(7, PartInfo { custodian: 1, .. chain.new_part(1) });
//! ```

use std::{cell::RefCell, collections::BTreeMap, rc::Rc};

use ink::{
	env::test,
	scale::{Decode, Encode},
};

use crate::{upgrade::ScheduledCode, *};
use ink::primitives::Hash;

/// The off-chain engine's existential deposit (`ink_engine`'s `ChainSpec::default()`),
/// what `minimum_balance()` answers in an `#[ink::test]`.
pub const ED: Balance = 1_000_000;

/// Makes `contract` the contract under test, holding nothing, and gives each of `funded`
/// `funds`.
pub fn set_up_accounts(contract: AccountId, funded: &[AccountId], funds: Balance) {
	test::set_callee::<AmchainEnvironment>(contract);
	test::set_account_balance::<AmchainEnvironment>(contract, 0);
	for who in funded {
		test::set_account_balance::<AmchainEnvironment>(*who, funds);
	}
}

/// The balance of `who`.
pub fn balance(who: AccountId) -> Balance {
	test::get_account_balance::<AmchainEnvironment>(who).expect("the test set up the account")
}

/// Messages from now on come from `who`, sending nothing.
pub fn call_as(who: AccountId) {
	test::set_caller::<AmchainEnvironment>(who);
	test::set_value_transferred::<AmchainEnvironment>(0);
}

/// Messages from now on come from `who`, sending `value` (moved from `who` to the
/// contract now, as a payable call would).
pub fn pay_as(who: AccountId, value: Balance) {
	test::set_caller::<AmchainEnvironment>(who);
	test::transfer_in::<AmchainEnvironment>(value);
}

/// The last event emitted, decoded as `Ev`.
pub fn last_event<Ev: Decode>() -> Ev {
	let event = test::recorded_events().last().expect("an event was emitted");
	Ev::decode(&mut &event.data[..]).expect("the event decodes")
}

/// How many events were emitted so far.
pub fn event_count() -> usize {
	test::recorded_events().count()
}

/// `$call` fails with `$error` and changes nothing: `$t.snapshot($key)` (the test's view
/// of everything the message could change) is the same after as before.
#[macro_export]
macro_rules! assert_noop {
	($t:expr, $key:expr, $call:expr, $error:expr) => {{
		let before = $t.snapshot($key);
		assert_eq!($call, Err($error));
		assert_eq!($t.snapshot($key), before, "a failed message changed state");
	}};
}

/// A contract's governed replacement of its code, as its messages (`schedule_code`,
/// `cancel_code`, `apply_code`, `lapse_code`, `scheduled_code`) answer: what
/// [`check_governed_code`] drives. Each contract's tests implement it by calling the
/// messages.
pub trait Governed {
	/// The contract's `Error`.
	type Error: From<CodeError> + PartialEq + core::fmt::Debug;
	fn schedule_code(&mut self, code_hash: Hash) -> Result<BlockNumber, Self::Error>;
	fn cancel_code(&mut self) -> Result<(), Self::Error>;
	fn apply_code(&mut self) -> Result<(), Self::Error>;
	fn lapse_code(&mut self) -> Result<(), Self::Error>;
	fn scheduled_code(&self) -> Option<ScheduledCode>;
}

/// The `n`th event from the end (0: the last), decoded as `Ev`.
pub fn event_from_end<Ev: Decode>(n: usize) -> Ev {
	let events: Vec<_> = test::recorded_events().collect();
	let event = events.iter().rev().nth(n).expect("so many events were emitted");
	Ev::decode(&mut &event.data[..]).expect("the event decodes")
}

/// Every rule of a contract's governed code replacement ([`upgrade`](crate::upgrade)), on
/// `contract` under `chain`, with `snapshot` the test's view of everything else the
/// contract holds (it must not change): only the governor schedules and cancels (a member,
/// a stranger, a chain that cannot say who governs: refused, nothing changes); the
/// announcement is `CODE_DELAY` ahead, evented, and locks the code (only an uploaded code
/// can be scheduled: see `upgrade`'s tests); scheduling again unlocks the old code, says it
/// is cancelled (or lapsed) and restarts the delay; nothing is applied before it is due,
/// after its window (`CodeLapsed`: anyone then clears it with `lapse_code`, unlocking it),
/// after a cancellation, or when nothing is scheduled (each refusal changes nothing).
/// Leaves a code scheduled and due (the window's last block), so that the test can go on
/// to `apply_code`, which off chain stops at `set_code_hash` (ink!'s off-chain engine has
/// none).
pub fn check_governed_code<C: Governed, S: PartialEq + core::fmt::Debug>(
	contract: &mut C,
	chain: &MockChain,
	member: AccountId,
	snapshot: impl Fn(&C) -> S,
) {
	use crate::upgrade::{CodeCancelled, CodeLapsed, CodeScheduled, APPLY_WINDOW};
	let governor = AccountId::from([0x60; 32]);
	let (code, other_code) = (Hash::from([0xC1; 32]), Hash::from([0xC2; 32]));
	let view = |c: &C| (c.scheduled_code(), chain.locked_codes(), snapshot(c));
	let refused = |contract: &mut C, error: CodeError| {
		let before = view(contract);
		let events = event_count();
		assert_eq!(contract.schedule_code(code), Err(error.into()), "schedule_code");
		assert_eq!(contract.cancel_code(), Err(error.into()), "cancel_code");
		assert_eq!(view(contract), before, "a refused message changed state");
		assert_eq!(event_count(), events, "a refused message emitted an event");
	};
	let initial = snapshot(contract);
	chain.upload(code);
	chain.upload(other_code);
	test::set_block_number::<AmchainEnvironment>(100);
	// A runtime that cannot say who governs: nobody does.
	call_as(governor);
	refused(contract, CodeError::Extension(ExtensionError::UnknownFunction));
	chain.set_governor(governor);
	// A member, a stranger, the contract itself: not the governor.
	for who in [member, AccountId::from([0x61; 32]), test::callee::<AmchainEnvironment>()] {
		call_as(who);
		refused(contract, CodeError::NotGovernor);
	}
	// Nothing scheduled: nothing to cancel, apply or clear.
	call_as(governor);
	let before = view(contract);
	assert_eq!(contract.cancel_code(), Err(CodeError::NoCodeScheduled.into()));
	assert_eq!(contract.apply_code(), Err(CodeError::NoCodeScheduled.into()));
	assert_eq!(contract.lapse_code(), Err(CodeError::NoCodeScheduled.into()));
	assert_eq!(view(contract), before);

	// The governor schedules: `CODE_DELAY` ahead, announced, the code locked.
	let before = snapshot(contract);
	assert_eq!(contract.schedule_code(code), Ok(100 + CODE_DELAY));
	let scheduled = ScheduledCode { code_hash: code, at: 100 + CODE_DELAY };
	assert_eq!(contract.scheduled_code(), Some(scheduled));
	assert_eq!(chain.locked_codes(), vec![code], "the scheduled code is locked");
	let event = last_event::<CodeScheduled>();
	assert_eq!((event.code_hash, event.at), (code, scheduled.at));
	assert_eq!(snapshot(contract), before, "scheduling changes nothing else");

	// Not before it is due, by anyone: the governor cannot bypass the delay. Nor is it
	// lapsed.
	let before_due = scheduled.at.saturating_sub(1);
	for (block, who) in [(100, governor), (before_due, governor), (before_due, member)] {
		test::set_block_number::<AmchainEnvironment>(block);
		call_as(who);
		let before = view(contract);
		assert_eq!(contract.apply_code(), Err(CodeError::CodeNotDue.into()));
		assert_eq!(contract.lapse_code(), Err(CodeError::CodeNotLapsed.into()));
		assert_eq!(view(contract), before);
	}
	// A member cannot cancel it either.
	call_as(member);
	refused(contract, CodeError::NotGovernor);

	// Scheduling again unlocks the old code, says it is cancelled, and restarts the delay
	// (no way to bring a code forward).
	test::set_block_number::<AmchainEnvironment>(before_due);
	call_as(governor);
	let again = contract.schedule_code(other_code).expect("the governor reschedules");
	assert_eq!(again, before_due.saturating_add(CODE_DELAY));
	assert_eq!(event_from_end::<CodeCancelled>(1).code_hash, code, "the old one cancelled");
	assert_eq!(last_event::<CodeScheduled>().code_hash, other_code);
	assert_eq!(chain.locked_codes(), vec![other_code], "only the new code is locked");
	test::set_block_number::<AmchainEnvironment>(scheduled.at);
	assert_eq!(contract.apply_code(), Err(CodeError::CodeNotDue.into()));

	// Cancelled: unlocked, nothing left to apply, even once due.
	assert_eq!(contract.cancel_code(), Ok(()));
	assert_eq!(last_event::<CodeCancelled>().code_hash, other_code);
	assert_eq!(contract.scheduled_code(), None);
	assert_eq!(chain.locked_codes(), vec![]);
	test::set_block_number::<AmchainEnvironment>(again);
	let before = view(contract);
	assert_eq!(contract.apply_code(), Err(CodeError::NoCodeScheduled.into()));
	assert_eq!(contract.cancel_code(), Err(CodeError::NoCodeScheduled.into()));
	assert_eq!(view(contract), before);

	// Scheduled anew and not applied within its window: lapsed. It can no longer come in
	// (months later, when nobody watches); anyone clears it, unlocking the code.
	let at = contract.schedule_code(code).expect("the governor schedules");
	let window_over = at.saturating_add(APPLY_WINDOW).saturating_add(1);
	test::set_block_number::<AmchainEnvironment>(window_over);
	call_as(member);
	let before = view(contract);
	assert_eq!(contract.apply_code(), Err(CodeError::CodeLapsed.into()));
	assert_eq!(view(contract), before);
	assert_eq!(contract.lapse_code(), Ok(()));
	assert_eq!(last_event::<CodeLapsed>().code_hash, code);
	assert_eq!((contract.scheduled_code(), chain.locked_codes()), (None, vec![]));
	assert_eq!(contract.apply_code(), Err(CodeError::NoCodeScheduled.into()));

	// A lapsed announcement the governor replaces: said lapsed, unlocked.
	call_as(governor);
	let at = contract.schedule_code(code).expect("the governor schedules");
	test::set_block_number::<AmchainEnvironment>(at.saturating_add(APPLY_WINDOW).saturating_add(1));
	let at = contract.schedule_code(other_code).expect("the governor schedules again");
	assert_eq!(event_from_end::<CodeLapsed>(1).code_hash, code);
	assert_eq!(chain.locked_codes(), vec![other_code]);
	// Rescheduling the same code restarts its delay (unlocked, then locked again).
	test::set_block_number::<AmchainEnvironment>(at);
	let at = contract.schedule_code(other_code).expect("the same code again");
	assert_eq!(event_from_end::<CodeCancelled>(1).code_hash, other_code);
	assert_eq!(chain.locked_codes(), vec![other_code]);
	assert_eq!(contract.cancel_code(), Ok(()));

	// Scheduled anew, and at the last block of its window: left for the caller's
	// `apply_code`.
	let at2 = contract.schedule_code(code).expect("the governor schedules");
	assert_eq!(at2, at, "a week from the same block");
	test::set_block_number::<AmchainEnvironment>(at2.saturating_add(APPLY_WINDOW));
	call_as(member);
	assert_eq!(snapshot(contract), initial, "nothing but the schedule changed");
}

/// What the mocked chain knows.
#[derive(Default)]
struct State {
	parts: BTreeMap<PartId, PartInfo>,
	offers: BTreeMap<(PartId, u8), Offer>,
	members: BTreeMap<AccountId, Member>,
	roles: BTreeMap<ParticipantId, Roles>,
	standards: Vec<StandardId>,
	certified: Vec<(ParticipantId, StandardId)>,
	warranties: BTreeMap<PartId, Warranty>,
	lots: BTreeMap<LotId, LotInfo>,
	certifications: BTreeMap<CertificationId, CertificationInfo>,
	/// Each item's history as far as receipts go: who accepted what, in order; `None`
	/// for any other record.
	histories: BTreeMap<Item, Vec<Option<(Handover, ParticipantId)>>>,
	/// The account `governor` answers (none: `UnknownFunction`, as an older runtime).
	governor: Option<AccountId>,
	/// Functions made to fail, and how ([`MockChain::fail`]).
	failing: BTreeMap<Function, ExtensionError>,
	/// Codes uploaded to pallet-contracts ([`MockChain::upload`]).
	uploaded: Vec<Hash>,
	/// Codes the contract under test locked (pallet-contracts' delegate dependencies).
	locked: Vec<Hash>,
}

std::thread_local! {
	/// The chain [`MockChain::install`] registered last in this test's thread: where the
	/// code locks go (ink!'s off-chain engine has none).
	static INSTALLED: RefCell<Option<MockChain>> = const { RefCell::new(None) };
}

/// What `ink::env::lock_delegate_dependency` does on pallet-contracts, on the installed
/// [`MockChain`]'s table: panics (pallet-contracts traps) if no code with this hash is
/// uploaded (`CodeNotFound`) or the contract locked it already
/// (`DelegateDependencyAlreadyExists`).
pub fn lock_code(code_hash: &Hash) {
	let chain = INSTALLED.with(|c| c.borrow().clone()).expect("a MockChain is installed");
	let mut s = chain.0.borrow_mut();
	assert!(s.uploaded.contains(code_hash), "pallet-contracts traps: CodeNotFound");
	assert!(
		!s.locked.contains(code_hash),
		"pallet-contracts traps: DelegateDependencyAlreadyExists"
	);
	s.locked.push(*code_hash);
}

/// What `ink::env::unlock_delegate_dependency` does on pallet-contracts: panics
/// (`DelegateDependencyNotFound`) if the contract holds no lock on it.
pub fn unlock_code(code_hash: &Hash) {
	let chain = INSTALLED.with(|c| c.borrow().clone()).expect("a MockChain is installed");
	let mut s = chain.0.borrow_mut();
	let at = s.locked.iter().position(|h| h == code_hash);
	let at = at.expect("pallet-contracts traps: DelegateDependencyNotFound");
	s.locked.remove(at);
}

/// A chain extension backed by tables; clones share them.
#[derive(Clone, Default)]
pub struct MockChain(Rc<RefCell<State>>);

impl MockChain {
	/// A new, empty mock registered as the off-chain environment's chain extension.
	pub fn install() -> MockChain {
		let chain = MockChain::default();
		ink::env::test::register_chain_extension(chain.clone());
		INSTALLED.with(|c| *c.borrow_mut() = Some(chain.clone()));
		chain
	}

	/// Uploads a code with hash `code_hash` to pallet-contracts (what
	/// `Contracts.upload_code` does): it may be scheduled.
	pub fn upload(&self, code_hash: Hash) {
		self.0.borrow_mut().uploaded.push(code_hash);
	}

	/// The codes the contract under test holds locked.
	pub fn locked_codes(&self) -> Vec<Hash> {
		self.0.borrow().locked.clone()
	}

	/// An active, stand-alone part of type 1 in its first life, owned and held by `holder`.
	pub fn new_part(holder: ParticipantId) -> PartInfo {
		PartInfo {
			part_type: 1,
			owner: holder,
			custodian: holder,
			status: PartStatus::Active,
			installed_in: None,
			life: 1,
			quarantined: false,
		}
	}

	/// Registers organisation `participant` with `roles` and `account` as its admin.
	/// Roles 0 register it suspended (as on chain, where an active organisation always
	/// holds a role): its accounts are then no members at all.
	pub fn member(&self, account: AccountId, participant: ParticipantId, roles: Roles) {
		let mut s = self.0.borrow_mut();
		s.members.insert(account, Member { participant, device: false, roles });
		s.roles.insert(participant, roles);
	}

	/// Registers `account` as a device of organisation `participant` (acting with the
	/// organisation's roles).
	pub fn device(&self, account: AccountId, participant: ParticipantId) {
		let mut s = self.0.borrow_mut();
		let roles = s.roles.get(&participant).copied().unwrap_or_default();
		s.members.insert(account, Member { participant, device: true, roles });
	}

	/// Sets (or changes) what the chain knows of a part (its history: one record, its
	/// registration, when it is new).
	pub fn part(&self, id: PartId, info: PartInfo) {
		let mut s = self.0.borrow_mut();
		s.parts.insert(id, info);
		s.histories.entry(Item::Part(id)).or_insert_with(|| vec![None]);
	}

	/// Installs part `id` in part `parent` (Some) or removes it from its assembly (None),
	/// recording either in its history (not a receipt), as pallet-parts' `install` and
	/// `uninstall` do. While a part is installed, `part` answers the owner and custodian
	/// of its assembly's top part, as the runtime does; hand-overs of the assembly go to
	/// the top part ([`hand_over`](Self::hand_over) of the top), and are recorded only in
	/// the top's history. Removed, the part takes the top's holders. The mock checks none
	/// of pallet-parts' rules for it (same holders, owner's act, no cycles): the test
	/// installs only what the chain would allow, and hands over only stand-alone parts.
	pub fn set_parent(&self, id: PartId, parent: Option<PartId>) {
		let (owner, custodian) = self.top_holders(id);
		let mut s = self.0.borrow_mut();
		let part = s.parts.get_mut(&id).expect("the test registered the part");
		part.installed_in = parent;
		if parent.is_none() {
			(part.owner, part.custodian) = (owner, custodian);
		}
		s.histories.entry(Item::Part(id)).or_default().push(None);
	}

	/// The owner and custodian of the top part of the assembly `id` is in (of `id` itself
	/// if it is stand-alone).
	fn top_holders(&self, id: PartId) -> (ParticipantId, ParticipantId) {
		let s = self.0.borrow();
		let mut part = *s.parts.get(&id).expect("the test registered the part");
		// Bounded as pallet-parts' `MaxAssemblyDepth` bounds the walk.
		for _ in 0..16 {
			match part.installed_in.and_then(|parent| s.parts.get(&parent)) {
				Some(parent) => part = *parent,
				None => break,
			}
		}
		(part.owner, part.custodian)
	}

	/// Sets (or changes) what the chain knows of a lot, as [`part`](Self::part) does.
	pub fn lot(&self, id: LotId, info: LotInfo) {
		let mut s = self.0.borrow_mut();
		s.lots.insert(id, info);
		s.histories.entry(Item::Lot(id)).or_insert_with(|| vec![None]);
	}

	/// A lot of 1 000 units, owned and held by `holder`.
	pub fn new_lot(holder: ParticipantId) -> LotInfo {
		LotInfo { owner: holder, custodian: holder, remaining: 1_000, quarantined: false }
	}

	/// Hands a part's custody to `to`, as an accepted custody offer would (recorded in
	/// its history).
	pub fn hand_custody(&self, id: PartId, to: ParticipantId) {
		self.hand_over(Item::Part(id), Handover::Custody, to);
	}

	/// Hands a part's ownership to `to` (recorded in its history).
	pub fn hand_ownership(&self, id: PartId, to: ParticipantId) {
		self.hand_over(Item::Part(id), Handover::Ownership, to);
	}

	/// Hands `handover` of a part or lot to `to`, as an accepted offer would: the
	/// holder changes and the history gains the offer and the receipt.
	pub fn hand_over(&self, item: Item, handover: Handover, to: ParticipantId) {
		let mut s = self.0.borrow_mut();
		let (owner, custodian) = match item {
			Item::Part(id) => {
				let p = s.parts.get_mut(&id).expect("the test registered the part");
				(&mut p.owner, &mut p.custodian)
			},
			Item::Lot(id) => {
				let l = s.lots.get_mut(&id).expect("the test registered the lot");
				(&mut l.owner, &mut l.custodian)
			},
		};
		match handover {
			Handover::Ownership => *owner = to,
			Handover::Custody => *custodian = to,
		}
		let history = s.histories.entry(item).or_default();
		history.push(None);
		history.push(Some((handover, to)));
	}

	/// Appends a record that is not a receipt (an inspection, say) to an item's history.
	pub fn note(&self, item: Item) {
		self.0.borrow_mut().histories.entry(item).or_default().push(None);
	}

	/// Opens (Some) or closes (None) an offer of a part.
	pub fn offer(&self, id: PartId, handover: Handover, offer: Option<Offer>) {
		let key = (id, handover as u8);
		let mut s = self.0.borrow_mut();
		match offer {
			Some(o) => s.offers.insert(key, o),
			None => s.offers.remove(&key),
		};
	}

	/// Defines a standard.
	pub fn standard(&self, standard: StandardId) {
		self.0.borrow_mut().standards.push(standard);
	}

	/// Certifies (true) or decertifies (false) a participant for a standard.
	pub fn certify(&self, participant: ParticipantId, standard: StandardId, certified: bool) {
		let mut s = self.0.borrow_mut();
		s.certified.retain(|c| *c != (participant, standard));
		if certified {
			s.certified.push((participant, standard));
		}
	}

	/// Sets (or changes) a certification as the chain reports it now: its holder,
	/// standard, standing, capacity left in the period and end of validity.
	pub fn certification(&self, id: CertificationId, info: CertificationInfo) {
		self.0.borrow_mut().certifications.insert(id, info);
	}

	/// An active certification of `holder` for `standard` with 10 000 units left,
	/// valid until block 1 000 000.
	pub fn new_certification(holder: ParticipantId, standard: StandardId) -> CertificationInfo {
		CertificationInfo {
			holder,
			standard,
			active: true,
			remaining: 10_000,
			valid_until: 1_000_000,
		}
	}

	/// Sets an organisation's active roles; 0 suspends it, as
	/// `pallet_certifications::suspend_participant` does: on chain an active organisation
	/// always holds at least one role (`Roles::is_valid`), and while it is suspended the
	/// runtime's `membership` answers `NotAMember` for every account of it (admin and
	/// devices), `roles` answers 0 and `is_certified` false. Setting its roles again
	/// reinstates it.
	pub fn set_roles(&self, participant: ParticipantId, roles: Roles) {
		self.0.borrow_mut().roles.insert(participant, roles);
	}

	/// Removes `account` from its organisation: it is a member of none.
	pub fn remove_member(&self, account: AccountId) {
		self.0.borrow_mut().members.remove(&account);
	}

	/// Forgets organisation `participant`, as if it were no longer registered: `roles`
	/// answers `UnknownParticipant` and its accounts are no members.
	pub fn forget(&self, participant: ParticipantId) {
		self.0.borrow_mut().roles.remove(&participant);
	}

	/// Sets (Some) or ends (None) the warranty in force on a part.
	pub fn warranty(&self, id: PartId, warranty: Option<Warranty>) {
		let mut s = self.0.borrow_mut();
		match warranty {
			Some(w) => s.warranties.insert(id, w),
			None => s.warranties.remove(&id),
		};
	}

	/// Names `account` the governor: `governor` answers it (until then it answers
	/// `UnknownFunction`, as a runtime older than the function would).
	pub fn set_governor(&self, account: AccountId) {
		self.0.borrow_mut().governor = Some(account);
	}

	/// Makes `function` fail with `error` until [`answer_again`](Self::answer_again):
	/// the status code of `error`, or, for [`ExtensionError::Undecodable`] (which the
	/// runtime never sends), success with an answer this version cannot decode — a newer
	/// runtime's: for `part`, a `PartInfo` whose status is a variant added after
	/// `Recycled`; for any other function, a truncated answer. The contract's side turns
	/// it into `Undecodable`, as on chain.
	pub fn fail(&self, function: Function, error: ExtensionError) {
		self.0.borrow_mut().failing.insert(function, error);
	}

	/// Makes every function fail with `error` ([`fail`](Self::fail)).
	pub fn fail_all(&self, error: ExtensionError) {
		for function in Function::ALL {
			self.fail(*function, error);
		}
	}

	/// `function` answers as the tables say again.
	pub fn answer_again(&self, function: Function) {
		self.0.borrow_mut().failing.remove(&function);
	}

	/// Every function answers as the tables say again.
	pub fn answer_all_again(&self) {
		self.0.borrow_mut().failing.clear();
	}

	/// What a failing `function` answers: `Err` a status code, `Ok` undecodable bytes.
	fn failure(&self, function: Function, input: &[u8]) -> Option<Result<Vec<u8>, u32>> {
		let error = *self.0.borrow().failing.get(&function)?;
		if error != ExtensionError::Undecodable {
			return Some(Err(error.code()));
		}
		let garbled = match (function, self.answer(Function::Part, input)) {
			(Function::Part, Ok(mut part)) => {
				// `PartInfo`: part type, owner, custodian (4 bytes each), then the status.
				if let Some(status) = part.get_mut(12) {
					*status = (PartStatus::Recycled as u8).saturating_add(1);
				}
				part
			},
			_ => vec![0xFF],
		};
		Some(Ok(garbled))
	}

	fn answer(&self, function: Function, mut input: &[u8]) -> Result<Vec<u8>, ExtensionError> {
		fn output<R: Encode>(result: R) -> Vec<u8> {
			result.encode()
		}
		fn args<A: Decode>(input: &mut &[u8]) -> Result<A, ExtensionError> {
			let a = A::decode(input).map_err(|_| ExtensionError::InvalidInput)?;
			input.is_empty().then_some(a).ok_or(ExtensionError::InvalidInput)
		}
		let top_holders = |id: &PartId| self.top_holders(*id);
		let s = self.0.borrow();
		let known_part = |id: &PartId| s.parts.get(id).copied().ok_or(ExtensionError::UnknownPart);
		let known_participant =
			|id: &ParticipantId| s.roles.get(id).copied().ok_or(ExtensionError::UnknownParticipant);
		match function {
			Function::Part => {
				let id: PartId = args(&mut input)?;
				let part = known_part(&id)?;
				// As the runtime answers (pallet-parts' summary): an installed part's owner
				// and custodian are its assembly's top part's.
				let (owner, custodian) = top_holders(&id);
				Ok(output(PartInfo { owner, custodian, ..part }))
			},
			Function::OpenOffer => {
				let (id, handover): (PartId, Handover) = args(&mut input)?;
				known_part(&id)?;
				Ok(output(s.offers.get(&(id, handover as u8)).copied()))
			},
			Function::Membership => {
				let account: AccountId = args(&mut input)?;
				let member = s.members.get(&account).copied().ok_or(ExtensionError::NotAMember)?;
				let roles = s.roles.get(&member.participant).copied().unwrap_or_default();
				// The runtime (pallet-certifications' `membership`) answers no membership
				// for an account of an organisation that is not active.
				if roles == 0 {
					return Err(ExtensionError::NotAMember);
				}
				Ok(output(Member { roles: member.roles & roles, ..member }))
			},
			Function::Roles => known_participant(&args(&mut input)?).map(output),
			Function::IsCertified => {
				let (participant, standard): (ParticipantId, StandardId) = args(&mut input)?;
				let roles = known_participant(&participant)?;
				if !s.standards.contains(&standard) {
					return Err(ExtensionError::UnknownStandard);
				}
				Ok(output(roles != 0 && s.certified.contains(&(participant, standard))))
			},
			Function::ActiveWarranty => {
				let id: PartId = args(&mut input)?;
				known_part(&id)?;
				Ok(output(s.warranties.get(&id).copied()))
			},
			Function::Receipt => {
				let (item, handover, to, from, limit): (
					Item,
					Handover,
					ParticipantId,
					RecordIndex,
					u32,
				) = args(&mut input)?;
				let history = s.histories.get(&item).ok_or(match item {
					Item::Part(_) => ExtensionError::UnknownPart,
					Item::Lot(_) => ExtensionError::UnknownLot,
				})?;
				let len = history.len() as RecordIndex;
				let from = from.min(len);
				let end = from.saturating_add(limit.min(MAX_RECEIPT_SCAN)).min(len);
				let found =
					(from..end).find(|i| history.get(*i as usize) == Some(&Some((handover, to))));
				let next = found.map_or(end, |i| i.saturating_add(1));
				Ok(output(Receipt { found, next }))
			},
			Function::Lot => {
				let id: LotId = args(&mut input)?;
				s.lots.get(&id).copied().map(output).ok_or(ExtensionError::UnknownLot)
			},
			Function::Certification => {
				let id: CertificationId = args(&mut input)?;
				let info = s
					.certifications
					.get(&id)
					.copied()
					.ok_or(ExtensionError::UnknownCertification)?;
				// As the runtime answers: not valid while its holder is suspended, and nothing
				// left while it is not valid.
				let active = info.active && s.roles.get(&info.holder) != Some(&0);
				let remaining = if active { info.remaining } else { 0 };
				Ok(output(CertificationInfo { active, remaining, ..info }))
			},
			Function::Governor => {
				let () = args(&mut input)?;
				s.governor.map(output).ok_or(ExtensionError::UnknownFunction)
			},
		}
	}
}

impl ink::env::test::ChainExtension for MockChain {
	fn ext_id(&self) -> u16 {
		EXTENSION_ID
	}

	fn call(&mut self, function: u16, input: &[u8], output: &mut Vec<u8>) -> u32 {
		let Ok(function) = Function::try_from(function) else {
			return ExtensionError::UnknownFunction.code();
		};
		// The off-chain engine (ink_engine 5.1) hands an extension its input SCALE-encoded
		// once more, as a byte vector; on chain the runtime gets the arguments' encoding.
		let Ok(input) = Vec::<u8>::decode(&mut &input[..]) else {
			return ExtensionError::InvalidInput.code();
		};
		match self.failure(function, &input) {
			Some(Ok(bytes)) => {
				output.extend(bytes);
				return amchain_chain_extension::SUCCESS;
			},
			Some(Err(code)) => return code,
			None => {},
		}
		match self.answer(function, &input) {
			Ok(bytes) => {
				output.extend(bytes);
				amchain_chain_extension::SUCCESS
			},
			Err(error) => error.code(),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The chain extension's answer, as a contract's `self.env().extension()` gets it.
	fn membership(account: AccountId) -> Result<Member, ExtensionError> {
		<Amchain as ink::ChainExtensionInstance>::instantiate().membership(account)
	}

	#[ink::test]
	fn the_governor_is_the_account_the_chain_names() {
		let chain = MockChain::install();
		let extension = <Amchain as ink::ChainExtensionInstance>::instantiate;
		assert_eq!(extension().governor(), Err(ExtensionError::UnknownFunction), "older runtime");
		chain.set_governor(AccountId::from([9; 32]));
		assert_eq!(extension().governor(), Ok(AccountId::from([9; 32])));
	}

	/// Issue 16 item 20: a function that fails, or answers what this version cannot decode
	/// (a newer runtime's variant), is an error the contract holds as a value, never a trap.
	#[ink::test]
	fn a_failing_or_undecodable_answer_is_an_error_never_a_trap() {
		let chain = MockChain::install();
		let extension = <Amchain as ink::ChainExtensionInstance>::instantiate;
		chain.part(7, MockChain::new_part(1));
		chain.member(AccountId::from([1; 32]), 1, role::CUSTOMER);
		assert!(extension().part(7).is_ok());
		chain.fail(Function::Part, ExtensionError::Undecodable);
		assert_eq!(extension().part(7), Err(ExtensionError::Undecodable));
		chain.fail(Function::Part, ExtensionError::Unknown(42));
		assert_eq!(extension().part(7), Err(ExtensionError::Unknown(42)));
		chain.fail_all(ExtensionError::Undecodable);
		assert_eq!(membership(AccountId::from([1; 32])), Err(ExtensionError::Undecodable));
		assert_eq!(extension().lot(1), Err(ExtensionError::Undecodable));
		chain.answer_all_again();
		assert_eq!(extension().part(7).map(|p| p.owner), Ok(1));
		chain.fail(Function::Part, ExtensionError::UnknownFunction);
		assert_eq!(extension().part(7), Err(ExtensionError::UnknownFunction));
		chain.answer_again(Function::Part);
		assert!(extension().part(7).is_ok());
	}

	#[ink::test]
	fn ed_is_the_off_chain_engines_existential_deposit() {
		assert_eq!(ink::env::minimum_balance::<AmchainEnvironment>(), ED);
	}

	/// RT-6: the mock answered a suspended organisation's accounts with roles 0, where the
	/// runtime answers `NotAMember` (chain-extension/runtime `membership` over
	/// pallet-certifications' `membership`, `None` unless the organisation is active).
	#[ink::test]
	fn a_suspended_organisations_accounts_are_no_members_as_on_chain() {
		let chain = MockChain::install();
		let admin = AccountId::from([1; 32]);
		let device = AccountId::from([2; 32]);
		chain.member(admin, 7, role::SUPPLIER);
		chain.device(device, 7);
		assert_eq!(
			membership(admin),
			Ok(Member { participant: 7, device: false, roles: role::SUPPLIER })
		);
		chain.set_roles(7, 0);
		for account in [admin, device] {
			assert_eq!(membership(account), Err(ExtensionError::NotAMember));
		}
		// Reinstated: a member again.
		chain.set_roles(7, role::SUPPLIER);
		assert_eq!(membership(device).map(|m| (m.participant, m.device)), Ok((7, true)));
	}
}
