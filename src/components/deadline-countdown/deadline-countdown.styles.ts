import { css } from 'lit';

export const deadlineCountdownStyles = css`
  :host {
    --qw-card-background: var(--qw-countdown-background);
    --qw-card-border: var(--qw-countdown-border);
    --qw-card-padding: var(--qw-countdown-padding);
    /* The usual height of its content, held while the feed loads. */
    --_placeholder-height: 10.5em;
  }
  :host([compact]) {
    --_placeholder-height: 7.5em;
  }
  .soon {
    border-inline-start: 6px solid var(--qw-countdown-soon-color, var(--_warning));
  }
  .soon [part~='state'] {
    background: var(--qw-countdown-soon-color, var(--_warning));
  }
  [part~='time-left'] {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  [part~='deadline'] {
    font-weight: 600;
  }
  :host([compact]) [part~='base'] {
    gap: 0.25rem;
    padding: var(--qw-space-s, 0.5rem);
  }
  :host([compact]) [part~='title'] {
    font-size: 1em;
  }
  :host([compact]) [part~='time-left'] {
    font-size: 1.125em;
  }
  :host([compact]) [part~='deadline'] {
    font-weight: 400;
    font-size: 0.875em;
  }
`;
