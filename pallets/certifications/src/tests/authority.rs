//! Who outranks whom (issue 17 item 1, THREATS.md rules 3 and 8): a registrar acts only
//! on the organisations it registered, cannot lift governance's suspension, swap an
//! admin key or grant the standards-organisation and auditor roles; governance can undo
//! anything a registrar did. Each adversarial test here passed its attack on the rules
//! before them.

use amchain_primitives::participants::{ParticipantRegistry, Role, Roles};
use frame_support::{assert_noop, assert_ok};

use crate::{
	mock::*, Error, Event, Members, NextParticipantId, ParticipantStatus, Participants,
	PendingAdmins, Registrar, Suspensions,
};

/// A second registrar, rival of [`REGISTRAR`].
const RIVAL_REGISTRAR: AccountId = 2;
/// An account the attacking registrar controls.
const SHELL: AccountId = 77;

fn suspend(origin: RuntimeOrigin, id: u32) -> sp_runtime::DispatchResult {
	Certifications::suspend_participant(origin, id, doc(3))
}

fn reinstate(origin: RuntimeOrigin, id: u32) -> sp_runtime::DispatchResult {
	Certifications::reinstate_participant(origin, id)
}

fn update_roles(origin: RuntimeOrigin, id: u32, roles: Roles) -> sp_runtime::DispatchResult {
	Certifications::update_participant(origin, id, None, None, Some(roles), None)
		.map(|_| ())
		.map_err(|e| e.error)
}

fn update_admin(origin: RuntimeOrigin, id: u32, admin: AccountId) -> sp_runtime::DispatchResult {
	Certifications::update_participant(origin, id, None, None, None, Some(admin))
		.map(|_| ())
		.map_err(|e| e.error)
}

fn register_with(
	origin: RuntimeOrigin,
	admin: AccountId,
	roles: &[Role],
) -> sp_runtime::DispatchResult {
	Certifications::register_participant(origin, admin, b"shell".to_vec(), doc(0), Roles::of(roles))
}

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

// Suspension: who suspended is recorded, and only that authority or a higher one lifts it.

#[test]
fn a_suspension_records_who_suspended() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(suspend(signed(REGISTRAR), acme));
		assert_eq!(Suspensions::<Test>::get(acme), Some(Registrar::Account(REGISTRAR)));
		assert_ok!(reinstate(signed(REGISTRAR), acme));
		assert_eq!(Suspensions::<Test>::get(acme), None, "reinstating clears the record");

		assert_ok!(suspend(RuntimeOrigin::root(), acme));
		assert_eq!(Suspensions::<Test>::get(acme), Some(Registrar::Governance));
	});
}

#[test]
fn a_registrar_cannot_lift_a_council_suspension() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(suspend(RuntimeOrigin::root(), acme));

		assert_noop!(reinstate(signed(REGISTRAR), acme), Error::<Test>::SuspendedByGovernance);
		assert_eq!(Certifications::membership(&ACME), None, "still suspended");

		assert_ok!(reinstate(RuntimeOrigin::root(), acme));
		System::assert_last_event(
			Event::<Test>::ParticipantReinstated {
				participant: acme,
				registrar: Registrar::Governance,
			}
			.into(),
		);
		assert!(Certifications::membership(&ACME).is_some());
	});
}

#[test]
fn governance_takes_over_a_registrars_suspension() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(suspend(signed(REGISTRAR), acme));
		set_block(5);

		assert_ok!(Certifications::suspend_participant(RuntimeOrigin::root(), acme, doc(4)));
		assert_eq!(Suspensions::<Test>::get(acme), Some(Registrar::Governance));
		assert_eq!(
			Participants::<Test>::get(acme).map(|p| p.status),
			Some(ParticipantStatus::Suspended { reason: doc(4), since: 1 }),
			"suspended since the first suspension, for governance's reason"
		);
		System::assert_last_event(
			Event::<Test>::ParticipantSuspended {
				participant: acme,
				reason: doc(4),
				registrar: Registrar::Governance,
			}
			.into(),
		);
		// The registrar can no longer lift it (the organisation is governance's now), and
		// governance does not suspend twice.
		assert_noop!(reinstate(signed(REGISTRAR), acme), Error::<Test>::SuspendedByGovernance);
		assert_noop!(suspend(RuntimeOrigin::root(), acme), Error::<Test>::SuspendedParticipant);
		assert_noop!(suspend(signed(REGISTRAR), acme), Error::<Test>::RegisteredByAnother);
	});
}

#[test]
fn governance_lifts_a_registrars_suspension() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(suspend(signed(REGISTRAR), acme));
		assert_ok!(reinstate(RuntimeOrigin::root(), acme));
		assert!(Certifications::membership(&ACME).is_some());
	});
}

/// Organisations suspended before `Suspensions` existed have no entry: they count as
/// suspended by governance, so only governance reinstates them (no migration needed).
#[test]
fn a_suspension_from_before_suspensions_were_recorded_is_governances() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		// As the previous runtime left it: suspended, with no record of by whom.
		Participants::<Test>::mutate(acme, |p| {
			if let Some(p) = p {
				p.status = ParticipantStatus::Suspended { reason: doc(3), since: 1 };
			}
		});
		assert_eq!(Suspensions::<Test>::get(acme), None);
		assert_eq!(Certifications::suspended_by(acme), Registrar::Governance);

		assert_noop!(reinstate(signed(REGISTRAR), acme), Error::<Test>::SuspendedByGovernance);
		assert_ok!(reinstate(RuntimeOrigin::root(), acme));
		assert!(Certifications::membership(&ACME).is_some());
	});
}

// A registrar's reach: the organisations it registered, and only their ordinary fields.

#[test]
fn a_registrar_cannot_suspend_or_update_a_rival_it_did_not_register() {
	ExtBuilder::default().with_registrars(&[REGISTRAR, RIVAL_REGISTRAR]).build_and_execute(|| {
		let bolt = NextParticipantId::<Test>::get();
		assert_ok!(register_with(signed(RIVAL_REGISTRAR), BOLT, &[Role::Supplier]));
		let iso = register(ISO, &[Role::StandardsOrganisation]);

		for rival in [bolt, iso] {
			assert_noop!(suspend(signed(REGISTRAR), rival), Error::<Test>::RegisteredByAnother);
			assert_noop!(
				update_roles(signed(REGISTRAR), rival, Role::Customer.into()),
				Error::<Test>::RegisteredByAnother
			);
			assert_noop!(
				Certifications::update_participant(
					signed(REGISTRAR),
					rival,
					Some(b"defamed".to_vec()),
					None,
					None,
					None
				),
				Error::<Test>::RegisteredByAnother
			);
		}
		// Its own registrar, and governance, may.
		assert_ok!(suspend(signed(RIVAL_REGISTRAR), bolt));
		assert_ok!(reinstate(signed(RIVAL_REGISTRAR), bolt));
		assert_ok!(suspend(RuntimeOrigin::root(), iso));
	});
}

#[test]
fn a_registrar_cannot_lift_a_suspension_of_an_organisation_it_did_not_register() {
	ExtBuilder::default().with_registrars(&[REGISTRAR, RIVAL_REGISTRAR]).build_and_execute(|| {
		let bolt = NextParticipantId::<Test>::get();
		assert_ok!(register_with(signed(RIVAL_REGISTRAR), BOLT, &[Role::Supplier]));
		assert_ok!(suspend(signed(RIVAL_REGISTRAR), bolt));
		assert_noop!(reinstate(signed(REGISTRAR), bolt), Error::<Test>::RegisteredByAnother);
	});
}

#[test]
fn a_registrar_cannot_swap_an_organisations_admin_key() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		let iso = register(ISO, &[Role::StandardsOrganisation]);
		// Not even of an organisation it registered itself.
		assert_noop!(
			update_admin(signed(REGISTRAR), acme, SHELL),
			Error::<Test>::AdminChangeNeedsGovernance
		);
		assert_noop!(
			update_admin(signed(REGISTRAR), acme, REGISTRAR),
			Error::<Test>::AdminChangeNeedsGovernance
		);
		assert_noop!(
			update_admin(signed(REGISTRAR), iso, SHELL),
			Error::<Test>::RegisteredByAnother
		);
		assert_eq!(Members::<Test>::get(SHELL), None);
		// Naming the current admin changes nothing and needs no one.
		assert_ok!(update_admin(signed(REGISTRAR), acme, ACME));
		assert_eq!(Participants::<Test>::get(acme).map(|p| p.admin), Some(ACME));
	});
}

#[test]
fn governance_replaces_an_admin_key() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(update_admin(RuntimeOrigin::root(), acme, 41));
		assert_eq!(Participants::<Test>::get(acme).map(|p| p.admin), Some(41));
		assert_eq!(Certifications::membership(&ACME), None, "the old key no longer acts");
		assert_eq!(Certifications::membership(&41).map(|m| m.participant), Some(acme));
		assert_eq!(retired(), vec![(acme, ACME, 41)]);
		assert_eq!(
			events()[events().len() - 2],
			Event::<Test>::ParticipantAdminChanged {
				participant: acme,
				old: ACME,
				new: 41,
				registrar: Some(Registrar::Governance),
			}
		);
		System::assert_last_event(
			Event::<Test>::ParticipantUpdated {
				participant: acme,
				registrar: Registrar::Governance,
			}
			.into(),
		);
	});
}

#[test]
fn a_registrar_cannot_mint_an_auditor_or_standards_organisation_shell() {
	new_test_ext(|| {
		for roles in [
			&[Role::Auditor][..],
			&[Role::StandardsOrganisation],
			&[Role::Manufacturer, Role::Auditor],
		] {
			assert_noop!(
				register_with(signed(REGISTRAR), SHELL, roles),
				Error::<Test>::RoleNeedsGovernance
			);
		}
		// Nor by promoting an organisation it registered.
		let shell = register(SHELL, &[Role::Manufacturer]);
		assert_noop!(
			update_roles(signed(REGISTRAR), shell, Roles::of(&[Role::Manufacturer, Role::Auditor])),
			Error::<Test>::RoleNeedsGovernance
		);
		assert_noop!(
			update_roles(signed(REGISTRAR), shell, Role::StandardsOrganisation.into()),
			Error::<Test>::RoleNeedsGovernance
		);
	});
}

#[test]
fn only_governance_grants_and_takes_away_auditor_and_standards_roles() {
	new_test_ext(|| {
		// Governance registers an auditor, and promotes a registrar's organisation.
		assert_ok!(register_with(RuntimeOrigin::root(), TUV, &[Role::Auditor]));
		let acme = register(ACME, &[Role::Manufacturer]);
		let promoted = Roles::of(&[Role::Manufacturer, Role::Auditor]);
		assert_ok!(update_roles(RuntimeOrigin::root(), acme, promoted));
		assert_eq!(Participants::<Test>::get(acme).map(|p| p.roles), Some(promoted));

		// From then on the organisation is governance's alone: its registrar neither
		// changes its ordinary roles nor takes the auditor role away.
		let more = Roles::of(&[Role::Manufacturer, Role::Supplier, Role::Auditor]);
		assert_noop!(
			update_roles(signed(REGISTRAR), acme, more),
			Error::<Test>::RegisteredByAnother
		);
		assert_noop!(
			update_roles(signed(REGISTRAR), acme, Role::Manufacturer.into()),
			Error::<Test>::RegisteredByAnother
		);
		assert_ok!(update_roles(RuntimeOrigin::root(), acme, Role::Manufacturer.into()));

		// A registrar's own organisation: it manages the ordinary roles, never the auditor one.
		let bolt = register(BOLT, &[Role::Supplier]);
		assert_ok!(update_roles(signed(REGISTRAR), bolt, Role::Manufacturer.into()));
		assert_noop!(
			update_roles(signed(REGISTRAR), bolt, Roles::of(&[Role::Supplier, Role::Auditor])),
			Error::<Test>::RoleNeedsGovernance
		);
	});
}

// The organisation's own key rotation: the admin names its successor, the successor
// accepts with its own signature.

#[test]
fn an_admin_hands_its_organisation_to_a_new_key_that_accepts() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		assert_ok!(Certifications::add_device(signed(ACME), 42, Role::Supplier.into()));
		assert_ok!(Certifications::change_admin(signed(ACME), 41));
		System::assert_last_event(
			Event::<Test>::AdminChangeProposed { participant: acme, new: 41 }.into(),
		);
		assert_eq!(PendingAdmins::<Test>::get(acme), Some(41));
		assert_eq!(Participants::<Test>::get(acme).map(|p| p.admin), Some(ACME), "not yet");
		assert!(retired().is_empty(), "nothing retired by a proposal");
		assert_eq!(Certifications::membership(&41), None, "the named key acts for nobody yet");

		assert_ok!(Certifications::accept_admin(signed(41), acme));
		assert_eq!(Participants::<Test>::get(acme).map(|p| p.admin), Some(41));
		assert_eq!(PendingAdmins::<Test>::get(acme), None);
		assert_eq!(Certifications::membership(&ACME), None, "the old key no longer acts");
		assert_eq!(Certifications::membership(&41).map(|m| m.participant), Some(acme));
		assert_eq!(Certifications::membership(&42).map(|m| m.participant), Some(acme));
		assert_eq!(retired(), vec![(acme, ACME, 41)], "the device stays: not retired");
		System::assert_last_event(
			Event::<Test>::ParticipantAdminChanged {
				participant: acme,
				old: ACME,
				new: 41,
				registrar: None,
			}
			.into(),
		);
	});
}

#[test]
fn only_an_active_organisations_admin_names_a_successor() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		register(BOLT, &[Role::Supplier]);
		assert_ok!(Certifications::add_device(signed(ACME), 42, Role::Supplier.into()));
		let change = |who, new| Certifications::change_admin(signed(who), new);
		assert_noop!(change(STRANGER, 41), Error::<Test>::NotAMember);
		assert_noop!(change(REGISTRAR, 41), Error::<Test>::NotAMember);
		assert_noop!(change(42, 41), Error::<Test>::NotParticipantAdmin);
		assert_noop!(change(ACME, BOLT), Error::<Test>::AccountInUse);
		assert_noop!(change(ACME, 42), Error::<Test>::AccountInUse);
		assert_noop!(change(ACME, ACME), Error::<Test>::AccountInUse);
		assert_ok!(suspend(signed(REGISTRAR), acme));
		assert_noop!(change(ACME, 41), Error::<Test>::SuspendedParticipant);
	});
}

#[test]
fn only_the_named_key_accepts_and_only_while_it_may() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer, Role::Supplier]);
		let accept = |who, id| Certifications::accept_admin(signed(who), id);
		assert_noop!(accept(41, acme), Error::<Test>::NoAdminChangeProposed);
		assert_ok!(Certifications::change_admin(signed(ACME), 41));
		assert_noop!(accept(43, acme), Error::<Test>::NotTheProposedAdmin);
		assert_noop!(accept(41, acme + 1), Error::<Test>::NoAdminChangeProposed);

		// The named key was registered elsewhere meanwhile: it cannot act for two.
		register(41, &[Role::Supplier]);
		assert_noop!(accept(41, acme), Error::<Test>::AccountInUse);

		// A new proposal replaces the old one.
		assert_ok!(Certifications::change_admin(signed(ACME), 43));
		assert_noop!(accept(41, acme), Error::<Test>::NotTheProposedAdmin);

		// A suspension ends the hand-over: the named key does not take the organisation
		// when it is reinstated (a leaked admin key's successor gets nothing).
		assert_ok!(suspend(signed(REGISTRAR), acme));
		assert_eq!(PendingAdmins::<Test>::get(acme), None);
		assert_noop!(accept(43, acme), Error::<Test>::NoAdminChangeProposed);
		assert_ok!(Certifications::reinstate_participant(signed(REGISTRAR), acme));
		assert_noop!(accept(43, acme), Error::<Test>::NoAdminChangeProposed);
		assert_ok!(Certifications::change_admin(signed(ACME), 43));
		assert_ok!(accept(43, acme));
	});
}

#[test]
fn an_admin_withdraws_the_successor_it_named() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_noop!(
			Certifications::withdraw_admin_change(signed(ACME)),
			Error::<Test>::NoAdminChangeProposed
		);
		assert_ok!(Certifications::change_admin(signed(ACME), 41));
		assert_noop!(Certifications::withdraw_admin_change(signed(41)), Error::<Test>::NotAMember);
		assert_ok!(Certifications::withdraw_admin_change(signed(ACME)));
		System::assert_last_event(
			Event::<Test>::AdminChangeWithdrawn { participant: acme, new: 41 }.into(),
		);
		assert_noop!(
			Certifications::accept_admin(signed(41), acme),
			Error::<Test>::NoAdminChangeProposed
		);
	});
}

/// A leaked admin key names the attacker's key; governance replaces the admin before the
/// attacker accepts, and the stale proposal dies with the old admin.
#[test]
fn governances_key_replacement_clears_a_pending_hand_over() {
	new_test_ext(|| {
		let acme = register(ACME, &[Role::Manufacturer]);
		assert_ok!(Certifications::change_admin(signed(ACME), 66));
		assert_ok!(Certifications::update_participant(
			RuntimeOrigin::root(),
			acme,
			None,
			None,
			None,
			Some(41)
		));
		assert_eq!(PendingAdmins::<Test>::get(acme), None);
		assert_noop!(
			Certifications::accept_admin(signed(66), acme),
			Error::<Test>::NoAdminChangeProposed
		);
	});
}

// A leaked registrar key, all its moves at once.

#[test]
fn a_leaked_registrar_keys_damage_is_bounded_and_undone_by_governance() {
	ExtBuilder::default().with_registrars(&[REGISTRAR, RIVAL_REGISTRAR]).build_and_execute(|| {
		let leaked = signed(REGISTRAR);
		let own = register(ACME, &[Role::Manufacturer]);
		let rival = NextParticipantId::<Test>::get();
		assert_ok!(register_with(signed(RIVAL_REGISTRAR), BOLT, &[Role::Supplier]));
		let tuv = register(TUV, &[Role::Auditor]);
		let council_suspended = register(DNV, &[Role::Supplier]);
		assert_ok!(suspend(RuntimeOrigin::root(), council_suspended));

		// What the key cannot do at all.
		assert_noop!(suspend(leaked.clone(), rival), Error::<Test>::RegisteredByAnother);
		assert_noop!(suspend(leaked.clone(), tuv), Error::<Test>::RegisteredByAnother);
		assert_noop!(
			reinstate(leaked.clone(), council_suspended),
			Error::<Test>::SuspendedByGovernance
		);
		assert_noop!(
			update_admin(leaked.clone(), own, SHELL),
			Error::<Test>::AdminChangeNeedsGovernance
		);
		assert_noop!(
			register_with(leaked.clone(), SHELL, &[Role::Auditor]),
			Error::<Test>::RoleNeedsGovernance
		);

		// What it can: suspend an organisation it registered itself. Governance removes
		// the registrar and lifts the suspension; the key then acts no more.
		assert_ok!(suspend(leaked.clone(), own));
		assert_ok!(Certifications::remove_registrar(RuntimeOrigin::root(), REGISTRAR));
		assert_ok!(reinstate(RuntimeOrigin::root(), own));
		assert!(Certifications::membership(&ACME).is_some());
		assert_noop!(suspend(leaked, own), Error::<Test>::NotRegistrar);
		// Its organisations are governance's now: no other registrar inherits them.
		assert_noop!(suspend(signed(RIVAL_REGISTRAR), own), Error::<Test>::RegisteredByAnother);
		assert_ok!(suspend(RuntimeOrigin::root(), own));
	});
}
