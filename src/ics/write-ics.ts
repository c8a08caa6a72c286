import type { Feed, FeedEvent } from '../feed/schema.js';
import { eventTiming, placeParts } from '../feed/select.js';
import { addDays, pad, type PlainDate } from '../time/plain-date.js';

/**
 * Writes events as an iCalendar file (RFC 5545) that calendar apps import: timed
 * events in UTC (so no VTIMEZONE is needed), all-day events as dates with the
 * exclusive DTEND the format requires, text escaped, lines folded at 75 octets.
 */
export interface IcsOptions {
  /** DTSTAMP: when the file is written. */
  readonly now: number;
  /** The feed's URL; its host makes the UIDs globally unique. */
  readonly source?: string;
  /** X-WR-CALNAME, the name apps give an imported calendar. */
  readonly name?: string;
}

const icsDate = (date: PlainDate) => `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;

function icsUtc(epochMs: number): string {
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
    lines.push(`DTSTART:${icsUtc(timing.start)}`);
    if (timing.hasEnd) lines.push(`DTEND:${icsUtc(timing.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  const place = placeParts(event.location).join(', ');
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  const url = event.url ?? event.location?.url;
  if (url) lines.push(`URL:${url.replace(/[\s"]/g, encodeURIComponent)}`);
  if (event.organizer?.email) {
    const name = event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : '';
    lines.push(`ORGANIZER${name}:mailto:${event.organizer.email}`);
  }
  if (event.tags?.length) lines.push(`CATEGORIES:${event.tags.map(escapeText).join(',')}`);
  lines.push(`STATUS:${STATUS[event.status ?? 'scheduled']}`, 'END:VEVENT');
  return lines;
}

/** An iCalendar document holding `events` of `feed`. */
export function writeIcs(events: readonly FeedEvent[], feed: Feed, options: IcsOptions): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//quartier-widgets//quartier-widgets//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) lines.push(...eventLines(event, feed, options));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
