//! A runtime for the extension's tests: the real certifications, parts, cores and
//! warranties pallets (on frame-system, timestamp and balances).

use amchain_primitives::participants::{ParticipantId, Role, Roles};
use pallet_certifications::Capacity;

use crate::{self as amchain_chain_extension_runtime, *};

amchain_test_support::circular_runtime!(Test);

impl amchain_chain_extension_runtime::Config for Test {
	type WeightInfo = ();
}

pub type AccountId = u64;

/// An account of no organisation.
pub const STRANGER: AccountId = 99;
pub const ISO: AccountId = 10;
pub const TUV: AccountId = 20;
pub const ACME: AccountId = 30;
/// A device of Acme's.
pub const ACME_SCANNER: AccountId = 31;
pub const CARRIER: AccountId = 40;
/// A standard no one defined, a participant no one registered, a part no one made.
pub const NO_STANDARD: StandardId = 77;
pub const NO_PARTICIPANT: ParticipantId = 77;
pub const NO_PART: PartId = 77;
/// Acme's new-warranty term.
pub const TERM: u64 = 100;

pub fn build() -> sp_io::TestExternalities {
	genesis(&[ISO, TUV, ACME, ACME_SCANNER, CARRIER, STRANGER], 10_000)
}

/// The organisations, standard and part type the tests read.
pub struct World {
	pub tuv: ParticipantId,
	pub acme: ParticipantId,
	pub carrier: ParticipantId,
	/// A standard Acme is certified for (by TÜV, until block 1 000).
	pub iso9001: StandardId,
	/// A standard no one is certified for.
	pub as9100: StandardId,
	/// Acme's part type, with a new-warranty term of `TERM`.
	pub gear: amchain_primitives::parts::PartTypeId,
}

impl World {
	pub fn new() -> World {
		register(ISO, &[Role::StandardsOrganisation]);
		let tuv = register(TUV, &[Role::Auditor]);
		let acme = register(ACME, &[Role::Manufacturer]);
		Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ACME_SCANNER,
			Roles::of(&[Role::Manufacturer]),
		)
		.expect("device added");
		let carrier = register(CARRIER, &[Role::Carrier]);
		let iso9001 = pallet_certifications::NextStandardId::<Test>::get();
		for code in [b"ISO9001", b"AS9100\0"] {
			Certifications::define_standard(
				RuntimeOrigin::signed(ISO),
				code.to_vec(),
				1,
				doc(1),
				vec![],
			)
			.expect("standard defined");
		}
		Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), iso9001, tuv)
			.expect("accredited");
		Certifications::issue_certification(
			RuntimeOrigin::signed(TUV),
			acme,
			iso9001,
			b"site".to_vec(),
			Capacity { units: 100, period: 100 },
			1_000,
			None,
		)
		.expect("certification issued");
		let gear = pallet_parts::NextPartTypeId::<Test>::get();
		Parts::create_part_type(
			RuntimeOrigin::signed(ACME),
			b"GTIN-1".to_vec(),
			doc(2),
			vec![],
			vec![],
		)
		.expect("part type created");
		Warranties::set_new_warranty_term(RuntimeOrigin::signed(ACME), gear, TERM)
			.expect("term set");
		World { tuv, acme, carrier, iso9001, as9100: iso9001 + 1, gear }
	}

	/// Acme registers a gear; Acme owns and holds it.
	pub fn gear(&self) -> PartId {
		make_part(ACME, self.gear)
	}
}
