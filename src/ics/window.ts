/**
 * Which occurrences of a recurring event an iCalendar feed lists: from a year before
 * today to two years after it, both in the widgets and in `from-ics`.
 */
export const RECURRENCE_PAST_DAYS = 366;
export const RECURRENCE_FUTURE_DAYS = 731;
