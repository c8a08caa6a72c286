/**
 * Warnings about an event's facts that each validate alone but together will surprise a
 * publisher (more places left than there are, an age range upside down, an image that
 * makes the page jump when it loads).
 */
import type { FeedIssue } from '../feed/parse.js';
import type { FeedEvent } from '../feed/schema.js';

export function eventFactWarnings(event: FeedEvent, index: number): FeedIssue[] {
  const warnings: FeedIssue[] = [];
  const warn = (field: string, message: string) =>
    warnings.push({ action: 'warning', path: `events[${index}].${field}`, list: 'events', index, id: event.id, message });
  const { registration, price, ageRange, image } = event;
  if (registration?.capacity !== undefined && registration.remaining !== undefined && registration.remaining > registration.capacity) {
    warn('registration.remaining', `${registration.remaining} places remain of a capacity of ${registration.capacity}`);
  }
  if (registration?.status === 'full' && registration.remaining) {
    warn('registration.status', `the event is marked full but ${registration.remaining} places remain`);
  }
  if (event.registrationUrl && registration?.url && registration.url !== event.registrationUrl) {
    warn('registrationUrl', 'registrationUrl and registration.url differ; registration.url is shown');
  }
  if (price?.amount !== undefined && !price.currency) warn('price.currency', 'the price has an amount but no currency; write e.g. EUR');
  if (price?.free && price.amount) warn('price.free', `the event is marked free but costs ${price.amount}`);
  if (ageRange?.min !== undefined && ageRange.max !== undefined && ageRange.min > ageRange.max) {
    warn('ageRange', `the youngest age ${ageRange.min} is above the oldest ${ageRange.max}`);
  }
  if (image && (image.width === undefined || image.height === undefined)) {
    warn('image', 'the image has no width and height; the page moves when it loads');
  }
  if (event.previousStart && event.status !== 'rescheduled') {
    warn('previousStart', 'previousStart is shown only for status rescheduled');
  }
  if (event.accessibilityNote && !event.accessibility?.length) {
    warn('accessibilityNote', 'there is a note on accessibility but no accessibility features');
  }
  return warnings;
}
