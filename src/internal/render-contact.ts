import { html, nothing, type TemplateResult } from 'lit';
import type { FeedContact } from '../feed/schema.js';
import type { Messages } from '../i18n/messages.js';

/**
 * A contact's name and links (mailto:, tel:, website), placed by `frame` into the
 * widget's markup; nothing when there is no contact or it has none of these.
 */
export function renderContact(
  contact: FeedContact | undefined,
  messages: Messages,
  frame: (content: TemplateResult) => TemplateResult,
) {
  if (!contact || (!contact.name && !contact.email && !contact.phone && !contact.url)) return nothing;
  return frame(html`${contact.name ? html`<span>${contact.name}</span>` : nothing}
    ${contact.email
      ? html`<span>${messages.email}: <a href=${`mailto:${contact.email}`}>${contact.email}</a></span>`
      : nothing}
    ${contact.phone
      ? html`<span>${messages.phone}: <a href=${`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>${contact.phone}</a></span>`
      : nothing}
    ${contact.url ? html`<span><a href=${contact.url}>${messages.website}</a></span>` : nothing}`);
}
