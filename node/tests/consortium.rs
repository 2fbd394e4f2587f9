//! A consortium chain as `scripts/consortium-spec.sh` makes it from a config file: no sudo
//! key, members-only (a stranger's transaction is refused at the pool, with its reason),
//! governed by its council, which admits a new member organisation in one motion; its
//! node serves records only to clients of the organisations its operator allows
//! (`--rpc-access members`, the consortium spec's default; node/src/rpc_access.rs).
//!
//! The config is the worked example's shape with well-known dev keys, so that this test can
//! run its validator (Alice) and its council (Alice, Bob).

mod common;

use amchain_node::rpc_access::{self, ACCESS_DENIED};
use amchain_primitives::participants::Role;
use sp_core::{sr25519, Pair, H256};

use std::{
	path::PathBuf,
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use common::{account, call, council_motion, hex, register, rpc_error, submit, wait_for_heads};
use subxt::{
	config::polkadot::PolkadotExtrinsicParamsBuilder as Params,
	dynamic::{self, Value},
	rpcs::{rpc_params, RpcClient},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

const CONFIG: &str = r#"
name = "amchain consortium test"
id = "amchain_consortium_test"

[[member]]
name = "Alice Motors"
account = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
balance = 1000
council = true
registrar = true
roles = ["manufacturer"]

[[member]]
name = "Bob Bearings"
account = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"
balance = 1000
council = true
roles = ["supplier"]

[[validator]]
member = "Alice Motors"
account = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
aura = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
grandpa = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu"
peer_id = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp"
"#;

/// The node key whose peer id the config authorises.
const NODE_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";

/// The peer id of [`NODE_KEY`].
const PEER_ID: &str = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

/// The organisation whose accounts may read through the node: Alice Motors, the first
/// member of [`CONFIG`].
const ALLOWED_ORG: u32 = 0;

struct ConsortiumNode {
	child: Child,
	dir: PathBuf,
	rpc_port: u16,
}

impl Drop for ConsortiumNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
		if std::thread::panicking() {
			let log = std::fs::read_to_string(self.dir.join("node.log")).unwrap_or_default();
			let tail: Vec<&str> = log.lines().rev().take(40).collect();
			for line in tail.into_iter().rev() {
				eprintln!("{line}");
			}
		}
		let _ = std::fs::remove_dir_all(&self.dir);
	}
}

/// Generates the specs from [`CONFIG`] with the script a consortium uses, and starts the
/// validator on the raw one.
fn start() -> ConsortiumNode {
	let node = env!("CARGO_BIN_EXE_amchain-node");
	let dir = std::env::temp_dir().join(format!("amchain-consortium-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&dir);
	std::fs::create_dir_all(&dir).expect("temp dir");
	std::fs::write(dir.join("consortium.toml"), CONFIG).expect("config written");
	let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/consortium-spec.sh");
	let status = Command::new(script)
		.arg(dir.join("consortium.toml"))
		.env("SKIP_BUILD", "1")
		.env("AMCHAIN_NODE", node)
		.stdout(Stdio::null())
		.status()
		.expect("scripts/consortium-spec.sh runs");
	assert!(status.success(), "the spec is generated");
	let plain: serde_json::Value = serde_json::from_str(
		&std::fs::read_to_string(dir.join("amchain_consortium_test.json")).expect("plain spec"),
	)
	.expect("json");
	assert_eq!(plain["chainType"], "Live");
	assert_eq!(plain["genesis"]["runtimeGenesis"]["patch"]["sudo"]["key"], serde_json::Value::Null);

	// Below the ephemeral port range (32768 and up), spread by process id.
	let rpc_port = 28_000 + (std::process::id() % 2000) as u16 * 2;
	let log = std::fs::File::create(dir.join("node.log")).expect("log");
	let child = Command::new(node)
		.args(["--chain", dir.join("amchain_consortium_test-raw.json").to_str().expect("utf-8")])
		.args(["--alice", "--node-key", NODE_KEY, "--no-mdns", "--no-telemetry", "--no-prometheus"])
		.args(["--rpc-allow-org", &ALLOWED_ORG.to_string()])
		.args(["--base-path", dir.join("chain").to_str().expect("utf-8")])
		.args(["--rpc-port", &rpc_port.to_string(), "--port", &(rpc_port + 1).to_string()])
		.stdout(Stdio::null())
		.stderr(Stdio::from(log))
		.spawn()
		.expect("amchain-node starts");
	let node = ConsortiumNode { child, dir, rpc_port };
	let deadline = Instant::now() + Duration::from_secs(120);
	while std::net::TcpStream::connect(("127.0.0.1", rpc_port)).is_err() {
		assert!(Instant::now() < deadline, "the node's RPC did not come up");
		std::thread::sleep(Duration::from_millis(200));
	}
	node
}

/// Signs a remark by `signer` and submits it: the pool's answer.
async fn remark(
	api: &OnlineClient<PolkadotConfig>,
	rpc: &RpcClient,
	signer: &Keypair,
	nonce: u64,
) -> Result<String, subxt::rpcs::Error> {
	let call = dynamic::transaction("System", "remark", vec![Value::from_bytes(b"hello")]);
	let mut txs = api.at_current_block().await.expect("current block").transactions();
	let signed = txs
		.create_signed(&call, signer, Params::new().nonce(nonce).build())
		.await
		.expect("subxt signs");
	rpc.request("author_submitExtrinsic", rpc_params![hex(signed.encoded())]).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_consortium_chain_is_members_only_and_governed_by_its_council() {
	let node = start();
	let url = format!("ws://127.0.0.1:{}", node.rpc_port);
	// Anyone may follow the chain (headers, hashes, the node's identity) ...
	let anonymous = RpcClient::from_url(&url).await.expect("rpc");
	wait_for_heads(&anonymous, 2, 1).await;
	let genesis: H256 =
		anonymous.request("chain_getBlockHash", rpc_params![0]).await.expect("genesis hash");
	let peer: String =
		anonymous.request("system_localPeerId", rpc_params![]).await.expect("peer id");
	assert_eq!(peer, PEER_ID);
	// ... and reads through a token of an allowed organisation's account.
	let token = Tokens { genesis, node: peer };
	let member_url = format!("{url}/?access_token={}", token.of("//Alice"));
	let rpc = RpcClient::from_url(&member_url).await.expect("rpc");
	let api = OnlineClient::<PolkadotConfig>::from_url(&member_url).await.expect("subxt");
	member_only_reads(&anonymous, &rpc, &url, node.rpc_port, &token).await;

	// No sudo key: root is reached only through the council.
	let at = api.at_current_block().await.expect("block");
	let sudo = at
		.storage()
		.try_fetch(dynamic::storage::<(), Value>("Sudo", "Key"), ())
		.await
		.expect("Sudo::Key is readable");
	assert!(sudo.is_none(), "a consortium chain has no sudo key");

	// A stranger is refused at the pool, with the reason: not for want of funds (a member
	// paid her some), for not being a member.
	let eve = dev::eve();
	let alice = dev::alice();
	submit(
		&api,
		&alice,
		"Balances",
		"transfer_keep_alive",
		vec![
			Value::unnamed_variant("Id", [Value::from_bytes(account(&eve).0)]),
			Value::u128(10_000_000_000_000),
		],
	)
	.await;
	let (code, message) = rpc_error(remark(&api, &rpc, &eve, 0).await.expect_err("refused"));
	assert_eq!(code, 1010);
	assert!(message.contains("Invalid signing address"), "{message}");
	// A council member is not.
	let nonce: u64 = rpc
		.request("system_accountNextIndex", rpc_params![account(&alice).to_string()])
		.await
		.expect("nonce");
	remark(&api, &rpc, &alice, nonce).await.expect("a member's transaction is accepted");

	// One council motion admits Eve Robotics: its admin account and its node.
	let motion = call(
		"Utility",
		"batch_all",
		vec![(
			"calls",
			Value::unnamed_composite([
				register(&eve, "Eve Robotics", &[Role::Supplier]),
				call(
					"NodeAuthorization",
					"add_well_known_node",
					vec![
						("node", Value::from_bytes([0x00, 0x24, 0x08, 0x01, 0x12, 0x20, 9, 9])),
						(
							"owner",
							Value::unnamed_variant("Id", [Value::from_bytes(account(&eve).0)]),
						),
					],
				),
			]),
		)],
	);
	council_motion(&api, &[&dev::alice(), &dev::bob()], motion).await;
	// Eve's organisation is registered by the council, and Eve may now transact.
	remark(&api, &rpc, &eve, 0).await.expect("the new member's transaction is accepted");
	// She is a member now, of an organisation this node's operator does not allow.
	let eve_reads = RpcClient::from_url(&format!("{url}/?access_token={}", token.of("//Eve")))
		.await
		.expect("rpc");
	let (code, message) =
		refused(&eve_reads, "amchain_membership", rpc_params![account(&eve).to_string()]).await;
	assert_eq!(code, ACCESS_DENIED);
	assert!(message.contains("organisation 2 may not read"), "{message}");
}

/// Tokens of one node of one chain.
struct Tokens {
	genesis: H256,
	node: String,
}

impl Tokens {
	/// A ten-minute token of the account of `suri`.
	fn of(&self, suri: &str) -> String {
		self.lasting(suri, 600)
	}

	/// A token of the account of `suri` that lives `seconds`.
	fn lasting(&self, suri: &str, seconds: u64) -> String {
		let now = rpc_access::now();
		let pair = sr25519::Pair::from_string(suri, None).expect("dev URI");
		rpc_access::issue(&pair, &self.genesis, &self.node, now, now + seconds)
	}
}

/// The error a refused call answers.
async fn refused(
	rpc: &RpcClient,
	method: &str,
	params: subxt::rpcs::client::RpcParams,
) -> (i32, String) {
	let answer: Result<serde_json::Value, _> = rpc.request(method, params).await;
	rpc_error(answer.expect_err(&format!("{method} is refused")))
}

/// One JSON-RPC call over plain HTTP, with `authorization` as the `Authorization` header:
/// the response body.
fn http_call(port: u16, authorization: Option<&str>, body: &str) -> serde_json::Value {
	use std::io::{Read, Write};
	let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
	let header = authorization.map(|a| format!("Authorization: {a}\r\n")).unwrap_or_default();
	write!(
		stream,
		"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{header}\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)
	.expect("request written");
	let mut response = String::new();
	stream.read_to_string(&mut response).expect("response read");
	let body = response.split("\r\n\r\n").nth(1).expect("a body");
	serde_json::from_str(body).expect("a JSON body")
}

/// Issue 23 item 2 over real JSON-RPC: what an anonymous client, a client of the allowed
/// organisation, a client of another member organisation, a stranger and a token issued
/// for another node each get.
async fn member_only_reads(
	anonymous: &RpcClient,
	member: &RpcClient,
	url: &str,
	port: u16,
	token: &Tokens,
) {
	let alice = account(&dev::alice()).to_string();

	// An anonymous client builds and submits transactions: metadata, runtime version,
	// fee estimates, the public runtime calls.
	let _: String = anonymous.request("state_getMetadata", rpc_params![]).await.expect("metadata");
	let _: serde_json::Value =
		anonymous.request("state_getRuntimeVersion", rpc_params![]).await.expect("version");
	let _: String = anonymous
		.request("state_call", rpc_params!["Core_version", "0x"])
		.await
		.expect("Core_version is public");
	let health: serde_json::Value =
		anonymous.request("system_health", rpc_params![]).await.expect("health");
	assert!(health.get("peers").is_some(), "{health}");
	// It reads no record, no storage, no block body, no pool, no nonce, no dry run.
	for (method, params) in [
		("amchain_membership", rpc_params![alice.clone()]),
		("amchain_partsOf", rpc_params![0, 0, 10]),
		("amchain_part", rpc_params![0]),
		("amchain_checkTag", rpc_params![0]),
		("chainHead_v1_follow", rpc_params![false]),
		("state_getStorage", rpc_params!["0x26aa394eea5630e07c48ae0c9558cef7"]),
		("state_getKeysPaged", rpc_params!["0x", 10]),
		("state_call", rpc_params!["CertificationsApi_membership", "0x00"]),
		("chain_getBlock", rpc_params![]),
		("author_pendingExtrinsics", rpc_params![]),
		("system_accountNextIndex", rpc_params![alice.clone()]),
	] {
		let (code, message) = refused(anonymous, method, params).await;
		assert_eq!(code, ACCESS_DENIED, "{method}: {message}");
		assert!(message.contains("served only to member clients"), "{method}: {message}");
	}

	// Every public method the node has is one of its real method names (a misspelt entry
	// would be a method nobody can call), and every amchain_* method is member-only.
	let methods: serde_json::Value =
		anonymous.request("rpc_methods", rpc_params![]).await.expect("rpc_methods is public");
	let methods: Vec<&str> =
		methods["methods"].as_array().expect("a list").iter().filter_map(|m| m.as_str()).collect();
	let absent: Vec<&&str> = rpc_access::PUBLIC_METHODS
		.iter()
		.filter(|m| !methods.contains(m) && !m.starts_with("archive_"))
		.collect();
	assert!(absent.is_empty(), "public methods this node does not have: {absent:?}");
	assert!(methods.iter().filter(|m| m.starts_with("amchain_")).count() >= 20);
	// The public amchain_* methods are a verifier's: they name no holder.
	let public_amchain: Vec<&&str> = methods
		.iter()
		.filter(|m| m.starts_with("amchain_") && rpc_access::is_public(m, None))
		.collect();
	assert_eq!(
		public_amchain,
		[
			"amchain_isCertified",
			"amchain_partType",
			"amchain_standard",
			"amchain_tagChallenge",
			"amchain_verifyPart",
			"amchain_wasCertifiedAt"
		]
		.iter()
		.collect::<Vec<_>>()
	);
	let unknown: serde_json::Value = anonymous
		.request("amchain_verifyPart", rpc_params![0, "SN-1", None::<()>])
		.await
		.expect("public");
	assert!(unknown.is_null(), "no parts on this chain yet");
	let certified: bool = anonymous
		.request("amchain_isCertified", rpc_params![ALLOWED_ORG, 0])
		.await
		.expect("public");
	assert!(!certified);

	// The allowed organisation's client reads.
	let membership: serde_json::Value = member
		.request("amchain_membership", rpc_params![alice.clone()])
		.await
		.expect("the member's client reads");
	assert_eq!(membership["participant"], ALLOWED_ORG, "{membership}");
	let _: Option<String> = member
		.request("state_getStorage", rpc_params!["0x26aa394eea5630e07c48ae0c9558cef7"])
		.await
		.expect("and reads storage");

	// Another member organisation's client (Bob Bearings) does not, nor a stranger's.
	for (suri, expected) in [
		("//Bob", "organisation 1 may not read"),
		("//Eve", "not an account of an active organisation"),
	] {
		let client = RpcClient::from_url(&format!("{url}/?access_token={}", token.of(suri)))
			.await
			.expect("rpc");
		let (code, message) =
			refused(&client, "amchain_membership", rpc_params![alice.clone()]).await;
		assert_eq!(code, ACCESS_DENIED, "{suri}");
		assert!(message.contains(expected), "{suri}: {message}");
		// Public methods still answer it.
		let _: serde_json::Value =
			client.request("system_health", rpc_params![]).await.expect("public");
	}

	// A token issued for another node (here: another peer id) is refused, so a node
	// operator cannot replay a client's token against another member's node.
	let elsewhere = Tokens { genesis: token.genesis, node: "12D3KooWSomeOtherNode".into() };
	let client = RpcClient::from_url(&format!("{url}/?access_token={}", elsewhere.of("//Alice")))
		.await
		.expect("rpc");
	let (code, message) = refused(&client, "amchain_membership", rpc_params![alice.clone()]).await;
	assert_eq!(code, ACCESS_DENIED);
	assert!(message.contains("token refused"), "{message}");

	// A subscription lasts while the token does: the server closes a WebSocket connection
	// when its token expires (or its organisation may no longer read), so a member-only
	// subscription (here: every block's events) does not outlive the right to read.
	let short =
		RpcClient::from_url(&format!("{url}/?access_token={}", token.lasting("//Alice", 4)))
			.await
			.expect("rpc");
	let events_key = "0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7";
	let mut events = short
		.subscribe::<serde_json::Value>(
			"state_subscribeStorage",
			rpc_params![[events_key]],
			"state_unsubscribeStorage",
		)
		.await
		.expect("a member subscribes to the events");
	let first = events.next().await.expect("a first notification");
	assert!(first.is_ok(), "{first:?}");
	let ended = tokio::time::timeout(Duration::from_secs(30), async {
		while let Some(Ok(_)) = events.next().await {}
	})
	.await;
	assert!(ended.is_ok(), "the subscription ended with its token");
	let after: Result<serde_json::Value, _> = short.request("system_health", rpc_params![]).await;
	assert!(after.is_err(), "the connection is closed: {after:?}");

	// Over plain HTTP the token is the `Authorization: Bearer` header.
	let body =
		format!(r#"{{"jsonrpc":"2.0","id":1,"method":"amchain_membership","params":["{alice}"]}}"#);
	let bearer = format!("Bearer {}", token.of("//Alice"));
	let answer = http_call(port, Some(&bearer), &body);
	assert_eq!(answer["result"]["participant"], ALLOWED_ORG, "{answer}");
	let answer = http_call(port, None, &body);
	assert_eq!(answer["error"]["code"], ACCESS_DENIED, "{answer}");
}
