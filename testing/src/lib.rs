//! What the mock runtimes of amchain's pallet tests share.
//!
//! Pallets that build on pallet-certifications and pallet-parts (cores, warranties, the
//! chain extension) test against the real ones. [`trust_and_parts!`] writes their
//! configuration (and that of frame-system, timestamp and balances) once, with small
//! bounds that tests can reach, and the helpers every such mock needs;
//! [`cores!`] and [`warranties!`] add pallet-cores and pallet-warranties. It expands in the mock's own module, so the
//! paths it names (`frame_system`, `pallet_balances`, `pallet_certifications`,
//! `pallet_parts`, and the runtime's `System`, `Timestamp`, `Certifications`,
//! `RuntimeHoldReason`, `RuntimeOrigin`) are the mock crate's (dev-)dependencies and
//! the runtime its `construct_runtime!` declared.

#![no_std]

/// Configures frame-system (with balances' account data), timestamp, balances,
/// pallet-certifications and pallet-parts for the mock runtime `$runtime` (accounts are
/// `u64`, root is the admin origin), with `$on_service` told of service records; and
/// defines `REGISTRAR` (the registrar a mock's genesis appoints), `genesis(accounts,
/// funds)` (the mock's externalities at block 1), `doc(n)` (a hash standing for a
/// document), `register(admin, roles)` (registers an organisation, returns its id),
/// `make_part(maker, part_type)` (registers a part, returns its id) and `run_to(n)`
/// (advances the block number and the time). The mock's
/// `construct_runtime!` names `System`, `Balances` and `Certifications` (the only
/// pallets with genesis configuration).
#[macro_export]
macro_rules! trust_and_parts {
	($runtime:ident, on_service: $on_service:ty) => {
		mod neighbour_configs {
			use super::*;
			use frame_support::derive_impl;

			#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
			impl frame_system::Config for $runtime {
				type Block = frame_system::mocking::MockBlock<$runtime>;
				type AccountData = pallet_balances::AccountData<u64>;
			}

			#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
			impl pallet_balances::Config for $runtime {
				type AccountStore = System;
				type RuntimeHoldReason = RuntimeHoldReason;
			}

			impl pallet_timestamp::Config for $runtime {
				type Moment = u64;
				type OnTimestampSet = ();
				type MinimumPeriod = frame_support::traits::ConstU64<1>;
				type WeightInfo = ();
			}

			impl pallet_certifications::Config for $runtime {
				type AdminOrigin = frame_system::EnsureRoot<u64>;
				type MaxRegistrars = frame_support::traits::ConstU32<3>;
				type MaxDevicesPerParticipant = frame_support::traits::ConstU32<2>;
				type MaxCertificationsPerHolder = frame_support::traits::ConstU32<4>;
				type MaxNameLen = frame_support::traits::ConstU32<16>;
				type MaxCodeLen = frame_support::traits::ConstU32<16>;
				type MaxUriLen = frame_support::traits::ConstU32<32>;
				type MaxScopeLen = frame_support::traits::ConstU32<16>;
				type WeightInfo = ();
			}

			impl pallet_parts::Config for $runtime {
				type Participants = Certifications;
				type Certifications = Certifications;
				type Production = Certifications;
				type AdminOrigin = frame_system::EnsureRoot<u64>;
				type UnixTime = Timestamp;
				type MaxCodeLen = frame_support::traits::ConstU32<16>;
				type MaxUriLen = frame_support::traits::ConstU32<32>;
				type MaxSerialLen = frame_support::traits::ConstU32<8>;
				type MaxRequiredStandards = frame_support::traits::ConstU32<2>;
				type MaxChildren = frame_support::traits::ConstU32<2>;
				type MaxAssemblyDepth = frame_support::traits::ConstU32<3>;
				type ChallengeLifetime = frame_support::traits::ConstU64<5>;
				type MaxScansPerBlock = frame_support::traits::ConstU32<2>;
				type OnService = $on_service;
				type WeightInfo = ();
				#[cfg(feature = "runtime-benchmarks")]
				type BenchmarkHelper = Certifications;
			}
		}

		/// The registrar appointed at genesis.
		pub const REGISTRAR: u64 = 1;

		/// A hash standing for some document.
		pub fn doc(n: u8) -> sp_core::H256 {
			sp_core::H256::repeat_byte(n)
		}

		/// Registers an organisation administered by `admin` with `roles`; returns its id.
		pub fn register(
			admin: u64,
			roles: &[amchain_primitives::participants::Role],
		) -> amchain_primitives::participants::ParticipantId {
			let id = pallet_certifications::NextParticipantId::<$runtime>::get();
			Certifications::register_participant(
				RuntimeOrigin::signed(REGISTRAR),
				admin,
				b"org".to_vec(),
				doc(0),
				amchain_primitives::participants::Roles::of(roles),
			)
			.expect("participant registers");
			id
		}

		/// `maker`'s organisation registers a part of `part_type` (its id as serial, no
		/// certification cited, no tag); returns its id. The organisation owns and holds it.
		pub fn make_part(
			maker: u64,
			part_type: amchain_primitives::parts::PartTypeId,
		) -> amchain_primitives::parts::PartId {
			let id = pallet_parts::NextPartId::<$runtime>::get();
			Parts::register_part(
				RuntimeOrigin::signed(maker),
				part_type,
				id.to_le_bytes().to_vec(),
				None,
				None,
				None,
			)
			.expect("part registers");
			id
		}

		/// Externalities at block 1 of a chain whose genesis funds each of `accounts` with
		/// `funds` and appoints `REGISTRAR`.
		pub fn genesis(accounts: &[u64], funds: u64) -> sp_io::TestExternalities {
			use sp_runtime::BuildStorage;
			let storage = RuntimeGenesisConfig {
				system: Default::default(),
				balances: pallet_balances::GenesisConfig {
					balances: accounts.iter().map(|a| (*a, funds)).collect(),
					..Default::default()
				},
				certifications: pallet_certifications::GenesisConfig {
					registrars: vec![REGISTRAR],
					..Default::default()
				},
				..Default::default()
			}
			.build_storage()
			.expect("genesis builds");
			let mut ext = sp_io::TestExternalities::new(storage);
			ext.execute_with(|| run_to(1));
			ext
		}

		/// Advances to block `n`, setting the time as a chain would (6 s blocks).
		pub fn run_to(n: u64) {
			while System::block_number() < n {
				let next = System::block_number() + 1;
				System::set_block_number(next);
				pallet_timestamp::Now::<$runtime>::put(next * 6_000);
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
				type Lifecycle = Parts;
				type Lives = Cores;
				type Currency = Balances;
				type RuntimeHoldReason = RuntimeHoldReason;
				type MaxCovered = frame_support::traits::ConstU32<2>;
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

/// The mock runtime `$runtime` of a part's whole life: frame-system, timestamp,
/// balances and the real certifications, parts, cores and warranties pallets, configured
/// by [`trust_and_parts!`] (service records reach warranties), [`cores!`] and
/// [`warranties!`]. For the pallets that build on all of them (warranties, the chain
/// extension).
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

		$crate::trust_and_parts!($runtime, on_service: Warranties);
		$crate::cores!($runtime);
		$crate::warranties!($runtime);
	};
}
