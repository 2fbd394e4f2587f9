//! Block production (Aura), finality (GRANDPA), the sessions that rotate their
//! authority sets, and time.

use amchain_primitives::{participants::ParticipantRegistry, time::MINUTES};
use frame_support::traits::{ConstBool, ConstU128, ConstU32, ConstU64, Contains, SortedMembers};
use pallet_session::PeriodicSessions;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::traits::{ConvertInto, OpaqueKeys, StaticLookup};

use super::governance::AdminOrigin;
use crate::{
	AccountId, Aura, Balances, BlockNumber, Certifications, Consortium, CouncilMembership, Moment,
	Runtime, RuntimeCall, RuntimeEvent, Session, SessionKeys, SLOT_DURATION,
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

/// Who may sign transactions on a members-only chain: the accounts (admin and devices) of
/// an *active* participant, registrars, council members and validators.
///
/// Suspension contains: an account of a suspended organisation signs nothing — no
/// transfer, contract call, deployment, remark or node claim — until the authority that
/// suspended it reinstates it. There are no exit calls: what the organisation holds
/// (balances, reserves, contract balances owed to it) stays where it is, and what waits on
/// it ends by each deal's own deadline (a silent party). A registrar, council or validator
/// seat is a separate ground: the same account keeps signing under that seat, and the
/// seat is removed by its own procedure.
pub struct ConsortiumMembers;

impl Contains<AccountId> for ConsortiumMembers {
	fn contains(who: &AccountId) -> bool {
		<Certifications as ParticipantRegistry<AccountId>>::membership(who).is_some()
			|| pallet_certifications::Registrars::<Runtime>::contains_key(who)
			|| <CouncilMembership as SortedMembers<AccountId>>::contains(who)
			|| pallet_consortium::Validators::<Runtime>::get().binary_search(who).is_ok()
	}
}

/// Suspension contains proxies too: a call dispatched in the name of an account of a
/// suspended organisation (`Proxy.proxy`, `Proxy.proxy_announced` with it as `real`) is
/// refused (`System::CallFiltered`), and so is an announced call whose announcing
/// `delegate` no longer signs for anyone (a key rotated out), whoever signs, however deeply nested (the call
/// filter holds inside batches, multi-signature and proxy calls). The organisation's
/// multi-signature accounts are stopped by their signatories: its own devices and admin,
/// who sign nothing while it is suspended (docs/consortium.md).
pub struct SuspendedPrincipals;

impl Contains<RuntimeCall> for SuspendedPrincipals {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_proxy::Call as Proxy;
		let real = match call {
			RuntimeCall::Proxy(Proxy::proxy { real, .. }) => real,
			RuntimeCall::Proxy(Proxy::proxy_announced { real, delegate, .. }) => {
				// The announcing delegate must still be a member: anyone may sign
				// `proxy_announced`, so a key rotated out must not have its stashed calls
				// executed by an accomplice (its announcements are also removed on
				// retirement: pallet-certifications' OnAccountRetired).
				let Ok(delegate) =
					<Runtime as frame_system::Config>::Lookup::lookup(delegate.clone())
				else {
					return true;
				};
				if !ConsortiumMembers::contains(&delegate) {
					return false;
				}
				real
			},
			_ => return true,
		};
		let Ok(real) = <Runtime as frame_system::Config>::Lookup::lookup(real.clone()) else {
			return true;
		};
		!pallet_certifications::Members::<Runtime>::contains_key(&real)
			|| <Certifications as ParticipantRegistry<AccountId>>::membership(&real).is_some()
	}
}

/// What anyone may sign on a members-only chain (paying its fee like any transaction):
/// registering session keys (inert until the council makes the account a validator), so
/// that a new member's validator can do it before the motion that admits the member; and
/// accepting an organisation's admin account (`Certifications::accept_admin`), which the
/// successor an admin named signs before it is a member, and which does nothing for anyone
/// else.
pub struct NonMemberCalls;

impl Contains<RuntimeCall> for NonMemberCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Session(_)
				| RuntimeCall::Certifications(pallet_certifications::Call::accept_admin { .. })
		)
	}
}

impl pallet_consortium::Config for Runtime {
	type AdminOrigin = AdminOrigin;
	type Members = ConsortiumMembers;
	type OpenCalls = NonMemberCalls;
	type ValidatorRegistration = Session;
	type MaxValidators = MaxAuthorities;
	// The runtime's floor: the dev chain runs on one validator. A consortium's genesis
	// raises it (`min_validators`: four, GRANDPA then survives one fault; the
	// consortium-spec tool sets it).
	type MinValidators = ConstU32<1>;
	type RuntimeCall = RuntimeCall;
	type EmergencyOrigin = super::governance::EmergencyOrigin;
	type EmergencyDelay = super::governance::EmergencyDelay;
	type EmergencyLifetime = super::governance::EmergencyLifetime;
	type MaxEmergencies = ConstU32<8>;
	type Governor = super::governance::ContractsGovernor;
	type GovernorCalls = super::governance::GovernorCalls;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = SessionKeysHelper;
}

/// Registers real session keys for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct SessionKeysHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_consortium::BenchmarkHelper<AccountId, RuntimeCall> for SessionKeysHelper {
	/// A contract call to an account that holds no contract: the cheapest call the
	/// governor may make (pallet-contracts refuses it at once).
	fn governor_call() -> (RuntimeCall, sp_runtime::DispatchResult) {
		let dest: AccountId = frame_benchmarking::account("no contract", 0, 0);
		let call = pallet_contracts::Call::call {
			dest: dest.into(),
			value: 0,
			gas_limit: frame_support::weights::Weight::zero(),
			storage_deposit_limit: Some(0.into()),
			data: Default::default(),
		};
		(call.into(), Err(pallet_contracts::Error::<Runtime>::ContractNotFound.into()))
	}

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

	fn worst_case_signer() -> AccountId {
		use amchain_primitives::participants::Role;
		let admin: AccountId = frame_benchmarking::account("suspended", 0, 0);
		let root = || crate::RuntimeOrigin::root();
		Certifications::register_participant(
			root(),
			admin.clone(),
			b"suspended".to_vec(),
			Default::default(),
			Role::Manufacturer.into(),
		)
		.expect("the benchmark registers an organisation");
		let participant = pallet_certifications::Members::<Runtime>::get(&admin)
			.expect("just registered")
			.participant;
		Certifications::suspend_participant(root(), participant, Default::default())
			.expect("the benchmark suspends it");
		admin
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
