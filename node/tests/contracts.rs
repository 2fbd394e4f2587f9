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
		bytes, deploy, field, inner, number, onboard, register_part_0, variants, Args, Bundle, UNIT,
	},
	define_standard, free_balance, heads, issue_certification, keypair, next_id, none, part, some,
	submit, submit_batch, DevNode,
};
use subxt::dynamic::Value;
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
	let buyer_participant = onboard(&api, &orgs, &[&keeper]).await + 1;
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	submit_batch(&api, &acme, register_part_0(part_type)).await;

	// The buyer deploys the escrow contract and opens an order for part 0, paying 100.
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

	// Not delivered yet: releasing is refused (a dry run says why).
	let early = escrow.dry_run(&rpc, &keeper_id, 0, "release", &order(0)).await;
	assert!(early.reverted);
	assert_eq!(variants(&early.returned), ["Ok", "Err", "NotDelivered"]);
	let delivered = escrow.query(&rpc, &keeper_id, "is_delivered", &order(0)).await;
	assert_eq!(delivered, Value::unnamed_variant("Ok", [Value::bool(false)]));

	// Acme hands custody of part 0 to the buyer in pallet-parts.
	submit(
		&api,
		&acme,
		"Parts",
		"offer",
		vec![part(0), common::variant("Custody"), Value::u128(buyer_participant.into())],
	)
	.await;
	submit(
		&api,
		&buyer,
		"Parts",
		"accept_offer",
		vec![part(0), common::variant("Custody"), none()],
	)
	.await;
	let delivered = escrow.query(&rpc, &keeper_id, "is_delivered", &order(0)).await;
	assert_eq!(delivered, Value::unnamed_variant("Ok", [Value::bool(true)]));

	// Anyone may now release the payment: a keeper does, and Acme receives exactly the price.
	let acme_before = free_balance(&api, &acme_id).await;
	let released = escrow.exec(&api, &rpc, &keeper, 0, "release", &order(0)).await;
	assert_eq!(variants(&released.returned), ["Ok", "Ok"], "release returned Ok(())");
	assert_eq!(free_balance(&api, &acme_id).await, acme_before + price);
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

	// Acme lodges its invoice and, wrongly, an inspection certificate of its own; the
	// inspection body lodges the real one.
	let (invoice, own, certificate) = ([0x11u8; 32], [0x22u8; 32], [0x33u8; 32]);
	let lodge = |doc_type: u128, hash: [u8; 32]| -> Args {
		vec![
			("id", Value::u128(0)),
			("doc_type", Value::u128(doc_type)),
			("hash", Value::from_bytes(hash)),
		]
	};
	lc.exec(&api, &rpc, &acme, 0, "lodge", &lodge(INVOICE, invoice)).await;
	lc.exec(&api, &rpc, &acme, 0, "lodge", &lodge(INSPECTION, own)).await;
	lc.exec(&api, &rpc, &inspector, 0, "lodge", &lodge(INSPECTION, certificate)).await;

	// Read through the chain extension: Acme is not certified for ISO/IEC 17020.
	let present = |documents: &[[u8; 32]]| -> Args {
		vec![
			("id", Value::u128(0)),
			("amount", Value::u128(amount)),
			("documents", Value::unnamed_composite(documents.iter().map(Value::from_bytes))),
		]
	};
	let discrepant = lc.query(&rpc, &acme_id, "present", &present(&[invoice, own])).await;
	let issuer_not_qualified =
		Value::unnamed_variant("IssuerNotQualified", [Value::u128(INSPECTION)]);
	assert_eq!(
		discrepant,
		Value::unnamed_variant("Ok", [Value::unnamed_composite([issuer_not_qualified])])
	);
	let not_beneficiary = lc.dry_run(&rpc, &buyer_id, 0, "present", &present(&[invoice])).await;
	assert!(not_beneficiary.reverted);
	assert_eq!(variants(&not_beneficiary.returned), ["Ok", "Err", "NotBeneficiary"]);

	// A complying presentation; the bank honours it and Acme receives the amount.
	let presented =
		lc.exec(&api, &rpc, &acme, 0, "present", &present(&[invoice, certificate])).await;
	assert_eq!(
		presented.returned,
		Value::unnamed_variant(
			"Ok",
			[Value::unnamed_variant("Ok", [Value::unnamed_composite([])])]
		),
		"Ok(no discrepancies)"
	);
	let acme_before = free_balance(&api, &acme_id).await;
	lc.exec(&api, &rpc, &bank, 0, "honour", &vec![("id", Value::u128(0))]).await;
	assert_eq!(free_balance(&api, &acme_id).await, acme_before + amount);
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
	onboard(&api, &orgs, &[&meter]).await;
	// Acme registers part 0 (a machine) and its meter as a device.
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	let mut calls = register_part_0(part_type);
	calls.push(call(
		"Certifications",
		"add_device",
		vec![("device", id(&meter)), ("roles", common::roles(&[Manufacturer]))],
	));
	submit_batch(&api, &acme, calls).await;

	let bundle = Bundle::load("usage_token");
	let token = deploy(&api, &rpc, &acme, &bundle, b"usage-e2e").await;
	let base = free_balance(&api, &token.address).await;
	let (acme_id, renter_id, stranger_id) = (account(&acme), account(&renter), account(&stranger));
	let asset: Args = vec![("asset", Value::u128(0))];
	let with_asset = |more: Args<'static>| -> Args<'static> {
		let mut args: Args = vec![("asset", Value::u128(0))];
		args.extend(more);
		args
	};

	// Only the part's owner on chain may grant its use.
	let grant = with_asset(vec![("user", id(&renter)), ("expires", Value::u128(1_000))]);
	let refused = token.dry_run(&rpc, &renter_id, 0, "grant", &grant).await;
	assert!(refused.reverted);
	assert_eq!(variants(&refused.returned), ["Ok", "Err", "NotOwner"]);

	// Acme lists it at 1 per block, metered at 2 per unit by its device; the renter
	// rents it for about 200 blocks, paying the rent and a deposit of 30 up front.
	let (price, unit) = (UNIT, 2 * UNIT);
	let meter_terms =
		Value::named_composite([("device", id(&meter)), ("unit_price", Value::u128(unit))]);
	let list =
		with_asset(vec![("price_per_block", Value::u128(price)), ("meter", some(meter_terms))]);
	token.exec(&api, &rpc, &acme, 0, "list", &list).await;
	let (now, _) = heads(&rpc).await;
	let until = now + 200;
	let paid = price * 200 + 30 * UNIT;
	let rent = with_asset(vec![("expires", Value::u128(until.into()))]);
	token.exec(&api, &rpc, &renter, paid, "rent", &rent).await;
	let rented = token.query(&rpc, &acme_id, "usage", &asset).await;
	let rented = inner(&rented);
	assert_eq!(bytes(field(rented, "user")), renter_id.0);
	assert_eq!(number(field(rented, "expires")), until.into());
	assert_eq!(bytes(field(rented, "lessor")), acme_id.0);
	let (held, deposit) = (number(field(rented, "rent_held")), number(field(rented, "deposit")));
	assert_eq!(held, price * (u128::from(until) - number(field(rented, "accrued_from"))));
	assert_eq!(held + deposit, paid);
	assert_eq!(number(&token.query(&rpc, &acme_id, "owed", &vec![]).await), paid);
	assert_eq!(free_balance(&api, &token.address).await - base, paid);

	// A controller's free dry run.
	let user = |who: &Keypair| with_asset(vec![("user", id(who))]);
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&renter)).await;
	assert_eq!(authorized.as_bool(), Some(true));
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&stranger)).await;
	assert_eq!(authorized.as_bool(), Some(false));

	// The meter reports 4 units: 8 from the deposit.
	let report = with_asset(vec![("units", Value::u128(4))]);
	token.exec(&api, &rpc, &meter, 0, "report_usage", &report).await;
	let metered = token.query(&rpc, &acme_id, "usage", &asset).await;
	let metered = inner(&metered);
	assert_eq!(number(field(metered, "deposit")), deposit - 4 * unit);
	assert_eq!(number(field(metered, "metered")), 4 * unit);

	// A grant Acme signs for an offline controller verifies, against Acme's key.
	let grant = |expires: u32| {
		with_asset(vec![("user", id(&renter)), ("expires", Value::u128(expires.into()))])
	};
	let payload = bytes(&token.query(&rpc, &stranger_id, "grant_payload", &grant(until)).await);
	let signature = acme.sign(&payload).0;
	let check = |expires: u32| {
		let mut args = grant(expires);
		args.extend([("signer", id(&acme)), ("signature", Value::from_bytes(signature))]);
		args
	};
	let verified = token.query(&rpc, &stranger_id, "check_signed_grant", &check(until)).await;
	assert_eq!(variants(&verified), ["Ok"]);
	let forged = token.query(&rpc, &stranger_id, "check_signed_grant", &check(until + 1)).await;
	assert_eq!(variants(&forged)[0], "Err");

	// Acme revokes: the renter gets back the unused rent and the deposit left, Acme the
	// rent earned and the metered charge; the contract holds nothing more.
	let renter_before = free_balance(&api, &renter_id).await;
	token.exec(&api, &rpc, &acme, 0, "revoke", &asset).await;
	let refund = free_balance(&api, &renter_id).await - renter_before;
	let to_acme = paid - refund;
	assert!(refund > deposit - 4 * unit && refund < paid - 4 * unit, "refund {refund}");
	assert_eq!((to_acme - 4 * unit) % price, 0, "Acme is paid whole blocks of rent");
	let authorized = token.query(&rpc, &stranger_id, "is_authorized", &user(&renter)).await;
	assert_eq!(authorized.as_bool(), Some(false));
	assert_eq!(number(&token.query(&rpc, &acme_id, "owed", &vec![]).await), 0);
	assert_eq!(free_balance(&api, &token.address).await, base);
}
