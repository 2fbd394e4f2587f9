// A lot's page: its material, producer and quantity, who owns and holds it, its recall
// state, every record of its history (registration, hand-overs, consumption into parts,
// splits), and the hand-over of custody or ownership.
//
// The node answers first (`amchain_lot`, `amchain_history`: its best block, and every lot,
// those split from others included); where it does not (not connected yet, or a
// members-only node that does not let the account read), the indexer's row and history.
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { amchainRpc, readError, useChain } from '../chain';
import { HandOver, readOffers, type OpenOffer } from '../components/HandOver';
import { CertificationLink, LotLink, ParticipantLink, PartLink } from '../components/links';
import { Timeline } from '../components/Timeline';
import { formatNumber, formatTime, userLocale } from '../format';
import { lot as fetchLot } from '../indexer';
import { lotFromIndexer, lotFromNode, lotImmovable, lotRecall, type ChainLot, type LotInfo } from '../lot';
import {
  consumersOfLot,
  fromNodeHistory,
  quantityWords,
  splitFromOfLot,
  splitsOfLot,
  timeline,
  type HistoryRow,
  type NodeHistoryEntry,
} from '../shape';

/** How many records one `amchain_history` call answers at most (the runtime's MAX_PAGE). */
const PAGE = 100;

export function LotView() {
  const idText = useParams().id;
  const id = Number(idText);
  const valid = /^\d+$/.test(idText ?? '') && Number.isSafeInteger(id);
  const { api } = useChain();
  const locale = userLocale();
  const [info, setInfo] = useState<LotInfo | null | undefined>(undefined);
  const [history, setHistory] = useState<HistoryRow[]>([]);
  const [source, setSource] = useState<'node' | 'indexer'>('node');
  const [nodeRefused, setNodeRefused] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [offers, setOffers] = useState<OpenOffer[]>([]);
  const [tick, setTick] = useState(0);
  // A history only grows: the records read from the node so far, for this lot.
  const read = useRef<{ id: number; rows: HistoryRow[] }>({ id: -1, rows: [] });

  const refresh = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    const timer = setInterval(refresh, 4_000);
    return () => clearInterval(timer);
  }, [refresh]);

  useEffect(() => {
    setInfo(undefined);
    setHistory([]);
    setOffers([]);
  }, [id]);

  useEffect(() => {
    if (!valid) return;
    let cancelled = false;
    void (async () => {
      let refused: string | null = null;
      if (api) {
        try {
          const v = await amchainRpc<ChainLot | null>(api, 'amchain_lot', [id]);
          const rows = v && read.current.id === id ? [...read.current.rows] : [];
          while (v && rows.length < v.records) {
            const page = await amchainRpc<{ total: number; records: NodeHistoryEntry[] } | null>(api, 'amchain_history', [
              { lot: id },
              'oldestFirst',
              rows.length,
              PAGE,
            ]);
            if (!page?.records.length) break;
            rows.push(...page.records.map(fromNodeHistory));
          }
          const found = v ? await readOffers(api, { Lot: id }) : [];
          if (cancelled) return;
          read.current = { id, rows };
          setInfo(v ? lotFromNode(v) : null);
          setHistory(rows);
          setOffers(found);
          setSource('node');
          setNodeRefused(null);
          setError(null);
          return;
        } catch (e) {
          refused = readError(e);
        }
      }
      try {
        const l = await fetchLot(id);
        if (cancelled) return;
        setInfo(l ? lotFromIndexer(l) : null);
        setHistory(l?.history ?? []);
        setSource('indexer');
        setNodeRefused(refused);
        setError(null);
      } catch (e) {
        if (!cancelled) setError((e as Error).message);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, id, valid, tick]);

  const entries = useMemo(() => timeline(history, { unit: info?.unit, locale }), [history, info?.unit, locale]);

  if (!valid) return <p className="error">“{idText}” is not a lot id.</p>;
  if (error && !info) return <p className="error" role="alert">Cannot read lot {id}: {error}</p>;
  if (info === undefined) return <p aria-busy="true">Reading lot {id}…</p>;
  if (info === null)
    return (
      <section>
        <h1>Lot {id}</h1>
        <p>
          {source === 'node'
            ? `The node knows no lot ${id}.`
            : `The indexer knows no lot ${id} (yet: it follows finalized blocks only, a few seconds behind the chain).`}
        </p>
      </section>
    );

  const recall = lotRecall(info, history);
  const splitFrom = splitFromOfLot(history);
  const splits = splitsOfLot(history);
  const consumers = consumersOfLot(history);
  const registered = history.find((h) => h.kind === 'Registered');
  const split = history.find((h) => h.kind === 'SplitFrom');
  const unit = info.unit;

  return (
    <article className="passport lot" data-testid="lot">
      <h1>
        Lot {info.id} <span className="muted">· {info.material ?? 'material unknown'}</span>
      </h1>
      {(recall.state === 'quarantined' || recall.state === 'held') && (
        <p className="alert" role="status" data-testid="lot-recall-state" data-state={recall.state}>
          {recall.state === 'quarantined' ? (
            <>Held by a recall: the lot is quarantined. </>
          ) : (
            <>
              Held by a recall: a lot it was split from
              {recall.from !== null && (
                <>
                  {' '}
                  (<LotLink id={recall.from} />, or one it was split from)
                </>
              )}{' '}
              is quarantined.{' '}
            </>
          )}
          It cannot change hands, be split or be consumed until the quarantine is lifted.{' '}
          <Link to={`/recall?lot=${recall.state === 'held' && recall.from !== null ? recall.from : info.id}`}>See the impact</Link>
        </p>
      )}
      {nodeRefused && (
        <p className="note" role="status">
          Read from the indexer: the node did not answer ({nodeRefused}).
        </p>
      )}
      <div className="cards">
        <section className="card" aria-labelledby="lot-identity">
          <h2 id="lot-identity">Identity</h2>
          <dl>
            <dt>Lot</dt>
            <dd>{info.id}</dd>
            <dt>Material</dt>
            <dd>{info.material ?? '—'}</dd>
            <dt>Producer</dt>
            <dd>
              <ParticipantLink id={info.producer} />
            </dd>
            {info.certification !== null && (
              <>
                <dt>Made under</dt>
                <dd>
                  <CertificationLink id={info.certification} />
                </dd>
              </>
            )}
            <dt>Quantity</dt>
            <dd data-testid="lot-quantity">
              {info.remaining === null || info.quantity === null
                ? '—'
                : info.remaining === 0
                  ? `used up (${quantityWords(info.quantity, unit, locale)} ${splitFrom === null ? 'registered' : 'split off'})`
                  : `${quantityWords(info.remaining, unit, locale)} left of ${quantityWords(info.quantity, unit, locale)} ${splitFrom === null ? 'registered' : 'split off'}`}
            </dd>
            <dt>Registered</dt>
            <dd>
              {info.registeredAt === null ? '—' : `block #${formatNumber(info.registeredAt, locale)}`}
              {registered ? `, ${formatTime(registered.time, locale)}` : ''}
              {splitFrom !== null && <span className="muted"> (its material's registration, as the lot it was split from)</span>}
            </dd>
            {splitFrom !== null && (
              <>
                <dt>Split from</dt>
                <dd>
                  <LotLink id={splitFrom} />
                  {split ? `, at block #${formatNumber(split.block, locale)}, ${formatTime(split.time, locale)}` : ''}
                </dd>
              </>
            )}
            {splits.length > 0 && (
              <>
                <dt>Split into</dt>
                <dd data-testid="lot-splits">
                  {splits.map((l, i) => (
                    <Fragment key={l}>
                      {i > 0 && ', '}
                      <LotLink id={l} />
                    </Fragment>
                  ))}
                </dd>
              </>
            )}
            {consumers.length > 0 && (
              <>
                <dt>Went into</dt>
                <dd data-testid="lot-consumers">
                  {consumers.map((p, i) => (
                    <Fragment key={p}>
                      {i > 0 && ', '}
                      <PartLink id={p} />
                    </Fragment>
                  ))}
                </dd>
              </>
            )}
          </dl>
        </section>
        <section className="card" aria-labelledby="lot-holders">
          <h2 id="lot-holders">Holders and state</h2>
          <dl>
            <dt>Owner</dt>
            <dd data-testid="owner">
              <ParticipantLink id={info.owner} />
            </dd>
            <dt>Custodian</dt>
            <dd data-testid="custodian">
              <ParticipantLink id={info.custodian} />
            </dd>
            <dt>Recall</dt>
            <dd data-testid="lot-recall">
              {recall.state === 'quarantined' ? (
                <strong className="bad">quarantined</strong>
              ) : recall.state === 'held' ? (
                <strong className="bad">held: a lot it was split from is quarantined</strong>
              ) : recall.state === 'unknown' ? (
                'not quarantined itself (whether a lot it was split from is, the node says)'
              ) : (
                'not recalled'
              )}{' '}
              · <Link to={`/recall?lot=${info.id}`}>recall view</Link>
            </dd>
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

      <HandOver
        item={{ Lot: info.id }}
        owner={info.owner}
        custodian={info.custodian}
        offers={offers}
        immovable={lotImmovable(info, recall)}
        onDone={refresh}
      />

      <Timeline
        entries={entries}
        source={source === 'node' ? 'the node holds it (its best block, which may not be finalized yet)' : 'the indexer holds it (finalized blocks)'}
      />
    </article>
  );
}
