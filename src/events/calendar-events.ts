import type { FeedEvent } from '../feed/schema.js';

export interface DateSelectDetail {
  /** The chosen day, `YYYY-MM-DD`. */
  readonly date: string;
  /** ids of the events on that day (after filtering), in the order shown. */
  readonly events: readonly string[];
}

/**
 * Fired by a calendar when a visitor chooses a day. Cancelable: `preventDefault()`
 * keeps the calendar from opening its list of the day's events.
 */
export class QwDateSelectEvent extends Event {
  static readonly type = 'qw-date-select';
  constructor(readonly detail: DateSelectDetail) {
    super(QwDateSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

export interface EventSelectDetail {
  readonly id: string;
  /** A copy of the feed item, as plain data. */
  readonly event: FeedEvent;
}

/**
 * Fired by a calendar when a visitor chooses an event. Cancelable: `preventDefault()`
 * keeps the calendar from opening the event's details (to show a page of one's own).
 */
export class QwEventSelectEvent extends Event {
  static readonly type = 'qw-event-select';
  constructor(readonly detail: EventSelectDetail) {
    super(QwEventSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

export interface MonthChangeDetail {
  /** The month now shown, `YYYY-MM`. */
  readonly month: string;
  readonly previous: string;
}

/** Fired by a calendar when the visitor moves to another month. */
export class QwMonthChangeEvent extends Event {
  static readonly type = 'qw-month-change';
  constructor(readonly detail: MonthChangeDetail) {
    super(QwMonthChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'qw-date-select': QwDateSelectEvent;
    'qw-event-select': QwEventSelectEvent;
    'qw-month-change': QwMonthChangeEvent;
  }
}
