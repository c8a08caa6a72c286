import { css } from 'lit';

/** "Abonnieren" on the list and the calendar: a button at the widget's inline end; its menu opens below it. */
export const subscribeStyles = css`
  .subscribe {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    margin-block: 0.5rem;
  }
  [part~='subscribe-button'] {
    display: inline-flex;
    align-items: center;
    min-height: 2.25rem;
    padding: 0.25em 0.875em;
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_background);
    color: var(--_link);
    font: inherit;
    cursor: pointer;
  }
  [part~='subscribe-button']::after {
    content: '▾' / '';
    margin-inline-start: 0.375em;
  }
  [part~='subscribe-button'][aria-expanded='true']::after {
    content: '▴' / '';
  }
  [part~='subscribe-button']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media print {
    .subscribe {
      display: none;
    }
  }
`;
