import { describe, expect, it } from 'vitest';
import {
  assemblyTree,
  batchMembers,
  consumersOfLot,
  splitsOfLot,
  causeOf,
  cascadeHolds,
  splitFromOfLot,
  fromNodeHistory,
  quantityWords,
  describeRecord,
  errorText,
  impactRoots,
  impactSet,
  isGovernanceActor,
  selfQuarantined,
  standardsOfMaker,
  num,
  statusWords,
  timeline,
  treeSize,
  usageByPeriod,
  type HistoryRow,
  type NodeHistoryEntry,
  type PartRow,
} from './shape';

const rec = (index: number, kind: string, kindFields: Record<string, unknown> | null, participant = 2): HistoryRow => ({
  index,
  block: 10 + index,
  extrinsic: 1,
  time: 1_764_500_000_000 + index * 6000,
  reportedAt: null,
  actor: '0x' + '11'.repeat(32),
  participant,
  kind,
  kindFields,
  data: null,
});

const part = (id: number, parent: number | null, extra: Partial<PartRow> = {}): PartRow => ({
  id,
  partType: 0,
  serial: `S-${id}`,
  maker: 2,
  owner: 2,
  custodian: 2,
  status: parent === null ? 'Active' : 'Installed',
  parent,
  ...extra,
});

describe('timeline', () => {
  it('orders records oldest first and says who did what', () => {
    const t = timeline([
      rec(2, 'Accepted', { handover: 'Custody', from: 2 }, 6),
      rec(0, 'Registered', { certification: 0 }),
      rec(1, 'Offered', { handover: 'Custody', to: 6 }),
    ]);
    expect(t.map((e) => e.index)).toEqual([0, 1, 2]);
    expect(t[0]).toMatchObject({ title: 'Registered', tone: 'origin' });
    expect(t[0].detail).toEqual(['Registered by ', { participant: 2 }, ' under ', { certification: 0 }]);
    expect(t[1]).toMatchObject({ title: 'Custody offered', tone: 'handover' });
    expect(t[1].detail).toEqual([{ participant: 2 }, ' offered custody to ', { participant: 6 }]);
    expect(t[2]).toMatchObject({ title: 'Custody handed over', by: 6, block: 12 });
    expect(t[2].detail).toEqual([{ participant: 6 }, ' accepted custody from ', { participant: 2 }]);
  });

  it('links the parts and lots of assembly and consumption records', () => {
    expect(describeRecord(rec(3, 'InstalledIn', { parent: 7 })).detail).toContainEqual({ part: 7 });
    expect(describeRecord(rec(3, 'ChildInstalled', { child: 8 })).detail).toContainEqual({ part: 8 });
    expect(describeRecord(rec(3, 'MaterialConsumed', { lot: 4, quantity: 5 })).detail).toEqual(['5 units of ', { lot: 4 }, ' went into it']);
    expect(describeRecord(rec(3, 'Quarantined', null)).tone).toBe('recall');
    expect(describeRecord(rec(3, 'StatusChanged', { from: 'Active', to: 'ReturnedAsCore' })).detail).toEqual(['From active to returned as core']);
  });

  it("never names a link's noun before the link (the link says \"part 3\", \"lot 1\" itself)", () => {
    const records = [
      rec(0, 'Registered', { certification: 0 }),
      rec(1, 'Offered', { handover: 'Custody', to: 6 }),
      rec(2, 'Accepted', { handover: 'Ownership', from: 2 }),
      rec(3, 'Rejected', { handover: 'Custody', by: 6 }),
      rec(4, 'OfferCancelled', { handover: 'Custody' }),
      rec(5, 'Transferred', { handover: 'Ownership', to: 6 }),
      rec(6, 'Activated', null),
      rec(7, 'InstalledIn', { parent: 7 }),
      rec(8, 'RemovedFrom', { parent: 7 }),
      rec(9, 'ChildInstalled', { child: 8 }),
      rec(10, 'ChildRemoved', { child: 8 }),
      rec(11, 'MaterialConsumed', { lot: 4, quantity: 5 }),
      rec(12, 'ConsumedInto', { part: 3, quantity: 5 }),
      rec(13, 'TransformedInto', { part: 3 }),
      rec(14, 'MadeFrom', { part: 3 }),
      rec(15, 'Inspection', null),
      rec(16, 'Quarantined', null),
      rec(17, 'Released', null),
      rec(18, 'StatusChanged', { from: 'Active', to: 'Scrapped' }),
      rec(19, 'Correction', { of: 3 }),
      rec(20, 'WarrantyVoided', { warranty: 1 }),
      rec(21, 'SplitInto', { lot: 1, quantity: 300 }),
      rec(22, 'SplitFrom', { lot: 0, quantity: 300 }),
      rec(23, 'SomethingNew', null),
      { ...rec(24, 'Correction', { of: 16 }) },
    ];
    records[16] = { ...records[16], actor: '0x' + '00'.repeat(32) }; // a governance recall: 24 disputes it
    for (const e of timeline(records, { unit: 'grams' })) {
      e.detail.forEach((seg, i) => {
        const next = e.detail[i + 1];
        if (typeof seg !== 'string' || next === undefined || typeof next === 'string') return;
        const noun = Object.keys(next)[0] === 'participant' ? 'organisation' : Object.keys(next)[0];
        expect(seg, `${e.kind}: "${seg}" before ${JSON.stringify(next)}`).not.toMatch(new RegExp(`\\b${noun}\\s*#?$`, 'i'));
      });
    }
  });

  it("describes a lot's consumption and splits in its unit, with links", () => {
    const [registered, consumed, into, from] = timeline(
      [
        rec(0, 'Registered', { certification: null }),
        rec(1, 'ConsumedInto', { part: 3, quantity: 5 }),
        rec(2, 'SplitInto', { lot: 1, quantity: 3000 }),
        rec(3, 'SplitFrom', { lot: 0, quantity: 1 }),
      ],
      { unit: 'grams', locale: 'en-GB' },
    );
    expect(registered.detail).toEqual(['Registered by ', { participant: 2 }]);
    expect(consumed).toMatchObject({ title: 'Consumed into a part', tone: 'assembly' });
    expect(consumed.detail).toEqual(['5 g went into ', { part: 3 }, ', recorded by ', { participant: 2 }]);
    expect(into).toMatchObject({ title: 'Split', tone: 'assembly' });
    expect(into.detail).toEqual(['3,000 g split off into ', { lot: 1 }, ' by ', { participant: 2 }]);
    expect(from).toMatchObject({ title: 'Split from another lot', tone: 'origin' });
    expect(from.detail).toEqual(['Split off ', { lot: 0 }, ': 1 g of its material, by ', { participant: 2 }]);
    // without the lot's unit (a part's passport)
    expect(describeRecord(rec(1, 'ConsumedInto', { part: 3, quantity: 1 })).detail[0]).toBe('1 unit went into ');
  });

  it('says a missing reference as its noun and a question mark', () => {
    expect(describeRecord(rec(1, 'InstalledIn', {})).detail).toEqual(['Installed in ', 'part ?', ' by ', { participant: 2 }]);
    expect(describeRecord({ ...rec(1, 'Quarantined', null), participant: null }).detail).toEqual(['Quarantined by ', 'organisation ?']);
  });

  it('describes a kind it does not know by its name', () => {
    const e = describeRecord(rec(0, 'SomethingNew', null, 3));
    expect(e.title).toBe('Something new');
    expect(e.detail).toContainEqual({ participant: 3 });
  });
});

describe('quantities', () => {
  it("says a lot's quantity in its unit, whichever way the unit is spelt", () => {
    expect(quantityWords(300, 'grams')).toBe('300 g');
    expect(quantityWords('300', 'Grams')).toBe('300 g');
    expect(quantityWords(1, 'Pieces')).toBe('1 piece');
    expect(quantityWords(2, 'pieces')).toBe('2 pieces');
    expect(quantityWords(5, 'squareMillimetres')).toBe('5 mm²');
    expect(quantityWords(7, 'Millilitres')).toBe('7 ml');
    expect(quantityWords(1, null)).toBe('1 unit');
    expect(quantityWords(4)).toBe('4 units');
    expect(quantityWords(4, 'Barrels')).toBe('4 units (Barrels)');
    expect(quantityWords(undefined, 'grams')).toBe('? g');
    expect(quantityWords(1000, 'grams', 'en-GB')).toBe('1,000 g');
    expect(quantityWords(1000, 'grams', 'de-DE')).toBe('1.000 g');
    expect(quantityWords(1000, 'grams')).toBe('1000 g');
  });
});

describe("the node's history", () => {
  const entry = (index: number, kind: NodeHistoryEntry['kind']): NodeHistoryEntry => ({
    index,
    block: 20 + index,
    extrinsic: 1,
    time: 1_764_500_000_000,
    reportedAt: null,
    actor: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    participant: 2,
    kind,
    data: '0x' + '00'.repeat(32),
  });
  it("reads amchain_history's records as the indexer spells them", () => {
    expect(fromNodeHistory(entry(0, { registered: { certification: null } }))).toMatchObject({
      index: 0,
      block: 20,
      kind: 'Registered',
      kindFields: { certification: null },
      participant: 2,
    });
    expect(fromNodeHistory(entry(1, { offered: { handover: 'custody', to: 6 } }))).toMatchObject({ kind: 'Offered', kindFields: { handover: 'Custody', to: 6 } });
    expect(fromNodeHistory(entry(2, { splitInto: { lot: 1, quantity: 300 } }))).toMatchObject({ kind: 'SplitInto', kindFields: { lot: 1, quantity: 300 } });
    expect(fromNodeHistory(entry(3, 'inspection'))).toMatchObject({ kind: 'Inspection', kindFields: null });
    expect(fromNodeHistory(entry(4, { statusChanged: { from: 'active', to: 'returnedAsCore' } })).kindFields).toEqual({ from: 'Active', to: 'ReturnedAsCore' });
    // hashes and accounts stay as they are
    expect(fromNodeHistory(entry(5, { correction: { of: 2 } })).kindFields).toEqual({ of: 2 });
    const t = timeline([entry(1, { offered: { handover: 'ownership', to: 6 } }), entry(0, { registered: { certification: 0 } })].map(fromNodeHistory));
    expect(t.map((e) => e.title)).toEqual(['Registered', 'Ownership offered']);
    expect(t[1].detail).toEqual([{ participant: 2 }, ' offered ownership to ', { participant: 6 }]);
  });
});

describe('numbers from the indexer', () => {
  it('reads plain, decimal-string and wrapped numbers', () => {
    expect(num(5)).toBe(5);
    expect(num('12')).toBe(12);
    expect(num({ '$serde_json::private::Number': '10000' })).toBe(10000);
    expect(num('x')).toBeNull();
    expect(num(null)).toBeNull();
  });
  it('words statuses', () => {
    expect(statusWords('ReturnedAsCore')).toBe('returned as core');
    expect(statusWords(null)).toBe('unknown');
  });
});

describe('assembly tree', () => {
  const parts = [part(0, null), part(1, 0), part(2, 0), part(3, 1), part(9, null)];
  it('nests the parts below the root by id', () => {
    const t = assemblyTree(0, parts)!;
    expect(t.part.id).toBe(0);
    expect(t.children.map((c) => c.part.id)).toEqual([1, 2]);
    expect(t.children[0].children.map((c) => c.part.id)).toEqual([3]);
    expect(treeSize(t)).toBe(4);
  });
  it('is null for an unknown root and ignores a cycle', () => {
    expect(assemblyTree(42, parts)).toBeNull();
    const cyclic = [part(0, 1), part(1, 0)];
    expect(treeSize(assemblyTree(0, cyclic))).toBe(2);
  });
});

describe('recall impact', () => {
  // 10 › 11 › 12 › 13, with 14 beside 11 in 10; 20 stands alone
  const parts = [part(10, null), part(11, 10), part(12, 11), part(13, 12), part(14, 10), part(20, null)];
  it('holds the recalled part, the assemblies above and the parts below, with paths', () => {
    const rows = impactSet([12], parts);
    const by = Object.fromEntries(rows.map((r) => [r.part.id, r]));
    expect(by[12]).toMatchObject({ relation: 'recalled', path: [10, 11, 12] });
    expect(by[11]).toMatchObject({ relation: 'assembly above', path: [10, 11] });
    expect(by[10]).toMatchObject({ relation: 'assembly above', path: [10] });
    expect(by[13]).toMatchObject({ relation: 'installed below', path: [10, 11, 12, 13] });
    expect(by[14]).toMatchObject({ relation: 'same assembly' });
    expect(by[20]).toBeUndefined();
    expect(rows[0].part.id).toBe(12);
    expect(impactRoots(rows)).toEqual([10]);
  });
  it("follows a lot's material into the parts that consumed it", () => {
    const history = [
      rec(0, 'Registered', null),
      rec(1, 'ConsumedInto', { part: 13, quantity: 2 }),
      rec(2, 'ConsumedInto', { part: 20, quantity: 1 }),
      rec(3, 'ConsumedInto', { part: 13, quantity: 1 }),
    ];
    const consumers = consumersOfLot(history);
    expect(consumers).toEqual([13, 20]);
    const rows = impactSet(consumers, parts, true);
    expect(rows.filter((r) => r.relation === 'made from the lot').map((r) => r.part.id)).toEqual([20, 13]);
    expect(impactRoots(rows)).toEqual([10, 20]);
  });
  it('names the lots split off a lot, which its recall holds', () => {
    const history = [
      rec(0, 'Registered', null),
      rec(1, 'SplitInto', { lot: 4, quantity: 300 }),
      rec(2, 'ConsumedInto', { part: 13, quantity: 2 }),
      rec(3, 'SplitInto', { lot: 7, quantity: 5 }),
    ];
    expect(splitsOfLot(history)).toEqual([4, 7]);
    expect(consumersOfLot(history)).toEqual([13]);
    expect(splitsOfLot([rec(0, 'SplitFrom', { lot: 1, quantity: 3 })])).toEqual([]);
    expect(splitFromOfLot([rec(0, 'SplitFrom', { lot: 1, quantity: 3 }), rec(1, 'SplitInto', { lot: 9, quantity: 1 })])).toBe(1);
    expect(splitFromOfLot(history)).toBeNull();
  });
});

describe('batches', () => {
  it('are the parts of the type registered under the certification', () => {
    const parts = [
      { ...part(1, null), record: { certification: { '$serde_json::private::Number': '0' } } },
      { ...part(2, null), record: { certification: 1 } },
      { ...part(3, 1), record: { certification: 0 } },
      { ...part(4, null), record: { certification: null } },
      { ...part(5, null), record: null },
    ];
    expect(batchMembers(parts, 0)).toEqual([1, 3]);
    expect(batchMembers(parts, 1)).toEqual([2]);
  });
});

describe('recall state', () => {
  it('is the last quarantine or release record', () => {
    expect(selfQuarantined([rec(0, 'Registered', null)])).toBe(false);
    expect(selfQuarantined([rec(0, 'Registered', null), rec(1, 'Quarantined', null)])).toBe(true);
    expect(selfQuarantined([rec(2, 'Released', null), rec(1, 'Quarantined', null), rec(3, 'Inspection', null)])).toBe(false);
  });
});

describe('errors in words', () => {
  it("names the pallet's error and its doc", () => {
    expect(
      errorText({ section: 'parts', name: 'AssemblyQuarantined', docs: ['A part installed in this one (at any depth) is', 'quarantined.'] }, 'raw'),
    ).toBe('Parts.AssemblyQuarantined: A part installed in this one (at any depth) is quarantined.');
    expect(errorText({ section: 'parts', name: 'NotFound', docs: [] }, 'raw')).toBe('Parts.NotFound');
    expect(errorText(null, '{"module":{"index":51,"error":"0x05000000"}}')).toContain('module');
  });
});

describe('isGovernanceActor', () => {
  it('recognises the all-zero account as hex or SS58, and nothing else', () => {
    expect(isGovernanceActor('0x' + '00'.repeat(32))).toBe(true);
    // The all-zero account in the generic SS58 format (prefix 42).
    expect(isGovernanceActor('5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM')).toBe(true);
    expect(isGovernanceActor('0x' + '11'.repeat(32))).toBe(false);
    expect(isGovernanceActor('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY')).toBe(false);
    expect(isGovernanceActor('0x00')).toBe(false);
    expect(isGovernanceActor('not an account')).toBe(false);
    expect(isGovernanceActor(null)).toBe(false);
  });
});

describe('corrections of governance records', () => {
  it("shows a member's correction of a governance record as a dispute, governance's own as a correction", () => {
    const zero = '0x' + '00'.repeat(32);
    const recall = { ...rec(1, 'Quarantined', null), actor: zero };
    const byMaker = rec(2, 'Correction', { of: 1 });
    const byGovernance = { ...rec(3, 'Correction', { of: 1 }), actor: zero };
    const ofMember = rec(4, 'Correction', { of: 2 });
    const [, disputed, corrected, ordinary] = timeline([recall, byMaker, byGovernance, ofMember]);
    expect(disputed.title).toBe('Disputed');
    expect(disputed.detail[1]).toEqual({ record: 1 });
    expect(corrected.title).not.toBe('Disputed');
    expect(corrected.detail).toEqual(['Corrects ', { record: 1 }, ' (', { participant: 2 }, ')']);
    expect(ordinary.detail[0]).toBe('Corrects ');
    expect(disputed.detail[0]).toBe('Disputes ');
  });
});

describe('standardsOfMaker', () => {
  it("groups the maker's certifications by standard, the one the part was made under first", () => {
    const certs = [
      { id: 4, standard: 2 },
      { id: 1, standard: 0 },
      { id: 7, standard: 2 },
      { id: 2, standard: 5 },
      { id: 9, standard: null },
    ];
    expect(standardsOfMaker(certs, 2)).toEqual([
      { standard: 5, certifications: [2], madeUnder: true },
      { standard: 0, certifications: [1], madeUnder: false },
      { standard: 2, certifications: [4, 7], madeUnder: false },
    ]);
    expect(standardsOfMaker(certs, null).map((r) => r.standard)).toEqual([0, 2, 5]);
    expect(standardsOfMaker([], 3)).toEqual([]);
  });
});

describe('usageByPeriod', () => {
  const cert = { id: 2, issuedAt: 100, period: 50, units: 10 };
  const ev = (block: number, units: unknown, certification: unknown = 2) => ({ block, fields: { certification, units } });
  it("sums a certification's production per capacity period, empty periods included", () => {
    const events = [ev(100, 3), ev(149, 2), ev(150, 4), ev(260, { '$serde_json::private::Number': '1' }), ev(120, 9, 3), { block: 130, fields: null }];
    expect(usageByPeriod(events, cert, 260)).toEqual([
      { period: 0, from: 100, used: 5, capacity: 10 },
      { period: 1, from: 150, used: 4, capacity: 10 },
      { period: 2, from: 200, used: 0, capacity: 10 },
      { period: 3, from: 250, used: 1, capacity: 10 },
    ]);
  });

  it('keeps the last periods only, and nothing before the issue', () => {
    expect(usageByPeriod([ev(100, 3), ev(260, 1)], cert, 260, 2).map((b) => [b.period, b.used])).toEqual([
      [2, 0],
      [3, 1],
    ]);
    expect(usageByPeriod([], cert, 99)).toEqual([]);
    expect(usageByPeriod([], { ...cert, period: 0 }, 500)).toEqual([]);
  });
});

describe('recall cascade records', () => {
  const entry = (index: number, kind: NodeHistoryEntry['kind']): NodeHistoryEntry => ({
    index,
    block: 20 + index,
    extrinsic: null,
    time: 1_764_500_000_000,
    reportedAt: null,
    actor: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    participant: 4,
    kind,
    data: '0x' + '00'.repeat(32),
  });
  it('names the recalled lot or part, from the node or the indexer', () => {
    expect(causeOf({ lot: 3 })).toEqual(['lot', 3]);
    expect(causeOf({ Lot: 3 })).toEqual(['lot', 3]);
    expect(causeOf({ part: 9 })).toEqual(['part', 9]);
    expect(causeOf({ Part: 9 })).toEqual(['part', 9]);
    const held = describeRecord(fromNodeHistory(entry(4, { held: { cause: { lot: 3 } } })));
    expect(held.title).toBe('Held by a recall of what it was made from');
    expect(held.tone).toBe('recall');
    expect(held.detail).toContainEqual({ lot: 3 });
    const unheld = describeRecord(fromNodeHistory(entry(5, { unheld: { cause: { part: 9 } } })));
    expect(unheld.detail).toContainEqual({ part: 9 });
  });
  it('knows which recalls hold a part now', () => {
    expect(cascadeHolds([rec(0, 'Registered', null)])).toEqual([]);
    const history = [
      rec(0, 'Registered', null),
      rec(1, 'Held', { cause: { lot: 3 } }),
      rec(2, 'Held', { cause: { Lot: 5 } }),
      rec(3, 'Unheld', { cause: { lot: 3 } }),
    ];
    expect(cascadeHolds(history)).toEqual([['lot', 5]]);
    expect(cascadeHolds([...history, rec(4, 'Unheld', { cause: { Lot: 5 } })])).toEqual([]);
    // out of order as a page may come: the index decides
    expect(cascadeHolds([history[3], history[1]])).toEqual([]);
  });
});
