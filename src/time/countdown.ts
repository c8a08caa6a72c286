/**
 * Deadline arithmetic for countdowns: how much time is left, in calendar days of the
 * deadline's own zone plus exact hours, minutes and seconds, the way Temporal's
 * `ZonedDateTime.until({ largestUnit: 'day' })` counts. A day is a calendar day, not
 * 24 hours, so the count does not jump by an hour when the clocks change.
 */
import { listFormat, numberFormat } from './intl-cache.js';
import { addDays, toEpochDay } from './plain-date.js';
import { wallTimeAt, wallTimeToInstant } from './zoned.js';

export interface TimeLeft {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly milliseconds: number;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const SECOND = 1000;

/**
 * The time from `now` to `deadline` (both instants), counted in `timeZone`.
 * `undefined` once the deadline has passed.
 */
export function timeLeft(now: number, deadline: number, timeZone: string): TimeLeft | undefined {
  if (deadline < now) return undefined;
  const start = wallTimeAt(now, timeZone);
  const end = wallTimeAt(deadline, timeZone);
  // The same wall-clock time `days` calendar days later; step back while that overshoots.
  let days = toEpochDay(end) - toEpochDay(start);
  let anchor = now;
  while (days > 0) {
    const candidate = wallTimeToInstant({ ...start, ...addDays(start, days) }, timeZone);
    if (candidate <= deadline) {
      anchor = candidate;
      break;
    }
    days--;
  }
  let rest = deadline - anchor;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = Math.floor(rest / SECOND);
  return { days, hours, minutes, seconds, milliseconds: rest - seconds * SECOND };
}

export type CountdownUnit = 'day' | 'hour' | 'minute' | 'second';

/**
 * The units worth showing: days and hours while a day or more is left, hours and
 * minutes on the last day, minutes and seconds in the last hour.
 */
export function displayedUnits(left: TimeLeft): readonly [CountdownUnit, number][] {
  if (left.days > 0) return [['day', left.days], ['hour', left.hours]];
  if (left.hours > 0) return [['hour', left.hours], ['minute', left.minutes]];
  return [['minute', left.minutes], ['second', left.seconds]];
}

/** "12 Tage, 4 Stunden" / "12 days, 4 hours": units from `Intl`, zero parts left out ("2 Sekunden"). */
export function formatTimeLeft(left: TimeLeft, locale: string): string {
  const units = displayedUnits(left);
  const shown = units.filter(([, value]) => value > 0);
  const parts = (shown.length > 0 ? shown : units.slice(-1))
    .map(([unit, value]) => numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value));
  return listFormat(locale, { style: 'short', type: 'unit' }).format(parts);
}

/**
 * Milliseconds until the displayed text can next change: the next tick of the
 * smallest shown unit. A shared clock sleeps this long instead of waking every second.
 */
export function msUntilNextChange(left: TimeLeft): number {
  const smallest = displayedUnits(left)[1]![0];
  const step = smallest === 'hour' ? HOUR : smallest === 'minute' ? MINUTE : SECOND;
  // What is left below one hour, reduced to what lies below the smallest shown unit.
  return ((left.minutes * MINUTE + left.seconds * SECOND + left.milliseconds) % step) + 1;
}
