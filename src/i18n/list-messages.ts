import type { PluralForms } from './messages.js';

/** The words of the event list (`<qw-event-list>`). */
export interface EventListMessages {
  /** The accessible name of the list: "Nächste Termine". */
  readonly label: string;
  /** The day heading of tomorrow ("Heute" is the calendar's `today`). */
  readonly tomorrow: string;
  /** The last day of an event over several days: "bis Freitag, 24. März". */
  readonly until: (date: string) => string;
  /** The button that adds the next events. */
  readonly more: string;
  /** Announced after it: "10 weitere Termine". */
  readonly added: PluralForms;
  /** Nothing ahead (with `days`: nothing within the window of `#` days). */
  readonly none: string;
  readonly noneWithin: PluralForms;
}

/** The words of the "add to my calendar" menu. */
export interface CalendarMenuMessages {
  /** The menu's button: "In meinen Kalender". */
  readonly button: string;
  /** The entries: the file for any calendar programme, and the two web calendars. */
  readonly icsFile: string;
  readonly google: string;
  readonly outlook: string;
}

/** The words of the "Abonnieren" menu, which subscribes a calendar app to the widget's events. */
export interface SubscribeMenuMessages {
  /** The menu's button: "Abonnieren". */
  readonly button: string;
  /** The entries: the webcal: link (Apple Calendar, Outlook for desktops), the two web calendars, the copy. */
  readonly webcal: string;
  readonly google: string;
  readonly outlook: string;
  readonly copy: string;
  /** Said politely once the address is on the clipboard. */
  readonly copied: string;
  /** Said when the browser refused the clipboard: the address is selected in a field instead. */
  readonly copyRefused: string;
  /** The name of that field. */
  readonly address: string;
}
