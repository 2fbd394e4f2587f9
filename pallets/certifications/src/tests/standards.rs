use amchain_primitives::participants::Role;
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, Accreditation, Accreditations, Error, Event, StandardByCode, Standards};

fn define(who: u64, code: &[u8], version: u32, uri: &[u8]) -> sp_runtime::DispatchResult {
	Certifications::define_standard(
		RuntimeOrigin::signed(who),
		code.to_vec(),
		version,
		doc(1),
		uri.to_vec(),
	)
}

#[test]
fn a_standards_organisation_defines_a_standard() {
	new_test_ext(|| {
		let iso = register(ISO, &[Role::StandardsOrganisation]);
		assert_ok!(define(ISO, b"ISO 9001", 2015, b"https://iso.org/9001"));
		let standard = Standards::<Test>::get(0).expect("defined");
		assert_eq!(standard.owner, iso);
		assert_eq!(standard.code.to_vec(), b"ISO 9001".to_vec());
		assert_eq!(standard.version, 2015);
		assert_eq!(standard.requirements_hash, doc(1));
		assert_eq!(standard.requirements_uri.to_vec(), b"https://iso.org/9001".to_vec());
		assert_eq!(StandardByCode::<Test>::get(standard.code.clone(), 2015), Some(0));
		System::assert_last_event(
			Event::<Test>::StandardDefined {
				standard: 0,
				owner: iso,
				code: standard.code,
				version: 2015,
			}
			.into(),
		);
		// A new version is a new standard.
		assert_ok!(define(ISO, b"ISO 9001", 2026, b"https://iso.org/9001"));
		assert_eq!(
			StandardByCode::<Test>::get(Standards::<Test>::get(1).unwrap().code, 2026),
			Some(1)
		);
	});
}

#[test]
fn defining_a_standard_is_checked() {
	new_test_ext(|| {
		register(ISO, &[Role::StandardsOrganisation]);
		register(ACME, &[Role::Manufacturer]);
		assert_noop!(define(STRANGER, b"ISO 9001", 1, b"u"), Error::<Test>::NotAMember);
		assert_noop!(define(ACME, b"ISO 9001", 1, b"u"), Error::<Test>::MissingRole);
		assert_noop!(define(ISO, &[b'c'; 13], 1, b"u"), Error::<Test>::CodeTooLong);
		assert_noop!(define(ISO, b"ISO 9001", 1, &[b'u'; 25]), Error::<Test>::UriTooLong);
		assert_ok!(define(ISO, b"ISO 9001", 1, b"u"));
		assert_noop!(define(ISO, b"ISO 9001", 1, b"other"), Error::<Test>::StandardExists);
	});
}

#[test]
fn the_standards_organisation_accredits_and_withdraws_auditors() {
	new_test_ext(|| {
		let w = World::new();
		assert_eq!(
			Accreditations::<Test>::get(w.standard, w.tuv),
			Some(Accreditation { first_accredited: 1, since: 1, withdrawn_at: None })
		);
		assert_eq!(
			events().last(),
			Some(&Event::<Test>::AuditorAccredited { standard: w.standard, auditor: w.tuv })
		);

		set_block(5);
		assert_ok!(Certifications::withdraw_accreditation(
			RuntimeOrigin::signed(ISO),
			w.standard,
			w.tuv
		));
		assert_eq!(
			Accreditations::<Test>::get(w.standard, w.tuv),
			Some(Accreditation { first_accredited: 1, since: 1, withdrawn_at: Some(5) })
		);
		System::assert_last_event(
			Event::<Test>::AccreditationWithdrawn { standard: w.standard, auditor: w.tuv }.into(),
		);

		// Re-accreditation starts a new period; the first grant is remembered.
		set_block(9);
		assert_ok!(Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), w.standard, w.tuv));
		assert_eq!(
			Accreditations::<Test>::get(w.standard, w.tuv),
			Some(Accreditation { first_accredited: 1, since: 9, withdrawn_at: None })
		);
	});
}

#[test]
fn accreditation_is_checked() {
	new_test_ext(|| {
		let w = World::new();
		register(60, &[Role::StandardsOrganisation]);
		let accredit = |who, standard, auditor| {
			Certifications::accredit_auditor(RuntimeOrigin::signed(who), standard, auditor)
		};
		assert_noop!(accredit(STRANGER, w.standard, w.dnv), Error::<Test>::NotAMember);
		assert_noop!(accredit(TUV, w.standard, w.dnv), Error::<Test>::MissingRole);
		assert_noop!(accredit(60, w.standard, w.dnv), Error::<Test>::NotStandardOwner);
		assert_noop!(accredit(ISO, 7, w.dnv), Error::<Test>::UnknownStandard);
		assert_noop!(accredit(ISO, w.standard, 77), Error::<Test>::UnknownParticipant);
		assert_noop!(accredit(ISO, w.standard, w.acme), Error::<Test>::NotAnAuditor);
		assert_noop!(accredit(ISO, w.standard, w.tuv), Error::<Test>::AlreadyAccredited);
		// An auditor is governance's to suspend (it registered it).
		assert_ok!(Certifications::suspend_participant(RuntimeOrigin::root(), w.dnv, doc(0)));
		assert_noop!(accredit(ISO, w.standard, w.dnv), Error::<Test>::SuspendedParticipant);
	});
}

#[test]
fn withdrawal_is_checked() {
	new_test_ext(|| {
		let w = World::new();
		register(60, &[Role::StandardsOrganisation]);
		let withdraw = |who, standard, auditor| {
			Certifications::withdraw_accreditation(RuntimeOrigin::signed(who), standard, auditor)
		};
		assert_noop!(withdraw(60, w.standard, w.tuv), Error::<Test>::NotStandardOwner);
		assert_noop!(withdraw(TUV, w.standard, w.tuv), Error::<Test>::MissingRole);
		assert_noop!(withdraw(ISO, 7, w.tuv), Error::<Test>::UnknownStandard);
		assert_noop!(withdraw(ISO, w.standard, w.dnv), Error::<Test>::NotAccredited);
		assert_ok!(withdraw(ISO, w.standard, w.tuv));
		assert_noop!(withdraw(ISO, w.standard, w.tuv), Error::<Test>::NotAccredited);
	});
}
