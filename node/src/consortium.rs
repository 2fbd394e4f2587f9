//! `amchain-node consortium-spec CONFIG [--out DIR] [--check]`: a consortium's config
//! file (chain-spec/README.md describes it; chain-spec/example/ is a worked one) becomes
//! its plain and raw chain specs.
//!
//! The file is read into typed structs: a missing or unknown field, or a value of the
//! wrong type, is refused with its line. Then every value is checked by the library that
//! will use it, and every problem found is reported, each naming the member, validator
//! or node and the field:
//!
//! - accounts and keys are SS58 (sp-core); an Aura key must be an sr25519 public key
//!   (a Ristretto point, schnorrkel) and a GRANDPA key an ed25519 one (an Edwards point,
//!   ed25519-zebra): a key of the other scheme, or the Aura key given again as GRANDPA's,
//!   is refused;
//! - peer ids are libp2p Ed25519 peer ids (sc-network), the form
//!   pallet-node-authorization stores; addresses are multiaddrs without the peer id;
//! - names, accounts, keys and peer ids do not repeat;
//! - the council, registrars, validators and well-known nodes fit the runtime's bounds,
//!   read from the runtime itself (`MinValidators`, `MaxValidators`, …);
//! - a member with `roles` is registered as an organisation at genesis: its roles are
//!   role names and its name fits `MaxNameLen`.
//!
//! What passes becomes a runtime [`Genesis`], which the runtime's own
//! [`genesis`](amchain_runtime::genesis_config_presets::genesis) turns into the spec's
//! genesis patch, as it does for the dev and local presets; the raw spec is the state
//! the runtime's genesis builder makes from it. The chain is members-only and has no
//! sudo key.

use std::{
	collections::{HashMap, HashSet},
	fmt,
	path::{Path, PathBuf},
	str::FromStr,
};

use amchain_runtime::{
	configs::{governance::CouncilMaxMembers, network::MaxWellKnownNodes},
	genesis_config_presets::{genesis, Genesis},
	AccountId, Balance, Runtime, UNIT,
};
use pallet_certifications::{GenesisParticipant, RoleNames};
use sc_network::{
	config::MultiaddrWithPeerId,
	multiaddr::{Multiaddr, Protocol},
	PeerId,
};
use sc_service::ChainType;
use serde::Deserialize;
use sp_core::{crypto::Ss58Codec, ed25519, sr25519, Get};

use crate::chain_spec::{self, ChainSpec};

/// The `consortium-spec` subcommand.
#[derive(Debug, clap::Args)]
pub struct ConsortiumSpecCmd {
	/// The consortium's config file (TOML).
	pub config: PathBuf,

	/// Where to write `<id>.json` (plain) and `<id>-raw.json` (raw); defaults to the
	/// config file's directory.
	#[arg(long, value_name = "DIR")]
	pub out: Option<PathBuf>,

	/// Write nothing; fail if `<id>.json` in the output directory is not the plain spec
	/// the config makes (the runtime's wasm blob aside, whose bytes depend on where it was
	/// built).
	#[arg(long)]
	pub check: bool,
}

impl ConsortiumSpecCmd {
	/// Reads and checks the config, builds both specs (the raw one by the runtime's genesis
	/// builder), and writes or checks them.
	pub fn run(&self) -> Result<(), String> {
		let source = std::fs::read_to_string(&self.config)
			.map_err(|e| format!("{}: {e}", self.config.display()))?;
		let consortium = Config::parse(&source)
			.and_then(|config| config.validate())
			.map_err(|e| format!("{}: {e}", self.config.display()))?;
		let out = match &self.out {
			Some(dir) => dir.clone(),
			None => self.config.parent().map(Path::to_path_buf).unwrap_or_default(),
		};
		let plain_path = out.join(format!("{}.json", consortium.id));
		let raw_path = out.join(format!("{}-raw.json", consortium.id));

		let spec = consortium.chain_spec()?;
		let plain = spec.as_json(false)?;
		// Built by the runtime from the plain spec's patch: the runtime's own rules (its
		// genesis builds) have the last word.
		let raw = spec.as_json(true).map_err(|e| {
			format!("{}: the runtime refused the genesis: {e}", self.config.display())
		})?;

		if self.check {
			let checked_in = std::fs::read_to_string(&plain_path)
				.map_err(|e| format!("{}: {e}", plain_path.display()))?;
			let same = same_but_code(&checked_in, &plain)
				.map_err(|e| format!("{}: {e}", plain_path.display()))?;
			if !same {
				return Err(format!(
					"{} is not what {} makes: run `amchain-node consortium-spec {}` and commit it",
					plain_path.display(),
					self.config.display(),
					self.config.display(),
				));
			}
			println!("{} is what {} makes", plain_path.display(), self.config.display());
			return Ok(());
		}
		std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
		for (path, json) in [(&plain_path, plain), (&raw_path, raw)] {
			std::fs::write(path, json + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
			println!("{}", path.display());
		}
		Ok(())
	}
}

/// Whether two plain specs are the same but for the runtime blob.
fn same_but_code(a: &str, b: &str) -> Result<bool, String> {
	let without_code = |json: &str| -> Result<serde_json::Value, String> {
		let mut spec: serde_json::Value =
			serde_json::from_str(json).map_err(|e| format!("not a chain spec: {e}"))?;
		if let Some(genesis) =
			spec.pointer_mut("/genesis/runtimeGenesis").and_then(|g| g.as_object_mut())
		{
			genesis.remove("code");
		}
		Ok(spec)
	};
	Ok(without_code(a)? == without_code(b)?)
}

/// A consortium's config file, as written (chain-spec/README.md).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The chain's name, shown by wallets.
	pub name: String,
	/// The chain's id: letters, digits and '_'.
	pub id: String,
	/// The network protocol's id; defaults to `id`.
	pub protocol_id: Option<String>,
	#[serde(rename = "member")]
	pub members: Vec<Member>,
	#[serde(rename = "validator")]
	pub validators: Vec<Validator>,
	#[serde(rename = "node", default)]
	pub nodes: Vec<Node>,
}

/// A member organisation (`[[member]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
	pub name: String,
	/// Its representative account (SS58).
	pub account: String,
	/// Opening balance in whole tokens.
	#[serde(default)]
	pub balance: u64,
	/// A council seat.
	#[serde(default)]
	pub council: bool,
	/// A registrar.
	#[serde(default)]
	pub registrar: bool,
	/// If given, it is registered as an organisation at genesis (by governance) with these
	/// roles, its account as admin.
	pub roles: Option<RoleNames>,
}

/// A validator (`[[validator]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Validator {
	/// The member that runs it.
	pub member: String,
	/// Its own account (SS58), which registers its session keys.
	pub account: String,
	/// Its Aura key: sr25519, SS58.
	pub aura: String,
	/// Its GRANDPA key: ed25519, SS58.
	pub grandpa: String,
	/// Its node's libp2p peer id.
	pub peer_id: String,
	/// Where the other nodes reach it (a multiaddr without `/p2p/…`).
	pub address: Option<String>,
	/// Opening balance of its account in whole tokens.
	#[serde(default)]
	pub balance: u64,
}

/// Another well-known node (`[[node]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
	/// The member that runs it.
	pub member: String,
	pub peer_id: String,
	pub address: Option<String>,
}

/// A checked consortium: its spec's name, ids and boot nodes, and its genesis.
pub struct Consortium {
	pub name: String,
	pub id: String,
	pub protocol_id: String,
	pub boot_nodes: Vec<MultiaddrWithPeerId>,
	pub genesis: Genesis,
}

impl Consortium {
	/// The chain spec, its genesis the runtime's patch for [`Consortium::genesis`].
	pub fn chain_spec(self) -> Result<ChainSpec, String> {
		// A consortium's nodes serve records only to member clients unless their operator
		// says otherwise (`--rpc-access open`; crate::rpc_access).
		let mut properties = chain_spec::properties();
		properties.insert(crate::rpc_access::SPEC_PROPERTY.into(), "members".into());
		Ok(ChainSpec::builder(chain_spec::wasm()?, None)
			.with_name(&self.name)
			.with_id(&self.id)
			.with_chain_type(ChainType::Live)
			.with_protocol_id(&self.protocol_id)
			.with_boot_nodes(self.boot_nodes)
			.with_properties(properties)
			.with_genesis_config_patch(genesis(self.genesis))
			.build())
	}
}

/// Everything wrong with a config, one problem a line.
#[derive(Debug, Default, PartialEq)]
pub struct Problems(pub Vec<String>);

impl Problems {
	fn push(&mut self, problem: String) {
		self.0.push(problem);
	}
}

impl fmt::Display for Problems {
	fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
		match self.0.as_slice() {
			[one] => write!(f, "{one}"),
			all => {
				write!(f, "{} problems:", all.len())?;
				all.iter().try_for_each(|problem| write!(f, "\n  {problem}"))
			},
		}
	}
}

impl From<Problems> for String {
	fn from(problems: Problems) -> String {
		problems.to_string()
	}
}

impl Config {
	/// Reads a config file's text; the error names the line of a malformed, missing or
	/// unknown field.
	pub fn parse(source: &str) -> Result<Config, String> {
		toml::from_str(source).map_err(|e| e.to_string())
	}

	/// Checks every value (see the module docs) and builds the consortium's genesis;
	/// otherwise, every problem found.
	pub fn validate(&self) -> Result<Consortium, String> {
		let mut problems = Problems::default();
		if self.name.trim().is_empty() {
			problems.push("name: empty".into());
		}
		check_id("id", &self.id, &mut problems);
		let protocol_id = self.protocol_id.clone().unwrap_or_else(|| self.id.clone());
		if self.protocol_id.is_some() {
			check_id("protocol_id", &protocol_id, &mut problems);
		}

		let mut genesis = Genesis { members_only: true, ..Default::default() };
		let mut balances = Balances::default();
		let admins = self.check_members(&mut genesis, &mut balances, &mut problems);
		let boot_nodes = self.check_nodes(&admins, &mut genesis, &mut balances, &mut problems);
		genesis.balances = balances.0;

		if !problems.0.is_empty() {
			return Err(problems.into());
		}
		Ok(Consortium {
			name: self.name.clone(),
			id: self.id.clone(),
			protocol_id,
			boot_nodes,
			genesis,
		})
	}

	/// Members: their accounts, balances, council seats, registrars and organisations.
	/// Returns each member's account by name (those whose account is valid).
	fn check_members<'a>(
		&'a self,
		genesis: &mut Genesis,
		balances: &mut Balances,
		problems: &mut Problems,
	) -> HashMap<&'a str, AccountId> {
		let mut accounts = HashMap::new();
		let mut names = HashSet::new();
		let mut owners: HashMap<AccountId, &str> = HashMap::new();
		if self.members.is_empty() {
			problems.push("member: none listed; a consortium needs at least one".into());
		}
		for member in &self.members {
			let who = format!("member {:?}", member.name);
			if member.name.trim().is_empty() {
				problems.push(format!("{who}: name: empty"));
			}
			if !names.insert(member.name.as_str()) {
				problems.push(format!("{who}: name: another member has it"));
			}
			let Some(account) = ss58_account(&who, "account", &member.account, problems) else {
				continue;
			};
			if let Some(other) = owners.insert(account.clone(), &member.name) {
				problems.push(format!("{who}: account {}: member {other:?}'s too", member.account));
			}
			accounts.entry(member.name.as_str()).or_insert_with(|| account.clone());
			balances.add(&account, member.balance);
			if member.council {
				genesis.council.push(account.clone());
			}
			if member.registrar {
				genesis.registrars.push(account.clone());
			}
			if let Some(roles) = member.roles {
				if !roles.0.is_valid() {
					problems.push(format!(
						"{who}: roles: empty; give at least one, or leave `roles` out to register \
						 the organisation later"
					));
				}
				let max_name = <MaxNameLen as Get<u32>>::get() as usize;
				if member.name.len() > max_name {
					problems.push(format!(
						"{who}: name: {} bytes; an organisation's name has at most {max_name}",
						member.name.len()
					));
				}
				genesis.records.participants.push(GenesisParticipant {
					admin: account,
					name: member.name.clone(),
					roles,
					metadata: Default::default(),
				});
			}
		}
		// Counted as written, so that one bad account does not also read as a missing seat.
		let seats = self.members.iter().filter(|m| m.council).count();
		let max_council = <CouncilMaxMembers as Get<u32>>::get() as usize;
		match seats {
			0 if !self.members.is_empty() => problems.push(
				"council: no member has a council seat: nobody could govern the chain".into(),
			),
			n if n > max_council => problems
				.push(format!("council: {n} seats; the runtime allows at most {max_council}")),
			_ => {},
		}
		let registrars = self.members.iter().filter(|m| m.registrar).count();
		let max_registrars = <MaxRegistrars as Get<u32>>::get() as usize;
		if registrars > max_registrars {
			problems.push(format!(
				"registrar: {registrars} members are registrars; the runtime allows at most \
				 {max_registrars}"
			));
		}
		accounts
	}

	/// Validators and other well-known nodes: accounts, session keys, peer ids and
	/// addresses. Returns the boot nodes (every entry with an address).
	fn check_nodes(
		&self,
		admins: &HashMap<&str, AccountId>,
		genesis: &mut Genesis,
		balances: &mut Balances,
		problems: &mut Problems,
	) -> Vec<MultiaddrWithPeerId> {
		let (min, max) = (<MinValidators as Get<u32>>::get(), <MaxValidators as Get<u32>>::get());
		let count = self.validators.len();
		if count < min as usize || count > max as usize {
			problems.push(format!(
				"validator: {count} listed; the runtime needs at least {min} and at most {max}"
			));
		}
		// The council may never leave fewer than four (or all, if fewer are listed).
		genesis.min_validators = (count as u32)
			.clamp(min, max)
			.min(amchain_runtime::genesis_config_presets::CONSORTIUM_MIN_VALIDATORS);
		// The account of the member that runs a node (its owner in pallet-node-authorization).
		let owner_of = |who: &str, member: &str, problems: &mut Problems| {
			if !self.members.iter().any(|m| m.name == member) {
				problems.push(format!("{who}: member: no [[member]] is named {member:?}"));
			}
			admins.get(member).cloned()
		};

		let mut boot_nodes = Vec::new();
		let mut peers: HashMap<PeerId, String> = HashMap::new();
		let mut seen: HashMap<[u8; 32], String> = HashMap::new();
		let mut validators: HashMap<AccountId, String> = HashMap::new();
		let mut peer =
			|who: &str, text: &str, address: &Option<String>, problems: &mut Problems| {
				let peer_id = node_peer_id(who, text, problems)?;
				if let Some(other) = peers.insert(peer_id, who.to_string()) {
					problems.push(format!("{who}: peer_id {text}: {other}'s too"));
				}
				if let Some(address) = address {
					if let Some(multiaddr) = node_address(who, address, problems) {
						boot_nodes.push(MultiaddrWithPeerId { multiaddr, peer_id });
					}
				}
				Some(peer_id)
			};

		for (index, v) in self.validators.iter().enumerate() {
			let who = format!("validator {} (member {:?})", index + 1, v.member);
			let owner = owner_of(&who, &v.member, problems);
			let account = ss58_account(&who, "account", &v.account, problems);
			let aura = aura_key(&who, &v.aura, problems);
			let grandpa = grandpa_key(&who, &v.grandpa, problems);
			// The likeliest slip: one `key inspect` pasted for both keys.
			let pasted_twice = matches!((&aura, &grandpa), (Some(a), Some(g)) if a.0 == g.0);
			if pasted_twice {
				problems.push(format!(
					"{who}: grandpa {}: the Aura key again; GRANDPA's is the ed25519 key \
					 (`amchain-node key inspect --scheme ed25519 <phrase>`)",
					v.grandpa
				));
			}
			let keys = [
				("aura", aura.as_ref().map(|k| k.0)),
				("grandpa", grandpa.as_ref().map(|k| k.0).filter(|_| !pasted_twice)),
			];
			for (field, key) in keys {
				if let Some(other) = key.and_then(|k| seen.insert(k, format!("{who}'s {field}"))) {
					problems.push(format!("{who}: {field}: the same key as {other}"));
				}
			}
			let peer_id = peer(&who, &v.peer_id, &v.address, problems);
			let Some(account) = account else { continue };
			if let Some(other) = validators.insert(account.clone(), who.clone()) {
				problems.push(format!("{who}: account {}: {other}'s too", v.account));
			}
			balances.add(&account, v.balance);
			if let (Some(aura), Some(grandpa)) = (aura, grandpa) {
				genesis.validators.push((account, aura.into(), grandpa.into()));
			}
			if let (Some(peer_id), Some(owner)) = (peer_id, owner) {
				genesis.nodes.push((peer_id.to_bytes(), owner));
			}
		}
		for (index, n) in self.nodes.iter().enumerate() {
			let who = format!("node {} (member {:?})", index + 1, n.member);
			let owner = owner_of(&who, &n.member, problems);
			let peer_id = peer(&who, &n.peer_id, &n.address, problems);
			if let (Some(peer_id), Some(owner)) = (peer_id, owner) {
				genesis.nodes.push((peer_id.to_bytes(), owner));
			}
		}
		let max_nodes = <MaxWellKnownNodes as Get<u32>>::get() as usize;
		let nodes = self.validators.len() + self.nodes.len();
		if nodes > max_nodes {
			problems.push(format!(
				"node: {nodes} well-known nodes (validators' and others); the runtime allows at \
				 most {max_nodes}"
			));
		}
		boot_nodes
	}
}

type MaxNameLen = <Runtime as pallet_certifications::Config>::MaxNameLen;
type MaxRegistrars = <Runtime as pallet_certifications::Config>::MaxRegistrars;
type MinValidators = <Runtime as pallet_consortium::Config>::MinValidators;
type MaxValidators = <Runtime as pallet_consortium::Config>::MaxValidators;

/// Opening balances, one entry per account (pallet-balances refuses an account twice),
/// in the order the accounts first appear.
#[derive(Default)]
struct Balances(Vec<(AccountId, Balance)>);

impl Balances {
	/// Adds `whole` tokens to `account`'s opening balance.
	fn add(&mut self, account: &AccountId, whole: u64) {
		if whole == 0 {
			return;
		}
		// A u64 of whole tokens times 10^12 fits a u128 many times over.
		let amount = Balance::from(whole).saturating_mul(UNIT);
		match self.0.iter_mut().find(|(a, _)| a == account) {
			Some((_, balance)) => *balance = balance.saturating_add(amount),
			None => self.0.push((account.clone(), amount)),
		}
	}
}

/// An id: letters, digits and '_' (the database directory and protocol are named by it).
fn check_id(field: &str, id: &str, problems: &mut Problems) {
	if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
		problems.push(format!("{field}: {id:?}: letters, digits and '_' only"));
	}
}

/// An SS58 account.
fn ss58_account(who: &str, field: &str, text: &str, problems: &mut Problems) -> Option<AccountId> {
	AccountId::from_ss58check(text)
		.map_err(|e| problems.push(format!("{who}: {field} {text:?}: not an SS58 account ({e})")))
		.ok()
}

/// An Aura key: SS58, and an sr25519 public key (a valid Ristretto point).
fn aura_key(who: &str, text: &str, problems: &mut Problems) -> Option<sr25519::Public> {
	let key = sr25519::Public::from_ss58check(text)
		.map_err(|e| problems.push(format!("{who}: aura {text:?}: not an SS58 key ({e})")))
		.ok()?;
	if schnorrkel::PublicKey::from_bytes(&key.0).is_err() {
		problems.push(format!(
			"{who}: aura {text}: not an sr25519 public key (an ed25519 one?); Aura's is the \
			 sr25519 key (`amchain-node key inspect --scheme sr25519 <phrase>`)"
		));
		return None;
	}
	Some(key)
}

/// A GRANDPA key: SS58, and an ed25519 public key (a point of the Edwards curve).
fn grandpa_key(who: &str, text: &str, problems: &mut Problems) -> Option<ed25519::Public> {
	let key = ed25519::Public::from_ss58check(text)
		.map_err(|e| problems.push(format!("{who}: grandpa {text:?}: not an SS58 key ({e})")))
		.ok()?;
	if ed25519_zebra::VerificationKey::try_from(key.0).is_err() {
		problems.push(format!(
			"{who}: grandpa {text}: not an ed25519 public key (an sr25519 one?); GRANDPA's is \
			 the ed25519 key (`amchain-node key inspect --scheme ed25519 <phrase>`)"
		));
		return None;
	}
	Some(key)
}

/// A libp2p peer id of an Ed25519 node key, the only kind pallet-node-authorization's
/// offchain worker can match (`amchain-node key generate-node-key` makes one).
fn node_peer_id(who: &str, text: &str, problems: &mut Problems) -> Option<PeerId> {
	let peer_id = PeerId::from_str(text)
		.map_err(|e| problems.push(format!("{who}: peer_id {text:?}: not a libp2p peer id ({e})")))
		.ok()?;
	if peer_id.into_ed25519().is_none() {
		problems.push(format!(
			"{who}: peer_id {text}: not the peer id of an Ed25519 node key (`amchain-node key \
			 generate-node-key` makes one)"
		));
		return None;
	}
	Some(peer_id)
}

/// A node's address: a multiaddr, without the peer id (added from `peer_id`).
fn node_address(who: &str, text: &str, problems: &mut Problems) -> Option<Multiaddr> {
	let address = Multiaddr::from_str(text.trim_end_matches('/'))
		.map_err(|e| problems.push(format!("{who}: address {text:?}: not a multiaddr ({e})")))
		.ok()?;
	if address.iter().any(|p| matches!(p, Protocol::P2p(_))) {
		problems.push(format!(
			"{who}: address {text}: has a /p2p/ part; give the address alone, the peer id comes \
			 from peer_id"
		));
		return None;
	}
	Some(address)
}

#[cfg(test)]
mod tests;
