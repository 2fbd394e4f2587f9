//! The node's JSON-RPC extensions beyond Substrate's standard methods
//! (`system_*`, `chain_*`, `state_*`, `author_*`, which sc-service installs):
//! account nonces (`system_accountNextIndex`), fee queries (`payment_*`), and
//! amchain's own `amchain_*` methods over its runtime APIs (participants and
//! certifications, parts and lots).

pub mod certifications;
pub mod parts;
pub mod warranties;

use std::sync::Arc;

use amchain_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::{core::RpcResult, types::ErrorObjectOwned, RpcModule};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_runtime::traits::Block as BlockT;

/// The JSON-RPC error code of a failed runtime API call.
pub const RUNTIME_ERROR: i32 = 9000;

/// A failed runtime API call as an RPC error, with its cause.
pub(crate) fn runtime_error(e: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, "amchain runtime API call failed", Some(e.to_string()))
}

/// On-chain text (names, codes, serials) for JSON.
pub(crate) fn text(bytes: Vec<u8>) -> String {
	String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs `f` against the runtime API at block `at` (default: the best block).
pub(crate) fn call_at<C, Block, R>(
	client: &C,
	at: Option<Block::Hash>,
	f: impl FnOnce(&C::Api, Block::Hash) -> Result<R, sp_api::ApiError>,
) -> RpcResult<R>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
{
	let at = at.unwrap_or_else(|| client.info().best_hash);
	f(&client.runtime_api(), at).map_err(runtime_error)
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
		+ amchain_primitives::warranties::WarrantiesApi<Block, AccountId, Balance, BlockNumber>
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use certifications::{Certifications, CertificationsRpcServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use parts::{Parts, PartsRpcServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};
	use warranties::{Warranties, WarrantiesRpcServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Certifications::new(client.clone()).into_rpc())?;
	module.merge(Parts::new(client.clone()).into_rpc())?;
	module.merge(Warranties::new(client).into_rpc())?;

	Ok(module)
}
