//! Answers for wallets and machines (the runtime API `WarrantiesApi`), page by page.

use alloc::vec::Vec;
use amchain_primitives::{
	warranties::{ClaimView, ReserveView, WarrantyView},
	MAX_PAGE,
};
use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;

impl<T: Config> Pallet<T> {
	/// The term a part's warranties are held to: its type's new-warranty term when it was
	/// made (`None`: an unknown part, or a type without a term).
	pub fn yardstick(part: PartId) -> Option<BlockNumberFor<T>> {
		T::Parts::summary(part).and_then(|p| Self::yardstick_of(part, p.part_type))
	}

	/// The term in force for `part_type` when `part` was registered: the last change from
	/// a part at or below it; for a part made before the type had a term, its first term.
	pub(crate) fn yardstick_of(part: PartId, part_type: PartTypeId) -> Option<BlockNumberFor<T>> {
		let Some(history) = TermHistory::<T>::get(part_type) else {
			// A type whose term predates the history (seeded by the v2 migration).
			return NewWarrantyTerms::<T>::get(part_type);
		};
		history
			.iter()
			.rev()
			.find(|(from, _)| *from <= part)
			.or_else(|| history.first())
			.map(|(_, term)| *term)
	}

	pub fn warranty_view(id: WarrantyId) -> Option<WarrantyView<BlockNumberFor<T>>> {
		let w = WarrantyRecords::<T>::get(id)?;
		Some(WarrantyView {
			id,
			part: w.part,
			part_type: T::Parts::summary(w.part)?.part_type,
			life: w.life,
			kind: w.kind,
			issuer: w.issuer,
			coverage: w.coverage,
			covers: w.covers.to_vec(),
			issued_at: w.issued_at,
			expires_at: w.expires_at,
			voided: w.voided,
			active: Self::in_force(&w).is_ok(),
			open_claim: w.open_claim,
		})
	}

	pub fn warranties_of(
		part: PartId,
		after: Option<WarrantyId>,
		limit: u32,
	) -> Vec<WarrantyView<BlockNumberFor<T>>> {
		let ids = match after {
			Some(after) => WarrantiesOf::<T>::iter_key_prefix_from(
				part,
				WarrantiesOf::<T>::hashed_key_for(part, after),
			),
			None => WarrantiesOf::<T>::iter_key_prefix(part),
		};
		ids.take(limit.min(MAX_PAGE) as usize).filter_map(Self::warranty_view).collect()
	}

	pub fn claim_view(
		id: ClaimId,
	) -> Option<ClaimView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let c = Claims::<T>::get(id)?;
		Some(ClaimView {
			id,
			warranty: c.warranty,
			part: WarrantyRecords::<T>::get(c.warranty)?.part,
			claimant: c.claimant,
			account: c.account,
			evidence: c.evidence,
			filed_at: c.filed_at,
			asked: c.asked,
			covered: c.covered,
			respond_by: c.respond_by,
			status: c.status,
		})
	}

	pub fn reserve_view(
		issuer: ParticipantId,
	) -> Option<ReserveView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let r = Reserves::<T>::get(issuer)?;
		Some(ReserveView {
			account: r.account,
			amount: r.amount,
			committed: Committed::<T>::get(issuer),
			withdrawal: Withdrawals::<T>::get(issuer),
		})
	}

	pub fn open_claims(
		issuer: ParticipantId,
		after: Option<ClaimId>,
		limit: u32,
	) -> Vec<ClaimView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let ids = match after {
			Some(after) => OpenClaims::<T>::iter_key_prefix_from(
				issuer,
				OpenClaims::<T>::hashed_key_for(issuer, after),
			),
			None => OpenClaims::<T>::iter_key_prefix(issuer),
		};
		ids.take(limit.min(MAX_PAGE) as usize).filter_map(Self::claim_view).collect()
	}
}
