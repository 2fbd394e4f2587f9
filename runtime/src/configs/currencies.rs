//! The consortium's currencies: tokens issued by its banks (pallet-assets), e.g. a
//! tokenised euro or sterling deposit, one for one with money the bank holds (white
//! paper, appendix 4: "digital fiat one-for-one").
//!
//! Who may do what (docs/currencies.md has the walk-through):
//! - **Creating** a currency is a council decision: `Assets.force_create` by a council
//!   motion ([`AdminOrigin`]), naming as owner the admin account of an active organisation
//!   with the bank role ([`BankCurrencies`]). Nobody creates one by a plain `create`.
//! - **Issuing and redeeming** is the bank's: its account is the currency's owner, issuer,
//!   admin and freezer; it mints against deposits received and burns what a holder
//!   redeems. Only the issuer mints; supply always equals what it minted minus what was
//!   burned (pallet-assets' own invariant, checked by its `try_state`).
//! - **Freezing and thawing** accounts, or the whole currency, is the bank's (its freezer).
//! - The bank may hand its roles (`set_team`, `transfer_ownership`) only to accounts of its
//!   own organisation ([`BankCurrencies`]).
//! - **Nobody takes a holder's tokens**: `force_transfer` (in pallet-assets the currency
//!   admin's call) is refused to everyone, and `burn` only burns from accounts of the bank's
//!   own organisation (a holder redeems by paying its tokens back to the bank, which burns
//!   them), so a leaked bank key empties no holder's account; the bank freezes a holder
//!   instead. Winding a currency up (`start_destroy`, which lets anyone delete every
//!   holder's balance) is root's only: the emergency path.
//! - **Reassigning** a bank's currency or overriding its metadata and approvals
//!   (`force_asset_status` and the other `force_*` calls but creation) is not in a council
//!   majority's power: only root may, which on a consortium chain is the emergency path
//!   (three quarters of the council and a delay, `Consortium.schedule_emergency`).
//!
//! Every account and approval a currency keeps pays a deposit in the native token,
//! refunded when it is removed; metadata pays per byte.

use amchain_primitives::participants::{MemberKind, ParticipantRegistry, Role};
use frame_support::{
	parameter_types,
	traits::{AsEnsureOriginWithArg, ConstU32, Contains},
};
use frame_system::EnsureNever;
use sp_runtime::traits::StaticLookup;

use super::governance::AdminOrigin;
use crate::{
	currency::deposit, AccountId, Balance, Balances, Certifications, Runtime, RuntimeCall,
	RuntimeEvent,
};

/// A consortium currency's id.
pub type AssetId = u32;

parameter_types! {
	/// A currency's record (only creation by the council, which pays nothing: kept for
	/// pallet-assets' plain `create`, which amchain does not allow).
	pub const AssetDeposit: Balance = deposit(1, 210);
	/// An account of a currency that a holder opened for itself (`touch`).
	pub const AssetAccountDeposit: Balance = deposit(1, 18);
	/// A currency's name, symbol and decimals: per record and per byte.
	pub const MetadataDepositBase: Balance = deposit(1, 68);
	pub const MetadataDepositPerByte: Balance = deposit(0, 1);
	/// An approval to spend another account's tokens (how a contract is funded).
	pub const ApprovalDeposit: Balance = deposit(1, 68);
}

impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	/// Accounts destroyed per call when a currency is wound up.
	type RemoveItemsLimit = ConstU32<1000>;
	type AssetId = AssetId;
	type AssetIdParameter = codec::Compact<AssetId>;
	type ReserveData = ();
	type Currency = Balances;
	/// No plain `create`: a currency is created by the council (`force_create`).
	type CreateOrigin = AsEnsureOriginWithArg<EnsureNever<AccountId>>;
	type ForceOrigin = AdminOrigin;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// Part of the runtime's call filter (`network::CallFilter`): a currency is created only
/// for a bank, its roles stay inside the bank's organisation, nobody takes or burns a
/// holder's tokens or winds the currency up, and a council majority cannot reassign it. Root (the emergency path) is not
/// filtered.
pub struct BankCurrencies;

impl BankCurrencies {
	/// The organisation `who` is the admin account of, if it is an active bank.
	fn bank_of_admin(who: &AccountId) -> Option<u32> {
		let m = <Certifications as ParticipantRegistry<AccountId>>::membership(who)?;
		(m.kind == MemberKind::Admin && m.roles.has(Role::Bank)).then_some(m.participant)
	}

	/// Whether every account in `to` acts for the organisation of currency `id`'s owner.
	fn within_owner_organisation(
		id: AssetId,
		to: &[&<<Runtime as frame_system::Config>::Lookup as StaticLookup>::Source],
	) -> bool {
		let Some(asset) = pallet_assets::Asset::<Runtime>::get(id) else {
			// Unknown currency: the call fails in the pallet with its own error.
			return true;
		};
		let organisation = |who: &AccountId| {
			<Certifications as ParticipantRegistry<AccountId>>::membership(who)
				.map(|m| m.participant)
		};
		let Some(bank) = organisation(&asset.owner) else { return false };
		to.iter().all(|source| {
			<Runtime as frame_system::Config>::Lookup::lookup((*source).clone())
				.is_ok_and(|who| organisation(&who) == Some(bank))
		})
	}
}

impl Contains<RuntimeCall> for BankCurrencies {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_assets::Call as Assets;
		let RuntimeCall::Assets(call) = call else { return true };
		match call {
			Assets::force_create { owner, .. } => {
				<Runtime as frame_system::Config>::Lookup::lookup(owner.clone())
					.is_ok_and(|owner| Self::bank_of_admin(&owner).is_some())
			},
			Assets::transfer_ownership { id, owner } => {
				Self::within_owner_organisation(id.0, &[owner])
			},
			Assets::set_team { id, issuer, admin, freezer } => {
				Self::within_owner_organisation(id.0, &[issuer, admin, freezer])
			},
			// Redemption: the holder pays its tokens back to the bank, which burns its own.
			Assets::burn { id, who, .. } => Self::within_owner_organisation(id.0, &[who]),
			Assets::force_transfer { .. }
			| Assets::start_destroy { .. }
			| Assets::force_asset_status { .. }
			| Assets::force_set_metadata { .. }
			| Assets::force_clear_metadata { .. }
			| Assets::force_cancel_approval { .. } => false,
			_ => true,
		}
	}
}

/// The currency calls a contract may dispatch (`pallet_contracts::Config::CallFilter`),
/// from its own account: paying out of what it holds, and pulling what a payer approved
/// it to take. Nothing else: a contract never mints, freezes, approves or touches a record.
pub struct ContractCurrencyCalls;

impl Contains<RuntimeCall> for ContractCurrencyCalls {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_assets::Call as Assets;
		matches!(
			call,
			RuntimeCall::Assets(
				Assets::transfer { .. }
					| Assets::transfer_keep_alive { .. }
					| Assets::transfer_approved { .. }
			)
		)
	}
}
