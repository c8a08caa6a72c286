import ICAL from 'ical.js';
import type { FeedIssue } from '../feed/parse.js';
import type { FeedContact, FeedEvent } from '../feed/schema.js';
import { addDays, formatIsoDate, pad, type PlainDate } from '../time/plain-date.js';
import { instantOfWall, startOfDay, wallTimeAt, wallTimeToInstant, zoneOffset, type WallTime } from '../time/zoned.js';
import { htmlToText, readLocation } from './ics-text.js';
import { ianaZone } from './windows-zones.js';

/**
 * What one VEVENT (or one occurrence of a series) means in the feed's terms: its times
 * read in the right zone, its fields mapped to feed fields, and what needs saying.
 */
export type ICalComponent = InstanceType<typeof ICAL.Component>;
export type ICalTime = InstanceType<typeof ICAL.Time>;
type ICalTimezone = InstanceType<typeof ICAL.Timezone>;

/** A time read from the file: a date, a wall time in a zone (`undefined`: the feed's zone), or an instant. */
export type IcsTime =
  | { readonly kind: 'date'; readonly date: PlainDate }
  | { readonly kind: 'local'; readonly wall: WallTime; readonly zone?: string }
  | { readonly kind: 'instant'; readonly epochMs: number };

/** A span of time (ms) whose occurrences of recurring events are listed. */
export interface IcsWindow {
  readonly from: number;
  readonly until: number;
}

export interface ConversionSettings {
  readonly windows: readonly IcsWindow[];
  readonly tags?: readonly string[];
  readonly programmeId?: string;
  readonly maxOccurrences: number;
}

const wallText = (w: WallTime) =>
  `${formatIsoDate(w)}T${pad(w.hour)}:${pad(w.minute)}${w.second ? `:${pad(w.second)}` : ''}`;

/** An instant as the wall time in `zone` with its offset, e.g. `2017-03-20T10:30+01:00`. */
function instantText(epochMs: number, zone: string): string {
  const offset = Math.round(zoneOffset(epochMs, zone) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wallText(wallTimeAt(epochMs, zone))}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

interface ZoneChange {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Seconds east of UTC from this change on. */
  readonly utcOffset: number;
}

/**
 * A file-defined zone's offset (ms) at an instant. ical.js expands a VTIMEZONE into its
 * changes, each at a UTC moment; the last change before the instant decides. (Its own
 * `utcOffset` takes a wall time, which is ambiguous exactly where it matters; asking it
 * about the next year is what makes it expand the changes that far.)
 */
function fileZoneOffset(zone: ICalTimezone, epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  zone.utcOffset(ICAL.Time.fromData({ year: year + 1, month: 12, day: 31 }));
  let offset = 0;
  for (const change of zone.changes as ZoneChange[]) {
    const at = Date.UTC(change.year, change.month - 1, change.day, change.hour, change.minute, change.second);
    if (at > epochMs) break;
    offset = change.utcOffset * 1000;
  }
  return offset;
}

const wallOf = (t: ICalTime): WallTime => ({
  year: t.year,
  month: t.month,
  day: t.day,
  hour: t.hour,
  minute: t.minute,
  second: t.second,
  millisecond: 0,
});

function readOrganizer(component: ICalComponent): FeedContact | undefined {
  const property = component.getFirstProperty('organizer');
  if (!property) return undefined;
  const value = String(property.getFirstValue() ?? '');
  const name = property.getParameter('cn');
  const email = /^mailto:/i.test(value) ? value.replace(/^mailto:/i, '').trim() : undefined;
  const contact: FeedContact = {
    ...(typeof name === 'string' && name.trim() && { name: name.trim() }),
    ...(email && { email }),
  };
  return Object.keys(contact).length > 0 ? contact : undefined;
}

/** A time as iCalendar writes it in an id: `20170307T100000`, or `20170226` for a date. */
export const compact = (t: ICalTime) =>
  t.isDate
    ? `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`
    : `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;

/** The TZID a start, end or RECURRENCE-ID was written with; an end given as DURATION counts from the start's zone. */
export const tzidOf = (item: ICalComponent, name: 'dtstart' | 'dtend' | 'recurrence-id') =>
  (item.getFirstProperty(name) ?? item.getFirstProperty('dtstart'))?.getParameter('tzid');

export const hasEnd = (component: ICalComponent) =>
  component.hasProperty('dtend') || component.hasProperty('duration');

export class Conversion {
  readonly issues: FeedIssue[] = [];
  /** Whether a time without a zone was read (in the feed's zone). */
  readFloating = false;
  readonly #warned = new Set<string>();
  /** VTIMEZONEs of the file by TZID, for zones that have no IANA name. */
  readonly #fileZones = new Map<string, ICalTimezone>();

  constructor(
    readonly timeZone: string,
    readonly settings: ConversionSettings,
    calendar: ICalComponent,
  ) {
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = vtimezone.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') this.#fileZones.set(tzid, new ICAL.Timezone({ component: vtimezone, tzid }));
    }
  }

  warn(path: string, message: string, id?: string, once?: string) {
    if (once !== undefined) {
      if (this.#warned.has(once)) return;
      this.#warned.add(once);
    }
    this.issues.push({ action: 'warning', path, message, ...(id !== undefined && { id }) });
  }

  skip(path: string, message: string, id?: string) {
    this.issues.push({ action: 'item-skipped', path, message, ...(id !== undefined && { id }) });
  }

  /** Whether a span of time touches one of the windows of listed occurrences. */
  inWindow(start: number, end: number): boolean {
    return this.settings.windows.some((window) => end >= window.from && start <= window.until);
  }

  /** What a DTSTART / DTEND / RECURRENCE-ID value means, given the TZID it was written with. */
  readTime(time: ICalTime, tzid: unknown, path: string): IcsTime {
    if (time.isDate) return { kind: 'date', date: { year: time.year, month: time.month, day: time.day } };
    if (time.zone?.tzid === 'UTC') return { kind: 'instant', epochMs: time.toUnixTime() * 1000 };
    if (typeof tzid !== 'string') {
      this.readFloating = true;
      return { kind: 'local', wall: wallOf(time) };
    }
    const zone = ianaZone(tzid, this.timeZone);
    if (zone) return { kind: 'local', wall: wallOf(time), zone };
    const fileZone = this.#fileZones.get(tzid);
    if (fileZone) {
      this.warn(path, `the time zone '${tzid}' has no standard name; its times are converted with the file's VTIMEZONE`, undefined, `tzid:${tzid}`);
      return { kind: 'instant', epochMs: instantOfWall(wallOf(time), (epochMs) => fileZoneOffset(fileZone, epochMs)) };
    }
    this.warn(path, `the time zone '${tzid}' is not known and the file does not define it; its times are read in ${this.timeZone}`, undefined, `tzid:${tzid}`);
    return { kind: 'local', wall: wallOf(time) };
  }

  /** The instant a time stands for (a date: its first moment in the feed's zone). */
  instant(time: IcsTime): number {
    switch (time.kind) {
      case 'date':
        return startOfDay(time.date, this.timeZone);
      case 'local':
        return wallTimeToInstant(time.wall, time.zone ?? this.timeZone);
      case 'instant':
        return time.epochMs;
    }
  }

  /** The calendar day a time falls on, in its own zone (an instant: in the feed's zone). */
  day(time: IcsTime): string {
    switch (time.kind) {
      case 'date':
        return formatIsoDate(time.date);
      case 'local':
        return formatIsoDate(time.wall);
      case 'instant':
        return formatIsoDate(wallTimeAt(time.epochMs, this.timeZone));
    }
  }

  /** A time as feed text, as read in the event's zone. */
  timeText(time: IcsTime, eventZone: string): string {
    switch (time.kind) {
      case 'date':
        return formatIsoDate(time.date);
      case 'local': {
        const zone = time.zone ?? this.timeZone;
        return zone === eventZone ? wallText(time.wall) : instantText(wallTimeToInstant(time.wall, zone), eventZone);
      }
      case 'instant':
        return instantText(time.epochMs, eventZone);
    }
  }

  /** One feed event from a VEVENT (or one occurrence of it). */
  event(
    item: ICalComponent,
    id: string,
    start: ICalTime,
    end: ICalTime | undefined,
    path: string,
  ): FeedEvent | undefined {
    const title = String(item.getFirstPropertyValue('summary') ?? '').trim();
    if (!title) {
      this.skip(path, 'the VEVENT has no SUMMARY, so it has no title', id);
      return undefined;
    }
    const startTime = this.readTime(start, tzidOf(item, 'dtstart'), path);
    const eventZone = startTime.kind === 'local' ? (startTime.zone ?? this.timeZone) : this.timeZone;
    const event: FeedEvent = { id, title, start: this.timeText(startTime, eventZone) };
    if (end) {
      const endText = this.endText(startTime, this.readTime(end, tzidOf(item, 'dtend'), path), end, eventZone);
      if (endText !== undefined && endText !== event.start) event.end = endText;
    }
    if (eventZone !== this.timeZone) event.timeZone = eventZone;

    const description = item.getFirstPropertyValue('description');
    if (typeof description === 'string' && description.trim()) event.description = htmlToText(description);
    const status = String(item.getFirstPropertyValue('status') ?? '').toUpperCase();
    if (status === 'CANCELLED') event.status = 'cancelled';
    const locationText = item.getFirstPropertyValue('location');
    if (typeof locationText === 'string' && locationText.trim()) {
      const { location, online } = readLocation(locationText);
      event.location = location;
      if (online) event.attendance = 'online';
    }
    const organizer = readOrganizer(item);
    if (organizer) event.organizer = organizer;
    const url = item.getFirstPropertyValue('url');
    if (typeof url === 'string' && url.trim()) event.url = url.trim();
    const categories = item
      .getAllProperties('categories')
      .flatMap((property) => property.getValues())
      .map((value) => String(value).trim())
      .filter(Boolean);
    const tags = [...new Set([...categories, ...(this.settings.tags ?? [])])];
    if (tags.length > 0) event.tags = tags;
    if (this.settings.programmeId) event.programmeId = this.settings.programmeId;
    return event;
  }

  /**
   * The feed's inclusive end. iCalendar's DTEND is exclusive: an all-day event on
   * the 20th and 21st ends on the 22nd there, on the 21st in the feed.
   */
  endText(start: IcsTime, end: IcsTime, raw: ICalTime, eventZone: string): string | undefined {
    if (start.kind === 'date') {
      let last: PlainDate = { year: raw.year, month: raw.month, day: raw.day };
      if (raw.isDate || (raw.hour === 0 && raw.minute === 0 && raw.second === 0)) last = addDays(last, -1);
      const first = start.date;
      return formatIsoDate(last) > formatIsoDate(first) ? formatIsoDate(last) : undefined;
    }
    return this.timeText(end, eventZone);
  }
}
