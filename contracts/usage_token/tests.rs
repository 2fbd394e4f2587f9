//! Every message's success and failure paths, off chain, with the chain extension
//! answered by `amchain_ink::testing::MockChain`. After every test the contract's
//! balance equals what it owes.

use crate::usage_token::*;
use amchain_ink::{
	assert_noop, role,
	testing::{balance, call_as, event_count, last_event, pay_as, set_up_accounts, MockChain},
	AccountId, AmchainEnvironment as E, Balance, BlockNumber, ExtensionError, ParticipantId,
};
use ink::{env::test, scale::Encode};
use schnorrkel::{signing_context, ExpansionMode, Keypair, MiniSecretKey};

const ASSET: AssetId = 7;
const OTHER: AssetId = 8;
const OWNER_ORG: ParticipantId = 1;
const RENTER_ORG: ParticipantId = 2;
const PRICE: Balance = 5;
const UNIT: Balance = 3;
const END: BlockNumber = 10;
const FUNDS: Balance = 1_000_000;

struct Test {
	token: UsageToken,
	chain: MockChain,
	contract: AccountId,
	/// alice owns the asset, bob rents, charlie lends, django is the owner's metering
	/// device, eve a member of another organisation.
	a: test::DefaultAccounts<E>,
}

fn setup() -> Test {
	let a = test::default_accounts::<E>();
	let chain = MockChain::install();
	chain.member(a.alice, OWNER_ORG, role::MANUFACTURER);
	chain.member(a.bob, RENTER_ORG, role::CUSTOMER);
	chain.member(a.charlie, 3, role::BANK);
	chain.device(a.django, OWNER_ORG);
	chain.member(a.eve, 4, role::CUSTOMER);
	chain.device(a.frank, 4);
	chain.part(ASSET, MockChain::new_part(OWNER_ORG));
	chain.part(OTHER, MockChain::new_part(OWNER_ORG));
	let contract = AccountId::from([0xC0; 32]);
	set_up_accounts(contract, &[a.alice, a.bob, a.charlie, a.django, a.eve, a.frank], FUNDS);
	Test { token: UsageToken::new(), chain, contract, a }
}

fn at(block: BlockNumber) {
	test::set_block_number::<E>(block);
}

type Snapshot = (Option<Usage>, Option<Listing>, Option<Pledge>, Balance, Balance, usize);

impl Test {
	/// Alice lists the asset at `PRICE` per block, metered by django at `UNIT` if asked.
	fn list(&mut self, asset: AssetId, metered: bool) {
		call_as(self.a.alice);
		let meter = metered.then_some(Meter { device: self.a.django, unit_price: UNIT });
		self.token.list(asset, PRICE, meter).expect("listed");
	}

	/// `who` rents `asset` from now until `until`, sending `value`.
	fn rent(&mut self, asset: AssetId, who: AccountId, until: BlockNumber, value: Balance) {
		pay_as(who, value);
		self.token.rent(asset, until).expect("rented");
		test::set_value_transferred::<E>(0);
	}

	fn usage(&self, asset: AssetId) -> Usage {
		self.token.usage(asset).expect("in use")
	}

	/// Everything a failed message must leave as it was.
	fn snapshot(&self, asset: AssetId) -> Snapshot {
		(
			self.token.usage(asset),
			self.token.listing(asset),
			self.token.pledge_of(asset),
			self.token.owed(),
			balance(self.contract),
			event_count(),
		)
	}

	/// The contract holds exactly what it owes.
	fn check(&self) {
		assert_eq!(balance(self.contract), self.token.owed(), "balance equals what is owed");
	}
}

#[ink::test]
fn the_owner_grants_use_until_a_block() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END), Ok(()));
	let e: UserUpdated = last_event();
	assert_eq!((e.asset, e.user, e.expires, e.rent, e.deposit), (ASSET, t.a.bob, END, 0, 0));
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	assert!(!t.token.is_authorized(ASSET, t.a.eve));
	assert!(!t.token.is_authorized(OTHER, t.a.bob));
	assert_eq!(t.token.user_of(ASSET), Some(t.a.bob));
	at(END - 1);
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	at(END);
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	assert_eq!(t.token.user_of(ASSET), None);
	t.check();
}

#[ink::test]
fn only_the_owner_now_grants() {
	let mut t = setup();
	// Not the owner's organisation, the owner's device, or no organisation at all.
	for who in [t.a.bob, t.a.django, AccountId::from([0x55; 32])] {
		call_as(who);
		assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, END), Error::NotOwner);
	}
	call_as(t.a.alice);
	assert_noop!(
		t,
		99,
		t.token.grant(99, t.a.bob, END),
		Error::Extension(ExtensionError::UnknownPart)
	);
	at(END);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, END), Error::NotInFuture);
	// Once pallet-parts records the sale, the buyer grants and the seller cannot.
	t.chain.hand_ownership(ASSET, RENTER_ORG);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, END + 5), Error::NotOwner);
	call_as(t.a.bob);
	assert_eq!(t.token.grant(ASSET, t.a.eve, END + 5), Ok(()));
	assert_eq!(t.usage(ASSET).lessor, t.a.bob);
	t.check();
}

#[ink::test]
fn a_free_grant_is_replaced_or_revoked_at_will() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END), Ok(()));
	assert_eq!(t.token.grant(ASSET, t.a.eve, 5), Ok(()));
	assert_eq!(t.token.user_of(ASSET), Some(t.a.eve));
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	call_as(t.a.eve);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotLessor);
	call_as(t.a.alice);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	let e: UsageEnded = last_event();
	assert_eq!((e.user, e.to_lessor, e.to_user, e.revoked), (t.a.eve, 0, 0, true));
	assert_eq!(t.token.usage(ASSET), None);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotInUse);
	t.check();
}

#[ink::test]
fn list_names_a_price_and_the_owners_device() {
	let mut t = setup();
	let (alice, django, eve, frank) = (t.a.alice, t.a.django, t.a.eve, t.a.frank);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, None), Error::NotOwner);
	call_as(alice);
	assert_noop!(t, ASSET, t.token.list(ASSET, 0, None), Error::ZeroPrice);
	let free_units = Some(Meter { device: django, unit_price: 0 });
	assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, free_units), Error::ZeroPrice);
	// Not a device, another organisation's device, no organisation's account.
	for device in [eve, frank, AccountId::from([0x55; 32])] {
		let meter = Some(Meter { device, unit_price: UNIT });
		assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, meter), Error::BadDevice);
	}
	let meter = Some(Meter { device: django, unit_price: UNIT });
	assert_eq!(t.token.list(ASSET, PRICE, meter), Ok(()));
	let listing = Listing { lessor: alice, price_per_block: PRICE, meter };
	assert_eq!(t.token.listing(ASSET), Some(listing));
	let e: Listed = last_event();
	assert_eq!((e.asset, e.listing), (ASSET, Some(listing)));
	call_as(eve);
	assert_noop!(t, ASSET, t.token.unlist(ASSET), Error::NotLessor);
	call_as(alice);
	assert_eq!(t.token.unlist(ASSET), Ok(()));
	let e: Listed = last_event();
	assert_eq!(e.listing, None);
	assert_noop!(t, ASSET, t.token.unlist(ASSET), Error::NotListed);
	t.check();
}

#[ink::test]
fn rent_pays_the_whole_term_up_front() {
	let mut t = setup();
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END), Error::NotListed);
	t.list(ASSET, false);
	for wrong in [PRICE * END as Balance - 1, PRICE * END as Balance + 1] {
		test::set_value_transferred::<E>(wrong);
		assert_noop!(t, ASSET, t.token.rent(ASSET, END), Error::WrongValue);
	}
	at(2);
	test::set_value_transferred::<E>(0);
	assert_noop!(t, ASSET, t.token.rent(ASSET, 2), Error::NotInFuture);
	t.rent(ASSET, t.a.bob, END, PRICE * 8);
	assert_eq!(balance(t.a.bob), FUNDS - 40);
	let u = t.usage(ASSET);
	assert_eq!((u.user, u.expires, u.lessor, u.accrued_from), (t.a.bob, END, t.a.alice, 2));
	assert_eq!((u.price_per_block, u.rent_held, u.deposit), (PRICE, 40, 0));
	let e: UserUpdated = last_event();
	assert_eq!((e.user, e.expires, e.rent, e.deposit), (t.a.bob, END, 40, 0));
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	assert_eq!(t.token.owed(), 40);
	call_as(t.a.eve);
	test::set_value_transferred::<E>(PRICE * 8);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END), Error::InUse);
	t.check();
}

#[ink::test]
fn a_listing_goes_stale_when_the_asset_is_sold() {
	let mut t = setup();
	t.list(ASSET, false);
	t.chain.hand_ownership(ASSET, 4);
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END), Error::ListingStale);
	// The new owner may withdraw the old owner's listing.
	call_as(t.a.eve);
	assert_eq!(t.token.unlist(ASSET), Ok(()));
	t.check();
}

#[ink::test]
fn the_owner_cannot_cut_a_paid_term_but_may_revoke_with_refund() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	call_as(t.a.alice);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.eve, END + 5), Error::InUse);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, 3), Error::InUse);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotLessor);
	at(4);
	call_as(t.a.alice);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	let e: UsageEnded = last_event();
	assert_eq!((e.user, e.to_lessor, e.to_user, e.revoked), (t.a.bob, 20, 30, true));
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS + 20, FUNDS - 20));
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	assert_eq!(t.token.owed(), 0);
	t.check();
}

#[ink::test]
fn the_renter_extends_a_running_rental() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	call_as(t.a.eve);
	test::set_value_transferred::<E>(PRICE * 5);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 5), Error::NotUser);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END), Error::NotLater);
	test::set_value_transferred::<E>(PRICE * 5 - 1);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 5), Error::WrongValue);
	test::transfer_in::<E>(PRICE * 5);
	assert_eq!(t.token.extend(ASSET, END + 5), Ok(()));
	let e: Extended = last_event();
	assert_eq!((e.asset, e.expires, e.paid), (ASSET, END + 5, PRICE * 5));
	assert_eq!((t.usage(ASSET).expires, t.usage(ASSET).rent_held), (END + 5, 75));
	t.check();
	at(END + 5);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 6), Error::Expired);
	// A free grant has no rent to extend: the owner grants again instead.
	call_as(t.a.alice);
	assert_eq!(t.token.grant(OTHER, t.a.bob, END + 9), Ok(()));
	call_as(t.a.bob);
	assert_noop!(t, OTHER, t.token.extend(OTHER, END + 10), Error::NotRental);
	assert_noop!(t, 99, t.token.extend(99, END + 10), Error::NotInUse);
	test::set_value_transferred::<E>(0);
	t.check();
}

#[ink::test]
fn the_owners_device_meters_usage_from_the_deposit() {
	let mut t = setup();
	t.list(ASSET, true);
	// 50 of rent for ten blocks and a deposit of 10.
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance + 10);
	assert_eq!((t.usage(ASSET).rent_held, t.usage(ASSET).deposit), (50, 10));
	for not_device in [t.a.alice, t.a.bob] {
		call_as(not_device);
		assert_noop!(t, ASSET, t.token.report_usage(ASSET, 1), Error::NotDevice);
	}
	call_as(t.a.django);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 0), Error::ZeroAmount);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 4), Error::InsufficientDeposit);
	assert_eq!(t.token.report_usage(ASSET, 3), Ok(()));
	let e: UsageReported = last_event();
	assert_eq!((e.asset, e.units, e.charged), (ASSET, 3, 9));
	assert_eq!((t.usage(ASSET).deposit, t.usage(ASSET).metered), (1, 9));
	// One credit left, less than a unit: the controller says no.
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	call_as(t.a.eve);
	test::set_value_transferred::<E>(6);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::NotUser);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::ZeroAmount);
	test::transfer_in::<E>(6);
	assert_eq!(t.token.top_up(ASSET), Ok(()));
	let e: ToppedUp = last_event();
	assert_eq!((e.asset, e.amount), (ASSET, 6));
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	t.check();
	// The term ends; the device cannot charge afterwards; anyone settles.
	at(END);
	call_as(t.a.django);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 1), Error::Expired);
	call_as(t.a.eve);
	assert_eq!(t.token.settle(ASSET), Ok(()));
	let e: UsageEnded = last_event();
	assert_eq!((e.to_lessor, e.to_user, e.revoked), (50 + 9, 7, false));
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS + 59, FUNDS - 59));
	t.check();
}

#[ink::test]
fn metering_needs_a_metered_rental() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	call_as(t.a.django);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 1), Error::NotMetered);
	call_as(t.a.bob);
	test::set_value_transferred::<E>(5);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::NotMetered);
	test::set_value_transferred::<E>(0);
	t.check();
}

#[ink::test]
fn the_lessor_collects_rent_as_it_is_earned() {
	let mut t = setup();
	t.list(ASSET, true);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance + 6);
	call_as(t.a.django);
	assert_eq!(t.token.report_usage(ASSET, 2), Ok(()));
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.collect(ASSET), Error::NotLessor);
	at(3);
	call_as(t.a.alice);
	assert_eq!(t.token.collect(ASSET), Ok(15 + 6));
	let e: Collected = last_event();
	assert_eq!((e.asset, e.lessor, e.amount), (ASSET, t.a.alice, 21));
	let u = t.usage(ASSET);
	assert_eq!((u.accrued_from, u.rent_held, u.metered), (3, 35, 0));
	t.check();
	at(4);
	assert_eq!(t.token.collect(ASSET), Ok(5));
	// Long after the term: only the rest of the rent.
	at(END + 20);
	assert_eq!(t.token.collect(ASSET), Ok(30));
	assert_eq!(t.token.collect(ASSET), Ok(0));
	assert_eq!(balance(t.a.alice), FUNDS + 56);
	// A free grant earns nothing.
	assert_eq!(t.token.grant(OTHER, t.a.bob, END + 30), Ok(()));
	assert_noop!(t, OTHER, t.token.collect(OTHER), Error::NotRental);
	assert_noop!(t, 99, t.token.collect(99), Error::NotInUse);
	t.check();
}

#[ink::test]
fn an_ended_rental_is_settled_by_anyone_or_by_the_next_use() {
	let mut t = setup();
	t.list(ASSET, false);
	call_as(t.a.eve);
	assert_noop!(t, ASSET, t.token.settle(ASSET), Error::NotInUse);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	call_as(t.a.eve);
	at(END - 1);
	assert_noop!(t, ASSET, t.token.settle(ASSET), Error::NotExpired);
	// Ended but not settled: the next renter's rent settles it first.
	at(END);
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	t.rent(ASSET, t.a.eve, END + 4, PRICE * 4);
	assert_eq!(balance(t.a.alice), FUNDS + PRICE * END as Balance);
	assert_eq!(t.token.user_of(ASSET), Some(t.a.eve));
	// And the owner's next grant settles the second one.
	at(END + 4);
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END + 9), Ok(()));
	assert_eq!(balance(t.a.alice), FUNDS + PRICE * (END as Balance + 4));
	assert_eq!(t.token.owed(), 0);
	t.check();
}

#[ink::test]
fn an_asset_is_pledged_to_one_lender_at_a_time() {
	let mut t = setup();
	let (alice, charlie) = (t.a.alice, t.a.charlie);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.pledge(ASSET, charlie), Error::NotOwner);
	call_as(alice);
	at(3);
	assert_eq!(t.token.pledge(ASSET, charlie), Ok(()));
	let e: Pledged = last_event();
	assert_eq!((e.asset, e.lender), (ASSET, charlie));
	assert_eq!(
		t.token.pledge_of(ASSET),
		Some(Pledge { owner: OWNER_ORG, lender: charlie, since: 3 })
	);
	assert_noop!(t, ASSET, t.token.pledge(ASSET, t.a.eve), Error::AlreadyPledged);
	assert_noop!(t, ASSET, t.token.release_pledge(ASSET), Error::NotLender);
	call_as(charlie);
	assert_eq!(t.token.release_pledge(ASSET), Ok(()));
	let e: PledgeReleased = last_event();
	assert_eq!((e.asset, e.lender), (ASSET, charlie));
	assert_noop!(t, ASSET, t.token.release_pledge(ASSET), Error::NotPledged);
	call_as(alice);
	assert_eq!(t.token.pledge(ASSET, t.a.eve), Ok(()));
	t.check();
}

/// An owner account whose key the test holds.
fn owner_key(t: &Test) -> (Keypair, AccountId) {
	let key = MiniSecretKey::from_bytes(&[7; 32])
		.expect("32 bytes")
		.expand_to_keypair(ExpansionMode::Ed25519);
	let account = AccountId::from(key.public.to_bytes());
	t.chain.member(account, OWNER_ORG, role::MANUFACTURER);
	(key, account)
}

fn sign(key: &Keypair, payload: &[u8]) -> [u8; 64] {
	key.sign(signing_context(b"substrate").bytes(payload)).to_bytes()
}

#[ink::test]
fn a_grant_signed_by_the_owner_checks_offline_and_on_chain() {
	let t = setup();
	let (key, owner) = owner_key(&t);
	let bob = t.a.bob;
	let payload = t.token.grant_payload(ASSET, bob, END);
	let mut expected = GRANT_DOMAIN.to_vec();
	expected.extend((t.contract, ASSET, bob, END).encode());
	assert_eq!(payload, expected);
	let signature = sign(&key, &payload);
	// What an offline device does: verify against the owner's public key.
	let public = schnorrkel::PublicKey::from_bytes(owner.as_ref()).expect("a public key");
	let sig = schnorrkel::Signature::from_bytes(&signature).expect("64 bytes");
	assert!(public.verify(signing_context(b"substrate").bytes(&payload), &sig).is_ok());
	assert_eq!(t.token.check_signed_grant(ASSET, bob, END, owner, signature), Ok(()));
	// Another user, asset or expiry, or a forged signature, does not verify.
	let bad = Err(Error::BadSignature);
	assert_eq!(t.token.check_signed_grant(ASSET, t.a.eve, END, owner, signature), bad);
	assert_eq!(t.token.check_signed_grant(OTHER, bob, END, owner, signature), bad);
	assert_eq!(t.token.check_signed_grant(ASSET, bob, END + 1, owner, signature), bad);
	let mut forged = signature;
	forged[0] ^= 1;
	assert_eq!(t.token.check_signed_grant(ASSET, bob, END, owner, forged), bad);
	assert_eq!(t.token.check_signed_grant(ASSET, bob, END, t.a.alice, signature), bad);
	at(END);
	assert_eq!(t.token.check_signed_grant(ASSET, bob, END, owner, signature), Err(Error::Expired));
	// Signed by an owner that sold the asset since.
	at(0);
	t.chain.hand_ownership(ASSET, RENTER_ORG);
	assert_eq!(t.token.check_signed_grant(ASSET, bob, END, owner, signature), Err(Error::NotOwner));
	t.check();
}
