//! Command-line interface: `amchain-node [subcommand] [flags]`.

use sc_cli::RunCmd;

#[derive(Debug, clap::Parser)]
#[command(
	propagate_version = true,
	args_conflicts_with_subcommands = true,
	subcommand_negates_reqs = true
)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: RunCmd,

	#[clap(flatten)]
	pub access: RpcAccessArgs,
}

/// Who may read through this node's JSON-RPC (docs/confidentiality.md).
#[derive(Debug, Clone, clap::Args)]
pub struct RpcAccessArgs {
	/// `open`: every client that reaches the RPC port reads everything. `members`: anyone
	/// may follow the chain and submit transactions, but reads of records, storage, blocks
	/// and contract dry runs need a token of an organisation `--rpc-allow-org` names
	/// (`amchain-node rpc-token`). Default: the chain spec's `amchainRpcAccess` property
	/// (`members` on chains made by `consortium-spec`), else `open`.
	#[arg(long, value_enum, value_name = "ACCESS")]
	pub rpc_access: Option<amchain_node::rpc_access::Access>,

	/// An organisation (participant id) whose accounts may read through this node with
	/// `--rpc-access members`; repeat for more. None: only the public methods are served.
	#[arg(long = "rpc-allow-org", value_name = "PARTICIPANT")]
	pub rpc_allow_org: Vec<amchain_primitives::participants::ParticipantId>,

	/// Refuse tokens issued before this time (unix seconds): restart with it set to now to
	/// revoke every token issued so far.
	#[arg(long, value_name = "UNIX_SECONDS", default_value_t = 0)]
	pub rpc_tokens_not_before: u64,
}

#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys, node keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (`--chain dev|local|<file>`, `--raw` for the raw form).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a chain specification without opening a database.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Turn a consortium's config file into its plain and raw chain specs
	/// (chain-spec/README.md describes the file).
	ConsortiumSpec(amchain_node::consortium::ConsortiumSpecCmd),

	/// A token for a member client of one node started with `--rpc-access members`.
	RpcToken(amchain_node::rpc_access::RpcTokenCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks: pallet weights, block and extrinsic overhead, machine, storage.
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// Benchmarks: pallet weights, block and extrinsic overhead, machine, storage
	/// (only in a node built with `--features runtime-benchmarks`; see scripts/bench.sh).
	#[cfg(not(feature = "runtime-benchmarks"))]
	Benchmark(BenchmarksNotBuilt),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),
}

/// Stands in for the benchmark commands in a node built without them.
#[cfg(not(feature = "runtime-benchmarks"))]
#[derive(Debug, clap::Args)]
pub struct BenchmarksNotBuilt {
	/// The benchmark command and its arguments.
	#[arg(trailing_var_arg = true, allow_hyphen_values = true)]
	pub args: Vec<String>,
}
