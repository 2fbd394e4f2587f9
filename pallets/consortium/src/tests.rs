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
	GenesisConfig::<Test> { validators: vec![ALICE, BOB, ALICE], members_only: false }
		.assimilate_storage(&mut storage)
		.unwrap();
}

#[test]
#[should_panic(expected = "fewer genesis validators than MinValidators")]
fn too_few_genesis_validators_are_refused() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	GenesisConfig::<Test> { validators: vec![ALICE], members_only: false }
		.assimilate_storage(&mut storage)
		.unwrap();
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
fn the_admin_origin_authorises_an_upgrade() {
	new_test_ext(|| {
		let code_hash = sp_core::H256::repeat_byte(7);
		assert_noop!(
			System::apply_authorized_upgrade(RuntimeOrigin::signed(EVE), vec![1, 2, 3]),
			frame_system::Error::<Test>::NothingAuthorized
		);
		assert_ok!(Consortium::authorize_upgrade(RuntimeOrigin::root(), code_hash));
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
fn only_the_admin_origin_authorises_an_upgrade() {
	new_test_ext(|| {
		assert_noop!(
			Consortium::authorize_upgrade(RuntimeOrigin::signed(ALICE), Default::default()),
			DispatchError::BadOrigin
		);
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
