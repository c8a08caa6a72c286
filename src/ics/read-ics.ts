/*! Includes ical.js (https://github.com/kewisch/ical.js) under the Mozilla Public License 2.0; its source code is at that address and in the npm package ical.js. */
import ICAL from 'ical.js';
import type { FeedIssue } from '../feed/parse.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import { compact, Conversion, hasEnd, type ICalComponent, type IcsWindow } from './ics-conversion.js';
import { scanCalendar } from './ics-lines.js';
import { expandSeries, isSeries } from './ics-series.js';
import { DEFAULT_TIME_ZONE } from '../time/zoned.js';
import { hashId } from './ics-text.js';
import { ianaZone } from './windows-zones.js';
import { MAX_OCCURRENCES } from './window.js';

export { htmlToText, readLocation } from './ics-text.js';
export { ianaZone } from './windows-zones.js';

/**
 * Turns an iCalendar file (RFC 5545) into a feed v1 document: the publisher's
 * `from-ics` command and widgets whose `feed` is an `.ics` address both use it.
 * ical.js parses the file and expands recurrences; this module decides what each
 * VEVENT means in the feed's terms. The result is a plain document that the feed
 * reader then validates like any JSON feed. A VEVENT that cannot be read is skipped
 * and reported; the others are converted.
 */
export interface IcsReadOptions {
  /** Occurrences of recurring events are listed from this instant (ms)… */
  readonly from: number;
  /** …up to this one. Single events are kept whenever they are. */
  readonly until: number;
  /** Further spans whose occurrences are listed too. */
  readonly moreWindows?: readonly IcsWindow[];
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

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A calendar's own text (without its VEVENTs) as an ical.js component; an empty one if even that fails. */
function calendarComponent(text: string, issues: FeedIssue[]): ICalComponent {
  try {
    const component = new ICAL.Component(ICAL.parse(text) as never);
    if (component.name === 'vcalendar') return component;
  } catch (error) {
    issues.push({ action: 'warning', path: 'VCALENDAR', message: `the calendar's own properties cannot be read (${reason(error)})` });
  }
  return new ICAL.Component('vcalendar');
}

function lastModified(vevents: readonly ICalComponent[]): string | undefined {
  let latest: number | undefined;
  for (const vevent of vevents) {
    try {
      const value = vevent.getFirstPropertyValue('last-modified');
      if (value instanceof ICAL.Time) latest = Math.max(latest ?? -Infinity, value.toUnixTime() * 1000);
    } catch {
      // A LAST-MODIFIED that cannot be read says nothing about the feed's age.
    }
  }
  return latest === undefined || !Number.isFinite(latest) ? undefined : new Date(latest).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const textValue = (component: ICalComponent, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/** Reads iCalendar text as a feed v1 document, with what was skipped or needs saying. */
export function icsToFeed(text: string, options: IcsReadOptions): IcsReadResult {
  const scan = scanCalendar(text);
  if (scan.calendars.length === 0) {
    const html = /^\uFEFF?\s*</.test(text) ? ' (it is an HTML page: a wrong address or an error page?)' : '';
    return { ok: false, kind: 'not-a-feed', message: `the iCalendar file cannot be read: it holds no BEGIN:VCALENDAR${html}` };
  }
  const issues: FeedIssue[] = [...scan.issues];
  const calendars = scan.calendars.map((calendar) => ({ ...calendar, component: calendarComponent(calendar.text, issues) }));
  const first = calendars[0]!.component;
  const declaredZone = textValue(first, 'x-wr-timezone');
  const fileZone = declaredZone ? ianaZone(declaredZone) : undefined;
  const timeZone = options.timeZone ?? fileZone ?? DEFAULT_TIME_ZONE;
  const title = textValue(first, 'x-wr-calname') ?? textValue(first, 'name');
  const settings = {
    windows: [{ from: options.from, until: options.until }, ...(options.moreWindows ?? [])],
    tags: options.tags,
    programmeId: options.programmeId,
    maxOccurrences: options.maxOccurrences ?? MAX_OCCURRENCES,
  };

  const events: FeedEvent[] = [];
  const updated: string[] = [];
  let floating = false;
  for (const calendar of calendars) {
    const conversion = new Conversion(timeZone, settings, calendar.component);
    const vevents: { vevent: ICalComponent; path: string; uid?: string }[] = [];
    for (const scanned of calendar.events) {
      if (scanned.problem) {
        conversion.skip(scanned.path, `the VEVENT cannot be read: ${scanned.problem}`, scanned.uid);
        continue;
      }
      try {
        const vevent = new ICAL.Component(ICAL.parse(scanned.text) as never);
        // In the calendar, its times find the calendar's VTIMEZONEs.
        calendar.component.addSubcomponent(vevent);
        vevents.push({ vevent, path: scanned.path, uid: scanned.uid });
      } catch (error) {
        conversion.skip(scanned.path, `the VEVENT cannot be read: ${reason(error)}`, scanned.uid);
      }
    }
    events.push(...convertEvents(vevents, conversion));
    issues.push(...conversion.issues);
    floating ||= conversion.readFloating;
    const latest = lastModified(vevents.map(({ vevent }) => vevent));
    if (latest) updated.push(latest);
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
  if (title) feed.title = title;
  const latest = updated.sort().pop();
  if (latest) feed.updated = latest;
  return { ok: true, feed, issues };
}

/** The feed events of one calendar's VEVENTs: series expanded, changed occurrences in their place. */
function convertEvents(vevents: readonly { vevent: ICalComponent; path: string; uid?: string }[], conversion: Conversion): FeedEvent[] {
  const uidOf = (vevent: ICalComponent) => {
    const uid = vevent.getFirstPropertyValue('uid');
    return typeof uid === 'string' && uid.trim() ? uid.trim() : undefined;
  };
  // Changed occurrences (RECURRENCE-ID) belong to their series; without one in the file they stand alone.
  const seriesUids = new Set<string>();
  for (const { vevent } of vevents) {
    const uid = uidOf(vevent);
    if (uid && !vevent.hasProperty('recurrence-id') && isSeries(vevent)) seriesUids.add(uid);
  }
  const overrides = new Map<string, ICalComponent[]>();
  for (const { vevent } of vevents) {
    const uid = uidOf(vevent);
    if (uid && seriesUids.has(uid) && vevent.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
  }
  const events: FeedEvent[] = [];
  const usedIds = new Set<string>();
  const expanded = new Set<string>();
  for (const { vevent, path, uid: scannedUid } of vevents) {
    const named = uidOf(vevent);
    if (named && overrides.get(named)?.includes(vevent)) continue;
    try {
      const start = vevent.getFirstPropertyValue('dtstart');
      if (!(start instanceof ICAL.Time)) {
        conversion.skip(path, 'the VEVENT has no DTSTART, so it has no date', named ?? scannedUid);
        continue;
      }
      const summary = String(vevent.getFirstPropertyValue('summary') ?? '');
      const uid = named ?? hashId(`${summary}|${start.toString()}`);
      if (!named) conversion.warn(path, `the VEVENT has no UID; it is given the id '${uid}', which changes when its title or start does`, uid);
      const privacy = String(vevent.getFirstPropertyValue('class') ?? 'PUBLIC').toUpperCase();
      if (privacy === 'PRIVATE' || privacy === 'CONFIDENTIAL') {
        conversion.skip(path, `the VEVENT is marked CLASS:${privacy}; private events are not published`, uid);
        continue;
      }
      if (isSeries(vevent) && !vevent.hasProperty('recurrence-id') && !expanded.has(uid)) {
        if (!summary.trim()) {
          conversion.skip(path, 'the VEVENT has no SUMMARY, so it has no title', uid);
          continue;
        }
        expanded.add(uid);
        events.push(...expandSeries(vevent, uid, path, overrides.get(uid) ?? [], conversion));
        continue;
      }
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
    } catch (error) {
      conversion.skip(path, `the VEVENT cannot be read: ${reason(error)}`, named ?? scannedUid);
    }
  }
  return events;
}
