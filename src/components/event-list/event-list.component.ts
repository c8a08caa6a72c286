import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { QwEventSelectEvent } from '../../events/calendar-events.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import type { Language } from '../../i18n/index.js';
import { EventFeedElement } from '../../internal/event-fact-filters.js';
import { FilterController } from '../../internal/filter-controller.js';
import { OnDemandController } from '../../internal/on-demand.js';
import { SubscribeMenuController } from '../../internal/subscribe-menu-controller.js';
import { splitList } from '../../feed/filter.js';
import { VisitorControls } from '../../internal/visitor-controls.js';
import { hostStyles } from '../../styles/host.styles.js';
import { subscribeStyles } from '../../styles/subscribe.styles.js';
import { ClockWatch } from '../../time/clock-watch.js';
import type { ListBody, ListHost } from './event-list-body.js';
import { eventListHostStyles } from './event-list.styles.js';

/**
 * @tagname qw-event-list
 * @summary What is coming up: the events not yet over, under day headings, each opening its full card in place.
 *
 * @csspart base - The list (a `<section>` named "Nächste Termine" as a group, not a landmark).
 * @csspart list - The list of days (of events, when `compact`).
 * @csspart day-heading - A day's heading ("Heute", "Morgen", "Montag, 20. März 2017"); also `day-today`.
 * @csspart event - An event's line, a button that opens its card below it; also `event-cancelled`, `tag-<tag>` and `programme-<id>` as in the calendar.
 * @csspart status - The badge of a cancelled, postponed or rescheduled event.
 * @csspart button - The list's own buttons (`more`).
 * @csspart more - "Weitere Termine": shows the next `limit` events.
 * @csspart empty - Shown when no event lies ahead (within `days`).
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart stale - The notice shown above earlier data when an update failed.
 * @csspart subscribe-button - "Abonnieren" (with `show-subscribe`), at the top of the list, at its end; also `button`.
 * @csspart subscribe-menu - The menu it opens: `subscribe-webcal`, `subscribe-google`, `subscribe-outlook` (also `link`) and `subscribe-copy` (also `button`).
 * @csspart subscribe-webcal - The calendar as a `webcal:` link (Apple Calendar, Outlook for desktops).
 * @csspart subscribe-google - The calendar on Google Calendar.
 * @csspart subscribe-outlook - The calendar on Outlook.com.
 * @csspart subscribe-copy - "Adresse kopieren".
 * @csspart subscribe-address - The address, selected in a read-only field, when the browser refused the clipboard.
 * @csspart search - The search box with its label (with `show-search`).
 * @csspart search-input - The search box's `<input type="search">`.
 * @csspart filter - The labelled group of tag chips (with `show-filter`): the tags of the events in the list's window.
 * @csspart filter-label - Its visible label ("Nach Thema filtern").
 * @csspart chip - One tag or fact chip; `aria-pressed` says whether it is chosen.
 * @csspart chip-count - How many of the window's events carry the chip's tag or fact.
 * @csspart place-select - The place select (with `show-filter`, where the events are in more than one `location.city`).
 * @csspart language-select - The select of the events' languages, "Sprache der Veranstaltung" (with `show-filter`, where the window's events name more than one language).
 * @csspart fact-filter - The labelled group ("Nur zeigen") of the fact chips `chip-free` and `chip-step-free` (with `show-filter`); also `filter-label` for its label.
 * @csspart chip-free - The chip "Kostenlos": only free events (`price.free`, or a price of 0); shown where one of the window's events is free. Also `chip`.
 * @csspart chip-step-free - The chip "Barrierefrei": only step-free events (`accessibility` with `step-free`); shown where one of the window's events is. Also `chip`.
 *
 * @cssproperty --qw-event-list-accent - Marks today's heading and an open entry (falls back to `--qw-color-accent`).
 *
 * @event qw-event-select - An event was chosen. `detail`: `{ id, event }` (a copy of the feed item). Cancelable: `preventDefault()` keeps its card closed, e.g. to open a page of one's own.
 */
export class QwEventList extends EventFeedElement implements ListHost {
  static override styles = [hostStyles, eventListHostStyles, subscribeStyles];

  static override properties: PropertyDeclarations = {
    tags: {},
    programme: {},
    place: {},
    limit: { type: Number },
    days: { type: Number },
    hideCancelled: { type: Boolean, attribute: 'hide-cancelled' },
    compact: { type: Boolean },
    showSubscribe: { type: Boolean, attribute: 'show-subscribe' },
    showSearch: { type: Boolean, attribute: 'show-search' },
    showFilter: { type: Boolean, attribute: 'show-filter' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
  };

  /** Comma-separated: only events with one of these tags. */
  declare tags: string | undefined;
  /** Only events of this programme (`programmeId`). */
  declare programme: string | undefined;
  /** Comma-separated cities (`location.city`): only events there, compared without case and accents ("Munster" finds Münster). */
  declare place: string | undefined;
  /** How many events show at first and how many each "Weitere Termine" adds. Default 10. */
  declare limit: number | undefined;
  /** Only events within this many days from today (today is the first). Default: no limit. */
  declare days: number | undefined;
  /** Leaves cancelled events out (otherwise they show, struck through, with their badge). */
  declare hideCancelled: boolean;
  /** For sidebars: date, time and title only, without day headings, places and badges. */
  declare compact: boolean;
  /** "Abonnieren": a menu that subscribes a calendar app to the feed's `text/calendar` alternate for the list's `tags` or `programme` (else the whole feed's); no button when the feed names none. */
  declare showSubscribe: boolean;
  /** A search box over title, description, place and organizer, ignoring case and accents ("Munster" finds Münster); the number of results is announced when typing pauses. */
  declare showSearch: boolean;
  /** The tags of the listed events as chips a visitor can filter by, a place select where they are in more than one city, chips for "Kostenlos" and "Barrierefrei" (step-free) where the window has such events, and a select of the events' languages where they name more than one. The visitor's choices narrow what `tags`, `free`, `accessibility` and `event-language` already let through. */
  declare showFilter: boolean;
  /** Writes the visitor's tags, search, place and facts to the page's query string (`qw-tags`, `qw-q`, `qw-place`, `qw-free=1`, `qw-access=step-free`, `qw-lang` with a language tag) and reads them from it on connecting, so a filtered view can be bookmarked; other parameters stay. */
  declare syncUrl: boolean;

  readonly #filter = new FilterController(() => this);
  readonly #clock = new ClockWatch(this);
  // What the list draws is a chunk, requested when the element connects, beside the feed's request.
  readonly #body = new OnDemandController(this, () => import('./event-list-body.js'));
  readonly #subscribe = new SubscribeMenuController(this, () => this.feedController.snapshot?.url);
  #list: ListBody | undefined;
  readonly #visitor = new VisitorControls(this, this.#filter, () => this.#list?.count ?? 0);

  constructor() {
    super();
    this.hideCancelled = false;
    this.compact = this.showSearch = this.showFilter = this.syncUrl = this.showSubscribe = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.#body.load();
  }

  protected override waitsForChunk() {
    return this.#visitor.pending;
  }

  protected override renderContent(feed: Feed, language: Language) {
    const body = this.#body.module;
    if (!body) {
      return this.#body.error
        ? html`<p part="error" role="alert">${language.messages.feedError.network}</p>`
        : html`<div class="placeholder-card"></div>`;
    }
    if (!this.#list) {
      this.#list = new body.ListBody(this);
      const root = this.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, body.listStyles];
    }
    const subscribe = this.showSubscribe ? this.#subscribe.render(feed, language, { tags: splitList(this.tags), programme: this.programme }) : undefined;
    return this.#list.render({
      feed,
      events: this.#filter.events(feed),
      now: this.currentTime(feed),
      language,
      headingLevel: this.titleLevel(),
      subscribe,
      controls: (period) => html`${this.#visitor.render(feed, language, period)}${this.showFilter ? this.#visitor.chips(feed, language, period) : ''}`,
    });
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    // Wakes when the list changes next: an event is over, or a new day begins.
    if (this.#list) this.#clock.wakeIn(this.#list.wakeIn(this.currentTime(this.shownFeed)));
  }

  /** @internal For the list's body: fires the cancelable `qw-event-select`. */
  select(event: FeedEvent): boolean {
    return this.dispatchEvent(new QwEventSelectEvent({ id: event.id, event: structuredClone(event) }));
  }

  /** @internal For the list's body: a warning about an attribute, once. */
  warn(message: string) {
    this.warnOnce(message);
  }
}
