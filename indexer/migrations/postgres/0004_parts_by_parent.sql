-- amchain-indexer schema, version 4: parts by the part they are installed in, for
-- `children`, `contents` and `whereUsed` (src/trace.rs), which walk assemblies.
CREATE INDEX parts_by_parent ON parts (parent);
