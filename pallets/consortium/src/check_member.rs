//! [`CheckMember`]: the transaction extension that keeps a members-only chain to its
//! members.

use core::marker::PhantomData;

use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{Contains, OriginTrait},
	DefaultNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{DispatchInfoOf, TransactionExtension, ValidateResult},
	transaction_validity::InvalidTransaction,
	Weight,
};

use crate::*;

/// The runtime's call, as `frame_system` knows it.
type SystemCall<T> = <T as frame_system::Config>::RuntimeCall;

/// Refuses, while [`MembersOnly`] is on, every signed transaction whose signer is not one
/// of `T::Members` (in amchain: the admin or a device of an active participant — a
/// suspended organisation's accounts sign nothing —, a registrar, a council member or a
/// validator), unless the call is one of `T::OpenCalls` (in amchain: registering session
/// keys, which are inert until the council makes the account a validator — a new member's
/// validator registers its keys before the motion that admits it —, and accepting an
/// organisation's admin hand-over). The pool rejects such a transaction before
/// it is gossiped or charged: JSON-RPC answers error 1010, "Invalid Transaction: Invalid
/// signing address" ([`InvalidTransaction::BadSigner`]). Unsigned transactions and
/// inherents pass; what they may do is each pallet's own check.
#[derive(Encode, Decode, DecodeWithMemTracking, DefaultNoBound, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckMember<T>(PhantomData<T>);

impl<T> CheckMember<T> {
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T> core::fmt::Debug for CheckMember<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckMember")
	}
}

impl<T: Config + Send + Sync> TransactionExtension<SystemCall<T>> for CheckMember<T> {
	const IDENTIFIER: &'static str = "CheckMember";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, _: &SystemCall<T>) -> Weight {
		T::WeightInfo::check_member()
	}

	fn validate(
		&self,
		origin: T::RuntimeOrigin,
		call: &SystemCall<T>,
		_info: &DispatchInfoOf<SystemCall<T>>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Encode,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, SystemCall<T>> {
		if let Some(who) = origin.as_signer() {
			if !Pallet::<T>::may_transact(who) && !T::OpenCalls::contains(call) {
				return Err(InvalidTransaction::BadSigner.into());
			}
		}
		Ok((Default::default(), (), origin))
	}

	impl_tx_ext_default!(SystemCall<T>; prepare);
}

impl<T: Config> Pallet<T> {
	/// Whether `who` may sign transactions: anyone on an open chain, members on a
	/// members-only one.
	pub fn may_transact(who: &T::AccountId) -> bool {
		!MembersOnly::<T>::get() || T::Members::contains(who)
	}
}
