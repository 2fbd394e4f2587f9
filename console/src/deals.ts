// Escrow orders as the escrow contract answers them (`order`, `order_state`), and what
// each awaits from whom by which block, in words. Pure functions (deals.test.ts).

/** A balance or number in polkadot.js JSON (a number, or hex / decimal text when large). */
export function big(v: unknown): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^(0x[0-9a-fA-F]+|\d+)$/.test(v)) return BigInt(v);
  return 0n;
}

const int = (v: unknown): number | null => (v === null || v === undefined ? null : Number(big(v)));

export interface EscrowOrder {
  id: number;
  buyer: string;
  seller: string;
  buyerOrg: number;
  sellerOrg: number;
  goods: { kind: 'part' | 'lot'; id: number };
  paidOn: 'Custody' | 'Ownership';
  amount: bigint;
  released: bigint;
  refunded: bigint;
  deadline: number;
  arbiter: string | null;
  milestones: bigint[];
  milestonesDone: number;
  breached: boolean;
  deliveredAt: number | null;
  disputeEnds: number | null;
  state: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An order from the JSON of `order(id)` (an `Order`) and `order_state(id)` (a `State`). */
export function parseEscrowOrder(id: number, order: Record<string, unknown>, state: unknown): EscrowOrder {
  const goods = (order.goods ?? {}) as Record<string, unknown>;
  const [goodsKind, goodsId] = Object.entries(goods)[0] ?? ['part', 0];
  return {
    id,
    buyer: String(order.buyer),
    seller: String(order.seller),
    buyerOrg: int(order.buyerOrg) ?? -1,
    sellerOrg: int(order.sellerOrg) ?? -1,
    goods: { kind: goodsKind.toLowerCase() === 'lot' ? 'lot' : 'part', id: int(goodsId) ?? 0 },
    paidOn: capital(String(order.paidOn)) === 'Ownership' ? 'Ownership' : 'Custody',
    amount: big(order.amount),
    released: big(order.released),
    refunded: big(order.refunded),
    deadline: int(order.deadline) ?? 0,
    arbiter: typeof order.arbiter === 'string' ? order.arbiter : null,
    milestones: Array.isArray(order.milestones) ? order.milestones.map(big) : [],
    milestonesDone: int(order.milestonesDone) ?? 0,
    breached: order.breached === true,
    deliveredAt: int(order.deliveredAt),
    disputeEnds: int(order.disputeEnds),
    state: capital(String(state)),
  };
}

export const CLOSED = ['Released', 'Refunded', 'Resolved', 'Split', 'Cancelled'];

/** Who must act next on an order, what, and by which block, in words. */
export function escrowAwaits(
  o: EscrowOrder,
  best: number | null,
  name: (org: number) => string,
  /** `is_delivered(id)`: the buyer's receipt is in the goods' history (before anyone recorded it). */
  deliveredNow = false,
): { from: 'seller' | 'buyer' | 'arbiter' | 'anyone' | null; words: string; by: number | null } {
  const goods = o.goods.kind === 'part' ? `part ${o.goods.id}` : `lot ${o.goods.id}`;
  const due = best !== null && best >= o.deadline;
  switch (o.state) {
    case 'Proposed':
      return due
        ? { from: 'anyone', words: 'the deadline passed unaccepted: anyone may settle it, refunding the buyer', by: null }
        : { from: 'seller', words: `${name(o.sellerOrg)} to accept it (until then only the buyer is bound, and may withdraw)`, by: o.deadline };
    case 'Open':
      if (o.breached) return { from: 'arbiter', words: 'the oracle reported a breach: a split both parties accept, or the arbiter', by: o.deadline };
      if (o.milestones.length > 0)
        return due
          ? { from: 'anyone', words: 'the deadline passed: anyone may settle it by its default', by: null }
          : { from: 'buyer', words: `${name(o.buyerOrg)} to confirm milestone ${o.milestonesDone + 1} of ${o.milestones.length}`, by: o.deadline };
      if (o.deliveredAt === null && deliveredNow)
        return { from: 'anyone', words: `delivered (the buyer's receipt is in the goods' history): anyone may release the payment to ${name(o.sellerOrg)}`, by: null };
      if (o.deliveredAt === null)
        return due
          ? { from: 'anyone', words: 'not delivered by the deadline: anyone may refund the buyer', by: null }
          : { from: 'seller', words: `${name(o.sellerOrg)} to deliver: ${o.paidOn.toLowerCase()} of ${goods} to ${name(o.buyerOrg)}`, by: o.deadline };
      return { from: 'anyone', words: `delivered at block #${o.deliveredAt}: anyone may release the payment to ${name(o.sellerOrg)}`, by: null };
    case 'Disputed':
      return { from: 'arbiter', words: "disputed: the arbiter's ruling, or a split both parties accept", by: o.disputeEnds };
    case 'Released':
      return { from: null, words: `paid to ${name(o.sellerOrg)} in full`, by: null };
    case 'Refunded':
      return { from: null, words: `paid back to ${name(o.buyerOrg)}`, by: null };
    case 'Resolved':
      return { from: null, words: 'split by the arbiter', by: null };
    case 'Split':
      return { from: null, words: 'split as the parties agreed (or half each after a breach)', by: null };
    case 'Cancelled':
      return { from: null, words: 'withdrawn by the buyer before the seller accepted', by: null };
    default:
      return { from: null, words: o.state, by: null };
  }
}

/** The messages on an order the console offers, when a dry run as the account succeeds. */
export const ESCROW_ACTIONS: { message: string; label: string }[] = [
  { message: 'accept', label: 'Accept the order' },
  { message: 'cancel', label: 'Withdraw the order' },
  { message: 'confirm', label: 'Confirm receipt' },
  { message: 'release', label: 'Release the payment' },
  { message: 'settle', label: 'Settle by default' },
  { message: 'refund', label: 'Refund the buyer' },
];

/** A letter of credit as `credit(id)` answers it (the parties are organisations). */
export interface CreditDeal {
  id: number;
  applicant: number;
  beneficiary: number;
  issuingBank: number;
  confirmingBank: number | null;
  confirmed: boolean;
  amount: bigint;
  drawn: bigint;
  expiry: number;
  latestShipment: number;
  partialDrawings: boolean;
  required: number;
  examinationPeriod: number;
  /** Pending presentations: at which bank, how much, when presented, with discrepancies, waived. */
  presentations: { at: 'IssuingBank' | 'ConfirmingBank'; amount: bigint; presentedAt: number; discrepancies: number; waived: boolean }[];
  amendment: { applicantConsented: boolean; confirmationExtended: boolean; expiry: number; amount: bigint } | null;
  state: string;
}

/** A credit from the JSON of `credit(id)`. */
export function parseCredit(id: number, c: Record<string, unknown>): CreditDeal {
  const terms = (c.terms ?? {}) as Record<string, unknown>;
  const presentation = (at: 'IssuingBank' | 'ConfirmingBank', e: unknown) => {
    const p = ((e ?? {}) as { presentation?: Record<string, unknown> | null }).presentation;
    return p
      ? [{ at, amount: big(p.amount), presentedAt: int(p.presentedAt) ?? 0, discrepancies: Array.isArray(p.discrepancies) ? p.discrepancies.length : 0, waived: p.waived === true }]
      : [];
  };
  const a = c.amendment as Record<string, unknown> | null | undefined;
  const aTerms = (a?.terms ?? {}) as Record<string, unknown>;
  return {
    id,
    applicant: int(c.applicant) ?? -1,
    beneficiary: int(c.beneficiary) ?? -1,
    issuingBank: int(c.issuingBank) ?? -1,
    confirmingBank: int(c.confirmingBank),
    confirmed: c.confirmed === true,
    amount: big(terms.amount),
    drawn: big(c.drawn),
    expiry: int(terms.expiry) ?? 0,
    latestShipment: int(terms.latestShipment) ?? 0,
    partialDrawings: terms.partialDrawings === true,
    required: Array.isArray(terms.required) ? terms.required.length : 0,
    examinationPeriod: int(c.examinationPeriod) ?? 0,
    presentations: [...presentation('IssuingBank', c.atIssuingBank), ...presentation('ConfirmingBank', c.atConfirmingBank)],
    amendment: a
      ? { applicantConsented: a.applicantConsented === true, confirmationExtended: a.confirmationExtended === true, expiry: int(aTerms.expiry) ?? 0, amount: big(aTerms.amount) }
      : null,
    state: capital(String(c.state)),
  };
}

/** Who must act next on a credit, what, and by which block, in words. */
export function creditAwaits(c: CreditDeal, best: number | null, name: (org: number) => string): { words: string; by: number | null }[] {
  const bank = (at: 'IssuingBank' | 'ConfirmingBank') => name(at === 'IssuingBank' ? c.issuingBank : (c.confirmingBank ?? c.issuingBank));
  switch (c.state) {
    case 'AwaitingApplicant':
      return [{ words: `${name(c.applicant)} to consent to the credit ${name(c.issuingBank)} funded (the bank may cancel until then)`, by: null }];
    case 'Issued': {
      const out: { words: string; by: number | null }[] = [];
      for (const p of c.presentations) {
        const by = p.presentedAt + c.examinationPeriod;
        if (p.discrepancies > 0 && !p.waived)
          out.push({ words: `${bank(p.at)} to examine a presentation with ${p.discrepancies} discrepanc${p.discrepancies === 1 ? 'y' : 'ies'} (honour or refuse; ${name(c.applicant)} may waive them)`, by });
        else out.push({ words: `${bank(p.at)} to examine a complying presentation: honour it, or anyone may once the period passes`, by });
      }
      if (c.amendment) {
        const a = c.amendment;
        out.push({
          words: a.applicantConsented
            ? `${name(c.beneficiary)} to accept or reject the amendment${c.confirmed && !a.confirmationExtended ? ` (${name(c.confirmingBank ?? -1)} has not extended its confirmation to it)` : ''}`
            : `${name(c.applicant)} to consent to the amendment the bank proposed`,
          by: null,
        });
      }
      const expired = best !== null && best > c.expiry;
      if (c.presentations.length === 0)
        out.push(
          expired
            ? { words: `expired: anyone may close it, crediting ${name(c.issuingBank)} what is undrawn`, by: null }
            : { words: `${name(c.beneficiary)} to present the ${c.required} required document${c.required === 1 ? '' : 's'}`, by: c.expiry },
        );
      return out;
    }
    case 'Drawn':
      return [{ words: `drawn in full by ${name(c.beneficiary)}`, by: null }];
    case 'Closed':
      return [{ words: `expired; the undrawn balance went back to ${name(c.issuingBank)}`, by: null }];
    case 'Cancelled':
      return [{ words: `cancelled by ${name(c.issuingBank)} before the applicant consented`, by: null }];
    default:
      return [{ words: c.state, by: null }];
  }
}

export const CREDIT_CLOSED = ['Drawn', 'Closed', 'Cancelled'];

/**
 * The messages on a credit the console offers, when a dry run as the account succeeds
 * (those on its documents and presentations are components/CreditDocuments.tsx's).
 */
export const CREDIT_ACTIONS: { message: string; label: string; args: unknown[] }[] = [
  { message: 'consent', label: 'Consent to the credit', args: [] },
  { message: 'cancel', label: 'Cancel the credit', args: [] },
  { message: 'add_confirmation', label: 'Add the confirmation', args: [] },
  { message: 'consent_amendment', label: 'Consent to the amendment', args: [] },
  { message: 'extend_confirmation', label: 'Extend the confirmation', args: [] },
  { message: 'accept_amendment', label: 'Accept the amendment', args: [] },
  { message: 'reject_amendment', label: 'Reject the amendment', args: [] },
  { message: 'close', label: 'Close the expired credit', args: [] },
];
