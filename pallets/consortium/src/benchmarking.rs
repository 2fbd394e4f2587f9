//! Benchmarks of every call at its worst case (`frame_benchmarking::v2`): the validator
//! set one short of full (adding) or full (removing), candidates with real session keys
//! registered through `BenchmarkHelper`.
//!
//! Run through the node: `scripts/bench.sh pallet_consortium` (writes `weights.rs`).

use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};

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
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
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

	/// The transaction extension's check on a members-only chain, for a signer that is no
	/// member: every lookup of `Members` misses (the worst case).
	#[benchmark]
	fn check_member() {
		MembersOnly::<T>::put(true);
		let stranger: T::AccountId = account("stranger", 0, 0);
		let allowed;

		#[block]
		{
			allowed = Pallet::<T>::may_transact(&stranger);
		}

		assert!(!allowed);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build(), crate::mock::Test);
}
