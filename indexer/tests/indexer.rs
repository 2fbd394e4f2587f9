//! The indexer end to end, with real components only: a dev chain (`amchain-node --dev`)
//! on which Acme Gears registers two parts, assembles them, inspects one and hands it
//! over to Kestrel Wind Power; the indexer binary follows it into SQLite and into a
//! PostgreSQL server of the test's own, and its GraphQL answers are checked against what
//! the node itself says (its `amchain_*` methods and its events). Acme also deploys the
//! escrow contract (its bundle as cargo-contract built it) and opens an order for the
//! gear: the indexers given the bundles decode the contract's event. Then the indexer is
//! killed (SIGKILL) again and again during a catch-up into a fresh store without the
//! bundles, the store is checked for gaps and duplicates, and the contract's event is
//! decoded when the indexer restarts with them. Acme warrants the gear, Kestrel claims
//! under the warranty, and Alice proposes a council motion: the claim and the motion are
//! found in both stores' tables.
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
	/// Acme's steel lot, and the lot split from it (`lot + 1`) of which the gear's
	/// installed part consumed some.
	lot: u64,
	/// The escrow contract Acme deployed (hex account), and the block of its order.
	escrow: String,
	escrow_block: u64,
	/// Acme's warranty on the gear and Kestrel's open claim under it.
	warranty: u64,
	claim: u64,
	/// The block of Acme's batch recall of gear type 0 made under certification 0 (the
	/// gears above among them), the last record: every indexer waits for it.
	recalled_block: u64,
}

/// The recall notice of Acme's batch recall.
const BATCH_NOTICE: [u8; 32] = [5; 32];

/// What Kestrel's claim asks.
const CLAIM_ASKED: u128 = amchain_primitives::currency::UNIT;

/// What Acme pays into the escrow order.
const ESCROW_AMOUNT: u128 = 10 * amchain_primitives::currency::UNIT;

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
	let bundles = contracts_dir();
	let with_bundles = ["--contracts", bundles.to_str().expect("a UTF-8 path")];
	let sqlite =
		Indexer::start_with(&node.url(), &sqlite_url, dir.join("sqlite.log"), &with_bundles);

	let fixture = make_records(&api).await;
	eprintln!("records on chain by block {} ({:?})", fixture.last_block, started.elapsed());

	sqlite.wait_for_block(fixture.recalled_block);
	check_graphql(&sqlite, &rpc, &fixture).await;
	check_trace(&sqlite, &fixture);
	check_contract_events(&sqlite, &fixture);
	check_claim_and_motion(&sqlite, &fixture);
	check_stream(&sqlite, &api, &fixture).await;
	check_epcis(&sqlite, &fixture);
	check_store(&sqlite_url, &api).await;
	check_bad_input(&sqlite);
	print_examples(&sqlite, fixture.gear);
	eprintln!("SQLite checked ({:?})", started.elapsed());

	// PostgreSQL catches up from genesis on a chain that already holds the records.
	match postgres.await.expect("the PostgreSQL task") {
		Some(pg) => {
			let indexer =
				Indexer::start_with(&node.url(), &pg.url, dir.join("postgres.log"), &with_bundles);
			indexer.wait_for_block(fixture.recalled_block);
			check_graphql(&indexer, &rpc, &fixture).await;
			check_trace(&indexer, &fixture);
			check_contract_events(&indexer, &fixture);
			check_claim_and_motion(&indexer, &fixture);
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
	// Indexed without the bundles, the contract's event is kept undecoded; started with
	// them, the indexer decodes it.
	let kept: Vec<(Option<String>, String)> =
		sqlx::query("SELECT event, contract FROM contract_events")
			.fetch_all(&open(&resumed_url).await)
			.await
			.expect("contract_events")
			.iter()
			.map(|r| (r.get(0), r.get(1)))
			.collect();
	assert_eq!(kept, [(None, fixture.escrow.clone())], "one event, undecoded");
	let indexer = Indexer::start_with(&node.url(), &resumed_url, log, &with_bundles);
	indexer.wait_for_block(fixture.recalled_block);
	check_store(&resumed_url, &api).await;
	check_graphql(&indexer, &rpc, &fixture).await;
	check_contract_events(&indexer, &fixture);
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
	let lot: u64 = storage_value(api, "Parts", "NextLotId").await;
	let warranty: u64 = storage_value(api, "Warranties", "NextWarrantyId").await;
	let claim: u64 = storage_value(api, "Warranties", "NextClaimId").await;
	let kestrel: u64 = 6;
	acme_produces_material(api).await;
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
			// 100 kg of steel, 40 kg split off, 10 kg of that into the second gear.
			call(
				"Parts",
				"register_lot",
				vec![
					("material", Value::from_bytes(b"42CrMo4 bar")),
					("quantity", Value::u128(100_000)),
					("unit", variant("Grams")),
					("certification", none()),
					("reported_at", none()),
				],
			),
			call(
				"Parts",
				"split_lot",
				vec![("lot", Value::u128(lot.into())), ("quantity", Value::u128(40_000))],
			),
			call(
				"Parts",
				"consume",
				vec![
					("lot", Value::u128((lot + 1).into())),
					("part", Value::u128((gear + 1).into())),
					("quantity", Value::u128(10_000)),
				],
			),
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
			// A new-part warranty for 1 000 blocks, and a reserve to pay claims from.
			call(
				"Warranties",
				"set_new_warranty_term",
				vec![("part_type", Value::u128(0)), ("term", Value::u128(1_000))],
			),
			call(
				"Warranties",
				"issue",
				vec![
					("part", Value::u128(gear.into())),
					("kind", variant("New")),
					("coverage", Value::from_bytes([3u8; 32])),
					("term", Value::u128(1_000)),
					("covers", Value::unnamed_composite([])),
				],
			),
			call("Warranties", "fund_reserve", vec![("amount", Value::u128(10 * CLAIM_ASKED))]),
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
	// Kestrel takes the gear and claims under its warranty (left open for Acme).
	let claim_call = call(
		"Warranties",
		"claim",
		vec![
			("warranty", Value::u128(warranty.into())),
			("evidence", Value::from_bytes([4u8; 32])),
			("asked", Value::u128(CLAIM_ASKED)),
		],
	);
	let last_block = submit_batch(
		api,
		&kestrel_admin,
		true,
		vec![accept("Ownership"), accept("Custody"), claim_call],
	)
	.await;
	// Alice proposes a council motion needing two ayes, left open.
	submit(
		api,
		&dev::alice(),
		true,
		"Council",
		"propose",
		vec![
			Value::u128(2),
			call("System", "remark_with_event", vec![("remark", Value::from_bytes(b"indexer"))]),
			Value::u128(1_000),
		],
	)
	.await;

	// Acme deploys the escrow contract and orders the gear back from Kestrel.
	let bundle = Bundle::load("escrow");
	// Finalized before the next transaction: its nonce is read at the finalized head.
	let deployed = submit(
		api,
		&dev::dave(),
		true,
		"Contracts",
		"instantiate_with_code",
		vec![
			Value::u128(0),
			gas_limit(),
			none(),
			Value::from_bytes(&bundle.wasm),
			Value::from_bytes(bundle.input("new", &[])),
			Value::from_bytes(b"indexer-test"),
		],
	)
	.await;
	let escrow = instantiated(api, deployed).await;
	let deadline = deployed + 1_000;
	let open = bundle.input(
		"open",
		&[
			Value::from_bytes(kestrel_admin.public_key().0),
			Value::unnamed_variant("Part", [Value::u128(gear.into())]),
			variant("Ownership"),
			Value::u128(deadline.into()),
			none(),
			none(),
			Value::unnamed_composite([]),
		],
	);
	let escrow_block = submit(
		api,
		&dev::dave(),
		true,
		"Contracts",
		"call",
		vec![
			Value::unnamed_variant("Id", [Value::from_bytes(escrow)]),
			Value::u128(ESCROW_AMOUNT),
			gas_limit(),
			none(),
			Value::from_bytes(open),
		],
	)
	.await;
	// Last, as the order above needs the gear free: Acme recalls every gear of type 0 it
	// made under certification 0, the two above among them.
	let recalled_block = submit(
		api,
		&dev::dave(),
		true,
		"Parts",
		"quarantine",
		vec![
			Value::named_variant(
				"Batch",
				[("part_type", Value::u128(0)), ("certification", Value::u128(0))],
			),
			Value::from_bytes(BATCH_NOTICE),
		],
	)
	.await;
	Fixture {
		gear,
		last_block,
		kestrel,
		lot,
		escrow: hex(&escrow),
		escrow_block,
		warranty,
		claim,
		recalled_block,
	}
}

/// Where-used and contents: the steel lot went, split, into the second gear, which is
/// installed in the gear Kestrel holds; and back down. Paths, edges, effective holders,
/// the limit, and bad or unknown input.
fn check_trace(indexer: &Indexer, f: &Fixture) {
	let (gear, lot) = (f.gear, f.lot);
	let fields = "items { kind id depth via path status owner custodian top } complete";
	let answer = indexer.query(&format!("{{ whereUsed(lot: {lot}) {{ {fields} }} }}"));
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let trace = &answer["data"]["whereUsed"];
	assert_eq!(trace["complete"], true);
	let items = trace["items"].as_array().expect("items");
	let steps: Vec<(String, u64, String)> = items
		.iter()
		.map(|i| {
			(
				i["kind"].as_str().unwrap().into(),
				i["id"].as_u64().unwrap(),
				i["via"].as_str().unwrap().into(),
			)
		})
		.collect();
	assert_eq!(
		steps,
		[
			("lot".into(), lot + 1, "Split".into()),
			("part".into(), gear + 1, "Consumed".into()),
			("part".into(), gear, "Installed".into())
		],
		"{answer}"
	);
	assert_eq!(
		items[2]["path"],
		json!([format!("lot:{}", lot + 1), format!("part:{}", gear + 1), format!("part:{gear}")])
	);
	assert_eq!(items[2]["depth"], 3);
	// The installed gear is where its assembly is: with Kestrel.
	assert_eq!(items[1]["status"], "Installed");
	assert_eq!(items[1]["top"], gear);
	assert_eq!(items[1]["owner"], f.kestrel, "its top's owner: {answer}");
	assert_eq!(items[1]["custodian"], f.kestrel);
	assert_eq!(items[0]["owner"], 2, "the split lot stays with Acme");
	assert_eq!(items[0]["status"], Json::Null);

	let answer = indexer.query(&format!("{{ contents(part: {gear}) {{ {fields} }} }}"));
	let down: Vec<String> = answer["data"]["contents"]["items"]
		.as_array()
		.expect("items")
		.iter()
		.map(|i| {
			format!("{}:{} {}", i["kind"].as_str().unwrap(), i["id"], i["via"].as_str().unwrap())
		})
		.collect();
	assert_eq!(
		down,
		[
			format!("part:{} Installed", gear + 1),
			format!("lot:{} Consumed", lot + 1),
			format!("lot:{lot} Split")
		],
		"{answer}"
	);
	let answer =
		indexer.query(&format!("{{ whereUsed(part: {gear}) {{ items {{ id }} complete }} }}"));
	assert_eq!(
		answer["data"]["whereUsed"],
		json!({ "items": [], "complete": true }),
		"the top is in nothing"
	);
	let answer = indexer
		.query(&format!("{{ whereUsed(lot: {lot}, limit: 1) {{ items {{ id }} complete }} }}"));
	assert_eq!(
		answer["data"]["whereUsed"],
		json!({ "items": [{ "id": lot + 1 }], "complete": false })
	);

	let answer = indexer.query("{ whereUsed(lot: 99999) { complete } }");
	assert_eq!(answer["data"]["whereUsed"], Json::Null, "an unknown lot: {answer}");
	for (query, reason) in [
		(
			format!("{{ whereUsed(part: {gear}, lot: {lot}) {{ complete }} }}"),
			"exactly one of part and lot",
		),
		("{ contents { complete } }".to_string(), "exactly one of part and lot"),
		(
			format!("{{ contents(part: {gear}, limit: 0) {{ complete }} }}"),
			"limit must be between 1 and 1000",
		),
	] {
		let answer = indexer.query(&query);
		let message = answer["errors"][0]["message"].as_str().unwrap_or_default();
		assert!(message.contains(reason), "{query}: {answer}");
	}
}

/// Kestrel's claim, open across all issuers and on the gear's passport, and Alice's motion,
/// open with no vote yet: the tables of schema version 5 in this store.
fn check_claim_and_motion(indexer: &Indexer, f: &Fixture) {
	let answer = indexer.query(&format!(
		r#"{{ open: claims(status: "Open") {{ edges {{ node {{
		       id warranty issuer claimant asked covered status respondBy }} }} }}
		     byIssuer: claims(issuer: 2, status: "Open") {{ edges {{ node {{ id }} }} }}
		     otherIssuer: claims(issuer: 3) {{ edges {{ node {{ id }} }} }}
		     passport(part: {gear}) {{
		       maker {{ name }}
		       certifiedWhenMade {{ certification {{ id }} standardCode valid madeUnder }}
		       warranties {{ id kind issuer openClaim claims {{ edges {{ node {{ id }} }} }} }}
		       top {{ id }}
		       recall {{ quarantine batch {{ partType certification reason sinceBlock }} }} }}
		     motions(status: "Open") {{ edges {{ node {{
		       hash proposalIndex proposer threshold call ayes nays endBlock status }} }} }} }}"#,
		gear = f.gear
	));
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let data = &answer["data"];
	let claims = data["open"]["edges"].as_array().expect("claims");
	assert_eq!(claims.len(), 1, "Kestrel's claim is the one open: {answer}");
	let claim = &claims[0]["node"];
	assert_eq!(claim["id"], f.claim);
	assert_eq!(claim["warranty"], f.warranty);
	assert_eq!(claim["issuer"], 2, "Acme issued the warranty");
	assert_eq!(claim["claimant"], f.kestrel);
	assert_eq!(claim["asked"], CLAIM_ASKED.to_string());
	assert_eq!(claim["covered"], CLAIM_ASKED.to_string(), "the reserve covers it");
	assert!(claim["respondBy"].as_u64().is_some_and(|b| b > f.last_block), "{claim}");
	assert_eq!(data["byIssuer"]["edges"][0]["node"]["id"], f.claim);
	assert_eq!(data["otherIssuer"]["edges"], json!([]));
	let passport = &data["passport"];
	assert_eq!(passport["maker"]["name"], "Acme Gears");
	assert_eq!(passport["top"]["id"], f.gear, "it stands alone");
	assert_eq!(
		passport["certifiedWhenMade"],
		json!([{ "certification": { "id": 0 }, "standardCode": "MSI 4100", "valid": true, "madeUnder": true }]),
		"made under Acme's certification 0, valid then: {answer}"
	);
	let warranty = &passport["warranties"][0];
	assert_eq!(warranty["id"], f.warranty);
	assert_eq!(warranty["kind"], "New");
	assert_eq!(warranty["openClaim"], f.claim, "the claim waits on it: {answer}");
	assert_eq!(warranty["claims"]["edges"][0]["node"]["id"], f.claim);
	assert_eq!(
		passport["recall"],
		json!({ "quarantine": null, "batch": {
			"partType": 0, "certification": 0, "reason": hex(&BATCH_NOTICE), "sinceBlock": f.recalled_block } }),
		"held by Acme's batch recall, not a recall of its own: {answer}"
	);

	let motions = data["motions"]["edges"].as_array().expect("motions");
	assert_eq!(motions.len(), 1, "{answer}");
	let motion = &motions[0]["node"];
	assert_eq!(motion["status"], "Open");
	assert_eq!(motion["threshold"], 2);
	assert_eq!(motion["proposer"], hex(&dev::alice().public_key().0));
	assert_eq!(
		motion["call"],
		json!({ "System": { "remark_with_event": { "remark": "indexer" } } })
	);
	assert_eq!((motion["ayes"].clone(), motion["nays"].clone()), (json!([]), json!([])));
	assert!(motion["endBlock"].as_u64().is_some_and(|b| b > f.last_block), "{motion}");
	let hash = motion["hash"].as_str().expect("a hash");
	let by_hash = indexer.query(&format!(
		r#"{{ motion(hash: "{}") {{ proposalIndex }} none: motion(hash: "0x00") {{ status }} }}"#,
		hash.to_uppercase().replace("0X", "0x")
	));
	assert_eq!(
		by_hash["data"],
		json!({ "motion": { "proposalIndex": motion["proposalIndex"] }, "none": null })
	);
}

/// The contract `Contracts.Instantiated` names in block `number`.
async fn instantiated(api: &Api, number: u64) -> [u8; 32] {
	use subxt::ext::codec::Decode;
	let at = api.at_block(number).await.expect("the block is readable");
	let events = at.events().fetch().await.expect("its events");
	for event in events.iter() {
		let event = event.expect("an event decodes");
		if event.pallet_name() == "Contracts" && event.event_name() == "Instantiated" {
			let (_deployer, contract) = <([u8; 32], [u8; 32])>::decode(&mut event.field_bytes())
				.expect("Instantiated is (deployer, contract)");
			return contract;
		}
	}
	panic!("block {number} instantiated no contract");
}

/// The escrow's `Opened`, decoded by the bundle's metadata (the indexer was given the
/// bundles): in `contractEvents` by the contract's name, event and account, and in
/// `events` as the runtime's `Contracts.ContractEmitted` carrying the decoded event, found
/// by the organisations and the part it names.
fn check_contract_events(indexer: &Indexer, f: &Fixture) {
	let answer = indexer.query(
		r#"{ contractEvents(contractName: "escrow", event: "Opened") { edges { node {
		     block index contract codeHash topics contractName event fields } } } }"#,
	);
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let edges = answer["data"]["contractEvents"]["edges"].as_array().expect("edges");
	assert_eq!(edges.len(), 1, "one order opened: {answer}");
	let opened = &edges[0]["node"];
	assert_eq!(opened["block"], f.escrow_block);
	assert_eq!(opened["contract"], f.escrow.as_str());
	assert!(opened["codeHash"].as_str().is_some_and(|h| h.len() == 66), "{opened}");
	assert_eq!(
		opened["topics"].as_array().map(Vec::len),
		Some(4),
		"signature, order, buyer, seller"
	);
	let fields = &opened["fields"];
	assert_eq!(fields["buyer_org"], 2, "Acme Gears buys: {fields}");
	assert_eq!(fields["seller_org"], f.kestrel, "from Kestrel: {fields}");
	assert_eq!(fields["buyer"], hex(&dev::dave().public_key().0));
	assert_eq!(fields["goods"], json!({ "Part": f.gear }));
	assert_eq!(fields["paid_on"], "Ownership");
	assert_eq!(fields["amount"], ESCROW_AMOUNT as u64);
	assert_eq!(fields["arbiter"], Json::Null);
	assert_eq!(fields["milestones"], json!([]));

	// By the contract's account, in any case; none of another contract.
	let upper = format!("0x{}", f.escrow[2..].to_uppercase());
	let by_account = indexer.query(&format!(
		r#"{{ contractEvents(contract: "{upper}") {{ edges {{ node {{ event index }} }} }} }}"#
	));
	let events: Vec<&Json> = by_account["data"]["contractEvents"]["edges"]
		.as_array()
		.expect("edges")
		.iter()
		.map(|e| &e["node"]["event"])
		.collect();
	assert_eq!(events, [&json!("Opened")], "{by_account}");
	let other = indexer.query(&format!(
		r#"{{ contractEvents(contract: "0x{}") {{ edges {{ cursor }} }} }}"#,
		"00".repeat(32)
	));
	assert_eq!(other["data"]["contractEvents"]["edges"], json!([]), "{other}");

	// The runtime's event carries it, about both organisations and the gear.
	for about in [
		format!("participant: {}", f.kestrel),
		"participant: 2".into(),
		format!("part: {}", f.gear),
	] {
		let answer = indexer.query(&format!(
			r#"{{ events(pallet: "Contracts", variant: "ContractEmitted", {about}) {{ edges {{ node {{ block index fields }} }} }} }}"#
		));
		let edges = answer["data"]["events"]["edges"].as_array().expect("edges");
		assert_eq!(edges.len(), 1, "{about}: {answer}");
		let node = &edges[0]["node"];
		assert_eq!(node["index"], opened["index"], "the same event");
		assert_eq!(node["fields"]["contract"], f.escrow.as_str());
		assert_eq!(node["fields"]["decoded"]["event"], "Opened");
		assert_eq!(node["fields"]["decoded"]["contract_name"], "escrow");
		assert_eq!(node["fields"]["decoded"]["fields"], *fields);
	}

	// An account that is not one is refused with the reason.
	let bad = indexer.query(r#"{ contractEvents(contract: "0x12") { edges { cursor } } }"#);
	let message = bad["errors"][0]["message"].as_str().unwrap_or_default();
	assert!(message.contains("not an account"), "{bad}");
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
	// Newest first, and at most two in all, through the links.
	let follow = |first: &str| {
		let mut got = Vec::new();
		let mut next = Some(first.to_string());
		while let Some(path) = next {
			let (head, doc) = get(&path);
			got.extend(ids(&doc));
			next = header(&head, "link").map(|l| l[1..l.find('>').expect("<…>")].to_string());
			assert!(got.len() <= all.len(), "paging ends");
		}
		got
	};
	let newest_first = follow(
		"/epcis/events?EQ_bizStep=commissioning&perPage=1&orderBy=eventTime&orderDirection=DESC",
	);
	assert_eq!(newest_first, all.iter().rev().cloned().collect::<Vec<_>>());
	let two = follow("/epcis/events?EQ_bizStep=commissioning&perPage=1&eventCountLimit=2");
	assert_eq!(two, all[..2.min(all.len())].to_vec(), "eventCountLimit stops the pages");
	// What was installed in the gear: the install, by its parent.
	let (_, doc) = get(&format!("/epcis/events?MATCH_parentID={}", encode(gear)));
	assert_eq!(ids(&doc), vec![install["eventID"].clone()]);
	let (_, doc) = get(&format!(
		"/epcis/events?EQ_eventID={}",
		encode(install["eventID"].as_str().expect("an id"))
	));
	assert_eq!(ids(&doc), vec![install["eventID"].clone()], "by its id");
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
		("orderBy=recordTime", "orderBy"),
		("orderDirection=up", "orderDirection"),
		("eventCountLimit=0", "eventCountLimit"),
		("EQ_readPoint=x", "EQ_readPoint"),
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
	// Production per capacity period from the events, against the chain's own counter:
	// certification 0 was issued at genesis for 10 000 units a year of blocks, so this chain
	// is in its first period.
	let answer = indexer.query(
		"{ certification(id: 0) { record usage production(periods: 3) { period fromBlock used capacity } } \
		   events(certification: 0, variant: \"ProductionRegistered\") { edges { node { fields } } } }",
	);
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let production = &answer["data"]["certification"]["production"];
	let issued_at = &answer["data"]["certification"]["record"]["issued_at"];
	assert_eq!(
		*production,
		json!([{ "period": 0, "fromBlock": issued_at, "used": 2, "capacity": 10_000 }]),
		"{answer}"
	);
	assert_eq!(production[0]["used"], answer["data"]["certification"]["usage"]["used"]);
	let registered = answer["data"]["events"]["edges"].as_array().expect("edges");
	assert_eq!(registered.len(), 2, "an event per gear, found by its certification: {answer}");
	let refused = indexer.query("{ certification(id: 0) { production(periods: 0) { used } } }");
	assert!(refused["errors"][0]["message"]
		.as_str()
		.unwrap_or_default()
		.contains("periods must be"));

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
