//! # escrow — payment on delivery
//!
//! A buyer proposes an order and funds it in the same call; the order binds once the
//! seller accepts its terms. The funds stay in the contract until one of these ends it:
//!
//! - **proposal** ([`open`](Escrow::open)): the buyer writes the terms (seller, goods
//!   — a part or a whole lot —, whether custody or ownership is delivery, deadline,
//!   arbiter, condition oracle, milestones) and pays the price in. Until the seller
//!   [`accept`](Escrow::accept)s, the order binds nobody but the buyer, who may
//!   [`cancel`](Escrow::cancel) it; an order not accepted by its deadline goes back to the
//!   buyer ([`refund`](Escrow::refund)). The terms of a proposed order never change, so
//!   accepting order `id` accepts exactly the terms its `Opened` event and
//!   [`order`](Escrow::order) show. The deadline lies at most [`MAX_ORDER_TERM`] (a
//!   year) ahead, so every order ends. A contract that negotiated an order for a buyer
//!   (the tender's award) proposes it with [`open_for`](Escrow::open_for): the order is
//!   the named buyer's, the caller only funds it, and the buyer cannot cancel it.
//! - **who may sell** ([`accept`](Escrow::accept)): an order paid on ownership only the
//!   goods' owner's organisation; an order paid on custody the owner's or the
//!   custodian's (a carrier or warehouse sells only the custody it holds, never title).
//!   The goods are in at most one accepted, unfinished order paid on custody and one
//!   paid on ownership (one hand-over never pays two orders), and one organisation sells
//!   them in one order at a time (not title to one buyer and custody to another). So a
//!   custodian and a colluding buyer holding the custody order cannot block the owner's
//!   sale of title, and hold even custody for at most the order's term.
//! - **installed parts**: a part installed in an assembly (a machine, a crate) moves
//!   with it, and its hand-over is the assembly's, written only in the assembly's
//!   history. An order for it is refused (`Installed`, at `open`, `open_for` and
//!   `accept`): an order for a part inside an assembly names the assembly, its top part.
//!   A seller who installs the ordered part in an assembly after accepting, and hands it
//!   over inside it, does so at its own risk: that is no delivery of the part (the buyer
//!   holding the assembly is not read as holding the part), and the buyer is refunded at
//!   the deadline unless it confirms.
//! - **delivery on chain**: once the buyer's organisation has accepted custody (or
//!   ownership, as the order says) of the goods in pallet-parts since it proposed the
//!   order (and since the goods' previous order of that kind ended), and the seller has
//!   accepted the order, anyone may call [`release`](Escrow::release) and the seller is
//!   paid. A seller that ships before its acceptance lands loses nothing by it: a
//!   receipt between the proposal and the acceptance counts (and the seller may accept
//!   while the buyer holds the goods it received so), but until the seller accepts, the
//!   buyer may still cancel; ship after accepting.
//!   Delivery is read from the goods' history through the chain extension's `receipt`,
//!   so a buyer that accepts the goods and passes them on at once has still received
//!   them; once seen by [`record_delivery`](Escrow::record_delivery) (which a keeper
//!   calls), [`note_unanswered`](Escrow::note_unanswered) or `accept` (the buyer already
//!   holding the goods), it is stored in the order, and `release` and
//!   [`settle`](Escrow::settle) store it as they pay on it. [`refund`](Escrow::refund)
//!   finding it answers `Delivered`, and a message that answers an error stores nothing
//!   (pallet-contracts reverts it): call `record_delivery` to latch it. A message reads
//!   at most [`MAX_HISTORY_READS`] steps of the history; a longer one answers
//!   `HistoryUnread` (never "not delivered") until `record_delivery`, which keeps its
//!   place, has read on;
//! - **confirmation**: the buyer calls [`confirm`](Escrow::confirm);
//! - **milestones** (service orders): the buyer confirms each completed step with
//!   [`complete_milestone`](Escrow::complete_milestone) and that step's share is paid;
//! - **the deadline**: from the deadline on, anyone may [`settle`](Escrow::settle) an
//!   order by its default: delivered and no breach reported, the rest goes to the seller
//!   (a service order too: a buyer who disputes the work must say so before the
//!   deadline); not delivered, it goes back to the buyer ([`refund`](Escrow::refund)
//!   does only this); delivered but a breach reported, it is split in half. A refund
//!   latches why ([`refund_cause`](Escrow::refund_cause)): the seller never accepted (or
//!   could not: its organisation suspended or gone at the refund), the seller no longer
//!   had the goods, or it still had them and the buyer never took the
//!   hand-over (whose fault that is, nothing on chain says);
//! - **dispute**: buyer or seller freeze the order with [`dispute`](Escrow::dispute) and
//!   the named arbiter splits it with [`resolve`](Escrow::resolve) within
//!   [`DISPUTE_PERIOD`] blocks. The disputing party may
//!   [`withdraw_dispute`](Escrow::withdraw_dispute). A dispute the arbiter has not
//!   resolved in time lapses: the order is open again under its terms (release, settle,
//!   refund). Each party disputes an order at most once (a withdrawn dispute counts), so
//!   no party can keep an order frozen;
//! - **agreed split**: one party proposes how much the seller gets
//!   ([`propose_split`](Escrow::propose_split)), the other accepts that amount
//!   ([`accept_split`](Escrow::accept_split)); a milestone paid clears the proposal.
//!
//! A condition oracle (a cold-chain sensor's account, say) can
//! [`report_breach`](Escrow::report_breach), which blocks automatic release; the buyer
//! may still confirm. A breach never turns a delivered order into a plain refund: the
//! buyer keeps the goods, so a breach after delivery ends in a split (agreed, by the
//! arbiter, or half each by default after the deadline).
//!
//! **Authority and money follow the organisation.** The order stores the buyer's and
//! the seller's organisations (pallet-certifications, read through the chain extension
//! when the order is opened). Every message a party sends is checked against the
//! caller's organisation *now*: any admin account of the organisation acts for it
//! (not a device, and not while the organisation is suspended), and a key removed from
//! it no longer acts. The arbiter and the oracle are never the buyer, the seller or an
//! account of either organisation, checked when the order is opened and accepted and
//! again when they act. While a party's organisation is suspended the chain does not say
//! who its accounts are, so an arbiter or oracle of no active organisation cannot act
//! then (its dispute lapses, the order runs its course).
//!
//! **Suspension contains, it does not confiscate.** While an organisation is suspended
//! the chain answers that none of its accounts is a member, so it cannot act (the
//! contract answers `Suspended` to its account of record, `NotAMember` to the others).
//! Its *account of record* — the last admin account that acted for it in this contract
//! while it was active, or made itself so with
//! [`register_account`](Escrow::register_account) — may still
//! [`withdraw`](Escrow::withdraw) what the organisation is credited, for its exit, as
//! long as it is a member of no active organisation. After rotating the admin key, the
//! new admin should act here or call `register_account`, so that the old key stops being
//! the account of record.
//!
//! **Payouts are pulled.** What an order pays out is credited to the organisation it is
//! owed to; an admin account of that organisation (or, while it is suspended, its account
//! of record) collects it with [`withdraw`](Escrow::withdraw), so a recipient that cannot
//! receive blocks nobody else. Amounts below the chain's existential deposit are refused where they
//! are written (the price, a milestone share, a split).
//!
//! The order does not pin the goods' contents: a lot's quantity left, or what an
//! assembly holds, may change between acceptance and hand-over (RT-16); the buyer's own
//! goods receipt in pallet-parts (or its refusal to accept the hand-over) is its check.
//! Pinning a lot's quantity would need a new term of the order.
//!
//! What the contract owes ([`owed`](Escrow::owed)) is what its unfinished orders hold
//! plus every organisation's credit, and that is the contract's balance: it can only be
//! more if someone transferred to the contract's account directly (a plain transfer
//! cannot be refused; such a surplus is nobody's claim and stays). Every state change
//! emits an event. The contract calls no other contract; money leaves only through
//! `withdraw`, after the credit is cleared, and pallet-contracts refuses re-entry into a
//! contract already on the call stack (ink! never allows it).
//!
//! **Replacing the code.** The governor (the account the chain extension names, which
//! only three quarters of the council act as) may announce an uploaded code with
//! `schedule_code` (the contract locks it); anyone swaps it in with `apply_code` a week
//! (`CODE_DELAY`) later and within a day (`APPLY_WINDOW`), after which the announcement
//! lapses, and until then everybody can
//! take out what they are owed (docs/contracts.md, "Replacing a contract"). An answer the
//! chain extension cannot give (an error, a newer runtime's variant) never traps: the
//! message fails. Anyone notes the failure with
//! [`note_unanswered`](Escrow::note_unanswered); from `EXTENSION_GRACE` (30 days) past
//! that note (and the deadline), [`refund`](Escrow::refund) refunds an order whose
//! delivery was never seen without the chain's answer, so no order waits on it forever,
//! and governance always has the whole grace to put in a code that reads the chain again.
//! Only an unreadable history (or, for a proposal, the seller's roles) waits so: an
//! accepted order whose history answers "not delivered" is refunded at once, as
//! `NotReceived` if the chain cannot say what holds the goods now.
//! A receipt on record is never hidden by an answer about the goods' state now that this
//! code cannot decode: the history decides.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data (`Error::Extension`) trips: it casts the variant index to u8.
#![allow(clippy::cast_possible_truncation)]
// `open` takes each term as a named argument (what wallets and cargo-contract show), and
// ink!'s generated dispatch repeats its arguments.
#![allow(clippy::too_many_arguments)]

#[ink::contract(env = amchain_ink::AmchainEnvironment)]
pub mod escrow {
	use amchain_ink::{
		record::{membership, suspended_or_gone},
		storage_key,
		upgrade::{CodeError, CodeSchedule, ScheduledCode, EXTENSION_GRACE},
		AccountsOfRecord, ExtensionError, Handover, Item, LotId, Member, NotActing, PartId,
		PartStatus, ParticipantId, RecordIndex, Withdrawer, MAX_RECEIPT_SCAN,
	};
	use ink::{
		prelude::vec::Vec,
		storage::{traits::ManualKey, Mapping},
	};

	/// An order's number, from 0.
	pub type OrderId = u64;

	/// The most milestones a service order may have.
	pub const MAX_MILESTONES: usize = 16;

	/// How long an arbiter has to resolve a dispute, in blocks from the first dispute of
	/// an order: 7 days of 6-second blocks. After it the dispute lapses.
	pub const DISPUTE_PERIOD: BlockNumber = 7 * 14_400;

	/// A day of 6-second blocks.
	pub const DAY: BlockNumber = 14_400;

	/// The furthest an order's deadline may lie ahead of the block it is proposed in: a
	/// year. Every order, and the hold it puts on its goods, ends within it (RT-8).
	pub const MAX_ORDER_TERM: BlockNumber = 365 * DAY;

	/// How many times one message reads on in the goods' history
	/// ([`MAX_RECEIPT_SCAN`] records each) before it asks for
	/// [`record_delivery`](Escrow::record_delivery) to be called first.
	pub const MAX_HISTORY_READS: u32 = 4;

	/// What is being bought, by its pallet-parts id. Delivery of either is read on chain.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum Goods {
		/// A serialised part.
		Part(PartId),
		/// A whole lot of material.
		Lot(LotId),
	}

	impl Goods {
		fn item(self) -> Item {
			match self {
				Goods::Part(part) => Item::Part(part),
				Goods::Lot(lot) => Item::Lot(lot),
			}
		}
	}

	/// Which hand-over of the goods to the buyer's organisation is delivery.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum PaidOn {
		/// Custody: the buyer's physical receipt of the goods.
		Custody,
		/// Ownership: the buyer takes title (white paper 6.4: payment when the customer
		/// takes ownership).
		Ownership,
	}

	impl PaidOn {
		/// The other kind of hand-over.
		fn other(self) -> PaidOn {
			match self {
				PaidOn::Custody => PaidOn::Ownership,
				PaidOn::Ownership => PaidOn::Custody,
			}
		}

		fn handover(self) -> Handover {
			match self {
				PaidOn::Custody => Handover::Custody,
				PaidOn::Ownership => Handover::Ownership,
			}
		}
	}

	/// Where an order stands.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum State {
		/// Accepted and funded, waiting for delivery, confirmation, milestones or the
		/// deadline.
		Open,
		/// Frozen until the arbiter resolves it, the parties agree a split, the disputing
		/// party withdraws or the dispute lapses (then it reads as `Open`).
		Disputed,
		/// Paid to the seller in full.
		Released,
		/// Paid back to the buyer (what the seller had not received); why:
		/// [`refund_cause`](Escrow::refund_cause).
		Refunded,
		/// Split by the arbiter.
		Resolved,
		/// Split as the parties agreed, or half each by default (a breach after delivery).
		Split,
		/// Funded by the buyer, not yet accepted by the seller: it binds only the buyer.
		Proposed,
		/// Withdrawn by the buyer before the seller accepted.
		Cancelled,
	}

	impl State {
		/// The order is finished: it holds nothing any more.
		fn is_closed(self) -> bool {
			!matches!(self, State::Open | State::Disputed | State::Proposed)
		}
	}

	/// Why a refunded order was refunded, latched by the refund (read with
	/// [`refund_cause`](Escrow::refund_cause)): what a contract that holds a bond on the
	/// order (the tender holds its winner's) reads to tell whose fault the refund was.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum RefundCause {
		/// The seller never accepted the order.
		NeverAccepted,
		/// The seller accepted, the goods did not reach the buyer by the deadline, and when
		/// the order was refunded the seller's organisation no longer had them as the order
		/// needs (title for an order paid on ownership, title or custody for one paid on
		/// custody), or had installed the part in an assembly, or the goods are out of service
		/// (a part scrapped, consumed, recycled or returned as a core; a lot with nothing
		/// left, third red team L-1): it put the goods out of the
		/// buyer's reach.
		GoodsGone,
		/// The seller accepted and still had the goods when the order was refunded, but the
		/// buyer's organisation never accepted their hand-over: nothing on chain says whose
		/// fault that was (the seller may not have shipped, or the buyer may have refused
		/// or ignored the offer).
		NotReceived,
		/// The seller never accepted the order, and when it was refunded the seller's
		/// organisation was suspended or no longer registered: it could not accept (one
		/// registrar's act, not the seller's fault; third red team, M-1).
		SellerUnable,
	}

	/// A proposed split: how much of what the order holds goes to the seller.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Proposal {
		/// The organisation that proposed it (the other one accepts).
		pub by: ParticipantId,
		pub to_seller: Balance,
	}

	/// How an order was split.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum SplitBy {
		/// The arbiter resolved a dispute.
		Arbiter,
		/// The parties agreed.
		Agreement,
		/// The default after the deadline for a delivered order with a breach reported:
		/// half each.
		Default,
	}

	/// One order.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Order {
		/// The account that opened the order (any admin account of `buyer_org` acts for
		/// the buyer).
		pub buyer: AccountId,
		/// The account the buyer named as seller (any admin account of `seller_org`
		/// acts for the seller).
		pub seller: AccountId,
		/// The buyer's organisation: its custody of the part is delivery, and it is
		/// credited what goes back to the buyer.
		pub buyer_org: ParticipantId,
		/// The seller's organisation, credited what the seller is paid.
		pub seller_org: ParticipantId,
		pub goods: Goods,
		/// Which hand-over of the goods to the buyer's organisation is delivery.
		pub paid_on: PaidOn,
		/// What the buyer paid in.
		pub amount: Balance,
		/// Paid out to the seller so far.
		pub released: Balance,
		/// Paid back to the buyer.
		pub refunded: Balance,
		/// From this block on, the order is settled by its default.
		pub deadline: BlockNumber,
		pub arbiter: Option<AccountId>,
		/// May report a breach of the goods' conditions.
		pub oracle: Option<AccountId>,
		/// Shares of `amount` released one per completed step (service orders); empty
		/// for goods orders.
		pub milestones: Vec<Balance>,
		/// How many milestones are complete.
		pub milestones_done: u32,
		/// The oracle reported a breach: no automatic release.
		pub breached: bool,
		/// The block at which delivery was first seen; once set, it stays.
		pub delivered_at: Option<BlockNumber>,
		/// The goods' history is read for the buyer's receipt from this record on: the end
		/// of the history when the buyer proposed the order (or, if later, when the goods'
		/// previous order of the same kind ended), moved on as it is read.
		pub history_from: RecordIndex,
		pub proposal: Option<Proposal>,
		/// The end of the running (or last) dispute's period.
		pub dispute_ends: Option<BlockNumber>,
		/// The organisation whose dispute is running (while `Disputed`).
		pub disputed_by: Option<ParticipantId>,
		/// The buyer's organisation has used its one dispute of this order.
		pub buyer_disputed: bool,
		/// The seller's organisation has used its one dispute of this order.
		pub seller_disputed: bool,
		pub state: State,
	}

	impl Order {
		/// What the order still holds.
		fn held(&self) -> Result<Balance> {
			self.amount
				.checked_sub(self.released)
				.and_then(|b| b.checked_sub(self.refunded))
				.ok_or(Error::Overflow)
		}

		fn is_service(&self) -> bool {
			!self.milestones.is_empty()
		}
	}

	/// What the chain says of an order's goods now.
	struct GoodsNow {
		/// The holder of the order's kind (`paid_on`).
		holder: ParticipantId,
		owner: ParticipantId,
		custodian: ParticipantId,
		/// A part installed in an assembly (the holders are the assembly's).
		installed: bool,
		/// Out of service: a part no longer `Active` (scrapped, consumed, recycled,
		/// returned as a core) or a lot with nothing left. Its owner stays on record, but
		/// it is out of the buyer's reach (third red team, L-1).
		retired: bool,
	}

	/// Why a message did nothing.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// No order with this id.
		NoSuchOrder,
		/// An amount (the price, a milestone share, a part of a split) is not zero but
		/// below the chain's existential deposit, or the price is zero.
		BelowMinimum,
		/// The seller is the buyer, or an account of the buyer's organisation.
		SellerIsBuyer,
		/// The buyer, seller, arbiter or oracle named is this contract.
		ContractAsParty,
		/// The deadline is not after the current block.
		DeadlineNotInFuture,
		/// More than `MAX_MILESTONES` milestones, a share below the existential deposit,
		/// or shares that do not add up to the amount paid.
		BadMilestones,
		/// The caller's account acts for no organisation.
		NotAMember,
		/// The seller's account acts for no organisation.
		SellerNotAMember,
		/// A device account may not do this: an admin account of the organisation must.
		Device,
		/// The caller's organisation is suspended.
		Suspended,
		/// The arbiter is a party or an account of a party's organisation.
		ArbiterIsParty,
		/// The oracle is a party or an account of a party's organisation.
		OracleIsParty,
		/// The buyer's organisation already holds the goods (as the order's `paid_on`
		/// says): at a proposal, or at an acceptance without a receipt since the proposal.
		AlreadyDelivered,
		/// The seller's organisation neither owns nor holds the goods.
		SellerNotHolder,
		/// The goods are already in an accepted, unfinished order of the same kind
		/// (`paid_on`), or of the seller's organisation.
		AlreadyOrdered,
		/// Only an account of the buyer's organisation may do this.
		NotBuyer,
		/// Only an account of the seller's organisation may do this.
		NotSeller,
		/// Only an account of the buyer's or the seller's organisation may do this.
		NotParty,
		/// Only the order's arbiter may do this.
		NotArbiter,
		/// Only the order's condition oracle may do this.
		NotOracle,
		/// The order is not open (proposed, disputed or closed).
		NotOpen,
		/// The order is not a proposal waiting for the seller.
		NotProposed,
		/// The order is not disputed.
		NotDisputed,
		/// The order names no arbiter, so it cannot be disputed.
		NoArbiter,
		/// The dispute's period is over: it can no longer be resolved or withdrawn.
		DisputeLapsed,
		/// The caller's organisation has used its one dispute of this order.
		AlreadyDisputed,
		/// Only the party that disputed may withdraw the dispute.
		NotDisputer,
		/// The goods have not reached the buyer.
		NotDelivered,
		/// More of the goods' history came since the order was proposed than one message
		/// reads: call [`record_delivery`](Escrow::record_delivery) (it reads on and keeps
		/// its place) until it answers. At `accept` (of goods the buyer holds: the seller
		/// shipped before accepting) nothing reads on for a proposal: the seller cannot
		/// accept, one more reason to ship only after accepting.
		HistoryUnread,
		/// The part was delivered: the seller is owed, no refund.
		Delivered,
		/// The oracle reported a breach: no automatic release.
		Breached,
		/// The deadline has not passed.
		DeadlineNotReached,
		/// A service order is paid per milestone (or settled after the deadline), not on
		/// delivery.
		ServiceOrder,
		/// A goods order has no milestones.
		NoMilestones,
		/// More than the order holds.
		ExceedsHeld,
		/// No split was proposed.
		NoProposal,
		/// The other party must accept a proposal.
		OwnProposal,
		/// The proposal is not the amount named in the acceptance.
		ProposalChanged,
		/// Nothing is credited to the caller's organisation.
		NothingOwed,
		/// The chain could not answer a query about the part or an account.
		Extension(ExtensionError),
		/// Bookkeeping overflow (never expected: amounts are bounded by what was paid).
		Overflow,
		/// The chain refused a transfer.
		TransferFailed,
		/// The order was opened for the buyer by another account
		/// ([`open_for`](Escrow::open_for)): the buyer cannot cancel it.
		OpenedFor,
		/// The part is installed in an assembly: its hand-over is the assembly's, which its
		/// own history does not show. Order the assembly (its top part) instead.
		Installed,
		/// The deadline is more than [`MAX_ORDER_TERM`] blocks ahead.
		DeadlineTooFar,
		/// An order paid on ownership is accepted only by the goods' owner's organisation
		/// (a custodian sells only their custody).
		SellerNotOwner,
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

	/// A buyer proposed an order: every term of it.
	#[ink(event)]
	pub struct Opened {
		#[ink(topic)]
		pub order: OrderId,
		#[ink(topic)]
		pub buyer: AccountId,
		#[ink(topic)]
		pub seller: AccountId,
		pub buyer_org: ParticipantId,
		pub seller_org: ParticipantId,
		pub goods: Goods,
		pub paid_on: PaidOn,
		pub amount: Balance,
		pub deadline: BlockNumber,
		pub arbiter: Option<AccountId>,
		pub oracle: Option<AccountId>,
		pub milestones: Vec<Balance>,
	}

	/// The order `Opened` just before was opened for its buyer and funded by `funder`
	/// ([`open_for`](Escrow::open_for)).
	#[ink(event)]
	pub struct OpenedFor {
		#[ink(topic)]
		pub order: OrderId,
		pub funder: AccountId,
	}

	/// The seller accepted the order's terms: it binds both.
	#[ink(event)]
	pub struct Accepted {
		#[ink(topic)]
		pub order: OrderId,
		pub by: AccountId,
	}

	/// The buyer withdrew its proposal; the amount is credited back to it.
	#[ink(event)]
	pub struct Cancelled {
		#[ink(topic)]
		pub order: OrderId,
		pub amount: Balance,
	}

	/// Delivery was seen on chain and stored in the order.
	#[ink(event)]
	pub struct Delivered {
		#[ink(topic)]
		pub order: OrderId,
		pub at: BlockNumber,
	}

	/// Credited to the seller (`milestone`: the step, for service orders).
	#[ink(event)]
	pub struct Released {
		#[ink(topic)]
		pub order: OrderId,
		pub amount: Balance,
		pub milestone: Option<u32>,
	}

	#[ink(event)]
	pub struct BreachReported {
		#[ink(topic)]
		pub order: OrderId,
	}

	/// Credited back to the buyer.
	#[ink(event)]
	pub struct Refunded {
		#[ink(topic)]
		pub order: OrderId,
		pub amount: Balance,
	}

	/// `by` disputed the order; the arbiter may resolve it until block `ends`.
	#[ink(event)]
	pub struct Disputed {
		#[ink(topic)]
		pub order: OrderId,
		pub by: AccountId,
		pub ends: BlockNumber,
	}

	#[ink(event)]
	pub struct DisputeWithdrawn {
		#[ink(topic)]
		pub order: OrderId,
		pub by: AccountId,
	}

	#[ink(event)]
	pub struct SplitProposed {
		#[ink(topic)]
		pub order: OrderId,
		pub by: AccountId,
		pub to_seller: Balance,
	}

	/// The order was split (by the arbiter, as the parties agreed, or by default).
	#[ink(event)]
	pub struct Split {
		#[ink(topic)]
		pub order: OrderId,
		pub to_seller: Balance,
		pub to_buyer: Balance,
		pub by: SplitBy,
	}

	/// An organisation's credit was paid to one of its admin accounts.
	#[ink(event)]
	pub struct Withdrawn {
		#[ink(topic)]
		pub participant: ParticipantId,
		pub to: AccountId,
		pub amount: Balance,
	}

	/// The chain could not answer what the order's refund needs (an error, or an answer
	/// this code cannot decode), first noted at block `since`: from `since` +
	/// [`EXTENSION_GRACE`] on, the order is refunded without the answer.
	#[ink(event)]
	pub struct ChainUnanswered {
		#[ink(topic)]
		pub order: OrderId,
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

	#[ink(storage)]
	#[derive(Default)]
	pub struct Escrow {
		orders: Mapping<OrderId, Order>,
		next_order: OrderId,
		/// The accepted, unfinished order of a part or lot paid on custody, and the one paid
		/// on ownership, if any (one hand-over pays at most one order).
		order_of: Mapping<(Goods, PaidOn), OrderId>,
		/// Where the goods' history ended when their last accepted order of a kind ended:
		/// a receipt before it was that order's, never a later order's.
		freed_at: Mapping<(Goods, PaidOn), RecordIndex>,
		/// What each organisation may withdraw.
		credits: Mapping<ParticipantId, Balance>,
		/// What all orders hold plus every credit: the contract's balance.
		owed: Balance,
		/// Who funded an order opened for its buyer ([`open_for`](Self::open_for)).
		funded_by: Mapping<OrderId, AccountId>,
		/// Why each refunded order was refunded, latched by the refund.
		refund_causes: Mapping<OrderId, RefundCause>,
		/// Each organisation's account of record: the last admin account that acted for
		/// it here while it was active (or called [`register_account`](Self::register_account)).
		/// (At the storage keys of the two mappings it replaced.)
		accounts: AccountsOfRecord<
			{ storage_key("Escrow::accounts") },
			{ storage_key("Escrow::recorded") },
		>,
		/// The code announced to replace this contract's, if any (governed: see
		/// [`schedule_code`](Self::schedule_code)). A `Lazy` cell at its own key: it adds
		/// nothing to the root storage, so it moves none of the fields above.
		code: CodeSchedule<{ storage_key("Escrow::code") }>,
		/// The block from which each order's refund was first seen needing an answer the
		/// chain could not give ([`note_unanswered`](Self::note_unanswered)): the
		/// [`EXTENSION_GRACE`] counts from it. At its own key, as `code`.
		unanswered: Mapping<OrderId, BlockNumber, ManualKey<{ storage_key("Escrow::unanswered") }>>,
	}

	/// Replacing the contract's code under governance (white paper 7.1; docs/contracts.md,
	/// "Replacing a contract"; [`amchain_ink::upgrade`]).
	impl Escrow {
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

	impl Escrow {
		#[ink(constructor)]
		pub fn new() -> Self {
			Self::default()
		}

		/// Proposes an order for `goods` from `seller`, funded with the value sent; it
		/// binds once the seller [`accept`](Self::accept)s. The caller must be an admin
		/// account of an active organisation, and `seller` an account of another
		/// organisation. Delivery is the buyer's organisation accepting `paid_on` (custody
		/// or ownership) of the goods in pallet-parts after this proposal; from `deadline`
		/// (a block number, at most [`MAX_ORDER_TERM`] ahead) on, the order is settled by
		/// its default. The goods may not be a part installed in an assembly (order the
		/// assembly), nor held already by the buyer's organisation. `arbiter` and `oracle`
		/// may be neither party nor an account of either organisation. `milestones`: for a
		/// service order, the share paid per completed step (adding up to the value sent,
		/// each at least the existential deposit); empty for goods.
		///
		/// Emits `Opened` with every term.
		#[ink(message, payable)]
		pub fn open(
			&mut self,
			seller: AccountId,
			goods: Goods,
			paid_on: PaidOn,
			deadline: BlockNumber,
			arbiter: Option<AccountId>,
			oracle: Option<AccountId>,
			milestones: Vec<Balance>,
		) -> Result<OrderId> {
			let buyer = self.env().caller();
			self.propose(buyer, seller, goods, paid_on, deadline, arbiter, oracle, milestones)
		}

		/// Proposes a goods order for `buyer`, funded by the caller with the value sent:
		/// what a contract that negotiated the order on the buyer's behalf (a tender's
		/// award) calls. The order is `buyer`'s as if `buyer` had opened it with
		/// [`open`](Self::open), with no arbiter, oracle or milestones: `buyer` must be an
		/// admin account of an active organisation (else `NotAMember`, `Device`, or
		/// `Suspended` if `buyer` is a suspended organisation's account of record), the
		/// deadline at most [`MAX_ORDER_TERM`] ahead (`DeadlineTooFar`) and the goods no
		/// part installed in an assembly (`Installed`); its organisation has every buyer
		/// right and is credited every refund; the caller gains no right over the order and
		/// is owed nothing. The seller still [`accept`](Self::accept)s as usual. Unlike an
		/// order the buyer opened, the buyer cannot [`cancel`](Self::cancel) it
		/// (`OpenedFor`): the funder committed to the seller (a tender's winner bid against
		/// these terms), so it ends by the seller's acceptance and delivery, or by a refund
		/// to the buyer at the deadline.
		///
		/// Anyone may fund an order for any member: the named buyer loses nothing by it (it
		/// owes nothing, receives any refund, and delivery needs its own goods receipt),
		/// and the `OpenedFor` event names the funder, so no record claims the buyer paid.
		///
		/// Emits `Opened` with every term, then `OpenedFor`.
		#[ink(message, payable)]
		pub fn open_for(
			&mut self,
			buyer: AccountId,
			seller: AccountId,
			goods: Goods,
			paid_on: PaidOn,
			deadline: BlockNumber,
		) -> Result<OrderId> {
			let funder = self.env().caller();
			let id =
				self.propose(buyer, seller, goods, paid_on, deadline, None, None, Vec::new())?;
			self.funded_by.insert(id, &funder);
			self.env().emit_event(OpenedFor { order: id, funder });
			Ok(id)
		}

		/// An order's state (a lapsed dispute reads as `Open`), if there is such an order:
		/// what a contract that waits on an order's outcome reads.
		#[ink(message)]
		pub fn order_state(&self, id: OrderId) -> Option<State> {
			self.load(id).ok().map(|order| order.state)
		}

		/// Why a refunded order was refunded ([`RefundCause`], latched by the refund), if
		/// the order was refunded: what a contract holding a bond on the order reads, next
		/// to [`order_state`](Self::order_state), to tell whose fault the refund was.
		#[ink(message)]
		pub fn refund_cause(&self, id: OrderId) -> Option<RefundCause> {
			self.refund_causes.get(id)
		}

		/// Proposes an order for `buyer` funded with the value sent ([`open`](Self::open),
		/// [`open_for`](Self::open_for)).
		fn propose(
			&mut self,
			buyer: AccountId,
			seller: AccountId,
			goods: Goods,
			paid_on: PaidOn,
			deadline: BlockNumber,
			arbiter: Option<AccountId>,
			oracle: Option<AccountId>,
			milestones: Vec<Balance>,
		) -> Result<OrderId> {
			let amount = self.env().transferred_value();
			let me = self.env().account_id();
			if amount == 0 || amount < self.env().minimum_balance() {
				return Err(Error::BelowMinimum);
			}
			if buyer == me || seller == me || arbiter == Some(me) || oracle == Some(me) {
				return Err(Error::ContractAsParty);
			}
			let now = self.env().block_number();
			if deadline <= now {
				return Err(Error::DeadlineNotInFuture);
			}
			if deadline > now.saturating_add(MAX_ORDER_TERM) {
				return Err(Error::DeadlineTooFar);
			}
			self.check_milestones(&milestones, amount)?;
			let buyer_org = self.acting_org(buyer)?;
			let seller_org = self.member(seller).map_err(|e| match e {
				Error::NotAMember => Error::SellerNotAMember,
				e => e,
			})?;
			if seller_org.participant == buyer_org {
				return Err(Error::SellerIsBuyer);
			}
			let order = Order {
				buyer,
				seller,
				buyer_org,
				seller_org: seller_org.participant,
				goods,
				paid_on,
				amount,
				released: 0,
				refunded: 0,
				deadline,
				arbiter,
				oracle,
				milestones,
				milestones_done: 0,
				breached: false,
				delivered_at: None,
				history_from: 0,
				proposal: None,
				dispute_ends: None,
				disputed_by: None,
				buyer_disputed: false,
				seller_disputed: false,
				state: State::Proposed,
			};
			let mut order = order;
			self.ensure_independent(&order)?;
			let goods_now = self.holders_of(&order)?;
			if goods_now.installed {
				return Err(Error::Installed);
			}
			if goods_now.holder == buyer_org {
				return Err(Error::AlreadyDelivered);
			}
			// The history's end: the buyer's receipts from here on may be delivery (RT-15:
			// also one made before the seller accepts).
			order.history_from = self.history_end(&order)?;
			let id = self.next_order;
			self.next_order = id.checked_add(1).ok_or(Error::Overflow)?;
			self.owed = self.owed.checked_add(amount).ok_or(Error::Overflow)?;
			self.orders.insert(id, &order);
			self.env().emit_event(Opened {
				order: id,
				buyer,
				seller,
				buyer_org,
				seller_org: order.seller_org,
				goods,
				paid_on,
				amount,
				deadline,
				arbiter: order.arbiter,
				oracle: order.oracle,
				milestones: order.milestones,
			});
			if buyer == self.env().caller() {
				self.accounts.record(buyer_org, buyer);
			}
			Ok(id)
		}

		/// The seller accepts a proposed order: its terms (which never change) bind both
		/// parties. An admin account of the seller's organisation, before the deadline;
		/// the seller's organisation must own the goods (an order paid on ownership) or own
		/// or hold them (paid on custody), and they must not be installed in an assembly,
		/// nor in another accepted, unfinished order of the same kind or of the same
		/// seller. Hand-overs to the buyer since the proposal are delivery (and since the
		/// goods' previous order of this kind ended): if the buyer's organisation holds
		/// the goods now, the acceptance stands only if it received them so, and the order
		/// is delivered at once (`Delivered`); else `AlreadyDelivered`.
		///
		/// Emits `Delivered` (goods the buyer holds), then `Accepted`.
		#[ink(message)]
		pub fn accept(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.load(id)?;
			if order.state != State::Proposed {
				return Err(Error::NotProposed);
			}
			let caller = self.env().caller();
			if self.acting_org(caller)? != order.seller_org {
				return Err(Error::NotSeller);
			}
			if order.deadline <= self.env().block_number() {
				return Err(Error::DeadlineNotInFuture);
			}
			self.ensure_independent(&order)?;
			let goods_now = self.holders_of(&order)?;
			if goods_now.installed {
				return Err(Error::Installed);
			}
			let seller_owns = goods_now.owner == order.seller_org;
			match order.paid_on {
				PaidOn::Ownership if !seller_owns => {
					return Err(if goods_now.custodian == order.seller_org {
						Error::SellerNotOwner
					} else {
						Error::SellerNotHolder
					})
				},
				PaidOn::Custody if !seller_owns && goods_now.custodian != order.seller_org => {
					return Err(Error::SellerNotHolder)
				},
				_ => {},
			}
			let slot = (order.goods, order.paid_on);
			let other = (order.goods, order.paid_on.other());
			// One order per goods and kind; and an organisation sells goods in one order
			// at a time (no title to one buyer and custody to another).
			let other_seller =
				self.order_of.get(other).and_then(|o| self.orders.get(o)).map(|o| o.seller_org);
			if self.order_of.contains(slot) || other_seller == Some(order.seller_org) {
				return Err(Error::AlreadyOrdered);
			}
			// Receipts since the proposal count, but none from before the goods' previous
			// order of this kind ended (that one's delivery).
			let end = self.history_end(&order)?;
			order.history_from =
				order.history_from.max(self.freed_at.get(slot).unwrap_or(0)).min(end);
			order.state = State::Open;
			if goods_now.holder == order.buyer_org {
				// The buyer holds the goods: only if it received them since then, and that
				// receipt is this order's delivery.
				if !self.find_receipt(&mut order)? {
					return Err(Error::AlreadyDelivered);
				}
				let at = self.env().block_number();
				order.delivered_at = Some(at);
				self.env().emit_event(Delivered { order: id, at });
			}
			self.order_of.insert(slot, &id);
			self.orders.insert(id, &order);
			self.accounts.record(order.seller_org, caller);
			self.env().emit_event(Accepted { order: id, by: caller });
			Ok(())
		}

		/// The buyer withdraws a proposal the seller has not accepted: the amount is
		/// credited back to the buyer's organisation.
		///
		/// Emits `Cancelled`.
		#[ink(message)]
		pub fn cancel(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.load(id)?;
			if order.state != State::Proposed {
				return Err(Error::NotProposed);
			}
			let org = self.ensure_buyer(&order)?;
			if self.funded_by.contains(id) {
				return Err(Error::OpenedFor);
			}
			let held = order.held()?;
			order.refunded = order.refunded.checked_add(held).ok_or(Error::Overflow)?;
			order.state = State::Cancelled;
			self.pay(id, &order, order.buyer_org, held)?;
			self.record_caller(org);
			self.env().emit_event(Cancelled { order: id, amount: held });
			Ok(())
		}

		/// Credits the seller once the goods have reached the buyer's organisation on
		/// chain (goods orders with no breach reported). Anyone may call it (a keeper, the
		/// seller, the buyer's wallet).
		///
		/// Emits `Released`.
		#[ink(message)]
		pub fn release(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			if order.is_service() {
				return Err(Error::ServiceOrder);
			}
			if order.breached {
				return Err(Error::Breached);
			}
			if !self.delivered(&mut order)? {
				return Err(Error::NotDelivered);
			}
			self.release_all(id, &mut order)
		}

		/// Reads on in the goods' history (at most [`MAX_RECEIPT_SCAN`] records) for the
		/// buyer's receipt since the order was proposed, and stores what it found: once
		/// delivered, the order stays delivered whatever happens to the goods later, and
		/// where the reading stopped is kept for the next look. Anyone may call it (a
		/// keeper, after every hand-over); `true`: delivered.
		///
		/// Emits `Delivered` when it first finds delivery.
		#[ink(message)]
		pub fn record_delivery(&mut self, id: OrderId) -> Result<bool> {
			let mut order = self.order_in(id, &[State::Open, State::Disputed])?;
			if order.delivered_at.is_some() {
				return Ok(true);
			}
			let delivered = self.holds(&order)? || self.read_on(&mut order)?.unwrap_or(false);
			if delivered {
				order.delivered_at = Some(self.env().block_number());
				self.env().emit_event(Delivered { order: id, at: self.env().block_number() });
			}
			self.orders.insert(id, &order);
			Ok(delivered)
		}

		/// The buyer confirms receipt: everything the order holds goes to the seller.
		///
		/// Emits `Released`.
		#[ink(message)]
		pub fn confirm(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			let org = self.ensure_buyer(&order)?;
			self.release_all(id, &mut order)?;
			self.record_caller(org);
			Ok(())
		}

		/// The buyer confirms the next milestone of a service order: its share goes to
		/// the seller. A split proposed earlier no longer applies and is cleared.
		///
		/// Emits `Released`.
		#[ink(message)]
		pub fn complete_milestone(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			let org = self.ensure_buyer(&order)?;
			if !order.is_service() {
				return Err(Error::NoMilestones);
			}
			let step = order.milestones_done;
			// An open order has a milestone left: the shares add up to the amount.
			let share = *order.milestones.get(step as usize).ok_or(Error::Overflow)?;
			order.milestones_done = step.checked_add(1).ok_or(Error::Overflow)?;
			order.released = order.released.checked_add(share).ok_or(Error::Overflow)?;
			if order.held()? == 0 {
				order.state = State::Released;
			}
			self.pay(id, &order, order.seller_org, share)?;
			self.record_caller(org);
			self.env().emit_event(Released { order: id, amount: share, milestone: Some(step) });
			Ok(())
		}

		/// The condition oracle reports that the goods' conditions were breached: the order
		/// will not be released automatically, and a delivered order is never refunded in
		/// full (it is split).
		///
		/// Emits `BreachReported`.
		#[ink(message)]
		pub fn report_breach(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.order_in(id, &[State::Open, State::Disputed])?;
			if order.oracle != Some(self.env().caller()) {
				return Err(Error::NotOracle);
			}
			self.ensure_not_party(&order, order.oracle, Error::OracleIsParty)?;
			order.breached = true;
			self.orders.insert(id, &order);
			self.env().emit_event(BreachReported { order: id });
			Ok(())
		}

		/// From the deadline on, if the goods have not reached the buyer, what the order
		/// holds is credited back to the buyer; also an order the seller never accepted.
		/// Anyone may call it. A delivered order is never refunded, breach or not (see
		/// [`settle`](Self::settle)).
		///
		/// If the chain extension cannot answer what the refund needs (the goods' history,
		/// for an accepted order; for a proposal, whether its organisation could accept) —
		/// an error, or an answer this code cannot decode: a newer runtime's variant —, the
		/// refund fails. Anyone then notes it with
		/// [`note_unanswered`](Self::note_unanswered); from [`EXTENSION_GRACE`] (thirty days)
		/// past the deadline or that note, whichever is later (the time governance has to
		/// replace the contract with one that reads the chain again), an order whose
		/// delivery was never seen (stored) is refunded without the chain's answer, its
		/// cause the one that blames nobody (`NotReceived`, or `SellerUnable` for a
		/// proposal). A delivery seen before, or on record in the goods' history while the
		/// history can be read, is never refunded: what holds the goods *now* is only a
		/// shortcut, and a status this code cannot decode does not hide a receipt.
		///
		/// An accepted order whose history answers "not delivered" is refunded at once even
		/// if the chain cannot say what holds the goods now (which only picks the cause:
		/// then `NotReceived`): that answer is one a holder of the goods could switch on and
		/// off, and waiting on it would let the holder restart the grace forever.
		///
		/// Emits `Refunded`.
		#[ink(message)]
		pub fn refund(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.order_in(id, &[State::Open, State::Proposed])?;
			let now = self.env().block_number();
			if now < order.deadline {
				return Err(Error::DeadlineNotReached);
			}
			let unanswerable = self.unanswerable(id, &order, now);
			// Whether a cause the chain cannot give falls back to the one that blames nobody.
			let mut fallback = unanswerable;
			// Delivery counts only for an order the seller accepted.
			if order.state == State::Open {
				match self.delivered(&mut order) {
					Ok(true) => return Err(Error::Delivered),
					// The history answered "not delivered": what holds the goods now only
					// picks the cause, so it never delays the refund. A holder could move
					// the goods in and out of a status this code cannot decode and, with a
					// note cleared each time it answered, restart the grace forever (red
					// team, F2).
					Ok(false) => fallback = true,
					Err(Error::Extension(_)) if unanswerable => {},
					Err(e) => return Err(e),
				}
			}
			self.refund_all(id, &mut order, fallback)
		}

		/// From an order's deadline on, anyone notes whether the chain extension can
		/// answer what its [`refund`](Self::refund) needs: for an accepted order the goods'
		/// history only (what holds the goods now never delays a refund), for a proposal
		/// whether the seller's organisation could accept. If it cannot (an error, or an
		/// answer this code cannot decode), the first block it was noted so is kept
		/// (`ChainUnanswered`, once) and returned: the refund falls back to its default
		/// [`EXTENSION_GRACE`] after it, so governance always has the whole grace from when
		/// the chain stopped answering, however long ago the deadline was. If it answers,
		/// an earlier note is cleared (a later failure counts afresh) and `None` is
		/// returned: for an accepted order only when the history is readable again, which
		/// no holder of the goods can switch. An order whose delivery is found answers: it
		/// is delivered, never refunded, and the delivery is stored in the order as
		/// [`record_delivery`](Self::record_delivery) stores it.
		///
		/// Emits `ChainUnanswered` when it first notes the failure, `Delivered` when it
		/// first finds delivery.
		#[ink(message)]
		pub fn note_unanswered(&mut self, id: OrderId) -> Result<Option<BlockNumber>> {
			let mut order = self.order_in(id, &[State::Open, State::Proposed])?;
			let now = self.env().block_number();
			if now < order.deadline {
				return Err(Error::DeadlineNotReached);
			}
			let answer = match order.state {
				// Only the goods' history matters: read, the refund goes at once (or
				// never, delivered), whatever the chain says of the goods now. So the
				// note goes only when the history is readable again, which no holder of
				// the goods can toggle.
				State::Open => {
					let seen = order.delivered_at.is_some();
					self.delivered(&mut order).map(|delivered| {
						if delivered && !seen {
							// Found here: stored, as `record_delivery` does.
							let at = order.delivered_at.unwrap_or(now);
							self.orders.insert(id, &order);
							self.env().emit_event(Delivered { order: id, at });
						}
					})
				},
				_ => self.refund_cause_now(&order).map(|_| ()),
			};
			match answer {
				Ok(()) => {
					self.unanswered.remove(id);
					Ok(None)
				},
				Err(Error::Extension(_)) => {
					if let Some(since) = self.unanswered.get(id) {
						return Ok(Some(since));
					}
					self.unanswered.insert(id, &now);
					self.env().emit_event(ChainUnanswered { order: id, since: now });
					Ok(Some(now))
				},
				Err(e) => Err(e),
			}
		}

		/// The block from which the chain was noted unable to answer what an order's
		/// refund needs ([`note_unanswered`](Self::note_unanswered)), if it is so noted.
		#[ink(message)]
		pub fn unanswered_since(&self, id: OrderId) -> Option<BlockNumber> {
			self.unanswered.get(id)
		}

		/// From the deadline on, anyone ends an accepted order by its default:
		/// delivered with no breach reported, what it holds is credited to the seller (a
		/// service order's remaining milestones too); not delivered, it goes back to the
		/// buyer; delivered with a breach reported, it is split in half (the odd unit to
		/// the buyer). A disputed order is settled once its dispute has lapsed.
		///
		/// Emits `Released`, `Refunded` or `Split`.
		#[ink(message)]
		pub fn settle(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			if self.env().block_number() < order.deadline {
				return Err(Error::DeadlineNotReached);
			}
			match (self.delivered(&mut order)?, order.breached) {
				// The history answered "not delivered": as `refund`, at once.
				(false, _) => self.refund_all(id, &mut order, true),
				(true, false) => self.release_all(id, &mut order),
				(true, true) => {
					let to_seller = order.held()? / 2;
					order.state = State::Split;
					self.split(id, order, to_seller, SplitBy::Default)
				},
			}
		}

		/// Buyer or seller freezes the order until its arbiter resolves it, for at most
		/// [`DISPUTE_PERIOD`] blocks; then the dispute lapses and the order is open again.
		/// Each party may dispute an order once (a withdrawn dispute counts), so disputes
		/// freeze an order for at most two periods in all.
		///
		/// Emits `Disputed`.
		#[ink(message)]
		pub fn dispute(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			let by = self.ensure_party(&order)?;
			if order.arbiter.is_none() {
				return Err(Error::NoArbiter);
			}
			let used = if by == order.buyer_org {
				&mut order.buyer_disputed
			} else {
				&mut order.seller_disputed
			};
			if *used {
				return Err(Error::AlreadyDisputed);
			}
			*used = true;
			let ends = self.env().block_number().saturating_add(DISPUTE_PERIOD);
			order.dispute_ends = Some(ends);
			order.disputed_by = Some(by);
			order.state = State::Disputed;
			self.orders.insert(id, &order);
			self.record_caller(by);
			self.env().emit_event(Disputed { order: id, by: self.env().caller(), ends });
			Ok(())
		}

		/// The party that disputed withdraws its dispute: the order is open again.
		///
		/// Emits `DisputeWithdrawn`.
		#[ink(message)]
		pub fn withdraw_dispute(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.disputed_order(id)?;
			let by = self.ensure_party(&order)?;
			if Some(by) != order.disputed_by {
				return Err(Error::NotDisputer);
			}
			order.state = State::Open;
			order.disputed_by = None;
			self.orders.insert(id, &order);
			self.record_caller(by);
			self.env().emit_event(DisputeWithdrawn { order: id, by: self.env().caller() });
			Ok(())
		}

		/// The arbiter ends a dispute before it lapses: `to_seller` of what the order
		/// holds goes to the seller, the rest to the buyer.
		///
		/// Emits `Split`.
		#[ink(message)]
		pub fn resolve(&mut self, id: OrderId, to_seller: Balance) -> Result<()> {
			let mut order = self.disputed_order(id)?;
			if order.arbiter != Some(self.env().caller()) {
				return Err(Error::NotArbiter);
			}
			self.ensure_not_party(&order, order.arbiter, Error::ArbiterIsParty)?;
			order.state = State::Resolved;
			self.split(id, order, to_seller, SplitBy::Arbiter)
		}

		/// Buyer or seller proposes that `to_seller` of what the order holds goes to the
		/// seller and the rest back to the buyer (open or disputed orders). Replaces an
		/// earlier proposal; a milestone paid clears it.
		///
		/// Emits `SplitProposed`.
		#[ink(message)]
		pub fn propose_split(&mut self, id: OrderId, to_seller: Balance) -> Result<()> {
			let mut order = self.order_in(id, &[State::Open, State::Disputed])?;
			let by = self.ensure_party(&order)?;
			let held = order.held()?;
			let to_buyer = held.checked_sub(to_seller).ok_or(Error::ExceedsHeld)?;
			self.ensure_payable(to_seller)?;
			self.ensure_payable(to_buyer)?;
			order.proposal = Some(Proposal { by, to_seller });
			self.orders.insert(id, &order);
			self.record_caller(by);
			let by = self.env().caller();
			self.env().emit_event(SplitProposed { order: id, by, to_seller });
			Ok(())
		}

		/// The other party accepts the proposed split of `to_seller` to the seller (named,
		/// so that a proposal changed in the meantime is not accepted by mistake); the
		/// order is paid out and closed.
		///
		/// Emits `Split`.
		#[ink(message)]
		pub fn accept_split(&mut self, id: OrderId, to_seller: Balance) -> Result<()> {
			let mut order = self.order_in(id, &[State::Open, State::Disputed])?;
			let caller = self.ensure_party(&order)?;
			let proposal = order.proposal.ok_or(Error::NoProposal)?;
			if proposal.by == caller {
				return Err(Error::OwnProposal);
			}
			if proposal.to_seller != to_seller {
				return Err(Error::ProposalChanged);
			}
			order.state = State::Split;
			self.split(id, order, to_seller, SplitBy::Agreement)?;
			self.record_caller(caller);
			Ok(())
		}

		/// Pays the caller's organisation what it is credited, to the caller: an admin
		/// account of an active organisation (never a device or a key removed from it),
		/// or, while the organisation is suspended (or no longer registered), its account
		/// of record, for its exit: on chain no account of a suspended organisation is a
		/// member, so nobody else could.
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

		/// An order, proposed, open or closed (a lapsed dispute reads as `Open`).
		#[ink(message)]
		pub fn order(&self, id: OrderId) -> Option<Order> {
			self.load(id).ok()
		}

		/// Whether the goods of an accepted order have reached the buyer's organisation
		/// (or were seen to have). `Err(HistoryUnread)`: call `record_delivery` first.
		#[ink(message)]
		pub fn is_delivered(&self, id: OrderId) -> Result<bool> {
			let mut order = self.load(id)?;
			self.delivered(&mut order)
		}

		/// The accepted, unfinished order of a part or lot paid on `paid_on`, if any.
		#[ink(message)]
		pub fn order_for(&self, goods: Goods, paid_on: PaidOn) -> Option<OrderId> {
			self.order_of.get((goods, paid_on))
		}

		/// What an organisation may withdraw.
		#[ink(message)]
		pub fn credit(&self, participant: ParticipantId) -> Balance {
			self.credits.get(participant).unwrap_or(0)
		}

		/// What all unfinished orders hold plus every organisation's credit: the
		/// contract's balance (more only if someone transferred to it directly).
		#[ink(message)]
		pub fn owed(&self) -> Balance {
			self.owed
		}

		/// The number of orders opened so far.
		#[ink(message)]
		pub fn order_count(&self) -> OrderId {
			self.next_order
		}

		/// An order as it stands now: a dispute past its period has lapsed.
		fn load(&self, id: OrderId) -> Result<Order> {
			let mut order = self.orders.get(id).ok_or(Error::NoSuchOrder)?;
			let now = self.env().block_number();
			if order.state == State::Disputed && order.dispute_ends.is_some_and(|e| e <= now) {
				order.state = State::Open;
				order.disputed_by = None;
			}
			Ok(order)
		}

		fn order_in(&self, id: OrderId, states: &[State]) -> Result<Order> {
			let order = self.load(id)?;
			if !states.contains(&order.state) {
				return Err(Error::NotOpen);
			}
			Ok(order)
		}

		fn open_order(&self, id: OrderId) -> Result<Order> {
			self.order_in(id, &[State::Open])
		}

		/// A disputed order whose dispute period is not over.
		fn disputed_order(&self, id: OrderId) -> Result<Order> {
			let order = self.orders.get(id).ok_or(Error::NoSuchOrder)?;
			if order.state != State::Disputed {
				return Err(Error::NotDisputed);
			}
			if order.dispute_ends.is_some_and(|e| e <= self.env().block_number()) {
				return Err(Error::DisputeLapsed);
			}
			Ok(order)
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

		/// Makes the caller, which acted for `organisation` (active now), its account of
		/// record.
		fn record_caller(&mut self, organisation: ParticipantId) {
			self.accounts.record(organisation, self.env().caller());
		}

		/// The caller, an account of the buyer's organisation now: the organisation.
		fn ensure_buyer(&self, order: &Order) -> Result<ParticipantId> {
			let org = self.acting_org(self.env().caller())?;
			(org == order.buyer_org).then_some(org).ok_or(Error::NotBuyer)
		}

		/// The party organisation the caller acts for.
		fn ensure_party(&self, order: &Order) -> Result<ParticipantId> {
			let org = self.acting_org(self.env().caller())?;
			(org == order.buyer_org || org == order.seller_org)
				.then_some(org)
				.ok_or(Error::NotParty)
		}

		/// Neither the arbiter nor the oracle is a party or an account of a party's
		/// organisation.
		fn ensure_independent(&self, order: &Order) -> Result<()> {
			self.ensure_not_party(order, order.arbiter, Error::ArbiterIsParty)?;
			self.ensure_not_party(order, order.oracle, Error::OracleIsParty)
		}

		/// `who` (the arbiter or the oracle) is neither party nor an account of a party's
		/// organisation now (it may have joined one since the order was opened): else
		/// `error`.
		fn ensure_not_party(
			&self,
			order: &Order,
			who: Option<AccountId>,
			error: Error,
		) -> Result<()> {
			let Some(who) = who else { return Ok(()) };
			let is_party = |o: ParticipantId| o == order.buyer_org || o == order.seller_org;
			let party = who == order.buyer
				|| who == order.seller
				|| match self.member(who) {
					Ok(m) => is_party(m.participant),
					// No member: of no organisation, or of a suspended one, which the chain
					// does not tell. Independent only if it is not on record for a party
					// and neither party's organisation is suspended (or gone).
					Err(Error::NotAMember) => {
						self.accounts.recorded_for(who).is_some_and(is_party)
							|| suspended_or_gone(order.buyer_org)?
							|| suspended_or_gone(order.seller_org)?
					},
					Err(e) => return Err(e),
				};
			if party {
				return Err(error);
			}
			Ok(())
		}

		/// Zero, or at least the existential deposit.
		fn ensure_payable(&self, amount: Balance) -> Result<()> {
			(amount == 0 || amount >= self.env().minimum_balance())
				.then_some(())
				.ok_or(Error::BelowMinimum)
		}

		fn check_milestones(&self, milestones: &[Balance], amount: Balance) -> Result<()> {
			if milestones.is_empty() {
				return Ok(());
			}
			if milestones.len() > MAX_MILESTONES {
				return Err(Error::BadMilestones);
			}
			let mut total: Balance = 0;
			for share in milestones {
				if *share == 0 || *share < self.env().minimum_balance() {
					return Err(Error::BadMilestones);
				}
				total = total.checked_add(*share).ok_or(Error::BadMilestones)?;
			}
			(total == amount).then_some(()).ok_or(Error::BadMilestones)
		}

		/// Whether the goods of an accepted order have reached the buyer's organisation
		/// (as `paid_on` says): seen before (stored), held by it now, or received by it
		/// since the order was proposed (read on in their history, at most
		/// [`MAX_HISTORY_READS`] times). Found, it is stored in `order` (kept if the caller
		/// writes the order). A proposal is delivered to nobody. An error only if the
		/// history itself cannot be read (what holds the goods now is only a shortcut:
		/// [`holds`](Self::holds)).
		fn delivered(&self, order: &mut Order) -> Result<bool> {
			if order.delivered_at.is_some() {
				return Ok(true);
			}
			if order.state == State::Proposed {
				return Ok(false);
			}
			if !self.holds(order)? && !self.find_receipt(order)? {
				return Ok(false);
			}
			order.delivered_at = Some(self.env().block_number());
			Ok(true)
		}

		/// Reads on in the goods' history for the buyer's receipt, at most
		/// [`MAX_HISTORY_READS`] times: found or not (read to the end), else
		/// `HistoryUnread`.
		fn find_receipt(&self, order: &mut Order) -> Result<bool> {
			for _ in 0..MAX_HISTORY_READS {
				if let Some(found) = self.read_on(order)? {
					return Ok(found);
				}
			}
			Err(Error::HistoryUnread)
		}

		/// The length of the goods' history now.
		fn history_end(&self, order: &Order) -> Result<RecordIndex> {
			Ok(self.receipt(order, RecordIndex::MAX, 0)?.next)
		}

		/// Reads on in the goods' history for the buyer's receipt from `history_from`
		/// (moved on past what was read): `Some(true)` found, `Some(false)` read to the
		/// end without it, `None` more to read.
		fn read_on(&self, order: &mut Order) -> Result<Option<bool>> {
			let from = order.history_from;
			let read = self.receipt(order, from, MAX_RECEIPT_SCAN)?;
			order.history_from = read.next;
			Ok(match read.found {
				Some(_) => Some(true),
				None if read.next.saturating_sub(from) < MAX_RECEIPT_SCAN => Some(false),
				None => None,
			})
		}

		fn receipt(
			&self,
			order: &Order,
			from: RecordIndex,
			limit: u32,
		) -> Result<amchain_ink::Receipt> {
			Ok(self.env().extension().receipt(
				order.goods.item(),
				order.paid_on.handover(),
				order.buyer_org,
				from,
				limit,
			)?)
		}

		/// Whether the buyer's organisation holds the goods now, as `paid_on` says. A part
		/// installed in an assembly is held by nobody as the order's goods: the chain
		/// reports the assembly's holders, whose hand-over the part's history does not
		/// show (RT-1).
		///
		/// Only a shortcut before the goods' history is read: if the chain cannot say what
		/// it holds now (an error, or a newer runtime's part status this code cannot
		/// decode), the answer is "not held", and the receipt on record decides. Else a
		/// buyer that took the goods and, in the same block, moved them into such a status
		/// would hide its receipt and be refunded after the grace (red team, item 20).
		fn holds(&self, order: &Order) -> Result<bool> {
			let goods_now = match self.holders_of(order) {
				Ok(goods_now) => goods_now,
				Err(Error::Extension(_)) => return Ok(false),
				Err(e) => return Err(e),
			};
			Ok(!goods_now.installed && goods_now.holder == order.buyer_org)
		}

		/// What the chain says of the goods now.
		fn holders_of(&self, order: &Order) -> Result<GoodsNow> {
			let (owner, custodian, installed, retired) = match order.goods {
				Goods::Part(part) => {
					let p = self.env().extension().part(part)?;
					let retired = !matches!(p.status, PartStatus::Active | PartStatus::Installed);
					(p.owner, p.custodian, p.installed_in.is_some(), retired)
				},
				Goods::Lot(lot) => {
					let l = self.env().extension().lot(lot)?;
					(l.owner, l.custodian, false, l.remaining == 0)
				},
			};
			let holder = match order.paid_on {
				PaidOn::Ownership => owner,
				PaidOn::Custody => custodian,
			};
			Ok(GoodsNow { holder, owner, custodian, installed, retired })
		}

		fn release_all(&mut self, id: OrderId, order: &mut Order) -> Result<()> {
			let held = order.held()?;
			order.released = order.released.checked_add(held).ok_or(Error::Overflow)?;
			order.milestones_done = order.milestones.len() as u32;
			order.state = State::Released;
			self.pay(id, order, order.seller_org, held)?;
			self.env().emit_event(Released { order: id, amount: held, milestone: None });
			Ok(())
		}

		/// Whether `refund` may go without the chain's answer at block `now`: the chain was
		/// noted unable to answer ([`note_unanswered`](Self::note_unanswered)) and
		/// [`EXTENSION_GRACE`] has passed since that note or the deadline, whichever is
		/// later.
		fn unanswerable(&self, id: OrderId, order: &Order, now: BlockNumber) -> bool {
			self.unanswered.get(id).is_some_and(|since| {
				now >= since.max(order.deadline).saturating_add(EXTENSION_GRACE)
			})
		}

		/// Refunds what the order holds to the buyer, latching why ([`RefundCause`]). If
		/// the chain extension cannot answer and `fallback` (the goods' history answered
		/// "not delivered", or the chain was noted unable to answer and
		/// [`EXTENSION_GRACE`] has passed since the note and the deadline), the cause is the
		/// one that blames nobody.
		fn refund_all(&mut self, id: OrderId, order: &mut Order, fallback: bool) -> Result<()> {
			let cause = match self.refund_cause_now(order) {
				Err(Error::Extension(_)) if fallback => match order.state {
					State::Proposed => RefundCause::SellerUnable,
					_ => RefundCause::NotReceived,
				},
				cause => cause?,
			};
			self.refund_causes.insert(id, &cause);
			let held = order.held()?;
			order.refunded = order.refunded.checked_add(held).ok_or(Error::Overflow)?;
			order.state = State::Refunded;
			self.pay(id, order, order.buyer_org, held)?;
			self.env().emit_event(Refunded { order: id, amount: held });
			Ok(())
		}

		/// Why the order would be refunded now ([`RefundCause`]), as the chain says.
		fn refund_cause_now(&self, order: &Order) -> Result<RefundCause> {
			Ok(if order.state == State::Proposed {
				// A seller's organisation suspended (or gone) could not accept: not its
				// fault (M-1). Sampled at the refund, which anyone may call from the deadline.
				if suspended_or_gone(order.seller_org)? {
					RefundCause::SellerUnable
				} else {
					RefundCause::NeverAccepted
				}
			} else {
				let goods_now = self.holders_of(order)?;
				let seller_has = match order.paid_on {
					PaidOn::Ownership => goods_now.owner == order.seller_org,
					PaidOn::Custody => {
						goods_now.owner == order.seller_org
							|| goods_now.custodian == order.seller_org
					},
				};
				if seller_has && !goods_now.installed && !goods_now.retired {
					RefundCause::NotReceived
				} else {
					RefundCause::GoodsGone
				}
			})
		}

		fn split(
			&mut self,
			id: OrderId,
			mut order: Order,
			to_seller: Balance,
			by: SplitBy,
		) -> Result<()> {
			let held = order.held()?;
			let to_buyer = held.checked_sub(to_seller).ok_or(Error::ExceedsHeld)?;
			if by != SplitBy::Default {
				self.ensure_payable(to_seller)?;
				self.ensure_payable(to_buyer)?;
			}
			order.released = order.released.checked_add(to_seller).ok_or(Error::Overflow)?;
			order.refunded = order.refunded.checked_add(to_buyer).ok_or(Error::Overflow)?;
			self.pay(id, &order, order.seller_org, to_seller)?;
			self.add_credit(order.buyer_org, to_buyer)?;
			self.env().emit_event(Split { order: id, to_seller, to_buyer, by });
			Ok(())
		}

		/// Stores the order and credits `amount` of it to organisation `to`. Any change to
		/// what the order holds clears a proposed split; a closed order frees its part.
		fn pay(
			&mut self,
			id: OrderId,
			order: &Order,
			to: ParticipantId,
			amount: Balance,
		) -> Result<()> {
			let mut order = order.clone();
			if amount > 0 {
				order.proposal = None;
			}
			if order.state.is_closed() {
				order.proposal = None;
				order.disputed_by = None;
				self.unanswered.remove(id);
				let slot = (order.goods, order.paid_on);
				if self.order_of.get(slot) == Some(id) {
					self.order_of.remove(slot);
					// Where the history ends now: this order's receipts lie before it. If
					// the chain cannot say, a later order counts receipts only from its
					// acceptance on.
					let end = self.history_end(&order).unwrap_or(RecordIndex::MAX);
					self.freed_at.insert(slot, &end);
				}
			}
			self.orders.insert(id, &order);
			self.add_credit(to, amount)
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
	}
}

#[cfg(test)]
mod random;
#[cfg(test)]
mod tests;
