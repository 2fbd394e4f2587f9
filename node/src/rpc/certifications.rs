//! `amchain_*` JSON-RPC methods for participants and certifications: the
//! `CertificationsApi` runtime API, with JSON that wallets and machines read
//! without SCALE (names as text, roles by name, statuses as words).
//!
//! Every method takes an optional block hash `at` (default: the best block).
//! Unknown ids return `null`; a failing runtime call is an RPC error with a message.

use std::sync::Arc;

use amchain_primitives::{
	certifications::{
		CertificationId, CertificationStatus, CertificationView, CertificationsApi as RuntimeApi,
		ParticipantView, StandardId, StandardView,
	},
	participants::{MemberKind, Membership, ParticipantId, Role, Roles},
	AccountId, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};

use super::text;
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::traits::Block as BlockT;

/// A role set: the bit mask the chain stores and the names of its roles.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct RolesJson {
	pub mask: u16,
	pub names: Vec<&'static str>,
}

impl From<Roles> for RolesJson {
	fn from(roles: Roles) -> Self {
		RolesJson {
			mask: roles.0,
			names: Role::ALL.iter().filter(|r| roles.has(**r)).map(|r| r.name()).collect(),
		}
	}
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MembershipJson {
	pub participant: ParticipantId,
	/// `admin` or `device`.
	pub kind: &'static str,
	pub roles: RolesJson,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantJson {
	pub id: ParticipantId,
	pub admin: AccountId,
	pub name: String,
	pub metadata: H256,
	pub roles: RolesJson,
	pub suspended: bool,
	pub registered_at: BlockNumber,
	pub devices: u32,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StandardJson {
	pub id: StandardId,
	pub owner: ParticipantId,
	pub code: String,
	pub version: u32,
	pub requirements_hash: H256,
	pub requirements_uri: String,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CertificationJson {
	pub id: CertificationId,
	pub participant: ParticipantId,
	pub standard: StandardId,
	pub auditor: ParticipantId,
	pub scope: String,
	pub capacity_units: u64,
	pub capacity_period: BlockNumber,
	pub issued_at: BlockNumber,
	pub valid_until: BlockNumber,
	pub surveillance_interval: Option<BlockNumber>,
	pub surveillance_due: Option<BlockNumber>,
	/// `active`, `suspended`, `surveillanceOverdue`, `expired` or `revoked`.
	pub status: &'static str,
	pub remaining_capacity: u64,
}

fn status_name(status: CertificationStatus) -> &'static str {
	match status {
		CertificationStatus::Active => "active",
		CertificationStatus::Suspended => "suspended",
		CertificationStatus::SurveillanceOverdue => "surveillanceOverdue",
		CertificationStatus::Expired => "expired",
		CertificationStatus::Revoked => "revoked",
	}
}

impl From<Membership> for MembershipJson {
	fn from(m: Membership) -> Self {
		MembershipJson {
			participant: m.participant,
			kind: match m.kind {
				MemberKind::Admin => "admin",
				MemberKind::Device => "device",
			},
			roles: m.roles.into(),
		}
	}
}

impl From<ParticipantView<AccountId, BlockNumber>> for ParticipantJson {
	fn from(p: ParticipantView<AccountId, BlockNumber>) -> Self {
		ParticipantJson {
			id: p.id,
			admin: p.admin,
			name: text(p.name),
			metadata: p.metadata,
			roles: p.roles.into(),
			suspended: p.suspended,
			registered_at: p.registered_at,
			devices: p.devices,
		}
	}
}

impl From<StandardView> for StandardJson {
	fn from(s: StandardView) -> Self {
		StandardJson {
			id: s.id,
			owner: s.owner,
			code: text(s.code),
			version: s.version,
			requirements_hash: s.requirements_hash,
			requirements_uri: text(s.requirements_uri),
		}
	}
}

impl From<CertificationView<BlockNumber>> for CertificationJson {
	fn from(c: CertificationView<BlockNumber>) -> Self {
		CertificationJson {
			id: c.id,
			participant: c.participant,
			standard: c.standard,
			auditor: c.auditor,
			scope: text(c.scope),
			capacity_units: c.capacity_units,
			capacity_period: c.capacity_period,
			issued_at: c.issued_at,
			valid_until: c.valid_until,
			surveillance_interval: c.surveillance_interval,
			surveillance_due: c.surveillance_due,
			status: status_name(c.status),
			remaining_capacity: c.remaining_capacity,
		}
	}
}

#[rpc(server)]
pub trait CertificationsRpc<BlockHash> {
	/// The organisation an account acts for and the roles it may use (null if none or
	/// suspended).
	#[method(name = "amchain_membership")]
	fn membership(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<MembershipJson>>;

	/// A participant's record.
	#[method(name = "amchain_participant")]
	fn participant(
		&self,
		id: ParticipantId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ParticipantJson>>;

	/// A standard's record.
	#[method(name = "amchain_standard")]
	fn standard(&self, id: StandardId, at: Option<BlockHash>) -> RpcResult<Option<StandardJson>>;

	/// A certification's record and its standing at the block.
	#[method(name = "amchain_certification")]
	fn certification(
		&self,
		id: CertificationId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<CertificationJson>>;

	/// The ids of the certifications a participant holds for a standard.
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

/// The `amchain_*` certification methods, served from the client's runtime API.
pub struct Certifications<C, Block> {
	client: Arc<C>,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Certifications<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> Certifications<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, BlockNumber>,
{
	/// Runs `f` against the runtime API at `at` (default: best block).
	fn call<R>(
		&self,
		at: Option<Block::Hash>,
		f: impl FnOnce(&C::Api, Block::Hash) -> Result<R, sp_api::ApiError>,
	) -> RpcResult<R> {
		super::call_at(&*self.client, at, f)
	}
}

impl<C, Block> CertificationsRpcServer<Block::Hash> for Certifications<C, Block>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, BlockNumber>,
{
	fn membership(
		&self,
		who: AccountId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<MembershipJson>> {
		Ok(self.call(at, |api, at| api.membership(at, who))?.map(Into::into))
	}

	fn participant(
		&self,
		id: ParticipantId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ParticipantJson>> {
		Ok(self.call(at, |api, at| api.participant(at, id))?.map(Into::into))
	}

	fn standard(&self, id: StandardId, at: Option<Block::Hash>) -> RpcResult<Option<StandardJson>> {
		Ok(self.call(at, |api, at| api.standard(at, id))?.map(Into::into))
	}

	fn certification(
		&self,
		id: CertificationId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<CertificationJson>> {
		Ok(self.call(at, |api, at| api.certification(at, id))?.map(Into::into))
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
