//! Benchmarks of every call at its worst case (`frame_benchmarking::v2`), on the real
//! trust layer and parts (set up through `TrustHelper` and `PartsHelper`).
//!
//! Run through the node: `scripts/bench.sh pallet_cores` (writes `weights.rs`).

use alloc::vec::Vec;
use amchain_primitives::{
	certifications::TrustBenchmarkHelper, participants::Roles, parts::PartsBenchmarkHelper,
};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Mutate, MutateHold},
	Get,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::traits::Saturating;

use crate::*;

const SEED: u32 = 0;

/// A fresh organisation's admin account with `roles`, funded.
fn member<T: Config>(
	name: &'static str,
	index: u32,
	roles: &[Role],
) -> (T::AccountId, ParticipantId) {
	let admin: T::AccountId = account(name, index, SEED);
	let id = T::TrustHelper::participant(&admin, Roles::of(roles));
	T::Currency::set_balance(&admin, amount::<T>(1_000_000));
	(admin, id)
}

/// `n` times the existential deposit.
fn amount<T: Config>(n: u32) -> BalanceOf<T> {
	<T::Currency as frame_support::traits::fungible::Inspect<_>>::minimum_balance()
		.saturating_mul(n.into())
}

fn block<T: Config>(n: u32) -> BlockNumberFor<T> {
	n.into()
}

/// An OEM with a part type and a core policy, a certified inspector and tester, and a
/// remanufacturer licensed for the type.
struct World<T: Config> {
	oem: T::AccountId,
	part_type: PartTypeId,
	inspector: (T::AccountId, ParticipantId),
	tester: (T::AccountId, ParticipantId),
	reman: (T::AccountId, ParticipantId),
}

impl<T: Config> World<T> {
	fn new() -> Self {
		let (oem, oem_id) = member::<T>("oem", 0, &[Role::Manufacturer]);
		let part_type = T::PartsHelper::part_type(&oem, oem_id);
		let inspector = member::<T>("inspector", 0, &[Role::Auditor]);
		let (grading_standard, _) = T::TrustHelper::certify(inspector.1);
		let tester = member::<T>("tester", 0, &[Role::Auditor]);
		let (testing_standard, _) = T::TrustHelper::certify(tester.1);
		Policies::<T>::insert(part_type, CorePolicy { grading_standard, testing_standard });
		let reman = member::<T>("reman", 0, &[Role::Remanufacturer]);
		World { oem, part_type, inspector, tester, reman }
	}

	/// A new part, owned and held by the remanufacturer, with parts of `MaxBatchesBelow`
	/// batches installed in it: each check that no recall holds it (a listing's
	/// `is_live`, the sale's hand-over) reads them all.
	fn remans_part(&self) -> PartId {
		let part = T::PartsHelper::part(&self.oem, self.part_type);
		T::PartsHelper::fill_batches(&self.oem, part);
		let oem_id = T::Participants::membership(&self.oem).expect("oem is a member").participant;
		T::Lifecycle::transfer(part, self.reman.1, &self.oem, oem_id).expect("part is sold");
		part
	}

	/// A core the remanufacturer returned.
	fn core(&self) -> PartId {
		let part = self.remans_part();
		Pallet::<T>::do_return_core(&self.reman.0, part, H256::zero(), None)
			.expect("core is returned");
		part
	}

	/// A core graded A.
	fn graded_core(&self) -> PartId {
		let part = self.core();
		T::PartsHelper::authorise(&self.reman.0, part, self.inspector.1);
		Pallet::<T>::do_grade(&self.inspector.0, part, Grade::A, H256::zero())
			.expect("core is graded");
		part
	}

	/// A graded core the remanufacturer listed, with `bids` bids from other
	/// organisations (each higher than the last).
	fn listed_core(&self, bids: u32) -> (PartId, Vec<T::AccountId>) {
		let part = self.graded_core();
		Pallet::<T>::do_list(self.reman.0.clone(), part, amount::<T>(10)).expect("listed");
		let bidders = (0..bids)
			.map(|i| {
				let (bidder, _) = member::<T>("bidder", i, &[Role::Remanufacturer]);
				Pallet::<T>::do_bid(bidder.clone(), part, amount::<T>(20 + i)).expect("bid");
				bidder
			})
			.collect();
		(part, bidders)
	}

	/// The remanufacturer asks a new customer for a deposit (id 0) on a part it sells;
	/// returns the customer's account.
	fn deposit_asked(&self) -> T::AccountId {
		let part = self.remans_part();
		let (buyer, buyer_id) = member::<T>("buyer", 0, &[Role::Customer]);
		Pallet::<T>::do_offer_charge(
			self.reman.0.clone(),
			part,
			buyer_id,
			amount::<T>(5),
			block::<T>(100),
		)
		.expect("deposit offered");
		buyer
	}

	fn license(&self, units: u32) {
		Pallet::<T>::do_grant_licence(
			&self.oem,
			self.part_type,
			self.reman.1,
			units,
			block::<T>(10),
			block::<T>(1_000_000),
			H256::zero(),
		)
		.expect("licence is granted");
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_policy() {
		let w = World::<T>::new();
		#[extrinsic_call]
		_(RawOrigin::Signed(w.oem.clone()), w.part_type, 7, 8);
		assert_eq!(
			Policies::<T>::get(w.part_type),
			Some(CorePolicy { grading_standard: 7, testing_standard: 8 })
		);
	}

	/// With a core deposit refunded.
	#[benchmark]
	fn return_core() {
		let w = World::<T>::new();
		let part = w.remans_part();
		let (seller, _) = member::<T>("seller", 0, &[Role::Supplier]);
		let sold = w.remans_part();
		T::Lifecycle::transfer(
			sold,
			T::Participants::membership(&seller).unwrap().participant,
			&w.reman.0,
			w.reman.1,
		)
		.expect("sold to the seller");
		Pallet::<T>::do_offer_charge(seller, sold, w.reman.1, amount::<T>(5), block::<T>(100))
			.expect("deposit offered");
		// Paid from another account than the buyer's admin (a key since rotated out): the
		// refund moves between two accounts.
		let payer: T::AccountId = account("payer", 0, 0);
		T::Currency::set_balance(&payer, amount::<T>(1_000));
		T::Currency::hold(&HoldReason::CoreCharge.into(), &payer, amount::<T>(5)).expect("held");
		Charges::<T>::mutate(0, |c| {
			if let Some(c) = c {
				c.paid_by = Some(payer);
			}
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(w.reman.0.clone()), part, H256::zero(), Some(0));
		assert!(CoreRecords::<T>::contains_key(part));
		assert!(!Charges::<T>::contains_key(0));
	}

	/// The last regrading allowed, by an inspector the owner authorised (the longest
	/// check).
	#[benchmark]
	fn grade() {
		let w = World::<T>::new();
		let part = w.graded_core();
		Gradings::<T>::insert(part, (w.reman.1, T::MaxGradings::get().saturating_sub(1)));
		#[extrinsic_call]
		_(RawOrigin::Signed(w.inspector.0.clone()), part, Grade::B, H256::zero());
		assert!(CoreRecords::<T>::get(part).is_some_and(|c| c.grading.is_some()));
	}

	#[benchmark]
	fn list() {
		let w = World::<T>::new();
		let part = w.graded_core();
		#[extrinsic_call]
		_(RawOrigin::Signed(w.reman.0.clone()), part, amount::<T>(10));
		assert!(Listings::<T>::contains_key(part));
	}

	/// Worst case (RT-7): a new organisation's bid on a full listing (`MaxBids` bids, each
	/// read), releasing the lowest to make room.
	#[benchmark]
	fn bid() {
		let w = World::<T>::new();
		let (part, bidders) = w.listed_core(T::MaxBids::get());
		let (bidder, _) = member::<T>("last-bidder", 0, &[Role::Remanufacturer]);
		#[extrinsic_call]
		_(RawOrigin::Signed(bidder.clone()), part, amount::<T>(1_000));
		assert_eq!(Listings::<T>::get(part).and_then(|l| l.best), Some(bidder));
		let lowest = bidders.first().cloned().expect("MaxBids is at least one");
		assert!(!Bids::<T>::contains_key(part, &lowest));
		assert_eq!(Listings::<T>::get(part).map(|l| l.bids), Some(T::MaxBids::get()));
	}

	/// Worst case: the best of `MaxBids` bids leaves a listing whose term ended, so the
	/// highest of the others is found (each read).
	#[benchmark]
	fn withdraw_bid() {
		let w = World::<T>::new();
		let (part, bidders) = w.listed_core(T::MaxBids::get());
		let listed_at = Listings::<T>::get(part).map(|l| l.listed_at).unwrap_or_default();
		frame_system::Pallet::<T>::set_block_number(listed_at + T::ListingTerm::get());
		let best = bidders.last().cloned().expect("MaxBids is at least one");
		#[extrinsic_call]
		_(RawOrigin::Signed(best.clone()), part);
		assert!(!Bids::<T>::contains_key(part, &best));
		let next = bidders.len().checked_sub(2).and_then(|i| bidders.get(i)).cloned();
		assert_eq!(Listings::<T>::get(part).and_then(|l| l.best), next);
	}

	/// `b` bids: the best is paid, the other `b - 1` released.
	#[benchmark]
	fn accept_bid(b: Linear<1, { T::MaxBids::get() }>) {
		let w = World::<T>::new();
		let (part, _) = w.listed_core(b);
		#[extrinsic_call]
		_(RawOrigin::Signed(w.reman.0.clone()), part);
		assert!(!Listings::<T>::contains_key(part));
	}

	/// `b` bids released.
	#[benchmark]
	fn cancel_listing(b: Linear<0, { T::MaxBids::get() }>) {
		let w = World::<T>::new();
		let (part, _) = w.listed_core(b);
		#[extrinsic_call]
		_(RawOrigin::Signed(w.reman.0.clone()), part);
		assert!(!Listings::<T>::contains_key(part));
	}

	#[benchmark]
	fn grant_licence() {
		let w = World::<T>::new();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(w.oem.clone()),
			w.part_type,
			w.reman.1,
			10,
			block::<T>(10),
			block::<T>(1_000_000),
			H256::zero(),
		);
		assert!(Licences::<T>::contains_key(w.part_type, w.reman.1));
	}

	#[benchmark]
	fn revoke_licence() {
		let w = World::<T>::new();
		w.license(10);
		#[extrinsic_call]
		_(RawOrigin::Signed(w.oem.clone()), w.part_type, w.reman.1);
		assert!(!Licences::<T>::contains_key(w.part_type, w.reman.1));
	}

	/// Proposing remanufacture under a licence whose period rolls over (every check the
	/// confirmation makes).
	#[benchmark]
	fn record_outcome() {
		let w = World::<T>::new();
		w.license(10);
		let part = w.graded_core();
		frame_system::Pallet::<T>::set_block_number(block::<T>(25));
		#[extrinsic_call]
		_(
			RawOrigin::Signed(w.reman.0.clone()),
			part,
			Outcome::Remanufactured,
			H256::zero(),
			H256::zero(),
			w.tester.1,
		);
		assert!(ProposedOutcomes::<T>::contains_key(part));
	}

	/// The tester confirms remanufacture under a licence whose period rolls over (the
	/// longest path): the core's next life starts.
	#[benchmark]
	fn confirm_outcome() {
		let w = World::<T>::new();
		w.license(10);
		let part = w.graded_core();
		Pallet::<T>::do_record_outcome(
			&w.reman.0,
			part,
			Outcome::Remanufactured,
			H256::zero(),
			H256::repeat_byte(1),
			w.tester.1,
		)
		.expect("outcome proposed");
		frame_system::Pallet::<T>::set_block_number(block::<T>(25));
		#[extrinsic_call]
		_(
			RawOrigin::Signed(w.tester.0.clone()),
			part,
			Outcome::Remanufactured,
			H256::repeat_byte(1),
		);
		assert!(Outcomes::<T>::contains_key(part, 1));
	}

	#[benchmark]
	fn withdraw_outcome() {
		let w = World::<T>::new();
		let part = w.graded_core();
		Pallet::<T>::do_record_outcome(
			&w.reman.0,
			part,
			Outcome::Recycled,
			H256::zero(),
			H256::zero(),
			w.tester.1,
		)
		.expect("outcome proposed");
		#[extrinsic_call]
		_(RawOrigin::Signed(w.reman.0.clone()), part);
		assert!(!ProposedOutcomes::<T>::contains_key(part));
	}

	#[benchmark]
	fn offer_charge() {
		let w = World::<T>::new();
		let part = w.remans_part();
		let (_, buyer) = member::<T>("buyer", 0, &[Role::Customer]);
		#[extrinsic_call]
		_(RawOrigin::Signed(w.reman.0.clone()), part, buyer, amount::<T>(5), block::<T>(100));
		assert!(Charges::<T>::contains_key(0));
	}

	#[benchmark]
	fn pay_charge() {
		let w = World::<T>::new();
		let buyer = w.deposit_asked();
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer.clone()), 0);
		assert_eq!(Charges::<T>::get(0).and_then(|c| c.paid_by), Some(buyer));
	}

	#[benchmark]
	fn cancel_charge() {
		let w = World::<T>::new();
		w.deposit_asked();
		#[extrinsic_call]
		_(RawOrigin::Signed(w.reman.0.clone()), 0);
		assert!(!Charges::<T>::contains_key(0));
	}

	#[benchmark]
	fn forfeit_charge() {
		let w = World::<T>::new();
		let buyer = w.deposit_asked();
		Pallet::<T>::do_pay_charge(buyer, 0).expect("deposit paid");
		// Delivered (the part reached the buyer; set here, not walked through parts).
		Charges::<T>::mutate(0, |c| {
			if let Some(c) = c {
				c.delivered_at = Some(frame_system::Pallet::<T>::block_number());
			}
		});
		frame_system::Pallet::<T>::set_block_number(block::<T>(200));
		#[extrinsic_call]
		_(RawOrigin::Signed(w.oem.clone()), 0);
		assert!(!Charges::<T>::contains_key(0));
	}

	/// `MAX_DELIVERY_SCAN` history records read without the buyer's receipt: the reading
	/// position moves on (the most records a call reads, and a write).
	#[benchmark]
	fn note_delivery() {
		let w = World::<T>::new();
		let buyer = w.deposit_asked();
		let part = Charges::<T>::get(0).expect("asked").part;
		T::PartsHelper::inspections(&w.reman.0, part, charges::MAX_DELIVERY_SCAN);
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), 0);
		assert!(Charges::<T>::get(0).is_some_and(|c| c.read_from > 0 && c.delivered_at.is_none()));
	}

	/// The whole rest of the history read (`MAX_DELIVERY_SCAN` - 1 records) without a
	/// receipt, then a deposit paid from another account than the buyer's admin moved
	/// back to the admin.
	#[benchmark]
	fn refund_undelivered() {
		let w = World::<T>::new();
		let buyer = w.deposit_asked();
		let mut charge = Charges::<T>::get(0).expect("asked");
		T::PartsHelper::inspections(
			&w.reman.0,
			charge.part,
			charges::MAX_DELIVERY_SCAN.saturating_sub(1),
		);
		let payer: T::AccountId = account("payer", 0, 0);
		T::Currency::set_balance(&payer, amount::<T>(1_000));
		T::Currency::hold(&HoldReason::CoreCharge.into(), &payer, charge.amount).expect("held");
		charge.paid_by = Some(payer);
		Charges::<T>::insert(0, charge);
		frame_system::Pallet::<T>::set_block_number(block::<T>(200));
		#[extrinsic_call]
		_(RawOrigin::Signed(buyer), 0);
		assert!(!Charges::<T>::contains_key(0));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::build(), crate::mock::Test);
}
