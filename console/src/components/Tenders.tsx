// Tenders of one tender contract on the Deals page: those the signing account's
// organisation is party to (buyer or bidder) and those open for its sealed bids, or every
// one; per tender its terms, bids (sealed until revealed), phase and what it awaits; and the
// actions a dry run as the signing account says the contract would accept: post, commit a
// sealed bid (its price and salt kept in this browser for the reveal), reveal, award,
// settle the winner's bond, cancel, note the chain unanswering, withdraw the credit.
import { blake2AsHex } from '@polkadot/util-crypto';
import { isHex } from '@polkadot/util';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAccounts } from '../accounts';
import { readError, useChain } from '../chain';
import { RECENT, useContractRecords, withMargin, type Action } from '../contractRecords';
import { NOBODY, dryRun, errorDocs, loadMetadata, messageKey, metadataCodeHash, type Instance } from '../contracts';
import { big } from '../deals';
import { formatAmount, formatNumber, parseAmount, userLocale } from '../format';
import { certifications, listParts, type Certification } from '../indexer';
import { useParticipants } from '../participants';
import type { PartRow } from '../shape';
import {
  PHASE_WORDS,
  TENDER_ACTIONS,
  TENDER_CLOSED,
  bondBounds,
  commitment,
  keepSealedBid,
  loadSealedBids,
  matchingSealedBid,
  pruneSealedBids,
  newSalt,
  parseTender,
  sealedBidKey,
  tenderActionLabel,
  tenderAwaits,
  tenderPhase,
  type TenderBid,
  type TenderDeal,
} from '../tender';
import { Address, CertificationLink, CopyButton, LotLink, ParticipantLink, PartLink } from './links';
import { AccountOfRecord } from './AccountOfRecord';
import { TxAction } from './TxAction';

type Metadata = Record<string, unknown> | undefined;
type Dry = Awaited<ReturnType<typeof dryRun>>;

/** A refusal in words: the contract's error and its documentation. */
function refusalWords(metadata: Metadata, error: string | null): string {
  if (!error) return 'refused';
  const docs = errorDocs(metadata, error);
  return docs ? `${error}: ${docs}` : error;
}

/** Amounts in the chain's token. */
function useAmount() {
  const { info } = useChain();
  const locale = userLocale();
  return useCallback((v: bigint) => (info ? formatAmount(v, info.decimals, info.token, locale) : v.toString()), [info, locale]);
}

/**
 * A dry run of `message` as the signing account, again whenever `key` (what the form
 * holds) changes, and not while `args` is null (the form is not complete). A refusal is
 * tried again every third finalized block (the chain moves on); an answer that lets the
 * action go is kept, so that an action under way keeps its button and progress.
 */
function useGate(instance: Instance, message: string, args: unknown[] | null, value: bigint | undefined, key: string): Dry | null {
  const { info } = useChain();
  const { selected } = useAccounts();
  const [answer, setAnswer] = useState<Dry | null>(null);
  const [retry, setRetry] = useState<number | null>(null);
  const epoch = info?.finalized === null || info?.finalized === undefined ? null : Math.floor(info.finalized / 3);
  const refused = answer !== null && !answer.ok;
  useEffect(() => {
    if (refused) setRetry(epoch);
  }, [refused, epoch]);
  const asked = useRef('');
  useEffect(() => {
    const ask = `${selected?.address}|${key}|${args === null}`;
    // the form changed: the last answer is not for it
    if (asked.current !== ask) setAnswer(null);
    asked.current = ask;
    if (!selected || !args) return;
    let cancelled = false;
    // typed input settles first
    const timer = setTimeout(() => {
      dryRun(instance, selected.address, message, args, value).then(
        (d) => !cancelled && setAnswer(d),
        (e) => !cancelled && setAnswer({ ok: false, value: null, error: readError(e), gasRequired: null, storageDeposit: null }),
      );
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` stands for `args` and `value`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [instance, message, selected?.address, key, args === null, retry]);
  return answer;
}

/**
 * The escrow contract a tender instance awards into (its constructor's `escrow`), and
 * whether it runs the escrow code this console knows: anyone may deploy the tender code
 * bound to a contract of its own, which could answer the bond's settlement as it likes.
 */
function useEscrowOf(instance: Instance): { address: string | null; genuine: boolean | null } {
  const { api } = useChain();
  const [state, setState] = useState<{ address: string | null; genuine: boolean | null }>({ address: null, genuine: null });
  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    void (async () => {
      try {
        const [answer, escrowMetadata] = await Promise.all([dryRun(instance, NOBODY, 'escrow', []), loadMetadata('escrow')]);
        const address = typeof answer.value === 'string' ? answer.value : null;
        if (!address) {
          if (!cancelled) setState({ address: null, genuine: false });
          return;
        }
        const info = (await api.query.contracts.contractInfoOf(address)).toJSON() as { codeHash?: string } | null;
        const expected = escrowMetadata ? metadataCodeHash(escrowMetadata) : null;
        if (!cancelled) setState({ address, genuine: !!expected && info?.codeHash?.toLowerCase() === expected });
      } catch {
        if (!cancelled) setState({ address: null, genuine: null });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, instance]);
  return state;
}

export function Tenders({ instance, metadata }: { instance: Instance; metadata: Metadata }) {
  const { api, info } = useChain();
  const { selected, membership } = useAccounts();
  const [all, setAll] = useState(false);
  const mine = membership?.participant ?? null;
  const amount = useAmount();
  const { records, actions, refusals, error, refresh } = useContractRecords(
    instance,
    'tender_count',
    async (id, caller) => {
      const [t, terms, unanswered] = await Promise.all([
        dryRun(instance, caller, 'tender', [id]),
        dryRun(instance, caller, 'terms', [id]),
        dryRun(instance, caller, 'unanswered_since', [id]),
      ]);
      if (!t.value || !terms.value) return null;
      const count = Number(big((t.value as Record<string, unknown>).bids));
      const bids = await Promise.all(Array.from({ length: count }, (_, i) => dryRun(instance, caller, 'bid', [id, i])));
      return parseTender(
        id,
        t.value as Record<string, unknown>,
        terms.value as Record<string, unknown>,
        bids.map((b) => (b.value ?? {}) as Record<string, unknown>),
        unanswered.value,
      );
    },
    (t) => TENDER_CLOSED.includes(t.status.kind),
    TENDER_ACTIONS,
  );
  const credit = useCredit(instance, mine);
  const escrow = useEscrowOf(instance);
  const done = useCallback(() => {
    refresh();
    credit.refresh();
  }, [refresh, credit]);

  const now = info?.best ?? 0;
  const party = (t: TenderDeal) => t.buyerOrg === mine || t.bids.some((b) => b.org === mine);
  const openToMe = (t: TenderDeal) => tenderPhase(t, now) === 'committing' && t.buyerOrg !== mine;
  const shown = records?.filter((t) => all || mine === null || party(t) || openToMe(t)) ?? null;
  return (
    <section className="deals" data-contract={instance.address} data-testid="tenders">
      <h2>
        Tenders <span className="muted">· contract</span> <Address value={instance.address} />
      </h2>
      <AccountOfRecord instance={instance} testId="tender-account-of-record" />
      <p data-testid="tender-escrow" data-genuine={String(escrow.genuine)}>
        Awards into the escrow contract <Address value={escrow.address} />
        {escrow.genuine === false && (
          <strong className="bad" role="alert">
            {' '}
            — not the escrow code this console knows: an award's order, and so the winner's bond, would be whatever that contract answers. Do not bid or post here
            unless you know who deployed it and why.
          </strong>
        )}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {mine !== null && (
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> every tender, not only those of <ParticipantLink id={mine} /> and
          those open for its bids
        </label>
      )}
      {mine !== null && (credit.amount ?? 0n) > 0n && (
        <div className="card" data-testid="tender-credit">
          <p>
            Credited to <ParticipantLink id={mine} /> in this contract (budgets and bonds back, compensation): <strong>{amount(credit.amount ?? 0n)}</strong>
          </p>
          {credit.withdraw?.ok && api && (
            <TxAction
              label={`Withdraw ${amount(credit.amount ?? 0n)} to ${selected?.label ?? 'this account'}`}
              testId="tender-withdraw-tx"
              deps={`tender-withdraw-${instance.address}-${String(credit.amount)}`}
              build={() =>
                instance.contract.tx[messageKey('withdraw')]({
                  gasLimit: withMargin(api, credit.withdraw?.gasRequired) as never,
                  storageDepositLimit: credit.withdraw?.storageDeposit as never,
                })
              }
              onDone={done}
            />
          )}
        </div>
      )}
      {selected && membership && escrow.genuine !== false && <PostTender instance={instance} metadata={metadata} onDone={done} />}
      {!shown && !error && <p aria-busy="true">Reading its tenders…</p>}
      {shown && shown.length === 0 && (
        <p>No tender{mine !== null && !all ? ' your organisation is party to or may bid in' : ''} among its {RECENT} most recent.</p>
      )}
      {shown?.map((t) => (
        <TenderCard
          key={t.id}
          instance={instance}
          metadata={metadata}
          tender={t}
          now={now}
          mine={mine}
          actions={actions.get(t.id) ?? []}
          refusals={refusals.get(t.id)}
          rogue={escrow.genuine === false}
          onDone={done}
        />
      ))}
    </section>
  );
}

/** What the organisation is credited in the contract, and whether a withdrawal would pass. */
function useCredit(instance: Instance, mine: number | null) {
  const { info } = useChain();
  const { selected } = useAccounts();
  const [amount, setAmount] = useState<bigint | null>(null);
  const [withdraw, setWithdraw] = useState<Dry | null>(null);
  const [tick, setTick] = useState(0);
  const epoch = info?.finalized === null || info?.finalized === undefined ? null : Math.floor(info.finalized / 3);
  const address = selected?.address ?? null;
  useEffect(() => {
    if (mine === null) return;
    let cancelled = false;
    void (async () => {
      const c = await dryRun(instance, address ?? NOBODY, 'credit', [mine]);
      const w = address && big(c.value) > 0n ? await dryRun(instance, address, 'withdraw', []) : null;
      if (!cancelled) {
        setAmount(big(c.value));
        setWithdraw(w);
      }
    })().catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [instance, mine, address, epoch, tick]);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  return useMemo(() => ({ amount, withdraw, refresh }), [amount, withdraw, refresh]);
}

function TenderCard({
  instance,
  metadata,
  tender: t,
  now,
  mine,
  actions,
  refusals,
  rogue,
  onDone,
}: {
  instance: Instance;
  metadata: Metadata;
  tender: TenderDeal;
  now: number;
  mine: number | null;
  actions: ({ message: string; label: string } & Action)[];
  refusals: Map<string, string> | undefined;
  /** Its contract awards into an escrow of unknown code: no bid is offered. */
  rogue: boolean;
  onDone: () => void;
}) {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const { byId } = useParticipants();
  const locale = userLocale();
  const amount = useAmount();
  const phase = tenderPhase(t, now);
  // a call lands in a block after the best one: a form is offered only if the phase still
  // holds there (a reveal sent in the reveal window's last block would land too late)
  const landingPhase = tenderPhase(t, now + 1);
  const name = (org: number) => byId.get(org)?.name ?? `organisation ${org}`;
  const settleable = actions.some((a) => a.message === 'settle_bond');
  const awaits = tenderAwaits(t, now, name, amount, settleable);
  const block = (n: number) => `#${formatNumber(n, locale)}`;
  const myBid = mine === null ? undefined : t.bids.find((b) => b.org === mine);
  const winner = t.status.kind === 'Awarded' ? t.status.winner : null;
  const awardRefusal = phase === 'awarding' ? refusals?.get('award') : undefined;
  // the browser keeps no more of a sealed bid than its reveal needs
  const account = myBid?.bidder ?? selected?.address ?? null;
  useEffect(() => {
    if (account) pruneSealedBids(localStorage, sealedBidKey(instance.address, t.id, account), instance.address, t.id, myBid, phase);
  }, [account, instance.address, t.id, myBid, phase]);
  return (
    <article className="card" data-testid={`tender-${t.id}`} data-phase={phase} aria-labelledby={`tender-${instance.address}-${t.id}-h`}>
      <h3 id={`tender-${instance.address}-${t.id}-h`}>
        Tender {t.id} <span className="badge">{PHASE_WORDS[phase]}</span>
      </h3>
      <dl>
        <dt>Buyer</dt>
        <dd>
          <ParticipantLink id={t.buyerOrg} /> <Address value={t.buyer} />
        </dd>
        <dt>Wants</dt>
        <dd>
          {t.wanted.kind === 'part' ? `part type ${t.wanted.partType}` : 'a lot of material'}, quantity {formatNumber(t.quantity, locale)}, paid on{' '}
          {t.paidOn === 'Custody' ? 'custody reaching the buyer' : 'ownership reaching the buyer'}
        </dd>
        <dt>Specification</dt>
        <dd>
          <code title={t.specHash}>{t.specHash.slice(0, 18)}…</code> <CopyButton text={t.specHash} label="Copy the specification's hash" />
        </dd>
        <dt>Suppliers certified for</dt>
        <dd>{t.standards.map((s) => `standard ${s}`).join(', ')}</dd>
        <dt>Budget</dt>
        <dd>
          {amount(t.budget)} <span className="muted">(the most a bid may ask; held: {amount(t.held)})</span>
        </dd>
        <dt>Bid bond</dt>
        <dd>{amount(t.bond)}</dd>
        <dt>Deadlines</dt>
        <dd>
          sealed bids before block {block(t.commitBy)}, reveals before {block(t.revealBy)}, delivery by {block(t.deliveryBy)}
        </dd>
      </dl>
      {t.bids.length > 0 && (
        <table data-testid={`tender-${t.id}-bids`}>
          <caption>Bids, in commit order</caption>
          <thead>
            <tr>
              <th scope="col">Bid</th>
              <th scope="col">Bidder</th>
              <th scope="col">Certifications</th>
              <th scope="col">Price</th>
              <th scope="col">Goods</th>
            </tr>
          </thead>
          <tbody>
            {t.bids.map((b) => (
              <tr key={b.index} data-testid={`tender-${t.id}-bid-${b.index}`} data-revealed={b.quote !== null}>
                <td>
                  bid {b.index}
                  {winner === b.index && <div className="good">won</div>}
                </td>
                <td>
                  <ParticipantLink id={b.org} />
                </td>
                <td>
                  {b.certifications.map((c) => (
                    <div key={c}>
                      <CertificationLink id={c} />
                    </div>
                  ))}
                </td>
                <td>{b.quote ? amount(b.quote.price) : <span className="muted">sealed</span>}</td>
                <td>
                  {b.quote ? b.quote.goods.kind === 'part' ? <PartLink id={b.quote.goods.id} /> : <LotLink id={b.quote.goods.id} /> : '—'}
                  {b.quote && (
                    <div className="muted small">
                      seller <Address value={b.quote.seller} />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="plain" data-testid={`tender-${t.id}-awaits`}>
        {awaits.map((w) => (
          <li key={w.words}>
            Awaits: {w.words}
            {w.by !== null && <> before block {block(w.by)}</>}
          </li>
        ))}
      </ul>
      {myBid && !myBid.quote && landingPhase === 'committing' && <SealedNote instance={instance} tender={t} bid={myBid} />}
      {landingPhase === 'committing' && !rogue && selected && mine !== null && mine !== t.buyerOrg && !myBid && (
        <CommitForm instance={instance} metadata={metadata} tender={t} mine={mine} onDone={onDone} />
      )}
      {landingPhase === 'revealing' && selected && myBid && !myBid.quote && (
        <RevealForm instance={instance} metadata={metadata} tender={t} bid={myBid} mine={mine as number} onDone={onDone} />
      )}
      <div className="actions">
        {api &&
          info &&
          actions.map((a) => (
            <TxAction
              key={a.message}
              label={tenderActionLabel(t, now, a.message, amount)}
              testId={`tender-${t.id}-${a.message}-tx`}
              deps={`tender-${instance.address}-${t.id}-${a.message}`}
              build={() =>
                instance.contract.tx[messageKey(a.message)]({ gasLimit: withMargin(api, a.gasRequired) as never, storageDepositLimit: a.storageDeposit as never }, t.id)
              }
              onDone={onDone}
            />
          ))}
      </div>
      {awardRefusal && selected && (
        <p className="muted">
          The award would fail now: {refusalWords(metadata, awardRefusal)}
        </p>
      )}
    </article>
  );
}

/** The bidder's sealed bid, as this browser keeps it, until the reveal. */
function SealedNote({ instance, tender: t, bid }: { instance: Instance; tender: TenderDeal; bid: TenderBid }) {
  const amount = useAmount();
  const key = sealedBidKey(instance.address, t.id, bid.bidder);
  const match = matchingSealedBid(loadSealedBids(localStorage, key), instance.address, t.id, bid);
  const text = match ? JSON.stringify({ contract: instance.address, tender: t.id, bidder: bid.bidder, price: match.price.toString(), salt: match.salt }) : null;
  return match && text ? (
    <p className="note" data-testid={`tender-${t.id}-sealed`}>
      Your sealed bid, {amount(match.price)}, is kept in this browser until you reveal it (from block #{t.commitBy}). Without its price and salt it cannot be
      revealed and its bond goes to the buyer: keep a copy <CopyButton text={text} label="Copy the sealed bid" />
    </p>
  ) : (
    <p className="alert" data-testid={`tender-${t.id}-sealed`}>
      This browser does not hold the price and salt of your organisation's bid: reveal it with the copy you kept (its price and salt), or from the browser that
      committed it.
    </p>
  );
}

/** A sealed bid: the price (hashed with a fresh salt here, never sent), the certifications, the bond. */
function CommitForm({ instance, metadata, tender: t, mine, onDone }: { instance: Instance; metadata: Metadata; tender: TenderDeal; mine: number; onDone: () => void }) {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const amount = useAmount();
  const [priceText, setPriceText] = useState('');
  const [salt, setSalt] = useState(newSalt);
  const [certs, setCerts] = useState<Certification[] | null>(null);
  const [chosen, setChosen] = useState<(number | null)[]>([]);
  useEffect(() => {
    let cancelled = false;
    certifications(mine).then(
      (list) => {
        if (cancelled) return;
        setCerts(list);
        // per standard, an active one valid beyond the delivery first
        setChosen(
          t.standards.map((s) => {
            const fit = list.filter((c) => c.standard === s).sort((a, b) => Number(b.state === 'Active') - Number(a.state === 'Active') || (b.validUntil ?? 0) - (a.validUntil ?? 0));
            return fit[0]?.id ?? null;
          }),
        );
      },
      () => !cancelled && setCerts([]),
    );
    return () => {
      cancelled = true;
    };
  }, [mine, t.standards]);
  const price = info ? parseAmount(priceText, info.decimals, userLocale()) : null;
  const overBudget = price !== null && price > t.budget;
  const sealed = price !== null && price > 0n && !overBudget && selected ? commitment(instance.address, t.id, selected.address, price, salt) : null;
  const complete = sealed !== null && chosen.length === t.standards.length && chosen.every((c) => c !== null);
  const args = complete ? [t.id, sealed, chosen] : null;
  const gate = useGate(instance, 'commit', args, t.bond, `${sealed}-${chosen.join(',')}`);
  const id = `tender-${t.id}`;
  return (
    <section aria-labelledby={`${id}-commit-h`} data-testid={`${id}-commit`}>
      <h4 id={`${id}-commit-h`}>Bid: a sealed price</h4>
      <div className="inline-form">
        <label>
          Price ({info?.token ?? 'token'})
          <input inputMode="decimal" value={priceText} onChange={(e) => setPriceText(e.target.value)} data-testid={`${id}-price`} size={12} />
        </label>
        {t.standards.map((s, i) => (
          <label key={s}>
            Certification for standard {s}
            <select
              value={chosen[i] ?? ''}
              onChange={(e) => setChosen((c) => c.map((x, j) => (j === i ? (e.target.value === '' ? null : Number(e.target.value)) : x)))}
              data-testid={`${id}-cert-${i}`}
            >
              <option value="">—</option>
              {(certs ?? [])
                .filter((c) => c.standard === s)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    certification {c.id} ({(c.state ?? 'unknown').toLowerCase()})
                  </option>
                ))}
            </select>
          </label>
        ))}
        <span className="muted small">
          salt <code>{salt.slice(0, 10)}…</code>{' '}
          <button type="button" onClick={() => setSalt(newSalt())}>
            new salt
          </button>
        </span>
      </div>
      <p className="muted small">
        The price is hashed here with a random salt and the committing account (the contract's commitment); nothing of it leaves this browser until the reveal. The
        price and salt are kept in this browser (localStorage) for the reveal, from block #{t.commitBy} until before #{t.revealBy}: a bid not revealed loses its bond.
      </p>
      {certs && certs.length === 0 && <p className="note">Your organisation holds no certification the indexer knows of.</p>}
      {overBudget && <p className="error">Above the budget ({amount(t.budget)}): it could never be revealed.</p>}
      {gate && !gate.ok && <p className="error" data-testid={`${id}-commit-refused`}>The contract would refuse the bid: {refusalWords(metadata, gate.error)}</p>}
      {gate?.ok && api && price !== null && (
        <TxAction
          label={price !== null ? `Commit a sealed bid of ${amount(price)} (pays the bond, ${amount(t.bond)})` : `Commit the sealed bid (pays the bond, ${amount(t.bond)})`}
          testId={`${id}-commit-tx`}
          deps={`commit-${instance.address}-${t.id}-${sealed}-${chosen.join(',')}`}
          build={() =>
            instance.contract.tx[messageKey('commit')](
              { gasLimit: withMargin(api, gate.gasRequired) as never, storageDepositLimit: gate.storageDeposit as never, value: t.bond },
              t.id,
              sealed,
              chosen,
            )
          }
          beforeSign={() => selected && keepSealedBid(localStorage, sealedBidKey(instance.address, t.id, selected.address), { price, salt })}
          onDone={onDone}
        />
      )}
    </section>
  );
}

/** The reveal: the kept (or typed) price and salt, checked against the commitment here, and the goods. */
function RevealForm({
  instance,
  metadata,
  tender: t,
  bid,
  mine,
  onDone,
}: {
  instance: Instance;
  metadata: Metadata;
  tender: TenderDeal;
  bid: TenderBid;
  mine: number;
  onDone: () => void;
}) {
  const { api, info } = useChain();
  const amount = useAmount();
  const kept = useMemo(
    () => matchingSealedBid(loadSealedBids(localStorage, sealedBidKey(instance.address, t.id, bid.bidder)), instance.address, t.id, bid),
    [instance.address, t.id, bid],
  );
  const [priceText, setPriceText] = useState('');
  const [saltText, setSaltText] = useState('');
  const typedPrice = info ? parseAmount(priceText, info.decimals, userLocale()) : null;
  const typed = typedPrice !== null && isHex(saltText.trim(), 256) ? { price: typedPrice, salt: saltText.trim() } : null;
  const typedMatches = typed !== null && commitment(instance.address, t.id, bid.bidder, typed.price, typed.salt) === bid.commitment.toLowerCase();
  const sealed = kept ?? (typedMatches ? typed : null);
  const [parts, setParts] = useState<PartRow[] | null>(null);
  const [goodsId, setGoodsId] = useState('');
  useEffect(() => {
    if (t.wanted.kind !== 'part') return;
    const partType = t.wanted.partType;
    let cancelled = false;
    Promise.all([listParts({ owner: mine }), t.paidOn === 'Custody' ? listParts({ custodian: mine }) : Promise.resolve([])]).then(
      ([owned, held]) => {
        if (cancelled) return;
        const seen = new Set<number>();
        // of the wanted type, in service, not installed in an assembly
        const fit = [...owned, ...held].filter((p) => !seen.has(p.id) && seen.add(p.id) && p.partType === partType && p.parent === null && p.status === 'Active');
        fit.sort((a, b) => b.id - a.id);
        setParts(fit);
        // the default is a part the organisation owns (one it only holds may be a customer's)
        const own = fit.find((p) => p.owner === mine);
        setGoodsId((g) => g || (own ? String(own.id) : ''));
      },
      () => !cancelled && setParts([]),
    );
    return () => {
      cancelled = true;
    };
  }, [mine, t.wanted, t.paidOn]);
  const goods = /^\d+$/.test(goodsId) ? (t.wanted.kind === 'part' ? { Part: Number(goodsId) } : { Lot: Number(goodsId) }) : null;
  const args = sealed && goods ? [t.id, sealed.price, sealed.salt, goods] : null;
  const gate = useGate(instance, 'reveal', args, undefined, `${sealed?.price}-${sealed?.salt}-${goodsId}`);
  const id = `tender-${t.id}`;
  return (
    <section aria-labelledby={`${id}-reveal-h`} data-testid={`${id}-reveal`}>
      <h4 id={`${id}-reveal-h`}>Reveal your bid</h4>
      {kept ? (
        <p>
          Your sealed bid, kept in this browser: <strong>{amount(kept.price)}</strong> (it matches your commitment on chain).
        </p>
      ) : (
        <div className="inline-form">
          <span>This browser does not hold your sealed bid: type its price and salt.</span>
          <label>
            Price ({info?.token ?? 'token'})
            <input inputMode="decimal" value={priceText} onChange={(e) => setPriceText(e.target.value)} data-testid={`${id}-reveal-price`} size={12} />
          </label>
          <label>
            Salt
            <input value={saltText} onChange={(e) => setSaltText(e.target.value)} data-testid={`${id}-reveal-salt`} size={30} placeholder="0x…" />
          </label>
          {typed && !typedMatches && <span className="error">These do not match your commitment.</span>}
        </div>
      )}
      <div className="inline-form">
        {t.wanted.kind === 'part' && parts && parts.length > 0 ? (
          <label>
            Goods to deliver if you win
            <select value={goodsId} onChange={(e) => setGoodsId(e.target.value)} data-testid={`${id}-goods`}>
              <option value="">— choose a part —</option>
              {parts.map((p) => (
                <option key={p.id} value={p.id}>
                  part {p.id}
                  {p.serial ? ` · ${p.serial}` : ''}
                  {p.owner !== mine ? ' (held, not owned, by your organisation)' : ''}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            {t.wanted.kind === 'part' ? 'Part' : 'Lot'} to deliver if you win (id)
            <input inputMode="numeric" value={goodsId} onChange={(e) => setGoodsId(e.target.value.trim())} data-testid={`${id}-goods`} size={8} />
          </label>
        )}
      </div>
      <p className="muted small">Revealing shows the price and goods to everyone; the revealing account becomes the escrow order's seller if the bid wins.</p>
      {gate && !gate.ok && <p className="error" data-testid={`${id}-reveal-refused`}>The contract would refuse the reveal: {refusalWords(metadata, gate.error)}</p>}
      {gate?.ok && api && sealed && goods && (
        <TxAction
          label={`Reveal: ${amount(sealed.price)} for ${t.wanted.kind} ${goodsId}`}
          testId={`${id}-reveal-tx`}
          deps={`reveal-${instance.address}-${t.id}-${sealed.price}-${sealed.salt}-${goodsId}`}
          build={() =>
            instance.contract.tx[messageKey('reveal')]({ gasLimit: withMargin(api, gate.gasRequired) as never, storageDepositLimit: gate.storageDeposit as never }, t.id, sealed.price, sealed.salt, goods)
          }
          onDone={onDone}
        />
      )}
    </section>
  );
}

/** A request for quotation: the terms, and the budget paid in with it. */
function PostTender({ instance, metadata, onDone }: { instance: Instance; metadata: Metadata; onDone: () => void }) {
  const { api, info } = useChain();
  const amount = useAmount();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState<'part' | 'lot'>('part');
  const [partType, setPartType] = useState('0');
  const [spec, setSpec] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [paidOn, setPaidOn] = useState<'Custody' | 'Ownership'>('Custody');
  const [standards, setStandards] = useState('0');
  const [budgetText, setBudgetText] = useState('');
  const [bondText, setBondText] = useState('');
  const [deadlines, setDeadlines] = useState<{ commitBy: string; revealBy: string; deliveryBy: string } | null>(null);
  const best = info?.best ?? null;
  useEffect(() => {
    // an hour of bids, an hour of reveals, a week for delivery (6-second blocks), from now
    if (open && best !== null && deadlines === null) setDeadlines({ commitBy: String(best + 600), revealBy: String(best + 1200), deliveryBy: String(best + 1200 + 100_800) });
  }, [open, best, deadlines]);
  const budget = info ? parseAmount(budgetText, info.decimals, userLocale()) : null;
  const bond = info ? parseAmount(bondText, info.decimals, userLocale()) : null;
  const specHash = isHex(spec.trim(), 256) ? spec.trim() : spec.trim() ? blake2AsHex(spec.trim()) : null;
  const standardIds = standards.split(/[\s,]+/).filter(Boolean);
  const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);
  const d = deadlines && { commitBy: whole(deadlines.commitBy), revealBy: whole(deadlines.revealBy), deliveryBy: whole(deadlines.deliveryBy) };
  const args =
    budget !== null &&
    bond !== null &&
    specHash &&
    whole(quantity) !== null &&
    standardIds.every((s) => whole(s) !== null) &&
    d &&
    d.commitBy !== null &&
    d.revealBy !== null &&
    d.deliveryBy !== null &&
    (wanted === 'lot' || whole(partType) !== null)
      ? [wanted === 'part' ? { Part: whole(partType) } : 'Lot', specHash, whole(quantity), paidOn, d.deliveryBy, standardIds.map(Number), bond, d.commitBy, d.revealBy]
      : null;
  const key = JSON.stringify(args, (_, v) => (typeof v === 'bigint' ? v.toString() : v)) + String(budget);
  const gate = useGate(instance, 'post', open ? args : null, budget ?? undefined, key);
  const bounds = budget !== null ? bondBounds(budget) : null;
  const field = (label: string, value: string, set: (v: string) => void, testId: string, size = 10) => (
    <label>
      {label}
      <input value={value} onChange={(e) => set(e.target.value)} data-testid={testId} size={size} />
    </label>
  );
  return (
    <details className="card" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} data-testid="tender-post">
      <summary>Post a tender (a request for quotation, sealed bids, awarded into escrow)</summary>
      <div className="inline-form">
        <label>
          Wants
          <select value={wanted} onChange={(e) => setWanted(e.target.value as 'part' | 'lot')}>
            <option value="part">a part of a type</option>
            <option value="lot">a lot of material</option>
          </select>
        </label>
        {wanted === 'part' && field('part type', partType, setPartType, 'tender-post-type', 6)}
        {field('quantity', quantity, setQuantity, 'tender-post-quantity', 6)}
        <label>
          Paid on
          <select value={paidOn} onChange={(e) => setPaidOn(e.target.value as 'Custody' | 'Ownership')}>
            <option value="Custody">custody reaching us</option>
            <option value="Ownership">ownership reaching us</option>
          </select>
        </label>
        {field('required standards (ids)', standards, setStandards, 'tender-post-standards', 8)}
      </div>
      <label className="block">
        Specification (the document's text or its 0x hash; its blake2-256 hash is recorded, the text stays here)
        <textarea value={spec} onChange={(e) => setSpec(e.target.value)} rows={2} data-testid="tender-post-spec" />
      </label>
      <div className="inline-form">
        {field(`budget (${info?.token ?? 'token'}, paid in now)`, budgetText, setBudgetText, 'tender-post-budget')}
        {field(`bid bond (${info?.token ?? 'token'})`, bondText, setBondText, 'tender-post-bond')}
        {bounds && (
          <span className="muted small">
            from {amount(bounds.min)} to {amount(bounds.max)}
          </span>
        )}
      </div>
      {deadlines && (
        <div className="inline-form">
          {field('bids before block', deadlines.commitBy, (v) => setDeadlines({ ...deadlines, commitBy: v }), 'tender-post-commit-by')}
          {field('reveals before block', deadlines.revealBy, (v) => setDeadlines({ ...deadlines, revealBy: v }), 'tender-post-reveal-by')}
          {field('delivery by block', deadlines.deliveryBy, (v) => setDeadlines({ ...deadlines, deliveryBy: v }), 'tender-post-delivery-by')}
          <span className="muted small">now #{best !== null ? formatNumber(best, userLocale()) : '…'}</span>
        </div>
      )}
      {open && gate && !gate.ok && <p className="error">The contract would refuse it: {refusalWords(metadata, gate.error)}</p>}
      {open && gate?.ok && api && budget !== null && args && (
        <TxAction
          label={`Post the tender (pays the budget, ${amount(budget)}, into the contract)`}
          testId="tender-post-tx"
          deps={`post-${instance.address}-${key}`}
          build={() =>
            instance.contract.tx[messageKey('post')]({ gasLimit: withMargin(api, gate.gasRequired) as never, storageDepositLimit: gate.storageDeposit as never, value: budget }, ...(args as never[]))
          }
          onDone={onDone}
        />
      )}
    </details>
  );
}
