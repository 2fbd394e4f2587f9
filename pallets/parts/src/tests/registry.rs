//! Part types, parts and lots come into being.

use amchain_primitives::certifications::CertificationInspector;
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

#[test]
fn a_manufacturer_defines_a_part_type() {
	new_test_ext(|| {
		let w = World::new();
		let spec = PartTypes::<Test>::get(w.gear).expect("stored");
		assert_eq!(spec.manufacturer, w.acme);
		assert_eq!(spec.required_standards.into_inner(), vec![w.standard]);
		assert_eq!(PartTypeByCode::<Test>::get(spec.code.clone()), Some(w.gear));
		assert!(events().contains(&Event::PartTypeCreated {
			part_type: w.gear,
			manufacturer: w.acme,
			code: spec.code,
		}));
		// A device with the manufacturer role acts for Acme.
		assert_ok!(Parts::create_part_type(
			RuntimeOrigin::signed(ACME_ROBOT),
			b"GTIN-0002".to_vec(),
			doc(3),
			vec![],
			vec![]
		));
		assert_eq!(PartTypes::<Test>::get(w.gear + 1).map(|t| t.manufacturer), Some(w.acme));
	});
}

#[test]
fn part_type_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let create = |who, code: &[u8], uri: &[u8], standards: Vec<u32>| {
			Parts::create_part_type(
				RuntimeOrigin::signed(who),
				code.to_vec(),
				doc(2),
				uri.to_vec(),
				standards,
			)
		};
		assert_noop!(create(STRANGER, b"X", b"", vec![]), Error::<Test>::NotAMember);
		assert_noop!(create(MINE, b"X", b"", vec![]), Error::<Test>::MissingRole);
		assert_noop!(create(ACME, b"", b"", vec![]), Error::<Test>::Empty);
		assert_noop!(create(ACME, &[b'x'; 17], b"", vec![]), Error::<Test>::CodeTooLong);
		assert_noop!(create(ACME, b"X", &[b'u'; 33], vec![]), Error::<Test>::UriTooLong);
		assert_noop!(create(ACME, b"X", b"", vec![0, 1, 2]), Error::<Test>::InvalidStandards);
		assert_noop!(
			create(ACME, b"X", b"", vec![w.standard, w.standard]),
			Error::<Test>::InvalidStandards
		);
		assert_noop!(create(OTHER_MAKER, b"GTIN-0001", b"", vec![]), Error::<Test>::CodeTaken);
		assert_noop!(
			Parts::create_part_type(RuntimeOrigin::root(), b"X".to_vec(), doc(2), vec![], vec![]),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_certified_manufacturer_registers_a_part_drawing_capacity() {
	new_test_ext(|| {
		let w = World::new();
		let remaining = |c| <Certifications as CertificationInspector<u64>>::remaining_capacity(c);
		assert_eq!(remaining(w.certification), Some(5));
		let tag = TagKey::Ed25519([7; 32]);
		let part = w.gear_with_tag(b"SN-1", Some(tag));
		assert_eq!(remaining(w.certification), Some(4), "one unit drawn");
		let record = PartRecords::<Test>::get(part).expect("stored");
		assert_eq!((record.owner, record.custodian, record.maker), (w.acme, w.acme, w.acme));
		assert_eq!(record.status, PartStatus::Active);
		assert_eq!(record.certification, Some(w.certification));
		assert_eq!(record.life, 1);
		assert_eq!(
			PartBySerial::<Test>::get(w.gear, SerialOf::<Test>::truncate_from(b"SN-1".to_vec())),
			Some(part)
		);
		assert_eq!(PartByTag::<Test>::get(tag), Some(part));
		assert!(PartsOf::<Test>::contains_key(w.acme, part));
		System::assert_last_event(
			Event::<Test>::PartRegistered {
				part,
				part_type: w.gear,
				maker: w.acme,
				certification: Some(w.certification),
			}
			.into(),
		);
		let first = History::<Test>::get(Item::Part(part), 0).expect("registration recorded");
		assert_eq!(first.kind, RecordKind::Registered { certification: Some(w.certification) });
		assert_eq!(
			(first.actor, first.participant, first.block, first.time),
			(ACME, w.acme, 1, 6_000)
		);
		assert_eq!(first.data, doc(2), "the registration cites the spec");
	});
}

#[test]
fn a_reporter_timestamp_is_kept() {
	new_test_ext(|| {
		let w = World::new();
		assert_ok!(Parts::register_part(
			RuntimeOrigin::signed(ACME_ROBOT),
			w.gear,
			b"SN-9".to_vec(),
			Some(w.certification),
			None,
			Some(1_764_000_000_123_456),
		));
		let record = History::<Test>::get(Item::Part(0), 0).expect("recorded");
		assert_eq!(record.reported_at, Some(1_764_000_000_123_456));
		assert_eq!(record.actor, ACME_ROBOT, "the device is the actor");
		assert_eq!(record.participant, w.acme, "acting for its organisation");
	});
}

#[test]
fn part_registration_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let reg = |who, part_type, serial: &[u8], cert, tag| {
			Parts::register_part(
				RuntimeOrigin::signed(who),
				part_type,
				serial.to_vec(),
				cert,
				tag,
				None,
			)
		};
		let c = Some(w.certification);
		assert_noop!(reg(STRANGER, w.gear, b"A", c, None), Error::<Test>::NotAMember);
		assert_noop!(reg(BUYER, w.gear, b"A", c, None), Error::<Test>::MissingRole);
		assert_noop!(reg(ACME, 9, b"A", c, None), Error::<Test>::UnknownPartType);
		assert_noop!(reg(OTHER_MAKER, w.gear, b"A", c, None), Error::<Test>::NotTypeManufacturer);
		assert_noop!(reg(ACME, w.gear, b"", c, None), Error::<Test>::Empty);
		assert_noop!(reg(ACME, w.gear, b"123456789", c, None), Error::<Test>::SerialTooLong);
		assert_noop!(reg(ACME, w.gear, b"A", None, None), Error::<Test>::CertificationRequired);
		assert_noop!(reg(ACME, w.gear, b"A", Some(42), None), Error::<Test>::WrongCertification);
		w.gear_with_tag(b"A", Some(TagKey::Sr25519([1; 32])));
		assert_noop!(reg(ACME, w.gear, b"A", c, None), Error::<Test>::SerialTaken);
		assert_noop!(
			reg(ACME, w.gear, b"B", c, Some(TagKey::Sr25519([1; 32]))),
			Error::<Test>::TagTaken
		);
	});
}

#[test]
fn a_rogue_registration_is_refused() {
	new_test_ext(|| {
		let w = World::new();
		// Other Maker defines a type requiring ISO 9001, which it is not certified for.
		assert_ok!(Parts::create_part_type(
			RuntimeOrigin::signed(OTHER_MAKER),
			b"ROGUE".to_vec(),
			doc(2),
			vec![],
			vec![w.standard]
		));
		assert_noop!(
			Parts::register_part(
				RuntimeOrigin::signed(OTHER_MAKER),
				w.gear + 1,
				b"A".to_vec(),
				Some(w.certification),
				None,
				None
			),
			Error::<Test>::NotCertified
		);
		// Acme's certification suspended: Acme cannot register either.
		assert_ok!(Certifications::suspend_certification(
			RuntimeOrigin::signed(TUV),
			w.certification,
			doc(9)
		));
		assert_noop!(
			Parts::register_part(
				RuntimeOrigin::signed(ACME),
				w.gear,
				b"A".to_vec(),
				Some(w.certification),
				None,
				None
			),
			Error::<Test>::NotCertified
		);
	});
}

#[test]
fn registration_beyond_certified_capacity_is_refused_until_the_next_period() {
	new_test_ext(|| {
		let w = World::new();
		for serial in [b"1", b"2", b"3", b"4", b"5"] {
			w.gear(serial);
		}
		assert_noop!(
			Parts::register_part(
				RuntimeOrigin::signed(ACME),
				w.gear,
				b"6".to_vec(),
				Some(w.certification),
				None,
				None
			),
			pallet_certifications::Error::<Test>::CapacityExceeded
		);
		// The certification was issued at block 1: the next period starts at block 101.
		run_to(101);
		w.gear(b"6");
	});
}

#[test]
fn a_type_without_required_standards_needs_no_certification() {
	new_test_ext(|| {
		World::new();
		assert_ok!(Parts::create_part_type(
			RuntimeOrigin::signed(OTHER_MAKER),
			b"BOLT".to_vec(),
			doc(2),
			vec![],
			vec![]
		));
		assert_ok!(Parts::register_part(
			RuntimeOrigin::signed(OTHER_MAKER),
			1,
			b"B1".to_vec(),
			None,
			None,
			None
		));
		assert_eq!(PartRecords::<Test>::get(0).and_then(|p| p.certification), None);
	});
}

#[test]
fn a_producer_registers_a_lot() {
	new_test_ext(|| {
		let w = World::new();
		let lot = w.steel();
		let record = Lots::<Test>::get(lot).expect("stored");
		assert_eq!((record.quantity, record.remaining, record.unit), (1000, 1000, Unit::Grams));
		assert_eq!((record.owner, record.custodian, record.producer), (w.mine, w.mine, w.mine));
		System::assert_last_event(
			Event::<Test>::LotRegistered {
				lot,
				producer: w.mine,
				quantity: 1000,
				unit: Unit::Grams,
			}
			.into(),
		);
		assert_eq!(kinds(Item::Lot(lot)), vec![RecordKind::Registered { certification: None }]);
	});
}

#[test]
fn lot_registration_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let reg = |who, material: &[u8], quantity, cert| {
			Parts::register_lot(
				RuntimeOrigin::signed(who),
				material.to_vec(),
				quantity,
				Unit::Grams,
				cert,
				None,
			)
		};
		assert_noop!(reg(STRANGER, b"Fe", 1, None), Error::<Test>::NotAMember);
		assert_noop!(reg(ACME, b"Fe", 1, None), Error::<Test>::MissingRole);
		assert_noop!(reg(MINE, b"", 1, None), Error::<Test>::Empty);
		assert_noop!(reg(MINE, &[b'x'; 17], 1, None), Error::<Test>::CodeTooLong);
		assert_noop!(reg(MINE, b"Fe", 0, None), Error::<Test>::ZeroQuantity);
		// Citing a certification that is not the producer's.
		assert_noop!(
			reg(MINE, b"Fe", 1, Some(w.certification)),
			pallet_certifications::Error::<Test>::NotCertificationHolder
		);
	});
}
