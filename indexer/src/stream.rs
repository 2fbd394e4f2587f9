//! The live stream: `GET /events/stream`, server-sent events of decoded events, delivered
//! once their block is finalized and indexed, filtered like GraphQL's `events`, and
//! resumable from a cursor. An ERP or a line controller reacts to what happens on the
//! chain without polling; docs/indexer.md has an example consumer.
//!
//! Each message is one event: `id: <block>:<index>` (the cursor), `event: <Pallet>.<Variant>`
//! and `data:` the event as JSON (the shape of GraphQL's `Event`). A client that reconnects
//! sends the last id it saw as `Last-Event-ID` (browsers' `EventSource` does it by itself)
//! or as `?after=`, and gets every later event exactly once. Without either, the stream
//! starts after the last block indexed when it opened.
//!
//! Query parameters, each optional: `pallet`, `variant`, `participant`, `part_type`,
//! `part`, `lot`, `certification` (ids), `after` (a cursor `block:index`, or `genesis`). A bad parameter is
//! answered `400 Bad Request` with the reason in the body.

use std::{
	collections::{HashMap, VecDeque},
	convert::Infallible,
	time::Duration,
};

use axum::{
	extract::{Query, State},
	http::{HeaderMap, StatusCode},
	response::{
		sse::{Event as SseEvent, KeepAlive, Sse},
		IntoResponse, Response,
	},
};
use futures::stream::{self, Stream};
use serde_json::{json, Value as Json};
use sqlx::{any::AnyRow, Row};

use crate::store::{opt_int, EventFilter, Store};

/// How many events one read of the store delivers at most.
const BATCH: i64 = 100;
/// How long the stream waits for a new block when it has delivered everything.
const IDLE: Duration = Duration::from_millis(500);

/// `GET /events/stream?…`.
pub async fn events(
	State(store): State<Store>,
	Query(params): Query<HashMap<String, String>>,
	headers: HeaderMap,
) -> Response {
	let (filter, after) = match parse(&params, &headers) {
		Ok(parsed) => parsed,
		Err(reason) => return (StatusCode::BAD_REQUEST, reason).into_response(),
	};
	let after = match after {
		Some(cursor) => cursor,
		// Live only: after the last event of the last indexed block.
		None => match store.cursor().await {
			Ok(Some((block, _))) => (block as i64, i64::MAX),
			Ok(None) => (-1, -1),
			Err(e) => return (StatusCode::SERVICE_UNAVAILABLE, e.to_string()).into_response(),
		},
	};
	Sse::new(follow(store, filter, after)).keep_alive(KeepAlive::default()).into_response()
}

/// The events after `after`, then every new one as its block is indexed.
fn follow(
	store: Store,
	filter: EventFilter,
	after: (i64, i64),
) -> impl Stream<Item = Result<SseEvent, Infallible>> {
	/// Where the stream stands: the cursor, messages read but not yet sent, and whether it
	/// has ended (after telling the client of a store error).
	struct State {
		store: Store,
		filter: EventFilter,
		after: (i64, i64),
		pending: VecDeque<SseEvent>,
		ended: bool,
	}
	let start = State { store, filter, after, pending: VecDeque::new(), ended: false };
	stream::unfold(start, |mut state| async move {
		loop {
			if let Some(next) = state.pending.pop_front() {
				return Some((Ok(next), state));
			}
			if state.ended {
				return None;
			}
			match state.store.events_after(&state.filter, state.after, BATCH).await {
				Ok(rows) if !rows.is_empty() => {
					for row in &rows {
						let (message, cursor) = message(row);
						state.pending.push_back(message);
						state.after = cursor;
					}
				},
				Ok(_) => tokio::time::sleep(IDLE).await,
				Err(e) => {
					// The store is gone (shutdown, or a database restart): tell the client,
					// which reconnects with its last id, and end the stream.
					tracing::warn!("event stream: {e}");
					state.pending.push_back(SseEvent::default().event("error").data(e.to_string()));
					state.ended = true;
				},
			}
		}
	})
}

/// One event row as a message, and its cursor.
fn message(row: &AnyRow) -> (SseEvent, (i64, i64)) {
	let block: i64 = row.get("block_number");
	let index: i64 = row.get("event_index");
	let pallet: String = row.get("pallet");
	let variant: String = row.get("variant");
	let fields: String = row.get("fields");
	let data = json!({
		"block": block,
		"index": index,
		"extrinsic": opt_int(row, "extrinsic_index"),
		"phase": row.get::<String, _>("phase"),
		"pallet": pallet,
		"variant": variant,
		"fields": serde_json::from_str::<Json>(&fields).unwrap_or(Json::Null),
	});
	let message = SseEvent::default()
		.id(format!("{block}:{index}"))
		.event(format!("{pallet}.{variant}"))
		.data(data.to_string());
	(message, (block, index))
}

/// The filter and the cursor to start after, from the query and `Last-Event-ID`.
fn parse(
	params: &HashMap<String, String>,
	headers: &HeaderMap,
) -> Result<(EventFilter, Option<(i64, i64)>), String> {
	const KNOWN: [&str; 8] =
		["pallet", "variant", "participant", "part_type", "part", "lot", "certification", "after"];
	if let Some(unknown) = params.keys().find(|k| !KNOWN.contains(&k.as_str())) {
		return Err(format!("unknown parameter {unknown:?}: expected one of {}", KNOWN.join(", ")));
	}
	let id = |name: &str| -> Result<Option<i64>, String> {
		params
			.get(name)
			.map(|v| {
				v.parse::<i64>()
					.ok()
					.filter(|n| *n >= 0)
					.ok_or_else(|| format!("{name} must be a non-negative integer id, not {v:?}"))
			})
			.transpose()
	};
	let filter = EventFilter {
		pallet: params.get("pallet").cloned(),
		variant: params.get("variant").cloned(),
		participant: id("participant")?,
		part_type: id("part_type")?,
		part: id("part")?,
		lot: id("lot")?,
		certification: id("certification")?,
		..Default::default()
	};
	let last_event_id = headers
		.get("last-event-id")
		.map(|v| v.to_str().map_err(|_| "Last-Event-ID is not text".to_string()))
		.transpose()?;
	let after = match last_event_id.or(params.get("after").map(String::as_str)) {
		None => None,
		Some("genesis") => Some((-1, -1)),
		Some(cursor) => Some(parse_cursor(cursor)?),
	};
	Ok((filter, after))
}

/// `block:index` → (block, index).
fn parse_cursor(cursor: &str) -> Result<(i64, i64), String> {
	let bad =
		|| format!("invalid cursor {cursor:?}: expected block:index (an event's id) or genesis");
	let (block, index) = cursor.split_once(':').ok_or_else(bad)?;
	match (block.parse::<i64>(), index.parse::<i64>()) {
		(Ok(b), Ok(i)) if b >= 0 && i >= 0 => Ok((b, i)),
		_ => Err(bad()),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn params(pairs: &[(&str, &str)]) -> HashMap<String, String> {
		pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
	}

	#[test]
	fn a_stream_resumes_from_the_header_before_the_query() {
		let mut headers = HeaderMap::new();
		let (_, after) = parse(&params(&[("after", "3:1")]), &headers).unwrap();
		assert_eq!(after, Some((3, 1)));
		headers.insert("last-event-id", "7:2".parse().unwrap());
		let (_, after) = parse(&params(&[("after", "3:1")]), &headers).unwrap();
		assert_eq!(after, Some((7, 2)), "a reconnecting EventSource's id wins");
		let (_, after) = parse(&params(&[("after", "genesis")]), &HeaderMap::new()).unwrap();
		assert_eq!(after, Some((-1, -1)));
		let (_, after) = parse(&params(&[]), &HeaderMap::new()).unwrap();
		assert_eq!(after, None, "live only");
	}

	#[tokio::test]
	async fn a_stream_whose_store_fails_says_so_once_and_ends() {
		let dir = std::env::temp_dir().join(format!("amchain-stream-{}", std::process::id()));
		std::fs::create_dir_all(&dir).unwrap();
		let store = Store::open(&format!("sqlite://{}", dir.join("s.sqlite").display()))
			.await
			.expect("a store");
		store.pool.close().await;
		let messages = tokio::time::timeout(
			Duration::from_secs(10),
			futures::StreamExt::collect::<Vec<_>>(follow(store, EventFilter::default(), (-1, -1))),
		)
		.await
		.expect("the stream ends after the error");
		assert_eq!(messages.len(), 1, "one error message");
		let _ = std::fs::remove_dir_all(&dir);
	}

	#[test]
	fn bad_parameters_are_refused_with_the_reason() {
		let none = HeaderMap::new();
		let refused = |pairs: &[(&str, &str)]| parse(&params(pairs), &none).unwrap_err();
		assert!(refused(&[("participant", "acme")]).contains("participant must be"));
		assert!(refused(&[("part", "-1")]).contains("part must be"));
		assert!(refused(&[("after", "12")]).contains("invalid cursor"));
		assert!(refused(&[("after", "a:b")]).contains("invalid cursor"));
		assert!(refused(&[("colour", "red")]).contains("unknown parameter"));
		let (filter, _) =
			parse(&params(&[("pallet", "Parts"), ("participant", "6")]), &none).unwrap();
		assert_eq!((filter.pallet.as_deref(), filter.participant), (Some("Parts"), Some(6)));
	}
}
