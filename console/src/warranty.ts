// A part's warranties and claims as the node answers them (amchain_warrantiesOf,
// amchain_claim) and the indexer's Warranties.Claimed events, in words. Pure functions
// (warranty.test.ts).
import { blake2AsHex } from '@polkadot/util-crypto';
import { formatAmount } from './format';
import { num } from './shape';

/** amchain_warrantiesOf's entries (the runtime's WarrantyView). */
export interface WarrantyView {
  id: number;
  part: number;
  life: number;
  kind: string;
  issuer: number;
  covers: number[];
  issuedAt: number;
  expiresAt: number;
  voided: string | null;
  active: boolean;
  openClaim: number | null;
}

/** amchain_claim's answer (the runtime's ClaimView: its status's fields beside its own). */
export interface ClaimView {
  id: number;
  warranty: number;
  part: number;
  claimant: number;
  account: string;
  filedAt: number;
  asked: string;
  covered: string;
  respondBy: number;
  status: string;
  paid?: string;
}

const KINDS: Record<string, string> = {
  new: 'New-part warranty',
  remanufactured: 'Remanufactured-part warranty',
  reconditioned: 'Reconditioned-part warranty',
  repair: 'Repair warranty',
};

export function kindWords(kind: string): string {
  return KINDS[kind] ?? kind;
}

/**
 * Whether a warranty holds, in words: in force, voided by unauthorised service, expired
 * (at or after `expiresAt`, counted from `best`), or ended with the life it covered.
 */
export function warrantyState(w: WarrantyView, best: number | null): { good: boolean; words: string } {
  if (w.active) return { good: true, words: 'in force' };
  if (w.voided) return { good: false, words: 'voided by service its issuer did not authorise' };
  if (best !== null && best >= w.expiresAt) return { good: false, words: 'expired' };
  return { good: false, words: `ended: the part left life ${w.life}` };
}

/** A claim's standing, in words, with its amounts in the chain's token. */
export function claimWords(c: ClaimView, token: { decimals: number; symbol: string; locale?: string }): string {
  const amount = (v: string | undefined) => formatAmount(v ?? '0', token.decimals, token.symbol, token.locale);
  const asked = c.asked === '0' ? 'a remedy without payment' : amount(c.asked);
  switch (c.status) {
    case 'open':
      return `open: asks ${asked} (${amount(c.covered)} of it covered by the reserve); the issuer may reject it until block #${c.respondBy}`;
    case 'approved':
      return `approved: paid ${amount(c.paid)}`;
    case 'rejected':
      return 'rejected by the issuer';
    case 'withdrawn':
      return 'withdrawn by the claimant';
    case 'ruled':
      return `ruled by governance: paid ${amount(c.paid)}`;
    case 'defaulted':
      return `decided by nobody in time: paid ${amount(c.paid)}, what the reserve covered`;
    default:
      return c.status;
  }
}

/** The claim ids the indexer's Warranties.Claimed events name for these warranties, in order. */
export function claimIds(events: { fields: Record<string, unknown> | null }[], warranties: number[]): number[] {
  const ours = new Set(warranties);
  const ids: number[] = [];
  for (const e of events) {
    const warranty = num(e.fields?.warranty);
    const claim = num(e.fields?.claim);
    if (warranty !== null && claim !== null && ours.has(warranty) && !ids.includes(claim)) ids.push(claim);
  }
  return ids;
}

/**
 * The 32-byte hash the chain records for a document (evidence, a remedy, a reason): a
 * 0x-prefixed 64-hex-digit hash as given, else BLAKE2b-256 of the text's UTF-8 bytes.
 * Null for empty text.
 */
export function documentHash(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^0x[0-9a-fA-F]{64}$/.test(t)) return t.toLowerCase();
  return blake2AsHex(t, 256);
}

/** Who is acting, for the claim actions: the signed-in account's organisation and standing. */
export interface Actor {
  participant: number | null;
  admin: boolean;
}

/**
 * Whether the actor may file a claim under warranty `w` of a part held (owned and in
 * custody) by `owner`/`custodian`, or why not, in words (pallet-warranties' `claim` rules).
 */
export function canFile(w: WarrantyView, actor: Actor, owner: number | null, custodian: number | null): string | null {
  if (!w.active) return 'The warranty is not in force.';
  if (actor.participant === null) return 'This account acts for no organisation.';
  if (actor.participant === w.issuer) return "The issuer cannot claim under its own warranty.";
  if (actor.participant !== owner || actor.participant !== custodian)
    return 'Only the organisation that owns the part and holds it in custody claims under its warranty.';
  return null;
}

/**
 * The actions open on an open claim when the best block is `best`, each with why not when
 * it is closed to the actor. A call lands in a later block, at the earliest `best + 1`: the
 * deadlines are judged there (a rejection sent in the last block before `respondBy` passes
 * would land too late).
 */
export interface ClaimChoices {
  /** The issuer decides: approve (any payout up to asked until respondBy, then only all of it) or reject until respondBy. */
  approve: string | null;
  approveOnlyInFull: boolean;
  reject: string | null;
  /** The claimant's admin withdraws. */
  withdraw: string | null;
  /** Anyone settles it once neither the issuer nor governance decided in time. */
  settle: string | null;
  /** The block after which anyone may settle it. */
  settleAfter: number;
}

export function claimChoices(c: ClaimView, issuer: number | null, actor: Actor, best: number, responseTime: number): ClaimChoices {
  const landing = best + 1;
  const settleAfter = c.respondBy + responseTime;
  const open = c.status === 'open';
  const closed = 'The claim is closed.';
  const isIssuer = actor.participant !== null && actor.participant === issuer;
  return {
    approve: !open ? closed : isIssuer ? null : 'Only an account of the warranty\'s issuer decides the claim.',
    approveOnlyInFull: landing > c.respondBy,
    reject: !open
      ? closed
      : !isIssuer
        ? 'Only an account of the warranty\'s issuer decides the claim.'
        : landing > c.respondBy
          ? `The issuer could reject it until block #${c.respondBy}; now it may only grant it in full, or governance rules.`
          : null,
    withdraw: !open ? closed : actor.participant === c.claimant && actor.admin ? null : "Only the claimant organisation's admin account withdraws it.",
    settle: !open ? closed : landing > settleAfter ? null : `Anyone may settle it after block #${settleAfter}, if nobody decided it by then.`,
    settleAfter,
  };
}
