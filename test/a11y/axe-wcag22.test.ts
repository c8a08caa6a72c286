// axe with the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA (target size included) on every
// widget state, in the light and dark schemes, in German and in Arabic (right to left).
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { mount, WIDGET_STATES } from './widgets.js';

const WCAG_22_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Each violation as `rule: the elements it found`, for a readable failure. */
async function violations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el, WCAG_22_AA);
  return results.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((node) => node.html.slice(0, 120)).join(' | ')}`);
}

describe('axe, WCAG 2.2 A and AA rules', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['de', 'ar']) {
      for (const state of WIDGET_STATES) {
        it(`${state.name}, ${theme}, ${lang}`, async () => {
          const el = await mount(state, lang, 'width: 1000px');
          el.setAttribute('theme', theme);
          await el.updateComplete;
          expect(await violations(el)).to.deep.equal([]);
        });
      }
    }
  }

  it('the rules run and find a fault where there is one (an unnamed button)', async () => {
    const el = await mount(WIDGET_STATES[0]!, 'de');
    const button = document.createElement('button');
    el.parentElement!.append(button);
    expect((await violations(el.parentElement!)).join()).to.include('button-name');
    button.remove();
  });
});
