import type { Feed, FeedEvent } from '../feed/schema.js';
import { eventTiming, placeParts } from '../feed/select.js';
import { addDays, pad, type PlainDate } from '../time/plain-date.js';
import { factCategories, factDescription } from './ics-facts.js';
import { zoneOffset } from '../time/zoned.js';
import { isRepeatedWallTime, isUtcZone, localDateTime, vtimezoneLines } from './vtimezone.js';

/**
 * Writes events as an iCalendar file (RFC 5545) that calendar apps import: timed
 * events at their wall-clock time in their own zone (`TZID`, with a VTIMEZONE for the
 * years they span), all-day events as dates with the exclusive DTEND the format
 * requires, text escaped, lines folded at 75 octets.
 */
export interface IcsOptions {
  /** DTSTAMP: when the file is written. */
  readonly now: number;
  /** The feed's URL; its host makes the UIDs globally unique. */
  readonly source?: string;
  /** X-WR-CALNAME, the name apps give an imported calendar. */
  readonly name?: string;
  /** Language of the events' facts in the description and categories ("Preis: Kostenlos"). Default German. */
  readonly locale?: string;
}

export const icsDate = (date: PlainDate) => `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;

export function icsUtc(epochMs: number): string {
  const d = new Date(epochMs);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** The control characters U+0000–U+001F and U+007F, which iCalendar text may not hold as they are. */
const isControl = (char: string) => char <= '\u001f' || char === '\u007f';

/** `value` without the characters `drop` says to drop. */
const without = (value: string, drop: (char: string) => boolean) => Array.from(value).filter((char) => !drop(char)).join('');

/** TEXT values: backslash, semicolon, comma and newline are escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return without(value.replace(/\r\n?/g, '\n'), (char) => char !== '\n' && isControl(char))
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

// A quoted parameter value may hold anything but control characters and DQUOTE.
const paramValue = (value: string) => `"${without(value, (char) => char === '"' || isControl(char))}"`;

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function uidHost(source: string | undefined): string {
  try {
    return new URL(source ?? '').host || 'quartier-widgets';
  } catch {
    return 'quartier-widgets';
  }
}

const STATUS: Readonly<Record<string, string>> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

function eventLines(event: FeedEvent, feed: Feed, options: IcsOptions): string[] {
  const timing = eventTiming(event, feed);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${uidHost(options.source)}`)}`,
    `DTSTAMP:${icsUtc(options.now)}`,
  ];
  if (timing.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${icsDate(timing.startDate)}`);
    // iCalendar's all-day end is exclusive: the day after the feed's inclusive last day.
    lines.push(`DTEND;VALUE=DATE:${icsDate(addDays(timing.endDate, 1))}`);
  } else {
    lines.push(`DTSTART${icsTime(timing.start, timing.timeZone)}`);
    if (timing.hasEnd) lines.push(`DTEND${icsTime(timing.end, timing.timeZone)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  const locale = options.locale ?? 'de';
  const description = [event.description, factDescription(event, feed, locale, options.now)].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const place = placeParts(event.location).join(', ');
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  const url = event.url ?? event.location?.url;
  if (url) lines.push(`URL:${url.replace(/[\s"]/g, encodeURIComponent)}`);
  if (event.organizer?.email) {
    const name = event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : '';
    lines.push(`ORGANIZER${name}:mailto:${event.organizer.email}`);
  }
  const categories = [...(event.tags ?? []), ...factCategories(event, feed, locale, options.now)];
  if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${STATUS[event.status ?? 'scheduled']}`, 'END:VEVENT');
  return lines;
}

/**
 * A DTSTART/DTEND value with its parameter: `;TZID=Europe/Berlin:20170320T103000`; in UTC
 * (`:…Z`) for a UTC zone, and for a time the clock reads twice, which apps resolve differently.
 */
function icsTime(epochMs: number, timeZone: string): string {
  return isUtcZone(timeZone) || isRepeatedWallTime(epochMs, timeZone)
    ? `:${icsUtc(epochMs)}`
    : `;TZID=${timeZone}:${localDateTime(epochMs, zoneOffset(epochMs, timeZone))}`;
}

/** A VTIMEZONE for each zone the timed events are written in, over the span of its events. */
function timeZoneLines(events: readonly FeedEvent[], feed: Feed): string[] {
  const spans = new Map<string, { first: number; last: number }>();
  for (const event of events) {
    const { allDay, timeZone, start, end } = eventTiming(event, feed);
    if (allDay || isUtcZone(timeZone)) continue;
    const span = spans.get(timeZone);
    spans.set(timeZone, { first: Math.min(start, span?.first ?? start), last: Math.max(end, span?.last ?? end) });
  }
  return [...spans].flatMap(([timeZone, { first, last }]) => vtimezoneLines(timeZone, first, last));
}

/** An iCalendar document holding `events` of `feed`. */
export function writeIcs(events: readonly FeedEvent[], feed: Feed, options: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//quartier-widgets//quartier-widgets//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  lines.push(...timeZoneLines(events, feed));
  for (const event of events) lines.push(...eventLines(event, feed, options));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
