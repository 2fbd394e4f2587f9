//! # usage_token — time-limited usage rights over parts (ERC-4907 on amchain)
//!
//! The asset is a part registered in pallet-parts (a machine, a vehicle, a tool); its
//! owner is whichever organisation pallet-parts says owns it now, read through amchain's
//! chain extension. Every use records the organisation that granted or let it (the
//! *lessor*); authority and money follow that organisation, not the key that signed.
//!
//! For the owner (a current, non-device account of the owning organisation, which is
//! not suspended):
//! - [`grant`](UsageToken::grant) the use of the asset to a user until a block, for free
//!   (and re-grant or [`revoke`](UsageToken::revoke) it at will);
//! - [`list`](UsageToken::list) it for rent at a price per block for terms up to a
//!   maximum (at most [`MAX_TERM`]), optionally metered: a device of the owner's
//!   organisation reports usage units, each charged from the renter's deposit ("power
//!   by the hour"), at most the meter's `max_units` per report and one report a block;
//! - [`pledge`](UsageToken::pledge) the asset as collateral to a lender of another
//!   organisation: a lien flag that only the lender lifts and that a sale voids;
//! - [`revoke_signed_grants`](UsageToken::revoke_signed_grants): void every grant it
//!   signed for offline devices.
//!
//! For renters: [`rent`](UsageToken::rent) a listed asset until a block, paying the
//! whole term up front (plus any deposit), at the price and meter the renter states (the
//! listing's as it read them: refused with `TermsChanged` if the lessor relisted since);
//! [`extend`](UsageToken::extend) the term while the listing still offers it at the same
//! terms; [`top_up`](UsageToken::top_up) the deposit.
//!
//! For the lessor: rent is the lessor's block by block ([`collect`](UsageToken::collect));
//! the lessor cannot cut a paid term short except by [`revoke`](UsageToken::revoke),
//! which refunds the unused rent and the deposit.
//!
//! **A sale moves the right.** Once pallet-parts records another owner, a free grant of
//! the old owner is no longer authorised, the old owner's listing cannot be rented or
//! extended, and its pledge is void — for good: the voiding is latched, read from the
//! part's history (did the organisation receive ownership again since the grant,
//! listing or pledge was made?), so none revives when the asset comes back to its old
//! owner. A history longer than [`MAX_HISTORY_READ`] records since then reads as void
//! until someone [`refresh`](UsageToken::refresh)es the record (fail closed). A paid rental keeps running (the renter paid for
//! it) until the new owner ends it with [`revoke`](UsageToken::revoke): that gives
//! notice — the term ends [`NOTICE_PERIOD`] blocks later, or at its end if sooner — and
//! refunds the rent of the blocks cut, pro rata, to the renter.
//!
//! For anyone: after the term (and, on a metered rental, [`REPORT_GRACE`] blocks more
//! for the device's last reports), [`settle`](UsageToken::settle) it.
//!
//! **Payouts are pulled.** Ending or collecting a use credits the lessor organisation
//! and the user; each takes its credit with [`withdraw`](UsageToken::withdraw) — an
//! organisation's credit by any of its current (non-device) accounts, to that account —
//! so a recipient that cannot receive blocks nobody else. Payments in below the chain's
//! existential deposit are refused.
//!
//! **Suspension contains, it does not confiscate.** While an organisation is suspended
//! the chain answers that none of its accounts is a member: it cannot act. Its credit is
//! still withdrawn by its *account of record* — the last person's account that acted
//! for it here while it was active (granting, listing, pledging, renting, collecting,
//! revoking, withdrawing) or that called [`register_account`](UsageToken::register_account)
//! — as long as that account acts for no active organisation. After an admin key
//! rotation the new admin should act here or call `register_account`.
//!
//! Door and machine controllers ask [`is_authorized`](UsageToken::is_authorized) in a
//! free dry-run call (`ContractsApi_call` over JSON-RPC, no transaction). A device that
//! is offline checks a grant the owner signed instead (docs/contracts.md, "Controllers
//! and offline devices", gives the protocol step by step): the owner signs
//! [`grant_payload`](UsageToken::grant_payload) — bound to this contract, the chain id
//! given at instantiation, a not-before and an expiry at most [`MAX_GRANT_VALIDITY`]
//! apart, and the asset's revocation nonce — and the presenter answers the device's
//! fresh challenge with the user key ([`challenge_payload`](UsageToken::challenge_payload)).
//! [`check_signed_grant`](UsageToken::check_signed_grant) performs the same checks on
//! chain, and also that the signer's organisation owns the asset now and that no paid
//! rental runs.
//!
//! The contract's balance is at least what it owes ([`owed`](UsageToken::owed)): the
//! prepaid rent, deposits, uncollected charges and credits not yet withdrawn. It is
//! equal unless someone sends the contract a plain transfer, which nobody is owed and
//! which stays in the contract (there is no sweep: no account governs this contract).
//! Money leaves only by [`withdraw`](UsageToken::withdraw), after the records are
//! updated; the contract calls no other contract and ink! refuses re-entry.
//!
//! **The lien binds only within this contract.** pallet-parts does not know of a
//! pledge: the owner can still sell the part, and the sale voids the pledge. A lender
//! that needs its lien to bind the title must take it outside this contract (custody
//! of the part, or a security agreement off chain).
//!
//! **Replacing the code.** The governor (the account the chain extension names, which
//! only three quarters of the council act as) may announce an uploaded code with
//! `schedule_code` (the contract locks it); anyone swaps it in with `apply_code` a week
//! (`CODE_DELAY`) later and within a day (`APPLY_WINDOW`), after which the announcement
//! lapses (docs/contracts.md,
//! "Replacing a contract"). `settle` asks the chain extension nothing, so a rental's
//! money comes out after its term whatever the extension answers.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data trips: it casts the variant index to u8.
#![allow(clippy::cast_possible_truncation)]

#[ink::contract(env = amchain_ink::AmchainEnvironment)]
mod usage_token {
	use amchain_ink::{
		record::membership,
		storage_key,
		upgrade::{CodeError, CodeSchedule, ScheduledCode},
		AccountsOfRecord, ExtensionError, Handover, Item, PartId, ParticipantId, RecordIndex,
		MAX_RECEIPT_SCAN,
	};
	use ink::{prelude::vec::Vec, scale::Encode, storage::Mapping};

	/// An asset: a part's id in pallet-parts.
	pub type AssetId = PartId;

	/// What a signed grant's payload starts with, so that a signature over it can mean
	/// nothing else.
	pub const GRANT_DOMAIN: &[u8] = b"amchain:usage-grant:v2:";
	/// What the user key signs in answer to a device's challenge.
	pub const CHALLENGE_DOMAIN: &[u8] = b"amchain:usage-challenge:";

	/// Blocks of 6 s in a day.
	const DAY: BlockNumber = 14_400;
	/// The longest term a listing may offer (a year): how long a rental can bind an owner.
	pub const MAX_TERM: BlockNumber = 365 * DAY;
	/// How long a paid rental still runs after the owner that bought the asset from its
	/// lessor gives notice (a day).
	pub const NOTICE_PERIOD: BlockNumber = DAY;
	/// How long after a metered rental's term its device may still report the usage of
	/// the term, before anyone may settle it (an hour).
	pub const REPORT_GRACE: BlockNumber = DAY / 24;
	/// The longest a signed grant may be valid, from its not-before to its expiry (a week).
	pub const MAX_GRANT_VALIDITY: BlockNumber = 7 * DAY;
	/// How many receipt reads (of `MAX_RECEIPT_SCAN` records each) one check of a grant,
	/// listing or pledge makes of the part's history since it was made.
	const HISTORY_READS: u32 = 4;
	/// The most history records one check reads; beyond, the grant, listing or pledge
	/// reads as void until [`refresh`](UsageToken::refresh)ed.
	pub const MAX_HISTORY_READ: u32 = HISTORY_READS * MAX_RECEIPT_SCAN - 1;

	/// Pay-per-use terms: a device of the owner's organisation reports usage units.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Meter {
		pub device: AccountId,
		pub unit_price: Balance,
		/// The most units one report may charge (and one report a block).
		pub max_units: u64,
	}

	/// An owner's offer to let an asset.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Listing {
		/// The owner's account that listed it.
		pub lessor: AccountId,
		/// Its organisation: paid, and the only one that may revoke.
		pub lessor_org: ParticipantId,
		/// The part's history length when listed (or last refreshed): the listing is void
		/// once `lessor_org` received the part's ownership again after it (it had lost
		/// it in between).
		pub from_record: RecordIndex,
		pub price_per_block: Balance,
		/// The longest a rental may run ahead of the block it is rented or extended in.
		pub max_term: BlockNumber,
		pub meter: Option<Meter>,
	}

	/// The current user of an asset, by grant or rental.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Usage {
		pub user: AccountId,
		/// Who gets back the unused rent and the deposit: the organisation the renter
		/// acted for when it rented, or its account if it acts for none.
		pub payer: Payee,
		/// The first block at which the use is no longer authorised.
		pub expires: BlockNumber,
		/// The owner's account that granted or let the asset.
		pub lessor: AccountId,
		/// Its organisation, which owned the asset then: paid, and may revoke.
		pub lessor_org: ParticipantId,
		/// The part's history length when granted or let (or last refreshed): a free
		/// grant is void once `lessor_org` lost the ownership, even if it came back.
		pub from_record: RecordIndex,
		/// 0 for a free grant.
		pub price_per_block: Balance,
		/// Rent from this block on is still held for the lessor.
		pub accrued_from: BlockNumber,
		/// Prepaid rent the contract still holds (`price × (expires − accrued_from)`).
		pub rent_held: Balance,
		pub meter: Option<Meter>,
		/// What is left of the renter's metering deposit.
		pub deposit: Balance,
		/// Metered charges not yet credited to the lessor.
		pub metered: Balance,
		/// The block of the device's last report (one a block).
		pub reported_at: Option<BlockNumber>,
		/// The block at which a new owner gave notice, if one did.
		pub notice: Option<BlockNumber>,
	}

	/// A lien on an asset.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Pledge {
		/// The organisation that owned the asset when it pledged it; the pledge is void
		/// once another owns it.
		pub owner: ParticipantId,
		pub lender: AccountId,
		/// The lender's organisation: any of its current accounts releases the pledge.
		pub lender_org: ParticipantId,
		pub since: BlockNumber,
		/// The part's history length when pledged (or last refreshed): void once `owner`
		/// lost the ownership, even if it came back.
		pub from_record: RecordIndex,
	}

	/// Whom the contract owes a credit.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub enum Payee {
		/// An account acting for no organisation (a free grant's user, a private renter).
		Account(AccountId),
		/// An organisation (a lessor's rent and metered charges, a renting organisation's
		/// refunds), paid to whichever of its current accounts withdraws.
		Organisation(ParticipantId),
	}

	/// A grant the owner signs for devices that check offline.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub struct SignedGrant {
		pub asset: AssetId,
		pub user: AccountId,
		/// The first block at which the grant is valid.
		pub not_before: BlockNumber,
		/// The first block at which it is no longer valid (at most
		/// [`MAX_GRANT_VALIDITY`] after `not_before`).
		pub expires: BlockNumber,
		/// The asset's revocation nonce when signed
		/// ([`grant_nonce`](UsageToken::grant_nonce)).
		pub nonce: u32,
	}

	/// Why a message did nothing.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// The caller (or signer) is not a current account of the organisation that owns
		/// the part now (devices and suspended organisations do not count).
		NotOwner,
		/// The listing's organisation no longer owns the part (or is suspended), or the
		/// use's lessor no longer owns it (a new owner ends it with `revoke`).
		ListingStale,
		/// The asset is not listed for rent.
		NotListed,
		/// A price of nothing, or a meter that allows no units.
		ZeroPrice,
		/// The meter's device is not a device of the owner's organisation.
		BadDevice,
		/// The block is not after the current block.
		NotInFuture,
		/// The term runs further ahead than the listing's maximum term (or than
		/// [`MAX_TERM`]), or a maximum term of nothing.
		TermTooLong,
		/// Someone uses the asset now (a rental, a grant to be revoked first, or a metered
		/// rental whose reporting grace runs).
		InUse,
		/// Nobody uses the asset.
		NotInUse,
		/// The use (or signed grant) has expired.
		Expired,
		/// The use has not expired yet (or its reporting grace runs).
		NotExpired,
		/// Only the current user (still acting for the organisation that paid) may do this.
		NotUser,
		/// Only an account of the lessor's organisation (or of the owner now) may do this.
		NotLessor,
		/// Only the meter's device, still a device of the lessor, may do this.
		NotDevice,
		/// A free grant has no rent to extend or collect.
		NotRental,
		/// The rental is not metered.
		NotMetered,
		/// The new expiry is not after the current one.
		NotLater,
		/// The listing does not offer the price and meter stated: on `rent`, the ones the
		/// renter read (the lessor relisted since); on `extend`, the rental's.
		TermsChanged,
		/// The value sent is not what the term costs (less, or more on an unmetered
		/// rental, which takes no deposit).
		WrongValue,
		/// An amount below the chain's existential deposit (or no units reported).
		BelowMinimum,
		/// The deposit does not cover the usage reported.
		InsufficientDeposit,
		/// More units than the meter allows in one report, or a second report this block.
		TooManyUnits,
		/// The notice has been given already.
		NoticeGiven,
		/// The asset is pledged already.
		AlreadyPledged,
		/// The asset is not pledged.
		NotPledged,
		/// Only an account of the lender's organisation may release the pledge.
		NotLender,
		/// The lender is not a current account of an organisation, or of the owner's own.
		BadLender,
		/// The contract itself cannot be a user, lender or payee.
		IsContract,
		/// The signature is not the signer's over this grant.
		BadSignature,
		/// The presenter's answer to the challenge is not signed by the grant's user.
		BadResponse,
		/// The signed grant is not valid yet.
		NotYetValid,
		/// The signed grant is valid for longer than [`MAX_GRANT_VALIDITY`].
		ValidityTooLong,
		/// The owner has revoked the grants signed with this nonce.
		GrantRevoked,
		/// The caller may not withdraw this credit.
		NotPayee,
		/// Nothing is owed to this payee.
		NothingOwed,
		/// The chain could not answer a query about the part or an account.
		Extension(ExtensionError),
		/// Bookkeeping overflow (a price times a term beyond the balance type).
		Overflow,
		/// The chain refused a transfer (the credit stays to withdraw later).
		TransferFailed,
		/// Only the governor (the account the chain names, which three quarters of the
		/// council act as) may schedule or cancel a replacement of the contract's code.
		NotGovernor,
		/// No replacement of the contract's code is scheduled.
		NoCodeScheduled,
		/// The scheduled code's delay ([`CODE_DELAY`](amchain_ink::CODE_DELAY)) has not passed.
		CodeNotDue,
		/// pallet-contracts refused to swap the code in: the announcement stays.
		CodeSwapFailed,
		/// The scheduled code was not swapped in within
		/// [`APPLY_WINDOW`](amchain_ink::APPLY_WINDOW) of its block: it can no longer be
		/// (`lapse_code` clears it; a replacement needs a fresh schedule and a fresh week).
		CodeLapsed,
		/// The scheduled code's window is not over: it has not lapsed.
		CodeNotLapsed,
	}

	impl From<CodeError> for Error {
		fn from(e: CodeError) -> Self {
			match e {
				CodeError::NotGovernor => Error::NotGovernor,
				CodeError::NoCodeScheduled => Error::NoCodeScheduled,
				CodeError::CodeNotDue => Error::CodeNotDue,
				CodeError::CodeSwapFailed => Error::CodeSwapFailed,
				CodeError::CodeLapsed => Error::CodeLapsed,
				CodeError::CodeNotLapsed => Error::CodeNotLapsed,
				CodeError::Extension(e) => Error::Extension(e),
			}
		}
	}

	impl From<ExtensionError> for Error {
		fn from(e: ExtensionError) -> Self {
			Error::Extension(e)
		}
	}

	pub type Result<T> = core::result::Result<T, Error>;

	#[ink(event)]
	pub struct Listed {
		#[ink(topic)]
		pub asset: AssetId,
		pub listing: Option<Listing>,
	}

	/// The asset's user changed (ERC-4907 `UpdateUser`); `rent` and `deposit` were paid
	/// in with it.
	#[ink(event)]
	pub struct UserUpdated {
		#[ink(topic)]
		pub asset: AssetId,
		#[ink(topic)]
		pub user: AccountId,
		pub expires: BlockNumber,
		pub lessor_org: ParticipantId,
		pub rent: Balance,
		pub deposit: Balance,
	}

	#[ink(event)]
	pub struct Extended {
		#[ink(topic)]
		pub asset: AssetId,
		pub expires: BlockNumber,
		pub paid: Balance,
	}

	#[ink(event)]
	pub struct ToppedUp {
		#[ink(topic)]
		pub asset: AssetId,
		pub amount: Balance,
	}

	#[ink(event)]
	pub struct UsageReported {
		#[ink(topic)]
		pub asset: AssetId,
		pub units: u64,
		pub charged: Balance,
	}

	/// Rent earned and metered charges were credited to the lessor organisation.
	#[ink(event)]
	pub struct Collected {
		#[ink(topic)]
		pub asset: AssetId,
		pub lessor_org: ParticipantId,
		pub amount: Balance,
	}

	/// The owner that bought the asset from a rental's lessor gave notice: the term now
	/// ends at `expires`, and `refunded` (the rent of the blocks cut) is credited to the
	/// user.
	#[ink(event)]
	pub struct NoticeGiven {
		#[ink(topic)]
		pub asset: AssetId,
		#[ink(topic)]
		pub user: AccountId,
		pub owner: ParticipantId,
		pub expires: BlockNumber,
		pub refunded: Balance,
	}

	/// The use ended: revoked, or settled after its term; the amounts are credited.
	#[ink(event)]
	pub struct UsageEnded {
		#[ink(topic)]
		pub asset: AssetId,
		#[ink(topic)]
		pub user: AccountId,
		pub to_lessor: Balance,
		pub to_user: Balance,
		pub revoked: bool,
	}

	#[ink(event)]
	pub struct Pledged {
		#[ink(topic)]
		pub asset: AssetId,
		pub lender: AccountId,
		pub lender_org: ParticipantId,
	}

	#[ink(event)]
	pub struct PledgeReleased {
		#[ink(topic)]
		pub asset: AssetId,
		pub lender: AccountId,
	}

	/// The owner voided every grant it signed for the asset so far.
	#[ink(event)]
	pub struct SignedGrantsRevoked {
		#[ink(topic)]
		pub asset: AssetId,
		/// The nonce grants must carry from now on.
		pub nonce: u32,
	}

	/// An account made itself its organisation's account of record.
	#[ink(event)]
	pub struct AccountRecorded {
		#[ink(topic)]
		pub participant: ParticipantId,
		pub account: AccountId,
	}

	/// A credit was paid out.
	#[ink(event)]
	pub struct Withdrawn {
		pub payee: Payee,
		#[ink(topic)]
		pub to: AccountId,
		pub amount: Balance,
	}

	#[ink(storage)]
	pub struct UsageToken {
		/// The chain this instance serves (its genesis hash), bound into signed grants.
		chain: Hash,
		listings: Mapping<AssetId, Listing>,
		usages: Mapping<AssetId, Usage>,
		pledges: Mapping<AssetId, Pledge>,
		/// What ended uses left to withdraw.
		credits: Mapping<Payee, Balance>,
		/// Each asset's revocation nonce for signed grants.
		grant_nonces: Mapping<AssetId, u32>,
		/// What all usages and credits hold together: the contract's balance.
		owed: Balance,
		/// Each organisation's account of record: the last person's account that acted
		/// for it here while it was active.
		/// (At the storage keys of the two mappings it replaced.)
		accounts: AccountsOfRecord<
			{ storage_key("UsageToken::accounts") },
			{ storage_key("UsageToken::recorded") },
		>,
		/// The code announced to replace this contract's, if any (governed: see
		/// [`schedule_code`](Self::schedule_code)). A `Lazy` cell at its own key: it adds
		/// nothing to the root storage, so it moves none of the fields above.
		code: CodeSchedule<{ storage_key("UsageToken::code") }>,
	}

	/// Replacing the contract's code under governance (white paper 7.1; docs/contracts.md,
	/// "Replacing a contract"; [`amchain_ink::upgrade`]).
	impl UsageToken {
		/// The governor (the account the chain extension's `governor` names: on amchain a
		/// keyless account only three quarters of the council act as, through
		/// `Consortium.as_governor`) announces the code that will replace this contract's,
		/// from [`CODE_DELAY`](amchain_ink::CODE_DELAY) blocks on (a week): the block
		/// returned. The code must be uploaded already: the contract locks it while it is
		/// scheduled (pallet-contracts' delegate dependency; the call traps for a code not
		/// on chain or the one the contract runs), the governor paying the lock's deposit.
		/// Scheduling again replaces the announcement (`CodeCancelled` or `CodeLapsed` for
		/// the old code, unlocked) and restarts the delay. The new code must keep this
		/// contract's storage layout, or bring a migration (docs/contracts.md).
		///
		/// Emits `CodeScheduled`.
		#[ink(message)]
		pub fn schedule_code(&mut self, code_hash: Hash) -> Result<BlockNumber> {
			Ok(self.code.schedule(code_hash)?)
		}

		/// The governor withdraws the announced code and unlocks it.
		///
		/// Emits `CodeCancelled`.
		#[ink(message)]
		pub fn cancel_code(&mut self) -> Result<()> {
			Ok(self.code.cancel()?)
		}

		/// From the announced block to [`APPLY_WINDOW`](amchain_ink::APPLY_WINDOW) (a day)
		/// after it, anyone swaps the announced code in (`set_code_hash`): the contract
		/// keeps its account, balance and storage and runs the new code from the next call.
		/// `CodeNotDue` before, `CodeLapsed` after the window (nothing changes).
		///
		/// Emits `CodeApplied`.
		#[ink(message)]
		pub fn apply_code(&mut self) -> Result<()> {
			self.code.apply()?;
			Ok(())
		}

		/// After its window ([`APPLY_WINDOW`](amchain_ink::APPLY_WINDOW) past its block),
		/// anyone clears a lapsed announcement and unlocks its code. `CodeNotLapsed` before.
		///
		/// Emits `CodeLapsed`.
		#[ink(message)]
		pub fn lapse_code(&mut self) -> Result<()> {
			self.code.lapse()?;
			Ok(())
		}

		/// The code announced to replace this contract's, and the block from which it may
		/// be swapped in (until a day later; it has lapsed after), if any.
		#[ink(message)]
		pub fn scheduled_code(&self) -> Option<ScheduledCode> {
			self.code.get()
		}
	}

	impl UsageToken {
		/// A usage token for the chain whose genesis hash is `chain` (bound into every
		/// signed grant, so that a grant for one chain means nothing on another).
		#[ink(constructor)]
		pub fn new(chain: Hash) -> Self {
			Self {
				chain,
				listings: Mapping::default(),
				usages: Mapping::default(),
				pledges: Mapping::default(),
				credits: Mapping::default(),
				grant_nonces: Mapping::default(),
				owed: 0,
				accounts: Default::default(),
				code: Default::default(),
			}
		}

		/// The owner grants `user` the use of `asset` until block `expires`, for free.
		/// Replaces an earlier grant; refused while a rental runs (or its reporting grace).
		/// An ended rental is settled first. Emits `UserUpdated`.
		#[ink(message)]
		pub fn grant(
			&mut self,
			asset: AssetId,
			user: AccountId,
			expires: BlockNumber,
		) -> Result<()> {
			let lessor = self.env().caller();
			let owner = self.ensure_owner(lessor, asset)?;
			self.accounts.record(owner, lessor);
			self.ensure_not_contract(user)?;
			self.ensure_future(expires)?;
			if let Some(usage) = self.usages.get(asset) {
				if !self.settleable(&usage) && usage.price_per_block != 0 {
					return Err(Error::InUse);
				}
				self.end_now(asset, usage)?;
			}
			let usage = Usage {
				user,
				payer: Payee::Account(user),
				expires,
				lessor,
				lessor_org: owner,
				from_record: self.history_len(asset)?,
				price_per_block: 0,
				accrued_from: self.env().block_number(),
				rent_held: 0,
				meter: None,
				deposit: 0,
				metered: 0,
				reported_at: None,
				notice: None,
			};
			self.usages.insert(asset, &usage);
			self.env().emit_event(UserUpdated {
				asset,
				user,
				expires,
				lessor_org: owner,
				rent: 0,
				deposit: 0,
			});
			Ok(())
		}

		/// The owner offers the asset for rent at `price_per_block`, for terms reaching
		/// at most `max_term` blocks ahead (at most [`MAX_TERM`]); with a `meter`, its
		/// device reports usage charged at `unit_price` from the renter's deposit.
		/// Replaces an earlier listing (a running rental keeps its terms, but `extend`
		/// needs the listing to offer them still, and a `rent` that stated the earlier
		/// terms is refused). Emits `Listed`.
		#[ink(message)]
		pub fn list(
			&mut self,
			asset: AssetId,
			price_per_block: Balance,
			max_term: BlockNumber,
			meter: Option<Meter>,
		) -> Result<()> {
			let lessor = self.env().caller();
			let owner = self.ensure_owner(lessor, asset)?;
			self.accounts.record(owner, lessor);
			if price_per_block == 0 || meter.is_some_and(|m| m.unit_price == 0 || m.max_units == 0)
			{
				return Err(Error::ZeroPrice);
			}
			if max_term == 0 || max_term > MAX_TERM {
				return Err(Error::TermTooLong);
			}
			if let Some(m) = meter {
				match self.env().extension().membership(m.device) {
					Ok(d) if d.device && d.participant == owner => {},
					Ok(_) | Err(ExtensionError::NotAMember) => return Err(Error::BadDevice),
					Err(e) => return Err(e.into()),
				}
			}
			let from_record = self.history_len(asset)?;
			let listing = Listing {
				lessor,
				lessor_org: owner,
				from_record,
				price_per_block,
				max_term,
				meter,
			};
			self.listings.insert(asset, &listing);
			self.env().emit_event(Listed { asset, listing: Some(listing) });
			Ok(())
		}

		/// An account of the listing's organisation, or of the owner now, withdraws the
		/// listing. Emits `Listed` with none.
		#[ink(message)]
		pub fn unlist(&mut self, asset: AssetId) -> Result<()> {
			let listing = self.listings.get(asset).ok_or(Error::NotListed)?;
			let caller = self.env().caller();
			if self.acting_for(caller)? != Some(listing.lessor_org) {
				self.ensure_owner(caller, asset).map_err(|_| Error::NotLessor)?;
			}
			self.listings.remove(asset);
			self.env().emit_event(Listed { asset, listing: None });
			Ok(())
		}

		/// The caller rents a listed asset until block `expires` (at most the listing's
		/// maximum term ahead), paying the rent for the whole term; on a metered listing
		/// whatever is sent beyond the rent is the deposit usage is charged from.
		///
		/// `price_per_block` and `meter` are the listing's terms as the renter read them:
		/// the call is refused with `TermsChanged` unless the listing offers exactly
		/// these when it lands, so a lessor that relists in front of it (a price of 1 and
		/// a meter of its own device at a huge unit price, turning the value sent into a
		/// deposit it drains) gets nothing: the renter pays only the fee. Emits
		/// `UserUpdated`.
		#[ink(message, payable)]
		pub fn rent(
			&mut self,
			asset: AssetId,
			expires: BlockNumber,
			price_per_block: Balance,
			meter: Option<Meter>,
		) -> Result<()> {
			let listing = self.live_listing(asset)?;
			// The renter accepts the terms it read, not whatever the listing says now.
			if listing.price_per_block != price_per_block || listing.meter != meter {
				return Err(Error::TermsChanged);
			}
			let user = self.env().caller();
			self.ensure_not_contract(user)?;
			self.ensure_future(expires)?;
			let payer = self.payer(user)?;
			if let Payee::Organisation(org) = payer {
				self.accounts.record(org, user);
			}
			let now = self.env().block_number();
			if expires.saturating_sub(now) > listing.max_term {
				return Err(Error::TermTooLong);
			}
			let rent = Self::rent_for(listing.price_per_block, now, expires)?;
			let value = self.env().transferred_value();
			let deposit = value.checked_sub(rent).ok_or(Error::WrongValue)?;
			if deposit != 0 && listing.meter.is_none() {
				return Err(Error::WrongValue);
			}
			self.ensure_minimum(value)?;
			if let Some(usage) = self.usages.get(asset) {
				// The old owner's free grant gives way to the new owner's listing.
				let stale_grant =
					usage.price_per_block == 0 && usage.lessor_org != listing.lessor_org;
				if !self.settleable(&usage) && !stale_grant {
					return Err(Error::InUse);
				}
				self.end_now(asset, usage)?;
			}
			self.owed = self.owed.checked_add(value).ok_or(Error::Overflow)?;
			self.usages.insert(
				asset,
				&Usage {
					user,
					payer,
					expires,
					lessor: listing.lessor,
					lessor_org: listing.lessor_org,
					from_record: self.history_len(asset)?,
					price_per_block: listing.price_per_block,
					accrued_from: now,
					rent_held: rent,
					meter: listing.meter,
					deposit,
					metered: 0,
					reported_at: None,
					notice: None,
				},
			);
			self.env().emit_event(UserUpdated {
				asset,
				user,
				expires,
				lessor_org: listing.lessor_org,
				rent,
				deposit,
			});
			Ok(())
		}

		/// The renter extends the term to `expires`, paying the rent for the added blocks.
		/// Needs the lessor to own the asset still and to list it now at the rental's
		/// price and meter, with `expires` within the listing's maximum term from now.
		/// Emits `Extended`.
		#[ink(message, payable)]
		pub fn extend(&mut self, asset: AssetId, expires: BlockNumber) -> Result<()> {
			let mut usage = self.current(asset)?;
			self.ensure_renter(&usage)?;
			if usage.price_per_block == 0 {
				return Err(Error::NotRental);
			}
			let listing = self.live_listing(asset)?;
			if listing.lessor_org != usage.lessor_org || usage.notice.is_some() {
				return Err(Error::ListingStale);
			}
			if listing.price_per_block != usage.price_per_block || listing.meter != usage.meter {
				return Err(Error::TermsChanged);
			}
			if expires <= usage.expires {
				return Err(Error::NotLater);
			}
			if expires.saturating_sub(self.env().block_number()) > listing.max_term {
				return Err(Error::TermTooLong);
			}
			let paid = Self::rent_for(usage.price_per_block, usage.expires, expires)?;
			if self.env().transferred_value() != paid {
				return Err(Error::WrongValue);
			}
			self.ensure_minimum(paid)?;
			usage.rent_held = usage.rent_held.checked_add(paid).ok_or(Error::Overflow)?;
			usage.expires = expires;
			self.owed = self.owed.checked_add(paid).ok_or(Error::Overflow)?;
			self.usages.insert(asset, &usage);
			self.env().emit_event(Extended { asset, expires, paid });
			Ok(())
		}

		/// The renter adds the value sent (at least the existential deposit) to the
		/// deposit of a metered rental. Emits `ToppedUp`.
		#[ink(message, payable)]
		pub fn top_up(&mut self, asset: AssetId) -> Result<()> {
			let mut usage = self.current(asset)?;
			self.ensure_renter(&usage)?;
			if usage.meter.is_none() {
				return Err(Error::NotMetered);
			}
			let amount = self.env().transferred_value();
			self.ensure_minimum(amount)?;
			usage.deposit = usage.deposit.checked_add(amount).ok_or(Error::Overflow)?;
			self.owed = self.owed.checked_add(amount).ok_or(Error::Overflow)?;
			self.usages.insert(asset, &usage);
			self.env().emit_event(ToppedUp { asset, amount });
			Ok(())
		}

		/// The meter's device (still a device of the lessor's organisation) reports
		/// `units` of usage, at most the meter's `max_units` and once a block, during the
		/// term or the [`REPORT_GRACE`] after it; charged from the deposit (all of it or
		/// nothing). Emits `UsageReported`.
		#[ink(message)]
		pub fn report_usage(&mut self, asset: AssetId, units: u64) -> Result<()> {
			let mut usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			let meter = usage.meter.ok_or(Error::NotMetered)?;
			let caller = self.env().caller();
			if caller != meter.device {
				return Err(Error::NotDevice);
			}
			if self.settleable(&usage) {
				return Err(Error::Expired);
			}
			match self.env().extension().membership(caller) {
				Ok(d) if d.device && d.participant == usage.lessor_org && d.roles != 0 => {},
				Ok(_) | Err(ExtensionError::NotAMember) => return Err(Error::NotDevice),
				Err(e) => return Err(e.into()),
			}
			if units == 0 {
				return Err(Error::BelowMinimum);
			}
			let now = self.env().block_number();
			if units > meter.max_units || usage.reported_at == Some(now) {
				return Err(Error::TooManyUnits);
			}
			let charged =
				meter.unit_price.checked_mul(Balance::from(units)).ok_or(Error::Overflow)?;
			usage.deposit = usage.deposit.checked_sub(charged).ok_or(Error::InsufficientDeposit)?;
			usage.metered = usage.metered.checked_add(charged).ok_or(Error::Overflow)?;
			usage.reported_at = Some(now);
			self.usages.insert(asset, &usage);
			self.env().emit_event(UsageReported { asset, units, charged });
			Ok(())
		}

		/// An account of the lessor's organisation credits it with the rent earned so far
		/// and the metered charges (to [`withdraw`](Self::withdraw)). Emits `Collected`.
		#[ink(message)]
		pub fn collect(&mut self, asset: AssetId) -> Result<Balance> {
			let mut usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			if self.acting_for(self.env().caller())? != Some(usage.lessor_org) {
				return Err(Error::NotLessor);
			}
			self.accounts.record(usage.lessor_org, self.env().caller());
			if usage.price_per_block == 0 {
				return Err(Error::NotRental);
			}
			let until = self.env().block_number().min(usage.expires);
			let rent = self.earned(&usage, until)?;
			let amount = rent.checked_add(usage.metered).ok_or(Error::Overflow)?;
			let payee = Payee::Organisation(usage.lessor_org);
			let credit = self.credit_of(payee).checked_add(amount).ok_or(Error::Overflow)?;
			usage.rent_held = usage.rent_held.checked_sub(rent).ok_or(Error::Overflow)?;
			usage.accrued_from = until.max(usage.accrued_from);
			usage.metered = 0;
			self.usages.insert(asset, &usage);
			self.credits.insert(payee, &credit);
			self.env().emit_event(Collected { asset, lessor_org: usage.lessor_org, amount });
			Ok(amount)
		}

		/// Ends the use now, by an account of the lessor's organisation: the lessor is
		/// credited what was earned, the user the unused rent and the deposit
		/// (`UsageEnded`). By an account of the owner now, when the lessor no longer owns
		/// the asset: a free grant ends the same way; a paid rental gets notice — its term
		/// ends [`NOTICE_PERIOD`] blocks from now (or at its end if sooner) and the rent of
		/// the blocks cut is credited to the user (`NoticeGiven`).
		#[ink(message)]
		pub fn revoke(&mut self, asset: AssetId) -> Result<()> {
			let usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			let acting = self.acting_for(self.env().caller())?;
			if acting == Some(usage.lessor_org) {
				return self.end(asset, usage, true);
			}
			let owner = self.part_owner(asset)?;
			if acting != Some(owner) {
				return Err(Error::NotLessor);
			}
			if usage.price_per_block == 0 {
				return self.end(asset, usage, true);
			}
			self.give_notice(asset, usage, owner)
		}

		/// After the term (and a metered rental's reporting grace), anyone ends the use:
		/// the lessor is credited the rent and metered charges, the user what is left of
		/// the deposit. Emits `UsageEnded`.
		#[ink(message)]
		pub fn settle(&mut self, asset: AssetId) -> Result<()> {
			let usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			if !self.settleable(&usage) {
				return Err(Error::NotExpired);
			}
			self.end(asset, usage, false)
		}

		/// The caller takes what the contract owes `payee`: its own account's credit, or
		/// its organisation's (by a current, non-device account of it, to that account;
		/// while the organisation is suspended, by its account of record, for its exit).
		/// Emits `Withdrawn`.
		#[ink(message)]
		pub fn withdraw(&mut self, payee: Payee) -> Result<Balance> {
			let caller = self.env().caller();
			let allowed = match payee {
				Payee::Account(account) => account == caller,
				Payee::Organisation(org) if self.acting_for(caller)? == Some(org) => {
					self.accounts.record(org, caller);
					true
				},
				Payee::Organisation(org) => self.speaks_for_suspended(org)?,
			};
			if !allowed {
				return Err(Error::NotPayee);
			}
			let amount = self.credit_of(payee);
			if amount == 0 {
				return Err(Error::NothingOwed);
			}
			let owed = self.owed.checked_sub(amount).ok_or(Error::Overflow)?;
			self.env().transfer(caller, amount).map_err(|_| Error::TransferFailed)?;
			self.credits.remove(payee);
			self.owed = owed;
			self.env().emit_event(Withdrawn { payee, to: caller, amount });
			Ok(amount)
		}

		/// The owner pledges the asset to `lender`, a current account of another
		/// organisation, as collateral (replacing a pledge a sale voided). Emits `Pledged`.
		#[ink(message)]
		pub fn pledge(&mut self, asset: AssetId, lender: AccountId) -> Result<()> {
			let owner = self.ensure_owner(self.env().caller(), asset)?;
			self.accounts.record(owner, self.env().caller());
			self.ensure_not_contract(lender)?;
			let lender_org = match self.acting_for(lender)? {
				Some(org) if org != owner => org,
				_ => return Err(Error::BadLender),
			};
			if self.pledge_of(asset).is_some() {
				return Err(Error::AlreadyPledged);
			}
			let since = self.env().block_number();
			let from_record = self.history_len(asset)?;
			self.pledges.insert(asset, &Pledge { owner, lender, lender_org, since, from_record });
			self.env().emit_event(Pledged { asset, lender, lender_org });
			Ok(())
		}

		/// An account of the lender's organisation releases its pledge (or, once a sale
		/// voided it, the owner now clears it). Emits `PledgeReleased`.
		#[ink(message)]
		pub fn release_pledge(&mut self, asset: AssetId) -> Result<()> {
			let pledge = self.pledges.get(asset).ok_or(Error::NotPledged)?;
			let caller = self.env().caller();
			if self.acting_for(caller)? != Some(pledge.lender_org) {
				self.ensure_owner(caller, asset).map_err(|_| Error::NotLender)?;
				// The owner clears only a pledge a sale voided (its own or an earlier
				// owner's).
				if self.pledge_of(asset).is_some() {
					return Err(Error::NotLender);
				}
			}
			self.pledges.remove(asset);
			self.env().emit_event(PledgeReleased { asset, lender: pledge.lender });
			Ok(())
		}

		/// The owner voids every grant it signed for `asset` so far: grants must carry the
		/// new nonce, which a device learns when it is next online. Emits
		/// `SignedGrantsRevoked`.
		#[ink(message)]
		pub fn revoke_signed_grants(&mut self, asset: AssetId) -> Result<u32> {
			self.ensure_owner(self.env().caller(), asset)?;
			let nonce = self.grant_nonce(asset).checked_add(1).ok_or(Error::Overflow)?;
			self.grant_nonces.insert(asset, &nonce);
			self.env().emit_event(SignedGrantsRevoked { asset, nonce });
			Ok(nonce)
		}

		/// Whether `user` may use `asset` now (for controllers, as a free dry run): the
		/// term runs, the lessor still owns the asset (or it is a paid rental, which runs
		/// until a new owner's notice ends it) and, on a metered rental, the deposit
		/// covers at least one unit.
		#[ink(message)]
		pub fn is_authorized(&self, asset: AssetId, user: AccountId) -> bool {
			self.user_of(asset) == Some(user)
		}

		/// The current user of an asset, while its use is authorised (ERC-4907 `userOf`).
		#[ink(message)]
		pub fn user_of(&self, asset: AssetId) -> Option<AccountId> {
			let u = self.usages.get(asset)?;
			let lessor_owns = self.held_since(asset, u.lessor_org, u.from_record);
			let authorised = !self.ended(&u)
				&& (lessor_owns || u.price_per_block != 0)
				&& u.meter.is_none_or(|m| u.deposit >= m.unit_price);
			authorised.then_some(u.user)
		}

		/// A person's account of an active organisation becomes its account of record
		/// (after an admin key rotation, say). Emits `AccountRecorded`.
		#[ink(message)]
		pub fn register_account(&mut self) -> Result<ParticipantId> {
			let caller = self.env().caller();
			let org = self.acting_for(caller)?.ok_or(Error::NotPayee)?;
			self.accounts.record(org, caller);
			self.env().emit_event(AccountRecorded { participant: org, account: caller });
			Ok(org)
		}

		/// An organisation's account of record.
		#[ink(message)]
		pub fn account_of_record(&self, participant: ParticipantId) -> Option<AccountId> {
			self.accounts.get(participant)
		}

		/// Anyone moves the history mark of the asset's grant, listing and pledge forward
		/// over the records read since, while their organisation kept the ownership
		/// throughout, so that a long history does not void them (see
		/// [`MAX_HISTORY_READ`]); a voided one stays void. Returns how many it moved.
		#[ink(message)]
		pub fn refresh(&mut self, asset: AssetId) -> Result<u32> {
			let mut moved = 0u32;
			if let Some(mut u) = self.usages.get(asset) {
				if let Some(to) = self.unbroken(asset, u.lessor_org, u.from_record)? {
					u.from_record = to;
					self.usages.insert(asset, &u);
					moved = moved.saturating_add(1);
				}
			}
			if let Some(mut l) = self.listings.get(asset) {
				if let Some(to) = self.unbroken(asset, l.lessor_org, l.from_record)? {
					l.from_record = to;
					self.listings.insert(asset, &l);
					moved = moved.saturating_add(1);
				}
			}
			if let Some(mut p) = self.pledges.get(asset) {
				if let Some(to) = self.unbroken(asset, p.owner, p.from_record)? {
					p.from_record = to;
					self.pledges.insert(asset, &p);
					moved = moved.saturating_add(1);
				}
			}
			Ok(moved)
		}

		/// The use of an asset, running or ended but not settled.
		#[ink(message)]
		pub fn usage(&self, asset: AssetId) -> Option<Usage> {
			self.usages.get(asset)
		}

		#[ink(message)]
		pub fn listing(&self, asset: AssetId) -> Option<Listing> {
			self.listings.get(asset)
		}

		/// The pledge on an asset, unless a sale voided it.
		#[ink(message)]
		pub fn pledge_of(&self, asset: AssetId) -> Option<Pledge> {
			let pledge = self.pledges.get(asset)?;
			self.held_since(asset, pledge.owner, pledge.from_record).then_some(pledge)
		}

		/// What the contract owes `payee` to withdraw.
		#[ink(message)]
		pub fn credit_of(&self, payee: Payee) -> Balance {
			self.credits.get(payee).unwrap_or(0)
		}

		/// What all usages and credits hold together; the contract's balance (more only
		/// by plain transfers nobody is owed).
		#[ink(message)]
		pub fn owed(&self) -> Balance {
			self.owed
		}

		/// The chain id (genesis hash) given at instantiation.
		#[ink(message)]
		pub fn chain(&self) -> Hash {
			self.chain
		}

		/// The nonce a signed grant for `asset` must carry now.
		#[ink(message)]
		pub fn grant_nonce(&self, asset: AssetId) -> u32 {
			self.grant_nonces.get(asset).unwrap_or(0)
		}

		/// The bytes an owner signs for a device that checks offline: `GRANT_DOMAIN`
		/// followed by the SCALE encoding of (this contract's account, the chain id,
		/// grant).
		#[ink(message)]
		pub fn grant_payload(&self, grant: SignedGrant) -> Vec<u8> {
			let mut payload = GRANT_DOMAIN.to_vec();
			(self.env().account_id(), self.chain, grant).encode_to(&mut payload);
			payload
		}

		/// The bytes the presenter signs with the user key to answer a device's fresh
		/// `challenge`: `CHALLENGE_DOMAIN` followed by the SCALE encoding of (this
		/// contract's account, the chain id, asset, challenge).
		#[ink(message)]
		pub fn challenge_payload(&self, asset: AssetId, challenge: [u8; 32]) -> Vec<u8> {
			let mut payload = CHALLENGE_DOMAIN.to_vec();
			(self.env().account_id(), self.chain, asset, challenge).encode_to(&mut payload);
			payload
		}

		/// Checks a signed grant as an offline device would, and more: `signature` is
		/// `signer`'s sr25519 signature of [`grant_payload`](Self::grant_payload); the
		/// grant is valid now (not before `not_before`, before `expires`, for at most
		/// [`MAX_GRANT_VALIDITY`]) and carries the asset's nonce; `response` is the user
		/// key's sr25519 signature of [`challenge_payload`](Self::challenge_payload) for
		/// `challenge`; and, on chain, no paid rental of the asset runs and `signer` is a
		/// current account of the asset's owner now.
		#[ink(message)]
		pub fn check_signed_grant(
			&self,
			grant: SignedGrant,
			signer: AccountId,
			signature: [u8; 64],
			challenge: [u8; 32],
			response: [u8; 64],
		) -> Result<()> {
			let now = self.env().block_number();
			if grant.expires.saturating_sub(grant.not_before) > MAX_GRANT_VALIDITY {
				return Err(Error::ValidityTooLong);
			}
			if now < grant.not_before {
				return Err(Error::NotYetValid);
			}
			if grant.expires <= now {
				return Err(Error::Expired);
			}
			let payload = self.grant_payload(grant);
			ink::env::sr25519_verify(&signature, &payload, signer.as_ref())
				.map_err(|_| Error::BadSignature)?;
			if grant.nonce != self.grant_nonce(grant.asset) {
				return Err(Error::GrantRevoked);
			}
			let answer = self.challenge_payload(grant.asset, challenge);
			ink::env::sr25519_verify(&response, &answer, grant.user.as_ref())
				.map_err(|_| Error::BadResponse)?;
			if self
				.usages
				.get(grant.asset)
				.is_some_and(|u| u.price_per_block != 0 && !self.ended(&u))
			{
				return Err(Error::InUse);
			}
			self.ensure_owner(signer, grant.asset).map(|_| ())
		}

		/// The organisation `account` may act for now: a non-device account of an
		/// organisation that is not suspended.
		fn acting_for(&self, account: AccountId) -> Result<Option<ParticipantId>> {
			Ok(membership(account)?.filter(|m| !m.device && m.roles != 0).map(|m| m.participant))
		}

		/// Whether the caller is the account of record of `org`, which is suspended (or
		/// no longer registered), and is a member of no active organisation.
		fn speaks_for_suspended(&self, org: ParticipantId) -> Result<bool> {
			Ok(self.accounts.speaks_for_suspended(org, self.env().caller())?)
		}

		/// Who pays for a rental by `renter`, and gets the refunds: its organisation if it
		/// acts for one now, else itself.
		fn payer(&self, renter: AccountId) -> Result<Payee> {
			Ok(self.acting_for(renter)?.map_or(Payee::Account(renter), Payee::Organisation))
		}

		/// The caller is the rental's user and, if its organisation paid, still acts for it.
		fn ensure_renter(&self, usage: &Usage) -> Result<()> {
			let caller = self.env().caller();
			let acting = match usage.payer {
				Payee::Account(_) => true,
				Payee::Organisation(org) => self.acting_for(caller)? == Some(org),
			};
			(caller == usage.user && acting).then_some(()).ok_or(Error::NotUser)
		}

		fn part_owner(&self, asset: AssetId) -> Result<ParticipantId> {
			Ok(self.env().extension().part(asset)?.owner)
		}

		/// The organisation that owns the part, if `account` may act for it now.
		fn ensure_owner(&self, account: AccountId, asset: AssetId) -> Result<ParticipantId> {
			let owner = self.part_owner(asset)?;
			match self.acting_for(account)? {
				Some(org) if org == owner => Ok(owner),
				_ => Err(Error::NotOwner),
			}
		}

		/// The asset's listing, if its organisation owns the asset now.
		fn live_listing(&self, asset: AssetId) -> Result<Listing> {
			let listing = self.listings.get(asset).ok_or(Error::NotListed)?;
			if self.unbroken(asset, listing.lessor_org, listing.from_record)?.is_none()
				|| self.env().extension().roles(listing.lessor_org)? == 0
			{
				return Err(Error::ListingStale);
			}
			Ok(listing)
		}

		/// The length of the part's history now.
		fn history_len(&self, asset: AssetId) -> Result<RecordIndex> {
			let r = self.env().extension().receipt(
				Item::Part(asset),
				Handover::Ownership,
				0,
				RecordIndex::MAX,
				0,
			)?;
			Ok(r.next)
		}

		/// If `org` owns the part now and has owned it without a break since record
		/// `from` (it did not receive the ownership again after it, which it could only do
		/// having lost it), how far the history was read; `None` otherwise, or when more
		/// than [`MAX_HISTORY_READ`] records follow `from` (fail closed). A fact of the
		/// part's history: once broken, never whole again.
		fn unbroken(
			&self,
			asset: AssetId,
			org: ParticipantId,
			from: RecordIndex,
		) -> Result<Option<RecordIndex>> {
			if self.part_owner(asset)? != org {
				return Ok(None);
			}
			// At most HISTORY_READS reads.
			let mut at = from;
			loop {
				let r = self.env().extension().receipt(
					Item::Part(asset),
					Handover::Ownership,
					org,
					at,
					MAX_RECEIPT_SCAN,
				)?;
				if r.found.is_some() {
					return Ok(None);
				}
				// Fewer records than asked for: the end of the history.
				if r.next.saturating_sub(at) < MAX_RECEIPT_SCAN {
					return Ok(Some(r.next));
				}
				at = r.next;
				if at.saturating_sub(from) > MAX_HISTORY_READ {
					return Ok(None);
				}
			}
		}

		/// Whether `org` has owned the asset without a break since record `from` (a
		/// query's view: any error reads as no).
		fn held_since(&self, asset: AssetId, org: ParticipantId, from: RecordIndex) -> bool {
			self.unbroken(asset, org, from).ok().flatten().is_some()
		}

		fn ensure_not_contract(&self, account: AccountId) -> Result<()> {
			(account != self.env().account_id()).then_some(()).ok_or(Error::IsContract)
		}

		fn ensure_minimum(&self, amount: Balance) -> Result<()> {
			(amount >= self.env().minimum_balance()).then_some(()).ok_or(Error::BelowMinimum)
		}

		fn ensure_future(&self, block: BlockNumber) -> Result<()> {
			(block > self.env().block_number()).then_some(()).ok_or(Error::NotInFuture)
		}

		/// The use of an asset while its term runs.
		fn current(&self, asset: AssetId) -> Result<Usage> {
			let usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			if self.ended(&usage) {
				return Err(Error::Expired);
			}
			Ok(usage)
		}

		fn ended(&self, usage: &Usage) -> bool {
			self.env().block_number() >= usage.expires
		}

		/// Whether anyone may settle the use: its term and, if metered, the reporting
		/// grace are over.
		fn settleable(&self, usage: &Usage) -> bool {
			let grace = if usage.meter.is_some() { REPORT_GRACE } else { 0 };
			self.env().block_number() >= usage.expires.saturating_add(grace)
		}

		fn rent_for(price: Balance, from: BlockNumber, to: BlockNumber) -> Result<Balance> {
			let blocks = to.checked_sub(from).ok_or(Error::Overflow)?;
			price.checked_mul(Balance::from(blocks)).ok_or(Error::Overflow)
		}

		/// The rent earned from `accrued_from` to `until`.
		fn earned(&self, usage: &Usage, until: BlockNumber) -> Result<Balance> {
			let blocks = until.saturating_sub(usage.accrued_from);
			let rent = usage.price_per_block.checked_mul(Balance::from(blocks));
			rent.filter(|r| *r <= usage.rent_held).ok_or(Error::Overflow)
		}

		/// Ends an earlier use to make room for a new one: settled if it may be,
		/// revoked otherwise.
		fn end_now(&mut self, asset: AssetId, usage: Usage) -> Result<()> {
			let revoked = !self.settleable(&usage);
			self.end(asset, usage, revoked)
		}

		/// Ends a use now: the lessor is credited the rent earned and the metered
		/// charges, the user the rest of the rent and the deposit.
		fn end(&mut self, asset: AssetId, usage: Usage, revoked: bool) -> Result<()> {
			let until = self.env().block_number().min(usage.expires);
			let rent = self.earned(&usage, until)?;
			let to_lessor = rent.checked_add(usage.metered).ok_or(Error::Overflow)?;
			let unused = usage.rent_held.checked_sub(rent).ok_or(Error::Overflow)?;
			let to_user = unused.checked_add(usage.deposit).ok_or(Error::Overflow)?;
			let lessor = Payee::Organisation(usage.lessor_org);
			let user = usage.payer;
			let lessor_credit =
				self.credit_of(lessor).checked_add(to_lessor).ok_or(Error::Overflow)?;
			// An organisation that rents its own asset is both.
			let user_base = if user == lessor { lessor_credit } else { self.credit_of(user) };
			let user_credit = user_base.checked_add(to_user).ok_or(Error::Overflow)?;
			self.usages.remove(asset);
			self.set_credit(lessor, lessor_credit);
			self.set_credit(user, user_credit);
			self.env().emit_event(UsageEnded {
				asset,
				user: usage.user,
				to_lessor,
				to_user,
				revoked,
			});
			Ok(())
		}

		/// A new owner's notice on a paid rental of the organisation that sold it.
		fn give_notice(
			&mut self,
			asset: AssetId,
			mut usage: Usage,
			owner: ParticipantId,
		) -> Result<()> {
			if usage.notice.is_some() {
				return Err(Error::NoticeGiven);
			}
			let now = self.env().block_number();
			let expires = usage.expires.min(now.saturating_add(NOTICE_PERIOD));
			let refunded = Self::rent_for(usage.price_per_block, expires, usage.expires)?;
			let user = usage.payer;
			let credit = self.credit_of(user).checked_add(refunded).ok_or(Error::Overflow)?;
			usage.rent_held = usage.rent_held.checked_sub(refunded).ok_or(Error::Overflow)?;
			usage.expires = expires;
			usage.notice = Some(now);
			self.usages.insert(asset, &usage);
			self.set_credit(user, credit);
			self.env().emit_event(NoticeGiven {
				asset,
				user: usage.user,
				owner,
				expires,
				refunded,
			});
			Ok(())
		}

		fn set_credit(&mut self, payee: Payee, amount: Balance) {
			if amount == 0 {
				self.credits.remove(payee);
			} else {
				self.credits.insert(payee, &amount);
			}
		}
	}
}

#[cfg(test)]
mod tests;
