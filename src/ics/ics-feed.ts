import type { readFeedUnexplained as ReadFeed, FeedReadResult } from '../feed/parse.js';
import { parseFeedTime, startInstant } from '../time/feed-time.js';
import { MS_PER_DAY } from '../time/plain-date.js';
import { icsToFeed, type IcsReadOptions } from './read-ics.js';
import { recurrenceWindow } from './window.js';

/**
 * iCalendar text read as a feed: converted, then validated like any JSON feed, the
 * conversion's reports first. The caller passes its own `readFeed`, so the widgets'
 * chunk does not carry a second copy of the schema. It never throws: a file that cannot
 * be converted is reported as not a feed, with the reason.
 */
export function readICalendar(
  text: string,
  url: string | undefined,
  options: IcsReadOptions,
  readFeed: typeof ReadFeed,
): FeedReadResult {
  try {
    const converted = icsToFeed(text, options);
    if (!converted.ok) return converted;
    const read = readFeed(converted.feed, url);
    return read.ok ? { ...read, issues: [...converted.issues, ...read.issues] } : read;
  } catch (error) {
    return { ok: false, kind: 'not-a-feed', message: `the iCalendar file cannot be converted: ${(error as Error)?.message ?? error}` };
  }
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

/** For the widgets' loader: the recurrence windows around `now` and around every widget's own `now`. */
export function readICalendarFeed(
  text: string,
  url: string,
  now: number,
  window: { readonly icsPastDays: number; readonly icsFutureDays: number },
  readFeed: typeof ReadFeed,
): FeedReadResult {
  const around = (day: number) => recurrenceWindow(day, window.icsPastDays, window.icsFutureDays);
  return readICalendar(text, url, { ...around(now), moreWindows: widgetDays().map(around) }, readFeed);
}
