/**
 * The entry of the one-script-tag bundle: registers every element and exports what a page
 * needs beside them (`exports.ts`). The npm module's `define.js` registers the same elements
 * and exports all of `index.ts`.
 */
import './components/event-card/event-card.js';
import './components/deadline-countdown/deadline-countdown.js';
import './components/programme-summary/programme-summary.js';
import './components/calendar/calendar.js';
import './components/event-list/event-list.js';

export * from './exports.js';
