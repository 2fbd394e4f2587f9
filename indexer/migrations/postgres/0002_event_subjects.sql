-- amchain-indexer schema, version 2 (postgres): what each event is about.
--
-- The participants, part types, parts and lots an event names, found by the types of its
-- fields in the runtime metadata of its block (`ParticipantId`, `PartTypeId`, `PartId`,
-- `LotId`, and parts and lots inside an `Item`), plus the part type of every part it names.
-- Filters `events(participant: …)` in GraphQL and the live stream (`GET /events/stream`).
-- Written in the block's transaction with its events. A store indexed by version 1 has no
-- rows here for its earlier blocks: re-index it (delete the file or database; the indexer
-- catches up from genesis).
CREATE TABLE event_subjects (
	block_number BIGINT NOT NULL REFERENCES blocks (number),
	event_index BIGINT NOT NULL,
	-- participant, part_type, part or lot.
	kind TEXT NOT NULL,
	id BIGINT NOT NULL,
	PRIMARY KEY (kind, id, block_number, event_index)
);
