//! A part's life ends as a core and, after grading and an outcome, the next begins:
//! policies, returns, grading, licences and outcomes.

use amchain_primitives::parts::RecordKind;
use frame_support::{ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{traits::Zero, DispatchResult, Saturating};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_policy(
		who: &T::AccountId,
		part_type: PartTypeId,
		policy: CorePolicy,
	) -> DispatchResult {
		Self::type_manufacturer(who, part_type)?;
		Policies::<T>::insert(part_type, policy);
		Self::deposit_event(Event::PolicySet { part_type, policy });
		Ok(())
	}

	pub(crate) fn do_return_core(
		who: &T::AccountId,
		part: PartId,
		report: H256,
		charge: Option<ChargeId>,
	) -> DispatchResult {
		// Ending a part's life is a person's act: the admin account, not a device.
		let member = Self::admin(who)?;
		let summary = T::Parts::summary(part).ok_or(Error::<T>::UnknownPart)?;
		ensure!(summary.owner == member.participant, Error::<T>::NotOwner);
		let (part_type, life) = (summary.part_type, summary.life);
		// pallet-parts checks the transition (active, stand-alone, no open offers).
		T::Lifecycle::set_status(
			part,
			PartStatus::ReturnedAsCore,
			who,
			member.participant,
			report,
		)?;
		let now = frame_system::Pallet::<T>::block_number();
		CoreRecords::<T>::insert(
			part,
			CoreRecord {
				part_type,
				life,
				returned_by: member.participant,
				returned_at: now,
				grading: None,
			},
		);
		Self::deposit_event(Event::CoreReturned { part, life, by: member.participant });
		if let Some(charge) = charge {
			Self::refund_charge(charge, part, part_type, member.participant)?;
		}
		Ok(())
	}

	pub(crate) fn do_grade(
		who: &T::AccountId,
		part: PartId,
		grade: Grade,
		report: H256,
	) -> DispatchResult {
		let member = Self::member(who)?;
		ensure!(member.roles.has(Role::Auditor), Error::<T>::MissingRole);
		let mut core = Self::core(part)?;
		ensure!(!Listings::<T>::contains_key(part), Error::<T>::ListingOpen);
		ensure!(!ProposedOutcomes::<T>::contains_key(part), Error::<T>::OutcomePending);
		let inspector = member.participant;
		let summary = T::Parts::summary(part).ok_or(Error::<T>::UnknownPart)?;
		// The grade sets the core's price: its owner does not judge it (THREATS rule 4).
		ensure!(summary.owner != inspector, Error::<T>::InspectorIsOwner);
		// Only an inspector the owner chose spends the owner's gradings (a custodian alone
		// could otherwise use them up, or grade the core unusable for good).
		ensure!(T::Parts::is_authorised(part, inspector), Error::<T>::InspectorNotAuthorised);
		// The count is the current owner's: a new owner gets its own.
		let gradings = Gradings::<T>::get(part)
			.filter(|(owner, _)| *owner == summary.owner)
			.map_or(0, |(_, n)| n);
		ensure!(gradings < T::MaxGradings::get(), Error::<T>::TooManyGradings);
		let policy = Policies::<T>::get(core.part_type).ok_or(Error::<T>::NoPolicy)?;
		ensure!(
			T::Certifications::is_certified(inspector, policy.grading_standard),
			Error::<T>::InspectorNotCertified
		);
		T::Lifecycle::record(part, RecordKind::Inspection, who, inspector, report)?;
		let at = frame_system::Pallet::<T>::block_number();
		core.grading = Some(Grading { grade, report, inspector, at });
		CoreRecords::<T>::insert(part, core);
		Gradings::<T>::insert(part, (summary.owner, gradings.saturating_add(1)));
		Self::deposit_event(Event::CoreGraded { part, grade, inspector, report });
		Ok(())
	}

	pub(crate) fn do_grant_licence(
		who: &T::AccountId,
		part_type: PartTypeId,
		licensee: ParticipantId,
		units: u32,
		period: BlockNumberFor<T>,
		expires_at: BlockNumberFor<T>,
		spec_access: H256,
	) -> DispatchResult {
		let member = Self::type_manufacturer(who, part_type)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(units > 0 && !period.is_zero() && expires_at > now, Error::<T>::InvalidLicence);
		ensure!(licensee != member.participant, Error::<T>::InvalidParticipant);
		let roles =
			T::Participants::active_roles(licensee).ok_or(Error::<T>::InvalidParticipant)?;
		ensure!(roles.has(Role::Remanufacturer), Error::<T>::MissingRole);
		ensure!(!Licences::<T>::contains_key(part_type, licensee), Error::<T>::LicenceExists);
		let licence = Licence {
			units,
			period,
			expires_at,
			spec_access,
			granted_at: now,
			period_start: now,
			used: 0,
		};
		Licences::<T>::insert(part_type, licensee, licence);
		Self::deposit_event(Event::LicenceGranted {
			part_type,
			licensee,
			units,
			period,
			expires_at,
		});
		Ok(())
	}

	pub(crate) fn do_revoke_licence(
		who: &T::AccountId,
		part_type: PartTypeId,
		licensee: ParticipantId,
	) -> DispatchResult {
		Self::type_manufacturer(who, part_type)?;
		ensure!(Licences::<T>::contains_key(part_type, licensee), Error::<T>::UnknownLicence);
		Licences::<T>::remove(part_type, licensee);
		Self::deposit_event(Event::LicenceRevoked { part_type, licensee });
		Ok(())
	}

	/// The licence as of `now`: a period that has passed is rolled forward to the one
	/// `now` is in, with nothing used.
	pub(crate) fn current_period(
		mut licence: LicenceOf<T>,
		now: BlockNumberFor<T>,
	) -> LicenceOf<T> {
		let elapsed = now.saturating_sub(licence.period_start);
		if !licence.period.is_zero() && elapsed >= licence.period {
			licence.period_start = now.saturating_sub(elapsed % licence.period);
			licence.used = 0;
		}
		licence
	}

	pub(crate) fn do_record_outcome(
		who: &T::AccountId,
		part: PartId,
		outcome: Outcome,
		process: H256,
		test_report: H256,
		tester: ParticipantId,
	) -> DispatchResult {
		let (member, core) = Self::owned_core(who, part)?;
		let by = member.participant;
		ensure!(!ProposedOutcomes::<T>::contains_key(part), Error::<T>::OutcomePending);
		// No one tests its own work (THREATS rule 4).
		ensure!(tester != by, Error::<T>::TesterIsParty);
		let now = frame_system::Pallet::<T>::block_number();
		let proposal = OutcomeRecord { outcome, by, process, test_report, tester, at: now };
		// Everything the confirmation will check, checked now too, so a proposal that
		// cannot take effect is refused at once.
		Self::outcome_allowed(&member, &core, part, &proposal)?;
		ProposedOutcomes::<T>::insert(part, proposal);
		Self::deposit_event(Event::OutcomeProposed {
			part,
			life: core.life,
			outcome,
			by,
			tester,
			test_report,
		});
		Ok(())
	}

	/// Whether `proposal` can take effect on `core` now, `member` being its proposer's
	/// membership; returns the remanufacturer's licence with a unit drawn, if the outcome
	/// draws one.
	fn outcome_allowed(
		member: &Membership,
		core: &CoreOf<T>,
		part: PartId,
		proposal: &OutcomeOf<T>,
	) -> Result<Option<LicenceOf<T>>, Error<T>> {
		let by = proposal.by;
		let oem = T::Parts::type_manufacturer(core.part_type) == Some(by);
		ensure!(oem || member.roles.has(Role::Remanufacturer), Error::<T>::MissingRole);
		ensure!(!Listings::<T>::contains_key(part), Error::<T>::ListingOpen);
		// A recall holds a core out of use: no new life for it.
		ensure!(
			!proposal.outcome.starts_new_life()
				|| T::Parts::summary(part).is_some_and(|p| !p.quarantined),
			Error::<T>::Quarantined
		);
		let grading = core.grading.ok_or(Error::<T>::NotGraded)?;
		ensure!(
			grading.grade != Grade::Unusable || proposal.outcome == Outcome::Recycled,
			Error::<T>::UnusableCore
		);
		let policy = Policies::<T>::get(core.part_type).ok_or(Error::<T>::NoPolicy)?;
		ensure!(
			T::Certifications::is_certified(proposal.tester, policy.testing_standard),
			Error::<T>::TesterNotCertified
		);
		if proposal.outcome != Outcome::Remanufactured || oem {
			return Ok(None);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let licence = Licences::<T>::get(core.part_type, by).ok_or(Error::<T>::NoLicence)?;
		ensure!(now < licence.expires_at, Error::<T>::LicenceExpired);
		let mut licence = Self::current_period(licence, now);
		ensure!(licence.used < licence.units, Error::<T>::QuotaExceeded);
		licence.used = licence.used.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Ok(Some(licence))
	}

	pub(crate) fn do_confirm_outcome(
		who: &T::AccountId,
		part: PartId,
		outcome: Outcome,
		test_report: H256,
	) -> DispatchResult {
		let tester = Self::member(who)?.participant;
		let proposal = ProposedOutcomes::<T>::get(part).ok_or(Error::<T>::NoProposedOutcome)?;
		ensure!(proposal.tester == tester, Error::<T>::NotTester);
		// The tester signs exactly what it tested: the outcome and the report.
		ensure!(
			proposal.outcome == outcome && proposal.test_report == test_report,
			Error::<T>::ReportMismatch
		);
		let core = Self::core(part)?;
		let summary = T::Parts::summary(part).ok_or(Error::<T>::UnknownPart)?;
		ensure!(summary.owner == proposal.by, Error::<T>::OwnerChanged);
		// The proposer's standing now (suspended, roles withdrawn: no outcome).
		let by = T::Participants::admin_account(proposal.by)
			.and_then(|admin| T::Participants::membership(&admin))
			.ok_or(Error::<T>::InvalidParticipant)?;
		let licence = Self::outcome_allowed(&by, &core, part, &proposal)?;
		if let Some(licence) = licence {
			Licences::<T>::insert(core.part_type, proposal.by, licence);
		}
		let to = if proposal.outcome.starts_new_life() {
			PartStatus::Active
		} else {
			PartStatus::Recycled
		};
		// The tester's confirmation is the act that ends the life: the history records it
		// (with the test report) as the tester's.
		T::Lifecycle::set_status(part, to, who, tester, test_report)?;
		CoreRecords::<T>::remove(part);
		Gradings::<T>::remove(part);
		ProposedOutcomes::<T>::remove(part);
		let now = frame_system::Pallet::<T>::block_number();
		let record = OutcomeRecord { at: now, ..proposal };
		Outcomes::<T>::insert(part, core.life, record);
		Self::deposit_event(Event::OutcomeRecorded {
			part,
			life: core.life,
			outcome: record.outcome,
			by: record.by,
			tester,
		});
		Ok(())
	}

	pub(crate) fn do_withdraw_outcome(who: &T::AccountId, part: PartId) -> DispatchResult {
		Self::owned_core(who, part)?;
		ensure!(ProposedOutcomes::<T>::take(part).is_some(), Error::<T>::NoProposedOutcome);
		Self::deposit_event(Event::OutcomeWithdrawn { part });
		Ok(())
	}
}
