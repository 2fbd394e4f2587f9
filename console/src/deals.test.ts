import { describe, expect, it } from 'vitest';
import { big, creditAwaits, escrowAwaits, parseCredit, parseEscrowOrder } from './deals';

// `order(0)` and `order_state(0)` as polkadot.js's toJSON() gives them
const orderJson = {
  buyer: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
  seller: '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy',
  buyerOrg: 6,
  sellerOrg: 2,
  goods: { part: 2 },
  paidOn: 'Custody',
  amount: '0x00000000000000000de0b6b3a7640000',
  released: 0,
  refunded: 0,
  deadline: 900,
  arbiter: null,
  oracle: null,
  milestones: [],
  milestonesDone: 0,
  breached: false,
  deliveredAt: null,
  historyFrom: 3,
  proposal: null,
  disputeEnds: null,
};
const names = (org: number) => ({ 2: 'Acme Gears', 6: 'Kestrel Wind Power' })[org] ?? `organisation ${org}`;

describe('parseEscrowOrder', () => {
  it("reads the contract's order and state", () => {
    const o = parseEscrowOrder(0, orderJson, 'Proposed');
    expect(o).toMatchObject({ id: 0, buyerOrg: 6, sellerOrg: 2, goods: { kind: 'part', id: 2 }, paidOn: 'Custody', deadline: 900, deliveredAt: null, state: 'Proposed' });
    expect(o.amount).toBe(1_000_000_000_000_000_000n);
    expect(parseEscrowOrder(1, { ...orderJson, goods: { lot: 7 }, paidOn: 'ownership' }, 'open')).toMatchObject({ goods: { kind: 'lot', id: 7 }, paidOn: 'Ownership', state: 'Open' });
  });

  it('reads large numbers from hex or decimal text, and nothing else', () => {
    expect(big('340282366920938463463374607431768211455')).toBe(2n ** 128n - 1n);
    expect(big('0xff')).toBe(255n);
    expect(big(12)).toBe(12n);
    expect(big(1.5)).toBe(0n);
    expect(big('twelve')).toBe(0n);
  });
});

describe('escrowAwaits', () => {
  const order = parseEscrowOrder(0, orderJson, 'Proposed');
  it('says who acts next, and by when', () => {
    expect(escrowAwaits(order, 100, names)).toEqual({
      from: 'seller',
      words: 'Acme Gears to accept it (until then only the buyer is bound, and may withdraw)',
      by: 900,
    });
    expect(escrowAwaits({ ...order, state: 'Open' }, 100, names)).toEqual({
      from: 'seller',
      words: 'Acme Gears to deliver: custody of part 2 to Kestrel Wind Power',
      by: 900,
    });
    expect(escrowAwaits({ ...order, state: 'Open' }, 100, names, true)).toMatchObject({
      from: 'anyone',
      words: "delivered (the buyer's receipt is in the goods' history): anyone may release the payment to Acme Gears",
    });
    expect(escrowAwaits({ ...order, state: 'Open', deliveredAt: 120 }, 130, names)).toMatchObject({
      from: 'anyone',
      words: 'delivered at block #120: anyone may release the payment to Acme Gears',
    });
    expect(escrowAwaits({ ...order, state: 'Open', milestones: [1n, 2n], milestonesDone: 1 }, 100, names).words).toBe(
      'Kestrel Wind Power to confirm milestone 2 of 2',
    );
    expect(escrowAwaits({ ...order, state: 'Disputed', disputeEnds: 700 }, 100, names)).toMatchObject({ from: 'arbiter', by: 700 });
  });

  it('past the deadline, anyone settles it', () => {
    expect(escrowAwaits(order, 900, names).from).toBe('anyone');
    expect(escrowAwaits({ ...order, state: 'Open' }, 901, names).words).toMatch(/not delivered by the deadline/);
  });

  it('a closed order awaits nobody', () => {
    for (const state of ['Released', 'Refunded', 'Resolved', 'Split', 'Cancelled'])
      expect(escrowAwaits({ ...order, state }, 100, names).from).toBeNull();
    expect(escrowAwaits({ ...order, state: 'Released' }, 100, names).words).toBe('paid to Acme Gears in full');
  });
});

describe('letters of credit', () => {
  const json = {
    applicant: 6,
    beneficiary: 2,
    issuingBank: 5,
    confirmingBank: null,
    confirmed: false,
    terms: { amount: 500, expiry: 1000, latestShipment: 900, partialDrawings: false, required: [{ docType: 1 }, { docType: 3 }] },
    examinationPeriod: 50,
    drawn: 0,
    atIssuingBank: { presentation: null },
    atConfirmingBank: { presentation: null },
    amendment: null,
    state: 'AwaitingApplicant',
  };
  const orgs = (org: number) => ({ 2: 'Acme Gears', 5: 'Harbour Trade Bank', 6: 'Kestrel Wind Power' })[org] ?? `organisation ${org}`;

  it("reads a credit and says what it awaits", () => {
    const c = parseCredit(0, json);
    expect(c).toMatchObject({ applicant: 6, beneficiary: 2, issuingBank: 5, amount: 500n, expiry: 1000, required: 2, state: 'AwaitingApplicant', presentations: [] });
    expect(creditAwaits(c, 10, orgs)).toEqual([
      { words: 'Kestrel Wind Power to consent to the credit Harbour Trade Bank funded (the bank may cancel until then)', by: null },
    ]);
    expect(creditAwaits({ ...c, state: 'Issued' }, 10, orgs)).toEqual([{ words: 'Acme Gears to present the 2 required documents', by: 1000 }]);
    expect(creditAwaits({ ...c, state: 'Issued' }, 1001, orgs)[0].words).toMatch(/^expired: anyone may close it/);
    expect(creditAwaits({ ...c, state: 'Drawn' }, 10, orgs)[0].words).toBe('drawn in full by Acme Gears');
  });

  it('names the bank that must examine a presentation, and by when', () => {
    const presented = parseCredit(0, {
      ...json,
      state: 'Issued',
      atIssuingBank: { presentation: { amount: 500, documents: [], presentedAt: 200, discrepancies: ['Late'], waived: false } },
      amendment: { terms: { amount: 600, expiry: 1200 }, paidIn: 100, applicantConsented: true, confirmationExtended: false },
    });
    expect(presented.presentations).toEqual([{ at: 'IssuingBank', amount: 500n, presentedAt: 200, discrepancies: 1, waived: false }]);
    expect(creditAwaits(presented, 210, orgs)).toEqual([
      { words: 'Harbour Trade Bank to examine a presentation with 1 discrepancy (honour or refuse; Kestrel Wind Power may waive them)', by: 250 },
      { words: 'Acme Gears to accept or reject the amendment', by: null },
    ]);
  });
});
