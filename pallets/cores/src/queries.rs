//! Answers for wallets and machines (the runtime API `CoresApi`).

use alloc::vec::Vec;
use amchain_primitives::cores::{
	BidView, ChargeView, CoreView, GradeView, LicenceView, ListingView, OutcomeView,
};
use frame_system::pallet_prelude::BlockNumberFor;

use crate::*;

impl<T: Config> Pallet<T> {
	pub fn core_view(
		part: PartId,
	) -> Option<CoreView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let core = CoreRecords::<T>::get(part)?;
		let listing = Listings::<T>::get(part).map(|l| ListingView {
			seller: l.seller,
			// Whom a sale would pay now: the seller's account of record.
			seller_account: T::Participants::admin_account(l.seller).unwrap_or(l.seller_account),
			reserve: l.reserve,
			listed_at: l.listed_at,
			best: l.best,
			bids: Bids::<T>::iter_prefix(part)
				.map(|(account, b)| BidView { account, participant: b.bidder, amount: b.amount })
				.collect(),
		});
		Some(CoreView {
			part,
			part_type: core.part_type,
			life: core.life,
			returned_by: core.returned_by,
			returned_at: core.returned_at,
			grade: core.grading.map(|g| GradeView {
				grade: g.grade,
				report: g.report,
				inspector: g.inspector,
				at: g.at,
			}),
			listing,
		})
	}

	pub fn licence_view(
		part_type: PartTypeId,
		licensee: ParticipantId,
	) -> Option<LicenceView<BlockNumberFor<T>>> {
		let licence = Licences::<T>::get(part_type, licensee)?;
		let now = frame_system::Pallet::<T>::block_number();
		let current = Self::current_period(licence, now);
		Some(LicenceView {
			part_type,
			licensor: T::Parts::type_manufacturer(part_type)?,
			licensee,
			units: licence.units,
			period: licence.period,
			expires_at: licence.expires_at,
			spec_access: licence.spec_access,
			used: current.used,
			remaining: current.units.saturating_sub(current.used),
		})
	}

	pub fn outcome_views(part: PartId) -> Vec<OutcomeView<BlockNumberFor<T>>> {
		let mut outcomes: Vec<_> = Outcomes::<T>::iter_prefix(part)
			.map(|(life, o)| OutcomeView {
				life,
				outcome: o.outcome,
				by: o.by,
				process: o.process,
				test_report: o.test_report,
				tester: o.tester,
				at: o.at,
			})
			.collect();
		outcomes.sort_by_key(|o| o.life);
		outcomes
	}

	pub fn charge_view(
		id: ChargeId,
	) -> Option<ChargeView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		Charges::<T>::get(id).map(|c| ChargeView {
			id,
			seller: c.seller,
			seller_account: T::Participants::admin_account(c.seller).unwrap_or(c.seller_account),
			buyer: c.buyer,
			part: c.part,
			part_type: c.part_type,
			amount: c.amount,
			paid_by: c.paid_by,
			return_by: c.return_by,
			delivered_at: c.delivered_at,
		})
	}
}
