//! Policies, returns, grading, licences and outcomes.

use amchain_primitives::{
	cores::LifeInspector,
	parts::{Handover, Item, PartsInspector, RecordKind},
};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

fn origin(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// Proposes an outcome and has its tester (the organisation's admin) confirm it, as
/// `record_outcome` did alone before testers co-signed.
fn record_and_confirm(
	origin: RuntimeOrigin,
	part: PartId,
	outcome: Outcome,
	process: sp_core::H256,
	test_report: sp_core::H256,
	tester: ParticipantId,
) -> sp_runtime::DispatchResult {
	Cores::record_outcome(origin, part, outcome, process, test_report, tester)?;
	let lab = <Test as Config>::Participants::admin_account(tester).expect("tester's admin");
	Cores::confirm_outcome(RuntimeOrigin::signed(lab), part, outcome, test_report)
}

fn last_record(part: PartId) -> RecordKind {
	let len = pallet_parts::HistoryLen::<Test>::get(Item::Part(part));
	pallet_parts::History::<Test>::get(Item::Part(part), len - 1).expect("a record").kind
}

/// The remanufacturer's licence for gears: `units` per 100 blocks until block 1000.
fn license(w: &World, units: u32) {
	assert_ok!(Cores::grant_licence(origin(ACME), w.gear, w.reman, units, 100, 1000, doc(9)));
}

#[test]
fn the_manufacturer_sets_its_types_policy() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Cores::set_policy(origin(ACME), w.gear, w.testing, w.grading));
		let policy = CorePolicy { grading_standard: w.testing, testing_standard: w.grading };
		assert_eq!(Policies::<Test>::get(w.gear), Some(policy));
		assert_eq!(events().last(), Some(&Event::PolicySet { part_type: w.gear, policy }));
	});
}

#[test]
fn only_the_manufacturer_sets_a_policy() {
	new_test_ext(|| {
		let w = World::new();
		assert_noop!(
			Cores::set_policy(origin(REMAN), w.gear, w.grading, w.testing),
			Error::<Test>::NotTypeManufacturer
		);
		assert_noop!(
			Cores::set_policy(origin(STRANGER), w.gear, w.grading, w.testing),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Cores::set_policy(origin(ACME), 99, w.grading, w.testing),
			Error::<Test>::UnknownPartType
		);
	});
}

#[test]
fn an_owner_returns_a_part_as_a_core() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		w.sell(part, ACME, CUSTOMER, w.customer);
		let records = pallet_parts::HistoryLen::<Test>::get(Item::Part(part));
		assert_ok!(Cores::return_core(origin(CUSTOMER), part, doc(3), None));
		assert_eq!(Parts::summary(part).map(|p| p.status), Some(PartStatus::ReturnedAsCore));
		let core = CoreRecords::<Test>::get(part).expect("a core");
		assert_eq!((core.life, core.returned_by, core.returned_at), (1, w.customer, 1));
		assert_eq!(core.grading, None);
		// Its history is all still there, with the return at its end.
		assert_eq!(pallet_parts::HistoryLen::<Test>::get(Item::Part(part)), records + 1);
		assert_eq!(
			last_record(part),
			RecordKind::StatusChanged { from: PartStatus::Active, to: PartStatus::ReturnedAsCore }
		);
		assert_eq!(events().last(), Some(&Event::CoreReturned { part, life: 1, by: w.customer }));
	});
}

#[test]
fn a_core_is_returned_with_the_parts_installed_in_it() {
	new_test_ext(|| {
		let w = World::new();
		let (engine, bearing) = (w.gear(), w.gear());
		assert_ok!(Parts::install(origin(ACME), bearing, engine));
		assert_ok!(Cores::return_core(origin(ACME), engine, doc(3), None));
		assert_eq!(Parts::summary(bearing).map(|p| p.status), Some(PartStatus::Installed));
		assert_eq!(Parts::summary(bearing).and_then(|p| p.parent), Some(engine));
		// An installed part is not returned on its own.
		assert_noop!(
			Cores::return_core(origin(ACME), bearing, doc(3), None),
			pallet_parts::Error::<Test>::PartInstalled
		);
	});
}

#[test]
fn only_an_active_part_is_returned_by_its_owner() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear();
		assert_noop!(
			Cores::return_core(origin(CUSTOMER), part, doc(3), None),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Cores::return_core(origin(STRANGER), part, doc(3), None),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Cores::return_core(origin(ACME), 99, doc(3), None),
			Error::<Test>::UnknownPart
		);
		assert_ok!(Parts::offer(origin(ACME), Item::Part(part), Handover::Ownership, w.dealer));
		assert_noop!(
			Cores::return_core(origin(ACME), part, doc(3), None),
			pallet_parts::Error::<Test>::OfferOpen
		);
		assert_ok!(Parts::cancel_offer(origin(ACME), Item::Part(part), Handover::Ownership));
		assert_ok!(Cores::return_core(origin(ACME), part, doc(3), None));
		assert_noop!(
			Cores::return_core(origin(ACME), part, doc(3), None),
			pallet_parts::Error::<Test>::InvalidTransition
		);
	});
}

#[test]
fn a_certified_inspector_grades_a_core() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.core();
		assert_ok!(Parts::authorise(origin(CUSTOMER), Item::Part(part), w.inspector, None));
		assert_ok!(Cores::grade(origin(INSPECTOR), part, Grade::B, doc(4)));
		let grading = CoreRecords::<Test>::get(part).and_then(|c| c.grading).expect("graded");
		assert_eq!(
			(grading.grade, grading.report, grading.inspector),
			(Grade::B, doc(4), w.inspector)
		);
		assert_eq!(last_record(part), RecordKind::Inspection);
		assert_eq!(
			events().last(),
			Some(&Event::CoreGraded {
				part,
				grade: Grade::B,
				inspector: w.inspector,
				report: doc(4)
			})
		);
		// A second grading replaces the first.
		assert_ok!(Cores::grade(origin(INSPECTOR), part, Grade::C, doc(5)));
		assert_eq!(
			CoreRecords::<Test>::get(part).and_then(|c| c.grading).map(|g| g.grade),
			Some(Grade::C)
		);
	});
}

#[test]
fn an_inspector_holding_the_core_still_needs_the_owners_authorisation() {
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
		// Holding it is not enough (red team: a custodian could use up the owner's
		// gradings): the owner chooses its inspector.
		assert_noop!(
			Cores::grade(origin(INSPECTOR), part, Grade::A, doc(4)),
			Error::<Test>::InspectorNotAuthorised
		);
		assert_ok!(Parts::authorise(origin(CUSTOMER), Item::Part(part), w.inspector, None));
		assert_ok!(Cores::grade(origin(INSPECTOR), part, Grade::A, doc(4)));
	});
}

#[test]
fn grading_needs_a_certified_authorised_auditor_and_a_policy() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.core();
		// Not authorised by the owner, not holding it.
		assert_noop!(
			Cores::grade(origin(INSPECTOR), part, Grade::A, doc(4)),
			Error::<Test>::InspectorNotAuthorised
		);
		// An authorised auditor without the grading certification.
		assert_ok!(Parts::authorise(origin(CUSTOMER), Item::Part(part), w.lab, None));
		assert_noop!(
			Cores::grade(origin(LAB), part, Grade::A, doc(4)),
			Error::<Test>::InspectorNotCertified
		);
		// Not an auditor at all.
		assert_ok!(Parts::authorise(origin(CUSTOMER), Item::Part(part), w.dealer, None));
		assert_noop!(
			Cores::grade(origin(DEALER), part, Grade::A, doc(4)),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			Cores::grade(origin(STRANGER), part, Grade::A, doc(4)),
			Error::<Test>::NotAMember
		);
		// Not a core, or no part at all.
		let fresh = w.gear();
		assert_noop!(
			Cores::grade(origin(INSPECTOR), fresh, Grade::A, doc(4)),
			Error::<Test>::NotACore
		);
		assert_noop!(
			Cores::grade(origin(INSPECTOR), 99, Grade::A, doc(4)),
			Error::<Test>::UnknownPart
		);
		// A part type without a core policy.
		let shaft = w.part_of_another_type();
		assert_ok!(Cores::return_core(origin(ACME), shaft, doc(3), None));
		assert_ok!(Parts::authorise(origin(ACME), Item::Part(shaft), w.inspector, None));
		assert_noop!(
			Cores::grade(origin(INSPECTOR), shaft, Grade::A, doc(4)),
			Error::<Test>::NoPolicy
		);
	});
}

#[test]
fn a_listed_core_is_not_regraded() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.graded_core(Grade::A);
		assert_ok!(Cores::list(origin(CUSTOMER), part, 100));
		assert_noop!(
			Cores::grade(origin(INSPECTOR), part, Grade::C, doc(4)),
			Error::<Test>::ListingOpen
		);
	});
}

#[test]
fn the_manufacturer_licenses_a_remanufacturer() {
	new_test_ext(|| {
		let w = World::new();
		license(&w, 2);
		let licence = Licences::<Test>::get(w.gear, w.reman).expect("licensed");
		assert_eq!((licence.units, licence.period, licence.expires_at), (2, 100, 1000));
		assert_eq!((licence.granted_at, licence.period_start, licence.used), (1, 1, 0));
		assert_eq!(licence.spec_access, doc(9));
		assert_eq!(
			events().last(),
			Some(&Event::LicenceGranted {
				part_type: w.gear,
				licensee: w.reman,
				units: 2,
				period: 100,
				expires_at: 1000
			})
		);
		let view = Cores::licence_view(w.gear, w.reman).expect("a view");
		assert_eq!((view.licensor, view.remaining), (w.acme, 2));

		assert_ok!(Cores::revoke_licence(origin(ACME), w.gear, w.reman));
		assert!(!Licences::<Test>::contains_key(w.gear, w.reman));
		assert_eq!(
			events().last(),
			Some(&Event::LicenceRevoked { part_type: w.gear, licensee: w.reman })
		);
	});
}

#[test]
fn a_licence_needs_sound_terms_and_a_remanufacturer() {
	new_test_ext(|| {
		let w = World::new();
		let grant = |who, licensee, units, period, expires_at| {
			Cores::grant_licence(origin(who), w.gear, licensee, units, period, expires_at, doc(9))
		};
		assert_noop!(grant(REMAN, w.reman, 1, 100, 1000), Error::<Test>::NotTypeManufacturer);
		assert_noop!(grant(ACME, w.reman, 0, 100, 1000), Error::<Test>::InvalidLicence);
		assert_noop!(grant(ACME, w.reman, 1, 0, 1000), Error::<Test>::InvalidLicence);
		assert_noop!(grant(ACME, w.reman, 1, 100, 1), Error::<Test>::InvalidLicence);
		assert_noop!(grant(ACME, w.dealer, 1, 100, 1000), Error::<Test>::MissingRole);
		assert_noop!(grant(ACME, 99, 1, 100, 1000), Error::<Test>::InvalidParticipant);
		assert_noop!(grant(ACME, w.acme, 1, 100, 1000), Error::<Test>::InvalidParticipant);
		assert_ok!(grant(ACME, w.reman, 1, 100, 1000));
		assert_noop!(grant(ACME, w.reman, 5, 100, 1000), Error::<Test>::LicenceExists);

		assert_noop!(
			Cores::revoke_licence(origin(REMAN), w.gear, w.reman),
			Error::<Test>::NotTypeManufacturer
		);
		assert_noop!(
			Cores::revoke_licence(origin(ACME), w.gear, w.other_reman),
			Error::<Test>::UnknownLicence
		);
	});
}

#[test]
fn remanufacture_under_licence_starts_the_next_life() {
	new_test_ext(|| {
		let w = World::new();
		license(&w, 2);
		let part = w.remans_core();
		assert_ok!(record_and_confirm(
			origin(REMAN_BUYER),
			part,
			Outcome::Remanufactured,
			doc(5),
			doc(6),
			w.lab
		));
		assert_eq!(Parts::summary(part).map(|p| p.status), Some(PartStatus::Active));
		assert_eq!(Parts::summary(part).map(|p| p.life), Some(2));
		assert!(!CoreRecords::<Test>::contains_key(part));
		let outcome = Outcomes::<Test>::get(part, 1).expect("recorded");
		assert_eq!(
			(outcome.outcome, outcome.by, outcome.process, outcome.test_report, outcome.tester),
			(Outcome::Remanufactured, w.reman, doc(5), doc(6), w.lab)
		);
		assert_eq!(Licences::<Test>::get(w.gear, w.reman).map(|l| l.used), Some(1));
		assert_eq!(Cores::started_by(part, 2), Some((w.reman, Outcome::Remanufactured)));
		assert_eq!(Cores::started_by(part, 1), None);
		assert_eq!(
			last_record(part),
			RecordKind::StatusChanged { from: PartStatus::ReturnedAsCore, to: PartStatus::Active }
		);
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
	});
}

#[test]
fn a_part_goes_through_two_lives_and_is_recycled() {
	new_test_ext(|| {
		let w = World::new();
		license(&w, 2);
		let part = w.remans_core();
		assert_ok!(record_and_confirm(
			origin(REMAN),
			part,
			Outcome::Reconditioned,
			doc(5),
			doc(6),
			w.lab
		));
		assert_ok!(Cores::return_core(origin(REMAN), part, doc(3), None));
		assert_eq!(CoreRecords::<Test>::get(part).map(|c| c.life), Some(2));
		assert_ok!(Parts::authorise(origin(REMAN), Item::Part(part), w.inspector, None));
		assert_ok!(Cores::grade(origin(INSPECTOR), part, Grade::Unusable, doc(4)));
		assert_noop!(
			record_and_confirm(origin(REMAN), part, Outcome::Repaired, doc(5), doc(6), w.lab),
			Error::<Test>::UnusableCore
		);
		assert_ok!(record_and_confirm(
			origin(REMAN),
			part,
			Outcome::Recycled,
			doc(5),
			doc(6),
			w.lab
		));
		assert_eq!(Parts::summary(part).map(|p| p.status), Some(PartStatus::Recycled));
		assert_eq!(Cores::started_by(part, 2), Some((w.reman, Outcome::Reconditioned)));
		assert_eq!(Cores::started_by(part, 3), None);
		let lives: Vec<_> =
			Cores::outcome_views(part).into_iter().map(|o| (o.life, o.outcome)).collect();
		assert_eq!(lives, vec![(1, Outcome::Reconditioned), (2, Outcome::Recycled)]);
		// Recycled is the end.
		assert_noop!(
			Cores::return_core(origin(REMAN), part, doc(3), None),
			pallet_parts::Error::<Test>::InvalidTransition
		);
	});
}

#[test]
fn the_manufacturer_remanufactures_without_a_licence() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.graded_core(Grade::A);
		w.sell(part, CUSTOMER, ACME, w.acme);
		assert_ok!(record_and_confirm(
			origin(ACME),
			part,
			Outcome::Remanufactured,
			doc(5),
			doc(6),
			w.lab
		));
		assert_eq!(Cores::started_by(part, 2), Some((w.acme, Outcome::Remanufactured)));
	});
}

#[test]
fn reconditioning_and_repair_need_no_licence() {
	new_test_ext(|| {
		let w = World::new();
		for outcome in [Outcome::Reconditioned, Outcome::Repaired] {
			let part = w.remans_core();
			assert_ok!(record_and_confirm(origin(REMAN), part, outcome, doc(5), doc(6), w.lab));
		}
	});
}

#[test]
fn remanufacture_without_a_valid_licence_is_refused() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.remans_core();
		let remanufacture = || {
			record_and_confirm(origin(REMAN), part, Outcome::Remanufactured, doc(5), doc(6), w.lab)
		};
		assert_noop!(remanufacture(), Error::<Test>::NoLicence);
		license(&w, 2);
		run_to(1000);
		assert_noop!(remanufacture(), Error::<Test>::LicenceExpired);
	});
}

#[test]
fn remanufacture_beyond_the_periods_quota_is_refused_until_the_next_period() {
	new_test_ext(|| {
		let w = World::new();
		license(&w, 1);
		let (first, second) = (w.remans_core(), w.remans_core());
		let remanufacture = |part| {
			record_and_confirm(origin(REMAN), part, Outcome::Remanufactured, doc(5), doc(6), w.lab)
		};
		assert_ok!(remanufacture(first));
		assert_noop!(remanufacture(second), Error::<Test>::QuotaExceeded);
		assert_eq!(Cores::licence_view(w.gear, w.reman).map(|l| l.remaining), Some(0));
		// The period started at block 1; block 101 is in the next one.
		run_to(100);
		assert_noop!(remanufacture(second), Error::<Test>::QuotaExceeded);
		run_to(101);
		assert_eq!(Cores::licence_view(w.gear, w.reman).map(|l| l.remaining), Some(1));
		assert_ok!(remanufacture(second));
		let licence = Licences::<Test>::get(w.gear, w.reman).expect("licensed");
		assert_eq!((licence.period_start, licence.used), (101, 1));
	});
}

#[test]
fn an_outcome_needs_the_owner_a_grade_and_a_certified_tester() {
	new_test_ext(|| {
		let w = World::new();
		let record = |who, part, tester| {
			record_and_confirm(origin(who), part, Outcome::Reconditioned, doc(5), doc(6), tester)
		};
		let ungraded = w.core();
		w.sell(ungraded, CUSTOMER, REMAN, w.reman);
		assert_noop!(record(REMAN, ungraded, w.lab), Error::<Test>::NotGraded);

		let part = w.remans_core();
		assert_noop!(record(OTHER_REMAN, part, w.lab), Error::<Test>::NotOwner);
		assert_noop!(record(STRANGER, part, w.lab), Error::<Test>::NotAMember);
		assert_noop!(record(REMAN, part, w.inspector), Error::<Test>::TesterNotCertified);
		assert_noop!(record(REMAN, 99, w.lab), Error::<Test>::UnknownPart);
		let fresh = w.gear();
		assert_noop!(record(ACME, fresh, w.lab), Error::<Test>::NotACore);
		// An owner that is neither a remanufacturer nor the manufacturer.
		let dealers = w.graded_core(Grade::A);
		w.sell(dealers, CUSTOMER, DEALER, w.dealer);
		assert_noop!(record(DEALER, dealers, w.lab), Error::<Test>::MissingRole);
		// A listed core.
		assert_ok!(Cores::list(origin(REMAN), part, 100));
		assert_noop!(record(REMAN, part, w.lab), Error::<Test>::ListingOpen);
	});
}
