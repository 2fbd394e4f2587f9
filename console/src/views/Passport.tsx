// A part's passport: who made it, who holds and owns it, its recall state, every record of
// its history, its assembly, and the hand-over of custody or ownership.
import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { amchainRpc, useChain } from '../chain';
import { HandOver, readOffers, type OpenOffer } from '../components/HandOver';
import { CertificationLink, CopyButton, ParticipantLink, PartLink } from '../components/links';
import { Timeline } from '../components/Timeline';
import { Tree } from '../components/Tree';
import { CertifiedWhenMade, Warranties } from '../components/PartRecords';
import { TagCheck } from '../components/TagCheck';
import { UsageRights } from '../components/UsageRights';
import { parseTagKey, type TagKey } from '../tag';
import { formatNumber, shorten, userLocale } from '../format';
import { ancestors, descendants, passport, type PassportData } from '../indexer';
import { assemblyTree, cascadeHolds, selfQuarantined, statusWords, timeline, type PartRow } from '../shape';

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
        const found = await readOffers(api, { Part: id });
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
  // held by the recall of a lot or part it was made from (the recall cascade)
  const madeFrom = quarantined ? [] : cascadeHolds(data.history);
  // held by its batch's recall (the indexer's passport says which), else by its assembly
  const batch = quarantined ? null : data.batch;
  const held = !quarantined && madeFrom.length === 0 && (heldBelow > 0 || (!batch && !!chainPart?.quarantined));

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
      {madeFrom.length > 0 && (
        <p className="alert" role="status" data-testid="recall-cascade-hold">
          Held by the recall of what it was made from (
          {madeFrom.map(([kind, id], i) => (
            <span key={`${kind}-${id}`}>
              {i > 0 && ', '}
              <Link to={`/recall?${kind}=${id}`}>
                {kind} {id}
              </Link>
            </span>
          ))}
          ): it cannot change hands until that recall is released.
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
      {batch && (
        <p className="alert" role="status" data-testid="recall-batch">
          Its batch is recalled: every part of type {batch.partType} made under <CertificationLink id={batch.certification} /> is quarantined since
          block #{formatNumber(batch.sinceBlock, locale)}
          {batch.reason && <> (notice {batch.reason.slice(0, 12)}…)</>}.{' '}
          <Link to={`/recall?batch=${batch.partType}&certification=${batch.certification}`}>See the impact</Link>
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
                ) : batch ? (
                  <strong className="bad">held: its batch is recalled</strong>
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
          <Warranties partId={part.id} registeredAt={chainPart.registeredAt} tick={tick} owner={owner ?? null} custodian={custodian ?? null} onDone={refresh} />
        </div>
      )}

      <UsageRights partId={part.id} owner={owner ?? null} tick={tick} />

      <HandOver
        item={{ Part: part.id }}
        owner={owner ?? null}
        custodian={custodian ?? null}
        offers={offers}
        immovable={top ? 'An installed part moves with its assembly: hand the top of the assembly over instead.' : null}
        onDone={refresh}
      />

      <Timeline entries={entries} source="the indexer holds it (finalized blocks)" />

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
