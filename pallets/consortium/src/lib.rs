//! # pallet-consortium
//!
//! What a consortium decides together about its chain (white paper 3 "Validators", 7.2):
//!
//! - **Validators.** The council keeps the validator set:
//!   [`add_validator`](Pallet::add_validator) and
//!   [`remove_validator`](Pallet::remove_validator). The pallet is pallet-session's
//!   `SessionManager`: a change is handed to pallet-session at the next session
//!   rotation and becomes the Aura and GRANDPA authority set one session later, with no
//!   restart of any node. A validator must have registered its session keys
//!   (`Session::set_keys`, signed by the validator's account with the keys' ownership
//!   proof) before the council adds it, and the set never falls below `MinValidators`.
//! - **Runtime upgrades.** [`authorize_upgrade`](Pallet::authorize_upgrade) lets a
//!   super-majority of the council (`EmergencyOrigin`: a new runtime can do anything root
//!   can, so it takes at least what root takes) authorise the hash of a new runtime; anyone may then submit the code with
//!   `System::apply_authorized_upgrade`, which checks the hash, the spec name and that the
//!   spec version grows. A consortium chain has no sudo key: this is how it upgrades.
//!
//! - **Who may transact.** On a members-only chain ([`MembersOnly`], set in the chain spec
//!   and by [`set_members_only`](Pallet::set_members_only)) the [`CheckMember`]
//!   transaction extension refuses at the pool every signed transaction whose signer is
//!   not one of `Members`: accounts of registered participants and their devices,
//!   registrars, council members, validators.
//!
//! - **Emergency powers.** A consortium chain has no sudo key, yet some repairs need root
//!   (`Council.set_members`, `Balances.force_*`, `System.set_storage`, a lock no pallet has
//!   a call for). [`schedule_emergency`](Pallet::schedule_emergency) lets a super-majority
//!   of the council (`EmergencyOrigin`: three quarters in amchain) name a call; after
//!   `EmergencyDelay` blocks anyone may [`enact_emergency`](Pallet::enact_emergency) it,
//!   and it is dispatched as root; a call that fails is kept (nothing it did stays) and
//!   may be enacted again until it expires, `EmergencyLifetime` blocks after it became
//!   due. During the delay the council's ordinary majority may
//!   [`cancel_emergency`](Pallet::cancel_emergency) it. Everyone sees the call (it is in the
//!   motion) and its hash (in the events) for the whole delay.
//!
//! - **The contracts' governor.** amchain's contracts let one account schedule a
//!   replacement of their code (white paper 7.1, "withdraw and replace smart contracts";
//!   docs/contracts.md, "Replacing a contract"): the *governor*, `Governor`, which they
//!   learn from the chain extension. In amchain it is a keyless account (derived from a
//!   `PalletId`): nobody holds its key, and the only way to act as it is
//!   [`as_governor`](Pallet::as_governor), which dispatches a call with the governor as
//!   its signed origin for `EmergencyOrigin` (three quarters of the council in amchain,
//!   as for a runtime upgrade: a replacement code can do with what a contract holds
//!   whatever the contract can), and only a call `GovernorCalls` allows (in amchain: a
//!   contract call that sends no value and caps the storage deposit it may take from
//!   the governor). So the governor can call contracts' governed messages and nothing
//!   else: it sends no value, uploads or instantiates nothing, and no lone council member
//!   or simple majority can act as it.
//!
//! Every other call's origin (but `authorize_upgrade`, `schedule_emergency` and
//! `as_governor`) is `AdminOrigin`: in amchain's runtime, root or a council
//! motion passed by the consortium's majority.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use check_member::CheckMember;
pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod check_member;
mod invariants;
mod session;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// Sets up what the benchmarks need from outside the pallet.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, RuntimeCall> {
	/// A call `GovernorCalls` allows, for the `as_governor` benchmark, and what it
	/// answers when the governor makes it. Its own cost is measured with the pallet's (the
	/// weight charged adds the call's own weight again, an over-estimate), so the cheapest
	/// there is (in amchain: a contract call to an account that holds no contract, which
	/// fails at once).
	fn governor_call() -> (RuntimeCall, sp_runtime::DispatchResult);

	/// Registers session keys for `who` (funding it if needed), so that it may be added
	/// as a validator.
	fn register_keys(who: &AccountId);

	/// An account for which `Members` makes every lookup it can before answering no: in
	/// amchain, the admin of a suspended organisation (its membership and its
	/// organisation's status are read, then every other ground). The default, an
	/// unknown account, suits a `Members` without such a case.
	fn worst_case_signer() -> AccountId
	where
		AccountId: codec::Decode,
	{
		frame_benchmarking::account("stranger", 0, 0)
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::{
		dispatch::{DispatchErrorWithPostInfo, GetDispatchInfo, PostDispatchInfo},
		pallet_prelude::*,
		traits::{Contains, ValidatorRegistration},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{Dispatchable, Hash, Saturating};

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Changes validators and authorises runtime upgrades: the council (or root).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Who may sign transactions on a members-only chain.
		type Members: Contains<Self::AccountId>;

		/// The calls anyone may sign on a members-only chain.
		type OpenCalls: Contains<<Self as frame_system::Config>::RuntimeCall>;

		/// Whether an account has registered session keys (pallet-session).
		type ValidatorRegistration: ValidatorRegistration<Self::AccountId>;

		/// The most validators at once.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The fewest validators the council may leave: below it a fault would stop the
		/// chain.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// The calls an emergency may dispatch as root: the runtime's.
		type RuntimeCall: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin, PostInfo = PostDispatchInfo>
			+ GetDispatchInfo
			+ From<frame_system::Call<Self>>
			+ IsType<<Self as frame_system::Config>::RuntimeCall>;

		/// Who may schedule a call to be dispatched as root: a super-majority of the
		/// council (three quarters in amchain).
		type EmergencyOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Blocks between scheduling an emergency call and the first block it may be
		/// enacted: the time the consortium has to see it and cancel it.
		#[pallet::constant]
		type EmergencyDelay: Get<BlockNumberFor<Self>>;

		/// Blocks an emergency call stays enactable once due; after that it is refused and
		/// removed (a root call nobody enacted must not wait for a convenient moment).
		#[pallet::constant]
		type EmergencyLifetime: Get<BlockNumberFor<Self>>;

		/// The most emergency calls waiting at once.
		#[pallet::constant]
		type MaxEmergencies: Get<u32>;

		/// Weights of this pallet's calls, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// The account governance acts as towards contracts, which contracts read from the
		/// chain extension: a keyless account nobody holds the key of (amchain derives it
		/// from a `PalletId`), so [`as_governor`](Pallet::as_governor) is the only way to act
		/// as it.
		type Governor: Get<Self::AccountId>;

		/// The calls [`as_governor`](Pallet::as_governor) may dispatch as the governor: in
		/// amchain, `Contracts.call` sending no value (nothing that moves the governor's
		/// funds, uploads or instantiates code, or reaches beyond contracts).
		type GovernorCalls: Contains<<Self as Config>::RuntimeCall>;

		/// Registers session keys, and names a call the governor may make, for the
		/// benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId, <Self as Config>::RuntimeCall>;
	}

	/// The validators, sorted: the set pallet-session is given at the next rotation.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether `Validators` changed since pallet-session last took them.
	#[pallet::storage]
	pub type ValidatorsChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Whether only `Members` may sign transactions (a consortium chain) or anyone may
	/// (dev and test chains).
	#[pallet::storage]
	pub type MembersOnly<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Emergency calls waiting to be enacted, by the hash of their encoding: the first
	/// block each may be enacted.
	#[pallet::storage]
	pub type Emergencies<T: Config> =
		CountedStorageMap<_, Identity, T::Hash, BlockNumberFor<T>, OptionQuery>;

	/// The fewest validators the council may leave, set at genesis: at least
	/// `T::MinValidators` (a consortium chain sets four, so GRANDPA survives one fault).
	#[pallet::storage]
	pub type MinimumValidators<T: Config> = StorageValue<_, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Whether the chain is members-only from its first block.
		pub members_only: bool,
		/// The first validators, at least the minimum (their session keys go in
		/// pallet-session's genesis).
		pub validators: Vec<T::AccountId>,
		/// The fewest validators the council may leave (raised to `T::MinValidators` if
		/// lower; 0 means `T::MinValidators`).
		pub min_validators: u32,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let mut validators = self.validators.clone();
			validators.sort();
			validators.dedup();
			assert_eq!(
				validators.len(),
				self.validators.len(),
				"a genesis validator is listed twice"
			);
			// An empty list is the default configuration only (a chain spec always names
			// its validators): nothing to check, pallet-session's genesis keys decide.
			let minimum = self.min_validators.max(T::MinValidators::get());
			assert!(
				validators.is_empty() || validators.len() >= minimum as usize,
				"fewer genesis validators than the minimum"
			);
			MinimumValidators::<T>::put(minimum);
			let validators: BoundedVec<_, T::MaxValidators> =
				validators.try_into().expect("more genesis validators than MaxValidators");
			Validators::<T>::put(validators);
			MembersOnly::<T>::put(self.members_only);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator was added; it validates from the session after next.
		ValidatorAdded { validator: T::AccountId },
		/// A validator was removed; it stops validating from the session after next.
		ValidatorRemoved { validator: T::AccountId },
		/// pallet-session took the changed validator set at a rotation: it becomes the
		/// authority set at the start of session `session`.
		ValidatorsQueued { session: u32, validators: u32 },
		/// The chain became members-only (`true`) or open to any signer (`false`).
		MembersOnlySet { members_only: bool },
		/// A super-majority of the council scheduled `call_hash` to be dispatched as root
		/// from block `enact_at`.
		EmergencyScheduled { call_hash: T::Hash, enact_at: BlockNumberFor<T> },
		/// The scheduled call was dispatched as root and succeeded; it is done.
		EmergencyEnacted { call_hash: T::Hash },
		/// The scheduled call was dispatched as root and failed: nothing it did stays, and
		/// it may be enacted again until it expires.
		EmergencyFailed { call_hash: T::Hash, error: DispatchError },
		/// The scheduled call was not enacted before it expired, and is removed.
		EmergencyExpired { call_hash: T::Hash },
		/// The council cancelled the scheduled call.
		EmergencyCancelled { call_hash: T::Hash },
		/// `call_hash` was dispatched as the governor (`as_governor`) and succeeded (a call
		/// that fails makes `as_governor` fail with its error: nothing stays, and the
		/// council's motion shows the error).
		GovernorActed { call_hash: T::Hash },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already is a validator.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The account has not registered session keys (`Session::set_keys`).
		NoSessionKeys,
		/// There are `MaxValidators` validators already.
		TooManyValidators,
		/// Removing it would leave fewer than the minimum of validators.
		TooFewValidators,
		/// This call is already scheduled.
		EmergencyAlreadyScheduled,
		/// `MaxEmergencies` calls are waiting already.
		TooManyEmergencies,
		/// No such call is scheduled (never, already enacted, or cancelled).
		UnknownEmergency,
		/// The call's delay has not passed yet.
		EmergencyNotDue,
		/// The call needs more weight than the caller allowed (`weight_limit`).
		EmergencyWeightLimit,
		/// The call needs more weight than a block's extrinsic may have: it could never be
		/// enacted.
		EmergencyTooHeavy,
		/// The governor may not make this call (`GovernorCalls`): only contract calls that
		/// send no value.
		NotGovernorCall,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "a chain needs a validator");
			assert!(T::MinValidators::get() <= T::MaxValidators::get());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Add a validator. It must have registered its session keys; it joins the Aura
		/// and GRANDPA authority sets at the start of the session after next.
		///
		/// Origin: `AdminOrigin`. Emits `ValidatorAdded`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator())]
		pub fn add_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(T::ValidatorRegistration::is_registered(&validator), Error::<T>::NoSessionKeys);
			Validators::<T>::try_mutate(|validators| {
				let at = validators
					.binary_search(&validator)
					.err()
					.ok_or(Error::<T>::AlreadyValidator)?;
				validators
					.try_insert(at, validator.clone())
					.map_err(|_| Error::<T>::TooManyValidators)?;
				Ok::<_, Error<T>>(())
			})?;
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorAdded { validator });
			Ok(())
		}

		/// Remove a validator; it leaves the authority sets at the start of the session
		/// after next. At least `MinValidators` stay.
		///
		/// Origin: `AdminOrigin`. Emits `ValidatorRemoved`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator())]
		pub fn remove_validator(origin: OriginFor<T>, validator: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|validators| {
				let at =
					validators.binary_search(&validator).map_err(|_| Error::<T>::NotValidator)?;
				ensure!(
					validators.len() > Self::min_validators() as usize,
					Error::<T>::TooFewValidators
				);
				validators.remove(at);
				Ok::<_, Error<T>>(())
			})?;
			ValidatorsChanged::<T>::put(true);
			Self::deposit_event(Event::ValidatorRemoved { validator });
			Ok(())
		}

		/// Authorise a runtime upgrade to the code whose hash is `code_hash`. Anyone may then
		/// submit that code with `System::apply_authorized_upgrade`; it is applied only if
		/// its spec name is the chain's and its spec version is higher.
		///
		/// Origin: `EmergencyOrigin` (a new runtime can do whatever root can: an upgrade
		/// takes the super-majority root takes). `System` emits `UpgradeAuthorized`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::authorize_upgrade())]
		pub fn authorize_upgrade(origin: OriginFor<T>, code_hash: T::Hash) -> DispatchResult {
			T::EmergencyOrigin::ensure_origin(origin)?;
			frame_system::Pallet::<T>::do_authorize_upgrade(code_hash, true);
			Ok(())
		}

		/// Make the chain members-only (only `Members` may sign transactions) or open.
		///
		/// Origin: `AdminOrigin`. Emits `MembersOnlySet`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_members_only())]
		pub fn set_members_only(origin: OriginFor<T>, members_only: bool) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			MembersOnly::<T>::put(members_only);
			Self::deposit_event(Event::MembersOnlySet { members_only });
			Ok(())
		}

		/// Schedule `call` to be dispatched as root once `EmergencyDelay` blocks have
		/// passed. Nothing runs now: anyone enacts it later with `enact_emergency`, and the
		/// council may cancel it meanwhile.
		///
		/// Origin: `EmergencyOrigin`. Emits `EmergencyScheduled`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::schedule_emergency())]
		pub fn schedule_emergency(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResult {
			T::EmergencyOrigin::ensure_origin(origin)?;
			let max_extrinsic = <T as frame_system::Config>::BlockWeights::get()
				.get(frame_support::dispatch::DispatchClass::Normal)
				.max_extrinsic
				.unwrap_or(Weight::MAX);
			ensure!(
				call.get_dispatch_info().call_weight.all_lt(max_extrinsic),
				Error::<T>::EmergencyTooHeavy
			);
			let call_hash = T::Hashing::hash_of(&call);
			ensure!(
				!Emergencies::<T>::contains_key(call_hash),
				Error::<T>::EmergencyAlreadyScheduled
			);
			ensure!(
				Emergencies::<T>::count() < T::MaxEmergencies::get(),
				Error::<T>::TooManyEmergencies
			);
			let enact_at =
				frame_system::Pallet::<T>::block_number().saturating_add(T::EmergencyDelay::get());
			Emergencies::<T>::insert(call_hash, enact_at);
			Self::deposit_event(Event::EmergencyScheduled { call_hash, enact_at });
			Ok(())
		}

		/// Dispatch a scheduled emergency call as root, once its delay has passed. `call`
		/// must be the scheduled call itself (its hash is checked); `weight_limit` is the
		/// most weight the caller pays for it (at least the call's own weight).
		///
		/// Origin: any signed account. Emits `EmergencyEnacted` (the call is done),
		/// `EmergencyFailed` (nothing it did stays; it may be enacted again), or
		/// `EmergencyExpired` (too late: it is removed, nothing is dispatched).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::enact_emergency().saturating_add(*weight_limit))]
		pub fn enact_emergency(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
			weight_limit: Weight,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let call_hash = T::Hashing::hash_of(&call);
			let enact_at = Emergencies::<T>::get(call_hash).ok_or(Error::<T>::UnknownEmergency)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= enact_at, Error::<T>::EmergencyNotDue);
			if now > enact_at.saturating_add(T::EmergencyLifetime::get()) {
				Emergencies::<T>::remove(call_hash);
				Self::deposit_event(Event::EmergencyExpired { call_hash });
				return Ok(Some(T::WeightInfo::enact_emergency()).into());
			}
			let info = call.get_dispatch_info();
			ensure!(info.call_weight.all_lte(weight_limit), Error::<T>::EmergencyWeightLimit);
			// A failed call leaves nothing behind (its own storage layer is rolled back) and
			// stays scheduled: whoever it targets cannot use it up by making it fail once.
			let outcome = frame_support::storage::with_storage_layer(|| {
				call.dispatch(frame_system::RawOrigin::Root.into()).map_err(|e| e.error)
			});
			match outcome {
				Ok(_) => {
					Emergencies::<T>::remove(call_hash);
					Self::deposit_event(Event::EmergencyEnacted { call_hash });
				},
				Err(error) => Self::deposit_event(Event::EmergencyFailed { call_hash, error }),
			}
			Ok(Some(T::WeightInfo::enact_emergency().saturating_add(info.call_weight)).into())
		}

		/// Cancel a scheduled emergency call before it is enacted.
		///
		/// Origin: `AdminOrigin`. Emits `EmergencyCancelled`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::cancel_emergency())]
		pub fn cancel_emergency(origin: OriginFor<T>, call_hash: T::Hash) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Emergencies::<T>::take(call_hash).ok_or(Error::<T>::UnknownEmergency)?;
			Self::deposit_event(Event::EmergencyCancelled { call_hash });
			Ok(())
		}

		/// Dispatch `call` with the governor (`Governor`, the account contracts let schedule
		/// a replacement of their code) as its signed origin. Only calls `GovernorCalls`
		/// allows: in amchain, `Contracts.call` with no value, so acting as the governor
		/// calls a contract's governed message (`schedule_code`, `cancel_code`) and can
		/// neither move the governor's funds nor reach anything but contracts. A call that
		/// fails makes this call fail with its error (nothing it did stays), so the motion
		/// that made it shows the failure.
		///
		/// Origin: `EmergencyOrigin` (three quarters of the council in amchain, as for a
		/// runtime upgrade: a contract's replacement code can do with every member's funds
		/// in it what the contract can; root on a dev chain). Emits `GovernorActed`. Weight: this call's own, plus the dispatched
		/// call's (refunded to what it used).
		#[pallet::call_index(7)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::as_governor().saturating_add(info.call_weight), info.class)
		})]
		pub fn as_governor(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::EmergencyOrigin::ensure_origin(origin)?;
			ensure!(T::GovernorCalls::contains(&call), Error::<T>::NotGovernorCall);
			let call_hash = T::Hashing::hash_of(&call);
			let info = call.get_dispatch_info();
			let origin = frame_system::RawOrigin::Signed(T::Governor::get());
			let outcome =
				frame_support::storage::with_storage_layer(|| call.dispatch(origin.into()));
			let used = frame_support::dispatch::extract_actual_weight(&outcome, &info);
			let weight = Some(T::WeightInfo::as_governor().saturating_add(used)).into();
			match outcome {
				Ok(_) => {
					Self::deposit_event(Event::GovernorActed { call_hash });
					Ok(weight)
				},
				// The dispatched call's own error, so the motion that made it shows it (a
				// reschedule that failed must not read as done).
				Err(e) => Err(DispatchErrorWithPostInfo { post_info: weight, error: e.error }),
			}
		}
	}

	impl<T: Config> Pallet<T> {
		/// The fewest validators the council may leave.
		pub fn min_validators() -> u32 {
			MinimumValidators::<T>::get().max(T::MinValidators::get())
		}
	}
}
