/**
 * The feed check behind `npx quartier-widgets validate`: the same reader the widgets
 * use, plus warnings for what validates but will surprise a publisher.
 */
import { readFeedText } from '../feed/read-feed.js';
import type { FeedIssue } from '../feed/parse.js';
import type { Feed } from '../feed/schema.js';
import { callSchedule } from '../feed/call-deadlines.js';
import { callDeadlineWarnings, populationWarning } from './call-warnings.js';
import { parseFeedTime, startInstant } from '../time/feed-time.js';
import { MS_PER_DAY } from '../time/plain-date.js';
import { DEFAULT_TIME_ZONE } from '../time/zoned.js';
import { eventFactWarnings } from './event-fact-warnings.js';
import { calendarPartKey } from '../feed/alternates.js';

const LOCAL_BASE = 'https://feed.invalid/';
/** A feed not updated for longer than this is probably forgotten. */
const STALE_DAYS = 90;

export interface ValidationReport {
  readonly source: string;
  /** `false` when the document is not a feed at all. */
  readonly readable: boolean;
  /** Why the document is not a feed, when it is not. */
  readonly error?: string;
  readonly valid: { readonly events: number; readonly calls: number; readonly programmes: number };
  readonly skipped: number;
  /** Everything the reader skipped, dropped or warned about, then the publisher warnings. */
  readonly issues: readonly FeedIssue[];
}

/** Things that validate but that a publisher will want to know about. */
export function publisherWarnings(feed: Feed, rawTimeZone: unknown, now: number): FeedIssue[] {
  const warnings: FeedIssue[] = [];
  const warn = (path: string, message: string, extra: Partial<FeedIssue> = {}) =>
    warnings.push({ action: 'warning', path, message, ...extra });
  if (rawTimeZone === undefined) {
    warn('timeZone', `the feed names no time zone; times without an offset are read as ${DEFAULT_TIME_ZONE}`);
  }
  if (feed.updated) {
    const updated = startInstant(parseFeedTime(feed.updated)!, feed.timeZone);
    const days = Math.floor((now - updated) / MS_PER_DAY);
    if (days > STALE_DAYS) warn('updated', `the feed was last updated ${days} days ago`);
  }
  feed.events.forEach((event, index) => {
    const at = { list: 'events' as const, index, id: event.id };
    if (event.end === undefined && parseFeedTime(event.start)?.kind !== 'date') {
      warn(`events[${index}]`, 'the event has a start time but no end; it is shown as a point in time', at);
    }
    warnings.push(...eventFactWarnings(event, index));
  });
  feed.calls.forEach((call, index) => {
    const at = { list: 'calls' as const, index, id: call.id };
    const last = callSchedule(call, feed.timeZone).deadlines.at(-1);
    if (last && last.end < now) warn(`calls[${index}].deadline`, `the deadline ${last.value} has passed`, at);
    for (const message of callDeadlineWarnings(call)) warn(`calls[${index}]`, message, at);
  });
  const calendarParts = new Set<string>();
  feed.alternates?.forEach((alternate, index) => {
    if (alternate.type !== 'text/calendar') return;
    const part = calendarPartKey(alternate);
    if (calendarParts.has(part)) warn(`alternates[${index}]`, 'an earlier text/calendar alternate holds the same tags and programme; this one is never offered');
    calendarParts.add(part);
  });
  feed.programmes.forEach((programme, index) => {
    const message = populationWarning(programme);
    if (message) warn(`programmes[${index}].population`, message, { list: 'programmes', index, id: programme.id });
  });
  return warnings;
}

/** Checks a feed document's text. `now` decides what counts as past. */
export function validateFeedText(text: string, source: string, now: number): ValidationReport {
  // A local file's relative links are resolved against wherever it will be served; any http(s) base checks them.
  const result = readFeedText(text, /^https?:/.test(source) ? source : LOCAL_BASE);
  if (!result.ok) {
    return {
      source,
      readable: false,
      error: result.message,
      valid: { events: 0, calls: 0, programmes: 0 },
      skipped: 0,
      issues: [],
    };
  }
  const { feed } = result;
  let rawTimeZone: unknown;
  try {
    rawTimeZone = (JSON.parse(text.replace(/^\uFEFF/, '')) as { timeZone?: unknown }).timeZone ?? undefined;
  } catch {
    rawTimeZone = undefined;
  }
  return {
    source,
    readable: true,
    valid: { events: feed.events.length, calls: feed.calls.length, programmes: feed.programmes.length },
    skipped: result.issues.filter((issue) => issue.action === 'item-skipped').length,
    issues: [...result.issues, ...publisherWarnings(feed, rawTimeZone, now)],
  };
}

/** The report as a publisher reads it in a terminal. */
export function formatReport(report: ValidationReport): string {
  if (!report.readable) return `${report.source}: not a feed: ${report.error}`;
  const lines = report.issues.map((issue) => {
    const label = issue.action === 'item-skipped' ? 'skipped' : issue.action === 'field-dropped' ? 'dropped' : 'warning';
    return `  ${label.padEnd(8)} ${issue.path}${issue.id ? ` (id '${issue.id}')` : ''}: ${issue.message}`;
  });
  const { events, calls, programmes } = report.valid;
  const summary =
    `${report.source}: ${events} event(s), ${calls} call(s), ${programmes} programme(s) valid; ` +
    `${report.skipped} item(s) skipped`;
  return [summary, ...lines].join('\n');
}
