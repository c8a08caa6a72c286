import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** The element in a widget's shadow root carrying this part name. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** Text content with whitespace collapsed, as a reader hears it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until a widget shows content, an empty state or an error (not loading). */
export const settled = (el: Element) =>
  waitUntil(() => part(el, 'base') || part(el, 'empty') || part(el, 'error'), `<${el.localName}> did not settle`, {
    timeout: 5000,
  });

/** Renders a widget and waits until it has settled. */
export async function renderSettled<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}
