//! The node's JSON-RPC server, in both access modes: `--rpc-access members`
//! ([`amchain_node::rpc_access`] says who may call what) and `open`.
//!
//! sc-service's own server takes no middleware of ours and does not turn Nagle's
//! algorithm off on its connections (every answer above about 8 KiB then waited up to
//! 40 ms for the client's delayed acknowledgement: [`no_delay`]), so the node starts it
//! on a [sealed] endpoint only and serves the same methods (sc-service's in-memory RPC
//! module: every standard method and the `amchain_*` ones) on the endpoints the `--rpc-*`
//! flags ask for. The server is sc-rpc-server's, rebuilt around a few more steps: it runs
//! on its own tokio runtime (as sc-service's does, apart from block import and consensus),
//! accepts each connection itself, sets `TCP_NODELAY` on it and, per connection, applies
//! `--rpc-cors`, `GET /health`, `--rpc-rate-limit` (with
//! `--rpc-rate-limit-whitelisted-ips` and `--rpc-rate-limit-trust-proxy-headers`), the
//! limits on sizes, connections, subscriptions and batches, and `--rpc-methods`. An open
//! node keeps sc-rpc-server's rules: `auto` allows the unsafe methods on a loopback port
//! only, and a port whose `--rpc-cors` is not `all` answers only requests whose `Host` is
//! the port on `localhost`, `127.0.0.1` or `[::1]` (the guard against DNS rebinding from a
//! browser). A members-only node counts `auto` as `safe` (a loopback port behind a proxy
//! is no proof of the operator) and has no Host filter (every record needs a token), and
//! it:
//!
//! - reads the caller's token from each HTTP request (or WebSocket handshake) and leaves a
//!   [`Caller`] in its extensions, which every JSON-RPC call of the request or connection
//!   carries; [`AccessLayer`] refuses a member-only call without a good one;
//! - gives each WebSocket connection opened with a token a [lease]: the connection is
//!   closed when the token expires or its account may no longer read, so subscriptions end
//!   with the right to read.
//!
//! What it does not have of sc-service's server: the RPC Prometheus metrics (their names
//! are registered by sc-service's sealed server, which no client reaches, so
//! `substrate_rpc_*` stay at zero).

use std::{net::SocketAddr, sync::Arc, time::Duration};

use amchain_node::rpc_access::{lease, now, token_of, AccessLayer, Caller, Policy};
use jsonrpsee::{
	server::{
		middleware::http::HostFilterLayer, serve_with_graceful_shutdown, stop_channel,
		BatchRequestConfig, PingConfig, RandomStringIdProvider, RpcServiceBuilder, ServerHandle,
	},
	Methods, RpcModule,
};
use sc_rpc_api::DenyUnsafe;
use sc_rpc_server::{MiddlewareLayer, NodeHealthProxyLayer, RpcEndpoint, RpcMethods};
use sc_service::config::RpcConfiguration;
use tower::Service;
use tower_http::cors::{AllowOrigin, CorsLayer};

const MEGABYTE: u32 = 1024 * 1024;

/// How often an open WebSocket connection's account is checked again.
const LEASE_CHECK: Duration = Duration::from_secs(6);

/// The endpoints sc-service would have served (`--rpc-port`, `--rpc-external`, …): the
/// configured ones, or the loopback port.
pub fn endpoints(rpc: &RpcConfiguration) -> Vec<RpcEndpoint> {
	if let Some(endpoints) = rpc.addr.as_ref() {
		return endpoints.clone();
	}
	vec![RpcEndpoint {
		batch_config: rpc.batch_config,
		cors: rpc.cors.clone(),
		listen_addr: SocketAddr::from(([127, 0, 0, 1], rpc.port)),
		max_buffer_capacity_per_connection: rpc.message_buffer_capacity,
		max_connections: rpc.max_connections,
		max_payload_in_mb: rpc.max_request_size,
		max_payload_out_mb: rpc.max_response_size,
		max_subscriptions_per_connection: rpc.max_subs_per_conn,
		rpc_methods: rpc.methods,
		rate_limit: rpc.rate_limit,
		rate_limit_trust_proxy_headers: rpc.rate_limit_trust_proxy_headers,
		rate_limit_whitelisted_ips: rpc.rate_limit_whitelisted_ips.clone(),
		retry_random_port: false,
		is_optional: false,
	}]
}

/// The endpoint sc-service's own server gets in `members` mode, which it needs to start at
/// all: a random loopback port that accepts no connection (`max_connections` 0) and no
/// request body, so nothing reaches the ungated methods through it.
pub fn sealed() -> RpcEndpoint {
	RpcEndpoint {
		batch_config: BatchRequestConfig::Disabled,
		cors: Some(Vec::new()),
		listen_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
		max_buffer_capacity_per_connection: 1,
		max_connections: 0,
		max_payload_in_mb: 0,
		max_payload_out_mb: 0,
		max_subscriptions_per_connection: 0,
		rpc_methods: RpcMethods::Safe,
		rate_limit: None,
		rate_limit_trust_proxy_headers: false,
		rate_limit_whitelisted_ips: Vec::new(),
		retry_random_port: false,
		is_optional: false,
	}
}

/// The running servers: dropping this stops them and their runtime.
pub struct Servers {
	handle: ServerHandle,
	runtime: Option<tokio::runtime::Runtime>,
}

impl Drop for Servers {
	fn drop(&mut self) {
		let _ = self.handle.stop();
		if let Some(runtime) = self.runtime.take() {
			runtime.shutdown_background();
		}
	}
}

/// The client's address for the rate limit's whitelist: the proxy's `X-Real-IP` or the
/// first `X-Forwarded-For` address if the operator trusts proxy headers, else the peer's.
fn client_ip<B>(
	request: &http::Request<B>,
	peer: std::net::IpAddr,
	trust_proxy: bool,
) -> std::net::IpAddr {
	if !trust_proxy {
		return peer;
	}
	let header = |name: &str| request.headers().get(name).and_then(|v| v.to_str().ok());
	header("x-real-ip")
		.and_then(|v| v.trim().parse().ok())
		.or_else(|| {
			header("x-forwarded-for")
				.and_then(|v| v.split(',').next())
				.and_then(|v| v.trim().parse().ok())
		})
		.unwrap_or(peer)
}

/// Turns Nagle's algorithm off on an accepted connection (`TCP_NODELAY`), as jsonrpsee's
/// own server does: an answer is written in more than one piece (a WebSocket frame's
/// header and its payload, a body over a buffer's size), and with Nagle on, the last piece
/// waits for the client's acknowledgement of the first, which a client that delays its
/// acknowledgements sends after up to 40 ms. Measured (`scripts/bench.sh reads`,
/// docs/benchmarks.md): without it every answer above about 8 KiB (a page of 40 history
/// records, 10 kB) took 40 to 50 ms more.
fn no_delay(socket: &tokio::net::TcpStream) {
	if let Err(e) = socket.set_nodelay(true) {
		log::debug!(target: "rpc", "TCP_NODELAY not set on a connection: {e}");
	}
}

/// Serves `module` on every endpoint, on a runtime of its own: under `policy` (members
/// mode), or to every client (open mode, `None`: sc-rpc-server's rules for `--rpc-methods
/// auto` and its Host-header filter on a port with `--rpc-cors` limits).
pub fn start(
	endpoints: Vec<RpcEndpoint>,
	max_connections: u32,
	module: &RpcModule<()>,
	policy: Option<Arc<Policy>>,
) -> Result<Servers, String> {
	let runtime = sc_rpc_server::create_rpc_runtime(max_connections)
		.map_err(|e| format!("the RPC runtime: {e}"))?;
	let (stop_handle, handle) = stop_channel();
	// Held from here on, so that an early return (a port in use, a bad origin) shuts the
	// runtime down in the background: dropping a runtime inside the node's async start
	// would panic and hide the error.
	let runtime_handle = runtime.handle().clone();
	let servers = Servers { handle, runtime: Some(runtime) };
	let runtime = runtime_handle;
	let mut module = module.clone();
	let mut names: Vec<&'static str> = module.method_names().collect();
	names.push("rpc_methods");
	names.sort();
	module
		.register_method("rpc_methods", move |_, _, _| serde_json::json!({ "methods": names }))
		.map_err(|e| format!("rpc_methods: {e}"))?;
	let methods: Methods = module.into();
	let access = policy.clone().map(AccessLayer::new);

	for endpoint in endpoints {
		// Bound here (not awaited: the node's own runtime is running this function).
		let bound = std::net::TcpListener::bind(endpoint.listen_addr).and_then(|listener| {
			listener.set_nonblocking(true)?;
			let _runtime = runtime.enter();
			tokio::net::TcpListener::from_std(listener)
		});
		let listener = match bound {
			Ok(listener) => listener,
			Err(e) if endpoint.is_optional => {
				log::debug!(target: "rpc", "optional RPC address {} not bound: {e}", endpoint.listen_addr);
				continue;
			},
			Err(e) => return Err(format!("RPC address {}: {e}", endpoint.listen_addr)),
		};
		let local = listener.local_addr().map_err(|e| e.to_string())?;
		let cors = match endpoint.cors.as_ref() {
			None => CorsLayer::permissive(),
			Some(origins) => CorsLayer::new().allow_origin(AllowOrigin::list(
				origins
					.iter()
					.map(|o| o.parse().map_err(|_| format!("--rpc-cors: {o} is not an origin")))
					.collect::<Result<Vec<http::HeaderValue>, _>>()?,
			)),
		};
		let deny_unsafe = match (&policy, endpoint.rpc_methods) {
			(Some(_), RpcMethods::Unsafe) => DenyUnsafe::No,
			(Some(_), RpcMethods::Safe | RpcMethods::Auto) => DenyUnsafe::Yes,
			(None, methods) => sc_rpc_server::utils::deny_unsafe(&local, &methods),
		};
		// An open node's port answers only requests addressed to it by a loopback name
		// (sc-rpc-server's guard against DNS rebinding from a browser) unless `--rpc-cors
		// all`; a members-only node needs a token for every record anyway.
		let host_filter = (policy.is_none() && endpoint.cors.is_some())
			.then(|| {
				let port = local.port();
				let hosts = [
					format!("localhost:{port}"),
					format!("127.0.0.1:{port}"),
					format!("[::1]:{port}"),
				];
				HostFilterLayer::new(hosts).map_err(|e| format!("the Host filter: {e}"))
			})
			.transpose()?;
		let service_builder = jsonrpsee::server::Server::builder()
			.max_request_body_size(endpoint.max_payload_in_mb.saturating_mul(MEGABYTE))
			.max_response_body_size(endpoint.max_payload_out_mb.saturating_mul(MEGABYTE))
			.max_connections(endpoint.max_connections)
			.max_subscriptions_per_connection(endpoint.max_subscriptions_per_connection)
			.set_message_buffer_capacity(endpoint.max_buffer_capacity_per_connection)
			.set_batch_request_config(endpoint.batch_config)
			.set_id_provider(RandomStringIdProvider::new(16))
			.enable_ws_ping(
				PingConfig::new()
					.ping_interval(Duration::from_secs(30))
					.inactive_limit(Duration::from_secs(60))
					.max_failures(3),
			)
			.set_http_middleware(
				tower::ServiceBuilder::new()
					.option_layer(host_filter)
					.layer(NodeHealthProxyLayer)
					.layer(cors),
			)
			.custom_tokio_runtime(runtime.clone())
			.to_service_builder();
		let endpoint = Arc::new(endpoint);
		let (policy, access, methods, stop_handle) =
			(policy.clone(), access.clone(), methods.clone(), stop_handle.clone());
		let spawner = runtime.clone();
		match &policy {
			Some(policy) => log::info!(
				target: "rpc",
				"Running JSON-RPC server for member clients: addr={local} (--rpc-access members, \
				 {} organisations allowed)",
				policy.allowed.len()
			),
			None => log::info!(target: "rpc", "Running JSON-RPC server: addr={local}"),
		}
		runtime.spawn(async move {
			loop {
				let (socket, remote) = tokio::select! {
					accepted = listener.accept() => match accepted {
						Ok(accepted) => accepted,
						Err(e) => {
							log::debug!(target: "rpc", "failed to accept a connection: {e}");
							continue;
						},
					},
					_ = stop_handle.clone().shutdown() => break,
				};
				no_delay(&socket);
				// Each connection has its own stop handle: stopped when the server stops or
				// its lease ends. Its watcher and lease tasks also end once the connection is
				// over (every stop handle of the connection dropped: the HTTP connection's,
				// and a WebSocket session's, which outlives the upgrade), so nothing of a
				// connection outlives it.
				let (connection_stop, connection_handle) = stop_channel();
				{
					let (server_stop, handle) = (stop_handle.clone(), connection_handle.clone());
					let over = connection_handle.clone().stopped();
					spawner.spawn(async move {
						tokio::select! {
							_ = server_stop.shutdown() => {
								let _ = handle.stop();
							},
							_ = over => {},
						}
					});
				}
				let svc_stop = connection_stop.clone();
				let (service_builder, endpoint, policy, access, methods, spawner2) = (
					service_builder.clone(),
					endpoint.clone(),
					policy.clone(),
					access.clone(),
					methods.clone(),
					spawner.clone(),
				);
				let svc =
					tower::service_fn(move |mut request: http::Request<hyper::body::Incoming>| {
						if let Some(policy) = &policy {
							let caller = policy.caller(token_of(&request).as_deref(), now());
							let is_websocket = jsonrpsee::server::ws::is_upgrade_request(&request);
							if let (true, Caller::Account(account, expires)) =
								(is_websocket, &caller)
							{
								let (policy, account, expires, handle) = (
									policy.clone(),
									account.clone(),
									*expires,
									connection_handle.clone(),
								);
								let over = connection_handle.clone().stopped();
								spawner2.spawn(async move {
									tokio::select! {
										_ = lease(policy, account, expires, LEASE_CHECK) => {
											let _ = handle.stop();
										},
										_ = over => {},
									}
								});
							}
							request.extensions_mut().insert(caller);
						}
						request.extensions_mut().insert(deny_unsafe);
						let ip = client_ip(
							&request,
							remote.ip(),
							endpoint.rate_limit_trust_proxy_headers,
						);
						let rate_limit = endpoint.rate_limit.filter(|_| {
							!endpoint.rate_limit_whitelisted_ips.iter().any(|net| net.contains(ip))
						});
						let rpc_middleware = RpcServiceBuilder::new()
							.option_layer(
								rate_limit
									.map(|n| MiddlewareLayer::new().with_rate_limit_per_minute(n)),
							)
							.option_layer(access.clone());
						let mut svc = service_builder
							.clone()
							.set_rpc_middleware(rpc_middleware)
							.build(methods.clone(), svc_stop.clone());
						async move { svc.call(request).await }
					});
				spawner.spawn(serve_with_graceful_shutdown(
					socket,
					svc,
					connection_stop.shutdown(),
				));
			}
		});
	}
	Ok(servers)
}
