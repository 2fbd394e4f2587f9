//! Who may do privileged things, and batching.
//!
//! `pallet-sudo` bootstraps dev and test chains; a consortium chain replaces it
//! with its council and passes the council's origin to every amchain pallet as
//! its admin origin.

use amchain_primitives::{currency::UNIT, time::DAYS, Balance};
use frame_support::{
	parameter_types,
	traits::{fungible::HoldConsideration, ConstU32, Contains, EitherOfDiverse},
	weights::Weight,
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::AccountIdConversion, FixedU128, Perbill};

use crate::{
	AccountId, Balances, BlockNumber, Council, OriginCaller, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeHoldReason, RuntimeOrigin,
};

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

/// The consortium council: its members are the member organisations' representatives,
/// kept by [`pallet_membership`] (`CouncilMembership`), and its motions, passed by
/// [`CouncilMajority`], are the admin origin of the chain.
pub type CouncilCollective = pallet_collective::Instance1;

/// The share of the council whose "aye" passes a motion: two thirds (change
/// `MAJORITY_NUM`/`MAJORITY_DEN` to change it; a runtime upgrade).
pub const MAJORITY_NUM: u32 = 2;
pub const MAJORITY_DEN: u32 = 3;

/// A council motion passed by the consortium's majority.
pub type CouncilMajority = pallet_collective::EnsureProportionAtLeast<
	AccountId,
	CouncilCollective,
	MAJORITY_NUM,
	MAJORITY_DEN,
>;

/// The admin origin of every amchain pallet, validator and node changes and runtime
/// upgrades: a council motion passed by [`CouncilMajority`], or root (sudo on a dev
/// chain). A consortium chain has no sudo key: a council motion is not root, and root is
/// reached only through the emergency path below.
pub type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilMajority>;

/// The share of the council whose "aye" may schedule a call to be dispatched as root
/// (`Consortium.schedule_emergency`): three quarters.
pub const EMERGENCY_NUM: u32 = 3;
pub const EMERGENCY_DEN: u32 = 4;

/// Who may schedule an emergency call: a council motion passed by three quarters (or
/// root itself, on a dev chain with sudo).
pub type EmergencyOrigin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<
		AccountId,
		CouncilCollective,
		EMERGENCY_NUM,
		EMERGENCY_DEN,
	>,
>;

parameter_types! {
	/// The contracts' governor: the one account amchain's contracts let schedule a
	/// replacement of their code (they read it through the chain extension's `governor`).
	/// Keyless (derived from a `PalletId`, nobody holds its key): only
	/// `Consortium.as_governor`, with [`EmergencyOrigin`] (three quarters of the council,
	/// as for a runtime upgrade), acts as it, and only with [`GovernorCalls`]. Its storage
	/// deposits for what contracts store for it (a scheduled code, the lock on that code)
	/// come from its own balance: anyone funds it with a plain transfer, and it must be
	/// topped up (a deposit is returned to whoever frees the storage, not to it).
	pub ContractsGovernor: AccountId = PalletId(*b"am/govrn").into_account_truncating();
	/// The most storage deposit one call as the governor may take from it: a contract
	/// call as the governor must name a `storage_deposit_limit` up to this, so no motion
	/// can spend the governor's balance on a contract's storage beyond what scheduling a
	/// code needs (the schedule's record, and the lock on the new code: 30 % of its
	/// upload deposit, under 7 units for a 200 KiB code).
	pub const GovernorDepositLimit: Balance = amchain_primitives::currency::deposit(8, 64 * 1024);
	/// The stand-in account spec 100 recorded as registrar of the organisations the
	/// council admitted (no one holds its key); spec 101 records `Registrar::Governance`.
	/// Only pallet-certifications' v2 migration still needs it: remove both once every
	/// chain runs spec 101 or later.
	pub LegacyCouncilRegistrar: AccountId = PalletId(*b"am/cncl_").into_account_truncating();
	/// An emergency call waits a day before anyone may enact it as root: the time the
	/// consortium has to read it and the council's majority to cancel it.
	pub const EmergencyDelay: BlockNumber = DAYS;
	/// A due emergency call nobody enacted within a week expires.
	pub const EmergencyLifetime: BlockNumber = 7 * DAYS;
	/// A motion not decided within a week closes.
	pub const CouncilMotionDuration: BlockNumber = 7 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
	/// A council member's motion holds a deposit from its proposer until the motion is
	/// closed and someone calls `Council.release_proposal_cost`: none while fewer than two
	/// motions are open, then 10 units doubling with every further open motion (one member
	/// filling the hundred slots for a week would have to hold 2^97 × 10 units; the 12th
	/// open motion already holds 10 240).
	pub const ProposalDepositBase: Balance = 10 * UNIT;
	pub ProposalDepositRatio: FixedU128 = FixedU128::from_u32(2);
	pub const CouncilProposalHold: RuntimeHoldReason =
		RuntimeHoldReason::Council(pallet_collective::HoldReason::ProposalSubmission);
	pub const CouncilMaxMembers: u32 = 100;
	/// A motion may dispatch at most half a block's weight.
	pub MaxProposalWeight: Weight =
		Perbill::from_percent(50) * <Runtime as frame_system::Config>::BlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	// A member who does not vote votes no: silence never carries a motion, and the prime
	// cannot turn absent members into ayes (they would count towards three quarters).
	type DefaultVote = AbsentVotesNay;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	// Members come from CouncilMembership; root (the emergency path) may reset them.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = AdminOrigin;
	type KillOrigin = AdminOrigin;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		CouncilProposalHold,
		pallet_collective::deposit::Delayed<
			ConstU32<2>,
			pallet_collective::deposit::Geometric<ProposalDepositRatio, ProposalDepositBase>,
		>,
		u32,
	>;
}

/// What the contracts' governor may do (`Consortium.as_governor`): call a contract
/// (`Contracts.call`) sending no value and naming a storage deposit limit of at most
/// [`GovernorDepositLimit`], and nothing else. So a council motion acting as
/// the governor reaches contracts' governed messages (`schedule_code`, `cancel_code`),
/// and cannot move the governor's funds (no transfer, no value sent with the call), upload
/// or instantiate code, or act in any other pallet. The contract called decides what the
/// governor may do there; amchain's contracts let it schedule (after a delay everyone
/// sees) and cancel a replacement of their code, nothing else.
pub struct GovernorCalls;

impl Contains<RuntimeCall> for GovernorCalls {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::Contracts(pallet_contracts::Call::call {
				value: 0,
				storage_deposit_limit: Some(limit),
				..
			}) if limit.0 <= GovernorDepositLimit::get()
		)
	}
}

/// Absent council members count as voting no.
pub struct AbsentVotesNay;

impl pallet_collective::DefaultVote for AbsentVotesNay {
	fn default_vote(_prime_vote: Option<bool>, _yes: u32, _no: u32, _len: u32) -> bool {
		false
	}
}

// Who sits on the council decides what two thirds and three quarters mean: changing it
// takes the super-majority root takes, or two thirds could add friends or remove a
// dissenter and become three quarters.
impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = EmergencyOrigin;
	type RemoveOrigin = EmergencyOrigin;
	type SwapOrigin = EmergencyOrigin;
	type ResetOrigin = EmergencyOrigin;
	type PrimeOrigin = EmergencyOrigin;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}
