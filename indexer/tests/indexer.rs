//! The indexer end to end, with real components only: a dev chain (`amchain-node --dev`)
//! on which Acme Gears registers two parts, assembles them, inspects one and hands it
//! over to Kestrel Wind Power; the indexer binary follows it into SQLite and into a
//! PostgreSQL server of the test's own, and its GraphQL answers are checked against what
//! the node itself says (its `amchain_*` methods and its events). Then the indexer is
//! killed (SIGKILL) again and again during a catch-up into a fresh store, and the store
//! is checked for gaps and duplicates.
//!
//! One node serves the whole file (a node costs tens of seconds to start and to finalize
//! the test's transactions), so the file is one test in steps.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{json, Value as Json};
use sqlx::Row;
use subxt::{dynamic::Value, rpcs::rpc_params};
use subxt_signer::sr25519::dev;

/// What the test put on chain.
struct Fixture {
	/// The assembly: part `gear`, with part `gear + 1` installed in it.
	gear: u64,
	/// The block of the last transaction: every indexer must reach it.
	last_block: u64,
	/// Kestrel Wind Power, the buyer (docs/dev-chain.md).
	kestrel: u64,
}

#[tokio::test(flavor = "multi_thread")]
async fn indexer_follows_the_chain_into_sqlite_and_postgres_and_resumes_after_a_kill() {
	let started = std::time::Instant::now();
	let node = DevNode::start();
	eprintln!("node answers ({:?})", started.elapsed());
	let api = Api::from_url(node.url()).await.expect("subxt connects");
	let rpc = subxt::rpcs::RpcClient::from_url(node.url()).await.expect("rpc connects");

	// The PostgreSQL server starts while the chain works.
	let postgres = tokio::spawn(Postgres::start());
	let dir = scratch("stores");

	// The SQLite indexer follows from the start: it sees the chain grow.
	let sqlite_url = format!("sqlite://{}", dir.join("live.sqlite").display());
	let sqlite = Indexer::start(&node.url(), &sqlite_url, dir.join("sqlite.log"));

	let fixture = make_records(&api).await;
	eprintln!("records on chain by block {} ({:?})", fixture.last_block, started.elapsed());

	sqlite.wait_for_block(fixture.last_block);
	check_graphql(&sqlite, &rpc, &fixture).await;
	check_stream(&sqlite, &api, &fixture).await;
	check_epcis(&sqlite, &fixture);
	check_store(&sqlite_url, &api).await;
	check_bad_input(&sqlite);
	print_examples(&sqlite, fixture.gear);
	eprintln!("SQLite checked ({:?})", started.elapsed());

	// PostgreSQL catches up from genesis on a chain that already holds the records.
	match postgres.await.expect("the PostgreSQL task") {
		Some(pg) => {
			let indexer = Indexer::start(&node.url(), &pg.url, dir.join("postgres.log"));
			indexer.wait_for_block(fixture.last_block);
			check_graphql(&indexer, &rpc, &fixture).await;
			check_stream(&indexer, &api, &fixture).await;
			check_epcis(&indexer, &fixture);
			check_store(&pg.url, &api).await;
			check_bad_input(&indexer);
			eprintln!("PostgreSQL checked ({:?})", started.elapsed());
		},
		None => eprintln!(
			"SKIPPED the PostgreSQL half: no PostgreSQL found (set AMCHAIN_PG_URL to a server, or \
			 AMCHAIN_PG to a directory with initdb and pg_ctl, or install Debian's postgresql)"
		),
	}

	// Killed mid catch-up, again and again: each time as soon as it has committed a block
	// (so while it reads or writes the next one), until it has caught up with the chain as
	// it was when this step began; then left to finish.
	let (_, finalized) = heads(&rpc).await;
	let resumed_url = format!("sqlite://{}", dir.join("resumed.sqlite").display());
	let log = dir.join("resumed.log");
	let mut cursors = Vec::new();
	let mut cursor = None;
	while cursor.is_none_or(|n| n < finalized) {
		let mut indexer = Indexer::spawn(&node.url(), &resumed_url, log.clone());
		let deadline = std::time::Instant::now() + Duration::from_secs(30);
		while store_cursor(&resumed_url).await == cursor {
			assert!(std::time::Instant::now() < deadline, "the indexer makes no progress");
			tokio::time::sleep(Duration::from_millis(5)).await;
		}
		indexer.kill();
		cursor = store_cursor(&resumed_url).await;
		cursors.push(cursor);
	}
	eprintln!("cursor after each SIGKILL: {cursors:?} (finalized head {finalized})");
	assert!(
		cursors.iter().filter(|c| c.is_some_and(|n| n < finalized)).count() >= 2,
		"killed at least twice before it caught up: {cursors:?}"
	);
	let indexer = Indexer::start(&node.url(), &resumed_url, log);
	indexer.wait_for_block(fixture.last_block);
	check_store(&resumed_url, &api).await;
	check_graphql(&indexer, &rpc, &fixture).await;
	eprintln!("resume checked ({:?})", started.elapsed());
	// Kept for a look after a failure only.
	drop(indexer);
	let _ = std::fs::remove_dir_all(&dir);
}

/// Acme Gears (`//Dave`) registers two gears, installs the second in the first, inspects
/// the first and offers its ownership and custody to Kestrel Wind Power, which accepts
/// both (`//Bob//stash`).
async fn make_records(api: &Api) -> Fixture {
	let gear: u64 = storage_value(api, "Parts", "NextPartId").await;
	let kestrel: u64 = 6;
	let register = |serial: &str| {
		call(
			"Parts",
			"register_part",
			vec![
				("part_type", Value::u128(0)),
				("serial", Value::from_bytes(serial.as_bytes())),
				("certification", some(Value::u128(0))),
				("tag", none()),
				("reported_at", none()),
			],
		)
	};
	let offer = |handover: &str| {
		call(
			"Parts",
			"offer",
			vec![
				("item", part(gear)),
				("handover", variant(handover)),
				("to", Value::u128(kestrel.into())),
			],
		)
	};
	// In a block is enough: the second transaction only needs the first's offers.
	submit_batch(
		api,
		&dev::dave(),
		false,
		vec![
			register("HG-40-IDX-1"),
			register("HG-40-IDX-2"),
			call(
				"Parts",
				"install",
				vec![
					("part", Value::u128((gear + 1).into())),
					("parent", Value::u128(gear.into())),
				],
			),
			call(
				"Parts",
				"report",
				vec![
					("item", part(gear)),
					("kind", variant("Inspection")),
					("data", Value::from_bytes([9u8; 32])),
					("reported_at", some(Value::u128(1_764_000_000_000_000))),
				],
			),
			offer("Ownership"),
			offer("Custody"),
		],
	)
	.await;
	let accept = |handover: &str| {
		call(
			"Parts",
			"accept_offer",
			vec![("item", part(gear)), ("handover", variant(handover)), ("reported_at", none())],
		)
	};
	let kestrel_admin =
		subxt_signer::sr25519::Keypair::from_uri(&"//Bob//stash".parse().expect("uri"))
			.expect("key");
	let last_block =
		submit_batch(api, &kestrel_admin, true, vec![accept("Ownership"), accept("Custody")]).await;
	Fixture { gear, last_block, kestrel }
}

/// The live stream (`GET /events/stream`) against GraphQL's `events`: Kestrel's events
/// from genesis are the same in both, with Kestrel's hand-overs among them and nothing
/// about anyone else; resuming after the second one's id gives the rest; a live stream
/// delivers a transaction's event once its block is finalized; bad parameters are
/// refused with the reason.
async fn check_stream(indexer: &Indexer, api: &Api, f: &Fixture) {
	let port = indexer.graphql_port;
	let answer = indexer.query(&format!(
		"{{ events(participant: {}, first: 100) {{ edges {{ cursor node {{ pallet variant fields }} }} }} }}",
		f.kestrel
	));
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let expected: Vec<(String, String)> = answer["data"]["events"]["edges"]
		.as_array()
		.expect("edges")
		.iter()
		.map(|e| {
			let node = &e["node"];
			(
				e["cursor"].as_str().expect("cursor").to_string(),
				format!(
					"{}.{}",
					node["pallet"].as_str().unwrap(),
					node["variant"].as_str().unwrap()
				),
			)
		})
		.collect();
	let handed_over: Vec<&Json> = answer["data"]["events"]["edges"]
		.as_array()
		.unwrap()
		.iter()
		.map(|e| &e["node"])
		.filter(|n| n["variant"] == "HandedOver")
		.collect();
	assert_eq!(handed_over.len(), 2, "ownership and custody passed to Kestrel: {answer}");
	assert!(handed_over.iter().all(|n| n["fields"]["to"] == f.kestrel), "{answer}");
	// A part's events are about its part type too.
	let by_type = indexer.query(
		r#"{ events(partType: 0, pallet: "Parts", variant: "HandedOver", first: 100) { edges { cursor } } }"#,
	);
	let by_type = by_type["data"]["events"]["edges"].as_array().expect("edges").len();
	assert!(by_type >= 2, "the gear's hand-overs are events of part type 0");

	let path = format!("/events/stream?participant={}&after=genesis", f.kestrel);
	let mut stream = SseStream::open(port, &path, None);
	assert_eq!(stream.status, 200, "{}", stream.refusal);
	let streamed = stream.take(expected.len());
	let got: Vec<(String, String)> =
		streamed.iter().map(|e| (e.id.clone(), e.event.clone())).collect();
	assert_eq!(got, expected, "the stream from genesis is GraphQL's answer");
	assert_eq!(streamed[0].data["pallet"], expected[0].1.split('.').next().unwrap());

	// A client that reconnects with the last id it saw gets the rest, exactly once.
	let path = format!("/events/stream?participant={}", f.kestrel);
	let mut resumed = SseStream::open(port, &path, Some(&expected[1].0));
	let rest: Vec<(String, String)> =
		resumed.take(expected.len() - 2).into_iter().map(|e| (e.id, e.event)).collect();
	assert_eq!(rest, expected[2..], "resumed after the second event");

	// Live: opened now, it delivers what happens next, once finalized.
	let mut live = SseStream::open(port, "/events/stream?pallet=System&variant=Remarked", None);
	assert_eq!(live.status, 200, "{}", live.refusal);
	let block = submit(
		api,
		&dev::dave(),
		true,
		"System",
		"remark_with_event",
		vec![Value::from_bytes(b"amchain indexer stream")],
	)
	.await;
	let next = live.take(1).remove(0);
	assert_eq!(next.event, "System.Remarked");
	assert_eq!(next.data["block"], block, "the remark's own block: {next:?}");
	assert!(next.id.starts_with(&format!("{block}:")));

	for (query, reason) in [
		("participant=acme", "participant must be"),
		("after=12", "invalid cursor"),
		("colour=red", "unknown parameter"),
	] {
		let refused = SseStream::open(port, &format!("/events/stream?{query}"), None);
		assert_eq!(refused.status, 400, "{query}");
		assert!(refused.refusal.contains(reason), "{query}: {}", refused.refusal);
	}
}

/// GS1 EPCIS 2.0 over HTTP: the gear's events as an EPCIS document (its JSON-LD export)
/// and through the REST query binding (`GET /epcis/events`), each answer valid against
/// GS1's EPCIS 2.0 JSON schema (tests/fixtures); the mapping of its seven records; paging
/// with `perPage` and the `Link` header; bad parameters and unknown items refused.
fn check_epcis(indexer: &Indexer, f: &Fixture) {
	let schema: Json =
		serde_json::from_str(include_str!("fixtures/EPCIS-JSON-Schema.json")).expect("schema");
	let validator = jsonschema::options()
		.should_validate_formats(true)
		.build(&schema)
		.expect("the EPCIS schema compiles");
	let port = indexer.graphql_port;
	let get = |path: &str| -> (String, Json) {
		let (status, head, body) = http_get(port, path);
		assert_eq!(status, 200, "{path}: {body}");
		assert_eq!(header(&head, "content-type"), Some("application/ld+json"), "{path}");
		let doc: Json = serde_json::from_str(&body).expect("JSON");
		let errors: Vec<String> =
			validator.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path)).collect();
		assert!(errors.is_empty(), "{path}: not valid EPCIS 2.0: {errors:#?}\n{doc:#}");
		(head, doc)
	};

	// The gear's JSON-LD export: one event per record, as the table in docs/indexer.md says.
	let (_, doc) = get(&format!("/epcis/items/part/{}", f.gear));
	assert_eq!(doc["type"], "EPCISDocument");
	assert_eq!(doc["schemaVersion"], "2.0");
	assert_eq!(doc["@context"][0], "https://ref.gs1.org/standards/epcis/epcis-context.jsonld");
	let events = doc["epcisBody"]["eventList"].as_array().expect("eventList").clone();
	let gear = "https://id.gs1.org/01/04012345000108/21/HG-40-IDX-1";
	let summary: Vec<(String, String, String)> = events
		.iter()
		.map(|e| {
			let s = |k: &str| e[k].as_str().unwrap_or("-").to_string();
			(s("type"), s("action"), s("bizStep"))
		})
		.collect();
	let expected = [
		("ObjectEvent", "ADD", "commissioning"),
		("AggregationEvent", "ADD", "installing"),
		("ObjectEvent", "OBSERVE", "inspecting"),
		("TransactionEvent", "ADD", "consigning"),
		("ObjectEvent", "OBSERVE", "shipping"),
		("TransactionEvent", "OBSERVE", "accepting"),
		("ObjectEvent", "OBSERVE", "receiving"),
	]
	.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
	assert_eq!(summary, expected, "{doc:#}");
	assert_eq!(events[0]["epcList"], json!([gear]), "a GTIN part is a GS1 Digital Link URI");
	assert_eq!(events[0]["certificationInfo"], "urn:amchain:certification:0");
	assert_eq!(events[1]["parentID"], gear);
	assert_eq!(
		events[5]["destinationList"][0]["destination"],
		format!("urn:amchain:participant:{}", f.kestrel)
	);
	assert_eq!(events[5]["bizTransactionList"], events[3]["bizTransactionList"], "one transaction");
	assert!(events.iter().all(|e| e["eventTimeZoneOffset"] == "+00:00"));

	// The example of docs/indexer.md (run with --nocapture to see it): two a page, and the
	// next page the last.
	let (head, example) = get(&format!(
		"/epcis/events?MATCH_anyEPC={}&eventType=AggregationEvent%7CTransactionEvent&perPage=2",
		gear.replace(':', "%3A").replace('/', "%2F")
	));
	let link = header(&head, "link").expect("a next page").to_string();
	eprintln!(
		"EXAMPLE EPCIS\nlink: {link}\n{}",
		serde_json::to_string_pretty(&example).unwrap_or_default()
	);
	let (head, last) = get(&link[1..link.find('>').expect("<…>")]);
	assert_eq!(header(&head, "link"), None, "the last page");
	let last = &last["epcisBody"]["queryResults"]["resultsBody"]["eventList"];
	assert_eq!(last.as_array().map(Vec::len), Some(1), "{last}");
	assert_eq!(last[0]["bizStep"], "accepting");

	// The install is one event: the child's export has it with the same id.
	let (_, child) = get(&format!("/epcis/items/part/{}", f.gear + 1));
	let install = child["epcisBody"]["eventList"]
		.as_array()
		.expect("eventList")
		.iter()
		.find(|e| e["type"] == "AggregationEvent")
		.expect("the child's install")
		.clone();
	assert_eq!(install["eventID"], events[1]["eventID"]);
	let child_epc = install["childEPCs"][0].as_str().expect("child EPC").to_string();

	// The query binding: everything about the gear (as parent too) is its seven events.
	let encode = |s: &str| s.replace(':', "%3A").replace('/', "%2F");
	let (head, doc) = get(&format!("/epcis/events?MATCH_anyEPC={}", encode(gear)));
	assert_eq!(header(&head, "link"), None, "one page");
	let ids = |doc: &Json| -> Vec<Json> {
		doc["epcisBody"]["queryResults"]["resultsBody"]["eventList"]
			.as_array()
			.expect("eventList")
			.iter()
			.map(|e| e["eventID"].clone())
			.collect()
	};
	assert_eq!(doc["type"], "EPCISQueryDocument");
	// Ordered by block, then item and record: the child's install after the gear's records
	// of the same block.
	let sorted = |mut ids: Vec<Json>| {
		ids.sort_by_key(|id| id.to_string());
		ids
	};
	assert_eq!(
		sorted(ids(&doc)),
		sorted(events.iter().map(|e| e["eventID"].clone()).collect()),
		"the gear's seven events"
	);
	// MATCH_epc is the child's own events only; MATCH_anyEPC the install too, as parentID.
	let (_, doc) =
		get(&format!("/epcis/events?MATCH_epc={}&eventType=AggregationEvent", encode(gear)));
	assert_eq!(ids(&doc), Vec::<Json>::new(), "the gear is the parent, not a child");
	let (_, doc) =
		get(&format!("/epcis/events?MATCH_epc={}&eventType=AggregationEvent", encode(&child_epc)));
	assert_eq!(ids(&doc), vec![install["eventID"].clone()]);
	// Time: the gear's first block's records.
	let t = events[0]["eventTime"].as_str().expect("time");
	let (_, doc) = get(&format!(
		"/epcis/events?MATCH_anyEPC={}&GE_eventTime={}&LT_eventTime={}",
		encode(gear),
		encode(t),
		encode(events[5]["eventTime"].as_str().expect("time"))
	));
	assert_eq!(
		ids(&doc).len(),
		5,
		"registered, installed, inspected and offered twice in one block"
	);

	// Paging: commissioning one event a page, following the Link header, is the whole list.
	let (_, all) = get("/epcis/events?EQ_bizStep=commissioning&perPage=100");
	let all = ids(&all);
	assert!(all.contains(&events[0]["eventID"]), "the gear's commissioning");
	let mut paged = Vec::new();
	let mut next = Some("/epcis/events?EQ_bizStep=commissioning&perPage=1".to_string());
	while let Some(path) = next {
		let (head, doc) = get(&path);
		let page = ids(&doc);
		assert!(page.len() <= 1);
		paged.extend(page);
		next = header(&head, "link").map(|l| {
			assert!(l.ends_with("; rel=\"next\""), "{l}");
			l[1..l.find('>').expect("<…>")].to_string()
		});
		assert!(paged.len() <= all.len(), "paging ends");
	}
	assert_eq!(paged, all, "pages of one are the page of a hundred");
	let (_, doc) = get("/epcis/events?eventType=TransactionEvent&EQ_disposition=active");
	let list = &doc["epcisBody"]["queryResults"]["resultsBody"]["eventList"];
	assert!(list.as_array().is_some_and(|l| !l.is_empty()
		&& l.iter().all(|e| e["type"] == "TransactionEvent" && e["disposition"] == "active")));

	// Bad input: 400 naming the parameter; unknown items 404.
	for (query, named) in [
		("perPage=1000", "perPage"),
		("GE_eventTime=yesterday", "GE_eventTime"),
		("eventType=PartEvent", "PartEvent"),
		("nextPageToken=xyz", "nextPageToken"),
		("orderBy=eventTime", "orderBy"),
	] {
		let (status, head, body) = http_get(port, &format!("/epcis/events?{query}"));
		assert_eq!(status, 400, "{query}: {body}");
		assert_eq!(header(&head, "content-type"), Some("application/problem+json"));
		let problem: Json = serde_json::from_str(&body).expect("a problem body");
		assert_eq!(problem["type"], "epcisException:QueryParameterException", "{body}");
		assert!(problem["detail"].as_str().is_some_and(|d| d.contains(named)), "{query}: {body}");
	}
	let (status, _, body) = http_get(port, "/epcis/items/part/999999");
	assert_eq!(status, 404, "{body}");
	assert!(body.contains("NoSuchResourceException"), "{body}");
	let (status, _, _) = http_get(port, "/epcis/items/lot/999999");
	assert_eq!(status, 404);
	let (status, _, _) = http_get(port, "/epcis/items/part/gear");
	assert_eq!(status, 400);
}

/// The GraphQL answers against the node's own.
async fn check_graphql(indexer: &Indexer, rpc: &subxt::rpcs::RpcClient, f: &Fixture) {
	let gear = f.gear;
	// JSON scalars reach a client (a browser, not serde_json) with numbers as numbers.
	let query = format!(
		"{{ part(id: {gear}) {{ record history(first: 5) {{ edges {{ node {{ kindFields }} }} }} }} \
		   events(first: 20) {{ edges {{ node {{ fields }} }} }} }}"
	);
	let (status, raw) =
		http_post(indexer.graphql_port, "/graphql", &json!({ "query": query }).to_string());
	assert_eq!(status, 200, "{raw}");
	assert!(raw.contains("\"part_type\":0"), "the record's numbers as JSON numbers: {raw}");
	assert!(!raw.contains("serde_json::private"), "no serde_json internals: {raw}");
	let answer = indexer.query(&format!(
		"{{ part(id: {gear}) {{ id serial owner custodian status partType maker \
		   history(first: 100) {{ edges {{ node {{ index kind kindFields participant block reportedAt }} }} }} \
		   children {{ edges {{ node {{ id parent status }} }} }} }} }}"
	));
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let part = &answer["data"]["part"];
	assert_eq!(part["serial"], "HG-40-IDX-1");
	assert_eq!(part["owner"], f.kestrel, "ownership passed to Kestrel: {part}");
	assert_eq!(part["custodian"], f.kestrel, "custody passed to Kestrel: {part}");
	assert_eq!(part["status"], "Active");
	assert_eq!(part["children"]["edges"][0]["node"]["id"], gear + 1);
	assert_eq!(part["children"]["edges"][0]["node"]["status"], "Installed");

	// The history is the chain's: every record, in order, of the same kind.
	let chain: Json = rpc
		.request("amchain_history", rpc_params![json!({ "part": gear }), "oldestFirst", 0, 100])
		.await
		.expect("amchain_history answers");
	let records = chain["records"].as_array().expect("records");
	let edges = part["history"]["edges"].as_array().expect("edges");
	assert_eq!(edges.len(), records.len(), "as many records as the chain has: {chain}");
	for (edge, record) in edges.iter().zip(records) {
		let node = &edge["node"];
		let chain_kind = match &record["kind"] {
			Json::String(s) => s.clone(),
			Json::Object(o) => o.keys().next().expect("a kind").clone(),
			other => panic!("unexpected kind {other}"),
		};
		let kind = node["kind"].as_str().expect("kind");
		assert_eq!(lower_first(kind), chain_kind, "record {} is the chain's", node["index"]);
		assert_eq!(node["index"], record["index"]);
	}
	let kinds: Vec<&str> = edges.iter().map(|e| e["node"]["kind"].as_str().unwrap()).collect();
	assert_eq!(
		kinds,
		[
			"Registered",
			"ChildInstalled",
			"Inspection",
			"Offered",
			"Offered",
			"Accepted",
			"Accepted"
		]
	);
	let inspection = &edges[2]["node"];
	assert_eq!(inspection["reportedAt"], 1_764_000_000_000_000u64);
	assert_eq!(edges[5]["node"]["kindFields"]["from"], 2, "accepted from Acme Gears");

	// Participants: every one the chain has, named as the chain names them.
	let answer =
		indexer.query("{ participants(first: 100) { edges { node { id name status roles } } } }");
	let participants = answer["data"]["participants"]["edges"].as_array().expect("participants");
	assert!(participants.len() >= 7, "the dev consortium's organisations: {answer}");
	for p in participants {
		let id = p["node"]["id"].as_u64().expect("id");
		let chain: Json =
			rpc.request("amchain_participant", rpc_params![id]).await.expect("amchain_participant");
		assert_eq!(p["node"]["name"], chain["name"], "participant {id}");
	}
	let acme = indexer.query("{ participant(id: 2) { name certifications { edges { node { id standard state usage } } } } }");
	assert_eq!(acme["data"]["participant"]["name"], "Acme Gears");
	let certification = &acme["data"]["participant"]["certifications"]["edges"][0]["node"];
	assert_eq!(certification["state"], "Active");
	assert!(
		certification["usage"]["used"].as_u64().is_some_and(|u| u >= 2),
		"two gears drew capacity: {acme}"
	);

	// Events: the two hand-overs, with their fields decoded.
	let answer = indexer.query(
		"{ events(pallet: \"Parts\", variant: \"HandedOver\") { edges { node { block extrinsic fields } } } }",
	);
	let handovers = answer["data"]["events"]["edges"].as_array().expect("events");
	assert_eq!(handovers.len(), 2, "{answer}");
	for h in handovers {
		assert_eq!(h["node"]["fields"]["item"], json!({ "Part": gear }));
		assert_eq!(h["node"]["fields"]["to"], f.kestrel);
		assert_eq!(h["node"]["block"], f.last_block);
	}
	let by_owner = indexer
		.query(&format!("{{ parts(owner: {}) {{ edges {{ node {{ id }} }} }} }}", f.kestrel));
	let owned: Vec<u64> = by_owner["data"]["parts"]["edges"]
		.as_array()
		.expect("parts")
		.iter()
		.map(|e| e["node"]["id"].as_u64().unwrap())
		.collect();
	assert!(owned.contains(&gear), "Kestrel owns the gear: {by_owner}");

	// The cursor's block, with its time (Timestamp::Now) and runtime version.
	let status = indexer.query("{ indexerStatus { lastBlock lastBlockTime specVersion events } }");
	let status = &status["data"]["indexerStatus"];
	assert!(status["lastBlockTime"].as_u64().is_some_and(|t| t > 1_700_000_000_000), "{status}");
	assert!(status["specVersion"].as_u64().is_some_and(|v| v > 0), "{status}");
	assert!(status["events"].as_u64().is_some_and(|n| n > 0), "{status}");
}

/// Malformed queries, unknown ids, pages past the end, limits.
fn check_bad_input(indexer: &Indexer) {
	let answer = indexer.query("{ part(id: ");
	assert!(
		answer["errors"][0]["message"].as_str().is_some(),
		"a syntax error is reported: {answer}"
	);
	let answer = indexer.query("{ part(id: 1) { nosuchfield } }");
	assert!(answer["errors"][0]["message"].as_str().unwrap().contains("nosuchfield"), "{answer}");
	let answer = indexer
		.query("{ part(id: 987654321) { id } lot(id: 5) { id } participant(id: 999) { id } }");
	assert!(answer.get("errors").is_none(), "{answer}");
	assert_eq!(answer["data"], json!({ "part": null, "lot": null, "participant": null }));
	let answer = indexer.query("{ events(first: 1000) { edges { cursor } } }");
	assert!(
		answer["errors"][0]["message"].as_str().unwrap().contains("between 1 and 100"),
		"{answer}"
	);
	let answer = indexer.query("{ events(after: \"not-a-cursor\") { edges { cursor } } }");
	assert!(
		answer["errors"][0]["message"].as_str().unwrap().contains("invalid cursor"),
		"{answer}"
	);
	// Page to the end and beyond.
	let last = indexer.query("{ events(first: 100, fromBlock: 0) { pageInfo { endCursor } } }");
	let mut cursor = last["data"]["events"]["pageInfo"]["endCursor"].as_str().unwrap().to_string();
	loop {
		let page = indexer.query(&format!(
			"{{ events(first: 100, after: \"{cursor}\") {{ edges {{ cursor }} pageInfo {{ hasNextPage endCursor }} }} }}"
		));
		let info = &page["data"]["events"]["pageInfo"];
		if info["hasNextPage"] == false {
			cursor = info["endCursor"].as_str().map_or(cursor, str::to_string);
			break;
		}
		cursor = info["endCursor"].as_str().unwrap().to_string();
	}
	let beyond = indexer
		.query(&format!("{{ events(first: 10, after: \"{cursor}\") {{ edges {{ cursor }} }} }}"));
	let edges = beyond["data"]["events"]["edges"].as_array().expect("a page");
	// The chain keeps making blocks; the page past the end of then is empty or holds only
	// events of newer blocks, never an earlier one again.
	assert!(edges.iter().all(|e| e["cursor"].as_str().unwrap() > cursor.as_str()), "{beyond}");
	let answer = indexer
		.query("{ events(fromBlock: 999999999) { edges { cursor } pageInfo { hasNextPage } } }");
	assert_eq!(answer["data"]["events"]["edges"], json!([]), "an empty page: {answer}");
	// Too deep.
	let deep = format!(
		"{{ part(id: 0) {}id{} }}",
		"{ children(first: 1) { edges { node ".repeat(4),
		" } } }".repeat(4)
	);
	let answer = indexer.query(&deep);
	assert!(
		answer["errors"][0]["message"].as_str().unwrap().to_lowercase().contains("nested too deep"),
		"{answer}"
	);
	// Too costly: pages of 100 inside pages of 100.
	let costly =
		"{ participants(first: 100) { edges { node { certifications(first: 100) { edges { \
	              node { id record usage } } } } } } }";
	let answer = indexer.query(costly);
	assert!(answer["errors"][0]["message"].as_str().unwrap().contains("too complex"), "{answer}");
	// Introspection: GraphQL tools read the schema.
	let answer = indexer.query("{ __schema { queryType { fields { name } } } }");
	let fields =
		answer["data"]["__schema"]["queryType"]["fields"].as_array().expect("introspection");
	assert!(fields.iter().any(|f| f["name"] == "indexerStatus"), "{answer}");
	// Not JSON at all: an HTTP error, and the server keeps serving.
	let (status, _) = http_post(indexer.graphql_port, "/graphql", "{not json");
	assert!(status >= 400, "a malformed request is refused: {status}");
	let answer = indexer.query("{ indexerStatus { lastBlock } }");
	assert!(answer["data"]["indexerStatus"]["lastBlock"].as_u64().is_some());
}

/// The example queries of docs/indexer.md, with their answers (printed: run the test with
/// `--nocapture` to see them).
fn print_examples(indexer: &Indexer, gear: u64) {
	let examples = [
		format!(
			"{{ part(id: {gear}) {{ serial owner custodian status children {{ edges {{ node {{ id status }} }} }} \
			 history {{ edges {{ node {{ index kind kindFields participant block }} }} }} }} }}"
		),
		"{ participants(first: 3) { edges { cursor node { id name roles status } } pageInfo { hasNextPage endCursor } } }"
			.to_string(),
		"{ events(pallet: \"Parts\", variant: \"HandedOver\") { edges { node { block extrinsic fields } } } \
		 indexerStatus { lastBlock nodeFinalized specVersion } }"
			.to_string(),
	];
	for query in examples {
		let answer = indexer.query(&query);
		eprintln!("EXAMPLE {query}\n{}", serde_json::to_string_pretty(&answer).unwrap_or_default());
	}
}

fn lower_first(s: &str) -> String {
	let mut c = s.chars();
	c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

async fn open(url: &str) -> sqlx::AnyPool {
	sqlx::any::install_default_drivers();
	sqlx::AnyPool::connect(url).await.unwrap_or_else(|e| panic!("the store at {url} opens: {e}"))
}

/// The store's cursor (None before genesis is indexed, or before the file exists).
async fn store_cursor(url: &str) -> Option<u64> {
	let path = url.trim_start_matches("sqlite://");
	if url.starts_with("sqlite://") && !std::path::Path::new(path).exists() {
		return None;
	}
	let pool = open(url).await;
	let row = sqlx::query("SELECT block_number FROM cursor").fetch_optional(&pool).await.ok()??;
	Some(row.get::<i64, _>(0) as u64)
}

/// Whole blocks only, no gap, no duplicate: blocks 0..=cursor each once, each with the
/// node's hash and exactly the node's events.
async fn check_store(url: &str, api: &Api) {
	let pool = open(url).await;
	let cursor: i64 =
		sqlx::query("SELECT block_number FROM cursor").fetch_one(&pool).await.unwrap().get(0);
	let row = sqlx::query("SELECT COUNT(*), MIN(number), MAX(number) FROM blocks")
		.fetch_one(&pool)
		.await
		.unwrap();
	let (count, min, max): (i64, i64, i64) = (row.get(0), row.get(1), row.get(2));
	assert_eq!((min, max, count), (0, cursor, cursor + 1), "blocks 0..={cursor}, each once");
	let mismatched: i64 = sqlx::query(
		"SELECT COUNT(*) FROM blocks b WHERE b.event_count <> \
		 (SELECT COUNT(*) FROM events e WHERE e.block_number = b.number)",
	)
	.fetch_one(&pool)
	.await
	.unwrap()
	.get(0);
	assert_eq!(mismatched, 0, "every block's events stored once");
	for number in 0..=cursor {
		let at = api.at_block(number as u64).await.expect("the node has the block");
		let row = sqlx::query("SELECT hash, event_count FROM blocks WHERE number = $1")
			.bind(number)
			.fetch_one(&pool)
			.await
			.unwrap();
		let hash: String = row.get(0);
		assert_eq!(hash, format!("{:?}", at.block_hash()), "block {number}'s hash");
		let events = at.events().fetch().await.expect("events").len() as i64;
		assert_eq!(row.get::<i64, _>(1), events, "block {number} has the node's {events} events");
	}
	pool.close().await;
}
