// The indexer's GraphQL API (docs/indexer.md) over fetch.
import type { HistoryRow, PartRow } from './shape';
import type { MotionRecord } from './consortium';

export class IndexerError extends Error {}

let endpoint = '/graphql';
export function setIndexerEndpoint(url: string) {
  endpoint = url;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new IndexerError(`the indexer at ${endpoint} does not answer (${(e as Error).message})`);
  }
  if (!res.ok) throw new IndexerError(`the indexer answered HTTP ${res.status}`);
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new IndexerError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new IndexerError('the indexer answered no data');
  return body.data;
}

interface Conn<T> {
  edges: { node: T }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}
const nodes = <T>(c: Conn<T> | null | undefined): T[] => (c ? c.edges.map((e) => e.node) : []);

export const PART_FIELDS = 'id partType serial maker owner custodian status parent life updatedBlock';
const HISTORY_FIELDS = 'index block extrinsic time reportedAt actor participant kind kindFields data';

export interface IndexerStatus {
  lastBlock: number | null;
  lastBlockTime: number | null;
  nodeFinalized: number | null;
  specVersion: number | null;
  events: number;
}

export async function indexerStatus(): Promise<IndexerStatus> {
  const d = await gql<{ indexerStatus: IndexerStatus }>(
    '{ indexerStatus { lastBlock lastBlockTime nodeFinalized specVersion events } }',
  );
  return d.indexerStatus;
}

export interface Participant {
  id: number;
  name: string | null;
  admin: string | null;
  roles: number | null;
  status: string | null;
}

export async function participants(): Promise<Participant[]> {
  const all: Participant[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const d: { participants: Conn<Participant> } = await gql(
      'query($after: String) { participants(first: 100, after: $after) { edges { node { id name admin roles status } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    all.push(...nodes(d.participants));
    if (!d.participants.pageInfo?.hasNextPage) break;
    after = d.participants.pageInfo.endCursor;
  }
  return all;
}

export interface PartType {
  id: number;
  code: string | null;
  manufacturer: number | null;
}

export interface PassportData {
  part: PartRow & { record: Record<string, unknown> | null };
  partType: PartType | null;
  history: HistoryRow[];
  /** The batch recall that holds the part itself, if one does (the indexer's passport). */
  batch: BatchRecall | null;
}

export interface BatchRecall {
  partType: number;
  certification: number;
  reason: string | null;
  sinceBlock: number;
}

/** A part, its type and its whole history (paged through). */
export async function passport(id: number): Promise<PassportData | null> {
  const d = await gql<{
    part: (PartRow & { record: Record<string, unknown> | null; history: Conn<HistoryRow> }) | null;
    passport: { recall: { batch: BatchRecall | null } } | null;
  }>(
    `query($id: Int!) { part(id: $id) { ${PART_FIELDS} record history(first: 100) { edges { node { ${HISTORY_FIELDS} } } pageInfo { hasNextPage endCursor } } }
      passport(part: $id) { recall { batch { partType certification reason sinceBlock } } } }`,
    { id },
  );
  if (!d.part) return null;
  const history = nodes(d.part.history);
  let page = d.part.history.pageInfo;
  while (page?.hasNextPage) {
    const more: { part: { history: Conn<HistoryRow> } } = await gql(
      `query($id: Int!, $after: String) { part(id: $id) { history(first: 100, after: $after) { edges { node { ${HISTORY_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
      { id, after: page.endCursor },
    );
    history.push(...nodes(more.part.history));
    page = more.part.history.pageInfo;
  }
  const partType = d.part.partType === null ? null : await getPartType(d.part.partType);
  const { history: _h, ...part } = d.part;
  void _h;
  return { part, partType, history, batch: d.passport?.recall.batch ?? null };
}

export async function getPartType(id: number): Promise<PartType | null> {
  const d = await gql<{ partType: PartType | null }>('query($id: Int!) { partType(id: $id) { id code manufacturer } }', { id });
  return d.partType;
}

/** Parts by id, `ids.length` lookups in one request (aliases). */
export async function partsById(ids: number[]): Promise<PartRow[]> {
  const out: PartRow[] = [];
  for (let i = 0; i < ids.length; i += 40) {
    const chunk = ids.slice(i, i + 40);
    const q = `{ ${chunk.map((id) => `p${id}: part(id: ${Math.trunc(id)}) { ${PART_FIELDS} }`).join(' ')} }`;
    const d = await gql<Record<string, PartRow | null>>(q);
    for (const id of chunk) {
      const p = d[`p${id}`];
      if (p) out.push(p);
    }
  }
  return out;
}

/** The parts installed in each of `ids` (one level). */
export async function childrenOf(ids: number[]): Promise<PartRow[]> {
  const out: PartRow[] = [];
  for (let i = 0; i < ids.length; i += 8) {
    const chunk = ids.slice(i, i + 8);
    const q = `{ ${chunk
      .map((id) => `p${id}: part(id: ${Math.trunc(id)}) { children(first: 50) { edges { node { ${PART_FIELDS} } } } }`)
      .join(' ')} }`;
    const d = await gql<Record<string, { children: Conn<PartRow> } | null>>(q);
    for (const id of chunk) out.push(...nodes(d[`p${id}`]?.children));
  }
  return out;
}

/** Every part below `id`, level by level (an assembly is at most 8 deep on chain). */
export async function descendants(id: number, maxDepth = 10): Promise<PartRow[]> {
  const out: PartRow[] = [];
  let level = [id];
  const seen = new Set([id]);
  for (let depth = 0; depth < maxDepth && level.length; depth++) {
    const kids = (await childrenOf(level)).filter((k) => !seen.has(k.id));
    kids.forEach((k) => seen.add(k.id));
    out.push(...kids);
    level = kids.map((k) => k.id);
  }
  return out;
}

/** The parts above `part` (its parent, the parent's parent …), nearest first. */
export async function ancestors(part: PartRow, maxDepth = 10): Promise<PartRow[]> {
  const out: PartRow[] = [];
  let parent = part.parent;
  const seen = new Set([part.id]);
  while (parent !== null && out.length < maxDepth && !seen.has(parent)) {
    seen.add(parent);
    const [p] = await partsById([parent]);
    if (!p) break;
    out.push(p);
    parent = p.parent;
  }
  return out;
}

export async function listParts(filter: { owner?: number; custodian?: number } = {}, first = 100): Promise<PartRow[]> {
  const d = await gql<{ parts: Conn<PartRow> }>(
    `query($owner: Int, $custodian: Int, $first: Int) { parts(owner: $owner, custodian: $custodian, first: $first) { edges { node { ${PART_FIELDS} } } } }`,
    { ...filter, first },
  );
  return nodes(d.parts);
}

/** Every part of a type (paged through), with its stored record. */
export async function partsOfType(partType: number, maxPages = 20): Promise<(PartRow & { record: Record<string, unknown> | null })[]> {
  const out: (PartRow & { record: Record<string, unknown> | null })[] = [];
  let after: string | null = null;
  for (let i = 0; i < maxPages; i++) {
    const d: { parts: Conn<PartRow & { record: Record<string, unknown> | null }> } = await gql(
      `query($t: Int, $after: String) { parts(partType: $t, first: 100, after: $after) { edges { node { ${PART_FIELDS} record } } pageInfo { hasNextPage endCursor } } }`,
      { t: partType, after },
    );
    out.push(...nodes(d.parts));
    if (!d.parts.pageInfo?.hasNextPage) break;
    after = d.parts.pageInfo.endCursor;
  }
  return out;
}

export interface Lot {
  id: number;
  material: string | null;
  producer: number | null;
  owner: number | null;
  custodian: number | null;
  quantity: number | null;
  remaining: number | null;
  /** The stored record as the indexer decoded it (`unit`, `certification`, `registered_at` …). */
  record: Record<string, unknown> | null;
  history: HistoryRow[];
}

/** A lot and its whole history (paged through). */
export async function lot(id: number): Promise<Lot | null> {
  const d = await gql<{ lot: (Omit<Lot, 'history'> & { history: Conn<HistoryRow> }) | null }>(
    `query($id: Int!) { lot(id: $id) { id material producer owner custodian quantity remaining record history(first: 100) { edges { node { ${HISTORY_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
    { id },
  );
  if (!d.lot) return null;
  const history = nodes(d.lot.history);
  let page = d.lot.history.pageInfo;
  while (page?.hasNextPage) {
    const more: { lot: { history: Conn<HistoryRow> } } = await gql(
      `query($id: Int!, $after: String) { lot(id: $id) { history(first: 100, after: $after) { edges { node { ${HISTORY_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
      { id, after: page.endCursor },
    );
    history.push(...nodes(more.lot.history));
    page = more.lot.history.pageInfo;
  }
  return { ...d.lot, history };
}

export interface Certification {
  id: number;
  participant: number | null;
  standard: number | null;
  auditor: number | null;
  state: string | null;
  validUntil: number | null;
  usage: { period?: unknown; used?: unknown } | null;
  record: Record<string, unknown> | null;
  updatedBlock: number;
}

export async function certifications(participant?: number): Promise<Certification[]> {
  const d = await gql<{ certifications: Conn<Certification> }>(
    'query($p: Int) { certifications(participant: $p, first: 100) { edges { node { id participant standard auditor state validUntil usage record updatedBlock } } } }',
    { p: participant ?? null },
  );
  return nodes(d.certifications);
}

export interface EventRow {
  block: number;
  index: number;
  pallet: string;
  variant: string;
  fields: Record<string, unknown> | null;
}

/**
 * A pallet's events of one variant from block `fromBlock` on (about `participant`, if
 * given), oldest first, at most
 * `maxPages` pages of 100: `complete` says whether that was all of them.
 */
export async function eventsOf(
  filter: { pallet: string; variant: string; fromBlock?: number; participant?: number },
  maxPages = 10,
): Promise<{ events: EventRow[]; complete: boolean }> {
  const events: EventRow[] = [];
  let after: string | null = null;
  for (let page = 0; page < maxPages; page++) {
    const d: { events: Conn<EventRow> } = await gql(
      'query($p: String, $v: String, $from: Int, $who: Int, $after: String) { events(pallet: $p, variant: $v, fromBlock: $from, participant: $who, first: 100, after: $after) { edges { node { block index pallet variant fields } } pageInfo { hasNextPage endCursor } } }',
      { p: filter.pallet, v: filter.variant, from: filter.fromBlock ?? null, who: filter.participant ?? null, after },
    );
    events.push(...nodes(d.events));
    if (!d.events.pageInfo?.hasNextPage) return { events, complete: true };
    after = d.events.pageInfo.endCursor;
  }
  return { events, complete: false };
}

/** The council's motions the indexer holds (every status), up to `max` of them by proposal index. */
export async function motionRecords(max = 500): Promise<{ list: MotionRecord[]; complete: boolean }> {
  const out: MotionRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const d: { motions: Conn<MotionRecord> } = await gql(
      `query($after: String) { motions(first: 100, after: $after) { edges { node { hash proposalIndex proposer threshold call ayes nays endBlock status result proposedBlock updatedBlock } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    out.push(...nodes(d.motions));
    if (!d.motions.pageInfo?.hasNextPage || !d.motions.pageInfo.endCursor) return { list: out, complete: true };
    if (out.length >= max) return { list: out, complete: false };
    after = d.motions.pageInfo.endCursor;
  }
}
