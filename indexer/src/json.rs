//! Decoded SCALE values as JSON, guided by the runtime metadata's type registry.
//!
//! The shape follows serde's defaults, so a record reads as the pallet's Rust type:
//! structs are objects with the fields' names, enums are externally tagged (`"Active"`,
//! `{"Part": 3}`, `{"Suspended": {"reason": …, "since": 12}}`), `Option` is `null` or the
//! value, newtypes (`Roles(5)`, `AccountId32([..])`) are their inner value. Byte strings
//! (`Vec<u8>`, `BoundedVec<u8, _>`, `[u8; N]`) are text when they are printable UTF-8 and
//! not 32 bytes long (names, codes, serials, URIs), otherwise `0x`-hex (hashes, accounts,
//! keys). Integers beyond 2^53 are decimal strings, as JSON numbers lose them.

use scale_info::{form::PortableForm, PortableRegistry, TypeDef, TypeDefPrimitive};
use serde_json::{json, Map, Value as Json};
use subxt::ext::scale_value::{Composite, Primitive, Value, ValueDef};

/// The largest integer a JSON number (an IEEE double) holds exactly.
const MAX_SAFE_INTEGER: u128 = (1 << 53) - 1;

/// `value` (decoded with its type ids as context) as JSON.
pub fn to_json(value: &Value<u32>, types: &PortableRegistry) -> Json {
	if let Some(bytes) = as_bytes(value, types) {
		return bytes_to_json(&bytes);
	}
	match &value.value {
		// A sequence or array is a list, whatever its length (a newtype is not).
		ValueDef::Composite(Composite::Unnamed(values)) if is_list(value.context, types) => {
			Json::Array(values.iter().map(|v| to_json(v, types)).collect())
		},
		ValueDef::Composite(c) => composite_to_json(c, types),
		ValueDef::Variant(v) => {
			// Option<T> reads as null or T.
			if is_option(value.context, types) {
				return match v.values.values().next() {
					Some(inner) if v.name == "Some" => to_json(inner, types),
					_ => Json::Null,
				};
			}
			if v.values.is_empty() {
				Json::String(v.name.clone())
			} else {
				json!({ v.name.clone(): composite_to_json(&v.values, types) })
			}
		},
		ValueDef::BitSequence(bits) => {
			Json::String(bits.iter().map(|b| if b { '1' } else { '0' }).collect())
		},
		ValueDef::Primitive(p) => primitive_to_json(p),
	}
}

/// A composite's fields as JSON: an object for named fields, the inner value for a
/// newtype, an array otherwise.
pub fn composite_to_json(c: &Composite<u32>, types: &PortableRegistry) -> Json {
	match c {
		Composite::Named(fields) => {
			let mut object = Map::new();
			for (name, v) in fields {
				object.insert(name.clone(), to_json(v, types));
			}
			Json::Object(object)
		},
		Composite::Unnamed(values) if values.len() == 1 => to_json(&values[0], types),
		Composite::Unnamed(values) => {
			Json::Array(values.iter().map(|v| to_json(v, types)).collect())
		},
	}
}

fn primitive_to_json(p: &Primitive) -> Json {
	match p {
		Primitive::Bool(b) => Json::Bool(*b),
		Primitive::Char(c) => Json::String(c.to_string()),
		Primitive::String(s) => Json::String(s.clone()),
		Primitive::U128(n) if *n <= MAX_SAFE_INTEGER => json!(*n as u64),
		Primitive::U128(n) => Json::String(n.to_string()),
		Primitive::I128(n) if n.unsigned_abs() <= MAX_SAFE_INTEGER => json!(*n as i64),
		Primitive::I128(n) => Json::String(n.to_string()),
		Primitive::U256(b) | Primitive::I256(b) => Json::String(hex(b)),
	}
}

fn bytes_to_json(bytes: &[u8]) -> Json {
	match std::str::from_utf8(bytes) {
		Ok(text)
			if bytes.len() != 32 && !text.is_empty() && !text.chars().any(|c| c.is_control()) =>
		{
			Json::String(text.to_string())
		},
		_ => Json::String(hex(bytes)),
	}
}

/// Lower-case hex with a `0x` prefix.
pub fn hex(bytes: &[u8]) -> String {
	let mut s = String::with_capacity(2 + 2 * bytes.len());
	s.push_str("0x");
	for b in bytes {
		s.push_str(&format!("{b:02x}"));
	}
	s
}

/// The bytes of hex text, with or without `0x`; `None` if it is not hex.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
	let s = s.strip_prefix("0x").unwrap_or(s);
	if !s.len().is_multiple_of(2) {
		return None;
	}
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// The bytes of a sequence or array of `u8` (directly, or wrapped in newtypes such as
/// `BoundedVec` or `AccountId32`).
fn as_bytes(value: &Value<u32>, types: &PortableRegistry) -> Option<Vec<u8>> {
	let ValueDef::Composite(Composite::Unnamed(values)) = &value.value else { return None };
	let ty = types.resolve(value.context)?;
	let element = match &ty.type_def {
		TypeDef::Sequence(s) => s.type_param.id,
		TypeDef::Array(a) => a.type_param.id,
		// A newtype: its one field decides.
		TypeDef::Composite(_) if values.len() == 1 => return as_bytes(&values[0], types),
		_ => return None,
	};
	if !is_u8(element, types) {
		return None;
	}
	values
		.iter()
		.map(|v| match v.value {
			ValueDef::Primitive(Primitive::U128(n)) => u8::try_from(n).ok(),
			_ => None,
		})
		.collect()
}

fn is_u8(id: u32, types: &PortableRegistry) -> bool {
	matches!(types.resolve(id).map(|t| &t.type_def), Some(TypeDef::Primitive(TypeDefPrimitive::U8)))
}

fn is_list(id: u32, types: &PortableRegistry) -> bool {
	matches!(types.resolve(id).map(|t| &t.type_def), Some(TypeDef::Sequence(_) | TypeDef::Array(_)))
}

fn is_option(id: u32, types: &PortableRegistry) -> bool {
	types.resolve(id).is_some_and(|t: &scale_info::Type<PortableForm>| {
		t.path.segments.last().is_some_and(|s| s == "Option")
	})
}
