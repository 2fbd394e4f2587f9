import { describe, expect, it } from 'vitest';
import { checkTagParams, parseAnswer, parseSignature, parseTagKey, randomNonce, verdictWords } from './tag';

const hash = '0x' + 'ab'.repeat(32);
const nonce = '0x' + '07'.repeat(16);
const sig = '0x' + '11'.repeat(64);

describe('parseAnswer', () => {
  it("reads a reader's whole answer and builds amchain_checkTag's parameters", () => {
    const answer = parseAnswer(JSON.stringify({ block: 12, blockHash: hash, nonce, scheme: 'sr25519', signature: sig, message: '0x00' }));
    expect(answer).toEqual({ challenge: { block: 12, blockHash: hash, nonce }, scheme: 'sr25519', signature: sig });
    expect(checkTagParams(3, answer)).toEqual([3, { block: 12, blockHash: hash, nonce }, { scheme: 'sr25519', signature: sig }]);
  });

  it('says what is wrong with a bad answer', () => {
    const ok = { block: 12, blockHash: hash, nonce, scheme: 'sr25519', signature: sig };
    const bad = (change: Record<string, unknown>) => () => parseAnswer(JSON.stringify({ ...ok, ...change }));
    expect(() => parseAnswer('not json')).toThrow(/not JSON/);
    expect(bad({ block: -1 })).toThrow(/block number/);
    expect(bad({ block: '12' })).toThrow(/block number/);
    expect(bad({ scheme: 'rsa' })).toThrow(/sr25519, ed25519, ecdsa/);
    expect(bad({ blockHash: '0x1234' })).toThrow(/blockHash is 2 bytes, not 32/);
    expect(bad({ nonce: 'zz' })).toThrow(/nonce is not hex/);
    expect(bad({ signature: undefined })).toThrow(/signature is missing/);
    expect(bad({ scheme: 'ecdsa' })).toThrow(/ecdsa signature is 64 bytes, not 65/);
  });
});

describe('parseSignature', () => {
  it('takes hex with or without 0x, any case, and checks the length per scheme', () => {
    expect(parseSignature('11'.repeat(64), 'ed25519')).toBe(sig);
    expect(parseSignature(' 0x' + 'AB'.repeat(65) + ' ', 'ecdsa')).toBe('0x' + 'ab'.repeat(65));
    expect(() => parseSignature('0x' + '11'.repeat(65), 'sr25519')).toThrow(/65 bytes, not 64/);
    expect(() => parseSignature('0x1', 'sr25519')).toThrow(/not hex/);
  });
});

describe('randomNonce', () => {
  it('is 16 bytes of hex from the source it is given', () => {
    expect(randomNonce(16, (a) => a.fill(255))).toBe('0x' + 'ff'.repeat(16));
    const a = randomNonce();
    expect(a).toMatch(/^0x[0-9a-f]{32}$/);
    expect(randomNonce()).not.toBe(a);
  });
});

describe('verdictWords', () => {
  it('says what each verdict means; only authentic is good', () => {
    for (const v of ['authentic', 'wrongKey', 'replayed', 'staleChallenge', 'noTag', 'unknownPart']) {
      const w = verdictWords(v);
      expect(w.good).toBe(v === 'authentic');
      expect(w.text.length).toBeGreaterThan(10);
    }
    expect(verdictWords('wrongKey').title).toBe("Not this part's tag");
    expect(verdictWords('somethingNew').good).toBe(false);
  });
});

describe('parseTagKey', () => {
  it("reads amchain_part's tag: none, or a scheme and a key of its length", () => {
    expect(parseTagKey(null)).toBeNull();
    expect(parseTagKey(undefined)).toBeNull();
    const key = '0x' + 'AB'.repeat(32);
    expect(parseTagKey({ scheme: 'sr25519', publicKey: key })).toEqual({ scheme: 'sr25519', publicKey: key.toLowerCase() });
    expect(parseTagKey({ scheme: 'ecdsa', publicKey: '0x02' + '11'.repeat(32) })).toEqual({ scheme: 'ecdsa', publicKey: '0x02' + '11'.repeat(32) });
  });

  it('says what is wrong with a tag it cannot read', () => {
    expect(() => parseTagKey('0x' + 'ab'.repeat(32))).toThrow(/not an object/);
    expect(() => parseTagKey({ scheme: 'rsa', publicKey: '0x00' })).toThrow(/sr25519, ed25519, ecdsa/);
    expect(() => parseTagKey({ scheme: 'ecdsa', publicKey: '0x' + '11'.repeat(32) })).toThrow(/ecdsa public key is 32 bytes, not 33/);
    expect(() => parseTagKey({ scheme: 'ed25519' })).toThrow(/ed25519 public key is missing/);
  });
});
