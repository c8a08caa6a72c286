import ICAL from 'ical.js';
import type { FeedEvent } from '../feed/schema.js';
import { MS_PER_DAY } from '../time/plain-date.js';
import { compact, hasEnd, tzidOf, type Conversion, type ICalComponent, type ICalTime } from './ics-conversion.js';

/**
 * The occurrences of a recurring VEVENT (RRULE and/or RDATE) inside the windows, with
 * the changed occurrences (RECURRENCE-ID) in place of the ones they change.
 */
const MAX_STEPS = 50_000;

type Period = InstanceType<typeof ICAL.Period>;

/** Whether a VEVENT repeats. */
export const isSeries = (vevent: ICalComponent) => vevent.hasProperty('rrule') || vevent.hasProperty('rdate');

/**
 * Which occurrence a time stands for. All-day series are matched by day: Exchange writes
 * the RECURRENCE-ID of an all-day occurrence as midnight in a zone, not as a date. Timed
 * ones by instant, so a RECURRENCE-ID in UTC finds an occurrence written in a zone.
 */
function occurrenceKey(conversion: Conversion, time: ICalTime, tzid: unknown, allDay: boolean, path: string): string {
  const read = conversion.readTime(time, tzid, path);
  return allDay || read.kind === 'date' ? `D${conversion.day(read)}` : `T${conversion.instant(read)}`;
}

function addRdate(master: ICalComponent, time: ICalTime, tzid: unknown) {
  const property = new ICAL.Property('rdate', master);
  if (typeof tzid === 'string') property.setParameter('tzid', tzid);
  property.setValue(time);
  master.addProperty(property);
}

/**
 * Prepares the RDATEs for ical.js. RDATE;VALUE=PERIOD gives an occurrence its own end;
 * ical.js iterates periods badly, so each period becomes a plain RDATE of its start, and
 * its end is remembered by that start. And DTSTART is always the first occurrence
 * (RFC 5545, 3.8.5.2), which ical.js forgets for a series of RDATEs alone.
 */
function prepareRdates(master: ICalComponent): Map<string, ICalTime> {
  const ends = new Map<string, ICalTime>();
  for (const property of master.getAllProperties('rdate')) {
    if (property.type !== 'period') continue;
    const tzid = property.getParameter('tzid');
    for (const value of property.getValues() as Period[]) {
      addRdate(master, value.start, tzid);
      ends.set(compact(value.start), value.getEnd());
    }
    master.removeProperty(property);
  }
  const start = master.getFirstPropertyValue('dtstart');
  if (!master.hasProperty('rrule') && start instanceof ICAL.Time) addRdate(master, start, tzidOf(master, 'dtstart'));
  return ends;
}

export function expandSeries(
  master: ICalComponent,
  uid: string,
  path: string,
  overrides: readonly ICalComponent[],
  conversion: Conversion,
): FeedEvent[] {
  const periodEnds = prepareRdates(master);
  const series = new ICAL.Event(master);
  const allDay = series.startDate.isDate;
  const startTzid = tzidOf(master, 'dtstart');
  const changed = new Map<string, ICalComponent>();
  for (const override of overrides) {
    const recurrenceId = override.getFirstPropertyValue('recurrence-id') as ICalTime;
    changed.set(occurrenceKey(conversion, recurrenceId, tzidOf(override, 'recurrence-id'), allDay, path), override);
  }
  const used = new Set<ICalComponent>();
  const max = conversion.settings.maxOccurrences;
  const windows = conversion.settings.windows;
  const from = Math.min(...windows.map((window) => window.from));
  const until = Math.max(...windows.map((window) => window.until));
  const lasts = hasEnd(master) ? series.duration.toSeconds() * 1000 : 0;
  const out: FeedEvent[] = [];
  let listed = 0;
  const add = (item: ICalComponent, id: string, start: ICalTime, end: ICalTime | undefined) => {
    const startMs = conversion.instant(conversion.readTime(start, tzidOf(item, 'dtstart'), path));
    const endMs = end ? conversion.instant(conversion.readTime(end, tzidOf(item, 'dtend'), path)) : startMs;
    if (!conversion.inWindow(startMs, endMs)) return true;
    if (listed++ === max) {
      conversion.warn(path, `the series has more than ${max} occurrences in the window; the first ${max} are listed`, uid);
      return false;
    }
    const event = conversion.event(item, id, start, end, path);
    if (event) out.push(event);
    return true;
  };

  const iterator = series.iterator();
  const seen = new Set<string>();
  let steps = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    // A rule like FREQ=MINUTELY since 1990 would otherwise walk millions of steps to the window.
    if (++steps > MAX_STEPS) {
      conversion.warn(path, `the series repeats too often to expand; only its first ${MAX_STEPS} repetitions were looked at`, uid);
      break;
    }
    // ical.js reads times in zones it was not given as UTC: good enough to know when to stop,
    // and to pass over what ends long before the window (a change to it is listed below).
    const nextMs = next.toUnixTime() * 1000;
    if (nextMs > until + 2 * MS_PER_DAY) break;
    if (nextMs + lasts < from - 2 * MS_PER_DAY) continue;
    const key = occurrenceKey(conversion, next, startTzid, allDay, path);
    // An RDATE may repeat DTSTART or another RDATE.
    if (seen.has(key)) continue;
    seen.add(key);
    const id = `${uid}/${compact(next)}`;
    const override = changed.get(key);
    let keepGoing: boolean;
    if (override) {
      used.add(override);
      const own = new ICAL.Event(override);
      const end = hasEnd(override) ? own.endDate : hasEnd(master) ? own.startDate.clone() : undefined;
      if (end && !hasEnd(override)) end.addDuration(series.duration);
      keepGoing = add(override, id, own.startDate, end);
    } else {
      const details = series.getOccurrenceDetails(next);
      const end = periodEnds.get(compact(next)) ?? (hasEnd(master) ? details.endDate : undefined);
      keepGoing = add(master, id, details.startDate, end);
    }
    if (!keepGoing) break;
  }
  for (const override of overrides) {
    if (used.has(override)) continue;
    // A change to an occurrence the rules do not produce (or past the expansion limit) still shows.
    const own = new ICAL.Event(override);
    add(override, `${uid}/${compact(own.recurrenceId!)}`, own.startDate, hasEnd(override) ? own.endDate : undefined);
  }
  return out;
}
