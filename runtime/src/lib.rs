//! # amchain runtime
//!
//! The state transition function of the amchain consortium chain: FRAME pallets
//! for accounts, consensus and fees, `pallet-contracts` for the ink! contracts
//! that hold the consortium's money flows, and amchain's own pallets for
//! certifications, parts, cores and warranties, which contracts read through the
//! chain extension of `amchain-chain-extension-runtime`.
//!
//! Layout: pallet configuration in [`configs`] split by concern, runtime APIs in
//! `apis.rs`, genesis presets in [`genesis_config_presets`].

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`'s expansion is large.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{generic, impl_opaque_keys};
use sp_version::RuntimeVersion;

pub use amchain_primitives::{
	currency::{self, EXISTENTIAL_DEPOSIT, MILLI_UNIT, UNIT},
	time::{self, SLOT_DURATION},
	AccountId, Address, Balance, BlockNumber, Hash, Header, Moment, Nonce, Signature,
};
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types that the client side needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = super::Hash;
}

impl_opaque_keys! {
	/// The keys a validator holds: Aura to author blocks, GRANDPA to finalize them.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// The runtime's version. Bump `spec_version` with every runtime change that reaches
/// a live chain, `transaction_version` when call indices or extrinsic format change.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("amchain"),
	impl_name: Cow::Borrowed("amchain-node"),
	authoring_version: 1,
	spec_version: 106,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	// 2 (spec 105): `Warranties.claim` asks an amount; `Cores.confirm_outcome` is new.
	transaction_version: 2,
	system_version: 1,
};

/// The block type as the runtime sees it.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The checks every signed transaction passes, in order. Wallets (polkadot.js,
/// subxt) read this list from the metadata.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	// First, so that a stranger's transaction on a members-only chain is refused for
	// what it is, before nonce or fees are looked at.
	pallet_consortium::CheckMember<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as submitted to the chain.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// A system event with its phase and topics, as pallet-contracts reports events of a dry run.
pub type EventRecord = frame_system::EventRecord<RuntimeEvent, Hash>;

/// Storage migrations run at the next runtime upgrade, beyond those of the pallets. Each
/// runs once, guarded by its pallet's storage version; `node/tests/upgrade.rs` upgrades a
/// live network from the previous release (`PREVIOUS_RELEASE`) and checks them.
type Migrations = (
	// spec 101: who registered an organisation is an account or the council itself.
	pallet_certifications::migrations::v2::MigrateToV2<
		Runtime,
		configs::governance::LegacyCouncilRegistrar,
	>,
	// spec 101: a holder's live certifications apart from its history; `CertifiedUntil`.
	pallet_certifications::migrations::v3::MigrateToV3<Runtime>,
	// spec 101: the quarantined parts counted in each assembly.
	pallet_parts::migrations::v2::MigrateToV2<Runtime>,
	// the batches installed in each assembly (a batch recall holds them); governance's
	// recalls marked (only governance lifts them).
	pallet_parts::migrations::v3::MigrateToV3<Runtime>,
	// spec 104: anchors keyed by collection, anchoring organisation and hash.
	pallet_collections::migrations::v2::MigrateToV2<Runtime>,
	// spec 104: core deposits wait for the part's delivery (existing ones grandfathered).
	pallet_cores::migrations::v2::MigrateToV2<Runtime>,
	// spec 105: claims ask an amount (the reserve's floor) and have a response deadline.
	pallet_warranties::migrations::v2::MigrateToV2<Runtime>,
);

/// Dispatches extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System and consensus: 0..=9.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	// The council's validator set, handed to pallet-session, which rotates the Aura and
	// GRANDPA authority sets: declared before them so that each session's new set is in
	// place before Aura reads it.
	#[runtime::pallet_index(4)]
	pub type Consortium = pallet_consortium;
	#[runtime::pallet_index(5)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	// The consortium's well-known nodes: only they (and connections their owners add)
	// can peer.
	#[runtime::pallet_index(6)]
	pub type NodeAuthorization = pallet_node_authorization;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	// Money: 10..=19.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;
	/// The consortium's currencies, issued by its banks (`configs::currencies`).
	#[runtime::pallet_index(12)]
	pub type Assets = pallet_assets;

	// Governance and utilities: 20..=29. Sudo is for bootstrapping only; a consortium
	// chain replaces it with its council.
	#[runtime::pallet_index(20)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(21)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(22)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(23)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(24)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(25)]
	pub type Proxy = pallet_proxy;

	// Smart contracts: 40..=49.
	#[runtime::pallet_index(40)]
	pub type Contracts = pallet_contracts;

	// Manufacturing records: 50..=69.
	#[runtime::pallet_index(50)]
	pub type Certifications = pallet_certifications;
	#[runtime::pallet_index(51)]
	pub type Parts = pallet_parts;
	#[runtime::pallet_index(52)]
	pub type Cores = pallet_cores;
	#[runtime::pallet_index(53)]
	pub type Warranties = pallet_warranties;
	/// Private data collections: who shares confidential payloads off chain, and the
	/// salted hashes that anchor them (issue 23 item 3).
	#[runtime::pallet_index(54)]
	pub type Collections = pallet_collections;
}
