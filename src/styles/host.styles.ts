import { css } from 'lit';

/**
 * What every widget shares: it inherits the page's font, and reads the global
 * tokens (`--qw-*`) that a page can set once at `:root`.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--qw-font-family, inherit);
    font-size: var(--qw-font-size, 1rem);
    line-height: 1.5;
    color: var(--qw-color-text, #1b1b1b);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--qw-color-link, var(--qw-color-accent, #0a5aa8));
  }
  a:focus-visible {
    outline: var(--qw-focus-ring, 3px solid var(--qw-color-focus, #0a5aa8));
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part~='loading'],
  [part~='error'],
  [part~='empty'] {
    margin: 0;
    padding: var(--qw-space-m, 1rem);
    border: 1px solid var(--qw-color-border, #8a8a8a);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--qw-color-background, #fff);
  }
  [part~='error'] {
    border-inline-start: 4px solid var(--qw-color-danger, #b00020);
  }
`;
