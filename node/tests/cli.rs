//! End-to-end: the node's command-line tools on a real dev chain's ParityDB
//! database: keys, chain specs, export, import, check and purge.

mod common;

use std::{path::Path, process::Command};

use common::{wait_for_heads, DevNode};

/// Runs `amchain-node <args>`; returns its stdout, or panics with its stderr if it fails.
fn node(args: &[&str]) -> String {
	let output = Command::new(env!("CARGO_BIN_EXE_amchain-node"))
		.args(args)
		.output()
		.expect("amchain-node runs");
	assert!(
		output.status.success(),
		"amchain-node {args:?} failed: {}",
		String::from_utf8_lossy(&output.stderr)
	);
	String::from_utf8(output.stdout).expect("utf-8 output")
}

fn path(p: &Path) -> &str {
	p.to_str().expect("utf-8 path")
}

#[test]
fn key_commands_derive_the_well_known_dev_keys() {
	let alice: serde_json::Value =
		serde_json::from_str(&node(&["key", "inspect", "--output-type", "json", "//Alice"]))
			.expect("json key");
	assert_eq!(alice["ss58Address"], "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");

	let fresh: serde_json::Value =
		serde_json::from_str(&node(&["key", "generate", "--output-type", "json"]))
			.expect("json key");
	assert_eq!(fresh["secretPhrase"].as_str().map(|p| p.split(' ').count()), Some(12));

	let node_key = node(&["key", "generate-node-key", "--file", "/dev/stdout"]);
	assert!(!node_key.trim().is_empty());
}

/// `rpc-token` makes a token the node's own check accepts (for that chain and node only),
/// and refuses a lifetime over a day.
#[test]
fn rpc_token_makes_a_token_for_one_node() {
	let genesis = "0x0707070707070707070707070707070707070707070707070707070707070707";
	let peer = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";
	let token = node(&[
		"rpc-token",
		"--suri",
		"//Alice",
		"--genesis",
		genesis,
		"--node",
		peer,
		"--ttl",
		"60",
	]);
	let token = token.trim();
	let genesis: sp_core::H256 = genesis.parse().expect("hash");
	let now = amchain_node::rpc_access::now();
	let (account, expires) =
		amchain_node::rpc_access::verify(token, &genesis, peer, 0, now).expect("a valid token");
	assert_eq!(account.to_string(), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
	assert!(expires > now && expires <= now + 61, "{expires} vs {now}");
	assert!(amchain_node::rpc_access::verify(token, &genesis, "12D3KooWother", 0, now).is_err());

	let refused = Command::new(env!("CARGO_BIN_EXE_amchain-node"))
		.args(["rpc-token", "--suri", "//Alice", "--genesis", "0x07", "--node", peer])
		.output()
		.expect("amchain-node runs");
	assert!(!refused.status.success(), "a malformed genesis hash is refused");
	let too_long = Command::new(env!("CARGO_BIN_EXE_amchain-node"))
		.args(["rpc-token", "--suri", "//Alice", "--node", peer, "--ttl", "86401"])
		.args(["--genesis", "0x0707070707070707070707070707070707070707070707070707070707070707"])
		.output()
		.expect("amchain-node runs");
	assert!(!too_long.status.success());
	assert!(String::from_utf8_lossy(&too_long.stderr).contains("--ttl must be between"));
}

#[test]
fn chain_specs_build_plain_and_raw() {
	let plain: serde_json::Value =
		serde_json::from_str(&node(&["build-spec", "--chain", "local"])).expect("json spec");
	assert_eq!(plain["id"], "amchain_local");
	assert_eq!(plain["properties"]["tokenSymbol"], "AMC");
	let raw: serde_json::Value =
		serde_json::from_str(&node(&["export-chain-spec", "--chain", "dev", "--raw"]))
			.expect("json spec");
	assert!(raw["genesis"]["raw"]["top"].as_object().is_some_and(|top| top.len() > 10));
}

/// `consortium-spec` refuses a bad config with every problem on its own line, naming the
/// member or validator and the field, and writes nothing.
#[test]
fn consortium_spec_reports_every_problem_of_a_bad_config() {
	let dir = std::env::temp_dir().join(format!("amchain-cli-consortium-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("temp dir");
	let config = dir.join("consortium.toml");
	let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
	std::fs::write(
		&config,
		format!(
			"name = \"Bad\"\nid = \"bad\"\n\n[[member]]\nname = \"Acme\"\naccount = \"5Grwva\"\n\
			 council = true\n\n[[validator]]\nmember = \"Acme\"\naccount = \"{alice}\"\n\
			 aura = \"{alice}\"\ngrandpa = \"{alice}\"\npeer_id = \"12D3KooWnot\"\n"
		),
	)
	.expect("config written");
	let output = Command::new(env!("CARGO_BIN_EXE_amchain-node"))
		.args(["consortium-spec", path(&config)])
		.output()
		.expect("amchain-node runs");
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(!output.status.success(), "{stderr}");
	assert!(stderr.contains("3 problems:"), "{stderr}");
	for problem in [
		"member \"Acme\": account \"5Grwva\": not an SS58 account",
		"validator 1 (member \"Acme\"): grandpa",
		"validator 1 (member \"Acme\"): peer_id \"12D3KooWnot\": not a libp2p peer id",
	] {
		assert!(stderr.lines().any(|line| line.contains(problem)), "{problem:?} in:\n{stderr}");
	}
	assert!(!dir.join("bad.json").exists(), "nothing written");
	let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn benchmarks_say_how_to_get_them() {
	let output = Command::new(env!("CARGO_BIN_EXE_amchain-node"))
		.args(["benchmark", "machine"])
		.output()
		.expect("amchain-node runs");
	if cfg!(feature = "runtime-benchmarks") {
		return;
	}
	assert!(!output.status.success());
	assert!(String::from_utf8_lossy(&output.stderr).contains("--features runtime-benchmarks"));
}

#[tokio::test(flavor = "multi_thread")]
async fn blocks_export_import_check_and_purge() {
	let mut dev = DevNode::start("cli");
	let rpc = dev.rpc().await;
	wait_for_heads(&rpc, 4, 3).await;
	dev.stop();

	let source = dev.base_path();
	let blocks = dev.dir.join("blocks.json");
	let copy = dev.dir.join("copy");

	node(&[
		"export-blocks",
		"--chain",
		"dev",
		"--base-path",
		path(&source),
		"--from",
		"1",
		"--to",
		"3",
		path(&blocks),
	]);
	let exported = std::fs::read_to_string(&blocks).expect("export file");
	assert!(exported.matches("\"header\"").count() >= 3, "three blocks exported");

	node(&["check-block", "--chain", "dev", "--base-path", path(&source), "2"]);

	node(&["import-blocks", "--chain", "dev", "--base-path", path(&copy), path(&blocks)]);
	node(&["check-block", "--chain", "dev", "--base-path", path(&copy), "3"]);

	let spec: serde_json::Value = serde_json::from_str(&node(&[
		"export-state",
		"--chain",
		"dev",
		"--base-path",
		path(&source),
		"2",
	]))
	.expect("a chain spec with the state of block 2");
	assert!(spec["genesis"]["raw"]["top"].as_object().is_some_and(|top| !top.is_empty()));

	let database = copy.join("chains").join("amchain_dev");
	assert!(database.exists());
	node(&["purge-chain", "--chain", "dev", "--base-path", path(&copy), "-y"]);
	assert!(!database.join("paritydb").exists(), "the database is gone");
}
