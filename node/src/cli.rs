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
