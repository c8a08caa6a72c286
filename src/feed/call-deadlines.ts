/**
 * The deadlines of a funding call as instants: one fixed deadline, none (rolling), a latest
 * date (until funds run out), a deadline per stage, or a deadline per round. Every date
 * follows the deadline semantics: a date-only deadline ends at the end of that day in the
 * call's zone, a date-only `opens` starts that day.
 */
import { endInstant, parseFeedTime, startInstant, type FeedTime } from '../time/feed-time.js';
import type { FeedCall, FeedDeadlineType } from './schema.js';

/** One date by which applications must be in. */
export interface CallDeadline {
  /** The date as the feed writes it. */
  readonly value: string;
  readonly time: FeedTime;
  /** The last instant applications are accepted. */
  readonly end: number;
  /** For a stage: its title and description, and when it opens (if the feed says). */
  readonly stage?: { readonly title: string; readonly description?: string };
  /** When this stage opens, as the feed writes it and as an instant. */
  readonly opensValue?: string;
  readonly opens?: number;
}

export interface CallSchedule {
  readonly type: FeedDeadlineType;
  /** `stages`: one deadline per stage, in order; `rounds`: a recurring call; `single`: one deadline or none. */
  readonly kind: 'single' | 'stages' | 'rounds';
  readonly timeZone: string;
  /** When the call opens, as the feed writes it and as an instant. */
  readonly opensValue: string | undefined;
  readonly opens: number | undefined;
  /** The deadlines in time order; empty for a rolling call or one open until funds run out without a date. */
  readonly deadlines: readonly CallDeadline[];
}

function deadlineOf(value: string, timeZone: string): CallDeadline {
  const time = parseFeedTime(value)!;
  return { value, time, end: endInstant(time, timeZone) };
}

/** Reads a call's deadlines; its dates are already valid (a read feed's are). */
export function callSchedule(call: FeedCall, feedTimeZone: string): CallSchedule {
  const timeZone = call.timeZone ?? feedTimeZone;
  const type = call.deadlineType ?? 'fixed';
  const opens = call.opens === undefined ? undefined : startInstant(parseFeedTime(call.opens)!, timeZone);
  const base = { type, timeZone, opensValue: call.opens, opens };
  if (type === 'rolling') return { ...base, kind: 'single', deadlines: [] };
  if (call.stages?.length) {
    const deadlines = call.stages.map((stage) => ({
      ...deadlineOf(stage.deadline, timeZone),
      stage: { title: stage.title, ...(stage.description && { description: stage.description }) },
      ...(stage.opens && { opensValue: stage.opens, opens: startInstant(parseFeedTime(stage.opens)!, timeZone) }),
    }));
    return { ...base, kind: 'stages', deadlines };
  }
  if (call.rounds?.length) {
    // `deadline`, when given too, is one of the rounds (often the next one, for older readers).
    const values = [...call.rounds, ...(call.deadline ? [call.deadline] : [])];
    const byEnd = new Map(values.map((value) => deadlineOf(value, timeZone)).map((d) => [d.end, d] as const));
    return { ...base, kind: 'rounds', deadlines: [...byEnd.values()].sort((a, b) => a.end - b.end) };
  }
  return { ...base, kind: 'single', deadlines: call.deadline ? [deadlineOf(call.deadline, timeZone)] : [] };
}

/** Where a call stands at one moment. */
export interface CallMoment {
  /** The deadline that counts now: the first not yet passed, else the last one; `undefined` when the call has none. */
  readonly deadline: CallDeadline | undefined;
  /** Its place among the call's deadlines (0-based); the number of deadlines once all have passed. */
  readonly index: number;
  /** When the current stage (or the call) opens, as an instant and as the feed writes it. */
  readonly opens: number | undefined;
  readonly opensValue: string | undefined;
  /** The deadline after the current one, if any (the next stage or round). */
  readonly following: CallDeadline | undefined;
}

/** The deadline that counts at `now`, and what follows it. */
export function callMoment(schedule: CallSchedule, now: number): CallMoment {
  const { deadlines } = schedule;
  const found = deadlines.findIndex((deadline) => deadline.end >= now);
  const index = found < 0 ? deadlines.length : found;
  const deadline = deadlines[index] ?? deadlines.at(-1);
  // A later stage without its own opening opens when the stage before it closes.
  const own = deadline?.opens !== undefined || (index > 0 && schedule.kind === 'stages');
  const opens = own ? deadline?.opens : schedule.opens;
  const opensValue = own ? deadline?.opensValue : schedule.opensValue;
  return { deadline, index, opens, opensValue, following: deadlines[index + 1] };
}

/** The last deadline of a call (its last stage's or round's), `undefined` when it has none. */
export const finalDeadline = (schedule: CallSchedule): number | undefined => schedule.deadlines.at(-1)?.end;

/**
 * Why the call's dates cannot stand, or `undefined`: a fixed call without a deadline, stages
 * out of order, or an opening after a deadline. `field` names the date at fault.
 */
export function scheduleProblem(call: FeedCall, schedule: CallSchedule): { message: string; field: string } | undefined {
  if (schedule.type === 'fixed' && schedule.deadlines.length === 0) {
    return {
      message: 'is missing; give one, give stages or rounds, or set deadlineType to "rolling"',
      field: 'deadline',
    };
  }
  const first = schedule.deadlines[0];
  if (schedule.opens !== undefined && first && schedule.opens > first.end) {
    return { message: `'${call.opens}' is after deadline '${first.value}'`, field: 'opens' };
  }
  for (const [index, deadline] of schedule.deadlines.entries()) {
    const field = `stages[${index}]`;
    if (deadline.opens !== undefined && deadline.opens > deadline.end) {
      return { message: `'${deadline.opensValue}' is after its deadline '${deadline.value}'`, field: `${field}.opens` };
    }
    const before = schedule.deadlines[index - 1];
    if (schedule.kind === 'stages' && before && before.end > deadline.end) {
      return { message: `'${deadline.value}' is before the previous stage's deadline '${before.value}'`, field: `${field}.deadline` };
    }
  }
  return undefined;
}
