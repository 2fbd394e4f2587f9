import { describe, expect, it } from 'vitest';
import { canFile, claimChoices, claimIds, claimWords, documentHash, kindWords, warrantyState, type ClaimView, type WarrantyView } from './warranty';

const warranty: WarrantyView = {
  id: 3,
  part: 0,
  life: 1,
  kind: 'new',
  issuer: 1,
  covers: [],
  issuedAt: 10,
  expiresAt: 1010,
  voided: null,
  active: true,
  openClaim: null,
};

describe('warrantyState', () => {
  it('tells in force, voided, expired and a life that ended apart', () => {
    expect(warrantyState(warranty, 20)).toEqual({ good: true, words: 'in force' });
    expect(warrantyState({ ...warranty, active: false, voided: '0x' + '11'.repeat(32) }, 20).words).toMatch(/voided/);
    expect(warrantyState({ ...warranty, active: false }, 1010).words).toBe('expired');
    expect(warrantyState({ ...warranty, active: false }, 1009).words).toBe('ended: the part left life 1');
    expect(warrantyState({ ...warranty, active: false }, null).words).toBe('ended: the part left life 1');
  });

  it('names the kinds', () => {
    expect(kindWords('new')).toBe('New-part warranty');
    expect(kindWords('repair')).toBe('Repair warranty');
    expect(kindWords('future')).toBe('future');
  });
});

describe('claimWords', () => {
  const token = { decimals: 12, symbol: 'AMC', locale: 'en-GB' };
  const claim: ClaimView = {
    id: 0,
    warranty: 3,
    part: 0,
    claimant: 2,
    account: '0x00',
    filedAt: 30,
    asked: '5000000000000',
    covered: '2000000000000',
    respondBy: 130,
    status: 'open',
  };
  it('says what each status means, amounts in the token', () => {
    expect(claimWords(claim, token)).toBe('open: asks 5 AMC (2 AMC of it covered by the reserve); the issuer may reject it until block #130');
    expect(claimWords({ ...claim, asked: '0', covered: '0' }, token)).toMatch(/^open: asks a remedy without payment/);
    expect(claimWords({ ...claim, status: 'approved', paid: '1500000000000' }, token)).toBe('approved: paid 1.5 AMC');
    expect(claimWords({ ...claim, status: 'rejected' }, token)).toBe('rejected by the issuer');
    expect(claimWords({ ...claim, status: 'withdrawn' }, token)).toBe('withdrawn by the claimant');
    expect(claimWords({ ...claim, status: 'ruled', paid: '0' }, token)).toBe('ruled by governance: paid 0 AMC');
    expect(claimWords({ ...claim, status: 'defaulted', paid: '2000000000000' }, token)).toMatch(/^decided by nobody in time: paid 2 AMC/);
  });
});

describe('claimIds', () => {
  it("keeps the claims on this part's warranties, once each, in order", () => {
    const events = [
      { fields: { claim: 0, warranty: 9 } },
      { fields: { claim: 1, warranty: 3 } },
      { fields: { claim: { '$serde_json::private::Number': '4' }, warranty: { '$serde_json::private::Number': '5' } } },
      { fields: null },
      { fields: { claim: 1, warranty: 3 } },
    ];
    expect(claimIds(events, [3, 5])).toEqual([1, 4]);
    expect(claimIds(events, [])).toEqual([]);
  });
});

describe('documentHash', () => {
  it('hashes text with BLAKE2b-256 and takes a hash as given', () => {
    // python3: hashlib.blake2b(b'crack in tooth 3', digest_size=32).hexdigest()
    expect(documentHash(' crack in tooth 3 ')).toBe('0x5bbd2674df927a82e06a9c5392f7c9c9a6b322682359e1b955af4642f69c464c');
    expect(documentHash('0x' + 'AB'.repeat(32))).toBe('0x' + 'ab'.repeat(32));
    expect(documentHash('   ')).toBeNull();
    // not quite a hash: hashed as text
    expect(documentHash('0x' + 'ab'.repeat(31))).not.toBe('0x' + 'ab'.repeat(31));
  });
});

describe('who may file and decide a claim', () => {
  const holder = { participant: 6, admin: true };
  it('files only as owner and custodian, not as the issuer, under a warranty in force', () => {
    expect(canFile(warranty, holder, 6, 6)).toBeNull();
    expect(canFile(warranty, holder, 6, 2)).toMatch(/owns the part and holds it in custody/);
    expect(canFile(warranty, holder, 2, 6)).toMatch(/owns the part and holds it in custody/);
    expect(canFile(warranty, { participant: 1, admin: true }, 1, 1)).toMatch(/own warranty/);
    expect(canFile(warranty, { participant: null, admin: false }, 6, 6)).toMatch(/no organisation/);
    expect(canFile({ ...warranty, active: false }, holder, 6, 6)).toMatch(/not in force/);
  });
  const claim: ClaimView = {
    id: 0,
    warranty: 3,
    part: 0,
    claimant: 6,
    account: '5F',
    filedAt: 100,
    asked: '5000',
    covered: '5000',
    respondBy: 200,
    status: 'open',
  };
  const issuer = { participant: 1, admin: true };
  it('lets the issuer approve or reject until respondBy, then only approve in full', () => {
    const before = claimChoices(claim, 1, issuer, 150, 100);
    expect(before.approve).toBeNull();
    expect(before.reject).toBeNull();
    expect(before.approveOnlyInFull).toBe(false);
    expect(before.withdraw).toMatch(/claimant/);
    expect(before.settle).toMatch(/after block #300/);
    // the last block before respondBy passes: a call would land at 200, still in time
    expect(claimChoices(claim, 1, issuer, 199, 100).reject).toBeNull();
    // at 200 a call lands at 201: too late to reject or pay less
    const after = claimChoices(claim, 1, issuer, 200, 100);
    expect(after.approve).toBeNull();
    expect(after.approveOnlyInFull).toBe(true);
    expect(after.reject).toMatch(/until block #200/);
  });
  it('lets the claimant admin withdraw, and anyone settle after the ruling time', () => {
    const c = claimChoices(claim, 1, holder, 150, 100);
    expect(c.withdraw).toBeNull();
    expect(c.approve).toMatch(/issuer/);
    expect(claimChoices(claim, 1, { participant: 6, admin: false }, 150, 100).withdraw).toMatch(/admin/);
    expect(claimChoices(claim, 1, { participant: null, admin: false }, 299, 100).settle).toMatch(/after block #300/);
    // at 300 a call lands at 301, after the ruling time
    expect(claimChoices(claim, 1, { participant: null, admin: false }, 300, 100).settle).toBeNull();
  });
  it('closes every action on a decided claim', () => {
    const c = claimChoices({ ...claim, status: 'approved' }, 1, issuer, 150, 100);
    expect([c.approve, c.reject, c.withdraw, c.settle].every((x) => x === 'The claim is closed.')).toBe(true);
  });
});
