//! The token a member client presents to a node started with `--rpc-access members`
//! (docs/confidentiality.md): its text and the message its account signs, shared by the
//! node that checks tokens (`amchain_node::rpc_access`) and the clients that make them
//! (`amchain-node rpc-token`, the indexer).
//!
//! A token is `amchain1.<account>.<issued>.<expires>.<signature>`: the account in SS58,
//! the times in unix seconds (canonical decimals), the account's sr25519 signature over
//! [`message`] in lower-case hex without `0x`.

use alloc::{format, string::String};

/// The first field of every token: the format's version.
pub const PREFIX: &str = "amchain1";

/// What a token's account signs: the format, the chain (`genesis`: its genesis hash as
/// `0x` and 64 lower-case hex digits, as `chain_getBlockHash [0]` answers), the node (its
/// libp2p peer id, as `system_localPeerId` answers), the account (SS58) and the times.
pub fn message(genesis: &str, node: &str, account: &str, issued: u64, expires: u64) -> String {
	format!("amchain-rpc-access|v1|{genesis}|{node}|{account}|{issued}|{expires}")
}

/// The token of `account`'s `signature` over [`message`].
pub fn token(account: &str, issued: u64, expires: u64, signature: &[u8; 64]) -> String {
	let signature: String = signature.iter().map(|b| format!("{b:02x}")).collect();
	format!("{PREFIX}.{account}.{issued}.{expires}.{signature}")
}
