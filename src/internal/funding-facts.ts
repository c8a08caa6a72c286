/**
 * The facts applicants decide by, as a list of label and value ("Förderquote: bis zu 90 %").
 * Loaded on demand with its words and styles: most pages show no funding facts.
 */
import { html, type TemplateResult } from 'lit';
import { fundingFactRows } from '../feed/funding-facts-text.js';
import type { FeedFundingFacts } from '../feed/schema.js';
import { FACT_WORDS, wordsFor } from '../i18n/funding-words.js';
import { css } from './chunk-styles.js';

export function renderFundingFacts(facts: FeedFundingFacts, locale: string): TemplateResult {
  return html`<dl part="funding-facts" class="funding-facts">
    ${fundingFactRows(facts, locale, wordsFor(FACT_WORDS, locale)).map(
      (row) => html`<div>
        <dt>${row.label}</dt>
        <dd part=${`fact-${row.key}`}>${row.url ? html`<a href=${row.url}>${row.value}</a>` : row.value}</dd>
      </div>`,
    )}
  </dl>`;
}

/** The list's styles; the widget adopts them into its shadow root, so they reach only the list. */
export const fundingFactsStyles = css`
  .funding-facts {
    display: grid;
    grid-template-columns: minmax(auto, max-content) 1fr;
    gap: 0.25rem 1em;
  }
  .funding-facts div {
    display: contents;
  }
  .funding-facts dt {
    font-weight: 700;
  }
  .funding-facts dd {
    overflow-wrap: anywhere;
  }
  /* In em of the widget's text: a theme's root size does not move it. */
  @container (max-width: 28em) {
    .funding-facts {
      grid-template-columns: 1fr;
    }
    .funding-facts dd {
      margin-block-end: 0.25rem;
    }
  }
`;
