//! letter_of_credit on the real pallet-contracts (issue 16 item 21): the bundle
//! `scripts/contracts.sh build` makes is instantiated in the runtime itself, on the dev
//! chain's genesis, with amchain's chain extension answering from the real
//! pallet-certifications (memberships, roles, certifications), and the real existential
//! deposit, storage deposits and reverts. contracts/letter_of_credit/tests.rs
//! (`random_sequences_keep_the_books_and_never_lock_funds`) runs the same invariants off
//! chain.
//!
//! The parties are dev chain organisations (docs/dev-chain.md): the applicant Kestrel
//! Wind Power (6), the beneficiary Acme Gears (2), the issuing bank Harbour Trade Bank
//! (5), the inspector Borealis Bearings (3, certified for standard 0 by Sentinel
//! Certification, 1), and two organisations the registrar Alice registers: a confirming
//! bank (Fjord Merchant Bank) and a carrier (Northsea Freight). Applicant, beneficiary
//! and issuing bank each have a second key their admin rotates to and back; a key rotated
//! out may join another organisation as a device, or leave it. Sentinel suspends and
//! reinstates Borealis's certification (a qualification is latched when a document is
//! lodged).
//!
//! After every step: the contract's balance (what pallet-contracts lets it spend) equals
//! `owed()`, which is what the credits in force hold plus what organisations may
//! withdraw; no credit is overdrawn; an honour pays only a presentation the contract
//! found complying or the applicant waived; no document (content hash) is drawn twice.
//! After the last step, every deadline passed: anyone carries out the pending honours
//! and refusals and closes every credit, a suspended organisation exits through its
//! account of record, the rest withdraw through their admins; the contract holds
//! nothing, the beneficiary got exactly what was drawn and each bank got back exactly
//! what it paid in less what was drawn.
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

use std::collections::BTreeMap;

use amchain_primitives::participants::{ParticipantRegistry, Role, Roles};
use amchain_runtime::{AccountId, Balances, Certifications, Runtime, RuntimeOrigin};
use codec::{Decode, Encode};
use frame_support::traits::fungible::Inspect;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;

use crate::{
	chain::{
		admin_of, ed, fund, org_of, outcome, panic_message, roles_of, seeds, set_block, shrink,
		signed, spendable, Balance, BlockNumber, Bundle, Contract, ParticipantId,
	},
	common::{genesis, Rng},
};

type CreditId = u64;
type DocType = u32;

// Mirrors of letter_of_credit's types (contracts/letter_of_credit/lib.rs), in its
// encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum IssuerRule {
	Beneficiary,
	Anyone,
	Role(u16),
	CertifiedFor(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
struct RequiredDocument {
	doc_type: DocType,
	issuer: IssuerRule,
	transport: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Terms {
	amount: Balance,
	expiry: BlockNumber,
	latest_shipment: BlockNumber,
	partial_drawings: bool,
	required: Vec<RequiredDocument>,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct DocRef {
	issuer: AccountId,
	hash: H256,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
struct Document {
	doc_type: DocType,
	organisation: Option<ParticipantId>,
	lodged_at: BlockNumber,
	rule: IssuerRule,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
struct Claim {
	credit: CreditId,
	drawn: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum Discrepancy {
	Missing(DocType),
	IssuerNotQualified(DocType),
	LateShipment(DocType),
	Stated(H256),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum Examiner {
	IssuingBank,
	ConfirmingBank,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Presentation {
	amount: Balance,
	documents: Vec<DocRef>,
	presented_at: BlockNumber,
	discrepancies: Vec<Discrepancy>,
	waived: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Examination {
	presentation: Option<Presentation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Amendment {
	terms: Terms,
	paid_in: Balance,
	applicant_consented: bool,
	confirmation_extended: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
enum State {
	AwaitingApplicant,
	Issued,
	Drawn,
	Closed,
	Cancelled,
}

#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
struct Credit {
	applicant: ParticipantId,
	beneficiary: ParticipantId,
	issuing_bank: ParticipantId,
	confirming_bank: Option<ParticipantId>,
	confirmed: bool,
	terms: Terms,
	examination_period: BlockNumber,
	drawn: Balance,
	at_issuing_bank: Examination,
	at_confirming_bank: Examination,
	amendment: Option<Amendment>,
	state: State,
}

impl Credit {
	fn examination(&self, at: Examiner) -> &Examination {
		match at {
			Examiner::IssuingBank => &self.at_issuing_bank,
			Examiner::ConfirmingBank => &self.at_confirming_bank,
		}
	}
	fn presenting(&self) -> Balance {
		[Examiner::IssuingBank, Examiner::ConfirmingBank]
			.iter()
			.filter_map(|at| self.examination(*at).presentation.as_ref())
			.map(|p| p.amount)
			.sum()
	}
}

/// letter_of_credit's `MAX_EXAMINATION` (seven days of 6-second blocks).
const MAX_EXAMINATION: BlockNumber = 7 * 14_400;
/// The dev chain's standard 0, for which Borealis (3) is certified (certification 1).
const STANDARD: u32 = 0;
const BOREALIS_CERTIFICATION: u32 = 1;

const INVOICE: DocType = 1;
const BILL_OF_LADING: DocType = 2;
const INSPECTION: DocType = 3;

const APPLICANT_ORG: ParticipantId = 6;
const BENEFICIARY_ORG: ParticipantId = 2;
const BANK_ORG: ParticipantId = 5;
const INSPECTOR_ORG: ParticipantId = 3;
const AUDITOR_ORG: ParticipantId = 1;
/// Registered in `World::new`: the confirming bank and the carrier.
const CONFIRMER_ORG: ParticipantId = 7;
const CARRIER_ORG: ParticipantId = 8;
const ORGS: [ParticipantId; 7] = [
	APPLICANT_ORG,
	BENEFICIARY_ORG,
	BANK_ORG,
	INSPECTOR_ORG,
	AUDITOR_ORG,
	CONFIRMER_ORG,
	CARRIER_ORG,
];

/// Indices into `World::who`.
const APPLICANT: usize = 0;
const APPLICANT2: usize = 1;
const BENEFICIARY: usize = 2;
const BENEFICIARY2: usize = 3;
const BANK: usize = 4;
const BANK2: usize = 5;
const CONFIRMER: usize = 6;
const CARRIER: usize = 7;
const INSPECTOR: usize = 8;
const STRANGER: usize = 9;
const AUDITOR: usize = 10;

/// Each rotating organisation's two keys.
const KEYS: [(ParticipantId, usize, usize); 3] = [
	(APPLICANT_ORG, APPLICANT, APPLICANT2),
	(BENEFICIARY_ORG, BENEFICIARY, BENEFICIARY2),
	(BANK_ORG, BANK, BANK2),
];

/// The messages that take only a credit id.
#[derive(Clone, Copy, Debug)]
enum ById {
	Consent,
	Cancel,
	AddConfirmation,
	ConsentAmendment,
	ExtendConfirmation,
	AcceptAmendment,
	RejectAmendment,
	Close,
}

impl ById {
	fn message(self) -> &'static str {
		match self {
			ById::Consent => "consent",
			ById::Cancel => "cancel",
			ById::AddConfirmation => "add_confirmation",
			ById::ConsentAmendment => "consent_amendment",
			ById::ExtendConfirmation => "extend_confirmation",
			ById::AcceptAmendment => "accept_amendment",
			ById::RejectAmendment => "reject_amendment",
			ById::Close => "close",
		}
	}
}

/// One step, every argument fixed, so that a sequence replays (and shrinks) without the
/// generator.
#[derive(Clone, Debug)]
enum Step {
	Issue {
		by: usize,
		applicant: usize,
		beneficiary: usize,
		confirmer: Option<usize>,
		amount: Balance,
		/// Blocks from now.
		expiry: BlockNumber,
		shipment: BlockNumber,
		partial: bool,
		/// 0: invoice, bill of lading, inspection by a certified third party; 1: the
		/// inspection by an auditor (role); 2: a document type twice (refused).
		rules: u8,
		examination: BlockNumber,
		/// The value sent less the amount (a wrong value is refused).
		extra: Balance,
		/// The applicant consents in the same block.
		consent: bool,
	},
	ById(usize, ById, CreditId),
	Lodge(usize, CreditId, DocType, u8),
	Present(usize, CreditId, Examiner, Balance, Vec<DocRef>),
	/// The last field says which presentation the call names: 0 the one pending when it
	/// is sent, `k` the `k`-th most recent made (`World::named`: what a caller that read
	/// the credit before someone presented in front of it names).
	Waive(usize, CreditId, Examiner, u8),
	Honour(usize, CreditId, Examiner, u8),
	Refuse(usize, CreditId, Examiner, u8, Vec<u8>),
	ProposeAmendment {
		by: usize,
		id: CreditId,
		amount: Balance,
		expiry: BlockNumber,
		partial: bool,
		/// Send this instead of the increase.
		value: Option<Balance>,
	},
	Withdraw(usize),
	RegisterAccount(usize),
	Advance(BlockNumber),
	Suspend(ParticipantId),
	Reinstate(ParticipantId),
	/// Sentinel suspends (true) or reinstates Borealis's certification.
	Certification(bool),
	/// The organisation's admin rotates to its other key.
	Rotate(ParticipantId),
	/// A key that acts for nobody joins an organisation as a device.
	Join(usize, ParticipantId),
	/// A device key leaves its organisation.
	Leave(usize),
}

struct World {
	lc: Contract,
	who: Vec<AccountId>,
	now: BlockNumber,
	log: Vec<String>,
	/// Documents lodged: credit, document, type.
	lodged: Vec<(CreditId, DocRef, DocType)>,
	/// Content hashes drawn (paid against), each once.
	drawn: Vec<H256>,
	/// The ids of the presentations made, under any credit.
	seen: Vec<H256>,
	/// What each organisation paid in (issues, amendment increases) and withdrew.
	paid_in: BTreeMap<ParticipantId, Balance>,
	withdrawn: BTreeMap<ParticipantId, Balance>,
	/// Sentinel suspended Borealis's certification.
	certification_suspended: bool,
	/// Where presentations were made, and amendments proposed (for the generator: it
	/// mostly examines a presentation, or answers an amendment, that was made).
	presented: Vec<(CreditId, Examiner)>,
	amended: Vec<CreditId>,
}

fn account(byte: u8) -> AccountId {
	AccountId::new([byte; 32])
}

fn hash(n: u8) -> H256 {
	H256::repeat_byte(n)
}

fn required(rules: u8) -> Vec<RequiredDocument> {
	let doc = |doc_type, issuer, transport| RequiredDocument { doc_type, issuer, transport };
	let inspection = match rules {
		1 => doc(INSPECTION, IssuerRule::Role(Roles::from(Role::Auditor).0), false),
		_ => doc(INSPECTION, IssuerRule::CertifiedFor(STANDARD), false),
	};
	let mut docs = vec![
		doc(INVOICE, IssuerRule::Beneficiary, false),
		doc(BILL_OF_LADING, IssuerRule::Role(Roles::from(Role::Carrier).0), true),
		inspection,
	];
	if rules == 2 {
		docs.push(doc(INVOICE, IssuerRule::Anyone, false));
	}
	docs
}

/// Which presentation a waiver, honour or refusal names: mostly the one pending (0), in
/// about one call in seven another made before (what a caller read before someone
/// presented in front of it, or the other slot's), or a hash no presentation has.
fn stale(rng: &mut Rng) -> u8 {
	if rng.chance(15) {
		1 + rng.below(3) as u8
	} else {
		0
	}
}

fn amount(units: u64) -> Balance {
	ed() * Balance::from(units)
}

impl World {
	fn new(bundle: &Bundle) -> World {
		use Sr25519Keyring::*;
		let who = vec![
			BobStash.to_account_id(),
			account(0xB1),
			Dave.to_account_id(),
			account(0x52),
			AliceStash.to_account_id(),
			account(0xA5),
			DaveStash.to_account_id(),
			CharlieStash.to_account_id(),
			Eve.to_account_id(),
			account(0x77),
			Charlie.to_account_id(),
		];
		for account in &who {
			fund(account, 10_000_000 * ed());
		}
		let alice = Alice.to_account_id();
		for (admin, name, role, org) in [
			(CONFIRMER, &b"Fjord Merchant Bank"[..], Role::Bank, CONFIRMER_ORG),
			(CARRIER, b"Northsea Freight", Role::Carrier, CARRIER_ORG),
		] {
			Certifications::register_participant(
				signed(&alice),
				who[admin].clone(),
				name.to_vec(),
				H256::zero(),
				Roles::from(role),
			)
			.expect("the registrar registers an organisation");
			assert_eq!(org_of(&who[admin]), Some(org), "registered as {org}");
		}
		let lc = bundle.instantiate(&Alice.to_account_id(), "new", ());
		set_block(1);
		World {
			lc,
			who,
			now: 1,
			log: Vec::new(),
			lodged: Vec::new(),
			drawn: Vec::new(),
			seen: Vec::new(),
			paid_in: BTreeMap::new(),
			withdrawn: BTreeMap::new(),
			certification_suspended: false,
			presented: Vec::new(),
			amended: Vec::new(),
		}
	}

	fn stranger(&self) -> &AccountId {
		&self.who[STRANGER]
	}

	fn credit(&self, id: CreditId) -> Option<Credit> {
		self.lc.query(self.stranger(), "credit", id)
	}

	fn credit_count(&self) -> CreditId {
		self.lc.query(self.stranger(), "credit_count", ())
	}

	fn owed(&self) -> Balance {
		self.lc.query(self.stranger(), "owed", ())
	}

	fn payable(&self, org: ParticipantId) -> Balance {
		self.lc.query(self.stranger(), "payable", org)
	}

	fn claim(&self, hash: H256) -> Option<Claim> {
		self.lc.query(self.stranger(), "claim", hash)
	}

	fn payables(&self) -> BTreeMap<ParticipantId, Balance> {
		ORGS.iter().map(|org| (*org, self.payable(*org))).collect()
	}

	fn check(&self) {
		let owed = self.owed();
		assert_eq!(spendable(&self.lc.address), owed, "the contract's balance equals owed()");
		let mut held: Balance = self.payables().values().sum();
		for id in 0..self.credit_count() {
			let c = self.credit(id).expect("every counted credit exists");
			assert!(c.drawn <= c.terms.amount, "credit {id} overdrawn: {c:?}");
			if matches!(c.state, State::AwaitingApplicant | State::Issued) {
				held += c.terms.amount - c.drawn + c.amendment.as_ref().map_or(0, |a| a.paid_in);
				assert!(
					c.drawn + c.presenting() <= c.terms.amount,
					"credit {id} presents more than its undrawn balance: {c:?}"
				);
			}
			if c.state == State::Drawn {
				assert_eq!(c.drawn, c.terms.amount, "credit {id} drawn in full");
				assert!(c.amendment.is_none(), "a drawn credit {id} holds no amendment");
			}
			if c.state != State::Issued {
				assert_eq!(
					c.presenting(),
					0,
					"credit {id} not in force keeps a presentation: {c:?}"
				);
			}
			// No one judges their own case (THREATS rule 4).
			assert_ne!(c.applicant, c.beneficiary, "credit {id}");
			for bank in [Some(c.issuing_bank), c.confirming_bank].into_iter().flatten() {
				assert!(
					bank != c.applicant && bank != c.beneficiary,
					"credit {id}: a bank is a party"
				);
			}
			assert_ne!(Some(c.issuing_bank), c.confirming_bank, "credit {id}");
			assert!(!c.confirmed || c.confirming_bank.is_some(), "credit {id}");
		}
		assert_eq!(owed, held, "owed() is what credits in force hold plus what is payable");
		for h in &self.drawn {
			assert_eq!(
				self.claim(*h).map(|c| c.drawn),
				Some(true),
				"a drawn document stays drawn: {h:?}"
			);
		}
	}

	/// Mostly the latest credits, sometimes one that does not exist.
	fn credit_id(&self, rng: &mut Rng) -> CreditId {
		let count = self.credit_count();
		match rng.below(8) {
			0 => rng.below(count + 1),
			_ if count > 0 => count - 1 - rng.below(count.min(3)),
			_ => 0,
		}
	}

	/// Mostly one of the accounts that may send the message, else anyone.
	fn party(&self, rng: &mut Rng, likely: &[usize]) -> usize {
		match rng.below(5) {
			0 => rng.below(self.who.len() as u64) as usize,
			_ => rng.pick(likely),
		}
	}

	/// An organisation's keys, its admin's first three times: mostly the key that acts
	/// for it, sometimes the one rotated out.
	fn keys(&self, org: ParticipantId) -> Vec<usize> {
		let (_, a, b) = *KEYS.iter().find(|(o, _, _)| *o == org).expect("a rotating org");
		if admin_of(org) == self.who[b] {
			vec![b, b, b, a]
		} else {
			vec![a, a, a, b]
		}
	}

	/// The bank accounts that examine `at` of credit `id`.
	fn examiners(&self, id: CreditId, at: Examiner) -> Vec<usize> {
		let bank = self.keys(BANK_ORG);
		match at {
			Examiner::IssuingBank => bank,
			Examiner::ConfirmingBank => {
				let past = self.credit(id).and_then(|c| {
					let p = c.examination(at).presentation.clone()?;
					Some(self.now > p.presented_at + c.examination_period)
				});
				if past == Some(true) {
					bank
				} else {
					vec![CONFIRMER]
				}
			},
		}
	}

	fn generate(&self, rng: &mut Rng) -> Step {
		let mut id = self.credit_id(rng);
		let mut at = if rng.chance(35) { Examiner::ConfirmingBank } else { Examiner::IssuingBank };
		let kind = rng.pick(&WEIGHTED);
		if matches!(kind, 7..=9) && !self.presented.is_empty() && rng.chance(70) {
			(id, at) = self.presented
				[self.presented.len() - 1 - rng.below(self.presented.len().min(3) as u64) as usize];
		}
		if matches!(kind, 1 | 2) && rng.chance(70) {
			let count = self.credit_count();
			let awaiting = (count.saturating_sub(4)..count)
				.rev()
				.find(|c| self.credit(*c).is_some_and(|c| c.state == State::AwaitingApplicant));
			id = awaiting.unwrap_or(id);
		}
		if matches!(kind, 4 | 11..=13) && !self.amended.is_empty() && rng.chance(70) {
			id = self.amended
				[self.amended.len() - 1 - rng.below(self.amended.len().min(2) as u64) as usize];
		}
		let (applicants, beneficiaries, banks) = (
			&self.keys(APPLICANT_ORG)[..],
			&self.keys(BENEFICIARY_ORG)[..],
			&self.keys(BANK_ORG)[..],
		);
		let by_id = |who, message| Step::ById(who, message, id);
		match kind {
			0 => Step::Issue {
				// Mostly the parties' current keys; sometimes a key rotated out, a party as
				// bank, a bank as party.
				by: self.party(rng, &[banks[0], banks[0], banks[0], banks[3], CONFIRMER]),
				applicant: {
					let anyone = self.party(rng, banks);
					rng.pick(&[applicants[0], applicants[0], applicants[0], applicants[3], anyone])
				},
				beneficiary: rng.pick(&[
					beneficiaries[0],
					beneficiaries[0],
					beneficiaries[0],
					beneficiaries[3],
					APPLICANT,
				]),
				confirmer: rng.pick(&[None, Some(CONFIRMER), Some(CONFIRMER), Some(INSPECTOR)]),
				amount: amount(rng.pick(&[1_000, 1_000, 1_000, 600, 600, 600, 600, 0])),
				expiry: if rng.chance(5) { 0 } else { 20 + rng.below(60) as BlockNumber },
				shipment: 10 + rng.below(20) as BlockNumber,
				partial: rng.chance(50),
				rules: rng.pick(&[0, 0, 0, 0, 0, 1, 1, 2]),
				examination: if rng.chance(5) {
					rng.pick(&[0, MAX_EXAMINATION + 1])
				} else {
					1 + rng.below(10) as BlockNumber
				},
				extra: if rng.chance(5) { ed() } else { 0 },
				consent: rng.chance(50),
			},
			1 => by_id(self.party(rng, applicants), ById::Consent),
			2 => by_id(self.party(rng, banks), ById::Cancel),
			3 => by_id(self.party(rng, &[CONFIRMER]), ById::AddConfirmation),
			4 => by_id(self.party(rng, applicants), ById::ConsentAmendment),
			5 => {
				// Invoices by the beneficiary, bills of lading by the carrier, inspections
				// by the inspector (or, under rule 1, the auditor); sometimes by another.
				let (by, doc_type) = rng.pick(&[
					(beneficiaries[0], INVOICE),
					(beneficiaries[3], INVOICE),
					(CARRIER, BILL_OF_LADING),
					(INSPECTOR, INSPECTION),
					(AUDITOR, INSPECTION),
				]);
				let by = if rng.chance(15) { self.party(rng, &[APPLICANT, STRANGER]) } else { by };
				// Each credit's documents mostly have hashes of their own; sometimes another
				// credit's (a second financing of the same goods).
				let base = if rng.chance(20) { rng.below(self.credit_count().max(1)) } else { id };
				let n = match self.drawn.is_empty() || !rng.chance(25) {
					true => (base * 4 + rng.below(4)) as u8,
					// The very document drawn already, lodged again for this credit.
					false => rng.pick(&self.drawn).0[0],
				};
				Step::Lodge(by, id, doc_type, n)
			},
			6 => {
				// Mostly documents lodged for this credit, one of each type; sometimes one
				// left out, or one lodged for another credit.
				let mut docs = Vec::new();
				for doc_type in [INVOICE, BILL_OF_LADING, INSPECTION] {
					let mine: Vec<DocRef> = self
						.lodged
						.iter()
						.filter(|(c, _, t)| (*c == id || rng.chance(5)) && *t == doc_type)
						.map(|(_, d, _)| d.clone())
						.collect();
					if !mine.is_empty() && !rng.chance(10) {
						docs.push(rng.pick(&mine));
					}
				}
				let undrawn = self.credit(id).map_or(amount(1_000), |c| {
					c.terms.amount.saturating_sub(c.drawn + c.presenting())
				});
				let value = rng.pick(&[amount(1_000), amount(400), amount(600), undrawn, undrawn]);
				Step::Present(self.party(rng, beneficiaries), id, at, value, docs)
			},
			7 => Step::Waive(self.party(rng, applicants), id, at, stale(rng)),
			8 => Step::Honour(self.party(rng, &self.examiners(id, at)), id, at, stale(rng)),
			9 => {
				let stated = match rng.below(4) {
					0 => vec![],
					_ => vec![0xD0 + rng.below(3) as u8],
				};
				Step::Refuse(self.party(rng, &self.examiners(id, at)), id, at, stale(rng), stated)
			},
			10 => Step::ProposeAmendment {
				by: self.party(rng, banks),
				id,
				amount: amount(rng.pick(&[900, 1_000, 1_200, 500])),
				expiry: 1 + rng.below(80) as BlockNumber,
				partial: rng.chance(50),
				value: rng.chance(10).then(ed),
			},
			11 => by_id(self.party(rng, &[CONFIRMER]), ById::ExtendConfirmation),
			12 => by_id(self.party(rng, beneficiaries), ById::AcceptAmendment),
			13 => by_id(self.party(rng, beneficiaries), ById::RejectAmendment),
			14 => by_id(rng.below(self.who.len() as u64) as usize, ById::Close),
			15 | 16 => Step::Withdraw(
				self.party(rng, &[BENEFICIARY, BENEFICIARY2, BANK, BANK2, APPLICANT, CONFIRMER]),
			),
			17 => Step::RegisterAccount(rng.below(self.who.len() as u64) as usize),
			18 => Step::Advance(match rng.below(10) {
				0 => 40 + rng.below(40) as BlockNumber,
				_ => 1 + rng.below(12) as BlockNumber,
			}),
			19 => {
				let org = rng.pick(&[
					APPLICANT_ORG,
					BENEFICIARY_ORG,
					BANK_ORG,
					CONFIRMER_ORG,
					CARRIER_ORG,
					INSPECTOR_ORG,
				]);
				if rng.chance(20) {
					Step::Suspend(org)
				} else {
					Step::Reinstate(org)
				}
			},
			20 => Step::Rotate(rng.pick(&[APPLICANT_ORG, BENEFICIARY_ORG, BANK_ORG])),
			21 => Step::Join(
				rng.pick(&[APPLICANT2, BENEFICIARY2, BANK2, APPLICANT, BENEFICIARY, BANK]),
				rng.pick(&[CARRIER_ORG, APPLICANT_ORG, BENEFICIARY_ORG, BANK_ORG]),
			),
			22 => Step::Leave(rng.pick(&[
				APPLICANT2,
				BENEFICIARY2,
				BANK2,
				APPLICANT,
				BENEFICIARY,
				BANK,
			])),
			23 => Step::Certification(rng.chance(50)),
			_ => Step::ById(self.party(rng, applicants), ById::Consent, id),
		}
	}

	fn apply(&mut self, step: &Step) {
		let everyone = self.who.clone();
		let who = |i: usize| everyone[i].clone();
		let line = match step.clone() {
			Step::Issue {
				by,
				applicant,
				beneficiary,
				confirmer,
				amount,
				expiry,
				shipment,
				partial,
				rules,
				examination,
				extra,
				consent,
			} => {
				let terms = Terms {
					amount,
					expiry: self.now + expiry,
					latest_shipment: self.now + shipment.min(expiry),
					partial_drawings: partial,
					required: required(rules),
				};
				let args =
					(who(applicant), who(beneficiary), confirmer.map(who), terms, examination);
				let r = self.lc.call_as::<CreditId>(&who(by), amount + extra, "issue", args);
				if let Ok(id) = r {
					let bank = self.credit(id).expect("issued").issuing_bank;
					*self.paid_in.entry(bank).or_default() += amount + extra;
				}
				let mut line = format!("issue by {by} for {applicant} to {beneficiary}: {r:?}");
				if let (Ok(id), true) = (r, consent) {
					let c = self.lc.call(&who(applicant), 0, "consent", id).map(|_| ());
					line += &format!("\nconsent {id} by {applicant}: {c:?}");
				}
				line
			},
			Step::ById(i, message, id) => {
				let r = self.lc.call(&who(i), 0, message.message(), id).map(|_| ());
				format!("{} {id} by {i}: {r:?}", message.message())
			},
			Step::Lodge(i, id, doc_type, n) => {
				let member = pallet_certifications::Members::<Runtime>::get(who(i));
				let r = self.lc.call(&who(i), 0, "lodge", (id, doc_type, hash(n))).map(|_| ());
				if r.is_ok() {
					self.lodged.push((id, DocRef { issuer: who(i), hash: hash(n) }, doc_type));
					self.check_lodged(id, &who(i), n, member);
				}
				format!("lodge {id} type {doc_type} #{n:02x} by {i}: {r:?}")
			},
			Step::Present(i, id, at, value, docs) => {
				let names: Vec<String> = docs
					.iter()
					.map(|d| {
						let by = self.who.iter().position(|w| *w == d.issuer).unwrap_or(99);
						format!("#{:02x}@{by}", d.hash.0[0])
					})
					.collect();
				let r = self.lc.call_as::<Vec<Discrepancy>>(
					&who(i),
					0,
					"present",
					(id, at, value, docs),
				);
				if r.is_ok() {
					self.presented.push((id, at));
					let named = self.pending(id, at).expect("a presentation made is pending");
					self.seen.push(named);
				}
				format!("present {id} to {at:?} {value} {names:?} by {i}: {r:?}")
			},
			Step::Waive(i, id, at, stale) => {
				let (named, pending) = (self.named(id, at, stale), self.pending(id, at));
				let r = self.lc.call(&who(i), 0, "waive", (id, at, named)).map(|_| ());
				if r.is_ok() {
					assert_eq!(pending, Some(named), "a waiver lands on the presentation it names");
				}
				format!("waive {id} at {at:?} presented {named} by {i}: {r:?}")
			},
			Step::Honour(i, id, at, stale) => {
				let named = self.named(id, at, stale);
				self.honour(&who(i), &format!("{i}"), id, at, named)
			},
			Step::Refuse(i, id, at, stale, stated) => {
				let (named, pending) = (self.named(id, at, stale), self.pending(id, at));
				let stated: Vec<H256> = stated.into_iter().map(hash).collect();
				let r =
					self.lc.call(&who(i), 0, "refuse", (id, at, named, stated.clone())).map(|_| ());
				if r.is_ok() {
					assert_eq!(
						pending,
						Some(named),
						"a refusal lands on the presentation it names"
					);
				}
				format!("refuse {id} at {at:?} presented {named} {} by {i}: {r:?}", stated.len())
			},
			Step::ProposeAmendment { by, id, amount, expiry, partial, value } => {
				let credit = self.credit(id);
				let increase = amount.saturating_sub(credit.as_ref().map_or(0, |c| c.terms.amount));
				let value = value.unwrap_or(increase);
				let terms = Terms {
					amount,
					expiry: self.now + expiry,
					latest_shipment: self.now,
					partial_drawings: partial,
					required: required(0),
				};
				let r = self.lc.call(&who(by), value, "propose_amendment", (id, terms)).map(|_| ());
				if r.is_ok() {
					self.amended.push(id);
					let bank = credit.expect("amended").issuing_bank;
					*self.paid_in.entry(bank).or_default() += value;
				}
				format!("propose_amendment {id} {amount} paying {value} by {by}: {r:?}")
			},
			Step::Withdraw(i) => self.withdraw(&who(i), &format!("{i}")),
			Step::RegisterAccount(i) => {
				let r = self.lc.call_as::<ParticipantId>(&who(i), 0, "register_account", ());
				format!("register_account by {i}: {r:?}")
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
			Step::Certification(suspend) => {
				let auditor = signed(&who(AUDITOR));
				let r = if suspend {
					Certifications::suspend_certification(
						auditor,
						BOREALIS_CERTIFICATION,
						H256::zero(),
					)
				} else {
					Certifications::reinstate_certification(auditor, BOREALIS_CERTIFICATION)
				};
				if r.is_ok() {
					self.certification_suspended = suspend;
				}
				format!("certification of 3 suspended {suspend}: {}", outcome(r))
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

	/// A document lodged: its issuer qualified under the credit's rule in this block
	/// (rule 10: only an account qualifying for its type lodges it).
	fn check_lodged(
		&self,
		id: CreditId,
		issuer: &AccountId,
		n: u8,
		member: Option<pallet_certifications::MemberRecord>,
	) {
		let doc: Option<Document> =
			self.lc.query(self.stranger(), "document", (id, issuer.clone(), hash(n)));
		let doc = doc.expect("a lodged document is recorded");
		assert_eq!(doc.lodged_at, self.now, "a document is dated when lodged");
		let active =
			|org: ParticipantId| <Certifications as ParticipantRegistry<AccountId>>::is_active(org);
		let member = member.filter(|m| active(m.participant));
		let org = member.as_ref().map(|m| m.participant);
		assert_eq!(doc.organisation, org, "a document names its issuer's organisation");
		if doc.rule == IssuerRule::Anyone {
			return;
		}
		let m = member.expect("only a member qualifies under a rule other than Anyone");
		assert!(m.device_roles.is_none(), "a device lodged {doc:?}");
		let credit = self.credit(id).expect("exists");
		let party = [credit.applicant, credit.beneficiary].contains(&m.participant);
		match doc.rule {
			IssuerRule::Beneficiary => assert_eq!(m.participant, credit.beneficiary, "{doc:?}"),
			IssuerRule::Role(r) => {
				assert!(!party, "a party issued a third party's document {doc:?}");
				assert_eq!(roles_of(m.participant).0 & r, r, "{doc:?} by an unqualified issuer");
			},
			IssuerRule::CertifiedFor(_) => {
				assert!(!party, "a party issued a third party's document {doc:?}");
				assert_eq!(m.participant, INSPECTOR_ORG, "only Borealis is certified: {doc:?}");
				assert!(!self.certification_suspended, "lodged under a suspended certification");
			},
			IssuerRule::Anyone => {},
		}
	}

	/// The id a call names its presentation by: the one pending at `at` (`stale` 0), or
	/// the `stale`-th most recent presentation made under any credit (decided since, or
	/// at the other slot; the pending one itself if it is the most recent); for none, a
	/// hash no presentation has.
	fn named(&self, id: CreditId, at: Examiner, stale: u8) -> H256 {
		match (stale, self.pending(id, at)) {
			(0, Some(pending)) => pending,
			// the k-th most recent presentation made (the last one at this slot is what a
			// caller that read before a refusal and a new presentation names)
			(k, _) if k > 0 && !self.seen.is_empty() => {
				self.seen[self.seen.len() - 1 - (usize::from(k) - 1) % self.seen.len()]
			},
			_ => H256::repeat_byte(0xEE),
		}
	}

	/// The id of the presentation pending at `at`, if any, as `presentation` reads it
	/// (checked against the presentation `credit` holds).
	fn pending(&self, id: CreditId, at: Examiner) -> Option<H256> {
		let read: Option<(H256, Presentation)> =
			self.lc.query(self.stranger(), "presentation", (id, at));
		let held = self.credit(id).and_then(|c| c.examination(at).presentation.clone());
		assert_eq!(read.as_ref().map(|(_, p)| p), held.as_ref(), "presentation reads the credit's");
		read.map(|(named, _)| named)
	}

	/// `honour` by `caller` of the presentation `named`, checking what it pays.
	fn honour(
		&mut self,
		caller: &AccountId,
		name: &str,
		id: CreditId,
		at: Examiner,
		named: H256,
	) -> String {
		let before = self.credit(id);
		let pending = self.pending(id, at);
		let payables = self.payables();
		let r = self.lc.call(caller, 0, "honour", (id, at, named)).map(|_| ());
		if r.is_ok() {
			let credit = before.expect("an honoured credit exists");
			let p =
				credit.examination(at).presentation.clone().expect("an honour pays a presentation");
			assert_eq!(pending, Some(named), "an honour pays the presentation it names");
			// Never a presentation the contract found wanting, unless the applicant waived.
			assert!(
				p.discrepancies.is_empty() || p.waived,
				"a discrepant presentation was honoured: {p:?}"
			);
			for d in &p.documents {
				assert!(!self.drawn.contains(&d.hash), "{d:?} drawn twice");
				self.drawn.push(d.hash);
			}
			let after = self.credit(id).expect("exists");
			assert_eq!(after.drawn, credit.drawn + p.amount, "the honour draws its amount");
			assert_eq!(
				self.payable(credit.beneficiary),
				payables[&credit.beneficiary] + p.amount,
				"the beneficiary is credited the amount"
			);
		}
		format!("honour {id} at {at:?} by {name}: {r:?}")
	}

	/// `withdraw` by `caller`: the organisation it takes for is the one whose payable
	/// went to nothing, and the caller received it.
	fn withdraw(&mut self, caller: &AccountId, name: &str) -> String {
		let before = self.payables();
		let balance = Balances::balance(caller);
		let r = self.lc.call_as::<Balance>(caller, 0, "withdraw", ());
		if let Ok(amount) = r {
			let after = self.payables();
			let emptied: Vec<ParticipantId> =
				before.keys().filter(|org| before[*org] != after[*org]).copied().collect();
			assert_eq!(emptied.len(), 1, "one organisation's payable is withdrawn: {emptied:?}");
			let org = emptied[0];
			assert_eq!((before[&org], after[&org]), (amount, 0), "withdraws all of {org}'s");
			assert!(Balances::balance(caller) >= balance + amount, "the caller received it");
			*self.withdrawn.entry(org).or_default() += amount;
		}
		format!("withdraw by {name}: {r:?}")
	}

	/// Every deadline and examination period past: anyone carries out the pending
	/// presentations' outcomes and closes every credit; each organisation still
	/// suspended takes its payable out through its account of record; then everyone is
	/// reinstated and each organisation's admin withdraws. The contract holds nothing,
	/// and each organisation got exactly what its terms give it.
	fn drain(&mut self) {
		self.now += 1_000 + 2 * MAX_EXAMINATION;
		set_block(self.now);
		let stranger = self.who[STRANGER].clone();
		for id in 0..self.credit_count() {
			for at in [Examiner::IssuingBank, Examiner::ConfirmingBank] {
				if self.credit(id).expect("exists").examination(at).presentation.is_none() {
					continue;
				}
				let named = self.named(id, at, 0);
				let honoured = self.honour(&stranger, "anyone", id, at, named);
				self.log.push(format!("drain: {honoured}"));
				if !honoured.ends_with("Ok(())") {
					let r =
						self.lc.call(&stranger, 0, "refuse", (id, at, named, Vec::<H256>::new()));
					self.log.push(format!("drain: deemed refusal of {id} at {at:?}: {r:?}"));
				}
			}
			let c = self.credit(id).expect("exists");
			if matches!(c.state, State::AwaitingApplicant | State::Issued) {
				let r = self.lc.call(&stranger, 0, "close", id).map(|_| ());
				self.log.push(format!("drain: close {id}: {r:?}"));
			}
			let c = self.credit(id).expect("exists");
			assert!(
				matches!(c.state, State::Drawn | State::Closed | State::Cancelled),
				"credit {id} is settled after every deadline: {c:?}"
			);
		}
		for org in ORGS {
			let payable = self.payable(org);
			if <Certifications as ParticipantRegistry<AccountId>>::is_active(org) || payable == 0 {
				continue;
			}
			let record: Option<AccountId> = self.lc.query(&stranger, "account_of_record", org);
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
			let withdrawn = self.withdraw(&account, &format!("{org}'s account of record"));
			self.log.push(format!("drain: suspended {org}: {withdrawn}"));
			assert_eq!(self.payable(org), 0, "suspended {org} exits through its account of record");
		}
		for org in ORGS {
			let _ = Certifications::reinstate_participant(RuntimeOrigin::root(), org);
		}
		for org in ORGS {
			let withdrawn = self.withdraw(&admin_of(org), &format!("{org}'s admin"));
			self.log.push(format!("drain: {withdrawn}"));
		}
		self.check();
		assert_eq!(self.owed(), 0, "everything was paid out");
		assert_eq!(spendable(&self.lc.address), 0, "the contract holds nothing");
		// Every pallet's own invariants hold after what the contract and the chain did
		// (deposits held against records, the parts' indices, the participants' counts).
		#[cfg(feature = "try-runtime")]
		{
			use frame_support::traits::{TryState, TryStateSelect};
			amchain_runtime::AllPalletsWithSystem::try_state(self.now, TryStateSelect::All)
				.expect("every pallet's try_state holds");
		}
		// Each organisation got exactly what its terms give it: a beneficiary what was
		// drawn to it, a bank what it paid in less what was drawn on it.
		let mut due = BTreeMap::<ParticipantId, i128>::new();
		for (org, paid) in &self.paid_in {
			*due.entry(*org).or_default() += *paid as i128;
		}
		for id in 0..self.credit_count() {
			let c = self.credit(id).expect("exists");
			*due.entry(c.beneficiary).or_default() += c.drawn as i128;
			*due.entry(c.issuing_bank).or_default() -= c.drawn as i128;
		}
		due.retain(|_, v| *v != 0);
		let got: BTreeMap<ParticipantId, i128> = self
			.withdrawn
			.iter()
			.filter(|(_, v)| **v != 0)
			.map(|(k, v)| (*k, *v as i128))
			.collect();
		assert_eq!(got, due, "each organisation withdrew what its terms give it");
	}
}

/// The generator's choice of step, weighted: documents and presentations are where the
/// money moves.
const WEIGHTED: [u8; 59] = [
	0, 0, 0, 0, 2, 2, 2, 1, 2, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7, 8, 8, 8, 8,
	9, 9, 10, 10, 10, 11, 11, 12, 12, 12, 13, 14, 15, 16, 17, 18, 18, 18, 18, 19, 19, 20, 21, 22,
	23, 24, 24,
];

/// The messages whose success the runs must reach, or the harness tests little.
const REACHED: [&str; 17] = [
	"issue",
	"consent",
	"cancel",
	"add_confirmation",
	"lodge",
	"present",
	"waive",
	"honour",
	"refuse",
	"propose_amendment",
	"consent_amendment",
	"extend_confirmation",
	"accept_amendment",
	"reject_amendment",
	"close",
	"withdraw",
	"register_account",
];

/// Refusals the runs must reach: the attacks each stops.
const REFUSALS: [&str; 9] = [
	"issue SelfDealing",
	"lodge NotQualified",
	"present DocumentUsed",
	"honour Discrepant",
	"honour NotExaminer",
	"honour PresentationChanged",
	"present NotBeneficiary",
	"accept_amendment AwaitingApplicant",
	"withdraw NotAMember",
];

const STEPS: usize = 60;

/// Two credits in force to start with, the second confirmed (as the off-chain harness
/// starts).
fn opening(rng: &mut Rng) -> Vec<Step> {
	let mut steps = Vec::new();
	for confirmer in [None, Some(CONFIRMER)] {
		steps.push(Step::Issue {
			by: BANK,
			applicant: APPLICANT,
			beneficiary: BENEFICIARY,
			confirmer,
			amount: amount(1_000),
			expiry: 40 + rng.below(40) as BlockNumber,
			shipment: 10 + rng.below(20) as BlockNumber,
			partial: rng.chance(50),
			rules: 0,
			examination: 1 + rng.below(10) as BlockNumber,
			extra: 0,
			consent: true,
		});
	}
	steps.push(Step::ById(CONFIRMER, ById::AddConfirmation, 1));
	steps
}

fn run(bundle: &Bundle, seed: u64) -> Result<Vec<String>, (Vec<Step>, String)> {
	genesis(|| {
		let mut rng = Rng(seed);
		let mut w = World::new(bundle);
		let mut steps = Vec::new();
		let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			let opening = opening(&mut rng);
			for _ in 0..STEPS + opening.len() {
				let step = if steps.len() < opening.len() {
					opening[steps.len()].clone()
				} else {
					w.generate(&mut rng)
				};
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
fn letter_of_credit_on_the_real_pallet_contracts_keeps_its_books_and_locks_nothing() {
	let bundle = Bundle::load("letter_of_credit");
	let mut succeeded = BTreeMap::<&str, u32>::new();
	let mut refused = BTreeMap::<String, u32>::new();
	let mut exits = 0;
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
					"letter_of_credit seed {seed} failed: {failure}\nshrunk to {} steps \
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
		for line in log.iter().flat_map(|l| l.lines()) {
			if line.starts_with("drain: suspended") && line.contains(": Ok(") {
				exits += 1;
			}
			let line = line.trim_start_matches("drain: ");
			let message = line.split(' ').next().unwrap_or_default();
			if let Some(name) = REACHED.iter().find(|m| **m == message) {
				if line.contains(": Ok(") {
					*succeeded.entry(name).or_default() += 1;
				} else if let Some((_, e)) = line.rsplit_once(": Err(") {
					let e = e.trim_end_matches(')').trim_matches('"');
					*refused.entry(format!("{name} {e}")).or_default() += 1;
				}
			}
		}
	}
	eprintln!(
		"letter_of_credit: {} sequences of {STEPS} steps; successful calls: {succeeded:?}",
		seeds.len()
	);
	eprintln!("letter_of_credit: refusals: {refused:?}");
	eprintln!(
		"letter_of_credit: suspended organisations' exits through their account of record: {exits}"
	);
	if seeds.len() > 1 {
		for message in REACHED {
			assert!(succeeded.contains_key(message), "no sequence reached a successful {message}");
		}
		for refusal in REFUSALS {
			assert!(refused.contains_key(refusal), "no sequence reached {refusal}");
		}
	}
}
