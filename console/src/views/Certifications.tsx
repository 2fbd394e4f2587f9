// Certifications: who is certified for which standard by whom, their state and use.
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { readError, useChain } from '../chain';
import { CertificationLink, ParticipantLink } from '../components/links';
import { UsageChart } from '../components/UsageChart';
import { formatNumber, userLocale } from '../format';
import { certifications, type Certification } from '../indexer';
import { accreditationRows, accreditationWords, standardRows, type AccreditationRow, type StandardRow } from '../registry';
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
  const registry = useRegistry();
  const codes = new Map((registry?.standards ?? []).map((s) => [s.id, s.code]));
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
                  <td>{c.standard !== null ? <a href={`#standard-${c.standard}`}>{codes.get(c.standard) ?? `standard ${c.standard}`}</a> : '—'}</td>
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
      <Registry registry={registry} />
    </section>
  );
}

interface RegistryState {
  standards: StandardRow[];
  accreditations: AccreditationRow[];
  error: string | null;
}

/** The standards and auditors' accreditations, read from the node's state (again as blocks finalize). */
function useRegistry(): RegistryState | null {
  const { api, info } = useChain();
  const [state, setState] = useState<RegistryState | null>(null);
  const every = Math.floor((info?.finalized ?? 0) / 5);
  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    Promise.all([api.query.certifications.standards.entries(), api.query.certifications.accreditations.entries()]).then(
      ([standards, accreditations]) => {
        if (cancelled) return;
        setState({
          standards: standardRows(standards.map(([k, v]) => [k.args[0].toJSON(), v.toJSON()])),
          accreditations: accreditationRows(accreditations.map(([k, v]) => [k.args.map((a) => a.toJSON()), v.toJSON()])),
          error: null,
        });
      },
      (e) => !cancelled && setState({ standards: [], accreditations: [], error: readError(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, every]);
  return state;
}

function Registry({ registry }: { registry: RegistryState | null }) {
  const locale = userLocale();
  if (!registry) return <p aria-busy="true">Reading the standards…</p>;
  const code = (id: number) => registry.standards.find((s) => s.id === id)?.code ?? `standard ${id}`;
  return (
    <>
      {registry.error && (
        <p className="error" role="alert">
          {registry.error}
        </p>
      )}
      <section aria-labelledby="standards-h" data-testid="standards">
        <h2 id="standards-h">Standards</h2>
        {registry.standards.length === 0 ? (
          <p>No standard is defined yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Standard</th>
                <th scope="col">Version</th>
                <th scope="col">Defined by</th>
                <th scope="col">Requirements</th>
                <th scope="col">Defined at</th>
              </tr>
            </thead>
            <tbody>
              {registry.standards.map((s) => (
                <tr key={s.id} id={`standard-${s.id}`} data-standard={s.id}>
                  <td>
                    <strong>{s.code || '—'}</strong> <span className="muted">(standard {s.id})</span>
                  </td>
                  <td>{s.version ?? '—'}</td>
                  <td>
                    <ParticipantLink id={s.owner} />
                  </td>
                  <td className="wrap">
                    {/^https?:\/\//.test(s.requirementsUri) ? (
                      <a href={s.requirementsUri} rel="noreferrer noopener" target="_blank">
                        {s.requirementsUri}
                      </a>
                    ) : (
                      s.requirementsUri || '—'
                    )}
                    {s.requirementsHash && <span className="muted"> (hash {s.requirementsHash.slice(0, 12)}…)</span>}
                  </td>
                  <td>{s.definedAt !== null ? `block #${formatNumber(s.definedAt, locale)}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="auditors-h" data-testid="auditors">
        <h2 id="auditors-h">Accredited auditors</h2>
        {registry.accreditations.length === 0 ? (
          <p>No auditor is accredited yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Auditor</th>
                <th scope="col">Standard</th>
                <th scope="col">Accreditation</th>
              </tr>
            </thead>
            <tbody>
              {registry.accreditations.map((a) => (
                <tr key={`${a.standard}-${a.auditor}`} data-standard={a.standard} data-auditor={a.auditor} data-active={String(a.withdrawnAt === null)}>
                  <td>
                    <ParticipantLink id={a.auditor} />
                  </td>
                  <td>
                    <a href={`#standard-${a.standard}`}>{code(a.standard)}</a>
                  </td>
                  <td>{accreditationWords(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
