/**
 * Feed v1: the contract with publishers. This module is the single source of the
 * TypeScript types and of the published JSON Schema (`dist/feed.schema.json`).
 * Field names and time semantics are public; add fields compatibly, never rename.
 */
import * as z from 'zod/mini';
import { DEFAULT_TIME_ZONE } from '../time/zoned.js';
import { FEED_DATE_TIME_PATTERN, isFeedTime } from '../time/feed-time.js';
import {
  APPLICANT_TYPES,
  callDeadlineFields,
  DEADLINE_TYPES,
  FUNDING_TYPES,
  fundingFactFields,
  RECEIPT_KINDS,
} from './funding-schema.js';
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

export const FEED_VERSION = 1;
/** Where editors find the feed's JSON Schema: its `$id`, and the `$schema` that `from-ics` writes. */
export const FEED_SCHEMA_URL = 'https://unpkg.com/quartier-widgets/dist/feed.schema.json';
export { DEFAULT_TIME_ZONE };

export { dateHint, dateSchemas, urlSchemas, vitalSchemas } from './schema-parts.js';
export { APPLICANT_TYPES, DEADLINE_TYPES, FUNDING_TYPES, RECEIPT_KINDS, rangeSchemas } from './funding-schema.js';

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
