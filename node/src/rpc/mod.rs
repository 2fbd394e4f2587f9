//! The node's JSON-RPC extensions beyond Substrate's standard methods
//! (`system_*`, `chain_*`, `state_*`, `author_*`, which sc-service installs):
//! account nonces (`system_accountNextIndex`), fee queries (`payment_*`), and
//! amchain's own `amchain_*` methods over its runtime APIs (participants and
//! certifications, parts and lots).

pub mod certifications;
pub mod parts;

use std::sync::Arc;

use amchain_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

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
		+ BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use certifications::{Certifications, CertificationsRpcServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use parts::{Parts, PartsRpcServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Certifications::new(client.clone()).into_rpc())?;
	module.merge(Parts::new(client).into_rpc())?;

	Ok(module)
}
