// The visitor's topic chips (`show-filter`) of the list and the calendar: a labelled row of toggle
// buttons, one per tag of the shown period's events, with its count. Part of the visitor-filters
// chunk, so pages without `show-filter` carry neither the chips nor their styles.
import { html, nothing, type TemplateResult } from 'lit';
import { matchesFilter, tagCounts, toggled } from '../feed/filter.js';
import type { Feed } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';
import { plural } from '../i18n/plural.js';
import { css } from './chunk-styles.js';
import { sameKey, type ChipPeriod, type FilterController } from './filter-controller.js';

export class TopicChips {
  #counts: { key: readonly unknown[]; counts: ReadonlyMap<string, number> } | undefined;

  constructor(
    private readonly filter: FilterController,
    private readonly requestUpdate: () => void,
  ) {}

  /**
   * The chips' tags and counts: the tags of the period's events (all events without a
   * period), each with how many carry it, and a chosen tag the period lacks with 0, so it
   * can still be let go. Kept while the feed, the attributes' filter and the period stay the same.
   */
  counts(feed: Feed, locale: string, period?: ChipPeriod): ReadonlyMap<string, number> {
    const { filter } = this;
    const attributes = filter.attributeFilter();
    const key = [feed, JSON.stringify(attributes), locale, period?.key];
    if (!sameKey(this.#counts?.key, key)) {
      const passing = feed.events.filter((event) => matchesFilter(event, attributes));
      this.#counts = { key, counts: tagCounts(period ? period.select(passing) : passing, locale) };
    }
    const { counts } = this.#counts!;
    // A tag chosen in another spelling (`qw-tags=kultur`) takes its chip's, so the chip shows it chosen.
    const spelling = new Map([...counts.keys()].map((tag) => [tag.toLowerCase(), tag]));
    const chosen = [...filter.chosenTags].map((tag) => spelling.get(tag.toLowerCase()) ?? tag);
    if (chosen.some((tag) => !filter.chosenTags.has(tag))) filter.chosenTags = new Set(chosen);
    const missing = [...filter.chosenTags].filter((tag) => !counts.has(tag));
    return missing.length === 0 ? counts : new Map([...counts, ...missing.map((tag) => [tag, 0] as const)]);
  }

  /** The tag chips: a labelled group of toggle buttons, each with its count; nothing when the events carry no tags. */
  render(feed: Feed, language: Language, period?: ChipPeriod): TemplateResult | typeof nothing {
    const counts = this.counts(feed, language.locale, period);
    if (counts.size === 0) return nothing;
    const { messages, locale } = language;
    return html`<div part="filter" role="group" aria-labelledby="filter-label">
      <span id="filter-label" part="filter-label">${messages.filterByTag}</span>
      <div class="chips">
        ${[...counts].map(
          ([tag, count]) =>
            html`<button
              part="chip"
              aria-pressed=${this.filter.chosenTags.has(tag) ? 'true' : 'false'}
              @click=${() => this.#toggle(tag)}
              ><span dir="auto">${tag}</span><span part="chip-count" aria-hidden="true">${count}</span
              ><span class="visually-hidden">${plural(locale, messages.eventCount, count)}</span></button
            >`,
        )}
      </div>
    </div>`;
  }

  #toggle(tag: string) {
    this.filter.chosenTags = toggled(this.filter.chosenTags, tag);
    this.requestUpdate();
  }
}

/** The chips (the fact chips share them): pill-shaped toggles, so they never pass for the navigation's buttons. */
export const chipStyles = css`
  /* Topic chips: a labelled row of toggles, pill-shaped so they never pass for the navigation's buttons. */
  [part~='filter'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    /* A grid item as wide as the widget, however long its row of chips. */
    min-width: 0;
    margin-block: var(--qw-space-s, 0.5rem);
  }
  [part~='filter-label'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  /* Narrow: one row that scrolls sideways, so the chips never push the month below the fold.
     In em of the widget's text, as the calendar counts its own breakpoint: a theme's root size does not move it. */
  @container (max-width: 30em) {
    [part~='filter'] {
      display: block;
    }
    .chips {
      flex-wrap: nowrap;
      overflow-x: auto;
      padding: 4px 2px;
    }
  }
  [part~='chip'] {
    /* The containing block of its screen-reader text, which would otherwise widen the page from outside the scrolling row. */
    position: relative;
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.375em;
    min-height: 2rem;
    padding: 0.125em 0.375em 0.125em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.875em;
    white-space: nowrap;
  }
  [part~='chip-count'] {
    min-width: 1.5em;
    padding: 0 0.375em;
    border-radius: 999px;
    background: var(--_background);
    font-size: 0.875em;
  }
  [part~='chip'][aria-pressed='true']::before {
    content: '✓' / '';
  }
  [part~='chip'][aria-pressed='true'] {
    color: var(--qw-calendar-event-text, var(--_on-accent));
    background: var(--_accent);
    border-color: transparent;
  }
  [part~='chip'][aria-pressed='true'] [part~='chip-count'] {
    color: var(--_text);
  }
  /* Forced colours drop backgrounds: a pressed chip keeps a fill of the system's highlight. */
  @media (forced-colors: active) {
    [part~='chip'][aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
  /* On paper the chips do nothing (nor do the fields: visitor-filters.ts). */
  @media print {
    [part~='filter'] {
      display: none;
    }
  }
`;
