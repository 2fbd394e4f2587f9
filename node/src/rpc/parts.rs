//! `amchain_*` methods for parts and lots: `PartsApi`, its views as JSON as they are
//! (codes and serials as text, statuses and record kinds as words, hashes and keys as
//! hex), and the tag challenge a reader asks the node for.

use amchain_primitives::{
	participants::ParticipantId,
	parts::{
		HistoryPage, Item, LotId, LotView, Order, PartId, PartTypeId, PartTypeView, PartView,
		PartsApi, RecordIndex, TagChallenge, TagVerdict,
	},
	AccountId, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{Bytes, H256};
use sp_runtime::{
	traits::{Block as BlockT, Header as HeaderT},
	MultiSignature,
};

use super::{invalid, runtime_error, RuntimeApiRpc};

/// A challenge for a part's tag, as the node hands it to a reader (with the exact bytes
/// the tag signs).
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SignableChallenge {
	#[serde(flatten)]
	pub challenge: TagChallenge,
	/// The exact bytes the tag signs.
	pub message: Bytes,
}

/// A challenge as a reader sends it back with the tag's signature (`message`, if sent,
/// is ignored: the chain rebuilds it).
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ChallengeArg {
	pub block: BlockNumber,
	pub block_hash: H256,
	/// The reader's 16 random bytes.
	pub nonce: Bytes,
}

/// A tag's signature: its scheme (`sr25519`, `ed25519` or `ecdsa`) and its bytes.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SignatureArg {
	pub scheme: String,
	pub signature: Bytes,
}

impl TryFrom<ChallengeArg> for TagChallenge {
	type Error = jsonrpsee::types::ErrorObjectOwned;

	fn try_from(c: ChallengeArg) -> Result<Self, Self::Error> {
		let nonce: [u8; 16] = c
			.nonce
			.0
			.as_slice()
			.try_into()
			.map_err(|_| invalid(format!("nonce must be 16 bytes, not {}", c.nonce.0.len())))?;
		Ok(TagChallenge { block: c.block, block_hash: c.block_hash, nonce })
	}
}

impl TryFrom<SignatureArg> for MultiSignature {
	type Error = jsonrpsee::types::ErrorObjectOwned;

	fn try_from(s: SignatureArg) -> Result<Self, Self::Error> {
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
}

#[rpc(server)]
pub trait PartsRpc<BlockHash> {
	/// A part type's record.
	#[method(name = "amchain_partType")]
	fn part_type(&self, id: PartTypeId, at: Option<BlockHash>) -> RpcResult<Option<PartTypeView>>;

	/// A part's record: owner and custodian (those of its assembly, if installed), status.
	#[method(name = "amchain_part")]
	fn part(&self, id: PartId, at: Option<BlockHash>) -> RpcResult<Option<PartView<BlockNumber>>>;

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
	fn lot(&self, id: LotId, at: Option<BlockHash>) -> RpcResult<Option<LotView<BlockNumber>>>;

	/// A page of a part's or lot's history (its provenance) and the history's length:
	/// `item` is `{"part": id}` or `{"lot": id}`, `order` `"oldestFirst"` or
	/// `"newestFirst"`, skipping `from` records from that end, at most `limit` records;
	/// null for an unknown item.
	#[method(name = "amchain_history")]
	fn history(
		&self,
		item: Item,
		order: Order,
		from: RecordIndex,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Option<HistoryPage<AccountId, BlockNumber>>>;

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
	#[method(name = "amchain_children")]
	fn children(
		&self,
		parent: PartId,
		after: Option<PartId>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<PartId>>;

	/// A fresh challenge for a tag to sign, on the best block's parent, with the reader's
	/// 16-byte `nonce`; `message` is what the tag signs.
	#[method(name = "amchain_tagChallenge")]
	fn tag_challenge(&self, nonce: Bytes) -> RpcResult<SignableChallenge>;

	/// Whether a tag's signature over a challenge proves the part is genuine: `authentic`,
	/// `unknownPart`, `noTag`, `wrongKey`, `staleChallenge` or `replayed`.
	#[method(name = "amchain_checkTag")]
	fn check_tag(
		&self,
		part: PartId,
		challenge: ChallengeArg,
		signature: SignatureArg,
		at: Option<BlockHash>,
	) -> RpcResult<TagVerdict>;
}

impl<C, Block> PartsRpcServer<Block::Hash> for RuntimeApiRpc<C, Block>
where
	Block: BlockT,
	Block::Hash: Into<H256>,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: PartsApi<Block, AccountId, BlockNumber>,
{
	fn part_type(
		&self,
		id: PartTypeId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PartTypeView>> {
		self.call(at, |api, at| api.part_type(at, id))
	}

	fn part(
		&self,
		id: PartId,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PartView<BlockNumber>>> {
		self.call(at, |api, at| api.part(at, id))
	}

	fn part_by_serial(
		&self,
		part_type: PartTypeId,
		serial: String,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<PartId>> {
		self.call(at, |api, at| api.part_by_serial(at, part_type, serial.into_bytes()))
	}

	fn lot(&self, id: LotId, at: Option<Block::Hash>) -> RpcResult<Option<LotView<BlockNumber>>> {
		self.call(at, |api, at| api.lot(at, id))
	}

	fn history(
		&self,
		item: Item,
		order: Order,
		from: RecordIndex,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<HistoryPage<AccountId, BlockNumber>>> {
		self.call(at, |api, at| api.history(at, item, order, from, limit))
	}

	fn parts_of(
		&self,
		owner: ParticipantId,
		after: Option<PartId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<PartId>> {
		self.call(at, |api, at| api.parts_of(at, owner, after, limit))
	}

	fn children(
		&self,
		parent: PartId,
		after: Option<PartId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<PartId>> {
		self.call(at, |api, at| api.children(at, parent, after, limit))
	}

	fn tag_challenge(&self, nonce: Bytes) -> RpcResult<SignableChallenge> {
		let client = self.client();
		let best = client.info().best_hash;
		let header = client
			.header(best)
			.map_err(runtime_error)?
			.ok_or_else(|| runtime_error("the best block has no header"))?;
		let number: BlockNumber = (*header.number())
			.try_into()
			.map_err(|_| runtime_error("block number out of range"))?;
		let Some(block) = number.checked_sub(1) else {
			return Err(runtime_error("no block before genesis to challenge with; wait a block"));
		};
		let challenge = TagChallenge::try_from(ChallengeArg {
			block,
			block_hash: (*header.parent_hash()).into(),
			nonce,
		})?;
		Ok(SignableChallenge { message: challenge.message().into(), challenge })
	}

	fn check_tag(
		&self,
		part: PartId,
		challenge: ChallengeArg,
		signature: SignatureArg,
		at: Option<Block::Hash>,
	) -> RpcResult<TagVerdict> {
		let challenge = TagChallenge::try_from(challenge)?;
		let signature = MultiSignature::try_from(signature)?;
		self.call(at, |api, at| api.check_tag(at, part, challenge, signature))
	}
}
