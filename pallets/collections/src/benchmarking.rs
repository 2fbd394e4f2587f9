//! Benchmarks of every call at its worst case (`frame_benchmarking::v2`): collections of
//! `MaxMembers` organisations of the real trust layer (set up through `TrustHelper`).
//!
//! Run through the node once the pallet is in the runtime: `scripts/bench.sh
//! pallet_collections` (writes `weights.rs`).

use alloc::{vec, vec::Vec};
use amchain_primitives::{
	certifications::TrustBenchmarkHelper,
	participants::{Role, Roles},
};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Mutate, MutateHold},
	EnsureOrigin, Get,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Saturating;

use crate::*;

const SEED: u32 = 0;

/// `n` fresh organisations, each with a funded admin account; sorted by id.
fn organisations<T: Config>(n: u32) -> Vec<(T::AccountId, ParticipantId)> {
	(0..n)
		.map(|i| {
			let admin: T::AccountId = account("member", i, SEED);
			let id = T::TrustHelper::participant(&admin, Roles::of(&[Role::Supplier]));
			T::Currency::set_balance(&admin, funds::<T>());
			(admin, id)
		})
		.collect()
}

/// A million times the existential deposit: more than any deposit.
fn funds<T: Config>() -> BalanceOf<T> {
	<T::Currency as frame_support::traits::fungible::Inspect<_>>::minimum_balance()
		.saturating_mul(1_000_000u32.into())
}

fn ids<T: Config>(orgs: &[(T::AccountId, ParticipantId)]) -> Vec<ParticipantId> {
	orgs.iter().map(|(_, id)| *id).collect()
}

fn label<T: Config>() -> Vec<u8> {
	vec![b'x'; T::MaxLabel::get() as usize]
}

/// A proposal of `MaxMembers` organisations by the first; returns them and its id.
fn proposal<T: Config>() -> (Vec<(T::AccountId, ParticipantId)>, CollectionId) {
	let orgs = organisations::<T>(T::MaxMembers::get());
	let id = NextCollectionId::<T>::get();
	Pallet::<T>::do_propose(orgs[0].0.clone(), ids::<T>(&orgs), 100u32.into(), label::<T>())
		.expect("proposed");
	(orgs, id)
}

/// An active collection of `MaxMembers` organisations, with a deposit.
fn active<T: Config>() -> (Vec<(T::AccountId, ParticipantId)>, CollectionId) {
	let (orgs, id) = proposal::<T>();
	for (admin, _) in orgs.iter().skip(1) {
		Pallet::<T>::do_accept(admin, id).expect("accepted");
	}
	(orgs, id)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn propose(m: Linear<2, { T::MaxMembers::get() }>) {
		let orgs = organisations::<T>(m);
		let id = NextCollectionId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(orgs[0].0.clone()), ids::<T>(&orgs), 100u32.into(), label::<T>());
		assert!(CollectionRecords::<T>::get(id).is_some_and(|c| c.members.len() == m as usize));
	}

	/// The last consent, which activates a collection of `MaxMembers`.
	#[benchmark]
	fn accept() {
		let (orgs, id) = proposal::<T>();
		for (admin, _) in orgs.iter().skip(1).take(orgs.len().saturating_sub(2)) {
			Pallet::<T>::do_accept(admin, id).expect("accepted");
		}
		let last = orgs.last().expect("members").0.clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(last), id);
		assert!(
			CollectionRecords::<T>::get(id).is_some_and(|c| c.status == CollectionStatus::Active)
		);
	}

	#[benchmark]
	fn withdraw() {
		let (orgs, id) = proposal::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(orgs[0].0.clone()), id);
		assert!(!CollectionRecords::<T>::contains_key(id));
	}

	/// Declining a proposal of `MaxMembers`: every index entry goes (leaving an active
	/// collection removes one).
	#[benchmark]
	fn leave() {
		let (orgs, id) = proposal::<T>();
		let last = orgs.last().expect("members").0.clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(last), id);
		assert!(!CollectionRecords::<T>::contains_key(id));
	}

	#[benchmark]
	fn force_create(m: Linear<2, { T::MaxMembers::get() }>) -> Result<(), BenchmarkError> {
		let orgs = organisations::<T>(m);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let id = NextCollectionId::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, ids::<T>(&orgs), 100u32.into(), label::<T>());
		assert!(
			CollectionRecords::<T>::get(id).is_some_and(|c| c.status == CollectionStatus::Active)
		);
		Ok(())
	}

	#[benchmark]
	fn force_dissolve() -> Result<(), BenchmarkError> {
		let (_, id) = active::<T>();
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);
		assert!(!CollectionRecords::<T>::contains_key(id));
		Ok(())
	}

	/// The last member (by id) of a collection of `MaxMembers` anchors.
	#[benchmark]
	fn anchor() {
		let (orgs, id) = active::<T>();
		let last = orgs.last().expect("members").0.clone();
		let hash = H256::repeat_byte(7);
		#[extrinsic_call]
		_(RawOrigin::Signed(last), id, hash);
		assert!(Anchors::<T>::iter_prefix((id,)).next().is_some());
	}

	/// An expired proposal of `MaxMembers`: every index entry goes.
	#[benchmark]
	fn remove_expired() {
		let (orgs, id) = proposal::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::ProposalLifetime::get()));
		#[extrinsic_call]
		_(RawOrigin::Signed(orgs[1].0.clone()), id);
		assert!(!CollectionRecords::<T>::contains_key(id));
	}

	/// `n` anchors of an ended collection, each of another organisation and held on
	/// another account than the organisation's admin (a device's, say): each deposit moves
	/// between two accounts.
	#[benchmark]
	fn purge_anchors(n: Linear<0, { T::MaxAnchorsPurged::get() }>) -> Result<(), BenchmarkError> {
		let (_, id) = active::<T>();
		let record = CollectionRecords::<T>::get(id).expect("active");
		Pallet::<T>::dissolve(id, record).expect("dissolved");
		let amount = T::AnchorDeposit::get();
		for i in 0..n {
			let admin: T::AccountId = account("anchorer", i, SEED);
			let by = T::TrustHelper::participant(&admin, Roles::of(&[Role::Supplier]));
			let payer: T::AccountId = account("device", i, SEED);
			T::Currency::set_balance(&payer, funds::<T>());
			T::Currency::hold(&HoldReason::AnchorDeposit.into(), &payer, amount).expect("held");
			let at = frame_system::Pallet::<T>::block_number();
			let mut bytes = [0u8; 32];
			bytes[..4].copy_from_slice(&i.to_le_bytes());
			let hash = H256(bytes);
			Anchors::<T>::insert(
				(id, by, hash),
				Anchor { at, deposit: Deposit { account: payer, amount } },
			);
		}
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let limit = n.max(1);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, limit);
		assert_eq!(Anchors::<T>::iter_prefix((id,)).count(), 0);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build(), crate::mock::Test);
}
