use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

use crate::{mock::*, Error, Event, Registrars};

#[test]
fn governance_appoints_a_registrar() {
	new_test_ext(|| {
		assert_ok!(Certifications::add_registrar(RuntimeOrigin::root(), 2));
		assert!(Registrars::<Test>::contains_key(2));
		assert_eq!(Registrars::<Test>::count(), 2);
		System::assert_last_event(Event::<Test>::RegistrarAdded { registrar: 2 }.into());
	});
}

#[test]
fn only_governance_appoints_registrars() {
	new_test_ext(|| {
		assert_noop!(
			Certifications::add_registrar(RuntimeOrigin::signed(REGISTRAR), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Certifications::add_registrar(RuntimeOrigin::none(), 2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_registrar_cannot_be_appointed_twice() {
	new_test_ext(|| {
		assert_noop!(
			Certifications::add_registrar(RuntimeOrigin::root(), REGISTRAR),
			Error::<Test>::AlreadyRegistrar
		);
	});
}

#[test]
fn registrars_are_bounded() {
	ExtBuilder::default().with_registrars(&[1, 2, 3]).build_and_execute(|| {
		assert_noop!(
			Certifications::add_registrar(RuntimeOrigin::root(), 4),
			Error::<Test>::TooManyRegistrars
		);
	});
}

#[test]
fn governance_removes_a_registrar() {
	new_test_ext(|| {
		let acme = register(ACME, &[amchain_primitives::participants::Role::Manufacturer]);
		assert_ok!(Certifications::remove_registrar(RuntimeOrigin::root(), REGISTRAR));
		assert!(!Registrars::<Test>::contains_key(REGISTRAR));
		System::assert_last_event(Event::<Test>::RegistrarRemoved { registrar: REGISTRAR }.into());
		// What it registered stays registered; it can register nothing more.
		assert!(Certifications::participant_view(acme).is_some());
		assert_noop!(
			Certifications::register_participant(
				RuntimeOrigin::signed(REGISTRAR),
				BOLT,
				b"bolt".to_vec(),
				doc(0),
				amchain_primitives::participants::Role::Supplier.into(),
			),
			Error::<Test>::NotRegistrar
		);
	});
}

#[test]
fn removing_needs_governance_and_a_registrar() {
	new_test_ext(|| {
		assert_noop!(
			Certifications::remove_registrar(RuntimeOrigin::signed(REGISTRAR), REGISTRAR),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Certifications::remove_registrar(RuntimeOrigin::root(), STRANGER),
			Error::<Test>::NotRegistrar
		);
	});
}
