import { describe, expect, it } from 'vitest';
import { lotFromIndexer, lotFromNode, lotImmovable, lotRecall, type ChainLot, type LotInfo } from './lot';
import type { HistoryRow } from './shape';

const rec = (index: number, kind: string, kindFields: Record<string, unknown> | null = null): HistoryRow => ({
  index,
  block: 10 + index,
  extrinsic: 1,
  time: 1_764_500_000_000 + index * 6000,
  reportedAt: null,
  actor: '0x' + '11'.repeat(32),
  participant: 2,
  kind,
  kindFields,
  data: null,
});

const chainLot: ChainLot = {
  id: 1,
  material: 'STEEL-42CrMo4',
  unit: 'grams',
  producer: 2,
  certification: null,
  owner: 2,
  custodian: 6,
  quantity: 300,
  remaining: 295,
  quarantined: false,
  registeredAt: 12,
  records: 3,
};

describe('a lot from the node or the indexer', () => {
  it("takes the node's LotView as it is", () => {
    expect(lotFromNode(chainLot)).toEqual({
      id: 1,
      material: 'STEEL-42CrMo4',
      unit: 'grams',
      producer: 2,
      certification: null,
      owner: 2,
      custodian: 6,
      quantity: 300,
      remaining: 295,
      registeredAt: 12,
      held: false,
    });
  });

  it("reads the unit, certification and registration block from the indexer's stored record", () => {
    const l = lotFromIndexer({
      id: 0,
      material: 'STEEL-42CrMo4',
      producer: 2,
      owner: 2,
      custodian: 2,
      quantity: 1000,
      remaining: 695,
      record: { unit: 'Grams', certification: { '$serde_json::private::Number': '0' }, registered_at: 12 },
    });
    expect(l).toMatchObject({ unit: 'Grams', certification: 0, registeredAt: 12, held: null, remaining: 695 });
    expect(lotFromIndexer({ id: 3, material: null, producer: null, owner: null, custodian: null, quantity: null, remaining: null, record: null })).toMatchObject({
      unit: null,
      certification: null,
      registeredAt: null,
    });
  });
});

describe("a lot's recall state", () => {
  const lot = (held: boolean | null, remaining = 10): LotInfo => ({ ...lotFromNode(chainLot), held, remaining });
  it('is quarantined by its own last recall record', () => {
    const history = [rec(0, 'Registered'), rec(1, 'Quarantined')];
    expect(lotRecall(lot(true), history)).toEqual({ state: 'quarantined' });
    // from the indexer (no chain flag) too
    expect(lotRecall(lot(null), history)).toEqual({ state: 'quarantined' });
    expect(lotRecall(lot(false), [...history, rec(2, 'Released')])).toEqual({ state: 'free' });
  });

  it('is held when the chain says so and its own history does not: a lot it was split from is quarantined', () => {
    expect(lotRecall(lot(true), [rec(0, 'SplitFrom', { lot: 0, quantity: 300 })])).toEqual({ state: 'held', from: 0 });
  });

  it('is unknown for a split lot read from the indexer only', () => {
    expect(lotRecall(lot(null), [rec(0, 'SplitFrom', { lot: 0, quantity: 300 })])).toEqual({ state: 'unknown' });
    expect(lotRecall(lot(null), [rec(0, 'Registered')])).toEqual({ state: 'free' });
  });

  it('says why nobody can hand it over: held, or used up', () => {
    expect(lotImmovable(lot(true), { state: 'quarantined' })).toMatch(/quarantined/);
    expect(lotImmovable(lot(true), { state: 'held', from: 0 })).toMatch(/split from/);
    expect(lotImmovable(lot(false, 0), { state: 'free' })).toMatch(/used up/);
    expect(lotImmovable(lot(false), { state: 'free' })).toBeNull();
  });
});
