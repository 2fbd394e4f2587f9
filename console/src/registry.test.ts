import { describe, expect, it } from 'vitest';
import { accreditationRows, accreditationWords, bytesText, standardRows } from './registry';

describe('standards and accreditations from the node state', () => {
  it('reads a standard record, its code and URI as text', () => {
    const rows = standardRows([
      [1, { owner: 4, code: '0x49534f2039303031', version: 2015, requirementsHash: '0x' + '11'.repeat(32), requirementsUri: '0x68747470733a2f2f69736f2e6f7267', definedAt: 3 }],
      [0, { owner: 4, code: 'AS9100', version: 4, requirements_hash: '0x' + '22'.repeat(32), requirements_uri: '', defined_at: '0' }],
      ['x', { code: 'ignored' }],
      [2, null],
    ]);
    expect(rows.map((r) => [r.id, r.code, r.version, r.owner, r.requirementsUri, r.definedAt])).toEqual([
      [0, 'AS9100', 4, 4, '', 0],
      [1, 'ISO 9001', 2015, 4, 'https://iso.org', 3],
    ]);
    expect(rows[0].requirementsHash).toBe('0x' + '22'.repeat(32));
  });
  it('lists accredited auditors before withdrawn ones, in words', () => {
    const rows = accreditationRows([
      [[0, 5], { firstAccredited: 2, since: 2, withdrawnAt: 40 }],
      [[1, 5], { firstAccredited: 2, since: 50, withdrawnAt: null }],
      [[0, 3], { first_accredited: 1, since: 1, withdrawn_at: null }],
      [[0], { since: 1 }],
    ]);
    expect(rows.map((r) => [r.standard, r.auditor])).toEqual([
      [0, 3],
      [1, 5],
      [0, 5],
    ]);
    expect(rows.map(accreditationWords)).toEqual(['accredited since block #1', 'accredited since block #50 (first at #2)', 'withdrawn at block #40']);
  });
  it('leaves text that is not hex as it is', () => {
    expect(bytesText('AS9100')).toBe('AS9100');
    expect(bytesText(null)).toBe('');
  });
});
