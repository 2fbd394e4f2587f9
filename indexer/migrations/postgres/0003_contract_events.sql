-- amchain-indexer schema, version 3 (postgres): the contracts' events.
--
-- One row per `Contracts.ContractEmitted` event (the same (block, index) as its row in
-- `events`), with the contract's code at the block and the event decoded by the bundle of
-- that code when the indexer was given it (`--contracts DIR`): src/contracts.rs. A row whose
-- code had no bundle keeps `event` and `fields` NULL and is decoded when the indexer next
-- starts with a bundle for its code. A store indexed by an earlier version has no rows here
-- for its earlier blocks: re-index it to have them.
CREATE TABLE contract_events (
	block_number BIGINT NOT NULL REFERENCES blocks (number),
	event_index BIGINT NOT NULL,
	-- The contract's account, 0x-hex.
	contract TEXT NOT NULL,
	-- Its code hash at the block (NULL: no longer a contract at the block's end).
	code_hash TEXT,
	-- The event's topics as a JSON array of 0x-hex (the first: ink!'s signature topic).
	topics TEXT NOT NULL,
	-- The event's data as emitted, 0x-hex.
	data TEXT NOT NULL,
	-- Decoded: the bundle's contract name, the event's name, its fields as JSON.
	contract_name TEXT,
	event TEXT,
	fields TEXT,
	PRIMARY KEY (block_number, event_index)
);
CREATE INDEX contract_events_by_contract ON contract_events (contract, block_number, event_index);
CREATE INDEX contract_events_by_name ON contract_events (contract_name, event, block_number, event_index);
CREATE INDEX contract_events_by_code ON contract_events (code_hash) WHERE event IS NULL;
