//! The consortium's ink! contracts' events, decoded from their bundles' metadata.
//!
//! pallet-contracts tells of a contract's event only as `Contracts.ContractEmitted {
//! contract, data }` with the event's topics beside it: `data` is the SCALE encoding of
//! the contract's own event type, which only the contract's metadata describes. Given the
//! bundles (`--contracts DIR`: the `.contract` files cargo-contract builds, or their
//! metadata `.json`), the indexer finds the contract's code at the block
//! (`Contracts.ContractInfoOf`), picks the bundle whose `source.hash` is that code, picks
//! the event by its first topic (ink! 5's signature topic, the blake2-256 of
//! `Name(Type1,Type2,…)`), and decodes its fields in order with the bundle's type registry,
//! into the same JSON shape as the runtime's own events (src/json.rs).
//!
//! Nothing here trusts the contract: an event that names no known event, or whose data
//! does not decode exactly (bytes missing or left over), is kept undecoded with its raw
//! data. An event of a code no bundle is for makes the indexer read the directory again
//! (at most every [`RESCAN_AFTER`]: bundles built while it runs, as `scripts/run.sh` does,
//! are picked up), and the events kept undecoded are decoded when a bundle for their code
//! turns up ([`Store::redecode`]: at start, and after a read that found new bundles).
//!
//! [`Store::redecode`]: crate::store::Store::redecode

use std::{
	collections::HashMap,
	path::{Path, PathBuf},
	sync::{
		atomic::{AtomicBool, Ordering},
		Mutex, RwLock,
	},
	time::{Duration, Instant},
};

use anyhow::{anyhow, bail, Context, Result};
use scale_info::PortableRegistry;
use serde_json::{Map, Value as Json};
use subxt::ext::scale_value;

use crate::json::{hex, to_json};

/// How long after reading the bundles' directory an unknown code makes it read it again.
pub const RESCAN_AFTER: Duration = Duration::from_secs(5);

/// The bundles the indexer knows, by code hash.
#[derive(Default)]
pub struct Catalog {
	/// Where they are read from (`None`: no `--contracts`; nothing is ever decoded).
	dir: Option<PathBuf>,
	bundles: RwLock<HashMap<[u8; 32], Bundle>>,
	/// When the directory was last read.
	scanned: Mutex<Option<Instant>>,
	/// A read found bundles not known before (cleared by [`Catalog::take_grown`]).
	grown: AtomicBool,
}

/// One contract bundle's events.
pub struct Bundle {
	/// `contract.name` of the metadata (`escrow`, `letter_of_credit`, …).
	pub name: String,
	events: Vec<EventSpec>,
	types: PortableRegistry,
}

struct EventSpec {
	label: String,
	/// `None`: an anonymous event (no signature topic), which cannot be told apart.
	signature_topic: Option<[u8; 32]>,
	/// Each field: its name, type id in the bundle's registry, and declared type name
	/// (`ParticipantId`, `Goods`, …: what the event is about).
	args: Vec<(String, u32, String)>,
}

/// A contract event decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
	/// The bundle's contract name.
	pub contract_name: String,
	/// The event's name in the contract (`Opened`).
	pub event: String,
	/// Its fields by name, shaped as src/json.rs shapes the runtime's.
	pub fields: Json,
	/// Each field's declared type name, for what the event is about.
	pub type_names: Vec<(String, String)>,
}

impl Catalog {
	/// Every bundle in `dir`: `*.contract` files, and `*.json` files that are ink! metadata.
	/// A directory that cannot be read is an error; a file that is not a readable bundle is
	/// skipped with a warning in the log (other JSON silently).
	pub fn load(dir: &Path) -> Result<Catalog> {
		let bundles = read_dir(dir)?;
		for (hash, bundle) in &bundles {
			tracing::info!(
				"contract bundle {} (code {}): {} events",
				bundle.name,
				hex(hash),
				bundle.events.len()
			);
		}
		Ok(Catalog {
			dir: Some(dir.to_path_buf()),
			bundles: RwLock::new(bundles),
			scanned: Mutex::new(Some(Instant::now())),
			grown: AtomicBool::new(false),
		})
	}

	/// Whether bundles were given (`--contracts`).
	pub fn is_given(&self) -> bool {
		self.dir.is_some()
	}

	/// How many bundles it knows.
	pub fn len(&self) -> usize {
		self.bundles.read().map_or(0, |b| b.len())
	}

	/// Whether a read of the directory found new bundles since the last call.
	pub fn take_grown(&self) -> bool {
		self.grown.swap(false, Ordering::Relaxed)
	}

	/// The event `data` with `topics` of a contract whose code is `code_hash`, decoded;
	/// `Ok(None)` when no bundle is that code's (after reading the directory again, if it
	/// was last read more than [`RESCAN_AFTER`] ago); an error when the bundle has no such
	/// event or the data is not exactly one of it.
	pub fn decode(
		&self,
		code_hash: &[u8; 32],
		topics: &[[u8; 32]],
		data: &[u8],
	) -> Result<Option<Decoded>> {
		if let Some(decoded) = self.decode_known(code_hash, topics, data)? {
			return Ok(Some(decoded));
		}
		if self.rescan() {
			return self.decode_known(code_hash, topics, data);
		}
		Ok(None)
	}

	/// Like [`Catalog::decode`], with the bundles known now only.
	pub fn decode_known(
		&self,
		code_hash: &[u8; 32],
		topics: &[[u8; 32]],
		data: &[u8],
	) -> Result<Option<Decoded>> {
		let bundles = self.bundles.read().map_err(|_| anyhow!("the catalog's lock is poisoned"))?;
		match bundles.get(code_hash) {
			Some(bundle) => bundle.decode(topics, data).map(Some),
			None => Ok(None),
		}
	}

	/// Reads the directory again if it was last read more than [`RESCAN_AFTER`] ago;
	/// whether that found bundles not known before. A directory that no longer reads keeps
	/// what was known (with a warning).
	fn rescan(&self) -> bool {
		let Some(dir) = &self.dir else { return false };
		{
			let Ok(mut scanned) = self.scanned.lock() else { return false };
			if scanned.is_some_and(|at| at.elapsed() < RESCAN_AFTER) {
				return false;
			}
			*scanned = Some(Instant::now());
		}
		let found = match read_dir(dir) {
			Ok(found) => found,
			Err(e) => {
				tracing::warn!("contract bundles not read again: {e:#}");
				return false;
			},
		};
		let Ok(mut bundles) = self.bundles.write() else { return false };
		let mut grown = false;
		for (hash, bundle) in found {
			if let std::collections::hash_map::Entry::Vacant(entry) = bundles.entry(hash) {
				tracing::info!("new contract bundle {} (code {})", bundle.name, hex(&hash));
				entry.insert(bundle);
				grown = true;
			}
		}
		if grown {
			self.grown.store(true, Ordering::Relaxed);
		}
		grown
	}
}

/// Every bundle in `dir` by code hash (see [`Catalog::load`]).
fn read_dir(dir: &Path) -> Result<HashMap<[u8; 32], Bundle>> {
	let mut found = HashMap::new();
	let entries = std::fs::read_dir(dir)
		.with_context(|| format!("--contracts {}: cannot read the directory", dir.display()))?;
	let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
	paths.sort();
	for path in paths {
		let extension = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
		if extension != "contract" && extension != "json" {
			continue;
		}
		// A file that does not read is skipped with a warning (one cargo-contract is still
		// writing is read again at the next scan).
		let read = std::fs::read_to_string(&path)
			.map_err(anyhow::Error::from)
			.and_then(|text| serde_json::from_str::<Json>(&text).map_err(Into::into));
		let json = match read {
			Ok(json) => json,
			Err(e) => {
				tracing::warn!("{}: skipped, not readable JSON: {e}", path.display());
				continue;
			},
		};
		if json.get("spec").is_none() || json.pointer("/source/hash").is_none() {
			// Other JSON (cargo-contract's `.json` is the metadata, but a directory may hold
			// more).
			if extension == "contract" {
				tracing::warn!("{}: skipped, no spec or source.hash", path.display());
			}
			continue;
		}
		let (hash, bundle) = match Bundle::from_metadata(&json) {
			Ok(read) => read,
			Err(e) => {
				tracing::warn!("{}: skipped, not ink! 5 metadata: {e:#}", path.display());
				continue;
			},
		};
		found.insert(hash, bundle);
	}
	Ok(found)
}

impl Bundle {
	/// A bundle from ink! 5 metadata: its code hash and events.
	pub fn from_metadata(json: &Json) -> Result<([u8; 32], Bundle)> {
		let version =
			json.get("version").and_then(|v| v.as_u64().or_else(|| v.as_str()?.parse().ok()));
		if version != Some(5) {
			bail!("metadata version {version:?}: this indexer reads ink! 5 metadata (version 5)");
		}
		let hash = unhex32(json.pointer("/source/hash").and_then(Json::as_str).unwrap_or_default())
			.ok_or_else(|| anyhow!("source.hash is not a 32-byte hex string"))?;
		let name = json
			.pointer("/contract/name")
			.and_then(Json::as_str)
			.ok_or_else(|| anyhow!("no contract.name"))?
			.to_string();
		let types: PortableRegistry =
			serde_json::from_value(serde_json::json!({ "types": json["types"] }))
				.context("its types are not a scale-info registry")?;
		let mut events = Vec::new();
		for event in json.pointer("/spec/events").and_then(Json::as_array).into_iter().flatten() {
			let label =
				event["label"].as_str().ok_or_else(|| anyhow!("an event without a label"))?;
			let signature_topic = match &event["signature_topic"] {
				Json::Null => None,
				Json::String(s) => {
					Some(unhex32(s).ok_or_else(|| anyhow!("{label}: a signature topic of {s}"))?)
				},
				other => bail!("{label}: a signature topic of {other}"),
			};
			let mut args = Vec::new();
			for arg in event["args"].as_array().into_iter().flatten() {
				let arg_label =
					arg["label"].as_str().ok_or_else(|| anyhow!("{label}: an unnamed field"))?;
				let ty = arg
					.pointer("/type/type")
					.and_then(Json::as_u64)
					.and_then(|t| u32::try_from(t).ok())
					.ok_or_else(|| anyhow!("{label}.{arg_label}: no type id"))?;
				if types.resolve(ty).is_none() {
					bail!("{label}.{arg_label}: type {ty} is not in the registry");
				}
				let display: Vec<&str> = arg
					.pointer("/type/displayName")
					.and_then(Json::as_array)
					.into_iter()
					.flatten()
					.filter_map(Json::as_str)
					.collect();
				args.push((arg_label.to_string(), ty, display.join("::")));
			}
			events.push(EventSpec { label: label.to_string(), signature_topic, args });
		}
		Ok((hash, Bundle { name, events, types }))
	}

	fn decode(&self, topics: &[[u8; 32]], data: &[u8]) -> Result<Decoded> {
		let first = topics.first().ok_or_else(|| anyhow!("an event without topics"))?;
		let spec =
			self.events.iter().find(|e| e.signature_topic.as_ref() == Some(first)).ok_or_else(
				|| anyhow!("{} has no event with signature topic {}", self.name, hex(first)),
			)?;
		let mut input = data;
		let mut fields = Map::new();
		for (name, ty, _) in &spec.args {
			let value =
				scale_value::scale::decode_as_type(&mut input, *ty, &self.types).map_err(|e| {
					anyhow!("{}.{}: field {name} does not decode: {e}", self.name, spec.label)
				})?;
			fields.insert(name.clone(), to_json(&value, &self.types));
		}
		if !input.is_empty() {
			bail!("{}.{}: {} bytes left over after its fields", self.name, spec.label, input.len());
		}
		Ok(Decoded {
			contract_name: self.name.clone(),
			event: spec.label.clone(),
			fields: Json::Object(fields),
			type_names: spec.args.iter().map(|(n, _, t)| (n.clone(), t.clone())).collect(),
		})
	}
}

/// `0x`-hex of 32 bytes.
pub fn unhex32(s: &str) -> Option<[u8; 32]> {
	crate::json::unhex(s)?.try_into().ok()
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;
	use subxt::ext::codec::Encode;

	/// A bundle's metadata as cargo-contract writes it, cut down to what the indexer reads:
	/// one event `Paid { #[ink(topic)] order: u64, amount: u128, note: Vec<u8> }` and one
	/// anonymous event.
	fn metadata() -> Json {
		json!({
			"source": { "hash": format!("0x{}", "ab".repeat(32)) },
			"contract": { "name": "shop", "version": "1.0.0" },
			"spec": { "events": [
				{ "label": "Paid", "module_path": "shop::shop",
				  "signature_topic": format!("0x{}", "11".repeat(32)),
				  "args": [
					{ "label": "order", "indexed": true, "type": { "type": 0, "displayName": ["OrderId"] } },
					{ "label": "amount", "indexed": false, "type": { "type": 1, "displayName": ["Balance"] } },
					{ "label": "note", "indexed": false, "type": { "type": 2, "displayName": ["Vec"] } }
				  ] },
				{ "label": "Quiet", "module_path": "shop::shop", "signature_topic": null, "args": [] }
			] },
			"types": [
				{ "id": 0, "type": { "def": { "primitive": "u64" } } },
				{ "id": 1, "type": { "def": { "primitive": "u128" } } },
				{ "id": 2, "type": { "def": { "sequence": { "type": 3 } } } },
				{ "id": 3, "type": { "def": { "primitive": "u8" } } }
			],
			"version": 5
		})
	}

	fn catalog() -> Catalog {
		let (hash, bundle) = Bundle::from_metadata(&metadata()).expect("metadata reads");
		Catalog { bundles: RwLock::new(HashMap::from([(hash, bundle)])), ..Default::default() }
	}

	#[test]
	fn an_event_decodes_by_its_signature_topic_into_named_fields() {
		let data = (7u64, 1_000u128, b"first batch".to_vec()).encode();
		let decoded = catalog()
			.decode(&[0xab; 32], &[[0x11; 32], [7; 32]], &data)
			.expect("decodes")
			.expect("a known code");
		assert_eq!(decoded.contract_name, "shop");
		assert_eq!(decoded.event, "Paid");
		assert_eq!(decoded.fields, json!({ "order": 7, "amount": 1000, "note": "first batch" }));
		assert_eq!(decoded.type_names[0], ("order".to_string(), "OrderId".to_string()));
	}

	#[test]
	fn unknown_code_is_none_and_bad_data_an_error() {
		let catalog = catalog();
		let data = (7u64, 1_000u128, Vec::<u8>::new()).encode();
		assert_eq!(catalog.decode(&[0xcd; 32], &[[0x11; 32]], &data).expect("no error"), None);
		// No such signature topic; no topic at all (the anonymous event cannot be told).
		assert!(catalog.decode(&[0xab; 32], &[[0x22; 32]], &data).is_err());
		assert!(catalog.decode(&[0xab; 32], &[], &data).is_err());
		// Too short, and a byte left over: neither is the event.
		assert!(catalog.decode(&[0xab; 32], &[[0x11; 32]], &data[..data.len() - 1]).is_err());
		let mut long = data.clone();
		long.push(0);
		assert!(catalog.decode(&[0xab; 32], &[[0x11; 32]], &long).is_err());
	}

	fn scratch(name: &str) -> PathBuf {
		let dir =
			std::env::temp_dir().join(format!("amchain-catalog-{name}-{}", std::process::id()));
		let _ = std::fs::remove_dir_all(&dir);
		std::fs::create_dir_all(&dir).expect("a scratch directory");
		dir
	}

	#[test]
	fn a_directory_is_read_for_bundles_and_skips_what_is_none() {
		let dir = scratch("read");
		std::fs::write(dir.join("shop.contract"), metadata().to_string()).expect("written");
		std::fs::write(dir.join("half.contract"), "{\"spec\": ").expect("written");
		std::fs::write(dir.join("config.json"), "{\"other\": 1}").expect("written");
		std::fs::write(dir.join("shop.wasm"), [0u8, 97, 115, 109]).expect("written");
		let catalog = Catalog::load(&dir).expect("the directory reads");
		assert_eq!(catalog.len(), 1, "the one bundle, once");
		assert!(Catalog::load(&dir.join("missing")).is_err(), "a directory that is not there");
		let _ = std::fs::remove_dir_all(&dir);
	}

	#[test]
	fn a_bundle_built_while_it_runs_is_found_at_most_every_rescan_period() {
		let dir = scratch("rescan");
		let catalog = Catalog::load(&dir).expect("an empty directory reads");
		let data = (7u64, 1_000u128, Vec::<u8>::new()).encode();
		std::fs::write(dir.join("shop.contract"), metadata().to_string()).expect("written");
		// Read just now: an unknown code does not read the directory again yet.
		assert_eq!(catalog.decode(&[0xab; 32], &[[0x11; 32]], &data).expect("no error"), None);
		assert!(!catalog.take_grown());
		*catalog.scanned.lock().expect("lock") = Some(Instant::now() - RESCAN_AFTER);
		let decoded = catalog.decode(&[0xab; 32], &[[0x11; 32]], &data).expect("no error");
		assert_eq!(decoded.map(|d| d.event), Some("Paid".to_string()));
		assert!(catalog.take_grown(), "the new bundle is told once");
		assert!(!catalog.take_grown());
		// Without `--contracts` nothing is ever read.
		assert_eq!(Catalog::default().decode(&[0xab; 32], &[[0x11; 32]], &data).expect("ok"), None);
		let _ = std::fs::remove_dir_all(&dir);
	}

	#[test]
	fn metadata_that_is_not_ink_5_is_refused() {
		let mut v4 = metadata();
		v4["version"] = json!(4);
		assert!(Bundle::from_metadata(&v4).is_err());
		let mut bad_hash = metadata();
		bad_hash["source"]["hash"] = json!("0x1234");
		assert!(Bundle::from_metadata(&bad_hash).is_err());
		let mut bad_type = metadata();
		bad_type["spec"]["events"][0]["args"][1]["type"]["type"] = json!(99);
		assert!(Bundle::from_metadata(&bad_type).is_err());
	}
}
