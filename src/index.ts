/** Classes, types and plain functions; importing this module registers nothing. */
export { QwEventCard } from './components/event-card/event-card.component.js';
export { QwFeedErrorEvent, QwFeedLoadEvent } from './events/feed-events.js';
export type { FeedErrorDetail, FeedLoadDetail } from './events/feed-events.js';
export type { FeedError, FeedErrorKind } from './feed/errors.js';
export { readFeed, readFeedText } from './feed/parse.js';
export type { FeedIssue, FeedList, FeedReadResult } from './feed/parse.js';
export { feedSettings, feedSource, refreshFeed } from './feed/store.js';
export type { FeedSnapshot } from './feed/store.js';
export { DEFAULT_TIME_ZONE, FEED_VERSION } from './feed/schema.js';
export type {
  Feed,
  FeedAttendance,
  FeedBudget,
  FeedCall,
  FeedContact,
  FeedEvent,
  FeedEventStatus,
  FeedLocation,
  FeedProgramme,
} from './feed/schema.js';
export { parseFeedTime, resolveTiming } from './time/feed-time.js';
export type { FeedTime, Timing } from './time/feed-time.js';
export { formatTimeLeft, msUntilNextChange, timeLeft } from './time/countdown.js';
export type { TimeLeft } from './time/countdown.js';
