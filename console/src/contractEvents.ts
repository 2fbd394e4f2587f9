// A contract's own events, from the indexer's `contractEvents` (each
// `Contracts.ContractEmitted` with its raw data and topics), decoded here with the metadata
// this console was built with: the indexer need not have the bundles.
import type { Abi } from '@polkadot/api-contract';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import type { Instance } from './contracts';
import type { CreditEvent } from './credit';
import { gql } from './indexer';

interface Row {
  block: number;
  index: number;
  topics: unknown;
  data: string;
}

/** One event's name and fields (camelCase, polkadot.js JSON), or null if it is none of the contract's events. */
export function decodeContractEvent(abi: Abi, row: Row): CreditEvent | null {
  const topics = Array.isArray(row.topics) ? row.topics.map((t) => String(t).toLowerCase()) : [];
  const event = abi.events.find((e) => !!e.signatureTopic && e.signatureTopic.toLowerCase() === topics[0]);
  if (!event) return null;
  try {
    const decoded = event.fromU8a(hexToU8a(row.data));
    const fields = Object.fromEntries(event.args.map((a, i) => [a.name, decoded.args[i]?.toJSON() ?? null]));
    return { block: row.block, index: row.index, name: event.identifier.split('::').pop() ?? event.identifier, fields };
  } catch {
    return null;
  }
}

/** At most this many pages of 100 events a contract. */
const MAX_PAGES = 20;

const cache = new Map<string, Promise<{ events: CreditEvent[]; complete: boolean }>>();

/**
 * The contract's events the indexer holds, oldest first, decoded (at most 2,000: `complete`
 * says whether that was all). One request per contract and `round` (a caller's refresh
 * key), shared by every caller of that round.
 */
export function contractEvents(instance: Instance, round: string): Promise<{ events: CreditEvent[]; complete: boolean }> {
  const key = `${instance.address}:${round}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const contract = u8aToHex(decodeAddress(instance.address));
  const load = (async () => {
    const events: CreditEvent[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const d: { contractEvents: { edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(
        'query($c: String, $after: String) { contractEvents(contract: $c, first: 100, after: $after) { edges { node { block index topics data } } pageInfo { hasNextPage endCursor } } }',
        { c: contract, after },
      );
      for (const { node } of d.contractEvents.edges) {
        const e = decodeContractEvent(instance.contract.abi, node);
        if (e) events.push(e);
      }
      if (!d.contractEvents.pageInfo.hasNextPage) return { events, complete: true };
      after = d.contractEvents.pageInfo.endCursor;
    }
    return { events, complete: false };
  })();
  // a failed read is not kept: the next round asks again
  load.catch(() => cache.delete(key));
  // keep only the latest rounds
  if (cache.size > 20) cache.delete(cache.keys().next().value as string);
  cache.set(key, load);
  return load;
}
