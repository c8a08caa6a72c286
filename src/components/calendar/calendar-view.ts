// What the calendar shows, as plain data computed from its inputs: the month, its weeks,
// the events laid out in it, today and the focused day, and where a key press leads.
// Nothing here touches the DOM, so all of it is tested without a browser page.
import type { Period } from '../../feed/preview-period.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import { partName } from '../../internal/part-name.js';
import {
  addMonths,
  compareMonths,
  firstDayOfWeek,
  monthOf,
  monthWeeks,
  sameDayIn,
  type PlainMonth,
} from '../../time/calendar-month.js';
import { dateTimeFormat } from '../../time/intl-cache.js';
import { clockOptions } from '../../time/format.js';
import { addDays, dayOfWeek, daysInMonth, formatIsoDate, fromEpochDay, MS_PER_DAY, toEpochDay } from '../../time/plain-date.js';
import { layoutMonth, type MonthLayout, type PlacedEvent } from './month-layout.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A `Date` for `Intl` with `timeZone: 'UTC'`: noon of an epoch day, so it never slips a day. */
export const noon = (epochDay: number) => epochDay * MS_PER_DAY + MS_PER_DAY / 2;

/** The formatters one render uses, looked up once rather than per cell. */
export interface Formats {
  readonly longDate: Intl.DateTimeFormat;
  readonly dayMonth: Intl.DateTimeFormat;
  readonly time: Intl.DateTimeFormat;
  readonly weekdayShort: Intl.DateTimeFormat;
  readonly weekdayLong: Intl.DateTimeFormat;
}

export const formatsFor = (locale: string): Formats => ({
  longDate: dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  dayMonth: dateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
  time: dateTimeFormat(locale, { ...clockOptions(locale), timeZone: 'UTC' }),
  weekdayShort: dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }),
  weekdayLong: dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
});

export interface MonthView {
  readonly month: PlainMonth;
  readonly firstDay: number;
  readonly weeks: readonly (readonly number[])[];
  readonly monthFirst: number;
  readonly monthLast: number;
  readonly layout: MonthLayout;
  /** The events the layout was made from. */
  readonly events: readonly FeedEvent[];
  /** The widget's time (shifted by `now`) when the view was made. */
  readonly now: number;
  readonly today: number;
  /** The day that holds the grid's one tab stop. */
  readonly active: number;
  readonly formats: Formats;
  /** A multi-day event's dates ("20.–24. März"), written once per view however many days show it. */
  readonly spanText: (placed: PlacedEvent) => string | undefined;
}

/** `first-day` as ISO 1–7 (`monday` … `sunday` or a number); `undefined` when unset, `NaN` when unreadable. */
export function parseFirstDay(value: string | undefined): number | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  const day = WEEKDAYS.indexOf(text) + 1 || Number(text);
  return Number.isInteger(day) && day >= 1 && day <= 7 ? day : Number.NaN;
}

/** The first day of the week: `first-day` when readable, else the language's. */
export const weekStart = (firstDay: number | undefined, locale: string): number =>
  firstDay !== undefined && !Number.isNaN(firstDay) ? firstDay : firstDayOfWeek(locale);

/** The month, moved into `min` … `max` where it lies outside. */
export function clampMonth(month: PlainMonth, min: PlainMonth | undefined, max: PlainMonth | undefined): PlainMonth {
  if (min && compareMonths(month, min) < 0) return min;
  if (max && compareMonths(month, max) > 0) return max;
  return month;
}

/** The month a calendar shows: `month`, else the month of `today` (the visitor's day), within min and max. */
export const shownMonth = (month: PlainMonth | undefined, min: PlainMonth | undefined, max: PlainMonth | undefined, today: number): PlainMonth =>
  clampMonth(month ?? monthOf(fromEpochDay(today)), min, max);

/** Whether a visitor may move to the month. */
export const monthAllowed = (month: PlainMonth, min: PlainMonth | undefined, max: PlainMonth | undefined): boolean =>
  compareMonths(clampMonth(month, min, max), month) === 0;

/** "März 2017" in the language. */
export const monthName = (month: PlainMonth, locale: string): string =>
  dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon(toEpochDay({ ...month, day: 15 })));

/** The parts of an event: state and a `tag-…` and `programme-…` part for each, to colour by. */
export function eventParts(event: FeedEvent): string {
  const parts = ['event'];
  if (event.status === 'cancelled') parts.push('event-cancelled');
  for (const tag of event.tags ?? []) parts.push(`tag-${partName(tag)}`);
  if (event.programmeId) parts.push(`programme-${partName(event.programmeId)}`);
  return parts.join(' ');
}

export interface MonthViewInput {
  readonly feed: Feed;
  /** The events that pass the widget's filters. */
  readonly events: readonly FeedEvent[];
  /** The month asked for (`month` attribute or navigation); `undefined` for today's. */
  readonly month: PlainMonth | undefined;
  readonly min: PlainMonth | undefined;
  readonly max: PlainMonth | undefined;
  /** ISO weekday the rows start on. */
  readonly firstDay: number;
  readonly now: number;
  /** Today in the visitor's zone, as an epoch day. */
  readonly today: number;
  readonly activeDay: number | undefined;
  readonly locale: string;
  /** The previous view, whose layout is reused when the month, rows and events (the same array) are the same. */
  readonly previous?: MonthView;
}

/** Everything the calendar draws for one month. */
export function monthView(input: MonthViewInput): MonthView {
  const { feed, events, firstDay, now, today, locale, previous } = input;
  const month = shownMonth(input.month, input.min, input.max, today);
  const weeks = monthWeeks(month, firstDay);
  const monthFirst = toEpochDay({ ...month, day: 1 });
  const monthLast = monthFirst + daysInMonth(month.year, month.month) - 1;
  // The layout is the one cost that grows with the feed; it is redone only when its inputs change.
  const sameLayout =
    previous &&
    previous.events === events &&
    previous.monthFirst === monthFirst &&
    previous.weeks[0]![0] === weeks[0]![0];
  const layout = sameLayout ? previous.layout : layoutMonth(events, feed, weeks, monthFirst, monthLast);
  const inMonth = (day: number | undefined): day is number => day !== undefined && day >= monthFirst && day <= monthLast;
  const active = inMonth(input.activeDay) ? input.activeDay : inMonth(today) ? today : monthFirst;
  const formats = formatsFor(locale);
  const spans = new Map<PlacedEvent, string>();
  const spanText = (placed: PlacedEvent) => {
    if (placed.lastDay <= placed.firstDay) return undefined;
    let text = spans.get(placed);
    if (text === undefined) spans.set(placed, (text = formats.dayMonth.formatRange(noon(placed.firstDay), noon(placed.lastDay))));
    return text;
  };
  return { month, firstDay, weeks, monthFirst, monthLast, layout, events, now, today, active, formats, spanText };
}

/** The same day of the month `months` away, clamped to that month's length. */
export const dayMonthsAway = (day: number, months: number): number =>
  toEpochDay(sameDayIn(fromEpochDay(day), addMonths(monthOf(fromEpochDay(day)), months)));

/**
 * The day a key press moves the grid's focus to from `active`, or `undefined` for keys the
 * grid leaves to the browser. Arrows follow the writing direction; Home and End go to the
 * row's ends; PageUp and PageDown move by a month, with Shift by a year.
 */
export function keyTarget(key: string, shift: boolean, active: number, firstDay: number, rtl: boolean): number | undefined {
  const column = (dayOfWeek(fromEpochDay(active)) - firstDay + 7) % 7;
  switch (key) {
    case 'ArrowRight':
      return active + (rtl ? -1 : 1);
    case 'ArrowLeft':
      return active + (rtl ? 1 : -1);
    case 'ArrowDown':
      return active + 7;
    case 'ArrowUp':
      return active - 7;
    case 'Home':
      return active - column;
    case 'End':
      return active + 6 - column;
    case 'PageUp':
      return dayMonthsAway(active, shift ? -12 : -1);
    case 'PageDown':
      return dayMonthsAway(active, shift ? 12 : 1);
    default:
      return undefined;
  }
}

/**
 * A start time as short as the language allows, for a bar in a narrow cell: "9", "9:30", "21"
 * in German; "9a", "9:30p" in US English; the minutes only where they are not zero.
 */
export function compactTime(format: Intl.DateTimeFormat, hour: number, minute: number): string {
  let text = '';
  let separator = '';
  for (const { type, value } of format.formatToParts(Date.UTC(1970, 0, 1, hour, minute))) {
    if (type === 'hour') text += value.replace(/^0(?=\d)/, '');
    else if (type === 'literal' && text && !separator) separator = value;
    else if (type === 'minute' && minute) text += separator + value;
    else if (type === 'dayPeriod') text += /^[ap]\.?\s?m\.?$/i.test(value) ? value[0]!.toLowerCase() : ` ${value}`;
  }
  return text;
}

/** Events a day's list shows at first and adds with each "show more", so a day of thousands stays quick. */
export const DAY_LIST_PAGE = 50;

/** Whether a day lies in the view's month (not in a neighbouring month's days the grid shows). */
export const isInViewMonth = (view: MonthView, day: number): boolean => day >= view.monthFirst && day <= view.monthLast;

/** A day of the agenda and the events it lists. */
export interface AgendaDay {
  readonly day: number;
  readonly events: readonly PlacedEvent[];
}

/**
 * The agenda's days: each event once, on its first day in the month, or on today where it
 * began earlier and still runs; today always. Unless `showEarlier`, a month that holds today starts there;
 * `earlier` counts the events left out before it.
 */
export function agendaDays(view: MonthView, showEarlier: boolean): { days: AgendaDay[]; earlier: number } {
  const from = !showEarlier && isInViewMonth(view, view.today) ? view.today : view.monthFirst;
  const byDay = new Map<number, PlacedEvent[]>();
  let earlier = 0;
  for (const placed of view.layout.events) {
    if (placed.lastDay < from) {
      earlier++;
      continue;
    }
    const day = Math.max(placed.firstDay, from);
    byDay.set(day, [...(byDay.get(day) ?? []), placed]);
  }
  // Today is always there to be seen, with or without events.
  if (isInViewMonth(view, view.today) && view.today >= from && !byDay.has(view.today)) byDay.set(view.today, []);
  const days = [...byDay].sort((a, b) => a[0] - b[0]).map(([day, events]) => ({ day, events }));
  return { days, earlier };
}

/**
 * The days of a month's grid, for reading a large feed's events on them first: the grid
 * starts up to 6 days before the 1st and ends up to 35 days after it (six rows), and a date
 * written in one zone falls up to two days off in another; a day more either side.
 */
export function gridPeriod(month: PlainMonth): Period {
  const first = { ...month, day: 1 };
  return { from: formatIsoDate(addDays(first, -9)), to: formatIsoDate(addDays(first, 38)) };
}
