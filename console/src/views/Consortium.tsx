// The consortium: the council and its open motions with their votes (vote and close from
// here), validators, well-known nodes and their owners, the runtime.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { useCallback, useEffect, useState } from 'react';
import { useAccounts } from '../accounts';
import { amchainRpc, readError, useChain } from '../chain';
import { Address, ParticipantLink } from '../components/links';
import { TxAction } from '../components/TxAction';
import { callTitle, countVotes, decidedMotions, isMember, motionStanding, outcomeWords, peerIdText, voteOf, type MotionRecord, type Votes } from '../consortium';
import { motionRecords } from '../indexer';
import { hexToU8a } from '@polkadot/util';
import { formatNumber, userLocale } from '../format';

interface Motion {
  hash: string;
  /** `pallet.call` and its arguments in words (polkadot.js's human form). */
  title: string;
  args: string;
  votes: Votes;
  /** What `Council.close` must be told: the proposal's weight and encoded length. */
  weight: unknown;
  length: number;
}

interface ConsortiumState {
  council: { address: string; participant: number | null }[];
  motions: Motion[];
  validators: string[];
  wellKnown: { peer: string; owner: string | null }[] | null;
  spec: string;
  impl: string;
  transactionVersion: number;
}

type Query = Record<string, Record<string, ((...args: unknown[]) => Promise<{ toJSON: () => unknown; isSome?: boolean; unwrap?: () => unknown }>) | undefined> | undefined>;

export function ConsortiumView() {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const [state, setState] = useState<ConsortiumState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  const locale = userLocale();

  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    setError(null);
    void (async () => {
      try {
        const q = api.query as unknown as Query;
        const read = async (pallet: string, item: string, ...args: unknown[]) => {
          const f = q[pallet]?.[item];
          return f ? f(...args) : null;
        };
        const json = async (pallet: string, item: string, ...args: unknown[]) => (await read(pallet, item, ...args))?.toJSON() ?? null;
        const [council, proposals, validators, wellKnown] = await Promise.all([
          json('council', 'members'),
          json('council', 'proposals'),
          json('session', 'validators'),
          json('nodeAuthorization', 'wellKnownNodes'),
        ]);
        const members = (council as string[] | null) ?? [];
        const motions: Motion[] = [];
        for (const hash of (proposals as string[] | null) ?? []) {
          const [call, votes] = await Promise.all([read('council', 'proposalOf', hash), json('council', 'voting', hash)]);
          if (!call?.isSome || !votes || !call.unwrap) continue;
          const proposal = call.unwrap() as { section: string; method: string; encodedLength: number; toHuman: () => { args?: unknown } };
          let weight: unknown = null;
          try {
            // the dispatch weight, as polkadot.js Apps asks it for Council.close
            weight = (await api.tx(proposal as never).paymentInfo(members[0] ?? (selected?.address as string))).weight;
          } catch {
            // no weight: closing offers no action
          }
          motions.push({
            hash,
            title: `${proposal.section}.${proposal.method}`,
            args: JSON.stringify(proposal.toHuman().args ?? {}),
            votes: votes as Votes,
            weight,
            length: proposal.encodedLength,
          });
        }
        const withOrgs = await Promise.all(
          members.map(async (address) => {
            const m = await amchainRpc<{ participant: number } | null>(api, 'amchain_membership', [address]).catch(() => null);
            return { address, participant: m?.participant ?? null };
          }),
        );
        let nodes: ConsortiumState['wellKnown'] = null;
        if (Array.isArray(wellKnown)) {
          nodes = await Promise.all(
            (wellKnown as string[]).map(async (peer) => ({ peer: peerIdText(peer), owner: ((await json('nodeAuthorization', 'owners', peer)) as string | null) ?? null })),
          );
        }
        const v = api.runtimeVersion;
        if (!cancelled)
          setState({
            council: withOrgs,
            motions: motions.sort((a, b) => a.votes.index - b.votes.index),
            validators: (validators as string[] | null) ?? [],
            wellKnown: nodes,
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
    // the motions move with every block: read again on each finalized one
  }, [api, info?.specVersion, info?.finalized, tick, selected?.address]);

  const members = state?.council.map((c) => c.address) ?? [];
  const seated = !!selected && isMember(members, selected.address);
  return (
    <section data-testid="consortium">
      <h1>Consortium</h1>
      {error && <p className="error">{error}</p>}
      {!state && !error && <p aria-busy="true">Reading the chain…</p>}
      {state && (
        <>
          <div className="cards">
            <section className="card">
              <h2>Council</h2>
              <p>
                {state.council.length} member{state.council.length === 1 ? '' : 's'}; {state.motions.length} open motion
                {state.motions.length === 1 ? '' : 's'} (a two-thirds motion governs the pallets, validators and upgrades).
              </p>
              <ul className="plain">
                {state.council.map((c) => (
                  <li key={c.address}>
                    <Address value={c.address} full />
                    {c.participant !== null && (
                      <>
                        {' '}
                        · <ParticipantLink id={c.participant} />
                      </>
                    )}
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
              {state.wellKnown !== null && (
                <>
                  <h3>Well-known nodes</h3>
                  {state.wellKnown.length === 0 && <p>None authorised.</p>}
                  <ul className="plain" data-testid="well-known">
                    {state.wellKnown.map((n) => (
                      <li key={n.peer}>
                        <code>{n.peer}</code>
                        {n.owner && (
                          <>
                            {' '}
                            owned by <Address value={n.owner} />
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
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

          <section aria-labelledby="motions-h" data-testid="motions">
            <h2 id="motions-h">Open motions</h2>
            {state.motions.length === 0 && <p>No motion is open.</p>}
            {state.motions.map((m) => {
              const standing = motionStanding(m.votes, members.length, info?.best ?? null);
              const mine = selected ? voteOf(m.votes, selected.address) : null;
              return (
                <article key={m.hash} className="card motion" data-testid={`motion-${m.votes.index}`} data-state={standing.state}>
                  <h3>
                    Motion {m.votes.index}: <code>{m.title}</code>
                  </h3>
                  <p className="muted wrap">
                    <code>{m.args}</code>
                  </p>
                  <p data-testid={`motion-${m.votes.index}-standing`}>{standing.words}</p>
                  <dl>
                    <dt>Ayes</dt>
                    <dd>{m.votes.ayes.length === 0 ? 'none' : m.votes.ayes.map((a) => <Address key={a} value={a} />)}</dd>
                    <dt>Nays</dt>
                    <dd>{m.votes.nays.length === 0 ? 'none' : m.votes.nays.map((a) => <Address key={a} value={a} />)}</dd>
                    <dt>Voting ends</dt>
                    <dd>block #{formatNumber(m.votes.end, locale)}</dd>
                  </dl>
                  {standing.state === 'open' && (
                    <div className="actions">
                      {(['aye', 'nay'] as const).map((side) => (
                        <TxAction
                          key={side}
                          label={side === 'aye' ? 'Vote aye' : 'Vote nay'}
                          testId={`motion-${m.votes.index}-${side}-tx`}
                          deps={`vote-${m.hash}-${m.votes.index}-${side}`}
                          blocked={
                            !seated ? 'Only a council member votes.' : mine === side ? `This account voted ${side}.` : null
                          }
                          build={() => (api ? api.tx.council.vote(m.hash, m.votes.index, side === 'aye') : null)}
                          onDone={refresh}
                        />
                      ))}
                    </div>
                  )}
                  {standing.canClose && (
                    <TxAction
                      label="Close the motion"
                      testId={`motion-${m.votes.index}-close-tx`}
                      deps={`close-${m.hash}-${m.votes.index}`}
                      blocked={m.weight === null ? "The node did not say the proposal's weight: close it with a wallet." : null}
                      build={() => (api && m.weight !== null ? (api.tx.council.close(m.hash, m.votes.index, m.weight as never, m.length) as SubmittableExtrinsic<'promise'>) : null)}
                      onDone={refresh}
                    />
                  )}
                </article>
              );
            })}
          </section>
          <DecidedMotions tick={info?.finalized ?? 0} />
        </>
      )}
    </section>
  );
}

/** The motions the council decided, as the indexer holds them (finalized blocks), latest first. */
function DecidedMotions({ tick }: { tick: number }) {
  const { api } = useChain();
  const locale = userLocale();
  const [list, setList] = useState<MotionRecord[] | null>(null);
  const [complete, setComplete] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // read again every few finalized blocks (a motion decided shows up once indexed)
  const every = Math.floor(tick / 3);
  useEffect(() => {
    let cancelled = false;
    motionRecords().then(
      (r) => {
        if (cancelled) return;
        setList(decidedMotions(r.list));
        setComplete(r.complete);
        setError(null);
      },
      (e) => !cancelled && setError(readError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [every]);
  const moduleError = (index: number, error: string): string | null => {
    try {
      const m = api?.registry.findMetaError({ index: api.registry.createType('u8', index), error: hexToU8a(error) });
      return m ? `${m.section}.${m.name}${m.docs.length ? `: ${m.docs.join(' ')}` : ''}` : null;
    } catch {
      return null;
    }
  };
  return (
    <section aria-labelledby="decided-h" data-testid="decided-motions">
      <h2 id="decided-h">Decided motions</h2>
      <p className="muted">From the indexer (finalized blocks), the latest first.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!list && !error && <p aria-busy="true">Reading…</p>}
      {list && list.length === 0 && <p>The council has decided no motion yet.</p>}
      {list && list.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">Motion</th>
                <th scope="col">Call</th>
                <th scope="col">Outcome</th>
                <th scope="col">Votes</th>
                <th scope="col">Proposed by</th>
                <th scope="col">Blocks</th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.hash} data-motion={m.proposalIndex ?? ''} data-status={m.status}>
                  <td>{m.proposalIndex ?? '—'}</td>
                  <td>
                    <code>{callTitle(m.call)}</code>
                  </td>
                  <td>{outcomeWords(m, moduleError)}</td>
                  <td>
                    {countVotes(m.ayes)} aye{countVotes(m.ayes) === 1 ? '' : 's'}, {countVotes(m.nays)} nay{countVotes(m.nays) === 1 ? '' : 's'}
                    {m.threshold !== null && <span className="muted"> (needed {m.threshold})</span>}
                  </td>
                  <td>
                    <Address value={m.proposer} />
                  </td>
                  <td>
                    {m.proposedBlock !== null ? `#${formatNumber(m.proposedBlock, locale)}` : '—'} → #{formatNumber(m.updatedBlock, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
      )}
      {!complete && <p className="muted">Only the first 500 motions the indexer holds are read.</p>}
    </section>
  );
}
