// Recall: pick a part, a lot or a batch, see what it reaches (where-used, with paths) as
// trees and as a table, and, for the type's manufacturer or the lot's producer, start the
// quarantine.
import { blake2AsHex } from '@polkadot/util-crypto';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAccounts } from '../accounts';
import { amchainRpc, useChain } from '../chain';
import { ParticipantLink, PartLink } from '../components/links';
import { Tree } from '../components/Tree';
import { TxAction } from '../components/TxAction';
import { ancestors, descendants, getPartType, lot as fetchLot, partsById, partsOfType, passport } from '../indexer';
import { assemblyTree, batchMembers, consumersOfLot, impactRoots, impactSet, selfQuarantined, splitsOfLot, statusWords, type ImpactRow, type PartRow } from '../shape';

interface Target {
  kind: 'part' | 'lot' | 'batch';
  /** The part's or lot's id; for a batch, its part type. */
  id: number;
  /** For a batch: the certification its parts were registered under. */
  certification?: number;
}

function targetName(t: Target): string {
  return t.kind === 'batch' ? `batch of part type ${t.id} under certification ${t.certification}` : `${t.kind} ${t.id}`;
}

interface Impact {
  title: string;
  /** Who may quarantine it: the type's manufacturer or the lot's producer. */
  authority: number | null;
  rows: ImpactRow[];
  parts: PartRow[];
  note?: string;
  /** Quarantined itself, by its history in the indexer. */
  quarantined: boolean;
}

/** How many lots split from a recalled lot the impact view follows (a chain allows four splits deep). */
const MAX_SPLIT_LOTS = 256;

async function loadImpact(t: Target): Promise<Impact | null> {
  let recalled: number[] = [];
  let title = '';
  let authority: number | null = null;
  let note: string | undefined;
  let self = false;
  if (t.kind === 'part') {
    const [p] = await partsById([t.id]);
    if (!p) return null;
    recalled = [p.id];
    title = `part ${p.id} (${p.serial ?? ''})`;
    self = selfQuarantined((await passport(p.id))?.history ?? []);
    authority = p.partType === null ? null : ((await getPartType(p.partType))?.manufacturer ?? null);
  } else if (t.kind === 'batch') {
    const type = await getPartType(t.id);
    if (!type || t.certification === undefined) return null;
    recalled = batchMembers(await partsOfType(t.id), t.certification);
    title = `the batch of part type ${t.id} (${type.code ?? ''}) made under certification ${t.certification}`;
    authority = type.manufacturer;
  } else {
    const l = await fetchLot(t.id);
    if (!l) return null;
    // The lots split from it (at any depth) are held with it, and what they went into is
    // listed with what the lot itself went into.
    const consumers = new Set(consumersOfLot(l.history));
    const lots = [l.id];
    const queue = splitsOfLot(l.history);
    while (queue.length && lots.length < MAX_SPLIT_LOTS) {
      const next = await fetchLot(queue.shift() as number);
      if (!next || lots.includes(next.id)) continue;
      lots.push(next.id);
      consumersOfLot(next.history).forEach((p) => consumers.add(p));
      queue.push(...splitsOfLot(next.history));
    }
    recalled = [...consumers];
    title = `lot ${l.id} (${l.material ?? ''})`;
    authority = l.producer;
    self = selfQuarantined(l.history);
    note =
      (lots.length > 1 ? `The recall also holds the lots split from it: ${lots.slice(1).join(', ')}. ` : '') +
      'A lot recall holds the lot itself; the parts made from it are listed for the quality team (the chain does not yet hold them: issue 18).';
  }
  const all = new Map<number, PartRow>();
  for (const p of await partsById(recalled)) {
    all.set(p.id, p);
    const above = await ancestors(p);
    above.forEach((a) => all.set(a.id, a));
    const top = above.length ? above[above.length - 1] : p;
    all.set(top.id, top);
    for (const d of await descendants(top.id)) all.set(d.id, d);
  }
  const parts = [...all.values()];
  return { title, authority, rows: impactSet(recalled, parts, t.kind === 'lot'), parts, note, quarantined: self };
}

export function RecallView() {
  const [params, setParams] = useSearchParams();
  const target: Target | null = params.has('part')
    ? { kind: 'part', id: Number(params.get('part')) }
    : params.has('lot')
      ? { kind: 'lot', id: Number(params.get('lot')) }
      : params.has('batch')
        ? { kind: 'batch', id: Number(params.get('batch')), certification: Number(params.get('certification')) }
        : null;
  const [kind, setKind] = useState<Target['kind']>(target?.kind ?? 'part');
  const [idText, setIdText] = useState(target ? String(target.id) : '');
  const [certText, setCertText] = useState(target?.certification !== undefined ? String(target.certification) : '');
  const [impact, setImpact] = useState<Impact | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const key = target ? `${target.kind}-${target.id}-${target.certification ?? ''}` : '';

  // the indexer follows finalized blocks: read again now and then
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 5_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!target || !Number.isInteger(target.id) || (target.kind === 'batch' && !Number.isInteger(target.certification))) return;
    let cancelled = false;
    setError(null);
    loadImpact(target)
      .then((i) => !cancelled && setImpact(i))
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);

  return (
    <section data-testid="recall">
      <h1>Recall</h1>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!/^\d+$/.test(idText) || (kind === 'batch' && !/^\d+$/.test(certText))) return;
          setImpact(undefined);
          setParams(kind === 'batch' ? { batch: idText, certification: certText } : { [kind]: idText });
        }}
      >
        <label>
          Recall a
          <select value={kind} onChange={(e) => setKind(e.target.value as Target['kind'])} data-testid="recall-kind">
            <option value="part">part</option>
            <option value="lot">lot</option>
            <option value="batch">batch (a part type under one certification)</option>
          </select>
        </label>
        <label>
          {kind === 'batch' ? 'part type' : 'id'}
          <input inputMode="numeric" pattern="\d+" value={idText} onChange={(e) => setIdText(e.target.value)} data-testid="recall-id" required />
        </label>
        {kind === 'batch' && (
          <label>
            certification
            <input inputMode="numeric" pattern="\d+" value={certText} onChange={(e) => setCertText(e.target.value)} data-testid="recall-certification" required />
          </label>
        )}
        <button type="submit">Show the impact</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {target && impact === undefined && !error && <p aria-busy="true">Reading what it reaches…</p>}
      {target && impact === null && <p>The indexer knows no {targetName(target)}.</p>}
      {target && impact && <ImpactView target={target} impact={impact} onDone={() => setTick((t) => t + 1)} />}
    </section>
  );
}

function ImpactView({ target, impact, onDone }: { target: Target; impact: Impact; onDone: () => void }) {
  const { api } = useChain();
  const { membership } = useAccounts();
  const [reason, setReason] = useState('');
  const [held, setHeld] = useState<boolean | null>(null);
  const [batchRecalled, setBatchRecalled] = useState(false);
  const [byGovernance, setByGovernance] = useState(false);
  const [cascade, setCascade] = useState<{ stage: string; held: number; queued: number } | null>(null);
  const quarantined = impact.quarantined || batchRecalled;
  const relation = useMemo(() => new Map(impact.rows.map((r) => [r.part.id, r.relation])), [impact]);
  const roots = impactRoots(impact.rows);

  const chainTarget =
    target.kind === 'part' ? { Part: target.id } : target.kind === 'lot' ? { Lot: target.id } : { Batch: { partType: target.id, certification: target.certification } };

  useEffect(() => {
    if (!api) return;
    // what governance imposed only governance lifts
    api.query.parts
      .recalledByGovernance(chainTarget)
      .then((v) => setByGovernance(!v.isEmpty))
      .catch(() => setByGovernance(false));
    if (target.kind === 'batch') {
      api.query.parts
        .batchRecalls(target.id, target.certification)
        .then((v) => setBatchRecalled(!v.isEmpty))
        .catch(() => setBatchRecalled(false));
      return;
    }
    const method = target.kind === 'part' ? 'amchain_part' : 'amchain_lot';
    amchainRpc<{ quarantined?: boolean } | null>(api, method, [target.id])
      .then((v) => setHeld(v?.quarantined ?? null))
      .catch(() => setHeld(null));
    // The recall cascade, if this lot or part was recalled with everything made from it.
    amchainRpc<{ stage: string; held: number; queued: number } | null>(api, 'amchain_recallImpact', [{ [target.kind]: target.id }, null, 1])
      .then((v) => setCascade(v ? { stage: v.stage, held: v.held, queued: v.queued } : null))
      .catch(() => setCascade(null));
    // `chainTarget` follows target's fields
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, target.kind, target.id, target.certification, impact]);

  const authorityName = target.kind === 'lot' ? "the lot's producer" : "the part type's manufacturer";
  let releaseBlocked: string | null = null;
  if (byGovernance) releaseBlocked = 'Governance imposed this quarantine: only a council motion lifts it.';
  else if (membership?.participant === undefined || membership.participant !== impact.authority)
    releaseBlocked = `Only an account of ${authorityName} (organisation ${impact.authority ?? '—'}), or governance, lifts this quarantine.`;

  let blocked: string | null = null;
  if (quarantined) blocked = `The ${targetName(target)} is quarantined already.`;
  else if (membership?.participant === undefined || membership.participant !== impact.authority)
    blocked = `Only an account of ${authorityName} (organisation ${impact.authority ?? '—'}), or governance, starts this quarantine.`;
  else if (!reason.trim()) blocked = 'Say why (the reason is recorded as its hash).';

  return (
    <>
      <h2>
        Impact of recalling {impact.title}: {impact.rows.length} part{impact.rows.length === 1 ? '' : 's'}
      </h2>
      <p>
        State on chain:{' '}
        <strong data-testid="recall-chain-state">
          {quarantined ? 'quarantined' : held ? 'not quarantined itself, but held (a part of its assembly is)' : 'not quarantined'}
        </strong>
        . May
        quarantine: <ParticipantLink id={impact.authority} /> or governance.
      </p>
      {cascade && (
        <p data-testid="recall-cascade">
          Recalled with everything made from it: the cascade is <strong>{cascade.stage}</strong>, holding {cascade.held} part
          {cascade.held === 1 ? '' : 's'}
          {cascade.stage === 'spreading' ? ` (${cascade.queued} item${cascade.queued === 1 ? '' : 's'} still to walk)` : ''}.
        </p>
      )}
      {impact.note && <p className="note">{impact.note}</p>}
      <div className="cards">
        <section className="card" aria-labelledby="impact-tree">
          <h3 id="impact-tree">Where used (assemblies)</h3>
          {roots.length === 0 && <p className="muted">Nothing uses it.</p>}
          {roots.map((r) => {
            const tree = assemblyTree(r, impact.parts);
            return tree ? <Tree key={r} node={tree} highlight={(id) => relation.get(id) ?? null} /> : null;
          })}
        </section>
        {quarantined && (
          <section className="card" aria-labelledby="release-h">
            <h3 id="release-h">Lift the quarantine</h3>
            <p className="muted">
              Once the cause is dealt with (the parts inspected, reworked or scrapped), the authority that imposed it lifts it: the{' '}
              {targetName(target)} may change hands again, and its history records the release.
            </p>
            <TxAction
              label={`Release the ${targetName(target)}`}
              testId="release-tx"
              deps={`r-${target.kind}-${target.id}-${target.certification ?? ''}-${byGovernance}`}
              blocked={releaseBlocked}
              build={() => (api ? api.tx.parts.release(chainTarget) : null)}
              onDone={onDone}
            />
          </section>
        )}
        <section className="card actions" aria-labelledby="quarantine-h">
          <h3 id="quarantine-h">Start the quarantine</h3>
          <label className="block">
            Reason (kept off chain; its hash is recorded)
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} data-testid="recall-reason" />
          </label>
          <TxAction
            label={`Quarantine the ${targetName(target)}`}
            testId="quarantine-tx"
            deps={`q-${target.kind}-${target.id}-${target.certification ?? ''}-${reason}`}
            blocked={blocked}
            build={() =>
              api && reason.trim()
                ? api.tx.parts.quarantine(chainTarget, blake2AsHex(reason.trim()))
                : null
            }
            onDone={onDone}
          />
          {target.kind !== 'batch' && (
            <>
              <p className="muted">
                Or recall it with everything made from it: over the next blocks the chain holds every part that consumed it (or
                a lot split from it), every part those were transformed into, and every assembly they are in, wherever they are
                now; releasing it lifts exactly those holds.
              </p>
              <TxAction
                label={`Recall the ${targetName(target)} and everything made from it`}
                testId="recall-cascade-tx"
                deps={`c-${target.kind}-${target.id}-${reason}`}
                blocked={blocked}
                build={() => (api && reason.trim() ? api.tx.parts.recall(chainTarget, blake2AsHex(reason.trim())) : null)}
                onDone={onDone}
              />
            </>
          )}
        </section>
      </div>
      <table data-testid="impact-table">
        <caption>The impact set: each part, why it is held, and its path from the top of its assembly</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Why</th>
            <th scope="col">Path</th>
            <th scope="col">Status</th>
            <th scope="col">Owner</th>
            <th scope="col">Custodian</th>
          </tr>
        </thead>
        <tbody>
          {impact.rows.map((r) => {
            // an installed part's holders are its assembly's (the top of its path)
            const top = impact.parts.find((p) => p.id === r.path[0]) ?? r.part;
            return (
            <tr key={r.part.id}>
              <td>
                <PartLink id={r.part.id} serial={r.part.serial} />
              </td>
              <td>{r.relation}</td>
              <td>{r.path.map((p) => `part ${p}`).join(' › ')}</td>
              <td>{statusWords(r.part.status)}</td>
              <td>
                <ParticipantLink id={top.owner} />
              </td>
              <td>
                <ParticipantLink id={top.custodian} />
              </td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
