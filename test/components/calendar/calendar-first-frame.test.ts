// What the calendar draws in its first frame while the feed loads: the month's shape where
// the network keeps the data away, nothing twice where the answer is already in. The frame is
// held in the test's hand (requestAnimationFrame is caught), so the order is never left to chance.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../../src/components/calendar/calendar.component.js';
import { part, settled } from '../../helpers.js';

let run = 0;
/** A feed address the store has not seen yet; `delay` makes the test server answer late. */
const fresh = (delay = 0) => `/api/feed/calendar?key=first-frame-${Date.now()}-${++run}${delay ? `&delay=${delay}` : ''}`;
const reading = (el: QwCalendar) => (el as unknown as { feedController: { reading: boolean } }).feedController.reading;

/** Renders a calendar with the next animation frame's callbacks caught; `frame()` runs them. */
async function withCaughtFrame(feed: string) {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const el = Object.assign(document.createElement('qw-calendar'), { feed, month: '2017-03', now: '2017-03-20' });
  const caught: FrameRequestCallback[] = [];
  const original = window.requestAnimationFrame;
  window.requestAnimationFrame = (callback) => caught.push(callback);
  try {
    container.append(el);
  } finally {
    window.requestAnimationFrame = original;
  }
  // Every table the calendar ever puts in its shadow root (the shape's and the content's), from its first render on.
  const tables: Element[] = [];
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) tables.push(...node.querySelectorAll('table'));
  }).observe(el.shadowRoot!, { childList: true, subtree: true });
  await el.updateComplete;
  const frame = async () => {
    for (const callback of caught.splice(0)) callback(performance.now());
    await el.updateComplete;
  };
  return { el, tables, frame };
}

const shapeShown = (el: QwCalendar) => el.shadowRoot!.querySelector('.placeholder table[part~=grid]') !== null;

describe('<qw-calendar> in its first frame', () => {
  it('draws the month without events under the loading message while the answer is still on its way', async () => {
    const { el, tables, frame } = await withCaughtFrame(fresh(300));
    expect(shapeShown(el)).to.equal(false);
    expect(reading(el)).to.equal(false);
    await frame();
    expect(shapeShown(el)).to.equal(true);
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[data-id]')).to.not.equal(null);
    // The shape, then the month with its events.
    expect(tables.length).to.equal(2);
  });

  it('draws the month once, with its events, where the answer is in by the first frame', async () => {
    const { el, tables, frame } = await withCaughtFrame(fresh());
    await waitUntil(() => reading(el) || part(el, 'base'), 'the answer did not come', { timeout: 5000 });
    // The place is held by a box of a wide month's height meanwhile.
    const box = el.shadowRoot!.querySelector('.placeholder-card');
    if (box) expect(box.getBoundingClientRect().height).to.be.above(300);
    await frame();
    expect(shapeShown(el)).to.equal(false);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[data-id]')).to.not.equal(null);
    expect(shapeShown(el)).to.equal(false);
    expect(tables.length).to.equal(1);
  });
});
