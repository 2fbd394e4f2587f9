//! The `impl Config for $runtime` blocks the mocks share. Each macro expands in the
//! mock's own module, so the paths it names (`frame_system`, `pallet_balances`,
//! `pallet_certifications`, `pallet_parts`, …, and the runtime's `System`,
//! `Timestamp`, `Balances`, `Certifications`, `Parts`, `Cores`, `RuntimeHoldReason`) are
//! the mock crate's (dev-)dependencies and the pallets its `construct_runtime!`
//! declared. Accounts are `u64`; root is every admin origin.

/// Configures frame-system (with balances' account data), balances, timestamp,
/// pallet-certifications and pallet-parts for the mock runtime `$runtime`, with
/// `$on_service` told of service records and assemblies locked by `$lock` (none if not
/// given). The mock's `construct_runtime!` names
/// `System`, `Timestamp`, `Balances`, `Certifications` and `Parts`.
#[macro_export]
macro_rules! trust_and_parts {
	($runtime:ident, on_service: $on_service:ty) => {
		$crate::trust_and_parts!($runtime, on_service: $on_service, assembly_lock: ());
	};
	($runtime:ident, on_service: $on_service:ty, assembly_lock: $lock:ty) => {
		mod trust_and_parts_configs {
			use super::*;
			use frame_support::{
				derive_impl,
				traits::{ConstU32, ConstU64},
			};

			#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
			impl frame_system::Config for $runtime {
				type Block = frame_system::mocking::MockBlock<$runtime>;
				type AccountData = pallet_balances::AccountData<u64>;
			}

			#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
			impl pallet_balances::Config for $runtime {
				type AccountStore = System;
				type ExistentialDeposit = $crate::ExistentialDeposit;
				type RuntimeHoldReason = RuntimeHoldReason;
			}

			impl pallet_timestamp::Config for $runtime {
				type Moment = u64;
				type OnTimestampSet = ();
				type MinimumPeriod = ConstU64<1>;
				type WeightInfo = ();
			}

			impl pallet_certifications::Config for $runtime {
				type AdminOrigin = frame_system::EnsureRoot<u64>;
				type MaxRegistrars = ConstU32<3>;
				type MaxDevicesPerParticipant = ConstU32<2>;
				type MaxCertificationsPerHolder = ConstU32<4>;
				type MaxNameLen = ConstU32<16>;
				type MaxCodeLen = ConstU32<16>;
				type MaxUriLen = ConstU32<32>;
				type MaxScopeLen = ConstU32<16>;
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				/// No offer deposits here: the cast has no funds; pallet-certifications'
				/// own tests charge them.
				type OfferDeposit = frame_support::traits::ConstU64<0>;
				type OnAccountRetired = ();
				type WeightInfo = ();
			}

			impl pallet_parts::Config for $runtime {
				type Participants = Certifications;
				type Certifications = Certifications;
				type Production = Certifications;
				type AdminOrigin = frame_system::EnsureRoot<u64>;
				type UnixTime = Timestamp;
				type MaxCodeLen = ConstU32<16>;
				type MaxUriLen = ConstU32<32>;
				type MaxSerialLen = ConstU32<8>;
				type MaxRequiredStandards = ConstU32<2>;
				type MaxChildren = ConstU32<2>;
				type MaxAssemblyDepth = ConstU32<3>;
				type MaxBatchesBelow = ConstU32<2>;
				type ChallengeLifetime = $crate::ChallengeLifetime;
				type MaxScansPerBlock = ConstU32<3>;
				type MaxScansPerParticipant = ConstU32<2>;
				type MaxSplitDepth = ConstU32<2>;
				type TagRequestLifetime = ConstU64<10>;
				type MaxCascadeWeight = $crate::MaxCascadeWeight;
				type OnService = $on_service;
				type AssemblyLock = $lock;
				type WeightInfo = ();
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkHelper = Certifications;
			}
		}
	};
}

/// Configures pallet-cores (at most 3 bids per core) for the mock runtime `$runtime`, on
/// top of [`trust_and_parts!`] (its `Cores` declared in `construct_runtime!`).
#[macro_export]
macro_rules! cores {
	($runtime:ident) => {
		mod cores_config {
			use super::*;

			impl pallet_cores::Config for $runtime {
				type Participants = Certifications;
				type Certifications = Certifications;
				type Parts = Parts;
				type Lifecycle = Parts;
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				type MaxBids = frame_support::traits::ConstU32<3>;
				type ListingTerm = frame_support::traits::ConstU64<1_000>;
				type MaxGradings = frame_support::traits::ConstU32<3>;
				type WeightInfo = ();
				#[cfg(feature = "runtime-benchmarks")]
				type TrustHelper = Certifications;
				#[cfg(feature = "runtime-benchmarks")]
				type PartsHelper = Parts;
			}
		}
	};
}

/// Configures pallet-warranties (repair warranties covering at most 2 installed parts)
/// for the mock runtime `$runtime`, on top of [`trust_and_parts!`] and [`cores!`] (its
/// `Warranties` declared in `construct_runtime!`).
#[macro_export]
macro_rules! warranties {
	($runtime:ident) => {
		mod warranties_config {
			use super::*;

			impl pallet_warranties::Config for $runtime {
				type Participants = Certifications;
				type Parts = Parts;
				type Lives = Cores;
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				type MaxCovered = frame_support::traits::ConstU32<2>;
				type GovernanceOrigin = frame_system::EnsureRoot<u64>;
				type ClaimResponseTime = frame_support::traits::ConstU64<20>;
				type ReserveNotice = frame_support::traits::ConstU64<10>;
				type WeightInfo = ();
				#[cfg(feature = "runtime-benchmarks")]
				type TrustHelper = Certifications;
				#[cfg(feature = "runtime-benchmarks")]
				type PartsHelper = Parts;
				#[cfg(feature = "runtime-benchmarks")]
				type LivesHelper = Cores;
			}
		}
	};
}

/// Declares the mock runtime `$runtime` of a part's whole life: frame-system,
/// timestamp, balances and the real certifications, parts, cores and warranties
/// pallets, configured by [`trust_and_parts!`] (service records reach warranties),
/// [`cores!`] and [`warranties!`]. For the crates that build on all of them
/// (warranties, the chain extension's runtime side).
#[macro_export]
macro_rules! circular_runtime {
	($runtime:ident) => {
		frame_support::construct_runtime!(
			pub enum $runtime {
				System: frame_system,
				Timestamp: pallet_timestamp,
				Balances: pallet_balances,
				Certifications: pallet_certifications,
				Parts: pallet_parts,
				Cores: pallet_cores,
				Warranties: pallet_warranties,
			}
		);

		$crate::trust_and_parts!($runtime, on_service: Warranties, assembly_lock: Cores);
		$crate::cores!($runtime);
		$crate::warranties!($runtime);
	};
}
