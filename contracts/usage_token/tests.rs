//! Every message's success and failure paths, off chain, with the chain extension
//! answered by `amchain_ink::testing::MockChain`, and the adversarial cases of
//! shared/THREATS.md: a lessor that sells, a renter that never leaves, a leaked grant, a
//! departed key, a silent party. After every test the contract's balance equals what it
//! owes. The off-chain engine's existential deposit is [`ED`], so amounts are multiples
//! of it.

use crate::usage_token::*;
use amchain_ink::{
	assert_noop, role,
	testing::{balance, call_as, event_count, last_event, pay_as, set_up_accounts, MockChain, ED},
	AccountId, AmchainEnvironment as E, Balance, BlockNumber, ExtensionError, Item, ParticipantId,
};
use ink::{env::test, primitives::Hash, scale::Encode};
use schnorrkel::{signing_context, ExpansionMode, Keypair, MiniSecretKey};

const ASSET: AssetId = 7;
const OTHER: AssetId = 8;
const OWNER_ORG: ParticipantId = 1;
const RENTER_ORG: ParticipantId = 2;
const LENDER_ORG: ParticipantId = 3;
const BUYER_ORG: ParticipantId = 4;
const PRICE: Balance = ED;
const UNIT: Balance = 3 * ED;
const MAX_UNITS: u64 = 5;
const END: BlockNumber = 10;
const TERM: BlockNumber = 100;
const FUNDS: Balance = 1_000_000 * ED;
const CHAIN: [u8; 32] = [0x6e; 32];

struct Test {
	token: UsageToken,
	chain: MockChain,
	contract: AccountId,
	/// alice owns the asset, bob rents, charlie lends, django is the owner's metering
	/// device, eve a member of the buyer's organisation, frank its device.
	a: test::DefaultAccounts<E>,
	/// A second account of the owner's organisation.
	alice2: AccountId,
}

fn setup() -> Test {
	let a = test::default_accounts::<E>();
	let chain = MockChain::install();
	let alice2 = AccountId::from([0xA2; 32]);
	chain.member(a.alice, OWNER_ORG, role::MANUFACTURER);
	chain.member(alice2, OWNER_ORG, role::MANUFACTURER);
	chain.member(a.bob, RENTER_ORG, role::CUSTOMER);
	chain.member(a.charlie, LENDER_ORG, role::BANK);
	chain.device(a.django, OWNER_ORG);
	chain.member(a.eve, BUYER_ORG, role::CUSTOMER);
	chain.device(a.frank, BUYER_ORG);
	chain.part(ASSET, MockChain::new_part(OWNER_ORG));
	chain.part(OTHER, MockChain::new_part(OWNER_ORG));
	let contract = AccountId::from([0xC0; 32]);
	set_up_accounts(
		contract,
		&[a.alice, alice2, a.bob, a.charlie, a.django, a.eve, a.frank],
		FUNDS,
	);
	Test { token: UsageToken::new(Hash::from(CHAIN)), chain, contract, a, alice2 }
}

fn at(block: BlockNumber) {
	test::set_block_number::<E>(block);
}

fn org(p: ParticipantId) -> Payee {
	Payee::Organisation(p)
}

fn acct(a: AccountId) -> Payee {
	Payee::Account(a)
}

type Snapshot =
	(Option<Usage>, Option<Listing>, Option<Pledge>, [Balance; 5], u32, Balance, Balance, usize);

impl Test {
	/// Alice lists the asset at `PRICE` per block for terms up to `TERM`, metered by
	/// django at `UNIT` if asked.
	fn list(&mut self, asset: AssetId, metered: bool) {
		self.list_for(asset, metered, TERM);
	}

	fn list_for(&mut self, asset: AssetId, metered: bool, max_term: BlockNumber) {
		call_as(self.a.alice);
		let meter = metered.then_some(self.meter());
		self.token.list(asset, PRICE, max_term, meter).expect("listed");
	}

	fn meter(&self) -> Meter {
		Meter { device: self.a.django, unit_price: UNIT, max_units: MAX_UNITS }
	}

	/// `who` rents `asset` from now until `until`, sending `value`, at the listing's terms
	/// as it reads them now.
	fn rent(&mut self, asset: AssetId, who: AccountId, until: BlockNumber, value: Balance) {
		let listing = self.token.listing(asset).expect("listed");
		pay_as(who, value);
		self.token.rent(asset, until, listing.price_per_block, listing.meter).expect("rented");
		test::set_value_transferred::<E>(0);
	}

	fn usage(&self, asset: AssetId) -> Usage {
		self.token.usage(asset).expect("in use")
	}

	/// Everything a failed message must leave as it was.
	fn snapshot(&self, asset: AssetId) -> Snapshot {
		let credits = [
			self.token.credit_of(org(OWNER_ORG)),
			self.token.credit_of(org(BUYER_ORG)),
			self.token.credit_of(acct(self.a.bob)),
			self.token.credit_of(org(RENTER_ORG)),
			self.token.credit_of(acct(self.a.alice)),
		];
		(
			self.token.usage(asset),
			self.token.listing(asset),
			self.token.pledge_of(asset),
			credits,
			self.token.grant_nonce(asset),
			self.token.owed(),
			balance(self.contract),
			event_count(),
		)
	}

	/// An organisation's roles on the mocked chain now (0: suspended).
	fn chain_roles(&self, p: ParticipantId) -> u16 {
		<amchain_ink::Amchain as ink::ChainExtensionInstance>::instantiate()
			.roles(p)
			.expect("a registered organisation")
	}

	/// The organisation `account` is a member of now, as the chain answers.
	fn chain_member(&self, account: AccountId) -> Option<ParticipantId> {
		<amchain_ink::Amchain as ink::ChainExtensionInstance>::instantiate()
			.membership(account)
			.ok()
			.map(|m| m.participant)
	}

	/// The contract holds exactly what it owes.
	fn check(&self) {
		assert_eq!(balance(self.contract), self.token.owed(), "balance equals what is owed");
	}

	/// `who` withdraws `payee`'s credit and receives exactly `amount`.
	fn withdraw(&mut self, who: AccountId, payee: Payee, amount: Balance) {
		let before = balance(who);
		call_as(who);
		assert_eq!(self.token.withdraw(payee), Ok(amount));
		assert_eq!(balance(who), before + amount);
		assert_eq!(self.token.credit_of(payee), 0);
	}
}

#[ink::test]
fn the_owner_grants_use_until_a_block() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END), Ok(()));
	let e: UserUpdated = last_event();
	assert_eq!(
		(e.asset, e.user, e.expires, e.lessor_org, e.rent, e.deposit),
		(ASSET, t.a.bob, END, OWNER_ORG, 0, 0)
	);
	assert_eq!(t.usage(ASSET).lessor_org, OWNER_ORG);
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
fn only_a_current_account_of_the_owner_grants() {
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
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.contract, END), Error::IsContract);
	// A suspended organisation does not act.
	t.chain.set_roles(OWNER_ORG, 0);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, END), Error::NotOwner);
	t.chain.set_roles(OWNER_ORG, role::MANUFACTURER);
	at(END);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, END), Error::NotInFuture);
	// Once pallet-parts records the sale, the buyer grants and the seller cannot.
	t.chain.hand_ownership(ASSET, BUYER_ORG);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, END + 5), Error::NotOwner);
	call_as(t.a.eve);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END + 5), Ok(()));
	assert_eq!((t.usage(ASSET).lessor, t.usage(ASSET).lessor_org), (t.a.eve, BUYER_ORG));
	t.check();
}

#[ink::test]
fn a_free_grant_is_replaced_or_revoked_at_will_by_the_organisation() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END), Ok(()));
	let events = event_count();
	assert_eq!(t.token.grant(ASSET, t.a.eve, 5), Ok(()));
	assert_eq!(event_count(), events + 2, "UsageEnded for bob, UserUpdated for eve");
	assert_eq!(t.token.user_of(ASSET), Some(t.a.eve));
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	call_as(t.a.eve);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotLessor);
	// Another account of the lessor's organisation revokes what alice granted.
	call_as(t.alice2);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	let e: UsageEnded = last_event();
	assert_eq!((e.user, e.to_lessor, e.to_user, e.revoked), (t.a.eve, 0, 0, true));
	assert_eq!(t.token.usage(ASSET), None);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotInUse);
	t.check();
}

#[ink::test]
fn list_names_a_price_a_maximum_term_and_the_owners_device() {
	let mut t = setup();
	let (alice, django, eve, frank) = (t.a.alice, t.a.django, t.a.eve, t.a.frank);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, TERM, None), Error::NotOwner);
	call_as(alice);
	assert_noop!(t, ASSET, t.token.list(ASSET, 0, TERM, None), Error::ZeroPrice);
	let free_units = Some(Meter { unit_price: 0, ..t.meter() });
	assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, TERM, free_units), Error::ZeroPrice);
	let no_units = Some(Meter { max_units: 0, ..t.meter() });
	assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, TERM, no_units), Error::ZeroPrice);
	for term in [0, MAX_TERM + 1] {
		assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, term, None), Error::TermTooLong);
	}
	// Not a device, another organisation's device, no organisation's account.
	for device in [eve, frank, AccountId::from([0x55; 32])] {
		let meter = Some(Meter { device, ..t.meter() });
		assert_noop!(t, ASSET, t.token.list(ASSET, PRICE, TERM, meter), Error::BadDevice);
	}
	let meter = Some(Meter { device: django, unit_price: UNIT, max_units: MAX_UNITS });
	assert_eq!(t.token.list(ASSET, PRICE, MAX_TERM, meter), Ok(()));
	let listing = Listing {
		lessor: alice,
		lessor_org: OWNER_ORG,
		from_record: 1,
		price_per_block: PRICE,
		max_term: MAX_TERM,
		meter,
	};
	assert_eq!(t.token.listing(ASSET), Some(listing));
	let e: Listed = last_event();
	assert_eq!((e.asset, e.listing), (ASSET, Some(listing)));
	call_as(eve);
	assert_noop!(t, ASSET, t.token.unlist(ASSET), Error::NotLessor);
	// Another account of the organisation withdraws alice's listing.
	call_as(t.alice2);
	assert_eq!(t.token.unlist(ASSET), Ok(()));
	let e: Listed = last_event();
	assert_eq!(e.listing, None);
	assert_noop!(t, ASSET, t.token.unlist(ASSET), Error::NotListed);
	t.check();
}

#[ink::test]
fn rent_pays_the_whole_term_up_front_within_the_maximum_term() {
	let mut t = setup();
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::NotListed);
	t.list(ASSET, false);
	call_as(t.a.bob);
	for wrong in [PRICE * END as Balance - 1, PRICE * END as Balance + 1] {
		test::set_value_transferred::<E>(wrong);
		assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::WrongValue);
	}
	test::set_value_transferred::<E>(PRICE * (TERM as Balance + 1));
	assert_noop!(t, ASSET, t.token.rent(ASSET, TERM + 1, PRICE, None), Error::TermTooLong);
	at(2);
	test::set_value_transferred::<E>(0);
	assert_noop!(t, ASSET, t.token.rent(ASSET, 2, PRICE, None), Error::NotInFuture);
	t.rent(ASSET, t.a.bob, END, PRICE * 8);
	assert_eq!(balance(t.a.bob), FUNDS - 8 * PRICE);
	let u = t.usage(ASSET);
	assert_eq!((u.user, u.expires, u.lessor, u.lessor_org), (t.a.bob, END, t.a.alice, OWNER_ORG));
	assert_eq!(
		(u.accrued_from, u.price_per_block, u.rent_held, u.deposit),
		(2, PRICE, 8 * PRICE, 0)
	);
	let e: UserUpdated = last_event();
	assert_eq!((e.user, e.expires, e.lessor_org, e.rent), (t.a.bob, END, OWNER_ORG, 8 * PRICE));
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	assert_eq!(t.token.owed(), 8 * PRICE);
	call_as(t.a.eve);
	test::set_value_transferred::<E>(PRICE * 8);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::InUse);
	test::set_value_transferred::<E>(0);
	t.check();
}

/// The front-run: the renter reads an unmetered listing; before its call lands the
/// lessor relists at 1 per block with a meter of its own device at a huge unit price, so
/// that the value sent would become a deposit the device drains. The renter stated the
/// terms it read: nothing is rented, nothing is paid, nothing changes.
#[ink::test]
fn a_lessor_that_relists_in_front_of_a_rent_rents_nothing_out() {
	let mut t = setup();
	t.list(ASSET, false);
	let read = t.token.listing(ASSET).expect("listed");
	assert_eq!((read.price_per_block, read.meter), (PRICE, None));
	// The lessor's transaction lands first.
	call_as(t.a.alice);
	let drain = Meter { device: t.a.django, unit_price: 1_000 * UNIT, max_units: u64::MAX };
	assert_eq!(t.token.list(ASSET, 1, TERM, Some(drain)), Ok(()));
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(
		t,
		ASSET,
		t.token.rent(ASSET, END, read.price_per_block, read.meter),
		Error::TermsChanged
	);
	test::set_value_transferred::<E>(0);
	assert_eq!(balance(t.a.bob), FUNDS);
	assert_eq!((t.token.usage(ASSET), t.token.owed()), (None, 0));
	assert_eq!(t.token.listing(ASSET).and_then(|l| l.meter), Some(drain));
	// A meter added at the same price, or a metered listing's unit price raised, is
	// refused just the same.
	call_as(t.a.alice);
	assert_eq!(t.token.list(ASSET, PRICE, TERM, Some(t.meter())), Ok(()));
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::TermsChanged);
	let dearer = Meter { unit_price: 2 * UNIT, ..t.meter() };
	call_as(t.a.alice);
	assert_eq!(t.token.list(ASSET, PRICE, TERM, Some(dearer)), Ok(()));
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance + UNIT);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, Some(t.meter())), Error::TermsChanged);
	test::set_value_transferred::<E>(0);
	assert_eq!(balance(t.a.bob), FUNDS);
	t.check();
}

/// The lessor raises the price between the renter's reading and its call.
#[ink::test]
fn a_changed_price_is_refused() {
	let mut t = setup();
	t.list(ASSET, false);
	call_as(t.a.alice);
	assert_eq!(t.token.list(ASSET, 2 * PRICE, TERM, None), Ok(()));
	// The renter sends the new term's cost but states the price it read.
	call_as(t.a.bob);
	test::set_value_transferred::<E>(2 * PRICE * END as Balance);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::TermsChanged);
	// A lower price is no better: the renter accepts exactly what it read.
	call_as(t.a.alice);
	assert_eq!(t.token.list(ASSET, 1, TERM, None), Ok(()));
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::TermsChanged);
	test::set_value_transferred::<E>(0);
	assert_eq!(balance(t.a.bob), FUNDS);
	assert_eq!(t.token.usage(ASSET), None);
	t.check();
}

/// The terms stated are the listing's: the rental is what it was.
#[ink::test]
fn the_stated_terms_matching_rent_as_before() {
	let mut t = setup();
	t.list(ASSET, true);
	let paid = PRICE * END as Balance + 2 * UNIT;
	pay_as(t.a.bob, paid);
	assert_eq!(t.token.rent(ASSET, END, PRICE, Some(t.meter())), Ok(()));
	test::set_value_transferred::<E>(0);
	let e: UserUpdated = last_event();
	assert_eq!(
		(e.asset, e.user, e.expires, e.lessor_org, e.rent, e.deposit),
		(ASSET, t.a.bob, END, OWNER_ORG, PRICE * END as Balance, 2 * UNIT)
	);
	let u = t.usage(ASSET);
	assert_eq!(
		(u.price_per_block, u.meter, u.rent_held, u.deposit, u.payer),
		(PRICE, Some(t.meter()), PRICE * END as Balance, 2 * UNIT, org(RENTER_ORG))
	);
	assert_eq!((balance(t.a.bob), t.token.owed()), (FUNDS - paid, paid));
	// Relisted at the very same terms (a fresh listing record): still the terms stated.
	t.list(OTHER, false);
	call_as(t.a.alice);
	assert_eq!(t.token.list(OTHER, PRICE, TERM / 2, None), Ok(()));
	pay_as(t.a.eve, PRICE * END as Balance);
	assert_eq!(t.token.rent(OTHER, END, PRICE, None), Ok(()));
	test::set_value_transferred::<E>(0);
	let e: UserUpdated = last_event();
	assert_eq!((e.asset, e.user, e.rent, e.deposit), (OTHER, t.a.eve, PRICE * END as Balance, 0));
	t.check();
}

#[ink::test]
fn payments_below_the_existential_deposit_are_refused() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.list(ASSET, 1, MAX_TERM, None), Ok(()));
	// A whole term at 1 per block that costs less than the existential deposit.
	call_as(t.a.bob);
	test::set_value_transferred::<E>(10);
	assert_noop!(t, ASSET, t.token.rent(ASSET, 10, 1, None), Error::BelowMinimum);
	test::set_value_transferred::<E>(0);
	t.list(ASSET, true);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance + UNIT);
	call_as(t.a.bob);
	test::set_value_transferred::<E>(ED - 1);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::BelowMinimum);
	test::set_value_transferred::<E>(0);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::BelowMinimum);
	t.check();
}

#[ink::test]
fn a_listing_goes_stale_when_the_asset_is_sold() {
	let mut t = setup();
	t.list(ASSET, false);
	t.chain.hand_ownership(ASSET, BUYER_ORG);
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::ListingStale);
	// A suspended owner's listing does not let either.
	t.chain.hand_ownership(ASSET, OWNER_ORG);
	t.chain.set_roles(OWNER_ORG, 0);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END, PRICE, None), Error::ListingStale);
	t.chain.set_roles(OWNER_ORG, role::MANUFACTURER);
	t.chain.hand_ownership(ASSET, BUYER_ORG);
	// The new owner may withdraw the old owner's listing.
	call_as(t.a.eve);
	assert_eq!(t.token.unlist(ASSET), Ok(()));
	t.check();
}

/// The old owner's grant dies with the sale; the new owner ends it and lets the asset.
#[ink::test]
fn a_sale_ends_the_old_owners_free_grant_at_once() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END), Ok(()));
	t.chain.hand_ownership(ASSET, BUYER_ORG);
	assert!(!t.token.is_authorized(ASSET, t.a.bob), "the sale moved the right");
	assert_eq!(t.token.user_of(ASSET), None);
	// The seller cannot grant again; a stranger cannot end the grant; the buyer can.
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, END + 5), Error::NotOwner);
	call_as(t.a.charlie);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotLessor);
	call_as(t.a.eve);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	let e: UsageEnded = last_event();
	assert_eq!((e.user, e.revoked), (t.a.bob, true));
	// Were the asset sold back, the old grant would not revive: it is gone.
	t.chain.hand_ownership(ASSET, OWNER_ORG);
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	t.check();
}

/// A lessor that sells the asset and keeps the rent: the buyer gives notice, the renter
/// keeps the use for the notice period and gets back the rent of every block cut.
#[ink::test]
fn a_sale_gives_a_paid_rental_notice_and_refunds_the_blocks_cut() {
	let mut t = setup();
	let long = 3 * NOTICE_PERIOD;
	t.list_for(ASSET, false, long);
	let paid = PRICE * Balance::from(long);
	t.rent(ASSET, t.a.bob, long, paid);
	at(5);
	t.chain.hand_ownership(ASSET, BUYER_ORG);
	// The renter paid: it keeps the use until the new owner gives notice.
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	// It cannot extend at the old owner's listing, nor can the seller let it again.
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(t, ASSET, t.token.extend(ASSET, long + 1), Error::ListingStale);
	// Not a member of the buyer: refused. The buyer's device: refused.
	for who in [t.a.charlie, t.a.frank] {
		call_as(who);
		assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotLessor);
	}
	at(10);
	call_as(t.a.eve);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	let cut_to = 10 + NOTICE_PERIOD;
	let refunded = PRICE * Balance::from(long - cut_to);
	let e: NoticeGiven = last_event();
	assert_eq!(
		(e.asset, e.user, e.owner, e.expires, e.refunded),
		(ASSET, t.a.bob, BUYER_ORG, cut_to, refunded)
	);
	let u = t.usage(ASSET);
	assert_eq!((u.expires, u.notice, u.rent_held), (cut_to, Some(10), paid - refunded));
	assert_eq!(t.token.credit_of(org(RENTER_ORG)), refunded);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NoticeGiven);
	// The buyer cannot grant or let over the notice period.
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.eve, cut_to + 5), Error::InUse);
	at(cut_to - 1);
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	at(cut_to);
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	// The buyer uses its asset; the seller was paid exactly the blocks the renter had.
	call_as(t.a.eve);
	assert_eq!(t.token.grant(ASSET, t.a.eve, cut_to + 5), Ok(()));
	assert_eq!(t.token.credit_of(org(OWNER_ORG)), PRICE * Balance::from(cut_to));
	t.withdraw(t.a.bob, org(RENTER_ORG), refunded);
	t.withdraw(t.a.alice, org(OWNER_ORG), PRICE * Balance::from(cut_to));
	assert_eq!(balance(t.a.bob), FUNDS - PRICE * Balance::from(cut_to));
	assert_eq!(t.token.owed(), 0);
	t.check();
}

/// The self-rental lock-out: an owner rents its own asset at 1 per block for the longest
/// term and sells it. The buyer has the asset after the notice period.
#[ink::test]
fn a_self_rental_cannot_lock_a_buyer_out() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_noop!(t, ASSET, t.token.list(ASSET, 1, MAX_TERM + 1, None), Error::TermTooLong);
	assert_eq!(t.token.list(ASSET, 1, MAX_TERM, None), Ok(()));
	test::set_value_transferred::<E>(Balance::from(MAX_TERM + 1));
	assert_noop!(t, ASSET, t.token.rent(ASSET, MAX_TERM + 1, 1, None), Error::TermTooLong);
	test::set_value_transferred::<E>(0);
	t.rent(ASSET, t.a.alice, MAX_TERM, Balance::from(MAX_TERM));
	t.chain.hand_ownership(ASSET, BUYER_ORG);
	call_as(t.a.eve);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	at(NOTICE_PERIOD);
	assert!(!t.token.is_authorized(ASSET, t.a.alice));
	assert_eq!(t.token.grant(ASSET, t.a.eve, NOTICE_PERIOD + 5), Ok(()));
	assert!(t.token.is_authorized(ASSET, t.a.eve));
	// The seller's organisation was both lessor and renter: it gets back all it paid.
	assert_eq!(t.token.credit_of(org(OWNER_ORG)), Balance::from(MAX_TERM));
	t.check();
}

#[ink::test]
fn the_lessor_cannot_cut_a_paid_term_but_may_revoke_with_refund() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	call_as(t.a.alice);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.eve, END + 5), Error::InUse);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.bob, 3), Error::InUse);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.revoke(ASSET), Error::NotLessor);
	at(4);
	call_as(t.alice2);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	let e: UsageEnded = last_event();
	assert_eq!((e.user, e.to_lessor, e.to_user, e.revoked), (t.a.bob, 4 * PRICE, 6 * PRICE, true));
	// Nothing is pushed: both sides withdraw.
	assert_eq!((balance(t.a.alice), balance(t.a.bob)), (FUNDS, FUNDS - 10 * PRICE));
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	assert_eq!(t.token.owed(), 10 * PRICE);
	t.check();
	t.withdraw(t.a.bob, org(RENTER_ORG), 6 * PRICE);
	t.withdraw(t.a.alice, org(OWNER_ORG), 4 * PRICE);
	assert_eq!(t.token.owed(), 0);
	t.check();
}

#[ink::test]
fn the_renter_extends_at_the_listed_terms_within_the_maximum_term() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	call_as(t.a.eve);
	test::set_value_transferred::<E>(PRICE * 5);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 5), Error::NotUser);
	call_as(t.a.bob);
	test::set_value_transferred::<E>(0);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END), Error::NotLater);
	test::set_value_transferred::<E>(PRICE * 5 - 1);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 5), Error::WrongValue);
	test::set_value_transferred::<E>(PRICE * Balance::from(TERM + 1 - END));
	assert_noop!(t, ASSET, t.token.extend(ASSET, TERM + 1), Error::TermTooLong);
	test::set_value_transferred::<E>(0);
	test::transfer_in::<E>(PRICE * 5);
	assert_eq!(t.token.extend(ASSET, END + 5), Ok(()));
	let e: Extended = last_event();
	assert_eq!((e.asset, e.expires, e.paid), (ASSET, END + 5, PRICE * 5));
	assert_eq!((t.usage(ASSET).expires, t.usage(ASSET).rent_held), (END + 5, 15 * PRICE));
	t.check();
	// The owner re-lists at a higher price: the old price no longer extends.
	call_as(t.a.alice);
	assert_eq!(t.token.list(ASSET, 2 * PRICE, TERM, None), Ok(()));
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 6), Error::TermsChanged);
	// The owner unlists: no more extensions.
	call_as(t.a.alice);
	assert_eq!(t.token.unlist(ASSET), Ok(()));
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 6), Error::NotListed);
	at(END + 5);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 6), Error::Expired);
	// A free grant has no rent to extend: the owner grants again instead.
	call_as(t.a.alice);
	assert_eq!(t.token.grant(OTHER, t.a.bob, END + 9), Ok(()));
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(t, OTHER, t.token.extend(OTHER, END + 10), Error::NotRental);
	assert_noop!(t, 99, t.token.extend(99, END + 10), Error::NotInUse);
	test::set_value_transferred::<E>(0);
	t.check();
}

#[ink::test]
fn the_owners_device_meters_usage_from_the_deposit_capped_per_report() {
	let mut t = setup();
	t.list(ASSET, true);
	// Ten blocks of rent and a deposit of four units.
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance + 4 * UNIT);
	assert_eq!((t.usage(ASSET).rent_held, t.usage(ASSET).deposit), (10 * PRICE, 4 * UNIT));
	for not_device in [t.a.alice, t.a.bob, t.a.frank] {
		call_as(not_device);
		assert_noop!(t, ASSET, t.token.report_usage(ASSET, 1), Error::NotDevice);
	}
	call_as(t.a.django);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 0), Error::BelowMinimum);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, MAX_UNITS + 1), Error::TooManyUnits);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 5), Error::InsufficientDeposit);
	assert_eq!(t.token.report_usage(ASSET, 3), Ok(()));
	let e: UsageReported = last_event();
	assert_eq!((e.asset, e.units, e.charged), (ASSET, 3, 3 * UNIT));
	assert_eq!((t.usage(ASSET).deposit, t.usage(ASSET).metered), (UNIT, 3 * UNIT));
	// One report a block.
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 1), Error::TooManyUnits);
	at(1);
	assert_eq!(t.token.report_usage(ASSET, 1), Ok(()));
	// Nothing left: the controller says no.
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	call_as(t.a.eve);
	test::set_value_transferred::<E>(UNIT);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::NotUser);
	call_as(t.a.bob);
	test::transfer_in::<E>(2 * UNIT);
	assert_eq!(t.token.top_up(ASSET), Ok(()));
	let e: ToppedUp = last_event();
	assert_eq!((e.asset, e.amount), (ASSET, 2 * UNIT));
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	t.check();
	// A device its organisation removed (it now belongs to another) reports no more.
	t.chain.device(t.a.django, BUYER_ORG);
	at(2);
	call_as(t.a.django);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 1), Error::NotDevice);
	t.chain.device(t.a.django, OWNER_ORG);
	t.check();
}

/// The device reports the term's last usage after it ends; only then may anyone settle.
#[ink::test]
fn a_metered_rental_has_a_reporting_grace_before_settlement() {
	let mut t = setup();
	t.list(ASSET, true);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance + 4 * UNIT);
	at(END);
	assert!(!t.token.is_authorized(ASSET, t.a.bob));
	call_as(t.a.eve);
	assert_noop!(t, ASSET, t.token.settle(ASSET), Error::NotExpired);
	test::set_value_transferred::<E>(PRICE * 5);
	assert_noop!(t, ASSET, t.token.rent(ASSET, END + 5, PRICE, Some(t.meter())), Error::InUse);
	call_as(t.a.alice);
	assert_noop!(t, ASSET, t.token.grant(ASSET, t.a.eve, END + 5), Error::InUse);
	call_as(t.a.django);
	assert_eq!(t.token.report_usage(ASSET, 2), Ok(()));
	at(END + REPORT_GRACE - 1);
	call_as(t.a.eve);
	assert_noop!(t, ASSET, t.token.settle(ASSET), Error::NotExpired);
	at(END + REPORT_GRACE);
	call_as(t.a.django);
	assert_noop!(t, ASSET, t.token.report_usage(ASSET, 1), Error::Expired);
	call_as(t.a.eve);
	assert_eq!(t.token.settle(ASSET), Ok(()));
	let e: UsageEnded = last_event();
	assert_eq!((e.to_lessor, e.to_user, e.revoked), (10 * PRICE + 2 * UNIT, 2 * UNIT, false));
	assert_eq!(t.token.credit_of(org(OWNER_ORG)), 10 * PRICE + 2 * UNIT);
	assert_eq!(t.token.credit_of(org(RENTER_ORG)), 2 * UNIT);
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
	test::set_value_transferred::<E>(UNIT);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::NotMetered);
	test::set_value_transferred::<E>(0);
	t.check();
}

#[ink::test]
fn the_lessor_organisation_collects_rent_as_it_is_earned() {
	let mut t = setup();
	t.list(ASSET, true);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance + 2 * UNIT);
	call_as(t.a.django);
	assert_eq!(t.token.report_usage(ASSET, 2), Ok(()));
	for not_lessor in [t.a.bob, t.a.django] {
		call_as(not_lessor);
		assert_noop!(t, ASSET, t.token.collect(ASSET), Error::NotLessor);
	}
	at(3);
	call_as(t.a.alice);
	assert_eq!(t.token.collect(ASSET), Ok(3 * PRICE + 2 * UNIT));
	let e: Collected = last_event();
	assert_eq!((e.asset, e.lessor_org, e.amount), (ASSET, OWNER_ORG, 3 * PRICE + 2 * UNIT));
	let u = t.usage(ASSET);
	assert_eq!((u.accrued_from, u.rent_held, u.metered), (3, 7 * PRICE, 0));
	t.check();
	// Alice leaves the organisation: her key neither collects nor receives.
	t.chain.member(t.a.alice, 9, role::CUSTOMER);
	at(4);
	assert_noop!(t, ASSET, t.token.collect(ASSET), Error::NotLessor);
	assert_noop!(t, ASSET, t.token.withdraw(org(OWNER_ORG)), Error::NotPayee);
	call_as(t.alice2);
	assert_eq!(t.token.collect(ASSET), Ok(PRICE));
	// Long after the term: only the rest of the rent.
	at(END + 20);
	assert_eq!(t.token.collect(ASSET), Ok(6 * PRICE));
	assert_eq!(t.token.collect(ASSET), Ok(0));
	t.withdraw(t.alice2, org(OWNER_ORG), 10 * PRICE + 2 * UNIT);
	// A free grant earns nothing.
	assert_eq!(t.token.grant(OTHER, t.a.bob, END + 30), Ok(()));
	assert_noop!(t, OTHER, t.token.collect(OTHER), Error::NotRental);
	assert_noop!(t, 99, t.token.collect(99), Error::NotInUse);
	t.check();
}

#[ink::test]
fn credits_are_pulled_by_their_payee_only() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	at(END);
	call_as(t.a.eve);
	assert_eq!(t.token.settle(ASSET), Ok(()));
	assert_eq!(t.token.owed(), 10 * PRICE, "settling credits, it pays nothing out");
	// Not the account, not an account of the organisation, the organisation's device.
	for (who, payee) in
		[(t.a.eve, org(RENTER_ORG)), (t.a.bob, org(OWNER_ORG)), (t.a.django, org(OWNER_ORG))]
	{
		call_as(who);
		assert_noop!(t, ASSET, t.token.withdraw(payee), Error::NotPayee);
	}
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.withdraw(acct(t.a.bob)), Error::NothingOwed);
	// A suspended organisation: its other account does not act for it; its account of
	// record (alice listed) takes the credit for its exit (RT-6).
	t.chain.set_roles(OWNER_ORG, 0);
	call_as(t.alice2);
	assert_noop!(t, ASSET, t.token.withdraw(org(OWNER_ORG)), Error::NotPayee);
	assert_eq!(t.token.account_of_record(OWNER_ORG), Some(t.a.alice));
	t.withdraw(t.a.alice, org(OWNER_ORG), 10 * PRICE);
	t.chain.set_roles(OWNER_ORG, role::MANUFACTURER);
	let e: Withdrawn = last_event();
	assert_eq!((e.payee, e.to, e.amount), (org(OWNER_ORG), t.a.alice, 10 * PRICE));
	assert_noop!(t, ASSET, t.token.withdraw(org(OWNER_ORG)), Error::NothingOwed);
	assert_eq!(t.token.owed(), 0);
	t.check();
}

/// A renter's employee rents for its organisation: the organisation gets the refunds,
/// and the key, once removed, neither extends nor tops up. A private renter (an account
/// of no organisation) is refunded to its account.
#[ink::test]
fn a_renting_organisation_gets_the_refunds_and_its_departed_key_cannot_act() {
	let mut t = setup();
	t.list(ASSET, true);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance + UNIT);
	assert_eq!(t.usage(ASSET).payer, org(RENTER_ORG));
	t.chain.member(t.a.bob, 9, role::CUSTOMER);
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE);
	assert_noop!(t, ASSET, t.token.extend(ASSET, END + 1), Error::NotUser);
	test::set_value_transferred::<E>(UNIT);
	assert_noop!(t, ASSET, t.token.top_up(ASSET), Error::NotUser);
	test::set_value_transferred::<E>(0);
	call_as(t.a.alice);
	assert_eq!(t.token.revoke(ASSET), Ok(()));
	assert_noop!(t, ASSET, t.token.withdraw(org(RENTER_ORG)), Error::NotPayee);
	let bob2 = AccountId::from([0xB2; 32]);
	t.chain.member(bob2, RENTER_ORG, role::CUSTOMER);
	test::set_account_balance::<E>(bob2, 0);
	t.withdraw(bob2, org(RENTER_ORG), PRICE * END as Balance + UNIT);
	// A private renter.
	let private = AccountId::from([0x77; 32]);
	test::set_account_balance::<E>(private, FUNDS);
	t.list(OTHER, false);
	t.rent(OTHER, private, END, PRICE * END as Balance);
	assert_eq!(t.usage(OTHER).payer, acct(private));
	call_as(t.a.alice);
	assert_eq!(t.token.revoke(OTHER), Ok(()));
	t.withdraw(private, acct(private), PRICE * END as Balance);
	assert_eq!(t.token.owed(), 0);
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
	assert_eq!(t.token.credit_of(org(OWNER_ORG)), PRICE * END as Balance);
	assert_eq!(t.token.user_of(ASSET), Some(t.a.eve));
	// And the owner's next grant settles the second one.
	at(END + 4);
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END + 9), Ok(()));
	assert_eq!(t.token.credit_of(org(OWNER_ORG)), PRICE * (END as Balance + 4));
	t.withdraw(t.a.alice, org(OWNER_ORG), PRICE * (END as Balance + 4));
	assert_eq!(t.token.owed(), 0);
	t.check();
}

#[ink::test]
fn an_asset_is_pledged_to_one_lender_of_another_organisation() {
	let mut t = setup();
	let (alice, charlie) = (t.a.alice, t.a.charlie);
	call_as(t.a.bob);
	assert_noop!(t, ASSET, t.token.pledge(ASSET, charlie), Error::NotOwner);
	call_as(alice);
	// A lender of the owner's own organisation, a device, an account of no organisation.
	for lender in [t.alice2, t.a.django, AccountId::from([0x55; 32])] {
		assert_noop!(t, ASSET, t.token.pledge(ASSET, lender), Error::BadLender);
	}
	assert_noop!(t, ASSET, t.token.pledge(ASSET, t.contract), Error::IsContract);
	at(3);
	assert_eq!(t.token.pledge(ASSET, charlie), Ok(()));
	let e: Pledged = last_event();
	assert_eq!((e.asset, e.lender, e.lender_org), (ASSET, charlie, LENDER_ORG));
	let pledge = Pledge {
		owner: OWNER_ORG,
		lender: charlie,
		lender_org: LENDER_ORG,
		since: 3,
		from_record: 1,
	};
	assert_eq!(t.token.pledge_of(ASSET), Some(pledge));
	assert_noop!(t, ASSET, t.token.pledge(ASSET, t.a.eve), Error::AlreadyPledged);
	assert_noop!(t, ASSET, t.token.release_pledge(ASSET), Error::NotLender);
	// Another account of the lender's organisation releases it.
	let charlie2 = AccountId::from([0xC2; 32]);
	t.chain.member(charlie2, LENDER_ORG, role::BANK);
	call_as(charlie2);
	assert_eq!(t.token.release_pledge(ASSET), Ok(()));
	let e: PledgeReleased = last_event();
	assert_eq!((e.asset, e.lender), (ASSET, charlie));
	assert_noop!(t, ASSET, t.token.release_pledge(ASSET), Error::NotPledged);
	call_as(alice);
	assert_eq!(t.token.pledge(ASSET, t.a.eve), Ok(()));
	t.check();
}

/// A pledge binds the organisation that made it: a sale voids it, and the buyer may
/// pledge its asset afresh (or clear the void record).
#[ink::test]
fn a_sale_voids_a_pledge() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.pledge(ASSET, t.a.charlie), Ok(()));
	t.chain.hand_ownership(ASSET, BUYER_ORG);
	assert_eq!(t.token.pledge_of(ASSET), None, "void once another owns the asset");
	// The seller cannot clear it (nor pledge again); the buyer can.
	assert_noop!(t, ASSET, t.token.release_pledge(ASSET), Error::NotLender);
	call_as(t.a.eve);
	assert_eq!(t.token.release_pledge(ASSET), Ok(()));
	assert_eq!(t.token.pledge(ASSET, t.a.charlie), Ok(()));
	assert_eq!(t.token.pledge_of(ASSET).map(|p| p.owner), Some(BUYER_ORG));
	// The buyer's own pledge is live: the buyer cannot clear it, the lender can.
	assert_noop!(t, ASSET, t.token.release_pledge(ASSET), Error::NotLender);
	t.chain.hand_ownership(OTHER, BUYER_ORG);
	call_as(t.a.alice);
	assert_noop!(t, OTHER, t.token.pledge(OTHER, t.a.charlie), Error::NotOwner);
	t.check();
}

/// RT-18: a voided free grant, listing or pledge revived when the asset came back to its
/// old owner (the voiding was sampled from the owner now, not latched).
#[ink::test]
fn voided_rights_do_not_revive_when_the_asset_comes_back() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.grant(ASSET, t.a.bob, END), Ok(()));
	assert_eq!(t.token.pledge(ASSET, t.a.charlie), Ok(()));
	t.list(OTHER, false);
	// Inspections and other records do not void anything.
	t.chain.note(Item::Part(ASSET));
	assert!(t.token.is_authorized(ASSET, t.a.bob));
	assert!(t.token.pledge_of(ASSET).is_some());
	// Sold, and bought back.
	for asset in [ASSET, OTHER] {
		t.chain.hand_ownership(asset, BUYER_ORG);
		t.chain.hand_ownership(asset, OWNER_ORG);
	}
	assert!(!t.token.is_authorized(ASSET, t.a.bob), "the grant stays void");
	assert_eq!(t.token.pledge_of(ASSET), None, "the pledge stays void");
	call_as(t.a.bob);
	test::set_value_transferred::<E>(PRICE * END as Balance);
	assert_noop!(t, OTHER, t.token.rent(OTHER, END, PRICE, None), Error::ListingStale);
	test::set_value_transferred::<E>(0);
	// The owner may pledge afresh (the void pledge no longer counts), or clear it.
	call_as(t.a.alice);
	assert_eq!(t.token.release_pledge(ASSET), Ok(()));
	assert_eq!(t.token.pledge(ASSET, t.a.charlie), Ok(()));
	assert!(t.token.pledge_of(ASSET).is_some());
	t.check();
}

/// RT-18: the check reads a bounded stretch of history; a long one reads as void until
/// anyone refreshes the records while the owner is unchanged.
#[ink::test]
fn a_long_history_is_refreshed_not_trusted() {
	let mut t = setup();
	call_as(t.a.alice);
	assert_eq!(t.token.pledge(ASSET, t.a.charlie), Ok(()));
	for _ in 0..MAX_HISTORY_READ {
		t.chain.note(Item::Part(ASSET));
	}
	assert!(t.token.pledge_of(ASSET).is_some(), "within the bound");
	t.chain.note(Item::Part(ASSET));
	assert_eq!(t.token.pledge_of(ASSET), None, "beyond the bound: fail closed");
	// Refreshing in steps (each within the bound) moves the mark forward.
	call_as(t.a.alice);
	assert_eq!(t.token.pledge(OTHER, t.a.charlie), Ok(()));
	for _ in 0..2 {
		for _ in 0..MAX_HISTORY_READ {
			t.chain.note(Item::Part(OTHER));
		}
		call_as(t.a.eve);
		assert_eq!(t.token.refresh(OTHER), Ok(1));
	}
	assert!(t.token.pledge_of(OTHER).is_some());
	// Once broken, a refresh does not mend it.
	t.chain.hand_ownership(OTHER, BUYER_ORG);
	t.chain.hand_ownership(OTHER, OWNER_ORG);
	assert_eq!(t.token.refresh(OTHER), Ok(0));
	assert_eq!(t.token.pledge_of(OTHER), None);
	t.check();
}

/// A key the test holds, registered as an account of `participant`.
fn key(t: &Test, seed: u8, participant: Option<ParticipantId>) -> (Keypair, AccountId) {
	let key = MiniSecretKey::from_bytes(&[seed; 32])
		.expect("32 bytes")
		.expand_to_keypair(ExpansionMode::Ed25519);
	let account = AccountId::from(key.public.to_bytes());
	if let Some(p) = participant {
		t.chain.member(account, p, role::MANUFACTURER);
	}
	(key, account)
}

fn sign(key: &Keypair, payload: &[u8]) -> [u8; 64] {
	key.sign(signing_context(b"substrate").bytes(payload)).to_bytes()
}

/// An owner's key, a user's key, a grant for the user from block 2 to `END`, the owner's
/// signature of it, a device's challenge and the user's response.
struct Signed {
	owner_key: Keypair,
	owner: AccountId,
	user_key: Keypair,
	grant: SignedGrant,
	signature: [u8; 64],
	challenge: [u8; 32],
	response: [u8; 64],
}

fn signed(t: &Test) -> Signed {
	let (owner_key, owner) = key(t, 7, Some(OWNER_ORG));
	let (user_key, user) = key(t, 9, None);
	let grant = SignedGrant { asset: ASSET, user, not_before: 2, expires: END, nonce: 0 };
	let signature = sign(&owner_key, &t.token.grant_payload(grant));
	let challenge = [0x42; 32];
	let response = sign(&user_key, &t.token.challenge_payload(ASSET, challenge));
	Signed { owner_key, owner, user_key, grant, signature, challenge, response }
}

impl Test {
	fn check_grant(&self, s: &Signed) -> Result<()> {
		self.token.check_signed_grant(s.grant, s.owner, s.signature, s.challenge, s.response)
	}
}

#[ink::test]
fn a_signed_grant_binds_the_contract_the_chain_and_its_validity() {
	let t = setup();
	let s = signed(&t);
	let mut expected = GRANT_DOMAIN.to_vec();
	expected.extend((t.contract, Hash::from(CHAIN), s.grant).encode());
	assert_eq!(t.token.grant_payload(s.grant), expected);
	let mut expected = CHALLENGE_DOMAIN.to_vec();
	expected.extend((t.contract, Hash::from(CHAIN), ASSET, s.challenge).encode());
	assert_eq!(t.token.challenge_payload(ASSET, s.challenge), expected);
	assert_eq!(t.token.chain(), Hash::from(CHAIN));
	// What an offline device does: verify both signatures against the public keys.
	let verify = |who: AccountId, payload: &[u8], signature: [u8; 64]| {
		let public = schnorrkel::PublicKey::from_bytes(who.as_ref()).expect("a public key");
		let sig = schnorrkel::Signature::from_bytes(&signature).expect("64 bytes");
		public.verify(signing_context(b"substrate").bytes(payload), &sig).is_ok()
	};
	assert!(verify(s.owner, &t.token.grant_payload(s.grant), s.signature));
	let answer = t.token.challenge_payload(ASSET, s.challenge);
	assert!(verify(s.grant.user, &answer, s.response));
	at(1);
	assert_eq!(t.check_grant(&s), Err(Error::NotYetValid));
	at(2);
	assert_eq!(t.check_grant(&s), Ok(()));
	at(END - 1);
	assert_eq!(t.check_grant(&s), Ok(()));
	at(END);
	assert_eq!(t.check_grant(&s), Err(Error::Expired));
	at(2);
	// Another user, asset, window or nonce, or a forged signature, does not verify.
	let bad = Err(Error::BadSignature);
	for grant in [
		SignedGrant { user: t.a.eve, ..s.grant },
		SignedGrant { asset: OTHER, ..s.grant },
		SignedGrant { not_before: 1, ..s.grant },
		SignedGrant { expires: END + 1, ..s.grant },
		SignedGrant { nonce: 1, ..s.grant },
	] {
		assert_eq!(t.check_grant(&Signed { grant, ..signed(&t) }), bad);
	}
	let mut forged = s.signature;
	forged[0] ^= 1;
	assert_eq!(t.check_grant(&Signed { signature: forged, ..signed(&t) }), bad);
	// The same grant on another chain (or another instance) means nothing.
	let other_chain = UsageToken::new(Hash::from([0x01; 32]));
	let s2 = signed(&t);
	assert_eq!(
		other_chain.check_signed_grant(s2.grant, s2.owner, s2.signature, s2.challenge, s2.response),
		bad
	);
	// A validity longer than a week is refused, even signed.
	let long = SignedGrant { expires: 2 + MAX_GRANT_VALIDITY + 1, ..s.grant };
	let signature = sign(&s.owner_key, &t.token.grant_payload(long));
	let s3 = Signed { grant: long, signature, ..signed(&t) };
	assert_eq!(t.check_grant(&s3), Err(Error::ValidityTooLong));
	t.check();
}

/// A QR code copied by an outsider: without the user's key it answers no challenge, and
/// an answer to one challenge does not answer another.
#[ink::test]
fn the_presenter_proves_it_holds_the_user_key() {
	let t = setup();
	at(2);
	let s = signed(&t);
	let (eve_key, _) = key(&t, 11, None);
	let stolen = sign(&eve_key, &t.token.challenge_payload(ASSET, s.challenge));
	assert_eq!(t.check_grant(&Signed { response: stolen, ..signed(&t) }), Err(Error::BadResponse));
	let replayed = Signed { challenge: [0x43; 32], ..signed(&t) };
	assert_eq!(t.check_grant(&replayed), Err(Error::BadResponse));
	// An answer for another asset's door does not open this one.
	let other = sign(&s.user_key, &t.token.challenge_payload(OTHER, s.challenge));
	assert_eq!(t.check_grant(&Signed { response: other, ..signed(&t) }), Err(Error::BadResponse));
	assert_eq!(t.check_grant(&s), Ok(()));
}

/// A leaked grant: the owner revokes every grant it signed; a device that syncs the
/// nonce refuses it, and a grant signed with the new nonce works.
#[ink::test]
fn the_owner_revokes_signed_grants_with_a_nonce() {
	let mut t = setup();
	at(2);
	let s = signed(&t);
	assert_eq!(t.check_grant(&s), Ok(()));
	for who in [t.a.bob, t.a.django] {
		call_as(who);
		assert_noop!(t, ASSET, t.token.revoke_signed_grants(ASSET), Error::NotOwner);
	}
	call_as(t.alice2);
	assert_eq!(t.token.revoke_signed_grants(ASSET), Ok(1));
	let e: SignedGrantsRevoked = last_event();
	assert_eq!((e.asset, e.nonce), (ASSET, 1));
	assert_eq!((t.token.grant_nonce(ASSET), t.token.grant_nonce(OTHER)), (1, 0));
	assert_eq!(t.check_grant(&s), Err(Error::GrantRevoked));
	let grant = SignedGrant { nonce: 1, ..s.grant };
	let signature = sign(&s.owner_key, &t.token.grant_payload(grant));
	assert_eq!(t.check_grant(&Signed { grant, signature, ..signed(&t) }), Ok(()));
	t.check();
}

/// A grant signed for offline use does not let anyone in while a renter pays for the
/// asset, nor once the signer's organisation sold it or the signer left.
#[ink::test]
fn a_signed_grant_yields_to_a_paid_rental_and_to_a_sale() {
	let mut t = setup();
	at(2);
	let s = signed(&t);
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END - 2, PRICE * Balance::from(END - 4));
	assert_eq!(t.check_grant(&s), Err(Error::InUse));
	at(END - 2);
	assert_eq!(t.check_grant(&s), Ok(()));
	// The signer leaves its organisation.
	t.chain.member(s.owner, 9, role::CUSTOMER);
	assert_eq!(t.check_grant(&s), Err(Error::NotOwner));
	t.chain.member(s.owner, OWNER_ORG, role::MANUFACTURER);
	t.chain.hand_ownership(ASSET, RENTER_ORG);
	assert_eq!(t.check_grant(&s), Err(Error::NotOwner));
	t.check();
}

/// Random sequences of every message from every party, checked after each step: the
/// balance equals what is owed, and once every deadline has passed the honest parties
/// acting alone get every unit out.
/// RT-6: on chain a suspended organisation's accounts are no members, so its rent could
/// not be withdrawn until it was reinstated (for ever, if never).
#[ink::test]
fn a_suspended_lessors_rent_is_withdrawn_by_its_account_of_record() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	at(END);
	call_as(t.a.eve);
	assert_eq!(t.token.settle(ASSET), Ok(()));
	// A registrar suspends the owner and never reinstates it.
	t.chain.set_roles(OWNER_ORG, 0);
	call_as(t.a.alice);
	assert_noop!(t, ASSET, t.token.register_account(), Error::NotPayee);
	call_as(t.a.eve);
	assert_noop!(t, ASSET, t.token.withdraw(org(OWNER_ORG)), Error::NotPayee);
	t.withdraw(t.a.alice, org(OWNER_ORG), 10 * PRICE);
	assert_eq!(t.token.owed(), 0);
	// A key that left for another, active organisation no longer speaks for it.
	t.chain.set_roles(OWNER_ORG, role::MANUFACTURER);
	call_as(t.a.alice);
	t.list(OTHER, false);
	t.rent(OTHER, t.a.bob, 2 * END, PRICE * END as Balance);
	at(2 * END);
	t.token.settle(OTHER).unwrap();
	t.chain.member(t.a.alice, BUYER_ORG, role::CUSTOMER);
	call_as(t.alice2);
	assert_eq!(t.token.register_account(), Ok(OWNER_ORG));
	t.chain.set_roles(OWNER_ORG, 0);
	call_as(t.a.alice);
	assert_noop!(t, OTHER, t.token.withdraw(org(OWNER_ORG)), Error::NotPayee);
	t.withdraw(t.alice2, org(OWNER_ORG), 10 * PRICE);
	t.check();
}

#[ink::test]
fn random_sequences_keep_the_books_and_lock_nothing() {
	// 200 seeded runs of 60 steps; a failure names its seed and step.
	let done: usize = (1..=200u64).map(random_run).sum();
	assert!(done > 2_000, "the runs do things: {done} messages succeeded");
}

/// The roles `setup` gives an organisation.
fn roles_of(p: ParticipantId) -> u16 {
	match p {
		OWNER_ORG => role::MANUFACTURER,
		LENDER_ORG => role::BANK,
		_ => role::CUSTOMER,
	}
}

/// A payable call as the chain makes it: the value moves only if the message succeeds.
fn paid(
	who: AccountId,
	value: Balance,
	call: impl FnOnce(&mut UsageToken) -> Result<()>,
	token: &mut UsageToken,
) -> Result<()> {
	test::set_value_transferred::<E>(value);
	let result = call(token);
	if result.is_ok() {
		let contract = test::callee::<E>();
		test::set_account_balance::<E>(who, balance(who) - value);
		test::set_account_balance::<E>(contract, balance(contract) + value);
	}
	result
}

fn random_run(seed: u64) -> usize {
	let mut t = setup();
	let mut rng = seed;
	let mut next = |n: u64| {
		rng ^= rng << 13;
		rng ^= rng >> 7;
		rng ^= rng << 17;
		rng % n
	};
	let a = test::default_accounts::<E>();
	let people = [a.alice, t.alice2, a.bob, a.charlie, a.django, a.eve, a.frank];
	let mut now: BlockNumber = 0;
	let mut done = 0;
	for step in 0..60 {
		let who = people[next(people.len() as u64) as usize];
		let asset = [ASSET, OTHER][next(2) as usize];
		let until = now + 1 + next(30) as BlockNumber;
		call_as(who);
		let result = match next(18) {
			0 => t.token.grant(asset, a.bob, until),
			1 => {
				let meter = (next(2) == 0).then_some(t.meter());
				t.token.list(asset, PRICE * (1 + next(2) as Balance), 20 + next(20) as u32, meter)
			},
			2 | 3 => {
				// The renter states the listing's terms as it reads them; now and then terms
				// it read before the lessor relisted (another price, the meter added or
				// dropped, or the meter's unit price raised), which never rent.
				let read = t.token.listing(asset).map(|l| (l.price_per_block, l.meter));
				let stale = read.is_some() && next(4) == 0;
				let (price, meter) = match read {
					Some((p, m)) if stale => match next(3) {
						0 => (p + PRICE, m),
						1 => (p, if m.is_some() { None } else { Some(t.meter()) }),
						_ => (p, Some(Meter { unit_price: 1_000 * UNIT, ..t.meter() })),
					},
					Some(terms) => terms,
					None => (PRICE, None),
				};
				let value = read
					.map_or(ED, |_| price * Balance::from(until - now) + next(3) as Balance * UNIT);
				let result =
					paid(who, value, |tk| tk.rent(asset, until, price, meter), &mut t.token);
				if stale {
					assert!(
						matches!(result, Err(Error::TermsChanged | Error::ListingStale)),
						"seed {seed} step {step}: stale terms rented: {result:?}"
					);
				} else {
					assert_ne!(result, Err(Error::TermsChanged), "seed {seed} step {step}");
				}
				result
			},
			4 => {
				let value = t.token.usage(asset).map_or(ED, |u| {
					u.price_per_block * Balance::from(until.saturating_sub(u.expires))
				});
				paid(who, value, |tk| tk.extend(asset, until), &mut t.token)
			},
			5 => paid(who, UNIT, |tk| tk.top_up(asset), &mut t.token),
			6 => t.token.report_usage(asset, 1 + next(3)),
			7 => t.token.collect(asset).map(|_| ()),
			8 => t.token.revoke(asset),
			9 => t.token.settle(asset),
			10 => {
				t.token.withdraw(if next(2) == 0 { acct(who) } else { org(OWNER_ORG) }).map(|_| ())
			},
			11 => t.token.pledge(asset, a.charlie),
			12 => {
				t.chain.hand_ownership(asset, [OWNER_ORG, BUYER_ORG][next(2) as usize]);
				Ok(())
			},
			// An organisation suspended or reinstated.
			13 => {
				let p = [OWNER_ORG, RENTER_ORG, BUYER_ORG][next(3) as usize];
				t.chain.set_roles(p, if next(2) == 0 { 0 } else { roles_of(p) });
				Ok(())
			},
			// Anyone moves the history marks forward (RT-18).
			17 => t.token.refresh(asset).map(|_| ()),
			// Alice's key removed from her organisation, or added back.
			14 => {
				let p = if next(2) == 0 { 9 } else { OWNER_ORG };
				t.chain.member(a.alice, p, role::MANUFACTURER);
				Ok(())
			},
			_ => {
				now += 1 + next(10) as BlockNumber;
				at(now);
				Ok(())
			},
		};
		done += usize::from(result.is_ok());
		test::set_value_transferred::<E>(0);
		assert_eq!(balance(t.contract), t.token.owed(), "seed {seed} step {step}");
	}
	// After every deadline, honest parties acting alone get everything out.
	now += MAX_TERM + REPORT_GRACE + NOTICE_PERIOD;
	at(now);
	for asset in [ASSET, OTHER] {
		if let Some(u) = t.token.usage(asset) {
			call_as(a.eve);
			assert_eq!(t.token.settle(asset), Ok(()), "seed {seed}: {u:?} settles");
		}
	}
	// An organisation still suspended exits through its account of record, if that
	// account acts for no active organisation (RT-6).
	for p in [OWNER_ORG, RENTER_ORG, BUYER_ORG] {
		let suspended = t.chain_roles(p) == 0;
		let record = t.token.account_of_record(p);
		if let (true, Some(r)) = (suspended, record) {
			let owed = t.token.credit_of(org(p));
			if owed > 0 && t.chain_member(r).is_none() {
				t.withdraw(r, org(p), owed);
			}
		}
	}
	// Governance reinstates every suspended organisation; what is left (an organisation
	// whose account of record left for another) waits for it, nobody else takes it.
	for p in [OWNER_ORG, RENTER_ORG, BUYER_ORG] {
		t.chain.set_roles(p, roles_of(p));
	}
	// Organisation 9 (where alice's key may have gone) has an account of its own.
	let other = AccountId::from([0x99; 32]);
	t.chain.member(other, 9, role::MANUFACTURER);
	test::set_account_balance::<E>(other, 0);
	for (who, payee) in [
		(a.bob, acct(a.bob)),
		(a.eve, acct(a.eve)),
		(a.alice, acct(a.alice)),
		(a.charlie, acct(a.charlie)),
		(a.django, acct(a.django)),
		(a.frank, acct(a.frank)),
		(t.alice2, acct(t.alice2)),
		(t.alice2, org(OWNER_ORG)),
		(other, org(9)),
		(a.eve, org(BUYER_ORG)),
		(a.bob, org(RENTER_ORG)),
		(a.charlie, org(LENDER_ORG)),
	] {
		call_as(who);
		let _ = t.token.withdraw(payee);
	}
	assert_eq!(t.token.owed(), 0, "seed {seed}: everything came out");
	t.check();
	done
}

// Issue 16 item 20: a governed replacement of the contract's code; money that needs no
// answer from the chain extension to come out.

impl amchain_ink::testing::Governed for UsageToken {
	type Error = Error;
	fn schedule_code(&mut self, code_hash: ink::primitives::Hash) -> Result<BlockNumber> {
		UsageToken::schedule_code(self, code_hash)
	}
	fn cancel_code(&mut self) -> Result<()> {
		UsageToken::cancel_code(self)
	}
	fn apply_code(&mut self) -> Result<()> {
		UsageToken::apply_code(self)
	}
	fn lapse_code(&mut self) -> Result<()> {
		UsageToken::lapse_code(self)
	}
	fn scheduled_code(&self) -> Option<amchain_ink::ScheduledCode> {
		UsageToken::scheduled_code(self)
	}
}

/// Only the governor schedules or cancels; no one applies before the delay; the rental
/// and the money are untouched throughout.
#[ink::test]
fn only_the_governor_replaces_the_code_and_only_after_the_delay() {
	let mut t = setup();
	t.list(ASSET, false);
	t.rent(ASSET, t.a.bob, END, PRICE * END as Balance);
	let (chain, contract, renter) = (t.chain.clone(), t.contract, t.a.bob);
	amchain_ink::testing::check_governed_code(&mut t.token, &chain, renter, |tk| {
		(tk.usage(ASSET), tk.listing(ASSET), tk.owed(), balance(contract))
	});
	t.check();
}

/// Due, `apply_code` asks the chain to swap the code (not in ink!'s off-chain engine).
#[ink::test]
#[should_panic(expected = "off-chain environment does not support `set_code_hash`")]
fn a_due_code_is_swapped_in_by_anyone() {
	let mut t = setup();
	let (chain, eve) = (t.chain.clone(), t.a.eve);
	amchain_ink::testing::check_governed_code(&mut t.token, &chain, t.a.alice, |_| ());
	call_as(eve);
	let _ = t.token.apply_code();
}

/// A rental ends after its term without asking the chain extension anything: `settle`
/// works while every function fails or answers what this code cannot decode, and a renter
/// that paid from its own account withdraws its credit without the chain either.
#[ink::test]
fn a_rental_settles_after_its_term_even_if_the_chain_cannot_answer() {
	let mut t = setup();
	t.list(ASSET, true);
	let stranger = AccountId::from([0x5E; 32]);
	test::set_account_balance::<E>(stranger, 1_000 * PRICE);
	t.rent(ASSET, stranger, END, PRICE * END as Balance + 4 * UNIT);
	t.chain.fail_all(ExtensionError::Undecodable);
	at(END + REPORT_GRACE);
	call_as(t.a.eve);
	assert_eq!(t.token.settle(ASSET), Ok(()));
	assert_eq!(t.token.usage(ASSET), None);
	let refund = t.token.credit_of(acct(stranger));
	assert_eq!(refund, 4 * UNIT, "the unused metering deposit is the renter's");
	call_as(stranger);
	assert_eq!(t.token.withdraw(acct(stranger)), Ok(refund));
	t.chain.answer_all_again();
	t.check();
}
