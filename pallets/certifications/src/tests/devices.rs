use amchain_primitives::participants::{MemberKind, Membership, ParticipantRegistry, Role, Roles};
use frame_support::{assert_noop, assert_ok, weights::Weight};

use crate::{mock::*, Devices, Error, Event, Participants, WeightInfo};

const ROBOT: u64 = 41;
const SCANNER: u64 = 42;

#[test]
fn an_organisation_adds_a_device_with_some_of_its_roles() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ROBOT,
			Role::Manufacturer.into()
		));
		assert_eq!(Devices::<Test>::get(acme, ROBOT), Some(Role::Manufacturer.into()));
		assert_eq!(Participants::<Test>::get(acme).map(|p| p.devices), Some(1));
		assert_eq!(
			Certifications::membership(&ROBOT),
			Some(Membership {
				participant: acme,
				kind: MemberKind::Device,
				roles: Role::Manufacturer.into()
			})
		);
		System::assert_last_event(
			Event::<Test>::DeviceAdded {
				participant: acme,
				device: ROBOT,
				roles: Role::Manufacturer.into(),
			}
			.into(),
		);
	});
}

#[test]
fn only_an_admin_adds_devices_with_roles_its_organisation_has() {
	new_test_ext(|| {
		register(ACME, &[Role::Manufacturer, Role::Supplier]);
		register(BOLT, &[Role::Supplier]);
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ROBOT,
			Role::Manufacturer.into()
		));
		let add = |who, device, roles| {
			Certifications::add_device(RuntimeOrigin::signed(who), device, roles)
		};
		assert_noop!(add(STRANGER, SCANNER, Role::Supplier.into()), Error::<Test>::NotAMember);
		assert_noop!(
			add(ROBOT, SCANNER, Role::Manufacturer.into()),
			Error::<Test>::NotParticipantAdmin
		);
		assert_noop!(add(ACME, SCANNER, Role::Bank.into()), Error::<Test>::RolesNotHeld);
		assert_noop!(add(ACME, SCANNER, Roles::NONE), Error::<Test>::InvalidRoles);
		assert_noop!(add(ACME, BOLT, Role::Supplier.into()), Error::<Test>::AccountInUse);
		assert_noop!(add(ACME, ROBOT, Role::Supplier.into()), Error::<Test>::AccountInUse);
	});
}

#[test]
fn devices_are_bounded() {
	new_test_ext(|| {
		register(ACME, &[Role::Manufacturer]);
		for device in [ROBOT, SCANNER] {
			assert_ok!(Certifications::add_device(
				RuntimeOrigin::signed(ACME),
				device,
				Role::Manufacturer.into()
			));
		}
		assert_noop!(
			Certifications::add_device(RuntimeOrigin::signed(ACME), 43, Role::Manufacturer.into()),
			Error::<Test>::TooManyDevices
		);
	});
}

#[test]
fn an_organisation_removes_its_device() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ROBOT,
			Role::Manufacturer.into()
		));
		let info = Certifications::remove_device(RuntimeOrigin::signed(ACME), ROBOT)
			.expect("its admin removes it");
		// Charged the runtime's worst case up front (1 000 in the mock), refunded to what
		// it cost (400).
		assert_eq!(
			info.actual_weight,
			Some(<() as WeightInfo>::remove_device().saturating_add(Weight::from_parts(400, 0)))
		);
		assert!(!Devices::<Test>::contains_key(acme, ROBOT));
		assert_eq!(Certifications::membership(&ROBOT), None);
		assert_eq!(Participants::<Test>::get(acme).map(|p| p.devices), Some(0));
		assert_eq!(retired(), vec![(acme, ROBOT, ACME)], "the runtime hears: to the admin");
		System::assert_last_event(
			Event::<Test>::DeviceRemoved { participant: acme, device: ROBOT }.into(),
		);
	});
}

#[test]
fn only_its_organisation_removes_a_device() {
	new_test_ext(|| {
		register(ACME, &[Role::Manufacturer]);
		register(BOLT, &[Role::Supplier]);
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ROBOT,
			Role::Manufacturer.into()
		));
		assert_noop!(
			Certifications::remove_device(RuntimeOrigin::signed(BOLT), ROBOT),
			Error::<Test>::UnknownDevice
		);
		assert_noop!(
			Certifications::remove_device(RuntimeOrigin::signed(ROBOT), ROBOT),
			Error::<Test>::NotParticipantAdmin
		);
		assert_noop!(
			Certifications::remove_device(RuntimeOrigin::signed(STRANGER), ROBOT),
			Error::<Test>::NotAMember
		);
		assert_noop!(
			Certifications::remove_device(RuntimeOrigin::signed(ACME), SCANNER),
			Error::<Test>::UnknownDevice
		);
		assert!(retired().is_empty(), "a refused removal retires nobody");
	});
}

#[test]
fn a_device_loses_roles_its_organisation_loses() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ROBOT,
			Roles::of(&[Role::Manufacturer, Role::Supplier])
		));
		assert_ok!(Certifications::update_participant(
			RuntimeOrigin::signed(REGISTRAR),
			acme,
			None,
			None,
			Some(Role::Supplier.into()),
			None,
		));
		assert_eq!(
			Certifications::membership(&ROBOT).map(|m| m.roles),
			Some(Role::Supplier.into())
		);
	});
}

#[test]
fn devices_of_a_suspended_organisation_cannot_act() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(ACME),
			ROBOT,
			Role::Manufacturer.into()
		));
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			acme,
			doc(1)
		));
		assert_eq!(Certifications::membership(&ROBOT), None);
	});
}
