/** Registers every element: the entry of the one-script-tag bundle. */
import './components/event-card/event-card.js';

export * from './index.js';
