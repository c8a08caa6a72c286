import { RECURRENCE_FUTURE_DAYS, RECURRENCE_PAST_DAYS } from '../ics/window.js';

/** Page-wide settings of the loader. */
export const feedSettings = {
  /** How long a request may take before it counts as failed. */
  timeoutMs: 10_000,
  /**
   * How long a calendar waits for its feed's answer to begin before it draws its month without
   * events (under the loading message); an answer in by then is drawn once, the month with it.
   */
  shapeAfterMs: 50,
  /** An iCalendar feed lists the occurrences of recurring events from this many days before today… */
  icsPastDays: RECURRENCE_PAST_DAYS,
  /** …to this many days after it. */
  icsFutureDays: RECURRENCE_FUTURE_DAYS,
  /**
   * Waits before asking again after a failure that may pass (no connection, timeout,
   * HTTP 5xx or 429); one retry per entry. Going back online retries at once.
   */
  retryDelaysMs: [2_000, 10_000, 30_000] as readonly number[],
  /** Keeps the last good feed in `localStorage`, shown on the next page load until the server answers. */
  persist: true,
  /** Feeds larger than this (characters of the response) are not kept, so a partner site's storage quota is safe. */
  persistMaxChars: 400_000,
};
