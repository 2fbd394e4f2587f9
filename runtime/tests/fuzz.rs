//! The runtime fuzzer (issue 17 item 9): random sequences of calls from random origins —
//! members, devices, the registrar, council motions, suspended organisations, strangers —
//! with arguments drawn from the ids that live in state, executed block by block in the
//! real runtime (native, test externalities, the dev chain's genesis, members-only).
//!
//! After every block every pallet's `try_state` must hold, nothing may panic, and no call
//! may report using more weight than it was charged before dispatch. A signed call first
//! passes the members-only check as the pool would (a refused one is not dispatched).
//!
//! Reproduce or lengthen a run with `AMCHAIN_FUZZ_SEED` and `AMCHAIN_FUZZ_BLOCKS`
//! (scripts/fuzz.sh runs long ones). A failure prints its seed and a shrunk sequence: the
//! fewest steps of the run that still fail, with each step's origin and call.

#![cfg(feature = "try-runtime")]

use std::panic::{catch_unwind, AssertUnwindSafe};

use amchain_primitives::{
	cores::{Grade, Outcome},
	currency::UNIT,
	participants::{Role, Roles},
	parts::{Handover, Item, Unit},
	warranties::WarrantyKind,
};
use amchain_runtime::{
	AccountId, AllPalletsWithSystem, Certifications, Consortium, Cores, Council, Parts, Runtime,
	RuntimeCall, RuntimeOrigin, Session, System, Warranties,
};
use frame_support::{
	dispatch::GetDispatchInfo,
	traits::{OnFinalize, OnIdle, OnInitialize, TryState, TryStateSelect},
	weights::Weight,
};
use pallet_consortium::CheckMember;
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::{Dispatchable, TransactionExtension, TxBaseImplication};

mod common;
use common::{genesis, Rng};

/// Who signs (or which collective origin dispatches) a step.
#[derive(Clone, Debug)]
enum Who {
	Signed(AccountId),
	/// A council motion passed by `yes` of `of`.
	Council(u32, u32),
}

impl Who {
	fn origin(&self) -> RuntimeOrigin {
		match self {
			Who::Signed(who) => RuntimeOrigin::signed(who.clone()),
			Who::Council(yes, of) => pallet_collective::RawOrigin::<
				AccountId,
				pallet_collective::Instance1,
			>::Members(*yes, *of)
			.into(),
		}
	}
}

/// One step of a run: a call and who makes it, at a block.
#[derive(Clone, Debug)]
struct Step {
	block: u32,
	who: Who,
	call: RuntimeCall,
}

/// The accounts a run draws from: the dev consortium's admins, the registrar, the extra
/// keys (devices, successors, strangers) made at random.
fn accounts() -> Vec<AccountId> {
	use Sr25519Keyring::*;
	let mut all: Vec<AccountId> = [Alice, Bob, Charlie, Dave, Eve, Ferdie, AliceStash, BobStash]
		.iter()
		.map(|k| k.to_account_id())
		.collect();
	all.extend((1u8..=8).map(|n| AccountId::new([n; 32])));
	all
}

fn hash(rng: &mut Rng) -> H256 {
	H256::from_low_u64_be(rng.next())
}

/// A random call with arguments drawn from what lives in state now.
fn random_call(rng: &mut Rng, accounts: &[AccountId]) -> RuntimeCall {
	use pallet_certifications::Call as C;
	use pallet_collections::Call as L;
	use pallet_cores::Call as K;
	use pallet_parts::Call as P;
	use pallet_warranties::Call as W;

	let parts = pallet_parts::NextPartId::<Runtime>::get().max(1);
	let lots = pallet_parts::NextLotId::<Runtime>::get().max(1);
	let participants = pallet_certifications::NextParticipantId::<Runtime>::get() as u64;
	let certifications = pallet_certifications::NextCertificationId::<Runtime>::get() as u64 + 1;
	let warranties = pallet_warranties::NextWarrantyId::<Runtime>::get() + 1;
	let claims = pallet_warranties::NextClaimId::<Runtime>::get() + 1;
	let charges = pallet_cores::NextChargeId::<Runtime>::get() + 1;
	let collections = u64::from(pallet_collections::NextCollectionId::<Runtime>::get()) + 1;
	let collection = rng.below(collections) as u32;
	// Two to four organisations (sometimes one, a duplicate or one never registered).
	let members: Vec<u32> =
		(0..rng.below(4) + 1).map(|_| rng.below(participants + 1) as u32).collect();
	// Few distinct hashes, so some anchors collide.
	let anchored = H256::from_low_u64_be(rng.below(16));
	let part = rng.below(parts + 1);
	let lot = rng.below(lots + 1);
	let org = rng.below(participants + 1) as u32;
	let item = if rng.chance(80) { Item::Part(part) } else { Item::Lot(lot) };
	let handover = if rng.chance(50) { Handover::Ownership } else { Handover::Custody };
	let account = rng.pick(accounts);
	let amount = (rng.below(5) as u128 + 1) * UNIT / 2;
	let roles = Roles::of(&[rng.pick(&[
		Role::Manufacturer,
		Role::Supplier,
		Role::Carrier,
		Role::ServiceProvider,
		Role::Bank,
		Role::Customer,
	])]);

	match rng.below(42) {
		0..=3 => RuntimeCall::Parts(P::register_part {
			part_type: rng.below(2) as u32,
			serial: rng.next().to_le_bytes().to_vec(),
			certification: Some(rng.below(certifications.min(3)) as u32),
			tag: None,
			reported_at: None,
		}),
		4 => RuntimeCall::Parts(P::register_lot {
			material: b"steel".to_vec(),
			quantity: rng.below(100) + 1,
			unit: Unit::Grams,
			certification: Some(rng.below(certifications) as u32),
			reported_at: None,
		}),
		5..=7 => RuntimeCall::Parts(P::offer { item, handover, to: org }),
		8..=10 => RuntimeCall::Parts(P::accept_offer { item, handover, reported_at: None }),
		11 => RuntimeCall::Parts(P::reject_offer { item, handover, reason: hash(rng) }),
		12 => RuntimeCall::Parts(P::cancel_offer { item, handover }),
		13 => RuntimeCall::Parts(P::activate { part }),
		14 => RuntimeCall::Parts(P::install { part, parent: rng.below(parts + 1) }),
		15 => RuntimeCall::Parts(P::uninstall { part }),
		16 if rng.chance(50) => {
			RuntimeCall::Parts(P::split_lot { lot, quantity: rng.below(40) + 1 })
		},
		16 => RuntimeCall::Parts(P::consume { lot, part, quantity: rng.below(20) + 1 }),
		17 => RuntimeCall::Parts(P::scrap { part, reason: hash(rng) }),
		18 => RuntimeCall::Parts(P::report {
			item,
			kind: rng.pick(&[
				pallet_parts::ReportKind::Inspection,
				pallet_parts::ReportKind::Measurement,
				pallet_parts::ReportKind::Service,
			]),
			data: hash(rng),
			reported_at: None,
		}),
		19 => RuntimeCall::Parts(P::quarantine {
			target: if rng.chance(70) {
				pallet_parts::RecallTarget::Part(part)
			} else {
				pallet_parts::RecallTarget::Lot(lot)
			},
			reason: hash(rng),
		}),
		20 => RuntimeCall::Parts(P::release {
			target: if rng.chance(70) {
				pallet_parts::RecallTarget::Part(part)
			} else {
				pallet_parts::RecallTarget::Lot(lot)
			},
		}),
		21 => RuntimeCall::Parts(P::authorise { item, participant: org, until: None }),
		22 => RuntimeCall::Certifications(C::suspend_participant {
			participant: org,
			reason: hash(rng),
		}),
		23 => RuntimeCall::Certifications(C::reinstate_participant { participant: org }),
		24 => RuntimeCall::Certifications(C::add_device { device: account, roles }),
		25 => RuntimeCall::Certifications(C::remove_device { device: account }),
		26 => RuntimeCall::Certifications(C::change_admin { new: account }),
		27 => RuntimeCall::Certifications(C::accept_admin { participant: org }),
		28 => RuntimeCall::Certifications(C::suspend_certification {
			certification: rng.below(certifications) as u32,
			reason: hash(rng),
		}),
		29 => RuntimeCall::Certifications(C::reinstate_certification {
			certification: rng.below(certifications) as u32,
		}),
		30 => RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account.into(),
			value: amount,
		}),
		31 => RuntimeCall::Cores(K::return_core { part, report: hash(rng), charge: None }),
		32 => RuntimeCall::Cores(K::grade {
			part,
			grade: rng.pick(&[Grade::A, Grade::B, Grade::C, Grade::Unusable]),
			report: hash(rng),
		}),
		33 => RuntimeCall::Cores(K::list { part, reserve: amount }),
		34 => {
			if rng.chance(50) {
				RuntimeCall::Cores(K::bid { part, amount })
			} else {
				RuntimeCall::Cores(K::accept_bid { part })
			}
		},
		35 => match rng.below(4) {
			0 | 1 => RuntimeCall::Cores(K::record_outcome {
				part,
				outcome: rng.pick(&[
					Outcome::Remanufactured,
					Outcome::Reconditioned,
					Outcome::Repaired,
					Outcome::Recycled,
				]),
				process: hash(rng),
				test_report: hash(rng),
				tester: org,
			}),
			// The proposal's report, as an honest tester confirms it.
			2 => {
				let proposal = pallet_cores::ProposedOutcomes::<Runtime>::get(part);
				RuntimeCall::Cores(K::confirm_outcome {
					part,
					outcome: proposal.map_or(Outcome::Repaired, |p| p.outcome),
					test_report: proposal.map(|p| p.test_report).unwrap_or_default(),
				})
			},
			_ => RuntimeCall::Cores(K::withdraw_outcome { part }),
		},
		36 => match rng.below(4) {
			0 => RuntimeCall::Cores(K::note_delivery { charge: rng.below(charges) }),
			1 => RuntimeCall::Cores(K::refund_undelivered { charge: rng.below(charges) }),
			2 => RuntimeCall::Cores(K::forfeit_charge { charge: rng.below(charges) }),
			_ => RuntimeCall::Cores(K::pay_charge { charge: rng.below(charges) }),
		},
		37 => RuntimeCall::Warranties(W::issue {
			part,
			kind: rng.pick(&[WarrantyKind::New, WarrantyKind::Repair]),
			coverage: hash(rng),
			term: rng.below(50) as u32 + 1,
			covers: vec![],
		}),
		38 => match rng.below(7) {
			0 => RuntimeCall::Warranties(W::fund_reserve { amount }),
			1 => RuntimeCall::Warranties(W::withdraw_reserve { amount }),
			2 => RuntimeCall::Warranties(W::claim {
				warranty: rng.below(warranties),
				evidence: hash(rng),
				asked: amount,
			}),
			3 => RuntimeCall::Warranties(W::withdraw_claim { claim: rng.below(claims) }),
			4 => RuntimeCall::Warranties(W::complete_withdrawal {}),
			5 => RuntimeCall::Warranties(W::rule {
				claim: rng.below(claims),
				verdict: hash(rng),
				payout: amount,
			}),
			_ => RuntimeCall::Warranties(W::approve {
				claim: rng.below(claims),
				remedy: hash(rng),
				payout: amount,
			}),
		},
		39 => match rng.below(3) {
			0 => RuntimeCall::Collections(L::propose {
				members,
				retention: rng.below(3) as u32,
				label: b"fuzz".to_vec(),
			}),
			1 => RuntimeCall::Collections(L::accept { collection }),
			_ => RuntimeCall::Collections(L::anchor { collection, hash: anchored }),
		},
		40 => match rng.below(6) {
			0 => RuntimeCall::Collections(L::withdraw { collection }),
			1 => RuntimeCall::Collections(L::leave { collection }),
			2 => RuntimeCall::Collections(L::force_create { members, retention: 0, label: vec![] }),
			3 => RuntimeCall::Collections(L::remove_expired { collection }),
			4 => RuntimeCall::Collections(L::purge_anchors {
				collection,
				limit: rng.below(4) as u32,
			}),
			_ => RuntimeCall::Collections(L::force_dissolve { collection }),
		},
		_ => RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				RuntimeCall::Parts(P::activate { part }),
				RuntimeCall::Parts(P::offer { item, handover, to: org }),
			],
		}),
	}
}

/// The admin account of an organisation, if it exists.
fn admin_of(participant: u32) -> Option<AccountId> {
	pallet_certifications::Participants::<Runtime>::get(participant).map(|p| p.admin)
}

/// The account most likely to be allowed to make `call` (the part's owner or custodian,
/// the offer's receiver, the part type's maker, the registrar): an honest member's move,
/// so that runs reach deep state, not only refusals.
fn likely_signer(rng: &mut Rng, call: &RuntimeCall) -> Option<AccountId> {
	use amchain_primitives::parts::Item;
	use pallet_parts::Call as P;
	let part_holder = |part: u64, rng: &mut Rng| {
		pallet_parts::PartRecords::<Runtime>::get(part)
			.and_then(|p| admin_of(if rng.chance(50) { p.owner } else { p.custodian }))
	};
	let item_holder = |item: &Item, rng: &mut Rng| match item {
		Item::Part(part) => part_holder(*part, rng),
		Item::Lot(lot) => pallet_parts::Lots::<Runtime>::get(lot).and_then(|l| admin_of(l.owner)),
	};
	match call {
		RuntimeCall::Parts(P::register_part { part_type, .. }) => {
			admin_of(if *part_type == 0 { 2 } else { 3 })
		},
		RuntimeCall::Parts(P::register_lot { .. }) => admin_of(rng.pick(&[2, 3])),
		RuntimeCall::Parts(P::accept_offer { item, handover, .. })
		| RuntimeCall::Parts(P::reject_offer { item, handover, .. }) => {
			pallet_parts::Offers::<Runtime>::get(item, handover).and_then(|o| admin_of(o.to))
		},
		RuntimeCall::Parts(
			P::offer { item, .. } | P::cancel_offer { item, .. } | P::report { item, .. },
		) => item_holder(item, rng),
		RuntimeCall::Parts(
			P::activate { part }
			| P::install { part, .. }
			| P::uninstall { part }
			| P::scrap { part, .. },
		)
		| RuntimeCall::Cores(
			pallet_cores::Call::return_core { part, .. }
			| pallet_cores::Call::list { part, .. }
			| pallet_cores::Call::accept_bid { part },
		)
		| RuntimeCall::Warranties(pallet_warranties::Call::issue { part, .. }) => part_holder(*part, rng),
		RuntimeCall::Parts(P::consume { part, .. }) => part_holder(*part, rng),
		RuntimeCall::Certifications(
			pallet_certifications::Call::suspend_participant { .. }
			| pallet_certifications::Call::reinstate_participant { .. },
		) => Some(Sr25519Keyring::Alice.to_account_id()),
		RuntimeCall::Certifications(
			pallet_certifications::Call::suspend_certification { .. }
			| pallet_certifications::Call::reinstate_certification { .. },
		) => Some(Sr25519Keyring::Charlie.to_account_id()),
		RuntimeCall::Cores(pallet_cores::Call::confirm_outcome { part, .. }) => {
			pallet_cores::ProposedOutcomes::<Runtime>::get(part).and_then(|p| admin_of(p.tester))
		},
		RuntimeCall::Collections(pallet_collections::Call::propose { members, .. }) => {
			members.first().and_then(|m| admin_of(*m))
		},
		RuntimeCall::Collections(
			pallet_collections::Call::accept { collection }
			| pallet_collections::Call::leave { collection }
			| pallet_collections::Call::anchor { collection, .. },
		) => pallet_collections::CollectionRecords::<Runtime>::get(collection)
			.and_then(|c| c.members.get(rng.below(c.members.len() as u64) as usize).copied())
			.and_then(admin_of),
		RuntimeCall::Collections(pallet_collections::Call::withdraw { collection }) => {
			pallet_collections::CollectionRecords::<Runtime>::get(collection)
				.and_then(|c| c.creator)
				.and_then(admin_of)
		},
		_ => admin_of(rng.below(7) as u32),
	}
}

/// Who makes a step: mostly the account likely to be allowed, otherwise any account (a
/// member acting on what is not its own, a device, a stranger), or a council motion of
/// two thirds or of fewer.
fn random_who(rng: &mut Rng, accounts: &[AccountId], call: &RuntimeCall) -> Who {
	match rng.below(20) {
		0 => Who::Council(2, 3),
		1 => Who::Council(1, 3),
		2..=14 => likely_signer(rng, call)
			.map(Who::Signed)
			.unwrap_or_else(|| Who::Signed(rng.pick(accounts))),
		_ => Who::Signed(rng.pick(accounts)),
	}
}

/// The pallets whose block hooks run (Aura, GRANDPA and Timestamp need a real block's
/// digests and inherents, which a fuzzed block has no use for).
type Hooked = (System, Session, Consortium, Council, Certifications, Parts, Cores, Warranties);

/// Ends a block: the idle hooks get what a block leaves (bounded cursors, e.g. a recall
/// cascade, advance there), then the finalize hooks.
fn end_block(block: u32) {
	Hooked::on_idle(block, Weight::from_parts(500_000_000_000, 2 * 1024 * 1024));
	Hooked::on_finalize(block);
}

/// What went wrong at a step (read through `Debug` in the failure report).
#[derive(Debug)]
#[allow(dead_code)]
enum Failure {
	Panic(String),
	Invariant(String),
	Overweight { charged: Weight, used: Weight },
}

/// What a run did: steps admitted by the members-only check, and calls that succeeded.
#[derive(Default, Debug)]
struct Tally {
	admitted: usize,
	succeeded: usize,
}

thread_local! {
	static TALLY: std::cell::RefCell<Tally> = Default::default();
}

/// Runs `steps` from the dev genesis; the first failure and the index of its step.
fn run(steps: &[Step]) -> Option<(usize, Failure)> {
	TALLY.with(|t| *t.borrow_mut() = Tally::default());
	let mut result = None;
	genesis(|| {
		pallet_consortium::MembersOnly::<Runtime>::put(true);
		let mut block = 0;
		for (index, step) in steps.iter().enumerate() {
			while block < step.block {
				if block > 0 {
					end_block(block);
					if let Err(e) = AllPalletsWithSystem::try_state(block, TryStateSelect::All) {
						result = Some((index, Failure::Invariant(format!("{e:?}"))));
						return;
					}
				}
				block += 1;
				System::set_block_number(block);
				Hooked::on_initialize(block);
			}
			if let Some(failure) = apply(step) {
				result = Some((index, failure));
				return;
			}
		}
		end_block(block);
		if let Err(e) = AllPalletsWithSystem::try_state(block, TryStateSelect::All) {
			result = Some((steps.len(), Failure::Invariant(format!("{e:?}"))));
		}
	});
	result
}

/// Dispatches one step as the pool and the block would: the members-only check first.
fn apply(step: &Step) -> Option<Failure> {
	if let Who::Signed(_) = step.who {
		let admitted = CheckMember::<Runtime>::new().validate(
			step.who.origin(),
			&step.call,
			&Default::default(),
			0,
			(),
			&TxBaseImplication(()),
			frame_support::pallet_prelude::TransactionSource::External,
		);
		if admitted.is_err() {
			return None;
		}
	}
	TALLY.with(|t| t.borrow_mut().admitted += 1);
	let charged = step.call.get_dispatch_info().call_weight;
	let outcome = catch_unwind(AssertUnwindSafe(|| step.call.clone().dispatch(step.who.origin())));
	let post = match outcome {
		Err(panic) => {
			let text = panic
				.downcast_ref::<String>()
				.cloned()
				.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
				.unwrap_or_default();
			return Some(Failure::Panic(text));
		},
		Ok(Ok(post)) => {
			TALLY.with(|t| t.borrow_mut().succeeded += 1);
			post
		},
		Ok(Err(e)) => e.post_info,
	};
	match post.actual_weight {
		Some(used) if !used.all_lte(charged) => Some(Failure::Overweight { charged, used }),
		_ => None,
	}
}

/// Generates a run of `blocks` blocks (one to four steps each) from `seed`. Arguments are
/// drawn from the state the run has reached, so generation replays the run as it goes.
fn generate(seed: u64, blocks: u32) -> Vec<Step> {
	let mut rng = Rng(seed);
	let accounts = accounts();
	let mut steps = Vec::new();
	genesis(|| {
		pallet_consortium::MembersOnly::<Runtime>::put(true);
		for block in 1..=blocks {
			System::set_block_number(block);
			Hooked::on_initialize(block);
			for _ in 0..rng.below(4) + 1 {
				let call = random_call(&mut rng, &accounts);
				let who = random_who(&mut rng, &accounts, &call);
				let step = Step { block, who, call };
				// Failures are found by `run`; here the step only moves the state on.
				let _ = catch_unwind(AssertUnwindSafe(|| apply(&step)));
				steps.push(step);
			}
			end_block(block);
		}
	});
	steps
}

/// The fewest steps of `steps` (in order) that still fail: drops chunks, then single
/// steps, while the failure stays.
fn shrink(mut steps: Vec<Step>) -> Vec<Step> {
	let mut chunk = steps.len() / 2;
	while chunk >= 1 {
		let mut start = 0;
		while start < steps.len() {
			let end = (start + chunk).min(steps.len());
			let mut candidate = steps.clone();
			candidate.drain(start..end);
			if run(&candidate).is_some() {
				steps = candidate;
			} else {
				start += chunk;
			}
		}
		chunk /= 2;
	}
	steps
}

fn env(name: &str, default: u64) -> u64 {
	std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A bounded run in every `scripts/test.sh`; `scripts/fuzz.sh` runs many long ones.
#[test]
fn random_call_sequences_keep_every_invariant() {
	let seed = env("AMCHAIN_FUZZ_SEED", 0x00A3_C4A1_2026);
	let blocks = env("AMCHAIN_FUZZ_BLOCKS", 120) as u32;
	let runs = env("AMCHAIN_FUZZ_RUNS", 2);
	for run_index in 0..runs {
		let seed = seed.wrapping_add(run_index);
		let steps = generate(seed, blocks);
		if let Some((at, failure)) = run(&steps) {
			let shrunk = shrink(steps[..=at.min(steps.len() - 1)].to_vec());
			let (_, last) = run(&shrunk).expect("the shrunk sequence fails");
			let listing: Vec<String> = shrunk
				.iter()
				.map(|s| format!("  block {}: {:?} -> {:?}", s.block, s.who, s.call))
				.collect();
			panic!(
				"seed {seed} ({blocks} blocks) fails at step {at}: {failure:?}\n\
				 shrunk to {} steps ({last:?}):\n{}\n\
				 reproduce: AMCHAIN_FUZZ_SEED={seed} AMCHAIN_FUZZ_BLOCKS={blocks} AMCHAIN_FUZZ_RUNS=1",
				shrunk.len(),
				listing.join("\n")
			);
		}
		let tally = TALLY.with(|t| std::mem::take(&mut *t.borrow_mut()));
		println!(
			"seed {seed}: {} steps over {blocks} blocks ({} admitted, {} succeeded), every \
			 invariant held",
			steps.len(),
			tally.admitted,
			tally.succeeded
		);
		// A run that does nothing proves nothing: the generator must reach real state.
		assert!(
			tally.succeeded * 20 >= steps.len(),
			"seed {seed}: only {} of {} steps succeeded",
			tally.succeeded,
			steps.len()
		);
	}
}

/// The fuzzer catches what it should: a state that breaks an invariant fails the run at
/// the end of that block, and the shrinker keeps only the step that broke it.
#[test]
fn the_fuzzer_reports_a_broken_invariant_and_shrinks_to_its_cause() {
	use Sr25519Keyring::*;
	let honest = |block| Step {
		block,
		who: Who::Signed(Dave.to_account_id()),
		call: RuntimeCall::System(frame_system::Call::remark { remark: vec![1] }),
	};
	// Root (sudo on the dev chain) writes Acme's record with an admin that has no member
	// record: the certifications invariants must catch it.
	let mut corrupted = Vec::new();
	genesis(|| {
		let mut acme = pallet_certifications::Participants::<Runtime>::get(2).expect("Acme");
		acme.admin = AccountId::new([0xaa; 32]);
		corrupted = codec::Encode::encode(&acme);
	});
	let key = pallet_certifications::Participants::<Runtime>::hashed_key_for(2);
	let corrupt = Step {
		block: 2,
		who: Who::Signed(Alice.to_account_id()),
		call: RuntimeCall::Sudo(pallet_sudo::Call::sudo {
			call: Box::new(RuntimeCall::System(frame_system::Call::set_storage {
				items: vec![(key, corrupted)],
			})),
		}),
	};
	let steps = vec![honest(1), honest(1), corrupt, honest(3), honest(4)];
	let (at, failure) = run(&steps).expect("the corrupted state is caught");
	assert!(matches!(failure, Failure::Invariant(_)), "{failure:?}");
	assert_eq!(at, 3, "caught at the end of the corrupting step's block");
	let shrunk = shrink(steps);
	assert_eq!(shrunk.len(), 1, "only the corrupting step is left");
	assert!(matches!(shrunk[0].call, RuntimeCall::Sudo(_)));
}
