import { css } from 'lit';

export const calendarStyles = css`
  /* The box that holds a wide month's place while an answer already in is read. */
  :host {
    --_placeholder-height: 42em;
  }
  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--qw-space-s, 0.5rem);
  }
  [part~='navigation'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part~='button'] {
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_background);
  }
  [aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button:focus-visible,
  td:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  [part~='button']:focus-visible,
  [part~='chip']:focus-visible {
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    padding: 0.25em;
    font-size: 0.875em;
    font-weight: 600;
  }
  th[part~='week-number'] {
    width: 3.5em;
    vertical-align: top;
    font-weight: 400;
    color: var(--_muted);
  }
  td {
    height: 6.5em;
    padding: 0 0 0.25em;
    vertical-align: top;
    border: 1px solid var(--_border);
  }
  .outside {
    color: var(--_muted);
    background: var(--qw-calendar-outside, var(--_subtle));
  }
  .day-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    min-height: 1.5rem;
  }
  .day-number {
    padding: 0.125em 0.375em;
    font-size: 0.875em;
  }
  /* Neighbouring months' events: a tint of the bar's colour, with the text colour for contrast. */
  .outside .event:not([part~='event-cancelled']) {
    color: var(--_text);
    background: color-mix(in srgb, var(--qw-calendar-event-color, var(--_accent)) 22%, var(--_background));
  }
  [part~='day-today'] .day-number {
    display: inline-block;
    margin: 0.125em;
    border-radius: 1em;
    color: var(--_on-accent);
    background: var(--qw-calendar-today, var(--_accent));
    font-weight: 700;
  }
  .lanes {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2px;
  }
  /* 24 CSS px at least, on pages with a small root font size too: a target a finger and a shaky hand can hit (WCAG 2.5.8). */
  .bar,
  .lane-spacer {
    display: block;
    height: max(1.5rem, 24px);
  }
  .event {
    width: 100%;
    /* A long word or address in a title breaks rather than widening the page. */
    overflow-wrap: anywhere;
    padding: 0 0.375em;
    border: 0;
    border-radius: var(--qw-radius-small, 0.25rem);
    text-align: start;
    font-size: 0.8125em;
    color: var(--qw-calendar-event-text, var(--_on-accent));
    background: var(--qw-calendar-event-color, var(--_accent));
  }
  .bar {
    width: calc(100% - 0.25rem);
    margin-inline: 0.125rem;
    padding: 0 0.25em;
    white-space: nowrap;
  }
  .label {
    position: relative;
    z-index: 1;
    display: block;
    box-sizing: border-box;
    width: 100%;
    overflow: hidden;
  }
  /* The title clips at its own end, so a title in another direction than the widget's keeps its start. */
  .bar:not(.two-lines) .label {
    display: flex;
  }
  .label .time {
    flex: none;
    margin-inline-end: 0.25em;
  }
  .bar:not(.two-lines) .title {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* A bar alone at the bottom of its day has the room of a second line. */
  .two-lines {
    height: auto;
    min-height: max(1.5rem, 24px);
    padding-block: 0.125rem;
    white-space: normal;
  }
  .two-lines .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .span-2 { width: calc(200% + 0.25rem); }
  .span-3 { width: calc(300% + 0.5rem); }
  .span-4 { width: calc(400% + 0.75rem); }
  .span-5 { width: calc(500% + 1rem); }
  .span-6 { width: calc(600% + 1.25rem); }
  .span-7 { width: calc(700% + 1.5rem); }
  /* A side that continues reaches across the cell border into the next piece. */
  .open-start {
    width: calc(100% - 0.125rem + 1px);
    margin-inline-start: -1px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .open-end {
    width: calc(100% - 0.125rem + 1px);
    margin-inline-end: -1px;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .open-start.open-end {
    width: calc(100% + 2px);
  }
  /* The arrows are part of each piece's own label, so a title never wraps below its bar. */
  .from-before::before {
    content: '◂ ';
  }
  .goes-on {
    padding-inline-end: 1em;
  }
  .goes-on::after {
    content: '▸';
    position: absolute;
    inset-inline-end: 0;
  }
  /* The month arrows point the way the months run: mirrored right to left. */
  :host(:dir(rtl)) :is([part~='previous'], [part~='next']) span {
    display: inline-block;
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) .from-before::before {
    content: '▸ ';
  }
  :host(:dir(rtl)) .goes-on::after {
    content: '◂';
  }
  [part~='event-cancelled'] {
    color: var(--_text);
    background: var(--qw-calendar-cancelled, var(--_subtle));
  }
  [part~='event-cancelled'] .title {
    text-decoration: line-through;
  }
  .time {
    font-weight: 700;
  }
  .more {
    min-width: max(1.5rem, 24px);
    min-height: max(1.5rem, 24px);
    padding: 0 0.375em;
    border: 0;
    background: none;
    font-size: 0.8125em;
    text-decoration: underline;
    color: var(--_link);
  }
  .width-probe {
    height: 0;
  }
  .agenda {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .agenda ul,
  [part~='day-list'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    margin: 0.25rem 0 0.75rem;
    padding: 0;
    list-style: none;
  }
  .agenda .event,
  [part~='day-list'] .event {
    padding: 0.375em 0.5em;
    font-size: 0.9375em;
  }
  .agenda-date {
    font-weight: 700;
  }
  [part~='agenda-date'][part~='day-today'] {
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--qw-calendar-today, var(--_accent));
  }
  /* The dates stay on one line; a line may break after the comma before them, not before it. */
  .dates > span {
    white-space: nowrap;
  }
  /* Forced colours drop backgrounds: bars and today's marker draw an edge (a pressed chip: topic-chips.ts). */
  @media (forced-colors: active) {
    .event,
    [part~='day-today'] .day-number {
      border: 1px solid;
    }
  }
  @media print {
    [part~='navigation'],
    [part~='actions'] {
      display: none;
    }
  }
`;
