import { numberFormat } from '../time/intl-cache.js';

const NUMBER_PARTS = new Set<string>(['integer', 'group', 'decimal', 'fraction', 'compact']);

/**
 * A sum in `Intl`'s compact notation: "300 Mio. €" (`short`) or "€300 million" (`long`).
 * `Intl` has no long compact form with a currency, so the long form puts the compact
 * number ("300 million") where the short one has its number, keeping the locale's
 * currency placement.
 */
export function formatMoney(amount: number, currency: string, locale: string, display: 'short' | 'long'): string {
  const parts = numberFormat(locale, { style: 'currency', currency, notation: 'compact' }).formatToParts(amount);
  if (display === 'short') return parts.map((part) => part.value).join('');
  const first = parts.findIndex((part) => NUMBER_PARTS.has(part.type));
  const last = parts.findLastIndex((part) => NUMBER_PARTS.has(part.type));
  if (first < 0) return parts.map((part) => part.value).join('');
  const number = numberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(amount);
  return [...parts.slice(0, first).map((p) => p.value), number, ...parts.slice(last + 1).map((p) => p.value)].join('');
}
