//! Seeded random call sequences on reserves and claims from every party (the issuer's
//! admin and device, two holders trading parts between them, a stranger, governance),
//! with time passing, checked after every step: the invariants hold (among them: open
//! claims never set aside more than the reserve holds, no claim paid above its ask, a
//! defaulted claim paid what it covered), a failed call changes nothing, and no money is
//! made or lost.

use alloc::collections::btree_map::BTreeMap;
use amchain_primitives::parts::{Handover, Item};
use amchain_test_support::rng::Rng;
use frame_support::traits::fungible::Inspect;

use crate::{mock::*, *};

const SEEDS: u64 = 10;
const STEPS: u32 = 250;
/// A term long enough that the warranties outlive most runs.
const TERM: u64 = 1_000;

#[test]
fn random_claim_sequences_keep_the_invariants_and_the_money() {
	let mut done: BTreeMap<&'static str, u32> = BTreeMap::new();
	for seed in 0..SEEDS {
		new_test_ext(|| {
			for (kind, n) in run(seed) {
				*done.entry(kind).or_default() += n;
			}
		});
	}
	for kind in [
		"fund",
		"announce",
		"complete",
		"move",
		"claim",
		"approve",
		"reject",
		"withdraw claim",
		"rule",
		"default",
		"superseded",
	] {
		assert!(done.contains_key(kind), "no {kind} in any run: {done:?}");
	}
}

fn run(seed: u64) -> BTreeMap<&'static str, u32> {
	let w = World::new();
	let mut rng = Rng(seed);
	let mut done = BTreeMap::new();
	// Six warranted gears, three with each holder.
	Warranties::set_new_warranty_term(RuntimeOrigin::signed(ACME), w.gear, TERM).expect("term set");
	let mut gears = Vec::new();
	for i in 0..6 {
		let part = w.gear();
		let warranty = NextWarrantyId::<Test>::get();
		Warranties::issue(
			RuntimeOrigin::signed(ACME),
			part,
			WarrantyKind::New,
			doc(7),
			TERM,
			vec![],
		)
		.expect("issued");
		let (to, to_p) = if i % 2 == 1 { (DEALER, w.dealer) } else { (CUSTOMER, w.customer) };
		w.sell(part, ACME, to, to_p);
		gears.push((part, warranty));
	}
	const ACME_NEW_ADMIN: AccountId = 32;
	let accounts = [ACME, ACME_CLERK, ACME_NEW_ADMIN, CUSTOMER, DEALER, STRANGER];
	let total = || accounts.iter().map(Balances::total_balance).sum::<u64>();
	let money = total();
	let mut rotated = false;

	for step in 0..STEPS {
		let who = rng.pick(&accounts);
		let signed = RuntimeOrigin::signed(who);
		let claims = NextClaimId::<Test>::get() + 1;
		let claim = rng.below(claims);
		let (part, warranty) = rng.pick(&gears);
		let amount = rng.pick(&[0, 1, 50, 300, 2_000, u64::MAX]);
		let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
		let events_before = System::event_count();
		let ours_before = events().len();
		let (kind, result) = match rng.below(16) {
			0 | 1 => ("fund", Warranties::fund_reserve(signed, amount.min(3_000))),
			2 => ("announce", Warranties::withdraw_reserve(signed, amount)),
			3 => ("complete", Warranties::complete_withdrawal(signed)),
			4 => ("move", Warranties::move_reserve(signed)),
			5..=7 => {
				// Mostly by the holder.
				let holder = <Test as Config>::Parts::summary(part)
					.map(|p| if p.owner == w.dealer { DEALER } else { CUSTOMER })
					.unwrap_or(CUSTOMER);
				let by = if rng.below(4) == 0 { signed } else { RuntimeOrigin::signed(holder) };
				("claim", Warranties::claim(by, warranty, doc(1), amount))
			},
			8 => ("approve", Warranties::approve(signed, claim, doc(2), amount)),
			9 => ("reject", Warranties::reject(signed, claim, doc(3))),
			10 => ("withdraw claim", Warranties::withdraw_claim(signed, claim)),
			11 => {
				let origin = if rng.below(4) == 0 { signed } else { RuntimeOrigin::root() };
				("rule", Warranties::rule(origin, claim, doc(4), amount))
			},
			12 => ("default", Warranties::settle_overdue(signed, claim)),
			13 => {
				// A holder sells a gear to the other.
				let (from, to, to_p) = if rng.below(2) == 0 {
					(CUSTOMER, DEALER, w.dealer)
				} else {
					(DEALER, CUSTOMER, w.customer)
				};
				let item = Item::Part(part);
				let r = Parts::offer(RuntimeOrigin::signed(from), item, Handover::Ownership, to_p)
					.and_then(|_| {
						Parts::offer(RuntimeOrigin::signed(from), item, Handover::Custody, to_p)
					})
					.and_then(|_| {
						Parts::accept_offer(
							RuntimeOrigin::signed(to),
							item,
							Handover::Ownership,
							None,
						)
					})
					.and_then(|_| {
						Parts::accept_offer(
							RuntimeOrigin::signed(to),
							item,
							Handover::Custody,
							None,
						)
					});
				("sell", r)
			},
			14 if !rotated && rng.below(4) == 0 => {
				rotated = true;
				let r = pallet_certifications::Pallet::<Test>::change_admin(
					RuntimeOrigin::signed(ACME),
					ACME_NEW_ADMIN,
				)
				.and_then(|_| {
					Balances::transfer_allow_death(
						RuntimeOrigin::signed(STRANGER),
						ACME_NEW_ADMIN,
						100,
					)
				})
				.and_then(|_| {
					pallet_certifications::Pallet::<Test>::accept_admin(
						RuntimeOrigin::signed(ACME_NEW_ADMIN),
						w.acme,
					)
					.map(|_| ())
					.map_err(|e| e.error)
				});
				("rotate", r)
			},
			_ => {
				let jump = if rng.below(4) == 0 { 2 * RESPONSE_TIME } else { 5 };
				run_to(System::block_number() + 1 + rng.below(jump));
				("time", Ok(()))
			},
		};
		Warranties::do_try_state().unwrap_or_else(|e| {
			panic!("seed {seed} step {step} ({kind}): invariant broken: {e:?}")
		});
		assert_eq!(total(), money, "seed {seed} step {step} ({kind}): money made or lost");
		match result {
			Ok(()) => {
				*done.entry(kind).or_default() += 1;
				if kind == "claim"
					&& events()[ours_before..]
						.iter()
						.any(|e| matches!(e, Event::ClaimSuperseded { .. }))
				{
					*done.entry("superseded").or_default() += 1;
				}
			},
			// The sale and the rotation are several calls; each of the others is one.
			Err(_) if kind == "sell" || kind == "rotate" => {},
			Err(_) => {
				assert_eq!(
					sp_io::storage::root(sp_runtime::StateVersion::V1),
					before,
					"seed {seed} step {step} ({kind}): a failed call changed state"
				);
				assert_eq!(System::event_count(), events_before);
			},
		}
	}
	done
}
