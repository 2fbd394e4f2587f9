// Usage rights as the usage_token contract answers them (`listing`, `usage`, its events),
// what a listing offers and what a use awaits from whom by which block, in words, and the
// value a rental must send. Pure functions (usage.test.ts). The contract's rules quoted
// here are contracts/usage_token/lib.rs's.
import { big } from './deals';

/** contracts/usage_token/lib.rs `REPORT_GRACE`: blocks a metered rental's device may still report after the term (an hour). */
export const REPORT_GRACE = 600;
/** `NOTICE_PERIOD`: how long a paid rental still runs after a new owner's notice (a day). */
export const NOTICE_PERIOD = 14_400;
/** `MAX_TERM`: the longest term a listing may offer (a year of blocks). */
export const MAX_TERM = 365 * 14_400;

const int = (v: unknown): number | null => (v === null || v === undefined ? null : Number(big(v)));

export interface Meter {
  device: string;
  unitPrice: bigint;
  /** A u64: a bigint, so that `rent` states it exactly. */
  maxUnits: bigint;
}

/** An owner's offer to let a part (`listing(asset)`). */
export interface Listing {
  lessor: string;
  lessorOrg: number;
  fromRecord: number;
  pricePerBlock: bigint;
  maxTerm: number;
  meter: Meter | null;
}

/** Whom the contract owes unused rent and deposits: an organisation, or an account of none. */
export type Payee = { kind: 'organisation'; org: number } | { kind: 'account'; account: string };

/** The current use of a part, by grant or rental, running or ended but not settled (`usage(asset)`). */
export interface Usage {
  user: string;
  payer: Payee;
  expires: number;
  lessor: string;
  lessorOrg: number;
  fromRecord: number;
  /** 0 for a free grant. */
  pricePerBlock: bigint;
  accruedFrom: number;
  rentHeld: bigint;
  meter: Meter | null;
  deposit: bigint;
  metered: bigint;
  reportedAt: number | null;
  notice: number | null;
}

/** A key of polkadot.js JSON in any case (`lessorOrg`, `lessor_org`). */
function field(o: Record<string, unknown>, camel: string): unknown {
  if (camel in o) return o[camel];
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return o[snake];
}

function parseMeter(v: unknown): Meter | null {
  if (!v || typeof v !== 'object') return null;
  const m = v as Record<string, unknown>;
  return { device: String(m.device), unitPrice: big(field(m, 'unitPrice')), maxUnits: big(field(m, 'maxUnits')) };
}

/** A payee as polkadot.js gives the enum: `{ organisation: 6 }` or `{ account: '5…' }` (any case). */
export function parsePayee(v: unknown): Payee {
  const [key, inner] = Object.entries((v ?? {}) as Record<string, unknown>)[0] ?? ['account', ''];
  return key.toLowerCase() === 'organisation' ? { kind: 'organisation', org: int(inner) ?? -1 } : { kind: 'account', account: String(inner) };
}

/** A listing from the JSON of `listing(asset)`, or null for none. */
export function parseListing(json: unknown): Listing | null {
  if (!json || typeof json !== 'object') return null;
  const l = json as Record<string, unknown>;
  return {
    lessor: String(l.lessor),
    lessorOrg: int(field(l, 'lessorOrg')) ?? -1,
    fromRecord: int(field(l, 'fromRecord')) ?? 0,
    pricePerBlock: big(field(l, 'pricePerBlock')),
    maxTerm: int(field(l, 'maxTerm')) ?? 0,
    meter: parseMeter(l.meter),
  };
}

/** A use from the JSON of `usage(asset)`, or null for none. */
export function parseUsage(json: unknown): Usage | null {
  if (!json || typeof json !== 'object') return null;
  const u = json as Record<string, unknown>;
  return {
    user: String(u.user),
    payer: parsePayee(u.payer),
    expires: int(u.expires) ?? 0,
    lessor: String(u.lessor),
    lessorOrg: int(field(u, 'lessorOrg')) ?? -1,
    fromRecord: int(field(u, 'fromRecord')) ?? 0,
    pricePerBlock: big(field(u, 'pricePerBlock')),
    accruedFrom: int(field(u, 'accruedFrom')) ?? 0,
    rentHeld: big(field(u, 'rentHeld')),
    meter: parseMeter(u.meter),
    deposit: big(u.deposit),
    metered: big(u.metered),
    reportedAt: int(field(u, 'reportedAt')),
    notice: int(u.notice),
  };
}

/** Formats an amount in the chain's token; names an organisation; shortens an account. */
export interface Words {
  amount: (v: bigint) => string;
  name: (org: number) => string;
  account: (a: string) => string;
}

/** Who pays for a rental and gets its refunds, in words. */
export function payeeWords(p: Payee, w: Words): string {
  return p.kind === 'organisation' ? w.name(p.org) : `account ${w.account(p.account)}`;
}

/** What a listing offers, in words; `owner` (the part's owner now) says whether it is stale. */
export function listingWords(l: Listing, w: Words, owner: number | null = null): string {
  const meter = l.meter
    ? `; metered: device ${w.account(l.meter.device)} reports usage at ${w.amount(l.meter.unitPrice)} a unit (at most ${l.meter.maxUnits} a report), charged from a deposit the renter pays in beside the rent`
    : '';
  const offer = `${w.name(l.lessorOrg)} lets it at ${w.amount(l.pricePerBlock)} a block, for terms ending at most ${l.maxTerm} blocks after the block it is rented in, the whole term paid up front${meter}`;
  if (owner !== null && owner !== l.lessorOrg)
    return `${offer}. Stale: ${w.name(l.lessorOrg)} no longer owns the part, so nobody can rent it; an account of ${w.name(l.lessorOrg)} or of ${w.name(owner)} may withdraw it`;
  return offer;
}

/** The rent earned by the lessor up to `at` (at most the end of the term), of what is held. */
export function earned(u: Usage, at: number): bigint {
  const until = Math.min(at, u.expires);
  const blocks = BigInt(Math.max(until - u.accruedFrom, 0));
  const rent = u.pricePerBlock * blocks;
  return rent > u.rentHeld ? u.rentHeld : rent;
}

/** What ending the use at block `at` credits: the lessor the rent earned and metered charges, the payer the rest and the deposit. */
export function endAt(u: Usage, at: number): { toLessor: bigint; toUser: bigint } {
  const rent = earned(u, at);
  return { toLessor: rent + u.metered, toUser: u.rentHeld - rent + u.deposit };
}

/** Whether anyone may settle the use at block `at`: its term and, if metered, the reporting grace are over. */
export function settleable(u: Usage, at: number): boolean {
  return at >= u.expires + (u.meter ? REPORT_GRACE : 0);
}

export interface UsageState {
  kind: 'grant' | 'rental';
  /** What the use is, in words. */
  words: string;
  /** What it awaits from whom, and by which block (null: no deadline). */
  awaits: { words: string; by: number | null }[];
}

/**
 * A use in words at block `best` (the best block: an action lands in a later one), and
 * what it awaits. `owner` is the part's owner now (null: unknown).
 */
export function usageState(u: Usage, best: number, w: Words, owner: number | null = null): UsageState {
  const lessor = w.name(u.lessorOrg);
  const sold = owner !== null && owner !== u.lessorOrg;
  if (u.pricePerBlock === 0n) {
    const words = `granted for free by ${lessor} to account ${w.account(u.user)} until block #${u.expires}`;
    if (best >= u.expires) return { kind: 'grant', words, awaits: [{ words: `ended at block #${u.expires}: anyone may settle it (nothing is owed)`, by: null }] };
    if (sold)
      return {
        kind: 'grant',
        words,
        awaits: [{ words: `void: ${lessor} no longer owns the part, so the use is not authorised; ${w.name(owner)} (the owner now) or ${lessor} may revoke it`, by: null }],
      };
    return { kind: 'grant', words, awaits: [{ words: `${lessor} may revoke it (or grant it anew) at will; it ends at block #${u.expires}`, by: u.expires }] };
  }
  const payer = payeeWords(u.payer, w);
  const meter = u.meter ? `, metered (deposit left ${w.amount(u.deposit)}, charges not yet collected ${w.amount(u.metered)})` : '';
  const words = `rented by ${payer} (user account ${w.account(u.user)}) from ${lessor} at ${w.amount(u.pricePerBlock)} a block until block #${u.expires}${meter}${
    u.notice !== null ? `; the owner gave notice at block #${u.notice}` : ''
  }`;
  const { toLessor, toUser } = endAt(u, best);
  if (settleable(u, best))
    return {
      kind: 'rental',
      words,
      awaits: [{ words: `the term ended at block #${u.expires}: anyone may settle it, crediting ${lessor} ${w.amount(toLessor)} and ${payer} ${w.amount(toUser)}`, by: null }],
    };
  if (best >= u.expires)
    return {
      kind: 'rental',
      words,
      awaits: [
        {
          words: `the term ended at block #${u.expires}; the meter's device may still report the term's usage until block #${u.expires + REPORT_GRACE}, then anyone may settle it`,
          by: u.expires + REPORT_GRACE,
        },
      ],
    };
  const awaits: { words: string; by: number | null }[] = [
    {
      words: `${lessor} may collect the rent earned so far (${w.amount(earned(u, best))} at block #${best}), or revoke the rental, refunding ${payer} the unused rent and the deposit; it ends at block #${u.expires}`,
      by: u.expires,
    },
  ];
  if (sold && u.notice === null)
    awaits.push({
      words: `the part was sold: ${w.name(owner)} (the owner now) may give notice, ending the term ${NOTICE_PERIOD} blocks later (or at its end if sooner) and refunding ${payer} the rent of the blocks cut`,
      by: null,
    });
  if (u.meter) awaits.push({ words: `the meter's device reports usage, charged from the deposit (${w.amount(u.deposit)} left); ${payer} may top it up`, by: u.expires });
  return { kind: 'rental', words, awaits };
}

/** What revoking does when signed by an account of `acting` and lands in block `at`, in words (null: the contract refuses it). */
export function revokeWords(u: Usage, acting: number | null, owner: number | null, at: number, w: Words): string | null {
  const { toLessor, toUser } = endAt(u, at);
  if (acting !== null && acting === u.lessorOrg)
    return u.pricePerBlock === 0n
      ? `Ends the free grant now.`
      : `Ends the rental now: ${w.name(u.lessorOrg)} is credited the rent earned (${w.amount(toLessor)}), ${payeeWords(u.payer, w)} the unused rent and the deposit (${w.amount(toUser)}), if it lands in block #${at}.`;
  if (acting === null || acting !== owner) return null;
  if (u.pricePerBlock === 0n) return `Ends the old owner's free grant now.`;
  const ends = Math.min(u.expires, at + NOTICE_PERIOD);
  const refunded = u.pricePerBlock * BigInt(Math.max(u.expires - ends, 0));
  return `Gives notice: the rental ends at block #${ends} instead of #${u.expires}, and ${payeeWords(u.payer, w)} is credited the rent of the blocks cut (${w.amount(refunded)}), if it lands in block #${at}.`;
}

/**
 * The value a rental until `expires` sends when it lands in block `landing`: the contract
 * takes exactly the rent from that block to `expires` (`price × (expires − landing)`), and
 * on a metered listing whatever is sent beyond it as the deposit; an unmetered listing
 * refuses any other value (`WrongValue`). Or why the contract would refuse the term.
 */
export function rentValue(l: Listing, expires: number, landing: number, deposit = 0n): { rent: bigint; value: bigint; blocks: number } | { error: string } {
  const blocks = expires - landing;
  if (!Number.isInteger(expires) || blocks <= 0) return { error: `block #${expires} is not after block #${landing}, where the rental would land` };
  if (blocks > l.maxTerm) return { error: `the term would run ${blocks} blocks, longer than the listing's ${l.maxTerm}: end it by block #${landing + l.maxTerm}` };
  if (deposit < 0n) return { error: 'a negative deposit' };
  const rent = l.pricePerBlock * BigInt(blocks);
  return { rent, value: rent + (l.meter ? deposit : 0n), blocks };
}

/**
 * What `extend(asset, expires)` must send: the rental's own price per block for the blocks
 * added after its current end (the contract takes exactly that, whatever block the call
 * lands in), and why it would refuse, as far as the page can tell: a block not after the
 * current end, a term longer than the listing's from the block the call lands in, a listing
 * gone or at other terms (the renter keeps its price; a relisting at another price or
 * meter stops extensions: `TermsChanged`), a free grant.
 */
export function extendValue(u: Usage, l: Listing | null, expires: number, landing: number): { value: bigint; blocks: number } | { error: string } {
  if (u.pricePerBlock === 0n) return { error: 'a grant, not a rental: it has no rent to extend' };
  if (!l) return { error: 'the part is no longer listed for rent: a rental is extended only while the lessor lists it' };
  if (!sameTerms(l, { ...l, pricePerBlock: u.pricePerBlock, meter: u.meter }))
    return { error: "the lessor relisted at other terms than this rental's: it can no longer be extended (TermsChanged)" };
  if (!Number.isInteger(expires) || expires <= u.expires) return { error: `block #${expires} is not after the rental's end, block #${u.expires}` };
  if (expires - landing > l.maxTerm) return { error: `the term would run ${expires - landing} blocks from block #${landing}, longer than the listing's ${l.maxTerm}: end it by block #${landing + l.maxTerm}` };
  const blocks = expires - u.expires;
  return { value: u.pricePerBlock * BigInt(blocks), blocks };
}

/** Whether two listings offer the same terms as `rent` states them: the price per block and the meter (device, unit price, most units a report). */
export function sameTerms(a: Listing, b: Listing): boolean {
  const m = a.meter;
  const n = b.meter;
  const sameMeter = m === null || n === null ? m === n : m.device === n.device && m.unitPrice === n.unitPrice && m.maxUnits === n.maxUnits;
  return a.pricePerBlock === b.pricePerBlock && sameMeter;
}

/**
 * `rent`'s arguments: the part, the block the rental ends at, and the terms of the listing
 * shown — its price per block and meter, which the renter accepts. The contract compares
 * them with the listing when the call lands and refuses the call (`TermsChanged`: only the
 * fee is paid) if the lessor relisted in between, so a relisting in front of the call (a
 * meter of the lessor's own device added, turning the value sent into a deposit it drains)
 * rents nothing. The meter is `Option<Meter>` as @polkadot/api-contract encodes it from
 * the metadata: null for none, else the struct by its fields' camelCase names.
 */
export function rentArgs(asset: number, expires: number, l: Listing): [number, number, bigint, Meter | null] {
  const meter = l.meter ? { device: l.meter.device, unitPrice: l.meter.unitPrice, maxUnits: l.meter.maxUnits } : null;
  return [asset, expires, l.pricePerBlock, meter];
}

/** The part a usage_token event is about: its decoded `asset`, else its first topic after the signature (a u64, little-endian, padded). */
export function eventAsset(e: { topics: unknown; fields: unknown }): number | null {
  const fields = e.fields as Record<string, unknown> | null;
  if (fields && fields.asset !== undefined && fields.asset !== null) return int(fields.asset);
  const topics = Array.isArray(e.topics) ? e.topics : [];
  const t = topics[1];
  if (typeof t !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(t)) return null;
  // the topic of a value of at most 32 bytes is its SCALE encoding padded with zeros
  if (!/^0{48}$/.test(t.slice(18))) return null;
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(parseInt(t.slice(2 + 2 * i, 4 + 2 * i), 16));
  return Number(v);
}

/** The contract's events about a part's usage: a listing or a use that may still stand. */
export const ASSET_EVENTS = ['Listed', 'UserUpdated'];

/**
 * The parts the events name (newest first, each once): `events` with the event's name (the
 * indexer's, or null when undecoded), its signature topic and fields; `signatures` maps the
 * signature topics of `ASSET_EVENTS` to their names (from the contract's metadata).
 */
export function assetsOfEvents(
  events: { event: string | null; topics: unknown; fields: unknown }[],
  signatures: Map<string, string>,
): number[] {
  const out: number[] = [];
  for (const e of [...events].reverse()) {
    const topics = Array.isArray(e.topics) ? e.topics : [];
    const name = e.event ?? (typeof topics[0] === 'string' ? signatures.get(topics[0].toLowerCase()) : undefined) ?? null;
    if (!name || !ASSET_EVENTS.includes(name)) continue;
    const asset = eventAsset(e);
    if (asset !== null && !out.includes(asset)) out.push(asset);
  }
  return out;
}

/** A use or listing concerns organisation `org` (or, with no organisation, `account`): how. */
export function involvement(
  r: { usage: Usage | null; listing: Listing | null },
  org: number | null,
  account: string | null,
): ('lessor' | 'payer' | 'user' | 'listed')[] {
  const out: ('lessor' | 'payer' | 'user' | 'listed')[] = [];
  if (r.usage && org !== null && r.usage.lessorOrg === org) out.push('lessor');
  if (r.usage && org !== null && r.usage.payer.kind === 'organisation' && r.usage.payer.org === org) out.push('payer');
  if (r.usage && account !== null && r.usage.user === account) out.push('user');
  if (r.listing && org !== null && r.listing.lessorOrg === org) out.push('listed');
  return out;
}

/** The messages on a part's use or listing the console offers, when a dry run as the account succeeds. */
export const USAGE_ACTIONS: { message: 'unlist' | 'collect' | 'revoke' | 'settle'; label: string }[] = [
  { message: 'collect', label: 'Collect the rent earned' },
  { message: 'revoke', label: 'Revoke' },
  { message: 'settle', label: 'Settle the ended use' },
  { message: 'unlist', label: 'Withdraw the listing' },
];

/** A lien on a part (`pledge_of(asset)`): the owner pledged it as collateral to a lender of another organisation. */
export interface Pledge {
  /** The organisation that owned the part when it pledged it. */
  owner: number;
  lender: string;
  lenderOrg: number;
  since: number;
  fromRecord: number;
}

/** A pledge from the JSON of `pledge_of(asset)` (which answers none for a pledge a sale voided), or null. */
export function parsePledge(json: unknown): Pledge | null {
  if (!json || typeof json !== 'object') return null;
  const p = json as Record<string, unknown>;
  return {
    owner: int(p.owner) ?? -1,
    lender: String(p.lender),
    lenderOrg: int(field(p, 'lenderOrg')) ?? -1,
    since: int(p.since) ?? 0,
    fromRecord: int(field(p, 'fromRecord')) ?? 0,
  };
}

/** A standing pledge in words: who holds the lien, since when, and who may lift it. */
export function pledgeWords(p: Pledge, w: Words): string {
  return (
    `pledged by ${w.name(p.owner)} as collateral to ${w.name(p.lenderOrg)} (lender account ${w.account(p.lender)}) since block #${p.since}: ` +
    `only an account of ${w.name(p.lenderOrg)} may release it, and a sale of the part voids it for good`
  );
}

/** `MAX_GRANT_VALIDITY`: the longest a grant signed for offline devices may be valid (a week of blocks). */
export const MAX_GRANT_VALIDITY = 7 * 14_400;

/**
 * The meter of a listing the owner is writing, from the form's text: `null` for an
 * unmetered listing, the meter, or why it is not one yet. `device` is the device's
 * address as `ss58` parsed it (null: not an address); amounts are already in the
 * chain's smallest unit (null: not an amount).
 */
export function meterInput(
  metered: boolean,
  device: string | null,
  deviceText: string,
  unitPrice: bigint | null,
  maxUnitsText: string,
): { meter: Meter | null } | { incomplete: string } {
  if (!metered) return { meter: null };
  if (deviceText.trim() === '') return { incomplete: "Enter the meter's device: an account registered as a device of your organisation." };
  if (!device) return { incomplete: `“${deviceText.trim()}” is not an account address.` };
  if (unitPrice === null) return { incomplete: 'Enter the price of one unit of usage.' };
  if (unitPrice === 0n) return { incomplete: 'A unit price of nothing: list it unmetered instead.' };
  const units = maxUnitsText.trim();
  if (!/^\d+$/.test(units) || BigInt(units) === 0n) return { incomplete: 'Enter how many units one report may charge at most (a whole number above 0).' };
  if (BigInt(units) > 0xffff_ffff_ffff_ffffn) return { incomplete: 'At most 18 446 744 073 709 551 615 units a report.' };
  return { meter: { device, unitPrice, maxUnits: BigInt(units) } };
}
