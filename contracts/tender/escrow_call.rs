//! The tender's three calls into the escrow contract, by selector (no crate dependency on
//! escrow), and the copies of escrow's types they carry: the same SCALE encoding as
//! escrow's own (`tests.rs` checks it against escrow's types).
//!
//! Unit tests cannot make cross-contract calls (ink! 5's off-chain environment does not
//! execute them), so under `cfg(test)` the three functions are answered by [`fake`], a
//! recorded stand-in that moves the price as the call would; everything around the calls
//! is the contract's own code, tested as it runs on chain.

use amchain_ink::{AccountId, BlockNumber, LotId, PartId};
#[cfg(not(test))]
use amchain_ink::{AmchainEnvironment, Balance};
use ink::env::call::{ExecutionInput, Selector};

#[cfg(not(test))]
use crate::tender::Error;

/// An escrow order's number.
pub type OrderId = u64;

/// Escrow's `MAX_ORDER_TERM`: the furthest an order's deadline may lie ahead of the block
/// it is opened in (a year of 6-second blocks); escrow refuses a later one
/// (`DeadlineTooFar`). `tests.rs` checks it against escrow's own.
pub const MAX_ORDER_TERM: amchain_ink::BlockNumber = 365 * 14_400;

/// What is being bought, as escrow's `Goods` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum Goods {
	/// A serialised part.
	Part(PartId),
	/// A whole lot of material.
	Lot(LotId),
}

/// Which hand-over of the goods to the buyer's organisation is delivery, as escrow's
/// `PaidOn`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
pub enum PaidOn {
	/// The buyer's physical receipt of the goods.
	Custody,
	/// The buyer takes title.
	Ownership,
}

/// Where an escrow order stands, as escrow's `State` (same variants, same order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum EscrowState {
	/// Accepted and funded, waiting for delivery or the deadline.
	Open,
	/// Frozen by a dispute.
	Disputed,
	/// Paid to the seller in full.
	Released,
	/// Paid back to the buyer: not accepted, or not delivered, by the deadline.
	Refunded,
	/// Split by the arbiter.
	Resolved,
	/// Split as the parties agreed.
	Split,
	/// Waiting for the seller's acceptance.
	Proposed,
	/// Withdrawn by the buyer before acceptance (not possible for an order opened with
	/// `open_for`).
	Cancelled,
}

/// Why escrow refunded an order, as escrow's `RefundCause` (same variants, same order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[ink::scale_derive(Encode, Decode, TypeInfo)]
pub enum RefundCause {
	/// The seller never accepted the order.
	NeverAccepted,
	/// The seller accepted, and no longer had the goods (or had installed the part) when
	/// the order was refunded.
	GoodsGone,
	/// The seller accepted and still had the goods; the buyer never took the hand-over.
	NotReceived,
	/// The seller never accepted, and was suspended (or no longer registered) when the
	/// order was refunded: it could not.
	SellerUnable,
}

/// The index of `Extension(ExtensionError)` in escrow's `Error`: its one variant with
/// data.
pub const ESCROW_EXTENSION_ERROR: u8 = 39;

/// Escrow's `Error` as the tender reads it: the variant's index (the extension error
/// inside `Extension` is read and dropped, so the answer decodes in full).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refusal(pub u8);

impl ink::scale::Decode for Refusal {
	fn decode<I: ink::scale::Input>(input: &mut I) -> Result<Self, ink::scale::Error> {
		let index = input.read_byte()?;
		if index == ESCROW_EXTENSION_ERROR {
			<amchain_ink::ExtensionError as ink::scale::Decode>::decode(input)?;
		}
		Ok(Refusal(index))
	}
}

/// The input of escrow's `open_for(buyer, seller, goods, paid_on, deadline)`: its
/// selector, then the arguments (`tests.rs` checks the bytes against escrow's own call
/// builder).
pub fn open_for_input(
	(buyer, seller, goods, paid_on, deadline): (AccountId, AccountId, Goods, PaidOn, BlockNumber),
) -> ExecutionInput<impl ink::scale::Encode> {
	ExecutionInput::new(Selector::new(ink::selector_bytes!("open_for")))
		.push_arg(buyer)
		.push_arg(seller)
		.push_arg(goods)
		.push_arg(paid_on)
		.push_arg(deadline)
}

/// The input of escrow's `order_state(order)`.
pub fn order_state_input(order: OrderId) -> ExecutionInput<impl ink::scale::Encode> {
	ExecutionInput::new(Selector::new(ink::selector_bytes!("order_state"))).push_arg(order)
}

/// The input of escrow's `refund_cause(order)`.
pub fn refund_cause_input(order: OrderId) -> ExecutionInput<impl ink::scale::Encode> {
	ExecutionInput::new(Selector::new(ink::selector_bytes!("refund_cause"))).push_arg(order)
}

/// Calls escrow's `open_for(buyer, seller, goods, paid_on, deadline)` at `escrow`,
/// paying `price` in: the new order's id, or why not.
#[cfg(not(test))]
pub fn open_for(
	escrow: AccountId,
	price: Balance,
	args: (AccountId, AccountId, Goods, PaidOn, BlockNumber),
) -> Result<OrderId, Error> {
	use ink::env::call::build_call;
	let answer = build_call::<AmchainEnvironment>()
		.call(escrow)
		.transferred_value(price)
		.exec_input(open_for_input(args))
		.returns::<Result<OrderId, Refusal>>()
		.try_invoke();
	match answer {
		Ok(Ok(Ok(order))) => Ok(order),
		Ok(Ok(Err(Refusal(index)))) => Err(Error::Escrow(index)),
		Ok(Err(_)) | Err(_) => Err(Error::EscrowCall),
	}
}

/// Calls escrow's `order_state(order)` at `escrow`.
#[cfg(not(test))]
pub fn order_state(escrow: AccountId, order: OrderId) -> Result<Option<EscrowState>, Error> {
	use ink::env::call::build_call;
	let answer = build_call::<AmchainEnvironment>()
		.call(escrow)
		.exec_input(order_state_input(order))
		.returns::<Option<EscrowState>>()
		.try_invoke();
	match answer {
		Ok(Ok(state)) => Ok(state),
		Ok(Err(_)) | Err(_) => Err(Error::EscrowCall),
	}
}

/// Calls escrow's `refund_cause(order)` at `escrow`.
#[cfg(not(test))]
pub fn refund_cause(escrow: AccountId, order: OrderId) -> Result<Option<RefundCause>, Error> {
	use ink::env::call::build_call;
	let answer = build_call::<AmchainEnvironment>()
		.call(escrow)
		.exec_input(refund_cause_input(order))
		.returns::<Option<RefundCause>>()
		.try_invoke();
	match answer {
		Ok(Ok(cause)) => Ok(cause),
		Ok(Err(_)) | Err(_) => Err(Error::EscrowCall),
	}
}

#[cfg(test)]
pub use fake::{open_for, order_state, refund_cause};

/// Test-only: escrow as the unit tests see it. Records every order opened, moves the
/// price from the tender's account to escrow's as the call would, answers each order's
/// state as the test sets it, and refuses when the test says so.
#[cfg(test)]
pub mod fake {
	use super::*;
	use crate::tender::Error;
	use amchain_ink::{AccountId, AmchainEnvironment as E, Balance, BlockNumber};
	use std::cell::RefCell;

	/// One `open_for` call.
	#[derive(Clone, Debug, PartialEq, Eq)]
	pub struct Opened {
		pub escrow: AccountId,
		pub price: Balance,
		pub buyer: AccountId,
		pub seller: AccountId,
		pub goods: Goods,
		pub paid_on: PaidOn,
		pub deadline: BlockNumber,
	}

	#[derive(Default)]
	pub struct Escrow {
		/// Every order opened, by id.
		pub opened: Vec<Opened>,
		/// Each order's state, by id (`Proposed` when opened).
		pub states: Vec<EscrowState>,
		/// Why each refunded order was refunded, by id (`None` until the test sets it).
		pub causes: Vec<Option<RefundCause>>,
		/// The next `open_for` calls fail with these, in turn (escrow's refusal reverts
		/// the call: nothing is recorded and no money moves).
		pub refuse: Vec<Error>,
	}

	thread_local! {
		static ESCROW: RefCell<Escrow> = RefCell::new(Escrow::default());
	}

	/// Reads or changes the fake.
	pub fn with<R>(f: impl FnOnce(&mut Escrow) -> R) -> R {
		ESCROW.with(|e| f(&mut e.borrow_mut()))
	}

	/// Forgets every order.
	pub fn reset() {
		with(|e| *e = Escrow::default());
	}

	pub fn open_for(
		escrow: AccountId,
		price: Balance,
		(buyer, seller, goods, paid_on, deadline): (
			AccountId,
			AccountId,
			Goods,
			PaidOn,
			BlockNumber,
		),
	) -> Result<OrderId, Error> {
		with(|e| {
			if !e.refuse.is_empty() {
				return Err(e.refuse.remove(0));
			}
			let me = ink::env::account_id::<E>();
			let ours = ink::env::balance::<E>();
			let theirs = ink::env::test::get_account_balance::<E>(escrow).unwrap_or(0);
			ink::env::test::set_account_balance::<E>(me, ours - price);
			ink::env::test::set_account_balance::<E>(escrow, theirs + price);
			e.opened.push(Opened { escrow, price, buyer, seller, goods, paid_on, deadline });
			e.states.push(EscrowState::Proposed);
			e.causes.push(None);
			Ok((e.opened.len() - 1) as OrderId)
		})
	}

	pub fn order_state(_escrow: AccountId, order: OrderId) -> Result<Option<EscrowState>, Error> {
		with(|e| Ok(e.states.get(order as usize).copied()))
	}

	pub fn refund_cause(_escrow: AccountId, order: OrderId) -> Result<Option<RefundCause>, Error> {
		with(|e| Ok(e.causes.get(order as usize).copied().flatten()))
	}

	/// Sets order `order`'s outcome: refunded for `cause`.
	pub fn refund(order: OrderId, cause: RefundCause) {
		with(|e| {
			e.states[order as usize] = EscrowState::Refunded;
			e.causes[order as usize] = Some(cause);
		})
	}
}
