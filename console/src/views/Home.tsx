// The overview: how far the indexer is, and a way into a part's passport.
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useChain } from '../chain';
import { formatNumber, formatTime, userLocale } from '../format';
import { indexerStatus, type IndexerStatus } from '../indexer';

export function HomeView() {
  const { info, endpoint } = useChain();
  const [status, setStatus] = useState<IndexerStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [partId, setPartId] = useState('');
  const navigate = useNavigate();
  const locale = userLocale();
  useEffect(() => {
    const load = () =>
      indexerStatus()
        .then((s) => {
          setStatus(s);
          setError(null);
        })
        .catch((e: Error) => setError(e.message));
    void load();
    const t = setInterval(load, 5_000);
    return () => clearInterval(t);
  }, []);
  return (
    <section>
      <h1>Overview</h1>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (/^\d+$/.test(partId)) navigate(`/parts/${partId}`);
        }}
      >
        <label>
          Open a part's passport: part id
          <input inputMode="numeric" pattern="\d+" value={partId} onChange={(e) => setPartId(e.target.value)} required />
        </label>
        <button type="submit">Open</button>
      </form>
      <div className="cards">
        <section className="card">
          <h2>Node</h2>
          <dl>
            <dt>Endpoint</dt>
            <dd>
              <code>{endpoint}</code>
            </dd>
            <dt>Chain</dt>
            <dd>{info?.name ?? '…'}</dd>
            <dt>Token</dt>
            <dd>{info ? `${info.token} (${info.decimals} decimals)` : '…'}</dd>
          </dl>
        </section>
        <section className="card">
          <h2>Indexer</h2>
          {error && <p className="error">{error}</p>}
          {status && (
            <dl>
              <dt>Indexed up to</dt>
              <dd>
                block #{status.lastBlock === null ? '—' : formatNumber(status.lastBlock, locale)} ({formatTime(status.lastBlockTime, locale)})
              </dd>
              <dt>Node finalized</dt>
              <dd>#{status.nodeFinalized === null ? '—' : formatNumber(status.nodeFinalized, locale)}</dd>
              <dt>Events</dt>
              <dd>{formatNumber(status.events, locale)}</dd>
            </dl>
          )}
        </section>
      </div>
      <p>
        Start with <Link to="/parts">the parts</Link>, a <Link to="/recall">recall</Link>, the{' '}
        <Link to="/certifications">certifications</Link> or <Link to="/consortium">the consortium</Link>.
      </p>
    </section>
  );
}
