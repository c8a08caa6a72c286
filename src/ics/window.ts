import { MS_PER_DAY } from '../time/plain-date.js';

/**
 * Which occurrences of a recurring event an iCalendar feed lists: from a year before
 * today to two years after it, both in the widgets and in `from-ics`.
 */
export const RECURRENCE_PAST_DAYS = 366;
export const RECURRENCE_FUTURE_DAYS = 731;

/** The instants (ms) between which occurrences are listed, around `now`. */
export function recurrenceWindow(
  now: number,
  pastDays = RECURRENCE_PAST_DAYS,
  futureDays = RECURRENCE_FUTURE_DAYS,
): { from: number; until: number } {
  return { from: now - pastDays * MS_PER_DAY, until: now + futureDays * MS_PER_DAY };
}
