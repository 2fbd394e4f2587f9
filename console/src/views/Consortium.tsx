// The consortium: council members and open motions, validators, well-known nodes, runtime.
import { useEffect, useState } from 'react';
import { readError, useChain } from '../chain';
import { Address } from '../components/links';

interface ConsortiumState {
  council: string[];
  motions: number;
  validators: string[];
  wellKnown: number | null;
  spec: string;
  impl: string;
  transactionVersion: number;
}

export function ConsortiumView() {
  const { api, info } = useChain();
  const [state, setState] = useState<ConsortiumState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    setError(null);
    void (async () => {
      try {
        const q = api.query as unknown as Record<string, Record<string, (() => Promise<{ toJSON: () => unknown }>) | undefined> | undefined>;
        const read = async (pallet: string, item: string) => {
          const f = q[pallet]?.[item];
          return f ? (await f()).toJSON() : null;
        };
        const [council, proposals, validators, wellKnown] = await Promise.all([
          read('council', 'members'),
          read('council', 'proposals'),
          read('session', 'validators'),
          read('nodeAuthorization', 'wellKnownNodes'),
        ]);
        const v = api.runtimeVersion;
        if (!cancelled)
          setState({
            council: (council as string[] | null) ?? [],
            motions: ((proposals as unknown[] | null) ?? []).length,
            validators: (validators as string[] | null) ?? [],
            wellKnown: Array.isArray(wellKnown) ? wellKnown.length : null,
            spec: `${v.specName.toString()} v${v.specVersion.toNumber()}`,
            impl: `${v.implName.toString()} v${v.implVersion.toNumber()}`,
            transactionVersion: v.transactionVersion.toNumber(),
          });
      } catch (e) {
        if (!cancelled) {
          setState(null);
          setError(readError(e));
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, info?.specVersion]);
  return (
    <section data-testid="consortium">
      <h1>Consortium</h1>
      {error && <p className="error">{error}</p>}
      {!state && !error && <p aria-busy="true">Reading the chain…</p>}
      {state && (
        <div className="cards">
          <section className="card">
            <h2>Council</h2>
            <p>
              {state.council.length} member{state.council.length === 1 ? '' : 's'}; {state.motions} open motion
              {state.motions === 1 ? '' : 's'} (a two-thirds motion governs the pallets, validators and upgrades).
            </p>
            <ul className="plain">
              {state.council.map((a) => (
                <li key={a}>
                  <Address value={a} full />
                </li>
              ))}
            </ul>
          </section>
          <section className="card">
            <h2>Validators</h2>
            <ul className="plain">
              {state.validators.map((a) => (
                <li key={a}>
                  <Address value={a} full />
                </li>
              ))}
            </ul>
            {state.wellKnown !== null && <p>{state.wellKnown} well-known node(s) authorised.</p>}
          </section>
          <section className="card">
            <h2>Runtime</h2>
            <dl>
              <dt>Specification</dt>
              <dd>{state.spec}</dd>
              <dt>Implementation</dt>
              <dd>{state.impl}</dd>
              <dt>Transaction version</dt>
              <dd>{state.transactionVersion}</dd>
              <dt>Chain</dt>
              <dd>{info?.name}</dd>
            </dl>
          </section>
        </div>
      )}
    </section>
  );
}
