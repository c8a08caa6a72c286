/** Classes, types and plain functions; importing this module registers nothing. */
export * from './exports.js';
// The reader in one call with zod's messages; the script-tag bundle leaves it out, since its
// widgets load the schema only for a feed with a wrong value.
export { readFeed, readFeedText } from './feed/read-feed.js';
// Plain functions for applications (times, countdowns, which call or event is next, money,
// months and a month's layout). The script tag's widgets use them inside; it does not export them.
export { parseFeedTime, resolveTiming } from './time/feed-time.js';
export { formatTimeLeft, msUntilNextChange, timeLeft } from './time/countdown.js';
export { callTiming, deadlineState, nextCall, nextEvent, programmeState } from './feed/select.js';
export { formatMoney } from './i18n/money.js';
export { firstDayOfWeek, isoWeek, monthWeeks, parseMonth } from './time/calendar-month.js';
export { layoutMonth, placeEvent } from './components/calendar/month-layout.js';
