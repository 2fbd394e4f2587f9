//! Multi-signature and delegation for organisations (pallet-multisig, pallet-proxy).
//!
//! An organisation's account can be a multi-signature account (`Multisig.as_multi`: N of
//! M officers approve each call), so that no one officer's key moves a bank's money or
//! honours a credit; and it can delegate a narrow set of calls to a machine's key
//! (`Proxy.add_proxy` with a [`ProxyType`]), so that a line controller reports production
//! in the organisation's name and can do nothing else. The recommended set-ups (a bank's
//! 2-of-3, a factory's device proxies) are in docs/consortium.md.
//!
//! On a members-only chain the key that signs the outer call (`as_multi`, `proxy`) must
//! be a member (an admin or a device of an active organisation): the inner call then runs
//! as the multi-signature or proxied account, with that account's standing.

use amchain_primitives::currency::{deposit, UNIT};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{ConstU32, Get, InstanceFilter},
};
use scale_info::TypeInfo;

use crate::{Balance, Balances, Runtime, RuntimeCall, RuntimeEvent, System};

parameter_types! {
	/// A pending multi-signature operation holds a deposit from its first approver: one
	/// storage item plus 32 bytes per further signatory.
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
	/// Each proxy an account keeps holds a deposit from it.
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	pub const AnnouncementDepositFactor: Balance = deposit(0, 66);
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	/// A board of up to 16 officers.
	type MaxSignatories = ConstU32<16>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

/// What a proxy may do in its principal's name.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Everything the principal may do, except add proxies or create pure proxies in its
	/// name (only the principal itself does that).
	#[default]
	Any = 0,
	/// Production reporting (a line controller): register parts and lots, activate,
	/// install, uninstall, consume, transform, report service or measurements, record
	/// scans — no hand-over, no scrapping, no recall, no money.
	Reporting = 1,
	/// Contract calls that send no value and name a storage deposit limit of at most
	/// 1 unit (a bank's or buyer's desk: honour a credit, accept or settle an order) — no
	/// transfers, no funding, no records.
	Contracts = 2,
	/// The principal's council seat: propose, vote and close motions.
	Governance = 3,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		use pallet_parts::Call as Parts;
		match self {
			// Everything but handing the principal to more delegates: a delegate (a key
			// that may leak and be rotated out) cannot leave an accomplice behind in the
			// principal's proxy list. The principal adds proxies itself.
			ProxyType::Any => !matches!(
				call,
				RuntimeCall::Proxy(
					pallet_proxy::Call::add_proxy { .. } | pallet_proxy::Call::create_pure { .. }
				)
			),
			ProxyType::Reporting => matches!(
				call,
				RuntimeCall::Parts(
					Parts::register_part { .. }
						| Parts::register_lot { .. }
						| Parts::activate { .. }
						| Parts::install { .. }
						| Parts::uninstall { .. }
						| Parts::consume { .. }
						| Parts::transform { .. }
						| Parts::report { .. }
						| Parts::record_scan { .. }
				) | RuntimeCall::Utility(..)
			),
			ProxyType::Contracts => match call {
				RuntimeCall::Contracts(pallet_contracts::Call::call {
					value,
					storage_deposit_limit,
					..
				}) => *value == 0 && storage_deposit_limit.is_some_and(|l| l.0 <= UNIT),
				RuntimeCall::Utility(..) => true,
				_ => false,
			},
			ProxyType::Governance => matches!(
				call,
				RuntimeCall::Council(
					pallet_collective::Call::propose { .. }
						| pallet_collective::Call::vote { .. }
						| pallet_collective::Call::close { .. }
				) | RuntimeCall::Utility(..)
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		self == other || *self == ProxyType::Any
	}
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = sp_runtime::traits::BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}

/// When an account stops acting for its organisation (pallet-certifications: an admin key
/// rotated out, a device removed), the delegations it made end and what it held for the
/// organisation moves to the admin account now:
/// - every proxy it had added is removed (deposit returned to it): a key leaked and then
///   rotated out cannot be used through a proxy it set up beforehand (`Proxy.proxy` with it
///   as `real`, signed by an accomplice's member key);
/// - every announcement it made as another account's proxy is removed (deposit returned):
///   no accomplice executes a call it stashed (`Proxy.proxy_announced` with it as
///   `delegate`; [`super::consensus::SuspendedPrincipals`] also refuses a delegate that is no
///   member). It cannot sign, so it cannot use the proxies others gave it directly; and a
///   proxy of type `Any` cannot add proxies ([`ProxyType`]), so it cannot have left an
///   accomplice in another account's proxy list either;
/// - its roles and balances in the consortium's currencies move
///   ([`super::currencies::hand_over`]).
pub struct RetireAccount;

impl pallet_certifications::OnAccountRetired<crate::AccountId> for RetireAccount {
	fn on_account_retired(
		_participant: amchain_primitives::participants::ParticipantId,
		retired: &crate::AccountId,
		successor: &crate::AccountId,
	) -> frame_support::weights::Weight {
		use frame_support::traits::ReservableCurrency;
		use pallet_proxy::WeightInfo as _;
		let proxies = pallet_proxy::Proxies::<Runtime>::get(retired).0.len() as u32;
		pallet_proxy::Pallet::<Runtime>::remove_all_proxy_delegates(retired);
		let (announcements, deposit) = pallet_proxy::Announcements::<Runtime>::take(retired);
		<Balances as ReservableCurrency<_>>::unreserve(retired, deposit);
		<Runtime as pallet_proxy::Config>::WeightInfo::remove_proxies(proxies)
			.saturating_add(<Runtime as pallet_proxy::Config>::WeightInfo::remove_announcement(
				announcements.len() as u32,
				0,
			))
			.saturating_add(super::currencies::hand_over(retired, successor))
	}

	fn weight() -> frame_support::weights::Weight {
		use pallet_proxy::WeightInfo as _;
		let max_proxies = <Runtime as pallet_proxy::Config>::MaxProxies::get();
		let max_pending = <Runtime as pallet_proxy::Config>::MaxPending::get();
		<Runtime as pallet_proxy::Config>::WeightInfo::remove_proxies(max_proxies)
			.saturating_add(<Runtime as pallet_proxy::Config>::WeightInfo::remove_announcement(
				max_pending,
				0,
			))
			.saturating_add(super::currencies::hand_over_weight())
	}
}
