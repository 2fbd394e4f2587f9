//! Reports, authorisations, corrections, and paged reads of long histories.

use amchain_primitives::parts::{Order, PartsInspector};
use amchain_primitives::warranties::MAX_IN_FORCE;
use frame_support::{assert_noop, assert_ok, dispatch::DispatchResultWithPostInfo};

use crate::{mock::*, *};

fn report(who: AccountId, item: Item, kind: ReportKind) -> DispatchResultWithPostInfo {
	Parts::report(RuntimeOrigin::signed(who), item, kind, doc(8), Some(5))
}

#[test]
fn the_owner_reports_anything() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		for kind in [ReportKind::Inspection, ReportKind::Measurement, ReportKind::Service] {
			assert_ok!(report(ACME_ROBOT, item, kind));
		}
		System::assert_last_event(
			Event::<Test>::Recorded {
				item,
				index: 3,
				kind: RecordKind::Service,
				participant: w.acme,
			}
			.into(),
		);
		assert_eq!(
			kinds(item)[1..].to_vec(),
			vec![RecordKind::Inspection, RecordKind::Measurement, RecordKind::Service]
		);
		let record = History::<Test>::get(item, 3).expect("recorded");
		assert_eq!((record.data, record.reported_at, record.actor), (doc(8), Some(5), ACME_ROBOT));
	});
}

#[test]
fn a_service_records_each_warranty_it_voided() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None));
		// Charged for as many voided warranties as a part can have in force ...
		let call = crate::Call::<Test>::report {
			item,
			kind: ReportKind::Service,
			data: doc(8),
			reported_at: None,
		};
		use frame_support::dispatch::GetDispatchInfo;
		assert_eq!(call.get_dispatch_info().call_weight, Parts::report_weight(MAX_IN_FORCE));

		Voids::set(vec![7, 9]);
		let info = report(GARAGE, item, ReportKind::Service).expect("reported");
		// ... and refunded down to the two voided.
		assert_eq!(info.actual_weight, Some(Parts::report_weight(2)));
		let records: Vec<_> = (1..4)
			.map(|i| History::<Test>::get(item, i).expect("recorded"))
			.map(|r| (r.kind, r.actor, r.participant, r.data))
			.collect();
		assert_eq!(
			records,
			vec![
				(RecordKind::Service, GARAGE, w.garage, doc(8)),
				(RecordKind::WarrantyVoided { warranty: 7 }, GARAGE, w.garage, doc(8)),
				(RecordKind::WarrantyVoided { warranty: 9 }, GARAGE, w.garage, doc(8)),
			]
		);
		System::assert_last_event(
			Event::<Test>::Recorded {
				item,
				index: 3,
				kind: RecordKind::WarrantyVoided { warranty: 9 },
				participant: w.garage,
			}
			.into(),
		);
		// Other reports void nothing, and a service that voids nothing records nothing more.
		assert_ok!(report(GARAGE, item, ReportKind::Measurement));
		Voids::set(vec![]);
		let info = report(GARAGE, item, ReportKind::Service).expect("reported");
		assert_eq!(info.actual_weight, Some(Parts::report_weight(0)));
		assert_eq!(kinds(item)[4..].to_vec(), vec![RecordKind::Measurement, RecordKind::Service]);
	});
}

#[test]
fn others_report_only_when_authorised_and_in_their_role() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		w.sell_to_buyer(part);
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert_noop!(report(TUV, item, ReportKind::Inspection), Error::<Test>::NoPermission);
		assert_noop!(report(STRANGER, item, ReportKind::Service), Error::<Test>::NotAMember);
		assert_noop!(
			report(GARAGE, Item::Part(9), ReportKind::Service),
			Error::<Test>::UnknownPart
		);

		assert_ok!(Parts::authorise(RuntimeOrigin::signed(BUYER), item, w.garage, Some(10)));
		System::assert_last_event(
			Event::<Test>::Authorised { item, participant: w.garage, until: Some(10) }.into(),
		);
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(BUYER), item, w.tuv, None));
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		assert_ok!(report(GARAGE, item, ReportKind::Measurement));
		assert_ok!(report(TUV, item, ReportKind::Inspection));
		// Roles still matter: an auditor does not service, a garage does not inspect.
		assert_noop!(report(TUV, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert_noop!(report(GARAGE, item, ReportKind::Inspection), Error::<Test>::NoPermission);
		// Authorisations expire...
		run_to(10);
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		// ...and can be withdrawn.
		assert_ok!(Parts::deauthorise(RuntimeOrigin::signed(BUYER), item, w.tuv));
		System::assert_last_event(Event::<Test>::Deauthorised { item, participant: w.tuv }.into());
		assert_noop!(report(TUV, item, ReportKind::Inspection), Error::<Test>::NoPermission);
	});
}

#[test]
fn a_former_owners_authorisations_lapse_when_the_part_changes_hands() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None));
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		w.sell_to_buyer(part);
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert!(!<Parts as PartsInspector>::is_authorised(part, w.garage));
		// The new owner authorises afresh, replacing the lapsed entry.
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(BUYER), item, w.garage, None));
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		assert!(<Parts as PartsInspector>::is_authorised(part, w.garage));
	});
}

/// The owner's best move against the garage it once authorised is nothing; a buyer's is:
/// a part sold and bought back (or an assembly holding it) must not revive what its
/// owner authorised before, which the new owner in between never saw.
#[test]
fn an_authorisation_does_not_come_back_when_the_item_returns() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None));
		assert_eq!(Authorisations::<Test>::get(item, w.garage), Some((w.acme, None)));
		assert_eq!(AuthorisedAt::<Test>::get(item, w.garage), 0);
		w.hand_over(item, Handover::Ownership, ACME, BUYER, w.buyer);
		assert_eq!((OwnershipChanges::<Test>::get(), OwnedSince::<Test>::get(item)), (1, 1));
		w.hand_over(item, Handover::Ownership, BUYER, ACME, w.acme);
		assert_eq!((OwnershipChanges::<Test>::get(), OwnedSince::<Test>::get(item)), (2, 2));
		// Acme owns it again; its old authorisation does not count ...
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert!(!<Parts as PartsInspector>::is_authorised(part, w.garage));
		// ... and Acme gives a new one, dated now, in its place.
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None));
		assert_eq!(AuthorisedAt::<Test>::get(item, w.garage), 2);
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		// A custody hand-over is no change of owner: it stays.
		w.hand_over(item, Handover::Custody, ACME, CARRIER, w.carrier);
		assert_eq!(OwnershipChanges::<Test>::get(), 2);
		assert_ok!(report(GARAGE, item, ReportKind::Service));

		// A lot alike.
		let lot = Item::Lot(w.steel());
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(MINE), lot, w.garage, None));
		w.hand_over(lot, Handover::Ownership, MINE, BUYER, w.buyer);
		w.hand_over(lot, Handover::Ownership, BUYER, MINE, w.mine);
		assert_noop!(report(GARAGE, lot, ReportKind::Measurement), Error::<Test>::NoPermission);
	});
}

/// A leaked key of the former owner (its admin account, in an attacker's hands after the
/// sale) can neither give a new authorisation on the sold item nor bring an old one back.
#[test]
fn a_former_owners_leaked_key_cannot_authorise_after_the_sale() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None));
		w.hand_over(item, Handover::Ownership, ACME, BUYER, w.buyer);
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert_noop!(
			Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None),
			Error::<Test>::NotOwner
		);
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert!(!<Parts as PartsInspector>::is_authorised(part, w.garage));
	});
}

/// A part installed in an assembly is owned with it: when the assembly leaves its owner
/// and comes back, what the owner authorised on the part before stays lapsed, inside the
/// assembly and once taken out of it.
#[test]
fn an_assembly_returning_does_not_revive_authorisations_on_its_parts() {
	new_test_ext(|| {
		let w = World::new();
		let (gearbox, gear) = (w.gear(b"BOX"), w.gear(b"G1"));
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, gearbox));
		let item = Item::Part(gear);
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None));
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		w.hand_over(Item::Part(gearbox), Handover::Ownership, ACME, BUYER, w.buyer);
		w.hand_over(Item::Part(gearbox), Handover::Ownership, BUYER, ACME, w.acme);
		// The gear itself never changed hands, its assembly did.
		assert_eq!(OwnedSince::<Test>::get(item), 0);
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), gear));
		assert_eq!(OwnedSince::<Test>::get(item), 2);
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
		assert_ok!(Parts::authorise(RuntimeOrigin::signed(ACME), item, w.garage, None));
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		// Installed again in an assembly its owner has held without a break since the
		// authorisation, it still counts; taken out again, too.
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, gearbox));
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), gear));
		assert_ok!(report(GARAGE, item, ReportKind::Service));
		// Installed in an assembly the owner acquired after authorising, it lapses (the
		// chain reads the assemblies' dates, not when the part joined them): authorise
		// again.
		let car = w.gear(b"CAR");
		w.hand_over(Item::Part(car), Handover::Ownership, ACME, BUYER, w.buyer);
		w.hand_over(Item::Part(car), Handover::Ownership, BUYER, ACME, w.acme);
		assert_ok!(Parts::install(RuntimeOrigin::signed(ACME), gear, car));
		assert_noop!(report(GARAGE, item, ReportKind::Service), Error::<Test>::NoPermission);
	});
}

#[test]
fn the_custodian_records_measurements_only() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		w.hand_over(item, Handover::Custody, ACME, CARRIER, w.carrier);
		assert_ok!(report(CARRIER, item, ReportKind::Measurement));
		assert_noop!(report(CARRIER, item, ReportKind::Service), Error::<Test>::NoPermission);
	});
}

#[test]
fn authorisation_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		let auth = |who, p, until| Parts::authorise(RuntimeOrigin::signed(who), item, p, until);
		assert_noop!(auth(STRANGER, w.garage, None), Error::<Test>::NotAMember);
		assert_noop!(auth(GARAGE, w.garage, None), Error::<Test>::NotOwner);
		assert_noop!(auth(ACME, 77, None), Error::<Test>::UnknownParticipant);
		assert_noop!(auth(ACME, w.garage, Some(1)), Error::<Test>::InvalidExpiry);
		assert_noop!(
			Parts::authorise(RuntimeOrigin::signed(ACME), Item::Lot(3), w.garage, None),
			Error::<Test>::UnknownLot
		);
		assert_ok!(auth(ACME, w.garage, None));
		assert_noop!(auth(ACME, w.garage, None), Error::<Test>::AlreadyAuthorised);
		assert_noop!(
			Parts::deauthorise(RuntimeOrigin::signed(GARAGE), item, w.garage),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Parts::deauthorise(RuntimeOrigin::signed(ACME), item, w.tuv),
			Error::<Test>::UnknownAuthorisation
		);
	});
}

#[test]
fn a_wrong_record_is_corrected_not_rewritten() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		assert_ok!(report(ACME, item, ReportKind::Measurement));
		let original = History::<Test>::get(item, 1).expect("recorded");
		assert_noop!(
			Parts::correct(RuntimeOrigin::signed(BUYER), item, 1, doc(9)),
			Error::<Test>::NotRecordAuthor
		);
		assert_noop!(
			Parts::correct(RuntimeOrigin::signed(ACME), item, 5, doc(9)),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			Parts::correct(RuntimeOrigin::signed(STRANGER), item, 1, doc(9)),
			Error::<Test>::NotAMember
		);
		assert_ok!(Parts::correct(RuntimeOrigin::signed(ACME_ROBOT), item, 1, doc(9)));
		System::assert_last_event(
			Event::<Test>::Recorded {
				item,
				index: 2,
				kind: RecordKind::Correction { of: 1 },
				participant: w.acme,
			}
			.into(),
		);
		assert_eq!(History::<Test>::get(item, 1), Some(original), "the original stands");
		assert_eq!(History::<Test>::get(item, 2).map(|r| r.data), Some(doc(9)));
	});
}

/// A recall governance imposed names the maker as participant (the recall's authority),
/// but the maker cannot append a "correction" that rebuts it: only governance corrects
/// what governance recorded, and governance corrects nothing a member recorded.
#[test]
fn only_governance_corrects_what_governance_recorded() {
	new_test_ext(|| {
		let w = World::new();
		let part = w.gear(b"SN-1");
		let item = Item::Part(part);
		assert_ok!(report(ACME, item, ReportKind::Measurement));
		assert_ok!(Parts::quarantine(RuntimeOrigin::root(), RecallTarget::Part(part), doc(2)));
		let recall = HistoryLen::<Test>::get(item) - 1;
		let record = History::<Test>::get(item, recall).expect("recorded");
		assert_eq!(record.kind, RecordKind::Quarantined);
		assert_eq!((record.actor, record.participant), (0, w.acme));
		// The maker, its device, and anyone else are refused.
		for who in [ACME, ACME_ROBOT, BUYER] {
			assert_noop!(
				Parts::correct(RuntimeOrigin::signed(who), item, recall, doc(9)),
				Error::<Test>::NotRecordAuthor
			);
		}
		// Governance does not correct a member's record ...
		assert_noop!(
			Parts::correct(RuntimeOrigin::root(), item, 1, doc(9)),
			Error::<Test>::NotRecordAuthor
		);
		assert_noop!(
			Parts::correct(RuntimeOrigin::root(), item, recall + 1, doc(9)),
			Error::<Test>::UnknownRecord
		);
		assert_noop!(
			Parts::correct(RuntimeOrigin::none(), item, recall, doc(9)),
			sp_runtime::DispatchError::BadOrigin
		);
		// ... but corrects its own, the correction written as governance's.
		assert_ok!(Parts::correct(RuntimeOrigin::root(), item, recall, doc(9)));
		let correction = History::<Test>::get(item, recall + 1).expect("recorded");
		assert_eq!(correction.kind, RecordKind::Correction { of: recall });
		assert_eq!((correction.actor, correction.participant), (0, w.acme));
		assert_eq!(correction.data, doc(9));
		System::assert_last_event(
			Event::<Test>::Recorded {
				item,
				index: recall + 1,
				kind: RecordKind::Correction { of: recall },
				participant: w.acme,
			}
			.into(),
		);
	});
}

#[test]
fn histories_are_read_page_by_page_from_either_end() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		for _ in 0..9 {
			assert_ok!(report(ACME, item, ReportKind::Measurement));
		}
		assert_eq!(HistoryLen::<Test>::get(item), 10);
		let indices = |order, from, limit| {
			Parts::history_page(item, order, from, limit)
				.into_iter()
				.map(|(i, _)| i)
				.collect::<Vec<_>>()
		};
		assert_eq!(indices(Order::OldestFirst, 0, 3), vec![0, 1, 2]);
		assert_eq!(indices(Order::OldestFirst, 8, 3), vec![8, 9]);
		assert_eq!(indices(Order::NewestFirst, 0, 3), vec![9, 8, 7]);
		assert_eq!(indices(Order::NewestFirst, 8, 3), vec![1, 0]);
		assert_eq!(indices(Order::NewestFirst, 10, 3), Vec::<u32>::new());
		assert_eq!(indices(Order::OldestFirst, 0, 1000).len(), 10);
		assert_eq!(
			Parts::history_page(item, Order::OldestFirst, 0, 1)[0].1.kind,
			RecordKind::Registered { certification: Some(w.certification) }
		);
	});
}

#[test]
fn a_record_is_appended_at_the_end_of_a_long_history() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		// Pretend the part already has 100 000 records: appending only needs the length.
		HistoryLen::<Test>::insert(item, 100_000);
		assert_ok!(report(ACME, item, ReportKind::Measurement));
		assert_eq!(HistoryLen::<Test>::get(item), 100_001);
		assert_eq!(
			History::<Test>::get(item, 100_000).map(|r| r.kind),
			Some(RecordKind::Measurement)
		);
		let page = Parts::history_page(item, Order::NewestFirst, 0, 1);
		assert_eq!(page.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![100_000]);
		// Undo the pretence so the invariants (no gaps) hold.
		History::<Test>::remove(item, 100_000);
		HistoryLen::<Test>::insert(item, 1);
	});
}

#[test]
fn lots_have_histories_too() {
	new_test_ext(|| {
		let w = World::new();
		let lot = Item::Lot(w.steel());
		assert_ok!(report(MINE, lot, ReportKind::Inspection));
		assert_eq!(kinds(lot).len(), 2);
	});
}

#[test]
fn records_carry_block_extrinsic_and_time() {
	new_test_ext(|| {
		let w = World::new();
		let item = Item::Part(w.gear(b"SN-1"));
		run_to(4);
		frame_system::Pallet::<Test>::set_extrinsic_index(3);
		assert_ok!(report(ACME, item, ReportKind::Measurement));
		let record = History::<Test>::get(item, 1).expect("recorded");
		assert_eq!((record.block, record.extrinsic, record.time), (4, Some(3), 24_000));
	});
}
