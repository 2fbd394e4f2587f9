//! Where-used and contents: the items a part or lot went into, or came from, transitively,
//! each with the path that reaches it.
//!
//! The edges are the chain's own records, as the store holds them:
//!
//! | edge | upwards (where used) | downwards (contents) |
//! |---|---|---|
//! | `Split` | a lot's `SplitInto { lot }` | a lot's `SplitFrom { lot }` |
//! | `Consumed` | a lot's `ConsumedInto { part }` | a part's `MaterialConsumed { lot }` |
//! | `Transformed` | a part's `TransformedInto { part }` | a part's `MadeFrom { part }` |
//! | `Installed` | the part it is installed in now (`parts.parent`) | the parts installed in it now |
//!
//! So "which parts consumed lot L and where are they now" is `whereUsed(lot: L)`: the lots
//! split from L, the parts that consumed any of them, what those were transformed into,
//! and the assemblies they are in now, up to the top, whose holders are the effective
//! ones. Assemblies are followed as they stand now (a part removed from an assembly is no
//! longer in it); consumption, splits and transformations are for ever.
//!
//! The walk is breadth first, so each item is reached by a shortest path, and visits
//! each item once (a cycle cannot loop it). It stops after `limit` items and says so
//! (`complete: false`), so a query's cost is bounded by its limit.

use std::collections::{HashSet, VecDeque};

use anyhow::Result;
use serde_json::Value as Json;
use sqlx::Row;

use crate::store::Store;

/// Which way to walk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
	/// What the item went into: where it is used.
	Up,
	/// What went into the item: its contents and origins.
	Down,
}

/// An item: `("part" | "lot", id)`.
pub type Item = (&'static str, i64);

/// An item reached by the walk.
#[derive(Debug, Clone, PartialEq)]
pub struct Reached {
	pub item: Item,
	/// The edge that reached it: `Split`, `Consumed`, `Transformed` or `Installed`.
	pub via: &'static str,
	/// From the start (excluded) to this item (included).
	pub path: Vec<Item>,
}

/// Every item reached from `start` in `direction`, nearest first, at most `limit`; and
/// whether that is all of them.
pub async fn trace(
	store: &Store,
	start: Item,
	direction: Direction,
	limit: usize,
) -> Result<(Vec<Reached>, bool)> {
	let mut seen: HashSet<Item> = HashSet::from([start]);
	let mut queue: VecDeque<(Item, Vec<Item>)> = VecDeque::from([(start, Vec::new())]);
	let mut reached = Vec::new();
	while let Some((item, path)) = queue.pop_front() {
		for (next, via) in edges(store, item, direction).await? {
			if !seen.insert(next) {
				continue;
			}
			if reached.len() == limit {
				return Ok((reached, false));
			}
			let mut next_path = path.clone();
			next_path.push(next);
			reached.push(Reached { item: next, via, path: next_path.clone() });
			queue.push_back((next, next_path));
		}
	}
	Ok((reached, true))
}

/// The items one edge away from `item`, in a stable order.
async fn edges(
	store: &Store,
	(kind, id): Item,
	direction: Direction,
) -> Result<Vec<(Item, &'static str)>> {
	// (history kind, field naming the other item, its kind, edge)
	let records: &[(&str, &str, &'static str, &'static str)] = match (kind, direction) {
		("lot", Direction::Up) => {
			&[("SplitInto", "lot", "lot", "Split"), ("ConsumedInto", "part", "part", "Consumed")]
		},
		("lot", Direction::Down) => &[("SplitFrom", "lot", "lot", "Split")],
		(_, Direction::Up) => &[("TransformedInto", "part", "part", "Transformed")],
		(_, Direction::Down) => &[
			("MaterialConsumed", "lot", "lot", "Consumed"),
			("MadeFrom", "part", "part", "Transformed"),
		],
	};
	let mut out = Vec::new();
	let rows = sqlx::query(
		"SELECT kind, kind_fields FROM history WHERE item_kind = $1 AND item_id = $2 \
		 ORDER BY record_index",
	)
	.bind(kind)
	.bind(id)
	.fetch_all(&store.pool)
	.await?;
	for row in rows {
		let record_kind: String = row.get(0);
		let Some((_, field, other, via)) = records.iter().find(|r| r.0 == record_kind) else {
			continue;
		};
		let fields: Option<String> = row.get(1);
		let other_id = fields
			.and_then(|f| serde_json::from_str::<Json>(&f).ok())
			.and_then(|f| f.get(*field).and_then(Json::as_i64));
		if let Some(other_id) = other_id {
			out.push(((*other, other_id), *via));
		}
	}
	if kind == "part" {
		let query = match direction {
			Direction::Up => "SELECT parent FROM parts WHERE id = $1 AND parent IS NOT NULL",
			Direction::Down => "SELECT id FROM parts WHERE parent = $1 ORDER BY id",
		};
		for row in sqlx::query(query).bind(id).fetch_all(&store.pool).await? {
			out.push((("part", row.get::<i64, _>(0)), "Installed"));
		}
	}
	Ok(out)
}

#[cfg(test)]
mod tests {
	use super::*;

	/// A store in a scratch SQLite file holding `parts` (id, parent) and `history` (item,
	/// kind, fields) rows.
	async fn store_with(
		name: &str,
		parts: &[(i64, Option<i64>)],
		history: &[(Item, &str, &str)],
	) -> Store {
		let path = std::env::temp_dir()
			.join(format!("amchain-trace-{name}-{}.sqlite", std::process::id()));
		let _ = std::fs::remove_file(&path);
		let store = Store::open(&format!("sqlite://{}", path.display())).await.expect("opens");
		for (id, parent) in parts {
			sqlx::query(
				"INSERT INTO parts (id, status, parent, record, updated_block) \
				 VALUES ($1, 'Active', $2, '{}', 0)",
			)
			.bind(id)
			.bind(parent)
			.execute(&store.pool)
			.await
			.expect("a part");
		}
		for (index, ((kind, id), record, fields)) in history.iter().enumerate() {
			sqlx::query(
				"INSERT INTO history (item_kind, item_id, record_index, block_number, kind, \
				 kind_fields, record) VALUES ($1, $2, $3, 1, $4, $5, '{}')",
			)
			.bind(*kind)
			.bind(id)
			.bind(index as i64)
			.bind(*record)
			.bind(*fields)
			.execute(&store.pool)
			.await
			.expect("a record");
		}
		store
	}

	fn ids(reached: &[Reached]) -> Vec<(Item, &'static str, usize)> {
		reached.iter().map(|r| (r.item, r.via, r.path.len())).collect()
	}

	#[tokio::test]
	async fn a_lot_is_followed_through_splits_consumption_transformation_and_assemblies() {
		let store = store_with(
			"walk",
			&[(10, Some(11)), (11, None), (12, None), (13, None)],
			&[
				(("lot", 1), "SplitInto", r#"{"lot":2,"quantity":5}"#),
				(("lot", 2), "SplitFrom", r#"{"lot":1,"quantity":5}"#),
				(("lot", 1), "ConsumedInto", r#"{"part":12,"quantity":1}"#),
				(("lot", 2), "ConsumedInto", r#"{"part":10,"quantity":1}"#),
				(("part", 10), "MaterialConsumed", r#"{"lot":2,"quantity":1}"#),
				(("part", 12), "MaterialConsumed", r#"{"lot":1,"quantity":1}"#),
				(("part", 12), "TransformedInto", r#"{"part":13}"#),
				(("part", 13), "MadeFrom", r#"{"part":12}"#),
				// Records that are no edge.
				(("part", 10), "Inspection", ""),
				(("lot", 1), "Registered", r#"{"certification":null}"#),
			],
		)
		.await;
		let (up, complete) = trace(&store, ("lot", 1), Direction::Up, 100).await.expect("walks");
		assert!(complete);
		assert_eq!(
			ids(&up),
			[
				(("lot", 2), "Split", 1),
				(("part", 12), "Consumed", 1),
				(("part", 10), "Consumed", 2),
				(("part", 13), "Transformed", 2),
				(("part", 11), "Installed", 3),
			]
		);
		assert_eq!(up[4].path, [("lot", 2), ("part", 10), ("part", 11)]);
		// And back down from the top: each item once, by a shortest path.
		let (down, _) = trace(&store, ("part", 11), Direction::Down, 100).await.expect("walks");
		assert_eq!(
			ids(&down),
			[(("part", 10), "Installed", 1), (("lot", 2), "Consumed", 2), (("lot", 1), "Split", 3)]
		);
		// The limit cuts the walk and says so.
		let (cut, complete) = trace(&store, ("lot", 1), Direction::Up, 2).await.expect("walks");
		assert_eq!(cut.len(), 2);
		assert!(!complete);
		let (exact, complete) = trace(&store, ("lot", 1), Direction::Up, 5).await.expect("walks");
		assert_eq!(exact.len(), 5);
		assert!(complete, "five of five is all of them");
	}

	#[tokio::test]
	async fn a_cycle_in_the_store_does_not_loop_the_walk() {
		// Not what the chain records, but a store is input: each item is visited once.
		let store = store_with(
			"cycle",
			&[(1, Some(2)), (2, Some(1))],
			&[(("part", 1), "TransformedInto", r#"{"part":2}"#)],
		)
		.await;
		let (up, complete) = trace(&store, ("part", 1), Direction::Up, 100).await.expect("walks");
		assert!(complete);
		assert_eq!(ids(&up), [(("part", 2), "Transformed", 1)]);
	}
}
