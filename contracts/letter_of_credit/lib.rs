//! # letter_of_credit — documentary credit after ICC UCP 600
//!
//! An issuing bank undertakes to pay a beneficiary (the seller) on behalf of an
//! applicant (the buyer) against documents that comply with the credit's terms. On
//! amchain the undertaking is backed by funds: the bank pays the amount in when it
//! [`issue`](LetterOfCredit::issue)s the credit, and the contract holds it until it is
//! drawn or the credit expires.
//!
//! **Parties are organisations.** Applicant, beneficiary, issuing bank and confirming
//! bank are stored as the organisations (participants of pallet-certifications) their
//! accounts acted for when the credit was issued. Every message checks, when it is sent,
//! that the caller is a person's account (not a device) of that organisation now, and a
//! bank's act that the organisation still holds the `bank` role: a key removed from its
//! organisation can no longer act, and its successor can. Money owed to an organisation
//! is credited to it and [`withdraw`](LetterOfCredit::withdraw)n by an account of it at
//! payout time (a pull payment: a recipient that cannot receive blocks nobody else).
//!
//! **Suspension contains, it does not confiscate.** While an organisation is suspended
//! the chain answers that none of its accounts is a member, so it cannot act. Its
//! *account of record* — the last person's account that acted for it in this contract
//! while it was active (or made itself so with
//! [`register_account`](LetterOfCredit::register_account)) — may still
//! [`withdraw`](LetterOfCredit::withdraw) what the organisation is owed, for its exit,
//! and, for a suspended bank, [`refuse`](LetterOfCredit::refuse) a presentation it
//! examines (refusing only protects the bank's own money; a suspended bank never
//! honours). On chain an organisation's one person's account is its admin: after
//! rotating the admin key, the new admin should act here or call `register_account` so
//! that the old key stops being the account of record.
//!
//! - **Issue and consent**: a bank issues a credit and pays its amount in; it binds
//!   the applicant, and becomes available to the beneficiary, only once the applicant
//!   [`consent`](LetterOfCredit::consent)s. Until then the bank may
//!   [`cancel`](LetterOfCredit::cancel) it. No bank may be the applicant's or the
//!   beneficiary's organisation, and the confirming bank is not the issuing bank.
//! - **Terms** ([`Terms`]): amount, expiry block, latest shipment block, whether
//!   partial drawings are allowed, and the documents required, each with a rule for
//!   who may issue it ([`IssuerRule`]).
//! - **Documents** are [`lodge`](LetterOfCredit::lodge)d by their issuers, keyed by
//!   (issuer account, hash): only an account that qualifies under the credit's rule for
//!   the document's type may lodge it, checked through the chain extension in the
//!   lodging block, which is the document's date (for a transport document, the
//!   shipment date). The qualification is latched: a certification that lapses later
//!   does not undo a document issued while it held.
//! - **Presentation** ([`present`](LetterOfCredit::present)): the beneficiary presents
//!   lodged documents for an amount to the issuing bank or, once it has
//!   [`add_confirmation`](LetterOfCredit::add_confirmation)ed, the confirming bank; each
//!   bank has its own presentation slot, so a refusal by one does not stop a
//!   presentation to the other. The contract lists the discrepancies it can see. A
//!   document drawn under any credit of this contract, or in a presentation awaiting
//!   examination, cannot be presented again.
//! - **Examination**: within the credit's examination period the bank presented to
//!   [`honour`](LetterOfCredit::honour)s a complying presentation — or a discrepant one
//!   the applicant [`waive`](LetterOfCredit::waive)d — or
//!   [`refuse`](LetterOfCredit::refuse)s it, listing the discrepancies (art. 16(c): for
//!   the same documents presented again it may not add discrepancies it did not state
//!   when it first refused them; every set a bank refused is remembered, not only the
//!   last).
//! - **Silence** (art. 16(f), and who pays whom, arts. 7, 8, 15). A bank that lets its
//!   period pass is precluded from claiming that the documents do not comply, but
//!   preclusion never makes a presentation complying that the contract itself found
//!   wanting: the discrepancies it lists at presentation (a required document missing,
//!   an issuer the rule does not admit, a late transport document; art. 14(a), "on the
//!   basis of the documents alone") are its notice of them, published in `Presented`.
//!   After the period anyone carries out the outcome: the honour of a presentation
//!   with no such discrepancy (or with them waived by the applicant), or the
//!   refusal of one with them (a deemed refusal, which frees the documents). Every
//!   credit's money is the issuing bank's: a confirming bank's undertaking (art. 8)
//!   is not funded here, and the issuing bank honours or reimburses only what
//!   complies (arts. 7(c), 8(c)). So a confirming bank's silence does not pay out of
//!   the issuing bank's money at once: when the confirming bank's period lapses the
//!   presentation passes to the issuing bank, which examines it for a period of its
//!   own (art. 7(a)(v): the issuing bank honours when a confirming bank does not); only
//!   when both are silent is the issuing bank precluded in turn.
//! - **Amendments** ([`propose_amendment`](LetterOfCredit::propose_amendment)), art. 10:
//!   the issuing bank is bound by an amendment once it proposes it and cannot withdraw
//!   it (10(b)). The applicant, on whose request a bank amends a credit,
//!   [`consent_amendment`](LetterOfCredit::consent_amendment)s to exactly those terms
//!   first (THREATS rule 6: the terms it consented to change only with its consent);
//!   only then may the beneficiary
//!   [`accept_amendment`](LetterOfCredit::accept_amendment) it — or accept it by a
//!   presentation that complies only with the amended terms (10(c)) — and until then the
//!   amendment does not extend the credit's expiry. The beneficiary may
//!   [`reject_amendment`](LetterOfCredit::reject_amendment) it at any time. A
//!   confirming bank [`extend_confirmation`](LetterOfCredit::extend_confirmation)s to the
//!   amendment or not (10(a), (b)): if it does not, its confirmation does not cover the
//!   amended credit, so once the amendment takes effect it no longer examines, and a
//!   presentation to it cannot accept the amendment. An increase is paid in with the
//!   proposal.
//! - **Expiry**: presentations after the expiry block are refused; after it (and after
//!   the expiry a pending amendment would give),
//!   [`close`](LetterOfCredit::close) credits the undrawn balance to the issuing bank.
//!
//! The contract's balance equals what it owes ([`owed`](LetterOfCredit::owed)): the
//! undrawn balance of every credit not closed, amendment increases paid in, and what
//! organisations may withdraw — unless someone sends it a plain transfer, which it
//! cannot tell from its own funds and never pays out. Money leaves only by `withdraw`,
//! after the record is updated; the contract calls no other contract and ink! refuses
//! re-entry.
//!
//! Every wait ends: an applicant who never consents (the bank cancels, or anyone closes
//! after expiry); a bank that never examines (after its period — and, at the confirming
//! bank's slot, the issuing bank's period after it — anyone honours or refuses as the
//! contract's findings say); an applicant who never consents to an amendment (it does
//! not extend the credit: anyone closes after the original expiry); a beneficiary who
//! never answers an amendment (anyone closes after the later expiry, and the increase
//! goes back to the bank); a suspended organisation (its account of record withdraws).
//!
//! **Replacing the code.** The governor (the account the chain extension names, which
//! only three quarters of the council act as) may announce an uploaded code with
//! `schedule_code` (the contract locks it); anyone swaps it in with `apply_code` a week
//! (`CODE_DELAY`) later and within a day (`APPLY_WINDOW`), after which the announcement
//! lapses (docs/contracts.md,
//! "Replacing a contract"). `close` asks the chain extension nothing, so a credit's
//! money goes back at expiry whatever the extension answers.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data trips: it casts the variant index to u8.
#![allow(clippy::cast_possible_truncation)]

#[ink::contract(env = amchain_ink::AmchainEnvironment)]
mod letter_of_credit {
	use amchain_ink::{
		record::membership,
		role, storage_key,
		upgrade::{CodeError, CodeSchedule, ScheduledCode},
		AccountsOfRecord, ExtensionError, Member, NotActing, ParticipantId, Roles, StandardId,
		Withdrawer,
	};
	use ink::{prelude::vec::Vec, storage::Mapping};

	/// A credit's number, from 0.
	pub type CreditId = u64;
	/// A document type, as the consortium numbers them (commercial invoice, bill of
	/// lading, inspection certificate, ...).
	pub type DocType = u32;
	/// What a waiver, an honour or a refusal names the presentation it decides by: the
	/// Blake2-256 hash of what was presented ([`Presentation::id`]).
	pub type PresentationId = Hash;

	/// The most documents a credit may require, and a presentation may hold.
	pub const MAX_DOCUMENTS: usize = 8;
	/// The most discrepancies a refusal may list.
	pub const MAX_DISCREPANCIES: usize = 16;
	/// A calendar day of six-second blocks.
	pub const DAY: BlockNumber = 14_400;
	/// The longest examination period: seven calendar days of blocks. UCP 600 art. 14(b)
	/// gives a bank five banking days following the day of presentation; a chain knows
	/// no banking calendar, and seven calendar days is the shortest span that holds five
	/// banking days across a weekend (an approximation: public holidays are not counted).
	pub const MAX_EXAMINATION: BlockNumber = 7 * DAY;

	/// Who may issue a required document.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum IssuerRule {
		/// An account of the beneficiary's organisation (a commercial invoice).
		Beneficiary,
		/// Any account.
		Anyone,
		/// An account of an organisation holding all these roles (`amchain_ink::role`),
		/// a third party: neither the applicant's nor the beneficiary's organisation.
		Role(Roles),
		/// An account of an organisation certified for this standard, a third party:
		/// neither the applicant's nor the beneficiary's organisation.
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

	/// A lodged document, named by who issued it and the hash of its content.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct DocRef {
		/// The account that lodged it.
		pub issuer: AccountId,
		pub hash: Hash,
	}

	/// A document lodged for a credit.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Document {
		pub doc_type: DocType,
		/// The organisation its issuer acted for when it lodged (`None`: an account of no
		/// organisation, admitted by `IssuerRule::Anyone`).
		pub organisation: Option<ParticipantId>,
		/// Its date: the block it was lodged in.
		pub lodged_at: BlockNumber,
		/// The credit's rule the issuer qualified under in that block.
		pub rule: IssuerRule,
	}

	/// A document in use: in a presentation awaiting examination (`drawn` false) or paid
	/// against (`drawn` true) under `credit`. Either way no credit may take it again.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Claim {
		pub credit: CreditId,
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

	/// The bank a presentation is made to.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum Examiner {
		IssuingBank,
		/// Once it has added its confirmation.
		ConfirmingBank,
	}

	impl Examiner {
		fn other(self) -> Examiner {
			match self {
				Examiner::IssuingBank => Examiner::ConfirmingBank,
				Examiner::ConfirmingBank => Examiner::IssuingBank,
			}
		}
	}

	/// A presentation awaiting examination.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Presentation {
		pub amount: Balance,
		pub documents: Vec<DocRef>,
		pub presented_at: BlockNumber,
		/// What the contract found when it was presented.
		pub discrepancies: Vec<Discrepancy>,
		/// The applicant waived the discrepancies.
		pub waived: bool,
	}

	impl Presentation {
		/// The presentation's name for the decisions on it: the Blake2-256 hash of the
		/// SCALE encoding of (credit, bank slot, amount, documents, block presented in,
		/// discrepancies found): everything about it but the applicant's waiver. Two
		/// presentations of other documents or amounts never share it, whatever block (or
		/// fork of a block) they were made in.
		pub fn id(&self, credit: CreditId, at: Examiner) -> PresentationId {
			let mut out = [0u8; 32];
			ink::env::hash_encoded::<ink::env::hash::Blake2x256, _>(
				&(credit, at, self.amount, &self.documents, self.presented_at, &self.discrepancies),
				&mut out,
			);
			Hash::from(out)
		}
	}

	/// One bank's examination of the credit's presentations.
	#[derive(Clone, Debug, Default, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Examination {
		pub presentation: Option<Presentation>,
	}

	/// An amendment awaiting the beneficiary's acceptance; the issuing bank is bound by
	/// it.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Amendment {
		pub terms: Terms,
		/// The increase the issuing bank paid in with it (0 for no increase).
		pub paid_in: Balance,
		/// The applicant consented to (asked for) exactly these terms: the beneficiary
		/// may accept them only then.
		pub applicant_consented: bool,
		/// The confirming bank extended its confirmation to them (art. 10(b)).
		pub confirmation_extended: bool,
	}

	/// Where a credit stands.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum State {
		/// Funded by the bank, awaiting the applicant's consent.
		AwaitingApplicant,
		/// Available for presentations until expiry.
		Issued,
		/// Drawn in full.
		Drawn,
		/// Expired; the undrawn balance was credited to the issuing bank.
		Closed,
		/// Cancelled by the bank before the applicant consented; the amount was credited
		/// back to it.
		Cancelled,
	}

	/// One credit. The parties are organisations.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Credit {
		pub applicant: ParticipantId,
		pub beneficiary: ParticipantId,
		pub issuing_bank: ParticipantId,
		pub confirming_bank: Option<ParticipantId>,
		/// The confirming bank added its confirmation: it may examine too.
		pub confirmed: bool,
		pub terms: Terms,
		/// Blocks a bank has to examine a presentation.
		pub examination_period: BlockNumber,
		/// Paid to the beneficiary so far.
		pub drawn: Balance,
		pub at_issuing_bank: Examination,
		pub at_confirming_bank: Examination,
		pub amendment: Option<Amendment>,
		pub state: State,
	}

	impl Credit {
		/// What may still be drawn.
		pub fn undrawn(&self) -> Result<Balance> {
			self.terms.amount.checked_sub(self.drawn).ok_or(Error::Overflow)
		}

		/// The presentation slot of a bank.
		pub fn examination(&self, examiner: Examiner) -> &Examination {
			match examiner {
				Examiner::IssuingBank => &self.at_issuing_bank,
				Examiner::ConfirmingBank => &self.at_confirming_bank,
			}
		}

		fn examination_mut(&mut self, examiner: Examiner) -> &mut Examination {
			match examiner {
				Examiner::IssuingBank => &mut self.at_issuing_bank,
				Examiner::ConfirmingBank => &mut self.at_confirming_bank,
			}
		}

		/// The amount a bank's pending presentation draws (0 for none).
		fn presenting(&self, examiner: Examiner) -> Balance {
			self.examination(examiner).presentation.as_ref().map_or(0, |p| p.amount)
		}

		fn any_presentation(&self) -> bool {
			self.at_issuing_bank.presentation.is_some()
				|| self.at_confirming_bank.presentation.is_some()
		}

		/// The last block anything may be presented in: the expiry, or the later expiry a
		/// pending amendment the applicant consented to offers (the beneficiary may still
		/// accept it, art. 10(c)).
		pub fn last_block(&self) -> BlockNumber {
			let amended = self
				.amendment
				.as_ref()
				.filter(|a| a.applicant_consented)
				.map_or(0, |a| a.terms.expiry);
			self.terms.expiry.max(amended)
		}

		/// The rule for issuers of `doc_type`: the terms', or else the pending
		/// amendment's.
		fn rule_for(&self, doc_type: DocType) -> Option<IssuerRule> {
			let in_terms = |terms: &Terms| {
				terms.required.iter().find(|r| r.doc_type == doc_type).map(|r| r.issuer)
			};
			in_terms(&self.terms)
				.or_else(|| self.amendment.as_ref().and_then(|a| in_terms(&a.terms)))
		}
	}

	/// Why a message did nothing.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// No credit with this id.
		NoSuchCredit,
		/// The caller (or the named confirming bank) is not a person's account of an
		/// organisation holding the bank role: an account of no organisation, a device, or
		/// an organisation without the role.
		NotABank,
		/// The named applicant or beneficiary acts for no (active) organisation.
		NotAMember,
		/// Applicant and beneficiary are the same organisation.
		SameParty,
		/// A bank is the applicant's or the beneficiary's organisation, or the confirming
		/// bank is the issuing bank.
		SelfDealing,
		/// A party named is this contract.
		ContractParty,
		/// A credit, an amendment or a presentation of nothing.
		ZeroAmount,
		/// An amount below the chain's existential deposit (a presentation may be smaller
		/// only to draw the whole undrawn balance).
		BelowMinimum,
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
		/// Only an account of the applicant's organisation may do this.
		NotApplicant,
		/// Only an account of the issuing bank may do this.
		NotIssuingBank,
		/// Only an account of the beneficiary's organisation may do this.
		NotBeneficiary,
		/// Only an account of the credit's confirming bank may do this.
		NotConfirmingBank,
		/// Only the bank presented to may examine (or anyone, once its period is over).
		NotExaminer,
		/// The confirming bank has not confirmed: nothing can be presented to it.
		NotConfirmed,
		/// The confirmation was already added.
		AlreadyConfirmed,
		/// The credit is not awaiting the applicant's consent.
		NotAwaitingApplicant,
		/// The credit is not in force (awaiting consent, drawn, closed or cancelled).
		NotOpen,
		/// The credit has expired.
		Expired,
		/// The credit has not expired yet (or a pending amendment extends it).
		NotExpired,
		/// The credit does not require documents of this type.
		NotRequired,
		/// The caller may not issue documents of this type under the credit's rule.
		NotQualified,
		/// The caller already lodged a document with this hash for the credit.
		DocumentExists,
		/// No document with this issuer and hash was lodged for the credit.
		UnknownDocument,
		/// The document was paid against, or awaits examination, under some credit.
		DocumentUsed,
		/// The presentation names a document (a content hash) twice, or more than
		/// `MAX_DOCUMENTS`.
		BadPresentation,
		/// More than the undrawn balance less what the other bank is examining.
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
		/// The documents are the ones the bank refused before: it may not state a
		/// discrepancy it did not state then (art. 16(c)).
		NewDiscrepancy,
		/// The examination period is over: the bank may no longer refuse.
		ExaminationOver,
		/// The presentation has no discrepancies, or they were waived already.
		NothingToWaive,
		/// An amendment is awaiting the beneficiary.
		AmendmentPending,
		/// The applicant has not consented to the pending amendment.
		AwaitingApplicant,
		/// The applicant consented already, or the confirming bank extended already.
		AlreadyAgreed,
		/// No amendment is awaiting the beneficiary.
		NoAmendment,
		/// The amended amount is below what was drawn and is being presented.
		BelowDrawn,
		/// Nothing is owed to the caller's organisation.
		NothingOwed,
		/// The chain could not answer a query.
		Extension(ExtensionError),
		/// Bookkeeping overflow (never expected: amounts are bounded by what was paid).
		Overflow,
		/// The chain refused a transfer.
		TransferFailed,
		/// Only the governor (the account the chain names, which three quarters of the
		/// council act as) may schedule or cancel a replacement of the contract's code.
		NotGovernor,
		/// No replacement of the contract's code is scheduled.
		NoCodeScheduled,
		/// The scheduled code's delay ([`CODE_DELAY`](amchain_ink::CODE_DELAY)) has not passed.
		CodeNotDue,
		/// pallet-contracts refused to swap the code in: the announcement stays.
		CodeSwapFailed,
		/// The scheduled code was not swapped in within
		/// [`APPLY_WINDOW`](amchain_ink::APPLY_WINDOW) of its block: it can no longer be
		/// (`lapse_code` clears it; a replacement needs a fresh schedule and a fresh week).
		CodeLapsed,
		/// The scheduled code's window is not over: it has not lapsed.
		CodeNotLapsed,
		/// The presentation awaiting examination at this bank is not the one named (its
		/// [`PresentationId`]): the one named was decided and another made since, or it
		/// was never made on this chain (a fork replaced its block). Nothing was done:
		/// read it again with `presentation`. (Last, so that earlier errors keep their
		/// codes.)
		PresentationChanged,
	}

	impl From<CodeError> for Error {
		fn from(e: CodeError) -> Self {
			match e {
				CodeError::NotGovernor => Error::NotGovernor,
				CodeError::NoCodeScheduled => Error::NoCodeScheduled,
				CodeError::CodeNotDue => Error::CodeNotDue,
				CodeError::CodeSwapFailed => Error::CodeSwapFailed,
				CodeError::CodeLapsed => Error::CodeLapsed,
				CodeError::CodeNotLapsed => Error::CodeNotLapsed,
				CodeError::Extension(e) => Error::Extension(e),
			}
		}
	}

	impl From<ExtensionError> for Error {
		fn from(e: ExtensionError) -> Self {
			Error::Extension(e)
		}
	}

	pub type Result<T> = core::result::Result<T, Error>;

	/// A bank funded a credit; it binds once the applicant consents.
	#[ink(event)]
	pub struct Issued {
		#[ink(topic)]
		pub credit: CreditId,
		#[ink(topic)]
		pub applicant: ParticipantId,
		#[ink(topic)]
		pub beneficiary: ParticipantId,
		pub issuing_bank: ParticipantId,
		pub confirming_bank: Option<ParticipantId>,
		pub terms: Terms,
		pub examination_period: BlockNumber,
	}

	/// The applicant consented: the credit is in force.
	#[ink(event)]
	pub struct Consented {
		#[ink(topic)]
		pub credit: CreditId,
	}

	/// The bank cancelled a credit the applicant had not consented to; `returned` was
	/// credited back to it.
	#[ink(event)]
	pub struct Cancelled {
		#[ink(topic)]
		pub credit: CreditId,
		pub returned: Balance,
	}

	#[ink(event)]
	pub struct ConfirmationAdded {
		#[ink(topic)]
		pub credit: CreditId,
		pub confirming_bank: ParticipantId,
	}

	#[ink(event)]
	pub struct DocumentLodged {
		#[ink(topic)]
		pub credit: CreditId,
		pub issuer: AccountId,
		pub hash: Hash,
		pub doc_type: DocType,
	}

	/// `presentation`: the id the decisions on it name ([`Presentation::id`]).
	#[ink(event)]
	pub struct Presented {
		#[ink(topic)]
		pub credit: CreditId,
		pub presentation: PresentationId,
		pub to: Examiner,
		pub amount: Balance,
		pub documents: Vec<DocRef>,
		pub discrepancies: Vec<Discrepancy>,
	}

	/// The applicant waived the discrepancies of `presentation`, pending at `at`.
	#[ink(event)]
	pub struct Waived {
		#[ink(topic)]
		pub credit: CreditId,
		pub at: Examiner,
		pub presentation: PresentationId,
	}

	/// Credited to the beneficiary; `deemed`: carried out after the examination period
	/// lapsed (art. 16(f)), by anyone.
	#[ink(event)]
	pub struct Honoured {
		#[ink(topic)]
		pub credit: CreditId,
		pub at: Examiner,
		/// The presentation honoured.
		pub presentation: PresentationId,
		pub amount: Balance,
		pub by: AccountId,
		pub deemed: bool,
	}

	/// `deemed`: carried out after the examination lapsed, by anyone, because the
	/// contract found discrepancies nobody waived.
	#[ink(event)]
	pub struct Refused {
		#[ink(topic)]
		pub credit: CreditId,
		pub at: Examiner,
		/// The presentation refused.
		pub presentation: PresentationId,
		pub by: AccountId,
		pub discrepancies: Vec<Discrepancy>,
		pub deemed: bool,
	}

	/// The issuing bank is bound by these terms until the beneficiary rejects them.
	#[ink(event)]
	pub struct AmendmentProposed {
		#[ink(topic)]
		pub credit: CreditId,
		pub terms: Terms,
		pub paid_in: Balance,
	}

	/// `returned`: a reduction of the amount, credited to the issuing bank; `deemed`:
	/// accepted by a presentation complying with the amended terms only (art. 10(c));
	/// `confirmed`: the confirming bank's confirmation covers the amended credit.
	#[ink(event)]
	pub struct AmendmentAccepted {
		#[ink(topic)]
		pub credit: CreditId,
		pub returned: Balance,
		pub deemed: bool,
		pub confirmed: bool,
	}

	/// The applicant consented to the pending amendment (its request for it).
	#[ink(event)]
	pub struct AmendmentConsented {
		#[ink(topic)]
		pub credit: CreditId,
	}

	/// The confirming bank extended its confirmation to the pending amendment.
	#[ink(event)]
	pub struct ConfirmationExtended {
		#[ink(topic)]
		pub credit: CreditId,
		pub confirming_bank: ParticipantId,
	}

	/// Rejected by the beneficiary; an increase paid in was credited back to the bank.
	#[ink(event)]
	pub struct AmendmentRejected {
		#[ink(topic)]
		pub credit: CreditId,
		pub returned: Balance,
	}

	/// The credit expired; `returned` was credited to the issuing bank.
	#[ink(event)]
	pub struct Closed {
		#[ink(topic)]
		pub credit: CreditId,
		pub returned: Balance,
	}

	/// An account of `participant` withdrew what the contract owed the organisation.
	#[ink(event)]
	pub struct Withdrawn {
		#[ink(topic)]
		pub participant: ParticipantId,
		pub to: AccountId,
		pub amount: Balance,
	}

	/// A document lodged for a credit: the credit, its issuer, its hash.
	pub type DocumentKey = (CreditId, AccountId, Hash);
	/// A bank's refusal of a set of documents under a credit: the credit, the bank, the
	/// set's hash.
	pub type RefusalKey = (CreditId, ParticipantId, Hash);

	/// An account made itself its organisation's account of record (`register_account`;
	/// the record also follows every act of a person of the organisation, silently).
	#[ink(event)]
	pub struct AccountRecorded {
		#[ink(topic)]
		pub participant: ParticipantId,
		pub account: AccountId,
	}

	#[ink(storage)]
	#[derive(Default)]
	pub struct LetterOfCredit {
		credits: Mapping<CreditId, Credit>,
		/// Documents by credit, issuer and hash.
		documents: Mapping<DocumentKey, Document>,
		/// Art. 16(c): what each bank stated when it first refused a set of documents under
		/// a credit, by (credit, bank, the set's hash: `document_set`). Every set it
		/// refused is remembered (at most `MAX_DISCREPANCIES` hashes each, written by the
		/// refusing bank), so alternating sets cannot open the way to new discrepancies.
		refusals: Mapping<RefusalKey, Vec<Hash>>,
		/// Documents presented or drawn, under any credit, by content hash: whoever lodged
		/// a document, it is drawn once.
		claims: Mapping<Hash, Claim>,
		/// What organisations may withdraw.
		payable: Mapping<ParticipantId, Balance>,
		/// Each organisation's account of record: the last person's account that acted
		/// for it here while it was active.
		/// (At the storage keys of the two mappings it replaced.)
		accounts: AccountsOfRecord<
			{ storage_key("LetterOfCredit::accounts") },
			{ storage_key("LetterOfCredit::recorded") },
		>,
		next_credit: CreditId,
		/// What all credits hold plus what is payable: the contract's balance.
		owed: Balance,
		/// The code announced to replace this contract's, if any (governed: see
		/// [`schedule_code`](Self::schedule_code)). A `Lazy` cell at its own key: it adds
		/// nothing to the root storage, so it moves none of the fields above.
		code: CodeSchedule<{ storage_key("LetterOfCredit::code") }>,
	}

	/// Replacing the contract's code under governance (white paper 7.1; docs/contracts.md,
	/// "Replacing a contract"; [`amchain_ink::upgrade`]).
	impl LetterOfCredit {
		/// The governor (the account the chain extension's `governor` names: on amchain a
		/// keyless account only three quarters of the council act as, through
		/// `Consortium.as_governor`) announces the code that will replace this contract's,
		/// from [`CODE_DELAY`](amchain_ink::CODE_DELAY) blocks on (a week): the block
		/// returned. The code must be uploaded already: the contract locks it while it is
		/// scheduled (pallet-contracts' delegate dependency; the call traps for a code not
		/// on chain or the one the contract runs), the governor paying the lock's deposit.
		/// Scheduling again replaces the announcement (`CodeCancelled` or `CodeLapsed` for
		/// the old code, unlocked) and restarts the delay. The new code must keep this
		/// contract's storage layout, or bring a migration (docs/contracts.md).
		///
		/// Emits `CodeScheduled`.
		#[ink(message)]
		pub fn schedule_code(&mut self, code_hash: Hash) -> Result<BlockNumber> {
			Ok(self.code.schedule(code_hash)?)
		}

		/// The governor withdraws the announced code and unlocks it.
		///
		/// Emits `CodeCancelled`.
		#[ink(message)]
		pub fn cancel_code(&mut self) -> Result<()> {
			Ok(self.code.cancel()?)
		}

		/// From the announced block to [`APPLY_WINDOW`](amchain_ink::APPLY_WINDOW) (a day)
		/// after it, anyone swaps the announced code in (`set_code_hash`): the contract
		/// keeps its account, balance and storage and runs the new code from the next call.
		/// `CodeNotDue` before, `CodeLapsed` after the window (nothing changes).
		///
		/// Emits `CodeApplied`.
		#[ink(message)]
		pub fn apply_code(&mut self) -> Result<()> {
			self.code.apply()?;
			Ok(())
		}

		/// After its window ([`APPLY_WINDOW`](amchain_ink::APPLY_WINDOW) past its block),
		/// anyone clears a lapsed announcement and unlocks its code. `CodeNotLapsed` before.
		///
		/// Emits `CodeLapsed`.
		#[ink(message)]
		pub fn lapse_code(&mut self) -> Result<()> {
			self.code.lapse()?;
			Ok(())
		}

		/// The code announced to replace this contract's, and the block from which it may
		/// be swapped in (until a day later; it has lapsed after), if any.
		#[ink(message)]
		pub fn scheduled_code(&self) -> Option<ScheduledCode> {
			self.code.get()
		}
	}

	impl LetterOfCredit {
		#[ink(constructor)]
		pub fn new() -> Self {
			Self::default()
		}

		/// The caller, a person's account of a bank, issues a credit for the
		/// organisation of `beneficiary` on behalf of that of `applicant` and pays in its
		/// amount (the value sent must be `terms.amount`). It binds once the applicant
		/// consents. `confirming_bank`, an account of another bank, may add its
		/// confirmation. Emits `Issued`.
		#[ink(message, payable)]
		pub fn issue(
			&mut self,
			applicant: AccountId,
			beneficiary: AccountId,
			confirming_bank: Option<AccountId>,
			terms: Terms,
			examination_period: BlockNumber,
		) -> Result<CreditId> {
			let issuing_bank = self.caller_bank()?;
			self.accounts.record(issuing_bank, self.env().caller());
			let contract = self.env().account_id();
			if [Some(applicant), Some(beneficiary), confirming_bank].contains(&Some(contract)) {
				return Err(Error::ContractParty);
			}
			let (applicant_account, beneficiary_account) = (applicant, beneficiary);
			let applicant = self.organisation_of(applicant)?;
			let beneficiary = self.organisation_of(beneficiary)?;
			for (organisation, account) in
				[(applicant, applicant_account), (beneficiary, beneficiary_account)]
			{
				if self.member(account)?.is_some_and(|m| !m.device) {
					self.accounts.record(organisation, account);
				}
			}
			if applicant == beneficiary {
				return Err(Error::SameParty);
			}
			if issuing_bank == applicant || issuing_bank == beneficiary {
				return Err(Error::SelfDealing);
			}
			let confirming_bank = match confirming_bank {
				None => None,
				Some(account) => {
					let bank = match self.member(account)? {
						Some(m) if !m.device && m.roles & role::BANK != 0 => m.participant,
						_ => return Err(Error::NotABank),
					};
					if [applicant, beneficiary, issuing_bank].contains(&bank) {
						return Err(Error::SelfDealing);
					}
					Some(bank)
				},
			};
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
			self.credits.insert(
				id,
				&Credit {
					applicant,
					beneficiary,
					issuing_bank,
					confirming_bank,
					confirmed: false,
					terms: terms.clone(),
					examination_period,
					drawn: 0,
					at_issuing_bank: Examination::default(),
					at_confirming_bank: Examination::default(),
					amendment: None,
					state: State::AwaitingApplicant,
				},
			);
			self.env().emit_event(Issued {
				credit: id,
				applicant,
				beneficiary,
				issuing_bank,
				confirming_bank,
				terms,
				examination_period,
			});
			Ok(id)
		}

		/// An account of the applicant consents to the credit issued on its behalf: it is
		/// in force. Emits `Consented`.
		#[ink(message)]
		pub fn consent(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.credit_in(id)?;
			if credit.state != State::AwaitingApplicant {
				return Err(Error::NotAwaitingApplicant);
			}
			self.ensure_caller_of(credit.applicant, 0, Error::NotApplicant)?;
			if self.env().block_number() > credit.terms.expiry {
				return Err(Error::Expired);
			}
			credit.state = State::Issued;
			self.credits.insert(id, &credit);
			self.env().emit_event(Consented { credit: id });
			Ok(())
		}

		/// An account of the issuing bank cancels a credit the applicant has not
		/// consented to; its amount is credited back to the bank. Emits `Cancelled`.
		#[ink(message)]
		pub fn cancel(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.credit_in(id)?;
			if credit.state != State::AwaitingApplicant {
				return Err(Error::NotAwaitingApplicant);
			}
			self.ensure_caller_of(credit.issuing_bank, 0, Error::NotIssuingBank)?;
			let returned = credit.terms.amount;
			credit.state = State::Cancelled;
			self.credits.insert(id, &credit);
			self.credit_to(credit.issuing_bank, returned)?;
			self.env().emit_event(Cancelled { credit: id, returned });
			Ok(())
		}

		/// An account of the named confirming bank, still a bank, adds its confirmation:
		/// from now on presentations may be made to it. Emits `ConfirmationAdded`.
		#[ink(message)]
		pub fn add_confirmation(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.credit_in(id)?;
			if !matches!(credit.state, State::AwaitingApplicant | State::Issued) {
				return Err(Error::NotOpen);
			}
			let bank = credit.confirming_bank.ok_or(Error::NotConfirmingBank)?;
			self.ensure_caller_of(bank, 0, Error::NotConfirmingBank)?;
			if credit.confirmed {
				return Err(Error::AlreadyConfirmed);
			}
			self.ensure_caller_of(bank, role::BANK, Error::NotABank)?;
			credit.confirmed = true;
			self.credits.insert(id, &credit);
			self.env().emit_event(ConfirmationAdded { credit: id, confirming_bank: bank });
			Ok(())
		}

		/// The caller issued the document with this hash, of a type the credit (or its
		/// pending amendment) requires, and qualifies under the rule for that type now;
		/// the document is dated now. Emits `DocumentLodged`.
		#[ink(message)]
		pub fn lodge(&mut self, id: CreditId, doc_type: DocType, hash: Hash) -> Result<()> {
			let credit = self.live_credit(id)?;
			let rule = credit.rule_for(doc_type).ok_or(Error::NotRequired)?;
			let issuer = self.env().caller();
			if self.documents.contains((id, issuer, hash)) {
				return Err(Error::DocumentExists);
			}
			let member = self.member(issuer)?;
			if !self.qualifies(&credit, rule, member)? {
				return Err(Error::NotQualified);
			}
			let document = Document {
				doc_type,
				organisation: member.map(|m| m.participant),
				lodged_at: self.env().block_number(),
				rule,
			};
			self.documents.insert((id, issuer, hash), &document);
			self.env().emit_event(DocumentLodged { credit: id, issuer, hash, doc_type });
			Ok(())
		}

		/// An account of the beneficiary presents lodged documents to `to` to draw
		/// `amount`. The contract records the discrepancies it finds; the bank examines.
		/// With an amendment pending, a presentation that complies only with the amended
		/// terms accepts them (art. 10(c)). Emits `Presented` (after `AmendmentAccepted`
		/// if it accepted one).
		#[ink(message)]
		pub fn present(
			&mut self,
			id: CreditId,
			to: Examiner,
			amount: Balance,
			documents: Vec<DocRef>,
		) -> Result<Vec<Discrepancy>> {
			let mut credit = self.open_credit(id)?;
			self.ensure_caller_of(credit.beneficiary, 0, Error::NotBeneficiary)?;
			if to == Examiner::ConfirmingBank && !credit.confirmed {
				return Err(Error::NotConfirmed);
			}
			if credit.examination(to).presentation.is_some() {
				return Err(Error::PresentationPending);
			}
			if amount == 0 {
				return Err(Error::ZeroAmount);
			}
			if documents.len() > MAX_DOCUMENTS {
				return Err(Error::BadPresentation);
			}
			let mut docs = Vec::with_capacity(documents.len());
			for (i, d) in documents.iter().enumerate() {
				if documents[..i].iter().any(|earlier| earlier.hash == d.hash) {
					return Err(Error::BadPresentation);
				}
				let doc =
					self.documents.get((id, d.issuer, d.hash)).ok_or(Error::UnknownDocument)?;
				if self.claims.contains(d.hash) {
					return Err(Error::DocumentUsed);
				}
				docs.push((*d, doc));
			}
			let other = credit.presenting(to.other());
			let under_terms = self.check_presentation(&credit, &credit.terms, amount, other, &docs);
			let mut accepted = None;
			let discrepancies = match under_terms {
				Ok(found) if found.is_empty() => found,
				under_terms => match &credit.amendment {
					// Only an amendment the applicant consented to, and at the confirming
					// bank's slot only one it extended its confirmation to.
					Some(a)
						if other == 0
							&& a.applicant_consented
							&& (to == Examiner::IssuingBank || a.confirmation_extended)
							&& matches!(
								self.check_presentation(&credit, &a.terms, amount, 0, &docs),
								Ok(found) if found.is_empty()
							) =>
					{
						accepted = Some(self.apply_amendment(&mut credit)?);
						Vec::new()
					},
					_ => under_terms?,
				},
			};
			for d in &documents {
				self.claims.insert(d.hash, &Claim { credit: id, drawn: false });
			}
			let presentation = Presentation {
				amount,
				documents: documents.clone(),
				presented_at: self.env().block_number(),
				discrepancies: discrepancies.clone(),
				waived: false,
			};
			let presentation_id = presentation.id(id, to);
			credit.examination_mut(to).presentation = Some(presentation);
			self.credits.insert(id, &credit);
			if let Some(returned) = accepted {
				let confirmed = credit.confirmed;
				self.env().emit_event(AmendmentAccepted {
					credit: id,
					returned,
					deemed: true,
					confirmed,
				});
			}
			self.env().emit_event(Presented {
				credit: id,
				presentation: presentation_id,
				to,
				amount,
				documents,
				discrepancies: discrepancies.clone(),
			});
			Ok(discrepancies)
		}

		/// An account of the applicant waives the discrepancies of `presentation`,
		/// pending at `at`: the bank may honour it. Emits `Waived`.
		///
		/// `presentation` names the presentation the applicant read (see
		/// [`honour`](Self::honour)): a waiver never lands on other documents
		/// (`PresentationChanged`).
		#[ink(message)]
		pub fn waive(
			&mut self,
			id: CreditId,
			at: Examiner,
			presentation: PresentationId,
		) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			self.ensure_caller_of(credit.applicant, 0, Error::NotApplicant)?;
			let named = presentation;
			let presentation =
				credit.examination_mut(at).presentation.as_mut().ok_or(Error::NoPresentation)?;
			if presentation.id(id, at) != named {
				return Err(Error::PresentationChanged);
			}
			if presentation.discrepancies.is_empty() || presentation.waived {
				return Err(Error::NothingToWaive);
			}
			presentation.waived = true;
			self.credits.insert(id, &credit);
			self.env().emit_event(Waived { credit: id, at, presentation: named });
			Ok(())
		}

		/// Credits the presentation made to `at` to the beneficiary, if the contract
		/// found no discrepancy in it or the applicant waived them. The bank examining
		/// it now (an account of it, still a bank: see [`examiner`](Self::examiner))
		/// honours it; once every examination period has passed without a decision the
		/// banks are precluded from refusing (art. 16(f)) and anyone may carry out the
		/// honour. Its documents are drawn: no credit may take them again. Emits
		/// `Honoured`.
		///
		/// **Which presentation.** `presentation` is the id of the presentation the caller
		/// read ([`Presentation::id`]: a hash of its credit, bank, amount, documents, block
		/// and discrepancies), as [`presentation`](Self::presentation) returns it beside the
		/// presentation, or as its `Presented` event carries it. If the one read was decided
		/// and other documents (or another amount) were presented in front of this call —
		/// in a later block, in the same block, or on a fork that replaced the block the
		/// caller read — the call fails with `PresentationChanged` and changes nothing,
		/// instead of deciding documents nobody examined. `waive` and `refuse` name it the
		/// same way.
		#[ink(message)]
		pub fn honour(
			&mut self,
			id: CreditId,
			at: Examiner,
			presentation: PresentationId,
		) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			let named = presentation;
			let presentation = self.named_presentation(id, &credit, at, named)?;
			let deemed = match self.examining_bank(&credit, at, &presentation)? {
				None => true,
				Some(bank) if self.caller_is(bank, role::BANK)? => false,
				Some(_) => return Err(Error::NotExaminer),
			};
			// Preclusion binds a silent bank to documents that comply, never to missing
			// or unqualified ones (arts. 14(a), 15, 16(f)).
			if !presentation.discrepancies.is_empty() && !presentation.waived {
				return Err(Error::Discrepant);
			}
			credit.examination_mut(at).presentation = None;
			for d in &presentation.documents {
				self.claims.insert(d.hash, &Claim { credit: id, drawn: true });
			}
			let amount = presentation.amount;
			credit.drawn = credit.drawn.checked_add(amount).ok_or(Error::Overflow)?;
			if credit.undrawn()? == 0 && credit.amendment.is_none() {
				credit.state = State::Drawn;
			}
			self.credits.insert(id, &credit);
			self.credit_to(credit.beneficiary, amount)?;
			let by = self.env().caller();
			self.env().emit_event(Honoured {
				credit: id,
				at,
				presentation: named,
				amount,
				by,
				deemed,
			});
			Ok(())
		}

		/// The bank examining the presentation made to `at` now (an account of it, still
		/// a bank: see [`examiner`](Self::examiner)) refuses it, listing `stated`
		/// discrepancies of its own besides those the contract found (at least one in
		/// all). For documents it refused before it may state only what it stated then
		/// (art. 16(c)). Once every examination period has passed, anyone carries out the
		/// refusal of a presentation whose discrepancies the contract found and nobody
		/// waived, stating nothing more (a deemed refusal: the banks are precluded from
		/// stating anything, art. 16(f)). The documents are free again: corrected ones may
		/// be presented, to either bank. `presentation` names the presentation refused,
		/// as for [`honour`](Self::honour). Emits `Refused`.
		#[ink(message)]
		pub fn refuse(
			&mut self,
			id: CreditId,
			at: Examiner,
			presentation: PresentationId,
			stated: Vec<Hash>,
		) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			let named = presentation;
			let presentation = self.named_presentation(id, &credit, at, named)?;
			// The refusing bank (none for a deemed refusal, which states nothing).
			let bank = match self.examining_bank(&credit, at, &presentation)? {
				// A suspended bank's account of record may still refuse: that only
				// protects the bank's money (suspension must not confiscate).
				Some(bank) if self.speaks_for_suspended(bank)? => Some(bank),
				None => {
					let complying = presentation.discrepancies.is_empty() || presentation.waived;
					if complying || !stated.is_empty() {
						return Err(Error::ExaminationOver);
					}
					None
				},
				Some(bank) if self.caller_is(bank, role::BANK)? => Some(bank),
				Some(_) => return Err(Error::NotExaminer),
			};
			let deemed = bank.is_none();
			if stated.len() > MAX_DISCREPANCIES {
				return Err(Error::BadRefusal);
			}
			let memory = bank.map(|b| (id, b, self.document_set(&presentation.documents)));
			let refused_before = memory.and_then(|key| self.refusals.get(key));
			if let Some(before) = &refused_before {
				if stated.iter().any(|s| !before.contains(s)) {
					return Err(Error::NewDiscrepancy);
				}
			}
			let mut discrepancies = presentation.discrepancies;
			discrepancies.extend(stated.iter().copied().map(Discrepancy::Stated));
			if discrepancies.is_empty() || discrepancies.len() > MAX_DISCREPANCIES {
				return Err(Error::BadRefusal);
			}
			for d in &presentation.documents {
				self.claims.remove(d.hash);
			}
			credit.examination_mut(at).presentation = None;
			if let (Some(key), None) = (memory, refused_before) {
				self.refusals.insert(key, &stated);
			}
			self.credits.insert(id, &credit);
			let by = self.env().caller();
			self.env().emit_event(Refused {
				credit: id,
				at,
				presentation: named,
				by,
				discrepancies,
				deemed,
			});
			Ok(())
		}

		/// An account of the issuing bank proposes new terms; it is bound by them from
		/// now until the beneficiary rejects them, and cannot withdraw them (art. 10(b)).
		/// An increase of the amount must be sent with the proposal. Emits
		/// `AmendmentProposed`.
		#[ink(message, payable)]
		pub fn propose_amendment(&mut self, id: CreditId, terms: Terms) -> Result<()> {
			let mut credit = self.live_credit(id)?;
			self.ensure_caller_of(credit.issuing_bank, 0, Error::NotIssuingBank)?;
			self.ensure_caller_of(credit.issuing_bank, role::BANK, Error::NotABank)?;
			if credit.amendment.is_some() {
				return Err(Error::AmendmentPending);
			}
			self.check_terms(&terms)?;
			let presenting = credit
				.presenting(Examiner::IssuingBank)
				.checked_add(credit.presenting(Examiner::ConfirmingBank))
				.ok_or(Error::Overflow)?;
			if terms.amount < credit.drawn.checked_add(presenting).ok_or(Error::Overflow)? {
				return Err(Error::BelowDrawn);
			}
			let paid_in = terms.amount.saturating_sub(credit.terms.amount);
			if self.env().transferred_value() != paid_in {
				return Err(Error::WrongValue);
			}
			self.owed = self.owed.checked_add(paid_in).ok_or(Error::Overflow)?;
			credit.amendment = Some(Amendment {
				terms: terms.clone(),
				paid_in,
				applicant_consented: false,
				confirmation_extended: false,
			});
			self.credits.insert(id, &credit);
			self.env().emit_event(AmendmentProposed { credit: id, terms, paid_in });
			Ok(())
		}

		/// An account of the applicant consents to the pending amendment, exactly as
		/// proposed (its request for it: the bank cannot change a pending amendment),
		/// before the credit's expiry. From now on the beneficiary may accept it, and its
		/// expiry keeps the credit open. Emits `AmendmentConsented`.
		#[ink(message)]
		pub fn consent_amendment(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.live_credit(id)?;
			self.ensure_caller_of(credit.applicant, 0, Error::NotApplicant)?;
			let amendment = credit.amendment.as_mut().ok_or(Error::NoAmendment)?;
			if amendment.applicant_consented {
				return Err(Error::AlreadyAgreed);
			}
			amendment.applicant_consented = true;
			self.credits.insert(id, &credit);
			self.env().emit_event(AmendmentConsented { credit: id });
			Ok(())
		}

		/// An account of the confirming bank that confirmed the credit, still a bank,
		/// extends its confirmation to the pending amendment (art. 10(b)); without this
		/// its confirmation does not cover the amended credit. Emits
		/// `ConfirmationExtended`.
		#[ink(message)]
		pub fn extend_confirmation(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.live_credit(id)?;
			let bank = credit.confirming_bank.ok_or(Error::NotConfirmingBank)?;
			self.ensure_caller_of(bank, 0, Error::NotConfirmingBank)?;
			if !credit.confirmed {
				return Err(Error::NotConfirmed);
			}
			self.ensure_caller_of(bank, role::BANK, Error::NotABank)?;
			let amendment = credit.amendment.as_mut().ok_or(Error::NoAmendment)?;
			if amendment.confirmation_extended {
				return Err(Error::AlreadyAgreed);
			}
			amendment.confirmation_extended = true;
			self.credits.insert(id, &credit);
			self.env().emit_event(ConfirmationExtended { credit: id, confirming_bank: bank });
			Ok(())
		}

		/// An account of the beneficiary accepts the pending amendment the applicant
		/// consented to, while no presentation awaits examination and before its expiry
		/// (even after the original one): its terms replace the credit's; a reduction is
		/// credited to the issuing bank; a confirming bank that did not extend its
		/// confirmation no longer examines. Emits `AmendmentAccepted`.
		#[ink(message)]
		pub fn accept_amendment(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			self.ensure_caller_of(credit.beneficiary, 0, Error::NotBeneficiary)?;
			let amendment = credit.amendment.as_ref().ok_or(Error::NoAmendment)?;
			if !amendment.applicant_consented {
				return Err(Error::AwaitingApplicant);
			}
			if credit.any_presentation() {
				return Err(Error::PresentationPending);
			}
			// Still valid now.
			self.check_terms(&amendment.terms)?;
			let returned = self.apply_amendment(&mut credit)?;
			self.credits.insert(id, &credit);
			let confirmed = credit.confirmed;
			self.env().emit_event(AmendmentAccepted {
				credit: id,
				returned,
				deemed: false,
				confirmed,
			});
			Ok(())
		}

		/// An account of the beneficiary rejects the pending amendment; an increase paid
		/// in is credited back to the bank. Emits `AmendmentRejected`.
		#[ink(message)]
		pub fn reject_amendment(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.open_credit(id)?;
			self.ensure_caller_of(credit.beneficiary, 0, Error::NotBeneficiary)?;
			let amendment = credit.amendment.take().ok_or(Error::NoAmendment)?;
			if credit.undrawn()? == 0 {
				credit.state = State::Drawn;
			}
			self.credits.insert(id, &credit);
			self.credit_to(credit.issuing_bank, amendment.paid_in)?;
			self.env().emit_event(AmendmentRejected { credit: id, returned: amendment.paid_in });
			Ok(())
		}

		/// After the expiry (and the later expiry a pending amendment offers), once no
		/// presentation awaits a decision, anyone closes the credit: the undrawn balance
		/// and any increase paid in are credited to the issuing bank. A credit the
		/// applicant never consented to closes the same way. Emits `Closed`.
		#[ink(message)]
		pub fn close(&mut self, id: CreditId) -> Result<()> {
			let mut credit = self.credit_in(id)?;
			if !matches!(credit.state, State::AwaitingApplicant | State::Issued) {
				return Err(Error::NotOpen);
			}
			if self.env().block_number() <= credit.last_block() {
				return Err(Error::NotExpired);
			}
			if credit.any_presentation() {
				return Err(Error::PresentationPending);
			}
			let paid_in = credit.amendment.take().map_or(0, |a| a.paid_in);
			let returned = credit.undrawn()?.checked_add(paid_in).ok_or(Error::Overflow)?;
			credit.state = State::Closed;
			self.credits.insert(id, &credit);
			self.credit_to(credit.issuing_bank, returned)?;
			self.env().emit_event(Closed { credit: id, returned });
			Ok(())
		}

		/// A person's account of an organisation takes everything the contract owes the
		/// organisation (paid to the caller); so does the account of record of a
		/// suspended organisation, for its exit. Emits `Withdrawn`.
		#[ink(message)]
		pub fn withdraw(&mut self) -> Result<Balance> {
			let to = self.env().caller();
			let participant = match self.accounts.withdrawer(to) {
				Ok(Withdrawer::Active(p)) => {
					self.accounts.record(p, to);
					p
				},
				Ok(Withdrawer::Exit(p)) => p,
				Err(NotActing::Extension(e)) => return Err(e.into()),
				Err(NotActing::NotAMember | NotActing::Device | NotActing::Suspended) => {
					return Err(Error::NotAMember)
				},
			};
			let amount = self.payable.get(participant).unwrap_or(0);
			if amount == 0 {
				return Err(Error::NothingOwed);
			}
			self.payable.remove(participant);
			self.owed = self.owed.checked_sub(amount).ok_or(Error::Overflow)?;
			self.env().transfer(to, amount).map_err(|_| Error::TransferFailed)?;
			self.env().emit_event(Withdrawn { participant, to, amount });
			Ok(amount)
		}

		/// A person's account of an active organisation becomes its account of record
		/// (after an admin key rotation, say). Emits `AccountRecorded`.
		#[ink(message)]
		pub fn register_account(&mut self) -> Result<ParticipantId> {
			let caller = self.env().caller();
			match self.member(caller)? {
				Some(m) if !m.device => {
					self.accounts.record(m.participant, caller);
					self.env().emit_event(AccountRecorded {
						participant: m.participant,
						account: caller,
					});
					Ok(m.participant)
				},
				_ => Err(Error::NotAMember),
			}
		}

		/// What `bank` stated when it first refused this set of documents (in any order)
		/// under the credit: all it may state if it refuses them again (art. 16(c)).
		#[ink(message)]
		pub fn refusal(
			&self,
			id: CreditId,
			bank: ParticipantId,
			documents: Vec<DocRef>,
		) -> Option<Vec<Hash>> {
			self.refusals.get((id, bank, self.document_set(&documents)))
		}

		/// An organisation's account of record.
		#[ink(message)]
		pub fn account_of_record(&self, participant: ParticipantId) -> Option<AccountId> {
			self.accounts.get(participant)
		}

		/// A credit, open or not.
		#[ink(message)]
		pub fn credit(&self, id: CreditId) -> Option<Credit> {
			self.credits.get(id)
		}

		/// The presentation awaiting examination at `at` under credit `id`, with the id a
		/// waiver, an honour or a refusal names it by (read together: the id is of exactly
		/// the presentation returned).
		#[ink(message)]
		pub fn presentation(
			&self,
			id: CreditId,
			at: Examiner,
		) -> Option<(PresentationId, Presentation)> {
			let credit = self.credits.get(id)?;
			let presentation = credit.examination(at).presentation.clone()?;
			Some((presentation.id(id, at), presentation))
		}

		/// A document lodged for a credit.
		#[ink(message)]
		pub fn document(&self, id: CreditId, issuer: AccountId, hash: Hash) -> Option<Document> {
			self.documents.get((id, issuer, hash))
		}

		/// Whether a document (named by its content hash, whoever lodged it) is presented
		/// or drawn, and under which credit.
		#[ink(message)]
		pub fn claim(&self, hash: Hash) -> Option<Claim> {
			self.claims.get(hash)
		}

		/// The bank that examines the presentation made to `at` now: the bank presented
		/// to during its examination period; at the confirming bank's slot, once that
		/// period has passed, the issuing bank for a period of its own; `None` when there
		/// is no presentation or every period has passed (then anyone carries out the
		/// outcome the contract's findings give).
		#[ink(message)]
		pub fn examiner(&self, id: CreditId, at: Examiner) -> Option<ParticipantId> {
			let credit = self.credits.get(id)?;
			let presentation = credit.examination(at).presentation.clone()?;
			self.examining_bank(&credit, at, &presentation).ok().flatten()
		}

		/// What an organisation may withdraw.
		#[ink(message)]
		pub fn payable(&self, participant: ParticipantId) -> Balance {
			self.payable.get(participant).unwrap_or(0)
		}

		/// What all credits hold plus what is payable; always the contract's balance.
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

		/// A credit in force (possibly past its expiry).
		fn open_credit(&self, id: CreditId) -> Result<Credit> {
			let credit = self.credit_in(id)?;
			if credit.state != State::Issued {
				return Err(Error::NotOpen);
			}
			Ok(credit)
		}

		/// A credit in force, not past its last block.
		fn live_credit(&self, id: CreditId) -> Result<Credit> {
			let credit = self.open_credit(id)?;
			if self.env().block_number() > credit.last_block() {
				return Err(Error::Expired);
			}
			Ok(credit)
		}

		/// The organisation an account acts for now, if any.
		fn member(&self, account: AccountId) -> Result<Option<Member>> {
			Ok(membership(account)?)
		}

		/// The organisation a named party's account acts for.
		fn organisation_of(&self, account: AccountId) -> Result<ParticipantId> {
			self.member(account)?.map(|m| m.participant).ok_or(Error::NotAMember)
		}

		/// The bank the caller, a person's account of it, acts for.
		fn caller_bank(&self) -> Result<ParticipantId> {
			match self.member(self.env().caller())? {
				Some(m) if !m.device && m.roles & role::BANK != 0 => Ok(m.participant),
				_ => Err(Error::NotABank),
			}
		}

		/// Whether the caller is a person's account (not a device) of `organisation` now,
		/// which holds `roles`.
		fn caller_is(&self, organisation: ParticipantId, roles: Roles) -> Result<bool> {
			Ok(self.member(self.env().caller())?.is_some_and(|m| {
				!m.device && m.participant == organisation && m.roles & roles == roles
			}))
		}

		/// The caller is a person's account of `organisation` now, which holds `roles`;
		/// it becomes the organisation's account of record.
		fn ensure_caller_of(
			&mut self,
			organisation: ParticipantId,
			roles: Roles,
			otherwise: Error,
		) -> Result<()> {
			if self.caller_is(organisation, roles)? {
				self.accounts.record(organisation, self.env().caller());
				Ok(())
			} else {
				Err(otherwise)
			}
		}

		/// The presentation awaiting examination at `at`, if it is the one `named`.
		fn named_presentation(
			&self,
			id: CreditId,
			credit: &Credit,
			at: Examiner,
			named: PresentationId,
		) -> Result<Presentation> {
			let presentation =
				credit.examination(at).presentation.as_ref().ok_or(Error::NoPresentation)?;
			if presentation.id(id, at) != named {
				return Err(Error::PresentationChanged);
			}
			Ok(presentation.clone())
		}

		/// Names a set of documents whatever their order: the Blake2-256 hash of their
		/// sorted content hashes (a document is its content, whoever lodged it).
		fn document_set(&self, documents: &[DocRef]) -> Hash {
			let mut hashes: Vec<[u8; 32]> = documents
				.iter()
				.map(|d| {
					let mut h = [0u8; 32];
					h.copy_from_slice(d.hash.as_ref());
					h
				})
				.collect();
			hashes.sort_unstable();
			Hash::from(self.env().hash_encoded::<ink::env::hash::Blake2x256, _>(&hashes))
		}

		/// Whether the caller is the account of record of `organisation`, which is
		/// suspended (or no longer registered), and acts for no active organisation.
		fn speaks_for_suspended(&self, organisation: ParticipantId) -> Result<bool> {
			Ok(self.accounts.speaks_for_suspended(organisation, self.env().caller())?)
		}

		/// The bank that examines `presentation`, made to `at`, now; `None` once every
		/// period has passed. At the confirming bank's slot its own period comes first,
		/// then the issuing bank's: the issuing bank's money pays only what it or the
		/// confirming bank honoured, or what both let pass (arts. 7, 8, 16(f)).
		fn examining_bank(
			&self,
			credit: &Credit,
			at: Examiner,
			presentation: &Presentation,
		) -> Result<Option<ParticipantId>> {
			let now = self.env().block_number();
			let first_end = presentation
				.presented_at
				.checked_add(credit.examination_period)
				.ok_or(Error::Overflow)?;
			Ok(match at {
				Examiner::IssuingBank => (now <= first_end).then_some(credit.issuing_bank),
				Examiner::ConfirmingBank => {
					let second_end =
						first_end.checked_add(credit.examination_period).ok_or(Error::Overflow)?;
					if now <= first_end {
						credit.confirming_bank
					} else if now <= second_end {
						Some(credit.issuing_bank)
					} else {
						None
					}
				},
			})
		}

		fn check_terms(&self, terms: &Terms) -> Result<()> {
			if terms.amount == 0 {
				return Err(Error::ZeroAmount);
			}
			if terms.amount < self.env().minimum_balance() {
				return Err(Error::BelowMinimum);
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

		/// Whether `amount` may be presented under `terms` while the other bank examines
		/// `other`, and the discrepancies of `docs` against them.
		fn check_presentation(
			&self,
			credit: &Credit,
			terms: &Terms,
			amount: Balance,
			other: Balance,
			docs: &[(DocRef, Document)],
		) -> Result<Vec<Discrepancy>> {
			if self.env().block_number() > terms.expiry {
				return Err(Error::Expired);
			}
			let undrawn = terms.amount.checked_sub(credit.drawn).ok_or(Error::ExceedsUndrawn)?;
			let available = undrawn.checked_sub(other).ok_or(Error::ExceedsUndrawn)?;
			if amount > available {
				return Err(Error::ExceedsUndrawn);
			}
			if !terms.partial_drawings && amount != undrawn {
				return Err(Error::PartialNotAllowed);
			}
			if amount < self.env().minimum_balance() && amount != undrawn {
				return Err(Error::BelowMinimum);
			}
			self.examine(credit, terms, docs)
		}

		/// The discrepancies between the required documents of `terms` and `docs`.
		fn examine(
			&self,
			credit: &Credit,
			terms: &Terms,
			docs: &[(DocRef, Document)],
		) -> Result<Vec<Discrepancy>> {
			let mut found = Vec::new();
			for required in &terms.required {
				let t = required.doc_type;
				let mut candidates = docs.iter().filter(|(_, d)| d.doc_type == t).peekable();
				if candidates.peek().is_none() {
					found.push(Discrepancy::Missing(t));
					continue;
				}
				let mut qualified = false;
				let mut in_time = false;
				for (named, doc) in candidates {
					// Latched when lodged under this rule; under a rule an amendment
					// brought in, read now (the chain extension has no history query).
					let admitted = doc.rule == required.issuer
						|| self.qualifies(credit, required.issuer, self.member(named.issuer)?)?;
					if admitted {
						qualified = true;
						if !required.transport || doc.lodged_at <= terms.latest_shipment {
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

		/// Whether an account with `member`ship may issue a document under `rule` now:
		/// under any rule but `Anyone`, a person's account (not a device) of an
		/// organisation that qualifies. A document required from a third party (`Role`,
		/// `CertifiedFor`: a transport document, an inspection certificate) never comes
		/// from the applicant's or the beneficiary's organisation (THREATS rule 4: no one
		/// attests its own shipment or goods).
		fn qualifies(
			&self,
			credit: &Credit,
			rule: IssuerRule,
			member: Option<Member>,
		) -> Result<bool> {
			if rule == IssuerRule::Anyone {
				return Ok(true);
			}
			let Some(member) = member.filter(|m| !m.device) else { return Ok(false) };
			let party = [credit.applicant, credit.beneficiary].contains(&member.participant);
			match rule {
				IssuerRule::Anyone => Ok(true),
				IssuerRule::Beneficiary => Ok(member.participant == credit.beneficiary),
				IssuerRule::Role(_) | IssuerRule::CertifiedFor(_) if party => Ok(false),
				IssuerRule::Role(roles) => Ok(member.roles & roles == roles),
				IssuerRule::CertifiedFor(standard) => {
					match self.env().extension().is_certified(member.participant, standard) {
						Ok(certified) => Ok(certified),
						Err(ExtensionError::UnknownStandard) => Ok(false),
						Err(e) => Err(e.into()),
					}
				},
			}
		}

		/// Makes the pending amendment's terms the credit's; credits a reduction to the
		/// issuing bank and returns it.
		fn apply_amendment(&mut self, credit: &mut Credit) -> Result<Balance> {
			let amendment = credit.amendment.as_ref().ok_or(Error::NoAmendment)?;
			if amendment.terms.amount < credit.drawn {
				return Err(Error::BelowDrawn);
			}
			let returned = credit.terms.amount.saturating_sub(amendment.terms.amount);
			self.credit_to(credit.issuing_bank, returned)?;
			let amendment = credit.amendment.take().ok_or(Error::NoAmendment)?;
			credit.terms = amendment.terms;
			// Art. 10(b): a confirmation not extended to the amendment does not cover the
			// amended credit.
			if !amendment.confirmation_extended {
				credit.confirmed = false;
			}
			if credit.undrawn()? == 0 && !credit.any_presentation() {
				credit.state = State::Drawn;
			}
			Ok(returned)
		}

		/// Makes `amount` payable to `organisation` (it stays in `owed` until withdrawn).
		fn credit_to(&mut self, organisation: ParticipantId, amount: Balance) -> Result<()> {
			if amount == 0 {
				return Ok(());
			}
			let payable = self.payable.get(organisation).unwrap_or(0);
			let payable = payable.checked_add(amount).ok_or(Error::Overflow)?;
			self.payable.insert(organisation, &payable);
			Ok(())
		}
	}
}

#[cfg(test)]
mod tests;
