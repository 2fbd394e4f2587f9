//! End-to-end: amchain's ink! contracts, built to bundles by cargo-contract
//! (`scripts/contracts.sh build`), deployed to a real dev node and driven with signed
//! `Contracts` extrinsics; their chain-extension queries answered by the real pallets.

mod common;

use codec::Encode;
use common::{
	account, batch, call,
	contracts::{deploy, Bundle},
	create_part_type, free_balance, fund, keypair, none, part, register, submit, DevNode,
};
use subxt::dynamic::Value;
use subxt_signer::sr25519::dev;

/// Role bits (amchain_primitives::participants::Role).
const MANUFACTURER: u16 = 1 << 0;
const SUPPLIER: u16 = 1 << 2;
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

#[tokio::test(flavor = "multi_thread")]
async fn escrow_pays_the_seller_when_custody_reaches_the_buyer_on_chain() {
	let node = DevNode::start("escrow");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (acme, buyer, keeper) = (keypair("acme"), keypair("buyer"), keypair("keeper"));

	// Alice (the dev registrar) funds everyone and registers Acme (participant 0) and
	// the buyer (1); Acme defines a part type and registers part 0, which it holds.
	let mut setup = Vec::new();
	for k in [&acme, &buyer, &keeper] {
		setup.push(fund(k, 1_000 * UNIT));
	}
	setup.push(register(&acme, "Acme Gears", MANUFACTURER | SUPPLIER));
	setup.push(register(&buyer, "Buyer", CUSTOMER));
	submit(&api, &dev::alice(), "Utility", "batch_all", batch(setup)).await;
	submit(
		&api,
		&acme,
		"Utility",
		"batch_all",
		batch(vec![
			create_part_type(b"04012345000017", b"https://acme.example/gearbox", &[]),
			call(
				"Parts",
				"register_part",
				vec![
					("part_type", Value::u128(0)),
					("serial", Value::from_bytes(b"GB-1")),
					("certification", none()),
					("tag", none()),
					("reported_at", none()),
				],
			),
		]),
	)
	.await;

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
		vec![part(0), common::variant("Custody"), Value::u128(1)],
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
	println!(
		"escrow settle: gas consumed ref_time {} ps, proof size {} bytes",
		settled.gas_consumed.ref_time(),
		settled.gas_consumed.proof_size()
	);
}
