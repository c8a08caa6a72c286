import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { QwDateSelectEvent, QwEventSelectEvent, QwMonthChangeEvent } from '../../events/calendar-events.js';
import type { Period } from '../../feed/preview-period.js';
import type { Feed } from '../../feed/schema.js';
import { closestLang, type Language } from '../../i18n/index.js';
import { EventFeedElement } from '../../internal/event-fact-filters.js';
import { FilterController } from '../../internal/filter-controller.js';
import { GridKeyboardController } from '../../internal/grid-keyboard-controller.js';
import { SubscribeMenuController } from '../../internal/subscribe-menu-controller.js';
import { VisitorControls } from '../../internal/visitor-controls.js';
import { WidthController } from '../../internal/width-controller.js';
import { hostStyles } from '../../styles/host.styles.js';
import { subscribeStyles } from '../../styles/subscribe.styles.js';
import { compareMonths, formatMonth, monthOf, parseMonth, sameDayIn, type PlainMonth } from '../../time/calendar-month.js';
import { ClockWatch } from '../../time/clock-watch.js';
import { visitorTimeZone } from '../../time/intl-cache.js';
import { formatIsoDate, fromEpochDay, toEpochDay } from '../../time/plain-date.js';
import { startOfDay, visitorDay } from '../../time/zoned.js';
import { renderAgenda } from './calendar-agenda.template.js';
import { CalendarDialogController } from './calendar-dialog.controller.js';
import { renderGrid } from './calendar-grid.template.js';
import { renderHeader, renderMonthActions } from './calendar-header.template.js';
import { gridPeriod, isInViewMonth, shownMonth, keyTarget, monthAllowed, monthName, monthView, parseFirstDay, weekStart, type MonthView } from './calendar-view.js';
import { calendarStyles } from './calendar.styles.js';
import { renderVisitorRow } from './calendar-visitor.template.js';

/** At or below this width of the calendar (in em of its text) a month grid is unreadable; the days with events become a list. */
const AGENDA_MAX_WIDTH_EM = 36;

/**
 * @tagname qw-calendar
 * @summary A month of events as an accessible calendar grid, an agenda list in narrow containers.
 *
 * @csspart base - The calendar (a `<section>` named by the month as a group, not a landmark, so two calendars on a page do not give two landmarks of one name).
 * @csspart header - Month title and navigation.
 * @csspart title - The month's name (a heading).
 * @csspart navigation - The previous / today / next controls.
 * @csspart button - Every button: navigation, `close`, `back` (from an event to its day's list), `add-to-calendar`, `download-month`, `show-more` (the next events of a long day).
 * @csspart previous - Go to the previous month.
 * @csspart today - Go to today's month.
 * @csspart next - Go to the next month.
 * @csspart filter - The labelled group of tag chips (with `show-filter`): the shown month's tags.
 * @csspart filter-label - Its visible label ("Nach Thema filtern").
 * @csspart chip - One tag or fact chip; `aria-pressed` says whether it is chosen.
 * @csspart chip-count - How many of the month's events carry the chip's tag or fact.
 * @csspart place-select - The place select (with `show-filter`, where the events are in more than one `location.city`).
 * @csspart language-select - The select of the events' languages, "Sprache der Veranstaltung" (with `show-filter`, where the month's events name more than one language).
 * @csspart fact-filter - The labelled group ("Nur zeigen") of the fact chips `chip-free` and `chip-step-free` (with `show-filter`); also `filter-label` for its label.
 * @csspart chip-free - The chip "Kostenlos": only free events (`price.free`, or a price of 0); shown where one of the month's events is free. Also `chip`.
 * @csspart chip-step-free - The chip "Barrierefrei": only step-free events (`accessibility` with `step-free`); shown where one of the month's events is. Also `chip`.
 * @csspart search - The search box with its label (with `show-search`).
 * @csspart search-input - The search box's `<input type="search">`.
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
 * @csspart subscribe-button - "Abonnieren" (with `show-subscribe`), below the header at its end; also `button`.
 * @csspart subscribe-menu - The menu it opens: `subscribe-webcal`, `subscribe-google`, `subscribe-outlook` (also `link`) and `subscribe-copy` (also `button`).
 * @csspart subscribe-webcal - The calendar as a `webcal:` link (Apple Calendar, Outlook for desktops).
 * @csspart subscribe-google - The calendar on Google Calendar.
 * @csspart subscribe-outlook - The calendar on Outlook.com.
 * @csspart subscribe-copy - "Adresse kopieren".
 * @csspart subscribe-address - The address, selected in a read-only field, when the browser refused the clipboard.
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
export class QwCalendar extends EventFeedElement {
  static override styles = [hostStyles, calendarStyles, subscribeStyles];

  static override properties: PropertyDeclarations = {
    month: {},
    firstDay: { type: String, attribute: 'first-day' },
    hideWeekNumbers: { type: Boolean, attribute: 'hide-week-numbers' },
    min: {},
    max: {},
    tags: {},
    programme: {},
    showFilter: { type: Boolean, attribute: 'show-filter' },
    showSubscribe: { type: Boolean, attribute: 'show-subscribe' },
    showSearch: { type: Boolean, attribute: 'show-search' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    view: {},
    activeDay: { state: true },
    announcement: { state: true },
    earlierShown: { state: true },
  };

  /** `YYYY-MM` to show. Default: the month of `now` for the visitor. Navigating updates the property (not the attribute). */
  declare month: string | undefined;
  /** `monday` … `sunday` or ISO 1–7. Default: from the language (`Intl.Locale` week info): Monday for `de`, Sunday for `en-US`, Saturday for `ar`. */
  declare firstDay: string | undefined;
  /** Hides the ISO calendar-week column ("KW 12", read as "Kalenderwoche 12"); it is shown only where rows start on Monday. */
  declare hideWeekNumbers: boolean;
  /** `YYYY-MM`: the earliest month a visitor can move to. */
  declare min: string | undefined;
  /** `YYYY-MM`: the latest month a visitor can move to. */
  declare max: string | undefined;
  /** Comma-separated: only events with one of these tags. */
  declare tags: string | undefined;
  /** Only events of this programme (`programmeId`). */
  declare programme: string | undefined;
  /** Shows the events' tags as chips (toggle buttons) a visitor can filter by, a place select where they are in more than one city, chips for "Kostenlos" and "Barrierefrei" (step-free) where the month has such events, and a select of the events' languages where they name more than one. The visitor's choices narrow what `tags`, `free`, `accessibility` and `event-language` already let through. */
  declare showFilter: boolean;
  /** "Abonnieren": a menu that subscribes a calendar app to the feed's `text/calendar` alternate for the chosen chips' tags (else `tags`) or `programme`, else the whole feed's; no button when the feed names none. */
  declare showSubscribe: boolean;
  /** A search box over title, description, place and organizer, ignoring case and accents ("Munster" finds Münster); the month's number of results is announced when typing pauses. */
  declare showSearch: boolean;
  /** Writes the visitor's tags, search, place, facts and month to the page's query string (`qw-tags`, `qw-q`, `qw-place`, `qw-free=1`, `qw-access=step-free`, `qw-lang` with a language tag, `qw-month`) and reads them from it on connecting; other parameters stay. */
  declare syncUrl: boolean;
  /** `month` (the grid) or `list` (the days with events). Default: the grid, a list where the calendar is at most 36em of its own text wide (576 px at 16 px). */
  declare view: 'month' | 'list' | undefined;

  declare private activeDay: number | undefined;
  declare private announcement: string;
  declare private earlierShown: boolean; // the agenda's days before today

  #view: MonthView | undefined; // what this update draws, made in `willUpdate`
  readonly #filter = new FilterController(() => this);
  readonly #visitor = new VisitorControls(this, this.#filter, () => this.#view?.layout.events.length ?? 0);
  readonly #clock = new ClockWatch(this);
  readonly #subscribe = new SubscribeMenuController(this, () => this.feedController.snapshot?.url);
  // Only the layout that fits is rendered: a wide calendar never builds the agenda's nodes, a narrow one not the grid's.
  readonly #width = new WidthController(this, AGENDA_MAX_WIDTH_EM, () => this.renderRoot.querySelector('.width-probe'));
  readonly #dialog = new CalendarDialogController(this, {
    feed: () => this.feed,
    now: () => this.now,
    fallbackFocus: () => this.#activeCell(),
    onDownload: (placed) => this.downloadEvents([placed.event], placed.event.title),
    onSelect: (e) => this.#onListClick(e),
  });
  readonly #keyboard = new GridKeyboardController(this, {
    cellSelector: 'td',
    activeCell: () => this.#activeCell(),
    target: (key, shift, rtl) => (this.#view ? keyTarget(key, shift, this.#view.active, this.#view.firstDay, rtl) : undefined),
    moveTo: (target) => this.#moveTo(target),
    activate: (cell) => this.#chooseDay(this.#view!.active, cell),
  });

  constructor() {
    super();
    this.hideWeekNumbers = this.showFilter = this.showSearch = this.syncUrl = this.showSubscribe = this.earlierShown = false;
    this.announcement = '';
    this.placeholderFromContent = true; // while the feed loads, the month without events holds the calendar's place
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const { shownFeed: feed, shownLanguage: language } = this;
    this.#view = feed && !language.pending ? this.#computeView(feed, language) : undefined;
  }

  protected override render() {
    return html`<div class="width-probe"></div>${super.render()}`;
  }

  protected override previewPeriod(feed?: Feed): Period {
    return gridPeriod(shownMonth(parseMonth(this.month), parseMonth(this.min), parseMonth(this.max), visitorDay(this.currentTime(feed))));
  }

  protected override waitsForChunk() { return this.#visitor.pending; }

  protected override renderContent(feed: Feed, language: Language) {
    const view = this.#view!;
    const { messages } = language;
    const name = monthName(view.month, language.locale);
    const events = view.layout.events;
    return html`<section part="base" role="group" aria-labelledby="title">
        ${renderHeader(view, language, {
          name,
          headingLevel: this.titleLevel(),
          allowed: (month) => monthAllowed(month, parseMonth(this.min), parseMonth(this.max)),
          goTo: (month, day) => this.#goTo(month, day),
        })}
        ${renderVisitorRow(
          { subscribe: this.#subscribe, visitor: this.#visitor, filter: this.#filter },
          { feed, language, view, showSubscribe: this.showSubscribe, showFilter: this.showFilter, tags: this.tags, programme: this.programme },
        )}
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${(this.view === 'list' || (this.view !== 'month' && this.#width.narrow))
          ? renderAgenda(view, language, { earlierShown: this.earlierShown, onShowEarlier: () => (this.earlierShown = true), onClick: this.#onListClick })
          : renderGrid(view, language, {
              // ISO weeks start on Monday: on rows that start on another day their numbers mislead.
              showWeekNumbers: !this.hideWeekNumbers && view.firstDay === 1,
              onKeydown: this.#keyboard.onKeydown,
              onClick: this.#onGridClick,
            })}
        ${events.length === 0
          ? this.renderEmpty(messages.noEventsInMonth(name))
          : renderMonthActions(language, () => this.downloadEvents(events.map((p) => p.event).filter((e) => e.status !== 'cancelled'), name))}
      </section>
      ${this.#dialog.render(view, language)}`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const view = this.#view;
    // Wakes at the visitor's midnight, so the marked day moves on a page left open.
    if (view) this.#clock.wakeIn(startOfDay(fromEpochDay(view.today + 1), visitorTimeZone()) - view.now);
  }

  #computeView(feed: Feed, language: Language): MonthView {
    const now = this.currentTime(feed);
    const month = parseMonth(this.month);
    if (this.month && !month) this.warnOnce(`month="${this.month}" is not YYYY-MM; the current month is shown`);
    const firstDay = parseFirstDay(this.firstDay);
    if (Number.isNaN(firstDay)) this.warnOnce(`first-day="${this.firstDay}" is not monday … sunday or 1–7; the language's first day is used`);
    return monthView({
      feed,
      events: this.#filter.events(feed),
      month,
      min: parseMonth(this.min),
      max: parseMonth(this.max),
      // The requested language decides, even where the widget falls back to another language's words.
      firstDay: weekStart(firstDay, closestLang(this) ?? feed.language ?? language.locale),
      now,
      today: visitorDay(now),
      activeDay: this.activeDay,
      locale: language.locale,
      previous: this.#view,
    });
  }

  /** Shows another month; `day` becomes the focused day (default: the same day of that month). */
  #goTo(month: PlainMonth, day?: number): boolean {
    const view = this.#view;
    if (!view || !monthAllowed(month, parseMonth(this.min), parseMonth(this.max))) return false;
    this.activeDay = day ?? toEpochDay(sameDayIn(fromEpochDay(view.active), month));
    const [previous, next] = [formatMonth(view.month), formatMonth(month)];
    if (previous === next) return true;
    this.month = next;
    this.earlierShown = false;
    this.announcement = monthName(month, this.shownLanguage.locale);
    this.dispatchEvent(new QwMonthChangeEvent({ month: next, previous }));
    return true;
  }

  /** Moves the grid's focus to a day, turning the month where it lies in another. */
  #moveTo(day: number): boolean {
    const view = this.#view!;
    const month = monthOf(fromEpochDay(day));
    if (compareMonths(month, view.month) !== 0) return this.#goTo(month, day);
    this.activeDay = day;
    return true;
  }

  readonly #onGridClick = (e: MouseEvent) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-day]');
    if (!cell || this.#onListClick(e)) return;
    const day = Number(cell.dataset.day);
    if (isInViewMonth(this.#view!, day)) this.#chooseDay(day, cell);
    else this.#goTo(monthOf(fromEpochDay(day)), day);
  };

  /** Clicks on an event or "+N more" in the grid, the agenda or the day's list. */
  readonly #onListClick = (e: MouseEvent): boolean => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-id], [data-more]');
    if (!target) return false;
    if (target.dataset.more) {
      this.#chooseDay(Number(target.dataset.more), target);
      return true;
    }
    const cell = target.closest<HTMLElement>('[data-day]');
    const { layout } = this.#view!; // a neighbouring month's day draws that month's events too
    const placed = (cell ? layout.byDay.get(Number(cell.dataset.day)) : layout.events)?.find((p) => p.event.id === target.dataset.id);
    if (!placed) return false;
    if (cell) this.activeDay = Number(cell.dataset.day);
    const select = new QwEventSelectEvent({ id: placed.event.id, event: structuredClone(placed.event) });
    if (this.dispatchEvent(select)) void this.#dialog.showEvent(placed, target);
    return true;
  };

  #chooseDay(day: number, opener: HTMLElement) {
    this.activeDay = day;
    const events = this.#view!.layout.byDay.get(day) ?? [];
    const select = new QwDateSelectEvent({ date: formatIsoDate(fromEpochDay(day)), events: events.map((p) => p.event.id) });
    if (!this.dispatchEvent(select)) return;
    void this.#dialog.showDay(day, opener);
  }

  readonly #activeCell = () => this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]');
}
