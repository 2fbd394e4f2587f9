//! Every message's success and failure paths, off chain, with the chain extension
//! answered by `amchain_ink::testing::MockChain`, and each finding of issue 16 as the
//! other party's best move (or a silent party) against the honest side. After every
//! test the contract's balance equals what it owes.

use crate::escrow::*;
use amchain_ink::{
	assert_noop, role,
	testing::{balance, call_as, event_count, last_event, pay_as, set_up_accounts, MockChain, ED},
	AccountId, AmchainEnvironment as E, Balance, BlockNumber, ExtensionError, Item, PartId,
	ParticipantId, MAX_RECEIPT_SCAN,
};
use ink::env::test;

const PART: PartId = 7;
const OTHER_PART: PartId = 8;
const LOT: u64 = 3;
const BUYER_ORG: ParticipantId = 1;
const SELLER_ORG: ParticipantId = 2;
const CARRIER_ORG: ParticipantId = 3;
const ARBITER_ORG: ParticipantId = 4;
const ORACLE_ORG: ParticipantId = 5;
/// An organisation a key moves to when its own removes it.
const ELSEWHERE: ParticipantId = 9;
const PRICE: Balance = 1_000 * ED;
const DEADLINE: BlockNumber = 10;
const FUNDS: Balance = 1_000_000 * ED;

struct Test {
	escrow: Escrow,
	chain: MockChain,
	contract: AccountId,
	/// alice buys (admin of the buyer's organisation), bob sells (the seller's), charlie
	/// arbitrates, django is the oracle, eve a stranger (no organisation), frank a
	/// carrier's admin.
	a: test::DefaultAccounts<E>,
	/// A second admin account of the buyer's organisation, and of the seller's.
	buyer2: AccountId,
	seller2: AccountId,
}

fn setup() -> Test {
	let a = test::default_accounts::<E>();
	let chain = MockChain::install();
	chain.member(a.alice, BUYER_ORG, role::CUSTOMER);
	chain.member(a.bob, SELLER_ORG, role::SUPPLIER);
	chain.member(a.frank, CARRIER_ORG, role::CARRIER);
	chain.member(a.charlie, ARBITER_ORG, role::AUDITOR);
	chain.member(a.django, ORACLE_ORG, role::SERVICE_PROVIDER);
	let (buyer2, seller2) = (AccountId::from([0xB1; 32]), AccountId::from([0x52; 32]));
	chain.member(buyer2, BUYER_ORG, role::CUSTOMER);
	chain.member(seller2, SELLER_ORG, role::SUPPLIER);
	chain.part(PART, MockChain::new_part(SELLER_ORG));
	chain.part(OTHER_PART, MockChain::new_part(CARRIER_ORG));
	chain.lot(LOT, MockChain::new_lot(SELLER_ORG));
	let contract = AccountId::from([0xC0; 32]);
	let funded = [a.alice, a.bob, a.charlie, a.django, a.eve, a.frank, buyer2, seller2];
	set_up_accounts(contract, &funded, FUNDS);
	Test { escrow: Escrow::new(), chain, contract, a, buyer2, seller2 }
}

impl Test {
	/// Alice proposes an order to bob paying `PRICE`; bob has not accepted it.
	fn propose_with(
		&mut self,
		goods: Goods,
		arbiter: Option<AccountId>,
		oracle: Option<AccountId>,
		milestones: Vec<Balance>,
	) -> OrderId {
		pay_as(self.a.alice, PRICE);
		let id = self
			.escrow
			.open(self.a.bob, goods, PaidOn::Custody, DEADLINE, arbiter, oracle, milestones)
			.expect("order opens");
		test::set_value_transferred::<E>(0);
		id
	}

	/// An order alice proposed and bob accepted.
	fn open_with(
		&mut self,
		goods: Goods,
		arbiter: Option<AccountId>,
		oracle: Option<AccountId>,
		milestones: Vec<Balance>,
	) -> OrderId {
		let id = self.propose_with(goods, arbiter, oracle, milestones);
		call_as(self.a.bob);
		self.escrow.accept(id).expect("the seller accepts");
		id
	}

	/// A part order with charlie as arbiter and django as oracle, accepted.
	fn open(&mut self) -> OrderId {
		self.open_with(Goods::Part(PART), Some(self.a.charlie), Some(self.a.django), vec![])
	}

	/// An accepted lot order with charlie as arbiter.
	fn open_lot(&mut self) -> OrderId {
		self.open_with(Goods::Lot(LOT), Some(self.a.charlie), None, vec![])
	}

	fn state(&self, id: OrderId) -> State {
		self.escrow.order(id).expect("order exists").state
	}

	/// What the buyer's and the seller's organisations may withdraw.
	fn credits(&self) -> (Balance, Balance) {
		(self.escrow.credit(BUYER_ORG), self.escrow.credit(SELLER_ORG))
	}

	/// Everything a failed message must leave as it was.
	#[allow(clippy::type_complexity)]
	fn snapshot(
		&self,
		id: OrderId,
	) -> (Option<Order>, Balance, OrderId, Balance, usize, (Balance, Balance), Option<OrderId>) {
		(
			self.escrow.order(id),
			self.escrow.owed(),
			self.escrow.order_count(),
			balance(self.contract),
			event_count(),
			self.credits(),
			self.escrow.order_for(Goods::Part(PART), PaidOn::Custody),
		)
	}

	/// The contract holds exactly what it owes.
	fn check(&self) {
		assert_eq!(balance(self.contract), self.escrow.owed(), "balance equals what is owed");
	}

	/// Both parties withdraw their credits; the contract then holds what open orders hold.
	fn withdraw_all(&mut self) {
		for who in [self.a.alice, self.a.bob] {
			call_as(who);
			let _ = self.escrow.withdraw();
		}
		self.check();
	}
}

// Proposal and acceptance (finding 3).

#[ink::test]
fn open_proposes_an_order_carrying_every_term() {
	let mut t = setup();
	let (charlie, django) = (t.a.charlie, t.a.django);
	let id = t.propose_with(Goods::Part(PART), Some(charlie), Some(django), vec![]);
	assert_eq!(id, 0);
	let order = t.escrow.order(id).expect("stored");
	assert_eq!((order.buyer, order.seller), (t.a.alice, t.a.bob));
	assert_eq!((order.buyer_org, order.seller_org), (BUYER_ORG, SELLER_ORG));
	assert_eq!((order.amount, order.deadline, order.state), (PRICE, DEADLINE, State::Proposed));
	assert_eq!(balance(t.a.alice), FUNDS - PRICE);
	assert_eq!(t.escrow.owed(), PRICE);
	let e: Opened = last_event();
	assert_eq!(
		(e.order, e.buyer, e.seller, e.buyer_org, e.seller_org, e.goods, e.amount, e.deadline),
		(0, t.a.alice, t.a.bob, BUYER_ORG, SELLER_ORG, Goods::Part(PART), PRICE, DEADLINE)
	);
	assert_eq!((e.arbiter, e.oracle, e.milestones), (Some(charlie), Some(django), vec![]));
	assert_eq!(t.escrow.order_count(), 1);
	assert_eq!(
		t.escrow.order_for(Goods::Part(PART), PaidOn::Custody),
		None,
		"a proposal does not hold the part"
	);

	let service = t.propose_with(Goods::Part(PART), None, None, vec![300 * ED, 700 * ED]);
	let e: Opened = last_event();
	assert_eq!((e.order, e.milestones), (service, vec![300 * ED, 700 * ED]));
	t.check();
}

#[ink::test]
fn a_proposal_binds_nobody_until_the_seller_accepts() {
	let mut t = setup();
	let id = t.propose_with(Goods::Part(PART), Some(t.a.charlie), Some(t.a.django), vec![]);
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotOpen);
	assert_noop!(t, id, t.escrow.dispute(id), Error::NotOpen);
	assert_noop!(t, id, t.escrow.propose_split(id, 0), Error::NotOpen);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.release(id), Error::NotOpen);
	assert_noop!(t, id, t.escrow.record_delivery(id), Error::NotOpen);
	call_as(t.a.django);
	assert_noop!(t, id, t.escrow.report_breach(id), Error::NotOpen);

	// Only an admin account of the seller's organisation accepts.
	t.chain.hand_custody(PART, SELLER_ORG);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.accept(id), Error::NotAMember);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.accept(id), Error::NotSeller);
	let seller_device = AccountId::from([0xD2; 32]);
	t.chain.device(seller_device, SELLER_ORG);
	call_as(seller_device);
	assert_noop!(t, id, t.escrow.accept(id), Error::Device);
	call_as(t.seller2);
	assert_eq!(t.escrow.accept(id), Ok(()));
	let e: Accepted = last_event();
	assert_eq!((e.order, e.by), (id, t.seller2));
	assert_eq!(t.state(id), State::Open);
	assert_eq!(t.escrow.order_for(Goods::Part(PART), PaidOn::Custody), Some(id));
	assert_noop!(t, id, t.escrow.accept(id), Error::NotProposed);
	assert_noop!(t, 9, t.escrow.accept(9), Error::NoSuchOrder);
	t.check();
}

#[ink::test]
fn the_buyer_may_cancel_until_the_seller_accepts() {
	let mut t = setup();
	let id = t.propose_with(Goods::Part(PART), None, None, vec![]);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.cancel(id), Error::NotBuyer);
	call_as(t.buyer2);
	assert_eq!(t.escrow.cancel(id), Ok(()));
	let e: Cancelled = last_event();
	assert_eq!((e.order, e.amount), (id, PRICE));
	assert_eq!(t.state(id), State::Cancelled);
	assert_eq!(t.credits(), (PRICE, 0));
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.accept(id), Error::NotProposed);
	// Once accepted, the buyer cannot walk away.
	let accepted = t.open();
	call_as(t.a.alice);
	assert_noop!(t, accepted, t.escrow.cancel(accepted), Error::NotProposed);
	t.withdraw_all();
	assert_eq!(balance(t.a.alice), FUNDS - PRICE, "the cancelled order came back");
}

#[ink::test]
fn a_silent_seller_leaves_the_buyer_its_money() {
	let mut t = setup();
	let id = t.propose_with(Goods::Part(PART), None, None, vec![]);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.refund(id), Error::DeadlineNotReached);
	test::set_block_number::<E>(DEADLINE);
	// Too late to accept: the deadline has come.
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.accept(id), Error::DeadlineNotInFuture);
	call_as(t.a.eve);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Refunded, (PRICE, 0)));
	t.withdraw_all();
	assert_eq!(balance(t.a.alice), FUNDS);
}

#[ink::test]
fn open_refuses_bad_orders() {
	let mut t = setup();
	let (alice, bob, contract) = (t.a.alice, t.a.bob, t.contract);
	let part = Goods::Part(PART);
	call_as(alice);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::BelowMinimum
	);
	pay_as(alice, ED - 1);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::BelowMinimum
	);
	test::set_value_transferred::<E>(PRICE);
	for (seller, arbiter, oracle) in
		[(contract, None, None), (bob, Some(contract), None), (bob, None, Some(contract))]
	{
		assert_noop!(
			t,
			0,
			t.escrow.open(seller, part, PaidOn::Custody, DEADLINE, arbiter, oracle, vec![]),
			Error::ContractAsParty
		);
	}
	// The buyer itself, or another account of its organisation.
	for seller in [alice, t.buyer2] {
		assert_noop!(
			t,
			0,
			t.escrow.open(seller, part, PaidOn::Custody, DEADLINE, None, None, vec![]),
			Error::SellerIsBuyer
		);
	}
	assert_noop!(
		t,
		0,
		t.escrow.open(t.a.eve, part, PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::SellerNotAMember
	);
	test::set_block_number::<E>(DEADLINE);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::DeadlineNotInFuture
	);
	test::set_block_number::<E>(0);
	let bad_shares = [
		vec![PRICE - 1],
		vec![PRICE, 0],
		vec![PRICE - ED + 1, ED - 1],
		vec![PRICE / 20; MAX_MILESTONES + 4],
	];
	for bad in bad_shares {
		assert_noop!(
			t,
			0,
			t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, None, None, bad),
			Error::BadMilestones
		);
	}
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, Goods::Part(99), PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::Extension(ExtensionError::UnknownPart)
	);
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::AlreadyDelivered
	);
	// The buyer must be an admin account of an active organisation: not a stranger, not a
	// device, not while suspended.
	let buyer_device = AccountId::from([0xD1; 32]);
	t.chain.device(buyer_device, BUYER_ORG);
	for (who, error) in [(t.a.eve, Error::NotAMember), (buyer_device, Error::Device)] {
		test::set_caller::<E>(who);
		assert_noop!(
			t,
			0,
			t.escrow.open(bob, Goods::Lot(LOT), PaidOn::Custody, DEADLINE, None, None, vec![]),
			error
		);
	}
	// Suspended, its accounts are no members on chain: the contract answers `Suspended`
	// to its account of record, `NotAMember` to the others.
	test::set_caller::<E>(alice);
	assert_eq!(t.escrow.register_account(), Ok(BUYER_ORG));
	t.chain.set_roles(BUYER_ORG, 0);
	for (who, error) in [(alice, Error::Suspended), (t.buyer2, Error::NotAMember)] {
		test::set_caller::<E>(who);
		assert_noop!(
			t,
			0,
			t.escrow.open(bob, Goods::Lot(LOT), PaidOn::Custody, DEADLINE, None, None, vec![]),
			error
		);
	}
}

#[ink::test]
fn the_arbiter_and_the_oracle_are_never_a_party_nor_of_a_party_organisation() {
	let mut t = setup();
	let (alice, bob) = (t.a.alice, t.a.bob);
	let buyer_device = AccountId::from([0xD1; 32]);
	t.chain.device(buyer_device, BUYER_ORG);
	pay_as(alice, PRICE);
	let part = Goods::Part(PART);
	// The buyer naming itself, a device of its organisation, the seller or a colleague of
	// the seller's.
	for who in [alice, buyer_device, bob, t.seller2] {
		assert_noop!(
			t,
			0,
			t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, Some(who), None, vec![]),
			Error::ArbiterIsParty
		);
		assert_noop!(
			t,
			0,
			t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, None, Some(who), vec![]),
			Error::OracleIsParty
		);
	}
	// An outsider with no organisation may be named (it is nobody's account).
	assert!(t
		.escrow
		.open(bob, part, PaidOn::Custody, DEADLINE, Some(t.a.eve), None, vec![])
		.is_ok());

	// Adversarial: the arbiter joins the seller's organisation after the proposal; the
	// seller cannot accept an order it would then judge.
	let id = t.propose_with(part, Some(t.a.charlie), Some(t.a.django), vec![]);
	t.chain.member(t.a.charlie, SELLER_ORG, role::SUPPLIER);
	call_as(bob);
	assert_noop!(t, id, t.escrow.accept(id), Error::ArbiterIsParty);
	t.check();
}

#[ink::test]
fn an_arbiter_or_oracle_who_joins_a_party_after_acceptance_cannot_act() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.alice);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	// The arbiter and the oracle are hired by the seller.
	t.chain.member(t.a.charlie, SELLER_ORG, role::SUPPLIER);
	t.chain.device(t.a.django, SELLER_ORG);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.escrow.resolve(id, PRICE), Error::ArbiterIsParty);
	call_as(t.a.django);
	assert_noop!(t, id, t.escrow.report_breach(id), Error::OracleIsParty);
	// The dispute lapses and the order runs its course: undelivered, the buyer gets it back.
	test::set_block_number::<E>(DISPUTE_PERIOD);
	call_as(t.a.eve);
	assert_eq!(t.escrow.settle(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Refunded, (PRICE, 0)));
	t.withdraw_all();
}

// One order per part (finding 8).

#[ink::test]
fn a_part_is_in_one_accepted_order_at_a_time() {
	let mut t = setup();
	let first = t.propose_with(Goods::Part(PART), None, None, vec![]);
	let second = t.propose_with(Goods::Part(PART), None, None, vec![]);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(first), Ok(()));
	assert_noop!(t, second, t.escrow.accept(second), Error::AlreadyOrdered);
	// Adversarial (the old code): one hand-over pays one order, not two.
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.eve);
	assert_eq!(t.escrow.release(first), Ok(()));
	assert_noop!(t, second, t.escrow.release(second), Error::NotOpen);
	assert_eq!(t.credits(), (0, PRICE));
	// The first order closed frees the part; the second is refunded once its deadline comes.
	assert_eq!(t.escrow.order_for(Goods::Part(PART), PaidOn::Custody), None);
	// Nor can the second be accepted now and paid by the first order's hand-over.
	call_as(t.a.bob);
	assert_noop!(t, second, t.escrow.accept(second), Error::AlreadyDelivered);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.refund(second), Ok(()));
	assert_eq!(t.credits(), (PRICE, PRICE));
	t.withdraw_all();
}

#[ink::test]
fn only_the_parts_owner_or_custodian_accepts_an_order_for_it() {
	let mut t = setup();
	// Part 8 is owned and held by the carrier, not the seller.
	let id = t.propose_with(Goods::Part(OTHER_PART), None, None, vec![]);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.accept(id), Error::SellerNotHolder);
	t.chain.hand_ownership(OTHER_PART, SELLER_ORG);
	assert_eq!(t.escrow.accept(id), Ok(()));
	assert_eq!(t.escrow.order_for(Goods::Part(OTHER_PART), PaidOn::Custody), Some(id));
	t.check();
}

// Delivery (latched once seen).

#[ink::test]
fn release_credits_the_seller_once_custody_reaches_the_buyer() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	assert_eq!(t.escrow.record_delivery(id), Ok(false));
	// Custody with a carrier is not delivery.
	t.chain.hand_custody(PART, CARRIER_ORG);
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_eq!(t.escrow.is_delivered(id), Ok(true));
	assert_eq!(t.escrow.release(id), Ok(()));
	assert_eq!(t.state(id), State::Released);
	assert_eq!(t.escrow.order(id).and_then(|o| o.delivered_at), Some(0));
	let e: Released = last_event();
	assert_eq!((e.order, e.amount, e.milestone), (id, PRICE, None));
	assert_eq!(t.credits(), (0, PRICE));
	assert_eq!(t.escrow.order_for(Goods::Part(PART), PaidOn::Custody), None);
	assert_noop!(t, id, t.escrow.release(id), Error::NotOpen);
	assert_noop!(t, 9, t.escrow.release(9), Error::NoSuchOrder);
	// The seller collects.
	call_as(t.a.bob);
	assert_eq!(t.escrow.withdraw(), Ok(PRICE));
	assert_eq!(balance(t.a.bob), FUNDS + PRICE);
	let e: Withdrawn = last_event();
	assert_eq!((e.participant, e.to, e.amount), (SELLER_ORG, t.a.bob, PRICE));
	assert_noop!(t, id, t.escrow.withdraw(), Error::NothingOwed);
	t.check();
}

#[ink::test]
fn a_delivery_once_recorded_stays_recorded() {
	let mut t = setup();
	let id = t.open();
	t.chain.hand_custody(PART, BUYER_ORG);
	test::set_block_number::<E>(3);
	call_as(t.a.eve);
	assert_eq!(t.escrow.record_delivery(id), Ok(true));
	let e: Delivered = last_event();
	assert_eq!((e.order, e.at), (id, 3));
	let events = event_count();
	assert_eq!(t.escrow.record_delivery(id), Ok(true));
	assert_eq!(event_count(), events, "recorded once");
	// Adversarial: the buyer passes the part on, then waits for the deadline.
	t.chain.hand_custody(PART, CARRIER_ORG);
	assert_eq!(t.escrow.is_delivered(id), Ok(true));
	test::set_block_number::<E>(DEADLINE);
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.settle(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Released, (0, PRICE)));
	t.withdraw_all();
}

#[ink::test]
fn release_refuses_breached_service_and_lot_orders() {
	let mut t = setup();
	let breached = t.open();
	t.chain.hand_ownership(OTHER_PART, SELLER_ORG);
	let service = t.open_with(Goods::Part(OTHER_PART), None, None, vec![PRICE]);
	let lot = t.open_lot();
	call_as(t.a.django);
	assert_eq!(t.escrow.report_breach(breached), Ok(()));
	t.chain.hand_custody(PART, BUYER_ORG);
	t.chain.hand_custody(OTHER_PART, BUYER_ORG);
	assert_noop!(t, breached, t.escrow.release(breached), Error::Breached);
	assert_noop!(t, service, t.escrow.release(service), Error::ServiceOrder);
	assert_noop!(t, lot, t.escrow.release(lot), Error::NotDelivered);
	t.check();
}

// The buyer's messages, and authority following the organisation (finding 18).

#[ink::test]
fn confirm_by_an_account_of_the_buyers_organisation_only() {
	let mut t = setup();
	let id = t.open_lot();
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotBuyer);
	// Adversarial: the key that opened the order has left the buyer's organisation.
	t.chain.member(t.a.alice, ELSEWHERE, role::CUSTOMER);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotBuyer);
	// The organisation suspended: nobody acts for it, its account of record neither.
	call_as(t.buyer2);
	assert_eq!(t.escrow.register_account(), Ok(BUYER_ORG));
	t.chain.set_roles(BUYER_ORG, 0);
	assert_noop!(t, id, t.escrow.confirm(id), Error::Suspended);
	assert_noop!(t, id, t.escrow.register_account(), Error::Suspended);
	t.chain.set_roles(BUYER_ORG, role::CUSTOMER);
	assert_eq!(t.escrow.confirm(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Released, (0, PRICE)));
	let e: Released = last_event();
	assert_eq!((e.order, e.amount), (id, PRICE));
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotOpen);
	t.check();
}

#[ink::test]
fn credits_follow_the_organisation_not_the_key() {
	let mut t = setup();
	let id = t.open_lot();
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(id), Ok(()));
	// Bob leaves the seller's organisation: he can no longer collect its money.
	t.chain.member(t.a.bob, ELSEWHERE, role::SUPPLIER);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.withdraw(), Error::NothingOwed);
	// A device of the organisation may not collect either.
	let seller_device = AccountId::from([0xD2; 32]);
	t.chain.device(seller_device, SELLER_ORG);
	call_as(seller_device);
	assert_noop!(t, id, t.escrow.withdraw(), Error::Device);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.withdraw(), Error::NotAMember);
	// Bob, who accepted the order, is still the organisation's account of record; its new
	// admin registers, and only then is the organisation suspended.
	assert_eq!(t.escrow.account_of_record(SELLER_ORG), Some(t.a.bob));
	call_as(t.seller2);
	assert_eq!(t.escrow.register_account(), Ok(SELLER_ORG));
	let e: AccountRecorded = last_event();
	assert_eq!((e.participant, e.account), (SELLER_ORG, t.seller2));
	assert_eq!(t.escrow.account_of_record(SELLER_ORG), Some(t.seller2));
	t.chain.set_roles(SELLER_ORG, 0);
	// The departed key takes nothing, nor does the suspended organisation's device.
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.withdraw(), Error::NothingOwed);
	call_as(seller_device);
	assert_noop!(t, id, t.escrow.withdraw(), Error::NotAMember);
	// Its account of record collects, also while it is suspended.
	call_as(t.seller2);
	assert_eq!(t.escrow.withdraw(), Ok(PRICE));
	assert_eq!((balance(t.seller2), balance(t.a.bob)), (FUNDS + PRICE, FUNDS));
	assert_eq!(t.escrow.owed(), 0);
	t.check();
}

/// RT-6: on chain a suspended organisation's accounts are no members, so its credit
/// could not be withdrawn until it was reinstated (for ever, if never).
#[ink::test]
fn a_suspended_organisations_credit_is_withdrawn_by_its_account_of_record() {
	let mut t = setup();
	let id = t.open_lot();
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(id), Ok(()));
	assert_eq!(t.escrow.account_of_record(SELLER_ORG), Some(t.a.bob), "bob accepted");
	assert_eq!(t.escrow.account_of_record(BUYER_ORG), Some(t.a.alice), "alice opened");
	// A registrar suspends the seller: it cannot act, but its credit is not lost.
	t.chain.set_roles(SELLER_ORG, 0);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.register_account(), Error::Suspended);
	// Only its account of record takes it: not another of its admins (no member on
	// chain), not a stranger, not another organisation's admin.
	for (who, error) in [
		(t.seller2, Error::NotAMember),
		(t.a.eve, Error::NotAMember),
		(t.a.alice, Error::NothingOwed),
	] {
		call_as(who);
		assert_noop!(t, id, t.escrow.withdraw(), error);
	}
	call_as(t.a.bob);
	assert_eq!(t.escrow.withdraw(), Ok(PRICE));
	let e: Withdrawn = last_event();
	assert_eq!((e.participant, e.to, e.amount), (SELLER_ORG, t.a.bob, PRICE));
	assert_noop!(t, id, t.escrow.withdraw(), Error::NothingOwed);
	// An organisation no longer registered at all: the same exit.
	t.chain.set_roles(SELLER_ORG, role::SUPPLIER);
	let id = t.open_with(Goods::Lot(LOT), None, None, vec![]);
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.eve);
	assert_eq!(t.escrow.refund(id), Ok(()));
	t.chain.forget(BUYER_ORG);
	call_as(t.a.alice);
	assert_eq!(t.escrow.withdraw(), Ok(PRICE));
	t.check();
}

/// RT-6: only an admin account of an active organisation becomes its account of record,
/// and a key removed from an active organisation takes nothing, on record or not.
#[ink::test]
fn register_account_needs_an_admin_of_an_active_organisation() {
	let mut t = setup();
	let id = t.open_lot();
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(id), Ok(()));
	let seller_device = AccountId::from([0xD2; 32]);
	t.chain.device(seller_device, SELLER_ORG);
	call_as(seller_device);
	assert_noop!(t, id, t.escrow.register_account(), Error::Device);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.register_account(), Error::NotAMember);
	assert_eq!(t.escrow.account_of_record(ARBITER_ORG), None);
	// Bob, on record since he accepted, is removed from the (active) seller: nothing.
	assert_eq!(t.escrow.account_of_record(SELLER_ORG), Some(t.a.bob));
	t.chain.remove_member(t.a.bob);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.withdraw(), Error::NotAMember);
	assert_noop!(t, id, t.escrow.register_account(), Error::NotAMember);
	// The organisation's admin collects, and is its account of record from then on.
	call_as(t.seller2);
	assert_eq!(t.escrow.withdraw(), Ok(PRICE));
	assert_eq!(t.escrow.account_of_record(SELLER_ORG), Some(t.seller2));
	t.check();
}

/// RT-6: the account of record of an organisation that is suspended, but also an admin
/// of an active one, withdraws for the active one only.
#[ink::test]
fn an_account_of_record_that_acts_for_an_active_organisation_takes_only_its_credit() {
	let mut t = setup();
	let id = t.open_lot();
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(id), Ok(()));
	t.chain.set_roles(SELLER_ORG, 0);
	t.chain.member(t.a.bob, ELSEWHERE, role::SUPPLIER);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.withdraw(), Error::NothingOwed);
	// Bob back (a member of no active organisation): the exit is open again.
	t.chain.member(t.a.bob, SELLER_ORG, role::SUPPLIER);
	t.chain.set_roles(SELLER_ORG, 0);
	assert_eq!(t.escrow.withdraw(), Ok(PRICE));
	t.check();
}

/// RT-6: an arbiter or oracle the chain answers `NotAMember` for may be an account of a
/// suspended party organisation: it is not taken as independent while a party is
/// suspended, nor when it is on record for a party.
#[ink::test]
fn an_arbiter_of_no_active_organisation_cannot_act_while_a_party_is_suspended() {
	let mut t = setup();
	// charlie arbitrates, django reports; both join the seller's organisation, which a
	// registrar then suspends: the chain no longer says whose they are.
	let id = t.open();
	call_as(t.a.alice);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	t.chain.member(t.a.charlie, SELLER_ORG, role::SUPPLIER);
	t.chain.device(t.a.django, SELLER_ORG);
	t.chain.set_roles(SELLER_ORG, 0);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.escrow.resolve(id, PRICE), Error::ArbiterIsParty);
	call_as(t.a.django);
	assert_noop!(t, id, t.escrow.report_breach(id), Error::OracleIsParty);
	// An arbiter of no organisation at all, while the buyer is suspended: refused too; once
	// reinstated, it acts.
	let (eve, bob) = (t.a.eve, t.a.bob);
	t.chain.set_roles(SELLER_ORG, role::SUPPLIER);
	t.chain.lot(LOT + 1, MockChain::new_lot(SELLER_ORG));
	let other = t.open_with(Goods::Lot(LOT + 1), Some(eve), None, vec![]);
	call_as(bob);
	assert_eq!(t.escrow.dispute(other), Ok(()));
	t.chain.set_roles(BUYER_ORG, 0);
	call_as(eve);
	assert_noop!(t, other, t.escrow.resolve(other, PRICE), Error::ArbiterIsParty);
	t.chain.set_roles(BUYER_ORG, role::CUSTOMER);
	assert_eq!(t.escrow.resolve(other, PRICE), Ok(()));
	// A key removed from a party organisation altogether, still on record for it, is no
	// arbiter of that party's orders.
	call_as(t.seller2);
	assert_eq!(t.escrow.register_account(), Ok(SELLER_ORG));
	t.chain.remove_member(t.seller2);
	// (Only the value a call would send: a failed call's payment is reverted on chain.)
	test::set_caller::<E>(t.a.alice);
	test::set_value_transferred::<E>(PRICE);
	let part = Goods::Part(PART);
	assert_noop!(
		t,
		other,
		t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, Some(t.seller2), None, vec![]),
		Error::ArbiterIsParty
	);
	test::set_value_transferred::<E>(0);
	t.check();
}

#[ink::test]
fn milestones_pay_their_shares_in_turn() {
	let mut t = setup();
	let id = t.open_with(Goods::Part(PART), None, None, vec![300 * ED, 700 * ED]);
	let goods = t.open_lot();
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.complete_milestone(id), Error::NotBuyer);
	call_as(t.a.alice);
	assert_noop!(t, goods, t.escrow.complete_milestone(goods), Error::NoMilestones);
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	let e: Released = last_event();
	assert_eq!((e.amount, e.milestone), (300 * ED, Some(0)));
	assert_eq!((t.credits(), t.state(id)), ((0, 300 * ED), State::Open));
	t.check();
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	let e: Released = last_event();
	assert_eq!((e.amount, e.milestone), (700 * ED, Some(1)));
	assert_eq!((t.credits(), t.state(id)), ((0, PRICE), State::Released));
	assert_noop!(t, id, t.escrow.complete_milestone(id), Error::NotOpen);
	t.withdraw_all();
	assert_eq!(balance(t.a.bob), FUNDS + PRICE);
}

#[ink::test]
fn report_breach_by_the_oracle_only() {
	let mut t = setup();
	let id = t.open();
	let no_oracle = t.open_lot();
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.report_breach(id), Error::NotOracle);
	call_as(t.a.django);
	assert_noop!(t, no_oracle, t.escrow.report_breach(no_oracle), Error::NotOracle);
	assert_eq!(t.escrow.report_breach(id), Ok(()));
	let e: BreachReported = last_event();
	assert_eq!(e.order, id);
	assert!(t.escrow.order(id).is_some_and(|o| o.breached));
	// The buyer may still accept the goods.
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(id), Ok(()));
	t.check();
}

// The deadline and its defaults (findings 5 and 7).

#[ink::test]
fn refund_after_the_deadline_unless_delivered() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.eve);
	test::set_block_number::<E>(DEADLINE - 1);
	assert_noop!(t, id, t.escrow.refund(id), Error::DeadlineNotReached);
	assert_noop!(t, id, t.escrow.settle(id), Error::DeadlineNotReached);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Refunded, (PRICE, 0)));
	let e: Refunded = last_event();
	assert_eq!((e.order, e.amount), (id, PRICE));
	assert_noop!(t, id, t.escrow.refund(id), Error::NotOpen);
	assert_eq!(t.escrow.order_for(Goods::Part(PART), PaidOn::Custody), None);
	t.withdraw_all();
	assert_eq!(balance(t.a.alice), FUNDS);
}

#[ink::test]
fn a_breach_after_delivery_is_never_a_plain_refund() {
	let mut t = setup();
	let delivered = t.open();
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.django);
	assert_eq!(t.escrow.report_breach(delivered), Ok(()));
	test::set_block_number::<E>(DEADLINE);
	// Adversarial: the buyer keeps the goods and asks for its money back.
	call_as(t.a.alice);
	assert_noop!(t, delivered, t.escrow.refund(delivered), Error::Delivered);
	assert_noop!(t, delivered, t.escrow.release(delivered), Error::Breached);
	// Both silent: by default it is split in half.
	assert_eq!(t.escrow.settle(delivered), Ok(()));
	let e: Split = last_event();
	assert_eq!(
		(e.order, e.to_seller, e.to_buyer, e.by),
		(delivered, PRICE / 2, PRICE / 2, SplitBy::Default)
	);
	assert_eq!((t.state(delivered), t.credits()), (State::Split, (PRICE / 2, PRICE / 2)));
	t.withdraw_all();
}

#[ink::test]
fn a_breach_before_delivery_refunds_an_undelivered_order() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.django);
	assert_eq!(t.escrow.report_breach(id), Ok(()));
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.eve);
	assert_eq!(t.escrow.settle(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Refunded, (PRICE, 0)));
	t.withdraw_all();
}

#[ink::test]
fn a_delivered_service_order_with_a_silent_buyer_pays_the_seller_after_the_deadline() {
	let mut t = setup();
	let id = t.open_with(Goods::Part(PART), None, None, vec![400 * ED, 600 * ED]);
	call_as(t.a.alice);
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.settle(id), Error::DeadlineNotReached);
	test::set_block_number::<E>(DEADLINE);
	// The old code refused both: release (a service order) and refund (delivered).
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.settle(id), Ok(()));
	let e: Released = last_event();
	assert_eq!((e.order, e.amount, e.milestone), (id, 600 * ED, None));
	assert_eq!((t.state(id), t.credits()), (State::Released, (0, PRICE)));
	t.withdraw_all();
}

#[ink::test]
fn an_undelivered_service_order_returns_what_is_left() {
	let mut t = setup();
	let id = t.open_with(Goods::Part(PART), None, None, vec![400 * ED, 600 * ED]);
	call_as(t.a.alice);
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.settle(id), Ok(()));
	assert_eq!(t.credits(), (600 * ED, 400 * ED));
	t.withdraw_all();
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS - 400 * ED, FUNDS + 400 * ED));
}

// Delivery read from the goods' history (findings 1 and 2).

#[ink::test]
fn a_hand_over_passed_on_within_the_block_is_still_delivery() {
	let mut t = setup();
	let id = t.open();
	// Adversarial (the old code sampled the custodian): the buyer accepts custody and
	// passes the part on before anyone looks, then claims a refund after the deadline.
	t.chain.hand_custody(PART, BUYER_ORG);
	t.chain.hand_custody(PART, CARRIER_ORG);
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.alice);
	assert_eq!(t.escrow.is_delivered(id), Ok(true));
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.settle(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Released, (0, PRICE)));
	assert_eq!(t.escrow.order(id).and_then(|o| o.delivered_at), Some(DEADLINE));
	t.withdraw_all();
}

/// RT-15: the seller ships first, and before its `accept` lands the buyer accepts custody
/// and passes the part on. The old code read the history from the acceptance on and
/// refunded the buyer after the deadline.
#[ink::test]
fn a_receipt_before_the_sellers_accept_is_not_lost() {
	let mut t = setup();
	let id = t.propose_with(Goods::Part(PART), None, None, vec![]);
	t.chain.hand_custody(PART, BUYER_ORG);
	t.chain.hand_custody(PART, CARRIER_ORG);
	// The seller still owns the part, so it may accept.
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(id), Ok(()));
	assert_eq!(t.escrow.is_delivered(id), Ok(true));
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.release(id), Ok(()));
	assert_eq!(t.credits(), (0, PRICE));
	t.withdraw_all();
}

/// RT-15: the buyer still holds what the seller shipped before accepting: the acceptance
/// stands and is delivered at once (the old code refused it as `AlreadyDelivered`, and
/// the buyer could cancel and keep the goods).
#[ink::test]
fn a_seller_that_shipped_first_may_still_accept_and_is_delivered() {
	let mut t = setup();
	let id = t.propose_with(Goods::Part(PART), None, None, vec![]);
	t.chain.hand_custody(PART, BUYER_ORG);
	test::set_block_number::<E>(2);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(id), Ok(()));
	let e: Accepted = last_event();
	assert_eq!(e.order, id);
	assert_eq!(t.escrow.order(id).and_then(|o| o.delivered_at), Some(2));
	call_as(t.a.eve);
	assert_eq!(t.escrow.release(id), Ok(()));
	assert_eq!(t.credits(), (0, PRICE));
	t.withdraw_all();
}

#[ink::test]
fn a_receipt_before_the_order_was_proposed_is_not_delivery() {
	let mut t = setup();
	// Custody went to the buyer and on to a carrier before the buyer proposed anything.
	t.chain.hand_custody(PART, BUYER_ORG);
	t.chain.hand_custody(PART, CARRIER_ORG);
	let id = t.open();
	assert_eq!(t.escrow.is_delivered(id), Ok(false));
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!(t.credits(), (PRICE, 0));
	t.withdraw_all();
}

/// RT-15 against finding 8: a second order proposed before the first one's hand-over is
/// not paid by it, whether the buyer still holds the part or passed it on.
#[ink::test]
fn one_receipt_never_pays_an_order_proposed_before_it() {
	let mut t = setup();
	let first = t.propose_with(Goods::Part(PART), None, None, vec![]);
	let second = t.propose_with(Goods::Part(PART), None, None, vec![]);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(first), Ok(()));
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.eve);
	assert_eq!(t.escrow.release(first), Ok(()));
	call_as(t.a.bob);
	assert_noop!(t, second, t.escrow.accept(second), Error::AlreadyDelivered);
	// Passed on: the second may bind, but the first order's receipt is not its delivery.
	t.chain.hand_custody(PART, CARRIER_ORG);
	assert_eq!(t.escrow.accept(second), Ok(()));
	assert_eq!(t.escrow.is_delivered(second), Ok(false));
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.eve);
	assert_eq!(t.escrow.refund(second), Ok(()));
	assert_eq!(t.credits(), (PRICE, PRICE));
	t.withdraw_all();
}

#[ink::test]
fn an_order_paid_on_ownership_waits_for_title() {
	let mut t = setup();
	pay_as(t.a.alice, PRICE);
	let id = t
		.escrow
		.open(t.a.bob, Goods::Part(PART), PaidOn::Ownership, DEADLINE, None, None, vec![])
		.expect("opens");
	let e: Opened = last_event();
	assert_eq!(e.paid_on, PaidOn::Ownership);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(id), Ok(()));
	// Custody alone (a consignment) is not the title the order pays for.
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	t.chain.hand_ownership(PART, BUYER_ORG);
	// The buyer sells it on at once: the title it took stays on record.
	t.chain.hand_ownership(PART, CARRIER_ORG);
	assert_eq!(t.escrow.release(id), Ok(()));
	assert_eq!(t.credits(), (0, PRICE));
	t.withdraw_all();
}

#[ink::test]
fn a_long_history_is_read_in_steps_and_never_taken_for_no_delivery() {
	let mut t = setup();
	let id = t.open();
	let records = MAX_RECEIPT_SCAN * MAX_HISTORY_READS + 40;
	for _ in 0..records {
		t.chain.note(Item::Part(PART));
	}
	t.chain.hand_custody(PART, BUYER_ORG);
	t.chain.hand_custody(PART, CARRIER_ORG);
	test::set_block_number::<E>(DEADLINE);
	// Adversarial: the history is too long to read in one message; the refund is not
	// paid for want of reading.
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.refund(id), Error::HistoryUnread);
	assert_noop!(t, id, t.escrow.settle(id), Error::HistoryUnread);
	// A keeper reads on, one step a call, each kept.
	call_as(t.a.eve);
	let mut calls = 0;
	while t.escrow.record_delivery(id) == Ok(false) {
		calls += 1;
		assert!(calls <= MAX_HISTORY_READS + 1, "reading moves on");
	}
	assert_eq!(calls, MAX_HISTORY_READS);
	let e: Delivered = last_event();
	assert_eq!(e.order, id);
	assert_eq!(t.escrow.settle(id), Ok(()));
	assert_eq!(t.credits(), (0, PRICE));
	t.withdraw_all();
}

#[ink::test]
fn a_lot_is_delivered_like_a_part() {
	let mut t = setup();
	let id = t.open_lot();
	assert_eq!(t.escrow.order_for(Goods::Lot(LOT), PaidOn::Custody), Some(id));
	let again = t.propose_with(Goods::Lot(LOT), None, None, vec![]);
	call_as(t.a.bob);
	assert_noop!(t, again, t.escrow.accept(again), Error::AlreadyOrdered);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	t.chain.hand_over(Item::Lot(LOT), amchain_ink::Handover::Custody, BUYER_ORG);
	t.chain.hand_over(Item::Lot(LOT), amchain_ink::Handover::Custody, CARRIER_ORG);
	assert_eq!(t.escrow.release(id), Ok(()));
	assert_eq!(t.credits(), (0, PRICE));
	assert_eq!(t.escrow.order_for(Goods::Lot(LOT), PaidOn::Custody), None);
	t.withdraw_all();
}

#[ink::test]
fn a_lot_order_needs_a_lot_the_seller_holds() {
	let mut t = setup();
	t.chain.lot(LOT + 1, MockChain::new_lot(CARRIER_ORG));
	let id = t.propose_with(Goods::Lot(LOT + 1), None, None, vec![]);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.accept(id), Error::SellerNotHolder);
	// (Only the value a call would send: a failed call's payment is reverted on chain.)
	test::set_caller::<E>(t.a.alice);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(
		t,
		id,
		t.escrow.open(t.a.bob, Goods::Lot(99), PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::Extension(ExtensionError::UnknownLot)
	);
	t.check();
}

// Disputes end (finding 4).

#[ink::test]
fn dispute_freezes_until_the_arbiter_resolves() {
	let mut t = setup();
	let id = t.open();
	let no_arbiter = t.open_with(Goods::Lot(LOT), None, None, vec![]);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.dispute(id), Error::NotAMember);
	call_as(t.a.frank);
	assert_noop!(t, id, t.escrow.dispute(id), Error::NotParty);
	call_as(t.a.bob);
	assert_noop!(t, no_arbiter, t.escrow.dispute(no_arbiter), Error::NoArbiter);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.escrow.resolve(id, 0), Error::NotDisputed);
	test::set_block_number::<E>(2);
	call_as(t.a.bob);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	let e: Disputed = last_event();
	assert_eq!((e.order, e.by, e.ends), (id, t.a.bob, 2 + DISPUTE_PERIOD));
	// Frozen: neither delivery, confirmation nor the deadline moves the money.
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_noop!(t, id, t.escrow.release(id), Error::NotOpen);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotOpen);
	test::set_block_number::<E>(DEADLINE);
	assert_noop!(t, id, t.escrow.refund(id), Error::NotOpen);
	assert_noop!(t, id, t.escrow.settle(id), Error::NotOpen);
	assert_noop!(t, id, t.escrow.resolve(id, 600 * ED), Error::NotArbiter);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.escrow.resolve(id, PRICE + 1), Error::ExceedsHeld);
	assert_noop!(t, id, t.escrow.resolve(id, ED - 1), Error::BelowMinimum);
	assert_eq!(t.escrow.resolve(id, 600 * ED), Ok(()));
	assert_eq!(t.state(id), State::Resolved);
	let e: Split = last_event();
	assert_eq!((e.to_seller, e.to_buyer, e.by), (600 * ED, 400 * ED, SplitBy::Arbiter));
	assert_eq!(t.credits(), (400 * ED, 600 * ED));
	assert_eq!(t.escrow.order_for(Goods::Part(PART), PaidOn::Custody), None);
	t.withdraw_all();
}

#[ink::test]
fn a_silent_arbiter_lets_each_dispute_lapse() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.bob);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	// Adversarial: the disputing seller withdraws and disputes again to restart the clock.
	assert_eq!(t.escrow.withdraw_dispute(id), Ok(()));
	assert_noop!(t, id, t.escrow.dispute(id), Error::AlreadyDisputed);
	call_as(t.seller2);
	assert_noop!(t, id, t.escrow.dispute(id), Error::AlreadyDisputed);
	// The buyer disputes; the arbiter never answers.
	test::set_block_number::<E>(5);
	call_as(t.a.alice);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	let ends = 5 + DISPUTE_PERIOD;
	let e: Disputed = last_event();
	assert_eq!((e.by, e.ends), (t.a.alice, ends));
	call_as(t.a.eve);
	test::set_block_number::<E>(ends - 1);
	assert_noop!(t, id, t.escrow.settle(id), Error::NotOpen);
	test::set_block_number::<E>(ends);
	assert_eq!(t.state(id), State::Open, "a lapsed dispute reads as open");
	call_as(t.a.charlie);
	assert_noop!(t, id, t.escrow.resolve(id, PRICE), Error::DisputeLapsed);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.withdraw_dispute(id), Error::DisputeLapsed);
	assert_noop!(t, id, t.escrow.dispute(id), Error::AlreadyDisputed);
	// The order runs its course: the deadline has passed and the part never came.
	call_as(t.a.eve);
	assert_eq!(t.escrow.settle(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Refunded, (PRICE, 0)));
	t.withdraw_all();
}

#[ink::test]
fn only_the_disputing_party_withdraws_its_dispute() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.withdraw_dispute(id), Error::NotDisputed);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.withdraw_dispute(id), Error::NotDisputer);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.withdraw_dispute(id), Error::NotAMember);
	// Another admin of the buyer's organisation may withdraw the buyer's dispute.
	call_as(t.buyer2);
	assert_eq!(t.escrow.withdraw_dispute(id), Ok(()));
	let e: DisputeWithdrawn = last_event();
	assert_eq!((e.order, e.by), (id, t.buyer2));
	assert_eq!(t.escrow.order(id).map(|o| (o.state, o.disputed_by)), Some((State::Open, None)));
	// Open again: delivery releases it.
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_eq!(t.escrow.release(id), Ok(()));
	t.withdraw_all();
}

// Agreed splits (finding 6).

#[ink::test]
fn parties_agree_a_split_naming_the_amount() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.accept_split(id, 0), Error::NoProposal);
	assert_noop!(t, id, t.escrow.propose_split(id, PRICE + 1), Error::ExceedsHeld);
	assert_noop!(t, id, t.escrow.propose_split(id, ED - 1), Error::BelowMinimum);
	assert_noop!(t, id, t.escrow.propose_split(id, PRICE - 1), Error::BelowMinimum);
	call_as(t.a.frank);
	assert_noop!(t, id, t.escrow.propose_split(id, ED), Error::NotParty);
	call_as(t.a.alice);
	assert_eq!(t.escrow.propose_split(id, 250 * ED), Ok(()));
	let e: SplitProposed = last_event();
	assert_eq!((e.order, e.by, e.to_seller), (id, t.a.alice, 250 * ED));
	// Another account of the proposing organisation is not the other party.
	call_as(t.buyer2);
	assert_noop!(t, id, t.escrow.accept_split(id, 250 * ED), Error::OwnProposal);
	call_as(t.a.frank);
	assert_noop!(t, id, t.escrow.accept_split(id, 250 * ED), Error::NotParty);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.accept_split(id, 300 * ED), Error::ProposalChanged);
	assert_eq!(t.escrow.accept_split(id, 250 * ED), Ok(()));
	assert_eq!(t.state(id), State::Split);
	let e: Split = last_event();
	assert_eq!((e.to_seller, e.to_buyer, e.by), (250 * ED, 750 * ED, SplitBy::Agreement));
	assert_eq!(t.credits(), (750 * ED, 250 * ED));
	assert_noop!(t, id, t.escrow.accept_split(id, 250 * ED), Error::NotOpen);
	t.withdraw_all();
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS - 250 * ED, FUNDS + 250 * ED));
}

#[ink::test]
fn a_changed_proposal_is_not_accepted_by_front_running() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.bob);
	assert_eq!(t.escrow.propose_split(id, 500 * ED), Ok(()));
	// Adversarial: seeing the buyer's acceptance coming, the seller raises its proposal
	// first; the acceptance names 500 and fails.
	assert_eq!(t.escrow.propose_split(id, PRICE), Ok(()));
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.accept_split(id, 500 * ED), Error::ProposalChanged);
	assert_eq!(t.state(id), State::Open);
	t.check();
}

#[ink::test]
fn a_milestone_paid_clears_the_proposed_split() {
	let mut t = setup();
	let id = t.open_with(Goods::Part(PART), None, None, vec![300 * ED, 700 * ED]);
	// The buyer proposes 700 of the 1000 held to the seller, i.e. 300 back.
	call_as(t.a.alice);
	assert_eq!(t.escrow.propose_split(id, 700 * ED), Ok(()));
	// Adversarial: after the first milestone (300 paid) the seller would accept 700 of the
	// 700 left, everything.
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	assert_eq!(t.escrow.order(id).and_then(|o| o.proposal), None);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.accept_split(id, 700 * ED), Error::NoProposal);
	t.check();
}

#[ink::test]
fn a_disputed_order_can_still_be_split_by_agreement() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.alice);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	call_as(t.a.bob);
	assert_eq!(t.escrow.propose_split(id, PRICE), Ok(()));
	call_as(t.a.alice);
	assert_eq!(t.escrow.accept_split(id, PRICE), Ok(()));
	assert_eq!(t.credits(), (0, PRICE));
	t.withdraw_all();
	assert_eq!(balance(t.a.bob), FUNDS + PRICE);
}

#[ink::test]
fn many_orders_in_one_contract() {
	let mut t = setup();
	let ids: Vec<OrderId> = (0..3)
		.map(|n| {
			t.chain.lot(LOT + 10 + n, MockChain::new_lot(SELLER_ORG));
			t.open_with(Goods::Lot(LOT + 10 + n), None, None, vec![])
		})
		.collect();
	assert_eq!(ids, vec![0, 1, 2]);
	assert_eq!(t.escrow.owed(), 3 * PRICE);
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(1), Ok(()));
	assert_eq!(t.escrow.owed(), 3 * PRICE, "credited, not yet withdrawn");
	assert_eq!((t.state(0), t.state(1), t.state(2)), (State::Open, State::Released, State::Open));
	t.withdraw_all();
	assert_eq!(t.escrow.owed(), 2 * PRICE);
}

// Orders opened for a buyer by another account (a tender's award).

impl Test {
	/// eve (no organisation: a contract, say) funds an order for alice from bob.
	fn propose_for(&mut self) -> OrderId {
		pay_as(self.a.eve, PRICE);
		let (alice, bob) = (self.a.alice, self.a.bob);
		let id = self
			.escrow
			.open_for(alice, bob, Goods::Part(PART), PaidOn::Custody, DEADLINE)
			.expect("order opens");
		test::set_value_transferred::<E>(0);
		id
	}
}

#[ink::test]
fn open_for_makes_the_named_buyer_the_buyer_and_the_caller_only_the_funder() {
	let mut t = setup();
	let id = t.propose_for();
	let order = t.escrow.order(id).expect("stored");
	assert_eq!((order.buyer, order.seller), (t.a.alice, t.a.bob));
	assert_eq!((order.buyer_org, order.seller_org), (BUYER_ORG, SELLER_ORG));
	assert_eq!((order.amount, order.deadline, order.state), (PRICE, DEADLINE, State::Proposed));
	assert_eq!((order.arbiter, order.oracle, order.milestones), (None, None, vec![]));
	assert_eq!(balance(t.a.eve), FUNDS - PRICE, "the caller paid");
	assert_eq!(balance(t.a.alice), FUNDS, "the buyer paid nothing");
	let e: OpenedFor = last_event();
	assert_eq!((e.order, e.funder), (id, t.a.eve));
	assert_eq!(t.escrow.order_state(id), Some(State::Proposed));
	assert_eq!(t.escrow.order_state(9), None);
	// The funder has no right over the order.
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.cancel(id), Error::NotAMember);
	// Nor has the buyer the right to walk away from it: the seller accepts as usual.
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.cancel(id), Error::OpenedFor);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(id), Ok(()));
	assert_eq!(t.escrow.order_state(id), Some(State::Open));
	// Delivery is the buyer's receipt, and the seller is paid as for any order.
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.eve);
	assert_eq!(t.escrow.release(id), Ok(()));
	assert_eq!((t.escrow.order_state(id), t.credits()), (Some(State::Released), (0, PRICE)));
	t.withdraw_all();
}

#[ink::test]
fn an_order_opened_for_a_buyer_the_seller_never_accepts_refunds_the_buyer_not_the_funder() {
	let mut t = setup();
	let id = t.propose_for();
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.eve);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!(t.escrow.order_state(id), Some(State::Refunded));
	assert_eq!(t.credits(), (PRICE, 0), "the refund is the buyer's organisation's");
	call_as(t.a.eve);
	assert_eq!(t.escrow.withdraw(), Err(Error::NotAMember));
	t.withdraw_all();
	assert_eq!(balance(t.a.alice), FUNDS + PRICE);
}

/// T-1 (second red team): a contract holding a bond on an order (the tender) must tell a
/// seller that never accepted from a buyer that never took a hand-over it was offered.
#[ink::test]
fn a_refund_latches_whether_the_seller_accepted_and_still_had_the_goods() {
	let mut t = setup();
	// Never accepted.
	let never = t.propose_for();
	// Accepted, the part offered to the buyer, who never takes it.
	let ignored = t.propose_for();
	assert_eq!(t.escrow.refund_cause(never), None);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(ignored), Ok(()));
	let offer = amchain_ink::Offer { from: SELLER_ORG, to: BUYER_ORG };
	t.chain.offer(PART, amchain_ink::Handover::Custody, Some(offer));
	// Accepted (a lot order), and the lot sold on to the carrier instead.
	pay_as(t.a.eve, PRICE);
	let (alice, bob) = (t.a.alice, t.a.bob);
	let gone = t.escrow.open_for(alice, bob, Goods::Lot(LOT), PaidOn::Custody, DEADLINE);
	let gone = gone.expect("order opens");
	test::set_value_transferred::<E>(0);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept(gone), Ok(()));
	t.chain.hand_over(Item::Lot(LOT), amchain_ink::Handover::Ownership, CARRIER_ORG);
	t.chain.hand_over(Item::Lot(LOT), amchain_ink::Handover::Custody, CARRIER_ORG);
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.eve);
	assert_eq!(t.escrow.refund(never), Ok(()));
	assert_eq!(t.escrow.settle(ignored), Ok(()));
	assert_eq!(t.escrow.refund(gone), Ok(()));
	for id in [never, ignored, gone] {
		assert_eq!(t.escrow.order_state(id), Some(State::Refunded), "order {id}");
	}
	assert_eq!(t.escrow.refund_cause(never), Some(RefundCause::NeverAccepted));
	assert_eq!(t.escrow.refund_cause(ignored), Some(RefundCause::NotReceived));
	assert_eq!(t.escrow.refund_cause(gone), Some(RefundCause::GoodsGone));
	assert_eq!(t.credits(), (3 * PRICE, 0));
	t.withdraw_all();
}

#[ink::test]
fn open_for_checks_the_named_buyer_as_open_checks_the_caller() {
	let mut t = setup();
	let (alice, bob, eve, contract) = (t.a.alice, t.a.bob, t.a.eve, t.contract);
	let part = Goods::Part(PART);
	pay_as(eve, PRICE);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(eve, bob, part, PaidOn::Custody, DEADLINE),
		Error::NotAMember
	);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(contract, bob, part, PaidOn::Custody, DEADLINE),
		Error::ContractAsParty
	);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(t.buyer2, alice, part, PaidOn::Custody, DEADLINE),
		Error::SellerIsBuyer
	);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(alice, eve, part, PaidOn::Custody, DEADLINE),
		Error::SellerNotAMember
	);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(alice, bob, part, PaidOn::Custody, 0),
		Error::DeadlineNotInFuture
	);
	let device = AccountId::from([0xD1; 32]);
	t.chain.device(device, BUYER_ORG);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(device, bob, part, PaidOn::Custody, DEADLINE),
		Error::Device
	);
	// Suspended: `Suspended` for its account of record, `NotAMember` for its others.
	test::set_caller::<E>(alice);
	assert_eq!(t.escrow.register_account(), Ok(BUYER_ORG));
	test::set_caller::<E>(eve);
	t.chain.set_roles(BUYER_ORG, 0);
	for (buyer, error) in [(alice, Error::Suspended), (t.buyer2, Error::NotAMember)] {
		assert_noop!(t, 0, t.escrow.open_for(buyer, bob, part, PaidOn::Custody, DEADLINE), error);
	}
	t.chain.set_roles(BUYER_ORG, role::CUSTOMER);
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(alice, bob, part, PaidOn::Custody, DEADLINE),
		Error::AlreadyDelivered
	);
	test::set_value_transferred::<E>(0);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(alice, bob, Goods::Lot(LOT), PaidOn::Custody, DEADLINE),
		Error::BelowMinimum
	);
	// The failed calls kept nothing of what eve sent: on chain they revert.
}

// Installed goods (RT-1).

/// An assembly of the seller's (a machine, a crate) with `PART` installed in it.
const ASSEMBLY: PartId = 20;

impl Test {
	fn install_part_in_assembly(&self) {
		self.chain.part(ASSEMBLY, MockChain::new_part(SELLER_ORG));
		self.chain.set_parent(PART, Some(ASSEMBLY));
	}
}

/// RT-1: a part inside an assembly moves with it, and the assembly's hand-over is written
/// only in the assembly's history; an order for the part never saw its delivery, and a
/// buyer who passed the assembly on was refunded. Such a part cannot be ordered: the
/// order names the assembly.
#[ink::test]
fn an_installed_part_cannot_be_ordered_its_assembly_can() {
	let mut t = setup();
	let proposed = t.propose_with(Goods::Part(PART), None, None, vec![]);
	t.install_part_in_assembly();
	call_as(t.a.bob);
	assert_noop!(t, proposed, t.escrow.accept(proposed), Error::Installed);
	let (alice, bob, eve) = (t.a.alice, t.a.bob, t.a.eve);
	let part = Goods::Part(PART);
	test::set_caller::<E>(alice);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, PaidOn::Custody, DEADLINE, None, None, vec![]),
		Error::Installed
	);
	test::set_caller::<E>(eve);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(alice, bob, part, PaidOn::Ownership, DEADLINE),
		Error::Installed
	);
	test::set_value_transferred::<E>(0);
	// The assembly itself: its hand-over is in its own history, and latched.
	let id = t.open_with(Goods::Part(ASSEMBLY), None, None, vec![]);
	t.chain.hand_custody(ASSEMBLY, BUYER_ORG);
	t.chain.hand_custody(ASSEMBLY, CARRIER_ORG);
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.settle(id), Ok(()));
	// The proposal for the installed part ends as any unaccepted one.
	assert_eq!(t.escrow.refund(proposed), Ok(()));
	assert_eq!(t.credits(), (PRICE, PRICE), "the proposal refunded, the assembly paid");
	t.withdraw_all();
}

/// RT-1, the seller's own risk: a part the seller installs in an assembly after accepting
/// the order and hands over inside it is not delivered (the part's history shows no
/// receipt, and the buyer's holding the assembly is not read as holding the part). The
/// buyer is refunded after the deadline; the seller cannot claim delivery.
#[ink::test]
fn a_part_the_seller_installs_after_accepting_is_not_delivered_inside_its_assembly() {
	let mut t = setup();
	let id = t.open();
	t.install_part_in_assembly();
	t.chain.hand_custody(ASSEMBLY, BUYER_ORG);
	call_as(t.a.bob);
	assert_eq!(t.escrow.is_delivered(id), Ok(false));
	assert_eq!(t.escrow.record_delivery(id), Ok(false));
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!((t.state(id), t.credits()), (State::Refunded, (PRICE, 0)));
	t.withdraw_all();
}

// The one-order slot cannot be squatted (RT-8).

/// RT-8: the carrier holding custody of the seller's part and a colluding buyer held the
/// part's one order slot with an unbounded deadline, so the owner could not sell it.
#[ink::test]
fn a_custodian_cannot_squat_the_owners_sale() {
	let mut t = setup();
	let (colluder, frank, bob) = (AccountId::from([0xAB; 32]), t.a.frank, t.a.bob);
	t.chain.member(colluder, ELSEWHERE, role::CUSTOMER);
	test::set_account_balance::<E>(colluder, FUNDS);
	t.chain.hand_custody(PART, CARRIER_ORG);
	let part = Goods::Part(PART);
	// Every order ends within MAX_ORDER_TERM.
	let far = MAX_ORDER_TERM + 1;
	test::set_caller::<E>(colluder);
	test::set_value_transferred::<E>(ED);
	assert_noop!(
		t,
		0,
		t.escrow.open(frank, part, PaidOn::Custody, far, None, None, vec![]),
		Error::DeadlineTooFar
	);
	test::set_caller::<E>(t.a.eve);
	assert_noop!(
		t,
		0,
		t.escrow.open_for(colluder, frank, part, PaidOn::Custody, far),
		Error::DeadlineTooFar
	);
	// The custodian sells custody, never title.
	pay_as(colluder, ED);
	let title = t
		.escrow
		.open(frank, part, PaidOn::Ownership, MAX_ORDER_TERM, None, None, vec![])
		.expect("proposed");
	pay_as(colluder, ED);
	let squat = t
		.escrow
		.open(frank, part, PaidOn::Custody, MAX_ORDER_TERM, None, None, vec![])
		.expect("proposed");
	test::set_value_transferred::<E>(0);
	call_as(frank);
	assert_noop!(t, title, t.escrow.accept(title), Error::SellerNotOwner);
	assert_eq!(t.escrow.accept(squat), Ok(()));
	assert_eq!(t.escrow.order_for(part, PaidOn::Custody), Some(squat));
	// The owner's sale of title goes ahead (the old code: `AlreadyOrdered`).
	pay_as(t.a.alice, PRICE);
	let sale =
		t.escrow.open(bob, part, PaidOn::Ownership, DEADLINE, None, None, vec![]).expect("ok");
	call_as(bob);
	assert_eq!(t.escrow.accept(sale), Ok(()));
	assert_eq!(t.escrow.order_for(part, PaidOn::Ownership), Some(sale));
	t.chain.hand_ownership(PART, BUYER_ORG);
	call_as(t.a.eve);
	assert_eq!(t.escrow.release(sale), Ok(()));
	assert_eq!(t.credits(), (0, PRICE));
	// The squat ends by its deadline: the colluder is refunded.
	test::set_block_number::<E>(MAX_ORDER_TERM);
	assert_eq!(t.escrow.refund(squat), Ok(()));
	assert_eq!(t.escrow.credit(ELSEWHERE), ED);
	t.check();
}

/// RT-8's rule keeps finding 8's: an organisation sells its goods in one order at a time
/// (not title to one buyer and custody to another), and one order per goods and kind.
#[ink::test]
fn an_owner_sells_its_goods_in_one_order_at_a_time() {
	let mut t = setup();
	pay_as(t.a.alice, PRICE);
	let (bob, part) = (t.a.bob, Goods::Part(PART));
	let title =
		t.escrow.open(bob, part, PaidOn::Ownership, DEADLINE, None, None, vec![]).expect("ok");
	test::set_value_transferred::<E>(0);
	let custody = t.propose_with(part, None, None, vec![]);
	call_as(bob);
	assert_eq!(t.escrow.accept(title), Ok(()));
	assert_noop!(t, custody, t.escrow.accept(custody), Error::AlreadyOrdered);
	// The title order ends: the custody order may bind.
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(title), Ok(()));
	call_as(bob);
	assert_eq!(t.escrow.accept(custody), Ok(()));
	let again = t.propose_with(part, None, None, vec![]);
	call_as(bob);
	assert_noop!(t, again, t.escrow.accept(again), Error::AlreadyOrdered);
	t.check();
}

/// M-1 (third red team): one registrar suspending the seller's organisation from the
/// proposal until the deadline must not make the refund of the order it could not accept
/// the seller's fault (the tender would hand its bond to the buyer).
#[ink::test]
fn a_seller_suspended_when_its_unaccepted_order_is_refunded_was_unable_not_at_fault() {
	let mut t = setup();
	let id = t.propose_for();
	t.chain.set_roles(SELLER_ORG, 0);
	call_as(t.a.bob);
	assert!(t.escrow.accept(id).is_err(), "a suspended seller cannot accept");
	test::set_block_number::<E>(DEADLINE);
	call_as(t.a.eve);
	assert_eq!(t.escrow.refund(id), Ok(()));
	let e: Refunded = last_event();
	assert_eq!((e.order, e.amount), (id, PRICE));
	assert_eq!(t.escrow.refund_cause(id), Some(RefundCause::SellerUnable));
	assert_eq!(t.credits(), (PRICE, 0));
	t.withdraw_all();
}

/// L-1 (third red team): a part scrapped, consumed or recycled keeps its owner on record,
/// but it is out of the buyer's reach all the same: its refund is `GoodsGone`.
#[test]
fn a_part_retired_after_the_acceptance_is_goods_gone_at_the_refund() {
	use amchain_ink::PartStatus;
	let retired = [PartStatus::Scrapped, PartStatus::Consumed, PartStatus::Recycled];
	for status in retired {
		test::run_test::<E, _>(|_| {
			let mut t = setup();
			let id = t.open();
			let part = amchain_ink::PartInfo { status, ..MockChain::new_part(SELLER_ORG) };
			t.chain.part(PART, part);
			test::set_block_number::<E>(DEADLINE);
			call_as(t.a.eve);
			assert_eq!(t.escrow.refund(id), Ok(()), "{status:?}");
			assert_eq!(t.escrow.refund_cause(id), Some(RefundCause::GoodsGone), "{status:?}");
			assert_eq!(t.credits(), (PRICE, 0), "{status:?}");
			t.withdraw_all();
			Ok(())
		})
		.expect("the case runs");
	}
}

// Issue 16 item 20: a governed replacement of the contract's code, and refunds that do
// not wait forever for a chain extension that cannot answer.

impl amchain_ink::testing::Governed for Escrow {
	type Error = Error;
	fn schedule_code(&mut self, code_hash: ink::primitives::Hash) -> Result<BlockNumber> {
		Escrow::schedule_code(self, code_hash)
	}
	fn cancel_code(&mut self) -> Result<()> {
		Escrow::cancel_code(self)
	}
	fn apply_code(&mut self) -> Result<()> {
		Escrow::apply_code(self)
	}
	fn lapse_code(&mut self) -> Result<()> {
		Escrow::lapse_code(self)
	}
	fn scheduled_code(&self) -> Option<amchain_ink::ScheduledCode> {
		Escrow::scheduled_code(self)
	}
}

/// Only the governor schedules or cancels; no one applies before the delay (a member,
/// the buyer, the seller: `NotGovernor`, nothing changes); the orders and the money are
/// untouched throughout.
#[ink::test]
fn only_the_governor_replaces_the_code_and_only_after_the_delay() {
	let mut t = setup();
	let id = t.open();
	let buyer = t.a.alice;
	let (chain, contract) = (t.chain.clone(), t.contract);
	amchain_ink::testing::check_governed_code(&mut t.escrow, &chain, buyer, |e| {
		(e.order(id), e.owed(), e.order_count(), balance(contract), e.credit(BUYER_ORG))
	});
	t.check();
}

/// Due, `apply_code` passes its checks and asks the chain to swap the code (ink!'s
/// off-chain engine has no `set_code_hash`; pallet-contracts runs it).
#[ink::test]
#[should_panic(expected = "off-chain environment does not support `set_code_hash`")]
fn a_due_code_is_swapped_in_by_anyone() {
	let mut t = setup();
	let (chain, eve) = (t.chain.clone(), t.a.eve);
	amchain_ink::testing::check_governed_code(&mut t.escrow, &chain, t.a.alice, |_| ());
	call_as(eve);
	let _ = t.escrow.apply_code();
}

/// Part orders do not brick: a chain extension that answers what this code cannot decode
/// (a newer runtime's history record) or fails is an error, never a trap; the refund waits
/// for it until `EXTENSION_GRACE` past the deadline (time for governance to replace the
/// contract), and not a block longer. Only the unreadable history waits so: what the
/// part's status says meanwhile (which its holder may switch) neither clears the note nor
/// restarts the grace.
#[ink::test]
fn a_refund_works_after_the_grace_even_if_the_chain_cannot_answer() {
	for error in [ExtensionError::Undecodable, ExtensionError::UnknownFunction] {
		let mut t = setup();
		test::set_block_number::<E>(0);
		let id = t.open();
		t.chain.fail(amchain_ink::Function::Receipt, error);
		call_as(t.a.eve);
		test::set_block_number::<E>(DEADLINE);
		assert_noop!(t, id, t.escrow.refund(id), Error::Extension(error));
		assert_noop!(t, id, t.escrow.settle(id), Error::Extension(error));
		assert_eq!(t.escrow.note_unanswered(id), Ok(Some(DEADLINE)));
		let e: ChainUnanswered = last_event();
		assert_eq!((e.order, e.since), (id, DEADLINE));
		// The part moved into a status this code cannot decode and out again: the note
		// stays, the history still unread.
		t.chain.fail(amchain_ink::Function::Part, ExtensionError::Undecodable);
		test::set_block_number::<E>(DEADLINE + 1);
		assert_eq!(t.escrow.note_unanswered(id), Ok(Some(DEADLINE)));
		t.chain.answer_again(amchain_ink::Function::Part);
		test::set_block_number::<E>(DEADLINE + 2);
		assert_eq!(t.escrow.note_unanswered(id), Ok(Some(DEADLINE)), "the part answering");
		test::set_block_number::<E>(DEADLINE + amchain_ink::EXTENSION_GRACE - 1);
		assert_eq!(t.escrow.note_unanswered(id), Ok(Some(DEADLINE)), "the first note stays");
		assert_noop!(t, id, t.escrow.refund(id), Error::Extension(error));
		test::set_block_number::<E>(DEADLINE + amchain_ink::EXTENSION_GRACE);
		assert_eq!(t.escrow.refund(id), Ok(()));
		let e: Refunded = last_event();
		assert_eq!((e.order, e.amount), (id, PRICE));
		assert_eq!(t.state(id), State::Refunded);
		assert_eq!(t.escrow.refund_cause(id), Some(RefundCause::NotReceived), "blames nobody");
		assert_eq!(t.credits(), (PRICE, 0));
		assert_eq!(t.escrow.order_for(Goods::Part(PART), PaidOn::Custody), None, "part freed");
		assert_eq!(t.escrow.unanswered_since(id), None, "the note goes with the order");
		t.chain.answer_all_again();
		t.withdraw_all();
		assert_eq!(balance(t.a.alice), FUNDS);
	}
}

/// Red team F2 (low-medium): the part's status only picks the refund cause, yet a status
/// this code cannot decode made the refund wait for the grace, and a note cleared
/// whenever the chain answered. So the holder of undelivered goods restarted the grace
/// forever: the buyer noted the failure, the seller batched "move the part out of the
/// status, `note_unanswered` (answered: the note goes), move it back", and repeated. With
/// the history answering "not delivered", the refund (or `settle`) goes at once, as
/// `NotReceived`, and there is no note to clear.
#[ink::test]
fn a_status_the_holder_switches_does_not_delay_the_refund() {
	for settle in [false, true] {
		for error in [ExtensionError::Undecodable, ExtensionError::UnknownFunction] {
			let mut t = setup();
			test::set_block_number::<E>(0);
			let id = t.open();
			call_as(t.a.eve);
			test::set_block_number::<E>(DEADLINE);
			t.chain.fail(amchain_ink::Function::Part, error);
			assert_eq!(t.escrow.note_unanswered(id), Ok(None), "the history answers");
			assert_eq!(t.escrow.unanswered_since(id), None);
			// The seller's batch, repeated: nothing to restart, nothing waits.
			for block in 1..4 {
				test::set_block_number::<E>(DEADLINE + block);
				t.chain.answer_again(amchain_ink::Function::Part);
				assert_eq!(t.escrow.note_unanswered(id), Ok(None));
				t.chain.fail(amchain_ink::Function::Part, error);
				assert_eq!(t.escrow.unanswered_since(id), None);
			}
			assert_eq!(if settle { t.escrow.settle(id) } else { t.escrow.refund(id) }, Ok(()));
			let e: Refunded = last_event();
			assert_eq!((e.order, e.amount), (id, PRICE));
			assert_eq!(t.state(id), State::Refunded);
			assert_eq!(t.escrow.refund_cause(id), Some(RefundCause::NotReceived), "blames nobody");
			assert_eq!(t.credits(), (PRICE, 0));
			assert_eq!(t.escrow.order_for(Goods::Part(PART), PaidOn::Custody), None);
			t.chain.answer_all_again();
			t.withdraw_all();
			assert_eq!(balance(t.a.alice), FUNDS);
		}
	}
}

/// Red team F3 (low): a delivery `note_unanswered` found was not stored, so a history that
/// became unreadable afterwards let the grace refund an order whose receipt was on
/// record. It is latched like `record_delivery`'s (`Delivered`), and the refund refused.
#[ink::test]
fn note_unanswered_latches_the_delivery_it_finds() {
	let mut t = setup();
	test::set_block_number::<E>(0);
	let id = t.open();
	// The buyer takes custody and hands the part back; nobody records the delivery.
	t.chain.hand_custody(PART, BUYER_ORG);
	t.chain.hand_custody(PART, SELLER_ORG);
	call_as(t.a.eve);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.note_unanswered(id), Ok(None));
	let e: Delivered = last_event();
	assert_eq!((e.order, e.at), (id, DEADLINE));
	assert_eq!(t.escrow.order(id).and_then(|o| o.delivered_at), Some(DEADLINE), "latched");
	// The history unreadable from now on: nothing to note, the delivery stays seen.
	t.chain.fail_all(ExtensionError::Undecodable);
	test::set_block_number::<E>(DEADLINE + 1);
	assert_eq!(t.escrow.note_unanswered(id), Ok(None));
	assert_eq!(t.escrow.unanswered_since(id), None);
	test::set_block_number::<E>(DEADLINE + 2 * amchain_ink::EXTENSION_GRACE);
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.settle(id), Ok(()), "paid on the latched delivery");
	assert_eq!((t.state(id), t.credits()), (State::Released, (0, PRICE)));
	t.chain.answer_all_again();
	t.withdraw_all();
	t.check();
}

/// Every function failing (a lot order; the receipt, the lot, the roles): the same.
#[ink::test]
fn a_lot_order_is_refunded_after_the_grace_when_nothing_answers() {
	let mut t = setup();
	let id = t.open_lot();
	t.chain.fail_all(ExtensionError::Unknown(99));
	call_as(t.a.eve);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.note_unanswered(id), Ok(Some(DEADLINE)));
	test::set_block_number::<E>(DEADLINE + amchain_ink::EXTENSION_GRACE - 1);
	assert_noop!(t, id, t.escrow.refund(id), Error::Extension(ExtensionError::Unknown(99)));
	test::set_block_number::<E>(DEADLINE + amchain_ink::EXTENSION_GRACE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!(t.escrow.refund_cause(id), Some(RefundCause::NotReceived));
	t.chain.answer_all_again();
	t.withdraw_all();
	assert_eq!(balance(t.a.alice), FUNDS);
}

/// A proposal the seller never accepted, and a chain that cannot say whether the seller
/// could have (its organisation's roles): after the grace, refunded as `SellerUnable`.
#[ink::test]
fn a_proposal_is_refunded_after_the_grace_as_the_sellers_inability() {
	let mut t = setup();
	let id = t.propose_with(Goods::Part(PART), None, None, vec![]);
	t.chain.fail(amchain_ink::Function::Roles, ExtensionError::Undecodable);
	call_as(t.a.eve);
	test::set_block_number::<E>(DEADLINE);
	assert_noop!(t, id, t.escrow.refund(id), Error::Extension(ExtensionError::Undecodable));
	assert_eq!(t.escrow.note_unanswered(id), Ok(Some(DEADLINE)));
	test::set_block_number::<E>(DEADLINE + amchain_ink::EXTENSION_GRACE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!(t.escrow.refund_cause(id), Some(RefundCause::SellerUnable));
	t.check();
}

/// The seller's side: a delivery seen while the chain answered (`record_delivery`, a
/// keeper's call after the hand-over) is never refunded, however long the chain then
/// fails; the seller is paid once it answers again (or the code is replaced).
#[ink::test]
fn a_delivery_seen_before_the_chain_failed_is_never_refunded() {
	let mut t = setup();
	let id = t.open();
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.eve);
	assert_eq!(t.escrow.record_delivery(id), Ok(true));
	t.chain.fail_all(ExtensionError::Undecodable);
	test::set_block_number::<E>(DEADLINE + amchain_ink::EXTENSION_GRACE);
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.settle(id), Ok(()), "settle needs no answer for a seen delivery");
	assert_eq!(t.state(id), State::Released);
	assert_eq!(t.credits(), (0, PRICE));
	t.chain.answer_all_again();
	t.withdraw_all();
}

/// Red team (item 20), MEDIUM: `delivered` asked what holds the goods now before reading
/// the receipt, and a status this code cannot decode made it fail, so a buyer that took
/// custody and in the same block moved the part into a newer runtime's status got a refund
/// after the grace although its receipt was on record. The answer about the goods now is
/// only a shortcut: undecodable, it counts as "not held", and the history decides.
#[ink::test]
fn an_undecodable_part_does_not_hide_the_buyers_receipt() {
	let mut t = setup();
	let id = t.open();
	t.chain.hand_custody(PART, BUYER_ORG);
	// Nobody recorded the delivery; the part now answers what this code cannot decode.
	t.chain.fail(amchain_ink::Function::Part, ExtensionError::Undecodable);
	call_as(t.a.alice);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.note_unanswered(id), Ok(None), "the history answers");
	test::set_block_number::<E>(DEADLINE + 2 * amchain_ink::EXTENSION_GRACE);
	assert_noop!(t, id, t.escrow.refund(id), Error::Delivered);
	assert_eq!(t.escrow.is_delivered(id), Ok(true));
	call_as(t.a.eve);
	assert_eq!(t.escrow.record_delivery(id), Ok(true));
	assert_eq!(t.escrow.release(id), Ok(()), "paid from the receipt");
	assert_eq!(t.credits(), (0, PRICE));
	t.withdraw_all();
	t.check();
}

/// The same, released straight from the receipt (no `record_delivery` first), and
/// settled by default after the deadline.
#[ink::test]
fn release_and_settle_read_the_receipt_when_the_part_is_undecodable() {
	for settle in [false, true] {
		let mut t = setup();
		let id = t.open();
		t.chain.hand_custody(PART, BUYER_ORG);
		t.chain.fail(amchain_ink::Function::Part, ExtensionError::Undecodable);
		call_as(t.a.eve);
		if settle {
			test::set_block_number::<E>(DEADLINE);
			assert_eq!(t.escrow.settle(id), Ok(()));
		} else {
			assert_eq!(t.escrow.release(id), Ok(()));
		}
		assert_eq!((t.state(id), t.credits()), (State::Released, (0, PRICE)));
		t.withdraw_all();
	}
}

/// Red team (item 20), LOW: the grace counted from each order's deadline, so an order
/// whose deadline lay a month back when the chain stopped answering (a delivery nobody
/// recorded, the receipt unreadable after a runtime upgrade) was refunded at once, before
/// governance could act. It counts from the first note of the failure.
#[ink::test]
fn the_grace_counts_from_when_the_chain_stopped_answering() {
	let mut t = setup();
	let id = t.open();
	t.chain.hand_custody(PART, BUYER_ORG);
	let failed = DEADLINE + 3 * amchain_ink::EXTENSION_GRACE;
	test::set_block_number::<E>(failed);
	t.chain.fail_all(ExtensionError::Undecodable);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.refund(id), Error::Extension(ExtensionError::Undecodable));
	assert_eq!(t.escrow.note_unanswered(id), Ok(Some(failed)));
	test::set_block_number::<E>(failed + amchain_ink::EXTENSION_GRACE - 1);
	assert_noop!(t, id, t.escrow.refund(id), Error::Extension(ExtensionError::Undecodable));
	// Governance had the whole grace; here it did nothing, and the refund goes through.
	test::set_block_number::<E>(failed + amchain_ink::EXTENSION_GRACE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!(t.escrow.refund_cause(id), Some(RefundCause::NotReceived));
	t.chain.answer_all_again();
	t.withdraw_all();
	t.check();
}

/// Without a note no fallback, whatever the deadline; a chain that answers again clears
/// the note (a later failure counts afresh), and a failure before the deadline cannot be
/// noted.
#[ink::test]
fn a_note_is_needed_and_cleared_when_the_chain_answers() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.note_unanswered(id), Error::DeadlineNotReached);
	t.chain.fail_all(ExtensionError::Undecodable);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.note_unanswered(id), Ok(Some(DEADLINE)));
	t.chain.answer_all_again();
	test::set_block_number::<E>(DEADLINE + 1);
	assert_eq!(t.escrow.note_unanswered(id), Ok(None));
	assert_eq!(t.escrow.unanswered_since(id), None);
	let later = DEADLINE + 2 * amchain_ink::EXTENSION_GRACE;
	test::set_block_number::<E>(later);
	t.chain.fail_all(ExtensionError::Undecodable);
	assert_noop!(t, id, t.escrow.refund(id), Error::Extension(ExtensionError::Undecodable));
	assert_eq!(t.escrow.note_unanswered(id), Ok(Some(later)), "counts afresh");
	t.check();
}
