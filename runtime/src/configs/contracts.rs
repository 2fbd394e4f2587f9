//! pallet-contracts, configured for ink! 5.1 contracts.
//!
//! Contracts hold the consortium's money flows. They see amchain's pallets only
//! through the read-only chain extension (`amchain-chain-extension-runtime`). The only
//! runtime calls they may dispatch (`call_runtime`) move the consortium's currencies
//! from their own account: transfers, and pulling what a payer approved
//! ([`ContractCurrencyCalls`](super::currencies::ContractCurrencyCalls)).

use frame_support::{
	parameter_types,
	traits::{ConstBool, ConstU32, Randomness},
};
use frame_system::{pallet_prelude::BlockNumberFor, EnsureSigned};
use sp_core::H256;
use sp_runtime::{traits::Hash as _, Perbill};

#[cfg(feature = "runtime-benchmarks")]
use crate::Cores;
use crate::{
	currency::deposit, Balance, Balances, Certifications, Parts, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeHoldReason, Timestamp, Warranties,
};

parameter_types! {
	/// Storage a contract holds costs a deposit, paid by the caller that grows it and
	/// refunded when the storage is freed: per item and per byte.
	pub const DepositPerItem: Balance = deposit(1, 0);
	pub const DepositPerByte: Balance = deposit(0, 1);
	/// The deposit limit of a dry run or call that names none.
	pub const DefaultDepositLimit: Balance = deposit(1024, 1024 * 1024);
	/// Share of a code upload's deposit that is locked while contracts use the code.
	pub const CodeHashLockupDepositPercent: Perbill = Perbill::from_percent(30);
	/// Execution limits and host-function costs: the pallet's benchmarked defaults, but
	/// values (storage items, call data) of at most 8 KiB. amchain nodes use ParityDB,
	/// whose cheap writes let a block hold more storage writes than with RocksDB's
	/// weights; with 16 KiB values a block full of contract writes could exceed the
	/// memory pallet-contracts budgets for it (its integrity test checks this).
	pub Schedule: pallet_contracts::Schedule<Runtime> = pallet_contracts::Schedule {
		limits: pallet_contracts::Limits { payload_len: 8 * 1024, ..Default::default() },
		..Default::default()
	};
}

/// The seed pallet-contracts offers the deprecated `seal_random`: derived from the
/// parent block hash, so predictable to block authors. ink! 5 does not expose it;
/// amchain's contracts never rely on it.
pub struct ParentHashRandomness;

impl Randomness<H256, BlockNumberFor<Runtime>> for ParentHashRandomness {
	fn random(subject: &[u8]) -> (H256, BlockNumberFor<Runtime>) {
		let parent = frame_system::Pallet::<Runtime>::parent_hash();
		let seed = sp_runtime::traits::BlakeTwo256::hash_of(&(subject, parent));
		let known_since = frame_system::Pallet::<Runtime>::block_number().saturating_sub(1);
		(seed, known_since)
	}
}

impl pallet_contracts::Config for Runtime {
	type Time = Timestamp;
	type Randomness = ParentHashRandomness;
	type Currency = Balances;
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Contracts dispatch only currency transfers from their own account (native money
	/// moves by contract transfers; records are read through the chain extension).
	type CallFilter = super::currencies::ContractCurrencyCalls;
	type WeightPrice = pallet_transaction_payment::Pallet<Self>;
	type WeightInfo = pallet_contracts::weights::SubstrateWeight<Self>;
	/// Read-only queries of parts, participants, certifications and warranties.
	type ChainExtension = amchain_chain_extension_runtime::AmchainExtension<Self>;
	type Schedule = Schedule;
	/// Up to five nested contract calls.
	type CallStack = [pallet_contracts::Frame<Self>; 5];
	type DepositPerByte = DepositPerByte;
	type DefaultDepositLimit = DefaultDepositLimit;
	type DepositPerItem = DepositPerItem;
	type CodeHashLockupDepositPercent = CodeHashLockupDepositPercent;
	type AddressGenerator = pallet_contracts::DefaultAddressGenerator;
	type MaxCodeLen = ConstU32<{ 123 * 1024 }>;
	type MaxStorageKeyLen = ConstU32<128>;
	type MaxTransientStorageSize = ConstU32<{ 1024 * 1024 }>;
	type MaxDelegateDependencies = ConstU32<32>;
	type UnsafeUnstableInterface = ConstBool<false>;
	type MaxDebugBufferLen = ConstU32<{ 2 * 1024 * 1024 }>;
	/// Any signed account may upload code and instantiate contracts (suppliers deploy
	/// their own). A consortium chain restricts signers to its members as a whole.
	type UploadOrigin = EnsureSigned<Self::AccountId>;
	type InstantiateOrigin = EnsureSigned<Self::AccountId>;
	type Migrations = ();
	type Debug = ();
	type Environment = ();
	type ApiVersion = ();
	type Xcm = ();
}

impl amchain_chain_extension_runtime::Config for Runtime {
	type Participants = Certifications;
	type Certifications = Certifications;
	type Parts = Parts;
	type Warranties = Warranties;
	type MaxCertificationsPerHolder =
		<Runtime as pallet_certifications::Config>::MaxCertificationsPerHolder;
	/// The account `Consortium.as_governor` acts as: contracts let it replace their code.
	type Governor = super::governance::ContractsGovernor;
	type WeightInfo = amchain_chain_extension_runtime::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type TrustHelper = Certifications;
	#[cfg(feature = "runtime-benchmarks")]
	type PartsHelper = Parts;
	#[cfg(feature = "runtime-benchmarks")]
	type LivesHelper = Cores;
	#[cfg(feature = "runtime-benchmarks")]
	type WarrantiesHelper = Warranties;
}
