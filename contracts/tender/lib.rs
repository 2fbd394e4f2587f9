//! # tender — a sealed-bid request for quotation, awarded into escrow
//!
//! A buyer asks for goods; suppliers certified for every standard the buyer requires,
//! with the certified capacity left to make the quantity, bid sealed prices; the lowest
//! valid price wins and the award opens a payment-on-delivery order in the escrow
//! contract. The steps, each with its deadline (every wait ends):
//!
//! - **post** ([`post`](Tender::post), a buyer: an admin account of an active
//!   organisation): the terms — what is wanted (a serialised part of a part type, or a
//!   lot of material), the specification's hash, the quantity, which hand-over to the
//!   buyer is delivery, the delivery-by block (at most [`MAX_ORDER_TERM`] ahead, escrow's
//!   bound on an order's deadline: the award comes later, so escrow takes its order), the
//!   required standards (at most [`MAX_STANDARDS`]), the bid bond (from `budget /`
//!   [`MIN_BOND_SHARE`] to `budget /` [`MAX_BIDS`]), the commit and reveal deadlines — and
//!   the budget, paid in with the call. The terms never change.
//! - **commit** ([`commit`](Tender::commit), until `commit_by`): an admin account of a
//!   supplier organisation posts [`commitment`]`(contract, tender, bidder, price, salt)`
//!   with the bond attached, naming one of its certifications per required standard;
//!   each must be its organisation's, for that standard, valid now and until after
//!   `delivery_by`, with at least `quantity` units of capacity left in the period
//!   (chain extension function `certification`), over and above what this contract's
//!   awards not yet settled reserve on it. One bid per organisation, at most [`MAX_BIDS`]
//!   per tender, first come first served (shared slots: docs/contracts.md says what that
//!   allows). Nothing on chain shows a price before the reveal.
//! - **reveal** ([`reveal`](Tender::reveal), from `commit_by` until `reveal_by`): an
//!   admin account of the bidder's organisation shows the price and salt (the hash must
//!   match, with the *committing* account in it, so a commitment copied by another
//!   account never reveals) and names the goods it will deliver: a part of the wanted
//!   type or a lot with at least `quantity` left, owned by its organisation (paid on
//!   ownership: only the owner sells title) or owned or held by it (paid on custody), not
//!   quarantined, not a part installed in an assembly (escrow takes no order for one). The
//!   price must be at most the budget. The revealing account becomes the seller of the
//!   escrow order (see the award for a key rotated since).
//! - **award** ([`award`](Tender::award), anyone, from `reveal_by`): the lowest revealed
//!   price wins, ties to the earlier commit. The winner's certifications, goods and
//!   seller account are checked again; a bid that no longer qualifies is skipped and the
//!   next-lowest tried. A skipped bid's bond goes to the buyer when the reason is the
//!   bidder's own act (capacity used up, goods sold, moved, installed or retired, its key
//!   moved with no admin of its organisation acting here: it could have lapsed on purpose
//!   to escape its price; or its capacity reserved by an award it won here after its
//!   commit), and back to the bidder when the reason is beyond its control
//!   (its certification suspended or cut short by its auditor, its goods quarantined by a
//!   recall, its organisation suspended). The tender opens an escrow order for the winning
//!   price (escrow's `open_for`, a cross-contract call: the buyer is the posting account,
//!   or, if it no longer acts for the buyer's organisation, that organisation's account of
//!   record when it is a current admin; the seller the revealing account, or likewise the
//!   bidder organisation's account of record; the deadline `delivery_by`), reserves the
//!   quantity on the winner's certifications until its bond is settled or its order's
//!   deadline has passed (L-2), credits the buyer
//!   the rest of the budget and every forfeited bond, and credits every other bidder whose
//!   bond comes back its bond. Should escrow refuse the order all the same (a rule the
//!   tender could not check first), that bid is passed over with its bond back and the next
//!   tried; only the chain failing to answer escrow, or the call failing, fails the award
//!   (until `delivery_by`, when the award closes the tender). With no qualifying bid, or
//!   called from `delivery_by` on (too late for an order), it closes the tender: the
//!   budget goes back to the buyer, revealed bonds to their bidders. If no account acts for
//!   the buyer's organisation, the award waits (`BuyerAwaited`) until [`award_by`]
//!   (`reveal_by +` [`AWAIT_PERIOD`], at most the middle of `reveal_by..delivery_by`) for
//!   one of its admins to [`register_account`](Tender::register_account) (or for its
//!   reinstatement), and a bid skipped after a wait keeps its bond (the buyer chose the
//!   award's block). A tender still waiting then is the buyer's default, settled as a
//!   cancellation (below), if any award found the organisation active with nobody acting
//!   for it (its own doing, latched); if it was only ever suspended or no longer
//!   registered (one registrar's act), the tender closes instead: bonds back, no
//!   compensation out of the budget (third red team, M-4).
//! - **the winner's bond** ([`settle_bond`](Tender::settle_bond), anyone, once the
//!   escrow order has ended): returned to the winner if the order was released, split or
//!   cancelled; if it was refunded, the buyer's only for the winner's fault on record in
//!   escrow (`refund_cause`: it never accepted an order open for at least the acceptance
//!   window, [`had_accept_window`], or no longer had the goods when the order was
//!   refunded), else the winner's (it accepted and still had the goods, the buyer never
//!   took them; or it could not accept, its organisation suspended at the refund). Escrow orders end by anyone's `settle`/`refund` after their
//!   deadline, so this wait ends too.
//! - **cancel** ([`cancel`](Tender::cancel), the buyer, before `commit_by`, so before any
//!   price can be revealed; from then on the award decides): with no bid yet, the budget
//!   goes back; after a commit, each committed bidder gets its bond back and the bond again
//!   as compensation, out of the budget (which [`post`](Tender::post) ensures covers it:
//!   `bond × MAX_BIDS ≤ budget`), and the buyer the rest.
//!
//! A bid not revealed by `reveal_by` loses its bond to the buyer, unless its organisation
//! is suspended (or no longer registered) at the award: it could not reveal, and its bond
//! comes back. That is sampled at the award, not latched at the reveals (the chain
//! extension has no membership history): a registrar suspending a cartel member in the
//! award's block excuses its dropped bid (docs/contracts.md, T-2 and the third red team's
//! M-3, says what this leaves).
//!
//! **Authority and money follow the organisation.** Every message a party sends is
//! checked against the caller's organisation now (an admin account, not a device, of an
//! organisation not suspended); credits are per organisation and pulled by any of its
//! admin accounts with [`withdraw`](Tender::withdraw), so a recipient that cannot receive
//! blocks nobody.
//!
//! **Suspension contains, it does not confiscate.** While an organisation is suspended
//! the chain answers that none of its accounts is a member, so it cannot act (the
//! contract answers `Suspended` to its account of record, `NotAMember` to the others).
//! Its *account of record* — the last admin account that acted for it in this contract
//! (`post`, `commit`, `reveal`, `cancel`, `withdraw`) while it was active, or made itself
//! so with [`register_account`](Tender::register_account) — may still
//! [`withdraw`](Tender::withdraw) what the organisation is credited, for its exit, as long
//! as it is a member of no active organisation (never a device; a key that moved to
//! another active organisation withdraws only that one's credit). After rotating the
//! admin key, the new admin should act here or call `register_account`, so that the old
//! key stops being the account of record (and the award can name the new one buyer or
//! seller). A suspension never forfeits a bond: a suspended bidder's bid, revealed or not,
//! gets its bond back at the award, and a suspended buyer is waited for, then closed on
//! without compensating the bidders out of its budget.
//!
//! What the contract owes ([`owed`](Tender::owed)) is what its tenders hold (budgets,
//! bonds) plus every credit, and that is its balance (more only if someone transferred to
//! it directly). Money leaves only by `withdraw` and by the award's call into escrow,
//! which carries exactly the winning price out of `owed`. The calls into escrow are in
//! `escrow_call.rs`; ink! forbids escrow to call back into the tender.
//!
//! **Replacing the code.** The governor (the account the chain extension names, which
//! only three quarters of the council act as) may announce an uploaded code with
//! `schedule_code` (the contract locks it); anyone swaps it in with `apply_code` a week
//! (`CODE_DELAY`) later and within a day (`APPLY_WINDOW`), after which the announcement
//! lapses (docs/contracts.md,
//! "Replacing a contract"). An answer the chain extension cannot give (an error, a newer
//! runtime's variant) never traps: the award fails. Anyone notes the failure with
//! [`note_unanswered`](Tender::note_unanswered) (from `reveal_by`); from
//! `EXTENSION_GRACE` (30 days) past that note the award goes without the answers the
//! chain still cannot give, each taking the outcome that blames nobody (an unreadable
//! organisation counts as suspended, an unreadable bid is skipped with its bond back, an
//! unreadable buyer closes the tender), so no budget or bond waits on the chain forever.
//! `settle_bond` reads escrow only.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data (`Error::Extension`) trips: it casts the variant index to u8.
#![allow(clippy::cast_possible_truncation)]
// `post` takes each term as a named argument (what wallets and cargo-contract show), and
// ink!'s generated dispatch repeats its arguments.
#![allow(clippy::too_many_arguments)]

mod escrow_call;

#[ink::contract(env = amchain_ink::AmchainEnvironment)]
mod tender {
	use crate::escrow_call::ESCROW_EXTENSION_ERROR;
	pub use crate::escrow_call::{
		EscrowState, Goods, OrderId, PaidOn, RefundCause, MAX_ORDER_TERM,
	};
	use amchain_ink::{
		record::{membership, suspended_or_gone},
		storage_key,
		upgrade::{CodeError, CodeSchedule, ScheduledCode, EXTENSION_GRACE},
		AccountsOfRecord, CertificationId, ExtensionError, Member, NotActing, PartStatus,
		PartTypeId, ParticipantId, StandardId, Withdrawer,
	};
	use ink::{
		prelude::vec::Vec,
		storage::{traits::ManualKey, Mapping},
	};

	/// A tender's number, from 0.
	pub type TenderId = u64;
	/// A bid's place in its tender, in commit order, from 0.
	pub type BidIndex = u32;
	/// The salt a bidder hides its price with: 32 random bytes, kept until the reveal.
	pub type Salt = [u8; 32];
	/// What this contract reserved on each of a bid's certifications, in its order.
	pub type ReservedLevels = Vec<u64>;
	/// A reservation count's life: `(since, until)`, the first block of the awards it counts
	/// and the block it lapses at.
	pub type ReservationLife = (BlockNumber, BlockNumber);

	/// The most standards a tender may require.
	pub const MAX_STANDARDS: usize = 8;

	/// The most bids one tender takes. A bid needs a certified supplier organisation and
	/// its bond, so filling a tender costs [`MAX_BIDS`] such organisations their bonds
	/// until the award; the bond is at most `budget / MAX_BIDS`, so the budget always
	/// covers every bidder's compensation if the buyer cancels. The slots are shared by the
	/// tender's bidders, first come first served: sixteen certified organisations that
	/// commit early (a buyer's affiliates, a cartel) shut others out. The contract cannot
	/// tell an affiliate from a competitor; docs/contracts.md (T-7) says what limits it.
	pub const MAX_BIDS: BidIndex = 16;

	/// The bond is at least `budget / MIN_BOND_SHARE` (1 %): a bidder that keeps its price
	/// hidden, or a cartel that reveals only the bids it likes, pays at least that much per
	/// bid it drops without an excuse (second red team, T-2). An excuse (its organisation
	/// suspended, its goods recalled, its certification suspended) returns the bond, and
	/// the contract cannot tell one a cartel arranged with an authority from a real one
	/// (third red team, M-3). See docs/contracts.md for what it does not stop.
	pub const MIN_BOND_SHARE: Balance = 100;

	/// How long the award waits for the buyer (`BuyerAwaited`), in blocks after
	/// `reveal_by` (a day of 6-second blocks), and at most half the time from `reveal_by`
	/// to `delivery_by`: [`award_by`]. A tender still waiting then is the buyer's default
	/// (red team 3, H-1: otherwise the buyer chooses the award's block, late enough that
	/// the winner cannot accept).
	pub const AWAIT_PERIOD: BlockNumber = 14_400;

	/// The winner's never accepting the escrow order is its fault (its bond to the buyer)
	/// only if the order was open for at least this many blocks before `delivery_by` (a
	/// day of 6-second blocks), or for half the time from `reveal_by` to `delivery_by` if
	/// that is shorter: every award made within the buyer's wait ([`award_by`]) gives it
	/// that (red team 3, H-1).
	pub const ACCEPT_WINDOW: BlockNumber = 14_400;

	/// The last block the award waits for the buyer until (exclusive): `reveal_by +`
	/// [`AWAIT_PERIOD`], or the middle of `reveal_by..delivery_by` if earlier.
	pub fn award_by(terms: &Terms) -> BlockNumber {
		let half = terms.delivery_by.saturating_sub(terms.reveal_by) / 2;
		terms.reveal_by.saturating_add(AWAIT_PERIOD.min(half))
	}

	/// Whether an order opened at block `awarded_at` had the acceptance window before
	/// `delivery_by` ([`ACCEPT_WINDOW`], or half of `reveal_by..delivery_by` if shorter).
	pub fn had_accept_window(terms: &Terms, awarded_at: BlockNumber) -> bool {
		let half = terms.delivery_by.saturating_sub(terms.reveal_by) / 2;
		terms.delivery_by.saturating_sub(awarded_at) >= ACCEPT_WINDOW.min(half)
	}

	/// What the buyer asks for: the goods the winner names must be of this kind.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum Wanted {
		/// A serialised part of this type (one unit, or an assembly carrying `quantity`
		/// units installed in it).
		Part(PartTypeId),
		/// A lot of material with at least `quantity` left (the material itself is the
		/// specification's business: lots carry no type on chain).
		Lot,
	}

	/// A tender's terms, written once by [`post`](Tender::post) and never changed: what a
	/// bidder commits against. (A later currency is one more field here.)
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Terms {
		pub wanted: Wanted,
		/// The hash of the specification document (drawing, material sheet, terms).
		pub spec_hash: Hash,
		/// Units wanted: each bidder's certifications must have this much capacity left.
		pub quantity: u64,
		/// Which hand-over of the goods to the buyer's organisation is delivery.
		pub paid_on: PaidOn,
		/// The escrow order's deadline: not delivered by then, the buyer is refunded.
		pub delivery_by: BlockNumber,
		/// Every standard a bidder must be certified for (distinct, 1 to
		/// [`MAX_STANDARDS`]).
		pub standards: Vec<StandardId>,
		/// Paid in by the buyer: the most a bid may ask.
		pub budget: Balance,
		/// What each bidder pays in with its commitment.
		pub bond: Balance,
		/// Commitments are taken before this block.
		pub commit_by: BlockNumber,
		/// Reveals are taken from `commit_by` until before this block.
		pub reveal_by: BlockNumber,
	}

	/// Where a tender stands.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum Status {
		/// Taking commitments, then reveals; awarded from `reveal_by` on.
		Bidding,
		/// Cancelled by the buyer (or the buyer's default at the award): everything
		/// credited back, bidders compensated.
		Cancelled,
		/// Ended without a winner: everything credited back.
		Closed,
		/// The escrow order `order` is open for bid `winner`; the tender holds its bond
		/// until the order ends.
		Awarded { winner: BidIndex, order: OrderId },
		/// Awarded, and the winner's bond settled: the tender holds nothing.
		Settled,
	}

	/// A tender as it stands.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct TenderInfo {
		/// The posting account: the escrow order's buyer.
		pub buyer: AccountId,
		/// The buyer's organisation: it acts for the buyer and is credited what goes back.
		pub buyer_org: ParticipantId,
		/// How many bids were committed.
		pub bids: BidIndex,
		/// What the tender still holds (budget and bonds not yet credited or paid out).
		pub held: Balance,
		pub status: Status,
	}

	/// A revealed bid: the price and the goods it offers.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Quote {
		pub price: Balance,
		pub goods: Goods,
		/// The account that revealed: the escrow order's seller, unless at the award it no
		/// longer acts for the bidder's organisation (then that organisation's account of
		/// record, if it is a current admin of it).
		pub seller: AccountId,
	}

	/// One sealed bid.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Bid {
		/// The committing account (part of the commitment).
		pub bidder: AccountId,
		/// The bidder's organisation: it reveals, and is credited the bond.
		pub org: ParticipantId,
		/// [`commitment`] of the price: nothing else of it is on chain before the reveal.
		pub commitment: Hash,
		/// One certification of `org` per required standard, in the terms' order.
		pub certifications: Vec<CertificationId>,
		pub quote: Option<Quote>,
	}

	/// Why a message did nothing.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// No tender with this id.
		NoSuchTender,
		/// The budget, the bond or a price is below the chain's existential deposit.
		BelowMinimum,
		/// The bond is more than `budget / MAX_BIDS`.
		BondTooLarge,
		/// The quantity is zero.
		ZeroQuantity,
		/// Not `now < commit_by < reveal_by < delivery_by`.
		BadDeadlines,
		/// `delivery_by` is more than [`MAX_ORDER_TERM`] blocks ahead: escrow would refuse
		/// the award's order (`DeadlineTooFar`).
		DeliveryTooFar,
		/// No standard, more than [`MAX_STANDARDS`], or one twice.
		BadStandards,
		/// The caller's account acts for no organisation.
		NotAMember,
		/// A device account may not do this: an admin account of the organisation must.
		Device,
		/// The caller's organisation is suspended (answered to its account of record; on
		/// chain its other accounts are no members: `NotAMember`).
		Suspended,
		/// The buyer's organisation may not bid in its own tender.
		BuyerBids,
		/// Commitments were taken before `commit_by`.
		CommitClosed,
		/// The value sent is not the bond.
		WrongBond,
		/// The caller's organisation already bid in this tender.
		AlreadyBid,
		/// The tender has [`MAX_BIDS`] bids.
		TooManyBids,
		/// Not one certification per required standard.
		WrongCertifications,
		/// No certification with this id.
		UnknownCertification,
		/// The certification is another organisation's.
		NotHolder,
		/// The certification is not for the standard in its place.
		WrongStandard,
		/// The certification is not valid now (suspended, revoked, lapsed, its holder
		/// suspended).
		CertificationInactive,
		/// The certification ends before `delivery_by`.
		CertificationExpires,
		/// The certification has less than the quantity left in its period.
		CapacityShort,
		/// Reveals are taken from `commit_by` until before `reveal_by`.
		NotRevealing,
		/// The caller's organisation has no bid in this tender.
		NoBid,
		/// The price and salt do not hash, with the committing account, to the commitment.
		WrongReveal,
		/// The bid is already revealed.
		AlreadyRevealed,
		/// The price is above the budget.
		OverBudget,
		/// The goods are not of the wanted kind (type, a lot too small), not in service,
		/// or unknown.
		WrongGoods,
		/// The bidder's organisation neither owns nor holds the goods.
		GoodsNotHeld,
		/// The tender is paid on ownership and the bidder's organisation holds the goods
		/// without owning them: only the owner can hand over title (escrow's
		/// `SellerNotOwner`).
		NotOwner,
		/// The goods are quarantined by a recall.
		Quarantined,
		/// The part is installed in an assembly: its hand-over is the assembly's, so
		/// escrow takes no order for it (escrow's `Installed`); name the assembly's top part.
		Installed,
		/// The buyer's organisation already holds the goods.
		GoodsWithBuyer,
		/// Only an account of the buyer's organisation may do this.
		NotBuyer,
		/// The tender is not taking bids (awarded, closed or cancelled).
		NotBidding,
		/// The buyer may cancel only before `commit_by` (before any price can be revealed).
		TooLate,
		/// The award is from `reveal_by` on.
		TooEarly,
		/// The tender is not awarded with the winner's bond held.
		NotAwarded,
		/// The escrow order has not ended yet.
		OrderUnsettled,
		/// Escrow has no such order.
		NoOrder,
		/// Escrow refused the order: the index of its error (escrow's `Error` enum).
		Escrow(u8),
		/// The call into escrow failed (trapped, ran out of gas, or answered something that
		/// does not decode).
		EscrowCall,
		/// Nothing is credited to the caller's organisation.
		NothingOwed,
		/// The chain could not answer a query about an account, a certification or goods.
		Extension(ExtensionError),
		/// Bookkeeping overflow (never expected: amounts are bounded by what was paid).
		Overflow,
		/// The chain refused a transfer.
		TransferFailed,
		/// The bond is less than `budget / MIN_BOND_SHARE`.
		BondTooSmall,
		/// The certification has the quantity left on chain, but not once what this
		/// contract's awards not yet settled reserve on it is taken off
		/// ([`reserved_capacity`](Tender::reserved_capacity)).
		CapacityReserved,
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
		/// The chain extension answers everything the award needs: there is no failure to
		/// note ([`note_unanswered`](Tender::note_unanswered)); call `award`.
		ChainAnswers,
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

	impl From<NotActing> for Error {
		fn from(e: NotActing) -> Self {
			match e {
				NotActing::NotAMember => Error::NotAMember,
				NotActing::Device => Error::Device,
				NotActing::Suspended => Error::Suspended,
				NotActing::Extension(e) => Error::Extension(e),
			}
		}
	}

	pub type Result<T> = core::result::Result<T, Error>;

	/// A buyer posted a request for quotation: every term of it.
	#[ink(event)]
	pub struct Posted {
		#[ink(topic)]
		pub tender: TenderId,
		#[ink(topic)]
		pub buyer: AccountId,
		pub buyer_org: ParticipantId,
		pub terms: Terms,
	}

	/// A sealed bid: who, never what price.
	#[ink(event)]
	pub struct Committed {
		#[ink(topic)]
		pub tender: TenderId,
		pub bid: BidIndex,
		#[ink(topic)]
		pub bidder: AccountId,
		pub org: ParticipantId,
		pub commitment: Hash,
	}

	/// A bid's price and goods, shown after the commit deadline.
	#[ink(event)]
	pub struct Revealed {
		#[ink(topic)]
		pub tender: TenderId,
		pub bid: BidIndex,
		pub quote: Quote,
	}

	/// A bid lower than the winner's no longer qualified at the award. Its bond went to
	/// the buyer if the reason was the bidder's own act (`forfeited`); back to the bidder's
	/// organisation if it was beyond the bidder's control (a certification suspended or
	/// shortened by its auditor, the goods quarantined by a recall, the organisation
	/// suspended).
	#[ink(event)]
	pub struct Skipped {
		#[ink(topic)]
		pub tender: TenderId,
		pub bid: BidIndex,
		/// Why it no longer qualifies.
		pub reason: Error,
		/// The bond went to the buyer.
		pub forfeited: bool,
	}

	/// The award found no account to name as the escrow order's buyer: the posting
	/// account no longer acts for the buyer's organisation, nor does its account of
	/// record, and the organisation is active. An admin account of it should call
	/// [`register_account`](Tender::register_account); then anyone awards again. If the
	/// tender is still waiting at [`award_by`], the award settles it as the buyer's
	/// cancellation (it was asked and did not answer).
	#[ink(event)]
	pub struct BuyerAwaited {
		#[ink(topic)]
		pub tender: TenderId,
	}

	/// Escrow refused the order for a bid that passed every check of the award (a
	/// refusal the tender could not foresee, `error` the index in escrow's `Error`): the
	/// bid was passed over, its bond goes back, and the next-lowest was tried.
	#[ink(event)]
	pub struct PassedOver {
		#[ink(topic)]
		pub tender: TenderId,
		pub bid: BidIndex,
		pub error: u8,
	}

	/// The tender was awarded: escrow order `order` is open for `price`.
	#[ink(event)]
	pub struct Awarded {
		#[ink(topic)]
		pub tender: TenderId,
		pub bid: BidIndex,
		pub org: ParticipantId,
		pub price: Balance,
		#[ink(topic)]
		pub order: OrderId,
		/// Credited back to the buyer's organisation (unspent budget, forfeited bonds).
		pub to_buyer: Balance,
	}

	/// The tender ended without a winner: the budget and the revealed bonds went back.
	#[ink(event)]
	pub struct Closed {
		#[ink(topic)]
		pub tender: TenderId,
		/// Credited back to the buyer's organisation (budget, forfeited bonds).
		pub to_buyer: Balance,
	}

	/// The buyer cancelled (or defaulted at the award): each bid that still counted (every
	/// bid before `commit_by`, the revealed ones at the award) got its bond back and
	/// `compensation` (0 when there was none).
	#[ink(event)]
	pub struct Cancelled {
		#[ink(topic)]
		pub tender: TenderId,
		pub compensation: Balance,
		pub to_buyer: Balance,
	}

	/// The winner's bond went to `to` once the escrow order ended as `outcome` (why, if
	/// it was refunded: `cause`, as escrow latched it).
	#[ink(event)]
	pub struct BondSettled {
		#[ink(topic)]
		pub tender: TenderId,
		pub to: ParticipantId,
		pub amount: Balance,
		pub outcome: EscrowState,
		pub cause: Option<RefundCause>,
	}

	/// An organisation's credit was paid to one of its admin accounts (or, while it is
	/// suspended, to its account of record).
	#[ink(event)]
	pub struct Withdrawn {
		#[ink(topic)]
		pub participant: ParticipantId,
		pub to: AccountId,
		pub amount: Balance,
	}

	/// The chain could not answer what the tender's award needs (an error, or an answer
	/// this code cannot decode), first noted at block `since`: from `since` +
	/// [`EXTENSION_GRACE`] on, the award goes without the answers it cannot get, each
	/// read it lacks taking the outcome that blames nobody.
	#[ink(event)]
	pub struct ChainUnanswered {
		#[ink(topic)]
		pub tender: TenderId,
		pub since: BlockNumber,
	}

	/// An account made itself its organisation's account of record (`register_account`;
	/// the record also follows every act of an admin account of the organisation,
	/// silently).
	#[ink(event)]
	pub struct AccountRecorded {
		#[ink(topic)]
		pub participant: ParticipantId,
		pub account: AccountId,
	}

	/// What a bid is worth at the end of a tender, as [`share_out`] needs it.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	pub struct Standing {
		pub org: ParticipantId,
		pub revealed: bool,
		/// Lower than the winner and no longer qualifying at the award.
		pub skipped: bool,
		/// Skipped, or not revealed, for a reason beyond the bidder's control (its
		/// certification suspended, its goods recalled, its organisation suspended): its
		/// bond goes back whatever else holds.
		pub excused: bool,
	}

	/// How a tender's money is shared out when it ends.
	#[derive(Clone, Debug, PartialEq, Eq)]
	pub struct Shares {
		/// Credited to the buyer's organisation.
		pub to_buyer: Balance,
		/// Credited to each bidder's organisation (in bid order, one entry per bid).
		pub to_bidders: Vec<(ParticipantId, Balance)>,
		/// Still held by the tender (the winner's bond).
		pub held: Balance,
	}

	/// How a tender ends, for [`share_out`].
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	pub enum Ending {
		/// Bid `winner` at `price`: the price goes to escrow, its bond stays held.
		Award { winner: BidIndex, price: Balance },
		/// No winner: everything back (unrevealed and skipped bonds to the buyer unless
		/// excused).
		Close,
		/// The buyer cancelled or defaulted: every bid that can still count (all before
		/// `commit_by`, the revealed ones after `reveal_by`) gets its bond back and the bond
		/// again as compensation; an unrevealed bid after `reveal_by` loses its bond to the
		/// buyer (unless excused: then its bond comes back, without compensation).
		Cancel { after_reveals: bool },
	}

	/// The rule of who gets what when a tender ends, apart from any storage: the budget
	/// less what goes to escrow and the bonds the bidders lost go to the buyer; the bonds
	/// of the bids that still count go back, and an excused bid's bond always goes back
	/// (never compensated: it no longer counts). The shares and the winner's price add up to
	/// what the tender held (`budget + bonds`), or this fails with `Overflow`.
	pub fn share_out(terms: &Terms, bids: &[Standing], ending: Ending) -> Result<Shares> {
		let bond = terms.bond;
		let (mut to_buyer, compensation) = match ending {
			Ending::Award { price, .. } => {
				(terms.budget.checked_sub(price).ok_or(Error::Overflow)?, 0)
			},
			Ending::Close => (terms.budget, 0),
			Ending::Cancel { .. } => (terms.budget, bond),
		};
		let mut to_bidders = Vec::new();
		let mut held = 0;
		for (index, bid) in bids.iter().enumerate() {
			let (forfeits, counts) = match ending {
				Ending::Cancel { after_reveals } => {
					let lapsed = after_reveals && !bid.revealed;
					(lapsed, !lapsed)
				},
				_ => (!bid.revealed || bid.skipped, true),
			};
			let winner = matches!(ending, Ending::Award { winner, .. } if winner as usize == index);
			let back = if winner {
				held = bond;
				0
			} else if bid.excused && !counts {
				bond
			} else if forfeits && !bid.excused {
				to_buyer = to_buyer.checked_add(bond).ok_or(Error::Overflow)?;
				0
			} else {
				to_buyer = to_buyer.checked_sub(compensation).ok_or(Error::Overflow)?;
				bond.checked_add(compensation).ok_or(Error::Overflow)?
			};
			to_bidders.push((bid.org, back));
		}
		Ok(Shares { to_buyer, to_bidders, held })
	}

	/// The chain's `answer`; or, if it could not give one (`Extension`) and the grace is
	/// over (`fallback`), `default`: the outcome that blames nobody.
	fn or_default<T>(
		answer: core::result::Result<T, ExtensionError>,
		fallback: bool,
		default: T,
	) -> Result<T> {
		match answer {
			Err(_) if fallback => Ok(default),
			answer => Ok(answer?),
		}
	}

	/// The commitment a bidder posts: the Blake2x256 hash of the SCALE encoding of
	/// `(b"amchain/tender", contract, tender, bidder, price, salt)`, that is of the bytes
	/// `amchain/tender ‖ contract (32) ‖ tender (u64 LE) ‖ bidder (32) ‖ price (u128 LE) ‖
	/// salt (32)`. A wallet computes it
	/// locally (never by a dry run: that would show the price to the node); the contract's
	/// address, the tender and the bidder's account in it mean a commitment copied into
	/// another tender, contract or account never reveals.
	pub fn commitment(
		contract: &AccountId,
		tender: TenderId,
		bidder: &AccountId,
		price: Balance,
		salt: &Salt,
	) -> Hash {
		use ink::env::hash::{Blake2x256, HashOutput};
		let mut out = <Blake2x256 as HashOutput>::Type::default();
		ink::env::hash_encoded::<Blake2x256, _>(
			&(b"amchain/tender", contract, tender, bidder, price, salt),
			&mut out,
		);
		Hash::from(out)
	}

	#[ink(storage)]
	pub struct Tender {
		/// The escrow contract awards open orders in.
		escrow: AccountId,
		terms: Mapping<TenderId, Terms>,
		tenders: Mapping<TenderId, TenderInfo>,
		next_tender: TenderId,
		bids: Mapping<(TenderId, BidIndex), Bid>,
		/// The bid of an organisation in a tender.
		bid_of: Mapping<(TenderId, ParticipantId), BidIndex>,
		/// What each organisation may withdraw.
		credits: Mapping<ParticipantId, Balance>,
		/// What all tenders hold plus every credit: the contract's balance.
		owed: Balance,
		/// Each organisation's account of record: the last admin account that acted for it
		/// here while it was active (or registered itself), which may withdraw its credit
		/// while it is suspended.
		/// (At the storage keys of the two mappings it replaced.)
		accounts: AccountsOfRecord<
			{ storage_key("Tender::accounts") },
			{ storage_key("Tender::recorded") },
		>,
		/// Units of each certification (keyed by its holder and id) reserved for awarded
		/// orders not yet settled here: a commit or an award counts a certification's
		/// capacity left as what the chain answers less this.
		reserved: Mapping<(ParticipantId, CertificationId), u64>,
		/// Tenders whose award found no account to name as the buyer (`BuyerAwaited`),
		/// from the block it first did: still waiting at [`award_by`], it is the buyer's
		/// default.
		awaiting_buyer: Mapping<TenderId, BlockNumber>,
		/// The block each tender awarded and not yet settled was awarded at: the winner's
		/// never accepting is its fault only if the order had [`ACCEPT_WINDOW`] (H-1).
		awarded_at: Mapping<TenderId, BlockNumber>,
		/// Awaited tenders whose award once found the buyer's organisation active with no
		/// account acting for it (its own doing: a key rotated, never registered): at
		/// [`award_by`] its default compensates the bidders. Awaited only while it was
		/// suspended or deregistered (one registrar's act), the tender closes instead
		/// (M-4). Latched, so a suspension later does not undo it.
		buyer_absent: Mapping<TenderId, ()>,
		/// For each bid, what this contract reserved on each of its certifications (in
		/// the bid's order) when it was committed: `CapacityReserved` at the award excuses
		/// the bid only if no reservation grew since (M-2).
		reserved_at_commit: Mapping<(TenderId, BidIndex), ReservedLevels>,
		/// For each entry of `reserved`, `(since, until)`: it counts the awards made from
		/// block `since` on, and lapses at block `until`, the latest deadline of their
		/// orders, even if no bond is settled (L-2). An award made before `since` (its
		/// reservation lapsed, and a later award started the count afresh) releases nothing.
		reserved_life: Mapping<(ParticipantId, CertificationId), ReservationLife>,
		/// The code announced to replace this contract's, if any (governed: see
		/// [`schedule_code`](Self::schedule_code)). A `Lazy` cell at its own key: it adds
		/// nothing to the root storage, so it moves none of the fields above.
		code: CodeSchedule<{ storage_key("Tender::code") }>,
		/// The block from which each tender's award was first noted needing an answer the
		/// chain could not give ([`note_unanswered`](Self::note_unanswered)): the
		/// [`EXTENSION_GRACE`] counts from it. At its own key, as `code`.
		unanswered:
			Mapping<TenderId, BlockNumber, ManualKey<{ storage_key("Tender::unanswered") }>>,
	}

	/// Replacing the contract's code under governance (white paper 7.1; docs/contracts.md,
	/// "Replacing a contract"; [`amchain_ink::upgrade`]).
	impl Tender {
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

	impl Tender {
		/// A tender contract whose awards open orders in the escrow contract at `escrow`.
		#[ink(constructor)]
		pub fn new(escrow: AccountId) -> Self {
			Self {
				escrow,
				terms: Mapping::default(),
				tenders: Mapping::default(),
				next_tender: 0,
				bids: Mapping::default(),
				bid_of: Mapping::default(),
				credits: Mapping::default(),
				owed: 0,
				accounts: Default::default(),
				reserved: Mapping::default(),
				awaiting_buyer: Mapping::default(),
				awarded_at: Mapping::default(),
				buyer_absent: Mapping::default(),
				reserved_at_commit: Mapping::default(),
				reserved_life: Mapping::default(),
				code: Default::default(),
				unanswered: Mapping::default(),
			}
		}

		/// Posts a request for quotation, with the value sent as its budget. The caller
		/// (an admin account of an active organisation) is the buyer. `standards`: the
		/// standards every bidder must be certified for (distinct, at most
		/// [`MAX_STANDARDS`]); `bond`: what each bid pays in, at least the existential
		/// deposit and `budget / MIN_BOND_SHARE`, and at most `budget / MAX_BIDS`; deadlines `now < commit_by < reveal_by
		/// < delivery_by ≤ now + MAX_ORDER_TERM` (escrow's bound on the order's deadline,
		/// which then holds at the award too).
		///
		/// Emits `Posted` with every term.
		#[ink(message, payable)]
		pub fn post(
			&mut self,
			wanted: Wanted,
			spec_hash: Hash,
			quantity: u64,
			paid_on: PaidOn,
			delivery_by: BlockNumber,
			standards: Vec<StandardId>,
			bond: Balance,
			commit_by: BlockNumber,
			reveal_by: BlockNumber,
		) -> Result<TenderId> {
			let buyer = self.env().caller();
			let budget = self.env().transferred_value();
			let ed = self.env().minimum_balance();
			if budget < ed || bond < ed || budget == 0 || bond == 0 {
				return Err(Error::BelowMinimum);
			}
			if bond.checked_mul(Balance::from(MAX_BIDS)).is_none_or(|all| all > budget) {
				return Err(Error::BondTooLarge);
			}
			if bond < budget / MIN_BOND_SHARE {
				return Err(Error::BondTooSmall);
			}
			if quantity == 0 {
				return Err(Error::ZeroQuantity);
			}
			let now = self.env().block_number();
			if !(now < commit_by && commit_by < reveal_by && reveal_by < delivery_by) {
				return Err(Error::BadDeadlines);
			}
			// The award comes later than now and before `delivery_by`, so escrow's bound on
			// the order's deadline (at most MAX_ORDER_TERM after the award) holds then too.
			if delivery_by > now.saturating_add(MAX_ORDER_TERM) {
				return Err(Error::DeliveryTooFar);
			}
			let distinct = standards.iter().enumerate().all(|(i, s)| !standards[..i].contains(s));
			if standards.is_empty() || standards.len() > MAX_STANDARDS || !distinct {
				return Err(Error::BadStandards);
			}
			let buyer_org = self.acting_org(buyer)?;
			let terms = Terms {
				wanted,
				spec_hash,
				quantity,
				paid_on,
				delivery_by,
				standards,
				budget,
				bond,
				commit_by,
				reveal_by,
			};
			let id = self.next_tender;
			self.next_tender = id.checked_add(1).ok_or(Error::Overflow)?;
			self.owed = self.owed.checked_add(budget).ok_or(Error::Overflow)?;
			let tender =
				TenderInfo { buyer, buyer_org, bids: 0, held: budget, status: Status::Bidding };
			self.tenders.insert(id, &tender);
			self.terms.insert(id, &terms);
			self.accounts.record(buyer_org, buyer);
			self.env().emit_event(Posted { tender: id, buyer, buyer_org, terms });
			Ok(id)
		}

		/// Commits a sealed bid, with the bond as the value sent, before `commit_by`. The
		/// caller: an admin account of an active organisation other than the buyer's, with
		/// no bid in this tender yet. `commitment`: [`commitment`]`(this contract, tender,
		/// caller, price, salt)`. `certifications`: one of the caller's organisation's per
		/// required standard, in the terms' order, each valid now and until after
		/// `delivery_by`, with at least `quantity` capacity left.
		///
		/// Emits `Committed` (no price).
		#[ink(message, payable)]
		pub fn commit(
			&mut self,
			tender: TenderId,
			commitment: Hash,
			certifications: Vec<CertificationId>,
		) -> Result<BidIndex> {
			let (terms, mut info) = self.bidding(tender)?;
			if self.env().block_number() >= terms.commit_by {
				return Err(Error::CommitClosed);
			}
			if self.env().transferred_value() != terms.bond {
				return Err(Error::WrongBond);
			}
			let bidder = self.env().caller();
			let org = self.acting_org(bidder)?;
			if org == info.buyer_org {
				return Err(Error::BuyerBids);
			}
			if self.bid_of.contains((tender, org)) {
				return Err(Error::AlreadyBid);
			}
			if info.bids >= MAX_BIDS {
				return Err(Error::TooManyBids);
			}
			self.check_certifications(&terms, org, &certifications)?;
			let index = info.bids;
			info.bids = index.checked_add(1).ok_or(Error::Overflow)?;
			info.held = info.held.checked_add(terms.bond).ok_or(Error::Overflow)?;
			self.owed = self.owed.checked_add(terms.bond).ok_or(Error::Overflow)?;
			self.tenders.insert(tender, &info);
			self.bid_of.insert((tender, org), &index);
			let levels: ReservedLevels =
				certifications.iter().map(|id| self.reserved_now((org, *id))).collect();
			self.reserved_at_commit.insert((tender, index), &levels);
			let bid = Bid { bidder, org, commitment, certifications, quote: None };
			self.bids.insert((tender, index), &bid);
			self.accounts.record(org, bidder);
			self.env().emit_event(Committed { tender, bid: index, bidder, org, commitment });
			Ok(index)
		}

		/// Reveals the caller's organisation's bid, from `commit_by` until before
		/// `reveal_by`: `price` and `salt` must hash, with the committing account, to the
		/// commitment; the price is at least the existential deposit and at most the budget;
		/// `goods` are what the organisation will deliver if it wins (see [`Wanted`]),
		/// owned by it (paid on ownership) or owned or held by it (paid on custody), not
		/// quarantined, not a part installed in an assembly, not already the buyer's (what
		/// escrow's `open_for` and `accept` will ask). Any admin account
		/// of the bidder's organisation may reveal; it becomes the escrow order's seller (or,
		/// if it no longer acts for the organisation at the award, the organisation's
		/// account of record).
		///
		/// Emits `Revealed`.
		#[ink(message)]
		pub fn reveal(
			&mut self,
			tender: TenderId,
			price: Balance,
			salt: Salt,
			goods: Goods,
		) -> Result<()> {
			let (terms, info) = self.bidding(tender)?;
			let now = self.env().block_number();
			if now < terms.commit_by || now >= terms.reveal_by {
				return Err(Error::NotRevealing);
			}
			let seller = self.env().caller();
			let org = self.acting_org(seller)?;
			let index = self.bid_of.get((tender, org)).ok_or(Error::NoBid)?;
			let mut bid = self.bids.get((tender, index)).ok_or(Error::NoBid)?;
			if bid.quote.is_some() {
				return Err(Error::AlreadyRevealed);
			}
			let me = self.env().account_id();
			if commitment(&me, tender, &bid.bidder, price, &salt) != bid.commitment {
				return Err(Error::WrongReveal);
			}
			if price < self.env().minimum_balance() || price == 0 {
				return Err(Error::BelowMinimum);
			}
			if price > terms.budget {
				return Err(Error::OverBudget);
			}
			self.check_goods(&terms, info.buyer_org, org, goods)?;
			let quote = Quote { price, goods, seller };
			bid.quote = Some(quote);
			self.bids.insert((tender, index), &bid);
			self.accounts.record(org, seller);
			self.env().emit_event(Revealed { tender, bid: index, quote });
			Ok(())
		}

		/// Awards the tender, from `reveal_by` on; anyone may call it (a keeper, a bidder),
		/// so a silent buyer cannot hold it up. Takes the lowest revealed price (ties to
		/// the earlier commit) whose certifications, goods and seller still qualify. A lower
		/// bid that no longer does is skipped: its bond goes to the buyer if the reason is
		/// the bidder's own act (capacity used up, goods sold, moved or installed, a wrong
		/// part), back to the bidder if it is beyond its control (a certification suspended
		/// or cut short by its auditor, the goods quarantined by a recall, the organisation
		/// suspended). Opens the escrow order for the winning price (buyer: the posting
		/// account, or the buyer organisation's account of record if the posting account no
		/// longer acts for it; seller: the revealing account, or the bidder organisation's
		/// account of record if the revealing account no longer acts for it; deadline
		/// `delivery_by`), reserves the quantity on the winner's certifications until its
		/// bond is settled, credits the buyer the rest of the budget and the forfeited
		/// bonds, and every other revealed bidder its bond. A bid escrow refuses all the same
		/// is passed over with its bond back (`PassedOver`), and the next-lowest tried. With
		/// no qualifying bid, or from `delivery_by` on, closes the tender instead. If no
		/// account acts for the buyer's organisation, the award waits for one of its admins
		/// to register, or for its reinstatement (`BuyerAwaited`, `Ok(None)`), and a tender
		/// still waiting at [`award_by`] is settled as the buyer's cancellation if an award
		/// found the organisation active with nobody acting for it, else (only ever
		/// suspended or gone) closed without compensation (M-4); a bid skipped after a wait
		/// keeps its bond. A bid a suspended organisation did not
		/// reveal gets its bond back. `Some(order)`: awarded.
		///
		/// Emits `Skipped` or `PassedOver` for each bid not taken, then `Awarded`, `Closed`
		/// or `Cancelled`; or `BuyerAwaited`.
		#[ink(message)]
		pub fn award(&mut self, tender: TenderId) -> Result<Option<OrderId>> {
			let (terms, mut info) = self.bidding(tender)?;
			let now = self.env().block_number();
			if now < terms.reveal_by {
				return Err(Error::TooEarly);
			}
			// Past the grace after the chain was noted unable to answer, each read it still
			// cannot answer takes the outcome that blames nobody; answers it gives decide.
			let fallback = self.unanswerable(tender, now);
			let bids = self.load_bids(tender, &info)?;
			let mut standing = self.standing(&bids, fallback)?;
			let defaulted = Ending::Cancel { after_reveals: true };
			let awaited = self.awaiting_buyer.contains(tender);
			if awaited && now >= award_by(&terms) {
				// The wait for the buyer is over, whoever acts for it now (H-1): its default
				// if it was ever active with nobody acting for it, else (only ever
				// suspended or gone) closed with the bonds back and no compensation (M-4).
				let ending =
					if self.buyer_absent.contains(tender) { defaulted } else { Ending::Close };
				return self.end(tender, &terms, &mut info, &standing, ending).map(|_| None);
			}
			if now >= terms.delivery_by {
				// Too late for an order.
				return self.end(tender, &terms, &mut info, &standing, Ending::Close).map(|_| None);
			}
			// Escrow needs an account that acts for the buyer's organisation now: the posting
			// account, or else the organisation's account of record (after a key rotation).
			// None: wait for one (T-3), until `award_by`. While the organisation is active
			// that is its own doing, latched: the end of the wait compensates the bidders.
			// While it is suspended or gone (one registrar's act) the wait ends without
			// compensation (M-4).
			let buyer = match self.buyer_now(&info) {
				// Past the grace nobody can say who acts for the buyer: the tender closes,
				// blaming nobody (budget back, revealed bonds back, no compensation).
				Err(Error::Extension(_)) if fallback => {
					return self
						.end(tender, &terms, &mut info, &standing, Ending::Close)
						.map(|_| None);
				},
				buyer => buyer?,
			};
			let Some(buyer) = buyer else {
				// Unreadable past the grace: not latched as the buyer's own doing (M-4).
				if !or_default(suspended_or_gone(info.buyer_org), fallback, true)? {
					self.buyer_absent.insert(tender, &());
				}
				if !self.awaiting_buyer.contains(tender) {
					self.awaiting_buyer.insert(tender, &now);
				}
				self.env().emit_event(BuyerAwaited { tender });
				return Ok(None);
			};
			// Revealed bids by price, ties in commit order (the sort is stable).
			let mut ranked: Vec<(BidIndex, Quote)> = bids
				.iter()
				.enumerate()
				.filter_map(|(i, b)| b.quote.map(|q| (i as BidIndex, q)))
				.collect();
			ranked.sort_by_key(|(_, q)| q.price);
			for (index, quote) in ranked {
				let bid = bids.get(index as usize).ok_or(Error::Overflow)?;
				match self.still_qualifies(&terms, &info, bid, &quote) {
					// The order first, before anything is written (ink! forbids escrow to call
					// back in). Escrow's refusal reverts its side (state and the price): a
					// refusal the checks above could not foresee passes the bid over, bond
					// back, so the award never waits on it; the chain failing to answer escrow
					// (`Extension`) or a failed call fails the award, like our own
					// extension errors, rather than pass a bid over for the chain's fault or
					// the caller's gas.
					Ok(seller) => match self.escrow_open_for(&terms, buyer, seller, &quote) {
						Ok(order) => {
							let price = quote.price;
							let winner = index;
							return self.award_to(
								tender, &terms, &mut info, &standing, winner, price, order,
							);
						},
						// Past the grace, escrow's chain failing passes the bid over too.
						Err(Error::Escrow(error))
							if error != ESCROW_EXTENSION_ERROR || fallback =>
						{
							self.env().emit_event(PassedOver { tender, bid: index, error });
						},
						Err(e) => return Err(e),
					},
					// Until the grace has passed, the chain's failure fails the award.
					Err(Error::Extension(e)) if !fallback => return Err(Error::Extension(e)),
					Err(reason) => {
						// After a wait for the buyer, the buyer chose the award's block: no
						// lapse since the reveals is the bidder's to pay for (H-1). A bid
						// the chain cannot answer for past the grace is skipped excused:
						// nothing on record says it failed.
						let excused = awaited
							|| matches!(reason, Error::Extension(_))
							|| self.beyond_bidders_control(tender, index, bid, reason, fallback)?;
						if let Some(s) = standing.get_mut(index as usize) {
							s.skipped = true;
							s.excused = excused;
						}
						let forfeited = !excused;
						self.env().emit_event(Skipped { tender, bid: index, reason, forfeited });
					},
				}
			}
			self.end(tender, &terms, &mut info, &standing, Ending::Close).map(|_| None)
		}

		/// Awards the tender to bid `winner` at `price`, escrow order `order` opened: shares
		/// out the rest, keeps the winner's bond and reserves the quantity on its
		/// certifications.
		fn award_to(
			&mut self,
			tender: TenderId,
			terms: &Terms,
			info: &mut TenderInfo,
			standing: &[Standing],
			winner: BidIndex,
			price: Balance,
			order: OrderId,
		) -> Result<Option<OrderId>> {
			let to_buyer =
				self.end(tender, terms, info, standing, Ending::Award { winner, price })?;
			self.owed = self.owed.checked_sub(price).ok_or(Error::Overflow)?;
			info.status = Status::Awarded { winner, order };
			self.tenders.insert(tender, info);
			self.awarded_at.insert(tender, &self.env().block_number());
			let bid = self.bids.get((tender, winner)).ok_or(Error::NoBid)?;
			self.reserve(&bid, terms.quantity, terms.delivery_by)?;
			let org = bid.org;
			self.env().emit_event(Awarded { tender, bid: winner, org, price, order, to_buyer });
			Ok(Some(order))
		}

		/// From `reveal_by` on, while the tender waits for its award, anyone notes that the
		/// chain extension cannot answer what the award needs (an error, or an answer this
		/// code cannot decode: a newer runtime's variant) — who acts for the buyer, whether
		/// an organisation is suspended, a revealed bid's seller, certifications and goods.
		/// The first block it was noted so is kept (`ChainUnanswered`, once) and returned:
		/// from [`EXTENSION_GRACE`] (thirty days) past it, the time governance has to
		/// replace the contract with one that reads the chain again, the award goes without
		/// the answers the chain still cannot give, each taking the outcome that blames
		/// nobody (an organisation whose standing is unreadable counts as suspended: its bond
		/// comes back; a bid unreadable at the award is skipped with its bond back, as is one
		/// escrow cannot open for the chain's failure; unreadable, the buyer is not awaited:
		/// the tender closes, the budget and revealed bonds going back, nobody
		/// compensated). Answers the chain gives decide as always, at once.
		///
		/// `ChainAnswers` (nothing noted) if the chain answers every read. An earlier note is
		/// not cleared then: some reads (a part's status) are the bidders' to switch, and a
		/// note cleared each time they answered would let a holder of goods restart the
		/// grace forever (escrow's F2). The note goes when the tender ends.
		///
		/// Emits `ChainUnanswered` when it first notes the failure.
		#[ink(message)]
		pub fn note_unanswered(&mut self, tender: TenderId) -> Result<BlockNumber> {
			let (terms, info) = self.bidding(tender)?;
			let now = self.env().block_number();
			if now < terms.reveal_by {
				return Err(Error::TooEarly);
			}
			if let Some(since) = self.unanswered.get(tender) {
				return Ok(since);
			}
			let bids = self.load_bids(tender, &info)?;
			if !self.award_unanswered(&terms, &info, &bids) {
				return Err(Error::ChainAnswers);
			}
			self.unanswered.insert(tender, &now);
			self.env().emit_event(ChainUnanswered { tender, since: now });
			Ok(now)
		}

		/// The block from which the chain was noted unable to answer what a tender's award
		/// needs ([`note_unanswered`](Self::note_unanswered)), if it is so noted.
		#[ink(message)]
		pub fn unanswered_since(&self, tender: TenderId) -> Option<BlockNumber> {
			self.unanswered.get(tender)
		}

		/// Settles the winner's bond once the escrow order has ended; anyone may call it.
		/// Released, split or cancelled: back to the winner's organisation. Refunded, as
		/// escrow latched why: the seller never accepted an order open for at least the
		/// acceptance window ([`had_accept_window`]), or no longer had the goods when it was
		/// refunded (the winner's provable fault): to the buyer's;
		/// accepted and the goods still the seller's, the buyer never having taken their
		/// hand-over (nothing on chain says whose fault), or never accepted because its
		/// organisation was suspended or gone (`SellerUnable`): back to the winner's. Releases the
		/// capacity the award reserved on the winner's certifications.
		///
		/// Emits `BondSettled`.
		#[ink(message)]
		pub fn settle_bond(&mut self, tender: TenderId) -> Result<()> {
			let (terms, mut info) = self.load(tender)?;
			let Status::Awarded { winner, order } = info.status else {
				return Err(Error::NotAwarded);
			};
			let outcome = self.escrow_order_state(order)?.ok_or(Error::NoOrder)?;
			let bid = self.bids.get((tender, winner)).ok_or(Error::NoBid)?;
			let mut cause = None;
			let to = match outcome {
				EscrowState::Released
				| EscrowState::Split
				| EscrowState::Resolved
				| EscrowState::Cancelled => bid.org,
				EscrowState::Refunded => {
					cause = self.escrow_refund_cause(order)?;
					// Never accepted is the winner's fault only if it had the time to (H-1).
					let window =
						self.awarded_at.get(tender).is_none_or(|at| had_accept_window(&terms, at));
					match cause {
						Some(RefundCause::NeverAccepted) if window => info.buyer_org,
						Some(RefundCause::GoodsGone) => info.buyer_org,
						// No fault of the winner's on record (M-1: it could not accept).
						Some(
							RefundCause::NeverAccepted
							| RefundCause::NotReceived
							| RefundCause::SellerUnable,
						)
						| None => bid.org,
					}
				},
				EscrowState::Open | EscrowState::Disputed | EscrowState::Proposed => {
					return Err(Error::OrderUnsettled)
				},
			};
			let amount = terms.bond;
			info.held = info.held.checked_sub(amount).ok_or(Error::Overflow)?;
			info.status = Status::Settled;
			self.tenders.insert(tender, &info);
			let awarded_at = self.awarded_at.take(tender).unwrap_or(0);
			self.release(&bid, terms.quantity, awarded_at)?;
			self.add_credit(to, amount)?;
			self.env().emit_event(BondSettled { tender, to, amount, outcome, cause });
			Ok(())
		}

		/// The buyer cancels, before `commit_by`: before any price can be revealed (reveals
		/// open at `commit_by`), so a buyer never cancels with bidders' prices in hand; from
		/// then on the award decides. With no bid, the budget is credited back. Otherwise
		/// each committed bidder is credited its bond and the bond again as compensation, out
		/// of the budget; the buyer the rest.
		///
		/// Emits `Cancelled`.
		#[ink(message)]
		pub fn cancel(&mut self, tender: TenderId) -> Result<()> {
			let (terms, mut info) = self.bidding(tender)?;
			let caller = self.env().caller();
			if self.acting_org(caller)? != info.buyer_org {
				return Err(Error::NotBuyer);
			}
			if self.env().block_number() >= terms.commit_by {
				return Err(Error::TooLate);
			}
			let standing: Vec<Standing> = self
				.load_bids(tender, &info)?
				.iter()
				.map(|b| Standing {
					org: b.org,
					revealed: b.quote.is_some(),
					skipped: false,
					excused: false,
				})
				.collect();
			self.end(
				tender,
				&terms,
				&mut info,
				&standing,
				Ending::Cancel { after_reveals: false },
			)?;
			self.accounts.record(info.buyer_org, caller);
			Ok(())
		}

		/// Pays the caller's organisation what it is credited, to the caller: an admin
		/// account of an active organisation (never a device or a key removed from it),
		/// or, while the organisation is suspended (or no longer registered), its account
		/// of record, for its exit: on chain no account of a suspended organisation is a
		/// member, so nobody else could. A key that moved to another active organisation
		/// withdraws only that organisation's credit.
		///
		/// Emits `Withdrawn`.
		#[ink(message)]
		pub fn withdraw(&mut self) -> Result<Balance> {
			let to = self.env().caller();
			let (participant, active) = match self.accounts.withdrawer(to)? {
				Withdrawer::Active(p) => (p, true),
				Withdrawer::Exit(p) => (p, false),
			};
			let amount = self.credits.take(participant).unwrap_or(0);
			if amount == 0 {
				return Err(Error::NothingOwed);
			}
			if active {
				self.accounts.record(participant, to);
			}
			self.owed = self.owed.checked_sub(amount).ok_or(Error::Overflow)?;
			self.env().transfer(to, amount).map_err(|_| Error::TransferFailed)?;
			self.env().emit_event(Withdrawn { participant, to, amount });
			Ok(amount)
		}

		/// An admin account of an active organisation becomes its account of record
		/// (after an admin key rotation, say), the account that may still
		/// [`withdraw`](Self::withdraw) the organisation's credit should it be suspended.
		///
		/// Emits `AccountRecorded`.
		#[ink(message)]
		pub fn register_account(&mut self) -> Result<ParticipantId> {
			let caller = self.env().caller();
			let participant = self.acting_org(caller)?;
			self.accounts.record(participant, caller);
			self.env().emit_event(AccountRecorded { participant, account: caller });
			Ok(participant)
		}

		/// An organisation's account of record, if it has one.
		#[ink(message)]
		pub fn account_of_record(&self, participant: ParticipantId) -> Option<AccountId> {
			self.accounts.get(participant)
		}

		/// The units of a certification of an organisation that awards not yet settled
		/// here reserve: a commit or an award needs the quantity on top of it.
		#[ink(message)]
		pub fn reserved_capacity(
			&self,
			participant: ParticipantId,
			certification: CertificationId,
		) -> u64 {
			self.reserved_now((participant, certification))
		}

		/// A tender's terms.
		#[ink(message)]
		pub fn terms(&self, tender: TenderId) -> Option<Terms> {
			self.terms.get(tender)
		}

		/// A tender as it stands.
		#[ink(message)]
		pub fn tender(&self, tender: TenderId) -> Option<TenderInfo> {
			self.tenders.get(tender)
		}

		/// A bid (its price only once revealed).
		#[ink(message)]
		pub fn bid(&self, tender: TenderId, index: BidIndex) -> Option<Bid> {
			self.bids.get((tender, index))
		}

		/// The bid of an organisation in a tender, if any.
		#[ink(message)]
		pub fn bid_of(&self, tender: TenderId, org: ParticipantId) -> Option<BidIndex> {
			self.bid_of.get((tender, org))
		}

		/// What an organisation may withdraw.
		#[ink(message)]
		pub fn credit(&self, participant: ParticipantId) -> Balance {
			self.credits.get(participant).unwrap_or(0)
		}

		/// What all tenders hold plus every credit: the contract's balance (more only if
		/// someone transferred to it directly).
		#[ink(message)]
		pub fn owed(&self) -> Balance {
			self.owed
		}

		/// The number of tenders posted so far.
		#[ink(message)]
		pub fn tender_count(&self) -> TenderId {
			self.next_tender
		}

		/// The escrow contract awards open orders in.
		#[ink(message)]
		pub fn escrow(&self) -> AccountId {
			self.escrow
		}

		fn load(&self, tender: TenderId) -> Result<(Terms, TenderInfo)> {
			let terms = self.terms.get(tender).ok_or(Error::NoSuchTender)?;
			let info = self.tenders.get(tender).ok_or(Error::NoSuchTender)?;
			Ok((terms, info))
		}

		/// A tender still taking commitments or reveals, or waiting for its award.
		fn bidding(&self, tender: TenderId) -> Result<(Terms, TenderInfo)> {
			let (terms, info) = self.load(tender)?;
			if info.status != Status::Bidding {
				return Err(Error::NotBidding);
			}
			Ok((terms, info))
		}

		/// Whether the award may go without the chain's answers at block `now`: the chain
		/// was noted unable to answer ([`note_unanswered`](Self::note_unanswered), never
		/// before `reveal_by`) and [`EXTENSION_GRACE`] has passed since.
		fn unanswerable(&self, tender: TenderId, now: BlockNumber) -> bool {
			self.unanswered
				.get(tender)
				.is_some_and(|since| now >= since.saturating_add(EXTENSION_GRACE))
		}

		/// Whether any read the award may make fails (`Extension`): who acts for the buyer
		/// (and, if nobody, whether its organisation is suspended), each unrevealed bidder's
		/// standing, each revealed bid's seller, certifications and goods (and, if its
		/// seller no longer acts for it, its organisation's standing).
		fn award_unanswered(&self, terms: &Terms, info: &TenderInfo, bids: &[Bid]) -> bool {
			let failed = |r: core::result::Result<bool, ExtensionError>| r.is_err();
			match self.buyer_now(info) {
				Err(Error::Extension(_)) => return true,
				Ok(None) if failed(suspended_or_gone(info.buyer_org)) => return true,
				_ => {},
			}
			for bid in bids {
				let unanswered = match bid.quote {
					None => failed(suspended_or_gone(bid.org)),
					Some(quote) => match self.still_qualifies(terms, info, bid, &quote) {
						Err(Error::Extension(_)) => true,
						Err(Error::NotAMember) => failed(suspended_or_gone(bid.org)),
						_ => false,
					},
				};
				if unanswered {
					return true;
				}
			}
			false
		}

		/// Each bid's standing before the award looks at the revealed ones: an unrevealed
		/// bid of an organisation suspended (or no longer registered) now is excused, since
		/// a suspended organisation cannot reveal (T-4).
		/// Past the grace (`fallback`), an organisation whose standing the chain cannot
		/// answer counts as suspended: excused, as nothing on record blames it.
		fn standing(&self, bids: &[Bid], fallback: bool) -> Result<Vec<Standing>> {
			bids.iter()
				.map(|b| {
					let revealed = b.quote.is_some();
					let excused =
						!revealed && or_default(suspended_or_gone(b.org), fallback, true)?;
					Ok(Standing { org: b.org, revealed, skipped: false, excused })
				})
				.collect()
		}

		/// Whether a bid skipped at the award for `reason` is excused: the reason is
		/// beyond the bidder's control — its certification suspended, lapsed for want of an
		/// audit, or cut short by its auditor (`CertificationInactive`,
		/// `CertificationExpires`), its goods quarantined by a recall (`Quarantined`), its
		/// organisation suspended or no longer registered (`NotAMember` then) — so one
		/// auditor, registrar or manufacturer cannot hand its bond to the buyer (T-4); or
		/// its capacity is held by an award it won here that already held it at the commit
		/// (`CapacityReserved` with no reservation grown since: the reservation counts the
		/// production the winner registers twice until its bond is settled, T-6). A
		/// reservation grown since the commit is an award the bidder won afterwards with the
		/// same capacity: committing it twice was its own act, and excusing it would let it
		/// choose which price to escape (M-2). Every other reason is the bidder's own act
		/// and forfeits the bond. Past the grace (`fallback`), an organisation whose standing
		/// the chain cannot answer counts as suspended (excused).
		fn beyond_bidders_control(
			&self,
			tender: TenderId,
			index: BidIndex,
			bid: &Bid,
			reason: Error,
			fallback: bool,
		) -> Result<bool> {
			Ok(match reason {
				Error::CertificationInactive | Error::CertificationExpires | Error::Quarantined => {
					true
				},
				Error::CapacityReserved => match self.reserved_at_commit.get((tender, index)) {
					Some(levels) => bid
						.certifications
						.iter()
						.zip(&levels)
						.all(|(id, then)| self.reserved_now((bid.org, *id)) <= *then),
					None => true,
				},
				Error::NotAMember => or_default(suspended_or_gone(bid.org), fallback, true)?,
				_ => false,
			})
		}

		/// The account that acts for the buyer's organisation now, to be the escrow order's
		/// buyer: the posting account if it still does, else the organisation's account of
		/// record if that does (a key rotated since the post); `None` if neither does.
		fn buyer_now(&self, info: &TenderInfo) -> Result<Option<AccountId>> {
			self.acting_for(info.buyer_org, [Some(info.buyer), self.accounts.get(info.buyer_org)])
		}

		/// The first of `candidates` that is an admin account (not a device) of `org`, an
		/// active organisation, now.
		fn acting_for(
			&self,
			org: ParticipantId,
			candidates: [Option<AccountId>; 2],
		) -> Result<Option<AccountId>> {
			for candidate in candidates.into_iter().flatten() {
				match self.acting_org(candidate) {
					Ok(acts_for) if acts_for == org => return Ok(Some(candidate)),
					Ok(_) | Err(Error::NotAMember | Error::Device | Error::Suspended) => {},
					Err(e) => return Err(e),
				}
			}
			Ok(None)
		}

		/// What this contract reserves on a certification now: nothing once the latest
		/// deadline of the awards it counts has passed (L-2).
		fn reserved_now(&self, key: (ParticipantId, CertificationId)) -> u64 {
			match self.reserved_life.get(key) {
				Some((_, until)) if self.env().block_number() >= until => 0,
				_ => self.reserved.get(key).unwrap_or(0),
			}
		}

		/// Reserves `quantity` units on each certification of `bid`, for its organisation,
		/// until `until` (its order's deadline) at the latest (T-6, L-2).
		fn reserve(&mut self, bid: &Bid, quantity: u64, until: BlockNumber) -> Result<()> {
			let now = self.env().block_number();
			for id in &bid.certifications {
				let key = (bid.org, *id);
				// A lapsed count starts afresh from this award.
				let (count, since, last) = match self.reserved_life.get(key) {
					Some((_, last)) if now >= last => (0, now, until),
					Some((since, last)) => (self.reserved.get(key).unwrap_or(0), since, last),
					None => (self.reserved.get(key).unwrap_or(0), 0, until),
				};
				let next = count.checked_add(quantity).ok_or(Error::Overflow)?;
				self.reserved.insert(key, &next);
				self.reserved_life.insert(key, &(since, last.max(until)));
			}
			Ok(())
		}

		/// Releases what the award of `bid` made at block `awarded_at` reserved, unless it
		/// lapsed already (its deadline passed, or a later count started after it).
		fn release(&mut self, bid: &Bid, quantity: u64, awarded_at: BlockNumber) -> Result<()> {
			let now = self.env().block_number();
			for id in &bid.certifications {
				let key = (bid.org, *id);
				let life = self.reserved_life.get(key);
				if let Some((since, until)) = life {
					if now >= until {
						// Every award it counted lapsed.
						self.reserved.remove(key);
						self.reserved_life.remove(key);
						continue;
					}
					if awarded_at < since {
						continue;
					}
				}
				let next = self.reserved.get(key).unwrap_or(0).saturating_sub(quantity);
				if next == 0 {
					self.reserved.remove(key);
					self.reserved_life.remove(key);
				} else {
					self.reserved.insert(key, &next);
				}
			}
			Ok(())
		}

		/// Every bid of a tender, in commit order (at most [`MAX_BIDS`]).
		fn load_bids(&self, tender: TenderId, info: &TenderInfo) -> Result<Vec<Bid>> {
			(0..info.bids).map(|i| self.bids.get((tender, i)).ok_or(Error::NoBid)).collect()
		}

		/// Ends a tender as `ending` says: credits the shares, keeps what is still held,
		/// sets the status (an award's is set by the caller) and emits `Closed` or
		/// `Cancelled`. Returns what the buyer is credited.
		fn end(
			&mut self,
			tender: TenderId,
			terms: &Terms,
			info: &mut TenderInfo,
			bids: &[Standing],
			ending: Ending,
		) -> Result<Balance> {
			self.awaiting_buyer.remove(tender);
			self.buyer_absent.remove(tender);
			self.unanswered.remove(tender);
			let shares = share_out(terms, bids, ending)?;
			for (org, amount) in &shares.to_bidders {
				self.add_credit(*org, *amount)?;
			}
			self.add_credit(info.buyer_org, shares.to_buyer)?;
			info.held = shares.held;
			let to_buyer = shares.to_buyer;
			match ending {
				Ending::Award { .. } => {},
				Ending::Close => {
					info.status = Status::Closed;
					self.env().emit_event(Closed { tender, to_buyer });
				},
				Ending::Cancel { .. } => {
					info.status = Status::Cancelled;
					let compensated = shares.to_bidders.iter().any(|(_, back)| *back > 0);
					let compensation = if compensated { terms.bond } else { 0 };
					self.env().emit_event(Cancelled { tender, compensation, to_buyer });
				},
			}
			self.tenders.insert(tender, info);
			Ok(to_buyer)
		}

		/// Each named certification is `org`'s, for the standard in its place, valid now
		/// and until after `delivery_by`, with at least `quantity` capacity left once what
		/// this contract's unsettled awards reserved on it is taken off.
		fn check_certifications(
			&self,
			terms: &Terms,
			org: ParticipantId,
			certifications: &[CertificationId],
		) -> Result<()> {
			if certifications.len() != terms.standards.len() {
				return Err(Error::WrongCertifications);
			}
			for (id, standard) in certifications.iter().zip(&terms.standards) {
				let cert = self.env().extension().certification(*id).map_err(|e| match e {
					ExtensionError::UnknownCertification => Error::UnknownCertification,
					e => Error::Extension(e),
				})?;
				if cert.holder != org {
					return Err(Error::NotHolder);
				}
				if cert.standard != *standard {
					return Err(Error::WrongStandard);
				}
				if !cert.active {
					return Err(Error::CertificationInactive);
				}
				if cert.valid_until <= terms.delivery_by {
					return Err(Error::CertificationExpires);
				}
				if cert.remaining < terms.quantity {
					return Err(Error::CapacityShort);
				}
				// Less what the tender's awards not yet settled reserved on it (T-6).
				let reserved = self.reserved_now((org, *id));
				if cert.remaining.saturating_sub(reserved) < terms.quantity {
					return Err(Error::CapacityReserved);
				}
			}
			Ok(())
		}

		/// The goods are of the wanted kind, in service, not quarantined, not a part
		/// installed in an assembly, owned by `org` (paid on ownership) or owned or held by
		/// it (paid on custody), and not yet held by the buyer's organisation as delivery
		/// would have it: what escrow's `open_for` and `accept` will ask.
		fn check_goods(
			&self,
			terms: &Terms,
			buyer_org: ParticipantId,
			org: ParticipantId,
			goods: Goods,
		) -> Result<()> {
			let unknown = |e: ExtensionError| match e {
				ExtensionError::UnknownPart | ExtensionError::UnknownLot => Error::WrongGoods,
				e => Error::Extension(e),
			};
			let (owner, custodian, quarantined, installed) = match (terms.wanted, goods) {
				(Wanted::Part(part_type), Goods::Part(part)) => {
					let p = self.env().extension().part(part).map_err(unknown)?;
					if p.part_type != part_type || p.status != PartStatus::Active {
						return Err(Error::WrongGoods);
					}
					(p.owner, p.custodian, p.quarantined, p.installed_in.is_some())
				},
				(Wanted::Lot, Goods::Lot(lot)) => {
					let l = self.env().extension().lot(lot).map_err(unknown)?;
					if l.remaining < terms.quantity {
						return Err(Error::WrongGoods);
					}
					(l.owner, l.custodian, l.quarantined, false)
				},
				_ => return Err(Error::WrongGoods),
			};
			if quarantined {
				return Err(Error::Quarantined);
			}
			if installed {
				return Err(Error::Installed);
			}
			if owner != org && custodian != org {
				return Err(Error::GoodsNotHeld);
			}
			// Escrow's acceptance of an order paid on ownership: only the owner sells title.
			if terms.paid_on == PaidOn::Ownership && owner != org {
				return Err(Error::NotOwner);
			}
			let delivered_to = match terms.paid_on {
				PaidOn::Ownership => owner,
				PaidOn::Custody => custodian,
			};
			if delivered_to == buyer_org {
				return Err(Error::GoodsWithBuyer);
			}
			Ok(())
		}

		/// A revealed bid still qualifies at the award: its certifications as at commit,
		/// its goods as at reveal, and an account to be the escrow order's seller, which it
		/// answers: the revealing account if it is still an account of the bid's
		/// organisation, else the organisation's account of record if that is one of its
		/// admin accounts now (a key rotated since the reveal, T-5); else `NotAMember`.
		/// `Error::Extension` is the chain failing to answer, not the bid.
		fn still_qualifies(
			&self,
			terms: &Terms,
			info: &TenderInfo,
			bid: &Bid,
			quote: &Quote,
		) -> Result<AccountId> {
			let seller = match self.member(quote.seller) {
				Ok(m) if m.participant == bid.org => quote.seller,
				Ok(_) | Err(Error::NotAMember) => self
					.acting_for(bid.org, [self.accounts.get(bid.org), None])?
					.ok_or(Error::NotAMember)?,
				Err(e) => return Err(e),
			};
			self.check_certifications(terms, bid.org, &bid.certifications)?;
			self.check_goods(terms, info.buyer_org, bid.org, quote.goods)?;
			Ok(seller)
		}

		/// The organisation `who` belongs to.
		fn member(&self, who: AccountId) -> Result<Member> {
			membership(who)?.ok_or(Error::NotAMember)
		}

		/// The organisation `who` may act for now: an admin account (not a device) of an
		/// active organisation; `Suspended` for a suspended organisation's account of
		/// record ([`AccountsOfRecord::acting_org`]).
		fn acting_org(&self, who: AccountId) -> Result<ParticipantId> {
			Ok(self.accounts.acting_org(who)?)
		}

		/// Adds `amount` to what `to` may withdraw (the money stays in `owed`).
		fn add_credit(&mut self, to: ParticipantId, amount: Balance) -> Result<()> {
			if amount == 0 {
				return Ok(());
			}
			let credit = self.credits.get(to).unwrap_or(0);
			self.credits.insert(to, &credit.checked_add(amount).ok_or(Error::Overflow)?);
			Ok(())
		}

		/// Opens the award's escrow order, paying the price in (a cross-contract call).
		fn escrow_open_for(
			&self,
			terms: &Terms,
			buyer: AccountId,
			seller: AccountId,
			quote: &Quote,
		) -> Result<OrderId> {
			crate::escrow_call::open_for(
				self.escrow,
				quote.price,
				(buyer, seller, quote.goods, terms.paid_on, terms.delivery_by),
			)
		}

		/// Why escrow refunded an order (a cross-contract call).
		fn escrow_refund_cause(&self, order: OrderId) -> Result<Option<RefundCause>> {
			crate::escrow_call::refund_cause(self.escrow, order)
		}

		/// The state of an escrow order (a cross-contract call).
		fn escrow_order_state(&self, order: OrderId) -> Result<Option<EscrowState>> {
			crate::escrow_call::order_state(self.escrow, order)
		}
	}
}

#[cfg(test)]
mod random;
#[cfg(test)]
mod tests;
