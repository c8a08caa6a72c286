// A feed of 50,000 items keeps the page responsive: the reader gives the page its turn between
// slices, so other tasks run while it reads, and the month comes out right. How long the
// longest task lasts is wall-clock time, which a busy machine stretches; it is printed here
// for information and measured on a quiet machine by `npm run bench`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { part } from '../helpers.js';

const ITEMS = 50_000;

function largeFeed() {
  const events = Array.from({ length: ITEMS }, (_, i) => {
    // Spread over 2017; every tenth is all-day, every twentieth spans three days.
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (Math.floor(i / 12) % 28)).padStart(2, '0');
    const event: Record<string, unknown> = { id: `e-${i}`, title: `Veranstaltung ${i}`, tags: [`Thema ${i % 40}`] };
    if (i % 20 === 0) Object.assign(event, { start: `2017-${month}-${day}`, end: `2017-${month}-${String(Math.min(28, Number(day) + 2)).padStart(2, '0')}` });
    else if (i % 10 === 0) event.start = `2017-${month}-${day}`;
    else event.start = `2017-${month}-${day}T${String(8 + (i % 10)).padStart(2, '0')}:00`;
    return event;
  });
  return { version: 1, timeZone: 'Europe/Berlin', events };
}

describe(`a feed of ${ITEMS.toLocaleString('en')} events`, function () {
  this.timeout(60_000);

  it('reaches the calendar while the page keeps running its other tasks', async () => {
    const url = `/api/stored?key=large-${Date.now()}`;
    await fetch(url, { method: 'POST', body: JSON.stringify(largeFeed()) });

    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => Math.round(entry.duration))));
    observer.observe({ type: 'longtask' });
    // A task of the page's own that queues itself again each time it runs: started when the
    // feed's text has arrived, it can run only when the reader pauses, so its turns count the pauses.
    let turns = 0;
    let beating = true;
    const beat = () => {
      turns += 1;
      if (beating) setTimeout(beat, 0);
    };
    const pageFetch = window.fetch;
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await pageFetch(...args);
      if (!String(args[0]).includes(url)) return response;
      const readText = response.text.bind(response);
      response.text = async () => {
        const body = await readText();
        turns = 0;
        setTimeout(beat, 0);
        return body;
      };
      return response;
    };
    try {
      // Listening before the calendar is connected (and starts loading), so the end of the read cannot be missed.
      const calendar = Object.assign(document.createElement('qw-calendar'), { month: '2017-03', showFilter: true, feed: url });
      const read = new Promise((resolve) => calendar.addEventListener('qw-feed-load', resolve, { once: true }));
      await fixture(html`<div>${calendar}</div>`);
      await read;
      const turnsWhileReading = turns;
      beating = false;
      // Reading 50,000 items takes well over one 25 ms slice on any machine, so the page got its turn several times.
      expect(turnsWhileReading, 'the page never ran while the feed was read').to.be.at.least(4);
      await waitUntil(() => part(calendar, 'grid'), 'the calendar did not render', { timeout: 30_000 });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // March holds every twelfth event: about 4,170, shown three a day with "+N".
      expect(calendar.shadowRoot!.querySelectorAll('[part~="more"]').length).to.be.at.least(28);
      // The chips name March's topics: those of every twelfth event, 10 of the feed's 40.
      const marchTopics = new Set(Array.from({ length: ITEMS }, (_, i) => i).filter((i) => i % 12 === 2).map((i) => i % 40));
      expect(calendar.shadowRoot!.querySelectorAll('[part~="chip"]').length).to.equal(marchTopics.size);
    } finally {
      beating = false;
      window.fetch = pageFetch;
      observer.disconnect();
    }
    console.log(`long tasks (ms, wall clock, for information): ${tasks.join(', ') || 'none'}`);
  });
});
