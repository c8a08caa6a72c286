// The calendar benchmark, run in headless Chromium by scripts/bench.mjs: the same month and
// the same events drawn by <qw-calendar> (the shipped bundle), by a hand-written plain-DOM
// grid (the floor) and by FullCalendar 7's month view, interleaved run by run.
import '/dist/quartier-widgets.js';
import { renderFullCalendar } from '/dist/bench/fullcalendar-entry.js';

const TAGS = ['Integration', 'Wohnen', 'Klima', 'Beteiligung'];
const pad = (n) => String(n).padStart(2, '0');

/** N events in March 2017 from a seeded generator: 60% timed, 25% all-day, 15% multi-day. */
function makeEvents(n, seed = 42) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const events = [];
  for (let i = 0; i < n; i++) {
    const kind = random();
    const day = 1 + Math.floor(random() * 31);
    const date = `2017-03-${pad(day)}`;
    const event = { id: `e${i}`, title: `Termin ${i} im Quartier`, tags: [TAGS[i % TAGS.length]] };
    if (kind < 0.6) {
      const hour = 8 + Math.floor(random() * 12);
      Object.assign(event, { start: `${date}T${pad(hour)}:00`, end: `${date}T${pad(hour + 1)}:30` });
    } else if (kind < 0.85) {
      event.start = date;
    } else {
      const last = new Date(Date.UTC(2017, 2, day + 1 + Math.floor(random() * 4)));
      Object.assign(event, { start: date, end: last.toISOString().slice(0, 10) });
    }
    events.push(event);
  }
  return events;
}

/** Resolves once the frame holding the DOM changes so far has been produced. */
const painted = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

const DAY = 86_400_000;
const epochDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;

/** The floor: the same grid (week numbers, weekday headers, bars per day, three per day and "+N") by hand. */
function renderPlain(container, events) {
  const first = epochDay('2017-03-01');
  const last = epochDay('2017-03-31');
  const start = first - ((new Date(first * DAY).getUTCDay() + 6) % 7);
  const byDay = new Map();
  for (const event of events) {
    const from = Math.max(epochDay(event.start), first);
    const to = Math.min(event.end ? epochDay(event.end) : epochDay(event.start), last);
    for (let day = from; day <= to; day++) {
      if (!byDay.has(day)) byDay.set(day, []);
      byDay.get(day).push(event);
    }
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  head.insertCell().textContent = 'KW';
  for (const name of ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']) head.insertCell().textContent = name;
  const body = table.createTBody();
  for (let week = start; week <= last; week += 7) {
    const row = body.insertRow();
    row.insertCell().textContent = `KW ${Math.ceil((week - epochDay('2017-01-02') + 1) / 7) + 1}`;
    for (let day = week; day < week + 7; day++) {
      const cell = row.insertCell();
      cell.tabIndex = -1;
      const number = document.createElement('span');
      number.textContent = String(new Date(day * DAY).getUTCDate());
      cell.append(number);
      const list = day >= first && day <= last ? (byDay.get(day) ?? []) : [];
      const shown = list.length > 3 ? list.slice(0, 2) : list;
      for (const event of shown) {
        const bar = document.createElement('button');
        bar.className = 'bar';
        bar.textContent = event.title;
        cell.append(bar);
      }
      if (shown.length < list.length) {
        const more = document.createElement('button');
        more.textContent = `+${list.length - shown.length} weitere`;
        cell.append(more);
      }
    }
  }
  container.append(table);
  return () => table.remove();
}

const toFullCalendar = (event) => {
  const allDay = event.start.length === 10;
  // FullCalendar's all-day end is exclusive, like iCalendar's.
  const end = allDay && event.end ? new Date((epochDay(event.end) + 1) * DAY).toISOString().slice(0, 10) : event.end;
  return { id: event.id, title: event.title, start: event.start, end, allDay };
};

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
    const json = JSON.stringify({ version: 1, timeZone: 'Europe/Berlin', events });
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
