import { parseFeedTime, wallReading } from '../../time/feed-time.js';
import { formatIsoDate, fromEpochDay, toEpochDay, type PlainDate } from '../../time/plain-date.js';
import type { WallTime } from '../../time/zoned.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';

/** An event as a calendar places it: the days it covers in its own time zone. */
export interface PlacedEvent {
  readonly event: FeedEvent;
  /** First and last day covered (inclusive), as epoch days in the event's zone. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** The start's wall-clock time in the event's zone; `undefined` for all-day events. */
  readonly startTime: WallTime | undefined;
  readonly timeZone: string;
}

/** One week row's piece of an event: where it starts, how many days it spans, and its lane. */
export interface Segment {
  readonly placed: PlacedEvent;
  readonly startColumn: number;
  readonly span: number;
  readonly lane: number;
  /** The event began before this piece (an earlier row, or the previous month). */
  readonly continuesBefore: boolean;
  /** The event goes on after this piece. */
  readonly continuesAfter: boolean;
}

export interface WeekLayout {
  readonly days: readonly number[];
  /** Per column, the segment in each shown lane (`undefined` keeps a lane free so bars line up). */
  readonly lanes: readonly (readonly (Segment | undefined)[])[];
  /** Per column, how many of that day's events the lanes do not show. */
  readonly hidden: readonly number[];
}

export interface MonthLayout {
  readonly weeks: readonly WeekLayout[];
  /** Every day of the grid (the month and the neighbouring months' days it shows) that has events, with all of them in display order. */
  readonly byDay: ReadonlyMap<number, readonly PlacedEvent[]>;
  /** Every event that falls into the month, in display order. */
  readonly events: readonly PlacedEvent[];
}

/** Lanes a day cell shows; a day with more shows "+N more" beside its number. */
export const SHOWN_LANES = 3;

const isMidnight = (wall: PlainDate | WallTime) =>
  'hour' in wall && wall.hour === 0 && wall.minute === 0 && wall.second === 0 && wall.millisecond === 0;

/**
 * The days an event covers in its own zone, by the feed's rules: a date-only end is
 * inclusive; a timed end at exactly midnight closes the day before. Costs one `Intl`
 * call per offset time and none for local times and dates, so a feed of thousands places fast.
 */
export function placeEvent(event: FeedEvent, feed: Feed): PlacedEvent | undefined {
  const timeZone = event.timeZone ?? feed.timeZone;
  const start = parseFeedTime(event.start);
  if (!start) return undefined;
  const startWall = wallReading(start, timeZone);
  const firstDay = toEpochDay(startWall);
  let lastDay = firstDay;
  const end = event.end === undefined ? undefined : parseFeedTime(event.end);
  if (end) {
    const endWall = wallReading(end, timeZone);
    lastDay = toEpochDay(endWall);
    if (start.kind !== 'date' && isMidnight(endWall) && lastDay > firstDay) lastDay -= 1;
  }
  return {
    event,
    firstDay,
    lastDay: Math.max(firstDay, lastDay),
    startTime: start.kind === 'date' ? undefined : (startWall as WallTime),
    timeZone,
  };
}

const minutesOf = (placed: PlacedEvent) =>
  placed.startTime ? placed.startTime.hour * 60 + placed.startTime.minute : -1;

/** Earlier first, longer first (they become the bars on top), all-day before timed, then by start time; ties keep the feed's order. */
function displayOrder(a: PlacedEvent, b: PlacedEvent): number {
  return a.firstDay - b.firstDay || b.lastDay - a.lastDay || minutesOf(a) - minutesOf(b);
}

/** The events on any of the days `first` to `last` (epoch days), placed on their days. */
export function placeWithin(events: readonly FeedEvent[], feed: Feed, first: number, last: number): PlacedEvent[] {
  const placedEvents: PlacedEvent[] = [];
  // Feed times begin with their date (YYYY-MM-DD), so most events of other months are passed
  // over by comparing text, before any time arithmetic. Two days of margin cover an offset
  // that moves a time to another day in the event's zone.
  const earliest = formatIsoDate(fromEpochDay(first - 2));
  const latest = formatIsoDate(fromEpochDay(last + 2));
  for (const event of events) {
    if (event.start.slice(0, 10) > latest || (event.end ?? event.start).slice(0, 10) < earliest) continue;
    const placed = placeEvent(event, feed);
    if (placed && placed.lastDay >= first && placed.firstDay <= last) placedEvents.push(placed);
  }
  return placedEvents;
}

/**
 * Lays out a month grid in one pass over the (already filtered) events: each event is bucketed into the
 * days it covers within the grid (the month's rows, neighbouring months' days included, so a
 * bar runs on past the month's edge), then each week row gives its pieces the lowest lane free
 * on all their days. Only `SHOWN_LANES` lanes are searched, so the cost stays flat however many
 * events a day holds.
 */
export function layoutMonth(
  events: readonly FeedEvent[],
  feed: Feed,
  weeks: readonly (readonly number[])[],
  monthFirstDay: number,
  monthLastDay: number,
): MonthLayout {
  const gridFirst = Math.min(weeks[0]![0]!, monthFirstDay);
  const lastRow = weeks[weeks.length - 1]!;
  const gridLast = Math.max(lastRow[lastRow.length - 1]!, monthLastDay);
  const inGrid = placeWithin(events, feed, gridFirst, gridLast).sort(displayOrder);

  const byDay = new Map<number, PlacedEvent[]>();
  for (const placed of inGrid) {
    const from = Math.max(placed.firstDay, gridFirst);
    const to = Math.min(placed.lastDay, gridLast);
    for (let day = from; day <= to; day++) {
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(placed);
    }
  }

  const weekLayouts = weeks.map((days) => {
    const lanes = days.map(() => new Array<Segment | undefined>(SHOWN_LANES).fill(undefined));
    const rowFirst = days[0]!;
    const rowLast = days[days.length - 1]!;
    const seen = new Set<PlacedEvent>();
    for (let day = rowFirst; day <= rowLast; day++) {
      for (const placed of byDay.get(day) ?? []) {
        if (seen.has(placed)) continue;
        seen.add(placed);
        const from = Math.max(placed.firstDay, rowFirst);
        const to = Math.min(placed.lastDay, rowLast);
        const lane = freeLane(lanes, from - days[0]!, to - from + 1);
        if (lane === undefined) continue;
        // One lane for the whole bar, in pieces split at the month's edges: a neighbouring
        // month's piece is drawn dimmed, with its own title.
        const edges = [from, ...[monthFirstDay, monthLastDay + 1].filter((edge) => edge > from && edge <= to), to + 1];
        for (let i = 0; i < edges.length - 1; i++) {
          const pieceFrom = edges[i]!;
          const pieceTo = edges[i + 1]! - 1;
          const segment: Segment = {
            placed,
            startColumn: pieceFrom - days[0]!,
            span: pieceTo - pieceFrom + 1,
            lane,
            continuesBefore: placed.firstDay < pieceFrom,
            continuesAfter: placed.lastDay > pieceTo,
          };
          for (let day = pieceFrom; day <= pieceTo; day++) lanes[day - days[0]!]![lane] = segment;
        }
      }
    }
    const hidden = days.map((day, column) => (byDay.get(day)?.length ?? 0) - lanes[column]!.filter(Boolean).length);
    return { days, lanes, hidden };
  });

  const inMonth = inGrid.filter((placed) => placed.lastDay >= monthFirstDay && placed.firstDay <= monthLastDay);
  return { weeks: weekLayouts, byDay, events: inMonth };
}

function freeLane(lanes: (Segment | undefined)[][], startColumn: number, span: number): number | undefined {
  for (let lane = 0; lane < SHOWN_LANES; lane++) {
    let free = true;
    for (let column = startColumn; column < startColumn + span && free; column++) {
      if (lanes[column]![lane]) free = false;
    }
    if (free) return lane;
  }
  return undefined;
}
