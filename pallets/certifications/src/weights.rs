//! Weights for pallet-certifications.
//!
//! Placeholder until `scripts/bench.sh` generates this file from the benchmarks.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight functions needed for pallet-certifications.
pub trait WeightInfo {
	fn add_registrar() -> Weight;
	fn remove_registrar() -> Weight;
	fn register_participant() -> Weight;
	fn update_participant() -> Weight;
	fn suspend_participant() -> Weight;
	fn reinstate_participant() -> Weight;
	fn add_device() -> Weight;
	fn remove_device() -> Weight;
	fn define_standard() -> Weight;
	fn accredit_auditor() -> Weight;
	fn withdraw_accreditation() -> Weight;
	fn issue_certification() -> Weight;
	fn record_surveillance() -> Weight;
	fn suspend_certification() -> Weight;
	fn reinstate_certification() -> Weight;
	fn revoke_certification() -> Weight;
	fn register_production() -> Weight;
}

/// Placeholder until generated.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn add_registrar() -> Weight {
		Weight::zero()
	}
	fn remove_registrar() -> Weight {
		Weight::zero()
	}
	fn register_participant() -> Weight {
		Weight::zero()
	}
	fn update_participant() -> Weight {
		Weight::zero()
	}
	fn suspend_participant() -> Weight {
		Weight::zero()
	}
	fn reinstate_participant() -> Weight {
		Weight::zero()
	}
	fn add_device() -> Weight {
		Weight::zero()
	}
	fn remove_device() -> Weight {
		Weight::zero()
	}
	fn define_standard() -> Weight {
		Weight::zero()
	}
	fn accredit_auditor() -> Weight {
		Weight::zero()
	}
	fn withdraw_accreditation() -> Weight {
		Weight::zero()
	}
	fn issue_certification() -> Weight {
		Weight::zero()
	}
	fn record_surveillance() -> Weight {
		Weight::zero()
	}
	fn suspend_certification() -> Weight {
		Weight::zero()
	}
	fn reinstate_certification() -> Weight {
		Weight::zero()
	}
	fn revoke_certification() -> Weight {
		Weight::zero()
	}
	fn register_production() -> Weight {
		Weight::zero()
	}
}

impl WeightInfo for () {
	fn add_registrar() -> Weight {
		Weight::zero()
	}
	fn remove_registrar() -> Weight {
		Weight::zero()
	}
	fn register_participant() -> Weight {
		Weight::zero()
	}
	fn update_participant() -> Weight {
		Weight::zero()
	}
	fn suspend_participant() -> Weight {
		Weight::zero()
	}
	fn reinstate_participant() -> Weight {
		Weight::zero()
	}
	fn add_device() -> Weight {
		Weight::zero()
	}
	fn remove_device() -> Weight {
		Weight::zero()
	}
	fn define_standard() -> Weight {
		Weight::zero()
	}
	fn accredit_auditor() -> Weight {
		Weight::zero()
	}
	fn withdraw_accreditation() -> Weight {
		Weight::zero()
	}
	fn issue_certification() -> Weight {
		Weight::zero()
	}
	fn record_surveillance() -> Weight {
		Weight::zero()
	}
	fn suspend_certification() -> Weight {
		Weight::zero()
	}
	fn reinstate_certification() -> Weight {
		Weight::zero()
	}
	fn revoke_certification() -> Weight {
		Weight::zero()
	}
	fn register_production() -> Weight {
		Weight::zero()
	}
}
