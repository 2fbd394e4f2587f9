//! The runtime APIs: what the node, wallets (polkadot.js, subxt) and tools
//! (cargo-contract, try-runtime, benchmarks) call into the runtime for.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use amchain_primitives::{
	certifications::{
		CertificationId, CertificationInspector, CertificationView, ParticipantView, StandardId,
		StandardView,
	},
	collections::{AnchorView, CollectionId, CollectionView},
	cores::{ChargeId, ChargeView, CorePolicy, CoreView, LicenceView, OutcomeView},
	participants::{Membership, ParticipantId, ParticipantRegistry},
	parts::{
		HistoryPage, Item, LotId, LotView, Order, PartId, PartTypeId, PartTypeView, PartView,
		RecordIndex, TagChallenge, TagVerdict,
	},
	warranties::{ClaimId, ClaimView, WarrantyId, WarrantyView},
};

use crate::{
	configs::RuntimeBlockWeights, AccountId, Aura, Balance, Block, BlockNumber, Certifications,
	Collections, Contracts, Cores, EventRecord, Executive, Grandpa, Hash, InherentDataExt, Nonce,
	Parts, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment,
	Warranties, VERSION,
};

/// The most weight a contract dry run (`ContractsApi::call`, `::instantiate`) may use: a
/// tenth of a block (about 0.2 s of a member node's CPU), whatever the caller asks. Every
/// amchain contract message needs a small fraction of it (docs/benchmarks.md); a dry run
/// given no limit gets this one, not the whole block, so anyone who can reach a node's
/// RPC cannot make it run a block's worth of contract code per request.
pub fn dry_run_limit(requested: Option<Weight>) -> Weight {
	let cap = RuntimeBlockWeights::get().max_block / 10;
	requested.map_or(cap, |requested| requested.min(cap))
}

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			pallet_grandpa::CurrentSetId::<Runtime>::get()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// No key-ownership proofs without pallet-session history (see configs::consensus).
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	// Dry runs through this API (JSON-RPC `state_call`, `ContractsApi_call`/`_instantiate`)
	// run on the node that answers, for whoever can reach it: their weight is capped by
	// `dry_run_limit`.
	impl pallet_contracts::ContractsApi<Block, AccountId, Balance, BlockNumber, Hash, EventRecord>
		for Runtime
	{
		fn call(
			origin: AccountId,
			dest: AccountId,
			value: Balance,
			gas_limit: Option<Weight>,
			storage_deposit_limit: Option<Balance>,
			input_data: Vec<u8>,
		) -> pallet_contracts::ContractExecResult<Balance, EventRecord> {
			let gas_limit = dry_run_limit(gas_limit);
			Contracts::bare_call(
				origin,
				dest,
				value,
				gas_limit,
				storage_deposit_limit,
				input_data,
				pallet_contracts::DebugInfo::UnsafeDebug,
				pallet_contracts::CollectEvents::UnsafeCollect,
				pallet_contracts::Determinism::Enforced,
			)
		}

		fn instantiate(
			origin: AccountId,
			value: Balance,
			gas_limit: Option<Weight>,
			storage_deposit_limit: Option<Balance>,
			code: pallet_contracts::Code<Hash>,
			data: Vec<u8>,
			salt: Vec<u8>,
		) -> pallet_contracts::ContractInstantiateResult<AccountId, Balance, EventRecord> {
			let gas_limit = dry_run_limit(gas_limit);
			Contracts::bare_instantiate(
				origin,
				value,
				gas_limit,
				storage_deposit_limit,
				code,
				data,
				salt,
				pallet_contracts::DebugInfo::UnsafeDebug,
				pallet_contracts::CollectEvents::UnsafeCollect,
			)
		}

		fn upload_code(
			origin: AccountId,
			code: Vec<u8>,
			storage_deposit_limit: Option<Balance>,
			determinism: pallet_contracts::Determinism,
		) -> pallet_contracts::CodeUploadResult<Hash, Balance> {
			Contracts::bare_upload_code(origin, code, storage_deposit_limit, determinism)
		}

		fn get_storage(address: AccountId, key: Vec<u8>) -> pallet_contracts::GetStorageResult {
			Contracts::get_storage(address, key)
		}
	}

	impl amchain_primitives::certifications::CertificationsApi<Block, AccountId, BlockNumber>
		for Runtime
	{
		fn membership(who: AccountId) -> Option<Membership> {
			<Certifications as ParticipantRegistry<AccountId>>::membership(&who)
		}

		fn participant(id: ParticipantId) -> Option<ParticipantView<AccountId, BlockNumber>> {
			Certifications::participant_view(id)
		}

		fn standard(id: StandardId) -> Option<StandardView> {
			Certifications::standard_view(id)
		}

		fn certification(id: CertificationId) -> Option<CertificationView<BlockNumber>> {
			Certifications::certification_view(id)
		}

		fn certifications_of(participant: ParticipantId, standard: StandardId) -> Vec<CertificationId> {
			Certifications::certifications_of(participant, standard)
		}

		fn is_certified(participant: ParticipantId, standard: StandardId) -> bool {
			<Certifications as CertificationInspector<BlockNumber>>::is_certified(participant, standard)
		}

		fn was_certified_at(participant: ParticipantId, standard: StandardId, at: BlockNumber) -> bool {
			<Certifications as CertificationInspector<BlockNumber>>::was_certified_at(participant, standard, at)
		}

		fn remaining_capacity(id: CertificationId) -> Option<u64> {
			<Certifications as CertificationInspector<BlockNumber>>::remaining_capacity(id)
		}
	}

	#[api_version(2)]
	impl amchain_primitives::parts::PartsApi<Block, AccountId, BlockNumber> for Runtime {
		fn part_type(id: PartTypeId) -> Option<PartTypeView> {
			Parts::part_type_view(id)
		}

		fn part(id: PartId) -> Option<PartView<BlockNumber>> {
			Parts::part_view(id)
		}

		fn part_by_serial(part_type: PartTypeId, serial: Vec<u8>) -> Option<PartId> {
			Parts::part_by_serial(part_type, serial)
		}

		fn lot(id: LotId) -> Option<LotView<BlockNumber>> {
			Parts::lot_view(id)
		}

		fn history(item: Item, order: Order, from: RecordIndex, limit: u32)
			-> Option<HistoryPage<AccountId, BlockNumber>>
		{
			Parts::history(item, order, from, limit)
		}

		fn parts_of(owner: ParticipantId, after: Option<PartId>, limit: u32) -> Vec<PartId> {
			Parts::parts_of(owner, after, limit)
		}

		fn children(parent: PartId, after: Option<PartId>, limit: u32) -> Vec<PartId> {
			Parts::children_of(parent, after, limit)
		}

		fn check_tag(
			part: PartId,
			challenge: TagChallenge,
			signature: sp_runtime::MultiSignature,
		) -> TagVerdict {
			Parts::check_tag(part, &challenge, &signature)
		}

		fn recall_impact(root: Item, after: Option<PartId>, limit: u32)
			-> Option<amchain_primitives::parts::RecallImpact<BlockNumber>>
		{
			Parts::recall_impact(root, after, limit)
		}
	}

	impl amchain_primitives::cores::CoresApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn core(part: PartId) -> Option<CoreView<AccountId, Balance, BlockNumber>> {
			Cores::core_view(part)
		}

		fn policy(part_type: PartTypeId) -> Option<CorePolicy> {
			pallet_cores::Policies::<Runtime>::get(part_type)
		}

		fn licence(part_type: PartTypeId, licensee: ParticipantId) -> Option<LicenceView<BlockNumber>> {
			Cores::licence_view(part_type, licensee)
		}

		fn outcomes(part: PartId) -> Vec<OutcomeView<BlockNumber>> {
			Cores::outcome_views(part)
		}

		fn charge(id: ChargeId) -> Option<ChargeView<AccountId, Balance, BlockNumber>> {
			Cores::charge_view(id)
		}
	}

	impl amchain_primitives::warranties::WarrantiesApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn warranties_of(part: PartId, after: Option<WarrantyId>, limit: u32) -> Vec<WarrantyView<BlockNumber>> {
			Warranties::warranties_of(part, after, limit)
		}

		fn warranty(id: WarrantyId) -> Option<WarrantyView<BlockNumber>> {
			Warranties::warranty_view(id)
		}

		fn claim(id: ClaimId) -> Option<ClaimView<AccountId, Balance, BlockNumber>> {
			Warranties::claim_view(id)
		}

		fn open_claims(issuer: ParticipantId, after: Option<ClaimId>, limit: u32) -> Vec<ClaimView<AccountId, Balance, BlockNumber>> {
			Warranties::open_claims(issuer, after, limit)
		}

		fn new_warranty_term(part_type: PartTypeId) -> Option<BlockNumber> {
			pallet_warranties::NewWarrantyTerms::<Runtime>::get(part_type)
		}

		fn reserve(issuer: ParticipantId) -> Option<amchain_primitives::warranties::ReserveView<AccountId, Balance, BlockNumber>> {
			Warranties::reserve_view(issuer)
		}

		fn yardstick(part: amchain_primitives::parts::PartId) -> Option<BlockNumber> {
			Warranties::yardstick(part)
		}
	}

	impl amchain_primitives::collections::CollectionsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn collection(id: CollectionId) -> Option<CollectionView<AccountId, Balance, BlockNumber>> {
			Collections::collection_view(id)
		}

		fn anchor(
			collection: CollectionId,
			by: ParticipantId,
			hash: sp_core::H256,
		) -> Option<AnchorView<AccountId, Balance, BlockNumber>> {
			Collections::anchor_view(collection, by, hash)
		}

		fn collections_of(participant: ParticipantId, after: Option<CollectionId>, limit: u32) -> Vec<CollectionId> {
			Collections::collections_of(participant, after, limit)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use amchain_chain_extension_runtime::Extension as ChainExtensionBench;
			use baseline::Pallet as BaselineBench;
			use crate::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);

			let storage_info = AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use frame_support::traits::WhitelistedStorageKeys;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use amchain_chain_extension_runtime::Extension as ChainExtensionBench;
			use baseline::Pallet as BaselineBench;
			use sp_storage::TrackedStorageKey;
			use crate::*;

			impl frame_system_benchmarking::Config for Runtime {}
			impl baseline::Config for Runtime {}

			let whitelist: Vec<TrackedStorageKey> = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// A failing pre/post check must stop try-runtime right here, with a backtrace.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
