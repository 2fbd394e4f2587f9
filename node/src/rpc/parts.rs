//! `amchain_*` methods for parts and lots: `PartsApi`, its views as JSON as they are
//! (codes and serials as text, statuses and record kinds as words, hashes and keys as
//! hex), and the tag challenge a reader asks the node for.

use amchain_primitives::{
	participants::ParticipantId,
	parts::{
		HistoryPage, Item, LotId, LotView, Order, PartId, PartTypeId, PartTypeView, PartView,
		PartsApi, RecallImpact, RecordIndex, TagChallenge, TagVerdict,
	},
	AccountId, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{Bytes, H256};
use sp_runtime::{traits::Block as BlockT, MultiSignature};

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

/// How many recent blocks `amchain_tagChallenge` spreads its challenges over: the block
/// before the best one and the `CHALLENGE_SPREAD - 1` before it. pallet-parts bounds the
/// scans recorded citing one challenge block (`MaxScansPerBlock`, and
/// `MaxScansPerParticipant` per organisation): handing every reader the same block would
/// let a few members fill it and deny everyone else's scans. A challenge on the oldest of
/// them stays fresh for `ChallengeLifetime - CHALLENGE_SPREAD` blocks (100 - 16 on
/// amchain's runtime, about eight minutes).
pub const CHALLENGE_SPREAD: BlockNumber = 16;

/// The block a challenge with `nonce` cites when the best block is `best`: one of the
/// `CHALLENGE_SPREAD` blocks before it, drawn from the nonce (readers' random nonces land
/// on different blocks; the same nonce, the same block). `None` at genesis.
pub fn challenge_block(best: BlockNumber, nonce: &[u8]) -> Option<BlockNumber> {
	let newest = best.checked_sub(1)?;
	let choices = newest.saturating_add(1).min(CHALLENGE_SPREAD);
	let hash = sp_io::hashing::blake2_256(nonce);
	let draw = u32::from_le_bytes([hash[0], hash[1], hash[2], hash[3]]);
	Some(newest.saturating_sub(draw % choices))
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

	/// What the recall cascade of a recalled lot or part (`Parts.recall`) holds: its stage
	/// (`spreading`, `held`, `releasing`), how many parts it holds and how many items it
	/// still has to walk, and a page of the held parts, each with the path from `root` (the
	/// lots split and parts transformed on the way) and the assemblies it is installed in,
	/// nearest first; pass `next` as `after` for the next page. `root` is `{"lot": id}` or
	/// `{"part": id}`; null when it has no cascade.
	#[method(name = "amchain_recallImpact")]
	fn recall_impact(
		&self,
		root: Item,
		after: Option<PartId>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Option<RecallImpact<BlockNumber>>>;

	/// A fresh challenge for a tag to sign, with the reader's 16-byte `nonce`, on one of
	/// the [`CHALLENGE_SPREAD`] blocks before the best one (drawn from the nonce, so that
	/// readers' challenges do not all cite one block); `message` is what the tag signs.
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

	fn recall_impact(
		&self,
		root: Item,
		after: Option<PartId>,
		limit: u32,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<RecallImpact<BlockNumber>>> {
		self.call(at, |api, at| api.recall_impact(at, root, after, limit))
	}

	fn tag_challenge(&self, nonce: Bytes) -> RpcResult<SignableChallenge> {
		let client = self.client();
		let best: BlockNumber = client
			.info()
			.best_number
			.try_into()
			.map_err(|_| runtime_error("block number out of range"))?;
		let block = challenge_block(best, &nonce.0).ok_or_else(|| {
			runtime_error("no block before genesis to challenge with; wait a block")
		})?;
		let block_hash = client
			.hash(block.into())
			.map_err(runtime_error)?
			.ok_or_else(|| runtime_error("the challenge block's hash is not known"))?;
		let challenge =
			TagChallenge::try_from(ChallengeArg { block, block_hash: block_hash.into(), nonce })?;
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

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn challenges_spread_over_recent_blocks_and_stay_fresh() {
		assert_eq!(challenge_block(0, &[1; 16]), None, "no block before genesis");
		assert_eq!(challenge_block(1, &[1; 16]), Some(0));
		let best = 1_000;
		let blocks: std::collections::BTreeSet<BlockNumber> = (0..64u8)
			.map(|n| challenge_block(best, &[n; 16]).expect("a block"))
			.inspect(|b| assert!((best - CHALLENGE_SPREAD..best).contains(b), "{b}"))
			.collect();
		assert!(blocks.len() >= 8, "64 readers land on {} blocks only", blocks.len());
		assert_eq!(challenge_block(best, &[7; 16]), challenge_block(best, &[7; 16]));
		// A challenge on the oldest block handed out stays fresh for most of its lifetime.
		assert!(
			amchain_runtime::configs::manufacturing::ChallengeLifetime::get()
				>= 2 * CHALLENGE_SPREAD
		);
	}
}
