//! New-warranty terms, who issues which kind for how long, and voiding by service.

use amchain_primitives::{
	cores::Outcome,
	parts::{Item, PartsInspector, RecordKind},
	warranties::WarrantyInspector,
};
use frame_support::{assert_noop, assert_ok};
use pallet_parts::ReportKind;

use crate::{mock::*, *};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn issue(
	who: AccountId,
	part: PartId,
	kind: WarrantyKind,
	term: u64,
) -> sp_runtime::DispatchResult {
	Warranties::issue(origin(who), part, kind, doc(7), term, vec![])
}

fn service(who: AccountId, part: PartId) {
	assert_ok!(Parts::report(origin(who), Item::Part(part), ReportKind::Service, doc(8), None));
}

/// The kind, author and data of the last record of the part's history (written by
/// pallet-parts).
fn last_record(part: PartId) -> (RecordKind, ParticipantId, sp_core::H256) {
	let len = pallet_parts::HistoryLen::<Test>::get(Item::Part(part));
	let last = pallet_parts::History::<Test>::get(Item::Part(part), len - 1).expect("a record");
	(last.kind, last.participant, last.data)
}

#[test]
fn the_manufacturer_sets_the_new_warranty_term() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Warranties::set_new_warranty_term(origin(ACME), w.gear, 200));
		assert_eq!(NewWarrantyTerms::<Test>::get(w.gear), Some(200));
		assert_eq!(
			events().last(),
			Some(&Event::NewWarrantyTermSet { part_type: w.gear, term: 200 })
		);
		let set =
			|who, part_type, term| Warranties::set_new_warranty_term(origin(who), part_type, term);
		assert_noop!(set(REMAN, w.gear, 200), Error::<Test>::NotTypeManufacturer);
		assert_noop!(set(STRANGER, w.gear, 200), Error::<Test>::NotAMember);
		assert_noop!(set(ACME, 9, 200), Error::<Test>::UnknownPartType);
		assert_noop!(set(ACME, w.gear, 0), Error::<Test>::InvalidTerm);
	});
}

#[test]
fn the_manufacturer_issues_a_new_warranty_held_by_whoever_owns_the_part() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		assert_ok!(issue(ACME_CLERK, part, WarrantyKind::New, NEW_TERM));
		let warranty = WarrantyRecords::<Test>::get(0).expect("issued");
		assert_eq!((warranty.part, warranty.life, warranty.issuer), (part, 1, w.acme));
		assert_eq!((warranty.issued_at, warranty.expires_at), (1, 1 + NEW_TERM));
		assert!(WarrantiesOf::<Test>::contains_key(part, 0));
		assert_eq!(
			events().last(),
			Some(&Event::Issued {
				warranty: 0,
				part,
				life: 1,
				kind: WarrantyKind::New,
				issuer: w.acme,
				expires_at: 1 + NEW_TERM
			})
		);
		assert_eq!(Warranties::active_warranty(part), Some((0, WarrantyKind::New, 1 + NEW_TERM)));
		let view = Warranties::warranty_view(0).expect("a view");
		assert!(view.active);
		// The holder is read from the part: after two sales, the latest owner claims.
		w.sell(part, ACME, DEALER, w.dealer);
		w.sell(part, DEALER, CUSTOMER, w.customer);
		assert_noop!(Warranties::claim(origin(DEALER), 0, doc(1), 0), Error::<Test>::NotHolder);
		assert_ok!(Warranties::claim(origin(CUSTOMER), 0, doc(1), 0));
		// It ends with its term.
		run_to(1 + NEW_TERM);
		assert_eq!(Warranties::active_warranty(part), None);
		assert!(!Warranties::warranty_view(0).expect("a view").active);
	});
}

#[test]
fn a_new_warranty_is_the_makers_in_the_first_life_for_the_new_term() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		assert_noop!(issue(REMAN, part, WarrantyKind::New, NEW_TERM), Error::<Test>::NotEntitled);
		assert_noop!(issue(STRANGER, part, WarrantyKind::New, NEW_TERM), Error::<Test>::NotAMember);
		assert_noop!(issue(ACME, 99, WarrantyKind::New, NEW_TERM), Error::<Test>::UnknownPart);
		assert_noop!(
			issue(ACME, part, WarrantyKind::New, NEW_TERM + 1),
			Error::<Test>::TermBreaksRule
		);
		assert_noop!(issue(ACME, part, WarrantyKind::New, 0), Error::<Test>::TermBreaksRule);
		assert_noop!(
			Warranties::issue(origin(ACME), part, WarrantyKind::New, doc(7), NEW_TERM, vec![part]),
			Error::<Test>::CoversNotAllowed
		);
		assert_ok!(issue(ACME, part, WarrantyKind::New, NEW_TERM));
		assert_noop!(issue(ACME, part, WarrantyKind::New, NEW_TERM), Error::<Test>::WarrantyExists);
		// Once it has run out, another may be issued.
		run_to(1 + NEW_TERM);
		assert_ok!(issue(ACME, part, WarrantyKind::New, NEW_TERM));
		// In a later life, the maker's new warranty is no longer possible.
		let reman = w.second_life(Outcome::Remanufactured);
		assert_noop!(issue(ACME, reman, WarrantyKind::New, NEW_TERM), Error::<Test>::NotEntitled);
	});
}

#[test]
fn a_type_without_a_new_warranty_term_gets_no_warranty() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Parts::create_part_type(
			origin(ACME),
			b"GTIN-2".to_vec(),
			doc(2),
			vec![],
			vec![]
		));
		let shaft = pallet_parts::NextPartId::<Test>::get();
		assert_ok!(Parts::register_part(origin(ACME), w.gear + 1, b"s".to_vec(), None, None, None));
		assert_noop!(
			issue(ACME, shaft, WarrantyKind::New, NEW_TERM),
			Error::<Test>::NoNewWarrantyTerm
		);
	});
}

#[test]
fn a_remanufactured_part_gets_at_least_the_new_term_from_its_remanufacturer() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.second_life(Outcome::Remanufactured);
		assert_noop!(
			issue(REMAN, part, WarrantyKind::Remanufactured, NEW_TERM - 1),
			Error::<Test>::TermBreaksRule
		);
		// Only the remanufacturer of this life, and only of the kind its outcome allows.
		assert_noop!(
			issue(ACME, part, WarrantyKind::Remanufactured, NEW_TERM),
			Error::<Test>::NotEntitled
		);
		assert_noop!(
			issue(REMAN, part, WarrantyKind::Reconditioned, 10),
			Error::<Test>::NotEntitled
		);
		assert_ok!(issue(REMAN, part, WarrantyKind::Remanufactured, 2 * NEW_TERM));
		let warranty = WarrantyRecords::<Test>::get(0).expect("issued");
		assert_eq!(
			(warranty.life, warranty.kind, warranty.issuer),
			(2, WarrantyKind::Remanufactured, w.reman)
		);
	});
}

/// The manufacturer's best move against independent remanufacturers of its parts: change
/// the new-warranty term (the kinds' yardstick) after it sold them, up to make a
/// remanufactured warranty (at least the term) impractical, or down to make a
/// reconditioned one (below the term) impossible, warranted or not, even for one block.
/// A part is held to the term in force when it was made; a change binds only the parts
/// made after it, the manufacturer's own new warranties on them among them.
#[test]
fn a_part_is_held_to_the_term_in_force_when_it_was_made() {
	new_test_ext(|| {
		let w = World::new();
		let (warranted, unwarranted, lowered) = (w.gear(), w.gear(), w.gear());
		assert_ok!(issue(ACME, warranted, WarrantyKind::New, NEW_TERM));
		for part in [warranted, unwarranted, lowered] {
			w.sell(part, ACME, REMAN, w.reman);
		}

		assert_ok!(Warranties::set_new_warranty_term(origin(ACME), w.gear, 100 * NEW_TERM));
		for part in [warranted, unwarranted] {
			let part = w.start_second_life(part, Outcome::Remanufactured);
			assert_eq!(Warranties::yardstick(part), Some(NEW_TERM));
			assert_noop!(
				issue(REMAN, part, WarrantyKind::Remanufactured, NEW_TERM - 1),
				Error::<Test>::TermBreaksRule
			);
			assert_ok!(issue(REMAN, part, WarrantyKind::Remanufactured, NEW_TERM));
		}
		// The parts made after the change get the new term, the maker's own new
		// warranties included.
		let fresh = w.gear();
		assert_eq!(Warranties::yardstick(fresh), Some(100 * NEW_TERM));
		assert_noop!(
			issue(ACME, fresh, WarrantyKind::New, NEW_TERM),
			Error::<Test>::TermBreaksRule
		);
		assert_ok!(issue(ACME, fresh, WarrantyKind::New, 100 * NEW_TERM));

		assert_ok!(Warranties::set_new_warranty_term(origin(ACME), w.gear, 1));
		let lowered = w.start_second_life(lowered, Outcome::Reconditioned);
		assert_noop!(
			issue(REMAN, lowered, WarrantyKind::Reconditioned, NEW_TERM),
			Error::<Test>::TermBreaksRule
		);
		assert_ok!(issue(REMAN, lowered, WarrantyKind::Reconditioned, NEW_TERM - 1));
		assert_eq!(Warranties::yardstick(w.gear()), Some(1));
	});
}

/// A type's terms are a bounded history: a change before any new part was made replaces
/// the last term (it applied to no part yet), so only changes between productions count.
#[test]
fn a_types_term_history_is_bounded() {
	new_test_ext(|| {
		let w = World::new();
		let set = |term| Warranties::set_new_warranty_term(origin(ACME), w.gear, term);
		let history = || TermHistory::<Test>::get(w.gear).map(|h| h.to_vec()).unwrap_or_default();
		for term in [7, 8, 9] {
			assert_ok!(set(term));
		}
		assert_eq!(history(), vec![(0, 9)]);
		let first = w.gear();
		assert_ok!(set(10));
		assert_eq!(history(), vec![(0, 9), (first + 1, 10)]);
		while history().len() < MAX_TERM_CHANGES as usize {
			w.gear();
			assert_ok!(set(10));
		}
		// Full: a correction before the next part is still taken, a change after it not.
		assert_ok!(set(12));
		w.gear();
		assert_noop!(set(11), Error::<Test>::TooManyTermChanges);
		assert_eq!(NewWarrantyTerms::<Test>::get(w.gear), Some(12));
		assert_eq!(Warranties::yardstick(first), Some(9));
	});
}

#[test]
fn reconditioned_and_repair_warranties_are_shorter_than_new() {
	new_test_ext(|| {
		let w = World::new();
		for (outcome, kind) in [
			(Outcome::Reconditioned, WarrantyKind::Reconditioned),
			(Outcome::Repaired, WarrantyKind::Repair),
		] {
			let part = w.second_life(outcome);
			assert_noop!(issue(REMAN, part, kind, NEW_TERM), Error::<Test>::TermBreaksRule);
			assert_noop!(
				issue(REMAN, part, WarrantyKind::Remanufactured, NEW_TERM),
				Error::<Test>::NotEntitled
			);
			assert_ok!(issue(REMAN, part, kind, NEW_TERM - 1));
		}
	});
}

#[test]
fn a_repair_warranty_may_cover_named_parts_installed_in_it() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.second_life(Outcome::Repaired);
		let (pump, seal, loose) = (w.gear(), w.gear(), w.gear());
		for child in [pump, seal, loose] {
			w.sell(child, ACME, REMAN, w.reman);
		}
		assert_ok!(Parts::install(origin(REMAN), pump, part));
		assert_ok!(Parts::install(origin(REMAN), seal, part));
		let repair = |covers: Vec<PartId>| {
			Warranties::issue(origin(REMAN), part, WarrantyKind::Repair, doc(7), 50, covers)
		};
		assert_noop!(repair(vec![loose]), Error::<Test>::NotInstalledIn);
		assert_noop!(repair(vec![pump, seal, loose]), Error::<Test>::TooManyCovered);
		assert_ok!(repair(vec![pump]));
		assert_eq!(Warranties::warranty_view(0).map(|v| v.covers), Some(vec![pump]));
	});
}

#[test]
fn warranties_of_a_life_lapse_when_it_ends() {
	new_test_ext(|| {
		let w = World::new();
		let (part, new) = w.warranted();
		w.sell(part, CUSTOMER, REMAN, w.reman);
		assert_ok!(pallet_cores::Pallet::<Test>::return_core(origin(REMAN), part, doc(3), None));
		assert_noop!(
			Warranties::claim(origin(REMAN), new, doc(1), 0),
			Error::<Test>::ExpiredWarranty
		);
		assert_noop!(issue(ACME, part, WarrantyKind::New, NEW_TERM), Error::<Test>::PartNotInUse);
		let views = Warranties::warranties_of(part, None, 10);
		assert_eq!(views.iter().map(|v| (v.id, v.active)).collect::<Vec<_>>(), vec![(new, false)]);
	});
}

#[test]
fn service_by_a_provider_the_issuer_did_not_authorise_voids_the_warranty() {
	new_test_ext(|| {
		let w = World::new();
		let (part, id) = w.warranted();
		for provider in [w.garage, w.backyard] {
			assert_ok!(Parts::authorise(origin(CUSTOMER), Item::Part(part), provider, None));
		}
		assert_ok!(Warranties::authorise_provider(origin(ACME), w.garage));
		assert_eq!(
			events().last(),
			Some(&Event::ProviderAuthorised { issuer: w.acme, provider: w.garage })
		);
		service(GARAGE, part);
		assert_eq!(WarrantyRecords::<Test>::get(id).and_then(|w| w.voided), None);
		assert_eq!(last_record(part), (RecordKind::Service, w.garage, doc(8)));
		service(BACKYARD, part);
		assert_eq!(WarrantyRecords::<Test>::get(id).and_then(|w| w.voided), Some(doc(8)));
		assert_eq!(
			events().last(),
			Some(&Event::Voided { warranty: id, part, provider: w.backyard })
		);
		// The part's history says why.
		assert_eq!(
			last_record(part),
			(RecordKind::WarrantyVoided { warranty: id }, w.backyard, doc(8))
		);
		assert_noop!(
			Warranties::claim(origin(CUSTOMER), id, doc(1), 0),
			Error::<Test>::VoidedWarranty
		);
		assert!(!Warranties::warranty_view(id).expect("a view").active);
		// A voided warranty is not voided twice, nor recorded twice.
		service(BACKYARD, part);
		assert_eq!(events().iter().filter(|e| matches!(e, Event::Voided { .. })).count(), 1);
		assert_eq!(last_record(part), (RecordKind::Service, w.backyard, doc(8)));
	});
}

#[test]
fn the_owners_own_service_voids_it_too() {
	new_test_ext(|| {
		let w = World::new();
		let (part, id) = w.warranted();
		service(CUSTOMER, part);
		assert_eq!(WarrantyRecords::<Test>::get(id).and_then(|w| w.voided), Some(doc(8)));
		assert_eq!(Warranties::active_warranty(part), None);
		assert_eq!(
			last_record(part),
			(RecordKind::WarrantyVoided { warranty: id }, w.customer, doc(8))
		);
	});
}

#[test]
fn issuers_authorise_and_deauthorise_providers() {
	new_test_ext(|| {
		let w = World::new();
		assert_noop!(
			Warranties::authorise_provider(origin(STRANGER), w.garage),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Warranties::authorise_provider(origin(ACME), 99),
			Error::<Test>::UnknownParticipant
		);
		assert_ok!(Warranties::authorise_provider(origin(ACME), w.garage));
		assert_noop!(
			Warranties::authorise_provider(origin(ACME), w.garage),
			Error::<Test>::AlreadyAuthorised
		);
		assert_ok!(Warranties::deauthorise_provider(origin(ACME), w.garage));
		assert_eq!(
			events().last(),
			Some(&Event::ProviderDeauthorised { issuer: w.acme, provider: w.garage })
		);
		assert_noop!(
			Warranties::deauthorise_provider(origin(ACME), w.garage),
			Error::<Test>::UnknownAuthorisation
		);
		// Deauthorised, its service voids.
		let (part, id) = w.warranted();
		assert_ok!(Parts::authorise(origin(CUSTOMER), Item::Part(part), w.garage, None));
		service(GARAGE, part);
		assert!(WarrantyRecords::<Test>::get(id).is_some_and(|w| w.voided.is_some()));
		assert_eq!(
			last_record(part),
			(RecordKind::WarrantyVoided { warranty: id }, w.garage, doc(8))
		);
		assert_eq!(Parts::summary(part).map(|p| p.owner), Some(w.customer));
	});
}
