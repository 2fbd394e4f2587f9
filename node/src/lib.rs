//! The parts of amchain-node that build chain specifications, as a library so that their
//! unit tests compile without the node's service (the binary, `main.rs`, has none):
//! the specs the node knows by name ([`chain_spec`]) and a consortium's specs from its
//! config file ([`consortium`], the `consortium-spec` subcommand); and who may read
//! through a node's JSON-RPC ([`rpc_access`]: tokens, the public methods, the middleware).

pub mod chain_spec;
pub mod consortium;
pub mod rpc_access;
