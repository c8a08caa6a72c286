// "In meinen Kalender": the menu that takes one entry (an event, a call's deadline) into a
// visitor's calendar, as an .ics file or on Google Calendar or Outlook.com. Loaded on demand,
// the first time a visitor opens it; it takes its words and the download as arguments.
import { html, type TemplateResult } from 'lit';
import type { CalendarMenuMessages } from '../i18n/list-messages.js';
import { css } from '../internal/chunk-styles.js';
import { googleCalendarLink, outlookCalendarLink, type CalendarEntry } from './calendar-links.js';

export { eventCalendarEntry, type CalendarEntry } from './calendar-links.js';

export interface CalendarMenuOptions {
  readonly entry: CalendarEntry;
  /** Offers the entry as an .ics file (e.g. with `downloadIcs`). */
  readonly icsDownload: () => void;
  readonly messages: CalendarMenuMessages;
  /** The list's id, for the `aria-controls` of the button that opens it. Default `calendar-menu`. */
  readonly id?: string;
}

/**
 * The menu's entries, shown below the button that opened it (a disclosure: a list of a button
 * and two links, each reached by Tab). The web calendars open in a new tab.
 */
export function calendarMenu({ entry, icsDownload, messages, id = 'calendar-menu' }: CalendarMenuOptions): TemplateResult {
  return html`<ul id=${id} part="calendar-menu" class="calendar-menu">
    <li><button part="button calendar-ics" @click=${icsDownload}>${messages.icsFile}</button></li>
    <li><a part="link calendar-google" href=${googleCalendarLink(entry)} target="_blank" rel="noopener">${messages.google}</a></li>
    <li><a part="link calendar-outlook" href=${outlookCalendarLink(entry)} target="_blank" rel="noopener">${messages.outlook}</a></li>
  </ul>`;
}

/** The menu's styles: a host adopts them into its shadow root when this module arrives. */
export const calendarMenuStyles = css`
  .calendar-menu {
    display: grid;
    justify-items: start;
    gap: 0.25rem;
    margin: 0.25rem 0 0;
    padding: 0.25rem 0;
    list-style: none;
  }
  .calendar-menu a,
  .calendar-menu button {
    display: inline-flex;
    align-items: center;
    /* 24 CSS px at least, also on pages with a small root font size (WCAG 2.5.8). */
    min-height: max(1.5rem, 24px);
    padding: 0.125rem 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--_link);
    text-decoration: underline;
    cursor: pointer;
  }
  .calendar-menu button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;
