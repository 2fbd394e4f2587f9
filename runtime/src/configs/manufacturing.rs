//! amchain's own pallets: the consortium's shared manufacturing records.

use frame_support::traits::ConstU32;
use frame_system::EnsureRoot;

use crate::{AccountId, Runtime};

impl pallet_certifications::Config for Runtime {
	/// Appoints registrars: root (sudo) until the consortium council takes over.
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxRegistrars = ConstU32<16>;
	/// Devices are counted, not stored in a list: a factory's machines fit.
	type MaxDevicesPerParticipant = ConstU32<10_000>;
	type MaxCertificationsPerHolder = ConstU32<64>;
	type MaxNameLen = ConstU32<128>;
	type MaxCodeLen = ConstU32<32>;
	type MaxUriLen = ConstU32<256>;
	type MaxScopeLen = ConstU32<128>;
	type WeightInfo = pallet_certifications::weights::SubstrateWeight<Runtime>;
}
