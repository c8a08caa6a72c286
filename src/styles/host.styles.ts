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
  /* The card every widget draws; each sets --qw-card-* from its own tokens. */
  [part~='base'] {
    display: grid;
    gap: var(--qw-space-s, 0.5rem);
    padding: var(--qw-card-padding, var(--qw-space-m, 1rem));
    background: var(--qw-card-background, var(--qw-color-background, #fff));
    border: var(--qw-card-border, 1px solid var(--qw-color-border, #8a8a8a));
    border-radius: var(--qw-radius, 0.5rem);
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  [part~='title'] {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .badge {
    justify-self: start;
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--qw-radius, 0.5rem);
    font-size: 0.875em;
    font-weight: 700;
  }
  .danger {
    color: #fff;
    border-color: transparent;
    background: var(--qw-color-danger, #b00020);
  }
  .warning {
    color: #1b1b1b;
    border-color: transparent;
    background: var(--qw-color-warning, #f2c94c);
  }
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qw-space-m, 1rem);
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
