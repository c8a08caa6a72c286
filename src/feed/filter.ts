import type { FeedCall, FeedEvent } from './schema.js';
import { ACCESSIBILITY_FEATURES } from './feed-values.js';

/**
 * What a widget lets through: the items of one programme and/or carrying one of some tags.
 * Every widget builds its filter from its `tags` and `programme` attributes; a visitor's
 * choices (the calendar's tag chips) are a second filter that must match as well.
 */
export interface ItemFilter {
  /** Keep items carrying at least one of these tags (compared case-insensitively). */
  readonly tags?: readonly string[];
  readonly programme?: string;
  /** Keep free events only (`price.free`, or a price of 0); items without a price do not pass. */
  readonly free?: boolean;
  /** Keep events offering every one of these accessibility features. */
  readonly accessibility?: readonly string[];
  /** Keep events held in one of these languages (BCP 47; `tr` also matches `tr-TR`). */
  readonly eventLanguages?: readonly string[];
}

/** The attributes that filter events by their facts (see `EventFactFilters`). */
export interface FactAttributes {
  readonly free?: boolean;
  readonly accessibility?: string | undefined;
  readonly eventLanguage?: string | undefined;
}

/** Splits a comma-separated attribute value ("Integration, Wohnen") into trimmed, non-empty parts. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The filter the `tags` and `programme` attributes of a widget describe, and its fact attributes when it has them. */
export function attributeFilter(tags: string | undefined, programme: string | undefined, facts: FactAttributes = {}): ItemFilter {
  const filter: { -readonly [K in keyof ItemFilter]: ItemFilter[K] } = { tags: splitList(tags), programme: programme?.trim() || undefined };
  if (facts.free) filter.free = true;
  const accessibility = splitList(facts.accessibility);
  if (accessibility.length) filter.accessibility = accessibility;
  const languages = splitList(facts.eventLanguage);
  if (languages.length) filter.eventLanguages = languages;
  return filter;
}

/** The names in an `accessibility` attribute that are no feature, for a warning: they filter nothing. */
export const unknownFeatures = (value: string | undefined): string[] =>
  splitList(value).filter((name) => !(ACCESSIBILITY_FEATURES as readonly string[]).includes(name));

const sameLanguage = (tag: string, wanted: string) => {
  const [have, want] = [tag.toLowerCase(), wanted.toLowerCase()];
  return have === want || have.startsWith(`${want}-`);
};

/** Whether an item has the facts the filter asks for (a call has none, so it passes only a filter that asks none). */
function matchesFacts(item: FeedEvent | FeedCall, filter: ItemFilter): boolean {
  const { price, accessibility, languages } = item as Partial<FeedEvent>;
  if (filter.free && !(price?.free || price?.amount === 0)) return false;
  if (filter.accessibility?.some((feature) => !accessibility?.includes(feature as never))) return false;
  if (filter.eventLanguages?.length && !languages?.some((tag) => filter.eventLanguages!.some((wanted) => sameLanguage(tag, wanted)))) {
    return false;
  }
  return true;
}

/** Whether an event or call belongs to the programme and carries one of the tags (when given). */
export function matchesFilter(item: FeedEvent | FeedCall, filter: ItemFilter): boolean {
  if (filter.programme && item.programmeId !== filter.programme) return false;
  if (filter.tags && filter.tags.length > 0) {
    const wanted = new Set(filter.tags.map((tag) => tag.toLocaleLowerCase()));
    if (!item.tags?.some((tag) => wanted.has(tag.toLocaleLowerCase()))) return false;
  }
  return matchesFacts(item, filter);
}

/** Whether an item passes every one of the filters. */
export const matchesAll = (item: FeedEvent | FeedCall, filters: readonly ItemFilter[]): boolean =>
  filters.every((filter) => matchesFilter(item, filter));

/** How many of `items` carry each tag (compared ignoring case), in the language's order of the tags. */
export function tagCounts(items: readonly (FeedEvent | FeedCall)[], locale: string): Map<string, number> {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const item of items) {
    for (const tag of new Set(item.tags?.map((t) => t.toLowerCase()))) {
      const entry = counts.get(tag);
      if (entry) entry.count++;
      else counts.set(tag, { tag: item.tags!.find((t) => t.toLowerCase() === tag)!, count: 1 });
    }
  }
  const sorted = [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag, locale));
  return new Map(sorted.map(({ tag, count }) => [tag, count]));
}

/** The set with the value added, or removed when it was there (a toggle chip's next state). */
export function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}

/**
 * Text as a visitor's search and place filter compare it: lower case, without accents,
 * "ß" as "ss", so "Munster" finds "Münster" and "strasse" finds "Straße".
 */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .trim();
