import type { readFeed as ReadFeed, FeedReadResult } from '../feed/parse.js';
import { icsToFeed, type IcsReadOptions } from './read-ics.js';
import { recurrenceWindow } from './window.js';

/**
 * iCalendar text read as a feed: converted, then validated like any JSON feed, the
 * conversion's reports first. The caller passes its own `readFeed`, so the widgets'
 * chunk does not carry a second copy of the schema.
 */
export function readICalendar(
  text: string,
  url: string | undefined,
  options: IcsReadOptions,
  readFeed: typeof ReadFeed,
): FeedReadResult {
  const converted = icsToFeed(text, options);
  if (!converted.ok) return converted;
  const read = readFeed(converted.feed, url);
  return read.ok ? { ...read, issues: [...converted.issues, ...read.issues] } : read;
}

/** For the widgets' loader: the recurrence window around `now` from its settings. */
export function readICalendarFeed(
  text: string,
  url: string,
  now: number,
  window: { readonly icsPastDays: number; readonly icsFutureDays: number },
  readFeed: typeof ReadFeed,
): FeedReadResult {
  return readICalendar(text, url, recurrenceWindow(now, window.icsPastDays, window.icsFutureDays), readFeed);
}
