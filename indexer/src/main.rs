//! amchain-indexer: follows an amchain node's finalized blocks over JSON-RPC, keeps every
//! event and the records of pallet-certifications and pallet-parts in SQLite (a file, by
//! default) or PostgreSQL, and serves them over GraphQL, GS1 EPCIS 2.0 (REST query
//! binding and JSON-LD export) and a live stream of server-sent events.
//!
//! ```text
//! amchain-indexer --node ws://127.0.0.1:9944 --graphql 127.0.0.1:8088
//! amchain-indexer --database postgres://indexer:secret@db/amchain --graphql 0.0.0.0:8088
//! ```
//!
//! See docs/indexer.md.

mod contracts;
mod epcis;
mod follow;
mod graphql;
mod json;
mod model;
mod store;
mod stream;
mod trace;

use std::{net::SocketAddr, time::Duration};

use anyhow::{Context, Result};
use clap::Parser;

#[derive(Parser, Debug)]
#[command(name = "amchain-indexer", version, about)]
struct Cli {
	/// The node's JSON-RPC endpoint (WebSocket).
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	node: String,
	/// The store: `sqlite://path` (created if missing), a bare path (a SQLite file), or
	/// `postgres://user:password@host:port/database`.
	#[arg(long, default_value = store::DEFAULT_DATABASE)]
	database: String,
	/// Serve GraphQL on this address (`POST /graphql`; GraphQL Playground on `GET /`).
	/// Without it the indexer only indexes.
	#[arg(long)]
	graphql: Option<SocketAddr>,
	/// How often to ask the node for a new finalized head, in milliseconds.
	#[arg(long, default_value_t = 1000)]
	poll_ms: u64,
	/// The secret URI of an account (admin or device) of an organisation the node allows
	/// to read, for a node started with `--rpc-access members`: the indexer signs its own
	/// tokens with it. Better given as the environment variable `AMCHAIN_INDEXER_SURI`
	/// (a command line is visible to every user of the machine).
	#[arg(long)]
	node_suri: Option<String>,
	/// How long each of the indexer's tokens lives, in seconds (at most a day); it
	/// reconnects with a new one when the node closes the connection at expiry.
	#[arg(long, default_value_t = 3600)]
	token_ttl: u64,
	/// A directory of contract bundles (`.contract` files as cargo-contract builds them, or
	/// their metadata `.json`): the events of contracts whose code is one of them are
	/// decoded (`contractEvents` in GraphQL); others are kept with their raw data, and
	/// decoded when the indexer next starts with their bundle.
	#[arg(long)]
	contracts: Option<std::path::PathBuf>,
}

#[tokio::main]
async fn main() -> Result<()> {
	tracing_subscriber::fmt()
		.with_env_filter(
			tracing_subscriber::EnvFilter::try_from_default_env()
				.unwrap_or_else(|_| "amchain_indexer=info".into()),
		)
		.with_writer(std::io::stderr)
		.init();
	let cli = Cli::parse();
	let auth = cli
		.node_suri
		.clone()
		.or_else(|| std::env::var("AMCHAIN_INDEXER_SURI").ok())
		.map(|suri| follow::Auth::new(&suri, cli.token_ttl))
		.transpose()?;

	let store = store::Store::open(&cli.database).await?;
	tracing::info!("store: {} ({:?})", store::redact(&cli.database), store.backend);
	let catalog = match &cli.contracts {
		Some(dir) => contracts::Catalog::load(dir)?,
		None => contracts::Catalog::default(),
	};
	if catalog.is_given() {
		let decoded = store.redecode(&catalog).await?;
		tracing::info!("{} contract bundles; {decoded} stored events decoded now", catalog.len());
	}
	let catalog = std::sync::Arc::new(catalog);
	let progress = follow::Progress::new();

	if let Some(address) = cli.graphql {
		let app = graphql::router(graphql::schema(store.clone(), progress.clone()), store.clone());
		let listener = tokio::net::TcpListener::bind(address)
			.await
			.with_context(|| format!("cannot listen on {address}"))?;
		// The line scripts and tests wait for.
		tracing::info!("GraphQL: http://{}/graphql", listener.local_addr()?);
		tracing::info!("live events: http://{}/events/stream", listener.local_addr()?);
		tracing::info!("EPCIS 2.0: http://{}/epcis/events", listener.local_addr()?);
		tokio::spawn(async move {
			if let Err(e) = axum::serve(listener, app).await {
				tracing::error!("the GraphQL server stopped: {e}");
			}
		});
	}

	tokio::select! {
		result = follow::follow(&cli.node, auth, store, catalog, Duration::from_millis(cli.poll_ms), progress) => result,
		_ = tokio::signal::ctrl_c() => {
			tracing::info!("stopped (Ctrl-C)");
			Ok(())
		},
	}
}
