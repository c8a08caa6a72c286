/** What a widget asks a large feed to read first, and what it gets (src/feed/preview.ts reads it). */
import type { Feed } from './schema.js';

/** Days from–to (YYYY-MM-DD, inclusive, in no particular zone: callers add a day either side). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** A feed's first look: its events in these periods (by `from + to`), nothing else of its lists. */
export interface FeedPreview {
  readonly feed: Feed;
  readonly periods: ReadonlyMap<string, Period>;
}

/** From this many events on, a feed is worth a first look: reading them all takes long enough. */
export const PREVIEW_MIN_EVENTS = 1_000;
