//! Benchmarks of every call at its worst case (`frame_benchmarking::v2`): the validator
//! set one short of full (adding) or full (removing), candidates with real session keys
//! registered through `BenchmarkHelper`.
//!
//! Run through the node: `scripts/bench.sh pallet_consortium` (writes `weights.rs`).

use frame_benchmarking::v2::*;
use frame_support::{
	dispatch::GetDispatchInfo,
	traits::{EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::Hash;

use crate::*;

/// Fills the validator set with `n` accounts that have session keys.
fn fill<T: Config>(n: u32) {
	let mut validators: alloc::vec::Vec<T::AccountId> = (0..n)
		.map(|i| {
			let v = account("validator", i, 0);
			T::BenchmarkHelper::register_keys(&v);
			v
		})
		.collect();
	validators.sort();
	Validators::<T>::put(BoundedVec::truncate_from(validators));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get() - 1);
		let candidate: T::AccountId = account("candidate", 0, 0);
		T::BenchmarkHelper::register_keys(&candidate);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, candidate.clone());

		assert!(Validators::<T>::get().contains(&candidate));
		Ok(())
	}

	#[benchmark]
	fn remove_validator() -> Result<(), BenchmarkError> {
		fill::<T>(T::MaxValidators::get());
		let leaving = Validators::<T>::get()[0].clone();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, leaving.clone());

		assert!(!Validators::<T>::get().contains(&leaving));
		Ok(())
	}

	#[benchmark]
	fn authorize_upgrade() -> Result<(), BenchmarkError> {
		let origin =
			T::EmergencyOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let code_hash = T::Hash::default();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, code_hash);

		frame_system::Pallet::<T>::assert_last_event(
			frame_system::Event::UpgradeAuthorized { code_hash, check_version: true }.into(),
		);
		Ok(())
	}

	#[benchmark]
	fn set_members_only() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, true);

		assert!(MembersOnly::<T>::get());
		Ok(())
	}

	/// The transaction extension's check on a members-only chain, for the signer whose
	/// check reads the most before it is refused (in amchain, the admin of a suspended
	/// organisation: its membership, its organisation, then every other ground).
	#[benchmark]
	fn check_member() {
		MembersOnly::<T>::put(true);
		let stranger = T::BenchmarkHelper::worst_case_signer();
		let allowed;

		#[block]
		{
			allowed = Pallet::<T>::may_transact(&stranger);
		}

		assert!(!allowed);
	}

	/// The call the emergency benchmarks schedule: a remark, so that what is measured is
	/// the pallet's own work (enacting adds the dispatched call's own weight).
	fn remark<T: Config>(n: u8) -> <T as Config>::RuntimeCall {
		frame_system::Call::<T>::remark { remark: alloc::vec![n] }.into()
	}

	/// The queue one short of full: the count is read and one more is written.
	#[benchmark]
	fn schedule_emergency() -> Result<(), BenchmarkError> {
		let origin =
			T::EmergencyOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let due: BlockNumberFor<T> = Default::default();
		for n in 1..T::MaxEmergencies::get() {
			Emergencies::<T>::insert(T::Hashing::hash_of(&remark::<T>(n as u8)), due);
		}
		let call = remark::<T>(0);
		let call_hash = T::Hashing::hash_of(&call);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, alloc::boxed::Box::new(call));

		assert!(Emergencies::<T>::contains_key(call_hash));
		Ok(())
	}

	#[benchmark]
	fn enact_emergency() {
		let call = remark::<T>(0);
		let call_hash = T::Hashing::hash_of(&call);
		Emergencies::<T>::insert(call_hash, frame_system::Pallet::<T>::block_number());
		let limit = call.get_dispatch_info().call_weight;
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), alloc::boxed::Box::new(call), limit);

		assert!(!Emergencies::<T>::contains_key(call_hash));
	}

	#[benchmark]
	fn cancel_emergency() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let call_hash = T::Hashing::hash_of(&remark::<T>(0));
		let due: BlockNumberFor<T> = Default::default();
		Emergencies::<T>::insert(call_hash, due);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, call_hash);

		assert!(!Emergencies::<T>::contains_key(call_hash));
		Ok(())
	}

	/// The cheapest call the governor may make (`BenchmarkHelper::governor_call`): the
	/// pallet's own work, hashing the call, checking it against `GovernorCalls`, and
	/// dispatching it in its own storage layer.
	#[benchmark]
	fn as_governor() -> Result<(), BenchmarkError> {
		let origin =
			T::EmergencyOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let (call, result) = T::BenchmarkHelper::governor_call();
		let call_hash = T::Hashing::hash_of(&call);

		let outcome;
		#[block]
		{
			// A failing call fails `as_governor` with its error; the work is the same.
			outcome = Pallet::<T>::as_governor(origin, alloc::boxed::Box::new(call))
				.map(|_| ())
				.map_err(|e| e.error);
		}

		assert_eq!(outcome, result);
		if result.is_ok() {
			frame_system::Pallet::<T>::assert_last_event(
				Event::<T>::GovernorActed { call_hash }.into(),
			);
		}
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build(), crate::mock::Test);
}
