// Which calendar a widget offers to subscribe to: the feed's `text/calendar` alternate for
// the part of the feed the widget shows, else the one for the whole feed. In the script-tag
// bundle, since whether the "Abonnieren" button shows at all depends on it.
import type { Feed, FeedAlternate } from './schema.js';

/** The part of a feed a calendar holds (its tags without case or order, and its programme), as a comparable key. */
export const calendarPartKey = ({ tags = [], programmeId }: { readonly tags?: readonly string[]; readonly programmeId?: string | undefined }) =>
  JSON.stringify([[...new Set(tags.map((tag) => tag.toLowerCase()))].sort(), programmeId ?? '']);

/** What a widget shows of the feed: its tags (the chosen chips, else the `tags` attribute's) and its programme. */
export interface ShownPart {
  readonly tags: readonly string[];
  readonly programme: string | undefined;
}

/**
 * The calendar to subscribe to, or undefined when the feed names none. A feed read from an
 * `.ics` or `webcal:` address is that calendar itself (`feedUrl` is the address as fetched, over https).
 */
export function subscribeCalendar(feed: Feed, feedUrl: string | undefined, feedAttribute: string | undefined, shown: ShownPart): FeedAlternate | undefined {
  if (feedUrl && (/^\s*webcals?:/i.test(feedAttribute ?? '') || /\.ics$/i.test(new URL(feedUrl).pathname))) {
    return { type: 'text/calendar', url: feedUrl, ...(feed.title && { title: feed.title }) };
  }
  const calendars = feed.alternates?.filter((alternate) => alternate.type === 'text/calendar') ?? [];
  const wanted = calendarPartKey({ tags: shown.tags, programmeId: shown.programme });
  const whole = calendarPartKey({});
  return calendars.find((alternate) => calendarPartKey(alternate) === wanted) ?? calendars.find((alternate) => calendarPartKey(alternate) === whole);
}
