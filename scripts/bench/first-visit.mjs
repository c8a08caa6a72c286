// Group 1a of `npm run bench`: the calendar's first visit, as a visitor waits for it. Every
// run opens first-visit.html in a fresh browser context (no HTTP cache, no localStorage, so
// no copy of the feed kept by an earlier load) and times one renderer from the element's
// creation with the feed's address to the events painted (the span is defined in
// first-visit-page.mjs). The feeds are JSON served over HTTP by the bench server. Runs are
// interleaved (ours, FullCalendar, floor, ours, …), so drift on a shared machine hits all alike.
// Group 1c times the whole visit of the same page from the navigation's start, where the
// renderers' scripts (their download, compile and first run) count too.
import { epochDay, feedText, makeEvents, SHOWN_MONTH } from './events.mjs';
import { readFileSync } from 'node:fs';
import { range, summary } from './stats.mjs';

// Seed 7 puts 84 of the 5,000 in the shown month (seed 42: 68), the month of an average calendar.
const FIVE_YEARS = { from: '2015-01-01', to: '2019-12-31', seed: 7 };
/** The cases of the table; `longTasks`: ours is watched for long tasks a while after painting. */
const CASES = [
  { feed: 'month-50', label: '50', events: () => makeEvents(50) },
  { feed: 'month-500', label: '500', events: () => makeEvents(500) },
  { feed: 'month-5000', label: '5,000', events: () => makeEvents(5000), longTasks: true },
  // Drawn from a first look at the shown month: the rest is read after the paint, watched for long tasks too.
  { feed: 'years-5000', label: '5,000 over five years', events: () => makeEvents(5000, FIVE_YEARS), longTasks: true },
];
/** Ours alone, for its long tasks. */
const BIG = { feed: 'years-50000', label: '50,000 over five years', events: () => makeEvents(50_000, FIVE_YEARS), longTasks: true };
const RENDERERS = { ours: 'ours', fullcalendar: 'FullCalendar 7', floor: 'plain DOM' };
/** How long after the paint long tasks still count: work put off until after the first paint is still the visitor's. */
const SETTLE_MS = 1000;

const feeds = new Map();
/** The bench feeds by name, made once before any run (so no run waits for the server to make one). */
function prepareFeeds() {
  const [first, last] = [epochDay(`${SHOWN_MONTH}-01`), epochDay(`${SHOWN_MONTH}-31`)];
  for (const c of [...CASES, BIG]) {
    const events = c.events();
    const shown = events.filter((e) => epochDay(e.start) <= last && epochDay(e.end ?? e.start) >= first).length;
    feeds.set(c.feed, { text: feedText(events), total: events.length, shown });
  }
  // 1d's countdown shows a call of the demo's feed.
  feeds.set('demo-sample', { text: readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8') });
}

/** The feed served at /bench-feed/<name>.json, or undefined. */
export const benchFeedText = (name) => feeds.get(name)?.text;

/** A mobile network as DevTools emulates it: each request waits the latency, then comes at these bytes per second. */
const MOBILE = { latency: 100, download: 1_250_000, upload: 625_000 };

/**
 * Opens the benchmark page for `renderer` and `feed` in a fresh browser context (`query`: more
 * of its address; `network`: conditions to emulate), runs `measure` on it, and closes the context.
 */
async function inFreshPage({ browser, origin }, renderer, feed, query, measure, network) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.emulateTimezone('Europe/Berlin');
    if (network) await page.emulateNetworkConditions(network);
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${origin}/scripts/bench/first-visit.html?renderer=${renderer}&feed=/bench-feed/${feed}.json${query}`);
    return await measure(page);
  } finally {
    await context.close();
  }
}

/** One first visit: from the element's creation to events painted, the script already run. */
const visit = (bench, renderer, feed, settleMs) =>
  inFreshPage(bench, renderer, feed, '', async (page) => {
    await page.waitForFunction('window.benchReady === true');
    return page.evaluate((options) => window.runFirstVisit(options), { settleMs });
  });

/** One whole visit: navigation → events painted, the renderer's script loaded by the page it renders on. */
const wholeVisit = (bench, renderer, feed, query = '', network = undefined) =>
  inFreshPage(bench, renderer, feed, `&span=navigation${query}`, async (page) => {
    // The page times itself: polling now and then costs its span nothing.
    await page.waitForFunction('window.wholeVisitMs !== undefined || window.wholeVisitError !== undefined', { polling: 100 });
    const { ms, error, feedRequests, chunks } = await page.evaluate(() => ({
      ms: window.wholeVisitMs,
      error: window.wholeVisitError,
      feedRequests: performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/bench-feed/')).length,
      chunks: performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/dist/chunks/')),
    }));
    if (error) throw new Error(`${renderer}, whole visit of ${feed}: ${error}`);
    // A preload the widget's request did not match would be a second download, not a head start.
    if (feedRequests !== 1) throw new Error(`${renderer}, whole visit of ${feed}${query}: the feed was requested ${feedRequests} times`);
    if (new Set(chunks).size !== chunks.length) throw new Error(`${renderer}, whole visit of ${feed}${query}: a chunk was fetched twice (${chunks.join(', ')})`);
    return { ms };
  }, network);

const cell = (s) => `${s.median.toFixed(1)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
const times = (list) => summary(list.map((r) => r.ms));
const ratioOf = (a, b) => {
  const perRun = a.map((r, i) => r.ms / b[i].ms);
  return { ofMedians: times(a).median / times(b).median, perRun: summary(perRun) };
};
const ratioCell = (r) => `${r.ofMedians.toFixed(2)}× (${r.perRun.min.toFixed(2)}–${r.perRun.max.toFixed(2)})`;

function longTaskFigures(list) {
  return { max: summary(list.map((r) => r.longTaskMax)), count: summary(list.map((r) => r.longTaskCount)) };
}

export async function firstVisitGroup({ browser, origin, runs, warmup = 1 }) {
  prepareFeeds();
  const raw = {};
  for (const c of CASES) {
    raw[c.feed] = Object.fromEntries(Object.keys(RENDERERS).map((name) => [name, []]));
    for (let run = 0; run < warmup + runs; run++) {
      for (const renderer of Object.keys(RENDERERS)) {
        const settleMs = renderer === 'ours' && c.longTasks ? SETTLE_MS : 0;
        const result = await visit({ browser, origin }, renderer, c.feed, settleMs);
        if (run >= warmup) raw[c.feed][renderer].push(result);
      }
    }
  }
  // The whole visit, where a script's size and compile count too: the smallest feed and the five-year one.
  const WHOLE = CASES.filter((c) => c.feed === 'month-50' || c.feed === 'years-5000');
  const whole = {};
  for (const c of WHOLE) {
    whole[c.feed] = Object.fromEntries(Object.keys(RENDERERS).map((name) => [name, []]));
    for (let run = 0; run < warmup + runs; run++) {
      for (const renderer of Object.keys(RENDERERS)) {
        const result = await wholeVisit({ browser, origin }, renderer, c.feed);
        if (run >= warmup) whole[c.feed][renderer].push(result);
      }
    }
  }
  // The same whole visit over a mobile network: what the widget asks for once its script has
  // run, or preloaded by the page (the feed; the feed and the chunks of the first view).
  const MOBILE_CASES = [
    { name: 'calendar, requested', renderer: 'ours', feed: 'month-50', query: '' },
    { name: 'calendar, feed preloaded', renderer: 'ours', feed: 'month-50', query: '&preload' },
    { name: 'countdown, requested', renderer: 'countdown', feed: 'demo-sample', query: '' },
    { name: 'countdown, feed preloaded', renderer: 'countdown', feed: 'demo-sample', query: '&preload' },
    { name: 'countdown, feed and chunks preloaded', renderer: 'countdown', feed: 'demo-sample', query: '&preload&modules=deadline-countdown-body,funding-facts' },
  ];
  const mobile = Object.fromEntries(MOBILE_CASES.map((c) => [c.name, []]));
  for (let run = 0; run < warmup + runs; run++) {
    for (const c of run % 2 ? [...MOBILE_CASES].reverse() : MOBILE_CASES) {
      const result = await wholeVisit({ browser, origin }, c.renderer, c.feed, c.query, MOBILE);
      if (run >= warmup) mobile[c.name].push(result);
    }
  }
  // The 17 MB feed takes seconds a run: half the runs (at least three), the browser already warm.
  const big = [];
  for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) big.push(await visit({ browser, origin }, 'ours', BIG.feed, SETTLE_MS));

  const results = { settleMs: SETTLE_MS, cases: {} };
  console.log(`\n1a. Calendar, FIRST VISIT: a fresh browser context per run (no HTTP cache, no localStorage), from the`);
  console.log(`    element's creation with the feed address to the events painted; FullCalendar 7 and the plain-DOM`);
  console.log(`    floor fetch and JSON.parse the same feed in their span. ${SHOWN_MONTH} shown; median (min–max) of ${runs}`);
  console.log(`    runs, interleaved; ratios: of the medians (min–max of the runs' own ratios)\n`);
  console.log('| events in the feed (in the shown month) | ours | FullCalendar 7 | plain DOM | ours / FullCalendar | ours / floor |');
  console.log('|---|--:|--:|--:|--:|--:|');
  for (const c of CASES) {
    const r = raw[c.feed];
    const { total, shown } = feeds.get(c.feed);
    const entry = {
      label: c.label,
      events: total,
      eventsInShownMonth: shown,
      feedBytes: r.ours[0].feedBytes,
      ...Object.fromEntries(Object.entries(r).map(([name, list]) => [name, { ms: times(list), domNodes: summary(list.map((x) => x.domNodes)), longTasks: longTaskFigures(list), runs: list }])),
      oursOverFullCalendar: ratioOf(r.ours, r.fullcalendar),
      oursOverFloor: ratioOf(r.ours, r.floor),
    };
    results.cases[c.feed] = entry;
    const name = total === shown ? c.label : `${c.label} (${shown})`;
    console.log(`| ${name} | ${cell(entry.ours.ms)} | ${cell(entry.fullcalendar.ms)} | ${cell(entry.floor.ms)} | ${ratioCell(entry.oursOverFullCalendar)} | ${ratioCell(entry.oursOverFloor)} |`);
  }
  console.log('\n    DOM nodes drawn (shadow roots included)\n');
  console.log('| events in the feed | ours | FullCalendar 7 | plain DOM | feed size |');
  console.log('|---|--:|--:|--:|--:|');
  for (const c of CASES) {
    const e = results.cases[c.feed];
    console.log(`| ${c.label} | ${e.ours.domNodes.median} | ${e.fullcalendar.domNodes.median} | ${e.floor.domNodes.median} | ${(e.feedBytes / 1000).toFixed(0)} KB |`);
  }

  console.log('\n    Ours: events painted, and `qw-feed-load` (the whole feed read; after the paint where the calendar drew a first look)\n');
  for (const c of CASES) {
    const list = results.cases[c.feed].ours.runs.filter((r) => r.feedLoadMs !== undefined);
    const load = summary(list.map((r) => r.feedLoadMs));
    console.log(`    ${c.label.padEnd(24)} painted ${cell(results.cases[c.feed].ours.ms)}, qw-feed-load ${list.length ? cell(load) : 'after the watched span'}`);
  }

  const bigFeed = feeds.get(BIG.feed);
  results.big = { label: BIG.label, events: bigFeed.total, eventsInShownMonth: bigFeed.shown, feedBytes: big[0].feedBytes, ms: times(big), domNodes: summary(big.map((x) => x.domNodes)), longTasks: longTaskFigures(big), runs: big };
  const month5000 = results.cases['month-5000'].ours.longTasks;
  console.log(`\n    Long tasks of ours (PerformanceObserver 'longtask', from the element's creation until ${SETTLE_MS} ms after the paint),`);
  console.log(`    per run: the longest, and how many; median (min–max)\n`);
  console.log(`    5,000 in the shown month (${runs} runs):  longest ${range(month5000.max, 0)} ms, ${range(month5000.count, 0)} tasks`);
  const years5000 = results.cases['years-5000'].ours.longTasks;
  console.log(`    5,000 over five years (${runs} runs):  longest ${range(years5000.max, 0)} ms, ${range(years5000.count, 0)} tasks`);
  console.log(`    ${BIG.label} (${big.length} runs, ${bigFeed.shown} shown, ${(results.big.feedBytes / 1e6).toFixed(1)} MB): longest ${range(results.big.longTasks.max, 0)} ms, ${range(results.big.longTasks.count, 0)} tasks; first visit ${cell(results.big.ms)}`);

  results.targets = printTargets(results.cases, month5000, results.big.longTasks);
  console.log(`\n1c. Calendar, WHOLE VISIT: the same fresh context, timed from the navigation's start: the page, the`);
  console.log(`    renderer's script (fetched, compiled and run), its styles, the feed and the paint; median (min–max) of ${runs}\n`);
  console.log('| events in the feed (in the shown month) | ours | FullCalendar 7 | plain DOM | ours / FullCalendar | ours / floor |');
  console.log('|---|--:|--:|--:|--:|--:|');
  results.wholeVisit = {};
  for (const c of WHOLE) {
    const r = whole[c.feed];
    const { total, shown } = feeds.get(c.feed);
    const entry = {
      ...Object.fromEntries(Object.entries(r).map(([name, list]) => [name, { ms: times(list), runs: list }])),
      oursOverFullCalendar: ratioOf(r.ours, r.fullcalendar),
      oursOverFloor: ratioOf(r.ours, r.floor),
    };
    results.wholeVisit[c.feed] = entry;
    const name = total === shown ? c.label : `${c.label} (${shown})`;
    console.log(`| ${name} | ${cell(entry.ours.ms)} | ${cell(entry.fullcalendar.ms)} | ${cell(entry.floor.ms)} | ${ratioCell(entry.oursOverFullCalendar)} | ${ratioCell(entry.oursOverFloor)} |`);
  }
  console.log(`\n1d. WHOLE VISIT over a mobile network (DevTools' emulation: ${MOBILE.latency} ms latency a request, ${(MOBILE.download * 8) / 1e6} Mbit/s):`);
  console.log(`    the calendar of 50 events and a countdown of the demo's feed, with what they need asked for once the script`);
  console.log(`    has run, or preloaded by the page's <link rel="preload" as="fetch" crossorigin> and <link rel="modulepreload">`);
  console.log(`    (docs/embedding.md); median (min–max) of ${runs}, interleaved; ratio to the same widget's visit without preloads\n`);
  results.mobile = { network: MOBILE, cases: {} };
  for (const c of MOBILE_CASES) {
    const plain = mobile[`${c.name.split(',')[0]}, requested`];
    const entry = { ms: times(mobile[c.name]), runs: mobile[c.name], overRequested: ratioOf(mobile[c.name], plain) };
    results.mobile.cases[c.name] = entry;
    console.log(`    ${c.name.padEnd(38)} ${cell(entry.ms)}${c.query ? `   ${ratioCell(entry.overRequested)}` : ''}`);
  }
  return results;
}

/** The goals set for the first visit, each with its figure from this run: figures, not pass/fail. */
function printTargets(cases, month5000, bigTasks) {
  const ours = (feed) => cases[feed].ours.ms.median;
  const targets = [
    ['N = 50: ours ≤ 0.5× FullCalendar 7', cases['month-50'].oursOverFullCalendar.ofMedians, 0.5, '×'],
    ['N = 5,000: ours ≤ 0.5× FullCalendar 7', cases['month-5000'].oursOverFullCalendar.ofMedians, 0.5, '×'],
    ['N = 50: ours ≤ 3× the plain-DOM floor', cases['month-50'].oursOverFloor.ofMedians, 3, '×'],
    ['ours at N = 5,000 ≤ 2× ours at N = 50', ours('month-5000') / ours('month-50'), 2, '×'],
    ['five-year feed ≤ 1× ours at N = 500', ours('years-5000') / ours('month-500'), 1, '×'],
    ['N = 5,000: no task over 50 ms', month5000.max.median, 50, ' ms'],
    ['50,000 items: no task over 100 ms', bigTasks.max.median, 100, ' ms'],
  ];
  console.log('\n    Targets (medians)\n');
  return targets.map(([name, value, limit, unit]) => {
    const met = value <= limit;
    console.log(`    ${name.padEnd(42)} ${`${value.toFixed(2)}${unit}`.padStart(10)}  ${met ? 'met' : 'not met'}`);
    return { name, value, limit, met };
  });
}
