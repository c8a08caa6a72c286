import { css } from 'lit';

/** The element's own part of its styles: what holds while its drawing loads (see `programme-summary-body.ts`). */
export const programmeSummaryStyles = css`
  :host {
    --qw-card-background: var(--qw-programme-background);
    --qw-card-border: var(--qw-programme-border);
    --qw-card-padding: var(--qw-programme-padding);
    /* The usual height of its content, held while the feed loads. */
    --_placeholder-height: 33em;
  }
`;
