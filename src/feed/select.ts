import { timeLeft } from '../time/countdown.js';
import { resolveTiming, type Timing } from '../time/feed-time.js';
import { formatIsoDate } from '../time/plain-date.js';
import { dateAt } from '../time/zoned.js';
import { matchesFilter, type ItemFilter } from './filter.js';
import { callMoment, callSchedule } from './call-deadlines.js';
import type { Feed, FeedCall, FeedDeadlineType, FeedEvent, FeedLocation, FeedProgramme } from './schema.js';

/** The timing of an event in its own zone, else the feed's. Events in a read feed always resolve. */
export function eventTiming(event: FeedEvent, feed: Feed): Timing {
  return resolveTiming(event.start, event.end, event.timeZone ?? feed.timeZone)!;
}

/** Where an event takes place, as the parts an address is written in: venue, street, "44135 Dortmund". */
export function placeParts(location: FeedLocation | undefined): string[] {
  return [location?.name, location?.address, [location?.postalCode, location?.city].filter(Boolean).join(' ')].filter(
    (part): part is string => Boolean(part),
  );
}

/**
 * The event to show when none is named: the earliest one not yet over at `now`
 * (a running event still counts), skipping cancelled ones.
 */
export function nextEvent(feed: Feed, now: number, filter: ItemFilter = {}): FeedEvent | undefined {
  let best: { event: FeedEvent; start: number } | undefined;
  for (const event of feed.events) {
    if (event.status === 'cancelled' || !matchesFilter(event, filter)) continue;
    const timing = eventTiming(event, feed);
    if (timing.end < now) continue;
    if (!best || timing.start < best.start) best = { event, start: timing.start };
  }
  return best?.event;
}

/**
 * A call's dates at one moment, as instants: a date-only `opens` starts that day, a date-only
 * deadline ends it. For stages and rounds, the stage or round that counts at that moment.
 */
export interface CallTiming {
  readonly opens: number | undefined;
  /** The deadline that counts; `undefined` for a rolling call or one open until funds run out without a date. */
  readonly deadline: number | undefined;
  readonly timeZone: string;
  readonly type: FeedDeadlineType;
}

/**
 * The timing of a call in its own zone, else the feed's, at `now`: the first deadline not yet
 * passed (the last once all have). Without `now`, the call's first deadline.
 */
export function callTiming(call: FeedCall, feed: Feed, now = Number.NEGATIVE_INFINITY): CallTiming {
  const schedule = callSchedule(call, feed.timeZone);
  const moment = callMoment(schedule, now);
  return { opens: moment.opens, deadline: moment.deadline?.end, timeZone: schedule.timeZone, type: schedule.type };
}

/**
 * `upcoming`: not open yet; `soon`: open with fewer than the threshold's calendar days left;
 * `rolling`: open with no deadline (applications any time).
 */
export type DeadlineState = 'upcoming' | 'open' | 'soon' | 'expired' | 'rolling';

export const DEFAULT_SOON_DAYS = 7;

export function deadlineState(timing: CallTiming, now: number, soonDays = DEFAULT_SOON_DAYS): DeadlineState {
  if (timing.opens !== undefined && now < timing.opens) return 'upcoming';
  // Until funds run out without a date: open, with nothing to count.
  if (timing.deadline === undefined) return timing.type === 'rolling' ? 'rolling' : 'open';
  const left = timeLeft(now, timing.deadline, timing.timeZone);
  if (!left) return 'expired';
  return left.days < soonDays ? 'soon' : 'open';
}

/**
 * The call to count down to when none is named: the open call whose next deadline comes
 * first, then open calls without a deadline (rolling, or until funds run out), else the
 * call that opens next. Expired calls never qualify.
 */
export function nextCall(feed: Feed, now: number, filter: ItemFilter = {}): FeedCall | undefined {
  let best: { call: FeedCall; rank: number; date: number } | undefined;
  for (const call of feed.calls) {
    if (!matchesFilter(call, filter)) continue;
    const timing = callTiming(call, feed, now);
    const deadline = timing.deadline ?? Number.POSITIVE_INFINITY;
    if (deadline < now) continue;
    const open = timing.opens === undefined || timing.opens <= now;
    // Open with a date first, then open without one, then not open yet (by when it opens).
    const rank = open ? (timing.deadline === undefined ? 1 : 0) : 2;
    const date = open ? deadline : timing.opens!;
    if (!best || rank < best.rank || (rank === best.rank && date < best.date)) best = { call, rank, date };
  }
  return best?.call;
}

/** Where a programme stands on a day: before its first day, within its dates, after its last day. */
export type ProgrammeState = 'upcoming' | 'running' | 'ended';

/** The programme's state at `now`, in the feed's zone; `undefined` when it gives no dates. */
export function programmeState(programme: FeedProgramme, feed: Feed, now: number): ProgrammeState | undefined {
  if (!programme.start && !programme.end) return undefined;
  const today = formatIsoDate(dateAt(now, feed.timeZone));
  // Programme dates are plain dates (YYYY-MM-DD), so they compare as strings.
  if (programme.start && today < programme.start) return 'upcoming';
  if (programme.end && today > programme.end) return 'ended';
  return 'running';
}
