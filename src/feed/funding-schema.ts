/**
 * Feed fields of funding: the kinds of deadline a call has (fixed, rolling, until funds run
 * out; stages; rounds; what the deadline means) and the facts applicants decide by.
 */
import * as z from 'zod/mini';
import { amountValue, currencyCode, feedTime, oneOf, shown, text, url } from './schema-parts.js';
import { APPLICANT_TYPES, DEADLINE_TYPES, FUNDING_TYPES, RECEIPT_KINDS, REGION } from './feed-values.js';

/** The kinds of deadline, stages, rounds and what a deadline means: fields of a call. */
export function callDeadlineFields() {
  return {
    deadlineType: z.optional(oneOf(DEADLINE_TYPES)),
    stages: z.optional(
      z.array(
        z.object({ title: text(), opens: z.optional(feedTime()), deadline: feedTime(), description: z.optional(z.string()) }),
        { error: 'must be a list of stages, e.g. [{ "title": "Interessenbekundung", "deadline": "2026-03-31" }]' },
      ),
    ),
    rounds: z.optional(z.array(feedTime(), { error: 'must be a list of dates, e.g. ["2026-03-31", "2026-09-30"]' })),
    receipt: z.optional(oneOf(RECEIPT_KINDS)),
  };
}

/** A percentage of eligible costs. */
const percent = () =>
  z.number({ error: (iss) => `${shown(iss.input)} must be a number from 0 to 100` }).check(
    z.refine((n) => n >= 0 && n <= 100, { error: (iss) => `${shown(iss.input)} is not a percentage from 0 to 100` }),
  );

const count = () =>
  z.number({ error: (iss) => `${shown(iss.input)} must be a number` }).check(
    z.refine((n) => Number.isSafeInteger(n) && n >= 0, { error: (iss) => `${shown(iss.input)} is not a whole number of 0 or more` }),
  );

/** `{ min?, max? }` with min ≤ max; the reader checks the order (`parse.ts`, ranges in `feed-shape.ts`). */
export const rangeSchemas = new WeakSet<object>();
const range = (value: () => z.ZodMiniType<number>) => {
  const schema = z.object({ min: z.optional(value()), max: z.optional(value()) });
  rangeSchemas.add(schema);
  return schema;
};

/** A region code (see `REGION`). */
const region = () =>
  z.string({ error: (iss) => `${shown(iss.input)} must be a region code such as DE or DE-NW` }).check(
    z.regex(REGION, {
      error: (iss) => `${shown(iss.input)} is not an ISO 3166-2 code; write DE for nationwide or e.g. DE-NW for a Land`,
    }),
  );

/** What applicants decide by: fields of calls and programmes alike. */
export function fundingFactFields() {
  return {
    fundingType: z.optional(z.array(oneOf(FUNDING_TYPES))),
    fundingRate: z.optional(range(percent)),
    amount: z.optional(
      z.object({
        min: z.optional(amountValue()),
        max: z.optional(amountValue()),
        currency: currencyCode(),
      }),
    ),
    applicants: z.optional(z.array(oneOf(APPLICANT_TYPES))),
    population: z.optional(range(count)),
    regions: z.optional(z.array(region())),
    legalBasis: z.optional(z.object({ title: text(), url: z.optional(url()) })),
    applicationUrl: z.optional(url()),
  };
}
