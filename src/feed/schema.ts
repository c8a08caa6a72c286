/**
 * Feed v1: the contract with publishers. This module is the single source of the
 * TypeScript types and of the published JSON Schema (`dist/feed.schema.json`).
 * Field names and time semantics are public; add fields compatibly, never rename.
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../time/intl-cache.js';
import { DEFAULT_TIME_ZONE } from '../time/zoned.js';
import { FEED_DATE_PATTERN, FEED_DATE_TIME_PATTERN, FEED_TIME_PATTERN, isFeedTime } from '../time/feed-time.js';

export const FEED_VERSION = 1;
/** Where editors find the feed's JSON Schema: its `$id`, and the `$schema` that `from-ics` writes. */
export const FEED_SCHEMA_URL = 'https://unpkg.com/quartier-widgets/dist/feed.schema.json';
export { DEFAULT_TIME_ZONE };

/**
 * A wrong value, quoted for a message. Lists and objects are named, not printed: a feed may
 * nest them thousands deep, which would overflow the stack of `JSON.stringify`.
 */
const shown = (input: unknown) => {
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

const text = () =>
  z.string({ error: (iss) => `${shown(iss.input)} must be text` }).check(
    z.refine((value) => value.trim().length > 0, { error: 'must not be empty' }),
  );

const id = text;

/** Schemas of an item's dates: one that does not exist skips the item, even where the field is optional (see `parse.ts`). */
export const dateSchemas = new WeakSet<object>();

const datePattern = (pattern: string, real: string) => {
  const schema = z
    .string({ error: (iss) => dateHint(iss.input) })
    .check(
      z.regex(new RegExp(pattern), { error: (iss) => dateHint(iss.input) }),
      z.refine(isFeedTime, { error: (iss) => `${shown(iss.input)} is not a real ${real}` }),
    );
  dateSchemas.add(schema);
  return schema;
};

const feedTime = () => datePattern(FEED_TIME_PATTERN, 'date or time');

const feedDate = () => datePattern(FEED_DATE_PATTERN, 'date');

const timeZone = () =>
  z.string({ error: (iss) => `${shown(iss.input)} must be a time zone name such as Europe/Berlin` }).check(
    z.refine(isValidTimeZone, {
      error: (iss) => `${shown(iss.input)} is not a known time zone; write an IANA name such as Europe/Berlin`,
    }),
  );

/** Schemas of link fields: the reader resolves and filters them (see `parse.ts`). */
export const urlSchemas = new WeakSet<object>();

/**
 * A link. Relative URLs are resolved against the feed's own URL when the feed is
 * read; only http: and https: survive.
 */
const url = () => {
  const schema = z.string({ error: (iss) => `${shown(iss.input)} must be a web address` }).check(
    z.refine((value) => value.trim().length > 0, { error: 'must not be empty' }),
  );
  urlSchemas.add(schema);
  return schema;
};

/**
 * A plain e-mail address: no `mailto:`, query, fragment, display name or control character;
 * the local part at most 64 characters and the whole at most 254 (RFC 5321).
 */
export const emailSchema = z.string({ error: (iss) => `${shown(iss.input)} must be an e-mail address` }).check(
  z.regex(/^(?=.{1,254}$)[^\s\p{Cc}@?&#,;:<>()[\]\\"'/]{1,64}@[^\s\p{Cc}@?&#,;:<>()[\]\\"'/]+\.[^\s\p{Cc}@?&#,;:<>()[\]\\"'/.]+$/u, {
    error: (iss) => `${shown(iss.input)} is not a plain e-mail address; write e.g. info@example.org`,
  }),
);

/** A phone number as people write it: digits with spaces, `()`, `-`, `/`, one leading `+`; at least 3 digits. */
const phone = () =>
  text().check(
    z.regex(/^(?=.{0,60}$)\s*\+?[\s()/-]*(\d[\s()/-]*){3,}$/, {
      error: (iss) => `${shown(iss.input)} is not a phone number; write up to 60 digits, spaces, ( ) - /, e.g. +49 30 695370 80`,
    }),
  );

const stringList = () => z.array(text(), { error: (iss) => `${shown(iss.input)} must be a list of texts` });

const tags = stringList;

export const contactSchema = z.object({
  name: z.optional(text()),
  email: z.optional(emailSchema),
  url: z.optional(url()),
  phone: z.optional(phone()),
});

export const locationSchema = z.object({
  name: z.optional(text()),
  address: z.optional(text()),
  postalCode: z.optional(text()),
  city: z.optional(text()),
  region: z.optional(text()),
  url: z.optional(url()),
});

/** One of fixed words; the message lists them ("'live' is not allowed; use offline, online or mixed"). */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => `${shown(iss.input)} is not allowed; use ${values.join(', ')}` });

export const eventStatusSchema = oneOf(['scheduled', 'cancelled', 'postponed', 'rescheduled']);

export const attendanceSchema = oneOf(['offline', 'online', 'mixed']);

export const eventSchema = z.object({
  id: id(),
  title: text(),
  description: z.optional(z.string()),
  start: feedTime(),
  end: z.optional(feedTime()),
  timeZone: z.optional(timeZone()),
  status: z.optional(eventStatusSchema),
  attendance: z.optional(attendanceSchema),
  location: z.optional(locationSchema),
  organizer: z.optional(contactSchema),
  url: z.optional(url()),
  registrationUrl: z.optional(url()),
  tags: z.optional(tags()),
  programmeId: z.optional(text()),
});

export const callSchema = z.object({
  id: id(),
  title: text(),
  description: z.optional(z.string()),
  opens: z.optional(feedTime()),
  deadline: feedTime(),
  timeZone: z.optional(timeZone()),
  funders: z.optional(stringList()),
  eligibility: z.optional(z.string()),
  programmeId: z.optional(text()),
  url: z.optional(url()),
  contact: z.optional(contactSchema),
  tags: z.optional(tags()),
});

/** A trillion: more than any public body's budget, so a larger amount is a slip of the keyboard. */
const MAX_AMOUNT = 1e12;

export const budgetSchema = z.object({
  amount: z.number({ error: (iss) => `${shown(iss.input)} must be a number, e.g. 300000000` }).check(
    // 1 / -0 is -Infinity: that refuses -0.
    z.refine((n) => n >= 0 && n <= MAX_AMOUNT && 1 / n > 0, {
      error: (iss) => `${shown(iss.input)} is not an amount; write a number from 0 to 10¹², e.g. 300000000`,
    }),
  ),
  currency: z
    .string({ error: (iss) => `${shown(iss.input)} must be a currency code such as EUR` })
    .check(z.regex(/^[A-Z]{3}$/, { error: (iss) => `${shown(iss.input)} is not an ISO 4217 code such as EUR` })),
  period: z.optional(
    oneOf(['year', 'total']),
  ),
});

export const programmeSchema = z.object({
  id: id(),
  name: text(),
  summary: z.optional(z.string()),
  funders: z.optional(stringList()),
  budget: z.optional(budgetSchema),
  start: z.optional(feedDate()),
  end: z.optional(feedDate()),
  url: z.optional(url()),
  contact: z.optional(contactSchema),
  tags: z.optional(tags()),
  relatedProgrammeIds: z.optional(stringList()),
});

export const feedSchema = z.object({
  $schema: z.optional(z.string()),
  version: z.number(),
  title: z.optional(text()),
  language: z.optional(text()),
  timeZone: z._default(timeZone(), DEFAULT_TIME_ZONE),
  updated: z.optional(
    z
      .string()
      .check(
        z.regex(new RegExp(FEED_DATE_TIME_PATTERN), { error: (iss) => dateHint(iss.input) }),
        z.refine(isFeedTime, { error: 'is not a real date-time' }),
      ),
  ),
  events: z._default(z.array(eventSchema), []),
  calls: z._default(z.array(callSchema), []),
  programmes: z._default(z.array(programmeSchema), []),
});

export type FeedContact = z.infer<typeof contactSchema>;
export type FeedLocation = z.infer<typeof locationSchema>;
export type FeedEventStatus = z.infer<typeof eventStatusSchema>;
export type FeedAttendance = z.infer<typeof attendanceSchema>;
export type FeedEvent = z.infer<typeof eventSchema>;
export type FeedCall = z.infer<typeof callSchema>;
export type FeedBudget = z.infer<typeof budgetSchema>;
export type FeedProgramme = z.infer<typeof programmeSchema>;
export type Feed = z.infer<typeof feedSchema>;
