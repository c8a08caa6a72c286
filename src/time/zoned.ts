import { dateTimeFormat, visitorTimeZone } from './intl-cache.js';
import { addDays, MS_PER_DAY, toEpochDay, type PlainDate } from './plain-date.js';

/** The zone of times written without an offset, where a feed or calendar file names none. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** A wall-clock reading: a calendar date and a time of day, in no particular zone. */
export interface WallTime extends PlainDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

function zoneParts(epochMs: number, timeZone: string): WallTime {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(epochMs);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    millisecond: ((epochMs % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

/**
 * Offsets of zones other than the visitor's own (that one `Date` reads, below), read from
 * `Intl` as rarely as a zone's rules allow. A reading costs
 * microseconds and a feed of 5,000 events over five years asks for tens of thousands, at
 * as many different instants. Zones never change offset twice within one day, so where a
 * UTC day starts and ends on the same offset, that offset holds for the whole day: two
 * readings serve every time in it. On the few days of a change, the instant of the change
 * is found once (to the second, as zones change), and serves every time of that day too.
 */
/** By zone, by UTC day since the epoch: the offsets before and after the day's change, if any, and its instant. */
const offsetCache = new Map<string, Map<number, { at: number; before: number; after: number }>>();
const OFFSET_CACHE_LIMIT = 100_000;

const offsetFromIntl = (epochMs: number, timeZone: string) => wallAsUtc(zoneParts(epochMs, timeZone)) - epochMs;

/** From here on every zone's offset is whole minutes (Monrovia's −0:44:30 ended in January 1972). */
const WHOLE_MINUTES_FROM = Date.UTC(1973, 0, 1);

/** The zone's offset from UTC at an instant, in milliseconds (Berlin in winter: +3 600 000). */
export function zoneOffset(epochMs: number, timeZone: string): number {
  // The visitor's own zone is the browser's: `Date` reads it from the same zone data, without
  // Intl, but in whole minutes. A feed most often names the zone its visitors are in.
  if (timeZone === visitorTimeZone() && epochMs >= WHOLE_MINUTES_FROM) return 0 - new Date(epochMs).getTimezoneOffset() * 60_000;
  let days = offsetCache.get(timeZone);
  if (!days) offsetCache.set(timeZone, (days = new Map()));
  const day = Math.floor(epochMs / MS_PER_DAY);
  let known = days.get(day);
  if (!known) {
    if (days.size >= OFFSET_CACHE_LIMIT) days.clear();
    let from = day * MS_PER_DAY;
    let to = from + MS_PER_DAY;
    const before = offsetFromIntl(from, timeZone);
    const after = offsetFromIntl(to, timeZone);
    // The second of the change, found in 17 readings (zones change on whole seconds).
    while (before !== after && to - from > 1000) {
      const middle = from + Math.floor((to - from) / 2000) * 1000;
      if (offsetFromIntl(middle, timeZone) === before) from = middle;
      else to = middle;
    }
    days.set(day, (known = { at: before === after ? Infinity : to, before, after }));
  }
  return epochMs < known.at ? known.before : known.after;
}

/** The wall-clock reading in a zone at an instant. */
export function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const d = new Date(epochMs + zoneOffset(epochMs, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** The calendar date in a zone at an instant. */
export function dateAt(epochMs: number, timeZone: string): PlainDate {
  const { year, month, day } = wallTimeAt(epochMs, timeZone);
  return { year, month, day };
}

/**
 * The instant a wall-clock time in a zone stands for, resolved as iCalendar and
 * Temporal's "compatible" disambiguation do: a time in a spring-forward gap moves
 * later by the gap's length, a time that exists twice in autumn takes the earlier one.
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
  return instantOfWall(wall, (epochMs) => zoneOffset(epochMs, timeZone));
}

/**
 * `wallTimeToInstant` for any zone given by its offset (ms) at each instant; zones
 * that only an iCalendar file defines (its VTIMEZONE) are read this way too.
 */
export function instantOfWall(wall: WallTime, offsetAt: (epochMs: number) => number): number {
  const asUtc = wallAsUtc(wall);
  // Offsets a day either side bracket any single transition near this time.
  const offsetBefore = offsetAt(asUtc - MS_PER_DAY);
  const offsetAfter = offsetAt(asUtc + MS_PER_DAY);
  // One offset either side: what the lines below would find too, without their lists.
  if (offsetBefore === offsetAfter) return asUtc - offsetBefore;
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => asUtc - offset)
    .filter((instant) => instant + offsetAt(instant) === asUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: read the wall time with the offset in force before it, which lands after it.
  return asUtc - offsetBefore;
}

/** The first instant of a calendar date in a zone (not always 00:00 where DST starts at midnight). */
export function startOfDay(date: PlainDate, timeZone: string): number {
  return wallTimeToInstant({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** The last millisecond of a calendar date in a zone: how a date-only deadline ends. */
export function endOfDay(date: PlainDate, timeZone: string): number {
  return startOfDay(addDays(date, 1), timeZone) - 1;
}

/** The visitor's day (since the epoch) at an instant: "today" for a widget. */
export const visitorDay = (epochMs: number): number => toEpochDay(dateAt(epochMs, visitorTimeZone()));
