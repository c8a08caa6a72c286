// A page whose own code already defines one of our tag names: the bundle leaves that element
// alone, says so once, and every other widget still works.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

class ForeignCountdown extends HTMLElement {
  connectedCallback() {
    this.textContent = 'fremdes Element';
  }
}

describe('a page that already defines one of our tags', () => {
  it('keeps the page\'s element, warns once, and registers the others', async () => {
    customElements.define('qw-deadline-countdown', ForeignCountdown);
    const warnings: string[] = [];
    const errors: unknown[] = [];
    const warn = console.warn;
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ `${location.origin}/dist/quartier-widgets.js?foreign`);
      const page = await fixture<HTMLElement>(html`<div>
        <qw-deadline-countdown call="difu-vielfalt-in-den-zentren"></qw-deadline-countdown>
        <qw-event-card feed="/demo/sample-feed.json" event="kommunalkonferenz-2017"></qw-event-card>
      </div>`);
      expect(customElements.get('qw-deadline-countdown')).to.equal(ForeignCountdown);
      expect(page.querySelector('qw-deadline-countdown')!.textContent).to.equal('fremdes Element');
      const card = page.querySelector('qw-event-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'the event card did not render', { timeout: 5000 });
      expect(warnings.filter((w) => w.includes('<qw-deadline-countdown> is already defined by other code'))).to.have.length(1);
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });
});
