// A lot as its page shows it, from the node (`amchain_lot`) or, when the node does not
// answer, from the indexer's row. Pure functions (unit-tested in lot.test.ts).
import { num, selfQuarantined, splitFromOfLot, type HistoryRow } from './shape';

/** `amchain_lot`'s answer (the runtime's LotView, JSON as the node shapes it). */
export interface ChainLot {
  id: number;
  material: string;
  unit: string;
  producer: number;
  certification: number | null;
  owner: number;
  custodian: number;
  quantity: number;
  remaining: number;
  /** Whether a recall holds it: its own, or that of a lot it was split from. */
  quarantined: boolean;
  registeredAt: number;
  records: number;
}

/** The indexer's lot (GraphQL `Lot`), its stored record as the indexer decoded it. */
export interface IndexedLot {
  id: number;
  material: string | null;
  producer: number | null;
  owner: number | null;
  custodian: number | null;
  quantity: number | null;
  remaining: number | null;
  record: Record<string, unknown> | null;
}

/** What the lot page shows of a lot, whichever answered. */
export interface LotInfo {
  id: number;
  material: string | null;
  unit: string | null;
  producer: number | null;
  certification: number | null;
  owner: number | null;
  custodian: number | null;
  quantity: number | null;
  remaining: number | null;
  /** The block its material was registered at (for a split lot, the original lot's). */
  registeredAt: number | null;
  /** The chain's flag (a recall holds it, or one of a lot it was split from); null if not read from the node. */
  held: boolean | null;
}

export function lotFromNode(v: ChainLot): LotInfo {
  return {
    id: v.id,
    material: v.material,
    unit: v.unit,
    producer: v.producer,
    certification: v.certification,
    owner: v.owner,
    custodian: v.custodian,
    quantity: num(v.quantity),
    remaining: num(v.remaining),
    registeredAt: num(v.registeredAt),
    held: v.quarantined,
  };
}

export function lotFromIndexer(l: IndexedLot): LotInfo {
  const r = l.record ?? {};
  const unit = r.unit;
  return {
    id: l.id,
    material: l.material,
    unit: typeof unit === 'string' ? unit : null,
    producer: l.producer,
    certification: num(r.certification),
    owner: l.owner,
    custodian: l.custodian,
    quantity: l.quantity,
    remaining: l.remaining,
    registeredAt: num(r.registered_at ?? r.registeredAt),
    held: null,
  };
}

/** Where a recall leaves a lot. */
export type LotRecall =
  /** Quarantined itself (its last recall record is a quarantine). */
  | { state: 'quarantined' }
  /** Held by the quarantine of a lot it was split from: `from` is the lot it was split from (the quarantined one, or one below it). */
  | { state: 'held'; from: number | null }
  | { state: 'free' }
  /** Not quarantined itself; whether a lot it was split from is, only the node says. */
  | { state: 'unknown' };

export function lotRecall(lot: LotInfo, history: HistoryRow[]): LotRecall {
  if (selfQuarantined(history)) return { state: 'quarantined' };
  if (lot.held === true) return { state: 'held', from: splitFromOfLot(history) };
  if (lot.held === false) return { state: 'free' };
  return splitFromOfLot(history) === null ? { state: 'free' } : { state: 'unknown' };
}

/**
 * Why nobody can hand the lot over now, if so: a recall holds it, or nothing is left
 * (`Parts.movable`: `ItemQuarantined`, `LotExhausted`).
 */
export function lotImmovable(lot: LotInfo, recall: LotRecall): string | null {
  if (recall.state === 'quarantined') return 'The lot is quarantined by a recall: it cannot change hands until the quarantine is lifted.';
  if (recall.state === 'held')
    return 'A recall of the lot it was split from holds it: it cannot change hands until that quarantine is lifted.';
  if (lot.remaining === 0) return 'The lot is used up: nothing of it is left to hand over.';
  return null;
}
