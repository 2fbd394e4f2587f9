//! A consortium chain as `scripts/consortium-spec.sh` makes it from a config file: no sudo
//! key, members-only (a stranger's transaction is refused at the pool, with its reason),
//! governed by its council, which admits a new member organisation in one motion.
//!
//! The config is the worked example's shape with well-known dev keys, so that this test can
//! run its validator (Alice) and its council (Alice, Bob).

mod common;

use amchain_primitives::participants::Role;

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

[[member]]
name = "Bob Bearings"
account = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"
balance = 1000
council = true

[[validator]]
member = "Alice Motors"
account = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
aura = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
grandpa = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu"
peer_id = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp"
"#;

/// The node key whose peer id the config authorises.
const NODE_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000001";

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
	let rpc = RpcClient::from_url(&url).await.expect("rpc");
	wait_for_heads(&rpc, 2, 1).await;
	let api = OnlineClient::<PolkadotConfig>::from_url(&url).await.expect("subxt");

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
}
