//! Genesis presets: the initial state of amchain's dev and local chains.
//!
//! Chain specs name a preset (`--chain dev` uses [`DEV_RUNTIME_PRESET`]); the
//! data lives here, in the runtime, so a spec built by any tool from this
//! runtime starts the same chain.
//!
//! [`DEV_RUNTIME_PRESET`]: sp_genesis_builder::DEV_RUNTIME_PRESET

use alloc::{vec, vec::Vec};
use frame_support::{build_struct_json_patch, BoundedVec};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, Balance, BalancesConfig, CertificationsConfig, ConsortiumConfig,
	CouncilMembershipConfig, NodeAuthorizationConfig, RuntimeGenesisConfig, SessionConfig,
	SessionKeys, SudoConfig, UNIT,
};

/// What each endowed development account starts with: a million tokens.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// A validator: its account (which signs its session keys' registration) and its Aura
/// (sr25519) and GRANDPA (ed25519) keys.
pub type Validator = (AccountId, AuraId, GrandpaId);

/// A well-known node: its libp2p peer id (the bytes of its multihash) and the account of
/// the member that runs it.
pub type WellKnownNode = (Vec<u8>, AccountId);

/// A genesis state: its validators, well-known nodes, endowed accounts, council,
/// registrars and sudo key (`None` on a consortium chain). Dev and test chains are open
/// to any signer; a consortium's spec (chain-spec/) turns `members_only` on.
pub fn genesis(
	validators: Vec<Validator>,
	nodes: Vec<WellKnownNode>,
	endowed_accounts: Vec<AccountId>,
	council: Vec<AccountId>,
	registrars: Vec<AccountId>,
	sudo: Option<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		// Aura's and GRANDPA's authority sets come from the sessions: the council's
		// validators (pallet-consortium) with the keys they registered (pallet-session).
		consortium: ConsortiumConfig {
			validators: validators.iter().map(|v| v.0.clone()).collect::<Vec<_>>(),
			members_only: false,
		},
		session: SessionConfig {
			keys: validators
				.into_iter()
				.map(|(account, aura, grandpa)| {
					(account.clone(), account, SessionKeys { aura, grandpa })
				})
				.collect::<Vec<_>>(),
		},
		node_authorization: NodeAuthorizationConfig {
			nodes: nodes
				.into_iter()
				.map(|(peer, owner)| (sp_core::OpaquePeerId(peer), owner))
				.collect::<Vec<_>>(),
		},
		council_membership: CouncilMembershipConfig { members: BoundedVec::truncate_from(council) },
		sudo: SudoConfig { key: sudo },
		certifications: CertificationsConfig { registrars },
	})
}

/// A well-known development validator: its account and its Aura (sr25519) and GRANDPA
/// (ed25519) keys, all derived from the same dev seed (`//Alice`, …).
fn dev_validator(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> Validator {
	(aura.to_account_id(), aura.public().into(), grandpa.public().into())
}

/// The well-known development accounts (Alice … Ferdie and their stashes).
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|k| *k != Sr25519Keyring::One && *k != Sr25519Keyring::Two)
		.map(|k| k.to_account_id())
		.collect()
}

/// The peer ids of the nodes whose libp2p secret keys are 1, 2, 3, 4 (as 32-byte
/// big-endian numbers; `scripts/local-network.sh` starts alice … dave with them):
/// `12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp`, `12D3KooWHdiAxVd8…`,
/// `12D3KooWSCufgHzV…`, `12D3KooWSsChzF81…` (`amchain-node key inspect-node-key`).
const LOCAL_NODE_PUBLIC_KEYS: [[u8; 32]; 4] = [
	hex_literal::hex!("4cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29"),
	hex_literal::hex!("7422b9887598068e32c4448a949adb290d0f4e35b9e01b0ee5f1a1e600fe2674"),
	hex_literal::hex!("f381626e41e7027ea431bfe3009e94bdd25a746beec468948d6c3c7c5dc9a54b"),
	hex_literal::hex!("fd50b8e3b144ea244fbf7737f550bc8dd0c2650bbc1aada833ca17ff8dbf329b"),
];

/// The peer id (identity multihash of the protobuf-encoded Ed25519 public key) of a node
/// with Ed25519 public key `public`.
pub fn ed25519_peer_id(public: &[u8; 32]) -> Vec<u8> {
	// multihash identity (0x00), length 36; protobuf: key type Ed25519 (0x08 0x01),
	// key bytes (0x12 0x20).
	let mut peer = vec![0x00, 0x24, 0x08, 0x01, 0x12, 0x20];
	peer.extend_from_slice(public);
	peer
}

/// `dev`: one validator (Alice); the development accounts funded; a council of Alice,
/// Bob and Charlie; Alice is the registrar and holds sudo, for convenience. No
/// well-known nodes: the dev node runs alone.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		vec![],
		dev_accounts(),
		vec![
			Sr25519Keyring::Alice.to_account_id(),
			Sr25519Keyring::Bob.to_account_id(),
			Sr25519Keyring::Charlie.to_account_id(),
		],
		vec![Sr25519Keyring::Alice.to_account_id()],
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// `local`: four validators (Alice, Bob, Charlie, Dave) on one machine, so GRANDPA
/// finalizes with any three of them, run like a consortium: the four are the council,
/// their nodes the well-known nodes, there is no sudo key. The development accounts are funded; Alice is the registrar.
pub fn local_config_genesis() -> Value {
	let four = [
		(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	];
	genesis(
		four.iter().map(|(aura, grandpa)| dev_validator(*aura, *grandpa)).collect(),
		four.iter()
			.zip(LOCAL_NODE_PUBLIC_KEYS.iter())
			.map(|((account, _), node)| (ed25519_peer_id(node), account.to_account_id()))
			.collect(),
		dev_accounts(),
		four.iter().map(|(account, _)| account.to_account_id()).collect(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		None,
	)
}
/// The JSON patch of the preset named `id`, if the runtime has one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
