/**
 * A first look at a large feed, a chunk loaded only for one: the events of the days a widget
 * is about to show (a calendar's month), read before the rest, so they are drawn while the
 * rest is read. They are read by the same reader as the whole feed, given by the store;
 * `qw-feed-load` and its issues come with the whole feed.
 */
import type { FeedReadResult } from './feed-issue.js';
import type { FeedPreview, Period } from './preview-period.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** The date a time is written on, or undefined where it is not written as a date the reader knows. */
const dateOf = (value: unknown) => (typeof value === 'string' && /^\s*\d{4}-\d\d-\d\d/.test(value) ? value.trim().slice(0, 10) : undefined);

/**
 * The events of a parsed feed that fall on the periods, read by `read`, or `undefined` where a
 * first look would not help: most events in the periods, or a series among them (series are
 * expanded after the whole read). An event whose dates cannot be told is taken.
 */
export function readPreview(
  json: Record<string, unknown> & { events: unknown[] },
  base: string,
  periods: readonly Period[],
  read: (json: unknown, base: string) => FeedReadResult,
): FeedPreview | undefined {
  const { events } = json;
  const taken: unknown[] = [];
  for (const event of events) {
    if (!isObject(event)) continue;
    if (event.recurrence != null) return undefined;
    const start = dateOf(event.start);
    const end = dateOf(event.end) ?? start;
    if (start === undefined || periods.some((period) => start <= period.to && end! >= period.from)) taken.push(event);
  }
  if (taken.length > events.length / 2) return undefined;
  const result = read({ ...json, events: taken, calls: [] }, base);
  return result.ok ? { feed: result.feed, periods } : undefined;
}
