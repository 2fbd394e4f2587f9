use amchain_primitives::{
	certifications::{
		CertificationInspector, CertificationStatus, CertificationView, StandardView,
	},
	participants::{ParticipantRegistry, Role, Roles},
};
use frame_support::assert_ok;

use crate::mock::*;

#[test]
fn participant_view_shows_the_record() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			41,
			Role::Supplier.into()
		));
		let view = Certifications::participant_view(w.acme).expect("registered");
		assert_eq!(view.id, w.acme);
		assert_eq!(view.admin, ACME);
		assert_eq!(view.name, b"org".to_vec());
		assert_eq!(view.roles, Roles::of(&[Role::Manufacturer, Role::Supplier]));
		assert!(!view.suspended);
		assert_eq!(view.registered_at, 1);
		assert_eq!(view.devices, 1);
		assert!(Certifications::participant_view(77).is_none());
		assert_eq!(
			<Certifications as ParticipantRegistry<u64>>::active_roles(w.bolt),
			Some(Role::Supplier.into())
		);
		assert_eq!(<Certifications as ParticipantRegistry<u64>>::active_roles(77), None);
	});
}

#[test]
fn standard_view_shows_the_record() {
	new_test_ext(|| {
		let w = World::new();
		assert_eq!(
			Certifications::standard_view(w.standard),
			Some(StandardView {
				id: w.standard,
				owner: w.iso,
				code: b"ISO 9001".to_vec(),
				version: 2015,
				requirements_hash: doc(1),
				requirements_uri: b"https://iso.org/9001".to_vec(),
			})
		);
		assert!(Certifications::standard_view(9).is_none());
	});
}

#[test]
fn certification_view_shows_the_standing_now() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify(w.acme, 100, 10, 1000, Some(50));
		assert_ok!(<Certifications as amchain_primitives::certifications::ProductionRegistry>::register_production(
			w.acme, id, 25
		));
		let expected = CertificationView {
			id,
			participant: w.acme,
			standard: w.standard,
			auditor: w.tuv,
			scope: b"plant 1".to_vec(),
			capacity_units: 100,
			capacity_period: 10,
			issued_at: 1,
			valid_until: 1000,
			surveillance_interval: Some(50),
			surveillance_due: Some(51),
			status: CertificationStatus::Active,
			remaining_capacity: 75,
		};
		assert_eq!(Certifications::certification_view(id), Some(expected.clone()));
		set_block(60);
		assert_eq!(
			Certifications::certification_view(id),
			Some(CertificationView {
				status: CertificationStatus::SurveillanceOverdue,
				remaining_capacity: 0,
				..expected
			})
		);
		assert!(Certifications::certification_view(9).is_none());
		assert_eq!(<Certifications as CertificationInspector<u64>>::remaining_capacity(9), None);
		assert_eq!(<Certifications as CertificationInspector<u64>>::status(9), None);
	});
}

#[test]
fn any_of_several_certifications_answers_for_its_holder() {
	new_test_ext(|| {
		let w = World::new();
		let first = w.certify(w.acme, 100, 10, 40, None);
		set_block(30);
		let second = w.certify(w.acme, 100, 10, 100, None);
		assert_eq!(Certifications::certifications_of(w.acme, w.standard), vec![first, second]);
		assert_eq!(
			<Certifications as CertificationInspector<u64>>::holder_of(second),
			Some((w.acme, w.standard))
		);
		assert_eq!(<Certifications as CertificationInspector<u64>>::holder_of(9), None);
		let was = |at| {
			<Certifications as CertificationInspector<u64>>::was_certified_at(
				w.acme, w.standard, at,
			)
		};
		assert!(was(10), "the first covers block 10");
		assert!(was(50), "the second covers block 50");
		assert!(!was(100), "neither covers block 100");
		set_block(50);
		assert!(<Certifications as CertificationInspector<u64>>::is_certified(w.acme, w.standard));
		assert!(!<Certifications as CertificationInspector<u64>>::is_certified(w.bolt, w.standard));
		// A suspended holder is not certified, whatever its certifications say.
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.acme,
			doc(0)
		));
		assert!(!<Certifications as CertificationInspector<u64>>::is_certified(w.acme, w.standard));
	});
}
