// What every story shares: the sample feed, and controls for language, colour scheme, the
// global theme tokens and the container's width, applied the way a page would apply them.
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export const FEED = '/demo/sample-feed.json';
/** A feed address whose request never answers, to show the loading state. */
export const PENDING_FEED = '/demo/sample-feed.json?story=pending';
export const MISSING_FEED = '/demo/fehlt.json';

export interface FrameArgs {
  lang: string;
  theme: 'auto' | 'light' | 'dark';
  accent: string;
  text: string;
  background: string;
  radius: string;
  fontFamily: string;
  width: string;
}

export const frameArgs: FrameArgs = {
  lang: 'de',
  theme: 'auto',
  accent: '',
  text: '',
  background: '',
  radius: '',
  fontFamily: '',
  width: '100%',
};

export const frameArgTypes = {
  lang: { control: 'select', options: ['de', 'en', 'en-US', 'ar', 'tr', 'uk'], table: { category: 'language' } },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'], table: { category: 'theme' } },
  accent: { name: '--qw-color-accent', control: 'color', table: { category: 'theme' } },
  text: { name: '--qw-color-text', control: 'color', table: { category: 'theme' } },
  background: { name: '--qw-color-background', control: 'color', table: { category: 'theme' } },
  radius: { name: '--qw-radius', control: 'text', table: { category: 'theme' } },
  fontFamily: { name: '--qw-font-family', control: 'text', table: { category: 'theme' } },
  width: { name: 'container width', control: 'select', options: ['100%', '40rem', '20rem'], table: { category: 'layout' } },
};

/** The widget in a container carrying the story's language, direction and tokens. */
export function frame(args: FrameArgs, widget: TemplateResult): TemplateResult {
  const tokens = {
    '--qw-color-accent': args.accent || undefined,
    '--qw-color-text': args.text || undefined,
    '--qw-color-background': args.background || undefined,
    '--qw-radius': args.radius || undefined,
    '--qw-font-family': args.fontFamily || undefined,
    'max-width': args.width,
    // A dark page around a dark widget.
    background: args.theme === 'dark' ? '#000' : undefined,
    padding: args.theme === 'dark' ? '1rem' : undefined,
  };
  return html`<div lang=${args.lang} dir=${args.lang === 'ar' ? 'rtl' : 'ltr'} style=${styleMap(tokens)}>${widget}</div>`;
}

/** The `theme` attribute, left out for `auto`. */
export const themeOf = (args: FrameArgs) => (args.theme === 'auto' ? nothing : args.theme);

/** Keeps requests for PENDING_FEED unanswered while the story is shown. */
export function pendingFeed(): () => void {
  const original = window.fetch;
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('story=pending') ? new Promise(() => {}) : original(input, init);
  return () => {
    window.fetch = original;
  };
}
