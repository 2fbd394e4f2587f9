//! Red-team review of the registrar bounds (issue 17 item 1): attacks that the rules in
//! `authority.rs` did not yet stop. Each test states the attack and asserts the honest
//! outcome. Tests marked `#[ignore]` demonstrate a finding that is not fixed yet: they
//! fail today (run them with `cargo test -p pallet-certifications -- --ignored`).

use amchain_primitives::participants::{ParticipantRegistry, Role, Roles};
use frame_support::{assert_noop, assert_ok};

use crate::{
	mock::*, Devices, Error, Event, Members, NextParticipantId, Participants, Registrar,
	Suspensions,
};

/// A second registrar, rival of [`REGISTRAR`].
const RIVAL_REGISTRAR: AccountId = 2;
/// The key governance (or a registrar) means to give an organisation.
const NEW_KEY: AccountId = 41;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn suspend(origin: RuntimeOrigin, id: u32) -> sp_runtime::DispatchResult {
	Certifications::suspend_participant(origin, id, doc(3))
}

fn update_admin(origin: RuntimeOrigin, id: u32, admin: AccountId) -> sp_runtime::DispatchResult {
	Certifications::update_participant(origin, id, None, None, None, Some(admin))
		.map(|_| ())
		.map_err(|e| e.error)
}

// Finding 1 (THREATS.md rule 8), fixed: what governance did to an organisation, the
// registrar that registered it could undo at once, because a registrar's reach over "its"
// organisations did not end when governance overruled it. Now governance acting on an
// organisation makes it governance's alone.

/// Governance reinstates an organisation its registrar suspended; the registrar (or its
/// leaked key) suspends it again in the next block, and again after every motion. The
/// only remedy left to governance is removing the registrar altogether.
#[test]
fn a_registrar_cannot_undo_governances_reinstatement() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(suspend(signed(REGISTRAR), acme));
		assert_ok!(Certifications::reinstate_participant(RuntimeOrigin::root(), acme));
		assert!(Certifications::membership(&ACME).is_some());

		// Governance's decision stands against the registrar acting alone.
		assert!(suspend(signed(REGISTRAR), acme).is_err(), "the registrar undid governance");
		assert!(Certifications::membership(&ACME).is_some());
	});
}

/// Governance corrects an organisation's record (here its metadata, the hash of its legal
/// identity document, and its ordinary roles); its registrar writes its own back.
#[test]
fn a_registrar_cannot_revert_governances_update() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(Certifications::update_participant(
			RuntimeOrigin::root(),
			acme,
			None,
			Some(doc(7)),
			Some(Role::Supplier.into()),
			None,
		));
		let revert = Certifications::update_participant(
			signed(REGISTRAR),
			acme,
			None,
			Some(doc(0)),
			Some(Role::Manufacturer.into()),
			None,
		);
		assert!(revert.is_err(), "the registrar reverted governance's update");
		let acme = Participants::<Test>::get(acme).expect("registered");
		assert_eq!((acme.metadata, acme.roles), (doc(7), Role::Supplier.into()));
	});
}

/// Governance promotes a registrar's organisation to auditor; the registrar, acting
/// alone, switches off the auditor governance appointed (and re-suspends it after every
/// reinstatement, as above).
#[test]
fn a_registrar_cannot_switch_off_an_auditor_governance_appointed() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		let promoted = Roles::of(&[Role::Manufacturer, Role::Auditor]);
		assert_ok!(Certifications::update_participant(
			RuntimeOrigin::root(),
			acme,
			None,
			None,
			Some(promoted),
			None
		));
		assert!(suspend(signed(REGISTRAR), acme).is_err(), "a lone registrar froze an auditor");
	});
}

// Finding 2 (rule 6, both sides consent): `change_admin` names any account as the new
// admin without that account's signature. An organisation (or its leaked key) can squat
// the key a registrar or the council is about to register, and make an unsuspecting
// account act for it. (Fixed: the hand-over takes two steps, the named key accepts.)

#[test]
fn change_admin_cannot_squat_a_key_about_to_be_registered() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		// BOLT's key is verified off chain; the registrar's transaction is in the pool.
		// ACME front-runs it by naming BOLT's key its successor: that binds nobody.
		assert_ok!(Certifications::change_admin(signed(ACME), BOLT));
		assert_eq!(Certifications::membership(&BOLT), None);

		let bolt = NextParticipantId::<Test>::get();
		assert_ok!(Certifications::register_participant(
			signed(REGISTRAR),
			BOLT,
			b"bolt".to_vec(),
			doc(0),
			Role::Supplier.into(),
		));
		assert_eq!(Certifications::membership(&BOLT).map(|m| m.participant), Some(bolt));
		// Nor can the stale proposal be used later.
		assert_noop!(Certifications::accept_admin(signed(BOLT), acme), Error::<Test>::AccountInUse);
	});
}

// Finding 3: a leaked admin key blocks governance's replacement of it. The council's
// motion names the new key; the leaked key, before the motion closes, adds that key as
// one of the organisation's devices, and the motion fails with `AccountInUse`. Repeat
// for every motion. (Fixed: governance may name a device of the same organisation, which
// is then promoted to admin.)

#[test]
fn a_leaked_admin_key_cannot_block_governances_key_replacement() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		// The leaked key front-runs the council's motion.
		assert_ok!(Certifications::add_device(signed(ACME), NEW_KEY, Role::Supplier.into()));

		assert_ok!(update_admin(RuntimeOrigin::root(), acme, NEW_KEY));
		let participant = Participants::<Test>::get(acme).expect("registered");
		assert_eq!(participant.admin, NEW_KEY);
		assert_eq!(participant.devices, 0, "the device became the admin");
		assert_eq!(Devices::<Test>::get(acme, NEW_KEY), None);
		assert_eq!(retired(), vec![(acme, ACME, NEW_KEY)], "the promoted device is not retired");
		assert_eq!(Certifications::membership(&ACME), None, "the leaked key acts no more");
		let membership = Certifications::membership(&NEW_KEY).expect("acts for acme");
		assert_eq!(membership.roles, participant.roles, "with all the organisation's roles");
		assert!(
			events().contains(&Event::<Test>::DeviceRemoved { participant: acme, device: NEW_KEY })
		);

		// A device of another organisation, or another organisation's admin, is still
		// refused, and the organisation's own key rotation promotes no device.
		register(BOLT, &[Role::Supplier]);
		assert_ok!(Certifications::add_device(signed(BOLT), 51, Role::Supplier.into()));
		assert_noop!(update_admin(RuntimeOrigin::root(), acme, 51), Error::<Test>::AccountInUse);
		assert_noop!(update_admin(RuntimeOrigin::root(), acme, BOLT), Error::<Test>::AccountInUse);
		assert_ok!(Certifications::add_device(signed(NEW_KEY), 42, Role::Supplier.into()));
		assert_noop!(
			Certifications::change_admin(signed(NEW_KEY), 42),
			Error::<Test>::AccountInUse
		);
	});
}

// Finding 4: `try_state` did not check who a suspension names. A registrar can only
// suspend an organisation it registered, so an entry naming any other registrar is
// corrupt state (it would let that registrar lift the suspension).

#[test]
fn try_state_checks_who_a_suspension_names() {
	ExtBuilder::default().with_registrars(&[REGISTRAR, RIVAL_REGISTRAR]).build().execute_with(
		|| {
			let acme = register(ACME, &[Role::Manufacturer]);
			assert_ok!(suspend(signed(REGISTRAR), acme));
			assert_ok!(Certifications::do_try_state());

			Suspensions::<Test>::insert(acme, Registrar::Account(RIVAL_REGISTRAR));
			assert!(
				Certifications::do_try_state().is_err(),
				"a suspension by a registrar that did not register the organisation"
			);
			Suspensions::<Test>::insert(acme, Registrar::Governance);
			assert_ok!(Certifications::do_try_state());
			assert!(Members::<Test>::contains_key(ACME));
		},
	);
}
