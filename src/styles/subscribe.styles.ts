import { css } from 'lit';

/**
 * "Abonnieren" on the list and the calendar: a button at the widget's inline end, drawn like
 * the widget's other buttons (the list's in its body's sheet); its menu opens below it.
 */
export const subscribeStyles = css`
  .subscribe {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    margin-block: 0.5rem;
  }
  [part~='subscribe-button']::after {
    content: '▾' / '';
    margin-inline-start: 0.375em;
  }
  [part~='subscribe-button'][aria-expanded='true']::after {
    content: '▴' / '';
  }
  @media print {
    .subscribe {
      display: none;
    }
  }
`;
