// A module a widget loads on demand, when its first request fails (the visitor was offline
// for a moment): the widget shows the failure, and the module is asked for again once the
// browser is back online, then drawn.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { OnDemandController } from '../../src/internal/on-demand.js';

class OnDemandProbe extends LitElement {
  attempts = 0;
  readonly body = new OnDemandController(this, () => {
    this.attempts++;
    return this.attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ text: 'geladen' });
  });

  override connectedCallback() {
    super.connectedCallback();
    void this.body.load();
  }

  protected override render() {
    return html`<p>${this.body.module?.text ?? (this.body.error ? 'Fehler' : 'lädt')}</p>`;
  }
}
customElements.define('on-demand-probe', OnDemandProbe);

const shown = (el: OnDemandProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('OnDemandController', () => {
  it('shows a failed load, asks again once the browser is online, and then draws the module', async () => {
    const el = await fixture<OnDemandProbe>(html`<on-demand-probe></on-demand-probe>`);
    await waitUntil(() => el.body.error, 'the first load did not fail');
    await el.updateComplete;
    expect(shown(el)).to.equal('Fehler');
    expect(el.attempts).to.equal(1);
    // Updates alone do not ask again: no loop of requests while offline.
    el.requestUpdate();
    await el.updateComplete;
    expect(el.attempts).to.equal(1);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => el.body.module, 'the module was not asked for again');
    await el.updateComplete;
    expect(el.attempts).to.equal(2);
    expect(shown(el)).to.equal('geladen');
    expect(el.body.error).to.equal(undefined);
  });
});
