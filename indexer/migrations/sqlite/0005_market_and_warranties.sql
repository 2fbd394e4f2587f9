-- amchain-indexer schema, version 5 (sqlite): cores, their listings and bids, core deposits,
-- warranties and claims, council motions, and certifications' validity intervals, each as its pallet's storage holds it after
-- the last block that touched it (record: the whole stored value as JSON; the columns
-- beside it are taken from it for filtering).
--
-- A record its pallet removes (a core that started a new life, an ended listing, a
-- settled deposit, a released bid, a closed motion) keeps its last row, with the block
-- that removed it (ended_block) and the event that did (ended_by: `Cores.Sold`, …);
-- a record made again under the same key (the part listed again) takes the row over.

-- pallet-cores' CoreRecords: a part returned as a core, until an outcome starts its next
-- life or ends it.
CREATE TABLE cores (
	part INTEGER PRIMARY KEY,
	part_type INTEGER,
	life INTEGER,
	returned_by INTEGER,
	returned_at INTEGER,
	-- The latest grading's grade (A, B, C, Scrap), if graded.
	grade TEXT,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL,
	ended_block INTEGER,
	ended_by TEXT
);
CREATE INDEX cores_by_returned_by ON cores (returned_by);

-- pallet-cores' Listings: a core offered on the market.
CREATE TABLE listings (
	part INTEGER PRIMARY KEY,
	seller INTEGER,
	-- Balances as decimal text (they exceed 64 bits).
	reserve TEXT,
	-- The best bid's account (0x-hex) and how many bids are live.
	best TEXT,
	bids INTEGER,
	listed_at INTEGER,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL,
	ended_block INTEGER,
	ended_by TEXT
);
CREATE INDEX listings_by_seller ON listings (seller);

-- pallet-cores' Bids: one per (listed part, bidder account).
CREATE TABLE bids (
	part INTEGER NOT NULL,
	account TEXT NOT NULL,
	bidder INTEGER,
	amount TEXT,
	record TEXT,
	updated_block INTEGER NOT NULL,
	ended_block INTEGER,
	-- Cores.BidReleased (outbid, withdrawn, or the listing ended) or Cores.Sold (won).
	ended_by TEXT,
	PRIMARY KEY (part, account)
);
CREATE INDEX bids_by_bidder ON bids (bidder);

-- pallet-cores' Charges: core deposits.
CREATE TABLE core_deposits (
	id INTEGER PRIMARY KEY,
	part INTEGER,
	part_type INTEGER,
	seller INTEGER,
	buyer INTEGER,
	amount TEXT,
	return_by INTEGER,
	delivered_at INTEGER,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL,
	ended_block INTEGER,
	ended_by TEXT
);
CREATE INDEX core_deposits_by_buyer ON core_deposits (buyer);
CREATE INDEX core_deposits_by_seller ON core_deposits (seller);

-- pallet-warranties' WarrantyRecords.
CREATE TABLE warranties (
	id INTEGER PRIMARY KEY,
	part INTEGER,
	life INTEGER,
	-- New, Remanufactured or Repair.
	kind TEXT,
	issuer INTEGER,
	issued_at INTEGER,
	expires_at INTEGER,
	voided TEXT,
	open_claim INTEGER,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL,
	ended_block INTEGER,
	ended_by TEXT
);
CREATE INDEX warranties_by_part ON warranties (part);
CREATE INDEX warranties_by_issuer ON warranties (issuer);

-- pallet-warranties' Claims.
CREATE TABLE claims (
	id INTEGER PRIMARY KEY,
	warranty INTEGER,
	-- The warranty's issuer, copied here so "open claims across all issuers" is one query.
	issuer INTEGER,
	claimant INTEGER,
	asked TEXT,
	covered TEXT,
	filed_at INTEGER,
	respond_by INTEGER,
	-- Open, Approved, Rejected, Withdrawn, Ruled, Defaulted or Superseded.
	status TEXT,
	record TEXT NOT NULL,
	updated_block INTEGER NOT NULL,
	ended_block INTEGER,
	ended_by TEXT
);
CREATE INDEX claims_by_status ON claims (status, id);
CREATE INDEX claims_by_claimant ON claims (claimant);
CREATE INDEX claims_by_issuer ON claims (issuer);

-- The council's motions (pallet-collective, instance Council), keyed by proposal hash.
CREATE TABLE motions (
	hash TEXT PRIMARY KEY,
	proposal_index INTEGER,
	proposer TEXT,
	threshold INTEGER,
	-- The proposed call as JSON ({"Certifications": {"suspend": {…}}}), while the chain
	-- held it.
	call TEXT,
	-- Members' accounts (JSON arrays of 0x-hex) as last stored, and the voting's end.
	ayes TEXT,
	nays TEXT,
	end_block INTEGER,
	-- Open, Closed, Approved, Disapproved, Executed or Killed.
	status TEXT NOT NULL,
	-- Executed: the call's result as JSON ({"Ok": []} or {"Err": …}).
	result TEXT,
	proposed_block INTEGER,
	updated_block INTEGER NOT NULL
);
CREATE INDEX motions_by_status ON motions (status, proposal_index);

-- pallet-certifications' ValidityIntervals: each certification's spans of validity
-- [from_block, to_block) in order; the last one of an active certification is open (to_block
-- NULL: it runs until the certification expires or its surveillance falls due). What
-- "certified when the part was made" is read from.
CREATE TABLE validity_intervals (
	certification INTEGER NOT NULL,
	idx INTEGER NOT NULL,
	from_block INTEGER NOT NULL,
	to_block INTEGER,
	PRIMARY KEY (certification, idx)
);

-- A store indexed by an earlier version has none of these rows: the next block indexed
-- reads every live record of these tables (then this row goes, in that block's
-- transaction). Records that ended before it are not recovered: re-index for them.
CREATE TABLE reread (id INTEGER PRIMARY KEY CHECK (id = 1));
INSERT INTO reread (id) SELECT 1 FROM cursor;
