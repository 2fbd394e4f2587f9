//! End-to-end: amchain's ink! contracts, built to bundles by cargo-contract
//! (`scripts/contracts.sh build`), deployed to a real dev node and driven with signed
//! `Contracts` extrinsics; their chain-extension queries answered by the real pallets.

mod common;

use codec::Encode;
use common::{
	account, accredit_auditor, batch, call,
	contracts::{call_weight, deploy, Bundle},
	create_part_type, define_standard, free_balance, fund, heads, issue_certification, keypair,
	next_id, none, part, register, submit, DevNode,
};
use subxt::{dynamic::Value, OnlineClient, PolkadotConfig};
use subxt_signer::sr25519::{dev, Keypair};

/// Role bits (amchain_primitives::participants::Role).
const MANUFACTURER: u16 = 1 << 0;
const SUPPLIER: u16 = 1 << 2;
const STANDARDS_ORGANISATION: u16 = 1 << 3;
const AUDITOR: u16 = 1 << 4;
const BANK: u16 = 1 << 8;
const CUSTOMER: u16 = 1 << 9;

/// One unit of the dev chain's currency (12 decimals).
const UNIT: u128 = 1_000_000_000_000;

/// escrow's `Goods` (contracts/escrow).
#[derive(Clone, Encode)]
#[allow(dead_code)]
enum Goods {
	Part(u64),
	Lot(u64),
}

/// escrow's `Error`, by variant index (contracts/escrow/lib.rs lists them in this order).
mod escrow_error {
	pub const NOT_DELIVERED: u8 = 14;
	pub const EXTENSION: u8 = 23;
}
/// amchain-ink's `ExtensionError::UnknownPart`.
const UNKNOWN_PART: u8 = 2;

/// Acme's calls defining a part type (it gets id `part_type`) and registering part 0 of
/// it (for a batch).
fn register_part_0(part_type: u32) -> Vec<Value> {
	vec![
		create_part_type(b"04012345000017", b"https://acme.example/gearbox", &[]),
		call(
			"Parts",
			"register_part",
			vec![
				("part_type", Value::u128(part_type.into())),
				("serial", Value::from_bytes(b"GB-1")),
				("certification", none()),
				("tag", none()),
				("reported_at", none()),
			],
		),
	]
}

/// Alice (the dev registrar) funds `orgs`' admin accounts and registers each with its
/// roles (participants `first`, `first + 1`, ... in this order, after the dev chain's
/// own), and funds `others`. Returns `first`.
async fn onboard(
	api: &OnlineClient<PolkadotConfig>,
	orgs: &[(&Keypair, &str, u16)],
	others: &[&Keypair],
) -> u32 {
	let first = next_id(api, "Certifications", "NextParticipantId").await;
	let mut calls: Vec<Value> = orgs.iter().map(|(k, _, _)| fund(k, 1_000 * UNIT)).collect();
	calls.extend(others.iter().map(|k| fund(k, 1_000 * UNIT)));
	calls.extend(orgs.iter().map(|(k, name, roles)| register(k, name, *roles)));
	submit(api, &dev::alice(), "Utility", "batch_all", batch(calls)).await;
	first
}

#[tokio::test(flavor = "multi_thread")]
async fn escrow_pays_the_seller_when_custody_reaches_the_buyer_on_chain() {
	let node = DevNode::start("escrow");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (acme, buyer, keeper) = (keypair("acme"), keypair("buyer"), keypair("keeper"));

	// Acme and the buyer are registered; Acme registers part 0, which it holds.
	let orgs = [(&acme, "Acme Gears", MANUFACTURER | SUPPLIER), (&buyer, "Buyer", CUSTOMER)];
	let buyer_participant = onboard(&api, &orgs, &[&keeper]).await + 1;
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	submit(&api, &acme, "Utility", "batch_all", batch(register_part_0(part_type))).await;

	// The buyer deploys the escrow contract and opens an order for part 0, paying 100.
	let bundle = Bundle::load("escrow");
	let escrow = deploy(&api, &rpc, &buyer, &bundle, b"escrow-e2e").await;
	let base = free_balance(&api, &escrow.address).await;
	let price = 100 * UNIT;
	let (acme_id, buyer_id, keeper_id) = (account(&acme), account(&buyer), account(&keeper));

	// An unknown part: a typed error from the chain extension, not a trap.
	let open_args = |goods: Goods| {
		(acme_id.0, goods, 10_000u32, None::<[u8; 32]>, None::<[u8; 32]>, Vec::<u128>::new())
	};
	let unknown = escrow.dry_run(&rpc, &buyer_id, price, "open", open_args(Goods::Part(9))).await;
	assert!(unknown.reverted);
	assert_eq!(unknown.output, vec![0, 1, escrow_error::EXTENSION, UNKNOWN_PART]);

	escrow.exec(&api, &rpc, &buyer, price, "open", open_args(Goods::Part(0))).await;
	assert_eq!(escrow.query::<u64>(&rpc, &keeper_id, "order_count", ()).await, 1);
	assert_eq!(escrow.query::<u128>(&rpc, &keeper_id, "owed", ()).await, price);
	assert_eq!(
		free_balance(&api, &escrow.address).await - base,
		price,
		"the contract holds what it owes"
	);

	// Not delivered yet: settling is refused (a dry run says why).
	let early = escrow.dry_run(&rpc, &keeper_id, 0, "settle", 0u64).await;
	assert!(early.reverted);
	assert_eq!(early.output, vec![0, 1, escrow_error::NOT_DELIVERED]);
	assert_eq!(
		escrow.query::<Result<bool, u8>>(&rpc, &keeper_id, "is_delivered", 0u64).await,
		Ok(false)
	);

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
	assert_eq!(
		escrow.query::<Result<bool, u8>>(&rpc, &keeper_id, "is_delivered", 0u64).await,
		Ok(true)
	);

	// Anyone may now settle: a keeper does, and Acme receives exactly the price.
	let acme_before = free_balance(&api, &acme_id).await;
	let settled = escrow.exec(&api, &rpc, &keeper, 0, "settle", 0u64).await;
	assert_eq!(settled.output, vec![0, 0], "settle returned Ok(())");
	assert_eq!(free_balance(&api, &acme_id).await, acme_before + price);
	assert_eq!(escrow.query::<u128>(&rpc, &keeper_id, "owed", ()).await, 0);
	assert_eq!(free_balance(&api, &escrow.address).await, base, "the contract holds nothing more");
	let again = escrow.dry_run(&rpc, &keeper_id, 0, "settle", 0u64).await;
	assert!(again.reverted, "an order is paid once");

	// What settling by contract costs against the native custody acceptance it stands
	// for, both as charged when dispatched (scripts/bench.sh contracts prints this line).
	let native_fields = vec![part(0), common::variant("Custody"), none()];
	let native = call_weight(&api, &rpc, "Parts", "accept_offer", native_fields).await;
	let fields = escrow.call_fields(0, settled.gas_required, "settle", 0u64);
	let contract = call_weight(&api, &rpc, "Contracts", "call", fields).await;
	println!(
		"bench: escrow settle as Contracts.call {:.1} µs, proof {} B (execution {:.1} µs, {} B) | \
		 native Parts.accept_offer {:.1} µs, proof {} B | ratio {:.1}x time, {:.1}x proof",
		contract.ref_time() as f64 / 1e6,
		contract.proof_size(),
		settled.gas_consumed.ref_time() as f64 / 1e6,
		settled.gas_consumed.proof_size(),
		native.ref_time() as f64 / 1e6,
		native.proof_size(),
		contract.ref_time() as f64 / native.ref_time() as f64,
		contract.proof_size() as f64 / native.proof_size() as f64,
	);
}

/// letter_of_credit's types as its messages encode them (contracts/letter_of_credit).
mod credit {
	use codec::{Decode, Encode};

	pub const INVOICE: u32 = 1;
	pub const INSPECTION: u32 = 3;

	#[derive(Clone, Encode)]
	pub struct Terms {
		pub amount: u128,
		pub expiry: u32,
		pub latest_shipment: u32,
		pub partial_drawings: bool,
		pub required: Vec<RequiredDocument>,
	}

	#[derive(Clone, Encode)]
	pub struct RequiredDocument {
		pub doc_type: u32,
		pub issuer: IssuerRule,
		pub transport: bool,
	}

	#[derive(Clone, Encode)]
	#[allow(dead_code)]
	pub enum IssuerRule {
		Beneficiary,
		Anyone,
		Role(u16),
		CertifiedFor(u32),
	}

	#[derive(Debug, PartialEq, Decode)]
	#[allow(dead_code)]
	pub enum Discrepancy {
		Missing(u32),
		IssuerNotQualified(u32),
		LateShipment(u32),
		Stated([u8; 32]),
	}

	/// `Error::NotBeneficiary`'s index.
	pub const NOT_BENEFICIARY: u8 = 11;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_letter_of_credit_pays_against_documents_from_certified_issuers() {
	use credit::*;
	let node = DevNode::start("letter-of-credit");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let [bank, buyer, acme, iso, tuv, inspector] =
		["bank", "buyer", "acme", "iso", "tuv", "inspector"].map(keypair);
	let orgs = [
		(&bank, "Bank", BANK),
		(&buyer, "Buyer", CUSTOMER),
		(&acme, "Acme Gears", SUPPLIER),
		(&iso, "ISO", STANDARDS_ORGANISATION),
		(&tuv, "TUV", AUDITOR),
		(&inspector, "Inspect Co", AUDITOR),
	];
	let first = onboard(&api, &orgs, &[]).await;
	// ISO defines ISO/IEC 17020 and accredits TUV (the fifth organisation), which certifies
	// the inspection body (the sixth) for it.
	let (tuv_participant, inspector_participant) = (first + 4, first + 5);
	let standard = next_id(&api, "Certifications", "NextStandardId").await;
	let define =
		define_standard(b"ISO/IEC 17020", 2012, b"https://www.iso.org/standard/52994.html");
	let accredit = accredit_auditor(standard, tuv_participant);
	submit(&api, &iso, "Utility", "batch_all", batch(vec![define, accredit])).await;
	let certification = issue_certification(
		inspector_participant,
		standard,
		b"inspection of gearboxes",
		10_000,
		100,
	);
	submit(&api, &tuv, "Utility", "batch_all", batch(vec![certification])).await;

	// The bank issues a credit of 100 for the buyer to Acme against Acme's invoice and an
	// inspection certificate from a body certified for ISO/IEC 17020.
	let bundle = Bundle::load("letter_of_credit");
	let lc = deploy(&api, &rpc, &bank, &bundle, b"lc-e2e").await;
	let base = free_balance(&api, &lc.address).await;
	let (now, _) = heads(&rpc).await;
	let amount = 100 * UNIT;
	let terms = Terms {
		amount,
		expiry: now + 1_000,
		latest_shipment: now + 500,
		partial_drawings: false,
		required: vec![
			RequiredDocument {
				doc_type: INVOICE,
				issuer: IssuerRule::Beneficiary,
				transport: false,
			},
			RequiredDocument {
				doc_type: INSPECTION,
				issuer: IssuerRule::CertifiedFor(standard),
				transport: false,
			},
		],
	};
	let (buyer_id, acme_id) = (account(&buyer), account(&acme));
	let issue_args = (buyer_id.0, acme_id.0, None::<[u8; 32]>, terms, 20u32);
	lc.exec(&api, &rpc, &bank, amount, "issue", issue_args).await;
	assert_eq!(lc.query::<u128>(&rpc, &buyer_id, "owed", ()).await, amount);
	assert_eq!(free_balance(&api, &lc.address).await - base, amount);

	// Acme lodges its invoice and, wrongly, an inspection certificate of its own; the
	// inspection body lodges the real one.
	let (invoice, own, certificate) = ([0x11u8; 32], [0x22u8; 32], [0x33u8; 32]);
	lc.exec(&api, &rpc, &acme, 0, "lodge", (0u64, INVOICE, invoice)).await;
	lc.exec(&api, &rpc, &acme, 0, "lodge", (0u64, INSPECTION, own)).await;
	lc.exec(&api, &rpc, &inspector, 0, "lodge", (0u64, INSPECTION, certificate)).await;

	// Read through the chain extension: Acme is not certified for ISO/IEC 17020.
	let discrepant = lc
		.query::<Result<Vec<Discrepancy>, u8>>(
			&rpc,
			&acme_id,
			"present",
			(0u64, amount, vec![invoice, own]),
		)
		.await;
	assert_eq!(discrepant, Ok(vec![Discrepancy::IssuerNotQualified(INSPECTION)]));
	let not_beneficiary =
		lc.dry_run(&rpc, &buyer_id, 0, "present", (0u64, amount, vec![invoice])).await;
	assert!(not_beneficiary.reverted);
	assert_eq!(not_beneficiary.output, vec![0, 1, NOT_BENEFICIARY]);

	// A complying presentation; the bank honours it and Acme receives the amount.
	let presented =
		lc.exec(&api, &rpc, &acme, 0, "present", (0u64, amount, vec![invoice, certificate])).await;
	assert_eq!(presented.output, vec![0, 0, 0], "Ok(no discrepancies)");
	let acme_before = free_balance(&api, &acme_id).await;
	lc.exec(&api, &rpc, &bank, 0, "honour", 0u64).await;
	assert_eq!(free_balance(&api, &acme_id).await, acme_before + amount);
	assert_eq!(lc.query::<u128>(&rpc, &buyer_id, "owed", ()).await, 0);
	assert_eq!(free_balance(&api, &lc.address).await, base, "the contract holds nothing more");
}

/// usage_token's types as its messages encode them (contracts/usage_token).
mod usage {
	use codec::{Decode, Encode};

	#[derive(Clone, Copy, Debug, Encode, Decode)]
	pub struct Meter {
		pub device: [u8; 32],
		pub unit_price: u128,
	}

	#[derive(Debug, Decode)]
	#[allow(dead_code)]
	pub struct Usage {
		pub user: [u8; 32],
		pub expires: u32,
		pub lessor: [u8; 32],
		pub price_per_block: u128,
		pub accrued_from: u32,
		pub rent_held: u128,
		pub meter: Option<Meter>,
		pub deposit: u128,
		pub metered: u128,
	}

	/// `Error::NotOwner`'s index.
	pub const NOT_OWNER: u8 = 0;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_usage_token_lets_a_part_by_the_block_and_meters_its_use() {
	use usage::*;
	let node = DevNode::start("usage-token");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let [acme, renter, meter, stranger] = ["acme", "renter", "meter", "stranger"].map(keypair);
	let orgs = [(&acme, "Acme Machines", MANUFACTURER), (&renter, "Renter", CUSTOMER)];
	onboard(&api, &orgs, &[&meter]).await;
	// Acme registers part 0 (a machine) and its meter as a device.
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	let mut calls = register_part_0(part_type);
	calls.push(call(
		"Certifications",
		"add_device",
		vec![
			("device", Value::from_bytes(account(&meter).0)),
			("roles", Value::unnamed_composite([Value::u128(MANUFACTURER as u128)])),
		],
	));
	submit(&api, &acme, "Utility", "batch_all", batch(calls)).await;

	let bundle = Bundle::load("usage_token");
	let token = deploy(&api, &rpc, &acme, &bundle, b"usage-e2e").await;
	let base = free_balance(&api, &token.address).await;
	let (acme_id, renter_id, meter_id) = (account(&acme), account(&renter), account(&meter));
	let stranger_id = account(&stranger);

	// Only the part's owner on chain may grant its use.
	let refused = token.dry_run(&rpc, &renter_id, 0, "grant", (0u64, renter_id.0, 1_000u32)).await;
	assert!(refused.reverted);
	assert_eq!(refused.output, vec![0, 1, NOT_OWNER]);

	// Acme lists it at 1 per block, metered at 2 per unit by its device; the renter
	// rents it for about 200 blocks, paying the rent and a deposit of 30 up front.
	let (price, unit) = (UNIT, 2 * UNIT);
	let listing = Some(Meter { device: meter_id.0, unit_price: unit });
	token.exec(&api, &rpc, &acme, 0, "list", (0u64, price, listing)).await;
	let (now, _) = heads(&rpc).await;
	let until = now + 200;
	let paid = price * 200 + 30 * UNIT;
	token.exec(&api, &rpc, &renter, paid, "rent", (0u64, until)).await;
	let rented = token.query::<Option<Usage>>(&rpc, &acme_id, "usage", 0u64).await.unwrap();
	assert_eq!((rented.user, rented.expires, rented.lessor), (renter_id.0, until, acme_id.0));
	assert_eq!(rented.rent_held, price * u128::from(until - rented.accrued_from));
	assert_eq!(rented.rent_held + rented.deposit, paid);
	assert_eq!(token.query::<u128>(&rpc, &acme_id, "owed", ()).await, paid);
	assert_eq!(free_balance(&api, &token.address).await - base, paid);

	// A controller's free dry run.
	let authorized =
		|who: [u8; 32]| token.query::<bool>(&rpc, &stranger_id, "is_authorized", (0u64, who));
	assert!(authorized(renter_id.0).await);
	assert!(!authorized(stranger_id.0).await);

	// The meter reports 4 units: 8 from the deposit.
	token.exec(&api, &rpc, &meter, 0, "report_usage", (0u64, 4u64)).await;
	let metered = token.query::<Option<Usage>>(&rpc, &acme_id, "usage", 0u64).await.unwrap();
	assert_eq!((metered.deposit, metered.metered), (rented.deposit - 4 * unit, 4 * unit));

	// A grant Acme signs for an offline controller verifies, against Acme's key.
	let payload = token
		.query::<Vec<u8>>(&rpc, &stranger_id, "grant_payload", (0u64, renter_id.0, until))
		.await;
	let signature = acme.sign(&payload).0;
	let check = (0u64, renter_id.0, until, acme_id.0, signature);
	assert_eq!(
		token.query::<Result<(), u8>>(&rpc, &stranger_id, "check_signed_grant", check).await,
		Ok(())
	);
	let forged = (0u64, renter_id.0, until + 1, acme_id.0, signature);
	let forged = token.query::<Result<(), u8>>(&rpc, &stranger_id, "check_signed_grant", forged);
	assert!(forged.await.is_err());

	// Acme revokes: the renter gets back the unused rent and the deposit left, Acme the
	// rent earned and the metered charge; the contract holds nothing more.
	let renter_before = free_balance(&api, &renter_id).await;
	token.exec(&api, &rpc, &acme, 0, "revoke", 0u64).await;
	let refund = free_balance(&api, &renter_id).await - renter_before;
	let to_acme = paid - refund;
	assert!(refund > metered.deposit && refund < paid - 4 * unit, "refund {refund}");
	assert_eq!((to_acme - 4 * unit) % price, 0, "Acme is paid whole blocks of rent");
	assert!(!authorized(renter_id.0).await);
	assert_eq!(token.query::<u128>(&rpc, &acme_id, "owed", ()).await, 0);
	assert_eq!(free_balance(&api, &token.address).await, base);
}
