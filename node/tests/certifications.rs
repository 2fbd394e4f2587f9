//! End-to-end: the consortium's trust flow on a real dev node, driven by signed
//! extrinsics from subxt and read back through amchain's JSON-RPC methods and the
//! `CertificationsApi` runtime API (`state_call`).

mod common;

use amchain_primitives::participants::Role;

use codec::{Decode, Encode};
use common::{
	account, accredit_auditor, certify, contracts::onboard, define_standard, hex,
	issue_certification, keypair, next_id, unhex, DevNode,
};
use subxt::{
	dynamic::{self, Value},
	rpcs::rpc_params,
};
use subxt_signer::sr25519::Keypair;

#[tokio::test(flavor = "multi_thread")]
async fn a_certification_issued_on_chain_is_visible_over_rpc() {
	let node = DevNode::start("certifications");
	let api = node.client().await;
	let rpc = node.rpc().await;

	let (iso, tuv, acme) = (keypair("iso"), keypair("tuv"), keypair("acme"));
	// The ids this test's records get, after the dev chain's genesis consortium.
	let standard = next_id(&api, "Certifications", "NextStandardId").await;
	let certification = next_id(&api, "Certifications", "NextCertificationId").await;

	// Alice funds the three organisations' admin accounts; the council registers them (only
	// governance grants the standards-organisation and auditor roles).
	let orgs: [(&Keypair, &str, &[Role]); 3] = [
		(&iso, "ISO", &[Role::StandardsOrganisation]),
		(&tuv, "TUV", &[Role::Auditor]),
		(&acme, "Acme Gears", &[Role::Manufacturer]),
	];
	let first = onboard(&api, &orgs, &[]).await;
	let (tuv_id, acme_id) = (first + 1, first + 2);

	let membership: serde_json::Value = rpc
		.request("amchain_membership", rpc_params![account(&acme).to_string()])
		.await
		.expect("amchain_membership answers");
	assert_eq!(membership["participant"], acme_id);
	assert_eq!(membership["kind"], "admin");
	assert_eq!(membership["roles"]["names"], serde_json::json!(["manufacturer"]));

	// ISO defines a standard and accredits TUV; TUV certifies Acme.
	let define = define_standard(b"ISO 9001", 2015, b"https://www.iso.org/standard/62085.html");
	let issue = issue_certification(acme_id, standard, b"Glasgow plant, gear cutting", 10_000, 100);
	certify(&api, &iso, (define, accredit_auditor(standard, tuv_id)), &tuv, issue, &acme).await;

	// The JSON-RPC methods.
	let certified: bool = rpc
		.request("amchain_isCertified", rpc_params![acme_id, standard])
		.await
		.expect("amchain_isCertified answers");
	assert!(certified);
	let issued: serde_json::Value = rpc
		.request("amchain_certification", rpc_params![certification])
		.await
		.expect("amchain_certification answers");
	assert_eq!(issued["status"], "active");
	assert_eq!(issued["scope"], "Glasgow plant, gear cutting");
	assert_eq!(issued["auditor"], tuv_id);
	assert_eq!(issued["remainingCapacity"], 10_000);
	let defined: serde_json::Value = rpc
		.request("amchain_standard", rpc_params![standard])
		.await
		.expect("amchain_standard answers");
	assert_eq!(defined["code"], "ISO 9001");
	let participant: serde_json::Value = rpc
		.request("amchain_participant", rpc_params![acme_id])
		.await
		.expect("amchain_participant answers");
	assert_eq!(participant["name"], "Acme Gears");
	let unknown: serde_json::Value = rpc
		.request("amchain_certification", rpc_params![42])
		.await
		.expect("unknown ids answer null");
	assert!(unknown.is_null());

	// The same question through the runtime API, as any Substrate client can ask it.
	let answer: String = rpc
		.request(
			"state_call",
			rpc_params!["CertificationsApi_is_certified", hex(&(acme_id, standard).encode())],
		)
		.await
		.expect("state_call answers");
	let bytes = unhex(&answer);
	assert!(bool::decode(&mut &bytes[..]).expect("a SCALE bool"));

	// A refused call changes nothing and says why: Acme is no auditor.
	let tx = dynamic::transaction(
		"Certifications",
		"revoke_certification",
		vec![Value::u128(certification.into()), Value::from_bytes([0u8; 32])],
	);
	let refused = api
		.at_current_block()
		.await
		.expect("current block")
		.transactions()
		.sign_and_submit_then_watch_default(&tx, &acme)
		.await
		.expect("the extrinsic is valid for the pool")
		.wait_for_finalized_success()
		.await
		.expect_err("the call fails in the block");
	assert!(refused.to_string().contains("NotCertificationAuthority"), "{refused}");
	let still: bool =
		rpc.request("amchain_isCertified", rpc_params![acme_id, standard]).await.expect("answers");
	assert!(still);
}
