/**
 * schema.org `Event` markup of a card's event, for the publisher's own event page (the
 * card's opt-in `structured-data`; partner pages would duplicate it). Built as data,
 * serialised with `JSON.stringify` and `<` escaped, so no feed text can end the script.
 * Loaded on demand: the script tag pays only for the attribute.
 */
import { registrationLink } from '../../feed/event-facts.js';
import type { Feed, FeedContact, FeedEvent, FeedLocation } from '../../feed/schema.js';
import { eventTiming } from '../../feed/select.js';
import { resolveTiming, type Timing } from '../../time/feed-time.js';
import { formatIsoDate, pad } from '../../time/plain-date.js';
import { zoneOffset } from '../../time/zoned.js';
import { registrationState } from './event-facts.js';

type JsonLd = { [key: string]: unknown };

const SCHEMA = 'https://schema.org/';
const EVENT_STATUS = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed', rescheduled: 'EventRescheduled' };
const ATTENDANCE_MODE = { offline: 'OfflineEventAttendanceMode', online: 'OnlineEventAttendanceMode', mixed: 'MixedEventAttendanceMode' };

/** An instant as ISO 8601 with the zone's offset at it: "2017-03-14T09:30:00+01:00". */
export function isoWithOffset(epochMs: number, timeZone: string): string {
  const offset = zoneOffset(epochMs, timeZone);
  const wall = new Date(epochMs + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A date-only start as its date, a timed one with its offset. */
const startText = (timing: Timing) => (timing.allDay ? formatIsoDate(timing.startDate) : isoWithOffset(timing.start, timing.timeZone));
const endText = (timing: Timing) =>
  !timing.hasEnd ? undefined : timing.allDay ? formatIsoDate(timing.endDate) : isoWithOffset(timing.end, timing.timeZone);

function location(event: FeedEvent): JsonLd | JsonLd[] | undefined {
  const where: FeedLocation | undefined = event.location;
  const attendance = event.attendance ?? 'offline';
  const hasPlace = !!(where?.name || where?.address || where?.postalCode || where?.city);
  const place = hasPlace
    ? {
        '@type': 'Place',
        name: where?.name,
        address: { '@type': 'PostalAddress', streetAddress: where?.address, postalCode: where?.postalCode, addressLocality: where?.city, addressRegion: where?.region },
      }
    : undefined;
  const online = attendance !== 'offline' && where?.url ? { '@type': 'VirtualLocation', url: where.url } : undefined;
  return place && online ? [place, online] : (place ?? online);
}

const organizer = (contact: FeedContact | undefined): JsonLd | undefined =>
  contact && { '@type': 'Organization', name: contact.name, url: contact.url, email: contact.email, telephone: contact.phone };

function offers(event: FeedEvent, timeZone: string, now: number): JsonLd | undefined {
  const { price } = event;
  const url = registrationLink(event);
  const state = registrationState(event.registration, timeZone, now);
  if (!price && !url && !state) return undefined;
  const free = price?.free || price?.amount === 0;
  const deadline = event.registration?.deadline ? resolveTiming(event.registration.deadline, undefined, timeZone) : undefined;
  return {
    '@type': 'Offer',
    url,
    price: free ? 0 : price?.amount,
    priceCurrency: price?.currency,
    description: price?.note,
    availability: state?.kind === 'full' ? `${SCHEMA}SoldOut` : state?.kind === 'open' ? `${SCHEMA}InStock` : undefined,
    // A date-only deadline lasts to the end of that day.
    validThrough: deadline && (deadline.allDay ? isoWithOffset(deadline.end, timeZone) : isoWithOffset(deadline.start, timeZone)),
  };
}

function audience(event: FeedEvent): JsonLd | undefined {
  const { min, max } = event.ageRange ?? {};
  if (!event.audience?.length && min === undefined && max === undefined) return undefined;
  return { '@type': 'PeopleAudience', audienceType: event.audience?.join(', '), suggestedMinAge: min, suggestedMaxAge: max };
}

/** The event as a schema.org `Event`; fields the feed leaves out are left out (JSON drops `undefined`). */
export function eventJsonLd(event: FeedEvent, feed: Feed, now: number): JsonLd {
  const timing = eventTiming(event, feed);
  const previous = event.status === 'rescheduled' && event.previousStart ? resolveTiming(event.previousStart, undefined, timing.timeZone) : undefined;
  const free = event.price?.free || event.price?.amount === 0;
  const { image, languages } = event;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description,
    url: event.url,
    startDate: startText(timing),
    endDate: endText(timing),
    previousStartDate: previous && startText(previous),
    eventStatus: `${SCHEMA}${EVENT_STATUS[event.status ?? 'scheduled']}`,
    eventAttendanceMode: `${SCHEMA}${ATTENDANCE_MODE[event.attendance ?? 'offline']}`,
    location: location(event),
    organizer: organizer(event.organizer),
    offers: offers(event, timing.timeZone, now),
    isAccessibleForFree: event.price ? free : undefined,
    maximumAttendeeCapacity: event.registration?.capacity,
    remainingAttendeeCapacity: event.registration?.remaining,
    inLanguage: languages?.length === 1 ? languages[0] : languages,
    audience: audience(event),
    image: image && { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height, caption: image.alt || undefined },
    keywords: event.tags?.join(', '),
  };
}

/** The markup as the text of a `<script type="application/ld+json">`, `<` escaped so nothing can close it. */
export const jsonLdText = (data: JsonLd): string => JSON.stringify(data).replace(/</g, '\\u003c');

interface ScriptPolicy {
  createScript(text: string): string;
}
let policy: ScriptPolicy | null | undefined;

/**
 * A Trusted Types policy for the markup's text, so a page that requires Trusted Types for
 * scripts accepts it; `null` when the page's `trusted-types` list does not name it.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  try {
    // Only ever given jsonLdText's output, which is data, never code.
    policy = factory ? factory.createPolicy('qw-json-ld', { createScript: (text) => text }) : { createScript: (text) => text };
  } catch {
    policy = null;
  }
  return policy;
}

/**
 * Writes (or with `text` undefined, removes) the markup as a `<script type="application/ld+json">`
 * child of the card: in the page's own DOM, where search engines read it, and not drawn, as
 * the card has no slot. False when the page's Trusted Types policy list refuses `qw-json-ld`.
 */
export function writeJsonLd(host: HTMLElement, text: string | undefined): boolean {
  const script = host.querySelector<HTMLScriptElement>(':scope > script[data-qw-json-ld]');
  if (text === undefined) {
    script?.remove();
    return true;
  }
  const trusted = scriptPolicy();
  if (!trusted) return false;
  if (script?.text === text) return true;
  const fresh = document.createElement('script');
  fresh.type = 'application/ld+json';
  fresh.dataset.qwJsonLd = '';
  // The text goes in before the element enters the page, which then reads it once.
  fresh.text = trusted.createScript(text);
  if (script) script.replaceWith(fresh);
  else host.append(fresh);
  return true;
}
