//! What a contract call costs against the native pallet call it stands for, as both are
//! charged when dispatched (`TransactionPaymentCallApi_query_call_info`, what wallets ask
//! for a fee estimate), measured on a real dev node with the real escrow bundle:
//! escrow's `release` as a `Contracts.call` (its gas limit from a dry run plus the call's
//! own weight) against `Parts.accept_offer` of the custody it pays for. Weights, not wall
//! time: the numbers are the runtime's benchmarked weights and pallet-contracts'
//! schedule, so one run gives them.
//!
//! `scripts/bench.sh contracts` runs it (`cargo test --workspace --bench contracts`: the dev build the
//! tests use); the escrow bundle comes from `scripts/contracts.sh build`.

#[path = "../tests/common/mod.rs"]
mod common;

use amchain_primitives::participants::Role;
use common::{
	account,
	contracts::{call_weight, deploy, onboard, register_part_0, Args, Bundle, UNIT},
	keypair, next_id, none, part, submit, submit_batch, variant, DevNode,
};
use subxt::dynamic::Value;

#[tokio::main(flavor = "multi_thread")]
async fn main() {
	let node = DevNode::start("bench-contracts");
	let api = node.client().await;
	let rpc = node.rpc().await;
	let (acme, buyer, keeper) = (keypair("acme"), keypair("buyer"), keypair("keeper"));
	let first = onboard(
		&api,
		&[(&acme, "Acme Gears", &[Role::Manufacturer]), (&buyer, "Buyer", &[Role::Customer])],
		&[&keeper],
	)
	.await;
	let part_type = next_id(&api, "Parts", "NextPartTypeId").await;
	submit_batch(&api, &acme, register_part_0(part_type)).await;

	// The buyer pays for part 0 into escrow and Acme accepts the order; Acme hands custody
	// over in pallet-parts.
	let bundle = Bundle::load("escrow");
	let escrow = deploy(&api, &rpc, &buyer, &bundle, b"escrow-bench").await;
	let open: Args = vec![
		("seller", Value::from_bytes(account(&acme).0)),
		("goods", Value::unnamed_variant("Part", [Value::u128(0)])),
		("paid_on", variant("Custody")),
		("deadline", Value::u128(10_000)),
		("arbiter", none()),
		("oracle", none()),
		("milestones", Value::unnamed_composite([])),
	];
	escrow.exec(&api, &rpc, &buyer, 100 * UNIT, "open", &open).await;
	let order: Args = vec![("id", Value::u128(0))];
	escrow.exec(&api, &rpc, &acme, 0, "accept", &order).await;
	let to_buyer = vec![part(0), variant("Custody"), Value::u128((first + 1).into())];
	submit(&api, &acme, "Parts", "offer", to_buyer).await;
	let accept = vec![part(0), variant("Custody"), none()];
	submit(&api, &buyer, "Parts", "accept_offer", accept.clone()).await;

	let released = escrow.exec(&api, &rpc, &keeper, 0, "release", &order).await;
	let native = call_weight(&api, &rpc, "Parts", "accept_offer", accept).await;
	let fields = escrow.call_fields(0, released.gas_required, "release", &order);
	let contract = call_weight(&api, &rpc, "Contracts", "call", fields).await;
	println!(
		"escrow release as Contracts.call {:.1} µs, proof {} B (execution {:.1} µs, {} B)\n\
		 native Parts.accept_offer       {:.1} µs, proof {} B\n\
		 ratio {:.1}x time, {:.1}x proof",
		contract.ref_time() as f64 / 1e6,
		contract.proof_size(),
		released.gas_consumed.ref_time() as f64 / 1e6,
		released.gas_consumed.proof_size(),
		native.ref_time() as f64 / 1e6,
		native.proof_size(),
		contract.ref_time() as f64 / native.ref_time() as f64,
		contract.proof_size() as f64 / native.proof_size() as f64,
	);
}
