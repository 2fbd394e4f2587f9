//! The extension as pallet-contracts calls it.

use amchain_chain_extension::{Status, EXTENSION_ID, MAX_INPUT_LEN};
use core::marker::PhantomData;
use pallet_contracts::chain_extension::{ChainExtension, Environment, Ext, InitState, RetVal};
use sp_runtime::DispatchError;

use crate::{Config, Pallet};

/// amchain's chain extension (`pallet_contracts::Config::ChainExtension`).
///
/// 1. An extension id other than [`EXTENSION_ID`] or an unknown function: status
///    [`Status::UnknownFunction`], nothing charged beyond pallet-contracts' own cost
///    of the host call.
/// 2. Otherwise the function's benchmarked weight, at its worst case, is charged first
///    (running out of gas ends the call, as any other host function does); where the
///    cost depends on what was read (`is_certified`), it is adjusted down afterwards.
/// 3. Input longer than any function takes, or not the encoding of its arguments:
///    [`Status::InvalidInput`].
/// 4. An unknown part, participant, standard or account: its status.
/// 5. Success: status 0 and the encoded result in the contract's output buffer.
pub struct AmchainExtension<T>(PhantomData<T>);

impl<T> Default for AmchainExtension<T> {
	fn default() -> Self {
		AmchainExtension(PhantomData)
	}
}

impl<T: Config + pallet_contracts::Config> ChainExtension<T> for AmchainExtension<T> {
	fn call<E: Ext<T = T>>(
		&mut self,
		env: Environment<E, InitState>,
	) -> Result<RetVal, DispatchError> {
		let (extension, function) = (env.ext_id(), env.func_id());
		if extension != EXTENSION_ID || !Pallet::<T>::knows(function) {
			log::debug!(
				target: "runtime::contracts",
				"amchain chain extension: unknown function {function} of extension {extension}",
			);
			return Ok(RetVal::Converging(Status::UnknownFunction as u32));
		}
		let mut env = env.buf_in_buf_out();
		let charged = env.charge_weight(Pallet::<T>::weight(function))?;
		if env.in_len() > MAX_INPUT_LEN {
			return Ok(RetVal::Converging(Status::InvalidInput as u32));
		}
		let input = env.read(MAX_INPUT_LEN)?;
		let answer = Pallet::<T>::call(function, &input);
		if let Some(actual) = Pallet::<T>::actual_weight(function, &input) {
			env.adjust_weight(charged, actual);
		}
		match answer {
			Ok(output) => {
				env.write(&output, false, None)?;
				Ok(RetVal::Converging(Status::Success as u32))
			},
			Err(status) => Ok(RetVal::Converging(status as u32)),
		}
	}
}
