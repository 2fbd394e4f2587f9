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

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use serde_json::Value as Json;
use sqlx::Row;

use crate::store::{opt_int, Store};

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

/// How many ids one query names at most (an `IN` list).
pub(crate) const CHUNK: usize = 500;

/// Every item reached from `start` in `direction`, nearest first, at most `limit`; and
/// whether that is all of them.
///
/// The walk goes one depth at a time, reading the edges of every item at that depth in a
/// few queries ([`edges_of`]), not a few per item: a trace's cost grows with its depth,
/// not with the number of items it reaches.
pub async fn trace(
	store: &Store,
	start: Item,
	direction: Direction,
	limit: usize,
) -> Result<(Vec<Reached>, bool)> {
	let mut seen: HashSet<Item> = HashSet::from([start]);
	let mut level: Vec<(Item, Vec<Item>)> = vec![(start, Vec::new())];
	let mut reached = Vec::new();
	while !level.is_empty() {
		let items: Vec<Item> = level.iter().map(|(item, _)| *item).collect();
		let mut edges = edges_of(store, &items, direction).await?;
		let mut next_level = Vec::new();
		// In the level's order, each item's edges in their order: the order a queue of
		// single items would visit them in.
		for (item, path) in level {
			for (next, via) in edges.remove(&item).unwrap_or_default() {
				if !seen.insert(next) {
					continue;
				}
				if reached.len() == limit {
					return Ok((reached, false));
				}
				let mut next_path = path.clone();
				next_path.push(next);
				reached.push(Reached { item: next, via, path: next_path.clone() });
				next_level.push((next, next_path));
			}
		}
		level = next_level;
	}
	Ok((reached, true))
}

/// (history kind, field naming the other item, its kind, edge) for items of `kind`.
fn edge_records(
	kind: &str,
	direction: Direction,
) -> &'static [(&'static str, &'static str, &'static str, &'static str)] {
	match (kind, direction) {
		("lot", Direction::Up) => {
			&[("SplitInto", "lot", "lot", "Split"), ("ConsumedInto", "part", "part", "Consumed")]
		},
		("lot", Direction::Down) => &[("SplitFrom", "lot", "lot", "Split")],
		(_, Direction::Up) => &[("TransformedInto", "part", "part", "Transformed")],
		(_, Direction::Down) => &[
			("MaterialConsumed", "lot", "lot", "Consumed"),
			("MadeFrom", "part", "part", "Transformed"),
		],
	}
}

/// `1,2,3`: ids for an `IN` list. They are integers, so writing them into the query is
/// safe, and it spares a bind per id (SQLite and PostgreSQL bound how many a query has).
pub(crate) fn id_list(ids: &[i64]) -> String {
	ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// The items one edge away from each of `items`, each item's in a stable order: its
/// history's edge records oldest first, then (for a part) the assembly edges.
async fn edges_of(
	store: &Store,
	items: &[Item],
	direction: Direction,
) -> Result<HashMap<Item, Vec<(Item, &'static str)>>> {
	let mut out: HashMap<Item, Vec<(Item, &'static str)>> = HashMap::new();
	for kind in ["lot", "part"] {
		let ids: Vec<i64> = items.iter().filter(|(k, _)| *k == kind).map(|(_, id)| *id).collect();
		let records = edge_records(kind, direction);
		let kinds = records.iter().map(|r| format!("'{}'", r.0)).collect::<Vec<_>>().join(",");
		for chunk in ids.chunks(CHUNK) {
			let query = format!(
				"SELECT item_id, kind, kind_fields FROM history WHERE item_kind = '{kind}' \
				 AND item_id IN ({}) AND kind IN ({kinds}) ORDER BY item_id, record_index",
				id_list(chunk)
			);
			for row in sqlx::query(&query).fetch_all(&store.pool).await? {
				let id: i64 = row.get(0);
				let record_kind: String = row.get(1);
				let Some((_, field, other, via)) = records.iter().find(|r| r.0 == record_kind)
				else {
					continue;
				};
				let fields: Option<String> = row.get(2);
				let other_id = fields
					.and_then(|f| serde_json::from_str::<Json>(&f).ok())
					.and_then(|f| f.get(*field).and_then(Json::as_i64));
				if let Some(other_id) = other_id {
					out.entry((kind, id)).or_default().push(((*other, other_id), *via));
				}
			}
		}
		if kind != "part" {
			continue;
		}
		for chunk in ids.chunks(CHUNK) {
			let query = match direction {
				Direction::Up => format!(
					"SELECT id, parent FROM parts WHERE id IN ({}) AND parent IS NOT NULL",
					id_list(chunk)
				),
				Direction::Down => format!(
					"SELECT parent, id FROM parts WHERE parent IN ({}) ORDER BY parent, id",
					id_list(chunk)
				),
			};
			for row in sqlx::query(&query).fetch_all(&store.pool).await? {
				let (from, to): (i64, i64) = (row.get(0), row.get(1));
				out.entry(("part", from)).or_default().push((("part", to), "Installed"));
			}
		}
	}
	Ok(out)
}

/// Where an item is and who holds it now.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Holders {
	/// A part's status as stored; `None` for a lot.
	pub status: Option<String>,
	/// The effective owner and custodian: an installed part's are its assembly top's.
	pub owner: Option<i64>,
	pub custodian: Option<i64>,
	/// For a part, the top of the assembly it is in (itself when it stands alone).
	pub top: Option<i64>,
}

/// The holders of each of `items` the store has (an item it does not have is left out),
/// in a few queries per assembly level, not per item.
pub async fn holders(store: &Store, items: &[Item]) -> Result<HashMap<Item, Holders>> {
	let mut out = HashMap::new();
	let lots: Vec<i64> = items.iter().filter(|(k, _)| *k == "lot").map(|(_, id)| *id).collect();
	for chunk in lots.chunks(CHUNK) {
		let query =
			format!("SELECT id, owner, custodian FROM lots WHERE id IN ({})", id_list(chunk));
		for row in sqlx::query(&query).fetch_all(&store.pool).await? {
			out.insert(
				("lot", row.get::<i64, _>(0)),
				Holders {
					status: None,
					owner: opt_int(&row, "owner"),
					custodian: opt_int(&row, "custodian"),
					top: None,
				},
			);
		}
	}
	// id -> (status, parent, owner, custodian) of every part read so far.
	type PartRow = (Option<String>, Option<i64>, Option<i64>, Option<i64>);
	let mut parts: HashMap<i64, PartRow> = HashMap::new();
	let mut wanted: Vec<i64> =
		items.iter().filter(|(k, _)| *k == "part").map(|(_, id)| *id).collect();
	// Up the assemblies a level per round (a bound against a store holding a cycle).
	for _ in 0..=64 {
		wanted.retain(|id| !parts.contains_key(id));
		wanted.sort_unstable();
		wanted.dedup();
		if wanted.is_empty() {
			break;
		}
		let mut parents = Vec::new();
		for chunk in wanted.chunks(CHUNK) {
			let query = format!(
				"SELECT id, status, parent, owner, custodian FROM parts WHERE id IN ({})",
				id_list(chunk)
			);
			for row in sqlx::query(&query).fetch_all(&store.pool).await? {
				let parent = opt_int(&row, "parent");
				parents.extend(parent);
				parts.insert(
					row.get::<i64, _>(0),
					(
						row.try_get::<Option<String>, _>(1).ok().flatten(),
						parent,
						opt_int(&row, "owner"),
						opt_int(&row, "custodian"),
					),
				);
			}
		}
		wanted = parents;
	}
	for &(kind, id) in items {
		if kind != "part" {
			continue;
		}
		let Some((status, parent, ..)) = parts.get(&id) else { continue };
		let (mut top, mut parent) = (id, *parent);
		for _ in 0..64 {
			let Some(p) = parent else { break };
			top = p;
			parent = parts.get(&p).and_then(|row| row.1);
		}
		let (owner, custodian) = parts.get(&top).map_or((None, None), |row| (row.2, row.3));
		out.insert(
			("part", id),
			Holders { status: status.clone(), owner, custodian, top: Some(top) },
		);
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

	#[tokio::test]
	async fn holders_are_the_tops_and_wide_levels_are_read_in_chunks() {
		// 1 200 parts (more than one chunk) consumed lot 1; each tenth is installed in the
		// next part up, and parts 0..=9 in part 5 000 (owned by 7, in 8's custody).
		let mut parts: Vec<(i64, Option<i64>)> =
			(0..1_200).map(|id| (id, (id % 10 == 9).then_some(id + 1))).collect();
		for (id, parent) in parts.iter_mut().take(10) {
			*parent = Some(5_000);
			let _ = id;
		}
		parts.push((5_000, None));
		let history: Vec<(Item, &str, String)> = (0..1_200)
			.map(|id| (("lot", 1), "ConsumedInto", format!(r#"{{"part":{id},"quantity":1}}"#)))
			.collect();
		let history: Vec<(Item, &str, &str)> =
			history.iter().map(|(item, kind, fields)| (*item, *kind, fields.as_str())).collect();
		let store = store_with("wide", &parts, &history).await;
		sqlx::query("UPDATE parts SET owner = 7, custodian = 8 WHERE id = 5000")
			.execute(&store.pool)
			.await
			.expect("holders");
		sqlx::query("INSERT INTO lots (id, owner, custodian, record, updated_block) VALUES (1, 3, 4, '{}', 0)")
			.execute(&store.pool)
			.await
			.expect("a lot");
		let (up, complete) = trace(&store, ("lot", 1), Direction::Up, 1_000).await.expect("walks");
		assert_eq!((up.len(), complete), (1_000, false));
		assert_eq!(up[999].item, ("part", 999), "the lot's records in their order");
		let (up, complete) = trace(&store, ("lot", 1), Direction::Up, 2_000).await.expect("walks");
		assert!(complete);
		// 1 200 consumers, part 5 000 above parts 0..=9, and part 1 200 above part 1 199 (a
		// part the store does not hold: the edge is the child's record); the other parents
		// are consumers already reached at depth 1.
		assert_eq!(up.len(), 1_202);
		assert_eq!(up[1_201].item, ("part", 1_200));
		assert_eq!(
			up[1_200],
			Reached {
				item: ("part", 5_000),
				via: "Installed",
				path: vec![("part", 0), ("part", 5_000)],
			}
		);
		let items: Vec<Item> =
			vec![("part", 3), ("part", 19), ("part", 5_000), ("lot", 1), ("part", 9_999)];
		let held = holders(&store, &items).await.expect("reads");
		let top = Holders {
			status: Some("Active".into()),
			owner: Some(7),
			custodian: Some(8),
			top: Some(5_000),
		};
		assert_eq!(held[&("part", 3)], top);
		assert_eq!(held[&("part", 5_000)], top);
		assert_eq!(
			held[&("part", 19)],
			Holders { status: Some("Active".into()), owner: None, custodian: None, top: Some(20) }
		);
		assert_eq!(
			held[&("lot", 1)],
			Holders { status: None, owner: Some(3), custodian: Some(4), top: None }
		);
		assert!(!held.contains_key(&("part", 9_999)), "an unknown part is left out");
	}
}
