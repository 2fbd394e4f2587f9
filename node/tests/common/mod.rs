//! A real `amchain-node --dev` for end-to-end tests: started on free loopback
//! ports, reached over JSON-RPC, stopped when dropped (also when a test fails).

// Each test file compiles this module on its own and uses part of it.
#![allow(dead_code)]

use std::{
	io::{Read, Write},
	net::{TcpListener, TcpStream},
	path::PathBuf,
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

use subxt::{OnlineClient, PolkadotConfig};

/// How long a dev node may take to open its RPC port (a debug build on two cores).
const STARTUP_TIMEOUT: Duration = Duration::from_secs(120);

/// A running dev node; killed and its database removed when dropped.
pub struct DevNode {
	child: Child,
	pub rpc_port: u16,
	pub prometheus_port: u16,
	base_path: PathBuf,
	log_path: PathBuf,
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
		let binary = env!("CARGO_BIN_EXE_amchain-node");
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
		let base_path = dir.join("chain");
		let log_path = dir.join("node.log");
		let log = std::fs::File::create(&log_path).expect("log file is writable");

		let child = Command::new(binary)
			.args(["--dev", "--no-mdns", "--no-telemetry"])
			.args(["--base-path", base_path.to_str().expect("utf-8 temp path")])
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--port", &p2p_port.to_string()])
			.args(["--prometheus-port", &prometheus_port.to_string()])
			.stdout(Stdio::null())
			.stderr(Stdio::from(log))
			.spawn()
			.expect("amchain-node starts");

		let mut node = DevNode { child, rpc_port, prometheus_port, base_path: dir, log_path };
		node.wait_for_rpc();
		node
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
		let _ = std::fs::remove_dir_all(&self.base_path);
	}
}
