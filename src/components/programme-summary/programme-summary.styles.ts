import { css } from 'lit';

export const programmeSummaryStyles = css`
  :host {
    --qw-card-background: var(--qw-programme-background);
    --qw-card-border: var(--qw-programme-border);
    --qw-card-padding: var(--qw-programme-padding);
    /* The usual height of its content, held while the feed loads. */
    --_placeholder-height: 33em;
  }
  [part~='summary'] {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='facts'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--qw-space-s, 0.5rem);
  }
  /* Every label in one style; the facts' values in one size, so budget, period and funders share a baseline. */
  dt,
  .label {
    font-weight: 700;
  }
  [part~='facts'] dd {
    margin: 0;
    font-size: 1.125em;
  }
  [part~='budget'] {
    font-weight: 700;
  }
  section,
  .related {
    display: grid;
    gap: 0.25rem;
  }
  ul {
    display: grid;
    gap: var(--qw-space-s, 0.5rem);
    padding: 0;
    list-style: none;
  }
  [part~='event'],
  [part~='contact'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
  }
`;
