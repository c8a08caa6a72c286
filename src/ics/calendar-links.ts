import type { Feed, FeedEvent } from '../feed/schema.js';
import { eventTiming, placeParts } from '../feed/select.js';
import type { Timing } from '../time/feed-time.js';
import { addDays, pad, type PlainDate } from '../time/plain-date.js';

/**
 * Links that open a calendar service's "new event" form filled in with one entry: an event,
 * or a funding call's deadline. Both services take an exclusive end, so a date-only entry,
 * whose last day the feed counts inclusively, ends on the day after. An entry without an end
 * ends when it starts (a moment, like a deadline), rather than with a length we would invent.
 */
export interface CalendarEntry {
  readonly title: string;
  readonly timing: Timing;
  /** Plain text: what the service shows as the event's description. */
  readonly details?: string;
  readonly location?: string;
}

const compactDate = (date: PlainDate) => `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
const isoDate = (date: PlainDate) => `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
/** An instant as UTC, second precision: `2017-03-20T08:00:00Z`. */
const isoUtc = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d+Z$/, 'Z');

function endOf(timing: Timing) {
  return timing.hasEnd ? timing.end : timing.start;
}

function query(base: string, parameters: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value) search.set(name, value);
  return `${base}?${search}`;
}

/** Google Calendar's event template (`action=TEMPLATE`); `ctz` shows the times in the entry's zone. */
export function googleCalendarLink({ title, timing, details, location }: CalendarEntry): string {
  const dates = timing.allDay
    ? `${compactDate(timing.startDate)}/${compactDate(addDays(timing.endDate, 1))}`
    : `${isoUtc(timing.start).replace(/[-:]/g, '')}/${isoUtc(endOf(timing)).replace(/[-:]/g, '')}`;
  return query('https://calendar.google.com/calendar/render', {
    action: 'TEMPLATE',
    text: title,
    dates,
    ctz: timing.allDay ? undefined : timing.timeZone,
    details,
    location,
  });
}

/** Outlook.com's compose form (`deeplink/compose`). */
export function outlookCalendarLink({ title, timing, details, location }: CalendarEntry): string {
  return query('https://outlook.live.com/calendar/0/deeplink/compose', {
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: title,
    startdt: timing.allDay ? isoDate(timing.startDate) : isoUtc(timing.start),
    enddt: timing.allDay ? isoDate(addDays(timing.endDate, 1)) : isoUtc(endOf(timing)),
    allday: String(timing.allDay),
    location,
    body: details,
  });
}

/**
 * An event as a calendar entry: its title and timing, its description with its web page after
 * it (so the entry leads back), and its place as one line.
 */
export function eventCalendarEntry(event: FeedEvent, feed: Feed): CalendarEntry {
  const location = event.location;
  const place = [...placeParts(location), location?.region].filter(Boolean).join(', ') || location?.url;
  return {
    title: event.title,
    timing: eventTiming(event, feed),
    details: [event.description, event.url].filter(Boolean).join('\n\n') || undefined,
    location: place || undefined,
  };
}
