//! Reads at scale, as a wallet or an ERP feels them, and what a part costs the chain's
//! state (issue 22 item 3), measured on a real dev node with real transactions:
//!
//! - **Provenance pages.** Acme Gears (`//Dave`) registers a part with 10 000 history
//!   records and one with 10; `amchain_history` of each over JSON-RPC, p50 and p99: the
//!   newest 10 records (the same page of both), the newest 100 (all ten of the short
//!   one) and a page of 100 from the middle of the long one. The ratios long ÷ short say
//!   whether a long history slows its reader down.
//! - **An inventory.** Acme registers `AMCHAIN_BENCH_PARTS` parts (default 100 000) on
//!   top; `amchain_partsOf` of Acme, a first page and a page from the middle (by `after`),
//!   against the first page of Borealis Bearings (`//Eve`), which owns a hundred and some;
//!   and walking all of Acme's parts a page of 100 at a time.
//! - **State per part.** Before anything else, `AMCHAIN_BENCH_LIVES` parts (default 200)
//!   live a typical life: registered, 20 inspection records, two hand-overs from Acme to
//!   Borealis (ownership and custody: offer and accept each) and installed, ten to an
//!   assembly Borealis makes. What the state gained (every key and value, read through
//!   `state_getKeysPaged` and `state_queryStorageAt` at one block) and what the node's
//!   database directory grew by (ParityDB: the state's trie nodes, the blocks that
//!   carried the lives, the pruning window) per life, projected to one million parts a
//!   year.
//!
//! Then the node restarts with `--rpc-access members` (the consortium chains' default,
//! node/src/rpc_access.rs) and Acme's member client reads the same pages with a token:
//! what checking every call costs, against the open node's figures.
//!
//! Latencies are sequential requests over one WebSocket connection to the everyday debug
//! build the tests use (a release build answers faster: the times are upper bounds; the
//! ratios are what the run is for). It prints ratios from this one run and never compares
//! with a number from elsewhere. `scripts/bench.sh reads` runs it (`cargo test --workspace
//! --bench reads`); `AMCHAIN_BENCH_PARTS=10000` makes a quick run.

#[path = "../tests/common/mod.rs"]
mod common;

use std::{
	path::Path,
	time::{Duration, Instant},
};

use amchain_node::rpc_access;
use common::{
	account, batches, call, create_part_type, heads, next_id, none, part, submit_all, submit_batch,
	variant, DevNode,
};
use serde_json::{json, Value as Json};
use sp_core::{sr25519, Pair, H256};
use subxt::{dynamic::Value, rpcs::rpc_params};
use subxt_signer::sr25519::{dev, Keypair};

type Rpc = subxt::rpcs::RpcClient;

/// History records of the long and the short part.
const LONG: u32 = 10_000;
const SHORT: u32 = 10;
/// Inspection records in a typical life.
const RECORDS_PER_LIFE: usize = 20;
/// Parts installed in each assembly in the lives.
const PER_ASSEMBLY: usize = 10;
/// Calls per `batch_all`, by kind: about a tenth of a second of weight each.
const REGISTRATIONS_PER_BATCH: usize = 100;
const CALLS_PER_BATCH: usize = 400;
/// Requests per latency figure.
const RUNS: usize = 300;

#[tokio::main(flavor = "multi_thread")]
async fn main() {
	let parts: u64 = env_or("AMCHAIN_BENCH_PARTS", 100_000);
	let lives: u64 = env_or("AMCHAIN_BENCH_LIVES", 200);
	assert!(lives >= PER_ASSEMBLY as u64, "at least {PER_ASSEMBLY} lives");
	assert!(
		parts >= 1_000,
		"at least 1 000 parts, so that the middle of the inventory fills a page"
	);
	let node = DevNode::start("bench-reads");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (acme, borealis) = (dev::dave(), dev::eve());
	let acme_id = participant(&rpc, &acme).await;
	let borealis_id = participant(&rpc, &borealis).await;

	// Part types that need no certification, so that no certified capacity runs out.
	let gear = next_id(&api, "Parts", "NextPartTypeId").await;
	submit_batch(
		&api,
		&acme,
		vec![create_part_type(b"04012345000900", b"https://acme-gears.example/bench", &[])],
	)
	.await;
	let housing = next_id(&api, "Parts", "NextPartTypeId").await;
	submit_batch(
		&api,
		&borealis,
		vec![create_part_type(b"05012345000900", b"https://borealis-bearings.example/bench", &[])],
	)
	.await;

	// ---- state per part over a typical life ----
	let state_before = state_bytes(&rpc).await;
	let db_before = dir_bytes(&node.base_path());
	let first: u64 = next_id(&api, "Parts", "NextPartId").await.into();
	let lived: Vec<u64> = (first..first + lives).collect();
	let mut calls = Vec::new();
	for &id in &lived {
		calls.push(register(gear, &format!("LIFE-{id}")));
	}
	for n in 0..RECORDS_PER_LIFE {
		for &id in &lived {
			calls.push(report(id, n as u32));
		}
	}
	for &id in &lived {
		for handover in ["Ownership", "Custody"] {
			let fields = vec![
				("item", part(id)),
				("handover", variant(handover)),
				("to", Value::u128(borealis_id.into())),
			];
			calls.push(call("Parts", "offer", fields));
		}
	}
	submit_all(&api, &rpc, &acme, batches(calls, REGISTRATIONS_PER_BATCH)).await;
	let first_assembly: u64 = next_id(&api, "Parts", "NextPartId").await.into();
	let assemblies = lives.div_ceil(PER_ASSEMBLY as u64);
	let mut calls = Vec::new();
	for a in 0..assemblies {
		calls.push(register(housing, &format!("HOUSING-{a}")));
	}
	for (i, &id) in lived.iter().enumerate() {
		for handover in ["Ownership", "Custody"] {
			let fields =
				vec![("item", part(id)), ("handover", variant(handover)), ("reported_at", none())];
			calls.push(call("Parts", "accept_offer", fields));
		}
		let parent = first_assembly + (i / PER_ASSEMBLY) as u64;
		let fields = vec![("part", Value::u128(id.into())), ("parent", Value::u128(parent.into()))];
		calls.push(call("Parts", "install", fields));
	}
	let last = submit_all(&api, &rpc, &borealis, batches(calls, REGISTRATIONS_PER_BATCH)).await;
	wait_finalized(&rpc, last).await;
	for &id in &lived {
		let record = part_record(&rpc, id).await;
		assert_eq!(record["owner"], json!(borealis_id), "part {id} lived its life: {record}");
		assert_eq!(record["status"], json!("installed"), "part {id} is installed: {record}");
		let len = history_len(&rpc, id).await;
		assert!(len >= 1 + RECORDS_PER_LIFE as u64 + 3, "part {id}'s history: {len} records");
	}
	let state_after = state_bytes(&rpc).await;
	let db_after = dir_bytes(&node.base_path());

	// ---- provenance: a long and a short history ----
	// Registered first in Acme's first batch, with nothing else of Acme's in between.
	let long_part: u64 = next_id(&api, "Parts", "NextPartId").await.into();
	let short_part = long_part + 1;
	let mut calls = vec![register(gear, "LONG"), register(gear, "SHORT")];
	for n in 1..SHORT {
		calls.push(report(short_part, n));
	}
	for n in 1..LONG {
		calls.push(report(long_part, n));
	}
	let histories = batches(calls, CALLS_PER_BATCH);

	// ---- an inventory of `parts` parts ----
	let started = Instant::now();
	let stock = (0..parts).map(|n| register(gear, &format!("STOCK-{n}")));
	let mut all = histories;
	all.extend(batches(stock.collect(), REGISTRATIONS_PER_BATCH));
	// Borealis makes a hundred housings more, so that both inventories fill a page.
	let spares = (0..100).map(|n| register(housing, &format!("SPARE-{n}"))).collect();
	let last = submit_all(&api, &rpc, &acme, all).await;
	let (_, finalized) = wait_finalized(&rpc, last).await;
	assert_eq!(serial_of(&rpc, gear, "LONG").await, long_part, "the long part's id");
	let last = submit_all(&api, &rpc, &borealis, batches(spares, REGISTRATIONS_PER_BATCH)).await;
	wait_finalized(&rpc, last).await;
	assert_eq!(history_len(&rpc, long_part).await, u64::from(LONG), "the long history");
	assert_eq!(history_len(&rpc, short_part).await, u64::from(SHORT), "the short history");
	eprintln!(
		"chain: {} history records and {parts} more parts in {:.0} s, finalized block {finalized}",
		LONG + SHORT,
		started.elapsed().as_secs_f64()
	);
	let owned = walk(&rpc, acme_id).await.0;
	assert!(owned >= parts, "Acme owns the stock: {owned} parts");
	let small = walk(&rpc, borealis_id).await.0;
	assert!(small >= 100, "Borealis owns a page of parts: {small}");

	// ---- measure ----
	let page = |p: u64, order: &str, from: u32, limit: u32| {
		("amchain_history", json!([{ "part": p }, order, from, limit]))
	};
	let long_10 = latency(&rpc, page(long_part, "newestFirst", 0, 10), 10).await;
	let short_10 = latency(&rpc, page(short_part, "newestFirst", 0, 10), 10).await;
	let long_100 = latency(&rpc, page(long_part, "newestFirst", 0, 100), 100).await;
	let short_all = latency(&rpc, page(short_part, "newestFirst", 0, 100), SHORT as usize).await;
	let long_mid = latency(&rpc, page(long_part, "oldestFirst", LONG / 2, 100), 100).await;
	let mut sizes = Vec::new();
	for n in [10u32, 20, 30, 40, 60, 80, 100] {
		let (method, params) = page(long_part, "newestFirst", 0, n);
		let bytes = answer_bytes(&rpc, method, &params).await;
		sizes.push((n, bytes, latency(&rpc, (method, params), n as usize).await));
	}

	let middle = middle_of(&rpc, acme_id, owned).await;
	let parts_of = |owner: u32, after: Option<u64>| ("amchain_partsOf", json!([owner, after, 100]));
	let big_first = latency(&rpc, parts_of(acme_id, None), 100).await;
	let big_middle = latency(&rpc, parts_of(acme_id, Some(middle)), 100).await;
	let small_first = latency(&rpc, parts_of(borealis_id, None), 100).await;
	let (_, walked) = walk(&rpc, acme_id).await;

	// ---- the same reads from the node in members-only mode, through amchain's server ----
	let genesis: H256 = rpc.request("chain_getBlockHash", rpc_params![0]).await.expect("genesis");
	let mut node = node;
	let allow = acme_id.to_string();
	node.restart(&["--rpc-access", "members", "--rpc-allow-org", &allow]);
	let anonymous = node.rpc().await;
	let peer: String =
		anonymous.request("system_localPeerId", rpc_params![]).await.expect("peer id");
	let now = rpc_access::now();
	let dave = sr25519::Pair::from_string("//Dave", None).expect("dev URI");
	let token = rpc_access::issue(&dave, &genesis, &peer, now, now + 3_600);
	let member = subxt::rpcs::RpcClient::from_url(format!("{}/?access_token={token}", node.url()))
		.await
		.expect("a member's connection");
	let gated = [
		latency(&member, page(long_part, "newestFirst", 0, 10), 10).await,
		latency(&member, page(long_part, "newestFirst", 0, 40), 40).await,
		latency(&member, page(long_part, "newestFirst", 0, 100), 100).await,
		latency(&member, parts_of(acme_id, None), 100).await,
	];

	// ---- report ----
	let per_life = |before: u64, after: u64| (after - before) as f64 / lives as f64;
	let state_per_life = per_life(state_before.1, state_after.1);
	let keys_per_life = per_life(state_before.0, state_after.0);
	let db_per_life = per_life(db_before, db_after);
	println!(
		"amchain-node (debug build), sequential JSON-RPC requests, {RUNS} per figure, p50 / p99"
	);
	println!("provenance (amchain_history), a part of {LONG} records against one of {SHORT}:");
	row("  newest 10, long", long_10);
	row("  newest 10, short", short_10);
	println!(
		"  ratio long / short, p50 {:.2}, p99 {:.2}",
		ratio(long_10.0, short_10.0),
		ratio(long_10.1, short_10.1)
	);
	row("  newest 100, long", long_100);
	row(&format!("  newest 100, short (all {SHORT})"), short_all);
	println!("  ratio long / short, p50 {:.2}", ratio(long_100.0, short_all.0));
	row(&format!("  100 from record {}, long", LONG / 2), long_mid);
	println!("  ratio middle / newest (long), p50 {:.2}", ratio(long_mid.0, long_100.0));
	println!("  by page size (the answer's bytes), long:");
	for &(n, bytes, t) in &sizes {
		row(&format!("    newest {n} ({bytes} B)"), t);
	}
	println!(
		"inventory (amchain_partsOf, pages of 100), Acme owning {owned} parts, Borealis {small}:"
	);
	row("  first page, Acme", big_first);
	row("  page from the middle, Acme", big_middle);
	row(&format!("  first page, Borealis ({small})"), small_first);
	println!(
		"  ratio Acme / Borealis, p50 {:.2}; middle / first (Acme), p50 {:.2}",
		ratio(big_first.0, small_first.0),
		ratio(big_middle.0, big_first.0)
	);
	println!(
		"  all {owned} of Acme's parts, a page at a time: {:.2} s ({:.0} parts/s)",
		walked.as_secs_f64(),
		owned as f64 / walked.as_secs_f64()
	);
	println!("the same reads from the node with --rpc-access members, a member's token (every call checked):");
	let open = [long_10, sizes.iter().find(|(n, ..)| *n == 40).expect("40").2, long_100, big_first];
	let labels =
		["newest 10, long", "newest 40, long", "newest 100, long", "partsOf first page, Acme"];
	for ((label, open), gated) in labels.iter().zip(open).zip(gated) {
		row(&format!("  {label}"), gated);
		println!(
			"    members-only ÷ open, p50 {:.2}, p99 {:.2}",
			ratio(gated.0, open.0),
			ratio(gated.1, open.1)
		);
	}
	println!(
		"state per part over a typical life ({lives} lives: registered, {RECORDS_PER_LIFE} records, two \
		 hand-overs, installed {PER_ASSEMBLY} to an assembly):"
	);
	println!(
		"  state (keys and values): {state_per_life:.0} bytes in {keys_per_life:.1} keys per part; \
		 a million parts a year: {:.2} GB",
		state_per_life * 1e6 / 1e9
	);
	println!(
		"  node database (ParityDB, with the blocks): {db_per_life:.0} bytes per part; a million parts \
		 a year: {:.2} GB; database ÷ state {:.2}",
		db_per_life * 1e6 / 1e9,
		db_per_life / state_per_life
	);
}

fn env_or(name: &str, default: u64) -> u64 {
	std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// `Parts.register_part` of an uncertified part of `part_type` (as a call for a batch).
fn register(part_type: u32, serial: &str) -> Value {
	call(
		"Parts",
		"register_part",
		vec![
			("part_type", Value::u128(part_type.into())),
			("serial", Value::from_bytes(serial.as_bytes())),
			("certification", none()),
			("tag", none()),
			("reported_at", none()),
		],
	)
}

/// `Parts.report` of an inspection of part `id` (32 bytes of data, as a call for a batch).
fn report(id: u64, n: u32) -> Value {
	let fields = vec![
		("item", part(id)),
		("kind", variant("Inspection")),
		("data", Value::from_bytes(n.to_le_bytes().repeat(8))),
		("reported_at", none()),
	];
	call("Parts", "report", fields)
}

/// The participant `signer` acts for (`amchain_membership`).
async fn participant(rpc: &Rpc, signer: &Keypair) -> u32 {
	let who = account(signer).to_string();
	let m: Json = rpc.request("amchain_membership", rpc_params![who]).await.expect("membership");
	m["participant"].as_u64().unwrap_or_else(|| panic!("a member: {m}")) as u32
}

/// The id of the part of `part_type` with `serial`.
async fn serial_of(rpc: &Rpc, part_type: u32, serial: &str) -> u64 {
	let id: Option<u64> = rpc
		.request("amchain_partBySerial", rpc_params![part_type, serial])
		.await
		.expect("amchain_partBySerial");
	id.unwrap_or_else(|| panic!("a part {serial}"))
}

async fn part_record(rpc: &Rpc, id: u64) -> Json {
	rpc.request("amchain_part", rpc_params![id]).await.expect("amchain_part")
}

async fn history_len(rpc: &Rpc, id: u64) -> u64 {
	let page: Json = rpc
		.request("amchain_history", rpc_params![json!({ "part": id }), "newestFirst", 0, 1])
		.await
		.expect("amchain_history");
	page["total"].as_u64().unwrap_or_else(|| panic!("part {id}'s history: {page}"))
}

/// Waits until block `number` is finalized; the node's heads then.
async fn wait_finalized(rpc: &Rpc, number: u32) -> (u32, u32) {
	let deadline = Instant::now() + Duration::from_secs(300);
	loop {
		let (best, finalized) = heads(rpc).await;
		if finalized >= number {
			return (best, finalized);
		}
		assert!(Instant::now() < deadline, "block {number} was not finalized in five minutes");
		tokio::time::sleep(Duration::from_millis(500)).await;
	}
}

/// p50 and p99 of `RUNS` sequential requests; each answer must hold `expect` items (a
/// history page's records or a list's entries).
async fn latency(rpc: &Rpc, (method, params): (&str, Json), expect: usize) -> (Duration, Duration) {
	let mut times = Vec::with_capacity(RUNS);
	for _ in 0..RUNS + RUNS / 10 {
		let request = positional(&params);
		let started = Instant::now();
		let answer: Json =
			rpc.request(method, request).await.unwrap_or_else(|e| panic!("{method}: {e}"));
		times.push(started.elapsed());
		let items = answer.get("records").unwrap_or(&answer);
		let got = items.as_array().map(Vec::len);
		assert_eq!(got, Some(expect), "{method} answered {answer}");
	}
	// The first tenth warms the connection and the node's caches.
	let mut times = times.split_off(RUNS / 10);
	times.sort();
	(times[RUNS / 2], times[RUNS * 99 / 100])
}

/// A JSON array as positional JSON-RPC parameters.
fn positional(params: &Json) -> subxt::rpcs::client::RpcParams {
	let mut request = subxt::rpcs::client::RpcParams::new();
	for param in params.as_array().expect("positional parameters") {
		request.push(param).expect("a JSON value");
	}
	request
}

/// The length of the JSON answer to `method` with `params`.
async fn answer_bytes(rpc: &Rpc, method: &str, params: &Json) -> usize {
	let answer: Json =
		rpc.request(method, positional(params)).await.unwrap_or_else(|e| panic!("{method}: {e}"));
	answer.to_string().len()
}

/// Every stand-alone part `owner` owns, read a page of 100 at a time: how many, and how
/// long it took.
async fn walk(rpc: &Rpc, owner: u32) -> (u64, Duration) {
	let started = Instant::now();
	let (mut count, mut after) = (0u64, None::<u64>);
	loop {
		let page: Vec<u64> = rpc
			.request("amchain_partsOf", rpc_params![owner, after, 100])
			.await
			.expect("amchain_partsOf");
		count += page.len() as u64;
		match page.last() {
			Some(&last) if page.len() == 100 => after = Some(last),
			_ => return (count, started.elapsed()),
		}
	}
}

/// The part at the middle of `owner`'s inventory in storage order: a page there has 100
/// parts after it.
async fn middle_of(rpc: &Rpc, owner: u32, owned: u64) -> u64 {
	let (mut seen, mut after) = (0u64, None::<u64>);
	loop {
		let page: Vec<u64> = rpc
			.request("amchain_partsOf", rpc_params![owner, after, 100])
			.await
			.expect("amchain_partsOf");
		seen += page.len() as u64;
		after = page.last().copied();
		if seen >= owned / 2 {
			return after.expect("a non-empty inventory");
		}
	}
}

/// Every key of the state at the finalized head: how many, and their keys' and values'
/// bytes.
async fn state_bytes(rpc: &Rpc) -> (u64, u64) {
	let at: String = rpc.request("chain_getFinalizedHead", rpc_params![]).await.expect("head");
	let (mut keys, mut bytes, mut start) = (0u64, 0u64, None::<String>);
	loop {
		let page: Vec<String> = rpc
			.request("state_getKeysPaged", rpc_params!["0x", 1000, start.clone(), at.clone()])
			.await
			.expect("state_getKeysPaged");
		if page.is_empty() {
			return (keys, bytes);
		}
		let changes: Vec<Json> = rpc
			.request("state_queryStorageAt", rpc_params![page.clone(), at.clone()])
			.await
			.expect("state_queryStorageAt");
		for change in changes {
			for pair in change["changes"].as_array().expect("changes") {
				let key = pair[0].as_str().expect("a key");
				let value = pair[1].as_str().unwrap_or("0x");
				keys += 1;
				bytes += ((key.len() - 2) / 2 + (value.len() - 2) / 2) as u64;
			}
		}
		start = page.last().cloned();
	}
}

/// Bytes of every file under `dir`.
fn dir_bytes(dir: &Path) -> u64 {
	let mut total = 0;
	for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
		let Ok(meta) = entry.metadata() else { continue };
		total += if meta.is_dir() { dir_bytes(&entry.path()) } else { meta.len() };
	}
	total
}

fn ratio(a: Duration, b: Duration) -> f64 {
	a.as_secs_f64() / b.as_secs_f64()
}

fn row(label: &str, (p50, p99): (Duration, Duration)) {
	println!("{label:44} {:8.2} / {:8.2} ms", ms(p50), ms(p99));
}

fn ms(d: Duration) -> f64 {
	d.as_secs_f64() * 1e3
}
