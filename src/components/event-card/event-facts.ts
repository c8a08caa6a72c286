/**
 * What an event's facts say, as plain text for a locale: the registration badges, the
 * price, accessibility, languages, audience and a former date. The card's template, the
 * compact list entries and the .ics export all read them from here.
 */
import type { FeedEvent, FeedPrice, FeedRegistration } from '../../feed/schema.js';
import type { FactMessages } from '../../i18n/event-facts/messages.js';
import { plural } from '../../i18n/plural.js';
import { calendarDate, endInstant, parseFeedTime, startInstant } from '../../time/feed-time.js';
import { clockOptions } from '../../time/format.js';
import { dateTimeFormat, listFormat, numberFormat } from '../../time/intl-cache.js';
import { dayOfWeek } from '../../time/plain-date.js';

export interface FactContext {
  readonly locale: string;
  readonly messages: FactMessages;
  /** The event's own zone (else the feed's): deadlines and dates are read and shown in it. */
  readonly timeZone: string;
  readonly now: number;
}

/** Where registration stands: a stated or derived status, or open with its deadline and places. */
export type RegistrationState =
  | { readonly kind: 'full' | 'waitlist' | 'closed' }
  | { readonly kind: 'open'; readonly required: boolean; readonly deadline?: number; readonly deadlineIsDate: boolean; readonly remaining?: number };

/**
 * The state at `now`. The publisher's `status` wins; else no places left means full and a
 * deadline passed means closed. `undefined` when the feed says nothing about registering.
 */
export function registrationState(registration: FeedRegistration | undefined, timeZone: string, now: number): RegistrationState | undefined {
  if (!registration) return undefined;
  const { status, remaining, required = false } = registration;
  if (status === 'full' || status === 'waitlist' || status === 'closed') return { kind: status };
  if (remaining === 0) return { kind: 'full' };
  const deadlineTime = registration.deadline === undefined ? undefined : parseFeedTime(registration.deadline);
  // A date-only deadline lasts to the end of that day, as a call's deadline does.
  const deadline = deadlineTime && endInstant(deadlineTime, timeZone);
  if (deadline !== undefined && now > deadline) return { kind: 'closed' };
  if (!required && deadline === undefined && remaining === undefined && status !== 'open') return undefined;
  return { kind: 'open', required, deadline, deadlineIsDate: deadlineTime?.kind === 'date', remaining };
}

const SHORT_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
const SHORT_TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** "10. März", with the year when it is not this year's, and the clock time for a date-time. */
function shortDate(epochMs: number, withTime: boolean, { locale, timeZone, now }: FactContext): string {
  const year = (at: number) => dateTimeFormat('en', { year: 'numeric', timeZone }).format(at);
  return dateTimeFormat(locale, {
    ...SHORT_DATE,
    ...(year(epochMs) !== year(now) && { year: 'numeric' }),
    ...(withTime && SHORT_TIME),
    timeZone,
  }).format(epochMs);
}

/** The registration badges' texts: the state or "Anmeldung erforderlich bis …", then "noch 5 Plätze". */
export function registrationTexts(state: RegistrationState | undefined, context: FactContext): string[] {
  if (!state) return [];
  const { messages, locale } = context;
  if (state.kind !== 'open') return [messages.registrationStatus[state.kind]];
  const texts: string[] = [];
  const date = state.deadline === undefined ? undefined : shortDate(state.deadline, !state.deadlineIsDate, context);
  if (date) texts.push(state.required ? messages.registrationRequiredUntil(date) : messages.registrationUntil(date));
  else if (state.required) texts.push(messages.registrationRequired);
  if (state.remaining !== undefined) texts.push(plural(locale, messages.placesLeft, state.remaining));
  return texts;
}

/** "Kostenlos", the publisher's note ("5 €, ermäßigt 3 €"), or the amount in its currency. */
export function priceText(price: FeedPrice | undefined, { locale, messages }: FactContext): string | undefined {
  if (!price) return undefined;
  const free = price.free || price.amount === 0;
  if (price.note) return free ? `${messages.free} · ${price.note}` : price.note;
  if (free) return messages.free;
  if (price.amount === undefined || !price.currency) return undefined;
  const whole = Number.isInteger(price.amount);
  return numberFormat(locale, { style: 'currency', currency: price.currency, ...(whole && { maximumFractionDigits: 0 }) }).format(price.amount);
}

/** The event's languages by name in the visitor's language ("Deutsch und Türkisch"); an unknown tag as written. */
export function languageNames(tags: readonly string[] | undefined, { locale, messages }: FactContext): string | undefined {
  if (!tags?.length) return undefined;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  } catch {
    names = undefined;
  }
  const name = (tag: string) => {
    // Sign languages Intl does not name (gsg, Deutsche Gebärdensprache) come from the messages.
    const own = messages.languageNames[tag.toLowerCase()];
    if (own) return own;
    try {
      return names?.of(tag) ?? tag;
    } catch {
      return tag;
    }
  };
  return listFormat(locale).format(tags.map(name));
}

/** Whom the event is for: the audience, then the age range ("Familien und Senioren (ab 60 Jahren)"). */
export function audienceText(event: FeedEvent, { locale, messages }: FactContext): string | undefined {
  const { min, max } = event.ageRange ?? {};
  const ages = min !== undefined || max !== undefined ? messages.ages(min, max) : undefined;
  const audience = event.audience?.length ? listFormat(locale).format(event.audience) : undefined;
  return audience && ages ? `${audience} (${ages})` : (audience ?? ages);
}

/** "Verschoben vom 12. März auf den 19. März" for a rescheduled event that names its former start. */
export function movedText(event: FeedEvent, context: FactContext): string | undefined {
  if (event.status !== 'rescheduled' || !event.previousStart) return undefined;
  const from = parseFeedTime(event.previousStart);
  const to = parseFeedTime(event.start);
  if (!from || !to) return undefined;
  const { timeZone } = context;
  const fromAt = startInstant(from, timeZone);
  const toAt = startInstant(to, timeZone);
  let fromText = shortDate(fromAt, false, context);
  let toText = shortDate(toAt, false, context);
  // Moved within one day: the times tell the change.
  if (fromText === toText) {
    fromText = shortDate(fromAt, true, context);
    toText = shortDate(toAt, true, context);
  }
  return context.messages.movedFrom(fromText, toText);
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * A series in words: "jeden Dienstag, 18:00–19:30 Uhr" for a weekly rule, "regelmäßig, …"
 * for any other; the time is the event's own in its zone, none for an all-day series.
 */
export function seriesText(event: FeedEvent, { locale, messages, timeZone }: FactContext): string | undefined {
  const start = event.recurrence && parseFeedTime(event.start);
  if (!start) return undefined;
  const end = event.end === undefined ? undefined : parseFeedTime(event.end);
  let time: string | undefined;
  if (start.kind !== 'date') {
    const from = startInstant(start, timeZone);
    const to = end ? endInstant(end, timeZone) : from;
    const clock = dateTimeFormat(locale, { ...clockOptions(locale), timeZone });
    time = to > from ? clock.formatRange(from, to) : clock.format(from);
  }
  const rule = new Map(event.recurrence!.rule.split(';').map((part) => part.split('=') as [string, string]));
  if (rule.get('FREQ') !== 'WEEKLY' || (rule.get('INTERVAL') ?? '1') !== '1') return messages.repeating(time);
  // Without BYDAY a weekly series repeats on its first day's weekday.
  const days = rule.get('BYDAY')?.split(',') ?? [WEEKDAYS[dayOfWeek(calendarDate(start, timeZone)) - 1]!];
  const weekday = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const names = WEEKDAYS.flatMap((day, i) => (days.includes(day) ? [weekday.format(Date.UTC(2024, 0, 1 + i))] : []));
  return names.length ? messages.everyWeek(listFormat(locale).format(names), time) : messages.repeating(time);
}

/** The facts a compact entry has room for, most decisive first: places, "kostenlos", "barrierefrei". */
export function compactFacts(event: FeedEvent, context: FactContext): string[] {
  const state = registrationState(event.registration, context.timeZone, context.now);
  const facts: string[] = [];
  if (state?.kind === 'open') {
    if (state.remaining !== undefined) facts.push(plural(context.locale, context.messages.placesLeft, state.remaining));
    else if (state.required) facts.push(registrationTexts(state, context)[0]!);
  } else if (state) {
    facts.push(context.messages.registrationStatus[state.kind]);
  }
  if (event.price?.free || event.price?.amount === 0) facts.push(context.messages.free);
  if (event.accessibility?.includes('step-free')) facts.push(context.messages.stepFreeShort);
  return facts;
}

/**
 * Label and text of each fact, in the card's order, for plain-text exports (the .ics
 * description): "Anmeldung: Anmeldung erforderlich bis 10. März, noch 5 Plätze".
 */
export function factLines(event: FeedEvent, context: FactContext): [label: string, text: string][] {
  const { messages } = context;
  const lines: [string, string | undefined][] = [
    [messages.registrationLabel, registrationTexts(registrationState(event.registration, context.timeZone, context.now), context).join(', ') || undefined],
    [messages.priceLabel, priceText(event.price, context)],
    [
      messages.accessibilityLabel,
      [...(event.accessibility ?? []).map((feature) => messages.accessibility[feature]), event.accessibilityNote].filter(Boolean).join(', ') || undefined,
    ],
    [messages.languagesLabel, languageNames(event.languages, context)],
    [messages.audienceLabel, audienceText(event, context)],
  ];
  return lines.filter((line): line is [string, string] => !!line[1]);
}
