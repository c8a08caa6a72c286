import type { Messages } from '../i18n/messages.js';
import type { Timing } from './feed-time.js';
import { dateTimeFormat } from './intl-cache.js';
import { compareDates, plainDateToUtcNoon } from './plain-date.js';
import { zoneOffset } from './zoned.js';

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** The short name of a zone at an instant ("MEZ", "MESZ", "GMT-4"), in the locale. */
export function timeZoneName(epochMs: number, timeZone: string, locale: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(epochMs);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * When an event or period takes place, in words: "Montag, 20. März 2017, 10:30–17:00 Uhr".
 * All-day ranges are calendar dates and never shift; timed ones are shown in the
 * item's own zone, which is named when the visitor's clock differs at that time.
 */
export function formatTiming(timing: Timing, locale: string, messages: Messages, visitorZone: string): string {
  if (timing.allDay) {
    const dates = dateTimeFormat(locale, { ...LONG_DATE, timeZone: 'UTC' });
    const start = plainDateToUtcNoon(timing.startDate);
    return compareDates(timing.startDate, timing.endDate) === 0
      ? dates.format(start)
      : dates.formatRange(start, plainDateToUtcNoon(timing.endDate));
  }
  const { timeZone } = timing;
  let text: string;
  if (compareDates(timing.startDate, timing.endDate) === 0) {
    const date = dateTimeFormat(locale, { ...LONG_DATE, timeZone }).format(timing.start);
    const times = dateTimeFormat(locale, { ...TIME, timeZone });
    const time = timing.end > timing.start ? times.formatRange(timing.start, timing.end) : times.format(timing.start);
    text = messages.dateAndTime(date, messages.clockTime(time));
  } else {
    text = messages.clockTime(
      dateTimeFormat(locale, { ...LONG_DATE, ...TIME, timeZone }).formatRange(timing.start, timing.end),
    );
  }
  const differs = [timing.start, timing.end].some(
    (instant) => zoneOffset(instant, timeZone) !== zoneOffset(instant, visitorZone),
  );
  if (!differs) return text;
  const startZone = timeZoneName(timing.start, timeZone, locale);
  const endZone = timeZoneName(timing.end, timeZone, locale);
  return messages.inTimeZone(text, startZone === endZone ? startZone : `${startZone}/${endZone}`);
}

/** A date and time of day in the locale, e.g. for "Stand: …". */
export function formatDateTime(epochMs: number, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(epochMs);
}
