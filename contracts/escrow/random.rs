//! Random call sequences from every party, off chain: every message from every account
//! (buyer, seller, a second admin of each, arbiter, oracle, a stranger, a carrier), with
//! hand-overs of the goods, a part installed in and removed from an assembly, blocks
//! passing deadlines and dispute periods, organisations suspended and reinstated, keys
//! moved away and accounts of record registered. After every step the contract's balance
//! equals `owed()`, `owed()` equals what unfinished orders hold plus every credit, no
//! goods are in two accepted, unfinished orders of one kind (custody, ownership) or of
//! one seller, a delivered order is never refunded, and every refunded order (only a
//! refunded one) has its refund cause latched. At the end, every deadline and
//! dispute period past, anyone settles or refunds every order; each organisation still
//! suspended withdraws its credit through its account of record (nobody reinstates it
//! first); then with everyone back each party withdraws and the contract holds nothing:
//! nothing is locked.
//!
//! A failure prints the seed and the steps; `ESCROW_RANDOM_SEED=<seed>` replays one
//! sequence, `ESCROW_RANDOM_RUNS=<n>` runs more (the default is 300 sequences of 60 steps).

use crate::escrow::*;
use amchain_ink::{
	role,
	testing::{balance, call_as, pay_as, set_up_accounts, MockChain, ED},
	AccountId, Amchain, AmchainEnvironment as E, Balance, BlockNumber, Handover, Item,
	ParticipantId,
};
use ink::env::test;

const BUYER_ORG: ParticipantId = 1;
const SELLER_ORG: ParticipantId = 2;
const CARRIER_ORG: ParticipantId = 3;
const ARBITER_ORG: ParticipantId = 4;
const ORACLE_ORG: ParticipantId = 5;
const ELSEWHERE: ParticipantId = 9;
const FUNDS: Balance = 1_000_000_000 * ED;
const ORGS: [ParticipantId; 6] =
	[BUYER_ORG, SELLER_ORG, CARRIER_ORG, ARBITER_ORG, ORACLE_ORG, ELSEWHERE];
/// Part 8 is installed in and removed from assembly 9 as the steps go.
const GOODS: [Goods; 4] = [Goods::Part(7), Goods::Part(8), Goods::Part(9), Goods::Lot(3)];

/// xorshift64*: small, seedable, good enough to pick calls.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 ^= self.0 >> 12;
		self.0 ^= self.0 << 25;
		self.0 ^= self.0 >> 27;
		self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
	}

	fn below(&mut self, n: u64) -> u64 {
		self.next() % n
	}

	fn pick<T: Copy>(&mut self, items: &[T]) -> T {
		items[self.below(items.len() as u64) as usize]
	}
}

struct World {
	escrow: Escrow,
	chain: MockChain,
	contract: AccountId,
	/// Every account that may call: buyer, buyer2, seller, seller2, arbiter, oracle,
	/// stranger, carrier.
	who: [AccountId; 8],
	/// The organisation each account belongs to when everyone is home (0: none).
	home: [ParticipantId; 8],
	/// The current block.
	now: BlockNumber,
	log: Vec<String>,
}

fn world() -> World {
	let a = test::default_accounts::<E>();
	let chain = MockChain::install();
	let who = [
		a.alice,
		AccountId::from([0xB1; 32]),
		a.bob,
		AccountId::from([0x52; 32]),
		a.charlie,
		a.django,
		a.eve,
		a.frank,
	];
	let home =
		[BUYER_ORG, BUYER_ORG, SELLER_ORG, SELLER_ORG, ARBITER_ORG, ORACLE_ORG, 0, CARRIER_ORG];
	let contract = AccountId::from([0xC0; 32]);
	set_up_accounts(contract, &who, FUNDS);
	let w = World { escrow: Escrow::new(), chain, contract, who, home, now: 0, log: Vec::new() };
	w.everyone_home();
	w.chain.part(7, MockChain::new_part(SELLER_ORG));
	w.chain.part(8, MockChain::new_part(SELLER_ORG));
	w.chain.part(9, MockChain::new_part(SELLER_ORG));
	w.chain.lot(3, MockChain::new_lot(SELLER_ORG));
	w
}

impl World {
	fn everyone_home(&self) {
		for (account, org) in self.who.iter().zip(self.home) {
			if org != 0 {
				self.chain.member(*account, org, role::CUSTOMER | role::SUPPLIER);
			}
		}
	}

	/// What every unfinished order holds plus every credit.
	fn accounted(&self) -> Balance {
		let mut total: Balance = ORGS.iter().map(|org| self.escrow.credit(*org)).sum();
		for id in 0..self.escrow.order_count() {
			let o = self.escrow.order(id).expect("every counted order exists");
			if matches!(o.state, State::Proposed | State::Open | State::Disputed) {
				total += o.amount - o.released - o.refunded;
			} else {
				assert_eq!(o.amount, o.released + o.refunded, "a closed order holds nothing");
			}
			// The honest side's terms: a seller who delivered is never refunded away, a
			// seller who never accepted is paid nothing, a released order refunds nothing.
			if o.delivered_at.is_some() {
				assert_ne!(o.state, State::Refunded, "order {id} delivered, then refunded");
			}
			match o.state {
				State::Cancelled | State::Proposed => assert_eq!(o.released, 0),
				State::Released => assert_eq!(o.refunded, 0),
				_ => {},
			}
		}
		total
	}

	fn check(&self) {
		assert_eq!(balance(self.contract), self.escrow.owed(), "balance equals owed");
		assert_eq!(self.escrow.owed(), self.accounted(), "owed is what orders hold plus credits");
		for goods in GOODS {
			let bound: Vec<Order> = (0..self.escrow.order_count())
				.filter_map(|id| self.escrow.order(id))
				.filter(|o| o.goods == goods && matches!(o.state, State::Open | State::Disputed))
				.collect();
			// One order per goods and kind (one hand-over pays one order), two only from
			// two sellers (an owner's title, a custodian's custody).
			for paid_on in [PaidOn::Custody, PaidOn::Ownership] {
				let n = bound.iter().filter(|o| o.paid_on == paid_on).count();
				assert!(n <= 1, "{goods:?} is in {n} accepted {paid_on:?} orders");
			}
			if let [a, b] = &bound[..] {
				assert_ne!(a.seller_org, b.seller_org, "{goods:?} sold twice by one seller");
			}
			assert!(bound.len() <= 2, "{goods:?} is in {} accepted orders", bound.len());
		}
		// Every refunded order, and only a refunded one, says why (second red team, T-1).
		for id in 0..self.escrow.order_count() {
			let refunded = self.escrow.order_state(id) == Some(State::Refunded);
			let cause = self.escrow.refund_cause(id);
			assert_eq!(cause.is_some(), refunded, "order {id}'s refund cause {cause:?}");
		}
	}

	/// The part's parent, as the chain reports it.
	fn parent(&self, part: u64) -> Option<u64> {
		let extension = <Amchain as ink::ChainExtensionInstance>::instantiate();
		extension.part(part).expect("registered").installed_in
	}

	/// Mostly the latest orders, sometimes one that does not exist.
	fn order_id(&self, rng: &mut Rng) -> OrderId {
		let count = self.escrow.order_count();
		match rng.below(8) {
			0 => rng.below(count + 1),
			_ if count > 0 => count - 1 - rng.below(count.min(3)),
			_ => 0,
		}
	}

	/// Mostly one of the accounts that may send the message (by index into `who`), else
	/// anyone.
	fn party(&self, rng: &mut Rng, likely: &[usize]) -> AccountId {
		match rng.below(4) {
			0 => rng.pick(&self.who),
			_ => self.who[rng.pick(likely)],
		}
	}

	fn step(&mut self, rng: &mut Rng) {
		let id = self.order_id(rng);
		let amount = ED * (1 + rng.below(20)) as Balance;
		let (buyers, sellers, parties) = (&[0, 1][..], &[2, 3][..], &[0, 1, 2, 3][..]);
		// How often each step comes (membership changes rarely; `0` opens, `17` hands
		// goods over, `19` advances blocks, `20` suspends or reinstates, `21` moves a key,
		// `22` registers an account of record, `23` installs or removes a part).
		const WEIGHTED: [u64; 46] = [
			0, 0, 0, 2, 2, 2, 2, 3, 4, 4, 4, 4, 4, 5, 6, 6, 7, 7, 8, 9, 10, 11, 11, 12, 13, 13, 14,
			14, 14, 15, 15, 15, 15, 16, 16, 17, 17, 17, 17, 19, 19, 20, 21, 22, 23, 23,
		];
		let action = rng.pick(&WEIGHTED);
		let caller = match action {
			2 => self.party(rng, sellers),
			3 | 6 | 7 => self.party(rng, buyers),
			8 => self.party(rng, &[5]),
			13 => self.party(rng, &[4]),
			11 | 12 | 14 | 15 | 16 => self.party(rng, parties),
			_ => rng.pick(&self.who),
		};
		let result = match action {
			0 | 1 => {
				let goods = rng.pick(&GOODS);
				let paid_on = rng.pick(&[PaidOn::Custody, PaidOn::Ownership]);
				let arbiter =
					rng.pick(&[None, Some(self.who[4]), Some(self.who[4]), Some(self.who[0])]);
				let oracle = rng.pick(&[None, Some(self.who[5])]);
				let deadline = match rng.below(20) {
					// Beyond the longest term: refused.
					0 => self.now + MAX_ORDER_TERM + 1,
					_ => self.now + 1 + rng.below(120) as BlockNumber,
				};
				let milestones = match rng.below(3) {
					0 => vec![amount, ED],
					_ => vec![],
				};
				let value = amount + if milestones.is_empty() { 0 } else { ED };
				let buyer = rng.pick(&[self.who[0], self.who[0], self.who[1], caller]);
				let (before_contract, before_buyer) = (balance(self.contract), balance(buyer));
				pay_as(buyer, value);
				let seller = rng.pick(&[self.who[2], self.who[2], self.who[3], self.who[7]]);
				let r =
					self.escrow.open(seller, goods, paid_on, deadline, arbiter, oracle, milestones);
				test::set_value_transferred::<E>(0);
				if r.is_err() {
					// On chain a failed call's payment is reverted; the off-chain engine
					// keeps it, so the test gives it back.
					test::set_account_balance::<E>(self.contract, before_contract);
					test::set_account_balance::<E>(buyer, before_buyer);
				}
				format!("open {goods:?} {paid_on:?} by {buyer:?}: {r:?}")
			},
			2 => {
				call_as(caller);
				format!("accept {id}: {:?}", self.escrow.accept(id))
			},
			3 => {
				call_as(caller);
				format!("cancel {id}: {:?}", self.escrow.cancel(id))
			},
			4 => {
				call_as(caller);
				format!("release {id}: {:?}", self.escrow.release(id))
			},
			5 => {
				call_as(caller);
				format!("record_delivery {id}: {:?}", self.escrow.record_delivery(id))
			},
			6 => {
				call_as(caller);
				format!("confirm {id}: {:?}", self.escrow.confirm(id))
			},
			7 => {
				call_as(caller);
				format!("complete_milestone {id}: {:?}", self.escrow.complete_milestone(id))
			},
			8 => {
				call_as(caller);
				format!("report_breach {id}: {:?}", self.escrow.report_breach(id))
			},
			9 => {
				call_as(caller);
				format!("refund {id}: {:?}", self.escrow.refund(id))
			},
			10 => {
				call_as(caller);
				format!("settle {id}: {:?}", self.escrow.settle(id))
			},
			11 => {
				call_as(caller);
				format!("dispute {id}: {:?}", self.escrow.dispute(id))
			},
			12 => {
				call_as(caller);
				format!("withdraw_dispute {id}: {:?}", self.escrow.withdraw_dispute(id))
			},
			13 => {
				call_as(caller);
				format!("resolve {id} {amount}: {:?}", self.escrow.resolve(id, amount))
			},
			14 => {
				call_as(caller);
				format!("propose_split {id} {amount}: {:?}", self.escrow.propose_split(id, amount))
			},
			15 => {
				call_as(caller);
				let named = match rng.below(2) {
					0 => self
						.escrow
						.order(id)
						.and_then(|o| o.proposal)
						.map_or(amount, |p| p.to_seller),
					_ => amount,
				};
				format!("accept_split {id} {named}: {:?}", self.escrow.accept_split(id, named))
			},
			16 => {
				call_as(caller);
				format!("withdraw by {caller:?}: {:?}", self.escrow.withdraw())
			},
			17 | 18 => {
				let goods = rng.pick(&GOODS);
				let handover = rng.pick(&[Handover::Custody, Handover::Ownership]);
				let to = rng.pick(&[BUYER_ORG, BUYER_ORG, SELLER_ORG, CARRIER_ORG]);
				let item = match goods {
					// An installed part moves only with its assembly: hand that over.
					Goods::Part(p) => Item::Part(self.parent(p).unwrap_or(p)),
					Goods::Lot(l) => Item::Lot(l),
				};
				self.chain.hand_over(item, handover, to);
				format!("hand {handover:?} of {item:?} to {to}")
			},
			19 => {
				let by = match rng.below(4) {
					0 => DISPUTE_PERIOD / 2 + 1,
					_ => 1 + rng.below(30) as BlockNumber,
				};
				self.now += by;
				test::set_block_number::<E>(self.now);
				format!("advance {by} blocks")
			},
			20 => {
				let org = rng.pick(&[BUYER_ORG, SELLER_ORG, ARBITER_ORG]);
				let roles = rng.pick(&[0, role::CUSTOMER | role::SUPPLIER, role::CUSTOMER]);
				self.chain.set_roles(org, roles);
				format!("roles of {org}: {roles}")
			},
			22 => {
				call_as(caller);
				format!("register_account by {caller:?}: {:?}", self.escrow.register_account())
			},
			23 => {
				// The owner installs part 8 in assembly 9 (both with the same holders, as
				// pallet-parts requires), or removes it.
				let extension = <Amchain as ink::ChainExtensionInstance>::instantiate;
				let holders = |p| extension().part(p).map(|i| (i.owner, i.custodian));
				if self.parent(8).is_some() {
					self.chain.set_parent(8, None);
					"uninstall 8 from 9".to_string()
				} else if holders(8) == holders(9) {
					self.chain.set_parent(8, Some(9));
					"install 8 in 9".to_string()
				} else {
					"install 8 in 9: refused, other holders".to_string()
				}
			},
			_ => {
				// A key leaves its organisation, the arbiter or oracle joins a party's, or
				// one comes home.
				let i = self.below_who(rng);
				let to = rng.pick(&[ELSEWHERE, BUYER_ORG, SELLER_ORG, self.home[i], self.home[i]]);
				if to != 0 {
					self.chain.member(self.who[i], to, role::CUSTOMER | role::SUPPLIER);
				}
				format!("account {i} now of {to}")
			},
		};
		self.log.push(result);
	}

	fn below_who(&self, rng: &mut Rng) -> usize {
		rng.below(self.who.len() as u64) as usize
	}

	/// Every deadline and dispute period past: anyone ends every order; each organisation
	/// still suspended takes its credit out through its account of record (RT-6: nobody
	/// reinstates it); then everyone back, each organisation withdraws, and the contract
	/// holds nothing.
	fn drain(&mut self) {
		self.now += 100 + 2 * DISPUTE_PERIOD;
		test::set_block_number::<E>(self.now);
		call_as(self.who[6]);
		for id in 0..self.escrow.order_count() {
			let state = self.escrow.order(id).expect("exists").state;
			let ended = match state {
				State::Proposed => self.escrow.refund(id),
				State::Open => {
					while self.escrow.record_delivery(id) == Ok(false)
						&& self.escrow.is_delivered(id) == Err(Error::HistoryUnread)
					{}
					self.escrow.settle(id)
				},
				_ => Ok(()),
			};
			assert_eq!(ended, Ok(()), "order {id} ({state:?}) ends by its default");
		}
		let extension = <Amchain as ink::ChainExtensionInstance>::instantiate;
		for org in ORGS {
			let credit = self.escrow.credit(org);
			if extension().roles(org) != Ok(0) || credit == 0 {
				continue;
			}
			let account = self.escrow.account_of_record(org).expect("a credited org acted");
			// Its person leaves any active organisation it joined meanwhile (as its own
			// exit needs: else it withdraws for that one).
			if extension().membership(account).is_ok() {
				self.chain.remove_member(account);
				self.log.push(format!("drain: {account:?} leaves its active organisation"));
			}
			call_as(account);
			let withdrawn = self.escrow.withdraw();
			self.log.push(format!("drain: suspended {org} withdraws: {withdrawn:?}"));
			assert_eq!(
				withdrawn,
				Ok(credit),
				"suspended {org} exits through its account of record"
			);
		}
		self.everyone_home();
		for org in [BUYER_ORG, SELLER_ORG, ARBITER_ORG] {
			self.chain.set_roles(org, role::CUSTOMER | role::SUPPLIER);
		}
		// Each organisation credited (also one a key had moved to) collects through an
		// admin account it has now.
		let collector = self.who[6];
		for org in ORGS {
			self.chain.member(collector, org, role::CUSTOMER);
			call_as(collector);
			let withdrawn = self.escrow.withdraw();
			self.log.push(format!("drain: withdraw for {org}: {withdrawn:?}"));
		}
		for id in 0..self.escrow.order_count() {
			self.log.push(format!("drain: order {id}: {:?}", self.escrow.order(id)));
		}
		self.check();
		assert_eq!(self.escrow.owed(), 0, "everything was paid out");
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

fn run(seed: u64, steps: usize) -> Vec<String> {
	let mut rng = Rng(seed.max(1));
	let mut w = world();
	let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
		for _ in 0..steps {
			w.step(&mut rng);
			w.check();
		}
		w.drain();
	}));
	if let Err(e) = outcome {
		eprintln!("seed {seed} failed after:\n  {}", w.log.join("\n  "));
		std::panic::resume_unwind(e);
	}
	w.log
}

#[test]
fn random_sequences_keep_the_books_and_lock_nothing() {
	let runs: u64 =
		std::env::var("ESCROW_RANDOM_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(300);
	if let Some(seed) = std::env::var("ESCROW_RANDOM_SEED").ok().and_then(|s| s.parse().ok()) {
		run(seed, 60);
		return;
	}
	let mut succeeded = std::collections::BTreeMap::<&str, u32>::new();
	let mut errors = std::collections::BTreeMap::<String, u32>::new();
	let mut exits = 0;
	for seed in 1..=runs {
		// Each sequence in a fresh off-chain environment.
		ink::env::test::run_test::<E, _>(|_| {
			for line in run(seed, 60) {
				if line.starts_with("drain: suspended") {
					exits += 1;
				}
				let message = line.split(' ').next().unwrap_or_default();
				if let Some(name) = REACHED.iter().find(|m| **m == message) {
					if line.contains(": Ok(") {
						*succeeded.entry(name).or_default() += 1;
					} else if let Some(e) = line.rsplit(": ").next() {
						*errors.entry(format!("{name} {e}")).or_default() += 1;
					}
				}
			}
			Ok(())
		})
		.expect("the sequence runs");
	}
	eprintln!("{runs} sequences of 60 steps; successful calls: {succeeded:?}");
	eprintln!("suspended organisations' exits through their account of record: {exits}");
	assert!(exits > 0, "no run ended with a suspended organisation owed money");
	if std::env::var("ESCROW_RANDOM_ERRORS").is_ok() {
		eprintln!("{errors:?}");
	}
	for message in REACHED {
		assert!(succeeded.contains_key(message), "no sequence reached a successful {message}");
	}
	for refusal in ["open Err(Installed)", "open Err(DeadlineTooFar)", "accept Err(SellerNotOwner)"]
	{
		assert!(errors.contains_key(refusal), "no sequence reached {refusal}");
	}
}
