//! Weights for `pallet_cores`: placeholder until `scripts/bench.sh pallet_cores` generates them.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_cores`.
pub trait WeightInfo {
	fn set_policy() -> Weight;
	fn return_core() -> Weight;
	fn grade() -> Weight;
	fn list() -> Weight;
	fn bid() -> Weight;
	fn withdraw_bid() -> Weight;
	fn accept_bid(b: u32, ) -> Weight;
	fn cancel_listing(b: u32, ) -> Weight;
	fn grant_licence() -> Weight;
	fn revoke_licence() -> Weight;
	fn record_outcome() -> Weight;
	fn offer_charge() -> Weight;
	fn pay_charge() -> Weight;
	fn cancel_charge() -> Weight;
	fn forfeit_charge() -> Weight;
}

impl WeightInfo for () {
	fn set_policy() -> Weight { Weight::zero() }
	fn return_core() -> Weight { Weight::zero() }
	fn grade() -> Weight { Weight::zero() }
	fn list() -> Weight { Weight::zero() }
	fn bid() -> Weight { Weight::zero() }
	fn withdraw_bid() -> Weight { Weight::zero() }
	fn accept_bid(_b: u32, ) -> Weight { Weight::zero() }
	fn cancel_listing(_b: u32, ) -> Weight { Weight::zero() }
	fn grant_licence() -> Weight { Weight::zero() }
	fn revoke_licence() -> Weight { Weight::zero() }
	fn record_outcome() -> Weight { Weight::zero() }
	fn offer_charge() -> Weight { Weight::zero() }
	fn pay_charge() -> Weight { Weight::zero() }
	fn cancel_charge() -> Weight { Weight::zero() }
	fn forfeit_charge() -> Weight { Weight::zero() }
}
