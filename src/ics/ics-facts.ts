/**
 * An event's facts for calendar apps, which show a description and categories but know no
 * price or access: "Preis: Kostenlos", "Barrierefreiheit: Stufenloser Zugang, …" as lines of
 * the description, and "Kostenlos", each access feature and each language as categories.
 */
import { factLines, languageNames, type FactContext } from '../components/event-card/event-facts.js';
import { registrationLink } from '../feed/event-facts.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import { factMessages } from '../i18n/event-facts/index.js';

const contextFor = (event: FeedEvent, feed: Feed, locale: string, now: number): FactContext => ({
  locale,
  messages: factMessages(locale),
  timeZone: event.timeZone ?? feed.timeZone,
  now,
});

/** The description's fact lines ("Anmeldung: …"), with the registration address; empty without facts. */
export function factDescription(event: FeedEvent, feed: Feed, locale: string, now: number): string {
  const context = contextFor(event, feed, locale, now);
  const lines = factLines(event, context);
  const link = registrationLink(event);
  if (link && (event.registration || lines.length)) {
    const label = context.messages.registrationLabel;
    const at = lines.findIndex(([name]) => name === label);
    if (at >= 0) lines[at] = [label, `${lines[at]![1]} – ${link}`];
    else lines.unshift([label, link]);
  }
  return lines.map(([label, text]) => `${label}: ${text}`).join('\n');
}

/** Categories for the facts a visitor filters by: free, each access feature, each language. */
export function factCategories(event: FeedEvent, feed: Feed, locale: string, now: number): string[] {
  const context = contextFor(event, feed, locale, now);
  const { messages } = context;
  const categories: string[] = [];
  if (event.price?.free || event.price?.amount === 0) categories.push(messages.free);
  for (const feature of event.accessibility ?? []) categories.push(messages.accessibility[feature]);
  for (const tag of event.languages ?? []) categories.push(languageNames([tag], context)!);
  return categories;
}
