import { attributeFilter, matchesAll, type FactAttributes, type ItemFilter } from '../feed/filter.js';
import type { Feed, FeedEvent } from '../feed/schema.js';

/** The shown period (a calendar's month): its events are those the chips (topic-chips.ts) count. */
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
export const sameKey = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && b.every((value, i) => value === a[i]);

/**
 * What a widget's visitor sees of the feed's events: those its `tags`, `programme` and fact
 * attributes let through and, on top, the tags and facts the visitor chose. The
 * filtered list is kept while its inputs stay the same, since a long feed makes it the
 * costly part of an update. It has no lifecycle of its own: the host asks it during its
 * update; the visitor's chips and fields (the visitor-filters chunk) set its choices.
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

  constructor(private readonly attributes: () => FilterAttributes) {}

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
}
