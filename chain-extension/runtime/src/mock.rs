//! A runtime for the extension's tests: the real certifications, parts, cores and
//! warranties pallets (on frame-system, timestamp and balances).

use amchain_primitives::participants::{ParticipantId, Role};

pub use amchain_test_support::{
	accounts::{ACME, ISO, STRANGER, TUV},
	doc, REGISTRAR,
};

use crate::{self as amchain_chain_extension_runtime, *};

amchain_test_support::circular_runtime!(Test);

impl amchain_chain_extension_runtime::Config for Test {
	type Participants = Certifications;
	type Certifications = Certifications;
	type Parts = Parts;
	type Warranties = Warranties;
	type MaxCertificationsPerHolder =
		<Test as pallet_certifications::Config>::MaxCertificationsPerHolder;
	type Governor = frame_support::traits::ConstU64<GOVERNOR>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type TrustHelper = Certifications;
	#[cfg(feature = "runtime-benchmarks")]
	type PartsHelper = Parts;
	#[cfg(feature = "runtime-benchmarks")]
	type LivesHelper = Cores;
	#[cfg(feature = "runtime-benchmarks")]
	type WarrantiesHelper = Warranties;
}

pub use amchain_test_support::accounts::AccountId;

/// A device of Acme's.
pub const ACME_SCANNER: AccountId = 31;
pub const CARRIER: AccountId = 40;
/// A producer's admin (lots), registered by the tests that need one.
pub const PRODUCER: AccountId = 41;
/// A standard no one defined, a participant no one registered, a part no one made.
pub const NO_STANDARD: StandardId = 77;
pub const NO_PARTICIPANT: ParticipantId = 77;
pub const NO_PART: amchain_primitives::parts::PartId = 77;
/// The account governance acts as towards contracts (no organisation's).
pub const GOVERNOR: AccountId = 50;
/// Acme's new-warranty term.
pub const TERM: u64 = 100;

pub fn build() -> sp_io::TestExternalities {
	amchain_test_support::genesis::<Test, AllPalletsWithoutSystem>(
		&[ISO, TUV, ACME, ACME_SCANNER, CARRIER, PRODUCER, STRANGER],
		10_000,
	)
}

/// Advances to block `n` as a chain does: block hashes recorded, time set, hooks run.
pub fn run_to(n: u64) {
	amchain_test_support::run_to::<Test, AllPalletsWithoutSystem>(n)
}

/// Registers an organisation administered by `admin` with `roles`; returns its id.
pub fn register(admin: AccountId, roles: &[Role]) -> ParticipantId {
	amchain_test_support::register::<Test>(admin, roles)
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
		amchain_test_support::add_device::<Test>(ACME, ACME_SCANNER, &[Role::Manufacturer]);
		let carrier = register(CARRIER, &[Role::Carrier]);
		let iso9001 = amchain_test_support::define_standard::<Test>(ISO, b"ISO9001");
		let as9100 = amchain_test_support::define_standard::<Test>(ISO, b"AS9100");
		Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), iso9001, tuv)
			.expect("accredited");
		amchain_test_support::certify::<Test>(TUV, acme, iso9001, 1_000);
		let gear = amchain_test_support::create_part_type::<Test>(ACME, b"GTIN-1");
		Warranties::set_new_warranty_term(RuntimeOrigin::signed(ACME), gear, TERM)
			.expect("term set");
		World { tuv, acme, carrier, iso9001, as9100, gear }
	}

	/// Acme registers a gear; Acme owns and holds it.
	pub fn gear(&self) -> PartId {
		amchain_test_support::make_part::<Test>(ACME, self.gear)
	}
}
