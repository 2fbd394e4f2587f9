//! `amchain_verifyPart`: what a verifier outside the consortium needs to know about a part
//! (an inspector, customs, a buyer of a used part), without who holds it
//! (docs/confidentiality.md, issue 23 item 5).
//!
//! A verifier asks three questions: is this part genuine, was its maker certified when it
//! made it, is it free of recalls? `amchain_part` answers them but also names the owner
//! and custodian, so a node with `--rpc-access members` serves it to member clients only.
//! This method answers from the same runtime APIs (`PartsApi::part`, `part_type`,
//! `CertificationsApi::was_certified_at`, `participant`, `check_tag`) at the best block,
//! and returns only the part's identity, its maker, the maker's standing for each
//! standard the part type requires as of the part's registration (THREATS rule 5), its
//! tag's verdict, its life status and whether it is quarantined. It is public on every
//! node, so it is shaped against a stranger's enumeration: it finds a part by what a holder
//! reads off it (its type and serial), not by its id (ids are sequential, so walking them
//! would count each maker's production), it does not tell the id, and it answers at the
//! best block only (no `at`: past blocks would date each hand-over's effects). A tag's
//! proof (a challenge from `amchain_tagChallenge` signed by the tag) makes the answer's
//! `tag` say whether the part in the verifier's hands is the registered one.

use amchain_primitives::{
	certifications::{CertificationId, CertificationsApi, StandardId},
	participants::ParticipantId,
	parts::{PartStatus, PartTypeId, PartsApi, TagChallenge, TagVerdict},
	AccountId, BlockNumber,
};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::H256;
use sp_runtime::{traits::Block as BlockT, MultiSignature};

use super::{
	parts::{ChallengeArg, SignatureArg},
	RuntimeApiRpc,
};

/// One standard a part's type requires, and whether its maker held it when the part was
/// registered.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StandardCheck {
	pub standard: StandardId,
	pub certified: bool,
}

/// A tag's proof: a challenge (`amchain_tagChallenge`) and the tag's signature over it.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TagProof {
	pub challenge: ChallengeArg,
	pub signature: SignatureArg,
}

/// A part as a verifier sees it: no id, no owner, no custodian, no history.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PartVerification {
	pub part_type: PartTypeId,
	/// The part type's code, e.g. a GTIN.
	pub code: String,
	pub serial: String,
	/// The manufacturer that registered it, and its name.
	pub maker: ParticipantId,
	pub maker_name: String,
	/// The certification it was registered under, if its type requires one.
	pub certification: Option<CertificationId>,
	pub registered_at: BlockNumber,
	/// Every standard its type requires, with the maker's standing at `registeredAt`.
	pub standards: Vec<StandardCheck>,
	/// Whether the maker held every required standard when it registered the part.
	pub made_certified: bool,
	/// Whether it carries a tag.
	pub tagged: bool,
	/// The proof's verdict (`authentic`, `wrongKey`, `noTag`, `staleChallenge`,
	/// `replayed`), if a proof was given.
	pub tag: Option<TagVerdict>,
	/// Its life status: `active`, `installed`, `consumed`, `returnedAsCore`, `scrapped`,
	/// `recycled`.
	pub status: PartStatus,
	/// Whether the part, its batch, or the assembly it moves with is quarantined.
	pub quarantined: bool,
}

#[rpc(server)]
pub trait VerifyRpc {
	/// What a verifier needs to know about the part of a type with a serial, without its
	/// holders, at the best block; with a tag's proof, whether its tag is the part's. Null
	/// for an unknown part.
	#[method(name = "amchain_verifyPart")]
	fn verify_part(
		&self,
		part_type: PartTypeId,
		serial: String,
		proof: Option<TagProof>,
	) -> RpcResult<Option<PartVerification>>;
}

impl<C, Block> VerifyRpcServer for RuntimeApiRpc<C, Block>
where
	Block: BlockT,
	Block::Hash: Into<H256>,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api:
		PartsApi<Block, AccountId, BlockNumber> + CertificationsApi<Block, AccountId, BlockNumber>,
{
	fn verify_part(
		&self,
		part_type: PartTypeId,
		serial: String,
		proof: Option<TagProof>,
	) -> RpcResult<Option<PartVerification>> {
		let proof = proof
			.map(|p| -> RpcResult<_> {
				Ok((TagChallenge::try_from(p.challenge)?, MultiSignature::try_from(p.signature)?))
			})
			.transpose()?;
		self.call(None, |api, at| {
			let Some(id) = api.part_by_serial(at, part_type, serial.into_bytes())? else {
				return Ok(None);
			};
			let Some(view) = api.part(at, id)? else { return Ok(None) };
			let tag = match proof {
				Some((challenge, signature)) => Some(api.check_tag(at, id, challenge, signature)?),
				None => None,
			};
			let part_type = api.part_type(at, view.part_type)?;
			let required =
				part_type.as_ref().map(|t| t.required_standards.clone()).unwrap_or_default();
			let mut standards = Vec::with_capacity(required.len());
			for standard in required {
				let certified =
					api.was_certified_at(at, view.maker, standard, view.registered_at)?;
				standards.push(StandardCheck { standard, certified });
			}
			let maker_name = api
				.participant(at, view.maker)?
				.map(|p| String::from_utf8_lossy(&p.name).into_owned())
				.unwrap_or_default();
			Ok(Some(PartVerification {
				part_type: view.part_type,
				code: part_type
					.map(|t| String::from_utf8_lossy(&t.code).into_owned())
					.unwrap_or_default(),
				serial: String::from_utf8_lossy(&view.serial).into_owned(),
				maker: view.maker,
				maker_name,
				certification: view.certification,
				registered_at: view.registered_at,
				made_certified: standards.iter().all(|s| s.certified),
				standards,
				tagged: view.tag.is_some(),
				tag,
				status: view.status,
				quarantined: view.quarantined,
			}))
		})
	}
}
