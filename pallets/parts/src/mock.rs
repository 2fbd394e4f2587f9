//! A runtime for the pallet's tests: frame-system, timestamp, the real
//! pallet-certifications (the trust layer parts asks) and this pallet.

use amchain_primitives::{
	certifications::StandardId,
	participants::{Role, Roles},
};
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use pallet_certifications::Capacity;
use sp_core::H256;
use sp_runtime::BuildStorage;

use crate::{self as pallet_parts, *};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Certifications: pallet_certifications,
		Parts: pallet_parts,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = ();
	type MinimumPeriod = ConstU64<1>;
	type WeightInfo = ();
}

impl pallet_certifications::Config for Test {
	type AdminOrigin = EnsureRoot<u64>;
	type MaxRegistrars = ConstU32<3>;
	type MaxDevicesPerParticipant = ConstU32<2>;
	type MaxCertificationsPerHolder = ConstU32<4>;
	type MaxNameLen = ConstU32<16>;
	type MaxCodeLen = ConstU32<16>;
	type MaxUriLen = ConstU32<32>;
	type MaxScopeLen = ConstU32<16>;
	type WeightInfo = ();
}

impl Config for Test {
	type Participants = Certifications;
	type Certifications = Certifications;
	type Production = Certifications;
	type AdminOrigin = EnsureRoot<u64>;
	type UnixTime = Timestamp;
	type MaxCodeLen = ConstU32<16>;
	type MaxUriLen = ConstU32<32>;
	type MaxSerialLen = ConstU32<8>;
	type MaxRequiredStandards = ConstU32<2>;
	type MaxChildren = ConstU32<2>;
	type MaxAssemblyDepth = ConstU32<3>;
	type ChallengeLifetime = ConstU64<5>;
	type MaxScansPerBlock = ConstU32<2>;
	type OnService = ();
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Certifications;
}

pub type AccountId = u64;

/// The registrar appointed at genesis.
pub const REGISTRAR: AccountId = 1;
/// An account of no organisation.
pub const STRANGER: AccountId = 99;
/// Admin accounts of the organisations [`World`] registers.
pub const ISO: AccountId = 10;
pub const TUV: AccountId = 20;
pub const ACME: AccountId = 30;
pub const ACME_ROBOT: AccountId = 31;
pub const OTHER_MAKER: AccountId = 40;
pub const MINE: AccountId = 50;
pub const CARRIER: AccountId = 60;
pub const BUYER: AccountId = 70;
pub const GARAGE: AccountId = 80;

/// A hash standing for some document.
pub fn doc(n: u8) -> H256 {
	H256::repeat_byte(n)
}

pub fn new_test_ext(test: impl FnOnce()) {
	build().execute_with(|| {
		test();
		Parts::do_try_state().expect("parts invariants hold after the test");
	});
}

pub fn build() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		certifications: pallet_certifications::GenesisConfig {
			registrars: vec![REGISTRAR],
			..Default::default()
		},
		..Default::default()
	}
	.build_storage()
	.expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| run_to(1));
	ext
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
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		// Give every block a distinct, non-zero parent hash, as a real chain would.
		frame_system::BlockHash::<Test>::insert(next - 1, H256::from_low_u64_be(1000 + next));
		pallet_timestamp::Now::<Test>::put(next * 6_000);
		Parts::on_initialize(next);
	}
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

pub fn register(admin: AccountId, roles: &[Role]) -> ParticipantId {
	let id = pallet_certifications::NextParticipantId::<Test>::get();
	Certifications::register_participant(
		RuntimeOrigin::signed(REGISTRAR),
		admin,
		b"org".to_vec(),
		doc(0),
		Roles::of(roles),
	)
	.expect("participant registers");
	id
}

impl World {
	pub fn new() -> World {
		register(ISO, &[Role::StandardsOrganisation]);
		let tuv = register(TUV, &[Role::Auditor]);
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ACME_ROBOT,
			Roles::of(&[Role::Manufacturer]),
		)
		.expect("device added");
		register(OTHER_MAKER, &[Role::Manufacturer]);
		let mine = register(MINE, &[Role::Producer]);
		let carrier = register(CARRIER, &[Role::Carrier]);
		let buyer = register(BUYER, &[Role::Customer]);
		let garage = register(GARAGE, &[Role::ServiceProvider]);
		let standard = pallet_certifications::NextStandardId::<Test>::get();
		Certifications::define_standard(
			RuntimeOrigin::signed(ISO),
			b"ISO 9001".to_vec(),
			2015,
			doc(1),
			b"https://iso.org/9001".to_vec(),
		)
		.expect("standard defined");
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
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Parts(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// The kinds of an item's records, oldest first.
pub fn kinds(item: Item) -> Vec<RecordKind> {
	(0..HistoryLen::<Test>::get(item))
		.map(|i| History::<Test>::get(item, i).expect("no gaps").kind)
		.collect()
}
