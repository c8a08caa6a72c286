import ICAL from 'ical.js';
import type { FeedIssue } from '../feed/parse.js';

/**
 * The first, forgiving pass over an iCalendar file: it unfolds the content lines, checks
 * each one, and cuts the file into its calendars and their VEVENTs, so that one broken
 * line costs one event (or, outside events, one warning) and never the whole calendar.
 * ical.js then parses each piece on its own.
 */
export interface ScannedEvent {
  /** `VEVENT[i]`, counted through the whole file. */
  readonly path: string;
  readonly uid?: string;
  /** The VEVENT's text, from BEGIN to END. */
  readonly text: string;
  /** Why the VEVENT cannot be read, when it cannot. */
  problem?: string;
}

export interface ScannedCalendar {
  /** The calendar without its VEVENTs (its properties and VTIMEZONEs). */
  readonly text: string;
  readonly events: readonly ScannedEvent[];
}

/** Properties that hold dates; exporters write some of them as 8 digits without VALUE=DATE. */
const BARE_DATE = /^(DTSTART|DTEND|RECURRENCE-ID|EXDATE|RDATE|DUE)((?:;[^:]*)?):(\d{8}(?:,\d{8})*)\s*$/i;

/** Logical lines (folded lines joined) with the number of the line each starts on. */
function unfold(text: string): { line: string; number: number }[] {
  const out: { line: string; number: number }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const last = out[out.length - 1];
    if (last && (raw.startsWith(' ') || raw.startsWith('\t'))) last.line += raw.slice(1);
    else out.push({ line: raw, number: index + 1 });
  });
  return out.filter(({ line }) => line.trim() !== '');
}

/** Why ical.js cannot read a content line, or `undefined` when it can. */
function lineProblem(line: string): string | undefined {
  // A property name is letters, digits and dashes (RFC 5545, 3.1); a PHP warning printed into the file is not.
  if (!/^[A-Za-z0-9-]+[;:]/.test(line)) return 'it is not a property; a folded line must go on with a space';
  try {
    ICAL.parse.property(line);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function scanCalendar(text: string): { calendars: ScannedCalendar[]; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  const warn = (path: string, message: string) => issues.push({ action: 'warning', path, message });
  const calendars: ScannedCalendar[] = [];
  let calendar: { lines: string[]; events: ScannedEvent[] } | undefined;
  /** Components open inside the calendar, innermost last. */
  const open: string[] = [];
  let event: { lines: string[]; path: string; uid?: string; problem?: string } | undefined;
  let eventCount = 0;

  /** Closes the components still open (a VALARM, or a VTODO without its END). */
  const closeOpen = () => {
    const lines = event?.lines ?? calendar!.lines;
    while (open.length > 0) lines.push(`END:${open.pop()!}`);
  };
  const endEvent = (problem?: string) => {
    if (!event) return;
    closeOpen();
    event.lines.push('END:VEVENT');
    calendar!.events.push({ path: event.path, uid: event.uid, text: event.lines.join('\r\n'), problem: event.problem ?? problem });
    event = undefined;
  };
  const endCalendar = () => {
    if (!calendar) return;
    endEvent();
    closeOpen();
    calendars.push({ text: [...calendar.lines, 'END:VCALENDAR'].join('\r\n'), events: calendar.events });
    calendar = undefined;
  };

  for (const { line: raw, number } of unfold(text.replace(/^\uFEFF/, ''))) {
    const where = `line ${number}`;
    const marker = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/i.exec(raw);
    const kind = marker?.[1]!.toUpperCase();
    const name = marker?.[2]!.toUpperCase();
    if (!calendar) {
      if (kind === 'BEGIN' && name === 'VCALENDAR') calendar = { lines: ['BEGIN:VCALENDAR'], events: [] };
      else warn(where, `the line '${raw.slice(0, 40)}' is outside any VCALENDAR and is ignored`);
      continue;
    }
    if (kind === 'BEGIN') {
      if (name === 'VEVENT') {
        endEvent(`the VEVENT has no END:VEVENT before ${where}`);
        closeOpen();
        event = { lines: ['BEGIN:VEVENT'], path: `VEVENT[${eventCount++}]` };
        continue;
      }
      if (name === 'VCALENDAR') {
        endEvent(`the VEVENT has no END:VEVENT before ${where}`);
        warn(where, 'a VCALENDAR begins before the previous one ended; the previous one ends here');
        endCalendar();
        calendar = { lines: ['BEGIN:VCALENDAR'], events: [] };
        continue;
      }
      open.push(name!);
      (event?.lines ?? calendar.lines).push(raw.trim());
      continue;
    }
    if (kind === 'END') {
      if (open.length > 0 && open.includes(name!)) {
        // An END for an outer component also closes what is still open inside it.
        while (open.length > 0) {
          const closed = open.pop()!;
          (event?.lines ?? calendar.lines).push(`END:${closed}`);
          if (closed === name) break;
        }
      } else if (name === 'VEVENT' && event) {
        endEvent();
      } else if (name === 'VCALENDAR') {
        endEvent(`the VEVENT has no END:VEVENT before ${where}`);
        endCalendar();
      } else if (event) {
        event.problem ??= `${where}: END:${name} does not close anything that is open`;
      } else {
        warn(where, `END:${name} does not close anything that is open; the line is ignored`);
      }
      continue;
    }
    let line = raw;
    const bareDate = BARE_DATE.exec(raw);
    if (bareDate && !/;VALUE=/i.test(bareDate[2]!)) {
      line = `${bareDate[1]}${bareDate[2]};VALUE=DATE:${bareDate[3]}`;
      warn(event?.path ?? where, `${bareDate[1]!.toUpperCase()}:${bareDate[3]} is a date written without VALUE=DATE; it is read as a date`);
    }
    // Time zones change yearly; expanding any other rule back to 1601 would never end.
    const zoneRule = open.includes('VTIMEZONE') && /^RRULE[;:]/i.test(line) && !/[;:]FREQ=YEARLY(;|$)/i.test(line);
    const problem = zoneRule ? 'a time zone rule must repeat yearly' : lineProblem(line);
    if (event) {
      const uid = /^UID(?:;[^:]*)?:(.*)$/i.exec(line)?.[1]?.trim();
      if (uid) event.uid ??= uid;
      if (problem) event.problem ??= `${where} '${raw.slice(0, 40)}' cannot be read (${problem})`;
      else event.lines.push(line);
    } else if (problem) {
      warn(where, `the line '${raw.slice(0, 40)}' cannot be read (${problem}) and is ignored`);
    } else {
      calendar.lines.push(line);
    }
  }
  if (event) endEvent('the file ends inside this VEVENT (no END:VEVENT)');
  if (calendar) {
    warn('END:VCALENDAR', 'the file ends without END:VCALENDAR');
    endCalendar();
  }
  return { calendars, issues };
}
