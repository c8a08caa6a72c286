/** What reading a feed gives: the feed, and every item skipped or field dropped on the way. */
import type { Feed } from './schema.js';

export type FeedList = 'events' | 'calls' | 'programmes';

/** One thing the reader skipped, dropped or wants the publisher to know. */
export interface FeedIssue {
  /** `item-skipped`: the item is not shown; `field-dropped`: the item is shown without that field. */
  readonly action: 'item-skipped' | 'field-dropped' | 'warning';
  /** JSON path from the feed's root, e.g. `events[3].start`. */
  readonly path: string;
  readonly list?: FeedList;
  readonly index?: number;
  readonly id?: string;
  /** For a skipped item, the JSON path of the field at fault (e.g. `calls[2].deadline`), when one is. */
  readonly field?: string;
  /** What is wrong and how to fix it, e.g. `'20.03.2017' is not a date; write 2017-03-20`. */
  readonly message: string;
}

export type FeedDocumentErrorKind = 'not-json' | 'not-a-feed';

export type FeedReadResult =
  | { readonly ok: true; readonly feed: Feed; readonly issues: readonly FeedIssue[] }
  | { readonly ok: false; readonly kind: FeedDocumentErrorKind; readonly message: string };
