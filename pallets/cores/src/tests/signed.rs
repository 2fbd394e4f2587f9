//! Outcomes and grades are signed by whom they name (records review, item 16): the tester
//! named in an outcome co-signs it before it takes effect; an owner does not grade its own
//! core; a core is graded at most `MaxGradings` times in a life.

use amchain_primitives::{
	cores::LifeInspector,
	parts::{AssemblyLock, Handover, Item, PartsInspector},
};
use frame_support::{assert_noop, assert_ok};
use pallet_parts::RecallTarget;

use crate::{mock::*, *};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn license(w: &World, units: u32) {
	assert_ok!(Cores::grant_licence(origin(ACME), w.gear, w.reman, units, 100, 1000, doc(9)));
}

fn propose(part: PartId, outcome: Outcome, tester: ParticipantId) -> sp_runtime::DispatchResult {
	Cores::record_outcome(origin(REMAN), part, outcome, doc(5), doc(6), tester)
}

#[test]
fn an_outcome_takes_effect_only_when_its_tester_confirms() {
	new_test_ext(|| {
		let w = World::new();
		license(&w, 2);
		let part = w.remans_core();
		assert_ok!(propose(part, Outcome::Remanufactured, w.lab));
		assert_eq!(
			events().last(),
			Some(&Event::OutcomeProposed {
				part,
				life: 1,
				outcome: Outcome::Remanufactured,
				by: w.reman,
				tester: w.lab,
				test_report: doc(6)
			})
		);
		// Nothing has happened yet: still a core, no outcome, no quota drawn.
		assert_eq!(Parts::summary(part).map(|p| p.status), Some(PartStatus::ReturnedAsCore));
		assert!(!Outcomes::<Test>::contains_key(part, 1));
		assert_eq!(Licences::<Test>::get(w.gear, w.reman).map(|l| l.used), Some(0));
		// Only the named tester, naming the proposed report.
		for who in [REMAN, INSPECTOR, ACME] {
			assert_noop!(
				Cores::confirm_outcome(origin(who), part, Outcome::Remanufactured, doc(6)),
				Error::<Test>::NotTester
			);
		}
		assert_noop!(
			Cores::confirm_outcome(origin(STRANGER), part, Outcome::Remanufactured, doc(6)),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), part, Outcome::Remanufactured, doc(7)),
			Error::<Test>::ReportMismatch
		);
		// The outcome too: a tester's signature does not carry over to another outcome.
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), part, Outcome::Reconditioned, doc(6)),
			Error::<Test>::ReportMismatch
		);
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), 99, Outcome::Remanufactured, doc(6)),
			Error::<Test>::NoProposedOutcome
		);
		run_to(5);
		assert_ok!(Cores::confirm_outcome(origin(LAB), part, Outcome::Remanufactured, doc(6)));
		assert_eq!(Parts::summary(part).map(|p| (p.status, p.life)), Some((PartStatus::Active, 2)));
		let record = Outcomes::<Test>::get(part, 1).expect("recorded");
		assert_eq!((record.by, record.tester, record.at), (w.reman, w.lab, 5));
		assert_eq!(Licences::<Test>::get(w.gear, w.reman).map(|l| l.used), Some(1));
		assert!(!ProposedOutcomes::<Test>::contains_key(part));
		assert!(!Gradings::<Test>::contains_key(part));
		assert_eq!(
			events().last(),
			Some(&Event::OutcomeRecorded {
				part,
				life: 1,
				outcome: Outcome::Remanufactured,
				by: w.reman,
				tester: w.lab
			})
		);
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), part, Outcome::Remanufactured, doc(6)),
			Error::<Test>::NoProposedOutcome
		);
	});
}

/// Rule 4: the remanufacturer does not test its own work.
#[test]
fn the_tester_is_never_the_party_whose_work_it_tests() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.remans_core();
		assert_noop!(propose(part, Outcome::Reconditioned, w.reman), Error::<Test>::TesterIsParty);
	});
}

#[test]
fn a_proposed_outcome_holds_the_core_until_confirmed_or_withdrawn() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.remans_core();
		assert_noop!(
			Cores::withdraw_outcome(origin(REMAN), part),
			Error::<Test>::NoProposedOutcome
		);
		assert_ok!(propose(part, Outcome::Reconditioned, w.lab));
		assert_noop!(propose(part, Outcome::Repaired, w.lab), Error::<Test>::OutcomePending);
		assert_noop!(Cores::list(origin(REMAN), part, 100), Error::<Test>::OutcomePending);
		assert_noop!(
			Cores::grade(origin(INSPECTOR), part, Grade::C, doc(4)),
			Error::<Test>::OutcomePending
		);
		assert_noop!(Cores::withdraw_outcome(origin(LAB), part), Error::<Test>::NotOwner);
		assert_noop!(Cores::withdraw_outcome(origin(STRANGER), part), Error::<Test>::NotAMember);
		// A silent tester holds nothing: the owner withdraws, and may propose again.
		run_to(500);
		assert_ok!(Cores::withdraw_outcome(origin(REMAN_BUYER), part));
		assert_eq!(events().last(), Some(&Event::OutcomeWithdrawn { part }));
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), part, Outcome::Reconditioned, doc(6)),
			Error::<Test>::NoProposedOutcome
		);
		assert_ok!(Cores::list(origin(REMAN), part, 100));
		assert_ok!(Cores::cancel_listing(origin(REMAN), part));
		assert_ok!(propose(part, Outcome::Repaired, w.lab));
		assert_ok!(Cores::confirm_outcome(origin(LAB), part, Outcome::Repaired, doc(6)));
		assert_eq!(Cores::started_by(part, 2), Some((w.reman, Outcome::Repaired)));
	});
}

/// The other party's best move: the remanufacturer proposes, then sells the core; the
/// tester's confirmation must not start a life of a core its proposer no longer owns.
#[test]
fn a_core_that_changed_hands_needs_its_new_owners_proposal() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.remans_core();
		assert_ok!(propose(part, Outcome::Reconditioned, w.lab));
		w.sell(part, REMAN, OTHER_REMAN, w.other_reman);
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), part, Outcome::Reconditioned, doc(6)),
			Error::<Test>::OwnerChanged
		);
		assert_noop!(Cores::withdraw_outcome(origin(REMAN), part), Error::<Test>::NotOwner);
		assert_ok!(Cores::withdraw_outcome(origin(OTHER_REMAN), part));
	});
}

/// The facts are checked again at confirmation: a licence that expired or a quota used up
/// meanwhile stops the outcome.
#[test]
fn the_licence_is_drawn_at_confirmation() {
	new_test_ext(|| {
		let w = World::new();
		license(&w, 1);
		let (first, second) = (w.remans_core(), w.remans_core());
		assert_ok!(propose(first, Outcome::Remanufactured, w.lab));
		assert_ok!(propose(second, Outcome::Remanufactured, w.lab));
		assert_ok!(Cores::confirm_outcome(origin(LAB), first, Outcome::Remanufactured, doc(6)));
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), second, Outcome::Remanufactured, doc(6)),
			Error::<Test>::QuotaExceeded
		);
		run_to(1_000);
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), second, Outcome::Remanufactured, doc(6)),
			Error::<Test>::LicenceExpired
		);
	});
}

/// Rule 4: the grade sets the core's price, so its owner does not give it, even an owner
/// that is a certified inspector holding the core.
#[test]
fn an_owner_does_not_grade_its_own_core() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.core();
		w.sell(part, CUSTOMER, INSPECTOR, w.inspector);
		assert_eq!(Parts::summary(part).map(|p| p.custodian), Some(w.inspector));
		assert_noop!(
			Cores::grade(origin(INSPECTOR), part, Grade::A, doc(4)),
			Error::<Test>::InspectorIsOwner
		);
	});
}

/// An owner cannot shop for a grade: `MaxGradings` (3 in the mock) gradings in a life
/// for each owner, each in the history; a buyer gets gradings of its own (a seller cannot
/// use them up before the sale), and the count starts again in the next life.
#[test]
fn a_core_is_graded_at_most_max_gradings_times_in_a_life() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.remans_core();
		// The customer's grading does not count against the remanufacturer that bought it.
		assert_eq!(Gradings::<Test>::get(part), Some((w.customer, 1)));
		assert_ok!(Parts::authorise(origin(REMAN), Item::Part(part), w.inspector, None));
		for (grade, report) in [(Grade::B, 41), (Grade::C, 42), (Grade::B, 43)] {
			assert_ok!(Cores::grade(origin(INSPECTOR), part, grade, doc(report)));
		}
		assert_eq!(Gradings::<Test>::get(part), Some((w.reman, 3)));
		assert_noop!(
			Cores::grade(origin(INSPECTOR), part, Grade::A, doc(44)),
			Error::<Test>::TooManyGradings
		);
		// A buyer has its own.
		w.sell(part, REMAN, OTHER_REMAN, w.other_reman);
		assert_ok!(Parts::authorise(origin(OTHER_REMAN), Item::Part(part), w.inspector, None));
		assert_ok!(Cores::grade(origin(INSPECTOR), part, Grade::A, doc(45)));
		assert_eq!(Gradings::<Test>::get(part), Some((w.other_reman, 1)));
		// The next life starts a new count.
		w.sell(part, OTHER_REMAN, REMAN, w.reman);
		assert_ok!(propose(part, Outcome::Reconditioned, w.lab));
		assert_ok!(Cores::confirm_outcome(origin(LAB), part, Outcome::Reconditioned, doc(6)));
		assert!(!Gradings::<Test>::contains_key(part));
		assert_ok!(Cores::return_core(origin(REMAN), part, doc(3), None));
		assert_ok!(Parts::authorise(origin(REMAN), Item::Part(part), w.inspector, None));
		assert_ok!(Cores::grade(origin(INSPECTOR), part, Grade::A, doc(46)));
		assert_eq!(Gradings::<Test>::get(part), Some((w.reman, 1)));
	});
}

/// Red team: a certified inspector holding a core for its owner (custody only) graded it
/// unusable three times, using up the owner's gradings and leaving only recycling. Only
/// an inspector the owner authorised grades (and spends the owner's gradings).
#[test]
fn a_custodian_inspector_does_not_grade_without_the_owners_authorisation() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.core();
		assert_ok!(Parts::offer(
			origin(CUSTOMER),
			Item::Part(part),
			Handover::Custody,
			w.inspector
		));
		assert_ok!(Parts::accept_offer(
			origin(INSPECTOR),
			Item::Part(part),
			Handover::Custody,
			None
		));
		assert_noop!(
			Cores::grade(origin(INSPECTOR), part, Grade::Unusable, doc(4)),
			Error::<Test>::InspectorNotAuthorised
		);
		assert_ok!(Parts::authorise(origin(CUSTOMER), Item::Part(part), w.inspector, None));
		assert_ok!(Cores::grade(origin(INSPECTOR), part, Grade::B, doc(4)));
	});
}

/// Red team: the owner strips the assembly between the tester's test and its
/// confirmation. A proposed outcome locks the core's assembly; a recalled core gets no
/// new life.
#[test]
fn a_proposed_outcome_locks_the_assembly_and_a_recall_stops_it() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.remans_core();
		assert_ok!(propose(part, Outcome::Reconditioned, w.lab));
		assert!(<Test as pallet_parts::Config>::AssemblyLock::is_locked(part));
		assert_ok!(Cores::withdraw_outcome(origin(REMAN), part));
		assert!(!<Test as pallet_parts::Config>::AssemblyLock::is_locked(part));
		assert_ok!(propose(part, Outcome::Reconditioned, w.lab));
		assert_ok!(Parts::quarantine(origin(ACME), RecallTarget::Part(part), doc(8)));
		assert_noop!(
			Cores::confirm_outcome(origin(LAB), part, Outcome::Reconditioned, doc(6)),
			Error::<Test>::Quarantined
		);
	});
}
