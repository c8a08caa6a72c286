/**
 * The feed reader in one call, messages included, for applications and the command line.
 * The widgets read with `readFeedInSlices` instead, which loads the schema's messages
 * only for a feed that needs them.
 */
import { explainValue } from './explain.js';
import { parseFeedText } from './feed-text.js';
import { explainIssuesWith, readFeedUnexplained, type FeedReadResult } from './parse.js';

/** Reads a parsed JSON value as a feed. `baseUrl` is the feed's own URL, for relative links. */
export function readFeed(json: unknown, baseUrl?: string): FeedReadResult {
  const result = readFeedUnexplained(json, baseUrl);
  if (result.ok) explainIssuesWith(result.issues, explainValue);
  return result;
}

/** Reads a response body: a UTF-8 BOM is fine, anything but JSON is one clear error. */
export function readFeedText(text: string, baseUrl?: string): FeedReadResult {
  const parsed = parseFeedText(text);
  return parsed.ok ? readFeed(parsed.json, baseUrl) : parsed;
}
