// An event's facts from the built one-script-tag bundle (dist/quartier-widgets.js): the
// module that draws them (chunks/event-facts.template.js) is fetched only for an event that
// has facts, in the card, in the calendar's dialog and in the list, in German and English.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { part, settled, text } from '../helpers.js';
import { BUNDLE, collectErrors, loadScript } from './load-bundle.js';

const FEED = '/test/fixtures/event-facts.json';
const CHUNK = '/dist/chunks/event-facts.template.js';
const chunkLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(CHUNK));
const badges = (el: Element) => [...(part(el, 'registration')?.querySelectorAll('li') ?? [])].map(text);

describe('event facts in dist/quartier-widgets.js', () => {
  const errors = collectErrors();
  before(() => loadScript(BUNDLE));

  it('an event without facts does not fetch the facts module', async () => {
    const card = await fixture(html`<qw-event-card feed=${FEED} event="ohne-fakten" now="2017-03-01"></qw-event-card>`);
    await settled(card);
    expect(text(part(card, 'title'))).to.equal('Stadtteilrundgang');
    expect(chunkLoaded()).to.equal(false);
  });

  it('a card in German fetches it and shows the facts', async () => {
    const card = await fixture(html`<qw-event-card feed=${FEED} event="elterncafe" now="2017-03-01"></qw-event-card>`);
    await settled(card);
    expect(chunkLoaded()).to.equal(true);
    expect(badges(card)).to.deep.equal(['Anmeldung erforderlich bis 10. März', 'noch 5 Plätze']);
    expect(text(part(card, 'price'))).to.equal('Kostenlos');
    expect(text(part(card, 'languages'))).to.equal('Deutsch und Türkisch');
    expect(part(card, 'accessibility')!.querySelectorAll('svg')).to.have.length(3);
    // The facts' styles come with the module: the image fits the card.
    expect(getComputedStyle(part(card, 'image')!).display).to.equal('block');
    await expect(card).to.be.accessible();
    expect(errors).to.deep.equal([]);
  });

  it('a card in English', async () => {
    const card = await fixture(html`<qw-event-card lang="en" feed=${FEED} event="buergerversammlung" now="2017-03-01"></qw-event-card>`);
    await waitUntil(() => part(card, 'registration'), 'the facts did not render', { timeout: 5000 });
    expect(badges(card)).to.deep.equal(['Fully booked']);
    expect(text(part(card, 'price'))).to.equal('5 €, ermäßigt 3 €');
    expect(text(part(card, 'previous-start'))).to.equal('Moved from March 12 to March 19');
    await expect(card).to.be.accessible();
  });

  for (const [lang, expected] of [
    ['de', ['Warteliste']],
    ['en', ['Waiting list']],
  ] as const) {
    it(`the calendar's dialog shows the facts of the chosen event (${lang})`, async () => {
      const calendar = await fixture(html`<qw-calendar lang=${lang} feed=${FEED} month="2017-03" now="2017-03-01"></qw-calendar>`);
      await settled(calendar);
      const bar = () => calendar.shadowRoot!.querySelector<HTMLElement>('[data-id=beratung]');
      await waitUntil(bar, 'no event bar', { timeout: 5000 });
      bar()!.click();
      const dialog = calendar.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open && dialog.querySelector('qw-event-card'), 'the dialog did not open');
      const card = dialog.querySelector('qw-event-card')!;
      await waitUntil(() => part(card, 'registration'), 'the facts did not render', { timeout: 5000 });
      expect(badges(card)).to.deep.equal(expected);
      expect(part(card, 'register-link')!.getAttribute('href')).to.equal(`${location.origin}/anmeldung/beratung`);
      await expect(calendar).to.be.accessible();
    });
  }

  it('the list shows its entries\' facts, fetching the module beside its own chunk', async () => {
    const list = await fixture(html`<qw-event-list feed=${FEED} now="2017-03-01" limit="20"></qw-event-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~=compact-facts]'), 'the list drew no facts', { timeout: 5000 });
    // A chunk that loads another names it beside itself, not in a folder below.
    const requested = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested.filter((path) => path.includes('/chunks/chunks/'))).to.deep.equal([]);
    await expect(list).to.be.accessible();
  });
});
