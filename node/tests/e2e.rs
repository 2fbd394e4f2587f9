//! End-to-end: the real amchain-node over real JSON-RPC, driven by subxt as a
//! wallet would drive it.
//!
//! Needs the node binary (cargo builds it for this test) and the wasm runtime.

mod common;

use std::time::{Duration, Instant};

use common::DevNode;
use subxt::{
	config::PolkadotConfig,
	dynamic,
	ext::scale_decode::DecodeAsType,
	rpcs::rpc_params,
	tx::Signer,
	utils::{AccountId32, MultiSignature},
};
use subxt_signer::sr25519::{dev, Keypair};

/// The part of `System::Account` these tests read.
#[derive(Debug, DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct AccountInfo {
	data: AccountData,
}

#[derive(Debug, DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct AccountData {
	free: u128,
}

/// `Balances::Transfer`'s fields.
#[derive(Debug, DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct Transfer {
	from: AccountId32,
	to: AccountId32,
	amount: u128,
}

/// Free balance of `who` at the latest finalized block (0 for an account that does not exist).
async fn free_balance(api: &subxt::OnlineClient<PolkadotConfig>, who: &AccountId32) -> u128 {
	let at = api.at_current_block().await.expect("finalized block is readable");
	let address = dynamic::storage::<(AccountId32,), AccountInfo>("System", "Account");
	at.storage()
		.fetch(address, (who.clone(),))
		.await
		.expect("System::Account is readable")
		.decode()
		.expect("System::Account decodes")
		.data
		.free
}

/// Best and finalized block numbers, read through the standard `chain_*` methods.
async fn heads(rpc: &subxt::rpcs::RpcClient) -> (u32, u32) {
	let number = |header: serde_json::Value| {
		let hex = header["number"].as_str().expect("header has a number").trim_start_matches("0x");
		u32::from_str_radix(hex, 16).expect("hex block number")
	};
	let best: serde_json::Value =
		rpc.request("chain_getHeader", rpc_params![]).await.expect("best header");
	let finalized_hash: String =
		rpc.request("chain_getFinalizedHead", rpc_params![]).await.expect("finalized head");
	let finalized: serde_json::Value = rpc
		.request("chain_getHeader", rpc_params![finalized_hash])
		.await
		.expect("finalized header");
	(number(best), number(finalized))
}

/// Waits until the best block is at least `best` and the finalized one at least `finalized`.
async fn wait_for_heads(rpc: &subxt::rpcs::RpcClient, best: u32, finalized: u32) -> (u32, u32) {
	let deadline = Instant::now() + Duration::from_secs(90);
	loop {
		let now = heads(rpc).await;
		if now.0 >= best && now.1 >= finalized {
			return now;
		}
		assert!(
			Instant::now() < deadline,
			"chain stalled at best {} / finalized {}, expected {best} / {finalized}",
			now.0,
			now.1
		);
		tokio::time::sleep(Duration::from_millis(500)).await;
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

	let transfer_event = events
		.iter()
		.filter_map(Result::ok)
		.find(|e| e.pallet_name() == "Balances" && e.event_name() == "Transfer")
		.expect("a Balances::Transfer event is emitted")
		.decode_fields_unchecked_as::<Transfer>()
		.expect("Transfer event decodes");
	assert_eq!(transfer_event.from, alice_id);
	assert_eq!(transfer_event.to, receiver_id);
	assert_eq!(transfer_event.amount, amount);

	// Balances moved: the receiver has exactly the amount, Alice paid it plus a fee.
	assert_eq!(free_balance(&api, &receiver_id).await, amount);
	let alice_after = free_balance(&api, &alice_id).await;
	let fee = alice_before - amount - alice_after;
	assert!(fee > 0 && fee < amount / 1000, "Alice paid a small positive fee, paid {fee}");

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
	let bytes = format!("0x{}", hex_encode(signed.encoded()));
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

/// The JSON-RPC error code, and its message with its data.
fn rpc_error(error: subxt::rpcs::Error) -> (i32, String) {
	match error {
		subxt::rpcs::Error::User(e) => {
			let data = e.data.map(|d| d.get().to_string()).unwrap_or_default();
			(e.code, format!("{} {}", e.message, data))
		},
		other => panic!("expected a JSON-RPC error response, got {other}"),
	}
}

fn hex_encode(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}
