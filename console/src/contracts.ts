// amchain's ink! contracts as the console reads them: their metadata (the bundles'
// JSON, copied into the console's `contracts/` by scripts/console.sh build), their
// instances on chain (found through the indexer's Contracts.Instantiated events and
// matched by code hash), and dry runs of their messages, whose answers unwrap here.
import type { ApiPromise } from '@polkadot/api';
import { Abi, ContractPromise } from '@polkadot/api-contract';
import { stringCamelCase } from '@polkadot/util';
import { eventsOf } from './indexer';

export const CONTRACT_NAMES = ['escrow', 'letter_of_credit', 'tender', 'usage_token'] as const;
export type ContractName = (typeof CONTRACT_NAMES)[number];

/** A contract's metadata as this console was built with it, or null (not built). */
export async function loadMetadata(name: ContractName): Promise<Record<string, unknown> | null> {
  const res = await fetch(`${import.meta.env.BASE_URL}contracts/${name}.json`).catch(() => null);
  if (!res || !res.ok) return null;
  return (await res.json().catch(() => null)) as Record<string, unknown> | null;
}

/** The code hash a contract's metadata was built from (`source.hash`), lower-case hex. */
export function metadataCodeHash(metadata: Record<string, unknown>): string | null {
  const hash = (metadata.source as { hash?: unknown } | undefined)?.hash;
  return typeof hash === 'string' ? hash.toLowerCase() : null;
}

export interface Instance {
  name: ContractName;
  address: string;
  contract: ContractPromise;
}

/**
 * The instances of the contracts whose metadata is loaded: every contract the indexer saw
 * instantiated whose code is one of theirs (at most the first thousand instantiations).
 */
export async function findInstances(api: ApiPromise, metadata: Map<ContractName, Record<string, unknown>>): Promise<Instance[]> {
  const byHash = new Map<string, ContractName>();
  for (const [name, m] of metadata) {
    const hash = metadataCodeHash(m);
    if (hash) byHash.set(hash, name);
  }
  if (byHash.size === 0) return [];
  const { events } = await eventsOf({ pallet: 'Contracts', variant: 'Instantiated' });
  const found: Instance[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const raw = e.fields?.contract;
    if (typeof raw !== 'string') continue;
    const address = api.createType('AccountId32', raw).toString();
    if (seen.has(address)) continue;
    seen.add(address);
    const info = (await api.query.contracts.contractInfoOf(address)).toJSON() as { codeHash?: string } | null;
    const name = info?.codeHash ? byHash.get(info.codeHash.toLowerCase()) : undefined;
    if (!name) continue;
    const abi = new Abi(metadata.get(name) as Record<string, unknown>, api.registry.getChainProperties());
    found.push({ name, address, contract: new ContractPromise(api, abi, address) });
  }
  return found;
}

/** What a message's dry run answered: ink!'s nested `Result`s unwrapped. */
export interface Answer {
  /** The call would succeed (the contract returned `Ok`, and did not revert). */
  ok: boolean;
  /** The value inside the `Ok`s, as JSON. */
  value: unknown;
  /** The contract's error (its variant's name), or the chain's refusal. */
  error: string | null;
}

/**
 * Unwraps a message's return value as polkadot.js gives it in JSON: ink!'s language
 * `Result` (`{ok}`/`{err}`) around the message's own `Result`, if it returns one.
 */
export function unwrapAnswer(json: unknown, reverted = false): Answer {
  const isResult = (v: unknown): v is { ok?: unknown; err?: unknown } =>
    !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && ('ok' in v || 'err' in v);
  let v = json;
  for (let depth = 0; depth < 2 && isResult(v); depth++) {
    if ('err' in v) return { ok: false, value: null, error: errorName(v.err) };
    v = v.ok;
  }
  return { ok: !reverted, value: v, error: reverted ? 'the call reverted' : null };
}

function errorName(e: unknown): string {
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object') {
    const [key, inner] = Object.entries(e)[0] ?? [];
    if (key === undefined) return 'an error';
    const name = key.charAt(0).toUpperCase() + key.slice(1);
    // an error that wraps another (the chain extension's `Extension(UnknownPart)`)
    return inner === null || inner === undefined ? name : `${name}(${errorName(inner)})`;
  }
  return String(e);
}

/** The documentation of the contract's error variant `name`, from its metadata. */
export function errorDocs(metadata: Record<string, unknown> | undefined, name: string): string | null {
  const types = (metadata?.types as { type?: { path?: string[]; def?: { variant?: { variants?: { name: string; docs?: string[] }[] } } } }[] | undefined) ?? [];
  const bare = name.replace(/\(.*$/, '');
  for (const t of types) {
    const path = t.type?.path ?? [];
    if (path[path.length - 1] !== 'Error') continue;
    const v = t.type?.def?.variant?.variants?.find((x) => x.name === bare);
    if (v?.docs?.length) return v.docs.join(' ').trim();
  }
  return null;
}

/**
 * A message's key on a ContractPromise's `query` and `tx`: @polkadot/api-contract names
 * them in camelCase (`order_count` is `orderCount`).
 */
export function messageKey(message: string): string {
  return stringCamelCase(message);
}

/**
 * Whether a contract's return flags say it reverted: pallet-contracts' `ReturnFlags` is
 * a struct `{ bits }` in its metadata (REVERT = 1), or a polkadot.js bitflag type.
 */
export function isRevert(flags: unknown): boolean {
  const f = flags as { isRevert?: boolean; bits?: unknown; toJSON?: () => unknown } | null;
  if (!f) return false;
  if (typeof f.isRevert === 'boolean') return f.isRevert;
  const json = (typeof f.toJSON === 'function' ? f.toJSON() : f) as { bits?: unknown } | number;
  const bits = typeof json === 'number' ? json : Number((json as { bits?: unknown }).bits ?? 0);
  return (bits & 1) === 1;
}

/** A caller for reads nobody signs: the all-zero account. */
export const NOBODY = '5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM';

/** A dry run of `message` as `caller` (sending `value` to a payable one), with its gas and storage deposit for the real call. */
export async function dryRun(
  instance: Instance,
  caller: string,
  message: string,
  args: unknown[],
  value?: bigint,
): Promise<Answer & { gasRequired: unknown; storageDeposit: unknown }> {
  const query = instance.contract.query[messageKey(message)];
  if (!query) return { ok: false, value: null, error: `the contract has no message ${message}`, gasRequired: null, storageDeposit: null };
  // a WeightV2 limit: without one, @polkadot/api-contract asks for no proof size at all
  // (OutOfGas); the node clamps a dry run to a tenth of a block anyway
  const api = instance.contract.api;
  const blockWeights = api.consts.system.blockWeights as unknown as { maxBlock: unknown };
  const gasLimit = api.registry.createType('WeightV2', blockWeights.maxBlock) as never;
  const out = await query(caller, { gasLimit, value }, ...(args as never[]));
  if (out.result.isErr) {
    const err = out.result.asErr;
    const text = err.isModule ? (() => {
      const m = instance.contract.api.registry.findMetaError(err.asModule);
      return `${m.section}.${m.name}`;
    })() : err.toString();
    return { ok: false, value: null, error: text, gasRequired: null, storageDeposit: null };
  }
  const reverted = isRevert(out.result.asOk.flags);
  const answer = unwrapAnswer(out.output?.toJSON() ?? null, reverted);
  const deposit = out.storageDeposit.isCharge ? out.storageDeposit.asCharge : null;
  return { ...answer, gasRequired: out.gasRequired, storageDeposit: deposit };
}
