// What the calendar draws while its feed loads: the month's shape where the network keeps the
// data away, and nothing twice where the answer has begun by the time the shape would be drawn
// (`feedSettings.shapeAfterMs`).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../../src/components/calendar/calendar.component.js';
import { feedSettings } from '../../../src/feed/feed-settings.js';
import { part, settled } from '../../helpers.js';

let run = 0;
/** A feed address the store has not seen yet, with the test server's `delay`. */
const fresh = (query: string) => `/api/feed/calendar?key=shape-${Date.now()}-${++run}&${query}`;
const reading = (el: QwCalendar) => (el as unknown as { feedController: { source?: { reading: boolean } } }).feedController.source?.reading === true;
const shapeShown = (el: QwCalendar) => el.shadowRoot!.querySelector('.placeholder table[part~=grid]') !== null;

/** Connects a calendar and collects every table it ever puts in its shadow root (the shape's and the content's). */
async function connect(feed: string) {
  const container = await fixture<HTMLElement>(html`<div style="width: 960px"></div>`);
  const el = Object.assign(document.createElement('qw-calendar'), { feed, month: '2017-03', now: '2017-03-20' });
  container.append(el);
  const tables: Element[] = [];
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) tables.push(...node.querySelectorAll('table'));
  }).observe(el.shadowRoot!, { childList: true, subtree: true });
  return { el, tables };
}

describe('<qw-calendar> while its feed loads', () => {
  const shapeAfterMs = feedSettings.shapeAfterMs;
  afterEach(() => (feedSettings.shapeAfterMs = shapeAfterMs));

  it('draws the month without events under the loading message while no answer has begun', async () => {
    const { el, tables } = await connect(fresh('delay=1500'));
    await waitUntil(() => shapeShown(el), 'the shape was not drawn', { timeout: 1400 });
    expect(reading(el)).to.equal(false);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[data-id]')).to.not.equal(null);
    expect(shapeShown(el)).to.equal(false);
    // The shape, then the month with its events.
    expect(tables.length).to.equal(2);
  });

  it('draws the month once, with its events, where the answer has begun by then', async () => {
    feedSettings.shapeAfterMs = 1000;
    const key = `shape-held-${Date.now()}-${++run}`;
    await fetch(`/api/mode?key=${key}&mode=hold`);
    const connected = performance.now();
    const { el, tables } = await connect(`/api/feed/calendar?key=${key}&holdBody=1`);
    await waitUntil(() => reading(el), 'the answer did not begin', { timeout: 900 });
    // Past the time the shape would be drawn, the body held by the server: a box holds the place.
    await new Promise((resolve) => setTimeout(resolve, connected + 1300 - performance.now()));
    expect(part(el, 'base')).to.equal(null);
    expect(shapeShown(el)).to.equal(false);
    const box = el.shadowRoot!.querySelector('.placeholder-card')!;
    expect(box.getBoundingClientRect().height).to.be.above(500);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    await fetch(`/api/mode?key=${key}`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[data-id]')).to.not.equal(null);
    expect(tables.length).to.equal(1);
  });
});
