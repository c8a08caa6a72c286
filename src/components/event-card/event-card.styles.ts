import { css } from 'lit';

export const eventCardStyles = css`
  :host {
    --qw-card-background: var(--qw-event-card-background);
    --qw-card-border: var(--qw-event-card-border);
    --qw-card-padding: var(--qw-event-card-padding);
    /* The usual height of its content, held while the feed loads. */
    --_placeholder-height: 20em;
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--qw-space-s, 0.5rem);
  }
  .cancelled [part~='title'] {
    text-decoration: line-through;
  }
  .facts {
    display: grid;
    gap: 0.25rem;
  }
  dt:not(.visually-hidden) {
    font-weight: 700;
  }
  [part~='date'] {
    font-weight: 600;
  }
  [part~='organizer'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }
  [part~='description'] {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  /* Registration is the primary action; details and the calendar menu come second. */
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--qw-space-s, 0.5rem);
  }
  [part~='register-link'],
  [part~='details-link'],
  [part~='calendar-button'] {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_background);
    color: var(--_link);
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  [part~='register-link'] {
    border-color: transparent;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  [part~='calendar-button']::after {
    content: '▾' / '';
    margin-inline-start: 0.375em;
  }
  [part~='calendar-button'][aria-expanded='true']::after {
    content: '▴' / '';
  }
  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media print {
    .calendar {
      display: none;
    }
  }
`;
