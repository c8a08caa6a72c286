import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { readFeed } from '../src/feed/read-feed.js';
import type { Feed } from '../src/feed/schema.js';

/** The element in a widget's shadow root carrying this part name (not in the shape drawn while loading). */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]:not(.placeholder *)`);

/** Text content with whitespace collapsed, as a reader hears it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until a widget shows content, an empty state or an error (not loading). */
export async function settled(el: Element): Promise<void> {
  await waitUntil(() => part(el, 'base') || part(el, 'empty') || part(el, 'error'), `<${el.localName}> did not settle`, {
    timeout: 5000,
  });
  // The widgets inside it (a summary's countdowns) draw with chunks of their own, after it.
  const nested = [...(el.shadowRoot?.querySelectorAll('qw-deadline-countdown, qw-event-card') ?? [])];
  await Promise.all(nested.map(settled));
}

/** Waits for a widget's topic chips (`show-filter`), which come with the visitor-filters chunk. */
export async function chipsShown(el: Element): Promise<void> {
  await waitUntil(() => part(el, 'filter'), `<${el.localName}> drew no topic chips`, { timeout: 5000 });
}

/** Renders a widget and waits until it has settled. */
export async function renderSettled<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

/**
 * Renders a widget after a button, focuses the button and presses Tab `presses` times,
 * as a keyboard user would; returns the `href` of what has focus in the widget after each.
 */
export async function linksReachedByTab(widget: TemplateResult, presses: number): Promise<string[]> {
  const container = await fixture<HTMLElement>(html`<div><button>vorher</button>${widget}</div>`);
  const el = container.lastElementChild!;
  await settled(el);
  container.querySelector('button')!.focus();
  const reached: string[] = [];
  for (let i = 0; i < presses; i++) {
    await sendKeys({ press: 'Tab' });
    reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
  }
  return reached;
}

/** What the test server counted for a request key: answers with a body, 304s, and failures it was told to give. */
export const serverCount = async (key: string | null): Promise<{ ok: number; notModified: number; failed: number }> =>
  (await fetch(`/api/count?key=${key}`)).json();

/** Reads a feed written in a test, which must be a feed (items may still be skipped). */
export function readTestFeed(json: unknown): Feed {
  const result = readFeed(json);
  if (!result.ok) throw new Error(result.message);
  return result.feed;
}
