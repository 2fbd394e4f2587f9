//! A part's next life for other pallets' benchmarks (warranties).

use amchain_primitives::cores::LivesBenchmarkHelper;
use sp_core::H256;

use crate::*;

impl<T: Config> LivesBenchmarkHelper<T::AccountId> for Pallet<T> {
	fn next_life(admin: &T::AccountId, by: ParticipantId, part: PartId, outcome: Outcome) {
		let life = T::Parts::summary(part).expect("benchmark part exists").life;
		T::Lifecycle::set_status(part, PartStatus::ReturnedAsCore, admin, by, H256::zero())
			.expect("benchmark part is returned");
		T::Lifecycle::set_status(part, PartStatus::Active, admin, by, H256::zero())
			.expect("benchmark part starts its next life");
		let at = frame_system::Pallet::<T>::block_number();
		let (process, test_report) = (H256::zero(), H256::zero());
		Outcomes::<T>::insert(
			part,
			life,
			OutcomeRecord { outcome, by, process, test_report, tester: by, at },
		);
	}
}
