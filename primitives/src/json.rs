//! How amchain's views read as JSON (the node's `amchain_*` methods return the runtime
//! APIs' views as they are): field names in camelCase, on-chain text (names, codes,
//! serials, URIs) as strings, hashes and keys as `0x` hex, balances as decimal strings
//! (JavaScript numbers cannot hold them exactly), roles as their mask and names,
//! accounts in SS58. The helpers below are the `serialize_with` functions the views
//! name.

use serde::{ser::SerializeStruct, Serializer};

use crate::participants::{Role, Roles};

/// On-chain text (UTF-8 by convention; invalid bytes shown as U+FFFD).
pub fn text<S: Serializer, B: AsRef<[u8]>>(bytes: &B, s: S) -> Result<S::Ok, S::Error> {
	s.serialize_str(&String::from_utf8_lossy(bytes.as_ref()))
}

/// Bytes as `0x`-prefixed hex.
pub fn hex<S: Serializer, B: AsRef<[u8]>>(bytes: &B, s: S) -> Result<S::Ok, S::Error> {
	let digits: String = bytes.as_ref().iter().map(|b| format!("{b:02x}")).collect();
	s.serialize_str(&format!("0x{digits}"))
}

/// An amount (or any number too large for a JavaScript number) as a decimal string.
pub fn decimal<S: Serializer, N: core::fmt::Display>(n: &N, s: S) -> Result<S::Ok, S::Error> {
	s.collect_str(n)
}

/// A role set as `{"mask": 5, "names": ["manufacturer", "supplier"]}`.
pub fn roles<S: Serializer>(roles: &Roles, s: S) -> Result<S::Ok, S::Error> {
	let names: Vec<&str> = Role::ALL.iter().filter(|r| roles.has(**r)).map(|r| r.name()).collect();
	let mut json = s.serialize_struct("Roles", 2)?;
	json.serialize_field("mask", &roles.0)?;
	json.serialize_field("names", &names)?;
	json.end()
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde::Serialize;

	#[derive(Serialize)]
	struct Sample {
		#[serde(serialize_with = "text")]
		name: Vec<u8>,
		#[serde(serialize_with = "hex")]
		key: [u8; 3],
		#[serde(serialize_with = "decimal")]
		amount: u128,
		#[serde(serialize_with = "roles")]
		roles: Roles,
	}

	#[test]
	fn views_read_as_people_and_javascript_expect() {
		let sample = Sample {
			name: b"Acme \xff".to_vec(),
			key: [0, 0xab, 0x10],
			amount: u128::MAX,
			roles: Roles::of(&[Role::Manufacturer, Role::Supplier]),
		};
		assert_eq!(
			serde_json::to_value(&sample).unwrap(),
			serde_json::json!({
				"name": "Acme \u{fffd}",
				"key": "0x00ab10",
				"amount": u128::MAX.to_string(),
				"roles": { "mask": 5, "names": ["manufacturer", "supplier"] },
			})
		);
	}
}
