//! Who may do privileged things, and batching.
//!
//! `pallet-sudo` bootstraps dev and test chains; a consortium chain replaces it
//! with its council and passes the council's origin to every amchain pallet as
//! its admin origin.

use amchain_primitives::time::DAYS;
use frame_support::{parameter_types, traits::EitherOfDiverse, weights::Weight, PalletId};
use frame_system::EnsureRoot;
use sp_runtime::{traits::AccountIdConversion, Perbill};

use crate::{
	AccountId, BlockNumber, Council, OriginCaller, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeOrigin,
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
/// upgrades: a council motion, or root (sudo on a dev chain; a consortium chain has
/// no sudo key, so root is reached only through the council).
pub type AdminOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CouncilMajority>;

parameter_types! {
	/// The stand-in account spec 100 recorded as registrar of the organisations the
	/// council admitted (no one holds its key); spec 101 records `Registrar::Governance`.
	/// Only pallet-certifications' v2 migration still needs it: remove both once every
	/// chain runs spec 101 or later.
	pub LegacyCouncilRegistrar: AccountId = PalletId(*b"am/cncl_").into_account_truncating();
	/// A motion not decided within a week closes.
	pub const CouncilMotionDuration: BlockNumber = 7 * DAYS;
	pub const CouncilMaxProposals: u32 = 100;
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
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	// Members come from CouncilMembership; root may reset them directly in an emergency.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = AdminOrigin;
	type KillOrigin = AdminOrigin;
	type Consideration = ();
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = AdminOrigin;
	type RemoveOrigin = AdminOrigin;
	type SwapOrigin = AdminOrigin;
	type ResetOrigin = AdminOrigin;
	type PrimeOrigin = AdminOrigin;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}
