/**
 * What both entries export: the npm module (`index.ts`) and the script-tag bundle
 * (`script-tag.ts`): the elements' classes, their events, the feed loader's settings and the
 * shared clock. Importing this module registers nothing.
 */
export { QwEventCard } from './components/event-card/event-card.component.js';
export { QwDeadlineCountdown } from './components/deadline-countdown/deadline-countdown.component.js';
export { QwProgrammeSummary } from './components/programme-summary/programme-summary.component.js';
export { QwCalendar } from './components/calendar/calendar.component.js';
export { QwEventList } from './components/event-list/event-list.component.js';
export { QwDateSelectEvent, QwEventSelectEvent, QwMonthChangeEvent } from './events/calendar-events.js';
export type { DateSelectDetail, EventSelectDetail, MonthChangeDetail } from './events/calendar-events.js';
export { QwDeadlineReachedEvent, QwFeedErrorEvent, QwFeedLoadEvent } from './events/feed-events.js';
export type { DeadlineReachedDetail, FeedErrorDetail, FeedLoadDetail } from './events/feed-events.js';
export type { FeedError, FeedErrorKind } from './feed/errors.js';
export type { FeedIssue, FeedList, FeedReadResult } from './feed/parse.js';
export { feedSettings, feedSource, refreshFeed } from './feed/store.js';
export type { FeedSnapshot } from './feed/store.js';
export { DEFAULT_TIME_ZONE, FEED_VERSION } from './feed/feed-values.js';
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
export type { FeedTime, Timing } from './time/feed-time.js';
export type { TimeLeft } from './time/countdown.js';
export type { CallTiming, DeadlineState, ProgrammeState } from './feed/select.js';
export { SharedClock, sharedClock } from './time/clock.js';
export type { TimeSource } from './time/clock.js';
export type { PlainMonth } from './time/calendar-month.js';
export type { MonthLayout, PlacedEvent, Segment, WeekLayout } from './components/calendar/month-layout.js';
