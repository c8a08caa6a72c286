import { parseFeedTime, startInstant } from '../time/feed-time.js';
import { MS_PER_DAY } from '../time/plain-date.js';

/**
 * Which occurrences of a recurring event the widgets and `from-ics` list: from a year
 * before today to two years after it, for an iCalendar feed and for a JSON feed's
 * `recurrence` alike.
 */
export const RECURRENCE_PAST_DAYS = 366;
export const RECURRENCE_FUTURE_DAYS = 731;

/** At most this many occurrences of one recurring event are listed. */
export const MAX_OCCURRENCES = 500;

/** The instants (ms) between which occurrences are listed, around `now`. */
export function recurrenceWindow(
  now: number,
  pastDays = RECURRENCE_PAST_DAYS,
  futureDays = RECURRENCE_FUTURE_DAYS,
): { from: number; until: number } {
  return { from: now - pastDays * MS_PER_DAY, until: now + futureDays * MS_PER_DAY };
}

/**
 * The days the widgets on the page show as today (their `now` attribute): demos and
 * previews of a past or future day need the occurrences around that day.
 */
function widgetDays(): number[] {
  if (typeof document === 'undefined') return [];
  const days = new Set<number>();
  for (const element of document.querySelectorAll('[now]')) {
    if (!element.localName.startsWith('qw-')) continue;
    const parsed = parseFeedTime(element.getAttribute('now')!.trim());
    if (parsed) days.add(Math.floor(startInstant(parsed, 'UTC') / MS_PER_DAY) * MS_PER_DAY);
  }
  return [...days];
}

/** The loader's settings of the window (`feedSettings`). */
export interface RecurrenceWindowSettings {
  readonly icsPastDays: number;
  readonly icsFutureDays: number;
}

/** For the widgets' loader: the windows around `now` and around every widget's own `now`, `now`'s first. */
export function pageRecurrenceWindows(now: number, settings: RecurrenceWindowSettings): { from: number; until: number }[] {
  return [now, ...widgetDays()].map((day) => recurrenceWindow(day, settings.icsPastDays, settings.icsFutureDays));
}
