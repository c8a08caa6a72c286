import type { FeedErrorKind } from '../feed/errors.js';
import type { FeedAttendance, FeedEventStatus } from '../feed/schema.js';

/**
 * Every word a widget shows. One file per language implements this interface;
 * dates, numbers and plurals come from `Intl`, never from these files.
 */
export interface Messages {
  /** Shown while the feed loads (in a polite live region). */
  readonly loading: string;
  /** Why nothing can be shown, in words a visitor understands. */
  readonly feedError: Readonly<Record<FeedErrorKind, string>>;
  /** Shown above earlier data when an update failed; `date` is when that data was loaded. */
  readonly staleData: (date: string) => string;
  readonly eventNotFound: string;
  readonly noUpcomingEvents: string;
  /** Badge text for every status but `scheduled`. */
  readonly eventStatus: Readonly<Record<Exclude<FeedEventStatus, 'scheduled'>, string>>;
  readonly attendance: Readonly<Record<FeedAttendance, string>>;
  /** Joins a date and a time range: "Montag, 20. März 2017" + "10:30–17:00 Uhr". */
  readonly dateAndTime: (date: string, time: string) => string;
  /** Marks a time or time range as a clock time where the language does ("10:30–17:00 Uhr"). */
  readonly clockTime: (time: string) => string;
  /** Adds the event's time zone when it differs from the visitor's. */
  readonly inTimeZone: (when: string, zone: string) => string;
  readonly attendanceLabel: string;
  readonly when: string;
  readonly where: string;
  readonly organizer: string;
  readonly tags: string;
  readonly email: string;
  readonly phone: string;
  readonly website: string;
  readonly joinOnline: string;
  readonly details: string;
  readonly register: string;
}
