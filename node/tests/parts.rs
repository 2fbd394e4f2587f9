//! End-to-end: a part's life on a real dev node — registered under a certification
//! with a physical tag, assembled, sold by offer and goods receipt, its tag checked
//! without a transaction and scanned on chain — read back through amchain's JSON-RPC
//! methods (`amchain_part`, `amchain_history`, `amchain_checkTag`, …).

mod common;

use amchain_primitives::participants::Role;
use common::{
	accredit_auditor, call, certify, contracts::onboard, create_part_type, define_standard, hex,
	history, issue_certification, keypair, next_id, none, part, rpc_error, some, submit,
	submit_batch, DevNode,
};
use subxt::{dynamic::Value, rpcs::rpc_params};
use subxt_signer::sr25519::Keypair;

fn ownership() -> Value {
	common::variant("Ownership")
}

/// Signs `message` with the tag's key: the JSON `amchain_checkTag` takes.
fn tag_signature(tag: &Keypair, message: &[u8]) -> serde_json::Value {
	serde_json::json!({ "scheme": "sr25519", "signature": hex(&tag.sign(message).0) })
}

#[tokio::test(flavor = "multi_thread")]
async fn a_part_is_made_assembled_sold_and_proven_genuine_over_rpc() {
	let node = DevNode::start("parts");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (iso, tuv, acme, buyer) =
		(keypair("iso"), keypair("tuv"), keypair("acme"), keypair("buyer"));
	let tag = keypair("gearbox-tag");

	// Alice (the dev registrar) funds and registers the organisations, after the dev
	// chain's own (docs/dev-chain.md): ISO, TUV, Acme, the buyer. ISO defines a standard
	// and accredits TUV, TUV certifies Acme.
	let standard = next_id(&api, "Certifications", "NextStandardId").await;
	let certification = next_id(&api, "Certifications", "NextCertificationId").await;
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	let orgs: [(&Keypair, &str, &[Role]); 4] = [
		(&iso, "ISO", &[Role::StandardsOrganisation]),
		(&tuv, "TUV", &[Role::Auditor]),
		(&acme, "Acme Gears", &[Role::Manufacturer, Role::Producer]),
		(&buyer, "Buyer", &[Role::Customer]),
	];
	let first = onboard(&api, &orgs, &[]).await;
	let (tuv_id, acme_id, buyer_id) = (first + 1, first + 2, first + 3);
	let define = define_standard(b"ISO 9001", 2015, b"https://www.iso.org");
	let issue = issue_certification(acme_id, standard, b"Glasgow plant", 1_000, 1_000);
	certify(&api, &iso, (define, accredit_auditor(standard, tuv_id)), &tuv, issue, &acme).await;

	// Acme defines the gearbox type, registers a tagged gearbox (part 0) and a gear
	// (part 1), installs the gear and offers the gearbox to the buyer.
	let register_part = |serial: &[u8], tag_key: Value| {
		call(
			"Parts",
			"register_part",
			vec![
				("part_type", Value::u128(part_type.into())),
				("serial", Value::from_bytes(serial)),
				("certification", some(Value::u128(certification.into()))),
				("tag", tag_key),
				("reported_at", some(Value::u128(1_764_000_000_000_000))),
			],
		)
	};
	submit_batch(
		&api,
		&acme,
		vec![
			create_part_type(b"04012345000017", b"https://acme.example/gearbox", &[standard]),
			register_part(
				b"GB-1",
				some(Value::unnamed_variant("Sr25519", [Value::from_bytes(tag.public_key().0)])),
			),
			register_part(b"G-1", none()),
			call("Parts", "install", vec![("part", Value::u128(1)), ("parent", Value::u128(0))]),
			call(
				"Parts",
				"offer",
				vec![
					("item", part(0)),
					("handover", ownership()),
					("to", Value::u128(buyer_id.into())),
				],
			),
		],
	)
	.await;
	// Goods receipt: the buyer accepts.
	submit(&api, &buyer, "Parts", "accept_offer", vec![part(0), ownership(), none()]).await;

	let gearbox: serde_json::Value =
		rpc.request("amchain_part", rpc_params![0]).await.expect("amchain_part answers");
	assert_eq!(gearbox["serial"], "GB-1");
	assert_eq!(gearbox["owner"], buyer_id, "the buyer owns it");
	assert_eq!(gearbox["custodian"], acme_id, "Acme still holds it");
	assert_eq!(gearbox["status"], "active");
	assert_eq!(gearbox["children"], 1);
	assert_eq!(gearbox["tag"]["scheme"], "sr25519");
	let gear: serde_json::Value =
		rpc.request("amchain_part", rpc_params![1]).await.expect("amchain_part answers");
	assert_eq!(gear["status"], "installed");
	assert_eq!(gear["owner"], buyer_id, "an installed part moves with its parent");
	let unknown: serde_json::Value =
		rpc.request("amchain_part", rpc_params![99]).await.expect("answers");
	assert!(unknown.is_null());

	let by_serial: Option<u64> = rpc
		.request("amchain_partBySerial", rpc_params![part_type, "GB-1"])
		.await
		.expect("amchain_partBySerial answers");
	assert_eq!(by_serial, Some(0));
	let owned: Vec<u64> = rpc
		.request("amchain_partsOf", rpc_params![buyer_id, None::<u64>, 10])
		.await
		.expect("answers");
	assert_eq!(owned, vec![0]);
	let installed: Vec<u64> =
		rpc.request("amchain_children", rpc_params![0, None::<u64>, 10]).await.expect("answers");
	assert_eq!(installed, vec![1]);
	let spec: serde_json::Value =
		rpc.request("amchain_partType", rpc_params![part_type]).await.expect("answers");
	assert_eq!(spec["code"], "04012345000017");

	// A verifier's view (public on a members-only node), by what it reads off the part:
	// identity, maker and its standing when the part was made, status, recall state; no id,
	// no holder, no history.
	let verify = |serial: &str, proof: serde_json::Value| {
		let rpc = rpc.clone();
		let serial = serial.to_string();
		async move {
			rpc.request::<serde_json::Value>(
				"amchain_verifyPart",
				rpc_params![part_type, serial, proof],
			)
			.await
			.expect("amchain_verifyPart answers")
		}
	};
	let verified = verify("GB-1", serde_json::Value::Null).await;
	assert_eq!(verified["serial"], "GB-1");
	assert_eq!(verified["code"], "04012345000017");
	assert_eq!(verified["maker"], acme_id);
	assert_eq!(verified["makerName"], "Acme Gears");
	assert_eq!(verified["certification"], certification);
	assert_eq!(
		verified["standards"],
		serde_json::json!([{ "standard": standard, "certified": true }])
	);
	assert_eq!(verified["madeCertified"], true);
	assert_eq!(
		(&verified["tagged"], &verified["tag"]),
		(&serde_json::json!(true), &serde_json::Value::Null)
	);
	assert_eq!(verified["status"], "active");
	assert_eq!(verified["quarantined"], false);
	for private in ["id", "part", "owner", "custodian", "parent", "children", "records"] {
		assert!(
			verified.get(private).is_none(),
			"{private} is not a verifier's business: {verified}"
		);
	}
	let gear = verify("G-1", serde_json::Value::Null).await;
	assert_eq!(
		(gear["status"].as_str(), gear["tagged"].as_bool()),
		(Some("installed"), Some(false))
	);
	assert!(verify("GB-99", serde_json::Value::Null).await.is_null(), "an unknown serial");

	// Provenance, newest first, a page of two: the acceptance, then the offer.
	let page = history(&rpc, 0, "newestFirst", 0, 2).await;
	assert_eq!(page["total"], 4, "registered, child installed, offered, accepted");
	assert_eq!(page["records"][0]["index"], 3);
	assert_eq!(page["records"][0]["kind"]["accepted"]["from"], acme_id);
	assert_eq!(page["records"][1]["kind"]["offered"]["to"], buyer_id);
	let oldest = history(&rpc, 0, "oldestFirst", 0, 1).await;
	assert_eq!(oldest["records"][0]["kind"]["registered"]["certification"], certification);
	assert_eq!(oldest["records"][0]["reportedAt"], 1_764_000_000_000_000u64);
	let unknown = history(&rpc, 99, "oldestFirst", 0, 1).await;
	assert!(unknown.is_null(), "no history for a part that does not exist");

	// Authenticity without a transaction: the chain hands out a challenge, the tag signs it.
	let challenge: serde_json::Value = rpc
		.request("amchain_tagChallenge", rpc_params![hex(&[5u8; 16])])
		.await
		.expect("amchain_tagChallenge answers");
	let message = common::unhex(challenge["message"].as_str().expect("message to sign"));
	let verdict = |signer: &Keypair| {
		let challenge = challenge.clone();
		let signature = tag_signature(signer, &message);
		let rpc = rpc.clone();
		async move {
			rpc.request::<String>("amchain_checkTag", rpc_params![0, challenge, signature])
				.await
				.expect("amchain_checkTag answers")
		}
	};
	assert_eq!(verdict(&tag).await, "authentic");
	assert_eq!(verdict(&keypair("cloned-tag")).await, "wrongKey");
	// The verifier's query takes the same proof: the part in hand is the registered one,
	// or it carries a cloned tag.
	let proof = |signer: &Keypair| serde_json::json!({ "challenge": challenge, "signature": tag_signature(signer, &message) });
	assert_eq!(verify("GB-1", proof(&tag)).await["tag"], "authentic");
	assert_eq!(verify("GB-1", proof(&keypair("cloned-tag"))).await["tag"], "wrongKey");
	assert_eq!(verify("G-1", proof(&tag)).await["tag"], "noTag");
	let (code, message_text) = rpc_error(
		rpc.request::<String>(
			"amchain_checkTag",
			rpc_params![
				0,
				challenge.clone(),
				serde_json::json!({"scheme": "rsa", "signature": "0x00"})
			],
		)
		.await
		.expect_err("an unknown scheme is refused"),
	);
	assert_eq!(code, -32602);
	assert!(message_text.contains("unknown signature scheme"), "{message_text}");

	// The buyer records the scan on chain; the same challenge is then a replay.
	let signature = tag.sign(&message).0;
	let challenge_value = Value::named_composite([
		("block", Value::u128(challenge["block"].as_u64().expect("block") as u128)),
		(
			"block_hash",
			Value::from_bytes(common::unhex(challenge["blockHash"].as_str().expect("hash"))),
		),
		("nonce", Value::from_bytes([5u8; 16])),
	]);
	submit(
		&api,
		&buyer,
		"Parts",
		"record_scan",
		vec![
			Value::u128(0),
			challenge_value,
			Value::unnamed_variant("Sr25519", [Value::from_bytes(signature)]),
			none(),
		],
	)
	.await;
	assert_eq!(verdict(&tag).await, "replayed");
	let page = history(&rpc, 0, "newestFirst", 0, 1).await;
	assert_eq!(page["records"][0]["kind"], "scanned");

	// A recall that reaches what was made from a lot (the recall cascade): Acme melts a
	// lot, makes a shaft of it and recalls the lot; the next block holds the shaft, and
	// amchain_recallImpact shows it with its path from the lot.
	let lot = next_id(&api, "Parts", "NextLotId").await;
	let shaft = next_id(&api, "Parts", "NextPartId").await;
	submit_batch(
		&api,
		&acme,
		vec![
			call(
				"Parts",
				"register_lot",
				vec![
					("material", Value::from_bytes(b"42CrMo4")),
					("quantity", Value::u128(1_000)),
					("unit", common::variant("Grams")),
					("certification", none()),
					("reported_at", none()),
				],
			),
			register_part(b"S-1", none()),
			call(
				"Parts",
				"consume",
				vec![
					("lot", Value::u128(lot.into())),
					("part", Value::u128(shaft.into())),
					("quantity", Value::u128(10)),
				],
			),
			call(
				"Parts",
				"recall",
				vec![
					("target", Value::unnamed_variant("Lot", [Value::u128(lot.into())])),
					("reason", Value::from_bytes([9u8; 32])),
				],
			),
		],
	)
	.await;
	let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
	let impact = loop {
		let impact: serde_json::Value = rpc
			.request(
				"amchain_recallImpact",
				rpc_params![serde_json::json!({ "lot": lot }), None::<u64>, 10],
			)
			.await
			.expect("amchain_recallImpact answers");
		if impact["stage"] == "held" {
			break impact;
		}
		assert!(std::time::Instant::now() < deadline, "the cascade did not finish: {impact}");
		tokio::time::sleep(std::time::Duration::from_millis(500)).await;
	};
	assert_eq!((impact["held"].as_u64(), impact["queued"].as_u64()), (Some(1), Some(0)));
	assert_eq!(
		impact["entries"],
		serde_json::json!([{ "part": shaft, "path": [{ "lot": lot }, { "part": shaft }], "assemblies": [] }])
	);
	let held: serde_json::Value =
		rpc.request("amchain_part", rpc_params![shaft]).await.expect("answers");
	assert_eq!(held["quarantined"], true, "held by the recall of its lot");
	let record = history(&rpc, shaft.into(), "newestFirst", 0, 1).await;
	assert_eq!(record["records"][0]["kind"]["held"]["cause"]["lot"], lot);
	let none_yet: serde_json::Value = rpc
		.request(
			"amchain_recallImpact",
			rpc_params![serde_json::json!({ "lot": lot + 1 }), None::<u64>, 10],
		)
		.await
		.expect("answers");
	assert!(none_yet.is_null(), "no cascade for a lot never recalled");
}
