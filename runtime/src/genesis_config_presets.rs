//! Genesis presets: the initial state of amchain's dev and local chains.
//!
//! Chain specs name a preset (`--chain dev` uses [`DEV_RUNTIME_PRESET`]); the
//! data lives here, in the runtime, so a spec built by any tool from this
//! runtime starts the same chain.
//!
//! [`DEV_RUNTIME_PRESET`]: sp_genesis_builder::DEV_RUNTIME_PRESET

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use crate::{
	AccountId, Balance, BalancesConfig, CertificationsConfig, RuntimeGenesisConfig, SudoConfig,
	UNIT,
};

/// What each endowed development account starts with: a million tokens.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// A genesis state with these validators, endowed accounts, registrars and sudo key.
pub fn genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	registrars: Vec<AccountId>,
	sudo: Option<AccountId>,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed_accounts.iter().cloned().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo },
		certifications: CertificationsConfig { registrars },
	})
}

/// A well-known development validator: its Aura (sr25519) and GRANDPA (ed25519) keys,
/// both derived from the same dev seed (`//Alice`, …).
fn dev_authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// The well-known development accounts (Alice … Ferdie and their stashes).
fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|k| *k != Sr25519Keyring::One && *k != Sr25519Keyring::Two)
		.map(|k| k.to_account_id())
		.collect()
}

/// `dev`: one validator (Alice), the development accounts funded, Alice is the
/// registrar and holds sudo.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_accounts(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// `local`: four validators (Alice, Bob, Charlie, Dave) on one machine, so GRANDPA
/// finalizes with any three of them; the development accounts funded, Alice is the
/// registrar and holds sudo.
pub fn local_config_genesis() -> Value {
	genesis(
		vec![
			dev_authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			dev_authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			dev_authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			dev_authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		dev_accounts(),
		vec![Sr25519Keyring::Alice.to_account_id()],
		Some(Sr25519Keyring::Alice.to_account_id()),
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
