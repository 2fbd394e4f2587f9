//! Who may connect: the consortium's well-known nodes (pallet-node-authorization).
//!
//! Every node's offchain worker reads the list each block and makes it the node's
//! reserved peers, reserved-only: a node whose peer id is not on the list (or connected
//! to a node by its owner, `add_connections`) cannot peer with the consortium's nodes.
//! The council adds and removes well-known nodes; a member claims its own non-validator
//! nodes (`claim_node`) and connects them to its well-known node (`add_connections`).

use frame_support::traits::{ConstU32, Contains, Get};
use sp_runtime::traits::StaticLookup;

use super::governance::AdminOrigin;
use crate::{Runtime, RuntimeCall, RuntimeEvent};

/// One or two nodes per member organisation.
pub type MaxWellKnownNodes = ConstU32<64>;
/// A libp2p peer id of an Ed25519 key is 38 bytes.
pub type MaxPeerIdLength = ConstU32<128>;
/// The most additional connections one node may have (its owner's other nodes).
pub type MaxConnectionsPerNode = ConstU32<16>;

/// Keeps pallet-node-authorization's one growable record bounded. The pallet bounds the
/// well-known nodes (`MaxWellKnownNodes`, `MaxPeerIdLength`), but keeps a node's
/// additional connections in one set that `add_connections` grows without limit and whose
/// peer ids it does not measure; every node's offchain worker reads that set each block.
/// The runtime's call filter (`frame_system::Config::BaseCallFilter`, which also holds
/// inside batches and council motions) refuses an `add_connections` that would take a
/// node past `MaxConnectionsPerNode` or names a peer id of `MaxPeerIdLength` bytes or
/// more: it fails with `System::CallFiltered` and changes nothing.
pub struct BoundedNodeConnections;

impl Contains<RuntimeCall> for BoundedNodeConnections {
	fn contains(call: &RuntimeCall) -> bool {
		let RuntimeCall::NodeAuthorization(pallet_node_authorization::Call::add_connections {
			node,
			connections,
		}) = call
		else {
			return true;
		};
		let max_len = <MaxPeerIdLength as Get<u32>>::get() as usize;
		if connections.iter().any(|peer| peer.0.len() >= max_len) {
			return false;
		}
		// The set the call would leave, as the pallet builds it.
		let mut after = pallet_node_authorization::AdditionalConnections::<Runtime>::get(node);
		after.extend(connections.iter().filter(|peer| *peer != node).cloned());
		after.len() <= <MaxConnectionsPerNode as Get<u32>>::get() as usize
	}
}

/// The fewest council members a council motion may leave: with fewer, one or two keys
/// would be the chain's whole governance.
pub const MIN_COUNCIL: usize = 3;

/// Governance floors a council motion cannot go below (THREATS rule 8): the council keeps
/// [`MIN_COUNCIL`] members (`CouncilMembership.remove_member`/`reset_members`), and the
/// well-known nodes never fall below the validators the chain must keep
/// (`Consortium::min_validators`; `NodeAuthorization.remove_well_known_node`/
/// `reset_well_known_nodes`), so that a wrong motion cannot partition the network or
/// hand governance to one key. Such a call fails with `System::CallFiltered` and changes
/// nothing. Root (the emergency path, `Consortium.schedule_emergency`) is not filtered:
/// it is how a consortium recovers from what these floors do not foresee.
pub struct GovernanceFloors;

impl Contains<RuntimeCall> for GovernanceFloors {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_membership::Call as Membership;
		use pallet_node_authorization::Call as Nodes;
		let council = || pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get();
		let nodes = || pallet_node_authorization::WellKnownNodes::<Runtime>::get();
		let min_nodes = || pallet_consortium::Pallet::<Runtime>::min_validators() as usize;
		match call {
			RuntimeCall::CouncilMembership(Membership::remove_member { who }) => {
				let members = council();
				let who = <Runtime as frame_system::Config>::Lookup::lookup(who.clone());
				let leaving = who.is_ok_and(|who| members.binary_search(&who).is_ok());
				members.len().saturating_sub(leaving as usize) >= MIN_COUNCIL
			},
			RuntimeCall::CouncilMembership(Membership::reset_members { members }) => {
				let mut members = members.clone();
				members.sort();
				members.dedup();
				members.len() >= MIN_COUNCIL
			},
			RuntimeCall::NodeAuthorization(Nodes::remove_well_known_node { node }) => {
				let nodes = nodes();
				nodes.len().saturating_sub(nodes.contains(node) as usize) >= min_nodes()
			},
			RuntimeCall::NodeAuthorization(Nodes::reset_well_known_nodes { nodes }) => {
				let unique: alloc::collections::BTreeSet<_> =
					nodes.iter().map(|(p, _)| p).collect();
				unique.len() >= min_nodes()
			},
			_ => true,
		}
	}
}

/// The runtime's call filter: [`BoundedNodeConnections`], [`GovernanceFloors`],
/// [`SuspendedPrincipals`](super::consensus::SuspendedPrincipals) and
/// [`BankCurrencies`](super::currencies::BankCurrencies).
pub struct CallFilter;

impl Contains<RuntimeCall> for CallFilter {
	fn contains(call: &RuntimeCall) -> bool {
		BoundedNodeConnections::contains(call)
			&& GovernanceFloors::contains(call)
			&& super::consensus::SuspendedPrincipals::contains(call)
			&& super::currencies::BankCurrencies::contains(call)
	}
}

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type MaxWellKnownNodes = MaxWellKnownNodes;
	type MaxPeerIdLength = MaxPeerIdLength;
	type AddOrigin = AdminOrigin;
	type RemoveOrigin = AdminOrigin;
	type SwapOrigin = AdminOrigin;
	type ResetOrigin = AdminOrigin;
	type WeightInfo = ();
}
