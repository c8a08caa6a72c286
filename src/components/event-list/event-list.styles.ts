import { css } from 'lit';

/** In the bundle: what holds the list's place while its body (and its styles, event-list-body.styles.ts) load. */
export const eventListHostStyles = css`
  :host {
    --_placeholder-height: 16em;
  }
`;
