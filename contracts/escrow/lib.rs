//! # escrow — payment on delivery
//!
//! A buyer opens an order and funds it in the same call. The funds stay in the
//! contract until one of these ends it:
//!
//! - **delivery on chain**: once the part's custody has passed to the buyer's
//!   organisation in pallet-parts (read through the chain extension), anyone may call
//!   [`release`](Escrow::release) and the seller is paid;
//! - **confirmation**: the buyer calls [`confirm`](Escrow::confirm);
//! - **milestones** (service orders): the buyer confirms each completed step with
//!   [`complete_milestone`](Escrow::complete_milestone) and that step's share is paid;
//! - **refund**: after the deadline, if the goods were not delivered (or a condition
//!   oracle reported a breach), anyone may call [`refund`](Escrow::refund);
//! - **dispute**: buyer or seller freeze the order with [`dispute`](Escrow::dispute)
//!   and the named arbiter splits it with [`resolve`](Escrow::resolve);
//! - **agreed split**: one party proposes how much the seller gets
//!   ([`propose_split`](Escrow::propose_split)), the other accepts
//!   ([`accept_split`](Escrow::accept_split)).
//!
//! A condition oracle (a cold-chain sensor's account, say) can
//! [`report_breach`](Escrow::report_breach), which blocks automatic release; the
//! buyer may still confirm.
//!
//! The contract's balance always equals the sum of what its open orders hold
//! ([`owed`](Escrow::owed)). Every state change emits an event. The contract calls no
//! other contract; money leaves only by transfers to the buyer or seller, made after
//! the order's state is updated, and pallet-contracts refuses re-entry into a
//! contract already on the call stack (ink! never allows it).

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data (`Error::Extension`) trips: it casts the variant index to u8.
#![allow(clippy::cast_possible_truncation)]

#[ink::contract(env = amchain_ink::AmchainEnvironment)]
mod escrow {
	use amchain_ink::{ExtensionError, PartId, ParticipantId};
	use ink::{prelude::vec::Vec, storage::Mapping};

	/// An order's number, from 0.
	pub type OrderId = u64;

	/// The most milestones a service order may have.
	pub const MAX_MILESTONES: usize = 16;

	/// What is being bought.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum Goods {
		/// A serialised part registered in pallet-parts: delivery is read on chain.
		Part(PartId),
		/// A lot of material (by its pallet-parts id): released on confirmation.
		Lot(u64),
	}

	/// Where an order stands.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum State {
		/// Funded, waiting for delivery, confirmation, milestones or the deadline.
		Open,
		/// Frozen until the arbiter resolves it (or the parties agree a split).
		Disputed,
		/// Paid to the seller in full.
		Released,
		/// Paid back to the buyer (what the seller had not received).
		Refunded,
		/// Split by the arbiter.
		Resolved,
		/// Split as the parties agreed.
		Split,
	}

	/// A proposed split: how much of what the order holds goes to the seller.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Proposal {
		pub by: AccountId,
		pub to_seller: Balance,
	}

	/// One order.
	#[derive(Clone, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Order {
		pub buyer: AccountId,
		pub seller: AccountId,
		/// The buyer's organisation, whose custody of the part is delivery (part orders).
		pub buyer_participant: Option<ParticipantId>,
		pub goods: Goods,
		/// What the buyer paid in.
		pub amount: Balance,
		/// Paid out to the seller so far.
		pub released: Balance,
		/// Paid back to the buyer.
		pub refunded: Balance,
		/// From this block on, an undelivered order can be refunded.
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
		pub proposal: Option<Proposal>,
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
	}

	/// Why a message did nothing.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// No order with this id.
		NoSuchOrder,
		/// An order must be funded with more than nothing.
		ZeroAmount,
		/// The seller is the buyer.
		SellerIsBuyer,
		/// The deadline is not after the current block.
		DeadlineNotInFuture,
		/// More than `MAX_MILESTONES` milestones, a zero share, or shares that do not add
		/// up to the amount paid.
		BadMilestones,
		/// The buyer's account acts for no organisation, so delivery to it cannot be read.
		BuyerNotAMember,
		/// The buyer's organisation already holds the part.
		AlreadyDelivered,
		/// Only the buyer may do this.
		NotBuyer,
		/// Only the buyer or the seller may do this.
		NotParty,
		/// Only the order's arbiter may do this.
		NotArbiter,
		/// Only the order's condition oracle may do this.
		NotOracle,
		/// The order is not open (disputed or closed).
		NotOpen,
		/// The order is not disputed.
		NotDisputed,
		/// The order names no arbiter, so it cannot be disputed.
		NoArbiter,
		/// The part's custody has not reached the buyer.
		NotDelivered,
		/// The part was delivered: the seller is owed, no refund.
		Delivered,
		/// The oracle reported a breach: no automatic release.
		Breached,
		/// The deadline has not passed.
		DeadlineNotReached,
		/// A service order is paid per milestone, not on delivery.
		ServiceOrder,
		/// A goods order has no milestones.
		NoMilestones,
		/// More than the order holds.
		ExceedsHeld,
		/// No split was proposed.
		NoProposal,
		/// The other party must accept a proposal.
		OwnProposal,
		/// The chain could not answer a query about the part or the buyer.
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
	pub struct Opened {
		#[ink(topic)]
		pub order: OrderId,
		#[ink(topic)]
		pub buyer: AccountId,
		#[ink(topic)]
		pub seller: AccountId,
		pub goods: Goods,
		pub amount: Balance,
		pub deadline: BlockNumber,
	}

	/// Paid to the seller (`milestone`: the step, for service orders).
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

	#[ink(event)]
	pub struct Refunded {
		#[ink(topic)]
		pub order: OrderId,
		pub amount: Balance,
	}

	#[ink(event)]
	pub struct Disputed {
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

	/// The order was split (by the arbiter, or as the parties agreed).
	#[ink(event)]
	pub struct Split {
		#[ink(topic)]
		pub order: OrderId,
		pub to_seller: Balance,
		pub to_buyer: Balance,
		pub by_arbiter: bool,
	}

	#[ink(storage)]
	#[derive(Default)]
	pub struct Escrow {
		orders: Mapping<OrderId, Order>,
		next_order: OrderId,
		/// What all orders hold together: the contract's balance.
		owed: Balance,
	}

	impl Escrow {
		#[ink(constructor)]
		pub fn new() -> Self {
			Self::default()
		}

		/// Opens an order for `goods` from `seller`, funded with the value sent. Delivery
		/// of a part is its custody reaching the buyer's organisation before `deadline`
		/// (a block number). `milestones`: for a service order, the share paid per
		/// completed step (adding up to the value sent); empty for goods.
		#[ink(message, payable)]
		pub fn open(
			&mut self,
			seller: AccountId,
			goods: Goods,
			deadline: BlockNumber,
			arbiter: Option<AccountId>,
			oracle: Option<AccountId>,
			milestones: Vec<Balance>,
		) -> Result<OrderId> {
			let buyer = self.env().caller();
			let amount = self.env().transferred_value();
			if amount == 0 {
				return Err(Error::ZeroAmount);
			}
			if seller == buyer {
				return Err(Error::SellerIsBuyer);
			}
			if deadline <= self.env().block_number() {
				return Err(Error::DeadlineNotInFuture);
			}
			if !milestones.is_empty() {
				if milestones.len() > MAX_MILESTONES {
					return Err(Error::BadMilestones);
				}
				let mut total: Balance = 0;
				for share in &milestones {
					if *share == 0 {
						return Err(Error::BadMilestones);
					}
					total = total.checked_add(*share).ok_or(Error::BadMilestones)?;
				}
				if total != amount {
					return Err(Error::BadMilestones);
				}
			}
			let buyer_participant = match goods {
				Goods::Part(part) => {
					let member = self.env().extension().membership(buyer).map_err(|e| match e {
						ExtensionError::NotAMember => Error::BuyerNotAMember,
						e => Error::Extension(e),
					})?;
					if self.env().extension().part(part)?.custodian == member.participant {
						return Err(Error::AlreadyDelivered);
					}
					Some(member.participant)
				},
				Goods::Lot(_) => None,
			};
			let id = self.next_order;
			self.next_order = id.checked_add(1).ok_or(Error::Overflow)?;
			self.owed = self.owed.checked_add(amount).ok_or(Error::Overflow)?;
			self.orders.insert(
				id,
				&Order {
					buyer,
					seller,
					buyer_participant,
					goods,
					amount,
					released: 0,
					refunded: 0,
					deadline,
					arbiter,
					oracle,
					milestones,
					milestones_done: 0,
					breached: false,
					proposal: None,
					state: State::Open,
				},
			);
			self.env().emit_event(Opened { order: id, buyer, seller, goods, amount, deadline });
			Ok(id)
		}

		/// Pays the seller once the part's custody has reached the buyer's organisation on
		/// chain. Anyone may call it (a keeper, the seller, the buyer's wallet).
		#[ink(message)]
		pub fn release(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			if !order.milestones.is_empty() {
				return Err(Error::ServiceOrder);
			}
			if order.breached {
				return Err(Error::Breached);
			}
			if !self.delivered(&order)? {
				return Err(Error::NotDelivered);
			}
			self.release_all(id, &mut order)
		}

		/// The buyer confirms receipt: everything the order holds goes to the seller.
		#[ink(message)]
		pub fn confirm(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			self.ensure_buyer(&order)?;
			self.release_all(id, &mut order)
		}

		/// The buyer confirms the next milestone of a service order: its share is paid.
		#[ink(message)]
		pub fn complete_milestone(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			self.ensure_buyer(&order)?;
			if order.milestones.is_empty() {
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
			self.pay_out(id, &order, order.seller, share)?;
			self.env().emit_event(Released { order: id, amount: share, milestone: Some(step) });
			Ok(())
		}

		/// The condition oracle reports that the goods' conditions were breached: the order
		/// will not be released automatically.
		#[ink(message)]
		pub fn report_breach(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			if order.oracle != Some(self.env().caller()) {
				return Err(Error::NotOracle);
			}
			order.breached = true;
			self.orders.insert(id, &order);
			self.env().emit_event(BreachReported { order: id });
			Ok(())
		}

		/// After the deadline, if the part did not reach the buyer (or a breach was
		/// reported), what the order holds goes back to the buyer. Anyone may call it.
		#[ink(message)]
		pub fn refund(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			if self.env().block_number() < order.deadline {
				return Err(Error::DeadlineNotReached);
			}
			if !order.breached && self.delivered(&order)? {
				return Err(Error::Delivered);
			}
			let held = order.held()?;
			order.refunded = order.refunded.checked_add(held).ok_or(Error::Overflow)?;
			order.state = State::Refunded;
			self.pay_out(id, &order, order.buyer, held)?;
			self.env().emit_event(Refunded { order: id, amount: held });
			Ok(())
		}

		/// Buyer or seller freezes the order until its arbiter resolves it.
		#[ink(message)]
		pub fn dispute(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.open_order(id)?;
			let by = self.ensure_party(&order)?;
			if order.arbiter.is_none() {
				return Err(Error::NoArbiter);
			}
			order.state = State::Disputed;
			self.orders.insert(id, &order);
			self.env().emit_event(Disputed { order: id, by });
			Ok(())
		}

		/// The arbiter ends a dispute: `to_seller` of what the order holds goes to the
		/// seller, the rest to the buyer.
		#[ink(message)]
		pub fn resolve(&mut self, id: OrderId, to_seller: Balance) -> Result<()> {
			let mut order = self.order_in(id, &[State::Disputed]).map_err(|e| match e {
				Error::NotOpen => Error::NotDisputed,
				e => e,
			})?;
			if order.arbiter != Some(self.env().caller()) {
				return Err(Error::NotArbiter);
			}
			order.state = State::Resolved;
			self.split(id, order, to_seller, true)
		}

		/// Buyer or seller proposes that `to_seller` of what the order holds goes to the
		/// seller and the rest back to the buyer (open or disputed orders). Replaces an
		/// earlier proposal.
		#[ink(message)]
		pub fn propose_split(&mut self, id: OrderId, to_seller: Balance) -> Result<()> {
			let mut order = self.order_in(id, &[State::Open, State::Disputed])?;
			let by = self.ensure_party(&order)?;
			if to_seller > order.held()? {
				return Err(Error::ExceedsHeld);
			}
			order.proposal = Some(Proposal { by, to_seller });
			self.orders.insert(id, &order);
			self.env().emit_event(SplitProposed { order: id, by, to_seller });
			Ok(())
		}

		/// The other party accepts the proposed split; the order is paid out and closed.
		#[ink(message)]
		pub fn accept_split(&mut self, id: OrderId) -> Result<()> {
			let mut order = self.order_in(id, &[State::Open, State::Disputed])?;
			let caller = self.ensure_party(&order)?;
			let proposal = order.proposal.ok_or(Error::NoProposal)?;
			if proposal.by == caller {
				return Err(Error::OwnProposal);
			}
			order.state = State::Split;
			self.split(id, order, proposal.to_seller, false)
		}

		/// An order, open or closed.
		#[ink(message)]
		pub fn order(&self, id: OrderId) -> Option<Order> {
			self.orders.get(id)
		}

		/// Whether the part of an order has reached the buyer's organisation.
		#[ink(message)]
		pub fn is_delivered(&self, id: OrderId) -> Result<bool> {
			let order = self.orders.get(id).ok_or(Error::NoSuchOrder)?;
			self.delivered(&order)
		}

		/// What all orders hold together; always the contract's balance.
		#[ink(message)]
		pub fn owed(&self) -> Balance {
			self.owed
		}

		/// The number of orders opened so far.
		#[ink(message)]
		pub fn order_count(&self) -> OrderId {
			self.next_order
		}

		fn order_in(&self, id: OrderId, states: &[State]) -> Result<Order> {
			let order = self.orders.get(id).ok_or(Error::NoSuchOrder)?;
			if !states.contains(&order.state) {
				return Err(Error::NotOpen);
			}
			Ok(order)
		}

		fn open_order(&self, id: OrderId) -> Result<Order> {
			self.order_in(id, &[State::Open])
		}

		fn ensure_buyer(&self, order: &Order) -> Result<()> {
			(self.env().caller() == order.buyer).then_some(()).ok_or(Error::NotBuyer)
		}

		fn ensure_party(&self, order: &Order) -> Result<AccountId> {
			let caller = self.env().caller();
			(caller == order.buyer || caller == order.seller)
				.then_some(caller)
				.ok_or(Error::NotParty)
		}

		/// Whether the custody of the order's part is with the buyer's organisation.
		fn delivered(&self, order: &Order) -> Result<bool> {
			match (order.goods, order.buyer_participant) {
				(Goods::Part(part), Some(buyer)) => {
					Ok(self.env().extension().part(part)?.custodian == buyer)
				},
				_ => Ok(false),
			}
		}

		fn release_all(&mut self, id: OrderId, order: &mut Order) -> Result<()> {
			let held = order.held()?;
			order.released = order.released.checked_add(held).ok_or(Error::Overflow)?;
			order.milestones_done = order.milestones.len() as u32;
			order.state = State::Released;
			self.pay_out(id, order, order.seller, held)?;
			self.env().emit_event(Released { order: id, amount: held, milestone: None });
			Ok(())
		}

		fn split(
			&mut self,
			id: OrderId,
			mut order: Order,
			to_seller: Balance,
			by_arbiter: bool,
		) -> Result<()> {
			let held = order.held()?;
			let to_buyer = held.checked_sub(to_seller).ok_or(Error::ExceedsHeld)?;
			order.released = order.released.checked_add(to_seller).ok_or(Error::Overflow)?;
			order.refunded = order.refunded.checked_add(to_buyer).ok_or(Error::Overflow)?;
			order.proposal = None;
			self.pay_out(id, &order, order.seller, to_seller)?;
			self.transfer(order.buyer, to_buyer)?;
			self.env().emit_event(Split { order: id, to_seller, to_buyer, by_arbiter });
			Ok(())
		}

		/// Stores the order and sends `amount` of it to `to` (the state is written first).
		fn pay_out(
			&mut self,
			id: OrderId,
			order: &Order,
			to: AccountId,
			amount: Balance,
		) -> Result<()> {
			self.orders.insert(id, order);
			self.transfer(to, amount)
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
