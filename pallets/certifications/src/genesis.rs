//! The trust records a chain starts with: the organisations, standards, accreditations
//! and certifications of a consortium that exists before its first block (the dev
//! chain's, `docs/dev-chain.md`; a consortium's own, `chain-spec/README.md`).
//!
//! Genesis records are made by the functions the calls use, each acting as whoever
//! makes that record on a running chain: organisations are registered by governance
//! ([`Registrar::Governance`]), a standard is defined by its standards organisation, an
//! accreditation granted by the standard's organisation, a certification issued by its
//! auditor and accepted by its holder. So every rule a call checks holds for them too,
//! and a record that breaks one stops the genesis from being built, naming the record and
//! the rule.
//!
//! Organisations are named by their admin account, standards by their id: the standards
//! listed get ids from 0 in order (as do the organisations).

use alloc::{string::String, vec::Vec};
use amchain_primitives::{
	certifications::StandardId,
	participants::{ParticipantId, Role, Roles},
};
use frame_system::pallet_prelude::BlockNumberFor;
use serde::{de::Error as _, Deserialize, Deserializer, Serialize, Serializer};
use sp_core::H256;
use sp_runtime::DispatchError;

use crate::*;

/// An organisation registered at genesis, by governance.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisParticipant<AccountId> {
	/// Its administrative account.
	pub admin: AccountId,
	/// Its display name (at most `MaxNameLen` bytes).
	pub name: String,
	/// What it may do, by name: `["manufacturer", "supplier"]`.
	pub roles: RoleNames,
	/// Hash of its off-chain metadata document.
	#[serde(default)]
	pub metadata: H256,
}

/// A standard defined at genesis by a standards organisation.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisStandard<AccountId> {
	/// The admin account of the standards organisation that defines it.
	pub owner: AccountId,
	/// Its code, e.g. `IATF 16949`.
	pub code: String,
	pub version: u32,
	/// Hash of its requirements document.
	#[serde(default)]
	pub requirements_hash: H256,
	/// Where the requirements document is published.
	pub requirements_uri: String,
}

/// An auditor accredited at genesis for a standard, by the standard's organisation.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisAccreditation<AccountId> {
	/// The standard's id.
	pub standard: StandardId,
	/// The admin account of the auditor organisation.
	pub auditor: AccountId,
}

/// A certification issued at genesis (at block 0) by an accredited auditor.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisCertification<AccountId, BlockNumber> {
	/// The admin account of the certified organisation.
	pub holder: AccountId,
	/// The standard's id.
	pub standard: StandardId,
	/// The admin account of the issuing auditor, accredited for the standard.
	pub auditor: AccountId,
	/// The process or facility it covers.
	pub scope: String,
	/// Production allowed: `units` per `period` blocks.
	pub capacity: Capacity<BlockNumber>,
	/// The first block at which it is no longer valid.
	pub valid_until: BlockNumber,
	/// Blocks between surveillance audits, if it requires them.
	#[serde(default)]
	pub surveillance_interval: Option<BlockNumber>,
}

/// A set of roles as a genesis config writes it: the roles' names, as [`Role::name`]
/// gives them (the node's RPC shows the same names).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct RoleNames(pub Roles);

/// Every role's name, in bit order.
const ROLE_NAMES: [&str; Role::ALL.len()] = {
	let mut names = [""; Role::ALL.len()];
	let mut i = 0;
	while i < names.len() {
		names[i] = Role::ALL[i].name();
		i += 1;
	}
	names
};

impl From<&[Role]> for RoleNames {
	fn from(roles: &[Role]) -> Self {
		RoleNames(Roles::of(roles))
	}
}

impl Serialize for RoleNames {
	fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		serializer
			.collect_seq(Role::ALL.iter().filter(|role| self.0.has(**role)).map(|role| role.name()))
	}
}

impl<'de> Deserialize<'de> for RoleNames {
	fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let names = Vec::<String>::deserialize(deserializer)?;
		let mut roles = Vec::with_capacity(names.len());
		for name in &names {
			let role = Role::ALL
				.iter()
				.find(|role| role.name() == name)
				.ok_or_else(|| D::Error::unknown_variant(name, &ROLE_NAMES))?;
			roles.push(*role);
		}
		Ok(RoleNames(Roles::of(&roles)))
	}
}

/// Stops the genesis build: the one way a `BuildGenesisConfig` can refuse its config.
fn refuse(record: core::fmt::Arguments, error: DispatchError) -> ! {
	panic!("pallet-certifications genesis: {record}: {error:?}")
}

impl<T: Config> GenesisConfig<T> {
	/// Registers the organisations, then defines the standards, accredits the auditors
	/// and issues the certifications, each through the function its call uses.
	pub(crate) fn build_records(&self) {
		for p in &self.participants {
			Pallet::<T>::do_register_participant(
				Registrar::Governance,
				p.admin.clone(),
				p.name.as_bytes().to_vec(),
				p.metadata,
				p.roles.0,
			)
			.unwrap_or_else(|e| refuse(format_args!("participant `{}`", p.name), e));
		}
		for s in &self.standards {
			Pallet::<T>::do_define_standard(
				s.owner.clone(),
				s.code.as_bytes().to_vec(),
				s.version,
				s.requirements_hash,
				s.requirements_uri.as_bytes().to_vec(),
			)
			.unwrap_or_else(|e| refuse(format_args!("standard `{}` {}", s.code, s.version), e));
		}
		for a in &self.accreditations {
			Self::accredit(a).unwrap_or_else(|e| {
				refuse(format_args!("accreditation for standard {}", a.standard), e)
			});
		}
		for (index, c) in self.certifications.iter().enumerate() {
			Self::certify(c).unwrap_or_else(|e| {
				refuse(format_args!("certification {index} (`{}`)", c.scope), e)
			});
		}
	}

	/// Accredits `a.auditor`, acting as the standard's organisation.
	fn accredit(a: &GenesisAccreditation<T::AccountId>) -> Result<(), DispatchError> {
		let standard = Standards::<T>::get(a.standard).ok_or(Error::<T>::UnknownStandard)?;
		let owner = Participants::<T>::get(standard.owner).ok_or(Error::<T>::UnknownParticipant)?;
		Pallet::<T>::do_accredit_auditor(owner.admin, a.standard, Self::participant(&a.auditor)?)
	}

	/// Issues `c`, acting as its auditor, and accepts it, acting as its holder (a genesis
	/// config speaks for every organisation it lists).
	fn certify(
		c: &GenesisCertification<T::AccountId, BlockNumberFor<T>>,
	) -> Result<(), DispatchError> {
		let id = NextCertificationId::<T>::get();
		// Issued and accepted at once: no offer stays open, so no deposit is held.
		Pallet::<T>::issue(
			c.auditor.clone(),
			Self::participant(&c.holder)?,
			c.standard,
			c.scope.as_bytes().to_vec(),
			c.capacity,
			c.valid_until,
			c.surveillance_interval,
			false,
		)?;
		Pallet::<T>::do_accept_certification(c.holder.clone(), id)
	}

	/// The organisation whose admin account `admin` is.
	fn participant(admin: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		Ok(Members::<T>::get(admin).ok_or(Error::<T>::NotAMember)?.participant)
	}
}
