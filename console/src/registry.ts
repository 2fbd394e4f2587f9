// pallet-certifications' standards and auditors' accreditations (`Certifications.Standards`,
// `Certifications.Accreditations`, read from the node's state) as table rows. Pure
// functions (registry.test.ts).
import { hexToU8a, isHex, u8aToString } from '@polkadot/util';
import { num } from './shape';

export interface StandardRow {
  id: number;
  code: string;
  version: number | null;
  owner: number | null;
  requirementsHash: string | null;
  requirementsUri: string;
  definedAt: number | null;
}

export interface AccreditationRow {
  standard: number;
  auditor: number;
  firstAccredited: number | null;
  since: number | null;
  withdrawnAt: number | null;
}

/** Bytes as the node's JSON gives them (0x-hex, or already text) as text. */
export function bytesText(v: unknown): string {
  if (typeof v !== 'string') return '';
  if (isHex(v)) {
    try {
      return u8aToString(hexToU8a(v));
    } catch {
      return v;
    }
  }
  return v;
}

/** `Standards` entries (key: the standard id; value: the record as JSON) as rows by id. */
export function standardRows(entries: [unknown, unknown][]): StandardRow[] {
  const rows: StandardRow[] = [];
  for (const [key, value] of entries) {
    const id = num(key);
    if (id === null || !value || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    rows.push({
      id,
      code: bytesText(v.code),
      version: num(v.version),
      owner: num(v.owner),
      requirementsHash: typeof (v.requirementsHash ?? v.requirements_hash) === 'string' ? ((v.requirementsHash ?? v.requirements_hash) as string) : null,
      requirementsUri: bytesText(v.requirementsUri ?? v.requirements_uri),
      definedAt: num(v.definedAt ?? v.defined_at),
    });
  }
  return rows.sort((a, b) => a.id - b.id);
}

/** `Accreditations` entries (key: [standard, auditor]) as rows: accredited ones first, then by standard and auditor. */
export function accreditationRows(entries: [unknown, unknown][]): AccreditationRow[] {
  const rows: AccreditationRow[] = [];
  for (const [key, value] of entries) {
    if (!Array.isArray(key) || key.length !== 2 || !value || typeof value !== 'object') continue;
    const standard = num(key[0]);
    const auditor = num(key[1]);
    if (standard === null || auditor === null) continue;
    const v = value as Record<string, unknown>;
    rows.push({
      standard,
      auditor,
      firstAccredited: num(v.firstAccredited ?? v.first_accredited),
      since: num(v.since),
      withdrawnAt: num(v.withdrawnAt ?? v.withdrawn_at),
    });
  }
  const active = (r: AccreditationRow) => (r.withdrawnAt === null ? 0 : 1);
  return rows.sort((a, b) => active(a) - active(b) || a.standard - b.standard || a.auditor - b.auditor);
}

/** An accreditation's standing, in words. */
export function accreditationWords(r: AccreditationRow): string {
  if (r.withdrawnAt !== null) return `withdrawn at block #${r.withdrawnAt}`;
  return r.since !== null && r.firstAccredited !== null && r.since !== r.firstAccredited
    ? `accredited since block #${r.since} (first at #${r.firstAccredited})`
    : `accredited since block #${r.since ?? r.firstAccredited ?? '?'}`;
}
