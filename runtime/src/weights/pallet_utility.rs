//! Weights for the upstream pallet `pallet_utility` as amchain's runtime uses it, measured on
//! amchain's runtime by `scripts/bench.sh upstream`. Do not edit: run the benchmarks again.
//!
//! Benchmark CLI 64.0.0, 2026-11-30; steps 50, repeat 20;
//! machine `vm` (AMD EPYC); wasm execution Compiled.
//!
//! Command (as scripts/bench.sh runs it):
//!   amchain-node benchmark pallet --chain dev --pallet pallet_utility --extrinsic * --steps 50 --repeat 20 --wasm-execution compiled --heap-pages 4096 --template .maintain/runtime-weight-template.hbs --output runtime/src/weights/pallet_utility.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// Weight functions for `pallet_utility`.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_utility::WeightInfo for WeightInfo<T> {
	/// The range of component `c` is `[0, 1000]`.
	fn batch(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 5_388_000 picoseconds.
		Weight::from_parts(5_769_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			// Standard Error: 24_747
			.saturating_add(Weight::from_parts(3_627_792, 0).saturating_mul(c.into()))
	}
	fn as_derivative() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 5_308_000 picoseconds.
		Weight::from_parts(6_179_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
	/// The range of component `c` is `[0, 1000]`.
	fn batch_all(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 5_308_000 picoseconds.
		Weight::from_parts(3_204_285, 0)
			.saturating_add(Weight::from_parts(0, 0))
			// Standard Error: 1_349
			.saturating_add(Weight::from_parts(3_666_267, 0).saturating_mul(c.into()))
	}
	fn dispatch_as() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 7_421_000 picoseconds.
		Weight::from_parts(8_382_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
	/// The range of component `c` is `[0, 1000]`.
	fn force_batch(c: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 5_378_000 picoseconds.
		Weight::from_parts(7_841_339, 0)
			.saturating_add(Weight::from_parts(0, 0))
			// Standard Error: 1_430
			.saturating_add(Weight::from_parts(3_337_802, 0).saturating_mul(c.into()))
	}
	fn dispatch_as_fallible() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 7_461_000 picoseconds.
		Weight::from_parts(8_432_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
	fn if_else() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 9_584_000 picoseconds.
		Weight::from_parts(10_516_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
}
