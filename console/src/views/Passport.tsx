// A part's passport: who made it, who holds and owns it, its recall state, every record of
// its history, its assembly, and the hand-over of custody or ownership.
import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAccounts } from '../accounts';
import { amchainRpc, useChain } from '../chain';
import { Address, CertificationLink, CopyButton, ParticipantLink, PartLink, Segments } from '../components/links';
import { Tree } from '../components/Tree';
import { CertifiedWhenMade, Warranties } from '../components/PartRecords';
import { TagCheck } from '../components/TagCheck';
import { UsageRights } from '../components/UsageRights';
import { parseTagKey, type TagKey } from '../tag';
import { TxAction } from '../components/TxAction';
import { formatNumber, formatTime, shorten, userLocale } from '../format';
import { ancestors, descendants, passport, type PassportData } from '../indexer';
import { useParticipants } from '../participants';
import { assemblyTree, isGovernanceActor, selfQuarantined, statusWords, timeline, type PartRow } from '../shape';

/** amchain_part's answer (the runtime's PartView). */
interface ChainPart {
  owner: number;
  custodian: number;
  status: string;
  quarantined: boolean;
  tag: unknown;
  certification: number | null;
  registeredAt: number;
  records: number;
}

interface OpenOffer {
  handover: 'Custody' | 'Ownership';
  from: number;
  to: number;
  madeAt: number;
}

export function PassportView() {
  const idText = useParams().id;
  const id = Number(idText);
  const { api } = useChain();
  const locale = userLocale();
  const [data, setData] = useState<PassportData | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [chainPart, setChainPart] = useState<ChainPart | null>(null);
  const [offers, setOffers] = useState<OpenOffer[]>([]);
  const [heldBelow, setHeldBelow] = useState(0);
  const [below, setBelow] = useState<PartRow[]>([]);
  const [above, setAbove] = useState<PartRow[]>([]);
  const [tick, setTick] = useState(0);

  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const timer = setInterval(refresh, 4_000);
    return () => clearInterval(timer);
  }, [refresh]);

  useEffect(() => {
    if (!Number.isInteger(id) || id < 0) return;
    let cancelled = false;
    passport(id)
      .then(async (d) => {
        if (cancelled) return;
        setData(d);
        setError(null);
        if (d) {
          const [b, a] = await Promise.all([descendants(id), ancestors(d.part)]);
          if (!cancelled) {
            setBelow(b);
            setAbove(a);
          }
        }
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [id, tick]);

  useEffect(() => {
    if (!api || !Number.isInteger(id)) return;
    let cancelled = false;
    void (async () => {
      try {
        const p = await amchainRpc<ChainPart | null>(api, 'amchain_part', [id]);
        const found: OpenOffer[] = [];
        for (const handover of ['Custody', 'Ownership'] as const) {
          const o = await api.query.parts.offers({ Part: id }, handover);
          const json = o.toJSON() as { from: number; to: number; madeAt: number } | null;
          if (json) found.push({ handover, from: json.from, to: json.to, madeAt: json.madeAt });
        }
        const below = Number((await api.query.parts.quarantinedBelow(id)).toString());
        if (!cancelled) {
          setChainPart(p);
          setOffers(found);
          setHeldBelow(Number.isFinite(below) ? below : 0);
        }
      } catch {
        // the node is not ready: the indexer's view stands
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, id, tick]);

  const entries = useMemo(() => timeline(data?.history ?? []), [data]);
  const tree = useMemo(() => (data ? assemblyTree(id, [data.part, ...below]) : null), [data, below, id]);

  if (!Number.isInteger(id) || id < 0) return <p className="error">“{idText}” is not a part id.</p>;
  if (error && !data) return <p className="error" role="alert">Cannot read part {id}: {error}</p>;
  if (data === undefined) return <p aria-busy="true">Reading part {id}…</p>;
  if (data === null)
    return (
      <section>
        <h1>Part {id}</h1>
        <p>The indexer knows no part {id} (yet: it follows finalized blocks only, a few seconds behind the chain).</p>
      </section>
    );

  const part = data.part;
  // the tag as the node answers it; a shape this console cannot read is said, not rendered
  let tag: TagKey | null = null;
  let tagError: string | null = null;
  try {
    tag = parseTagKey(chainPart?.tag);
  } catch (e) {
    tagError = (e as Error).message;
  }
  const top = above.length ? above[above.length - 1] : null;
  const owner = top ? top.owner : part.owner;
  const custodian = top ? top.custodian : part.custodian;
  // quarantined itself (its own history), or held: the chain's flag covers its whole assembly
  const quarantined = selfQuarantined(data.history);
  const held = !quarantined && (chainPart?.quarantined || heldBelow > 0);

  return (
    <article className="passport" data-testid="passport">
      <h1>
        Part {part.id} <span className="muted">· {part.serial}</span>
      </h1>
      {quarantined && (
        <p className="alert" role="status" data-testid="recall-state">
          Quarantined by a recall: it cannot change hands until released. <Link to={`/recall?part=${part.id}`}>See the impact</Link>
        </p>
      )}
      {held && (
        <p className="alert" role="status" data-testid="recall-below">
          Held by a recall:{' '}
          {heldBelow > 0
            ? `${heldBelow} part${heldBelow === 1 ? '' : 's'} installed in it ${heldBelow === 1 ? 'is' : 'are'} quarantined`
            : 'a part of its assembly (or its batch) is quarantined'}
          ; it cannot change hands until that is released or removed.
        </p>
      )}
      <div className="cards">
        <section className="card" aria-labelledby="identity">
          <h2 id="identity">Identity</h2>
          <dl>
            <dt>Serial</dt>
            <dd>{part.serial}</dd>
            <dt>Type</dt>
            <dd>
              {data.partType ? `${data.partType.code ?? ''} (type ${data.partType.id})` : `type ${part.partType ?? '—'}`}
            </dd>
            <dt>Maker</dt>
            <dd>
              <ParticipantLink id={part.maker} />
            </dd>
            {chainPart?.certification !== null && chainPart?.certification !== undefined && (
              <>
                <dt>Made under</dt>
                <dd>
                  <CertificationLink id={chainPart.certification} />
                </dd>
              </>
            )}
            <dt>Tag</dt>
            <dd data-testid="tag-key">
              {!chainPart ? (
                '…'
              ) : tag ? (
                <span className="address">
                  {tag.scheme} <code title={tag.publicKey}>{shorten(tag.publicKey, 8)}</code>
                  <CopyButton text={tag.publicKey} label="Copy the tag's public key" />
                </span>
              ) : tagError ? (
                <span className="error">unreadable: {tagError}</span>
              ) : (
                'none'
              )}
            </dd>
            <dt>Life</dt>
            <dd>{part.life ?? '—'}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="holders">
          <h2 id="holders">Holders and state</h2>
          <dl>
            <dt>Owner</dt>
            <dd data-testid="owner">
              <ParticipantLink id={owner} />
            </dd>
            <dt>Custodian</dt>
            <dd data-testid="custodian">
              <ParticipantLink id={custodian} />
            </dd>
            <dt>Status</dt>
            <dd>{statusWords(part.status)}</dd>
            <dt>Recall</dt>
            <dd>
              {chainPart ? (
                quarantined ? (
                  <strong className="bad">quarantined</strong>
                ) : held ? (
                  <strong className="bad">held: a part of its assembly is quarantined</strong>
                ) : (
                  'not recalled'
                )
              ) : (
                '…'
              )}
            </dd>
            {above.length > 0 && (
              <>
                <dt>Installed in</dt>
                <dd>
                  {[...above].reverse().map((p, i) => (
                    <span key={p.id}>
                      {i > 0 && ' › '}
                      <PartLink id={p.id} serial={p.serial} />
                    </span>
                  ))}
                  {top && <span className="muted"> (holders are the assembly's)</span>}
                </dd>
              </>
            )}
            {offers.map((o) => (
              <Fragment key={o.handover}>
                <dt>Open offer</dt>
                <dd data-testid={`offer-${o.handover.toLowerCase()}`}>
                  {o.handover} to <ParticipantLink id={o.to} /> since block #{formatNumber(o.madeAt, locale)}
                </dd>
              </Fragment>
            ))}
          </dl>
        </section>
      </div>

      {tag && <TagCheck partId={part.id} tagScheme={tag.scheme} />}

      {chainPart && (
        <div className="cards">
          {part.maker !== null && part.maker !== undefined && (
            <CertifiedWhenMade maker={part.maker} registeredAt={chainPart.registeredAt} madeUnder={chainPart.certification} />
          )}
          <Warranties partId={part.id} registeredAt={chainPart.registeredAt} tick={tick} />
        </div>
      )}

      <UsageRights partId={part.id} owner={owner ?? null} tick={tick} />

      <HandOver partId={part.id} owner={owner ?? null} custodian={custodian ?? null} offers={offers} installed={!!top} onDone={refresh} />

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <p className="muted">
          Every record of its history as the indexer holds it (finalized blocks), oldest first: {entries.length} record
          {entries.length === 1 ? '' : 's'}.
        </p>
        <ol className="timeline" data-testid="timeline">
          {entries.map((e) => (
            <li key={e.index} id={`record-${e.index}`} className={`tone-${e.tone}`} data-kind={e.kind}>
              <div className="when">
                <time dateTime={e.time ? new Date(e.time).toISOString() : undefined}>{formatTime(e.time, locale)}</time>
                <span className="muted">
                  block #{formatNumber(e.block, locale)} · record {e.index}
                </span>
              </div>
              <div className="what">
                <strong>{e.title}</strong>
                <p>
                  <Segments segments={e.detail} />
                </p>
                <p className="muted small">
                  {isGovernanceActor(e.actor) ? 'by governance (a council motion)' : <>signed by <Address value={e.actor} /></>}
                  {e.reportedAt ? ` · reported at ${formatTime(Math.floor(e.reportedAt / 1000), locale)}` : ''}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="assembly-h">
        <h2 id="assembly-h">Assembly</h2>
        {tree && tree.children.length > 0 ? (
          <Tree node={tree} highlight={(pid) => (pid === id ? 'this part' : null)} />
        ) : (
          <p className="muted">No parts are installed in it.</p>
        )}
      </section>
    </article>
  );
}

function HandOver({
  partId,
  owner,
  custodian,
  offers,
  installed,
  onDone,
}: {
  partId: number;
  owner: number | null;
  custodian: number | null;
  offers: OpenOffer[];
  installed: boolean;
  onDone: () => void;
}) {
  const { api } = useChain();
  const { membership, selected } = useAccounts();
  const { list } = useParticipants();
  const [handover, setHandover] = useState<'Custody' | 'Ownership'>('Custody');
  const [to, setTo] = useState<string>('');
  const mine = membership?.participant ?? null;
  const holder = handover === 'Custody' ? custodian : owner;
  const open = offers.find((o) => o.handover === handover);
  // Offers to the signing account's organisation; one it acts on stays in view (with its
  // progress) after it is accepted and the chain no longer holds it.
  const [seen, setSeen] = useState<OpenOffer[]>([]);
  const current = offers.filter((o) => mine !== null && o.to === mine);
  const currentKey = current.map((o) => `${o.handover}:${o.from}:${o.madeAt}`).join(',');
  useEffect(() => {
    setSeen((old) => {
      const kept = old.filter((o) => o.to === mine);
      const fresh = current.filter((o) => !kept.some((k) => k.handover === o.handover && k.madeAt === o.madeAt));
      return fresh.length || kept.length !== old.length ? [...kept, ...fresh] : old;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentKey, mine]);
  const incoming = seen;

  let blocked: string | null = null;
  if (installed) blocked = 'An installed part moves with its assembly: hand the top of the assembly over instead.';
  else if (mine === null) blocked = `${selected?.label ?? 'This account'} acts for no organisation, so it cannot offer this part.`;
  else if (mine !== holder)
    blocked = `Only an account of the ${handover === 'Custody' ? 'custodian' : 'owner'} (organisation ${holder ?? '—'}) offers its ${handover.toLowerCase()}.`;
  else if (open) blocked = `${handover} is already offered to organisation ${open.to}; the receiver accepts it, or the sender cancels it.`;

  return (
    <section className="card actions" aria-labelledby="handover-h">
      <h2 id="handover-h">Hand over</h2>
      {incoming.map((o) => (
        <div key={`${o.handover}-${o.madeAt}`} className="incoming" data-testid={`accept-${o.handover.toLowerCase()}`}>
          <p>
            <ParticipantLink id={o.from} /> offers your organisation the part's <strong>{o.handover.toLowerCase()}</strong>. Accepting
            is the goods receipt.
          </p>
          <TxAction
            label={`Accept ${o.handover.toLowerCase()}`}
            testId={`accept-${o.handover.toLowerCase()}-tx`}
            deps={`accept-${partId}-${o.handover}-${o.madeAt}`}
            build={() => (api ? api.tx.parts.acceptOffer({ Part: partId }, o.handover, null) : null)}
            onDone={onDone}
          />
        </div>
      ))}
      <form onSubmit={(e) => e.preventDefault()} className="offer-form">
        <label>
          What
          <select value={handover} onChange={(e) => setHandover(e.target.value as 'Custody' | 'Ownership')} data-testid="handover-kind">
            <option value="Custody">Custody (physical possession)</option>
            <option value="Ownership">Ownership (title)</option>
          </select>
        </label>
        <label>
          To
          <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="handover-to">
            <option value="">— choose an organisation —</option>
            {list
              .filter((p) => p.id !== holder)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
          </select>
        </label>
      </form>
      <TxAction
        label={`Offer ${handover.toLowerCase()}`}
        testId="offer-tx"
        deps={`offer-${partId}-${handover}-${to}`}
        blocked={blocked}
        build={() => (api && to !== '' ? api.tx.parts.offer({ Part: partId }, handover, Number(to)) : null)}
        onDone={onDone}
      />
    </section>
  );
}
