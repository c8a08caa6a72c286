import { addDays, isValidPlainDate, type PlainDate } from './plain-date.js';
import { endOfDay, startOfDay, wallTimeAt, wallTimeToInstant, type WallTime } from './zoned.js';

/**
 * The three kinds of time value a feed may hold:
 * - `date`: a calendar date (`2017-03-20`), all-day;
 * - `local`: a wall-clock time without an offset (`2017-03-20T10:30`), read in the item's zone;
 * - `instant`: a date-time with `Z` or an offset, one point on the time line.
 */
export type FeedTime =
  | { readonly kind: 'date'; readonly date: PlainDate }
  | { readonly kind: 'local'; readonly wall: WallTime }
  | { readonly kind: 'instant'; readonly epochMs: number };

/** The accepted shapes, also published as the JSON Schema `pattern`. */
export const FEED_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const FEED_DATE_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?$';
export const FEED_TIME_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$';

const TIME_SHAPE = new RegExp(FEED_TIME_PATTERN);

/** The two-digit number at `at`, in a value whose shape is already known to be right. */
const twoDigits = (text: string, at: number) => (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/**
 * Parses a feed time value; `undefined` for anything that is not a real date or time.
 * The published pattern checks the shape; the fields are then read at their fixed places
 * rather than through a regular expression's captures, which is about 3× faster: a
 * calendar of thousands of events reads every start and end.
 */
export function parseFeedTime(value: string): FeedTime | undefined {
  if (!TIME_SHAPE.test(value)) return undefined;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (!isValidPlainDate(year, month, day)) return undefined;
  const length = value.length;
  if (length === 10) return { kind: 'date', date: { year, month, day } };
  // YYYY-MM-DDTHH:MM, then :SS, then .fraction, then Z or ±HH:MM.
  const sign = value[length - 6];
  const zoneAt = value[length - 1] === 'Z' ? length - 1 : sign === '+' || sign === '-' ? length - 6 : length;
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = value[16] === ':' ? twoDigits(value, 17) : 0;
  // Milliseconds from the fraction's first three digits: `.5` is 500, `.123456` is 123.
  const millisecond = value[19] === '.' ? Number(value.slice(20, Math.min(zoneAt, 23)).padEnd(3, '0')) : 0;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wall: WallTime = { year, month, day, hour, minute, second, millisecond };
  if (zoneAt === length) return { kind: 'local', wall };
  let offsetMinutes = 0;
  if (zoneAt === length - 6) {
    const hours = twoDigits(value, length - 5);
    const minutes = twoDigits(value, length - 2);
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offsetMinutes * 60_000;
  return { kind: 'instant', epochMs };
}

/** Whether a string is a valid feed time value (a date, or a date-time with or without offset). */
export function isFeedTime(value: string): boolean {
  return parseFeedTime(value) !== undefined;
}

/** The instant a time value starts, read in `timeZone` where it carries no offset. */
export function startInstant(time: FeedTime, timeZone: string): number {
  switch (time.kind) {
    case 'instant':
      return time.epochMs;
    case 'local':
      return wallTimeToInstant(time.wall, timeZone);
    case 'date':
      return startOfDay(time.date, timeZone);
  }
}

/**
 * The last instant a time value covers when it closes a range: a date-only end or
 * deadline is inclusive, so it lasts to 23:59:59.999 of that day in `timeZone`.
 */
export function endInstant(time: FeedTime, timeZone: string): number {
  return time.kind === 'date' ? endOfDay(time.date, timeZone) : startInstant(time, timeZone);
}

/** What a time value reads on the calendar (and the clock, unless it is a date) in `timeZone`. */
export function wallReading(time: FeedTime, timeZone: string): PlainDate | WallTime {
  switch (time.kind) {
    case 'date':
      return time.date;
    case 'local':
      return time.wall;
    case 'instant':
      return wallTimeAt(time.epochMs, timeZone);
  }
}

/** The calendar date a time value falls on, in `timeZone`. */
export function calendarDate(time: FeedTime, timeZone: string): PlainDate {
  const { year, month, day } = wallReading(time, timeZone);
  return { year, month, day };
}

/** The resolved timing of an item with a start and an optional end. */
export interface Timing {
  /** True when the start is a bare date. */
  readonly allDay: boolean;
  /** First instant covered. */
  readonly start: number;
  /** Last instant covered (inclusive); equals `start` for a timed item without an end. */
  readonly end: number;
  /** First calendar day, in the item's zone. */
  readonly startDate: PlainDate;
  /** Last calendar day covered (inclusive), in the item's zone. */
  readonly endDate: PlainDate;
  readonly timeZone: string;
  /** Whether an end was given. */
  readonly hasEnd: boolean;
}

/**
 * Whether `resolveTiming` would refuse these times (one does not parse, or the end lies before
 * the start), without the rest of its work: the calendar dates and the midnight rule, which
 * need more zone readings. A reader checks every item of a feed this way, and the widgets rely
 * on `resolveTiming` for every item it let through: the two must agree exactly (a differential
 * test in test/time/feed-time.test.ts holds them to it).
 */
export function endsBeforeStart(start: string, end: string | undefined, timeZone: string): boolean {
  const startTime = parseFeedTime(start);
  const endTime = end === undefined ? undefined : parseFeedTime(end);
  if (!startTime || (end !== undefined && !endTime)) return true;
  const allDay = startTime.kind === 'date';
  // A timed item without an end is a point in time: it cannot end before it starts.
  if (!endTime && !allDay) return false;
  const startMs = startInstant(startTime, timeZone);
  if (!allDay) return endInstant(endTime!, timeZone) < startMs;
  // An all-day item lasts to the end of its last calendar day; a zone may skip a whole day.
  const lastDay = endTime ? calendarDate(endTime, timeZone) : startTime.date;
  return endOfDay(lastDay, timeZone) < startMs;
}

/**
 * Resolves `start` / `end` strings (already validated) in `timeZone`.
 * Returns `undefined` when either does not parse or the end lies before the start.
 */
export function resolveTiming(start: string, end: string | undefined, timeZone: string): Timing | undefined {
  const startTime = parseFeedTime(start);
  if (!startTime) return undefined;
  const endTime = end === undefined ? undefined : parseFeedTime(end);
  if (end !== undefined && !endTime) return undefined;
  const allDay = startTime.kind === 'date';
  const startMs = startInstant(startTime, timeZone);
  const startDate = calendarDate(startTime, timeZone);
  let endMs: number;
  let endDate: PlainDate;
  if (!endTime) {
    endMs = allDay ? endOfDay(startDate, timeZone) : startMs;
    endDate = startDate;
  } else if (allDay) {
    // An all-day item ends with the whole of its last calendar day, whatever precision the end has.
    endDate = calendarDate(endTime, timeZone);
    endMs = endOfDay(endDate, timeZone);
  } else {
    endMs = endInstant(endTime, timeZone);
    endDate = calendarDate(endTime, timeZone);
    // A timed end at exactly midnight closes the previous day (10:00 to 00:00 is one evening).
    if (endTime.kind !== 'date' && endMs > startMs && startOfDay(endDate, timeZone) === endMs) {
      endDate = addDays(endDate, -1);
    }
  }
  if (endMs < startMs) return undefined;
  return { allDay, start: startMs, end: endMs, startDate, endDate, timeZone, hasEnd: endTime !== undefined };
}
