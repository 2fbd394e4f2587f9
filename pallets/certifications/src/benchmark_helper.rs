//! Organisations and certifications for other pallets' benchmarks.

use alloc::vec::Vec;
use amchain_primitives::certifications::TrustBenchmarkHelper;
use codec::Encode;
use frame_benchmarking::account;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;

use crate::*;

/// An appointed registrar (the same account each time).
pub(crate) fn registrar<T: Config>() -> T::AccountId {
	let registrar: T::AccountId = account("helper-registrar", 0, 0);
	Registrars::<T>::insert(&registrar, ());
	registrar
}

/// Gives `who` enough to hold many offer deposits (benchmark auditors issue offers).
pub(crate) fn fund<T: Config>(who: &T::AccountId) {
	use frame_support::traits::{
		fungible::{Inspect, Mutate},
		Get,
	};
	use sp_runtime::Saturating;
	let amount = T::OfferDeposit::get()
		.saturating_mul(10_000u32.into())
		.saturating_add(T::Currency::minimum_balance().saturating_mul(10u32.into()));
	T::Currency::set_balance(who, amount);
}

/// Who may register an organisation with `roles`: a (benchmark) registrar, or governance
/// if a role needs it.
pub(crate) fn registrar_for<T: Config>(roles: Roles) -> Registrar<T::AccountId> {
	if needs_governance(roles) {
		Registrar::Governance
	} else {
		Registrar::Account(registrar::<T>())
	}
}

impl<T: Config> TrustBenchmarkHelper<T::AccountId> for Pallet<T> {
	fn participant(admin: &T::AccountId, roles: Roles) -> ParticipantId {
		let id = NextParticipantId::<T>::get();
		Self::do_register_participant(
			registrar_for::<T>(roles),
			admin.clone(),
			b"bench".to_vec(),
			H256::zero(),
			roles,
		)
		.expect("benchmark participant registers");
		id
	}

	fn certify_after_lapsed(
		participant: ParticipantId,
		lapsed: u32,
	) -> (StandardId, CertificationId) {
		let standard = NextStandardId::<T>::get();
		let owner: T::AccountId = account("helper-standards", standard, 0);
		Self::participant(&owner, Role::StandardsOrganisation.into());
		let mut code: Vec<u8> = b"BENCH-".to_vec();
		code.extend(standard.encode());
		Self::do_define_standard(owner.clone(), code, 1, H256::zero(), Vec::new())
			.expect("benchmark standard is defined");
		let auditor_admin: T::AccountId = account("helper-auditor", standard, 0);
		let auditor = Self::participant(&auditor_admin, Role::Auditor.into());
		fund::<T>(&auditor_admin);
		Self::do_accredit_auditor(owner, standard, auditor).expect("auditor is accredited");
		let issue = || {
			let certification = NextCertificationId::<T>::get();
			let now = frame_system::Pallet::<T>::block_number();
			Self::do_issue_certification(
				auditor_admin.clone(),
				participant,
				standard,
				b"bench".to_vec(),
				Capacity { units: u64::MAX / 2, period: BlockNumberFor::<T>::from(1_000_000u32) },
				now + BlockNumberFor::<T>::from(100_000_000u32),
				None,
			)
			.expect("benchmark certification is issued");
			let holder =
				Participants::<T>::get(participant).expect("benchmark holder is registered").admin;
			Self::do_accept_certification(holder, certification)
				.expect("benchmark certification is accepted");
			certification
		};
		for _ in 0..lapsed {
			let id = issue();
			Self::do_suspend_certification(auditor_admin.clone(), id, H256::zero())
				.expect("benchmark certification is suspended");
		}
		(standard, issue())
	}
}
