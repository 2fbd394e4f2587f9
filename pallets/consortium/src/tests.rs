//! Every call's success and failure paths; validator changes followed through
//! pallet-session's rotations.

use frame_support::{
	assert_noop, assert_ok, dispatch::DispatchInfo, pallet_prelude::TransactionSource,
};
use sp_runtime::{
	traits::{TransactionExtension, TxBaseImplication},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	BuildStorage, DispatchError,
};

use frame_support::{dispatch::GetDispatchInfo, weights::Weight};
use sp_runtime::traits::Hash;

use crate::{mock::*, *};

fn validators() -> alloc::vec::Vec<AccountId> {
	Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_validators_are_sorted_and_are_the_first_sessions_set() {
	new_test_ext(|| {
		assert_eq!(validators(), vec![ALICE, BOB, CHARLIE]);
		assert_eq!(Session::validators(), vec![ALICE, BOB, CHARLIE]);
		assert!(!ValidatorsChanged::<Test>::get());
	});
}

#[test]
#[should_panic(expected = "a genesis validator is listed twice")]
fn a_genesis_validator_listed_twice_is_refused() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	GenesisConfig::<Test> {
		validators: vec![ALICE, BOB, ALICE],
		members_only: false,
		min_validators: 0,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
}

#[test]
#[should_panic(expected = "fewer genesis validators than the minimum")]
fn too_few_genesis_validators_are_refused() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	GenesisConfig::<Test> { validators: vec![ALICE], members_only: false, min_validators: 0 }
		.assimilate_storage(&mut storage)
		.unwrap();
}

#[test]
#[should_panic(expected = "fewer genesis validators than the minimum")]
fn genesis_validators_below_the_chains_own_minimum_are_refused() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	GenesisConfig::<Test> {
		validators: vec![ALICE, BOB, CHARLIE],
		members_only: false,
		min_validators: 4,
	}
	.assimilate_storage(&mut storage)
	.unwrap();
}

/// A consortium's genesis sets its own minimum above the runtime's floor: the council
/// cannot go below it.
#[test]
fn the_set_keeps_the_minimum_the_genesis_set() {
	new_test_ext(|| {
		MinimumValidators::<Test>::put(3);
		assert_eq!(Consortium::min_validators(), 3);
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), CHARLIE),
			Error::<Test>::TooFewValidators
		);
		// A lower genesis value never goes below the runtime's floor (`MinValidators`, 2).
		MinimumValidators::<Test>::put(1);
		assert_eq!(Consortium::min_validators(), 2);
	});
}

#[test]
fn an_added_validator_validates_from_the_session_after_next() {
	new_test_ext(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), DAVE));
		assert_eq!(last_event(), Event::ValidatorAdded { validator: DAVE });
		assert_eq!(validators(), vec![ALICE, BOB, CHARLIE, DAVE]);
		assert!(ValidatorsChanged::<Test>::get());

		// The next rotation queues the new set for the session after it...
		run_to_session(1);
		assert_eq!(last_event(), Event::ValidatorsQueued { session: 2, validators: 4 });
		assert!(!ValidatorsChanged::<Test>::get());
		assert_eq!(Session::validators(), vec![ALICE, BOB, CHARLIE]);
		assert_eq!(
			Session::queued_keys().iter().map(|(v, _)| *v).collect::<Vec<_>>(),
			vec![ALICE, BOB, CHARLIE, DAVE]
		);

		// ...which starts with it.
		run_to_session(2);
		assert_eq!(Session::validators(), vec![ALICE, BOB, CHARLIE, DAVE]);
	});
}

#[test]
fn a_removed_validator_stops_from_the_session_after_next() {
	new_test_ext(|| {
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), BOB));
		assert_eq!(last_event(), Event::ValidatorRemoved { validator: BOB });
		assert_eq!(validators(), vec![ALICE, CHARLIE]);

		run_to_session(1);
		assert_eq!(Session::validators(), vec![ALICE, BOB, CHARLIE]);
		run_to_session(2);
		assert_eq!(Session::validators(), vec![ALICE, CHARLIE]);
	});
}

#[test]
fn an_unchanged_set_is_not_handed_over_again() {
	new_test_ext(|| {
		run_to_session(3);
		assert!(System::events()
			.iter()
			.all(|r| !matches!(r.event, RuntimeEvent::Consortium(Event::ValidatorsQueued { .. }))));
		assert_eq!(Session::validators(), vec![ALICE, BOB, CHARLIE]);
	});
}

#[test]
fn only_the_admin_origin_changes_validators() {
	new_test_ext(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::signed(ALICE), DAVE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::signed(ALICE), BOB),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_validator_needs_session_keys() {
	new_test_ext(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), EVE),
			Error::<Test>::NoSessionKeys
		);
	});
}

#[test]
fn a_validator_is_added_once() {
	new_test_ext(|| {
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), ALICE),
			Error::<Test>::AlreadyValidator
		);
	});
}

#[test]
fn the_set_is_bounded_by_max_validators() {
	new_test_ext(|| {
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), DAVE));
		register_keys(EVE);
		assert_noop!(
			Consortium::add_validator(RuntimeOrigin::root(), EVE),
			Error::<Test>::TooManyValidators
		);
	});
}

#[test]
fn only_validators_are_removed() {
	new_test_ext(|| {
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), DAVE),
			Error::<Test>::NotValidator
		);
	});
}

#[test]
fn the_set_keeps_min_validators() {
	new_test_ext(|| {
		assert_ok!(Consortium::remove_validator(RuntimeOrigin::root(), CHARLIE));
		assert_noop!(
			Consortium::remove_validator(RuntimeOrigin::root(), BOB),
			Error::<Test>::TooFewValidators
		);
	});
}

#[test]
fn the_emergency_origin_authorises_an_upgrade() {
	new_test_ext(|| {
		let code_hash = sp_core::H256::repeat_byte(7);
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::signed(EVE), vec![1, 2, 3]),
			frame_system::Error::<Test>::NothingAuthorized
		);
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::signed(SUPERMAJORITY), code_hash));
		// Now code is checked against the authorised hash.
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::signed(EVE), vec![1, 2, 3]),
			frame_system::Error::<Test>::Unauthorized
		);
		System::assert_last_event(
			frame_system::Event::UpgradeAuthorized { code_hash, check_version: true }.into(),
		);
	});
}

#[test]
/// A new runtime can do whatever root can: the ordinary majority (root in this mock's
/// `AdminOrigin`) cannot authorise one, only the super-majority root itself takes.
fn only_the_emergency_origin_authorises_an_upgrade() {
	new_test_ext(|| {
		for origin in [RuntimeOrigin::signed(ALICE), RuntimeOrigin::root()] {
			assert_noop!(
				Consortium::authorize_upgrade(origin, Default::default()),
				DispatchError::BadOrigin
			);
		}
	});
}

/// Validates a remark by `origin` through [`CheckMember`].
fn check(origin: RuntimeOrigin) -> Result<(), TransactionValidityError> {
	check_call(origin, RuntimeCall::System(frame_system::Call::remark { remark: vec![] }))
}

fn check_call(origin: RuntimeOrigin, call: RuntimeCall) -> Result<(), TransactionValidityError> {
	CheckMember::<Test>::new()
		.validate(
			origin,
			&call,
			&DispatchInfo::default(),
			0,
			(),
			&TxBaseImplication(&call),
			TransactionSource::External,
		)
		.map(|_| ())
}

#[test]
fn a_members_only_chain_refuses_non_members_at_the_pool() {
	new_test_ext(|| {
		assert!(MembersOnly::<Test>::get());
		assert_ok!(check(RuntimeOrigin::signed(ALICE)));
		assert_eq!(
			check(RuntimeOrigin::signed(EVE)),
			Err(TransactionValidityError::Invalid(InvalidTransaction::BadSigner))
		);
		// Inherents and unsigned transactions are each pallet's own business.
		assert_ok!(check(RuntimeOrigin::none()));
	});
}

#[test]
fn an_open_chain_lets_anyone_sign() {
	new_test_ext(|| {
		assert_ok!(Consortium::set_members_only(RuntimeOrigin::root(), false));
		assert_eq!(last_event(), Event::MembersOnlySet { members_only: false });
		assert_ok!(check(RuntimeOrigin::signed(EVE)));

		assert_ok!(Consortium::set_members_only(RuntimeOrigin::root(), true));
		assert_eq!(last_event(), Event::MembersOnlySet { members_only: true });
		assert!(check(RuntimeOrigin::signed(EVE)).is_err());
	});
}

#[test]
fn a_new_member_may_sign_at_once() {
	new_test_ext(|| {
		assert!(check(RuntimeOrigin::signed(EVE)).is_err());
		MemberAccounts::mutate(|m| m.push(EVE));
		assert_ok!(check(RuntimeOrigin::signed(EVE)));
	});
}

#[test]
fn only_the_admin_origin_opens_or_closes_the_chain() {
	new_test_ext(|| {
		assert_noop!(
			Consortium::set_members_only(RuntimeOrigin::signed(ALICE), false),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn anyone_may_register_session_keys() {
	new_test_ext(|| {
		let set_keys =
			RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys(EVE), proof: vec![] });
		assert_ok!(check_call(RuntimeOrigin::signed(EVE), set_keys));
		let batched = RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![] });
		assert!(check_call(RuntimeOrigin::signed(EVE), batched).is_err());
	});
}

// Emergency powers: a super-majority schedules a call, anyone enacts it as root after the
// delay, the ordinary majority may cancel it meanwhile.

/// A root-only call of this pallet: the one the emergency tests dispatch.
fn open_the_chain() -> RuntimeCall {
	RuntimeCall::Consortium(Call::set_members_only { members_only: false })
}

fn hash_of(call: &RuntimeCall) -> sp_core::H256 {
	<Test as frame_system::Config>::Hashing::hash_of(call)
}

fn schedule(call: RuntimeCall) -> sp_runtime::DispatchResult {
	Consortium::schedule_emergency(RuntimeOrigin::signed(SUPERMAJORITY), Box::new(call))
}

fn enact(who: AccountId, call: RuntimeCall) -> frame_support::dispatch::DispatchResultWithPostInfo {
	let limit = call.get_dispatch_info().call_weight;
	Consortium::enact_emergency(RuntimeOrigin::signed(who), Box::new(call), limit)
}

fn advance(blocks: u64) {
	System::set_block_number(System::block_number() + blocks);
}

#[test]
fn a_super_majority_schedules_and_anyone_enacts_as_root_after_the_delay() {
	new_test_ext(|| {
		let call = open_the_chain();
		assert_ok!(schedule(call.clone()));
		let enact_at = 1 + EMERGENCY_DELAY;
		assert_eq!(last_event(), Event::EmergencyScheduled { call_hash: hash_of(&call), enact_at });
		assert_eq!(Emergencies::<Test>::get(hash_of(&call)), Some(enact_at));

		advance(EMERGENCY_DELAY - 1);
		assert_noop!(enact(EVE, call.clone()), Error::<Test>::EmergencyNotDue);
		advance(1);
		// EVE is no member and holds no office: enacting needs no authority of its own.
		assert_ok!(enact(EVE, call.clone()));
		assert!(!MembersOnly::<Test>::get(), "dispatched as root");
		assert_eq!(last_event(), Event::EmergencyEnacted { call_hash: hash_of(&call) });
		assert_eq!(Emergencies::<Test>::count(), 0);
		assert_noop!(enact(EVE, call), Error::<Test>::UnknownEmergency);
	});
}

/// Whoever an emergency targets makes it fail for a block and enacts it itself: the call
/// is not used up, nothing it did stays, and it succeeds once the obstacle is gone.
#[test]
fn a_failing_emergency_call_is_kept_until_it_succeeds() {
	new_test_ext(|| {
		let call = RuntimeCall::Consortium(Call::remove_validator { validator: DAVE });
		assert_ok!(schedule(call.clone()));
		advance(EMERGENCY_DELAY);
		assert_ok!(enact(DAVE, call.clone()));
		assert_eq!(
			last_event(),
			Event::EmergencyFailed {
				call_hash: hash_of(&call),
				error: Error::<Test>::NotValidator.into()
			}
		);
		assert_eq!(Emergencies::<Test>::count(), 1, "kept");
		assert_ok!(Consortium::add_validator(RuntimeOrigin::root(), DAVE));
		assert_ok!(enact(EVE, call.clone()));
		assert_eq!(last_event(), Event::EmergencyEnacted { call_hash: hash_of(&call) });
		assert!(!validators().contains(&DAVE));
		assert_eq!(Emergencies::<Test>::count(), 0);
	});
}

/// A root call nobody enacted does not wait for a convenient moment: after its lifetime
/// it is refused and removed.
#[test]
fn an_emergency_expires_unenacted() {
	new_test_ext(|| {
		let call = open_the_chain();
		assert_ok!(schedule(call.clone()));
		advance(EMERGENCY_DELAY + EMERGENCY_LIFETIME + 1);
		assert_ok!(enact(EVE, call.clone()));
		assert_eq!(last_event(), Event::EmergencyExpired { call_hash: hash_of(&call) });
		assert!(MembersOnly::<Test>::get(), "nothing ran");
		assert_eq!(Emergencies::<Test>::count(), 0);
	});
}

/// A lone council member, or the ordinary majority (root here), cannot reach root: only
/// the emergency origin schedules.
#[test]
fn only_the_emergency_origin_schedules() {
	new_test_ext(|| {
		for origin in [RuntimeOrigin::root(), RuntimeOrigin::signed(ALICE), RuntimeOrigin::none()] {
			assert_noop!(
				Consortium::schedule_emergency(origin, Box::new(open_the_chain())),
				DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn an_emergency_is_scheduled_once_and_the_queue_is_bounded() {
	new_test_ext(|| {
		assert_ok!(schedule(open_the_chain()));
		assert_noop!(schedule(open_the_chain()), Error::<Test>::EmergencyAlreadyScheduled);
		assert_ok!(schedule(RuntimeCall::Consortium(Call::remove_validator { validator: DAVE })));
		assert_noop!(
			schedule(RuntimeCall::Consortium(Call::remove_validator { validator: EVE })),
			Error::<Test>::TooManyEmergencies
		);
	});
}

/// The enactor must present the very call the council scheduled, and pay for its weight:
/// a different call (a leaked key's attempt to swap it), or a weight limit below the
/// call's, changes nothing.
#[test]
fn only_the_scheduled_call_is_enacted_within_its_weight_limit() {
	new_test_ext(|| {
		assert_ok!(schedule(open_the_chain()));
		advance(EMERGENCY_DELAY);
		let other = RuntimeCall::Consortium(Call::remove_validator { validator: ALICE });
		assert_noop!(enact(EVE, other), Error::<Test>::UnknownEmergency);
		let call = open_the_chain();
		let needed = call.get_dispatch_info().call_weight;
		assert_noop!(
			Consortium::enact_emergency(
				RuntimeOrigin::signed(EVE),
				Box::new(call.clone()),
				needed.saturating_sub(Weight::from_parts(1, 0))
			),
			Error::<Test>::EmergencyWeightLimit
		);
		assert_noop!(
			Consortium::enact_emergency(RuntimeOrigin::none(), Box::new(call), needed),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn the_council_cancels_an_emergency_during_its_delay() {
	new_test_ext(|| {
		let call = open_the_chain();
		assert_ok!(schedule(call.clone()));
		assert_noop!(
			Consortium::cancel_emergency(RuntimeOrigin::signed(ALICE), hash_of(&call)),
			DispatchError::BadOrigin
		);
		assert_ok!(Consortium::cancel_emergency(RuntimeOrigin::root(), hash_of(&call)));
		assert_eq!(last_event(), Event::EmergencyCancelled { call_hash: hash_of(&call) });
		assert_noop!(
			Consortium::cancel_emergency(RuntimeOrigin::root(), hash_of(&call)),
			Error::<Test>::UnknownEmergency
		);
		advance(EMERGENCY_DELAY);
		assert_noop!(enact(EVE, call), Error::<Test>::UnknownEmergency);
		assert!(MembersOnly::<Test>::get(), "nothing ran");
	});
}

// --- The contracts' governor (`as_governor`) ---

/// A remark the governor signs: its event names the signer.
fn governor_remark() -> RuntimeCall {
	frame_system::Call::remark_with_event { remark: b"schedule_code".to_vec() }.into()
}

#[test]
fn the_council_acts_as_the_governor_with_an_allowed_call() {
	new_test_ext(|| {
		let call = governor_remark();
		let call_hash = hash_of(&call);
		assert_ok!(Consortium::as_governor(RuntimeOrigin::signed(SUPERMAJORITY), Box::new(call)));
		// The call ran signed by the governor: its remark names the governor as sender.
		System::assert_has_event(
			frame_system::Event::Remarked {
				sender: GOVERNOR,
				hash: <Test as frame_system::Config>::Hashing::hash(b"schedule_code"),
			}
			.into(),
		);
		assert_eq!(last_event(), Event::GovernorActed { call_hash });
	});
}

/// A call that fails as the governor fails `as_governor` with its own error, so the
/// council's motion shows it (a reschedule that failed must not read as done), and
/// leaves nothing behind; its weight is still charged.
#[test]
fn a_call_that_fails_as_the_governor_fails_the_motion_and_leaves_nothing() {
	new_test_ext(|| {
		// Allowed, but it needs root: signed by the governor it fails.
		let call: RuntimeCall = frame_system::Call::set_heap_pages { pages: 1 }.into();
		let balance = Balances::free_balance(GOVERNOR);
		let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
		frame_support::assert_err_ignore_postinfo!(
			Consortium::as_governor(RuntimeOrigin::signed(SUPERMAJORITY), Box::new(call.clone())),
			DispatchError::BadOrigin
		);
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), before, "nothing stays");
		let failed = Consortium::as_governor(RuntimeOrigin::signed(SUPERMAJORITY), Box::new(call))
			.expect_err("the call fails");
		assert!(failed.post_info.actual_weight.is_some(), "the work done is charged");
		assert_eq!(Balances::free_balance(GOVERNOR), balance);
	});
}

/// THREATS 3 (one authority acting alone): a council member (or anyone) signing alone
/// is not `EmergencyOrigin`, nor is `AdminOrigin` (root in this mock: the council's
/// simple majority in amchain), so neither can act as the governor; nor can the
/// governor's own account, which nobody holds the key of, sign for itself through this
/// call.
#[test]
fn only_the_emergency_origin_acts_as_the_governor() {
	new_test_ext(|| {
		assert_noop!(
			Consortium::as_governor(RuntimeOrigin::root(), Box::new(governor_remark())),
			DispatchError::BadOrigin
		);
		for who in [ALICE, EVE, GOVERNOR] {
			assert_noop!(
				Consortium::as_governor(RuntimeOrigin::signed(who), Box::new(governor_remark())),
				DispatchError::BadOrigin
			);
		}
		assert_noop!(
			Consortium::as_governor(RuntimeOrigin::none(), Box::new(governor_remark())),
			DispatchError::BadOrigin
		);
	});
}

/// The governor makes only the calls `GovernorCalls` allows: it cannot move its funds,
/// nor reach another pallet, nor nest `as_governor` (or an emergency) to escape the
/// filter.
#[test]
fn the_governor_makes_no_other_call() {
	new_test_ext(|| {
		let transfer: RuntimeCall =
			pallet_balances::Call::transfer_allow_death { dest: EVE, value: 500 }.into();
		let nested: RuntimeCall = Call::as_governor { call: Box::new(transfer.clone()) }.into();
		let refused = [
			transfer,
			pallet_balances::Call::transfer_all { dest: EVE, keep_alive: false }.into(),
			frame_system::Call::remark { remark: vec![1] }.into(),
			Call::set_members_only { members_only: false }.into(),
			Call::schedule_emergency { call: Box::new(governor_remark()) }.into(),
			nested,
		];
		for call in refused {
			assert_noop!(
				Consortium::as_governor(RuntimeOrigin::signed(SUPERMAJORITY), Box::new(call)),
				Error::<Test>::NotGovernorCall
			);
		}
		assert_eq!(Balances::free_balance(GOVERNOR), 1_000);
	});
}

#[test]
fn acting_as_the_governor_weighs_the_call_and_its_own_work() {
	new_test_ext(|| {
		let inner = governor_remark();
		let inner_weight = inner.get_dispatch_info().call_weight;
		let call: RuntimeCall = Call::as_governor { call: Box::new(inner.clone()) }.into();
		let info = call.get_dispatch_info();
		assert_eq!(info.call_weight, <() as WeightInfo>::as_governor() + inner_weight);
		let post = Consortium::as_governor(RuntimeOrigin::signed(SUPERMAJORITY), Box::new(inner))
			.expect("the call is allowed");
		assert_eq!(post.actual_weight, Some(<() as WeightInfo>::as_governor() + inner_weight));
	});
}
