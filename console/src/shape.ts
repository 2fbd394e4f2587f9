// The indexer's answers shaped for people: timeline entries, assembly trees, recall
// impact. Pure functions over plain data (unit-tested in shape.test.ts).

import { decodeAddress } from '@polkadot/util-crypto';

/**
 * Whether a history record's actor is governance: pallet-parts writes what a council
 * motion does (a recall, a tag consent, their corrections) as the all-zero account, which
 * no one holds the key of. Accepts the account as hex or SS58.
 */
export function isGovernanceActor(actor: string | null | undefined): boolean {
  if (!actor) return false;
  try {
    const bytes = decodeAddress(actor);
    return bytes.length === 32 && bytes.every((b) => b === 0);
  } catch {
    return false;
  }
}

/** A part as the indexer returns it (GraphQL `Part`). */
export interface PartRow {
  id: number;
  partType: number | null;
  serial: string | null;
  maker: number | null;
  owner: number | null;
  custodian: number | null;
  status: string | null;
  parent: number | null;
  life?: number | null;
  updatedBlock?: number;
}

/** One history record (GraphQL `HistoryRecord`). */
export interface HistoryRow {
  index: number;
  block: number;
  extrinsic: number | null;
  time: number | null;
  reportedAt: number | null;
  actor: string | null;
  participant: number | null;
  kind: string;
  kindFields: Record<string, unknown> | null;
  data: string | null;
}

/**
 * A piece of a sentence: text, or a reference rendered as a link to its view. A link
 * names its own noun ("part 3", "lot 1", "record 2", "certification 0"), so the text
 * before it must not ("went into part " + part 3 reads "part part 3").
 */
export type Segment =
  | string
  | { participant: number }
  | { part: number }
  | { lot: number }
  | { certification: number }
  | { record: number };

export interface TimelineEntry {
  index: number;
  kind: string;
  /** A short heading ("Custody handed over"). */
  title: string;
  /** What happened, with links. */
  detail: Segment[];
  /** The organisation that made the record. */
  by: number | null;
  actor: string | null;
  block: number;
  time: number | null;
  reportedAt: number | null;
  /** Broad category, for the timeline's marker. */
  tone: 'origin' | 'handover' | 'assembly' | 'report' | 'recall' | 'life';
}

/**
 * A number from the indexer's JSON: a number, a decimal string (beyond 2^53), or the
 * `{"$serde_json::private::Number": "1"}` wrapper indexers before 2026-11-30 sent for
 * integers in JSON scalars (serde_json's arbitrary_precision leaking through GraphQL).
 */
export function num(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  if (v && typeof v === 'object') {
    const inner = (v as Record<string, unknown>)['$serde_json::private::Number'];
    if (inner !== undefined) return num(inner);
  }
  return null;
}

function handoverWord(v: unknown): string {
  return v === 'Ownership' ? 'Ownership' : v === 'Custody' ? 'Custody' : String(v ?? 'Hand-over');
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function ref(kind: 'participant' | 'part' | 'lot' | 'certification', v: unknown): Segment {
  const n = num(v);
  if (n === null) return kind === 'participant' ? 'organisation ?' : `${kind} ?`;
  switch (kind) {
    case 'participant':
      return { participant: n };
    case 'part':
      return { part: n };
    case 'lot':
      return { lot: n };
    case 'certification':
      return { certification: n };
  }
}

/** The units a lot's quantity is counted in (pallet-parts' `Unit`, as the chain or the indexer spells it). */
const UNITS: Record<string, [string, string]> = {
  pieces: ['piece', 'pieces'],
  grams: ['g', 'g'],
  millilitres: ['ml', 'ml'],
  millimetres: ['mm', 'mm'],
  squaremillimetres: ['mm²', 'mm²'],
};

/**
 * A quantity of a lot's material in words: `quantityWords(300, 'Grams')` → "300 g",
 * `quantityWords(1, 'pieces')` → "1 piece", with `locale` grouped as its readers write
 * it ("1,000 g"); "units" when the unit is not known (a part's passport does not read the
 * lot's unit).
 */
export function quantityWords(quantity: unknown, unit?: string | null, locale?: string): string {
  const n = num(quantity);
  const q = n === null ? '?' : locale ? new Intl.NumberFormat(locale).format(n) : String(n);
  const words = unit ? UNITS[unit.toLowerCase()] : undefined;
  if (!words) return `${q} unit${n === 1 ? '' : 's'}${unit ? ` (${unit})` : ''}`;
  return `${q} ${n === 1 ? words[0] : words[1]}`;
}

/** What a timeline knows beyond the records: the unit of a lot's quantities. */
export interface TimelineContext {
  /** The lot's unit (its quantities are counted in it), on a lot's page. */
  unit?: string | null;
  /** The reader's locale, for quantities. */
  locale?: string;
}

/** A status as people say it: `ReturnedAsCore` → "returned as core". */
export function statusWords(status: string | null | undefined): string {
  if (!status) return 'unknown';
  return status.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The recalled item a cascade's `Held`/`Unheld` record names: `{lot: n}` or `{part: n}`
 * from the node, `{Lot: n}` or `{Part: n}` from the indexer. */
export function causeOf(cause: unknown): ['lot' | 'part', unknown] {
  const c = (cause ?? {}) as Record<string, unknown>;
  if ('lot' in c || 'Lot' in c) return ['lot', c.lot ?? c.Lot];
  return ['part', c.part ?? c.Part];
}

/** One history record as a timeline entry. */
export function describeRecord(r: HistoryRow, context: TimelineContext = {}): TimelineEntry {
  const f = r.kindFields ?? {};
  let title = statusWords(r.kind);
  title = title.charAt(0).toUpperCase() + title.slice(1);
  let detail: Segment[] = [];
  let tone: TimelineEntry['tone'] = 'report';
  switch (r.kind) {
    case 'Registered':
      title = 'Registered';
      tone = 'origin';
      detail = num(f.certification) !== null
        ? ['Registered by ', ref('participant', r.participant), ' under ', ref('certification', f.certification)]
        : ['Registered by ', ref('participant', r.participant)];
      break;
    case 'Offered':
      title = `${handoverWord(f.handover)} offered`;
      tone = 'handover';
      detail = [ref('participant', r.participant), ` offered ${lower(handoverWord(f.handover))} to `, ref('participant', f.to)];
      break;
    case 'Accepted':
      title = `${handoverWord(f.handover)} handed over`;
      tone = 'handover';
      detail = [ref('participant', r.participant), ` accepted ${lower(handoverWord(f.handover))} from `, ref('participant', f.from)];
      break;
    case 'Rejected':
      title = `${handoverWord(f.handover)} offer rejected`;
      tone = 'handover';
      detail = [ref('participant', f.by ?? r.participant), ` rejected the ${lower(handoverWord(f.handover))} offer`];
      break;
    case 'OfferCancelled':
      title = `${handoverWord(f.handover)} offer withdrawn`;
      tone = 'handover';
      detail = [ref('participant', r.participant), ` withdrew the ${lower(handoverWord(f.handover))} offer`];
      break;
    case 'Transferred':
      title = `${handoverWord(f.handover)} transferred`;
      tone = 'handover';
      detail = [`${handoverWord(f.handover)} passed to `, ref('participant', f.to), ' in a settlement recorded by ', ref('participant', r.participant)];
      break;
    case 'Activated':
      tone = 'life';
      detail = ['Activated at purchase by ', ref('participant', r.participant)];
      break;
    case 'InstalledIn':
      title = 'Installed';
      tone = 'assembly';
      detail = ['Installed in ', ref('part', f.parent), ' by ', ref('participant', r.participant)];
      break;
    case 'RemovedFrom':
      title = 'Removed';
      tone = 'assembly';
      detail = ['Removed from ', ref('part', f.parent), ' by ', ref('participant', r.participant)];
      break;
    case 'ChildInstalled':
      title = 'Part installed in it';
      tone = 'assembly';
      detail = [ref('part', f.child), ' installed by ', ref('participant', r.participant)];
      break;
    case 'ChildRemoved':
      title = 'Part removed from it';
      tone = 'assembly';
      detail = [ref('part', f.child), ' removed by ', ref('participant', r.participant)];
      break;
    case 'MaterialConsumed':
      title = 'Material consumed';
      tone = 'assembly';
      detail = [`${quantityWords(f.quantity, context.unit, context.locale)} of `, ref('lot', f.lot), ' went into it'];
      break;
    case 'ConsumedInto':
      title = 'Consumed into a part';
      tone = 'assembly';
      detail = [`${quantityWords(f.quantity, context.unit, context.locale)} went into `, ref('part', f.part), ', recorded by ', ref('participant', r.participant)];
      break;
    case 'SplitInto':
      title = 'Split';
      tone = 'assembly';
      detail = [`${quantityWords(f.quantity, context.unit, context.locale)} split off into `, ref('lot', f.lot), ' by ', ref('participant', r.participant)];
      break;
    case 'SplitFrom':
      title = 'Split from another lot';
      tone = 'origin';
      detail = ['Split off ', ref('lot', f.lot), `: ${quantityWords(f.quantity, context.unit, context.locale)} of its material, by `, ref('participant', r.participant)];
      break;
    case 'TransformedInto':
      title = 'Transformed';
      tone = 'life';
      detail = ['Transformed into ', ref('part', f.part)];
      break;
    case 'MadeFrom':
      title = 'Made from another part';
      tone = 'origin';
      detail = ['Made from ', ref('part', f.part)];
      break;
    case 'Inspection':
    case 'Measurement':
    case 'Service':
    case 'Scanned':
      detail = [`${title} reported by `, ref('participant', r.participant)];
      break;
    case 'Quarantined':
      title = 'Quarantined by a recall';
      tone = 'recall';
      detail = ['Quarantined by ', ref('participant', r.participant)];
      break;
    case 'Released':
      title = 'Released from quarantine';
      tone = 'recall';
      detail = ['Released by ', ref('participant', r.participant)];
      break;
    case 'Held': {
      // A recall cascade reached the part: made from the recalled lot or part.
      const [kind, id] = causeOf(f.cause);
      title = 'Held by a recall of what it was made from';
      tone = 'recall';
      detail = ['Held by the recall of ', ref(kind, id), ' (', ref('participant', r.participant), ')'];
      break;
    }
    case 'Unheld': {
      const [kind, id] = causeOf(f.cause);
      title = 'Released with the recall of what it was made from';
      tone = 'recall';
      detail = ['The recall of ', ref(kind, id), ' was released'];
      break;
    }
    case 'StatusChanged':
      title = 'Status changed';
      tone = 'life';
      detail = [`From ${statusWords(String(f.from ?? ''))} to ${statusWords(String(f.to ?? ''))}`];
      break;
    case 'Correction':
      detail = ['Corrects ', { record: num(f.of) ?? -1 }, ' (', ref('participant', r.participant), ')'];
      break;
    case 'WarrantyVoided':
      title = 'Warranty voided';
      tone = 'life';
      detail = [`Warranty #${f.warranty ?? '?'} voided by service from an unauthorised provider`];
      break;
    default:
      detail = [`${title} (`, ref('participant', r.participant), ')'];
  }
  return {
    index: r.index,
    kind: r.kind,
    title,
    detail,
    by: r.participant,
    actor: r.actor,
    block: r.block,
    time: r.time,
    reportedAt: r.reportedAt,
    tone,
  };
}

/** One record of `amchain_history`'s answer (the node's JSON: camelCase kinds and variants). */
export interface NodeHistoryEntry {
  index: number;
  block: number;
  extrinsic: number | null;
  time: number | null;
  reportedAt: number | null;
  actor: string | null;
  participant: number | null;
  /** A unit kind's name (`"inspection"`), or `{ name: fields }` (`{ "splitInto": { "lot": 1, "quantity": 5 } }`). */
  kind: string | Record<string, Record<string, unknown> | null>;
  data: string | null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A record as the node answers it (`amchain_history`) in the indexer's shape, so one
 * timeline reads both: kinds and enum variants in fields are spelt as the indexer spells
 * them (`splitInto` → `SplitInto`, `custody` → `Custody`, `returnedAsCore` → `ReturnedAsCore`).
 */
export function fromNodeHistory(e: NodeHistoryEntry): HistoryRow {
  let kind: string;
  let kindFields: Record<string, unknown> | null = null;
  if (typeof e.kind === 'string') kind = capital(e.kind);
  else {
    const [name, fields] = Object.entries(e.kind ?? {})[0] ?? ['unknown', null];
    kind = capital(name);
    if (fields && typeof fields === 'object') {
      kindFields = Object.fromEntries(
        Object.entries(fields).map(([k, v]) => [k, typeof v === 'string' && /^[a-z][A-Za-z]*$/.test(v) ? capital(v) : v]),
      );
    }
  }
  return {
    index: e.index,
    block: e.block,
    extrinsic: e.extrinsic,
    time: e.time,
    reportedAt: e.reportedAt,
    actor: e.actor,
    participant: e.participant,
    kind,
    kindFields,
    data: e.data,
  };
}

/** Every record, oldest first. */
export function timeline(records: HistoryRow[], context: TimelineContext = {}): TimelineEntry[] {
  const byIndex = new Map(records.map((r) => [r.index, r]));
  return [...records]
    .sort((a, b) => a.index - b.index)
    .map((r) => {
      const entry = describeRecord(r, context);
      // Before spec 105 a maker could append a "correction" to a record governance made
      // (a recall by a council motion, which names the maker). Only governance corrects
      // those now; an older one by anyone else is a dispute, not a correction.
      if (r.kind === 'Correction') {
        const of = byIndex.get(num(r.kindFields?.of) ?? -1);
        if (of && isGovernanceActor(of.actor) && !isGovernanceActor(r.actor)) {
          entry.title = 'Disputed';
          entry.detail = [
            'Disputes ',
            { record: of.index },
            ', made by governance (',
            { participant: r.participant ?? -1 },
            "'s statement; it does not correct it: only governance corrects governance's records)",
          ];
        }
      }
      return entry;
    });
}

/** A node of an assembly tree. */
export interface TreeNode {
  part: PartRow;
  children: TreeNode[];
}

/**
 * The assembly below `rootId` from a flat list of parts (each with its `parent`): the root
 * and, under each part, the parts installed in it, by id. Cycles (which the chain forbids)
 * and parts not under the root are ignored.
 */
export function assemblyTree(rootId: number, parts: PartRow[]): TreeNode | null {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const root = byId.get(rootId);
  if (!root) return null;
  const children = new Map<number, PartRow[]>();
  for (const p of parts) {
    if (p.parent === null || p.parent === undefined || p.id === rootId) continue;
    const list = children.get(p.parent) ?? [];
    list.push(p);
    children.set(p.parent, list);
  }
  const seen = new Set<number>();
  const build = (p: PartRow): TreeNode => {
    seen.add(p.id);
    const kids = (children.get(p.id) ?? []).filter((c) => !seen.has(c.id)).sort((a, b) => a.id - b.id);
    return { part: p, children: kids.map(build) };
  };
  return build(root);
}

export function treeSize(node: TreeNode | null): number {
  return node ? 1 + node.children.reduce((n, c) => n + treeSize(c), 0) : 0;
}

/** Why a part is in a recall's impact set. */
export type ImpactRelation = 'recalled' | 'assembly above' | 'installed below' | 'made from the lot' | 'same assembly';

export interface ImpactRow {
  part: PartRow;
  relation: ImpactRelation;
  /** Part ids from the top of its assembly down to the part. */
  path: number[];
}

/**
 * The impact set of recalling parts: each recalled part, the assemblies above it (they
 * cannot change hands while it is quarantined) and the parts installed below it (they
 * move with it), each with its path from the top of its assembly.
 *
 * The other parts of the same assemblies are listed too: an assembly moves as one.
 *
 * `recalled`: the parts the recall names directly (one part, or the parts that consumed a
 * lot's material); `parts`: every part known around them (the assemblies they are in).
 */
export function impactSet(recalled: number[], parts: PartRow[], viaLot = false): ImpactRow[] {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const pathOf = (id: number): number[] => {
    const path: number[] = [];
    const seen = new Set<number>();
    let cur: number | null = id;
    while (cur !== null && !seen.has(cur)) {
      seen.add(cur);
      path.unshift(cur);
      cur = byId.get(cur)?.parent ?? null;
    }
    return path;
  };
  const rows = new Map<number, ImpactRow>();
  const rank: Record<ImpactRelation, number> = {
    recalled: 0,
    'made from the lot': 0,
    'assembly above': 1,
    'installed below': 2,
    'same assembly': 3,
  };
  const put = (id: number, relation: ImpactRelation) => {
    const part = byId.get(id);
    if (!part) return;
    const old = rows.get(id);
    if (!old || rank[relation] < rank[old.relation]) rows.set(id, { part, relation, path: pathOf(id) });
  };
  const recalledSet = new Set(recalled);
  for (const id of recalled) {
    put(id, viaLot ? 'made from the lot' : 'recalled');
    for (const above of pathOf(id).slice(0, -1)) put(above, 'assembly above');
  }
  // below: every part whose path passes through a recalled part
  for (const p of parts) {
    if (recalledSet.has(p.id)) continue;
    const path = pathOf(p.id);
    if (path.slice(0, -1).some((a) => recalledSet.has(a))) put(p.id, 'installed below');
  }
  // the rest of each touched assembly: held while the assembly is (it moves as one)
  const tops = new Set([...rows.values()].map((r) => r.path[0]));
  for (const p of parts) {
    if (!rows.has(p.id) && tops.has(pathOf(p.id)[0])) put(p.id, 'same assembly');
  }
  return [...rows.values()].sort((a, b) => rank[a.relation] - rank[b.relation] || a.path.length - b.path.length || a.part.id - b.part.id);
}

/** The tops of the assemblies an impact set touches (the roots to draw it as trees from). */
export function impactRoots(rows: ImpactRow[]): number[] {
  return [...new Set(rows.map((r) => r.path[0]))].sort((a, b) => a - b);
}

/**
 * Whether the item is quarantined itself (its last recall record is a quarantine), as
 * opposed to held because a part in its assembly is (the chain's `quarantined` flag on
 * `amchain_part` says "held" for both).
 */
/** The recalls (of a lot or a part it was made from) that hold the part now, by its history's
 * `Held` and `Unheld` records: each as `['lot' | 'part', id]`, oldest first. */
export function cascadeHolds(history: HistoryRow[]): ['lot' | 'part', number][] {
  const holds = new Map<string, ['lot' | 'part', number]>();
  for (const h of [...history].sort((a, b) => a.index - b.index)) {
    if (h.kind !== 'Held' && h.kind !== 'Unheld') continue;
    const [kind, id] = causeOf(h.kindFields?.cause);
    const n = num(id);
    if (n === null) continue;
    if (h.kind === 'Held') holds.set(`${kind}:${n}`, [kind, n]);
    else holds.delete(`${kind}:${n}`);
  }
  return [...holds.values()];
}

export function selfQuarantined(history: HistoryRow[]): boolean {
  const last = [...history].sort((a, b) => a.index - b.index).filter((h) => h.kind === 'Quarantined' || h.kind === 'Released').pop();
  return last?.kind === 'Quarantined';
}

/**
 * The parts of a batch: those of the part type (already filtered) registered under the
 * certification, read from each part's stored record (`certification`).
 */
export function batchMembers(parts: (PartRow & { record?: Record<string, unknown> | null })[], certification: number): number[] {
  return parts.filter((p) => num(p.record?.certification) === certification).map((p) => p.id);
}

/** Parts a lot's history says consumed its material. */
export function consumersOfLot(history: HistoryRow[]): number[] {
  const ids = history
    .filter((h) => h.kind === 'ConsumedInto')
    .map((h) => num(h.kindFields?.part))
    .filter((n): n is number => n !== null);
  return [...new Set(ids)];
}

/** Lots a lot's history says were split off it (`SplitInto`): a recall of the lot holds them too. */
export function splitsOfLot(history: HistoryRow[]): number[] {
  const ids = history
    .filter((h) => h.kind === 'SplitInto')
    .map((h) => num(h.kindFields?.lot))
    .filter((n): n is number => n !== null);
  return [...new Set(ids)];
}

/** The lot a lot was split from (its `SplitFrom` record), if it was. */
export function splitFromOfLot(history: HistoryRow[]): number | null {
  const r = history.find((h) => h.kind === 'SplitFrom');
  return r ? num(r.kindFields?.lot) : null;
}

/** The error a failed extrinsic carries, in words: "Parts.NotCustodian: The caller …". */
export function errorText(meta: { section: string; name: string; docs: string[] } | null, fallback: string): string {
  if (!meta) return fallback;
  const doc = meta.docs.join(' ').replace(/\s+/g, ' ').trim();
  const section = meta.section.charAt(0).toUpperCase() + meta.section.slice(1);
  return doc ? `${section}.${meta.name}: ${doc}` : `${section}.${meta.name}`;
}

/** A standard the maker held certifications for, and which of them the part was made under. */
export interface StandardAtManufacture {
  standard: number;
  certifications: number[];
  madeUnder: boolean;
}

/**
 * The standards of a maker's certifications (as the indexer lists them), each with its
 * certification ids; the standard of the certification the part was made under first,
 * then by standard.
 */
export function standardsOfMaker(certs: { id: number; standard: number | null }[], madeUnder: number | null): StandardAtManufacture[] {
  const by = new Map<number, StandardAtManufacture>();
  for (const c of certs) {
    if (c.standard === null) continue;
    const row = by.get(c.standard) ?? { standard: c.standard, certifications: [], madeUnder: false };
    row.certifications.push(c.id);
    if (c.id === madeUnder) row.madeUnder = true;
    by.set(c.standard, row);
  }
  return [...by.values()]
    .map((r) => ({ ...r, certifications: [...r.certifications].sort((a, b) => a - b) }))
    .sort((a, b) => Number(b.madeUnder) - Number(a.madeUnder) || a.standard - b.standard);
}

/** Production registered against a certification in one capacity period. */
export interface PeriodBar {
  /** The period's index (0: the first `period` blocks after the certification's issue). */
  period: number;
  /** Its first block. */
  from: number;
  used: number;
  capacity: number;
}

/**
 * A certification's production per capacity period from its `ProductionRegistered`
 * events (the pallet's periods: `(block - issuedAt) / period`), the last `count` periods
 * up to the one block `best` falls in, empty periods included.
 */
export function usageByPeriod(
  events: { block: number; fields: Record<string, unknown> | null }[],
  certification: { id: number; issuedAt: number; period: number; units: number },
  best: number,
  count = 12,
): PeriodBar[] {
  const { id, issuedAt, period, units } = certification;
  if (!(period > 0) || best < issuedAt) return [];
  const last = Math.floor((best - issuedAt) / period);
  const first = Math.max(0, last - count + 1);
  const bars: PeriodBar[] = [];
  for (let p = first; p <= last; p++) bars.push({ period: p, from: issuedAt + p * period, used: 0, capacity: units });
  for (const e of events) {
    if (num(e.fields?.certification) !== id) continue;
    const p = Math.floor((e.block - issuedAt) / period);
    const bar = bars[p - first];
    if (bar) bar.used += num(e.fields?.units) ?? 0;
  }
  return bars;
}
