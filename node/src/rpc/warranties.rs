//! `amchain_*` methods for warranties and claims: `WarrantiesApi`, its views as JSON as
//! they are (kinds and statuses as words, balances as decimal strings).

use amchain_primitives::{
	participants::ParticipantId,
	parts::{PartId, PartTypeId},
	warranties::{ClaimId, ClaimView, WarrantiesApi, WarrantyId, WarrantyView},
	AccountId, Balance, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::RuntimeApiRpc;

/// An issuer's claim reserve: the account it is held on and the amount (a decimal string).
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Reserve {
	pub account: AccountId,
	#[serde(serialize_with = "amchain_primitives::json::decimal")]
	pub amount: Balance,
}

#[rpc(server)]
pub trait WarrantiesRpc<BlockHash> {
	/// A part's warranties, a page at a time after warranty `after`, each with whether it
	/// is in force at the block.
	#[method(name = "amchain_warrantiesOf")]
	fn warranties_of(
		&self,
		part: PartId,
		after: Option<WarrantyId>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<WarrantyView<BlockNumber>>>;

	/// A warranty.
	#[method(name = "amchain_warranty")]
	fn warranty(
		&self,
		id: WarrantyId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<WarrantyView<BlockNumber>>>;

	/// A claim, with how it was resolved.
	#[method(name = "amchain_claim")]
	fn claim(
		&self,
		id: ClaimId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ClaimView<AccountId, Balance, BlockNumber>>>;

	/// The open claims an issuer must resolve, a page at a time.
	#[method(name = "amchain_openClaims")]
	fn open_claims(
		&self,
		issuer: ParticipantId,
		after: Option<ClaimId>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ClaimView<AccountId, Balance, BlockNumber>>>;

	/// A part type's new-warranty term, in blocks.
	#[method(name = "amchain_newWarrantyTerm")]
	fn new_warranty_term(
		&self,
		part_type: PartTypeId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<BlockNumber>>;

	/// An issuer's claim reserve.
	#[method(name = "amchain_reserve")]
	fn reserve(&self, issuer: ParticipantId, at: Option<BlockHash>) -> RpcResult<Option<Reserve>>;
}

impl<C, Block> WarrantiesRpcServer<Block::Hash> for RuntimeApiRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: WarrantiesApi<Block, AccountId, Balance, BlockNumber>,
{
	fn warranties_of(
		&self,
		part: PartId,
		after: Option<WarrantyId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<WarrantyView<BlockNumber>>> {
		self.call(at, |api, at| api.warranties_of(at, part, after, limit))
	}

	fn warranty(
		&self,
		id: WarrantyId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WarrantyView<BlockNumber>>> {
		self.call(at, |api, at| api.warranty(at, id))
	}

	fn claim(
		&self,
		id: ClaimId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ClaimView<AccountId, Balance, BlockNumber>>> {
		self.call(at, |api, at| api.claim(at, id))
	}

	fn open_claims(
		&self,
		issuer: ParticipantId,
		after: Option<ClaimId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<ClaimView<AccountId, Balance, BlockNumber>>> {
		self.call(at, |api, at| api.open_claims(at, issuer, after, limit))
	}

	fn new_warranty_term(
		&self,
		part_type: PartTypeId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<BlockNumber>> {
		self.call(at, |api, at| api.new_warranty_term(at, part_type))
	}

	fn reserve(
		&self,
		issuer: ParticipantId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<Reserve>> {
		let reserve = self.call(at, |api, at| api.reserve(at, issuer))?;
		Ok(reserve.map(|(account, amount)| Reserve { account, amount }))
	}
}
