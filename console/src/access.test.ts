import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { cryptoWaitReady, signatureVerify } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { clampTtl, deniedReason, isAccessDenied, redact, signatureHex, token, tokenAccount, tokenMessage, tokenTimes, withToken } from './access';

const GENESIS = '0x0707070707070707070707070707070707070707070707070707070707070707';
const NODE = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
// Made by `amchain-node rpc-token --suri //Alice --genesis 0x07…07 --node 12D3…iDEp --ttl 3600`.
const NODE_TOKEN =
  'amchain1.5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY.1796082688.1796086288.1ac792a25ce462795f13309ffa7ef521454e77078d5365c4752141831d47e153c339b330f46a782b13a4f4212dcb2e183aa04fb31dd1bc72ce8ccdaf19c6a487';

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('the access token', () => {
  it('signs the message the node signs (a token the node made verifies against it)', () => {
    const [, account, issued, expires, signature] = NODE_TOKEN.split('.');
    const message = tokenMessage(GENESIS, NODE, account, Number(issued), Number(expires));
    expect(message).toBe(`amchain-rpc-access|v1|${GENESIS}|${NODE}|${ALICE}|1796082688|1796086288`);
    expect(signatureVerify(stringToU8a(message), `0x${signature}`, ALICE).isValid).toBe(true);
  });

  it('is made of a dev pair or a wallet signature over the wrapped message', () => {
    const alice = new Keyring({ type: 'sr25519', ss58Format: 7 }).addFromUri('//Alice');
    // whatever prefix the console shows, the message names the account with prefix 42
    expect(tokenAccount(alice.address)).toBe(ALICE);
    const message = tokenMessage(GENESIS.toUpperCase().replace('0X', '0x'), NODE, ALICE, 10, 20);
    expect(message).toContain(GENESIS);
    const t = token(ALICE, 10, 20, alice.sign(stringToU8a(message)));
    expect(t).toMatch(/^amchain1\.5Grw[^.]+\.10\.20\.[0-9a-f]{128}$/);
    // a wallet's signRaw signs `<Bytes>…</Bytes>` and answers hex, sometimes a tagged MultiSignature
    const wrapped = alice.sign(u8aWrapBytes(stringToU8a(message)));
    const tagged = u8aToHex(new Uint8Array([1, ...wrapped]));
    expect(signatureHex(tagged)).toBe(u8aToHex(wrapped, -1, false));
    expect(() => signatureHex('0x1234')).toThrow(/64-byte/);
  });

  it('joins the URL as its access_token, like the indexer', () => {
    expect(withToken('ws://127.0.0.1:9944', 't')).toBe('ws://127.0.0.1:9944/?access_token=t');
    expect(withToken('wss://node.example/rpc', 't')).toBe('wss://node.example/rpc?access_token=t');
    expect(withToken('ws://h:1/?a=b', 't')).toBe('ws://h:1/?a=b&access_token=t');
  });

  it('lives an hour from a little before now, renewed at 80 %', () => {
    const { issued, expires, renewAt } = tokenTimes(1_000_000);
    expect(expires - 1_000_000).toBe(3600);
    expect(issued).toBeLessThan(1_000_000);
    expect(expires - issued).toBeLessThanOrEqual(86_400);
    expect(renewAt).toBe(1_000_000 + 2880);
    // a configured lifetime stays within what the node accepts
    const day = tokenTimes(1_000_000, 10 * 86_400);
    expect(day.expires - day.issued).toBeLessThanOrEqual(86_400);
    expect(tokenTimes(1_000_000, 1).expires).toBe(1_000_010);
    expect(clampTtl(undefined)).toBe(3600);
  });
});

describe("the node's refusal", () => {
  it('is recognised by its code and its reason is kept', () => {
    const e = Object.assign(new Error('9100: organisation 1 may not read through this node'), { code: 9100 });
    expect(isAccessDenied(e)).toBe(true);
    expect(deniedReason(e)).toBe('organisation 1 may not read through this node');
    expect(isAccessDenied(new Error('createType(StorageData):: 9100: amchain_part is served only to member clients'))).toBe(true);
    expect(isAccessDenied(new Error('1010: Invalid Transaction'))).toBe(false);
    expect(isAccessDenied(null)).toBe(false);
  });

  it('never carries a token into a message', () => {
    expect(redact(`disconnected from ws://h:1/?access_token=${NODE_TOKEN}: 1006`)).toBe('disconnected from ws://h:1/?access_token=…: 1006');
    expect(redact(`bad ${NODE_TOKEN}`)).toBe('bad amchain1.…');
  });
});
