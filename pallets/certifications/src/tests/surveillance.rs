use amchain_primitives::certifications::{CertificationInspector, CertificationStatus};
use frame_support::{assert_noop, assert_ok};

use crate::{
	mock::*, Certifications as CertificationRecords, Error, Event, ValidityInterval,
	ValidityIntervals,
};

fn status(id: u32) -> Option<CertificationStatus> {
	<Certifications as CertificationInspector<u64>>::status(id)
}

fn was_certified_at(w: &World, at: u64) -> bool {
	<Certifications as CertificationInspector<u64>>::was_certified_at(w.acme, w.standard, at)
}

fn due(id: u32) -> Option<u64> {
	CertificationRecords::<Test>::get(id).and_then(|c| c.surveillance).map(|s| s.due)
}

fn record(who: u64, id: u32) -> sp_runtime::DispatchResult {
	Certifications::record_surveillance(RuntimeOrigin::signed(who), id, doc(9))
}

#[test]
fn a_missed_surveillance_audit_suspends_without_a_transaction() {
	new_test_ext(|| {
		let w = World::new();
		// Issued at block 1: the first audit is due at 51.
		let id = w.certify(w.acme, 100, 10, 1000, Some(50));
		set_block(50);
		assert_eq!(status(id), Some(CertificationStatus::Active));
		set_block(51);
		assert_eq!(status(id), Some(CertificationStatus::SurveillanceOverdue));
		assert!(!<Certifications as CertificationInspector<u64>>::is_certified(w.acme, w.standard));
		assert!(was_certified_at(&w, 50));
		assert!(!was_certified_at(&w, 51));
		assert!(!was_certified_at(&w, 80));
	});
}

#[test]
fn an_audit_on_time_moves_the_next_due_date() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify(w.acme, 100, 10, 1000, Some(50));
		set_block(40);
		assert_ok!(record(TUV, id));
		assert_eq!(due(id), Some(90));
		System::assert_last_event(
			Event::<Test>::SurveillanceRecorded {
				certification: id,
				auditor: w.tuv,
				report: doc(9),
				next_due: 90,
			}
			.into(),
		);
		assert_eq!(CertificationRecords::<Test>::get(id).map(|c| c.intervals), Some(1));
		set_block(89);
		assert_eq!(status(id), Some(CertificationStatus::Active));
		assert!(was_certified_at(&w, 60), "no gap: the audit was on time");
	});
}

#[test]
fn a_late_audit_reinstates_and_the_history_shows_the_gap() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify(w.acme, 100, 10, 1000, Some(50));
		set_block(70);
		assert_ok!(record(TUV, id));
		assert_eq!(status(id), Some(CertificationStatus::Active));
		assert_eq!(due(id), Some(120));
		let last_two: Vec<_> = events().into_iter().rev().take(2).collect();
		assert_eq!(
			last_two,
			vec![
				Event::<Test>::CertificationReinstated { certification: id, by: w.tuv },
				Event::<Test>::SurveillanceRecorded {
					certification: id,
					auditor: w.tuv,
					report: doc(9),
					next_due: 120
				},
			]
		);
		assert_eq!(
			ValidityIntervals::<Test>::get(id, 0),
			Some(ValidityInterval { from: 1, to: Some(51) })
		);
		assert_eq!(
			ValidityIntervals::<Test>::get(id, 1),
			Some(ValidityInterval { from: 70, to: None })
		);
		assert!(was_certified_at(&w, 50));
		assert!(!was_certified_at(&w, 51));
		assert!(!was_certified_at(&w, 69));
		assert!(was_certified_at(&w, 70));
	});
}

#[test]
fn only_the_accredited_issuing_auditor_records_surveillance() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify(w.acme, 100, 10, 1000, Some(50));
		assert_ok!(Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), w.standard, w.dnv));
		assert_noop!(record(DNV, id), Error::<Test>::NotIssuingAuditor);
		assert_noop!(record(ACME, id), Error::<Test>::MissingRole);
		assert_noop!(record(ISO, id), Error::<Test>::MissingRole);
		assert_noop!(record(STRANGER, id), Error::<Test>::NotAMember);
		assert_noop!(record(TUV, 9), Error::<Test>::UnknownCertification);
		assert_ok!(Certifications::withdraw_accreditation(
			RuntimeOrigin::signed(ISO),
			w.standard,
			w.tuv
		));
		assert_noop!(record(TUV, id), Error::<Test>::NotIssuingAuditor);
	});
}

#[test]
fn surveillance_is_refused_where_it_makes_no_sense() {
	new_test_ext(|| {
		let w = World::new();
		let without = w.certify(w.acme, 100, 10, 1000, None);
		assert_noop!(record(TUV, without), Error::<Test>::NoSurveillance);

		let revoked = w.certify(w.acme, 100, 10, 1000, Some(50));
		assert_ok!(Certifications::revoke_certification(
			RuntimeOrigin::signed(TUV),
			revoked,
			doc(1)
		));
		assert_noop!(record(TUV, revoked), Error::<Test>::RevokedCertification);

		let expiring = w.certify(w.acme, 100, 10, 30, Some(50));
		set_block(30);
		assert_noop!(record(TUV, expiring), Error::<Test>::ExpiredCertification);
	});
}

#[test]
fn suspending_an_overdue_certification_keeps_the_due_block_as_its_end() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify(w.acme, 100, 10, 1000, Some(50));
		set_block(80);
		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(2)));
		assert_eq!(
			ValidityIntervals::<Test>::get(id, 0),
			Some(ValidityInterval { from: 1, to: Some(51) })
		);
		// An audit while explicitly suspended moves the schedule but does not reinstate.
		assert_ok!(record(TUV, id));
		assert_eq!(status(id), Some(CertificationStatus::Suspended));
		assert_eq!(due(id), Some(130));
		// Reinstating restarts the schedule from now.
		set_block(100);
		assert_ok!(Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), id));
		assert_eq!(due(id), Some(150));
		assert_eq!(status(id), Some(CertificationStatus::Active));
	});
}
