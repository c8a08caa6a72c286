import type { FeedAccessibility, FeedRegistrationStatus } from '../../feed/schema.js';
import type { PluralForms } from '../messages.js';

/**
 * The words of an event's facts (registration, price, accessibility, languages, audience,
 * series). They travel with the on-demand facts module, all languages together, so the
 * script tag carries none of them; dates, numbers, currencies and language names come
 * from `Intl`.
 */
export interface FactMessages {
  /** The registration badge: "Anmeldung erforderlich", with a deadline "… bis 10. März". */
  readonly registrationRequired: string;
  readonly registrationRequiredUntil: (date: string) => string;
  /** Registration possible (not required) until a date. */
  readonly registrationUntil: (date: string) => string;
  /** "noch 5 Plätze". */
  readonly placesLeft: PluralForms;
  /** Badges of a stated or derived status; `open` shows the deadline and places instead. */
  readonly registrationStatus: Readonly<Record<Exclude<FeedRegistrationStatus, 'open'>, string>>;
  readonly registrationLabel: string;
  readonly free: string;
  readonly priceLabel: string;
  readonly accessibilityLabel: string;
  readonly accessibility: Readonly<Record<FeedAccessibility, string>>;
  /** The compact word for a step-free event ("barrierefrei"), where there is room for two or three facts. */
  readonly stepFreeShort: string;
  readonly languagesLabel: string;
  /** Names of languages `Intl.DisplayNames` does not know, by lower-case tag (sign languages). */
  readonly languageNames: Readonly<Record<string, string>>;
  readonly audienceLabel: string;
  /** An age range in years; one end may be open. */
  readonly ages: (min: number | undefined, max: number | undefined) => string;
  /** A rescheduled event: "Verschoben vom 12. März auf den 19. März". */
  readonly movedFrom: (from: string, to: string) => string;
  /** A weekly series: "jeden Dienstag, 18:00–19:30 Uhr"; `days` is a list of weekday names, `time` none for all-day. */
  readonly everyWeek: (days: string, time: string | undefined) => string;
  /** Other series: "regelmäßig, 18:00–19:30 Uhr". */
  readonly repeating: (time: string | undefined) => string;
  readonly nextDate: (date: string) => string;
  readonly seriesLabel: string;
}
