/** A response body before it is read as a feed: iCalendar or JSON, and JSON parsed. */
import type { FeedReadResult } from './parse.js';

/** Whether a document is iCalendar (its first line), not JSON. */
export const looksLikeICalendar = (text: string) => /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text);

/** A response body as JSON, or the reason it is none. */
export function parseFeedText(text: string): { ok: true; json: unknown } | Extract<FeedReadResult, { ok: false }> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const looksLikeHtml = /^\s*</.test(body);
    return {
      ok: false,
      kind: 'not-json',
      message: looksLikeHtml
        ? 'the address returned an HTML page, not a JSON feed (a wrong address or an error page?)'
        : 'the response is not valid JSON',
    };
  }
  return { ok: true, json };
}
