// A feed's series from the built one-script-tag bundle (dist/quartier-widgets.js): the
// expansion (chunks/feed-series.js, with ical.js) is fetched only for a feed that has a
// series, and the calendar then draws every occurrence in the month.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { part, settled, text } from '../helpers.js';
import { BUNDLE, collectErrors, loadScript } from './load-bundle.js';

const FEED = '/test/fixtures/series.json';
const CHUNK = '/dist/chunks/feed-series.js';
const chunkLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(CHUNK));
const ids = (calendar: Element, prefix: string) =>
  [...calendar.shadowRoot!.querySelectorAll<HTMLElement>(`[part~=grid] [data-id^="${prefix}"]`)].map((bar) => bar.dataset.id);

describe('series in dist/quartier-widgets.js', () => {
  const errors = collectErrors();
  before(() => loadScript(BUNDLE));

  it('a feed without a series does not fetch the expansion', async () => {
    const calendar = await fixture(html`<div style="width: 1000px"><qw-calendar feed="/test/fixtures/calendar.json" month="2017-03" now="2017-03-01"></qw-calendar></div>`);
    const el = calendar.firstElementChild!;
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=grid] [data-id]'), 'no event bar', { timeout: 5000 });
    expect(chunkLoaded()).to.equal(false);
  });

  it("the calendar draws a weekly series' occurrences in the month, and its dialog the series line", async () => {
    const box = await fixture(html`<div style="width: 1000px"><qw-calendar feed=${FEED} month="2017-03" now="2017-03-01"></qw-calendar></div>`);
    const calendar = box.firstElementChild!;
    await waitUntil(() => ids(calendar, 'sprechstunde/').length > 0, 'no occurrence drawn', { timeout: 5000 });
    expect(chunkLoaded()).to.equal(true);
    // Every Tuesday of the grid (from 27 February) but the 14th (an exception), 18:00 before
    // and after the change to summer time on the 26th.
    expect(ids(calendar, 'sprechstunde/')).to.deep.equal(['sprechstunde/20170228T180000', 'sprechstunde/20170307T180000', 'sprechstunde/20170321T180000', 'sprechstunde/20170328T180000']);
    expect(ids(calendar, 'stadtteilkonferenz/')).to.deep.equal(['stadtteilkonferenz/20170301T190000']);
    calendar.shadowRoot!.querySelector<HTMLElement>('[data-id="sprechstunde/20170328T180000"]')!.click();
    const dialog = calendar.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open && dialog.querySelector('qw-event-card'), 'the dialog did not open');
    const card = dialog.querySelector('qw-event-card')!;
    await waitUntil(() => part(card, 'series'), 'the series line was not drawn', { timeout: 5000 });
    expect(text(part(card, 'date'))).to.equal('Dienstag, 28. März 2017, 18:00–19:30 Uhr');
    expect(text(part(card, 'series'))).to.equal('jeden Dienstag, 18:00–19:30 Uhr');
    await expect(calendar).to.be.accessible();
    expect(errors).to.deep.equal([]);
  });
});
