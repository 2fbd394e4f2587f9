//! usage_token on the real pallet-contracts (issue 16 item 21): the bundle
//! `scripts/contracts.sh build` makes is instantiated in the runtime itself, on the dev
//! chain's genesis, with amchain's chain extension answering from the real pallet-parts
//! (owners, the ownership history) and pallet-certifications (memberships, devices), and
//! the real existential deposit, storage deposits, reverts and sr25519 verification.
//! contracts/usage_token/tests.rs (`random_sequences_keep_the_books_and_lock_nothing`)
//! runs the same invariants off chain.
//!
//! The assets are two gears Acme Gears (2) registers in pallet-parts; their ownership
//! moves in pallet-parts (`offer`, `accept_offer`) between Acme, Kestrel Wind Power (6)
//! and Phoenix Remanufacturing (4). Borealis Bearings (3) rents as an organisation, a
//! key of no organisation rents privately, Harbour Trade Bank (5) lends against a pledge.
//! Acme and Kestrel each have a metering device, and a second admin key their admin
//! rotates to and back; a key rotated out may join another organisation as a device or
//! leave it; organisations are suspended and reinstated by root. Signed grants for
//! offline devices are signed with the real keys and checked on chain.
//!
//! After every step: the contract's balance (what pallet-contracts lets it spend) equals
//! `owed()`, which is what the uses hold (prepaid rent, deposits, metered charges) plus
//! every credit; each paid use holds exactly its price for the blocks left; a sale moves
//! the right (a free grant of an organisation that no longer owns the asset authorises
//! nobody, a pledge of one is void); what a step ends, collects, gives notice on or
//! withdraws moves exactly what the terms say (the lessor the rent of the blocks used and
//! the metered charges, the renter the rest and its deposit). After the last step, every
//! term and grace past: anyone settles every use, a suspended organisation exits through
//! its account of record, everyone else withdraws: the contract holds nothing.
//!
//! A failure prints the seed and the steps, shrunk to the shortest failing sequence.
//! `AMCHAIN_CONTRACT_SEED=<seed>` replays one sequence, `AMCHAIN_CONTRACT_RUNS=<n>` runs
//! more.

// Runs in scripts/test.sh's runtime step (with try-runtime, so every pallet's try_state is
// checked too), not a second time among the plain unit tests.
#![cfg(feature = "try-runtime")]

#[path = "contracts/chain.rs"]
#[allow(dead_code)]
mod chain;
#[path = "common/mod.rs"]
mod common;

use std::collections::{BTreeMap, BTreeSet};

use amchain_primitives::{
	participants::ParticipantRegistry,
	parts::{Handover, Item},
};
use amchain_runtime::{AccountId, Balances, Certifications, Parts, Runtime, RuntimeOrigin};
use codec::{Decode, Encode};
use frame_support::traits::fungible::Inspect;
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring;

use crate::{
	chain::{
		admin_of, ed, fund, org_of, outcome, panic_message, roles_of, seeds, set_block, shrink,
		signed, spendable, Balance, BlockNumber, Bundle, Contract, ParticipantId,
	},
	common::{genesis, Rng},
};

type AssetId = u64;

// Mirrors of usage_token's types (contracts/usage_token/lib.rs), in its encoding.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Meter {
	device: AccountId,
	unit_price: Balance,
	max_units: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Listing {
	lessor: AccountId,
	lessor_org: ParticipantId,
	from_record: u32,
	price_per_block: Balance,
	max_term: BlockNumber,
	meter: Option<Meter>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Encode, Decode)]
enum Payee {
	Account(AccountId),
	Organisation(ParticipantId),
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Usage {
	user: AccountId,
	payer: Payee,
	expires: BlockNumber,
	lessor: AccountId,
	lessor_org: ParticipantId,
	from_record: u32,
	price_per_block: Balance,
	accrued_from: BlockNumber,
	rent_held: Balance,
	meter: Option<Meter>,
	deposit: Balance,
	metered: Balance,
	reported_at: Option<BlockNumber>,
	notice: Option<BlockNumber>,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Pledge {
	owner: ParticipantId,
	lender: AccountId,
	lender_org: ParticipantId,
	since: BlockNumber,
	from_record: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct SignedGrant {
	asset: AssetId,
	user: AccountId,
	not_before: BlockNumber,
	expires: BlockNumber,
	nonce: u32,
}

/// usage_token's constants (a day of 6-second blocks).
const DAY: BlockNumber = 14_400;
const MAX_TERM: BlockNumber = 365 * DAY;
const NOTICE_PERIOD: BlockNumber = DAY;
const REPORT_GRACE: BlockNumber = DAY / 24;
const MAX_GRANT_VALIDITY: BlockNumber = 7 * DAY;

const ACME: ParticipantId = 2;
const BOREALIS: ParticipantId = 3;
const PHOENIX: ParticipantId = 4;
const HARBOUR: ParticipantId = 5;
const KESTREL: ParticipantId = 6;
const ORGS: [ParticipantId; 5] = [ACME, BOREALIS, PHOENIX, HARBOUR, KESTREL];

/// Indices into `World::who`.
const OWNER: usize = 0;
const OWNER2: usize = 1;
const BUYER: usize = 2;
const BUYER2: usize = 3;
const RENTER: usize = 4;
const PRIVATE: usize = 5;
const LENDER: usize = 6;
const ACME_METER: usize = 7;
const KESTREL_METER: usize = 8;
const USER: usize = 9;
const PHOENIX_ADMIN: usize = 10;
const ANYONE: usize = 11;

/// The dev keys behind `World::who` (sr25519 signers of grants and challenges).
fn keyring(i: usize) -> Option<Sr25519Keyring> {
	use Sr25519Keyring::*;
	Some(match i {
		OWNER => Dave,
		OWNER2 => DaveStash,
		BUYER => BobStash,
		BUYER2 => EveStash,
		RENTER => Eve,
		LENDER => AliceStash,
		USER => One,
		PHOENIX_ADMIN => Ferdie,
		_ => return None,
	})
}

/// Each rotating organisation's two keys.
const KEYS: [(ParticipantId, usize, usize); 2] = [(ACME, OWNER, OWNER2), (KESTREL, BUYER, BUYER2)];

/// The messages that take only an asset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ByAsset {
	Unlist,
	Collect,
	Revoke,
	Settle,
	ReleasePledge,
	RevokeSignedGrants,
	Refresh,
}

impl ByAsset {
	fn message(self) -> &'static str {
		match self {
			ByAsset::Unlist => "unlist",
			ByAsset::Collect => "collect",
			ByAsset::Revoke => "revoke",
			ByAsset::Settle => "settle",
			ByAsset::ReleasePledge => "release_pledge",
			ByAsset::RevokeSignedGrants => "revoke_signed_grants",
			ByAsset::Refresh => "refresh",
		}
	}
}

/// How the terms a renter states differ from the listing's when its call lands: it read
/// them before the lessor relisted. `rent` must refuse them (`TermsChanged`).
#[derive(Clone, Copy, Debug)]
enum Stale {
	/// A price per block lower than the listing's now (the lessor raised it).
	Price,
	/// No meter where the listing has one now (the front-run: a meter added in front of
	/// the renter's call), or a meter the listing no longer has.
	Meter,
	/// The meter at a lower unit price than the listing's now (an unmetered listing: as
	/// `Meter`).
	UnitPrice,
}

/// One step, every argument fixed, so that a sequence replays (and shrinks) without the
/// generator.
#[derive(Clone, Debug)]
enum Step {
	Grant(usize, usize, usize, BlockNumber),
	List {
		by: usize,
		asset: usize,
		price: Balance,
		max_term: BlockNumber,
		/// The meter's device, unit price and most units a report.
		meter: Option<(usize, Balance, u64)>,
	},
	/// Who, asset, term (blocks from now), deposit, a value off by this much, and the
	/// terms it states: the listing's as they are when the call lands, or (`Some`) stale.
	Rent(usize, usize, BlockNumber, Balance, Balance, Option<Stale>),
	/// Who, asset, blocks added to the current expiry, a value off by this much.
	Extend(usize, usize, BlockNumber, Balance),
	TopUp(usize, usize, Balance),
	Report(usize, usize, u64),
	ByAsset(usize, ByAsset, usize),
	/// Who withdraws for whom: its own account's credit (`None`) or an organisation's.
	Withdraw(usize, Option<ParticipantId>),
	Pledge(usize, usize, usize),
	CheckSignedGrant {
		signer: usize,
		asset: usize,
		/// Blocks from now (may be negative: started already).
		not_before: i64,
		validity: BlockNumber,
		stale_nonce: bool,
		/// The presenter answers the challenge with the user's key.
		answered: bool,
	},
	RegisterAccount(usize),
	/// Asset, to which organisation (ownership, or custody).
	HandOver(usize, Handover, ParticipantId),
	Advance(BlockNumber),
	Suspend(ParticipantId),
	Reinstate(ParticipantId),
	Rotate(ParticipantId),
	Join(usize, ParticipantId),
	Leave(usize),
}

/// What a step's checks compare: the records and credits before it.
struct Before {
	usage: Option<Usage>,
	credits: BTreeMap<Payee, Balance>,
	caller_balance: Balance,
}

struct World {
	token: Contract,
	who: Vec<AccountId>,
	assets: [AssetId; 2],
	now: BlockNumber,
	log: Vec<String>,
	/// Everyone the contract may owe: the organisations, and the payers of rentals.
	payees: BTreeSet<Payee>,
}

fn account(byte: u8) -> AccountId {
	AccountId::new([byte; 32])
}

fn units(n: u64) -> Balance {
	ed() * Balance::from(n)
}

/// The terms a renter states for `listing`: its own, or (`stale`) ones it read before
/// the lessor relisted; `device` meters a meter the listing does not have.
fn stated(listing: &Listing, stale: Option<Stale>, device: AccountId) -> (Balance, Option<Meter>) {
	let (price, meter) = (listing.price_per_block, listing.meter.clone());
	let other_meter = |m: Option<Meter>| match m {
		Some(_) => None,
		None => Some(Meter { device, unit_price: units(3), max_units: 5 }),
	};
	match stale {
		None => (price, meter),
		Some(Stale::Price) => (price - 1, meter),
		Some(Stale::Meter) => (price, other_meter(meter)),
		Some(Stale::UnitPrice) => match meter {
			Some(m) => (price, Some(Meter { unit_price: m.unit_price - 1, ..m })),
			None => (price, other_meter(None)),
		},
	}
}

fn signature(key: Sr25519Keyring, payload: &[u8]) -> [u8; 64] {
	let signature = key.pair().sign(payload);
	let mut out = [0u8; 64];
	out.copy_from_slice(signature.as_ref());
	out
}

const CHALLENGE: [u8; 32] = [7; 32];

impl World {
	fn new(bundle: &Bundle) -> World {
		use Sr25519Keyring::*;
		let who = vec![
			Dave.to_account_id(),
			DaveStash.to_account_id(),
			BobStash.to_account_id(),
			EveStash.to_account_id(),
			Eve.to_account_id(),
			account(0x77),
			AliceStash.to_account_id(),
			account(0xD2),
			account(0xD6),
			One.to_account_id(),
			Ferdie.to_account_id(),
			account(0x99),
		];
		for account in &who {
			fund(account, 10_000_000 * ed());
		}
		for (meter, org) in [(ACME_METER, ACME), (KESTREL_METER, KESTREL)] {
			Certifications::add_device(signed(&admin_of(org)), who[meter].clone(), roles_of(org))
				.expect("a meter joins its organisation as a device");
		}
		let first = pallet_parts::NextPartId::<Runtime>::get();
		for serial in [&b"UT-0"[..], b"UT-1"] {
			Parts::register_part(signed(&who[OWNER]), 0, serial.to_vec(), Some(0), None, None)
				.expect("Acme registers a part");
		}
		let genesis_hash = frame_system::BlockHash::<Runtime>::get(0);
		let token = bundle.instantiate(&Alice.to_account_id(), "new", genesis_hash);
		set_block(1);
		let payees = ORGS.iter().copied().map(Payee::Organisation).collect();
		World { token, who, assets: [first, first + 1], now: 1, log: Vec::new(), payees }
	}

	fn q<T: Decode>(&self, message: &str, args: impl Encode) -> T {
		self.token.query(&self.who[ANYONE], message, args)
	}

	fn usage(&self, asset: AssetId) -> Option<Usage> {
		self.q("usage", asset)
	}

	fn owed(&self) -> Balance {
		self.q("owed", ())
	}

	fn credit(&self, payee: Payee) -> Balance {
		self.q("credit_of", payee)
	}

	fn credits(&self) -> BTreeMap<Payee, Balance> {
		self.payees.iter().map(|p| (p.clone(), self.credit(p.clone()))).collect()
	}

	fn owner(&self, asset: AssetId) -> ParticipantId {
		pallet_parts::PartRecords::<Runtime>::get(asset).expect("registered").owner
	}

	fn check(&self) {
		let owed = self.owed();
		assert_eq!(spendable(&self.token.address), owed, "the contract's balance equals owed()");
		let mut held: Balance = self.credits().values().sum();
		for asset in self.assets {
			let owner = self.owner(asset);
			if let Some(u) = self.usage(asset) {
				held += u.rent_held + u.deposit + u.metered;
				assert!(u.accrued_from <= u.expires, "{u:?}");
				assert_eq!(
					u.rent_held,
					u.price_per_block * Balance::from(u.expires - u.accrued_from),
					"a use holds its price for the blocks left: {u:?}"
				);
				if u.price_per_block == 0 {
					assert_eq!(
						(u.deposit, u.metered, &u.meter),
						(0, 0, &None),
						"a free grant {u:?}"
					);
				}
				let user: Option<AccountId> = self.q("user_of", asset);
				if u.price_per_block == 0 && u.lessor_org != owner {
					assert_eq!(user, None, "a sale moves the right: {u:?} while {owner} owns it");
				}
				if user.is_some() {
					assert!(self.now < u.expires, "an ended use authorises: {u:?}");
					if let Some(notice) = u.notice {
						assert!(u.expires <= notice + NOTICE_PERIOD, "{u:?}");
					}
				}
				if let Some(notice) = u.notice {
					assert!(u.expires <= notice + NOTICE_PERIOD, "notice ends the term: {u:?}");
				}
			}
			let pledge: Option<Pledge> = self.q("pledge_of", asset);
			if let Some(p) = pledge {
				assert_eq!(p.owner, owner, "a sale voids the pledge: {p:?}");
				assert_ne!(p.lender_org, owner, "the owner lends to itself: {p:?}");
			}
		}
		assert_eq!(owed, held, "owed() is what uses hold plus every credit");
	}

	fn party(&self, rng: &mut Rng, likely: &[usize]) -> usize {
		match rng.below(5) {
			0 => rng.below(self.who.len() as u64) as usize,
			_ => rng.pick(likely),
		}
	}

	/// The accounts of the asset's owner now: its admin three times in four, else the
	/// key rotated out.
	fn owners(&self, asset: usize) -> Vec<usize> {
		let org = self.owner(self.assets[asset]);
		let admin = self.who.iter().position(|w| *w == admin_of(org)).expect("one of ours");
		let other = match org {
			ACME => [OWNER, OWNER2],
			KESTREL => [BUYER, BUYER2],
			_ => [PHOENIX_ADMIN, PHOENIX_ADMIN],
		};
		let other = if other[0] == admin { other[1] } else { other[0] };
		vec![admin, admin, admin, other]
	}

	fn generate(&self, rng: &mut Rng) -> Step {
		let kind = rng.pick(&WEIGHTED);
		let mut asset = rng.below(2) as usize;
		// Mostly an asset listed for rent, if there is one, to rent; one in use, to use.
		let assets = |has: &dyn Fn(AssetId) -> bool| -> Vec<usize> {
			(0..2).filter(|a| has(self.assets[*a])).collect()
		};
		let candidates = match kind {
			2 => assets(&|a| self.q::<Option<Listing>>("listing", a).is_some()),
			3 | 6..=8 => assets(&|a| self.usage(a).is_some()),
			4 | 5 => assets(&|a| self.usage(a).is_some_and(|u| u.meter.is_some())),
			12 => assets(&|a| self.q::<Option<Pledge>>("pledge_of", a).is_some()),
			_ => vec![],
		};
		if !candidates.is_empty() && rng.chance(70) {
			asset = rng.pick(&candidates);
		}
		let owners = self.owners(asset);
		let index = |account: &AccountId| self.who.iter().position(|w| w == account);
		// The use of the asset: its user renews or tops up, its meter reports, its lessor
		// collects (mostly).
		let usage = self.usage(self.assets[asset]);
		let user = usage.as_ref().and_then(|u| index(&u.user)).unwrap_or(RENTER);
		let meter = usage
			.as_ref()
			.and_then(|u| u.meter.as_ref())
			.and_then(|m| index(&m.device))
			.unwrap_or(ACME_METER);
		let lessor =
			usage.as_ref().and_then(|u| index(&admin_of(u.lessor_org))).unwrap_or(owners[0]);
		let renters = [RENTER, PRIVATE, BUYER, OWNER];
		let owner_meter = match self.owner(self.assets[asset]) {
			KESTREL => KESTREL_METER,
			_ => ACME_METER,
		};
		let term = 1 + rng.below(30) as BlockNumber;
		let by_asset = |who, m| Step::ByAsset(who, m, asset);
		match kind {
			0 => Step::Grant(
				self.party(rng, &owners),
				asset,
				rng.pick(&[USER, PRIVATE, RENTER]),
				term,
			),
			1 => Step::List {
				by: self.party(rng, &owners),
				asset,
				price: units(1 + rng.below(2)),
				max_term: if rng.chance(5) {
					MAX_TERM + 1
				} else {
					20 + rng.below(20) as BlockNumber
				},
				meter: rng.chance(70).then(|| {
					(
						rng.pick(&[
							owner_meter,
							owner_meter,
							owner_meter,
							owner_meter,
							KESTREL_METER,
							OWNER,
						]),
						units(rng.pick(&[3, 3, 3, 3, 0])),
						rng.pick(&[5, 5, 5, 5, 0]),
					)
				}),
			},
			2 => Step::Rent(
				self.party(rng, &renters),
				asset,
				term,
				units(rng.pick(&[0, 0, 3, 9])),
				if rng.chance(10) { 1 } else { 0 },
				rng.chance(15).then(|| {
					rng.pick(&[Stale::Price, Stale::Meter, Stale::Meter, Stale::UnitPrice])
				}),
			),
			3 => Step::Extend(
				self.party(rng, &[user, user, RENTER]),
				asset,
				1 + rng.below(10) as BlockNumber,
				if rng.chance(10) { 1 } else { 0 },
			),
			4 => Step::TopUp(
				self.party(rng, &[user, user, RENTER]),
				asset,
				units(rng.pick(&[3, 3, 0])),
			),
			5 => Step::Report(
				self.party(rng, &[meter, meter, ACME_METER, KESTREL_METER]),
				asset,
				rng.pick(&[1, 2, 3, 6]),
			),
			6 => by_asset(self.party(rng, &[lessor, lessor, owners[0]]), ByAsset::Collect),
			7 => by_asset(
				self.party(rng, &[lessor, owners[0], owners[0], owners[3]]),
				ByAsset::Revoke,
			),
			8 => by_asset(rng.below(self.who.len() as u64) as usize, ByAsset::Settle),
			9 => by_asset(self.party(rng, &owners), ByAsset::Unlist),
			10 => {
				let who = self.party(rng, &[OWNER, OWNER2, BUYER, BUYER2, RENTER, PRIVATE, USER]);
				let payee = match rng.below(3) {
					0 => None,
					_ => Some(rng.pick(&[
						ACME,
						KESTREL,
						BOREALIS,
						org_of(&self.who[who]).unwrap_or(ACME),
					])),
				};
				Step::Withdraw(who, payee)
			},
			11 => Step::Pledge(
				self.party(rng, &owners),
				asset,
				rng.pick(&[LENDER, LENDER, OWNER, BUYER]),
			),
			12 => by_asset(self.party(rng, &[LENDER, OWNER, BUYER]), ByAsset::ReleasePledge),
			13 => by_asset(self.party(rng, &owners), ByAsset::RevokeSignedGrants),
			14 => by_asset(rng.below(self.who.len() as u64) as usize, ByAsset::Refresh),
			15 => Step::CheckSignedGrant {
				signer: match self.party(rng, &[owners[0], owners[0], owners[3], BUYER, RENTER]) {
					// Only the dev keys sign.
					i if keyring(i).is_none() => LENDER,
					i => i,
				},
				asset,
				not_before: rng.pick(&[-5, 0, 0, 3]),
				validity: if rng.chance(10) { MAX_GRANT_VALIDITY + 1 } else { 10 },
				stale_nonce: rng.chance(15),
				answered: !rng.chance(10),
			},
			16 => Step::HandOver(
				asset,
				if rng.chance(85) { Handover::Ownership } else { Handover::Custody },
				rng.pick(&[ACME, KESTREL, KESTREL, PHOENIX]),
			),
			17 => Step::Advance(match rng.below(8) {
				0 => REPORT_GRACE + 1,
				1 => NOTICE_PERIOD / 2 + 1,
				_ => 1 + rng.below(10) as BlockNumber,
			}),
			18 => Step::Advance(1 + rng.below(10) as BlockNumber),
			19 => {
				let org = rng.pick(&[ACME, KESTREL, BOREALIS]);
				if rng.chance(25) {
					Step::Suspend(org)
				} else {
					Step::Reinstate(org)
				}
			},
			20 => Step::Rotate(rng.pick(&[ACME, KESTREL])),
			21 => Step::Join(
				rng.pick(&[OWNER, OWNER2, BUYER, BUYER2, ACME_METER, KESTREL_METER]),
				rng.pick(&[ACME, KESTREL, PHOENIX]),
			),
			22 => Step::Leave(rng.pick(&[OWNER, OWNER2, BUYER, BUYER2, ACME_METER, KESTREL_METER])),
			23 => Step::RegisterAccount(rng.below(self.who.len() as u64) as usize),
			_ => Step::Report(meter, asset, 1),
		}
	}

	fn before(&self, asset: Option<usize>, caller: Option<usize>) -> Before {
		Before {
			usage: asset.and_then(|a| self.usage(self.assets[a])),
			credits: self.credits(),
			caller_balance: caller.map_or(0, |c| Balances::balance(&self.who[c])),
		}
	}

	/// Credits that changed since `before`.
	fn credited(&self, before: &Before) -> BTreeMap<Payee, i128> {
		self.credits()
			.into_iter()
			.filter(|(p, c)| before.credits.get(p).copied().unwrap_or(0) != *c)
			.map(|(p, c)| {
				let was = before.credits.get(&p).copied().unwrap_or(0) as i128;
				(p, c as i128 - was)
			})
			.collect()
	}

	/// A use ended now: everything it held went to the lessor (the rent of the blocks used
	/// and the metered charges) and the payer (the rest and the deposit).
	fn check_ended(&self, u: &Usage, before: &Before) {
		let until = self.now.min(u.expires);
		let to_lessor =
			u.price_per_block * Balance::from(until.saturating_sub(u.accrued_from)) + u.metered;
		let to_user = u.rent_held + u.deposit - (to_lessor - u.metered);
		let lessor = Payee::Organisation(u.lessor_org);
		let mut expected = BTreeMap::<Payee, i128>::new();
		*expected.entry(lessor).or_default() += to_lessor as i128;
		*expected.entry(u.payer.clone()).or_default() += to_user as i128;
		expected.retain(|_, v| *v != 0);
		assert_eq!(self.credited(before), expected, "an ended use pays by its terms: {u:?}");
	}

	fn apply(&mut self, step: &Step) {
		let everyone = self.who.clone();
		let who = |i: usize| everyone[i].clone();
		let assets = self.assets;
		let line = match step.clone() {
			Step::Grant(i, asset, user, term) => {
				let b = self.before(Some(asset), None);
				let args = (assets[asset], who(user), self.now + term);
				let r = self.token.call(&who(i), 0, "grant", args).map(|_| ());
				if let (Ok(()), Some(u)) = (&r, &b.usage) {
					self.check_ended(u, &b);
				}
				format!("grant {asset} to {user} for {term} by {i}: {r:?}")
			},
			Step::List { by, asset, price, max_term, meter } => {
				let meter = meter.map(|(device, unit_price, max_units)| Meter {
					device: who(device),
					unit_price,
					max_units,
				});
				let metered = meter.is_some();
				let args = (assets[asset], price, max_term, meter);
				let r = self.token.call(&who(by), 0, "list", args).map(|_| ());
				format!("list {asset} at {price} for {max_term} metered {metered} by {by}: {r:?}")
			},
			Step::Rent(i, asset, term, deposit, off, stale) => {
				let b = self.before(Some(asset), None);
				let listing: Option<Listing> = self.q("listing", assets[asset]);
				// The terms the renter states (and pays by): the listing's as it reads them,
				// or ones it read before the lessor relisted.
				let (price, meter) = match &listing {
					Some(l) => stated(l, stale, who(ACME_METER)),
					None => (units(1), None),
				};
				let rent = listing.as_ref().map_or(ed(), |_| price * Balance::from(term));
				let deposit = if meter.is_some() { deposit } else { 0 };
				let value = rent + deposit + off;
				let args = (assets[asset], self.now + term, price, meter.clone());
				let r = self.token.call(&who(i), value, "rent", args).map(|_| ());
				if let (Some(stale), Some(_)) = (stale, &listing) {
					assert!(
						matches!(
							r.as_ref().map_err(String::as_str),
							Err("TermsChanged" | "ListingStale")
						),
						"rent at stale terms ({stale:?}) was not refused: {r:?}"
					);
				} else {
					let r = r.as_ref().map_err(String::as_str);
					assert_ne!(r, Err("TermsChanged"), "refused the listing's own terms");
				}
				if r.is_ok() {
					let l = listing.expect("rented a listing");
					assert_eq!(self.owner(assets[asset]), l.lessor_org, "rented from a non-owner");
					assert!(
						<Certifications as ParticipantRegistry<AccountId>>::is_active(l.lessor_org),
						"rented from a suspended lessor"
					);
					assert!(term <= l.max_term, "rented beyond the listing's term");
					let u = self.usage(assets[asset]).expect("rented");
					self.payees.insert(u.payer.clone());
					assert_eq!((u.rent_held, u.deposit), (rent, deposit + off), "{u:?}");
					assert_eq!(
						(u.price_per_block, &u.meter),
						(price, &meter),
						"rented at the terms stated"
					);
					if let Some(old) = &b.usage {
						self.check_ended(old, &b);
					}
				}
				let stale = stale.map_or(String::new(), |s| format!(" stale {s:?}"));
				format!("rent {asset} for {term} paying {value} by {i}{stale}: {r:?}")
			},
			Step::Extend(i, asset, more, off) => {
				let usage = self.usage(assets[asset]);
				let (to, price) = usage
					.as_ref()
					.map_or((self.now + more, 0), |u| (u.expires + more, u.price_per_block));
				let value = price * Balance::from(more) + off;
				let r = self.token.call(&who(i), value, "extend", (assets[asset], to)).map(|_| ());
				if r.is_ok() {
					let u = usage.expect("extended");
					let l: Listing =
						self.q::<Option<Listing>>("listing", assets[asset]).expect("listed");
					assert_eq!(self.owner(assets[asset]), u.lessor_org, "extended after a sale");
					assert_eq!(
						(l.lessor_org, l.price_per_block, l.meter),
						(u.lessor_org, u.price_per_block, u.meter)
					);
					assert!(to - self.now <= l.max_term, "extended beyond the listing's term");
				}
				format!("extend {asset} by {more} paying {value} by {i}: {r:?}")
			},
			Step::TopUp(i, asset, amount) => {
				let r = self.token.call(&who(i), amount, "top_up", assets[asset]).map(|_| ());
				format!("top_up {asset} {amount} by {i}: {r:?}")
			},
			Step::Report(i, asset, n) => {
				let before = self.usage(assets[asset]);
				let r = self.token.call(&who(i), 0, "report_usage", (assets[asset], n)).map(|_| ());
				if r.is_ok() {
					let (b, a) =
						(before.expect("reported"), self.usage(assets[asset]).expect("in use"));
					let m = b.meter.expect("metered");
					assert!(n <= m.max_units, "a report beyond the meter's cap");
					assert_eq!(m.device, who(i), "reported by another than the meter");
					assert_eq!(
						org_of(&who(i)),
						Some(b.lessor_org),
						"reported by a device of another than the lessor"
					);
					let charged = m.unit_price * Balance::from(n);
					assert_eq!((a.deposit, a.metered), (b.deposit - charged, b.metered + charged));
				}
				format!("report_usage {asset} {n} by {i}: {r:?}")
			},
			Step::ByAsset(i, message, asset) => {
				let b = self.before(Some(asset), None);
				let r = self.token.call(&who(i), 0, message.message(), assets[asset]);
				if r.is_ok() {
					self.check_by_asset(message, i, asset, &b, r.as_deref().ok());
				}
				// A revoke that leaves the use standing gave a new owner's notice.
				let notice =
					message == ByAsset::Revoke && r.is_ok() && self.usage(assets[asset]).is_some();
				let notice = if notice { " (notice)" } else { "" };
				format!("{} {asset} by {i}: {:?}{notice}", message.message(), r.map(|_| ()))
			},
			Step::Withdraw(i, org) => {
				let payee = org.map_or(Payee::Account(who(i)), Payee::Organisation);
				self.withdraw(i, payee)
			},
			Step::Pledge(i, asset, lender) => {
				let r =
					self.token.call(&who(i), 0, "pledge", (assets[asset], who(lender))).map(|_| ());
				format!("pledge {asset} to {lender} by {i}: {r:?}")
			},
			Step::CheckSignedGrant {
				signer,
				asset,
				not_before,
				validity,
				stale_nonce,
				answered,
			} => {
				let nonce: u32 = self.q("grant_nonce", assets[asset]);
				let not_before = (i64::from(self.now) + not_before).max(0) as BlockNumber;
				let grant = SignedGrant {
					asset: assets[asset],
					user: who(USER),
					not_before,
					expires: not_before + validity,
					nonce: if stale_nonce { nonce.wrapping_sub(1) } else { nonce },
				};
				let payload: Vec<u8> = self.q("grant_payload", &grant);
				let signed_by = keyring(signer).expect("a dev key");
				let answer: Vec<u8> = self.q("challenge_payload", (assets[asset], CHALLENGE));
				let responder = if answered { Sr25519Keyring::One } else { Sr25519Keyring::Two };
				let args = (
					grant,
					who(signer),
					signature(signed_by, &payload),
					CHALLENGE,
					signature(responder, &answer),
				);
				let r = self.token.call(&who(ANYONE), 0, "check_signed_grant", args).map(|_| ());
				if r.is_ok() {
					let owner = self.owner(assets[asset]);
					assert!(answered && !stale_nonce, "a grant checks without its key or nonce");
					assert_eq!(
						org_of(&who(signer)),
						Some(owner),
						"signed by another than the owner"
					);
					assert!(
						pallet_certifications::Members::<Runtime>::get(who(signer))
							.is_some_and(|m| m.device_roles.is_none()),
						"signed by a device"
					);
					assert!(
						<Certifications as ParticipantRegistry<AccountId>>::is_active(owner),
						"signed by a suspended owner"
					);
					assert!(validity <= MAX_GRANT_VALIDITY && not_before <= self.now);
					let running = self
						.usage(assets[asset])
						.is_some_and(|u| u.price_per_block != 0 && self.now < u.expires);
					assert!(!running, "a signed grant checks while a paid rental runs");
				}
				format!("check_signed_grant {asset} by {signer} (stale {stale_nonce}, answered {answered}): {r:?}")
			},
			Step::RegisterAccount(i) => {
				let r = self.token.call_as::<ParticipantId>(&who(i), 0, "register_account", ());
				format!("register_account by {i}: {r:?}")
			},
			Step::HandOver(asset, handover, to) => {
				let item = Item::Part(assets[asset]);
				let record =
					pallet_parts::PartRecords::<Runtime>::get(assets[asset]).expect("registered");
				let from = match handover {
					Handover::Ownership => record.owner,
					Handover::Custody => record.custodian,
				};
				if from == to {
					format!("hand {handover:?} of {asset} to {to}: held already")
				} else {
					let offered = Parts::offer(signed(&admin_of(from)), item, handover, to);
					let accepted = offered.and_then(|()| {
						Parts::accept_offer(signed(&admin_of(to)), item, handover, None)
					});
					if accepted.is_err() {
						let _ = Parts::cancel_offer(signed(&admin_of(from)), item, handover);
					}
					format!(
						"hand {handover:?} of {asset} from {from} to {to}: {}",
						outcome(accepted)
					)
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
		};
		self.log.push(line);
	}

	/// What a successful message that takes only an asset moved.
	fn check_by_asset(
		&self,
		message: ByAsset,
		i: usize,
		asset: usize,
		b: &Before,
		answer: Option<&[u8]>,
	) {
		let id = self.assets[asset];
		let caller_org = org_of(&self.who[i]);
		match message {
			ByAsset::Settle => {
				let u = b.usage.as_ref().expect("settled a use");
				let grace = if u.meter.is_some() { REPORT_GRACE } else { 0 };
				assert!(self.now >= u.expires + grace, "settled before its term and grace: {u:?}");
				self.check_ended(u, b);
			},
			ByAsset::Revoke => {
				let u = b.usage.as_ref().expect("revoked a use");
				match self.usage(id) {
					None => {
						// The lessor ends its own use; a new owner ends a free grant.
						assert!(
							caller_org == Some(u.lessor_org)
								|| (u.price_per_block == 0 && caller_org == Some(self.owner(id))),
							"revoked by another than the lessor: {u:?}"
						);
						self.check_ended(u, b);
					},
					Some(after) => {
						// A new owner's notice on a paid rental of the seller.
						assert_eq!(
							caller_org,
							Some(self.owner(id)),
							"notice by another than the owner"
						);
						assert_ne!(u.lessor_org, self.owner(id), "notice to the lessor itself");
						assert!(u.notice.is_none() && after.notice == Some(self.now));
						assert_eq!(after.expires, u.expires.min(self.now + NOTICE_PERIOD));
						let refunded = u.price_per_block * Balance::from(u.expires - after.expires);
						let mut expected = BTreeMap::new();
						if refunded != 0 {
							expected.insert(u.payer.clone(), refunded as i128);
						}
						assert_eq!(self.credited(b), expected, "notice refunds the blocks cut");
					},
				}
			},
			ByAsset::Collect => {
				let u = b.usage.as_ref().expect("collected a use");
				assert_eq!(caller_org, Some(u.lessor_org), "collected by another than the lessor");
				let until = self.now.min(u.expires);
				let amount = u.price_per_block
					* Balance::from(until.saturating_sub(u.accrued_from))
					+ u.metered;
				let answered: Balance = chain::decode(answer.expect("an amount"));
				assert_eq!(answered, amount, "collect pays the rent earned and the charges: {u:?}");
				let mut expected = BTreeMap::new();
				if amount != 0 {
					expected.insert(Payee::Organisation(u.lessor_org), amount as i128);
				}
				assert_eq!(self.credited(b), expected, "collect credits the lessor: {u:?}");
			},
			ByAsset::ReleasePledge
			| ByAsset::Unlist
			| ByAsset::RevokeSignedGrants
			| ByAsset::Refresh => {
				assert!(self.credited(b).is_empty(), "{message:?} moves no money");
			},
		}
	}

	/// `withdraw` for `payee` by `who[i]`: it takes the whole credit, to itself.
	fn withdraw(&mut self, i: usize, payee: Payee) -> String {
		let b = self.before(None, Some(i));
		let r = self.token.call_as::<Balance>(&self.who[i], 0, "withdraw", &payee);
		if let Ok(amount) = r {
			let mut expected = BTreeMap::new();
			expected.insert(payee.clone(), -(amount as i128));
			assert_eq!(self.credited(&b), expected, "withdraw takes the whole credit of {payee:?}");
			assert_eq!(b.credits[&payee], amount);
			assert!(Balances::balance(&self.who[i]) >= b.caller_balance + amount, "to the caller");
			if let Payee::Account(a) = &payee {
				assert_eq!(*a, self.who[i], "an account's credit goes to it alone");
			}
		}
		format!("withdraw {payee:?} by {i}: {r:?}")
	}

	/// Every term, grace and notice past: anyone settles every use; each organisation
	/// still suspended takes its credit out through its account of record; then everyone
	/// is reinstated and withdraws. The contract holds nothing.
	fn drain(&mut self) {
		self.now += MAX_TERM + REPORT_GRACE + NOTICE_PERIOD;
		set_block(self.now);
		for asset in 0..2 {
			let b = self.before(Some(asset), None);
			if let Some(u) = &b.usage {
				let r = self.token.call(&self.who[ANYONE], 0, "settle", self.assets[asset]);
				self.log.push(format!("drain: settle {asset}: {:?}", r.as_ref().map(|_| ())));
				assert_eq!(r.map(|_| ()), Ok(()), "{u:?} settles after its term");
				self.check_ended(u, &b);
			}
		}
		for org in ORGS {
			let credit = self.credit(Payee::Organisation(org));
			if <Certifications as ParticipantRegistry<AccountId>>::is_active(org) || credit == 0 {
				continue;
			}
			let record: Option<AccountId> = self.q("account_of_record", org);
			let account = record.expect("a credited organisation acted through an account");
			if let Some(m) = pallet_certifications::Members::<Runtime>::get(&account) {
				if m.participant != org && m.device_roles.is_some() {
					let _ = Certifications::remove_device(
						signed(&admin_of(m.participant)),
						account.clone(),
					);
					self.log.push(format!("drain: {account:?} leaves {}", m.participant));
				}
			}
			let i = self.who.iter().position(|w| *w == account).expect("one of ours");
			let withdrawn = self.withdraw(i, Payee::Organisation(org));
			self.log.push(format!("drain: suspended {org}: {withdrawn}"));
			assert_eq!(
				self.credit(Payee::Organisation(org)),
				0,
				"suspended {org} exits through its account of record"
			);
		}
		for org in ORGS {
			let _ = Certifications::reinstate_participant(RuntimeOrigin::root(), org);
		}
		for org in ORGS {
			let admin = admin_of(org);
			let i = self.who.iter().position(|w| *w == admin).expect("one of ours");
			let withdrawn = self.withdraw(i, Payee::Organisation(org));
			self.log.push(format!("drain: {withdrawn}"));
		}
		for i in 0..self.who.len() {
			let withdrawn = self.withdraw(i, Payee::Account(self.who[i].clone()));
			self.log.push(format!("drain: {withdrawn}"));
		}
		self.check();
		assert_eq!(self.owed(), 0, "everything was paid out");
		assert_eq!(spendable(&self.token.address), 0, "the contract holds nothing");
		// Every pallet's own invariants hold after what the contract and the chain did
		// (deposits held against records, the parts' indices, the participants' counts).
		#[cfg(feature = "try-runtime")]
		{
			use frame_support::traits::{TryState, TryStateSelect};
			amchain_runtime::AllPalletsWithSystem::try_state(self.now, TryStateSelect::All)
				.expect("every pallet's try_state holds");
		}
	}
}

/// The generator's choice of step, weighted: listings, rentals and their use are where
/// the money moves.
const WEIGHTED: [u8; 54] = [
	0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7, 7, 7, 8, 8, 9, 9, 10,
	10, 11, 11, 12, 13, 14, 15, 16, 16, 16, 17, 17, 18, 18, 18, 18, 19, 20, 21, 22, 23, 24, 24,
];

/// The messages whose success the runs must reach, or the harness tests little.
const REACHED: [&str; 19] = [
	"grant",
	"list",
	"unlist",
	"rent",
	"extend",
	"top_up",
	"report_usage",
	"collect",
	"revoke",
	"settle",
	"withdraw",
	"pledge",
	"release_pledge",
	"revoke_signed_grants",
	"check_signed_grant",
	"refresh",
	"register_account",
	"hand",
	"rotate",
];

/// Refusals the runs must reach: the attacks each stops.
const REFUSALS: [&str; 9] = [
	"rent ListingStale",
	"rent TermsChanged",
	"grant NotOwner",
	"rent InUse",
	"report_usage TooManyUnits",
	"check_signed_grant GrantRevoked",
	"check_signed_grant BadResponse",
	"check_signed_grant NotOwner",
	"withdraw NotPayee",
];

const STEPS: usize = 60;

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

fn replay(bundle: &Bundle, steps: &[Step]) -> Result<Vec<String>, (Vec<String>, String)> {
	genesis(|| {
		let mut w = World::new(bundle);
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
fn usage_token_on_the_real_pallet_contracts_keeps_its_books_and_locks_nothing() {
	let bundle = Bundle::load("usage_token");
	let mut succeeded = BTreeMap::<&str, u32>::new();
	let mut refused = BTreeMap::<String, u32>::new();
	let mut exits = 0;
	let mut notices = 0;
	let seeds = seeds(100);
	for &seed in &seeds {
		let log = match run(&bundle, seed) {
			Ok(log) => log,
			Err((steps, failure)) => {
				let hook = std::panic::take_hook();
				std::panic::set_hook(Box::new(|_| {}));
				let shrunk = shrink(steps, |fewer| replay(&bundle, fewer).is_err());
				std::panic::set_hook(hook);
				let (log, shrunk_failure) = replay(&bundle, &shrunk).expect_err("still fails");
				panic!(
					"usage_token seed {seed} failed: {failure}\nshrunk to {} steps \
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
			if line.ends_with("(notice)") {
				notices += 1;
			}
			let line = line.trim_start_matches("drain: ");
			let message = line.split(' ').next().unwrap_or_default();
			if let Some(name) = REACHED.iter().find(|m| **m == message) {
				if line.ends_with(": Ok") || line.contains(": Ok(") {
					*succeeded.entry(name).or_default() += 1;
				} else if let Some((_, e)) = line.rsplit_once(": Err(") {
					let e = e.trim_end_matches(')').trim_matches('"');
					*refused.entry(format!("{name} {e}")).or_default() += 1;
				}
			}
		}
	}
	eprintln!(
		"usage_token: {} sequences of {STEPS} steps; successful calls: {succeeded:?}",
		seeds.len()
	);
	eprintln!("usage_token: refusals: {refused:?}");
	eprintln!(
		"usage_token: suspended organisations' exits through their account of record: {exits}; \
		 new owners' notices to a seller's renter: {notices}"
	);
	if seeds.len() > 1 {
		for message in REACHED {
			assert!(succeeded.contains_key(message), "no sequence reached a successful {message}");
		}
		for refusal in REFUSALS {
			assert!(refused.contains_key(refusal), "no sequence reached {refusal}");
		}
		assert!(notices > 0, "no sequence reached a new owner's notice");
	}
}
