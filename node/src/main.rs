//! amchain-node: the node of the amchain manufacturing consortium chain.

// The node returns polkadot-sdk's own error types (`sc_cli::Error`, `sc_service::Error`),
// which are large; boxing them at every call would buy nothing.
#![allow(clippy::result_large_err)]

mod access_server;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
