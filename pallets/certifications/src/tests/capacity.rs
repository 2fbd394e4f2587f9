use amchain_primitives::certifications::{CertificationInspector, ProductionRegistry};
use frame_support::{assert_noop, assert_ok};

use crate::{mock::*, Error, Event, PeriodUsage, ProductionUsage};

fn produce(participant: u32, id: u32, units: u64) -> sp_runtime::DispatchResult {
	<Certifications as ProductionRegistry>::register_production(participant, id, units)
}

fn remaining(id: u32) -> Option<u64> {
	<Certifications as CertificationInspector<u64>>::remaining_capacity(id)
}

#[test]
fn production_draws_on_the_period_capacity() {
	new_test_ext(|| {
		let w = World::new();
		// 100 units per 10 blocks, issued at block 1.
		let id = w.certify_acme();
		assert_eq!(remaining(id), Some(100));
		assert_ok!(produce(w.acme, id, 30));
		assert_eq!(remaining(id), Some(70));
		assert_eq!(ProductionUsage::<Test>::get(id), Some(PeriodUsage { period: 0, used: 30 }));
		System::assert_last_event(
			Event::<Test>::ProductionRegistered {
				certification: id,
				participant: w.acme,
				units: 30,
				remaining: 70,
			}
			.into(),
		);
		assert_ok!(produce(w.acme, id, 70));
		assert_eq!(remaining(id), Some(0));
	});
}

#[test]
fn production_beyond_capacity_is_refused() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		assert_ok!(produce(w.acme, id, 90));
		assert_noop!(produce(w.acme, id, 11), Error::<Test>::CapacityExceeded);
		assert_noop!(produce(w.acme, id, u64::MAX), Error::<Test>::CapacityExceeded);
		assert_eq!(remaining(id), Some(10));
	});
}

#[test]
fn capacity_resets_at_the_next_period() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		set_block(10);
		assert_ok!(produce(w.acme, id, 100));
		assert_noop!(produce(w.acme, id, 1), Error::<Test>::CapacityExceeded);
		// Period 1 starts 10 blocks after issue (block 1).
		set_block(11);
		assert_eq!(remaining(id), Some(100));
		assert_ok!(produce(w.acme, id, 40));
		assert_eq!(ProductionUsage::<Test>::get(id), Some(PeriodUsage { period: 1, used: 40 }));
		set_block(35);
		assert_eq!(remaining(id), Some(100), "period 3: nothing produced yet");
	});
}

#[test]
fn only_the_holder_of_a_valid_certification_produces() {
	new_test_ext(|| {
		let w = World::new();
		let id = w.certify_acme();
		assert_noop!(produce(w.bolt, id, 1), Error::<Test>::NotCertificationHolder);
		assert_noop!(produce(w.acme, 9, 1), Error::<Test>::UnknownCertification);

		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::signed(REGISTRAR),
			w.acme,
			doc(0)
		));
		assert_noop!(produce(w.acme, id, 1), Error::<Test>::SuspendedParticipant);
		assert_ok!(Certifications::reinstate_participant(RuntimeOrigin::signed(REGISTRAR), w.acme));

		assert_ok!(Certifications::suspend_certification(RuntimeOrigin::signed(TUV), id, doc(1)));
		assert_noop!(produce(w.acme, id, 1), Error::<Test>::SuspendedCertification);
		assert_eq!(remaining(id), Some(0), "no capacity while suspended");
		assert_ok!(Certifications::revoke_certification(RuntimeOrigin::signed(TUV), id, doc(1)));
		assert_noop!(produce(w.acme, id, 1), Error::<Test>::RevokedCertification);
	});
}

#[test]
fn no_production_when_expired_or_surveillance_overdue() {
	new_test_ext(|| {
		let w = World::new();
		let expiring = w.certify(w.acme, 100, 10, 20, None);
		let surveilled = w.certify(w.acme, 100, 10, 1000, Some(15));
		set_block(16);
		assert_noop!(produce(w.acme, surveilled, 1), Error::<Test>::SurveillanceOverdue);
		set_block(20);
		assert_noop!(produce(w.acme, expiring, 1), Error::<Test>::ExpiredCertification);
		assert_eq!(remaining(expiring), Some(0));
	});
}
