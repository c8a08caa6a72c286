/*! Includes ical.js (https://github.com/kewisch/ical.js) under the Mozilla Public License 2.0; its source code is at that address and in the npm package ical.js. */
import ICAL from 'ical.js';
import type { FeedIssue } from '../feed/parse.js';
import type { Feed, FeedContact, FeedEvent, FeedLocation } from '../feed/schema.js';
import { isValidTimeZone } from '../time/intl-cache.js';
import { addDays, formatIsoDate, MS_PER_DAY, pad, type PlainDate } from '../time/plain-date.js';
import { DEFAULT_TIME_ZONE, instantOfWall, startOfDay, wallTimeAt, wallTimeToInstant, zoneOffset, type WallTime } from '../time/zoned.js';

/**
 * Turns an iCalendar file (RFC 5545) into a feed v1 document: the publisher's
 * `from-ics` command and widgets whose `feed` is an `.ics` address both use it.
 * ical.js parses the file and expands recurrences; this module decides what each
 * VEVENT means in the feed's terms. The result is a plain document that the feed
 * reader then validates like any JSON feed.
 */
export interface IcsReadOptions {
  /** Occurrences of recurring events are listed from this instant (ms)… */
  readonly from: number;
  /** …up to this one. Single events are kept whenever they are. */
  readonly until: number;
  /** The zone of times without one, when the file names none (X-WR-TIMEZONE). */
  readonly timeZone?: string;
  /** Tags added to every event (beside its CATEGORIES). */
  readonly tags?: readonly string[];
  /** `programmeId` given to every event. */
  readonly programmeId?: string;
  /** At most this many occurrences of one recurring event (default 500). */
  readonly maxOccurrences?: number;
}

export type IcsReadResult =
  | { readonly ok: true; readonly feed: Feed; readonly issues: readonly FeedIssue[] }
  | { readonly ok: false; readonly kind: 'not-a-feed'; readonly message: string };

type ICalComponent = InstanceType<typeof ICAL.Component>;
type ICalTime = InstanceType<typeof ICAL.Time>;
type ICalTimezone = InstanceType<typeof ICAL.Timezone>;

/** A time read from the file: a date, a wall time in a zone (`undefined`: the feed's zone), or an instant. */
type IcsTime =
  | { readonly kind: 'date'; readonly date: PlainDate }
  | { readonly kind: 'local'; readonly wall: WallTime; readonly zone?: string }
  | { readonly kind: 'instant'; readonly epochMs: number };

const DEFAULT_MAX_OCCURRENCES = 500;
const MAX_STEPS = 50_000;

/**
 * Outlook and Exchange name zones the Windows way; these are the ones German
 * publishers' files carry (CLDR's windowsZones, the territory "001" entries).
 */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Russian Standard Time': 'Europe/Moscow',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  UTC: 'UTC',
};

/**
 * The IANA zone a TZID stands for: an IANA name itself, a Windows name, a name
 * with a vendor prefix (`/mozilla.org/20050126_1/Europe/Berlin`), or Outlook's
 * display names (`(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien`).
 */
export function ianaZone(tzid: string, preferred?: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (isValidTimeZone(name) && name.includes('/')) return name;
  if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name];
  const segments = name.split('/').filter(Boolean);
  for (let i = 0; i < segments.length - 1; i++) {
    const candidate = segments.slice(i).join('/');
    if (isValidTimeZone(candidate) && candidate.includes('/')) return candidate;
  }
  const display = /^\(UTC([+-]\d{2}:\d{2})?\)\s*(.+)$/.exec(name);
  if (display) {
    const cities = display[2]!.split(/,\s*/).map((city) => city.trim().replace(/ /g, '_'));
    const cityOf = (zone: string) => zone.slice(zone.lastIndexOf('/') + 1);
    // The cities share one zone's rules; the calendar's own zone, when listed, reads best.
    if (preferred && cities.includes(cityOf(preferred))) return preferred;
    for (const zone of supportedZones()) {
      if (cities.includes(cityOf(zone))) return zone;
    }
  }
  return isValidTimeZone(name) ? name : undefined;
}

let zones: readonly string[] | undefined;
const supportedZones = () =>
  (zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);

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
 * A file-defined zone's offset (ms) at an instant. ical.js expands a VTIMEZONE into
 * its changes, each at a UTC moment; the last change before the instant decides.
 * (Its own `utcOffset` takes a wall time, which is ambiguous exactly where it matters.)
 */
function fileZoneOffset(zone: ICalTimezone, epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  zone._ensureCoverage(year + 1);
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

/** The named entities that German CMS exports use; numeric ones are decoded in general. */
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
  euro: '€', ndash: '–', mdash: '—', hellip: '…', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  sbquo: '‚', laquo: '«', raquo: '»', copy: '©', reg: '®', middot: '·', bull: '•', sect: '§', deg: '°',
};

/** Converts HTML that some CMS exports put into DESCRIPTION to plain text; the feed holds text. */
export function htmlToText(value: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(value)) return value.trim();
  return value
    .replace(/<(script|style)\b[^]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return HTML_ENTITIES[name] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * LOCATION is one line of text. A German address at its end (`…, Straße 1, 44135 Stadt`)
 * is split into the feed's fields; a web address alone means the event is online.
 */
export function readLocation(value: string): { location: FeedLocation; online: boolean } {
  const text = value.trim();
  if (/^https?:\/\/\S+$/i.test(text)) return { location: { url: text }, online: true };
  const address = /^(?:(.+?),\s*)?([^,]+?),\s*(\d{5})\s+([^,]+?)(?:,\s*(?:Deutschland|Germany))?$/.exec(text);
  if (address) {
    const [, name, street, postalCode, city] = address;
    return { location: { ...(name && { name }), address: street!, postalCode: postalCode!, city: city! }, online: false };
  }
  return { location: { name: text }, online: false };
}

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

/** A short stable id for an event without a UID, from what it shows. */
function hashId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `ics-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

const compact = (t: ICalTime) =>
  t.isDate
    ? `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`
    : `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;

class Conversion {
  readonly issues: FeedIssue[] = [];
  /** Whether a time without a zone was read (in the feed's zone). */
  readFloating = false;
  readonly #warned = new Set<string>();
  /** VTIMEZONEs of the file by TZID, for zones that have no IANA name. */
  readonly #fileZones = new Map<string, ICalTimezone>();

  constructor(
    readonly timeZone: string,
    readonly options: IcsReadOptions,
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
    const tags = [...new Set([...categories, ...(this.options.tags ?? [])])];
    if (tags.length > 0) event.tags = tags;
    if (this.options.programmeId) event.programmeId = this.options.programmeId;
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

/** The TZID a start or end was written with; an end given as DURATION counts from the start's zone. */
const tzidOf = (item: ICalComponent, name: 'dtstart' | 'dtend') =>
  (item.getFirstProperty(name) ?? item.getFirstProperty('dtstart'))?.getParameter('tzid');

const hasEnd = (component: ICalComponent) =>
  component.hasProperty('dtend') || component.hasProperty('duration');

function lastModified(calendar: ICalComponent): string | undefined {
  let latest: number | undefined;
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const value = vevent.getFirstPropertyValue('last-modified');
    if (value instanceof ICAL.Time) {
      const ms = value.toUnixTime() * 1000;
      if (latest === undefined || ms > latest) latest = ms;
    }
  }
  return latest === undefined ? undefined : new Date(latest).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Reads iCalendar text as a feed v1 document, with what was skipped or needs saying. */
export function icsToFeed(text: string, options: IcsReadOptions): IcsReadResult {
  let calendars: ICalComponent[];
  try {
    const jcal = ICAL.parse(text.replace(/^\uFEFF/, '')) as unknown;
    const list = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as unknown[];
    calendars = list.map((data) => new ICAL.Component(data as never)).filter((c) => c.name === 'vcalendar');
  } catch (error) {
    return { ok: false, kind: 'not-a-feed', message: `the iCalendar file cannot be read: ${(error as Error).message}` };
  }
  if (calendars.length === 0) {
    return { ok: false, kind: 'not-a-feed', message: 'the file holds no VCALENDAR: it is not an iCalendar file' };
  }
  const first = calendars[0]!;
  const declaredZone = first.getFirstPropertyValue('x-wr-timezone');
  const fileZone = typeof declaredZone === 'string' ? ianaZone(declaredZone) : undefined;
  const timeZone = options.timeZone ?? fileZone ?? DEFAULT_TIME_ZONE;
  const title = first.getFirstPropertyValue('x-wr-calname') ?? first.getFirstPropertyValue('name');

  const events: FeedEvent[] = [];
  const issues: FeedIssue[] = [];
  let index = 0;
  let floating = false;
  for (const calendar of calendars) {
    const conversion = new Conversion(timeZone, options, calendar);
    const vevents = calendar.getAllSubcomponents('vevent');
    // Changed occurrences (RECURRENCE-ID) belong to their series; the rest stand alone.
    const masters = new Map<string, InstanceType<typeof ICAL.Event>>();
    const exceptions = new Set<ICalComponent>();
    const paths = new Map<ICalComponent, string>();
    for (const vevent of vevents) {
      const path = `VEVENT[${index++}]`;
      paths.set(vevent, path);
      const uid = vevent.getFirstPropertyValue('uid');
      if (vevent.hasProperty('recurrence-id') && typeof uid === 'string') exceptions.add(vevent);
      else if (typeof uid === 'string' && vevent.hasProperty('rrule') && !masters.has(uid)) masters.set(uid, new ICAL.Event(vevent));
    }
    for (const exception of exceptions) {
      const master = masters.get(String(exception.getFirstPropertyValue('uid')));
      // A changed occurrence without its series in the file stands alone.
      if (!master) exceptions.delete(exception);
      else master.relateException(exception);
    }
    const usedIds = new Set<string>();

    for (const vevent of vevents) {
      const path = paths.get(vevent)!;
      if (exceptions.has(vevent)) continue;
      const uidValue = vevent.getFirstPropertyValue('uid');
      const summary = String(vevent.getFirstPropertyValue('summary') ?? '');
      const start = vevent.getFirstPropertyValue('dtstart');
      if (!(start instanceof ICAL.Time)) {
        conversion.skip(path, 'the VEVENT has no DTSTART, so it has no date', typeof uidValue === 'string' ? uidValue : undefined);
        continue;
      }
      let uid: string;
      if (typeof uidValue === 'string' && uidValue.trim()) {
        uid = uidValue.trim();
      } else {
        uid = hashId(`${summary}|${start.toString()}`);
        conversion.warn(path, `the VEVENT has no UID; it is given the id '${uid}', which changes when its title or start does`, uid);
      }
      const privacy = String(vevent.getFirstPropertyValue('class') ?? 'PUBLIC').toUpperCase();
      if (privacy === 'PRIVATE' || privacy === 'CONFIDENTIAL') {
        conversion.skip(path, `the VEVENT is marked CLASS:${privacy}; private events are not published`, uid);
        continue;
      }
      const master = masters.get(uid);
      if (master?.component === vevent) {
        events.push(...occurrences(master, uid, path, conversion));
      } else {
        const event = new ICAL.Event(vevent);
        const recurrenceId = vevent.getFirstPropertyValue('recurrence-id');
        let id = recurrenceId instanceof ICAL.Time ? `${uid}/${compact(recurrenceId)}` : uid;
        if (usedIds.has(id)) {
          id = `${uid}/${compact(start)}`;
          conversion.warn(path, `the UID '${uid}' is used by another VEVENT too; this one is given the id '${id}'`, id);
        }
        usedIds.add(id);
        const converted = conversion.event(vevent, id, event.startDate, hasEnd(vevent) ? event.endDate : undefined, path);
        if (converted) events.push(converted);
      }
    }
    issues.push(...conversion.issues);
    floating ||= conversion.readFloating;
  }

  if (floating && !fileZone && !options.timeZone) {
    issues.push({ action: 'warning', path: 'X-WR-TIMEZONE', message: `the file names no time zone; times without one are read as ${timeZone}` });
  }

  const feed: Feed = {
    version: 1,
    timeZone,
    events: events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
    calls: [],
    programmes: [],
  };
  if (typeof title === 'string' && title.trim()) feed.title = title.trim();
  const updated = calendars.map(lastModified).filter(Boolean).sort().pop();
  if (updated) feed.updated = updated;
  return { ok: true, feed, issues };
}

/** The occurrences of a recurring event inside the window, changed ones as changed, cancelled ones marked. */
function occurrences(
  master: InstanceType<typeof ICAL.Event>,
  uid: string,
  path: string,
  conversion: Conversion,
): FeedEvent[] {
  const { from, until } = conversion.options;
  const max = conversion.options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES;
  const out: FeedEvent[] = [];
  const iterator = master.iterator();
  const withEnd = hasEnd(master.component);
  // ical.js reads times in zones it was not given as UTC: good enough to know when to stop.
  const slack = 2 * MS_PER_DAY;
  let steps = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    // A rule like FREQ=MINUTELY since 1990 would otherwise walk millions of steps to the window.
    if (++steps > MAX_STEPS) {
      conversion.warn(path, `the series repeats too often to expand; only its first ${MAX_STEPS} repetitions were looked at`, uid);
      break;
    }
    const details = master.getOccurrenceDetails(next);
    if (details.startDate.toUnixTime() * 1000 > until + slack) break;
    const item = details.item.component;
    const start = conversion.instant(conversion.readTime(details.startDate, tzidOf(item, 'dtstart'), path));
    const end = withEnd || hasEnd(item) ? conversion.instant(conversion.readTime(details.endDate, tzidOf(item, 'dtend'), path)) : start;
    if (end < from || start > until) continue;
    if (out.length === max) {
      conversion.warn(path, `the series has more than ${max} occurrences in the window; the first ${max} are listed`, uid);
      break;
    }
    const event = conversion.event(
      item,
      `${uid}/${compact(details.recurrenceId)}`,
      details.startDate,
      withEnd || hasEnd(item) ? details.endDate : undefined,
      path,
    );
    if (event) out.push(event);
  }
  return out;
}
