//! A runtime for the pallet's tests: frame-system, timestamp, balances, the real
//! pallet-certifications (the trust layer parts asks) and this pallet, configured as
//! every amchain mock is (`amchain_test_support::trust_and_parts!`).

use amchain_primitives::{
	certifications::StandardId,
	participants::Role,
	warranties::{VoidedWarranties, WarrantyId},
};
use pallet_certifications::Capacity;
use sp_core::H256;

pub use amchain_test_support::{
	accounts::{ACME, ISO, STRANGER, TUV},
	doc, REGISTRAR,
};

use crate::{self as pallet_parts, *};

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Certifications: pallet_certifications,
		Parts: pallet_parts,
	}
);

amchain_test_support::trust_and_parts!(Test, on_service: VoidingService, assembly_lock: TestLock);

frame_support::parameter_types! {
	/// The warranties [`VoidingService`] says the next service voided.
	pub static Voids: Vec<WarrantyId> = vec![];
	/// The assemblies (by top part) [`TestLock`] says are locked.
	pub static Locked: Vec<PartId> = vec![];
}

/// Stands in for pallet-cores' listings: the tops in [`Locked`] are locked.
pub struct TestLock;

impl amchain_primitives::parts::AssemblyLock for TestLock {
	fn is_locked(top: PartId) -> bool {
		Locked::get().contains(&top)
	}
}

/// Stands in for pallet-warranties: a service voids the warranties in [`Voids`].
pub struct VoidingService;

impl OnService for VoidingService {
	fn on_service(_: PartId, _: ParticipantId, _: H256) -> VoidedWarranties {
		VoidedWarranties::truncate_from(Voids::get())
	}

	fn weight() -> Weight {
		Weight::from_parts(1_000_000, 1_000)
	}
}

pub use amchain_test_support::accounts::AccountId;

/// A device of Acme's, and the admins of the other organisations [`World`] registers
/// (the rest of the cast is `amchain_test_support::accounts`).
pub const ACME_ROBOT: AccountId = 31;
pub const OTHER_MAKER: AccountId = 40;
pub const MINE: AccountId = 50;
pub const CARRIER: AccountId = 60;
pub const BUYER: AccountId = 70;
pub const GARAGE: AccountId = 80;

/// Runs `test` on a fresh chain at block 1, then checks the pallet's invariants.
pub fn new_test_ext(test: impl FnOnce()) {
	amchain_test_support::execute_with_try_state(build(), test, Parts::do_try_state)
}

pub fn build() -> sp_io::TestExternalities {
	amchain_test_support::genesis::<Test, AllPalletsWithoutSystem>(&[], 0)
}

/// Externalities for the benchmark test suite.
/// (The tag benchmark signs with a key from the keystore.)
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	let mut ext = build();
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext
}

/// Advances to block `n` as a chain does: block hashes recorded, time set, hooks run.
pub fn run_to(n: u64) {
	amchain_test_support::run_to::<Test, AllPalletsWithoutSystem>(n)
}

/// Registers an organisation administered by `admin` with `roles`; returns its id.
pub fn register(admin: AccountId, roles: &[Role]) -> ParticipantId {
	amchain_test_support::register::<Test>(admin, roles)
}

/// The organisations and part type most tests start from.
pub struct World {
	pub tuv: ParticipantId,
	/// A manufacturer certified for `standard` (admin `ACME`, device `ACME_ROBOT`).
	pub acme: ParticipantId,
	/// A producer of raw material (admin `MINE`).
	pub mine: ParticipantId,
	pub carrier: ParticipantId,
	/// A customer.
	pub buyer: ParticipantId,
	/// A service provider.
	pub garage: ParticipantId,
	pub standard: StandardId,
	/// `acme`'s certification for `standard`: 5 units per 100 blocks.
	pub certification: CertificationId,
	/// Acme's part type, requiring `standard`.
	pub gear: PartTypeId,
}

impl World {
	pub fn new() -> World {
		register(ISO, &[Role::StandardsOrganisation]);
		let tuv = register(TUV, &[Role::Auditor]);
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		amchain_test_support::add_device::<Test>(ACME, ACME_ROBOT, &[Role::Manufacturer]);
		register(OTHER_MAKER, &[Role::Manufacturer]);
		let mine = register(MINE, &[Role::Producer]);
		let carrier = register(CARRIER, &[Role::Carrier]);
		let buyer = register(BUYER, &[Role::Customer]);
		let garage = register(GARAGE, &[Role::ServiceProvider]);
		let standard = amchain_test_support::define_standard::<Test>(ISO, b"ISO 9001");
		Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), standard, tuv)
			.expect("auditor accredited");
		let certification = pallet_certifications::NextCertificationId::<Test>::get();
		Certifications::issue_certification(
			RuntimeOrigin::signed(TUV),
			acme,
			standard,
			b"plant 1".to_vec(),
			Capacity { units: 5, period: 100 },
			10_000,
			None,
		)
		.expect("certification issued");
		amchain_test_support::accept_certification::<Test>(acme, certification);
		let gear = NextPartTypeId::<Test>::get();
		Parts::create_part_type(
			RuntimeOrigin::signed(ACME),
			b"GTIN-0001".to_vec(),
			doc(2),
			b"https://acme.example/gear".to_vec(),
			vec![standard],
		)
		.expect("part type created");
		World { tuv, acme, mine, carrier, buyer, garage, standard, certification, gear }
	}

	/// Acme registers a gear with `serial` and no tag; returns its id.
	pub fn gear(&self, serial: &[u8]) -> PartId {
		self.gear_with_tag(serial, None)
	}

	pub fn gear_with_tag(&self, serial: &[u8], tag: Option<TagKey>) -> PartId {
		let id = NextPartId::<Test>::get();
		Parts::register_part(
			RuntimeOrigin::signed(ACME),
			self.gear,
			serial.to_vec(),
			Some(self.certification),
			tag,
			None,
		)
		.expect("part registers");
		id
	}

	/// The mine registers a lot of 1000 grams of steel; returns its id.
	pub fn steel(&self) -> LotId {
		let id = NextLotId::<Test>::get();
		Parts::register_lot(
			RuntimeOrigin::signed(MINE),
			b"42CrMo4".to_vec(),
			1000,
			Unit::Grams,
			None,
			None,
		)
		.expect("lot registers");
		id
	}

	/// Hands `item` over from `from`'s organisation to `to`'s (offer and acceptance).
	pub fn hand_over(
		&self,
		item: Item,
		handover: Handover,
		from: AccountId,
		to: AccountId,
		to_participant: ParticipantId,
	) {
		Parts::offer(RuntimeOrigin::signed(from), item, handover, to_participant)
			.expect("offer made");
		Parts::accept_offer(RuntimeOrigin::signed(to), item, handover, None)
			.expect("offer accepted");
	}

	/// Sells a stand-alone part from Acme to the buyer: ownership and custody.
	pub fn sell_to_buyer(&self, part: PartId) {
		self.hand_over(Item::Part(part), Handover::Ownership, ACME, BUYER, self.buyer);
		self.hand_over(Item::Part(part), Handover::Custody, ACME, BUYER, self.buyer);
	}
}

/// The pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	amchain_test_support::events::<Test, Event<Test>>()
}

/// The kinds of an item's records, oldest first.
pub fn kinds(item: Item) -> Vec<RecordKind> {
	(0..HistoryLen::<Test>::get(item))
		.map(|i| History::<Test>::get(item, i).expect("no gaps").kind)
		.collect()
}
