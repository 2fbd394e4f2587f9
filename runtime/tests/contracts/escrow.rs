//! Escrow on the real pallet-contracts: random sequences from every party and the chain's
//! own moves (contracts/escrow/random.rs runs the same invariants off chain, where there
//! is no existential deposit, no storage deposit and no revert).
//!
//! The parties are dev chain organisations (docs/dev-chain.md): the buyer Kestrel Wind
//! Power (6), the seller Acme Gears (2), the arbiter Phoenix Remanufacturing (4), the
//! oracle Sentinel Certification (1), the carrier Borealis Bearings (3), and Harbour Trade
//! Bank (5) where a key may move. Buyer, seller and arbiter each have a second key their
//! admin rotates to and back; a key rotated out may join another organisation as a device
//! (and so be "of a party's organisation"), or be removed from it.

use std::collections::BTreeMap;

use amchain_primitives::{
	participants::{ParticipantRegistry, Role, Roles},
	parts::{Handover, Item, Unit},
};
use amchain_runtime::{AccountId, Certifications, Parts, Runtime, RuntimeOrigin};
use codec::{Decode, Encode};
use sp_core::H256;
use sp_keyring::Sr25519Keyring;

use crate::{
	chain::{
		admin_of, ed, fund, org_of, outcome, panic_message, roles_of, seeds, set_block, shrink,
		signed, spendable, Balance, BlockNumber, Bundle, Contract, ParticipantId,
	},
	common::{genesis, Rng},
};

type OrderId = u64;

// Mirrors of escrow's types (contracts/escrow/lib.rs), in its encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum Goods {
	Part(u64),
	Lot(u64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum PaidOn {
	Custody,
	Ownership,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum State {
	Open,
	Disputed,
	Released,
	Refunded,
	Resolved,
	Split,
	Proposed,
	Cancelled,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum RefundCause {
	NeverAccepted,
	GoodsGone,
	NotReceived,
	SellerUnable,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Proposal {
	by: ParticipantId,
	to_seller: Balance,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Order {
	buyer: AccountId,
	seller: AccountId,
	buyer_org: ParticipantId,
	seller_org: ParticipantId,
	goods: Goods,
	paid_on: PaidOn,
	amount: Balance,
	released: Balance,
	refunded: Balance,
	deadline: BlockNumber,
	arbiter: Option<AccountId>,
	oracle: Option<AccountId>,
	milestones: Vec<Balance>,
	milestones_done: u32,
	breached: bool,
	delivered_at: Option<BlockNumber>,
	history_from: u32,
	proposal: Option<Proposal>,
	dispute_ends: Option<BlockNumber>,
	disputed_by: Option<ParticipantId>,
	buyer_disputed: bool,
	seller_disputed: bool,
	state: State,
}

/// escrow's `DISPUTE_PERIOD` and `MAX_ORDER_TERM` (a week and a year of 6-second blocks).
const DISPUTE_PERIOD: BlockNumber = 7 * 14_400;
const MAX_ORDER_TERM: BlockNumber = 365 * 14_400;

const BUYER_ORG: ParticipantId = 6;
const SELLER_ORG: ParticipantId = 2;
const CARRIER_ORG: ParticipantId = 3;
const ARBITER_ORG: ParticipantId = 4;
const ORACLE_ORG: ParticipantId = 1;
const ELSEWHERE: ParticipantId = 5;
const ORGS: [ParticipantId; 6] =
	[BUYER_ORG, SELLER_ORG, CARRIER_ORG, ARBITER_ORG, ORACLE_ORG, ELSEWHERE];

/// Indices into `World::who`.
const BUYER: usize = 0;
const BUYER2: usize = 1;
const SELLER: usize = 2;
const SELLER2: usize = 3;
const ARBITER: usize = 4;
const ORACLE: usize = 5;
const STRANGER: usize = 6;
const CARRIER: usize = 7;
const ARBITER2: usize = 8;

/// Whoever is the buyer's, the seller's or the arbiter's admin when the step runs (a
/// rotated-out key is `BUYER` or `BUYER2`, …, named as such).
const BUYER_ADMIN: usize = 100;
const SELLER_ADMIN: usize = 101;
const ARBITER_ADMIN: usize = 102;

/// Each rotating organisation's two keys.
const KEYS: [(ParticipantId, usize, usize); 3] =
	[(BUYER_ORG, BUYER, BUYER2), (SELLER_ORG, SELLER, SELLER2), (ARBITER_ORG, ARBITER, ARBITER2)];

/// The messages that take only an order id.
#[derive(Clone, Copy, Debug)]
enum ById {
	Accept,
	Cancel,
	Release,
	RecordDelivery,
	Confirm,
	CompleteMilestone,
	ReportBreach,
	Refund,
	Settle,
	Dispute,
	WithdrawDispute,
}

impl ById {
	fn message(self) -> &'static str {
		match self {
			ById::Accept => "accept",
			ById::Cancel => "cancel",
			ById::Release => "release",
			ById::RecordDelivery => "record_delivery",
			ById::Confirm => "confirm",
			ById::CompleteMilestone => "complete_milestone",
			ById::ReportBreach => "report_breach",
			ById::Refund => "refund",
			ById::Settle => "settle",
			ById::Dispute => "dispute",
			ById::WithdrawDispute => "withdraw_dispute",
		}
	}
}

/// One step, with every argument fixed, so a sequence replays (and shrinks) without the
/// generator.
#[derive(Clone, Debug)]
enum Step {
	Open {
		buyer: usize,
		seller: usize,
		goods: usize,
		paid_on: PaidOn,
		/// Blocks from now.
		term: BlockNumber,
		arbiter: Option<usize>,
		oracle: Option<usize>,
		amount: Balance,
		milestones: bool,
	},
	ById(usize, ById, OrderId),
	Resolve(usize, OrderId, Balance),
	ProposeSplit(usize, OrderId, Balance),
	/// `None`: the amount of the proposal standing when the step runs.
	AcceptSplit(usize, OrderId, Option<Balance>),
	Withdraw(usize),
	RegisterAccount(usize),
	/// Goods (index), hand-over kind, to which organisation.
	HandOver(usize, Handover, ParticipantId),
	Advance(BlockNumber),
	Suspend(ParticipantId),
	Reinstate(ParticipantId),
	/// The organisation's admin rotates to its other key.
	Rotate(ParticipantId),
	/// A key that acts for nobody joins an organisation as a device.
	Join(usize, ParticipantId),
	/// A device key leaves its organisation.
	Leave(usize),
	/// Part 1 into assembly 2, or out of it.
	InstallOrRemove,
}

struct World {
	escrow: Contract,
	who: Vec<AccountId>,
	/// Parts 0, 1, 2 (1 goes in and out of assembly 2) and a lot, by the seller.
	goods: [Goods; 4],
	now: BlockNumber,
	/// Orders whose goods the harness itself handed to the buyer's organisation, in the
	/// order's kind (custody or title), while the order was open: an oracle of delivery
	/// independent of the contract (which reads it from the goods' history).
	received: std::collections::BTreeSet<OrderId>,
	log: Vec<String>,
}

fn account(byte: u8) -> AccountId {
	AccountId::new([byte; 32])
}

impl World {
	fn new(bundle: &Bundle) -> World {
		use Sr25519Keyring::*;
		let who = vec![
			BobStash.to_account_id(),
			account(0xB1),
			Dave.to_account_id(),
			account(0x52),
			Ferdie.to_account_id(),
			Charlie.to_account_id(),
			account(0x77),
			Eve.to_account_id(),
			account(0xA4),
		];
		for account in &who {
			fund(account, 1_000_000 * ed());
		}
		let seller = &who[SELLER];
		let first_part = pallet_parts::NextPartId::<Runtime>::get();
		for serial in [&b"ESC-0"[..], b"ESC-1", b"ESC-2"] {
			// Acme's part type 0 (dev genesis), under its certification 0.
			Parts::register_part(signed(seller), 0, serial.to_vec(), Some(0), None, None)
				.expect("Acme registers a part");
		}
		// Acme also produces material (lots need the producer role).
		let roles = Roles(roles_of(SELLER_ORG).0 | Roles::of(&[Role::Producer]).0);
		Certifications::update_participant(
			RuntimeOrigin::root(),
			SELLER_ORG,
			None,
			None,
			Some(roles),
			None,
		)
		.expect("governance grants Acme the producer role");
		let lot = pallet_parts::NextLotId::<Runtime>::get();
		Parts::register_lot(signed(seller), b"steel".to_vec(), 500, Unit::Grams, Some(0), None)
			.expect("Acme registers a lot");
		let escrow = bundle.instantiate(&Alice.to_account_id(), "new", ());
		set_block(1);
		World {
			escrow,
			who,
			goods: [
				Goods::Part(first_part),
				Goods::Part(first_part + 1),
				Goods::Part(first_part + 2),
				Goods::Lot(lot),
			],
			now: 1,
			received: Default::default(),
			log: Vec::new(),
		}
	}

	fn order(&self, id: OrderId) -> Option<Order> {
		self.escrow.query(&self.who[STRANGER], "order", id)
	}

	fn order_count(&self) -> OrderId {
		self.escrow.query(&self.who[STRANGER], "order_count", ())
	}

	fn owed(&self) -> Balance {
		self.escrow.query(&self.who[STRANGER], "owed", ())
	}

	fn credit(&self, org: ParticipantId) -> Balance {
		self.escrow.query(&self.who[STRANGER], "credit", org)
	}

	/// What every unfinished order holds plus every credit; and each order's terms as the
	/// honest side reads them.
	fn accounted(&self) -> Balance {
		let mut total: Balance = ORGS.iter().map(|org| self.credit(*org)).sum();
		for id in 0..self.order_count() {
			let o = self.order(id).expect("every counted order exists");
			if matches!(o.state, State::Proposed | State::Open | State::Disputed) {
				total += o.amount - o.released - o.refunded;
			} else {
				assert_eq!(o.amount, o.released + o.refunded, "closed order {id} holds nothing");
			}
			// A seller who delivered is never refunded away, a seller who never accepted is
			// paid nothing, a released order refunds nothing.
			if o.delivered_at.is_some() {
				assert_ne!(o.state, State::Refunded, "order {id} delivered, then refunded");
			}
			// Nor one whose goods reached the buyer's organisation, whatever happened to
			// them after (issue 16 item 1: delivery is latched, not sampled).
			if self.received.contains(&id) {
				assert_ne!(o.state, State::Refunded, "order {id} received, then refunded");
			}
			match o.state {
				State::Cancelled | State::Proposed => assert_eq!(o.released, 0, "order {id}"),
				State::Released => assert_eq!(o.refunded, 0, "order {id}"),
				_ => {},
			}
			// Every refunded order, and only a refunded one, says why.
			let cause: Option<RefundCause> =
				self.escrow.query(&self.who[STRANGER], "refund_cause", id);
			assert_eq!(cause.is_some(), o.state == State::Refunded, "order {id}'s cause {cause:?}");
		}
		total
	}

	fn check(&self) {
		let owed = self.owed();
		assert_eq!(spendable(&self.escrow.address), owed, "the contract's balance equals owed()");
		assert_eq!(owed, self.accounted(), "owed() is what orders hold plus every credit");
		let orders: Vec<Order> = (0..self.order_count()).filter_map(|id| self.order(id)).collect();
		for goods in self.goods {
			let bound: Vec<&Order> = orders
				.iter()
				.filter(|o| o.goods == goods && matches!(o.state, State::Open | State::Disputed))
				.collect();
			// One hand-over pays one order: one per goods and kind, two only from two sellers.
			for paid_on in [PaidOn::Custody, PaidOn::Ownership] {
				let n = bound.iter().filter(|o| o.paid_on == paid_on).count();
				assert!(n <= 1, "{goods:?} is in {n} accepted {paid_on:?} orders");
			}
			if let [a, b] = &bound[..] {
				assert_ne!(a.seller_org, b.seller_org, "{goods:?} sold twice by one seller");
			}
			assert!(bound.len() <= 2, "{goods:?} is in {} accepted orders", bound.len());
		}
	}

	fn item(&self, goods: Goods) -> Item {
		match goods {
			// An installed part moves only with its assembly: hand that over.
			Goods::Part(p) => Item::Part(self.parent(p).unwrap_or(p)),
			Goods::Lot(l) => Item::Lot(l),
		}
	}

	fn parent(&self, part: u64) -> Option<u64> {
		pallet_parts::PartRecords::<Runtime>::get(part).and_then(|p| p.parent)
	}

	fn holder(&self, item: Item, handover: Handover) -> Option<ParticipantId> {
		match item {
			Item::Part(p) => pallet_parts::PartRecords::<Runtime>::get(p).map(|p| match handover {
				Handover::Ownership => p.owner,
				Handover::Custody => p.custodian,
			}),
			Item::Lot(l) => pallet_parts::Lots::<Runtime>::get(l).map(|l| match handover {
				Handover::Ownership => l.owner,
				Handover::Custody => l.custodian,
			}),
		}
	}

	/// The harness's own record of delivery: `item` handed over in `handover` to `to` is
	/// the receipt of every open order of exactly these goods, kind and buying
	/// organisation.
	fn note_receipt(&mut self, item: Item, handover: Handover, to: ParticipantId) {
		for id in 0..self.order_count() {
			let Some(o) = self.order(id) else { continue };
			let goods = match o.goods {
				Goods::Part(p) => Item::Part(p),
				Goods::Lot(l) => Item::Lot(l),
			};
			let kind = match o.paid_on {
				PaidOn::Custody => Handover::Custody,
				PaidOn::Ownership => Handover::Ownership,
			};
			if o.state == State::Open && goods == item && kind == handover && o.buyer_org == to {
				self.received.insert(id);
			}
		}
	}

	/// Mostly the latest orders, sometimes one that does not exist.
	fn order_id(&self, rng: &mut Rng) -> OrderId {
		let count = self.order_count();
		match rng.below(8) {
			0 => rng.below(count + 1),
			_ if count > 0 => count - 1 - rng.below(count.min(3)),
			_ => 0,
		}
	}

	/// Mostly one of the accounts that may send the message, else anyone.
	fn party(&self, rng: &mut Rng, likely: &[usize]) -> usize {
		match rng.below(4) {
			0 => rng.below(self.who.len() as u64) as usize,
			_ => rng.pick(likely),
		}
	}

	/// The step an honest party would take next for the latest order (so that runs reach
	/// deliveries, releases, disputes and splits, not only refusals).
	fn natural(&self, rng: &mut Rng) -> Step {
		let amount = ed() * (1 + rng.below(20)) as Balance;
		let count = self.order_count();
		let latest = count.checked_sub(1).and_then(|id| Some((id, self.order(id)?)));
		let goods_index = |goods: Goods| self.goods.iter().position(|g| *g == goods).expect("ours");
		match latest {
			Some((id, o)) if o.state == State::Proposed => {
				if rng.chance(80) {
					Step::ById(SELLER_ADMIN, ById::Accept, id)
				} else {
					Step::ById(BUYER_ADMIN, ById::Cancel, id)
				}
			},
			Some((id, o)) if o.state == State::Open && o.delivered_at.is_none() => {
				let handover = match o.paid_on {
					PaidOn::Custody => Handover::Custody,
					PaidOn::Ownership => Handover::Ownership,
				};
				let with_buyer = self.holder(self.item(o.goods), handover) == Some(o.buyer_org);
				// The dishonest buyer's best move: take the goods, pass them on before
				// anyone records the delivery, and ask for its money back at the deadline.
				if with_buyer && rng.chance(50) {
					return Step::HandOver(goods_index(o.goods), handover, CARRIER_ORG);
				}
				if self.now >= o.deadline && rng.chance(60) {
					return Step::ById(BUYER_ADMIN, ById::Refund, id);
				}
				match rng.below(10) {
					0 => Step::ById(BUYER_ADMIN, ById::RecordDelivery, id),
					1 => Step::Advance(o.deadline.saturating_sub(self.now).max(1)),
					2 if !o.milestones.is_empty() => {
						Step::ById(BUYER_ADMIN, ById::CompleteMilestone, id)
					},
					_ => Step::HandOver(goods_index(o.goods), handover, BUYER_ORG),
				}
			},
			Some((id, o)) if o.proposal.is_some() && rng.chance(60) => {
				let by = o.proposal.as_ref().map(|p| p.by);
				let other = if by == Some(BUYER_ORG) { SELLER_ADMIN } else { BUYER_ADMIN };
				Step::AcceptSplit(other, id, None)
			},
			Some((id, o)) if o.state == State::Open => match rng.below(8) {
				0 | 1 => Step::ById(SELLER_ADMIN, ById::Release, id),
				2 => Step::ById(BUYER_ADMIN, ById::Confirm, id),
				3 => Step::ById(BUYER_ADMIN, ById::RecordDelivery, id),
				4 => Step::ById(rng.pick(&[BUYER_ADMIN, SELLER_ADMIN]), ById::Dispute, id),
				5 => Step::ProposeSplit(rng.pick(&[BUYER_ADMIN, SELLER_ADMIN]), id, amount),
				6 => Step::ById(ORACLE, ById::ReportBreach, id),
				_ => Step::ById(BUYER_ADMIN, ById::CompleteMilestone, id),
			},
			Some((id, o)) if o.state == State::Disputed => match rng.below(5) {
				0 | 1 => Step::Resolve(ARBITER_ADMIN, id, amount.min(o.amount)),
				2 => Step::ById(rng.pick(&[BUYER_ADMIN, SELLER_ADMIN]), ById::WithdrawDispute, id),
				3 => Step::AcceptSplit(rng.pick(&[BUYER_ADMIN, SELLER_ADMIN]), id, None),
				_ => Step::Advance(DISPUTE_PERIOD / 2 + 1),
			},
			_ => {
				// A new order for goods Acme holds (or the goods brought back to Acme first).
				let goods = rng.below(4) as usize;
				let paid_on = rng.pick(&[PaidOn::Custody, PaidOn::Ownership]);
				let item = self.item(self.goods[goods]);
				for handover in [Handover::Ownership, Handover::Custody] {
					if self.holder(item, handover) != Some(SELLER_ORG) {
						return Step::HandOver(goods, handover, SELLER_ORG);
					}
				}
				Step::Open {
					buyer: BUYER_ADMIN,
					seller: SELLER_ADMIN,
					goods,
					paid_on,
					term: 1 + rng.below(120) as BlockNumber,
					arbiter: rng.pick(&[None, Some(ARBITER_ADMIN)]),
					oracle: rng.pick(&[None, Some(ORACLE)]),
					amount,
					milestones: rng.below(3) == 0,
				}
			},
		}
	}

	fn generate(&self, rng: &mut Rng) -> Step {
		if rng.chance(40) {
			return self.natural(rng);
		}
		let id = self.order_id(rng);
		let amount = ed() * (1 + rng.below(20)) as Balance;
		let (buyers, sellers, parties) = (
			&[BUYER_ADMIN, BUYER_ADMIN, BUYER_ADMIN, BUYER, BUYER2][..],
			&[SELLER_ADMIN, SELLER_ADMIN, SELLER_ADMIN, SELLER, SELLER2][..],
			&[BUYER_ADMIN, BUYER_ADMIN, SELLER_ADMIN, SELLER_ADMIN, BUYER2, SELLER2][..],
		);
		const WEIGHTED: [u64; 50] = [
			0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 3, 4, 4, 4, 4, 4, 5, 6, 6, 7, 7, 8, 9, 10, 11, 11, 12,
			13, 13, 14, 14, 14, 15, 15, 15, 15, 16, 16, 17, 17, 17, 17, 19, 19, 20, 21, 21, 22, 23,
			23,
		];
		let by_id = |who, message| Step::ById(who, message, id);
		match rng.pick(&WEIGHTED) {
			0 => Step::Open {
				buyer: {
					let anyone = self.party(rng, parties);
					rng.pick(&[BUYER_ADMIN, BUYER_ADMIN, BUYER_ADMIN, BUYER2, anyone])
				},
				seller: rng.pick(&[SELLER_ADMIN, SELLER_ADMIN, SELLER_ADMIN, SELLER2, CARRIER]),
				goods: rng.below(4) as usize,
				paid_on: rng.pick(&[PaidOn::Custody, PaidOn::Ownership]),
				term: match rng.below(20) {
					// Beyond the longest term: refused.
					0 => MAX_ORDER_TERM + 1,
					_ => 1 + rng.below(120) as BlockNumber,
				},
				arbiter: rng.pick(&[
					None,
					Some(ARBITER_ADMIN),
					Some(ARBITER_ADMIN),
					Some(BUYER_ADMIN),
				]),
				oracle: rng.pick(&[None, Some(ORACLE)]),
				amount,
				milestones: rng.below(3) == 0,
			},
			2 => by_id(self.party(rng, sellers), ById::Accept),
			3 => by_id(self.party(rng, buyers), ById::Cancel),
			4 => by_id(self.party(rng, buyers), ById::Release),
			5 => by_id(self.party(rng, parties), ById::RecordDelivery),
			6 => by_id(self.party(rng, buyers), ById::Confirm),
			7 => by_id(self.party(rng, buyers), ById::CompleteMilestone),
			8 => by_id(self.party(rng, &[ORACLE]), ById::ReportBreach),
			9 => by_id(self.party(rng, parties), ById::Refund),
			10 => by_id(self.party(rng, parties), ById::Settle),
			11 => by_id(self.party(rng, parties), ById::Dispute),
			12 => by_id(self.party(rng, parties), ById::WithdrawDispute),
			13 => Step::Resolve(
				self.party(rng, &[ARBITER_ADMIN, ARBITER_ADMIN, ARBITER, ARBITER2]),
				id,
				amount,
			),
			14 => Step::ProposeSplit(self.party(rng, parties), id, amount),
			15 => Step::AcceptSplit(
				self.party(rng, parties),
				id,
				if rng.chance(50) { None } else { Some(amount) },
			),
			16 => Step::Withdraw(self.party(rng, parties)),
			17 => Step::HandOver(
				// Mostly the latest order's goods.
				match self.order(self.order_count().saturating_sub(1)) {
					Some(o) if rng.chance(60) => {
						self.goods.iter().position(|g| *g == o.goods).expect("ordered goods")
					},
					_ => rng.below(4) as usize,
				},
				rng.pick(&[Handover::Custody, Handover::Ownership]),
				rng.pick(&[BUYER_ORG, BUYER_ORG, SELLER_ORG, CARRIER_ORG]),
			),
			19 => Step::Advance(match rng.below(4) {
				0 => DISPUTE_PERIOD / 2 + 1,
				_ => 1 + rng.below(30) as BlockNumber,
			}),
			20 => {
				let org = rng.pick(&[BUYER_ORG, SELLER_ORG, ARBITER_ORG]);
				if rng.chance(50) {
					Step::Suspend(org)
				} else {
					Step::Reinstate(org)
				}
			},
			21 => match rng.below(3) {
				0 => Step::Rotate(rng.pick(&[BUYER_ORG, SELLER_ORG, ARBITER_ORG])),
				1 => Step::Join(
					rng.pick(&[BUYER, BUYER2, SELLER, SELLER2, ARBITER, ARBITER2]),
					rng.pick(&[ELSEWHERE, BUYER_ORG, SELLER_ORG]),
				),
				_ => Step::Leave(rng.pick(&[BUYER, BUYER2, SELLER, SELLER2, ARBITER, ARBITER2])),
			},
			22 => Step::RegisterAccount(rng.below(self.who.len() as u64) as usize),
			_ => Step::InstallOrRemove,
		}
	}

	fn apply(&mut self, step: &Step) {
		let who = |i: usize| match i {
			BUYER_ADMIN => admin_of(BUYER_ORG),
			SELLER_ADMIN => admin_of(SELLER_ORG),
			ARBITER_ADMIN => admin_of(ARBITER_ORG),
			_ => self.who[i].clone(),
		};
		let line = match step.clone() {
			Step::Open {
				buyer,
				seller,
				goods,
				paid_on,
				term,
				arbiter,
				oracle,
				amount,
				milestones,
			} => {
				let milestones = if milestones { vec![amount, ed()] } else { vec![] };
				let value = milestones.iter().sum::<Balance>().max(amount);
				let deadline = self.now.saturating_add(term);
				let args = (
					who(seller),
					self.goods[goods],
					paid_on,
					deadline,
					arbiter.map(who),
					oracle.map(who),
					milestones,
				);
				let r = self.escrow.call_as::<OrderId>(&who(buyer), value, "open", args);
				format!(
					"open {:?} {paid_on:?} by {buyer} from {seller} for {value}: {}",
					self.goods[goods],
					show(&r)
				)
			},
			Step::ById(i, message, id) => {
				let r = self.escrow.call(&who(i), 0, message.message(), id).map(|_| ());
				format!("{} {id} by {i}: {}", message.message(), show(&r))
			},
			Step::Resolve(i, id, to_seller) => {
				let r = self.escrow.call(&who(i), 0, "resolve", (id, to_seller)).map(|_| ());
				format!("resolve {id} {to_seller} by {i}: {}", show(&r))
			},
			Step::ProposeSplit(i, id, to_seller) => {
				let r = self.escrow.call(&who(i), 0, "propose_split", (id, to_seller)).map(|_| ());
				format!("propose_split {id} {to_seller} by {i}: {}", show(&r))
			},
			Step::AcceptSplit(i, id, named) => {
				let named = named.unwrap_or_else(|| {
					self.order(id).and_then(|o| o.proposal).map_or(ed(), |p| p.to_seller)
				});
				let r = self.escrow.call(&who(i), 0, "accept_split", (id, named)).map(|_| ());
				format!("accept_split {id} {named} by {i}: {}", show(&r))
			},
			Step::Withdraw(i) => {
				let r = self.escrow.call_as::<Balance>(&who(i), 0, "withdraw", ());
				format!("withdraw by {i}: {}", show(&r))
			},
			Step::RegisterAccount(i) => {
				let r = self.escrow.call_as::<ParticipantId>(&who(i), 0, "register_account", ());
				format!("register_account by {i}: {}", show(&r))
			},
			Step::HandOver(goods, handover, to) => {
				let item = self.item(self.goods[goods]);
				match self.holder(item, handover) {
					Some(from) if from != to => {
						let offered = Parts::offer(signed(&admin_of(from)), item, handover, to);
						let accepted = offered.and_then(|()| {
							Parts::accept_offer(signed(&admin_of(to)), item, handover, None)
						});
						if accepted.is_err() {
							// Leave no offer standing in the way of the next hand-over.
							let _ = Parts::cancel_offer(signed(&admin_of(from)), item, handover);
						} else {
							self.note_receipt(item, handover, to);
						}
						format!(
							"hand {handover:?} of {item:?} from {from} to {to}: {}",
							outcome(accepted)
						)
					},
					holder => format!("hand {handover:?} of {item:?} to {to}: held by {holder:?}"),
				}
			},
			Step::Advance(by) => {
				self.now += by;
				set_block(self.now);
				format!("advance {by} blocks to {}", self.now)
			},
			Step::Suspend(org) => {
				let r =
					Certifications::suspend_participant(RuntimeOrigin::root(), org, H256::zero());
				format!("suspend {org}: {}", outcome(r))
			},
			Step::Reinstate(org) => {
				let r = Certifications::reinstate_participant(RuntimeOrigin::root(), org);
				format!("reinstate {org}: {}", outcome(r))
			},
			Step::Rotate(org) => {
				let (_, a, b) = *KEYS.iter().find(|(o, _, _)| *o == org).expect("a rotating org");
				let old = admin_of(org);
				let new = if old == who(a) { who(b) } else { who(a) };
				// The successor first leaves any organisation it joined as a device.
				if let Some(at) = org_of(&new) {
					let _ = Certifications::remove_device(signed(&admin_of(at)), new.clone());
				}
				let r = Certifications::change_admin(signed(&old), new.clone()).and_then(|()| {
					Certifications::accept_admin(signed(&new), org).map(|_| ()).map_err(|e| e.error)
				});
				format!("rotate {org}'s admin to {new:?}: {}", outcome(r))
			},
			Step::Join(i, org) => {
				let r = if org_of(&who(i)).is_some() {
					Err(sp_runtime::DispatchError::Other("acts for an organisation"))
				} else {
					Certifications::add_device(signed(&admin_of(org)), who(i), roles_of(org))
				};
				format!("{i} joins {org} as a device: {}", outcome(r))
			},
			Step::Leave(i) => {
				let r = match pallet_certifications::Members::<Runtime>::get(who(i)) {
					Some(m) if m.device_roles.is_some() => {
						Certifications::remove_device(signed(&admin_of(m.participant)), who(i))
							.map(|_| ())
							.map_err(|e| e.error)
					},
					_ => Err(sp_runtime::DispatchError::Other("no device")),
				};
				format!("{i} leaves as a device: {}", outcome(r))
			},
			Step::InstallOrRemove => {
				let (Goods::Part(part), Goods::Part(assembly)) = (self.goods[1], self.goods[2])
				else {
					unreachable!("goods 1 and 2 are parts")
				};
				let owner = self.holder(Item::Part(part), Handover::Ownership).expect("registered");
				let r = if self.parent(part).is_some() {
					Parts::uninstall(signed(&admin_of(owner)), part)
				} else {
					Parts::install(signed(&admin_of(owner)), part, assembly)
				};
				format!("install/remove part {part} (assembly {assembly}): {}", outcome(r))
			},
		};
		self.log.push(line);
	}

	/// Every deadline and dispute period past: anyone ends every order; each organisation
	/// still suspended takes its credit out through its account of record (nobody
	/// reinstates it first); then everyone back, each organisation's admin withdraws, and
	/// the contract holds nothing.
	fn drain(&mut self) {
		self.now += 100 + 2 * DISPUTE_PERIOD;
		set_block(self.now);
		let stranger = self.who[STRANGER].clone();
		for id in 0..self.order_count() {
			let state = self.order(id).expect("exists").state;
			let ended = match state {
				State::Proposed => self.escrow.call(&stranger, 0, "refund", id).map(|_| ()),
				State::Open | State::Disputed => {
					while self.escrow.call_as::<bool>(&stranger, 0, "record_delivery", id)
						== Ok(false) && self.escrow.call_as::<bool>(
						&stranger,
						0,
						"is_delivered",
						id,
					) == Err("HistoryUnread".into())
					{}
					self.escrow.call(&stranger, 0, "settle", id).map(|_| ())
				},
				_ => Ok(()),
			};
			self.log.push(format!("drain: end order {id} ({state:?}): {}", show(&ended)));
			assert_eq!(ended, Ok(()), "order {id} ({state:?}) ends by its default");
		}
		for org in ORGS {
			let credit = self.credit(org);
			if <Certifications as ParticipantRegistry<AccountId>>::is_active(org) || credit == 0 {
				continue;
			}
			let record: Option<AccountId> = self.escrow.query(&stranger, "account_of_record", org);
			let account = record.expect("a credited organisation acted through an account");
			// Its person leaves any other organisation it joined meanwhile (its own exit
			// needs that: else it withdraws for that one).
			if let Some(m) = pallet_certifications::Members::<Runtime>::get(&account) {
				if m.participant != org && m.device_roles.is_some() {
					let _ = Certifications::remove_device(
						signed(&admin_of(m.participant)),
						account.clone(),
					);
					self.log.push(format!("drain: {account:?} leaves {}", m.participant));
				}
			}
			let withdrawn = self.escrow.call_as::<Balance>(&account, 0, "withdraw", ());
			self.log.push(format!("drain: suspended {org} withdraws: {}", show(&withdrawn)));
			assert_eq!(
				withdrawn,
				Ok(credit),
				"suspended {org} exits through its account of record"
			);
		}
		for org in [BUYER_ORG, SELLER_ORG, ARBITER_ORG] {
			let _ = Certifications::reinstate_participant(RuntimeOrigin::root(), org);
		}
		for org in ORGS {
			let withdrawn = self.escrow.call_as::<Balance>(&admin_of(org), 0, "withdraw", ());
			self.log.push(format!("drain: withdraw for {org}: {}", show(&withdrawn)));
		}
		self.check();
		assert_eq!(self.owed(), 0, "everything was paid out");
		// Every pallet's own invariants hold after what the contract and the chain did
		// (deposits held against records, the parts' indices, the participants' counts).
		#[cfg(feature = "try-runtime")]
		{
			use frame_support::traits::{TryState, TryStateSelect};
			amchain_runtime::AllPalletsWithSystem::try_state(self.now, TryStateSelect::All)
				.expect("every pallet's try_state holds");
		}
		assert_eq!(spendable(&self.escrow.address), 0, "the contract holds nothing");
	}
}

/// The messages whose success the runs must reach, or the harness tests little.
const REACHED: [&str; 16] = [
	"register_account",
	"withdraw",
	"open",
	"accept",
	"cancel",
	"release",
	"record_delivery",
	"confirm",
	"complete_milestone",
	"report_breach",
	"refund",
	"settle",
	"dispute",
	"withdraw_dispute",
	"resolve",
	"accept_split",
];

const STEPS: usize = 50;

/// Sequences `scripts/test.sh` runs (about a second each here); scripts/fuzz.sh runs more.
const RUNS: u64 = 100;

/// Generates and runs one sequence; on a failure, returns the steps up to the failing one
/// and the failure.
fn run(bundle: &Bundle, seed: u64) -> Result<Vec<String>, (Vec<Step>, String)> {
	genesis(|| {
		let mut rng = Rng(seed);
		let mut w = World::new(bundle);
		let mut steps = Vec::new();
		let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			for _ in 0..STEPS {
				let step = w.generate(&mut rng);
				steps.push(step.clone());
				w.apply(&step);
				w.check();
			}
			w.drain();
		}));
		match outcome {
			Ok(()) => Ok(w.log),
			Err(e) => Err((steps, panic_message(e))),
		}
	})
}

/// Replays fixed steps; `Err` with the failure if they fail.
fn replay(bundle: &Bundle, steps: &[Step]) -> Result<Vec<String>, (Vec<String>, String)> {
	genesis(|| {
		let mut w = World::new(bundle);
		let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			for step in steps {
				w.apply(step);
				w.check();
			}
			w.drain();
		}));
		match outcome {
			Ok(()) => Ok(w.log),
			Err(e) => Err((w.log, panic_message(e))),
		}
	})
}

/// A message's answer for the log: `Ok(value)` or `Err(Name)`.
fn show<T: std::fmt::Debug>(answer: &Result<T, String>) -> String {
	match answer {
		Ok(value) => format!("Ok({value:?})"),
		Err(name) => format!("Err({name})"),
	}
}

#[test]
fn escrow_on_the_real_pallet_contracts_keeps_its_books_and_locks_nothing() {
	let bundle = Bundle::load("escrow");
	let mut succeeded = BTreeMap::<&str, u32>::new();
	let mut refused = BTreeMap::<String, u32>::new();
	let mut exits = 0;
	let seeds = seeds(RUNS);
	for &seed in &seeds {
		let log = match run(&bundle, seed) {
			Ok(log) => log,
			Err((steps, failure)) => {
				// Silence the panics of the replays while shrinking.
				let hook = std::panic::take_hook();
				std::panic::set_hook(Box::new(|_| {}));
				let shrunk = shrink(steps, |fewer| replay(&bundle, fewer).is_err());
				std::panic::set_hook(hook);
				let (log, shrunk_failure) = replay(&bundle, &shrunk).expect_err("still fails");
				panic!(
					"escrow seed {seed} failed: {failure}\nshrunk to {} steps ({shrunk_failure}):\n  \
					 {}\nsteps: {shrunk:?}\nreplay the whole run with AMCHAIN_CONTRACT_SEED={seed}",
					shrunk.len(),
					log.join("\n  ")
				);
			},
		};
		for line in log {
			if line.starts_with("drain: suspended") {
				exits += 1;
			}
			let message = line.split(' ').next().unwrap_or_default();
			if let Some(name) = REACHED.iter().find(|m| **m == message) {
				if line.contains(": Ok(") {
					*succeeded.entry(name).or_default() += 1;
				} else if let Some(e) = line.rsplit(": Err(").next() {
					*refused.entry(format!("{name} {}", e.trim_end_matches(')'))).or_default() += 1;
				}
			}
		}
	}
	eprintln!(
		"escrow: {} sequences of {STEPS} steps; successful calls: {succeeded:?}",
		seeds.len()
	);
	eprintln!("escrow: refusals: {refused:?}");
	eprintln!("escrow: suspended organisations' exits through their account of record: {exits}");
	if seeds.len() > 1 {
		for message in REACHED {
			assert!(succeeded.contains_key(message), "no sequence reached a successful {message}");
		}
		for refusal in ["open Installed", "open DeadlineTooFar", "accept SellerNotOwner"] {
			assert!(refused.contains_key(refusal), "no sequence reached {refusal}");
		}
	}
}
