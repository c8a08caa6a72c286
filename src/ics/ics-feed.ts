import type { readFeedUnexplained as ReadFeed, FeedReadResult } from '../feed/parse.js';
import { icsToFeed, type IcsReadOptions } from './read-ics.js';
import { pageRecurrenceWindows, type RecurrenceWindowSettings } from './window.js';

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

/** For the widgets' loader: the recurrence windows around `now` and around every widget's own `now`. */
export function readICalendarFeed(
  text: string,
  url: string,
  now: number,
  window: RecurrenceWindowSettings,
  readFeed: typeof ReadFeed,
): FeedReadResult {
  const [around, ...moreWindows] = pageRecurrenceWindows(now, window);
  return readICalendar(text, url, { ...around!, moreWindows }, readFeed);
}
