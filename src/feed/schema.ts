/**
 * Feed v1: the contract with publishers. This module is the single source of the
 * TypeScript types and of the published JSON Schema (`dist/feed.schema.json`).
 * Field names and time semantics are public; add fields compatibly, never rename.
 */
import * as z from 'zod/mini';
import { FEED_DATE_TIME_PATTERN, isFeedTime } from '../time/feed-time.js';
import { callDeadlineFields, fundingFactFields } from './funding-schema.js';
import {
  ACCESSIBILITY_FEATURES,
  APPLICANT_TYPES,
  ATTENDANCE_MODES,
  BUDGET_PERIODS,
  CURRENCY,
  DEADLINE_TYPES,
  DEFAULT_TIME_ZONE,
  EMAIL,
  EVENT_STATUSES,
  FUNDING_TYPES,
  isLanguageTag,
  PHONE,
  RECEIPT_KINDS,
  REGISTRATION_STATUSES,
  RRULE,
} from './feed-values.js';
import {
  amountValue,
  currencyCode,
  dateHint,
  feedDate,
  feedTime,
  id,
  oneOf,
  shown,
  text,
  timeZone,
  url,
  vital,
} from './schema-parts.js';
import { alternateSchema } from './alternate-schema.js';

export {
  ACCESSIBILITY_FEATURES,
  ALTERNATE_TYPES,
  APPLICANT_TYPES,
  DEADLINE_TYPES,
  DEFAULT_TIME_ZONE,
  FEED_SCHEMA_URL,
  FEED_VERSION,
  FUNDING_TYPES,
  isLanguageTag,
  RECEIPT_KINDS,
} from './feed-values.js';

export { dateHint, dateSchemas, urlSchemas, vitalSchemas } from './schema-parts.js';
export { alternateSchema } from './alternate-schema.js';
export { rangeSchemas } from './funding-schema.js';

/** Link schemas that keep only https: (images load into the partner's page, which may be https). */
export const secureUrlSchemas = new WeakSet<object>();

const secureUrl = () => {
  const schema = url();
  secureUrlSchemas.add(schema);
  return schema;
};

/** A plain e-mail address (see `EMAIL`). */
export const emailSchema = z.string({ error: (iss) => `${shown(iss.input)} must be an e-mail address` }).check(
  z.regex(EMAIL, {
    error: (iss) => `${shown(iss.input)} is not a plain e-mail address; write e.g. info@example.org`,
  }),
);

/** A phone number as people write it (see `PHONE`). */
const phone = () =>
  text().check(
    z.regex(PHONE, {
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


export const eventStatusSchema = oneOf(EVENT_STATUSES);

export const attendanceSchema = oneOf(ATTENDANCE_MODES);

/** A whole number from 0 to `max` (places, ages, pixels). */
const count = (max: number, example: string) =>
  z.number({ error: (iss) => `${shown(iss.input)} must be a number, e.g. ${example}` }).check(
    z.refine((n) => Number.isInteger(n) && n >= 0 && n <= max, {
      error: (iss) => `${shown(iss.input)} is not a whole number from 0 to ${max}`,
    }),
  );

const flag = () => z.custom<boolean>((value) => typeof value === 'boolean', { error: (iss) => `${shown(iss.input)} must be true or false` });

const currency = () =>
  z
    .string({ error: (iss) => `${shown(iss.input)} must be a currency code such as EUR` })
    .check(z.regex(CURRENCY, { error: (iss) => `${shown(iss.input)} is not an ISO 4217 code such as EUR` }));

export const registrationStatusSchema = oneOf(REGISTRATION_STATUSES);

export const registrationSchema = z.object({
  required: z.optional(flag()),
  url: z.optional(url()),
  deadline: z.optional(feedTime()),
  capacity: z.optional(count(1e6, '40')),
  remaining: z.optional(count(1e6, '5')),
  status: z.optional(registrationStatusSchema),
  updated: z.optional(feedTime()),
});

export const priceSchema = z.object({
  free: z.optional(flag()),
  amount: z.optional(
    z.number({ error: (iss) => `${shown(iss.input)} must be a number, e.g. 5 or 12.5` }).check(
      z.refine((n) => n >= 0 && n <= 1e6, { error: (iss) => `${shown(iss.input)} is not a price from 0 to 1000000` }),
    ),
  ),
  currency: z.optional(currency()),
  note: z.optional(text()),
});

export const accessibilitySchema = oneOf(ACCESSIBILITY_FEATURES);

const languageTag = () =>
  text().check(
    z.refine(isLanguageTag, { error: (iss) => `${shown(iss.input)} is not a language tag; write e.g. de, tr or gsg` }),
  );

export const ageRangeSchema = z.object({ min: z.optional(count(150, '6')), max: z.optional(count(150, '12')) });

export const imageSchema = z.object({
  url: secureUrl(),
  // Required, but may be empty: an empty text marks a decorative image.
  alt: z.string({ error: (iss) => `${shown(iss.input)} must be text; write "" for a decorative image` }),
  width: z.optional(count(1e4, '800')),
  height: z.optional(count(1e4, '450')),
});

export const recurrenceSchema = z.object({
  rule: z.string({ error: (iss) => `${shown(iss.input)} must be an RRULE value such as FREQ=WEEKLY;BYDAY=TU` }).check(
    z.regex(RRULE, {
      error: (iss) => `${shown(iss.input)} is not an RRULE value; write e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20171231`,
    }),
  ),
  exceptions: z.optional(z.array(feedTime())),
});

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
  registration: z.optional(registrationSchema),
  price: z.optional(priceSchema),
  accessibility: z.optional(z.array(accessibilitySchema)),
  accessibilityNote: z.optional(text()),
  languages: z.optional(z.array(languageTag())),
  audience: z.optional(stringList()),
  ageRange: z.optional(ageRangeSchema),
  image: z.optional(imageSchema),
  previousStart: z.optional(feedTime()),
  recurrence: z.optional(recurrenceSchema),
});

export const callSchema = z.object({
  id: id(),
  title: text(),
  description: z.optional(z.string()),
  opens: z.optional(feedTime()),
  // Required unless the call is rolling or gives stages or rounds (see `item-checks.ts`).
  deadline: z.optional(vital(feedTime())),
  timeZone: z.optional(timeZone()),
  funders: z.optional(stringList()),
  eligibility: z.optional(z.string()),
  programmeId: z.optional(text()),
  url: z.optional(url()),
  contact: z.optional(contactSchema),
  tags: z.optional(tags()),
  ...callDeadlineFields(),
  ...fundingFactFields(),
});



export const budgetSchema = z.object({
  amount: amountValue(),
  currency: currencyCode(),
  period: z.optional(
    oneOf(BUDGET_PERIODS),
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
  ...fundingFactFields(),
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
  alternates: z.optional(z.array(alternateSchema)),
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
export type FeedAlternate = z.infer<typeof alternateSchema>;
export type FeedDeadlineType = (typeof DEADLINE_TYPES)[number];
export type FeedReceipt = (typeof RECEIPT_KINDS)[number];
export type FeedFundingType = (typeof FUNDING_TYPES)[number];
export type FeedApplicant = (typeof APPLICANT_TYPES)[number];
export type FeedStage = NonNullable<FeedCall['stages']>[number];
/** The facts applicants decide by, which calls and programmes share. */
export type FeedFundingFacts = Pick<
  FeedProgramme,
  'fundingType' | 'fundingRate' | 'amount' | 'applicants' | 'population' | 'regions' | 'legalBasis' | 'applicationUrl'
>;
export type FeedRegistration = z.infer<typeof registrationSchema>;
export type FeedRegistrationStatus = z.infer<typeof registrationStatusSchema>;
export type FeedPrice = z.infer<typeof priceSchema>;
export type FeedAccessibility = z.infer<typeof accessibilitySchema>;
export type FeedImage = z.infer<typeof imageSchema>;
export type FeedRecurrence = z.infer<typeof recurrenceSchema>;
