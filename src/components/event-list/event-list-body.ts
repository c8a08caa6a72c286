// The event list's body: which events it shows, how, and what a visitor does with them. Loaded
// on demand (a chunk of the script-tag bundle, requested when the element connects, beside the
// feed's request), so the bundle holds only the element's attributes. It receives the language
// and everything of the element it uses as arguments.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed, FeedEvent } from '../../feed/schema.js';
import type { Language } from '../../i18n/index.js';
import type { ChipPeriod } from '../../internal/filter-controller.js';
import { plural } from '../../i18n/plural.js';
import { dateTimeFormat, visitorTimeZone } from '../../time/intl-cache.js';
import { fromEpochDay } from '../../time/plain-date.js';
import { startOfDay, visitorDay } from '../../time/zoned.js';
import { eventParts, formatsFor, noon, type Formats } from '../calendar/calendar-view.js';
import { groupByDay, upcomingEvents, type ListedEvent } from './event-list-view.js';
import { eventListCss } from './event-list-body.styles.js';
import { hasEventFacts } from '../../feed/event-facts.js';

type FactsModule = typeof import('../event-card/event-facts.template.js');
/** The facts' templates, shared with the card's chunk, loaded once a listed event has facts. */
let facts: FactsModule | undefined;
let factsRequest: Promise<FactsModule> | undefined;

/** What the body reads of and asks from its element. */
export interface ListHost {
  readonly feed: string | undefined;
  /** The list's `now`, also the open cards' (a registration deadline is judged at the list's moment). */
  readonly now: string | undefined;
  readonly tags: string | undefined;
  readonly programme: string | undefined;
  readonly place: string | undefined;
  readonly free: boolean;
  readonly accessibility: string | undefined;
  readonly eventLanguage: string | undefined;
  readonly limit: number | undefined;
  readonly days: number | undefined;
  readonly hideCancelled: boolean;
  readonly compact: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  getAttribute(name: string): string | null;
  requestUpdate(): void;
  /** Fires the cancelable `qw-event-select`; false when the page cancelled it. */
  select(event: FeedEvent): boolean;
  warn(message: string): void;
}

export interface ListInput {
  readonly feed: Feed;
  /** The events the element's tag and programme filters let through. */
  readonly events: readonly FeedEvent[];
  readonly now: number;
  readonly language: Language;
  readonly headingLevel: number;
  /** "Abonnieren" (with `show-subscribe`), drawn at the top inside the list's box. */
  readonly subscribe?: unknown;
  /** The visitor's search, place and language selects, fact and topic chips, given the list's window for the chips' counts. */
  readonly controls: (period: ChipPeriod) => unknown;
}

/** The list's styles, adopted by each list's shadow root when this module arrives. */
export const listStyles = new CSSStyleSheet();
listStyles.replaceSync(eventListCss);

const DEFAULT_LIMIT = 10;

/** One list's state (how many shown, which cards open) and its rendering. */
export class ListBody {
  /** How many events show; `undefined` for `limit`. */
  #shown: number | undefined;
  /** Entries whose card is open, by position. */
  #expanded = new Set<number>();
  /** How many the last "Weitere Termine" added, announced politely. */
  #added = 0;
  #listed: { key: readonly unknown[]; events: readonly ListedEvent[] } | undefined;
  /** What the first page and the open cards belong to: a change of the filters starts over. */
  #filters: readonly unknown[] = [];
  #today = 0;

  constructor(private readonly host: ListHost) {}

  /** How many events the list holds (shown or behind "Weitere Termine"), announced after a search. */
  get count(): number {
    return this.#listed?.events.length ?? 0;
  }

  /**
   * How long until the list changes (the first shown event is over, or the visitor's midnight
   * turns "Morgen" into "Heute"); the list is recomputed by the minute, so at the minute after.
   */
  wakeIn(now: number): number {
    const shown = this.#listed?.events.slice(0, this.#shownCount()) ?? [];
    const midnight = startOfDay(fromEpochDay(this.#today + 1), visitorTimeZone());
    const next = Math.max(Math.min(midnight, ...shown.map((listed) => listed.end + 1)), now + 1);
    return Math.ceil(next / 60_000) * 60_000 - now;
  }

  render(input: ListInput): TemplateResult {
    const { language } = input;
    const { feed, tags, programme, place, free, accessibility, eventLanguage, days: window, limit, hideCancelled } = this.host;
    const filters = [input.events, feed, tags, programme, place, free, accessibility, eventLanguage, window, limit, hideCancelled];
    if (filters.some((value, i) => value !== this.#filters[i])) {
      this.#filters = filters;
      this.#shown = undefined;
      this.#expanded = new Set();
      this.#added = 0;
    }
    this.#today = visitorDay(input.now);
    const { eventList } = language.messages;
    const listed = this.#upcoming(input);
    this.#loadFactsFor(listed);
    const days = this.#days();
    const shown = this.#shownCount();
    const body =
      listed.length === 0
        ? html`<p part="empty">${days === undefined ? eventList.none : plural(language.locale, eventList.noneWithin, days)}</p>`
        : html`${this.#renderEntries(listed.slice(0, shown), input)}${shown < listed.length
            ? html`<button part="button more" class="more" @click=${() => void this.#showMore(listed.length)}>${eventList.more}</button>`
            : nothing}`;
    const upcoming = { feed: input.feed, now: input.now, today: this.#today, days, hideCancelled, place };
    const period = {
      key: `${this.#today} ${days} ${place} ${hideCancelled}`,
      select: (events: readonly FeedEvent[]) => upcomingEvents({ ...upcoming, events }).map((listed) => listed.placed.event),
    };
    return html`<section part="base" role="group" aria-label=${eventList.label}>
      ${input.subscribe ?? nothing}${input.controls(period)} ${body}
      <p class="visually-hidden" role="status">${this.#added ? plural(language.locale, eventList.added, this.#added) : ''}</p>
    </section>`;
  }

  /** Loads the facts' templates when a listed event has facts, and draws the list again with them. */
  #loadFactsFor(listed: readonly ListedEvent[]) {
    if (facts) return facts.adoptFactStyles(this.host.renderRoot as ShadowRoot);
    if (!listed.some(({ placed }) => hasEventFacts(placed.event))) return;
    factsRequest ??= import('../event-card/event-facts.template.js');
    void factsRequest.then(
      (module) => {
        facts = module;
        module.adoptFactStyles(this.host.renderRoot as ShadowRoot);
        this.host.requestUpdate();
      },
      () => (factsRequest = undefined), // offline: the next render asks again; the list shows without them
    );
  }

  #renderEntries(visible: readonly ListedEvent[], input: ListInput): TemplateResult {
    const formats = formatsFor(input.language.locale);
    if (this.host.compact) {
      return html`<ul part="list" class="entries">
        ${visible.map((listed, i) => this.#entry(listed, i, input, formats))}
      </ul>`;
    }
    let index = 0;
    return html`<ol part="list" class="days">
      ${groupByDay(visible).map(({ day, events }) => {
        const today = day === this.#today;
        return html`<li aria-current=${ifDefined(today ? 'date' : undefined)}>
          <p part=${today ? 'day-heading day-today' : 'day-heading'} role="heading" aria-level=${input.headingLevel}>
            ${dayHeading(day, this.#today, formats, input.language)}
          </p>
          <ul class="entries">
            ${events.map((listed) => this.#entry(listed, index++, input, formats))}
          </ul>
        </li>`;
      })}
    </ol>`;
  }

  #entry(listed: ListedEvent, index: number, input: ListInput, formats: Formats): TemplateResult {
    const { placed, day } = listed;
    const { event } = placed;
    const { language, headingLevel } = input;
    const { messages, locale } = language;
    const compact = this.host.compact;
    const start = placed.startTime;
    // An event that began on an earlier day has no time of its own today; its last day says enough.
    const time = day > placed.firstDay ? '' : start ? formats.time.format(Date.UTC(1970, 0, 1, start.hour, start.minute)) : messages.allDay;
    const until =
      placed.lastDay > day
        ? messages.eventList.until(
            dateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon(placed.lastDay)),
          )
        : undefined;
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    const place = compact ? undefined : placeText(event, language);
    const open = this.#expanded.has(index);
    return html`<li class="entry">
      <button
        part=${eventParts(event)}
        class=${status ? `event ${status}` : 'event'}
        data-index=${index}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${ifDefined(open ? `card-${index}` : undefined)}
        @click=${() => this.#toggle(index, event)}
      >
        ${compact ? html`<span class="day">${formats.dayMonth.format(noon(day))}</span>` : nothing}
        <span class="time">${time}</span>
        <span class="what">
          <span class="title"><bdi>${event.title}</bdi></span>
          ${until ? html`<span class="dates">${until}</span>` : nothing}
          ${place ? html`<span class="place"><bdi>${place}</bdi></span>` : nothing}
          ${facts && !compact && hasEventFacts(event)
            ? facts.renderCompactFacts(event, {
                locale,
                messages: facts.factMessages(locale),
                timeZone: event.timeZone ?? input.feed.timeZone,
                now: input.now,
              })
            : nothing}
        </span>
        ${status && !compact
          ? html`<span part="status" class=${status === 'cancelled' ? 'badge danger' : 'badge warning'}>${messages.eventStatus[status]}</span>`
          : status
            ? html`<span class="visually-hidden">${messages.eventStatus[status]}</span>`
            : nothing}
      </button>
      ${open
        ? html`<div id=${`card-${index}`} class="card">
            <qw-event-card .feed=${this.host.feed} .now=${this.host.now} event=${event.id} lang=${locale} heading-level=${Math.min(headingLevel + 1, 6)}></qw-event-card>
          </div>`
        : nothing}
    </li>`;
  }

  /** The upcoming events, recomputed only when what decides them changes (the clock by the minute). */
  #upcoming({ feed, events, now }: ListInput): readonly ListedEvent[] {
    const { place, hideCancelled } = this.host;
    const today = this.#today;
    const days = this.#days();
    const key = [events, Math.floor(now / 60_000), today, days, place, hideCancelled];
    if (!this.#listed || key.some((value, i) => value !== this.#listed!.key[i])) {
      this.#listed = { key, events: upcomingEvents({ feed, events, now, today, days, hideCancelled, place }) };
    }
    return this.#listed.events;
  }

  #limit(): number {
    const { limit } = this.host;
    if (limit === undefined || limit === null) return DEFAULT_LIMIT;
    if (Number.isInteger(limit) && limit >= 1) return limit;
    this.host.warn(`limit="${this.host.getAttribute('limit')}" is not a whole number ≥ 1; ${DEFAULT_LIMIT} is used`);
    return DEFAULT_LIMIT;
  }

  #days(): number | undefined {
    const { days } = this.host;
    if (days === undefined || days === null) return undefined;
    if (Number.isInteger(days) && days >= 1) return days;
    this.host.warn(`days="${this.host.getAttribute('days')}" is not a whole number ≥ 1; every upcoming event is shown`);
    return undefined;
  }

  #shownCount = () => this.#shown ?? this.#limit();

  #toggle(index: number, event: FeedEvent) {
    if (this.#expanded.has(index)) this.#expanded.delete(index);
    else if (this.host.select(event)) this.#expanded.add(index);
    this.host.requestUpdate();
  }

  /** Shows the next `limit` events, announces how many, and moves the focus to the first of them. */
  async #showMore(total: number) {
    const first = this.#shownCount();
    this.#shown = Math.min(total, first + this.#limit());
    this.#added = this.#shown - first;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-index="${first}"]`)?.focus();
  }
}

/** A day's heading: "Heute" and "Morgen" before the date, the date alone further on. */
function dayHeading(day: number, today: number, formats: Formats, language: Language): TemplateResult {
  const { messages } = language;
  const date = formats.longDate.format(noon(day));
  const near = day === today ? messages.today : day === today + 1 ? messages.eventList.tomorrow : undefined;
  return near ? html`${near} <span class="date">${date}</span>` : html`${date}`;
}

/** Where, as short as a list line allows: the venue and the city; online events say so. */
function placeText(event: FeedEvent, language: Language): string | undefined {
  const { location } = event;
  const place = [location?.name, location?.city].filter(Boolean).join(', ');
  if (place) return place;
  return event.attendance === 'online' ? language.messages.attendance.online : undefined;
}
