// Certifications: who is certified for which standard by whom, their state and use.
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useChain } from '../chain';
import { CertificationLink, ParticipantLink } from '../components/links';
import { UsageChart } from '../components/UsageChart';
import { formatNumber, userLocale } from '../format';
import { certifications, type Certification } from '../indexer';
import { num } from '../shape';

export function CertificationsView() {
  const selectedId = useParams().id;
  const { info } = useChain();
  const [list, setList] = useState<Certification[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locale = userLocale();
  useEffect(() => {
    certifications().then(setList, (e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    if (selectedId && list) document.getElementById(`cert-${selectedId}`)?.scrollIntoView({ block: 'center' });
  }, [selectedId, list]);
  const selected = list?.find((c) => String(c.id) === selectedId) ?? null;
  const selectedRecord = (selected?.record ?? {}) as { capacity?: { units?: unknown; period?: unknown }; issued_at?: unknown; issuedAt?: unknown };
  const chart =
    selected && selected.participant !== null
      ? {
          id: selected.id,
          holder: selected.participant,
          issuedAt: num(selectedRecord.issued_at ?? selectedRecord.issuedAt),
          period: num(selectedRecord.capacity?.period),
          units: num(selectedRecord.capacity?.units),
        }
      : null;
  return (
    <section data-testid="certifications">
      <h1>Certifications</h1>
      {chart && chart.issuedAt !== null && chart.period !== null && chart.units !== null && (
        <section className="card" aria-labelledby="cert-usage-h" data-testid="certification-usage">
          <h2 id="cert-usage-h">Certification {chart.id}: production per capacity period</h2>
          <UsageChart id={chart.id} holder={chart.holder} issuedAt={chart.issuedAt} period={chart.period} units={chart.units} />
        </section>
      )}
      {error && <p className="error">{error}</p>}
      {list && list.length === 0 && <p>No certifications yet.</p>}
      {list && list.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Certification</th>
              <th scope="col">Holder</th>
              <th scope="col">Standard</th>
              <th scope="col">Auditor</th>
              <th scope="col">State</th>
              <th scope="col">Valid until</th>
              <th scope="col">Scope</th>
              <th scope="col">Used this period</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => {
              const record = (c.record ?? {}) as { scope?: unknown; capacity?: { units?: unknown } };
              const capacity = num(record.capacity?.units);
              const used = num(c.usage?.used) ?? 0;
              const expired = info?.best !== null && info?.best !== undefined && c.validUntil !== null && c.validUntil < info.best;
              return (
                <tr key={c.id} id={`cert-${c.id}`} className={String(c.id) === selectedId ? 'selected' : ''}>
                  <td>
                    <CertificationLink id={c.id} />
                  </td>
                  <td>
                    <ParticipantLink id={c.participant} />
                  </td>
                  <td>standard {c.standard}</td>
                  <td>
                    <ParticipantLink id={c.auditor} />
                  </td>
                  <td>{expired ? 'expired' : (c.state ?? '—').toLowerCase()}</td>
                  <td>{c.validUntil === null ? '—' : `block #${formatNumber(c.validUntil, locale)}`}</td>
                  <td>{typeof record.scope === 'string' ? record.scope : '—'}</td>
                  <td>
                    {formatNumber(used, locale)}
                    {capacity !== null ? ` of ${formatNumber(capacity, locale)}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
