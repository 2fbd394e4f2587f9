//! `amchain_*` JSON-RPC methods for parts and lots: the `PartsApi` runtime API, with
//! JSON that wallets and machines read without SCALE (codes and serials as text,
//! statuses and record kinds as words, hashes and keys as hex).
//!
//! Every method takes an optional block hash `at` (default: the best block). Unknown
//! ids return `null`; malformed arguments are `-32602` errors and a failing runtime
//! call is a `9000` error, each with a message.

use std::sync::Arc;

use amchain_primitives::{
	certifications::{CertificationId, StandardId},
	participants::ParticipantId,
	parts::{
		Item, LotId, LotView, Order, PartId, PartStatus, PartTypeId, PartTypeView, PartView,
		PartsApi as RuntimeApi, Record, RecordIndex, RecordKind, TagChallenge, TagKey, TagVerdict,
		Unit,
	},
	AccountId, BlockNumber, Moment,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc, types::ErrorObjectOwned};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{Bytes, H256};
use sp_runtime::{
	traits::{Block as BlockT, Header as HeaderT},
	MultiSignature,
};

use super::{runtime_error, text};

/// The most entries a page holds (the runtime caps pages at this too).
pub const MAX_PAGE: u32 = 100;

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PartTypeJson {
	pub id: PartTypeId,
	pub manufacturer: ParticipantId,
	pub code: String,
	pub spec_hash: H256,
	pub spec_uri: String,
	pub required_standards: Vec<StandardId>,
}

/// A tag's public key: its scheme and its bytes.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TagJson {
	/// `sr25519`, `ed25519` or `ecdsa`.
	pub scheme: &'static str,
	pub public_key: Bytes,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PartJson {
	pub id: PartId,
	pub part_type: PartTypeId,
	pub serial: String,
	pub maker: ParticipantId,
	pub certification: Option<CertificationId>,
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	/// `active`, `installed`, `consumed`, `returnedAsCore`, `scrapped` or `recycled`.
	pub status: PartStatus,
	pub parent: Option<PartId>,
	pub children: u32,
	pub tag: Option<TagJson>,
	pub quarantined: bool,
	pub activated_at: Option<BlockNumber>,
	pub registered_at: BlockNumber,
	pub life: u32,
	/// Records in its history.
	pub records: u32,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LotJson {
	pub id: LotId,
	pub material: String,
	pub unit: Unit,
	pub producer: ParticipantId,
	pub certification: Option<CertificationId>,
	pub owner: ParticipantId,
	pub custodian: ParticipantId,
	pub quantity: u64,
	pub remaining: u64,
	pub quarantined: bool,
	pub registered_at: BlockNumber,
	pub records: u32,
}

#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecordJson {
	pub index: RecordIndex,
	pub block: BlockNumber,
	pub extrinsic: Option<u32>,
	/// The block's time, milliseconds since the Unix epoch.
	pub time: Moment,
	/// The reporter's UTC time, microseconds since the Unix epoch.
	pub reported_at: Option<u64>,
	pub actor: AccountId,
	pub participant: ParticipantId,
	/// e.g. `"inspection"`, `{"offered": {"handover": "custody", "to": 4}}`.
	pub kind: RecordKind,
	pub data: H256,
}

/// One page of an item's history.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HistoryPageJson {
	/// Records in the whole history.
	pub total: u32,
	pub records: Vec<RecordJson>,
}

/// A challenge for a part's tag, as a reader asks the chain for one and the tag signs it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeJson {
	pub block: BlockNumber,
	pub block_hash: H256,
	/// 16 random bytes chosen by the reader.
	pub nonce: Bytes,
	/// The exact bytes the tag signs (ignored when sent to the chain).
	#[serde(default, skip_serializing_if = "Option::is_none")]
	pub message: Option<Bytes>,
}

/// A tag's signature: its scheme and its bytes.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SignatureJson {
	/// `sr25519`, `ed25519` or `ecdsa`.
	pub scheme: String,
	pub signature: Bytes,
}

fn invalid(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(-32602, message.into(), None::<()>)
}

fn tag_json(key: TagKey) -> TagJson {
	match key {
		TagKey::Sr25519(k) => TagJson { scheme: "sr25519", public_key: k.to_vec().into() },
		TagKey::Ed25519(k) => TagJson { scheme: "ed25519", public_key: k.to_vec().into() },
		TagKey::Ecdsa(k) => TagJson { scheme: "ecdsa", public_key: k.to_vec().into() },
	}
}

fn verdict_name(verdict: TagVerdict) -> &'static str {
	match verdict {
		TagVerdict::Authentic => "authentic",
		TagVerdict::UnknownPart => "unknownPart",
		TagVerdict::NoTag => "noTag",
		TagVerdict::WrongKey => "wrongKey",
		TagVerdict::StaleChallenge => "staleChallenge",
		TagVerdict::Replayed => "replayed",
	}
}

impl From<PartTypeView> for PartTypeJson {
	fn from(t: PartTypeView) -> Self {
		PartTypeJson {
			id: t.id,
			manufacturer: t.manufacturer,
			code: text(t.code),
			spec_hash: t.spec_hash,
			spec_uri: text(t.spec_uri),
			required_standards: t.required_standards,
		}
	}
}

impl From<PartView<BlockNumber>> for PartJson {
	fn from(p: PartView<BlockNumber>) -> Self {
		PartJson {
			id: p.id,
			part_type: p.part_type,
			serial: text(p.serial),
			maker: p.maker,
			certification: p.certification,
			owner: p.owner,
			custodian: p.custodian,
			status: p.status,
			parent: p.parent,
			children: p.children,
			tag: p.tag.map(tag_json),
			quarantined: p.quarantined,
			activated_at: p.activated_at,
			registered_at: p.registered_at,
			life: p.life,
			records: p.records,
		}
	}
}

impl From<LotView<BlockNumber>> for LotJson {
	fn from(l: LotView<BlockNumber>) -> Self {
		LotJson {
			id: l.id,
			material: text(l.material),
			unit: l.unit,
			producer: l.producer,
			certification: l.certification,
			owner: l.owner,
			custodian: l.custodian,
			quantity: l.quantity,
			remaining: l.remaining,
			quarantined: l.quarantined,
			registered_at: l.registered_at,
			records: l.records,
		}
	}
}

fn record_json((index, r): (RecordIndex, Record<AccountId, BlockNumber>)) -> RecordJson {
	RecordJson {
		index,
		block: r.block,
		extrinsic: r.extrinsic,
		time: r.time,
		reported_at: r.reported_at,
		actor: r.actor,
		participant: r.participant,
		kind: r.kind,
		data: r.data,
	}
}

/// The challenge a reader sends to the chain.
fn parse_challenge(c: ChallengeJson) -> RpcResult<TagChallenge> {
	let nonce: [u8; 16] = c
		.nonce
		.0
		.as_slice()
		.try_into()
		.map_err(|_| invalid(format!("nonce must be 16 bytes, not {}", c.nonce.0.len())))?;
	Ok(TagChallenge { block: c.block, block_hash: c.block_hash, nonce })
}

fn parse_signature(s: SignatureJson) -> RpcResult<MultiSignature> {
	let bytes = s.signature.0;
	let wrong_length = |want: usize| {
		invalid(format!("an {} signature is {want} bytes, not {}", s.scheme, bytes.len()))
	};
	match s.scheme.as_str() {
		"sr25519" => <[u8; 64]>::try_from(bytes.as_slice())
			.map(|b| MultiSignature::Sr25519(b.into()))
			.map_err(|_| wrong_length(64)),
		"ed25519" => <[u8; 64]>::try_from(bytes.as_slice())
			.map(|b| MultiSignature::Ed25519(b.into()))
			.map_err(|_| wrong_length(64)),
		"ecdsa" => <[u8; 65]>::try_from(bytes.as_slice())
			.map(|b| MultiSignature::Ecdsa(b.into()))
			.map_err(|_| wrong_length(65)),
		other => Err(invalid(format!(
			"unknown signature scheme {other:?}: use sr25519, ed25519 or ecdsa"
		))),
	}
}

#[rpc(server)]
pub trait PartsRpc<BlockHash> {
	/// A part type's record.
	#[method(name = "amchain_partType")]
	fn part_type(&self, id: PartTypeId, at: Option<BlockHash>) -> RpcResult<Option<PartTypeJson>>;

	/// A part's record: owner and custodian (those of its assembly, if installed), status.
	#[method(name = "amchain_part")]
	fn part(&self, id: PartId, at: Option<BlockHash>) -> RpcResult<Option<PartJson>>;

	/// The id of the part of a type with a serial number.
	#[method(name = "amchain_partBySerial")]
	fn part_by_serial(
		&self,
		part_type: PartTypeId,
		serial: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PartId>>;

	/// A lot's record.
	#[method(name = "amchain_lot")]
	fn lot(&self, id: LotId, at: Option<BlockHash>) -> RpcResult<Option<LotJson>>;

	/// A page of a part's or lot's history (its provenance): `item` is `{"part": id}` or
	/// `{"lot": id}`, `order` `"oldestFirst"` or `"newestFirst"`, skipping `from` records
	/// from that end, at most `limit` (capped at 100) records.
	#[method(name = "amchain_provenance")]
	fn provenance(
		&self,
		item: Item,
		order: Order,
		from: RecordIndex,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<HistoryPageJson>;

	/// The stand-alone parts a participant owns, a page at a time: pass the last id of a
	/// page as `after` for the next.
	#[method(name = "amchain_partsOf")]
	fn parts_of(
		&self,
		owner: ParticipantId,
		after: Option<PartId>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<PartId>>;

	/// The parts installed directly in a part, a page at a time.
	#[method(name = "amchain_installedIn")]
	fn installed_in(
		&self,
		parent: PartId,
		after: Option<PartId>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<PartId>>;

	/// A fresh challenge for a tag to sign, on the best block's parent, with the reader's
	/// 16-byte `nonce`; `message` is what the tag signs.
	#[method(name = "amchain_tagChallenge")]
	fn tag_challenge(&self, nonce: Bytes) -> RpcResult<ChallengeJson>;

	/// Whether a tag's signature over a challenge proves the part is genuine: `authentic`,
	/// `unknownPart`, `noTag`, `wrongKey`, `staleChallenge` or `replayed`.
	#[method(name = "amchain_checkTag")]
	fn check_tag(
		&self,
		part: PartId,
		challenge: ChallengeJson,
		signature: SignatureJson,
		at: Option<BlockHash>,
	) -> RpcResult<&'static str>;
}

/// The `amchain_*` part methods, served from the client's runtime API.
pub struct Parts<C, Block> {
	client: Arc<C>,
	_block: std::marker::PhantomData<Block>,
}

impl<C, Block> Parts<C, Block> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

impl<C, Block> Parts<C, Block>
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

impl<C, Block> PartsRpcServer<Block::Hash> for Parts<C, Block>
where
	Block: BlockT,
	Block::Hash: Into<H256>,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: RuntimeApi<Block, AccountId, BlockNumber>,
{
	fn part_type(
		&self,
		id: PartTypeId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PartTypeJson>> {
		Ok(self.call(at, |api, at| api.part_type(at, id))?.map(Into::into))
	}

	fn part(&self, id: PartId, at: Option<Block::Hash>) -> RpcResult<Option<PartJson>> {
		Ok(self.call(at, |api, at| api.part(at, id))?.map(Into::into))
	}

	fn part_by_serial(
		&self,
		part_type: PartTypeId,
		serial: String,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PartId>> {
		self.call(at, |api, at| api.part_by_serial(at, part_type, serial.into_bytes()))
	}

	fn lot(&self, id: LotId, at: Option<Block::Hash>) -> RpcResult<Option<LotJson>> {
		Ok(self.call(at, |api, at| api.lot(at, id))?.map(Into::into))
	}

	fn provenance(
		&self,
		item: Item,
		order: Order,
		from: RecordIndex,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<HistoryPageJson> {
		let at = Some(at.unwrap_or_else(|| self.client.info().best_hash));
		let total = match item {
			Item::Part(id) => self.call(at, |api, at| api.part(at, id))?.map(|p| p.records),
			Item::Lot(id) => self.call(at, |api, at| api.lot(at, id))?.map(|l| l.records),
		}
		.ok_or_else(|| invalid(format!("no such item: {item:?}")))?;
		let records =
			self.call(at, |api, at| api.history(at, item, order, from, limit.min(MAX_PAGE)))?;
		Ok(HistoryPageJson { total, records: records.into_iter().map(record_json).collect() })
	}

	fn parts_of(
		&self,
		owner: ParticipantId,
		after: Option<PartId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<PartId>> {
		self.call(at, |api, at| api.parts_of(at, owner, after, limit.min(MAX_PAGE)))
	}

	fn installed_in(
		&self,
		parent: PartId,
		after: Option<PartId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<PartId>> {
		self.call(at, |api, at| api.children(at, parent, after, limit.min(MAX_PAGE)))
	}

	fn tag_challenge(&self, nonce: Bytes) -> RpcResult<ChallengeJson> {
		let best = self.client.info().best_hash;
		let header = self
			.client
			.header(best)
			.map_err(runtime_error)?
			.ok_or_else(|| runtime_error("the best block has no header"))?;
		let number: BlockNumber = (*header.number())
			.try_into()
			.map_err(|_| runtime_error("block number out of range"))?;
		if number == 0 {
			return Err(runtime_error("no block before genesis to challenge with; wait a block"));
		}
		let challenge = parse_challenge(ChallengeJson {
			block: number - 1,
			block_hash: (*header.parent_hash()).into(),
			nonce,
			message: None,
		})?;
		Ok(ChallengeJson {
			block: challenge.block,
			block_hash: challenge.block_hash,
			nonce: challenge.nonce.to_vec().into(),
			message: Some(challenge.message().into()),
		})
	}

	fn check_tag(
		&self,
		part: PartId,
		challenge: ChallengeJson,
		signature: SignatureJson,
		at: Option<Block::Hash>,
	) -> RpcResult<&'static str> {
		let challenge = parse_challenge(challenge)?;
		let signature = parse_signature(signature)?;
		Ok(verdict_name(self.call(at, |api, at| api.check_tag(at, part, challenge, signature))?))
	}
}
