// What the event list shows, as plain data: the events not yet over, each listed once under
// the day it starts (or today, where it already runs), within the window, in time order.
// Nothing here touches the DOM, so all of it is tested without a browser page.
import { eventTiming } from '../../feed/select.js';
import { foldText, splitList } from '../../feed/filter.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import { formatIsoDate, fromEpochDay } from '../../time/plain-date.js';
import { placeEvent, type PlacedEvent } from '../calendar/month-layout.js';

/** An event as the list shows it. */
export interface ListedEvent {
  readonly placed: PlacedEvent;
  /** The day it is listed under: its first day, or today for an event that began earlier. */
  readonly day: number;
  readonly start: number;
  /** When it is over (its last instant), so the list can drop it then. */
  readonly end: number;
}

/** A day heading and the events under it. */
export interface ListDay {
  readonly day: number;
  readonly events: readonly ListedEvent[];
}

export interface UpcomingInput {
  readonly feed: Feed;
  /** The events that pass the widget's tag and programme filters. */
  readonly events: readonly FeedEvent[];
  /** The widget's time. */
  readonly now: number;
  /** Today in the visitor's zone, as an epoch day. */
  readonly today: number;
  /** Days from today the list reaches (today counts as the first); `undefined` for no limit. */
  readonly days?: number | undefined;
  readonly hideCancelled?: boolean;
  /** `place`: cities to keep (comma-separated), compared without case and accents. */
  readonly place?: string | undefined;
}

/** Whether the event takes place in one of the cities (already folded); every event when none are given. */
export const inPlaces = (event: FeedEvent, places: readonly string[]): boolean =>
  places.length === 0 || places.includes(foldText(event.location?.city ?? ''));

const minutesOf = (placed: PlacedEvent) => (placed.startTime ? placed.startTime.hour * 60 + placed.startTime.minute : -1);

/**
 * The events not yet over at `now` (a running one still counts), each once, in the order the list
 * shows them: by the day they are listed under, those that began earlier first, all-day ones next, then by start time; ties keep the feed's order.
 */
export function upcomingEvents(input: UpcomingInput): ListedEvent[] {
  const { feed, now, today, days, hideCancelled } = input;
  const places = splitList(input.place).map(foldText);
  const lastDay = days === undefined ? Infinity : today + days - 1;
  // Feed times begin with their date, so events long past are passed over by their text
  // before any time arithmetic; two days of margin cover zones and offsets.
  const earliest = formatIsoDate(fromEpochDay(today - 2));
  const listed: ListedEvent[] = [];
  for (const event of input.events) {
    if ((event.end ?? event.start).slice(0, 10) < earliest) continue;
    if (hideCancelled && event.status === 'cancelled') continue;
    if (!inPlaces(event, places)) continue;
    const timing = eventTiming(event, feed);
    if (timing.end < now) continue;
    const placed = placeEvent(event, feed);
    if (!placed) continue;
    const day = Math.max(placed.firstDay, today);
    if (day > lastDay) continue;
    listed.push({ placed, day, start: timing.start, end: timing.end });
  }
  return listed.sort(
    (a, b) =>
      a.day - b.day ||
      Number(b.day > b.placed.firstDay) - Number(a.day > a.placed.firstDay) ||
      minutesOf(a.placed) - minutesOf(b.placed) ||
      a.start - b.start,
  );
}

/** The listed events under their day headings, in order. */
export function groupByDay(events: readonly ListedEvent[]): ListDay[] {
  const days: { day: number; events: ListedEvent[] }[] = [];
  for (const listed of events) {
    const last = days[days.length - 1];
    if (last?.day === listed.day) last.events.push(listed);
    else days.push({ day: listed.day, events: [listed] });
  }
  return days;
}

