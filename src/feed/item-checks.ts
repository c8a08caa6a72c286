/** What makes an item contradict itself, though every field is valid: its times in the wrong order. */
import { endInstant, parseFeedTime, resolveTiming, startInstant } from '../time/feed-time.js';
import type { FeedCall, FeedEvent, FeedProgramme } from './schema.js';

/** The reason an item cannot be shown, or `undefined` when it can. */
export type ItemCheck<T> = (item: T, timeZone: string) => string | undefined;

export const checkEvent: ItemCheck<FeedEvent> = (event, timeZone) =>
  resolveTiming(event.start, event.end, event.timeZone ?? timeZone)
    ? undefined
    : `end '${event.end}' is before start '${event.start}'`;

export const checkCall: ItemCheck<FeedCall> = (call, timeZone) => {
  if (call.opens === undefined) return undefined;
  const zone = call.timeZone ?? timeZone;
  const opens = startInstant(parseFeedTime(call.opens)!, zone);
  const deadline = endInstant(parseFeedTime(call.deadline)!, zone);
  return opens > deadline ? `opens '${call.opens}' is after deadline '${call.deadline}'` : undefined;
};

export const checkProgramme: ItemCheck<FeedProgramme> = (programme) =>
  programme.start !== undefined && programme.end !== undefined && programme.end < programme.start
    ? `end '${programme.end}' is before start '${programme.start}'`
    : undefined;
