//! A runtime for the pallet's tests: frame-system, timestamp, balances, and the real
//! pallet-certifications, pallet-parts (which tells this pallet of service) and
//! pallet-cores (which starts a part's later lives).

use amchain_primitives::{
	certifications::StandardId,
	cores::{Grade, Outcome},
	participants::Role,
	parts::Item,
};
use frame_support::traits::fungible::InspectHold;

pub use amchain_test_support::{
	accounts::{ACME, CUSTOMER, DEALER, INSPECTOR, ISO, LAB, REMAN, STRANGER, TUV},
	doc,
};

use crate::{self as pallet_warranties, *};

amchain_test_support::circular_runtime!(Test);

pub use amchain_test_support::accounts::{AccountId, FUNDS};

/// A device of Acme's, and the admins of two service providers (the rest of the cast is
/// `amchain_test_support::accounts`).
pub const ACME_CLERK: AccountId = 31;
pub const GARAGE: AccountId = 50;
pub const BACKYARD: AccountId = 51;

/// Acme's new-warranty term for gears, in blocks.
pub const NEW_TERM: u64 = 100;

/// The mock's `ClaimResponseTime` and `ReserveNotice` (test-support's warranties config).
pub const RESPONSE_TIME: u64 = 20;
pub const NOTICE: u64 = 10;

/// Runs `test` on a fresh chain at block 1, then checks the pallet's invariants.
pub fn new_test_ext(test: impl FnOnce()) {
	amchain_test_support::execute_with_try_state(build(), test, Warranties::do_try_state)
}

pub fn build() -> sp_io::TestExternalities {
	amchain_test_support::genesis::<Test, AllPalletsWithoutSystem>(
		&[
			ISO, TUV, INSPECTOR, LAB, ACME, ACME_CLERK, REMAN, GARAGE, BACKYARD, DEALER, CUSTOMER,
			STRANGER,
		],
		FUNDS,
	)
}

/// Advances to block `n` as a chain does: block hashes recorded, time set, hooks run.
pub fn run_to(n: u64) {
	amchain_test_support::run_to::<Test, AllPalletsWithoutSystem>(n)
}

/// The organisations and part type most tests start from.
pub struct World {
	pub lab: ParticipantId,
	/// The OEM: manufacturer of `gear` (accounts `ACME`, `ACME_CLERK`).
	pub acme: ParticipantId,
	/// A remanufacturer (admin `REMAN`).
	pub reman: ParticipantId,
	/// A service provider (admin `GARAGE`) and another (admin `BACKYARD`).
	pub garage: ParticipantId,
	pub backyard: ParticipantId,
	pub dealer: ParticipantId,
	pub customer: ParticipantId,
	pub inspector: ParticipantId,
	/// Acme's part type, with a new-warranty term of `NEW_TERM` and a core policy.
	pub gear: PartTypeId,
}

/// Registers an organisation administered by `admin` with `roles`; returns its id.
pub fn register(admin: AccountId, roles: &[Role]) -> ParticipantId {
	amchain_test_support::register::<Test>(admin, roles)
}

/// ISO defines the standard `code`, accredits TÜV (`tuv`) for it, and TÜV certifies
/// `holder` for it.
fn certified_standard(code: &[u8], tuv: ParticipantId, holder: ParticipantId) -> StandardId {
	let id = amchain_test_support::define_standard::<Test>(ISO, code);
	Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), id, tuv).expect("accredited");
	amchain_test_support::certify::<Test>(TUV, holder, id, 10_000);
	id
}

impl World {
	pub fn new() -> World {
		register(ISO, &[Role::StandardsOrganisation]);
		let tuv = register(TUV, &[Role::Auditor]);
		let inspector = register(INSPECTOR, &[Role::Auditor]);
		let lab = register(LAB, &[Role::Auditor]);
		let acme = register(ACME, &[Role::Manufacturer]);
		amchain_test_support::add_device::<Test>(ACME, ACME_CLERK, &[Role::Manufacturer]);
		let reman = register(REMAN, &[Role::Remanufacturer]);
		let garage = register(GARAGE, &[Role::ServiceProvider]);
		let backyard = register(BACKYARD, &[Role::ServiceProvider]);
		let dealer = register(DEALER, &[Role::Supplier]);
		let customer = register(CUSTOMER, &[Role::Customer]);
		let grading = certified_standard(b"GRADE", tuv, inspector);
		let testing = certified_standard(b"TEST", tuv, lab);
		let gear = amchain_test_support::create_part_type::<Test>(ACME, b"GTIN-1");
		Cores::set_policy(RuntimeOrigin::signed(ACME), gear, grading, testing).expect("policy set");
		Warranties::set_new_warranty_term(RuntimeOrigin::signed(ACME), gear, NEW_TERM)
			.expect("new-warranty term set");
		World { lab, acme, reman, garage, backyard, dealer, customer, inspector, gear }
	}

	/// Acme registers a gear; Acme owns and holds it.
	pub fn gear(&self) -> PartId {
		amchain_test_support::make_part::<Test>(ACME, self.gear)
	}

	/// Hands a stand-alone part's ownership and custody from `from`'s organisation to `to`'s.
	pub fn sell(
		&self,
		part: PartId,
		from: AccountId,
		to: AccountId,
		to_participant: ParticipantId,
	) {
		amchain_test_support::sell::<Test>(part, from, to, to_participant)
	}

	/// A gear in its second life, started by the remanufacturer with `outcome`; the
	/// remanufacturer owns and holds it.
	pub fn second_life(&self, outcome: Outcome) -> PartId {
		let part = self.gear();
		self.sell(part, ACME, REMAN, self.reman);
		self.start_second_life(part, outcome)
	}

	/// As [`Self::second_life`], for a gear of Acme's the remanufacturer owns already.
	pub fn start_second_life(&self, part: PartId, outcome: Outcome) -> PartId {
		Cores::return_core(RuntimeOrigin::signed(REMAN), part, doc(3), None).expect("returned");
		Parts::authorise(RuntimeOrigin::signed(REMAN), Item::Part(part), self.inspector, None)
			.expect("inspector authorised");
		Cores::grade(RuntimeOrigin::signed(INSPECTOR), part, Grade::A, doc(4)).expect("graded");
		if outcome == Outcome::Remanufactured
			&& !pallet_cores::Licences::<Test>::contains_key(self.gear, self.reman)
		{
			Cores::grant_licence(
				RuntimeOrigin::signed(ACME),
				self.gear,
				self.reman,
				10,
				100,
				10_000,
				doc(9),
			)
			.expect("licensed");
		}
		Cores::record_outcome(
			RuntimeOrigin::signed(REMAN),
			part,
			outcome,
			doc(5),
			doc(6),
			self.lab,
		)
		.expect("outcome proposed");
		Cores::confirm_outcome(RuntimeOrigin::signed(LAB), part, outcome, doc(6))
			.expect("the tester confirms the outcome");
		part
	}

	/// Acme issues a new warranty on a new gear it sold to the customer; returns both.
	pub fn warranted(&self) -> (PartId, WarrantyId) {
		let part = self.gear();
		let id = NextWarrantyId::<Test>::get();
		Warranties::issue(
			RuntimeOrigin::signed(ACME),
			part,
			WarrantyKind::New,
			doc(7),
			NEW_TERM,
			vec![],
		)
		.expect("warranty issued");
		self.sell(part, ACME, CUSTOMER, self.customer);
		(part, id)
	}
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	amchain_test_support::events::<Test, Event<Test>>()
}

/// What `who` holds in claim reserves.
pub fn reserved(who: AccountId) -> u64 {
	Balances::balance_on_hold(&HoldReason::ClaimReserve.into(), &who)
}

/// `who`'s free balance.
pub fn free(who: AccountId) -> u64 {
	Balances::free_balance(who)
}
