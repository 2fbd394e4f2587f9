//! End-to-end, and the walk-through `scripts/circular-demo.sh` prints: one part through
//! two lives on a real dev node — made and warranted new, sold, returned as a core,
//! graded, sold on the core market, remanufactured under licence (the test lab
//! co-signing the outcome) and warranted again —
//! read back over JSON-RPC (`amchain_part`, `amchain_warrantiesOf`, `amchain_history`).
//! Under the first warranty the customer files a claim that Acme approves from its reserve.
//! Then the indexer follows the same chain from genesis, and a part's passport, the core
//! market's listing and bid, the claim and the council's motions are asked of its GraphQL.

mod common;

use amchain_primitives::participants::Role;

use common::{
	accept_certification, accredit_auditor, call, contracts::onboard, create_part_type,
	define_standard, indexer::Indexer, issue_certification, keypair, next_id, none, part, submit,
	submit_batch, variant, DevNode,
};
use subxt::{dynamic::Value, rpcs::rpc_params};
use subxt_signer::sr25519::Keypair;

/// One token (12 decimals).
const UNIT: u128 = 1_000_000_000_000;

fn hash(n: u8) -> Value {
	Value::from_bytes([n; 32])
}

/// Part 0's `handover` offered to the participant `to` (the customer).
fn offer(handover: &str, to: u32) -> Value {
	call(
		"Parts",
		"offer",
		vec![("item", part(0)), ("handover", variant(handover)), ("to", Value::u128(to.into()))],
	)
}

fn accept(handover: &str) -> Value {
	call(
		"Parts",
		"accept_offer",
		vec![("item", part(0)), ("handover", variant(handover)), ("reported_at", none())],
	)
}

/// A warranty of `kind` on part 0 for `term` blocks.
fn issue(kind: &str, coverage: u8, term: u128) -> Value {
	call(
		"Warranties",
		"issue",
		vec![
			("part", Value::u128(0)),
			("kind", variant(kind)),
			("coverage", hash(coverage)),
			("term", Value::u128(term)),
			("covers", Value::unnamed_composite([])),
		],
	)
}

fn step(text: &str) {
	println!("==> {text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_part_lives_twice_remanufactured_under_licence_and_warranted_again() {
	let node = DevNode::start("circular");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let [iso, tuv, inspector, lab, acme, reman, customer] =
		["iso", "tuv", "inspector", "lab", "acme", "reman", "customer"].map(keypair);

	step("Alice funds seven organisations, the council registers them after the dev chain's own");
	let grading = next_id(&api, "Certifications", "NextStandardId").await;
	let testing = grading + 1;
	let part_type = u128::from(next_id(&api, "Parts", "NextPartTypeId").await);
	// Only governance grants the standards-organisation and auditor roles.
	let orgs: [(&Keypair, &str, &[Role]); 7] = [
		(&iso, "ISO", &[Role::StandardsOrganisation]),
		(&tuv, "TUV", &[Role::Auditor]),
		(&inspector, "Core inspector", &[Role::Auditor]),
		(&lab, "Test lab", &[Role::Auditor]),
		(&acme, "Acme (OEM)", &[Role::Manufacturer]),
		(&reman, "Reman Ltd", &[Role::Remanufacturer]),
		(&customer, "Customer", &[Role::Customer]),
	];
	let first = onboard(&api, &orgs, &[]).await;
	let (tuv_id, inspector_id, lab_id) = (first + 1, u128::from(first + 2), u128::from(first + 3));
	let (reman_id, customer_id) = (u128::from(first + 5), first + 6);

	step("ISO defines a grading and a testing standard; TUV certifies the inspector and the lab");
	let standard = |code: &[u8]| define_standard(code, 1, b"https://www.iso.org");
	submit_batch(
		&api,
		&iso,
		vec![
			standard(b"CORE-GRADING"),
			standard(b"REMAN-TEST"),
			accredit_auditor(grading, tuv_id),
			accredit_auditor(testing, tuv_id),
		],
	)
	.await;
	let certify = |holder: u128, s: u32| issue_certification(holder as u32, s, b"site", 100, 1_000);
	let issued = next_id(&api, "Certifications", "NextCertificationId").await;
	submit_batch(&api, &tuv, vec![certify(inspector_id, grading), certify(lab_id, testing)]).await;
	// Each certification counts once its holder accepts it.
	submit_batch(&api, &inspector, vec![accept_certification(issued)]).await;
	submit_batch(&api, &lab, vec![accept_certification(issued + 1)]).await;

	step("Life 1: Acme defines the part type, its core policy and new-warranty term (100 blocks), makes part 0, warrants it new and sells it");
	submit_batch(
		&api,
		&acme,
		vec![
			create_part_type(b"04012345000024", b"https://acme.example/starter", &[]),
			call(
				"Cores",
				"set_policy",
				vec![
					("part_type", Value::u128(part_type)),
					("grading_standard", Value::u128(grading.into())),
					("testing_standard", Value::u128(testing.into())),
				],
			),
			call(
				"Warranties",
				"set_new_warranty_term",
				vec![("part_type", Value::u128(part_type)), ("term", Value::u128(100))],
			),
			call(
				"Parts",
				"register_part",
				vec![
					("part_type", Value::u128(part_type)),
					("serial", Value::from_bytes(b"ST-1")),
					("certification", none()),
					("tag", none()),
					("reported_at", none()),
				],
			),
			issue("New", 3, 100),
			call("Warranties", "fund_reserve", vec![("amount", Value::u128(10 * UNIT))]),
			offer("Ownership", customer_id),
			offer("Custody", customer_id),
		],
	)
	.await;
	step("The customer takes it and claims 2 AMC under the warranty; Acme approves, paid from its reserve");
	submit_batch(
		&api,
		&customer,
		vec![
			accept("Ownership"),
			accept("Custody"),
			call(
				"Warranties",
				"claim",
				vec![
					("warranty", Value::u128(0)),
					("evidence", hash(10)),
					("asked", Value::u128(2 * UNIT)),
				],
			),
		],
	)
	.await;
	submit(
		&api,
		&acme,
		"Warranties",
		"approve",
		vec![Value::u128(0), hash(11), Value::u128(2 * UNIT)],
	)
	.await;
	let warranties: serde_json::Value = rpc
		.request("amchain_warrantiesOf", rpc_params![0, None::<u64>, 10])
		.await
		.expect("answers");
	assert_eq!(warranties[0]["kind"], "new");
	assert_eq!(warranties[0]["active"], true, "held by whoever owns the part: the customer");

	step("End of life 1: the customer returns it as a core and lets the inspector grade it (A)");
	submit_batch(
		&api,
		&customer,
		vec![
			call(
				"Cores",
				"return_core",
				vec![("part", Value::u128(0)), ("report", hash(4)), ("charge", none())],
			),
			call(
				"Parts",
				"authorise",
				vec![
					("item", part(0)),
					("participant", Value::u128(inspector_id)),
					("until", none()),
				],
			),
		],
	)
	.await;
	submit(&api, &inspector, "Cores", "grade", vec![Value::u128(0), variant("A"), hash(5)]).await;

	step("The core market: the customer lists it (reserve 1 AMC), Reman bids 2 AMC (held), the customer accepts");
	submit(&api, &customer, "Cores", "list", vec![Value::u128(0), Value::u128(UNIT)]).await;
	submit(&api, &reman, "Cores", "bid", vec![Value::u128(0), Value::u128(2 * UNIT)]).await;
	submit(&api, &customer, "Cores", "accept_bid", vec![Value::u128(0)]).await;
	let core: serde_json::Value =
		rpc.request("amchain_part", rpc_params![0]).await.expect("answers");
	assert_eq!(core["status"], "returnedAsCore");
	assert_eq!(core["owner"], reman_id as u64, "ownership moved with the payment");

	step("Acme licenses Reman (5 units per 1000 blocks); Reman remanufactures it, the lab co-signs its test report: life 2 begins");
	submit(
		&api,
		&acme,
		"Cores",
		"grant_licence",
		vec![
			Value::u128(part_type),
			Value::u128(reman_id),
			Value::u128(5),
			Value::u128(1_000),
			Value::u128(1_000_000),
			hash(6),
		],
	)
	.await;
	submit(
		&api,
		&reman,
		"Cores",
		"record_outcome",
		vec![Value::u128(0), variant("Remanufactured"), hash(7), hash(8), Value::u128(lab_id)],
	)
	.await;
	// The outcome takes effect when the tester named in it confirms the report.
	submit(
		&api,
		&lab,
		"Cores",
		"confirm_outcome",
		vec![Value::u128(0), variant("Remanufactured"), hash(8)],
	)
	.await;
	submit_batch(&api, &reman, vec![issue("Remanufactured", 9, 150)]).await;

	step("Read back over JSON-RPC");
	let reborn: serde_json::Value =
		rpc.request("amchain_part", rpc_params![0]).await.expect("answers");
	assert_eq!(reborn["status"], "active");
	assert_eq!(reborn["life"], 2);
	let warranties: serde_json::Value = rpc
		.request("amchain_warrantiesOf", rpc_params![0, None::<u64>, 10])
		.await
		.expect("answers");
	let mut rows: Vec<(String, u64, bool)> = warranties
		.as_array()
		.expect("a list")
		.iter()
		.map(|w| {
			(
				w["kind"].as_str().expect("kind").to_string(),
				w["life"].as_u64().expect("life"),
				w["active"].as_bool().expect("active"),
			)
		})
		.collect();
	rows.sort_by_key(|(_, life, _)| *life);
	assert_eq!(
		rows,
		vec![("new".into(), 1, false), ("remanufactured".into(), 2, true)],
		"life 1's warranty lapsed with it; life 2's is in force"
	);
	let history = common::history(&rpc, 0, "oldestFirst", 0, 100).await;
	let kinds: Vec<String> = history["records"]
		.as_array()
		.expect("records")
		.iter()
		.map(|r| match &r["kind"] {
			serde_json::Value::String(s) => s.clone(),
			other => other.as_object().and_then(|o| o.keys().next().cloned()).unwrap_or_default(),
		})
		.collect();
	println!("part 0's history: {}", kinds.join(" → "));
	assert_eq!(kinds.first().map(String::as_str), Some("registered"));
	assert_eq!(kinds.iter().filter(|k| *k == "statusChanged").count(), 2, "returned, then reborn");
	assert!(kinds.contains(&"inspection".to_string()), "the grading is in the history");
	println!("{}", serde_json::to_string_pretty(&warranties).expect("json"));

	step("The indexer follows the chain from genesis: the part's passport, the market, the claim and the motions");
	let scratch = node.base_path().with_file_name("index");
	std::fs::create_dir_all(&scratch).expect("scratch directory");
	let indexer = Indexer::start(&node.url(), &scratch);
	let finalized: serde_json::Value =
		rpc.request("chain_getFinalizedHead", rpc_params![]).await.expect("answers");
	let header: serde_json::Value =
		rpc.request("chain_getHeader", rpc_params![finalized]).await.expect("answers");
	let finalized = u64::from_str_radix(
		header["number"].as_str().expect("a number").trim_start_matches("0x"),
		16,
	)
	.expect("hex");
	indexer.wait_for_block(finalized, std::time::Duration::from_secs(180));
	check_index(&indexer, reman_id as u64, customer_id as u64);
	drop(indexer);
}

/// The indexer's tables of schema version 5 on this chain, against what the test did.
fn check_index(indexer: &Indexer, reman: u64, customer: u64) {
	use serde_json::json;
	let answer = indexer.query(&format!(
		r#"{{ passport(part: 0) {{
		       part {{ id life status owner }}
		       maker {{ name }}
		       registeredAt
		       certifiedWhenMade {{ valid }}
		       warranties {{ id life kind issuer voided openClaim }}
		       claims {{ id warranty issuer claimant asked covered status }}
		       core {{ part life grade live endedBy }}
		       listing {{ part seller reserve live endedBy bids {{ edges {{ node {{
		         bidder amount live endedBy }} }} }} }}
		       coreDeposits {{ id }}
		       recall {{ quarantine quarantinedContents {{ items {{ id }} complete }} }}
		       history(first: 100) {{ edges {{ node {{ kind }} }} }} }}
		     open: claims(status: "Open") {{ edges {{ node {{ id }} }} }}
		     approved: claims(status: "Approved") {{ edges {{ node {{ id issuer }} }} }}
		     executed: motions(status: "Executed") {{ edges {{ node {{
		       proposalIndex threshold call ayes status result }} }} }}
		     openMotions: motions(status: "Open") {{ edges {{ node {{ hash }} }} }}
		     ended: listings(live: false) {{ edges {{ node {{ part endedBy }} }} }}
		     live: listings(live: true) {{ edges {{ node {{ part }} }} }}
		     won: bids(bidder: {reman}) {{ edges {{ node {{ part live endedBy }} }} }}
		     unknown: passport(part: 999) {{ registeredAt }} }}"#
	));
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let data = &answer["data"];
	let passport = &data["passport"];
	assert_eq!(passport["part"]["life"], 2, "{answer}");
	assert_eq!(passport["part"]["status"], "Active");
	assert_eq!(passport["part"]["owner"], reman, "Reman bought the core and remade it");
	assert_eq!(passport["maker"]["name"], "Acme (OEM)");
	assert_eq!(passport["certifiedWhenMade"], json!([]), "Acme holds no certification here");
	let warranties: Vec<(u64, String)> = passport["warranties"]
		.as_array()
		.expect("warranties")
		.iter()
		.map(|w| (w["life"].as_u64().expect("life"), w["kind"].as_str().expect("kind").into()))
		.collect();
	assert_eq!(warranties, [(1, "New".into()), (2, "Remanufactured".into())], "{answer}");
	assert_eq!(passport["warranties"][0]["openClaim"], serde_json::Value::Null, "decided");
	let claim = &passport["claims"][0];
	assert_eq!(passport["claims"].as_array().map(Vec::len), Some(1), "{answer}");
	assert_eq!(claim["status"], "Approved");
	assert_eq!(claim["claimant"], customer);
	assert_eq!(claim["issuer"], passport["warranties"][0]["issuer"], "copied from the warranty");
	assert_eq!(claim["asked"], (2 * UNIT).to_string());
	assert_eq!(data["open"]["edges"], json!([]), "no claim is open: {answer}");
	assert_eq!(data["approved"]["edges"][0]["node"]["id"], 0);
	// The core's record ended when the outcome started life 2; its listing when it sold,
	// and the bid with it.
	let core = &passport["core"];
	assert_eq!((core["life"].as_u64(), core["grade"].as_str()), (Some(1), Some("A")), "{answer}");
	assert_eq!(core["live"], false);
	assert!(core["endedBy"].as_str().is_some_and(|e| e.starts_with("Cores.")), "{core}");
	let listing = &passport["listing"];
	assert_eq!(listing["live"], false);
	assert_eq!(listing["endedBy"], "Cores.Sold");
	assert_eq!(listing["reserve"], UNIT.to_string());
	assert_eq!(
		listing["bids"]["edges"][0]["node"],
		json!({ "bidder": reman, "amount": (2 * UNIT).to_string(), "live": false, "endedBy": "Cores.Sold" }),
		"{answer}"
	);
	assert_eq!(data["won"]["edges"][0]["node"]["endedBy"], "Cores.Sold");
	assert_eq!(data["ended"]["edges"][0]["node"], json!({ "part": 0, "endedBy": "Cores.Sold" }));
	assert_eq!(data["live"]["edges"], json!([]));
	assert_eq!(passport["recall"]["quarantine"], serde_json::Value::Null);
	assert_eq!(passport["recall"]["quarantinedContents"], json!({ "items": [], "complete": true }));
	assert!(
		passport["history"]["edges"].as_array().is_some_and(|e| e.len() > 5),
		"its history: {answer}"
	);
	assert_eq!(data["unknown"], serde_json::Value::Null);
	// The council registered the organisations: its motion passed and ran.
	let motions = data["executed"]["edges"].as_array().expect("motions");
	assert!(!motions.is_empty(), "{answer}");
	let motion = &motions[0]["node"];
	assert_eq!(motion["status"], "Executed");
	assert_eq!(motion["result"], json!({ "Ok": [] }), "{motion}");
	assert!(motion["call"]["Utility"]["batch_all"].is_object(), "the proposed call: {motion}");
	assert_eq!(motion["ayes"].as_array().map(Vec::len), Some(2), "Alice and Bob: {motion}");
	assert_eq!(data["openMotions"]["edges"], json!([]));
}
