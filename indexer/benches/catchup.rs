//! How fast the indexer catches up with a chain, how fast it answers, and what its store
//! costs, measured on a real dev node with real transactions (issue 20 item 6):
//!
//! - a chain with `AMCHAIN_BENCH_RECORDS` history records (default 100 000): Acme Gears
//!   (given the producer role by the dev chain's sudo) registers 1 000 gears, a steel lot
//!   that each of them consumes, and inspections of
//!   the gears (about a hundred each) for the rest, in `Utility.batch_all`s as full as a
//!   block allows;
//! - catch-up from genesis into a fresh SQLite file and a fresh PostgreSQL database (one
//!   of its own, as the tests start it), each to the finalized head: blocks and history
//!   records per second;
//! - GraphQL latency over HTTP, p50 and p99: a part's passport (identity, holders, its
//!   first 100 records, what is installed in it) and `whereUsed` of the lot, which reaches
//!   the 1 000 gears;
//! - the store's bytes per history record (every table and index of the store, divided by
//!   the history records).
//!
//! It prints ratios from this one run (PostgreSQL against SQLite; where-used against the
//! passport), never compares with a number from elsewhere. `scripts/bench.sh indexer` runs
//! it (`cargo test --workspace --bench catchup`: the everyday debug builds of the indexer
//! and of the node in `$AMCHAIN_NODE`, which serves the catch-up's reads; a release build
//! answers faster, so the figures are upper bounds). `AMCHAIN_BENCH_RECORDS=5000` makes a
//! quick run.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::json;
use sqlx::Row;
use subxt::{config::PolkadotExtrinsicParamsBuilder, dynamic::Value, PolkadotConfig};
use subxt_signer::sr25519::dev;

/// Parts the lot reaches, and whose passports are read.
const PARTS: u64 = 1_000;
/// Calls per `batch_all`, by kind: about a tenth of a second of weight each.
const REGISTRATIONS_PER_BATCH: usize = 100;
const CALLS_PER_BATCH: usize = 800;

#[tokio::main(flavor = "multi_thread")]
async fn main() {
	let records: u64 = std::env::var("AMCHAIN_BENCH_RECORDS")
		.ok()
		.map(|n| n.parse().expect("AMCHAIN_BENCH_RECORDS is a number"))
		.unwrap_or(100_000);
	assert!(records > 3 * PARTS, "at least {} records", 3 * PARTS + 1);
	sqlx::any::install_default_drivers();
	let node = DevNode::start();
	let api = Api::from_url(node.url()).await.expect("subxt connects");
	let rpc = subxt::rpcs::RpcClient::from_url(node.url()).await.expect("rpc connects");
	eprintln!("node: {}", node_binary().display());

	// ---- the chain ----
	let started = Instant::now();
	let first_part: u64 = storage_value(&api, "Parts", "NextPartId").await;
	let lot: u64 = storage_value(&api, "Parts", "NextLotId").await;
	acme_produces_material(&api).await;
	let parts: Vec<u64> = (first_part..first_part + PARTS).collect();
	let mut calls: Vec<(usize, Value)> = Vec::new();
	for &id in &parts {
		calls.push((
			REGISTRATIONS_PER_BATCH,
			call(
				"Parts",
				"register_part",
				vec![
					("part_type", Value::u128(0)),
					("serial", Value::from_bytes(format!("BENCH-{id}").as_bytes())),
					("certification", some(Value::u128(0))),
					("tag", none()),
					("reported_at", none()),
				],
			),
		));
	}
	calls.push((
		CALLS_PER_BATCH,
		call(
			"Parts",
			"register_lot",
			vec![
				("material", Value::from_bytes(b"42CrMo4 bar")),
				("quantity", Value::u128(10 * PARTS as u128)),
				("unit", variant("Grams")),
				("certification", none()),
				("reported_at", none()),
			],
		),
	));
	for &id in &parts {
		let fields = vec![
			("lot", Value::u128(lot.into())),
			("part", Value::u128(id.into())),
			("quantity", Value::u128(1)),
		];
		calls.push((CALLS_PER_BATCH, call("Parts", "consume", fields)));
	}
	// Registered, consumed (two records: the part's and the lot's), and the rest.
	let inspections = records - 3 * PARTS - 1;
	for n in 0..inspections {
		let fields = vec![
			("item", part(parts[(n % PARTS) as usize])),
			("kind", variant("Inspection")),
			("data", Value::from_bytes((n as u32).to_le_bytes().repeat(8))),
			("reported_at", none()),
		];
		calls.push((CALLS_PER_BATCH, call("Parts", "report", fields)));
	}
	let batches = batch(calls);
	let last = submit_all(&api, &rpc, batches).await;
	let (_, finalized) = wait_finalized(&rpc, last).await;
	let chain_records: u64 = count_records(&api, &parts, lot).await;
	assert_eq!(chain_records, records, "the chain holds the records asked for");
	eprintln!(
		"chain: {records} history records in blocks 1 to {finalized}, built in {:.0} s",
		started.elapsed().as_secs_f64()
	);

	// ---- catch-up, queries, bytes ----
	let dir = scratch("bench");
	let sqlite_url = format!("sqlite://{}", dir.join("bench.sqlite").display());
	let sqlite =
		measure("SQLite", &node, &sqlite_url, &dir, finalized, records, lot, parts[0]).await;
	let postgres = match Postgres::start().await {
		Some(pg) => {
			let m = measure("PostgreSQL", &node, &pg.url, &dir, finalized, records, lot, parts[0])
				.await;
			Some((m, pg))
		},
		None => {
			eprintln!(
				"PostgreSQL skipped: none installed (Debian's postgresql) and no AMCHAIN_PG_URL"
			);
			None
		},
	};

	println!();
	println!("amchain-indexer on a chain of {records} history records in {finalized} blocks");
	println!("node: {}", node_binary().display());
	println!(
		"{:<12} {:>12} {:>14} {:>14} {:>14} {:>14} {:>14} {:>12}",
		"store",
		"catch-up s",
		"blocks/s",
		"records/s",
		"passport p50",
		"passport p99",
		"where-used p50",
		"where-used p99",
	);
	let mut rows = vec![&sqlite];
	if let Some((m, _)) = &postgres {
		rows.push(m);
	}
	for m in &rows {
		println!(
			"{:<12} {:>12.1} {:>14.2} {:>14.0} {:>11.1} ms {:>11.1} ms {:>11.1} ms {:>11.1} ms   {:.0} bytes per record",
			m.store,
			m.catch_up.as_secs_f64(),
			finalized as f64 / m.catch_up.as_secs_f64(),
			records as f64 / m.catch_up.as_secs_f64(),
			ms(m.passport.0),
			ms(m.passport.1),
			ms(m.where_used.0),
			ms(m.where_used.1),
			m.bytes as f64 / records as f64,
		);
	}
	println!(
		"where-used of {PARTS} parts ÷ passport (p50), SQLite: {:.1}",
		m_ratio(sqlite.where_used.0, sqlite.passport.0)
	);
	if let Some((pg, _)) = &postgres {
		println!(
			"PostgreSQL ÷ SQLite: catch-up time {:.2}, passport p50 {:.2}, where-used p50 {:.2}, bytes {:.2}",
			pg.catch_up.as_secs_f64() / sqlite.catch_up.as_secs_f64(),
			m_ratio(pg.passport.0, sqlite.passport.0),
			m_ratio(pg.where_used.0, sqlite.where_used.0),
			pg.bytes as f64 / sqlite.bytes as f64,
		);
	}
	let _ = std::fs::remove_dir_all(&dir);
}

fn ms(d: Duration) -> f64 {
	d.as_secs_f64() * 1_000.0
}

fn m_ratio(a: Duration, b: Duration) -> f64 {
	a.as_secs_f64() / b.as_secs_f64()
}

/// What one store measured.
struct Measured {
	store: &'static str,
	catch_up: Duration,
	/// (p50, p99)
	passport: (Duration, Duration),
	where_used: (Duration, Duration),
	bytes: u64,
}

/// Catches an indexer on `database` up from genesis to `finalized`, then times the
/// queries and weighs the store.
#[allow(clippy::too_many_arguments)]
async fn measure(
	store: &'static str,
	node: &DevNode,
	database: &str,
	dir: &std::path::Path,
	finalized: u64,
	records: u64,
	lot: u64,
	passport_part: u64,
) -> Measured {
	let started = Instant::now();
	let indexer = Indexer::start(&node.url(), database, dir.join(format!("{store}.log")));
	loop {
		let status = indexer.query("{ indexerStatus { lastBlock } }");
		if status["data"]["indexerStatus"]["lastBlock"].as_u64().is_some_and(|n| n >= finalized) {
			break;
		}
		assert!(started.elapsed() < Duration::from_secs(3_600), "{store}: no catch-up in an hour");
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
	let catch_up = started.elapsed();
	let pool = sqlx::AnyPool::connect(database).await.expect("the store opens");
	let stored: i64 =
		sqlx::query("SELECT COUNT(*) FROM history").fetch_one(&pool).await.expect("count").get(0);
	assert_eq!(stored as u64, records, "{store} holds every history record");
	eprintln!("{store}: caught up in {:.1} s", catch_up.as_secs_f64());

	let passport = format!(
		"{{ part(id: {passport_part}) {{ id serial partType maker owner custodian status parent life \
		   history(first: 100) {{ edges {{ node {{ index kind kindFields participant block time reportedAt actor }} }} }} \
		   children {{ edges {{ node {{ id status }} }} }} }} }}"
	);
	let answer = indexer.query(&passport);
	let history = answer["data"]["part"]["history"]["edges"].as_array().map_or(0, Vec::len);
	// Registered, consumed, and its share of the inspections, up to a page of 100.
	let expected = (2 + (records - 3 * PARTS - 1).div_ceil(PARTS)).min(100);
	assert_eq!(history as u64, expected, "the passport's records: {answer}");
	eprintln!("{store}: a passport of {history} records");
	let passport = latencies(&indexer, &passport, 200);

	let where_used = format!(
		"{{ whereUsed(lot: {lot}) {{ complete items {{ kind id via depth path status owner custodian top }} }} }}"
	);
	let answer = indexer.query(&where_used);
	assert_eq!(
		answer["data"]["whereUsed"]["items"].as_array().map(Vec::len),
		Some(PARTS as usize),
		"the lot reaches every part"
	);
	assert_eq!(answer["data"]["whereUsed"]["complete"], json!(true));
	let where_used = latencies(&indexer, &where_used, 50);

	let bytes = store_bytes(&pool, database).await;
	pool.close().await;
	drop(indexer);
	Measured { store, catch_up, passport, where_used, bytes }
}

/// p50 and p99 of `runs` answers to `query` over HTTP, after two to warm up.
fn latencies(indexer: &Indexer, query: &str, runs: usize) -> (Duration, Duration) {
	let body = json!({ "query": query }).to_string();
	for _ in 0..2 {
		http_post(indexer.graphql_port, "/graphql", &body);
	}
	let mut times: Vec<Duration> = (0..runs)
		.map(|_| {
			let t = Instant::now();
			let (status, answer) = http_post(indexer.graphql_port, "/graphql", &body);
			let elapsed = t.elapsed();
			assert_eq!(status, 200, "{answer}");
			assert!(!answer.contains("\"errors\""), "{answer}");
			elapsed
		})
		.collect();
	times.sort();
	let at = |q: f64| times[((runs as f64 * q).ceil() as usize).clamp(1, runs) - 1];
	(at(0.50), at(0.99))
}

/// Every table and index of the store, in bytes.
async fn store_bytes(pool: &sqlx::AnyPool, database: &str) -> u64 {
	if database.starts_with("sqlite:") {
		let pages: i64 =
			sqlx::query("PRAGMA page_count").fetch_one(pool).await.expect("pages").get(0);
		let size: i64 =
			sqlx::query("PRAGMA page_size").fetch_one(pool).await.expect("page size").get(0);
		(pages * size) as u64
	} else {
		let bytes: i64 = sqlx::query(
			"SELECT CAST(SUM(pg_total_relation_size(c.oid)) AS BIGINT) FROM pg_class c \
			 JOIN pg_namespace n ON n.oid = c.relnamespace \
			 WHERE n.nspname = 'public' AND c.relkind = 'r'",
		)
		.fetch_one(pool)
		.await
		.expect("sizes")
		.get(0);
		bytes as u64
	}
}

/// The calls in `batch_all`s of at most `per` calls of a kind each, in order.
fn batch(calls: Vec<(usize, Value)>) -> Vec<Value> {
	let mut batches = Vec::new();
	let mut current: Vec<Value> = Vec::new();
	let mut limit = usize::MAX;
	for (per, c) in calls {
		if current.len() >= per.min(limit) {
			batches.push(Value::unnamed_composite(std::mem::take(&mut current)));
		}
		limit = per;
		current.push(c);
	}
	if !current.is_empty() {
		batches.push(Value::unnamed_composite(current));
	}
	batches
}

/// Signs every batch by Acme (`//Dave`) with consecutive nonces, submits them all at once
/// and waits until the node has included the last; returns the best block then.
async fn submit_all(api: &Api, rpc: &subxt::rpcs::RpcClient, batches: Vec<Value>) -> u64 {
	let signer = dev::dave();
	let at = api.at_current_block().await.expect("current block");
	let account =
		<subxt_signer::sr25519::Keypair as subxt::transactions::Signer<PolkadotConfig>>::account_id(
			&signer,
		);
	let first = at.transactions().account_nonce(&account).await.expect("nonce");
	let count = batches.len() as u64;
	for (i, calls) in batches.into_iter().enumerate() {
		let tx = subxt::dynamic::transaction("Utility", "batch_all", vec![calls]);
		// Immortal: a batch fills a block, so the last ones wait longer than a mortal
		// transaction's default era.
		let params = PolkadotExtrinsicParamsBuilder::<PolkadotConfig>::new()
			.immortal()
			.nonce(first + i as u64)
			.build();
		at.transactions()
			.sign_and_submit(&tx, &signer, params)
			.await
			.unwrap_or_else(|e| panic!("batch {i} is accepted: {e}"));
	}
	eprintln!("{count} batches submitted");
	// Included when the account's nonce has moved past the last.
	let deadline = Instant::now() + Duration::from_secs(1_800);
	loop {
		let now = api.at_current_block().await.expect("current block");
		let nonce = now.transactions().account_nonce(&account).await.expect("nonce");
		if nonce >= first + count {
			let (best, _) = heads(rpc).await;
			return best;
		}
		assert!(Instant::now() < deadline, "the batches were not included in half an hour");
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
}

/// Waits until block `number` is finalized; the node's heads then.
async fn wait_finalized(rpc: &subxt::rpcs::RpcClient, number: u64) -> (u64, u64) {
	loop {
		let (best, finalized) = heads(rpc).await;
		if finalized >= number {
			return (best, finalized);
		}
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// The history records of `parts` and `lot` at the finalized head (`Parts.HistoryLen`).
async fn count_records(api: &Api, parts: &[u64], lot: u64) -> u64 {
	let at = api.at_current_block().await.expect("current block");
	let mut total = 0u64;
	let items = parts
		.iter()
		.map(|&p| part(p))
		.chain([Value::unnamed_variant("Lot", [Value::u128(lot.into())])]);
	for item in items {
		let len: Option<u32> = at
			.storage()
			.try_fetch(subxt::dynamic::storage::<(Value,), u32>("Parts", "HistoryLen"), (item,))
			.await
			.expect("HistoryLen reads")
			.map(|v| v.decode().expect("a u32"));
		total += u64::from(len.unwrap_or(0));
	}
	total
}
