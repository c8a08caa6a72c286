import type { FeedEvent } from './schema.js';

const FACT_FIELDS = ['price', 'accessibility', 'accessibilityNote', 'languages', 'audience', 'ageRange', 'image', 'previousStart', 'recurrence'];

/**
 * Whether an event carries facts beyond its title, time and place (registration state,
 * price, accessibility, languages, audience, image, a former date, a series): a widget
 * loads the module that shows them only for such events.
 */
export const hasEventFacts = (event: FeedEvent): boolean =>
  FACT_FIELDS.some((field) => field in event) || Object.keys(event.registration ?? {}).some((key) => key !== 'url');

/** Where to register: `registration.url`, else the older `registrationUrl`, which means the same. */
export const registrationLink = (event: FeedEvent): string | undefined => event.registration?.url ?? event.registrationUrl;
