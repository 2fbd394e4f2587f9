//! A chain that starts with a consortium: organisations, a standard, an accredited
//! auditor and certifications made at genesis, by the calls' own rules.

use amchain_primitives::{
	certifications::{CertificationInspector, CertificationStatus, ProductionRegistry},
	participants::{MemberKind, ParticipantRegistry, Role, Roles},
};
use frame_support::assert_ok;
use sp_runtime::BuildStorage;

use crate::{
	mock::*, Accreditations, Capacity, GenesisAccreditation, GenesisCertification, GenesisConfig,
	GenesisParticipant, GenesisStandard, Participants, Registrar, RoleNames, Standards,
};

fn participant(admin: AccountId, name: &str, roles: &[Role]) -> GenesisParticipant<AccountId> {
	GenesisParticipant { admin, name: name.into(), roles: roles.into(), metadata: doc(9) }
}

/// A standards organisation (0) with one standard, an accredited auditor (1), and two
/// manufacturers (2, 3), each certified by it.
fn consortium() -> GenesisConfig<Test> {
	let certification = |holder, scope: &str| GenesisCertification {
		holder,
		standard: 0,
		auditor: TUV,
		scope: scope.into(),
		capacity: Capacity { units: 10_000, period: 100 },
		valid_until: 1_000_000,
		surveillance_interval: None,
	};
	GenesisConfig {
		registrars: vec![REGISTRAR],
		participants: vec![
			participant(ISO, "ISO", &[Role::StandardsOrganisation]),
			participant(TUV, "TUV", &[Role::Auditor]),
			participant(ACME, "Acme Gears", &[Role::Manufacturer, Role::Supplier]),
			participant(BOLT, "Bolt Bearings", &[Role::Manufacturer]),
		],
		standards: vec![GenesisStandard {
			owner: ISO,
			code: "IATF 16949".into(),
			version: 2016,
			requirements_hash: doc(1),
			requirements_uri: "https://iatf.example".into(),
		}],
		accreditations: vec![GenesisAccreditation { standard: 0, auditor: TUV }],
		certifications: vec![
			certification(ACME, "gear cutting"),
			certification(BOLT, "bearing lines"),
		],
	}
}

/// Builds `config` as a chain's genesis, at block 1 with the pallet's invariants checked.
fn with_genesis(config: GenesisConfig<Test>, test: impl FnOnce()) {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		balances: funded(),
		certifications: config,
	}
	.build_storage()
	.expect("genesis builds");
	sp_io::TestExternalities::new(storage).execute_with(|| {
		Certifications::do_try_state().expect("invariants hold at genesis");
		set_block(1);
		test();
		Certifications::do_try_state().expect("invariants hold after the test");
	});
}

#[test]
fn a_consortium_at_genesis_is_registered_standardised_accredited_and_certified() {
	with_genesis(consortium(), || {
		let acme = Participants::<Test>::get(2).expect("registered");
		assert_eq!(acme.admin, ACME);
		assert_eq!(acme.name.to_vec(), b"Acme Gears".to_vec());
		assert_eq!(acme.roles, Roles::of(&[Role::Manufacturer, Role::Supplier]));
		assert_eq!(acme.metadata, doc(9));
		assert_eq!(acme.registered_by, Registrar::Governance);
		assert_eq!(acme.registered_at, 0);
		let membership = Certifications::membership(&ACME).expect("an active member");
		assert_eq!((membership.participant, membership.kind), (2, MemberKind::Admin));

		let standard = Standards::<Test>::get(0).expect("defined");
		assert_eq!((standard.owner, standard.version), (0, 2016));
		assert!(Accreditations::<Test>::get(0, 1).is_some_and(|a| a.is_active()));

		for (holder, certification) in [(2, 0), (3, 1)] {
			assert!(Certifications::is_certified(holder, 0));
			assert_eq!(Certifications::holder_of(certification), Some((holder, 0)));
		}
		let certification = crate::Certifications::<Test>::get(0).expect("issued");
		assert_eq!(certification.auditor, 1);
		assert_eq!(certification.status_at(1), CertificationStatus::Active);
	});
}

#[test]
fn genesis_records_work_like_any_other() {
	with_genesis(consortium(), || {
		// The genesis registrar registers the next organisation after the genesis ones…
		assert_eq!(register(DNV, &[Role::Auditor]), 4);
		// …the standard's organisation accredits it, and it certifies Acme again.
		assert_ok!(Certifications::accredit_auditor(RuntimeOrigin::signed(ISO), 0, 4));
		assert_ok!(Certifications::issue_certification(
			RuntimeOrigin::signed(DNV),
			2,
			0,
			b"second plant".to_vec(),
			Capacity { units: 5, period: 10 },
			500,
			None,
		));
		assert_eq!(Certifications::holder_of(2), Some((2, 0)));
		// A genesis certification's capacity is drawn like any other.
		assert_ok!(Certifications::register_production(2, 0, 10_000));
		assert!(Certifications::register_production(2, 0, 1).is_err());
	});
}

#[test]
fn an_empty_genesis_has_only_its_registrars() {
	with_genesis(GenesisConfig { registrars: vec![REGISTRAR], ..Default::default() }, || {
		assert_eq!(crate::NextParticipantId::<Test>::get(), 0);
		assert!(crate::Registrars::<Test>::contains_key(REGISTRAR));
	});
}

#[test]
fn role_names_are_the_rpc_names_both_ways() {
	let roles = RoleNames::from(&[Role::Manufacturer, Role::StandardsOrganisation][..]);
	let json = serde_json::to_string(&roles).expect("serialises");
	assert_eq!(json, r#"["manufacturer","standardsOrganisation"]"#);
	assert_eq!(serde_json::from_str::<RoleNames>(&json).expect("deserialises"), roles);
	let unknown = serde_json::from_str::<RoleNames>(r#"["manufacturer","wizard"]"#)
		.expect_err("no such role");
	assert!(unknown.to_string().contains("unknown variant `wizard`"), "{unknown}");
}

#[test]
fn genesis_json_names_every_field_and_refuses_unknown_ones() {
	let json = serde_json::to_value(consortium()).expect("serialises");
	assert_eq!(json["participants"][2]["roles"], serde_json::json!(["manufacturer", "supplier"]));
	assert_eq!(json["certifications"][0]["capacity"]["units"], 10_000);
	assert_eq!(json["certifications"][0]["validUntil"], 1_000_000);
	let back: GenesisConfig<Test> = serde_json::from_value(json.clone()).expect("deserialises");
	assert_eq!(back.participants, consortium().participants);
	let mut typo = json;
	typo["standards"][0]["requirementsUrl"] = "https://iatf.example".into();
	let Err(error) = serde_json::from_value::<GenesisConfig<Test>>(typo) else {
		panic!("an unknown field is refused")
	};
	assert!(error.to_string().contains("unknown field `requirementsUrl`"), "{error}");
}

/// Builds `config`; the panic message if the genesis is refused.
fn refusal(config: GenesisConfig<Test>) -> String {
	let build = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
		RuntimeGenesisConfig {
			system: Default::default(),
			balances: funded(),
			certifications: config,
		}
		.build_storage()
	}));
	let panic = build.expect_err("the genesis is refused");
	panic
		.downcast_ref::<String>()
		.cloned()
		.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
		.unwrap_or_default()
}

#[test]
fn a_genesis_breaking_a_calls_rule_is_refused_naming_the_record_and_the_rule() {
	// An organisation without a role.
	let mut config = consortium();
	config.participants[1].roles = RoleNames(Roles::NONE);
	let message = refusal(config);
	assert!(message.contains("participant `TUV`") && message.contains("InvalidRoles"), "{message}");

	// One admin account for two organisations.
	let mut config = consortium();
	config.participants[3].admin = ACME;
	let message = refusal(config);
	assert!(message.contains("`Bolt Bearings`") && message.contains("AccountInUse"), "{message}");

	// A standard defined by an organisation that is no standards organisation.
	let mut config = consortium();
	config.standards[0].owner = ACME;
	let message = refusal(config);
	assert!(message.contains("IATF 16949") && message.contains("MissingRole"), "{message}");

	// An accreditation of a manufacturer.
	let mut config = consortium();
	config.accreditations[0].auditor = ACME;
	let message = refusal(config);
	assert!(message.contains("standard 0") && message.contains("NotAnAuditor"), "{message}");

	// A certification by an auditor never accredited.
	let mut config = consortium();
	config.accreditations.clear();
	let message = refusal(config);
	assert!(message.contains("certification 0") && message.contains("NotAccredited"), "{message}");

	// A certification of an unregistered account, or one already expired.
	let mut config = consortium();
	config.certifications[1].holder = STRANGER;
	assert!(refusal(config).contains("NotAMember"));
	let mut config = consortium();
	config.certifications[0].valid_until = 0;
	assert!(refusal(config).contains("InvalidValidity"));
}

/// Balances for the accounts these tests let act after genesis (auditors hold offer
/// deposits).
fn funded() -> pallet_balances::GenesisConfig<Test> {
	pallet_balances::GenesisConfig {
		balances: vec![(DNV, FUNDS), (TUV, FUNDS)],
		..Default::default()
	}
}
