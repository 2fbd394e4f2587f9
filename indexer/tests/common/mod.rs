//! Real components for the indexer's tests: an `amchain-node --dev`, a PostgreSQL server
//! of its own, the indexer binary, and a plain HTTP client for its GraphQL endpoint.

#![allow(dead_code)]

use std::{
	io::{Read, Write},
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use serde_json::{json, Value as Json};
use subxt::{
	dynamic::{self, Value},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

/// A loopback port that is free right now.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("the OS hands out a free loopback port")
}

/// A scratch directory under the system's temporary directory, emptied first.
pub fn scratch(name: &str) -> PathBuf {
	let dir = std::env::temp_dir().join(format!("amchain-indexer-{name}-{}", std::process::id()));
	let _ = std::fs::remove_dir_all(&dir);
	std::fs::create_dir_all(&dir).expect("temp dir is writable");
	dir
}

pub fn wait_for_port(port: u16, child: &mut Child, what: &str, timeout: Duration) {
	let deadline = Instant::now() + timeout;
	while Instant::now() < deadline {
		if let Ok(Some(status)) = child.try_wait() {
			panic!("{what} exited before opening port {port}: {status}");
		}
		if TcpStream::connect(("127.0.0.1", port)).is_ok() {
			return;
		}
		std::thread::sleep(Duration::from_millis(100));
	}
	panic!("{what} did not open port {port} within {timeout:?}");
}

/// The amchain-node binary: `$AMCHAIN_NODE`, else the workspace's debug build
/// (`$CARGO_TARGET_DIR/debug/amchain-node`, or `target/debug/amchain-node`).
pub fn node_binary() -> PathBuf {
	if let Some(path) = std::env::var_os("AMCHAIN_NODE") {
		return PathBuf::from(path);
	}
	let target = std::env::var_os("CARGO_TARGET_DIR")
		.map(PathBuf::from)
		.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
	let path = target.join("debug/amchain-node");
	assert!(
		path.exists(),
		"no amchain-node at {}: build it (cargo build -p amchain-node) or set AMCHAIN_NODE",
		path.display()
	);
	path
}

/// A running `amchain-node --dev`; killed and its directory removed when dropped.
pub struct DevNode {
	child: Child,
	pub rpc_port: u16,
	dir: PathBuf,
}

impl DevNode {
	pub fn start() -> DevNode {
		DevNode::start_with(&[])
	}

	/// `amchain-node --dev` with more flags.
	pub fn start_with(flags: &[&str]) -> DevNode {
		let dir = scratch("node");
		let rpc_port = free_port();
		let log = std::fs::File::create(dir.join("node.log")).expect("log file");
		let mut child = Command::new(node_binary())
			.args(["--dev", "--no-mdns", "--no-telemetry", "--no-prometheus"])
			.args(["--base-path", dir.join("chain").to_str().expect("utf-8 path")])
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--port", &free_port().to_string()])
			.args(flags)
			.stdout(Stdio::null())
			.stderr(Stdio::from(log))
			.spawn()
			.expect("amchain-node starts");
		wait_for_port(rpc_port, &mut child, "amchain-node", Duration::from_secs(120));
		DevNode { child, rpc_port, dir }
	}

	pub fn url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
		if std::thread::panicking() {
			let log = std::fs::read_to_string(self.dir.join("node.log")).unwrap_or_default();
			let tail: Vec<&str> = log.lines().rev().take(30).collect();
			eprintln!("--- last lines of the node's log ---");
			tail.iter().rev().for_each(|l| eprintln!("{l}"));
		}
		let _ = std::fs::remove_dir_all(&self.dir);
	}
}

/// A PostgreSQL server of the test's own: `initdb` into a temporary directory, started on
/// a free port with `pg_ctl`, stopped (immediately) and removed when dropped. Run as the
/// `postgres` user when the test runs as root (initdb refuses root).
pub struct Postgres {
	bin: PathBuf,
	dir: PathBuf,
	as_postgres: bool,
	pub url: String,
	/// A database of the caller's (`$AMCHAIN_PG_URL`): nothing to stop.
	external: bool,
}

impl Postgres {
	/// `$AMCHAIN_PG_URL` if set (the test creates a database of its own there), else a
	/// server of its own from `$AMCHAIN_PG` (a directory with `initdb` and `pg_ctl`) or
	/// Debian's `/usr/lib/postgresql/<newest>/bin`; `None` (the caller skips, saying so)
	/// only when there is neither.
	pub async fn start() -> Option<Postgres> {
		if let Ok(url) = std::env::var("AMCHAIN_PG_URL") {
			let database = format!("amchain_indexer_test_{}", std::process::id());
			use sqlx::Connection;
			let mut c = sqlx::PgConnection::connect(&url).await.expect("AMCHAIN_PG_URL connects");
			sqlx::query(&format!("CREATE DATABASE {database}"))
				.execute(&mut c)
				.await
				.expect("the test creates its database");
			let base = url.rsplit_once('/').map_or(url.as_str(), |(b, _)| b).to_string();
			return Some(Postgres {
				bin: PathBuf::new(),
				dir: PathBuf::new(),
				as_postgres: false,
				url: format!("{base}/{database}"),
				external: true,
			});
		}
		let bin = match std::env::var_os("AMCHAIN_PG") {
			Some(dir) => PathBuf::from(dir),
			None => {
				let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
					.into_iter()
					.flatten()
					.filter_map(|e| e.ok().map(|e| e.path().join("bin")))
					.filter(|p| p.join("pg_ctl").exists())
					.collect();
				versions.sort();
				versions.pop()?
			},
		};
		let as_postgres = Command::new("id")
			.arg("-u")
			.output()
			.map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
			.unwrap_or(false);
		let dir = scratch("pg");
		if as_postgres {
			let status = Command::new("chown")
				.args(["-R", "postgres:postgres", dir.to_str().expect("utf-8 path")])
				.status()
				.expect("chown runs");
			assert!(status.success(), "the scratch directory is given to the postgres user");
		}
		let port = free_port();
		let data = dir.join("data");
		let pg = Postgres {
			bin,
			dir: dir.clone(),
			as_postgres,
			url: format!("postgres://amchain@127.0.0.1:{port}/postgres"),
			external: false,
		};
		pg.run(
			"initdb",
			&[
				"-D",
				data.to_str().unwrap(),
				"-U",
				"amchain",
				"--auth=trust",
				"-E",
				"UTF8",
				"--no-locale",
			],
		);
		let options =
			format!("-p {port} -k {} -c listen_addresses=127.0.0.1 -F", dir.to_str().unwrap());
		pg.run(
			"pg_ctl",
			&[
				"-D",
				data.to_str().unwrap(),
				"-o",
				&options,
				"-l",
				dir.join("postgres.log").to_str().unwrap(),
				"-w",
				"-t",
				"60",
				"start",
			],
		);
		Some(pg)
	}

	fn run(&self, tool: &str, args: &[&str]) {
		let program = self.bin.join(tool);
		let output = if self.as_postgres {
			Command::new("runuser")
				.args(["-u", "postgres", "--"])
				.arg(&program)
				.args(args)
				.current_dir(&self.dir)
				.output()
		} else {
			Command::new(&program).args(args).current_dir(&self.dir).output()
		}
		.unwrap_or_else(|e| panic!("{} runs: {e}", program.display()));
		assert!(
			output.status.success(),
			"{tool} failed: {}{}",
			String::from_utf8_lossy(&output.stdout),
			String::from_utf8_lossy(&output.stderr)
		);
	}
}

impl Drop for Postgres {
	fn drop(&mut self) {
		if self.external {
			return;
		}
		let data = self.dir.join("data");
		let program = self.bin.join("pg_ctl");
		let args = ["-D", data.to_str().unwrap_or_default(), "-m", "immediate", "stop"];
		let _ = if self.as_postgres {
			Command::new("runuser").args(["-u", "postgres", "--"]).arg(&program).args(args).output()
		} else {
			Command::new(&program).args(args).output()
		};
		let _ = std::fs::remove_dir_all(&self.dir);
	}
}

/// A running amchain-indexer; killed when dropped.
pub struct Indexer {
	pub child: Child,
	pub graphql_port: u16,
	log: PathBuf,
}

impl Indexer {
	/// Starts the indexer against `node` with store `database`, serving GraphQL on a free
	/// port, and waits until GraphQL answers.
	pub fn start(node: &str, database: &str, log: PathBuf) -> Indexer {
		Indexer::start_with(node, database, log, &[])
	}

	/// Like [`Indexer::start`], with more flags.
	pub fn start_with(node: &str, database: &str, log: PathBuf, flags: &[&str]) -> Indexer {
		let mut indexer = Indexer::spawn_with(node, database, log, flags);
		wait_for_port(
			indexer.graphql_port,
			&mut indexer.child,
			"amchain-indexer",
			Duration::from_secs(30),
		);
		indexer
	}

	/// Starts the indexer without waiting.
	pub fn spawn(node: &str, database: &str, log: PathBuf) -> Indexer {
		Indexer::spawn_with(node, database, log, &[])
	}

	/// Starts the indexer with more flags, without waiting.
	pub fn spawn_with(node: &str, database: &str, log: PathBuf, flags: &[&str]) -> Indexer {
		let graphql_port = free_port();
		let file = std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("log");
		let child = Command::new(env!("CARGO_BIN_EXE_amchain-indexer"))
			.args(["--node", node, "--database", database, "--poll-ms", "200"])
			.args(["--graphql", &format!("127.0.0.1:{graphql_port}")])
			.args(flags)
			.env("RUST_LOG", "amchain_indexer=debug")
			.stdout(Stdio::null())
			.stderr(Stdio::from(file))
			.spawn()
			.expect("amchain-indexer starts");
		Indexer { child, graphql_port, log }
	}

	/// Kills it as `kill -9` does.
	pub fn kill(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}

	/// Posts a GraphQL query; the whole response (`data` and `errors`).
	pub fn query(&self, query: &str) -> Json {
		graphql(self.graphql_port, query)
	}

	/// Waits (up to 60 s) until the indexer has indexed block `number`.
	pub fn wait_for_block(&self, number: u64) {
		let deadline = Instant::now() + Duration::from_secs(60);
		loop {
			let status = self.query("{ indexerStatus { lastBlock } }");
			if status["data"]["indexerStatus"]["lastBlock"].as_u64().is_some_and(|n| n >= number) {
				return;
			}
			assert!(
				Instant::now() < deadline,
				"the indexer did not reach block {number}: {status}"
			);
			std::thread::sleep(Duration::from_millis(200));
		}
	}

	pub fn log(&self) -> String {
		std::fs::read_to_string(&self.log).unwrap_or_default()
	}
}

impl Drop for Indexer {
	fn drop(&mut self) {
		self.kill();
		if std::thread::panicking() {
			let log = self.log();
			let tail: Vec<&str> = log.lines().rev().take(30).collect();
			eprintln!("--- last lines of the indexer's log ({}) ---", self.log.display());
			tail.iter().rev().for_each(|l| eprintln!("{l}"));
		}
	}
}

/// POSTs `{"query": query}` to `http://127.0.0.1:port/graphql` over plain HTTP/1.1.
pub fn graphql(port: u16, query: &str) -> Json {
	let body = json!({ "query": query }).to_string();
	let (status, response) = http_post(port, "/graphql", &body);
	serde_json::from_str(&response)
		.unwrap_or_else(|e| panic!("GraphQL answers JSON (HTTP {status}): {e}: {response}"))
}

/// A POST of a JSON body; (status, body).
pub fn http_post(port: u16, path: &str, body: &str) -> (u16, String) {
	let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("GraphQL accepts connections");
	stream.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
	write!(
		stream,
		"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)
	.expect("request is sent");
	let mut response = Vec::new();
	stream.read_to_end(&mut response).expect("response is read");
	let response = String::from_utf8_lossy(&response).to_string();
	let (head, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
	let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
	let body = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
		dechunk(body)
	} else {
		body.to_string()
	};
	(status, body)
}

/// A GET over plain HTTP/1.1: (status, head, body).
pub fn http_get(port: u16, path: &str) -> (u16, String, String) {
	let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the indexer accepts");
	stream.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
	write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
		.expect("request is sent");
	let mut response = Vec::new();
	stream.read_to_end(&mut response).expect("response is read");
	let response = String::from_utf8_lossy(&response).to_string();
	let (head, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
	let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
	let chunked = head.to_ascii_lowercase().contains("transfer-encoding: chunked");
	let body = if chunked { dechunk(body) } else { body.to_string() };
	(status, head.to_string(), body)
}

/// A header's value in a head from [`http_get`] (the name in any case).
pub fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
	head.lines().find_map(|l| {
		let (n, v) = l.split_once(':')?;
		n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
	})
}

/// One server-sent event: its id, its event name and its data.
#[derive(Debug, Clone, PartialEq)]
pub struct Sse {
	pub id: String,
	pub event: String,
	pub data: Json,
}

/// An open server-sent-events response (`GET path` over plain HTTP/1.1).
pub struct SseStream {
	reader: std::io::BufReader<TcpStream>,
	pub status: u16,
	/// The body, when the server refused (status not 200).
	pub refusal: String,
}

impl SseStream {
	/// Sends the request and reads the response head: when this returns, the server has
	/// fixed where the stream starts.
	pub fn open(port: u16, path: &str, last_event_id: Option<&str>) -> SseStream {
		use std::io::BufRead;
		let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the indexer accepts");
		stream.set_read_timeout(Some(Duration::from_secs(60))).expect("timeout");
		let resume = last_event_id.map(|id| format!("Last-Event-ID: {id}\r\n")).unwrap_or_default();
		write!(
			stream,
			"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\
			 Connection: close\r\n{resume}\r\n"
		)
		.expect("request is sent");
		let mut reader = std::io::BufReader::new(stream);
		let mut head = String::new();
		loop {
			let mut line = String::new();
			reader.read_line(&mut line).expect("a response head");
			if line == "\r\n" || line.is_empty() {
				break;
			}
			head.push_str(&line);
		}
		let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
		let mut refusal = String::new();
		if status != 200 {
			let _ = reader.read_to_string(&mut refusal);
		}
		SseStream { reader, status, refusal }
	}

	/// The next `n` events (comments and keep-alives skipped); panics after 60 s of silence.
	pub fn take(&mut self, n: usize) -> Vec<Sse> {
		use std::io::BufRead;
		let mut events = Vec::new();
		let (mut id, mut event, mut data) = (String::new(), String::new(), String::new());
		while events.len() < n {
			let mut line = String::new();
			self.reader.read_line(&mut line).expect("the stream goes on");
			// The body is chunked: a chunk-size line comes before each piece. Lines of an
			// event are never split by axum (one chunk per event), so skip hex-only lines.
			let line = line.trim_end_matches(['\r', '\n']);
			if let Some(v) = line.strip_prefix("id:") {
				id = v.trim().to_string();
			} else if let Some(v) = line.strip_prefix("event:") {
				event = v.trim().to_string();
			} else if let Some(v) = line.strip_prefix("data:") {
				data.push_str(v.trim());
			} else if line.is_empty() && !data.is_empty() {
				let parsed = serde_json::from_str(&data).unwrap_or(Json::String(data.clone()));
				events.push(Sse { id: id.clone(), event: event.clone(), data: parsed });
				data.clear();
			}
		}
		events
	}
}

fn dechunk(mut body: &str) -> String {
	let mut out = String::new();
	while let Some((size, rest)) = body.split_once("\r\n") {
		let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
		if size == 0 {
			break;
		}
		out.push_str(&rest[..size]);
		body = &rest[size + 2..];
	}
	out
}

// ---- the chain side: signed extrinsics, as node/tests/common does ----

pub type Api = OnlineClient<PolkadotConfig>;

/// Signs `call` by `signer`, submits it and waits until it is in a block (`finalized`:
/// a finalized one) and succeeded; returns that block's number.
pub async fn submit(
	api: &Api,
	signer: &Keypair,
	finalized: bool,
	pallet: &str,
	call: &str,
	fields: Vec<Value>,
) -> u64 {
	use subxt::transactions::TransactionStatus;
	let tx = dynamic::transaction(pallet, call, fields);
	let mut progress = api
		.at_current_block()
		.await
		.expect("current block")
		.transactions()
		.sign_and_submit_then_watch_default(&tx, signer)
		.await
		.unwrap_or_else(|e| panic!("{pallet}.{call} is accepted: {e}"));
	let in_block = loop {
		let status = progress
			.next()
			.await
			.unwrap_or_else(|| panic!("{pallet}.{call}: the status stream ended"))
			.unwrap_or_else(|e| panic!("{pallet}.{call}: {e}"));
		match status {
			TransactionStatus::InBestBlock(b) if !finalized => break b,
			TransactionStatus::InFinalizedBlock(b) => break b,
			TransactionStatus::Error { message }
			| TransactionStatus::Invalid { message }
			| TransactionStatus::Dropped { message } => panic!("{pallet}.{call}: {message}"),
			_ => {},
		}
	};
	in_block.wait_for_success().await.unwrap_or_else(|e| panic!("{pallet}.{call} succeeds: {e}"));
	api.at_block(in_block.block_hash()).await.expect("the block is readable").block_number()
}

/// `Utility.batch_all` of `calls`, signed by `signer`; the block it is in.
pub async fn submit_batch(api: &Api, signer: &Keypair, finalized: bool, calls: Vec<Value>) -> u64 {
	submit(api, signer, finalized, "Utility", "batch_all", vec![Value::unnamed_composite(calls)])
		.await
}

/// A runtime call as a dynamic value.
pub fn call(pallet: &str, call: &str, fields: Vec<(&str, Value)>) -> Value {
	Value::unnamed_variant(pallet, [Value::named_variant(call, fields)])
}

pub fn none() -> Value {
	Value::unnamed_variant("None", [])
}

pub fn some(v: Value) -> Value {
	Value::unnamed_variant("Some", [v])
}

/// `Item::Part(id)`.
pub fn part(id: u64) -> Value {
	Value::unnamed_variant("Part", [Value::u128(id.into())])
}

/// A unit enum variant (`Handover::Ownership`).
pub fn variant(name: &str) -> Value {
	Value::unnamed_variant(name, [])
}

/// A plain storage value of `pallet` as `T`, at the latest finalized block.
pub async fn storage_value<T: subxt::ext::scale_decode::DecodeAsType>(
	api: &Api,
	pallet: &str,
	item: &str,
) -> T {
	let at = api.at_current_block().await.expect("finalized block is readable");
	at.storage()
		.fetch(dynamic::storage::<(), T>(pallet, item), ())
		.await
		.unwrap_or_else(|e| panic!("{pallet}::{item} is readable: {e}"))
		.decode()
		.unwrap_or_else(|e| panic!("{pallet}::{item} decodes: {e}"))
}

/// The node's best and finalized block numbers.
pub async fn heads(rpc: &subxt::rpcs::RpcClient) -> (u64, u64) {
	use subxt::rpcs::rpc_params;
	let number = |header: Json| {
		let hex = header["number"].as_str().expect("a block number").trim_start_matches("0x");
		u64::from_str_radix(hex, 16).expect("hex block number")
	};
	let best: Json = rpc.request("chain_getHeader", rpc_params![]).await.expect("best header");
	let hash: String =
		rpc.request("chain_getFinalizedHead", rpc_params![]).await.expect("finalized head");
	let finalized: Json =
		rpc.request("chain_getHeader", rpc_params![hash]).await.expect("finalized header");
	(number(best), number(finalized))
}

// ---- contract bundles, as cargo-contract builds them ----

/// Where scripts/contracts.sh puts the bundles: `$AMCHAIN_CONTRACTS`, by default
/// `~/.cache/amchain/contracts`.
pub fn contracts_dir() -> PathBuf {
	std::env::var_os("AMCHAIN_CONTRACTS").map(PathBuf::from).unwrap_or_else(|| {
		PathBuf::from(std::env::var("HOME").expect("HOME is set")).join(".cache/amchain/contracts")
	})
}

/// A bundle's code and what encoding its constructors' and messages' calls needs.
pub struct Bundle {
	pub wasm: Vec<u8>,
	/// Label → (selector, argument type ids).
	entries: std::collections::HashMap<String, ([u8; 4], Vec<u32>)>,
	types: scale_info::PortableRegistry,
}

impl Bundle {
	/// `<name>.contract` from [`contracts_dir`]; panics with what to do if it is missing.
	pub fn load(name: &str) -> Bundle {
		let path = contracts_dir().join(format!("{name}.contract"));
		let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
			panic!("{} is readable ({e}); build it with scripts/contracts.sh build", path.display())
		});
		let json: Json = serde_json::from_str(&text).expect("a bundle is JSON");
		let wasm = unhex(json["source"]["wasm"].as_str().expect("the bundle holds its wasm"));
		let mut entries = std::collections::HashMap::new();
		for kind in ["constructors", "messages"] {
			for entry in json["spec"][kind].as_array().expect("the bundle lists its entries") {
				let selector = unhex(entry["selector"].as_str().expect("a selector"));
				let args = entry["args"]
					.as_array()
					.expect("arguments")
					.iter()
					.map(|a| a["type"]["type"].as_u64().expect("a type id") as u32)
					.collect();
				entries.insert(
					entry["label"].as_str().expect("a label").to_string(),
					(selector.try_into().expect("a 4-byte selector"), args),
				);
			}
		}
		let types = serde_json::from_value(json!({ "types": json["types"] }))
			.expect("the bundle's types are a scale-info registry");
		Bundle { wasm, entries, types }
	}

	/// The call data of `label` with `args` (in the entry's order), each encoded as its
	/// declared type.
	pub fn input(&self, label: &str, args: &[Value]) -> Vec<u8> {
		let (selector, types) = self.entries.get(label).unwrap_or_else(|| panic!("no {label}"));
		assert_eq!(args.len(), types.len(), "{label}'s arguments");
		let mut data = selector.to_vec();
		for (value, ty) in args.iter().zip(types) {
			subxt::ext::scale_value::scale::encode_as_type(value, *ty, &self.types, &mut data)
				.unwrap_or_else(|e| panic!("{label}: {value} does not fit its type: {e}"));
		}
		data
	}
}

/// A gas limit far above what a contract call of these tests needs (only what is used is
/// charged), under the block's limit for one transaction.
pub fn gas_limit() -> Value {
	Value::named_composite([
		("ref_time", Value::u128(200_000_000_000)),
		("proof_size", Value::u128(2_000_000)),
	])
}

pub fn unhex(s: &str) -> Vec<u8> {
	let s = s.trim_start_matches("0x");
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

pub fn hex(bytes: &[u8]) -> String {
	let mut s = String::from("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// Acme Gears (participant 2) may register lots too: the dev chain's sudo (`//Alice`) adds
/// the producer role to its manufacturer and supplier roles.
pub async fn acme_produces_material(api: &Api) {
	// Manufacturer (bit 0), Producer (1), Supplier (2).
	let roles = Value::u128(0b111);
	let update = call(
		"Certifications",
		"update_participant",
		vec![
			("participant", Value::u128(2)),
			("name", none()),
			("metadata", none()),
			("roles", some(roles)),
			("admin", none()),
		],
	);
	submit(api, &subxt_signer::sr25519::dev::alice(), false, "Sudo", "sudo", vec![update]).await;
}
