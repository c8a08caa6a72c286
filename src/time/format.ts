import type { Messages } from '../i18n/messages.js';
import type { Timing } from './feed-time.js';
import { dateTimeFormat } from './intl-cache.js';
import { compareDates, parseIsoDate, plainDateToUtcNoon } from './plain-date.js';
import { dateAt, zoneOffset } from './zoned.js';

const LONG_DATE: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
/**
 * Clock times as the locale writes them, with two-digit hours where its clock runs to 24:
 * Intl writes a range of times that way ("09:00–09:45 Uhr"), so a single time matches it
 * ("09:00") wherever a list and a card show the same event.
 */
export function clockOptions(locale: string): Intl.DateTimeFormatOptions {
  const { hour12 } = dateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return { hour: hour12 ? 'numeric' : '2-digit', minute: '2-digit' };
}

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
    const times = dateTimeFormat(locale, { ...clockOptions(locale), timeZone });
    const time = timing.end > timing.start ? times.formatRange(timing.start, timing.end) : times.format(timing.start);
    text = messages.dateAndTime(date, messages.clockTime(time));
  } else {
    text = messages.clockTime(
      dateTimeFormat(locale, { ...LONG_DATE, ...clockOptions(locale), timeZone }).formatRange(timing.start, timing.end),
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

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
const YEAR: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };

/**
 * A programme's running period from its inclusive plain dates: whole calendar years as
 * years ("2017–2020"), other spans as dates; "ab 2017" / "bis 2020" when open at one end.
 */
export function formatPeriod(
  start: string | undefined,
  end: string | undefined,
  locale: string,
  messages: Messages,
): string | undefined {
  const wholeYears = (!start || start.endsWith('-01-01')) && (!end || end.endsWith('-12-31'));
  const format = dateTimeFormat(locale, wholeYears ? YEAR : DATE);
  const noon = (date: string) => plainDateToUtcNoon(parseIsoDate(date));
  if (start && end) {
    return start.slice(0, 4) === end.slice(0, 4) && wholeYears
      ? format.format(noon(start))
      : format.formatRange(noon(start), noon(end));
  }
  if (start) return messages.periodFrom(format.format(noon(start)));
  if (end) return messages.periodUntil(format.format(noon(end)));
  return undefined;
}

/** An instant as a full date and clock time in `timeZone`, naming that zone when the visitor's differs. */
export function formatInstant(
  epochMs: number,
  timeZone: string,
  locale: string,
  messages: Messages,
  visitorZone: string,
): string {
  const date = dateAt(epochMs, timeZone);
  const timing = { allDay: false, start: epochMs, end: epochMs, startDate: date, endDate: date, timeZone, hasEnd: false };
  return formatTiming(timing, locale, messages, visitorZone);
}
