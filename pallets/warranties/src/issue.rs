//! New-warranty terms, issuing under the kinds' rules, authorised providers, and voiding
//! on unauthorised service.

use alloc::vec::Vec;
use amchain_primitives::{parts::OnService, warranties::VoidedWarranties};
use frame_support::{ensure, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	DispatchResult,
};

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_new_warranty_term(
		who: &T::AccountId,
		part_type: PartTypeId,
		term: BlockNumberFor<T>,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let manufacturer =
			T::Parts::type_manufacturer(part_type).ok_or(Error::<T>::UnknownPartType)?;
		ensure!(manufacturer == member.participant, Error::<T>::NotTypeManufacturer);
		ensure!(!term.is_zero(), Error::<T>::InvalidTerm);
		// The parts made from now on get the new term; those made before keep theirs.
		let from = T::Parts::next_part_id();
		let mut history = TermHistory::<T>::get(part_type).unwrap_or_default();
		match history.last_mut() {
			Some(last) if last.0 == from => last.1 = term,
			_ => history.try_push((from, term)).map_err(|_| Error::<T>::TooManyTermChanges)?,
		}
		TermHistory::<T>::insert(part_type, history);
		NewWarrantyTerms::<T>::insert(part_type, term);
		Self::deposit_event(Event::NewWarrantyTermSet { part_type, term });
		Ok(())
	}

	pub(crate) fn do_issue(
		who: &T::AccountId,
		part: PartId,
		kind: WarrantyKind,
		coverage: H256,
		term: BlockNumberFor<T>,
		covers: Vec<PartId>,
	) -> DispatchResult {
		let member = Self::member(who)?;
		let issuer = member.participant;
		let summary = T::Parts::summary(part).ok_or(Error::<T>::UnknownPart)?;
		let (part_type, life) = (summary.part_type, summary.life);
		ensure!(
			matches!(summary.status, PartStatus::Active | PartStatus::Installed),
			Error::<T>::PartNotInUse
		);
		let entitled = match kind.outcome() {
			None => life == 1 && summary.maker == issuer,
			Some(outcome) => T::Lives::started_by(part, life) == Some((issuer, outcome)),
		};
		ensure!(entitled, Error::<T>::NotEntitled);
		// The term in force when the part was made (rule 5: facts are latched).
		let yardstick = Self::yardstick_of(part, part_type).ok_or(Error::<T>::NoNewWarrantyTerm)?;
		ensure!(kind.allows(term, yardstick), Error::<T>::TermBreaksRule);
		if kind != WarrantyKind::Repair {
			ensure!(covers.is_empty(), Error::<T>::CoversNotAllowed);
		}
		let covers: CoversOf<T> = covers.try_into().map_err(|_| Error::<T>::TooManyCovered)?;
		for covered in covers.iter() {
			ensure!(
				T::Parts::summary(*covered).and_then(|c| c.parent) == Some(part),
				Error::<T>::NotInstalledIn
			);
		}
		if let Some(latest) = Latest::<T>::get(part, kind).and_then(WarrantyRecords::<T>::get) {
			ensure!(Self::in_force(&latest).is_err(), Error::<T>::WarrantyExists);
		}

		let now = frame_system::Pallet::<T>::block_number();
		let expires_at = now.checked_add(&term).ok_or(Error::<T>::Overflow)?;
		let id = NextWarrantyId::<T>::get();
		NextWarrantyId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		WarrantyRecords::<T>::insert(
			id,
			Warranty {
				part,
				life,
				kind,
				issuer,
				coverage,
				covers,
				issued_at: now,
				expires_at,
				voided: None,
				open_claim: None,
			},
		);
		WarrantiesOf::<T>::insert(part, id, ());
		Latest::<T>::insert(part, kind, id);
		Self::deposit_event(Event::Issued { warranty: id, part, life, kind, issuer, expires_at });
		Ok(())
	}

	pub(crate) fn do_authorise_provider(
		who: &T::AccountId,
		provider: ParticipantId,
	) -> DispatchResult {
		let issuer = Self::member(who)?.participant;
		ensure!(T::Participants::is_active(provider), Error::<T>::UnknownParticipant);
		ensure!(
			!AuthorisedProviders::<T>::contains_key(issuer, provider),
			Error::<T>::AlreadyAuthorised
		);
		AuthorisedProviders::<T>::insert(issuer, provider, ());
		Self::deposit_event(Event::ProviderAuthorised { issuer, provider });
		Ok(())
	}

	pub(crate) fn do_deauthorise_provider(
		who: &T::AccountId,
		provider: ParticipantId,
	) -> DispatchResult {
		let issuer = Self::member(who)?.participant;
		ensure!(
			AuthorisedProviders::<T>::take(issuer, provider).is_some(),
			Error::<T>::UnknownAuthorisation
		);
		Self::deposit_event(Event::ProviderDeauthorised { issuer, provider });
		Ok(())
	}

	/// Voids every warranty in force on `part` whose issuer neither is `provider` nor
	/// authorised it (the service report's hash as the reason), and returns them: the
	/// part's history, which pallet-parts writes, records each.
	pub(crate) fn void_on_service(
		part: PartId,
		provider: ParticipantId,
		report: H256,
	) -> VoidedWarranties {
		let mut voided = VoidedWarranties::new();
		for kind in WarrantyKind::ALL {
			let Some(id) = Latest::<T>::get(part, kind) else { continue };
			let Some(mut warranty) = WarrantyRecords::<T>::get(id) else { continue };
			if Self::in_force(&warranty).is_err()
				|| warranty.issuer == provider
				|| AuthorisedProviders::<T>::contains_key(warranty.issuer, provider)
			{
				continue;
			}
			// One warranty per kind is looked at and `VoidedWarranties` holds one per kind,
			// so the push cannot fail; were it to, the warranty would stay in force rather
			// than be voided without the part's history saying so.
			if voided.try_push(id).is_err() {
				break;
			}
			warranty.voided = Some(report);
			WarrantyRecords::<T>::insert(id, warranty);
			Self::deposit_event(Event::Voided { warranty: id, part, provider });
		}
		voided
	}
}

impl<T: Config> OnService for Pallet<T> {
	fn on_service(part: PartId, provider: ParticipantId, report: H256) -> VoidedWarranties {
		Self::void_on_service(part, provider, report)
	}

	fn weight() -> Weight {
		T::WeightInfo::void_on_service()
	}
}
