//! Every message's success and failure paths, off chain, with the chain extension
//! answered by `amchain_ink::testing::MockChain`; then what a dishonest counterparty, a
//! removed key and a silent party can do (THREATS.md), and random call sequences from
//! every party. After every test the contract's balance equals what it owes.

use crate::letter_of_credit::*;
use amchain_ink::{
	assert_noop, role,
	testing::{balance, call_as, event_count, last_event, pay_as, set_up_accounts, MockChain, ED},
	AccountId, AmchainEnvironment as E, Balance, BlockNumber, ParticipantId, StandardId,
};
use ink::{env::test, primitives::Hash};

const AMOUNT: Balance = 1_000 * ED;
const EXPIRY: BlockNumber = 100;
const SHIPMENT: BlockNumber = 50;
const EXAMINATION: BlockNumber = 5;
const FUNDS: Balance = 1_000_000 * ED;
const INSPECTION_STANDARD: StandardId = 10;

const INVOICE: DocType = 1;
const BILL_OF_LADING: DocType = 2;
const INSPECTION: DocType = 3;

const APPLICANT: ParticipantId = 1;
const BENEFICIARY: ParticipantId = 2;
const ISSUING_BANK: ParticipantId = 3;
const CONFIRMING_BANK: ParticipantId = 4;
const AUDITOR_ORG: ParticipantId = 5;
const CARRIER_ORG: ParticipantId = 6;
/// Where a removed key ends up in these tests: an organisation of no roles (MockChain
/// cannot forget an account).
const ELSEWHERE: ParticipantId = 99;

struct Test {
	lc: LetterOfCredit,
	chain: MockChain,
	contract: AccountId,
	/// alice applies (buyer), bob is the beneficiary (seller), charlie the issuing
	/// bank, django the confirming bank, eve an accredited auditor, frank a carrier.
	a: test::DefaultAccounts<E>,
	/// An account of no organisation.
	stranger: AccountId,
}

/// A further account: `n` names it.
fn account(n: u8) -> AccountId {
	AccountId::from([n; 32])
}

fn setup() -> Test {
	let a = test::default_accounts::<E>();
	let chain = MockChain::install();
	chain.member(a.alice, APPLICANT, role::CUSTOMER);
	chain.member(a.bob, BENEFICIARY, role::SUPPLIER);
	chain.member(a.charlie, ISSUING_BANK, role::BANK);
	chain.member(a.django, CONFIRMING_BANK, role::BANK);
	chain.member(a.eve, AUDITOR_ORG, role::AUDITOR);
	chain.member(a.frank, CARRIER_ORG, role::CARRIER);
	chain.standard(INSPECTION_STANDARD);
	chain.certify(AUDITOR_ORG, INSPECTION_STANDARD, true);
	let contract = AccountId::from([0xC0; 32]);
	let stranger = AccountId::from([0x55; 32]);
	set_up_accounts(
		contract,
		&[a.alice, a.bob, a.charlie, a.django, a.eve, a.frank, stranger],
		FUNDS,
	);
	Test { lc: LetterOfCredit::new(), chain, contract, a, stranger }
}

/// An invoice by the beneficiary, a bill of lading by a carrier, an inspection
/// certificate by an auditor certified for the inspection standard.
fn terms(partial_drawings: bool) -> Terms {
	Terms {
		amount: AMOUNT,
		expiry: EXPIRY,
		latest_shipment: SHIPMENT,
		partial_drawings,
		required: vec![
			RequiredDocument {
				doc_type: INVOICE,
				issuer: IssuerRule::Beneficiary,
				transport: false,
			},
			RequiredDocument {
				doc_type: BILL_OF_LADING,
				issuer: IssuerRule::Role(role::CARRIER),
				transport: true,
			},
			RequiredDocument {
				doc_type: INSPECTION,
				issuer: IssuerRule::CertifiedFor(INSPECTION_STANDARD),
				transport: false,
			},
		],
	}
}

fn hash(n: u8) -> Hash {
	Hash::from([n; 32])
}

fn doc(issuer: AccountId, n: u8) -> DocRef {
	DocRef { issuer, hash: hash(n) }
}

use Examiner::{ConfirmingBank as AT_CONFIRMING, IssuingBank as AT_ISSUING};

impl Test {
	/// Charlie issues a credit on `terms` for alice to bob, django named to confirm;
	/// alice consents.
	fn issue_with(&mut self, terms: Terms) -> CreditId {
		let id = self.offer(terms);
		call_as(self.a.alice);
		self.lc.consent(id).expect("the applicant consents");
		id
	}

	/// Charlie issues a credit on `terms`; the applicant has not consented yet.
	fn offer(&mut self, terms: Terms) -> CreditId {
		pay_as(self.a.charlie, terms.amount);
		let id = self
			.lc
			.issue(self.a.alice, self.a.bob, Some(self.a.django), terms, EXAMINATION)
			.expect("credit issues");
		test::set_value_transferred::<E>(0);
		id
	}

	fn issue(&mut self) -> CreditId {
		self.issue_with(terms(false))
	}

	/// The caller may neither honour nor refuse (stating a discrepancy) the presentation
	/// pending at `at`, named as it is: `NotExaminer`, nothing changed.
	fn cannot_examine(&mut self, id: CreditId, at: Examiner) {
		let named = self.presented(id, at);
		assert_noop!(self, id, self.lc.honour(id, at, named), Error::NotExaminer);
		assert_noop!(self, id, self.lc.refuse(id, at, named, vec![hash(0xD1)]), Error::NotExaminer);
	}

	/// The id of the presentation pending at `at` (what a caller reads before it waives,
	/// honours or refuses it), checked against the presentation `credit` holds; a hash no
	/// presentation has for none.
	fn presented(&self, id: CreditId, at: Examiner) -> PresentationId {
		match self.lc.presentation(id, at) {
			Some((named, p)) => {
				assert_eq!(Some(&p), self.credit(id).examination(at).presentation.as_ref());
				assert_eq!(named, p.id(id, at));
				named
			},
			None => hash(0xEE),
		}
	}

	/// `by` lodges document `n` of `doc_type`.
	fn lodge(&mut self, id: CreditId, by: AccountId, doc_type: DocType, n: u8) -> DocRef {
		call_as(by);
		self.lc.lodge(id, doc_type, hash(n)).expect("document lodges");
		doc(by, n)
	}

	/// The three documents from their proper issuers (numbered from `n`).
	fn lodge_all(&mut self, id: CreditId, n: u8) -> Vec<DocRef> {
		vec![
			self.lodge(id, self.a.bob, INVOICE, n),
			self.lodge(id, self.a.frank, BILL_OF_LADING, n + 1),
			self.lodge(id, self.a.eve, INSPECTION, n + 2),
		]
	}

	fn present_to(
		&mut self,
		id: CreditId,
		to: Examiner,
		amount: Balance,
		docs: Vec<DocRef>,
	) -> Vec<Discrepancy> {
		call_as(self.a.bob);
		self.lc.present(id, to, amount, docs).expect("presentation accepted")
	}

	fn present(&mut self, id: CreditId, amount: Balance, docs: Vec<DocRef>) -> Vec<Discrepancy> {
		self.present_to(id, AT_ISSUING, amount, docs)
	}

	fn credit(&self, id: CreditId) -> Credit {
		self.lc.credit(id).expect("credit exists")
	}

	fn pending(&self, id: CreditId, at: Examiner) -> Option<Presentation> {
		self.credit(id).examination(at).presentation.clone()
	}

	/// Everything a failed message must leave as it was.
	#[allow(clippy::type_complexity)]
	fn snapshot(
		&self,
		id: CreditId,
	) -> (Option<Credit>, Balance, CreditId, Balance, usize, [Balance; 4]) {
		(
			self.lc.credit(id),
			self.lc.owed(),
			self.lc.credit_count(),
			balance(self.contract),
			event_count(),
			[APPLICANT, BENEFICIARY, ISSUING_BANK, CONFIRMING_BANK].map(|p| self.lc.payable(p)),
		)
	}

	/// The contract holds exactly what it owes, and what it owes is what its credits
	/// hold plus what organisations may withdraw.
	fn check(&self) {
		assert_eq!(balance(self.contract), self.lc.owed(), "balance equals what is owed");
		let held: Balance = (0..self.lc.credit_count())
			.map(|id| self.credit(id))
			.filter(|c| matches!(c.state, State::AwaitingApplicant | State::Issued))
			.map(|c| c.undrawn().unwrap() + c.amendment.map_or(0, |a| a.paid_in))
			.sum();
		let payable: Balance = (1..=8).chain([ELSEWHERE]).map(|p| self.lc.payable(p)).sum();
		assert_eq!(self.lc.owed(), held + payable, "owed is what credits hold and is payable");
	}

	/// An organisation's roles on the mocked chain now (0: suspended).
	fn chain_roles(&self, org: ParticipantId) -> amchain_ink::Roles {
		<amchain_ink::Amchain as ink::ChainExtensionInstance>::instantiate()
			.roles(org)
			.expect("a registered organisation")
	}

	/// The applicant consents to the pending amendment (the caller stays who it was).
	fn applicant_agrees(&mut self, id: CreditId) {
		let caller = ink::env::caller::<E>();
		call_as(self.a.alice);
		self.lc.consent_amendment(id).expect("the applicant consents to the amendment");
		call_as(caller);
	}

	/// An account of `organisation` withdraws what it is owed; returns the amount.
	fn withdraw(&mut self, by: AccountId) -> Balance {
		call_as(by);
		let before = balance(by);
		let amount = self.lc.withdraw().expect("something to withdraw");
		assert_eq!(balance(by), before + amount);
		amount
	}
}

#[ink::test]
fn issue_funds_a_credit_that_awaits_the_applicant() {
	let mut t = setup();
	let id = t.offer(terms(false));
	assert_eq!(id, 0);
	let c = t.credit(id);
	assert_eq!(
		(c.applicant, c.beneficiary, c.issuing_bank),
		(APPLICANT, BENEFICIARY, ISSUING_BANK)
	);
	assert_eq!((c.confirming_bank, c.confirmed), (Some(CONFIRMING_BANK), false));
	assert_eq!((c.terms, c.examination_period, c.drawn), (terms(false), EXAMINATION, 0));
	assert_eq!((c.at_issuing_bank, c.at_confirming_bank), Default::default());
	assert_eq!((c.amendment, c.state), (None, State::AwaitingApplicant));
	assert_eq!(balance(t.a.charlie), FUNDS - AMOUNT);
	assert_eq!((t.lc.owed(), t.lc.credit_count()), (AMOUNT, 1));
	let e: Issued = last_event();
	assert_eq!(
		(e.credit, e.applicant, e.beneficiary, e.issuing_bank, e.confirming_bank),
		(id, APPLICANT, BENEFICIARY, ISSUING_BANK, Some(CONFIRMING_BANK))
	);
	assert_eq!((e.terms, e.examination_period), (terms(false), EXAMINATION));
	t.check();
}

#[ink::test]
fn issue_refuses_bad_credits() {
	let mut t = setup();
	let (alice, bob, charlie, django) = (t.a.alice, t.a.bob, t.a.charlie, t.a.django);
	let issue =
		|t: &mut Test,
		 (applicant, beneficiary, confirming): (AccountId, AccountId, Option<AccountId>),
		 terms: Terms,
		 examination: BlockNumber| {
			test::set_value_transferred::<E>(terms.amount);
			let r = t.lc.issue(applicant, beneficiary, confirming, terms, examination);
			test::set_value_transferred::<E>(0);
			r
		};
	let parties = (alice, bob, Some(django));
	let (stranger, contract) = (t.stranger, t.contract);
	// Not a bank: an account of no organisation, a customer, a bank's device.
	let bank_device = account(31);
	t.chain.device(bank_device, ISSUING_BANK);
	for not_a_bank in [alice, t.stranger, bank_device] {
		call_as(not_a_bank);
		assert_noop!(t, 0, issue(&mut t, parties, terms(false), EXAMINATION), Error::NotABank);
	}
	call_as(charlie);
	for with_contract in
		[(contract, bob, None), (alice, contract, None), (alice, bob, Some(contract))]
	{
		assert_noop!(
			t,
			0,
			issue(&mut t, with_contract, terms(false), EXAMINATION),
			Error::ContractParty
		);
	}
	assert_noop!(
		t,
		0,
		issue(&mut t, (stranger, bob, None), terms(false), EXAMINATION),
		Error::NotAMember
	);
	// Another account of the beneficiary's organisation as the applicant.
	let bob2 = account(32);
	t.chain.member(bob2, BENEFICIARY, role::SUPPLIER);
	assert_noop!(
		t,
		0,
		issue(&mut t, (bob2, bob, None), terms(false), EXAMINATION),
		Error::SameParty
	);
	// Self-dealing: the bank (another account of it) as a party, the confirming bank a
	// party or the issuing bank itself.
	let charlie2 = account(33);
	t.chain.member(charlie2, ISSUING_BANK, role::BANK);
	for dealing in [
		(charlie2, bob, None),
		(alice, charlie2, None),
		(alice, bob, Some(charlie2)),
		(alice, bob, Some(charlie)),
	] {
		assert_noop!(t, 0, issue(&mut t, dealing, terms(false), EXAMINATION), Error::SelfDealing);
	}
	let banking_supplier = account(34);
	t.chain.member(banking_supplier, 7, role::BANK | role::SUPPLIER);
	assert_noop!(
		t,
		0,
		issue(&mut t, (alice, banking_supplier, Some(banking_supplier)), terms(false), 5),
		Error::SelfDealing
	);
	// The confirming bank must be a person's account of a bank.
	let django_device = account(35);
	t.chain.device(django_device, CONFIRMING_BANK);
	for not_a_bank in [t.a.eve, django_device, t.stranger] {
		assert_noop!(
			t,
			0,
			issue(&mut t, (alice, bob, Some(not_a_bank)), terms(false), EXAMINATION),
			Error::NotABank
		);
	}
	let zero = Terms { amount: 0, ..terms(false) };
	assert_noop!(t, 0, issue(&mut t, parties, zero, EXAMINATION), Error::ZeroAmount);
	let dust = Terms { amount: ED - 1, ..terms(false) };
	assert_noop!(t, 0, issue(&mut t, parties, dust, EXAMINATION), Error::BelowMinimum);
	test::set_value_transferred::<E>(AMOUNT - 1);
	assert_noop!(t, 0, t.lc.issue(alice, bob, None, terms(false), EXAMINATION), Error::WrongValue);
	test::set_block_number::<E>(EXPIRY);
	assert_noop!(t, 0, issue(&mut t, parties, terms(false), EXAMINATION), Error::ExpiryNotInFuture);
	test::set_block_number::<E>(0);
	let late = Terms { latest_shipment: EXPIRY + 1, ..terms(false) };
	assert_noop!(t, 0, issue(&mut t, parties, late, EXAMINATION), Error::ShipmentAfterExpiry);
	let twice = {
		let mut t = terms(false);
		t.required.push(t.required[0]);
		t
	};
	let too_many = {
		let mut t = terms(false);
		t.required = (0..=MAX_DOCUMENTS as u32)
			.map(|doc_type| RequiredDocument {
				doc_type,
				issuer: IssuerRule::Anyone,
				transport: false,
			})
			.collect();
		t
	};
	for bad in [Terms { required: vec![], ..terms(false) }, twice, too_many] {
		assert_noop!(t, 0, issue(&mut t, parties, bad, EXAMINATION), Error::BadDocuments);
	}
	for period in [0, MAX_EXAMINATION + 1] {
		assert_noop!(
			t,
			0,
			issue(&mut t, parties, terms(false), period),
			Error::BadExaminationPeriod
		);
	}
	t.check();
}

#[ink::test]
fn the_examination_period_may_span_five_banking_days() {
	// Five banking days after a Friday presentation end on the next Friday: seven
	// calendar days of six-second blocks.
	let seven_days = 7 * 24 * 60 * 10;
	assert_eq!(MAX_EXAMINATION, seven_days);
	let mut t = setup();
	pay_as(t.a.charlie, AMOUNT);
	let long = Terms { expiry: MAX_EXAMINATION * 2, ..terms(false) };
	assert_eq!(t.lc.issue(t.a.alice, t.a.bob, None, long, MAX_EXAMINATION), Ok(0));
	t.check();
}

#[ink::test]
fn the_applicant_consents_before_the_credit_binds() {
	let mut t = setup();
	let id = t.offer(terms(false));
	// Not in force: nothing can be lodged or presented, amended or confirmed-and-used.
	call_as(t.a.frank);
	assert_noop!(t, id, t.lc.lodge(id, BILL_OF_LADING, hash(1)), Error::NotOpen);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, AT_ISSUING, AMOUNT, vec![]), Error::NotOpen);
	pay_as(t.a.charlie, 0);
	assert_noop!(t, id, t.lc.propose_amendment(id, terms(true)), Error::NotOpen);
	// Only a person's account of the applicant's organisation consents.
	let alice_device = account(41);
	t.chain.device(alice_device, APPLICANT);
	for not_applicant in [t.a.bob, t.a.charlie, alice_device, t.stranger] {
		call_as(not_applicant);
		assert_noop!(t, id, t.lc.consent(id), Error::NotApplicant);
	}
	call_as(t.a.alice);
	assert_noop!(t, 9, t.lc.consent(9), Error::NoSuchCredit);
	assert_eq!(t.lc.consent(id), Ok(()));
	let e: Consented = last_event();
	assert_eq!(e.credit, id);
	assert_eq!(t.credit(id).state, State::Issued);
	assert_noop!(t, id, t.lc.consent(id), Error::NotAwaitingApplicant);
	// Once in force the bank cannot take it back.
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.cancel(id), Error::NotAwaitingApplicant);
	// A consent after the expiry comes too late.
	let late = t.offer(terms(false));
	test::set_block_number::<E>(EXPIRY + 1);
	call_as(t.a.alice);
	assert_noop!(t, late, t.lc.consent(late), Error::Expired);
	t.check();
}

#[ink::test]
fn the_bank_cancels_or_closes_a_credit_the_applicant_never_consents_to() {
	let mut t = setup();
	let id = t.offer(terms(false));
	for not_bank in [t.a.alice, t.a.bob, t.a.django] {
		call_as(not_bank);
		assert_noop!(t, id, t.lc.cancel(id), Error::NotIssuingBank);
	}
	call_as(t.a.charlie);
	assert_eq!(t.lc.cancel(id), Ok(()));
	let e: Cancelled = last_event();
	assert_eq!((e.credit, e.returned), (id, AMOUNT));
	assert_eq!(t.credit(id).state, State::Cancelled);
	assert_eq!(t.lc.payable(ISSUING_BANK), AMOUNT);
	assert_noop!(t, id, t.lc.cancel(id), Error::NotAwaitingApplicant);
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.consent(id), Error::NotAwaitingApplicant);
	assert_eq!(t.withdraw(t.a.charlie), AMOUNT);
	assert_eq!(balance(t.a.charlie), FUNDS);

	// A silent applicant: after the expiry anyone closes it.
	let id = t.offer(terms(false));
	call_as(t.stranger);
	assert_noop!(t, id, t.lc.close(id), Error::NotExpired);
	test::set_block_number::<E>(EXPIRY + 1);
	assert_eq!(t.lc.close(id), Ok(()));
	assert_eq!(t.lc.payable(ISSUING_BANK), AMOUNT);
	t.check();
}

#[ink::test]
fn qualified_issuers_lodge_required_documents() {
	let mut t = setup();
	let id = t.issue();
	test::set_block_number::<E>(7);
	let bill = t.lodge(id, t.a.frank, BILL_OF_LADING, 1);
	let document = t.lc.document(id, t.a.frank, hash(1)).expect("lodged");
	assert_eq!(
		document,
		Document {
			doc_type: BILL_OF_LADING,
			organisation: Some(CARRIER_ORG),
			lodged_at: 7,
			rule: IssuerRule::Role(role::CARRIER),
		}
	);
	let e: DocumentLodged = last_event();
	assert_eq!(
		(e.credit, e.issuer, e.hash, e.doc_type),
		(id, t.a.frank, bill.hash, BILL_OF_LADING)
	);
	assert_noop!(t, id, t.lc.lodge(id, BILL_OF_LADING, hash(1)), Error::DocumentExists);
	assert_noop!(t, id, t.lc.lodge(id, 99, hash(2)), Error::NotRequired);
	assert_noop!(t, 9, t.lc.lodge(9, INVOICE, hash(2)), Error::NoSuchCredit);
	// Only qualifying accounts: the beneficiary's invoice, a certified auditor's
	// certificate, a carrier's bill of lading (from a person, not a device).
	let frank_device = account(51);
	t.chain.device(frank_device, CARRIER_ORG);
	let tries = [
		(t.a.frank, INVOICE),
		(t.a.alice, INVOICE),
		(t.a.bob, BILL_OF_LADING),
		(frank_device, BILL_OF_LADING),
		(t.stranger, BILL_OF_LADING),
		(t.a.frank, INSPECTION),
		(t.stranger, INSPECTION),
	];
	for (by, doc_type) in tries {
		call_as(by);
		assert_noop!(t, id, t.lc.lodge(id, doc_type, hash(3)), Error::NotQualified);
		assert_eq!(t.lc.document(id, by, hash(3)), None);
	}
	// A lapsed certification: the auditor cannot lodge now.
	t.chain.certify(AUDITOR_ORG, INSPECTION_STANDARD, false);
	call_as(t.a.eve);
	assert_noop!(t, id, t.lc.lodge(id, INSPECTION, hash(3)), Error::NotQualified);
	test::set_block_number::<E>(EXPIRY + 1);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.lodge(id, INVOICE, hash(2)), Error::Expired);
	assert_eq!(t.lc.document(id, t.a.bob, hash(2)), None);
	t.check();
}

#[ink::test]
fn the_applicant_cannot_squat_the_carriers_document() {
	let mut t = setup();
	let id = t.issue();
	// The applicant (or the beneficiary) tries to lodge the bill of lading's hash first,
	// to be its issuer or to block the carrier: refused; and a document is named by
	// its issuer, so any lodging by someone else would not stand in the carrier's way.
	for squatter in [t.a.alice, t.a.bob] {
		call_as(squatter);
		assert_noop!(t, id, t.lc.lodge(id, BILL_OF_LADING, hash(1)), Error::NotQualified);
	}
	let other_carrier = account(52);
	t.chain.member(other_carrier, 8, role::CARRIER);
	t.lodge(id, other_carrier, BILL_OF_LADING, 1);
	let bill = t.lodge(id, t.a.frank, BILL_OF_LADING, 1);
	assert_eq!(
		t.lc.document(id, t.a.frank, hash(1)).map(|d| d.organisation),
		Some(Some(CARRIER_ORG))
	);
	let docs = vec![t.lodge(id, t.a.bob, INVOICE, 2), bill, t.lodge(id, t.a.eve, INSPECTION, 3)];
	assert_eq!(t.present(id, AMOUNT, docs), vec![]);
	t.check();
}

#[ink::test]
fn a_complying_presentation_is_honoured_and_withdrawn() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	test::set_block_number::<E>(60);
	assert_eq!(t.present(id, AMOUNT, docs.clone()), vec![]);
	let e: Presented = last_event();
	assert_eq!((e.credit, e.to, e.amount, &e.documents), (id, AT_ISSUING, AMOUNT, &docs));
	assert_eq!(e.discrepancies, vec![]);
	let p = t.pending(id, AT_ISSUING).expect("pending");
	assert_eq!((p.amount, &p.documents, p.presented_at, p.waived), (AMOUNT, &docs, 60, false));
	for d in &docs {
		assert_eq!(t.lc.claim(d.hash), Some(Claim { credit: id, drawn: false }));
	}
	let charlie_device = account(61);
	t.chain.device(charlie_device, ISSUING_BANK);
	for not_examiner in [t.a.alice, t.a.bob, t.stranger, t.a.django, charlie_device] {
		call_as(not_examiner);
		assert_noop!(
			t,
			id,
			t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
			Error::NotExaminer
		);
	}
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING)),
		Error::NoPresentation
	);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	let e: Honoured = last_event();
	assert_eq!(
		(e.credit, e.at, e.presentation, e.amount, e.by, e.deemed),
		(id, AT_ISSUING, p.id(id, AT_ISSUING), AMOUNT, t.a.charlie, false)
	);
	let c = t.credit(id);
	assert_eq!((c.drawn, c.at_issuing_bank.presentation, c.state), (AMOUNT, None, State::Drawn));
	for d in &docs {
		assert_eq!(t.lc.claim(d.hash), Some(Claim { credit: id, drawn: true }));
	}
	assert_noop!(t, id, t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Error::NotOpen);
	// Credited, not pushed: the beneficiary withdraws.
	assert_eq!((t.lc.payable(BENEFICIARY), t.lc.owed()), (AMOUNT, AMOUNT));
	t.check();
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.withdraw(), Error::NothingOwed);
	assert_eq!(t.withdraw(t.a.bob), AMOUNT);
	let e: Withdrawn = last_event();
	assert_eq!((e.participant, e.to, e.amount), (BENEFICIARY, t.a.bob, AMOUNT));
	assert_eq!((balance(t.a.bob), t.lc.owed(), t.lc.payable(BENEFICIARY)), (FUNDS + AMOUNT, 0, 0));
	t.check();
}

#[ink::test]
fn withdraw_pays_a_person_of_the_organisation() {
	let mut t = setup();
	let id = t.offer(terms(false));
	call_as(t.a.charlie);
	t.lc.cancel(id).unwrap();
	// Not a member, or a device of the bank: nothing.
	let charlie_device = account(62);
	t.chain.device(charlie_device, ISSUING_BANK);
	for not_a_person in [t.stranger, charlie_device] {
		call_as(not_a_person);
		assert_noop!(t, id, t.lc.withdraw(), Error::NotAMember);
	}
	// The bank's key was rotated: the old one receives nothing, the new one all.
	let charlie2 = account(63);
	test::set_account_balance::<E>(charlie2, ED);
	t.chain.member(charlie2, ISSUING_BANK, role::BANK);
	t.chain.member(t.a.charlie, ELSEWHERE, 0);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.withdraw(), Error::NotAMember);
	assert_eq!(t.withdraw(charlie2), AMOUNT);
	assert_eq!(balance(charlie2), ED + AMOUNT);
	t.check();
}

#[ink::test]
fn present_refuses_bad_presentations() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	let bob_device = account(71);
	t.chain.device(bob_device, BENEFICIARY);
	for not_beneficiary in [t.a.alice, bob_device, t.stranger] {
		call_as(not_beneficiary);
		assert_noop!(
			t,
			id,
			t.lc.present(id, AT_ISSUING, AMOUNT, docs.clone()),
			Error::NotBeneficiary
		);
	}
	let (alice, bob) = (t.a.alice, t.a.bob);
	call_as(bob);
	let present = |t: &mut Test, amount: Balance, docs: Vec<DocRef>| {
		t.lc.present(id, AT_ISSUING, amount, docs)
	};
	assert_noop!(t, id, present(&mut t, 0, docs.clone()), Error::ZeroAmount);
	assert_noop!(t, id, present(&mut t, AMOUNT + 1, docs.clone()), Error::ExceedsUndrawn);
	assert_noop!(t, id, present(&mut t, AMOUNT - 1, docs.clone()), Error::PartialNotAllowed);
	let twice = vec![docs[0], docs[0]];
	assert_noop!(t, id, present(&mut t, AMOUNT, twice), Error::BadPresentation);
	let nine = (0..=MAX_DOCUMENTS as u8).map(|n| doc(t.a.bob, n)).collect();
	assert_noop!(t, id, present(&mut t, AMOUNT, nine), Error::BadPresentation);
	// The right hash under the wrong issuer is not the document.
	assert_noop!(t, id, present(&mut t, AMOUNT, vec![doc(alice, 2)]), Error::UnknownDocument);
	assert_noop!(t, id, present(&mut t, AMOUNT, vec![doc(bob, 99)]), Error::UnknownDocument);
	assert_noop!(t, id, t.lc.present(id, AT_CONFIRMING, AMOUNT, docs.clone()), Error::NotConfirmed);
	assert_noop!(t, 9, t.lc.present(9, AT_ISSUING, AMOUNT, docs.clone()), Error::NoSuchCredit);
	test::set_block_number::<E>(EXPIRY + 1);
	assert_noop!(t, id, present(&mut t, AMOUNT, docs.clone()), Error::Expired);
	test::set_block_number::<E>(EXPIRY);
	t.present(id, AMOUNT, docs.clone());
	assert_noop!(t, id, present(&mut t, AMOUNT, docs), Error::PresentationPending);

	// Partial drawings: nothing below the existential deposit but the whole balance.
	test::set_block_number::<E>(0);
	let id = t.issue_with(terms(true));
	let docs = t.lodge_all(id, 11);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, AT_ISSUING, ED - 1, docs.clone()), Error::BelowMinimum);
	t.check();
}

#[ink::test]
fn the_contract_finds_discrepancies_through_the_chain() {
	let mut t = setup();
	let id = t.issue();
	// No bill of lading, no inspection certificate.
	let docs = vec![t.lodge(id, t.a.bob, INVOICE, 1)];
	assert_eq!(
		t.present(id, AMOUNT, docs),
		vec![Discrepancy::Missing(BILL_OF_LADING), Discrepancy::Missing(INSPECTION)]
	);
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::Discrepant
	);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![]), Ok(()));

	// Shipped late.
	test::set_block_number::<E>(SHIPMENT + 1);
	let docs = t.lodge_all(id, 11);
	assert_eq!(t.present(id, AMOUNT, docs), vec![Discrepancy::LateShipment(BILL_OF_LADING)]);
	t.check();
}

#[ink::test]
fn an_issuers_qualification_is_read_as_of_the_documents_date() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	// After lodging, the auditor's certification lapses and the carrier is suspended:
	// the documents were issued while they qualified and still comply.
	t.chain.certify(AUDITOR_ORG, INSPECTION_STANDARD, false);
	t.chain.set_roles(CARRIER_ORG, 0);
	assert_eq!(t.present(id, AMOUNT, docs), vec![]);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	t.check();
}

#[ink::test]
fn the_applicant_may_waive_discrepancies() {
	let mut t = setup();
	let id = t.issue();
	call_as(t.a.alice);
	assert_noop!(
		t,
		id,
		t.lc.waive(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::NoPresentation
	);
	let docs = vec![t.lodge(id, t.a.bob, INVOICE, 1)];
	t.present(id, AMOUNT, docs);
	let alice_device = account(81);
	t.chain.device(alice_device, APPLICANT);
	for not_applicant in [t.a.bob, alice_device, t.a.charlie] {
		call_as(not_applicant);
		assert_noop!(
			t,
			id,
			t.lc.waive(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
			Error::NotApplicant
		);
	}
	call_as(t.a.alice);
	assert_noop!(
		t,
		id,
		t.lc.waive(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING)),
		Error::NoPresentation
	);
	assert_eq!(t.lc.waive(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	let e: Waived = last_event();
	let named = t.pending(id, AT_ISSUING).map(|p| p.id(id, AT_ISSUING));
	assert_eq!((e.credit, e.at, Some(e.presentation)), (id, AT_ISSUING, named));
	assert!(t.pending(id, AT_ISSUING).is_some_and(|p| p.waived));
	assert_noop!(
		t,
		id,
		t.lc.waive(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::NothingToWaive
	);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	assert_eq!(t.lc.payable(BENEFICIARY), AMOUNT);

	// Nothing to waive in a complying presentation.
	let id = t.issue();
	let docs = t.lodge_all(id, 21);
	t.present(id, AMOUNT, docs);
	call_as(t.a.alice);
	assert_noop!(
		t,
		id,
		t.lc.waive(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::NothingToWaive
	);
	t.check();
}

/// THREATS: the other party's best move against a decision in flight. A waiver, an
/// honour or a refusal names the presentation its sender read by its id, a hash of
/// what was presented. If that one is decided and the beneficiary presents other
/// documents in front of the call — in a later block or in the same one — the call
/// fails and changes nothing: the applicant's waiver of a missing inspection
/// certificate never becomes a waiver of a missing bill of lading, the bank's honour of
/// 400 never pays 1 000, its refusal never lands on documents it did not read.
#[ink::test]
fn a_decision_never_lands_on_a_presentation_it_did_not_name() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	// At block 10 bob presents for 400 without the inspection certificate.
	test::set_block_number::<E>(10);
	let invoice = t.lodge(id, t.a.bob, INVOICE, 1);
	let bill = t.lodge(id, t.a.frank, BILL_OF_LADING, 2);
	assert_eq!(
		t.present(id, 400 * ED, vec![invoice, bill]),
		vec![Discrepancy::Missing(INSPECTION)]
	);
	let e: Presented = last_event();
	// Alice reads it and signs a waiver for it; so does the bank a refusal.
	let read = t.presented(id, AT_ISSUING);
	assert_eq!(e.presentation, read);
	// In front of them, the bank refuses it (with the missing certificate only) and bob
	// presents at block 11, for 1 000, the inspection certificate without a bill of
	// lading.
	test::set_block_number::<E>(11);
	call_as(t.a.charlie);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, read, vec![]), Ok(()));
	let inspection = t.lodge(id, t.a.eve, INSPECTION, 3);
	assert_eq!(
		t.present(id, AMOUNT, vec![invoice, inspection]),
		vec![Discrepancy::Missing(BILL_OF_LADING)]
	);
	let now = t.presented(id, AT_ISSUING);
	assert_ne!(now, read);
	// Alice's waiver lands now: it names the presentation she read, not this one.
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.waive(id, AT_ISSUING, read), Error::PresentationChanged);
	assert!(t.pending(id, AT_ISSUING).is_some_and(|p| !p.waived));
	// So do the bank's decisions naming the old one, or any other id.
	call_as(t.a.charlie);
	for other in [read, hash(0xEE), Hash::from([0; 32])] {
		assert_noop!(
			t,
			id,
			t.lc.refuse(id, AT_ISSUING, other, vec![hash(0xD1)]),
			Error::PresentationChanged
		);
		assert_noop!(t, id, t.lc.honour(id, AT_ISSUING, other), Error::PresentationChanged);
	}
	// The same documents at the other bank's slot are another presentation.
	let mut elsewhere = t.pending(id, AT_ISSUING).expect("pending");
	assert_ne!(elsewhere.id(id, AT_CONFIRMING), now);
	elsewhere.presented_at = 12;
	assert_ne!(elsewhere.id(id, AT_ISSUING), now, "the block is part of the id");
	// A key that left the applicant's organisation (lost or leaked), naming it right,
	// waives nothing: a waiver is the organisation's act.
	let departed = account(111);
	t.chain.member(departed, APPLICANT, role::CUSTOMER);
	t.chain.member(departed, ELSEWHERE, 0);
	call_as(departed);
	assert_noop!(t, id, t.lc.waive(id, AT_ISSUING, now), Error::NotApplicant);
	// Named as it is, the presentation is decided as before.
	call_as(t.a.alice);
	assert_eq!(t.lc.waive(id, AT_ISSUING, now), Ok(()));
	let e: Waived = last_event();
	assert_eq!((e.credit, e.at, e.presentation), (id, AT_ISSUING, now));
	// The waiver does not change the id the bank read.
	assert_eq!(t.presented(id, AT_ISSUING), now);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, now), Ok(()));
	let e: Honoured = last_event();
	assert_eq!((e.presentation, e.amount), (now, AMOUNT));
	assert_eq!(t.lc.payable(BENEFICIARY), AMOUNT);
	assert_eq!(t.lc.presentation(id, AT_ISSUING), None);

	// Within one block: bob presents 400 without the inspection certificate, the bank
	// refuses it and bob presents 1 000 without the bill of lading, all in block 30. The
	// applicant's ERP, acting on the first `Presented` event of the block, waives what it
	// names: the waiver lands after the second presentation and is refused, although
	// both were made in block 30.
	let id = t.issue_with(terms(true));
	test::set_block_number::<E>(30);
	let invoice = t.lodge(id, t.a.bob, INVOICE, 31);
	let bill = t.lodge(id, t.a.frank, BILL_OF_LADING, 32);
	let inspection = t.lodge(id, t.a.eve, INSPECTION, 33);
	t.present(id, 400 * ED, vec![invoice, bill]);
	let e: Presented = last_event();
	let first = e.presentation;
	call_as(t.a.charlie);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, first, vec![]), Ok(()));
	let e: Refused = last_event();
	assert_eq!((e.presentation, e.by, e.deemed), (first, t.a.charlie, false));
	t.present(id, AMOUNT, vec![invoice, inspection]);
	let second = t.presented(id, AT_ISSUING);
	assert_ne!(second, first);
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.waive(id, AT_ISSUING, first), Error::PresentationChanged);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.honour(id, AT_ISSUING, first), Error::PresentationChanged);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, second, vec![]), Ok(()));

	// The same documents presented again after a refusal, in the same block: the same
	// presentation, so a decision naming it decides it (nothing else was presented).
	t.present(id, 400 * ED, vec![invoice, bill]);
	assert_eq!(t.presented(id, AT_ISSUING), first);
	t.check();
}

/// The id is of everything presented: changing any one of credit, slot, amount,
/// documents (their issuers, hashes, order), block or discrepancies found changes it; the
/// applicant's waiver does not.
#[ink::test]
fn a_presentation_id_changes_with_everything_presented_but_the_waiver() {
	let p = Presentation {
		amount: 400 * ED,
		documents: vec![doc(account(1), 1), doc(account(2), 2)],
		presented_at: 10,
		discrepancies: vec![Discrepancy::Missing(INSPECTION)],
		waived: false,
	};
	let id = p.id(7, AT_ISSUING);
	let others = [
		p.id(8, AT_ISSUING),
		p.id(7, AT_CONFIRMING),
		Presentation { amount: 401 * ED, ..p.clone() }.id(7, AT_ISSUING),
		Presentation { documents: vec![doc(account(1), 1)], ..p.clone() }.id(7, AT_ISSUING),
		Presentation { documents: vec![doc(account(3), 1), doc(account(2), 2)], ..p.clone() }
			.id(7, AT_ISSUING),
		Presentation { documents: vec![doc(account(2), 2), doc(account(1), 1)], ..p.clone() }
			.id(7, AT_ISSUING),
		Presentation { presented_at: 11, ..p.clone() }.id(7, AT_ISSUING),
		Presentation { discrepancies: vec![], ..p.clone() }.id(7, AT_ISSUING),
		Presentation {
			discrepancies: vec![Discrepancy::Missing(INSPECTION), Discrepancy::Stated(hash(1))],
			..p.clone()
		}
		.id(7, AT_ISSUING),
	];
	for (i, other) in others.iter().enumerate() {
		assert_ne!(*other, id, "change {i} keeps the id");
		assert!(others[..i].iter().all(|earlier| earlier != other), "changes {i} collide");
	}
	assert_eq!(Presentation { waived: true, ..p.clone() }.id(7, AT_ISSUING), id);

	// On chain: a presentation of the same documents for another amount in the same block,
	// after a refusal, is another presentation; a decision naming the first fails.
	let mut t = setup();
	let id = t.issue_with(terms(true));
	test::set_block_number::<E>(40);
	let docs = t.lodge_all(id, 41);
	t.present(id, 400 * ED, docs.clone());
	let first = t.presented(id, AT_ISSUING);
	call_as(t.a.charlie);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, first, vec![hash(0xD1)]), Ok(()));
	t.present(id, 600 * ED, docs);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.honour(id, AT_ISSUING, first), Error::PresentationChanged);
	let second = t.presented(id, AT_ISSUING);
	assert_eq!(t.lc.honour(id, AT_ISSUING, second), Ok(()));
	assert_eq!(t.lc.payable(BENEFICIARY), 600 * ED);
	t.check();
}

#[ink::test]
fn refusal_lists_discrepancies_within_the_examination_period() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]),
		Error::NoPresentation
	);
	test::set_block_number::<E>(10);
	t.present(id, AMOUNT, docs.clone());
	let refused = t.presented(id, AT_ISSUING);
	for not_examiner in [t.a.bob, t.a.alice, t.a.django] {
		call_as(not_examiner);
		assert_noop!(
			t,
			id,
			t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]),
			Error::NotExaminer
		);
	}
	call_as(t.a.charlie);
	// The contract found none, so the bank must state one.
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![]),
		Error::BadRefusal
	);
	let too_many = vec![hash(0xD1); MAX_DISCREPANCIES + 1];
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), too_many),
		Error::BadRefusal
	);
	test::set_block_number::<E>(10 + EXAMINATION + 1);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]),
		Error::ExaminationOver
	);
	test::set_block_number::<E>(10 + EXAMINATION);
	assert_eq!(
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1), hash(0xD2)]),
		Ok(())
	);
	let e: Refused = last_event();
	assert_eq!((e.credit, e.at, e.presentation, e.by), (id, AT_ISSUING, refused, t.a.charlie));
	assert_eq!(
		e.discrepancies,
		vec![Discrepancy::Stated(hash(0xD1)), Discrepancy::Stated(hash(0xD2))]
	);
	let c = t.credit(id);
	assert_eq!((c.at_issuing_bank.presentation, c.drawn, c.state), (None, 0, State::Issued));
	assert!(docs.iter().all(|d| t.lc.claim(d.hash).is_none()));
	// Nothing was paid against the documents: the beneficiary may present again.
	assert_eq!(t.present(id, AMOUNT, docs.clone()), vec![]);
	assert_eq!(t.lc.payable(BENEFICIARY), 0);
	t.check();
}

#[ink::test]
fn a_bank_cannot_add_discrepancies_to_documents_it_refused() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	t.present(id, AMOUNT, docs.clone());
	call_as(t.a.charlie);
	t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1), hash(0xD2)]).unwrap();
	assert_eq!(t.lc.refusal(id, ISSUING_BANK, docs.clone()), Some(vec![hash(0xD1), hash(0xD2)]));
	// The same documents again (in another order): a new discrepancy is refused.
	let reordered = vec![docs[2], docs[0], docs[1]];
	t.present(id, AMOUNT, reordered);
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1), hash(0xD3)]),
		Error::NewDiscrepancy
	);
	// What it stated before it may state again.
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD2)]), Ok(()));
	t.present(id, AMOUNT, docs.clone());
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD3)]),
		Error::NewDiscrepancy
	);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]), Ok(()));
	// A corrected invoice: the bank examines the new set afresh.
	let corrected = vec![t.lodge(id, t.a.bob, INVOICE, 9), docs[1], docs[2]];
	t.present(id, AMOUNT, corrected);
	call_as(t.a.charlie);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD3)]), Ok(()));
	t.check();
}

#[ink::test]
fn a_bank_that_does_not_decide_in_time_is_precluded() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	test::set_block_number::<E>(20);
	assert_eq!(t.present(id, AMOUNT, docs), vec![]);
	// The bank stays silent. During the period nobody else may honour.
	test::set_block_number::<E>(20 + EXAMINATION);
	for anyone in [t.a.bob, t.stranger] {
		call_as(anyone);
		assert_noop!(
			t,
			id,
			t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
			Error::NotExaminer
		);
	}
	// After it anyone carries out the honour: the credit is never stuck.
	test::set_block_number::<E>(20 + EXAMINATION + 1);
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]),
		Error::ExaminationOver
	);
	call_as(t.stranger);
	// A complying presentation is not refused by silence.
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![]),
		Error::ExaminationOver
	);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	let e: Honoured = last_event();
	assert_eq!((e.amount, e.by, e.deemed), (AMOUNT, t.stranger, true));
	assert_eq!(t.lc.payable(BENEFICIARY), AMOUNT);
	assert_eq!(t.credit(id).state, State::Drawn);
	t.check();
}

/// RT-2: deemed honour paid a presentation with no documents (the contract's own
/// findings were ignored once the period lapsed), and at the confirming bank's slot out
/// of the issuing bank's money.
#[ink::test]
fn a_silent_confirming_bank_does_not_spend_the_issuing_banks_money() {
	let mut t = setup();
	let id = t.issue();
	call_as(t.a.django);
	t.lc.add_confirmation(id).unwrap();
	test::set_block_number::<E>(20);
	// No documents at all: the contract lists every one missing.
	assert_eq!(t.present_to(id, AT_CONFIRMING, AMOUNT, vec![]).len(), 3);
	assert_eq!(t.lc.examiner(id, AT_CONFIRMING), Some(CONFIRMING_BANK));
	// The confirming bank is silent; its period lapses and the issuing bank examines.
	test::set_block_number::<E>(20 + EXAMINATION + 1);
	assert_eq!(t.lc.examiner(id, AT_CONFIRMING), Some(ISSUING_BANK));
	call_as(t.stranger);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING)),
		Error::NotExaminer
	);
	// Both silent: never honoured, whoever asks; anyone carries out the refusal.
	test::set_block_number::<E>(20 + 2 * EXAMINATION + 1);
	assert_eq!(t.lc.examiner(id, AT_CONFIRMING), None);
	for anyone in [t.stranger, t.a.bob, t.a.charlie, t.a.django] {
		call_as(anyone);
		assert_noop!(
			t,
			id,
			t.lc.honour(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING)),
			Error::Discrepant
		);
	}
	call_as(t.stranger);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING), vec![hash(0xD1)]),
		Error::ExaminationOver
	);
	assert_eq!(t.lc.refuse(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING), vec![]), Ok(()));
	let e: Refused = last_event();
	assert_eq!((e.at, e.by, e.deemed, e.discrepancies.len()), (AT_CONFIRMING, t.stranger, true, 3));
	assert_eq!(t.pending(id, AT_CONFIRMING), None);
	assert_eq!(t.lc.payable(BENEFICIARY), 0);

	// A complying presentation to a silent confirming bank: the issuing bank examines it
	// for a period of its own and may refuse it; the confirming bank no longer acts.
	let docs = t.lodge_all(id, 1);
	test::set_block_number::<E>(40);
	assert_eq!(t.present_to(id, AT_CONFIRMING, AMOUNT, docs.clone()), vec![]);
	test::set_block_number::<E>(40 + EXAMINATION + 1);
	call_as(t.a.django);
	t.cannot_examine(id, AT_CONFIRMING);
	call_as(t.a.charlie);
	assert_eq!(
		t.lc.refuse(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING), vec![hash(0xD1)]),
		Ok(())
	);
	// Presented again and both banks silent: the issuing bank is precluded in turn.
	test::set_block_number::<E>(60);
	t.present_to(id, AT_CONFIRMING, AMOUNT, docs);
	test::set_block_number::<E>(60 + 2 * EXAMINATION);
	call_as(t.stranger);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING)),
		Error::NotExaminer
	);
	test::set_block_number::<E>(60 + 2 * EXAMINATION + 1);
	assert_eq!(t.lc.honour(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING)), Ok(()));
	let e: Honoured = last_event();
	assert_eq!((e.at, e.deemed), (AT_CONFIRMING, true));
	assert_eq!(t.lc.payable(BENEFICIARY), AMOUNT);
	t.check();
}

/// RT-2, variant B: a registrar suspends the issuing bank, so it cannot refuse; the
/// beneficiary presents nothing and waits out the period.
#[ink::test]
fn a_suspended_issuing_bank_is_not_deemed_to_honour_a_documentless_presentation() {
	let mut t = setup();
	let id = t.issue();
	test::set_block_number::<E>(10);
	t.present(id, AMOUNT, vec![]);
	t.chain.set_roles(ISSUING_BANK, 0);
	test::set_block_number::<E>(10 + EXAMINATION + 1);
	t.chain.set_roles(ISSUING_BANK, role::BANK);
	call_as(t.stranger);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::Discrepant
	);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![]), Ok(()));
	// The undrawn balance returns to the bank at expiry.
	test::set_block_number::<E>(EXPIRY + 1);
	assert_eq!(t.lc.close(id), Ok(()));
	assert_eq!((t.lc.payable(BENEFICIARY), t.lc.payable(ISSUING_BANK)), (0, AMOUNT));
	t.check();
}

#[ink::test]
fn close_waits_for_a_silent_bank_only_until_its_period_ends() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	test::set_block_number::<E>(EXPIRY);
	t.present(id, AMOUNT, docs);
	// The bank (which would rather have its money back) neither honours nor refuses.
	test::set_block_number::<E>(EXPIRY + 1);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.close(id), Error::PresentationPending);
	test::set_block_number::<E>(EXPIRY + EXAMINATION + 1);
	assert_noop!(t, id, t.lc.close(id), Error::PresentationPending);
	// The bank itself, precluded, may carry out the honour, and so may anyone.
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	let e: Honoured = last_event();
	assert!(e.deemed);
	assert_noop!(t, id, t.lc.close(id), Error::NotOpen);
	assert_eq!(t.lc.payable(BENEFICIARY), AMOUNT);
	t.check();
}

#[ink::test]
fn a_confirming_bank_examines_its_own_presentations() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.add_confirmation(id), Error::NotConfirmingBank);
	let django_device = account(91);
	t.chain.device(django_device, CONFIRMING_BANK);
	call_as(django_device);
	assert_noop!(t, id, t.lc.add_confirmation(id), Error::NotConfirmingBank);
	call_as(t.a.django);
	assert_eq!(t.lc.add_confirmation(id), Ok(()));
	let e: ConfirmationAdded = last_event();
	assert_eq!((e.credit, e.confirming_bank), (id, CONFIRMING_BANK));
	assert!(t.credit(id).confirmed);
	assert_noop!(t, id, t.lc.add_confirmation(id), Error::AlreadyConfirmed);

	// The beneficiary presents to the confirming bank, which refuses; the refusal does
	// not stop a presentation of the same documents to the issuing bank.
	let docs = t.lodge_all(id, 1);
	t.present_to(id, AT_CONFIRMING, 400 * ED, docs.clone());
	// The issuing bank does not examine the confirming bank's presentation.
	call_as(t.a.charlie);
	t.cannot_examine(id, AT_CONFIRMING);
	// The documents are in use: not presentable to the other bank meanwhile.
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, AT_ISSUING, 400 * ED, docs.clone()), Error::DocumentUsed);
	call_as(t.a.django);
	assert_eq!(
		t.lc.refuse(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING), vec![hash(0xD1)]),
		Ok(())
	);
	let e: Refused = last_event();
	assert_eq!((e.at, e.by), (AT_CONFIRMING, t.a.django));
	t.present(id, 400 * ED, docs.clone());
	// Both banks examine at once, each its own slot, within the undrawn balance.
	let more = t.lodge_all(id, 11);
	call_as(t.a.bob);
	assert_noop!(
		t,
		id,
		t.lc.present(id, AT_CONFIRMING, 601 * ED, more.clone()),
		Error::ExceedsUndrawn
	);
	t.present_to(id, AT_CONFIRMING, 600 * ED, more);
	call_as(t.a.django);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::NotExaminer
	);
	assert_eq!(t.lc.honour(id, AT_CONFIRMING, t.presented(id, AT_CONFIRMING)), Ok(()));
	let e: Honoured = last_event();
	assert_eq!((e.at, e.by, e.amount), (AT_CONFIRMING, t.a.django, 600 * ED));
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	assert_eq!((t.lc.payable(BENEFICIARY), t.credit(id).state), (AMOUNT, State::Drawn));

	// A confirming bank must be a bank when it confirms.
	let id = t.issue();
	t.chain.set_roles(CONFIRMING_BANK, role::SUPPLIER);
	call_as(t.a.django);
	assert_noop!(t, id, t.lc.add_confirmation(id), Error::NotABank);
	t.check();
}

#[ink::test]
fn partial_drawings_draw_down_the_credit() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	let first = t.lodge_all(id, 1);
	t.present(id, 400 * ED, first.clone());
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	let c = t.credit(id);
	assert_eq!((c.drawn, c.state), (400 * ED, State::Issued));
	assert_eq!(c.undrawn(), Ok(600 * ED));
	// Documents paid against cannot be presented again.
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, AT_ISSUING, 600 * ED, first), Error::DocumentUsed);
	assert_noop!(t, id, t.lc.present(id, AT_ISSUING, 601 * ED, vec![]), Error::ExceedsUndrawn);
	let second = t.lodge_all(id, 11);
	t.present(id, 600 * ED, second);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	assert_eq!((t.lc.payable(BENEFICIARY), t.credit(id).state), (AMOUNT, State::Drawn));
	t.check();
}

#[ink::test]
fn a_drawn_document_cannot_be_drawn_under_another_credit() {
	let mut t = setup();
	// Two credits, for the same sale, from the same bank (or two banks deceived).
	let first = t.issue();
	let second = t.issue();
	let docs = t.lodge_all(first, 1);
	// The same documents lodged for the second credit by the same issuers.
	let again = t.lodge_all(second, 1);
	assert_eq!(docs, again);
	t.present(first, AMOUNT, docs.clone());
	// While they await examination under the first, the second cannot take them.
	call_as(t.a.bob);
	assert_noop!(
		t,
		second,
		t.lc.present(second, AT_ISSUING, AMOUNT, again.clone()),
		Error::DocumentUsed
	);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(first, AT_ISSUING, t.presented(first, AT_ISSUING)), Ok(()));
	// Drawn under the first: never again under any credit, not even one document.
	call_as(t.a.bob);
	assert_noop!(
		t,
		second,
		t.lc.present(second, AT_ISSUING, AMOUNT, again.clone()),
		Error::DocumentUsed
	);
	let mixed = vec![t.lodge(second, t.a.bob, INVOICE, 21), again[1], again[2]];
	call_as(t.a.bob);
	assert_noop!(t, second, t.lc.present(second, AT_ISSUING, AMOUNT, mixed), Error::DocumentUsed);
	assert_eq!(t.lc.claim(hash(2)), Some(Claim { credit: first, drawn: true }));
	assert_eq!(t.lc.payable(BENEFICIARY), AMOUNT);
	assert_eq!(t.credit(second).state, State::Issued);
	t.check();
}

/// RT-11: the issuing bank and the beneficiary changed the terms the applicant had
/// consented to (and the confirming bank's) without them. UCP 600 art. 10.
#[ink::test]
fn an_amendment_needs_the_applicants_consent() {
	let mut t = setup();
	let id = t.issue();
	let docs = vec![t.lodge(id, t.a.bob, INVOICE, 1), t.lodge(id, t.a.frank, BILL_OF_LADING, 2)];
	// Bank and beneficiary drop the inspection certificate the applicant asked for.
	let no_inspection = Terms { required: terms(false).required[..2].to_vec(), ..terms(false) };
	call_as(t.a.charlie);
	assert_eq!(t.lc.propose_amendment(id, no_inspection.clone()), Ok(()));
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::AwaitingApplicant);
	// Nor does a presentation complying only with the amendment accept it.
	assert_eq!(t.present(id, AMOUNT, docs.clone()), vec![Discrepancy::Missing(INSPECTION)]);
	assert_eq!(t.credit(id).terms, terms(false));
	call_as(t.a.charlie);
	t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![]).unwrap();
	// A pending amendment the applicant never consented to does not keep the credit open.
	test::set_block_number::<E>(EXPIRY + 1);
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.consent_amendment(id), Error::Expired);
	test::set_block_number::<E>(EXPIRY - 10);
	for not_applicant in [t.a.bob, t.a.charlie, t.stranger] {
		call_as(not_applicant);
		assert_noop!(t, id, t.lc.consent_amendment(id), Error::NotApplicant);
	}
	call_as(t.a.alice);
	assert_eq!(t.lc.consent_amendment(id), Ok(()));
	let e: AmendmentConsented = last_event();
	assert_eq!(e.credit, id);
	assert_noop!(t, id, t.lc.consent_amendment(id), Error::AlreadyAgreed);
	call_as(t.a.bob);
	assert_eq!(t.lc.accept_amendment(id), Ok(()));
	assert_eq!(t.credit(id).terms, no_inspection);
	t.check();
}

/// RT-11: a confirming bank that does not extend its confirmation to an amendment
/// (art. 10(b)) does not examine under the amended terms.
#[ink::test]
fn a_confirmation_covers_an_amendment_only_if_extended() {
	let mut t = setup();
	for extend in [false, true] {
		let id = t.issue();
		call_as(t.a.django);
		t.lc.add_confirmation(id).unwrap();
		let later = Terms { expiry: EXPIRY + 50, ..terms(false) };
		call_as(t.a.charlie);
		assert_eq!(t.lc.propose_amendment(id, later), Ok(()));
		assert_noop!(t, id, t.lc.extend_confirmation(id), Error::NotConfirmingBank);
		t.applicant_agrees(id);
		if extend {
			call_as(t.a.django);
			assert_eq!(t.lc.extend_confirmation(id), Ok(()));
			assert_noop!(t, id, t.lc.extend_confirmation(id), Error::AlreadyAgreed);
		}
		call_as(t.a.bob);
		assert_eq!(t.lc.accept_amendment(id), Ok(()));
		let e: AmendmentAccepted = last_event();
		assert_eq!(e.confirmed, extend);
		assert_eq!(t.credit(id).confirmed, extend);
		let docs = t.lodge_all(id, 1 + 10 * extend as u8);
		call_as(t.a.bob);
		let to_confirming = t.lc.present(id, AT_CONFIRMING, AMOUNT, docs);
		assert_eq!(to_confirming.is_ok(), extend);
		if !extend {
			assert_eq!(to_confirming, Err(Error::NotConfirmed));
		}
	}
	t.check();
}

/// RT-17: the art. 16(c) memory was the last refusal per slot only, so presenting another
/// set in between let the bank add new discrepancies to documents it had refused.
#[ink::test]
fn alternating_document_sets_do_not_add_discrepancies() {
	let mut t = setup();
	let id = t.issue();
	let first = t.lodge_all(id, 1);
	let second = vec![t.lodge(id, t.a.bob, INVOICE, 9), first[1], first[2]];
	t.present(id, AMOUNT, first.clone());
	call_as(t.a.charlie);
	t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]).unwrap();
	t.present(id, AMOUNT, second.clone());
	call_as(t.a.charlie);
	t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD2)]).unwrap();
	// The first set again: only what was stated against it.
	t.present(id, AMOUNT, first.clone());
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD3)]),
		Error::NewDiscrepancy
	);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD2)]),
		Error::NewDiscrepancy
	);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]), Ok(()));
	// And the second set again, in another order.
	t.present(id, AMOUNT, vec![second[2], second[0], second[1]]);
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]),
		Error::NewDiscrepancy
	);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD2)]), Ok(()));
	t.check();
}

/// RT-10: a party's own organisation qualified under `Role` and `CertifiedFor`, so the
/// seller issued its own inspection certificate and bill of lading.
#[ink::test]
fn a_party_does_not_issue_third_party_documents() {
	let mut t = setup();
	let id = t.issue();
	// The beneficiary runs its own fleet and is certified for the inspection standard;
	// the applicant too.
	t.chain.member(t.a.bob, BENEFICIARY, role::SUPPLIER | role::CARRIER);
	t.chain.member(t.a.alice, APPLICANT, role::CUSTOMER | role::CARRIER);
	t.chain.certify(BENEFICIARY, INSPECTION_STANDARD, true);
	t.chain.certify(APPLICANT, INSPECTION_STANDARD, true);
	for party in [t.a.bob, t.a.alice] {
		call_as(party);
		assert_noop!(t, id, t.lc.lodge(id, INSPECTION, hash(1)), Error::NotQualified);
		assert_noop!(t, id, t.lc.lodge(id, BILL_OF_LADING, hash(2)), Error::NotQualified);
	}
	// Third parties still qualify, and the beneficiary its own invoice.
	let docs = t.lodge_all(id, 1);
	assert_eq!(t.present(id, AMOUNT, docs), vec![]);
	t.check();
}

/// RT-9: claims were keyed by (lodging account, hash), so the same document lodged by a
/// second account was drawn again under another credit.
#[ink::test]
fn one_document_is_drawn_once_whoever_lodged_it() {
	let mut t = setup();
	let anyone = Terms {
		required: vec![RequiredDocument {
			doc_type: BILL_OF_LADING,
			issuer: IssuerRule::Anyone,
			transport: false,
		}],
		..terms(false)
	};
	let first = t.issue_with(anyone.clone());
	let second = t.issue_with(anyone);
	let stranger2 = account(111);
	let bl = t.lodge(first, t.stranger, BILL_OF_LADING, 7);
	t.present(first, AMOUNT, vec![bl]);
	// The same bill of lading lodged under the second credit by another account.
	let again = t.lodge(second, stranger2, BILL_OF_LADING, 7);
	call_as(t.a.bob);
	assert_noop!(
		t,
		second,
		t.lc.present(second, AT_ISSUING, AMOUNT, vec![again]),
		Error::DocumentUsed
	);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(first, AT_ISSUING, t.presented(first, AT_ISSUING)), Ok(()));
	call_as(t.a.bob);
	assert_noop!(
		t,
		second,
		t.lc.present(second, AT_ISSUING, AMOUNT, vec![again]),
		Error::DocumentUsed
	);
	// Nor may one presentation carry the same content twice under two lodgers.
	let third = t.issue_with(terms(false));
	let a = t.lodge(third, t.a.bob, INVOICE, 30);
	let b = t.lodge(third, t.a.frank, BILL_OF_LADING, 30);
	call_as(t.a.bob);
	assert_noop!(
		t,
		third,
		t.lc.present(third, AT_ISSUING, AMOUNT, vec![a, b]),
		Error::BadPresentation
	);
	assert_eq!(t.lc.payable(BENEFICIARY), AMOUNT);
	t.check();
}

#[ink::test]
fn an_increase_takes_effect_when_the_beneficiary_accepts() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	let more = Terms { amount: 1_500 * ED, expiry: EXPIRY + 50, ..terms(false) };
	for not_bank in [t.a.bob, t.a.django] {
		pay_as(not_bank, 0);
		assert_noop!(t, id, t.lc.propose_amendment(id, more.clone()), Error::NotIssuingBank);
	}
	call_as(t.a.charlie);
	test::set_value_transferred::<E>(499 * ED);
	assert_noop!(t, id, t.lc.propose_amendment(id, more.clone()), Error::WrongValue);
	let bad = Terms { required: vec![], ..more.clone() };
	test::set_value_transferred::<E>(500 * ED);
	assert_noop!(t, id, t.lc.propose_amendment(id, bad), Error::BadDocuments);
	test::transfer_in::<E>(500 * ED);
	assert_eq!(t.lc.propose_amendment(id, more.clone()), Ok(()));
	let e: AmendmentProposed = last_event();
	assert_eq!((e.credit, &e.terms, e.paid_in), (id, &more, 500 * ED));
	assert_eq!(t.lc.owed(), 1_500 * ED);
	t.check();
	test::set_value_transferred::<E>(0);
	assert_noop!(t, id, t.lc.propose_amendment(id, terms(false)), Error::AmendmentPending);
	t.applicant_agrees(id);
	for not_beneficiary in [t.a.alice, t.a.charlie] {
		call_as(not_beneficiary);
		assert_noop!(t, id, t.lc.accept_amendment(id), Error::NotBeneficiary);
	}
	call_as(t.a.bob);
	assert_eq!(t.lc.accept_amendment(id), Ok(()));
	let e: AmendmentAccepted = last_event();
	assert_eq!((e.credit, e.returned, e.deemed, e.confirmed), (id, 0, false, false));
	let c = t.credit(id);
	assert_eq!((c.terms, c.amendment), (more, None));
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::NoAmendment);
	test::set_block_number::<E>(EXPIRY + 1);
	assert_eq!(t.present(id, 1_500 * ED, docs), vec![]);
	t.check();
}

#[ink::test]
fn a_pending_extension_keeps_the_credit_open_for_the_beneficiary() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	let later = Terms { expiry: EXPIRY + 50, ..terms(false) };
	call_as(t.a.charlie);
	assert_eq!(t.lc.propose_amendment(id, later.clone()), Ok(()));
	t.applicant_agrees(id);
	// After the original expiry the bank cannot close over the extension it offered.
	test::set_block_number::<E>(EXPIRY + 1);
	assert_noop!(t, id, t.lc.close(id), Error::NotExpired);
	// The beneficiary may still accept it, and then present.
	call_as(t.a.bob);
	assert_eq!(t.lc.accept_amendment(id), Ok(()));
	assert_eq!(t.credit(id).terms, later);
	assert_eq!(t.present(id, AMOUNT, docs), vec![]);

	// Past the extension too, it closes (an increase paid in goes back).
	test::set_block_number::<E>(0);
	let id = t.issue();
	call_as(t.a.charlie);
	test::set_block_number::<E>(EXPIRY);
	test::transfer_in::<E>(100 * ED);
	let more_later = Terms { amount: 1_100 * ED, expiry: EXPIRY + 50, ..terms(false) };
	assert_eq!(t.lc.propose_amendment(id, more_later), Ok(()));
	t.applicant_agrees(id);
	test::set_block_number::<E>(EXPIRY + 50);
	call_as(t.stranger);
	assert_noop!(t, id, t.lc.close(id), Error::NotExpired);
	test::set_block_number::<E>(EXPIRY + 51);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::ExpiryNotInFuture);
	call_as(t.stranger);
	assert_eq!(t.lc.close(id), Ok(()));
	let e: Closed = last_event();
	assert_eq!(e.returned, 1_100 * ED);
	t.check();
}

#[ink::test]
fn a_presentation_complying_with_the_amended_terms_accepts_them() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	// The bank offers more money and a later expiry; the beneficiary says nothing but
	// presents for the larger amount after the original expiry.
	let more = Terms { amount: 1_200 * ED, expiry: EXPIRY + 50, ..terms(false) };
	pay_as(t.a.charlie, 200 * ED);
	assert_eq!(t.lc.propose_amendment(id, more.clone()), Ok(()));
	t.applicant_agrees(id);
	test::set_block_number::<E>(EXPIRY + 10);
	// Not complying with the amended terms either (a missing document): no acceptance.
	call_as(t.a.bob);
	assert_noop!(
		t,
		id,
		t.lc.present(id, AT_ISSUING, 1_200 * ED, docs[..2].to_vec()),
		Error::Expired
	);
	assert_eq!(t.present(id, 1_200 * ED, docs.clone()), vec![]);
	let events: Vec<_> = test::recorded_events().collect();
	let accepted = &events[events.len() - 2];
	let accepted =
		<AmendmentAccepted as ink::scale::Decode>::decode(&mut &accepted.data[..]).unwrap();
	assert_eq!((accepted.credit, accepted.returned, accepted.deemed), (id, 0, true));
	let c = t.credit(id);
	assert_eq!((c.terms, c.amendment), (more, None));
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	assert_eq!(t.lc.payable(BENEFICIARY), 1_200 * ED);

	// A presentation complying with the terms in force leaves the amendment pending.
	test::set_block_number::<E>(0);
	let id = t.issue();
	let docs = t.lodge_all(id, 11);
	call_as(t.a.charlie);
	assert_eq!(t.lc.propose_amendment(id, Terms { amount: 900 * ED, ..terms(false) }), Ok(()));
	t.applicant_agrees(id);
	assert_eq!(t.present(id, AMOUNT, docs), vec![]);
	assert!(t.credit(id).amendment.is_some());
	t.check();
}

#[ink::test]
fn an_amendment_reaches_rules_and_documents() {
	let mut t = setup();
	let id = t.issue();
	// The amendment asks the inspection certificate from a carrier instead: a document
	// lodged under the old rule is examined under the new one (read now).
	let docs = t.lodge_all(id, 1);
	let mut carrier_inspects = terms(false);
	carrier_inspects.required[2].issuer = IssuerRule::Role(role::CARRIER);
	call_as(t.a.charlie);
	assert_eq!(t.lc.propose_amendment(id, carrier_inspects), Ok(()));
	t.applicant_agrees(id);
	call_as(t.a.bob);
	assert_eq!(t.lc.accept_amendment(id), Ok(()));
	assert_eq!(t.present(id, AMOUNT, docs), vec![Discrepancy::IssuerNotQualified(INSPECTION)]);
	t.check();
}

#[ink::test]
fn a_reduction_credits_the_difference_to_the_bank() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	let docs = t.lodge_all(id, 1);
	t.present(id, 300 * ED, docs);
	call_as(t.a.charlie);
	let below = Terms { amount: 299 * ED, ..terms(true) };
	assert_noop!(t, id, t.lc.propose_amendment(id, below), Error::BelowDrawn);
	assert_eq!(t.lc.propose_amendment(id, Terms { amount: 400 * ED, ..terms(true) }), Ok(()));
	t.applicant_agrees(id);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::PresentationPending);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	call_as(t.a.bob);
	assert_eq!(t.lc.accept_amendment(id), Ok(()));
	let e: AmendmentAccepted = last_event();
	assert_eq!(e.returned, 600 * ED);
	assert_eq!(t.lc.payable(ISSUING_BANK), 600 * ED);
	assert_eq!((t.credit(id).undrawn(), t.lc.owed()), (Ok(100 * ED), 1_000 * ED));
	t.check();
}

#[ink::test]
fn the_bank_is_bound_by_its_amendment_until_the_beneficiary_rejects_it() {
	let mut t = setup();
	let id = t.issue();
	let more = Terms { amount: 1_200 * ED, ..terms(false) };
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.reject_amendment(id), Error::NoAmendment);
	pay_as(t.a.charlie, 200 * ED);
	assert_eq!(t.lc.propose_amendment(id, more.clone()), Ok(()));
	t.applicant_agrees(id);
	assert_eq!(balance(t.a.charlie), FUNDS - AMOUNT - 200 * ED);
	// The bank cannot withdraw it (art. 10(b)), nor can the applicant reject it.
	for not_beneficiary in [t.a.charlie, t.a.alice] {
		call_as(not_beneficiary);
		assert_noop!(t, id, t.lc.reject_amendment(id), Error::NotBeneficiary);
	}
	call_as(t.a.bob);
	assert_eq!(t.lc.reject_amendment(id), Ok(()));
	let e: AmendmentRejected = last_event();
	assert_eq!((e.credit, e.returned), (id, 200 * ED));
	assert_eq!(t.lc.payable(ISSUING_BANK), 200 * ED);
	assert_eq!((t.credit(id).terms, t.credit(id).amendment), (terms(false), None));
	t.check();
}

#[ink::test]
fn at_expiry_the_undrawn_balance_returns_to_the_bank() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	let docs = t.lodge_all(id, 1);
	t.present(id, 300 * ED, docs);
	pay_as(t.a.charlie, 100 * ED);
	assert_eq!(t.lc.propose_amendment(id, Terms { amount: 1_100 * ED, ..terms(true) }), Ok(()));
	t.applicant_agrees(id);
	call_as(t.stranger);
	assert_noop!(t, id, t.lc.close(id), Error::NotExpired);
	test::set_block_number::<E>(EXPIRY + 1);
	// The presentation was made in time: it is examined before the credit closes.
	assert_noop!(t, id, t.lc.close(id), Error::PresentationPending);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	call_as(t.stranger);
	assert_eq!(t.lc.close(id), Ok(()));
	let e: Closed = last_event();
	assert_eq!((e.credit, e.returned), (id, 700 * ED + 100 * ED));
	assert_eq!(t.lc.payable(ISSUING_BANK), 800 * ED);
	assert_eq!(t.lc.payable(BENEFICIARY), 300 * ED);
	assert_eq!(t.credit(id).state, State::Closed);
	assert_noop!(t, id, t.lc.close(id), Error::NotOpen);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, AT_ISSUING, 100 * ED, vec![]), Error::NotOpen);
	t.withdraw(t.a.charlie);
	t.withdraw(t.a.bob);
	assert_eq!(balance(t.a.charlie), FUNDS - 300 * ED);
	assert_eq!(balance(t.a.bob), FUNDS + 300 * ED);
	assert_eq!(t.lc.owed(), 0);
	t.check();
}

#[ink::test]
fn authority_follows_the_organisation_not_the_key() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	let docs = t.lodge_all(id, 1);
	// The beneficiary's employee leaves: the old key is moved out, a new key joins.
	let bob2 = account(101);
	test::set_account_balance::<E>(bob2, ED);
	t.chain.member(bob2, BENEFICIARY, role::SUPPLIER);
	t.chain.member(t.a.bob, ELSEWHERE, 0);
	call_as(t.a.bob);
	assert_noop!(
		t,
		id,
		t.lc.present(id, AT_ISSUING, 400 * ED, docs.clone()),
		Error::NotBeneficiary
	);
	call_as(bob2);
	assert_eq!(t.lc.present(id, AT_ISSUING, 400 * ED, docs), Ok(vec![]));
	// The issuing bank's key is rotated the same way.
	let charlie2 = account(102);
	t.chain.member(charlie2, ISSUING_BANK, role::BANK);
	t.chain.member(t.a.charlie, ELSEWHERE, 0);
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::NotExaminer
	);
	call_as(charlie2);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	// The departed key receives nothing; the organisation's current one does.
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.withdraw(), Error::NotAMember);
	assert_eq!(t.withdraw(bob2), 400 * ED);
	// A bank that lost its bank role no longer examines: after the period the honour
	// happens anyway.
	let more = vec![
		t.lodge(id, bob2, INVOICE, 11),
		t.lodge(id, t.a.frank, BILL_OF_LADING, 12),
		t.lodge(id, t.a.eve, INSPECTION, 13),
	];
	call_as(bob2);
	t.lc.present(id, AT_ISSUING, 600 * ED, more).unwrap();
	t.chain.set_roles(ISSUING_BANK, 0);
	call_as(charlie2);
	assert_noop!(
		t,
		id,
		t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]),
		Error::NotExaminer
	);
	test::set_block_number::<E>(EXAMINATION + 1);
	call_as(bob2);
	assert_eq!(t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)), Ok(()));
	assert_eq!(t.credit(id).state, State::Drawn);
	t.check();
}

/// RT-6: on chain a suspended organisation's accounts are no members, so its credit
/// could not be withdrawn until it was reinstated (for ever, if never).
#[ink::test]
fn a_suspended_organisations_credit_is_withdrawn_by_its_account_of_record() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	t.present(id, AMOUNT, docs);
	call_as(t.a.charlie);
	t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)).unwrap();
	assert_eq!(t.lc.account_of_record(BENEFICIARY), Some(t.a.bob));
	// A registrar suspends the beneficiary: it cannot act, but its credit is not lost.
	t.chain.set_roles(BENEFICIARY, 0);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.register_account(), Error::NotAMember);
	// Only its account of record takes it, nobody else.
	call_as(t.stranger);
	assert_noop!(t, id, t.lc.withdraw(), Error::NotAMember);
	for other in [t.a.alice, t.a.charlie] {
		call_as(other);
		assert_noop!(t, id, t.lc.withdraw(), Error::NothingOwed);
	}
	assert_eq!(t.withdraw(t.a.bob), AMOUNT);
	let e: Withdrawn = last_event();
	assert_eq!((e.participant, e.to, e.amount), (BENEFICIARY, t.a.bob, AMOUNT));
	t.check();
}

/// RT-6: a key that left an active organisation is no account of record any more once
/// its successor registers, and never withdraws while the organisation is active.
#[ink::test]
fn a_departed_key_is_not_an_account_of_record() {
	let mut t = setup();
	let id = t.offer(terms(false));
	call_as(t.a.charlie);
	t.lc.cancel(id).unwrap();
	// The bank's key leaves; while the bank is active the old key takes nothing.
	let charlie2 = account(64);
	t.chain.member(t.a.charlie, ELSEWHERE, 0);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.withdraw(), Error::NotAMember);
	// The new admin registers; the bank is suspended afterwards: the new key exits.
	t.chain.member(charlie2, ISSUING_BANK, role::BANK);
	call_as(charlie2);
	assert_eq!(t.lc.register_account(), Ok(ISSUING_BANK));
	t.chain.set_roles(ISSUING_BANK, 0);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.withdraw(), Error::NotAMember);
	test::set_account_balance::<E>(charlie2, ED);
	assert_eq!(t.withdraw(charlie2), AMOUNT);
	t.check();
}

/// RT-2 / RT-6: a suspended issuing bank could not refuse its own slot; its account of
/// record may (refusing only protects its money).
#[ink::test]
fn a_suspended_bank_may_still_refuse_through_its_account_of_record() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	t.present(id, AMOUNT, docs);
	t.chain.set_roles(ISSUING_BANK, 0);
	// Suspended, it does not honour.
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.honour(id, AT_ISSUING, t.presented(id, AT_ISSUING)),
		Error::NotExaminer
	);
	assert_eq!(t.lc.refuse(id, AT_ISSUING, t.presented(id, AT_ISSUING), vec![hash(0xD1)]), Ok(()));
	let e: Refused = last_event();
	assert_eq!((e.by, e.deemed), (t.a.charlie, false));
	assert_eq!(t.lc.payable(BENEFICIARY), 0);
	t.check();
}

/// Random call sequences from every party (seeded, reproducible: the failing seed and
/// step are in the message): after every step the contract's balance is what it owes and
/// no document was drawn twice; after all deadlines the honest parties alone get
/// everything out, and the beneficiary received, and the bank paid, exactly what was
/// drawn.
#[test]
fn random_sequences_keep_the_books_and_never_lock_funds() {
	for seed in 1..=60u64 {
		// A fresh off-chain chain for each sequence.
		test::run_test::<E, _>(|_| {
			run_sequence(seed);
			Ok(())
		})
		.expect("the sequence runs");
	}
}

fn run_sequence(seed: u64) {
	let mut t = setup();
	test::set_block_number::<E>(0);
	let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
	let mut next = move |n: u64| {
		// xorshift64
		rng ^= rng << 13;
		rng ^= rng >> 7;
		rng ^= rng << 17;
		rng % n
	};
	let a = test::default_accounts::<E>();
	let parties = [a.alice, a.bob, a.charlie, a.django, a.eve, a.frank, t.stranger];
	let issuers = [(a.bob, INVOICE), (a.frank, BILL_OF_LADING), (a.eve, INSPECTION)];
	let mut block: BlockNumber = 0;
	// Drawn documents by content hash: whoever lodged one, it is drawn once (RT-9).
	let mut drawn_docs: Vec<Hash> = Vec::new();
	// The ids of presentations seen pending, under any credit.
	let mut seen: Vec<PresentationId> = Vec::new();
	let mut lodged: Vec<(CreditId, DocRef)> = Vec::new();
	// Two credits in force to start with, the second confirmed.
	for confirmed in [false, true] {
		let id = t.issue_with(terms(next(2) == 0));
		if confirmed {
			call_as(a.django);
			t.lc.add_confirmation(id).expect("django confirms");
		}
	}
	let mut credits = 2u64;
	for step in 0..80 {
		// Mostly the newest credit; sometimes any.
		let id = match credits {
			0 => 0,
			n if next(5) < 3 => n - 1,
			n => next(n),
		};
		// Each credit's documents mostly have hashes of their own; sometimes another's.
		let pick_hash = |next: &mut dyn FnMut(u64) -> u64| {
			let base = if next(5) == 0 { next(credits.max(1)) } else { id };
			(base * 4 + next(4)) as u8
		};
		let at = if next(3) == 0 { AT_CONFIRMING } else { AT_ISSUING };
		// Weighted: documents and presentations are where the money moves.
		// 15: a registrar suspends or reinstates a party's organisation (RT-6); 16: the
		// applicant consents to an amendment; 17: the confirming bank extends its
		// confirmation to one (RT-11).
		const WEIGHTS: [u64; 18] = [1, 1, 1, 6, 5, 1, 4, 2, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1];
		let mut roll = next(WEIGHTS.iter().sum());
		let action = WEIGHTS.iter().position(|w| {
			roll < *w || {
				roll -= w;
				false
			}
		});
		let action = action.expect("the roll is below the sum");
		// Mostly the party whose move it is; one call in five from anyone.
		let proper = match action {
			1 | 5 | 16 => a.alice,
			4 | 9 | 10 => a.bob,
			2 | 17 => a.django,
			// At the confirming slot the issuing bank examines after the confirming bank.
			6 | 7 if at == AT_CONFIRMING && next(3) != 0 => a.django,
			_ => a.charlie,
		};
		let caller = if next(5) == 0 { parties[next(7) as usize] } else { proper };
		call_as(caller);
		let drawing = t.lc.credit(id).and_then(|c| c.examination(at).presentation.clone());
		// The presentation a waiver, an honour or a refusal names: mostly the one pending,
		// sometimes another made under any credit (decided since, or at the other slot),
		// or a hash no presentation has.
		let pending = t.presented(id, at);
		if drawing.is_some() && !seen.contains(&pending) {
			seen.push(pending);
		}
		let named = match next(8) {
			0 if !seen.is_empty() => seen[next(seen.len() as u64) as usize],
			1 => hash(0xEE),
			_ => pending,
		};
		let outcome = match action {
			0 => {
				let terms = Terms {
					expiry: block + 20 + next(60) as BlockNumber,
					latest_shipment: block + 10 + next(20) as BlockNumber,
					..terms(next(2) == 0)
				};
				let amount = terms.amount;
				pay_as(a.charlie, amount);
				let examination = 1 + next(10) as BlockNumber;
				let r = t.lc.issue(a.alice, a.bob, Some(a.django), terms, examination);
				if r.is_err() {
					// A reverted call keeps nothing it was sent.
					test::set_account_balance::<E>(t.contract, balance(t.contract) - amount);
					test::set_account_balance::<E>(a.charlie, balance(a.charlie) + amount);
				}
				if let Ok(new) = r {
					credits += 1;
					// Mostly the applicant consents at once.
					if next(5) != 0 {
						call_as(a.alice);
						t.lc.consent(new).expect("the applicant consents to a new credit");
					}
				}
				r.map(|_| ())
			},
			1 => t.lc.consent(id),
			2 => t.lc.add_confirmation(id),
			3 => {
				let (by, doc_type) = issuers[next(3) as usize];
				let by = if next(5) == 0 { caller } else { by };
				let n = pick_hash(&mut next);
				call_as(by);
				let r = t.lc.lodge(id, doc_type, hash(n));
				if r.is_ok() {
					lodged.push((id, doc(by, n)));
				}
				r
			},
			4 => {
				// Mostly documents lodged for this credit, sometimes any.
				let docs = issuers
					.iter()
					.filter_map(|(by, _)| {
						let mine: Vec<&DocRef> = lodged
							.iter()
							.filter(|(c, d)| *c == id && d.issuer == *by)
							.map(|(_, d)| d)
							.collect();
						match mine.len() {
							_ if next(6) == 0 => Some(doc(*by, pick_hash(&mut next))),
							0 => None,
							n => Some(*mine[next(n as u64) as usize]),
						}
					})
					.collect();
				let amount = [AMOUNT, 400 * ED, 600 * ED, 1_200 * ED][next(4) as usize];
				t.lc.present(id, at, amount, docs).map(|_| ())
			},
			5 => t.lc.waive(id, at, named),
			6 => t.lc.honour(id, at, named),
			// Sometimes stating nothing: a deemed refusal once the periods are over.
			7 if next(4) == 0 => t.lc.refuse(id, at, named, vec![]),
			7 => t.lc.refuse(id, at, named, vec![hash(0xD0 + next(3) as u8)]),
			8 => {
				let amount = [900 * ED, AMOUNT, 1_200 * ED][next(3) as usize];
				let terms = Terms {
					amount,
					expiry: block + 1 + next(80) as BlockNumber,
					latest_shipment: block,
					..terms(next(2) == 0)
				};
				let paid = amount.saturating_sub(t.lc.credit(id).map_or(0, |c| c.terms.amount));
				pay_as(caller, paid);
				let r = t.lc.propose_amendment(id, terms);
				if r.is_err() {
					// A reverted call keeps nothing it was sent.
					test::set_account_balance::<E>(t.contract, balance(t.contract) - paid);
					test::set_account_balance::<E>(caller, balance(caller) + paid);
				}
				r
			},
			9 => t.lc.accept_amendment(id),
			10 => t.lc.reject_amendment(id),
			11 => t.lc.close(id),
			12 => t.lc.cancel(id),
			13 => t.lc.withdraw().map(|_| ()),
			16 => t.lc.consent_amendment(id),
			17 => t.lc.extend_confirmation(id),
			15 => {
				let (org, roles) = [
					(APPLICANT, role::CUSTOMER),
					(BENEFICIARY, role::SUPPLIER),
					(ISSUING_BANK, role::BANK),
					(CONFIRMING_BANK, role::BANK),
				][next(4) as usize];
				let suspended = t.chain_roles(org) == 0;
				t.chain.set_roles(org, if suspended { roles } else { 0 });
				Ok(())
			},
			_ => {
				block += 1 + next(12) as BlockNumber;
				test::set_block_number::<E>(block);
				Ok(())
			},
		};
		test::set_value_transferred::<E>(0);
		if (5..=7).contains(&action) && outcome.is_ok() {
			let decided =
				drawing.as_ref().expect("a waiver, honour or refusal decides a presentation");
			assert_eq!(
				decided.id(id, at),
				named,
				"seed {seed} step {step}: decided a presentation it did not name"
			);
		}
		if action == 6 && outcome.is_ok() {
			let honoured = drawing.expect("an honour pays a presentation");
			// Never a presentation the contract found wanting, unless the applicant waived.
			assert!(
				honoured.discrepancies.is_empty() || honoured.waived,
				"seed {seed} step {step}: a discrepant presentation was honoured"
			);
			for d in honoured.documents {
				assert!(
					!drawn_docs.contains(&d.hash),
					"seed {seed} step {step}: {d:?} drawn twice"
				);
				drawn_docs.push(d.hash);
			}
		}
		assert_eq!(balance(t.contract), t.lc.owed(), "seed {seed} step {step}: balance is owed");
		t.check();
		if let Some(c) = t.lc.credit(id) {
			assert!(c.drawn <= c.terms.amount, "seed {seed} step {step}: overdrawn");
		}
	}
	// Every deadline passes; anyone carries out the pending honours and closes; the
	// bank and the beneficiary withdraw, suspended or not (a suspended organisation's
	// account of record exits with its credit): nothing stays behind.
	block += 1_000;
	test::set_block_number::<E>(block);
	call_as(t.stranger);
	let mut drawn = 0;
	for id in 0..credits {
		for at in [AT_ISSUING, AT_CONFIRMING] {
			let named = t.presented(id, at);
			if t.lc.honour(id, at, named).is_err() {
				let _ = t.lc.refuse(id, at, named, vec![]);
			}
		}
		let _ = t.lc.close(id);
		let c = t.credit(id);
		assert!(
			matches!(c.state, State::Drawn | State::Closed | State::Cancelled),
			"seed {seed}: credit {id} is settled"
		);
		drawn += c.drawn;
	}
	for who in [a.bob, a.charlie] {
		call_as(who);
		let _ = t.lc.withdraw();
	}
	assert_eq!((t.lc.owed(), balance(t.contract)), (0, 0), "seed {seed}: nothing locked");
	assert_eq!(balance(a.bob), FUNDS + drawn, "seed {seed}: the beneficiary got the drawings");
	assert_eq!(balance(a.charlie), FUNDS - drawn, "seed {seed}: the bank paid the drawings");
}

// Issue 16 item 20: a governed replacement of the contract's code; money that needs no
// answer from the chain extension to come out.

impl amchain_ink::testing::Governed for LetterOfCredit {
	type Error = Error;
	fn schedule_code(&mut self, code_hash: ink::primitives::Hash) -> Result<BlockNumber> {
		LetterOfCredit::schedule_code(self, code_hash)
	}
	fn cancel_code(&mut self) -> Result<()> {
		LetterOfCredit::cancel_code(self)
	}
	fn apply_code(&mut self) -> Result<()> {
		LetterOfCredit::apply_code(self)
	}
	fn lapse_code(&mut self) -> Result<()> {
		LetterOfCredit::lapse_code(self)
	}
	fn scheduled_code(&self) -> Option<amchain_ink::ScheduledCode> {
		LetterOfCredit::scheduled_code(self)
	}
}

/// Only the governor schedules or cancels; no one applies before the delay; the credits
/// and the money are untouched throughout.
#[ink::test]
fn only_the_governor_replaces_the_code_and_only_after_the_delay() {
	let mut t = setup();
	let id = t.offer(terms(false));
	let (chain, contract, applicant) = (t.chain.clone(), t.contract, t.a.alice);
	amchain_ink::testing::check_governed_code(&mut t.lc, &chain, applicant, |lc| {
		(lc.credit(id), lc.owed(), lc.credit_count(), balance(contract), lc.payable(ISSUING_BANK))
	});
	t.check();
}

/// Due, `apply_code` asks the chain to swap the code (not in ink!'s off-chain engine).
#[ink::test]
#[should_panic(expected = "off-chain environment does not support `set_code_hash`")]
fn a_due_code_is_swapped_in_by_anyone() {
	let mut t = setup();
	let (chain, stranger) = (t.chain.clone(), t.stranger);
	amchain_ink::testing::check_governed_code(&mut t.lc, &chain, t.a.alice, |_| ());
	call_as(stranger);
	let _ = t.lc.apply_code();
}

/// A credit's funds go back to the issuing bank at expiry without asking the chain
/// extension anything: `close` works while every function fails or answers what this code
/// cannot decode (a newer runtime's variant).
#[ink::test]
fn a_credit_closes_at_expiry_even_if_the_chain_cannot_answer() {
	let mut t = setup();
	let id = t.offer(terms(false));
	t.chain.fail_all(amchain_ink::ExtensionError::Undecodable);
	call_as(t.stranger);
	test::set_block_number::<E>(EXPIRY + 1);
	assert_eq!(t.lc.close(id), Ok(()));
	assert_eq!(t.lc.payable(ISSUING_BANK), AMOUNT);
	// Withdrawing asks the chain who the caller acts for: it waits for an answer (or a
	// replaced contract), the credit stays payable.
	call_as(t.a.charlie);
	assert_noop!(
		t,
		id,
		t.lc.withdraw(),
		Error::Extension(amchain_ink::ExtensionError::Undecodable)
	);
	t.chain.answer_all_again();
	assert_eq!(t.withdraw(t.a.charlie), AMOUNT);
	t.check();
}
