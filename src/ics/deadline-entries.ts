import type { CallDeadline } from '../feed/call-deadlines.js';
import type { FeedCall } from '../feed/schema.js';
import { resolveTiming } from '../time/feed-time.js';
import type { CalendarEntry } from './calendar-links.js';

/** A call's deadline as a calendar entry: all-day on its date for a date-only deadline, else at the moment. */
export interface DeadlineEntry extends CalendarEntry {
  /** Unique within the call: the deadline as the feed writes it. */
  readonly key: string;
  readonly url?: string;
}

/**
 * One entry per deadline, titled with `entryTitle` ("Frist: …"), a stage's title after the
 * call's; the call's page as the link and in the description (services show no link field).
 */
export function deadlineEntries(
  call: FeedCall,
  deadlines: readonly CallDeadline[],
  timeZone: string,
  entryTitle: (title: string) => string,
): DeadlineEntry[] {
  return deadlines.map((deadline) => ({
    key: deadline.value,
    title: entryTitle(deadline.stage ? `${call.title} – ${deadline.stage.title}` : call.title),
    // A read feed's deadlines always resolve.
    timing: resolveTiming(deadline.value, undefined, timeZone)!,
    ...(call.url && { url: call.url, details: call.url }),
  }));
}
