//! Every message's success and failure paths, off chain, with the chain extension
//! answered by `amchain_ink::testing::MockChain`. After every test the contract's
//! balance equals what it owes.

use crate::letter_of_credit::*;
use amchain_ink::{
	assert_noop, role,
	testing::{balance, call_as, event_count, last_event, pay_as, set_up_accounts, MockChain},
	AccountId, AmchainEnvironment as E, Balance, BlockNumber, ParticipantId, StandardId,
};
use ink::{env::test, primitives::Hash};

const AMOUNT: Balance = 1_000;
const EXPIRY: BlockNumber = 100;
const SHIPMENT: BlockNumber = 50;
const EXAMINATION: BlockNumber = 5;
const FUNDS: Balance = 1_000_000;
const INSPECTION_STANDARD: StandardId = 10;

const INVOICE: DocType = 1;
const BILL_OF_LADING: DocType = 2;
const INSPECTION: DocType = 3;

const AUDITOR_ORG: ParticipantId = 5;

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

fn setup() -> Test {
	let a = test::default_accounts::<E>();
	let chain = MockChain::install();
	chain.member(a.alice, 1, role::CUSTOMER);
	chain.member(a.bob, 2, role::SUPPLIER);
	chain.member(a.charlie, 3, role::BANK);
	chain.member(a.django, 4, role::BANK);
	chain.member(a.eve, AUDITOR_ORG, role::AUDITOR);
	chain.member(a.frank, 6, role::CARRIER);
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

impl Test {
	/// Charlie issues a credit on `terms` for alice to bob, django named to confirm.
	fn issue_with(&mut self, terms: Terms) -> CreditId {
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

	/// `by` lodges document `n` of `doc_type`; returns its hash.
	fn lodge(&mut self, id: CreditId, by: AccountId, doc_type: DocType, n: u8) -> Hash {
		call_as(by);
		self.lc.lodge(id, doc_type, hash(n)).expect("document lodges");
		hash(n)
	}

	/// The three documents from their proper issuers (numbered from `n`).
	fn lodge_all(&mut self, id: CreditId, n: u8) -> Vec<Hash> {
		vec![
			self.lodge(id, self.a.bob, INVOICE, n),
			self.lodge(id, self.a.frank, BILL_OF_LADING, n + 1),
			self.lodge(id, self.a.eve, INSPECTION, n + 2),
		]
	}

	fn present(&mut self, id: CreditId, amount: Balance, docs: Vec<Hash>) -> Vec<Discrepancy> {
		call_as(self.a.bob);
		self.lc.present(id, amount, docs).expect("presentation accepted")
	}

	fn credit(&self, id: CreditId) -> Credit {
		self.lc.credit(id).expect("credit exists")
	}

	/// Everything a failed message must leave as it was.
	fn snapshot(&self, id: CreditId) -> (Option<Credit>, Balance, CreditId, Balance, usize) {
		(
			self.lc.credit(id),
			self.lc.owed(),
			self.lc.credit_count(),
			balance(self.contract),
			event_count(),
		)
	}

	/// The contract holds exactly what it owes.
	fn check(&self) {
		assert_eq!(balance(self.contract), self.lc.owed(), "balance equals what is owed");
	}
}

#[ink::test]
fn issue_funds_a_credit() {
	let mut t = setup();
	let id = t.issue();
	assert_eq!(id, 0);
	let c = t.credit(id);
	assert_eq!((c.applicant, c.beneficiary, c.issuing_bank), (t.a.alice, t.a.bob, t.a.charlie));
	assert_eq!((c.confirming_bank, c.confirmed), (Some(t.a.django), false));
	assert_eq!((c.terms, c.examination_period, c.drawn), (terms(false), EXAMINATION, 0));
	assert_eq!((c.presentation, c.amendment, c.state), (None, None, State::Issued));
	assert_eq!(balance(t.a.charlie), FUNDS - AMOUNT);
	assert_eq!((t.lc.owed(), t.lc.credit_count()), (AMOUNT, 1));
	let e: Issued = last_event();
	assert_eq!(
		(e.credit, e.applicant, e.beneficiary, e.issuing_bank, e.amount, e.expiry),
		(id, t.a.alice, t.a.bob, t.a.charlie, AMOUNT, EXPIRY)
	);
	t.check();
}

#[ink::test]
fn issue_refuses_bad_credits() {
	let mut t = setup();
	let (alice, bob) = (t.a.alice, t.a.bob);
	let issue = |t: &mut Test, applicant: AccountId, terms: Terms, examination: BlockNumber| {
		test::set_value_transferred::<E>(terms.amount);
		let r = t.lc.issue(applicant, bob, None, terms, examination);
		test::set_value_transferred::<E>(0);
		r
	};
	for not_a_bank in [alice, t.stranger] {
		call_as(not_a_bank);
		assert_noop!(t, 0, issue(&mut t, alice, terms(false), EXAMINATION), Error::NotABank);
	}
	call_as(t.a.charlie);
	assert_noop!(t, 0, issue(&mut t, bob, terms(false), EXAMINATION), Error::SameParty);
	let zero = Terms { amount: 0, ..terms(false) };
	assert_noop!(t, 0, issue(&mut t, alice, zero, EXAMINATION), Error::ZeroAmount);
	test::set_value_transferred::<E>(AMOUNT - 1);
	assert_noop!(t, 0, t.lc.issue(alice, bob, None, terms(false), EXAMINATION), Error::WrongValue);
	test::set_block_number::<E>(EXPIRY);
	assert_noop!(t, 0, issue(&mut t, alice, terms(false), EXAMINATION), Error::ExpiryNotInFuture);
	test::set_block_number::<E>(0);
	let late = Terms { latest_shipment: EXPIRY + 1, ..terms(false) };
	assert_noop!(t, 0, issue(&mut t, alice, late, EXAMINATION), Error::ShipmentAfterExpiry);
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
		assert_noop!(t, 0, issue(&mut t, alice, bad, EXAMINATION), Error::BadDocuments);
	}
	for period in [0, MAX_EXAMINATION + 1] {
		assert_noop!(t, 0, issue(&mut t, alice, terms(false), period), Error::BadExaminationPeriod);
	}
	t.check();
}

#[ink::test]
fn issuers_lodge_required_documents() {
	let mut t = setup();
	let id = t.issue();
	test::set_block_number::<E>(7);
	let h = t.lodge(id, t.a.frank, BILL_OF_LADING, 1);
	let doc = t.lc.document(id, h).expect("lodged");
	assert_eq!(
		doc,
		Document { doc_type: BILL_OF_LADING, issuer: t.a.frank, lodged_at: 7, drawn: false }
	);
	let e: DocumentLodged = last_event();
	assert_eq!((e.credit, e.hash, e.doc_type, e.issuer), (id, h, BILL_OF_LADING, t.a.frank));
	assert_noop!(t, id, t.lc.lodge(id, BILL_OF_LADING, h), Error::DocumentExists);
	assert_noop!(t, id, t.lc.lodge(id, 99, hash(2)), Error::NotRequired);
	assert_noop!(t, 9, t.lc.lodge(9, INVOICE, hash(2)), Error::NoSuchCredit);
	test::set_block_number::<E>(EXPIRY + 1);
	assert_noop!(t, id, t.lc.lodge(id, INVOICE, hash(2)), Error::Expired);
	assert_eq!(t.lc.document(id, hash(2)), None);
	t.check();
}

#[ink::test]
fn a_complying_presentation_is_honoured() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	test::set_block_number::<E>(60);
	assert_eq!(t.present(id, AMOUNT, docs.clone()), vec![]);
	let e: Presented = last_event();
	assert_eq!((e.credit, e.amount, e.discrepancies), (id, AMOUNT, vec![]));
	let p = t.credit(id).presentation.expect("pending");
	assert_eq!((p.amount, &p.documents, p.presented_at, p.waived), (AMOUNT, &docs, 60, false));
	for not_examiner in [t.a.alice, t.stranger, t.a.django] {
		call_as(not_examiner);
		assert_noop!(t, id, t.lc.honour(id), Error::NotExaminer);
	}
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id), Ok(()));
	assert_eq!(balance(t.a.bob), FUNDS + AMOUNT);
	let c = t.credit(id);
	assert_eq!((c.drawn, c.presentation, c.state), (AMOUNT, None, State::Drawn));
	assert!(docs.iter().all(|h| t.lc.document(id, *h).is_some_and(|d| d.drawn)));
	let e: Honoured = last_event();
	assert_eq!((e.credit, e.amount, e.by, e.deemed), (id, AMOUNT, t.a.charlie, false));
	assert_noop!(t, id, t.lc.honour(id), Error::NotOpen);
	assert_eq!(t.lc.owed(), 0);
	t.check();
}

#[ink::test]
fn present_refuses_bad_presentations() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.present(id, AMOUNT, docs.clone()), Error::NotBeneficiary);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, 0, docs.clone()), Error::ZeroAmount);
	assert_noop!(t, id, t.lc.present(id, AMOUNT + 1, docs.clone()), Error::ExceedsUndrawn);
	assert_noop!(t, id, t.lc.present(id, AMOUNT - 1, docs.clone()), Error::PartialNotAllowed);
	let twice = vec![docs[0], docs[0]];
	assert_noop!(t, id, t.lc.present(id, AMOUNT, twice), Error::BadPresentation);
	let nine = (0..=MAX_DOCUMENTS as u8).map(hash).collect();
	assert_noop!(t, id, t.lc.present(id, AMOUNT, nine), Error::BadPresentation);
	assert_noop!(t, id, t.lc.present(id, AMOUNT, vec![hash(99)]), Error::UnknownDocument);
	assert_noop!(t, 9, t.lc.present(9, AMOUNT, docs.clone()), Error::NoSuchCredit);
	test::set_block_number::<E>(EXPIRY + 1);
	assert_noop!(t, id, t.lc.present(id, AMOUNT, docs.clone()), Error::Expired);
	test::set_block_number::<E>(EXPIRY);
	t.present(id, AMOUNT, docs.clone());
	assert_noop!(t, id, t.lc.present(id, AMOUNT, docs), Error::PresentationPending);
	t.check();
}

#[ink::test]
fn the_contract_finds_discrepancies_through_the_chain() {
	let mut t = setup();
	let id = t.issue();
	// An invoice by the carrier, a bill of lading by the beneficiary (not a carrier),
	// no inspection certificate.
	let docs = vec![t.lodge(id, t.a.frank, INVOICE, 1), t.lodge(id, t.a.bob, BILL_OF_LADING, 2)];
	assert_eq!(
		t.present(id, AMOUNT, docs),
		vec![
			Discrepancy::IssuerNotQualified(INVOICE),
			Discrepancy::IssuerNotQualified(BILL_OF_LADING),
			Discrepancy::Missing(INSPECTION),
		]
	);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.honour(id), Error::Discrepant);
	assert_eq!(t.lc.refuse(id, vec![]), Ok(()));

	// Shipped late; the inspection certificate by an auditor whose certification
	// lapsed, and one by an organisation that is not an auditor at all.
	test::set_block_number::<E>(SHIPMENT + 1);
	t.chain.certify(AUDITOR_ORG, INSPECTION_STANDARD, false);
	let docs = vec![
		t.lodge(id, t.a.bob, INVOICE, 11),
		t.lodge(id, t.a.frank, BILL_OF_LADING, 12),
		t.lodge(id, t.a.eve, INSPECTION, 13),
		t.lodge(id, t.stranger, INSPECTION, 14),
	];
	assert_eq!(
		t.present(id, AMOUNT, docs),
		vec![
			Discrepancy::LateShipment(BILL_OF_LADING),
			Discrepancy::IssuerNotQualified(INSPECTION),
		]
	);
	// Certified again, the same documents comply but for the shipment date.
	t.chain.certify(AUDITOR_ORG, INSPECTION_STANDARD, true);
	call_as(t.a.charlie);
	assert_eq!(t.lc.refuse(id, vec![]), Ok(()));
	let docs = vec![hash(11), hash(12), hash(13)];
	assert_eq!(t.present(id, AMOUNT, docs), vec![Discrepancy::LateShipment(BILL_OF_LADING)]);
	t.check();
}

#[ink::test]
fn the_applicant_may_waive_discrepancies() {
	let mut t = setup();
	let id = t.issue();
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.waive(id), Error::NoPresentation);
	let docs = vec![t.lodge(id, t.a.bob, INVOICE, 1)];
	t.present(id, AMOUNT, docs);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.waive(id), Error::NotApplicant);
	call_as(t.a.alice);
	assert_eq!(t.lc.waive(id), Ok(()));
	let e: Waived = last_event();
	assert_eq!(e.credit, id);
	assert!(t.credit(id).presentation.is_some_and(|p| p.waived));
	assert_noop!(t, id, t.lc.waive(id), Error::NothingToWaive);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id), Ok(()));
	assert_eq!(balance(t.a.bob), FUNDS + AMOUNT);

	// Nothing to waive in a complying presentation.
	let id = t.issue();
	let docs = t.lodge_all(id, 21);
	t.present(id, AMOUNT, docs);
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.waive(id), Error::NothingToWaive);
	t.check();
}

#[ink::test]
fn refusal_lists_discrepancies_within_the_examination_period() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.refuse(id, vec![hash(0xD1)]), Error::NoPresentation);
	test::set_block_number::<E>(10);
	t.present(id, AMOUNT, docs.clone());
	for not_examiner in [t.a.bob, t.a.alice, t.a.django] {
		call_as(not_examiner);
		assert_noop!(t, id, t.lc.refuse(id, vec![hash(0xD1)]), Error::NotExaminer);
	}
	call_as(t.a.charlie);
	// The contract found none, so the bank must state one.
	assert_noop!(t, id, t.lc.refuse(id, vec![]), Error::BadRefusal);
	let too_many = vec![hash(0xD1); MAX_DISCREPANCIES + 1];
	assert_noop!(t, id, t.lc.refuse(id, too_many), Error::BadRefusal);
	test::set_block_number::<E>(10 + EXAMINATION + 1);
	assert_noop!(t, id, t.lc.refuse(id, vec![hash(0xD1)]), Error::ExaminationOver);
	test::set_block_number::<E>(10 + EXAMINATION);
	assert_eq!(t.lc.refuse(id, vec![hash(0xD1)]), Ok(()));
	let e: Refused = last_event();
	assert_eq!((e.credit, e.by), (id, t.a.charlie));
	assert_eq!(e.discrepancies, vec![Discrepancy::Stated(hash(0xD1))]);
	let c = t.credit(id);
	assert_eq!((c.presentation, c.drawn, c.state), (None, 0, State::Issued));
	// Nothing was paid against the documents: the beneficiary may present again.
	assert_eq!(t.present(id, AMOUNT, docs), vec![]);
	assert_eq!(balance(t.a.bob), FUNDS);
	t.check();
}

#[ink::test]
fn a_bank_that_does_not_decide_in_time_is_precluded() {
	let mut t = setup();
	let id = t.issue();
	let docs = vec![t.lodge(id, t.a.bob, INVOICE, 1)];
	test::set_block_number::<E>(20);
	assert_eq!(t.present(id, AMOUNT, docs).len(), 2);
	call_as(t.a.bob);
	test::set_block_number::<E>(20 + EXAMINATION);
	assert_noop!(t, id, t.lc.honour(id), Error::ExaminationOpen);
	test::set_block_number::<E>(20 + EXAMINATION + 1);
	assert_eq!(t.lc.honour(id), Ok(()));
	let e: Honoured = last_event();
	assert_eq!((e.amount, e.by, e.deemed), (AMOUNT, t.a.bob, true));
	assert_eq!(balance(t.a.bob), FUNDS + AMOUNT);
	assert_eq!(t.credit(id).state, State::Drawn);
	t.check();
}

#[ink::test]
fn a_confirming_bank_examines_once_it_confirms() {
	let mut t = setup();
	let id = t.issue();
	call_as(t.a.charlie);
	assert_noop!(t, id, t.lc.add_confirmation(id), Error::NotConfirmingBank);
	call_as(t.a.django);
	assert_eq!(t.lc.add_confirmation(id), Ok(()));
	let e: ConfirmationAdded = last_event();
	assert_eq!((e.credit, e.confirming_bank), (id, t.a.django));
	assert!(t.credit(id).confirmed);
	assert_noop!(t, id, t.lc.add_confirmation(id), Error::AlreadyConfirmed);
	let docs = t.lodge_all(id, 1);
	t.present(id, AMOUNT, docs);
	call_as(t.a.django);
	assert_eq!(t.lc.honour(id), Ok(()));
	let e: Honoured = last_event();
	assert_eq!(e.by, t.a.django);
	assert_eq!(balance(t.a.bob), FUNDS + AMOUNT);

	// A confirming bank must be a bank when it confirms.
	pay_as(t.a.charlie, AMOUNT);
	let id = t.lc.issue(t.a.alice, t.a.bob, Some(t.a.eve), terms(false), EXAMINATION).unwrap();
	call_as(t.a.eve);
	assert_noop!(t, id, t.lc.add_confirmation(id), Error::NotABank);
	t.check();
}

#[ink::test]
fn partial_drawings_draw_down_the_credit() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	let first = t.lodge_all(id, 1);
	t.present(id, 400, first.clone());
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id), Ok(()));
	let c = t.credit(id);
	assert_eq!((c.drawn, c.state), (400, State::Issued));
	assert_eq!(c.undrawn(), Ok(600));
	assert_eq!(t.lc.owed(), 600);
	// Documents paid against cannot be presented again.
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, 600, first), Error::DocumentUsed);
	assert_noop!(t, id, t.lc.present(id, 601, vec![]), Error::ExceedsUndrawn);
	let second = t.lodge_all(id, 11);
	t.present(id, 600, second);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id), Ok(()));
	assert_eq!((balance(t.a.bob), t.credit(id).state), (FUNDS + AMOUNT, State::Drawn));
	t.check();
}

#[ink::test]
fn an_increase_takes_effect_when_the_beneficiary_accepts() {
	let mut t = setup();
	let id = t.issue();
	let docs = t.lodge_all(id, 1);
	let more = Terms { amount: 1_500, expiry: EXPIRY + 50, ..terms(false) };
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.propose_amendment(id, more.clone()), Error::NotIssuingBank);
	call_as(t.a.charlie);
	test::set_value_transferred::<E>(499);
	assert_noop!(t, id, t.lc.propose_amendment(id, more.clone()), Error::WrongValue);
	let bad = Terms { required: vec![], ..more.clone() };
	test::set_value_transferred::<E>(500);
	assert_noop!(t, id, t.lc.propose_amendment(id, bad), Error::BadDocuments);
	test::transfer_in::<E>(500);
	assert_eq!(t.lc.propose_amendment(id, more.clone()), Ok(()));
	let e: AmendmentProposed = last_event();
	assert_eq!((e.credit, &e.terms, e.paid_in), (id, &more, 500));
	assert_eq!(t.lc.owed(), 1_500);
	t.check();
	test::set_value_transferred::<E>(0);
	assert_noop!(t, id, t.lc.propose_amendment(id, terms(false)), Error::AmendmentPending);
	// Not in effect yet: the old expiry still applies.
	test::set_block_number::<E>(EXPIRY + 1);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::Expired);
	test::set_block_number::<E>(EXPIRY);
	call_as(t.a.alice);
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::NotBeneficiary);
	call_as(t.a.bob);
	assert_eq!(t.lc.accept_amendment(id), Ok(()));
	let e: AmendmentAccepted = last_event();
	assert_eq!((e.credit, e.returned), (id, 0));
	let c = t.credit(id);
	assert_eq!((c.terms, c.amendment), (more, None));
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::NoAmendment);
	test::set_block_number::<E>(EXPIRY + 1);
	assert_eq!(t.present(id, 1_500, docs), vec![]);
	t.check();
}

#[ink::test]
fn a_reduction_returns_the_difference_to_the_bank() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	let docs = t.lodge_all(id, 1);
	t.present(id, 300, docs);
	call_as(t.a.charlie);
	let below = Terms { amount: 299, ..terms(true) };
	assert_noop!(t, id, t.lc.propose_amendment(id, below), Error::BelowDrawn);
	assert_eq!(t.lc.propose_amendment(id, Terms { amount: 400, ..terms(true) }), Ok(()));
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.accept_amendment(id), Error::PresentationPending);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id), Ok(()));
	call_as(t.a.bob);
	assert_eq!(t.lc.accept_amendment(id), Ok(()));
	let e: AmendmentAccepted = last_event();
	assert_eq!(e.returned, 600);
	assert_eq!(balance(t.a.charlie), FUNDS - 400);
	assert_eq!((t.credit(id).undrawn(), t.lc.owed()), (Ok(100), 100));
	t.check();
}

#[ink::test]
fn an_amendment_rejected_or_withdrawn_returns_the_increase() {
	let mut t = setup();
	let id = t.issue();
	let more = Terms { amount: 1_200, ..terms(false) };
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.reject_amendment(id), Error::NoAmendment);
	for (by, n) in [(t.a.bob, 1), (t.a.charlie, 2)] {
		pay_as(t.a.charlie, 200);
		assert_eq!(t.lc.propose_amendment(id, more.clone()), Ok(()));
		assert_eq!(balance(t.a.charlie), FUNDS - AMOUNT - 200);
		call_as(t.a.alice);
		assert_noop!(t, id, t.lc.reject_amendment(id), Error::NotAmendmentParty);
		call_as(by);
		assert_eq!(t.lc.reject_amendment(id), Ok(()), "rejection {n}");
		let e: AmendmentRejected = last_event();
		assert_eq!((e.credit, e.by, e.returned), (id, by, 200));
		assert_eq!(balance(t.a.charlie), FUNDS - AMOUNT);
		assert_eq!((t.credit(id).terms, t.lc.owed()), (terms(false), AMOUNT));
	}
	t.check();
}

#[ink::test]
fn at_expiry_the_undrawn_balance_returns_to_the_bank() {
	let mut t = setup();
	let id = t.issue_with(terms(true));
	let docs = t.lodge_all(id, 1);
	t.present(id, 300, docs);
	pay_as(t.a.charlie, 100);
	assert_eq!(t.lc.propose_amendment(id, Terms { amount: 1_100, ..terms(true) }), Ok(()));
	call_as(t.stranger);
	assert_noop!(t, id, t.lc.close(id), Error::NotExpired);
	test::set_block_number::<E>(EXPIRY + 1);
	// The presentation was made in time: it is examined before the credit closes.
	assert_noop!(t, id, t.lc.close(id), Error::PresentationPending);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(id), Ok(()));
	call_as(t.stranger);
	assert_eq!(t.lc.close(id), Ok(()));
	let e: Closed = last_event();
	assert_eq!((e.credit, e.returned), (id, 700 + 100));
	assert_eq!(balance(t.a.charlie), FUNDS - 300);
	assert_eq!(balance(t.a.bob), FUNDS + 300);
	assert_eq!(t.credit(id).state, State::Closed);
	assert_noop!(t, id, t.lc.close(id), Error::NotOpen);
	call_as(t.a.bob);
	assert_noop!(t, id, t.lc.present(id, 100, vec![]), Error::NotOpen);
	assert_eq!(t.lc.owed(), 0);
	t.check();
}

#[ink::test]
fn many_credits_in_one_contract() {
	let mut t = setup();
	let ids: Vec<CreditId> = (0..3).map(|_| t.issue()).collect();
	assert_eq!(ids, vec![0, 1, 2]);
	assert_eq!(t.lc.owed(), 3 * AMOUNT);
	// The same document hash may be lodged for different credits.
	let docs = t.lodge_all(1, 1);
	t.lodge_all(2, 1);
	t.present(1, AMOUNT, docs);
	call_as(t.a.charlie);
	assert_eq!(t.lc.honour(1), Ok(()));
	let states: Vec<State> = ids.iter().map(|id| t.credit(*id).state).collect();
	assert_eq!(states, vec![State::Issued, State::Drawn, State::Issued]);
	assert!(t.lc.document(2, hash(1)).is_some_and(|d| !d.drawn));
	assert_eq!(t.lc.owed(), 2 * AMOUNT);
	t.check();
}
