/** What makes an item contradict itself, though every field is valid: its times in the wrong order. */
import { endsBeforeStart } from '../time/feed-time.js';
import { callSchedule, scheduleProblem } from './call-deadlines.js';
import type { FeedCall, FeedEvent, FeedProgramme } from './schema.js';

/** The reason an item cannot be shown (with the field at fault, where one is), or `undefined` when it can. */
export type ItemCheck<T> = (item: T, timeZone: string) => string | { message: string; field: string } | undefined;

export const checkEvent: ItemCheck<FeedEvent> = (event, timeZone) =>
  endsBeforeStart(event.start, event.end, event.timeZone ?? timeZone)
    ? `end '${event.end}' is before start '${event.start}'`
    : undefined;

export const checkCall: ItemCheck<FeedCall> = (call, timeZone) => scheduleProblem(call, callSchedule(call, timeZone));

export const checkProgramme: ItemCheck<FeedProgramme> = (programme) =>
  programme.start !== undefined && programme.end !== undefined && programme.end < programme.start
    ? `end '${programme.end}' is before start '${programme.start}'`
    : undefined;
