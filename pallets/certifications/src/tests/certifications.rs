use amchain_primitives::certifications::{CertificationInspector, CertificationStatus};
use frame_support::{assert_noop, assert_ok};

use crate::{
	mock::*, Capacity, CertificationState, Certifications as CertificationRecords,
	CertificationsOf, Error, Event, ValidityInterval, ValidityIntervals,
};

fn status(id: u32) -> Option<CertificationStatus> {
	<Certifications as CertificationInspector<u64>>::status(id)
}

fn is_certified(participant: u32, standard: u32) -> bool {
	<Certifications as CertificationInspector<u64>>::is_certified(participant, standard)
}

fn was_certified_at(participant: u32, standard: u32, at: u64) -> bool {
	<Certifications as CertificationInspector<u64>>::was_certified_at(participant, standard, at)
}

fn issue(
	who: u64,
	participant: u32,
	standard: u32,
	scope: &[u8],
	capacity: Capacity<u64>,
	valid_until: u64,
	surveillance: Option<u64>,
) -> sp_runtime::DispatchResult {
	Certifications::issue_certification(
		RuntimeOrigin::signed(who),
		participant,
		standard,
		scope.to_vec(),
		capacity,
		valid_until,
		surveillance,
	)
}

const CAPACITY: Capacity<u64> = Capacity { units: 100, period: 10 };

#[test]
fn an_accredited_auditor_certifies_a_participant() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(issue(TUV, w.acme, w.standard, b"plant 1", CAPACITY, 1000, Some(50)));
		let c = CertificationRecords::<Test>::get(0).expect("issued");
		assert_eq!((c.participant, c.standard, c.auditor), (w.acme, w.standard, w.tuv));
		assert_eq!(c.scope.to_vec(), b"plant 1".to_vec());
		assert_eq!(c.capacity, CAPACITY);
		assert_eq!((c.issued_at, c.valid_until), (1, 1000));
		assert_eq!(c.surveillance.map(|s| (s.interval, s.due)), Some((50, 51)));
		System::assert_last_event(
			Event::<Test>::CertificationIssued {
				certification: 0,
				participant: w.acme,
				standard: w.standard,
				auditor: w.tuv,
				valid_until: 1000,
			}
			.into(),
		);
		// An offer: it counts for nothing until the holder accepts it.
		assert_eq!(c.state, CertificationState::Offered);
		assert_eq!(c.intervals, 0);
		assert!(CertificationsOf::<Test>::get(w.acme, w.standard).is_empty());
		assert_eq!(status(0), Some(CertificationStatus::Offered));
		assert!(!is_certified(w.acme, w.standard));

		set_block(3);
		assert_ok!(Certifications::accept_certification(RuntimeOrigin::signed(ACME), 0));
		System::assert_last_event(
			Event::<Test>::CertificationAccepted { certification: 0, participant: w.acme }.into(),
		);
		let c = CertificationRecords::<Test>::get(0).expect("issued");
		assert_eq!(c.state, CertificationState::Active);
		assert_eq!(CertificationsOf::<Test>::get(w.acme, w.standard).to_vec(), vec![0]);
		assert_eq!(Certifications::certifications_of(w.acme, w.standard), vec![0]);
		// Valid from its acceptance, not its issue.
		assert_eq!(
			ValidityIntervals::<Test>::get(0, 0),
			Some(ValidityInterval { from: 3, to: None })
		);
		assert!(!was_certified_at(w.acme, w.standard, 2));
		assert!(was_certified_at(w.acme, w.standard, 3));
		assert_eq!(status(0), Some(CertificationStatus::Active));
		assert!(is_certified(w.acme, w.standard));
		assert!(!is_certified(w.bolt, w.standard));
	});
}

#[test]
fn only_an_accredited_auditor_issues() {
	new_test_ext(|| {
		let w = World::new();
		let call = |who, participant, standard| {
			issue(who, participant, standard, b"s", CAPACITY, 1000, None)
		};
		assert_noop!(call(STRANGER, w.acme, w.standard), Error::<Test>::NotAMember);
		assert_noop!(call(ACME, w.bolt, w.standard), Error::<Test>::MissingRole);
		assert_noop!(call(ISO, w.acme, w.standard), Error::<Test>::MissingRole);
		assert_noop!(call(DNV, w.acme, w.standard), Error::<Test>::NotAccredited);
		assert_noop!(call(TUV, w.acme, 9), Error::<Test>::UnknownStandard);
		assert_noop!(call(TUV, w.tuv, w.standard), Error::<Test>::SelfCertification);
		assert_noop!(call(TUV, 77, w.standard), Error::<Test>::UnknownParticipant);
		assert_ok!(Certifications::withdraw_accreditation(
			RuntimeOrigin::signed(ISO),
			w.standard,
			w.tuv
		));
		assert_noop!(call(TUV, w.acme, w.standard), Error::<Test>::NotAccredited);
	});
}

#[test]
fn issuing_refuses_bad_terms() {
	new_test_ext(|| {
		let w = World::new();
		set_block(10);
		let call = |scope: &[u8], capacity, valid_until, surveillance| {
			issue(TUV, w.acme, w.standard, scope, capacity, valid_until, surveillance)
		};
		assert_noop!(call(b"s", CAPACITY, 10, None), Error::<Test>::InvalidValidity);
		assert_noop!(call(b"s", CAPACITY, 5, None), Error::<Test>::InvalidValidity);
		assert_noop!(
			call(b"s", Capacity { units: 0, period: 10 }, 100, None),
			Error::<Test>::InvalidCapacity
		);
		assert_noop!(
			call(b"s", Capacity { units: 5, period: 0 }, 100, None),
			Error::<Test>::InvalidCapacity
		);
		assert_noop!(
			call(b"s", CAPACITY, 100, Some(0)),
			Error::<Test>::InvalidSurveillanceInterval
		);
		assert_noop!(call(&[b's'; 17], CAPACITY, 100, None), Error::<Test>::ScopeTooLong);
		assert_noop!(call(b"s", CAPACITY, 100, Some(u64::MAX)), Error::<Test>::Overflow);
	});
}

#[test]
fn a_suspended_participant_cannot_be_certified() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.acme,
			doc(0)
		));
		assert_noop!(
			issue(TUV, w.acme, w.standard, b"s", CAPACITY, 1000, None),
			Error::<Test>::SuspendedParticipant
		);
	});
}

#[test]
fn live_certifications_per_holder_are_bounded() {
	new_test_ext(|| {
		let w = World::new();
		for _ in 0..3 {
			w.certify_acme();
		}
		// An auditor may still offer one; the holder cannot take on a fourth live one.
		assert_ok!(issue(TUV, w.acme, w.standard, b"plant 4", CAPACITY, 1000, None));
		assert_noop!(
			Certifications::accept_certification(RuntimeOrigin::signed(ACME), 3),
			Error::<Test>::TooManyCertifications
		);
		// Another holder is unaffected.
		w.certify(w.bolt, 1, 1, 1000, None);
	});
}

#[test]
fn a_certification_lapses_at_expiry_without_a_transaction() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify(w.acme, 100, 10, 50, None);
		set_block(49);
		assert_eq!(status(id), Some(CertificationStatus::Active));
		assert!(is_certified(w.acme, w.standard));
		set_block(50);
		assert_eq!(status(id), Some(CertificationStatus::Expired));
		assert!(!is_certified(w.acme, w.standard));
		// History still answers for the time it was valid.
		assert!(!was_certified_at(w.acme, w.standard, 0));
		assert!(was_certified_at(w.acme, w.standard, 1));
		assert!(was_certified_at(w.acme, w.standard, 49));
		assert!(!was_certified_at(w.acme, w.standard, 50));
	});
}

#[test]
fn the_issuing_auditor_suspends_and_reinstates() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		set_block(10);
		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(5)));
		assert_eq!(status(id), Some(CertificationStatus::Suspended));
		assert!(!is_certified(w.acme, w.standard));
		System::assert_last_event(
			Event::<Test>::CertificationSuspended { certification: id, by: w.tuv, reason: doc(5) }
				.into(),
		);
		assert_eq!(
			ValidityIntervals::<Test>::get(id, 0),
			Some(ValidityInterval { from: 1, to: Some(10) })
		);

		set_block(20);
		assert_ok!(Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), id));
		assert_eq!(status(id), Some(CertificationStatus::Active));
		System::assert_last_event(
			Event::<Test>::CertificationReinstated { certification: id, by: w.tuv }.into(),
		);
		assert_eq!(
			ValidityIntervals::<Test>::get(id, 1),
			Some(ValidityInterval { from: 20, to: None })
		);

		// "Was it certified at block B?" follows the intervals.
		assert!(was_certified_at(w.acme, w.standard, 9));
		assert!(!was_certified_at(w.acme, w.standard, 10));
		assert!(!was_certified_at(w.acme, w.standard, 19));
		assert!(was_certified_at(w.acme, w.standard, 20));
		assert!(was_certified_at(w.acme, w.standard, 999));
		assert!(!was_certified_at(w.acme, w.standard, 1000));
	});
}

#[test]
fn the_standards_organisation_suspends_reinstates_and_revokes() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(ISO), id, doc(5)));
		System::assert_last_event(
			Event::<Test>::CertificationSuspended { certification: id, by: w.iso, reason: doc(5) }
				.into(),
		);
		assert_ok!(Certifications::reinstate_certification(RuntimeOrigin::signed(ISO), id));
		assert_ok!(Certifications::revoke_certification(RuntimeOrigin::signed(ISO), id, doc(6)));
		System::assert_last_event(
			Event::<Test>::CertificationRevoked { certification: id, by: w.iso, reason: doc(6) }
				.into(),
		);
		assert_eq!(status(id), Some(CertificationStatus::Revoked));
	});
}

#[test]
fn only_the_issuing_auditor_or_the_standards_organisation_acts_on_a_certification() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		assert_ok!(Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), w.standard, w.dnv));
		for who in [DNV, ACME, BOLT] {
			assert_noop!(
				Certifications::suspend_certification(RuntimeOrigin::signed(who), id, doc(5)),
				Error::<Test>::NotCertificationAuthority
			);
			assert_noop!(
				Certifications::revoke_certification(RuntimeOrigin::signed(who), id, doc(5)),
				Error::<Test>::NotCertificationAuthority
			);
		}
		assert_noop!(
			Certifications::suspend_certification(RuntimeOrigin::signed(STRANGER), id, doc(5)),
			Error::<Test>::NotAMember
		);
		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(5)));
		assert_noop!(
			Certifications::reinstate_certification(RuntimeOrigin::signed(DNV), id),
			Error::<Test>::NotCertificationAuthority
		);
		assert_noop!(
			Certifications::suspend_certification(RuntimeOrigin::signed(TUV), 9, doc(5)),
			Error::<Test>::UnknownCertification
		);
		assert_noop!(
			Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), 9),
			Error::<Test>::UnknownCertification
		);
		assert_noop!(
			Certifications::revoke_certification(RuntimeOrigin::signed(TUV), 9, doc(5)),
			Error::<Test>::UnknownCertification
		);
	});
}

#[test]
fn an_auditor_that_lost_its_accreditation_no_longer_acts_but_its_certifications_stand() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		assert_ok!(Certifications::withdraw_accreditation(
			RuntimeOrigin::signed(ISO),
			w.standard,
			w.tuv
		));
		assert!(is_certified(w.acme, w.standard));
		assert_noop!(
			Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(5)),
			Error::<Test>::NotCertificationAuthority
		);
		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(ISO), id, doc(5)));
	});
}

#[test]
fn state_changes_are_checked() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		assert_noop!(
			Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), id),
			Error::<Test>::CertificationNotSuspended
		);
		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(5)));
		assert_noop!(
			Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(5)),
			Error::<Test>::SuspendedCertification
		);
		assert_ok!(Certifications::revoke_certification(RuntimeOrigin::signed(TUV), id, doc(6)));
		assert_noop!(
			Certifications::revoke_certification(RuntimeOrigin::signed(TUV), id, doc(6)),
			Error::<Test>::RevokedCertification
		);
		assert_noop!(
			Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(6)),
			Error::<Test>::RevokedCertification
		);
		assert_noop!(
			Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), id),
			Error::<Test>::RevokedCertification
		);
	});
}

#[test]
fn an_expired_certification_cannot_be_suspended_or_reinstated_but_can_be_revoked() {
	new_test_ext(|| {
		let w = World::new();
		let active = w.certify(w.acme, 100, 10, 50, None);
		let suspended = w.certify(w.acme, 100, 10, 50, None);
		assert_ok!(Certifications::suspend_certification(
			RuntimeOrigin::signed(TUV),
			suspended,
			doc(5)
		));
		set_block(60);
		assert_noop!(
			Certifications::suspend_certification(RuntimeOrigin::signed(TUV), active, doc(5)),
			Error::<Test>::ExpiredCertification
		);
		assert_noop!(
			Certifications::reinstate_certification(RuntimeOrigin::signed(TUV), suspended),
			Error::<Test>::ExpiredCertification
		);
		// Revoking a lapsed certification records that it ended at expiry, not later.
		assert_ok!(Certifications::revoke_certification(
			RuntimeOrigin::signed(TUV),
			active,
			doc(6)
		));
		assert_eq!(
			ValidityIntervals::<Test>::get(active, 0),
			Some(ValidityInterval { from: 1, to: Some(50) })
		);
	});
}

#[test]
fn revocation_ends_validity_for_good() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		set_block(30);
		assert_ok!(Certifications::revoke_certification(RuntimeOrigin::signed(TUV), id, doc(6)));
		assert_eq!(
			CertificationRecords::<Test>::get(id).map(|c| c.state),
			Some(CertificationState::Revoked { reason: doc(6), at: 30 })
		);
		assert!(!is_certified(w.acme, w.standard));
		assert!(was_certified_at(w.acme, w.standard, 29));
		assert!(!was_certified_at(w.acme, w.standard, 30));
	});
}
