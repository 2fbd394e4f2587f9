import { describe, expect, it } from 'vitest';
import { amountInput, formatAmount, formatNumber, formatTime, parseAmount, roleNames, shorten } from './format';
import { mergeConfig, DEFAULT_CONFIG } from './config';

describe('amounts in the chain decimals and the reader locale', () => {
  it('groups and separates as the locale does', () => {
    expect(formatAmount(1_234_567_890_000_000n, 12, 'AMC', 'en-GB')).toBe('1,234.5678 AMC');
    expect(formatAmount('1234567890000000', 12, 'AMC', 'de-DE')).toBe('1.234,5678 AMC');
    expect(formatAmount(100_000_000n, 2, 'hEUR', 'en-GB')).toBe('1,000,000 hEUR');
  });
  it('truncates, never rounds up, and says when an amount is below what it shows', () => {
    expect(formatAmount(19_999n, 4, 'X', 'en-GB', 2)).toBe('1.99 X');
    expect(formatAmount(5_000_000n, 12, 'AMC', 'en-GB', 4)).toBe('< 0.0001 AMC');
    expect(formatAmount(0n, 12, 'AMC', 'en-GB')).toBe('0 AMC');
    expect(formatAmount(-1_500_000_000_000n, 12, 'AMC', 'en-GB')).toBe('-1.5 AMC');
  });
  it('formats block numbers and times', () => {
    expect(formatNumber(1234567, 'en-GB')).toBe('1,234,567');
    expect(formatTime(null)).toBe('—');
    expect(formatTime(0, 'en-GB')).toMatch(/1970/);
  });
});

describe('small helpers', () => {
  it('shortens long addresses', () => {
    expect(shorten('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 4)).toBe('5Grw…utQY');
    expect(shorten('short')).toBe('short');
  });
  it('names the roles of the bit mask', () => {
    expect(roleNames(5)).toEqual(['manufacturer', 'supplier']);
    expect(roleNames(0b1001000000)).toEqual(['remanufacturer', 'customer']);
    expect(roleNames(null)).toEqual([]);
  });
});

describe('configuration', () => {
  it('takes the file, then the session, then the URL', () => {
    expect(mergeConfig(null, '')).toEqual(DEFAULT_CONFIG);
    const c = mergeConfig({ node: 'wss://node.example', devAccounts: false }, '?indexer=https%3A%2F%2Fidx.example%2Fgraphql');
    expect(c).toEqual({ node: 'wss://node.example', indexer: 'https://idx.example/graphql', devAccounts: false });
    expect(mergeConfig({ node: 'a' }, '?node=b', { node: 'c' }).node).toBe('b');
    expect(mergeConfig({ node: 'a' }, '', { node: 'c' }).node).toBe('c');
  });
});

describe('amounts as people type them', () => {
  it('reads whole and fractional amounts into the smallest unit', () => {
    expect(parseAmount('12.5', 12, 'en-GB')).toBe(12_500_000_000_000n);
    expect(parseAmount(' 1,000.25 ', 12, 'en-GB')).toBe(1_000_250_000_000_000n);
    expect(parseAmount('1.000,25', 12, 'de-DE')).toBe(1_000_250_000_000_000n);
    expect(parseAmount('.5', 2, 'en-GB')).toBe(50n);
    expect(parseAmount('0', 12, 'en-GB')).toBe(0n);
    expect(parseAmount('7', 0, 'en-GB')).toBe(7n);
  });
  it('refuses what is not a plain amount, or finer than the chain counts', () => {
    for (const bad of ['', ' ', '-1', '1e3', 'abc', '1.2.3', '.', '0x10', '1.001', '1,5', '1,0000', ',100', '12,34.5']) expect(parseAmount(bad, 2, 'en-GB')).toBeNull();
    // the other locale's habits are refused, not read ten or a thousand times off
    expect(parseAmount('1.5', 12, 'de-DE')).toBeNull();
    expect(parseAmount('1,000', 2, 'de-DE')).toBeNull();
    expect(parseAmount('1 000', 12, 'en-GB')).toBe(1_000_000_000_000_000n);
  });
  it('writes an amount back as it is typed, and reads it again', () => {
    expect(amountInput(12_500_000_000_000n, 12, 'en-GB')).toBe('12.5');
    expect(amountInput('5000000000000', 12, 'de-DE')).toBe('5');
    expect(parseAmount(amountInput(123_456_789n, 6, 'de-DE'), 6, 'de-DE')).toBe(123_456_789n);
  });
});
