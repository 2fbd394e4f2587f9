//! Genesis presets: the initial state of amchain's dev and local chains.
//!
//! Chain specs name a preset (`--chain dev` uses [`DEV_RUNTIME_PRESET`]); the
//! data lives here, in the runtime, so a spec built by any tool from this
//! runtime starts the same chain.
//!
//! [`DEV_RUNTIME_PRESET`]: sp_genesis_builder::DEV_RUNTIME_PRESET

use alloc::{vec, vec::Vec};
use amchain_primitives::{participants::Role, time::DAYS};
use frame_support::{build_struct_json_patch, BoundedVec};
use pallet_certifications::{
	Capacity, GenesisAccreditation, GenesisCertification, GenesisParticipant, GenesisStandard,
};
use pallet_parts::GenesisPartType;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::H256;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::traits::{BlakeTwo256, Hash};

use crate::{
	configs::currencies::AssetId, AccountId, AssetsConfig, Balance, BalancesConfig, BlockNumber,
	CertificationsConfig, ConsortiumConfig, CouncilMembershipConfig, NodeAuthorizationConfig,
	PartsConfig, RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, UNIT,
};

/// What each endowed development account starts with: a million tokens.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// The fewest validators a consortium's chain keeps (GRANDPA then survives one fault):
/// its genesis sets this as the minimum, or the number of its validators if fewer.
pub const CONSORTIUM_MIN_VALIDATORS: u32 = 4;

/// A validator: its account (which signs its session keys' registration) and its Aura
/// (sr25519) and GRANDPA (ed25519) keys.
pub type Validator = (AccountId, AuraId, GrandpaId);

/// A well-known node: its libp2p peer id (the bytes of its multihash) and the account of
/// the member that runs it.
pub type WellKnownNode = (Vec<u8>, AccountId);

/// A chain's genesis: who validates, which nodes may peer, who holds what, who governs,
/// and the consortium's records. The presets below and a consortium's config
/// (`amchain-node consortium-spec`, chain-spec/README.md) describe their chains as one
/// of these, and [`genesis`] turns it into the JSON patch a chain spec carries.
#[derive(Default)]
pub struct Genesis {
	/// The validators, in order.
	pub validators: Vec<Validator>,
	/// The well-known nodes that may peer on a permissioned network.
	pub nodes: Vec<WellKnownNode>,
	/// Opening balances; an account listed twice is refused by pallet-balances.
	pub balances: Vec<(AccountId, Balance)>,
	/// The council, whose two-thirds motions govern the chain.
	pub council: Vec<AccountId>,
	/// The registrars, who register and suspend organisations.
	pub registrars: Vec<AccountId>,
	/// The sudo key: `None` on a consortium's chain, where root is the council's.
	pub sudo: Option<AccountId>,
	/// Whether only members may sign transactions (a consortium's chain); dev and test
	/// chains are open to any signer.
	pub members_only: bool,
	/// The fewest validators the council may leave (0: the runtime's floor, one); a
	/// consortium's chain keeps four, or all it has if fewer.
	pub min_validators: u32,
	/// The organisations, standards, certifications and part types the chain starts with.
	pub records: Records,
}

/// The records a chain starts with, made at genesis by the pallets' own rules
/// (pallet-certifications' and pallet-parts' `genesis` modules). Organisations are
/// named by their admin accounts; standards by their ids (0, 1, … in the order listed).
#[derive(Default)]
pub struct Records {
	/// Organisations, registered by governance (ids 0, 1, …).
	pub participants: Vec<GenesisParticipant<AccountId>>,
	/// Standards, each defined by its standards organisation.
	pub standards: Vec<GenesisStandard<AccountId>>,
	/// Auditors accredited for standards by the standards' organisations.
	pub accreditations: Vec<GenesisAccreditation<AccountId>>,
	/// Certifications issued at block 0 by accredited auditors.
	pub certifications: Vec<GenesisCertification<AccountId, BlockNumber>>,
	/// Part types, each defined by its manufacturer.
	pub part_types: Vec<GenesisPartType<AccountId>>,
	/// Currencies issued by banks among `participants` (pallet-assets), with what each
	/// holder starts with.
	pub currencies: Vec<GenesisCurrency>,
}

/// A bank's currency at genesis (`configs::currencies`): its id, the bank's admin account
/// (owner, issuer, admin and freezer), what wallets show, the smallest balance an account
/// may hold, and the opening holdings (the currency's supply is their sum).
pub struct GenesisCurrency {
	pub id: AssetId,
	pub bank: AccountId,
	pub name: &'static str,
	pub symbol: &'static str,
	pub decimals: u8,
	pub min_balance: Balance,
	pub holdings: Vec<(AccountId, Balance)>,
}

impl Records {
	fn is_empty(&self) -> bool {
		self.participants.is_empty()
			&& self.standards.is_empty()
			&& self.accreditations.is_empty()
			&& self.certifications.is_empty()
			&& self.part_types.is_empty()
			&& self.currencies.is_empty()
	}
}

/// The JSON patch of `chain`'s genesis over the runtime's default genesis config.
///
/// A chain without records gets no record fields in its patch, so the `local` spec's
/// patch is one an older runtime (without those genesis fields) still accepts: the
/// runtime-upgrade rehearsal builds it on the previous release.
pub fn genesis(chain: Genesis) -> Value {
	let Genesis {
		validators,
		nodes,
		balances,
		council,
		registrars,
		sudo,
		members_only,
		min_validators,
		records,
	} = chain;
	let mut patch = build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		// Aura's and GRANDPA's authority sets come from the sessions: the council's
		// validators (pallet-consortium) with the keys they registered (pallet-session).
		consortium: ConsortiumConfig {
			validators: validators.iter().map(|v| v.0.clone()).collect::<Vec<_>>(),
			members_only,
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
	});
	// Only a chain that sets a minimum carries the field, so the `local` patch stays one
	// the previous release's runtime accepts.
	if min_validators > 0 {
		merge(
			&mut patch,
			build_struct_json_patch!(RuntimeGenesisConfig {
				consortium: ConsortiumConfig { min_validators },
			}),
		);
	}
	if !records.is_empty() {
		let Records {
			participants,
			standards,
			accreditations,
			certifications,
			part_types,
			currencies,
		} = records;
		let assets = currencies.iter().map(|c| (c.id, c.bank.clone(), false, c.min_balance));
		let metadata = currencies
			.iter()
			.map(|c| (c.id, c.name.as_bytes().to_vec(), c.symbol.as_bytes().to_vec(), c.decimals));
		let accounts = currencies
			.iter()
			.flat_map(|c| c.holdings.iter().map(|(who, amount)| (c.id, who.clone(), *amount)));
		let mut records = build_struct_json_patch!(RuntimeGenesisConfig {
			certifications: CertificationsConfig {
				participants,
				standards,
				accreditations,
				certifications,
			},
			parts: PartsConfig { part_types },
			assets: AssetsConfig {
				assets: assets.collect::<Vec<_>>(),
				metadata: metadata.collect::<Vec<_>>(),
				accounts: accounts.collect::<Vec<_>>(),
			},
		});
		drop_empty_lists(&mut records);
		merge(&mut patch, records);
	}
	patch
}

/// Leaves out of a patch's pallets the lists that are empty, and the pallets left empty:
/// a consortium with organisations but no part types has no `parts` in its patch.
fn drop_empty_lists(patch: &mut Value) {
	if let Value::Object(pallets) = patch {
		for config in pallets.values_mut() {
			if let Value::Object(fields) = config {
				fields.retain(|_, value| !matches!(value, Value::Array(list) if list.is_empty()));
			}
		}
		pallets.retain(|_, config| !matches!(config, Value::Object(fields) if fields.is_empty()));
	}
}

/// Merges `patch` into `base`: objects key by key, anything else replaced.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// Each account with [`ENDOWMENT`].
fn endowed(accounts: Vec<AccountId>) -> Vec<(AccountId, Balance)> {
	accounts.into_iter().map(|account| (account, ENDOWMENT)).collect()
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
/// well-known nodes: the dev node runs alone. It starts with a small consortium ready to
/// use ([`dev_consortium`], docs/dev-chain.md).
pub fn development_config_genesis() -> Value {
	let alice = Sr25519Keyring::Alice.to_account_id();
	genesis(Genesis {
		validators: vec![dev_validator(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		balances: endowed(dev_accounts()),
		council: vec![
			alice.clone(),
			Sr25519Keyring::Bob.to_account_id(),
			Sr25519Keyring::Charlie.to_account_id(),
		],
		registrars: vec![alice.clone()],
		sudo: Some(alice),
		records: dev_consortium(),
		..Default::default()
	})
}

/// The dev chain's euro token (Harbour Trade Bank's) and sterling token.
pub const DEV_EURO: AssetId = 1;
pub const DEV_STERLING: AssetId = 2;

/// How long the dev consortium's certifications are valid: ten years of blocks.
pub const DEV_CERTIFICATION_VALIDITY: BlockNumber = 10 * 365 * DAYS;

/// The dev chain's consortium, so that a newcomer can try the chain at once: a
/// standards organisation with one standard, an auditor accredited for it, two
/// manufacturers it certified (for [`DEV_CERTIFICATION_VALIDITY`]) with a part type each,
/// a remanufacturer, a bank and a customer, each administered by a well-known dev
/// account. docs/dev-chain.md names them, with their ids; Alice, the registrar, is no
/// organisation.
pub fn dev_consortium() -> Records {
	use Sr25519Keyring::*;
	let organisation = |admin: Sr25519Keyring, name: &str, roles: &[Role]| GenesisParticipant {
		admin: admin.to_account_id(),
		name: name.into(),
		roles: roles.into(),
		metadata: H256::zero(),
	};
	let certified = |holder: Sr25519Keyring, scope: &str| GenesisCertification {
		holder: holder.to_account_id(),
		standard: 0,
		auditor: Charlie.to_account_id(),
		scope: scope.into(),
		capacity: Capacity { units: 10_000, period: 365 * DAYS },
		valid_until: DEV_CERTIFICATION_VALIDITY,
		surveillance_interval: None,
	};
	let part_type = |manufacturer: Sr25519Keyring, code: &str, spec_uri: &str| GenesisPartType {
		manufacturer: manufacturer.to_account_id(),
		code: code.into(),
		spec_hash: document(spec_uri),
		spec_uri: spec_uri.into(),
		required_standards: vec![0],
	};
	let standard_uri = "https://meridian-standards.example/msi-4100";
	Records {
		participants: vec![
			organisation(Bob, "Meridian Standards Institute", &[Role::StandardsOrganisation]),
			organisation(Charlie, "Sentinel Certification", &[Role::Auditor]),
			organisation(Dave, "Acme Gears", &[Role::Manufacturer, Role::Supplier]),
			organisation(Eve, "Borealis Bearings", &[Role::Manufacturer, Role::Supplier]),
			organisation(
				Ferdie,
				"Phoenix Remanufacturing",
				&[Role::Remanufacturer, Role::ServiceProvider],
			),
			organisation(AliceStash, "Harbour Trade Bank", &[Role::Bank]),
			organisation(BobStash, "Kestrel Wind Power", &[Role::Customer]),
		],
		standards: vec![GenesisStandard {
			owner: Bob.to_account_id(),
			code: "MSI 4100".into(),
			version: 2025,
			requirements_hash: document(standard_uri),
			requirements_uri: standard_uri.into(),
		}],
		accreditations: vec![GenesisAccreditation {
			standard: 0,
			auditor: Charlie.to_account_id(),
		}],
		certifications: vec![
			certified(Dave, "Sheffield plant: gear cutting and grinding"),
			certified(Eve, "Tampere plant: tapered roller bearings"),
		],
		part_types: vec![
			part_type(Dave, "04012345000108", "https://acme-gears.example/specs/hg-40"),
			part_type(Eve, "05012345000015", "https://borealis-bearings.example/specs/trb-32"),
		],
		// Harbour Trade Bank's tokenised euro and sterling deposits (cents and pence);
		// Kestrel Wind Power, the customer, holds a million euro and half a million pounds.
		currencies: vec![
			GenesisCurrency {
				id: DEV_EURO,
				bank: AliceStash.to_account_id(),
				name: "Harbour Trade Bank euro deposit",
				symbol: "hEUR",
				decimals: 2,
				min_balance: 1,
				holdings: vec![(BobStash.to_account_id(), 1_000_000 * 100)],
			},
			GenesisCurrency {
				id: DEV_STERLING,
				bank: AliceStash.to_account_id(),
				name: "Harbour Trade Bank sterling deposit",
				symbol: "hGBP",
				decimals: 2,
				min_balance: 1,
				holdings: vec![(BobStash.to_account_id(), 500_000 * 100)],
			},
		],
	}
}

/// A stand-in for the hash of the document published at `uri`.
fn document(uri: &str) -> H256 {
	BlakeTwo256::hash(uri.as_bytes())
}

/// `local`: four validators (Alice, Bob, Charlie, Dave) on one machine, so GRANDPA
/// finalizes with any three of them, run like a consortium: the four are the council,
/// their nodes the well-known nodes, there is no sudo key. The development accounts are
/// funded; Alice is the registrar. No records: its patch stays one the previous
/// release's runtime accepts (see [`genesis`]).
pub fn local_config_genesis() -> Value {
	let four = [
		(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	];
	genesis(Genesis {
		validators: four.iter().map(|(aura, grandpa)| dev_validator(*aura, *grandpa)).collect(),
		nodes: four
			.iter()
			.zip(LOCAL_NODE_PUBLIC_KEYS.iter())
			.map(|((account, _), node)| (ed25519_peer_id(node), account.to_account_id()))
			.collect(),
		balances: endowed(dev_accounts()),
		council: four.iter().map(|(account, _)| account.to_account_id()).collect(),
		registrars: vec![Sr25519Keyring::Alice.to_account_id()],
		..Default::default()
	})
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
