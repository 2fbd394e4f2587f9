//! Every function on the real pallets: its answer, and the status for every unknown
//! id and every malformed input.

use amchain_chain_extension::{
	role, CertificationInfo, ExtensionError, Function, Handover, LotInfo, Member, Offer, PartInfo,
	PartStatus, Receipt,
};
use amchain_primitives::{
	participants::{Role, Roles},
	parts::{self as p, Item},
	warranties::WarrantyKind as Kind,
};
use codec::{Decode, Encode};
use frame_support::{assert_ok, traits::Get};
use pallet_parts::RecallTarget;

use crate::{mock::*, wire, Extension};

type Ext = Extension<Test>;

/// Calls `function` with `args` as a contract would and decodes the answer as `R`.
fn ask<R: Decode>(function: Function, args: impl Encode) -> Result<R, ExtensionError> {
	let output = Ext::call(function, &args.encode())?;
	Ok(R::decode(&mut &output[..]).expect("the answer decodes"))
}

#[test]
fn part_of_a_stand_alone_part() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		assert_eq!(
			ask::<PartInfo>(Function::Part, gear),
			Ok(PartInfo {
				part_type: w.gear,
				owner: w.acme,
				custodian: w.acme,
				status: PartStatus::Active,
				installed_in: None,
				life: 1,
				quarantined: false,
			})
		);
	});
}

#[test]
fn part_follows_custody_hand_over_and_quarantine() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(gear),
			p::Handover::Custody,
			w.carrier
		));
		assert_ok!(Parts::accept_offer(
			RuntimeOrigin::signed(CARRIER),
			Item::Part(gear),
			p::Handover::Custody,
			None
		));
		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(ACME),
			RecallTarget::Part(gear),
			doc(9)
		));
		let info = ask::<PartInfo>(Function::Part, gear).expect("known part");
		assert_eq!((info.owner, info.custodian, info.quarantined), (w.acme, w.carrier, true));
	});
}

#[test]
fn part_installed_reports_the_assembly_holders() {
	build().execute_with(|| {
		let w = World::new();
		let (engine, gear) = (w.gear(), w.gear());
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, engine));
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(engine),
			p::Handover::Custody,
			w.carrier
		));
		assert_ok!(Parts::accept_offer(
			RuntimeOrigin::signed(CARRIER),
			Item::Part(engine),
			p::Handover::Custody,
			None
		));
		let info = ask::<PartInfo>(Function::Part, gear).expect("known part");
		assert_eq!(info.status, PartStatus::Installed);
		assert_eq!(info.installed_in, Some(engine));
		assert_eq!(info.custodian, w.carrier);
	});
}

#[test]
fn part_unknown() {
	build().execute_with(|| {
		World::new();
		assert_eq!(ask::<PartInfo>(Function::Part, NO_PART), Err(ExtensionError::UnknownPart));
	});
}

#[test]
fn open_offer_none_then_some() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		assert_eq!(ask::<Option<Offer>>(Function::OpenOffer, (gear, Handover::Custody)), Ok(None));
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(gear),
			p::Handover::Custody,
			w.carrier
		));
		assert_eq!(
			ask::<Option<Offer>>(Function::OpenOffer, (gear, Handover::Custody)),
			Ok(Some(Offer { from: w.acme, to: w.carrier }))
		);
		assert_eq!(
			ask::<Option<Offer>>(Function::OpenOffer, (gear, Handover::Ownership)),
			Ok(None)
		);
		assert_eq!(
			ask::<Option<Offer>>(Function::OpenOffer, (NO_PART, Handover::Custody)),
			Err(ExtensionError::UnknownPart)
		);
	});
}

#[test]
fn membership_of_admin_device_and_stranger() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(
			ask::<Member>(Function::Membership, ACME),
			Ok(Member { participant: w.acme, device: false, roles: role::MANUFACTURER })
		);
		assert_eq!(
			ask::<Member>(Function::Membership, ACME_SCANNER),
			Ok(Member { participant: w.acme, device: true, roles: role::MANUFACTURER })
		);
		assert_eq!(ask::<Member>(Function::Membership, STRANGER), Err(ExtensionError::NotAMember));
	});
}

#[test]
fn roles_active_suspended_unknown() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(ask::<u16>(Function::Roles, w.carrier), Ok(role::CARRIER));
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.carrier,
			doc(5)
		));
		assert_eq!(ask::<u16>(Function::Roles, w.carrier), Ok(0));
		assert_eq!(
			ask::<u16>(Function::Roles, NO_PARTICIPANT),
			Err(ExtensionError::UnknownParticipant)
		);
	});
}

#[test]
fn is_certified_until_expiry() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(ask::<bool>(Function::IsCertified, (w.acme, w.iso9001)), Ok(true));
		assert_eq!(ask::<bool>(Function::IsCertified, (w.acme, w.as9100)), Ok(false));
		assert_eq!(ask::<bool>(Function::IsCertified, (w.tuv, w.iso9001)), Ok(false));
		run_to(1_000);
		assert_eq!(ask::<bool>(Function::IsCertified, (w.acme, w.iso9001)), Ok(false));
	});
}

#[test]
fn is_certified_unknown_ids() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(
			ask::<bool>(Function::IsCertified, (NO_PARTICIPANT, w.iso9001)),
			Err(ExtensionError::UnknownParticipant)
		);
		assert_eq!(
			ask::<bool>(Function::IsCertified, (w.acme, NO_STANDARD)),
			Err(ExtensionError::UnknownStandard)
		);
	});
}

#[test]
fn is_certified_is_charged_by_the_certifications_read() {
	use crate::WeightInfo;
	build().execute_with(|| {
		let w = World::new();
		let most = <Test as pallet_certifications::Config>::MaxCertificationsPerHolder::get();
		// Charged up front for the most certifications a holder may have ...
		assert_eq!(Ext::weight(Function::IsCertified), <() as WeightInfo>::is_certified(most));
		// ... adjusted to the one Acme holds, or to one for none at all.
		for args in [(w.acme, w.iso9001), (w.acme, w.as9100), (NO_PARTICIPANT, w.iso9001)] {
			assert_eq!(
				Ext::actual_weight(Function::IsCertified, &args.encode()),
				Some(<() as WeightInfo>::is_certified(1)),
			);
		}
		// Since `is_certified` reads one record (pallet-certifications' `CertifiedUntil`),
		// only its time grows, slightly, with the certifications held; its proof does not.
		let (one, most) = (<() as WeightInfo>::is_certified(1), Ext::weight(Function::IsCertified));
		assert!(
			one.ref_time() < most.ref_time() && one.all_lte(most),
			"one certification costs no more than the most a holder may have"
		);
		// Input that is not the arguments, and fixed-cost functions: the charge stands.
		assert_eq!(Ext::actual_weight(Function::IsCertified, &[1, 2, 3]), None);
		assert_eq!(Ext::actual_weight(Function::Part, &w.gear().encode()), None);
	});
}

#[test]
fn active_warranty_during_its_term_only() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		assert_eq!(ask::<Option<wire::Warranty>>(Function::ActiveWarranty, gear), Ok(None));
		let id = pallet_warranties::NextWarrantyId::<Test>::get();
		assert_ok!(Warranties::issue(
			RuntimeOrigin::signed(ACME),
			gear,
			Kind::New,
			doc(7),
			TERM,
			vec![]
		));
		let expires_at = 1 + TERM as u32;
		assert_eq!(
			ask::<Option<wire::Warranty>>(Function::ActiveWarranty, gear),
			Ok(Some(wire::Warranty { id, kind: wire::WarrantyKind::New, expires_at }))
		);
		run_to(expires_at.into());
		assert_eq!(ask::<Option<wire::Warranty>>(Function::ActiveWarranty, gear), Ok(None));
		assert_eq!(
			ask::<Option<wire::Warranty>>(Function::ActiveWarranty, NO_PART),
			Err(ExtensionError::UnknownPart)
		);
	});
}

#[test]
fn malformed_input_is_invalid() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		// Too short, too long (trailing bytes), a handover that does not exist.
		assert_eq!(Ext::call(Function::Part, &[1, 2, 3]), Err(ExtensionError::InvalidInput));
		assert_eq!(
			Ext::call(Function::Part, &(gear, 0u8).encode()),
			Err(ExtensionError::InvalidInput)
		);
		assert_eq!(
			Ext::call(Function::OpenOffer, &(gear, 7u8).encode()),
			Err(ExtensionError::InvalidInput)
		);
		assert_eq!(Ext::call(Function::Membership, &[]), Err(ExtensionError::InvalidInput));
		assert_eq!(Ext::call(Function::Governor, &[0]), Err(ExtensionError::InvalidInput));
	});
}

/// `governor` takes no input and answers the configured account, whoever asks, and the
/// same at every block: contracts compare their caller with it.
#[test]
fn governor_is_the_configured_account() {
	build().execute_with(|| {
		assert_eq!(ask::<AccountId>(Function::Governor, ()), Ok(GOVERNOR));
		assert_eq!(Ext::call(Function::Governor, &[]), Ok(GOVERNOR.encode()));
		run_to(5);
		assert_eq!(ask::<AccountId>(Function::Governor, ()), Ok(GOVERNOR));
		assert_eq!(Ext::actual_weight(Function::Governor, &[]), None, "charged in full");
	});
}

#[test]
fn every_function_is_charged_a_benchmarked_weight() {
	// `weight` matches exhaustively on `Function`: a function without a weight does not
	// compile. Here: none of them is free.
	for f in Function::ALL {
		assert!(Ext::weight(*f).ref_time() > 0, "function {f:?}");
	}
	assert_eq!(Function::try_from(0), Err(0));
	assert_eq!(Function::try_from(11), Err(11));
}

/// The wire format's role bits, statuses and kinds are pallet-certifications',
/// pallet-parts' and pallet-warranties' own, in the same order.
#[test]
fn wire_format_matches_the_pallets() {
	let bits = [
		(role::MANUFACTURER, Role::Manufacturer),
		(role::PRODUCER, Role::Producer),
		(role::SUPPLIER, Role::Supplier),
		(role::STANDARDS_ORGANISATION, Role::StandardsOrganisation),
		(role::AUDITOR, Role::Auditor),
		(role::SERVICE_PROVIDER, Role::ServiceProvider),
		(role::REMANUFACTURER, Role::Remanufacturer),
		(role::CARRIER, Role::Carrier),
		(role::BANK, Role::Bank),
		(role::CUSTOMER, Role::Customer),
	];
	assert_eq!(bits.len(), Role::ALL.len());
	for (bit, r) in bits {
		assert_eq!(bit, Roles::of(&[r]).0, "{r:?}");
	}
	for s in [
		p::PartStatus::Active,
		p::PartStatus::Installed,
		p::PartStatus::Consumed,
		p::PartStatus::ReturnedAsCore,
		p::PartStatus::Scrapped,
		p::PartStatus::Recycled,
	] {
		assert_eq!(crate::wire_status(s).encode(), s.encode());
	}
	for k in Kind::ALL {
		assert_eq!(crate::wire_kind(k).encode(), k.encode());
	}
	for h in [Handover::Ownership, Handover::Custody] {
		assert_eq!(crate::native_handover(h).encode(), h.encode());
	}
	for (wire, native) in [(wire::Item::Part(5), Item::Part(5)), (wire::Item::Lot(6), Item::Lot(6))]
	{
		assert_eq!(wire.encode(), native.encode());
	}
}

/// `who` offers `handover` of `item` to `to`, whose admin `by` accepts it.
fn hand(who: AccountId, item: Item, handover: p::Handover, to: wire::ParticipantId, by: AccountId) {
	assert_ok!(Parts::offer(RuntimeOrigin::signed(who), item, handover, to));
	assert_ok!(Parts::accept_offer(RuntimeOrigin::signed(by), item, handover, None));
}

/// Where a history ends: a receipt read from beyond the end reads nothing.
fn history_len(item: wire::Item) -> u32 {
	ask::<Receipt>(Function::Receipt, (item, Handover::Custody, 0u32, u32::MAX, 0u32))
		.expect("known item")
		.next
}

#[test]
fn receipt_stays_true_after_the_item_moves_on() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		let item = wire::Item::Part(gear);
		let start = history_len(item);
		assert_eq!(start, 1, "registered");
		let read = |handover, to, from, limit| {
			ask::<Receipt>(Function::Receipt, (item, handover, to, from, limit))
		};
		assert_eq!(
			read(Handover::Custody, w.carrier, start, 64),
			Ok(Receipt { found: None, next: start })
		);
		// The carrier accepts custody (records 1: offered, 2: accepted) and hands it back
		// (3, 4) within the same block.
		hand(ACME, Item::Part(gear), p::Handover::Custody, w.carrier, CARRIER);
		hand(CARRIER, Item::Part(gear), p::Handover::Custody, w.acme, ACME);
		assert_eq!(ask::<PartInfo>(Function::Part, gear).map(|p| p.custodian), Ok(w.acme));
		// The carrier's receipt is still on record, at index 2.
		assert_eq!(
			read(Handover::Custody, w.carrier, start, 64),
			Ok(Receipt { found: Some(2), next: 3 })
		);
		// Read in steps: one record at a time, going on where the last stopped.
		assert_eq!(
			read(Handover::Custody, w.carrier, start, 1),
			Ok(Receipt { found: None, next: 2 })
		);
		assert_eq!(
			read(Handover::Custody, w.carrier, 2, 1),
			Ok(Receipt { found: Some(2), next: 3 })
		);
		// Not from after it, not for ownership, not for another participant.
		assert_eq!(read(Handover::Custody, w.carrier, 3, 64), Ok(Receipt { found: None, next: 5 }));
		assert_eq!(
			read(Handover::Ownership, w.carrier, start, 64),
			Ok(Receipt { found: None, next: 5 })
		);
		assert_eq!(read(Handover::Custody, w.tuv, start, 64), Ok(Receipt { found: None, next: 5 }));
		// Acme's own receipt of custody back.
		assert_eq!(read(Handover::Custody, w.acme, 3, 64), Ok(Receipt { found: Some(4), next: 5 }));
		// A limit above the most read at once reads that many.
		assert_eq!(
			read(Handover::Custody, w.tuv, 0, u32::MAX),
			Ok(Receipt { found: None, next: 5 })
		);
		assert_eq!(read(Handover::Custody, w.carrier, 0, 0), Ok(Receipt { found: None, next: 0 }));
		assert_eq!(
			ask::<Receipt>(
				Function::Receipt,
				(wire::Item::Part(NO_PART), Handover::Custody, w.carrier, 0u32, 1u32)
			),
			Err(ExtensionError::UnknownPart)
		);
	});
}

#[test]
fn receipt_is_charged_by_the_records_asked_for() {
	let charged = Ext::weight(Function::Receipt);
	assert_eq!(charged, <() as crate::WeightInfo>::receipt(wire::MAX_RECEIPT_SCAN));
	let asked = |limit: u32| {
		Ext::actual_weight(
			Function::Receipt,
			&(wire::Item::Part(1), Handover::Custody, 1u32, 0u32, limit).encode(),
		)
	};
	assert_eq!(asked(3), Some(<() as crate::WeightInfo>::receipt(3)));
	assert_eq!(asked(u32::MAX), Some(charged));
	assert!(asked(3).is_some_and(|w| w.ref_time() < charged.ref_time()));
}

#[test]
fn lot_and_its_receipts() {
	build().execute_with(|| {
		let w = World::new();
		let producer = register(PRODUCER, &[Role::Producer]);
		assert_ok!(Parts::register_lot(
			RuntimeOrigin::signed(PRODUCER),
			b"steel".to_vec(),
			1_000,
			p::Unit::Grams,
			None,
			None
		));
		let lot = 0;
		let item = wire::Item::Lot(lot);
		let start = history_len(item);
		hand(PRODUCER, Item::Lot(lot), p::Handover::Custody, w.carrier, CARRIER);
		assert_eq!(
			ask::<LotInfo>(Function::Lot, lot),
			Ok(LotInfo {
				owner: producer,
				custodian: w.carrier,
				remaining: 1_000,
				quarantined: false
			})
		);
		assert_eq!(
			ask::<Receipt>(Function::Receipt, (item, Handover::Custody, w.carrier, start, 64u32)),
			Ok(Receipt { found: Some(start + 1), next: start + 2 })
		);
		assert_eq!(ask::<LotInfo>(Function::Lot, 9u64), Err(ExtensionError::UnknownLot));
		assert_eq!(
			ask::<Receipt>(
				Function::Receipt,
				(wire::Item::Lot(9), Handover::Custody, w.carrier, 0u32, 1u32)
			),
			Err(ExtensionError::UnknownLot)
		);
	});
}

#[test]
fn certification_answers_holder_standing_and_capacity_left() {
	use amchain_primitives::certifications::ProductionRegistry;
	build().execute_with(|| {
		let w = World::new();
		// The World's one certification: Acme's, for ISO 9001, 100 units per 100 blocks.
		let id = 0u32;
		let info = |id: u32| ask::<CertificationInfo>(Function::Certification, id);
		let expected = CertificationInfo {
			holder: w.acme,
			standard: w.iso9001,
			active: true,
			remaining: 100,
			valid_until: 1_000,
		};
		assert_eq!(info(id), Ok(expected));
		// Production drawn this period is gone from what is left; the next period starts full.
		assert_ok!(<Certifications as ProductionRegistry>::register_production(w.acme, id, 30));
		assert_eq!(info(id).map(|c| c.remaining), Ok(70));
		System::set_block_number(150);
		assert_eq!(info(id).map(|c| c.remaining), Ok(100));
		// Expired: not active, nothing left to produce, holder and standard still told.
		System::set_block_number(1_000);
		assert_eq!(info(id), Ok(CertificationInfo { active: false, remaining: 0, ..expected }));
		assert_eq!(info(7), Err(ExtensionError::UnknownCertification));
		// Bad input is an error, never a trap.
		assert_eq!(Ext::call(Function::Certification, &[1u8]), Err(ExtensionError::InvalidInput));
	});
}

#[test]
fn an_offered_certification_certifies_nothing() {
	build().execute_with(|| {
		let w = World::new();
		let offered = pallet_certifications::NextCertificationId::<Test>::get();
		assert_ok!(Certifications::issue_certification(
			RuntimeOrigin::signed(TUV),
			w.acme,
			w.iso9001,
			b"plant 2".to_vec(),
			pallet_certifications::Capacity { units: 10, period: 10 },
			500,
			None,
		));
		assert_eq!(
			ask::<CertificationInfo>(Function::Certification, offered).map(|c| (
				c.holder,
				c.active,
				c.remaining
			)),
			Ok((w.acme, false, 0))
		);
	});
}

/// RT-19 (red team 2026-11-30): `PartInfo.quarantined` says the part cannot change hands
/// whenever a recall holds the assembly it moves with: a part recalled inside it, or a
/// batch recall of a part inside it. Before, only the part's own and its batch's recall
/// counted, so a contract saw a held engine as free.
#[test]
fn part_reads_as_quarantined_when_a_recall_holds_its_assembly() {
	build().execute_with(|| {
		let w = World::new();
		let certified = pallet_parts::NextPartTypeId::<Test>::get();
		assert_ok!(Parts::create_part_type(
			RuntimeOrigin::signed(ACME),
			b"GTIN-2".to_vec(),
			doc(2),
			vec![],
			vec![w.iso9001]
		));
		let certification = pallet_certifications::CertificationsOf::<Test>::get(w.acme, w.iso9001)
			.first()
			.copied()
			.expect("Acme is certified");
		let piston = pallet_parts::NextPartId::<Test>::get();
		assert_ok!(Parts::register_part(
			RuntimeOrigin::signed(ACME),
			certified,
			b"P1".to_vec(),
			Some(certification),
			None,
			None
		));
		let (engine, gear) = (w.gear(), w.gear());
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), piston, engine));
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, engine));
		let quarantined =
			|part| ask::<PartInfo>(Function::Part, part).expect("known part").quarantined;
		assert!(!quarantined(engine));

		let batch = RecallTarget::Batch { part_type: certified, certification };
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(ACME), batch, doc(9)));
		assert!(quarantined(engine), "a batch recall inside holds the engine");
		assert!(quarantined(gear), "and every part that moves with it");
		assert_ok!(Parts::release(RuntimeOrigin::signed(ACME), batch));
		assert!(!quarantined(engine));

		assert_ok!(Parts::quarantine(
			RuntimeOrigin::signed(ACME),
			RecallTarget::Part(piston),
			doc(9)
		));
		assert!(quarantined(engine), "a part recall inside holds the engine");
	});
}
