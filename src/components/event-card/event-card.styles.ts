import { css } from 'lit';

export const eventCardStyles = css`
  [part~='base'] {
    display: grid;
    gap: var(--qw-space-s, 0.5rem);
    padding: var(--qw-event-card-padding, var(--qw-space-m, 1rem));
    background: var(--qw-event-card-background, var(--qw-color-background, #fff));
    border: var(--qw-event-card-border, 1px solid var(--qw-color-border, #8a8a8a));
    border-radius: var(--qw-radius, 0.5rem);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--qw-space-s, 0.5rem);
  }
  [part~='title'] {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .cancelled [part~='title'] {
    text-decoration: line-through;
  }
  [part~='status'] {
    margin: 0;
    padding: 0 0.5em;
    border-radius: var(--qw-radius, 0.5rem);
    font-weight: 700;
    font-size: 0.875em;
    color: #fff;
    background: var(--qw-color-danger, #b00020);
  }
  .postponed [part~='status'],
  .rescheduled [part~='status'] {
    color: #1b1b1b;
    background: var(--qw-color-warning, #f2c94c);
  }
  dl,
  dd,
  [part~='description'],
  [part~='links'] {
    margin: 0;
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
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    padding: 0 0.5em;
    border: 1px solid var(--qw-color-border, #8a8a8a);
    border-radius: 999px;
    font-size: 0.875em;
  }
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qw-space-m, 1rem);
  }
  @media print {
    [part~='base'] {
      border-color: #000;
    }
  }
`;
