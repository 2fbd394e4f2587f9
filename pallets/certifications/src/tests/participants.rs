use amchain_primitives::participants::{MemberKind, Membership, ParticipantRegistry, Role, Roles};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, Error, Event, ParticipantStatus, Participants, Registrar};

fn register_acme() -> u32 {
	assert_ok!(Certifications::register_participant(
		RuntimeOrigin::signed(REGISTRAR),
		ACME,
		b"Acme Gears Ltd".to_vec(),
		doc(7),
		Roles::of(&[Role::Manufacturer, Role::Supplier]),
	));
	0
}

#[test]
fn a_registrar_registers_an_organisation() {
	new_test_ext(|| {
		let acme = register_acme();
		let record = Participants::<Test>::get(acme).expect("registered");
		assert_eq!(record.admin, ACME);
		assert_eq!(record.name.to_vec(), b"Acme Gears Ltd".to_vec());
		assert_eq!(record.metadata, doc(7));
		assert_eq!(record.registered_by, Registrar::Account(REGISTRAR));
		assert_eq!(record.registered_at, 1);
		assert_eq!(record.status, ParticipantStatus::Active);
		System::assert_last_event(
			Event::<Test>::ParticipantRegistered {
				participant: acme,
				admin: ACME,
				roles: Roles::of(&[Role::Manufacturer, Role::Supplier]),
				registrar: Registrar::Account(REGISTRAR),
			}
			.into(),
		);
		// Other pallets now resolve the account to the organisation and its roles.
		assert_eq!(
			<Certifications as ParticipantRegistry<u64>>::membership(&ACME),
			Some(Membership {
				participant: acme,
				kind: MemberKind::Admin,
				roles: Roles::of(&[Role::Manufacturer, Role::Supplier]),
			})
		);
		assert_eq!(register(BOLT, &[Role::Supplier]), 1, "ids count up");
	});
}

#[test]
fn the_admin_origin_registers_as_governance() {
	new_test_ext(|| {
		assert_ok!(Certifications::register_participant(
			RuntimeOrigin::root(),
			ACME,
			b"Acme Gears Ltd".to_vec(),
			doc(7),
			Role::Manufacturer.into(),
		));
		let acme = Participants::<Test>::iter_keys().next().expect("registered");
		assert_eq!(
			Participants::<Test>::get(acme).expect("registered").registered_by,
			Registrar::Governance
		);
		System::assert_last_event(
			Event::<Test>::ParticipantRegistered {
				participant: acme,
				admin: ACME,
				roles: Role::Manufacturer.into(),
				registrar: Registrar::Governance,
			}
			.into(),
		);
		assert_ok!(Certifications::suspend_participant(RuntimeOrigin::root(), acme, doc(1)));
		System::assert_last_event(
			Event::<Test>::ParticipantSuspended {
				participant: acme,
				reason: doc(1),
				registrar: Registrar::Governance,
			}
			.into(),
		);
	});
}

#[test]
fn only_registrars_register() {
	new_test_ext(|| {
		assert_noop!(
			Certifications::register_participant(
				RuntimeOrigin::signed(STRANGER),
				ACME,
				b"acme".to_vec(),
				doc(0),
				Role::Manufacturer.into(),
			),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			Certifications::register_participant(
				RuntimeOrigin::none(),
				ACME,
				b"acme".to_vec(),
				doc(0),
				Role::Manufacturer.into(),
			),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn registration_refuses_bad_roles_long_names_and_taken_accounts() {
	new_test_ext(|| {
		let call = |admin, name: &[u8], roles| {
			Certifications::register_participant(
				RuntimeOrigin::signed(REGISTRAR),
				admin,
				name.to_vec(),
				doc(0),
				roles,
			)
		};
		assert_noop!(call(ACME, b"acme", Roles::NONE), Error::<Test>::InvalidRoles);
		assert_noop!(call(ACME, b"acme", Roles(1 << 12)), Error::<Test>::InvalidRoles);
		assert_noop!(call(ACME, &[b'x'; 17], Role::Bank.into()), Error::<Test>::NameTooLong);
		register(ACME, &[Role::Manufacturer]);
		assert_noop!(call(ACME, b"again", Role::Bank.into()), Error::<Test>::AccountInUse);
	});
}

#[test]
fn a_registrar_updates_an_organisation() {
	new_test_ext(|| {
		let acme = register_acme();
		assert_ok!(Certifications::update_participant(
			RuntimeOrigin::signed(REGISTRAR),
			acme,
			Some(b"Acme plc".to_vec()),
			Some(doc(8)),
			Some(Role::Manufacturer.into()),
			None,
		));
		let record = Participants::<Test>::get(acme).expect("registered");
		assert_eq!(record.name.to_vec(), b"Acme plc".to_vec());
		assert_eq!(record.metadata, doc(8));
		assert_eq!(record.roles, Role::Manufacturer.into());
		assert_eq!(record.admin, ACME, "admin unchanged when not given");
		System::assert_last_event(
			Event::<Test>::ParticipantUpdated {
				participant: acme,
				registrar: Registrar::Account(REGISTRAR),
			}
			.into(),
		);
	});
}

#[test]
fn updates_are_checked() {
	new_test_ext(|| {
		let acme = register_acme();
		register(BOLT, &[Role::Supplier]);
		let update = |who, id, name: Option<&[u8]>, roles, admin| {
			Certifications::update_participant(
				RuntimeOrigin::signed(who),
				id,
				name.map(|n| n.to_vec()),
				None,
				roles,
				admin,
			)
		};
		assert_noop!(update(STRANGER, acme, None, None, None), Error::<Test>::NotRegistrar);
		assert_noop!(update(REGISTRAR, 9, None, None, None), Error::<Test>::UnknownParticipant);
		assert_noop!(
			update(REGISTRAR, acme, Some(&[b'x'; 17]), None, None),
			Error::<Test>::NameTooLong
		);
		assert_noop!(
			update(REGISTRAR, acme, None, Some(Roles::NONE), None),
			Error::<Test>::InvalidRoles
		);
		assert_noop!(
			Certifications::update_participant(
				RuntimeOrigin::root(),
				acme,
				None,
				None,
				None,
				Some(BOLT)
			),
			Error::<Test>::AccountInUse
		);
	});
}

#[test]
fn a_suspended_organisation_cannot_act_until_reinstated() {
	new_test_ext(|| {
		let acme = register_acme();
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			acme,
			doc(3)
		));
		assert_eq!(
			Participants::<Test>::get(acme).map(|p| p.status),
			Some(ParticipantStatus::Suspended { reason: doc(3), since: 1 })
		);
		System::assert_last_event(
			Event::<Test>::ParticipantSuspended {
				participant: acme,
				reason: doc(3),
				registrar: Registrar::Account(REGISTRAR),
			}
			.into(),
		);
		assert_eq!(Certifications::membership(&ACME), None);
		assert!(!<Certifications as ParticipantRegistry<u64>>::is_active(acme));
		assert_noop!(
			Certifications::add_device(RuntimeOrigin::signed(ACME), 41, Role::Supplier.into()),
			Error::<Test>::SuspendedParticipant
		);

		assert_ok!(Certifications::reinstate_participant(RuntimeOrigin::signed(REGISTRAR), acme));
		System::assert_last_event(
			Event::<Test>::ParticipantReinstated {
				participant: acme,
				registrar: Registrar::Account(REGISTRAR),
			}
			.into(),
		);
		assert!(Certifications::membership(&ACME).is_some());
	});
}

#[test]
fn suspension_and_reinstatement_are_checked() {
	new_test_ext(|| {
		let acme = register_acme();
		assert_noop!(
			Certifications::suspend_participant(RuntimeOrigin::signed(STRANGER), acme, doc(3)),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			Certifications::suspend_participant(RuntimeOrigin::signed(REGISTRAR), 9, doc(3)),
			Error::<Test>::UnknownParticipant
		);
		assert_noop!(
			Certifications::reinstate_participant(RuntimeOrigin::signed(REGISTRAR), acme),
			Error::<Test>::ParticipantNotSuspended
		);
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			acme,
			doc(3)
		));
		assert_noop!(
			Certifications::suspend_participant(RuntimeOrigin::signed(REGISTRAR), acme, doc(4)),
			Error::<Test>::SuspendedParticipant
		);
		assert_noop!(
			Certifications::reinstate_participant(RuntimeOrigin::signed(STRANGER), acme),
			Error::<Test>::NotRegistrar
		);
		assert_noop!(
			Certifications::reinstate_participant(RuntimeOrigin::signed(REGISTRAR), 9),
			Error::<Test>::UnknownParticipant
		);
	});
}
