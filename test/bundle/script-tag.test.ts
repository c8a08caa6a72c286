// The built one-script-tag bundle (dist/quartier-widgets.js, made by `npm test`'s build step),
// loaded the way a partner site loads it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BUNDLE, collectErrors, loadScript } from './load-bundle.js';

describe('dist/quartier-widgets.js', () => {
  const errors = collectErrors();

  it('registers every element from one script tag', async () => {
    await loadScript(BUNDLE);
    expect(customElements.get('qw-event-card')).to.be.a('function');
  });

  it('renders the sample feed', async () => {
    const card = await fixture(
      html`<qw-event-card feed="/demo/sample-feed.json" event="kommunalkonferenz-2017"></qw-event-card>`,
    );
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'card did not render');
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal(
      'Montag, 20. März 2017, 10:30–17:00 Uhr',
    );
    await expect(card).to.be.accessible();
  });

  it('tolerates being loaded a second time (another copy of the file)', async () => {
    await loadScript('/dist/quartier-widgets.js?copy=2');
    expect(errors).to.deep.equal([]);
    const card = await fixture(html`<qw-event-card feed="/demo/sample-feed.json" event="kommunalkonferenz-2017"></qw-event-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'card did not render');
  });

  it('loads the iCalendar reader (chunks/ics-feed.js) only once a widget shows an .ics feed', async () => {
    const chunkLoaded = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/chunks/ics-feed.js'));
    expect(chunkLoaded()).to.equal(false);
    const card = await fixture(
      html`<qw-event-card feed="/test/fixtures/ics-outlook.ics" event="webinar-quartiersfonds-2017@difu.de"></qw-event-card>`,
    );
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'card did not render', { timeout: 5000 });
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Webinar Quartiersfonds');
    expect(chunkLoaded()).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('fetches a language beyond German and English (chunks/tr.js) only when a widget speaks it', async () => {
    const chunkLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/chunks/tr.js'));
    expect(chunkLoaded()).to.equal(false);
    const card = await fixture(
      html`<qw-event-card lang="tr" feed="/demo/sample-feed.json" event="kommunalkonferenz-2017"></qw-event-card>`,
    );
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'card did not render', { timeout: 5000 });
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent!.trim()).to.equal('20 Mart 2017 Pazartesi, 10:30–17:00');
    expect(chunkLoaded()).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});
