//! `amchain_*` JSON-RPC methods for warranties and claims: the `WarrantiesApi` runtime
//! API, with JSON that wallets read without SCALE (kinds and statuses as words, hashes
//! as hex, balances as decimal strings, accounts in SS58). Warranties are the runtime
//! API's `WarrantyView` as they are; claims are flattened (`ClaimJson`).
//!
//! Every method takes an optional block hash `at` (default: the best block). Unknown
//! ids return `null`; a failing runtime call is a `9000` error with its cause.

use std::sync::Arc;

use amchain_primitives::{
	participants::ParticipantId,
	parts::PartId,
	warranties::{
		ClaimId, ClaimStatus, ClaimView, WarrantiesApi as RuntimeApi, WarrantyId, WarrantyView,
	},
	AccountId, Balance, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ClaimJson {
	pub id: ClaimId,
	pub warranty: WarrantyId,
	pub part: PartId,
	pub claimant: ParticipantId,
	/// The claiming account (SS58).
	pub account: String,
	pub evidence: H256,
	pub filed_at: BlockNumber,
	/// `open`, `approved` or `rejected`.
	pub status: &'static str,
	/// An approved claim's remedy and payment (planck, as a decimal string).
	pub remedy: Option<H256>,
	pub paid: Option<String>,
	/// A rejected claim's reason.
	pub reason: Option<H256>,
}

impl From<ClaimView<AccountId, Balance, BlockNumber>> for ClaimJson {
	fn from(c: ClaimView<AccountId, Balance, BlockNumber>) -> Self {
		let (status, remedy, paid, reason) = match c.status {
			ClaimStatus::Open => ("open", None, None, None),
			ClaimStatus::Approved { remedy, paid } => {
				("approved", Some(remedy), Some(paid.to_string()), None)
			},
			ClaimStatus::Rejected { reason } => ("rejected", None, None, Some(reason)),
		};
		ClaimJson {
			id: c.id,
			warranty: c.warranty,
			part: c.part,
			claimant: c.claimant,
			account: c.account.to_string(),
			evidence: c.evidence,
			filed_at: c.filed_at,
			status,
			remedy,
			paid,
			reason,
		}
	}
}

#[rpc(server)]
pub trait WarrantiesRpc<BlockHash> {
	/// A part's warranties, a page (at most 100) at a time after warranty `after`, each with
	/// whether it is in force at the block.
	#[method(name = "amchain_warranties")]
	fn warranties(
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
	fn claim(&self, id: ClaimId, at: Option<BlockHash>) -> RpcResult<Option<ClaimJson>>;

	/// The open claims an issuer must resolve, a page (at most 100) at a time.
	#[method(name = "amchain_openClaims")]
	fn open_claims(
		&self,
		issuer: ParticipantId,
		after: Option<ClaimId>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ClaimJson>>;
}

/// The `amchain_*` warranty methods, served from the client's runtime API.
pub struct Warranties<C, Block> {
	client: Arc<C>,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Warranties<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> WarrantiesRpcServer<Block::Hash> for Warranties<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn warranties(
		&self,
		part: PartId,
		after: Option<WarrantyId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<WarrantyView<BlockNumber>>> {
		super::call_at(&*self.client, at, |api, at| api.warranties_of(at, part, after, limit))
	}

	fn warranty(
		&self,
		id: WarrantyId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<WarrantyView<BlockNumber>>> {
		super::call_at(&*self.client, at, |api, at| api.warranty(at, id))
	}

	fn claim(&self, id: ClaimId, at: Option<Block::Hash>) -> RpcResult<Option<ClaimJson>> {
		Ok(super::call_at(&*self.client, at, |api, at| api.claim(at, id))?.map(Into::into))
	}

	fn open_claims(
		&self,
		issuer: ParticipantId,
		after: Option<ClaimId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<ClaimJson>> {
		let views =
			super::call_at(&*self.client, at, |api, at| api.open_claims(at, issuer, after, limit))?;
		Ok(views.into_iter().map(Into::into).collect())
	}
}
