//! Benchmarks of every call, at its worst case (`frame_benchmarking::v2`).
//!
//! Run through the node: `scripts/bench.sh` (writes `weights.rs`).

use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;

use crate::{
	benchmark_helper::{fund, registrar, registrar_for},
	*,
};

const SEED: u32 = 0;

/// A registered participant with `roles` and a longest name, registered by a registrar
/// (by governance if a role needs it); returns its id and admin.
fn participant<T: Config>(index: u32, roles: Roles) -> (ParticipantId, T::AccountId) {
	let admin: T::AccountId = account("admin", index, SEED);
	let id = NextParticipantId::<T>::get();
	Pallet::<T>::do_register_participant(
		registrar_for::<T>(roles),
		admin.clone(),
		vec![b'n'; T::MaxNameLen::get() as usize],
		H256::repeat_byte(1),
		roles,
	)
	.expect("benchmark participant registers");
	(id, admin)
}

/// A standard with the longest code and URI, owned by a fresh standards organisation.
fn standard<T: Config>() -> (StandardId, T::AccountId) {
	let (_, owner) = participant::<T>(100, Role::StandardsOrganisation.into());
	let id = NextStandardId::<T>::get();
	Pallet::<T>::do_define_standard(
		owner.clone(),
		vec![b'c'; T::MaxCodeLen::get() as usize],
		1,
		H256::repeat_byte(2),
		vec![b'u'; T::MaxUriLen::get() as usize],
	)
	.expect("benchmark standard is defined");
	(id, owner)
}

/// An accredited auditor for `standard`.
fn auditor<T: Config>(standard: StandardId, owner: &T::AccountId) -> (ParticipantId, T::AccountId) {
	let (id, admin) = participant::<T>(200, Role::Auditor.into());
	fund::<T>(&admin);
	Pallet::<T>::do_accredit_auditor(owner.clone(), standard, id).expect("auditor is accredited");
	(id, admin)
}

/// A standard, its organisation, an accredited auditor and a holder to certify.
struct Fixture<T: Config> {
	standard: StandardId,
	owner: T::AccountId,
	auditor: T::AccountId,
	holder: ParticipantId,
	holder_admin: T::AccountId,
}

fn fixture<T: Config>() -> Fixture<T> {
	let (standard, owner) = standard::<T>();
	let (_, auditor) = auditor::<T>(standard, &owner);
	let (holder, holder_admin) = participant::<T>(300, Role::Manufacturer.into());
	Fixture { standard, owner, auditor, holder, holder_admin }
}

/// A certification issued and accepted by the holder (live and active).
fn accepted<T: Config>(f: &Fixture<T>) -> CertificationId {
	let id = issue::<T>(f);
	Pallet::<T>::do_accept_certification(f.holder_admin.clone(), id)
		.expect("certification is accepted");
	id
}

/// The holder's live list one short of full, every one active (so each is read when the
/// list is walked): the worst case of a call that recomputes `CertifiedUntil`.
fn fill<T: Config>(f: &Fixture<T>) {
	for _ in 1..T::MaxCertificationsPerHolder::get() {
		accepted::<T>(f);
	}
}

fn issue<T: Config>(f: &Fixture<T>) -> CertificationId {
	let id = NextCertificationId::<T>::get();
	Pallet::<T>::do_issue_certification(
		f.auditor.clone(),
		f.holder,
		f.standard,
		vec![b's'; T::MaxScopeLen::get() as usize],
		capacity::<T>(),
		1_000_000u32.into(),
		Some(100u32.into()),
	)
	.expect("certification is issued");
	id
}

fn capacity<T: Config>() -> Capacity<BlockNumberFor<T>> {
	Capacity { units: 10_000, period: 1_000u32.into() }
}

fn set_block<T: Config>(n: u32) {
	frame_system::Pallet::<T>::set_block_number(n.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_registrar() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let new: T::AccountId = account("new", 0, SEED);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, new.clone());
		assert!(Registrars::<T>::contains_key(&new));
		Ok(())
	}

	#[benchmark]
	fn remove_registrar() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let old = registrar::<T>();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, old.clone());
		assert!(!Registrars::<T>::contains_key(&old));
		Ok(())
	}

	/// By a registrar, the worst case: its registration reads its `Registrars` entry, where
	/// governance's is an origin check and the same storage otherwise. So every role but
	/// the ones only governance grants (the roles' number does not change the cost).
	#[benchmark]
	fn register_participant() {
		let registrar = registrar::<T>();
		let admin: T::AccountId = account("admin", 0, SEED);
		let name = vec![b'n'; T::MaxNameLen::get() as usize];
		let roles = Roles(Roles::KNOWN & !GOVERNANCE_ROLES.0);
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), admin.clone(), name, H256::zero(), roles);
		assert!(Members::<T>::contains_key(&admin));
	}

	/// Worst case: every field, the admin account replaced (governance only) by one of the
	/// organisation's devices, which is promoted; the organisation suspended by its
	/// registrar, whose suspension governance takes over.
	#[benchmark]
	fn update_participant() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, old) = participant::<T>(0, Role::Manufacturer.into());
		let new: T::AccountId = account("new-admin", 0, SEED);
		Pallet::<T>::do_add_device(old.clone(), new.clone(), Role::Manufacturer.into())
			.expect("device is added");
		Pallet::<T>::do_suspend_participant(Registrar::Account(registrar::<T>()), id, H256::zero())
			.expect("participant is suspended");
		let name = vec![b'm'; T::MaxNameLen::get() as usize];
		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			id,
			Some(name),
			Some(H256::repeat_byte(9)),
			Some(Roles(Roles::KNOWN)),
			Some(new.clone()),
		);
		assert!(Members::<T>::contains_key(&new) && !Members::<T>::contains_key(&old));
		assert!(!Devices::<T>::contains_key(id, &new));
		assert_eq!(Suspensions::<T>::get(id), Some(Registrar::Governance));
		Ok(())
	}

	/// Worst case: governance takes over a registrar's suspension (reads who suspended).
	#[benchmark]
	fn suspend_participant() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (id, admin) = participant::<T>(0, Role::Manufacturer.into());
		let registrar = Registrar::Account(registrar::<T>());
		Pallet::<T>::do_suspend_participant(registrar, id, H256::zero())
			.expect("participant is suspended");
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, H256::repeat_byte(1));
		assert!(Pallet::<T>::membership(&admin).is_none());
		assert_eq!(Suspensions::<T>::get(id), Some(Registrar::Governance));
		Ok(())
	}

	#[benchmark]
	fn reinstate_participant() {
		let (id, admin) = participant::<T>(0, Role::Manufacturer.into());
		let registrar = registrar::<T>();
		Pallet::<T>::do_suspend_participant(
			Registrar::Account(registrar.clone()),
			id,
			H256::zero(),
		)
		.expect("participant is suspended");
		#[extrinsic_call]
		_(RawOrigin::Signed(registrar), id);
		assert!(Pallet::<T>::membership(&admin).is_some());
	}

	#[benchmark]
	fn add_device() {
		let (id, admin) = participant::<T>(0, Roles(Roles::KNOWN));
		let device: T::AccountId = account("device", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), device.clone(), Role::Manufacturer.into());
		assert!(Devices::<T>::contains_key(id, &device));
	}

	#[benchmark]
	fn remove_device() {
		let (id, admin) = participant::<T>(0, Roles(Roles::KNOWN));
		let device: T::AccountId = account("device", 0, SEED);
		Pallet::<T>::do_add_device(admin.clone(), device.clone(), Role::Manufacturer.into())
			.expect("device is added");
		#[extrinsic_call]
		_(RawOrigin::Signed(admin), device.clone());
		assert!(!Devices::<T>::contains_key(id, &device));
	}

	#[benchmark]
	fn define_standard() {
		let (_, owner) = participant::<T>(0, Role::StandardsOrganisation.into());
		let code = vec![b'c'; T::MaxCodeLen::get() as usize];
		let uri = vec![b'u'; T::MaxUriLen::get() as usize];
		let id = NextStandardId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), code, 7, H256::zero(), uri);
		assert_eq!(NextStandardId::<T>::get(), id + 1);
	}

	#[benchmark]
	fn accredit_auditor() {
		let (standard, owner) = standard::<T>();
		let (auditor, _) = participant::<T>(1, Role::Auditor.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), standard, auditor);
		assert!(Pallet::<T>::is_accredited(standard, auditor));
	}

	#[benchmark]
	fn withdraw_accreditation() {
		let (standard, owner) = standard::<T>();
		let (auditor, _) = auditor::<T>(standard, &owner);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), standard, auditor);
		assert!(!Pallet::<T>::is_accredited(standard, auditor));
	}

	/// Issuing touches none of the holder's lists: an offer costs the same whatever it holds.
	#[benchmark]
	fn issue_certification() {
		let f = fixture::<T>();
		let id = NextCertificationId::<T>::get();
		let scope = vec![b's'; T::MaxScopeLen::get() as usize];
		#[extrinsic_call]
		_(
			RawOrigin::Signed(f.auditor.clone()),
			f.holder,
			f.standard,
			scope,
			capacity::<T>(),
			1_000_000u32.into(),
			Some(100u32.into()),
		);
		assert_eq!(Pallet::<T>::status(id), Some(CertificationStatus::Offered));
	}

	/// Worst case: the holder's live list is one short of full, each active (each read
	/// while pruning and again for `CertifiedUntil`), and it fills up.
	#[benchmark]
	fn accept_certification() {
		let f = fixture::<T>();
		fill::<T>(&f);
		let id = issue::<T>(&f);
		#[extrinsic_call]
		_(RawOrigin::Signed(f.holder_admin.clone()), id);
		assert_eq!(
			CertificationsOf::<T>::get(f.holder, f.standard).len() as u32,
			T::MaxCertificationsPerHolder::get()
		);
		assert_eq!(Pallet::<T>::status(id), Some(CertificationStatus::Active));
	}

	/// Worst case: the audit is overdue, so one interval closes and another opens; the
	/// holder's live list is full.
	#[benchmark]
	fn record_surveillance() {
		let f = fixture::<T>();
		fill::<T>(&f);
		let id = accepted::<T>(&f);
		set_block::<T>(500);
		#[extrinsic_call]
		_(RawOrigin::Signed(f.auditor.clone()), id, H256::zero());
		assert_eq!(Certifications::<T>::get(id).map(|c| c.intervals), Some(2));
	}

	/// Worst case: the holder's live list is full (walked for `CertifiedUntil`).
	#[benchmark]
	fn suspend_certification() {
		let f = fixture::<T>();
		fill::<T>(&f);
		let id = accepted::<T>(&f);
		#[extrinsic_call]
		_(RawOrigin::Signed(f.owner.clone()), id, H256::zero());
		assert_eq!(Pallet::<T>::status(id), Some(CertificationStatus::Suspended));
	}

	/// Worst case: the holder's live list is full (walked for `CertifiedUntil`).
	#[benchmark]
	fn reinstate_certification() {
		let f = fixture::<T>();
		fill::<T>(&f);
		let id = accepted::<T>(&f);
		Pallet::<T>::do_suspend_certification(f.owner.clone(), id, H256::zero())
			.expect("certification is suspended");
		#[extrinsic_call]
		_(RawOrigin::Signed(f.owner.clone()), id);
		assert_eq!(Pallet::<T>::status(id), Some(CertificationStatus::Active));
	}

	/// Worst case: the holder's live list is full (walked for `CertifiedUntil`).
	#[benchmark]
	fn revoke_certification() {
		let f = fixture::<T>();
		fill::<T>(&f);
		let id = accepted::<T>(&f);
		#[extrinsic_call]
		_(RawOrigin::Signed(f.owner.clone()), id, H256::zero());
		assert_eq!(Pallet::<T>::status(id), Some(CertificationStatus::Revoked));
	}

	#[benchmark]
	fn change_admin() {
		let (id, old) = participant::<T>(0, Role::Manufacturer.into());
		let new: T::AccountId = account("new-admin", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(old.clone()), new.clone());
		assert_eq!(PendingAdmins::<T>::get(id), Some(new));
	}

	#[benchmark]
	fn accept_admin() {
		let (id, old) = participant::<T>(0, Role::Manufacturer.into());
		let new: T::AccountId = account("new-admin", 0, SEED);
		Pallet::<T>::change_admin(RawOrigin::Signed(old.clone()).into(), new.clone())
			.expect("the admin names its successor");
		#[extrinsic_call]
		_(RawOrigin::Signed(new.clone()), id);
		assert_eq!(Participants::<T>::get(id).map(|p| p.admin), Some(new));
		assert!(!Members::<T>::contains_key(&old));
		assert!(!PendingAdmins::<T>::contains_key(id));
	}

	#[benchmark]
	fn withdraw_admin_change() {
		let (id, old) = participant::<T>(0, Role::Manufacturer.into());
		let new: T::AccountId = account("new-admin", 0, SEED);
		Pallet::<T>::change_admin(RawOrigin::Signed(old.clone()).into(), new)
			.expect("the admin names its successor");
		#[extrinsic_call]
		_(RawOrigin::Signed(old));
		assert!(!PendingAdmins::<T>::contains_key(id));
	}

	/// The holder declines an open offer: the offer goes, its deposit is released.
	#[benchmark]
	fn decline_certification() {
		let f = fixture::<T>();
		let id = issue::<T>(&f);
		#[extrinsic_call]
		_(RawOrigin::Signed(f.holder_admin.clone()), id);
		assert!(!Certifications::<T>::contains_key(id));
		assert!(!OfferDeposits::<T>::contains_key(id));
	}

	/// Worst case: a stranger removes an offer that can no longer be accepted, found out
	/// only at the last check (valid and surveillance not due, but the auditor's
	/// accreditation withdrawn), so every check runs before the removal.
	#[benchmark]
	fn remove_offer() {
		let f = fixture::<T>();
		let id = issue::<T>(&f);
		let auditor = Certifications::<T>::get(id).expect("issued").auditor;
		Pallet::<T>::do_withdraw_accreditation(f.owner.clone(), f.standard, auditor)
			.expect("accreditation withdrawn");
		let stranger: T::AccountId = account("stranger", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(stranger), id);
		assert!(!Certifications::<T>::contains_key(id));
		assert!(!OfferDeposits::<T>::contains_key(id));
	}

	/// Production registered by another pallet through `ProductionRegistry`; its weight
	/// is part of that pallet's call, so it is measured here for them to add.
	#[benchmark]
	fn register_production() {
		let f = fixture::<T>();
		let id = accepted::<T>(&f);
		let holder = f.holder;
		#[block]
		{
			Pallet::<T>::do_register_production(holder, id, 1).expect("production is registered");
		}
		assert_eq!(Pallet::<T>::remaining_capacity(id), Some(9_999));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_bench_ext(), crate::mock::Test);
}
