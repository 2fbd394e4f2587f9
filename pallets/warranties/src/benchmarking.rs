//! Benchmarks of every call at its worst case (`frame_benchmarking::v2`), on the real
//! trust layer, parts and cores (set up through `TrustHelper`, `PartsHelper` and
//! `LivesHelper`).
//!
//! Run through the node: `scripts/bench.sh pallet_warranties` (writes `weights.rs`).

use alloc::{vec, vec::Vec};
use amchain_primitives::warranties::PendingWithdrawal;
use amchain_primitives::{
	certifications::TrustBenchmarkHelper,
	cores::{LivesBenchmarkHelper, Outcome},
	participants::{Role, Roles},
	parts::PartsBenchmarkHelper,
};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Mutate, MutateHold},
	EnsureOrigin, Get,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::traits::Saturating;

use crate::*;

const SEED: u32 = 0;
const TERM: u32 = 1_000;

/// A fresh organisation's admin account with `roles`, funded.
fn member<T: Config>(name: &'static str, roles: &[Role]) -> (T::AccountId, ParticipantId) {
	let admin: T::AccountId = account(name, 0, SEED);
	let id = T::TrustHelper::participant(&admin, Roles::of(roles));
	T::Currency::set_balance(&admin, amount::<T>(1_000_000));
	(admin, id)
}

/// `n` times the existential deposit.
fn amount<T: Config>(n: u32) -> BalanceOf<T> {
	<T::Currency as frame_support::traits::fungible::Inspect<_>>::minimum_balance()
		.saturating_mul(n.into())
}

/// A manufacturer (also a remanufacturer and customer, so one organisation can do
/// everything) with a part type whose new-warranty term is `TERM`.
struct Maker<T: Config> {
	admin: T::AccountId,
	id: ParticipantId,
	part_type: PartTypeId,
}

impl<T: Config> Maker<T> {
	fn new() -> Self {
		let (admin, id) =
			member::<T>("maker", &[Role::Manufacturer, Role::Remanufacturer, Role::Customer]);
		let part_type = T::PartsHelper::part_type(&admin, id);
		// A full history of terms, `TERM` for every part (the latest changes apply to parts
		// far beyond any made here): a yardstick reads past all of them.
		let term = BlockNumberFor::<T>::from(TERM);
		let mut history = frame_support::BoundedVec::new();
		for i in 0..MAX_TERM_CHANGES {
			let from =
				if i == 0 { 0 } else { PartId::MAX - MAX_TERM_CHANGES as PartId + i as PartId };
			let _ = history.try_push((from, term));
		}
		TermHistory::<T>::insert(part_type, history);
		NewWarrantyTerms::<T>::insert(part_type, term);
		Maker { admin, id, part_type }
	}

	fn part(&self) -> PartId {
		T::PartsHelper::part(&self.admin, self.part_type)
	}

	/// The reserve held on another account than the admin's (the claimant's payee here),
	/// so a payment is a transfer between two accounts: the worst case.
	fn fund_from_treasurer(&self, n: u32) -> T::AccountId {
		let treasurer: T::AccountId = account("treasurer", 0, SEED);
		T::Currency::set_balance(&treasurer, amount::<T>(1_000_000));
		T::Currency::hold(&HoldReason::ClaimReserve.into(), &treasurer, amount::<T>(n))
			.expect("held");
		Reserves::<T>::insert(
			self.id,
			Reserve { account: treasurer.clone(), amount: amount::<T>(n) },
		);
		treasurer
	}

	/// A part with a new warranty in force, given to `holder`'s organisation.
	fn warranted_to(&self, holder: &Holder<T>) -> PartId {
		let part = self.warranted();
		T::PartsHelper::give(&self.admin, part, holder.id);
		part
	}

	/// A part with a new warranty (id 0) in force.
	fn warranted(&self) -> PartId {
		let part = self.part();
		Pallet::<T>::do_issue(
			&self.admin,
			part,
			WarrantyKind::New,
			H256::zero(),
			TERM.into(),
			vec![],
		)
		.expect("warranty is issued");
		part
	}
}

/// An organisation holding warranted parts (a customer that also makes parts, for its
/// own assemblies).
struct Holder<T: Config> {
	admin: T::AccountId,
	id: ParticipantId,
	part_type: PartTypeId,
}

impl<T: Config> Holder<T> {
	fn new(name: &'static str) -> Self {
		let (admin, id) = member::<T>(name, &[Role::Customer, Role::Manufacturer]);
		let part_type = T::PartsHelper::part_type(&admin, id);
		Holder { admin, id, part_type }
	}

	/// Claims on `warranty`, asking `n` times the existential deposit.
	fn claim(&self, warranty: WarrantyId, n: u32) {
		Pallet::<T>::do_claim(self.admin.clone(), warranty, H256::zero(), amount::<T>(n))
			.expect("claimed");
	}
}

/// Moves to the block after claim `id`'s response deadline.
fn past_deadline<T: Config>(id: ClaimId) {
	let respond_by = Claims::<T>::get(id).expect("filed").respond_by;
	frame_system::Pallet::<T>::set_block_number(respond_by.saturating_add(1u32.into()));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	/// A new term after parts were made: the history grows by one.
	fn set_new_warranty_term() {
		let maker = Maker::<T>::new();
		// (One entry: a history's read and write cost is its bounded size either way.)
		let mut history = TermHistory::<T>::get(maker.part_type).unwrap_or_default();
		history.truncate(1);
		TermHistory::<T>::insert(maker.part_type, history);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(maker.admin.clone()),
			maker.part_type,
			BlockNumberFor::<T>::from(10u32),
		);
		assert_eq!(NewWarrantyTerms::<T>::get(maker.part_type), Some(10u32.into()));
	}

	/// A repair warranty in a later life, covering `c` installed parts, replacing one of
	/// its kind that has run out.
	#[benchmark]
	fn issue(c: Linear<0, { T::MaxCovered::get() }>) {
		let maker = Maker::<T>::new();
		let part = maker.part();
		T::LivesHelper::next_life(&maker.admin, maker.id, part, Outcome::Repaired);
		let covers: Vec<PartId> = (0..c)
			.map(|_| {
				let child = maker.part();
				T::PartsHelper::install(&maker.admin, child, part);
				child
			})
			.collect();
		Pallet::<T>::do_issue(
			&maker.admin,
			part,
			WarrantyKind::Repair,
			H256::zero(),
			1u32.into(),
			vec![],
		)
		.expect("an earlier repair warranty");
		frame_system::Pallet::<T>::set_block_number(10u32.into());
		#[extrinsic_call]
		_(
			RawOrigin::Signed(maker.admin.clone()),
			part,
			WarrantyKind::Repair,
			H256::zero(),
			BlockNumberFor::<T>::from(TERM - 1),
			covers,
		);
		assert_eq!(Latest::<T>::get(part, WarrantyKind::Repair), Some(1));
	}

	#[benchmark]
	fn authorise_provider() {
		let maker = Maker::<T>::new();
		let (_, provider) = member::<T>("provider", &[Role::ServiceProvider]);
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), provider);
		assert!(AuthorisedProviders::<T>::contains_key(maker.id, provider));
	}

	#[benchmark]
	fn deauthorise_provider() {
		let maker = Maker::<T>::new();
		let (_, provider) = member::<T>("provider", &[Role::ServiceProvider]);
		Pallet::<T>::do_authorise_provider(&maker.admin, provider).expect("authorised");
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), provider);
		assert!(!AuthorisedProviders::<T>::contains_key(maker.id, provider));
	}

	#[benchmark]
	fn fund_reserve() {
		let maker = Maker::<T>::new();
		Pallet::<T>::do_fund_reserve(maker.admin.clone(), amount::<T>(10)).expect("funded");
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), amount::<T>(10));
		assert_eq!(Reserves::<T>::get(maker.id).map(|r| r.amount), Some(amount::<T>(20)));
	}

	/// The announcement, replacing an earlier one, with a claim open.
	#[benchmark]
	fn withdraw_reserve() {
		let maker = Maker::<T>::new();
		let holder = Holder::<T>::new("holder");
		maker.warranted_to(&holder);
		Pallet::<T>::do_fund_reserve(maker.admin.clone(), amount::<T>(20)).expect("funded");
		holder.claim(0, 5);
		Pallet::<T>::do_withdraw_reserve(maker.admin.clone(), amount::<T>(1)).expect("announced");
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), amount::<T>(10));
		assert_eq!(Withdrawals::<T>::get(maker.id).map(|w| w.amount), Some(amount::<T>(10)));
	}

	/// Releasing part of the reserve, with a claim open.
	#[benchmark]
	fn complete_withdrawal() {
		let maker = Maker::<T>::new();
		let holder = Holder::<T>::new("holder");
		maker.warranted_to(&holder);
		Pallet::<T>::do_fund_reserve(maker.admin.clone(), amount::<T>(20)).expect("funded");
		holder.claim(0, 5);
		Pallet::<T>::do_withdraw_reserve(maker.admin.clone(), amount::<T>(10)).expect("announced");
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(T::ReserveNotice::get()),
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()));
		assert_eq!(Reserves::<T>::get(maker.id).map(|r| r.amount), Some(amount::<T>(10)));
	}

	/// The whole reserve, held on another account, to the admin's.
	#[benchmark]
	fn move_reserve() {
		let maker = Maker::<T>::new();
		maker.fund_from_treasurer(20);
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()));
		assert_eq!(Reserves::<T>::get(maker.id).map(|r| r.account), Some(maker.admin.clone()));
	}

	/// The worst case: the claimed part at the bottom of an assembly as deep as the chain
	/// allows (the lock check walks up to its top), a former holder's open claim closed on
	/// the way, and part of the reserve set aside.
	#[benchmark]
	fn claim() {
		let maker = Maker::<T>::new();
		let former = Holder::<T>::new("former");
		let holder = Holder::<T>::new("holder");
		let gear = maker.warranted_to(&former);
		Pallet::<T>::do_fund_reserve(maker.admin.clone(), amount::<T>(100)).expect("funded");
		former.claim(0, 10);
		T::PartsHelper::give(&former.admin, gear, holder.id);
		let bottom = T::PartsHelper::deepest_part(&holder.admin, holder.part_type);
		let parent = T::Parts::summary(bottom).and_then(|p| p.parent).expect("an assembly");
		T::PartsHelper::install(&holder.admin, gear, parent);
		#[extrinsic_call]
		_(RawOrigin::Signed(holder.admin.clone()), 0, H256::zero(), amount::<T>(10));
		assert_eq!(Claims::<T>::get(0).map(|c| c.status), Some(ClaimStatus::Withdrawn));
		assert_eq!(Claims::<T>::get(1).map(|c| c.covered), Some(amount::<T>(10)));
	}

	/// With a payment from the reserve held on another account than the payee's, after
	/// the deadline (the approval must pay what is covered).
	#[benchmark]
	fn approve() {
		let maker = Maker::<T>::new();
		let holder = Holder::<T>::new("holder");
		maker.warranted_to(&holder);
		maker.fund_from_treasurer(20);
		holder.claim(0, 10);
		past_deadline::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), 0, H256::zero(), amount::<T>(10));
		assert!(!OpenClaims::<T>::contains_key(maker.id, 0));
	}

	#[benchmark]
	fn reject() {
		let maker = Maker::<T>::new();
		let holder = Holder::<T>::new("holder");
		maker.warranted_to(&holder);
		Pallet::<T>::do_fund_reserve(maker.admin.clone(), amount::<T>(20)).expect("funded");
		holder.claim(0, 10);
		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), 0, H256::zero());
		assert!(!OpenClaims::<T>::contains_key(maker.id, 0));
	}

	#[benchmark]
	fn withdraw_claim() {
		let maker = Maker::<T>::new();
		let holder = Holder::<T>::new("holder");
		maker.warranted_to(&holder);
		Pallet::<T>::do_fund_reserve(maker.admin.clone(), amount::<T>(20)).expect("funded");
		holder.claim(0, 10);
		#[extrinsic_call]
		_(RawOrigin::Signed(holder.admin.clone()), 0);
		assert!(!OpenClaims::<T>::contains_key(maker.id, 0));
	}

	/// Past the response time, with a payment from the reserve held on another account.
	#[benchmark]
	fn rule() -> Result<(), BenchmarkError> {
		let maker = Maker::<T>::new();
		let holder = Holder::<T>::new("holder");
		maker.warranted_to(&holder);
		maker.fund_from_treasurer(20);
		holder.claim(0, 10);
		past_deadline::<T>(0);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, H256::zero(), amount::<T>(10));
		assert!(!OpenClaims::<T>::contains_key(maker.id, 0));
		Ok(())
	}

	/// Paying what the claim covered empties the reserve (held on another account), which
	/// goes, with its announced withdrawal.
	#[benchmark]
	fn settle_overdue() {
		let maker = Maker::<T>::new();
		let holder = Holder::<T>::new("holder");
		maker.warranted_to(&holder);
		let treasurer = maker.fund_from_treasurer(10);
		Withdrawals::<T>::insert(
			maker.id,
			PendingWithdrawal {
				amount: amount::<T>(10),
				at: T::ReserveNotice::get(),
				until: T::ReserveNotice::get(),
			},
		);
		holder.claim(0, 10);
		past_deadline::<T>(0);
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(T::ClaimResponseTime::get()),
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(treasurer), 0);
		assert!(!Reserves::<T>::contains_key(maker.id));
		assert!(!Withdrawals::<T>::contains_key(maker.id));
	}

	/// Service by a provider the issuer did not authorise on a part in its fourth life,
	/// with a warranty of every kind on record: every kind's latest warranty is read, the
	/// one in force (repair) is voided. (`report` adds this to its weight, and charges the
	/// history record pallet-parts writes for each voided warranty itself.)
	#[benchmark]
	fn void_on_service() {
		let maker = Maker::<T>::new();
		let part = maker.warranted();
		for (outcome, kind, term) in [
			(Outcome::Remanufactured, WarrantyKind::Remanufactured, TERM),
			(Outcome::Reconditioned, WarrantyKind::Reconditioned, TERM / 2),
			(Outcome::Repaired, WarrantyKind::Repair, TERM / 2),
		] {
			T::LivesHelper::next_life(&maker.admin, maker.id, part, outcome);
			Pallet::<T>::do_issue(&maker.admin, part, kind, H256::zero(), term.into(), vec![])
				.expect("warranty is issued");
		}
		let (_, provider) = member::<T>("provider", &[Role::ServiceProvider]);
		let voided;
		#[block]
		{
			voided = Pallet::<T>::void_on_service(part, provider, H256::repeat_byte(1));
		}
		let repair = Latest::<T>::get(part, WarrantyKind::Repair).expect("a repair warranty");
		assert_eq!(voided.into_inner(), vec![repair]);
		assert!(WarrantyRecords::<T>::get(repair).is_some_and(|w| w.voided.is_some()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build(), crate::mock::Test);
}
