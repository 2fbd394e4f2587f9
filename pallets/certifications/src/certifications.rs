//! Issuing certifications, their acceptance by the holder, surveillance, suspension and
//! revocation, validity intervals, and production against certified capacity.
//!
//! A certification is issued as an offer (`CertificationState::Offered`) and counts only
//! once its holder accepts it: only then does it enter the holder's bounded list of live
//! certifications (`CertificationsOf`) and its history (`CertificationHistory`). Every
//! change to a live certification recomputes the holder's `CertifiedUntil`, which
//! `is_certified` reads instead of walking the list.

use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, traits::fungible::MutateHold};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::{CheckedAdd, Saturating, Zero};

use crate::*;
use amchain_primitives::participants::MemberKind;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_issue_certification(
		who: T::AccountId,
		participant: ParticipantId,
		standard: StandardId,
		scope: Vec<u8>,
		capacity: Capacity<BlockNumberFor<T>>,
		valid_until: BlockNumberFor<T>,
		surveillance_interval: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		Self::issue(
			who,
			participant,
			standard,
			scope,
			capacity,
			valid_until,
			surveillance_interval,
			true,
		)
	}

	/// Issues an offer; with `deposit`, holding `OfferDeposit` from `who` (genesis, which
	/// accepts its certifications at once, holds none).
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn issue(
		who: T::AccountId,
		participant: ParticipantId,
		standard: StandardId,
		scope: Vec<u8>,
		capacity: Capacity<BlockNumberFor<T>>,
		valid_until: BlockNumberFor<T>,
		surveillance_interval: Option<BlockNumberFor<T>>,
		deposit: bool,
	) -> DispatchResult {
		let auditor = Self::ensure_member_with(&who, Role::Auditor)?.participant;
		ensure!(Standards::<T>::contains_key(standard), Error::<T>::UnknownStandard);
		ensure!(Self::is_accredited(standard, auditor), Error::<T>::NotAccredited);
		ensure!(auditor != participant, Error::<T>::SelfCertification);
		Self::active_roles_of(participant)?.ok_or(Error::<T>::SuspendedParticipant)?;

		let now = frame_system::Pallet::<T>::block_number();
		ensure!(valid_until > now, Error::<T>::InvalidValidity);
		ensure!(capacity.units > 0 && !capacity.period.is_zero(), Error::<T>::InvalidCapacity);
		let surveillance = match surveillance_interval {
			Some(interval) => {
				ensure!(!interval.is_zero(), Error::<T>::InvalidSurveillanceInterval);
				let due = now.checked_add(&interval).ok_or(Error::<T>::Overflow)?;
				Some(Surveillance { interval, due })
			},
			None => None,
		};
		let scope: ScopeOf<T> = scope.try_into().map_err(|_| Error::<T>::ScopeTooLong)?;

		let id = NextCertificationId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		// The offer is state an auditor adds to someone else's view: it holds a deposit
		// from the issuing account until it is accepted, declined or removed (RT-14).
		let deposit = if deposit { T::OfferDeposit::get() } else { Zero::zero() };
		if !deposit.is_zero() {
			T::Currency::hold(&HoldReason::CertificationOffer.into(), &who, deposit)
				.map_err(|_| Error::<T>::InsufficientDeposit)?;
			OfferDeposits::<T>::insert(id, (who.clone(), deposit));
		}
		// An offer: no list of the holder's, no validity interval, until it accepts.
		let certification = Certification {
			participant,
			standard,
			auditor,
			scope,
			capacity,
			issued_at: now,
			valid_until,
			surveillance,
			state: CertificationState::Offered,
			intervals: 0,
		};
		Certifications::<T>::insert(id, certification);
		NextCertificationId::<T>::put(next);
		Self::deposit_event(Event::CertificationIssued {
			certification: id,
			participant,
			standard,
			auditor,
			valid_until,
		});
		Ok(())
	}

	pub(crate) fn do_accept_certification(
		who: T::AccountId,
		id: CertificationId,
	) -> DispatchResult {
		// The admin account (not a device) of an active organisation: accepting binds it.
		let membership = Self::membership(&who).ok_or(Error::<T>::NotAMember)?;
		ensure!(membership.kind == MemberKind::Admin, Error::<T>::NotParticipantAdmin);
		let mut certification =
			Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		let participant = membership.participant;
		ensure!(certification.participant == participant, Error::<T>::NotCertificationHolder);
		let now = frame_system::Pallet::<T>::block_number();
		match certification.status_at(now) {
			CertificationStatus::Offered => {},
			CertificationStatus::Expired => return Err(Error::<T>::ExpiredCertification.into()),
			_ => return Err(Error::<T>::NotOffered.into()),
		}
		// An offer whose first surveillance audit fell due before it was accepted is stale:
		// the auditor issues a fresh one.
		ensure!(
			certification.surveillance.is_none_or(|s| now < s.due),
			Error::<T>::SurveillanceOverdue
		);
		// The auditor's authority is checked when the certification takes effect, not only
		// when it was offered (THREATS rule 1; RT-13): accredited now and not suspended.
		ensure!(Self::auditor_may_certify(&certification), Error::<T>::NotAccredited);
		Self::release_offer_deposit(id)?;

		let standard = certification.standard;
		CertificationsOf::<T>::try_mutate(participant, standard, |live| {
			// Expired certifications leave the live list (they stay in the history).
			live.retain(|held| {
				Certifications::<T>::get(held).is_some_and(|c| {
					!matches!(
						c.status_at(now),
						CertificationStatus::Expired | CertificationStatus::Revoked
					)
				})
			});
			live.try_push(id).map_err(|_| Error::<T>::TooManyCertifications)
		})?;
		certification.state = CertificationState::Active;
		Self::open_interval(id, &mut certification, now);
		Certifications::<T>::insert(id, certification);
		CertificationHistory::<T>::insert((participant, standard, id), ());
		Self::refresh_certified_until(participant, standard);
		Self::deposit_event(Event::CertificationAccepted { certification: id, participant });
		Ok(())
	}

	/// Whether the offer's auditor is accredited for its standard now and not suspended.
	pub(crate) fn auditor_may_certify(certification: &CertificationOf<T>) -> bool {
		Self::is_accredited(certification.standard, certification.auditor)
			&& Self::is_active(certification.auditor)
	}

	/// Whether an offer can still be accepted at `now` (as `accept_certification` checks,
	/// apart from the holder's list): not expired, first surveillance not due, and its
	/// auditor still accredited.
	pub(crate) fn offer_open(certification: &CertificationOf<T>, now: BlockNumberFor<T>) -> bool {
		certification.status_at(now) == CertificationStatus::Offered
			&& certification.surveillance.is_none_or(|s| now < s.due)
			&& Self::auditor_may_certify(certification)
	}

	/// Returns an offer's deposit to the account it is held on (offers issued before
	/// deposits existed have none).
	fn release_offer_deposit(id: CertificationId) -> DispatchResult {
		use frame_support::traits::tokens::Precision;
		if let Some((account, amount)) = OfferDeposits::<T>::take(id) {
			T::Currency::release(
				&HoldReason::CertificationOffer.into(),
				&account,
				amount,
				Precision::BestEffort,
			)?;
		}
		Ok(())
	}

	pub(crate) fn do_decline_certification(
		who: T::AccountId,
		id: CertificationId,
	) -> DispatchResult {
		// The admin account (not a device), as for accepting.
		let membership = Self::membership(&who).ok_or(Error::<T>::NotAMember)?;
		ensure!(membership.kind == MemberKind::Admin, Error::<T>::NotParticipantAdmin);
		let certification = Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		ensure!(
			certification.participant == membership.participant,
			Error::<T>::NotCertificationHolder
		);
		ensure!(certification.state == CertificationState::Offered, Error::<T>::NotOffered);
		Certifications::<T>::remove(id);
		Self::release_offer_deposit(id)?;
		Self::deposit_event(Event::CertificationDeclined {
			certification: id,
			participant: membership.participant,
		});
		Ok(())
	}

	pub(crate) fn do_remove_offer(who: T::AccountId, id: CertificationId) -> DispatchResult {
		let certification = Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		ensure!(certification.state == CertificationState::Offered, Error::<T>::NotOffered);
		let now = frame_system::Pallet::<T>::block_number();
		if Self::offer_open(&certification, now) {
			// Still acceptable: only the issuing auditor withdraws it.
			let by = Self::membership(&who).map(|m| m.participant);
			ensure!(by == Some(certification.auditor), Error::<T>::OfferStillOpen);
		}
		Certifications::<T>::remove(id);
		Self::release_offer_deposit(id)?;
		Self::deposit_event(Event::OfferRemoved { certification: id });
		Ok(())
	}

	pub(crate) fn do_record_surveillance(
		who: T::AccountId,
		id: CertificationId,
		report: H256,
	) -> DispatchResult {
		let auditor = Self::ensure_member_with(&who, Role::Auditor)?.participant;
		let mut certification =
			Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		ensure!(
			certification.auditor == auditor
				&& Self::is_accredited(certification.standard, auditor),
			Error::<T>::NotIssuingAuditor
		);
		let now = frame_system::Pallet::<T>::block_number();
		let status = certification.status_at(now);
		ensure!(status != CertificationStatus::Revoked, Error::<T>::RevokedCertification);
		ensure!(status != CertificationStatus::Expired, Error::<T>::ExpiredCertification);
		ensure!(status != CertificationStatus::Offered, Error::<T>::NotAccepted);
		let mut surveillance = certification.surveillance.ok_or(Error::<T>::NoSurveillance)?;

		let was_overdue = status == CertificationStatus::SurveillanceOverdue;
		if was_overdue {
			// Valid until the audit fell due, not between then and now.
			Self::close_open_interval(id, &certification, now);
			Self::open_interval(id, &mut certification, now);
		}
		surveillance.due = now.checked_add(&surveillance.interval).ok_or(Error::<T>::Overflow)?;
		certification.surveillance = Some(surveillance);
		let (holder, standard) = (certification.participant, certification.standard);
		Certifications::<T>::insert(id, certification);
		Self::refresh_certified_until(holder, standard);

		Self::deposit_event(Event::SurveillanceRecorded {
			certification: id,
			auditor,
			report,
			next_due: surveillance.due,
		});
		if was_overdue {
			Self::deposit_event(Event::CertificationReinstated { certification: id, by: auditor });
		}
		Ok(())
	}

	pub(crate) fn do_suspend_certification(
		who: T::AccountId,
		id: CertificationId,
		reason: H256,
	) -> DispatchResult {
		let mut certification =
			Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		let by = Self::ensure_certification_authority(&who, &certification)?;
		let now = frame_system::Pallet::<T>::block_number();
		match certification.status_at(now) {
			CertificationStatus::Revoked => return Err(Error::<T>::RevokedCertification.into()),
			CertificationStatus::Expired => return Err(Error::<T>::ExpiredCertification.into()),
			CertificationStatus::Suspended => return Err(Error::<T>::SuspendedCertification.into()),
			CertificationStatus::Offered => return Err(Error::<T>::NotAccepted.into()),
			CertificationStatus::Active | CertificationStatus::SurveillanceOverdue => {},
		}
		Self::close_open_interval(id, &certification, now);
		certification.state = CertificationState::Suspended { reason, since: now };
		let (holder, standard) = (certification.participant, certification.standard);
		Certifications::<T>::insert(id, certification);
		Self::refresh_certified_until(holder, standard);
		Self::deposit_event(Event::CertificationSuspended { certification: id, by, reason });
		Ok(())
	}

	pub(crate) fn do_reinstate_certification(
		who: T::AccountId,
		id: CertificationId,
	) -> DispatchResult {
		let mut certification =
			Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		let by = Self::ensure_certification_authority(&who, &certification)?;
		let now = frame_system::Pallet::<T>::block_number();
		match certification.status_at(now) {
			CertificationStatus::Revoked => return Err(Error::<T>::RevokedCertification.into()),
			CertificationStatus::Expired => return Err(Error::<T>::ExpiredCertification.into()),
			CertificationStatus::Suspended => {},
			CertificationStatus::Offered => return Err(Error::<T>::NotAccepted.into()),
			CertificationStatus::Active | CertificationStatus::SurveillanceOverdue => {
				return Err(Error::<T>::CertificationNotSuspended.into())
			},
		}
		if let Some(surveillance) = certification.surveillance.as_mut() {
			surveillance.due =
				now.checked_add(&surveillance.interval).ok_or(Error::<T>::Overflow)?;
		}
		certification.state = CertificationState::Active;
		Self::open_interval(id, &mut certification, now);
		let (holder, standard) = (certification.participant, certification.standard);
		Certifications::<T>::insert(id, certification);
		Self::refresh_certified_until(holder, standard);
		Self::deposit_event(Event::CertificationReinstated { certification: id, by });
		Ok(())
	}

	pub(crate) fn do_revoke_certification(
		who: T::AccountId,
		id: CertificationId,
		reason: H256,
	) -> DispatchResult {
		let mut certification =
			Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		let by = Self::ensure_certification_authority(&who, &certification)?;
		ensure!(
			!matches!(certification.state, CertificationState::Revoked { .. }),
			Error::<T>::RevokedCertification
		);
		let now = frame_system::Pallet::<T>::block_number();
		Self::close_open_interval(id, &certification, now);
		certification.state = CertificationState::Revoked { reason, at: now };
		let (holder, standard) = (certification.participant, certification.standard);
		Certifications::<T>::insert(id, certification);
		// A revoked offer is withdrawn: its deposit goes back.
		Self::release_offer_deposit(id)?;
		// Revoked for good: out of the live list (an offer never was in it).
		CertificationsOf::<T>::mutate(holder, standard, |live| live.retain(|held| *held != id));
		Self::refresh_certified_until(holder, standard);
		Self::deposit_event(Event::CertificationRevoked { certification: id, by, reason });
		Ok(())
	}

	/// The participant acting as the certification's authority: its issuing auditor
	/// (while accredited) or the standard's organisation.
	fn ensure_certification_authority(
		who: &T::AccountId,
		certification: &CertificationOf<T>,
	) -> Result<ParticipantId, DispatchError> {
		let membership = Self::membership(who).ok_or(Error::<T>::NotAMember)?;
		let caller = membership.participant;
		if caller == certification.auditor
			&& membership.roles.has(Role::Auditor)
			&& Self::is_accredited(certification.standard, caller)
		{
			return Ok(caller);
		}
		let owner = Standards::<T>::get(certification.standard).map(|s| s.owner);
		if owner == Some(caller) && membership.roles.has(Role::StandardsOrganisation) {
			return Ok(caller);
		}
		Err(Error::<T>::NotCertificationAuthority.into())
	}

	/// Recomputes `CertifiedUntil` for a holder and standard from its live certifications:
	/// the latest end of an active one's open validity interval.
	/// O(`MaxCertificationsPerHolder`) reads; what keeps `is_certified` at one.
	pub(crate) fn refresh_certified_until(participant: ParticipantId, standard: StandardId) {
		match Self::certified_until(participant, standard) {
			Some(until) => CertifiedUntil::<T>::insert(participant, standard, until),
			None => CertifiedUntil::<T>::remove(participant, standard),
		}
	}

	/// What `CertifiedUntil` should hold for a holder and standard (`try_state` checks it).
	pub(crate) fn certified_until(
		participant: ParticipantId,
		standard: StandardId,
	) -> Option<BlockNumberFor<T>> {
		CertificationsOf::<T>::get(participant, standard)
			.iter()
			.filter_map(Certifications::<T>::get)
			.filter(|c| c.state == CertificationState::Active)
			.map(|c| c.open_interval_end())
			.max()
	}

	/// Starts a validity interval at `from`.
	fn open_interval(
		id: CertificationId,
		certification: &mut CertificationOf<T>,
		from: BlockNumberFor<T>,
	) {
		ValidityIntervals::<T>::insert(
			id,
			certification.intervals,
			ValidityInterval { from, to: None },
		);
		certification.intervals = certification.intervals.saturating_add(1);
	}

	/// Ends the open validity interval, if there is one: at `now`, or earlier if the
	/// certification already lapsed or its surveillance fell due.
	fn close_open_interval(
		id: CertificationId,
		certification: &CertificationOf<T>,
		now: BlockNumberFor<T>,
	) {
		let Some(last) = certification.intervals.checked_sub(1) else { return };
		ValidityIntervals::<T>::mutate(id, last, |interval| {
			if let Some(interval) = interval.as_mut().filter(|i| i.to.is_none()) {
				interval.to = Some(now.min(certification.open_interval_end()));
			}
		});
	}

	/// The capacity period `now` falls in, and the production registered in it so far.
	pub(crate) fn current_usage(
		id: CertificationId,
		certification: &CertificationOf<T>,
		now: BlockNumberFor<T>,
	) -> PeriodUsage<BlockNumberFor<T>> {
		let elapsed = now.saturating_sub(certification.issued_at);
		// `capacity.period` is never zero (checked at issue).
		let period = elapsed.checked_div(&certification.capacity.period).unwrap_or_default();
		match ProductionUsage::<T>::get(id) {
			Some(usage) if usage.period == period => usage,
			_ => PeriodUsage { period, used: 0 },
		}
	}

	pub(crate) fn do_register_production(
		participant: ParticipantId,
		id: CertificationId,
		units: u64,
	) -> DispatchResult {
		let certification = Certifications::<T>::get(id).ok_or(Error::<T>::UnknownCertification)?;
		ensure!(certification.participant == participant, Error::<T>::NotCertificationHolder);
		Self::active_roles_of(participant)?.ok_or(Error::<T>::SuspendedParticipant)?;
		let now = frame_system::Pallet::<T>::block_number();
		match certification.status_at(now) {
			CertificationStatus::Active => {},
			CertificationStatus::Suspended => return Err(Error::<T>::SuspendedCertification.into()),
			CertificationStatus::SurveillanceOverdue => {
				return Err(Error::<T>::SurveillanceOverdue.into())
			},
			CertificationStatus::Expired => return Err(Error::<T>::ExpiredCertification.into()),
			CertificationStatus::Revoked => return Err(Error::<T>::RevokedCertification.into()),
			CertificationStatus::Offered => return Err(Error::<T>::NotAccepted.into()),
		}

		let mut usage = Self::current_usage(id, &certification, now);
		usage.used = usage
			.used
			.checked_add(units)
			.filter(|used| *used <= certification.capacity.units)
			.ok_or(Error::<T>::CapacityExceeded)?;
		ProductionUsage::<T>::insert(id, usage);
		Self::deposit_event(Event::ProductionRegistered {
			certification: id,
			participant,
			units,
			remaining: certification.capacity.units.saturating_sub(usage.used),
		});
		Ok(())
	}
}
