/**
 * The building blocks of the feed schema: texts, dates, links, fixed words and amounts, each
 * with a message that tells a publisher how to fix a wrong value.
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../time/intl-cache.js';
import { FEED_DATE_PATTERN, FEED_TIME_PATTERN, isFeedTime } from '../time/feed-time.js';
import { CURRENCY, MAX_AMOUNT } from './feed-values.js';

/**
 * A wrong value, quoted for a message. Lists and objects are named, not printed: a feed may
 * nest them thousands deep, which would overflow the stack of `JSON.stringify`.
 */
export const shown = (input: unknown) => {
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object' && input !== null) return 'an object';
  const text = Object.is(input, -0) ? '-0' : String(input);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
};

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2}))?/;
const pad2 = (n: string | undefined) => (n ?? '').padStart(2, '0');

/** A plain-language fix for a value that is not a feed date, with a rewrite where one is obvious. */
export function dateHint(input: unknown): string {
  if (typeof input !== 'string') return `${shown(input)} is not a date; write it as text, e.g. 2017-03-20`;
  const german = GERMAN_DATE.exec(input.trim());
  if (german) {
    const [, d, m, y, h, min] = german;
    const date = `${y}-${pad2(m)}-${pad2(d)}`;
    return `${shown(input)} is not a date; write ${h === undefined ? date : `${date}T${pad2(h)}:${min}`}`;
  }
  return `${shown(input)} is not a date; write 2017-03-20, 2017-03-20T10:30 or 2017-03-20T10:30+01:00`;
}

export const text = () =>
  z.string({ error: (iss) => `${shown(iss.input)} must be text` }).check(
    z.refine((value) => value.trim().length > 0, { error: 'must not be empty' }),
  );

export const id = text;

/** Schemas of an item's dates: one that does not exist skips the item, even where the field is optional (the reader's shape does the same, `feed-shape.ts`). */
export const dateSchemas = new WeakSet<object>();

export const datePattern = (pattern: string, real: string) => {
  const schema = z
    .string({ error: (iss) => dateHint(iss.input) })
    .check(
      z.regex(new RegExp(pattern), { error: (iss) => dateHint(iss.input) }),
      z.refine(isFeedTime, { error: (iss) => `${shown(iss.input)} is not a real ${real}` }),
    );
  dateSchemas.add(schema);
  return schema;
};

/** Schemas whose invalid value skips the item though the field is optional (a call's `deadline`, required until it could be left out). */
export const vitalSchemas = new WeakSet<object>();
export const vital = <T extends object>(schema: T): T => {
  vitalSchemas.add(schema);
  return schema;
};

export const feedTime = () => datePattern(FEED_TIME_PATTERN, 'date or time');

export const feedDate = () => datePattern(FEED_DATE_PATTERN, 'date');

export const timeZone = () =>
  z.string({ error: (iss) => `${shown(iss.input)} must be a time zone name such as Europe/Berlin` }).check(
    z.refine(isValidTimeZone, {
      error: (iss) => `${shown(iss.input)} is not a known time zone; write an IANA name such as Europe/Berlin`,
    }),
  );

/** Schemas of link fields: the reader resolves and filters them (`parse.ts`, links in `feed-shape.ts`). */
export const urlSchemas = new WeakSet<object>();

/**
 * A link. Relative URLs are resolved against the feed's own URL when the feed is
 * read; only http: and https: survive.
 */
export const url = () => {
  const schema = z.string({ error: (iss) => `${shown(iss.input)} must be a web address` }).check(
    z.refine((value) => value.trim().length > 0, { error: 'must not be empty' }),
  );
  urlSchemas.add(schema);
  return schema;
};

/** One of fixed words; the message lists them ("'live' is not allowed; use offline, online or mixed"). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => `${shown(iss.input)} is not allowed; use ${values.join(', ')}` });


export function amountValue() {
  return z.number({ error: (iss) => `${shown(iss.input)} must be a number, e.g. 300000000` }).check(
    // 1 / -0 is -Infinity: that refuses -0.
    z.refine((n) => n >= 0 && n <= MAX_AMOUNT && 1 / n > 0, {
      error: (iss) => `${shown(iss.input)} is not an amount; write a number from 0 to 10¹², e.g. 300000000`,
    }),
  );
}

export function currencyCode() {
  return z
    .string({ error: (iss) => `${shown(iss.input)} must be a currency code such as EUR` })
    .check(z.regex(CURRENCY, { error: (iss) => `${shown(iss.input)} is not an ISO 4217 code such as EUR` }));
}
