//! `amchain_*` methods for participants and certifications: `CertificationsApi`, its
//! views as JSON as they are (roles as `{mask, names}`, statuses as words).

use amchain_primitives::{
	certifications::{
		CertificationId, CertificationView, CertificationsApi, ParticipantView, StandardId,
		StandardView,
	},
	participants::{Membership, ParticipantId},
	AccountId, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;

use super::RuntimeApiRpc;

#[rpc(server)]
pub trait CertificationsRpc<BlockHash> {
	/// The organisation an account acts for and the roles it may use (null if none or
	/// suspended).
	#[method(name = "amchain_membership")]
	fn membership(&self, who: AccountId, at: Option<BlockHash>) -> RpcResult<Option<Membership>>;

	/// A participant's record.
	#[method(name = "amchain_participant")]
	fn participant(
		&self,
		id: ParticipantId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ParticipantView<AccountId, BlockNumber>>>;

	/// A standard's record.
	#[method(name = "amchain_standard")]
	fn standard(&self, id: StandardId, at: Option<BlockHash>) -> RpcResult<Option<StandardView>>;

	/// A certification's record and its standing at the block.
	#[method(name = "amchain_certification")]
	fn certification(
		&self,
		id: CertificationId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CertificationView<BlockNumber>>>;

	/// The ids of the certifications a participant accepted for a standard, in any status.
	#[method(name = "amchain_certificationsOf")]
	fn certifications_of(
		&self,
		participant: ParticipantId,
		standard: StandardId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<CertificationId>>;

	/// Whether the participant holds a valid certification for the standard.
	#[method(name = "amchain_isCertified")]
	fn is_certified(
		&self,
		participant: ParticipantId,
		standard: StandardId,
		at: Option<BlockHash>,
	) -> RpcResult<bool>;

	/// Whether the participant held a valid certification for the standard at block `block`.
	#[method(name = "amchain_wasCertifiedAt")]
	fn was_certified_at(
		&self,
		participant: ParticipantId,
		standard: StandardId,
		block: BlockNumber,
		at: Option<BlockHash>,
	) -> RpcResult<bool>;

	/// Units the certification may still produce in the current period.
	#[method(name = "amchain_remainingCapacity")]
	fn remaining_capacity(
		&self,
		id: CertificationId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<u64>>;
}

impl<C, Block> CertificationsRpcServer<Block::Hash> for RuntimeApiRpc<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: CertificationsApi<Block, AccountId, BlockNumber>,
{
	fn membership(&self, who: AccountId, at: Option<Block::Hash>) -> RpcResult<Option<Membership>> {
		self.call(at, |api, at| api.membership(at, who))
	}

	fn participant(
		&self,
		id: ParticipantId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ParticipantView<AccountId, BlockNumber>>> {
		self.call(at, |api, at| api.participant(at, id))
	}

	fn standard(&self, id: StandardId, at: Option<Block::Hash>) -> RpcResult<Option<StandardView>> {
		self.call(at, |api, at| api.standard(at, id))
	}

	fn certification(
		&self,
		id: CertificationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<CertificationView<BlockNumber>>> {
		self.call(at, |api, at| api.certification(at, id))
	}

	fn certifications_of(
		&self,
		participant: ParticipantId,
		standard: StandardId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<CertificationId>> {
		self.call(at, |api, at| api.certifications_of(at, participant, standard))
	}

	fn is_certified(
		&self,
		participant: ParticipantId,
		standard: StandardId,
		at: Option<Block::Hash>,
	) -> RpcResult<bool> {
		self.call(at, |api, at| api.is_certified(at, participant, standard))
	}

	fn was_certified_at(
		&self,
		participant: ParticipantId,
		standard: StandardId,
		block: BlockNumber,
		at: Option<Block::Hash>,
	) -> RpcResult<bool> {
		self.call(at, |api, at| api.was_certified_at(at, participant, standard, block))
	}

	fn remaining_capacity(
		&self,
		id: CertificationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<u64>> {
		self.call(at, |api, at| api.remaining_capacity(at, id))
	}
}
