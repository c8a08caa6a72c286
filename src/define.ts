/** Registers every element: the entry of the one-script-tag bundle. */
import './components/event-card/event-card.js';
import './components/deadline-countdown/deadline-countdown.js';
import './components/programme-summary/programme-summary.js';
import './components/calendar/calendar.js';
import './components/event-list/event-list.js';

export * from './exports.js';
