/** Why a feed could not be used. `not-json` and `not-a-feed` come from the document itself. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'not-a-feed' | 'no-feed';

/** A failed load, in words a webmaster understands (English, for the console and event details). */
export interface FeedError {
  readonly kind: FeedErrorKind;
  readonly url: string;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  readonly message: string;
}
