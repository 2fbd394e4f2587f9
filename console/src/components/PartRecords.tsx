// On a part's passport: the maker's certifications as they stood when the part was made,
// and the part's warranties with their claims. Reads: the indexer for the lists, the node
// for the standing at a block (amchain_wasCertifiedAt) and for warranties and claims as
// they are now (amchain_warrantiesOf, amchain_claim).
import { useEffect, useState } from 'react';
import { amchainRpc, readError, useChain } from '../chain';
import { formatNumber, userLocale } from '../format';
import { certifications, eventsOf } from '../indexer';
import { standardsOfMaker, type StandardAtManufacture } from '../shape';
import { claimIds, claimWords, kindWords, warrantyState, type ClaimView, type WarrantyView } from '../warranty';
import { CertificationLink, ParticipantLink } from './links';

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

/** The part's warranties (every life's) and the claims filed on them. */
export function Warranties({ partId, registeredAt, tick }: { partId: number; registeredAt: number; tick: number }) {
  const { api, info } = useChain();
  const locale = userLocale();
  const [list, setList] = useState<WarrantyView[] | null>(null);
  const [claims, setClaims] = useState<ClaimView[]>([]);
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
        const found = await Promise.all(ids.map((id) => amchainRpc<ClaimView | null>(api, 'amchain_claim', [id])));
        if (!cancelled) {
          setClaims(found.filter((c): c is ClaimView => c !== null).sort((a, b) => a.id - b.id));
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
  }, [api, key, registeredAt]);

  const token = info ? { decimals: info.decimals, symbol: info.token, locale } : null;
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
            </li>
          ))}
        </ul>
      )}
      {partial && <p className="muted">Only the claims among the first thousand filed since the part was registered are listed.</p>}
    </section>
  );
}
