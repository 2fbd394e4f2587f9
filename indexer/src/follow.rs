//! Follows a node's finalized chain over JSON-RPC and turns each block into a
//! [`BlockData`]: its events decoded with the metadata of the runtime that made the block,
//! and the records they touched read from that block's storage.
//!
//! Nothing here knows amchain's types at compile time. subxt reads each block's runtime
//! version (`Core_version`) and fetches the metadata of every spec version it meets once,
//! keeping it per spec version; events and storage values are decoded as
//! `scale_value::Value`s against the metadata of the runtime that executed the block — the
//! code in its parent's state, which differs from the block's own in the block that stored
//! new code ([`View`]). So a runtime upgrade mid-chain (new events, renamed fields, a
//! changed record) is decoded as the runtime of each block defines it.
//! The indexer reads historical state: for a chain longer than the node's state pruning
//! window (256 blocks by default) catch-up needs an archive node (`--state-pruning archive`).

use std::{
	collections::{BTreeMap, BTreeSet},
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc,
	},
	time::Duration,
};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::Value as Json;
use subxt::{
	backend::LegacyBackend,
	config::polkadot::H256,
	dynamic::{self, Value},
	events::Phase,
	ext::{scale_decode, scale_value},
	rpcs::{rpc_params, RpcClient},
	OnlineClient, PolkadotConfig,
};

use crate::{
	contracts::{unhex32, Catalog},
	json::{composite_to_json, hex, to_json, unhex},
	model::{
		as_int, BidRow, BlockData, ContractEventRow, Entity, EventRow, HistoryRow, MotionRow,
		Record,
	},
	store::Store,
};

type Client = OnlineClient<PolkadotConfig>;
type AtBlock = subxt::client::ClientAtBlock<
	PolkadotConfig,
	subxt::client::OnlineClientAtBlockImpl<PolkadotConfig>,
>;

/// What the follower knows that the store does not: the node's finalized head.
#[derive(Default)]
pub struct Progress {
	/// The node's finalized block number as last seen (`u64::MAX`: not yet).
	pub finalized: AtomicU64,
}

impl Progress {
	pub fn new() -> Arc<Progress> {
		Arc::new(Progress { finalized: AtomicU64::new(u64::MAX) })
	}
	pub fn finalized(&self) -> Option<u64> {
		match self.finalized.load(Ordering::Relaxed) {
			u64::MAX => None,
			n => Some(n),
		}
	}
}

/// How the indexer reads from a node started with `--rpc-access members`: it signs a token
/// of its own for each connection (docs/confidentiality.md), with an account of an
/// organisation the node allows.
pub struct Auth {
	signer: subxt_signer::sr25519::Keypair,
	ttl: u64,
}

impl Auth {
	/// Tokens of the account of `suri`, each living `ttl` seconds.
	pub fn new(suri: &str, ttl: u64) -> Result<Self> {
		if ttl == 0 || ttl > 86_400 {
			bail!("--token-ttl must be between 1 and 86400 seconds, not {ttl}");
		}
		let uri: subxt_signer::SecretUri =
			suri.parse().map_err(|_| anyhow!("--node-suri is not a secret URI"))?;
		let signer = subxt_signer::sr25519::Keypair::from_uri(&uri)
			.map_err(|e| anyhow!("--node-suri: {e}"))?;
		Ok(Auth { signer, ttl })
	}

	/// `url` with a fresh token for the node there: its genesis hash and peer id (which
	/// anyone may read) are what the token is bound to.
	async fn url(&self, url: &str) -> Result<String> {
		let rpc = RpcClient::from_insecure_url(url)
			.await
			.with_context(|| format!("cannot connect to the node at {url}"))?;
		let genesis: String = rpc.request("chain_getBlockHash", rpc_params![0]).await?;
		let node: String = rpc.request("system_localPeerId", rpc_params![]).await?;
		let issued = std::time::SystemTime::now()
			.duration_since(std::time::UNIX_EPOCH)
			.context("the clock is before 1970")?
			.as_secs();
		let expires = issued + self.ttl;
		let account = self.signer.public_key().to_account_id().to_string();
		let message = amchain_primitives::rpc_token::message(
			&genesis.to_lowercase(),
			&node,
			&account,
			issued,
			expires,
		);
		let signature = self.signer.sign(message.as_bytes());
		let token = amchain_primitives::rpc_token::token(&account, issued, expires, &signature.0);
		Ok(with_token(url, &token))
	}
}

/// `url` with `token` as its `access_token` query parameter.
fn with_token(url: &str, token: &str) -> String {
	let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
	if url.contains('?') {
		format!("{url}&access_token={token}")
	} else if after_scheme.contains('/') {
		format!("{url}?access_token={token}")
	} else {
		format!("{url}/?access_token={token}")
	}
}

/// Follows the node at `url` for ever: catches up from the block after the store's
/// cursor (from genesis on an empty store) to the finalized head, then indexes each newly
/// finalized block. A lost connection or a failed write is retried (from the cursor, so
/// nothing is lost or written twice), with a new token if it reads with one (a members-only
/// node closes a connection when its token expires); a store that holds another chain is
/// an error.
pub async fn follow(
	url: &str,
	auth: Option<Auth>,
	store: Store,
	catalog: Arc<Catalog>,
	poll: Duration,
	progress: Arc<Progress>,
) -> Result<()> {
	loop {
		let attempt = async {
			let url = match &auth {
				Some(auth) => auth.url(url).await?,
				None => url.to_string(),
			};
			follow_once(&url, &store, &catalog, poll, &progress).await
		};
		match attempt.await {
			Ok(()) => return Ok(()),
			Err(e) if e.is::<Fatal>() => return Err(e),
			Err(e) => {
				tracing::warn!("indexing stopped: {e:#}; retrying in 3 s");
				tokio::time::sleep(Duration::from_secs(3)).await;
			},
		}
	}
}

/// An error retrying cannot cure.
#[derive(Debug)]
struct Fatal(String);
impl std::fmt::Display for Fatal {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(&self.0)
	}
}
impl std::error::Error for Fatal {}

async fn follow_once(
	url: &str,
	store: &Store,
	catalog: &Catalog,
	poll: Duration,
	progress: &Progress,
) -> Result<()> {
	let shown = url.split("access_token=").next().unwrap_or(url);
	let rpc = RpcClient::from_insecure_url(url)
		.await
		.with_context(|| format!("cannot connect to the node at {shown}"))?;
	let backend = LegacyBackend::<PolkadotConfig>::builder().build(rpc.clone());
	// amchain's types are in its metadata: no Polkadot legacy type definitions.
	let config = PolkadotConfig::builder().use_historic_types(false).build();
	let api = Client::from_backend_with_config(config, Arc::new(backend)).await?;
	let genesis = hex(api.genesis_hash().as_bytes());

	let mut cursor = store.cursor().await?;
	if let Some(stored) = stored_genesis(store).await? {
		if stored != genesis {
			return Err(Fatal(format!(
				"the store holds another chain (genesis {stored}); the node's genesis is {genesis}"
			))
			.into());
		}
	}
	tracing::info!(
		"following {shown} (genesis {genesis}) from block {}",
		cursor.as_ref().map_or(0, |(n, _)| n + 1)
	);
	// The runtime of the last indexed block: a block whose runtime differs ran the new
	// runtime's migrations, so every record is read again there.
	let mut spec_version = match &cursor {
		Some((number, _)) => stored_spec_version(store, *number).await?,
		None => None,
	};
	// A store indexed by an earlier version lacks schema version 5's tables' rows: the
	// next block reads them all.
	let mut reread = store.reread_pending().await?;
	loop {
		let finalized = finalized_number(&rpc).await?;
		progress.finalized.store(finalized, Ordering::Relaxed);
		let next = cursor.as_ref().map_or(0, |(n, _)| n + 1);
		if next > finalized {
			tokio::time::sleep(poll).await;
			continue;
		}
		for number in next..=finalized {
			let block = read_block(&rpc, &api, catalog, number, spec_version, reread).await?;
			if let Some((_, hash)) = &cursor {
				if *hash != block.parent_hash {
					return Err(Fatal(format!(
						"finalized block {number}'s parent {} is not the indexed block {hash}",
						block.parent_hash
					))
					.into());
				}
			}
			if spec_version != Some(block.spec_version) {
				// subxt fetched (or had) this runtime's metadata: its events decode with it.
				tracing::info!("block {number}: runtime spec_version {}", block.spec_version);
				spec_version = Some(block.spec_version);
			}
			store.write_block(&block).await?;
			reread = false;
			if catalog.take_grown() {
				// Bundles built since the start: what was kept undecoded decodes now.
				let decoded = store.redecode(catalog).await?;
				tracing::info!("new contract bundles: {decoded} stored events decoded");
			}
			tracing::debug!("indexed block {number}: {} events", block.events.len());
			cursor = Some((number, block.hash));
		}
	}
}

async fn stored_spec_version(store: &Store, number: u64) -> Result<Option<u32>> {
	use sqlx::Row;
	let row = sqlx::query("SELECT spec_version FROM blocks WHERE number = $1")
		.bind(number as i64)
		.fetch_optional(&store.pool)
		.await?;
	Ok(row.and_then(|r| u32::try_from(r.get::<i64, _>(0)).ok()))
}

async fn stored_genesis(store: &Store) -> Result<Option<String>> {
	use sqlx::Row;
	let row =
		sqlx::query("SELECT hash FROM blocks WHERE number = 0").fetch_optional(&store.pool).await?;
	Ok(row.map(|r| r.get::<String, _>(0)))
}

async fn finalized_number(rpc: &RpcClient) -> Result<u64> {
	let hash: String = rpc.request("chain_getFinalizedHead", rpc_params![]).await?;
	let header: Json = rpc.request("chain_getHeader", rpc_params![hash]).await?;
	header_number(&header)
}

fn header_number(header: &Json) -> Result<u64> {
	let n = header["number"].as_str().ok_or_else(|| anyhow!("a header without a number"))?;
	Ok(u64::from_str_radix(n.trim_start_matches("0x"), 16)?)
}

/// Reads finalized block `number`: header, events, touched records. `previous_spec`: the
/// runtime version of the block before (if known); when this block's differs, the runtime
/// was upgraded and its migrations ran in this block, so every record is read again.
/// `reread`: read every record of schema version 5's tables (a store indexed by an
/// earlier version).
pub async fn read_block(
	rpc: &RpcClient,
	api: &Client,
	catalog: &Catalog,
	number: u64,
	previous_spec: Option<u32>,
	reread: bool,
) -> Result<BlockData> {
	let hash: Option<String> = rpc.request("chain_getBlockHash", rpc_params![number]).await?;
	let hash = hash.ok_or_else(|| anyhow!("the node has no block {number}"))?;
	let header: Json = rpc.request("chain_getHeader", rpc_params![&hash]).await?;
	let parent_hash = header["parentHash"].as_str().unwrap_or_default().to_string();
	let h256: H256 = hash.parse().map_err(|e| anyhow!("block hash {hash}: {e:?}"))?;

	// The state after the block, decoded with the metadata of the runtime that executed it:
	// the code in the parent's state. They differ in the block that stored new code (its
	// events and records are still the old runtime's) — subxt's client at a block takes
	// the runtime from the block's own state, so that block is read through `View`.
	let state = api.at_block_hash_and_number(h256, number).await?;
	let meta = if number == 0 {
		None
	} else {
		let parent: H256 =
			parent_hash.parse().map_err(|e| anyhow!("parent hash {parent_hash}: {e:?}"))?;
		Some(api.at_block_hash_and_number(parent, number - 1).await?)
	};
	let at = View { meta: meta.as_ref().unwrap_or(&state), state: &state };
	let metadata = at.meta.metadata();
	let types = metadata.types();

	let mut block = BlockData {
		number,
		hash,
		parent_hash,
		spec_version: at.meta.spec_version(),
		..Default::default()
	};
	if number > 0 {
		block.timestamp = at.value("Timestamp", "Now", vec![]).await?.and_then(|t| t.as_u64());
	}

	let mut touched = BTreeSet::new();
	// The last event naming each record ("Cores.Sold"): what ended a record that is gone.
	let mut named_by: BTreeMap<(Entity, u64), String> = BTreeMap::new();
	// Bids: (part, account) -> (last event, its fields); motions: hash -> their events.
	let mut bids: BTreeMap<(u64, String), (String, Json)> = BTreeMap::new();
	let mut motions: BTreeMap<String, Vec<(String, Json)>> = BTreeMap::new();
	let events = at.events().await?;
	for event in events.iter() {
		let event = event?;
		let variant = metadata
			.pallet_by_event_index(event.pallet_index())
			.and_then(|p| p.event_variant_by_index(event.event_index()))
			.ok_or_else(|| {
				anyhow!("event {} of block {number} is not in its metadata", event.index())
			})?;
		let mut fields =
			variant.fields.iter().map(|f| scale_decode::Field::new(f.ty.id, f.name.as_deref()));
		let decoded =
			scale_value::scale::decode_as_fields(&mut event.field_bytes(), &mut fields, types)
				.map_err(|e| {
					anyhow!(
						"{}.{} of block {number} does not decode: {e}",
						event.pallet_name(),
						event.event_name()
					)
				})?;
		let mut fields = composite_to_json(&decoded, types);
		let pallet = event.pallet_name().to_string();
		let mut ids = BTreeSet::new();
		collect_ids(&pallet, event.event_name(), &fields, &mut ids);
		let name = format!("{pallet}.{}", event.event_name());
		for id in ids {
			named_by.insert(id, name.clone());
			touched.insert(id);
		}
		match (pallet.as_str(), event.event_name()) {
			("Cores", "BidPlaced" | "BidReleased" | "Sold") => {
				let part = fields.get("part").and_then(as_int);
				let account = fields.get("account").and_then(Json::as_str);
				if let (Some(part), Some(account)) = (part, account) {
					bids.insert((part as u64, account.to_string()), (name.clone(), fields.clone()));
				}
			},
			("Council", _) => {
				if let Some(hash) = fields.get("proposal_hash").and_then(Json::as_str) {
					motions
						.entry(hash.to_string())
						.or_default()
						.push((event.event_name().to_string(), fields.clone()));
				}
			},
			_ => {},
		}
		let mut subjects = subjects_of(&variant.fields, &fields);
		if pallet == "Contracts" && event.event_name() == "ContractEmitted" {
			let topics: Vec<[u8; 32]> = event.topics().iter().map(|t| t.0).collect();
			let row = contract_event(&at, catalog, event.index(), event.field_bytes(), topics)
				.await
				.with_context(|| format!("a contract event of block {number}"))?;
			if let Some(decoded) = &row.decoded {
				// The runtime's event says which contract, the contract's what happened.
				if let Json::Object(object) = &mut fields {
					object.insert(
						"decoded".into(),
						serde_json::json!({
							"contract_name": decoded.contract_name,
							"event": decoded.event,
							"fields": decoded.fields,
						}),
					);
				}
				for subject in contract_subjects(decoded) {
					if !subjects.contains(&subject) {
						subjects.push(subject);
					}
				}
			}
			block.contract_events.push(row);
		}
		let (phase, extrinsic) = match event.phase() {
			Phase::ApplyExtrinsic(i) => ("ApplyExtrinsic", Some(i)),
			Phase::Initialization => ("Initialization", None),
			Phase::Finalization => ("Finalization", None),
		};
		block.events.push(EventRow {
			index: event.index(),
			extrinsic,
			phase,
			pallet,
			variant: event.event_name().to_string(),
			fields: normalise_fields(fields),
			subjects,
		});
	}

	let mut recorded = Vec::new();
	// A runtime upgrade: the first block the new code executed ran its migrations, which
	// may have rewritten any record without events (its history records are not rewritten:
	// only the records are read again). The ids are listed with the block's own client: in
	// that block the executing runtime is the one in its state.
	let mut migrated = BTreeSet::new();
	let upgraded =
		number > 0 && previous_spec.is_some_and(|previous| previous != block.spec_version);
	if upgraded || (reread && number > 0) {
		let entities: &[Entity] = if upgraded { &Entity::ALL } else { &Entity::SINCE_V5 };
		for &entity in entities {
			for id in all_ids(at.state, entity).await? {
				migrated.insert((entity, id));
			}
		}
		for hash in live_motions(&at).await? {
			motions.entry(hash).or_default();
		}
	}
	block.reread = reread;
	if number == 0 {
		// Genesis made records without events: take every record there is.
		for entity in Entity::ALL {
			for id in all_ids(at.state, entity).await? {
				touched.insert((entity, id));
			}
		}
		recorded.extend(all_history_keys(at.state).await?);
	} else {
		// Not every history record has an event of its own (a hand-over's is told by
		// `HandedOver`), but every one comes with an event naming its item: the item's
		// new records are those between its history length before and after the block.
		for &(entity, id) in &touched {
			let kind = match entity {
				Entity::Part => "part",
				Entity::Lot => "lot",
				_ => continue,
			};
			let (before, after) = history_len(rpc, &at, &block.parent_hash, kind, id).await?;
			recorded.extend((before..after).map(|index| ((kind, id), index)));
		}
	}
	touched.append(&mut migrated);
	// Every interval when every record is read; otherwise a certification's last few (a
	// block appends at most a few, and only the last open one changes).
	let all_intervals = number == 0 || upgraded || reread;
	for (entity, id) in touched {
		let mut record = read_record(&at, entity, id, all_intervals).await?;
		record.event = named_by.remove(&(entity, id));
		block.records.push(record);
	}
	// A claim's decision changes its warranty (its open claim) without naming it: read the
	// warranty of every claim read, and write warranties before claims (a claim's row
	// copies its warranty's issuer).
	let read: BTreeSet<(Entity, u64)> = block.records.iter().map(|r| (r.entity, r.id)).collect();
	let warranties: BTreeSet<u64> = block
		.records
		.iter()
		.filter(|r| r.entity == Entity::Claim)
		.filter_map(|r| r.value.as_ref()?.get("warranty").and_then(as_int))
		.map(|w| w as u64)
		.filter(|w| !read.contains(&(Entity::Warranty, *w)))
		.collect();
	for id in warranties {
		block.records.push(read_record(&at, Entity::Warranty, id, all_intervals).await?);
	}
	block.records.sort_by_key(|r| r.entity);
	for ((part, account), (event, fields)) in bids {
		let Some(bytes) = unhex(&account) else { continue };
		let key = vec![Value::u128(part.into()), Value::from_bytes(bytes)];
		let value = at.value("Cores", "Bids", key).await?;
		block.bids.push(BidRow { part, account, value, event, fields });
	}
	for (hash, events) in motions {
		let Some(bytes) = unhex(&hash) else { continue };
		let call = at.value("Council", "ProposalOf", vec![Value::from_bytes(&bytes)]).await?;
		let voting = at.value("Council", "Voting", vec![Value::from_bytes(&bytes)]).await?;
		let mut row = MotionRow { hash, call, voting, proposed: None, status: None, result: None };
		for (variant, fields) in events {
			row.status = match variant.as_str() {
				"Proposed" => {
					row.proposed = Some(fields);
					Some("Open")
				},
				"Closed" => Some("Closed"),
				"Approved" => Some("Approved"),
				"Disapproved" => Some("Disapproved"),
				"Executed" => {
					row.result = fields.get("result").cloned();
					Some("Executed")
				},
				"Killed" => Some("Killed"),
				_ => row.status,
			};
		}
		if row.status.is_none() && row.proposed.is_none() && row.voting.is_some() {
			// Read again (a store's first block of version 5): a live motion is open.
			row.status = Some("Open");
		}
		block.motions.push(row);
	}
	// An event about a part is about its part type too (the part's record after the block:
	// a part never changes type).
	let part_types: std::collections::BTreeMap<i64, i64> = block
		.records
		.iter()
		.filter(|r| r.entity == Entity::Part)
		.filter_map(|r| Some((r.id as i64, as_int(r.value.as_ref()?.get("part_type")?)?)))
		.collect();
	for event in &mut block.events {
		let types: Vec<i64> = event
			.subjects
			.iter()
			.filter(|(kind, _)| *kind == "part")
			.filter_map(|(_, id)| part_types.get(id).copied())
			.collect();
		for id in types {
			if !event.subjects.contains(&("part_type", id)) {
				event.subjects.push(("part_type", id));
			}
		}
	}
	for ((kind, id), index) in recorded {
		let key = vec![item_value(kind, id), Value::u128(index.into())];
		if let Some(record) = at.value("Parts", "History", key).await? {
			block.history.push(HistoryRow { item_kind: kind, item_id: id, index, record });
		}
	}
	Ok(block)
}

/// A block's state (`state`: the client at the block) as the runtime that executed the
/// block wrote it (`meta`: the client at its parent, whose code ran the block; at genesis
/// the block itself). Values are fetched raw from the block's state and decoded with
/// `meta`'s metadata.
struct View<'a> {
	meta: &'a AtBlock,
	state: &'a AtBlock,
}

impl View<'_> {
	/// The raw value at `key` in the block's state.
	async fn raw(&self, key: Vec<u8>) -> Result<Option<Vec<u8>>> {
		match self.state.storage().fetch_raw(key).await {
			Ok(bytes) => Ok(Some(bytes)),
			Err(subxt::error::StorageError::NoValueFound) => Ok(None),
			Err(e) => Err(e.into()),
		}
	}

	/// The key of `pallet.entry` at `keys` as the executing runtime lays it out; `None` if
	/// that runtime has no such item.
	fn key(&self, pallet: &str, entry: &str, keys: Vec<Value>) -> Result<Option<Vec<u8>>> {
		let address = dynamic::storage::<Vec<Value>, Value>(pallet, entry);
		match self.meta.storage().entry(address) {
			Ok(entry) => Ok(Some(entry.fetch_key(keys)?)),
			Err(e) if is_missing(&e) => Ok(None),
			Err(e) => Err(e.into()),
		}
	}

	/// `pallet.entry` at `keys` after the block, as JSON; `None` if there is no value (or
	/// the executing runtime has no such item).
	async fn value(&self, pallet: &str, entry: &str, keys: Vec<Value>) -> Result<Option<Json>> {
		let Some(key) = self.key(pallet, entry, keys)? else { return Ok(None) };
		let Some(bytes) = self.raw(key).await? else { return Ok(None) };
		let metadata = self.meta.metadata_ref();
		let ty = metadata
			.pallet_by_name(pallet)
			.and_then(|p| p.storage())
			.and_then(|s| s.entry_by_name(entry))
			.map(|e| e.value_ty())
			.ok_or_else(|| anyhow!("{pallet}.{entry} has no value type"))?;
		decode_json(&bytes, ty, metadata.types())
			.map(Some)
			.with_context(|| format!("{pallet}.{entry}"))
	}

	/// The block's events, decoded with the executing runtime's metadata.
	async fn events(&self) -> Result<subxt::events::Events<PolkadotConfig>> {
		let key = self
			.key("System", "Events", vec![])?
			.ok_or_else(|| anyhow!("the runtime has no System.Events"))?;
		let bytes = self.raw(key).await?.unwrap_or_else(|| vec![0]);
		Ok(self.meta.events().from_bytes(bytes))
	}
}

/// An item's `Parts.HistoryLen` at the parent block and at the block.
async fn history_len(
	rpc: &RpcClient,
	at: &View<'_>,
	parent_hash: &str,
	kind: &str,
	id: u64,
) -> Result<(u32, u32)> {
	let Some(key) = at.key("Parts", "HistoryLen", vec![item_value(kind, id)])? else {
		return Ok((0, 0));
	};
	let after = at
		.value("Parts", "HistoryLen", vec![item_value(kind, id)])
		.await?
		.and_then(|n| n.as_u64())
		.and_then(|n| u32::try_from(n).ok());
	// The same key at the parent block (a map's key does not change with the runtime).
	let before: Option<String> =
		rpc.request("state_getStorage", rpc_params![hex(&key), parent_hash]).await?;
	let before = match before {
		Some(bytes) => {
			let bytes = unhex(&bytes).ok_or_else(|| anyhow!("a HistoryLen that is not hex"))?;
			let array: [u8; 4] = bytes
				.get(..4)
				.and_then(|b| b.try_into().ok())
				.ok_or_else(|| anyhow!("a HistoryLen of {} bytes", bytes.len()))?;
			u32::from_le_bytes(array)
		},
		None => 0,
	};
	Ok((before, after.unwrap_or(0)))
}

/// Whether a storage error says the runtime has no such pallet or item.
fn is_missing(e: &subxt::error::StorageError) -> bool {
	matches!(
		e,
		subxt::error::StorageError::StorageEntryNotFound { .. }
			| subxt::error::StorageError::PalletNameNotFound(_)
	)
}

/// A `Contracts.ContractEmitted` event (`field_bytes`: its contract's account and data):
/// the contract's code at the block, and the event decoded by the bundle of that code.
async fn contract_event(
	at: &View<'_>,
	catalog: &Catalog,
	index: u32,
	field_bytes: &[u8],
	topics: Vec<[u8; 32]>,
) -> Result<ContractEventRow> {
	use subxt::ext::codec::Decode;
	let (contract, data) = <([u8; 32], Vec<u8>)>::decode(&mut &*field_bytes)
		.map_err(|e| anyhow!("ContractEmitted's fields do not decode: {e}"))?;
	// The code at the end of the block: a contract that emitted and then replaced its code
	// or was removed in the same block is read as it is after (documented).
	let info = at.value("Contracts", "ContractInfoOf", vec![Value::from_bytes(contract)]).await?;
	let code_hash =
		info.as_ref().and_then(|i| i.get("code_hash")).and_then(Json::as_str).and_then(unhex32);
	let decoded = match code_hash {
		Some(code) => match catalog.decode(&code, &topics, &data) {
			Ok(decoded) => decoded,
			Err(e) => {
				tracing::warn!("contract {} event kept undecoded: {e:#}", hex(&contract));
				None
			},
		},
		None => None,
	};
	Ok(ContractEventRow {
		index,
		contract: hex(&contract),
		code_hash: code_hash.map(|c| hex(&c)),
		topics: topics.iter().map(|t| hex(t)).collect(),
		data: hex(&data),
		decoded,
	})
}

/// What a contract's event is about, by its fields' declared types in the bundle
/// (`ParticipantId`, `PartId`, `LotId`, `PartTypeId`, and `Goods` or `Item`: a part or a lot).
pub fn contract_subjects(decoded: &crate::contracts::Decoded) -> Vec<(&'static str, i64)> {
	let mut subjects = Vec::new();
	for (name, type_name) in &decoded.type_names {
		let Some(value) = decoded.fields.get(name) else { continue };
		if let Some(subject) = subject(type_name, value).filter(|s| !subjects.contains(s)) {
			subjects.push(subject);
		}
	}
	subjects
}

/// An event's fields as a JSON object (an event with unnamed fields: `{"0": …}`).
fn normalise_fields(fields: Json) -> Json {
	match fields {
		Json::Object(_) => fields,
		other => serde_json::json!({ "0": other }),
	}
}

/// The records an amchain event names, by its fields' names (`participant`, `part`,
/// `item: {"Part": 3}`, …), and for a field whose name means a part in one event and a lot
/// in another, the event's (`Parts.LotSplit`'s `into` is a lot, `Parts.Transformed`'s a part).
fn collect_ids(pallet: &str, variant: &str, fields: &Json, touched: &mut BTreeSet<(Entity, u64)>) {
	let Json::Object(fields) = fields else { return };
	for (name, value) in fields {
		let entities = match (pallet, variant, name.as_str()) {
			("Parts", "LotSplit", "into") => &[Entity::Lot][..],
			_ => Entity::of_field(pallet, name),
		};
		if !entities.is_empty() {
			if let Some(id) = as_int(value) {
				for &entity in entities {
					touched.insert((entity, id as u64));
				}
			}
		} else if pallet == "Parts" && (name == "item" || name == "target") {
			match item_of(value) {
				Some(("part", id)) => touched.insert((Entity::Part, id)),
				Some((_, id)) => touched.insert((Entity::Lot, id)),
				None => false,
			};
		}
	}
}

/// What an event is about, by the declared types of its fields in the metadata (not their
/// names, which say `from` for a participant in one event and for a status in another):
/// `ParticipantId`, `CertificationId`, `PartTypeId`, `PartId`, `LotId` (also inside
/// `Option<…>`), and the part or lot of an `Item` or a `RecallTarget`. Each (kind, id)
/// once, in field order.
fn subjects_of(
	fields: &[scale_info::Field<scale_info::form::PortableForm>],
	values: &Json,
) -> Vec<(&'static str, i64)> {
	let mut subjects = Vec::new();
	for (position, field) in fields.iter().enumerate() {
		let value = match &field.name {
			Some(name) => values.get(name.as_str()),
			None if fields.len() == 1 => Some(values),
			None => values.as_array().and_then(|a| a.get(position)),
		};
		let (Some(value), Some(type_name)) = (value, field.type_name.as_deref()) else {
			continue;
		};
		if let Some(subject) = subject(type_name, value).filter(|s| !subjects.contains(s)) {
			subjects.push(subject);
		}
	}
	subjects
}

/// What a value of the declared type `type_name` is about, if anything.
fn subject(type_name: &str, value: &Json) -> Option<(&'static str, i64)> {
	match subject_kind(type_name)? {
		"item" => item_of(value).map(|(kind, id)| (kind, id as i64)),
		kind => as_int(value).map(|id| (kind, id)),
	}
}

/// `ParticipantId`, `T::ParticipantId`, `Option<ParticipantId>` → `participant`; …
/// (`Goods`: the escrow contract's part or lot).
fn subject_kind(type_name: &str) -> Option<&'static str> {
	let name = type_name.trim();
	let name = name.strip_prefix("Option<").and_then(|n| n.strip_suffix('>')).unwrap_or(name);
	let name = name.split('<').next().unwrap_or(name);
	match name.rsplit("::").next().unwrap_or(name) {
		"ParticipantId" => Some("participant"),
		"CertificationId" => Some("certification"),
		"PartTypeId" => Some("part_type"),
		"PartId" => Some("part"),
		"LotId" => Some("lot"),
		"Item" | "RecallTarget" | "Goods" => Some("item"),
		_ => None,
	}
}

/// `{"Part": 3}` → ("part", 3); `{"Lot": 1}` → ("lot", 1).
fn item_of(value: &Json) -> Option<(&'static str, u64)> {
	let object = value.as_object()?;
	let (kind, id) = object.iter().next()?;
	let id = as_int(id)? as u64;
	match kind.as_str() {
		"Part" => Some(("part", id)),
		"Lot" => Some(("lot", id)),
		_ => None,
	}
}

fn item_value(kind: &str, id: u64) -> Value {
	let variant = if kind == "part" { "Part" } else { "Lot" };
	Value::unnamed_variant(variant, [Value::u128(id.into())])
}

fn decode_json(bytes: &[u8], type_id: u32, types: &scale_info::PortableRegistry) -> Result<Json> {
	let value = scale_value::scale::decode_as_type(&mut &*bytes, type_id, types)
		.map_err(|e| anyhow!("a storage value does not decode: {e}"))?;
	Ok(to_json(&value, types))
}

/// How many of a certification's last validity intervals a block reads.
const LAST_INTERVALS: u32 = 4;

/// A record as storage holds it at the block (for a certification, with its usage and its
/// validity intervals: all of them, or the last [`LAST_INTERVALS`]).
async fn read_record(
	at: &View<'_>,
	entity: Entity,
	id: u64,
	all_intervals: bool,
) -> Result<Record> {
	let (pallet, entry) = entity.storage();
	// A runtime without this map (an older or newer one): the row is left as it is.
	let value = at.value(pallet, entry, vec![Value::u128(id.into())]).await?;
	let usage = if entity == Entity::Certification {
		at.value("Certifications", "ProductionUsage", vec![Value::u128(id.into())])
			.await
			.unwrap_or(None)
	} else {
		None
	};
	let mut intervals = Vec::new();
	if entity == Entity::Certification {
		let count = value
			.as_ref()
			.and_then(|v| v.get("intervals"))
			.and_then(as_int)
			.and_then(|n| u32::try_from(n).ok())
			.unwrap_or(0);
		let first = if all_intervals { 0 } else { count.saturating_sub(LAST_INTERVALS) };
		for index in first..count {
			let key = vec![Value::u128(id.into()), Value::u128(index.into())];
			if let Some(interval) = at.value("Certifications", "ValidityIntervals", key).await? {
				intervals.push((index, interval));
			}
		}
	}
	Ok(Record { entity, id, value, usage, event: None, intervals })
}

/// The hashes of the council's live motions at the block (`Council.Proposals`).
async fn live_motions(at: &View<'_>) -> Result<Vec<String>> {
	let proposals = at.value("Council", "Proposals", vec![]).await?;
	Ok(proposals
		.as_ref()
		.and_then(Json::as_array)
		.map(|hashes| hashes.iter().filter_map(|h| h.as_str().map(str::to_string)).collect())
		.unwrap_or_default())
}

/// Every id of an entity's map at the block.
async fn all_ids(at: &AtBlock, entity: Entity) -> Result<Vec<u64>> {
	let (pallet, entry_name) = entity.storage();
	let address = dynamic::storage::<(Value,), Value>(pallet, entry_name);
	let mut ids = Vec::new();
	let mut entries = match at.storage().iter(address, ()).await {
		Ok(entries) => entries,
		Err(e) if is_missing(&e) => return Ok(ids),
		Err(e) => return Err(e.into()),
	};
	while let Some(entry) = entries.next().await {
		let entry = entry?;
		let key = entry.key()?;
		let id = key
			.part(0)
			.and_then(|p| p.decode_as::<u64>().ok().flatten())
			.ok_or_else(|| anyhow!("a key of {pallet}.{entry_name} does not decode as an id"))?;
		ids.push(id);
	}
	Ok(ids)
}

/// Every (item, index) of `Parts.History` at the block.
async fn all_history_keys(at: &AtBlock) -> Result<Vec<((&'static str, u64), u32)>> {
	let address = dynamic::storage::<(Value, Value), Value>("Parts", "History");
	let mut keys = Vec::new();
	let mut entries = match at.storage().iter(address, ()).await {
		Ok(entries) => entries,
		Err(e) if is_missing(&e) => return Ok(keys),
		Err(e) => return Err(e.into()),
	};
	while let Some(entry) = entries.next().await {
		let entry = entry?;
		let key = entry.key()?;
		let item = key.part(0).and_then(|p| p.decode_as::<scale_value::Value<()>>().ok().flatten());
		let index = key.part(1).and_then(|p| p.decode_as::<u32>().ok().flatten());
		let (Some(item), Some(index)) = (item, index) else {
			bail!("a key of Parts.History does not decode");
		};
		let item = match &item.value {
			scale_value::ValueDef::Variant(v) => {
				let id = v.values.values().next().and_then(|v| v.as_u128()).unwrap_or_default();
				match v.name.as_str() {
					"Part" => ("part", id as u64),
					_ => ("lot", id as u64),
				}
			},
			_ => bail!("a key of Parts.History is not an item"),
		};
		keys.push((item, index));
	}
	Ok(keys)
}

#[cfg(test)]
mod tests {
	/// `into` is a lot in `Parts.LotSplit` and a part in `Parts.Transformed`.
	#[test]
	fn a_split_names_the_new_lot_and_a_transformation_the_new_part() {
		use super::{collect_ids, Entity};
		let touched = |variant: &str, fields: serde_json::Value| {
			let mut ids = std::collections::BTreeSet::new();
			collect_ids("Parts", variant, &fields, &mut ids);
			ids.into_iter().collect::<Vec<_>>()
		};
		assert_eq!(
			touched("LotSplit", serde_json::json!({ "lot": 1, "into": 2, "quantity": 300 })),
			[(Entity::Lot, 1), (Entity::Lot, 2)]
		);
		assert_eq!(
			touched("Transformed", serde_json::json!({ "part": 3, "into": 4 })),
			[(Entity::Part, 3), (Entity::Part, 4)]
		);
	}

	#[test]
	fn a_token_joins_the_url_as_its_access_token() {
		use super::with_token;
		assert_eq!(with_token("ws://127.0.0.1:9944", "t"), "ws://127.0.0.1:9944/?access_token=t");
		assert_eq!(
			with_token("wss://node.example/rpc", "t"),
			"wss://node.example/rpc?access_token=t"
		);
		assert_eq!(with_token("ws://h:1/?a=b", "t"), "ws://h:1/?a=b&access_token=t");
	}

	use super::*;

	#[test]
	fn subjects_are_found_by_declared_type() {
		assert_eq!(subject_kind("ParticipantId"), Some("participant"));
		assert_eq!(subject_kind("T::ParticipantId"), Some("participant"));
		assert_eq!(subject_kind("Option<ParticipantId>"), Some("participant"));
		assert_eq!(subject_kind("PartTypeId"), Some("part_type"));
		assert_eq!(subject_kind("CertificationId"), Some("certification"));
		assert_eq!(subject_kind("Item"), Some("item"));
		assert_eq!(subject_kind("PartStatus"), None, "`from: PartStatus` is no participant");
		assert_eq!(subject_kind("u32"), None);
	}
}
