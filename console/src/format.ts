// Numbers, amounts and times in the reader's locale. Pure functions (unit-tested).
import type { ApiPromise } from '@polkadot/api';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';

/** The reader's locale (the browser's first preference). */
export function userLocale(): string | undefined {
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

/**
 * A raw on-chain amount (integer in the smallest unit) with `decimals` decimals, in the
 * locale's grouping and decimal separator, at most `maxFraction` fraction digits
 * (truncated, never rounded up), followed by the symbol.
 */
export function formatAmount(
  raw: bigint | string | number,
  decimals: number,
  symbol: string,
  locale?: string,
  maxFraction = 4,
): string {
  const value = BigInt(raw);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = 10n ** BigInt(decimals);
  const whole = abs / unit;
  let fraction = decimals > 0 ? (abs % unit).toString().padStart(decimals, '0') : '';
  fraction = fraction.slice(0, maxFraction).replace(/0+$/, '');
  if (fraction === '' && abs !== 0n && whole === 0n) {
    // smaller than the digits shown: say so rather than print 0
    const tiny = `0${decimalSeparator(locale)}${'0'.repeat(Math.max(maxFraction - 1, 0))}1`;
    return `< ${tiny} ${symbol}`.trim();
  }
  const wholeText = new Intl.NumberFormat(locale, { useGrouping: true }).format(whole);
  const text = fraction ? `${wholeText}${decimalSeparator(locale)}${fraction}` : wholeText;
  return `${negative ? '-' : ''}${text} ${symbol}`.trim();
}

export function decimalSeparator(locale?: string): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return part?.value ?? '.';
}

/** A whole number (block numbers, counts) with the locale's grouping. */
export function formatNumber(n: number | bigint, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** A time (ms since the epoch) as the locale writes a date and time. */
export function formatTime(ms: number | null | undefined, locale?: string): string {
  if (ms === null || ms === undefined) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(ms));
}

/** A long address or hash shortened for tables: the start and the end. */
export function shorten(text: string, keep = 6): string {
  return text.length <= keep * 2 + 1 ? text : `${text.slice(0, keep)}…${text.slice(-keep)}`;
}

/** The organisation roles of pallet-certifications' bit mask (docs/records.md). */
export const ROLE_NAMES = [
  'manufacturer',
  'producer',
  'supplier',
  'standards organisation',
  'auditor',
  'service provider',
  'remanufacturer',
  'carrier',
  'bank',
  'customer',
] as const;

export function roleNames(mask: number | null | undefined): string[] {
  if (!mask) return [];
  return ROLE_NAMES.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/**
 * An amount typed by a person ("12.5", "1,000.25" in en, "1.000,25" in de) in the chain's
 * smallest unit, or null when it is not a plain non-negative number, has more fraction
 * digits than the chain's `decimals`, or uses the locale's grouping mark other than between
 * groups of three digits ("1,5" in en and "1.5" in de are refused, not read as 15: a typed
 * amount is never guessed at).
 */
export function parseAmount(text: string, decimals: number, locale?: string): bigint | null {
  const sep = decimalSeparator(locale);
  const group = sep === ',' ? '.' : ',';
  const t = text.trim().replace(/[\s\u00a0\u202f_]/g, '');
  if (t === '') return null;
  const [grouped, fraction = '', extra] = t.split(sep);
  if (extra !== undefined || !/^\d*$/.test(fraction)) return null;
  const groups = grouped.split(group);
  if (groups.length > 1 && !(/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  const whole = groups.join('');
  if (!/^\d*$/.test(whole) || (whole === '' && fraction === '')) return null;
  if (fraction.length > decimals) return null;
  return BigInt(whole || '0') * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
}

/** An amount in the smallest unit as a person types it back (no grouping, "." or the locale's separator). */
export function amountInput(raw: bigint | string, decimals: number, locale?: string): string {
  const v = BigInt(raw);
  const unit = 10n ** BigInt(decimals);
  const fraction = decimals > 0 ? (v % unit).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
  return fraction ? `${v / unit}${decimalSeparator(locale)}${fraction}` : `${v / unit}`;
}

/** An account in the chain's SS58 format (as a contract's JSON gives them), or null if it is none. */
export function ss58(api: ApiPromise | null, a: string | null | undefined): string | null {
  if (!a) return null;
  try {
    return encodeAddress(decodeAddress(a), api?.registry.chainSS58 ?? 42);
  } catch {
    return null;
  }
}
