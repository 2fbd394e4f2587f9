//! Runtime-level checks: pallet configuration is consistent, pallet indices and
//! names (part of every encoded call and storage key) do not move, genesis
//! presets build the chains they promise.

use amchain_runtime::{
	genesis_config_presets, AllPalletsWithSystem, Assets, Aura, Balances, Certifications,
	Collections, Consortium, Contracts, Cores, Council, CouncilMembership, Grandpa, Multisig,
	NodeAuthorization, Parts, Proxy, Runtime, Session, Sudo, System, Timestamp, TransactionPayment,
	Utility, Warranties, VERSION,
};
use frame_support::traits::{IntegrityTest, PalletInfoAccess};

mod common;
use common::with_preset_genesis;
use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;

/// Every pallet's `integrity_test` (pallet-contracts checks its memory limits
/// against the runtime's here) passes.
#[test]
fn pallets_pass_their_integrity_tests() {
	sp_io::TestExternalities::default().execute_with(AllPalletsWithSystem::integrity_test);
}

/// Pallet indices and names are part of every encoded call, event and storage key:
/// changing one breaks wallets and stored data, so it must be deliberate.
#[test]
fn pallet_indices_and_names_are_stable() {
	let expected: &[(usize, &str, usize)] = &[
		(System::index(), System::name(), 0),
		(Timestamp::index(), Timestamp::name(), 1),
		(Aura::index(), Aura::name(), 2),
		(Grandpa::index(), Grandpa::name(), 3),
		(Consortium::index(), Consortium::name(), 4),
		(Session::index(), Session::name(), 5),
		(NodeAuthorization::index(), NodeAuthorization::name(), 6),
		(Balances::index(), Balances::name(), 10),
		(TransactionPayment::index(), TransactionPayment::name(), 11),
		(Assets::index(), Assets::name(), 12),
		(Sudo::index(), Sudo::name(), 20),
		(Utility::index(), Utility::name(), 21),
		(Council::index(), Council::name(), 22),
		(CouncilMembership::index(), CouncilMembership::name(), 23),
		(Multisig::index(), Multisig::name(), 24),
		(Proxy::index(), Proxy::name(), 25),
		(Contracts::index(), Contracts::name(), 40),
		(Certifications::index(), Certifications::name(), 50),
		(Parts::index(), Parts::name(), 51),
		(Cores::index(), Cores::name(), 52),
		(Warranties::index(), Warranties::name(), 53),
		(Collections::index(), Collections::name(), 54),
	];
	for (index, name, want) in expected {
		assert_eq!(index, want, "pallet {name} moved");
	}
	let names: Vec<&str> = expected.iter().map(|(_, name, _)| *name).collect();
	assert_eq!(
		names,
		[
			"System",
			"Timestamp",
			"Aura",
			"Grandpa",
			"Consortium",
			"Session",
			"NodeAuthorization",
			"Balances",
			"TransactionPayment",
			"Assets",
			"Sudo",
			"Utility",
			"Council",
			"CouncilMembership",
			"Multisig",
			"Proxy",
			"Contracts",
			"Certifications",
			"Parts",
			"Cores",
			"Warranties",
			"Collections"
		]
	);
}

/// Private data collections on the dev chain: Acme Gears proposes one with Phoenix
/// Remanufacturing, which accepts; Acme anchors a salted hash, holding the runtime's
/// deposits; the runtime API reads both; governance (root here) dissolves it and the
/// anchor stays.
#[test]
fn dev_chain_members_form_a_collection_and_anchor_a_hash() {
	use amchain_primitives::collections::CollectionStatus;
	use amchain_runtime::{
		configs::manufacturing::{AnchorDeposit, CollectionDeposit},
		RuntimeOrigin,
	};
	use frame_support::{assert_ok, traits::fungible::InspectHold};
	use Sr25519Keyring::*;

	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let (acme, phoenix) = (2, 4);
		let before = Balances::free_balance(Dave.to_account_id());
		assert_ok!(Collections::propose(
			RuntimeOrigin::signed(Dave.to_account_id()),
			vec![phoenix, acme],
			0,
			b"reman".to_vec()
		));
		assert_ok!(Collections::accept(RuntimeOrigin::signed(Ferdie.to_account_id()), 0));
		let view = Collections::collection_view(0).expect("collection 0");
		assert_eq!(view.status, CollectionStatus::Active);
		assert_eq!(view.members, vec![acme, phoenix]);
		assert_eq!(Collections::collections_of(phoenix, None, 10), vec![0]);

		let hash = sp_core::H256::repeat_byte(7);
		assert_ok!(Collections::anchor(RuntimeOrigin::signed(Dave.to_account_id()), 0, hash));
		assert_eq!(Collections::anchor_view(0, acme, hash).map(|a| a.at), Some(1));
		assert!(Collections::anchor_view(0, phoenix, hash).is_none());
		let held = |reason: pallet_collections::HoldReason| {
			Balances::balance_on_hold(&reason.into(), &Dave.to_account_id())
		};
		assert_eq!(
			held(pallet_collections::HoldReason::CollectionDeposit),
			CollectionDeposit::get()
		);
		assert_eq!(held(pallet_collections::HoldReason::AnchorDeposit), AnchorDeposit::get());
		assert!(CollectionDeposit::get() < before / 1_000, "a collection costs little");

		assert_ok!(Collections::force_dissolve(RuntimeOrigin::root(), 0));
		assert!(Collections::collection_view(0).is_none());
		assert!(
			Collections::anchor_view(0, acme, hash).is_some(),
			"anchors outlive their collection"
		);
		assert_eq!(held(pallet_collections::HoldReason::CollectionDeposit), 0);
		// Until the council purges them: not one member, not a minority, not the anchoring
		// organisation's own key (a lone authority cannot erase evidence); two thirds can,
		// and the deposit goes back to Acme's admin.
		let council = |yes: u32, of: u32| -> RuntimeOrigin {
			pallet_collective::RawOrigin::<amchain_runtime::AccountId, pallet_collective::Instance1>::Members(
				yes, of,
			)
			.into()
		};
		for origin in [RuntimeOrigin::signed(Dave.to_account_id()), council(1, 3), council(1, 2)] {
			frame_support::assert_noop!(
				Collections::purge_anchors(origin, 0, 100),
				sp_runtime::DispatchError::BadOrigin
			);
		}
		assert_ok!(Collections::purge_anchors(council(2, 3), 0, 100));
		assert!(Collections::anchor_view(0, acme, hash).is_none());
		assert_eq!(held(pallet_collections::HoldReason::AnchorDeposit), 0);
	});
}

/// A claim an issuer left unanswered is ruled by the council, not by one member or a
/// minority (THREATS rule 3): their origin is refused before anything is read; a
/// majority's passes the origin check and meets the claim's own checks.
#[test]
fn only_a_council_majority_rules_an_overdue_claim() {
	use amchain_runtime::RuntimeOrigin;
	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let council = |yes: u32, of: u32| -> RuntimeOrigin {
			pallet_collective::RawOrigin::<amchain_runtime::AccountId, pallet_collective::Instance1>::Members(
				yes, of,
			)
			.into()
		};
		let verdict = sp_core::H256::repeat_byte(9);
		for origin in [
			RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()),
			council(1, 3),
			council(1, 2),
		] {
			frame_support::assert_noop!(
				Warranties::rule(origin, 0, verdict, 0),
				sp_runtime::DispatchError::BadOrigin
			);
		}
		frame_support::assert_noop!(
			Warranties::rule(council(2, 3), 0, verdict, 0),
			pallet_warranties::Error::<Runtime>::UnknownClaim
		);
	});
}

#[test]
fn runtime_identifies_itself_as_amchain() {
	assert_eq!(VERSION.spec_name, "amchain");
}

#[test]
fn runtime_offers_the_dev_and_local_presets() {
	assert_eq!(genesis_config_presets::preset_names(), ["development", "local_testnet"]);
	assert!(genesis_config_presets::get_preset(&PresetId::from("no-such-chain")).is_none());
}

#[test]
fn dev_preset_has_one_validator_funded_accounts_and_alice_as_sudo_and_registrar() {
	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		assert!(pallet_certifications::Registrars::<Runtime>::contains_key(
			Sr25519Keyring::Alice.to_account_id()
		));
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
		assert_eq!(
			pallet_session::Validators::<Runtime>::get(),
			[Sr25519Keyring::Alice.to_account_id()]
		);
		let council = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];
		let mut council: Vec<_> = council.iter().map(|k| k.to_account_id()).collect();
		council.sort();
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get(),
			council
		);
		assert!(!pallet_consortium::MembersOnly::<Runtime>::get(), "dev is open to any signer");
		assert!(pallet_node_authorization::WellKnownNodes::<Runtime>::get().is_empty());
		for who in [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Ferdie] {
			assert_eq!(
				Balances::free_balance(who.to_account_id()),
				genesis_config_presets::ENDOWMENT,
				"{who:?} is endowed"
			);
		}
	});
}

/// The dev chain's consortium, as docs/dev-chain.md names it: each organisation's id,
/// admin, name and roles; the standard, the accreditation, the certifications and the part
/// types; every pallet's invariants (under try-runtime); and a manufacturer registers a
/// part at once, no set-up calls needed.
#[test]
fn dev_preset_holds_the_consortium_docs_dev_chain_md_names() {
	use amchain_primitives::{
		certifications::CertificationInspector,
		participants::{Role, Roles},
	};
	use pallet_certifications::{
		Accreditations, Members, NextParticipantId, Participants, Registrar,
	};
	use Sr25519Keyring::*;

	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		let organisations: [(Sr25519Keyring, &str, &[Role]); 7] = [
			(Bob, "Meridian Standards Institute", &[Role::StandardsOrganisation]),
			(Charlie, "Sentinel Certification", &[Role::Auditor]),
			(Dave, "Acme Gears", &[Role::Manufacturer, Role::Supplier]),
			(Eve, "Borealis Bearings", &[Role::Manufacturer, Role::Supplier]),
			(Ferdie, "Phoenix Remanufacturing", &[Role::ServiceProvider, Role::Remanufacturer]),
			(AliceStash, "Harbour Trade Bank", &[Role::Bank]),
			(BobStash, "Kestrel Wind Power", &[Role::Customer]),
		];
		for (id, (admin, name, roles)) in (0u32..).zip(organisations) {
			let organisation = Participants::<Runtime>::get(id).expect("registered at genesis");
			assert_eq!(organisation.admin, admin.to_account_id(), "{name}'s admin");
			assert_eq!(organisation.name.to_vec(), name.as_bytes().to_vec());
			assert_eq!(organisation.roles, Roles::of(roles), "{name}'s roles");
			assert_eq!(organisation.registered_by, Registrar::Governance);
		}
		assert_eq!(NextParticipantId::<Runtime>::get(), 7);
		assert!(
			Members::<Runtime>::get(Alice.to_account_id()).is_none(),
			"Alice is the registrar, no organisation"
		);

		let standard = pallet_certifications::Standards::<Runtime>::get(0).expect("standard 0");
		assert_eq!(
			(standard.owner, standard.code.to_vec(), standard.version),
			(0, b"MSI 4100".to_vec(), 2025)
		);
		assert!(
			Accreditations::<Runtime>::get(0, 1).is_some_and(|a| a.is_active()),
			"Sentinel is accredited"
		);
		for (certification, holder) in [(0, 2), (1, 3)] {
			assert_eq!(Certifications::holder_of(certification), Some((holder, 0)));
			assert!(Certifications::is_certified(holder, 0));
			let record = pallet_certifications::Certifications::<Runtime>::get(certification)
				.expect("issued");
			assert_eq!(record.auditor, 1);
			assert_eq!(record.capacity.units, 10_000);
			assert_eq!(record.valid_until, genesis_config_presets::DEV_CERTIFICATION_VALIDITY);
		}
		for (part_type, manufacturer, code) in [(0, 2, "04012345000108"), (1, 3, "05012345000015")]
		{
			let spec = pallet_parts::PartTypes::<Runtime>::get(part_type).expect("part type");
			assert_eq!(spec.manufacturer, manufacturer);
			assert_eq!(spec.code.to_vec(), code.as_bytes().to_vec());
			assert_eq!(spec.required_standards.into_inner(), vec![0]);
		}

		#[cfg(feature = "try-runtime")]
		{
			use frame_support::traits::{TryState, TryStateSelect};
			AllPalletsWithSystem::try_state(0, TryStateSelect::All)
				.expect("every pallet's invariants hold at genesis");
		}

		// Acme Gears (Dave) makes a gear of its part type under its certification at once.
		System::set_block_number(1);
		frame_support::assert_ok!(Parts::register_part(
			amchain_runtime::RuntimeOrigin::signed(Dave.to_account_id()),
			0,
			b"HG-40-0001".to_vec(),
			Some(0),
			None,
			None,
		));
		assert_eq!(pallet_parts::PartRecords::<Runtime>::get(0).map(|p| p.owner), Some(2));
	});
}

/// The local patch names only what the previous release's runtime knows: no genesis
/// records, so `scripts/previous-runtime.sh --local-spec` still builds on it.
#[test]
fn local_preset_patch_has_no_records() {
	let patch = genesis_config_presets::get_preset(&PresetId::from(
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	))
	.expect("local preset");
	let patch: serde_json::Value = serde_json::from_slice(&patch).expect("JSON");
	let certifications = patch["certifications"].as_object().expect("certifications");
	assert_eq!(certifications.keys().collect::<Vec<_>>(), ["registrars"]);
	assert!(patch.get("parts").is_none());
}

#[test]
fn local_preset_has_four_validators_a_council_of_four_their_nodes_and_no_sudo() {
	with_preset_genesis(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET, || {
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.len(), 4);
		let expected: Vec<sp_consensus_aura::sr25519::AuthorityId> = [
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		]
		.iter()
		.map(|k| k.public().into())
		.collect();
		// In the validators' order: pallet-consortium keeps them sorted by account.
		let mut aura = aura.into_inner();
		let mut expected = expected;
		aura.sort();
		expected.sort();
		assert_eq!(aura, expected);
		assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
		assert_eq!(pallet_consortium::Validators::<Runtime>::get().len(), 4);
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get().len(),
			4
		);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "local runs without sudo");
		let nodes = pallet_node_authorization::WellKnownNodes::<Runtime>::get();
		assert_eq!(nodes.len(), 4);
		// Alice's node: node key 0x…01, the peer id 12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp.
		assert!(nodes.contains(&sp_core::OpaquePeerId(genesis_config_presets::ed25519_peer_id(
			&hex_literal::hex!("4cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29")
		))));
	});
}

/// pallet-node-authorization grows a node's additional connections without a limit; the
/// runtime's call filter bounds them, also inside a batch, and a refused call changes
/// nothing.
#[test]
fn a_nodes_additional_connections_are_bounded() {
	use amchain_runtime::{
		configs::network::{MaxConnectionsPerNode, MaxPeerIdLength},
		RuntimeCall, RuntimeOrigin,
	};
	use frame_support::traits::Get;
	use pallet_node_authorization::{AdditionalConnections, Call};
	use sp_core::OpaquePeerId;
	use sp_runtime::traits::Dispatchable;

	with_preset_genesis(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let alice = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
		let node = OpaquePeerId(vec![1; 38]);
		let peer = |i: u8| OpaquePeerId(vec![2, i]);
		let max = <MaxConnectionsPerNode as Get<u32>>::get() as u8;
		let add = |connections: Vec<OpaquePeerId>| {
			RuntimeCall::NodeAuthorization(Call::add_connections {
				node: node.clone(),
				connections,
			})
		};
		RuntimeCall::NodeAuthorization(Call::claim_node { node: node.clone() })
			.dispatch(alice.clone())
			.expect("alice claims her node");

		// Up to the bound, counting only new peers (a repeat and the node itself are free).
		add((0..max - 1).map(peer).collect()).dispatch(alice.clone()).expect("below the bound");
		add(vec![peer(0), node.clone(), peer(max - 1)])
			.dispatch(alice.clone())
			.expect("up to the bound");
		assert_eq!(AdditionalConnections::<Runtime>::get(&node).len(), max as usize);

		let filtered: sp_runtime::DispatchError =
			frame_system::Error::<Runtime>::CallFiltered.into();
		assert_eq!(
			add(vec![peer(max)]).dispatch(alice.clone()).map_err(|e| e.error),
			Err(filtered)
		);
		let batch = RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![add(vec![peer(max)])],
		});
		assert!(batch.dispatch(alice.clone()).is_err(), "the filter holds inside a batch");
		assert_eq!(AdditionalConnections::<Runtime>::get(&node).len(), max as usize);

		// An overlong peer id is refused even below the bound.
		let other = OpaquePeerId(vec![3; 38]);
		RuntimeCall::NodeAuthorization(Call::claim_node { node: other.clone() })
			.dispatch(alice.clone())
			.expect("alice claims another node");
		let long = OpaquePeerId(vec![4; <MaxPeerIdLength as Get<u32>>::get() as usize]);
		let call = RuntimeCall::NodeAuthorization(Call::add_connections {
			node: other.clone(),
			connections: vec![long],
		});
		assert_eq!(call.dispatch(alice).map_err(|e| e.error), Err(filtered));
		assert!(AdditionalConnections::<Runtime>::get(&other).is_empty());
	});
}

/// The upgrade from the previous release (spec 100) as try-runtime runs it: on the local
/// chain's genesis with organisations in spec 100's layout, one registered by a registrar
/// and one by the council, every migration runs with its `pre_upgrade`/`post_upgrade`
/// checks, then the whole state must decode with this runtime's types and every pallet's
/// `try_state` invariants hold; a second run (a later upgrade) changes nothing.
/// `node/tests/upgrade.rs` performs the same upgrade on a live network.
#[cfg(feature = "try-runtime")]
#[test]
fn the_upgrade_from_the_previous_release_passes_try_runtime() {
	use amchain_runtime::{configs::governance::LegacyCouncilRegistrar, Executive};
	use frame_support::traits::{GetStorageVersion, StorageVersion};
	use frame_try_runtime::UpgradeCheckSelect;
	use pallet_certifications::{
		migrations::v2::v1, MemberRecord, Members, NextParticipantId, Participants, Registrar,
	};

	with_preset_genesis(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let registrar = Sr25519Keyring::Alice.to_account_id();
		let council = LegacyCouncilRegistrar::get();
		let organisation =
			|admin: &sp_runtime::AccountId32, by: &sp_runtime::AccountId32| v1::Participant {
				admin: admin.clone(),
				name: b"Eve Robotics".to_vec().try_into().expect("short name"),
				metadata: sp_core::H256::repeat_byte(7),
				roles: amchain_primitives::participants::Role::Supplier.into(),
				status: pallet_certifications::ParticipantStatus::Active,
				registered_by: by.clone(),
				registered_at: 1,
				devices: 0,
			};
		// What spec 100 left: storage version 1 and its records.
		StorageVersion::new(1).put::<Certifications>();
		StorageVersion::new(1).put::<Parts>();
		StorageVersion::new(1).put::<Warranties>();
		let (eve, ferdie) =
			(Sr25519Keyring::Eve.to_account_id(), Sr25519Keyring::Ferdie.to_account_id());
		v1::Participants::<Runtime>::insert(0, organisation(&eve, &registrar));
		v1::Participants::<Runtime>::insert(1, organisation(&ferdie, &council));
		Members::<Runtime>::insert(&eve, MemberRecord { participant: 0, device_roles: None });
		Members::<Runtime>::insert(&ferdie, MemberRecord { participant: 1, device_roles: None });
		NextParticipantId::<Runtime>::put(2);

		let weight = Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.expect("the migrations, their checks, the state's decoding and try_state pass");

		// v1 → v2 → v3 in one upgrade; parts v1 → v2 → v3 (the batches below each assembly).
		assert_eq!(Certifications::on_chain_storage_version(), 3);
		assert_eq!(Parts::on_chain_storage_version(), 3);
		assert_eq!(Warranties::on_chain_storage_version(), 2);
		let registered_by = |id| Participants::<Runtime>::get(id).expect("migrated").registered_by;
		assert_eq!(registered_by(0), Registrar::Account(registrar));
		assert_eq!(registered_by(1), Registrar::Governance);
		let max_block = <Runtime as frame_system::Config>::BlockWeights::get().max_block;
		assert!(weight.all_lte(max_block), "the upgrade fits in a block: {weight:?}");

		// Run again, as a later upgrade would: nothing left to migrate, nothing changes.
		let root = sp_io::storage::root(sp_core::storage::StateVersion::V1);
		Executive::try_runtime_upgrade(UpgradeCheckSelect::All).expect("a second run passes");
		assert_eq!(sp_io::storage::root(sp_core::storage::StateVersion::V1), root);
	});
}

/// Suspension contains (THREATS rule 1): on a members-only chain the admin and the devices
/// of a suspended organisation sign nothing, not a transfer, a remark or a contract call,
/// until it is reinstated; only the open calls (session keys, accepting an admin hand-over)
/// stay open. A council seat is
/// a separate ground: the same account keeps signing under it.
#[test]
fn a_suspended_organisations_accounts_sign_nothing_until_reinstated() {
	use amchain_primitives::participants::Role;
	use amchain_runtime::{RuntimeCall, RuntimeOrigin};
	use frame_support::{dispatch::DispatchInfo, pallet_prelude::TransactionSource};
	use pallet_consortium::CheckMember;
	use sp_runtime::{
		traits::TransactionExtension,
		transaction_validity::{InvalidTransaction, TransactionValidityError},
	};
	use Sr25519Keyring::*;

	let validates = |who: Sr25519Keyring, call: &RuntimeCall| {
		CheckMember::<Runtime>::new()
			.validate(
				RuntimeOrigin::signed(who.to_account_id()),
				call,
				&DispatchInfo::default(),
				0,
				(),
				&sp_runtime::traits::TxBaseImplication(()),
				TransactionSource::External,
			)
			.map(|_| ())
	};
	let refused = Err(TransactionValidityError::Invalid(InvalidTransaction::BadSigner));
	let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Ferdie.to_account_id().into(),
		value: 1_000_000_000_000,
	});
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: b"still here".to_vec() });
	let set_keys = RuntimeCall::Session(pallet_session::Call::purge_keys {});

	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		pallet_consortium::MembersOnly::<Runtime>::put(true);
		// Acme Gears (participant 2, admin Dave) with a device.
		let device = One;
		frame_support::assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(Dave.to_account_id()),
			device.to_account_id(),
			Role::Manufacturer.into(),
		));
		for who in [Dave, device] {
			assert_eq!(validates(who, &transfer), Ok(()), "an active member signs");
		}
		// A stranger signs nothing but the open calls: session keys, and accepting an
		// organisation whose admin named it (the successor is no member yet).
		let accept = RuntimeCall::Certifications(pallet_certifications::Call::accept_admin {
			participant: 2,
		});
		assert_eq!(validates(Two, &transfer), refused, "a stranger's transfer");
		assert_eq!(validates(Two, &accept), Ok(()), "a named successor accepts");

		frame_support::assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::root(),
			2,
			Default::default()
		));
		for who in [Dave, device] {
			assert_eq!(validates(who, &transfer), refused, "a suspended member's transfer");
			assert_eq!(validates(who, &remark), refused, "a suspended member's remark");
			assert_eq!(validates(who, &set_keys), Ok(()), "session keys stay open to anyone");
		}
		assert_eq!(validates(Eve, &transfer), Ok(()), "another organisation is untouched");

		// A council seat is its own ground.
		pallet_membership::Members::<Runtime, pallet_membership::Instance1>::mutate(|m| {
			m.try_push(Dave.to_account_id()).expect("room on the council");
			m.sort();
		});
		assert_eq!(validates(Dave, &transfer), Ok(()), "a council member signs as one");
		assert_eq!(validates(device, &transfer), refused, "its organisation's device does not");

		frame_support::assert_ok!(Certifications::reinstate_participant(RuntimeOrigin::root(), 2));
		assert_eq!(validates(device, &transfer), Ok(()), "reinstated, the device signs again");
	});
}

/// Emergency powers (THREATS rules 8 and 9): a council motion of two thirds is not root and
/// cannot schedule one, change the council or authorise an upgrade; three quarters
/// schedules a root call, which anyone enacts a day later. The floors hold every motion:
/// the council keeps three members. Root itself (the emergency path) is not held by them.
#[test]
fn three_quarters_of_the_council_reach_root_after_a_day_and_floors_hold_ordinary_motions() {
	use amchain_primitives::{currency::UNIT, time::DAYS};
	use amchain_runtime::{AccountId, RuntimeCall, RuntimeOrigin};
	use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
	use sp_runtime::{traits::Dispatchable, DispatchError};
	use Sr25519Keyring::*;

	let council = |yes: u32, of: u32| -> RuntimeOrigin {
		pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(yes, of)
			.into()
	};
	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let repair = RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
			who: Ferdie.to_account_id().into(),
			new_free: 7 * UNIT,
		});
		assert_noop!(
			Consortium::schedule_emergency(council(2, 3), Box::new(repair.clone())),
			DispatchError::BadOrigin
		);
		assert_noop!(
			repair.clone().dispatch(council(3, 3)).map_err(|e| e.error),
			DispatchError::BadOrigin
		);
		assert_ok!(Consortium::schedule_emergency(council(3, 4), Box::new(repair.clone())));
		let limit = repair.get_dispatch_info().call_weight;
		let enact = |call: &RuntimeCall| {
			Consortium::enact_emergency(
				RuntimeOrigin::signed(Ferdie.to_account_id()),
				Box::new(call.clone()),
				limit,
			)
		};
		System::set_block_number(DAYS);
		assert_noop!(enact(&repair), pallet_consortium::Error::<Runtime>::EmergencyNotDue);
		System::set_block_number(1 + DAYS);
		assert_ok!(enact(&repair));
		assert_eq!(Balances::free_balance(Ferdie.to_account_id()), 7 * UNIT);

		// Who sits on the council takes three quarters to change (two thirds removing a
		// dissenter would become three quarters), and the dev council (Alice, Bob,
		// Charlie) cannot be left with two by any motion.
		let remove = RuntimeCall::CouncilMembership(pallet_membership::Call::remove_member {
			who: Charlie.to_account_id().into(),
		});
		let add = RuntimeCall::CouncilMembership(pallet_membership::Call::add_member {
			who: Dave.to_account_id().into(),
		});
		assert_noop!(
			add.clone().dispatch(council(2, 3)).map_err(|e| e.error),
			DispatchError::BadOrigin
		);
		assert_ok!(add.dispatch(council(3, 3)).map_err(|e| e.error));
		assert_ok!(CouncilMembership::remove_member(council(3, 4), Dave.to_account_id().into()));
		assert_noop!(
			remove.clone().dispatch(council(3, 3)).map_err(|e| e.error),
			frame_system::Error::<Runtime>::CallFiltered
		);
		// Nor can two thirds authorise a runtime upgrade: a new runtime can do what root can.
		assert_noop!(
			Consortium::authorize_upgrade(council(2, 3), Default::default()),
			DispatchError::BadOrigin
		);
		assert_ok!(Consortium::authorize_upgrade(council(3, 4), Default::default()));
		assert_ok!(remove.dispatch(RuntimeOrigin::root()).map_err(|e| e.error));
		assert_eq!(CouncilMembership::members().len(), 2, "root repairs below the floor");
	});
}

/// The contracts' governor (issue 16 item 20; THREATS 3 and 8): three quarters of the
/// council act as it through `Consortium.as_governor`; a lone member, a minority or a
/// simple two-thirds majority cannot; as the governor it may only call a contract sending
/// no value and capping the storage deposit it takes from the governor, never move the
/// governor's funds, upload or instantiate code, or reach another pallet (nor hide such a
/// call in a batch). The
/// chain extension names the same account to contracts.
#[test]
fn three_quarters_of_the_council_act_as_the_contracts_governor_and_only_in_contracts() {
	use amchain_primitives::currency::UNIT;
	use amchain_runtime::{
		configs::governance::{ContractsGovernor, GovernorDepositLimit},
		AccountId, RuntimeCall, RuntimeOrigin,
	};
	use frame_support::{assert_noop, assert_ok, weights::Weight};
	use sp_runtime::DispatchError;
	use Sr25519Keyring::*;

	let council = |yes: u32, of: u32| -> RuntimeOrigin {
		pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(yes, of)
			.into()
	};
	let contract_call_limited = |value: u128, limit: Option<u128>| {
		RuntimeCall::Contracts(pallet_contracts::Call::call {
			dest: Ferdie.to_account_id().into(),
			value,
			gas_limit: Weight::from_parts(1_000_000_000, 100_000),
			storage_deposit_limit: limit.map(Into::into),
			data: vec![],
		})
	};
	let contract_call =
		|value: u128| contract_call_limited(value, Some(GovernorDepositLimit::get()));
	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let governor = ContractsGovernor::get();
		assert_eq!(amchain_chain_extension_runtime::Extension::<Runtime>::governor(), governor);
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(Alice.to_account_id()),
			governor.clone().into(),
			10 * UNIT
		));
		let funds = Balances::free_balance(&governor);

		let call = contract_call(0);
		for origin in [
			RuntimeOrigin::signed(Alice.to_account_id()),
			RuntimeOrigin::signed(governor.clone()),
			council(1, 3),
			council(2, 3),
			RuntimeOrigin::none(),
		] {
			assert_noop!(
				Consortium::as_governor(origin, Box::new(call.clone())),
				DispatchError::BadOrigin
			);
		}
		// Three quarters: the contract call is dispatched signed by the governor (Ferdie
		// holds no contract, so pallet-contracts refuses it, and the motion fails with
		// that error: a council sees a governor's call that did nothing as failed).
		let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
		frame_support::assert_err_ignore_postinfo!(
			Consortium::as_governor(council(3, 4), Box::new(call.clone())),
			pallet_contracts::Error::<Runtime>::ContractNotFound
		);
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), before, "nothing stays");

		let refused = [
			contract_call(1),
			// No cap on the storage deposit taken from the governor, or one above the limit.
			contract_call_limited(0, None),
			contract_call_limited(0, Some(GovernorDepositLimit::get() + 1)),
			RuntimeCall::Balances(pallet_balances::Call::transfer_all {
				dest: Ferdie.to_account_id().into(),
				keep_alive: false,
			}),
			RuntimeCall::Contracts(pallet_contracts::Call::upload_code {
				code: vec![0; 8],
				storage_deposit_limit: None,
				determinism: pallet_contracts::Determinism::Enforced,
			}),
			RuntimeCall::Contracts(pallet_contracts::Call::instantiate {
				value: 0,
				gas_limit: Weight::zero(),
				storage_deposit_limit: None,
				code_hash: Default::default(),
				data: vec![],
				salt: vec![],
			}),
			RuntimeCall::Utility(pallet_utility::Call::batch { calls: vec![contract_call(0)] }),
			RuntimeCall::Consortium(pallet_consortium::Call::as_governor {
				call: Box::new(contract_call(0)),
			}),
			RuntimeCall::System(frame_system::Call::remark { remark: vec![1] }),
		];
		for call in refused {
			assert_noop!(
				Consortium::as_governor(council(3, 3), Box::new(call)),
				pallet_consortium::Error::<Runtime>::NotGovernorCall
			);
		}
		assert_eq!(Balances::free_balance(&governor), funds);
	});
}

/// The contracts' governor end to end on the real pallet-contracts, with the escrow bundle
/// `scripts/contracts.sh build` wrote to `$AMCHAIN_CONTRACTS` (default
/// `~/.cache/amchain/contracts`; scripts/test.sh builds the bundles first): a member cannot
/// schedule a new code, nor can the council schedule one nobody uploaded (it is locked
/// while it waits: its uploader cannot remove it); three quarters of the council, through
/// `as_governor`, can; nobody can
/// swap it in before `CODE_DELAY` has passed, nor after its day's window (it lapses and
/// must be scheduled afresh); then anyone can, and the contract runs the new
/// code at the same address (the off-chain unit tests cannot: ink!'s engine has no
/// `set_code_hash`).
#[test]
fn three_quarters_of_the_council_replace_a_contracts_code_after_the_delay() {
	use amchain_primitives::currency::UNIT;
	use amchain_runtime::{
		configs::governance::{ContractsGovernor, GovernorDepositLimit},
		AccountId, RuntimeCall,
	};
	use codec::{Decode, Encode};
	use frame_support::{assert_ok, weights::Weight};
	use pallet_contracts::{CollectEvents, DebugInfo, Determinism};
	use sp_runtime::traits::Hash;
	use Sr25519Keyring::*;

	/// `CODE_DELAY` and `APPLY_WINDOW` in amchain-ink: a week and a day of 6-second blocks.
	const CODE_DELAY: u32 = 7 * 14_400;
	const APPLY_WINDOW: u32 = 14_400;
	let dir =
		std::env::var_os("AMCHAIN_CONTRACTS").map(std::path::PathBuf::from).unwrap_or_else(|| {
			std::path::PathBuf::from(std::env::var("HOME").expect("HOME"))
				.join(".cache/amchain/contracts")
		});
	let wasm = |name: &str| {
		let path = dir.join(format!("{name}.wasm"));
		std::fs::read(&path)
			.unwrap_or_else(|e| panic!("{}: {e} (run scripts/contracts.sh build)", path.display()))
	};
	let selector = |name: &str| sp_io::hashing::blake2_256(name.as_bytes())[..4].to_vec();
	let gas = Weight::from_parts(100_000_000_000, 4 * 1024 * 1024);
	let council = |yes: u32, of: u32| -> amchain_runtime::RuntimeOrigin {
		pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(yes, of)
			.into()
	};
	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let alice = Alice.to_account_id();
		let upload = |name: &str| {
			Contracts::bare_upload_code(alice.clone(), wasm(name), None, Determinism::Enforced)
				.expect("the bundle uploads")
				.code_hash
		};
		let (old_code, new_code) = (upload("escrow"), upload("usage_token"));
		let escrow = Contracts::bare_instantiate(
			alice.clone(),
			0,
			gas,
			None,
			pallet_contracts::Code::Existing(old_code),
			selector("new"),
			vec![],
			DebugInfo::Skip,
			CollectEvents::Skip,
		)
		.result
		.expect("escrow instantiates")
		.account_id;
		let call = |who: &AccountId, data: Vec<u8>| {
			Contracts::bare_call(
				who.clone(),
				escrow.clone(),
				0,
				gas,
				None,
				data,
				DebugInfo::Skip,
				CollectEvents::Skip,
				Determinism::Enforced,
			)
			.result
			.expect("the call runs")
		};
		let schedule = [selector("schedule_code"), new_code.encode()].concat();
		let code_of = || Contracts::code_hash(&escrow);

		// A member (the contract's deployer, a council member) is not the governor.
		assert!(call(&alice, schedule.clone()).did_revert(), "NotGovernor");
		// Three quarters of the council act as the governor (funded for the storage
		// deposit, which each call caps).
		let governor = ContractsGovernor::get();
		assert_ok!(Balances::transfer_allow_death(
			amchain_runtime::RuntimeOrigin::signed(alice.clone()),
			governor.clone().into(),
			10 * UNIT
		));
		let motion = RuntimeCall::Contracts(pallet_contracts::Call::call {
			dest: escrow.clone().into(),
			value: 0,
			gas_limit: gas,
			storage_deposit_limit: Some(GovernorDepositLimit::get().into()),
			data: schedule,
		});
		let call_hash = <Runtime as frame_system::Config>::Hashing::hash_of(&motion);
		assert_ok!(Consortium::as_governor(council(3, 4), Box::new(motion)));
		System::assert_has_event(
			pallet_consortium::Event::<Runtime>::GovernorActed { call_hash }.into(),
		);
		let scheduled = call(&alice, selector("scheduled_code"));
		// `Result<Option<ScheduledCode { code_hash, at }>, LangError>`
		let (code_hash, at) =
			<Result<Option<(sp_core::H256, u32)>, u8>>::decode(&mut &scheduled.data[..])
				.expect("the answer decodes")
				.expect("no LangError")
				.expect("a code is scheduled");
		assert_eq!((code_hash, at), (new_code, 1 + CODE_DELAY));

		// The scheduled code is locked: its uploader cannot remove it while it waits.
		assert!(Contracts::remove_code(
			amchain_runtime::RuntimeOrigin::signed(alice.clone()),
			new_code
		)
		.is_err());
		// Nobody swaps it in early, the governor's motion included.
		let bob = Bob.to_account_id();
		System::set_block_number(at - 1);
		assert!(call(&bob, selector("apply_code")).did_revert(), "CodeNotDue");
		assert_eq!(code_of(), Some(old_code));
		// Nor after its day's window: it lapses (anyone clears it, the lock goes), and a
		// fresh schedule with a fresh week is needed.
		System::set_block_number(at + APPLY_WINDOW + 1);
		assert!(call(&bob, selector("apply_code")).did_revert(), "CodeLapsed");
		assert!(!call(&bob, selector("lapse_code")).did_revert(), "anyone clears a lapsed code");
		assert_eq!(code_of(), Some(old_code));
		// A code nobody uploaded cannot be scheduled (pallet-contracts will not lock it, and
		// the motion fails with its error): no
		// hidden code waits to be uploaded and applied in one batch.
		let hidden = [selector("schedule_code"), sp_core::H256::repeat_byte(9).encode()].concat();
		let motion = |data: Vec<u8>| {
			RuntimeCall::Contracts(pallet_contracts::Call::call {
				dest: escrow.clone().into(),
				value: 0,
				gas_limit: gas,
				storage_deposit_limit: Some(GovernorDepositLimit::get().into()),
				data,
			})
		};
		let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
		frame_support::assert_err_ignore_postinfo!(
			Consortium::as_governor(council(3, 4), Box::new(motion(hidden))),
			pallet_contracts::Error::<Runtime>::CodeNotFound
		);
		assert_eq!(sp_io::storage::root(sp_runtime::StateVersion::V1), before, "nothing stays");
		let none = call(&alice, selector("scheduled_code"));
		assert_eq!(
			<Result<Option<(sp_core::H256, u32)>, u8>>::decode(&mut &none.data[..]),
			Ok(Ok(None))
		);
		// Scheduled again: from the new `at`, anyone swaps it in, same address, new code.
		let now = at + APPLY_WINDOW + 1;
		let schedule = [selector("schedule_code"), new_code.encode()].concat();
		assert_ok!(Consortium::as_governor(council(3, 4), Box::new(motion(schedule))));
		let at = now + CODE_DELAY;
		System::set_block_number(at);
		let applied = call(&bob, selector("apply_code"));
		assert!(!applied.did_revert(), "applied: {:?}", applied.data);
		assert_eq!(code_of(), Some(new_code));
	});
}

/// A contract dry run over RPC gets at most a tenth of a block, whatever it asks: a
/// door controller's `is_authorized` cannot make a member node run a block of code.
#[test]
fn contract_dry_runs_are_capped_at_a_tenth_of_a_block() {
	use amchain_runtime::{apis::dry_run_limit, configs::RuntimeBlockWeights};
	use frame_support::weights::Weight;

	let block = RuntimeBlockWeights::get().max_block;
	assert_eq!(dry_run_limit(None), block / 10);
	assert_eq!(dry_run_limit(Some(block)), block / 10);
	let small = Weight::from_parts(1_000_000, 1_000);
	assert_eq!(dry_run_limit(Some(small)), small, "a smaller limit is kept");
	assert!(dry_run_limit(Some(Weight::MAX)).all_lte(block / 10));
}

/// The recommended set-ups of docs/consortium.md, in the runtime: a bank whose admin
/// account is a 2-of-3 multi-signature of its officers (so no one officer's key acts as the
/// bank), reached through the two-step admin hand-over; and a factory's line controller
/// with a `Reporting` proxy (it registers parts in its organisation's name, and cannot
/// move money).
#[test]
fn a_bank_acts_through_two_of_three_officers_and_a_line_controller_through_a_reporting_proxy() {
	use amchain_primitives::{
		currency::UNIT,
		participants::{ParticipantRegistry, Role},
	};
	use amchain_runtime::{
		configs::delegation::ProxyType, AccountId, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	};
	use frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo};
	use sp_runtime::traits::Dispatchable;
	use Sr25519Keyring::*;

	let account = |n: u8| AccountId::new([n; 32]);
	let signed = |who: &AccountId| RuntimeOrigin::signed(who.clone());
	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		pallet_consortium::MembersOnly::<Runtime>::put(true);
		let officers = [account(1), account(2), account(3)];
		for officer in &officers {
			assert_ok!(Balances::force_set_balance(
				RuntimeOrigin::root(),
				officer.clone().into(),
				100 * UNIT
			));
		}

		// Harbour Trade Bank (participant 5, admin AliceStash): its officers are devices.
		let bank_admin = AliceStash.to_account_id();
		for officer in &officers {
			assert_ok!(Certifications::add_device(
				signed(&bank_admin),
				officer.clone(),
				Role::Bank.into()
			));
		}
		let mut sorted = officers.to_vec();
		sorted.sort();
		let board = Multisig::multi_account_id(&sorted, 2);
		assert_ok!(Balances::force_set_balance(
			RuntimeOrigin::root(),
			board.clone().into(),
			100 * UNIT
		));
		assert_ok!(Certifications::change_admin(signed(&bank_admin), board.clone()));

		// Two officers accept the bank for the board.
		let accept = RuntimeCall::Certifications(pallet_certifications::Call::accept_admin {
			participant: 5,
		});
		let weight = accept.get_dispatch_info().call_weight;
		let others =
			|me: usize| sorted.iter().filter(|o| **o != officers[me]).cloned().collect::<Vec<_>>();
		assert_ok!(Multisig::as_multi(
			signed(&officers[0]),
			2,
			others(0),
			None,
			Box::new(accept.clone()),
			weight
		));
		assert_eq!(Certifications::membership(&board), None, "one officer is not the bank");
		let timepoint = Multisig::timepoint();
		assert_ok!(Multisig::as_multi(
			signed(&officers[1]),
			2,
			others(1),
			Some(timepoint),
			Box::new(accept),
			weight
		));
		let bank = pallet_certifications::Participants::<Runtime>::get(5).expect("the bank");
		assert_eq!(bank.admin, board, "the board is the bank's admin account");
		// One officer alone cannot act as the bank's admin: it is a device, nothing more.
		assert_noop!(
			Certifications::add_device(signed(&officers[2]), account(9), Role::Bank.into()),
			pallet_certifications::Error::<Runtime>::NotParticipantAdmin
		);

		// Acme Gears (participant 2, admin Dave): a line controller with a Reporting proxy.
		let dave = Dave.to_account_id();
		let line = account(7);
		assert_ok!(Balances::force_set_balance(
			RuntimeOrigin::root(),
			line.clone().into(),
			100 * UNIT
		));
		assert_ok!(Certifications::add_device(signed(&dave), line.clone(), Role::Supplier.into()));
		assert_ok!(Proxy::add_proxy(signed(&dave), line.clone().into(), ProxyType::Reporting, 0));
		let register = RuntimeCall::Parts(pallet_parts::Call::register_part {
			part_type: 0,
			serial: b"HG-40-0100".to_vec(),
			certification: Some(0),
			tag: None,
			reported_at: None,
		});
		assert_ok!(Proxy::proxy(signed(&line), dave.clone().into(), None, Box::new(register)));
		let proxied = |result| RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result });
		System::assert_last_event(proxied(Ok(())));
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: line.clone().into(),
			value: UNIT,
		});
		assert_ok!(Proxy::proxy(
			signed(&line),
			dave.clone().into(),
			None,
			Box::new(transfer.clone())
		));
		System::assert_last_event(proxied(
			Err(frame_system::Error::<Runtime>::CallFiltered.into()),
		));

		// A Contracts proxy sends no value: a desk's key cannot move its principal's money.
		let desk = account(8);
		assert_ok!(Proxy::add_proxy(signed(&dave), desk.clone().into(), ProxyType::Contracts, 0));
		let contract_call = |value: u128, limit: Option<u128>| {
			RuntimeCall::Contracts(pallet_contracts::Call::call {
				dest: account(9).into(),
				value,
				gas_limit: Default::default(),
				storage_deposit_limit: limit.map(Into::into),
				data: vec![],
			})
		};
		use frame_support::traits::InstanceFilter;
		assert!(ProxyType::Contracts.filter(&contract_call(0, Some(UNIT))));
		assert!(!ProxyType::Contracts.filter(&contract_call(1, Some(UNIT))), "value is refused");
		assert!(!ProxyType::Contracts.filter(&contract_call(0, None)), "an unbounded deposit");
		assert!(!ProxyType::Contracts.filter(&contract_call(0, Some(2 * UNIT))));
		assert!(!ProxyType::Contracts.filter(&transfer));

		// Suspension contains proxies: Acme suspended, another member holding an Any proxy
		// of Acme's admin moves nothing in its name.
		let eve = Eve.to_account_id();
		assert_ok!(Proxy::add_proxy(signed(&dave), eve.clone().into(), ProxyType::Any, 0));
		assert_ok!(Certifications::suspend_participant(
			RuntimeOrigin::root(),
			2,
			Default::default()
		));
		let before = Balances::free_balance(&dave);
		let in_daves_name = RuntimeCall::Proxy(pallet_proxy::Call::proxy {
			real: dave.clone().into(),
			force_proxy_type: None,
			call: Box::new(transfer),
		});
		assert_noop!(
			in_daves_name.dispatch(signed(&eve)).map_err(|e| e.error),
			frame_system::Error::<Runtime>::CallFiltered
		);
		let wrapped = RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![RuntimeCall::Proxy(pallet_proxy::Call::proxy {
				real: dave.clone().into(),
				force_proxy_type: None,
				call: Box::new(RuntimeCall::System(frame_system::Call::remark { remark: vec![] })),
			})],
		});
		assert!(wrapped.dispatch(signed(&eve)).is_err(), "nor inside a batch");
		assert_eq!(Balances::free_balance(&dave), before);
	});
}

/// Block space is priced (THREATS rule 10): a block's worth of remark bytes costs units,
/// not planck, and fees rise while blocks are fuller than a quarter, falling back to 1.
#[test]
fn block_space_is_priced_and_fees_rise_with_congestion() {
	use amchain_primitives::currency::UNIT;
	use amchain_runtime::{configs::RuntimeBlockWeights, RuntimeCall, TransactionPayment};
	use frame_support::dispatch::{DispatchClass, GetDispatchInfo};
	use pallet_transaction_payment::Multiplier;
	use sp_runtime::traits::{Convert, One};

	sp_io::TestExternalities::default().execute_with(|| {
		// A remark of a megabyte: 1.05 units for its bytes alone.
		let bytes = 1024 * 1024;
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![7; bytes] });
		let fee = TransactionPayment::compute_fee(bytes as u32, &remark.get_dispatch_info(), 0);
		assert!(fee >= UNIT, "a megabyte of remark costs at least a unit, costs {fee}");

		type Update = <Runtime as pallet_transaction_payment::Config>::FeeMultiplierUpdate;
		let full = RuntimeBlockWeights::get()
			.get(DispatchClass::Normal)
			.max_total
			.expect("normal blocks are bounded");
		System::set_block_consumed_resources(full, 0);
		let after_full = Update::convert(Multiplier::one());
		assert!(after_full > Multiplier::one(), "a full block raises fees");
		System::set_block_consumed_resources(Default::default(), 0);
		assert!(Update::convert(after_full) < after_full, "an empty block lowers them");
		assert_eq!(Update::convert(Multiplier::one()), Multiplier::one(), "never below 1");
	});
}

/// The consortium's currencies (issue 19, item 1): the council creates one only for a
/// bank; only the bank issues, redeems, freezes and thaws it; its roles stay in the bank's
/// organisation; a council majority cannot take or reassign it; supply is what the bank
/// minted less what it burned; and a contract may only move currency from its own account.
#[test]
fn a_bank_issues_its_currency_and_only_the_bank() {
	use amchain_runtime::{
		configs::currencies::ContractCurrencyCalls, AccountId, RuntimeCall, RuntimeOrigin,
	};
	use frame_support::{assert_noop, assert_ok, traits::Contains};
	use genesis_config_presets::{DEV_EURO, DEV_STERLING};
	use sp_runtime::{traits::Dispatchable, DispatchError};
	use Sr25519Keyring::*;

	let council = |yes: u32, of: u32| -> RuntimeOrigin {
		pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(yes, of)
			.into()
	};
	let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
	let dispatch = |origin: RuntimeOrigin, call: pallet_assets::Call<Runtime>| {
		RuntimeCall::Assets(call).dispatch(origin).map(|_| ()).map_err(|e| e.error)
	};
	let (bank, bank_officer, buyer, supplier) = (AliceStash, One, BobStash, Dave);
	let balance = |who: Sr25519Keyring, id| Assets::balance(id, who.to_account_id());

	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		// The dev chain starts with Harbour Trade Bank's euro and sterling, held by Kestrel.
		assert_eq!(balance(buyer, DEV_EURO), 100_000_000);
		assert_eq!(balance(buyer, DEV_STERLING), 50_000_000);
		assert_eq!(Assets::total_supply(DEV_EURO), 100_000_000);
		let euro = pallet_assets::Asset::<Runtime>::get(DEV_EURO).expect("the euro exists");
		assert_eq!(
			(euro.owner, euro.issuer, euro.freezer),
			(bank.to_account_id(), bank.to_account_id(), bank.to_account_id())
		);
		let meta = pallet_assets::Metadata::<Runtime>::get(DEV_EURO);
		assert_eq!((meta.symbol.to_vec(), meta.decimals), (b"hEUR".to_vec(), 2));

		// Nobody creates a currency by a plain `create`; the council creates one for a bank
		// only, by a motion of its majority.
		let create = |owner: Sr25519Keyring| pallet_assets::Call::force_create {
			id: 7u32.into(),
			owner: owner.to_account_id().into(),
			is_sufficient: false,
			min_balance: 1,
		};
		assert_noop!(
			dispatch(
				RuntimeOrigin::signed(bank.to_account_id()),
				pallet_assets::Call::create {
					id: 7u32.into(),
					admin: bank.to_account_id().into(),
					min_balance: 1,
				}
			),
			DispatchError::BadOrigin
		);
		assert_noop!(
			dispatch(RuntimeOrigin::signed(bank.to_account_id()), create(bank)),
			DispatchError::BadOrigin
		);
		assert_noop!(dispatch(council(1, 3), create(bank)), DispatchError::BadOrigin);
		assert_noop!(dispatch(council(2, 3), create(supplier)), filtered);
		assert_ok!(dispatch(council(2, 3), create(bank)));

		// Only the bank mints (against deposits it holds) and burns (what a holder redeems).
		let mint = |amount| pallet_assets::Call::mint {
			id: 7u32.into(),
			beneficiary: buyer.to_account_id().into(),
			amount,
		};
		assert_noop!(
			dispatch(RuntimeOrigin::signed(buyer.to_account_id()), mint(1_000)),
			pallet_assets::Error::<Runtime>::NoPermission
		);
		assert_noop!(dispatch(council(3, 3), mint(1_000)), DispatchError::BadOrigin);
		assert_ok!(dispatch(RuntimeOrigin::signed(bank.to_account_id()), mint(1_000)));
		// The bank burns only what is paid back to it: a holder's own balance is not its to
		// burn (a leaked bank key empties no account).
		let burn = |who: Sr25519Keyring| pallet_assets::Call::burn {
			id: 7u32.into(),
			who: who.to_account_id().into(),
			amount: 400,
		};
		assert_noop!(dispatch(RuntimeOrigin::signed(bank.to_account_id()), burn(buyer)), filtered);
		assert_ok!(dispatch(
			RuntimeOrigin::signed(buyer.to_account_id()),
			pallet_assets::Call::transfer {
				id: 7u32.into(),
				target: bank.to_account_id().into(),
				amount: 400,
			}
		));
		assert_ok!(dispatch(RuntimeOrigin::signed(bank.to_account_id()), burn(bank)));
		assert_eq!(
			(Assets::total_supply(7), Assets::balance(7, buyer.to_account_id())),
			(600, 600)
		);

		// The bank freezes and thaws a holder; a frozen holder cannot pay.
		let pay = |amount| pallet_assets::Call::transfer_keep_alive {
			id: 7u32.into(),
			target: supplier.to_account_id().into(),
			amount,
		};
		let freeze =
			pallet_assets::Call::freeze { id: 7u32.into(), who: buyer.to_account_id().into() };
		assert_noop!(
			dispatch(RuntimeOrigin::signed(supplier.to_account_id()), freeze.clone()),
			pallet_assets::Error::<Runtime>::NoPermission
		);
		assert_ok!(dispatch(RuntimeOrigin::signed(bank.to_account_id()), freeze));
		assert_noop!(
			dispatch(RuntimeOrigin::signed(buyer.to_account_id()), pay(100)),
			pallet_assets::Error::<Runtime>::Frozen
		);
		assert_ok!(dispatch(
			RuntimeOrigin::signed(bank.to_account_id()),
			pallet_assets::Call::thaw { id: 7u32.into(), who: buyer.to_account_id().into() }
		));
		assert_ok!(dispatch(RuntimeOrigin::signed(buyer.to_account_id()), pay(100)));

		// The bank's roles stay in the bank: to one of its own devices, yes; to a supplier, no.
		assert_ok!(Certifications::add_device(
			RuntimeOrigin::signed(bank.to_account_id()),
			bank_officer.to_account_id(),
			amchain_primitives::participants::Role::Bank.into(),
		));
		let team = |issuer: Sr25519Keyring| pallet_assets::Call::set_team {
			id: 7u32.into(),
			issuer: issuer.to_account_id().into(),
			admin: bank.to_account_id().into(),
			freezer: bank.to_account_id().into(),
		};
		assert_noop!(
			dispatch(RuntimeOrigin::signed(bank.to_account_id()), team(supplier)),
			filtered
		);
		assert_ok!(dispatch(RuntimeOrigin::signed(bank.to_account_id()), team(bank_officer)));
		assert_noop!(
			dispatch(
				RuntimeOrigin::signed(bank.to_account_id()),
				pallet_assets::Call::transfer_ownership {
					id: 7u32.into(),
					owner: supplier.to_account_id().into(),
				}
			),
			filtered
		);

		// A council majority cannot take a holder's tokens or give the currency away; only
		// root (the emergency path) can.
		let seize = pallet_assets::Call::force_transfer {
			id: 7u32.into(),
			source: buyer.to_account_id().into(),
			dest: supplier.to_account_id().into(),
			amount: 100,
		};
		assert_noop!(dispatch(council(3, 3), seize.clone()), filtered);
		let reassign = pallet_assets::Call::force_asset_status {
			id: 7u32.into(),
			owner: supplier.to_account_id().into(),
			issuer: supplier.to_account_id().into(),
			admin: supplier.to_account_id().into(),
			freezer: supplier.to_account_id().into(),
			min_balance: 1,
			is_sufficient: false,
			is_frozen: false,
		};
		assert_noop!(dispatch(council(3, 3), reassign.clone()), filtered);
		// Nor can the bank's admin key take a holder's tokens (it freezes them instead): a
		// leaked bank key empties no one's account.
		assert_noop!(dispatch(RuntimeOrigin::signed(bank.to_account_id()), seize), filtered);
		// Nor wind the currency up (after which anyone may delete every holder's balance):
		// neither the bank nor a council majority; root only.
		let wind_up = || pallet_assets::Call::start_destroy { id: 7u32.into() };
		assert_noop!(dispatch(RuntimeOrigin::signed(bank.to_account_id()), wind_up()), filtered);
		assert_noop!(dispatch(council(3, 3), wind_up()), filtered);
		// Root (on a consortium chain, the emergency path) may reassign the currency.
		assert_ok!(dispatch(RuntimeOrigin::root(), reassign));
		assert_eq!(
			pallet_assets::Asset::<Runtime>::get(7).map(|a| a.owner),
			Some(supplier.to_account_id())
		);
		// Supply is what was minted less what was burned, whoever holds it.
		assert_eq!(Assets::total_supply(7), 600);

		// A contract dispatches only transfers from its own account, never issuance.
		let euro_call = |call| RuntimeCall::Assets(call);
		assert!(ContractCurrencyCalls::contains(&euro_call(pay(1))));
		assert!(ContractCurrencyCalls::contains(&euro_call(
			pallet_assets::Call::transfer_approved {
				id: DEV_EURO.into(),
				owner: buyer.to_account_id().into(),
				destination: supplier.to_account_id().into(),
				amount: 1,
			}
		)));
		for forbidden in [
			euro_call(mint(1)),
			euro_call(pallet_assets::Call::approve_transfer {
				id: DEV_EURO.into(),
				delegate: supplier.to_account_id().into(),
				amount: 1,
			}),
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: supplier.to_account_id().into(),
				value: 1,
			}),
			RuntimeCall::System(frame_system::Call::remark { remark: vec![] }),
		] {
			assert!(!ContractCurrencyCalls::contains(&forbidden), "{forbidden:?}");
		}
		for id in [7, DEV_EURO, DEV_STERLING] {
			let held: u128 =
				pallet_assets::Account::<Runtime>::iter_prefix(id).map(|(_, a)| a.balance).sum();
			assert_eq!(held, Assets::total_supply(id), "currency {id}: supply is what is held");
		}
		#[cfg(feature = "try-runtime")]
		Assets::do_try_state().expect("pallet-assets' invariants hold");
	});
}

/// The second red team's C-3: a currency's authority stayed with the key, not the bank.
/// A leaked bank key set up a proxy for an accomplice's member key before the bank rotated
/// it out; the accomplice then minted in its name (`Proxy.proxy` with the retired key as
/// `real`), for ever. Rotating a key or removing a device now ends its proxies and moves
/// its currency roles to the bank's admin account now; a bank that loses its role or is
/// suspended issues nothing; the council cannot create a sufficient currency (C-4).
#[test]
fn a_rotated_bank_key_keeps_no_authority_over_its_currency() {
	use amchain_primitives::participants::{Role, Roles};
	use amchain_runtime::{
		configs::delegation::ProxyType, AccountId, RuntimeCall, RuntimeEvent, RuntimeOrigin,
	};
	use frame_support::{assert_noop, assert_ok, traits::fungible::Mutate};
	use genesis_config_presets::{DEV_EURO, DEV_STERLING};
	use sp_runtime::{
		traits::{Dispatchable, Hash as _},
		DispatchError,
	};
	use Sr25519Keyring::*;

	let signed = |who: Sr25519Keyring| RuntimeOrigin::signed(who.to_account_id());
	let filtered: DispatchError = frame_system::Error::<Runtime>::CallFiltered.into();
	let dispatch = |origin: RuntimeOrigin, call: RuntimeCall| {
		call.dispatch(origin).map(|_| ()).map_err(|e| e.error)
	};
	let mint = |id: u32, to: Sr25519Keyring| {
		RuntimeCall::Assets(pallet_assets::Call::mint {
			id: id.into(),
			beneficiary: to.to_account_id().into(),
			amount: 1_000_000_000_000,
		})
	};
	// The accomplice (Dave, Acme's admin: a member) mints through a proxy of `real`.
	let proxied_mint = |real: Sr25519Keyring, id: u32| {
		RuntimeCall::Proxy(pallet_proxy::Call::proxy {
			real: real.to_account_id().into(),
			force_proxy_type: None,
			call: Box::new(mint(id, Dave)),
		})
	};
	let roles = |id: u32| {
		let a = pallet_assets::Asset::<Runtime>::get(id).expect("the currency exists");
		[a.owner, a.issuer, a.admin, a.freezer]
	};
	let (bank, officer, successor) = (AliceStash, One, Two);
	let account = |k: Sr25519Keyring| -> AccountId { k.to_account_id() };

	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let harbour = pallet_certifications::Members::<Runtime>::get(account(bank))
			.expect("the bank's admin is a member")
			.participant;
		// The bank's key, before anyone knows it leaked: a proxy for the accomplice, and a
		// device made issuer of sterling, which also names the accomplice its proxy.
		assert_ok!(Proxy::add_proxy(signed(bank), account(Dave).into(), ProxyType::Any, 0));
		assert_ok!(Certifications::add_device(signed(bank), account(officer), Role::Bank.into()));
		assert_ok!(Balances::mint_into(
			&account(officer),
			1_000 * amchain_primitives::currency::UNIT
		));
		assert_ok!(Proxy::add_proxy(signed(officer), account(Dave).into(), ProxyType::Any, 0));
		assert_ok!(dispatch(
			signed(bank),
			RuntimeCall::Assets(pallet_assets::Call::set_team {
				id: DEV_STERLING.into(),
				issuer: account(officer).into(),
				admin: account(bank).into(),
				freezer: account(bank).into(),
			})
		));
		// The leaked key, still the bank's admin and an `Any` proxy of the officer: it stashes
		// an announced mint of sterling in the officer's name for an accomplice to execute
		// after the rotation, and tries to leave the accomplice in the officer's proxy list.
		assert_ok!(Proxy::add_proxy(signed(officer), account(bank).into(), ProxyType::Any, 0));
		let stashed = mint(DEV_STERLING, Dave);
		assert_ok!(Proxy::announce(
			signed(bank),
			account(officer).into(),
			<Runtime as frame_system::Config>::Hashing::hash_of(&stashed),
		));
		assert_ok!(Proxy::proxy(
			signed(bank),
			account(officer).into(),
			None,
			Box::new(RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
				delegate: account(Eve).into(),
				proxy_type: ProxyType::Any,
				delay: 0,
			})),
		));
		System::assert_last_event(RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted {
			result: Err(filtered),
		}));
		assert!(
			!pallet_proxy::Proxies::<Runtime>::get(account(officer))
				.0
				.iter()
				.any(|p| p.delegate == account(Eve)),
			"an `Any` delegate adds no delegates"
		);
		// And the bank's admin key holds tokens (redeemed to it) and approved the accomplice.
		assert_ok!(dispatch(
			signed(BobStash),
			RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: DEV_EURO.into(),
				target: account(bank).into(),
				amount: 10_000,
			})
		));
		assert_ok!(dispatch(
			signed(bank),
			RuntimeCall::Assets(pallet_assets::Call::approve_transfer {
				id: DEV_EURO.into(),
				delegate: account(Dave).into(),
				amount: 10_000,
			})
		));
		let reserved_before = Balances::reserved_balance(account(bank));
		let metadata_deposit = pallet_assets::Metadata::<Runtime>::get(DEV_EURO)
			.deposit
			.saturating_add(pallet_assets::Metadata::<Runtime>::get(DEV_STERLING).deposit);

		// The bank rotates its admin key; the successor (funded: it pays its own fee) accepts.
		assert_ok!(Balances::mint_into(
			&account(successor),
			1_000 * amchain_primitives::currency::UNIT
		));
		assert_ok!(Certifications::change_admin(signed(bank), account(successor)));
		assert_ok!(Certifications::accept_admin(signed(successor), harbour));

		// The retired key's proxies are gone (their deposit back to it), and every role it
		// held moved to the admin account now, with the metadata deposits it had reserved.
		assert!(pallet_proxy::Proxies::<Runtime>::get(account(bank)).0.is_empty());
		assert_eq!(roles(DEV_EURO), [0; 4].map(|_| account(successor)));
		assert_eq!(
			roles(DEV_STERLING),
			[account(successor), account(officer), account(successor), account(successor)]
		);
		assert_eq!(
			Balances::reserved_balance(account(successor)),
			metadata_deposit,
			"the owner's deposits moved with the ownership"
		);
		assert_eq!(
			Balances::reserved_balance(account(bank)),
			reserved_before
				.saturating_sub(metadata_deposit)
				.saturating_sub(<Runtime as pallet_proxy::Config>::ProxyDepositBase::get())
				.saturating_sub(<Runtime as pallet_proxy::Config>::ProxyDepositFactor::get())
				.saturating_sub(<Runtime as pallet_proxy::Config>::AnnouncementDepositBase::get())
				.saturating_sub(<Runtime as pallet_proxy::Config>::AnnouncementDepositFactor::get()),
			"every deposit of the retired key is back with it but the approval's (it stays \
			 with the approval, which has nothing left to take)"
		);
		assert!(pallet_proxy::Announcements::<Runtime>::get(account(bank)).0.is_empty());
		// Its tokens are the bank's: with the successor now, nothing left to the spender.
		assert_eq!(Assets::balance(DEV_EURO, account(bank)), 0);
		assert_eq!(Assets::balance(DEV_EURO, account(successor)), 10_000);
		assert!(dispatch(
			signed(Dave),
			RuntimeCall::Assets(pallet_assets::Call::transfer_approved {
				id: DEV_EURO.into(),
				owner: account(bank).into(),
				destination: account(Dave).into(),
				amount: 10_000,
			})
		)
		.is_err());
		assert_eq!(Assets::balance(DEV_EURO, account(Dave)), 0);
		// The stashed announcement cannot be executed by anyone.
		assert_noop!(
			dispatch(
				signed(Dave),
				RuntimeCall::Proxy(pallet_proxy::Call::proxy_announced {
					delegate: account(bank).into(),
					real: account(officer).into(),
					force_proxy_type: None,
					call: Box::new(stashed),
				})
			),
			filtered
		);
		let events: Vec<_> = System::events().into_iter().map(|r| r.event).collect();
		assert!(events.contains(&RuntimeEvent::Assets(pallet_assets::Event::OwnerChanged {
			asset_id: DEV_EURO,
			owner: account(successor),
		})));
		assert!(events.contains(&RuntimeEvent::Assets(pallet_assets::Event::TeamChanged {
			asset_id: DEV_STERLING,
			issuer: account(officer),
			admin: account(successor),
			freezer: account(successor),
		})));

		// The accomplice's best move: mint in the retired key's name. Refused, storage intact.
		assert_noop!(
			dispatch(signed(Dave), proxied_mint(bank, DEV_EURO)),
			pallet_proxy::Error::<Runtime>::NotProxy
		);
		// The bank's new key issues (and the old one could not sign at all: it is no member).
		assert_ok!(dispatch(signed(successor), mint(DEV_EURO, BobStash)));

		// A device made issuer and then removed: its role comes back to the admin account and
		// its proxies end too.
		assert_ok!(Certifications::remove_device(signed(successor), account(officer)));
		assert_eq!(roles(DEV_STERLING), [0; 4].map(|_| account(successor)));
		assert!(pallet_proxy::Proxies::<Runtime>::get(account(officer)).0.is_empty());
		assert_noop!(
			dispatch(signed(Dave), proxied_mint(officer, DEV_STERLING)),
			pallet_proxy::Error::<Runtime>::NotProxy
		);

		// A bank that is no longer one issues nothing: governance takes the role away.
		assert_ok!(Certifications::update_participant(
			RuntimeOrigin::root(),
			harbour,
			None,
			None,
			Some(Roles::of(&[Role::Customer])),
			None,
		));
		assert_noop!(dispatch(signed(successor), mint(DEV_EURO, BobStash)), filtered);
		// Transfers and redemption go on: a holder still pays with it.
		assert_ok!(dispatch(
			signed(BobStash),
			RuntimeCall::Assets(pallet_assets::Call::transfer {
				id: DEV_EURO.into(),
				target: account(successor).into(),
				amount: 100,
			})
		));

		// C-4: the council creates no sufficient currency (an account with nothing native
		// on it would then hold it: state at arbitrary addresses).
		let council =
			pallet_collective::RawOrigin::<AccountId, pallet_collective::Instance1>::Members(3, 3);
		assert_ok!(Certifications::update_participant(
			RuntimeOrigin::root(),
			harbour,
			None,
			None,
			Some(Roles::of(&[Role::Bank])),
			None,
		));
		let create = |is_sufficient| {
			RuntimeCall::Assets(pallet_assets::Call::force_create {
				id: 9u32.into(),
				owner: account(successor).into(),
				is_sufficient,
				min_balance: 1,
			})
		};
		assert_noop!(dispatch(council.clone().into(), create(true)), filtered);
		assert_ok!(dispatch(council.into(), create(false)));

		for id in [DEV_EURO, DEV_STERLING] {
			let held: u128 =
				pallet_assets::Account::<Runtime>::iter_prefix(id).map(|(_, a)| a.balance).sum();
			assert_eq!(held, Assets::total_supply(id), "currency {id}: supply is what is held");
		}
		#[cfg(feature = "try-runtime")]
		{
			use frame_support::traits::{TryState, TryStateSelect};
			AllPalletsWithSystem::try_state(1, TryStateSelect::All).expect("invariants hold");
		}
	});
}

/// The recall cascade's acceptance (issue 18 item 5), with the runtime's own weights and
/// bounds: a lot consumed into 1 000 parts, installed ten to an assembly in 100 assemblies
/// (50 of them sold on to a customer), is held entirely within 20 blocks of one `recall`;
/// every block's cascade stays within a tenth of the block; no affected item can be
/// offered once reached, and parts of another lot keep moving throughout.
#[test]
fn one_recall_holds_a_lots_thousand_parts_and_their_assemblies_within_twenty_blocks() {
	use amchain_primitives::{
		participants::{Role, Roles},
		parts::{CascadeStage, Handover, Item, PartsInspector, Unit},
	};
	use amchain_runtime::{configs::manufacturing::MaxCascadeWeight, RuntimeOrigin};
	use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
	use pallet_parts::{Cascades, RecallTarget};
	use Sr25519Keyring::*;

	with_preset_genesis(sp_genesis_builder::DEV_RUNTIME_PRESET, || {
		System::set_block_number(1);
		let signed = |who: Sr25519Keyring| RuntimeOrigin::signed(who.to_account_id());
		let (acme, kestrel) = (2, 6);
		// A steel mill joins (registered by the registrar, Alice).
		let mill = pallet_certifications::NextParticipantId::<Runtime>::get();
		assert_ok!(Certifications::register_participant(
			signed(Alice),
			CharlieStash.to_account_id(),
			b"Northern Steel".to_vec(),
			Default::default(),
			Roles::of(&[Role::Producer]),
		));
		let lot = |quantity| {
			let id = pallet_parts::NextLotId::<Runtime>::get();
			assert_ok!(Parts::register_lot(
				signed(CharlieStash),
				b"42CrMo4".to_vec(),
				quantity,
				Unit::Grams,
				None,
				None
			));
			for handover in [Handover::Ownership, Handover::Custody] {
				assert_ok!(Parts::offer(signed(CharlieStash), Item::Lot(id), handover, acme));
				assert_ok!(Parts::accept_offer(signed(Dave), Item::Lot(id), handover, None));
			}
			id
		};
		let (steel, other) = (lot(10_000), lot(10_000));
		// Acme's shaft type needs no certification, so the test registers as many as it needs.
		let shaft = pallet_parts::NextPartTypeId::<Runtime>::get();
		assert_ok!(Parts::create_part_type(
			signed(Dave),
			b"GTIN-SHAFT".to_vec(),
			Default::default(),
			b"https://acme.example/shaft".to_vec(),
			vec![]
		));
		let mut serial = 0u32;
		let mut part = || {
			serial += 1;
			let id = pallet_parts::NextPartId::<Runtime>::get();
			assert_ok!(Parts::register_part(
				signed(Dave),
				shaft,
				serial.to_le_bytes().to_vec(),
				None,
				None,
				None
			));
			id
		};
		let mut assemblies = Vec::new();
		let mut parts = Vec::new();
		for a in 0..100 {
			let assembly = part();
			for _ in 0..10 {
				let p = part();
				assert_ok!(Parts::consume(signed(Dave), steel, p, 1));
				assert_ok!(Parts::install(signed(Dave), p, assembly));
				parts.push(p);
			}
			if a % 2 == 0 {
				for handover in [Handover::Ownership, Handover::Custody] {
					assert_ok!(Parts::offer(signed(Dave), Item::Part(assembly), handover, kestrel));
					assert_ok!(Parts::accept_offer(
						signed(BobStash),
						Item::Part(assembly),
						handover,
						None
					));
				}
			}
			assemblies.push(assembly);
		}
		let unaffected: Vec<_> = (0..20)
			.map(|_| {
				let p = part();
				assert_ok!(Parts::consume(signed(Dave), other, p, 1));
				p
			})
			.collect();

		let target = RecallTarget::Lot(steel);
		assert_ok!(Parts::recall(signed(CharlieStash), target, Default::default()));
		let tenth = sp_runtime::Perbill::from_percent(10)
			* <Runtime as frame_system::Config>::BlockWeights::get().max_block;
		assert_eq!(MaxCascadeWeight::get(), tenth);
		let prune = <<Runtime as pallet_parts::Config>::WeightInfo as pallet_parts::WeightInfo>::on_initialize(256);
		// As pallet-cores and the contracts' chain extension (escrow, warranties' paths:
		// `PartInfo.quarantined`) read a part: its summary.
		let held = |p| {
			<Parts as PartsInspector>::is_held(p)
				&& <Parts as PartsInspector>::summary(p).is_some_and(|s| s.quarantined)
		};
		let mut blocks = 0;
		while Cascades::<Runtime>::get(target).is_some_and(|c| c.stage == CascadeStage::Spreading) {
			blocks += 1;
			assert!(blocks <= 20, "not held within 20 blocks");
			let n = System::block_number() + 1;
			System::set_block_number(n);
			let used: Weight = Parts::on_initialize(n);
			assert!(used.all_lte(tenth.saturating_add(prune)), "block {n}: {used:?}");
			// Parts of another lot keep moving while the cascade runs.
			let moving = unaffected[blocks as usize];
			assert_ok!(Parts::offer(signed(Dave), Item::Part(moving), Handover::Custody, kestrel));
			assert_ok!(Parts::accept_offer(
				signed(BobStash),
				Item::Part(moving),
				Handover::Custody,
				None
			));
		}
		assert!(parts.iter().all(|p| held(*p)), "every part made from the lot is held");
		assert!(assemblies.iter().all(|a| held(*a)), "every assembly is held");
		assert_eq!(Cascades::<Runtime>::get(target).map(|c| c.held), Some(1_000));
		for (i, assembly) in assemblies.iter().enumerate() {
			let (owner, to) = if i % 2 == 0 { (BobStash, acme) } else { (Dave, kestrel) };
			assert_noop!(
				Parts::offer(signed(owner), Item::Part(*assembly), Handover::Custody, to),
				pallet_parts::Error::<Runtime>::AssemblyQuarantined
			);
		}
		assert!(unaffected.iter().all(|p| !held(*p)));
		let _ = mill;
		println!("1 000 parts and 100 assemblies held in {blocks} blocks");
	});
}
