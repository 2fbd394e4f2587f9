//! A runtime upgrade by council motion on the four-validator local network: the network
//! starts on the previous release's runtime (`runtime/PREVIOUS_RELEASE`, built by
//! `scripts/previous-runtime.sh`), organisations are registered in that runtime's storage
//! layout, the council authorises this build's runtime and anyone applies it; the new
//! runtime's migration rewrites the records (checked under try-runtime in the runtime's
//! tests, checked here on the live chain), and the chain goes on finalizing.
//! Prints what it measured.

mod common;

use amchain_primitives::participants::Role;

use std::{
	path::PathBuf,
	process::{Command, Stdio},
	time::{Duration, Instant},
};

use common::{
	account, call, council_motion, heads, indexer::Indexer, network::LocalNetwork, register,
	wait_for_heads,
};
use serde_json::json;
use subxt::{
	dynamic::{self, Value},
	rpcs::{rpc_params, RpcClient},
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::{dev, Keypair};

fn hex_of(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The account spec 100 recorded for the council as registrar:
/// `PalletId(*b"am/cncl_").into_account_truncating()`.
fn legacy_council_registrar() -> AccountId32 {
	let mut bytes = [0u8; 32];
	bytes[..4].copy_from_slice(b"modl");
	bytes[4..12].copy_from_slice(b"am/cncl_");
	AccountId32(bytes)
}

/// The spec version of the previous release, from `runtime/PREVIOUS_RELEASE`.
fn previous_spec_version() -> u64 {
	let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../runtime/PREVIOUS_RELEASE");
	let text = std::fs::read_to_string(file).expect("runtime/PREVIOUS_RELEASE");
	let line = text.lines().find(|l| !l.starts_with('#')).expect("a release line");
	line.split_whitespace().nth(1).expect("commit and spec_version").parse().expect("a number")
}

/// Writes a raw `local` spec whose genesis runs the previous release (the script builds
/// that runtime once, about 10 minutes, then answers from its cache).
fn previous_release_spec(dir: &std::path::Path) -> PathBuf {
	let spec = dir.join("local-previous-release.json");
	let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/previous-runtime.sh");
	let status = Command::new(script)
		.args(["--local-spec", spec.to_str().expect("utf-8")])
		.env("AMCHAIN_NODE", env!("CARGO_BIN_EXE_amchain-node"))
		.stdout(Stdio::null())
		.status()
		.expect("scripts/previous-runtime.sh runs");
	assert!(status.success(), "the previous release's runtime and spec are built");
	spec
}

/// `state_getRuntimeVersion`'s spec version at `at` (the best block when `None`).
async fn spec_version(rpc: &RpcClient, at: Option<&str>) -> u64 {
	let version: serde_json::Value =
		rpc.request("state_getRuntimeVersion", rpc_params![at]).await.expect("runtime version");
	version["specVersion"].as_u64().expect("specVersion")
}

/// The raw value of the storage item `pallet::item` (a plain value) at `at` (the best
/// block when `None`).
async fn raw_storage(rpc: &RpcClient, pallet: &str, item: &str, at: Option<&str>) -> Vec<u8> {
	let mut key = sp_crypto_hashing::twox_128(pallet.as_bytes()).to_vec();
	key.extend(sp_crypto_hashing::twox_128(item.as_bytes()));
	let value: Option<String> = rpc
		.request("state_getStorage", rpc_params![common::hex(&key), at])
		.await
		.expect("state_getStorage");
	common::unhex(&value.unwrap_or_else(|| panic!("{pallet}::{item} is set")))
}

/// The spec version whose migrations last ran (`System::LastRuntimeUpgrade`) at `at`.
async fn last_runtime_upgrade(rpc: &RpcClient, at: &str) -> u64 {
	use codec::Decode;
	let bytes = raw_storage(rpc, "System", "LastRuntimeUpgrade", Some(at)).await;
	// `LastRuntimeUpgradeInfo { spec_version: Compact<u32>, spec_name }`
	codec::Compact::<u32>::decode(&mut &bytes[..]).expect("a compact spec version").0 as u64
}

/// A participant record as spec 100 stored it: its registrar an account.
#[derive(Debug, subxt::ext::scale_decode::DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct ParticipantV1 {
	admin: AccountId32,
	registered_by: AccountId32,
}

/// A participant record as this runtime stores it.
#[derive(Debug, subxt::ext::scale_decode::DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct Participant {
	admin: AccountId32,
	registered_by: Registrar,
}

#[derive(Debug, PartialEq, subxt::ext::scale_decode::DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
enum Registrar {
	Account(AccountId32),
	Governance,
}

/// `Certifications::Participants(id)` at the current finalized block, decoded as `P`.
async fn participant<P: subxt::ext::scale_decode::DecodeAsType>(
	api: &OnlineClient<PolkadotConfig>,
	id: u32,
) -> P {
	let at = api.at_current_block().await.expect("finalized block");
	at.storage()
		.fetch(dynamic::storage::<(u32,), P>("Certifications", "Participants"), (id,))
		.await
		.unwrap_or_else(|e| panic!("participant {id} is readable: {e}"))
		.decode()
		.unwrap_or_else(|e| panic!("participant {id} decodes: {e}"))
}

/// The pallet's on-chain storage version (`:__STORAGE_VERSION__:`, a little-endian u16).
async fn storage_version(rpc: &RpcClient, pallet: &str) -> u16 {
	let bytes = raw_storage(rpc, pallet, ":__STORAGE_VERSION__:", None).await;
	u16::from_le_bytes([bytes[0], bytes[1]])
}

/// Alice, a registrar, registers a supplier administered by `admin`, and waits until
/// that is finalized.
async fn register_by_alice(api: &OnlineClient<PolkadotConfig>, admin: &Keypair, name: &str) {
	let call = register(admin, name, &[Role::Supplier]);
	common::submit_batch(api, &dev::alice(), vec![call]).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_council_upgrades_the_runtime_and_its_migration_runs() {
	let dir = std::env::temp_dir().join(format!("amchain-upgrade-{}", std::process::id()));
	std::fs::create_dir_all(&dir).expect("scratch directory");
	let spec = previous_release_spec(&dir);
	let net = LocalNetwork::start_chain(1, Some(spec));
	let _ = std::fs::remove_dir_all(&dir);
	let rpc = net.rpc("alice").await;
	let api = OnlineClient::<PolkadotConfig>::from_url(net.url("alice")).await.expect("subxt");
	let (alice, bob, charlie) = (dev::alice(), dev::bob(), dev::charlie());
	let council = [&alice, &bob, &charlie];

	// The network runs the previous release.
	let previous = previous_spec_version();
	assert_eq!(spec_version(&rpc, None).await, previous);
	let current = amchain_runtime::VERSION.spec_version as u64;
	assert!(current > previous, "this build's runtime is a later release");
	assert_eq!(storage_version(&rpc, "Certifications").await, 1);
	assert_eq!(storage_version(&rpc, "Parts").await, 1);
	let genesis: String = rpc.request("chain_getBlockHash", rpc_params![0]).await.expect("hash");
	assert_eq!(last_runtime_upgrade(&rpc, &genesis).await, previous);

	// Organisations in its layout: Eve Robotics registered by Alice, a registrar; Ferdie
	// Foundry admitted by the council, recorded under the stand-in account.
	let (eve, ferdie) = (dev::eve(), dev::ferdie());
	register_by_alice(&api, &eve, "Eve Robotics").await;
	council_motion(&api, &council, register(&ferdie, "Ferdie Foundry", &[Role::Supplier])).await;
	let before: [ParticipantV1; 2] = [participant(&api, 0).await, participant(&api, 1).await];
	assert_eq!(before[0].admin, account(&eve));
	assert_eq!(before[0].registered_by, account(&alice));
	assert_eq!(before[1].admin, account(&ferdie));
	assert_eq!(before[1].registered_by, legacy_council_registrar());

	// The council authorises this build's runtime; anyone may then apply it.
	let code = amchain_runtime::WASM_BINARY.expect("the runtime's wasm is built");
	let started = Instant::now();
	council_motion(
		&api,
		&council,
		call(
			"Consortium",
			"authorize_upgrade",
			vec![("code_hash", Value::from_bytes(sp_crypto_hashing::blake2_256(code)))],
		),
	)
	.await;
	let authorised = started.elapsed();
	let apply =
		dynamic::transaction("System", "apply_authorized_upgrade", vec![Value::from_bytes(code)]);
	let events = api
		.at_current_block()
		.await
		.expect("current block")
		.transactions()
		.create_unsigned(&apply)
		.expect("an unsigned call")
		.submit_and_watch()
		.await
		.expect("the pool accepts the authorised code")
		.wait_for_finalized_success()
		.await
		.expect("the upgrade is applied");
	assert!(
		events
			.iter()
			.filter_map(Result::ok)
			.any(|e| e.pallet_name() == "System" && e.event_name() == "CodeUpdated"),
		"System::CodeUpdated"
	);
	let applied = started.elapsed();

	// The block that applied the code stores it; the next block is the first to run it,
	// its migrations first thing, and records that in `System::LastRuntimeUpgrade`.
	let deadline = Instant::now() + Duration::from_secs(120);
	let upgraded_at = loop {
		let hash: String =
			rpc.request("chain_getFinalizedHead", rpc_params![]).await.expect("finalized head");
		if last_runtime_upgrade(&rpc, &hash).await == current {
			break heads(&rpc).await.1;
		}
		assert!(Instant::now() < deadline, "the upgrade was not finalized within 120 s");
		tokio::time::sleep(Duration::from_millis(500)).await;
	};
	let enacted = started.elapsed();

	// The records are migrated: read with the new runtime's types.
	let api = OnlineClient::<PolkadotConfig>::from_url(net.url("alice")).await.expect("subxt");
	// Certifications v1 → v2 → v3 (live certifications apart from the history), parts
	// v1 → v2 → v3 (quarantined parts counted per assembly, then the recalled batches below
	// each assembly), in one upgrade.
	assert_eq!(storage_version(&rpc, "Certifications").await, 3);
	assert_eq!(storage_version(&rpc, "Parts").await, 3);
	let eve_robotics: Participant = participant(&api, 0).await;
	assert_eq!(eve_robotics.admin, account(&eve));
	assert_eq!(eve_robotics.registered_by, Registrar::Account(account(&alice)));
	let ferdie_foundry: Participant = participant(&api, 1).await;
	assert_eq!(ferdie_foundry.admin, account(&ferdie));
	assert_eq!(ferdie_foundry.registered_by, Registrar::Governance);

	// And the chain goes on: every validator finalizes past the upgrade, and a new
	// registration is recorded in the new layout.
	for name in ["alice", "bob", "charlie", "dave"] {
		let node = net.rpc(name).await;
		wait_for_heads(&node, upgraded_at + 3, upgraded_at + 3).await;
		assert_eq!(spec_version(&node, None).await, current, "{name} runs the new runtime");
	}
	let dave = dev::dave();
	register_by_alice(&api, &dave, "Dave Dynamics").await;
	let dave_dynamics: Participant = participant(&api, 2).await;
	assert_eq!(dave_dynamics.registered_by, Registrar::Account(account(&alice)));
	let after = started.elapsed();

	// The indexer follows the chain from genesis across the upgrade: each block's events
	// decoded with its own runtime's metadata (spec 100's `ParticipantRegistered` names the
	// registrar's account, this release's a `Registrar`), and the records the migration
	// rewrote, without events, read again at the upgrade.
	let scratch =
		std::env::temp_dir().join(format!("amchain-upgrade-index-{}", std::process::id()));
	std::fs::create_dir_all(&scratch).expect("scratch directory");
	let indexer = Indexer::start(&net.url("alice"), &scratch);
	let (_, finalized) = heads(&rpc).await;
	indexer.wait_for_block(finalized.into(), Duration::from_secs(180));
	let answer = indexer.query(
		r#"{ indexerStatus { specVersion }
		     registered: events(pallet: "Certifications", variant: "ParticipantRegistered") {
		       edges { node { block fields } } }
		     upgrade: events(pallet: "System", variant: "CodeUpdated") { edges { node { block } } }
		     eve: participant(id: 0) { name record }
		     ferdie: participant(id: 1) { name record } }"#,
	);
	assert!(answer.get("errors").is_none(), "no errors: {answer}");
	let data = &answer["data"];
	assert_eq!(data["indexerStatus"]["specVersion"], current);
	let code_updated = data["upgrade"]["edges"][0]["node"]["block"].as_u64().expect("CodeUpdated");
	assert!(
		code_updated < u64::from(upgraded_at),
		"the code was stored before the upgrade ran: {answer}"
	);
	let hex = |k: &Keypair| format!("0x{}", hex_of(&account(k).0));
	let registrars: Vec<&serde_json::Value> = data["registered"]["edges"]
		.as_array()
		.expect("edges")
		.iter()
		.map(|e| &e["node"]["fields"]["registrar"])
		.collect();
	assert_eq!(
		registrars,
		[
			&json!(hex(&alice)),
			&json!(format!("0x{}", hex_of(&legacy_council_registrar().0))),
			&json!({ "Account": hex(&alice) })
		],
		"Eve's and Ferdie's in spec {previous}'s shape, Dave's in this release's: {answer}"
	);
	assert_eq!(data["eve"]["name"], "Eve Robotics");
	assert_eq!(
		data["eve"]["record"]["registered_by"],
		json!({ "Account": hex(&alice) }),
		"migrated: {answer}"
	);
	assert_eq!(data["ferdie"]["record"]["registered_by"], "Governance", "migrated: {answer}");
	drop(indexer);
	let _ = std::fs::remove_dir_all(&scratch);

	println!(
		"runtime upgrade {previous} -> {current} ({} bytes of code): motion passed {:.1} s, \
		 applied and finalized {:.1} s, migrations run and finalized (#{upgraded_at}) {:.1} s, \
		 three more blocks finalized on all four and a new registration {:.1} s after the \
		 motion was proposed",
		code.len(),
		authorised.as_secs_f64(),
		applied.as_secs_f64(),
		enacted.as_secs_f64(),
		after.as_secs_f64(),
	);
}
