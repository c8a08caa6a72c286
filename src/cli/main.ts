#!/usr/bin/env node
/// <reference types="node" />
/**
 * The publisher's command line:
 * - `validate <file-or-URL>` checks a feed (JSON, or iCalendar read as the widgets read it)
 *   with the widgets' own reader. Exits 1 when anything would be skipped or the document
 *   is not a feed.
 * - `from-ics <file-or-URL>` prints a feed converted from an iCalendar file; the report
 *   goes to stderr. Exits 1 when the file is not iCalendar.
 * Both exit 2 on wrong usage or when the source cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { looksLikeICalendar } from '../feed/feed-text.js';
import { convertIcs, type FromIcsOptions } from './from-ics.js';
import { formatReport, validateFeedText, type ValidationReport } from './validate.js';

const USAGE = `usage:
  quartier-widgets validate <file-or-URL> [--json] [--now 2017-03-01T09:00:00Z]
  quartier-widgets from-ics <file-or-URL> [--tags a,b] [--programme ID] [--time-zone Europe/Berlin]
                            [--from 2017-01-01] [--until 2018-12-31] [--base https://www.example.org/]
                            [--now 2017-03-01T09:00:00Z]`;

const VALUE_OPTIONS = ['--now', '--tags', '--programme', '--time-zone', '--from', '--until', '--base'];
const FLAG_OPTIONS = ['--json'];

interface Arguments {
  readonly command?: string;
  readonly source?: string;
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

/** Splits the arguments; `undefined` when an option is unknown or lacks its value. */
function parseArguments(args: readonly string[]): Arguments | undefined {
  const [command, ...rest] = args;
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let source: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (VALUE_OPTIONS.includes(arg)) {
      const value = rest[++i];
      if (value === undefined) return undefined;
      values.set(arg, value);
    } else if (FLAG_OPTIONS.includes(arg)) {
      flags.add(arg);
    } else if (arg.startsWith('--') || source !== undefined) {
      return undefined;
    } else {
      source = arg;
    }
  }
  return { command, source, values, flags };
}

async function readSource(source: string): Promise<string> {
  if (/^(https?|webcals?):\/\//.test(source)) {
    const url = source.replace(/^webcals?:/, 'https:');
    const response = await fetch(url); // as the widgets ask, so both get the same answer
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

/** A date or date-time option as an instant; `NaN` when it is not one. */
const instant = (value: string | undefined, fallback?: number) => (value === undefined ? fallback : Date.parse(value));

async function main(args: readonly string[]): Promise<number> {
  const parsed = parseArguments(args);
  const now = instant(parsed?.values.get('--now'), Date.now())!;
  const from = instant(parsed?.values.get('--from'));
  const until = instant(parsed?.values.get('--until'));
  if (
    !parsed?.source ||
    (parsed.command !== 'validate' && parsed.command !== 'from-ics') ||
    [now, from, until].some((value) => Number.isNaN(value))
  ) {
    console.error(USAGE);
    return 2;
  }
  const { command, source, values, flags } = parsed;
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    console.error(`${source}: cannot be read: ${(error as Error).message}`);
    return 2;
  }
  const options: FromIcsOptions = {
    now,
    from,
    until,
    tags: values.get('--tags')?.split(',').map((tag) => tag.trim()).filter(Boolean),
    programmeId: values.get('--programme'),
    timeZone: values.get('--time-zone'),
    base: values.get('--base'),
  };

  if (command === 'from-ics') {
    const { feed, report } = convertIcs(text, source, options);
    console.error(formatReport(report));
    if (!feed) return 1;
    console.log(JSON.stringify(feed, null, 2));
    return 0;
  }
  const report: ValidationReport = looksLikeICalendar(text)
    ? convertIcs(text, source, options).report
    : validateFeedText(text, source, now);
  console.log(flags.has('--json') ? JSON.stringify(report, null, 2) : formatReport(report));
  return !report.readable || report.skipped > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
