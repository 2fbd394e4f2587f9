//! Who may connect: the consortium's well-known nodes (pallet-node-authorization).
//!
//! Every node's offchain worker reads the list each block and makes it the node's
//! reserved peers, reserved-only: a node whose peer id is not on the list (or connected
//! to a node by its owner, `add_connections`) cannot peer with the consortium's nodes.
//! The council adds and removes well-known nodes; a member claims its own non-validator
//! nodes (`claim_node`) and connects them to its well-known node (`add_connections`).

use frame_support::traits::ConstU32;

use super::governance::AdminOrigin;
use crate::{Runtime, RuntimeEvent};

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// One or two nodes per member organisation.
	type MaxWellKnownNodes = ConstU32<64>;
	/// A libp2p peer id of an Ed25519 key is 38 bytes.
	type MaxPeerIdLength = ConstU32<128>;
	type AddOrigin = AdminOrigin;
	type RemoveOrigin = AdminOrigin;
	type SwapOrigin = AdminOrigin;
	type ResetOrigin = AdminOrigin;
	type WeightInfo = ();
}
