import { encodeAddress } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { recordIs } from './components/AccountOfRecord';

const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const bob = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

describe('recordIs', () => {
  it('matches the account whatever its SS58 prefix', () => {
    expect(recordIs(alice, alice)).toBe(true);
    expect(recordIs(encodeAddress(alice, 0), alice)).toBe(true);
    expect(recordIs(alice, encodeAddress(alice, 2))).toBe(true);
  });
  it('never matches another account, no record, or something that is no address', () => {
    expect(recordIs(bob, alice)).toBe(false);
    expect(recordIs(null, alice)).toBe(false);
    expect(recordIs('', alice)).toBe(false);
    expect(recordIs('not an address', 'not an address')).toBe(false);
  });
});
