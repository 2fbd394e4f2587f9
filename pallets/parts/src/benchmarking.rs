//! Benchmarks of every call at its worst case (`frame_benchmarking::v2`), on the real
//! trust layer (organisations and certifications set up through `BenchmarkHelper`).
//!
//! Run through the node: `scripts/bench.sh pallet_parts` (writes `weights.rs`).

use alloc::{vec, vec::Vec};
use amchain_primitives::{certifications::TrustBenchmarkHelper, participants::Roles};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Hooks},
	weights::Weight,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::{crypto::KeyTypeId, H256};

use crate::*;

const SEED: u32 = 0;
const TAG_KEYS: KeyTypeId = KeyTypeId(*b"tag!");

type Helper<T> = <T as Config>::BenchmarkHelper;

/// A fresh ecdsa tag key and its signature binding it to `part` on this chain.
fn tag_proof<T: Config>(part: PartId) -> (TagKey, sp_runtime::MultiSignature) {
	let public = sp_io::crypto::ecdsa_generate(TAG_KEYS, None);
	let record = PartRecords::<T>::get(part).expect("the part exists");
	let message = amchain_primitives::parts::tag_binding_message(
		Pallet::<T>::genesis_hash(),
		record.part_type,
		&record.serial,
		record.tag,
	);
	let signature =
		sp_io::crypto::ecdsa_sign(TAG_KEYS, &public, &message).expect("the keystore signs");
	(TagKey::Ecdsa(public.0), signature.into())
}

/// A fresh organisation's admin account with `roles`.
fn member<T: Config>(name: &'static str, roles: &[Role]) -> (T::AccountId, ParticipantId) {
	let admin: T::AccountId = account(name, 0, SEED);
	let id = Helper::<T>::participant(&admin, Roles::of(roles));
	(admin, id)
}

/// A manufacturer (also a producer and customer, so one organisation can do everything)
/// with a part type requiring `standards` standards it is certified for.
struct Maker<T: Config> {
	admin: T::AccountId,
	id: ParticipantId,
	part_type: PartTypeId,
	certification: Option<CertificationId>,
	serial: u32,
}

impl<T: Config> Maker<T> {
	fn new(standards: u32) -> Self {
		let (admin, id) =
			member::<T>("maker", &[Role::Manufacturer, Role::Producer, Role::Customer]);
		let certified: Vec<(StandardId, CertificationId)> =
			(0..standards).map(|_| Helper::<T>::certify(id)).collect();
		let part_type = NextPartTypeId::<T>::get();
		Pallet::<T>::do_create_part_type(
			&admin,
			vec![b'c'; T::MaxCodeLen::get() as usize],
			H256::repeat_byte(1),
			vec![b'u'; T::MaxUriLen::get() as usize],
			certified.iter().map(|(s, _)| *s).collect(),
		)
		.expect("part type is created");
		Maker { admin, id, part_type, certification: certified.first().map(|(_, c)| *c), serial: 0 }
	}

	/// The longest serial not used yet.
	fn next_serial(&mut self) -> Vec<u8> {
		self.serial += 1;
		let mut serial = vec![b's'; T::MaxSerialLen::get() as usize];
		let n = self.serial.to_le_bytes();
		let len = serial.len();
		serial[len.saturating_sub(4)..].copy_from_slice(&n[..4.min(len)]);
		serial
	}

	fn part(&mut self) -> PartId {
		let id = NextPartId::<T>::get();
		let serial = self.next_serial();
		Pallet::<T>::do_register_part(
			&self.admin,
			self.part_type,
			serial,
			self.certification,
			None,
			None,
		)
		.expect("part registers");
		id
	}

	/// A part at the bottom of an assembly `MaxAssemblyDepth` levels deep, so that finding
	/// its holder walks the longest chain; returns (bottom part, its parent).
	fn deepest_part(&mut self) -> (PartId, PartId) {
		let mut parent = self.part();
		for _ in 1..T::MaxAssemblyDepth::get() {
			let child = self.part();
			Pallet::<T>::do_install(&self.admin, child, parent).expect("installs");
			parent = child;
		}
		let bottom = parent;
		let above = PartRecords::<T>::get(bottom).and_then(|p| p.parent).unwrap_or(bottom);
		(bottom, above)
	}

	/// A part of a new part type of this maker's (same certification): a part of another
	/// batch.
	fn part_of_new_batch(&mut self) -> PartId {
		let part_type = NextPartTypeId::<T>::get();
		let mut code = vec![b'c'; T::MaxCodeLen::get() as usize];
		let n = part_type.to_le_bytes();
		let len = code.len();
		code[len.saturating_sub(4)..].copy_from_slice(&n[..4.min(len)]);
		let standards = PartTypes::<T>::get(self.part_type)
			.map(|t| t.required_standards.into_inner())
			.unwrap_or_default();
		Pallet::<T>::do_create_part_type(
			&self.admin,
			code,
			H256::repeat_byte(1),
			vec![b'u'; T::MaxUriLen::get() as usize],
			standards,
		)
		.expect("part type is created");
		let id = NextPartId::<T>::get();
		let serial = self.next_serial();
		Pallet::<T>::do_register_part(
			&self.admin,
			part_type,
			serial,
			self.certification,
			None,
			None,
		)
		.expect("part registers");
		id
	}

	/// A part (of this maker's batch) with parts of `MaxBatchesBelow - 1` other batches
	/// installed directly in it, so that it brings `MaxBatchesBelow` batches into an
	/// assembly and a hand-over of it checks `MaxBatchesBelow - 1` of them. Needs
	/// `MaxChildren >= MaxBatchesBelow - 1` (runtime: 1 000 and 64).
	fn batched(&mut self) -> PartId {
		let top = self.part();
		for _ in 1..T::MaxBatchesBelow::get() {
			let child = self.part_of_new_batch();
			Pallet::<T>::do_install(&self.admin, child, top).expect("installs");
		}
		top
	}

	/// A hand-over's worst case: a top part with `MaxBatchesBelow` batches below it (all
	/// checked against `BatchRecalls`).
	fn fully_batched(&mut self) -> PartId {
		let top = self.batched();
		// One more batch below, of the top's own batch: a child of the maker's type.
		let child = self.part();
		Pallet::<T>::do_install(&self.admin, child, top).expect("installs");
		top
	}

	/// A parent at depth `MaxAssemblyDepth - 2`, so that installing a part with one level
	/// below it walks and updates the longest chain.
	fn deep_parent(&mut self) -> PartId {
		let mut parent = self.part();
		for _ in 3..T::MaxAssemblyDepth::get() {
			let child = self.part();
			Pallet::<T>::do_install(&self.admin, child, parent).expect("installs");
			parent = child;
		}
		parent
	}

	fn lot(&self) -> LotId {
		let id = NextLotId::<T>::get();
		Pallet::<T>::do_register_lot(
			&self.admin,
			b"steel".to_vec(),
			1_000,
			Unit::Grams,
			None,
			None,
		)
		.expect("lot registers");
		id
	}

	/// A lot `depth` splits below a registered lot of 1 000 (each split takes half).
	fn split_lot(&self, depth: u32) -> LotId {
		let mut lot = self.lot();
		for _ in 0..depth {
			let half = Lots::<T>::get(lot).map_or(0, |l| l.remaining / 2);
			lot = Pallet::<T>::do_split_lot(&self.admin, lot, half).expect("the lot splits");
		}
		lot
	}
}

fn record_count<T: Config>(item: Item) -> u32 {
	HistoryLen::<T>::get(item)
}

/// Dates a change of owner of every assembly above `part` (as a sale and a purchase back
/// would), so that a check of who has owned it since when reads and finds each date.
fn lapse_above<T: Config>(part: PartId) {
	let record = PartRecords::<T>::get(part).expect("part exists");
	for above in Pallet::<T>::ancestors(&record).expect("bounded assembly") {
		Pallet::<T>::note_new_owner(Item::Part(above)).expect("no overflow");
	}
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_part_type(s: Linear<0, { T::MaxRequiredStandards::get() }>) {
		let (admin, id) = member::<T>("maker", &[Role::Manufacturer]);
		let standards: Vec<StandardId> = (0..s).collect();
		let code = vec![b'c'; T::MaxCodeLen::get() as usize];

		let part_type = NextPartTypeId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(admin),
			code,
			H256::repeat_byte(1),
			vec![b'u'; T::MaxUriLen::get() as usize],
			standards,
		);

		assert_eq!(PartTypes::<T>::get(part_type).map(|t| t.manufacturer), Some(id));
	}

	#[benchmark]
	fn register_part(s: Linear<0, { T::MaxRequiredStandards::get() }>) {
		let mut maker = Maker::<T>::new(s);
		let serial = maker.next_serial();
		let tag = Some(TagKey::Ecdsa([2; 33]));

		let part = NextPartId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(maker.admin.clone()),
			maker.part_type,
			serial,
			maker.certification,
			tag,
			Some(1),
		);

		assert_eq!(PartRecords::<T>::get(part).map(|p| p.maker), Some(maker.id));
	}

	#[benchmark]
	fn register_lot() {
		let (admin, id) = member::<T>("mine", &[Role::Producer]);
		let (_, certification) = Helper::<T>::certify(id);

		let lot = NextLotId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(admin),
			vec![b'm'; T::MaxCodeLen::get() as usize],
			1_000,
			Unit::Grams,
			Some(certification),
			Some(1),
		);

		assert_eq!(Lots::<T>::get(lot).map(|l| l.producer), Some(id));
	}

	/// Worst case: an assembly with `MaxBatchesBelow` batches below it, each checked
	/// against `BatchRecalls`.
	#[benchmark]
	fn offer() {
		let mut maker = Maker::<T>::new(1);
		let part = maker.fully_batched();
		let (_, buyer) = member::<T>("buyer", &[Role::Customer]);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), Item::Part(part), Handover::Ownership, buyer);

		assert!(Offers::<T>::contains_key(Item::Part(part), Handover::Ownership));
	}

	/// Worst case: as for `offer`.
	#[benchmark]
	fn accept_offer() {
		let mut maker = Maker::<T>::new(1);
		let part = maker.fully_batched();
		let (buyer_admin, buyer) = member::<T>("buyer", &[Role::Customer]);
		Pallet::<T>::do_offer(&maker.admin, Item::Part(part), Handover::Ownership, buyer)
			.expect("offered");

		#[extrinsic_call]
		_(RawOrigin::Signed(buyer_admin), Item::Part(part), Handover::Ownership, Some(1));

		assert_eq!(PartRecords::<T>::get(part).map(|p| p.owner), Some(buyer));
	}

	#[benchmark]
	fn reject_offer() {
		let mut maker = Maker::<T>::new(1);
		let part = maker.part();
		let (buyer_admin, buyer) = member::<T>("buyer", &[Role::Customer]);
		Pallet::<T>::do_offer(&maker.admin, Item::Part(part), Handover::Ownership, buyer)
			.expect("offered");

		#[extrinsic_call]
		_(RawOrigin::Signed(buyer_admin), Item::Part(part), Handover::Ownership, H256::zero());

		assert!(!Offers::<T>::contains_key(Item::Part(part), Handover::Ownership));
	}

	#[benchmark]
	fn cancel_offer() {
		let mut maker = Maker::<T>::new(1);
		let part = maker.part();
		let (_, buyer) = member::<T>("buyer", &[Role::Customer]);
		Pallet::<T>::do_offer(&maker.admin, Item::Part(part), Handover::Ownership, buyer)
			.expect("offered");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), Item::Part(part), Handover::Ownership);

		assert!(!Offers::<T>::contains_key(Item::Part(part), Handover::Ownership));
	}

	#[benchmark]
	fn activate() {
		let mut maker = Maker::<T>::new(1);
		let part = maker.part();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part);

		assert!(PartRecords::<T>::get(part).is_some_and(|p| p.activated_at.is_some()));
	}

	/// Worst case: a sub-assembly bringing `MaxBatchesBelow` batches (`MaxBatchesBelow - 1`
	/// new to the assembly) into the longest chain, so each part above gets the longest
	/// batch list written.
	#[benchmark]
	fn install() {
		let mut maker = Maker::<T>::new(1);
		let parent = maker.deep_parent();
		let part = maker.batched();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part, parent);

		assert_eq!(PartRecords::<T>::get(part).and_then(|p| p.parent), Some(parent));
	}

	#[benchmark]
	/// Worst case: a quarantined sub-assembly carrying `MaxBatchesBelow` batches, as deep as
	/// it goes, so the quarantine count and the batch list of every part above it are
	/// written.
	fn uninstall() {
		let mut maker = Maker::<T>::new(1);
		let parent = maker.deep_parent();
		let part = maker.batched();
		Pallet::<T>::do_install(&maker.admin, part, parent).expect("installs");
		Pallet::<T>::quarantine(
			RawOrigin::Signed(maker.admin.clone()).into(),
			RecallTarget::Part(part),
			H256::zero(),
		)
		.expect("quarantined");
		// Worst case: the assemblies it leaves changed hands since it was installed, so
		// their date is carried onto it.
		lapse_above::<T>(part);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part);

		assert_eq!(PartRecords::<T>::get(part).and_then(|p| p.parent), None);
	}

	#[benchmark]
	fn consume() {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		// Split `MaxSplitDepth` deep: the recall check reads every lot above it.
		let lot = maker.split_lot(T::MaxSplitDepth::get());
		let remaining = Lots::<T>::get(lot).map_or(0, |l| l.remaining);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), lot, part, 1);

		assert_eq!(Lots::<T>::get(lot).map(|l| l.remaining), Some(remaining - 1));
	}

	/// Worst case: the lot is one split short of `MaxSplitDepth`, so the recall check and
	/// the depth count read every lot above it.
	#[benchmark]
	fn split_lot() {
		let maker = Maker::<T>::new(1);
		let lot = maker.split_lot(T::MaxSplitDepth::get().saturating_sub(1));
		let remaining = Lots::<T>::get(lot).map_or(0, |l| l.remaining);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), lot, 1);

		assert_eq!(Lots::<T>::get(lot).map(|l| l.remaining), Some(remaining - 1));
		assert_eq!(SplitFrom::<T>::get(lot + 1), Some(lot));
	}

	#[benchmark]
	fn transform() {
		let mut maker = Maker::<T>::new(1);
		let (into, _) = maker.deepest_part();
		let part = maker.part();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part, into);

		assert_eq!(PartRecords::<T>::get(part).map(|p| p.status), Some(PartStatus::Consumed));
	}

	#[benchmark]
	fn scrap() {
		let mut maker = Maker::<T>::new(1);
		let part = maker.part();

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part, H256::zero());

		assert_eq!(PartRecords::<T>::get(part).map(|p| p.status), Some(PartStatus::Scrapped));
	}

	#[benchmark]
	fn authorise() {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let (_, garage) = member::<T>("garage", &[Role::ServiceProvider]);
		let until = frame_system::Pallet::<T>::block_number() + 100u32.into();
		// Worst case: an authorisation the owner gave before its assembly last changed
		// hands, so the check reads the dates of every assembly above before replacing it.
		Pallet::<T>::do_authorise(&maker.admin, Item::Part(part), garage, None)
			.expect("authorised");
		lapse_above::<T>(part);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), Item::Part(part), garage, Some(until));

		assert!(Authorisations::<T>::contains_key(Item::Part(part), garage));
	}

	#[benchmark]
	fn deauthorise() {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let (_, garage) = member::<T>("garage", &[Role::ServiceProvider]);
		Pallet::<T>::do_authorise(&maker.admin, Item::Part(part), garage, None)
			.expect("authorised");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), Item::Part(part), garage);

		assert!(!Authorisations::<T>::contains_key(Item::Part(part), garage));
	}

	#[benchmark]
	fn report() {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let (garage_admin, garage) = member::<T>("garage", &[Role::ServiceProvider]);
		Pallet::<T>::do_authorise(&maker.admin, Item::Part(part), garage, None)
			.expect("authorised");
		let before = record_count::<T>(Item::Part(part));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(garage_admin),
			Item::Part(part),
			ReportKind::Service,
			H256::zero(),
			Some(1),
		);

		assert_eq!(record_count::<T>(Item::Part(part)), before + 1);
	}

	#[benchmark]
	fn correct() {
		let mut maker = Maker::<T>::new(1);
		let part = maker.part();
		let before = record_count::<T>(Item::Part(part));

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), Item::Part(part), 0, H256::zero());

		assert_eq!(record_count::<T>(Item::Part(part)), before + 1);
	}

	#[benchmark]
	fn record_scan() {
		let mut maker = Maker::<T>::new(1);
		// ecdsa: the most expensive signature to verify.
		let public = sp_io::crypto::ecdsa_generate(TAG_KEYS, None);
		let part = NextPartId::<T>::get();
		let serial = maker.next_serial();
		Pallet::<T>::do_register_part(
			&maker.admin,
			maker.part_type,
			serial,
			maker.certification,
			Some(TagKey::Ecdsa(public.0)),
			None,
		)
		.expect("tagged part registers");
		let now: BlockNumberFor<T> = 10u32.into();
		frame_system::Pallet::<T>::set_block_number(now);
		let block: BlockNumberFor<T> = 9u32.into();
		let hash = H256::repeat_byte(9);
		let block_hash: T::Hash =
			codec::Decode::decode(&mut hash.as_ref()).expect("a 32-byte hash decodes");
		frame_system::BlockHash::<T>::insert(block, block_hash);
		let challenge = TagChallenge { block: 9, block_hash: hash, nonce: [1; 16] };
		let signature = sp_io::crypto::ecdsa_sign(TAG_KEYS, &public, &challenge.message())
			.expect("the keystore signs");
		let (scanner, _) = member::<T>("scanner", &[Role::Customer]);

		#[extrinsic_call]
		_(RawOrigin::Signed(scanner), part, challenge, signature.into(), Some(1));

		assert_eq!(ScansAt::<T>::get(block), 1);
	}

	/// Worst case: an ecdsa key (the dearest signature to verify) for the deepest part of
	/// an assembly (its owner found at the top).
	#[benchmark]
	fn request_tag() {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let (key, proof) = tag_proof::<T>(part);

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part, key, proof);

		assert!(TagRequests::<T>::contains_key(part));
	}

	/// Worst case: the deepest part of an assembly (its hold, lock and offer checked at
	/// the top), whose old tag is unbound, consented to by its maker, which does not own it.
	#[benchmark]
	fn approve_tag() {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let record = PartRecords::<T>::get(part).expect("the part exists");
		let (top, _) = Pallet::<T>::top_of(part, record).expect("its assembly's top");
		let (buyer_admin, buyer) = member::<T>("buyer", &[Role::Customer]);
		Pallet::<T>::do_offer(&maker.admin, Item::Part(top), Handover::Ownership, buyer)
			.expect("offered");
		Pallet::<T>::do_accept_offer(&buyer_admin, Item::Part(top), Handover::Ownership, None)
			.expect("accepted");
		let maker_id = maker.id;
		for _ in 0..2 {
			let (key, proof) = tag_proof::<T>(part);
			Pallet::<T>::do_request_tag(&buyer_admin, part, key, proof).expect("requested");
			if PartRecords::<T>::get(part).is_some_and(|p| p.tag.is_none()) {
				Pallet::<T>::do_approve_tag(Some((&maker.admin, maker_id)), part)
					.expect("the first tag bound");
			}
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part);

		assert!(!TagRequests::<T>::contains_key(part));
	}

	/// Worst case: the owner withdraws it, for the deepest part of an assembly.
	#[benchmark]
	fn cancel_tag_request() {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let (key, proof) = tag_proof::<T>(part);
		Pallet::<T>::do_request_tag(&maker.admin, part, key, proof).expect("requested");

		#[extrinsic_call]
		_(RawOrigin::Signed(maker.admin.clone()), part);

		assert!(!TagRequests::<T>::contains_key(part));
	}

	#[benchmark]
	/// Worst case: the deepest part of an assembly, so the count of every part above it
	/// is written; by the admin origin, so `RecalledByGovernance` is written too.
	fn quarantine() -> Result<(), BenchmarkError> {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, RecallTarget::Part(part), H256::zero());

		assert!(PartRecords::<T>::get(part).is_some_and(|p| p.quarantine.is_some()));
		assert!(RecalledByGovernance::<T>::contains_key(RecallTarget::Part(part)));
		Ok(())
	}

	#[benchmark]
	/// Worst case: as for `quarantine` (governance's recall, lifted by governance), of a
	/// recall with a cascade, which the release sets unwinding.
	fn release() -> Result<(), BenchmarkError> {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let target = RecallTarget::Part(part);
		Pallet::<T>::recall(origin.clone(), target, H256::zero()).expect("recalled");
		Pallet::<T>::advance_cascades(Weight::MAX);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, target);

		assert!(PartRecords::<T>::get(part).is_some_and(|p| p.quarantine.is_none()));
		assert!(CascadeWork::<T>::contains_key(target));
		Ok(())
	}

	#[benchmark]
	/// Worst case: as for `quarantine`, with the cascade's state and queue written.
	fn recall() -> Result<(), BenchmarkError> {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, RecallTarget::Part(part), H256::zero());

		assert!(Cascades::<T>::contains_key(RecallTarget::Part(part)));
		Ok(())
	}

	/// One step of a spreading cascade, as `on_initialize` takes it (the cascade's state
	/// read and written, the probe for work included). Worst case: the record read names a
	/// part at the bottom of an assembly `MaxAssemblyDepth` deep, so holding it writes the
	/// count of every part above, and a history record.
	#[benchmark]
	fn cascade_hold() -> Result<(), BenchmarkError> {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let lot = maker.split_lot(0);
		Pallet::<T>::do_consume(&maker.admin, lot, part, 1).expect("consumed");
		let target = RecallTarget::Lot(lot);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::recall(origin, target, H256::zero()).expect("recalled");
		// At the consumption: the record before the recall's own.
		let mut cascade = Cascades::<T>::get(target).expect("started");
		cascade.cursor = HistoryLen::<T>::get(Item::Lot(lot)).saturating_sub(2);
		Cascades::<T>::insert(target, cascade);
		#[block]
		{
			// As `advance_cascades` takes a step: the work probed for, the cascade read, the
			// step, the cascade and the cursor written.
			let _ = CascadeWork::<T>::iter_keys().next();
			let mut cascade = Cascades::<T>::get(target).expect("a cascade");
			Pallet::<T>::cascade_step(target, &mut cascade);
			Cascades::<T>::insert(target, cascade);
			CascadeCursor::<T>::put(target);
		}

		assert!(CascadeHolds::<T>::contains_key(target, part));
		Ok(())
	}

	/// One step of a released cascade: lifting the hold on a part at the bottom of an
	/// assembly `MaxAssemblyDepth` deep (every count above written, a history record).
	#[benchmark]
	fn cascade_unhold() -> Result<(), BenchmarkError> {
		let mut maker = Maker::<T>::new(1);
		let (part, _) = maker.deepest_part();
		let lot = maker.split_lot(0);
		Pallet::<T>::do_consume(&maker.admin, lot, part, 1).expect("consumed");
		let target = RecallTarget::Lot(lot);
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Pallet::<T>::recall(origin.clone(), target, H256::zero()).expect("recalled");
		Pallet::<T>::advance_cascades(Weight::MAX);
		assert!(CascadeHolds::<T>::contains_key(target, part));
		Pallet::<T>::release(origin, target).expect("released");
		#[block]
		{
			// As `advance_cascades` takes a step: the work probed for, the cascade read, the
			// step, the cascade and the cursor written.
			let _ = CascadeWork::<T>::iter_keys().next();
			let mut cascade = Cascades::<T>::get(target).expect("a cascade");
			Pallet::<T>::cascade_step(target, &mut cascade);
			Cascades::<T>::insert(target, cascade);
			CascadeCursor::<T>::put(target);
		}

		assert!(!CascadeHolds::<T>::contains_key(target, part));
		Ok(())
	}

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxScansPerBlock::get() }>) {
		let lifetime = T::ChallengeLifetime::get();
		let expired: BlockNumberFor<T> = 1u32.into();
		let now = expired + lifetime + 1u32.into();
		for i in 0..n {
			let mut id = [0u8; 32];
			id[..4].copy_from_slice(&i.to_le_bytes());
			UsedChallenges::<T>::insert(expired, H256(id), ());
			// Worst case: every scan by another organisation, one counter each to prune.
			ScansBy::<T>::insert(expired, i, 1);
		}
		ScansAt::<T>::insert(expired, n);

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert_eq!(UsedChallenges::<T>::iter_prefix(expired).count(), 0);
		assert_eq!(ScansBy::<T>::iter_prefix(expired).count(), 0);
	}

	/// Not a call: what every recording call does, appending one record to a history of
	/// `h` records, all in storage. The database holds 100 000 records whatever `h` is (the
	/// rest belong to another part), so only the history's length varies.
	/// `scripts/bench.sh` runs it on its own and prints the cost at the longest history
	/// against the shortest (no call's weight depends on it: it is left out of `weights.rs`).
	#[benchmark]
	fn append_to_history(h: Linear<10, 100_000>) {
		let mut maker = Maker::<T>::new(0);
		let item = Item::Part(maker.part());
		let other = Item::Part(maker.part());
		let registration = History::<T>::get(item, 0).expect("registered");
		for index in 1..h {
			History::<T>::insert(item, index, registration.clone());
		}
		HistoryLen::<T>::insert(item, h);
		for index in 1..(100_000 - h).max(1) {
			History::<T>::insert(other, index, registration.clone());
		}
		HistoryLen::<T>::insert(other, (100_000 - h).max(1));

		#[block]
		{
			Pallet::<T>::append(
				item,
				RecordKind::Measurement,
				&maker.admin,
				maker.id,
				H256::zero(),
				None,
			)
			.expect("appends");
		}

		assert_eq!(HistoryLen::<T>::get(item), h + 1);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_bench_ext(), crate::mock::Test);
}
