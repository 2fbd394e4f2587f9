//! A runtime for the pallet's tests: frame-system, timestamp, balances, and the real
//! pallet-certifications and pallet-parts that cores asks and advances.

use amchain_primitives::{certifications::StandardId, participants::Role, parts::Item};
use frame_support::traits::fungible::InspectHold;

pub use amchain_test_support::{
	accounts::{ACME, CUSTOMER, DEALER, INSPECTOR, ISO, LAB, REMAN, STRANGER, TUV},
	doc,
};

use crate::{self as pallet_cores, *};

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Certifications: pallet_certifications,
		Parts: pallet_parts,
		Cores: pallet_cores,
	}
);

amchain_test_support::trust_and_parts!(Test, on_service: (), assembly_lock: Cores);

amchain_test_support::cores!(Test);

pub use amchain_test_support::accounts::{AccountId, FUNDS};

/// A device of the remanufacturer's, and the admin of a remanufacturer without a licence
/// (the rest of the cast is `amchain_test_support::accounts`).
pub const REMAN_BUYER: AccountId = 41;
pub const OTHER_REMAN: AccountId = 50;

/// Runs `test` on a fresh chain at block 1, then checks the pallet's invariants.
pub fn new_test_ext(test: impl FnOnce()) {
	amchain_test_support::execute_with_try_state(build(), test, Cores::do_try_state)
}

pub fn build() -> sp_io::TestExternalities {
	amchain_test_support::genesis::<Test, AllPalletsWithoutSystem>(
		&[
			ISO,
			TUV,
			INSPECTOR,
			LAB,
			ACME,
			REMAN,
			REMAN_BUYER,
			OTHER_REMAN,
			DEALER,
			CUSTOMER,
			STRANGER,
		],
		FUNDS,
	)
}

/// Advances to block `n` as a chain does: block hashes recorded, time set, hooks run.
pub fn run_to(n: u64) {
	amchain_test_support::run_to::<Test, AllPalletsWithoutSystem>(n)
}

/// The organisations, standards and part type most tests start from.
pub struct World {
	/// An inspector (auditor) certified for `grading` (admin `INSPECTOR`).
	pub inspector: ParticipantId,
	/// A test lab certified for `testing` (admin `LAB`).
	pub lab: ParticipantId,
	/// The OEM: manufacturer of `gear` (admin `ACME`).
	pub acme: ParticipantId,
	/// A remanufacturer (accounts `REMAN`, and the device `REMAN_BUYER`).
	pub reman: ParticipantId,
	/// Another remanufacturer without a licence (admin `OTHER_REMAN`).
	pub other_reman: ParticipantId,
	/// A dealer that buys and sells parts (admin `DEALER`).
	pub dealer: ParticipantId,
	/// A customer (admin `CUSTOMER`).
	pub customer: ParticipantId,
	pub grading: StandardId,
	pub testing: StandardId,
	/// Acme's part type, with a core policy naming `grading` and `testing`.
	pub gear: PartTypeId,
}

/// Registers an organisation administered by `admin` with `roles`; returns its id.
pub fn register(admin: AccountId, roles: &[Role]) -> ParticipantId {
	amchain_test_support::register::<Test>(admin, roles)
}

/// TÜV certifies `participant` for `standard` (100 units per 100 blocks, until 10 000).
pub fn certify(participant: ParticipantId, standard: StandardId) {
	amchain_test_support::certify::<Test>(TUV, participant, standard, 10_000)
}

impl World {
	pub fn new() -> World {
		register(ISO, &[Role::StandardsOrganisation]);
		let tuv = register(TUV, &[Role::Auditor]);
		let inspector = register(INSPECTOR, &[Role::Auditor]);
		let lab = register(LAB, &[Role::Auditor]);
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		let reman = register(REMAN, &[Role::Remanufacturer]);
		amchain_test_support::add_device::<Test>(REMAN, REMAN_BUYER, &[Role::Remanufacturer]);
		let other_reman = register(OTHER_REMAN, &[Role::Remanufacturer]);
		let dealer = register(DEALER, &[Role::Supplier]);
		let customer = register(CUSTOMER, &[Role::Customer]);
		let grading = amchain_test_support::define_standard::<Test>(ISO, b"GRADE");
		let testing = amchain_test_support::define_standard::<Test>(ISO, b"TEST");
		for s in [grading, testing] {
			Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), s, tuv)
				.expect("auditor accredited");
		}
		certify(inspector, grading);
		certify(lab, testing);
		let gear = amchain_test_support::create_part_type::<Test>(ACME, b"GTIN-1");
		Cores::set_policy(RuntimeOrigin::signed(ACME), gear, grading, testing).expect("policy set");
		World { inspector, lab, acme, reman, other_reman, dealer, customer, grading, testing, gear }
	}

	/// Acme registers a gear; returns its id. Acme owns and holds it.
	pub fn gear(&self) -> PartId {
		amchain_test_support::make_part::<Test>(ACME, self.gear)
	}

	/// Acme defines a second part type (no core policy) and registers a part of it; Acme
	/// owns and holds it.
	pub fn part_of_another_type(&self) -> PartId {
		let shaft_type = amchain_test_support::create_part_type::<Test>(ACME, b"GTIN-2");
		amchain_test_support::make_part::<Test>(ACME, shaft_type)
	}

	/// Hands a stand-alone part's ownership and custody from `from`'s organisation to
	/// `to`'s.
	pub fn sell(
		&self,
		part: PartId,
		from: AccountId,
		to: AccountId,
		to_participant: ParticipantId,
	) {
		amchain_test_support::sell::<Test>(part, from, to, to_participant)
	}

	/// A gear that the customer used and returned as a core: the customer owns it.
	pub fn core(&self) -> PartId {
		let part = self.gear();
		self.sell(part, ACME, CUSTOMER, self.customer);
		Cores::return_core(RuntimeOrigin::signed(CUSTOMER), part, doc(3), None)
			.expect("core returned");
		part
	}

	/// A core graded `grade` by the inspector, authorised by its owner.
	pub fn graded_core(&self, grade: Grade) -> PartId {
		let part = self.core();
		Parts::authorise(RuntimeOrigin::signed(CUSTOMER), Item::Part(part), self.inspector, None)
			.expect("inspector authorised");
		Cores::grade(RuntimeOrigin::signed(INSPECTOR), part, grade, doc(4)).expect("graded");
		part
	}

	/// A core graded A that the remanufacturer bought (it owns and holds it).
	pub fn remans_core(&self) -> PartId {
		let part = self.graded_core(Grade::A);
		self.sell(part, CUSTOMER, REMAN, self.reman);
		part
	}
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	amchain_test_support::events::<Test, Event<Test>>()
}

/// What `who` has on hold for bids and for core deposits.
pub fn held(who: AccountId) -> (u64, u64) {
	(
		Balances::balance_on_hold(&HoldReason::CoreBid.into(), &who),
		Balances::balance_on_hold(&HoldReason::CoreCharge.into(), &who),
	)
}

/// `who`'s free balance.
pub fn free(who: AccountId) -> u64 {
	Balances::free_balance(who)
}
