import type { FeedErrorKind } from '../feed/errors.js';
import type { DeadlineState, ProgrammeState } from '../feed/select.js';
import type { FeedAttendance, FeedEventStatus, FeedReceipt } from '../feed/schema.js';
import type { CalendarMenuMessages, EventListMessages, SubscribeMenuMessages } from './list-messages.js';

/** Words by plural category (from `Intl.PluralRules`); `#` stands for the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * Every word a widget shows. One file per language implements this interface;
 * dates, numbers and plurals come from `Intl`, never from these files.
 */
export interface Messages {
  /** The language's writing direction; a widget in a language of the other direction sets `dir` on itself. */
  readonly direction: 'ltr' | 'rtl';
  /** Shown while the feed loads (in a polite live region). */
  readonly loading: string;
  /** Why nothing can be shown, in words a visitor understands. */
  readonly feedError: Readonly<Record<FeedErrorKind, string>>;
  /** Shown above earlier data when an update failed; `date` is when that data was loaded. */
  readonly staleData: (date: string) => string;
  readonly eventNotFound: string;
  readonly noUpcomingEvents: string;
  /** Badge text for every status but `scheduled`. */
  readonly eventStatus: Readonly<Record<Exclude<FeedEventStatus, 'scheduled'>, string>>;
  readonly attendance: Readonly<Record<FeedAttendance, string>>;
  /** Joins a date and a time range: "Montag, 20. März 2017" + "10:30–17:00 Uhr". */
  readonly dateAndTime: (date: string, time: string) => string;
  /** Marks a time or time range as a clock time where the language does ("10:30–17:00 Uhr"). */
  readonly clockTime: (time: string) => string;
  /** Adds the event's time zone when it differs from the visitor's. */
  readonly inTimeZone: (when: string, zone: string) => string;
  readonly attendanceLabel: string;
  readonly when: string;
  readonly where: string;
  readonly organizer: string;
  readonly tags: string;
  readonly email: string;
  readonly phone: string;
  readonly joinOnline: string;
  readonly details: string;
  readonly register: string;

  readonly website: string;
  readonly contact: string;
  readonly funders: string;

  // Funding calls and their deadlines.
  /** The state badge of a call: not open yet, open, closing soon, deadline passed. */
  readonly deadlineState: Readonly<Record<DeadlineState, string>>;
  /** "Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr". */
  readonly deadline: (date: string) => string;
  /** When applications open, for a call that is not open yet. */
  readonly opensOn: (date: string) => string;
  /** The running count, around a duration from `Intl` ("12 Tage, 4 Stunden"). */
  readonly timeLeft: (duration: string) => string;
  /** Announced once, politely, when a shown call closes soon or its deadline passes. */
  readonly milestone: (state: string, title: string) => string;
  readonly callNotFound: string;
  /** For a call the feed lists without a valid deadline (the reader skipped it). */
  readonly callWithoutDeadline: string;
  readonly noOpenCalls: string;
  readonly callDetails: string;

  // Funding programmes.
  readonly programmeState: Readonly<Record<ProgrammeState, string>>;
  readonly programmeNotFound: string;
  /** A budget with its period: "300 Mio. € pro Jahr", "2,5 Mio. € insgesamt". `money` comes from `Intl`. */
  readonly budget: (money: string, period: 'year' | 'total') => string;
  /** `long` writes "€300 million", `short` "300 Mio. €" (both from `Intl`'s compact notation). */
  readonly moneyDisplay: 'short' | 'long';
  readonly budgetLabel: string;
  readonly periodLabel: string;
  /** A period open at one end: "ab 2017" / "bis 2020". */
  readonly periodFrom: (start: string) => string;
  readonly periodUntil: (end: string) => string;
  /** Heading of the programme's calls: open ones and those not open yet. */
  readonly openCalls: string;
  readonly upcomingEvents: string;
  readonly relatedProgrammes: string;
  readonly programmeWebsite: string;

  // The calendar.
  readonly previousMonth: string;
  readonly nextMonth: string;
  readonly today: string;
  /** The week column's header, shown short and read in full. */
  readonly weekColumn: string;
  readonly weekColumnLong: string;
  /** A row's ISO week, shown short ("KW 12") and read in full ("Kalenderwoche 12"). */
  readonly weekShort: (week: string) => string;
  readonly weekLong: (week: string) => string;
  readonly eventCount: PluralForms;
  /** The control of a day holding more events than its cell shows: "+3 weitere". */
  readonly moreEvents: PluralForms;
  /** Pages a long day's list on: "50 weitere anzeigen". */
  readonly showMoreEvents: PluralForms;
  readonly noEventsInMonth: (month: string) => string;
  /** The heading of a day's list: "Termine am Montag, 20. März 2017". */
  readonly eventsOn: (date: string) => string;
  readonly noEventsOnDay: string;
  readonly allDay: string;
  /** The agenda's button that shows the month's days before today. */
  readonly earlierEvents: string;
  readonly close: string;
  /** From an event's details back to the day's list. */
  readonly back: string;
  readonly addToCalendar: string;
  readonly monthToCalendar: string;
  readonly filterByTag: string;
  /** The visitor's search box (`show-search`): "Termine durchsuchen". */
  readonly searchLabel: string;
  /** Announced when the visitor stops typing: "3 Termine gefunden". */
  readonly searchResults: PluralForms;
  /** The place select (`show-filter`): its label "Ort" and its first option "Alle Orte". */
  readonly placeLabel: string;
  readonly allPlaces: string;
  /** The visitor's fact chips (`show-filter`): their group "Nur zeigen", "Kostenlos" and "Barrierefrei" (step-free). */
  readonly factFilterLabel: string;
  readonly freeChip: string;
  readonly stepFreeChip: string;
  /** The event-language select (`show-filter`): "Sprache der Veranstaltung", first option "Alle Sprachen". */
  readonly eventLanguageLabel: string;
  readonly allLanguages: string;

  // The event list, and the menu that adds an event to a visitor's calendar.
  readonly eventList: EventListMessages;
  readonly calendarMenu: CalendarMenuMessages;
  readonly subscribeMenu: SubscribeMenuMessages;

  // Kinds of deadline, stages and rounds, and the deadline in a visitor's own calendar.
  /** For a call open until its funds run out (with or without a latest date). */
  readonly untilFundsExhausted: string;
  /** The current stage: "Stufe 1 von 2: Interessenbekundung". `position` and `count` come from `Intl`. */
  readonly stageOf: (position: string, count: string, title: string) => string;
  /** After the current stage's deadline: "Nächste Stufe: Vollantrag, bis 30. Juni 2026". */
  readonly nextStage: (title: string, date: string) => string;
  /** A recurring call's following round: "nächste Runde: 30. September 2027". */
  readonly nextRound: (date: string) => string;
  /** The deadline with what it means: received, postmarked or submitted online by then. */
  readonly deadlineBy: Readonly<Record<FeedReceipt, (date: string) => string>>;
  /** The button that opens the reminder menu (its entries are `calendarMenu`'s; the entry's title is in funding-words.ts). */
  readonly deadlineToCalendar: string;

  /** The primary link of a call or programme: where to apply. */
  readonly applyNow: string;
}
