//! The relational store: SQLite (a file, no set-up) or PostgreSQL, through sqlx's `Any`
//! driver with one set of runtime-checked queries (`$1` placeholders work in both).
//!
//! The schema is the migrations in `migrations/sqlite` and `migrations/postgres`, compiled
//! into the binary and applied at start. A block's rows and the cursor are written in one
//! transaction ([`Store::write_block`]): after a crash the store holds whole blocks only,
//! up to the cursor, and indexing resumes at the block after it.

use std::borrow::Cow;

use anyhow::{bail, Context, Result};
use serde_json::Value as Json;
use sqlx::{
	any::{AnyPoolOptions, AnyRow},
	migrate::{Migration, MigrationType, Migrator},
	AnyPool, Row,
};

use crate::model::{int, text, variant, BlockData, Entity, Record};

/// The default store: a SQLite file in the working directory.
pub const DEFAULT_DATABASE: &str = "sqlite://./amchain-index.sqlite";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
	Sqlite,
	Postgres,
}

/// The migrations of each backend, in order: (version, description, SQL).
const SQLITE_MIGRATIONS: &[(i64, &str, &str)] = &[
	(1, "schema", include_str!("../migrations/sqlite/0001_schema.sql")),
	(2, "event subjects", include_str!("../migrations/sqlite/0002_event_subjects.sql")),
	(3, "contract events", include_str!("../migrations/sqlite/0003_contract_events.sql")),
	(4, "parts by parent", include_str!("../migrations/sqlite/0004_parts_by_parent.sql")),
	(
		5,
		"market and warranties",
		include_str!("../migrations/sqlite/0005_market_and_warranties.sql"),
	),
];
const POSTGRES_MIGRATIONS: &[(i64, &str, &str)] = &[
	(1, "schema", include_str!("../migrations/postgres/0001_schema.sql")),
	(2, "event subjects", include_str!("../migrations/postgres/0002_event_subjects.sql")),
	(3, "contract events", include_str!("../migrations/postgres/0003_contract_events.sql")),
	(4, "parts by parent", include_str!("../migrations/postgres/0004_parts_by_parent.sql")),
	(
		5,
		"market and warranties",
		include_str!("../migrations/postgres/0005_market_and_warranties.sql"),
	),
];

#[derive(Clone)]
pub struct Store {
	pub pool: AnyPool,
	pub backend: Backend,
}

impl Store {
	/// Connects to `url` (`sqlite://path`, a bare path meaning a SQLite file, or
	/// `postgres://…`), creating a SQLite file if there is none, and applies the migrations.
	pub async fn open(url: &str) -> Result<Store> {
		sqlx::any::install_default_drivers();
		let (backend, url) = normalise(url)?;
		let pool = AnyPoolOptions::new()
			.max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
			.connect(&url)
			.await
			.with_context(|| format!("cannot open the store at {}", redact(&url)))?;
		let migrations = match backend {
			Backend::Sqlite => SQLITE_MIGRATIONS,
			Backend::Postgres => POSTGRES_MIGRATIONS,
		};
		migrator(migrations).run(&pool).await.context("cannot apply the store's migrations")?;
		Ok(Store { pool, backend })
	}

	/// The last indexed block (number, hash), if any.
	pub async fn cursor(&self) -> Result<Option<(u64, String)>> {
		let row = sqlx::query("SELECT block_number, block_hash FROM cursor WHERE id = 1")
			.fetch_optional(&self.pool)
			.await?;
		Ok(row.map(|r| (r.get::<i64, _>(0) as u64, r.get::<String, _>(1))))
	}

	/// Whether the next block must read every record of schema version 5's tables (the
	/// store was indexed by an earlier version).
	pub async fn reread_pending(&self) -> Result<bool> {
		Ok(sqlx::query("SELECT id FROM reread").fetch_optional(&self.pool).await?.is_some())
	}

	/// Writes a block's rows and moves the cursor to it, in one transaction.
	pub async fn write_block(&self, b: &BlockData) -> Result<()> {
		let mut tx = self.pool.begin().await?;
		// The cursor first: it checks that this is the block after the last one, so a
		// second indexer on the same store fails here instead of writing twice.
		let moved = match b.number {
			0 => sqlx::query(
				"INSERT INTO cursor (id, block_number, block_hash) VALUES (1, $1, $2) \
				 ON CONFLICT (id) DO NOTHING",
			)
			.bind(0i64)
			.bind(&b.hash)
			.execute(&mut *tx)
			.await?
			.rows_affected(),
			n => sqlx::query(
				"UPDATE cursor SET block_number = $1, block_hash = $2 \
				 WHERE id = 1 AND block_number = $3 AND block_hash = $4",
			)
			.bind(n as i64)
			.bind(&b.hash)
			.bind(n as i64 - 1)
			.bind(&b.parent_hash)
			.execute(&mut *tx)
			.await?
			.rows_affected(),
		};
		if moved != 1 {
			bail!(
				"block {} ({}) does not follow the store's cursor: another indexer wrote to \
				 this store, or it indexes another chain",
				b.number,
				b.hash
			);
		}
		sqlx::query(
			"INSERT INTO blocks (number, hash, parent_hash, spec_version, timestamp, event_count) \
			 VALUES ($1, $2, $3, $4, $5, $6)",
		)
		.bind(b.number as i64)
		.bind(&b.hash)
		.bind(&b.parent_hash)
		.bind(b.spec_version as i64)
		.bind(b.timestamp.map(|t| t as i64))
		.bind(b.events.len() as i64)
		.execute(&mut *tx)
		.await?;

		for e in &b.events {
			sqlx::query(
				"INSERT INTO events (block_number, event_index, extrinsic_index, phase, pallet, \
				 variant, fields) VALUES ($1, $2, $3, $4, $5, $6, $7) \
				 ON CONFLICT (block_number, event_index) DO NOTHING",
			)
			.bind(b.number as i64)
			.bind(e.index as i64)
			.bind(e.extrinsic.map(i64::from))
			.bind(e.phase)
			.bind(&e.pallet)
			.bind(&e.variant)
			.bind(e.fields.to_string())
			.execute(&mut *tx)
			.await?;
			for (kind, id) in &e.subjects {
				sqlx::query(
					"INSERT INTO event_subjects (block_number, event_index, kind, id) \
					 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
				)
				.bind(b.number as i64)
				.bind(e.index as i64)
				.bind(*kind)
				.bind(*id)
				.execute(&mut *tx)
				.await?;
			}
		}

		for c in &b.contract_events {
			sqlx::query(
				"INSERT INTO contract_events (block_number, event_index, contract, code_hash, \
				 topics, data, contract_name, event, fields) \
				 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
				 ON CONFLICT (block_number, event_index) DO NOTHING",
			)
			.bind(b.number as i64)
			.bind(c.index as i64)
			.bind(&c.contract)
			.bind(c.code_hash.clone())
			.bind(Json::from(c.topics.clone()).to_string())
			.bind(&c.data)
			.bind(c.decoded.as_ref().map(|d| d.contract_name.clone()))
			.bind(c.decoded.as_ref().map(|d| d.event.clone()))
			.bind(c.decoded.as_ref().map(|d| d.fields.to_string()))
			.execute(&mut *tx)
			.await?;
		}

		for r in &b.records {
			upsert_record(&mut tx, r, b.number).await?;
		}
		for r in &b.records {
			for (index, interval) in &r.intervals {
				sqlx::query(
					"INSERT INTO validity_intervals (certification, idx, from_block, to_block) \
					 VALUES ($1, $2, $3, $4) ON CONFLICT (certification, idx) DO UPDATE SET \
					 from_block = excluded.from_block, to_block = excluded.to_block",
				)
				.bind(r.id as i64)
				.bind(*index as i64)
				.bind(int(interval, "from").unwrap_or_default())
				.bind(int(interval, "to"))
				.execute(&mut *tx)
				.await?;
			}
		}
		for bid in &b.bids {
			upsert_bid(&mut tx, bid, b.number).await?;
		}
		for motion in &b.motions {
			upsert_motion(&mut tx, motion, b.number).await?;
		}
		if b.reread {
			sqlx::query("DELETE FROM reread").execute(&mut *tx).await?;
		}

		for h in &b.history {
			let r = &h.record;
			let (kind, kind_fields) = match r.get("kind") {
				Some(Json::String(s)) => (s.clone(), None),
				Some(Json::Object(o)) if o.len() == 1 => {
					let (k, v) = o.iter().next().expect("one entry");
					(k.clone(), Some(v.to_string()))
				},
				_ => ("Unknown".to_string(), None),
			};
			sqlx::query(
				"INSERT INTO history (item_kind, item_id, record_index, block_number, \
				 extrinsic_index, time, reported_at, actor, participant, kind, kind_fields, data, \
				 record) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
				 ON CONFLICT (item_kind, item_id, record_index) DO UPDATE SET record = excluded.record",
			)
			.bind(h.item_kind)
			.bind(h.item_id as i64)
			.bind(h.index as i64)
			.bind(int(r, "block").unwrap_or(b.number as i64))
			.bind(int(r, "extrinsic"))
			.bind(int(r, "time"))
			.bind(int(r, "reported_at"))
			.bind(text(r, "actor"))
			.bind(int(r, "participant"))
			.bind(kind)
			.bind(kind_fields)
			.bind(text(r, "data"))
			.bind(r.to_string())
			.execute(&mut *tx)
			.await?;
		}
		tx.commit().await?;
		Ok(())
	}
}

/// What `sqlx::migrate!` expands to, without its proc macro (and the database it would
/// need at build time).
fn migrator(migrations: &[(i64, &'static str, &'static str)]) -> Migrator {
	Migrator {
		migrations: Cow::Owned(
			migrations
				.iter()
				.map(|(version, description, sql)| {
					Migration::new(
						*version,
						Cow::Borrowed(*description),
						MigrationType::Simple,
						Cow::Borrowed(*sql),
						false,
					)
				})
				.collect(),
		),
		..Migrator::DEFAULT
	}
}

/// Which contract events a query wants: every field optional (`None`: any).
#[derive(Debug, Default, Clone)]
pub struct ContractEventFilter {
	/// The contract's account (`0x`-hex, any case).
	pub contract: Option<String>,
	/// The bundle's contract name (`escrow`).
	pub contract_name: Option<String>,
	/// The event's name (`Opened`).
	pub event: Option<String>,
	pub from_block: Option<i64>,
	pub to_block: Option<i64>,
}

impl Store {
	/// At most `limit` contract events matching `filter` after (block, index), oldest first.
	pub async fn contract_events_after(
		&self,
		filter: &ContractEventFilter,
		after: (i64, i64),
		limit: i64,
	) -> Result<Vec<AnyRow>, sqlx::Error> {
		sqlx::query(
			"SELECT * FROM contract_events WHERE ($1 IS NULL OR contract = $1) \
			 AND ($2 IS NULL OR contract_name = $2) AND ($3 IS NULL OR event = $3) \
			 AND block_number >= $4 AND block_number <= $5 \
			 AND (block_number > $6 OR (block_number = $6 AND event_index > $7)) \
			 ORDER BY block_number, event_index LIMIT $8",
		)
		.bind(filter.contract.as_ref().map(|c| c.to_lowercase()))
		.bind(filter.contract_name.clone())
		.bind(filter.event.clone())
		.bind(filter.from_block.unwrap_or(0))
		.bind(filter.to_block.unwrap_or(i64::MAX))
		.bind(after.0)
		.bind(after.1)
		.bind(limit)
		.fetch_all(&self.pool)
		.await
	}

	/// Decodes the contract events the store kept undecoded whose code `catalog` now knows
	/// (the indexer ran without their bundle), each with its `events` row and what it is
	/// about, in one transaction; returns how many.
	pub async fn redecode(&self, catalog: &crate::contracts::Catalog) -> Result<u64> {
		if !catalog.is_given() {
			return Ok(0);
		}
		let rows = sqlx::query(
			"SELECT block_number, event_index, code_hash, topics, data FROM contract_events \
			 WHERE event IS NULL AND code_hash IS NOT NULL ORDER BY block_number, event_index",
		)
		.fetch_all(&self.pool)
		.await?;
		let mut tx = self.pool.begin().await?;
		let mut done = 0;
		for row in rows {
			let (block, index): (i64, i64) = (row.get(0), row.get(1));
			let code: String = row.get(2);
			let topics: Vec<String> = serde_json::from_str(&row.get::<String, _>(3))?;
			let (Some(code), Some(topics), Some(data)) = (
				crate::contracts::unhex32(&code),
				topics.iter().map(|t| crate::contracts::unhex32(t)).collect::<Option<Vec<_>>>(),
				crate::json::unhex(&row.get::<String, _>(4)),
			) else {
				continue;
			};
			let Ok(Some(decoded)) = catalog.decode_known(&code, &topics, &data) else { continue };
			sqlx::query(
				"UPDATE contract_events SET contract_name = $1, event = $2, fields = $3 \
				 WHERE block_number = $4 AND event_index = $5",
			)
			.bind(&decoded.contract_name)
			.bind(&decoded.event)
			.bind(decoded.fields.to_string())
			.bind(block)
			.bind(index)
			.execute(&mut *tx)
			.await?;
			let fields: Option<String> = sqlx::query(
				"SELECT fields FROM events WHERE block_number = $1 AND event_index = $2",
			)
			.bind(block)
			.bind(index)
			.fetch_optional(&mut *tx)
			.await?
			.map(|r| r.get(0));
			if let Some(Ok(Json::Object(mut fields))) = fields.map(|f| serde_json::from_str(&f)) {
				fields.insert(
					"decoded".into(),
					serde_json::json!({
						"contract_name": decoded.contract_name,
						"event": decoded.event,
						"fields": decoded.fields,
					}),
				);
				sqlx::query(
					"UPDATE events SET fields = $1 WHERE block_number = $2 AND event_index = $3",
				)
				.bind(Json::Object(fields).to_string())
				.bind(block)
				.bind(index)
				.execute(&mut *tx)
				.await?;
			}
			for (kind, id) in crate::follow::contract_subjects(&decoded) {
				sqlx::query(
					"INSERT INTO event_subjects (block_number, event_index, kind, id) \
					 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
				)
				.bind(block)
				.bind(index)
				.bind(kind)
				.bind(id)
				.execute(&mut *tx)
				.await?;
			}
			done += 1;
		}
		tx.commit().await?;
		Ok(done)
	}
}

/// Which events a query or the live stream wants: every field optional (`None`: any).
#[derive(Debug, Default, Clone)]
pub struct EventFilter {
	pub pallet: Option<String>,
	pub variant: Option<String>,
	pub from_block: Option<i64>,
	pub to_block: Option<i64>,
	/// Events naming this participant (organisation), part type, part or lot.
	pub participant: Option<i64>,
	pub part_type: Option<i64>,
	pub part: Option<i64>,
	pub lot: Option<i64>,
	/// Events naming this certification.
	pub certification: Option<i64>,
}

impl Store {
	/// At most `limit` events matching `filter` after event `after` = (block, index), oldest
	/// first. `(-1, -1)` starts at genesis.
	pub async fn events_after(
		&self,
		filter: &EventFilter,
		after: (i64, i64),
		limit: i64,
	) -> Result<Vec<AnyRow>, sqlx::Error> {
		const NAMES: &str = "EXISTS (SELECT 1 FROM event_subjects s WHERE s.block_number = \
		                     e.block_number AND s.event_index = e.event_index AND s.kind = ";
		let query = format!(
			"SELECT e.* FROM events e WHERE ($1 IS NULL OR e.pallet = $1) \
			 AND ($2 IS NULL OR e.variant = $2) AND e.block_number >= $3 AND e.block_number <= $4 \
			 AND (e.block_number > $5 OR (e.block_number = $5 AND e.event_index > $6)) \
			 AND ($7 IS NULL OR {NAMES}'participant' AND s.id = $7)) \
			 AND ($8 IS NULL OR {NAMES}'part_type' AND s.id = $8)) \
			 AND ($9 IS NULL OR {NAMES}'part' AND s.id = $9)) \
			 AND ($10 IS NULL OR {NAMES}'lot' AND s.id = $10)) \
			 AND ($11 IS NULL OR {NAMES}'certification' AND s.id = $11)) \
			 ORDER BY e.block_number, e.event_index LIMIT $12"
		);
		sqlx::query(&query)
			.bind(filter.pallet.clone())
			.bind(filter.variant.clone())
			.bind(filter.from_block.unwrap_or(0))
			.bind(filter.to_block.unwrap_or(i64::MAX))
			.bind(after.0)
			.bind(after.1)
			.bind(filter.participant)
			.bind(filter.part_type)
			.bind(filter.part)
			.bind(filter.lot)
			.bind(filter.certification)
			.bind(limit)
			.fetch_all(&self.pool)
			.await
	}
}

async fn upsert_record(
	tx: &mut sqlx::Transaction<'_, sqlx::Any>,
	r: &Record,
	block: u64,
) -> Result<()> {
	let id = r.id as i64;
	let block = block as i64;
	// A record gone from storage keeps its last row; in the tables of records their
	// pallets remove, with the block and event that ended it.
	let Some(v) = &r.value else {
		let table = match r.entity {
			Entity::Core => "cores",
			Entity::Listing => "listings",
			Entity::Charge => "core_deposits",
			Entity::Warranty => "warranties",
			Entity::Claim => "claims",
			_ => return Ok(()),
		};
		let key = if matches!(r.entity, Entity::Core | Entity::Listing) { "part" } else { "id" };
		sqlx::query(&format!(
			"UPDATE {table} SET ended_block = $1, ended_by = $2 WHERE {key} = $3 \
			 AND ended_block IS NULL"
		))
		.bind(block)
		.bind(r.event.clone())
		.bind(id)
		.execute(&mut **tx)
		.await?;
		return Ok(());
	};
	let record = v.to_string();
	let q = match r.entity {
		Entity::Participant => sqlx::query(
			"INSERT INTO participants (id, name, admin, roles, status, record, updated_block) \
			 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET name = \
			 excluded.name, admin = excluded.admin, roles = excluded.roles, status = \
			 excluded.status, record = excluded.record, updated_block = excluded.updated_block",
		)
		.bind(id)
		.bind(text(v, "name"))
		.bind(text(v, "admin"))
		.bind(int(v, "roles"))
		.bind(variant(v, "status"))
		.bind(record)
		.bind(block),
		Entity::Standard => sqlx::query(
			"INSERT INTO standards (id, code, version, owner, record, updated_block) \
			 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET code = excluded.code, \
			 version = excluded.version, owner = excluded.owner, record = excluded.record, \
			 updated_block = excluded.updated_block",
		)
		.bind(id)
		.bind(text(v, "code"))
		.bind(int(v, "version"))
		.bind(int(v, "owner"))
		.bind(record)
		.bind(block),
		Entity::Certification => sqlx::query(
			"INSERT INTO certifications (id, participant, standard, auditor, state, valid_until, \
			 record, usage, updated_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
			 ON CONFLICT (id) DO UPDATE SET participant = excluded.participant, standard = \
			 excluded.standard, auditor = excluded.auditor, state = excluded.state, valid_until = \
			 excluded.valid_until, record = excluded.record, usage = excluded.usage, \
			 updated_block = excluded.updated_block",
		)
		.bind(id)
		.bind(int(v, "participant"))
		.bind(int(v, "standard"))
		.bind(int(v, "auditor"))
		.bind(variant(v, "state"))
		.bind(int(v, "valid_until"))
		.bind(record)
		.bind(r.usage.as_ref().map(|u| u.to_string()))
		.bind(block),
		Entity::PartType => sqlx::query(
			"INSERT INTO part_types (id, code, manufacturer, record, updated_block) \
			 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO UPDATE SET code = excluded.code, \
			 manufacturer = excluded.manufacturer, record = excluded.record, updated_block = \
			 excluded.updated_block",
		)
		.bind(id)
		.bind(text(v, "code"))
		.bind(int(v, "manufacturer"))
		.bind(record)
		.bind(block),
		Entity::Part => sqlx::query(
			"INSERT INTO parts (id, part_type, serial, maker, owner, custodian, status, parent, \
			 life, record, updated_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
			 ON CONFLICT (id) DO UPDATE SET part_type = excluded.part_type, serial = \
			 excluded.serial, maker = excluded.maker, owner = excluded.owner, custodian = \
			 excluded.custodian, status = excluded.status, parent = excluded.parent, life = \
			 excluded.life, record = excluded.record, updated_block = excluded.updated_block",
		)
		.bind(id)
		.bind(int(v, "part_type"))
		.bind(text(v, "serial"))
		.bind(int(v, "maker"))
		.bind(int(v, "owner"))
		.bind(int(v, "custodian"))
		.bind(variant(v, "status"))
		.bind(int(v, "parent"))
		.bind(int(v, "life"))
		.bind(record)
		.bind(block),
		Entity::Lot => sqlx::query(
			"INSERT INTO lots (id, material, producer, owner, custodian, quantity, remaining, \
			 record, updated_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
			 ON CONFLICT (id) DO UPDATE SET material = excluded.material, producer = \
			 excluded.producer, owner = excluded.owner, custodian = excluded.custodian, quantity \
			 = excluded.quantity, remaining = excluded.remaining, record = excluded.record, \
			 updated_block = excluded.updated_block",
		)
		.bind(id)
		.bind(text(v, "material"))
		.bind(int(v, "producer"))
		.bind(int(v, "owner"))
		.bind(int(v, "custodian"))
		.bind(int(v, "quantity"))
		.bind(int(v, "remaining"))
		.bind(record)
		.bind(block),
		Entity::Core => sqlx::query(
			"INSERT INTO cores (part, part_type, life, returned_by, returned_at, grade, record, \
			 updated_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (part) DO UPDATE \
			 SET part_type = excluded.part_type, life = excluded.life, returned_by = \
			 excluded.returned_by, returned_at = excluded.returned_at, grade = excluded.grade, \
			 record = excluded.record, updated_block = excluded.updated_block, ended_block = \
			 NULL, ended_by = NULL",
		)
		.bind(id)
		.bind(int(v, "part_type"))
		.bind(int(v, "life"))
		.bind(int(v, "returned_by"))
		.bind(int(v, "returned_at"))
		.bind(v.get("grading").and_then(|g| variant(g, "grade")))
		.bind(record)
		.bind(block),
		Entity::Listing => sqlx::query(
			"INSERT INTO listings (part, seller, reserve, best, bids, listed_at, record, \
			 updated_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (part) DO UPDATE \
			 SET seller = excluded.seller, reserve = excluded.reserve, best = excluded.best, bids \
			 = excluded.bids, listed_at = excluded.listed_at, record = excluded.record, \
			 updated_block = excluded.updated_block, ended_block = NULL, ended_by = NULL",
		)
		.bind(id)
		.bind(int(v, "seller"))
		.bind(text(v, "reserve"))
		.bind(text(v, "best"))
		.bind(int(v, "bids"))
		.bind(int(v, "listed_at"))
		.bind(record)
		.bind(block),
		Entity::Charge => sqlx::query(
			"INSERT INTO core_deposits (id, part, part_type, seller, buyer, amount, return_by, \
			 delivered_at, record, updated_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, \
			 $10) ON CONFLICT (id) DO UPDATE SET part = excluded.part, part_type = \
			 excluded.part_type, seller = excluded.seller, buyer = excluded.buyer, amount = \
			 excluded.amount, return_by = excluded.return_by, delivered_at = \
			 excluded.delivered_at, record = excluded.record, updated_block = \
			 excluded.updated_block, ended_block = NULL, ended_by = NULL",
		)
		.bind(id)
		.bind(int(v, "part"))
		.bind(int(v, "part_type"))
		.bind(int(v, "seller"))
		.bind(int(v, "buyer"))
		.bind(text(v, "amount"))
		.bind(int(v, "return_by"))
		.bind(int(v, "delivered_at"))
		.bind(record)
		.bind(block),
		Entity::Warranty => sqlx::query(
			"INSERT INTO warranties (id, part, life, kind, issuer, issued_at, expires_at, voided, \
			 open_claim, record, updated_block) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
			 $11) ON CONFLICT (id) DO UPDATE SET part = excluded.part, life = excluded.life, kind \
			 = excluded.kind, issuer = excluded.issuer, issued_at = excluded.issued_at, \
			 expires_at = excluded.expires_at, voided = excluded.voided, open_claim = \
			 excluded.open_claim, record = excluded.record, updated_block = \
			 excluded.updated_block, ended_block = NULL, ended_by = NULL",
		)
		.bind(id)
		.bind(int(v, "part"))
		.bind(int(v, "life"))
		.bind(variant(v, "kind"))
		.bind(int(v, "issuer"))
		.bind(int(v, "issued_at"))
		.bind(int(v, "expires_at"))
		.bind(text(v, "voided"))
		.bind(int(v, "open_claim"))
		.bind(record)
		.bind(block),
		Entity::Claim => sqlx::query(
			"INSERT INTO claims (id, warranty, issuer, claimant, asked, covered, filed_at, \
			 respond_by, status, record, updated_block) VALUES ($1, $2, (SELECT issuer FROM \
			 warranties WHERE id = $2), $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO \
			 UPDATE SET warranty = excluded.warranty, issuer = excluded.issuer, claimant = \
			 excluded.claimant, asked = excluded.asked, covered = excluded.covered, filed_at = \
			 excluded.filed_at, respond_by = excluded.respond_by, status = excluded.status, \
			 record = excluded.record, updated_block = excluded.updated_block, ended_block = \
			 NULL, ended_by = NULL",
		)
		.bind(id)
		.bind(int(v, "warranty"))
		.bind(int(v, "claimant"))
		.bind(text(v, "asked"))
		.bind(text(v, "covered"))
		.bind(int(v, "filed_at"))
		.bind(int(v, "respond_by"))
		.bind(variant(v, "status"))
		.bind(record)
		.bind(block),
	};
	q.execute(&mut **tx).await?;
	Ok(())
}

/// A bid after the block: the stored bid, or (gone) the block and event that ended it.
async fn upsert_bid(
	tx: &mut sqlx::Transaction<'_, sqlx::Any>,
	bid: &crate::model::BidRow,
	block: u64,
) -> Result<()> {
	let block = block as i64;
	match &bid.value {
		Some(v) => sqlx::query(
			"INSERT INTO bids (part, account, bidder, amount, record, updated_block) \
			 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (part, account) DO UPDATE SET bidder = \
			 excluded.bidder, amount = excluded.amount, record = excluded.record, updated_block \
			 = excluded.updated_block, ended_block = NULL, ended_by = NULL",
		)
		.bind(bid.part as i64)
		.bind(bid.account.to_lowercase())
		.bind(int(v, "bidder"))
		.bind(text(v, "amount"))
		.bind(v.to_string())
		.bind(block),
		// Gone: released or won. A bid placed and ended in the same block has no row yet:
		// the ending event says whose and how much (`Sold`: buyer and price).
		None => sqlx::query(
			"INSERT INTO bids (part, account, bidder, amount, updated_block, ended_block, \
			 ended_by) VALUES ($1, $2, $3, $4, $5, $5, $6) ON CONFLICT (part, account) DO UPDATE \
			 SET ended_block = excluded.ended_block, ended_by = excluded.ended_by, updated_block \
			 = excluded.updated_block",
		)
		.bind(bid.part as i64)
		.bind(bid.account.to_lowercase())
		.bind(int(&bid.fields, "bidder").or_else(|| int(&bid.fields, "buyer")))
		.bind(text(&bid.fields, "amount").or_else(|| text(&bid.fields, "price")))
		.bind(block)
		.bind(bid.event.clone()),
	}
	.execute(&mut **tx)
	.await?;
	Ok(())
}

/// A council motion after the block: what its events and its stored proposal and votes
/// say (what the chain no longer stores keeps its last value).
async fn upsert_motion(
	tx: &mut sqlx::Transaction<'_, sqlx::Any>,
	m: &crate::model::MotionRow,
	block: u64,
) -> Result<()> {
	let block = block as i64;
	let voting = m.voting.as_ref();
	let proposed = m.proposed.as_ref();
	sqlx::query(
		"INSERT INTO motions (hash, proposal_index, proposer, threshold, call, ayes, nays, \
		 end_block, status, result, proposed_block, updated_block) \
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (hash) DO UPDATE \
		 SET proposal_index = COALESCE(excluded.proposal_index, motions.proposal_index), \
		 proposer = COALESCE(excluded.proposer, motions.proposer), threshold = \
		 COALESCE(excluded.threshold, motions.threshold), call = COALESCE(excluded.call, \
		 motions.call), ayes = COALESCE(excluded.ayes, motions.ayes), nays = \
		 COALESCE(excluded.nays, motions.nays), end_block = COALESCE(excluded.end_block, \
		 motions.end_block), status = CASE WHEN $13 THEN excluded.status ELSE motions.status \
		 END, result = COALESCE(excluded.result, motions.result), proposed_block = \
		 COALESCE(excluded.proposed_block, motions.proposed_block), updated_block = \
		 excluded.updated_block",
	)
	.bind(m.hash.to_lowercase())
	.bind(
		voting
			.and_then(|v| int(v, "index"))
			.or_else(|| proposed.and_then(|p| int(p, "proposal_index"))),
	)
	.bind(proposed.and_then(|p| text(p, "account")))
	.bind(
		voting
			.and_then(|v| int(v, "threshold"))
			.or_else(|| proposed.and_then(|p| int(p, "threshold"))),
	)
	.bind(m.call.as_ref().map(Json::to_string))
	.bind(voting.and_then(|v| v.get("ayes")).map(Json::to_string))
	.bind(voting.and_then(|v| v.get("nays")).map(Json::to_string))
	.bind(voting.and_then(|v| int(v, "end")))
	.bind(m.status.unwrap_or("Open"))
	.bind(m.result.as_ref().map(Json::to_string))
	.bind(proposed.map(|_| block))
	.bind(block)
	.bind(m.status.is_some())
	.execute(&mut **tx)
	.await?;
	Ok(())
}

/// Which backend a URL names, and the URL sqlx should open (a SQLite file is created if
/// missing: `mode=rwc`).
fn normalise(url: &str) -> Result<(Backend, String)> {
	if url.starts_with("postgres://") || url.starts_with("postgresql://") {
		return Ok((Backend::Postgres, url.to_string()));
	}
	let url = if url.starts_with("sqlite:") {
		url.to_string()
	} else if url.contains("://") {
		bail!("unsupported database URL {}: use sqlite://path or postgres://…", redact(url))
	} else {
		format!("sqlite://{url}")
	};
	let url = if url.contains("mode=") {
		url
	} else if url.contains('?') {
		format!("{url}&mode=rwc")
	} else {
		format!("{url}?mode=rwc")
	};
	Ok((Backend::Sqlite, url))
}

/// A URL without its password, for messages.
pub fn redact(url: &str) -> String {
	match (url.find("://"), url.find('@')) {
		(Some(scheme), Some(at)) if at > scheme => {
			let credentials = &url[scheme + 3..at];
			match credentials.find(':') {
				Some(colon) => format!("{}:***{}", &url[..scheme + 3 + colon], &url[at..]),
				None => url.to_string(),
			}
		},
		_ => url.to_string(),
	}
}

/// An integer column that may be NULL.
pub fn opt_int(row: &AnyRow, column: &str) -> Option<i64> {
	row.try_get::<Option<i64>, _>(column).ok().flatten()
}

#[cfg(test)]
mod tests {
	use serde_json::json;

	use super::*;
	use crate::model::{BidRow, MotionRow};

	fn block(number: u64) -> BlockData {
		BlockData {
			number,
			hash: format!("0x{number:064x}"),
			parent_hash: format!("0x{:064x}", number.saturating_sub(1)),
			..Default::default()
		}
	}

	fn record(entity: Entity, id: u64, value: Option<Json>, event: &str) -> Record {
		Record {
			entity,
			id,
			value,
			usage: None,
			event: Some(event.to_string()),
			intervals: Vec::new(),
		}
	}

	async fn scratch(name: &str) -> Store {
		let path = std::env::temp_dir()
			.join(format!("amchain-store-{name}-{}.sqlite", std::process::id()));
		let _ = std::fs::remove_file(&path);
		Store::open(&format!("sqlite://{}", path.display())).await.expect("opens")
	}

	async fn row(store: &Store, query: &str) -> Vec<Option<String>> {
		let row = sqlx::query(query).fetch_one(&store.pool).await.expect("a row");
		(0..row.len())
			.map(|i| {
				row.try_get::<Option<String>, _>(i).ok().flatten().or_else(|| {
					row.try_get::<Option<i64>, _>(i).ok().flatten().map(|n| n.to_string())
				})
			})
			.collect()
	}

	#[tokio::test]
	async fn removed_records_keep_their_row_with_what_ended_them_and_motions_their_story() {
		let store = scratch("ended").await;
		assert!(!store.reread_pending().await.expect("reads"), "a new store reads nothing again");
		let listing = json!({"seller": 4, "reserve": 1_000_000_000_000u64, "best": "0xaa",
			"bids": 1, "listed_at": 1});
		let warranty = json!({"part": 7, "life": 1, "kind": "New", "issuer": 2, "issued_at": 0,
			"expires_at": 100, "voided": null, "open_claim": 3});
		let claim = json!({"warranty": 5, "claimant": 6, "asked": 10, "covered": 10,
			"filed_at": 0, "respond_by": 50, "status": "Open"});
		let mut b0 = block(0);
		b0.records = vec![
			record(Entity::Listing, 7, Some(listing.clone()), "Cores.Listed"),
			record(Entity::Warranty, 5, Some(warranty), "Warranties.Issued"),
			record(Entity::Claim, 3, Some(claim), "Warranties.Claimed"),
		];
		b0.bids = vec![BidRow {
			part: 7,
			account: "0xAA".into(),
			value: Some(json!({"bidder": 6, "amount": 2_000_000_000_000u64})),
			event: "Cores.BidPlaced".into(),
			fields: json!({}),
		}];
		b0.motions = vec![MotionRow {
			hash: "0xBEEF".into(),
			call: Some(json!({"System": {"remark": {"remark": "x"}}})),
			voting: Some(
				json!({"index": 0, "threshold": 2, "ayes": ["0x01"], "nays": [], "end": 90}),
			),
			proposed: Some(json!({"account": "0x01", "proposal_index": 0, "threshold": 2})),
			status: Some("Open"),
			result: None,
		}];
		store.write_block(&b0).await.expect("block 0");
		assert_eq!(
			row(&store, "SELECT issuer, status, ended_block FROM claims WHERE id = 3").await,
			[Some("2".into()), Some("Open".into()), None],
			"the claim copies its warranty's issuer"
		);

		// Block 1: the listing sells (gone from storage, the bid with it, a bid placed and
		// released within the block), the motion gets a vote (no status event).
		let mut b1 = block(1);
		b1.records = vec![record(Entity::Listing, 7, None, "Cores.Sold")];
		b1.bids = vec![
			BidRow {
				part: 7,
				account: "0xaa".into(),
				value: None,
				event: "Cores.Sold".into(),
				fields: json!({"buyer": 6, "price": 2_000_000_000_000u64}),
			},
			BidRow {
				part: 7,
				account: "0xbb".into(),
				value: None,
				event: "Cores.BidReleased".into(),
				fields: json!({"amount": 5}),
			},
		];
		b1.motions = vec![MotionRow {
			hash: "0xbeef".into(),
			call: Some(json!({"System": {"remark": {"remark": "x"}}})),
			voting: Some(
				json!({"index": 0, "threshold": 2, "ayes": ["0x01", "0x02"], "nays": [], "end": 90}),
			),
			proposed: None,
			status: None,
			result: None,
		}];
		store.write_block(&b1).await.expect("block 1");
		assert_eq!(
			row(
				&store,
				"SELECT seller, reserve, ended_block, ended_by FROM listings WHERE part = 7"
			)
			.await,
			[
				Some("4".into()),
				Some("1000000000000".into()),
				Some("1".into()),
				Some("Cores.Sold".into())
			]
		);
		assert_eq!(
			row(&store, "SELECT bidder, amount, ended_by FROM bids WHERE account = '0xaa'").await,
			[Some("6".into()), Some("2000000000000".into()), Some("Cores.Sold".into())],
			"the winning bid keeps what it bid"
		);
		assert_eq!(
			row(&store, "SELECT bidder, amount, updated_block, ended_block, ended_by FROM bids WHERE account = '0xbb'").await,
			[None, Some("5".into()), Some("1".into()), Some("1".into()), Some("Cores.BidReleased".into())],
			"a bid placed and released in one block is told by its event"
		);
		assert_eq!(
			row(&store, "SELECT status, ayes, proposer, proposed_block FROM motions").await,
			[
				Some("Open".into()),
				Some(r#"["0x01","0x02"]"#.into()),
				Some("0x01".into()),
				Some("0".into())
			]
		);

		// Block 2: closed, approved and executed; the chain no longer stores it. Block 3:
		// the core is listed again: the row is taken over.
		let mut b2 = block(2);
		b2.motions = vec![MotionRow {
			hash: "0xbeef".into(),
			call: None,
			voting: None,
			proposed: None,
			status: Some("Executed"),
			result: Some(json!({"Ok": []})),
		}];
		// Gone again: the row already ended stays as it ended.
		b2.records = vec![record(Entity::Listing, 7, None, "Cores.ListingCancelled")];
		store.write_block(&b2).await.expect("block 2");
		assert_eq!(
			row(&store, "SELECT status, result, ayes, call, updated_block FROM motions").await,
			[
				Some("Executed".into()),
				Some(r#"{"Ok":[]}"#.into()),
				Some(r#"["0x01","0x02"]"#.into()),
				Some(r#"{"System":{"remark":{"remark":"x"}}}"#.into()),
				Some("2".into())
			],
			"what the chain no longer stores keeps its last value"
		);
		assert_eq!(
			row(&store, "SELECT ended_block, ended_by FROM listings WHERE part = 7").await,
			[Some("1".into()), Some("Cores.Sold".into())]
		);
		let mut b3 = block(3);
		b3.records = vec![record(Entity::Listing, 7, Some(listing), "Cores.Listed")];
		store.write_block(&b3).await.expect("block 3");
		assert_eq!(
			row(&store, "SELECT ended_block, ended_by, updated_block FROM listings WHERE part = 7")
				.await,
			[None, None, Some("3".into())]
		);
	}

	#[tokio::test]
	async fn a_store_of_an_earlier_version_reads_the_new_tables_again_once() {
		let path = std::env::temp_dir()
			.join(format!("amchain-store-reread-{}.sqlite", std::process::id()));
		let _ = std::fs::remove_file(&path);
		let url = format!("sqlite://{}?mode=rwc", path.display());
		// What an earlier indexer left: version 4's schema, and a cursor.
		sqlx::any::install_default_drivers();
		let pool = sqlx::AnyPool::connect(&url).await.expect("opens");
		migrator(&SQLITE_MIGRATIONS[..4]).run(&pool).await.expect("version 4");
		sqlx::query("INSERT INTO cursor (id, block_number, block_hash) VALUES (1, 0, '0x00')")
			.execute(&pool)
			.await
			.expect("a cursor");
		pool.close().await;
		let store = Store::open(&url).await.expect("migrates to version 5");
		assert!(store.reread_pending().await.expect("reads"), "the next block reads again");
		let mut b1 = block(1);
		b1.reread = true;
		b1.parent_hash = "0x00".into();
		store.write_block(&b1).await.expect("block 1");
		assert!(!store.reread_pending().await.expect("reads"), "done in block 1's transaction");
		drop(store);
		let store = Store::open(&url).await.expect("opens again");
		assert!(!store.reread_pending().await.expect("reads"), "and only once");
	}
}
