//! The config reader and checker: the worked example passes and round-trips, and every
//! kind of bad input is refused with the member or validator and the field named.

use std::path::PathBuf;

use sc_network::PeerId;
use sp_core::crypto::Ss58Codec;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

use super::*;

fn example_path() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../chain-spec/example/consortium.toml")
}

fn sr(k: Sr25519Keyring) -> String {
	k.public().to_ss58check()
}

fn ed(k: Ed25519Keyring) -> String {
	k.public().to_ss58check()
}

/// The peer id of a node whose Ed25519 key is `k`'s.
fn peer(k: Ed25519Keyring) -> String {
	PeerId::from_ed25519(&k.public().0).expect("an Ed25519 key").to_base58()
}

/// Two members (Alice Motors with a council seat, registrar and roles; Bob Bearings), each
/// running a validator with its dev keys.
fn config() -> String {
	use Ed25519Keyring as E;
	use Sr25519Keyring as S;
	format!(
		r#"
name = "Test Consortium"
id = "test_consortium"

[[member]]
name = "Alice Motors"
account = "{alice}"
balance = 1000
council = true
registrar = true
roles = ["manufacturer", "supplier"]

[[member]]
name = "Bob Bearings"
account = "{bob}"
balance = 500

[[validator]]
member = "Alice Motors"
account = "{alice}"
aura = "{alice}"
grandpa = "{alice_ed}"
peer_id = "{alice_peer}"
address = "/dns/alice.example/tcp/30333"
balance = 10

[[validator]]
member = "Bob Bearings"
account = "{bob}"
aura = "{bob}"
grandpa = "{bob_ed}"
peer_id = "{bob_peer}"
"#,
		alice = sr(S::Alice),
		bob = sr(S::Bob),
		alice_ed = ed(E::Alice),
		bob_ed = ed(E::Bob),
		alice_peer = peer(E::Alice),
		bob_peer = peer(E::Bob),
	)
}

/// `config()` with `from` replaced by `to` (exactly once).
fn with(from: &str, to: &str) -> String {
	let config = config();
	assert_eq!(config.matches(from).count(), 1, "{from:?} is in the config once");
	config.replacen(from, to, 1)
}

/// The checked consortium, or the problems as text.
fn check(source: &str) -> Result<Consortium, String> {
	Config::parse(source)?.validate()
}

/// The refusal of `source`; panics if it is accepted.
fn refused(source: &str) -> String {
	match check(source) {
		Ok(_) => panic!("accepted:\n{source}"),
		Err(problems) => problems,
	}
}

#[track_caller]
fn assert_refused(source: &str, expected: &[&str]) {
	let problems = refused(source);
	for part in expected {
		assert!(problems.contains(part), "{part:?} not in:\n{problems}");
	}
}

#[test]
fn a_valid_config_becomes_a_members_only_genesis_without_sudo() {
	let consortium = check(&config()).expect("valid");
	assert_eq!(
		(consortium.id.as_str(), consortium.protocol_id.as_str()),
		("test_consortium", "test_consortium")
	);
	let genesis = &consortium.genesis;
	let (alice, bob) = (Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Bob.to_account_id());
	assert!(genesis.members_only);
	assert_eq!(genesis.sudo, None);
	assert_eq!(genesis.council, vec![alice.clone()]);
	assert_eq!(genesis.registrars, vec![alice.clone()]);
	// Alice's member and validator balances are one entry (pallet-balances refuses two).
	assert_eq!(genesis.balances, vec![(alice.clone(), 1010 * UNIT), (bob.clone(), 500 * UNIT)]);
	let bob_validator: amchain_runtime::genesis_config_presets::Validator =
		(bob.clone(), Sr25519Keyring::Bob.public().into(), Ed25519Keyring::Bob.public().into());
	assert_eq!(genesis.validators.len(), 2);
	assert_eq!(genesis.min_validators, 2, "fewer than four validators: all of them stay");
	assert_eq!(genesis.validators[1], bob_validator);
	// Each validator's node, owned by its member's account, as the pallet stores peer ids.
	let alice_peer = PeerId::from_ed25519(&Ed25519Keyring::Alice.public().0).expect("peer id");
	assert_eq!(genesis.nodes[0], (alice_peer.to_bytes(), alice.clone()));
	assert_eq!(genesis.nodes[1].1, bob);
	// Only Alice Motors gave roles: it is registered at genesis.
	let [organisation] = genesis.records.participants.as_slice() else { panic!("one") };
	assert_eq!((organisation.admin.clone(), organisation.name.as_str()), (alice, "Alice Motors"));
	assert_eq!(
		organisation.roles.0,
		amchain_primitives::participants::Roles::of(&[
			amchain_primitives::participants::Role::Manufacturer,
			amchain_primitives::participants::Role::Supplier
		])
	);
	// Only Alice's validator has an address: one boot node.
	assert_eq!(
		consortium.boot_nodes.iter().map(|b| b.to_string()).collect::<Vec<_>>(),
		vec![format!("/dns/alice.example/tcp/30333/p2p/{}", peer(Ed25519Keyring::Alice))]
	);

	let patch = genesis_patch(consortium);
	assert_eq!(patch["consortium"]["membersOnly"], true);
	assert_eq!(patch["sudo"]["key"], serde_json::Value::Null);
	assert_eq!(
		patch["certifications"]["participants"][0]["roles"],
		serde_json::json!(["manufacturer", "supplier"])
	);
}

fn genesis_patch(consortium: Consortium) -> serde_json::Value {
	amchain_runtime::genesis_config_presets::genesis(consortium.genesis)
}

#[test]
fn the_worked_example_is_valid_and_round_trips() {
	let source = std::fs::read_to_string(example_path()).expect("the worked example");
	let consortium = check(&source).expect("the worked example is valid");
	assert_eq!(consortium.id, "northwind");
	assert_eq!(consortium.genesis.validators.len(), 4);
	assert_eq!(consortium.genesis.council.len(), 4);
	assert_eq!(consortium.boot_nodes.len(), 4);
	// The checked-in plain spec is what the config makes, and the runtime builds its raw
	// genesis (scripts/chain-spec.sh --check runs the same).
	ConsortiumSpecCmd { config: example_path(), out: None, check: true }
		.run()
		.expect("chain-spec/example/northwind.json is up to date");
}

#[test]
fn the_specs_are_written_plain_and_raw() {
	let out = std::env::temp_dir().join(format!("amchain-consortium-spec-{}", std::process::id()));
	let path = out.join("consortium.toml");
	std::fs::create_dir_all(&out).expect("temp dir");
	std::fs::write(&path, config()).expect("config written");
	ConsortiumSpecCmd { config: path.clone(), out: None, check: false }.run().expect("written");
	let plain: serde_json::Value = serde_json::from_str(
		&std::fs::read_to_string(out.join("test_consortium.json")).expect("plain"),
	)
	.expect("json");
	assert_eq!(plain["chainType"], "Live");
	assert!(plain["genesis"]["runtimeGenesis"]["patch"].is_object());
	let raw: serde_json::Value = serde_json::from_str(
		&std::fs::read_to_string(out.join("test_consortium-raw.json")).expect("raw"),
	)
	.expect("json");
	assert!(raw["genesis"]["raw"]["top"].as_object().is_some_and(|top| !top.is_empty()));
	// And the check passes on what was just written.
	ConsortiumSpecCmd { config: path, out: None, check: true }.run().expect("round-trips");
	let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_missing_field_is_named_with_its_line() {
	let line = format!("grandpa = \"{}\"\n", ed(Ed25519Keyring::Bob));
	assert_refused(&with(&line, ""), &["missing field `grandpa`", "line"]);
	assert_refused(&with("id = \"test_consortium\"\n", ""), &["missing field `id`"]);
}

#[test]
fn an_unknown_field_is_named_with_its_line() {
	assert_refused(
		&with("balance = 500\n", "balance = 500\ncouncil_seat = true\n"),
		&["unknown field `council_seat`", "line"],
	);
	assert_refused(
		&with("id = \"test_consortium\"\n", "id = \"test_consortium\"\nsudo = \"x\"\n"),
		&["unknown field `sudo`"],
	);
}

#[test]
fn a_value_of_the_wrong_type_is_refused() {
	assert_refused(&with("balance = 500", "balance = -5"), &["balance", "line"]);
	assert_refused(&with("council = true", "council = \"yes\""), &["council", "line"]);
}

#[test]
fn a_bad_account_names_the_member_and_the_field() {
	let alice = sr(Sr25519Keyring::Alice);
	let mut broken = alice.clone();
	broken.replace_range(10..11, if &alice[10..11] == "a" { "b" } else { "a" });
	let bob = sr(Sr25519Keyring::Bob);
	assert_refused(
		&with(
			&format!("name = \"Bob Bearings\"\naccount = \"{bob}\""),
			&format!("name = \"Bob Bearings\"\naccount = \"{}\"", &bob[..20]),
		),
		&["member \"Bob Bearings\": account", "not an SS58 account"],
	);
	let source = config().replacen(&alice, &broken, 1);
	assert_refused(&source, &["member \"Alice Motors\": account", "not an SS58 account"]);
}

#[test]
fn a_bad_key_names_the_validator_and_the_field() {
	let bob_ed = ed(Ed25519Keyring::Bob);
	assert_refused(
		&with(&format!("grandpa = \"{bob_ed}\""), "grandpa = \"0x1234\""),
		&["validator 2 (member \"Bob Bearings\"): grandpa \"0x1234\": not an SS58 key"],
	);
	let source =
		config().replacen(&format!("aura = \"{}\"", sr(Sr25519Keyring::Bob)), "aura = \"5Bob\"", 1);
	assert_refused(
		&source,
		&["validator 2 (member \"Bob Bearings\"): aura \"5Bob\": not an SS58 key"],
	);
}

#[test]
fn a_key_of_the_wrong_scheme_is_refused() {
	// The sr25519 key given as GRANDPA's (the likeliest slip: one `key inspect` for both).
	let bob = sr(Sr25519Keyring::Bob);
	let bob_ed = ed(Ed25519Keyring::Bob);
	assert_refused(
		&with(&format!("grandpa = \"{bob_ed}\""), &format!("grandpa = \"{bob}\"")),
		&["validator 2 (member \"Bob Bearings\"): grandpa", "GRANDPA's is the ed25519 key"],
	);
	// A key that is no point of the curve its scheme uses, whichever key it is.
	for (field, from, key, expected) in [
		("aura", bob.clone(), no_ristretto_point(), "not an sr25519 public key"),
		("grandpa", bob_ed.clone(), no_edwards_point(), "not an ed25519 public key"),
	] {
		let source = with(&format!("{field} = \"{from}\""), &format!("{field} = \"{key}\""));
		assert_refused(
			&source,
			&[&format!("validator 2 (member \"Bob Bearings\"): {field} {key}: {expected}")],
		);
	}
}

/// A dev ed25519 key that is no sr25519 (Ristretto) public key.
fn no_ristretto_point() -> String {
	Ed25519Keyring::iter()
		.map(|k| k.public())
		.find(|k| schnorrkel::PublicKey::from_bytes(&k.0).is_err())
		.expect("most ed25519 keys are no Ristretto points")
		.to_ss58check()
}

/// A dev sr25519 key that is no ed25519 (Edwards) public key.
fn no_edwards_point() -> String {
	Sr25519Keyring::iter()
		.map(|k| k.public())
		.find(|k| ed25519_zebra::VerificationKey::try_from(k.0).is_err())
		.expect("about half of all sr25519 keys are no Edwards points")
		.to_ss58check()
}

#[test]
fn a_bad_peer_id_is_refused() {
	let bob_peer = peer(Ed25519Keyring::Bob);
	assert_refused(
		&with(&bob_peer, "12D3KooWnotapeerid"),
		&["validator 2 (member \"Bob Bearings\"): peer_id \"12D3KooWnotapeerid\": not a libp2p peer id"],
	);
	// A valid peer id, but of an RSA key (a SHA-256 multihash): the pallet could never
	// match it.
	let rsa = "QmSk5HQbn6LhUwDiNMseVUjuRYhEtYj4aUZ6WfWoGURpdV";
	assert_refused(&with(&bob_peer, rsa), &["not the peer id of an Ed25519 node key"]);
}

#[test]
fn a_bad_address_is_refused() {
	assert_refused(
		&with("/dns/alice.example/tcp/30333", "/dns/alice.example/tcp/port"),
		&["validator 1 (member \"Alice Motors\"): address", "not a multiaddr"],
	);
	let with_peer = format!("/dns/alice.example/tcp/30333/p2p/{}", peer(Ed25519Keyring::Alice));
	assert_refused(&with("/dns/alice.example/tcp/30333", &with_peer), &["has a /p2p/ part"]);
}

#[test]
fn duplicates_are_refused() {
	// A member's name, a member's account.
	assert_refused(
		&with("name = \"Bob Bearings\"", "name = \"Alice Motors\""),
		&["name: another member has it"],
	);
	let bob = sr(Sr25519Keyring::Bob);
	let alice = sr(Sr25519Keyring::Alice);
	let source = config().replacen(
		&format!("account = \"{bob}\"\nbalance = 500"),
		&format!("account = \"{alice}\"\nbalance = 500"),
		1,
	);
	assert_refused(&source, &["member \"Bob Bearings\": account", "member \"Alice Motors\"'s too"]);
	// A validator's account, Aura key, GRANDPA key, peer id.
	let source = config().replacen(
		&format!("account = \"{bob}\"\naura"),
		&format!("account = \"{alice}\"\naura"),
		1,
	);
	assert_refused(
		&source,
		&[
			"validator 2 (member \"Bob Bearings\"): account",
			"validator 1 (member \"Alice Motors\")'s too",
		],
	);
	let source = config().replacen(&format!("aura = \"{bob}\""), &format!("aura = \"{alice}\""), 1);
	assert_refused(
		&source,
		&["validator 2 (member \"Bob Bearings\"): aura: the same key as validator 1"],
	);
	let (alice_ed, bob_ed) = (ed(Ed25519Keyring::Alice), ed(Ed25519Keyring::Bob));
	let source = config().replacen(&bob_ed, &alice_ed, 1);
	assert_refused(
		&source,
		&["grandpa: the same key as validator 1 (member \"Alice Motors\")'s grandpa"],
	);
	let source = config().replacen(&peer(Ed25519Keyring::Bob), &peer(Ed25519Keyring::Alice), 1);
	assert_refused(
		&source,
		&[
			"validator 2 (member \"Bob Bearings\"): peer_id",
			"validator 1 (member \"Alice Motors\")'s too",
		],
	);
}

#[test]
fn a_validator_or_node_of_no_member_is_refused() {
	let source = config().replacen("member = \"Bob Bearings\"", "member = \"Bob Bearing\"", 1);
	assert_refused(
		&source,
		&["validator 2 (member \"Bob Bearing\"): member: no [[member]] is named \"Bob Bearing\""],
	);
	let node = format!(
		"\n[[node]]\nmember = \"Carol\"\npeer_id = \"{}\"\n",
		peer(Ed25519Keyring::Charlie)
	);
	assert_refused(&(config() + &node), &["node 1 (member \"Carol\"): member: no [[member]]"]);
}

#[test]
fn a_well_known_node_joins_the_authorised_nodes_and_boot_nodes() {
	let node = format!(
		"\n[[node]]\nmember = \"Bob Bearings\"\npeer_id = \"{}\"\naddress = \"/ip4/10.0.0.7/tcp/30333\"\n",
		peer(Ed25519Keyring::Charlie)
	);
	let consortium = check(&(config() + &node)).expect("valid");
	assert_eq!(consortium.genesis.nodes.len(), 3);
	assert_eq!(consortium.genesis.nodes[2].1, Sr25519Keyring::Bob.to_account_id());
	assert_eq!(consortium.boot_nodes.len(), 2);
}

#[test]
fn the_runtimes_bounds_are_enforced() {
	// No council seat.
	assert_refused(&with("council = true\n", ""), &["council: no member has a council seat"]);
	// Fewer validators than the runtime's MinValidators.
	let start = config().find("[[validator]]").expect("validators");
	let none = config()[..start].replacen(
		"id = \"test_consortium\"\n",
		"id = \"test_consortium\"\nvalidator = []\n",
		1,
	);
	let min = <MinValidators as Get<u32>>::get();
	assert_refused(&none, &[&format!("validator: 0 listed; the runtime needs at least {min}")]);
	// A name too long to register.
	let long = "A".repeat(<MaxNameLen as Get<u32>>::get() as usize + 1);
	assert_refused(
		&with("name = \"Alice Motors\"", &format!("name = \"{long}\"")),
		&["an organisation's name has at most"],
	);
}

#[test]
fn roles_are_role_names() {
	assert_refused(
		&with("\"supplier\"]", "\"wizard\"]"),
		&["unknown variant `wizard`", "manufacturer"],
	);
	assert_refused(
		&with("roles = [\"manufacturer\", \"supplier\"]", "roles = []"),
		&["member \"Alice Motors\": roles: empty"],
	);
}

#[test]
fn ids_are_letters_digits_and_underscores() {
	assert_refused(
		&with("id = \"test_consortium\"", "id = \"test-consortium\""),
		&["id: \"test-consortium\": letters, digits and '_' only"],
	);
}

#[test]
fn every_problem_is_reported_at_once() {
	let source = config()
		.replacen("name = \"Bob Bearings\"", "name = \"Alice Motors\"", 1)
		.replacen(&peer(Ed25519Keyring::Bob), "nonsense", 1)
		.replacen("id = \"test_consortium\"", "id = \"test consortium\"", 1);
	let problems = refused(&source);
	assert!(problems.starts_with("4 problems:"), "{problems}");
	// The member renamed is also no longer the validator's member.
	assert!(problems.contains("no [[member]] is named \"Bob Bearings\""), "{problems}");
}
