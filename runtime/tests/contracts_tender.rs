//! tender on the real pallet-contracts (issue 19): the bundle `scripts/contracts.sh build`
//! makes is instantiated in the runtime itself, on the dev chain's genesis, beside the
//! escrow bundle its awards open orders in (a real cross-contract call), with amchain's
//! chain extension answering from the real pallet-certifications (memberships, roles,
//! certifications and their capacity) and pallet-parts (the goods), and the real
//! existential deposit, storage deposits and reverts. contracts/tender/random.rs
//! (`random_sequences_keep_the_books_and_lock_nothing`) runs the same invariants off chain,
//! where escrow is a fake and the chain extension a mock.
//!
//! The parties are dev chain organisations (docs/dev-chain.md): the buyer Kestrel Wind
//! Power (6); the suppliers Acme Gears (2) and Borealis Bearings (3), each certified for
//! standard 0 by Sentinel Certification (1) twice (the genesis certification, 10 000 units
//! a year, and one Sentinel issues here with 12 units); Phoenix Remanufacturing (4),
//! certified here with 2 units (a certified supplier short of capacity for most
//! quantities); Harbour Trade Bank (5), a member with no certification; and a stranger.
//! Kestrel and Acme have a second key their admin rotates to and back. The chain's own
//! moves: blocks pass every deadline; Sentinel suspends and reinstates certifications;
//! Acme and Borealis register production that draws their capacity down; goods change
//! hands (custody or title) or reach the buyer; organisations are suspended and
//! reinstated.
//!
//! After every step: the tender's balance (what pallet-contracts lets it spend) equals
//! `owed()`, which is what its tenders hold plus every credit; each tender holds what its
//! status says (bidding: budget and bonds; awarded: the winner's bond; else nothing);
//! escrow's balance equals its `owed()`; and when a tender ends, nobody gets less than the
//! rules give it: an award moves exactly the winning price (a revealed price within the
//! budget) into escrow and credits the buyer at least the rest of the budget, a close
//! credits the buyer at least the budget, a cancellation before `commit_by` credits every
//! bidder its bond twice, and the winner's bond goes back to the winner unless escrow
//! latched its fault (`GoodsGone`, `NeverAccepted`). On the real chain the extension
//! answers every read the award makes, so `note_unanswered` is always refused. After the
//! last step, every deadline passed: anyone ends every tender and every escrow order and
//! settles every bond, a suspended organisation exits through its account of record, the
//! rest withdraw through their admins; the tender holds nothing.
//!
//! A failure prints the seed and the steps, shrunk to the shortest failing sequence.
//! `AMCHAIN_CONTRACT_SEED=<seed>` replays one sequence, `AMCHAIN_CONTRACT_RUNS=<n>` runs
//! more (from `AMCHAIN_CONTRACT_FIRST_SEED`).

// Runs in scripts/test.sh's runtime step (with try-runtime, so every pallet's try_state is
// checked too), not a second time among the plain unit tests.
#![cfg(feature = "try-runtime")]

#[path = "contracts/chain.rs"]
#[allow(dead_code)]
mod chain;
#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeMap;

use amchain_primitives::{
	participants::ParticipantRegistry,
	parts::{Handover, Item},
};
use amchain_runtime::{AccountId, Balances, Certifications, Parts, Runtime, RuntimeOrigin};
use codec::{Decode, Encode};
use frame_support::traits::fungible::Inspect;
use pallet_certifications::Capacity;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;

use crate::{
	chain::{
		admin_of, ed, fund, org_of, outcome, panic_message, seeds, set_block, shrink, signed,
		spendable, Balance, BlockNumber, Bundle, Contract, ParticipantId,
	},
	common::{genesis, Rng},
};

type TenderId = u64;
type BidIndex = u32;
type OrderId = u64;
type CertificationId = u32;

// Mirrors of tender's and escrow's types (contracts/tender/lib.rs, escrow_call.rs), in
// their encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum Wanted {
	Part(u32),
	Lot,
}

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

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Terms {
	wanted: Wanted,
	spec_hash: H256,
	quantity: u64,
	paid_on: PaidOn,
	delivery_by: BlockNumber,
	standards: Vec<u32>,
	budget: Balance,
	bond: Balance,
	commit_by: BlockNumber,
	reveal_by: BlockNumber,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum Status {
	Bidding,
	Cancelled,
	Closed,
	Awarded { winner: BidIndex, order: OrderId },
	Settled,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct TenderInfo {
	buyer: AccountId,
	buyer_org: ParticipantId,
	bids: BidIndex,
	held: Balance,
	status: Status,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Quote {
	price: Balance,
	goods: Goods,
	seller: AccountId,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Bid {
	bidder: AccountId,
	org: ParticipantId,
	commitment: H256,
	certifications: Vec<CertificationId>,
	quote: Option<Quote>,
}

/// Escrow's order states and refund causes (contracts/escrow/lib.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum EscrowState {
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

/// escrow's `MAX_ORDER_TERM` (a year of 6-second blocks).
const MAX_ORDER_TERM: BlockNumber = 365 * 14_400;
/// The dev chain's standard 0, and its part types (Acme's 0, Borealis's 1).
const STANDARD: u32 = 0;
const ACME_TYPE: u32 = 0;
const BOREALIS_TYPE: u32 = 1;

const AUDITOR_ORG: ParticipantId = 1;
const ACME_ORG: ParticipantId = 2;
const BOREALIS_ORG: ParticipantId = 3;
const PHOENIX_ORG: ParticipantId = 4;
const BANK_ORG: ParticipantId = 5;
const BUYER_ORG: ParticipantId = 6;
const ORGS: [ParticipantId; 6] =
	[AUDITOR_ORG, ACME_ORG, BOREALIS_ORG, PHOENIX_ORG, BANK_ORG, BUYER_ORG];

/// Indices into `World::who`.
const BUYER: usize = 0;
const BUYER2: usize = 1;
const ACME: usize = 2;
const ACME2: usize = 3;
const BOREALIS: usize = 4;
const PHOENIX: usize = 5;
const BANK: usize = 6;
const STRANGER: usize = 7;
const AUDITOR: usize = 8;

/// Whoever is the buyer's or Acme's admin when the step runs.
const BUYER_ADMIN: usize = 100;
const ACME_ADMIN: usize = 101;

/// Each rotating organisation's two keys.
const KEYS: [(ParticipantId, usize, usize); 2] =
	[(BUYER_ORG, BUYER, BUYER2), (ACME_ORG, ACME, ACME2)];

/// One step, every argument fixed, so that a sequence replays (and shrinks) without the
/// generator.
#[derive(Clone, Debug)]
enum Step {
	Post {
		by: usize,
		wanted: u32,
		quantity: u64,
		paid_on: PaidOn,
		budget: Balance,
		bond: Balance,
		/// Blocks from now to `commit_by`, from it to `reveal_by`, from it to `delivery_by`
		/// (`None`: beyond escrow's term, refused).
		commit_in: BlockNumber,
		reveal_in: BlockNumber,
		deliver_in: Option<BlockNumber>,
	},
	/// `by` commits `price` (salt `salt`) naming certification `cert` (an index into
	/// `World::certs`: its own, another's), sending the bond (or one unit less).
	Commit {
		by: usize,
		tender: TenderId,
		price: Balance,
		salt: u8,
		cert: usize,
		short: bool,
	},
	/// `by` reveals its organisation's bid with goods `goods` (an index into `World::goods`);
	/// `honest`: the committed price and salt, else another salt.
	Reveal {
		by: usize,
		tender: TenderId,
		goods: usize,
		honest: bool,
	},
	Award(usize, TenderId),
	Cancel(usize, TenderId),
	SettleBond(usize, TenderId),
	NoteUnanswered(usize, TenderId),
	Withdraw(usize),
	RegisterAccount(usize),
	/// The escrow order of an awarded tender: `message` (`accept`, `release`, `refund`,
	/// `settle`, `record_delivery`) by `by`.
	Escrow(usize, TenderId, &'static str),
	/// Goods (index) handed over in `handover` to an organisation.
	HandOver(usize, Handover, ParticipantId),
	Advance(BlockNumber),
	Suspend(ParticipantId),
	Reinstate(ParticipantId),
	/// Sentinel suspends (true) or reinstates certification `certs[i]`.
	Certification(usize, bool),
	/// Acme (or Borealis) registers production under its small certification, drawing
	/// its capacity down.
	Produce(ParticipantId),
	/// The organisation's admin rotates to its other key.
	Rotate(ParticipantId),
}

struct World {
	tender: Contract,
	escrow: Contract,
	who: Vec<AccountId>,
	/// Every certification for standard 0: Acme's and Borealis's genesis ones, the small
	/// ones Sentinel issues here (Acme, Borealis, Phoenix).
	certs: Vec<(CertificationId, ParticipantId)>,
	/// Parts of type 0 (Acme's two, one given to Borealis, one to Phoenix), Borealis's two
	/// of type 1.
	goods: Vec<u64>,
	/// The price and salt each organisation committed in each tender.
	secrets: BTreeMap<(TenderId, ParticipantId), (Balance, u8)>,
	/// The escrow order each awarded tender opened.
	orders: BTreeMap<TenderId, OrderId>,
	now: BlockNumber,
	log: Vec<String>,
}

fn account(byte: u8) -> AccountId {
	AccountId::new([byte; 32])
}

/// tender's `commitment`: the Blake2x256 hash of the SCALE encoding of
/// `(b"amchain/tender", contract, tender, bidder, price, salt)`.
fn commitment(
	contract: &AccountId,
	tender: TenderId,
	bidder: &AccountId,
	price: Balance,
	salt: u8,
) -> H256 {
	H256(sp_io::hashing::blake2_256(
		&(b"amchain/tender", contract, tender, bidder, price, [salt; 32]).encode(),
	))
}

/// A message's answer for the log: `Ok(value)` or `Err(Name)`.
fn show<T: std::fmt::Debug>(answer: &Result<T, String>) -> String {
	match answer {
		Ok(value) => format!("Ok({value:?})"),
		Err(name) => format!("Err({name})"),
	}
}

impl World {
	fn new(tender: &Bundle, escrow: &Bundle) -> World {
		use Sr25519Keyring::*;
		let who = vec![
			BobStash.to_account_id(),
			account(0xB1),
			Dave.to_account_id(),
			account(0x52),
			Eve.to_account_id(),
			Ferdie.to_account_id(),
			AliceStash.to_account_id(),
			account(0x77),
			Charlie.to_account_id(),
		];
		for account in &who {
			fund(account, 10_000_000 * ed());
		}
		// Sentinel certifies Acme and Borealis again (12 units a year) and Phoenix (2); each
		// holder accepts.
		let mut certs = vec![(0, ACME_ORG), (1, BOREALIS_ORG)];
		for (org, admin, units) in
			[(ACME_ORG, ACME, 12), (BOREALIS_ORG, BOREALIS, 12), (PHOENIX_ORG, PHOENIX, 2)]
		{
			let id = pallet_certifications::NextCertificationId::<Runtime>::get();
			Certifications::issue_certification(
				signed(&who[AUDITOR]),
				org,
				STANDARD,
				b"tender harness".to_vec(),
				Capacity { units, period: 365 * 14_400 },
				10 * 365 * 14_400,
				None,
			)
			.expect("Sentinel certifies");
			Certifications::accept_certification(signed(&who[admin]), id)
				.expect("the holder accepts");
			certs.push((id, org));
		}
		// Acme makes four gears (its genesis certification), gives one to Borealis and one
		// to Phoenix; Borealis makes two bearings.
		let mut goods = Vec::new();
		for (maker, part_type, cert, n) in
			[(ACME, ACME_TYPE, 0, 4), (BOREALIS, BOREALIS_TYPE, 1, 2)]
		{
			for i in 0..n {
				let id = pallet_parts::NextPartId::<Runtime>::get();
				Parts::register_part(
					signed(&who[maker]),
					part_type,
					format!("TND-{maker}-{i}").into_bytes(),
					Some(cert),
					None,
					None,
				)
				.expect("a manufacturer registers a part");
				goods.push(id);
			}
		}
		let hand = |part: u64, to: ParticipantId, admin: usize| {
			for handover in [Handover::Ownership, Handover::Custody] {
				Parts::offer(signed(&who[ACME]), Item::Part(part), handover, to)
					.expect("Acme offers");
				Parts::accept_offer(signed(&who[admin]), Item::Part(part), handover, None)
					.expect("the supplier takes it");
			}
		};
		hand(goods[2], BOREALIS_ORG, BOREALIS);
		hand(goods[3], PHOENIX_ORG, PHOENIX);
		let escrow = escrow.instantiate(&Alice.to_account_id(), "new", ());
		let tender = tender.instantiate(&Alice.to_account_id(), "new", escrow.address.clone());
		set_block(1);
		World {
			tender,
			escrow,
			who,
			certs,
			goods,
			secrets: BTreeMap::new(),
			orders: BTreeMap::new(),
			now: 1,
			log: Vec::new(),
		}
	}

	fn stranger(&self) -> &AccountId {
		&self.who[STRANGER]
	}

	fn info(&self, id: TenderId) -> Option<TenderInfo> {
		self.tender.query(self.stranger(), "tender", id)
	}

	fn terms(&self, id: TenderId) -> Option<Terms> {
		self.tender.query(self.stranger(), "terms", id)
	}

	fn bid(&self, id: TenderId, n: BidIndex) -> Option<Bid> {
		self.tender.query(self.stranger(), "bid", (id, n))
	}

	fn tender_count(&self) -> TenderId {
		self.tender.query(self.stranger(), "tender_count", ())
	}

	fn owed(&self) -> Balance {
		self.tender.query(self.stranger(), "owed", ())
	}

	fn credit(&self, org: ParticipantId) -> Balance {
		self.tender.query(self.stranger(), "credit", org)
	}

	fn credits(&self) -> BTreeMap<ParticipantId, Balance> {
		ORGS.iter().map(|org| (*org, self.credit(*org))).collect()
	}

	fn escrow_owed(&self) -> Balance {
		self.escrow.query(self.stranger(), "owed", ())
	}

	fn order_state(&self, order: OrderId) -> Option<EscrowState> {
		self.escrow.query(self.stranger(), "order_state", order)
	}

	fn refund_cause(&self, order: OrderId) -> Option<RefundCause> {
		self.escrow.query(self.stranger(), "refund_cause", order)
	}

	fn tenders(&self) -> Vec<(Terms, TenderInfo)> {
		(0..self.tender_count())
			.map(|id| {
				(self.terms(id).expect("terms"), self.info(id).expect("every counted tender"))
			})
			.collect()
	}

	/// The books: the tender's balance is `owed()`, what its tenders hold plus every
	/// credit; each tender holds what its status says; escrow's balance is its `owed()`.
	fn check(&self) {
		let owed = self.owed();
		assert_eq!(spendable(&self.tender.address), owed, "the tender's balance equals owed()");
		let mut held: Balance = self.credits().values().sum();
		for (id, (terms, info)) in self.tenders().into_iter().enumerate() {
			let expected = match info.status {
				Status::Bidding => terms.budget + Balance::from(info.bids) * terms.bond,
				Status::Awarded { .. } => terms.bond,
				Status::Closed | Status::Cancelled | Status::Settled => 0,
			};
			assert_eq!(info.held, expected, "tender {id} holds what its status says: {info:?}");
			held += info.held;
		}
		assert_eq!(owed, held, "owed() is what the tenders hold plus every credit");
		assert_eq!(spendable(&self.escrow.address), self.escrow_owed(), "escrow's books");
	}

	/// When a tender ends (its status changed from `before`), nobody got less than the
	/// rules give it. `credits`: every credit before the step; `escrow_owed`: escrow's.
	fn check_ending(
		&self,
		id: TenderId,
		before: &TenderInfo,
		credits: &BTreeMap<ParticipantId, Balance>,
		escrow_owed: Balance,
	) {
		let after = self.info(id).expect("exists");
		if after.status == before.status {
			return;
		}
		let terms = self.terms(id).expect("terms");
		let gained = |org: ParticipantId| self.credit(org) as i128 - credits[&org] as i128;
		let bids: Vec<Bid> = (0..before.bids).filter_map(|n| self.bid(id, n)).collect();
		match (before.status, after.status) {
			(Status::Bidding, Status::Awarded { winner, order }) => {
				let quote = bids[winner as usize].quote.clone().expect("the winner revealed");
				assert!(quote.price <= terms.budget, "the price is within the budget");
				assert_eq!(
					self.escrow_owed(),
					escrow_owed + quote.price,
					"escrow holds exactly the winning price"
				);
				assert_eq!(self.order_state(order), Some(EscrowState::Proposed), "order {order}");
				// No lower revealed price is passed by unless its bid was skipped: the award
				// takes the lowest that still qualifies (checked by the contract; here only
				// that the winner's price is revealed and within the budget).
				assert!(
					gained(before.buyer_org) >= (terms.budget - quote.price) as i128,
					"the buyer gets at least the rest of the budget"
				);
			},
			(Status::Bidding, Status::Closed) => {
				assert!(
					gained(before.buyer_org) >= terms.budget as i128,
					"a closed tender's budget goes back"
				);
			},
			(Status::Bidding, Status::Cancelled) => {
				if self.now < terms.commit_by {
					for bid in &bids {
						assert_eq!(
							gained(bid.org),
							2 * terms.bond as i128,
							"a cancellation before commit_by compensates {}",
							bid.org
						);
					}
				}
				let compensated = bids.len() as i128 * terms.bond as i128;
				assert!(
					gained(before.buyer_org) >= terms.budget as i128 - compensated,
					"the buyer pays at most a bond per bid"
				);
			},
			(Status::Awarded { winner, order }, Status::Settled) => {
				let org = bids[winner as usize].org;
				let state = self.order_state(order).expect("the order");
				let cause = self.refund_cause(order);
				let winners_fault = state == EscrowState::Refunded
					&& matches!(cause, Some(RefundCause::GoodsGone | RefundCause::NeverAccepted));
				if !winners_fault {
					assert_eq!(
						gained(org),
						terms.bond as i128,
						"the winner's bond goes back ({state:?}, {cause:?})"
					);
				}
				let to_buyer = if before.buyer_org == org { 0 } else { gained(before.buyer_org) };
				assert_eq!(gained(org) + to_buyer, terms.bond as i128, "the bond, once");
			},
			(from, to) => panic!("tender {id} went from {from:?} to {to:?}"),
		}
	}

	/// Mostly the latest tenders, sometimes one that does not exist.
	fn tender_id(&self, rng: &mut Rng) -> TenderId {
		let count = self.tender_count();
		match rng.below(8) {
			0 => rng.below(count + 1),
			_ if count > 0 => count - 1 - rng.below(count.min(3)),
			_ => 0,
		}
	}

	fn party(&self, rng: &mut Rng, likely: &[usize]) -> usize {
		match rng.below(5) {
			0 => rng.below(self.who.len() as u64) as usize,
			_ => rng.pick(likely),
		}
	}

	/// A supplier's admin (Acme's as whoever is its admin now).
	fn supplier(&self, rng: &mut Rng) -> usize {
		rng.pick(&[ACME_ADMIN, ACME_ADMIN, BOREALIS, BOREALIS, PHOENIX, BANK, ACME2])
	}

	fn org_index(&self, i: usize) -> Option<ParticipantId> {
		match i {
			BUYER_ADMIN => Some(BUYER_ORG),
			ACME_ADMIN => Some(ACME_ORG),
			_ => org_of(&self.who[i]),
		}
	}

	/// A certification for `org`, mostly its own (the small one or the genesis one).
	fn cert_for(&self, rng: &mut Rng, by: usize) -> usize {
		let org = self.org_index(by);
		let own: Vec<usize> =
			(0..self.certs.len()).filter(|i| Some(self.certs[*i].1) == org).collect();
		if own.is_empty() || rng.chance(10) {
			rng.below(self.certs.len() as u64) as usize
		} else {
			rng.pick(&own)
		}
	}

	/// Goods of part type `wanted` its organisation holds, mostly.
	fn goods_for(&self, rng: &mut Rng, by: usize, wanted: u32) -> usize {
		let org = self.org_index(by);
		let held: Vec<usize> = (0..self.goods.len())
			.filter(|i| {
				let part = pallet_parts::PartRecords::<Runtime>::get(self.goods[*i]);
				part.is_some_and(|p| Some(p.owner) == org && p.part_type == wanted)
			})
			.collect();
		if held.is_empty() || rng.chance(10) {
			rng.below(self.goods.len() as u64) as usize
		} else {
			rng.pick(&held)
		}
	}

	fn holder(&self, part: u64, handover: Handover) -> Option<ParticipantId> {
		pallet_parts::PartRecords::<Runtime>::get(part).map(|p| match handover {
			Handover::Ownership => p.owner,
			Handover::Custody => p.custodian,
		})
	}

	/// The step an honest party would take next for the latest tender (so that runs reach
	/// reveals, awards, escrow orders and settled bonds, not only refusals).
	fn natural(&self, rng: &mut Rng) -> Step {
		let count = self.tender_count();
		let latest =
			count.checked_sub(1).and_then(|id| Some((id, self.terms(id)?, self.info(id)?)));
		let Some((id, terms, info)) = latest else { return self.post(rng) };
		let bids: Vec<Bid> = (0..info.bids).filter_map(|n| self.bid(id, n)).collect();
		let admin = |org: ParticipantId| match org {
			ACME_ORG => ACME_ADMIN,
			BOREALIS_ORG => BOREALIS,
			PHOENIX_ORG => PHOENIX,
			BUYER_ORG => BUYER_ADMIN,
			_ => BANK,
		};
		match info.status {
			Status::Bidding if self.now < terms.commit_by => {
				if bids.len() >= 2 && rng.chance(30) {
					return Step::Advance(terms.commit_by - self.now);
				}
				let by = self.supplier(rng);
				let most = (terms.budget / ed()) as u64 + 5;
				Step::Commit {
					by,
					tender: id,
					price: ed() * (1 + rng.below(most)) as Balance,
					salt: rng.below(256) as u8,
					cert: self.cert_for(rng, by),
					short: rng.chance(3),
				}
			},
			Status::Bidding if self.now < terms.reveal_by => {
				let hidden: Vec<&Bid> = bids.iter().filter(|b| b.quote.is_none()).collect();
				if hidden.is_empty() || rng.chance(15) {
					return Step::Advance(terms.reveal_by - self.now);
				}
				let bid = rng.pick(&hidden);
				let by = admin(bid.org);
				let Wanted::Part(wanted) = terms.wanted else { unreachable!("parts only") };
				Step::Reveal {
					by,
					tender: id,
					goods: self.goods_for(rng, by, wanted),
					honest: rng.chance(90),
				}
			},
			Status::Bidding if rng.chance(15) => Step::NoteUnanswered(STRANGER, id),
			Status::Bidding => {
				Step::Award(self.party(rng, &[STRANGER, ACME_ADMIN, BUYER_ADMIN]), id)
			},
			Status::Awarded { winner, order } => {
				let winning = bids.get(winner as usize);
				match self.order_state(order) {
					Some(EscrowState::Proposed) => match rng.below(5) {
						0 => Step::Advance(terms.delivery_by.saturating_sub(self.now).max(1)),
						_ => Step::Escrow(winning.map_or(STRANGER, |b| admin(b.org)), id, "accept"),
					},
					Some(EscrowState::Open) => match rng.below(6) {
						0 | 1 => {
							let part = winning.and_then(|b| b.quote.as_ref()).map(|q| q.goods);
							let goods = match part {
								Some(Goods::Part(p)) => self.goods.iter().position(|g| *g == p),
								_ => None,
							};
							Step::HandOver(
								goods.unwrap_or(0),
								match terms.paid_on {
									PaidOn::Custody => Handover::Custody,
									PaidOn::Ownership => Handover::Ownership,
								},
								BUYER_ORG,
							)
						},
						2 => Step::Escrow(STRANGER, id, "release"),
						3 => Step::Escrow(STRANGER, id, "refund"),
						4 => Step::Escrow(STRANGER, id, "settle"),
						_ => Step::Advance(terms.delivery_by.saturating_sub(self.now).max(1)),
					},
					_ => Step::SettleBond(STRANGER, id),
				}
			},
			_ => self.post(rng),
		}
	}

	fn post(&self, rng: &mut Rng) -> Step {
		let budget = ed() * (100 * (1 + rng.below(30))) as Balance;
		let floor = budget.div_ceil(100);
		let bond = match rng.below(12) {
			0 => floor - 1,
			1 => budget / 16 + 1,
			_ => floor.max(budget / (16 + rng.below(80) as Balance)).max(ed()),
		};
		let commit_in = 4 + rng.below(20) as BlockNumber;
		let reveal_in = 4 + rng.below(20) as BlockNumber;
		Step::Post {
			by: rng.pick(&[BUYER_ADMIN, BUYER_ADMIN, BUYER_ADMIN, BUYER2, ACME_ADMIN, STRANGER]),
			wanted: if rng.chance(85) { ACME_TYPE } else { BOREALIS_TYPE },
			quantity: rng.pick(&[1, 1, 1, 2, 3, 20_000]),
			paid_on: rng.pick(&[PaidOn::Custody, PaidOn::Ownership]),
			budget,
			bond,
			commit_in,
			reveal_in,
			deliver_in: if rng.chance(5) { None } else { Some(10 + rng.below(200) as BlockNumber) },
		}
	}

	fn generate(&self, rng: &mut Rng) -> Step {
		if rng.chance(50) {
			return self.natural(rng);
		}
		let id = self.tender_id(rng);
		const WEIGHTED: [u8; 36] = [
			0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 9, 10, 10, 11, 11, 11, 12, 12,
			13, 14, 14, 15, 16, 16, 17, 17, 18,
		];
		match rng.pick(&WEIGHTED) {
			0 => self.post(rng),
			1 => {
				let by = self.supplier(rng);
				Step::Commit {
					by: if rng.chance(10) { BUYER_ADMIN } else { by },
					tender: id,
					price: ed() * (1 + rng.below(3_000)) as Balance,
					salt: rng.below(256) as u8,
					cert: self.cert_for(rng, by),
					short: rng.chance(5),
				}
			},
			2 => {
				let by = self.supplier(rng);
				let wanted = rng.pick(&[ACME_TYPE, ACME_TYPE, BOREALIS_TYPE]);
				let goods = self.goods_for(rng, by, wanted);
				Step::Reveal { by, tender: id, goods, honest: rng.chance(85) }
			},
			3 => Step::Award(self.party(rng, &[STRANGER, BUYER_ADMIN, ACME_ADMIN, BOREALIS]), id),
			4 => Step::Cancel(self.party(rng, &[BUYER_ADMIN, BUYER2, STRANGER]), id),
			5 => Step::SettleBond(self.party(rng, &[STRANGER, BOREALIS]), id),
			6 => Step::NoteUnanswered(self.party(rng, &[STRANGER, BOREALIS]), id),
			7 => Step::Withdraw(rng.pick(&[
				BUYER_ADMIN,
				ACME_ADMIN,
				BOREALIS,
				PHOENIX,
				BANK,
				BUYER,
				ACME,
				STRANGER,
			])),
			8 => Step::RegisterAccount(rng.below(self.who.len() as u64) as usize),
			9 => Step::Escrow(
				self.party(rng, &[ACME_ADMIN, BOREALIS, PHOENIX, BUYER_ADMIN, STRANGER]),
				id,
				rng.pick(&["accept", "release", "refund", "settle", "record_delivery"]),
			),
			10 => Step::HandOver(
				rng.below(self.goods.len() as u64) as usize,
				rng.pick(&[Handover::Custody, Handover::Ownership]),
				rng.pick(&[BUYER_ORG, BUYER_ORG, ACME_ORG, BOREALIS_ORG, PHOENIX_ORG, BANK_ORG]),
			),
			11 => Step::Advance(match rng.below(6) {
				0 => 14_400,
				_ => 1 + rng.below(12) as BlockNumber,
			}),
			12 => {
				let org = rng.pick(&[BUYER_ORG, ACME_ORG, BOREALIS_ORG, PHOENIX_ORG]);
				if rng.chance(50) {
					Step::Suspend(org)
				} else {
					Step::Reinstate(org)
				}
			},
			13 => Step::Certification(rng.below(self.certs.len() as u64) as usize, rng.chance(50)),
			14 => Step::Produce(rng.pick(&[ACME_ORG, BOREALIS_ORG])),
			15 => Step::Rotate(rng.pick(&[BUYER_ORG, ACME_ORG])),
			16 => Step::Award(STRANGER, id),
			17 => Step::SettleBond(STRANGER, id),
			_ => Step::Escrow(STRANGER, id, "refund"),
		}
	}

	fn apply(&mut self, step: &Step) {
		let who = |i: usize| match i {
			BUYER_ADMIN => admin_of(BUYER_ORG),
			ACME_ADMIN => admin_of(ACME_ORG),
			_ => self.who[i].clone(),
		};
		let credits = self.credits();
		let escrow_owed = self.escrow_owed();
		let before: Vec<TenderInfo> =
			(0..self.tender_count()).filter_map(|id| self.info(id)).collect();
		let line = match step.clone() {
			Step::Post {
				by,
				wanted,
				quantity,
				paid_on,
				budget,
				bond,
				commit_in,
				reveal_in,
				deliver_in,
			} => {
				let commit_by = self.now + commit_in;
				let reveal_by = commit_by + reveal_in;
				let delivery_by = match deliver_in {
					Some(d) => reveal_by + d,
					None => self.now + MAX_ORDER_TERM + 1,
				};
				let args = (
					Wanted::Part(wanted),
					H256::repeat_byte(0x5E),
					quantity,
					paid_on,
					delivery_by,
					vec![STANDARD],
					bond,
					commit_by,
					reveal_by,
				);
				let r = self.tender.call_as::<TenderId>(&who(by), budget, "post", args);
				format!(
					"post by {by} type {wanted} q {quantity} {paid_on:?} budget {budget} bond {bond} \
					 until {commit_by}/{reveal_by}/{delivery_by}: {}",
					show(&r)
				)
			},
			Step::Commit { by, tender, price, salt, cert, short } => {
				let account = who(by);
				let c = commitment(&self.tender.address, tender, &account, price, salt);
				let bond = self.terms(tender).map_or(ed(), |t| t.bond);
				let value = if short { bond - 1 } else { bond };
				let certification = self.certs[cert].0;
				let r = self.tender.call_as::<BidIndex>(
					&account,
					value,
					"commit",
					(tender, c, vec![certification]),
				);
				if r.is_ok() {
					let org = org_of(&account).expect("a member committed");
					self.secrets.insert((tender, org), (price, salt));
				}
				format!("commit {tender} by {by} at {price} cert {certification}: {}", show(&r))
			},
			Step::Reveal { by, tender, goods, honest } => {
				let account = who(by);
				let org = org_of(&account);
				let (price, salt) =
					org.and_then(|o| self.secrets.get(&(tender, o)).copied()).unwrap_or((ed(), 0));
				let salt = if honest { salt } else { salt.wrapping_add(1) };
				let part = self.goods[goods];
				let r = self
					.tender
					.call(&account, 0, "reveal", (tender, price, [salt; 32], Goods::Part(part)))
					.map(|_| ());
				format!("reveal {tender} by {by} at {price} part {part}: {}", show(&r))
			},
			Step::Award(by, tender) => {
				let r = self.tender.call_as::<Option<OrderId>>(&who(by), 0, "award", tender);
				format!("award {tender} by {by}: {}", show(&r))
			},
			Step::Cancel(by, tender) => {
				let r = self.tender.call(&who(by), 0, "cancel", tender).map(|_| ());
				format!("cancel {tender} by {by}: {}", show(&r))
			},
			Step::SettleBond(by, tender) => {
				let r = self.tender.call(&who(by), 0, "settle_bond", tender).map(|_| ());
				format!("settle_bond {tender} by {by}: {}", show(&r))
			},
			Step::NoteUnanswered(by, tender) => {
				let r = self.tender.call_as::<BlockNumber>(&who(by), 0, "note_unanswered", tender);
				// The real chain extension answers every read the award makes.
				assert!(r.is_err(), "the real chain answered nothing for tender {tender}: {r:?}");
				format!("note_unanswered {tender} by {by}: {}", show(&r))
			},
			Step::Withdraw(by) => {
				let account = who(by);
				let balance = Balances::balance(&account);
				let r = self.tender.call_as::<Balance>(&account, 0, "withdraw", ());
				if let Ok(amount) = r {
					let emptied: Vec<ParticipantId> = credits
						.iter()
						.filter(|(org, before)| self.credit(**org) != **before)
						.map(|(org, _)| *org)
						.collect();
					assert_eq!(emptied.len(), 1, "one organisation's credit is withdrawn");
					assert_eq!(credits[&emptied[0]], amount, "all of it");
					assert_eq!(self.credit(emptied[0]), 0, "all of it");
					assert!(Balances::balance(&account) >= balance + amount, "the caller got it");
				}
				format!("withdraw by {by}: {}", show(&r))
			},
			Step::RegisterAccount(by) => {
				let r = self.tender.call_as::<ParticipantId>(&who(by), 0, "register_account", ());
				format!("register_account by {by}: {}", show(&r))
			},
			Step::Escrow(by, tender, message) => {
				// The tender's order (a tender never awarded: whichever order has its number).
				let order = self.orders.get(&tender).copied().unwrap_or(tender);
				let r = self.escrow.call(&who(by), 0, message, order).map(|_| ());
				format!("escrow {message} {order} (tender {tender}) by {by}: {}", show(&r))
			},
			Step::HandOver(goods, handover, to) => {
				let part = self.goods[goods];
				let item = Item::Part(part);
				match self.holder(part, handover) {
					Some(from) if from != to => {
						let offered = Parts::offer(signed(&admin_of(from)), item, handover, to);
						let accepted = offered.and_then(|()| {
							Parts::accept_offer(signed(&admin_of(to)), item, handover, None)
						});
						if accepted.is_err() {
							let _ = Parts::cancel_offer(signed(&admin_of(from)), item, handover);
						}
						format!(
							"hand {handover:?} of part {part} from {from} to {to}: {}",
							outcome(accepted)
						)
					},
					holder => {
						format!("hand {handover:?} of part {part} to {to}: held by {holder:?}")
					},
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
			Step::Certification(i, suspend) => {
				let id = self.certs[i].0;
				let auditor = self.who[AUDITOR].clone();
				let r = if suspend {
					Certifications::suspend_certification(signed(&auditor), id, H256::zero())
				} else {
					Certifications::reinstate_certification(signed(&auditor), id)
				};
				format!("certification {id} suspended {suspend}: {}", outcome(r))
			},
			Step::Produce(org) => {
				let (part_type, cert) = match org {
					ACME_ORG => (ACME_TYPE, self.certs[2].0),
					_ => (BOREALIS_TYPE, self.certs[3].0),
				};
				let serial = format!("PRD-{}-{}", org, self.log.len()).into_bytes();
				let r = Parts::register_part(
					signed(&admin_of(org)),
					part_type,
					serial,
					Some(cert),
					None,
					None,
				)
				.map(|_| ())
				.map_err(|e| e.error);
				format!("{org} produces under certification {cert}: {}", outcome(r))
			},
			Step::Rotate(org) => {
				let (_, a, b) = *KEYS.iter().find(|(o, _, _)| *o == org).expect("a rotating org");
				let old = admin_of(org);
				let new = if old == who(a) { who(b) } else { who(a) };
				let r = Certifications::change_admin(signed(&old), new.clone()).and_then(|()| {
					Certifications::accept_admin(signed(&new), org).map(|_| ()).map_err(|e| e.error)
				});
				format!("rotate {org}'s admin to {new:?}: {}", outcome(r))
			},
		};
		self.log.push(line);
		for (id, info) in before.iter().enumerate() {
			let id = id as TenderId;
			self.check_ending(id, info, &credits, escrow_owed);
			if let Some(Status::Awarded { order, .. }) = self.info(id).map(|i| i.status) {
				self.orders.insert(id, order);
			}
		}
	}

	/// Every deadline passed: anyone awards (or closes) every tender, ends every escrow
	/// order by its default and settles every bond; each organisation still suspended takes
	/// its credit out through its account of record; then everyone is reinstated and each
	/// admin withdraws. The tender holds nothing.
	fn drain(&mut self) {
		let last = self.tenders().iter().map(|(t, _)| t.delivery_by).max().unwrap_or(0);
		self.now = self.now.max(last) + 1;
		set_block(self.now);
		let stranger = self.stranger().clone();
		for id in 0..self.tender_count() {
			let credits = self.credits();
			let escrow_owed = self.escrow_owed();
			let before = self.info(id).expect("exists");
			if before.status == Status::Bidding {
				let r = self.tender.call_as::<Option<OrderId>>(&stranger, 0, "award", id);
				self.log.push(format!("drain: award {id}: {}", show(&r)));
				assert!(r.is_ok(), "tender {id} ends after its delivery block: {r:?}");
				self.check_ending(id, &before, &credits, escrow_owed);
			}
			let info = self.info(id).expect("exists");
			assert_ne!(info.status, Status::Bidding, "tender {id} ended");
			if let Status::Awarded { order, .. } = info.status {
				let message = match self.order_state(order) {
					Some(EscrowState::Proposed) => Some("refund"),
					Some(EscrowState::Open | EscrowState::Disputed) => Some("settle"),
					_ => None,
				};
				if let Some(message) = message {
					let r = self.escrow.call(&stranger, 0, message, order).map(|_| ());
					self.log.push(format!("drain: escrow {message} {order}: {}", show(&r)));
					assert_eq!(r, Ok(()), "escrow order {order} ends by its default");
				}
				let credits = self.credits();
				let r = self.tender.call(&stranger, 0, "settle_bond", id).map(|_| ());
				self.log.push(format!("drain: settle_bond {id}: {}", show(&r)));
				assert_eq!(r, Ok(()), "tender {id}'s bond is settled once its order ended");
				self.check_ending(id, &info, &credits, self.escrow_owed());
			}
			self.check();
		}
		for org in ORGS {
			let credit = self.credit(org);
			if <Certifications as ParticipantRegistry<AccountId>>::is_active(org) || credit == 0 {
				continue;
			}
			let record: Option<AccountId> = self.tender.query(&stranger, "account_of_record", org);
			let account = record.expect("a credited organisation acted through an account");
			let withdrawn = self.tender.call_as::<Balance>(&account, 0, "withdraw", ());
			self.log.push(format!("drain: suspended {org} withdraws: {}", show(&withdrawn)));
			assert_eq!(
				withdrawn,
				Ok(credit),
				"suspended {org} exits through its account of record"
			);
		}
		for org in ORGS {
			let _ = Certifications::reinstate_participant(RuntimeOrigin::root(), org);
		}
		for org in ORGS {
			let withdrawn = self.tender.call_as::<Balance>(&admin_of(org), 0, "withdraw", ());
			self.log.push(format!("drain: withdraw for {org}: {}", show(&withdrawn)));
		}
		self.check();
		assert_eq!(self.owed(), 0, "everything was paid out");
		assert_eq!(spendable(&self.tender.address), 0, "the tender holds nothing");
		// Every pallet's own invariants hold after what the contracts and the chain did.
		{
			use frame_support::traits::{TryState, TryStateSelect};
			amchain_runtime::AllPalletsWithSystem::try_state(self.now, TryStateSelect::All)
				.expect("every pallet's try_state holds");
		}
	}
}

/// The messages whose success the runs must reach, or the harness tests little.
const REACHED: [&str; 8] =
	["post", "commit", "reveal", "award", "cancel", "settle_bond", "withdraw", "register_account"];

/// Refusals the runs must reach: the attacks each stops, and the real chain answering.
const REFUSALS: [&str; 8] = [
	"commit NotHolder",
	"commit CapacityShort",
	"commit WrongBond",
	"reveal WrongReveal",
	"reveal GoodsNotHeld",
	"cancel NotBuyer",
	"post BondTooSmall",
	"note_unanswered ChainAnswers",
];

const STEPS: usize = 60;

/// Sequences `scripts/test.sh` runs (about 2.4 s each here: 50 took 121 s); scripts/fuzz.sh
/// runs more.
const RUNS: u64 = 50;

fn run(tender: &Bundle, escrow: &Bundle, seed: u64) -> Result<Vec<String>, (Vec<Step>, String)> {
	genesis(|| {
		let mut rng = Rng(seed);
		let mut w = World::new(tender, escrow);
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

fn replay(
	tender: &Bundle,
	escrow: &Bundle,
	steps: &[Step],
) -> Result<Vec<String>, (Vec<String>, String)> {
	genesis(|| {
		let mut w = World::new(tender, escrow);
		let mut done = 0;
		let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			for step in steps {
				w.apply(step);
				w.check();
				done += 1;
			}
			w.drain();
		}));
		match outcome {
			Ok(()) => Ok(w.log),
			Err(e) => {
				let mut log = w.log;
				log.push(match steps.get(done) {
					Some(step) => format!("FAILED in or after step {done}: {step:?}"),
					None => "FAILED in the drain".into(),
				});
				Err((log, panic_message(e)))
			},
		}
	})
}

#[test]
fn tender_on_the_real_pallet_contracts_keeps_its_books_and_locks_nothing() {
	let tender = Bundle::load("tender");
	let escrow = Bundle::load("escrow");
	let mut succeeded = BTreeMap::<&str, u32>::new();
	let mut refused = BTreeMap::<String, u32>::new();
	let (mut exits, mut awarded, mut settled) = (0, 0, 0);
	let seeds = seeds(RUNS);
	for &seed in &seeds {
		let log = match run(&tender, &escrow, seed) {
			Ok(log) => log,
			Err((steps, failure)) => {
				let hook = std::panic::take_hook();
				std::panic::set_hook(Box::new(|_| {}));
				let shrunk = shrink(steps, |fewer| replay(&tender, &escrow, fewer).is_err());
				std::panic::set_hook(hook);
				let (log, shrunk_failure) =
					replay(&tender, &escrow, &shrunk).expect_err("still fails");
				panic!(
					"tender seed {seed} failed: {failure}\nshrunk to {} steps \
					 ({shrunk_failure}):\n  {}\nsteps: {shrunk:?}\nreplay the whole run with \
					 AMCHAIN_CONTRACT_SEED={seed}",
					shrunk.len(),
					log.join("\n  ")
				);
			},
		};
		if std::env::var_os("AMCHAIN_CONTRACT_LOG").is_some() {
			eprintln!("seed {seed}:\n  {}", log.join("\n  "));
		}
		for line in &log {
			if line.starts_with("drain: suspended") && line.contains(": Ok(") {
				exits += 1;
			}
			let line = line.trim_start_matches("drain: ");
			if line.starts_with("award") && line.contains(": Ok(Some(") {
				awarded += 1;
			}
			if line.starts_with("settle_bond") && line.contains(": Ok(") {
				settled += 1;
			}
			let message = line.split(' ').next().unwrap_or_default();
			if let Some(name) =
				REACHED.iter().chain(["note_unanswered"].iter()).find(|m| **m == message)
			{
				if line.contains(": Ok(") {
					*succeeded.entry(name).or_default() += 1;
				} else if let Some((_, e)) = line.rsplit_once(": Err(") {
					let e = e.trim_end_matches(')');
					*refused.entry(format!("{name} {e}")).or_default() += 1;
				}
			}
		}
	}
	eprintln!(
		"tender: {} sequences of {STEPS} steps; successful calls: {succeeded:?}; awarded into \
		 escrow {awarded}, bonds settled {settled}",
		seeds.len()
	);
	eprintln!("tender: refusals: {refused:?}");
	eprintln!("tender: suspended organisations' exits through their account of record: {exits}");
	if seeds.len() > 1 {
		for message in REACHED {
			assert!(succeeded.contains_key(message), "no sequence reached a successful {message}");
		}
		for refusal in REFUSALS {
			assert!(refused.contains_key(refusal), "no sequence reached {refusal}");
		}
		assert!(awarded > 0 && settled > 0, "no tender was awarded into escrow and settled");
	}
}
