import { css } from 'lit';

/**
 * The primary "Zum Antrag" link and the reminder button, shared by the countdown and the summary.
 * The facts list and the reminder menu bring their own styles (they load on demand).
 */
export const fundingStyles = css`
  /* Texts on one line; the row stays put when the reminder menu opens below its button. */
  .links {
    align-items: baseline;
  }
  .primary,
  [part~='calendar-button'] {
    display: inline-block;
    min-height: 2.75em;
    padding: 0.6em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--qw-radius, 0.5rem);
    font: inherit;
    line-height: 1.5;
    text-decoration: none;
    color: var(--_accent);
    background: var(--_background);
    cursor: pointer;
  }
  .primary {
    font-weight: 700;
    color: var(--_on-accent);
    background: var(--_accent);
  }
  [part~='calendar-button']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media print {
    .calendar {
      display: none;
    }
  }
`;
