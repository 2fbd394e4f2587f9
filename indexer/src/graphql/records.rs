//! The GraphQL API's market, warranty and governance records (schema version 5): cores,
//! listings and bids, core deposits, warranties and claims, council motions; and a part's
//! whole passport in one query.
//!
//! A record its pallet removes (an ended listing, a released bid, a settled deposit) is
//! still here, with `live: false`, the block that ended it and the event that did
//! (`endedBy: "Cores.Sold"`); filter with `live: true` for what stands now.

use async_graphql::{connection::Connection, Context, Json, Object, Result, SimpleObject};
use serde_json::Value as JsonValue;
use sqlx::{any::AnyRow, Row};

use super::{
	connection, json, list_cost, page_size, parse_cursor, store, string, Certification,
	HistoryRecord, Part, PartType, Participant, PlainJson, Query, Trace,
};
use crate::{
	store::opt_int,
	trace::{holders, id_list, trace, Direction, Item, CHUNK},
};

/// The most warranties, claims, deposits or certifications a passport lists.
const PASSPORT_LIST: i64 = 100;

/// The id after a one-integer cursor (`-1`: from the start).
fn after_id(after: Option<&str>) -> Result<i64> {
	Ok(after.map(|c| parse_cursor(c, 1)).transpose()?.map_or(-1, |v| v[0]))
}

/// Whether a row's record still stands (its pallet has not removed it).
fn live(r: &AnyRow) -> bool {
	opt_int(r, "ended_block").is_none()
}

#[derive(Default)]
pub struct RecordsQuery;

#[Object]
impl RecordsQuery {
	/// A part's core record (pallet-cores), by the part's id; `null` if it was never
	/// returned as a core.
	async fn core(&self, ctx: &Context<'_>, part: i64) -> Result<Option<Core>> {
		let row = sqlx::query("SELECT * FROM cores WHERE part = $1")
			.bind(part)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Core::from_row))
	}

	/// Cores by part id, filtered by who returned them, part type, latest grade (`A`,
	/// `B`, `C`, `Scrap`) and whether they are still cores (`live`).
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	#[allow(clippy::too_many_arguments)]
	async fn cores(
		&self,
		ctx: &Context<'_>,
		returned_by: Option<i64>,
		part_type: Option<i64>,
		grade: Option<String>,
		live: Option<bool>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Core>> {
		let limit = page_size(first)?;
		let rows = sqlx::query(
			"SELECT * FROM cores WHERE ($1 IS NULL OR returned_by = $1) AND ($2 IS NULL OR \
			 part_type = $2) AND ($3 IS NULL OR grade = $3) AND ($4 IS NULL OR (ended_block IS \
			 NULL) = $4) AND part > $5 ORDER BY part LIMIT $6",
		)
		.bind(returned_by)
		.bind(part_type)
		.bind(grade)
		.bind(live)
		.bind(after_id(after.as_deref())?)
		.bind(limit + 1)
		.fetch_all(&store(ctx).pool)
		.await?;
		let nodes = rows.iter().map(Core::from_row).map(|c| (c.part.to_string(), c)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// A core's listing on the market, by the part's id (the last one, if it ended).
	async fn listing(&self, ctx: &Context<'_>, part: i64) -> Result<Option<Listing>> {
		let row = sqlx::query("SELECT * FROM listings WHERE part = $1")
			.bind(part)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Listing::from_row))
	}

	/// Listings by part id, filtered by seller and whether they are open (`live`).
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn listings(
		&self,
		ctx: &Context<'_>,
		seller: Option<i64>,
		live: Option<bool>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Listing>> {
		let limit = page_size(first)?;
		let rows = sqlx::query(
			"SELECT * FROM listings WHERE ($1 IS NULL OR seller = $1) AND ($2 IS NULL OR \
			 (ended_block IS NULL) = $2) AND part > $3 ORDER BY part LIMIT $4",
		)
		.bind(seller)
		.bind(live)
		.bind(after_id(after.as_deref())?)
		.bind(limit + 1)
		.fetch_all(&store(ctx).pool)
		.await?;
		let nodes = rows.iter().map(Listing::from_row).map(|l| (l.part.to_string(), l)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// Bids by (part, account), filtered by the part, the bidding organisation and
	/// whether they are still held (`live`).
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn bids(
		&self,
		ctx: &Context<'_>,
		part: Option<i64>,
		bidder: Option<i64>,
		live: Option<bool>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Bid>> {
		bids(ctx, part, bidder, live, first, after).await
	}

	/// A core deposit (pallet-cores' charge) by id.
	async fn core_deposit(&self, ctx: &Context<'_>, id: i64) -> Result<Option<CoreDeposit>> {
		let row = sqlx::query("SELECT * FROM core_deposits WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(CoreDeposit::from_row))
	}

	/// Core deposits by id, filtered by seller, buyer, part and whether they are still
	/// held or awaited (`live`).
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	#[allow(clippy::too_many_arguments)]
	async fn core_deposits(
		&self,
		ctx: &Context<'_>,
		seller: Option<i64>,
		buyer: Option<i64>,
		part: Option<i64>,
		live: Option<bool>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, CoreDeposit>> {
		let limit = page_size(first)?;
		let rows = sqlx::query(
			"SELECT * FROM core_deposits WHERE ($1 IS NULL OR seller = $1) AND ($2 IS NULL OR \
			 buyer = $2) AND ($3 IS NULL OR part = $3) AND ($4 IS NULL OR (ended_block IS NULL) \
			 = $4) AND id > $5 ORDER BY id LIMIT $6",
		)
		.bind(seller)
		.bind(buyer)
		.bind(part)
		.bind(live)
		.bind(after_id(after.as_deref())?)
		.bind(limit + 1)
		.fetch_all(&store(ctx).pool)
		.await?;
		let nodes = rows.iter().map(CoreDeposit::from_row).map(|d| (d.id.to_string(), d)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// A warranty by id.
	async fn warranty(&self, ctx: &Context<'_>, id: i64) -> Result<Option<Warranty>> {
		let row = sqlx::query("SELECT * FROM warranties WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Warranty::from_row))
	}

	/// Warranties by id, filtered by part, issuer and kind (`New`, `Remanufactured`,
	/// `Repair`). Whether one holds at a block: `expiresAt` after it and not `voided`.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn warranties(
		&self,
		ctx: &Context<'_>,
		part: Option<i64>,
		issuer: Option<i64>,
		kind: Option<String>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Warranty>> {
		let limit = page_size(first)?;
		let rows = sqlx::query(
			"SELECT * FROM warranties WHERE ($1 IS NULL OR part = $1) AND ($2 IS NULL OR issuer \
			 = $2) AND ($3 IS NULL OR kind = $3) AND id > $4 ORDER BY id LIMIT $5",
		)
		.bind(part)
		.bind(issuer)
		.bind(kind)
		.bind(after_id(after.as_deref())?)
		.bind(limit + 1)
		.fetch_all(&store(ctx).pool)
		.await?;
		let nodes = rows.iter().map(Warranty::from_row).map(|w| (w.id.to_string(), w)).collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// A warranty claim by id.
	async fn claim(&self, ctx: &Context<'_>, id: i64) -> Result<Option<Claim>> {
		let row = sqlx::query("SELECT * FROM claims WHERE id = $1")
			.bind(id)
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Claim::from_row))
	}

	/// Warranty claims by id, filtered by status (`Open`, `Approved`, `Rejected`,
	/// `Withdrawn`, `Ruled`, `Defaulted`, …), the warranty's issuer, the claimant and the
	/// warranty: "open claims across all issuers" is `claims(status: "Open")`.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	#[allow(clippy::too_many_arguments)]
	async fn claims(
		&self,
		ctx: &Context<'_>,
		status: Option<String>,
		issuer: Option<i64>,
		claimant: Option<i64>,
		warranty: Option<i64>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Claim>> {
		claims(ctx, status, issuer, claimant, warranty, first, after).await
	}

	/// A council motion by its proposal hash (`0x`-hex).
	async fn motion(&self, ctx: &Context<'_>, hash: String) -> Result<Option<Motion>> {
		let row = sqlx::query("SELECT * FROM motions WHERE hash = $1")
			.bind(hash.to_lowercase())
			.fetch_optional(&store(ctx).pool)
			.await?;
		Ok(row.as_ref().map(Motion::from_row))
	}

	/// The council's motions by proposal index, filtered by status (`Open`, `Closed`,
	/// `Approved`, `Disapproved`, `Executed`, `Killed`).
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn motions(
		&self,
		ctx: &Context<'_>,
		status: Option<String>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Motion>> {
		let limit = page_size(first)?;
		let rows = sqlx::query(
			"SELECT * FROM motions WHERE ($1 IS NULL OR status = $1) AND \
			 COALESCE(proposal_index, -1) > $2 ORDER BY proposal_index LIMIT $3",
		)
		.bind(status)
		.bind(after_id(after.as_deref())?)
		.bind(limit + 1)
		.fetch_all(&store(ctx).pool)
		.await?;
		let nodes = rows
			.iter()
			.map(Motion::from_row)
			.map(|m| (m.proposal_index.unwrap_or(-1).to_string(), m))
			.collect();
		Ok(connection(nodes, limit, after.is_some()))
	}

	/// A part's passport in one query: the part, its type and maker, the maker's
	/// certifications and whether each was valid when the part was registered, its
	/// history, the assembly it is in, its warranties and their claims, its core record,
	/// listing and deposits, and its recall state. `null` for an unknown part.
	async fn passport(&self, ctx: &Context<'_>, part: i64) -> Result<Option<Passport>> {
		let Some(row) = sqlx::query("SELECT * FROM parts WHERE id = $1")
			.bind(part)
			.fetch_optional(&store(ctx).pool)
			.await?
		else {
			return Ok(None);
		};
		let record = json(&row, "record").map(|j| j.0 .0).unwrap_or(JsonValue::Null);
		Ok(Some(Passport {
			id: part,
			part_type: opt_int(&row, "part_type"),
			maker: opt_int(&row, "maker"),
			registered_at: record.get("registered_at").and_then(JsonValue::as_i64),
			made_under: record.get("certification").and_then(JsonValue::as_i64),
			quarantine: record.get("quarantine").and_then(JsonValue::as_str).map(str::to_string),
		}))
	}
}

async fn bids(
	ctx: &Context<'_>,
	part: Option<i64>,
	bidder: Option<i64>,
	live: Option<bool>,
	first: Option<i32>,
	after: Option<String>,
) -> Result<Connection<String, Bid>> {
	let limit = page_size(first)?;
	// The cursor is "part:account".
	let (after_part, after_account) = match after.as_deref() {
		None => (-1, String::new()),
		Some(c) => {
			let (p, a) = c.split_once(':').ok_or_else(|| super::bad_cursor(c))?;
			(p.parse::<i64>().map_err(|_| super::bad_cursor(c))?, a.to_string())
		},
	};
	let rows = sqlx::query(
		"SELECT * FROM bids WHERE ($1 IS NULL OR part = $1) AND ($2 IS NULL OR bidder = $2) \
		 AND ($3 IS NULL OR (ended_block IS NULL) = $3) AND (part > $4 OR (part = $4 AND \
		 account > $5)) ORDER BY part, account LIMIT $6",
	)
	.bind(part)
	.bind(bidder)
	.bind(live)
	.bind(after_part)
	.bind(after_account)
	.bind(limit + 1)
	.fetch_all(&store(ctx).pool)
	.await?;
	let nodes =
		rows.iter().map(Bid::from_row).map(|b| (format!("{}:{}", b.part, b.account), b)).collect();
	Ok(connection(nodes, limit, after.is_some()))
}

async fn claims(
	ctx: &Context<'_>,
	status: Option<String>,
	issuer: Option<i64>,
	claimant: Option<i64>,
	warranty: Option<i64>,
	first: Option<i32>,
	after: Option<String>,
) -> Result<Connection<String, Claim>> {
	let limit = page_size(first)?;
	let rows = sqlx::query(
		"SELECT * FROM claims WHERE ($1 IS NULL OR status = $1) AND ($2 IS NULL OR issuer = $2) \
		 AND ($3 IS NULL OR claimant = $3) AND ($4 IS NULL OR warranty = $4) AND id > $5 \
		 ORDER BY id LIMIT $6",
	)
	.bind(status)
	.bind(issuer)
	.bind(claimant)
	.bind(warranty)
	.bind(after_id(after.as_deref())?)
	.bind(limit + 1)
	.fetch_all(&store(ctx).pool)
	.await?;
	let nodes = rows.iter().map(Claim::from_row).map(|c| (c.id.to_string(), c)).collect();
	Ok(connection(nodes, limit, after.is_some()))
}

/// A part returned as a core (pallet-cores' `CoreRecord`).
#[derive(SimpleObject)]
pub struct Core {
	part: i64,
	part_type: Option<i64>,
	/// The life that ended with the return.
	life: Option<i64>,
	returned_by: Option<i64>,
	returned_at: Option<i64>,
	/// The latest grading's grade, if graded.
	grade: Option<String>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
	/// Whether it is still a core (an outcome had not yet started its next life or ended it).
	live: bool,
	ended_block: Option<i64>,
	ended_by: Option<String>,
}

impl Core {
	fn from_row(r: &AnyRow) -> Core {
		Core {
			part: r.get("part"),
			part_type: opt_int(r, "part_type"),
			life: opt_int(r, "life"),
			returned_by: opt_int(r, "returned_by"),
			returned_at: opt_int(r, "returned_at"),
			grade: string(r, "grade"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
			live: live(r),
			ended_block: opt_int(r, "ended_block"),
			ended_by: string(r, "ended_by"),
		}
	}
}

/// A core offered on the market.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Listing {
	part: i64,
	seller: Option<i64>,
	/// The least the seller accepts (a balance, as decimal text).
	reserve: Option<String>,
	/// The best bid's account (hex).
	best: Option<String>,
	/// How many bids were live when it was last written.
	bid_count: Option<i64>,
	listed_at: Option<i64>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
	/// Whether it is open; else `endedBy` says how it ended (`Cores.Sold`,
	/// `Cores.ListingCancelled`).
	live: bool,
	ended_block: Option<i64>,
	ended_by: Option<String>,
}

impl Listing {
	fn from_row(r: &AnyRow) -> Listing {
		Listing {
			part: r.get("part"),
			seller: opt_int(r, "seller"),
			reserve: string(r, "reserve"),
			best: string(r, "best"),
			bid_count: opt_int(r, "bids"),
			listed_at: opt_int(r, "listed_at"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
			live: live(r),
			ended_block: opt_int(r, "ended_block"),
			ended_by: string(r, "ended_by"),
		}
	}
}

#[async_graphql::ComplexObject]
impl Listing {
	/// The bids on it (every bid the core ever had, with `live`).
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn bids(
		&self,
		ctx: &Context<'_>,
		live: Option<bool>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Bid>> {
		bids(ctx, Some(self.part), None, live, first, after).await
	}
}

/// A bid on a listed core; its amount is held on the bidder's account while it is live.
#[derive(SimpleObject)]
pub struct Bid {
	part: i64,
	/// The bidding account (hex).
	account: String,
	/// The bidding organisation.
	bidder: Option<i64>,
	/// A balance, as decimal text.
	amount: Option<String>,
	updated_block: i64,
	/// Whether it is held; else `endedBy`: `Cores.BidReleased` (outbid, withdrawn or the
	/// listing ended) or `Cores.Sold` (it won).
	live: bool,
	ended_block: Option<i64>,
	ended_by: Option<String>,
}

impl Bid {
	fn from_row(r: &AnyRow) -> Bid {
		Bid {
			part: r.get("part"),
			account: r.get("account"),
			bidder: opt_int(r, "bidder"),
			amount: string(r, "amount"),
			updated_block: r.get("updated_block"),
			live: live(r),
			ended_block: opt_int(r, "ended_block"),
			ended_by: string(r, "ended_by"),
		}
	}
}

/// A core deposit on the sale of a part (pallet-cores' `CoreCharge`).
#[derive(SimpleObject)]
pub struct CoreDeposit {
	id: i64,
	/// The sold part.
	part: Option<i64>,
	part_type: Option<i64>,
	seller: Option<i64>,
	buyer: Option<i64>,
	amount: Option<String>,
	/// Before delivery: the block by which the part must reach the buyer; after: the block
	/// before which a core must be returned.
	return_by: Option<i64>,
	delivered_at: Option<i64>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
	/// Whether it is open; else `endedBy` (`Cores.ChargeRefunded`, `…Forfeited`, …).
	live: bool,
	ended_block: Option<i64>,
	ended_by: Option<String>,
}

impl CoreDeposit {
	fn from_row(r: &AnyRow) -> CoreDeposit {
		CoreDeposit {
			id: r.get("id"),
			part: opt_int(r, "part"),
			part_type: opt_int(r, "part_type"),
			seller: opt_int(r, "seller"),
			buyer: opt_int(r, "buyer"),
			amount: string(r, "amount"),
			return_by: opt_int(r, "return_by"),
			delivered_at: opt_int(r, "delivered_at"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
			live: live(r),
			ended_block: opt_int(r, "ended_block"),
			ended_by: string(r, "ended_by"),
		}
	}
}

/// A warranty on one life of a part.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct Warranty {
	id: i64,
	part: Option<i64>,
	life: Option<i64>,
	/// New, Remanufactured or Repair.
	kind: Option<String>,
	issuer: Option<i64>,
	issued_at: Option<i64>,
	/// The first block at which it no longer holds.
	expires_at: Option<i64>,
	/// The service report's hash that voided it, if one did.
	voided: Option<String>,
	/// The claim waiting for the issuer, if any.
	open_claim: Option<i64>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
}

impl Warranty {
	fn from_row(r: &AnyRow) -> Warranty {
		Warranty {
			id: r.get("id"),
			part: opt_int(r, "part"),
			life: opt_int(r, "life"),
			kind: string(r, "kind"),
			issuer: opt_int(r, "issuer"),
			issued_at: opt_int(r, "issued_at"),
			expires_at: opt_int(r, "expires_at"),
			voided: string(r, "voided"),
			open_claim: opt_int(r, "open_claim"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
		}
	}
}

#[async_graphql::ComplexObject]
impl Warranty {
	/// The claims made under it.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn claims(
		&self,
		ctx: &Context<'_>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, Claim>> {
		claims(ctx, None, None, None, Some(self.id), first, after).await
	}
}

/// A claim under a warranty.
#[derive(SimpleObject)]
pub struct Claim {
	id: i64,
	warranty: Option<i64>,
	/// The warranty's issuer, who decides it.
	issuer: Option<i64>,
	/// The holder's organisation when it claimed.
	claimant: Option<i64>,
	/// What it asks and what the issuer's reserve covered of it at filing (decimal text).
	asked: Option<String>,
	covered: Option<String>,
	filed_at: Option<i64>,
	/// The last block at which the issuer may reject it.
	respond_by: Option<i64>,
	/// Open, Approved, Rejected, Withdrawn, Ruled, Defaulted, …
	status: Option<String>,
	record: Option<Json<PlainJson>>,
	updated_block: i64,
}

impl Claim {
	fn from_row(r: &AnyRow) -> Claim {
		Claim {
			id: r.get("id"),
			warranty: opt_int(r, "warranty"),
			issuer: opt_int(r, "issuer"),
			claimant: opt_int(r, "claimant"),
			asked: string(r, "asked"),
			covered: string(r, "covered"),
			filed_at: opt_int(r, "filed_at"),
			respond_by: opt_int(r, "respond_by"),
			status: string(r, "status"),
			record: json(r, "record"),
			updated_block: r.get("updated_block"),
		}
	}
}

/// A council motion (pallet-collective).
#[derive(SimpleObject)]
pub struct Motion {
	/// The proposal's hash (hex).
	hash: String,
	proposal_index: Option<i64>,
	/// The member's account that proposed it (hex).
	proposer: Option<String>,
	/// How many ayes it needs.
	threshold: Option<i64>,
	/// The proposed call (`{"Certifications": {"suspend": {…}}}`).
	call: Option<Json<PlainJson>>,
	/// The members' accounts (hex) that voted aye and nay, as last stored.
	ayes: Option<Json<PlainJson>>,
	nays: Option<Json<PlainJson>>,
	/// The block its voting ends at.
	end_block: Option<i64>,
	/// Open, Closed, Approved, Disapproved, Executed or Killed.
	status: String,
	/// When executed: the call's result (`{"Ok": …}` or `{"Err": …}`).
	result: Option<Json<PlainJson>>,
	proposed_block: Option<i64>,
	updated_block: i64,
}

impl Motion {
	fn from_row(r: &AnyRow) -> Motion {
		Motion {
			hash: r.get("hash"),
			proposal_index: opt_int(r, "proposal_index"),
			proposer: string(r, "proposer"),
			threshold: opt_int(r, "threshold"),
			call: json(r, "call"),
			ayes: json(r, "ayes"),
			nays: json(r, "nays"),
			end_block: opt_int(r, "end_block"),
			status: r.get("status"),
			result: json(r, "result"),
			proposed_block: opt_int(r, "proposed_block"),
			updated_block: r.get("updated_block"),
		}
	}
}

/// A part's passport: everything the chain says about it, in one query.
pub struct Passport {
	id: i64,
	part_type: Option<i64>,
	maker: Option<i64>,
	registered_at: Option<i64>,
	made_under: Option<i64>,
	quarantine: Option<String>,
}

/// One of the maker's certifications, and whether it was valid when the part was made.
#[derive(SimpleObject)]
pub struct CertifiedWhenMade {
	certification: Certification,
	/// Its standard's code.
	standard_code: Option<String>,
	/// Whether it was valid at the block the part was registered (its validity intervals).
	valid: bool,
	/// Whether the part's production was registered against it.
	made_under: bool,
}

/// A part's recall state as the store sees it.
#[derive(SimpleObject)]
pub struct RecallState {
	/// The recall notice's hash, if the part itself is quarantined.
	quarantine: Option<String>,
	/// The quarantined parts and lots among its contents (installed in it, consumed or
	/// transformed into it, at any depth), each with the path from the part: any of them
	/// holds the part (a hand-over of it fails). A batch recall of the parts themselves is
	/// `batch`; one of a part among the contents is not seen here (the node's
	/// `amchain_part` says `quarantined` for every cause).
	quarantined_contents: Trace,
	/// The batch recall that holds the part, if one does: every part of its type
	/// registered under the certification it was made under, quarantined together
	/// (`Parts.quarantine` of a `Batch`) and not released since.
	batch: Option<BatchRecall>,
}

/// A batch recall: every part of a type registered under one certification.
#[derive(SimpleObject, Debug, PartialEq)]
pub struct BatchRecall {
	part_type: i64,
	certification: i64,
	/// The recall notice's hash.
	reason: Option<String>,
	/// The block it was imposed at.
	since_block: i64,
}

#[Object]
impl Passport {
	/// The part.
	async fn part(&self, ctx: &Context<'_>) -> Result<Option<Part>> {
		Query.part(ctx, self.id).await
	}

	/// Its part type.
	async fn part_type(&self, ctx: &Context<'_>) -> Result<Option<PartType>> {
		match self.part_type {
			Some(id) => Query.part_type(ctx, id).await,
			None => Ok(None),
		}
	}

	/// The organisation that made it.
	async fn maker(&self, ctx: &Context<'_>) -> Result<Option<Participant>> {
		match self.maker {
			Some(id) => Query.participant(ctx, id).await,
			None => Ok(None),
		}
	}

	/// The block it was registered (made) at.
	async fn registered_at(&self) -> Option<i64> {
		self.registered_at
	}

	/// The maker's certifications (at most 100), each with whether it was valid when the
	/// part was registered: the chain's `amchain_wasCertifiedAt` per certification, read
	/// from the indexed validity intervals.
	async fn certified_when_made(&self, ctx: &Context<'_>) -> Result<Vec<CertifiedWhenMade>> {
		let (Some(maker), Some(at)) = (self.maker, self.registered_at) else {
			return Ok(Vec::new());
		};
		let pool = &store(ctx).pool;
		let rows = sqlx::query(
			"SELECT c.*, s.code AS standard_code FROM certifications c LEFT JOIN standards s \
			 ON s.id = c.standard WHERE c.participant = $1 ORDER BY c.id LIMIT $2",
		)
		.bind(maker)
		.bind(PASSPORT_LIST)
		.fetch_all(pool)
		.await?;
		let mut out = Vec::with_capacity(rows.len());
		for row in rows {
			let certification = Certification::from_row(&row);
			// The last interval starting at or before `at`, as the pallet reads it.
			let interval = sqlx::query(
				"SELECT from_block, to_block FROM validity_intervals WHERE certification = $1 \
				 AND from_block <= $2 ORDER BY idx DESC LIMIT 1",
			)
			.bind(certification.id)
			.bind(at)
			.fetch_optional(pool)
			.await?;
			let valid = match interval {
				None => false,
				Some(i) => {
					let end = opt_int(&i, "to_block")
						.or_else(|| open_interval_end(&certification))
						.unwrap_or(i64::MIN);
					at < end
				},
			};
			out.push(CertifiedWhenMade {
				made_under: self.made_under == Some(certification.id),
				standard_code: string(&row, "standard_code"),
				certification,
				valid,
			});
		}
		Ok(out)
	}

	/// Its history, oldest record first.
	#[graphql(complexity = "list_cost(first, child_complexity)")]
	async fn history(
		&self,
		ctx: &Context<'_>,
		first: Option<i32>,
		after: Option<String>,
	) -> Result<Connection<String, HistoryRecord>> {
		super::history(ctx, "part", self.id, first, after).await
	}

	/// The top of the assembly it is installed in (itself when it stands alone), whose
	/// owner and custodian are its effective ones.
	async fn top(&self, ctx: &Context<'_>) -> Result<Option<Part>> {
		let held = holders(store(ctx), &[("part", self.id)]).await?;
		match held.get(&("part", self.id)).and_then(|h| h.top) {
			Some(top) => Query.part(ctx, top).await,
			None => Ok(None),
		}
	}

	/// Its warranties (at most 100), oldest first.
	async fn warranties(&self, ctx: &Context<'_>) -> Result<Vec<Warranty>> {
		let rows = sqlx::query("SELECT * FROM warranties WHERE part = $1 ORDER BY id LIMIT $2")
			.bind(self.id)
			.bind(PASSPORT_LIST)
			.fetch_all(&store(ctx).pool)
			.await?;
		Ok(rows.iter().map(Warranty::from_row).collect())
	}

	/// The claims under its warranties (at most 100), oldest first.
	async fn claims(&self, ctx: &Context<'_>) -> Result<Vec<Claim>> {
		let rows = sqlx::query(
			"SELECT c.* FROM claims c JOIN warranties w ON w.id = c.warranty WHERE w.part = $1 \
			 ORDER BY c.id LIMIT $2",
		)
		.bind(self.id)
		.bind(PASSPORT_LIST)
		.fetch_all(&store(ctx).pool)
		.await?;
		Ok(rows.iter().map(Claim::from_row).collect())
	}

	/// Its core record, if it was ever returned as a core.
	async fn core(&self, ctx: &Context<'_>) -> Result<Option<Core>> {
		RecordsQuery.core(ctx, self.id).await
	}

	/// Its listing on the market (the last one), if it was ever listed.
	async fn listing(&self, ctx: &Context<'_>) -> Result<Option<Listing>> {
		RecordsQuery.listing(ctx, self.id).await
	}

	/// Core deposits on its sales (at most 100), oldest first.
	async fn core_deposits(&self, ctx: &Context<'_>) -> Result<Vec<CoreDeposit>> {
		let rows = sqlx::query("SELECT * FROM core_deposits WHERE part = $1 ORDER BY id LIMIT $2")
			.bind(self.id)
			.bind(PASSPORT_LIST)
			.fetch_all(&store(ctx).pool)
			.await?;
		Ok(rows.iter().map(CoreDeposit::from_row).collect())
	}

	/// Its recall state.
	#[graphql(complexity = "super::MAX_TRACE as usize + child_complexity")]
	async fn recall(&self, ctx: &Context<'_>) -> Result<RecallState> {
		let store = store(ctx);
		let (reached, complete) =
			trace(store, ("part", self.id), Direction::Down, super::MAX_TRACE as usize).await?;
		let quarantined =
			quarantined(store, &reached.iter().map(|r| r.item).collect::<Vec<_>>()).await?;
		let held_by: Vec<_> =
			reached.into_iter().filter(|r| quarantined.contains(&r.item)).collect();
		let items: Vec<Item> = held_by.iter().map(|r| r.item).collect();
		let mut held = holders(store, &items).await?;
		let batch = match (self.part_type, self.made_under) {
			(Some(part_type), Some(certification)) => {
				batch_recall(store, part_type, certification).await?
			},
			_ => None,
		};
		Ok(RecallState {
			quarantine: self.quarantine.clone(),
			batch,
			quarantined_contents: Trace {
				items: held_by
					.into_iter()
					.map(|r| {
						let h = held.remove(&r.item).unwrap_or_default();
						super::traced_item(r, h)
					})
					.collect(),
				complete,
			},
		})
	}
}

/// The end of a certification's open validity interval: its surveillance's due block if
/// that comes first, else `valid_until` (the pallet's `open_interval_end`).
fn open_interval_end(c: &Certification) -> Option<i64> {
	let record = c.record.as_ref().map(|r| &r.0 .0);
	let due = record.and_then(|r| r.pointer("/surveillance/due")).and_then(JsonValue::as_i64);
	match (due, c.valid_until) {
		(Some(due), Some(until)) if due < until => Some(due),
		(_, until) => until,
	}
}

/// The batch recall of the parts of `part_type` made under `certification` in force at the
/// store's last block: the latest `Parts.Quarantined` or `Parts.Released` event naming that
/// batch, if it is a quarantine.
async fn batch_recall(
	store: &crate::store::Store,
	part_type: i64,
	certification: i64,
) -> Result<Option<BatchRecall>> {
	// Batch recalls are rare: the text filter leaves only their events to decode.
	let rows = sqlx::query(
		"SELECT block_number, variant, fields FROM events WHERE pallet = 'Parts' \
		 AND variant IN ('Quarantined', 'Released') AND fields LIKE '%\"Batch\"%' \
		 ORDER BY block_number DESC, event_index DESC",
	)
	.fetch_all(&store.pool)
	.await?;
	for row in rows {
		let fields: String = row.get(2);
		let Ok(fields) = serde_json::from_str::<JsonValue>(&fields) else { continue };
		let Some(batch) = fields.pointer("/target/Batch") else { continue };
		let named = |key: &str| batch.get(key).and_then(JsonValue::as_i64);
		if named("part_type") != Some(part_type) || named("certification") != Some(certification) {
			continue;
		}
		let variant: String = row.get(1);
		return Ok((variant == "Quarantined").then(|| BatchRecall {
			part_type,
			certification,
			reason: fields.get("reason").and_then(JsonValue::as_str).map(str::to_string),
			since_block: row.get(0),
		}));
	}
	Ok(None)
}

/// Which of `items` are quarantined themselves (their record names a recall notice).
async fn quarantined(
	store: &crate::store::Store,
	items: &[Item],
) -> Result<std::collections::HashSet<Item>> {
	let mut out = std::collections::HashSet::new();
	for (kind, table) in [("part", "parts"), ("lot", "lots")] {
		let ids: Vec<i64> = items.iter().filter(|(k, _)| *k == kind).map(|(_, id)| *id).collect();
		for chunk in ids.chunks(CHUNK) {
			let rows = sqlx::query(&format!(
				"SELECT id, record FROM {table} WHERE id IN ({})",
				id_list(chunk)
			))
			.fetch_all(&store.pool)
			.await?;
			for row in rows {
				let record: String = row.get(1);
				let notice = serde_json::from_str::<JsonValue>(&record)
					.ok()
					.and_then(|r| r.get("quarantine").cloned())
					.is_some_and(|q| !q.is_null());
				if notice {
					out.insert((kind, row.get::<i64, _>(0)));
				}
			}
		}
	}
	Ok(out)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::store::Store;

	/// The latest event naming the batch decides: a recall, released, recalled again
	/// (two in one block, told apart by their order); other batches and other targets do
	/// not count.
	#[tokio::test]
	async fn a_batch_recall_holds_until_released_and_only_its_batch() {
		let path = std::env::temp_dir()
			.join(format!("amchain-batch-recall-unit-{}.sqlite", std::process::id()));
		let _ = std::fs::remove_file(&path);
		let store = Store::open(&format!("sqlite://{}", path.display())).await.expect("store");
		let exec = |sql: String| {
			let pool = store.pool.clone();
			async move { sqlx::query(&sql).execute(&pool).await.expect("insert") }
		};
		for number in 0..=4 {
			exec(format!(
				"INSERT INTO blocks (number, hash, parent_hash, spec_version, event_count) \
				 VALUES ({number}, '0x{number:02x}', '0x00', 1, 0)"
			))
			.await;
		}
		let event = |block: u32, index: u32, variant: &str, target: &str, reason: u8| {
			let reason = if variant == "Quarantined" {
				format!(r#", "reason": "0x{reason:02x}""#)
			} else {
				String::new()
			};
			format!(
				"INSERT INTO events (block_number, event_index, extrinsic_index, phase, pallet, variant, fields) \
				 VALUES ({block}, {index}, 1, 'ApplyExtrinsic', 'Parts', '{variant}', '{{\"target\": {target}{reason}}}')"
			)
		};
		let batch =
			|t: u32, c: u32| format!(r#"{{"Batch": {{"part_type": {t}, "certification": {c}}}}}"#);
		let recall = || async { batch_recall(&store, 0, 0).await.expect("reads") };
		assert_eq!(recall().await, None, "nothing recalled yet");

		exec(event(1, 0, "Quarantined", &batch(0, 0), 1)).await;
		exec(event(1, 1, "Quarantined", &batch(0, 1), 2)).await;
		exec(event(1, 2, "Quarantined", r#"{"Part": 0}"#, 3)).await;
		let held = BatchRecall {
			part_type: 0,
			certification: 0,
			reason: Some("0x01".into()),
			since_block: 1,
		};
		assert_eq!(recall().await, Some(held));

		exec(event(2, 0, "Released", &batch(0, 0), 0)).await;
		assert_eq!(recall().await, None, "released");
		assert!(
			batch_recall(&store, 0, 1).await.expect("reads").is_some(),
			"the other batch holds"
		);

		exec(event(3, 0, "Quarantined", &batch(0, 0), 4)).await;
		exec(event(3, 1, "Released", &batch(0, 0), 0)).await;
		exec(event(3, 2, "Quarantined", &batch(0, 0), 5)).await;
		let again = BatchRecall {
			part_type: 0,
			certification: 0,
			reason: Some("0x05".into()),
			since_block: 3,
		};
		assert_eq!(recall().await, Some(again), "the block's last event about it decides");
		let _ = std::fs::remove_file(&path);
	}
}
