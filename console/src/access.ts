// Member-only reads (docs/confidentiality.md): a node started with `--rpc-access members`
// serves records only to clients that present a token signed by an account of an
// organisation the node allows. This file is the token's format, as the node checks it
// (node/src/rpc_access.rs, primitives/src/rpc_token.rs), and how the console recognises the
// node's refusal. The connection that carries the token is in chain.tsx.
import { encodeAddress, decodeAddress } from '@polkadot/util-crypto';
import { hexToU8a, isHex, u8aToHex } from '@polkadot/util';

/** The JSON-RPC error code of a call the node serves only to member clients. */
export const ACCESS_DENIED = 9100;

/** How long the console's tokens live, in seconds (the node allows at most a day). */
export const TOKEN_TTL = 60 * 60;

/** A token is renewed when this share of its life has passed. */
export const RENEW_AT = 0.8;

/**
 * How far before now a token says it was issued, in seconds: a browser whose clock runs a
 * little ahead of the node's is not refused as "issued in the future" (the node tolerates a
 * minute).
 */
export const BACKDATE = 30;

/**
 * The account as the node writes it in the signed message: SS58 with the generic prefix 42
 * (`AccountId32::to_ss58check()` on the node), whatever prefix the console shows.
 */
export function tokenAccount(address: string): string {
  return encodeAddress(decodeAddress(address), 42);
}

/** What the account signs: the format, the chain, the node, the account and the times. */
export function tokenMessage(genesis: string, node: string, account: string, issued: number, expires: number): string {
  return `amchain-rpc-access|v1|${genesis.toLowerCase()}|${node}|${account}|${issued}|${expires}`;
}

/**
 * The 64-byte sr25519 signature as the token carries it (lower-case hex, no `0x`), from a
 * key pair's bytes or a wallet's hex; a MultiSignature's sr25519 tag byte (0x01) is dropped.
 */
export function signatureHex(signature: Uint8Array | string): string {
  let bytes = typeof signature === 'string' ? (isHex(signature) ? hexToU8a(signature) : new Uint8Array()) : signature;
  if (bytes.length === 65 && bytes[0] === 1) bytes = bytes.subarray(1);
  if (bytes.length !== 64) throw new Error('the signature is not a 64-byte sr25519 signature (the node accepts sr25519 accounts only)');
  return u8aToHex(bytes, -1, false);
}

/** The token `amchain1.<account>.<issued>.<expires>.<signature>`. */
export function token(account: string, issued: number, expires: number, signature: Uint8Array | string): string {
  return `amchain1.${account}.${issued}.${expires}.${signatureHex(signature)}`;
}

/** `url` with `token` as its `access_token` query parameter (as the indexer adds it). */
export function withToken(url: string, tokenText: string): string {
  const afterScheme = url.includes('://') ? url.slice(url.indexOf('://') + 3) : url;
  if (url.includes('?')) return `${url}&access_token=${tokenText}`;
  if (afterScheme.includes('/')) return `${url}?access_token=${tokenText}`;
  return `${url}/?access_token=${tokenText}`;
}

/** The longest a token may live, in seconds (the node refuses longer ones). */
export const MAX_TOKEN_TTL = 24 * 60 * 60;

/** A configured lifetime, within what the node accepts (at least 10 s). */
export function clampTtl(ttl: unknown): number {
  const n = Number(ttl);
  if (!Number.isFinite(n) || n <= 0) return TOKEN_TTL;
  return Math.min(Math.max(Math.floor(n), 10), MAX_TOKEN_TTL - BACKDATE);
}

/** A token's times: issued a little before `now`, expiring `ttl` seconds from now, renewed at 80 % of that. */
export function tokenTimes(nowSeconds: number, ttl = TOKEN_TTL): { issued: number; expires: number; renewAt: number } {
  const now = Math.floor(nowSeconds);
  const life = clampTtl(ttl);
  return { issued: now - BACKDATE, expires: now + life, renewAt: now + Math.floor(life * RENEW_AT) };
}

/** Whether an error is the node's refusal of a member-only call (JSON-RPC error 9100). */
export function isAccessDenied(e: unknown): boolean {
  if (!e) return false;
  const code = (e as { code?: unknown }).code;
  if (code === ACCESS_DENIED) return true;
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' && /(^|\W)9100: /.test(message);
}

/** The node's reason for refusing (its 9100 message without the code), or the error's message. */
export function deniedReason(e: unknown): string {
  const message = String((e as { message?: unknown })?.message ?? e);
  const at = message.indexOf('9100: ');
  return at >= 0 ? message.slice(at + 6) : message;
}

/** A message without any token in it (a URL's `access_token`, or a bare token). */
export function redact(text: string): string {
  return text.replace(/access_token=[A-Za-z0-9.%]*/g, 'access_token=…').replace(/amchain1\.[A-Za-z0-9]+\.\d+\.\d+\.[0-9a-fA-F]+/g, 'amchain1.…');
}
