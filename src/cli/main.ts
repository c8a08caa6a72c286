#!/usr/bin/env node
/// <reference types="node" />
/**
 * `quartier-widgets validate <file-or-URL> [--json] [--now ISO]`: checks a feed with the
 * widgets' own reader. Exits 1 when anything would be skipped or the document is not a
 * feed, 2 on wrong usage or when the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { formatReport, validateFeedText } from './validate.js';

const USAGE = 'usage: quartier-widgets validate <file-or-URL> [--json] [--now 2017-03-01T09:00:00Z]';

async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${source} answered HTTP ${response.status}`);
    return response.text();
  }
  return readFile(source, 'utf8');
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const json = rest.includes('--json');
  const nowIndex = rest.indexOf('--now');
  const now = nowIndex >= 0 ? Date.parse(rest[nowIndex + 1] ?? '') : Date.now();
  const source = rest.find((arg, i) => !arg.startsWith('--') && (nowIndex < 0 || i !== nowIndex + 1));
  if (command !== 'validate' || !source || Number.isNaN(now)) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    console.error(`${source}: cannot be read: ${(error as Error).message}`);
    return 2;
  }
  const report = validateFeedText(text, source, now);
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  return !report.readable || report.skipped > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
