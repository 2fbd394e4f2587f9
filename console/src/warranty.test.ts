import { describe, expect, it } from 'vitest';
import { claimIds, claimWords, kindWords, warrantyState, type ClaimView, type WarrantyView } from './warranty';

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
