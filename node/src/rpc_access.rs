//! Member-only reads: who may read through a node's JSON-RPC (issue 23 item 2,
//! `docs/confidentiality.md`).
//!
//! Every node holds the whole chain, so anyone who reaches an open RPC port reads every
//! organisation's records (`amchain_partsOf`, `state_getStorage`, `chain_getBlock`,
//! contract dry runs). A node started with `--rpc-access members` (the default of
//! chains made by `consortium-spec`, whose specs carry the property
//! `amchainRpcAccess: "members"`) serves:
//!
//! - to **anyone**, the [public methods](PUBLIC_METHODS) a wallet, a light client or a
//!   monitor needs to follow the chain and submit a signed transaction: headers, hashes,
//!   runtime version and metadata, fee estimates, health, extrinsic submission (a signed
//!   extrinsic authenticates itself and the runtime refuses non-members), finality proofs;
//! - to **member clients** every other method: a client presents a [token](issue) signed
//!   by an account (admin or device) of an active organisation the operator lists with
//!   `--rpc-allow-org`, as `Authorization: Bearer <token>` (HTTP or the WebSocket
//!   handshake) or, for browsers, which cannot set a WebSocket header, as the query
//!   parameter `?access_token=<token>`.
//!
//! Anything else is answered with JSON-RPC error [`ACCESS_DENIED`] and a message that says
//! why (no token, which check the token failed, which organisation is not allowed). The
//! list of public methods is an allowlist: a method added to the node later is member-only
//! until it is added here.
//!
//! A token is `amchain1.<account, SS58>.<issued>.<expires>.<sr25519 signature, hex>`
//! (times in unix seconds) over [`token_message`]: it names the chain (genesis hash) and
//! the node (its libp2p peer id, `system_localPeerId`), so a token given to one member's
//! node cannot be replayed against another's; it is refused before it was issued (with a
//! minute's clock skew), after it expires, if it lives longer than [`MAX_TOKEN_LIFETIME`],
//! and if it was issued before the node's `--rpc-tokens-not-before` (how an operator
//! revokes every token issued so far). A signature over the message wrapped in
//! `<Bytes>…</Bytes>` (what a browser wallet's `signRaw` signs) is accepted too.
//! `amchain-node rpc-token` issues one.
//!
//! A WebSocket connection opened with a token lasts while the token does: the server closes
//! it when the token expires or when its account stops being an account of an allowed,
//! active organisation (checked every few seconds), so a subscription does not outlive the
//! right to read.
//!
//! What this is not: encryption. The node's operator, its peers and every other member's
//! node still hold every record; a member client allowed here reads everything this node
//! holds. Private data collections (issue 23 items 3–5) are what keep payloads off other
//! members' nodes.

use std::{
	collections::{BTreeSet, HashMap},
	sync::{Arc, Mutex},
	time::{SystemTime, UNIX_EPOCH},
};

use amchain_primitives::{
	participants::{Membership, ParticipantId},
	rpc_token,
};
use jsonrpsee::{
	server::{middleware::rpc::RpcServiceT, MethodResponse},
	types::{ErrorObjectOwned, Request},
};
use sp_core::{
	crypto::{AccountId32, Ss58Codec},
	sr25519, Pair, H256,
};

/// The JSON-RPC error code of a call this node serves only to member clients.
pub const ACCESS_DENIED: i32 = 9100;

/// The longest a token may live, in seconds (a day).
pub const MAX_TOKEN_LIFETIME: u64 = 24 * 60 * 60;

/// The chain spec property that sets a chain's default access (`"open"` or `"members"`).
pub const SPEC_PROPERTY: &str = "amchainRpcAccess";

/// Methods every client may call: following the chain, submitting a signed transaction,
/// estimating its fee, health. None of them returns a record, a block body, a storage
/// value or the transaction pool's contents.
pub const PUBLIC_METHODS: &[&str] = &[
	"rpc_methods",
	// Node information.
	"system_name",
	"system_version",
	"system_chain",
	"system_chainType",
	"system_properties",
	"system_health",
	"system_localPeerId",
	"system_nodeRoles",
	"system_syncState",
	// Headers and hashes (no bodies).
	"chain_getHeader",
	"chain_getBlockHash",
	"chain_getHead",
	"chain_getFinalizedHead",
	"chain_getFinalisedHead",
	"chain_subscribeNewHeads",
	"chain_subscribeNewHead",
	"subscribe_newHead",
	"chain_unsubscribeNewHeads",
	"chain_unsubscribeNewHead",
	"unsubscribe_newHead",
	"chain_subscribeFinalizedHeads",
	"chain_subscribeFinalisedHeads",
	"chain_unsubscribeFinalizedHeads",
	"chain_unsubscribeFinalisedHeads",
	"chain_subscribeAllHeads",
	"chain_unsubscribeAllHeads",
	// The runtime a transaction is built against.
	"state_getRuntimeVersion",
	"chain_getRuntimeVersion",
	"state_subscribeRuntimeVersion",
	"chain_subscribeRuntimeVersion",
	"state_unsubscribeRuntimeVersion",
	"chain_unsubscribeRuntimeVersion",
	"state_getMetadata",
	// Submitting a signed transaction (it authenticates itself; the runtime refuses
	// non-members) and watching it.
	"author_submitExtrinsic",
	"author_submitAndWatchExtrinsic",
	"author_unwatchExtrinsic",
	"transaction_v1_broadcast",
	"transaction_v1_stop",
	"transactionWatch_v1_submitAndWatch",
	"transactionWatch_v1_unwatch",
	// The new JSON-RPC spec: the chain's identity, and heads by number. (`chainHead_v1_*`
	// is member-only: its operations read bodies and storage, and its pinned blocks are a
	// budget shared by every follower.)
	"chainSpec_v1_chainName",
	"chainSpec_v1_genesisHash",
	"chainSpec_v1_properties",
	"archive_v1_genesisHash",
	"archive_v1_finalizedHeight",
	"archive_v1_hashByHeight",
	"archive_v1_header",
	// Verifying a part one holds, without learning who holds it (node/src/rpc/verify.rs): by
	// its type and serial (not by id: ids are sequential, and walking them would count each
	// maker's production), with its tag's proof; and the public catalogue of standards,
	// part types and who is certified for what.
	"amchain_verifyPart",
	"amchain_tagChallenge",
	"amchain_partType",
	"amchain_standard",
	"amchain_isCertified",
	"amchain_wasCertifiedAt",
];

/// Runtime API functions anyone may call through `state_call`: the runtime's version and
/// metadata, and the fee of a transaction the caller supplies.
pub const PUBLIC_RUNTIME_CALLS: &[&str] = &[
	"Core_version",
	"Metadata_metadata",
	"Metadata_metadata_at_version",
	"Metadata_metadata_versions",
	"TransactionPaymentApi_query_info",
	"TransactionPaymentApi_query_fee_details",
];

/// Who may read through this node's JSON-RPC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Access {
	/// Every client that reaches the port reads everything (the standard Substrate node).
	Open,
	/// Anyone may call the public methods; everything else needs a member's token.
	Members,
}

impl Access {
	/// The access a chain spec's properties ask for, if they name one; an error for a value
	/// that is neither `"open"` nor `"members"` (a typo must not open a node).
	pub fn from_properties(
		properties: &serde_json::Map<String, serde_json::Value>,
	) -> Result<Option<Self>, String> {
		match properties.get(SPEC_PROPERTY) {
			None => Ok(None),
			Some(serde_json::Value::String(v)) if v == "open" => Ok(Some(Access::Open)),
			Some(serde_json::Value::String(v)) if v == "members" => Ok(Some(Access::Members)),
			Some(other) => Err(format!(
				"the chain spec's {SPEC_PROPERTY} is {other}: it must be \"open\" or \"members\""
			)),
		}
	}
}

/// Whether anyone may make this call: its method is public, and for `state_call` the
/// runtime function (its first parameter) is.
pub fn is_public(method: &str, params: Option<&str>) -> bool {
	if method == "state_call" {
		let Some(params) = params else { return false };
		let Ok(serde_json::Value::Array(params)) = serde_json::from_str(params) else {
			return false;
		};
		return params
			.first()
			.and_then(|f| f.as_str())
			.is_some_and(|f| PUBLIC_RUNTIME_CALLS.contains(&f));
	}
	PUBLIC_METHODS.contains(&method)
}

/// Clock skew tolerated on a token's issue time, in seconds.
pub const CLOCK_SKEW: u64 = 60;

/// The bytes a token's account signs ([`amchain_primitives::rpc_token::message`]): the
/// format, the chain, the node, the account, when it was issued and when it expires.
pub fn token_message(
	genesis: &H256,
	node: &str,
	account: &AccountId32,
	issued: u64,
	expires: u64,
) -> String {
	rpc_token::message(&format!("{genesis:?}"), node, &account.to_ss58check(), issued, expires)
}

/// A token for `pair`'s account to read through the node `node` (libp2p peer id) of the
/// chain `genesis` from `issued` until `expires` (unix seconds).
pub fn issue(
	pair: &sr25519::Pair,
	genesis: &H256,
	node: &str,
	issued: u64,
	expires: u64,
) -> String {
	let account = AccountId32::from(pair.public());
	let signature = pair.sign(token_message(genesis, node, &account, issued, expires).as_bytes());
	rpc_token::token(&account.to_ss58check(), issued, expires, &signature.0)
}

/// Why a token was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenError {
	/// Not `amchain1.<account>.<issued>.<expires>.<signature>`.
	Malformed(&'static str),
	/// Its issue time is ahead of the node's clock (by more than [`CLOCK_SKEW`]).
	NotYetValid,
	/// Its expiry has passed.
	Expired,
	/// It lives longer than [`MAX_TOKEN_LIFETIME`].
	TooLong,
	/// It was issued before the node's `--rpc-tokens-not-before`.
	Revoked,
	/// The signature is not the account's over this chain's and this node's message.
	BadSignature,
}

impl std::fmt::Display for TokenError {
	fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
		match self {
			TokenError::Malformed(what) => write!(f, "malformed token: {what}"),
			TokenError::NotYetValid => write!(f, "the token was issued in the future"),
			TokenError::Expired => write!(f, "the token has expired"),
			TokenError::TooLong => {
				write!(f, "the token lives longer than {MAX_TOKEN_LIFETIME} seconds")
			},
			TokenError::Revoked => {
				write!(f, "the token was issued before this node's operator revoked earlier tokens")
			},
			TokenError::BadSignature => write!(
				f,
				"the token's signature is not its account's over this chain's and this node's \
				 message (a token is issued for one node: see system_localPeerId)"
			),
		}
	}
}

/// The account a token speaks for and its expiry, if it is well formed, signed by that
/// account for this chain and node, issued no earlier than `not_before` and current at
/// `now` (unix seconds).
pub fn verify(
	token: &str,
	genesis: &H256,
	node: &str,
	not_before: u64,
	now: u64,
) -> Result<(AccountId32, u64), TokenError> {
	let mut parts = token.split('.');
	let (Some(prefix), Some(account), Some(issued), Some(expires), Some(signature), None) =
		(parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
	else {
		return Err(TokenError::Malformed(
			"expected amchain1.<account>.<issued>.<expires>.<signature>",
		));
	};
	if prefix != rpc_token::PREFIX {
		return Err(TokenError::Malformed("unknown token version"));
	}
	let account = AccountId32::from_ss58check_with_version(account)
		.map_err(|_| TokenError::Malformed("the account is not an SS58 address"))?
		.0;
	let number = |s: &str| -> Option<u64> {
		// Canonical decimal only: one way to write a token.
		(!s.is_empty()
			&& s.bytes().all(|b| b.is_ascii_digit())
			&& (s == "0" || !s.starts_with('0')))
		.then(|| s.parse().ok())
		.flatten()
	};
	let issued = number(issued).ok_or(TokenError::Malformed("the issue time is not a number"))?;
	let expires = number(expires).ok_or(TokenError::Malformed("the expiry is not a number"))?;
	let signature = sp_core::bytes::from_hex(signature)
		.ok()
		.and_then(|bytes| <[u8; 64]>::try_from(bytes).ok())
		.map(sr25519::Signature::from_raw)
		.ok_or(TokenError::Malformed("the signature is not 64 bytes of hex"))?;
	if issued > now.saturating_add(CLOCK_SKEW) {
		return Err(TokenError::NotYetValid);
	}
	if expires <= now {
		return Err(TokenError::Expired);
	}
	if expires.saturating_sub(issued) > MAX_TOKEN_LIFETIME {
		return Err(TokenError::TooLong);
	}
	if issued < not_before {
		return Err(TokenError::Revoked);
	}
	let public = sr25519::Public::from_raw(*account.as_ref());
	let message = token_message(genesis, node, &account, issued, expires);
	let wrapped = format!("<Bytes>{message}</Bytes>");
	if sr25519::Pair::verify(&signature, message.as_bytes(), &public)
		|| sr25519::Pair::verify(&signature, wrapped.as_bytes(), &public)
	{
		Ok((account, expires))
	} else {
		Err(TokenError::BadSignature)
	}
}

/// Who is calling, as the HTTP layer found it (a request extension).
#[derive(Clone, Debug)]
pub enum Caller {
	/// No token.
	Anonymous,
	/// A token that failed its checks.
	Refused(TokenError),
	/// A valid token's account, until its expiry.
	Account(AccountId32, u64),
}

/// The best block's hash now (`client.info().best_hash`).
pub type BestBlock = dyn Fn() -> H256 + Send + Sync;

/// An account's membership at a block (`CertificationsApi::membership`), or why it could
/// not be read.
pub type MembershipAt =
	dyn Fn(H256, &AccountId32) -> Result<Option<Membership>, String> + Send + Sync;

/// A node's access policy.
pub struct Policy {
	/// The chain (its genesis hash).
	pub genesis: H256,
	/// This node (its libp2p peer id).
	pub node: String,
	/// The organisations whose accounts may read.
	pub allowed: BTreeSet<ParticipantId>,
	/// Tokens issued before this time (unix seconds) are refused.
	pub not_before: u64,
	/// The best block now.
	pub best: Arc<BestBlock>,
	/// Reads an account's membership at a block.
	pub membership: Arc<MembershipAt>,
	/// The memberships read at a best block (cleared when the best block moves).
	cache: Mutex<(H256, HashMap<AccountId32, Option<Membership>>)>,
}

/// Unix seconds now.
pub fn now() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn denied(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(ACCESS_DENIED, message.into(), None::<()>)
}

impl Policy {
	/// A policy for the node `node` of the chain `genesis`, letting accounts of `allowed`
	/// read with tokens issued at or after `not_before`.
	pub fn new(
		genesis: H256,
		node: String,
		allowed: BTreeSet<ParticipantId>,
		not_before: u64,
		best: Arc<BestBlock>,
		membership: Arc<MembershipAt>,
	) -> Self {
		Policy {
			genesis,
			node,
			allowed,
			not_before,
			best,
			membership,
			cache: Mutex::new((H256::zero(), HashMap::new())),
		}
	}

	/// The caller a request's token (if any) makes.
	pub fn caller(&self, token: Option<&str>, now: u64) -> Caller {
		match token {
			None => Caller::Anonymous,
			Some(token) => match verify(token, &self.genesis, &self.node, self.not_before, now) {
				Ok((account, expires)) => Caller::Account(account, expires),
				Err(e) => Caller::Refused(e),
			},
		}
	}

	/// The account's membership at the best block, read once per account and best block.
	fn membership(&self, account: &AccountId32) -> Result<Option<Membership>, String> {
		let best = (self.best)();
		if let Ok(cache) = self.cache.lock() {
			if cache.0 == best {
				if let Some(found) = cache.1.get(account) {
					return Ok(*found);
				}
			}
		}
		let found = (self.membership)(best, account)?;
		if let Ok(mut cache) = self.cache.lock() {
			if cache.0 != best {
				*cache = (best, HashMap::new());
			}
			// Bounded: a full cache starts over rather than stop remembering.
			if cache.1.len() >= 10_000 {
				cache.1.clear();
			}
			cache.1.insert(account.clone(), found);
		}
		Ok(found)
	}

	/// Whether `caller` may call `method` with `params` at `now`, or the error that says
	/// why not. (The server runs the account's check, which reads the chain, off the
	/// async workers: [`AccessService`].)
	pub fn authorize(
		&self,
		caller: Option<&Caller>,
		method: &str,
		params: Option<&str>,
		now: u64,
	) -> Result<(), ErrorObjectOwned> {
		match Self::screen(caller, method, params) {
			Screened::Public => Ok(()),
			Screened::Denied(e) => Err(e),
			Screened::Account(account, expires) => self.check_account(&account, expires, now),
		}
	}

	/// What can be decided about a call without reading the chain.
	fn screen(caller: Option<&Caller>, method: &str, params: Option<&str>) -> Screened {
		if is_public(method, params) {
			return Screened::Public;
		}
		match caller.unwrap_or(&Caller::Anonymous) {
			Caller::Anonymous => Screened::Denied(denied(format!(
				"{method} is served only to member clients of this node: send a token as \
				 `Authorization: Bearer <token>` or `?access_token=<token>` \
				 (amchain-node rpc-token; docs/confidentiality.md)"
			))),
			Caller::Refused(e) => Screened::Denied(denied(format!("token refused: {e}"))),
			Caller::Account(account, expires) => Screened::Account(account.clone(), *expires),
		}
	}

	/// Whether a token's account may read at `now`: the token is current and the account
	/// acts for an active organisation this node allows (at the best block).
	pub fn check_account(
		&self,
		account: &AccountId32,
		expires: u64,
		now: u64,
	) -> Result<(), ErrorObjectOwned> {
		if expires <= now {
			return Err(denied(format!("token refused: {}", TokenError::Expired)));
		}
		let membership = self
			.membership(account)
			.map_err(|e| denied(format!("membership could not be read: {e}")))?;
		match membership {
			None => Err(denied(format!(
				"{} is not an account of an active organisation",
				account.to_ss58check()
			))),
			// Which organisations a node serves is its operator's business (THREATS rule
			// 14): the answer does not list them.
			Some(m) if !self.allowed.contains(&m.participant) => Err(denied(format!(
				"organisation {} may not read through this node",
				m.participant
			))),
			Some(_) => Ok(()),
		}
	}
}

/// A call as [`Policy::screen`] leaves it.
enum Screened {
	Public,
	Denied(ErrorObjectOwned),
	Account(AccountId32, u64),
}

/// The token a request carries: `Authorization: Bearer <token>`, else the query parameter
/// `access_token`.
pub fn token_of<B>(request: &http::Request<B>) -> Option<String> {
	if let Some(value) = request.headers().get(http::header::AUTHORIZATION) {
		if let Some(token) = value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")) {
			return Some(token.trim().to_string());
		}
	}
	request.uri().query().and_then(|query| {
		query
			.split('&')
			.find_map(|pair| pair.strip_prefix("access_token="))
			.map(|token| token.to_string())
	})
}

/// How many account checks (runtime calls) run at once; more calls wait their turn.
const CONCURRENT_CHECKS: usize = 4;

/// JSON-RPC middleware: lets a call through if [`Policy::authorize`] does, else answers
/// it with the error. A member-only call's account check reads the chain, so it runs on
/// the blocking pool, at most [`CONCURRENT_CHECKS`] at a time.
#[derive(Clone)]
pub struct AccessLayer {
	policy: Arc<Policy>,
	checks: Arc<tokio::sync::Semaphore>,
}

impl AccessLayer {
	/// The layer of a server under `policy`.
	pub fn new(policy: Arc<Policy>) -> Self {
		AccessLayer { policy, checks: Arc::new(tokio::sync::Semaphore::new(CONCURRENT_CHECKS)) }
	}
}

impl<S> tower::Layer<S> for AccessLayer {
	type Service = AccessService<S>;
	fn layer(&self, inner: S) -> Self::Service {
		AccessService { inner, layer: self.clone() }
	}
}

/// The service [`AccessLayer`] makes.
#[derive(Clone)]
pub struct AccessService<S> {
	inner: S,
	layer: AccessLayer,
}

impl<'a, S> RpcServiceT<'a> for AccessService<S>
where
	S: RpcServiceT<'a> + Send + Sync + Clone + 'a,
{
	type Future = futures::future::BoxFuture<'a, MethodResponse>;

	fn call(&self, request: Request<'a>) -> Self::Future {
		let params = request.params.as_ref().map(|p| p.get());
		let screened =
			Policy::screen(request.extensions().get::<Caller>(), &request.method, params);
		let inner = self.inner.clone();
		match screened {
			Screened::Public => Box::pin(inner.call(request)),
			Screened::Denied(error) => {
				Box::pin(std::future::ready(MethodResponse::error(request.id, error)))
			},
			Screened::Account(account, expires) => {
				let (policy, checks) = (self.layer.policy.clone(), self.layer.checks.clone());
				Box::pin(async move {
					let checked = async {
						let _permit = checks
							.acquire_owned()
							.await
							.map_err(|_| denied("the node is shutting down"))?;
						tokio::task::spawn_blocking(move || {
							policy.check_account(&account, expires, now())
						})
						.await
						.map_err(|_| denied("the access check failed"))?
					};
					match checked.await {
						Ok(()) => inner.call(request).await,
						Err(error) => MethodResponse::error(request.id, error),
					}
				})
			},
		}
	}
}

/// Ends when the account of a WebSocket connection's token may no longer read: at the
/// token's expiry, or when a check (every `every`) finds its organisation suspended, its
/// device removed or its organisation no longer allowed.
pub async fn lease(
	policy: Arc<Policy>,
	account: AccountId32,
	expires: u64,
	every: std::time::Duration,
) {
	loop {
		let left = expires.saturating_sub(now());
		if left == 0 {
			return;
		}
		tokio::time::sleep(every.min(std::time::Duration::from_secs(left))).await;
		let (policy, account) = (policy.clone(), account.clone());
		let still =
			tokio::task::spawn_blocking(move || policy.check_account(&account, expires, now()))
				.await;
		if !matches!(still, Ok(Ok(()))) {
			return;
		}
	}
}

/// `amchain-node rpc-token`: a token for a member client of one node (printed to stdout).
#[derive(Debug, clap::Args)]
pub struct RpcTokenCmd {
	/// The signing account's secret URI (`//Alice`, a mnemonic, `0x<seed>`).
	#[arg(long)]
	pub suri: String,
	/// The chain's genesis hash (`chain_getBlockHash [0]` on the node).
	#[arg(long)]
	pub genesis: H256,
	/// The node's libp2p peer id (`system_localPeerId` on the node).
	#[arg(long)]
	pub node: String,
	/// How long the token lives, in seconds (at most a day).
	#[arg(long, default_value_t = 3600)]
	pub ttl: u64,
}

impl RpcTokenCmd {
	/// Prints the token.
	pub fn run(&self) -> Result<(), String> {
		if self.ttl == 0 || self.ttl > MAX_TOKEN_LIFETIME {
			return Err(format!("--ttl must be between 1 and {MAX_TOKEN_LIFETIME} seconds"));
		}
		let pair = sr25519::Pair::from_string(&self.suri, None)
			.map_err(|e| format!("--suri is not a secret URI: {e:?}"))?;
		let issued = now();
		println!("{}", issue(&pair, &self.genesis, &self.node, issued, issued + self.ttl));
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use amchain_primitives::participants::MemberKind;

	const NODE: &str = "12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

	fn genesis() -> H256 {
		H256::repeat_byte(7)
	}

	fn pair(name: &str) -> sr25519::Pair {
		sr25519::Pair::from_string(&format!("//{name}"), None).unwrap()
	}

	fn account(name: &str) -> AccountId32 {
		pair(name).public().into()
	}

	/// Alice acts for organisation 1, Bob for 2; Charlie is nobody.
	fn policy(allowed: &[ParticipantId]) -> Policy {
		let (alice, bob) = (account("Alice"), account("Bob"));
		Policy::new(
			genesis(),
			NODE.into(),
			allowed.iter().copied().collect(),
			0,
			Arc::new(H256::zero),
			Arc::new(move |_at, who: &AccountId32| {
				let participant = if *who == alice {
					1
				} else if *who == bob {
					2
				} else {
					return Ok(None);
				};
				Ok(Some(Membership {
					participant,
					kind: MemberKind::Admin,
					roles: Default::default(),
				}))
			}),
		)
	}

	/// A token of `name` issued at 500, expiring at 1 000.
	fn token(name: &str) -> String {
		issue(&pair(name), &genesis(), NODE, 500, 1_000)
	}

	fn check(token: &str, now: u64) -> Result<(AccountId32, u64), TokenError> {
		verify(token, &genesis(), NODE, 0, now)
	}

	#[test]
	fn a_token_names_its_account_issue_time_and_expiry() {
		let token = token("Alice");
		assert!(token
			.starts_with("amchain1.5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY.500.1000."));
		assert_eq!(check(&token, 999), Ok((account("Alice"), 1_000)));
		assert_eq!(check(&token, 500), Ok((account("Alice"), 1_000)));
	}

	#[test]
	fn a_token_is_refused_on_another_chain_another_node_or_outside_its_time() {
		let token = token("Alice");
		assert_eq!(
			verify(&token, &H256::repeat_byte(8), NODE, 0, 999),
			Err(TokenError::BadSignature)
		);
		assert_eq!(
			verify(&token, &genesis(), "12D3KooWother", 0, 999),
			Err(TokenError::BadSignature)
		);
		assert_eq!(check(&token, 1_000), Err(TokenError::Expired));
		// Issued in the future: a minute's skew is tolerated, no more.
		assert_eq!(check(&token, 500 - CLOCK_SKEW), Ok((account("Alice"), 1_000)));
		assert_eq!(check(&token, 500 - CLOCK_SKEW - 1), Err(TokenError::NotYetValid));
		// At most a day from issue to expiry: a token signed today for a day next year is
		// refused then too.
		let long = issue(&pair("Alice"), &genesis(), NODE, 500, 500 + MAX_TOKEN_LIFETIME + 1);
		assert_eq!(check(&long, 1_000), Err(TokenError::TooLong));
		assert_eq!(check(&long, 500 + MAX_TOKEN_LIFETIME), Err(TokenError::TooLong));
		let day = issue(&pair("Alice"), &genesis(), NODE, 500, 500 + MAX_TOKEN_LIFETIME);
		assert_eq!(check(&day, 1_000), Ok((account("Alice"), 500 + MAX_TOKEN_LIFETIME)));
		// The operator revoked every token issued before 501.
		assert_eq!(verify(&token, &genesis(), NODE, 501, 999), Err(TokenError::Revoked));
		assert_eq!(verify(&token, &genesis(), NODE, 500, 999), Ok((account("Alice"), 1_000)));
	}

	#[test]
	fn a_token_whose_account_or_times_were_changed_is_refused() {
		// Bob's signature under Alice's address: the signature must be the named account's.
		let bob = token("Bob");
		let signature = bob.rsplit('.').next().unwrap();
		let forged = format!("amchain1.{}.500.1000.{signature}", account("Alice").to_ss58check());
		assert_eq!(check(&forged, 999), Err(TokenError::BadSignature));
		// A later expiry, or an earlier issue time, than the ones signed.
		assert_eq!(check(&bob.replacen(".1000.", ".2000.", 1), 999), Err(TokenError::BadSignature));
		assert_eq!(check(&bob.replacen(".500.", ".400.", 1), 999), Err(TokenError::BadSignature));
	}

	#[test]
	fn malformed_tokens_say_what_is_wrong() {
		let good = token("Alice");
		for (token, what) in [
			("", "expected"),
			("amchain2.a.1.2.00", "unknown token version"),
			("amchain1.notanaddress.500.1000.00", "SS58"),
			(&good.replacen(".1000.", ".soon.", 1), "expiry is not a number"),
			(&good.replacen(".500.", ".0500.", 1), "issue time is not a number"),
			(&good.replacen(".1000.", ".+1000.", 1), "expiry is not a number"),
			(&format!("{}ab", good), "64 bytes"),
			(&format!("{good}.extra"), "expected"),
			(&good.replacen(".500.", ".", 1), "expected"),
		] {
			match check(token, 999) {
				Err(TokenError::Malformed(m)) => assert!(m.contains(what), "{token}: {m}"),
				other => panic!("{token}: {other:?}"),
			}
		}
	}

	#[test]
	fn a_wallet_signature_over_the_wrapped_message_is_accepted() {
		let alice = pair("Alice");
		let message = token_message(&genesis(), NODE, &account("Alice"), 500, 1_000);
		let signature = alice.sign(format!("<Bytes>{message}</Bytes>").as_bytes());
		let token = format!(
			"amchain1.{}.500.1000.{}",
			account("Alice").to_ss58check(),
			sp_core::bytes::to_hex(&signature.0, false).trim_start_matches("0x")
		);
		assert_eq!(check(&token, 999), Ok((account("Alice"), 1_000)));
	}

	#[test]
	fn public_methods_need_no_token_and_state_call_only_for_public_functions() {
		let policy = policy(&[1]);
		for method in
			["system_health", "chain_getHeader", "state_getMetadata", "author_submitExtrinsic"]
		{
			assert_eq!(policy.authorize(None, method, None, 0), Ok(()), "{method}");
		}
		assert_eq!(
			policy.authorize(None, "state_call", Some(r#"["Core_version","0x"]"#), 0),
			Ok(())
		);
		for (method, params) in [
			("state_call", Some(r#"["PartsApi_parts_of","0x00"]"#)),
			("state_call", None),
			("state_call", Some("{}")),
			("state_getStorage", Some(r#"["0x26aa"]"#)),
			("chain_getBlock", None),
			("amchain_partsOf", None),
			("author_pendingExtrinsics", None),
			("system_accountNextIndex", None),
			("contracts_call", None),
			("some_future_method", None),
		] {
			let error = policy.authorize(None, method, params, 0).unwrap_err();
			assert_eq!(error.code(), ACCESS_DENIED);
			assert!(error.message().contains("member clients"), "{method}: {}", error.message());
		}
	}

	#[test]
	fn only_active_members_of_allowed_organisations_read() {
		let policy = policy(&[1]);
		let caller = |name: &str| Caller::Account(account(name), 2_000);
		assert_eq!(
			policy.authorize(Some(&caller("Alice")), "amchain_partsOf", None, 1_000),
			Ok(())
		);
		let bob =
			policy.authorize(Some(&caller("Bob")), "amchain_partsOf", None, 1_000).unwrap_err();
		assert!(bob.message().contains("organisation 2 may not read"), "{}", bob.message());
		assert!(
			!bob.message().contains('1'),
			"the allowed organisations are not told: {}",
			bob.message()
		);
		let charlie =
			policy.authorize(Some(&caller("Charlie")), "amchain_partsOf", None, 1_000).unwrap_err();
		assert!(charlie.message().contains("not an account of an active organisation"));
		// A WebSocket connection outlives its token: each call checks the expiry again.
		let late =
			policy.authorize(Some(&caller("Alice")), "amchain_partsOf", None, 2_000).unwrap_err();
		assert!(late.message().contains("expired"), "{}", late.message());
		let refused = Caller::Refused(TokenError::BadSignature);
		let error = policy.authorize(Some(&refused), "amchain_partsOf", None, 1_000).unwrap_err();
		assert!(error.message().starts_with("token refused"), "{}", error.message());
	}

	#[tokio::test(flavor = "multi_thread")]
	async fn a_connections_lease_ends_with_its_token_or_its_right_to_read() {
		use std::time::{Duration, Instant};
		let policy = Arc::new(policy(&[1]));
		let every = Duration::from_millis(50);
		// Alice may read: her lease lasts until her token expires (in two seconds), not less.
		let started = Instant::now();
		tokio::time::timeout(
			Duration::from_secs(10),
			lease(policy.clone(), account("Alice"), now() + 2, every),
		)
		.await
		.expect("the lease ends at the expiry");
		assert!(started.elapsed() >= Duration::from_secs(1), "{:?}", started.elapsed());
		// Bob's organisation is not allowed (as if suspended or dropped since the token was
		// checked): his lease ends at the first check, long before the expiry.
		let started = Instant::now();
		tokio::time::timeout(
			Duration::from_secs(5),
			lease(policy, account("Bob"), now() + 3_600, every),
		)
		.await
		.expect("the lease ends at the first check");
		assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
	}

	#[test]
	fn the_token_comes_from_the_header_or_the_query() {
		let request = http::Request::builder()
			.uri("/")
			.header("Authorization", "Bearer amchain1.x.1.ab")
			.body(())
			.unwrap();
		assert_eq!(token_of(&request).as_deref(), Some("amchain1.x.1.ab"));
		let request =
			http::Request::builder().uri("/?foo=1&access_token=amchain1.y.2.cd").body(()).unwrap();
		assert_eq!(token_of(&request).as_deref(), Some("amchain1.y.2.cd"));
		let request = http::Request::builder().uri("/").body(()).unwrap();
		assert_eq!(token_of(&request), None);
	}

	#[test]
	fn the_spec_property_sets_the_default() {
		let props = |v: &str| {
			serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&format!(
				r#"{{"{SPEC_PROPERTY}":"{v}"}}"#
			))
			.unwrap()
		};
		assert_eq!(Access::from_properties(&props("members")), Ok(Some(Access::Members)));
		assert_eq!(Access::from_properties(&props("open")), Ok(Some(Access::Open)));
		assert_eq!(Access::from_properties(&Default::default()), Ok(None));
		// A typo does not open the node: the node refuses to start.
		let typo = Access::from_properties(&props("Members")).unwrap_err();
		assert!(typo.contains("must be \"open\" or \"members\""), "{typo}");
	}
}
