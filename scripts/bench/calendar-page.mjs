// The warm calendar benchmark, run in headless Chromium by scripts/bench.mjs: the same month
// and the same events drawn again and again in one page by <qw-calendar> (the shipped bundle,
// its feed already read), by a hand-written plain-DOM grid (the floor) and by FullCalendar 7's
// month view, interleaved run by run. Not what a visitor waits for: see first-visit-page.mjs.
import '/dist/quartier-widgets.js';
import { renderFullCalendar } from '/dist/bench/fullcalendar-entry.js';
import { feedText, makeEvents, toFullCalendar } from './events.mjs';
import { painted, renderPlain } from './plain-grid.mjs';

const renderers = {
  async 'qw-calendar'(stage, data) {
    const el = document.createElement('qw-calendar');
    el.setAttribute('feed', data.url);
    el.setAttribute('month', '2017-03');
    stage.append(el);
    await el.updateComplete;
    // Only the warm-up waits here (for the feed's one fetch); later runs find it in memory.
    while (!el.shadowRoot?.querySelector('table')) await new Promise((resolve) => setTimeout(resolve, 1));
    await painted();
    if (!el.shadowRoot.querySelector('[data-id]')) throw new Error('qw-calendar drew no events');
    return () => el.remove();
  },
  async 'plain DOM'(stage, data) {
    const div = document.createElement('div');
    div.className = 'plain';
    stage.append(div);
    const remove = renderPlain(div, data.events);
    await painted();
    return () => {
      remove();
      div.remove();
    };
  },
  async 'FullCalendar 7'(stage, data) {
    const div = document.createElement('div');
    stage.append(div);
    const destroy = renderFullCalendar(div, data.fullCalendarEvents);
    await painted();
    if (div.querySelectorAll('[data-date]').length < 35) throw new Error('FullCalendar drew no grid');
    return () => {
      destroy();
      div.remove();
    };
  },
};

window.runCalendarBench = async ({ sizes, runs, warmup }) => {
  const stage = document.querySelector('#stage');
  const results = {};
  for (const n of sizes) {
    const events = makeEvents(n);
    const json = feedText(events);
    const data = {
      events,
      fullCalendarEvents: events.map(toFullCalendar),
      // The feed is read once (in the warm-up); every measured run finds it in memory.
      url: URL.createObjectURL(new Blob([json], { type: 'application/json' })),
    };
    results[n] = Object.fromEntries(Object.keys(renderers).map((name) => [name, []]));
    for (let run = 0; run < warmup + runs; run++) {
      for (const [name, render] of Object.entries(renderers)) {
        const started = performance.now();
        const remove = await render(stage, data);
        const elapsed = performance.now() - started;
        remove();
        if (run >= warmup) results[n][name].push(elapsed);
      }
    }
  }
  return results;
};
window.benchReady = true;
