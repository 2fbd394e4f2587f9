-- amchain-indexer schema, version 5 (postgres): cores, their listings and bids, core deposits,
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
	part BIGINT PRIMARY KEY,
	part_type BIGINT,
	life BIGINT,
	returned_by BIGINT,
	returned_at BIGINT,
	-- The latest grading's grade (A, B, C, Scrap), if graded.
	grade TEXT,
	record TEXT NOT NULL,
	updated_block BIGINT NOT NULL,
	ended_block BIGINT,
	ended_by TEXT
);
CREATE INDEX cores_by_returned_by ON cores (returned_by);

-- pallet-cores' Listings: a core offered on the market.
CREATE TABLE listings (
	part BIGINT PRIMARY KEY,
	seller BIGINT,
	-- Balances as decimal text (they exceed 64 bits).
	reserve TEXT,
	-- The best bid's account (0x-hex) and how many bids are live.
	best TEXT,
	bids BIGINT,
	listed_at BIGINT,
	record TEXT NOT NULL,
	updated_block BIGINT NOT NULL,
	ended_block BIGINT,
	ended_by TEXT
);
CREATE INDEX listings_by_seller ON listings (seller);

-- pallet-cores' Bids: one per (listed part, bidder account).
CREATE TABLE bids (
	part BIGINT NOT NULL,
	account TEXT NOT NULL,
	bidder BIGINT,
	amount TEXT,
	record TEXT,
	updated_block BIGINT NOT NULL,
	ended_block BIGINT,
	-- Cores.BidReleased (outbid, withdrawn, or the listing ended) or Cores.Sold (won).
	ended_by TEXT,
	PRIMARY KEY (part, account)
);
CREATE INDEX bids_by_bidder ON bids (bidder);

-- pallet-cores' Charges: core deposits.
CREATE TABLE core_deposits (
	id BIGINT PRIMARY KEY,
	part BIGINT,
	part_type BIGINT,
	seller BIGINT,
	buyer BIGINT,
	amount TEXT,
	return_by BIGINT,
	delivered_at BIGINT,
	record TEXT NOT NULL,
	updated_block BIGINT NOT NULL,
	ended_block BIGINT,
	ended_by TEXT
);
CREATE INDEX core_deposits_by_buyer ON core_deposits (buyer);
CREATE INDEX core_deposits_by_seller ON core_deposits (seller);

-- pallet-warranties' WarrantyRecords.
CREATE TABLE warranties (
	id BIGINT PRIMARY KEY,
	part BIGINT,
	life BIGINT,
	-- New, Remanufactured or Repair.
	kind TEXT,
	issuer BIGINT,
	issued_at BIGINT,
	expires_at BIGINT,
	voided TEXT,
	open_claim BIGINT,
	record TEXT NOT NULL,
	updated_block BIGINT NOT NULL,
	ended_block BIGINT,
	ended_by TEXT
);
CREATE INDEX warranties_by_part ON warranties (part);
CREATE INDEX warranties_by_issuer ON warranties (issuer);

-- pallet-warranties' Claims.
CREATE TABLE claims (
	id BIGINT PRIMARY KEY,
	warranty BIGINT,
	-- The warranty's issuer, copied here so "open claims across all issuers" is one query.
	issuer BIGINT,
	claimant BIGINT,
	asked TEXT,
	covered TEXT,
	filed_at BIGINT,
	respond_by BIGINT,
	-- Open, Approved, Rejected, Withdrawn, Ruled, Defaulted or Superseded.
	status TEXT,
	record TEXT NOT NULL,
	updated_block BIGINT NOT NULL,
	ended_block BIGINT,
	ended_by TEXT
);
CREATE INDEX claims_by_status ON claims (status, id);
CREATE INDEX claims_by_claimant ON claims (claimant);
CREATE INDEX claims_by_issuer ON claims (issuer);

-- The council's motions (pallet-collective, instance Council), keyed by proposal hash.
CREATE TABLE motions (
	hash TEXT PRIMARY KEY,
	proposal_index BIGINT,
	proposer TEXT,
	threshold BIGINT,
	-- The proposed call as JSON ({"Certifications": {"suspend": {…}}}), while the chain
	-- held it.
	call TEXT,
	-- Members' accounts (JSON arrays of 0x-hex) as last stored, and the voting's end.
	ayes TEXT,
	nays TEXT,
	end_block BIGINT,
	-- Open, Closed, Approved, Disapproved, Executed or Killed.
	status TEXT NOT NULL,
	-- Executed: the call's result as JSON ({"Ok": []} or {"Err": …}).
	result TEXT,
	proposed_block BIGINT,
	updated_block BIGINT NOT NULL
);
CREATE INDEX motions_by_status ON motions (status, proposal_index);

-- pallet-certifications' ValidityIntervals: each certification's spans of validity
-- [from_block, to_block) in order; the last one of an active certification is open (to_block
-- NULL: it runs until the certification expires or its surveillance falls due). What
-- "certified when the part was made" is read from.
CREATE TABLE validity_intervals (
	certification BIGINT NOT NULL,
	idx BIGINT NOT NULL,
	from_block BIGINT NOT NULL,
	to_block BIGINT,
	PRIMARY KEY (certification, idx)
);

-- A store indexed by an earlier version has none of these rows: the next block indexed
-- reads every live record of these tables (then this row goes, in that block's
-- transaction). Records that ended before it are not recovered: re-index for them.
CREATE TABLE reread (id BIGINT PRIMARY KEY CHECK (id = 1));
INSERT INTO reread (id) SELECT 1 FROM cursor;
