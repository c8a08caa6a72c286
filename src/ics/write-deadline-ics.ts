import type { DeadlineEntry } from './deadline-entries.js';
import { escapeText, foldLine, icsDate, icsUtc } from './write-ics.js';
import { addDays } from '../time/plain-date.js';

/** Reminders before each deadline, in days. */
export const REMINDER_DAYS = [14, 7, 1] as const;

/**
 * Writes deadlines as an iCalendar file (RFC 5545): a date-only deadline as an all-day
 * event on its date, a timed one as an event at that moment (in UTC), each with a display
 * alarm 14, 7 and 1 days before its start.
 */
export function writeDeadlineIcs(
  entries: readonly DeadlineEntry[],
  options: { readonly now: number; readonly uid: string },
): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//quartier-widgets//quartier-widgets//DE', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const entry of entries) {
    const { timing } = entry;
    lines.push('BEGIN:VEVENT', `UID:${escapeText(`${entry.key}.${options.uid}`)}`, `DTSTAMP:${icsUtc(options.now)}`);
    if (timing.allDay) {
      lines.push(`DTSTART;VALUE=DATE:${icsDate(timing.startDate)}`, `DTEND;VALUE=DATE:${icsDate(addDays(timing.startDate, 1))}`);
    } else {
      lines.push(`DTSTART:${icsUtc(timing.start)}`);
    }
    lines.push(`SUMMARY:${escapeText(entry.title)}`, 'TRANSP:TRANSPARENT');
    if (entry.details) lines.push(`DESCRIPTION:${escapeText(entry.details)}`);
    if (entry.url) lines.push(`URL:${entry.url.replace(/[\s"]/g, encodeURIComponent)}`);
    for (const days of REMINDER_DAYS) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(entry.title)}`, `TRIGGER:-P${days}D`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
