//! Assembly: installing parts in a parent and removing them.

use amchain_primitives::parts::PartsInspector;
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, *};

fn install(child: PartId, parent: PartId) -> sp_runtime::DispatchResult {
	Parts::install(RuntimeOrigin::signed(ACME), child, parent)
}

#[test]
fn installed_parts_move_with_their_parent() {
	new_test_ext(|| {
		let w = World::new();
		let (gearbox, gear) = (w.gear(b"BOX"), w.gear(b"G1"));
		assert_ok!(install(gear, gearbox));
		System::assert_last_event(Event::<Test>::Installed { part: gear, parent: gearbox }.into());
		let child = PartRecords::<Test>::get(gear).expect("stored");
		assert_eq!((child.parent, child.status), (Some(gearbox), PartStatus::Installed));
		assert_eq!(PartRecords::<Test>::get(gearbox).map(|p| (p.children, p.height)), Some((1, 1)));
		assert!(Children::<Test>::contains_key(gearbox, gear));
		assert!(!PartsOf::<Test>::contains_key(w.acme, gear), "only the assembly stands alone");

		// The gear cannot be sold alone; the gearbox carries it along.
		assert_noop!(
			Parts::offer(
				RuntimeOrigin::signed(ACME),
				Item::Part(gear),
				Handover::Ownership,
				w.buyer
			),
			Error::<Test>::PartInstalled
		);
		w.sell_to_buyer(gearbox);
		let installed = <Parts as PartsInspector>::summary(gear).expect("a part");
		assert_eq!(
			(installed.owner, installed.custodian, installed.parent),
			(w.buyer, w.buyer, Some(gearbox)),
			"an installed part's holders are its assembly's"
		);

		// The buyer takes it out: it stands alone, theirs.
		assert_noop!(Parts::uninstall(RuntimeOrigin::signed(ACME), gear), Error::<Test>::NotOwner);
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(BUYER), gear));
		System::assert_last_event(
			Event::<Test>::Uninstalled { part: gear, parent: gearbox }.into(),
		);
		let child = PartRecords::<Test>::get(gear).expect("stored");
		assert_eq!((child.parent, child.status, child.owner), (None, PartStatus::Active, w.buyer));
		assert!(PartsOf::<Test>::contains_key(w.buyer, gear));
		assert_eq!(PartRecords::<Test>::get(gearbox).map(|p| p.children), Some(0));
		assert_eq!(
			kinds(Item::Part(gearbox))[1..2].to_vec(),
			vec![RecordKind::ChildInstalled { child: gear }]
		);
		assert_eq!(
			kinds(Item::Part(gear)).last(),
			Some(&RecordKind::RemovedFrom { parent: gearbox })
		);
		assert_eq!(
			kinds(Item::Part(gearbox)).last(),
			Some(&RecordKind::ChildRemoved { child: gear })
		);
	});
}

#[test]
fn install_refusals() {
	new_test_ext(|| {
		let w = World::new();
		let (a, b, c, d) = (w.gear(b"A"), w.gear(b"B"), w.gear(b"C"), w.gear(b"D"));
		assert_noop!(install(a, a), Error::<Test>::AssemblyCycle);
		assert_noop!(install(a, 99), Error::<Test>::UnknownPart);
		assert_noop!(install(99, a), Error::<Test>::UnknownPart);
		assert_noop!(
			Parts::install(RuntimeOrigin::signed(STRANGER), a, b),
			Error::<Test>::NotAMember
		);
		assert_noop!(Parts::install(RuntimeOrigin::signed(BUYER), a, b), Error::<Test>::NotOwner);
		assert_ok!(install(b, a));
		assert_noop!(install(b, c), Error::<Test>::PartInstalled);
		assert_noop!(install(a, b), Error::<Test>::AssemblyCycle);
		assert_ok!(install(c, b));
		// a > b > c is three levels: the most the mock allows.
		assert_noop!(install(d, c), Error::<Test>::AssemblyTooDeep);
		// A part with an open offer cannot go into an assembly.
		assert_ok!(Parts::offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(d),
			Handover::Custody,
			w.carrier
		));
		assert_noop!(install(d, a), Error::<Test>::OfferOpen);
		assert_ok!(Parts::cancel_offer(
			RuntimeOrigin::signed(ACME),
			Item::Part(d),
			Handover::Custody
		));
		// Different holders.
		w.hand_over(Item::Part(d), Handover::Custody, ACME, CARRIER, w.carrier);
		assert_noop!(install(d, a), Error::<Test>::DifferentHolders);
		// Quarantined parts stay out of assemblies.
		let e = w.gear(b"E");
		assert_ok!(Parts::quarantine(RuntimeOrigin::signed(ACME), RecallTarget::Part(e), doc(1)));
		assert_noop!(install(e, a), Error::<Test>::ItemQuarantined);
		assert_noop!(Parts::uninstall(RuntimeOrigin::signed(ACME), a), Error::<Test>::NotInstalled);
	});
}

#[test]
fn a_parent_holds_at_most_max_children() {
	new_test_ext(|| {
		let w = World::new();
		let (p, a, b, c) = (w.gear(b"P"), w.gear(b"A"), w.gear(b"B"), w.gear(b"C"));
		assert_ok!(install(a, p));
		assert_ok!(install(b, p));
		assert_noop!(install(c, p), Error::<Test>::TooManyChildren);
	});
}

#[test]
fn the_depth_of_an_assembly_counts_the_levels_below_the_part() {
	new_test_ext(|| {
		let w = World::new();
		let (a, b, c, d) = (w.gear(b"A"), w.gear(b"B"), w.gear(b"C"), w.gear(b"D"));
		// Build b > c first, then put b (two levels) under a: three levels.
		assert_ok!(install(c, b));
		assert_ok!(install(b, a));
		assert_eq!(PartRecords::<Test>::get(a).map(|p| p.height), Some(2));
		// d > a would make four.
		assert_noop!(install(a, d), Error::<Test>::AssemblyTooDeep);
	});
}

/// Issue 18 item 12: while an assembly is locked (pallet-cores: its top is a listed
/// core) nothing is removed from it or installed anywhere in it, at any level; other
/// assemblies are untouched, and the lock's end frees it.
#[test]
fn a_locked_assembly_neither_loses_nor_gains_parts() {
	new_test_ext(|| {
		let w = World::new();
		let (gearbox, shaft, gear, spare) =
			(w.gear(b"BOX"), w.gear(b"SH"), w.gear(b"G1"), w.gear(b"G2"));
		assert_ok!(install(shaft, gearbox));
		assert_ok!(install(gear, shaft));
		let other = w.gear(b"OTHER");
		Locked::set(vec![gearbox]);

		assert_noop!(
			Parts::uninstall(RuntimeOrigin::signed(ACME), shaft),
			Error::<Test>::AssemblyLocked
		);
		// A level down too: the top decides.
		assert_noop!(
			Parts::uninstall(RuntimeOrigin::signed(ACME), gear),
			Error::<Test>::AssemblyLocked
		);
		assert_noop!(install(spare, shaft), Error::<Test>::AssemblyLocked);
		assert_noop!(install(spare, gearbox), Error::<Test>::AssemblyLocked);
		// Another assembly is not locked.
		assert_ok!(install(spare, other));
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), spare));

		Locked::set(vec![]);
		assert_ok!(Parts::uninstall(RuntimeOrigin::signed(ACME), gear));
		assert_ok!(install(spare, shaft));
	});
}
