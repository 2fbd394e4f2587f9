//! Every function on the real pallets: its answer, and the status for every unknown
//! id and every malformed input.

use amchain_chain_extension::{role, Handover, Member, Offer, PartInfo, PartStatus, Status};
use amchain_primitives::{
	participants::{Role, Roles},
	parts::{self as p, Item},
	warranties::WarrantyKind as Kind,
};
use codec::{Decode, Encode};
use frame_support::{assert_ok, traits::Get};
use pallet_parts::RecallTarget;

use crate::{func, mock::*, wire, Pallet};

type Ext = Pallet<Test>;

/// Calls `function` with `args` as a contract would and decodes the answer as `R`.
fn ask<R: Decode>(function: u16, args: impl Encode) -> Result<R, Status> {
	Ext::call(function, &args.encode()).map(|out| R::decode(&mut &out[..]).expect("decodes"))
}

#[test]
fn part_of_a_stand_alone_part() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		assert_eq!(
			ask::<PartInfo>(func::PART, gear),
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
		let info = ask::<PartInfo>(func::PART, gear).expect("known part");
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
		let info = ask::<PartInfo>(func::PART, gear).expect("known part");
		assert_eq!(info.status, PartStatus::Installed);
		assert_eq!(info.installed_in, Some(engine));
		assert_eq!(info.custodian, w.carrier);
	});
}

#[test]
fn part_unknown() {
	build().execute_with(|| {
		World::new();
		assert_eq!(ask::<PartInfo>(func::PART, NO_PART), Err(Status::UnknownPart));
	});
}

#[test]
fn open_offer_none_then_some() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		assert_eq!(ask::<Option<Offer>>(func::OPEN_OFFER, (gear, Handover::Custody)), Ok(None));
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(gear),
			p::Handover::Custody,
			w.carrier
		));
		assert_eq!(
			ask::<Option<Offer>>(func::OPEN_OFFER, (gear, Handover::Custody)),
			Ok(Some(Offer { from: w.acme, to: w.carrier }))
		);
		assert_eq!(ask::<Option<Offer>>(func::OPEN_OFFER, (gear, Handover::Ownership)), Ok(None));
		assert_eq!(
			ask::<Option<Offer>>(func::OPEN_OFFER, (NO_PART, Handover::Custody)),
			Err(Status::UnknownPart)
		);
	});
}

#[test]
fn membership_of_admin_device_and_stranger() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(
			ask::<Member>(func::MEMBERSHIP, ACME),
			Ok(Member { participant: w.acme, device: false, roles: role::MANUFACTURER })
		);
		assert_eq!(
			ask::<Member>(func::MEMBERSHIP, ACME_SCANNER),
			Ok(Member { participant: w.acme, device: true, roles: role::MANUFACTURER })
		);
		assert_eq!(ask::<Member>(func::MEMBERSHIP, STRANGER), Err(Status::NotAMember));
	});
}

#[test]
fn roles_active_suspended_unknown() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(ask::<u16>(func::ROLES, w.carrier), Ok(role::CARRIER));
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.carrier,
			doc(5)
		));
		assert_eq!(ask::<u16>(func::ROLES, w.carrier), Ok(0));
		assert_eq!(ask::<u16>(func::ROLES, NO_PARTICIPANT), Err(Status::UnknownParticipant));
	});
}

#[test]
fn is_certified_until_expiry() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(ask::<bool>(func::IS_CERTIFIED, (w.acme, w.iso9001)), Ok(true));
		assert_eq!(ask::<bool>(func::IS_CERTIFIED, (w.acme, w.as9100)), Ok(false));
		assert_eq!(ask::<bool>(func::IS_CERTIFIED, (w.tuv, w.iso9001)), Ok(false));
		run_to(1_000);
		assert_eq!(ask::<bool>(func::IS_CERTIFIED, (w.acme, w.iso9001)), Ok(false));
	});
}

#[test]
fn is_certified_unknown_ids() {
	build().execute_with(|| {
		let w = World::new();
		assert_eq!(
			ask::<bool>(func::IS_CERTIFIED, (NO_PARTICIPANT, w.iso9001)),
			Err(Status::UnknownParticipant)
		);
		assert_eq!(
			ask::<bool>(func::IS_CERTIFIED, (w.acme, NO_STANDARD)),
			Err(Status::UnknownStandard)
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
		assert_eq!(Ext::weight(func::IS_CERTIFIED), <() as WeightInfo>::is_certified(most));
		// ... adjusted to the one Acme holds, or to one for none at all.
		for args in [(w.acme, w.iso9001), (w.acme, w.as9100), (NO_PARTICIPANT, w.iso9001)] {
			assert_eq!(
				Ext::actual_weight(func::IS_CERTIFIED, &args.encode()),
				Some(<() as WeightInfo>::is_certified(1)),
			);
		}
		assert!(
			<() as WeightInfo>::is_certified(1).all_lt(Ext::weight(func::IS_CERTIFIED)),
			"one certification costs less than the most a holder may have"
		);
		// Input that is not the arguments, and fixed-cost functions: the charge stands.
		assert_eq!(Ext::actual_weight(func::IS_CERTIFIED, &[1, 2, 3]), None);
		assert_eq!(Ext::actual_weight(func::PART, &w.gear().encode()), None);
	});
}

#[test]
fn active_warranty_during_its_term_only() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		assert_eq!(ask::<Option<wire::Warranty>>(func::ACTIVE_WARRANTY, gear), Ok(None));
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
			ask::<Option<wire::Warranty>>(func::ACTIVE_WARRANTY, gear),
			Ok(Some(wire::Warranty { id, kind: wire::WarrantyKind::New, expires_at }))
		);
		run_to(expires_at.into());
		assert_eq!(ask::<Option<wire::Warranty>>(func::ACTIVE_WARRANTY, gear), Ok(None));
		assert_eq!(
			ask::<Option<wire::Warranty>>(func::ACTIVE_WARRANTY, NO_PART),
			Err(Status::UnknownPart)
		);
	});
}

#[test]
fn malformed_input_is_invalid() {
	build().execute_with(|| {
		let w = World::new();
		let gear = w.gear();
		// Too short, too long (trailing bytes), a handover that does not exist.
		assert_eq!(Ext::call(func::PART, &[1, 2, 3]), Err(Status::InvalidInput));
		assert_eq!(Ext::call(func::PART, &(gear, 0u8).encode()), Err(Status::InvalidInput));
		assert_eq!(Ext::call(func::OPEN_OFFER, &(gear, 7u8).encode()), Err(Status::InvalidInput));
		assert_eq!(Ext::call(func::MEMBERSHIP, &[]), Err(Status::InvalidInput));
	});
}

#[test]
fn unknown_function() {
	build().execute_with(|| {
		assert!(!Ext::knows(0) && !Ext::knows(7));
		assert_eq!(Ext::call(7, &[]), Err(Status::UnknownFunction));
		assert_eq!(Ext::weight(7), frame_support::weights::Weight::zero());
		for f in [
			func::PART,
			func::OPEN_OFFER,
			func::MEMBERSHIP,
			func::ROLES,
			func::IS_CERTIFIED,
			func::ACTIVE_WARRANTY,
		] {
			assert!(Ext::knows(f) && Ext::weight(f).ref_time() > 0, "function {f}");
		}
	});
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
}
