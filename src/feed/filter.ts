import type { FeedCall, FeedEvent } from './schema.js';

/**
 * What a widget lets through: the items of one programme and/or carrying one of some tags.
 * Every widget builds its filter from its `tags` and `programme` attributes; a visitor's
 * choices (the calendar's tag chips) are a second filter that must match as well.
 */
export interface ItemFilter {
  /** Keep items carrying at least one of these tags (compared case-insensitively). */
  readonly tags?: readonly string[];
  readonly programme?: string;
}

/** Splits a comma-separated attribute value ("Integration, Wohnen") into trimmed, non-empty parts. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The filter the `tags` and `programme` attributes of a widget describe. */
export function attributeFilter(tags: string | undefined, programme: string | undefined): ItemFilter {
  return { tags: splitList(tags), programme: programme?.trim() || undefined };
}

/** Whether an event or call belongs to the programme and carries one of the tags (when given). */
export function matchesFilter(item: FeedEvent | FeedCall, filter: ItemFilter): boolean {
  if (filter.programme && item.programmeId !== filter.programme) return false;
  if (filter.tags && filter.tags.length > 0) {
    const wanted = new Set(filter.tags.map((tag) => tag.toLocaleLowerCase()));
    if (!item.tags?.some((tag) => wanted.has(tag.toLocaleLowerCase()))) return false;
  }
  return true;
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
