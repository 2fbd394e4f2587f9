// Deals: the escrow orders an organisation is party to (every order without an account),
// what each awaits from whom by which block, and the actions open to the signing account
// (those a dry run as that account says the contract would accept). The contracts are
// found on chain through the indexer and read with their metadata (contracts.ts).
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAccounts } from '../accounts';
import { readError, useChain } from '../chain';
import { AccountOfRecord } from '../components/AccountOfRecord';
import { CreditDocuments } from '../components/CreditDocuments';
import { Address, ParticipantLink, PartLink } from '../components/links';
import { Tenders } from '../components/Tenders';
import { TxAction } from '../components/TxAction';
import { RECENT, useContractRecords, withMargin } from '../contractRecords';
import { UsageDeals } from '../components/UsageRights';
import { CONTRACT_NAMES, dryRun, errorDocs, findInstances, loadMetadata, messageKey, type ContractName, type Instance } from '../contracts';
import { CLOSED, CREDIT_ACTIONS, CREDIT_CLOSED, ESCROW_ACTIONS, creditAwaits, escrowAwaits, parseCredit, parseEscrowOrder, type CreditDeal } from '../deals';
import { formatAmount, formatNumber, userLocale } from '../format';
import { useParticipants } from '../participants';

const LABELS: Record<ContractName, string> = {
  escrow: 'Escrow',
  letter_of_credit: 'Letter of credit',
  tender: 'Tender',
  usage_token: 'Usage rights',
};

export function DealsView() {
  const { api } = useChain();
  const [metadata, setMetadata] = useState<Map<ContractName, Record<string, unknown>> | null>(null);
  const [instances, setInstances] = useState<Instance[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void Promise.all(CONTRACT_NAMES.map(async (n) => [n, await loadMetadata(n)] as const)).then((pairs) => {
      if (!cancelled) setMetadata(new Map(pairs.filter((p): p is readonly [ContractName, Record<string, unknown>] => p[1] !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!api || !metadata) return;
    let cancelled = false;
    findInstances(api, metadata).then(
      (found) => !cancelled && setInstances(found),
      (e) => !cancelled && setError(readError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, metadata]);

  return (
    <section data-testid="deals">
      <h1>Deals</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {metadata && metadata.size === 0 && (
        <p className="note">
          This console was built without the contracts' metadata (scripts/contracts.sh builds it; scripts/console.sh build copies it into the console), so it cannot
          read them.
        </p>
      )}
      {metadata && metadata.size > 0 && !instances && !error && <p aria-busy="true">Finding the contracts on chain…</p>}
      {instances && instances.length === 0 && <p>No instance of amchain's contracts is deployed on this chain (the indexer saw none).</p>}
      {instances?.map((i) =>
        i.name === 'escrow' ? (
          <EscrowOrders key={i.address} instance={i} metadata={metadata?.get('escrow')} />
        ) : i.name === 'letter_of_credit' ? (
          <Credits key={i.address} instance={i} />
        ) : i.name === 'tender' ? (
          <Tenders key={i.address} instance={i} metadata={metadata?.get('tender')} />
        ) : i.name === 'usage_token' ? (
          <UsageDeals key={i.address} instance={i} metadata={metadata?.get('usage_token')} />
        ) : (
          <section key={i.address} className="card" data-contract={i.address}>
            <h2>
              {LABELS[i.name]} contract <Address value={i.address} />
            </h2>
            <p className="muted">
              Its deals are not listed here yet: read them with its messages (docs/contracts.md) or a wallet. The parts they deliver have their{' '}
              <Link to="/parts">passports</Link>.
            </p>
          </section>
        ),
      )}
    </section>
  );
}

function EscrowOrders({ instance, metadata }: { instance: Instance; metadata: Record<string, unknown> | undefined }) {
  const { api, info } = useChain();
  const { selected, membership } = useAccounts();
  const { byId } = useParticipants();
  const locale = userLocale();
  const [all, setAll] = useState(false);
  const mine = membership?.participant ?? null;
  const {
    records: orders,
    actions,
    refusals,
    error,
    refresh,
  } = useContractRecords(
    instance,
    'order_count',
    async (id, caller) => {
      const [order, state, delivered] = await Promise.all([
        dryRun(instance, caller, 'order', [id]),
        dryRun(instance, caller, 'order_state', [id]),
        dryRun(instance, caller, 'is_delivered', [id]),
      ]);
      if (!order.value) return null;
      return { ...parseEscrowOrder(id, order.value as Record<string, unknown>, state.value), deliveredNow: delivered.ok && delivered.value === true };
    },
    (o) => CLOSED.includes(o.state),
    ESCROW_ACTIONS,
  );

  const name = (org: number) => byId.get(org)?.name ?? `organisation ${org}`;
  const shown = orders?.filter((o) => all || mine === null || o.buyerOrg === mine || o.sellerOrg === mine) ?? null;
  const amount = (v: bigint) => (info ? formatAmount(v, info.decimals, info.token, locale) : v.toString());
  return (
    <section className="deals" data-contract={instance.address} data-testid="escrow">
      <h2>
        Escrow orders <span className="muted">· contract</span> <Address value={instance.address} />
      </h2>
      <AccountOfRecord instance={instance} testId="escrow-account-of-record" />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {mine !== null && (
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> every order, not only those of <ParticipantLink id={mine} />
        </label>
      )}
      {!shown && !error && <p aria-busy="true">Reading its orders…</p>}
      {shown && shown.length === 0 && <p>No order{mine !== null && !all ? ' your organisation is party to' : ''} among its {RECENT} most recent.</p>}
      {shown && shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Goods</th>
              <th scope="col">Buyer</th>
              <th scope="col">Seller</th>
              <th scope="col">Amount</th>
              <th scope="col">State</th>
              <th scope="col">Awaits</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => {
              const awaits = escrowAwaits(o, info?.best ?? null, name, o.deliveredNow);
              const open = actions.get(o.id) ?? [];
              // why the seller's account may not accept a proposed order, in the contract's words
              const refusal = o.state === 'Proposed' ? refusals.get(o.id)?.get('accept') : undefined;
              return (
                <tr key={o.id} data-testid={`escrow-order-${o.id}`} data-state={o.state}>
                  <td>order {o.id}</td>
                  <td>{o.goods.kind === 'part' ? <PartLink id={o.goods.id} /> : <Link to={`/recall?lot=${o.goods.id}`}>lot {o.goods.id}</Link>} ({o.paidOn.toLowerCase()})</td>
                  <td>
                    <ParticipantLink id={o.buyerOrg} />
                  </td>
                  <td>
                    <ParticipantLink id={o.sellerOrg} />
                  </td>
                  <td>
                    {amount(o.amount)}
                    {o.released > 0n && <div className="muted">released {amount(o.released)}</div>}
                    {o.refunded > 0n && <div className="muted">refunded {amount(o.refunded)}</div>}
                  </td>
                  <td>{o.state.toLowerCase()}</td>
                  <td data-testid={`escrow-order-${o.id}-awaits`}>
                    {awaits.words}
                    {awaits.by !== null && <> by block #{formatNumber(awaits.by, locale)}</>}
                  </td>
                  <td>
                    {open.map((a) => (
                      <TxAction
                        key={a.message}
                        label={a.label}
                        testId={`escrow-order-${o.id}-${a.message}-tx`}
                        deps={`escrow-${instance.address}-${o.id}-${a.message}`}
                        build={() =>
                          api
                            ? instance.contract.tx[messageKey(a.message)]({ gasLimit: withMargin(api, a.gasRequired) as never, storageDepositLimit: a.storageDeposit as never }, o.id)
                            : null
                        }
                        onDone={refresh}
                      />
                    ))}
                    {selected && open.length === 0 && !CLOSED.includes(o.state) && (
                      <span className="muted">
                        nothing this account may do now
                        {refusal && (
                          <>
                            {' '}
                            (accept: {refusal}
                            {errorDocs(metadata, refusal) ? `: ${errorDocs(metadata, refusal)}` : ''})
                          </>
                        )}
                      </span>
                    )}
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

/** Letters of credit: the 50 most recent of a contract, what each awaits, the actions open. */
function Credits({ instance }: { instance: Instance }) {
  const { api, info } = useChain();
  const { membership } = useAccounts();
  const { byId } = useParticipants();
  const locale = userLocale();
  const [all, setAll] = useState(false);
  const mine = membership?.participant ?? null;
  const { records: credits, actions, error, refresh } = useContractRecords(
    instance,
    'credit_count',
    async (id, caller) => {
      const c = await dryRun(instance, caller, 'credit', [id]);
      return c.value ? { ...parseCredit(id, c.value as Record<string, unknown>), raw: c.value as Record<string, unknown> } : null;
    },
    (c) => CREDIT_CLOSED.includes(c.state),
    CREDIT_ACTIONS,
  );

  const name = (org: number) => byId.get(org)?.name ?? `organisation ${org}`;
  const party = (c: CreditDeal) => [c.applicant, c.beneficiary, c.issuingBank, c.confirmingBank].includes(mine);
  const shown = credits?.filter((c) => all || mine === null || party(c)) ?? null;
  const amount = (v: bigint) => (info ? formatAmount(v, info.decimals, info.token, locale) : v.toString());
  return (
    <section className="deals" data-contract={instance.address} data-testid="letter-of-credit">
      <h2>
        Letters of credit <span className="muted">· contract</span> <Address value={instance.address} />
      </h2>
      <AccountOfRecord instance={instance} testId="letter-of-credit-account-of-record" />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {mine !== null && (
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> every credit, not only those of <ParticipantLink id={mine} />
        </label>
      )}
      {!shown && !error && <p aria-busy="true">Reading its credits…</p>}
      {shown && shown.length === 0 && <p>No credit{mine !== null && !all ? ' your organisation is party to' : ''} among its {RECENT} most recent.</p>}
      {shown && shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Credit</th>
              <th scope="col">Applicant</th>
              <th scope="col">Beneficiary</th>
              <th scope="col">Banks</th>
              <th scope="col">Amount</th>
              <th scope="col">State</th>
              <th scope="col">Awaits</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((c) => [
              <tr key={c.id} data-testid={`credit-${c.id}`} data-state={c.state}>
                <td>credit {c.id}</td>
                <td>
                  <ParticipantLink id={c.applicant} />
                </td>
                <td>
                  <ParticipantLink id={c.beneficiary} />
                </td>
                <td>
                  <ParticipantLink id={c.issuingBank} /> (issuing)
                  {c.confirmingBank !== null && (
                    <div>
                      <ParticipantLink id={c.confirmingBank} /> ({c.confirmed ? 'confirmed' : 'asked to confirm'})
                    </div>
                  )}
                </td>
                <td>
                  {amount(c.amount)}
                  {c.drawn > 0n && <div className="muted">drawn {amount(c.drawn)}</div>}
                  <div className="muted">until block #{formatNumber(c.expiry, locale)}</div>
                </td>
                <td>{c.state.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}</td>
                <td>
                  <ul className="plain">
                    {creditAwaits(c, info?.best ?? null, name).map((w) => (
                      <li key={w.words}>
                        {w.words}
                        {w.by !== null && <> by block #{formatNumber(w.by, locale)}</>}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {(actions.get(c.id) ?? []).map((a) => (
                    <TxAction
                      key={a.label}
                      label={a.label}
                      testId={`credit-${c.id}-${a.message}${a.args.length ? `-${String(a.args[0]).toLowerCase()}` : ''}-tx`}
                      deps={`credit-${instance.address}-${c.id}-${a.label}`}
                      build={() =>
                        api
                          ? instance.contract.tx[messageKey(a.message)]({ gasLimit: withMargin(api, a.gasRequired) as never, storageDepositLimit: a.storageDeposit as never }, c.id, ...(a.args as never[]))
                          : null
                      }
                      onDone={refresh}
                    />
                  ))}
                </td>
              </tr>,
              <tr key={`${c.id}-documents`} className="credit-papers">
                <td colSpan={8}>
                  <CreditDocuments instance={instance} id={c.id} raw={c.raw} onChanged={refresh} />
                </td>
              </tr>,
            ])}
          </tbody>
        </table>
      )}
    </section>
  );
}
