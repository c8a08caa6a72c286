import { resolveTiming, type Timing } from '../time/feed-time.js';
import type { Feed, FeedEvent } from './schema.js';

/** The timing of an event in its own zone, else the feed's. Events in a read feed always resolve. */
export function eventTiming(event: FeedEvent, feed: Feed): Timing {
  return resolveTiming(event.start, event.end, event.timeZone ?? feed.timeZone)!;
}

export interface EventFilter {
  /** Keep events carrying at least one of these tags (compared case-insensitively). */
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

export function matchesFilter(event: FeedEvent, filter: EventFilter): boolean {
  if (filter.programme && event.programmeId !== filter.programme) return false;
  if (filter.tags && filter.tags.length > 0) {
    const wanted = new Set(filter.tags.map((tag) => tag.toLocaleLowerCase()));
    if (!event.tags?.some((tag) => wanted.has(tag.toLocaleLowerCase()))) return false;
  }
  return true;
}

/**
 * The event to show when none is named: the earliest one not yet over at `now`
 * (a running event still counts), skipping cancelled ones.
 */
export function nextEvent(feed: Feed, now: number, filter: EventFilter = {}): FeedEvent | undefined {
  let best: { event: FeedEvent; start: number } | undefined;
  for (const event of feed.events) {
    if (event.status === 'cancelled' || !matchesFilter(event, filter)) continue;
    const timing = eventTiming(event, feed);
    if (timing.end < now) continue;
    if (!best || timing.start < best.start) best = { event, start: timing.start };
  }
  return best?.event;
}
