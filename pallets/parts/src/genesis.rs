//! The part types a chain starts with (the dev chain's, `docs/dev-chain.md`).
//!
//! Each is defined through the function `create_part_type` uses, acting as its
//! manufacturer, so the call's rules hold for it: the manufacturer is an active
//! organisation with the manufacturer role (registered in pallet-certifications'
//! genesis, which the runtime builds first), the code is unique, the required standards
//! are within `MaxRequiredStandards` and not repeated. Part types get ids from 0 in the
//! order listed.

use alloc::{string::String, vec::Vec};
use amchain_primitives::certifications::StandardId;
use serde::{Deserialize, Serialize};
use sp_core::H256;

use crate::*;

/// A part type defined at genesis by a manufacturer.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisPartType<AccountId> {
	/// The admin account of the manufacturer that defines it.
	pub manufacturer: AccountId,
	/// Its code, e.g. a GTIN; unique on the chain.
	pub code: String,
	/// Hash of the specification document.
	#[serde(default)]
	pub spec_hash: H256,
	/// Where the specification is published.
	pub spec_uri: String,
	/// Standards a maker must be certified for to register parts of it.
	#[serde(default)]
	pub required_standards: Vec<StandardId>,
}

impl<T: Config> GenesisConfig<T> {
	/// Defines the part types; stops the genesis build (the one way a
	/// `BuildGenesisConfig` can refuse its config) naming the first one a call would refuse.
	pub(crate) fn build_part_types(&self) {
		for p in &self.part_types {
			Pallet::<T>::do_create_part_type(
				&p.manufacturer,
				p.code.as_bytes().to_vec(),
				p.spec_hash,
				p.spec_uri.as_bytes().to_vec(),
				p.required_standards.clone(),
			)
			.unwrap_or_else(|e| panic!("pallet-parts genesis: part type `{}`: {e:?}", p.code));
		}
	}
}
