//! Block production (Aura), finality (GRANDPA), the sessions that rotate their
//! authority sets, and time.

use amchain_primitives::time::MINUTES;
use frame_support::traits::{ConstBool, ConstU128, ConstU32, ConstU64, Contains, SortedMembers};
use pallet_session::PeriodicSessions;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

use super::governance::AdminOrigin;
use crate::{
	AccountId, Aura, Balances, BlockNumber, Consortium, CouncilMembership, Moment, Runtime,
	RuntimeCall, RuntimeEvent, Session, SessionKeys, SLOT_DURATION,
};

/// The most validators a consortium chain can have at once.
pub type MaxAuthorities = ConstU32<32>;

/// Blocks per session: a validator the council adds or removes joins or leaves the
/// authority sets within two sessions (at most two minutes).
pub const SESSION_PERIOD: BlockNumber = MINUTES;

pub type SessionPeriod = ConstU32<SESSION_PERIOD>;

/// Sessions start at block 0, SESSION_PERIOD, 2 * SESSION_PERIOD, ...
pub type Sessions = PeriodicSessions<SessionPeriod, ConstU32<0>>;

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Sessions;
	type NextSessionRotation = Sessions;
	type SessionManager = Consortium;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	// Validators are chosen by the council, not staked: nothing to disable or slash.
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = ConstU128<0>;
}

/// Who may sign transactions on a members-only chain: the accounts of registered
/// participants (admins and devices, suspended or not: what a suspended organisation may
/// do is each pallet's check), registrars, council members and validators.
pub struct ConsortiumMembers;

impl Contains<AccountId> for ConsortiumMembers {
	fn contains(who: &AccountId) -> bool {
		pallet_certifications::Members::<Runtime>::contains_key(who)
			|| pallet_certifications::Registrars::<Runtime>::contains_key(who)
			|| <CouncilMembership as SortedMembers<AccountId>>::contains(who)
			|| pallet_consortium::Validators::<Runtime>::get().binary_search(who).is_ok()
	}
}

/// What anyone may sign on a members-only chain: registering session keys (inert until
/// the council makes the account a validator), so that a new member's validator can do it
/// before the motion that admits the member.
pub struct SessionKeyCalls;

impl Contains<RuntimeCall> for SessionKeyCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(call, RuntimeCall::Session(_))
	}
}

impl pallet_consortium::Config for Runtime {
	type AdminOrigin = AdminOrigin;
	type Members = ConsortiumMembers;
	type OpenCalls = SessionKeyCalls;
	type ValidatorRegistration = Session;
	type MaxValidators = MaxAuthorities;
	// The dev chain runs on one validator; a consortium keeps four or more (GRANDPA
	// then survives one fault).
	type MinValidators = ConstU32<1>;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = SessionKeysHelper;
}

/// Registers real session keys for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct SessionKeysHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consortium::BenchmarkHelper<AccountId> for SessionKeysHelper {
	fn register_keys(who: &AccountId) {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, crate::currency::UNIT);
		// Fresh keys in the benchmark's keystore, with their ownership proof, through the
		// same signed call a validator makes.
		let generated = SessionKeys::generate(who.as_ref(), None);
		Session::set_keys(
			frame_system::RawOrigin::Signed(who.clone()).into(),
			generated.keys,
			codec::Encode::encode(&generated.proof),
		)
		.expect("benchmark session keys are registered");
	}
}

impl pallet_timestamp::Config for Runtime {
	type Moment = Moment;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = MaxAuthorities;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// No staking and no session history on a consortium chain: equivocations are
	// handled by governance, not slashing.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
