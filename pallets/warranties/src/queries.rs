//! Answers for wallets and machines (the runtime API `WarrantiesApi`), page by page.

use alloc::vec::Vec;
use amchain_primitives::{
	warranties::{ClaimView, ReserveView, WarrantyView},
	MAX_PAGE,
};
use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;

impl<T: Config> Pallet<T> {
	/// The term a part's warranties are held to: latched at its first warranty, else its
	/// type's new-warranty term (`None`: an unknown part, or a type without a term).
	pub fn yardstick(part: PartId) -> Option<BlockNumberFor<T>> {
		Yardsticks::<T>::get(part).or_else(|| {
			T::Parts::summary(part).and_then(|p| NewWarrantyTerms::<T>::get(p.part_type))
		})
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
