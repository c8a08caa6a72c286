import { addDays, dayOfWeek, daysInMonth, pad, toEpochDay, type PlainDate } from './plain-date.js';

/** A calendar month: `{ year: 2017, month: 3 }`. */
export interface PlainMonth {
  readonly year: number;
  readonly month: number; // 1–12
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Reads `YYYY-MM`; `undefined` for anything else. */
export function parseMonth(value: string | null | undefined): PlainMonth | undefined {
  const match = MONTH_RE.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1 && month >= 1 && month <= 12 ? { year, month } : undefined;
}

export function formatMonth({ year, month }: PlainMonth): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function addMonths({ year, month }: PlainMonth, months: number): PlainMonth {
  const index = year * 12 + month - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Negative when `a` comes before `b`. */
export function compareMonths(a: PlainMonth, b: PlainMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

export function monthOf({ year, month }: PlainDate): PlainMonth {
  return { year, month };
}

/** The same day in another month, moved back to the month's last day where it has fewer ("31 Jan" + 1 → "28 Feb"). */
export function sameDayIn(date: PlainDate, target: PlainMonth): PlainDate {
  return { ...target, day: Math.min(date.day, daysInMonth(target.year, target.month)) };
}

interface WeekInfoLocale extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

// Where `Intl.Locale` cannot say (older Firefox): the regions CLDR starts on Sunday or Saturday.
const SUNDAY_REGIONS = /^(US|CA|MX|BR|JP|KR|TW|HK|IL|IN|PH|ZA|AU|SA|PE|CO|VE|GT|HN|NI|PA|SV|DO|PR|JM|TH|KE|ET|ZW|PK|BD)$/;
const SATURDAY_REGIONS = /^(AE|AF|BH|DJ|DZ|EG|IQ|IR|JO|KW|LY|OM|QA|SD|SY)$/;

const firstDays = new Map<string, number>();

/** The first day of the week in a language (ISO: 1 = Monday … 7 = Sunday), as CLDR gives it. */
export function firstDayOfWeek(locale: string): number {
  let day = firstDays.get(locale);
  // Asking Intl.Locale costs a few milliseconds on a page's first calendar; every render asks.
  if (day === undefined) firstDays.set(locale, (day = readFirstDay(locale)));
  return day;
}

function readFirstDay(locale: string): number {
  try {
    const tag = new Intl.Locale(locale).maximize() as WeekInfoLocale;
    const info = tag.getWeekInfo?.() ?? tag.weekInfo;
    if (info) return info.firstDay;
    const region = tag.region ?? '';
    if (SUNDAY_REGIONS.test(region)) return 7;
    if (SATURDAY_REGIONS.test(region)) return 6;
  } catch {
    // An invalid tag falls through to Monday.
  }
  return 1;
}

/** ISO 8601 week number: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: PlainDate): number {
  const thursday = addDays(date, 4 - dayOfWeek(date));
  const firstOfYear = toEpochDay({ year: thursday.year, month: 1, day: 1 });
  return Math.floor((toEpochDay(thursday) - firstOfYear) / 7) + 1;
}

/**
 * The days a month grid shows, as epoch days in rows of seven: from the week holding the
 * 1st to the week holding the last day, starting on `firstDay` (ISO 1–7).
 */
export function monthWeeks(month: PlainMonth, firstDay: number): number[][] {
  const first: PlainDate = { ...month, day: 1 };
  const lead = (dayOfWeek(first) - firstDay + 7) % 7;
  const start = toEpochDay(first) - lead;
  const last = toEpochDay({ ...month, day: daysInMonth(month.year, month.month) });
  const weeks: number[][] = [];
  for (let day = start; day <= last; day += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => day + i));
  }
  return weeks;
}
