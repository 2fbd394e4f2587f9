//! The pallet's invariants, checked by `try_state` (try-runtime) and after every unit test.

#![cfg(any(feature = "try-runtime", test))]

use frame_support::{ensure, traits::Get};
use sp_runtime::{traits::Zero, TryRuntimeError};

use crate::*;

impl<T: Config> Pallet<T> {
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::check_registrars()?;
		Self::check_participants()?;
		Self::check_standards()?;
		Self::check_certifications()?;
		Self::check_offer_deposits()?;
		Ok(())
	}

	/// Offer deposits belong to open offers, and every account's `CertificationOffer` hold
	/// equals the deposits held on it.
	fn check_offer_deposits() -> Result<(), TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		let mut held: alloc::collections::btree_map::BTreeMap<T::AccountId, BalanceOf<T>> =
			Default::default();
		for (id, (account, amount)) in OfferDeposits::<T>::iter() {
			ensure!(
				Certifications::<T>::get(id)
					.is_some_and(|c| c.state == CertificationState::Offered),
				"a deposit for a certification that is not an open offer"
			);
			let sum = held.entry(account).or_insert_with(Zero::zero);
			*sum = sp_runtime::Saturating::saturating_add(*sum, amount);
		}
		for (account, sum) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CertificationOffer.into(), &account)
					== sum,
				"an auditor's held funds differ from its offers' deposits"
			);
		}
		Ok(())
	}

	fn check_registrars() -> Result<(), TryRuntimeError> {
		let count = Registrars::<T>::iter_keys().count() as u32;
		ensure!(count == Registrars::<T>::count(), "registrar counter out of step");
		ensure!(count <= T::MaxRegistrars::get(), "more registrars than MaxRegistrars");
		Ok(())
	}

	fn check_participants() -> Result<(), TryRuntimeError> {
		let next = NextParticipantId::<T>::get();
		for (id, participant) in Participants::<T>::iter() {
			ensure!(id < next, "participant id at or beyond NextParticipantId");
			ensure!(participant.roles.is_valid(), "participant with an invalid role set");
			ensure!(
				Members::<T>::get(&participant.admin)
					== Some(MemberRecord { participant: id, device_roles: None }),
				"participant's admin account is not its admin member"
			);
			let devices = Devices::<T>::iter_prefix(id).count() as u32;
			ensure!(devices == participant.devices, "device counter out of step");
			ensure!(devices <= T::MaxDevicesPerParticipant::get(), "too many devices");
		}
		for (account, member) in Members::<T>::iter() {
			let participant = Participants::<T>::get(member.participant)
				.ok_or("member of an unknown participant")?;
			match member.device_roles {
				None => ensure!(participant.admin == account, "admin member is not the admin"),
				Some(roles) => {
					ensure!(roles.is_valid(), "device with an invalid role set");
					ensure!(
						Devices::<T>::get(member.participant, &account) == Some(roles),
						"device member without its device record"
					);
				},
			}
		}
		// A suspended organisation may lack an entry (suspended before they were recorded:
		// governance's), but an entry always names a suspended organisation.
		// And it names governance or the organisation's own registrar: a registrar suspends
		// only organisations it registered.
		for (id, by) in Suspensions::<T>::iter() {
			let participant = Participants::<T>::get(id);
			ensure!(
				participant
					.as_ref()
					.is_some_and(|p| matches!(p.status, ParticipantStatus::Suspended { .. })),
				"suspension recorded for an organisation that is not suspended"
			);
			ensure!(
				participant.is_some_and(|p| by.is_at_least(&p.registered_by)),
				"suspension by a registrar that did not register the organisation"
			);
		}
		// A named successor belongs to a registered organisation and is not its admin.
		for (id, new) in PendingAdmins::<T>::iter() {
			ensure!(
				Participants::<T>::get(id).is_some_and(|p| p.admin != new),
				"a pending admin change for an unknown organisation or its own admin"
			);
		}
		for (participant, device, _) in Devices::<T>::iter() {
			ensure!(
				Members::<T>::get(&device).map(|m| m.participant) == Some(participant),
				"device record without its member"
			);
		}
		Ok(())
	}

	fn check_standards() -> Result<(), TryRuntimeError> {
		let next = NextStandardId::<T>::get();
		for (id, standard) in Standards::<T>::iter() {
			ensure!(id < next, "standard id at or beyond NextStandardId");
			ensure!(Participants::<T>::contains_key(standard.owner), "standard of unknown owner");
			ensure!(
				StandardByCode::<T>::get(&standard.code, standard.version) == Some(id),
				"standard missing from the code index"
			);
		}
		for (_, _, id) in StandardByCode::<T>::iter() {
			ensure!(Standards::<T>::contains_key(id), "code index names an unknown standard");
		}
		for (standard, auditor, accreditation) in Accreditations::<T>::iter() {
			ensure!(Standards::<T>::contains_key(standard), "accreditation for unknown standard");
			ensure!(Participants::<T>::contains_key(auditor), "accreditation of unknown auditor");
			ensure!(
				accreditation.first_accredited <= accreditation.since,
				"accreditation starts before it was first granted"
			);
			ensure!(
				accreditation.withdrawn_at.is_none_or(|at| at >= accreditation.since),
				"accreditation withdrawn before it started"
			);
		}
		Ok(())
	}

	fn check_certifications() -> Result<(), TryRuntimeError> {
		let next = NextCertificationId::<T>::get();
		for (id, c) in Certifications::<T>::iter() {
			ensure!(id < next, "certification id at or beyond NextCertificationId");
			ensure!(
				Participants::<T>::contains_key(c.participant),
				"certification of unknown holder"
			);
			ensure!(Participants::<T>::contains_key(c.auditor), "certification by unknown auditor");
			ensure!(Standards::<T>::contains_key(c.standard), "certification for unknown standard");
			ensure!(c.auditor != c.participant, "self-certification");
			let accreditation = Accreditations::<T>::get(c.standard, c.auditor)
				.ok_or("certification issued by an auditor never accredited for its standard")?;
			ensure!(
				accreditation.first_accredited <= c.issued_at,
				"certification issued before its auditor was accredited"
			);
			let live = CertificationsOf::<T>::get(c.participant, c.standard).contains(&id);
			let in_history =
				CertificationHistory::<T>::contains_key((c.participant, c.standard, id));
			match c.state {
				// An offer counts for nothing until its holder accepts it.
				CertificationState::Offered => ensure!(
					!live && !in_history && c.intervals == 0,
					"an offered certification is live, in the history or has intervals"
				),
				// Revoked once accepted (it has intervals then), or an offer withdrawn.
				CertificationState::Revoked { .. } => ensure!(
					!live && in_history == (c.intervals > 0),
					"a revoked certification is live, or in the history iff never accepted"
				),
				// Live until pruned, which only happens once it has expired.
				CertificationState::Active | CertificationState::Suspended { .. } => ensure!(
					in_history && (live || Self::expired(&c)),
					"an accepted certification missing from its holder's live list or history"
				),
			}
			ensure!(c.valid_until > c.issued_at, "certification valid for no block");
			ensure!(
				c.capacity.units > 0 && c.capacity.period > Zero::zero(),
				"certification with empty capacity"
			);
			if let Some(usage) = ProductionUsage::<T>::get(id) {
				ensure!(usage.used <= c.capacity.units, "used capacity above capacity");
			}
			// An offer never accepted (open, or withdrawn) has no validity interval.
			if c.intervals > 0 || c.state == CertificationState::Active {
				Self::check_intervals(id, &c)?;
			} else {
				ensure!(
					!ValidityIntervals::<T>::contains_key(id, 0),
					"validity interval beyond the counter"
				);
			}
		}
		for (participant, standard, ids) in CertificationsOf::<T>::iter() {
			for id in ids {
				let c =
					Certifications::<T>::get(id).ok_or("index names an unknown certification")?;
				ensure!(
					c.participant == participant && c.standard == standard,
					"certification indexed under the wrong holder or standard"
				);
				ensure!(
					matches!(
						c.state,
						CertificationState::Active | CertificationState::Suspended { .. }
					),
					"an offered or revoked certification in a live list"
				);
			}
			ensure!(
				CertifiedUntil::<T>::get(participant, standard)
					== Self::certified_until(participant, standard),
				"CertifiedUntil out of step with the live certifications"
			);
		}
		for (participant, standard, id) in CertificationHistory::<T>::iter_keys() {
			let c = Certifications::<T>::get(id).ok_or("history names an unknown certification")?;
			ensure!(
				c.participant == participant && c.standard == standard,
				"certification in the wrong holder's or standard's history"
			);
		}
		for (participant, standard, until) in CertifiedUntil::<T>::iter() {
			ensure!(
				Self::certified_until(participant, standard) == Some(until),
				"CertifiedUntil without a live active certification behind it"
			);
		}
		Ok(())
	}

	/// Whether a certification's validity has ended (now at or past `valid_until`).
	fn expired(c: &CertificationOf<T>) -> bool {
		frame_system::Pallet::<T>::block_number() >= c.valid_until
	}

	/// Intervals `0..intervals` exist, are ordered and disjoint, only the last may be
	/// open, and it is open exactly while the certification's state is active.
	fn check_intervals(id: CertificationId, c: &CertificationOf<T>) -> Result<(), TryRuntimeError> {
		ensure!(c.intervals >= 1, "certification without a validity interval");
		let mut previous_end = c.issued_at;
		for index in 0..c.intervals {
			let interval =
				ValidityIntervals::<T>::get(id, index).ok_or("missing validity interval")?;
			ensure!(
				interval.from >= previous_end,
				"validity intervals overlap or are out of order"
			);
			let is_last = index + 1 == c.intervals;
			match interval.to {
				Some(to) => {
					ensure!(to >= interval.from, "validity interval ends before it starts");
					previous_end = to;
				},
				None => ensure!(is_last, "an earlier validity interval is still open"),
			}
			if is_last {
				ensure!(
					interval.to.is_none() == (c.state == CertificationState::Active),
					"last validity interval open while not active, or closed while active"
				);
			}
		}
		ensure!(
			!ValidityIntervals::<T>::contains_key(id, c.intervals),
			"validity interval beyond the counter"
		);
		Ok(())
	}
}
