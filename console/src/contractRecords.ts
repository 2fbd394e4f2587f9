// A contract's records as the Deals page reads them: its most recent records by dry run,
// re-read as the chain moves on, and per open record the actions a dry run as the signing
// account says the contract would accept. Shared by the escrow's orders, the letters of
// credit and the tenders (components/Tenders.tsx).
import type { ApiPromise } from '@polkadot/api';
import { useCallback, useEffect, useState } from 'react';
import { useAccounts } from './accounts';
import { readError, useChain } from './chain';
import { NOBODY, dryRun, type Instance } from './contracts';

/** The most recent records read per contract (orders, credits, tenders). */
export const RECENT = 50;

export interface Action {
  message: string;
  label: string;
  gasRequired: unknown;
  storageDeposit: unknown;
}

/** The gas a call is given: what its dry run needed and a tenth more (state moves on). */
export function withMargin(api: ApiPromise, gas: unknown): unknown {
  const g = gas as { refTime: { toBigInt: () => bigint }; proofSize: { toBigInt: () => bigint } };
  return api.createType('WeightV2', { refTime: (g.refTime.toBigInt() * 11n) / 10n, proofSize: (g.proofSize.toBigInt() * 11n) / 10n });
}

export interface Gated {
  message: string;
  label: string;
  args?: unknown[];
}

/**
 * A contract's most recent records (`count` of them read with `read`), re-read every third
 * finalized block and after an action, and per open record the actions a dry run as the
 * signing account says the contract would accept (the refusals' errors too, by message).
 * Shared by the escrow's orders, the letters of credit and the tenders.
 */
export function useContractRecords<R extends { id: number }, A extends Gated>(
  instance: Instance,
  countMessage: string,
  read: (id: number, caller: string) => Promise<R | null>,
  isClosed: (r: R) => boolean,
  candidates: A[],
) {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const [records, setRecords] = useState<R[] | null>(null);
  const [actions, setActions] = useState<Map<number, (A & Action)[]>>(new Map());
  const [refusals, setRefusals] = useState<Map<number, Map<string, string>>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  const epoch = info?.finalized === null || info?.finalized === undefined ? null : Math.floor(info.finalized / 3);

  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    const caller = selected?.address ?? NOBODY;
    void (async () => {
      try {
        const n = Number((await dryRun(instance, caller, countMessage, [])).value ?? 0);
        const ids = Array.from({ length: Math.min(n, RECENT) }, (_, k) => n - 1 - k);
        const list = (await Promise.all(ids.map((id) => read(id, caller)))).filter((r): r is Awaited<R> => r !== null);
        const open = new Map<number, (A & Action)[]>();
        const refused = new Map<number, Map<string, string>>();
        if (selected) {
          for (const r of list) {
            if (isClosed(r)) continue;
            const runs = await Promise.all(candidates.map(async (a) => ({ a, d: await dryRun(instance, selected.address, a.message, [r.id, ...(a.args ?? [])]) })));
            open.set(
              r.id,
              runs.filter(({ d }) => d.ok).map(({ a, d }) => ({ ...a, gasRequired: d.gasRequired, storageDeposit: d.storageDeposit })),
            );
            refused.set(r.id, new Map(runs.filter(({ d }) => !d.ok && d.error).map(({ a, d }) => [a.message, d.error as string])));
          }
        }
        if (!cancelled) {
          setRecords(list);
          setActions(open);
          setRefusals(refused);
          setError(null);
        }
      } catch (e) {
        if (!cancelled) setError(readError(e));
      }
    })();
    return () => {
      cancelled = true;
    };
    // `epoch` stands for the finalized head; `read`, `isClosed` and `candidates` are fixed per caller
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, instance, selected?.address, epoch, tick]);

  return { records, actions, refusals, error, refresh };
}
