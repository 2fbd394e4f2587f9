//! How other pallets see this one.

use amchain_primitives::cores::LifeInspector;

use crate::*;

impl<T: Config> LifeInspector for Pallet<T> {
	fn started_by(part: PartId, life: u32) -> Option<(ParticipantId, Outcome)> {
		let ended = life.checked_sub(1)?;
		Outcomes::<T>::get(part, ended)
			.filter(|o| o.outcome.starts_new_life())
			.map(|o| (o.by, o.outcome))
	}
}

/// A listed core's assembly is locked: the seller cannot strip (or add to) what bidders
/// bid on. Cancelling the listing (which releases every bid) unlocks it. A part awaiting
/// delivery under a core deposit is locked too: it goes to the buyer as itself, so its
/// receipt is written in its own history (a part delivered inside an assembly would leave
/// no receipt of its own, and the buyer could claim it never came).
impl<T: Config> amchain_primitives::parts::AssemblyLock for Pallet<T> {
	fn is_locked(top: PartId) -> bool {
		Listings::<T>::contains_key(top)
			|| AwaitingDelivery::<T>::contains_key(top)
			|| ProposedOutcomes::<T>::contains_key(top)
	}
}
