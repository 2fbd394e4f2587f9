//! `amchain_*` methods for warranties and claims: `WarrantiesApi`, its views as JSON as
//! they are (kinds and statuses as words, balances as decimal strings).
//!
//! At a block whose runtime has version 1 of the API (before spec 105) claims asked
//! nothing and had no deadline: the answers say so (`asked` 0, `respondBy` the largest
//! block number; a reserve with nothing committed and no announced withdrawal).

use amchain_primitives::{
	participants::ParticipantId,
	parts::{PartId, PartTypeId},
	warranties::{
		ClaimId, ClaimView, ClaimViewV1, ReserveView, WarrantiesApi, WarrantyId, WarrantyView,
	},
	AccountId, Balance, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::{runtime_error, RuntimeApiRpc};

/// An issuer's claim reserve: the account it is held on, the amount, what open claims
/// commit of it, and any announced withdrawal (balances as decimal strings).
pub type Reserve = ReserveView<AccountId, Balance, BlockNumber>;

type Claim = ClaimView<AccountId, Balance, BlockNumber>;

/// A version-1 claim in today's view: it asked nothing and had no deadline.
fn from_v1(c: ClaimViewV1<AccountId, Balance, BlockNumber>) -> Claim {
	ClaimView {
		id: c.id,
		warranty: c.warranty,
		part: c.part,
		claimant: c.claimant,
		account: c.account,
		evidence: c.evidence,
		filed_at: c.filed_at,
		asked: 0,
		covered: 0,
		respond_by: BlockNumber::MAX,
		status: c.status,
	}
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

	/// The term a part's warranties are held to (the kinds' yardstick): its type's
	/// new-warranty term when it was made. In blocks.
	#[method(name = "amchain_warrantyYardstick")]
	fn yardstick(&self, part: PartId, at: Option<BlockHash>) -> RpcResult<Option<BlockNumber>>;

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
		// One block for the version and the call (an upgrade may land in between).
		let at = Some(at.unwrap_or_else(|| self.client().info().best_hash));
		if self.version(at)? < 2 {
			#[allow(deprecated)]
			return self
				.call(at, |api, at| api.claim_before_version_2(at, id).map(|c| c.map(from_v1)));
		}
		self.call(at, |api, at| api.claim(at, id))
	}

	fn open_claims(
		&self,
		issuer: ParticipantId,
		after: Option<ClaimId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<ClaimView<AccountId, Balance, BlockNumber>>> {
		// One block for the version and the call (an upgrade may land in between).
		let at = Some(at.unwrap_or_else(|| self.client().info().best_hash));
		if self.version(at)? < 2 {
			#[allow(deprecated)]
			return self.call(at, |api, at| {
				api.open_claims_before_version_2(at, issuer, after, limit)
					.map(|cs| cs.into_iter().map(from_v1).collect())
			});
		}
		self.call(at, |api, at| api.open_claims(at, issuer, after, limit))
	}

	fn new_warranty_term(
		&self,
		part_type: PartTypeId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<BlockNumber>> {
		self.call(at, |api, at| api.new_warranty_term(at, part_type))
	}

	fn yardstick(&self, part: PartId, at: Option<Block::Hash>) -> RpcResult<Option<BlockNumber>> {
		let at = Some(at.unwrap_or_else(|| self.client().info().best_hash));
		if self.version(at)? < 2 {
			return Err(runtime_error("the runtime predates per-part yardsticks (spec 105)"));
		}
		self.call(at, |api, at| api.yardstick(at, part))
	}

	fn reserve(
		&self,
		issuer: ParticipantId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<Reserve>> {
		// One block for the version and the call (an upgrade may land in between).
		let at = Some(at.unwrap_or_else(|| self.client().info().best_hash));
		if self.version(at)? < 2 {
			#[allow(deprecated)]
			let reserve = self.call(at, |api, at| api.reserve_before_version_2(at, issuer))?;
			return Ok(reserve.map(|(account, amount)| Reserve {
				account,
				amount,
				committed: 0,
				withdrawal: None,
			}));
		}
		self.call(at, |api, at| api.reserve(at, issuer))
	}
}

impl<C, Block> RuntimeApiRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: WarrantiesApi<Block, AccountId, Balance, BlockNumber>,
{
	/// The version of `WarrantiesApi` the runtime at `at` implements.
	fn version(&self, at: Option<Block::Hash>) -> RpcResult<u32> {
		let at = at.unwrap_or_else(|| self.client().info().best_hash);
		self.client()
			.runtime_api()
			.api_version::<dyn WarrantiesApi<Block, AccountId, Balance, BlockNumber>>(at)
			.map_err(runtime_error)?
			.ok_or_else(|| runtime_error("the runtime has no WarrantiesApi"))
	}
}
