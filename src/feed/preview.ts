/**
 * A first look at a large feed, a chunk loaded only for one: the events of the days a widget
 * is about to show (a calendar's month), read before the rest, so they are drawn while the
 * rest is read. They are read by the same reader as the whole feed, given by the store;
 * `qw-feed-load` and its issues come with the whole feed.
 */
import type { FeedReadResult } from './feed-issue.js';
import type { FeedPreview, Period } from './preview-period.js';

/** More than this many events read first would make one long task; the whole read comes in slices. */
const MAX_TAKEN = 2_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const idOf = (event: Record<string, unknown>) => (typeof event.id === 'string' ? event.id.trim() : '');
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
  periods: ReadonlyMap<string, Period>,
  read: (json: unknown, base: string) => FeedReadResult,
): FeedPreview | undefined {
  const { events } = json;
  const wanted = [...periods.values()];
  // A first look at most of a feed would read it twice, and a long one would be a long task.
  const most = Math.min(events.length / 2, MAX_TAKEN);
  const inPeriods: boolean[] = [];
  const ids = new Set<string>();
  let count = 0;
  for (const [index, event] of events.entries()) {
    if (!isObject(event)) continue;
    if (event.recurrence != null) return undefined;
    const start = dateOf(event.start);
    const end = dateOf(event.end) ?? start;
    if (start === undefined || wanted.some((period) => start <= period.to && end! >= period.from)) {
      // Known as soon as it is so, without going through the rest.
      if (++count > most) return undefined;
      inPeriods[index] = true;
      if (idOf(event)) ids.add(idOf(event));
    }
  }
  // Items elsewhere with a taken id come too, in their order: the first valid one wins, as in the whole read.
  const taken = events.filter((event, index) => inPeriods[index] || (isObject(event) && ids.has(idOf(event))));
  if (taken.length > most) return undefined;
  const result = read({ ...json, events: taken, calls: [] }, base);
  return result.ok ? { feed: result.feed, periods } : undefined;
}
