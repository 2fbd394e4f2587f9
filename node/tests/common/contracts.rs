//! ink! contracts on the dev node: bundles built by `scripts/contracts.sh build`
//! (cargo-contract), deployed and called with signed `Contracts` extrinsics, read with
//! dry runs (`ContractsApi_call`), as cargo-contract and polkadot.js do.

use std::{collections::HashMap, path::PathBuf};

use codec::{Decode, Encode};
use scale_info::PortableRegistry;
use subxt::{
	dynamic::Value,
	ext::scale_value::{self, At},
	rpcs::rpc_params,
	utils::AccountId32,
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

use amchain_primitives::participants::{Role, Roles};
use pallet_certifications::needs_governance;
use subxt_signer::sr25519::dev;

use super::{
	account, call, create_part_type, fund, hex, next_id, none, register, register_by_council,
	submit, submit_batch, unhex,
};

/// One unit of the dev chain's currency.
pub const UNIT: u128 = amchain_primitives::currency::UNIT;

/// Acme's calls defining a part type (it gets id `part_type`: `next_id(api, "Parts",
/// "NextPartTypeId")`) and registering part 0 of it (for a batch).
pub fn register_part_0(part_type: u32) -> Vec<Value> {
	vec![
		create_part_type(b"04012345000017", b"https://acme.example/gearbox", &[]),
		call(
			"Parts",
			"register_part",
			vec![
				("part_type", Value::u128(part_type.into())),
				("serial", Value::from_bytes(b"GB-1")),
				("certification", none()),
				("tag", none()),
				("reported_at", none()),
			],
		),
	]
}

/// Alice (the dev registrar) funds `orgs`' admin accounts and registers each with its
/// roles (participants `first`, `first + 1`, ... in this order, after the dev chain's
/// own), and funds `others`; if one needs a role only governance grants (standards
/// organisation, auditor), the council registers them all instead. Returns `first`.
pub async fn onboard(
	api: &OnlineClient<PolkadotConfig>,
	orgs: &[(&Keypair, &str, &[Role])],
	others: &[&Keypair],
) -> u32 {
	let first = next_id(api, "Certifications", "NextParticipantId").await;
	let mut calls: Vec<Value> = orgs.iter().map(|(k, _, _)| fund(k, 1_000 * UNIT)).collect();
	calls.extend(others.iter().map(|k| fund(k, 1_000 * UNIT)));
	let registrations = orgs.iter().map(|(k, name, roles)| register(k, name, roles));
	if orgs.iter().any(|(_, _, roles)| needs_governance(Roles::of(roles))) {
		submit_batch(api, &dev::alice(), calls).await;
		register_by_council(api, registrations.collect()).await;
	} else {
		calls.extend(registrations);
		submit_batch(api, &dev::alice(), calls).await;
	}
	first
}

type Weight = sp_runtime::Weight;
type EventRecord = frame_system::EventRecord<amchain_runtime::RuntimeEvent, sp_core::H256>;
type ExecResult = pallet_contracts::ContractExecResult<u128, EventRecord>;
type InstantiateResult =
	pallet_contracts::ContractInstantiateResult<sp_runtime::AccountId32, u128, EventRecord>;

/// `seal_return`'s revert flag.
const REVERT: u32 = 1;

/// Named arguments of a message, in its order: each is encoded as the type the bundle's
/// metadata gives that argument, so a test names what it passes and never copies an
/// encoding (a reordered or renamed argument, a variant inserted in an enum, fails
/// loudly instead of shifting silently).
pub type Args<'a> = Vec<(&'a str, Value)>;

/// A constructor or message as the bundle's metadata describes it.
struct Entry {
	selector: [u8; 4],
	/// Argument labels and type ids, in order.
	args: Vec<(String, u32)>,
	/// The type id of what it returns (`Result<T, LangError>` for a message).
	returns: u32,
}

/// A contract bundle: its wasm code, and its metadata (entries and types).
pub struct Bundle {
	pub name: String,
	pub wasm: Vec<u8>,
	entries: HashMap<String, Entry>,
	types: PortableRegistry,
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
		let type_id = |t: &serde_json::Value| t["type"].as_u64().expect("a type id") as u32;
		let mut entries = HashMap::new();
		for kind in ["constructors", "messages"] {
			for entry in json["spec"][kind].as_array().expect("the bundle lists its entries") {
				let label = entry["label"].as_str().expect("a label").to_string();
				let selector = unhex(entry["selector"].as_str().expect("a selector"));
				let args = entry["args"]
					.as_array()
					.expect("an argument list")
					.iter()
					.map(|a| {
						(a["label"].as_str().expect("a label").to_string(), type_id(&a["type"]))
					})
					.collect();
				let returns = type_id(&entry["returnType"]);
				let selector = selector.try_into().expect("4-byte selector");
				entries.insert(label, Entry { selector, args, returns });
			}
		}
		let types = serde_json::from_value(serde_json::json!({ "types": json["types"] }))
			.expect("the bundle's types are a scale-info registry");
		Bundle { name: name.into(), wasm, entries, types }
	}

	fn entry(&self, label: &str) -> &Entry {
		self.entries.get(label).unwrap_or_else(|| panic!("{} has no message {label}", self.name))
	}

	/// The call data of constructor or message `label` with `args`, each encoded as its
	/// type in the metadata; panics if the names are not the entry's, in its order.
	pub fn input(&self, label: &str, args: &Args) -> Vec<u8> {
		let entry = self.entry(label);
		let want: Vec<&str> = entry.args.iter().map(|(name, _)| name.as_str()).collect();
		let have: Vec<&str> = args.iter().map(|(name, _)| *name).collect();
		assert_eq!(have, want, "{}::{label}'s arguments", self.name);
		let mut data = entry.selector.to_vec();
		for ((name, value), (_, ty)) in args.iter().zip(&entry.args) {
			scale_value::scale::encode_as_type(value, *ty, &self.types, &mut data).unwrap_or_else(
				|e| {
					panic!(
						"{}::{label}: argument {name} = {value} does not fit its type: {e}",
						self.name
					)
				},
			);
		}
		data
	}

	/// What `label` returned (`output` of a call or dry run), decoded as its metadata's
	/// return type: `Ok(…)` or `Err(LangError)` around the message's own result.
	pub fn returned(&self, label: &str, output: &[u8]) -> Value {
		let ty = self.entry(label).returns;
		scale_value::scale::decode_as_type(&mut &output[..], ty, &self.types)
			.unwrap_or_else(|e| panic!("{}::{label}'s output decodes: {e}", self.name))
			.remove_context()
	}
}

/// The names of the variants nested in `value`, outside in: `Ok(Err(Extension(UnknownPart)))`
/// is `["Ok", "Err", "Extension", "UnknownPart"]`. A test compares an answer with names,
/// never with variant indices.
pub fn variants(value: &Value) -> Vec<String> {
	let mut names = Vec::new();
	let mut current = value;
	while let scale_value::ValueDef::Variant(v) = &current.value {
		names.push(v.name.clone());
		match v.values.values().collect::<Vec<_>>().as_slice() {
			[only] => current = only,
			_ => break,
		}
	}
	names
}

/// A named field of a composite value.
pub fn field<'v>(value: &'v Value, name: &str) -> &'v Value {
	value.at(name).unwrap_or_else(|| panic!("{value} has a field {name}"))
}

/// What a one-value variant holds: `x` of `Some(x)` or `Ok(x)`.
pub fn inner(value: &Value) -> &Value {
	value.at(0).unwrap_or_else(|| panic!("{value} holds a value"))
}

/// A number in a value (an integer of any width).
pub fn number(value: &Value) -> u128 {
	value.as_u128().unwrap_or_else(|| panic!("{value} is a number"))
}

/// The bytes of a value that is a byte array or sequence, or a newtype of one (an
/// account id, a hash).
pub fn bytes(value: &Value) -> Vec<u8> {
	let items: Vec<&Value> = match &value.value {
		scale_value::ValueDef::Composite(c) => c.values().collect(),
		_ => panic!("{value} is bytes"),
	};
	match items.as_slice() {
		[inner] if matches!(inner.value, scale_value::ValueDef::Composite(_)) => bytes(inner),
		_ => items.iter().map(|b| u8::try_from(number(b)).expect("a byte")).collect(),
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
	deploy_with(api, rpc, by, bundle, &vec![], salt).await
}

/// Like [`deploy`], with constructor `new(args)`.
pub async fn deploy_with<'b>(
	api: &OnlineClient<PolkadotConfig>,
	rpc: &subxt::rpcs::RpcClient,
	by: &Keypair,
	bundle: &'b Bundle,
	args: &Args<'_>,
	salt: &[u8],
) -> Contract<'b> {
	let data = bundle.input("new", args);
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

/// What a dry run of a message says: the gas it needs and what it returned.
pub struct DryRun {
	pub gas_required: Weight,
	pub gas_consumed: Weight,
	/// The message's return value (`Result<T, LangError>`), decoded by its metadata.
	pub returned: Value,
	pub reverted: bool,
}

impl<'b> Contract<'b> {
	/// The fields of a `Contracts.call` of message `label` with `args`, value and gas limit.
	pub fn call_fields(
		&self,
		value: u128,
		gas_limit: Weight,
		label: &str,
		args: &Args,
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
		args: &Args<'_>,
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
			returned: self.bundle.returned(label, &ret.data),
		}
	}

	/// What message `label` answers (a free dry run, as a door controller would ask): its
	/// result, unwrapped from ink!'s `Ok` (a `LangError` panics).
	pub async fn query(
		&self,
		rpc: &subxt::rpcs::RpcClient,
		caller: &AccountId32,
		label: &str,
		args: &Args<'_>,
	) -> Value {
		let run = self.dry_run(rpc, caller, 0, label, args).await;
		match &run.returned.value {
			scale_value::ValueDef::Variant(v) if v.name == "Ok" => {
				v.values.values().next().expect("Ok holds the answer").clone()
			},
			_ => panic!("{label} is dispatched: {}", run.returned),
		}
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
		args: &Args<'_>,
	) -> DryRun {
		let run = self.dry_run(rpc, &account(signer), value, label, args).await;
		assert!(!run.reverted, "{label} succeeds in a dry run: {}", run.returned);
		let fields = self.call_fields(value, run.gas_required, label, args);
		submit(api, signer, "Contracts", "call", fields).await;
		run
	}
}
