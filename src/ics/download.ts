import type { Feed, FeedEvent } from '../feed/schema.js';
import { partName } from '../internal/part-name.js';
import { saveIcsFile } from './save-file.js';

/**
 * Offers events as an `.ics` file to save. The writer is loaded when first needed:
 * most visitors never download.
 */
export async function downloadIcs(events: readonly FeedEvent[], feed: Feed, source: string, name: string, locale?: string) {
  const { writeIcs } = await import('./write-ics.js');
  const text = writeIcs(events, feed, { now: Date.now(), source, name, locale });
  saveIcsFile(text, `${partName(name) || 'termine'}.ics`);
}
