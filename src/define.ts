/** Registers every element and exports all of `index.ts` (npm: `quartier-widgets/define.js`). */
import './components/event-card/event-card.js';
import './components/deadline-countdown/deadline-countdown.js';
import './components/programme-summary/programme-summary.js';
import './components/calendar/calendar.js';
import './components/event-list/event-list.js';

export * from './index.js';
