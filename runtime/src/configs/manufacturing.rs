//! amchain's own pallets: the consortium's shared manufacturing records.

use amchain_primitives::time::{DAYS, MINUTES};
use frame_support::traits::ConstU32;

use crate::{
	Balances, BlockNumber, Certifications, Cores, Parts, Runtime, RuntimeHoldReason, Timestamp,
	Warranties,
};
use amchain_primitives::{currency::deposit, Balance};
use codec::MaxEncodedLen;

impl pallet_certifications::Config for Runtime {
	/// Appoints registrars: root (sudo) until the consortium council takes over.
	type AdminOrigin = super::governance::AdminOrigin;
	type MaxRegistrars = ConstU32<16>;
	/// Devices are counted, not stored in a list: a factory's machines fit.
	type MaxDevicesPerParticipant = ConstU32<10_000>;
	type MaxCertificationsPerHolder = ConstU32<64>;
	type MaxNameLen = ConstU32<128>;
	type MaxCodeLen = ConstU32<32>;
	type MaxUriLen = ConstU32<256>;
	type MaxScopeLen = ConstU32<128>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// An offer stores one certification record (at most 224 bytes) and its deposit entry.
	type OfferDeposit = OfferDeposit;
	/// A retired key's proxies end and its currency roles move to the admin account now.
	type OnAccountRetired = super::delegation::RetireAccount;
	type WeightInfo = pallet_certifications::weights::SubstrateWeight<Runtime>;
}

frame_support::parameter_types! {
	/// The deposit an auditor holds for each open certification offer.
	pub const OfferDeposit: amchain_primitives::Balance = amchain_primitives::currency::deposit(2, 300);
	/// A tag challenge stays fresh for ten minutes of blocks (well below `BlockHashCount`).
	pub const ChallengeLifetime: BlockNumber = 10 * MINUTES;
	/// The recall cascades advance in every block within a tenth of its weight.
	pub MaxCascadeWeight: frame_support::weights::Weight = sp_runtime::Perbill::from_percent(10)
		* <Runtime as frame_system::Config>::BlockWeights::get().max_block;
}

impl pallet_parts::Config for Runtime {
	type Participants = Certifications;
	type Certifications = Certifications;
	type Production = Certifications;
	/// Recalls anything: root (sudo) until the consortium council takes over.
	type AdminOrigin = super::governance::AdminOrigin;
	type UnixTime = Timestamp;
	/// GS1 codes (GTIN-14, GRAI, GIAI) and material codes fit in 64 bytes.
	type MaxCodeLen = ConstU32<64>;
	type MaxUriLen = ConstU32<256>;
	/// GS1 serials are at most 20 characters; 64 leaves room for other schemes.
	type MaxSerialLen = ConstU32<64>;
	type MaxRequiredStandards = ConstU32<8>;
	type MaxChildren = ConstU32<1_000>;
	type MaxAssemblyDepth = ConstU32<8>;
	/// Distinct batches (type, certification) in one assembly; a hand-over reads each once.
	type MaxBatchesBelow = ConstU32<64>;
	type ChallengeLifetime = ChallengeLifetime;
	type MaxScansPerBlock = ConstU32<256>;
	type MaxScansPerParticipant = ConstU32<16>;
	type MaxSplitDepth = ConstU32<4>;
	type TagRequestLifetime = ConstU32<{ 7 * DAYS }>;
	/// A tenth of a block for the recall cascades, whatever else the block holds.
	type MaxCascadeWeight = MaxCascadeWeight;
	/// Service records void warranties whose issuer did not authorise the provider.
	type OnService = Warranties;
	/// A listed core's assembly is locked until its listing ends.
	type AssemblyLock = Cores;
	type WeightInfo = pallet_parts::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Certifications;
}

impl pallet_cores::Config for Runtime {
	type Participants = Certifications;
	type Certifications = Certifications;
	type Parts = Parts;
	type Lifecycle = Parts;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Accepting or cancelling releases every bid in one transaction: 32 keeps that
	/// within a small fraction of a block.
	type MaxBids = ConstU32<32>;
	/// A listing can be accepted for 30 days; then anyone may release its bids.
	type ListingTerm = ConstU32<{ 30 * DAYS }>;
	/// A core is graded at most three times in a life: the first grade and two
	/// regradings (an owner cannot shop for a grade).
	type MaxGradings = ConstU32<3>;
	type WeightInfo = pallet_cores::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type TrustHelper = Certifications;
	#[cfg(feature = "runtime-benchmarks")]
	type PartsHelper = Parts;
}

impl pallet_warranties::Config for Runtime {
	type Participants = Certifications;
	type Parts = Parts;
	type Lives = Cores;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// A repair warranty names at most 16 parts of an assembly.
	type MaxCovered = ConstU32<16>;
	/// The council rules claims an issuer left unanswered past its response time.
	type GovernanceOrigin = super::governance::AdminOrigin;
	/// An issuer has 30 days to approve or reject a claim; after them it can only approve.
	type ClaimResponseTime = ConstU32<{ 30 * DAYS }>;
	/// A reserve withdrawal completes 14 days after its announcement: holders of
	/// warranties in force have that long to claim.
	type ReserveNotice = ConstU32<{ 14 * DAYS }>;
	type WeightInfo = pallet_warranties::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type TrustHelper = Certifications;
	#[cfg(feature = "runtime-benchmarks")]
	type PartsHelper = Parts;
	#[cfg(feature = "runtime-benchmarks")]
	type LivesHelper = Cores;
}

/// The most organisations in one private data collection (pallet-collections' weights
/// count their storage writes at this bound).
pub const MAX_COLLECTION_MEMBERS: u32 = 64;

/// The bytes of one `CollectionsOf` entry: the storage prefix (32) and two
/// `Twox64Concat` keys of a `u32` (12 each).
const COLLECTIONS_OF_ENTRY: u32 = 32 + 2 * 12;

/// The bytes of one `Anchors` key: the storage prefix (32), the collection and the
/// organisation (`Twox64Concat` of a `u32`, 12 each) and a `Blake2_128Concat` `H256` (48).
const ANCHOR_KEY: u32 = 32 + 12 + 12 + 48;

frame_support::parameter_types! {
	/// A collection pays for its record at `MAX_COLLECTION_MEMBERS` members and one
	/// `CollectionsOf` entry per member, as `currency::deposit` prices state.
	pub CollectionDeposit: Balance = deposit(
		1 + MAX_COLLECTION_MEMBERS,
		pallet_collections::CollectionOf::<Runtime>::max_encoded_len() as u32 +
			MAX_COLLECTION_MEMBERS * COLLECTIONS_OF_ENTRY,
	);
	/// An anchor pays for its key and record, for as long as it stays (for good).
	pub AnchorDeposit: Balance = deposit(
		1,
		ANCHOR_KEY + pallet_collections::AnchorOf::<Runtime>::max_encoded_len() as u32,
	);
}

impl pallet_collections::Config for Runtime {
	type Participants = Certifications;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Creates and dissolves collections without consent: the council (root on a dev
	/// chain), as every amchain pallet's admin origin.
	type GovernanceOrigin = super::governance::AdminOrigin;
	type MaxMembers = ConstU32<MAX_COLLECTION_MEMBERS>;
	/// A short public name; keep it neutral (it is readable by every member).
	type MaxLabel = ConstU32<64>;
	type CollectionDeposit = CollectionDeposit;
	type AnchorDeposit = AnchorDeposit;
	/// Two weeks for every member to consent; then the proposal can only be removed.
	type ProposalLifetime = ConstU32<{ 14 * DAYS }>;
	/// A purge of 100 anchors weighs about 31 ms (74 µs, 5 reads and 4 writes each on
	/// ParityDB's weights: docs/benchmarks.md), under 2 % of a block's computation.
	type MaxAnchorsPurged = ConstU32<100>;
	type WeightInfo = pallet_collections::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type TrustHelper = Certifications;
}
