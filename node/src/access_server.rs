//! The JSON-RPC server of a node started with `--rpc-access members`
//! ([`amchain_node::rpc_access`] says who may call what).
//!
//! sc-service's own server takes no middleware of ours, so in this mode the node starts
//! it on a [sealed] endpoint only and serves the same methods (sc-service's in-memory RPC module:
//! every standard method and the `amchain_*` ones) on the endpoints `--rpc-*` asked for,
//! through jsonrpsee with the same limits (request and response sizes, connections,
//! subscriptions per connection, batches, `--rpc-rate-limit`, `--rpc-cors`, `--rpc-methods`)
//! and two more layers: one that reads the caller's token, one that refuses a member-only
//! call without a good one. What this server does not have of sc-service's: the RPC
//! Prometheus metrics (their names are registered by sc-service's endpoint-less server),
//! the HTTP `GET /health` shortcut (the `system_health` method answers anyone) and the
//! Host-header filter of a loopback-only node.

use std::{net::TcpListener, sync::Arc};

use amchain_node::rpc_access::{AccessLayer, CallerLayer, Policy};
use jsonrpsee::{
	server::{PingConfig, RandomStringIdProvider, RpcServiceBuilder, ServerHandle},
	RpcModule,
};
use sc_rpc_server::{utils::deny_unsafe, MiddlewareLayer, RpcEndpoint};
use sc_service::config::RpcConfiguration;
use tower_http::cors::{AllowOrigin, CorsLayer};

const MEGABYTE: u32 = 1024 * 1024;

/// The endpoints sc-service would have served (`--rpc-port`, `--rpc-external`, …): the
/// configured ones, or the loopback port.
pub fn endpoints(rpc: &RpcConfiguration) -> Vec<RpcEndpoint> {
	if let Some(endpoints) = rpc.addr.as_ref() {
		return endpoints.clone();
	}
	vec![RpcEndpoint {
		batch_config: rpc.batch_config,
		cors: rpc.cors.clone(),
		listen_addr: std::net::SocketAddr::from(([127, 0, 0, 1], rpc.port)),
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
pub fn sealed(endpoints: &[RpcEndpoint]) -> RpcEndpoint {
	let mut sealed = endpoints.first().cloned().unwrap_or_else(|| RpcEndpoint {
		batch_config: jsonrpsee::server::BatchRequestConfig::Disabled,
		cors: None,
		listen_addr: std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
		max_buffer_capacity_per_connection: 1,
		max_connections: 0,
		max_payload_in_mb: 0,
		max_payload_out_mb: 0,
		max_subscriptions_per_connection: 0,
		rpc_methods: sc_rpc_server::RpcMethods::Safe,
		rate_limit: None,
		rate_limit_trust_proxy_headers: false,
		rate_limit_whitelisted_ips: Vec::new(),
		retry_random_port: false,
		is_optional: false,
	});
	sealed.listen_addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
	sealed.max_connections = 0;
	sealed.max_payload_in_mb = 0;
	sealed.max_payload_out_mb = 0;
	sealed.max_subscriptions_per_connection = 0;
	sealed.batch_config = jsonrpsee::server::BatchRequestConfig::Disabled;
	sealed.rpc_methods = sc_rpc_server::RpcMethods::Safe;
	sealed.cors = Some(Vec::new());
	sealed.retry_random_port = false;
	sealed.is_optional = false;
	sealed
}

/// Serves `module` on every endpoint under `policy`; the handles keep the servers running.
pub fn start(
	endpoints: Vec<RpcEndpoint>,
	module: &RpcModule<()>,
	policy: Arc<Policy>,
) -> Result<Vec<ServerHandle>, String> {
	let mut module = module.clone();
	let mut names: Vec<&'static str> = module.method_names().collect();
	names.push("rpc_methods");
	names.sort();
	module
		.register_method("rpc_methods", move |_, _, _| serde_json::json!({ "methods": names }))
		.map_err(|e| format!("rpc_methods: {e}"))?;

	let mut handles = Vec::new();
	for endpoint in endpoints {
		let listener = match TcpListener::bind(endpoint.listen_addr) {
			Ok(listener) => listener,
			Err(e) if endpoint.is_optional => {
				log::debug!(target: "rpc", "optional RPC address {} not bound: {e}", endpoint.listen_addr);
				continue;
			},
			Err(e) => return Err(format!("RPC address {}: {e}", endpoint.listen_addr)),
		};
		listener.set_nonblocking(true).map_err(|e| e.to_string())?;
		let local = listener.local_addr().map_err(|e| e.to_string())?;

		let cors = match endpoint.cors.as_ref() {
			None => CorsLayer::permissive(),
			Some(origins) => {
				let origins = origins
					.iter()
					.map(|o| o.parse().map_err(|_| format!("--rpc-cors: {o} is not an origin")))
					.collect::<Result<Vec<http::HeaderValue>, _>>()?;
				CorsLayer::new().allow_origin(AllowOrigin::list(origins))
			},
		};
		let http_middleware = tower::ServiceBuilder::new()
			.layer(cors)
			.layer(CallerLayer::new(policy.clone(), deny_unsafe(&local, &endpoint.rpc_methods)));
		let rpc_middleware = RpcServiceBuilder::new()
			.option_layer(
				endpoint.rate_limit.map(|n| MiddlewareLayer::new().with_rate_limit_per_minute(n)),
			)
			.layer(AccessLayer(policy.clone()));
		let server = jsonrpsee::server::Server::builder()
			.max_request_body_size(endpoint.max_payload_in_mb.saturating_mul(MEGABYTE))
			.max_response_body_size(endpoint.max_payload_out_mb.saturating_mul(MEGABYTE))
			.max_connections(endpoint.max_connections)
			.max_subscriptions_per_connection(endpoint.max_subscriptions_per_connection)
			.set_message_buffer_capacity(endpoint.max_buffer_capacity_per_connection)
			.set_batch_request_config(endpoint.batch_config)
			.set_id_provider(RandomStringIdProvider::new(16))
			.enable_ws_ping(
				PingConfig::new()
					.ping_interval(std::time::Duration::from_secs(30))
					.inactive_limit(std::time::Duration::from_secs(60))
					.max_failures(3),
			)
			.set_http_middleware(http_middleware)
			.set_rpc_middleware(rpc_middleware)
			.build_from_tcp(listener)
			.map_err(|e| format!("RPC server on {local}: {e}"))?;
		log::info!(
			target: "rpc",
			"Running JSON-RPC server for member clients: addr={local} (--rpc-access members, \
			 organisations allowed: {:?})",
			policy.allowed
		);
		handles.push(server.start(module.clone()));
	}
	Ok(handles)
}
