import { callMoment, callSchedule, type CallDeadline, type CallMoment, type CallSchedule } from '../../feed/call-deadlines.js';
import type { Feed, FeedCall } from '../../feed/schema.js';
import { deadlineState, type CallTiming, type DeadlineState } from '../../feed/select.js';
import { msUntilNextChange, timeLeft, type TimeLeft } from '../../time/countdown.js';

/** What a countdown shows for one call at one moment. */
export interface CountdownView {
  readonly call: FeedCall;
  readonly schedule: CallSchedule;
  readonly moment: CallMoment;
  readonly timing: CallTiming;
  readonly state: DeadlineState;
  /** Time left until the current deadline; `undefined` once it has passed or when there is none. */
  readonly left: TimeLeft | undefined;
}

export function countdownView(call: FeedCall, feed: Feed, now: number, soonDays: number): CountdownView {
  const schedule = callSchedule(call, feed.timeZone);
  const moment = callMoment(schedule, now);
  const timing: CallTiming = { opens: moment.opens, deadline: moment.deadline?.end, timeZone: schedule.timeZone, type: schedule.type };
  return {
    call,
    schedule,
    moment,
    timing,
    state: deadlineState(timing, now, soonDays),
    left: timing.deadline === undefined ? undefined : timeLeft(now, timing.deadline, timing.timeZone),
  };
}

/** How long until the shown text changes: the next tick of the count, or the opening; `undefined`: never. */
export function msUntilViewChanges({ timing, state, left }: CountdownView, now: number): number | undefined {
  if (state === 'upcoming') return timing.opens! - now;
  if (state === 'expired' || timing.deadline === undefined) return undefined;
  return left ? msUntilNextChange(left) : 0;
}

/**
 * The deadlines that passed between two views of a countdown: each stage's or round's
 * whose end lies before `now`, from the one the earlier view counted towards on. None when
 * the earlier view had already expired or showed another call that is still open.
 */
export function passedDeadlines(previous: CountdownView, now: number): CallDeadline[] {
  if (previous.state === 'expired') return [];
  return previous.schedule.deadlines.slice(previous.moment.index).filter((deadline) => deadline.end < now);
}

/** The dates still ahead (for the calendar): the current deadline and every later one. */
export const futureDeadlines = (view: CountdownView, now: number): CallDeadline[] =>
  view.schedule.deadlines.filter((deadline) => deadline.end >= now);
