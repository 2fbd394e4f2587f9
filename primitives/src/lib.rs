//! # amchain primitives
//!
//! The types every amchain crate agrees on: accounts, balances, block numbers,
//! hashes and signatures; the ids of amchain's records; the traits through which
//! pallets see each other (pallets never depend on each other's crates: the
//! runtime wires the implementations); the runtime APIs wallets query, and the
//! views they answer with, which serialize to the JSON the node's `amchain_*` methods
//! return (with `std`; see [`json`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod certifications;
pub mod collections;
pub mod cores;
#[cfg(feature = "std")]
pub mod json;
pub mod participants;
pub mod parts;
#[cfg(feature = "std")]
pub mod rpc_token;
pub mod warranties;

/// The most entries one page of a list or history holds, whatever a caller asks for
/// (runtime APIs and the node's `amchain_*` methods cap `limit` at this).
pub const MAX_PAGE: u32 = 100;

use sp_runtime::{
	generic,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};

/// A transaction signature: sr25519, ed25519 or ecdsa, as wallets choose.
pub type Signature = MultiSignature;

/// An account on chain: the public key of the signature scheme (or its hash, for ecdsa).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// A balance of the chain's native token, in its smallest unit.
pub type Balance = u128;

/// The number of transactions an account has signed.
pub type Nonce = u32;

/// A 256-bit hash (blake2b-256): block hashes, document hashes.
pub type Hash = sp_core::H256;

/// A block height.
pub type BlockNumber = u32;

/// How a transaction names its target account.
pub type Address = MultiAddress<AccountId, ()>;

/// The block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Milliseconds since the Unix epoch, as pallet-timestamp keeps it.
pub type Moment = u64;

/// The chain's native token.
pub mod currency {
	use super::Balance;

	/// Decimal places of the token (as wallets display it).
	pub const DECIMALS: u8 = 12;
	/// The token's ticker.
	pub const SYMBOL: &str = "AMC";
	/// One whole token.
	pub const UNIT: Balance = 10u128.pow(DECIMALS as u32);
	/// A thousandth of a token.
	pub const MILLI_UNIT: Balance = UNIT / 1_000;
	/// A millionth of a token.
	pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
	/// The smallest balance an account may hold and still exist.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

	/// The deposit for storing `items` entries of `bytes` bytes in total.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		(items as Balance) * 20 * MILLI_UNIT + (bytes as Balance) * 100 * MICRO_UNIT
	}
}

/// Block production.
pub mod time {
	use super::BlockNumber;

	/// The target time between blocks. Aura's slot duration; it cannot change
	/// once a chain has started.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6_000;
	/// Aura slot duration in milliseconds.
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

	/// Blocks per minute, hour and day at the target block time.
	pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
	pub const HOURS: BlockNumber = MINUTES * 60;
	pub const DAYS: BlockNumber = HOURS * 24;
}
