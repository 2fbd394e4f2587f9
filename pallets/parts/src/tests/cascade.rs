//! The recall cascade: `recall` of a lot or a part holds, over the following blocks,
//! everything made from it and every assembly that is in; `release` lifts exactly those
//! holds. Each test ends with the invariants, which check the cascades' bookkeeping
//! (`check_cascades`) and `QuarantinedBelow` with the holds counted.

use amchain_primitives::parts::{CascadeStage, PartsInspector, PartsLifecycle};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};

use crate::{mock::*, *};

/// Whether a recall holds `part`, as other pallets and contracts (through the chain
/// extension) see it.
fn held(part: PartId) -> bool {
	<Parts as PartsInspector>::is_held(part)
}

fn offer(who: AccountId, part: PartId, to: ParticipantId) -> sp_runtime::DispatchResult {
	Parts::offer(RuntimeOrigin::signed(who), Item::Part(part), Handover::Custody, to)
}

/// A part type of Acme's that requires no standard (so tests register as many as they
/// need), and a function registering one of it.
struct Bolts {
	part_type: PartTypeId,
}

impl Bolts {
	fn new() -> Bolts {
		let part_type = NextPartTypeId::<Test>::get();
		assert_ok!(Parts::create_part_type(
			RuntimeOrigin::signed(ACME),
			b"GTIN-BOLT".to_vec(),
			doc(3),
			b"https://acme.example/bolt".to_vec(),
			vec![],
		));
		Bolts { part_type }
	}

	fn make(&self, serial: &[u8]) -> PartId {
		let id = NextPartId::<Test>::get();
		assert_ok!(Parts::register_part(
			RuntimeOrigin::signed(ACME),
			self.part_type,
			serial.to_vec(),
			None,
			None,
			None,
		));
		id
	}
}

/// The mine's steel, handed to Acme (ownership and custody).
fn steel_at_acme(w: &World) -> LotId {
	let steel = w.steel();
	w.hand_over(Item::Lot(steel), Handover::Ownership, MINE, ACME, w.acme);
	w.hand_over(Item::Lot(steel), Handover::Custody, MINE, ACME, w.acme);
	steel
}

fn consume(lot: LotId, part: PartId) {
	assert_ok!(Parts::consume(RuntimeOrigin::signed(ACME), lot, part, 10));
}

fn next_block() {
	run_to(System::block_number() + 1);
}

/// Narrows the cascades' budget to `probes` probes and `steps` steps a block.
fn budget(probes: u64, steps: u64) -> Weight {
	let b = Parts::cascade_probe_weight()
		.saturating_mul(probes)
		.saturating_add(Parts::cascade_step_weight().saturating_mul(steps));
	amchain_test_support::MaxCascadeWeight::set(b);
	b
}

#[test]
fn a_lot_recall_holds_every_part_made_from_it_and_every_assembly_they_are_in() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = w.steel();
		// Before the hand-over the mine splits off 300 g; both parts reach Acme.
		assert_ok!(Parts::split_lot(RuntimeOrigin::signed(MINE), steel, 300));
		let split = steel + 1;
		for lot in [steel, split] {
			w.hand_over(Item::Lot(lot), Handover::Ownership, MINE, ACME, w.acme);
			w.hand_over(Item::Lot(lot), Handover::Custody, MINE, ACME, w.acme);
		}
		let (installed, transformed, from_split, assembly) =
			(bolts.make(b"B1"), bolts.make(b"B2"), bolts.make(b"B3"), bolts.make(b"A1"));
		consume(steel, installed);
		consume(steel, transformed);
		consume(split, from_split);
		// `installed` goes into an assembly sold on to the buyer; `transformed` became
		// another part before the recall.
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), installed, assembly));
		w.sell_to_buyer(assembly);
		let product = bolts.make(b"P1");
		assert_ok!(Parts::transform(RuntimeOrigin::signed(ACME), transformed, product));
		// A part of other material keeps moving throughout.
		let other = w.steel();
		w.hand_over(Item::Lot(other), Handover::Ownership, MINE, ACME, w.acme);
		w.hand_over(Item::Lot(other), Handover::Custody, MINE, ACME, w.acme);
		let unrelated = bolts.make(b"U1");
		consume(other, unrelated);

		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(9)));
		System::assert_has_event(Event::<Test>::Quarantined { target, reason: doc(9) }.into());
		System::assert_last_event(Event::<Test>::CascadeStarted { target, reason: doc(9) }.into());
		// The lot and its split are held at once; what was made from them from the next
		// block on.
		assert!(Parts::lot_view(split).is_some_and(|l| l.quarantined));
		assert!(!held(from_split));
		next_block();

		let reached = [installed, transformed, from_split, product];
		for part in reached {
			assert!(held(part), "part {part} is held");
			assert!(Parts::part_view(part).is_some_and(|v| v.quarantined));
			let last = History::<Test>::get(
				Item::Part(part),
				HistoryLen::<Test>::get(Item::Part(part)) - 1,
			)
			.expect("recorded");
			assert_eq!(
				(last.kind, last.data),
				(RecordKind::Held { cause: Item::Lot(steel) }, doc(9))
			);
			assert_eq!(last.participant, w.mine, "the recall's authority is named");
		}
		// The assembly the buyer bought is held with the part in it, and so is every
		// offer of an affected item refused.
		assert!(held(assembly));
		assert_noop!(offer(BUYER, assembly, w.carrier), Error::<Test>::AssemblyQuarantined);
		assert_noop!(offer(ACME, from_split, w.carrier), Error::<Test>::ItemQuarantined);
		assert_noop!(offer(ACME, product, w.carrier), Error::<Test>::ItemQuarantined);
		assert_noop!(
			Parts::install(RuntimeOrigin::signed(ACME), from_split, product),
			Error::<Test>::ItemQuarantined
		);
		assert!(!held(unrelated));
		assert_ok!(offer(ACME, unrelated, w.carrier));
		System::assert_has_event(Event::<Test>::CascadeComplete { target, held: 4 }.into());
		assert_eq!(Cascades::<Test>::get(target).map(|c| c.stage), Some(CascadeStage::Held));

		// The impact: every held part with its path from the lot and its assemblies.
		let impact = Parts::recall_impact(Item::Lot(steel), None, 100).expect("a cascade");
		assert_eq!(
			(impact.stage, impact.held, impact.queued, impact.next),
			(CascadeStage::Held, 4, 0, None)
		);
		let path_of = |part| {
			impact
				.entries
				.iter()
				.find(|e| e.part == part)
				.map(|e| (e.path.clone(), e.assemblies.clone()))
		};
		assert_eq!(
			path_of(installed),
			Some((vec![Item::Lot(steel), Item::Part(installed)], vec![assembly]))
		);
		assert_eq!(
			path_of(from_split),
			Some((vec![Item::Lot(steel), Item::Lot(split), Item::Part(from_split)], vec![]))
		);
		assert_eq!(
			path_of(product),
			Some((vec![Item::Lot(steel), Item::Part(transformed), Item::Part(product)], vec![]))
		);
		// Paged: two and two, nothing twice.
		let first = Parts::recall_impact(Item::Lot(steel), None, 2).expect("a cascade");
		let second = Parts::recall_impact(Item::Lot(steel), first.next, 2).expect("a cascade");
		let mut seen: Vec<PartId> =
			first.entries.iter().chain(&second.entries).map(|e| e.part).collect();
		seen.sort();
		let mut all = reached.to_vec();
		all.sort();
		assert_eq!((seen, second.next), (all, None));
		assert_eq!(Parts::recall_impact(Item::Lot(other), None, 10), None);

		// Released: the lot moves at once, the holds go in the next block, exactly those.
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), target));
		assert_eq!(Cascades::<Test>::get(target).map(|c| c.stage), Some(CascadeStage::Releasing));
		next_block();
		System::assert_has_event(Event::<Test>::CascadeReleased { target }.into());
		for part in reached {
			assert!(!held(part));
			assert_eq!(
				kinds(Item::Part(part)).last(),
				Some(&RecordKind::Unheld { cause: Item::Lot(steel) })
			);
			System::assert_has_event(Event::<Test>::PartUnheld { target, part }.into());
		}
		assert!(!held(assembly));
		assert_ok!(offer(BUYER, assembly, w.carrier));
		assert_eq!(Cascades::<Test>::get(target), None);
		assert_eq!(CascadeHolds::<Test>::iter().count(), 0);
		assert_eq!(QuarantinedBelow::<Test>::iter().count(), 0);
		// It can be recalled again.
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(10)));
	});
}

#[test]
fn a_part_recall_holds_what_it_was_transformed_into() {
	new_test_ext(|| {
		World::new();
		let bolts = Bolts::new();
		let (blank, forged, finished) = (bolts.make(b"B"), bolts.make(b"F"), bolts.make(b"X"));
		assert_ok!(Parts::transform(RuntimeOrigin::signed(ACME), blank, forged));
		assert_ok!(Parts::transform(RuntimeOrigin::signed(ACME), forged, finished));
		let target = RecallTarget::Part(blank);
		// A recall reaches other members' parts: the organisation's admin, not a device.
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(ACME_ROBOT), target, doc(4)),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(ACME), target, doc(4)));
		assert!(!held(finished));
		next_block();
		assert!(held(forged) && held(finished));
		let impact = Parts::recall_impact(Item::Part(blank), None, 10).expect("a cascade");
		let finished_path =
			impact.entries.iter().find(|e| e.part == finished).map(|e| e.path.clone());
		assert_eq!(
			finished_path,
			Some(vec![Item::Part(blank), Item::Part(forged), Item::Part(finished)])
		);
		// Nor does a device lift it.
		assert_noop!(
			Parts::release(RuntimeOrigin::signed(ACME_ROBOT), target),
			Error::<Test>::NotAdmin
		);
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), target));
		next_block();
		assert!(!held(forged) && !held(finished));
	});
}

#[test]
fn recall_refuses_what_it_cannot_do_and_changes_nothing() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let part = bolts.make(b"B1");
		consume(steel, part);
		let lot = RecallTarget::Lot(steel);
		// Only the lot's producer (or governance) recalls it: not its owner, not a stranger.
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(ACME), lot, doc(1)),
			Error::<Test>::NotRecallAuthority
		);
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(999), lot, doc(1)),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(MINE), RecallTarget::Lot(99), doc(1)),
			Error::<Test>::UnknownLot
		);
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(ACME), RecallTarget::Part(99), doc(1)),
			Error::<Test>::UnknownPart
		);
		let batch = RecallTarget::Batch { part_type: w.gear, certification: w.certification };
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(ACME), batch, doc(1)),
			Error::<Test>::CascadeUnsupported
		);
		// Quarantined already (without a cascade): the recall extends it to what was made
		// from the lot, with no gap in between; recalled already, it is refused.
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(MINE), lot, doc(1)));
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(ACME), lot, doc(1)),
			Error::<Test>::NotRecallAuthority
		);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), lot, doc(1)));
		assert!(Parts::lot_view(steel).is_some_and(|l| l.quarantined));
		next_block();
		assert!(held(part));
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(MINE), lot, doc(1)),
			Error::<Test>::AlreadyQuarantined
		);
		// A part in a later life is someone else's stock: governance recalls it.
		let core = bolts.make(b"C1");
		assert_ok!(<Parts as PartsLifecycle<AccountId>>::set_status(
			core,
			PartStatus::ReturnedAsCore,
			&ACME,
			w.acme,
			doc(0)
		));
		assert_ok!(<Parts as PartsLifecycle<AccountId>>::set_status(
			core,
			PartStatus::Active,
			&ACME,
			w.acme,
			doc(0)
		));
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(ACME), RecallTarget::Part(core), doc(1)),
			Error::<Test>::LaterLifeRecall
		);
		assert_ok!(Parts::recall(RuntimeOrigin::root(), RecallTarget::Part(core), doc(1)));
	});
}

#[test]
fn what_governance_recalled_only_governance_releases() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let part = bolts.make(b"B1");
		consume(steel, part);
		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::root(), target, doc(5)));
		next_block();
		assert!(held(part));
		// Governance's records name the lot's producer and no one's key.
		let record =
			History::<Test>::get(Item::Part(part), HistoryLen::<Test>::get(Item::Part(part)) - 1)
				.expect("recorded");
		assert_eq!(record.participant, w.mine);
		assert_eq!(Some(record.actor), Parts::governance_account().ok());
		// The producer alone cannot lift what the council imposed (THREATS rule 8).
		assert_noop!(
			Parts::release(RuntimeOrigin::signed(MINE), target),
			Error::<Test>::ImposedByGovernance
		);
		assert_ok!(Parts::release(RuntimeOrigin::root(), target));
		next_block();
		assert!(!held(part));
	});
}

#[test]
fn the_cascade_takes_only_its_share_of_each_block_and_reaches_everything() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let parts: Vec<PartId> = (0..12u8).map(|i| bolts.make(&[b'B', i])).collect();
		for part in &parts {
			consume(steel, *part);
		}
		// Three turns of one step a block (a turn takes at most a quarter of the budget).
		let step = Parts::cascade_step_weight();
		let probe = Parts::cascade_probe_weight();
		let budget = probe.saturating_mul(4).saturating_add(step.saturating_mul(3));
		amchain_test_support::MaxCascadeWeight::set(budget);
		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(2)));
		// The lot's history: registration, two hand-overs (offer and acceptance each),
		// twelve consumptions, the recall: 18 records, each a step, and one more for the
		// end of the walk and one to finish: 20 steps, 7 blocks.
		let records = HistoryLen::<Test>::get(Item::Lot(steel));
		// A report on the recalled lot after the recall does not lengthen the walk.
		assert_ok!(Parts::report(
			RuntimeOrigin::signed(ACME),
			Item::Lot(steel),
			ReportKind::Measurement,
			doc(3),
			None
		));
		let mut blocks = 0;
		while Cascades::<Test>::get(target).is_some_and(|c| c.stage == CascadeStage::Spreading) {
			let before = CascadeHolds::<Test>::iter_prefix(target).count();
			// Each block's hook stays within the budget.
			let used = Parts::advance_cascades(amchain_test_support::MaxCascadeWeight::get());
			assert!(used.all_lte(budget), "{used:?} over {budget:?}");
			let after = CascadeHolds::<Test>::iter_prefix(target).count();
			assert!(after - before <= 3, "at most three holds a block");
			// A part not reached yet can still move; a reached one cannot.
			for part in &parts {
				assert_eq!(held(*part), CascadeHolds::<Test>::contains_key(target, part));
			}
			Parts::do_try_state().expect("invariants after every step");
			blocks += 1;
			assert!(blocks <= 20, "the cascade ends");
		}
		let steps = records + 2;
		assert_eq!(blocks, steps.div_ceil(3));
		assert!(parts.iter().all(|p| held(*p)));
		assert_eq!(Parts::advance_cascades(budget), probe, "an idle block only looks");
		// And a budget too small for a step takes none.
		assert_eq!(Parts::advance_cascades(step), Weight::zero());
	});
}

#[test]
fn a_part_made_from_two_recalled_lots_moves_only_when_both_are_released() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let (first, second) = (steel_at_acme(&w), steel_at_acme(&w));
		let part = bolts.make(b"B1");
		let assembly = bolts.make(b"A1");
		consume(first, part);
		consume(second, part);
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), part, assembly));
		for lot in [first, second] {
			assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), RecallTarget::Lot(lot), doc(1)));
		}
		next_block();
		assert_eq!(CascadeHeld::<Test>::get(part), 2);
		assert_eq!(QuarantinedBelow::<Test>::get(assembly), 2);
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), RecallTarget::Lot(first)));
		next_block();
		assert!(held(part) && held(assembly));
		assert_noop!(offer(ACME, assembly, w.carrier), Error::<Test>::AssemblyQuarantined);
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), RecallTarget::Lot(second)));
		next_block();
		assert!(!held(part) && !held(assembly));
		assert_ok!(offer(ACME, assembly, w.carrier));
	});
}

#[test]
fn the_holders_best_moves_do_not_take_a_part_out_of_the_recall() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let (early, late, assembly) = (bolts.make(b"E"), bolts.make(b"L"), bolts.make(b"A"));
		consume(steel, early);
		consume(steel, late);
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), early, assembly));
		// One step a block, so the holder sees the recall coming.
		budget(1, 1);
		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(1)));
		// Before the cascade reaches `late`, its owner transforms it into a new part, and
		// consumes nothing more of the lot (refused: the lot is held).
		let renamed = bolts.make(b"R");
		assert_ok!(Parts::transform(RuntimeOrigin::signed(ACME), late, renamed));
		let fresh = bolts.make(b"N");
		assert_noop!(
			Parts::consume(RuntimeOrigin::signed(ACME), steel, fresh, 1),
			Error::<Test>::ItemQuarantined
		);
		for _ in 0..30 {
			next_block();
		}
		assert_eq!(Cascades::<Test>::get(target).map(|c| c.stage), Some(CascadeStage::Held));
		assert!(held(early) && held(late) && held(renamed) && held(assembly));
		assert!(!held(fresh));
		// Taking the held part out of the assembly frees the assembly, not the part.
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), early));
		assert!(!held(assembly) && held(early));
		assert_ok!(offer(ACME, assembly, w.carrier));
		assert_noop!(offer(ACME, early, w.carrier), Error::<Test>::ItemQuarantined);
		// Nor can it go back into an assembly, nor be transformed.
		assert_noop!(
			Parts::install(RuntimeOrigin::signed(ACME), early, fresh),
			Error::<Test>::ItemQuarantined
		);
		assert_noop!(
			Parts::transform(RuntimeOrigin::signed(ACME), early, fresh),
			Error::<Test>::ItemQuarantined
		);
		// Scrapped while held, it stays held until the release lifts it.
		assert_ok!(Parts::scrap(RuntimeOrigin::signed(ACME), renamed, doc(0)));
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), target));
		for _ in 0..30 {
			next_block();
		}
		assert_eq!(Cascades::<Test>::get(target), None);
		assert!(!held(early) && !held(late));
	});
}

#[test]
fn a_release_while_spreading_lifts_what_was_held_and_stops_the_walk() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let parts: Vec<PartId> = (0..6u8).map(|i| bolts.make(&[b'B', i])).collect();
		for part in &parts {
			consume(steel, *part);
		}
		budget(1, 7);
		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(1)));
		next_block();
		let held_then = CascadeHolds::<Test>::iter_prefix(target).count();
		assert!(held_then > 0 && held_then < parts.len(), "part way: {held_then}");
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), target));
		for _ in 0..5 {
			next_block();
		}
		assert_eq!(Cascades::<Test>::get(target), None);
		assert!(parts.iter().all(|p| !held(*p)));
		assert_eq!(CascadeQueue::<Test>::iter().count(), 0);
		// Those never reached were never held: their histories say nothing of the recall.
		let reached = parts
			.iter()
			.filter(|p| {
				kinds(Item::Part(**p)).contains(&RecordKind::Held { cause: Item::Lot(steel) })
			})
			.count();
		assert_eq!(reached, held_then);
	});
}

#[test]
fn the_hook_advances_cascades_in_on_initialize() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let part = bolts.make(b"B1");
		consume(steel, part);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), RecallTarget::Lot(steel), doc(1)));
		let now = System::block_number() + 1;
		System::set_block_number(now);
		let weight = <Parts as Hooks<u64>>::on_initialize(now);
		assert!(held(part));
		assert!(weight.all_lte(
			amchain_test_support::MaxCascadeWeight::get()
				.saturating_add(<Test as Config>::WeightInfo::on_initialize(0))
				.saturating_add(<Test as Config>::WeightInfo::on_initialize(1))
		));
	});
}

#[test]
fn governance_takes_over_a_members_recall_where_it_stands() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let part = bolts.make(b"B1");
		consume(steel, part);
		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(1)));
		next_block();
		assert!(held(part));
		// The council takes it over: nothing is lifted, and the producer can no longer
		// lift it alone.
		assert_ok!(Parts::recall(RuntimeOrigin::root(), target, doc(1)));
		System::assert_last_event(Event::<Test>::RecallTakenOver { target }.into());
		assert!(held(part));
		assert_noop!(
			Parts::recall(RuntimeOrigin::root(), target, doc(1)),
			Error::<Test>::AlreadyQuarantined
		);
		assert_noop!(
			Parts::release(RuntimeOrigin::signed(MINE), target),
			Error::<Test>::ImposedByGovernance
		);
		assert_ok!(Parts::release(RuntimeOrigin::root(), target));
		next_block();
		assert!(!held(part));
		// Lifted by governance: the records say so, not the producer that recalled.
		let record =
			History::<Test>::get(Item::Part(part), HistoryLen::<Test>::get(Item::Part(part)) - 1)
				.expect("recorded");
		assert_eq!(record.kind, RecordKind::Unheld { cause: Item::Lot(steel) });
		assert_eq!(Some(record.actor), Parts::governance_account().ok());
	});
}

#[test]
fn a_recall_waits_until_its_released_holds_are_all_lifted() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let parts: Vec<PartId> = (0..6u8).map(|i| bolts.make(&[b'B', i])).collect();
		for part in &parts {
			consume(steel, *part);
		}
		// One of them was transformed into another part before the recall.
		let product = bolts.make(b"P");
		assert_ok!(Parts::transform(RuntimeOrigin::signed(ACME), parts[0], product));
		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(1)));
		next_block();
		assert!(parts.iter().chain([&product]).all(|p| held(*p)));
		// Two lifts a block: part way through, the producer recalls again, and must wait
		// (a walk begun over half-lifted holds would miss what they led to).
		budget(4, 2);
		assert_ok!(Parts::release(RuntimeOrigin::signed(MINE), target));
		next_block();
		let still = parts.iter().chain([&product]).filter(|p| held(**p)).count();
		assert_eq!(still, parts.len() + 1 - 2);
		assert_noop!(
			Parts::recall(RuntimeOrigin::signed(MINE), target, doc(2)),
			Error::<Test>::CascadeReleasing
		);
		for _ in 0..10 {
			next_block();
		}
		assert_eq!(Cascades::<Test>::get(target), None);
		assert!(parts.iter().chain([&product]).all(|p| !held(*p)));
		// Once all are lifted, the recall walks from the start and reaches everything.
		amchain_test_support::MaxCascadeWeight::set(Weight::from_parts(
			200_000_000_000,
			u64::MAX / 10,
		));
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(2)));
		next_block();
		assert_eq!(
			Cascades::<Test>::get(target).map(|c| (c.stage, c.held, c.reason)),
			Some((CascadeStage::Held, 7, doc(2)))
		);
		assert!(parts
			.iter()
			.chain([&product])
			.all(|p| held(*p) && CascadeHeld::<Test>::get(p) == 1));
	});
}

#[test]
fn a_long_walk_does_not_hold_back_another_recall() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		// A lot's history padded with 200 measurements, recalled first.
		let padded = steel_at_acme(&w);
		for _ in 0..200 {
			assert_ok!(Parts::report(
				RuntimeOrigin::signed(ACME),
				Item::Lot(padded),
				ReportKind::Measurement,
				doc(3),
				None
			));
		}
		let honest = steel_at_acme(&w);
		let part = bolts.make(b"B1");
		consume(honest, part);
		// Eight steps a block, two a turn.
		budget(4, 8);
		assert_ok!(Parts::recall(RuntimeOrigin::root(), RecallTarget::Lot(padded), doc(1)));
		next_block();
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), RecallTarget::Lot(honest), doc(1)));
		// The honest lot's history is 7 records: taking turns, it is held within a few
		// blocks while the padded walk goes on.
		for _ in 0..4 {
			next_block();
		}
		assert!(held(part));
		assert_eq!(
			Cascades::<Test>::get(RecallTarget::Lot(honest)).map(|c| c.stage),
			Some(CascadeStage::Held)
		);
		assert_eq!(
			Cascades::<Test>::get(RecallTarget::Lot(padded)).map(|c| c.stage),
			Some(CascadeStage::Spreading)
		);
	});
}

#[test]
fn an_impact_page_holds_at_least_one_part() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let (a, b) = (bolts.make(b"A"), bolts.make(b"B"));
		consume(steel, a);
		consume(steel, b);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), RecallTarget::Lot(steel), doc(1)));
		next_block();
		let page = Parts::recall_impact(Item::Lot(steel), None, 0).expect("a cascade");
		assert_eq!(page.entries.len(), 1);
		assert!(page.next.is_some(), "an empty page would read as the end");
	});
}

#[test]
fn a_silent_producers_recall_is_lifted_by_governance() {
	new_test_ext(|| {
		let w = World::new();
		let bolts = Bolts::new();
		let steel = steel_at_acme(&w);
		let part = bolts.make(b"B1");
		consume(steel, part);
		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(RuntimeOrigin::signed(MINE), target, doc(1)));
		next_block();
		assert!(held(part));
		// The mine never acts again: the council lifts its recall (THREATS rule 3).
		assert_ok!(Parts::release(RuntimeOrigin::root(), target));
		next_block();
		assert!(!held(part));
		assert_eq!(Cascades::<Test>::get(target), None);
		assert_ok!(offer(ACME, part, w.carrier));
	});
}
