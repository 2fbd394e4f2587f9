//! The pallets `amchain-node benchmark pallet` measures (built with `--features runtime-benchmarks`).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_consortium, Consortium]
	[pallet_contracts, Contracts]
	[pallet_certifications, Certifications]
	[pallet_parts, Parts]
	[pallet_cores, Cores]
	[pallet_warranties, Warranties]
	[pallet_collections, Collections]
	[amchain_chain_extension_runtime, ChainExtensionBench::<Runtime>]
);
