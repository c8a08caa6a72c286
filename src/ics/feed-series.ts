/*! Includes ical.js (https://github.com/kewisch/ical.js) under the Mozilla Public License 2.0; its source code is at that address and in the npm package ical.js. */
/**
 * A JSON feed's series (`events[].recurrence`) expanded into their occurrences, in a
 * chunk of its own that the loader fetches only for a feed with a series. Each series is
 * handed to the iCalendar reader's expansion as a VEVENT, so both kinds of feed list the
 * same occurrences: counted in the event's zone (a weekly 18:00 stays 18:00 across the
 * change to and from summer time), inside the same windows, with the same limits and ids
 * (`${id}/20260303T180000`, `${id}/20260303` for a date).
 */
import ICAL from 'ical.js';
import type { FeedIssue, FeedReadResult } from '../feed/parse.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import { calendarDate, endInstant, parseFeedTime, startInstant, type FeedTime } from '../time/feed-time.js';
import { addDays, formatIsoDate } from '../time/plain-date.js';
import { wallTimeAt } from '../time/zoned.js';
import { Conversion, type ICalComponent, type IcsWindow } from './ics-conversion.js';
import { expandSeries } from './ics-series.js';
import { MAX_OCCURRENCES, pageRecurrenceWindows, type RecurrenceWindowSettings } from './window.js';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The parts of an RRULE (RFC 5545, 3.3.10); ical.js passes over any other without a word. */
const RULE_PARTS = new Set(['FREQ', 'UNTIL', 'COUNT', 'INTERVAL', 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST']);

/** A date as an iCalendar DATE, a time as the wall time it reads in `zone`. */
function icalTime(time: FeedTime, zone: string): InstanceType<typeof ICAL.Time> {
  if (time.kind === 'date') return ICAL.Time.fromData({ ...time.date, isDate: true });
  const wall = time.kind === 'local' ? time.wall : wallTimeAt(time.epochMs, zone);
  const { year, month, day, hour, minute, second } = wall;
  return ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate: false });
}

function addTime(vevent: ICalComponent, name: 'dtstart' | 'dtend', time: InstanceType<typeof ICAL.Time>, zone: string) {
  const property = new ICAL.Property(name, vevent);
  // Without a VTIMEZONE, ical.js counts in the zone's wall time, which is what a series means.
  if (!time.isDate) property.setParameter('tzid', zone);
  property.setValue(time);
  vevent.addProperty(property);
}

/**
 * The series as a VEVENT: DTSTART at the event's start, DTEND at its end (exclusive for a
 * date, as iCalendar writes it), the rule as RRULE. Throws for a rule ical.js cannot read.
 */
function seriesVevent(event: FeedEvent, zone: string): ICalComponent {
  const start = parseFeedTime(event.start)!;
  const end = event.end === undefined ? undefined : parseFeedTime(event.end);
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', event.id);
  vevent.addPropertyWithValue('summary', event.title);
  addTime(vevent, 'dtstart', icalTime(start, zone), zone);
  if (end && start.kind === 'date') {
    const last = calendarDate(end, zone);
    addTime(vevent, 'dtend', ICAL.Time.fromData({ ...addDays(last, 1), isDate: true }), zone);
  } else if (end) {
    addTime(vevent, 'dtend', icalTime({ kind: 'instant', epochMs: endInstant(end, zone) }, zone), zone);
  }
  vevent.addPropertyWithValue('rrule', recurIn(event.recurrence!.rule, start, zone));
  return vevent;
}

/**
 * The rule with its UNTIL as a wall time in the event's zone, which is how ical.js compares
 * it when it counts in a zone it has no VTIMEZONE for: a UTC UNTIL (as RFC 5545 asks for a
 * series in a zone) is moved into the zone, and a date ends with that day, so
 * `UNTIL=20171226` keeps the 26th's occurrence.
 */
function recurIn(rule: string, start: FeedTime, zone: string): InstanceType<typeof ICAL.Recur> {
  const recur = ICAL.Recur.fromString(rule);
  const until = recur.until;
  if (!until) return recur;
  const wall = until.isDate
    ? { year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59 }
    : until.zone === ICAL.Timezone.utcTimezone
      ? wallTimeAt(until.toUnixTime() * 1000, zone)
      : until;
  const { year, month, day, hour, minute, second } = wall;
  recur.until = start.kind === 'date' ? ICAL.Time.fromData({ year, month, day, isDate: true }) : ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate: false });
  return recur;
}

/**
 * Whether an exception cancels an occurrence: a date its day in the event's zone, a
 * date-time the occurrence that starts at that instant.
 */
function cancelledBy(exceptions: readonly string[], zone: string): (start: string) => boolean {
  const days = new Set<string>();
  const instants = new Set<number>();
  for (const exception of exceptions) {
    const time = parseFeedTime(exception);
    if (time?.kind === 'date') days.add(formatIsoDate(time.date));
    else if (time) instants.add(startInstant(time, zone));
  }
  return (start) => {
    const time = parseFeedTime(start)!;
    return days.has(formatIsoDate(calendarDate(time, zone))) || instants.has(startInstant(time, zone));
  };
}

/** The occurrences of one series inside the windows; throws when ical.js cannot expand its rule. */
function occurrences(event: FeedEvent, feed: Feed, path: string, windows: readonly IcsWindow[], issues: FeedIssue[]): FeedEvent[] {
  const zone = event.timeZone ?? feed.timeZone;
  const conversion = new Conversion(zone, { windows, maxOccurrences: MAX_OCCURRENCES }, new ICAL.Component('vcalendar'));
  const expanded = expandSeries(seriesVevent(event, zone), event.id, path, [], conversion);
  issues.push(...conversion.issues);
  const unknown = event.recurrence!.rule.split(';').map((part) => part.split('=')[0]!).filter((name) => !RULE_PARTS.has(name));
  if (unknown.length) {
    const message = `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not part of an RRULE and ${unknown.length === 1 ? 'is' : 'are'} ignored`;
    issues.push({ action: 'warning', path: `${path}.rule`, list: 'events', id: event.id, message });
  }
  const cancelled = cancelledBy(event.recurrence!.exceptions ?? [], zone);
  const out: FeedEvent[] = [];
  for (const occurrence of expanded) {
    if (cancelled(occurrence.start)) continue;
    const { end: _end, ...rest } = event;
    out.push({ ...rest, id: occurrence.id, start: occurrence.start, ...(occurrence.end !== undefined && { end: occurrence.end }) });
  }
  return out;
}

/**
 * Replaces each series of a read feed by its occurrences around `now` and around every
 * widget's own `now`. A series whose rule ical.js cannot expand stays at its start, with a
 * warning that says why.
 */
export function expandFeedSeries(result: Extract<FeedReadResult, { ok: true }>, now: number, settings: RecurrenceWindowSettings): FeedReadResult {
  const { feed } = result;
  const windows = pageRecurrenceWindows(now, settings);
  const issues: FeedIssue[] = [...result.issues];
  // Paths name an event by its place in the feed as written, skipped items counted.
  const skipped = new Set(result.issues.flatMap((issue) => (issue.action === 'item-skipped' && issue.list === 'events' ? [issue.index] : [])));
  let index = -1;
  const events = feed.events.flatMap((event) => {
    do index++;
    while (skipped.has(index));
    if (!event.recurrence) return [event];
    const path = `events[${index}].recurrence`;
    try {
      return occurrences(event, feed, path, windows, issues);
    } catch (error) {
      issues.push({
        action: 'warning',
        path: `${path}.rule`,
        list: 'events',
        id: event.id,
        message: `the series cannot be expanded (${reason(error)}); it is shown at its start only`,
      });
      return [event];
    }
  });
  return { ...result, feed: { ...feed, events }, issues };
}
