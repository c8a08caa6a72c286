/**
 * Feed v1 as the widgets' reader checks it: the same fields, order and rules as the zod
 * schema (src/feed/schema.ts), written as plain functions. Checking a valid feed this way
 * needs neither zod nor the schema's messages in the script-tag bundle, and it is faster;
 * only a feed with a wrong value loads the schema, to say what is wrong (src/feed/explain.ts).
 * test/feed/feed-shape.test.ts walks both trees side by side and checks that every value
 * of a large generated set is accepted and rejected alike.
 */
import { FEED_DATE_PATTERN, FEED_DATE_TIME_PATTERN, FEED_TIME_PATTERN, isFeedTime } from '../time/feed-time.js';
import { isValidTimeZone } from '../time/intl-cache.js';
import {
  ACCESSIBILITY_FEATURES,
  ALTERNATE_TYPES,
  APPLICANT_TYPES,
  ATTENDANCE_MODES,
  BUDGET_PERIODS,
  CURRENCY,
  DEADLINE_TYPES,
  EMAIL,
  EVENT_STATUSES,
  FUNDING_TYPES,
  isLanguageTag,
  MAX_AMOUNT,
  PHONE,
  RECEIPT_KINDS,
  REGION,
  REGISTRATION_STATUSES,
  RRULE,
} from './feed-values.js';

/** A value's verdict: valid; invalid (an optional field is dropped); invalid so that its item cannot be shown. */
export const VALID = 0;
export const INVALID = 1;
export const FATAL = 2;
export type Verdict = typeof VALID | typeof INVALID | typeof FATAL;

/** A single value's check. */
export type Check = (value: unknown) => Verdict;
/** A link: a non-empty text the reader then resolves; `https` keeps only https: links (images). */
export interface LinkShape {
  readonly link: 'http' | 'https';
}
export interface ObjectShape {
  readonly fields: Readonly<Record<string, Shape | OptionalShape>>;
  /** `{ min?, max? }` whose min must not exceed its max. */
  readonly range?: true;
}
export interface ListShape {
  readonly list: Shape;
}
export interface OptionalShape {
  readonly optional: Shape;
}
export type Shape = Check | LinkShape | ObjectShape | ListShape;

const verdict = (valid: boolean): Verdict => (valid ? VALID : INVALID);
const isString = (value: unknown): value is string => typeof value === 'string';
const isText = (value: unknown): value is string => isString(value) && value.trim().length > 0;
/** A finite number, as zod's `number()` accepts it. */
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const string: Check = (value) => verdict(isString(value));
const text: Check = (value) => verdict(isText(value));
const matching =
  (pattern: RegExp, base: (value: unknown) => value is string = isString): Check =>
  (value) =>
    verdict(base(value) && pattern.test(value));
const numberWhere =
  (test: (n: number) => boolean): Check =>
  (value) =>
    verdict(isNumber(value) && test(value));
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    verdict(values.includes(value as string));
/** A date or date-time: the wrong shape is invalid, the right shape of a day that does not exist is fatal. */
const datePattern = (pattern: string): Check => {
  const shape = new RegExp(pattern);
  return (value) => (!isString(value) || !shape.test(value) ? INVALID : isFeedTime(value) ? VALID : FATAL);
};
const feedTime = datePattern(FEED_TIME_PATTERN);
/** A field whose every fault hides its item, though it may be left out. */
const vital =
  (check: Check): Check =>
  (value) =>
    check(value) && FATAL;

const optional = (shape: Shape): OptionalShape => ({ optional: shape });
const list = (shape: Shape): ListShape => ({ list: shape });
const object = (fields: ObjectShape['fields']): ObjectShape => ({ fields });
const range = (check: Check): ObjectShape => ({ fields: { min: optional(check), max: optional(check) }, range: true });
const texts = list(text);
const link: LinkShape = { link: 'http' };
const wholeNumber = (max: number) => numberWhere((n) => Number.isInteger(n) && n >= 0 && n <= max);
const amount = numberWhere((n) => n >= 0 && n <= MAX_AMOUNT && 1 / n > 0);
const currency = matching(CURRENCY);
const timeZone: Check = (value) => verdict(isString(value) && isValidTimeZone(value));
const flag: Check = (value) => verdict(typeof value === 'boolean');

const contact = object({
  name: optional(text),
  email: optional(matching(EMAIL)),
  url: optional(link),
  phone: optional(matching(PHONE, isText)),
});

const location = object({
  name: optional(text),
  address: optional(text),
  postalCode: optional(text),
  city: optional(text),
  region: optional(text),
  url: optional(link),
});

export const eventShape = object({
  id: text,
  title: text,
  description: optional(string),
  start: feedTime,
  end: optional(feedTime),
  timeZone: optional(timeZone),
  status: optional(oneOf(EVENT_STATUSES)),
  attendance: optional(oneOf(ATTENDANCE_MODES)),
  location: optional(location),
  organizer: optional(contact),
  url: optional(link),
  registrationUrl: optional(link),
  tags: optional(texts),
  programmeId: optional(text),
  registration: optional(
    object({
      required: optional(flag),
      url: optional(link),
      deadline: optional(feedTime),
      capacity: optional(wholeNumber(1e6)),
      remaining: optional(wholeNumber(1e6)),
      status: optional(oneOf(REGISTRATION_STATUSES)),
      updated: optional(feedTime),
    }),
  ),
  price: optional(
    object({
      free: optional(flag),
      amount: optional(numberWhere((n) => n >= 0 && n <= 1e6)),
      currency: optional(currency),
      note: optional(text),
    }),
  ),
  accessibility: optional(list(oneOf(ACCESSIBILITY_FEATURES))),
  accessibilityNote: optional(text),
  languages: optional(list((value) => verdict(isText(value) && isLanguageTag(value)))),
  audience: optional(texts),
  ageRange: optional(object({ min: optional(wholeNumber(150)), max: optional(wholeNumber(150)) })),
  image: optional(
    object({
      url: { link: 'https' },
      alt: string,
      width: optional(wholeNumber(1e4)),
      height: optional(wholeNumber(1e4)),
    }),
  ),
  previousStart: optional(feedTime),
  recurrence: optional(object({ rule: matching(RRULE), exceptions: optional(list(feedTime)) })),
});

/** What calls and programmes share: the facts applicants decide by. */
const fundingFacts = {
  fundingType: optional(list(oneOf(FUNDING_TYPES))),
  fundingRate: optional(range(numberWhere((n) => n >= 0 && n <= 100))),
  amount: optional(object({ min: optional(amount), max: optional(amount), currency })),
  applicants: optional(list(oneOf(APPLICANT_TYPES))),
  population: optional(range(numberWhere((n) => Number.isSafeInteger(n) && n >= 0))),
  regions: optional(list(matching(REGION))),
  legalBasis: optional(object({ title: text, url: optional(link) })),
  applicationUrl: optional(link),
};

export const callShape = object({
  id: text,
  title: text,
  description: optional(string),
  opens: optional(feedTime),
  // Required unless the call is rolling or gives stages or rounds (see `item-checks.ts`).
  deadline: optional(vital(feedTime)),
  timeZone: optional(timeZone),
  funders: optional(texts),
  eligibility: optional(string),
  programmeId: optional(text),
  url: optional(link),
  contact: optional(contact),
  tags: optional(texts),
  deadlineType: optional(oneOf(DEADLINE_TYPES)),
  stages: optional(
    list(object({ title: text, opens: optional(feedTime), deadline: feedTime, description: optional(string) })),
  ),
  rounds: optional(list(feedTime)),
  receipt: optional(oneOf(RECEIPT_KINDS)),
  ...fundingFacts,
});

export const programmeShape = object({
  id: text,
  name: text,
  summary: optional(string),
  funders: optional(texts),
  budget: optional(object({ amount, currency, period: optional(oneOf(BUDGET_PERIODS)) })),
  start: optional(datePattern(FEED_DATE_PATTERN)),
  end: optional(datePattern(FEED_DATE_PATTERN)),
  url: optional(link),
  contact: optional(contact),
  tags: optional(texts),
  relatedProgrammeIds: optional(texts),
  ...fundingFacts,
});

/** The feed's own fields; `events`, `calls` and `programmes` are read item by item. */
export const feedShape = object({
  $schema: optional(string),
  version: numberWhere(() => true),
  title: optional(text),
  language: optional(text),
  timeZone: optional(timeZone),
  updated: optional((value) => verdict(isString(value) && new RegExp(FEED_DATE_TIME_PATTERN).test(value) && isFeedTime(value))),
  alternates: optional(
    list(
      object({
        type: oneOf(ALTERNATE_TYPES),
        url: link,
        title: optional(text),
        tags: optional(texts),
        programmeId: optional(text),
      }),
    ),
  ),
  events: optional(list(eventShape)),
  calls: optional(list(callShape)),
  programmes: optional(list(programmeShape)),
});
