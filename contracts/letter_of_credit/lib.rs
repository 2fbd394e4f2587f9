//! # letter_of_credit — documentary credit after ICC UCP 600
//!
//! An issuing bank undertakes to pay a beneficiary (the seller) on behalf of an
//! applicant (the buyer) against documents that comply with the credit's terms. On
//! amchain the undertaking is backed by funds: the bank pays the amount in when it
//! [`issue`](LetterOfCredit::issue)s the credit, and the contract holds it until it is
//! drawn or the credit expires.
//!
//! - **Terms** ([`Terms`]): amount, expiry block, latest shipment block, whether
//!   partial drawings are allowed, and the documents required, each with a rule for
//!   who may issue it ([`IssuerRule`]): the beneficiary, anyone, an organisation with
//!   given roles (a carrier for a bill of lading), or one certified for a standard (an
//!   inspection certificate from an auditor accredited for it). Roles and
//!   certifications are read through amchain's chain extension when documents are
//!   presented.
//! - **Documents** are [`lodge`](LetterOfCredit::lodge)d by their issuers: the account
//!   that lodges a document's hash is its issuer, and the block it was lodged in is its
//!   date (for a transport document, the shipment date).
//! - **Presentation** ([`present`](LetterOfCredit::present)): the beneficiary presents
//!   lodged documents for an amount before expiry; the contract lists the
//!   discrepancies it can see (a missing document, an unqualified issuer, a late
//!   shipment).
//! - **Examination**: within the credit's examination period the issuing bank (or the
//!   confirming bank, once it has [`add_confirmation`](LetterOfCredit::add_confirmation)ed)
//!   [`honour`](LetterOfCredit::honour)s a complying presentation — or a discrepant
//!   one the applicant [`waive`](LetterOfCredit::waive)d — or
//!   [`refuse`](LetterOfCredit::refuse)s it, listing the discrepancies (its own,
//!   stated as hashes of its notice, and the contract's). A bank that lets the period
//!   pass without deciding is precluded from refusing (UCP 600 art. 16(f)): the
//!   beneficiary may then claim the honour itself.
//! - **Amendments** ([`propose_amendment`](LetterOfCredit::propose_amendment)) take
//!   effect only when the beneficiary
//!   [`accept_amendment`](LetterOfCredit::accept_amendment)s (art. 10); an increase is
//!   paid in with the proposal and returned if the amendment is rejected or withdrawn.
//! - **Expiry**: presentations after the expiry block are refused; after it,
//!   [`close`](LetterOfCredit::close) returns the undrawn balance to the issuing bank.
//!
//! The contract's balance always equals what it owes ([`owed`](LetterOfCredit::owed)):
//! the undrawn balance of every open credit plus amendment increases paid in. Money
//! leaves only by transfers to the beneficiary or the issuing bank, made after the
//! credit's record is updated; the contract calls no other contract and ink! refuses
//! re-entry.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data trips: it casts the variant index to u8.
#![allow(clippy::cast_possible_truncation)]

#[ink::contract(env = amchain_ink::AmchainEnvironment)]
mod letter_of_credit {
	use amchain_ink::{role, ExtensionError, Roles, StandardId};
	use ink::{prelude::vec::Vec, storage::Mapping};

	/// A credit's number, from 0.
	pub type CreditId = u64;
	/// A document type, as the consortium numbers them (commercial invoice, bill of
	/// lading, inspection certificate, ...).
	pub type DocType = u32;

	/// The most documents a credit may require, and a presentation may hold.
	pub const MAX_DOCUMENTS: usize = 8;
	/// The most discrepancies a refusal may list.
	pub const MAX_DISCREPANCIES: usize = 16;
	/// The longest examination period: five days of six-second blocks (UCP 600 art.
	/// 14(b) gives a bank five banking days).
	pub const MAX_EXAMINATION: BlockNumber = 5 * 14_400;

	/// Who may issue a required document.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum IssuerRule {
		/// The beneficiary itself (a commercial invoice).
		Beneficiary,
		/// Anyone.
		Anyone,
		/// An account of an organisation holding all these roles (`amchain_ink::role`).
		Role(Roles),
		/// An account of an organisation certified for this standard.
		CertifiedFor(StandardId),
	}

	/// A document the credit requires.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct RequiredDocument {
		pub doc_type: DocType,
		pub issuer: IssuerRule,
		/// A transport document: lodged (shipped) no later than the latest shipment block.
		pub transport: bool,
	}

	/// What the credit undertakes: set on issue, changed only by accepted amendments.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Terms {
		/// The most the beneficiary may draw in all.
		pub amount: Balance,
		/// The last block a presentation may be made in.
		pub expiry: BlockNumber,
		/// The last block transport documents may be dated (lodged) in.
		pub latest_shipment: BlockNumber,
		/// Whether the credit may be drawn in several presentations.
		pub partial_drawings: bool,
		/// At most `MAX_DOCUMENTS`, distinct types.
		pub required: Vec<RequiredDocument>,
	}

	/// A lodged document.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Document {
		pub doc_type: DocType,
		/// The account that lodged it.
		pub issuer: AccountId,
		/// Its date: the block it was lodged in.
		pub lodged_at: BlockNumber,
		/// Paid against in an honoured presentation: it cannot be presented again.
		pub drawn: bool,
	}

	/// Why a presentation does not comply.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum Discrepancy {
		/// No document of this required type was presented.
		Missing(DocType),
		/// No presented document of this type comes from an issuer the rule admits.
		IssuerNotQualified(DocType),
		/// The transport document of this type is dated after the latest shipment.
		LateShipment(DocType),
		/// Found by the bank on the documents' face; the hash of its notice.
		Stated(Hash),
	}

	/// A presentation awaiting examination.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Presentation {
		pub amount: Balance,
		/// Hashes of lodged documents.
		pub documents: Vec<Hash>,
		pub presented_at: BlockNumber,
		/// What the contract found when it was presented.
		pub discrepancies: Vec<Discrepancy>,
		/// The applicant waived the discrepancies.
		pub waived: bool,
	}

	/// An amendment awaiting the beneficiary's consent.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Amendment {
		pub terms: Terms,
		/// The increase the issuing bank paid in with it (0 for no increase).
		pub paid_in: Balance,
	}

	/// Where a credit stands.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum State {
		/// Available for presentations until expiry.
		Issued,
		/// Drawn in full.
		Drawn,
		/// Expired; the undrawn balance went back to the issuing bank.
		Closed,
	}

	/// One credit.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Credit {
		pub applicant: AccountId,
		pub issuing_bank: AccountId,
		pub beneficiary: AccountId,
		pub confirming_bank: Option<AccountId>,
		/// The confirming bank added its confirmation: it may examine too.
		pub confirmed: bool,
		pub terms: Terms,
		/// Blocks the bank has to examine a presentation.
		pub examination_period: BlockNumber,
		/// Paid to the beneficiary so far.
		pub drawn: Balance,
		pub presentation: Option<Presentation>,
		pub amendment: Option<Amendment>,
		pub state: State,
	}

	impl Credit {
		/// What may still be drawn.
		pub fn undrawn(&self) -> Result<Balance> {
			self.terms.amount.checked_sub(self.drawn).ok_or(Error::Overflow)
		}
	}

	/// Why a message did nothing.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// No credit with this id.
		NoSuchCredit,
		/// The caller's organisation is not a bank (or the account acts for none).
		NotABank,
		/// Applicant and beneficiary are the same account.
		SameParty,
		/// A credit or an increase of nothing.
		ZeroAmount,
		/// The value sent is not the credit's amount (on issue) or the increase (on
		/// amendment).
		WrongValue,
		/// The expiry block is not after the current block.
		ExpiryNotInFuture,
		/// The latest shipment block is after the expiry block.
		ShipmentAfterExpiry,
		/// No required documents, more than `MAX_DOCUMENTS`, or a type twice.
		BadDocuments,
		/// The examination period is zero or longer than `MAX_EXAMINATION`.
		BadExaminationPeriod,
		/// Only the applicant may do this.
		NotApplicant,
		/// Only the issuing bank may do this.
		NotIssuingBank,
		/// Only the beneficiary may do this.
		NotBeneficiary,
		/// Only the credit's confirming bank may do this.
		NotConfirmingBank,
		/// Only the beneficiary or the issuing bank may do this.
		NotAmendmentParty,
		/// Only the issuing bank or the confirming bank (once confirmed) may examine.
		NotExaminer,
		/// The confirmation was already added.
		AlreadyConfirmed,
		/// The credit is drawn or closed.
		NotOpen,
		/// The credit has expired.
		Expired,
		/// The credit has not expired yet.
		NotExpired,
		/// The credit does not require documents of this type.
		NotRequired,
		/// A document with this hash was already lodged for the credit.
		DocumentExists,
		/// No document with this hash was lodged for the credit.
		UnknownDocument,
		/// The document was already paid against.
		DocumentUsed,
		/// The presentation names a document twice or more than `MAX_DOCUMENTS`.
		BadPresentation,
		/// More than the undrawn balance.
		ExceedsUndrawn,
		/// Partial drawings are not allowed: present the full amount.
		PartialNotAllowed,
		/// A presentation is awaiting examination.
		PresentationPending,
		/// No presentation is awaiting examination.
		NoPresentation,
		/// The presentation has discrepancies the applicant has not waived.
		Discrepant,
		/// A refusal must list at least one discrepancy (and at most `MAX_DISCREPANCIES`).
		BadRefusal,
		/// The examination period is over: the bank may no longer refuse.
		ExaminationOver,
		/// The examination period is not over: the bank decides.
		ExaminationOpen,
		/// The presentation has no discrepancies, or they were waived already.
		NothingToWaive,
		/// An amendment is awaiting the beneficiary.
		AmendmentPending,
		/// No amendment is awaiting the beneficiary.
		NoAmendment,
		/// The amended amount is below what was drawn and is being presented.
		BelowDrawn,
		/// The chain could not answer a query.
		Extension(ExtensionError),
		/// Bookkeeping overflow (never expected: amounts are bounded by what was paid).
		Overflow,
		/// The chain refused a transfer.
		TransferFailed,
	}

	impl From<ExtensionError> for Error {
		fn from(e: ExtensionError) -> Self {
			Error::Extension(e)
		}
	}

	pub type Result<T> = core::result::Result<T, Error>;

	#[ink(event)]
	pub struct Issued {
		#[ink(topic)]
		pub credit: CreditId,
		#[ink(topic)]
		pub applicant: AccountId,
		#[ink(topic)]
		pub beneficiary: AccountId,
		pub issuing_bank: AccountId,
		pub amount: Balance,
		pub expiry: BlockNumber,
	}

	#[ink(event)]
	pub struct ConfirmationAdded {
		#[ink(topic)]
		pub credit: CreditId,
		pub confirming_bank: AccountId,
	}

	#[ink(event)]
	pub struct DocumentLodged {
		#[ink(topic)]
		pub credit: CreditId,
		pub hash: Hash,
		pub doc_type: DocType,
		pub issuer: AccountId,
	}

	#[ink(event)]
	pub struct Presented {
		#[ink(topic)]
		pub credit: CreditId,
		pub amount: Balance,
		pub discrepancies: Vec<Discrepancy>,
	}

	#[ink(event)]
	pub struct Waived {
		#[ink(topic)]
		pub credit: CreditId,
	}

	/// Paid to the beneficiary; `deemed`: claimed after the examination period lapsed.
	#[ink(event)]
	pub struct Honoured {
		#[ink(topic)]
		pub credit: CreditId,
		pub amount: Balance,
		pub by: AccountId,
		pub deemed: bool,
	}

	#[ink(event)]
	pub struct Refused {
		#[ink(topic)]
		pub credit: CreditId,
		pub by: AccountId,
		pub discrepancies: Vec<Discrepancy>,
	}

	#[ink(event)]
	pub struct AmendmentProposed {
		#[ink(topic)]
		pub credit: CreditId,
		pub terms: Terms,
		pub paid_in: Balance,
	}

	/// `returned`: a reduction of the amount, paid back to the issuing bank.
	#[ink(event)]
	pub struct AmendmentAccepted {
		#[ink(topic)]
		pub credit: CreditId,
		pub returned: Balance,
	}

	/// Rejected by the beneficiary or withdrawn by the issuing bank; an increase paid
	/// in went back to the bank.
	#[ink(event)]
	pub struct AmendmentRejected {
		#[ink(topic)]
		pub credit: CreditId,
		pub by: AccountId,
		pub returned: Balance,
	}

	/// The credit expired; `returned` went back to the issuing bank.
	#[ink(event)]
	pub struct Closed {
		#[ink(topic)]
		pub credit: CreditId,
		pub returned: Balance,
	}

	#[ink(storage)]
	#[derive(Default)]
	pub struct LetterOfCredit {
		credits: Mapping<CreditId, Credit>,
		documents: Mapping<(CreditId, Hash), Document>,
		next_credit: CreditId,
		/// What all credits hold together: the contract's balance.
		owed: Balance,
	}

	impl LetterOfCredit {
		#[ink(constructor)]
		pub fn new() -> Self {
			Self::default()
		}

		/// The caller, an account of a bank, issues a credit for `beneficiary` on behalf
		/// of `applicant` and pays in its amount (the value sent must be
		/// `terms.amount`). `confirming_bank` may add its confirmation later.
		#[ink(message, payable)]
		pub fn issue(
			&mut self,
			applicant: AccountId,
			beneficiary: AccountId,
			confirming_bank: Option<AccountId>,
			terms: Terms,
			examination_period: BlockNumber,
		) -> Result<CreditId> {
			let issuing_bank = self.env().caller();
			self.ensure_bank(issuing_bank)?;
			if applicant == beneficiary {
				return Err(Error::SameParty);
			}
			self.check_terms(&terms)?;
			if self.env().transferred_value() != terms.amount {
				return Err(Error::WrongValue);
			}
			if examination_period == 0 || examination_period > MAX_EXAMINATION {
				return Err(Error::BadExaminationPeriod);
			}
			let id = self.next_credit;
			self.next_credit = id.checked_add(1).ok_or(Error::Overflow)?;
			self.owed = self.owed.checked_add(terms.amount).ok_or(Error::Overflow)?;
			let (amount, expiry) = (terms.amount, terms.expiry);
			self.credits.insert(
				id,
				&Credit {
					applicant,
					issuing_bank,
					beneficiary,
					confirming_bank,
					confirmed: false,
					terms,
					examination_period,
					drawn: 0,
					presentation: None,
					amendment: None,
					state: State::Issued,
				},
			);
			self.env().emit_event(Issued {
				credit: id,
				applicant,
				beneficiary,
				issuing_bank,
				amount,
				expiry,
			});
			Ok(id)
		}

		/// The named confirming bank adds its confirmation: from now on it may examine
		/// and honour presentations too.
		#[ink(message)]
		pub fn add_confirmation(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			let caller = self.env().caller();
			if credit.confirming_bank != Some(caller) {
				return Err(Error::NotConfirmingBank);
			}
			if credit.confirmed {
				return Err(Error::AlreadyConfirmed);
			}
			self.ensure_bank(caller)?;
			credit.confirmed = true;
			self.credits.insert(id, &credit);
			self.env().emit_event(ConfirmationAdded { credit: id, confirming_bank: caller });
			Ok(())
		}

		/// The caller issued the document with this hash, of a type the credit requires;
		/// it is dated now.
		#[ink(message)]
		pub fn lodge(&mut self, id: CreditId, doc_type: DocType, hash: Hash) -> Result<()> {
			let credit = self.live_credit(id)?;
			if !credit.terms.required.iter().any(|r| r.doc_type == doc_type) {
				return Err(Error::NotRequired);
			}
			if self.documents.contains((id, hash)) {
				return Err(Error::DocumentExists);
			}
			let issuer = self.env().caller();
			let lodged_at = self.env().block_number();
			self.documents
				.insert((id, hash), &Document { doc_type, issuer, lodged_at, drawn: false });
			self.env().emit_event(DocumentLodged { credit: id, hash, doc_type, issuer });
			Ok(())
		}

		/// The beneficiary presents lodged documents to draw `amount`. The contract
		/// records the discrepancies it finds; the bank examines.
		#[ink(message)]
		pub fn present(
			&mut self,
			id: CreditId,
			amount: Balance,
			documents: Vec<Hash>,
		) -> Result<Vec<Discrepancy>> {
			let mut credit = self.live_credit(id)?;
			if self.env().caller() != credit.beneficiary {
				return Err(Error::NotBeneficiary);
			}
			if credit.presentation.is_some() {
				return Err(Error::PresentationPending);
			}
			if amount == 0 {
				return Err(Error::ZeroAmount);
			}
			let undrawn = credit.undrawn()?;
			if amount > undrawn {
				return Err(Error::ExceedsUndrawn);
			}
			if !credit.terms.partial_drawings && amount != undrawn {
				return Err(Error::PartialNotAllowed);
			}
			if documents.len() > MAX_DOCUMENTS {
				return Err(Error::BadPresentation);
			}
			let mut docs = Vec::with_capacity(documents.len());
			for (i, hash) in documents.iter().enumerate() {
				if documents[..i].contains(hash) {
					return Err(Error::BadPresentation);
				}
				let doc = self.documents.get((id, *hash)).ok_or(Error::UnknownDocument)?;
				if doc.drawn {
					return Err(Error::DocumentUsed);
				}
				docs.push(doc);
			}
			let discrepancies = self.examine(&credit, &docs)?;
			credit.presentation = Some(Presentation {
				amount,
				documents,
				presented_at: self.env().block_number(),
				discrepancies: discrepancies.clone(),
				waived: false,
			});
			self.credits.insert(id, &credit);
			self.env().emit_event(Presented {
				credit: id,
				amount,
				discrepancies: discrepancies.clone(),
			});
			Ok(discrepancies)
		}

		/// The applicant waives the presentation's discrepancies: the bank may honour it.
		#[ink(message)]
		pub fn waive(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			if self.env().caller() != credit.applicant {
				return Err(Error::NotApplicant);
			}
			let presentation = credit.presentation.as_mut().ok_or(Error::NoPresentation)?;
			if presentation.discrepancies.is_empty() || presentation.waived {
				return Err(Error::NothingToWaive);
			}
			presentation.waived = true;
			self.credits.insert(id, &credit);
			self.env().emit_event(Waived { credit: id });
			Ok(())
		}

		/// Pays the presentation to the beneficiary. The issuing bank (or the confirming
		/// bank, once confirmed) honours a complying or waived presentation; once the
		/// examination period has passed without a decision the beneficiary may claim it
		/// (UCP 600 art. 16(f): the bank is precluded from refusing).
		#[ink(message)]
		pub fn honour(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			let caller = self.env().caller();
			let presentation = credit.presentation.take().ok_or(Error::NoPresentation)?;
			let deemed = if self.is_examiner(&credit, caller) {
				if !presentation.discrepancies.is_empty() && !presentation.waived {
					return Err(Error::Discrepant);
				}
				false
			} else if caller == credit.beneficiary {
				if !self.examination_over(&credit, &presentation)? {
					return Err(Error::ExaminationOpen);
				}
				true
			} else {
				return Err(Error::NotExaminer);
			};
			for hash in &presentation.documents {
				if let Some(mut doc) = self.documents.get((id, *hash)) {
					doc.drawn = true;
					self.documents.insert((id, *hash), &doc);
				}
			}
			let amount = presentation.amount;
			credit.drawn = credit.drawn.checked_add(amount).ok_or(Error::Overflow)?;
			let mut returned = 0;
			if credit.undrawn()? == 0 {
				credit.state = State::Drawn;
				returned = credit.amendment.take().map_or(0, |a| a.paid_in);
			}
			self.credits.insert(id, &credit);
			self.transfer(credit.beneficiary, amount)?;
			self.transfer(credit.issuing_bank, returned)?;
			self.env().emit_event(Honoured { credit: id, amount, by: caller, deemed });
			Ok(())
		}

		/// The examining bank refuses the presentation within the examination period,
		/// listing `stated` discrepancies of its own besides those the contract found
		/// (at least one in all). The documents may be corrected and presented again.
		#[ink(message)]
		pub fn refuse(&mut self, id: CreditId, stated: Vec<Hash>) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			let caller = self.env().caller();
			if !self.is_examiner(&credit, caller) {
				return Err(Error::NotExaminer);
			}
			let presentation = credit.presentation.take().ok_or(Error::NoPresentation)?;
			if self.examination_over(&credit, &presentation)? {
				return Err(Error::ExaminationOver);
			}
			let mut discrepancies = presentation.discrepancies;
			discrepancies.extend(stated.into_iter().map(Discrepancy::Stated));
			if discrepancies.is_empty() || discrepancies.len() > MAX_DISCREPANCIES {
				return Err(Error::BadRefusal);
			}
			self.credits.insert(id, &credit);
			self.env().emit_event(Refused { credit: id, by: caller, discrepancies });
			Ok(())
		}

		/// The issuing bank proposes new terms. An increase of the amount must be sent
		/// with the proposal; the terms take effect when the beneficiary accepts.
		#[ink(message, payable)]
		pub fn propose_amendment(&mut self, id: CreditId, terms: Terms) -> Result<()> {
			let mut credit = self.live_credit(id)?;
			if self.env().caller() != credit.issuing_bank {
				return Err(Error::NotIssuingBank);
			}
			if credit.amendment.is_some() {
				return Err(Error::AmendmentPending);
			}
			self.check_terms(&terms)?;
			let presenting = credit.presentation.as_ref().map_or(0, |p| p.amount);
			if terms.amount < credit.drawn.checked_add(presenting).ok_or(Error::Overflow)? {
				return Err(Error::BelowDrawn);
			}
			let paid_in = terms.amount.saturating_sub(credit.terms.amount);
			if self.env().transferred_value() != paid_in {
				return Err(Error::WrongValue);
			}
			self.owed = self.owed.checked_add(paid_in).ok_or(Error::Overflow)?;
			credit.amendment = Some(Amendment { terms: terms.clone(), paid_in });
			self.credits.insert(id, &credit);
			self.env().emit_event(AmendmentProposed { credit: id, terms, paid_in });
			Ok(())
		}

		/// The beneficiary accepts the pending amendment: its terms replace the credit's;
		/// a reduction goes back to the issuing bank.
		#[ink(message)]
		pub fn accept_amendment(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.live_credit(id)?;
			if self.env().caller() != credit.beneficiary {
				return Err(Error::NotBeneficiary);
			}
			let amendment = credit.amendment.take().ok_or(Error::NoAmendment)?;
			if credit.presentation.is_some() {
				return Err(Error::PresentationPending);
			}
			// Still valid now, and not below what was drawn since it was proposed.
			self.check_terms(&amendment.terms)?;
			if amendment.terms.amount < credit.drawn {
				return Err(Error::BelowDrawn);
			}
			let returned = credit.terms.amount.saturating_sub(amendment.terms.amount);
			credit.terms = amendment.terms;
			self.credits.insert(id, &credit);
			self.transfer(credit.issuing_bank, returned)?;
			self.env().emit_event(AmendmentAccepted { credit: id, returned });
			Ok(())
		}

		/// The beneficiary rejects, or the issuing bank withdraws, the pending amendment;
		/// an increase paid in goes back to the bank.
		#[ink(message)]
		pub fn reject_amendment(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			let by = self.env().caller();
			if by != credit.beneficiary && by != credit.issuing_bank {
				return Err(Error::NotAmendmentParty);
			}
			let amendment = credit.amendment.take().ok_or(Error::NoAmendment)?;
			self.credits.insert(id, &credit);
			self.transfer(credit.issuing_bank, amendment.paid_in)?;
			self.env().emit_event(AmendmentRejected {
				credit: id,
				by,
				returned: amendment.paid_in,
			});
			Ok(())
		}

		/// After expiry (and once no presentation awaits a decision), anyone closes the
		/// credit: the undrawn balance and any increase paid in go back to the issuing
		/// bank.
		#[ink(message)]
		pub fn close(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			if self.env().block_number() <= credit.terms.expiry {
				return Err(Error::NotExpired);
			}
			if credit.presentation.is_some() {
				return Err(Error::PresentationPending);
			}
			let paid_in = credit.amendment.take().map_or(0, |a| a.paid_in);
			let returned = credit.undrawn()?.checked_add(paid_in).ok_or(Error::Overflow)?;
			credit.state = State::Closed;
			self.credits.insert(id, &credit);
			self.transfer(credit.issuing_bank, returned)?;
			self.env().emit_event(Closed { credit: id, returned });
			Ok(())
		}

		/// A credit, open or not.
		#[ink(message)]
		pub fn credit(&self, id: CreditId) -> Option<Credit> {
			self.credits.get(id)
		}

		/// A document lodged for a credit.
		#[ink(message)]
		pub fn document(&self, id: CreditId, hash: Hash) -> Option<Document> {
			self.documents.get((id, hash))
		}

		/// What all credits hold together; always the contract's balance.
		#[ink(message)]
		pub fn owed(&self) -> Balance {
			self.owed
		}

		/// The number of credits issued so far.
		#[ink(message)]
		pub fn credit_count(&self) -> CreditId {
			self.next_credit
		}

		fn credit_in(&self, id: CreditId) -> Result<Credit> {
			self.credits.get(id).ok_or(Error::NoSuchCredit)
		}

		/// An issued credit (possibly past its expiry).
		fn open_credit(&self, id: CreditId) -> Result<Credit> {
			let credit = self.credit_in(id)?;
			if credit.state != State::Issued {
				return Err(Error::NotOpen);
			}
			Ok(credit)
		}

		/// An issued credit not past its expiry.
		fn live_credit(&self, id: CreditId) -> Result<Credit> {
			let credit = self.open_credit(id)?;
			if self.env().block_number() > credit.terms.expiry {
				return Err(Error::Expired);
			}
			Ok(credit)
		}

		fn ensure_bank(&self, account: AccountId) -> Result<()> {
			match self.env().extension().membership(account) {
				Ok(m) if m.roles & role::BANK != 0 => Ok(()),
				Ok(_) | Err(ExtensionError::NotAMember) => Err(Error::NotABank),
				Err(e) => Err(e.into()),
			}
		}

		fn check_terms(&self, terms: &Terms) -> Result<()> {
			if terms.amount == 0 {
				return Err(Error::ZeroAmount);
			}
			if terms.expiry <= self.env().block_number() {
				return Err(Error::ExpiryNotInFuture);
			}
			if terms.latest_shipment > terms.expiry {
				return Err(Error::ShipmentAfterExpiry);
			}
			let required = &terms.required;
			if required.is_empty() || required.len() > MAX_DOCUMENTS {
				return Err(Error::BadDocuments);
			}
			for (i, r) in required.iter().enumerate() {
				if required[..i].iter().any(|earlier| earlier.doc_type == r.doc_type) {
					return Err(Error::BadDocuments);
				}
			}
			Ok(())
		}

		fn is_examiner(&self, credit: &Credit, account: AccountId) -> bool {
			account == credit.issuing_bank
				|| (credit.confirmed && credit.confirming_bank == Some(account))
		}

		fn examination_over(&self, credit: &Credit, presentation: &Presentation) -> Result<bool> {
			let end = presentation
				.presented_at
				.checked_add(credit.examination_period)
				.ok_or(Error::Overflow)?;
			Ok(self.env().block_number() > end)
		}

		/// The discrepancies between the credit's required documents and `docs`.
		fn examine(&self, credit: &Credit, docs: &[Document]) -> Result<Vec<Discrepancy>> {
			let mut found = Vec::new();
			for required in &credit.terms.required {
				let t = required.doc_type;
				let mut candidates = docs.iter().filter(|d| d.doc_type == t).peekable();
				if candidates.peek().is_none() {
					found.push(Discrepancy::Missing(t));
					continue;
				}
				let mut qualified = false;
				let mut in_time = false;
				for doc in candidates {
					if self.qualifies(credit, required.issuer, doc.issuer)? {
						qualified = true;
						if !required.transport || doc.lodged_at <= credit.terms.latest_shipment {
							in_time = true;
							break;
						}
					}
				}
				if !qualified {
					found.push(Discrepancy::IssuerNotQualified(t));
				} else if !in_time {
					found.push(Discrepancy::LateShipment(t));
				}
			}
			Ok(found)
		}

		/// Whether `issuer` may issue a document under `rule` (read on chain now).
		fn qualifies(&self, credit: &Credit, rule: IssuerRule, issuer: AccountId) -> Result<bool> {
			let (roles, standard) = match rule {
				IssuerRule::Anyone => return Ok(true),
				IssuerRule::Beneficiary => return Ok(issuer == credit.beneficiary),
				IssuerRule::Role(roles) => (roles, None),
				IssuerRule::CertifiedFor(standard) => (0, Some(standard)),
			};
			let member = match self.env().extension().membership(issuer) {
				Ok(member) => member,
				Err(ExtensionError::NotAMember) => return Ok(false),
				Err(e) => return Err(e.into()),
			};
			if member.roles & roles != roles {
				return Ok(false);
			}
			let Some(standard) = standard else { return Ok(true) };
			match self.env().extension().is_certified(member.participant, standard) {
				Ok(certified) => Ok(certified),
				Err(ExtensionError::UnknownStandard) => Ok(false),
				Err(e) => Err(e.into()),
			}
		}

		fn transfer(&mut self, to: AccountId, amount: Balance) -> Result<()> {
			if amount == 0 {
				return Ok(());
			}
			self.owed = self.owed.checked_sub(amount).ok_or(Error::Overflow)?;
			self.env().transfer(to, amount).map_err(|_| Error::TransferFailed)
		}
	}
}

#[cfg(test)]
mod tests;
