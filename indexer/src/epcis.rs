//! GS1 EPCIS 2.0: every part's and lot's history record as an EPCIS event, served by the
//! standard's REST query binding (`GET /epcis/events`) and as a JSON-LD export of one
//! item's events (`GET /epcis/items/part/{id}`, `GET /epcis/items/lot/{id}`).
//!
//! The mapping (docs/indexer.md has it as a table) is [`event`]: a pure function of one
//! history row and the identities of the items it names. An install, a consumption and a
//! transformation are recorded twice on chain (on the child and on the parent, on the part
//! and on the lot, on the source and on the result); each is **one** EPCIS event, made from
//! its canonical record (the child's `InstalledIn`/`RemovedFrom`, the part's
//! `MaterialConsumed`, the source's `TransformedInto`): the other record (its mirror)
//! stands for the same event, with the same `eventID`. A `Correction` is an error
//! declaration: the corrected record's event again, with `errorDeclaration` (EPCIS 2.0,
//! the EPCISEvent's `errorDeclaration`: it repeats the erroneous event's fields and id).
//!
//! Identifiers (EPCIS 2.0 allows EPC URNs and GS1 Digital Link URIs alike): a part whose
//! type's code is a GTIN (8, 12, 13 or 14 digits with a valid check digit) is
//! `https://id.gs1.org/01/{GTIN-14}/21/{serial}`; a lot whose material code is a GTIN is the
//! class `https://id.gs1.org/01/{GTIN-14}/10/{lot id}` (the chain's lot id as the batch/lot
//! number); anything else is `urn:amchain:part:{id}` / `urn:amchain:lot:{id}`. Participants
//! (organisations) are `urn:amchain:participant:{id}`, in source and destination lists as
//! owning or possessing party; the chain knows no places, so events have no `readPoint` or
//! `bizLocation`. `urn:amchain:` is a private URN namespace (not registered with IANA).
//! Event ids are `urn:amchain:{genesis hash}:event:{part|lot}:{id}:{record index}`: unique
//! across chains and stable (EPCIS 2.0, the EPCISEvent's `eventID`: any URI unique to the
//! event; the CBV's event hash is another option, not used here).

use std::collections::{BTreeMap, HashMap};

use axum::{
	extract::{Path, Query, State},
	http::{header, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
};
use serde_json::{json, Map, Value as Json};
use sqlx::{any::AnyRow, Row};

use crate::store::{opt_int, Store};

/// The EPCIS 2.0 JSON-LD context.
pub const EPCIS_CONTEXT: &str = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";
/// The namespace of amchain's extension fields (`amchain:block`, …): where they are
/// documented.
pub const AMCHAIN_NAMESPACE: &str = "https://github.com/amchain/amchain/blob/main/docs/indexer.md#";
/// The largest page of `GET /epcis/events`.
pub const MAX_PER_PAGE: i64 = 100;
/// The page size when `perPage` is not given.
pub const DEFAULT_PER_PAGE: i64 = 30;
/// How many history rows one read of the store scans while filtering.
const SCAN: i64 = 200;

/// A part or a lot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
	Part(i64),
	Lot(i64),
}

impl Item {
	fn kind(self) -> &'static str {
		match self {
			Item::Part(_) => "part",
			Item::Lot(_) => "lot",
		}
	}
	fn id(self) -> i64 {
		match self {
			Item::Part(id) | Item::Lot(id) => id,
		}
	}
	fn of(kind: &str, id: i64) -> Item {
		if kind == "lot" {
			Item::Lot(id)
		} else {
			Item::Part(id)
		}
	}
	/// `urn:amchain:part:3`.
	pub fn urn(self) -> String {
		format!("urn:amchain:{}:{}", self.kind(), self.id())
	}
}

/// How an item is named in EPCIS: a part's instance URI, or a lot's class URI with its
/// unit (UN/ECE Recommendation 20 code; none for pieces) and registered quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
	pub uri: String,
	pub uom: Option<&'static str>,
	pub quantity: Option<i64>,
}

/// A part's identity from its type's code and its serial.
pub fn part_identity(id: i64, code: Option<&str>, serial: Option<&str>) -> Identity {
	let uri = match (code.and_then(gtin14), serial.filter(|s| !s.is_empty())) {
		(Some(gtin), Some(serial)) => {
			format!("https://id.gs1.org/01/{gtin}/21/{}", percent_encode(serial))
		},
		_ => Item::Part(id).urn(),
	};
	Identity { uri, uom: None, quantity: None }
}

/// A lot's identity from its material code, unit and quantity.
pub fn lot_identity(
	id: i64,
	material: Option<&str>,
	unit: Option<&str>,
	quantity: Option<i64>,
) -> Identity {
	let uri = match material.and_then(gtin14) {
		Some(gtin) => format!("https://id.gs1.org/01/{gtin}/10/{id}"),
		None => Item::Lot(id).urn(),
	};
	let uom = match unit {
		Some("Grams") => Some("GRM"),
		Some("Millilitres") => Some("MLT"),
		Some("Millimetres") => Some("MMT"),
		Some("SquareMillimetres") => Some("MMK"),
		// Pieces: a quantity without a unit counts instances (EPCIS 2.0, QuantityElement).
		_ => None,
	};
	Identity { uri, uom, quantity }
}

/// A GTIN-8, -12, -13 or -14 with a valid check digit, as 14 digits.
pub fn gtin14(code: &str) -> Option<String> {
	let code = code.trim();
	if !matches!(code.len(), 8 | 12 | 13 | 14) || !code.bytes().all(|b| b.is_ascii_digit()) {
		return None;
	}
	let padded = format!("{code:0>14}");
	let digits: Vec<u32> = padded.bytes().map(|b| u32::from(b - b'0')).collect();
	let sum: u32 =
		digits[..13].iter().enumerate().map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d }).sum();
	((10 - sum % 10) % 10 == digits[13]).then_some(padded)
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(s: &str) -> String {
	let mut out = String::new();
	for b in s.bytes() {
		if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
			out.push(b as char);
		} else {
			out.push_str(&format!("%{b:02X}"));
		}
	}
	out
}

/// One history record as the mapping reads it (a row of the `history` table).
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
	pub item: Item,
	pub index: i64,
	pub block: i64,
	pub extrinsic: Option<i64>,
	/// The block's time, ms since the Unix epoch.
	pub time: Option<i64>,
	/// The reporter's own time, µs since the Unix epoch.
	pub reported_at: Option<i64>,
	pub actor: Option<String>,
	pub participant: Option<i64>,
	pub kind: String,
	/// The kind's fields (`{"parent": 3}`), or null.
	pub fields: Json,
	/// Hash of the off-chain data (`0x00…00`: none).
	pub data: Option<String>,
}

impl Record {
	pub fn from_row(row: &AnyRow) -> Record {
		let text = |c: &str| row.try_get::<Option<String>, _>(c).ok().flatten();
		Record {
			item: Item::of(&text("item_kind").unwrap_or_default(), row.get("item_id")),
			index: row.get("record_index"),
			block: row.get("block_number"),
			extrinsic: opt_int(row, "extrinsic_index"),
			time: opt_int(row, "time"),
			reported_at: opt_int(row, "reported_at"),
			actor: text("actor"),
			participant: opt_int(row, "participant"),
			kind: text("kind").unwrap_or_default(),
			fields: text("kind_fields")
				.and_then(|t| serde_json::from_str(&t).ok())
				.unwrap_or(Json::Null),
			data: text("data"),
		}
	}

	fn int(&self, field: &str) -> Option<i64> {
		self.fields.get(field).and_then(crate::model::as_int)
	}
	fn str(&self, field: &str) -> Option<&str> {
		self.fields.get(field).and_then(Json::as_str)
	}

	/// The record this one mirrors (same event): (item, kind, field naming this item).
	pub fn mirrored(&self) -> Option<(Item, &'static str, &'static str)> {
		let (kind, field, other) = match self.kind.as_str() {
			"ChildInstalled" => ("InstalledIn", "parent", Item::Part(self.int("child")?)),
			"ChildRemoved" => ("RemovedFrom", "parent", Item::Part(self.int("child")?)),
			"ConsumedInto" => ("MaterialConsumed", "lot", Item::Part(self.int("part")?)),
			"MadeFrom" => ("TransformedInto", "part", Item::Part(self.int("part")?)),
			"SplitFrom" => ("SplitInto", "lot", Item::Lot(self.int("lot")?)),
			_ => return None,
		};
		Some((other, kind, field))
	}

	/// The items the record's event names besides its own.
	pub fn counterparts(&self) -> Vec<Item> {
		let mut items = Vec::new();
		for (field, lot) in [("parent", false), ("child", false), ("part", false), ("lot", true)] {
			if let Some(id) = self.int(field) {
				items.push(if lot { Item::Lot(id) } else { Item::Part(id) });
			}
		}
		items
	}
}

/// What the mapping needs besides the record: the chain (its genesis hash, for event ids)
/// and the identities of the items the record names (missing ones read as amchain URNs).
pub struct Context<'a> {
	pub chain: &'a str,
	pub identities: &'a HashMap<Item, Identity>,
	/// For an `Accepted`, `Rejected` or `OfferCancelled`: the index of the offer it answers.
	pub offer: Option<i64>,
}

impl Context<'_> {
	fn identity(&self, item: Item) -> Identity {
		self.identities.get(&item).cloned().unwrap_or(Identity {
			uri: item.urn(),
			uom: None,
			quantity: None,
		})
	}
	/// The item as `epcList` (a part) or `quantityList` (a lot's class), under `prefix`
	/// (`""` for ObjectEvent, `"child"`, `"input"`, `"output"`).
	fn what(
		&self,
		item: Item,
		quantity: Option<i64>,
		event: &mut Map<String, Json>,
		list: &str,
		classes: &str,
	) {
		let identity = self.identity(item);
		match item {
			Item::Part(_) => {
				event.insert(list.into(), json!([identity.uri]));
			},
			Item::Lot(_) => {
				let mut element = json!({ "epcClass": identity.uri });
				if let Some(q) = quantity {
					element["quantity"] = json!(q);
					if let Some(uom) = identity.uom {
						element["uom"] = json!(uom);
					}
				}
				event.insert(classes.into(), json!([element]));
			},
		}
	}
}

/// `urn:amchain:participant:6`.
pub fn participant_urn(id: i64) -> String {
	format!("urn:amchain:participant:{id}")
}

/// The event id of a record: the chain, the item and the record's index.
pub fn event_id(chain: &str, item: Item, index: i64) -> String {
	format!(
		"urn:amchain:{}:event:{}:{}:{}",
		chain.trim_start_matches("0x"),
		item.kind(),
		item.id(),
		index
	)
}

/// One history record as an EPCIS 2.0 event (JSON-LD, without `@context`: the document's
/// applies). A mirror record (`ChildInstalled`, …) is mapped as it stands here; callers
/// that know its canonical record map that one instead ([`EventSource::event_of`]).
pub fn event(r: &Record, cx: &Context) -> Json {
	let mut e = Map::new();
	let me = r.item;
	let party = |kind: &str, who: Option<i64>| {
		who.map(|id| json!([{ "type": kind, "source": participant_urn(id) }]))
	};
	let dest = |kind: &str, who: Option<i64>| {
		who.map(|id| json!([{ "type": kind, "destination": participant_urn(id) }]))
	};
	let party_kind =
		|h: Option<&str>| if h == Some("Custody") { "possessing_party" } else { "owning_party" };
	let handover = r.str("handover");
	let transaction = |index: Option<i64>| {
		index.map(|i| json!([{ "bizTransaction": format!("urn:amchain:handover:{}:{}:{}", me.kind(), me.id(), i) }]))
	};
	// (type, action, bizStep, disposition)
	let (ty, action, step, disposition): (&str, Option<&str>, Option<&str>, Option<&str>) =
		match (r.kind.as_str(), handover) {
			("Registered", _) => {
				cx.what(me, cx.identity(me).quantity, &mut e, "epcList", "quantityList");
				if let Some(c) = r.int("certification") {
					e.insert(
						"certificationInfo".into(),
						json!(format!("urn:amchain:certification:{c}")),
					);
				}
				("ObjectEvent", Some("ADD"), Some("commissioning"), Some("active"))
			},
			("Offered", Some("Custody")) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("sourceList", party("possessing_party", r.participant)));
				e.extend(opt("destinationList", dest("possessing_party", r.int("to"))));
				e.extend(opt("bizTransactionList", transaction(Some(r.index))));
				("ObjectEvent", Some("OBSERVE"), Some("shipping"), Some("in_transit"))
			},
			("Accepted", Some("Custody")) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("sourceList", party("possessing_party", r.int("from"))));
				e.extend(opt("destinationList", dest("possessing_party", r.participant)));
				e.extend(opt("bizTransactionList", transaction(cx.offer)));
				("ObjectEvent", Some("OBSERVE"), Some("receiving"), Some("in_progress"))
			},
			("Rejected" | "OfferCancelled", Some("Custody")) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("bizTransactionList", transaction(cx.offer)));
				("ObjectEvent", Some("OBSERVE"), Some("void_shipping"), None)
			},
			("Transferred", Some("Custody")) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("destinationList", dest("possessing_party", r.int("to"))));
				("ObjectEvent", Some("OBSERVE"), Some("receiving"), Some("in_progress"))
			},
			("Offered", _) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("sourceList", party(party_kind(handover), r.participant)));
				e.extend(opt("destinationList", dest(party_kind(handover), r.int("to"))));
				e.extend(opt("bizTransactionList", transaction(Some(r.index))));
				("TransactionEvent", Some("ADD"), Some("consigning"), Some("in_progress"))
			},
			("Accepted", _) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("sourceList", party(party_kind(handover), r.int("from"))));
				e.extend(opt("destinationList", dest(party_kind(handover), r.participant)));
				e.extend(opt("bizTransactionList", transaction(cx.offer.or(Some(r.index)))));
				("TransactionEvent", Some("OBSERVE"), Some("accepting"), Some("active"))
			},
			("Rejected" | "OfferCancelled", _) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("bizTransactionList", transaction(cx.offer.or(Some(r.index)))));
				("TransactionEvent", Some("DELETE"), None, None)
			},
			("Transferred", _) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				e.extend(opt("destinationList", dest(party_kind(handover), r.int("to"))));
				e.extend(opt("bizTransactionList", transaction(Some(r.index))));
				("TransactionEvent", Some("OBSERVE"), Some("accepting"), Some("active"))
			},
			("Activated", _) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				("ObjectEvent", Some("OBSERVE"), Some("retail_selling"), Some("retail_sold"))
			},
			("InstalledIn" | "RemovedFrom" | "ChildInstalled" | "ChildRemoved", _) => {
				let (parent, child) = match r.kind.as_str() {
					"InstalledIn" | "RemovedFrom" => {
						(Item::Part(r.int("parent").unwrap_or(-1)), me)
					},
					_ => (me, Item::Part(r.int("child").unwrap_or(-1))),
				};
				e.insert("parentID".into(), json!(cx.identity(parent).uri));
				e.insert("childEPCs".into(), json!([cx.identity(child).uri]));
				if matches!(r.kind.as_str(), "InstalledIn" | "ChildInstalled") {
					("AggregationEvent", Some("ADD"), Some("installing"), None)
				} else {
					("AggregationEvent", Some("DELETE"), Some("removing"), None)
				}
			},
			("MaterialConsumed" | "ConsumedInto", _) => {
				let (lot, part) = match r.kind.as_str() {
					"MaterialConsumed" => (Item::Lot(r.int("lot").unwrap_or(-1)), me),
					_ => (me, Item::Part(r.int("part").unwrap_or(-1))),
				};
				cx.what(lot, r.int("quantity"), &mut e, "inputEPCList", "inputQuantityList");
				cx.what(part, None, &mut e, "outputEPCList", "outputQuantityList");
				("TransformationEvent", None, Some("assembling"), Some("in_progress"))
			},
			// A lot split: part of one lot's quantity became another lot of the same
			// material (the canonical record is the source lot's).
			("SplitInto" | "SplitFrom", _) => {
				let (from, into) = match r.kind.as_str() {
					"SplitInto" => (me, Item::Lot(r.int("lot").unwrap_or(-1))),
					_ => (Item::Lot(r.int("lot").unwrap_or(-1)), me),
				};
				let quantity = r.int("quantity");
				cx.what(from, quantity, &mut e, "inputEPCList", "inputQuantityList");
				cx.what(into, quantity, &mut e, "outputEPCList", "outputQuantityList");
				("TransformationEvent", None, Some("repackaging"), Some("active"))
			},
			("TransformedInto" | "MadeFrom", _) => {
				let (from, into) = match r.kind.as_str() {
					"TransformedInto" => (me, Item::Part(r.int("part").unwrap_or(-1))),
					_ => (Item::Part(r.int("part").unwrap_or(-1)), me),
				};
				cx.what(from, None, &mut e, "inputEPCList", "inputQuantityList");
				cx.what(into, None, &mut e, "outputEPCList", "outputQuantityList");
				("TransformationEvent", None, Some("commissioning"), Some("active"))
			},
			("Inspection", _) => observe(cx, me, &mut e, Some("inspecting"), None),
			("Measurement", _) => observe(cx, me, &mut e, Some("sensor_reporting"), None),
			("Service", _) => observe(cx, me, &mut e, Some("repairing"), None),
			("Scanned", _) => observe(cx, me, &mut e, None, None),
			// A recall of the item, or one of what it was made from that reached it (the
			// recall cascade's `Held` and `Unheld`).
			("Quarantined" | "Held", _) => {
				e.insert("persistentDisposition".into(), json!({ "set": ["recalled"] }));
				observe(cx, me, &mut e, Some("holding"), Some("recalled"))
			},
			("Released" | "Unheld", _) => {
				e.insert("persistentDisposition".into(), json!({ "unset": ["recalled"] }));
				observe(cx, me, &mut e, None, Some("active"))
			},
			("StatusChanged", _) => {
				cx.what(me, None, &mut e, "epcList", "quantityList");
				match r.str("to") {
					Some("Scrapped") => {
						("ObjectEvent", Some("DELETE"), Some("destroying"), Some("destroyed"))
					},
					Some("Recycled") => {
						("ObjectEvent", Some("DELETE"), Some("decommissioning"), Some("disposed"))
					},
					Some("Consumed") => {
						("ObjectEvent", Some("DELETE"), Some("decommissioning"), Some("inactive"))
					},
					Some("ReturnedAsCore") => {
						("ObjectEvent", Some("OBSERVE"), Some("collecting"), Some("returned"))
					},
					// A new life after remanufacture (from ReturnedAsCore).
					Some("Active") => {
						("ObjectEvent", Some("OBSERVE"), Some("repairing"), Some("active"))
					},
					_ => ("ObjectEvent", Some("OBSERVE"), None, None),
				}
			},
			("WarrantyVoided", _) => {
				if let Some(w) = r.int("warranty") {
					e.insert(
						"bizTransactionList".into(),
						json!([{ "bizTransaction": format!("urn:amchain:warranty:{w}") }]),
					);
				}
				observe(cx, me, &mut e, None, None)
			},
			// A kind this indexer does not know (a later runtime's): an observation.
			_ => observe(cx, me, &mut e, None, None),
		};

	let mut out = Map::new();
	out.insert("type".into(), json!(ty));
	out.insert("eventTime".into(), json!(rfc3339_ms(r.time.unwrap_or(0))));
	out.insert("eventTimeZoneOffset".into(), json!("+00:00"));
	out.insert("eventID".into(), json!(event_id(cx.chain, me, r.index)));
	if let Some(action) = action {
		out.insert("action".into(), json!(action));
	}
	out.extend(e);
	if let Some(step) = step {
		out.insert("bizStep".into(), json!(step));
	}
	if let Some(d) = disposition {
		out.insert("disposition".into(), json!(d));
	}
	// What EPCIS has no field for.
	out.insert("amchain:item".into(), json!(me.urn()));
	out.insert("amchain:recordIndex".into(), json!(r.index));
	out.insert("amchain:recordKind".into(), json!(r.kind));
	out.insert("amchain:block".into(), json!(r.block));
	if let Some(x) = r.extrinsic {
		out.insert("amchain:extrinsic".into(), json!(x));
	}
	if let Some(p) = r.participant {
		out.insert("amchain:participant".into(), json!(participant_urn(p)));
	}
	if let Some(actor) = &r.actor {
		out.insert("amchain:actor".into(), json!(actor));
	}
	if let Some(data) =
		r.data.as_deref().filter(|d| d.trim_start_matches("0x").bytes().any(|b| b != b'0'))
	{
		out.insert("amchain:data".into(), json!(data));
	}
	if let Some(at) = r.reported_at {
		out.insert("amchain:reportedAt".into(), json!(rfc3339_us(at)));
	}
	Json::Object(out)
}

/// The account pallet-parts writes governance's records under (a recall or tag consent by
/// a council motion): all zero bytes, which no one holds the key of.
pub fn is_governance(actor: Option<&str>) -> bool {
	actor
		.and_then(|a| a.strip_prefix("0x"))
		.is_some_and(|hex| hex.len() == 64 && hex.bytes().all(|b| b == b'0'))
}

/// Whether `correction` corrects `wrong`: only governance corrects what governance recorded
/// (spec 105; before it a maker could append a "correction" to a recall governance made
/// in its name, which is a dispute, not an error declaration).
pub fn corrects(wrong: &Record, correction: &Record) -> bool {
	!is_governance(wrong.actor.as_deref()) || is_governance(correction.actor.as_deref())
}

/// The erroneous record's event declared erroneous by `correction` (EPCIS 2.0,
/// the EPCISEvent's `errorDeclaration`).
pub fn declare_error(mut erroneous: Json, correction: &Record) -> Json {
	let mut declaration = json!({
		"declarationTime": rfc3339_ms(correction.time.unwrap_or(0)),
		"reason": "incorrect_data",
		"amchain:correctionRecord": correction.index,
	});
	if let Some(data) = &correction.data {
		declaration["amchain:correctedData"] = json!(data);
	}
	erroneous["errorDeclaration"] = declaration;
	erroneous
}

fn opt(key: &str, value: Option<Json>) -> Option<(String, Json)> {
	value.map(|v| (key.to_string(), v))
}

fn observe<'a>(
	cx: &Context,
	me: Item,
	e: &mut Map<String, Json>,
	step: Option<&'a str>,
	disposition: Option<&'a str>,
) -> (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>) {
	cx.what(me, None, e, "epcList", "quantityList");
	("ObjectEvent", Some("OBSERVE"), step, disposition)
}

// ---- time ----

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
	let y = if m <= 2 { y - 1 } else { y };
	let era = y.div_euclid(400);
	let yoe = y - era * 400;
	let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
	let z = z + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let d = doy - (153 * mp + 2) / 5 + 1;
	let m = if mp < 10 { mp + 3 } else { mp - 9 };
	(yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `2026-11-30T14:03:12.345Z` from ms since the Unix epoch.
pub fn rfc3339_ms(ms: i64) -> String {
	let (days, rest) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
	let (y, m, d) = civil_from_days(days);
	let (h, min, s, milli) = (rest / 3_600_000, rest / 60_000 % 60, rest / 1000 % 60, rest % 1000);
	format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{milli:03}Z")
}

fn rfc3339_us(us: i64) -> String {
	let ms = rfc3339_ms(us.div_euclid(1000));
	format!("{}{:03}Z", ms.trim_end_matches('Z'), us.rem_euclid(1000))
}

/// ms since the Unix epoch of an RFC 3339 date-time (`2026-11-30T14:03:12Z`,
/// `…12.5+01:00`); sub-millisecond digits are cut.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
	let b = s.as_bytes();
	let num = |r: std::ops::Range<usize>| -> Option<i64> {
		let t = s.get(r)?;
		t.bytes().all(|c| c.is_ascii_digit()).then(|| t.parse().ok())?
	};
	if b.len() < 20
		|| b[4] != b'-'
		|| b[7] != b'-'
		|| !matches!(b[10], b'T' | b't')
		|| b[13] != b':'
		|| b[16] != b':'
	{
		return None;
	}
	let (y, mo, d, h, mi, sec) =
		(num(0..4)?, num(5..7)?, num(8..10)?, num(11..13)?, num(14..16)?, num(17..19)?);
	if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
		return None;
	}
	let mut i = 19;
	let mut milli = 0;
	if b.get(i) == Some(&b'.') {
		let start = i + 1;
		i = start;
		while b.get(i).is_some_and(u8::is_ascii_digit) {
			i += 1;
		}
		if i == start {
			return None;
		}
		let digits = format!("{:0<3}", &s[start..i.min(start + 3)]);
		milli = digits.parse::<i64>().ok()?;
	}
	let offset_min = match s.get(i..)? {
		"Z" | "z" => 0,
		tz if tz.len() == 6 && (tz.starts_with('+') || tz.starts_with('-')) && &tz[3..4] == ":" => {
			let (oh, om) = (num(i + 1..i + 3)?, num(i + 4..i + 6)?);
			let sign = if tz.starts_with('-') { -1 } else { 1 };
			sign * (oh * 60 + om)
		},
		_ => return None,
	};
	let secs = days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + sec - offset_min * 60;
	Some(secs * 1000 + milli)
}

// ---- the store side ----

/// Reads what the mapping needs from the store, keeping identities it has read.
pub struct EventSource<'a> {
	store: &'a Store,
	pub chain: String,
	identities: HashMap<Item, Identity>,
}

/// Mirror kinds: the same event as their canonical record.
const MIRRORS: &str = "'ChildInstalled', 'ChildRemoved', 'ConsumedInto', 'MadeFrom', 'SplitFrom'";

impl<'a> EventSource<'a> {
	pub async fn new(store: &'a Store) -> Result<EventSource<'a>, sqlx::Error> {
		let row = sqlx::query("SELECT hash FROM blocks WHERE number = 0")
			.fetch_optional(&store.pool)
			.await?;
		let chain = row.map(|r| r.get::<String, _>(0)).unwrap_or_default();
		Ok(EventSource {
			store,
			chain: chain.trim_start_matches("0x").to_string(),
			identities: HashMap::new(),
		})
	}

	/// Whether the store has this part or lot.
	pub async fn exists(&mut self, item: Item) -> Result<bool, sqlx::Error> {
		Ok(self.identity(item).await?.is_some())
	}

	async fn identity(&mut self, item: Item) -> Result<Option<Identity>, sqlx::Error> {
		if let Some(found) = self.identities.get(&item) {
			return Ok(Some(found.clone()));
		}
		let identity = match item {
			Item::Part(id) => sqlx::query(
				"SELECT p.serial, t.code FROM parts p LEFT JOIN part_types t ON t.id = p.part_type \
				 WHERE p.id = $1",
			)
			.bind(id)
			.fetch_optional(&self.store.pool)
			.await?
			.map(|row| {
				let serial: Option<String> = row.try_get(0).ok().flatten();
				let code: Option<String> = row.try_get(1).ok().flatten();
				part_identity(id, code.as_deref(), serial.as_deref())
			}),
			Item::Lot(id) => sqlx::query("SELECT material, quantity, record FROM lots WHERE id = $1")
				.bind(id)
				.fetch_optional(&self.store.pool)
				.await?
				.map(|row| {
					let material: Option<String> = row.try_get(0).ok().flatten();
					let quantity = opt_int(&row, "quantity");
					let record: Option<String> = row.try_get(2).ok().flatten();
					let record: Json = record.and_then(|r| serde_json::from_str(&r).ok()).unwrap_or(Json::Null);
					lot_identity(id, material.as_deref(), record.get("unit").and_then(Json::as_str), quantity)
				}),
		};
		if let Some(found) = &identity {
			self.identities.insert(item, found.clone());
		}
		Ok(identity)
	}

	async fn row(&self, item: Item, index: i64) -> Result<Option<Record>, sqlx::Error> {
		let row = sqlx::query(
			"SELECT * FROM history WHERE item_kind = $1 AND item_id = $2 AND record_index = $3",
		)
		.bind(item.kind())
		.bind(item.id())
		.bind(index)
		.fetch_optional(&self.store.pool)
		.await?;
		Ok(row.as_ref().map(Record::from_row))
	}

	/// The canonical record of a mirror (the child's `InstalledIn` for a parent's
	/// `ChildInstalled`, …): the other item's record of that kind in the same block naming
	/// this item. A record that mirrors nothing is its own.
	pub async fn canonical(&self, r: Record) -> Result<Record, sqlx::Error> {
		let Some((other, kind, field)) = r.mirrored() else { return Ok(r) };
		let rows = sqlx::query(
			"SELECT * FROM history WHERE item_kind = $1 AND item_id = $2 AND block_number = $3 \
			 AND kind = $4 ORDER BY record_index",
		)
		.bind(other.kind())
		.bind(other.id())
		.bind(r.block)
		.bind(kind)
		.fetch_all(&self.store.pool)
		.await?;
		let found = rows.iter().map(Record::from_row).find(|c| c.int(field) == Some(r.item.id()));
		Ok(found.unwrap_or(r))
	}

	/// The EPCIS event of a (canonical) record.
	pub async fn event_of(&mut self, r: &Record) -> Result<Json, sqlx::Error> {
		if r.kind == "Correction" {
			if let Some(of) = r.int("of") {
				if let Some(wrong) = self.row(r.item, of).await? {
					let wrong = self.canonical(wrong).await?;
					if wrong.kind != "Correction" && corrects(&wrong, r) {
						let event = self.plain_event_of(&wrong).await?;
						return Ok(declare_error(event, r));
					}
				}
			}
		}
		self.plain_event_of(r).await
	}

	/// The event of a record that is no correction.
	async fn plain_event_of(&mut self, r: &Record) -> Result<Json, sqlx::Error> {
		let mut items = vec![r.item];
		items.extend(r.counterparts());
		for item in items {
			self.identity(item).await?;
		}
		let offer = match r.kind.as_str() {
			"Accepted" | "Rejected" | "OfferCancelled" => self.offer_of(r).await?,
			_ => None,
		};
		Ok(event(r, &Context { chain: &self.chain, identities: &self.identities, offer }))
	}

	/// The offer an answer answers: the item's last `Offered` of the same hand-over before it.
	async fn offer_of(&self, r: &Record) -> Result<Option<i64>, sqlx::Error> {
		let rows = sqlx::query(
			"SELECT * FROM history WHERE item_kind = $1 AND item_id = $2 AND kind = 'Offered' \
			 AND record_index < $3 ORDER BY record_index DESC",
		)
		.bind(r.item.kind())
		.bind(r.item.id())
		.bind(r.index)
		.fetch_all(&self.store.pool)
		.await?;
		Ok(rows
			.iter()
			.map(Record::from_row)
			.find(|o| o.str("handover") == r.str("handover"))
			.map(|o| o.index))
	}

	/// Every event of an item, oldest first (its mirror records as their canonical events).
	pub async fn item_events(&mut self, item: Item) -> Result<Vec<Json>, sqlx::Error> {
		let rows = sqlx::query(
			"SELECT * FROM history WHERE item_kind = $1 AND item_id = $2 ORDER BY record_index",
		)
		.bind(item.kind())
		.bind(item.id())
		.fetch_all(&self.store.pool)
		.await?;
		let mut events = Vec::new();
		for row in &rows {
			let r = self.canonical(Record::from_row(row)).await?;
			events.push(self.event_of(&r).await?);
		}
		Ok(events)
	}

	/// The items an EPC URI names (exact URIs as this indexer writes them).
	async fn items_named(&mut self, uri: &str) -> Result<Vec<Item>, sqlx::Error> {
		let mut candidates = Vec::new();
		if let Some(id) = uri.strip_prefix("urn:amchain:part:").and_then(|i| i.parse().ok()) {
			candidates.push(Item::Part(id));
		} else if let Some(id) = uri.strip_prefix("urn:amchain:lot:").and_then(|i| i.parse().ok()) {
			candidates.push(Item::Lot(id));
		} else if let Some(rest) = uri.strip_prefix("https://id.gs1.org/01/") {
			if let Some((_, serial)) = rest.split_once("/21/") {
				let serial = percent_decode(serial);
				let rows = sqlx::query("SELECT id FROM parts WHERE serial = $1")
					.bind(serial)
					.fetch_all(&self.store.pool)
					.await?;
				candidates.extend(rows.iter().map(|r| Item::Part(r.get::<i64, _>(0))));
			} else if let Some((_, lot)) = rest.split_once("/10/") {
				candidates.extend(lot.parse().ok().map(Item::Lot));
			}
		}
		let mut named = Vec::new();
		for item in candidates {
			if self.identity(item).await?.is_some_and(|i| i.uri == uri || item.urn() == uri) {
				named.push(item);
			}
		}
		Ok(named)
	}
}

fn percent_decode(s: &str) -> String {
	let b = s.as_bytes();
	let mut out = Vec::new();
	let mut i = 0;
	while i < b.len() {
		if b[i] == b'%' {
			if let Some(byte) = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
				out.push(byte);
				i += 3;
				continue;
			}
		}
		out.push(b[i]);
		i += 1;
	}
	String::from_utf8_lossy(&out).into_owned()
}

// ---- the query ----

/// A page position: the last event delivered, by its canonical record
/// (block, item kind, item id, record index).
type Key = (i64, String, i64, i64);

fn key_of(r: &Record) -> Key {
	(r.block, r.item.kind().to_string(), r.item.id(), r.index)
}

/// `GET /epcis/events`'s parameters.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct EventQuery {
	pub event_types: Option<Vec<String>>,
	pub biz_steps: Option<Vec<String>>,
	pub dispositions: Option<Vec<String>>,
	pub from_time: Option<i64>,
	pub to_time: Option<i64>,
	pub epcs: Option<Vec<String>>,
	pub any_epcs: Option<Vec<String>>,
	pub epc_classes: Option<Vec<String>>,
	pub any_epc_classes: Option<Vec<String>>,
	pub actions: Option<Vec<String>>,
	/// `MATCH_parentID`: an AggregationEvent's parent, exactly.
	pub parent_ids: Option<Vec<String>>,
	/// `EQ_eventID`.
	pub event_ids: Option<Vec<String>>,
	/// `orderDirection=DESC`: newest first.
	pub descending: bool,
	/// `eventCountLimit`: at most this many events in all, over every page.
	pub count_limit: Option<i64>,
	/// How many events the pages before this one delivered (from the token; counted
	/// against `count_limit`).
	pub delivered: i64,
	pub per_page: i64,
	pub after: Option<Key>,
}

impl EventQuery {
	/// This page's size: `perPage`, or less when `eventCountLimit` leaves fewer.
	pub fn page_size(&self) -> i64 {
		match self.count_limit {
			Some(limit) => self.per_page.min(limit.saturating_sub(self.delivered)).max(0),
			None => self.per_page,
		}
	}
}

/// A refused parameter: (parameter, reason).
#[derive(Debug, PartialEq)]
pub struct BadParameter(pub String, pub String);

const EVENT_TYPES: [&str; 5] = [
	"ObjectEvent",
	"AggregationEvent",
	"TransactionEvent",
	"TransformationEvent",
	"AssociationEvent",
];

/// Parses the query string's pairs (values are `|`-separated lists, as the REST binding's
/// OpenAPI says: `style: pipeDelimited`).
pub fn parse_query(pairs: &[(String, String)]) -> Result<EventQuery, BadParameter> {
	let mut q = EventQuery { per_page: DEFAULT_PER_PAGE, ..Default::default() };
	let mut seen = Vec::new();
	for (name, value) in pairs {
		let bad = |reason: String| BadParameter(name.clone(), reason);
		if seen.contains(name) {
			return Err(bad(format!("{name} is given twice")));
		}
		seen.push(name.clone());
		let list = || -> Result<Vec<String>, BadParameter> {
			let values: Vec<String> = value.split('|').map(str::to_string).collect();
			if values.iter().any(String::is_empty) {
				return Err(bad(format!("{name} has an empty value")));
			}
			Ok(values)
		};
		match name.as_str() {
			"eventType" => {
				let types = list()?;
				if let Some(t) = types.iter().find(|t| !EVENT_TYPES.contains(&t.as_str())) {
					return Err(bad(format!(
						"unknown event type {t:?}: expected one of {}",
						EVENT_TYPES.join(", ")
					)));
				}
				q.event_types = Some(types);
			},
			"EQ_bizStep" => {
				q.biz_steps = Some(list()?.iter().map(|s| bare(s, "BizStep-")).collect())
			},
			"EQ_disposition" => {
				q.dispositions = Some(list()?.iter().map(|s| bare(s, "Disp-")).collect())
			},
			"GE_eventTime" | "LT_eventTime" => {
				let t = parse_rfc3339(value).ok_or_else(|| {
					bad(format!("{name} must be an RFC 3339 date-time such as 2026-11-30T00:00:00Z, not {value:?}"))
				})?;
				if name == "GE_eventTime" {
					q.from_time = Some(t)
				} else {
					q.to_time = Some(t)
				}
			},
			"MATCH_parentID" => q.parent_ids = Some(list()?),
			"EQ_eventID" => q.event_ids = Some(list()?),
			"orderBy" => {
				// Events are in block order, which is `eventTime` order; no event has a
				// `recordTime` of its own (the block is both).
				if value != "eventTime" {
					return Err(bad(format!(
						"orderBy must be eventTime (the only time this chain's events carry), not {value:?}"
					)));
				}
			},
			"orderDirection" => {
				q.descending = match value.as_str() {
					"ASC" => false,
					"DESC" => true,
					_ => {
						return Err(bad(format!(
							"orderDirection must be ASC or DESC, not {value:?}"
						)))
					},
				}
			},
			"eventCountLimit" => {
				q.count_limit =
					Some(value.parse::<i64>().ok().filter(|n| *n >= 1).ok_or_else(|| {
						bad(format!("eventCountLimit must be a positive integer, not {value:?}"))
					})?)
			},
			"MATCH_epc" => q.epcs = Some(list()?),
			"MATCH_anyEPC" => q.any_epcs = Some(list()?),
			"MATCH_epcClass" => q.epc_classes = Some(list()?),
			"MATCH_anyEPCClass" => q.any_epc_classes = Some(list()?),
			"EQ_action" => {
				let actions = list()?;
				if let Some(a) =
					actions.iter().find(|a| !["ADD", "OBSERVE", "DELETE"].contains(&a.as_str()))
				{
					return Err(bad(format!(
						"unknown action {a:?}: expected ADD, OBSERVE or DELETE"
					)));
				}
				q.actions = Some(actions);
			},
			"perPage" => {
				q.per_page = value
					.parse::<i64>()
					.ok()
					.filter(|n| (1..=MAX_PER_PAGE).contains(n))
					.ok_or_else(|| {
						bad(format!("perPage must be between 1 and {MAX_PER_PAGE}, not {value:?}"))
					})?
			},
			"nextPageToken" => {
				let (after, delivered) = parse_token(value).ok_or_else(|| {
					bad(format!("invalid nextPageToken {value:?}: pass the one a Link header gave"))
				})?;
				q.after = Some(after);
				q.delivered = delivered;
			},
			other => {
				return Err(bad(format!(
					"unsupported query parameter {other:?}: this EPCIS interface supports eventType, \
					 EQ_action, EQ_bizStep, EQ_disposition, EQ_eventID, GE_eventTime, LT_eventTime, \
					 MATCH_epc, MATCH_anyEPC, MATCH_epcClass, MATCH_anyEPCClass, MATCH_parentID, \
					 orderBy, orderDirection, eventCountLimit, perPage and nextPageToken"
				)))
			},
		}
	}
	Ok(q)
}

/// A CBV term from a bare word or a CBV web URI (`https://ref.gs1.org/cbv/BizStep-shipping`).
fn bare(value: &str, prefix: &str) -> String {
	for base in ["https://ref.gs1.org/cbv/", "https://gs1.org/voc/"] {
		if let Some(term) = value.strip_prefix(base).and_then(|v| v.strip_prefix(prefix)) {
			return term.to_string();
		}
	}
	value.to_string()
}

/// The next page's token: the last event delivered, and (when an `eventCountLimit` counts
/// them) how many events all pages so far delivered.
fn token(k: &Key, delivered: Option<i64>) -> String {
	match delivered {
		Some(n) => format!("{}.{}.{}.{}.{n}", k.0, k.1, k.2, k.3),
		None => format!("{}.{}.{}.{}", k.0, k.1, k.2, k.3),
	}
}

fn parse_token(t: &str) -> Option<(Key, i64)> {
	let mut parts = t.split('.');
	let block = parts.next()?.parse().ok()?;
	let kind = parts.next().filter(|k| *k == "part" || *k == "lot")?.to_string();
	let id = parts.next()?.parse().ok()?;
	let index = parts.next()?.parse().ok()?;
	let delivered = match parts.next() {
		Some(n) => n.parse().ok().filter(|n: &i64| *n >= 0)?,
		None => 0,
	};
	parts.next().is_none().then_some(((block, kind, id, index), delivered))
}

/// The item an amchain event id names (`urn:amchain:<chain>:event:part:3:7` → part 3).
fn item_of_event_id(id: &str) -> Option<Item> {
	let rest = id.strip_prefix("urn:amchain:")?;
	let (_, rest) = rest.split_once(":event:")?;
	let mut parts = rest.split(':');
	let kind = parts.next()?;
	let item_id: i64 = parts.next()?.parse().ok()?;
	let _index: i64 = parts.next()?.parse().ok()?;
	match kind {
		"part" => Some(Item::Part(item_id)),
		"lot" => Some(Item::Lot(item_id)),
		_ => None,
	}
}

/// Whether an event passes the query's filters (not its paging).
pub fn matches(q: &EventQuery, event: &Json) -> bool {
	let field = |name: &str| event.get(name).and_then(Json::as_str);
	let one_of = |wanted: &Option<Vec<String>>, value: Option<&str>| {
		wanted.as_ref().is_none_or(|w| value.is_some_and(|v| w.iter().any(|x| x == v)))
	};
	let time = field("eventTime").and_then(parse_rfc3339);
	let epcs = |names: &[&str]| -> Vec<&str> {
		let mut found: Vec<&str> = names
			.iter()
			.filter_map(|n| event.get(*n).and_then(Json::as_array))
			.flatten()
			.filter_map(Json::as_str)
			.collect();
		if names.contains(&"parentID") {
			found.extend(field("parentID"));
		}
		found
	};
	let classes = |names: &[&str]| -> Vec<&str> {
		names
			.iter()
			.filter_map(|n| event.get(*n).and_then(Json::as_array))
			.flatten()
			.filter_map(|element| element.get("epcClass").and_then(Json::as_str))
			.collect()
	};
	let any = |wanted: &Option<Vec<String>>, have: Vec<&str>| {
		wanted.as_ref().is_none_or(|w| have.iter().any(|h| w.iter().any(|x| x == h)))
	};
	one_of(&q.event_types, field("type"))
		&& one_of(&q.event_ids, field("eventID"))
		&& one_of(&q.parent_ids, field("parentID"))
		&& one_of(&q.actions, field("action"))
		&& one_of(&q.biz_steps, field("bizStep"))
		&& one_of(&q.dispositions, field("disposition"))
		&& q.from_time.is_none_or(|t| time.is_some_and(|e| e >= t))
		&& q.to_time.is_none_or(|t| time.is_some_and(|e| e < t))
		&& any(&q.epcs, epcs(&["epcList", "childEPCs"]))
		&& any(
			&q.any_epcs,
			epcs(&["epcList", "childEPCs", "inputEPCList", "outputEPCList", "parentID"]),
		) && any(&q.epc_classes, classes(&["quantityList", "childQuantityList"]))
		&& any(
			&q.any_epc_classes,
			classes(&[
				"quantityList",
				"childQuantityList",
				"inputQuantityList",
				"outputQuantityList",
			]),
		)
}

/// The record kinds the mapping knows, mirrors and corrections aside.
const KINDS: [&str; 24] = [
	"Registered",
	"SplitInto",
	"Offered",
	"Accepted",
	"Rejected",
	"OfferCancelled",
	"Transferred",
	"Activated",
	"InstalledIn",
	"RemovedFrom",
	"MaterialConsumed",
	"TransformedInto",
	"Inspection",
	"Measurement",
	"Service",
	"Scanned",
	"Quarantined",
	"Released",
	"Held",
	"Unheld",
	"StatusChanged",
	"WarrantyVoided",
	// Stand-ins for every other kind (the fallback observation).
	"",
	"Correction",
];

/// The record kinds whose events can pass `q`'s type, action, bizStep and disposition
/// filters, found by mapping a probe record of each kind (each hand-over, each status);
/// `None`: any kind can (no such filter, or one a kind unknown to this indexer passes).
/// A correction's event is another record's, so `Correction` is always a candidate.
pub fn candidate_kinds(q: &EventQuery) -> Option<Vec<&'static str>> {
	let probe = EventQuery {
		event_types: q.event_types.clone(),
		actions: q.actions.clone(),
		biz_steps: q.biz_steps.clone(),
		dispositions: q.dispositions.clone(),
		..Default::default()
	};
	if probe == EventQuery::default() {
		return None;
	}
	let identities = HashMap::new();
	let cx = Context { chain: "", identities: &identities, offer: None };
	let mut kinds = Vec::new();
	for kind in KINDS {
		let passes = match kind {
			"Correction" => true,
			_ => ["Ownership", "Custody"].iter().any(|handover| {
				["Active", "Installed", "Consumed", "ReturnedAsCore", "Scrapped", "Recycled"]
					.iter()
					.any(|status| {
						let fields = json!({ "handover": handover, "to": status, "parent": 0,
							"child": 0, "part": 0, "lot": 0, "quantity": 1, "warranty": 0 });
						let probe_record = Record {
							item: Item::Part(0),
							index: 0,
							block: 0,
							extrinsic: None,
							time: Some(0),
							reported_at: None,
							actor: None,
							participant: None,
							kind: kind.to_string(),
							fields,
							data: None,
						};
						matches(&probe, &event(&probe_record, &cx))
					})
			}),
		};
		match (kind, passes) {
			// An unknown kind passes: any kind may.
			("", true) => return None,
			(_, true) => kinds.push(kind),
			_ => {},
		}
	}
	Some(kinds)
}

impl EventSource<'_> {
	/// A page of events matching `q` (one more than `per_page` when there is a next page),
	/// each with its key.
	pub async fn query(&mut self, q: &EventQuery) -> Result<Vec<(Key, Json)>, sqlx::Error> {
		let per_page = q.page_size();
		let mut page = Vec::new();
		if per_page == 0 {
			return Ok(page);
		}
		let after = q.after.clone().unwrap_or(if q.descending {
			(i64::MAX, "~".to_string(), i64::MAX, i64::MAX)
		} else {
			(-1, String::new(), -1, -1)
		});
		let named = [&q.epcs, &q.any_epcs, &q.epc_classes, &q.any_epc_classes, &q.parent_ids];
		if named.iter().any(|n| n.is_some()) || q.event_ids.is_some() {
			// Only the named items' records can match (an event id names its item): read
			// theirs (mirrors as their canonical records), then filter.
			let uris: Vec<String> =
				named.iter().filter_map(|n| n.as_ref()).flatten().cloned().collect();
			let mut items = Vec::new();
			for uri in &uris {
				items.extend(self.items_named(uri).await?);
			}
			for id in q.event_ids.iter().flatten() {
				items.extend(item_of_event_id(id));
			}
			let mut records = BTreeMap::new();
			for item in items {
				let rows =
					sqlx::query("SELECT * FROM history WHERE item_kind = $1 AND item_id = $2")
						.bind(item.kind())
						.bind(item.id())
						.fetch_all(&self.store.pool)
						.await?;
				for row in &rows {
					let r = self.canonical(Record::from_row(row)).await?;
					records.insert(key_of(&r), r);
				}
			}
			let in_order: Vec<(&Key, &Record)> = if q.descending {
				records.range(..after.clone()).rev().collect()
			} else {
				records.range(after_range(&after)).collect()
			};
			for (key, r) in in_order {
				let event = self.event_of(r).await?;
				if matches(q, &event) {
					page.push((key.clone(), event));
					if page.len() as i64 > per_page {
						break;
					}
				}
			}
			return Ok(page);
		}
		let mut cursor = after;
		loop {
			// Only the record kinds whose events can pass the type, action, bizStep and
			// disposition filters (our own names, so quoting them is safe).
			let kinds = match candidate_kinds(q) {
				Some(kinds) => format!(
					"AND kind IN ({})",
					kinds.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(", ")
				),
				None => String::new(),
			};
			// After the cursor in the page's direction.
			let (beyond, order) = if q.descending { ("<", "DESC") } else { (">", "ASC") };
			let query = format!(
				"SELECT * FROM history WHERE kind NOT IN ({MIRRORS}) {kinds} \
				 AND time >= $1 AND time < $2 \
				 AND (block_number {beyond} $3 OR (block_number = $3 AND (item_kind {beyond} $4 OR \
				 (item_kind = $4 AND (item_id {beyond} $5 OR (item_id = $5 AND record_index \
				 {beyond} $6)))))) \
				 ORDER BY block_number {order}, item_kind {order}, item_id {order}, record_index \
				 {order} LIMIT $7"
			);
			let rows = sqlx::query(&query)
				.bind(q.from_time.unwrap_or(i64::MIN))
				.bind(q.to_time.unwrap_or(i64::MAX))
				.bind(cursor.0)
				.bind(cursor.1.clone())
				.bind(cursor.2)
				.bind(cursor.3)
				.bind(SCAN)
				.fetch_all(&self.store.pool)
				.await?;
			for row in &rows {
				let r = Record::from_row(row);
				cursor = key_of(&r);
				let event = self.event_of(&r).await?;
				if matches(q, &event) {
					page.push((cursor.clone(), event));
					if page.len() as i64 > per_page {
						return Ok(page);
					}
				}
			}
			if (rows.len() as i64) < SCAN {
				return Ok(page);
			}
		}
	}
}

fn after_range(after: &Key) -> (std::ops::Bound<Key>, std::ops::Bound<Key>) {
	(std::ops::Bound::Excluded(after.clone()), std::ops::Bound::Unbounded)
}

// ---- HTTP ----

/// The JSON-LD `@context` of amchain's documents.
pub fn context() -> Json {
	json!([EPCIS_CONTEXT, { "amchain": AMCHAIN_NAMESPACE }])
}

fn now_rfc3339() -> String {
	let ms = std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| d.as_millis() as i64)
		.unwrap_or(0);
	rfc3339_ms(ms)
}

/// An EPCIS query document of `events`.
pub fn query_document(events: Vec<Json>) -> Json {
	json!({
		"@context": context(),
		"type": "EPCISQueryDocument",
		"schemaVersion": "2.0",
		"creationDate": now_rfc3339(),
		"epcisBody": { "queryResults": { "queryName": "SimpleEventQuery", "resultsBody": { "eventList": events } } },
	})
}

/// An EPCIS document of `events`.
pub fn document(events: Vec<Json>) -> Json {
	json!({
		"@context": context(),
		"type": "EPCISDocument",
		"schemaVersion": "2.0",
		"creationDate": now_rfc3339(),
		"epcisBody": { "eventList": events },
	})
}

fn ld_json(status: StatusCode, body: &Json) -> Response {
	let mut response = (status, body.to_string()).into_response();
	response
		.headers_mut()
		.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/ld+json"));
	response
}

/// An RFC 7807 problem, as the REST binding answers errors.
fn problem(status: StatusCode, kind: &str, title: &str, detail: String) -> Response {
	let body = json!({ "type": format!("epcisException:{kind}"), "title": title, "status": status.as_u16(), "detail": detail });
	let mut response = (status, body.to_string()).into_response();
	response
		.headers_mut()
		.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
	response
}

fn unavailable(e: sqlx::Error) -> Response {
	tracing::warn!("EPCIS: {e}");
	problem(
		StatusCode::SERVICE_UNAVAILABLE,
		"ImplementationException",
		"The store cannot answer",
		e.to_string(),
	)
}

/// `GET /epcis/events?…`: an EPCISQueryDocument of one page of matching events, with a
/// `Link: <…>; rel="next"` header when there are more.
pub async fn events(
	State(store): State<Store>,
	Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
	let q = match parse_query(&pairs) {
		Ok(q) => q,
		Err(BadParameter(name, reason)) => {
			let mut response = problem(
				StatusCode::BAD_REQUEST,
				"QueryParameterException",
				"Invalid query parameter",
				reason,
			);
			if let Ok(v) = HeaderValue::from_str(&name) {
				response.headers_mut().insert("x-epcis-parameter", v);
			}
			return response;
		},
	};
	let mut source = match EventSource::new(&store).await {
		Ok(s) => s,
		Err(e) => return unavailable(e),
	};
	let mut page = match source.query(&q).await {
		Ok(page) => page,
		Err(e) => return unavailable(e),
	};
	let per_page = q.page_size();
	let next = (page.len() as i64 > per_page && per_page > 0).then(|| {
		page.truncate(per_page as usize);
		let delivered = q.count_limit.map(|_| q.delivered + per_page);
		token(&page[page.len() - 1].0, delivered)
	});
	// With an `eventCountLimit`, the page that reaches it is the last.
	let next = next.filter(|_| q.count_limit.is_none_or(|limit| q.delivered + per_page < limit));
	let mut response =
		ld_json(StatusCode::OK, &query_document(page.into_iter().map(|(_, e)| e).collect()));
	if let Some(next) = next {
		let mut query: Vec<String> = pairs
			.iter()
			.filter(|(k, _)| k != "nextPageToken")
			.map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
			.collect();
		query.push(format!("nextPageToken={next}"));
		let link = format!("</epcis/events?{}>; rel=\"next\"", query.join("&"));
		if let Ok(v) = HeaderValue::from_str(&link) {
			response.headers_mut().insert(header::LINK, v);
		}
	}
	response
}

/// `GET /epcis/items/{part|lot}/{id}`: an EPCISDocument of every event of that item.
pub async fn item(
	State(store): State<Store>,
	Path((kind, id)): Path<(String, String)>,
) -> Response {
	let Ok(id) = id.parse::<i64>() else {
		return problem(
			StatusCode::BAD_REQUEST,
			"ValidationException",
			"Invalid item id",
			format!("id must be a non-negative integer, not {id:?}"),
		);
	};
	let item = match kind.as_str() {
		"part" => Item::Part(id),
		"lot" => Item::Lot(id),
		other => {
			return problem(
				StatusCode::NOT_FOUND,
				"NoSuchResourceException",
				"No such resource",
				format!("no item kind {other:?}: use part or lot"),
			)
		},
	};
	let mut source = match EventSource::new(&store).await {
		Ok(s) => s,
		Err(e) => return unavailable(e),
	};
	match source.exists(item).await {
		Ok(true) => {},
		Ok(false) => {
			return problem(
				StatusCode::NOT_FOUND,
				"NoSuchResourceException",
				"No such resource",
				format!("no {kind} {id} in this index"),
			)
		},
		Err(e) => return unavailable(e),
	}
	match source.item_events(item).await {
		Ok(events) => ld_json(StatusCode::OK, &document(events)),
		Err(e) => unavailable(e),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const CHAIN: &str = "0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef";

	fn validator() -> jsonschema::Validator {
		let schema: Json = serde_json::from_str(include_str!(concat!(
			env!("CARGO_MANIFEST_DIR"),
			"/tests/fixtures/EPCIS-JSON-Schema.json"
		)))
		.expect("the schema is JSON");
		jsonschema::options()
			.should_validate_formats(true)
			.build(&schema)
			.expect("the schema compiles")
	}

	fn assert_valid(v: &jsonschema::Validator, doc: &Json) {
		let errors: Vec<String> =
			v.iter_errors(doc).map(|e| format!("{e} at {}", e.instance_path)).collect();
		assert!(errors.is_empty(), "{errors:#?}\n{}", serde_json::to_string_pretty(doc).unwrap());
	}

	#[test]
	fn only_governance_corrects_governances_records() {
		let zero = format!("0x{}", "0".repeat(64));
		let mut recall = record(Item::Part(0), 7, "Quarantined", Json::Null);
		recall.actor = Some(zero.clone());
		let by_maker = record(Item::Part(0), 15, "Correction", json!({ "of": 7 }));
		let mut by_governance = by_maker.clone();
		by_governance.actor = Some(zero.clone());
		assert!(is_governance(Some(&zero)));
		assert!(!is_governance(Some("0x00")) && !is_governance(None));
		assert!(!is_governance(by_maker.actor.as_deref()));
		assert!(!corrects(&recall, &by_maker), "a maker's dispute of a governance recall");
		assert!(corrects(&recall, &by_governance));
		let inspection = record(Item::Part(0), 3, "Inspection", Json::Null);
		assert!(corrects(&inspection, &by_maker));
	}

	fn record(item: Item, index: i64, kind: &str, fields: Json) -> Record {
		Record {
			item,
			index,
			block: 7,
			extrinsic: Some(2),
			time: Some(1_764_511_392_345),
			reported_at: Some(1_764_511_390_000_123),
			actor: Some(
				"0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20".into(),
			),
			participant: Some(2),
			kind: kind.into(),
			fields,
			data: Some(format!("0x{}", "09".repeat(32))),
		}
	}

	/// A history record of every kind, on a GS1 part (0), a part without a GTIN (1), a GS1
	/// lot (2) and a lot of non-GS1 material (3).
	fn every_kind() -> Vec<Record> {
		let (gear, bolt, steel, resin) = (Item::Part(0), Item::Part(1), Item::Lot(2), Item::Lot(3));
		let mut records = Vec::new();
		for item in [gear, bolt, steel, resin] {
			records.push(record(item, 0, "Registered", json!({ "certification": 0 })));
			records.push(record(item, 1, "Registered", json!({ "certification": null })));
			for handover in ["Ownership", "Custody"] {
				records.push(record(item, 2, "Offered", json!({ "handover": handover, "to": 6 })));
				records.push(record(
					item,
					3,
					"Accepted",
					json!({ "handover": handover, "from": 2 }),
				));
				records.push(record(item, 4, "Rejected", json!({ "handover": handover, "by": 6 })));
				records.push(record(item, 5, "OfferCancelled", json!({ "handover": handover })));
				records.push(record(
					item,
					6,
					"Transferred",
					json!({ "handover": handover, "to": 6 }),
				));
			}
			for kind in [
				"Activated",
				"Inspection",
				"Measurement",
				"Service",
				"Scanned",
				"Quarantined",
				"Released",
				"SomethingNew",
			] {
				records.push(record(item, 7, kind, Json::Null));
			}
			records.push(record(item, 8, "WarrantyVoided", json!({ "warranty": 4 })));
		}
		records.push(record(bolt, 9, "InstalledIn", json!({ "parent": 0 })));
		records.push(record(gear, 9, "ChildInstalled", json!({ "child": 1 })));
		records.push(record(bolt, 10, "RemovedFrom", json!({ "parent": 0 })));
		records.push(record(gear, 10, "ChildRemoved", json!({ "child": 1 })));
		records.push(record(gear, 11, "MaterialConsumed", json!({ "lot": 2, "quantity": 250 })));
		records.push(record(steel, 11, "ConsumedInto", json!({ "part": 0, "quantity": 250 })));
		records.push(record(bolt, 12, "MaterialConsumed", json!({ "lot": 3, "quantity": 4 })));
		records.push(record(gear, 13, "TransformedInto", json!({ "part": 1 })));
		records.push(record(bolt, 13, "MadeFrom", json!({ "part": 0 })));
		records.push(record(steel, 15, "SplitInto", json!({ "lot": 3, "quantity": 100 })));
		records.push(record(Item::Lot(3), 0, "SplitFrom", json!({ "lot": 2, "quantity": 100 })));
		for to in ["Scrapped", "Recycled", "Consumed", "ReturnedAsCore", "Active", "Installed"] {
			records.push(record(gear, 14, "StatusChanged", json!({ "from": "Active", "to": to })));
		}
		records
	}

	fn identities() -> HashMap<Item, Identity> {
		HashMap::from([
			(Item::Part(0), part_identity(0, Some("04012345000108"), Some("HG-40 #1/a"))),
			(Item::Part(1), part_identity(1, Some("BOLT-M8"), Some("B-1"))),
			(Item::Lot(2), lot_identity(2, Some("4012345000115"), Some("Grams"), Some(10_000))),
			(Item::Lot(3), lot_identity(3, Some("RESIN-7"), Some("Pieces"), Some(40))),
		])
	}

	#[test]
	fn identifiers_are_digital_link_uris_for_gtins_and_amchain_urns_otherwise() {
		assert_eq!(gtin14("04012345000108").as_deref(), Some("04012345000108"));
		assert_eq!(
			gtin14("4012345000108").as_deref(),
			Some("04012345000108"),
			"a GTIN-13 is padded"
		);
		assert_eq!(gtin14("04012345000109"), None, "a wrong check digit");
		assert_eq!(gtin14("HG-40"), None);
		let ids = identities();
		assert_eq!(
			ids[&Item::Part(0)].uri,
			"https://id.gs1.org/01/04012345000108/21/HG-40%20%231%2Fa"
		);
		assert_eq!(ids[&Item::Part(1)].uri, "urn:amchain:part:1");
		assert_eq!(ids[&Item::Lot(2)].uri, "https://id.gs1.org/01/04012345000115/10/2");
		assert_eq!(ids[&Item::Lot(3)].uri, "urn:amchain:lot:3");
		assert_eq!(percent_decode("HG-40%20%231%2Fa"), "HG-40 #1/a");
	}

	#[test]
	fn every_record_kind_maps_to_a_valid_epcis_event() {
		let v = validator();
		let ids = identities();
		let cx = Context { chain: CHAIN, identities: &ids, offer: Some(2) };
		let records = every_kind();
		let events: Vec<Json> = records.iter().map(|r| event(r, &cx)).collect();
		// Each alone, so a failure names its record; then all in both documents.
		for (r, e) in records.iter().zip(&events) {
			let doc = document(vec![e.clone()]);
			let errors: Vec<String> =
				v.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path)).collect();
			assert!(errors.is_empty(), "{} {}: {errors:#?}\n{e:#}", r.kind, r.fields);
		}
		assert_valid(&v, &document(events.clone()));
		assert_valid(&v, &query_document(events));
		// An error declaration too.
		let wrong = event(&record(Item::Part(0), 7, "Inspection", Json::Null), &cx);
		let declared = declare_error(
			wrong.clone(),
			&record(Item::Part(0), 15, "Correction", json!({ "of": 7 })),
		);
		assert_eq!(declared["eventID"], wrong["eventID"], "the erroneous event's id");
		assert_eq!(declared["errorDeclaration"]["reason"], "incorrect_data");
		assert_valid(&v, &document(vec![declared]));
	}

	#[test]
	fn a_recall_cascade_marks_and_clears_the_recalled_disposition() {
		let v = validator();
		let ids = identities();
		let cx = Context { chain: CHAIN, identities: &ids, offer: None };
		let held = event(&record(Item::Part(3), 4, "Held", json!({ "cause": { "Lot": 1 } })), &cx);
		assert_eq!(held["disposition"], "recalled");
		assert_eq!(held["persistentDisposition"], json!({ "set": ["recalled"] }));
		let unheld =
			event(&record(Item::Part(3), 5, "Unheld", json!({ "cause": { "Lot": 1 } })), &cx);
		assert_eq!(unheld["persistentDisposition"], json!({ "unset": ["recalled"] }));
		assert_valid(&v, &document(vec![held, unheld]));
	}

	#[test]
	fn the_schema_refuses_what_is_not_epcis() {
		let v = validator();
		let ids = identities();
		let cx = Context { chain: CHAIN, identities: &ids, offer: None };
		let mut e = event(&record(Item::Part(0), 0, "Registered", Json::Null), &cx);
		e["action"] = json!("CREATE");
		assert!(!v.is_valid(&document(vec![e.clone()])), "not an EPCIS action");
		e["action"] = json!("ADD");
		e["bizStep"] = json!("making");
		assert!(!v.is_valid(&document(vec![e.clone()])), "not a CBV business step, not a URI");
		e["bizStep"] = json!("commissioning");
		e["unprefixed"] = json!(1);
		assert!(!v.is_valid(&document(vec![e])), "an extension outside a namespace");
	}

	#[test]
	fn the_mapping_follows_the_table() {
		let ids = identities();
		let cx = Context { chain: CHAIN, identities: &ids, offer: Some(2) };
		let map = |item, kind: &str, fields| event(&record(item, 3, kind, fields), &cx);
		let gear = "https://id.gs1.org/01/04012345000108/21/HG-40%20%231%2Fa";

		let e = map(Item::Part(0), "Registered", json!({ "certification": 0 }));
		assert_eq!(
			(e["type"].as_str(), e["action"].as_str(), e["bizStep"].as_str()),
			(Some("ObjectEvent"), Some("ADD"), Some("commissioning"))
		);
		assert_eq!(e["epcList"], json!([gear]));
		assert_eq!(e["eventTime"], "2025-11-30T14:03:12.345Z");
		assert_eq!(e["eventTimeZoneOffset"], "+00:00");
		assert_eq!(e["eventID"], format!("urn:amchain:{}:event:part:0:3", &CHAIN[2..]));
		assert_eq!(e["certificationInfo"], "urn:amchain:certification:0");
		assert_eq!(e["amchain:block"], 7);
		assert_eq!(e["amchain:reportedAt"], "2025-11-30T14:03:10.000123Z");

		let e = map(Item::Lot(2), "Registered", Json::Null);
		assert_eq!(
			e["quantityList"],
			json!([{ "epcClass": "https://id.gs1.org/01/04012345000115/10/2", "quantity": 10_000, "uom": "GRM" }])
		);

		let e = map(Item::Part(1), "InstalledIn", json!({ "parent": 0 }));
		let mirror = map(Item::Part(0), "ChildInstalled", json!({ "child": 1 }));
		assert_eq!(
			(e["type"].as_str(), e["action"].as_str()),
			(Some("AggregationEvent"), Some("ADD"))
		);
		assert_eq!(e["parentID"], gear);
		assert_eq!(e["childEPCs"], json!(["urn:amchain:part:1"]));
		assert_eq!((&mirror["parentID"], &mirror["childEPCs"]), (&e["parentID"], &e["childEPCs"]));

		let e = map(Item::Part(0), "MaterialConsumed", json!({ "lot": 2, "quantity": 250 }));
		assert_eq!(e["type"], "TransformationEvent");
		assert_eq!(e["inputQuantityList"][0]["quantity"], 250);
		assert_eq!(e["outputEPCList"], json!([gear]));

		let e = map(Item::Lot(2), "SplitInto", json!({ "lot": 3, "quantity": 100 }));
		let mirror = map(Item::Lot(3), "SplitFrom", json!({ "lot": 2, "quantity": 100 }));
		assert_eq!(
			(e["type"].as_str(), e["bizStep"].as_str()),
			(Some("TransformationEvent"), Some("repackaging"))
		);
		assert_eq!(e["inputQuantityList"][0]["quantity"], 100);
		assert_eq!(e["outputQuantityList"][0]["quantity"], 100);
		assert_eq!(
			(&mirror["inputQuantityList"], &mirror["outputQuantityList"]),
			(&e["inputQuantityList"], &e["outputQuantityList"])
		);

		let e = map(Item::Part(0), "Accepted", json!({ "handover": "Ownership", "from": 2 }));
		assert_eq!(
			(e["type"].as_str(), e["bizStep"].as_str()),
			(Some("TransactionEvent"), Some("accepting"))
		);
		assert_eq!(
			e["bizTransactionList"],
			json!([{ "bizTransaction": "urn:amchain:handover:part:0:2" }])
		);
		assert_eq!(
			e["sourceList"],
			json!([{ "type": "owning_party", "source": "urn:amchain:participant:2" }])
		);
		assert_eq!(
			e["destinationList"],
			json!([{ "type": "owning_party", "destination": "urn:amchain:participant:2" }])
		);

		let e = map(Item::Part(0), "Offered", json!({ "handover": "Custody", "to": 6 }));
		assert_eq!(
			(e["type"].as_str(), e["bizStep"].as_str(), e["disposition"].as_str()),
			(Some("ObjectEvent"), Some("shipping"), Some("in_transit"))
		);
		assert_eq!(e["destinationList"][0]["type"], "possessing_party");

		let e = map(Item::Part(0), "StatusChanged", json!({ "from": "Active", "to": "Scrapped" }));
		assert_eq!(
			(e["action"].as_str(), e["disposition"].as_str()),
			(Some("DELETE"), Some("destroyed"))
		);
	}

	#[test]
	fn query_parameters_are_parsed_or_refused_by_name() {
		let pairs = |p: &[(&str, &str)]| {
			p.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>()
		};
		let q = parse_query(&pairs(&[
			("EQ_bizStep", "shipping|https://ref.gs1.org/cbv/BizStep-receiving"),
			("GE_eventTime", "2026-11-30T01:00:00.5+01:00"),
			("perPage", "5"),
			("nextPageToken", "12.part.3.4"),
		]))
		.unwrap();
		assert_eq!(q.biz_steps, Some(vec!["shipping".into(), "receiving".into()]));
		assert_eq!(q.from_time, parse_rfc3339("2026-11-30T00:00:00.500Z"));
		assert_eq!((q.per_page, q.after), (5, Some((12, "part".into(), 3, 4))));
		assert_eq!((q.descending, q.count_limit, q.delivered), (false, None, 0));
		let q = parse_query(&pairs(&[
			("orderBy", "eventTime"),
			("orderDirection", "DESC"),
			("eventCountLimit", "7"),
			("MATCH_parentID", "urn:amchain:part:0|urn:amchain:part:1"),
			("EQ_eventID", "urn:amchain:00:event:part:0:3"),
			("nextPageToken", "12.part.3.4.5"),
		]))
		.unwrap();
		assert_eq!((q.descending, q.count_limit, q.delivered), (true, Some(7), 5));
		assert_eq!(q.parent_ids.as_ref().map(Vec::len), Some(2));
		assert_eq!(item_of_event_id("urn:amchain:00:event:part:0:3"), Some(Item::Part(0)));
		assert_eq!(item_of_event_id("urn:amchain:00:event:thing:0:3"), None);
		for (p, v) in [
			("perPage", "101"),
			("perPage", "0"),
			("GE_eventTime", "yesterday"),
			("LT_eventTime", "2026-13-01T00:00:00Z"),
			("eventType", "PartEvent"),
			("nextPageToken", "12"),
			("EQ_bizStep", "shipping||receiving"),
			("EQ_action", "CREATE"),
			("orderBy", "recordTime"),
			("orderDirection", "down"),
			("eventCountLimit", "0"),
			("nextPageToken", "12.part.3.4.-1"),
			("EQ_readPoint", "urn:epc:id:sgln:0614141.00777.0"),
		] {
			let BadParameter(name, reason) = parse_query(&pairs(&[(p, v)])).unwrap_err();
			assert_eq!(name, p, "{reason}");
		}
	}

	#[test]
	fn times_are_rfc3339_in_utc() {
		assert_eq!(rfc3339_ms(0), "1970-01-01T00:00:00.000Z");
		assert_eq!(rfc3339_ms(951_782_400_000), "2000-02-29T00:00:00.000Z");
		for ms in [0, 951_782_400_000, 1_764_511_392_345, 4_102_444_799_999] {
			assert_eq!(parse_rfc3339(&rfc3339_ms(ms)), Some(ms));
		}
		assert_eq!(
			parse_rfc3339("2026-11-30T14:00:00-05:30"),
			parse_rfc3339("2026-11-30T19:30:00Z")
		);
		assert_eq!(parse_rfc3339("2026-11-30 14:00:00Z"), None);
	}

	#[test]
	fn filters_match_types_steps_times_and_epcs() {
		let ids = identities();
		let cx = Context { chain: CHAIN, identities: &ids, offer: None };
		let install = event(&record(Item::Part(1), 9, "InstalledIn", json!({ "parent": 0 })), &cx);
		let gear = ids[&Item::Part(0)].uri.clone();
		let q = |f: fn(&mut EventQuery)| {
			let mut q = EventQuery::default();
			f(&mut q);
			q
		};
		assert!(matches(&q(|_| {}), &install));
		assert!(matches(&q(|q| q.event_types = Some(vec!["AggregationEvent".into()])), &install));
		assert!(!matches(&q(|q| q.event_types = Some(vec!["ObjectEvent".into()])), &install));
		assert!(matches(&q(|q| q.biz_steps = Some(vec!["installing".into()])), &install));
		assert!(
			!matches(&q(|q| q.dispositions = Some(vec!["active".into()])), &install),
			"it has none"
		);
		assert!(matches(&q(|q| q.any_epcs = Some(vec!["urn:amchain:part:1".into()])), &install));
		let mut by_parent = EventQuery { any_epcs: Some(vec![gear.clone()]), ..Default::default() };
		assert!(matches(&by_parent, &install), "MATCH_anyEPC matches the parent");
		by_parent.epcs = by_parent.any_epcs.take();
		assert!(!matches(&by_parent, &install), "MATCH_epc does not");
		let t = parse_rfc3339(install["eventTime"].as_str().unwrap()).unwrap();
		assert!(matches(
			&EventQuery { from_time: Some(t), to_time: Some(t + 1), ..Default::default() },
			&install
		));
		assert!(!matches(&EventQuery { to_time: Some(t), ..Default::default() }, &install));
	}

	/// A store holding these rows: parts 0 and 2 of a GTIN type, part 1 of a non-GS1 type,
	/// a GS1 lot 0; part 1 installed in part 0, lot 0 consumed into part 0, an inspection of
	/// part 0 corrected, part 0 transformed into part 2.
	async fn store_with_history() -> (Store, std::path::PathBuf) {
		let path =
			std::env::temp_dir().join(format!("amchain-epcis-unit-{}.sqlite", std::process::id()));
		let _ = std::fs::remove_file(&path);
		let store = Store::open(&format!("sqlite://{}", path.display())).await.expect("store");
		let exec = |sql: String| {
			let pool = store.pool.clone();
			async move { sqlx::query(&sql).execute(&pool).await.expect("insert") }
		};
		exec(
			"INSERT INTO blocks (number, hash, parent_hash, spec_version, event_count) \
		      VALUES (0, '0xabcd', '0x00', 1, 0)"
				.into(),
		)
		.await;
		for (id, code) in [(0, "04012345000108"), (1, "BOLT-M8")] {
			exec(format!(
				"INSERT INTO part_types (id, code, record, updated_block) VALUES ({id}, '{code}', '{{}}', 0)"
			))
			.await;
		}
		for (id, ty, serial) in [(0, 0, "G-1"), (1, 1, "B-1"), (2, 0, "G-2")] {
			exec(format!(
				"INSERT INTO parts (id, part_type, serial, record, updated_block) \
				 VALUES ({id}, {ty}, '{serial}', '{{}}', 0)"
			))
			.await;
		}
		exec(
			"INSERT INTO lots (id, material, quantity, record, updated_block) \
		      VALUES (0, '4012345000115', 1000, '{\"unit\": \"Grams\"}', 0)"
				.into(),
		)
		.await;
		let rows: [(&str, i64, i64, i64, &str, &str); 12] = [
			("part", 0, 0, 1, "Registered", r#"{"certification": 0}"#),
			("part", 1, 0, 1, "Registered", r#"{"certification": null}"#),
			("lot", 0, 0, 1, "Registered", r#"{"certification": null}"#),
			("part", 0, 1, 2, "ChildInstalled", r#"{"child": 1}"#),
			("part", 1, 1, 2, "InstalledIn", r#"{"parent": 0}"#),
			("lot", 0, 1, 2, "ConsumedInto", r#"{"part": 0, "quantity": 5}"#),
			("part", 0, 2, 2, "MaterialConsumed", r#"{"lot": 0, "quantity": 5}"#),
			("part", 0, 3, 3, "Inspection", "null"),
			("part", 0, 4, 4, "Correction", r#"{"of": 3}"#),
			("part", 2, 0, 5, "Registered", r#"{"certification": 0}"#),
			("part", 0, 5, 5, "TransformedInto", r#"{"part": 2}"#),
			("part", 2, 1, 5, "MadeFrom", r#"{"part": 0}"#),
		];
		for (kind, id, index, block, record, fields) in rows {
			let fields = if fields == "null" { "NULL".to_string() } else { format!("'{fields}'") };
			exec(format!(
				"INSERT INTO history (item_kind, item_id, record_index, block_number, \
				 extrinsic_index, time, actor, participant, kind, kind_fields, data, record) \
				 VALUES ('{kind}', {id}, {index}, {block}, 1, {}, '0x01', 2, '{record}', {fields}, \
				 '0x00', '{{}}')",
				1_764_000_000_000i64 + block * 6000
			))
			.await;
		}
		(store, path)
	}

	#[tokio::test]
	async fn the_store_side_resolves_mirrors_corrections_and_pages() {
		let (store, path) = store_with_history().await;
		let v = validator();
		let mut source = EventSource::new(&store).await.expect("source");
		assert_eq!(source.chain, "abcd");
		assert!(source.exists(Item::Part(2)).await.unwrap());
		assert!(!source.exists(Item::Part(9)).await.unwrap());
		assert!(!source.exists(Item::Lot(1)).await.unwrap());
		let gear = source.item_events(Item::Part(0)).await.unwrap();
		let bolt = source.item_events(Item::Part(1)).await.unwrap();
		let steel = source.item_events(Item::Lot(0)).await.unwrap();
		let result = source.item_events(Item::Part(2)).await.unwrap();
		for events in [&gear, &bolt, &steel, &result] {
			assert_valid(&v, &document(events.clone()));
		}
		// One event, two records: the same event in both items' exports.
		assert_eq!(gear[1], bolt[1], "the install");
		assert_eq!(gear[1]["parentID"], "https://id.gs1.org/01/04012345000108/21/G-1");
		assert_eq!(gear[1]["childEPCs"], json!(["urn:amchain:part:1"]));
		assert_eq!(gear[2], steel[1], "the consumption");
		assert_eq!(
			gear[2]["inputQuantityList"],
			json!([{ "epcClass": "https://id.gs1.org/01/04012345000115/10/0", "quantity": 5, "uom": "GRM" }])
		);
		assert_eq!(steel[0]["quantityList"][0]["quantity"], 1000, "the registered quantity");
		assert_eq!(gear[5], result[1], "the transformation");
		assert_eq!(
			result[1]["outputEPCList"],
			json!(["https://id.gs1.org/01/04012345000108/21/G-2"])
		);
		// The correction declares the inspection erroneous, under the inspection's id.
		assert_eq!(gear[4]["eventID"], gear[3]["eventID"]);
		assert_eq!(gear[4]["bizStep"], "inspecting");
		assert_eq!(gear[4]["errorDeclaration"]["amchain:correctionRecord"], 4);
		assert!(gear[3].get("errorDeclaration").is_none());

		// The query: each event once (mirrors are not events of their own), oldest block
		// first; pages of two chained by their tokens give the same.
		let all = source.query(&EventQuery { per_page: 100, ..Default::default() }).await.unwrap();
		let ids: Vec<Json> = all.iter().map(|(_, e)| e["eventID"].clone()).collect();
		assert_eq!(ids.len(), 9, "12 records, 3 of them mirrors: {ids:#?}");
		assert_valid(&v, &query_document(all.iter().map(|(_, e)| e.clone()).collect()));
		let mut paged = Vec::new();
		let mut q = EventQuery { per_page: 2, ..Default::default() };
		loop {
			let mut page = source.query(&q).await.unwrap();
			let more = page.len() > 2;
			page.truncate(2);
			paged.extend(page.iter().map(|(_, e)| e["eventID"].clone()));
			if !more {
				break;
			}
			q.after = parse_token(&token(&page[1].0, None)).map(|(key, _)| key);
		}
		assert_eq!(paged, ids);
		// Newest first (`orderDirection=DESC`), in pages of two: the same, reversed.
		let mut reversed = Vec::new();
		let mut q = EventQuery { per_page: 2, descending: true, ..Default::default() };
		loop {
			let mut page = source.query(&q).await.unwrap();
			let more = page.len() > 2;
			page.truncate(2);
			reversed.extend(page.iter().map(|(_, e)| e["eventID"].clone()));
			if !more {
				break;
			}
			q.after = Some(page[1].0.clone());
		}
		assert_eq!(reversed, ids.iter().rev().cloned().collect::<Vec<_>>());
		// `eventCountLimit=3` in pages of two: two, then one, then none.
		let mut q = EventQuery { per_page: 2, count_limit: Some(3), ..Default::default() };
		assert_eq!(q.page_size(), 2);
		let first = source.query(&q).await.unwrap();
		assert_eq!(first.len(), 3, "a page and a look past it");
		(q.after, q.delivered) = (Some(first[1].0.clone()), 2);
		assert_eq!(q.page_size(), 1, "one left");
		let second = source.query(&q).await.unwrap();
		assert_eq!(second[0].1["eventID"], ids[2]);
		q.delivered = 3;
		assert_eq!(source.query(&q).await.unwrap(), [], "the limit reached");
		// `EQ_eventID` reads only that event's item; `MATCH_parentID` the parent's.
		let one = EventQuery {
			per_page: 100,
			event_ids: Some(vec![ids[4].as_str().unwrap().to_string()]),
			..Default::default()
		};
		let found = source.query(&one).await.unwrap();
		assert_eq!(found.len(), 1);
		assert_eq!(found[0].1["eventID"], ids[4]);
		let parent = EventQuery {
			per_page: 100,
			parent_ids: Some(vec!["https://id.gs1.org/01/04012345000108/21/G-1".into()]),
			..Default::default()
		};
		let installs = source.query(&parent).await.unwrap();
		assert_eq!(installs.len(), 1, "the bolt's install in the gear");
		assert_eq!(installs[0].1["type"], "AggregationEvent");
		let newest_install = EventQuery { descending: true, ..parent };
		assert_eq!(source.query(&newest_install).await.unwrap(), installs);
		// Filters: the inspection and its error declaration; the result as output and as itself.
		let step = |s: &str| EventQuery {
			per_page: 100,
			biz_steps: Some(vec![s.to_string()]),
			..Default::default()
		};
		assert_eq!(source.query(&step("inspecting")).await.unwrap().len(), 2);
		assert_eq!(source.query(&step("installing")).await.unwrap().len(), 1);
		assert_eq!(candidate_kinds(&step("installing")), Some(vec!["InstalledIn", "Correction"]));
		assert_eq!(candidate_kinds(&EventQuery { per_page: 100, ..Default::default() }), None);
		let observe = EventQuery { actions: Some(vec!["OBSERVE".into()]), ..Default::default() };
		assert_eq!(candidate_kinds(&observe), None, "an unknown kind is an observation");
		let transactions =
			EventQuery { event_types: Some(vec!["TransactionEvent".into()]), ..Default::default() };
		assert_eq!(
			candidate_kinds(&transactions),
			Some(vec![
				"Offered",
				"Accepted",
				"Rejected",
				"OfferCancelled",
				"Transferred",
				"Correction"
			])
		);
		let any = |uri: &str| EventQuery {
			per_page: 100,
			any_epcs: Some(vec![uri.to_string()]),
			..Default::default()
		};
		let found =
			source.query(&any("https://id.gs1.org/01/04012345000108/21/G-2")).await.unwrap();
		let kinds: Vec<&str> =
			found.iter().filter_map(|(_, e)| e["amchain:recordKind"].as_str()).collect();
		assert_eq!(
			kinds,
			["TransformedInto", "Registered"],
			"block 5: part 0's record, then part 2's"
		);
		assert!(
			source.query(&any("urn:amchain:part:2")).await.unwrap().is_empty(),
			"a GS1 part's URI is its Digital Link"
		);
		assert_eq!(source.query(&any("urn:amchain:part:1")).await.unwrap().len(), 2);
		// Where the lot went (a recall's question): its consumption, by its class.
		let class = EventQuery {
			per_page: 100,
			any_epc_classes: Some(vec!["https://id.gs1.org/01/04012345000115/10/0".into()]),
			..Default::default()
		};
		let found = source.query(&class).await.unwrap();
		let kinds: Vec<&str> =
			found.iter().filter_map(|(_, e)| e["amchain:recordKind"].as_str()).collect();
		assert_eq!(kinds, ["Registered", "MaterialConsumed"]);
		assert_eq!(
			found[1].1["outputEPCList"],
			json!(["https://id.gs1.org/01/04012345000108/21/G-1"])
		);
		let own = EventQuery {
			any_epc_classes: None,
			epc_classes: class.any_epc_classes.clone(),
			..class
		};
		assert_eq!(source.query(&own).await.unwrap().len(), 1, "MATCH_epcClass: not as an input");
		let window = EventQuery {
			per_page: 100,
			from_time: Some(1_764_000_000_000 + 2 * 6000),
			to_time: Some(1_764_000_000_000 + 3 * 6000),
			..Default::default()
		};
		assert_eq!(source.query(&window).await.unwrap().len(), 2, "block 2: install, consumption");
		drop(source);
		store.pool.close().await;
		let _ = std::fs::remove_file(path);
	}
}
