// The demo shows what a webmaster pastes: the built bundle, not the sources in Lit's dev mode.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

describe('the demo page', () => {
  it('loads dist/quartier-widgets.js and no source module, and its widgets render', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Demo" src="/demo/index.html" style="width: 1000px; height: 600px"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('qw-calendar')?.shadowRoot?.querySelector('[part~="base"]'), 'the demo calendar did not render', {
      timeout: 10000,
    });
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/quartier-widgets.js');
    expect(loaded.filter((path) => path.startsWith('/src/'))).to.deep.equal([]);
  });
});
