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

/**
 * The distinct tags of the items a filter lets through, sorted for the language; tags that
 * differ only in case count once, in the spelling first met.
 */
export function distinctTags(items: readonly (FeedEvent | FeedCall)[], filter: ItemFilter, locale: string): string[] {
  const tags = new Map<string, string>();
  for (const item of items) {
    if (!matchesFilter(item, filter)) continue;
    for (const tag of item.tags ?? []) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  }
  return [...tags.values()].sort((a, b) => a.localeCompare(b, locale));
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
