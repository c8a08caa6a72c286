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
`;
