// Documents under a letter of credit (contracts/letter_of_credit): the documents its terms
// require, who may issue each, the documents lodged and the presentations made (read from
// the credit and from the contract's events), and the discrepancies the contract finds, in
// words. Pure functions (credit.test.ts); the page is components/CreditDocuments.tsx.
import { blake2AsHex } from '@polkadot/util-crypto';
import { big } from './deals';
import { roleNames } from './format';
import { accountKey } from './consortium';

export type Examiner = 'IssuingBank' | 'ConfirmingBank';

/** Who may issue a required document (the contract's `IssuerRule`). */
export type IssuerRule =
  | { kind: 'Beneficiary' }
  | { kind: 'Anyone' }
  | { kind: 'Role'; roles: number }
  | { kind: 'CertifiedFor'; standard: number }
  | { kind: 'Unknown'; raw: string };

export interface RequiredDocument {
  docType: number;
  issuer: IssuerRule;
  /** A transport document: lodged (shipped) no later than the latest shipment block. */
  transport: boolean;
}

/** Why a presentation does not comply (the contract's `Discrepancy`). */
export type Discrepancy =
  | { kind: 'Missing' | 'IssuerNotQualified' | 'LateShipment'; docType: number }
  | { kind: 'Stated'; hash: string }
  | { kind: 'Unknown'; raw: string };

/** A lodged document as a presentation names it: who lodged it, and its content's hash. */
export interface DocRef {
  issuer: string;
  hash: string;
}

export interface Presentation {
  at: Examiner;
  amount: bigint;
  documents: DocRef[];
  presentedAt: number;
  discrepancies: Discrepancy[];
  waived: boolean;
}

/** What of a credit its documents' page needs, from the JSON of `credit(id)`. */
export interface CreditPapers {
  id: number;
  beneficiary: number;
  applicant: number;
  issuingBank: number;
  confirmingBank: number | null;
  confirmed: boolean;
  amount: bigint;
  drawn: bigint;
  expiry: number;
  latestShipment: number;
  partialDrawings: boolean;
  required: RequiredDocument[];
  /** Required by the pending amendment and not by the terms (they may be lodged too). */
  amendmentRequired: RequiredDocument[];
  examinationPeriod: number;
  /** The presentations awaiting examination, one per bank at most. */
  pending: Presentation[];
  state: string;
}

const int = (v: unknown): number => Number(big(v));
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An enum's variant and its value as polkadot.js's toJSON() gives it: a plain enum as its
 * variant's name (`"IssuingBank"`), one with data as `{ variantName: value }` (camelCase).
 */
function variant(v: unknown): [string, unknown] | null {
  if (typeof v === 'string') return [capital(v), null];
  const entries = Object.entries(record(v));
  return entries.length === 1 ? [capital(entries[0][0]), entries[0][1]] : null;
}

export function parseIssuerRule(v: unknown): IssuerRule {
  const [kind, value] = variant(v) ?? ['', null];
  switch (kind) {
    case 'Beneficiary':
    case 'Anyone':
      return { kind };
    case 'Role':
      return { kind, roles: int(value) };
    case 'CertifiedFor':
      return { kind, standard: int(value) };
    default:
      return { kind: 'Unknown', raw: JSON.stringify(v) };
  }
}

export function parseRequired(v: unknown): RequiredDocument[] {
  return (Array.isArray(v) ? v : []).map((r) => {
    const o = record(r);
    return { docType: int(o.docType), issuer: parseIssuerRule(o.issuer), transport: o.transport === true };
  });
}

export function parseDiscrepancy(v: unknown): Discrepancy {
  const [kind, value] = variant(v) ?? ['', null];
  switch (kind) {
    case 'Missing':
    case 'IssuerNotQualified':
    case 'LateShipment':
      return { kind, docType: int(value) };
    case 'Stated':
      return typeof value === 'string' ? { kind, hash: value.toLowerCase() } : { kind: 'Unknown', raw: JSON.stringify(v) };
    default:
      return { kind: 'Unknown', raw: JSON.stringify(v) };
  }
}

export function parseDiscrepancies(v: unknown): Discrepancy[] {
  return (Array.isArray(v) ? v : []).map(parseDiscrepancy);
}

export function parseDocRefs(v: unknown): DocRef[] {
  return (Array.isArray(v) ? v : []).map((d) => {
    const o = record(d);
    return { issuer: String(o.issuer ?? ''), hash: String(o.hash ?? '').toLowerCase() };
  });
}

export function parseExaminer(v: unknown): Examiner {
  return variant(v)?.[0] === 'ConfirmingBank' ? 'ConfirmingBank' : 'IssuingBank';
}

/** The credit from the JSON of `credit(id)`: its required documents and pending presentations. */
/** A presentation pending at `at`, from the JSON of the contract's `Presentation`. */
export function parsePresentation(at: Examiner, v: unknown): Presentation {
  const o = record(v);
  return {
    at,
    amount: big(o.amount),
    documents: parseDocRefs(o.documents),
    presentedAt: int(o.presentedAt),
    discrepancies: parseDiscrepancies(o.discrepancies),
    waived: o.waived === true,
  };
}

/**
 * The answer of the contract's `presentation(credit, at)`: the presentation pending at
 * `at` and its id, the hash a waiver, an honour or a refusal names it by (null: none).
 */
export function parseNamedPresentation(at: Examiner, v: unknown): { id: string; presentation: Presentation } | null {
  if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(v[0])) return null;
  return { id: v[0].toLowerCase(), presentation: parsePresentation(at, v[1]) };
}

export function parseCreditPapers(id: number, c: Record<string, unknown>): CreditPapers {
  const terms = record(c.terms);
  const required = parseRequired(terms.required);
  const amendment = c.amendment ? record(record(c.amendment).terms) : null;
  const pending = (at: Examiner, e: unknown): Presentation[] => {
    const p = record(e).presentation;
    return p ? [parsePresentation(at, p)] : [];
  };
  return {
    id,
    beneficiary: int(c.beneficiary),
    applicant: int(c.applicant),
    issuingBank: int(c.issuingBank),
    confirmingBank: c.confirmingBank === null || c.confirmingBank === undefined ? null : int(c.confirmingBank),
    confirmed: c.confirmed === true,
    amount: big(terms.amount),
    drawn: big(c.drawn),
    expiry: int(terms.expiry),
    latestShipment: int(terms.latestShipment),
    partialDrawings: terms.partialDrawings === true,
    required,
    amendmentRequired: amendment ? parseRequired(amendment.required).filter((r) => !required.some((t) => t.docType === r.docType)) : [],
    examinationPeriod: int(c.examinationPeriod),
    pending: [...pending('IssuingBank', c.atIssuingBank), ...pending('ConfirmingBank', c.atConfirmingBank)],
    state: capital(String(c.state)),
  };
}

/** What may still be drawn, and what a presentation to `to` may draw (less what the other bank examines). */
export function drawable(c: CreditPapers, to: Examiner): { undrawn: bigint; available: bigint } {
  const undrawn = c.amount > c.drawn ? c.amount - c.drawn : 0n;
  const other = c.pending.find((p) => p.at !== to)?.amount ?? 0n;
  return { undrawn, available: undrawn > other ? undrawn - other : 0n };
}

/** Who may issue a document under `rule`, in words. */
export function issuerRuleWords(rule: IssuerRule, name: (org: number) => string, beneficiary: number): string {
  const thirdParty = "a third party (never the applicant's or the beneficiary's organisation)";
  switch (rule.kind) {
    case 'Beneficiary':
      return `an account of ${name(beneficiary)}, the beneficiary`;
    case 'Anyone':
      return 'any account (a party to the credit too)';
    case 'Role': {
      const roles = roleNames(rule.roles);
      return `an account of ${thirdParty} holding the role${roles.length === 1 ? '' : 's'} ${roles.length ? roles.join(' and ') : `of bit mask ${rule.roles}`}`;
    }
    case 'CertifiedFor':
      return `an account of ${thirdParty} certified for standard ${rule.standard} when it lodges`;
    default:
      return `a rule this console cannot read (${rule.raw})`;
  }
}

/** A required document in words: its type, who issues it, whether it is a transport document. */
export function requiredDocumentWords(r: RequiredDocument, name: (org: number) => string, c: Pick<CreditPapers, 'beneficiary' | 'latestShipment'>): string {
  const transport = r.transport ? `; a transport document, lodged (shipped) by block #${c.latestShipment}` : '';
  return `document type ${r.docType}, issued by ${issuerRuleWords(r.issuer, name, c.beneficiary)}${transport}`;
}

/** A discrepancy in words. */
export function discrepancyWords(d: Discrepancy, latestShipment?: number): string {
  switch (d.kind) {
    case 'Missing':
      return `no document of type ${d.docType} is presented (a required document is missing)`;
    case 'IssuerNotQualified':
      return `no presented document of type ${d.docType} comes from an issuer the credit's rule admits`;
    case 'LateShipment':
      return `the transport document of type ${d.docType} is dated after the latest shipment${latestShipment === undefined ? '' : ` (block #${latestShipment})`}`;
    case 'Stated':
      return `the bank stated a discrepancy of its own (its notice's hash ${d.hash.slice(0, 10)}…${d.hash.slice(-4)})`;
    default:
      return `a discrepancy this console cannot read (${d.raw})`;
  }
}

/** A 0x-hex 32-byte hash as typed or pasted (spaces around it allowed), lower-case; null if it is not one. */
export function parseHash(text: string): string | null {
  const t = text.trim();
  return /^0x[0-9a-fA-F]{64}$/.test(t) ? t.toLowerCase() : null;
}

/**
 * A bank's notes of a refusal, one discrepancy a line, each recorded as the Blake2-256 hash
 * of its text (UTF-8, trimmed): the notice itself goes to the beneficiary off chain. Empty
 * lines and repeats are dropped.
 */
export function noteHashes(text: string): { note: string; hash: string }[] {
  const out: { note: string; hash: string }[] = [];
  for (const line of text.split('\n')) {
    const note = line.trim();
    if (!note || out.some((n) => n.note === note)) continue;
    out.push({ note, hash: blake2AsHex(note, 256) });
  }
  return out;
}

/** The contract's event, decoded: its name and its fields as polkadot.js's toJSON() gives them (camelCase). */
export interface CreditEvent {
  block: number;
  index: number;
  name: string;
  fields: Record<string, unknown>;
}

export interface LodgedDocument extends DocRef {
  docType: number;
  /** The block it was lodged in: its date. */
  block: number;
}

export type Outcome =
  | { kind: 'pending' }
  | { kind: 'honoured'; block: number; by: string; deemed: boolean; amount: bigint }
  | { kind: 'refused'; block: number; by: string; deemed: boolean; discrepancies: Discrepancy[] }
  /** No longer pending on chain, its outcome in a block the indexer has not reached. */
  | { kind: 'decided' };

export interface PresentationRecord extends Presentation {
  /** The block of its `Presented` event. */
  block: number;
  /** It accepted the pending amendment (art. 10(c)). */
  acceptedAmendment: boolean;
  outcome: Outcome;
}

/**
 * The documents lodged for credit `id` and its presentations with their outcomes, from the
 * contract's events (oldest first): each `Presented` to a bank stays pending until the
 * `Honoured` or `Refused` at that bank after it; `Waived` marks it waived.
 */
export function creditHistory(events: CreditEvent[], id: number): { lodged: LodgedDocument[]; presentations: PresentationRecord[] } {
  const lodged: LodgedDocument[] = [];
  const presentations: PresentationRecord[] = [];
  const open = new Map<Examiner, PresentationRecord>();
  let amendmentAcceptedAt: number | null = null;
  const sorted = [...events].sort((a, b) => a.block - b.block || a.index - b.index);
  for (const e of sorted) {
    const f = e.fields;
    if (int(f.credit) !== id || f.credit === undefined) continue;
    switch (e.name) {
      case 'DocumentLodged':
        lodged.push({ issuer: String(f.issuer), hash: String(f.hash).toLowerCase(), docType: int(f.docType), block: e.block });
        break;
      case 'AmendmentAccepted':
        // a deemed acceptance comes just before the `Presented` that made it (art. 10(c))
        amendmentAcceptedAt = f.deemed === true ? e.block : null;
        break;
      case 'Presented': {
        const at = parseExaminer(f.to);
        const p: PresentationRecord = {
          at,
          amount: big(f.amount),
          documents: parseDocRefs(f.documents),
          presentedAt: e.block,
          discrepancies: parseDiscrepancies(f.discrepancies),
          waived: false,
          block: e.block,
          acceptedAmendment: amendmentAcceptedAt === e.block,
          outcome: { kind: 'pending' },
        };
        amendmentAcceptedAt = null;
        presentations.push(p);
        open.set(at, p);
        break;
      }
      case 'Waived': {
        const p = open.get(parseExaminer(f.at));
        if (p) p.waived = true;
        break;
      }
      case 'Honoured': {
        const at = parseExaminer(f.at);
        const p = open.get(at);
        if (p) p.outcome = { kind: 'honoured', block: e.block, by: String(f.by), deemed: f.deemed === true, amount: big(f.amount) };
        open.delete(at);
        break;
      }
      case 'Refused': {
        const at = parseExaminer(f.at);
        const p = open.get(at);
        if (p) p.outcome = { kind: 'refused', block: e.block, by: String(f.by), deemed: f.deemed === true, discrepancies: parseDiscrepancies(f.discrepancies) };
        open.delete(at);
        break;
      }
    }
  }
  return { lodged, presentations };
}

/** A document's use as `claim(hash)` answers it (`null`: free), in words. */
export function claimWords(claim: unknown, id: number): { free: boolean; words: string } {
  if (!claim || typeof claim !== 'object') return { free: true, words: 'free: it may be presented' };
  const c = record(claim);
  const under = int(c.credit) === id ? 'under this credit' : `under credit ${int(c.credit)} of this contract`;
  return c.drawn === true
    ? { free: false, words: `drawn ${under}: it cannot be presented again` }
    : { free: false, words: `in a presentation awaiting examination ${under}` };
}

/** Where a pending presentation stands, in words: who examines it and until which block. */
export function examinationWords(c: CreditPapers, p: Presentation, best: number | null, name: (org: number) => string): { words: string; by: number | null } {
  const first = p.presentedAt + c.examinationPeriod;
  const second = first + c.examinationPeriod;
  const complying = p.discrepancies.length === 0 || p.waived;
  const outcome = complying ? 'honour it' : 'refuse it (the contract found discrepancies nobody waived)';
  const now = best ?? p.presentedAt;
  if (p.at === 'IssuingBank' || c.confirmingBank === null) {
    if (now <= first) return { words: `${name(c.issuingBank)} examines it: honour${complying ? '' : ' (once waived)'} or refuse`, by: first };
  } else {
    if (now <= first) return { words: `${name(c.confirmingBank)} examines it: honour${complying ? '' : ' (once waived)'} or refuse`, by: first };
    if (now <= second) return { words: `${name(c.confirmingBank)} let its period pass: ${name(c.issuingBank)} examines it`, by: second };
  }
  return { words: `every examination period has passed: anyone may ${outcome}`, by: null };
}

/**
 * Whether `now` is the presentation `shown` (the same bank, block, amount, documents and
 * discrepancies found: on a fork the same documents can be found wanting otherwise).
 * The contract's honour, refuse and waive name the presentation by its id (a hash of what
 * was presented) and fail (`PresentationChanged`) if another is pending by the time they
 * land. The page takes the id from `presentation(credit, at)` only when the presentation
 * read with it is the one shown, and reads it again right before signing: it signs
 * nothing if the presentation pending there is no longer the one the user looked at.
 */
export function samePresentation(shown: Presentation, now: Presentation | undefined): boolean {
  if (!now) return false;
  const docs = (p: Presentation) => p.documents.map((d) => `${accountKey(d.issuer) ?? d.issuer.toLowerCase()}:${d.hash.toLowerCase()}`).join(',');
  const found = (p: Presentation) => JSON.stringify(p.discrepancies);
  return shown.at === now.at && shown.presentedAt === now.presentedAt && shown.amount === now.amount && docs(shown) === docs(now) && found(shown) === found(now);
}
