// On a part's passport: the maker's certifications as they stood when the part was made,
// and the part's warranties with their claims. Reads: the indexer for the lists, the node
// for the standing at a block (amchain_wasCertifiedAt) and for warranties and claims as
// they are now (amchain_warrantiesOf, amchain_claim). The claim actions: the holder files
// one, the issuer approves or rejects it, the claimant withdraws it, anyone settles one
// nobody decided in time.
import { useEffect, useState } from 'react';
import { useAccounts } from '../accounts';
import { amchainRpc, readError, useChain } from '../chain';
import { amountInput, formatAmount, formatNumber, parseAmount, userLocale } from '../format';
import { certifications, eventsOf } from '../indexer';
import { standardsOfMaker, type StandardAtManufacture } from '../shape';
import {
  canFile,
  claimChoices,
  claimIds,
  claimWords,
  documentHash,
  kindWords,
  warrantyState,
  type Actor,
  type ClaimView,
  type WarrantyView,
} from '../warranty';
import { CertificationLink, ParticipantLink } from './links';
import { TxAction } from './TxAction';

interface Standing extends StandardAtManufacture {
  code: string | null;
  valid: boolean | null;
}

/** Whether the maker held a valid certification of each standard at the registration block. */
export function CertifiedWhenMade({ maker, registeredAt, madeUnder }: { maker: number; registeredAt: number; madeUnder: number | null }) {
  const { api } = useChain();
  const locale = userLocale();
  const [rows, setRows] = useState<Standing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    void (async () => {
      try {
        const standards = standardsOfMaker(await certifications(maker), madeUnder);
        const out = await Promise.all(
          standards.map(async (s) => {
            const [valid, standard] = await Promise.all([
              amchainRpc<boolean>(api, 'amchain_wasCertifiedAt', [maker, s.standard, registeredAt]),
              amchainRpc<{ code: string } | null>(api, 'amchain_standard', [s.standard]),
            ]);
            return { ...s, valid, code: standard?.code ?? null };
          }),
        );
        if (!cancelled) {
          setRows(out);
          setError(null);
        }
      } catch (e) {
        if (!cancelled) setError(readError(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, maker, registeredAt, madeUnder]);

  return (
    <section className="card" aria-labelledby="made-certified-h" data-testid="made-certified">
      <h2 id="made-certified-h">Certified when made</h2>
      <p className="muted">The maker's standing for each standard it was ever certified for, at block #{formatNumber(registeredAt, locale)}, when the part was registered.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!rows && !error && <p aria-busy="true">Reading…</p>}
      {rows && rows.length === 0 && <p>The maker held no certification then or since.</p>}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              <th scope="col">Certifications</th>
              <th scope="col">When made</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.standard} data-standard={r.standard} data-valid={String(r.valid)}>
                <td>
                  {r.code ?? `standard ${r.standard}`} <span className="muted">(standard {r.standard})</span>
                  {r.madeUnder && <> · made under it</>}
                </td>
                <td>
                  {r.certifications.map((c, i) => (
                    <span key={c}>
                      {i > 0 && ', '}
                      <CertificationLink id={c} />
                    </span>
                  ))}
                </td>
                <td>{r.valid ? <strong className="good">valid</strong> : <strong className="bad">not valid</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The part's warranties (every life's), the claims filed on them, and the claim actions. */
export function Warranties({
  partId,
  registeredAt,
  tick,
  owner,
  custodian,
  onDone,
}: {
  partId: number;
  registeredAt: number;
  tick: number;
  owner: number | null;
  custodian: number | null;
  onDone: () => void;
}) {
  const { api, info } = useChain();
  const { membership } = useAccounts();
  const locale = userLocale();
  const [list, setList] = useState<WarrantyView[] | null>(null);
  const [claims, setClaims] = useState<ClaimView[]>([]);
  // claim ids once seen stay listed (a claim decided since is read again with the page)
  const [seenIds, setSeenIds] = useState<number[]>([]);
  const [partial, setPartial] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    amchainRpc<WarrantyView[]>(api, 'amchain_warrantiesOf', [partId, null, 100]).then(
      (w) => {
        if (cancelled) return;
        setList(w);
        setError(null);
      },
      (e) => !cancelled && setError(readError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, partId, tick]);

  // the claims: re-read when the warranties or their open claims change
  const key = list ? list.map((w) => `${w.id}:${w.openClaim ?? ''}:${w.active}`).join(',') : null;
  useEffect(() => {
    if (!api || !list || list.length === 0) return;
    let cancelled = false;
    void (async () => {
      try {
        const { events, complete } = await eventsOf({ pallet: 'Warranties', variant: 'Claimed', fromBlock: registeredAt });
        const ids = claimIds(events, list.map((w) => w.id));
        for (const w of list) if (w.openClaim !== null && !ids.includes(w.openClaim)) ids.push(w.openClaim);
        for (const id of seenIds) if (!ids.includes(id)) ids.push(id);
        const found = await Promise.all(ids.map((id) => amchainRpc<ClaimView | null>(api, 'amchain_claim', [id])));
        if (!cancelled) {
          const known = found.filter((c): c is ClaimView => c !== null).sort((a, b) => a.id - b.id);
          setClaims(known);
          setSeenIds((old) => (known.every((c) => old.includes(c.id)) ? old : [...new Set([...old, ...known.map((c) => c.id)])]));
          setPartial(!complete);
        }
      } catch (e) {
        if (!cancelled) setError(readError(e));
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, registeredAt, tick]);

  const token = info ? { decimals: info.decimals, symbol: info.token, locale } : null;
  const actor: Actor = { participant: membership?.participant ?? null, admin: membership?.kind === 'admin' };
  const responseTime = api ? Number(api.consts.warranties.claimResponseTime.toString()) : 0;
  return (
    <section className="card" aria-labelledby="warranties-h" data-testid="warranties">
      <h2 id="warranties-h">Warranties and claims</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!list && !error && <p aria-busy="true">Reading…</p>}
      {list && list.length === 0 && <p>No warranty was issued on this part.</p>}
      {list && list.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Warranty</th>
              <th scope="col">Kind</th>
              <th scope="col">Issuer</th>
              <th scope="col">Life</th>
              <th scope="col">Issued</th>
              <th scope="col">Until</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {list.map((w) => {
              const state = warrantyState(w, info?.best ?? null);
              return (
                <tr key={w.id} data-warranty={w.id} data-active={String(w.active)}>
                  <td>warranty {w.id}</td>
                  <td>
                    {kindWords(w.kind)}
                    {w.covers.length > 0 && <span className="muted"> (parts {w.covers.join(', ')})</span>}
                  </td>
                  <td>
                    <ParticipantLink id={w.issuer} />
                  </td>
                  <td>{w.life}</td>
                  <td>#{formatNumber(w.issuedAt, locale)}</td>
                  <td>#{formatNumber(w.expiresAt, locale)}</td>
                  <td>{state.good ? <strong className="good">{state.words}</strong> : state.words}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {claims.length > 0 && token && (
        <ul data-testid="claims">
          {claims.map((c) => (
            <li key={c.id} data-claim={c.id} data-status={c.status}>
              Claim {c.id} on warranty {c.warranty} by <ParticipantLink id={c.claimant} />, filed at #{formatNumber(c.filedAt, locale)}: {claimWords(c, token)}
              {c.status === 'open' && info?.best != null && (
                <DecideClaim
                  claim={c}
                  issuer={list?.find((w) => w.id === c.warranty)?.issuer ?? null}
                  actor={actor}
                  best={info.best}
                  responseTime={responseTime}
                  onDone={onDone}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {list
        // the form for the holder (or why it cannot claim, to the owner or custodian alone)
        ?.filter((w) => w.active && actor.participant !== null && actor.participant !== w.issuer && (actor.participant === owner || actor.participant === custodian))
        .map((w) => (
          <FileClaim key={w.id} warranty={w} blocked={canFile(w, actor, owner, custodian)} openClaim={claims.find((c) => c.id === w.openClaim) ?? null} onDone={onDone} />
        ))}
      {partial && <p className="muted">Only the claims among the first thousand filed since the part was registered are listed.</p>}
    </section>
  );
}

/** A hash and what it was made from, as typed: a document's text or its 0x hash. */
function HashInput({ label, value, onChange, testId }: { label: string; value: string; onChange: (v: string) => void; testId: string }) {
  const hash = documentHash(value);
  return (
    <label>
      {label}
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} placeholder="its text, or its 0x… BLAKE2b-256 hash" />
      <span className="muted" data-testid={`${testId}-hash`}>
        {hash ? `recorded as ${hash.slice(0, 18)}…` : 'required'}
      </span>
    </label>
  );
}

/** The holder files a claim under a warranty in force: the evidence's hash and what it asks. */
function FileClaim({ warranty, blocked, openClaim, onDone }: { warranty: WarrantyView; blocked: string | null; openClaim: ClaimView | null; onDone: () => void }) {
  const { api, info } = useChain();
  const { membership } = useAccounts();
  const locale = userLocale();
  const [evidence, setEvidence] = useState('');
  const [asked, setAsked] = useState('');
  const decimals = info?.decimals ?? 12;
  const amount = asked.trim() === '' ? 0n : parseAmount(asked, decimals, locale);
  const evidenceHash = documentHash(evidence);
  const mineOpen = openClaim && openClaim.claimant === membership?.participant ? openClaim : null;
  const why = blocked ?? (mineOpen ? `Your organisation's claim ${mineOpen.id} under this warranty is open: it is decided, or withdrawn, first.` : null);
  return (
    <div className="card actions" data-testid={`claim-file-${warranty.id}`}>
      <h3>Claim under warranty {warranty.id}</h3>
      {!why && (
        <form onSubmit={(e) => e.preventDefault()} className="offer-form">
          <HashInput label="Evidence" value={evidence} onChange={setEvidence} testId={`claim-evidence-${warranty.id}`} />
          <label>
            Asks from the issuer's reserve ({info?.token ?? ''})
            <input
              type="text"
              inputMode="decimal"
              value={asked}
              onChange={(e) => setAsked(e.target.value)}
              data-testid={`claim-asked-${warranty.id}`}
              placeholder="0: a remedy without payment"
              aria-invalid={amount === null}
            />
            {amount === null && <span className="error">Not an amount in {info?.token} with at most {decimals} decimals.</span>}
          </label>
        </form>
      )}
      <TxAction
        label={amount !== null && amount > 0n && info ? `File the claim, asking ${formatAmount(amount, decimals, info.token, locale)}` : 'File the claim (a remedy, no payment)'}
        testId={`claim-file-${warranty.id}-tx`}
        deps={`claim-${warranty.id}-${evidenceHash}-${amount}`}
        blocked={why}
        build={() => (api && evidenceHash && amount !== null ? api.tx.warranties.claim(warranty.id, evidenceHash, amount) : null)}
        onDone={onDone}
      />
    </div>
  );
}

/** The actions open on an open claim to the signed-in account. */
function DecideClaim({
  claim,
  issuer,
  actor,
  best,
  responseTime,
  onDone,
}: {
  claim: ClaimView;
  issuer: number | null;
  actor: Actor;
  best: number;
  responseTime: number;
  onDone: () => void;
}) {
  const { api, info } = useChain();
  const locale = userLocale();
  const decimals = info?.decimals ?? 12;
  const choices = claimChoices(claim, issuer, actor, best, responseTime);
  const [payout, setPayout] = useState(() => amountInput(claim.asked, decimals, locale));
  const [remedy, setRemedy] = useState('');
  const [reason, setReason] = useState('');
  const paid = choices.approveOnlyInFull ? BigInt(claim.asked) : parseAmount(payout, decimals, locale);
  const remedyHash = documentHash(remedy);
  const reasonHash = documentHash(reason);
  let approveBlocked = choices.approve;
  if (!approveBlocked && paid !== null && paid > BigInt(claim.asked)) approveBlocked = 'The payout is more than the claim asked.';
  if (!approveBlocked && paid !== null && paid > 0n && !actor.admin) approveBlocked = "Paying from the reserve is the admin's act: a device approves remedies without payment only.";
  const id = claim.id;
  const anything = !choices.approve || !choices.reject || !choices.withdraw || !choices.settle;
  if (!anything) return null;
  return (
    <div className="claim-actions" data-testid={`claim-${id}-actions`}>
      {!choices.approve && (
        <div className="card actions">
          <h3>Decide claim {id}</h3>
          <form onSubmit={(e) => e.preventDefault()} className="offer-form">
            <HashInput label="Remedy" value={remedy} onChange={setRemedy} testId={`claim-${id}-remedy`} />
            <label>
              Payout ({info?.token ?? ''})
              {choices.approveOnlyInFull ? (
                <span data-testid={`claim-${id}-payout`}>
                  {formatAmount(claim.asked, decimals, info?.token ?? '', locale)}: past block #{claim.respondBy} only all it asked (less is for governance)
                </span>
              ) : (
                <input type="text" inputMode="decimal" value={payout} onChange={(e) => setPayout(e.target.value)} data-testid={`claim-${id}-payout`} aria-invalid={paid === null} />
              )}
            </label>
          </form>
          <TxAction
            label={paid !== null && info ? (paid > 0n ? `Approve, paying ${formatAmount(paid, decimals, info.token, locale)}` : 'Approve a remedy without payment') : 'Approve'}
            testId={`claim-${id}-approve-tx`}
            deps={`approve-${id}-${remedyHash}-${paid}`}
            blocked={approveBlocked}
            build={() => (api && remedyHash && paid !== null ? api.tx.warranties.approve(id, remedyHash, paid) : null)}
            onDone={onDone}
          />
          {!choices.reject && (
            <>
              <form onSubmit={(e) => e.preventDefault()} className="offer-form">
                <HashInput label="Reason for rejecting" value={reason} onChange={setReason} testId={`claim-${id}-reason`} />
              </form>
              <TxAction
                label="Reject"
                testId={`claim-${id}-reject-tx`}
                deps={`reject-${id}-${reasonHash}`}
                build={() => (api && reasonHash ? api.tx.warranties.reject(id, reasonHash) : null)}
                onDone={onDone}
              />
            </>
          )}
          {choices.reject && <p className="note">{choices.reject}</p>}
        </div>
      )}
      {!choices.withdraw && (
        <TxAction label="Withdraw the claim" testId={`claim-${id}-withdraw-tx`} deps={`withdraw-${id}`} build={() => (api ? api.tx.warranties.withdrawClaim(id) : null)} onDone={onDone} />
      )}
      {!choices.settle && (
        <TxAction
          label="Settle it: pay what the reserve covered"
          testId={`claim-${id}-settle-tx`}
          deps={`settle-${id}`}
          build={() => (api ? api.tx.warranties.settleOverdue(id) : null)}
          onDone={onDone}
        />
      )}
    </div>
  );
}
