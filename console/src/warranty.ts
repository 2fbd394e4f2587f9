// A part's warranties and claims as the node answers them (amchain_warrantiesOf,
// amchain_claim) and the indexer's Warranties.Claimed events, in words. Pure functions
// (warranty.test.ts).
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
