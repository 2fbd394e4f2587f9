//! The four-validator local network of `scripts/local-network.sh` under faults, asserted
//! through JSON-RPC: one validator killed (blocks and finality go on; it restarts and
//! catches up to the same finalized head), two killed (blocks go on, finality stalls and
//! resumes when one returns), and every extrinsic submitted meanwhile is in the final
//! chain exactly once. Prints what it measured (time to finality, blocks and finality lag
//! per fault): `docs/network.md` records a run. Then a node nobody authorised cannot peer,
//! and the council onboards a fifth validator (its node and its validator, one motion)
//! and removes it again; the Aura and GRANDPA sets follow with no restart.
//!
//! One test on one network: four debug nodes already keep this machine's two cores busy.

mod common;

use std::time::{Duration, Instant};

use common::{account, call, council_motion, heads, hex, network::LocalNetwork, submit, unhex};
use subxt::{
	config::polkadot::PolkadotExtrinsicParamsBuilder as Params, dynamic, rpcs::rpc_params,
	rpcs::RpcClient, OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

/// What a node saw during a window: how far its best and finalized heads moved, and the
/// largest gap between them.
#[derive(Debug)]
#[allow(dead_code)] // read through Debug, in the printed measurements
struct Window {
	blocks: u32,
	finalized: u32,
	max_lag: u32,
	end: (u32, u32),
}

/// Samples `rpc`'s heads every second for `secs` seconds.
async fn watch(rpc: &RpcClient, secs: u64) -> Window {
	let start = heads(rpc).await;
	let mut max_lag = start.0 - start.1;
	let mut end = start;
	for _ in 0..secs {
		tokio::time::sleep(Duration::from_secs(1)).await;
		end = heads(rpc).await;
		max_lag = max_lag.max(end.0.saturating_sub(end.1));
	}
	Window { blocks: end.0 - start.0, finalized: end.1 - start.1, max_lag, end }
}

/// Waits (up to `secs`) until `rpc`'s finalized head reaches `number`; returns how long.
async fn until_finalized(rpc: &RpcClient, number: u32, secs: u64) -> Duration {
	let started = Instant::now();
	loop {
		let (best, finalized) = heads(rpc).await;
		if finalized >= number {
			return started.elapsed();
		}
		assert!(
			started.elapsed() < Duration::from_secs(secs),
			"block #{number} not finalized within {secs} s (best #{best}, finalized #{finalized})"
		);
		tokio::time::sleep(Duration::from_millis(250)).await;
	}
}

async fn block_hash(rpc: &RpcClient, number: u32) -> String {
	rpc.request("chain_getBlockHash", rpc_params![number]).await.expect("block hash")
}

/// Signs remarks from one account with explicit nonces, and submits each to two nodes.
struct Remarks {
	signer: Keypair,
	next_nonce: u64,
	sent: Vec<(String, String)>,
}

impl Remarks {
	/// Signs `System.remark(text)` (mortal for 256 blocks) and submits the same bytes to
	/// `first` (must accept it) and `second` (may know it already).
	async fn send(
		&mut self,
		api: &OnlineClient<PolkadotConfig>,
		first: &RpcClient,
		second: &RpcClient,
		text: &str,
	) {
		let call = dynamic::transaction(
			"System",
			"remark",
			vec![dynamic::Value::from_bytes(text.as_bytes())],
		);
		let params = Params::new().nonce(self.next_nonce).mortal(256).build();
		let mut txs = api.at_current_block().await.expect("current block").transactions();
		let signed =
			txs.create_signed(&call, &self.signer, params).await.expect("subxt signs the remark");
		let bytes = hex(signed.encoded());
		let _: String = first
			.request("author_submitExtrinsic", rpc_params![bytes.clone()])
			.await
			.unwrap_or_else(|e| panic!("the pool accepts remark {text}: {e}"));
		// The second node usually has it already, by gossip.
		let _ =
			second.request::<String>("author_submitExtrinsic", rpc_params![bytes.clone()]).await;
		self.next_nonce += 1;
		self.sent.push((text.to_string(), bytes));
	}
}

/// How many times each extrinsic (hex) is in blocks 1..=`to` of `rpc`'s chain.
async fn inclusions(rpc: &RpcClient, to: u32, sent: &[(String, String)]) -> Vec<usize> {
	let mut counts = vec![0; sent.len()];
	for number in 1..=to {
		let hash = block_hash(rpc, number).await;
		let block: serde_json::Value =
			rpc.request("chain_getBlock", rpc_params![hash]).await.expect("block");
		for xt in block["block"]["extrinsics"].as_array().expect("extrinsics") {
			for (count, (_, bytes)) in counts.iter_mut().zip(sent) {
				if xt.as_str() == Some(bytes) {
					*count += 1;
				}
			}
		}
	}
	counts
}

#[tokio::test(flavor = "multi_thread")]
async fn the_local_network_survives_faults_and_the_council_changes_validators() {
	let net = LocalNetwork::start(0);
	let alice = net.rpc("alice").await;
	let bob = net.rpc("bob").await;
	let api = OnlineClient::<PolkadotConfig>::from_url(net.url("alice"))
		.await
		.expect("subxt connects to alice");
	let mut remarks = Remarks { signer: dev::ferdie(), next_nonce: 0, sent: vec![] };

	// Healthy: how long from a block's arrival as best to its finality.
	let healthy = watch(&alice, 30).await;
	assert!(healthy.blocks >= 3 && healthy.finalized >= 3, "healthy network: {healthy:?}");
	let mut to_finality = vec![];
	for _ in 0..3 {
		let (best, _) = heads(&alice).await;
		to_finality.push(until_finalized(&alice, best, 60).await);
	}
	println!("healthy, 30 s: {healthy:?}; time from best to finalized: {to_finality:?}");

	// One validator crashes: Aura skips its slots, GRANDPA has three of four votes.
	net.kill("dave");
	remarks.send(&api, &alice, &bob, "while dave is down 1").await;
	let one_down = watch(&alice, 36).await;
	remarks.send(&api, &alice, &bob, "while dave is down 2").await;
	println!("one validator down, 36 s: {one_down:?}");
	assert!(one_down.blocks >= 3, "blocks go on without one validator: {one_down:?}");
	assert!(one_down.finalized >= 3, "finality goes on without one validator: {one_down:?}");

	// It restarts on its database and catches up to the same finalized head.
	let restarted = Instant::now();
	net.restart("dave");
	let dave = net.rpc("dave").await;
	let target = heads(&alice).await.1;
	until_finalized(&dave, target, 120).await;
	assert_eq!(block_hash(&dave, target).await, block_hash(&alice, target).await);
	println!(
		"dave restarted and at alice's finalized head #{target} {:?} after the restart command",
		restarted.elapsed()
	);

	// Two of four crash: blocks go on in the survivors' slots, finality stalls (GRANDPA
	// needs more than two thirds).
	net.kill("charlie");
	net.kill("dave");
	remarks.send(&api, &alice, &bob, "while two are down 1").await;
	// Let rounds under way when they died settle, then watch finality stand still.
	tokio::time::sleep(Duration::from_secs(12)).await;
	let two_down = watch(&alice, 48).await;
	remarks.send(&api, &alice, &bob, "while two are down 2").await;
	println!("two validators down, 48 s: {two_down:?}");
	assert!(two_down.blocks >= 2, "blocks go on with two validators: {two_down:?}");
	assert_eq!(two_down.finalized, 0, "finality stalls with two of four: {two_down:?}");

	// One returns: three of four vote again, finality resumes past the stalled blocks.
	let returned = Instant::now();
	net.restart("charlie");
	let best_at_return = heads(&alice).await.0;
	until_finalized(&alice, best_at_return, 180).await;
	println!(
		"finality resumed past #{best_at_return} {:?} after charlie's restart",
		returned.elapsed()
	);
	net.restart("dave");
	remarks.send(&api, &alice, &bob, "after the faults").await;

	// Every remark is in the finalized chain, exactly once.
	let started = Instant::now();
	loop {
		let finalized = heads(&alice).await.1;
		let counts = inclusions(&alice, finalized, &remarks.sent).await;
		assert!(counts.iter().all(|c| *c <= 1), "an extrinsic included twice: {counts:?}");
		if counts.iter().all(|c| *c == 1) {
			break;
		}
		assert!(
			started.elapsed() < Duration::from_secs(120),
			"not every remark finalized: {:?}",
			remarks.sent.iter().map(|(t, _)| t).zip(&counts).collect::<Vec<_>>()
		);
		tokio::time::sleep(Duration::from_secs(3)).await;
	}

	// And the four agree on the finalized chain.
	let target = heads(&alice).await.1;
	for name in ["bob", "charlie", "dave"] {
		let rpc = net.rpc(name).await;
		until_finalized(&rpc, target, 120).await;
		assert_eq!(block_hash(&rpc, target).await, block_hash(&alice, target).await);
	}

	// A node the consortium never authorised connects to alice (its boot node) but never
	// becomes a peer: it stays at genesis, and no validator lists it.
	net.restart("mallory");
	let mallory = net.rpc("mallory").await;
	let mallory_id = peer_id(&mallory).await;
	tokio::time::sleep(Duration::from_secs(30)).await;
	assert_eq!(heads(&mallory).await, (0, 0), "an unauthorised node syncs nothing");
	for name in ["alice", "bob", "charlie", "dave"] {
		let peers = peers(&net.rpc(name).await).await;
		assert_eq!(peers.len(), 3, "{name} peers with the other three validators: {peers:?}");
		assert!(!peers.contains(&mallory_id), "{name} peers with the unauthorised node");
	}
	net.kill("mallory");

	// The council onboards eve as a fifth validator: her node generates her session keys,
	// she registers them, and one council motion authorises her node and adds her to the
	// validators. No other node restarts.
	let council = [&dev::alice(), &dev::bob(), &dev::charlie()];
	let eve = dev::eve();
	net.restart("eve");
	let eve_node = net.rpc("eve").await;
	let eve_peer = peer_id(&eve_node).await;
	assert_eq!(heads(&eve_node).await.0, 0, "eve's node is not authorised yet");
	let generated: serde_json::Value = eve_node
		.request("author_rotateKeysWithOwner", rpc_params![hex(&account(&eve).0)])
		.await
		.expect("eve's node generates session keys with their ownership proof");
	let keys = unhex(generated["keys"].as_str().expect("keys"));
	let proof = unhex(generated["proof"].as_str().expect("a proof"));
	let (aura_key, grandpa_key) = (hex(&keys[..32]), hex(&keys[32..]));
	submit(
		&api,
		&eve,
		"Session",
		"set_keys",
		vec![
			dynamic::Value::named_composite([
				("aura", dynamic::Value::from_bytes(&keys[..32])),
				("grandpa", dynamic::Value::from_bytes(&keys[32..])),
			]),
			dynamic::Value::from_bytes(&proof),
		],
	)
	.await;
	let added = Instant::now();
	let onboard = call(
		"Utility",
		"batch_all",
		vec![(
			"calls",
			dynamic::Value::unnamed_composite([
				call(
					"NodeAuthorization",
					"add_well_known_node",
					vec![
						("node", dynamic::Value::from_bytes(base58(&eve_peer))),
						(
							"owner",
							dynamic::Value::unnamed_variant(
								"Id",
								[dynamic::Value::from_bytes(account(&eve).0)],
							),
						),
					],
				),
				add_or_remove("add_validator", &eve),
			]),
		)],
	);
	council_motion(&api, &council, onboard).await;
	wait_for_authorities(&alice, &aura_key, &grandpa_key, true).await;
	let enacted = heads(&alice).await.0;
	until_finalized(&alice, enacted, 120).await;
	// Her node, authorised now, syncs.
	until_finalized(&eve_node, heads(&alice).await.1, 120).await;
	println!(
		"eve in the Aura and GRANDPA sets, finalized, {:?} after the council's motion",
		added.elapsed()
	);

	// Five validators: GRANDPA needs four. With dave down, finality goes on only because
	// eve votes.
	net.kill("dave");
	let with_eve = watch(&alice, 36).await;
	println!("five validators, dave down, 36 s: {with_eve:?}");
	assert!(with_eve.finalized >= 3, "eve's votes count: {with_eve:?}");
	net.restart("dave");

	// The council removes her again; once she is out of the sets her node going away is
	// no fault at all.
	let removed = Instant::now();
	council_motion(&api, &council, add_or_remove("remove_validator", &eve)).await;
	wait_for_authorities(&alice, &aura_key, &grandpa_key, false).await;
	// GRANDPA's nodes switch sets when the block that enacts the change is finalized, by
	// the old set (eve included): only then may her node go.
	let enacted = heads(&alice).await.0;
	until_finalized(&alice, enacted, 120).await;
	println!("eve out of the sets, finalized, {:?} after the council's motion", removed.elapsed());
	net.kill("eve");
	net.kill("dave");
	let without_eve = watch(&alice, 36).await;
	assert!(without_eve.finalized >= 3, "four validators, one down: {without_eve:?}");
}

/// A node's peer id (base58), from `system_localPeerId`.
async fn peer_id(rpc: &RpcClient) -> String {
	rpc.request("system_localPeerId", rpc_params![]).await.expect("local peer id")
}

/// The peer ids a node is connected to, from `system_peers`.
async fn peers(rpc: &RpcClient) -> Vec<String> {
	let peers: Vec<serde_json::Value> =
		rpc.request("system_peers", rpc_params![]).await.expect("system_peers");
	peers.iter().map(|p| p["peerId"].as_str().expect("peer id").to_string()).collect()
}

/// The bytes of a base58 (bitcoin alphabet) string: a peer id as pallet-node-authorization
/// stores it.
fn base58(text: &str) -> Vec<u8> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let mut bytes: Vec<u8> = vec![];
	for c in text.bytes() {
		let mut carry = ALPHABET.iter().position(|a| *a == c).expect("base58 digit") as u32;
		for b in bytes.iter_mut().rev() {
			carry += (*b as u32) * 58;
			*b = (carry & 0xff) as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, (carry & 0xff) as u8);
			carry >>= 8;
		}
	}
	let zeros = text.bytes().take_while(|c| *c == b'1').count();
	[vec![0; zeros], bytes].concat()
}

/// `Consortium.add_validator(who)` or `Consortium.remove_validator(who)`.
fn add_or_remove(which: &str, who: &Keypair) -> dynamic::Value {
	call("Consortium", which, vec![("validator", dynamic::Value::from_bytes(account(who).0))])
}

/// Waits (up to four sessions) until the runtime's Aura and GRANDPA authority sets hold
/// (or no longer hold) the given keys.
async fn wait_for_authorities(rpc: &RpcClient, aura: &str, grandpa: &str, present: bool) {
	let started = Instant::now();
	loop {
		let aura_set: String = rpc
			.request("state_call", rpc_params!["AuraApi_authorities", "0x"])
			.await
			.expect("Aura authorities");
		let grandpa_set: String = rpc
			.request("state_call", rpc_params!["GrandpaApi_grandpa_authorities", "0x"])
			.await
			.expect("GRANDPA authorities");
		let holds = |set: &str, key: &str| set.contains(key.trim_start_matches("0x"));
		if holds(&aura_set, aura) == present && holds(&grandpa_set, grandpa) == present {
			return;
		}
		assert!(
			started.elapsed() < Duration::from_secs(300),
			"authority sets did not follow the council (want present = {present})"
		);
		tokio::time::sleep(Duration::from_secs(2)).await;
	}
}

#[test]
fn base58_decodes_a_peer_id() {
	// The peer id of node key 0x…01 (`amchain-node key inspect-node-key`).
	assert_eq!(
		hex(&base58("12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp")),
		"0x0024080112204cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29"
	);
}
