// Usage rights (the usage_token contract): on a part's passport, a card per deployed
// usage_token contract with the part's listing and current use and the actions open to the
// signing account; on the Deals page, the uses and listings the account's organisation
// holds or granted. Every action is offered only when a dry run as the signing account says
// the contract would accept it (its gas and storage deposit from that dry run); otherwise
// the contract's error is said in words. Reads are dry runs of the contract's getters
// (contracts.ts); the words are usage.ts's.
import type { ApiPromise } from '@polkadot/api';
import { decodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useAccounts } from '../accounts';
import { readError, useChain } from '../chain';
import { NOBODY, dryRun, errorDocs, findInstances, loadMetadata, messageKey, type Instance } from '../contracts';
import { big } from '../deals';
import { formatAmount, formatNumber, parseAmount, shorten, ss58, userLocale } from '../format';
import { gql } from '../indexer';
import { useParticipants } from '../participants';
import type { TxPhase } from '../tx';
import {
  USAGE_ACTIONS,
  assetsOfEvents,
  extendValue,
  involvement,
  listingWords,
  meterInput,
  parseListing,
  parseUsage,
  rentArgs,
  rentValue,
  revokeWords,
  sameTerms,
  usageState,
  type Listing,
  type Usage,
  type Words,
} from '../usage';
import { Address, ParticipantLink, PartLink } from './links';
import { AccountOfRecord } from './AccountOfRecord';
import { PledgeAndGrants } from './UsagePledge';
import { TxAction } from './TxAction';

/** The usage_token contracts on chain and their metadata (found once per mount). */
export function useUsageInstances(): { instances: Instance[] | null; metadata: Record<string, unknown> | null; error: string | null } {
  const { api } = useChain();
  const [metadata, setMetadata] = useState<Record<string, unknown> | null | undefined>(undefined);
  const [instances, setInstances] = useState<Instance[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadMetadata('usage_token').then((m) => !cancelled && setMetadata(m));
    return () => {
      cancelled = true;
    };
  }, []);
  useEffect(() => {
    if (!api || metadata === undefined) return;
    if (metadata === null) return setInstances([]);
    let cancelled = false;
    findInstances(api, new Map([['usage_token', metadata]])).then(
      (found) => !cancelled && setInstances(found),
      (e) => !cancelled && setError(readError(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, metadata]);
  return { instances, metadata: metadata ?? null, error };
}

/** A dry run's verdict on an action: would the contract accept it, with what gas, or why not. */
interface Gate {
  ok: boolean;
  error: string | null;
  gasRequired: unknown;
  storageDeposit: unknown;
}

/** The contract's error in words: its name and its documentation from the metadata. */
export function contractErrorWords(metadata: Record<string, unknown> | null | undefined, error: string): string {
  const docs = errorDocs(metadata ?? undefined, error);
  return docs ? `${error}: ${docs}` : error;
}

/** The gas a call is given: what its dry run needed and a tenth more (state moves on). */
function withMargin(api: ApiPromise, gas: unknown): unknown {
  const g = gas as { refTime: { toBigInt: () => bigint }; proofSize: { toBigInt: () => bigint } };
  return api.createType('WeightV2', { refTime: (g.refTime.toBigInt() * 11n) / 10n, proofSize: (g.proofSize.toBigInt() * 11n) / 10n });
}


function useWords(): Words {
  const { api, info } = useChain();
  const { byId } = useParticipants();
  const locale = userLocale();
  return useMemo(
    () => ({
      amount: (v: bigint) => (info ? formatAmount(v, info.decimals, info.token, locale, 6) : v.toString()),
      name: (org: number) => byId.get(org)?.name ?? `organisation ${org}`,
      account: (a: string) => shorten(ss58(api, a) ?? a, 6),
    }),
    [api, info, byId, locale],
  );
}

/** A part's listing, current use and authorised user, as the contract answers now. */
async function readPart(instance: Instance, caller: string, asset: number) {
  const [l, u, who] = await Promise.all([
    dryRun(instance, caller, 'listing', [asset]),
    dryRun(instance, caller, 'usage', [asset]),
    dryRun(instance, caller, 'user_of', [asset]),
  ]);
  for (const d of [l, u, who]) if (d.error) throw new Error(`the contract's getter failed: ${d.error}`);
  // the part's owner now: a grant whose lessor no longer owns the part is void
  const record = (await instance.contract.api.query.parts.partRecords(asset)).toJSON() as { owner?: unknown } | null;
  const owner = record && typeof record.owner === 'number' ? record.owner : null;
  return { listing: parseListing(l.value), usage: parseUsage(u.value), authorised: typeof who.value === 'string' ? who.value : null, owner };
}

/** The actions on a part's use or listing a dry run as `caller` accepts (and the refusals). */
async function gateActions(instance: Instance, caller: string, asset: number): Promise<Map<string, Gate>> {
  const runs = await Promise.all(USAGE_ACTIONS.map(async (a) => [a.message, await dryRun(instance, caller, a.message, [asset])] as const));
  return new Map(runs.map(([m, d]) => [m, { ok: d.ok, error: d.error, gasRequired: d.gasRequired, storageDeposit: d.storageDeposit }]));
}

/**
 * One contract action: offered when its dry run (`gate`) says the contract accepts it,
 * otherwise the contract's refusal in words. `value` is computed when the button is
 * pressed. A call the chain reverts (the contract refused it in its block) is explained by
 * `explain`, or by a fresh dry run.
 */
function ContractAction({
  instance,
  metadata,
  message,
  args,
  value,
  gate,
  label,
  testId,
  hint,
  incomplete,
  explain,
  onDone,
}: {
  instance: Instance;
  metadata: Record<string, unknown> | null;
  message: string;
  args: unknown[];
  value?: () => bigint;
  gate: Gate | null | undefined;
  label: string;
  testId: string;
  hint?: ReactNode;
  /** The form is not complete: why (shown instead of the button). */
  incomplete?: string | null;
  explain?: (p: TxPhase) => Promise<string | null>;
  onDone: () => void;
}) {
  const { api } = useChain();
  const { selected } = useAccounts();
  const [reverted, setReverted] = useState<string | null>(null);
  useEffect(() => setReverted(null), [selected?.address, message]);
  const blocked = incomplete
    ? incomplete
    : !gate
      ? 'Asking the contract (a dry run as this account)…'
      : !gate.ok
        ? `The contract would refuse it: ${contractErrorWords(metadata, gate.error ?? 'an error')}`
        : null;
  return (
    <div className="usage-action" data-testid={`${testId}-action`}>
      {hint}
      <TxAction
        label={label}
        testId={testId}
        blocked={blocked}
        deps={`${instance.address}-${message}-${JSON.stringify(args, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`}
        build={() =>
          api && gate?.ok
            ? instance.contract.tx[messageKey(message)](
                { gasLimit: withMargin(api, gate.gasRequired) as never, storageDepositLimit: gate.storageDeposit as never, value: value?.() },
                ...(args as never[]),
              )
            : null
        }
        onDone={(p) => {
          onDone();
          setReverted(null);
          if (p.phase !== 'failed' || !/ContractReverted/.test(p.error)) return;
          void (async () => {
            let why = explain ? await explain(p).catch(() => null) : null;
            if (!why && selected) {
              const d = await dryRun(instance, selected.address, message, args, value?.()).catch(() => null);
              why = d?.error ? `a dry run now answers ${contractErrorWords(metadata, d.error)}` : null;
            }
            setReverted(why ? `The contract refused the call in its block: ${why}. Nothing changed but the fee.` : 'The contract refused the call in its block. Nothing changed but the fee.');
          })();
        }}
      />
      {reverted && (
        <p className="error" role="alert" data-testid={`${testId}-reverted`}>
          {reverted}
        </p>
      )}
    </div>
  );
}

interface PartUsage {
  listing: Listing | null;
  usage: Usage | null;
  authorised: string | null;
  gates: Map<string, Gate>;
}

/** Reads a part's use and listing and gates the actions on it, again whenever `tick` or the account changes. */
function usePartUsage(instance: Instance, asset: number, tick: number) {
  const { api } = useChain();
  const { selected } = useAccounts();
  const signer = selected?.address ?? null;
  const [state, setState] = useState<PartUsage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [own, setOwn] = useState(0);
  const refresh = useCallback(() => setOwn((t) => t + 1), []);
  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    void (async () => {
      try {
        const read = await readPart(instance, signer ?? NOBODY, asset);
        const gates = signer ? await gateActions(instance, signer, asset) : new Map<string, Gate>();
        if (!cancelled) {
          setState({ ...read, gates });
          setError(null);
        }
      } catch (e) {
        if (!cancelled) setError(readError(e));
      }
    })();
    return () => {
      cancelled = true;
    };
    // `tick` and `own` stand for the chain moving on and an action done
  }, [api, instance, asset, signer, tick, own]);
  return { state, error, refresh };
}

/** On a part's passport: its usage rights in every usage_token contract the console knows. */
export function UsageRights({ partId, owner, tick }: { partId: number; owner: number | null; tick: number }) {
  const { instances, metadata, error } = useUsageInstances();
  if (error)
    return (
      <section className="card" aria-labelledby="usage-h">
        <h2 id="usage-h">Usage rights</h2>
        <p className="error" role="alert">
          Cannot find the usage-rights contracts: {error}
        </p>
      </section>
    );
  if (!instances || instances.length === 0) return null;
  return (
    <>
      {instances.map((i) => (
        <UsageCard key={i.address} instance={i} metadata={metadata} partId={partId} owner={owner} tick={tick} />
      ))}
    </>
  );
}

function UsageCard({ instance, metadata, partId, owner, tick }: { instance: Instance; metadata: Record<string, unknown> | null; partId: number; owner: number | null; tick: number }) {
  const { api, info } = useChain();
  const { selected, membership } = useAccounts();
  const w = useWords();
  const locale = userLocale();
  const { state, error, refresh } = usePartUsage(instance, partId, tick);
  const best = info?.best ?? null;
  const acting = membership?.participant ?? null;
  const me = ss58(api, selected?.address);
  const usage = state?.usage ?? null;
  const listing = state?.listing ?? null;
  const now = usage && best !== null ? usageState(usage, best, w, owner) : null;
  // an action offered once stays in view for this account (its progress, then the
  // contract's refusal once done), rather than vanish when its block changes the use
  const [offered, setOffered] = useState<string[]>([]);
  useEffect(() => setOffered([]), [selected?.address]);
  const okNow = USAGE_ACTIONS.filter((a) => state?.gates.get(a.message)?.ok).map((a) => a.message);
  const okKey = okNow.join(',');
  useEffect(() => {
    if (okKey) setOffered((o) => (okKey.split(',').every((m) => o.includes(m)) ? o : [...new Set([...o, ...okKey.split(',')])]));
  }, [okKey]);

  return (
    <section className="card usage" aria-labelledby={`usage-h-${instance.address}`} data-testid="usage-card" data-contract={instance.address}>
      <h2 id={`usage-h-${instance.address}`}>
        Usage rights <span className="muted">· contract</span> <Address value={instance.address} />
      </h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!state && !error && <p aria-busy="true">Reading the contract…</p>}
      {state && (
        <dl>
          <dt>Listing</dt>
          <dd data-testid="usage-listing" data-listed={String(!!listing)}>
            {listing ? (
              <>
                {listingWords(listing, w, owner)}. <span className="muted">Listed by</span> <Address value={listing.lessor} />
              </>
            ) : (
              'not listed for rent'
            )}
          </dd>
          <dt>Use</dt>
          <dd data-testid="usage-current" data-kind={now?.kind ?? 'none'} data-user={usage ? (ss58(api, usage.user) ?? usage.user) : ''}>
            {usage && now ? (
              <>
                {now.words}
                <ul className="plain">
                  {now.awaits.map((a) => (
                    <li key={a.words}>
                      Awaits: {a.words}
                      {a.by !== null && <> by block #{formatNumber(a.by, locale)}</>}
                    </li>
                  ))}
                </ul>
              </>
            ) : usage ? (
              '…'
            ) : (
              'nobody uses it through this contract'
            )}
          </dd>
          <dt>Authorised now</dt>
          <dd data-testid="usage-authorised" data-user={state.authorised ? (ss58(api, state.authorised) ?? '') : ''}>
            {state.authorised ? (
              <>
                <Address value={state.authorised} />
                {me && ss58(api, state.authorised) === me && <strong> (this account)</strong>}
              </>
            ) : (
              <>nobody {usage ? '(the use has ended, is void, or its deposit covers no unit)' : ''}</>
            )}{' '}
            <span className="muted">(what a door or machine controller reads: is_authorized)</span>
          </dd>
        </dl>
      )}
      {state && selected && (
        <div className="usage-actions">
          {USAGE_ACTIONS.filter((a) => a.message !== 'unlist' && offered.includes(a.message)).map((a) => {
            const at = (best ?? 0) + 1;
            const label = a.message === 'revoke' && usage && acting !== usage.lessorOrg ? 'Give notice' : a.label;
            let hint: ReactNode = null;
            if (usage && a.message === 'revoke') hint = <p className="small">{revokeWords(usage, acting, owner, at, w)}</p>;
            else if (usage && a.message === 'collect')
              hint = (
                <p className="small">
                  Credits {w.name(usage.lessorOrg)} in this contract (to withdraw) with the rent earned up to the block it lands in and the metered charges not yet collected.
                </p>
              );
            else if (usage) hint = <p className="small">{now?.awaits[0]?.words}</p>;
            return (
              <ContractAction
                key={a.message}
                instance={instance}
                metadata={metadata}
                message={a.message}
                args={[partId]}
                gate={state.gates.get(a.message)}
                label={label}
                testId={`usage-${a.message}-tx`}
                hint={hint}
                onDone={refresh}
              />
            );
          })}
          {offered.includes('unlist') && (
            <ContractAction
              instance={instance}
              metadata={metadata}
              message="unlist"
              args={[partId]}
              gate={state.gates.get('unlist')}
              label="Withdraw the listing"
              testId="usage-unlist-tx"
              hint={<p className="small">Nobody can rent it afterwards; a running rental keeps its terms (but cannot be extended).</p>}
              onDone={refresh}
            />
          )}
          {usage && me && ss58(api, usage.user) === me && usage.pricePerBlock > 0n && (
            <ExtendForm instance={instance} metadata={metadata} partId={partId} usage={usage} listing={listing} onDone={refresh} />
          )}
          {usage && me && ss58(api, usage.user) === me && usage.meter && <TopUpForm instance={instance} metadata={metadata} partId={partId} onDone={refresh} />}
          {listing && <RentForm instance={instance} metadata={metadata} partId={partId} listing={listing} onDone={refresh} />}
          <ListForm instance={instance} metadata={metadata} partId={partId} tick={tick} onDone={refresh} />
          <GrantForm instance={instance} metadata={metadata} partId={partId} tick={tick} onDone={refresh} />
          {metadata && <PledgeAndGrants instance={instance} metadata={metadata} partId={partId} round={String(tick)} words={w} onDone={refresh} />}
        </div>
      )}
      {state && !selected && <p className="note">Choose an account in the header to list, grant or rent this part's use.</p>}
    </section>
  );
}

/** Runs `run` (a dry run) 300 ms after `key` last changed, and whenever `tick` changes. */
function useDebouncedGate(key: string, tick: number, run: (() => Promise<Gate>) | null): Gate | null {
  const [gate, setGate] = useState<Gate | null>(null);
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    setGate(null);
  }, [key]);
  useEffect(() => {
    const r = runRef.current;
    if (!r) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      r().then(
        (g) => !cancelled && setGate(g),
        (e) => !cancelled && setGate({ ok: false, error: readError(e), gasRequired: null, storageDeposit: null }),
      );
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, tick]);
  return gate;
}

const gateOf = (d: Awaited<ReturnType<typeof dryRun>>): Gate => ({ ok: d.ok, error: d.error, gasRequired: d.gasRequired, storageDeposit: d.storageDeposit });

/**
 * The owner lists the part for rent: a price per block and the longest term, and
 * optionally a meter (a device of the owner's organisation reports usage, each unit
 * charged from the renter's deposit).
 */
function ListForm({ instance, metadata, partId, tick, onDone }: { instance: Instance; metadata: Record<string, unknown> | null; partId: number; tick: number; onDone: () => void }) {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const [price, setPrice] = useState('');
  const [term, setTerm] = useState('14400');
  const [metered, setMetered] = useState(false);
  const [device, setDevice] = useState('');
  const [unitPrice, setUnitPrice] = useState('');
  const [maxUnits, setMaxUnits] = useState('');
  const decimals = info?.decimals ?? 12;
  const raw = parseAmount(price, decimals, userLocale());
  const maxTerm = /^\d+$/.test(term.trim()) ? Number(term.trim()) : null;
  const meter = meterInput(metered, ss58(api, device.trim()), device, unitPrice.trim() === '' ? null : parseAmount(unitPrice, decimals, userLocale()), maxUnits);
  const complete = raw !== null && raw > 0n && maxTerm !== null && maxTerm > 0 && 'meter' in meter;
  // a probe with a price and term of one says whether this account may list at all
  const args = complete ? [partId, raw, maxTerm, meter.meter] : [partId, 1n, 1, null];
  const gate = useDebouncedGate(
    `${selected?.address}-${String(args[1])}-${String(args[2])}-${complete && meter.meter ? `${meter.meter.device}-${meter.meter.unitPrice}-${meter.meter.maxUnits}` : 'none'}`,
    tick,
    selected ? async () => gateOf(await dryRun(instance, selected.address, 'list', args)) : null,
  );
  if (gate && !gate.ok && !complete)
    return (
      <p className="muted small" data-testid="usage-list-refused">
        List for rent: the contract would refuse it now ({contractErrorWords(metadata, gate.error ?? 'an error')}).
      </p>
    );
  return (
    <form className="usage-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`usage-list-h-${instance.address}`}>
      <h3 id={`usage-list-h-${instance.address}`}>List it for rent</h3>
      <div className="inline-form">
        <label>
          Price per block ({info?.token ?? 'units'})
          <input inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} data-testid="usage-list-price" size={10} />
        </label>
        <label>
          Terms up to (blocks)
          <input inputMode="numeric" value={term} onChange={(e) => setTerm(e.target.value)} data-testid="usage-list-term" size={8} />
        </label>
        <label>
          <input type="checkbox" checked={metered} onChange={(e) => setMetered(e.target.checked)} data-testid="usage-list-metered" /> Metered
        </label>
      </div>
      {metered && (
        <div className="inline-form">
          <label>
            Meter's device (an account of a device of your organisation)
            <input value={device} onChange={(e) => setDevice(e.target.value)} data-testid="usage-list-device" size={50} spellCheck={false} />
          </label>
          <label>
            Price of a unit ({info?.token ?? 'units'})
            <input inputMode="decimal" value={unitPrice} onChange={(e) => setUnitPrice(e.target.value)} data-testid="usage-list-unit-price" size={10} />
          </label>
          <label>
            Units a report charges at most
            <input inputMode="numeric" value={maxUnits} onChange={(e) => setMaxUnits(e.target.value)} data-testid="usage-list-max-units" size={8} />
          </label>
        </div>
      )}
      <ContractAction
        instance={instance}
        metadata={metadata}
        message="list"
        args={args}
        gate={gate}
        label={raw !== null && raw > 0n && info ? `List for rent at ${formatAmount(raw, decimals, info.token, userLocale())} a block` : 'List for rent'}
        testId="usage-list-tx"
        incomplete={
          price.trim() === ''
            ? 'Enter the price per block.'
            : raw === null
              ? `“${price}” is not an amount in ${info?.token ?? 'the token'} with at most ${decimals} decimals.`
              : raw === 0n
                ? 'A price of nothing: grant the use for free instead.'
                : maxTerm === null || maxTerm === 0
                  ? 'Enter the longest term in blocks.'
                  : 'incomplete' in meter
                    ? meter.incomplete
                    : null
        }
        hint={
          <p className="small">
            Replaces any earlier listing; a running rental keeps its terms, and a renter's call that states the earlier terms is refused. Renters pay the whole term up
            front; the rent is your organisation's block by block. A metered rental also takes a deposit: the device's reports (one a block, at most the units set here) are
            charged from it at the unit price, and what is left is the renter's when the use ends.
          </p>
        }
        onDone={onDone}
      />
    </form>
  );
}

/** The owner grants the use for free to an account until a block. */
function GrantForm({ instance, metadata, partId, tick, onDone }: { instance: Instance; metadata: Record<string, unknown> | null; partId: number; tick: number; onDone: () => void }) {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const [user, setUser] = useState('');
  const [until, setUntil] = useState('');
  const best = info?.best ?? 0;
  const userOk = ss58(api, user.trim());
  const untilN = /^\d+$/.test(until.trim()) ? Number(until.trim()) : null;
  const complete = !!userOk && untilN !== null;
  // the probe: a grant to this account for a block ahead
  const args = complete ? [partId, userOk, untilN] : [partId, selected?.address ?? NOBODY, best + 2];
  const gate = useDebouncedGate(`${selected?.address}-${String(args[1])}-${complete ? String(args[2]) : 'probe'}`, tick, selected ? async () => gateOf(await dryRun(instance, selected.address, 'grant', args)) : null);
  if (gate && !gate.ok && !complete)
    return (
      <p className="muted small" data-testid="usage-grant-refused">
        Grant the use: the contract would refuse it now ({contractErrorWords(metadata, gate.error ?? 'an error')}).
      </p>
    );
  return (
    <form className="usage-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`usage-grant-h-${instance.address}`}>
      <h3 id={`usage-grant-h-${instance.address}`}>Grant the use for free</h3>
      <div className="inline-form">
        <label>
          To account
          <input value={user} onChange={(e) => setUser(e.target.value)} data-testid="usage-grant-user" size={20} placeholder="SS58 address" />
        </label>
        <label>
          Until block
          <input inputMode="numeric" value={until} onChange={(e) => setUntil(e.target.value)} data-testid="usage-grant-until" size={8} placeholder={`after #${best}`} />
        </label>
      </div>
      <ContractAction
        instance={instance}
        metadata={metadata}
        message="grant"
        args={args}
        gate={gate}
        label="Grant the use"
        testId="usage-grant-tx"
        incomplete={user.trim() === '' ? 'Enter the account to grant it to.' : !userOk ? `“${user}” is not an account address.` : untilN === null ? 'Enter the block the use ends at.' : null}
        hint={
          <p className="small">
            Replaces an earlier grant (refused while a rental runs). Your organisation may revoke it at any time; it is no longer authorised once the part is sold.
          </p>
        }
        onDone={onDone}
      />
    </form>
  );
}

/**
 * The renter extends its rental to a later block, at the rental's own price: the contract
 * takes exactly the rent of the blocks added after the current end, whatever block the call
 * lands in, and only while the lessor lists the part at the rental's terms (a relisting at
 * another price or meter stops extensions, `TermsChanged`).
 */
function ExtendForm({
  instance,
  metadata,
  partId,
  usage,
  listing,
  onDone,
}: {
  instance: Instance;
  metadata: Record<string, unknown> | null;
  partId: number;
  usage: Usage;
  listing: Listing | null;
  onDone: () => void;
}) {
  const { info } = useChain();
  const { selected } = useAccounts();
  const w = useWords();
  const locale = userLocale();
  const [until, setUntil] = useState('');
  const best = info?.best ?? 0;
  const landing = best + 1;
  const untilN = /^\d+$/.test(until.trim()) ? Number(until.trim()) : null;
  const at = untilN !== null ? extendValue(usage, listing, untilN, landing) : null;
  const ok = at && !('error' in at) ? at : null;
  const gate = useDebouncedGate(
    `${selected?.address}-extend-${untilN}-${usage.expires}-${String(ok?.value)}`,
    Math.floor(best / 2),
    selected && ok && untilN !== null ? async () => gateOf(await dryRun(instance, selected.address, 'extend', [partId, untilN], ok.value)) : null,
  );
  return (
    <form className="usage-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`usage-extend-h-${instance.address}`}>
      <h3 id={`usage-extend-h-${instance.address}`}>Extend the rental</h3>
      <label>
        Until block
        <input
          inputMode="numeric"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          data-testid="usage-extend-until"
          size={8}
          placeholder={`after #${usage.expires}`}
        />
      </label>
      <ContractAction
        instance={instance}
        metadata={metadata}
        message="extend"
        args={[partId, untilN ?? usage.expires + 1]}
        value={() => ok?.value ?? 0n}
        gate={gate}
        label={ok && untilN !== null ? `Extend to block #${formatNumber(untilN, locale)} and pay ${w.amount(ok.value)}` : 'Extend and pay'}
        testId="usage-extend-tx"
        incomplete={
          untilN === null
            ? `Enter the block the rental should end at instead of #${formatNumber(usage.expires, locale)}.`
            : at && 'error' in at
              ? `The contract would refuse it: ${at.error}.`
              : null
        }
        hint={
          ok && untilN !== null ? (
            <p className="small" data-testid="usage-extend-value" data-value={ok.value.toString()}>
              Sends <strong>{w.amount(ok.value)}</strong>: {formatNumber(ok.blocks, locale)} more blocks at the rental's {w.amount(usage.pricePerBlock)} a block, from #
              {formatNumber(usage.expires, locale)} to #{formatNumber(untilN, locale)}, whatever block the call lands in. Unused rent comes back when the rental ends early or is
              settled.
            </p>
          ) : null
        }
        onDone={onDone}
      />
    </form>
  );
}

/** The renter of a metered rental adds to its deposit (at least the existential deposit): the meter's reports are charged from it. */
function TopUpForm({ instance, metadata, partId, onDone }: { instance: Instance; metadata: Record<string, unknown> | null; partId: number; onDone: () => void }) {
  const { info } = useChain();
  const { selected } = useAccounts();
  const w = useWords();
  const [amount, setAmount] = useState('');
  const decimals = info?.decimals ?? 12;
  const raw = amount.trim() === '' ? null : parseAmount(amount, decimals, userLocale());
  const gate = useDebouncedGate(
    `${selected?.address}-top-up-${String(raw)}`,
    0,
    selected && raw !== null && raw > 0n ? async () => gateOf(await dryRun(instance, selected.address, 'top_up', [partId], raw)) : null,
  );
  return (
    <form className="usage-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`usage-top-up-h-${instance.address}`}>
      <h3 id={`usage-top-up-h-${instance.address}`}>Add to the deposit</h3>
      <label>
        Amount ({info?.token ?? 'units'})
        <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="usage-top-up-amount" size={10} />
      </label>
      <ContractAction
        instance={instance}
        metadata={metadata}
        message="top_up"
        args={[partId]}
        value={() => raw ?? 0n}
        gate={gate}
        label={raw !== null && raw > 0n ? `Add ${w.amount(raw)} to the deposit` : 'Add to the deposit'}
        testId="usage-top-up-tx"
        incomplete={
          amount.trim() === ''
            ? 'Enter the amount to add to the deposit the meter charges.'
            : raw === null
              ? `“${amount}” is not an amount in ${info?.token ?? 'the token'}.`
              : raw <= 0n
                ? 'Enter an amount above nothing.'
                : null
        }
        onDone={onDone}
      />
    </form>
  );
}

/**
 * Rents the listed part until a block. The contract takes exactly the rent from the block
 * the call lands in (an unmetered listing refuses any other value): the value is computed
 * for the block after the best one when the button is pressed, and the page says so.
 *
 * The call states the terms this form showed (price per block and meter, `rentArgs`): the
 * contract refuses it (`TermsChanged`) if the lessor relisted before it lands. If the card
 * re-reads a listing with other terms while the form is open, the form keeps the terms it
 * showed and offers nothing until the renter accepts the new ones.
 */
function RentForm({ instance, metadata, partId, listing: live, onDone }: { instance: Instance; metadata: Record<string, unknown> | null; partId: number; listing: Listing; onDone: () => void }) {
  const { api, info } = useChain();
  const { selected } = useAccounts();
  const w = useWords();
  const locale = userLocale();
  const [until, setUntil] = useState('');
  const [deposit, setDeposit] = useState('');
  // the terms the renter was shown; a relisting at other terms is not taken silently
  const [shown, setShown] = useState(live);
  const changed = !sameTerms(shown, live);
  const listing = changed ? shown : live;
  const best = info?.best ?? 0;
  const landing = best + 1;
  const decimals = info?.decimals ?? 12;
  const untilN = /^\d+$/.test(until.trim()) ? Number(until.trim()) : null;
  const depositRaw = listing.meter ? (deposit.trim() === '' ? 0n : parseAmount(deposit, decimals, userLocale())) : 0n;
  const at = untilN !== null && depositRaw !== null ? rentValue(listing, untilN, landing, depositRaw) : null;
  const args = rentArgs(partId, untilN ?? landing + 1, listing);
  const meterKey = listing.meter ? `${listing.meter.device}-${listing.meter.unitPrice}-${listing.meter.maxUnits}` : 'none';
  // the dry run runs in the node's best block: the value it sends is the rent from there
  const gate = useDebouncedGate(
    `${selected?.address}-${untilN}-${String(depositRaw)}-${listing.pricePerBlock}-${listing.maxTerm}-${meterKey}`,
    Math.floor(best / 2),
    selected && untilN !== null && depositRaw !== null
      ? async () => {
          if (!api) throw new Error('no connection to the node');
          let d: Awaited<ReturnType<typeof dryRun>> | null = null;
          for (let attempt = 0; attempt < 2; attempt++) {
            const head = (await api.rpc.chain.getHeader()).number.toNumber();
            const v = rentValue(listing, untilN, head, depositRaw);
            if ('error' in v) return { ok: false, error: v.error, gasRequired: null, storageDeposit: null };
            d = await dryRun(instance, selected.address, 'rent', rentArgs(partId, untilN, listing), v.value);
            // a block came between the head and the dry run
            if (d.error !== 'WrongValue') break;
          }
          return gateOf(d as Awaited<ReturnType<typeof dryRun>>);
        }
      : null,
  );
  const value = () => {
    // the block the call lands in, if in the next one: computed when the button is pressed
    const v = untilN !== null && depositRaw !== null ? rentValue(listing, untilN, (info?.best ?? 0) + 1, depositRaw) : null;
    return v && !('error' in v) ? v.value : 0n;
  };
  return (
    <form className="usage-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`usage-rent-h-${instance.address}`}>
      <h3 id={`usage-rent-h-${instance.address}`}>Rent it</h3>
      <div className="inline-form">
        <label>
          Until block
          <input
            inputMode="numeric"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
            data-testid="usage-rent-until"
            size={8}
            placeholder={`#${landing + 1}–#${landing + listing.maxTerm}`}
          />
        </label>
        {listing.meter && (
          <label>
            Deposit for metered usage ({info?.token ?? 'units'})
            <input inputMode="decimal" value={deposit} onChange={(e) => setDeposit(e.target.value)} data-testid="usage-rent-deposit" size={10} />
          </label>
        )}
      </div>
      {changed && (
        <p className="note" role="alert" data-testid="usage-rent-terms-changed">
          The lessor relisted since this form showed its terms; it now offers {listingWords(live, w)}.{' '}
          <button type="button" onClick={() => setShown(live)} data-testid="usage-rent-accept-terms">
            Accept the new terms
          </button>
        </p>
      )}
      <ContractAction
        instance={instance}
        metadata={metadata}
        message="rent"
        args={args}
        value={value}
        gate={gate}
        label="Rent and pay"
        testId="usage-rent-tx"
        incomplete={
          changed
            ? 'The lessor changed the terms this form showed: accept the new ones above to rent at them.'
            : untilN === null
              ? `Enter the block the rental ends at (at most #${formatNumber(landing + listing.maxTerm, locale)}).`
              : depositRaw === null
                ? `“${deposit}” is not an amount in ${info?.token ?? 'the token'}.`
                : at && 'error' in at
                  ? `The contract would refuse it: ${at.error}.`
                  : null
        }
        hint={
          at && !('error' in at) ? (
            <p className="small" data-testid="usage-rent-value" data-value={at.value.toString()} data-landing={landing}>
              Sends <strong>{w.amount(at.value)}</strong>: the rent of {formatNumber(at.blocks, locale)} blocks at {w.amount(listing.pricePerBlock)}, from block #
              {formatNumber(landing, locale)} (the next block, where the call should land) to #{formatNumber(untilN ?? 0, locale)}
              {listing.meter ? <>, and {w.amount(depositRaw ?? 0n)} of deposit for the metered usage</> : null}. The contract takes exactly the rent from the block the call
              lands in{listing.meter ? ' (what is sent beyond it is the deposit)' : ' and refuses any other value'}: the amount is computed again when you press the button, and
              if the call lands in a later block {listing.meter ? 'less of it is rent and more is deposit' : 'the contract refuses it (only the fee is paid) and you can send it again'}.
              Paid by {selected?.label ?? 'the signing account'}
              {/* the organisation pays and gets the refunds */}; the unused rent and the deposit come back to its organisation (or the account, if it acts for none) when the
              rental ends early or is settled.{' '}
              <span data-testid="usage-rent-terms">
                The call carries the terms shown — {w.amount(listing.pricePerBlock)} a block,{' '}
                {listing.meter
                  ? `metered by device ${w.account(listing.meter.device)} at ${w.amount(listing.meter.unitPrice)} a unit (at most ${listing.meter.maxUnits} a report)`
                  : 'no meter'}{' '}
                — and the contract refuses it (only the fee is paid) if the lessor changed them before it lands.
              </span>
            </p>
          ) : null
        }
        explain={async (p) => {
          const blockHash = p.phase === 'failed' ? p.block : undefined;
          if (!api || !blockHash || untilN === null || depositRaw === null || !selected) return null;
          // relisted at other terms in front of the call: the contract refused the terms it stated
          const relisted = parseListing((await dryRun(instance, NOBODY, 'listing', [partId])).value);
          if (relisted && !sameTerms(listing, relisted))
            return `the lessor relisted before it landed (TermsChanged): it now offers ${listingWords(relisted, w)}; the call stated the terms shown`;
          if (listing.meter) return null;
          // what the call sent, from the block it landed in
          const [header, block] = await Promise.all([api.rpc.chain.getHeader(blockHash), api.rpc.chain.getBlock(blockHash)]);
          const landed = header.number.toNumber();
          const me = ss58(api, selected.address);
          const xt = block.block.extrinsics.find((x) => x.isSigned && ss58(api, x.signer.toString()) === me && x.method.section === 'contracts' && x.method.method === 'call');
          const due = rentValue(listing, untilN, landed, depositRaw);
          if (!xt || 'error' in due) return null;
          const sent = big(xt.method.args[1].toString());
          if (sent === due.value) return null;
          return `it landed in block #${landed}, where the rent to #${untilN} is ${w.amount(due.value)}, not the ${w.amount(sent)} it sent (computed for an earlier block): WrongValue, the value sent is not what the term costs. Press the button again`;
        }}
        onDone={onDone}
      />
    </form>
  );
}

/** The contract's events about parts, from the indexer (at most `pages` pages of 100). */
async function contractEventsOf(address: string, pages = 10) {
  const hex = u8aToHex(decodeAddress(address));
  const out: { event: string | null; topics: unknown; fields: unknown }[] = [];
  let after: string | null = null;
  for (let page = 0; page < pages; page++) {
    const d: { contractEvents: { edges: { node: { event: string | null; topics: unknown; fields: unknown } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(
      'query($c: String, $after: String) { contractEvents(contract: $c, first: 100, after: $after) { edges { node { event topics fields } } pageInfo { hasNextPage endCursor } } }',
      { c: hex, after },
    );
    out.push(...d.contractEvents.edges.map((e) => e.node));
    if (!d.contractEvents.pageInfo.hasNextPage) return { events: out, complete: true };
    after = d.contractEvents.pageInfo.endCursor;
  }
  return { events: out, complete: false };
}

/** The most recent parts read per usage_token contract on the Deals page. */
const RECENT = 50;

/**
 * On the Deals page: the uses and listings of a usage_token contract that the signing
 * account's organisation granted, pays for or lists (or the account uses), or all of them;
 * the parts are those its events name (the indexer's), their state the contract's now.
 */
export function UsageDeals({ instance, metadata }: { instance: Instance; metadata: Record<string, unknown> | undefined }) {
  const { api, info } = useChain();
  const { selected, membership } = useAccounts();
  const w = useWords();
  const locale = userLocale();
  const [all, setAll] = useState(false);
  const [rows, setRows] = useState<({ asset: number; owner: number | null } & PartUsage)[] | null>(null);
  const [credit, setCredit] = useState<{ org: bigint | null; account: bigint | null; gates: Map<string, Gate> } | null>(null);
  const [partial, setPartial] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  const mine = membership?.participant ?? null;
  const me = ss58(api, selected?.address);
  const epoch = info?.finalized === null || info?.finalized === undefined ? null : Math.floor(info.finalized / 3);

  useEffect(() => {
    if (!api) return;
    let cancelled = false;
    const caller = selected?.address ?? NOBODY;
    void (async () => {
      try {
        // (polkadot.js names an ink! 5 event by its path, `usage_token::usage_token::Listed`)
        const signatures = new Map(instance.contract.abi.events.filter((e) => e.signatureTopic).map((e) => [String(e.signatureTopic).toLowerCase(), e.identifier.split('::').pop() ?? e.identifier]));
        const { events, complete } = await contractEventsOf(instance.address);
        const assets = assetsOfEvents(events, signatures).slice(0, RECENT);
        const read = await Promise.all(assets.map(async (asset) => ({ asset, ...(await readPart(instance, caller, asset)) })));
        const concerned = (r: (typeof read)[number]) => all || (mine === null && me === null) || involvement(r, mine, me).length > 0;
        const shown = read.filter(concerned);
        const withGates = await Promise.all(
          shown.map(async (r) => ({ ...r, gates: selected && (r.usage || r.listing) ? await gateActions(instance, selected.address, r.asset) : new Map<string, Gate>() })),
        );
        let owed: { org: bigint | null; account: bigint | null; gates: Map<string, Gate> } | null = null;
        if (selected) {
          const payees = [...(mine !== null ? [['org', { Organisation: mine }] as const] : []), ['account', { Account: selected.address }] as const];
          const gates = new Map<string, Gate>();
          owed = { org: null, account: null, gates };
          for (const [key, payee] of payees) {
            const c = await dryRun(instance, caller, 'credit_of', [payee]);
            const amount = big(c.value);
            owed[key] = amount;
            if (amount > 0n) gates.set(key, gateOf(await dryRun(instance, selected.address, 'withdraw', [payee])));
          }
        }
        if (!cancelled) {
          setRows(withGates);
          setCredit(owed);
          setPartial(!complete || assets.length === RECENT);
          setError(null);
        }
      } catch (e) {
        if (!cancelled) setError(readError(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, instance, selected, mine, me, all, epoch, tick]);

  const best = info?.best ?? 0;
  return (
    <section className="deals" data-contract={instance.address} data-testid="usage-deals">
      <h2>
        Usage rights <span className="muted">· contract</span> <Address value={instance.address} />
      </h2>
      <AccountOfRecord instance={instance} testId="usage-account-of-record" />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {(mine !== null || me !== null) && (
        <label>
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> every use and listing, not only those of{' '}
          {mine !== null ? <ParticipantLink id={mine} /> : 'this account'}
        </label>
      )}
      {credit && selected && (
        <div className="usage-credit">
          {(['org', 'account'] as const)
            .filter((k) => credit[k] !== null)
            .map((k) => {
              const payee = k === 'org' ? { Organisation: mine } : { Account: selected.address };
              return (
                <div key={k} data-testid={`usage-credit-${k}`}>
                  <p>
                    {k === 'org' ? <ParticipantLink id={mine} /> : selected.label} is owed <strong>{w.amount(credit[k] ?? 0n)}</strong> in this contract (rent collected,
                    uses ended: credits are withdrawn, not paid out).
                  </p>
                  {(credit[k] ?? 0n) > 0n && (
                    <ContractAction
                      instance={instance}
                      metadata={metadata ?? null}
                      message="withdraw"
                      args={[payee]}
                      gate={credit.gates.get(k)}
                      label="Withdraw it"
                      testId={`usage-withdraw-${k}-tx`}
                      hint={<p className="small">Pays {w.amount(credit[k] ?? 0n)} to {selected.label}.</p>}
                      onDone={refresh}
                    />
                  )}
                </div>
              );
            })}
        </div>
      )}
      {!rows && !error && <p aria-busy="true">Reading its uses and listings…</p>}
      {rows && rows.length === 0 && <p>No use or listing{!all && (mine !== null || me !== null) ? ' your organisation holds or granted' : ''} among the parts its events name.</p>}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Use</th>
              <th scope="col">Awaits</th>
              <th scope="col">Listing</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const s = r.usage ? usageState(r.usage, best, w, r.owner) : null;
              const how = involvement(r, mine, me);
              return (
                <tr key={r.asset} data-testid={`usage-part-${r.asset}`} data-kind={s?.kind ?? 'none'}>
                  <td>
                    <PartLink id={r.asset} />
                    {how.length > 0 && <div className="muted small">{how.map((h) => ({ lessor: 'granted or let by yours', payer: 'rented by yours', user: 'used by this account', listed: 'listed by yours' })[h]).join('; ')}</div>}
                  </td>
                  <td>{s ? s.words : <span className="muted">nobody uses it</span>}</td>
                  <td>
                    <ul className="plain">
                      {(s?.awaits ?? []).map((a) => (
                        <li key={a.words}>
                          {a.words}
                          {a.by !== null && <> by block #{formatNumber(a.by, locale)}</>}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{r.listing ? listingWords(r.listing, w) : <span className="muted">not listed</span>}</td>
                  <td>
                    {USAGE_ACTIONS.filter((a) => r.gates.get(a.message)?.ok).map((a) => (
                      <ContractAction
                        key={a.message}
                        instance={instance}
                        metadata={metadata ?? null}
                        message={a.message}
                        args={[r.asset]}
                        gate={r.gates.get(a.message)}
                        label={a.message === 'revoke' && r.usage && mine !== r.usage.lessorOrg ? 'Give notice' : a.label}
                        testId={`usage-part-${r.asset}-${a.message}-tx`}
                        hint={a.message === 'revoke' && r.usage ? <p className="small">{revokeWords(r.usage, mine, mine, best + 1, w) ?? ''}</p> : undefined}
                        onDone={refresh}
                      />
                    ))}
                    {selected && ![...r.gates.values()].some((g) => g.ok) && <span className="muted">nothing this account may do now</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {partial && <p className="muted">Only the {RECENT} parts its most recent events name are read.</p>}
      <p className="muted">Renting, listing and granting are on each part's passport.</p>
    </section>
  );
}
