import { css } from 'lit';

/**
 * What every widget shares: it inherits the page's font, and reads the global
 * tokens (`--qw-*`) that a page can set once at `:root`.
 *
 * The colours a token does not set follow the widget's colour scheme, which it inherits
 * from the page: dark only where the page's `color-scheme` (CSS or `<meta>`) includes
 * `dark` and the visitor prefers dark, light on a page that declares none (most CMS
 * pages), unless `theme="light"` / `theme="dark"` says otherwise. Every pair below meets WCAG AA
 * (4.5:1 for text, 3:1 for borders and focus rings) in both schemes.
 * The styles use the resolved `--_*` values; pages set the `--qw-*` tokens.
 */
export const hostStyles = css`
  :host {
    display: block;
    --_text: var(--qw-color-text, light-dark(#1b1b1b, #ececec));
    --_background: var(--qw-color-background, light-dark(#fff, #1c1c1e));
    --_border: var(--qw-color-border, light-dark(#767676, #8e8e93));
    --_muted: var(--qw-color-muted, light-dark(#595959, #b4b4b8));
    --_subtle: var(--qw-color-subtle, light-dark(#f0f0f0, #2c2c2e));
    --_accent: var(--qw-color-accent, light-dark(#0a5aa8, #7cb8f5));
    --_on-accent: var(--qw-color-on-accent, light-dark(#fff, #111));
    --_link: var(--qw-color-link, var(--_accent));
    --_focus-ring: var(--qw-focus-ring, 3px solid var(--qw-color-focus, var(--_accent)));
    --_danger: var(--qw-color-danger, light-dark(#b00020, #ff9a9a));
    --_on-danger: light-dark(#fff, #111);
    --_warning: var(--qw-color-warning, #f2c94c);
    font-family: var(--qw-font-family, inherit);
    font-size: var(--qw-font-size, inherit);
    line-height: 1.5;
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Browsers before light-dark() (2024) get the light scheme. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--qw-color-text, #1b1b1b);
      --_background: var(--qw-color-background, #fff);
      --_border: var(--qw-color-border, #767676);
      --_muted: var(--qw-color-muted, #595959);
      --_subtle: var(--qw-color-subtle, #f0f0f0);
      --_accent: var(--qw-color-accent, #0a5aa8);
      --_on-accent: var(--qw-color-on-accent, #fff);
      --_danger: var(--qw-color-danger, #b00020);
      --_on-danger: #fff;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Set here, not inherited from the host, so a page's reset of the host (\`* { all: initial }\`,
     \`box-sizing\` rules) cannot reach inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  /* Paper: black on white, and no text that needs a background (browsers drop backgrounds). */
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_background: #fff;
      --_border: #000;
      --_muted: #000;
      --_subtle: #fff;
      --_accent: #fff;
      --_on-accent: #000;
      --_link: #000;
      --_danger: #fff;
      --_on-danger: #000;
    }
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
    container-type: inline-size;
    color: var(--_text);
    gap: var(--qw-space-s, 0.5rem);
    padding: var(--qw-card-padding, var(--qw-space-m, 1rem));
    background: var(--qw-card-background, var(--_background));
    border: var(--qw-card-border, 1px solid var(--_border));
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
    color: var(--_on-danger);
    border-color: transparent;
    background: var(--_danger);
  }
  .warning {
    color: #1b1b1b;
    border-color: transparent;
    background: var(--_warning);
  }
  [part~='links'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qw-space-m, 1rem);
  }
  /* Links that stand alone (not inside a sentence) are 24 CSS px tall at least, whatever the page's font size (WCAG 2.5.8). */
  [part~='links'] > a,
  li > a:first-child {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  /* Colours set here, not inherited from the host, which a page's \`* { color: … !important }\` reaches. */
  [part~='loading'],
  [part~='error'],
  [part~='empty'] {
    margin: 0;
    color: var(--_text);
    padding: var(--qw-space-m, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_background);
  }
  /* While loading: the message centred over a shape as tall as the content usually is. */
  .loading {
    display: grid;
  }
  .loading > * {
    grid-area: 1 / 1;
  }
  .loading > [part~='loading'] {
    align-self: center;
    justify-self: center;
  }
  .placeholder [part~='empty'] {
    visibility: hidden;
  }
  .placeholder-card {
    min-height: var(--_placeholder-height, 0);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_subtle);
  }
  [part~='stale'] {
    color: var(--_text);
  }
  [part~='error'] {
    border-inline-start: 4px solid var(--_danger);
  }
`;
