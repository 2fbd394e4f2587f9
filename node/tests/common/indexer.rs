//! The indexer binary (amchain-indexer, built beside amchain-node by the workspace's
//! build) following a node of an end-to-end test, asked over GraphQL with plain HTTP.

use std::{
	io::{Read, Write},
	net::TcpStream,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use serde_json::{json, Value as Json};

/// A running amchain-indexer into a SQLite file; killed when dropped.
pub struct Indexer {
	child: Child,
	port: u16,
	log: PathBuf,
}

impl Indexer {
	/// Starts the indexer beside amchain-node's binary against the node at `node` (a
	/// WebSocket URL), its store and log in `dir`, and waits until GraphQL answers.
	pub fn start(node: &str, dir: &Path) -> Indexer {
		let binary =
			Path::new(env!("CARGO_BIN_EXE_amchain-node")).with_file_name("amchain-indexer");
		assert!(
			binary.exists(),
			"no {} (build the workspace: cargo test --workspace --no-run)",
			binary.display()
		);
		let port = super::free_port();
		let log = dir.join("indexer.log");
		let file = std::fs::File::create(&log).expect("the indexer's log");
		let child = Command::new(&binary)
			.args(["--node", node, "--poll-ms", "200"])
			.args(["--database", &format!("sqlite://{}", dir.join("index.sqlite").display())])
			.args(["--graphql", &format!("127.0.0.1:{port}")])
			.stdout(Stdio::null())
			.stderr(Stdio::from(file))
			.spawn()
			.expect("amchain-indexer starts");
		let mut indexer = Indexer { child, port, log };
		let deadline = Instant::now() + Duration::from_secs(30);
		while TcpStream::connect(("127.0.0.1", port)).is_err() {
			if let Ok(Some(status)) = indexer.child.try_wait() {
				panic!("amchain-indexer exited ({status}): {}", indexer.log());
			}
			assert!(Instant::now() < deadline, "amchain-indexer did not answer: {}", indexer.log());
			std::thread::sleep(Duration::from_millis(100));
		}
		indexer
	}

	/// The whole GraphQL response (`data` and `errors`) to `query`.
	pub fn query(&self, query: &str) -> Json {
		let body = json!({ "query": query }).to_string();
		let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("GraphQL connects");
		write!(
			stream,
			"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
			 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
			body.len()
		)
		.expect("the request is sent");
		let mut response = String::new();
		stream.read_to_string(&mut response).expect("the response is read");
		let (_, body) = response.split_once("\r\n\r\n").expect("an HTTP response");
		serde_json::from_str(body).unwrap_or_else(|e| panic!("JSON ({e}): {body}"))
	}

	/// Waits (up to `timeout`) until it has indexed block `number`.
	pub fn wait_for_block(&self, number: u64, timeout: Duration) {
		let deadline = Instant::now() + timeout;
		loop {
			let status = self.query("{ indexerStatus { lastBlock } }");
			if status["data"]["indexerStatus"]["lastBlock"].as_u64().is_some_and(|n| n >= number) {
				return;
			}
			assert!(
				Instant::now() < deadline,
				"the indexer did not reach block {number}: {status}\n{}",
				self.log()
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
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}
