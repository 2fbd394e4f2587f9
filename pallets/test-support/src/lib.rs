//! What the mock runtimes of amchain's pallet tests share.
//!
//! Pallets that build on pallet-certifications and pallet-parts (parts itself, cores,
//! warranties, the chain extension's runtime side) test against the real ones, in mock
//! runtimes whose accounts are `u64`, whose block numbers are `u64` and whose admin
//! origin is root.
//!
//! - **Configuration** is the one thing left to macros, because an `impl Config for
//!   $runtime` block must be written in the crate that declares the runtime:
//!   [`trust_and_parts!`] (frame-system, balances, timestamp, pallet-certifications and
//!   pallet-parts), [`cores!`], [`warranties!`], and [`circular_runtime!`], which
//!   declares a runtime with all of them. The bounds are small, so tests can reach them.
//! - **Everything else is a plain function** generic over the mock runtime, called
//!   through a one-line wrapper in each mock: [`genesis`] (externalities at block 1),
//!   [`execute_with_try_state`] (a test, then the invariants), [`run_to`] (advance
//!   blocks as a chain does), [`events`] (one pallet's events),
//!   [`register`], [`add_device`], [`define_standard`], [`certify`] (set up
//!   organisations),
//!   [`create_part_type`], [`make_part`] and [`sell`] (set up parts); the shared cast's
//!   account ids are in [`accounts`]; random call sequences draw from [`rng::Rng`].
//!
//! pallet-parts' own tests compile a second copy of pallet-parts (the test build of the
//! crate), which does not implement the copy these functions are bounded on: parts'
//! mock uses the configuration macro (it expands in the mock, where `pallet_parts` is
//! the crate under test) and only the functions bounded on other pallets ([`genesis`],
//! [`execute_with_try_state`], [`run_to`], [`events`], [`register`], [`add_device`],
//! [`doc`]). pallet-certifications, at the bottom
//! of the stack, keeps a mock of its own for the same reason and because its tests need
//! a genesis with registrars of their choice and nothing above it.

use amchain_primitives::{
	certifications::{CertificationId, StandardId},
	participants::{ParticipantId, Role, Roles},
	parts::{Handover, Item, PartId, PartTypeId},
};
use frame_support::traits::OnInitialize;
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use pallet_certifications::Capacity;
use sp_core::H256;
use sp_runtime::{BuildStorage, TryRuntimeError};

mod configs;
pub mod rng;

frame_support::parameter_types! {
	/// The mocks' existential deposit: 1 unless a test sets it (per thread, so per test)
	/// to exercise the refusal of amounts below it.
	pub static ExistentialDeposit: u64 = 1;
	/// The mocks' `pallet_parts::Config::ChallengeLifetime`: 5 blocks unless a test
	/// changes it (per thread, so per test), as a runtime upgrade may.
	pub static ChallengeLifetime: u64 = 5;
	/// The mocks' `pallet_parts::Config::MaxCascadeWeight`: a tenth of the runtime's block
	/// (2 s, proof size unbounded on a solochain) unless a test narrows it (per thread, so
	/// per test) to see a cascade take several blocks.
	pub static MaxCascadeWeight: frame_support::weights::Weight =
		frame_support::weights::Weight::from_parts(200_000_000_000, u64::MAX / 10);
}

/// The cast the mocks share: the accounts of organisations that recur from mock to mock,
/// with the same id wherever they appear (each mock registers those it needs, with the
/// roles it needs, and adds its own).
pub mod accounts {
	/// The mocks' account id.
	pub type AccountId = u64;
	/// What every account a mock's genesis funds starts with.
	pub const FUNDS: u64 = 10_000;
	/// An account of no organisation.
	pub const STRANGER: u64 = 99;
	/// The admin of a standards organisation.
	pub const ISO: u64 = 10;
	/// The admin of an auditor.
	pub const TUV: u64 = 20;
	/// The admin of an inspector (an auditor that grades cores).
	pub const INSPECTOR: u64 = 21;
	/// The admin of a test lab (an auditor that tests remanufactured parts).
	pub const LAB: u64 = 22;
	/// The admin of a manufacturer.
	pub const ACME: u64 = 30;
	/// The admin of a remanufacturer.
	pub const REMAN: u64 = 40;
	/// The admin of a dealer.
	pub const DEALER: u64 = 60;
	/// The admin of a customer.
	pub const CUSTOMER: u64 = 70;
}

/// The registrar [`genesis`] appoints.
pub const REGISTRAR: u64 = 1;

/// How long a mock block lasts, in milliseconds (as amchain's runtime).
pub const BLOCK_TIME: u64 = 6_000;

/// A hash standing for some document.
pub fn doc(n: u8) -> H256 {
	H256::repeat_byte(n)
}

/// Externalities at block 1 of a chain whose genesis funds each of `accounts` with
/// `funds` and appoints [`REGISTRAR`]; built from each pallet's own genesis config.
/// Block 1 is reached by [`run_to`], so `Hooks` run as they will in later blocks.
pub fn genesis<T, Hooks>(accounts: &[u64], funds: u64) -> sp_io::TestExternalities
where
	T: pallet_certifications::Config
		+ pallet_balances::Config<Balance = u64>
		+ pallet_timestamp::Config<Moment = u64>
		+ frame_system::Config<AccountId = u64, Hash = H256>,
	BlockNumberFor<T>: From<u64> + Into<u64>,
	Hooks: OnInitialize<BlockNumberFor<T>>,
{
	let mut storage =
		frame_system::GenesisConfig::<T>::default().build_storage().expect("system genesis");
	pallet_balances::GenesisConfig::<T> {
		balances: accounts.iter().map(|account| (*account, funds)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("balances genesis");
	pallet_certifications::GenesisConfig::<T> { registrars: vec![REGISTRAR], ..Default::default() }
		.assimilate_storage(&mut storage)
		.expect("certifications genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| run_to::<T, Hooks>(1));
	ext
}

/// Runs `test` in `ext`, then checks `try_state` (the invariants of the pallets the
/// test changed, their `do_try_state`): what every mock's `new_test_ext` does.
pub fn execute_with_try_state(
	mut ext: sp_io::TestExternalities,
	test: impl FnOnce(),
	try_state: impl FnOnce() -> Result<(), TryRuntimeError>,
) {
	ext.execute_with(|| {
		test();
		try_state().expect("invariants hold after the test");
	});
}

/// Advances to block `n` as a chain does: each block gets its number, a distinct
/// non-zero parent hash in `frame_system::BlockHash` (tag challenges cite one), its
/// time ([`BLOCK_TIME`] per block) and the `Hooks`' `on_initialize` (e.g. the mock's
/// `AllPalletsWithoutSystem`).
pub fn run_to<T, Hooks>(n: u64)
where
	T: frame_system::Config<Hash = H256> + pallet_timestamp::Config<Moment = u64>,
	BlockNumberFor<T>: From<u64> + Into<u64>,
	Hooks: OnInitialize<BlockNumberFor<T>>,
{
	let mut now: u64 = frame_system::Pallet::<T>::block_number().into();
	while now < n {
		let next = now + 1;
		frame_system::Pallet::<T>::set_block_number(next.into());
		frame_system::BlockHash::<T>::insert(
			BlockNumberFor::<T>::from(now),
			H256::from_low_u64_be(1_000 + next),
		);
		pallet_timestamp::Now::<T>::put(next * BLOCK_TIME);
		Hooks::on_initialize(next.into());
		now = next;
	}
}

/// The events of one pallet (`E`, e.g. `pallet_parts::Event<Test>`) so far, oldest first.
pub fn events<T: frame_system::Config, E>() -> Vec<E>
where
	T::RuntimeEvent: TryInto<E>,
{
	frame_system::Pallet::<T>::events()
		.into_iter()
		.filter_map(|record| record.event.try_into().ok())
		.collect()
}

/// [`REGISTRAR`] registers an organisation administered by `admin` with `roles`, or
/// governance (root) does if a role is one only governance grants (standards
/// organisation, auditor); returns its id.
pub fn register<T>(admin: u64, roles: &[Role]) -> ParticipantId
where
	T: pallet_certifications::Config + frame_system::Config<AccountId = u64>,
{
	let id = pallet_certifications::NextParticipantId::<T>::get();
	let roles_set = Roles::of(roles);
	let origin = if pallet_certifications::needs_governance(roles_set) {
		RawOrigin::Root
	} else {
		RawOrigin::Signed(REGISTRAR)
	};
	pallet_certifications::Pallet::<T>::register_participant(
		origin.into(),
		admin,
		b"org".to_vec(),
		doc(0),
		Roles::of(roles),
	)
	.expect("participant registers");
	id
}

/// The organisation administered by `admin` adds `device` as a device account with
/// `roles`.
pub fn add_device<T>(admin: u64, device: u64, roles: &[Role])
where
	T: pallet_certifications::Config + frame_system::Config<AccountId = u64>,
{
	pallet_certifications::Pallet::<T>::add_device(
		RawOrigin::Signed(admin).into(),
		device,
		Roles::of(roles),
	)
	.expect("device added");
}

/// The standards organisation administered by `by` defines version 1 of the standard
/// `code` (requirements `doc(1)`, no URI); returns its id.
pub fn define_standard<T>(by: u64, code: &[u8]) -> StandardId
where
	T: pallet_certifications::Config + frame_system::Config<AccountId = u64>,
{
	let id = pallet_certifications::NextStandardId::<T>::get();
	pallet_certifications::Pallet::<T>::define_standard(
		RawOrigin::Signed(by).into(),
		code.to_vec(),
		1,
		doc(1),
		vec![],
	)
	.expect("standard defined");
	id
}

/// The auditor administered by `auditor` certifies `holder` for `standard` (100 units
/// per 100 blocks, no surveillance) until block `valid_until`, and `holder` accepts.
pub fn certify<T>(auditor: u64, holder: ParticipantId, standard: StandardId, valid_until: u64)
where
	T: pallet_certifications::Config + frame_system::Config<AccountId = u64>,
	BlockNumberFor<T>: From<u64>,
{
	let id = pallet_certifications::NextCertificationId::<T>::get();
	pallet_certifications::Pallet::<T>::issue_certification(
		RawOrigin::Signed(auditor).into(),
		holder,
		standard,
		b"site".to_vec(),
		Capacity { units: 100, period: 100.into() },
		valid_until.into(),
		None,
	)
	.expect("certification issued");
	accept_certification::<T>(holder, id);
}

/// `holder`'s admin account accepts certification `id`: it counts from now on.
pub fn accept_certification<T>(holder: ParticipantId, id: CertificationId)
where
	T: pallet_certifications::Config + frame_system::Config<AccountId = u64>,
{
	let admin =
		pallet_certifications::Participants::<T>::get(holder).expect("holder is registered").admin;
	pallet_certifications::Pallet::<T>::accept_certification(RawOrigin::Signed(admin).into(), id)
		.expect("certification accepted");
}

/// The manufacturer administered by `maker` defines the part type `code` (spec
/// `doc(2)`, no URI, no required standards); returns its id.
pub fn create_part_type<T>(maker: u64, code: &[u8]) -> PartTypeId
where
	T: pallet_parts::Config + frame_system::Config<AccountId = u64>,
{
	let id = pallet_parts::NextPartTypeId::<T>::get();
	pallet_parts::Pallet::<T>::create_part_type(
		RawOrigin::Signed(maker).into(),
		code.to_vec(),
		doc(2),
		vec![],
		vec![],
	)
	.expect("part type created");
	id
}

/// `maker`'s organisation registers a part of `part_type` (its id as serial, no
/// certification cited, no tag); returns its id. The organisation owns and holds it.
pub fn make_part<T>(maker: u64, part_type: PartTypeId) -> PartId
where
	T: pallet_parts::Config + frame_system::Config<AccountId = u64>,
{
	let id = pallet_parts::NextPartId::<T>::get();
	pallet_parts::Pallet::<T>::register_part(
		RawOrigin::Signed(maker).into(),
		part_type,
		id.to_le_bytes().to_vec(),
		None,
		None,
		None,
	)
	.expect("part registers");
	id
}

/// Hands a stand-alone part's ownership and custody from `from`'s organisation to
/// `to`'s (`to_participant`), each by offer and acceptance.
pub fn sell<T>(part: PartId, from: u64, to: u64, to_participant: ParticipantId)
where
	T: pallet_parts::Config + frame_system::Config<AccountId = u64>,
{
	for handover in [Handover::Ownership, Handover::Custody] {
		pallet_parts::Pallet::<T>::offer(
			RawOrigin::Signed(from).into(),
			Item::Part(part),
			handover,
			to_participant,
		)
		.expect("offer made");
		pallet_parts::Pallet::<T>::accept_offer(
			RawOrigin::Signed(to).into(),
			Item::Part(part),
			handover,
			None,
		)
		.expect("offer accepted");
	}
}
