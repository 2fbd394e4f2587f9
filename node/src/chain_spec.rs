//! The chain specifications amchain-node knows by name. Genesis state comes from
//! the runtime's presets (`amchain_runtime::genesis_config_presets`).

use amchain_runtime::{currency, WASM_BINARY};
use sc_service::ChainType;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// amchain's chain spec: no client extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// What wallets show for the native token.
pub fn properties() -> sc_service::Properties {
	let mut properties = sc_service::Properties::new();
	properties.insert("tokenSymbol".into(), currency::SYMBOL.into());
	properties.insert("tokenDecimals".into(), currency::DECIMALS.into());
	properties.insert("ss58Format".into(), 42.into());
	properties
}

/// The runtime this node was built with.
pub fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the amchain runtime wasm is not available: build without SKIP_WASM_BUILD".to_string()
	})
}

/// `dev`: a single validator (Alice) that produces and finalizes blocks on its own.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("amchain development")
		.with_id("amchain_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `local`: four validators (Alice, Bob, Charlie, Dave) on one machine.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("amchain local testnet")
		.with_id("amchain_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}
