// A certification's production per capacity period, as bars against its capacity: read
// from the indexer's Certifications.ProductionRegistered events. An SVG for the eye and
// the same numbers as a table for screen readers and copying.
import { useEffect, useState } from 'react';
import { useChain } from '../chain';
import { formatNumber, userLocale } from '../format';
import { eventsOf } from '../indexer';
import { usageByPeriod, type PeriodBar } from '../shape';

const PERIODS = 12;

export function UsageChart({ id, holder, issuedAt, period, units }: { id: number; holder: number; issuedAt: number; period: number; units: number }) {
  const { info } = useChain();
  const locale = userLocale();
  const best = info?.finalized ?? null;
  const [bars, setBars] = useState<PeriodBar[] | null>(null);
  const [partial, setPartial] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // read again when a new period starts or every ~10 finalized blocks, not on each block
  const epoch = best === null ? null : Math.floor(best / 10);

  useEffect(() => {
    if (best === null) return;
    let cancelled = false;
    const from = issuedAt + Math.max(0, Math.floor((best - issuedAt) / period) - PERIODS + 1) * period;
    eventsOf({ pallet: 'Certifications', variant: 'ProductionRegistered', fromBlock: from, participant: holder }).then(
      ({ events, complete }) => {
        if (cancelled) return;
        setBars(usageByPeriod(events, { id, issuedAt, period, units }, best, PERIODS));
        setPartial(!complete);
        setError(null);
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
    // `epoch` stands for `best`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, holder, issuedAt, period, units, epoch]);

  if (error) return <p className="error">{error}</p>;
  if (!bars) return <p aria-busy="true">Reading the production…</p>;
  if (bars.length === 0) return <p>Not issued yet at the finalized block.</p>;
  const top = Math.max(units, ...bars.map((b) => b.used), 1);
  const w = 40;
  const h = 160;
  const y = (v: number) => h - (v / top) * h;
  return (
    <figure className="chart" data-testid="usage-chart">
      <svg viewBox={`0 0 ${bars.length * w + 60} ${h + 30}`} role="img" aria-labelledby={`usage-${id}-caption`} preserveAspectRatio="xMinYMin meet">
        <line x1={50} x2={bars.length * w + 55} y1={y(units) + 5} y2={y(units) + 5} className="capacity" strokeDasharray="4 3" />
        <text x={0} y={y(units) + 9} className="axis">
          {formatNumber(units, locale)}
        </text>
        {bars.map((b, i) => (
          <g key={b.period}>
            <rect
              x={55 + i * w}
              y={y(b.used) + 5}
              width={w - 8}
              height={h - y(b.used)}
              className={b.used > b.capacity ? 'bar over' : 'bar'}
              data-period={b.period}
              data-used={b.used}
            >
              <title>{`period ${b.period} (from block #${b.from}): ${b.used} of ${b.capacity}`}</title>
            </rect>
            <text x={55 + i * w + (w - 8) / 2} y={h + 22} className="axis" textAnchor="middle">
              {b.period}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id={`usage-${id}-caption`}>
        Units registered per capacity period of {formatNumber(period, locale)} blocks (the last {bars.length}, by period number), against the certified {formatNumber(units, locale)}{' '}
        (dashed).{partial ? ' Only the first thousand registrations are counted.' : ''}
      </figcaption>
      <details>
        <summary>The numbers</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">From block</th>
              <th scope="col">Units</th>
              <th scope="col">Of</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.period}>
                <td>{b.period}</td>
                <td>#{formatNumber(b.from, locale)}</td>
                <td>{formatNumber(b.used, locale)}</td>
                <td>{formatNumber(b.capacity, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
