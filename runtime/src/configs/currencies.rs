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
//!   bank's admin account now, with the deposits it reserved, and so do its tokens
//!   ([`hand_over`], run by
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
	currency::deposit, AccountId, Assets, Balance, Balances, Certifications, Runtime, RuntimeCall,
	RuntimeEvent,
};

/// A consortium currency's id.
pub type AssetId = u32;

/// The most currencies the council may create ([`BankCurrencies`] refuses the next): a key
/// rotation walks them all ([`hand_over`]). Root (the emergency path) is not held to it, and
/// a rotation's weight assumes it: root must not create more.
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

/// What `retired` held in the consortium's currencies moves to `successor`, its
/// organisation's admin account now, when `retired` stops acting for the organisation (key
/// rotation, a device removed): a currency's authority and an organisation's tokens are the
/// organisation's, not a key's.
/// - Every role it holds (owner, issuer, admin, freezer) moves. The owner's reserved deposits
///   (the currency's and its metadata's) move with the ownership; what the successor cannot
///   take (an account with nothing on it, named by governance) is unreserved back to the
///   retired account and the records say what the new owner holds, so no deposit is ever
///   booked against funds that are not reserved for it. pallet-assets' `OwnerChanged` and
///   `TeamChanged` events say so, as if the bank had signed `transfer_ownership` and
///   `set_team`.
/// - Its balance in every currency moves (a spender it approved finds nothing to take), except
///   where it cannot: an account the bank froze stays frozen with its tokens, and a successor
///   with no native account cannot hold tokens (the balance stays; the bank freezes it).
///
/// Returns what it cost.
pub fn hand_over(retired: &AccountId, successor: &AccountId) -> Weight {
	use frame_support::traits::{
		fungibles::{Inspect, Mutate},
		tokens::Preservation,
	};
	use pallet_assets::WeightInfo as _;
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	// Collected first: a map is not written while it is iterated.
	let currencies: Vec<_> = pallet_assets::Asset::<Runtime>::iter().collect();
	let mut weight = db.reads(currencies.len() as u64);
	for (id, mut details) in currencies {
		let mut changed = false;
		if details.owner == *retired {
			let metadata_deposit = pallet_assets::Metadata::<Runtime>::get(id).deposit;
			let total = details.deposit.saturating_add(metadata_deposit);
			let unmoved = <Balances as ReservableCurrency<AccountId>>::repatriate_reserved(
				retired,
				successor,
				total,
				BalanceStatus::Reserved,
			)
			.unwrap_or(total);
			if unmoved > 0 {
				<Balances as ReservableCurrency<AccountId>>::unreserve(retired, unmoved);
				let moved = total.saturating_sub(unmoved);
				let currency_part = details.deposit.min(moved);
				details.deposit = currency_part;
				if metadata_deposit > 0 {
					pallet_assets::Metadata::<Runtime>::mutate(id, |m| {
						m.deposit = moved.saturating_sub(currency_part)
					});
				}
			}
			details.owner = successor.clone();
			crate::System::deposit_event(pallet_assets::Event::<Runtime>::OwnerChanged {
				asset_id: id,
				owner: successor.clone(),
			});
			weight = weight.saturating_add(db.reads_writes(3, 4));
			changed = true;
		}
		let mut team_changed = false;
		for role in [&mut details.issuer, &mut details.admin, &mut details.freezer] {
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
			changed = true;
		}
		if changed {
			pallet_assets::Asset::<Runtime>::insert(id, details);
			weight = weight.saturating_add(db.writes(1));
		}
		let balance = <Assets as Inspect<AccountId>>::balance(id, retired);
		weight = weight.saturating_add(db.reads(1));
		if balance > 0 {
			// Best effort, as said above: a frozen account or a successor that cannot hold
			// tokens keeps the balance where it is.
			let _kept = <Assets as Mutate<AccountId>>::transfer(
				id,
				retired,
				successor,
				balance,
				Preservation::Expendable,
			);
			weight =
				weight.saturating_add(<Runtime as pallet_assets::Config>::WeightInfo::transfer());
		}
	}
	weight
}

/// The most [`hand_over`] costs: [`MAX_CURRENCIES`] currencies, each with every role and a
/// balance to move.
pub fn hand_over_weight() -> Weight {
	use pallet_assets::WeightInfo as _;
	let n = u64::from(MAX_CURRENCIES);
	let db = <Runtime as frame_system::Config>::DbWeight::get();
	db.reads_writes(5, 5)
		.saturating_add(<Runtime as pallet_assets::Config>::WeightInfo::transfer())
		.saturating_mul(n)
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
