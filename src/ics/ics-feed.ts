import type { readFeed as ReadFeed, FeedReadResult } from '../feed/parse.js';
import { icsToFeed } from './read-ics.js';

const DAY = 86_400_000;

/**
 * An iCalendar response read as a feed, for the widgets' loader: converted, then
 * validated like any JSON feed. The loader passes its own `readFeed`, so this chunk
 * does not carry a second copy of the schema.
 */
export function readICalendarFeed(
  text: string,
  url: string,
  now: number,
  window: { readonly icsPastDays: number; readonly icsFutureDays: number },
  readFeed: typeof ReadFeed,
): FeedReadResult {
  const converted = icsToFeed(text, { from: now - window.icsPastDays * DAY, until: now + window.icsFutureDays * DAY });
  if (!converted.ok) return converted;
  const read = readFeed(converted.feed, url);
  return read.ok ? { ...read, issues: [...converted.issues, ...read.issues] } : read;
}
