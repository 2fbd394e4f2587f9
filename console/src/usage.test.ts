import { describe, expect, it } from 'vitest';
import {
  NOTICE_PERIOD,
  REPORT_GRACE,
  assetsOfEvents,
  endAt,
  eventAsset,
  extendValue,
  involvement,
  listingWords,
  meterInput,
  parseListing,
  parsePledge,
  pledgeWords,
  parseUsage,
  rentArgs,
  rentValue,
  revokeWords,
  sameTerms,
  usageState,
  type Words,
} from './usage';

const DAVE = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
const KESTREL = '5HpG9w8EBLe5XCrbczpwq5TSXvedjrBGCwqxK1iQ7qUsSWFc';
const DEVICE = '5Ck5SLSHYac6WFt5UZRSsdJjwmpSZq85fd5TRNAdZQVzEAPT';

// `listing(asset)` and `usage(asset)` as polkadot.js's toJSON() gives them
const listingJson = { lessor: DAVE, lessorOrg: 2, fromRecord: 1, pricePerBlock: 100, maxTerm: 1000, meter: null };
const rentalJson = {
  user: KESTREL,
  payer: { organisation: 6 },
  expires: 200,
  lessor: DAVE,
  lessorOrg: 2,
  fromRecord: 1,
  pricePerBlock: '0x00000000000000000000000000000064',
  accruedFrom: 100,
  rentHeld: 10_000,
  meter: null,
  deposit: 0,
  metered: 0,
  reportedAt: null,
  notice: null,
};
const w: Words = {
  amount: (v) => `${v} u`,
  name: (org) => ({ 2: 'Acme Gears', 6: 'Kestrel Wind Power', 3: 'Borealis Bearings' })[org] ?? `organisation ${org}`,
  account: (a) => a.slice(0, 6),
};

describe('parsing', () => {
  it("reads the contract's listing and use", () => {
    expect(parseListing(listingJson)).toEqual({ lessor: DAVE, lessorOrg: 2, fromRecord: 1, pricePerBlock: 100n, maxTerm: 1000, meter: null });
    expect(parseListing(null)).toBeNull();
    const u = parseUsage(rentalJson);
    expect(u).toMatchObject({ user: KESTREL, payer: { kind: 'organisation', org: 6 }, expires: 200, lessorOrg: 2, pricePerBlock: 100n, rentHeld: 10_000n, notice: null });
    expect(parseUsage({ ...rentalJson, payer: { Account: KESTREL } })?.payer).toEqual({ kind: 'account', account: KESTREL });
    // snake_case keys and a meter
    const metered = parseListing({ lessor: DAVE, lessor_org: 2, from_record: 1, price_per_block: 5, max_term: 10, meter: { device: DEVICE, unit_price: '1000', max_units: 4 } });
    expect(metered?.meter).toEqual({ device: DEVICE, unitPrice: 1000n, maxUnits: 4n });
    expect(metered?.lessorOrg).toBe(2);
  });
});

describe('listingWords', () => {
  const l = parseListing(listingJson)!;
  it('says what a listing offers', () => {
    expect(listingWords(l, w)).toBe(
      'Acme Gears lets it at 100 u a block, for terms ending at most 1000 blocks after the block it is rented in, the whole term paid up front',
    );
    expect(listingWords({ ...l, meter: { device: DEVICE, unitPrice: 7n, maxUnits: 3n } }, w)).toMatch(
      /; metered: device 5Ck5SL reports usage at 7 u a unit \(at most 3 a report\), charged from a deposit/,
    );
  });
  it('says when the lessor sold the part', () => {
    expect(listingWords(l, w, 2)).not.toMatch(/Stale/);
    expect(listingWords(l, w, 6)).toMatch(/Stale: Acme Gears no longer owns the part, so nobody can rent it; an account of Acme Gears or of Kestrel Wind Power may withdraw it$/);
  });
});

describe('usageState', () => {
  const rental = parseUsage(rentalJson)!;
  const grant = { ...rental, payer: { kind: 'account' as const, account: KESTREL }, pricePerBlock: 0n, rentHeld: 0n };

  it('a running rental: the lessor may collect or revoke, by the end of the term', () => {
    const s = usageState(rental, 150, w, 2);
    expect(s.kind).toBe('rental');
    expect(s.words).toBe('rented by Kestrel Wind Power (user account 5HpG9w) from Acme Gears at 100 u a block until block #200');
    expect(s.awaits).toEqual([
      {
        words: 'Acme Gears may collect the rent earned so far (5000 u at block #150), or revoke the rental, refunding Kestrel Wind Power the unused rent and the deposit; it ends at block #200',
        by: 200,
      },
    ]);
  });

  it('a sold part: the new owner may give notice', () => {
    expect(usageState(rental, 150, w, 3).awaits[1].words).toMatch(/^the part was sold: Borealis Bearings \(the owner now\) may give notice, ending the term 14400 blocks later/);
    expect(usageState({ ...rental, notice: 140 }, 150, w, 3).awaits).toHaveLength(1);
    expect(usageState({ ...rental, notice: 140 }, 150, w, 3).words).toMatch(/the owner gave notice at block #140$/);
  });

  it('after the term anyone settles it, with what each is credited', () => {
    expect(usageState(rental, 200, w).awaits).toEqual([
      { words: 'the term ended at block #200: anyone may settle it, crediting Acme Gears 10000 u and Kestrel Wind Power 0 u', by: null },
    ]);
  });

  it("a metered rental waits for the device's last reports", () => {
    const metered = { ...rental, meter: { device: DEVICE, unitPrice: 10n, maxUnits: 5n }, deposit: 300n, metered: 40n };
    expect(usageState(metered, 150, w).words).toMatch(/, metered \(deposit left 300 u, charges not yet collected 40 u\)$/);
    expect(usageState(metered, 150, w).awaits[1]).toEqual({ words: "the meter's device reports usage, charged from the deposit (300 u left); Kestrel Wind Power may top it up", by: 200 });
    expect(usageState(metered, 201, w).awaits).toEqual([
      { words: `the term ended at block #200; the meter's device may still report the term's usage until block #${200 + REPORT_GRACE}, then anyone may settle it`, by: 200 + REPORT_GRACE },
    ]);
    expect(usageState(metered, 200 + REPORT_GRACE, w).awaits[0].words).toMatch(/anyone may settle it, crediting Acme Gears 10040 u and Kestrel Wind Power 300 u$/);
  });

  it('a free grant: revocable at will, void once the part is sold', () => {
    expect(usageState(grant, 150, w, 2)).toEqual({
      kind: 'grant',
      words: 'granted for free by Acme Gears to account 5HpG9w until block #200',
      awaits: [{ words: 'Acme Gears may revoke it (or grant it anew) at will; it ends at block #200', by: 200 }],
    });
    expect(usageState(grant, 150, w, 6).awaits[0].words).toMatch(/^void: Acme Gears no longer owns the part/);
    expect(usageState(grant, 200, w, 2).awaits[0]).toEqual({ words: 'ended at block #200: anyone may settle it (nothing is owed)', by: null });
  });
});

describe('revokeWords', () => {
  const rental = parseUsage(rentalJson)!;
  it('the lessor ends it now, with the credits as of the block it lands in', () => {
    expect(endAt(rental, 151)).toEqual({ toLessor: 5100n, toUser: 4900n });
    expect(revokeWords(rental, 2, 2, 151, w)).toBe(
      'Ends the rental now: Acme Gears is credited the rent earned (5100 u), Kestrel Wind Power the unused rent and the deposit (4900 u), if it lands in block #151.',
    );
  });
  it('a new owner gives notice instead; anyone else may not', () => {
    const long = { ...rental, expires: 100 + NOTICE_PERIOD * 2, rentHeld: 100n * BigInt(NOTICE_PERIOD * 2) };
    expect(revokeWords(long, 3, 3, 151, w)).toBe(
      `Gives notice: the rental ends at block #${151 + NOTICE_PERIOD} instead of #${100 + NOTICE_PERIOD * 2}, and Kestrel Wind Power is credited the rent of the blocks cut (${100 * (NOTICE_PERIOD - 51)} u), if it lands in block #151.`,
    );
    expect(revokeWords(rental, 6, 2, 151, w)).toBeNull();
    expect(revokeWords(rental, null, 2, 151, w)).toBeNull();
  });
});

describe('rentValue', () => {
  const l = parseListing(listingJson)!;
  it('is the rent from the block the call lands in to the end of the term', () => {
    expect(rentValue(l, 300, 101)).toEqual({ rent: 19_900n, value: 19_900n, blocks: 199 });
    // an unmetered listing takes no deposit
    expect(rentValue(l, 300, 101, 50n)).toEqual({ rent: 19_900n, value: 19_900n, blocks: 199 });
    expect(rentValue({ ...l, meter: { device: DEVICE, unitPrice: 1n, maxUnits: 1n } }, 300, 101, 50n)).toEqual({ rent: 19_900n, value: 19_950n, blocks: 199 });
  });
  it('says why the contract would refuse the term', () => {
    expect(rentValue(l, 101, 101)).toEqual({ error: 'block #101 is not after block #101, where the rental would land' });
    expect(rentValue(l, 1102, 101)).toEqual({ error: "the term would run 1001 blocks, longer than the listing's 1000: end it by block #1101" });
  });
});

describe('extendValue', () => {
  const l = parseListing(listingJson)!;
  const u = parseUsage(rentalJson)!;
  it("is the rental's own price for the blocks added after its end", () => {
    expect(extendValue(u, l, 260, 150)).toEqual({ value: 6_000n, blocks: 60 });
    // a relisting at a lower maximum term or a fresh record keeps the terms
    expect(extendValue(u, { ...l, maxTerm: 500, fromRecord: 9 }, 260, 150)).toEqual({ value: 6_000n, blocks: 60 });
  });
  it('says why the contract would refuse it', () => {
    expect(extendValue(u, l, 200, 150)).toEqual({ error: "block #200 is not after the rental's end, block #200" });
    expect(extendValue(u, l, 1_151, 150)).toEqual({ error: "the term would run 1001 blocks from block #150, longer than the listing's 1000: end it by block #1150" });
    expect('error' in extendValue(u, null, 260, 150)).toBe(true);
    expect(extendValue(u, { ...l, pricePerBlock: 99n }, 260, 150)).toEqual({ error: "the lessor relisted at other terms than this rental's: it can no longer be extended (TermsChanged)" });
    expect('error' in extendValue(u, { ...l, meter: { device: DEVICE, unitPrice: 1n, maxUnits: 1n } }, 260, 150)).toBe(true);
    expect('error' in extendValue({ ...u, pricePerBlock: 0n }, l, 260, 150)).toBe(true);
  });
});

describe('rentArgs', () => {
  it("states the terms of the listing shown: its price per block and meter, exactly", () => {
    const l = parseListing(listingJson)!;
    expect(rentArgs(7, 300, l)).toEqual([7, 300, 100n, null]);
    // a u64 beyond a JS number's precision comes as hex from polkadot.js and goes back exact
    const metered = parseListing({ ...listingJson, meter: { device: DEVICE, unitPrice: '0x000000000000000000000000000003e8', maxUnits: '0xffffffffffffffff' } })!;
    expect(rentArgs(7, 300, metered)).toEqual([7, 300, 100n, { device: DEVICE, unitPrice: 1000n, maxUnits: 18_446_744_073_709_551_615n }]);
  });
  it('tells a relisting that changed them from one that did not', () => {
    const l = parseListing(listingJson)!;
    const meter = { device: DEVICE, unitPrice: 10n, maxUnits: 5n };
    // a longer maximum term, a fresh record: the same terms
    expect(sameTerms(l, { ...l, maxTerm: 2000, fromRecord: 4 })).toBe(true);
    expect(sameTerms({ ...l, meter }, { ...l, meter: { ...meter } })).toBe(true);
    // the front-run: a meter added (a price of 1 and the lessor's device at a huge unit price)
    expect(sameTerms(l, { ...l, pricePerBlock: 1n, meter: { ...meter, unitPrice: 10n ** 20n } })).toBe(false);
    expect(sameTerms(l, { ...l, meter })).toBe(false);
    expect(sameTerms({ ...l, meter }, l)).toBe(false);
    expect(sameTerms(l, { ...l, pricePerBlock: 101n })).toBe(false);
    expect(sameTerms({ ...l, meter }, { ...l, meter: { ...meter, unitPrice: 11n } })).toBe(false);
    expect(sameTerms({ ...l, meter }, { ...l, meter: { ...meter, maxUnits: 6n } })).toBe(false);
    expect(sameTerms({ ...l, meter }, { ...l, meter: { ...meter, device: KESTREL } })).toBe(false);
  });
});

describe('events', () => {
  const LISTED = '0x' + 'aa'.repeat(32);
  const UPDATED = '0x' + 'bb'.repeat(32);
  const OTHER = '0x' + 'cc'.repeat(32);
  const assetTopic = (n: number) => '0x' + n.toString(16).padStart(2, '0') + '00'.repeat(31);
  it("reads a part's id from the decoded fields or its topic", () => {
    expect(eventAsset({ topics: [], fields: { asset: 7 } })).toBe(7);
    expect(eventAsset({ topics: [LISTED, '0x0501000000000000' + '00'.repeat(24)], fields: null })).toBe(261);
    expect(eventAsset({ topics: [LISTED, '0x' + '11'.repeat(32)], fields: null })).toBeNull();
    expect(eventAsset({ topics: [LISTED], fields: null })).toBeNull();
  });
  it('lists the parts listed or used, newest first, each once', () => {
    const signatures = new Map([
      [LISTED, 'Listed'],
      [UPDATED, 'UserUpdated'],
    ]);
    const events = [
      { event: null, topics: [LISTED, assetTopic(3)], fields: null },
      { event: 'UserUpdated', topics: [UPDATED, assetTopic(9)], fields: { asset: 4 } },
      { event: null, topics: [OTHER, assetTopic(5)], fields: null },
      { event: null, topics: [UPDATED.toUpperCase().replace('0X', '0x'), assetTopic(3)], fields: null },
    ];
    expect(assetsOfEvents(events, signatures)).toEqual([3, 4]);
  });
  it("says how a use or listing concerns an organisation", () => {
    const usage = parseUsage(rentalJson);
    const listing = parseListing(listingJson);
    expect(involvement({ usage, listing }, 2, DAVE)).toEqual(['lessor', 'listed']);
    expect(involvement({ usage, listing: null }, 6, KESTREL)).toEqual(['payer', 'user']);
    expect(involvement({ usage, listing }, 3, null)).toEqual([]);
  });
});

describe('pledges', () => {
  const w: Words = { amount: (v) => `${v} AMC`, name: (org) => ['Meridian', 'Sentinel', 'Acme', 'Borealis', 'Phoenix', 'Harbour'][org] ?? `organisation ${org}`, account: (a) => a.slice(0, 6) };

  it('reads pledge_of in either case, and none as none', () => {
    const p = parsePledge({ owner: 2, lender: DAVE, lender_org: 5, since: 40, from_record: 7 });
    expect(p).toEqual({ owner: 2, lender: DAVE, lenderOrg: 5, since: 40, fromRecord: 7 });
    expect(parsePledge({ owner: 2, lender: DAVE, lenderOrg: 5, since: '0x28', fromRecord: 7 })?.since).toBe(40);
    expect(parsePledge(null)).toBeNull();
  });

  it('says who holds the lien and who may lift it', () => {
    const words = pledgeWords({ owner: 2, lender: DAVE, lenderOrg: 5, since: 40, fromRecord: 7 }, w);
    expect(words).toContain('pledged by Acme as collateral to Harbour');
    expect(words).toContain('since block #40');
    expect(words).toContain('only an account of Harbour may release it');
  });
});

describe('a metered listing being written', () => {
  it('is unmetered unless asked', () => {
    expect(meterInput(false, null, 'anything', null, '')).toEqual({ meter: null });
  });

  it('asks for each field in turn, in words', () => {
    expect(meterInput(true, null, ' ', 5n, '10')).toEqual({ incomplete: expect.stringContaining("Enter the meter's device") });
    expect(meterInput(true, null, 'not-an-address', 5n, '10')).toEqual({ incomplete: '“not-an-address” is not an account address.' });
    expect(meterInput(true, DEVICE, DEVICE, null, '10')).toEqual({ incomplete: 'Enter the price of one unit of usage.' });
    expect(meterInput(true, DEVICE, DEVICE, 0n, '10')).toEqual({ incomplete: expect.stringContaining('list it unmetered') });
    for (const units of ['', '0', '1.5', '-3'])
      expect(meterInput(true, DEVICE, DEVICE, 5n, units)).toEqual({ incomplete: expect.stringContaining('how many units') });
    expect(meterInput(true, DEVICE, DEVICE, 5n, '18446744073709551616')).toEqual({ incomplete: expect.stringContaining('At most') });
  });

  it('is the meter the contract takes: the device, the unit price, the most units a report', () => {
    expect(meterInput(true, DEVICE, ` ${DEVICE} `, 5n, ' 18446744073709551615 ')).toEqual({
      meter: { device: DEVICE, unitPrice: 5n, maxUnits: 18_446_744_073_709_551_615n },
    });
  });
});
