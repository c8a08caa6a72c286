import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { QwDateSelectEvent, QwEventSelectEvent, QwMonthChangeEvent } from '../../events/calendar-events.js';
import { layoutMonth, type MonthLayout, type PlacedEvent, type Segment } from '../../feed/month-layout.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import { matchesFilter, splitList, type EventFilter } from '../../feed/select.js';
import { closestLang, type Language } from '../../i18n/index.js';
import { plural } from '../../i18n/plural.js';
import { FeedElement } from '../../internal/feed-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import {
  addMonths,
  compareMonths,
  firstDayOfWeek,
  formatMonth,
  isoWeek,
  monthOf,
  monthWeeks,
  parseMonth,
  sameDayIn,
  type PlainMonth,
} from '../../time/calendar-month.js';
import { dateTimeFormat, visitorTimeZone } from '../../time/intl-cache.js';
import { dayOfWeek, daysInMonth, formatIsoDate, fromEpochDay, toEpochDay } from '../../time/plain-date.js';
import { ClockWatch } from '../../time/clock-watch.js';
import { dateAt, startOfDay } from '../../time/zoned.js';
import { calendarStyles } from './calendar.styles.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Events an agenda day lists before "+N more" (the rest are in the day's list). */
const AGENDA_EVENTS_PER_DAY = 5;
/** At or below this width of the calendar (in rem) a month grid is unreadable; the days with events become a list. */
const AGENDA_MAX_WIDTH_REM = 36;
/** Events a day's list shows at first and adds with each "show more", so a day of thousands stays quick. */
const DAY_LIST_PAGE = 50;

const LONG_DATE: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

/** A `Date` for `Intl` with `timeZone: 'UTC'`: noon of an epoch day, so it never slips a day. */
const noon = (epochDay: number) => epochDay * 86_400_000 + 43_200_000;

/** Whether two memo keys hold the same values (by identity), so the memoised result still stands. */
const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.every((value, i) => value === b[i]);

/** A tag or programme id as a part name: `Soziale Stadt` → `soziale-stadt`. */
export function partName(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The formatters one render uses, looked up once rather than per cell. */
interface Formats {
  readonly longDate: Intl.DateTimeFormat;
  readonly dayMonth: Intl.DateTimeFormat;
  readonly time: Intl.DateTimeFormat;
}

const formatsFor = (locale: string): Formats => ({
  longDate: dateTimeFormat(locale, LONG_DATE),
  dayMonth: dateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
  time: dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
});

interface MonthView {
  readonly month: PlainMonth;
  readonly firstDay: number;
  readonly weeks: readonly (readonly number[])[];
  readonly monthFirst: number;
  readonly monthLast: number;
  readonly layout: MonthLayout;
  /** The widget's time (shifted by `now`) when the view was made. */
  readonly now: number;
  readonly today: number;
  readonly active: number;
  readonly formats: Formats;
}

type DialogContent = { readonly kind: 'day'; readonly day: number } | { readonly kind: 'event'; readonly placed: PlacedEvent };

/**
 * @tagname qw-calendar
 * @summary A month of events as an accessible calendar grid, an agenda list in narrow containers.
 *
 * @csspart base - The calendar (`<section>`).
 * @csspart header - Month title and navigation.
 * @csspart title - The month's name (a heading).
 * @csspart navigation - The previous / today / next controls.
 * @csspart button - Every button: navigation, `close`, `add-to-calendar`, `download-month`, `show-more` (the next events of a long day).
 * @csspart previous - Go to the previous month.
 * @csspart today - Go to today's month.
 * @csspart next - Go to the next month.
 * @csspart filter - The tag chips (with `show-filter`).
 * @csspart chip - One tag chip; `aria-pressed` says whether it is chosen.
 * @csspart grid - The month table.
 * @csspart weekday - A weekday column header.
 * @csspart week-number - A row's calendar week.
 * @csspart day - A day cell; also `day-outside` (neighbouring months) and `day-today`.
 * @csspart event - An event in a cell or list; also `event-cancelled`, and `tag-<tag>` for each tag and `programme-<id>`, lower-case with dashes (`Soziale Integration` → `tag-soziale-integration`).
 * @csspart more - The "+N more" control of a full day.
 * @csspart agenda - The list that replaces the grid in narrow containers.
 * @csspart agenda-date - A day's date in that list (with `day-today` for today).
 * @csspart empty - Shown when the month holds no events.
 * @csspart actions - The month download.
 * @csspart dialog - The dialog with a day's events or an event's details.
 * @csspart day-list - The list of a day's events in the dialog.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart stale - The notice shown above earlier data when an update failed.
 *
 * @cssproperty --qw-calendar-event-color - Background of event bars (falls back to `--qw-color-accent`); set it on `::part(tag-…)` to colour by tag.
 * @cssproperty --qw-calendar-event-text - Text colour on event bars (falls back to `--qw-color-on-accent`).
 * @cssproperty --qw-calendar-today - Marks today's cell (falls back to `--qw-color-accent`).
 * @cssproperty --qw-calendar-outside - Background of the neighbouring months' days (falls back to `--qw-color-subtle`).
 * @cssproperty --qw-calendar-cancelled - Background of cancelled events' bars (falls back to `--qw-color-subtle`).
 *
 * @event qw-date-select - A day was chosen. `detail`: `{ date: 'YYYY-MM-DD', events: [ids] }`. Cancelable: `preventDefault()` keeps the day's list closed.
 * @event qw-event-select - An event was chosen. `detail`: `{ id, event }` (a copy of the feed item). Cancelable: `preventDefault()` keeps the details closed, e.g. to open a page of one's own.
 * @event qw-month-change - Another month is shown. `detail`: `{ month: 'YYYY-MM', previous }`.
 */
export class QwCalendar extends FeedElement {
  static override styles = [hostStyles, calendarStyles];

  static override properties: PropertyDeclarations = {
    month: { type: String },
    firstDay: { type: String, attribute: 'first-day' },
    hideWeekNumbers: { type: Boolean, attribute: 'hide-week-numbers' },
    min: { type: String },
    max: { type: String },
    tags: { type: String },
    programme: { type: String },
    showFilter: { type: Boolean, attribute: 'show-filter' },
    activeDay: { state: true },
    chosenTags: { state: true },
    dialogContent: { state: true },
    announcement: { state: true },
    narrow: { state: true },
    dayListShown: { state: true },
  };

  /** `YYYY-MM` to show. Default: the month of `now` for the visitor. Navigating updates the property (not the attribute). */
  declare month: string | undefined;
  /** `monday` … `sunday` or ISO 1–7. Default: from the language (`Intl.Locale` week info): Monday for `de`, Sunday for `en-US`, Saturday for `ar`. */
  declare firstDay: string | undefined;
  /** Hides the ISO calendar-week column ("KW 12", read as "Kalenderwoche 12"). */
  declare hideWeekNumbers: boolean;
  /** `YYYY-MM`: the earliest month a visitor can move to. */
  declare min: string | undefined;
  /** `YYYY-MM`: the latest month a visitor can move to. */
  declare max: string | undefined;
  /** Comma-separated: only events with one of these tags. */
  declare tags: string | undefined;
  /** Only events of this programme (`programmeId`). */
  declare programme: string | undefined;
  /** Shows the events' tags as chips (toggle buttons) a visitor can filter by. */
  declare showFilter: boolean;

  declare private activeDay: number | undefined;
  declare private chosenTags: ReadonlySet<string>;
  declare private dialogContent: DialogContent | undefined;
  declare private announcement: string;
  /** Whether the calendar is too narrow for the grid; `undefined` until its box has been measured. */
  declare private narrow: boolean | undefined;
  /** How many of a day's events its list shows. */
  declare private dayListShown: number;

  #view: MonthView | undefined;
  #layoutKey: unknown[] = [];
  #layout: MonthLayout | undefined;
  #tagsKey: unknown[] = [];
  #allTags: string[] = [];
  #returnFocus: HTMLElement | undefined;
  readonly #clock = new ClockWatch(this);
  #spans = new Map<PlacedEvent, string>();
  // Only the layout that fits is rendered, so a wide calendar never builds the agenda's nodes
  // and a narrow one not the grid's. The observed probe is a line of no height across the
  // calendar: its size never changes with what is drawn below it, so the layout can change
  // within the frame the observer reports in. Until the first report the grid is drawn; a
  // feed that arrives over the network finds the width already known.
  readonly #resize = new ResizeObserver(([entry]) => {
    const width = entry?.contentBoxSize[0]?.inlineSize ?? 0;
    // A hidden calendar measures 0: it keeps its layout until it is shown again.
    if (width === 0) return;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.narrow = width <= AGENDA_MAX_WIDTH_REM * rem;
  });

  constructor() {
    super();
    this.hideWeekNumbers = false;
    this.showFilter = false;
    this.chosenTags = new Set();
    this.announcement = '';
    this.dayListShown = DAY_LIST_PAGE;
  }

  protected override render() {
    return html`<div class="width-probe"></div>${this.#renderContent()}`;
  }

  #renderContent() {
    const feed = this.feedController.snapshot?.feed;
    const language = this.language(feed);
    const state = this.renderFeedState(language);
    if (state || !feed) return state;
    const view = (this.#view = this.#computeView(feed, language));
    this.#spans.clear();
    const { messages } = language;
    const monthName = this.#monthName(view.month, language);
    const events = view.layout.events;
    return html`${this.renderStaleNotice(language)}
      <section part="base" aria-labelledby="title">
        <div part="header">
          <p id="title" part="title" role="heading" aria-level=${this.titleLevel()}>${monthName}</p>
          <div part="navigation">
            ${this.#navButton('previous', messages.previousMonth, addMonths(view.month, -1), '‹')}
            ${this.#navButton('today', messages.today, monthOf(fromEpochDay(view.today)))}
            ${this.#navButton('next', messages.nextMonth, addMonths(view.month, 1), '›')}
          </div>
        </div>
        ${this.showFilter ? this.#renderFilter(feed, language) : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${this.narrow ? this.#renderAgenda(view, language) : this.#renderGrid(view, language)}
        ${events.length === 0
          ? html`<p part="empty">${messages.noEventsInMonth(monthName)}</p>`
          : html`<p part="actions">
              <button part="button download-month" @click=${() => this.#download(events.map((p) => p.event), monthName)}>
                ${messages.monthToCalendar}
              </button>
            </p>`}
      </section>
      <dialog
        part="dialog"
        aria-labelledby="dialog-title"
        @close=${this.#onDialogClose}
        @click=${this.#onListClick}
      >
        ${this.dialogContent ? this.#renderDialog(this.dialogContent, view, language) : nothing}
      </dialog>`;
  }

  override connectedCallback() {
    super.connectedCallback();
    const probe = this.renderRoot.querySelector('.width-probe');
    if (probe) this.#resize.observe(probe);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  protected override firstUpdated() {
    this.#resize.observe(this.renderRoot.querySelector('.width-probe')!);
  }

  protected override updated(changed: PropertyValues) {
    const view = this.#view;
    // Wakes at the visitor's midnight, so the marked day moves on a page left open.
    if (view) this.#clock.wakeIn(startOfDay(fromEpochDay(view.today + 1), visitorTimeZone()) - view.now);
    if (!changed.has('dialogContent')) return;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.dialogContent && !dialog.open) dialog.showModal();
    // Swapping the dialog's content (day list → event) removes the focused control; start again at the top.
    if (this.dialogContent) dialog.querySelector<HTMLElement>('[part~=close]')?.focus();
  }

  #computeView(feed: Feed, language: Language): MonthView {
    const now = this.currentTime(feed);
    const today = toEpochDay(dateAt(now, visitorTimeZone()));
    let month = parseMonth(this.month);
    if (this.month && !month) this.warnOnce(`month="${this.month}" is not YYYY-MM; the current month is shown`);
    month = this.#clamp(month ?? monthOf(fromEpochDay(today)));
    const firstDay = this.#firstDayOfWeek(feed, language);
    const weeks = monthWeeks(month, firstDay);
    const monthFirst = toEpochDay({ ...month, day: 1 });
    const monthLast = monthFirst + daysInMonth(month.year, month.month) - 1;
    const layout = this.#monthLayout(feed, month, weeks, monthFirst, monthLast);
    const inMonth = (day: number | undefined): day is number => day !== undefined && day >= monthFirst && day <= monthLast;
    const active = inMonth(this.activeDay) ? this.activeDay : inMonth(today) ? today : monthFirst;
    return { month, firstDay, weeks, monthFirst, monthLast, layout, now, today, active, formats: formatsFor(language.locale) };
  }

  /** What the `tags` and `programme` attributes let through. */
  #attributeFilter(): EventFilter {
    return { tags: splitList(this.tags), programme: this.programme?.trim() };
  }

  /** The events after the `tags` / `programme` attributes and the visitor's chips. */
  #filteredEvents(feed: Feed): FeedEvent[] {
    const filter = this.#attributeFilter();
    const chips = { tags: [...this.chosenTags] };
    return feed.events.filter((event) => matchesFilter(event, filter) && matchesFilter(event, chips));
  }

  // The layout is the one cost that grows with the feed; it is redone only when its inputs change.
  #monthLayout(feed: Feed, month: PlainMonth, weeks: readonly (readonly number[])[], first: number, last: number) {
    const key = [feed, formatMonth(month), weeks[0]![0], this.tags, this.programme, this.chosenTags];
    if (!this.#layout || !sameKey(key, this.#layoutKey)) {
      this.#layoutKey = key;
      this.#layout = layoutMonth(this.#filteredEvents(feed), feed, weeks, first, last);
    }
    return this.#layout;
  }

  #firstDayOfWeek(feed: Feed, language: Language): number {
    const value = this.firstDay?.trim().toLowerCase();
    if (value) {
      const named = WEEKDAYS.indexOf(value) + 1;
      const day = named || Number(value);
      if (Number.isInteger(day) && day >= 1 && day <= 7) return day;
      this.warnOnce(`first-day="${this.firstDay}" is not monday … sunday or 1–7; the language's first day is used`);
    }
    // The requested language decides, even where the widget falls back to another language's words.
    return firstDayOfWeek(closestLang(this) ?? feed.language ?? language.locale);
  }

  #allowed(month: PlainMonth): boolean {
    return compareMonths(this.#clamp(month), month) === 0;
  }

  /** The month, moved into `min` … `max` where it lies outside. */
  #clamp(month: PlainMonth): PlainMonth {
    const min = parseMonth(this.min);
    const max = parseMonth(this.max);
    if (min && compareMonths(month, min) < 0) return min;
    if (max && compareMonths(month, max) > 0) return max;
    return month;
  }

  #monthName(month: PlainMonth, language: Language): string {
    return dateTimeFormat(language.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      noon(toEpochDay({ ...month, day: 15 })),
    );
  }

  // aria-disabled rather than disabled: a button that becomes disabled while focused would drop the focus.
  #navButton(name: string, label: string, target: PlainMonth, symbol?: string): TemplateResult {
    const allowed = this.#allowed(target);
    return html`<button
      part="button ${name}"
      aria-label=${symbol ? label : nothing}
      aria-disabled=${allowed ? 'false' : 'true'}
      @click=${() => {
        if (!allowed) return;
        const today = this.#view!.today;
        this.#goTo(target, name === 'today' ? today : undefined);
      }}
    >
      ${symbol ? html`<span aria-hidden="true">${symbol}</span>` : label}
    </button>`;
  }

  /** Shows another month; `day` becomes the focused day (default: the same day of that month). */
  #goTo(month: PlainMonth, day?: number): boolean {
    const view = this.#view;
    if (!view || !this.#allowed(month)) return false;
    this.activeDay = day ?? toEpochDay(sameDayIn(fromEpochDay(view.active), month));
    const previous = formatMonth(view.month);
    const next = formatMonth(month);
    if (previous === next) return true;
    this.month = next;
    this.announcement = this.#monthName(month, this.language(this.feedController.snapshot?.feed));
    this.dispatchEvent(new QwMonthChangeEvent({ month: next, previous }));
    return true;
  }

  #renderFilter(feed: Feed, language: Language): TemplateResult {
    const key = [feed, this.tags, this.programme];
    if (!sameKey(key, this.#tagsKey)) {
      this.#tagsKey = key;
      const filter = this.#attributeFilter();
      const tags = new Map<string, string>();
      for (const event of feed.events) {
        if (!matchesFilter(event, filter)) continue;
        for (const tag of event.tags ?? []) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
      }
      this.#allTags = [...tags.values()].sort((a, b) => a.localeCompare(b, language.locale));
    }
    if (this.#allTags.length === 0) return html``;
    return html`<div part="filter" role="group" aria-label=${language.messages.filterByTag}>
      ${this.#allTags.map((tag) => {
        const chosen = this.chosenTags.has(tag);
        return html`<button part="chip" aria-pressed=${chosen ? 'true' : 'false'} @click=${() => this.#toggleTag(tag)}>
          ${tag}
        </button>`;
      })}
    </div>`;
  }

  #toggleTag(tag: string) {
    const chosen = new Set(this.chosenTags);
    if (!chosen.delete(tag)) chosen.add(tag);
    this.chosenTags = chosen;
  }

  #renderGrid(view: MonthView, language: Language): TemplateResult {
    const { messages, locale } = language;
    const weekdayShort = dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const weekdayLong = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const showWeeks = !this.hideWeekNumbers;
    return html`<table
      part="grid"
      role="grid"
      aria-labelledby="title"
      @keydown=${this.#onGridKeydown}
      @click=${this.#onGridClick}
    >
      <thead>
        <tr>
          ${showWeeks
            ? html`<th scope="col" part="week-number">
                <span aria-hidden="true">${messages.weekColumn}</span>
                <span class="visually-hidden">${messages.weekColumnLong}</span>
              </th>`
            : nothing}
          ${view.weeks[0]!.map(
            (day) => html`<th scope="col" part="weekday">
              <span aria-hidden="true">${weekdayShort.format(noon(day))}</span>
              <span class="visually-hidden">${weekdayLong.format(noon(day))}</span>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${view.layout.weeks.map((week) => {
          // The row's ISO week is the week of its Monday (rows may start on Sunday or Saturday).
          const monday = week.days.find((day) => dayOfWeek(fromEpochDay(day)) === 1)!;
          const number = String(isoWeek(fromEpochDay(monday)));
          return html`<tr>
            ${showWeeks
              ? html`<th scope="row" part="week-number">
                  <span aria-hidden="true">${messages.weekShort(number)}</span>
                  <span class="visually-hidden">${messages.weekLong(number)}</span>
                </th>`
              : nothing}
            ${week.days.map((day, column) => this.#renderDay(view, day, week.lanes[column]!, week.hidden[column]!, column, language))}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #renderDay(
    view: MonthView,
    day: number,
    lanes: readonly (Segment | undefined)[],
    hidden: number,
    column: number,
    language: Language,
  ): TemplateResult {
    const { messages, locale } = language;
    const outside = day < view.monthFirst || day > view.monthLast;
    const today = day === view.today;
    const count = outside ? 0 : (view.layout.byDay.get(day)?.length ?? 0);
    const date = view.formats.longDate.format(noon(day));
    const lastLane = lanes.findLastIndex(Boolean);
    return html`<td
      part="day${outside ? ' day-outside' : ''}${today ? ' day-today' : ''}"
      class=${outside ? 'outside' : ''}
      data-day=${day}
      tabindex=${day === view.active ? 0 : -1}
      aria-current=${today ? 'date' : nothing}
    >
      <span class="day-number" aria-hidden="true">${fromEpochDay(day).day}</span>
      <span class="visually-hidden">${count > 0 ? `${date}, ${plural(locale, messages.eventCount, count)}` : date}</span>
      ${outside || count === 0
        ? nothing
        : html`<div class="lanes">
            ${lanes.slice(0, lastLane + 1).map((segment) =>
              segment ? this.#renderBar(segment, column, language) : html`<span class="lane-spacer"></span>`,
            )}
            ${hidden > 0
              ? html`<button part="more" class="more" tabindex="-1" data-more=${day}>
                  ${plural(locale, messages.moreEvents, hidden)}
                </button>`
              : nothing}
          </div>`}
    </td>`;
  }

  /** One day's piece of an event bar; the label shows where the bar starts in the row, the rest say it to screen readers. */
  #renderBar(segment: Segment, column: number, language: Language): TemplateResult {
    const { placed } = segment;
    const lead = column === segment.startColumn;
    const end = column === segment.startColumn + segment.span - 1;
    // Open sides run into the neighbouring cell, so the pieces read as one bar; the marked ends
    // are where the event goes on beyond the row or the month.
    const classes = [
      'event bar',
      !lead || segment.continuesBefore ? 'open-start' : '',
      !end || segment.continuesAfter ? 'open-end' : '',
      lead && segment.continuesBefore ? 'continues-before' : '',
      end && segment.continuesAfter ? 'continues-after' : '',
    ].join(' ');
    const label = this.#eventLabel(placed, language, lead && !segment.continuesBefore);
    // The lead piece's label is as wide as the whole piece, drawn over the days it spans.
    return html`<button part=${this.#eventParts(placed.event)} class=${classes} tabindex="-1" data-id=${placed.event.id}>
      ${lead
        ? html`<span class="label span-${segment.span}">${label}</span>`
        : html`<span class="visually-hidden">${label}</span>`}
    </button>`;
  }

  #eventParts(event: FeedEvent): string {
    const parts = ['event'];
    if (event.status === 'cancelled') parts.push('event-cancelled');
    for (const tag of event.tags ?? []) parts.push(`tag-${partName(tag)}`);
    if (event.programmeId) parts.push(`programme-${partName(event.programmeId)}`);
    return parts.join(' ');
  }

  /** Time (when it starts that day), title, the dates of a multi-day event, and "cancelled" in words. */
  #eventLabel(placed: PlacedEvent, language: Language, withTime: boolean): TemplateResult {
    const { messages } = language;
    const { formats } = this.#view!;
    const start = placed.startTime;
    const time = withTime && start ? formats.time.format(Date.UTC(1970, 0, 1, start.hour, start.minute)) : undefined;
    let days = this.#spans.get(placed);
    if (days === undefined && placed.lastDay > placed.firstDay) {
      // A multi-day event is drawn on each of its days; its dates are written once per render.
      days = formats.dayMonth.formatRange(noon(placed.firstDay), noon(placed.lastDay));
      this.#spans.set(placed, days);
    }
    const cancelled = placed.event.status === 'cancelled';
    return html`${time ? html`<span class="time">${time}</span> ` : nothing}<span class="title"
        >${placed.event.title}</span
      >${days ? html`<span class="visually-hidden">, ${days}</span>` : nothing}${cancelled
        ? html`<span class="visually-hidden">, ${messages.eventStatus.cancelled}</span>`
        : nothing}`;
  }

  #renderAgenda(view: MonthView, language: Language): TemplateResult {
    const { messages, locale } = language;
    const dates = view.formats.longDate;
    const days = [...view.layout.byDay.keys()].sort((a, b) => a - b);
    return html`<ol part="agenda" class="agenda" @click=${this.#onListClick}>
      ${days.map((day) => {
        const events = view.layout.byDay.get(day)!;
        const shown = events.length > AGENDA_EVENTS_PER_DAY ? events.slice(0, AGENDA_EVENTS_PER_DAY - 1) : events;
        return html`<li>
          <p class="agenda-date" part=${day === view.today ? 'agenda-date day-today' : 'agenda-date'}>
            ${dates.format(noon(day))}
          </p>
          <ul>
            ${shown.map((placed) => html`<li>${this.#listButton(placed, language)}</li>`)}
            ${shown.length < events.length
              ? html`<li>
                  <button part="more" class="more" data-more=${day}>
                    ${plural(locale, messages.moreEvents, events.length - shown.length)}
                  </button>
                </li>`
              : nothing}
          </ul>
        </li>`;
      })}
    </ol>`;
  }

  #listButton(placed: PlacedEvent, language: Language): TemplateResult {
    const allDay = !placed.startTime ? html`<span class="time">${language.messages.allDay}</span> ` : nothing;
    return html`<button part=${this.#eventParts(placed.event)} class="event" data-id=${placed.event.id}>
      ${allDay}${this.#eventLabel(placed, language, true)}
    </button>`;
  }

  #renderDialog(content: DialogContent, view: MonthView, language: Language): TemplateResult {
    const { messages } = language;
    const close = html`<button part="button close" class="close" @click=${() => this.#closeDialog()}>
      ${messages.close}
    </button>`;
    if (content.kind === 'day') {
      const events = view.layout.byDay.get(content.day) ?? [];
      const shown = events.slice(0, this.dayListShown);
      const next = Math.min(events.length - shown.length, DAY_LIST_PAGE);
      return html`<div class="dialog-header">
          <p id="dialog-title" role="heading" aria-level="2">
            ${messages.eventsOn(view.formats.longDate.format(noon(content.day)))}
          </p>
          ${close}
        </div>
        ${events.length
          ? html`<ul part="day-list">
                ${shown.map((placed) => html`<li>${this.#listButton(placed, language)}</li>`)}
              </ul>
              ${next > 0
                ? html`<button part="button show-more" @click=${() => this.#showMoreOfDay()}>
                    ${plural(language.locale, messages.showMoreEvents, next)}
                  </button>`
                : nothing}`
          : html`<p>${messages.noEventsOnDay}</p>`}`;
    }
    const { event } = content.placed;
    return html`<div class="dialog-header">
        <p id="dialog-title" class="visually-hidden">${event.title}</p>
        ${close}
      </div>
      <qw-event-card .feed=${this.feed} event=${event.id} lang=${language.locale} heading-level="2"></qw-event-card>
      <p part="actions">
        <button part="button add-to-calendar" @click=${() => this.#download([event], event.title)}>
          ${messages.addToCalendar}
        </button>
      </p>`;
  }

  #onGridClick(e: MouseEvent) {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-day]');
    if (!cell || this.#onListClick(e)) return;
    const day = Number(cell.dataset.day);
    const view = this.#view!;
    if (day < view.monthFirst || day > view.monthLast) {
      this.#goTo(monthOf(fromEpochDay(day)), day);
      return;
    }
    this.#chooseDay(day, cell);
  }

  /** Clicks on an event or "+N more" in the grid, the agenda or the day's list. */
  #onListClick(e: MouseEvent): boolean {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-id], [data-more]');
    if (!target) return false;
    const view = this.#view!;
    if (target.dataset.more) {
      this.#chooseDay(Number(target.dataset.more), target);
      return true;
    }
    const placed = view.layout.events.find((p) => p.event.id === target.dataset.id);
    if (!placed) return false;
    const cell = target.closest<HTMLElement>('[data-day]');
    if (cell) this.activeDay = Number(cell.dataset.day);
    this.#chooseEvent(placed, target);
    return true;
  }

  #chooseDay(day: number, opener: HTMLElement) {
    this.activeDay = day;
    const events = this.#view!.layout.byDay.get(day) ?? [];
    const select = new QwDateSelectEvent({
      date: formatIsoDate(fromEpochDay(day)),
      events: events.map((placed) => placed.event.id),
    });
    if (this.dispatchEvent(select)) this.#openDialog({ kind: 'day', day }, opener);
  }

  #chooseEvent(placed: PlacedEvent, opener: HTMLElement) {
    const select = new QwEventSelectEvent({ id: placed.event.id, event: structuredClone(placed.event) });
    if (this.dispatchEvent(select)) this.#openDialog({ kind: 'event', placed }, opener);
  }

  #openDialog(content: DialogContent, opener: HTMLElement) {
    // From a day's list to one of its events, focus still returns to what opened the list.
    if (!this.dialogContent) this.#returnFocus = opener;
    if (content.kind === 'day') this.dayListShown = DAY_LIST_PAGE;
    this.dialogContent = content;
  }

  /** Shows the next page of a day's list and moves the focus to its first event, where reading goes on. */
  async #showMoreOfDay() {
    const first = this.dayListShown;
    this.dayListShown += DAY_LIST_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~=day-list] > li > button')[first]?.focus();
  }

  #closeDialog() {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onDialogClose() {
    this.dialogContent = undefined;
    const back = this.#returnFocus;
    this.#returnFocus = undefined;
    // The opener may have gone (another layout, another month): then the grid's focused day.
    (back?.isConnected && back.checkVisibility?.() !== false ? back : this.#activeCell())?.focus();
  }

  #activeCell(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]');
  }

  async #onGridKeydown(e: KeyboardEvent) {
    const view = this.#view;
    if (!view || !(e.target as HTMLElement).matches('td')) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const { active } = view;
    const column = (dayOfWeek(fromEpochDay(active)) - view.firstDay + 7) % 7;
    const byMonths = (months: number) =>
      toEpochDay(sameDayIn(fromEpochDay(active), addMonths(monthOf(fromEpochDay(active)), months)));
    let target: number;
    switch (e.key) {
      case 'ArrowRight':
        target = active + (rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        target = active + (rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        target = active + 7;
        break;
      case 'ArrowUp':
        target = active - 7;
        break;
      case 'Home':
        target = active - column;
        break;
      case 'End':
        target = active + 6 - column;
        break;
      case 'PageUp':
        target = byMonths(e.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        target = byMonths(e.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.#chooseDay(active, e.target as HTMLElement);
        return;
      default:
        return;
    }
    e.preventDefault();
    const month = monthOf(fromEpochDay(target));
    if (compareMonths(month, view.month) === 0) this.activeDay = target;
    else if (!this.#goTo(month, target)) return;
    await this.updateComplete;
    this.#activeCell()?.focus();
  }

  async #download(events: readonly FeedEvent[], name: string) {
    const snapshot = this.feedController.snapshot;
    if (!snapshot?.feed) return;
    // The writer is loaded when first needed: most visitors never download.
    const { writeIcs } = await import('../../ics/write-ics.js');
    const text = writeIcs(events, snapshot.feed, { now: Date.now(), source: snapshot.url, name });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${partName(name) || 'termine'}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
