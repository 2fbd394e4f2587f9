//! The four-validator local network of `scripts/local-network.sh`, on ports and a
//! directory of a test's own; stopped (its logs printed if the test failed) when dropped.

use std::{path::PathBuf, process::Command};

use subxt::rpcs::RpcClient;

/// The nodes of `scripts/local-network.sh`, in its port order.
pub const NAMES: [&str; 7] = ["alice", "bob", "charlie", "dave", "eve", "ferdie", "mallory"];

/// `scripts/local-network.sh` on ports and a directory of this test's own.
pub struct LocalNetwork {
	dir: PathBuf,
	p2p_port: u16,
	rpc_port: u16,
	/// The chain spec the nodes run (`CHAIN`); `local` when `None`.
	chain: Option<PathBuf>,
}

impl LocalNetwork {
	/// Starts the `local` chain's four validators; returns once blocks are finalized.
	/// `slot` (0 or 1) keeps the ports of tests that run at the same time apart.
	pub fn start(slot: u16) -> Self {
		Self::start_chain(slot, None)
	}

	/// Starts the four validators on the chain spec at `chain` (a `local` chain, for its
	/// validators' keys and node keys).
	pub fn start_chain(slot: u16, chain: Option<PathBuf>) -> Self {
		// Ports below Linux's ephemeral range (32768 and up), where an outgoing connection
		// may hold a port just when a restarted node wants it back; spread by process id,
		// so that two runs on one machine do not meet, and by `slot`, so that two tests
		// running at the same time (scripts/test.sh runs them side by side) never do.
		assert!(slot < 2, "two slots of 8 ports each");
		let spread = (std::process::id() % 150) as u16 * 16 + slot * 8;
		let net = LocalNetwork {
			dir: std::env::temp_dir().join(format!("amchain-network-{}", std::process::id())),
			p2p_port: 20_000 + spread,
			rpc_port: 25_000 + spread,
			chain,
		};
		net.script(&["start"]);
		net
	}

	pub fn script(&self, args: &[&str]) {
		let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/local-network.sh");
		let mut command = Command::new(script);
		if let Some(chain) = &self.chain {
			command.env("CHAIN", chain);
		}
		let status = command
			.args(args)
			.env("NET_DIR", &self.dir)
			.env("P2P_PORT", self.p2p_port.to_string())
			.env("RPC_PORT", self.rpc_port.to_string())
			.env("SKIP_BUILD", "1")
			.env("AMCHAIN_NODE", env!("CARGO_BIN_EXE_amchain-node"))
			.status()
			.expect("scripts/local-network.sh runs");
		assert!(status.success(), "scripts/local-network.sh {args:?} failed");
	}

	pub fn kill(&self, name: &str) {
		self.script(&["kill", name]);
	}

	pub fn restart(&self, name: &str) {
		self.script(&["restart", name]);
	}

	pub fn url(&self, name: &str) -> String {
		let i = NAMES.iter().position(|n| *n == name).expect("a validator's name") as u16;
		format!("ws://127.0.0.1:{}", self.rpc_port + i)
	}

	pub async fn rpc(&self, name: &str) -> RpcClient {
		RpcClient::from_url(self.url(name)).await.expect("JSON-RPC client connects")
	}
}

impl Drop for LocalNetwork {
	fn drop(&mut self) {
		self.script(&["stop"]);
		if std::thread::panicking() {
			for name in NAMES {
				if !self.dir.join(format!("{name}.log")).exists() {
					continue;
				}
				let log = std::fs::read_to_string(self.dir.join(format!("{name}.log")))
					.unwrap_or_default();
				eprintln!("--- last lines of {name}'s log ---");
				let tail: Vec<&str> = log.lines().rev().take(25).collect();
				for line in tail.into_iter().rev() {
					eprintln!("{line}");
				}
			}
		}
		let _ = std::fs::remove_dir_all(&self.dir);
	}
}
