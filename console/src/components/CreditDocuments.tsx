// A letter of credit's documents, under its row on the Deals page: the documents its terms
// require (who must issue each, in words), the documents lodged for it and the
// presentations made with their outcome (from the contract's events through the indexer,
// and the pending ones from the credit itself), and the actions open to the signing
// account, each offered only as a dry run as that account says the contract would accept
// it: lodge a document's hash (of a file chosen here, which never leaves the page, or
// pasted), present documents (the discrepancies the contract would find shown first),
// and, at a pending presentation, honour, refuse with the bank's notes, or waive.
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { useEffect, useMemo, useState } from 'react';
import { useAccounts } from '../accounts';
import { readError, useChain } from '../chain';
import { contractEvents } from '../contractEvents';
import { NOBODY, dryRun, type Instance } from '../contracts';
import {
  claimWords,
  creditHistory,
  discrepancyWords,
  drawable,
  examinationWords,
  noteHashes,
  parseCreditPapers,
  samePresentation,
  parseNamedPresentation,
  parseDiscrepancies,
  parseHash,
  requiredDocumentWords,
  type CreditEvent,
  type CreditPapers,
  type DocRef,
  type Examiner,
  type Presentation,
  type PresentationRecord,
} from '../credit';
import { amountInput, formatAmount, formatNumber, parseAmount, shorten, userLocale } from '../format';
import { useParticipants } from '../participants';
import { Address, CopyButton, ParticipantLink } from './links';
import { ContractTx, contractError, useDryRun } from './ContractTx';

/** A hash no document has: the dry run that asks whether the account may lodge at all. */
const PROBE = blake2AsHex('amchain console: may this account lodge?', 256);

const BANK_WORDS: Record<Examiner, string> = { IssuingBank: 'the issuing bank', ConfirmingBank: 'the confirming bank' };

const sameAccount = (a: string, b: string) => {
  try {
    return u8aToHex(decodeAddress(a)) === u8aToHex(decodeAddress(b));
  } catch {
    return false;
  }
};

interface Props {
  instance: Instance;
  id: number;
  /** The JSON of `credit(id)`, as the row last read it. */
  raw: Record<string, unknown>;
  /** Called once an action is final: the row reads the credit again. */
  onChanged: () => void;
}

export function CreditDocuments({ instance, id, raw, onChanged }: Props) {
  const { info } = useChain();
  const { selected } = useAccounts();
  const { byId } = useParticipants();
  const locale = userLocale();
  const rawKey = JSON.stringify(raw);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `rawKey` stands for `raw`
  const c = useMemo(() => parseCreditPapers(id, raw), [id, rawKey]);
  const [tick, setTick] = useState(0);
  const epoch = info?.finalized === null || info?.finalized === undefined ? 0 : Math.floor(info.finalized / 3);
  const round = `${epoch}:${tick}`;
  const name = (org: number) => byId.get(org)?.name ?? `organisation ${org}`;
  const amount = (v: bigint) => (info ? formatAmount(v, info.decimals, info.token, locale) : v.toString());
  const block = (n: number) => `#${formatNumber(n, locale)}`;
  const metadata = instance.contract.abi.json as Record<string, unknown>;
  const changed = () => {
    setTick((t) => t + 1);
    onChanged();
  };

  // The contract's events about this credit (the indexer's), and each lodged document's use.
  const [events, setEvents] = useState<{ list: CreditEvent[]; complete: boolean } | null>(null);
  const [eventsError, setEventsError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    // one read of the contract's events a round of finalized blocks, shared by its credits
    contractEvents(instance, String(epoch)).then(
      ({ events: list, complete }) => {
        if (cancelled) return;
        setEvents({ list, complete });
        setEventsError(null);
      },
      (e) => !cancelled && setEventsError(readError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [instance, epoch]);
  const history = useMemo(() => creditHistory(events?.list ?? [], id), [events, id]);
  const [claims, setClaims] = useState<Map<string, unknown>>(new Map());
  // the organisation each issuer acted for when it lodged (`document`), by `issuer|hash`
  const [issuers, setIssuers] = useState<Map<string, number | null>>(new Map());
  const lodgedKey = history.lodged.map((d) => `${d.issuer}|${d.hash}`).join(',');
  useEffect(() => {
    if (!lodgedKey) return;
    let cancelled = false;
    const refs = lodgedKey.split(',').map((k) => k.split('|') as [string, string]);
    void Promise.all([
      Promise.all([...new Set(refs.map(([, h]) => h))].map(async (h) => [h, (await dryRun(instance, NOBODY, 'claim', [h])).value] as const)),
      Promise.all(
        refs.map(async ([issuer, h]) => {
          const doc = (await dryRun(instance, NOBODY, 'document', [id, issuer, h])).value as { organisation?: unknown } | null;
          const org = doc?.organisation;
          return [`${issuer}|${h}`, org === null || org === undefined ? null : Number(org)] as const;
        }),
      ),
    ]).then(
      ([claimPairs, issuerPairs]) => {
        if (cancelled) return;
        setClaims(new Map(claimPairs));
        setIssuers(new Map(issuerPairs));
      },
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [instance, id, lodgedKey, round]);

  // The presentations: past ones from the events; a pending one from the credit itself
  // (the indexer may not have its event yet).
  const presentations = useMemo(() => mergePresentations(history.presentations, c.pending), [history, c.pending]);
  const open = c.state === 'Issued';
  const docType = (ref: DocRef) => history.lodged.find((d) => d.hash === ref.hash && sameAccount(d.issuer, ref.issuer))?.docType;

  return (
    <div className="credit-docs" data-testid={`credit-${id}-documents`}>
      <section>
        <h3>Documents required</h3>
        <ul className="plain" data-testid={`credit-${id}-required`}>
          {c.required.map((r) => (
            <li key={r.docType} data-doc-type={r.docType}>
              {requiredDocumentWords(r, name, c)}
            </li>
          ))}
          {c.amendmentRequired.map((r) => (
            <li key={`a${r.docType}`} data-doc-type={r.docType}>
              the pending amendment's {requiredDocumentWords(r, name, c)}
            </li>
          ))}
        </ul>
        <p className="muted small">
          {c.partialDrawings ? 'Partial drawings are allowed.' : `One drawing of the whole ${amount(c.amount)}.`} Presentations until block {block(c.expiry)}; a bank examines one for{' '}
          {formatNumber(c.examinationPeriod, locale)} blocks.
        </p>
      </section>

      <section>
        <h3>Documents lodged</h3>
        {eventsError && (
          <p className="error" role="alert">
            The indexer does not answer, so the documents lodged and the past presentations cannot be listed: {eventsError}
          </p>
        )}
        {!events && !eventsError && <p aria-busy="true">Reading the contract's events…</p>}
        {events && !events.complete && <p className="note">The contract has more events than this page reads (2,000): the list may be partial.</p>}
        {events && history.lodged.length === 0 && <p className="muted">None yet.</p>}
        {history.lodged.length > 0 && (
          <table data-testid={`credit-${id}-lodged`}>
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">Hash</th>
                <th scope="col">Issuer</th>
                <th scope="col">Dated</th>
                <th scope="col">Use</th>
              </tr>
            </thead>
            <tbody>
              {history.lodged.map((d) => {
                const use = claims.has(d.hash) ? claimWords(claims.get(d.hash), id) : null;
                return (
                  <tr key={`${d.issuer}-${d.hash}`} data-hash={d.hash} data-free={use ? String(use.free) : undefined}>
                    <td>type {d.docType}</td>
                    <td>
                      <HashText value={d.hash} />
                    </td>
                    <td>
                      <Address value={d.issuer} />
                      {issuers.get(`${d.issuer}|${d.hash}`) !== undefined && (
                        <div className="small">
                          {issuers.get(`${d.issuer}|${d.hash}`) === null ? 'for no organisation' : <>for <ParticipantLink id={issuers.get(`${d.issuer}|${d.hash}`)} /></>}
                        </div>
                      )}
                    </td>
                    <td>block {block(d.block)}</td>
                    <td>{use?.words ?? '…'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h3>Presentations</h3>
        {presentations.length === 0 && <p className="muted">None yet.</p>}
        <ul className="plain presentations" data-testid={`credit-${id}-presentations`}>
          {presentations.map((p, i) => (
            <li key={`${p.at}-${p.presentedAt}-${i}`} data-at={p.at} data-outcome={p.outcome.kind} data-testid={p.outcome.kind === 'pending' ? `credit-${id}-pending-${p.at.toLowerCase()}` : undefined}>
              <p>
                <strong>
                  {amount(p.amount)} presented to {BANK_WORDS[p.at]} (<ParticipantLink id={p.at === 'IssuingBank' ? c.issuingBank : c.confirmingBank} />)
                </strong>{' '}
                at block {block(p.presentedAt)}, {p.documents.length === 0 ? 'with no documents' : `with ${p.documents.length} document${p.documents.length === 1 ? '' : 's'}`}
                {p.acceptedAmendment && ' (complying only with the amendment, it accepted it)'}
              </p>
              {p.documents.length > 0 && (
                <ul className="small">
                  {p.documents.map((d) => (
                    <li key={d.hash}>
                      {docType(d) !== undefined ? `type ${docType(d)}: ` : ''}
                      <HashText value={d.hash} /> lodged by <Address value={d.issuer} />
                    </li>
                  ))}
                </ul>
              )}
              <Findings discrepancies={p.discrepancies} latestShipment={c.latestShipment} testId={`credit-${id}-presentation-${p.presentedAt}-findings`} />
              {p.waived && <p>{name(c.applicant)} waived the discrepancies: the bank may honour it.</p>}
              <OutcomeWords p={p} c={c} best={info?.best ?? null} name={name} amount={amount} block={block} />
              {p.outcome.kind === 'pending' && open && selected && (
                <PendingActions instance={instance} c={c} p={p} metadata={metadata} round={round} onDone={changed} />
              )}
            </li>
          ))}
        </ul>
      </section>

      {open && selected && (
        <section>
          <h3>Act as {selected.label}</h3>
          <LodgeForm instance={instance} c={c} metadata={metadata} round={round} onDone={changed} />
          <PresentForm
            instance={instance}
            c={c}
            metadata={metadata}
            round={round}
            lodged={history.lodged.filter((d) => claims.has(d.hash) && claimWords(claims.get(d.hash), id).free)}
            onDone={changed}
          />
        </section>
      )}
      {open && !selected && <p className="note">Choose an account in the header to lodge, present or examine documents.</p>}
    </div>
  );
}

/** A document's hash, shortened, with a copy button. */
function HashText({ value }: { value: string }) {
  return (
    <span className="address">
      <code title={value}>{shorten(value, 8)}</code>
      <CopyButton text={value} label="Copy hash" />
    </span>
  );
}

/** The events' presentations, with the one the credit says is pending at a bank put in (or added). */
function mergePresentations(past: PresentationRecord[], pending: Presentation[]): PresentationRecord[] {
  const out = past.map((p) => {
    const now = pending.find((q) => q.at === p.at && q.presentedAt === p.presentedAt);
    // the credit knows best whether it was waived
    return now && p.outcome.kind === 'pending' ? { ...p, waived: now.waived } : p;
  });
  for (const q of pending)
    if (!out.some((p) => p.at === q.at && p.presentedAt === q.presentedAt))
      out.push({ ...q, block: q.presentedAt, acceptedAmendment: false, outcome: { kind: 'pending' } });
  // a presentation the events leave pending that the credit no longer holds was decided
  // in a block the indexer has not reached
  return out
    .map((p): PresentationRecord => (p.outcome.kind === 'pending' && !pending.some((q) => q.at === p.at && q.presentedAt === p.presentedAt) ? { ...p, outcome: { kind: 'decided' } } : p))
    .reverse();
}

function Findings({ discrepancies, latestShipment, testId }: { discrepancies: ReturnType<typeof parseDiscrepancies>; latestShipment: number; testId?: string }) {
  if (discrepancies.length === 0)
    return (
      <p className="good" data-testid={testId} data-complying="true">
        The contract found no discrepancy: the documents comply with the credit's terms.
      </p>
    );
  return (
    <div data-testid={testId} data-complying="false">
      <p className="bad">
        The contract found {discrepancies.length} discrepanc{discrepancies.length === 1 ? 'y' : 'ies'}:
      </p>
      <ul>
        {discrepancies.map((d, i) => (
          <li key={i}>{discrepancyWords(d, latestShipment)}</li>
        ))}
      </ul>
    </div>
  );
}

function OutcomeWords({
  p,
  c,
  best,
  name,
  amount,
  block,
}: {
  p: PresentationRecord;
  c: CreditPapers;
  best: number | null;
  name: (org: number) => string;
  amount: (v: bigint) => string;
  block: (n: number) => string;
}) {
  const o = p.outcome;
  switch (o.kind) {
    case 'pending': {
      const w = examinationWords(c, p, best, name);
      return (
        <p>
          Awaiting examination: {w.words}
          {w.by !== null && <> by block {block(w.by)}</>}.
        </p>
      );
    }
    case 'honoured':
      return (
        <p className="good">
          Honoured at block {block(o.block)}: {amount(o.amount)} credited to {name(c.beneficiary)}
          {o.deemed ? ' (carried out after the examination periods passed)' : <> by <Address value={o.by} /></>}.
        </p>
      );
    case 'refused':
      return (
        <div className="bad">
          <p>
            Refused at block {block(o.block)}
            {o.deemed ? ' after the examination periods passed (deemed)' : <> by <Address value={o.by} /></>}, stating:
          </p>
          <ul>
            {o.discrepancies.map((d, i) => (
              <li key={i}>{discrepancyWords(d, c.latestShipment)}</li>
            ))}
          </ul>
          <p className="muted small">Its documents are free again: they may be presented again, corrected or not.</p>
        </div>
      );
    default:
      return <p className="muted">Decided (the indexer has not reached the block yet).</p>;
  }
}


/** Honour, refuse (with the bank's notes) or waive a presentation awaiting examination. */
function PendingActions({ instance, c, p, metadata, round, onDone }: { instance: Instance; c: CreditPapers; p: PresentationRecord; metadata: Record<string, unknown>; round: string; onDone: () => void }) {
  const { info } = useChain();
  const { selected } = useAccounts();
  const slot = p.at.toLowerCase();
  const base = `credit-${c.id}`;
  // may this account refuse at all? (stating nothing: a complying presentation needs a note)
  // the presentation's id, read with the presentation: used only if that is the one shown
  const named = useDryRun(instance, 'presentation', [c.id, p.at], round);
  const read = named?.ok ? parseNamedPresentation(p.at, named.value) : null;
  const presentationId = read && samePresentation(p, read.presentation) ? read.id : null;
  const probe = useDryRun(instance, 'refuse', presentationId ? [c.id, p.at, presentationId, []] : null, round);
  const examines = probe !== null && (probe.ok || probe.error === 'BadRefusal' || probe.error === 'NewDiscrepancy');
  const [notes, setNotes] = useState('');
  useEffect(() => setNotes(''), [selected?.address]);
  const stated = noteHashes(notes);
  const complying = p.discrepancies.length === 0 || p.waived;
  // honour, refuse and waive name the presentation by its id, and the contract refuses
  // them (PresentationChanged) if another is pending there by the time they land; reading
  // it again right before signing also catches a presentation decided (or replaced)
  // since this page read it, before a fee is spent
  const check = async (): Promise<string | null> => {
    if (!selected) return null;
    const now = await dryRun(instance, selected.address, 'presentation', [c.id, p.at]).catch(() => null);
    const again = now?.ok ? parseNamedPresentation(p.at, now.value) : null;
    return again && again.id === presentationId && samePresentation(p, again.presentation)
      ? null
      : 'The presentation pending at this bank is no longer the one shown here (another was presented in its place, or it was decided): nothing was signed. Read it again below.';
  };
  return (
    <div className="pending-actions">
      {read && !presentationId && (
        <p className="note" data-testid={`${base}-pending-${slot}-changed`}>
          The presentation pending at this bank is no longer the one shown here: reading the credit again.
        </p>
      )}
      <ContractTx
        instance={instance}
        message="honour"
        check={check}
        args={presentationId ? [c.id, p.at, presentationId] : null}
        label={`Honour: credit ${info ? formatAmount(p.amount, info.decimals, info.token, userLocale()) : p.amount.toString()} to the beneficiary`}
        testId={`${base}-honour-${slot}-tx`}
        metadata={metadata}
        round={round}
        quiet={['NotExaminer']}
        onDone={onDone}
      />
      {examines && (
        <div className="refuse-form">
          <label className="block">
            <span>
              The bank's notes of the discrepancies it finds on the documents' face, one a line{' '}
              {complying ? '(the contract found none: a refusal must state at least one)' : "(optional: the contract's own are stated anyway)"}
            </span>
            <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} data-testid={`${base}-refuse-${slot}-notes`} />
          </label>
          {stated.length > 0 && (
            <ul className="small" data-testid={`${base}-refuse-${slot}-hashes`}>
              {stated.map((s) => (
                <li key={s.hash}>
                  "{s.note}" is recorded as its Blake2-256 hash <code>{s.hash.slice(0, 18)}…</code>; send the notice itself to the beneficiary.
                </li>
              ))}
            </ul>
          )}
          <ContractTx
            instance={instance}
            message="refuse"
            check={check}
            args={presentationId ? [c.id, p.at, presentationId, stated.map((s) => s.hash)] : null}
            label={`Refuse the presentation, stating ${p.discrepancies.length + stated.length} discrepanc${p.discrepancies.length + stated.length === 1 ? 'y' : 'ies'}`}
            testId={`${base}-refuse-${slot}-tx`}
            metadata={metadata}
            round={round}
            quiet={['NotExaminer']}
            onDone={onDone}
          />
        </div>
      )}
      <ContractTx
        instance={instance}
        message="waive"
        check={check}
        args={presentationId ? [c.id, p.at, presentationId] : null}
        label="Waive the discrepancies (the bank may then honour it)"
        testId={`${base}-waive-${slot}-tx`}
        metadata={metadata}
        round={round}
        quiet={['NotApplicant', 'NothingToWaive']}
        onDone={onDone}
      />
    </div>
  );
}

/** Lodge a document's hash: of a file chosen here (read in the page, never sent), or pasted. */
function LodgeForm({ instance, c, metadata, round, onDone }: { instance: Instance; c: CreditPapers; metadata: Record<string, unknown>; round: string; onDone: () => void }) {
  const { selected } = useAccounts();
  const types = [...c.required, ...c.amendmentRequired].map((r) => r.docType);
  const base = `credit-${c.id}-lodge`;
  // which types may this account lodge at all? (a dry run with a hash no document has)
  const [probe, setProbe] = useState<{ caller: string; types: number[]; refusals: string[] } | null>(null);
  const typesKey = types.join(',');
  useEffect(() => {
    if (!selected) return;
    let cancelled = false;
    void Promise.all(typesKey.split(',').map(async (t) => ({ t: Number(t), d: await dryRun(instance, selected.address, 'lodge', [c.id, Number(t), PROBE]) }))).then((runs) => {
      if (cancelled) return;
      setProbe({
        caller: selected.address,
        types: runs.filter((r) => r.d.ok).map((r) => r.t),
        refusals: [...new Set(runs.filter((r) => !r.d.ok && r.d.error).map((r) => contractError(metadata, r.d.error as string)))],
      });
    });
    return () => {
      cancelled = true;
    };
  }, [instance, c.id, typesKey, selected, metadata, round]);
  const allowed = probe && probe.caller === selected?.address ? probe : null;
  const [docType, setDocType] = useState<number | null>(null);
  const [hashText, setHashText] = useState('');
  const [file, setFile] = useState<string | null>(null);
  useEffect(() => {
    setHashText('');
    setFile(null);
  }, [selected?.address]);
  if (!allowed) return <p className="muted small" aria-busy="true">Asking the contract whether this account may lodge documents…</p>;
  if (allowed.types.length === 0)
    return (
      <p className="muted small" data-testid={`${base}-closed`}>
        Lodging a document: not open to this account ({allowed.refusals.join('; ')}).
      </p>
    );
  const type = docType !== null && allowed.types.includes(docType) ? docType : allowed.types[0];
  const hash = parseHash(hashText);
  return (
    <fieldset className="credit-form" data-testid={base}>
      <legend>Lodge a document</legend>
      <p className="muted small">
        The signing account is the document's issuer, and the block it is lodged in is its date. Only its hash goes on chain: the document itself goes to the banks
        off chain.
      </p>
      <div className="inline-form">
        <label>
          Type
          <select value={type} onChange={(e) => setDocType(Number(e.target.value))} data-testid={`${base}-type`}>
            {allowed.types.map((t) => (
              <option key={t} value={t}>
                document type {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          File
          <input
            type="file"
            data-testid={`${base}-file`}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              const bytes = new Uint8Array(await f.arrayBuffer());
              setHashText(blake2AsHex(bytes, 256));
              setFile(f.name);
            }}
          />
        </label>
        <label>
          or its Blake2-256 hash
          <input
            type="text"
            size={40}
            placeholder="0x…"
            spellCheck={false}
            value={hashText}
            onChange={(e) => {
              setHashText(e.target.value);
              setFile(null);
            }}
            data-testid={`${base}-hash`}
          />
        </label>
      </div>
      {file && hash && (
        <p className="small" data-testid={`${base}-file-hash`}>
          {file}: Blake2-256 <code>{hash}</code> (read in this page; the file was not sent anywhere)
        </p>
      )}
      {hashText.trim() !== '' && !hash && <p className="error">A hash is 0x and 64 hexadecimal digits.</p>}
      <ContractTx
        instance={instance}
        message="lodge"
        args={hash ? [c.id, type, hash] : null}
        label={`Lodge document type ${type}`}
        testId={`${base}-tx`}
        metadata={metadata}
        round={round}
        onDone={onDone}
      />
    </fieldset>
  );
}

/** Present lodged documents: the discrepancies the contract would find are shown before signing. */
function PresentForm({
  instance,
  c,
  metadata,
  round,
  lodged,
  onDone,
}: {
  instance: Instance;
  c: CreditPapers;
  metadata: Record<string, unknown>;
  round: string;
  /** The documents lodged for the credit that are free to present. */
  lodged: (DocRef & { docType: number })[];
  onDone: () => void;
}) {
  const { info } = useChain();
  const { selected } = useAccounts();
  const locale = userLocale();
  const base = `credit-${c.id}-present`;
  const [to, setTo] = useState<Examiner>('IssuingBank');
  const examiner: Examiner = c.confirmed ? to : 'IssuingBank';
  const { undrawn, available } = drawable(c, examiner);
  // may this account present at all? (nothing, for the amount it could draw)
  const probe = useDryRun(instance, 'present', [c.id, examiner, available, []], round);
  // a document another account lodged starts unpicked: anyone may lodge a hash (even of
  // the beneficiary's document for another credit), and presenting it would use it up here
  const [toggled, setToggled] = useState<Set<string>>(new Set());
  const [extra, setExtra] = useState<(DocRef & { docType: number })[]>([]);
  const [amountText, setAmountText] = useState<string | null>(null);
  useEffect(() => {
    setToggled(new Set());
    setExtra([]);
    setAmountText(null);
  }, [selected?.address]);
  const candidates = [...lodged, ...extra.filter((x) => !lodged.some((d) => d.hash === x.hash && sameAccount(d.issuer, x.issuer)))];
  const key = (d: DocRef) => `${d.issuer}|${d.hash}`;
  const own = (d: DocRef) => !!selected && sameAccount(d.issuer, selected.address);
  const added = (d: DocRef) => extra.some((x) => x.hash === d.hash && sameAccount(x.issuer, d.issuer));
  const picked = (d: DocRef) => (own(d) || added(d)) !== toggled.has(key(d));
  // the same hash lodged by more than one account: which is meant is for the person to say
  const shared = (d: DocRef) => candidates.filter((x) => x.hash === d.hash).length > 1;
  const documents = candidates.filter(picked).map((d) => ({ issuer: d.issuer, hash: d.hash }));
  const decimals = info?.decimals ?? 0;
  const drawing = c.partialDrawings ? (amountText === null ? available : parseAmount(amountText, decimals, locale)) : undrawn;
  if (!probe) return <p className="muted small" aria-busy="true">Asking the contract whether this account may present…</p>;
  if (!probe.ok && (probe.error === 'NotBeneficiary' || probe.error === 'NotOpen'))
    return (
      <p className="muted small" data-testid={`${base}-closed`}>
        Presenting documents: only an account of the beneficiary presents.
      </p>
    );
  return (
    <fieldset className="credit-form" data-testid={base}>
      <legend>Present documents</legend>
      {c.confirmed && (
        <label>
          To
          <select value={to} onChange={(e) => setTo(e.target.value as Examiner)} data-testid={`${base}-to`}>
            <option value="IssuingBank">the issuing bank</option>
            <option value="ConfirmingBank">the confirming bank</option>
          </select>
        </label>
      )}
      <fieldset className="plain-fieldset">
        <legend>Documents</legend>
        {candidates.length === 0 && <p className="muted small">No lodged document is free to present: a presentation now holds none.</p>}
        {candidates.map((d) => (
          <label key={key(d)} className="doc-pick">
            <input
              type="checkbox"
              checked={picked(d)}
              data-testid={`${base}-doc`}
              data-hash={d.hash}
              onChange={() =>
                setToggled((s) => {
                  const n = new Set(s);
                  if (n.has(key(d))) n.delete(key(d));
                  else n.add(key(d));
                  return n;
                })
              }
            />
            type {d.docType}: <HashText value={d.hash} /> by <Address value={d.issuer} />
            {!own(d) && !added(d) && <span className="muted small"> (lodged by another account: include it only if it is the document you mean)</span>}
            {shared(d) && <strong className="bad small"> (the same hash was lodged by more than one account)</strong>}
          </label>
        ))}
        <AddDocument instance={instance} c={c} onAdd={(d) => setExtra((x) => [...x, d])} />
      </fieldset>
      {c.partialDrawings ? (
        <label>
          Amount ({info?.token ?? 'units'}; at most {info ? formatAmount(available, decimals, info.token, locale) : available.toString()})
          <input
            type="text"
            inputMode="decimal"
            value={amountText ?? amountInput(available, decimals, locale)}
            onChange={(e) => setAmountText(e.target.value)}
            data-testid={`${base}-amount`}
          />
        </label>
      ) : (
        <p className="small">Amount: the whole {info ? formatAmount(undrawn, decimals, info.token, locale) : undrawn.toString()} (partial drawings are not allowed).</p>
      )}
      {drawing === null && <p className="error">An amount is a number with at most {decimals} decimals.</p>}
      <ContractTx
        instance={instance}
        message="present"
        args={drawing === null ? null : [c.id, examiner, drawing, documents]}
        label={`Present ${documents.length} document${documents.length === 1 ? '' : 's'} to ${BANK_WORDS[examiner]}`}
        testId={`${base}-tx`}
        metadata={metadata}
        round={round}
        preview={(value) => {
          const found = parseDiscrepancies(value);
          return (
            <div data-testid={`${base}-findings`} data-complying={String(found.length === 0)}>
              {found.length === 0 ? (
                <p className="good">The contract finds no discrepancy: these documents comply with the credit's terms.</p>
              ) : (
                <>
                  <p className="bad">
                    The contract would find {found.length} discrepanc{found.length === 1 ? 'y' : 'ies'} and record {found.length === 1 ? 'it' : 'them'} with the presentation:
                    the bank may refuse the presentation for {found.length === 1 ? 'it' : 'them'}, or honour it only once the applicant waives {found.length === 1 ? 'it' : 'them'}:
                  </p>
                  <ul>
                    {found.map((d, i) => (
                      <li key={i}>{discrepancyWords(d, c.latestShipment)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          );
        }}
        onDone={onDone}
      />
    </fieldset>
  );
}

/** A document lodged by another account (a third-party issuer), named by its address and hash, checked with `document`. */
function AddDocument({ instance, c, onAdd }: { instance: Instance; c: CreditPapers; onAdd: (d: DocRef & { docType: number }) => void }) {
  const { info } = useChain();
  const [issuer, setIssuer] = useState('');
  const [hashText, setHashText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const base = `credit-${c.id}-present-add`;
  return (
    <details>
      <summary>Add a document another account lodged (by its issuer's address and hash)</summary>
      <div className="inline-form">
        <label>
          Issuer
          <input type="text" size={30} spellCheck={false} value={issuer} onChange={(e) => setIssuer(e.target.value)} data-testid={`${base}-issuer`} />
        </label>
        <label>
          Hash
          <input type="text" size={30} spellCheck={false} placeholder="0x…" value={hashText} onChange={(e) => setHashText(e.target.value)} data-testid={`${base}-hash`} />
        </label>
        <button
          type="button"
          onClick={async () => {
            setProblem(null);
            let account: string;
            try {
              account = encodeAddress(decodeAddress(issuer.trim()), info?.ss58 ?? 42);
            } catch {
              setProblem('That is not an account address.');
              return;
            }
            const hash = parseHash(hashText);
            if (!hash) {
              setProblem('A hash is 0x and 64 hexadecimal digits.');
              return;
            }
            const d = await dryRun(instance, NOBODY, 'document', [c.id, account, hash]).catch((e) => ({ ok: false, value: null, error: readError(e) }));
            const doc = d.value as { docType?: unknown } | null;
            if (!doc) {
              setProblem(d.error ?? 'That account lodged no document with this hash for the credit.');
              return;
            }
            onAdd({ issuer: account, hash, docType: Number(doc.docType) });
            setIssuer('');
            setHashText('');
          }}
        >
          Add
        </button>
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </details>
  );
}
