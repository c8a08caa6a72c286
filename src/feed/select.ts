import { timeLeft } from '../time/countdown.js';
import { endInstant, parseFeedTime, resolveTiming, startInstant, type Timing } from '../time/feed-time.js';
import { formatIsoDate } from '../time/plain-date.js';
import { dateAt } from '../time/zoned.js';
import { matchesFilter, type ItemFilter } from './filter.js';
import type { Feed, FeedCall, FeedEvent, FeedLocation, FeedProgramme } from './schema.js';

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

/** A call's dates as instants: a date-only `opens` starts that day, a date-only `deadline` ends it. */
export interface CallTiming {
  readonly opens: number | undefined;
  readonly deadline: number;
  readonly timeZone: string;
}

/** The timing of a call in its own zone, else the feed's. Calls in a read feed always resolve. */
export function callTiming(call: FeedCall, feed: Feed): CallTiming {
  const timeZone = call.timeZone ?? feed.timeZone;
  const opens = call.opens === undefined ? undefined : parseFeedTime(call.opens);
  return {
    opens: opens && startInstant(opens, timeZone),
    deadline: endInstant(parseFeedTime(call.deadline)!, timeZone),
    timeZone,
  };
}

/** `upcoming`: not open yet; `soon`: open with fewer than the threshold's calendar days left. */
export type DeadlineState = 'upcoming' | 'open' | 'soon' | 'expired';

export const DEFAULT_SOON_DAYS = 7;

export function deadlineState(timing: CallTiming, now: number, soonDays = DEFAULT_SOON_DAYS): DeadlineState {
  if (timing.opens !== undefined && now < timing.opens) return 'upcoming';
  const left = timeLeft(now, timing.deadline, timing.timeZone);
  if (!left) return 'expired';
  return left.days < soonDays ? 'soon' : 'open';
}

/**
 * The call to count down to when none is named: the open call whose deadline comes
 * first, else the call that opens next. Expired calls never qualify.
 */
export function nextCall(feed: Feed, now: number, filter: ItemFilter = {}): FeedCall | undefined {
  let best: { call: FeedCall; open: boolean; deadline: number } | undefined;
  for (const call of feed.calls) {
    if (!matchesFilter(call, filter)) continue;
    const timing = callTiming(call, feed);
    if (timing.deadline < now) continue;
    const open = timing.opens === undefined || timing.opens <= now;
    if (!best || (open && !best.open) || (open === best.open && timing.deadline < best.deadline)) {
      best = { call, open, deadline: timing.deadline };
    }
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
