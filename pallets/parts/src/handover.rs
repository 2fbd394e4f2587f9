//! Ownership and custody move by offer and acceptance (white paper 6.4).

use frame_support::ensure;
use sp_core::H256;
use sp_runtime::DispatchResult;

use crate::*;

impl<T: Config> Pallet<T> {
	/// The part at the top of `part`'s assembly (the part itself if it stands alone).
	/// Refuses a change to an assembly whose top `top` is locked (a listed core, or a
	/// part awaiting delivery under a core deposit: `Config::AssemblyLock`).
	pub(crate) fn ensure_unlocked(top: PartId) -> Result<(), Error<T>> {
		use amchain_primitives::parts::AssemblyLock;
		ensure!(!T::AssemblyLock::is_locked(top), Error::<T>::AssemblyLocked);
		Ok(())
	}

	pub(crate) fn top_of(part: PartId, record: PartOf<T>) -> Result<(PartId, PartOf<T>), Error<T>> {
		let (mut id, mut current) = (part, record);
		// An assembly has at most `MaxAssemblyDepth` levels: the walk is bounded.
		for _ in 0..T::MaxAssemblyDepth::get() {
			match current.parent {
				None => return Ok((id, current)),
				Some(parent) => {
					current = PartRecords::<T>::get(parent).ok_or(Error::<T>::UnknownPart)?;
					id = parent;
				},
			}
		}
		match current.parent {
			None => Ok((id, current)),
			Some(_) => Err(Error::<T>::AssemblyTooDeep),
		}
	}

	/// Who owns and holds an item (for an installed part, its assembly's owner and custodian).
	pub(crate) fn holder(item: Item) -> Result<Holder, Error<T>> {
		match item {
			Item::Part(id) => {
				let part = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?;
				let (_, top) = Self::top_of(id, part)?;
				Ok(Holder { owner: top.owner, custodian: top.custodian })
			},
			Item::Lot(id) => {
				let lot = Lots::<T>::get(id).ok_or(Error::<T>::UnknownLot)?;
				Ok(Holder { owner: lot.owner, custodian: lot.custodian })
			},
		}
	}

	/// Whether a recall holds the part: itself, its batch, or the recall of something it
	/// was made from (a cascade).
	pub(crate) fn part_quarantined(id: PartId, part: &PartOf<T>) -> bool {
		part.quarantine.is_some()
			|| Self::cascade_holds(id) > 0
			|| part
				.certification
				.is_some_and(|c| BatchRecalls::<T>::contains_key(part.part_type, c))
	}

	/// Checks that an item may change hands now, and returns its holder.
	pub(crate) fn movable(item: Item) -> Result<Holder, Error<T>> {
		match item {
			Item::Part(id) => {
				let part = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?;
				ensure!(part.parent.is_none(), Error::<T>::PartInstalled);
				ensure!(
					matches!(part.status, PartStatus::Active | PartStatus::ReturnedAsCore),
					Error::<T>::NotActive
				);
				ensure!(!Self::part_quarantined(id, &part), Error::<T>::ItemQuarantined);
				// A recalled part does not leave inside its assembly, at any depth: one read
				// for part recalls, one per batch installed below for batch recalls.
				ensure!(QuarantinedBelow::<T>::get(id) == 0, Error::<T>::AssemblyQuarantined);
				ensure!(!Self::batch_recalled_below(id), Error::<T>::AssemblyQuarantined);
				Ok(Holder { owner: part.owner, custodian: part.custodian })
			},
			Item::Lot(id) => {
				let lot = Lots::<T>::get(id).ok_or(Error::<T>::UnknownLot)?;
				ensure!(!Self::lot_held(id, &lot), Error::<T>::ItemQuarantined);
				ensure!(lot.remaining > 0, Error::<T>::LotExhausted);
				Ok(Holder { owner: lot.owner, custodian: lot.custodian })
			},
		}
	}

	/// Whether the item has an open offer of ownership or custody.
	pub(crate) fn has_open_offer(item: Item) -> bool {
		Offers::<T>::contains_key(item, Handover::Ownership)
			|| Offers::<T>::contains_key(item, Handover::Custody)
	}

	pub(crate) fn do_offer(
		who: &T::AccountId,
		item: Item,
		handover: Handover,
		to: ParticipantId,
	) -> DispatchResult {
		// Custody moves by a dock's scanner; title only by a person (the admin account).
		let member = match handover {
			Handover::Ownership => Self::admin(who)?,
			Handover::Custody => Self::member(who)?,
		};
		let holder = Self::movable(item)?;
		let from = holder.of(handover);
		ensure!(
			from == member.participant,
			match handover {
				Handover::Ownership => Error::<T>::NotOwner,
				Handover::Custody => Error::<T>::NotCustodian,
			}
		);
		ensure!(to != from, Error::<T>::SelfHandover);
		ensure!(T::Participants::is_active(to), Error::<T>::UnknownParticipant);
		ensure!(!Offers::<T>::contains_key(item, handover), Error::<T>::OfferExists);
		let made_at = frame_system::Pallet::<T>::block_number();
		Offers::<T>::insert(item, handover, Offer { from, to, made_at });
		Self::note(item, RecordKind::Offered { handover, to }, who, from)?;
		Self::deposit_event(Event::Offered { item, handover, from, to });
		Ok(())
	}

	pub(crate) fn do_accept_offer(
		who: &T::AccountId,
		item: Item,
		handover: Handover,
		reported_at: Option<u64>,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let offer = Offers::<T>::get(item, handover).ok_or(Error::<T>::NoOffer)?;
		ensure!(offer.to == member.participant, Error::<T>::NotRecipient);
		let holder = Self::movable(item)?;
		// The sender still holds what it offered (an offer is closed whenever it changes).
		ensure!(holder.of(handover) == offer.from, Error::<T>::NotOfferer);
		Offers::<T>::remove(item, handover);
		Self::hand_over(item, handover, offer.from, offer.to)?;
		Self::append(
			item,
			RecordKind::Accepted { handover, from: offer.from },
			who,
			offer.to,
			H256::zero(),
			reported_at,
		)?;
		Self::deposit_event(Event::HandedOver { item, handover, from: offer.from, to: offer.to });
		Ok(())
	}

	/// Moves ownership or custody of a stand-alone item.
	pub(crate) fn hand_over(
		item: Item,
		handover: Handover,
		from: ParticipantId,
		to: ParticipantId,
	) -> Result<(), Error<T>> {
		if handover == Handover::Ownership {
			Self::note_new_owner(item)?;
		}
		match item {
			Item::Part(id) => PartRecords::<T>::try_mutate(id, |part| {
				let part = part.as_mut().ok_or(Error::<T>::UnknownPart)?;
				match handover {
					Handover::Ownership => {
						part.owner = to;
						PartsOf::<T>::remove(from, id);
						PartsOf::<T>::insert(to, id, ());
					},
					Handover::Custody => part.custodian = to,
				}
				Ok(())
			}),
			Item::Lot(id) => Lots::<T>::try_mutate(id, |lot| {
				let lot = lot.as_mut().ok_or(Error::<T>::UnknownLot)?;
				match handover {
					Handover::Ownership => lot.owner = to,
					Handover::Custody => lot.custodian = to,
				}
				Ok(())
			}),
		}
	}

	pub(crate) fn do_reject_offer(
		who: &T::AccountId,
		item: Item,
		handover: Handover,
		reason: H256,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let offer = Offers::<T>::get(item, handover).ok_or(Error::<T>::NoOffer)?;
		ensure!(offer.to == member.participant, Error::<T>::NotRecipient);
		Offers::<T>::remove(item, handover);
		Self::append(
			item,
			RecordKind::Rejected { handover, by: offer.to },
			who,
			offer.to,
			reason,
			None,
		)?;
		Self::deposit_event(Event::OfferRejected {
			item,
			handover,
			from: offer.from,
			to: offer.to,
		});
		Ok(())
	}

	pub(crate) fn do_cancel_offer(
		who: &T::AccountId,
		item: Item,
		handover: Handover,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let offer = Offers::<T>::get(item, handover).ok_or(Error::<T>::NoOffer)?;
		ensure!(offer.from == member.participant, Error::<T>::NotOfferer);
		Offers::<T>::remove(item, handover);
		Self::note(item, RecordKind::OfferCancelled { handover }, who, offer.from)?;
		Self::deposit_event(Event::OfferCancelled {
			item,
			handover,
			from: offer.from,
			to: offer.to,
		});
		Ok(())
	}

	pub(crate) fn do_activate(who: &T::AccountId, part_id: PartId) -> DispatchResult {
		let member = Self::member_with(who, Role::Customer)?;
		let part = PartRecords::<T>::get(part_id).ok_or(Error::<T>::UnknownPart)?;
		ensure!(part.status == PartStatus::Active, Error::<T>::NotActive);
		ensure!(part.parent.is_none(), Error::<T>::PartInstalled);
		ensure!(part.owner == member.participant, Error::<T>::NotOwner);
		ensure!(part.activated_at.is_none(), Error::<T>::AlreadyActivated);
		PartRecords::<T>::mutate(part_id, |p| {
			if let Some(p) = p {
				p.activated_at = Some(frame_system::Pallet::<T>::block_number());
			}
		});
		Self::note(Item::Part(part_id), RecordKind::Activated, who, member.participant)?;
		Self::deposit_event(Event::Activated { part: part_id, owner: member.participant });
		Ok(())
	}

	/// Dates a change of `item`'s owner: the authorisations given on it (or on parts
	/// installed in it) before now stop counting, even if it comes back.
	pub(crate) fn note_new_owner(item: Item) -> Result<(), Error<T>> {
		let change = OwnershipChanges::<T>::get().checked_add(1).ok_or(Error::<T>::Overflow)?;
		OwnershipChanges::<T>::put(change);
		OwnedSince::<T>::insert(item, change);
		Ok(())
	}

	/// The last ownership change that concerned `item`'s current owner's hold on it: the
	/// latest of the item's own and, for an installed part, of every assembly above it
	/// (at most `MaxAssemblyDepth` reads).
	pub(crate) fn owned_since(item: Item) -> Result<u64, Error<T>> {
		let mut since = OwnedSince::<T>::get(item);
		let Item::Part(id) = item else { return Ok(since) };
		let part = PartRecords::<T>::get(id).ok_or(Error::<T>::UnknownPart)?;
		for above in Self::ancestors(&part)? {
			since = since.max(OwnedSince::<T>::get(Item::Part(above)));
		}
		Ok(since)
	}
}
