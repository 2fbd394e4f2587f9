// Scan-to-verify: the shapes of a tag check (the node's amchain_tagChallenge and
// amchain_checkTag) and what each verdict means in words. Pure functions (tag.test.ts).

/** A challenge as amchain_tagChallenge hands it out: `message` is what the tag signs. */
export interface Challenge {
  block: number;
  blockHash: string;
  nonce: string;
  message?: string;
}

export type Scheme = 'sr25519' | 'ed25519' | 'ecdsa';
export const SCHEMES: Scheme[] = ['sr25519', 'ed25519', 'ecdsa'];

/** A tag's answer: the challenge it signed, the scheme and the signature (hex). */
export interface TagAnswer {
  challenge: Challenge;
  scheme: Scheme;
  signature: string;
}

/** A part's tag as amchain_part answers it (the runtime's TagKey). */
export interface TagKey {
  scheme: Scheme;
  publicKey: string;
}

const KEY_BYTES: Record<Scheme, number> = { sr25519: 32, ed25519: 32, ecdsa: 33 };

/**
 * Reads amchain_part's `tag` field: null, or `{scheme, publicKey}` with a key of the
 * scheme's length. Anything else (a node speaking another version) is null here and
 * the reason is thrown, so a view shows the reason and not a broken page.
 */
export function parseTagKey(value: unknown): TagKey | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') throw new Error('the tag is not an object {scheme, publicKey}');
  const { scheme, publicKey } = value as Record<string, unknown>;
  if (typeof scheme !== 'string' || !SCHEMES.includes(scheme as Scheme))
    throw new Error(`the tag's scheme must be one of ${SCHEMES.join(', ')}`);
  return { scheme: scheme as Scheme, publicKey: hexBytes(publicKey, `an ${scheme} public key`, KEY_BYTES[scheme as Scheme]) };
}

/** amchain_checkTag's verdict words. */
export type Verdict = 'authentic' | 'unknownPart' | 'noTag' | 'wrongKey' | 'staleChallenge' | 'replayed';

const HEX = /^0x([0-9a-fA-F]{2})*$/;
const SIGNATURE_BYTES: Record<Scheme, number> = { sr25519: 64, ed25519: 64, ecdsa: 65 };

/** `0x`-prefixed hex of `bytes` random bytes (the reader's nonce). */
export function randomNonce(bytes = 16, fill: (a: Uint8Array) => void = (a) => crypto.getRandomValues(a)): string {
  const a = new Uint8Array(bytes);
  fill(a);
  return '0x' + [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function missing(what: string): never {
  throw new Error(`${what} is missing`);
}

function hexBytes(value: unknown, what: string, bytes?: number): string {
  if (typeof value !== 'string') throw new Error(`${what} is missing`);
  const v = value.trim();
  const hex = v.startsWith('0x') ? v : `0x${v}`;
  if (!HEX.test(hex)) throw new Error(`${what} is not hex`);
  const n = (hex.length - 2) / 2;
  if (bytes !== undefined && n !== bytes) throw new Error(`${what} is ${n} bytes, not ${bytes}`);
  return hex.toLowerCase();
}

/**
 * Reads a signature typed or pasted by a person, for `scheme`: hex, with or without `0x`.
 * Throws with the reason in words.
 */
export function parseSignature(text: string, scheme: Scheme): string {
  return hexBytes(text, `an ${scheme} signature`, SIGNATURE_BYTES[scheme]);
}

/**
 * Reads a tag reader's whole answer pasted as JSON: `{block, blockHash, nonce, scheme,
 * signature}` (a reader app's output; `message` is ignored, the chain rebuilds it).
 * Throws with the reason in words.
 */
export function parseAnswer(text: string): TagAnswer {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new Error('the answer is not JSON: {"block", "blockHash", "nonce", "scheme", "signature"}');
  }
  if (json === null || typeof json !== 'object') throw new Error('the answer is not a JSON object');
  const block = json.block;
  if (typeof block !== 'number' || !Number.isInteger(block) || block < 0) throw new Error('block must be a block number');
  const scheme = json.scheme;
  if (typeof scheme !== 'string' || !SCHEMES.includes(scheme as Scheme))
    throw new Error(`scheme must be one of ${SCHEMES.join(', ')}`);
  return {
    challenge: {
      block,
      blockHash: hexBytes(json.blockHash, 'blockHash', 32),
      nonce: hexBytes(json.nonce, 'nonce', 16),
    },
    scheme: scheme as Scheme,
    signature: parseSignature(typeof json.signature === 'string' ? json.signature : missing('signature'), scheme as Scheme),
  };
}

/** The parameters of amchain_checkTag for `part`. */
export function checkTagParams(part: number, answer: TagAnswer): unknown[] {
  const { block, blockHash, nonce } = answer.challenge;
  return [part, { block, blockHash, nonce }, { scheme: answer.scheme, signature: answer.signature }];
}

/** What a verdict means for the person holding the part. */
export function verdictWords(verdict: string): { good: boolean; title: string; text: string } {
  switch (verdict as Verdict) {
    case 'authentic':
      return {
        good: true,
        title: 'Authentic',
        text: "This part's own tag signed a fresh challenge that was never used for a recorded scan.",
      };
    case 'wrongKey':
      return {
        good: false,
        title: "Not this part's tag",
        text: 'The signature is valid for no key but another one: a cloned, foreign or replaced tag signed it.',
      };
    case 'replayed':
      return {
        good: false,
        title: 'Replayed',
        text: 'This challenge was used for a recorded scan already: an old answer was played back. Ask for a new challenge.',
      };
    case 'staleChallenge':
      return {
        good: false,
        title: 'Stale challenge',
        text: 'The challenge cites a block that is not recent, or not with that hash: ask for a new challenge and sign it at once.',
      };
    case 'noTag':
      return { good: false, title: 'No tag', text: 'The chain knows no tag for this part.' };
    case 'unknownPart':
      return { good: false, title: 'Unknown part', text: 'The chain knows no such part.' };
    default:
      return { good: false, title: verdict, text: 'The node answered with a verdict this console does not know.' };
  }
}
