//! What the follower reads from one finalized block, ready to be written in one
//! transaction.

use serde_json::Value as Json;

/// One finalized block: its header facts, every event, and the records it touched.
#[derive(Debug, Default)]
pub struct BlockData {
	pub number: u64,
	/// `0x`-hex.
	pub hash: String,
	pub parent_hash: String,
	pub spec_version: u32,
	/// `Timestamp::Now` after the block (ms); `None` at genesis.
	pub timestamp: Option<u64>,
	pub events: Vec<EventRow>,
	/// Records as storage holds them after the block, for every id an event named (at
	/// genesis: every record there is).
	pub records: Vec<Record>,
	/// History records appended in the block (`Parts::Recorded`; at genesis: all).
	pub history: Vec<HistoryRow>,
	/// The contracts' events (`Contracts.ContractEmitted`), decoded where a bundle is known.
	pub contract_events: Vec<ContractEventRow>,
	/// Bids named by the block's events.
	pub bids: Vec<BidRow>,
	/// Council motions named by the block's events.
	pub motions: Vec<MotionRow>,
	/// Whether this block read every record of schema version 5's tables for a store
	/// indexed by an earlier version (its `reread` row goes in this block's transaction).
	pub reread: bool,
}

/// A contract's event: the `Contracts.ContractEmitted` event at `index` in its block.
#[derive(Debug)]
pub struct ContractEventRow {
	pub index: u32,
	/// The contract's account (`0x`-hex).
	pub contract: String,
	/// Its code at the block (`None`: no longer a contract at the block's end).
	pub code_hash: Option<String>,
	/// The event's topics (the first: ink!'s signature topic), `0x`-hex.
	pub topics: Vec<String>,
	/// The event's data as emitted (`0x`-hex).
	pub data: String,
	/// Decoded by the bundle of its code (`None`: no bundle for the code, or the data is not
	/// one of its events).
	pub decoded: Option<crate::contracts::Decoded>,
}

#[derive(Debug)]
pub struct EventRow {
	pub index: u32,
	pub extrinsic: Option<u32>,
	pub phase: &'static str,
	pub pallet: String,
	pub variant: String,
	pub fields: Json,
	/// What it is about: (`participant` | `part_type` | `part` | `lot`, id), each once.
	pub subjects: Vec<(&'static str, i64)>,
}

/// The records the indexer keeps a table of, each a storage map of a pallet keyed by a
/// numeric id. (Bids and council motions, keyed otherwise, are [`BidRow`] and
/// [`MotionRow`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity {
	Participant,
	Standard,
	Certification,
	PartType,
	Part,
	Lot,
	Core,
	Listing,
	Charge,
	// Before `Claim`: a claim's row copies its warranty's issuer, so a block writes the
	// warranty first.
	Warranty,
	Claim,
}

impl Entity {
	pub const ALL: [Entity; 11] = [
		Entity::Participant,
		Entity::Standard,
		Entity::Certification,
		Entity::PartType,
		Entity::Part,
		Entity::Lot,
		Entity::Core,
		Entity::Listing,
		Entity::Charge,
		Entity::Warranty,
		Entity::Claim,
	];

	/// Those schema version 5 added tables for (a certification: its validity intervals),
	/// which a store indexed by an earlier version reads again.
	pub const SINCE_V5: [Entity; 6] = [
		Entity::Certification,
		Entity::Core,
		Entity::Listing,
		Entity::Charge,
		Entity::Warranty,
		Entity::Claim,
	];

	/// The pallet and storage map that hold it.
	pub fn storage(self) -> (&'static str, &'static str) {
		match self {
			Entity::Participant => ("Certifications", "Participants"),
			Entity::Standard => ("Certifications", "Standards"),
			Entity::Certification => ("Certifications", "Certifications"),
			Entity::PartType => ("Parts", "PartTypes"),
			Entity::Part => ("Parts", "PartRecords"),
			Entity::Lot => ("Parts", "Lots"),
			Entity::Core => ("Cores", "CoreRecords"),
			Entity::Listing => ("Cores", "Listings"),
			Entity::Charge => ("Cores", "Charges"),
			Entity::Warranty => ("Warranties", "WarrantyRecords"),
			Entity::Claim => ("Warranties", "Claims"),
		}
	}

	/// Which entities an event field of this name (in one of these pallets) identifies.
	pub fn of_field(pallet: &str, field: &str) -> &'static [Entity] {
		match (pallet, field) {
			("Certifications", "participant") => &[Entity::Participant],
			("Certifications", "standard") => &[Entity::Standard],
			("Certifications" | "Parts", "certification") => &[Entity::Certification],
			("Parts", "part_type") => &[Entity::PartType],
			("Parts", "part" | "parent" | "into") => &[Entity::Part],
			("Parts", "lot") => &[Entity::Lot],
			// A core's part: its core record and its listing (either may be gone).
			("Cores", "part" | "core") => &[Entity::Core, Entity::Listing],
			("Cores", "charge") => &[Entity::Charge],
			("Warranties", "warranty") => &[Entity::Warranty],
			// `ClaimSuperseded { claim, by }`: both claims.
			("Warranties", "claim" | "by") => &[Entity::Claim],
			_ => &[],
		}
	}
}

/// A bid on a listed core after the block (`Cores.Bids`), for each (part, account) a
/// `BidPlaced`, `BidReleased` or `Sold` event named.
#[derive(Debug)]
pub struct BidRow {
	pub part: u64,
	/// The bidder's account, `0x`-hex.
	pub account: String,
	/// The stored bid (`None`: gone, released or won).
	pub value: Option<Json>,
	/// The last event naming it in the block (`Cores.Sold`, …) and that event's fields.
	pub event: String,
	pub fields: Json,
}

/// A council motion after the block, for each proposal hash an event of `Council` named.
#[derive(Debug)]
pub struct MotionRow {
	/// The proposal's hash, `0x`-hex.
	pub hash: String,
	/// `Council.ProposalOf` (the call) and `Council.Voting` after the block, if stored.
	pub call: Option<Json>,
	pub voting: Option<Json>,
	/// `Council.Proposed`'s fields, if it was proposed in the block.
	pub proposed: Option<Json>,
	/// What the block's events made of it: `Open`, `Closed`, `Approved`, `Disapproved`,
	/// `Executed` or `Killed` (`None`: votes only).
	pub status: Option<&'static str>,
	/// `Council.Executed`'s result.
	pub result: Option<Json>,
}

/// A record's value after the block (`None`: no longer in storage; the row is kept).
#[derive(Debug)]
pub struct Record {
	pub entity: Entity,
	pub id: u64,
	pub value: Option<Json>,
	/// For a certification: its `ProductionUsage` entry.
	pub usage: Option<Json>,
	/// The last event of the block that named it (`Cores.Sold`), if one did.
	pub event: Option<String>,
	/// For a certification: its validity intervals read (index, interval): the last few,
	/// or all of them when every record is read.
	pub intervals: Vec<(u32, Json)>,
}

#[derive(Debug)]
pub struct HistoryRow {
	/// `part` or `lot`.
	pub item_kind: &'static str,
	pub item_id: u64,
	pub index: u32,
	pub record: Json,
}

/// A JSON object's field as an integer.
pub fn int(j: &Json, key: &str) -> Option<i64> {
	j.get(key).and_then(as_int)
}

/// A JSON value as an integer (numbers, and decimal strings of big ones that fit).
pub fn as_int(j: &Json) -> Option<i64> {
	match j {
		Json::Number(n) => n.as_i64(),
		Json::String(s) => s.parse().ok(),
		_ => None,
	}
}

/// A JSON object's field as text (strings as they are, anything else as JSON).
pub fn text(j: &Json, key: &str) -> Option<String> {
	match j.get(key)? {
		Json::Null => None,
		Json::String(s) => Some(s.clone()),
		other => Some(other.to_string()),
	}
}

/// The variant name of an enum as JSON (`"Active"` or `{"Suspended": {…}}`).
pub fn variant(j: &Json, key: &str) -> Option<String> {
	match j.get(key)? {
		Json::String(s) => Some(s.clone()),
		Json::Object(o) if o.len() == 1 => o.keys().next().cloned(),
		_ => None,
	}
}
