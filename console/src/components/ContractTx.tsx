// A contract message offered to the signing account only when a dry run as that account
// says the contract would accept it: its fee, its progress, and the contract's error in
// words (its name and documentation from the metadata) when it would not, or when it
// failed on chain. Shared by the Deals page's contract views.
import { useEffect, useState, type ReactNode } from 'react';
import { useAccounts } from '../accounts';
import { readError, useChain } from '../chain';
import { withMargin } from '../contractRecords';
import { dryRun, errorDocs, messageKey, type Instance } from '../contracts';
import type { TxPhase } from '../tx';
import { TxAction } from './TxAction';

export interface DryState {
  /** The account and the arguments it was run with (the transaction is built with them). */
  caller: string;
  key: string;
  ok: boolean;
  error: string | null;
  value: unknown;
  gasRequired: unknown;
  storageDeposit: unknown;
}

/**
 * A dry run of `message(args)` as the signing account, again whenever the arguments or the
 * round change; a new round keeps the last answer in view until the new one is in.
 */
export function useDryRun(instance: Instance, message: string, args: unknown[] | null, round: string): DryState | null {
  const { selected } = useAccounts();
  const [state, setState] = useState<DryState | null>(null);
  const key = args === null ? '' : JSON.stringify(args, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  const caller = selected?.address ?? '';
  useEffect(() => {
    if (!caller || args === null) return;
    let cancelled = false;
    dryRun(instance, caller, message, args).then(
      (d) => !cancelled && setState({ caller, key, ok: d.ok, error: d.error, value: d.value, gasRequired: d.gasRequired, storageDeposit: d.storageDeposit }),
      (e) => !cancelled && setState({ caller, key, ok: false, error: readError(e), value: null, gasRequired: null, storageDeposit: null }),
    );
    return () => {
      cancelled = true;
    };
    // `key` stands for `args`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instance, message, caller, key, round]);
  return state && state.key === key && state.caller === caller && args !== null ? state : null;
}

/** A contract's error in words: its name and its documentation from the metadata. */
export function contractError(metadata: Record<string, unknown>, error: string): string {
  const docs = errorDocs(metadata, error);
  return docs ? `${error}: ${docs}` : error;
}

/**
 * A message offered when its dry run as the signing account succeeds: the fee, the
 * progress, and if it fails on chain, what the contract answers now. When the dry run
 * fails, its error in words (or nothing, for `quiet` errors: not this account's to make).
 */
export function ContractTx({
  instance,
  message,
  args,
  label,
  testId,
  metadata,
  round,
  quiet = [],
  preview,
  check,
  onDone,
}: {
  instance: Instance;
  message: string;
  /** null: the form is not complete. */
  args: unknown[] | null;
  /** A last read before signing: a text it answers stops the signing (and says why). */
  check?: () => Promise<string | null>;
  label: string;
  testId: string;
  metadata: Record<string, unknown>;
  round: string;
  quiet?: string[];
  preview?: (value: unknown) => ReactNode;
  onDone: () => void;
}) {
  const { api } = useChain();
  const { selected } = useAccounts();
  const dry = useDryRun(instance, message, args, round);
  const [after, setAfter] = useState<string | null>(null);
  // the arguments a dry run accepted: from then on the action stays in view (with its
  // progress) even once the contract would refuse it again, as it will once it is done
  const [accepted, setAccepted] = useState<string | null>(null);
  const stamp = `${selected?.address ?? ''}|${dry?.key ?? ''}`;
  useEffect(() => {
    if (dry?.ok) setAccepted(stamp);
  }, [dry?.ok, stamp]);
  useEffect(() => setAfter(null), [selected?.address]);
  const build = () =>
    api && dry?.ok && args
      ? instance.contract.tx[messageKey(message)]({ gasLimit: withMargin(api, dry.gasRequired) as never, storageDepositLimit: dry.storageDeposit as never }, ...(args as never[]))
      : null;
  const done = async (p: TxPhase) => {
    if (p.phase === 'failed' && selected && args) {
      // pallet-contracts reports only that the contract reverted: ask the contract why
      const d = await dryRun(instance, selected.address, message, args).catch(() => null);
      setAfter(d && !d.ok && d.error ? `The contract now answers ${contractError(metadata, d.error)}` : null);
    }
    onDone();
  };
  const refusal = dry && !dry.ok && dry.error ? `The contract would refuse this: ${contractError(metadata, dry.error)}` : null;
  const isQuiet = !!dry?.error && quiet.includes(dry.error.replace(/\(.*$/, ''));
  const shown = dry !== null && (dry.ok || accepted === stamp);
  return (
    <div className="contract-tx" data-testid={`${testId}-gate`}>
      {args !== null && !dry && !shown && <p className="muted small" aria-busy="true">Asking the contract (a dry run)…</p>}
      {dry && !dry.ok && refusal && !shown && !isQuiet && (
        <p className="note" data-testid={`${testId}-refusal`}>
          {refusal}
        </p>
      )}
      {dry?.ok && preview?.(dry.value)}
      {shown && (
        <TxAction
          label={label}
          testId={testId}
          deps={`${testId}-${dry.key}-${String(dry.gasRequired)}`}
          build={build}
          blocked={dry.ok ? null : refusal}
          beforeSign={check}
          onDone={(p) => void done(p)}
        />
      )}
      {after && (
        <p className="error" role="alert">
          {after}
        </p>
      )}
    </div>
  );
}
