//! Forming and ending collections: proposal and consent, withdrawal, leaving, and
//! governance's force calls.

use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, DispatchResult};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_propose(
		who: T::AccountId,
		members: Vec<ParticipantId>,
		retention: BlockNumberFor<T>,
		label: Vec<u8>,
	) -> DispatchResult {
		let creator = Self::admin(&who)?.participant;
		let label: LabelOf<T> = label.try_into().map_err(|_| Error::<T>::LabelTooLong)?;
		let members = Self::valid_members(members)?;
		ensure!(members.binary_search(&creator).is_ok(), Error::<T>::ProposerNotListed);
		let id = Self::next_id()?;
		let amount = T::CollectionDeposit::get();
		T::Currency::hold(&HoldReason::CollectionDeposit.into(), &who, amount)
			.map_err(|_| Error::<T>::InsufficientFunds)?;

		let accepted: MembersOf<T> =
			alloc::vec![creator].try_into().map_err(|_| Error::<T>::TooManyMembers)?;
		let deposit = Deposit { account: who.clone(), amount };
		Self::insert(
			id,
			Collection {
				creator: Some(creator),
				members: members.clone(),
				accepted,
				status: CollectionStatus::Proposed,
				retention,
				label: label.clone(),
				created_at: frame_system::Pallet::<T>::block_number(),
				deposit: Some(deposit),
			},
		);
		Self::deposit_event(Event::Proposed {
			collection: id,
			creator,
			members,
			retention,
			label,
			depositor: who,
			deposit: amount,
		});
		Ok(())
	}

	pub(crate) fn do_accept(who: &T::AccountId, id: CollectionId) -> DispatchResult {
		let participant = Self::admin(who)?.participant;
		let mut record = CollectionRecords::<T>::get(id).ok_or(Error::<T>::UnknownCollection)?;
		ensure!(record.members.binary_search(&participant).is_ok(), Error::<T>::NotInCollection);
		ensure!(record.status == CollectionStatus::Proposed, Error::<T>::NotProposed);
		ensure!(!Self::expired(&record), Error::<T>::ProposalExpired);
		let at = match record.accepted.binary_search(&participant) {
			Ok(_) => return Err(Error::<T>::AlreadyAccepted.into()),
			Err(at) => at,
		};
		record.accepted.try_insert(at, participant).map_err(|_| Error::<T>::TooManyMembers)?;

		let activated = record.accepted.len() == record.members.len();
		if activated {
			record.status = CollectionStatus::Active;
		}
		let members = record.members.clone();
		CollectionRecords::<T>::insert(id, record);
		Self::deposit_event(Event::Accepted { collection: id, participant });
		if activated {
			Self::deposit_event(Event::Activated { collection: id, members });
		}
		Ok(())
	}

	pub(crate) fn do_withdraw(who: &T::AccountId, id: CollectionId) -> DispatchResult {
		let participant = Self::admin(who)?.participant;
		let record = CollectionRecords::<T>::get(id).ok_or(Error::<T>::UnknownCollection)?;
		ensure!(record.creator == Some(participant), Error::<T>::NotCreator);
		ensure!(record.status == CollectionStatus::Proposed, Error::<T>::NotProposed);

		let deposit = Self::remove(id, &record)?;
		Self::deposit_event(Event::Withdrawn { collection: id, by: participant, deposit });
		Ok(())
	}

	pub(crate) fn do_remove_expired(id: CollectionId) -> DispatchResult {
		let record = CollectionRecords::<T>::get(id).ok_or(Error::<T>::UnknownCollection)?;
		ensure!(record.status == CollectionStatus::Proposed, Error::<T>::NotProposed);
		ensure!(Self::expired(&record), Error::<T>::NotExpired);

		let deposit = Self::remove(id, &record)?;
		Self::deposit_event(Event::Expired { collection: id, deposit });
		Ok(())
	}

	/// Whether a proposal's lifetime has passed: it was proposed `ProposalLifetime` or more
	/// blocks ago.
	pub(crate) fn expired(record: &CollectionOf<T>) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		now >= record.created_at.saturating_add(T::ProposalLifetime::get())
	}

	pub(crate) fn do_leave(who: &T::AccountId, id: CollectionId) -> DispatchResult {
		let participant = Self::admin(who)?.participant;
		let mut record = CollectionRecords::<T>::get(id).ok_or(Error::<T>::UnknownCollection)?;
		let at =
			record.members.binary_search(&participant).map_err(|_| Error::<T>::NotInCollection)?;

		if record.status == CollectionStatus::Proposed {
			// A proposal can never become active without this member: drop it.
			let deposit = Self::remove(id, &record)?;
			Self::deposit_event(Event::Declined { collection: id, by: participant, deposit });
			return Ok(());
		}
		record.members.remove(at);
		if let Ok(at) = record.accepted.binary_search(&participant) {
			record.accepted.remove(at);
		}
		CollectionsOf::<T>::remove(participant, id);
		Self::deposit_event(Event::Left { collection: id, participant });
		if record.members.len() < 2 {
			return Self::dissolve(id, record);
		}
		CollectionRecords::<T>::insert(id, record);
		Ok(())
	}

	pub(crate) fn do_force_create(
		members: Vec<ParticipantId>,
		retention: BlockNumberFor<T>,
		label: Vec<u8>,
	) -> DispatchResult {
		let label: LabelOf<T> = label.try_into().map_err(|_| Error::<T>::LabelTooLong)?;
		let members = Self::valid_members(members)?;
		let id = Self::next_id()?;

		Self::insert(
			id,
			Collection {
				creator: None,
				members: members.clone(),
				accepted: members.clone(),
				status: CollectionStatus::Active,
				retention,
				label: label.clone(),
				created_at: frame_system::Pallet::<T>::block_number(),
				deposit: None,
			},
		);
		Self::deposit_event(Event::ForceCreated {
			collection: id,
			members: members.clone(),
			retention,
			label,
		});
		Self::deposit_event(Event::Activated { collection: id, members });
		Ok(())
	}

	/// Ends a collection: removes it and its members' index entries, releases its deposit.
	/// Its anchors stay.
	pub(crate) fn dissolve(id: CollectionId, record: CollectionOf<T>) -> DispatchResult {
		let deposit = Self::remove(id, &record)?;
		Self::deposit_event(Event::Dissolved {
			collection: id,
			retention: record.retention,
			deposit,
		});
		Ok(())
	}

	/// `members` as a collection's member list: sorted, 2..=`MaxMembers`, none twice, each
	/// registered and active.
	fn valid_members(members: Vec<ParticipantId>) -> Result<MembersOf<T>, Error<T>> {
		let mut members = members;
		ensure!(members.len() <= T::MaxMembers::get() as usize, Error::<T>::TooManyMembers);
		members.sort_unstable();
		let members: MembersOf<T> = members.try_into().map_err(|_| Error::<T>::TooManyMembers)?;
		ensure!(members.windows(2).all(|pair| pair[0] != pair[1]), Error::<T>::DuplicateMember);
		ensure!(members.len() >= 2, Error::<T>::TooFewMembers);
		for participant in members.iter() {
			ensure!(T::Participants::is_registered(*participant), Error::<T>::UnknownParticipant);
			ensure!(T::Participants::is_active(*participant), Error::<T>::SuspendedParticipant);
		}
		Ok(members)
	}

	/// Takes the next collection id.
	fn next_id() -> Result<CollectionId, Error<T>> {
		let id = NextCollectionId::<T>::get();
		NextCollectionId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Ok(id)
	}

	/// Stores a new collection and lists it under each member.
	fn insert(id: CollectionId, record: CollectionOf<T>) {
		for participant in record.members.iter() {
			CollectionsOf::<T>::insert(participant, id, ());
		}
		CollectionRecords::<T>::insert(id, record);
	}

	/// Removes a collection and its index entries; releases its deposit, which it returns.
	/// The release is best effort: nothing held elsewhere can keep a collection alive.
	fn remove(
		id: CollectionId,
		record: &CollectionOf<T>,
	) -> Result<Option<DepositOf<T>>, Error<T>> {
		for participant in record.members.iter() {
			CollectionsOf::<T>::remove(participant, id);
		}
		CollectionRecords::<T>::remove(id);
		let Some(deposit) = &record.deposit else { return Ok(None) };
		Self::pay_back(HoldReason::CollectionDeposit, deposit, record.creator).map(Some)
	}

	/// Releases a deposit held for `reason` to the organisation `org` at its admin account
	/// of record now (THREATS rule 1), not to the key that paid it: a rotated-out or leaked
	/// admin key, or a retired device key, gets nothing back. Without an organisation (or
	/// one no longer registered) it goes back to the paying account. Returns where it went.
	/// Best effort: a smaller hold than recorded pays what is held.
	pub(crate) fn pay_back(
		reason: HoldReason,
		deposit: &DepositOf<T>,
		org: Option<ParticipantId>,
	) -> Result<DepositOf<T>, Error<T>> {
		match org.and_then(T::Participants::admin_account) {
			Some(payee) if payee != deposit.account => {
				T::Currency::transfer_on_hold(
					&reason.into(),
					&deposit.account,
					&payee,
					deposit.amount,
					Precision::BestEffort,
					Restriction::Free,
					Fortitude::Polite,
				)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
				Ok(Deposit { account: payee, amount: deposit.amount })
			},
			_ => {
				T::Currency::release(
					&reason.into(),
					&deposit.account,
					deposit.amount,
					Precision::BestEffort,
				)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
				Ok(deposit.clone())
			},
		}
	}
}
