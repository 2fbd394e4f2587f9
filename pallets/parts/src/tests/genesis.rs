//! A chain that starts with part types: defined at genesis by certified manufacturers
//! that pallet-certifications' genesis registered, by `create_part_type`'s own rules.

use amchain_primitives::participants::Role;
use frame_support::assert_ok;
use pallet_certifications::{
	Capacity, GenesisAccreditation, GenesisCertification, GenesisParticipant, GenesisStandard,
};
use sp_runtime::BuildStorage;

use crate::{mock::*, *};

/// A standards organisation (0), an auditor (1), and a manufacturer (2, `ACME`)
/// certified for standard 0 (certification 0); a producer (3, `MINE`).
fn trust() -> pallet_certifications::GenesisConfig<Test> {
	let participant = |admin, name: &str, roles: &[Role]| GenesisParticipant {
		admin,
		name: name.into(),
		roles: roles.into(),
		metadata: doc(9),
	};
	pallet_certifications::GenesisConfig {
		registrars: vec![REGISTRAR],
		participants: vec![
			participant(ISO, "ISO", &[Role::StandardsOrganisation]),
			participant(TUV, "TUV", &[Role::Auditor]),
			participant(ACME, "Acme Gears", &[Role::Manufacturer]),
			participant(MINE, "Mine", &[Role::Producer]),
		],
		standards: vec![GenesisStandard {
			owner: ISO,
			code: "IATF 16949".into(),
			version: 2016,
			requirements_hash: doc(1),
			requirements_uri: "https://iatf.example".into(),
		}],
		accreditations: vec![GenesisAccreditation { standard: 0, auditor: TUV }],
		certifications: vec![GenesisCertification {
			holder: ACME,
			standard: 0,
			auditor: TUV,
			scope: "gear cutting".into(),
			capacity: Capacity { units: 100, period: 100 },
			valid_until: 1_000_000,
			surveillance_interval: None,
		}],
	}
}

fn gear(manufacturer: AccountId) -> GenesisPartType<AccountId> {
	GenesisPartType {
		manufacturer,
		code: "04012345000017".into(),
		spec_hash: doc(2),
		spec_uri: "https://acme.example/gear".into(),
		required_standards: vec![0],
	}
}

fn build(part_types: Vec<GenesisPartType<AccountId>>) -> sp_runtime::Storage {
	RuntimeGenesisConfig {
		certifications: trust(),
		parts: GenesisConfig { part_types },
		..Default::default()
	}
	.build_storage()
	.expect("genesis builds")
}

#[test]
fn a_certified_manufacturers_part_type_at_genesis_takes_parts_at_once() {
	let mut ext = sp_io::TestExternalities::new(build(vec![gear(ACME)]));
	ext.execute_with(|| {
		Parts::do_try_state().expect("invariants hold at genesis");
		let spec = PartTypes::<Test>::get(0).expect("defined at genesis");
		assert_eq!(spec.manufacturer, 2);
		assert_eq!(spec.code.to_vec(), b"04012345000017".to_vec());
		assert_eq!(spec.spec_hash, doc(2));
		assert_eq!(spec.required_standards.into_inner(), vec![0]);
		assert_eq!(PartTypeByCode::<Test>::get(spec.code), Some(0));
		assert_eq!(NextPartTypeId::<Test>::get(), 1);

		// Acme registers a part of it under its genesis certification, on block 1.
		run_to(1);
		assert_ok!(Parts::register_part(
			RuntimeOrigin::signed(ACME),
			0,
			b"G-1".to_vec(),
			Some(0),
			None,
			None
		));
		assert_eq!(PartRecords::<Test>::get(0).map(|p| p.owner), Some(2));
		Parts::do_try_state().expect("invariants hold after the registration");
		#[cfg(feature = "try-runtime")]
		pallet_certifications::Pallet::<Test>::do_try_state().expect("and the trust layer's");
	});
}

#[test]
fn an_empty_parts_genesis_defines_nothing() {
	sp_io::TestExternalities::new(build(vec![])).execute_with(|| {
		assert_eq!(NextPartTypeId::<Test>::get(), 0);
		Parts::do_try_state().expect("invariants hold");
	});
}

#[test]
fn a_part_type_a_call_would_refuse_is_refused_at_genesis_naming_it() {
	let refusal = |part_types| {
		let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| build(part_types)))
			.expect_err("refused");
		panic.downcast_ref::<String>().cloned().unwrap_or_default()
	};
	// Not by a manufacturer.
	let message = refusal(vec![gear(MINE)]);
	assert!(message.contains("`04012345000017`") && message.contains("MissingRole"), "{message}");
	// Not by a member.
	assert!(refusal(vec![gear(STRANGER)]).contains("NotAMember"));
	// A code twice.
	assert!(refusal(vec![gear(ACME), gear(ACME)]).contains("CodeTaken"));
	// A standard twice.
	let mut twice = gear(ACME);
	twice.required_standards = vec![0, 0];
	assert!(refusal(vec![twice]).contains("InvalidStandards"));
}

#[test]
fn part_types_in_genesis_json_are_readable_and_strict() {
	let json = serde_json::to_value(GenesisConfig::<Test> { part_types: vec![gear(ACME)] })
		.expect("serialises");
	assert_eq!(json["partTypes"][0]["code"], "04012345000017");
	assert_eq!(json["partTypes"][0]["requiredStandards"], serde_json::json!([0]));
	let mut typo = json;
	typo["partTypes"][0]["specUrl"] = "x".into();
	let Err(error) = serde_json::from_value::<GenesisConfig<Test>>(typo) else {
		panic!("an unknown field is refused")
	};
	assert!(error.to_string().contains("unknown field `specUrl`"), "{error}");
}
