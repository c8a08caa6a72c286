import type { Feed, FeedEvent } from '../feed/schema.js';
import { partName } from '../internal/part-name.js';

/**
 * Offers events as an `.ics` file to save. The writer is loaded when first needed:
 * most visitors never download.
 */
export async function downloadIcs(events: readonly FeedEvent[], feed: Feed, source: string, name: string) {
  const { writeIcs } = await import('./write-ics.js');
  const text = writeIcs(events, feed, { now: Date.now(), source, name });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${partName(name) || 'termine'}.ics`;
  link.click();
  // The browser reads the blob after the click returns; a minute is ample before it is freed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
