// The snippet a webmaster pastes: the preloads of the feed and of the chunks the widget first
// needs, the script tag, an optional style block with theme tokens, and the element with its
// attributes. Plain functions, used by the configurator page.

export type WidgetTag = 'qw-event-card' | 'qw-event-list' | 'qw-deadline-countdown' | 'qw-programme-summary' | 'qw-calendar';

export interface SnippetOptions {
  tag: WidgetTag;
  /** Attributes in the order written; empty and `false` values are left out, `true` writes a bare attribute. */
  attributes: ReadonlyArray<readonly [name: string, value: string | boolean]>;
  /** Custom properties for the style block, e.g. `--qw-color-accent`; empty values are left out. */
  tokens: ReadonlyArray<readonly [name: string, value: string]>;
  /** The package version the script tag pins. */
  version: string;
  /** The script's address where the webmaster serves it; default (or empty): the pinned address on jsDelivr. */
  script?: string;
  /** What the items the widget may show give, as the feed was last read (their widgets wait for the facts' chunks too). */
  facts?: FeedFacts;
}

/** Whether the events, calls and programmes a widget may show give facts (dist/chunks/event-facts.template.js, funding-facts.js). */
export interface FeedFacts {
  readonly events: boolean;
  readonly calls: boolean;
  readonly programmes: boolean;
}

/** The pinned script-tag address on jsDelivr, a CDN that mirrors npm packages. */
export const scriptUrl = (version: string) => `https://cdn.jsdelivr.net/npm/quartier-widgets@${version}/dist/quartier-widgets.js`;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A token value as CSS accepts it: no characters that could end the declaration or the block. */
export const cssValue = (value: string) => value.replace(/[;{}<>\\]/g, '').trim();

/**
 * The feed as the widget fetches it (a `webcal:` address over https), for a preload; none for
 * an empty address or one of a scheme the widget does not fetch.
 */
export function preloadAddress(feed: string): string | undefined {
  const address = feed.trim().replace(/^webcals?:/i, 'https:');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(address)?.[1];
  return address && (!scheme || /^https?$/i.test(scheme)) ? address : undefined;
}

/** Languages that come as a chunk (German is in the script). */
const LANGUAGE_CHUNKS = ['en', 'ar', 'tr', 'uk'];

/**
 * The chunks (dist/chunks/, each a module without imports) that the widget waits for before
 * it draws its first view with these attributes: what it draws, its visitor's filters, the
 * facts its items give, a language other than German. Chunks it may load after that view
 * (details, menus) are left out.
 */
export function firstViewChunks(tag: WidgetTag, attributes: SnippetOptions['attributes'], facts?: FeedFacts): string[] {
  const value = (name: string) => attributes.find(([written]) => written === name)?.[1];
  const set = (name: string) => ![undefined, false, ''].includes(value(name));
  const chunks: string[] = [];
  if (tag === 'qw-deadline-countdown') chunks.push('deadline-countdown-body');
  if (tag === 'qw-programme-summary') chunks.push('programme-summary-body', ...(set('compact') ? [] : ['deadline-countdown-body']));
  if (tag === 'qw-event-list') chunks.push('event-list-body');
  // A card or countdown without a chosen item shows the next one, which only the widget knows:
  // its facts' chunk may then be a download for nothing, so it is left to come after the script.
  if (facts?.events && (tag === 'qw-event-list' || (tag === 'qw-event-card' && set('event')))) chunks.push('event-facts.template');
  const funded = tag === 'qw-deadline-countdown' ? facts?.calls && set('call') : tag === 'qw-programme-summary' && facts?.programmes;
  if (funded && !set('compact')) chunks.push('funding-facts');
  if ((tag === 'qw-calendar' || tag === 'qw-event-list') && ['show-filter', 'show-search', 'sync-url'].some(set)) chunks.push('visitor-filters');
  const lang = value('lang');
  const language = typeof lang === 'string' ? lang.trim().toLowerCase().split('-')[0]! : '';
  if (LANGUAGE_CHUNKS.includes(language)) chunks.push(language);
  return chunks;
}

export function snippet({ tag, attributes, tokens, version, script, facts }: SnippetOptions): string {
  const lines: string[] = [];
  // Fetched beside the script instead of after it; `crossorigin`, or the widget's request would not take it.
  const feed = attributes.find(([name]) => name === 'feed')?.[1];
  const preload = typeof feed === 'string' ? preloadAddress(feed) : undefined;
  if (preload) lines.push(`<link rel="preload" href="${escapeAttribute(preload)}" as="fetch" crossorigin>`);
  // The chunks of the first view likewise: the script would ask for them only once it has run.
  const address = script || scriptUrl(version);
  const folder = `${address.split(/[?#]/)[0]!.replace(/[^/]*$/, '')}chunks/`;
  for (const chunk of firstViewChunks(tag, attributes, facts)) lines.push(`<link rel="modulepreload" href="${escapeAttribute(`${folder}${chunk}.js`)}">`);
  lines.push(`<script type="module" src="${escapeAttribute(address)}"></script>`);
  const declarations = tokens.map(([name, value]) => [name, cssValue(value)]).filter(([, value]) => value);
  if (declarations.length > 0) {
    lines.push('<style>', `  ${tag} {`, ...declarations.map(([name, value]) => `    ${name}: ${value};`), '  }', '</style>');
  }
  const written = attributes
    .filter(([, value]) => value !== false && value !== '')
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value).trim())}"`));
  lines.push(`<${[tag, ...written].join(' ')}></${tag}>`);
  return `${lines.join('\n')}\n`;
}
