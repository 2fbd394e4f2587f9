import { describe, expect, it } from 'vitest';
import { errorDocs, isRevert, messageKey, metadataCodeHash, unwrapAnswer } from './contracts';

describe('unwrapAnswer', () => {
  it("unwraps ink!'s language Result and the message's own", () => {
    expect(unwrapAnswer({ ok: { ok: null } })).toEqual({ ok: true, value: null, error: null });
    expect(unwrapAnswer({ ok: { ok: 3 } })).toEqual({ ok: true, value: 3, error: null });
    expect(unwrapAnswer({ ok: { err: 'NotSeller' } })).toEqual({ ok: false, value: null, error: 'NotSeller' });
    expect(unwrapAnswer({ ok: { err: { extension: 'UnknownPart' } } }).error).toBe('Extension(UnknownPart)');
    expect(unwrapAnswer({ err: 'CouldNotReadInput' }).error).toBe('CouldNotReadInput');
    // a getter's plain value (an Option) is not a Result
    expect(unwrapAnswer({ ok: { buyer: 'x', seller: 'y' } }).value).toEqual({ buyer: 'x', seller: 'y' });
    expect(unwrapAnswer({ ok: 'Open' }).value).toBe('Open');
    expect(unwrapAnswer({ ok: { ok: null } }, true)).toEqual({ ok: false, value: null, error: 'the call reverted' });
  });
});

describe('metadata', () => {
  const metadata = {
    source: { hash: '0xABCD' },
    types: [
      { type: { path: ['escrow', 'escrow', 'State'], def: { variant: { variants: [{ name: 'Open', docs: ['Open.'] }] } } } },
      { type: { path: ['escrow', 'escrow', 'Error'], def: { variant: { variants: [{ name: 'NotSeller', docs: ['The caller acts for', 'no seller.'] }] } } } },
    ],
  };
  it('finds the code hash and an error variant’s documentation', () => {
    expect(metadataCodeHash(metadata)).toBe('0xabcd');
    expect(metadataCodeHash({})).toBeNull();
    expect(errorDocs(metadata, 'NotSeller')).toBe('The caller acts for no seller.');
    expect(errorDocs(metadata, 'Extension(UnknownPart)')).toBeNull();
    expect(errorDocs(metadata, 'Open')).toBeNull();
  });
});

describe('messageKey', () => {
  it("names a message as @polkadot/api-contract does", () => {
    expect(messageKey('order_count')).toBe('orderCount');
    expect(messageKey('accept')).toBe('accept');
    expect(messageKey('consent_amendment')).toBe('consentAmendment');
  });
});

describe('isRevert', () => {
  it("reads pallet-contracts' return flags as its metadata shapes them", () => {
    expect(isRevert({ toJSON: () => ({ bits: 0 }) })).toBe(false);
    expect(isRevert({ toJSON: () => ({ bits: 1 }) })).toBe(true);
    expect(isRevert({ bits: 3 })).toBe(true);
    expect(isRevert({ isRevert: true })).toBe(true);
    expect(isRevert(null)).toBe(false);
  });
});
