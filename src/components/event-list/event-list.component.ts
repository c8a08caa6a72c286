import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { QwEventSelectEvent } from '../../events/calendar-events.js';
import type { Feed } from '../../feed/schema.js';
import type { Language } from '../../i18n/index.js';
import { plural } from '../../i18n/plural.js';
import { FeedElement } from '../../internal/feed-element.js';
import { FilterController } from '../../internal/filter-controller.js';
import { OnDemandController } from '../../internal/on-demand.js';
import { hostStyles } from '../../styles/host.styles.js';
import { ClockWatch } from '../../time/clock-watch.js';
import { visitorTimeZone } from '../../time/intl-cache.js';
import { fromEpochDay, toEpochDay } from '../../time/plain-date.js';
import { dateAt, startOfDay } from '../../time/zoned.js';
import type { ListedEvent } from './event-list-view.js';
import { eventListStyles } from './event-list.styles.js';

type Body = typeof import('./event-list-body.js');

/**
 * @tagname qw-event-list
 * @summary What is coming up: the events not yet over, under day headings, each opening its full card.
 *
 * @csspart base - The list (a `<section>` named "Nächste Termine" as a group, not a landmark).
 * @csspart list - The list of days (or of events, when `compact`).
 * @csspart day-heading - A day's heading ("Heute", "Morgen", "Montag, 20. März 2017"); also `day-today`.
 * @csspart event - An event's line, a button that opens its card; also `event-cancelled`, `tag-<tag>` and `programme-<id>` as in the calendar.
 * @csspart status - The badge of a cancelled, postponed or rescheduled event.
 * @csspart button - Every button of the list's own (`more`).
 * @csspart more - "Weitere Termine": shows the next `limit` events.
 * @csspart empty - Shown when no event lies ahead (within `days`).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart stale - The notice shown above earlier data when an update failed.
 *
 * @cssproperty --qw-event-list-accent - The marks of today's heading and of an open entry (falls back to `--qw-color-accent`).
 *
 * @event qw-event-select - An event was chosen. `detail`: `{ id, event }` (a copy of the feed item). Cancelable: `preventDefault()` keeps its card closed, e.g. to open a page of one's own.
 */
export class QwEventList extends FeedElement {
  static override styles = [hostStyles, eventListStyles];

  static override properties: PropertyDeclarations = {
    tags: {},
    programme: {},
    place: {},
    limit: { type: Number },
    days: { type: Number },
    hideCancelled: { type: Boolean, attribute: 'hide-cancelled' },
    compact: { type: Boolean },
    shown: { state: true },
    expanded: { state: true },
    announcement: { state: true },
  };

  /** Comma-separated: only events with one of these tags. */
  declare tags: string | undefined;
  /** Only events of this programme (`programmeId`). */
  declare programme: string | undefined;
  /** Comma-separated cities (`location.city`): only events there, compared without case and accents ("Munster" finds Münster). */
  declare place: string | undefined;
  /** How many events show at first and how many each "Weitere Termine" adds. Default 10. */
  declare limit: number | undefined;
  /** Only events within this many days from today (today counts as the first). Default: no limit. */
  declare days: number | undefined;
  /** Leaves cancelled events out (otherwise they show, struck through, with their badge). */
  declare hideCancelled: boolean;
  /** For sidebars: date, time and title only, without day headings, places and badges. */
  declare compact: boolean;

  declare private shown: number | undefined;
  declare private expanded: ReadonlySet<number>;
  declare private announcement: string;

  readonly #filter = new FilterController(this, () => this);
  readonly #clock = new ClockWatch(this);
  // The body renderer is a chunk, requested when the element connects (beside the feed's request).
  readonly #body = new OnDemandController<Body>(this, () => import('./event-list-body.js'));
  #listed: { key: readonly unknown[]; events: readonly ListedEvent[] } | undefined;
  #today = 0;

  constructor() {
    super();
    this.hideCancelled = false;
    this.compact = false;
    this.expanded = new Set();
    this.announcement = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.#body.load();
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const filterChanged = ['feed', 'tags', 'programme', 'place', 'days', 'hideCancelled', 'limit'].some((name) => changed.has(name));
    if (filterChanged) {
      this.shown = undefined;
      this.expanded = new Set();
    }
  }

  protected override renderContent(feed: Feed, language: Language) {
    const body = this.#body.module;
    if (!body) {
      if (this.#body.error) return html`<p part="error" role="alert">${language.messages.feedError.network}</p>`;
      return html`<div class="placeholder-card"></div>`;
    }
    const listed = this.#upcoming(body, feed);
    const limit = this.#limit();
    const days = this.#days();
    const { eventList } = language.messages;
    return html`<section part="base" role="group" aria-label=${eventList.label}>
      ${body.renderList({
        listed,
        shown: this.shown ?? limit,
        today: this.#today,
        language,
        headingLevel: this.titleLevel(),
        compact: this.compact,
        expanded: this.expanded,
        feed: this.feed,
        emptyText: days === undefined ? eventList.none : plural(language.locale, eventList.noneWithin, days),
        onToggle: this.#onToggle,
        onMore: () => void this.#showMore(listed.length),
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const listed = this.#listed?.events;
    if (!listed) return;
    // Wakes when the first shown event is over (it leaves the list) or at the visitor's midnight ("Morgen" becomes "Heute").
    const now = this.currentTime(this.shownFeed);
    const midnight = startOfDay(fromEpochDay(this.#today + 1), visitorTimeZone());
    const firstEnd = Math.min(...listed.slice(0, this.shown ?? this.#limit()).map((each) => each.end + 1));
    this.#clock.wakeIn(Math.max(0, Math.min(midnight, firstEnd) - now));
  }

  /** The upcoming events, recomputed only when what decides them changes (the clock by the minute). */
  #upcoming(body: Body, feed: Feed): readonly ListedEvent[] {
    const now = this.currentTime(feed);
    this.#today = toEpochDay(dateAt(now, visitorTimeZone()));
    const events = this.#filter.events(feed);
    const key = [events, Math.floor(now / 60_000), this.#days(), this.place, this.hideCancelled];
    if (!this.#listed || key.some((value, i) => value !== this.#listed!.key[i])) {
      this.#listed = {
        key,
        events: body.upcomingEvents({ feed, events, now, today: this.#today, days: this.#days(), hideCancelled: this.hideCancelled, place: this.place }),
      };
    }
    return this.#listed.events;
  }

  #limit(): number {
    const limit = this.limit;
    if (limit === undefined || limit === null) return 10;
    if (Number.isInteger(limit) && limit >= 1) return limit;
    this.warnOnce(`limit="${this.getAttribute('limit')}" is not a whole number ≥ 1; 10 is used`);
    return 10;
  }

  #days(): number | undefined {
    const days = this.days;
    if (days === undefined || days === null) return undefined;
    if (Number.isInteger(days) && days >= 1) return days;
    this.warnOnce(`days="${this.getAttribute('days')}" is not a whole number ≥ 1; all upcoming events are shown`);
    return undefined;
  }

  readonly #onToggle = (e: MouseEvent) => {
    const button = (e.currentTarget as HTMLElement).closest<HTMLElement>('[data-index]')!;
    const index = Number(button.dataset.index);
    const listed = this.#listed?.events[index];
    if (!listed) return;
    const next = new Set(this.expanded);
    if (next.has(index)) next.delete(index);
    else {
      const { event } = listed.placed;
      if (!this.dispatchEvent(new QwEventSelectEvent({ id: event.id, event: structuredClone(event) }))) return;
      next.add(index);
    }
    this.expanded = next;
  };

  /** Shows the next `limit` events, announces how many, and moves the focus to the first of them. */
  async #showMore(total: number) {
    const first = this.shown ?? this.#limit();
    this.shown = Math.min(total, first + this.#limit());
    this.announcement = plural(this.shownLanguage.locale, this.shownLanguage.messages.eventList.added, this.shown - first);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${first}"]`)?.focus();
  }
}
