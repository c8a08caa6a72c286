/**
 * `npx quartier-widgets from-ics`: an iCalendar file turned into a feed v1 document,
 * checked with the widgets' own reader, so what it prints is what the widgets show.
 */
import { readFeed } from '../feed/read-feed.js';
import { FEED_SCHEMA_URL, type Feed } from '../feed/schema.js';
import { readICalendar } from '../ics/ics-feed.js';
import { recurrenceWindow } from '../ics/window.js';
import { publisherWarnings, type ValidationReport } from './validate.js';


export interface FromIcsOptions {
  /** Today, for the window of recurrences and for the warnings. */
  readonly now: number;
  readonly from?: number;
  readonly until?: number;
  readonly tags?: readonly string[];
  readonly programmeId?: string;
  readonly timeZone?: string;
  /** The site that relative links in the file belong to; a URL source is its own. */
  readonly base?: string;
}

export interface Conversion {
  /** The feed, with `$schema` first; absent when the file is not iCalendar. */
  readonly feed?: Feed & { $schema: string };
  readonly report: ValidationReport;
}

export function convertIcs(text: string, source: string, options: FromIcsOptions): Conversion {
  const window = recurrenceWindow(options.now);
  const base = options.base ?? (/^https?:/.test(source) ? source : undefined);
  const read = readICalendar(
    text,
    base,
    {
      from: options.from ?? window.from,
      until: options.until ?? window.until,
      tags: options.tags,
      programmeId: options.programmeId,
      timeZone: options.timeZone,
    },
    readFeed,
  );
  if (!read.ok) {
    const empty = { events: 0, calls: 0, programmes: 0 };
    return { report: { source, readable: false, error: read.message, valid: empty, skipped: 0, issues: [] } };
  }
  const issues = read.issues.map((issue) =>
    // A relative link cannot be resolved without knowing the site it belongs to.
    !base && issue.action === 'field-dropped' && /^'(?![a-z][\w+.-]*:)/i.test(issue.message)
      ? { ...issue, message: `${issue.message}; for a relative link, name the site with --base https://…` }
      : issue,
  );
  const { calls, programmes, ...rest } = read.feed;
  return {
    feed: { $schema: FEED_SCHEMA_URL, ...rest, calls, programmes },
    report: {
      source,
      readable: true,
      valid: { events: read.feed.events.length, calls: calls.length, programmes: programmes.length },
      skipped: issues.filter((issue) => issue.action === 'item-skipped').length,
      issues: [...issues, ...publisherWarnings(read.feed, read.feed.timeZone, options.now)],
    },
  };
}
