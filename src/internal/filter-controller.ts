import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { attributeFilter, matchesAll, matchesFilter, tagCounts, toggled, type FactAttributes, type ItemFilter } from '../feed/filter.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';
import { plural } from '../i18n/plural.js';

/** The shown period (a calendar's month): its events are those the chips count. */
export interface ChipPeriod {
  /** Changes when the period does, so the counts are made again. */
  readonly key: unknown;
  /** Of the events the attributes let through, those in the period. */
  readonly select: (events: readonly FeedEvent[]) => readonly FeedEvent[];
}

interface FilterAttributes extends FactAttributes {
  readonly tags?: string | undefined;
  readonly programme?: string | undefined;
}

/** Whether two keys hold the same values (by identity), so what was computed from them still stands. */
const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && b.every((value, i) => value === a[i]);

/**
 * What a widget's visitor sees of the feed's events: those its `tags`, `programme` and fact
 * attributes let through and, on top, the tags and facts the visitor chose. The
 * filtered list and the chips' counts are kept while their inputs stay the same, since a
 * long feed makes them the costly part of an update. It has no lifecycle of its own: the
 * host asks it during its update, and a chip the visitor toggles asks the host to update.
 */
export class FilterController {
  /** The tags the visitor chose; an event needs one of them (none chosen: all pass). */
  chosenTags: ReadonlySet<string> = new Set();
  /** The visitor's search text and chosen city (`show-search`, the place select); empty: all pass. */
  query = '';
  place = '';
  /** The visitor's fact choices (kostenlos, stufenlos, a language), replaced as a whole on each change; empty: all pass. */
  facts: ItemFilter = {};
  /** How the search chunk (visitor-filters.ts) tests them, once it has loaded. */
  visitorMatch: ((event: FeedEvent, query: string, place: string) => boolean) | undefined;
  #events: { key: readonly unknown[]; events: readonly FeedEvent[] } | undefined;
  #counts: { key: readonly unknown[]; counts: ReadonlyMap<string, number> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly attributes: () => FilterAttributes,
  ) {}

  /** The filter of the widget's attributes alone. */
  attributeFilter(): ItemFilter {
    const attributes = this.attributes();
    return attributeFilter(attributes.tags, attributes.programme, attributes);
  }

  /** The events that pass both filters, in feed order; the same array while nothing changed. */
  events(feed: Feed): readonly FeedEvent[] {
    const { tags, programme, free, accessibility, eventLanguage } = this.attributes();
    const { chosenTags, query, place, facts, visitorMatch } = this;
    const key = [feed, tags, programme, free, accessibility, eventLanguage, chosenTags, query, place, facts, visitorMatch];
    if (!sameKey(this.#events?.key, key)) {
      // The attributes' filter and the visitor's: both must match (AND).
      const filters = [this.attributeFilter(), { ...facts, tags: [...chosenTags] }];
      const visitor = (query.trim() || place) && visitorMatch;
      this.#events = {
        key,
        events: feed.events.filter((event) => matchesAll(event, filters) && (!visitor || visitor(event, query, place))),
      };
    }
    return this.#events!.events;
  }

  toggleTag(tag: string) {
    this.chosenTags = toggled(this.chosenTags, tag);
    this.host.requestUpdate();
  }

  /**
   * The chips' tags and counts: the tags of the period's events (all events without a
   * period), each with how many carry it, and a chosen tag the period lacks with 0, so it
   * can still be let go.
   */
  tagCounts(feed: Feed, locale: string, period?: ChipPeriod): ReadonlyMap<string, number> {
    const { tags, programme, free, accessibility, eventLanguage } = this.attributes();
    const key = [feed, tags, programme, free, accessibility, eventLanguage, locale, period?.key];
    if (!sameKey(this.#counts?.key, key)) {
      const filter = this.attributeFilter();
      const passing = feed.events.filter((event) => matchesFilter(event, filter));
      this.#counts = { key, counts: tagCounts(period ? period.select(passing) : passing, locale) };
    }
    const counts = this.#counts!.counts;
    // A tag chosen in another spelling (`qw-tags=kultur`) takes its chip's, so the chip shows it chosen.
    const spelling = new Map([...counts.keys()].map((tag) => [tag.toLowerCase(), tag]));
    const chosen = [...this.chosenTags].map((tag) => spelling.get(tag.toLowerCase()) ?? tag);
    if (chosen.some((tag) => !this.chosenTags.has(tag))) this.chosenTags = new Set(chosen);
    const missing = [...this.chosenTags].filter((tag) => !counts.has(tag));
    return missing.length === 0 ? counts : new Map([...counts, ...missing.map((tag) => [tag, 0] as const)]);
  }

  /** The tag chips: a labelled group of toggle buttons, each with its count; nothing when the events carry no tags. */
  renderChips(feed: Feed, language: Language, period?: ChipPeriod): TemplateResult | typeof nothing {
    const counts = this.tagCounts(feed, language.locale, period);
    if (counts.size === 0) return nothing;
    const { messages, locale } = language;
    return html`<div part="filter" role="group" aria-labelledby="filter-label">
      <span id="filter-label" part="filter-label">${messages.filterByTag}</span>
      <div class="chips">
        ${[...counts].map(
          ([tag, count]) =>
            html`<button
              part="chip"
              aria-pressed=${this.chosenTags.has(tag) ? 'true' : 'false'}
              @click=${() => this.toggleTag(tag)}
              ><span dir="auto">${tag}</span><span part="chip-count" aria-hidden="true">${count}</span
              ><span class="visually-hidden">${plural(locale, messages.eventCount, count)}</span></button
            >`,
        )}
      </div>
    </div>`;
  }
}
