// The visitor's search box, place and language selects, topic and fact chips and query-string sync
// (`show-search`, `show-filter`, `sync-url`) of the list and the calendar. Loaded on demand (a chunk of the script-tag bundle)
// only where one of those attributes is set, so other pages do not pay for it; such a widget shows
// its loading state until the chunk is in, so the controls never push its content down.
import { html, nothing, type TemplateResult } from 'lit';
import { foldText, matchesFilter, splitList } from '../feed/filter.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';
import { plural } from '../i18n/plural.js';
import { adoptSheet, css } from './chunk-styles.js';
import { sameKey, type ChipPeriod, type FilterController } from './filter-controller.js';
import { chipStyles, TopicChips } from './topic-chips.js';
import { choicesOf, countFacts, filterOf, primaryLanguage, renderFactChips, renderLanguageSelect, type ChooseFacts, type FactCounts } from './visitor-facts.js';

/** What the chunk reads of and sets on its widget. */
export interface VisitorHost {
  readonly showSearch: boolean;
  readonly showFilter: boolean;
  readonly syncUrl: boolean;
  /** The calendar's month (`YYYY-MM`); the list has none. */
  month?: string | undefined;
  /** The list's `place` attribute: the select offers only its cities. */
  readonly place?: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

/** How long typing must pause before the number of results is announced. */
const ANNOUNCE_DELAY_MS = 300;

const searchable = new WeakMap<FeedEvent, string>();

/** An event's searchable text, folded: title, description, place and organizer. */
function searchText(event: FeedEvent): string {
  let text = searchable.get(event);
  if (text === undefined) {
    const { location: where, organizer } = event;
    text = foldText([event.title, event.description, where?.name, where?.address, where?.city, organizer?.name].join(' '));
    searchable.set(event, text);
  }
  return text;
}

/** Whether the event is in the chosen city and holds every word of the search, both ignoring case and accents. */
export function matchesVisitor(event: FeedEvent, query: string, place: string): boolean {
  if (place && foldText(event.location?.city ?? '') !== foldText(place)) return false;
  return foldText(query)
    .split(/\s+/)
    .every((word) => searchText(event).includes(word));
}

/** The cities of the events (first spelling of each, ignoring case and accents), in the language's order. */
export function citiesOf(events: readonly FeedEvent[], locale: string): string[] {
  const cities = new Map<string, string>();
  for (const { location } of events) {
    const city = location?.city?.trim();
    if (city && !cities.has(foldText(city))) cities.set(foldText(city), city);
  }
  return [...cities.values()].sort((a, b) => a.localeCompare(b, locale));
}

const PARAMS = {
  tags: 'qw-tags',
  query: 'qw-q',
  place: 'qw-place',
  free: 'qw-free',
  access: 'qw-access',
  language: 'qw-lang',
  month: 'qw-month',
} as const;

/** The search box, the place and language selects, the topic and fact chips, the announcement of the results, and the query string. */
export class VisitorFilters {
  #announcement = '';
  /** The language of the last render, for the announcement. */
  #language: Language | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #cities: { key: unknown[]; cities: string[] } | undefined;
  #facts: { key: unknown[]; counts: FactCounts } | undefined;
  /** The month shown first (`null` before the first update); `qw-month` is written only once the visitor has gone to another. */
  #firstMonth: string | undefined | null = null;
  #monthMoved = false;
  /** The topic chips (`show-filter`). */
  readonly chips: TopicChips;

  constructor(
    private readonly host: VisitorHost,
    private readonly filter: FilterController,
    /** How many events the widget shows now (the list's window, the calendar's month). */
    private readonly count: () => number,
  ) {
    // The chips' sheet first: the fields' rules may refine the fact chips.
    adoptSheet(host.renderRoot, chipStyles);
    adoptSheet(host.renderRoot, visitorStyles);
    filter.visitorMatch = matchesVisitor;
    this.chips = new TopicChips(filter, () => host.requestUpdate());
    if (host.syncUrl) this.#readUrl();
  }

  render(feed: Feed, language: Language, period?: ChipPeriod): TemplateResult | typeof nothing {
    const { showSearch, showFilter } = this.host;
    const cities = showFilter ? this.#citiesOf(feed, language.locale) : [];
    const facts = showFilter ? this.#factsOf(feed, period) : undefined;
    const choices = choicesOf(this.filter.facts);
    const languages = facts ? renderLanguageSelect(facts, choices, language, this.#chooseFacts) : nothing;
    const chips = facts ? renderFactChips(facts, choices, language, this.#chooseFacts) : nothing;
    if (!showSearch && cities.length < 2 && languages === nothing && chips === nothing) return nothing;
    this.#language = language;
    const { messages } = language;
    return html`<div class="visitor-filters">
      ${showSearch
        ? html`<div part="search">
            <label for="search">${messages.searchLabel}</label>
            <input id="search" part="search-input" type="search" .value=${this.filter.query} @input=${this.#onSearch} />
            <p class="visually-hidden" role="status">${this.#announcement}</p>
          </div>`
        : nothing}
      ${cities.length > 1
        ? html`<div class="select">
            <label for="place">${messages.placeLabel}</label>
            <select id="place" part="place-select" @change=${(e: Event) => this.#choose('place', (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.filter.place}>${messages.allPlaces}</option>
              ${cities.map((city) => html`<option ?selected=${foldText(city) === foldText(this.filter.place)}>${city}</option>`)}
            </select>
          </div>`
        : nothing}
      ${languages}${chips}
    </div>`;
  }

  /** After each update: the visitor's choices into the query string (with `sync-url`). */
  hostUpdated() {
    if (!this.host.syncUrl) return;
    const { chosenTags, query, place, facts } = this.filter;
    const { free, stepFree, language } = choicesOf(facts);
    const values = {
      tags: [...chosenTags].join(','),
      query: query.trim(),
      place,
      free: free ? '1' : '',
      access: stepFree ? 'step-free' : '',
      language,
      month: this.#visitedMonth(),
    };
    const url = new URL(location.href);
    let changed = false;
    for (const [key, name] of Object.entries(PARAMS)) {
      const value = values[key as keyof typeof PARAMS];
      if (key === 'month' && values.month === undefined) continue;
      if ((url.searchParams.get(name) ?? '') === (value ?? '')) continue;
      changed = true;
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (changed) history.replaceState(history.state, '', url);
  }

  /** The month for the query string; `undefined` (leave it as it is) until the visitor goes to another month. */
  #visitedMonth(): string | undefined {
    if (!('month' in this.host)) return undefined;
    if (this.#firstMonth === null) this.#firstMonth = this.host.month;
    this.#monthMoved ||= this.host.month !== this.#firstMonth;
    return this.#monthMoved ? this.host.month : undefined;
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  readonly #onSearch = (e: Event) => this.#choose('query', (e.target as HTMLInputElement).value);

  /** Applies a search text or place, and announces the number of results once the visitor pauses. */
  #choose(what: 'query' | 'place', value: string) {
    this.filter[what] = value;
    this.#announceSoon();
  }

  /** Applies the fact chips' and the language select's choices (a new filter, so the list is made again). */
  readonly #chooseFacts: ChooseFacts = (change, announce) => {
    this.filter.facts = filterOf(change(choicesOf(this.filter.facts)));
    if (announce) this.#announceSoon();
    else this.host.requestUpdate();
  };

  /** Draws the widget again, and announces the number of results once the visitor pauses. */
  #announceSoon() {
    this.host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const { locale, messages } = this.#language!;
      this.#announcement = plural(locale, messages.searchResults, this.count());
      this.host.requestUpdate();
    }, ANNOUNCE_DELAY_MS);
  }

  #citiesOf(feed: Feed, locale: string): string[] {
    const filter = this.filter.attributeFilter();
    const key = [feed, locale, JSON.stringify(filter), this.host.place];
    if (!sameKey(this.#cities?.key, key)) {
      const places = splitList(this.host.place).map(foldText);
      const events = feed.events.filter((event) => matchesFilter(event, filter) && (!places.length || places.includes(foldText(event.location?.city ?? ''))));
      this.#cities = { key, cities: citiesOf(events, locale) };
    }
    return this.#cities!.cities;
  }

  /** The fact counts of the shown period's events that the attributes let through, kept while those stay the same. */
  #factsOf(feed: Feed, period: ChipPeriod | undefined): FactCounts {
    const filter = this.filter.attributeFilter();
    const key = [feed, JSON.stringify(filter), period?.key];
    if (!sameKey(this.#facts?.key, key)) {
      const passing = feed.events.filter((event) => matchesFilter(event, filter));
      this.#facts = { key, counts: countFacts(period ? period.select(passing) : passing) };
    }
    return this.#facts!.counts;
  }

  #readUrl() {
    const params = new URLSearchParams(location.search);
    const tags = splitList(params.get(PARAMS.tags));
    if (tags.length) this.filter.chosenTags = new Set(tags);
    this.filter.query = params.get(PARAMS.query) ?? '';
    this.filter.place = params.get(PARAMS.place) ?? '';
    this.filter.facts = filterOf({
      free: params.get(PARAMS.free) === '1',
      stepFree: splitList(params.get(PARAMS.access)).includes('step-free'),
      language: primaryLanguage(params.get(PARAMS.language) ?? ''),
    });
    const month = params.get(PARAMS.month);
    if (month && 'month' in this.host) this.host.month = month;
  }
}

/** The search box, the selects and the fact chips beside the topic chips: labelled fields that wrap on narrow widgets. */
const visitorStyles = css`
  .visitor-filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-block: var(--qw-space-s, 0.5rem);
  }
  .visitor-filters > div {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    flex: 0 1 20rem;
  }
  .visitor-filters > .select {
    flex: 0 1 12rem;
  }
  .visitor-filters > .facts {
    flex: 0 1 auto;
  }
  .visitor-filters label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='search-input'],
  [part~='place-select'],
  [part~='language-select'] {
    box-sizing: border-box;
    width: 100%;
    min-height: 2rem;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  /* On paper the search box, the selects and the fact chips do nothing. */
  @media print {
    .visitor-filters {
      display: none;
    }
  }
`;
