// Tenders as the tender contract answers them (`tender`, `terms`, `bid`), where each stands
// at a block, what it awaits from whom by which block in words, and the sealed bid: its
// commitment exactly as the contract hashes it, a fresh salt, and where the browser keeps
// the price and salt until the reveal. Pure functions but for the salt (tender.test.ts).
import { u8aConcat, u8aToHex, hexToU8a, isHex, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress, encodeAddress, randomAsU8a } from '@polkadot/util-crypto';
import { big } from './deals';

const int = (v: unknown): number | null => (v === null || v === undefined ? null : Number(big(v)));

/** What a tender's award delivers through escrow: a part or a lot. */
export type TenderGoods = { kind: 'part' | 'lot'; id: number };

export type TenderStatus =
  | { kind: 'Bidding' }
  | { kind: 'Cancelled' }
  | { kind: 'Closed' }
  | { kind: 'Awarded'; winner: number; order: number }
  | { kind: 'Settled' };

export interface TenderBid {
  index: number;
  /** The committing account: part of the commitment. */
  bidder: string;
  org: number;
  commitment: string;
  certifications: number[];
  /** The price and goods, once revealed (sealed until then). */
  quote: { price: bigint; goods: TenderGoods; seller: string } | null;
}

/** A tender: its terms (`terms(id)`), where it stands (`tender(id)`) and its bids. */
export interface TenderDeal {
  id: number;
  buyer: string;
  buyerOrg: number;
  /** What the tender still holds: the budget and bonds not yet credited or paid out. */
  held: bigint;
  status: TenderStatus;
  wanted: { kind: 'part'; partType: number } | { kind: 'lot' };
  specHash: string;
  quantity: number;
  paidOn: 'Custody' | 'Ownership';
  deliveryBy: number;
  standards: number[];
  budget: bigint;
  bond: bigint;
  commitBy: number;
  revealBy: number;
  /** How many bids were committed (`bids` holds those read). */
  bidCount: number;
  bids: TenderBid[];
  /** The block the chain was first noted unable to answer the award's reads, if so. */
  unansweredSince: number | null;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An enum as polkadot.js's toJSON gives it: a variant's name, or `{ variant: data }`. */
function variant(v: unknown): [string, unknown] {
  if (typeof v === 'string') return [capital(v), null];
  if (v && typeof v === 'object') {
    const [k, d] = Object.entries(v)[0] ?? ['', null];
    return [capital(k), d];
  }
  return ['', null];
}

function parseGoods(v: unknown): TenderGoods {
  const [kind, id] = variant(v);
  return { kind: kind === 'Lot' ? 'lot' : 'part', id: int(id) ?? 0 };
}

function parseStatus(v: unknown): TenderStatus {
  const [kind, data] = variant(v);
  switch (kind) {
    case 'Awarded': {
      const d = (data ?? {}) as Record<string, unknown>;
      return { kind, winner: int(d.winner) ?? 0, order: int(d.order) ?? 0 };
    }
    case 'Cancelled':
    case 'Closed':
    case 'Settled':
      return { kind };
    default:
      return { kind: 'Bidding' };
  }
}

/** A bid from the JSON of `bid(tender, index)`. */
export function parseBid(index: number, b: Record<string, unknown>): TenderBid {
  const q = b.quote as Record<string, unknown> | null | undefined;
  return {
    index,
    bidder: String(b.bidder),
    org: int(b.org) ?? -1,
    commitment: String(b.commitment),
    certifications: Array.isArray(b.certifications) ? b.certifications.map((c) => int(c) ?? 0) : [],
    quote: q ? { price: big(q.price), goods: parseGoods(q.goods), seller: String(q.seller) } : null,
  };
}

/**
 * A tender from the JSON of `tender(id)` (a `TenderInfo`), `terms(id)` (its `Terms`), its
 * bids (`bid(id, i)` for each i below its count, in commit order) and `unanswered_since(id)`.
 */
export function parseTender(
  id: number,
  info: Record<string, unknown>,
  terms: Record<string, unknown>,
  bids: Record<string, unknown>[] = [],
  unansweredSince: unknown = null,
): TenderDeal {
  const [wantedKind, partType] = variant(terms.wanted);
  return {
    id,
    buyer: String(info.buyer),
    buyerOrg: int(info.buyerOrg) ?? -1,
    held: big(info.held),
    status: parseStatus(info.status),
    wanted: wantedKind === 'Lot' ? { kind: 'lot' } : { kind: 'part', partType: int(partType) ?? 0 },
    specHash: String(terms.specHash),
    quantity: int(terms.quantity) ?? 0,
    paidOn: capital(String(terms.paidOn)) === 'Ownership' ? 'Ownership' : 'Custody',
    deliveryBy: int(terms.deliveryBy) ?? 0,
    standards: Array.isArray(terms.standards) ? terms.standards.map((s) => int(s) ?? 0) : [],
    budget: big(terms.budget),
    bond: big(terms.bond),
    commitBy: int(terms.commitBy) ?? 0,
    revealBy: int(terms.revealBy) ?? 0,
    bidCount: int(info.bids) ?? 0,
    bids: bids.map((b, i) => parseBid(i, b)),
    unansweredSince: int(unansweredSince),
  };
}

export type TenderPhase = 'committing' | 'revealing' | 'awarding' | 'lapsed' | 'awarded' | 'settled' | 'cancelled' | 'closed';

/**
 * Where a tender stands at block `now` (the block a dry run reads): taking commitments
 * (before `commit_by`), reveals (before `reveal_by`), waiting for anyone's award, past
 * `delivery_by` with no award (the award only closes it then), awarded (the winner's bond
 * held until its escrow order ends), settled, cancelled or closed.
 */
export function tenderPhase(t: TenderDeal, now: number): TenderPhase {
  switch (t.status.kind) {
    case 'Awarded':
      return 'awarded';
    case 'Settled':
      return 'settled';
    case 'Cancelled':
      return 'cancelled';
    case 'Closed':
      return 'closed';
    default:
      if (now < t.commitBy) return 'committing';
      if (now < t.revealBy) return 'revealing';
      return now < t.deliveryBy ? 'awarding' : 'lapsed';
  }
}

export const PHASE_WORDS: Record<TenderPhase, string> = {
  committing: 'open for sealed bids',
  revealing: 'revealing',
  awarding: 'awaiting the award',
  lapsed: 'too late for an order',
  awarded: 'awarded',
  settled: 'awarded, bond settled',
  cancelled: 'cancelled',
  closed: 'closed without a winner',
};

/** The tender's phases in which nothing is left to do (the actions are not tried). */
export const TENDER_CLOSED: TenderStatus['kind'][] = ['Cancelled', 'Closed', 'Settled'];

/** The lowest revealed price, ties to the earlier commit: the award tries it first. */
export function lowestRevealed(t: TenderDeal): TenderBid | null {
  let best: TenderBid | null = null;
  for (const b of t.bids) if (b.quote && (!best || b.quote.price < (best.quote as { price: bigint }).price)) best = b;
  return best;
}

export interface Awaited {
  from: 'buyer' | 'bidders' | 'seller' | 'anyone' | null;
  words: string;
  /** The block it must happen before (exclusive), if any. */
  by: number | null;
}

/**
 * Who must act next on a tender, what, and by which block (exclusive: the contract's
 * deadlines are "before"), in words. `amount` writes an amount in the chain's token;
 * `bondSettleable`: a dry run of `settle_bond` succeeds (the escrow order ended).
 */
export function tenderAwaits(
  t: TenderDeal,
  now: number,
  name: (org: number) => string,
  amount: (v: bigint) => string,
  bondSettleable = false,
): Awaited[] {
  const goods = t.wanted.kind === 'part' ? `${t.quantity === 1 ? 'a part' : `parts (${t.quantity} units)`} of type ${t.wanted.partType}` : `a lot of at least ${t.quantity}`;
  const revealed = t.bids.filter((b) => b.quote).length;
  switch (tenderPhase(t, now)) {
    case 'committing':
      return [
        {
          from: 'bidders',
          words: `certified suppliers to commit sealed bids for ${goods}, each with a bond of ${amount(t.bond)} (${t.bidCount} so far)`,
          by: t.commitBy,
        },
        { from: 'buyer', words: `${name(t.buyerOrg)} may cancel it${t.bidCount > 0 ? ' (compensating each bidder its bond)' : ''}`, by: t.commitBy },
      ];
    case 'revealing':
      return t.bidCount === 0
        ? [{ from: null, words: `no bid was committed: from block #${t.revealBy} anyone may close it, the budget going back to ${name(t.buyerOrg)}`, by: null }]
        : [
            {
              from: 'bidders',
              words: `the bidders to reveal their prices and name their goods (${revealed} of ${t.bidCount} revealed; a bid not revealed loses its bond to ${name(t.buyerOrg)})`,
              by: t.revealBy,
            },
          ];
    case 'awarding': {
      const lowest = lowestRevealed(t);
      if (!lowest)
        return [{ from: 'anyone', words: `no price was revealed: anyone may close it, the budget going back to ${name(t.buyerOrg)}`, by: null }];
      const unanswered =
        t.unansweredSince === null ? '' : ` (the chain could not answer the award's reads, noted at block #${t.unansweredSince})`;
      return [
        {
          from: 'anyone',
          words: `anyone to award it: the lowest revealed price, ${amount((lowest.quote as { price: bigint }).price)} from ${name(lowest.org)}, wins if it still qualifies; the award opens its escrow order${unanswered}`,
          by: t.deliveryBy,
        },
      ];
    }
    case 'lapsed':
      return [{ from: 'anyone', words: `not awarded by block #${t.deliveryBy}: too late for an order, anyone may close it (the budget back to ${name(t.buyerOrg)})`, by: null }];
    case 'awarded': {
      const s = t.status as { winner: number; order: number };
      const winner = t.bids[s.winner];
      const who = winner ? name(winner.org) : `bid ${s.winner}`;
      return bondSettleable
        ? [{ from: 'anyone', words: `escrow order ${s.order} has ended: anyone may settle ${who}'s bond`, by: null }]
        : [
            {
              from: 'seller',
              words: `${who} to accept escrow order ${s.order} and deliver (${t.paidOn.toLowerCase()} to ${name(t.buyerOrg)}; its bond is held until the order ends)`,
              by: t.deliveryBy,
            },
          ];
    }
    case 'settled': {
      return [{ from: null, words: "awarded, and the winner's bond settled: the tender holds nothing", by: null }];
    }
    case 'cancelled':
      return [{ from: null, words: `cancelled by ${name(t.buyerOrg)} (or its default at the award): the bonds back, the bidders compensated`, by: null }];
    case 'closed':
      return [{ from: null, words: `closed without a winner: the budget back to ${name(t.buyerOrg)}`, by: null }];
  }
}

/** The messages on a tender the console offers, when a dry run as the account succeeds. */
export const TENDER_ACTIONS: { message: string; label: string }[] = [
  { message: 'award', label: 'Award the tender' },
  { message: 'settle_bond', label: "Settle the winner's bond" },
  { message: 'cancel', label: 'Cancel the tender' },
  { message: 'note_unanswered', label: "Note that the chain cannot answer the award" },
];

/**
 * What an action on a tender does, as its button says it: the award closes the tender when
 * no price was revealed or the delivery deadline has passed, and a cancellation after a
 * commit compensates each bidder out of the budget.
 */
export function tenderActionLabel(t: TenderDeal, now: number, message: string, amount: (v: bigint) => string): string {
  const base = TENDER_ACTIONS.find((a) => a.message === message)?.label ?? message;
  if (message === 'award') {
    if (tenderPhase(t, now) === 'lapsed' || !lowestRevealed(t)) return 'Close the tender (no order: the budget back to the buyer)';
    return 'Award the tender (opens an escrow order for the lowest price that qualifies)';
  }
  if (message === 'cancel' && t.bidCount > 0)
    return `Cancel the tender (each of the ${t.bidCount} bidder${t.bidCount === 1 ? '' : 's'} gets its bond back and ${amount(t.bond)} out of the budget)`;
  return base;
}

/** The prefix of the contract's commitment preimage (`b"amchain/tender"`, SCALE: its bytes). */
const DOMAIN = stringToU8a('amchain/tender');

function le(value: bigint, bytes: number): Uint8Array {
  if (value < 0n || value >= 1n << BigInt(bytes * 8)) throw new Error(`${value} does not fit in ${bytes} bytes`);
  const out = new Uint8Array(bytes);
  let v = value;
  for (let i = 0; i < bytes; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/**
 * The commitment a bidder posts, as the contract's `commitment` computes it: the
 * Blake2b-256 hash of `amchain/tender ‖ contract (32) ‖ tender (u64 LE) ‖ bidder (32) ‖
 * price (u128 LE) ‖ salt (32)` (the SCALE encoding of the tuple). Computed here, never by
 * a dry run, which would show the price to the node.
 */
export function commitment(contract: string, tender: number | bigint, bidder: string, price: bigint, salt: string): string {
  const s = hexToU8a(salt);
  if (s.length !== 32) throw new Error('the salt is not 32 bytes');
  return u8aToHex(blake2AsU8a(u8aConcat(DOMAIN, decodeAddress(contract), le(BigInt(tender), 8), decodeAddress(bidder), le(price, 16), s), 256));
}

/** A fresh salt: 32 random bytes, hex. */
export function newSalt(): string {
  return u8aToHex(randomAsU8a(32));
}

/** A sealed bid: what the bidder must show at the reveal. */
export interface SealedBid {
  price: bigint;
  salt: string;
}

/**
 * Where the browser keeps the sealed bids of a committing account in a tender: the
 * contract's and the account's addresses in the generic SS58 format (42), whichever format
 * they were given in (the chain's, a wallet's).
 */
export function sealedBidKey(contract: string, tender: number, account: string): string {
  const generic = (a: string) => encodeAddress(decodeAddress(a), 42);
  return `amchain-tender-bid:${generic(contract)}:${tender}:${generic(account)}`;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The sealed bids kept for a key: every price and salt the console offered to commit under
 * it (newest first), so that the one the chain holds is found whichever was signed.
 */
export function loadSealedBids(store: Store, key: string): SealedBid[] {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(key) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e: { price?: unknown; salt?: unknown }) =>
    typeof e?.price === 'string' && /^\d+$/.test(e.price) && typeof e.salt === 'string' && isHex(e.salt, 256) ? [{ price: BigInt(e.price), salt: e.salt }] : [],
  );
}

/** Keeps a sealed bid before it is committed (at most ten per key: the newest). */
export function keepSealedBid(store: Store, key: string, bid: SealedBid): void {
  const kept = loadSealedBids(store, key).filter((b) => !(b.price === bid.price && b.salt === bid.salt));
  const next = [bid, ...kept].slice(0, 10).map((b) => ({ price: b.price.toString(), salt: b.salt }));
  store.setItem(key, JSON.stringify(next));
}

/** Of the kept sealed bids, the one that hashes to the bid's commitment on chain, if any. */
export function matchingSealedBid(kept: SealedBid[], contract: string, tender: number, bid: TenderBid): SealedBid | null {
  return kept.find((k) => commitment(contract, tender, bid.bidder, k.price, k.salt) === bid.commitment.toLowerCase()) ?? null;
}

/** The bond's bounds for a budget: from `budget / 100` (MIN_BOND_SHARE) to `budget / 16` (MAX_BIDS). */
export function bondBounds(budget: bigint): { min: bigint; max: bigint } {
  return { min: budget / 100n, max: budget / 16n };
}

/**
 * Keeps no more of a sealed bid than the reveal needs: once the chain holds the account's
 * bid, only the price and salt it committed (the unsigned alternatives go); once the bid is
 * revealed, or the tender is past its reveals without it, nothing. Answers what it did.
 */
export function pruneSealedBids(
  store: Store,
  key: string,
  contract: string,
  tender: number,
  bid: TenderBid | undefined,
  phase: TenderPhase,
): 'kept' | 'pruned' | 'removed' | 'none' {
  if (store.getItem(key) === null) return 'none';
  if (bid && (bid.quote || !['committing', 'revealing'].includes(phase))) {
    store.removeItem(key);
    return 'removed';
  }
  if (!bid) {
    // no bid on chain: removed only once no reveal could come (a commit may land in the
    // commit window's last block and be read late)
    if (phase !== 'committing' && phase !== 'revealing') {
      store.removeItem(key);
      return 'removed';
    }
    return 'kept';
  }
  const kept = loadSealedBids(store, key);
  const match = matchingSealedBid(kept, contract, tender, bid);
  if (match && kept.length > 1) {
    store.setItem(key, JSON.stringify([{ price: match.price.toString(), salt: match.salt }]));
    return 'pruned';
  }
  return 'kept';
}
