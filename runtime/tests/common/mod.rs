//! What the runtime's integration tests share: the dev chain's genesis in fresh test
//! externalities, and a small seedable generator for random runs.

// Each test binary uses part of it.
#![allow(dead_code)]

use amchain_runtime::{genesis_config_presets, RuntimeGenesisConfig};

/// A small, seedable generator (SplitMix64): the same seed, the same run.
pub struct Rng(pub u64);

impl Rng {
	pub fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}
	pub fn below(&mut self, n: u64) -> u64 {
		if n == 0 {
			0
		} else {
			self.next() % n
		}
	}
	pub fn pick<T: Clone>(&mut self, from: &[T]) -> T {
		from[self.below(from.len() as u64) as usize].clone()
	}
	pub fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
}

/// Merges a JSON patch into a JSON value, as chain specs apply presets to the default
/// genesis config.
pub fn merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// Builds the genesis state of `preset` (applied to the default genesis config) into
/// fresh externalities and runs `test` in them.
pub fn with_preset_genesis<R>(preset: &str, test: impl FnOnce() -> R) -> R {
	let id = sp_genesis_builder::PresetId::from(preset);
	let patch = genesis_config_presets::get_preset(&id).expect("the preset exists");
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("the preset is JSON");
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default config is JSON");
	merge(&mut config, patch);
	let config = serde_json::to_vec(&config).expect("the config serializes");
	sp_io::TestExternalities::default().execute_with(|| {
		frame_support::genesis_builder_helper::build_state::<RuntimeGenesisConfig>(config)
			.expect("the genesis builds");
		test()
	})
}

/// The dev chain's genesis state (docs/dev-chain.md names its organisations).
pub fn genesis<R>(test: impl FnOnce() -> R) -> R {
	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, test)
}
