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
//! - **The roles belong to the organisation, not to a key**: when the bank rotates its admin
//!   key or removes a device, every role the retired key held in any currency moves to the
//!   bank's admin account now, with the deposits it reserved ([`hand_over_roles`], run by
//!   pallet-certifications' `OnAccountRetired`); a leaked key rotated out keeps no authority
//!   over the currency, and the proxies it had set up end with it (`delegation.rs`).
//! - **A bank that is no longer one issues nothing**: `mint` passes only while the
//!   currency's owner acts for an active organisation that holds the bank role; suspending
//!   the organisation or taking the role away stops issuance (redemption, freezing and
//!   transfers go on).
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
//! State: a currency is non-sufficient (`force_create` with `is_sufficient: true` is
//! refused), so only accounts that already exist on the chain hold it; an account a
//! holder opens itself (`touch`) or another opens for it (`touch_other`) pays a deposit, one
//! created by receiving tokens (`mint`, `transfer`) pays none and is kept only while it
//! holds at least the currency's `min_balance`, which the council sets at creation. Approvals
//! pay a deposit; metadata pays per byte. At most [`MAX_CURRENCIES`] currencies exist.

use alloc::vec::Vec;
use amchain_primitives::participants::{MemberKind, ParticipantRegistry, Role};
use frame_support::{
	parameter_types,
	traits::{AsEnsureOriginWithArg, BalanceStatus, ConstU32, Contains, ReservableCurrency},
	weights::Weight,
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

/// The most currencies the council may create ([`BankCurrencies`] refuses the next): a key
/// rotation walks them all ([`hand_over_roles`]).
pub const MAX_CURRENCIES: u32 = 64;

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

	/// Whether `who` acts for an active organisation with the bank role (admin or device).
	fn acts_for_a_bank(who: &AccountId) -> bool {
		<Certifications as ParticipantRegistry<AccountId>>::membership(who).is_some_and(|m| {
			<Certifications as ParticipantRegistry<AccountId>>::active_roles(m.participant)
				.is_some_and(|roles| roles.has(Role::Bank))
		})
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
			Assets::force_create { owner, is_sufficient, .. } => {
				!*is_sufficient
					&& (pallet_assets::Asset::<Runtime>::iter_keys().count() as u32)
						< MAX_CURRENCIES
					&& <Runtime as frame_system::Config>::Lookup::lookup(owner.clone())
						.is_ok_and(|owner| Self::bank_of_admin(&owner).is_some())
			},
			// Issuance stops when the owner's organisation is suspended or no bank any more.
			Assets::mint { id, .. } => pallet_assets::Asset::<Runtime>::get(id.0)
				.is_none_or(|asset| Self::acts_for_a_bank(&asset.owner)),
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

/// Hands every role `retired` holds in any currency (owner, issuer, admin, freezer) to
/// `successor`, its organisation's admin account now, when `retired` stops acting for the
/// organisation (key rotation, a device removed): a currency's authority is the bank's,
/// not a key's. The owner's reserved deposits (the currency's and its metadata's) move
/// with the ownership; if the successor cannot take them (an account with nothing on it,
/// named by governance) they stay reserved on the retired account and the role moves all
/// the same. Emits pallet-assets' `OwnerChanged` and `TeamChanged`, as if the bank had
/// signed `transfer_ownership` and `set_team`.
pub fn hand_over_roles(retired: &AccountId, successor: &AccountId) {
	let holds = |d: &pallet_assets::AssetDetails<Balance, AccountId, Balance>| {
		d.owner == *retired || d.issuer == *retired || d.admin == *retired || d.freezer == *retired
	};
	// Collected first: a map is not written while it is iterated.
	let affected: Vec<_> =
		pallet_assets::Asset::<Runtime>::iter().filter(|(_, d)| holds(d)).collect();
	for (id, mut details) in affected {
		if details.owner == *retired {
			let deposit =
				details.deposit.saturating_add(pallet_assets::Metadata::<Runtime>::get(id).deposit);
			// Best effort, as said above: the role moves whatever the deposit does.
			let _unmoved = <Balances as ReservableCurrency<AccountId>>::repatriate_reserved(
				retired,
				successor,
				deposit,
				BalanceStatus::Reserved,
			);
			details.owner = successor.clone();
			crate::System::deposit_event(pallet_assets::Event::<Runtime>::OwnerChanged {
				asset_id: id,
				owner: successor.clone(),
			});
		}
		let team = [&mut details.issuer, &mut details.admin, &mut details.freezer];
		let mut team_changed = false;
		for role in team {
			if *role == *retired {
				*role = successor.clone();
				team_changed = true;
			}
		}
		if team_changed {
			crate::System::deposit_event(pallet_assets::Event::<Runtime>::TeamChanged {
				asset_id: id,
				issuer: details.issuer.clone(),
				admin: details.admin.clone(),
				freezer: details.freezer.clone(),
			});
		}
		pallet_assets::Asset::<Runtime>::insert(id, details);
	}
}

/// The most [`hand_over_roles`] costs: every currency read, and for each its metadata read,
/// its record written and the owner's and successor's reserved balances moved.
pub fn hand_over_roles_weight() -> Weight {
	let n = u64::from(MAX_CURRENCIES);
	<Runtime as frame_system::Config>::DbWeight::get()
		.reads_writes(n.saturating_mul(2).saturating_add(2), n.saturating_add(2))
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
