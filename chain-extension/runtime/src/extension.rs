//! The extension as pallet-contracts calls it.

use amchain_chain_extension::{ExtensionError, Function, EXTENSION_ID, MAX_INPUT_LEN, SUCCESS};
use core::marker::PhantomData;
use pallet_contracts::chain_extension::{ChainExtension, Environment, Ext, InitState, RetVal};
use sp_runtime::DispatchError;

use crate::{Config, Extension};

/// amchain's chain extension (`pallet_contracts::Config::ChainExtension`).
///
/// 1. An extension id other than [`EXTENSION_ID`] or an unknown function:
///    [`ExtensionError::UnknownFunction`], nothing charged beyond pallet-contracts' own
///    cost of the host call.
/// 2. Otherwise the function's benchmarked weight, at its worst case, is charged first
///    (running out of gas ends the call, as any other host function does); where the
///    cost depends on what was read (`is_certified`), it is adjusted down afterwards.
/// 3. Input longer than any function takes, or not the encoding of its arguments:
///    [`ExtensionError::InvalidInput`].
/// 4. An unknown part, participant, standard or account: its error.
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
		let (extension, id) = (env.ext_id(), env.func_id());
		let function = match Function::try_from(id) {
			Ok(function) if extension == EXTENSION_ID => function,
			_ => {
				log::debug!(
					target: "runtime::contracts",
					"amchain chain extension: unknown function {id} of extension {extension}",
				);
				return Ok(RetVal::Converging(ExtensionError::UnknownFunction.code()));
			},
		};
		let mut env = env.buf_in_buf_out();
		let charged = env.charge_weight(Extension::<T>::weight(function))?;
		if env.in_len() > MAX_INPUT_LEN {
			return Ok(RetVal::Converging(ExtensionError::InvalidInput.code()));
		}
		let input = env.read(MAX_INPUT_LEN)?;
		let answer = Extension::<T>::call(function, &input);
		if let Some(actual) = Extension::<T>::actual_weight(function, &input) {
			env.adjust_weight(charged, actual);
		}
		match answer {
			Ok(output) => {
				env.write(&output, false, None)?;
				Ok(RetVal::Converging(SUCCESS))
			},
			Err(error) => Ok(RetVal::Converging(error.code())),
		}
	}
}
