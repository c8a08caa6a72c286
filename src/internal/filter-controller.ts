import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { attributeFilter, distinctTags, matchesAll, toggled, type ItemFilter } from '../feed/filter.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import type { Language } from '../i18n/index.js';

interface FilterAttributes {
  readonly tags?: string | undefined;
  readonly programme?: string | undefined;
}

/** Whether two keys hold the same values (by identity), so what was computed from them still stands. */
const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && b.every((value, i) => value === a[i]);

/**
 * What a widget's visitor sees of the feed's events: those its `tags` and `programme`
 * attributes let through and, on top, the tags the visitor chose with the chips. The
 * filtered list and the chips' tags are kept while their inputs stay the same, since a
 * long feed makes them the costly part of an update. It has no lifecycle of its own: the
 * host asks it during its update, and a chip the visitor toggles asks the host to update.
 */
export class FilterController {
  /** The tags the visitor chose; an event needs one of them (none chosen: all pass). */
  chosenTags: ReadonlySet<string> = new Set();
  #events: { key: readonly unknown[]; events: readonly FeedEvent[] } | undefined;
  #tags: { key: readonly unknown[]; tags: readonly string[] } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly attributes: () => FilterAttributes,
  ) {}

  /** The filter of the widget's attributes alone. */
  attributeFilter(): ItemFilter {
    const { tags, programme } = this.attributes();
    return attributeFilter(tags, programme);
  }

  /** The events that pass both filters, in feed order; the same array while nothing changed. */
  events(feed: Feed): readonly FeedEvent[] {
    const { tags, programme } = this.attributes();
    const key = [feed, tags, programme, this.chosenTags];
    if (!sameKey(this.#events?.key, key)) {
      const filters = [this.attributeFilter(), { tags: [...this.chosenTags] }];
      this.#events = { key, events: feed.events.filter((event) => matchesAll(event, filters)) };
    }
    return this.#events!.events;
  }

  /** The tags a visitor can choose from: those of the events the attributes let through. */
  tags(feed: Feed, locale: string): readonly string[] {
    const { tags, programme } = this.attributes();
    const key = [feed, tags, programme, locale];
    if (!sameKey(this.#tags?.key, key)) this.#tags = { key, tags: distinctTags(feed.events, this.attributeFilter(), locale) };
    return this.#tags!.tags;
  }

  toggleTag(tag: string) {
    this.chosenTags = toggled(this.chosenTags, tag);
    this.host.requestUpdate();
  }

  /** The tag chips: toggle buttons in a labelled group; nothing when the events carry no tags. */
  renderChips(feed: Feed, language: Language): TemplateResult | typeof nothing {
    const tags = this.tags(feed, language.locale);
    if (tags.length === 0) return nothing;
    return html`<div part="filter" role="group" aria-label=${language.messages.filterByTag}>
      ${tags.map(
        (tag) => html`<button part="chip" dir="auto" aria-pressed=${this.chosenTags.has(tag) ? 'true' : 'false'} @click=${() => this.toggleTag(tag)}>
          ${tag}
        </button>`,
      )}
    </div>`;
  }
}
