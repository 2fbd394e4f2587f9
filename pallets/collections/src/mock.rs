//! A runtime for the pallet's tests: frame-system, timestamp, balances, the real
//! pallet-certifications (who acts for whom, who is suspended) and pallet-parts (which
//! the shared configuration brings along), and this pallet with root as governance.

use amchain_primitives::participants::Role;
use frame_support::traits::{fungible::InspectHold, ConstU32, ConstU64};
use frame_system::RawOrigin;
use sp_core::H256;

pub use amchain_test_support::{
	accounts::{AccountId, ACME, CUSTOMER, DEALER, FUNDS, REMAN, STRANGER},
	doc, REGISTRAR,
};

use crate::{self as pallet_collections, *};

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Certifications: pallet_certifications,
		Parts: pallet_parts,
		Collections: pallet_collections,
	}
);

amchain_test_support::trust_and_parts!(Test, on_service: ());

/// The deposit a proposal holds.
pub const COLLECTION_DEPOSIT: u64 = 100;
/// The deposit an anchor holds.
pub const ANCHOR_DEPOSIT: u64 = 10;
/// The most members of a collection here.
pub const MAX_MEMBERS: u32 = 4;
/// The longest label here.
pub const MAX_LABEL: u32 = 8;
/// Blocks a proposal takes consent for here.
pub const PROPOSAL_LIFETIME: u64 = 20;
/// The most anchors one purge removes here.
pub const MAX_ANCHORS_PURGED: u32 = 3;

impl pallet_collections::Config for Test {
	type Participants = Certifications;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = frame_system::EnsureRoot<u64>;
	type MaxMembers = ConstU32<MAX_MEMBERS>;
	type MaxLabel = ConstU32<MAX_LABEL>;
	type CollectionDeposit = ConstU64<COLLECTION_DEPOSIT>;
	type AnchorDeposit = ConstU64<ANCHOR_DEPOSIT>;
	type ProposalLifetime = ConstU64<PROPOSAL_LIFETIME>;
	type MaxAnchorsPurged = ConstU32<MAX_ANCHORS_PURGED>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type TrustHelper = Certifications;
}

/// A device of Acme's; the admin of a bank; the admin of an organisation whose account
/// holds almost nothing; the admin of an organisation that gets suspended.
pub const ACME_CLERK: AccountId = 31;
pub const BANK: AccountId = 80;
pub const POOR: AccountId = 81;
pub const SHADY: AccountId = 82;

/// Runs `test` on a fresh chain at block 1, then checks the pallet's invariants.
pub fn new_test_ext(test: impl FnOnce()) {
	amchain_test_support::execute_with_try_state(build(), test, Collections::do_try_state)
}

pub fn build() -> sp_io::TestExternalities {
	let mut ext = amchain_test_support::genesis::<Test, AllPalletsWithoutSystem>(
		&[ACME, ACME_CLERK, REMAN, DEALER, CUSTOMER, BANK, SHADY, STRANGER],
		FUNDS,
	);
	// Enough to exist, not enough for a deposit.
	ext.execute_with(|| {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(&POOR, 5);
	});
	ext
}

/// Advances to block `n`.
pub fn run_to(n: u64) {
	amchain_test_support::run_to::<Test, AllPalletsWithoutSystem>(n)
}

/// The organisations most tests start from.
pub struct World {
	/// A manufacturer (accounts `ACME`, device `ACME_CLERK`).
	pub acme: ParticipantId,
	/// A remanufacturer (`REMAN`).
	pub reman: ParticipantId,
	/// A supplier (`DEALER`).
	pub dealer: ParticipantId,
	/// A customer (`CUSTOMER`).
	pub customer: ParticipantId,
	/// A bank (`BANK`).
	pub bank: ParticipantId,
	/// A supplier with no funds to speak of (`POOR`).
	pub poor: ParticipantId,
	/// A supplier the tests suspend (`SHADY`).
	pub shady: ParticipantId,
}

/// Registers an organisation administered by `admin` with `roles`; returns its id.
pub fn register(admin: AccountId, roles: &[Role]) -> ParticipantId {
	amchain_test_support::register::<Test>(admin, roles)
}

impl World {
	pub fn new() -> World {
		let acme = register(ACME, &[Role::Manufacturer]);
		amchain_test_support::add_device::<Test>(ACME, ACME_CLERK, &[Role::Manufacturer]);
		World {
			acme,
			reman: register(REMAN, &[Role::Remanufacturer]),
			dealer: register(DEALER, &[Role::Supplier]),
			customer: register(CUSTOMER, &[Role::Customer]),
			bank: register(BANK, &[Role::Bank]),
			poor: register(POOR, &[Role::Supplier]),
			shady: register(SHADY, &[Role::Supplier]),
		}
	}

	/// The registrar suspends `participant`.
	pub fn suspend(&self, participant: ParticipantId) {
		Certifications::suspend_participant(
			RawOrigin::Signed(REGISTRAR).into(),
			participant,
			doc(9),
		)
		.expect("suspended");
	}

	/// Acme proposes a collection with `others`; returns its id.
	pub fn proposed(&self, others: &[ParticipantId]) -> CollectionId {
		let id = NextCollectionId::<Test>::get();
		let mut members = vec![self.acme];
		members.extend_from_slice(others);
		Collections::propose(RuntimeOrigin::signed(ACME), members, 50, b"deal".to_vec())
			.expect("proposed");
		id
	}

	/// An active collection of Acme and Reman, proposed by Acme, accepted by Reman.
	pub fn active(&self) -> CollectionId {
		let id = self.proposed(&[self.reman]);
		Collections::accept(RuntimeOrigin::signed(REMAN), id).expect("accepted");
		id
	}

	/// An active collection of Acme, Reman and the dealer.
	pub fn active_of_three(&self) -> CollectionId {
		let id = self.proposed(&[self.reman, self.dealer]);
		Collections::accept(RuntimeOrigin::signed(REMAN), id).expect("accepted");
		Collections::accept(RuntimeOrigin::signed(DEALER), id).expect("accepted");
		id
	}
}

/// A salted hash standing for some payload.
pub fn hash(n: u8) -> H256 {
	H256::repeat_byte(n)
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	amchain_test_support::events::<Test, Event<Test>>()
}

/// The pallet's last event.
pub fn last_event() -> Event<Test> {
	events().pop().expect("an event")
}

/// What `who` holds for collections.
pub fn held_for_collections(who: AccountId) -> u64 {
	Balances::balance_on_hold(&HoldReason::CollectionDeposit.into(), &who)
}

/// What `who` holds for anchors.
pub fn held_for_anchors(who: AccountId) -> u64 {
	Balances::balance_on_hold(&HoldReason::AnchorDeposit.into(), &who)
}

/// `members` as the pallet stores them.
pub fn members(members: &[ParticipantId]) -> MembersOf<Test> {
	let mut members = members.to_vec();
	members.sort();
	members.try_into().expect("within MaxMembers")
}
