/**
 * The facts list of a funding call or programme, loaded on demand: its words and formats
 * stay out of the script tag until a page shows an item that gives such facts.
 */
import { html, type TemplateResult } from 'lit';
import { fundingFactRows } from '../feed/funding-facts-text.js';
import type { FeedFundingFacts } from '../feed/schema.js';
import type { Messages } from '../i18n/messages.js';

export function renderFundingFacts(facts: FeedFundingFacts, locale: string, messages: Messages): TemplateResult {
  return html`<dl part="funding-facts" class="funding-facts">
    ${fundingFactRows(facts, locale, messages).map(
      (row) => html`<div>
        <dt>${row.label}</dt>
        <dd part=${`fact-${row.key}`}>${row.url ? html`<a href=${row.url}>${row.value}</a>` : row.value}</dd>
      </div>`,
    )}
  </dl>`;
}
