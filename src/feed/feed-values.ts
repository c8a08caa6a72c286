/**
 * The fixed words and patterns of feed v1, without the schema around them: the widgets'
 * reader (src/feed/feed-shape.ts) and the zod schema (src/feed/schema.ts) share them, and
 * modules that only need a word list import them from here, so zod stays out of the bundle.
 */
export { DEFAULT_TIME_ZONE } from '../time/zoned.js';

export const FEED_VERSION = 1;
/** Where editors find the feed's JSON Schema: its `$id`, and the `$schema` that `from-ics` writes. */
export const FEED_SCHEMA_URL = 'https://unpkg.com/quartier-widgets/dist/feed.schema.json';

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export const REGISTRATION_STATUSES = ['open', 'waitlist', 'full', 'closed'] as const;
export const BUDGET_PERIODS = ['year', 'total'] as const;

export const ACCESSIBILITY_FEATURES = [
  'step-free',
  'accessible-toilet',
  'hearing-loop',
  'sign-language',
  'captioning',
  'easy-language',
  'childcare',
  'quiet-room',
  'assistance-dogs',
] as const;

export const ALTERNATE_TYPES = ['text/calendar', 'application/rss+xml', 'text/html'] as const;

export const DEADLINE_TYPES = ['fixed', 'rolling', 'until-funds-exhausted'] as const;
export const RECEIPT_KINDS = ['received', 'postmarked', 'submitted-online'] as const;
export const FUNDING_TYPES = ['grant', 'loan', 'guarantee', 'equity', 'prize', 'advice'] as const;
export const APPLICANT_TYPES = [
  'municipality',
  'county',
  'association',
  'nonprofit',
  'company',
  'sme',
  'research',
  'school',
  'church',
  'public-body',
  'individual',
] as const;

/**
 * A plain e-mail address: no `mailto:`, query, fragment, display name or control character;
 * the local part at most 64 characters and the whole at most 254 (RFC 5321).
 */
export const EMAIL = /^(?=.{1,254}$)[^\s\p{Cc}@?&#,;:<>()[\]\\"'/]{1,64}@[^\s\p{Cc}@?&#,;:<>()[\]\\"'/]+\.[^\s\p{Cc}@?&#,;:<>()[\]\\"'/.]+$/u;
/** A phone number as people write it: digits with spaces, `()`, `-`, `/`, one leading `+`; at least 3 digits. */
export const PHONE = /^(?=.{0,60}$)\s*\+?[\s()/-]*(\d[\s()/-]*){3,}$/;
/** ISO 4217. */
export const CURRENCY = /^[A-Z]{3}$/;
/** ISO 3166-2: a country (`DE`) or one of its subdivisions (`DE-NW`). */
export const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
/** An RFC 5545 RRULE value with a FREQ part. */
export const RRULE = /^(?=(?:.*;)?FREQ=(?:SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY)(?:;|$))[A-Z]+=[^;=\s]+(?:;[A-Z]+=[^;=\s]+)*$/;

/** A trillion: more than any public body's budget, so a larger amount is a slip of the keyboard. */
export const MAX_AMOUNT = 1e12;

export const isLanguageTag = (value: string): boolean => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};
