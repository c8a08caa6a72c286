import { css } from 'lit';

/**
 * The primary "Zum Antrag" link and the reminder menu, shared by the countdown and the summary.
 * The facts list brings its own styles (it loads on demand).
 */
export const fundingStyles = css`
  .links {
    align-items: center;
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
  [part~='calendar-button']:focus-visible,
  .calendar-menu :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .calendar {
    position: relative;
  }
  .calendar-menu {
    position: absolute;
    z-index: 1;
    inset-inline-start: 0;
    display: grid;
    min-width: 100%;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_background);
  }
  .calendar-menu a,
  .calendar-menu button {
    display: block;
    width: 100%;
    padding: 0.5em 0.75em;
    border: 0;
    font: inherit;
    text-align: start;
    white-space: nowrap;
    color: var(--_link);
    background: none;
    cursor: pointer;
  }
`;
