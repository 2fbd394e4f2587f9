#!/usr/bin/env python3
"""Turns a consortium's config file (TOML) into its plain and raw chain specs.

    consortium_spec.py NODE_BIN CONFIG OUT_DIR

Writes OUT_DIR/<id>.json (plain: the genesis as a readable patch over the runtime's
defaults) and OUT_DIR/<id>-raw.json (raw: the storage every node of the chain must start
from). Run it through scripts/consortium-spec.sh, which builds the node first.

The config names the members (their accounts, opening balances, council seats,
registrars), the validators (account, Aura and GRANDPA keys, node peer id and address)
and any other well-known nodes; chain-spec/README.md describes every field. The chain it
describes is members-only and has no sudo key: the council governs it.
"""

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


class ConfigError(Exception):
    pass


def peer_id_bytes(peer_id: str) -> list:
    """The bytes of a base58 libp2p peer id, as pallet-node-authorization stores them."""
    n = 0
    for c in peer_id:
        if c not in BASE58:
            raise ConfigError(f"peer id {peer_id!r} is not base58")
        n = n * 58 + BASE58.index(c)
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(peer_id) - len(peer_id.lstrip("1"))) + body
    # An Ed25519 peer id (what `amchain-node key generate-node-key` makes) is an identity
    # multihash of 36 bytes: 0x00 0x24, then the protobuf-encoded public key.
    if len(raw) != 38 or raw[:6] != bytes([0x00, 0x24, 0x08, 0x01, 0x12, 0x20]):
        raise ConfigError(f"peer id {peer_id!r} is not an Ed25519 libp2p peer id")
    return list(raw)


def required(table: dict, key: str, where: str):
    if key not in table:
        raise ConfigError(f"{where}: missing '{key}'")
    return table[key]


def genesis_patch(config: dict, unit: int) -> dict:
    members = required(config, "member", "config")
    validators = required(config, "validator", "config")
    names = [required(m, "name", "member") for m in members]
    if len(set(names)) != len(names):
        raise ConfigError("two members have the same name")

    balances, council, registrars, nodes = {}, [], [], []
    for m in members:
        where = f"member {m['name']!r}"
        account = required(m, "account", where)
        balance = int(m.get("balance", 0))
        if balance < 0:
            raise ConfigError(f"{where}: negative balance")
        if balance:
            balances[account] = balances.get(account, 0) + balance * unit
        if m.get("council", False):
            council.append(account)
        if m.get("registrar", False):
            registrars.append(account)
    if not council:
        raise ConfigError("no member has a council seat: nobody could govern the chain")

    session_keys, validator_accounts = [], []
    for v in validators:
        where = f"validator of {v.get('member', '?')!r}"
        if required(v, "member", where) not in names:
            raise ConfigError(f"{where}: no such member")
        account = required(v, "account", where)
        if account in validator_accounts:
            raise ConfigError(f"{where}: account {account} is already a validator")
        validator_accounts.append(account)
        keys = {"aura": required(v, "aura", where), "grandpa": required(v, "grandpa", where)}
        session_keys.append([account, account, keys])
        # The validator's account pays for its transactions (session keys, …).
        balance = int(v.get("balance", 0))
        if balance:
            balances[account] = balances.get(account, 0) + balance * unit
        nodes.append((required(v, "peer_id", where), v["member"]))
    for n in config.get("node", []):
        where = f"node of {n.get('member', '?')!r}"
        if required(n, "member", where) not in names:
            raise ConfigError(f"{where}: no such member")
        nodes.append((required(n, "peer_id", where), n["member"]))

    owner = {m["name"]: m["account"] for m in members}
    peers = [p for p, _ in nodes]
    if len(set(peers)) != len(peers):
        raise ConfigError("a peer id is listed twice")

    return {
        "balances": {"balances": [[a, b] for a, b in balances.items()]},
        "consortium": {"validators": validator_accounts, "membersOnly": True},
        "session": {"keys": session_keys},
        "nodeAuthorization": {"nodes": [[peer_id_bytes(p), owner[m]] for p, m in nodes]},
        "councilMembership": {"members": council},
        "certifications": {"registrars": registrars},
        "sudo": {"key": None},
    }


def boot_nodes(config: dict) -> list:
    out = []
    for entry in config.get("validator", []) + config.get("node", []):
        if "address" in entry:
            out.append(f"{entry['address'].rstrip('/')}/p2p/{entry['peer_id']}")
    return out


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    node, config_path, out_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    try:
        config = tomllib.loads(config_path.read_text())
        chain_id = required(config, "id", "config")
        if not chain_id.replace("_", "").isalnum():
            raise ConfigError("id: letters, digits and '_' only")
        with tempfile.TemporaryDirectory() as tmp:
            # The node's own spec supplies the runtime (code) and the token's properties.
            template = Path(tmp) / "template.json"
            subprocess.run(
                [node, "export-chain-spec", "--chain", "local", "--output", str(template)],
                check=True, stdout=subprocess.DEVNULL,
            )
            spec = json.loads(template.read_text())
        unit = 10 ** spec["properties"]["tokenDecimals"]
        spec["genesis"]["runtimeGenesis"]["patch"] = genesis_patch(config, unit)
    except (ConfigError, KeyError, ValueError, tomllib.TOMLDecodeError) as e:
        print(f"{config_path}: {e}", file=sys.stderr)
        return 1
    spec["name"] = required(config, "name", "config")
    spec["id"] = chain_id
    spec["chainType"] = "Live"
    spec["protocolId"] = config.get("protocol_id", chain_id)
    spec["bootNodes"] = boot_nodes(config)

    out_dir.mkdir(parents=True, exist_ok=True)
    plain = out_dir / f"{chain_id}.json"
    raw = out_dir / f"{chain_id}-raw.json"
    plain.write_text(json.dumps(spec, indent=2) + "\n")
    # The raw spec is built by the runtime itself from the plain one: a config the
    # runtime refuses (a malformed key, a bad account) fails here, with its reason.
    result = subprocess.run(
        [node, "export-chain-spec", "--chain", str(plain), "--raw", "--output", str(raw)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    if result.returncode != 0:
        print(f"{config_path}: the runtime refused the genesis:\n{result.stderr}", file=sys.stderr)
        return 1
    print(plain)
    print(raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())
