// One action on the chain: its fee estimate before signing, its progress, its error in words.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { useEffect, useState } from 'react';
import { useAccounts } from '../accounts';
import { useChain } from '../chain';
import { formatAmount, userLocale } from '../format';
import { estimateFee, submit, type TxPhase } from '../tx';

interface Props {
  /** The button's text ("Hand custody over"). */
  label: string;
  /** Builds the extrinsic (null: the form is not complete). */
  build: () => SubmittableExtrinsic<'promise'> | null;
  /** Changes whenever the extrinsic would (so the fee is estimated again). */
  deps: string;
  /** Why the signed-in account cannot act (shown instead of the button), if so. */
  blocked?: string | null;
  onDone?: (p: TxPhase) => void;
  /**
   * Runs when the button is pressed, before signing (a sealed bid kept for its reveal; a
   * last read of what the call acts on): a text it answers stops the signing and is shown
   * as the reason.
   */
  beforeSign?: () => void | string | null | Promise<void | string | null>;
  testId?: string;
}

export function TxAction({ label, build, deps, blocked, onDone, beforeSign, testId }: Props) {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const [fee, setFee] = useState<string | null>(null);
  const [phase, setPhase] = useState<TxPhase>({ phase: 'idle' });

  // another signer starts afresh
  useEffect(() => setPhase({ phase: 'idle' }), [selected?.address]);

  useEffect(() => {
    setFee(null);
    if (!api || !info || !selected || blocked) return;
    const tx = build();
    if (!tx) return;
    let cancelled = false;
    estimateFee(tx, selected)
      .then((f) => !cancelled && setFee(formatAmount(f, info.decimals, info.token, userLocale(), 6)))
      .catch((e: Error) => !cancelled && setFee(`unknown (${e.message})`));
    return () => {
      cancelled = true;
    };
    // `deps` stands for what `build` reads
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, info?.decimals, info?.token, selected?.address, blocked, deps]);

  if (!selected) return <p className="note">Choose an account in the header to act.</p>;
  if (blocked)
    // the action may be what blocked it now (an offer made): its progress stays in view
    return (
      <div className="tx" data-testid={testId}>
        <p className="note">{blocked}</p>
        <TxProgress phase={phase} testId={testId} />
      </div>
    );
  const busy = phase.phase === 'signing' || phase.phase === 'submitted' || phase.phase === 'inBlock';
  return (
    <div className="tx" data-testid={testId}>
      <p className="fee">
        Estimated fee: <strong data-testid={testId ? `${testId}-fee` : undefined}>{fee ?? 'estimating…'}</strong>, paid by{' '}
        {selected.label}
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy || !api || !build()}
        onClick={async () => {
          const tx = build();
          if (!api || !tx) return;
          const veto = await beforeSign?.();
          if (typeof veto === 'string') {
            setPhase({ phase: 'failed', error: veto });
            return;
          }
          const result = await submit(api, tx, selected, setPhase);
          onDone?.(result);
        }}
      >
        {label}
      </button>
      <TxProgress phase={phase} testId={testId} />
    </div>
  );
}

export function TxProgress({ phase, testId }: { phase: TxPhase; testId?: string }) {
  const steps = ['signing', 'submitted', 'inBlock', 'finalized'] as const;
  if (phase.phase === 'idle') return null;
  if (phase.phase === 'failed')
    return (
      <p className="error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
        Failed: {phase.error}
      </p>
    );
  const at = steps.indexOf(phase.phase);
  const names = { signing: 'signing', submitted: 'submitted', inBlock: 'in a block', finalized: 'finalized' };
  return (
    <ol className="progress" aria-live="polite" data-testid={testId ? `${testId}-progress` : undefined} data-phase={phase.phase}>
      {steps.map((s, i) => (
        <li key={s} className={i < at ? 'done' : i === at ? 'current' : ''}>
          {names[s]}
          {i === at && 'block' in phase ? ` (${phase.block.slice(0, 10)}…)` : ''}
        </li>
      ))}
    </ol>
  );
}
