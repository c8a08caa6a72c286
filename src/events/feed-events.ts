import type { FeedError } from '../feed/errors.js';
import type { FeedIssue } from '../feed/parse.js';
import type { Feed } from '../feed/schema.js';

export interface FeedLoadDetail {
  readonly url: string;
  readonly feed: Feed;
  /** Items skipped, fields dropped and warnings, as reported by the reader. */
  readonly issues: readonly FeedIssue[];
}

/** Fired on a widget when its feed has been read (also when it came from the shared cache). */
export class QwFeedLoadEvent extends Event {
  static readonly type = 'qw-feed-load';
  constructor(readonly detail: FeedLoadDetail) {
    // Composed so the host page can listen on `document`.
    super(QwFeedLoadEvent.type, { bubbles: true, composed: true });
  }
}

export interface FeedErrorDetail extends FeedError {
  /** Whether the widget still shows earlier data from the same feed. */
  readonly hasStaleData: boolean;
}

/** Fired on a widget when its feed could not be loaded or is not a feed. */
export class QwFeedErrorEvent extends Event {
  static readonly type = 'qw-feed-error';
  constructor(readonly detail: FeedErrorDetail) {
    super(QwFeedErrorEvent.type, { bubbles: true, composed: true });
  }
}

export interface DeadlineReachedDetail {
  /** id of the call whose deadline passed. */
  readonly call: string;
  /** The deadline as an ISO instant (UTC), e.g. `2015-10-19T21:59:59.999Z`. */
  readonly deadline: string;
  /** For a call in stages: the title of the stage whose deadline passed. */
  readonly stage?: string;
}

/** Fired once by a countdown for each of its call's deadlines (each stage's, each round's) that passes while shown. */
export class QwDeadlineReachedEvent extends Event {
  static readonly type = 'qw-deadline-reached';
  constructor(readonly detail: DeadlineReachedDetail) {
    super(QwDeadlineReachedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'qw-deadline-reached': QwDeadlineReachedEvent;
    'qw-feed-load': QwFeedLoadEvent;
    'qw-feed-error': QwFeedErrorEvent;
  }
}
