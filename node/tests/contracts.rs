//! End-to-end: amchain's ink! contracts, built to bundles by cargo-contract
//! (`scripts/contracts.sh build`), deployed to a real dev node and driven with signed
//! `Contracts` extrinsics; their chain-extension queries answered by the real pallets.
//! Arguments are named and encoded, and answers decoded and read by name, through each
//! bundle's own metadata: nothing here copies an encoding or a variant index.

mod common;

use amchain_primitives::participants::Role::{self, *};
use common::{
	account, accredit_auditor, call, certify,
	contracts::{
		bytes, deploy, deploy_with, field, inner, number, onboard, register_part_0, variants, Args,
		Bundle, DryRun, UNIT,
	},
	define_standard, free_balance, heads, issue_certification, keypair, next_id, none, part, some,
	submit, submit_batch, wait_for_heads, DevNode,
};
use subxt::dynamic::{At, Value};
use subxt_signer::sr25519::Keypair;

/// An account as a contract argument.
fn id(k: &Keypair) -> Value {
	Value::from_bytes(account(k).0)
}

#[tokio::test(flavor = "multi_thread")]
async fn escrow_pays_the_seller_when_custody_reaches_the_buyer_on_chain() {
	let node = DevNode::start("escrow");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (acme, buyer, keeper) = (keypair("acme"), keypair("buyer"), keypair("keeper"));

	// Acme and the buyer are registered; Acme registers part 0, which it holds.
	let orgs: [(&Keypair, &str, &[Role]); 2] =
		[(&acme, "Acme Gears", &[Manufacturer, Supplier]), (&buyer, "Buyer", &[Customer])];
	let acme_participant = onboard(&api, &orgs, &[&keeper]).await;
	let buyer_participant = acme_participant + 1;
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	submit_batch(&api, &acme, register_part_0(part_type)).await;

	// The buyer deploys the escrow contract and proposes an order for part 0, paying 100.
	let bundle = Bundle::load("escrow");
	let escrow = deploy(&api, &rpc, &buyer, &bundle, b"escrow-e2e").await;
	let base = free_balance(&api, &escrow.address).await;
	let price = 100 * UNIT;
	let (acme_id, buyer_id, keeper_id) = (account(&acme), account(&buyer), account(&keeper));
	let order = |n: u64| -> Args { vec![("id", Value::u128(n.into()))] };

	// An unknown part: a typed error from the chain extension, not a trap.
	let open_args = |goods: Value| -> Args {
		vec![
			("seller", id(&acme)),
			("goods", goods),
			("paid_on", common::variant("Custody")),
			("deadline", Value::u128(10_000)),
			("arbiter", none()),
			("oracle", none()),
			("milestones", Value::unnamed_composite([])),
		]
	};
	let goods = |n: u64| Value::unnamed_variant("Part", [Value::u128(n.into())]);
	let unknown = escrow.dry_run(&rpc, &buyer_id, price, "open", &open_args(goods(9))).await;
	assert!(unknown.reverted);
	assert_eq!(variants(&unknown.returned), ["Ok", "Err", "Extension", "UnknownPart"]);

	escrow.exec(&api, &rpc, &buyer, price, "open", &open_args(goods(0))).await;
	assert_eq!(number(&escrow.query(&rpc, &keeper_id, "order_count", &vec![]).await), 1);
	assert_eq!(number(&escrow.query(&rpc, &keeper_id, "owed", &vec![]).await), price);
	assert_eq!(
		free_balance(&api, &escrow.address).await - base,
		price,
		"the contract holds what it owes"
	);

	// The order binds once Acme accepts it: until then nothing is released, and only
	// Acme's organisation may accept.
	let proposed = escrow.dry_run(&rpc, &keeper_id, 0, "release", &order(0)).await;
	assert_eq!(variants(&proposed.returned), ["Ok", "Err", "NotOpen"]);
	let not_seller = escrow.dry_run(&rpc, &buyer_id, 0, "accept", &order(0)).await;
	assert_eq!(variants(&not_seller.returned), ["Ok", "Err", "NotSeller"]);
	escrow.exec(&api, &rpc, &acme, 0, "accept", &order(0)).await;

	// Not delivered yet: releasing is refused (a dry run says why).
	let early = escrow.dry_run(&rpc, &keeper_id, 0, "release", &order(0)).await;
	assert!(early.reverted);
	assert_eq!(variants(&early.returned), ["Ok", "Err", "NotDelivered"]);
	let delivered = escrow.query(&rpc, &keeper_id, "is_delivered", &order(0)).await;
	assert_eq!(delivered, Value::unnamed_variant("Ok", [Value::bool(false)]));

	// Acme hands custody of part 0 to the buyer in pallet-parts, and the buyer accepts it
	// and hands it straight back within the same block (one batch), before any contract
	// could look: the receipt stays in the part's history, and delivery is read from it.
	let hand = |to: u32| vec![part(0), common::variant("Custody"), Value::u128(to.into())];
	let accept = || vec![part(0), common::variant("Custody"), none()];
	let named =
		|values: Vec<Value>, names: [&'static str; 3]| names.into_iter().zip(values).collect();
	submit(&api, &acme, "Parts", "offer", hand(buyer_participant)).await;
	let accept_and_pass_on = vec![
		call("Parts", "accept_offer", named(accept(), ["item", "handover", "reported_at"])),
		call("Parts", "offer", named(hand(acme_participant), ["item", "handover", "to"])),
	];
	submit_batch(&api, &buyer, accept_and_pass_on).await;
	submit(&api, &acme, "Parts", "accept_offer", accept()).await;
	let delivered = escrow.query(&rpc, &keeper_id, "is_delivered", &order(0)).await;
	assert_eq!(delivered, Value::unnamed_variant("Ok", [Value::bool(true)]));

	// Anyone may now release the payment: a keeper does, and Acme's organisation is
	// credited exactly the price, which Acme withdraws.
	let released = escrow.exec(&api, &rpc, &keeper, 0, "release", &order(0)).await;
	assert_eq!(variants(&released.returned), ["Ok", "Ok"], "release returned Ok(())");
	let credit = vec![("participant", Value::u128(acme_participant.into()))];
	assert_eq!(number(&escrow.query(&rpc, &keeper_id, "credit", &credit).await), price);
	assert_eq!(number(&escrow.query(&rpc, &keeper_id, "owed", &vec![]).await), price);
	let not_acme = escrow.dry_run(&rpc, &keeper_id, 0, "withdraw", &vec![]).await;
	assert_eq!(variants(&not_acme.returned), ["Ok", "Err", "NotAMember"]);
	let acme_before = free_balance(&api, &acme_id).await;
	let withdrawn = escrow.exec(&api, &rpc, &acme, 0, "withdraw", &vec![]).await;
	assert_eq!(number(inner(inner(&withdrawn.returned))), price);
	// The price, less the call's fee, plus the storage deposits returned to the caller that
	// frees the contract's storage (Acme paid one when it accepted).
	let gained = free_balance(&api, &acme_id).await - acme_before;
	assert!(gained > price - UNIT && gained < price + UNIT, "Acme got about the price: {gained}");
	assert_eq!(number(&escrow.query(&rpc, &keeper_id, "owed", &vec![]).await), 0);
	assert_eq!(free_balance(&api, &escrow.address).await, base, "the contract holds nothing more");
	let again = escrow.dry_run(&rpc, &keeper_id, 0, "release", &order(0)).await;
	assert!(again.reverted, "an order is paid once");
}

/// letter_of_credit's document types, as its tests and this one use them.
mod doc_type {
	pub const INVOICE: u128 = 1;
	pub const INSPECTION: u128 = 3;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_letter_of_credit_pays_against_documents_from_certified_issuers() {
	use doc_type::*;
	let node = DevNode::start("letter-of-credit");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let [bank, buyer, acme, iso, tuv, inspector] =
		["bank", "buyer", "acme", "iso", "tuv", "inspector"].map(keypair);
	let orgs: [(&Keypair, &str, &[Role]); 6] = [
		(&bank, "Bank", &[Bank]),
		(&buyer, "Buyer", &[Customer]),
		(&acme, "Acme Gears", &[Supplier]),
		(&iso, "ISO", &[StandardsOrganisation]),
		(&tuv, "TUV", &[Auditor]),
		(&inspector, "Inspect Co", &[Auditor]),
	];
	let first = onboard(&api, &orgs, &[]).await;
	let acme_participant = first + 2;
	// ISO defines ISO/IEC 17020 and accredits TUV (the fifth organisation), which certifies
	// the inspection body (the sixth) for it.
	let (tuv_participant, inspector_participant) = (first + 4, first + 5);
	let standard = next_id(&api, "Certifications", "NextStandardId").await;
	let define =
		define_standard(b"ISO/IEC 17020", 2012, b"https://www.iso.org/standard/52994.html");
	let accredit = accredit_auditor(standard, tuv_participant);
	let scope = b"inspection of gearboxes";
	let issue = issue_certification(inspector_participant, standard, scope, 10_000, 100);
	certify(&api, &iso, (define, accredit), &tuv, issue, &inspector).await;

	// The bank issues a credit of 100 for the buyer to Acme against Acme's invoice and an
	// inspection certificate from a body certified for ISO/IEC 17020.
	let bundle = Bundle::load("letter_of_credit");
	let lc = deploy(&api, &rpc, &bank, &bundle, b"lc-e2e").await;
	let base = free_balance(&api, &lc.address).await;
	let (now, _) = heads(&rpc).await;
	let amount = 100 * UNIT;
	let required = |doc_type: u128, issuer: Value| {
		Value::named_composite([
			("doc_type", Value::u128(doc_type)),
			("issuer", issuer),
			("transport", Value::bool(false)),
		])
	};
	let terms = Value::named_composite([
		("amount", Value::u128(amount)),
		("expiry", Value::u128((now + 1_000).into())),
		("latest_shipment", Value::u128((now + 500).into())),
		("partial_drawings", Value::bool(false)),
		(
			"required",
			Value::unnamed_composite([
				required(INVOICE, common::variant("Beneficiary")),
				required(
					INSPECTION,
					Value::unnamed_variant("CertifiedFor", [Value::u128(standard.into())]),
				),
			]),
		),
	]);
	let (buyer_id, acme_id) = (account(&buyer), account(&acme));
	let issue_args = vec![
		("applicant", id(&buyer)),
		("beneficiary", id(&acme)),
		("confirming_bank", none()),
		("terms", terms),
		("examination_period", Value::u128(20)),
	];
	lc.exec(&api, &rpc, &bank, amount, "issue", &issue_args).await;
	assert_eq!(number(&lc.query(&rpc, &buyer_id, "owed", &vec![]).await), amount);
	assert_eq!(free_balance(&api, &lc.address).await - base, amount);

	// The credit binds once the buyer, on whose behalf it was issued, consents: until
	// then nothing can be lodged against it.
	let (invoice, own, certificate) = ([0x11u8; 32], [0x22u8; 32], [0x33u8; 32]);
	let lodge = |doc_type: u128, hash: [u8; 32]| -> Args {
		vec![
			("id", Value::u128(0)),
			("doc_type", Value::u128(doc_type)),
			("hash", Value::from_bytes(hash)),
		]
	};
	let early = lc.dry_run(&rpc, &acme_id, 0, "lodge", &lodge(INVOICE, invoice)).await;
	assert_eq!(variants(&early.returned), ["Ok", "Err", "NotOpen"]);
	let credit = vec![("id", Value::u128(0))];
	lc.exec(&api, &rpc, &buyer, 0, "consent", &credit).await;

	// Acme lodges its invoice; an inspection certificate of its own is refused, read
	// through the chain extension: Acme is not certified for ISO/IEC 17020. The
	// inspection body lodges the real one.
	lc.exec(&api, &rpc, &acme, 0, "lodge", &lodge(INVOICE, invoice)).await;
	let own = lc.dry_run(&rpc, &acme_id, 0, "lodge", &lodge(INSPECTION, own)).await;
	assert!(own.reverted);
	assert_eq!(variants(&own.returned), ["Ok", "Err", "NotQualified"]);
	lc.exec(&api, &rpc, &inspector, 0, "lodge", &lodge(INSPECTION, certificate)).await;

	// Documents are named by their issuer and hash; presented to the issuing bank.
	let present = |documents: &[(&Keypair, [u8; 32])]| -> Args {
		let document = |(issuer, hash): &(&Keypair, [u8; 32])| {
			Value::named_composite([("issuer", id(issuer)), ("hash", Value::from_bytes(hash))])
		};
		vec![
			("id", Value::u128(0)),
			("to", common::variant("IssuingBank")),
			("amount", Value::u128(amount)),
			("documents", Value::unnamed_composite(documents.iter().map(document))),
		]
	};
	let discrepant = lc.query(&rpc, &acme_id, "present", &present(&[(&acme, invoice)])).await;
	let missing = Value::unnamed_variant("Missing", [Value::u128(INSPECTION)]);
	assert_eq!(discrepant, Value::unnamed_variant("Ok", [Value::unnamed_composite([missing])]));
	// The certificate's hash under Acme's name is not the inspection body's document.
	let forged = present(&[(&acme, invoice), (&acme, certificate)]);
	let forged = lc.dry_run(&rpc, &acme_id, 0, "present", &forged).await;
	assert_eq!(variants(&forged.returned), ["Ok", "Err", "UnknownDocument"]);
	let not_beneficiary =
		lc.dry_run(&rpc, &buyer_id, 0, "present", &present(&[(&acme, invoice)])).await;
	assert!(not_beneficiary.reverted);
	assert_eq!(variants(&not_beneficiary.returned), ["Ok", "Err", "NotBeneficiary"]);

	// A complying presentation; the bank honours it and Acme withdraws the amount.
	let complying = present(&[(&acme, invoice), (&inspector, certificate)]);
	let presented = lc.exec(&api, &rpc, &acme, 0, "present", &complying).await;
	assert_eq!(
		presented.returned,
		Value::unnamed_variant(
			"Ok",
			[Value::unnamed_variant("Ok", [Value::unnamed_composite([])])]
		),
		"Ok(no discrepancies)"
	);
	// The bank names the presentation it read by its id (`presentation` reads the two
	// together): a decision never lands on other documents.
	let at_issuing_bank = vec![("id", Value::u128(0)), ("at", common::variant("IssuingBank"))];
	let read = lc.query(&rpc, &buyer_id, "presentation", &at_issuing_bank).await;
	let read = inner(&read);
	let presentation_id = bytes(inner(read));
	assert_eq!(presentation_id.len(), 32);
	assert_eq!(number(field(read.at(1).expect("the presentation"), "amount")), amount);
	let named = |id: &[u8]| {
		vec![
			("id", Value::u128(0)),
			("at", common::variant("IssuingBank")),
			("presentation", Value::from_bytes(id)),
		]
	};
	let stale = lc.dry_run(&rpc, &account(&bank), 0, "honour", &named(&[0xEE; 32])).await;
	assert!(stale.reverted);
	assert_eq!(variants(&stale.returned), ["Ok", "Err", "PresentationChanged"]);
	lc.exec(&api, &rpc, &bank, 0, "honour", &named(&presentation_id)).await;
	let payable = vec![("participant", Value::u128(acme_participant.into()))];
	assert_eq!(number(&lc.query(&rpc, &buyer_id, "payable", &payable).await), amount);
	// Drawn in full: nothing more can be presented, these documents under no credit.
	let again = lc.dry_run(&rpc, &acme_id, 0, "present", &complying).await;
	assert_eq!(variants(&again.returned), ["Ok", "Err", "NotOpen"]);
	let acme_before = free_balance(&api, &acme_id).await;
	let withdrawn = lc.exec(&api, &rpc, &acme, 0, "withdraw", &vec![]).await;
	assert_eq!(
		withdrawn.returned,
		Value::unnamed_variant("Ok", [Value::unnamed_variant("Ok", [Value::u128(amount)])])
	);
	// Its balance moves by the amount, less the call's fee, plus the storage deposit of
	// the record it frees (pallet-contracts refunds it to whoever frees the storage).
	let received = free_balance(&api, &acme_id).await - acme_before;
	assert!(
		received > amount - UNIT / 10 && received < amount + UNIT / 10,
		"Acme receives the amount: {received}"
	);
	assert_eq!(number(&lc.query(&rpc, &buyer_id, "payable", &payable).await), 0);
	assert_eq!(number(&lc.query(&rpc, &buyer_id, "owed", &vec![]).await), 0);
	assert_eq!(free_balance(&api, &lc.address).await, base, "the contract holds nothing more");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_usage_token_lets_a_part_by_the_block_and_meters_its_use() {
	let node = DevNode::start("usage-token");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let [acme, renter, meter, stranger] = ["acme", "renter", "meter", "stranger"].map(keypair);
	let orgs: [(&Keypair, &str, &[Role]); 2] =
		[(&acme, "Acme Machines", &[Manufacturer]), (&renter, "Renter", &[Customer])];
	let acme_org = onboard(&api, &orgs, &[&meter, &stranger]).await;
	let renter_org = acme_org + 1;
	// Acme registers part 0 (a machine) and its meter as a device.
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	let mut calls = register_part_0(part_type);
	calls.push(call(
		"Certifications",
		"add_device",
		vec![("device", id(&meter)), ("roles", common::roles(&[Manufacturer]))],
	));
	submit_batch(&api, &acme, calls).await;

	// The contract binds the chain's genesis hash into the grants it checks.
	let bundle = Bundle::load("usage_token");
	let genesis = api.genesis_hash();
	let chain: Args = vec![("chain", Value::from_bytes(genesis.0))];
	let token = deploy_with(&api, &rpc, &acme, &bundle, &chain, b"usage-e2e").await;
	let base = free_balance(&api, &token.address).await;
	let (acme_id, renter_id, stranger_id) = (account(&acme), account(&renter), account(&stranger));
	assert_eq!(bytes(&token.query(&rpc, &stranger_id, "chain", &vec![]).await), genesis.0);
	let asset: Args = vec![("asset", Value::u128(0))];
	let with_asset = |more: Args<'static>| -> Args<'static> {
		let mut args: Args = vec![("asset", Value::u128(0))];
		args.extend(more);
		args
	};
	let organisation =
		|p: u32| vec![("payee", Value::unnamed_variant("Organisation", [Value::u128(p.into())]))];
	let no_args: Args = vec![];

	// Only the part's owner on chain may grant its use.
	let grant = with_asset(vec![("user", id(&renter)), ("expires", Value::u128(1_000))]);
	let refused = token.dry_run(&rpc, &renter_id, 0, "grant", &grant).await;
	assert!(refused.reverted);
	assert_eq!(variants(&refused.returned), ["Ok", "Err", "NotOwner"]);

	// Acme lists it at 1 per block for terms up to 1 000 blocks, metered at 2 per unit by
	// its device (at most 10 units a report); the renter rents it for about 200 blocks,
	// paying the rent and a deposit of 30 up front, at the terms it read (the listing's
	// price and meter: had Acme relisted in front of the call, it would be refused).
	let (price, unit) = (UNIT, 2 * UNIT);
	let meter_terms = Value::named_composite([
		("device", id(&meter)),
		("unit_price", Value::u128(unit)),
		("max_units", Value::u128(10)),
	]);
	let list = with_asset(vec![
		("price_per_block", Value::u128(price)),
		("max_term", Value::u128(1_000)),
		("meter", some(meter_terms.clone())),
	]);
	token.exec(&api, &rpc, &acme, 0, "list", &list).await;
	let (now, _) = heads(&rpc).await;
	let until = now + 200;
	let paid = price * 200 + 30 * UNIT;
	let rent_at = |expires: u32, meter: Value| {
		with_asset(vec![
			("expires", Value::u128(expires.into())),
			("price_per_block", Value::u128(price)),
			("meter", meter),
		])
	};
	// Terms the listing does not offer (no meter, as if read before Acme added it) are
	// refused.
	let unread = token.dry_run(&rpc, &renter_id, paid, "rent", &rent_at(until, none())).await;
	assert!(unread.reverted);
	assert_eq!(variants(&unread.returned), ["Ok", "Err", "TermsChanged"]);
	let rent = rent_at(until, some(meter_terms.clone()));
	token.exec(&api, &rpc, &renter, paid, "rent", &rent).await;
	let rented = token.query(&rpc, &acme_id, "usage", &asset).await;
	let rented = inner(&rented);
	assert_eq!(bytes(field(rented, "user")), renter_id.0);
	assert_eq!(number(field(rented, "expires")), until.into());
	assert_eq!(bytes(field(rented, "lessor")), acme_id.0);
	assert_eq!(number(field(rented, "lessor_org")), acme_org.into());
	assert_eq!(
		variants(field(rented, "payer")),
		["Organisation"],
		"the renter's organisation pays"
	);
	let (held, deposit) = (number(field(rented, "rent_held")), number(field(rented, "deposit")));
	assert_eq!(held, price * (u128::from(until) - number(field(rented, "accrued_from"))));
	assert_eq!(held + deposit, paid);
	assert_eq!(number(&token.query(&rpc, &acme_id, "owed", &no_args).await), paid);
	assert_eq!(free_balance(&api, &token.address).await - base, paid);

	// A term beyond the listing's maximum is refused.
	let too_long = rent_at(now + 2_000, some(meter_terms));
	let refused = token.dry_run(&rpc, &stranger_id, 0, "rent", &too_long).await;
	assert_eq!(variants(&refused.returned), ["Ok", "Err", "TermTooLong"]);

	// A controller's free dry run.
	let user = |who: &Keypair| with_asset(vec![("user", id(who))]);
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&renter)).await;
	assert_eq!(authorized.as_bool(), Some(true));
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&stranger)).await;
	assert_eq!(authorized.as_bool(), Some(false));

	// The meter reports 4 units: 8 from the deposit; more than 10 at once is refused.
	let report = |units: u128| with_asset(vec![("units", Value::u128(units))]);
	let meter_id = account(&meter);
	let capped = token.dry_run(&rpc, &meter_id, 0, "report_usage", &report(11)).await;
	assert_eq!(variants(&capped.returned), ["Ok", "Err", "TooManyUnits"]);
	token.exec(&api, &rpc, &meter, 0, "report_usage", &report(4)).await;
	let metered = token.query(&rpc, &acme_id, "usage", &asset).await;
	let metered = inner(&metered);
	assert_eq!(number(field(metered, "deposit")), deposit - 4 * unit);
	assert_eq!(number(field(metered, "metered")), 4 * unit);

	// A grant Acme signs for an offline controller, for the stranger: the payload binds
	// this contract, the chain, a validity window and the asset's revocation nonce; the
	// stranger answers the device's challenge with its own key.
	let (now, _) = heads(&rpc).await;
	let signed_grant = Value::named_composite([
		("asset", Value::u128(0)),
		("user", id(&stranger)),
		("not_before", Value::u128(now.into())),
		("expires", Value::u128((now + 1_000).into())),
		("nonce", Value::u128(0)),
	]);
	let payload_args = vec![("grant", signed_grant.clone())];
	let payload = bytes(&token.query(&rpc, &stranger_id, "grant_payload", &payload_args).await);
	let signature = acme.sign(&payload).0;
	let challenge = [0x5a; 32];
	let answer_args = with_asset(vec![("challenge", Value::from_bytes(challenge))]);
	let answer = bytes(&token.query(&rpc, &stranger_id, "challenge_payload", &answer_args).await);
	let check = |signature: [u8; 64], response: [u8; 64]| {
		vec![
			("grant", signed_grant.clone()),
			("signer", id(&acme)),
			("signature", Value::from_bytes(signature)),
			("challenge", Value::from_bytes(challenge)),
			("response", Value::from_bytes(response)),
		]
	};
	let good = check(signature, stranger.sign(&answer).0);
	// While the renter's paid term runs, no signed grant lets anyone else in.
	let during = token.query(&rpc, &stranger_id, "check_signed_grant", &good).await;
	assert_eq!(variants(&during), ["Err", "InUse"]);
	// A copied grant without the stranger's key answers no challenge.
	let copied = check(signature, renter.sign(&answer).0);
	let copied = token.query(&rpc, &stranger_id, "check_signed_grant", &copied).await;
	assert_eq!(variants(&copied), ["Err", "BadResponse"]);

	// Acme revokes: the renter's organisation is credited the unused rent and the
	// deposit left, Acme's the rent earned and the metered charge; each withdraws.
	token.exec(&api, &rpc, &acme, 0, "revoke", &asset).await;
	let refund =
		number(&token.query(&rpc, &renter_id, "credit_of", &organisation(renter_org)).await);
	let to_acme = number(&token.query(&rpc, &acme_id, "credit_of", &organisation(acme_org)).await);
	assert_eq!(refund + to_acme, paid);
	assert!(refund > deposit - 4 * unit && refund < paid - 4 * unit, "refund {refund}");
	assert_eq!((to_acme - 4 * unit) % price, 0, "Acme is paid whole blocks of rent");
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&renter)).await;
	assert_eq!(authorized.as_bool(), Some(false));
	assert_eq!(
		number(&token.query(&rpc, &acme_id, "owed", &no_args).await),
		paid,
		"nothing is pushed"
	);
	// The stranger cannot take either credit.
	let taken = token.dry_run(&rpc, &stranger_id, 0, "withdraw", &organisation(renter_org)).await;
	assert_eq!(variants(&taken.returned), ["Ok", "Err", "NotPayee"]);
	for (who, org) in [(&renter, renter_org), (&acme, acme_org)] {
		let done = token.exec(&api, &rpc, who, 0, "withdraw", &organisation(org)).await;
		assert_eq!(variants(&done.returned), ["Ok", "Ok"]);
	}
	assert_eq!(number(&token.query(&rpc, &acme_id, "owed", &no_args).await), 0);
	assert_eq!(free_balance(&api, &token.address).await, base);

	// No rental runs now: the signed grant checks; revoked by Acme, it no longer does.
	let after = token.query(&rpc, &stranger_id, "check_signed_grant", &good).await;
	assert_eq!(variants(&after), ["Ok"]);
	token.exec(&api, &rpc, &acme, 0, "revoke_signed_grants", &asset).await;
	let revoked = token.query(&rpc, &stranger_id, "check_signed_grant", &good).await;
	assert_eq!(variants(&revoked), ["Err", "GrantRevoked"]);

	// Acme grants the stranger free use, then sells the machine to the renter's
	// organisation in pallet-parts: the grant dies with the sale.
	let free =
		with_asset(vec![("user", id(&stranger)), ("expires", Value::u128((now + 500).into()))]);
	token.exec(&api, &rpc, &acme, 0, "grant", &free).await;
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&stranger)).await;
	assert_eq!(authorized.as_bool(), Some(true));
	let ownership = || common::variant("Ownership");
	submit(
		&api,
		&acme,
		"Parts",
		"offer",
		vec![part(0), ownership(), Value::u128(renter_org.into())],
	)
	.await;
	submit(&api, &renter, "Parts", "accept_offer", vec![part(0), ownership(), none()]).await;
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&stranger)).await;
	assert_eq!(authorized.as_bool(), Some(false), "the sale moved the right");
	let stale = token.dry_run(&rpc, &acme_id, 0, "grant", &free).await;
	assert_eq!(variants(&stale.returned), ["Ok", "Err", "NotOwner"]);
	token.exec(&api, &rpc, &renter, 0, "revoke", &asset).await;
	assert_eq!(number(&token.query(&rpc, &acme_id, "owed", &no_args).await), 0);
	assert_eq!(free_balance(&api, &token.address).await, base);
}

/// A dev account by its secret URI (`//Bob//stash`, …): the dev chain's consortium
/// (docs/dev-chain.md) is administered by them.
fn dev_key(uri: &str) -> Keypair {
	Keypair::from_uri(&uri.parse().expect("a secret URI")).expect("dev derivation")
}

/// `blake2_256` of the SCALE encoding of `("amchain/tender", contract, tender, bidder, price,
/// salt)`: the tender's sealed bid, as a bidder's wallet computes it off chain.
fn sealed_bid(
	contract: &subxt::utils::AccountId32,
	tender: u64,
	bidder: &Keypair,
	price: u128,
	salt: [u8; 32],
) -> [u8; 32] {
	use codec::Encode;
	let input = (b"amchain/tender", contract.0, tender, account(bidder).0, price, salt).encode();
	sp_crypto_hashing::blake2_256(&input)
}

/// Issue 19 on a real node: the bank's euro moves by signed extrinsics; a buyer posts a
/// request for quotation for a gear in the tender contract; a supplier with no
/// certification of its own and one without the certified capacity are refused; two
/// certified suppliers commit sealed bids and reveal them; the lower wins and the award
/// opens an escrow order (a cross-contract call); the winner accepts it and hands the
/// gear over in pallet-parts; the escrow pays it, the tender returns its bond, and every
/// party withdraws what it is owed — both contracts end holding nothing.
#[tokio::test(flavor = "multi_thread")]
async fn a_tender_awards_the_lowest_certified_bid_into_escrow_and_everyone_is_paid() {
	use subxt_signer::sr25519::dev;
	let node = DevNode::start("tender");
	let api = node.client().await;
	let rpc = node.rpc().await;
	// The dev consortium: Acme Gears (Dave, participant 2, certification 0, part type 0),
	// Borealis Bearings (Eve, 3, certification 1), Phoenix Remanufacturing (Ferdie, 4, not
	// certified), Sentinel Certification (Charlie, the auditor), Harbour Trade Bank
	// (//Alice//stash) and Kestrel Wind Power (//Bob//stash, 6), the buyer.
	let (acme, borealis, phoenix, sentinel) =
		(dev::dave(), dev::eve(), dev::ferdie(), dev::charlie());
	let (bank, kestrel, keeper) =
		(dev_key("//Alice//stash"), dev_key("//Bob//stash"), dev::alice());
	let (acme_org, borealis_org, phoenix_org, kestrel_org) = (2u32, 3u32, 4u32, 6u32);

	// Harbour Trade Bank's euro (asset 1, cents): the bank issues 250.00 to Kestrel, which
	// pays Acme 100.00 — pallet-assets over signed extrinsics, as a wallet does.
	let euro = |who: &Keypair| {
		let who = account(who);
		let api = &api;
		async move {
			let at = api.at_current_block().await.expect("a block");
			let address = subxt::dynamic::storage::<(u32, subxt::utils::AccountId32), Value>(
				"Assets", "Account",
			);
			let account = at.storage().fetch(address, (1u32, who)).await.expect("readable");
			number(field(&account.decode().expect("decodes"), "balance"))
		}
	};
	let kestrel_euro = euro(&kestrel).await;
	assert_eq!(kestrel_euro, 1_000_000 * 100, "the dev genesis endows Kestrel with 1 000 000.00");
	let id_of = |k: &Keypair| Value::unnamed_variant("Id", [Value::from_bytes(account(k).0)]);
	submit(
		&api,
		&bank,
		"Assets",
		"mint",
		vec![Value::u128(1), id_of(&kestrel), Value::u128(25_000)],
	)
	.await;
	submit(
		&api,
		&kestrel,
		"Assets",
		"transfer_keep_alive",
		vec![Value::u128(1), id_of(&acme), Value::u128(10_000)],
	)
	.await;
	assert_eq!(euro(&kestrel).await, kestrel_euro + 15_000);
	assert_eq!(euro(&acme).await, 10_000);

	// Acme makes two gears under its certification and sells one (its title) to Borealis;
	// Sentinel certifies Phoenix for the standard with a capacity of 5 a period.
	let next_part: u64 = {
		let at = api.at_current_block().await.expect("a block");
		at.storage()
			.fetch(subxt::dynamic::storage::<(), u64>("Parts", "NextPartId"), ())
			.await
			.expect("readable")
			.decode()
			.expect("decodes")
	};
	let gear = |serial: &[u8]| {
		call(
			"Parts",
			"register_part",
			vec![
				("part_type", Value::u128(0)),
				("serial", Value::from_bytes(serial)),
				("certification", some(Value::u128(0))),
				("tag", none()),
				("reported_at", none()),
			],
		)
	};
	let (acme_gear, borealis_gear) = (next_part, next_part + 1);
	let mut calls = vec![gear(b"HG-40-0001"), gear(b"HG-40-0002")];
	calls.push(call(
		"Parts",
		"offer",
		vec![
			("item", part(borealis_gear)),
			("handover", common::variant("Ownership")),
			("to", Value::u128(borealis_org.into())),
		],
	));
	submit_batch(&api, &acme, calls).await;
	submit(
		&api,
		&borealis,
		"Parts",
		"accept_offer",
		vec![part(borealis_gear), common::variant("Ownership"), none()],
	)
	.await;
	let small = next_id(&api, "Certifications", "NextCertificationId").await;
	submit_batch(
		&api,
		&sentinel,
		vec![issue_certification(phoenix_org, 0, b"Leeds works", 5, 1_000)],
	)
	.await;
	submit_batch(&api, &phoenix, vec![common::accept_certification(small)]).await;

	// Kestrel deploys escrow and the tender bound to it.
	let escrow_bundle = Bundle::load("escrow");
	let tender_bundle = Bundle::load("tender");
	let escrow = deploy(&api, &rpc, &kestrel, &escrow_bundle, b"tender-e2e-escrow").await;
	let bound: Args = vec![("escrow", Value::from_bytes(escrow.address.0))];
	let tender = deploy_with(&api, &rpc, &kestrel, &tender_bundle, &bound, b"tender-e2e").await;
	let (escrow_base, tender_base) =
		(free_balance(&api, &escrow.address).await, free_balance(&api, &tender.address).await);
	let keeper_id = account(&keeper);

	// The request for quotation: ten units' worth of gear type 0 made under standard 0,
	// custody to Kestrel is delivery; a budget of 1 000 and bonds of 10.
	let (budget, bond) = (1_000 * UNIT, 10 * UNIT);
	let (now, _) = heads(&rpc).await;
	let (commit_by, reveal_by) = (now + 16, now + 26);
	let delivery_by = reveal_by + 60;
	let post: Args = vec![
		("wanted", Value::unnamed_variant("Part", [Value::u128(0)])),
		("spec_hash", Value::from_bytes([9u8; 32])),
		("quantity", Value::u128(10)),
		("paid_on", common::variant("Custody")),
		("delivery_by", Value::u128(delivery_by.into())),
		("standards", Value::unnamed_composite([Value::u128(0)])),
		("bond", Value::u128(bond)),
		("commit_by", Value::u128(commit_by.into())),
		("reveal_by", Value::u128(reveal_by.into())),
	];
	let posted = tender.exec(&api, &rpc, &kestrel, budget, "post", &post).await;
	assert_eq!(variants(&posted.returned), ["Ok", "Ok"]);
	let tender_id = number(inner(inner(&posted.returned))) as u64;

	// Sealed bids: Acme at 500, Borealis at 600. Phoenix may not bid with Acme's
	// certification, nor with its own, which cannot make ten units this period.
	let (acme_salt, borealis_salt) = ([1u8; 32], [2u8; 32]);
	let commit = |sealed: [u8; 32], certification: u32| -> Args<'static> {
		vec![
			("tender", Value::u128(tender_id.into())),
			("commitment", Value::from_bytes(sealed)),
			("certifications", Value::unnamed_composite([Value::u128(certification.into())])),
		]
	};
	let phoenix_bid = sealed_bid(&tender.address, tender_id, &phoenix, 400 * UNIT, [3u8; 32]);
	let borrowed =
		tender.dry_run(&rpc, &account(&phoenix), bond, "commit", &commit(phoenix_bid, 0)).await;
	assert_eq!(variants(&borrowed.returned), ["Ok", "Err", "NotHolder"], "{}", borrowed.returned);
	let short =
		tender.dry_run(&rpc, &account(&phoenix), bond, "commit", &commit(phoenix_bid, small)).await;
	assert_eq!(variants(&short.returned), ["Ok", "Err", "CapacityShort"], "{}", short.returned);
	let acme_bid = sealed_bid(&tender.address, tender_id, &acme, 500 * UNIT, acme_salt);
	let borealis_bid = sealed_bid(&tender.address, tender_id, &borealis, 600 * UNIT, borealis_salt);
	tender.exec(&api, &rpc, &acme, bond, "commit", &commit(acme_bid, 0)).await;
	tender.exec(&api, &rpc, &borealis, bond, "commit", &commit(borealis_bid, 1)).await;
	assert_eq!(number(&tender.query(&rpc, &keeper_id, "owed", &vec![]).await), budget + 2 * bond);

	// After the commit deadline each reveals its price and names its gear; Borealis cannot
	// pass off Acme's secret as its own.
	wait_for_heads(&rpc, commit_by, 0).await;
	let reveal = |price: u128, salt: [u8; 32], gear: u64| -> Args<'static> {
		vec![
			("tender", Value::u128(tender_id.into())),
			("price", Value::u128(price)),
			("salt", Value::from_bytes(salt)),
			("goods", Value::unnamed_variant("Part", [Value::u128(gear.into())])),
		]
	};
	let copied = tender
		.dry_run(
			&rpc,
			&account(&borealis),
			0,
			"reveal",
			&reveal(500 * UNIT, acme_salt, borealis_gear),
		)
		.await;
	assert_eq!(variants(&copied.returned), ["Ok", "Err", "WrongReveal"], "{}", copied.returned);
	tender.exec(&api, &rpc, &acme, 0, "reveal", &reveal(500 * UNIT, acme_salt, acme_gear)).await;
	tender
		.exec(&api, &rpc, &borealis, 0, "reveal", &reveal(600 * UNIT, borealis_salt, borealis_gear))
		.await;

	// After the reveal deadline anyone awards: Acme's 500 opens an escrow order for Kestrel.
	wait_for_heads(&rpc, reveal_by, 0).await;
	let of_tender: Args = vec![("tender", Value::u128(tender_id.into()))];
	let awarded = tender.exec(&api, &rpc, &keeper, 0, "award", &of_tender).await;
	assert_eq!(variants(&awarded.returned), ["Ok", "Ok", "Some"], "{}", awarded.returned);
	let order_id = number(inner(inner(inner(&awarded.returned))));
	let order: Args = vec![("id", Value::u128(order_id))];
	let credit = |p: u32| -> Args<'static> { vec![("participant", Value::u128(p.into()))] };
	assert_eq!(number(&escrow.query(&rpc, &keeper_id, "owed", &vec![]).await), 500 * UNIT);
	assert_eq!(
		number(&tender.query(&rpc, &keeper_id, "credit", &credit(kestrel_org)).await),
		500 * UNIT,
		"the rest of the budget is Kestrel's"
	);
	assert_eq!(
		number(&tender.query(&rpc, &keeper_id, "credit", &credit(borealis_org)).await),
		bond
	);
	let owed = number(&tender.query(&rpc, &keeper_id, "owed", &vec![]).await);
	assert_eq!(owed, 500 * UNIT + 2 * bond, "Acme's bond is held until its order ends");
	assert_eq!(free_balance(&api, &tender.address).await - tender_base, owed);
	assert_eq!(free_balance(&api, &escrow.address).await - escrow_base, 500 * UNIT);

	// Kestrel cannot cancel an order a tender opened for it; Acme accepts it and hands the
	// gear's custody to Kestrel in pallet-parts, and anyone releases the payment.
	let cancel = escrow.dry_run(&rpc, &account(&kestrel), 0, "cancel", &order).await;
	assert_eq!(variants(&cancel.returned), ["Ok", "Err", "OpenedFor"], "{}", cancel.returned);
	escrow.exec(&api, &rpc, &acme, 0, "accept", &order).await;
	submit(
		&api,
		&acme,
		"Parts",
		"offer",
		vec![part(acme_gear), common::variant("Custody"), Value::u128(kestrel_org.into())],
	)
	.await;
	submit(
		&api,
		&kestrel,
		"Parts",
		"accept_offer",
		vec![part(acme_gear), common::variant("Custody"), none()],
	)
	.await;
	escrow.exec(&api, &rpc, &keeper, 0, "release", &order).await;
	let state = escrow.query(&rpc, &keeper_id, "order_state", &order).await;
	assert_eq!(variants(&state), ["Some", "Released"], "{state}");
	tender.exec(&api, &rpc, &keeper, 0, "settle_bond", &of_tender).await;
	assert_eq!(number(&tender.query(&rpc, &keeper_id, "credit", &credit(acme_org)).await), bond);

	// Everyone withdraws what it is owed; both contracts end holding nothing.
	let withdrawn = |run: DryRun| number(inner(inner(&run.returned)));
	assert_eq!(withdrawn(escrow.exec(&api, &rpc, &acme, 0, "withdraw", &vec![]).await), 500 * UNIT);
	assert_eq!(withdrawn(tender.exec(&api, &rpc, &acme, 0, "withdraw", &vec![]).await), bond);
	assert_eq!(withdrawn(tender.exec(&api, &rpc, &borealis, 0, "withdraw", &vec![]).await), bond);
	assert_eq!(
		withdrawn(tender.exec(&api, &rpc, &kestrel, 0, "withdraw", &vec![]).await),
		500 * UNIT
	);
	for (contract, base) in [(&escrow, escrow_base), (&tender, tender_base)] {
		assert_eq!(number(&contract.query(&rpc, &keeper_id, "owed", &vec![]).await), 0);
		assert_eq!(
			free_balance(&api, &contract.address).await,
			base,
			"{} holds nothing",
			contract.bundle.name
		);
	}
}
