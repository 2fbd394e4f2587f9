//! A minimal runtime for the pallet's tests: frame-system, balances (offer deposits) and
//! this pallet.
//!
//! Not built from `amchain-test-support`, whose functions are bounded on this pallet's
//! library build (a different crate from the one under test here) and whose genesis
//! appoints a fixed registrar: these tests choose their registrars (`ExtBuilder`) and
//! need nothing above the trust layer.

use amchain_primitives::participants::{Role, Roles};
use frame_support::{derive_impl, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_core::H256;
use sp_runtime::BuildStorage;

use crate::{self as pallet_certifications, *};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Certifications: pallet_certifications,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The deposit an auditor holds for each open certification offer.
pub const OFFER_DEPOSIT: u64 = 10;
/// What every account of the cast starts with.
pub const FUNDS: u64 = 1_000_000;

impl Config for Test {
	type AdminOrigin = EnsureRoot<u64>;
	type MaxRegistrars = ConstU32<3>;
	type MaxDevicesPerParticipant = ConstU32<2>;
	type MaxCertificationsPerHolder = ConstU32<3>;
	type MaxNameLen = ConstU32<16>;
	type MaxCodeLen = ConstU32<12>;
	type MaxUriLen = ConstU32<24>;
	type MaxScopeLen = ConstU32<16>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type OfferDeposit = frame_support::traits::ConstU64<OFFER_DEPOSIT>;
	type OnAccountRetired = RecordRetired;
	type WeightInfo = ();
}

std::thread_local! {
	static RETIRED: core::cell::RefCell<Vec<(ParticipantId, AccountId, AccountId)>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// Records every retirement the pallet reports: (organisation, retired, successor).
pub struct RecordRetired;

impl OnAccountRetired<AccountId> for RecordRetired {
	fn on_account_retired(
		participant: ParticipantId,
		retired: &AccountId,
		successor: &AccountId,
	) -> frame_support::weights::Weight {
		RETIRED.with(|r| r.borrow_mut().push((participant, *retired, *successor)));
		frame_support::weights::Weight::from_parts(400, 0)
	}

	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::from_parts(1_000, 0)
	}
}

/// The retirements reported so far in this test (each test runs on its own thread).
pub fn retired() -> Vec<(ParticipantId, AccountId, AccountId)> {
	RETIRED.with(|r| r.borrow().clone())
}

pub type AccountId = u64;

/// The stand-in account v1 recorded as registrar when root (the council) registered
/// (`migrations::v2`).
pub const COUNCIL: AccountId = 999;

/// The registrar appointed at genesis.
pub const REGISTRAR: AccountId = 1;
/// An account that is neither registrar nor member of anything.
pub const STRANGER: AccountId = 99;
/// Admin accounts of the organisations `World` registers.
pub const ISO: AccountId = 10;
pub const TUV: AccountId = 20;
pub const DNV: AccountId = 30;
pub const ACME: AccountId = 40;
pub const BOLT: AccountId = 50;

/// A hash standing for some document.
pub fn doc(n: u8) -> H256 {
	H256::repeat_byte(n)
}

#[derive(Default)]
pub struct ExtBuilder {
	registrars: Vec<AccountId>,
}

impl ExtBuilder {
	pub fn with_registrars(mut self, registrars: &[AccountId]) -> Self {
		self.registrars = registrars.to_vec();
		self
	}

	pub fn build(self) -> sp_io::TestExternalities {
		let registrars = if self.registrars.is_empty() { vec![REGISTRAR] } else { self.registrars };
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: [REGISTRAR, STRANGER, ISO, TUV, DNV, ACME, BOLT]
					.into_iter()
					.map(|who| (who, FUNDS))
					.collect(),
				..Default::default()
			},
			certifications: pallet_certifications::GenesisConfig {
				registrars,
				..Default::default()
			},
		}
		.build_storage()
		.expect("genesis builds");
		let mut ext = sp_io::TestExternalities::new(storage);
		// Events are recorded from block 1 on.
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Certifications::do_try_state().expect("invariants hold after the test");
		});
	}
}

/// Runs `test` on a fresh chain with one registrar, then checks the invariants.
pub fn new_test_ext(test: impl FnOnce()) {
	ExtBuilder::default().build_and_execute(test)
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}

pub fn set_block(n: u64) {
	System::set_block_number(n);
}

/// The origin that may grant `roles`: [`REGISTRAR`], or governance (root) for the
/// standards-organisation and auditor roles.
pub fn registrar_for(roles: Roles) -> RuntimeOrigin {
	if needs_governance(roles) {
		RuntimeOrigin::root()
	} else {
		RuntimeOrigin::signed(REGISTRAR)
	}
}

/// Registers an organisation with admin account `admin` and `roles` (by [`REGISTRAR`],
/// or by governance if a role needs it); returns its id.
pub fn register(admin: AccountId, roles: &[Role]) -> ParticipantId {
	let id = NextParticipantId::<Test>::get();
	Certifications::register_participant(
		registrar_for(Roles::of(roles)),
		admin,
		b"org".to_vec(),
		doc(0),
		Roles::of(roles),
	)
	.expect("participant registers");
	id
}

/// The organisations and standard most tests start from.
pub struct World {
	/// A standards organisation (admin `ISO`).
	pub iso: ParticipantId,
	/// An auditor accredited for `standard` (admin `TUV`).
	pub tuv: ParticipantId,
	/// An auditor not accredited for anything (admin `DNV`).
	pub dnv: ParticipantId,
	/// A manufacturer (admin `ACME`).
	pub acme: ParticipantId,
	/// A supplier (admin `BOLT`).
	pub bolt: ParticipantId,
	/// `ISO 9001` version 2015, defined by `iso`.
	pub standard: StandardId,
}

impl World {
	pub fn new() -> World {
		let iso = register(ISO, &[Role::StandardsOrganisation]);
		let tuv = register(TUV, &[Role::Auditor]);
		let dnv = register(DNV, &[Role::Auditor]);
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		let bolt = register(BOLT, &[Role::Supplier]);
		let standard = NextStandardId::<Test>::get();
		Certifications::define_standard(
			RuntimeOrigin::signed(ISO),
			b"ISO 9001".to_vec(),
			2015,
			doc(1),
			b"https://iso.org/9001".to_vec(),
		)
		.expect("standard is defined");
		Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), standard, tuv)
			.expect("auditor is accredited");
		World { iso, tuv, dnv, acme, bolt, standard }
	}

	/// `tuv` certifies `acme`: 100 units per 10 blocks, valid until block 1000, no surveillance.
	pub fn certify_acme(&self) -> CertificationId {
		self.certify(self.acme, 100, 10, 1000, None)
	}

	/// `tuv` certifies `participant` for the standard, and `participant` accepts.
	pub fn certify(
		&self,
		participant: ParticipantId,
		units: u64,
		period: u64,
		valid_until: u64,
		surveillance: Option<u64>,
	) -> CertificationId {
		let id = NextCertificationId::<Test>::get();
		Certifications::issue_certification(
			RuntimeOrigin::signed(TUV),
			participant,
			self.standard,
			b"plant 1".to_vec(),
			Capacity { units, period },
			valid_until,
			surveillance,
		)
		.expect("certification is issued");
		accept(participant, id);
		id
	}
}

/// `participant`'s admin account accepts certification `id`.
pub fn accept(participant: ParticipantId, id: CertificationId) {
	let admin = Participants::<Test>::get(participant).expect("holder is registered").admin;
	Certifications::accept_certification(RuntimeOrigin::signed(admin), id)
		.expect("certification is accepted");
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Certifications(e) => Some(e),
			_ => None,
		})
		.collect()
}
