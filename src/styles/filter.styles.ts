import { css } from 'lit';

/** The visitor's topic chips (FilterController.renderChips): a labelled row of toggle buttons with counts. */
export const filterStyles = css`
  /* Topic chips: a labelled row of toggles, pill-shaped so they never pass for the navigation's buttons. */
  [part~='filter'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    /* A grid item as wide as the widget, however long its row of chips. */
    min-width: 0;
    margin-block: var(--qw-space-s, 0.5rem);
  }
  [part~='filter-label'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  /* Narrow: one row that scrolls sideways, so the chips never push the month below the fold. */
  @container (max-width: 30rem) {
    [part~='filter'] {
      display: block;
    }
    .chips {
      flex-wrap: nowrap;
      overflow-x: auto;
      padding: 4px 2px;
    }
  }
  [part~='chip'] {
    /* The containing block of its screen-reader text, which would otherwise widen the page from outside the scrolling row. */
    position: relative;
    display: inline-flex;
    flex: none;
    align-items: center;
    gap: 0.375em;
    min-height: 2rem;
    padding: 0.125em 0.375em 0.125em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
    font-size: 0.875em;
    white-space: nowrap;
  }
  [part~='chip-count'] {
    min-width: 1.5em;
    padding: 0 0.375em;
    border-radius: 999px;
    background: var(--_background);
    font-size: 0.875em;
  }
  [part~='chip'][aria-pressed='true']::before {
    content: '✓' / '';
  }
  [part~='chip'][aria-pressed='true'] {
    color: var(--qw-calendar-event-text, var(--_on-accent));
    background: var(--_accent);
    border-color: transparent;
  }
  [part~='chip'][aria-pressed='true'] [part~='chip-count'] {
    color: var(--_text);
  }
`;
