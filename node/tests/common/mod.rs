//! A real `amchain-node --dev` for end-to-end tests: started on free loopback
//! ports, reached over JSON-RPC, stopped when dropped (also when a test fails).

// Each test file compiles this module on its own and uses part of it.
#![allow(dead_code)]

pub mod contracts;
pub mod indexer;
pub mod network;

use std::{
	io::{Read, Write},
	net::{TcpListener, TcpStream},
	path::PathBuf,
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use amchain_primitives::participants::{Role, Roles};
use subxt::{
	dynamic::{self, Value},
	tx::Signer,
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

/// How long a dev node may take to open its RPC port (a debug build on two cores).
const STARTUP_TIMEOUT: Duration = Duration::from_secs(120);

/// A running dev node; stopped and its directory removed when dropped.
pub struct DevNode {
	child: Child,
	pub rpc_port: u16,
	pub prometheus_port: u16,
	p2p_port: u16,
	/// The test's scratch directory: the node's base path, its log, anything else.
	pub dir: PathBuf,
	log_path: PathBuf,
}

/// `amchain-node --dev` with its base path in `dir`, logging to `log` (appended).
fn spawn_dev(
	dir: &std::path::Path,
	log: &std::path::Path,
	(rpc, p2p, prometheus): (u16, u16, u16),
	flags: &[&str],
) -> Child {
	let binary = env!("CARGO_BIN_EXE_amchain-node");
	let base_path = dir.join("chain");
	let log = std::fs::OpenOptions::new()
		.create(true)
		.append(true)
		.open(log)
		.expect("log file is writable");
	Command::new(binary)
		.args(["--dev", "--no-mdns", "--no-telemetry"])
		.args(["--base-path", base_path.to_str().expect("utf-8 temp path")])
		.args(["--rpc-port", &rpc.to_string()])
		.args(["--port", &p2p.to_string()])
		.args(["--prometheus-port", &prometheus.to_string()])
		.args(flags)
		.stdout(Stdio::null())
		.stderr(Stdio::from(log))
		.spawn()
		.expect("amchain-node starts")
}

/// A loopback port that is free right now.
fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("the OS hands out a free loopback port")
}

impl DevNode {
	/// Starts `amchain-node --dev` (the binary cargo built for this test) and waits
	/// until its JSON-RPC server accepts connections.
	pub fn start(name: &str) -> Self {
		Self::start_with(name, &[])
	}

	/// [`start`](Self::start) with more command-line `flags`.
	pub fn start_with(name: &str, flags: &[&str]) -> Self {
		let rpc_port = free_port();
		let p2p_port = free_port();
		let prometheus_port = free_port();
		let dir = std::env::temp_dir().join(format!(
			"amchain-e2e-{name}-{}-{}",
			std::process::id(),
			rpc_port
		));
		let _ = std::fs::remove_dir_all(&dir);
		std::fs::create_dir_all(&dir).expect("temp dir is writable");
		let log_path = dir.join("node.log");
		let child = spawn_dev(&dir, &log_path, (rpc_port, p2p_port, prometheus_port), flags);
		let mut node = DevNode { child, rpc_port, prometheus_port, p2p_port, dir, log_path };
		node.wait_for_rpc();
		node
	}

	/// Stops the node and starts it again on the same chain and ports with `flags` (its
	/// log continues in the same file).
	pub fn restart(&mut self, flags: &[&str]) {
		self.stop();
		let ports = (self.rpc_port, self.p2p_port, self.prometheus_port);
		self.child = spawn_dev(&self.dir, &self.log_path, ports, flags);
		self.wait_for_rpc();
	}

	fn wait_for_rpc(&mut self) {
		let deadline = Instant::now() + STARTUP_TIMEOUT;
		while Instant::now() < deadline {
			if let Ok(Some(status)) = self.child.try_wait() {
				panic!("amchain-node exited before opening its RPC port: {status}");
			}
			if TcpStream::connect(("127.0.0.1", self.rpc_port)).is_ok() {
				return;
			}
			std::thread::sleep(Duration::from_millis(200));
		}
		panic!("amchain-node did not open RPC port {} within {STARTUP_TIMEOUT:?}", self.rpc_port);
	}

	/// The node's base path (`--base-path`): its keystore and database.
	pub fn base_path(&self) -> PathBuf {
		self.dir.join("chain")
	}

	/// Stops the node as Ctrl-C does (SIGINT), so its database closes cleanly; kills it if
	/// it has not exited after 30 s.
	pub fn stop(&mut self) {
		let _ = Command::new("kill").args(["-INT", &self.child.id().to_string()]).status();
		let deadline = Instant::now() + Duration::from_secs(30);
		while Instant::now() < deadline {
			if let Ok(Some(_)) = self.child.try_wait() {
				return;
			}
			std::thread::sleep(Duration::from_millis(100));
		}
		let _ = self.child.kill();
		let _ = self.child.wait();
	}

	/// The node's WebSocket/HTTP JSON-RPC endpoint.
	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// A subxt client connected to the node.
	pub async fn client(&self) -> OnlineClient<PolkadotConfig> {
		OnlineClient::<PolkadotConfig>::from_url(self.url())
			.await
			.expect("subxt connects to the node's RPC")
	}

	/// A raw JSON-RPC client for methods subxt wraps too politely.
	pub async fn rpc(&self) -> subxt::rpcs::RpcClient {
		subxt::rpcs::RpcClient::from_url(self.url())
			.await
			.expect("JSON-RPC client connects to the node")
	}

	/// The Prometheus metrics page, fetched over plain HTTP.
	pub fn metrics(&self) -> String {
		let mut stream = TcpStream::connect(("127.0.0.1", self.prometheus_port))
			.expect("Prometheus endpoint accepts connections");
		stream
			.write_all(b"GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
			.expect("request is sent");
		let mut response = String::new();
		stream.read_to_string(&mut response).expect("response is read");
		response
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
		if std::thread::panicking() {
			let log = std::fs::read_to_string(&self.log_path).unwrap_or_default();
			let tail: Vec<&str> = log.lines().rev().take(60).collect();
			eprintln!("--- last lines of the node's log ({}) ---", self.log_path.display());
			for line in tail.into_iter().rev() {
				eprintln!("{line}");
			}
		}
		let _ = std::fs::remove_dir_all(&self.dir);
	}
}

/// Best and finalized block numbers, read through the standard `chain_*` methods.
pub async fn heads(rpc: &subxt::rpcs::RpcClient) -> (u32, u32) {
	use subxt::rpcs::rpc_params;
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

/// Waits (up to 90 s) until the best block is at least `best` and the finalized one at
/// least `finalized`.
pub async fn wait_for_heads(rpc: &subxt::rpcs::RpcClient, best: u32, finalized: u32) -> (u32, u32) {
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

/// `amchain_history` of part `part`: a page of at most `limit` records from the `order`
/// end (`"oldestFirst"` or `"newestFirst"`), skipping `from`; `null` for an unknown part.
pub async fn history(
	rpc: &subxt::rpcs::RpcClient,
	part: u64,
	order: &str,
	from: u32,
	limit: u32,
) -> serde_json::Value {
	use subxt::rpcs::rpc_params;
	let item = serde_json::json!({ "part": part });
	rpc.request("amchain_history", rpc_params![item, order, from, limit])
		.await
		.expect("amchain_history answers")
}

/// The JSON-RPC error code, and its message with its data.
pub fn rpc_error(error: subxt::rpcs::Error) -> (i32, String) {
	match error {
		subxt::rpcs::Error::User(e) => {
			let data = e.data.map(|d| d.get().to_string()).unwrap_or_default();
			(e.code, format!("{} {}", e.message, data))
		},
		other => panic!("expected a JSON-RPC error response, got {other}"),
	}
}

/// Lower-case hex of `bytes`, with a `0x` prefix.
pub fn hex(bytes: &[u8]) -> String {
	format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

/// The bytes of a hex string (with or without `0x`).
pub fn unhex(s: &str) -> Vec<u8> {
	let s = s.trim_start_matches("0x");
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

/// A test account's key, derived like the dev accounts.
pub fn keypair(name: &str) -> Keypair {
	Keypair::from_uri(&format!("//amchain-e2e-{name}").parse().expect("valid uri"))
		.expect("dev-style derivation")
}

/// A key's account id.
pub fn account(k: &Keypair) -> AccountId32 {
	<Keypair as Signer<PolkadotConfig>>::account_id(k)
}

/// Signs `call` by `signer`, submits it and waits until it is finalized and succeeded;
/// returns its events.
pub async fn submit(
	api: &OnlineClient<PolkadotConfig>,
	signer: &Keypair,
	pallet: &str,
	call: &str,
	fields: Vec<Value>,
) -> subxt::extrinsics::ExtrinsicEvents<PolkadotConfig> {
	let tx = dynamic::transaction(pallet, call, fields);
	api.at_current_block()
		.await
		.expect("current block")
		.transactions()
		.sign_and_submit_then_watch_default(&tx, signer)
		.await
		.unwrap_or_else(|e| panic!("{pallet}.{call} is accepted: {e}"))
		.wait_for_finalized_success()
		.await
		.unwrap_or_else(|e| panic!("{pallet}.{call} succeeds: {e}"))
}

/// A runtime call as a dynamic value: `RuntimeCall::<pallet>(<pallet>::Call::<call> { fields })`.
pub fn call(pallet: &str, call: &str, fields: Vec<(&str, Value)>) -> Value {
	Value::unnamed_variant(pallet, [Value::named_variant(call, fields)])
}

/// A set of roles as a call argument (`Roles`, a bit mask built by
/// `amchain_primitives::participants::Roles::of`).
pub fn roles(roles: &[Role]) -> Value {
	Value::unnamed_composite([Value::u128(Roles::of(roles).0.into())])
}

/// `Certifications.register_participant` of an organisation administered by `admin`
/// with `roles` (as a call for a batch).
pub fn register(admin: &Keypair, name: &str, with: &[Role]) -> Value {
	call(
		"Certifications",
		"register_participant",
		vec![
			("admin", Value::from_bytes(account(admin).0)),
			("name", Value::from_bytes(name.as_bytes())),
			("metadata", Value::from_bytes([7u8; 32])),
			("roles", roles(with)),
		],
	)
}

/// `Certifications.define_standard` of `code` (as a call for a batch).
pub fn define_standard(code: &[u8], version: u32, uri: &[u8]) -> Value {
	call(
		"Certifications",
		"define_standard",
		vec![
			("code", Value::from_bytes(code)),
			("version", Value::u128(version.into())),
			("requirements_hash", Value::from_bytes([1u8; 32])),
			("requirements_uri", Value::from_bytes(uri)),
		],
	)
}

/// `Certifications.accredit_auditor` (as a call for a batch).
pub fn accredit_auditor(standard: u32, auditor: u32) -> Value {
	call(
		"Certifications",
		"accredit_auditor",
		vec![("standard", Value::u128(standard.into())), ("auditor", Value::u128(auditor.into()))],
	)
}

/// `Certifications.issue_certification` of `participant` for `standard`: `units` of
/// production per `period` blocks, valid until block 1 000 000, no surveillance (as a
/// call for a batch).
pub fn issue_certification(
	participant: u32,
	standard: u32,
	scope: &[u8],
	units: u128,
	period: u128,
) -> Value {
	call(
		"Certifications",
		"issue_certification",
		vec![
			("participant", Value::u128(participant.into())),
			("standard", Value::u128(standard.into())),
			("scope", Value::from_bytes(scope)),
			(
				"capacity",
				Value::named_composite([
					("units", Value::u128(units)),
					("period", Value::u128(period)),
				]),
			),
			("valid_until", Value::u128(1_000_000)),
			("surveillance_interval", none()),
		],
	)
}

/// `Balances.transfer_keep_alive` of `amount` to `to`'s account (as a call for a batch).
pub fn fund(to: &Keypair, amount: u128) -> Value {
	call(
		"Balances",
		"transfer_keep_alive",
		vec![
			("dest", Value::unnamed_variant("Id", [Value::from_bytes(account(to).0)])),
			("value", Value::u128(amount)),
		],
	)
}

/// `Parts.create_part_type` with GTIN `code`, a specification at `spec_uri` and the
/// standards its makers must be certified for (as a call for a batch).
pub fn create_part_type(code: &[u8], spec_uri: &[u8], required_standards: &[u32]) -> Value {
	call(
		"Parts",
		"create_part_type",
		vec![
			("code", Value::from_bytes(code)),
			("spec_hash", Value::from_bytes([2u8; 32])),
			("spec_uri", Value::from_bytes(spec_uri)),
			(
				"required_standards",
				Value::unnamed_composite(
					required_standards.iter().map(|s| Value::u128(*s as u128)),
				),
			),
		],
	)
}

/// The part of `System::Account` the tests read.
#[derive(Debug, subxt::ext::scale_decode::DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct AccountInfo {
	data: AccountData,
}

#[derive(Debug, subxt::ext::scale_decode::DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct AccountData {
	free: u128,
}

/// Free balance of `who` at the latest finalized block (0 for an account that does not exist).
pub async fn free_balance(api: &OnlineClient<PolkadotConfig>, who: &AccountId32) -> u128 {
	let at = api.at_current_block().await.expect("finalized block is readable");
	let address = dynamic::storage::<(AccountId32,), AccountInfo>("System", "Account");
	at.storage()
		.fetch(address, (*who,))
		.await
		.expect("System::Account is readable")
		.decode()
		.expect("System::Account decodes")
		.data
		.free
}

/// The id `pallet`'s counter `item` gives its next record (`next_id(&api,
/// "Certifications", "NextParticipantId")`), at the latest finalized block. The dev chain
/// starts with a consortium (docs/dev-chain.md), so a test reads where the ids of the
/// records it makes start instead of assuming 0.
pub async fn next_id(api: &OnlineClient<PolkadotConfig>, pallet: &str, item: &str) -> u32 {
	let at = api.at_current_block().await.expect("finalized block is readable");
	at.storage()
		.fetch(dynamic::storage::<(), u32>(pallet, item), ())
		.await
		.unwrap_or_else(|e| panic!("{pallet}::{item} is readable: {e}"))
		.decode()
		.unwrap_or_else(|e| panic!("{pallet}::{item} decodes: {e}"))
}

/// `Option::None` as a dynamic value.
pub fn none() -> Value {
	Value::unnamed_variant("None", [])
}

/// `Option::Some(v)` as a dynamic value.
pub fn some(v: Value) -> Value {
	Value::unnamed_variant("Some", [v])
}

/// `Item::Part(id)` as a dynamic value.
pub fn part(id: u64) -> Value {
	Value::unnamed_variant("Part", [Value::u128(id as u128)])
}

/// A unit enum variant (`Handover::Ownership`, `Grade::A`, …) as a dynamic value.
pub fn variant(name: &str) -> Value {
	Value::unnamed_variant(name, [])
}

/// Signs `calls` by `signer` as one `Utility.batch_all` (all or nothing), submits it and
/// waits until it is finalized and succeeded; returns its events.
pub async fn submit_batch(
	api: &OnlineClient<PolkadotConfig>,
	signer: &Keypair,
	calls: Vec<Value>,
) -> subxt::extrinsics::ExtrinsicEvents<PolkadotConfig> {
	submit(api, signer, "Utility", "batch_all", vec![Value::unnamed_composite(calls)]).await
}

/// The certification chain in three transactions: `standards_body` defines a standard
/// (`define`, a [`define_standard`] call) and accredits an auditor for it (`accredit`, an
/// [`accredit_auditor`] call) in one batch; then `auditor` issues `issue` (an
/// [`issue_certification`] call), and `holder` (the certified organisation's admin)
/// accepts it: a certification counts only once its holder accepts it.
pub async fn certify(
	api: &OnlineClient<PolkadotConfig>,
	standards_body: &Keypair,
	(define, accredit): (Value, Value),
	auditor: &Keypair,
	issue: Value,
	holder: &Keypair,
) {
	submit_batch(api, standards_body, vec![define, accredit]).await;
	let certification = next_id(api, "Certifications", "NextCertificationId").await;
	submit_batch(api, auditor, vec![issue]).await;
	submit_batch(api, holder, vec![accept_certification(certification)]).await;
}

/// `Certifications.accept_certification` of `certification` (as a call for a batch).
pub fn accept_certification(certification: u32) -> Value {
	call(
		"Certifications",
		"accept_certification",
		vec![("certification", Value::u128(certification.into()))],
	)
}

/// The first `pallet::name` event among a transaction's `events`, its fields decoded as
/// `E`; panics if there is none.
pub fn event<E: subxt::ext::scale_decode::DecodeAsFields>(
	events: &subxt::extrinsics::ExtrinsicEvents<PolkadotConfig>,
	pallet: &str,
	name: &str,
) -> E {
	events
		.iter()
		.filter_map(Result::ok)
		.find(|e| e.pallet_name() == pallet && e.event_name() == name)
		.unwrap_or_else(|| panic!("a {pallet}::{name} event"))
		.decode_fields_unchecked_as::<E>()
		.unwrap_or_else(|e| panic!("{pallet}::{name} decodes: {e}"))
}

/// `Council::Proposed`'s fields.
#[derive(Debug, subxt::ext::scale_decode::DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct Proposed {
	account: AccountId32,
	proposal_index: u32,
	proposal_hash: subxt::utils::H256,
	threshold: u32,
}

/// Passes `call` as a council motion: `members[0]` proposes it, every one of `members`
/// (the proposer too: proposing is not voting) votes aye, `members[0]` closes it; asserts that the motion executed and that the call succeeded.
/// `members` must be enough for the council's majority (two thirds).
pub async fn council_motion(api: &OnlineClient<PolkadotConfig>, members: &[&Keypair], call: Value) {
	const LENGTH_BOUND: u32 = 100_000;
	let threshold = members.len() as u32;
	let events = submit(
		api,
		members[0],
		"Council",
		"propose",
		vec![Value::u128(threshold.into()), call, Value::u128(LENGTH_BOUND.into())],
	)
	.await;
	let proposed: Proposed = event(&events, "Council", "Proposed");
	assert_eq!(proposed.threshold, threshold);
	let hash = Value::from_bytes(proposed.proposal_hash.0);
	let index = Value::u128(proposed.proposal_index.into());
	for voter in members {
		submit(api, voter, "Council", "vote", vec![hash.clone(), index.clone(), Value::bool(true)])
			.await;
	}
	let weight_bound = Value::named_composite([
		("ref_time", Value::u128(1_000_000_000_000)),
		("proof_size", Value::u128(1_000_000)),
	]);
	let events = submit(
		api,
		members[0],
		"Council",
		"close",
		vec![hash, index, weight_bound, Value::u128(LENGTH_BOUND.into())],
	)
	.await;
	// The motion passed and executed…
	let executed: Executed = event(&events, "Council", "Executed");
	let result = executed.result.to_string();
	assert!(result.starts_with("Ok"), "the council's call failed: {result}");
}

/// Registers organisations (calls made by [`register`]) by governance, in one council motion
/// of Alice and Bob (two of the dev chain's three members). Only governance grants the
/// standards-organisation and auditor roles (docs/records.md), so a test that needs them
/// registers its organisations this way, all in one list, so their ids follow its order.
pub async fn register_by_council(api: &OnlineClient<PolkadotConfig>, registrations: Vec<Value>) {
	use subxt_signer::sr25519::dev;
	let motion =
		call("Utility", "batch_all", vec![("calls", Value::unnamed_composite(registrations))]);
	council_motion(api, &[&dev::alice(), &dev::bob()], motion).await;
}

/// `Council::Executed`'s fields.
#[derive(Debug, subxt::ext::scale_decode::DecodeAsType)]
#[decode_as_type(crate_path = "subxt::ext::scale_decode")]
struct Executed {
	proposal_hash: subxt::utils::H256,
	result: Value,
}

/// Signs each of `batches` (lists of calls) by `signer` as one `Utility.batch_all`, with
/// consecutive nonces, submits them all at once and waits (up to half an hour) until the
/// node has included the last; returns the best block then. The transactions are
/// immortal: when batches fill blocks, the last ones wait longer than a mortal
/// transaction's default era. For benchmarks that build a large chain quickly.
pub async fn submit_all(
	api: &OnlineClient<PolkadotConfig>,
	rpc: &subxt::rpcs::RpcClient,
	signer: &Keypair,
	batches: Vec<Vec<Value>>,
) -> u32 {
	use subxt::config::polkadot::PolkadotExtrinsicParamsBuilder as Params;
	let at = api.at_current_block().await.expect("current block");
	let who = account(signer);
	let first = at.transactions().account_nonce(&who).await.expect("nonce");
	let count = batches.len() as u64;
	for (i, calls) in batches.into_iter().enumerate() {
		let tx =
			dynamic::transaction("Utility", "batch_all", vec![Value::unnamed_composite(calls)]);
		let params = Params::new().immortal().nonce(first + i as u64).build();
		at.transactions()
			.sign_and_submit(&tx, signer, params)
			.await
			.unwrap_or_else(|e| panic!("batch {i} is accepted: {e}"));
	}
	let deadline = Instant::now() + Duration::from_secs(1_800);
	loop {
		let now = api.at_current_block().await.expect("current block");
		let nonce = now.transactions().account_nonce(&who).await.expect("nonce");
		if nonce >= first + count {
			return heads(rpc).await.0;
		}
		assert!(Instant::now() < deadline, "the batches were not included in half an hour");
		tokio::time::sleep(Duration::from_secs(1)).await;
	}
}

/// `calls` cut into batches of at most `per` calls each, in order.
pub fn batches(calls: Vec<Value>, per: usize) -> Vec<Vec<Value>> {
	let mut out = Vec::new();
	let mut calls = calls.into_iter().peekable();
	while calls.peek().is_some() {
		out.push(calls.by_ref().take(per).collect());
	}
	out
}
