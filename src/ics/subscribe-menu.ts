// "Abonnieren": the menu that subscribes a visitor's calendar app to a widget's calendar, as
// a webcal: link, on Google Calendar or Outlook.com, or as a copied address. Loaded on
// demand, the first time a visitor opens it; it takes its words and its host as arguments.
import { html, nothing, type TemplateResult } from 'lit';
import type { SubscribeMenuMessages } from '../i18n/list-messages.js';
import { adoptSheet, css } from '../internal/chunk-styles.js';
import { googleSubscribeLink, outlookSubscribeLink, webcalLink } from './subscribe-links.js';

// The add-to-calendar menu's look: the controller adopts `calendarMenuStyles`, this menu adds its own below.
export { calendarMenuStyles } from './calendar-menu.js';

/** What the menu reads of and asks from its widget. */
export interface SubscribeHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

export interface SubscribeMenuOptions {
  readonly host: SubscribeHost;
  /** The calendar's http(s) address. */
  readonly url: string;
  /** Its name, for Outlook.com. */
  readonly name: string;
  readonly messages: SubscribeMenuMessages;
}

/** What the last "Adresse kopieren" of a widget's menu did, for its status message. */
const copies = new WeakMap<SubscribeHost, { url: string; copied: boolean }>();

/** Puts the address on the clipboard; where the browser refuses, selects it in a read-only field to copy by hand. */
async function copyAddress(host: SubscribeHost, url: string) {
  let copied = true;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    copied = false;
  }
  copies.set(host, { url, copied });
  host.requestUpdate();
  if (copied) return;
  await host.updateComplete;
  const field = host.renderRoot.querySelector<HTMLInputElement>('[part~=subscribe-address]');
  field?.focus();
  field?.select();
}

/**
 * The menu's entries below the button that opened it (a disclosure: three links and a button,
 * each reached by Tab), a polite status, and the address field when the clipboard was refused.
 */
export function subscribeMenu({ host, url, name, messages }: SubscribeMenuOptions): TemplateResult {
  const copy = copies.get(host);
  const state = copy?.url === url ? copy : undefined;
  adoptSheet(host.renderRoot, subscribeStyles);
  return html`<ul id="subscribe-menu" part="subscribe-menu" class="calendar-menu">
      <li><a part="link subscribe-webcal" href=${webcalLink(url)}>${messages.webcal}</a></li>
      <li><a part="link subscribe-google" href=${googleSubscribeLink(url)} target="_blank" rel="noopener">${messages.google}</a></li>
      <li><a part="link subscribe-outlook" href=${outlookSubscribeLink(url, name)} target="_blank" rel="noopener">${messages.outlook}</a></li>
      <li><button part="button subscribe-copy" @click=${() => void copyAddress(host, url)}>${messages.copy}</button></li>
    </ul>
    <p class="subscribe-status" role="status">${state ? (state.copied ? messages.copied : messages.copyRefused) : ''}</p>
    ${state && !state.copied
      ? html`<input part="subscribe-address" class="subscribe-address" readonly .value=${url} aria-label=${messages.address} />`
      : nothing}`;
}

const subscribeStyles = css`
  .subscribe-status {
    margin: 0.25rem 0;
  }
  /* Kept in the page while empty, so screen readers announce what it says next. */
  .subscribe-status:empty {
    margin: 0;
  }
  .subscribe-address {
    box-sizing: border-box;
    width: 100%;
    min-height: max(1.5rem, 24px);
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--qw-radius, 0.5rem);
    background: var(--_background);
    color: inherit;
    font: inherit;
  }
  .subscribe-address:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
`;
