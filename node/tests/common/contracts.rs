//! ink! contracts on the dev node: bundles built by `scripts/contracts.sh build`
//! (cargo-contract), deployed and called with signed `Contracts` extrinsics, read with
//! dry runs (`ContractsApi_call`), as cargo-contract and polkadot.js do.

use std::{collections::HashMap, path::PathBuf};

use codec::{Decode, Encode};
use subxt::{dynamic::Value, rpcs::rpc_params, utils::AccountId32, OnlineClient, PolkadotConfig};
use subxt_signer::sr25519::Keypair;

use super::{account, hex, none, submit, unhex};

type Weight = sp_runtime::Weight;
type EventRecord = frame_system::EventRecord<amchain_runtime::RuntimeEvent, sp_core::H256>;
type ExecResult = pallet_contracts::ContractExecResult<u128, EventRecord>;
type InstantiateResult =
	pallet_contracts::ContractInstantiateResult<sp_runtime::AccountId32, u128, EventRecord>;

/// `seal_return`'s revert flag.
const REVERT: u32 = 1;

/// A contract bundle: its wasm code and the selectors of its constructors and messages.
pub struct Bundle {
	pub name: String,
	pub wasm: Vec<u8>,
	selectors: HashMap<String, [u8; 4]>,
}

impl Bundle {
	/// Reads `<name>.contract` from `$AMCHAIN_CONTRACTS` (scripts/contracts.sh sets it;
	/// default `~/.cache/amchain/contracts`).
	pub fn load(name: &str) -> Bundle {
		let dir = std::env::var_os("AMCHAIN_CONTRACTS").map(PathBuf::from).unwrap_or_else(|| {
			PathBuf::from(std::env::var("HOME").expect("HOME is set"))
				.join(".cache/amchain/contracts")
		});
		let path = dir.join(format!("{name}.contract"));
		let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
			panic!("{} is readable ({e}); build it with scripts/contracts.sh build", path.display())
		});
		let json: serde_json::Value = serde_json::from_str(&text).expect("a bundle is JSON");
		let wasm = unhex(json["source"]["wasm"].as_str().expect("the bundle holds its wasm"));
		let mut selectors = HashMap::new();
		for kind in ["constructors", "messages"] {
			for entry in json["spec"][kind].as_array().expect("the bundle lists its entries") {
				let label = entry["label"].as_str().expect("a label").to_string();
				let selector = unhex(entry["selector"].as_str().expect("a selector"));
				selectors.insert(label, selector.try_into().expect("4-byte selector"));
			}
		}
		Bundle { name: name.into(), wasm, selectors }
	}

	/// The call data of constructor or message `label` with `args`.
	pub fn input(&self, label: &str, args: impl Encode) -> Vec<u8> {
		let selector = self
			.selectors
			.get(label)
			.unwrap_or_else(|| panic!("{} has no message {label}", self.name));
		let mut data = selector.to_vec();
		args.encode_to(&mut data);
		data
	}
}

/// A deployed contract.
pub struct Contract<'b> {
	pub bundle: &'b Bundle,
	pub address: AccountId32,
}

fn weight_value(w: Weight) -> Value {
	Value::named_composite([
		("ref_time", Value::u128(w.ref_time() as u128)),
		("proof_size", Value::u128(w.proof_size() as u128)),
	])
}

async fn state_call<R: Decode>(rpc: &subxt::rpcs::RpcClient, method: &str, args: Vec<u8>) -> R {
	let answer: String = rpc
		.request("state_call", rpc_params![method, hex(&args)])
		.await
		.expect("state_call answers");
	R::decode(&mut &unhex(&answer)[..]).unwrap_or_else(|e| panic!("{method} result decodes: {e}"))
}

/// The weight a call is charged when dispatched (`TransactionPaymentCallApi_query_call_info`,
/// what wallets ask for a fee estimate): its benchmarked weight plus, for a contract
/// call, its gas limit.
pub async fn call_weight(
	api: &OnlineClient<PolkadotConfig>,
	rpc: &subxt::rpcs::RpcClient,
	pallet: &str,
	call: &str,
	fields: Vec<Value>,
) -> Weight {
	/// `pallet_transaction_payment::RuntimeDispatchInfo`.
	#[derive(Decode)]
	struct DispatchInfo {
		weight: Weight,
		_class: u8,
		_partial_fee: u128,
	}
	let tx = subxt::dynamic::transaction(pallet, call, fields);
	let at = api.at_current_block().await.expect("current block");
	let mut args = at.transactions().call_data(&tx).expect("the call encodes");
	let len = args.len() as u32;
	len.encode_to(&mut args);
	let info: DispatchInfo =
		state_call(rpc, "TransactionPaymentCallApi_query_call_info", args).await;
	info.weight
}

/// Uploads `bundle`'s code and instantiates it with constructor `new()` (no arguments),
/// signed by `by`; returns the contract.
pub async fn deploy<'b>(
	api: &OnlineClient<PolkadotConfig>,
	rpc: &subxt::rpcs::RpcClient,
	by: &Keypair,
	bundle: &'b Bundle,
	salt: &[u8],
) -> Contract<'b> {
	let data = bundle.input("new", ());
	let origin = sp_runtime::AccountId32::from(account(by).0);
	let dry: InstantiateResult = state_call(
		rpc,
		"ContractsApi_instantiate",
		(
			origin,
			0u128,
			None::<Weight>,
			None::<u128>,
			pallet_contracts::Code::<sp_core::H256>::Upload(bundle.wasm.clone()),
			data.clone(),
			salt.to_vec(),
		)
			.encode(),
	)
	.await;
	let done = dry.result.unwrap_or_else(|e| panic!("{} instantiates: {e:?}", bundle.name));
	assert_eq!(
		done.result.flags.bits() & REVERT,
		0,
		"{}'s constructor does not revert",
		bundle.name
	);
	submit(
		api,
		by,
		"Contracts",
		"instantiate_with_code",
		vec![
			Value::u128(0),
			weight_value(dry.gas_required),
			none(),
			Value::from_bytes(&bundle.wasm),
			Value::from_bytes(&data),
			Value::from_bytes(salt),
		],
	)
	.await;
	Contract { bundle, address: AccountId32(done.account_id.into()) }
}

/// What a dry run of a message says: the gas it needs and its output.
pub struct DryRun {
	pub gas_required: Weight,
	pub gas_consumed: Weight,
	/// The message's return value (`Result<T, LangError>` as ink! encodes it).
	pub output: Vec<u8>,
	pub reverted: bool,
}

impl<'b> Contract<'b> {
	/// The fields of a `Contracts.call` of message `label` with `args`, value and gas limit.
	pub fn call_fields(
		&self,
		value: u128,
		gas_limit: Weight,
		label: &str,
		args: impl Encode,
	) -> Vec<Value> {
		vec![
			Value::unnamed_variant("Id", [Value::from_bytes(self.address.0)]),
			Value::u128(value),
			weight_value(gas_limit),
			none(),
			Value::from_bytes(self.bundle.input(label, args)),
		]
	}

	/// Runs message `label` as `caller` paying `value`, without a transaction.
	pub async fn dry_run(
		&self,
		rpc: &subxt::rpcs::RpcClient,
		caller: &AccountId32,
		value: u128,
		label: &str,
		args: impl Encode,
	) -> DryRun {
		let result: ExecResult = state_call(
			rpc,
			"ContractsApi_call",
			(
				sp_runtime::AccountId32::from(caller.0),
				sp_runtime::AccountId32::from(self.address.0),
				value,
				None::<Weight>,
				None::<u128>,
				self.bundle.input(label, args),
			)
				.encode(),
		)
		.await;
		let ret = result.result.unwrap_or_else(|e| panic!("{label} executes: {e:?}"));
		DryRun {
			gas_required: result.gas_required,
			gas_consumed: result.gas_consumed,
			reverted: ret.flags.bits() & REVERT != 0,
			output: ret.data,
		}
	}

	/// The answer of message `label` (a free dry run, as a door controller would ask).
	pub async fn query<R: Decode>(
		&self,
		rpc: &subxt::rpcs::RpcClient,
		caller: &AccountId32,
		label: &str,
		args: impl Encode,
	) -> R {
		let run = self.dry_run(rpc, caller, 0, label, args).await;
		let out: Result<R, u8> = Decode::decode(&mut &run.output[..])
			.unwrap_or_else(|e| panic!("{label}'s output decodes: {e}"));
		out.unwrap_or_else(|e| panic!("{label} is dispatched (LangError {e})"))
	}

	/// Calls message `label` with a signed `Contracts.call` from `signer` paying `value`,
	/// after a dry run that must succeed (its gas is the limit); waits for finality.
	pub async fn exec(
		&self,
		api: &OnlineClient<PolkadotConfig>,
		rpc: &subxt::rpcs::RpcClient,
		signer: &Keypair,
		value: u128,
		label: &str,
		args: impl Encode + Clone,
	) -> DryRun {
		let run = self.dry_run(rpc, &account(signer), value, label, args.clone()).await;
		assert!(!run.reverted, "{label} succeeds in a dry run, output {:?}", run.output);
		let fields = self.call_fields(value, run.gas_required, label, args);
		submit(api, signer, "Contracts", "call", fields).await;
		run
	}
}
