//! The harness's side of the chain: bundles read from disk, contracts uploaded and called
//! through pallet-contracts as a wallet's extrinsic would (`bare_call`, the same entry
//! point `ContractsApi_call` and `Contracts.call` use), and the chain's own moves made with
//! the real pallets' calls.

use std::{collections::HashMap, path::PathBuf};

use amchain_primitives::participants::Roles;
use amchain_runtime::{AccountId, Balances, Contracts, Runtime, RuntimeOrigin};
use codec::{Decode, Encode};
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	tokens::{Fortitude, Preservation},
	Get,
};
use pallet_contracts::{Code, CollectEvents, DebugInfo, Determinism};
use sp_runtime::DispatchResult;

pub type Balance = u128;
pub type BlockNumber = u32;
pub type ParticipantId = u32;

/// The chain's existential deposit: the least a contract may pay out.
pub fn ed() -> Balance {
	<Runtime as pallet_balances::Config>::ExistentialDeposit::get()
}

/// What an account may spend: what `self.env().balance()` answers a contract.
pub fn spendable(who: &AccountId) -> Balance {
	Balances::reducible_balance(who, Preservation::Preserve, Fortitude::Polite)
}

/// Gives `who` `amount` out of thin air (a test's faucet).
pub fn fund(who: &AccountId, amount: Balance) {
	Balances::set_balance(who, Balances::balance(who) + amount);
}

/// A built contract: its wasm, and from its metadata the selectors and its error names.
pub struct Bundle {
	name: String,
	wasm: Vec<u8>,
	selectors: HashMap<String, [u8; 4]>,
	constructors: HashMap<String, [u8; 4]>,
	errors: Vec<String>,
}

fn selector(hex: &serde_json::Value) -> [u8; 4] {
	let hex = hex.as_str().expect("a selector is a hex string").trim_start_matches("0x");
	let mut out = [0u8; 4];
	for (i, byte) in out.iter_mut().enumerate() {
		*byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).expect("hex");
	}
	out
}

/// The directory `scripts/contracts.sh build` writes bundles to.
pub fn bundles_dir() -> PathBuf {
	std::env::var_os("AMCHAIN_CONTRACTS").map(PathBuf::from).unwrap_or_else(|| {
		PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/amchain/contracts")
	})
}

impl Bundle {
	/// Reads `<name>.wasm` and `<name>.json` (cargo-contract's output).
	pub fn load(name: &str) -> Bundle {
		let dir = bundles_dir();
		let read = |file: String| {
			let path = dir.join(&file);
			std::fs::read(&path).unwrap_or_else(|e| {
				panic!(
					"{}: {e}. The contracts harness runs the real bundles: build them with \
					 `scripts/contracts.sh build` (or point AMCHAIN_CONTRACTS at them)",
					path.display()
				)
			})
		};
		let wasm = read(format!("{name}.wasm"));
		let metadata: serde_json::Value =
			serde_json::from_slice(&read(format!("{name}.json"))).expect("metadata is JSON");
		let spec = &metadata["spec"];
		let labelled = |kind: &str| -> HashMap<String, [u8; 4]> {
			spec[kind]
				.as_array()
				.expect("a list")
				.iter()
				.map(|m| {
					(m["label"].as_str().expect("label").to_string(), selector(&m["selector"]))
				})
				.collect()
		};
		// The contract's own `Error` enum (path `<name>::<name>::Error`), by variant index.
		let errors = metadata["types"]
			.as_array()
			.expect("types")
			.iter()
			.find(|t| {
				let path = t["type"]["path"].as_array();
				path.is_some_and(|p| {
					p.first().and_then(|s| s.as_str()) == Some(name)
						&& p.last().and_then(|s| s.as_str()) == Some("Error")
				})
			})
			.map(|t| {
				let mut variants: Vec<(u64, String)> = t["type"]["def"]["variant"]["variants"]
					.as_array()
					.expect("an enum")
					.iter()
					.map(|v| {
						(
							v["index"].as_u64().expect("index"),
							v["name"].as_str().expect("name").to_string(),
						)
					})
					.collect();
				variants.sort();
				variants.into_iter().map(|(_, n)| n).collect()
			})
			.unwrap_or_else(|| panic!("{name}'s metadata names no Error type"));
		Bundle {
			name: name.to_string(),
			wasm,
			selectors: labelled("messages"),
			constructors: labelled("constructors"),
			errors,
		}
	}

	/// Uploads the code and instantiates it with constructor `constructor(args)`, paid by
	/// `deployer`.
	pub fn instantiate(
		&self,
		deployer: &AccountId,
		constructor: &str,
		args: impl Encode,
	) -> Contract {
		let mut data = self
			.constructors
			.get(constructor)
			.unwrap_or_else(|| panic!("{} has no constructor {constructor}", self.name))
			.to_vec();
		args.encode_to(&mut data);
		let result = Contracts::bare_instantiate(
			deployer.clone(),
			0,
			gas(),
			None,
			Code::Upload(self.wasm.clone()),
			data,
			self.name.as_bytes().to_vec(),
			DebugInfo::UnsafeDebug,
			CollectEvents::Skip,
		);
		let debug = String::from_utf8_lossy(&result.debug_message).to_string();
		let out = result
			.result
			.unwrap_or_else(|e| panic!("{} does not instantiate: {e:?} {debug}", self.name));
		assert!(!out.result.did_revert(), "{}'s constructor reverted: {debug}", self.name);
		Contract {
			address: out.account_id,
			selectors: self.selectors.clone(),
			errors: self.errors.clone(),
			name: self.name.clone(),
		}
	}
}

/// As much weight as a block allows a call.
fn gas() -> sp_runtime::Weight {
	<Runtime as frame_system::Config>::BlockWeights::get().max_block
}

/// An instantiated contract.
pub struct Contract {
	pub address: AccountId,
	name: String,
	selectors: HashMap<String, [u8; 4]>,
	errors: Vec<String>,
}

/// A message's answer: its `Ok` value's encoding, or the contract's error by name.
pub type Answer = Result<Vec<u8>, String>;

impl Contract {
	/// Calls `message(args)` from `who`, paying `value`, as an extrinsic would: state
	/// changes stay unless the contract reverts. A trap, running out of gas or a storage
	/// deposit the caller cannot pay is a failure of the contract under test: it panics.
	fn raw(
		&self,
		who: &AccountId,
		value: Balance,
		message: &str,
		args: impl Encode,
	) -> (bool, Vec<u8>) {
		let mut data = self
			.selectors
			.get(message)
			.unwrap_or_else(|| panic!("{} has no message {message}", self.name))
			.to_vec();
		args.encode_to(&mut data);
		let result = Contracts::bare_call(
			who.clone(),
			self.address.clone(),
			value,
			gas(),
			None,
			data.clone(),
			DebugInfo::Skip,
			CollectEvents::Skip,
			Determinism::Enforced,
		);
		match result.result {
			Ok(out) => (out.did_revert(), out.data),
			Err(e) => {
				// The call left nothing behind; run it again to read the contract's debug
				// output for the report.
				let again = Contracts::bare_call(
					who.clone(),
					self.address.clone(),
					value,
					gas(),
					None,
					data,
					DebugInfo::UnsafeDebug,
					CollectEvents::Skip,
					Determinism::Enforced,
				);
				panic!(
					"{}.{message} failed in pallet-contracts (a trap, gas or deposit): {e:?} {}",
					self.name,
					String::from_utf8_lossy(&again.debug_message)
				)
			},
		}
	}

	/// A message returning `Result<T, Error>`: `Ok(encoded T)` or `Err(error name)`. A
	/// refused message must revert (nothing it did stays), a successful one must not.
	pub fn call(
		&self,
		who: &AccountId,
		value: Balance,
		message: &str,
		args: impl Encode,
	) -> Answer {
		let (reverted, data) = self.raw(who, value, message, args);
		assert_eq!(
			data.first(),
			Some(&0),
			"{}.{message}: ink! could not read the input",
			self.name
		);
		match data.get(1) {
			Some(0) => {
				assert!(!reverted, "{}.{message} succeeded but reverted", self.name);
				Ok(data[2..].to_vec())
			},
			Some(1) => {
				assert!(reverted, "{}.{message} refused but did not revert", self.name);
				let index = *data.get(2).expect("an error variant") as usize;
				Err(self.errors.get(index).cloned().unwrap_or_else(|| format!("Error#{index}")))
			},
			other => panic!("{}.{message} answered {other:?}: not a Result", self.name),
		}
	}

	/// A message returning `Result<T, Error>`, decoded.
	pub fn call_as<T: Decode>(
		&self,
		who: &AccountId,
		value: Balance,
		message: &str,
		args: impl Encode,
	) -> Result<T, String> {
		self.call(who, value, message, args).map(|ok| decode(&ok))
	}

	/// A read-only message returning `T` (not a `Result`), asked by `who`.
	pub fn query<T: Decode>(&self, who: &AccountId, message: &str, args: impl Encode) -> T {
		let (reverted, data) = self.raw(who, 0, message, args);
		assert!(!reverted, "{}.{message} reverted", self.name);
		assert_eq!(
			data.first(),
			Some(&0),
			"{}.{message}: ink! could not read the input",
			self.name
		);
		decode(&data[1..])
	}
}

/// Decodes all of `bytes` as `T`: a mirror type that does not match the contract's
/// encoding fails here rather than reading garbage.
pub fn decode<T: Decode>(bytes: &[u8]) -> T {
	let mut rest = bytes;
	match T::decode(&mut rest) {
		Ok(value) if rest.is_empty() => value,
		_ => panic!("cannot decode {bytes:?} as {}", std::any::type_name::<T>()),
	}
}

/// The organisation an account acts for, if any (admin or device).
pub fn org_of(who: &AccountId) -> Option<ParticipantId> {
	pallet_certifications::Members::<Runtime>::get(who).map(|m| m.participant)
}

/// An organisation's admin account now.
pub fn admin_of(org: ParticipantId) -> AccountId {
	pallet_certifications::Participants::<Runtime>::get(org).expect("registered").admin
}

/// An organisation's roles.
pub fn roles_of(org: ParticipantId) -> Roles {
	pallet_certifications::Participants::<Runtime>::get(org).expect("registered").roles
}

pub fn signed(who: &AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.clone())
}

/// A dispatch's outcome for a step's log.
pub fn outcome(result: DispatchResult) -> String {
	match result {
		Ok(()) => "Ok".into(),
		Err(e) => format!("Err({e:?})"),
	}
}

/// Sets the current block (contracts read it; nothing else here needs hooks).
pub fn set_block(n: BlockNumber) {
	frame_system::Pallet::<Runtime>::set_block_number(n);
}

/// The seeds to run: `AMCHAIN_CONTRACT_SEED` alone if set, else `runs` seeds from
/// `AMCHAIN_CONTRACT_FIRST_SEED` (default 1), where `runs` is `AMCHAIN_CONTRACT_RUNS` or
/// `default_runs` (scripts/fuzz.sh runs many from a seed of the clock).
pub fn seeds(default_runs: u64) -> Vec<u64> {
	let var = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
	if let Some(seed) = var("AMCHAIN_CONTRACT_SEED") {
		return vec![seed];
	}
	let first = var("AMCHAIN_CONTRACT_FIRST_SEED").unwrap_or(1);
	let runs = var("AMCHAIN_CONTRACT_RUNS").unwrap_or(default_runs);
	(first..first.saturating_add(runs)).collect()
}

/// A panic's message, for a failure report.
pub fn panic_message(e: Box<dyn std::any::Any + Send>) -> String {
	e.downcast_ref::<String>()
		.cloned()
		.or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
		.unwrap_or_else(|| "a panic".into())
}

/// The fewest steps that still fail (`fails` replays them): chunks removed, then single
/// steps.
pub fn shrink<S: Clone>(mut steps: Vec<S>, fails: impl Fn(&[S]) -> bool) -> Vec<S> {
	let mut chunk = steps.len() / 2;
	while chunk >= 1 {
		let mut i = 0;
		while i + chunk <= steps.len() {
			let mut fewer = steps.clone();
			fewer.drain(i..i + chunk);
			if fails(&fewer) {
				steps = fewer;
			} else {
				i += chunk;
			}
		}
		chunk /= 2;
	}
	steps
}
