// Cumulative layout shift of a page whose feed answers late: the widgets reserve the space
// they will take (the calendar its month's grid, cards their shape) while the feed loads.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { settled } from '../helpers.js';

let run = 0;
/** A feed address the store has not seen, answered by the test server after 300 ms. */
const slow = (fixtureName: string) => `/api/feed/${fixtureName}?key=cls-${Date.now()}-${run}&delay=300`;

/** A feed address the store has not seen, answered at once: the visitor's controls, a chunk, may come after it. */
const quick = (fixtureName: string) => `/api/feed/${fixtureName}?key=cls-${Date.now()}-${run}`;

/** Renders a page and sums the layout shifts from its first paint until every widget has settled. */
async function layoutShiftOf(page: (feeds: { events: string; calls: string; calendar: string }) => TemplateResult, feedAt = slow) {
  run += 1;
  let shift = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) shift += entry.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  const root = await fixture<HTMLElement>(page({ events: feedAt('events'), calls: feedAt('calls'), calendar: feedAt('calendar') }));
  for (const el of root.querySelectorAll('[feed]')) await settled(el);
  // Two frames: the last layout after the data is painted and reported.
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
    if (!entry.hadRecentInput) shift += entry.value;
  }
  observer.disconnect();
  return shift;
}

describe('layout shift while the feed loads', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('a page with all four widgets shifts by at most 0.05', async () => {
    const shift = await layoutShiftOf(
      (feeds) => html`<article style="max-width: 720px; margin: 0 auto; font: 16px/1.5 sans-serif">
        <h1>Termine und Förderung</h1>
        <qw-event-card feed=${feeds.events} event="konferenz" now="2017-03-01"></qw-event-card>
        <p>Text der Seite zwischen den Widgets.</p>
        <qw-deadline-countdown feed=${feeds.calls} call="quartier-2017" now="2017-06-27"></qw-deadline-countdown>
        <p>Text der Seite zwischen den Widgets.</p>
        <qw-programme-summary feed=${feeds.calls} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>
        <p>Text der Seite zwischen den Widgets.</p>
        <qw-calendar feed=${feeds.calendar} month="2017-03" now="2017-03-20"></qw-calendar>
        <p>Ende der Seite.</p>
      </article>`,
    );
    console.log(`four widgets: CLS ${shift.toFixed(4)}`);
    expect(shift).to.be.at.most(0.05);
  });

  it('a page with a calendar shifts by at most 0.01', async () => {
    const shift = await layoutShiftOf(
      (feeds) => html`<article style="max-width: 960px; margin: 0 auto; font: 16px/1.5 sans-serif">
        <h1>Veranstaltungen</h1>
        <qw-calendar feed=${feeds.calendar} month="2017-03" now="2017-03-20"></qw-calendar>
        <p>Ende der Seite.</p>
      </article>`,
    );
    console.log(`calendar alone: CLS ${shift.toFixed(4)}`);
    expect(shift).to.be.at.most(0.01);
  });

  it("a calendar and a list with the visitor's chips and search box shift by at most 0.01 where the feed comes first", async () => {
    const shift = await layoutShiftOf(
      (feeds) => html`<article style="max-width: 960px; margin: 0 auto; font: 16px/1.5 sans-serif">
        <h1>Veranstaltungen</h1>
        <qw-calendar feed=${feeds.calendar} month="2017-03" now="2017-03-20" show-filter show-search></qw-calendar>
        <qw-event-list feed=${feeds.calendar} now="2017-03-01" show-filter show-search></qw-event-list>
        <p>Ende der Seite.</p>
      </article>`,
      quick,
    );
    console.log(`calendar and list with the visitor's controls: CLS ${shift.toFixed(4)}`);
    expect(shift).to.be.at.most(0.01);
  });
});
