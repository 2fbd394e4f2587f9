// Every record of a part's or a lot's history, oldest first, with its block, time and
// signing account (shape.ts says each record in words).
import type { ReactNode } from 'react';
import { formatNumber, formatTime, userLocale } from '../format';
import { isGovernanceActor, type TimelineEntry } from '../shape';
import { Address, Segments } from './links';

interface Props {
  entries: TimelineEntry[];
  /** Where the records come from, after "as": "the indexer holds it (finalized blocks)". */
  source: ReactNode;
}

export function Timeline({ entries, source }: Props) {
  const locale = userLocale();
  return (
    <section aria-labelledby="timeline-h">
      <h2 id="timeline-h">Timeline</h2>
      <p className="muted">
        Every record of its history as {source}, oldest first: {entries.length} record
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
  );
}
