-- amchain-indexer schema, version 1 (sqlite). Integers are INTEGER (64-bit signed), JSON is
-- TEXT (the same in both stores). Every row is keyed by the chain's own ids, so every
-- write is an idempotent upsert.

-- Where indexing stands: the last finalized block whose writes are committed. One row,
-- written in the same transaction as that block's rows.
CREATE TABLE cursor (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	block_number INTEGER NOT NULL,
	block_hash TEXT NOT NULL
);

-- Every indexed (finalized) block, contiguous from genesis.
CREATE TABLE blocks (
	number INTEGER PRIMARY KEY,
	hash TEXT NOT NULL UNIQUE,
	parent_hash TEXT NOT NULL,
	-- The runtime's spec_version at this block: the metadata its events were decoded with.
	spec_version INTEGER NOT NULL,
	-- Timestamp::Now (milliseconds since the Unix epoch); NULL at genesis.
	timestamp INTEGER,
	event_count INTEGER NOT NULL
);

-- Every event of every indexed block, decoded from that block's metadata.
CREATE TABLE events (
	block_number INTEGER NOT NULL REFERENCES blocks (number),
	event_index INTEGER NOT NULL,
	-- The extrinsic's index in the block (NULL: block initialisation or finalisation).
	extrinsic_index INTEGER,
	-- ApplyExtrinsic, Initialization or Finalization.
	phase TEXT NOT NULL,
	pallet TEXT NOT NULL,
	variant TEXT NOT NULL,
	-- The event's fields as JSON (see src/json.rs for the shape).
	fields TEXT NOT NULL,
	PRIMARY KEY (block_number, event_index)
);
CREATE INDEX events_by_kind ON events (pallet, variant, block_number, event_index);

-- Records of pallet-certifications and pallet-parts as their storage holds them after the
-- last block that touched them (record: the whole stored value as JSON; the columns
-- beside it are taken from it for filtering).
CREATE TABLE participants (
	id INTEGER PRIMARY KEY,
	name TEXT,
	admin TEXT,
	roles INTEGER,
	status TEXT,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL
);

CREATE TABLE standards (
	id INTEGER PRIMARY KEY,
	code TEXT,
	version INTEGER,
	owner INTEGER,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL
);

CREATE TABLE certifications (
	id INTEGER PRIMARY KEY,
	participant INTEGER,
	standard INTEGER,
	auditor INTEGER,
	-- The stored state: Offered, Active, Suspended or Revoked (expiry is computed from
	-- valid_until and the block, as the chain does).
	state TEXT,
	valid_until INTEGER,
	record TEXT NOT NULL,
	-- ProductionUsage: the current period and the units used in it (JSON), if any.
	usage TEXT,
	updated_block INTEGER NOT NULL
);
CREATE INDEX certifications_by_participant ON certifications (participant);

CREATE TABLE part_types (
	id INTEGER PRIMARY KEY,
	code TEXT,
	manufacturer INTEGER,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL
);

CREATE TABLE parts (
	id INTEGER PRIMARY KEY,
	part_type INTEGER,
	serial TEXT,
	maker INTEGER,
	-- As stored: for an installed part, its holders when it was installed (the effective
	-- ones are those of the top of its assembly, see parent).
	owner INTEGER,
	custodian INTEGER,
	status TEXT,
	parent INTEGER,
	life INTEGER,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL
);
CREATE INDEX parts_by_owner ON parts (owner);
CREATE INDEX parts_by_custodian ON parts (custodian);
CREATE INDEX parts_by_type ON parts (part_type);

CREATE TABLE lots (
	id INTEGER PRIMARY KEY,
	material TEXT,
	producer INTEGER,
	owner INTEGER,
	custodian INTEGER,
	quantity INTEGER,
	remaining INTEGER,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL
);

-- Every part's and lot's history record (pallet-parts' History), as stored.
CREATE TABLE history (
	-- 'part' or 'lot'
	item_kind TEXT NOT NULL,
	item_id INTEGER NOT NULL,
	record_index INTEGER NOT NULL,
	block_number INTEGER NOT NULL,
	extrinsic_index INTEGER,
	-- The block's time (ms) and the reporter's own UTC time (µs), as recorded.
	time INTEGER,
	reported_at INTEGER,
	actor TEXT,
	participant INTEGER,
	-- The record kind's name (Registered, Accepted, InstalledIn, …) and its fields (JSON).
	kind TEXT NOT NULL,
	kind_fields TEXT,
	data TEXT,
	record TEXT NOT NULL,
	PRIMARY KEY (item_kind, item_id, record_index)
);
CREATE INDEX history_by_participant ON history (participant);
