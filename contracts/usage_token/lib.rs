//! # usage_token — time-limited usage rights over parts (ERC-4907 on amchain)
//!
//! The asset is a part registered in pallet-parts (a machine, a vehicle, a tool); its
//! owner is whoever pallet-parts says owns it now, read through amchain's chain
//! extension. An account of the owning organisation (not one of its devices) may:
//!
//! - [`grant`](UsageToken::grant) the use of the asset to a user until a block, for
//!   free (and re-grant or [`revoke`](UsageToken::revoke) it at will);
//! - [`list`](UsageToken::list) it for rent at a price per block, optionally metered:
//!   a device of the owner's organisation reports usage units, each charged from the
//!   renter's deposit ("power by the hour"). A renter
//!   [`rent`](UsageToken::rent)s it until a block, paying the whole term up front
//!   (plus any deposit), may [`extend`](UsageToken::extend) the term and
//!   [`top_up`](UsageToken::top_up) the deposit. The owner cannot cut a paid term
//!   short except by [`revoke`](UsageToken::revoke), which refunds the unused rent and
//!   the deposit; rent is the lessor's block by block
//!   ([`collect`](UsageToken::collect)); after the term anyone may
//!   [`settle`](UsageToken::settle) it;
//! - [`pledge`](UsageToken::pledge) the asset as collateral to a lender: a lien flag
//!   that only the lender lifts, so an asset is never pledged twice at once.
//!
//! Door and machine controllers ask [`is_authorized`](UsageToken::is_authorized) in a
//! free dry-run call (`ContractsApi_call` over JSON-RPC, no transaction). A device that
//! is offline checks a grant the owner signed instead: the owner signs
//! [`grant_payload`](UsageToken::grant_payload)`(asset, user, expires)` with its
//! account's sr25519 key; the device verifies the signature against that public key
//! (the owner's account id) and compares `expires` with the last block it knows.
//! [`check_signed_grant`](UsageToken::check_signed_grant) performs the same check on
//! chain, and also that the signer's organisation owns the asset now.
//!
//! The contract's balance always equals what it owes ([`owed`](UsageToken::owed)):
//! the prepaid rent, deposits and uncollected metered charges of every usage. Money
//! leaves only by transfers to lessors and renters, made after the records are
//! updated; the contract calls no other contract and ink! refuses re-entry.

#![cfg_attr(not(feature = "std"), no_std, no_main)]
// cargo-contract lints with `-D clippy::cast-possible-truncation`, which the SCALE derive
// of an enum with data trips: it casts the variant index to u8.
#![allow(clippy::cast_possible_truncation)]

#[ink::contract(env = amchain_ink::AmchainEnvironment)]
mod usage_token {
	use amchain_ink::{ExtensionError, PartId, ParticipantId};
	use ink::{prelude::vec::Vec, scale::Encode, storage::Mapping};

	/// An asset: a part's id in pallet-parts.
	pub type AssetId = PartId;

	/// What a signed grant's payload starts with, so that a signature over it can mean
	/// nothing else.
	pub const GRANT_DOMAIN: &[u8] = b"amchain:usage-grant:";

	/// Pay-per-use terms: a device of the owner's organisation reports usage units.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Meter {
		pub device: AccountId,
		pub unit_price: Balance,
	}

	/// An owner's offer to let an asset.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Listing {
		/// The owner's account that listed it: it is paid and may revoke.
		pub lessor: AccountId,
		pub price_per_block: Balance,
		pub meter: Option<Meter>,
	}

	/// The current user of an asset, by grant or rental.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Usage {
		pub user: AccountId,
		/// The first block at which the use is no longer authorised.
		pub expires: BlockNumber,
		/// The owner's account that granted or let the asset.
		pub lessor: AccountId,
		/// 0 for a free grant.
		pub price_per_block: Balance,
		/// Rent from this block on is still held for the lessor.
		pub accrued_from: BlockNumber,
		/// Prepaid rent the contract still holds (`price × (expires − accrued_from)`).
		pub rent_held: Balance,
		pub meter: Option<Meter>,
		/// What is left of the renter's metering deposit.
		pub deposit: Balance,
		/// Metered charges not yet paid to the lessor.
		pub metered: Balance,
	}

	/// A lien on an asset.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	#[cfg_attr(feature = "std", derive(ink::storage::traits::StorageLayout))]
	pub struct Pledge {
		/// The organisation that owned the asset when it pledged it.
		pub owner: ParticipantId,
		pub lender: AccountId,
		pub since: BlockNumber,
	}

	/// Why a message did nothing.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	#[ink::scale_derive(Encode, Decode, TypeInfo)]
	pub enum Error {
		/// The caller (or signer) is not an account of the organisation that owns the
		/// part now (devices do not count).
		NotOwner,
		/// The listing's lessor no longer owns the part.
		ListingStale,
		/// The asset is not listed for rent.
		NotListed,
		/// A price of nothing.
		ZeroPrice,
		/// The meter's device is not a device of the owner's organisation.
		BadDevice,
		/// The block is not after the current block.
		NotInFuture,
		/// Someone uses the asset now (a rental, or a grant to be revoked first).
		InUse,
		/// Nobody uses the asset.
		NotInUse,
		/// The use has expired.
		Expired,
		/// The use has not expired yet.
		NotExpired,
		/// Only the current user may do this.
		NotUser,
		/// Only the lessor may do this.
		NotLessor,
		/// Only the meter's device may do this.
		NotDevice,
		/// A free grant has no rent to extend or collect.
		NotRental,
		/// The rental is not metered.
		NotMetered,
		/// The new expiry is not after the current one.
		NotLater,
		/// The value sent is not what the term costs (less, or more on an unmetered
		/// rental, which takes no deposit).
		WrongValue,
		/// Nothing was sent, or no units reported.
		ZeroAmount,
		/// The deposit does not cover the usage reported.
		InsufficientDeposit,
		/// The asset is pledged already.
		AlreadyPledged,
		/// The asset is not pledged.
		NotPledged,
		/// Only the lender may release the pledge.
		NotLender,
		/// The signature is not the signer's over this grant.
		BadSignature,
		/// The chain could not answer a query about the part or an account.
		Extension(ExtensionError),
		/// Bookkeeping overflow (a price times a term beyond the balance type).
		Overflow,
		/// The chain refused a transfer.
		TransferFailed,
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

	#[ink(event)]
	pub struct Collected {
		#[ink(topic)]
		pub asset: AssetId,
		pub lessor: AccountId,
		pub amount: Balance,
	}

	/// The use ended: revoked by the lessor, or settled after its term.
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
	}

	#[ink(event)]
	pub struct PledgeReleased {
		#[ink(topic)]
		pub asset: AssetId,
		pub lender: AccountId,
	}

	#[ink(storage)]
	#[derive(Default)]
	pub struct UsageToken {
		listings: Mapping<AssetId, Listing>,
		usages: Mapping<AssetId, Usage>,
		pledges: Mapping<AssetId, Pledge>,
		/// What all usages hold together: the contract's balance.
		owed: Balance,
	}

	impl UsageToken {
		#[ink(constructor)]
		pub fn new() -> Self {
			Self::default()
		}

		/// The owner grants `user` the use of `asset` until block `expires`, for free.
		/// Replaces an earlier grant; refused while a rental runs. An ended rental is
		/// settled first.
		#[ink(message)]
		pub fn grant(
			&mut self,
			asset: AssetId,
			user: AccountId,
			expires: BlockNumber,
		) -> Result<()> {
			let lessor = self.env().caller();
			self.ensure_owner(lessor, asset)?;
			self.ensure_future(expires)?;
			if let Some(usage) = self.usages.get(asset) {
				let running = !self.ended(&usage);
				if usage.price_per_block != 0 && running {
					return Err(Error::InUse);
				}
				self.end(asset, usage, running)?;
			}
			let usage = Usage {
				user,
				expires,
				lessor,
				price_per_block: 0,
				accrued_from: self.env().block_number(),
				rent_held: 0,
				meter: None,
				deposit: 0,
				metered: 0,
			};
			self.usages.insert(asset, &usage);
			self.env().emit_event(UserUpdated { asset, user, expires, rent: 0, deposit: 0 });
			Ok(())
		}

		/// The owner offers the asset for rent at `price_per_block`; with a `meter`, its
		/// device reports usage charged at `unit_price` from the renter's deposit.
		/// Replaces an earlier listing (a running rental keeps its terms).
		#[ink(message)]
		pub fn list(
			&mut self,
			asset: AssetId,
			price_per_block: Balance,
			meter: Option<Meter>,
		) -> Result<()> {
			let lessor = self.env().caller();
			let owner = self.ensure_owner(lessor, asset)?;
			if price_per_block == 0 || meter.is_some_and(|m| m.unit_price == 0) {
				return Err(Error::ZeroPrice);
			}
			if let Some(m) = meter {
				match self.env().extension().membership(m.device) {
					Ok(d) if d.device && d.participant == owner => {},
					Ok(_) | Err(ExtensionError::NotAMember) => return Err(Error::BadDevice),
					Err(e) => return Err(e.into()),
				}
			}
			let listing = Listing { lessor, price_per_block, meter };
			self.listings.insert(asset, &listing);
			self.env().emit_event(Listed { asset, listing: Some(listing) });
			Ok(())
		}

		/// The lessor (or any account of the owner now) withdraws the listing.
		#[ink(message)]
		pub fn unlist(&mut self, asset: AssetId) -> Result<()> {
			let listing = self.listings.get(asset).ok_or(Error::NotListed)?;
			let caller = self.env().caller();
			if caller != listing.lessor {
				self.ensure_owner(caller, asset).map_err(|_| Error::NotLessor)?;
			}
			self.listings.remove(asset);
			self.env().emit_event(Listed { asset, listing: None });
			Ok(())
		}

		/// The caller rents a listed asset until block `expires`, paying the rent for the
		/// whole term; on a metered listing whatever is sent beyond the rent is the
		/// deposit usage is charged from.
		#[ink(message, payable)]
		pub fn rent(&mut self, asset: AssetId, expires: BlockNumber) -> Result<()> {
			let listing = self.listings.get(asset).ok_or(Error::NotListed)?;
			self.ensure_owner(listing.lessor, asset).map_err(|e| match e {
				Error::NotOwner => Error::ListingStale,
				e => e,
			})?;
			self.ensure_future(expires)?;
			if let Some(usage) = self.usages.get(asset) {
				if !self.ended(&usage) {
					return Err(Error::InUse);
				}
				self.end(asset, usage, false)?;
			}
			let now = self.env().block_number();
			let rent = Self::rent_for(listing.price_per_block, now, expires)?;
			let value = self.env().transferred_value();
			let deposit = value.checked_sub(rent).ok_or(Error::WrongValue)?;
			if deposit != 0 && listing.meter.is_none() {
				return Err(Error::WrongValue);
			}
			let user = self.env().caller();
			self.owed = self.owed.checked_add(value).ok_or(Error::Overflow)?;
			self.usages.insert(
				asset,
				&Usage {
					user,
					expires,
					lessor: listing.lessor,
					price_per_block: listing.price_per_block,
					accrued_from: now,
					rent_held: rent,
					meter: listing.meter,
					deposit,
					metered: 0,
				},
			);
			self.env().emit_event(UserUpdated { asset, user, expires, rent, deposit });
			Ok(())
		}

		/// The renter extends the term to `expires`, paying the rent for the added blocks.
		#[ink(message, payable)]
		pub fn extend(&mut self, asset: AssetId, expires: BlockNumber) -> Result<()> {
			let mut usage = self.current(asset)?;
			if self.env().caller() != usage.user {
				return Err(Error::NotUser);
			}
			if usage.price_per_block == 0 {
				return Err(Error::NotRental);
			}
			if expires <= usage.expires {
				return Err(Error::NotLater);
			}
			let paid = Self::rent_for(usage.price_per_block, usage.expires, expires)?;
			if self.env().transferred_value() != paid {
				return Err(Error::WrongValue);
			}
			usage.rent_held = usage.rent_held.checked_add(paid).ok_or(Error::Overflow)?;
			usage.expires = expires;
			self.owed = self.owed.checked_add(paid).ok_or(Error::Overflow)?;
			self.usages.insert(asset, &usage);
			self.env().emit_event(Extended { asset, expires, paid });
			Ok(())
		}

		/// The renter adds the value sent to the deposit of a metered rental.
		#[ink(message, payable)]
		pub fn top_up(&mut self, asset: AssetId) -> Result<()> {
			let mut usage = self.current(asset)?;
			if self.env().caller() != usage.user {
				return Err(Error::NotUser);
			}
			if usage.meter.is_none() {
				return Err(Error::NotMetered);
			}
			let amount = self.env().transferred_value();
			if amount == 0 {
				return Err(Error::ZeroAmount);
			}
			usage.deposit = usage.deposit.checked_add(amount).ok_or(Error::Overflow)?;
			self.owed = self.owed.checked_add(amount).ok_or(Error::Overflow)?;
			self.usages.insert(asset, &usage);
			self.env().emit_event(ToppedUp { asset, amount });
			Ok(())
		}

		/// The meter's device reports `units` of usage during the term, charged from the
		/// deposit (all of it or nothing).
		#[ink(message)]
		pub fn report_usage(&mut self, asset: AssetId, units: u64) -> Result<()> {
			let mut usage = self.current(asset)?;
			let meter = usage.meter.ok_or(Error::NotMetered)?;
			if self.env().caller() != meter.device {
				return Err(Error::NotDevice);
			}
			if units == 0 {
				return Err(Error::ZeroAmount);
			}
			let charged =
				meter.unit_price.checked_mul(Balance::from(units)).ok_or(Error::Overflow)?;
			usage.deposit = usage.deposit.checked_sub(charged).ok_or(Error::InsufficientDeposit)?;
			usage.metered = usage.metered.checked_add(charged).ok_or(Error::Overflow)?;
			self.usages.insert(asset, &usage);
			self.env().emit_event(UsageReported { asset, units, charged });
			Ok(())
		}

		/// The lessor takes the rent earned so far and the metered charges.
		#[ink(message)]
		pub fn collect(&mut self, asset: AssetId) -> Result<Balance> {
			let mut usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			if self.env().caller() != usage.lessor {
				return Err(Error::NotLessor);
			}
			if usage.price_per_block == 0 {
				return Err(Error::NotRental);
			}
			let until = self.env().block_number().min(usage.expires);
			let rent = self.earned(&usage, until)?;
			let amount = rent.checked_add(usage.metered).ok_or(Error::Overflow)?;
			usage.rent_held = usage.rent_held.checked_sub(rent).ok_or(Error::Overflow)?;
			usage.accrued_from = until.max(usage.accrued_from);
			usage.metered = 0;
			self.usages.insert(asset, &usage);
			self.transfer(usage.lessor, amount)?;
			self.env().emit_event(Collected { asset, lessor: usage.lessor, amount });
			Ok(amount)
		}

		/// The lessor ends the use now: the lessor is paid what was earned, the user gets
		/// back the unused rent and the deposit.
		#[ink(message)]
		pub fn revoke(&mut self, asset: AssetId) -> Result<()> {
			let usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			if self.env().caller() != usage.lessor {
				return Err(Error::NotLessor);
			}
			self.end(asset, usage, true)
		}

		/// After the term, anyone ends the use: the lessor gets the rent and metered
		/// charges, the user what is left of the deposit.
		#[ink(message)]
		pub fn settle(&mut self, asset: AssetId) -> Result<()> {
			let usage = self.usages.get(asset).ok_or(Error::NotInUse)?;
			if !self.ended(&usage) {
				return Err(Error::NotExpired);
			}
			self.end(asset, usage, false)
		}

		/// The owner pledges the asset to `lender` as collateral.
		#[ink(message)]
		pub fn pledge(&mut self, asset: AssetId, lender: AccountId) -> Result<()> {
			let owner = self.ensure_owner(self.env().caller(), asset)?;
			if self.pledges.contains(asset) {
				return Err(Error::AlreadyPledged);
			}
			let since = self.env().block_number();
			self.pledges.insert(asset, &Pledge { owner, lender, since });
			self.env().emit_event(Pledged { asset, lender });
			Ok(())
		}

		/// The lender releases its pledge.
		#[ink(message)]
		pub fn release_pledge(&mut self, asset: AssetId) -> Result<()> {
			let pledge = self.pledges.get(asset).ok_or(Error::NotPledged)?;
			if self.env().caller() != pledge.lender {
				return Err(Error::NotLender);
			}
			self.pledges.remove(asset);
			self.env().emit_event(PledgeReleased { asset, lender: pledge.lender });
			Ok(())
		}

		/// Whether `user` may use `asset` now (for controllers, as a free dry run): the
		/// term runs and, on a metered rental, the deposit covers at least one unit.
		#[ink(message)]
		pub fn is_authorized(&self, asset: AssetId, user: AccountId) -> bool {
			self.usages.get(asset).is_some_and(|u| {
				u.user == user
					&& !self.ended(&u)
					&& u.meter.is_none_or(|m| u.deposit >= m.unit_price)
			})
		}

		/// The current user of an asset, while the term runs (ERC-4907 `userOf`).
		#[ink(message)]
		pub fn user_of(&self, asset: AssetId) -> Option<AccountId> {
			self.usages.get(asset).filter(|u| !self.ended(u)).map(|u| u.user)
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

		#[ink(message)]
		pub fn pledge_of(&self, asset: AssetId) -> Option<Pledge> {
			self.pledges.get(asset)
		}

		/// What all usages hold together; always the contract's balance.
		#[ink(message)]
		pub fn owed(&self) -> Balance {
			self.owed
		}

		/// The bytes an owner signs to grant `user` the use of `asset` until `expires`
		/// to a device that checks offline: `GRANT_DOMAIN` followed by the SCALE encoding
		/// of (this contract's account, asset, user, expires).
		#[ink(message)]
		pub fn grant_payload(
			&self,
			asset: AssetId,
			user: AccountId,
			expires: BlockNumber,
		) -> Vec<u8> {
			let mut payload = GRANT_DOMAIN.to_vec();
			(self.env().account_id(), asset, user, expires).encode_to(&mut payload);
			payload
		}

		/// Checks a signed grant as an offline device would — `signature` is `signer`'s
		/// sr25519 signature of [`grant_payload`](Self::grant_payload) and `expires` is
		/// in the future — and, on chain, that `signer` is an account of the asset's
		/// owner now.
		#[ink(message)]
		pub fn check_signed_grant(
			&self,
			asset: AssetId,
			user: AccountId,
			expires: BlockNumber,
			signer: AccountId,
			signature: [u8; 64],
		) -> Result<()> {
			if expires <= self.env().block_number() {
				return Err(Error::Expired);
			}
			let payload = self.grant_payload(asset, user, expires);
			ink::env::sr25519_verify(&signature, &payload, signer.as_ref())
				.map_err(|_| Error::BadSignature)?;
			self.ensure_owner(signer, asset).map(|_| ())
		}

		/// The organisation that owns the part, if `account` is one of its (non-device)
		/// accounts.
		fn ensure_owner(&self, account: AccountId, asset: AssetId) -> Result<ParticipantId> {
			let part = self.env().extension().part(asset)?;
			match self.env().extension().membership(account) {
				Ok(m) if !m.device && m.participant == part.owner => Ok(part.owner),
				Ok(_) | Err(ExtensionError::NotAMember) => Err(Error::NotOwner),
				Err(e) => Err(e.into()),
			}
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

		/// Ends a use now: the lessor gets the rent earned and the metered charges, the
		/// user the rest of the rent and the deposit.
		fn end(&mut self, asset: AssetId, usage: Usage, revoked: bool) -> Result<()> {
			let until = self.env().block_number().min(usage.expires);
			let rent = self.earned(&usage, until)?;
			let to_lessor = rent.checked_add(usage.metered).ok_or(Error::Overflow)?;
			let unused = usage.rent_held.checked_sub(rent).ok_or(Error::Overflow)?;
			let to_user = unused.checked_add(usage.deposit).ok_or(Error::Overflow)?;
			self.usages.remove(asset);
			self.transfer(usage.lessor, to_lessor)?;
			self.transfer(usage.user, to_user)?;
			self.env().emit_event(UsageEnded {
				asset,
				user: usage.user,
				to_lessor,
				to_user,
				revoked,
			});
			Ok(())
		}

		fn transfer(&mut self, to: AccountId, amount: Balance) -> Result<()> {
			if amount == 0 {
				return Ok(());
			}
			self.owed = self.owed.checked_sub(amount).ok_or(Error::Overflow)?;
			self.env().transfer(to, amount).map_err(|_| Error::TransferFailed)
		}
	}
}

#[cfg(test)]
mod tests;
