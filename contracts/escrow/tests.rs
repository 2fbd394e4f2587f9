//! Every message's success and failure paths, off chain, with the chain extension
//! answered by `amchain_ink::testing::MockChain`. After every test the contract's
//! balance equals what it owes.

use crate::escrow::*;
use amchain_ink::{
	assert_noop, role,
	testing::{balance, call_as, event_count, last_event, pay_as, set_up_accounts, MockChain},
	AccountId, AmchainEnvironment as E, Balance, BlockNumber, ExtensionError, PartId,
	ParticipantId,
};
use ink::env::test;

const PART: PartId = 7;
const LOT: u64 = 3;
const BUYER_ORG: ParticipantId = 1;
const SELLER_ORG: ParticipantId = 2;
const CARRIER_ORG: ParticipantId = 3;
const PRICE: Balance = 1_000;
const DEADLINE: BlockNumber = 10;
const FUNDS: Balance = 1_000_000;

struct Test {
	escrow: Escrow,
	chain: MockChain,
	contract: AccountId,
	/// alice buys, bob sells, charlie arbitrates, django is the oracle, eve a stranger.
	a: test::DefaultAccounts<E>,
}

fn setup() -> Test {
	let a = test::default_accounts::<E>();
	let chain = MockChain::install();
	chain.member(a.alice, BUYER_ORG, role::CUSTOMER);
	chain.member(a.bob, SELLER_ORG, role::SUPPLIER);
	chain.member(a.frank, CARRIER_ORG, role::CARRIER);
	chain.part(PART, MockChain::new_part(SELLER_ORG));
	let contract = AccountId::from([0xC0; 32]);
	set_up_accounts(contract, &[a.alice, a.bob, a.charlie, a.django, a.eve, a.frank], FUNDS);
	Test { escrow: Escrow::new(), chain, contract, a }
}

impl Test {
	/// Alice opens an order from bob paying `PRICE`.
	fn open_with(
		&mut self,
		goods: Goods,
		arbiter: Option<AccountId>,
		oracle: Option<AccountId>,
		milestones: Vec<Balance>,
	) -> OrderId {
		pay_as(self.a.alice, PRICE);
		let id = self
			.escrow
			.open(self.a.bob, goods, DEADLINE, arbiter, oracle, milestones)
			.expect("order opens");
		test::set_value_transferred::<E>(0);
		id
	}

	/// A part order with charlie as arbiter and django as oracle.
	fn open(&mut self) -> OrderId {
		self.open_with(Goods::Part(PART), Some(self.a.charlie), Some(self.a.django), vec![])
	}

	fn state(&self, id: OrderId) -> State {
		self.escrow.order(id).expect("order exists").state
	}

	/// Everything a failed message must leave as it was.
	fn snapshot(&self, id: OrderId) -> (Option<Order>, Balance, OrderId, Balance, usize) {
		(
			self.escrow.order(id),
			self.escrow.owed(),
			self.escrow.order_count(),
			balance(self.contract),
			event_count(),
		)
	}

	/// The contract holds exactly what it owes.
	fn check(&self) {
		assert_eq!(balance(self.contract), self.escrow.owed(), "balance equals what is owed");
	}
}

#[ink::test]
fn open_funds_an_order() {
	let mut t = setup();
	let id = t.open();
	assert_eq!(id, 0);
	let order = t.escrow.order(id).expect("stored");
	assert_eq!((order.buyer, order.seller), (t.a.alice, t.a.bob));
	assert_eq!(order.buyer_participant, Some(BUYER_ORG));
	assert_eq!((order.amount, order.deadline, order.state), (PRICE, DEADLINE, State::Open));
	assert_eq!(balance(t.a.alice), FUNDS - PRICE);
	assert_eq!(t.escrow.owed(), PRICE);
	let e: Opened = last_event();
	assert_eq!(
		(e.order, e.buyer, e.seller, e.amount, e.deadline),
		(0, t.a.alice, t.a.bob, PRICE, DEADLINE)
	);
	assert_eq!(t.escrow.order_count(), 1);
	t.check();
}

#[ink::test]
fn open_refuses_bad_orders() {
	let mut t = setup();
	let (alice, bob) = (t.a.alice, t.a.bob);
	let part = Goods::Part(PART);
	call_as(alice);
	assert_noop!(t, 0, t.escrow.open(bob, part, DEADLINE, None, None, vec![]), Error::ZeroAmount);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(
		t,
		0,
		t.escrow.open(alice, part, DEADLINE, None, None, vec![]),
		Error::SellerIsBuyer
	);
	test::set_block_number::<E>(DEADLINE);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, DEADLINE, None, None, vec![]),
		Error::DeadlineNotInFuture
	);
	test::set_block_number::<E>(0);
	for bad in [vec![PRICE - 1], vec![PRICE, 0], vec![1; MAX_MILESTONES + 1]] {
		assert_noop!(
			t,
			0,
			t.escrow.open(bob, part, DEADLINE, None, None, bad),
			Error::BadMilestones
		);
	}
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, Goods::Part(99), DEADLINE, None, None, vec![]),
		Error::Extension(ExtensionError::UnknownPart)
	);
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, DEADLINE, None, None, vec![]),
		Error::AlreadyDelivered
	);
	test::set_caller::<E>(t.a.eve);
	assert_noop!(
		t,
		0,
		t.escrow.open(bob, part, DEADLINE, None, None, vec![]),
		Error::BuyerNotAMember
	);
}

#[ink::test]
fn a_lot_order_needs_no_membership() {
	let mut t = setup();
	// Eve's account acts for no organisation.
	pay_as(t.a.eve, PRICE);
	assert_eq!(t.escrow.open(t.a.bob, Goods::Lot(LOT), DEADLINE, None, None, vec![]), Ok(0));
	let id = 0;
	assert_eq!(t.escrow.order(id).map(|o| (o.buyer, o.buyer_participant)), Some((t.a.eve, None)));
	assert_eq!(t.escrow.is_delivered(id), Ok(false));
	t.check();
}

#[ink::test]
fn settle_pays_the_seller_once_custody_reaches_the_buyer() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	// Custody with a carrier is not delivery.
	t.chain.hand_custody(PART, CARRIER_ORG);
	assert_noop!(t, id, t.escrow.release(id), Error::NotDelivered);
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_eq!(t.escrow.is_delivered(id), Ok(true));
	assert_eq!(t.escrow.release(id), Ok(()));
	assert_eq!(balance(t.a.bob), FUNDS + PRICE);
	assert_eq!(t.state(id), State::Released);
	let e: Released = last_event();
	assert_eq!((e.order, e.amount, e.milestone), (id, PRICE, None));
	assert_noop!(t, id, t.escrow.release(id), Error::NotOpen);
	assert_noop!(t, 9, t.escrow.release(9), Error::NoSuchOrder);
	t.check();
}

#[ink::test]
fn settle_refuses_breached_service_and_lot_orders() {
	let mut t = setup();
	let breached = t.open();
	let service = t.open_with(Goods::Part(PART), None, None, vec![PRICE]);
	let lot = t.open_with(Goods::Lot(LOT), None, None, vec![]);
	call_as(t.a.django);
	assert_eq!(t.escrow.report_breach(breached), Ok(()));
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_noop!(t, breached, t.escrow.release(breached), Error::Breached);
	assert_noop!(t, service, t.escrow.release(service), Error::ServiceOrder);
	assert_noop!(t, lot, t.escrow.release(lot), Error::NotDelivered);
	t.check();
}

#[ink::test]
fn confirm_by_the_buyer_only() {
	let mut t = setup();
	let id = t.open_with(Goods::Lot(LOT), None, None, vec![]);
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotBuyer);
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(id), Ok(()));
	assert_eq!(balance(t.a.bob), FUNDS + PRICE);
	assert_eq!(t.state(id), State::Released);
	let e: Released = last_event();
	assert_eq!((e.order, e.amount), (id, PRICE));
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotOpen);
	t.check();
}

#[ink::test]
fn milestones_pay_their_shares_in_turn() {
	let mut t = setup();
	let id = t.open_with(Goods::Part(PART), None, None, vec![300, 700]);
	let goods = t.open();
	call_as(t.a.bob);
	assert_noop!(t, id, t.escrow.complete_milestone(id), Error::NotBuyer);
	call_as(t.a.alice);
	assert_noop!(t, goods, t.escrow.complete_milestone(goods), Error::NoMilestones);
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	let e: Released = last_event();
	assert_eq!((e.amount, e.milestone), (300, Some(0)));
	assert_eq!((balance(t.a.bob), t.state(id)), (FUNDS + 300, State::Open));
	t.check();
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	let e: Released = last_event();
	assert_eq!((e.amount, e.milestone), (700, Some(1)));
	assert_eq!((balance(t.a.bob), t.state(id)), (FUNDS + PRICE, State::Released));
	assert_noop!(t, id, t.escrow.complete_milestone(id), Error::NotOpen);
	t.check();
}

#[ink::test]
fn report_breach_by_the_oracle_only() {
	let mut t = setup();
	let id = t.open();
	let no_oracle = t.open_with(Goods::Part(PART), None, None, vec![]);
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

#[ink::test]
fn refund_after_the_deadline_unless_delivered() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.eve);
	test::set_block_number::<E>(DEADLINE - 1);
	assert_noop!(t, id, t.escrow.refund(id), Error::DeadlineNotReached);
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!(balance(t.a.alice), FUNDS);
	assert_eq!(t.state(id), State::Refunded);
	let e: Refunded = last_event();
	assert_eq!((e.order, e.amount), (id, PRICE));
	assert_noop!(t, id, t.escrow.refund(id), Error::NotOpen);
	t.check();
}

#[ink::test]
fn refund_refused_after_delivery_but_not_after_a_breach() {
	let mut t = setup();
	let delivered = t.open();
	let breached = t.open();
	t.chain.hand_custody(PART, BUYER_ORG);
	call_as(t.a.django);
	assert_eq!(t.escrow.report_breach(breached), Ok(()));
	test::set_block_number::<E>(DEADLINE);
	assert_noop!(t, delivered, t.escrow.refund(delivered), Error::Delivered);
	assert_eq!(t.escrow.refund(breached), Ok(()));
	assert_eq!(t.state(breached), State::Refunded);
	t.check();
}

#[ink::test]
fn refund_of_a_service_order_returns_what_is_left() {
	let mut t = setup();
	let id = t.open_with(Goods::Part(PART), None, None, vec![400, 600]);
	call_as(t.a.alice);
	assert_eq!(t.escrow.complete_milestone(id), Ok(()));
	test::set_block_number::<E>(DEADLINE);
	assert_eq!(t.escrow.refund(id), Ok(()));
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS - 400, FUNDS + 400));
	t.check();
}

#[ink::test]
fn dispute_freezes_until_the_arbiter_resolves() {
	let mut t = setup();
	let id = t.open();
	let no_arbiter = t.open_with(Goods::Part(PART), None, None, vec![]);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.dispute(id), Error::NotParty);
	call_as(t.a.bob);
	assert_noop!(t, no_arbiter, t.escrow.dispute(no_arbiter), Error::NoArbiter);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.escrow.resolve(id, 0), Error::NotDisputed);
	call_as(t.a.bob);
	assert_eq!(t.escrow.dispute(id), Ok(()));
	let e: Disputed = last_event();
	assert_eq!((e.order, e.by), (id, t.a.bob));
	// Frozen: neither delivery, confirmation nor the deadline moves the money.
	t.chain.hand_custody(PART, BUYER_ORG);
	assert_noop!(t, id, t.escrow.release(id), Error::NotOpen);
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.confirm(id), Error::NotOpen);
	test::set_block_number::<E>(DEADLINE);
	assert_noop!(t, id, t.escrow.refund(id), Error::NotOpen);
	assert_noop!(t, id, t.escrow.resolve(id, 600), Error::NotArbiter);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.escrow.resolve(id, PRICE + 1), Error::ExceedsHeld);
	assert_eq!(t.escrow.resolve(id, 600), Ok(()));
	// Alice still has `no_arbiter` open.
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS - PRICE - 600, FUNDS + 600));
	assert_eq!(t.state(id), State::Resolved);
	let e: Split = last_event();
	assert_eq!((e.to_seller, e.to_buyer, e.by_arbiter), (600, 400, true));
	t.check();
}

#[ink::test]
fn parties_agree_a_split() {
	let mut t = setup();
	let id = t.open();
	call_as(t.a.alice);
	assert_noop!(t, id, t.escrow.accept_split(id), Error::NoProposal);
	assert_noop!(t, id, t.escrow.propose_split(id, PRICE + 1), Error::ExceedsHeld);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.propose_split(id, 100), Error::NotParty);
	call_as(t.a.alice);
	assert_eq!(t.escrow.propose_split(id, 250), Ok(()));
	let e: SplitProposed = last_event();
	assert_eq!((e.order, e.by, e.to_seller), (id, t.a.alice, 250));
	assert_noop!(t, id, t.escrow.accept_split(id), Error::OwnProposal);
	call_as(t.a.eve);
	assert_noop!(t, id, t.escrow.accept_split(id), Error::NotParty);
	call_as(t.a.bob);
	assert_eq!(t.escrow.accept_split(id), Ok(()));
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS - 250, FUNDS + 250));
	assert_eq!(t.state(id), State::Split);
	let e: Split = last_event();
	assert_eq!((e.to_seller, e.to_buyer, e.by_arbiter), (250, 750, false));
	assert_noop!(t, id, t.escrow.accept_split(id), Error::NotOpen);
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
	assert_eq!(t.escrow.accept_split(id), Ok(()));
	assert_eq!(balance(t.a.bob), FUNDS + PRICE);
	t.check();
}

#[ink::test]
fn many_orders_in_one_contract() {
	let mut t = setup();
	let ids: Vec<OrderId> = (0..3).map(|_| t.open()).collect();
	assert_eq!(ids, vec![0, 1, 2]);
	assert_eq!(t.escrow.owed(), 3 * PRICE);
	call_as(t.a.alice);
	assert_eq!(t.escrow.confirm(1), Ok(()));
	assert_eq!(t.escrow.owed(), 2 * PRICE);
	assert_eq!((t.state(0), t.state(1), t.state(2)), (State::Open, State::Released, State::Open));
	t.check();
}
