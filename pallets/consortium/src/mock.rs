//! A runtime for the pallet's tests: frame-system, balances and the real pallet-session
//! (sessions of two blocks), which this pallet manages. Root is the admin origin.

use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use pallet_session::{PeriodicSessions, SessionHandler};
use sp_runtime::{
	impl_opaque_keys,
	testing::UintAuthorityId,
	traits::{ConvertInto, OpaqueKeys},
	BuildStorage, KeyTypeId, RuntimeAppPublic,
};

use crate::{self as pallet_consortium, *};

pub type AccountId = u64;

/// The genesis validators.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const CHARLIE: AccountId = 3;
/// Has registered session keys, is not a validator.
pub const DAVE: AccountId = 4;
/// Has no session keys, and is no member.
pub const EVE: AccountId = 5;

/// Blocks per session.
pub const PERIOD: u64 = 2;

/// Signs for "a super-majority of the council" (the emergency origin) in these tests.
pub const SUPERMAJORITY: AccountId = 99;
/// Blocks between scheduling an emergency call and enacting it.
pub const EMERGENCY_DELAY: u64 = 10;
/// Blocks an emergency call stays enactable once due.
pub const EMERGENCY_LIFETIME: u64 = 20;
/// The account governance acts as towards contracts (nobody's key), funded at genesis.
pub const GOVERNOR: AccountId = 50;

parameter_types! {
	pub Supermajority: Vec<AccountId> = vec![SUPERMAJORITY];
}

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Consortium: pallet_consortium,
		Session: pallet_session,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = frame_system::mocking::MockBlock<Test>;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
}

impl_opaque_keys! {
	pub struct MockSessionKeys {
		pub dummy: UintAuthorityId,
	}
}

/// Accepts the authority sets pallet-session hands out; the tests read them from
/// pallet-session itself.
pub struct Authorities;
impl SessionHandler<AccountId> for Authorities {
	const KEY_TYPE_IDS: &'static [KeyTypeId] = &[UintAuthorityId::ID];
	fn on_genesis_session<K: OpaqueKeys>(_: &[(AccountId, K)]) {}
	fn on_new_session<K: OpaqueKeys>(_: bool, _: &[(AccountId, K)], _: &[(AccountId, K)]) {}
	fn on_disabled(_: u32) {}
}

parameter_types! {
	pub const Period: u64 = PERIOD;
	pub const Offset: u64 = 0;
}

impl pallet_session::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = PeriodicSessions<Period, Offset>;
	type NextSessionRotation = PeriodicSessions<Period, Offset>;
	type SessionManager = Consortium;
	type SessionHandler = Authorities;
	type Keys = MockSessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = ();
}

parameter_types! {
	/// The accounts `Members` holds: the member organisations' accounts of the runtime.
	pub static MemberAccounts: Vec<AccountId> = vec![ALICE, BOB, CHARLIE, DAVE];
}

/// [`MemberAccounts`] as the pallet's `Members`.
pub struct Members;
impl frame_support::traits::Contains<AccountId> for Members {
	fn contains(who: &AccountId) -> bool {
		MemberAccounts::get().contains(who)
	}
}

/// Registering session keys is open to anyone, as in amchain's runtime.
pub struct SessionCalls;
impl frame_support::traits::Contains<RuntimeCall> for SessionCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(call, RuntimeCall::Session(_))
	}
}

/// The calls the governor may make here, standing in for amchain's contract calls
/// (the mock has no pallet-contracts): a remark with an event (which names its signer)
/// and a call that fails when signed (it needs root).
pub struct GovernorCalls;
impl frame_support::traits::Contains<RuntimeCall> for GovernorCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::System(
				frame_system::Call::remark_with_event { .. }
					| frame_system::Call::set_heap_pages { .. }
			)
		)
	}
}

impl pallet_consortium::Config for Test {
	type AdminOrigin = frame_system::EnsureRoot<AccountId>;
	type Members = Members;
	type OpenCalls = SessionCalls;
	type ValidatorRegistration = Session;
	type MaxValidators = ConstU32<4>;
	type MinValidators = ConstU32<2>;
	type RuntimeCall = RuntimeCall;
	type EmergencyOrigin =
		frame_system::EnsureSignedBy<frame_support::traits::IsInVec<Supermajority>, AccountId>;
	type EmergencyDelay = frame_support::traits::ConstU64<EMERGENCY_DELAY>;
	type EmergencyLifetime = frame_support::traits::ConstU64<EMERGENCY_LIFETIME>;
	type MaxEmergencies = ConstU32<2>;
	type Governor = frame_support::traits::ConstU64<GOVERNOR>;
	type GovernorCalls = GovernorCalls;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = KeysHelper;
}

/// Session keys of `who`: its own `UintAuthorityId`.
pub fn keys(who: AccountId) -> MockSessionKeys {
	MockSessionKeys { dummy: UintAuthorityId(who) }
}

/// Registers `who`'s session keys as its own signed `set_keys` would.
pub fn register_keys(who: AccountId) {
	let proof =
		keys(who).dummy.sign(&codec::Encode::encode(&who)).map(|s| codec::Encode::encode(&s));
	Session::set_keys(RuntimeOrigin::signed(who), keys(who), proof.unwrap_or_default())
		.expect("session keys are registered");
}

#[cfg(feature = "runtime-benchmarks")]
pub struct KeysHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, RuntimeCall> for KeysHelper {
	fn governor_call() -> (RuntimeCall, sp_runtime::DispatchResult) {
		(frame_system::Call::remark_with_event { remark: vec![0] }.into(), Ok(()))
	}

	fn register_keys(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 1_000);
		register_keys(*who);
	}
}

pub fn build() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [ALICE, BOB, CHARLIE, DAVE, EVE, GOVERNOR].iter().map(|a| (*a, 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_consortium::GenesisConfig::<Test> {
		validators: vec![CHARLIE, ALICE, BOB],
		members_only: true,
		min_validators: 0,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_session::GenesisConfig::<Test> {
		keys: [ALICE, BOB, CHARLIE].iter().map(|a| (*a, *a, keys(*a))).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		register_keys(DAVE);
	});
	ext
}

/// Runs `test` on the genesis state, then checks the pallet's invariants.
pub fn new_test_ext(test: impl FnOnce()) {
	build().execute_with(|| {
		test();
		Consortium::do_try_state().expect("consortium invariants hold after the test");
	});
}

/// Runs blocks until session `index` has started.
pub fn run_to_session(index: u32) {
	while Session::current_index() < index {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Session as frame_support::traits::Hooks<u64>>::on_initialize(next);
	}
}

/// The last event of this pallet.
pub fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Consortium(e) => Some(e),
			_ => None,
		})
		.expect("the pallet emitted an event")
}
