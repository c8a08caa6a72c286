/**
 * The event facts as templates, loaded on demand (a chunk of the script-tag bundle) by a
 * widget that shows an event carrying any: the card and the calendar's dialog in full,
 * list entries in their compact form. It brings its own words in every language and its
 * own styles, so the script tag pays for none of it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FeedEvent } from '../../feed/schema.js';
import {
  audienceText,
  compactFacts,
  languageNames,
  movedText,
  priceText,
  registrationState,
  registrationTexts,
  seriesText,
  type FactContext,
} from './event-facts.js';
import { FACT_ICONS } from './fact-icons.js';

export { factMessages } from '../../i18n/event-facts/index.js';
export type { FactContext } from './event-facts.js';

/** The pieces of a card's facts, each placed by the card where it belongs. */
export interface EventFactsView {
  /** The image, above the title. */
  readonly image: TemplateResult | typeof nothing;
  /** The registration badges, below the title. */
  readonly registration: TemplateResult | typeof nothing;
  /** "Verschoben vom … auf den …", beside the date. */
  readonly moved: TemplateResult | typeof nothing;
  /** Rows of the card's `<dl>`: series, price, accessibility, languages, audience. */
  readonly rows: TemplateResult;
}

const row = (label: string, part: string, content: unknown, labelShown = true) =>
  html`<div>
    <dt class=${labelShown ? '' : 'visually-hidden'}>${label}</dt>
    <dd part=${part}>${content}</dd>
  </div>`;

const icon = (feature: keyof typeof FACT_ICONS) =>
  svg`<svg class="fact-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${FACT_ICONS[feature]}</svg>`;

/** Everything a card shows of an event's facts. */
export function renderEventFacts(event: FeedEvent, context: FactContext): EventFactsView {
  const { messages } = context;
  const state = registrationState(event.registration, context.timeZone, context.now);
  const badges = registrationTexts(state, context);
  const tone = state?.kind === 'full' ? 'danger' : state?.kind === 'waitlist' || state?.kind === 'closed' ? 'warning' : '';
  const price = priceText(event.price, context);
  const languages = languageNames(event.languages, context);
  const audience = audienceText(event, context);
  const moved = movedText(event, context);
  const series = seriesText(event, context);
  const { image } = event;
  return {
    image: image
      ? html`<img part="image" src=${image.url} alt=${image.alt} loading="lazy" width=${ifDefined(image.width)} height=${ifDefined(image.height)} />`
      : nothing,
    registration: badges.length
      ? html`<ul part="registration" class="fact-badges" aria-label=${messages.registrationLabel}>
          ${badges.map((text, i) => html`<li class="badge ${i === 0 ? tone : ''}">${text}</li>`)}
        </ul>`
      : nothing,
    moved: moved ? html`<dd part="previous-start">${moved}</dd>` : nothing,
    rows: html`${series ? row(messages.seriesLabel, 'series', series, false) : nothing}
    ${price ? row(messages.priceLabel, 'price', html`<span dir="auto">${price}</span>`, false) : nothing}
    ${event.accessibility?.length || event.accessibilityNote
      ? row(
          messages.accessibilityLabel,
          'accessibility',
          html`${event.accessibility?.length
            ? html`<ul class="fact-list">
                ${event.accessibility.map((feature) => html`<li part="accessibility-item">${icon(feature)}${messages.accessibility[feature]}</li>`)}
              </ul>`
            : nothing}${event.accessibilityNote ? html`<p part="accessibility-note" dir="auto">${event.accessibilityNote}</p>` : nothing}`,
        )
      : nothing}
    ${languages ? row(messages.languagesLabel, 'languages', languages) : nothing}
    ${audience ? row(messages.audienceLabel, 'audience', html`<span dir="auto">${audience}</span>`) : nothing}`,
  };
}

/**
 * The two or three facts that decide most, for a compact entry (a list's line): places or
 * registration, "kostenlos", "barrierefrei". Nothing when the event has none of them.
 */
export function renderCompactFacts(event: FeedEvent, context: FactContext): TemplateResult | typeof nothing {
  const facts = compactFacts(event, context);
  // Spans, not a list: the line they go in is a button, which holds phrasing content only.
  return facts.length
    ? html`<span part="compact-facts" class="fact-badges">${facts.map((fact) => html`<span class="badge fact">${fact}</span> `)}</span>`
    : nothing;
}

// The card's one column never grows past the card: an image whose file fails to load keeps
// its width attribute and would otherwise widen the card beyond a phone's screen.
const FACT_STYLES = `
[part~=base]{grid-template-columns:minmax(0,1fr)}
.fact-badges,.fact-list{display:flex;flex-wrap:wrap;gap:.25rem .5rem;padding:0;margin:0;list-style:none}
.fact-list li{display:inline-flex;align-items:center;gap:.25em}
.fact-icon{width:1.25em;height:1.25em;flex:none;fill:none;stroke:currentColor;stroke-width:1.75;stroke-linecap:round;stroke-linejoin:round}
[part~=image]{display:block;min-width:0;max-width:100%;height:auto;border-radius:var(--qw-radius,.5rem)}
[part~=previous-start]{font-style:italic}
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the facts' styles to a widget's shadow root (once per root). */
export function adoptFactStyles(root: ShadowRoot) {
  if (!('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(FACT_STYLES);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
