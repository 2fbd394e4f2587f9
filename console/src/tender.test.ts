import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import {
  bondBounds,
  commitment,
  keepSealedBid,
  loadSealedBids,
  pruneSealedBids,
  lowestRevealed,
  matchingSealedBid,
  newSalt,
  parseTender,
  sealedBidKey,
  tenderActionLabel,
  tenderAwaits,
  tenderPhase,
} from './tender';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const DAVE = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
const KESTREL = '5HpG9w8EBLe5XCrbczpwq5TSXvedjrBGCwqxK1iQ7qUsSWFc';

// `tender(0)`, `terms(0)` and `bid(0, i)` as polkadot.js's toJSON() gives them
const info = { buyer: KESTREL, buyerOrg: 6, bids: 2, held: '0x0000000000000000000000e8d4a51000', status: { bidding: null } };
const terms = {
  wanted: { part: 0 },
  specHash: '0x' + '11'.repeat(32),
  quantity: 1,
  paidOn: 'Custody',
  deliveryBy: 1200,
  standards: [0],
  budget: 1_600,
  bond: 100,
  commitBy: 100,
  revealBy: 200,
};
const sealed = { bidder: DAVE, org: 2, commitment: '0x' + 'ab'.repeat(32), certifications: [0], quote: null };
const revealed = (price: number, org: number) => ({ ...sealed, org, quote: { price, goods: { part: 9 }, seller: DAVE } });
const names = (org: number) => ({ 2: 'Acme Gears', 3: 'Borealis Bearings', 6: 'Kestrel Wind Power' })[org] ?? `organisation ${org}`;
const amount = (v: bigint) => `${v} AMC`;

describe('parseTender', () => {
  it("reads the contract's tender, terms and bids", () => {
    const t = parseTender(0, info, terms, [sealed, revealed(900, 3)], null);
    expect(t).toMatchObject({
      id: 0,
      buyer: KESTREL,
      buyerOrg: 6,
      status: { kind: 'Bidding' },
      wanted: { kind: 'part', partType: 0 },
      quantity: 1,
      paidOn: 'Custody',
      deliveryBy: 1200,
      standards: [0],
      budget: 1600n,
      bond: 100n,
      commitBy: 100,
      revealBy: 200,
      bidCount: 2,
      unansweredSince: null,
    });
    expect(t.held).toBe(1_000_000_000_000n);
    expect(t.bids[0]).toEqual({ index: 0, bidder: DAVE, org: 2, commitment: sealed.commitment, certifications: [0], quote: null });
    expect(t.bids[1].quote).toEqual({ price: 900n, goods: { kind: 'part', id: 9 }, seller: DAVE });
  });

  it('reads every status and a lot wanted', () => {
    expect(parseTender(1, { ...info, status: { awarded: { winner: 1, order: 4 } } }, terms).status).toEqual({ kind: 'Awarded', winner: 1, order: 4 });
    for (const s of ['Cancelled', 'Closed', 'Settled']) expect(parseTender(1, { ...info, status: { [s.toLowerCase()]: null } }, terms).status.kind).toBe(s);
    expect(parseTender(1, { ...info, status: 'Settled' }, terms).status.kind).toBe('Settled');
    const lot = parseTender(1, info, { ...terms, wanted: { lot: null }, paidOn: 'ownership' }, [], 250);
    expect(lot).toMatchObject({ wanted: { kind: 'lot' }, paidOn: 'Ownership', unansweredSince: 250 });
    expect(parseTender(1, info, terms, [{ ...revealed(5, 2), quote: { price: 5, goods: { lot: 3 }, seller: DAVE } }]).bids[0].quote?.goods).toEqual({ kind: 'lot', id: 3 });
  });
});

describe('tenderPhase', () => {
  const t = parseTender(0, info, terms);
  it('follows the deadlines while bidding (each exclusive)', () => {
    expect(tenderPhase(t, 99)).toBe('committing');
    expect(tenderPhase(t, 100)).toBe('revealing');
    expect(tenderPhase(t, 199)).toBe('revealing');
    expect(tenderPhase(t, 200)).toBe('awarding');
    expect(tenderPhase(t, 1200)).toBe('lapsed');
  });
  it('follows the status once it ended', () => {
    expect(tenderPhase({ ...t, status: { kind: 'Awarded', winner: 0, order: 0 } }, 10)).toBe('awarded');
    expect(tenderPhase({ ...t, status: { kind: 'Settled' } }, 10)).toBe('settled');
    expect(tenderPhase({ ...t, status: { kind: 'Cancelled' } }, 10)).toBe('cancelled');
    expect(tenderPhase({ ...t, status: { kind: 'Closed' } }, 10)).toBe('closed');
  });
});

describe('tenderAwaits', () => {
  const t = parseTender(0, info, terms, [sealed, revealed(900, 3)]);
  it('while bidding: the suppliers, then the bidders, then anyone, each by its deadline', () => {
    expect(tenderAwaits(t, 50, names, amount)).toEqual([
      { from: 'bidders', words: 'certified suppliers to commit sealed bids for a part of type 0, each with a bond of 100 AMC (2 so far)', by: 100 },
      { from: 'buyer', words: 'Kestrel Wind Power may cancel it (compensating each bidder its bond)', by: 100 },
    ]);
    expect(tenderAwaits(t, 150, names, amount)).toEqual([
      {
        from: 'bidders',
        words: 'the bidders to reveal their prices and name their goods (1 of 2 revealed; a bid not revealed loses its bond to Kestrel Wind Power)',
        by: 200,
      },
    ]);
    expect(tenderAwaits(t, 250, names, amount)).toEqual([
      {
        from: 'anyone',
        words: 'anyone to award it: the lowest revealed price, 900 AMC from Borealis Bearings, wins if it still qualifies; the award opens its escrow order',
        by: 1200,
      },
    ]);
    expect(tenderAwaits(t, 1200, names, amount)[0].words).toMatch(/^not awarded by block #1200: too late for an order/);
  });

  it('with no bid or no price revealed, anyone closes it', () => {
    const none = parseTender(0, { ...info, bids: 0 }, terms);
    expect(tenderAwaits(none, 150, names, amount)[0]).toMatchObject({ from: null, words: expect.stringMatching(/^no bid was committed/) });
    expect(tenderAwaits(none, 250, names, amount)[0]).toMatchObject({ from: 'anyone', words: expect.stringMatching(/^no price was revealed/) });
  });

  it('once awarded: the winner to deliver through escrow, then anyone settles its bond', () => {
    const awarded = { ...t, status: { kind: 'Awarded' as const, winner: 1, order: 4 } };
    expect(tenderAwaits(awarded, 300, names, amount)).toEqual([
      { from: 'seller', words: 'Borealis Bearings to accept escrow order 4 and deliver (custody to Kestrel Wind Power; its bond is held until the order ends)', by: 1200 },
    ]);
    expect(tenderAwaits(awarded, 300, names, amount, true)).toEqual([{ from: 'anyone', words: "escrow order 4 has ended: anyone may settle Borealis Bearings's bond", by: null }]);
    for (const kind of ['Settled', 'Cancelled', 'Closed'] as const) expect(tenderAwaits({ ...t, status: { kind } }, 300, names, amount)[0].from).toBeNull();
  });

  it('the lowest price wins, ties to the earlier commit', () => {
    const tie = parseTender(0, { ...info, bids: 3 }, terms, [revealed(900, 2), revealed(800, 3), revealed(800, 4)]);
    expect(lowestRevealed(tie)?.org).toBe(3);
    expect(lowestRevealed(parseTender(0, info, terms, [sealed]))).toBeNull();
  });
});

describe('tenderActionLabel', () => {
  it('says what the award and the cancellation do', () => {
    const t = parseTender(0, info, terms, [sealed, revealed(900, 3)]);
    expect(tenderActionLabel(t, 250, 'award', amount)).toBe('Award the tender (opens an escrow order for the lowest price that qualifies)');
    expect(tenderActionLabel(t, 1200, 'award', amount)).toMatch(/^Close the tender/);
    expect(tenderActionLabel(parseTender(0, info, terms, [sealed]), 250, 'award', amount)).toMatch(/^Close the tender/);
    expect(tenderActionLabel(t, 50, 'cancel', amount)).toBe('Cancel the tender (each of the 2 bidders gets its bond back and 100 AMC out of the budget)');
    expect(tenderActionLabel(parseTender(0, { ...info, bids: 0 }, terms), 50, 'cancel', amount)).toBe('Cancel the tender');
    expect(tenderActionLabel(t, 50, 'settle_bond', amount)).toBe("Settle the winner's bond");
  });
});

describe('commitment', () => {
  // computed independently: Python's hashlib.blake2b(digest_size=32) over
  // b'amchain/tender' + contract (32) + (7).to_bytes(8, 'little') + bidder (32)
  // + price.to_bytes(16, 'little') + bytes(range(32)), the keys decoded from SS58 by hand
  const salt = '0x' + Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0')).join('');
  const price = 123456789012345678901234n;
  it('hashes the bytes the contract hashes', () => {
    expect(commitment(ALICE, 7, DAVE, price, salt)).toBe('0xe8ce270e39173a005d56787c501baa402796143d182449ebc78c2a4cd84e02b5');
    expect(commitment(ALICE, 7, DAVE, price + 1n, salt)).toBe('0x66c04223b40bcc517e9c0b08bb4ab6a316c42c90cb165858f9b8e6e904cc4bfb');
  });
  it('binds the contract, the tender and the bidder', () => {
    const c = commitment(ALICE, 7, DAVE, price, salt);
    expect(commitment(DAVE, 7, DAVE, price, salt)).not.toBe(c);
    expect(commitment(ALICE, 8, DAVE, price, salt)).not.toBe(c);
    expect(commitment(ALICE, 7, ALICE, price, salt)).not.toBe(c);
  });
  it('refuses what does not fit', () => {
    expect(() => commitment(ALICE, 7, DAVE, 2n ** 128n, salt)).toThrow();
    expect(() => commitment(ALICE, 7, DAVE, -1n, salt)).toThrow();
    expect(() => commitment(ALICE, 7, DAVE, 1n, '0x1234')).toThrow(/32 bytes/);
  });
  it('a fresh salt each time, 32 bytes', () => {
    const a = newSalt();
    expect(a).toMatch(/^0x[0-9a-f]{64}$/);
    expect(newSalt()).not.toBe(a);
  });
});

describe('sealed bids in the browser', () => {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
  };
  it('keeps every offered bid under contract, tender and account, and finds the committed one', () => {
    const s = store();
    const key = sealedBidKey(ALICE, 3, DAVE);
    expect(key).toBe(`amchain-tender-bid:${ALICE}:3:${DAVE}`);
    // the same account in another SS58 format (the chain's own, a wallet's) finds the same key
    expect(sealedBidKey(encodeAddress(decodeAddress(ALICE), 0), 3, encodeAddress(decodeAddress(DAVE), 2))).toBe(key);
    expect(loadSealedBids(s, key)).toEqual([]);
    const first = { price: 500n, salt: newSalt() };
    const second = { price: 450n, salt: newSalt() };
    keepSealedBid(s, key, first);
    keepSealedBid(s, key, second);
    keepSealedBid(s, key, second);
    expect(loadSealedBids(s, key)).toEqual([second, first]);
    const onChain = parseTender(3, info, terms, [{ ...sealed, commitment: commitment(ALICE, 3, DAVE, 500n, first.salt) }]).bids[0];
    expect(matchingSealedBid(loadSealedBids(s, key), ALICE, 3, onChain)).toEqual(first);
    expect(matchingSealedBid([second], ALICE, 3, onChain)).toBeNull();
  });
  it('ignores what is not a sealed bid', () => {
    const s = store();
    s.setItem('k', 'not json');
    expect(loadSealedBids(s, 'k')).toEqual([]);
    s.setItem('k', JSON.stringify([{ price: 'x', salt: '0x00' }, { price: '5', salt: '0x' + '00'.repeat(32) }]));
    expect(loadSealedBids(s, 'k')).toEqual([{ price: 5n, salt: '0x' + '00'.repeat(32) }]);
  });
});

describe('bonds', () => {
  it("the bond's bounds for a budget", () => {
    expect(bondBounds(1600n)).toEqual({ min: 16n, max: 100n });
  });
});

describe('pruneSealedBids', () => {
  const contract = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
  const bidder = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  };
  const salt = (b: number) => '0x' + b.toString(16).padStart(2, '0').repeat(32);
  const onChain = (price: bigint, s: string, quote = false) => ({
    index: 0,
    bidder,
    org: 2,
    commitment: commitment(contract, 3, bidder, price, s),
    certifications: [],
    quote: quote ? { price, goods: { kind: 'part' as const, id: 1 }, seller: bidder } : null,
  });
  it('keeps only the committed bid once the chain holds it, and nothing once revealed', () => {
    const store = memory();
    keepSealedBid(store, 'k', { price: 90n, salt: salt(1) });
    keepSealedBid(store, 'k', { price: 80n, salt: salt(2) });
    expect(pruneSealedBids(store, 'k', contract, 3, undefined, 'committing')).toBe('kept');
    expect(pruneSealedBids(store, 'k', contract, 3, onChain(90n, salt(1)) as never, 'committing')).toBe('pruned');
    expect(loadSealedBids(store, 'k')).toEqual([{ price: 90n, salt: salt(1) }]);
    expect(pruneSealedBids(store, 'k', contract, 3, onChain(90n, salt(1)) as never, 'revealing')).toBe('kept');
    expect(pruneSealedBids(store, 'k', contract, 3, onChain(90n, salt(1), true) as never, 'revealing')).toBe('removed');
    expect(store.getItem('k')).toBeNull();
    expect(pruneSealedBids(store, 'k', contract, 3, undefined, 'awarding')).toBe('none');
  });
  it('keeps a bid not yet read from the chain through the reveals, and drops it after', () => {
    const store = memory();
    keepSealedBid(store, 'k', { price: 90n, salt: salt(1) });
    expect(pruneSealedBids(store, 'k', contract, 3, undefined, 'revealing')).toBe('kept');
    expect(pruneSealedBids(store, 'k', contract, 3, undefined, 'awarding')).toBe('removed');
    keepSealedBid(store, 'k', { price: 90n, salt: salt(1) });
    expect(pruneSealedBids(store, 'k', contract, 3, onChain(90n, salt(1)) as never, 'cancelled')).toBe('removed');
  });
});
