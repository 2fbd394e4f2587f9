//! `amchain_*` methods for cores, the core market, remanufacture licences and core
//! deposits: `CoresApi`, its views as JSON as they are (balances as decimal strings).

use amchain_primitives::{
	cores::{ChargeId, ChargeView, CorePolicy, CoreView, CoresApi, LicenceView, OutcomeView},
	participants::ParticipantId,
	parts::{PartId, PartTypeId},
	AccountId, Balance, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::RuntimeApiRpc;

#[rpc(server)]
pub trait CoresRpc<BlockHash> {
	/// A returned core, with its grading and its market listing and bids.
	#[method(name = "amchain_core")]
	fn core(
		&self,
		part: PartId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CoreView<AccountId, Balance, BlockNumber>>>;

	/// A part type's core policy (the standards its inspectors and testers need).
	#[method(name = "amchain_policy")]
	fn policy(&self, part_type: PartTypeId, at: Option<BlockHash>)
		-> RpcResult<Option<CorePolicy>>;

	/// A remanufacture licence, with its use in the current period.
	#[method(name = "amchain_licence")]
	fn licence(
		&self,
		part_type: PartTypeId,
		licensee: ParticipantId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<LicenceView<BlockNumber>>>;

	/// The outcomes that ended each of a part's lives so far, oldest first.
	#[method(name = "amchain_outcomes")]
	fn outcomes(
		&self,
		part: PartId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<OutcomeView<BlockNumber>>>;

	/// A core deposit.
	#[method(name = "amchain_charge")]
	fn charge(
		&self,
		id: ChargeId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ChargeView<AccountId, Balance, BlockNumber>>>;
}

impl<C, Block> CoresRpcServer<Block::Hash> for RuntimeApiRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CoresApi<Block, AccountId, Balance, BlockNumber>,
{
	fn core(
		&self,
		part: PartId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<CoreView<AccountId, Balance, BlockNumber>>> {
		self.call(at, |api, at| api.core(at, part))
	}

	fn policy(
		&self,
		part_type: PartTypeId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<CorePolicy>> {
		self.call(at, |api, at| api.policy(at, part_type))
	}

	fn licence(
		&self,
		part_type: PartTypeId,
		licensee: ParticipantId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<LicenceView<BlockNumber>>> {
		self.call(at, |api, at| api.licence(at, part_type, licensee))
	}

	fn outcomes(
		&self,
		part: PartId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<OutcomeView<BlockNumber>>> {
		self.call(at, |api, at| api.outcomes(at, part))
	}

	fn charge(
		&self,
		id: ChargeId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ChargeView<AccountId, Balance, BlockNumber>>> {
		self.call(at, |api, at| api.charge(at, id))
	}
}
