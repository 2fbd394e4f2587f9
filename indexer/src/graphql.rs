//! The GraphQL API over the store: events, participants, certifications, part types,
//! parts and lots with their histories, and the indexer's status.
//!
//! Lists are Relay connections (`edges { cursor node }`, `pageInfo`), paged forwards with
//! `first` (at most [`MAX_PAGE`]) and `after` (an opaque cursor from a previous page); a
//! page past the end is empty, an unknown id is `null`. Query depth and complexity are
//! bounded ([`MAX_DEPTH`], [`MAX_COMPLEXITY`]: a list costs its page size times its
//! fields). Introspection is on, so GraphQL tools work unchanged.

use std::sync::Arc;

use async_graphql::{
	connection::{Connection, Edge},
	http::{playground_source, GraphQLPlaygroundConfig},
	Context, EmptyMutation, EmptySubscription, Error, Json, Object, Result, Schema, SimpleObject,
};
use async_graphql_axum::GraphQL;
use axum::{
	response::{Html, IntoResponse},
	routing::get,
	Router,
};
use serde_json::Value as JsonValue;
use sqlx::{any::AnyRow, Row};

use crate::{
	follow::Progress,
	store::{opt_int, ContractEventFilter, EventFilter, Store},
	trace::{holders, trace, Direction},
};

/// The largest page a list returns.
pub const MAX_PAGE: i32 = 100;
/// A list's page size when `first` is not given.
pub const DEFAULT_PAGE: i32 = 20;
/// How deeply a query may nest.
pub const MAX_DEPTH: usize = 10;
/// What a query may cost: each field 1, a list its page size times its fields.
pub const MAX_COMPLEXITY: usize = 5_000;
/// The most items a `whereUsed` or `contents` trace returns (and its default).
pub const MAX_TRACE: i32 = 1_000;

mod records;

pub type AmchainSchema = Schema<Root, EmptyMutation, EmptySubscription>;

/// The query root: the chain's records of certifications and parts ([`Query`]) and of the
/// market, warranties and the council ([`records::RecordsQuery`]).
#[derive(async_graphql::MergedObject, Default)]
pub struct Root(Query, records::RecordsQuery);

pub fn schema(store: Store, progress: Arc<Progress>) -> AmchainSchema {
	Schema::build(Root::default(), EmptyMutation, EmptySubscription)
		.data(store)
		.data(progress)
		.limit_depth(MAX_DEPTH)
		.limit_complexity(MAX_COMPLEXITY)
		.finish()
}

/// `POST /graphql` (queries), `GET /graphql` and `GET /` (GraphQL Playground),
/// `GET /events/stream` (server-sent events: [`crate::stream`]), and GS1 EPCIS 2.0
/// ([`crate::epcis`]): `GET /epcis/events` (the REST query binding) and
/// `GET /epcis/items/{part|lot}/{id}` (an item's events as an EPCIS document).
pub fn router(schema: AmchainSchema, store: Store) -> Router {
	Router::new()
		.route("/graphql", get(playground).post_service(GraphQL::new(schema)))
		.route("/", get(playground))
		.route("/events/stream", get(crate::stream::events).with_state(store.clone()))
		.route("/epcis/events", get(crate::epcis::events).with_state(store.clone()))
		.route("/epcis/items/{kind}/{id}", get(crate::epcis::item).with_state(store))
}

async fn playground() -> impl IntoResponse {
	Html(playground_source(GraphQLPlaygroundConfig::new("/graphql")))
}

fn page_size(first: Option<i32>) -> Result<i64> {
	match first.unwrap_or(DEFAULT_PAGE) {
		n @ 1..=MAX_PAGE => Ok(n as i64),
		n => Err(Error::new(format!("first must be between 1 and {MAX_PAGE}, not {n}"))),
	}
}

/// Cost of a list field: its page size times its fields' cost.
fn list_cost(first: Option<i32>, child: usize) -> usize {
	(first.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE) as usize).saturating_mul(child.max(1))
}

fn bad_cursor(cursor: &str) -> Error {
	Error::new(format!("invalid cursor {cursor:?}: pass an endCursor or an edge's cursor"))
}

/// A cursor made of integers: "12" or "12:3".
fn parse_cursor(cursor: &str, parts: usize) -> Result<Vec<i64>> {
	let values: Vec<i64> = cursor
		.split(':')
		.map(|p| p.parse::<i64>())
		.collect::<Result<_, _>>()
		.map_err(|_| bad_cursor(cursor))?;
	if values.len() == parts {
		Ok(values)
	} else {
		Err(bad_cursor(cursor))
	}
}

/// An event's (block, index) from its cursor; `(-1, -1)` (before genesis) without one.
fn event_cursor(after: Option<&str>) -> Result<(i64, i64)> {
	match after {
		Some(c) => parse_cursor(c, 2).map(|v| (v[0], v[1])),
		None => Ok((-1, -1)),
	}
}

/// A page of `rows` fetched with one row more than `limit`: whether there is a next page.
fn connection<T: async_graphql::OutputType>(
	mut nodes: Vec<(String, T)>,
	limit: i64,
	after: bool,
) -> Connection<String, T> {
	let has_next = nodes.len() as i64 > limit;
	nodes.truncate(limit as usize);
	let mut c = Connection::new(after, has_next);
	c.edges.extend(nodes.into_iter().map(|(cursor, node)| Edge::new(cursor, node)));
	c
}

fn json(row: &AnyRow, column: &str) -> Option<Json<PlainJson>> {
	let text: Option<String> = row.try_get(column).ok().flatten();
	text.and_then(|t| serde_json::from_str(&t).ok()).map(|v| Json(PlainJson(v)))
}

/// A JSON value for GraphQL's `JSON` scalar whose numbers reach the client as numbers.
///
/// The workspace builds serde_json with `arbitrary_precision` (polkadot-sdk's crates ask
/// for it), under which a `serde_json::Number` serializes, to any serializer but serde_json's
/// own, as a `{"$serde_json::private::Number": "6"}` map: async-graphql's would pass that to
/// clients. This walks the value and hands every number over as an integer (or a float).
pub struct PlainJson(pub JsonValue);

impl serde::Serialize for PlainJson {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		Plain(&self.0).serialize(serializer)
	}
}

struct Plain<'a>(&'a JsonValue);

impl serde::Serialize for Plain<'_> {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		use serde::ser::{SerializeMap, SerializeSeq};
		match self.0 {
			JsonValue::Null => serializer.serialize_unit(),
			JsonValue::Bool(b) => serializer.serialize_bool(*b),
			JsonValue::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
				(Some(u), _, _) => serializer.serialize_u64(u),
				(_, Some(i), _) => serializer.serialize_i64(i),
				(_, _, Some(f)) => serializer.serialize_f64(f),
				_ => serializer.serialize_str(&n.to_string()),
			},
			JsonValue::String(text) => serializer.serialize_str(text),
			JsonValue::Array(items) => {
				let mut seq = serializer.serialize_seq(Some(items.len()))?;
				for item in items {
					seq.serialize_element(&Plain(item))?;
				}
				seq.end()
			},
			JsonValue::Object(entries) => {
				let mut map = serializer.serialize_map(Some(entries.len()))?;
				for (key, value) in entries {
					map.serialize_entry(key, &Plain(value))?;
				}
				map.end()
			},
		}
	}
}

fn string(row: &AnyRow, column: &str) -> Option<String> {
	row.try_get::<Option<String>, _>(column).ok().flatten()
}

fn store<'a>(ctx: &Context<'a>) -> &'a Store {
	ctx.data_unchecked::<Store>()
}

#[derive(Default)]
pub struct Query;

#[Object]
impl Query {
	/// How far the index is: the last finalized block written to the store, and the
	/// node's finalized head as last seen.
	async fn indexer_status(&self, ctx: &Context<'_>) -> Result<IndexerStatus> {
		let row = sqlx::query(
			"SELECT c.block_number, c.block_hash, b.spec_version, b.timestamp FROM cursor c \
			 JOIN blocks b ON b.number = c.block_number WHERE c.id = 1",
		)
		.fetch_optional(&store(ctx).pool)
		.await?;
		let events: i64 =
			sqlx::query("SELECT COUNT(*) FROM events").fetch_one(&store(ctx).pool).await?.get(0);
		let progress = ctx.data_unchecked::<Arc<Progress>>();
		Ok(IndexerStatus {
			last_block: row.as_ref().and_then(|r| opt_int(r, "block_number")),
			last_block_hash: row.as_ref().and_then(|r| string(r, "block_hash")),
			spec_version: row.as_ref().and_then(|r| opt_int(r, "spec_version")),
			last_block_time: row.as_ref().and_then(|r| opt_int(r, "timestamp")),
			node_finalized: progress.finalized().map(|n| n as i64),
			events,
		})
	}

	/// Events, oldest first, filtered by pallet (`Parts`), variant (`HandedOver`), an
	/// inclusive block range, and what they are about: a participant (organisation), a part
	/// type, a part, a lot or a certification they name (by their fields' declared types; an event about a
	/// part is about its part type too).
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	// A GraphQL field's arguments are its filters and its page.
	#[allow(clippy::too_many_arguments)]
	async fn events(
		&self,
		ctx: &Context<'_>,
		pallet: Option<String>,
		variant: Option<String>,
		from_block: Option<i64>,
		to_block: Option<i64>,
		participant: Option<i64>,
		part_type: Option<i64>,
		part: Option<i64>,
		lot: Option<i64>,
		certification: Option<i64>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Event>> {
		let limit = page_size(first)?;
		let (after_block, after_index) = event_cursor(after.as_deref())?;
		let filter = EventFilter {
			pallet,
			variant,
			from_block,
			to_block,
			participant,
			part_type,
			part,
			lot,
			certification,
		};
		let rows = store(ctx).events_after(&filter, (after_block, after_index), limit + 1).await?;
		let nodes = rows
			.iter()
			.map(|r| {
				let e = Event::from_row(r);
				(format!("{}:{}", e.block, e.index), e)
			})
			.collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// The contracts' events, oldest first: each `Contracts.ContractEmitted` with the
	/// contract's code at its block and, where the indexer has that code's bundle
	/// (`--contracts`), the event's name and fields decoded by the bundle's metadata.
	/// Filtered by the contract's account (`0x`-hex), the bundle's contract name
	/// (`escrow`), the event's name (`Opened`) and an inclusive block range. (To find them by
	/// what they are about, `events(participant: …)` and the live stream carry the decoded
	/// event too.)
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	#[allow(clippy::too_many_arguments)]
	async fn contract_events(
		&self,
		ctx: &Context<'_>,
		contract: Option<String>,
		contract_name: Option<String>,
		event: Option<String>,
		from_block: Option<i64>,
		to_block: Option<i64>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, ContractEvent>> {
		let limit = page_size(first)?;
		let (after_block, after_index) = event_cursor(after.as_deref())?;
		if let Some(c) = &contract {
			let hex = c.strip_prefix("0x").unwrap_or("");
			if hex.len() != 64 || !hex.chars().all(|ch| ch.is_ascii_hexdigit()) {
				return Err(Error::new(format!(
					"contract {c:?} is not an account as 0x and 64 hex digits"
				)));
			}
		}
		let filter = ContractEventFilter { contract, contract_name, event, from_block, to_block };
		let rows = store(ctx)
			.contract_events_after(&filter, (after_block, after_index), limit + 1)
			.await?;
		let nodes = rows
			.iter()
			.map(|r| {
				let e = ContractEvent::from_row(r);
				(format!("{}:{}", e.block, e.index), e)
			})
			.collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// Where a part or a lot went (give one of `part`, `lot`): every item that consumed
	/// it, was split or transformed from it, or holds it in an assembly, transitively, each
	/// with the path that reaches it and its effective holders now (src/trace.rs): "which
	/// parts consumed lot L and where are they now". At most `limit` items (1 to 1 000,
	/// default 1 000), nearest first; `complete` says whether that is all. `null` for an
	/// unknown item. Costs its limit plus its fields.
	#[graphql(complexity = "trace_cost(limit, child_complexity)")]
	async fn where_used(
		&self,
		ctx: &Context<'_>,
		part: Option<i64>,
		lot: Option<i64>,
		limit: Option<i32>,
	) -> Result<Option<Trace>> {
		traced(ctx, part, lot, limit, Direction::Up).await
	}

	/// What went into a part or a lot (give one of `part`, `lot`): the parts installed in
	/// it, the lots it consumed, the part it was made from, the lot it was split from,
	/// transitively, each with its path (the reverse of `whereUsed`). Limits as there.
	#[graphql(complexity = "trace_cost(limit, child_complexity)")]
	async fn contents(
		&self,
		ctx: &Context<'_>,
		part: Option<i64>,
		lot: Option<i64>,
		limit: Option<i32>,
	) -> Result<Option<Trace>> {
		traced(ctx, part, lot, limit, Direction::Down).await
	}

	/// A participant (organisation) by id; `null` if there is none.
	async fn participant(&self, ctx: &Context<'_>, id: i64) -> Result<Option<Participant>> {
		let row = sqlx::query("SELECT * FROM participants WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Participant::from_row))
	}

	/// Participants by id.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn participants(
		&self,
		ctx: &Context<'_>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Participant>> {
		let limit = page_size(first)?;
		let after_id =
			after.as_deref().map(|c| parse_cursor(c, 1)).transpose()?.map_or(-1, |v| v[0]);
		let rows = sqlx::query("SELECT * FROM participants WHERE id > $1 ORDER BY id LIMIT $2")
			.bind(after_id)
			.bind(limit + 1)
			.fetch_all(&store(ctx).pool)
			.await?;
		let nodes = rows.iter().map(Participant::from_row).map(|p| (p.id.to_string(), p)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// A certification by id; `null` if there is none.
	async fn certification(&self, ctx: &Context<'_>, id: i64) -> Result<Option<Certification>> {
		let row = sqlx::query("SELECT * FROM certifications WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Certification::from_row))
	}

	/// Certifications by id, optionally those of one holder.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn certifications(
		&self,
		ctx: &Context<'_>,
		participant: Option<i64>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Certification>> {
		let limit = page_size(first)?;
		let after_id =
			after.as_deref().map(|c| parse_cursor(c, 1)).transpose()?.map_or(-1, |v| v[0]);
		let rows = sqlx::query(
			"SELECT * FROM certifications WHERE ($1 IS NULL OR participant = $1) AND id > $2 \
			 ORDER BY id LIMIT $3",
		)
		.bind(participant)
		.bind(after_id)
		.bind(limit + 1)
		.fetch_all(&store(ctx).pool)
		.await?;
		let nodes =
			rows.iter().map(Certification::from_row).map(|c| (c.id.to_string(), c)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// A part type by id; `null` if there is none.
	async fn part_type(&self, ctx: &Context<'_>, id: i64) -> Result<Option<PartType>> {
		let row = sqlx::query("SELECT * FROM part_types WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(PartType::from_row))
	}

	/// A part by id; `null` if there is none.
	async fn part(&self, ctx: &Context<'_>, id: i64) -> Result<Option<Part>> {
		let row = sqlx::query("SELECT * FROM parts WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Part::from_row))
	}

	/// Parts by id, filtered by (stored) owner, custodian and part type.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn parts(
		&self,
		ctx: &Context<'_>,
		owner: Option<i64>,
		custodian: Option<i64>,
		part_type: Option<i64>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Part>> {
		let limit = page_size(first)?;
		let after_id =
			after.as_deref().map(|c| parse_cursor(c, 1)).transpose()?.map_or(-1, |v| v[0]);
		let rows = sqlx::query(
			"SELECT * FROM parts WHERE ($1 IS NULL OR owner = $1) AND ($2 IS NULL OR custodian = $2) \
			 AND ($3 IS NULL OR part_type = $3) AND id > $4 ORDER BY id LIMIT $5",
		)
		.bind(owner)
		.bind(custodian)
		.bind(part_type)
		.bind(after_id)
		.bind(limit + 1)
		.fetch_all(&store(ctx).pool)
		.await?;
		let nodes = rows.iter().map(Part::from_row).map(|p| (p.id.to_string(), p)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// A lot by id; `null` if there is none.
	async fn lot(&self, ctx: &Context<'_>, id: i64) -> Result<Option<Lot>> {
		let row = sqlx::query("SELECT * FROM lots WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Lot::from_row))
	}
}

#[derive(SimpleObject)]
pub struct IndexerStatus {
	/// The last finalized block written to the store (`null`: none yet).
	last_block: Option<i64>,
	last_block_hash: Option<String>,
	/// The runtime's spec_version at that block.
	spec_version: Option<i64>,
	/// That block's time (ms since the Unix epoch).
	last_block_time: Option<i64>,
	/// The node's finalized head as the indexer last saw it (`null`: not connected yet).
	node_finalized: Option<i64>,
	/// Events in the store.
	events: i64,
}

/// One event of a finalized block.
#[derive(SimpleObject)]
pub struct Event {
	block: i64,
	/// Its position among the block's events.
	index: i64,
	/// The extrinsic that emitted it (`null`: block initialisation or finalisation).
	extrinsic: Option<i64>,
	phase: String,
	pallet: String,
	variant: String,
	/// Its fields, decoded from the metadata of the runtime that made the block.
	fields: Json<PlainJson>,
}

impl Event {
	fn from_row(r: &AnyRow) -> Event {
		Event {
			block: r.get("block_number"),
			index: r.get("event_index"),
			extrinsic: opt_int(r, "extrinsic_index"),
			phase: r.get("phase"),
			pallet: r.get("pallet"),
			variant: r.get("variant"),
			fields: json(r, "fields").unwrap_or(Json(PlainJson(JsonValue::Null))),
		}
	}
}

fn trace_cost(limit: Option<i32>, child: usize) -> usize {
	limit.unwrap_or(MAX_TRACE).clamp(1, MAX_TRACE) as usize + child
}

async fn traced(
	ctx: &Context<'_>,
	part: Option<i64>,
	lot: Option<i64>,
	limit: Option<i32>,
	direction: Direction,
) -> Result<Option<Trace>> {
	let limit = limit.unwrap_or(MAX_TRACE);
	if !(1..=MAX_TRACE).contains(&limit) {
		return Err(Error::new(format!("limit must be between 1 and {MAX_TRACE}, not {limit}")));
	}
	let start = match (part, lot) {
		(Some(id), None) => ("part", id),
		(None, Some(id)) => ("lot", id),
		_ => return Err(Error::new("give exactly one of part and lot")),
	};
	let store = store(ctx);
	if holders(store, &[start]).await?.is_empty() {
		return Ok(None);
	}
	let (reached, complete) = trace(store, start, direction, limit as usize).await?;
	let items: Vec<_> = reached.iter().map(|r| r.item).collect();
	let mut held = holders(store, &items).await?;
	let items = reached
		.into_iter()
		.map(|r| {
			let h = held.remove(&r.item).unwrap_or_default();
			traced_item(r, h)
		})
		.collect();
	Ok(Some(Trace { items, complete }))
}

fn traced_item(r: crate::trace::Reached, h: crate::trace::Holders) -> TracedItem {
	TracedItem {
		kind: r.item.0.to_string(),
		id: r.item.1,
		depth: r.path.len() as i64,
		via: r.via.to_string(),
		path: r.path.iter().map(|(kind, id)| format!("{kind}:{id}")).collect(),
		status: h.status,
		owner: h.owner,
		custodian: h.custodian,
		top: h.top,
	}
}

/// What `whereUsed` or `contents` reached.
#[derive(SimpleObject)]
pub struct Trace {
	/// Nearest first (breadth first: each by a shortest path).
	items: Vec<TracedItem>,
	/// Whether these are all the items there are (`false`: the limit cut it).
	complete: bool,
}

/// An item a trace reached.
#[derive(SimpleObject)]
pub struct TracedItem {
	/// `part` or `lot`.
	kind: String,
	id: i64,
	/// How many edges from the start.
	depth: i64,
	/// The edge that reached it: `Split`, `Consumed`, `Transformed` or `Installed`.
	via: String,
	/// The items from the start (excluded) to this one (included): `lot:4`, `part:12`.
	path: Vec<String>,
	/// A part's status as stored (Active, Installed, Consumed, …); `null` for a lot.
	status: Option<String>,
	/// Its effective owner and custodian now: a part's are its assembly top's.
	owner: Option<i64>,
	custodian: Option<i64>,
	/// For a part, the top of the assembly it is in now (itself when it stands alone).
	top: Option<i64>,
}

/// A contract's event (src/contracts.rs).
#[derive(SimpleObject)]
pub struct ContractEvent {
	block: i64,
	/// Its position among the block's events (its `Contracts.ContractEmitted` in `events`).
	index: i64,
	/// The contract's account (hex).
	contract: String,
	/// The contract's code hash at the block (`null`: no longer a contract at the block's
	/// end).
	code_hash: Option<String>,
	/// The event's topics (hex; the first is ink!'s signature topic).
	topics: Json<PlainJson>,
	/// The event's data as emitted (hex).
	data: String,
	/// The bundle's contract name (`escrow`); `null` if the indexer has no bundle of this
	/// code, or the data is none of its events.
	contract_name: Option<String>,
	/// The event's name in the contract (`Opened`), or `null` as above.
	event: Option<String>,
	/// Its fields, decoded by the bundle's metadata, or `null` as above.
	fields: Option<Json<PlainJson>>,
}

impl ContractEvent {
	fn from_row(r: &AnyRow) -> ContractEvent {
		ContractEvent {
			block: r.get("block_number"),
			index: r.get("event_index"),
			contract: r.get("contract"),
			code_hash: string(r, "code_hash"),
			topics: json(r, "topics").unwrap_or(Json(PlainJson(JsonValue::Array(vec![])))),
			data: r.get("data"),
			contract_name: string(r, "contract_name"),
			event: string(r, "event"),
			fields: json(r, "fields"),
		}
	}
}

/// An organisation (pallet-certifications).
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Participant {
	id: i64,
	name: Option<String>,
	/// Its admin account (hex).
	admin: Option<String>,
	/// Its roles as the chain's bit mask (docs/records.md).
	roles: Option<i64>,
	/// Active or Suspended.
	status: Option<String>,
	/// The record as stored.
	record: Option<Json<PlainJson>>,
	/// The last block that changed it (0: genesis).
	updated_block: i64,
}

impl Participant {
	fn from_row(r: &AnyRow) -> Participant {
		Participant {
			id: r.get("id"),
			name: string(r, "name"),
			admin: string(r, "admin"),
			roles: opt_int(r, "roles"),
			status: string(r, "status"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
		}
	}
}

#[async_graphql::ComplexObject]
impl Participant {
	/// Certifications issued to it.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn certifications(
		&self,
		ctx: &Context<'_>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Certification>> {
		Query.certifications(ctx, Some(self.id), first, after).await
	}
}

/// A certification of a participant for a standard.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Certification {
	id: i64,
	participant: Option<i64>,
	standard: Option<i64>,
	auditor: Option<i64>,
	/// Offered, Active, Suspended or Revoked (expiry: compare validUntil with the block).
	state: Option<String>,
	valid_until: Option<i64>,
	record: Option<Json<PlainJson>>,
	/// Production registered in the current period (`{"period", "used"}`), if any.
	usage: Option<Json<PlainJson>>,
	updated_block: i64,
}

impl Certification {
	fn from_row(r: &AnyRow) -> Certification {
		Certification {
			id: r.get("id"),
			participant: opt_int(r, "participant"),
			standard: opt_int(r, "standard"),
			auditor: opt_int(r, "auditor"),
			state: string(r, "state"),
			valid_until: opt_int(r, "valid_until"),
			record: json(r, "record"),
			usage: json(r, "usage"),
			updated_block: r.get("updated_block"),
		}
	}
}

#[async_graphql::ComplexObject]
impl Certification {
	/// Production registered against it per capacity period, oldest first: the pallet's
	/// periods (`capacity.period` blocks each, from `issued_at`), the last `periods` (1 to
	/// 100, default 12) up to the one the last indexed block is in, empty ones included;
	/// summed from its `Certifications.ProductionRegistered` events.
	#[graphql(complexity = "periods.unwrap_or(12).clamp(1, 100) as usize + child_complexity")]
	async fn production(
		&self,
		ctx: &Context<'_>,
		periods: Option<i32>,
	) -> Result<Vec<ProductionPeriod>> {
		let periods = periods.unwrap_or(12);
		if !(1..=100).contains(&periods) {
			return Err(Error::new(format!("periods must be between 1 and 100, not {periods}")));
		}
		let record = self.record.as_ref().map(|r| &r.0 .0);
		let field = |path: &str| record.and_then(|r| r.pointer(path)).and_then(JsonValue::as_i64);
		let (Some(issued_at), Some(length), Some(units)) =
			(field("/issued_at"), field("/capacity/period"), field("/capacity/units"))
		else {
			return Ok(Vec::new());
		};
		let store = store(ctx);
		let indexed: Option<i64> = sqlx::query("SELECT block_number FROM cursor WHERE id = 1")
			.fetch_optional(&store.pool)
			.await?
			.map(|r| r.get(0));
		let Some(indexed) = indexed.filter(|b| *b >= issued_at && length > 0) else {
			return Ok(Vec::new());
		};
		let last = (indexed - issued_at) / length;
		let first = (last - i64::from(periods) + 1).max(0);
		let mut bars: Vec<ProductionPeriod> = (first..=last)
			.map(|period| ProductionPeriod {
				period,
				from_block: issued_at + period * length,
				used: 0,
				capacity: units,
			})
			.collect();
		let rows = sqlx::query(
			"SELECT e.block_number, e.fields FROM events e JOIN event_subjects s \
			 ON s.block_number = e.block_number AND s.event_index = e.event_index \
			 WHERE s.kind = 'certification' AND s.id = $1 AND e.pallet = 'Certifications' \
			 AND e.variant = 'ProductionRegistered' AND e.block_number >= $2",
		)
		.bind(self.id)
		.bind(issued_at + first * length)
		.fetch_all(&store.pool)
		.await?;
		for row in rows {
			let block: i64 = row.get(0);
			let fields: JsonValue =
				serde_json::from_str(&row.get::<String, _>(1)).unwrap_or(JsonValue::Null);
			let units = fields.get("units").and_then(JsonValue::as_i64).unwrap_or(0);
			let index = (block - issued_at) / length - first;
			if let Some(bar) = usize::try_from(index).ok().and_then(|i| bars.get_mut(i)) {
				bar.used += units;
			}
		}
		Ok(bars)
	}
}

/// A certification's production in one capacity period.
#[derive(SimpleObject)]
pub struct ProductionPeriod {
	/// Its index (0: the first `capacity.period` blocks after issue).
	period: i64,
	/// The block it starts at.
	from_block: i64,
	/// Units registered in it.
	used: i64,
	/// The certified capacity per period.
	capacity: i64,
}

/// A part type (a specification such as a GTIN).
#[derive(SimpleObject)]
pub struct PartType {
	id: i64,
	code: Option<String>,
	manufacturer: Option<i64>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
}

impl PartType {
	fn from_row(r: &AnyRow) -> PartType {
		PartType {
			id: r.get("id"),
			code: string(r, "code"),
			manufacturer: opt_int(r, "manufacturer"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
		}
	}
}

/// A serialised part.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Part {
	id: i64,
	part_type: Option<i64>,
	serial: Option<String>,
	maker: Option<i64>,
	/// Owner and custodian as stored: for an installed part, those when it was installed
	/// (the assembly's top part holds the effective ones).
	owner: Option<i64>,
	custodian: Option<i64>,
	/// Active, Installed, Consumed, ReturnedAsCore, Scrapped or Recycled.
	status: Option<String>,
	/// The part it is installed in.
	parent: Option<i64>,
	life: Option<i64>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
}

impl Part {
	fn from_row(r: &AnyRow) -> Part {
		Part {
			id: r.get("id"),
			part_type: opt_int(r, "part_type"),
			serial: string(r, "serial"),
			maker: opt_int(r, "maker"),
			owner: opt_int(r, "owner"),
			custodian: opt_int(r, "custodian"),
			status: string(r, "status"),
			parent: opt_int(r, "parent"),
			life: opt_int(r, "life"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
		}
	}
}

#[async_graphql::ComplexObject]
impl Part {
	/// Its history, oldest record first.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn history(
		&self,
		ctx: &Context<'_>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, HistoryRecord>> {
		history(ctx, "part", self.id, first, after).await
	}

	/// The parts installed in it.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn children(
		&self,
		ctx: &Context<'_>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Part>> {
		let limit = page_size(first)?;
		let after_id =
			after.as_deref().map(|c| parse_cursor(c, 1)).transpose()?.map_or(-1, |v| v[0]);
		let rows =
			sqlx::query("SELECT * FROM parts WHERE parent = $1 AND id > $2 ORDER BY id LIMIT $3")
				.bind(self.id)
				.bind(after_id)
				.bind(limit + 1)
				.fetch_all(&store(ctx).pool)
				.await?;
		let nodes = rows.iter().map(Part::from_row).map(|p| (p.id.to_string(), p)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}
}

/// A lot of material.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Lot {
	id: i64,
	material: Option<String>,
	producer: Option<i64>,
	owner: Option<i64>,
	custodian: Option<i64>,
	quantity: Option<i64>,
	remaining: Option<i64>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
}

impl Lot {
	fn from_row(r: &AnyRow) -> Lot {
		Lot {
			id: r.get("id"),
			material: string(r, "material"),
			producer: opt_int(r, "producer"),
			owner: opt_int(r, "owner"),
			custodian: opt_int(r, "custodian"),
			quantity: opt_int(r, "quantity"),
			remaining: opt_int(r, "remaining"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
		}
	}
}

#[async_graphql::ComplexObject]
impl Lot {
	/// Its history, oldest record first.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn history(
		&self,
		ctx: &Context<'_>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, HistoryRecord>> {
		history(ctx, "lot", self.id, first, after).await
	}
}

/// One record of a part's or lot's history (pallet-parts' `HistoryRecord`).
#[derive(SimpleObject)]
pub struct HistoryRecord {
	/// Its position in the item's history, oldest 0.
	index: i64,
	block: i64,
	extrinsic: Option<i64>,
	/// The block's time (ms since the Unix epoch).
	time: Option<i64>,
	/// The reporter's own UTC time (µs), where a device gave one.
	reported_at: Option<i64>,
	/// The account that made it (hex).
	actor: Option<String>,
	/// The organisation it acted for.
	participant: Option<i64>,
	/// What happened: Registered, Offered, Accepted, InstalledIn, Inspection, …
	kind: String,
	/// The kind's fields (`{"handover": "Ownership", "from": 2}`), if it has any.
	kind_fields: Option<Json<PlainJson>>,
	/// Hash of the record's off-chain data (zero if none).
	data: Option<String>,
}

async fn history(
	ctx: &Context<'_>,
	kind: &str,
	id: i64,
	first: Option<i32>,
	after: Option<String>,
) -> Result<Connection<String, HistoryRecord>> {
	let limit = page_size(first)?;
	let after_index =
		after.as_deref().map(|c| parse_cursor(c, 1)).transpose()?.map_or(-1, |v| v[0]);
	let rows = sqlx::query(
		"SELECT * FROM history WHERE item_kind = $1 AND item_id = $2 AND record_index > $3 \
		 ORDER BY record_index LIMIT $4",
	)
	.bind(kind)
	.bind(id)
	.bind(after_index)
	.bind(limit + 1)
	.fetch_all(&store(ctx).pool)
	.await?;
	let nodes = rows
		.iter()
		.map(|r| {
			let h = HistoryRecord {
				index: r.get("record_index"),
				block: r.get("block_number"),
				extrinsic: opt_int(r, "extrinsic_index"),
				time: opt_int(r, "time"),
				reported_at: opt_int(r, "reported_at"),
				actor: string(r, "actor"),
				participant: opt_int(r, "participant"),
				kind: r.get("kind"),
				kind_fields: json(r, "kind_fields"),
				data: string(r, "data"),
			};
			(h.index.to_string(), h)
		})
		.collect();
	Ok(connection(nodes, limit, after.is_some()))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn json_numbers_reach_graphql_clients_as_numbers() {
		let value: JsonValue = serde_json::from_str(
			r#"{"to": 6, "big": "18446744073709551616", "n": [-1, 0.5, null, true]}"#,
		)
		.unwrap();
		let out = async_graphql::to_value(PlainJson(value)).expect("serializes");
		let text = out.into_json().expect("JSON").to_string();
		assert!(!text.contains("serde_json::private"), "{text}");
		assert_eq!(
			serde_json::from_str::<JsonValue>(&text).unwrap(),
			serde_json::json!({"to": 6, "big": "18446744073709551616", "n": [-1, 0.5, null, true]})
		);
	}
}
