//! End-to-end: the real amchain-node over real JSON-RPC, driven by subxt as a
//! wallet would drive it.
//!
//! Needs the node binary (cargo builds it for this test) and the wasm runtime.

mod common;

use common::{free_balance, heads, hex, rpc_error, unhex, wait_for_heads, DevNode};
use subxt::{
	config::PolkadotConfig,
	dynamic,
	ext::scale_decode::DecodeAsType,
	rpcs::rpc_params,
	tx::Signer,
	utils::{AccountId32, MultiSignature},
};
use subxt_signer::sr25519::{dev, Keypair};

/// `Balances::Transfer`'s fields.
#[derive(Debug, DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct Transfer {
	from: AccountId32,
	to: AccountId32,
	amount: u128,
}

/// What wallets and tools look up before anything else: the runtime's name, its APIs
/// (contracts included) and the metadata versions it serves.
#[tokio::test(flavor = "multi_thread")]
async fn runtime_version_apis_and_metadata_versions_are_served() {
	let node = DevNode::start("version");
	let rpc = node.rpc().await;

	let version: serde_json::Value =
		rpc.request("state_getRuntimeVersion", rpc_params![]).await.expect("runtime version");
	assert_eq!(version["specName"], "amchain");
	let apis: Vec<String> = version["apis"]
		.as_array()
		.expect("apis list")
		.iter()
		.map(|entry| entry[0].as_str().expect("api id").to_string())
		.collect();
	for api in
		["Core", "Metadata", "ContractsApi", "CertificationsApi", "GenesisBuilder", "SessionKeys"]
	{
		let id = hex(&sp_crypto_hashing::blake2_64(api.as_bytes()));
		assert!(apis.contains(&id), "runtime API {api} is listed");
	}

	let versions: String = rpc
		.request("state_call", rpc_params!["Metadata_metadata_versions", "0x"])
		.await
		.expect("metadata versions");
	let versions = <Vec<u32> as codec::Decode>::decode(&mut &unhex(&versions)[..])
		.expect("a SCALE list of versions");
	for v in [14, 15, 16] {
		assert!(versions.contains(&v), "metadata V{v} is served: {versions:?}");
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn signed_transfer_is_included_finalized_and_moves_balances() {
	let node = DevNode::start("transfer");
	let api = node.client().await;
	let rpc = node.rpc().await;

	// The dev chain produces and finalizes blocks on its own.
	wait_for_heads(&rpc, 2, 1).await;

	let alice = dev::alice();
	let receiver = Keypair::from_uri(&"//amchain-e2e-receiver".parse().expect("valid uri"))
		.expect("dev-style derivation");
	let alice_id: AccountId32 = <Keypair as Signer<PolkadotConfig>>::account_id(&alice);
	let receiver_id: AccountId32 = <Keypair as Signer<PolkadotConfig>>::account_id(&receiver);
	let amount: u128 = 123_456_789_000_000; // 123.456789 AMC

	let alice_before = free_balance(&api, &alice_id).await;
	assert!(alice_before > amount, "Alice is endowed in the dev genesis");
	assert_eq!(free_balance(&api, &receiver_id).await, 0, "receiver starts empty");

	let transfer = dynamic::transaction(
		"Balances",
		"transfer_keep_alive",
		(receiver.public_key().to_address::<()>(), amount),
	);
	let mut txs = api.at_current_block().await.expect("current block").transactions();
	let events = txs
		.sign_and_submit_then_watch_default(&transfer, &alice)
		.await
		.expect("the node accepts the signed transfer")
		.wait_for_finalized_success()
		.await
		.expect("the transfer is included in a finalized block and succeeds");

	let transfer_event: Transfer = common::event(&events, "Balances", "Transfer");
	assert_eq!(transfer_event.from, alice_id);
	assert_eq!(transfer_event.to, receiver_id);
	assert_eq!(transfer_event.amount, amount);

	// Balances moved: the receiver has exactly the amount, Alice paid it plus a fee.
	assert_eq!(free_balance(&api, &receiver_id).await, amount);
	let alice_after = free_balance(&api, &alice_id).await;
	let fee = alice_before - amount - alice_after;
	assert!(fee > 0 && fee < amount / 1000, "Alice paid a small positive fee, paid {fee}");

	// Standard JSON-RPC: the account nonce counts the transfer; fees can be estimated.
	let nonce: u64 = rpc
		.request("system_accountNextIndex", rpc_params![alice_id.to_string()])
		.await
		.expect("system_accountNextIndex answers");
	assert_eq!(nonce, 1);
	let mut txs = api.at_current_block().await.expect("current block").transactions();
	let unsent = txs
		.create_signed(&transfer, &alice, Default::default())
		.await
		.expect("subxt signs the extrinsic");
	let info: serde_json::Value = rpc
		.request("payment_queryInfo", rpc_params![hex(unsent.encoded())])
		.await
		.expect("payment_queryInfo answers");
	let partial_fee: u128 = match &info["partialFee"] {
		serde_json::Value::String(s) => s.parse().expect("decimal fee"),
		v => v.as_u64().expect("numeric fee").into(),
	};
	assert!(partial_fee > 0 && partial_fee <= fee * 2, "estimated {partial_fee}, paid {fee}");

	// Prometheus reports the node's block heights.
	let metrics = node.metrics();
	assert!(metrics.starts_with("HTTP/1.0 200") || metrics.starts_with("HTTP/1.1 200"));
	assert!(
		metrics.contains("substrate_block_height{status=\"finalized\""),
		"finalized height metric is exported"
	);
}

/// Claims to be Alice but signs with Bob's key: a well-formed extrinsic with a bad signature.
struct Impostor {
	claims: Keypair,
	signs_with: Keypair,
}

impl Signer<PolkadotConfig> for Impostor {
	fn account_id(&self) -> AccountId32 {
		<Keypair as Signer<PolkadotConfig>>::account_id(&self.claims)
	}

	fn sign(&self, payload: &[u8]) -> MultiSignature {
		<Keypair as Signer<PolkadotConfig>>::sign(&self.signs_with, payload)
	}
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_and_badly_signed_extrinsics_are_refused_and_blocks_continue() {
	let node = DevNode::start("refuse");
	let api = node.client().await;
	let rpc = node.rpc().await;
	wait_for_heads(&rpc, 2, 1).await;

	// Bytes that are no extrinsic at all: the author API's "other" error (1040) says why.
	let malformed = rpc
		.request::<String>("author_submitExtrinsic", rpc_params!["0x0102deadbeef"])
		.await
		.expect_err("garbage is refused");
	let (code, message) = rpc_error(malformed);
	assert_eq!(code, 1040, "{message}");
	assert!(message.contains("Could not decode"), "clear decode error, got: {message}");

	// A well-formed transfer whose signature does not match its signer.
	let impostor = Impostor { claims: dev::alice(), signs_with: dev::bob() };
	let alice_id = impostor.account_id();
	let alice_before = free_balance(&api, &alice_id).await;
	let transfer = dynamic::transaction(
		"Balances",
		"transfer_keep_alive",
		(dev::charlie().public_key().to_address::<()>(), 1_000_000_000_000u128),
	);
	let mut txs = api.at_current_block().await.expect("current block").transactions();
	let signed = txs
		.create_signed(&transfer, &impostor, Default::default())
		.await
		.expect("subxt builds the extrinsic");
	let bytes = hex(signed.encoded());
	let refused = rpc
		.request::<String>("author_submitExtrinsic", rpc_params![bytes])
		.await
		.expect_err("a bad signature is refused");
	let (code, message) = rpc_error(refused);
	assert_eq!(code, 1010, "the pool's invalid-transaction error: {message}");
	assert!(message.contains("bad signature"), "clear signature error, got: {message}");

	// The node keeps producing and finalizing blocks, and nothing was charged.
	let (best, finalized) = heads(&rpc).await;
	wait_for_heads(&rpc, best + 2, finalized + 1).await;
	assert_eq!(
		free_balance(&api, &alice_id).await,
		alice_before,
		"a refused extrinsic costs nothing"
	);

	// And it still takes a good transaction.
	let mut txs = api.at_current_block().await.expect("current block").transactions();
	txs.sign_and_submit_then_watch_default(&transfer, &dev::alice())
		.await
		.expect("the node accepts a properly signed transfer")
		.wait_for_finalized_success()
		.await
		.expect("it is finalized");
}

/// One JSON-RPC call over plain HTTP/1.1 to the loopback port, addressed to `host` (the
/// `Host` header): the status line and the body.
fn http_post(port: u16, host: &str, body: &str) -> (String, String) {
	use std::io::{Read, Write};
	let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
	write!(
		stream,
		"POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)
	.expect("request written");
	let mut response = String::new();
	stream.read_to_string(&mut response).expect("response read");
	let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
	(head.lines().next().unwrap_or_default().to_string(), body.to_string())
}

/// An open node's port keeps sc-rpc-server's protections though amchain's own server
/// serves it (node/src/access_server.rs, for TCP_NODELAY): with `--rpc-cors` limited to an
/// origin, a request addressed to the port by another host name is refused (the guard
/// against DNS rebinding from a browser) while one addressed to it on loopback is
/// answered; with `--rpc-methods safe`, the operator's methods are refused even on
/// loopback.
#[tokio::test(flavor = "multi_thread")]
async fn an_open_nodes_port_keeps_the_host_filter_and_refuses_unsafe_methods() {
	let node = DevNode::start_with(
		"open-port",
		&["--rpc-cors", "http://localhost:3000", "--rpc-methods", "safe"],
	);
	let port = node.rpc_port;
	let chain = r#"{"jsonrpc":"2.0","id":1,"method":"system_chain","params":[]}"#;
	for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}")] {
		let (status, body) = http_post(port, &host, chain);
		assert!(status.contains(" 200"), "addressed to {host}: {status} {body}");
		assert!(body.contains(r#""result":"amchain development""#), "addressed to {host}: {body}");
	}
	for host in [format!("attacker.example:{port}"), "127.0.0.1:80".to_string()] {
		let (status, body) = http_post(port, &host, chain);
		assert!(status.contains(" 403"), "addressed to {host}: {status} {body}");
	}
	let rotate = r#"{"jsonrpc":"2.0","id":2,"method":"author_rotateKeys","params":[]}"#;
	let (status, body) = http_post(port, &format!("127.0.0.1:{port}"), rotate);
	let answer: serde_json::Value = serde_json::from_str(&body).expect("a JSON body");
	assert_eq!(answer["error"]["code"], -32601, "{status} {body}");
	assert_eq!(answer["error"]["message"], "RPC call is unsafe to be called externally");
}
