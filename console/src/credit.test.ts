import { blake2AsHex } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import {
  claimWords,
  samePresentation,
  parseNamedPresentation,
  parseDiscrepancies,
  creditHistory,
  discrepancyWords,
  drawable,
  examinationWords,
  issuerRuleWords,
  noteHashes,
  parseCreditPapers,
  parseDiscrepancy,
  parseHash,
  parseIssuerRule,
  requiredDocumentWords,
  type CreditEvent,
} from './credit';
import { ROLE_NAMES } from './format';

const names = (org: number) => ({ 2: 'Acme Gears', 6: 'Kestrel Wind Power', 0: 'Harbour Trade Bank' })[org] ?? `organisation ${org}`;
const bit = (role: (typeof ROLE_NAMES)[number]) => 1 << ROLE_NAMES.indexOf(role);
const ACME = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
const BANK = '5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY';
const H1 = '0x' + '11'.repeat(32);
const H2 = '0x' + 'AB'.repeat(32);

// `credit(0)` as polkadot.js's toJSON() gives it: a presentation at the issuing bank
// missing its document, and an amendment requiring a second, transport document
const creditJson = {
  applicant: 6,
  beneficiary: 2,
  issuingBank: 0,
  confirmingBank: null,
  confirmed: false,
  terms: {
    amount: '0x0000000000000000002386f26fc10000',
    expiry: 1000,
    latestShipment: 500,
    partialDrawings: false,
    required: [{ docType: 1, issuer: { beneficiary: null }, transport: false }],
  },
  examinationPeriod: 20,
  drawn: 0,
  atIssuingBank: { presentation: { amount: '0x0000000000000000002386f26fc10000', documents: [], presentedAt: 40, discrepancies: [{ missing: 1 }], waived: false } },
  atConfirmingBank: { presentation: null },
  amendment: {
    terms: {
      amount: 10_000_000_000_000_000,
      expiry: 2000,
      latestShipment: 900,
      partialDrawings: false,
      required: [
        { docType: 1, issuer: { beneficiary: null }, transport: false },
        { docType: 2, issuer: { role: bit('carrier') }, transport: true },
      ],
    },
    paidIn: 0,
    applicantConsented: false,
    confirmationExtended: false,
  },
  state: 'Issued',
};

describe('parseCreditPapers', () => {
  it("reads the required documents, the amendment's new ones and the pending presentation", () => {
    const c = parseCreditPapers(0, creditJson);
    expect(c).toMatchObject({ id: 0, beneficiary: 2, applicant: 6, issuingBank: 0, confirmingBank: null, expiry: 1000, latestShipment: 500, examinationPeriod: 20, state: 'Issued' });
    expect(c.amount).toBe(10_000_000_000_000_000n);
    expect(c.required).toEqual([{ docType: 1, issuer: { kind: 'Beneficiary' }, transport: false }]);
    expect(c.amendmentRequired).toEqual([{ docType: 2, issuer: { kind: 'Role', roles: bit('carrier') }, transport: true }]);
    expect(c.pending).toEqual([{ at: 'IssuingBank', amount: 10_000_000_000_000_000n, documents: [], presentedAt: 40, discrepancies: [{ kind: 'Missing', docType: 1 }], waived: false }]);
  });

  it('reads a presentation with documents at the confirming bank', () => {
    const c = parseCreditPapers(3, {
      ...creditJson,
      confirmingBank: 7,
      confirmed: true,
      atIssuingBank: { presentation: null },
      atConfirmingBank: { presentation: { amount: 5, documents: [{ issuer: ACME, hash: H2 }], presentedAt: 41, discrepancies: [], waived: true } },
      amendment: null,
    });
    expect(c.confirmingBank).toBe(7);
    expect(c.amendmentRequired).toEqual([]);
    expect(c.pending).toEqual([{ at: 'ConfirmingBank', amount: 5n, documents: [{ issuer: ACME, hash: H2.toLowerCase() }], presentedAt: 41, discrepancies: [], waived: true }]);
  });

  it('what may be drawn, less what the other bank examines', () => {
    const c = parseCreditPapers(0, { ...creditJson, drawn: 1000 });
    expect(drawable(c, 'IssuingBank')).toEqual({ undrawn: c.amount - 1000n, available: c.amount - 1000n });
    // the issuing bank examines the whole amount: nothing is left for the confirming bank
    expect(drawable(c, 'ConfirmingBank')).toEqual({ undrawn: c.amount - 1000n, available: 0n });
  });
});

describe('issuer rules in words', () => {
  it('reads each rule as polkadot.js gives it', () => {
    expect(parseIssuerRule({ beneficiary: null })).toEqual({ kind: 'Beneficiary' });
    expect(parseIssuerRule('Anyone')).toEqual({ kind: 'Anyone' });
    expect(parseIssuerRule({ role: 384 })).toEqual({ kind: 'Role', roles: 384 });
    expect(parseIssuerRule({ certifiedFor: 3 })).toEqual({ kind: 'CertifiedFor', standard: 3 });
    expect(parseIssuerRule({ somethingNew: 1 })).toEqual({ kind: 'Unknown', raw: '{"somethingNew":1}' });
  });

  it('says who may issue', () => {
    expect(issuerRuleWords({ kind: 'Beneficiary' }, names, 2)).toBe('an account of Acme Gears, the beneficiary');
    expect(issuerRuleWords({ kind: 'Anyone' }, names, 2)).toBe('any account (a party to the credit too)');
    expect(issuerRuleWords({ kind: 'Role', roles: bit('carrier') }, names, 2)).toBe(
      "an account of a third party (never the applicant's or the beneficiary's organisation) holding the role carrier",
    );
    expect(issuerRuleWords({ kind: 'Role', roles: bit('carrier') | bit('auditor') }, names, 2)).toMatch(/holding the roles auditor and carrier$/);
    expect(issuerRuleWords({ kind: 'CertifiedFor', standard: 3 }, names, 2)).toMatch(/a third party .* certified for standard 3 when it lodges$/);
    expect(issuerRuleWords({ kind: 'Unknown', raw: '{}' }, names, 2)).toBe('a rule this console cannot read ({})');
  });

  it('describes a required document, and a transport one with its shipment block', () => {
    const c = { beneficiary: 2, latestShipment: 500 };
    expect(requiredDocumentWords({ docType: 1, issuer: { kind: 'Beneficiary' }, transport: false }, names, c)).toBe(
      'document type 1, issued by an account of Acme Gears, the beneficiary',
    );
    expect(requiredDocumentWords({ docType: 2, issuer: { kind: 'Role', roles: bit('carrier') }, transport: true }, names, c)).toMatch(
      /^document type 2, issued by .* carrier; a transport document, lodged \(shipped\) by block #500$/,
    );
  });
});

describe('discrepancies in words', () => {
  it('reads each discrepancy', () => {
    expect(parseDiscrepancy({ missing: 1 })).toEqual({ kind: 'Missing', docType: 1 });
    expect(parseDiscrepancy({ issuerNotQualified: 2 })).toEqual({ kind: 'IssuerNotQualified', docType: 2 });
    expect(parseDiscrepancy({ lateShipment: 3 })).toEqual({ kind: 'LateShipment', docType: 3 });
    expect(parseDiscrepancy({ stated: H2 })).toEqual({ kind: 'Stated', hash: H2.toLowerCase() });
    expect(parseDiscrepancy({ stated: 7 })).toMatchObject({ kind: 'Unknown' });
  });

  it('says what the contract found', () => {
    expect(discrepancyWords({ kind: 'Missing', docType: 1 })).toBe('no document of type 1 is presented (a required document is missing)');
    expect(discrepancyWords({ kind: 'IssuerNotQualified', docType: 2 })).toBe("no presented document of type 2 comes from an issuer the credit's rule admits");
    expect(discrepancyWords({ kind: 'LateShipment', docType: 3 }, 500)).toBe('the transport document of type 3 is dated after the latest shipment (block #500)');
    expect(discrepancyWords({ kind: 'Stated', hash: H1 })).toBe("the bank stated a discrepancy of its own (its notice's hash 0x11111111…1111)");
  });
});

describe('the inputs', () => {
  it('takes a pasted hash, and nothing else', () => {
    expect(parseHash(`  ${H2} `)).toBe(H2.toLowerCase());
    expect(parseHash(H2.slice(0, -2))).toBeNull();
    expect(parseHash(H2.slice(2))).toBeNull();
    expect(parseHash('0x' + 'zz'.repeat(32))).toBeNull();
  });

  it("records the bank's notes as the Blake2-256 hashes of their lines", () => {
    const notes = noteHashes('invoice missing\n\n  invoice missing \nwrong consignee\n');
    expect(notes).toEqual([
      { note: 'invoice missing', hash: blake2AsHex('invoice missing', 256) },
      { note: 'wrong consignee', hash: blake2AsHex('wrong consignee', 256) },
    ]);
    expect(noteHashes('  \n')).toEqual([]);
  });
});

describe('creditHistory', () => {
  const ev = (block: number, index: number, name: string, fields: Record<string, unknown>): CreditEvent => ({ block, index, name, fields });
  const events = [
    ev(30, 1, 'Consented', { credit: 0 }),
    ev(40, 1, 'Presented', { credit: 0, to: 'IssuingBank', amount: 500, documents: [], discrepancies: [{ missing: 1 }] }),
    // another credit's events are left out
    ev(41, 1, 'DocumentLodged', { credit: 1, issuer: ACME, hash: H1, docType: 1 }),
    ev(45, 1, 'Refused', { credit: 0, at: 'IssuingBank', by: BANK, discrepancies: [{ missing: 1 }, { stated: H2 }], deemed: false }),
    ev(50, 2, 'DocumentLodged', { credit: 0, issuer: ACME, hash: H1, docType: 1 }),
    ev(60, 1, 'Presented', { credit: 0, to: 'IssuingBank', amount: 500, documents: [{ issuer: ACME, hash: H1 }], discrepancies: [] }),
    ev(70, 1, 'Honoured', { credit: 0, at: 'IssuingBank', amount: 500, by: BANK, deemed: false }),
  ];

  it('lists the documents lodged and each presentation with its outcome', () => {
    const h = creditHistory(events, 0);
    expect(h.lodged).toEqual([{ issuer: ACME, hash: H1, docType: 1, block: 50 }]);
    expect(h.presentations.map((p) => [p.presentedAt, p.outcome.kind])).toEqual([
      [40, 'refused'],
      [60, 'honoured'],
    ]);
    expect(h.presentations[0].outcome).toEqual({ kind: 'refused', block: 45, by: BANK, deemed: false, discrepancies: [{ kind: 'Missing', docType: 1 }, { kind: 'Stated', hash: H2.toLowerCase() }] });
    expect(h.presentations[1]).toMatchObject({ amount: 500n, documents: [{ issuer: ACME, hash: H1 }], discrepancies: [], acceptedAmendment: false });
    expect(h.presentations[1].outcome).toEqual({ kind: 'honoured', block: 70, by: BANK, deemed: false, amount: 500n });
  });

  it('orders the events by block and index, keeps each bank apart, and marks waivers and deemed acceptances', () => {
    const h = creditHistory(
      [
        ev(82, 1, 'Honoured', { credit: 0, at: 'ConfirmingBank', amount: 9, by: ACME, deemed: true }),
        ev(80, 2, 'Presented', { credit: 0, to: 'ConfirmingBank', amount: 9, documents: [], discrepancies: [{ missing: 1 }] }),
        ev(80, 1, 'AmendmentAccepted', { credit: 0, returned: 0, deemed: true, confirmed: true }),
        ev(81, 1, 'Waived', { credit: 0, at: 'ConfirmingBank' }),
        ev(81, 2, 'Presented', { credit: 0, to: 'IssuingBank', amount: 1, documents: [], discrepancies: [] }),
      ],
      0,
    );
    expect(h.presentations.map((p) => [p.at, p.waived, p.acceptedAmendment, p.outcome.kind])).toEqual([
      ['ConfirmingBank', true, true, 'honoured'],
      ['IssuingBank', false, false, 'pending'],
    ]);
    expect(h.presentations[0].outcome).toMatchObject({ deemed: true });
  });
});

describe('claims and examination in words', () => {
  it("says what a document's claim means", () => {
    expect(claimWords(null, 0)).toEqual({ free: true, words: 'free: it may be presented' });
    expect(claimWords({ credit: 0, drawn: false }, 0)).toEqual({ free: false, words: 'in a presentation awaiting examination under this credit' });
    expect(claimWords({ credit: 4, drawn: true }, 0)).toEqual({ free: false, words: 'drawn under credit 4 of this contract: it cannot be presented again' });
  });

  it('says who examines a pending presentation until when, and what happens after', () => {
    const c = parseCreditPapers(0, creditJson);
    const p = c.pending[0];
    expect(examinationWords(c, p, 50, names)).toEqual({ words: 'Harbour Trade Bank examines it: honour (once waived) or refuse', by: 60 });
    expect(examinationWords(c, p, 61, names)).toEqual({
      words: 'every examination period has passed: anyone may refuse it (the contract found discrepancies nobody waived)',
      by: null,
    });
    const confirmed = { ...c, confirmingBank: 7, confirmed: true };
    const atConfirming = { ...p, at: 'ConfirmingBank' as const, discrepancies: [] };
    expect(examinationWords(confirmed, atConfirming, 50, names)).toEqual({ words: 'organisation 7 examines it: honour or refuse', by: 60 });
    expect(examinationWords(confirmed, atConfirming, 70, names)).toEqual({ words: 'organisation 7 let its period pass: Harbour Trade Bank examines it', by: 80 });
    expect(examinationWords(confirmed, atConfirming, 81, names).words).toBe('every examination period has passed: anyone may honour it');
  });
});

describe('samePresentation', () => {
  const p = {
    at: 'IssuingBank' as const,
    amount: 50n,
    documents: [{ issuer: '0xAA', hash: '0x01' }],
    presentedAt: 40,
    discrepancies: [],
    waived: false,
  };
  it('tells the presentation looked at from one put in its place', () => {
    const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
    const aliceHex = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
    const q = { ...p, documents: [{ issuer: alice, hash: '0x01' }] };
    // the same account in its SS58 and hex forms, a hash in either case
    expect(samePresentation(q, { ...q, documents: [{ issuer: aliceHex, hash: '0x01' }] })).toBe(true);
    expect(samePresentation(p, { ...p, documents: [{ issuer: '0xAA', hash: '0X01'.toLowerCase() }] })).toBe(true);
    expect(samePresentation(p, { ...p, waived: true })).toBe(true);
    expect(samePresentation(p, undefined)).toBe(false);
    expect(samePresentation(p, { ...p, presentedAt: 41 })).toBe(false);
    expect(samePresentation(p, { ...p, amount: 49n })).toBe(false);
    expect(samePresentation(p, { ...p, documents: [] })).toBe(false);
    expect(samePresentation(p, { ...p, at: 'ConfirmingBank' })).toBe(false);
    // the same documents found wanting otherwise (a fork where the bill of lading was lodged late)
    expect(samePresentation(p, { ...p, discrepancies: parseDiscrepancies([{ lateShipment: 2 }]) })).toBe(false);
  });
});

describe('parseNamedPresentation', () => {
  const id = '0x' + 'ab'.repeat(32);
  const body = { amount: '50', documents: [{ issuer: '0xAA', hash: '0x01' }], presentedAt: 40, discrepancies: [{ missing: 2 }], waived: true };
  it("reads the contract's answer: the id and the presentation it is of", () => {
    const named = parseNamedPresentation('ConfirmingBank', [id.toUpperCase().replace('0X', '0x'), body]);
    expect(named?.id).toBe(id);
    expect(named?.presentation).toEqual({ at: 'ConfirmingBank', amount: 50n, documents: [{ issuer: '0xAA', hash: '0x01' }], presentedAt: 40, discrepancies: parseDiscrepancies([{ missing: 2 }]), waived: true });
  });
  it('names nothing for no presentation or anything else', () => {
    expect(parseNamedPresentation('IssuingBank', null)).toBeNull();
    expect(parseNamedPresentation('IssuingBank', [id])).toBeNull();
    expect(parseNamedPresentation('IssuingBank', ['0x01', body])).toBeNull();
    expect(parseNamedPresentation('IssuingBank', { id, presentation: body })).toBeNull();
  });
});
