//! The ordered life history of parts and lots: appending records, reports by
//! authorised participants, and corrections.

use frame_support::{ensure, traits::UnixTime};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

use crate::{recall::ActingAs, *};

impl<T: Config> Pallet<T> {
	/// Appends a record to an item's history: constant cost however long the history is.
	pub(crate) fn append(
		item: Item,
		kind: RecordKind,
		actor: &T::AccountId,
		participant: ParticipantId,
		data: H256,
		reported_at: Option<u64>,
	) -> Result<RecordIndex, Error<T>> {
		let index = HistoryLen::<T>::get(item);
		let next = index.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let time = u64::try_from(T::UnixTime::now().as_millis()).unwrap_or(u64::MAX);
		let record = HistoryRecord {
			block: frame_system::Pallet::<T>::block_number(),
			extrinsic: frame_system::Pallet::<T>::extrinsic_index(),
			time,
			reported_at,
			actor: actor.clone(),
			participant,
			kind,
			data,
		};
		History::<T>::insert(item, index, record);
		HistoryLen::<T>::insert(item, next);
		Ok(index)
	}

	/// Appends a record with no data hash and no reporter time (hand-overs, assembly).
	pub(crate) fn note(
		item: Item,
		kind: RecordKind,
		actor: &T::AccountId,
		participant: ParticipantId,
	) -> Result<RecordIndex, Error<T>> {
		Self::append(item, kind, actor, participant, H256::zero(), None)
	}

	/// Appends a record and emits `Recorded` for it.
	pub(crate) fn append_and_announce(
		item: Item,
		kind: RecordKind,
		actor: &T::AccountId,
		participant: ParticipantId,
		data: H256,
		reported_at: Option<u64>,
	) -> DispatchResult {
		let index = Self::append(item, kind, actor, participant, data, reported_at)?;
		Self::deposit_event(Event::Recorded { item, index, kind, participant });
		Ok(())
	}

	/// Whether `participant` may report on `item` now because `owner`, its current owner,
	/// authorised it and has owned it without a break since (a former owner's
	/// authorisations lapse when the item changes hands, and do not come back if it
	/// returns). Other pallets ask by part alone: `PartsInspector::is_authorised`.
	pub(crate) fn is_authorised_by(
		item: Item,
		participant: ParticipantId,
		owner: ParticipantId,
	) -> bool {
		let Some((by, until)) = Authorisations::<T>::get(item, participant) else {
			return false;
		};
		Self::given_by_owner(item, participant, by, owner)
			&& until.is_none_or(|until| frame_system::Pallet::<T>::block_number() < until)
	}

	/// Whether `participant`'s authorisation on `item`, given by `by`, was given by
	/// `owner` during its current, unbroken ownership of `item` (expired or not).
	fn given_by_owner(
		item: Item,
		participant: ParticipantId,
		by: ParticipantId,
		owner: ParticipantId,
	) -> bool {
		by == owner
			&& Self::owned_since(item)
				.is_ok_and(|since| since <= AuthorisedAt::<T>::get(item, participant))
	}

	pub(crate) fn do_authorise(
		who: &T::AccountId,
		item: Item,
		participant: ParticipantId,
		until: Option<frame_system::pallet_prelude::BlockNumberFor<T>>,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let holder = Self::holder(item)?;
		ensure!(holder.owner == member.participant, Error::<T>::NotOwner);
		ensure!(T::Participants::is_active(participant), Error::<T>::UnknownParticipant);
		if let Some(until) = until {
			ensure!(until > frame_system::Pallet::<T>::block_number(), Error::<T>::InvalidExpiry);
		}
		// One given before the current owner's ownership began (by a former owner, or by
		// this one before the item last changed hands) is replaced.
		ensure!(
			Authorisations::<T>::get(item, participant)
				.is_none_or(|(by, _)| !Self::given_by_owner(item, participant, by, holder.owner)),
			Error::<T>::AlreadyAuthorised
		);
		Authorisations::<T>::insert(item, participant, (holder.owner, until));
		AuthorisedAt::<T>::insert(item, participant, OwnershipChanges::<T>::get());
		Self::deposit_event(Event::Authorised { item, participant, until });
		Ok(())
	}

	pub(crate) fn do_deauthorise(
		who: &T::AccountId,
		item: Item,
		participant: ParticipantId,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let holder = Self::holder(item)?;
		ensure!(holder.owner == member.participant, Error::<T>::NotOwner);
		ensure!(
			Authorisations::<T>::take(item, participant).is_some(),
			Error::<T>::UnknownAuthorisation
		);
		AuthorisedAt::<T>::remove(item, participant);
		Self::deposit_event(Event::Deauthorised { item, participant });
		Ok(())
	}

	/// Appends a report; returns how many warranties a service report voided (each with
	/// a record of its own).
	pub(crate) fn do_report(
		who: &T::AccountId,
		item: Item,
		kind: ReportKind,
		data: H256,
		reported_at: Option<u64>,
	) -> Result<u32, DispatchError> {
		let member = Self::member(who)?;
		let holder = Self::holder(item)?;
		let me = member.participant;
		let allowed = me == holder.owner
			|| match kind {
				ReportKind::Measurement => {
					me == holder.custodian || Self::is_authorised_by(item, me, holder.owner)
				},
				ReportKind::Inspection => {
					member.roles.has(Role::Auditor)
						&& Self::is_authorised_by(item, me, holder.owner)
				},
				ReportKind::Service => {
					member.roles.has(Role::ServiceProvider)
						&& Self::is_authorised_by(item, me, holder.owner)
				},
			};
		ensure!(allowed, Error::<T>::NoPermission);
		// Service voids warranties: not on anything in a locked assembly (a listed core's
		// parts keep the warranties bidders saw).
		if kind == ReportKind::Service {
			if let Item::Part(part) = item {
				let record = PartRecords::<T>::get(part).ok_or(Error::<T>::UnknownPart)?;
				let (top, _) = Self::top_of(part, record)?;
				Self::ensure_unlocked(top)?;
			}
		}
		let record = match kind {
			ReportKind::Inspection => RecordKind::Inspection,
			ReportKind::Measurement => RecordKind::Measurement,
			ReportKind::Service => RecordKind::Service,
		};
		Self::append_and_announce(item, record, who, me, data, reported_at)?;
		let Item::Part(part) = item else { return Ok(0) };
		if kind != ReportKind::Service {
			return Ok(0);
		}
		// Warranties the service voided are recorded here, by the history's only writer,
		// with the service's author and report. An append fails only when the history's
		// counter would overflow; then the whole report fails, the voids with it.
		let voided = T::OnService::on_service(part, me, data);
		for &warranty in &voided {
			let kind = RecordKind::WarrantyVoided { warranty };
			Self::append_and_announce(item, kind, who, me, data, None)?;
		}
		Ok(voided.len() as u32)
	}

	/// Appends a correction of `record`. A record governance wrote (its actor is
	/// [`Pallet::governance_account`]: a recall or a tag consent by a council motion) is
	/// corrected only by governance, although it names the maker as participant; any
	/// other by an account of the organisation that made it.
	pub(crate) fn do_correct(
		by: ActingAs<T::AccountId>,
		item: Item,
		record: RecordIndex,
		data: H256,
	) -> DispatchResult {
		let original = History::<T>::get(item, record).ok_or(Error::<T>::UnknownRecord)?;
		let governance = Self::governance_account()?;
		let by_governance = original.actor == governance;
		let (actor, participant) = match by {
			ActingAs::Admin => {
				ensure!(by_governance, Error::<T>::NotRecordAuthor);
				(governance, original.participant)
			},
			ActingAs::Member(who, participant) => {
				ensure!(
					!by_governance && original.participant == participant,
					Error::<T>::NotRecordAuthor
				);
				(who, participant)
			},
		};
		Self::append_and_announce(
			item,
			RecordKind::Correction { of: record },
			&actor,
			participant,
			data,
			None,
		)
	}
}
