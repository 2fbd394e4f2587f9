//! A runtime for the pallet's tests: frame-system, timestamp, balances, and the real
//! pallet-certifications and pallet-parts that cores asks and advances.

use amchain_primitives::{
	certifications::StandardId,
	participants::{Role, Roles},
	parts::{Handover, Item},
};
use frame_support::traits::fungible::InspectHold;
use pallet_certifications::Capacity;

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

amchain_test_support::trust_and_parts!(Test, on_service: ());

amchain_test_support::cores!(Test);

pub type AccountId = u64;

/// An account of no organisation.
pub const STRANGER: AccountId = 99;
/// Admin accounts of the organisations [`World`] registers.
pub const ISO: AccountId = 10;
pub const TUV: AccountId = 20;
pub const INSPECTOR: AccountId = 21;
pub const LAB: AccountId = 22;
pub const ACME: AccountId = 30;
pub const REMAN: AccountId = 40;
pub const REMAN_BUYER: AccountId = 41;
pub const OTHER_REMAN: AccountId = 50;
pub const DEALER: AccountId = 60;
pub const CUSTOMER: AccountId = 70;

/// Every account starts with this much.
pub const FUNDS: u64 = 10_000;

pub fn new_test_ext(test: impl FnOnce()) {
	build().execute_with(|| {
		test();
		Cores::do_try_state().expect("cores invariants hold after the test");
	});
}

pub fn build() -> sp_io::TestExternalities {
	genesis(
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

fn standard(code: &[u8]) -> StandardId {
	let id = pallet_certifications::NextStandardId::<Test>::get();
	Certifications::define_standard(RuntimeOrigin::signed(ISO), code.to_vec(), 1, doc(1), vec![])
		.expect("standard defined");
	id
}

pub fn certify(participant: ParticipantId, standard: StandardId) {
	Certifications::issue_certification(
		RuntimeOrigin::signed(TUV),
		participant,
		standard,
		b"site".to_vec(),
		Capacity { units: 100, period: 100 },
		10_000,
		None,
	)
	.expect("certification issued");
}

impl World {
	pub fn new() -> World {
		register(ISO, &[Role::StandardsOrganisation]);
		let tuv = register(TUV, &[Role::Auditor]);
		let inspector = register(INSPECTOR, &[Role::Auditor]);
		let lab = register(LAB, &[Role::Auditor]);
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		let reman = register(REMAN, &[Role::Remanufacturer]);
		Certifications::add_device(
			RuntimeOrigin::signed(REMAN),
			REMAN_BUYER,
			Roles::of(&[Role::Remanufacturer]),
		)
		.expect("device added");
		let other_reman = register(OTHER_REMAN, &[Role::Remanufacturer]);
		let dealer = register(DEALER, &[Role::Supplier]);
		let customer = register(CUSTOMER, &[Role::Customer]);
		let grading = standard(b"GRADE");
		let testing = standard(b"TEST");
		for s in [grading, testing] {
			Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), s, tuv)
				.expect("auditor accredited");
		}
		certify(inspector, grading);
		certify(lab, testing);
		let gear = pallet_parts::NextPartTypeId::<Test>::get();
		Parts::create_part_type(
			RuntimeOrigin::signed(ACME),
			b"GTIN-1".to_vec(),
			doc(2),
			b"https://acme.example/gear".to_vec(),
			vec![],
		)
		.expect("part type created");
		Cores::set_policy(RuntimeOrigin::signed(ACME), gear, grading, testing).expect("policy set");
		World { inspector, lab, acme, reman, other_reman, dealer, customer, grading, testing, gear }
	}

	/// Acme registers a gear; returns its id. Acme owns and holds it.
	pub fn gear(&self) -> PartId {
		make_part(ACME, self.gear)
	}

	/// Acme defines a second part type (no core policy) and registers a part of it; Acme
	/// owns and holds it.
	pub fn part_of_another_type(&self) -> PartId {
		let shaft_type = pallet_parts::NextPartTypeId::<Test>::get();
		Parts::create_part_type(
			RuntimeOrigin::signed(ACME),
			b"GTIN-2".to_vec(),
			doc(2),
			vec![],
			vec![],
		)
		.expect("part type created");
		let id = pallet_parts::NextPartId::<Test>::get();
		Parts::register_part(
			RuntimeOrigin::signed(ACME),
			shaft_type,
			b"s".to_vec(),
			None,
			None,
			None,
		)
		.expect("part registers");
		id
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
		for handover in [Handover::Ownership, Handover::Custody] {
			Parts::offer(RuntimeOrigin::signed(from), Item::Part(part), handover, to_participant)
				.expect("offer made");
			Parts::accept_offer(RuntimeOrigin::signed(to), Item::Part(part), handover, None)
				.expect("offer accepted");
		}
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
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Cores(e) => Some(e),
			_ => None,
		})
		.collect()
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
