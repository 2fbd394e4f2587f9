//! The indexer against a members-only node (`--rpc-access members`, issue 23 item 2;
//! docs/confidentiality.md): without a token it indexes nothing and its log says why; with
//! `AMCHAIN_INDEXER_SURI` set to an account of an organisation the node allows (here Acme
//! Gears' admin, `//Dave`: docs/dev-chain.md) it signs tokens of its own, and it goes on
//! indexing across their expiry (the node closes a connection when its token expires; the
//! indexer reconnects with a new one, from its cursor).

mod common;

use std::time::{Duration, Instant};

use common::*;

#[test]
fn the_indexer_reads_a_members_only_node_with_tokens_it_signs() {
	// Acme Gears (participant 2) may read through this node; nobody else.
	let node = DevNode::start_with(&["--rpc-access", "members", "--rpc-allow-org", "2"]);
	let dir = scratch("members");

	// Without a token: refused, and the log says so.
	let store = format!("sqlite://{}", dir.join("anonymous.sqlite").display());
	let anonymous = Indexer::start(&node.url(), &store, dir.join("anonymous.log"));
	let deadline = Instant::now() + Duration::from_secs(60);
	while !anonymous.log().contains("served only to member clients") {
		assert!(Instant::now() < deadline, "no refusal in the log:\n{}", anonymous.log());
		std::thread::sleep(Duration::from_millis(300));
	}
	let status = anonymous.query("{ indexerStatus { lastBlock } }");
	assert!(status["data"]["indexerStatus"]["lastBlock"].is_null(), "{status}");
	drop(anonymous);

	// With an account of Acme Gears and tokens of four seconds: it indexes, through at
	// least two expiries of its tokens.
	let store = format!("sqlite://{}", dir.join("member.sqlite").display());
	let mut member = Indexer::spawn_with(
		&node.url(),
		&store,
		dir.join("member.log"),
		&["--node-suri", "//Dave", "--token-ttl", "4"],
	);
	let started = Instant::now();
	wait_for_port(
		member.graphql_port,
		&mut member.child,
		"amchain-indexer",
		Duration::from_secs(30),
	);
	member.wait_for_block(1);
	let first = Instant::now();
	let reached = |indexer: &Indexer| {
		indexer.query("{ indexerStatus { lastBlock } }")["data"]["indexerStatus"]["lastBlock"]
			.as_u64()
			.unwrap_or(0)
	};
	let at_first = reached(&member);
	// Twelve seconds later (three token lifetimes) it still follows the chain.
	std::thread::sleep(Duration::from_secs(12));
	member.wait_for_block(at_first + 2);
	let log = member.log();
	assert!(
		log.matches("following ws://").count() >= 3,
		"it reconnected with new tokens as the old ones expired:\n{log}"
	);
	assert!(!log.contains("access_token="), "the log never shows a token:\n{log}");
	assert!(first.duration_since(started) < Duration::from_secs(60));
}
