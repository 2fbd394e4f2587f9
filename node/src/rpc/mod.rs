//! The node's JSON-RPC extensions beyond Substrate's standard methods
//! (`system_*`, `chain_*`, `state_*`, `author_*`, which sc-service installs):
//! account nonces (`system_accountNextIndex`), fee queries (`payment_*`), and
//! amchain's own `amchain_*` methods over its runtime APIs.
//!
//! Every `amchain_*` method is one runtime API call of the same name (`amchain_partsOf`
//! is `PartsApi::parts_of`), answered with the runtime API's own view as JSON (the
//! views' `serde` derives in `amchain-primitives`: camelCase fields, text as text,
//! hashes as hex, balances as decimal strings). Each module below declares its methods
//! (`#[rpc(server)]`) and implements them on the one scaffold, [`RuntimeApiRpc`]:
//!
//! | module | runtime API | methods |
//! |---|---|---|
//! | [`certifications`] | `CertificationsApi` | `amchain_membership`, `amchain_participant`, `amchain_standard`, `amchain_certification`, `amchain_certificationsOf`, `amchain_isCertified`, `amchain_wasCertifiedAt`, `amchain_remainingCapacity` |
//! | [`parts`] | `PartsApi` | `amchain_partType`, `amchain_part`, `amchain_partBySerial`, `amchain_lot`, `amchain_history`, `amchain_partsOf`, `amchain_children`, `amchain_checkTag`, and `amchain_tagChallenge` (from the node's best block) |
//! | [`cores`] | `CoresApi` | `amchain_core`, `amchain_policy`, `amchain_licence`, `amchain_outcomes`, `amchain_charge` |
//! | [`verify`] | `PartsApi`, `CertificationsApi` | `amchain_verifyPart` (a part as a verifier needs it, without its holders) |
//! | [`warranties`] | `WarrantiesApi` | `amchain_warrantiesOf`, `amchain_warranty`, `amchain_claim`, `amchain_openClaims`, `amchain_newWarrantyTerm`, `amchain_warrantyYardstick`, `amchain_reserve` |
//!
//! Every method takes an optional block hash `at` (default: the best block). Unknown
//! ids answer `null`; malformed arguments are error `-32602` and a failing runtime call
//! is error [`RUNTIME_ERROR`], each with a message. Pages hold at most
//! [`MAX_PAGE`](amchain_primitives::MAX_PAGE) entries.

pub mod certifications;
pub mod cores;
pub mod parts;
pub mod verify;
pub mod warranties;

use std::{marker::PhantomData, sync::Arc};

use amchain_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned, RpcModule};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_runtime::traits::Block as BlockT;

/// The JSON-RPC error code of a failed runtime API call.
pub const RUNTIME_ERROR: i32 = 9000;

/// The JSON-RPC error code of malformed arguments (JSON-RPC 2.0's "invalid params").
pub const INVALID_PARAMS: i32 = -32602;

/// A failed runtime API call as an RPC error, with its cause.
pub(crate) fn runtime_error(e: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, "amchain runtime API call failed", Some(e.to_string()))
}

/// Malformed arguments as an RPC error that says what is wrong.
pub(crate) fn invalid(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMS, message.into(), None::<()>)
}

/// The scaffold of every `amchain_*` module: a client whose runtime APIs answer.
pub struct RuntimeApiRpc<C, Block> {
	client: Arc<C>,
	_block: PhantomData<Block>,
}

impl<C, Block> RuntimeApiRpc<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<C, Block> Clone for RuntimeApiRpc<C, Block> {
	fn clone(&self) -> Self {
		Self::new(self.client.clone())
	}
}

impl<C, Block> RuntimeApiRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
{
	/// Runs `f` against the runtime API at block `at` (default: the best block).
	pub fn call<R>(
		&self,
		at: Option<Block::Hash>,
		f: impl FnOnce(&C::Api, Block::Hash) -> Result<R, sp_api::ApiError>,
	) -> RpcResult<R> {
		let at = at.unwrap_or_else(|| self.client.info().best_hash);
		f(&self.client.runtime_api(), at).map_err(runtime_error)
	}

	/// The client itself, for what is not a runtime API call (the best header).
	pub fn client(&self) -> &C {
		&self.client
	}
}

/// What the RPC methods need from the node.
pub struct FullDeps<C, P> {
	/// The client, for state queries and runtime API calls.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// All of amchain's RPC extensions.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ amchain_primitives::certifications::CertificationsApi<Block, AccountId, BlockNumber>
		+ amchain_primitives::parts::PartsApi<Block, AccountId, BlockNumber>
		+ amchain_primitives::cores::CoresApi<Block, AccountId, Balance, BlockNumber>
		+ amchain_primitives::warranties::WarrantiesApi<Block, AccountId, Balance, BlockNumber>
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use certifications::CertificationsRpcServer;
	use cores::CoresRpcServer;
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use parts::PartsRpcServer;
	use substrate_frame_rpc_system::{System, SystemApiServer};
	use verify::VerifyRpcServer;
	use warranties::WarrantiesRpcServer;

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;
	let amchain = RuntimeApiRpc::<C, Block>::new(client.clone());

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client).into_rpc())?;
	module.merge(CertificationsRpcServer::into_rpc(amchain.clone()))?;
	module.merge(PartsRpcServer::into_rpc(amchain.clone()))?;
	module.merge(VerifyRpcServer::into_rpc(amchain.clone()))?;
	module.merge(CoresRpcServer::into_rpc(amchain.clone()))?;
	module.merge(WarrantiesRpcServer::into_rpc(amchain))?;

	Ok(module)
}
