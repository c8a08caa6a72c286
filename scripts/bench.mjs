// npm run bench [-- calendar first-visit feed widgets countdown]: builds, serves the
// repository, runs the benchmark pages in headless Chromium and prints medians and ranges;
// writes the figures to bench-results/ as JSON. Figures, not pass/fail: the machines are
// shared and noisy, so no timing is ever a test.
//   1. calendar   <qw-calendar> with N events against a plain-DOM grid and FullCalendar 7:
//                 a. the first visit, from the feed address to events painted (first-visit.mjs)
//                 b. warm: the grid drawn again with the feed in memory (not what a visitor waits for)
//                 (`first-visit` runs 1a alone)
//   2. feed       JSON.parse alone against parse + validation, 1,000 to 50,000 items
//   3. widgets    20 widgets of all four kinds on one feed: requests, time, heap, DOM nodes
//   4. countdown  timers and wake-ups of 20 countdowns: visible, hidden page, off-screen
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { benchFeedText, firstVisitGroup } from './bench/first-visit.mjs';
import { ms, range, summary } from './bench/stats.mjs';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const root = new URL('..', import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP = 2;
const SIZES = [50, 500, 5000];
const FEED_SIZES = [1000, 10_000, 50_000];
const GROUPS = ['calendar', 'first-visit', 'feed', 'widgets', 'countdown'];
const chosen = process.argv.slice(2).filter((arg) => GROUPS.includes(arg));
const runs = (group) => chosen.length === 0 || chosen.includes(group) || (group === 'first-visit' && chosen.includes('calendar'));

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
// The peer, and the feed reader alone, bundled for the pages only.
await build({
  entryPoints: ['scripts/bench/fullcalendar-entry.mjs', 'scripts/bench/feed-entry.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  outdir: 'dist/bench',
  absWorkingDir: root.pathname,
  logLevel: 'warning',
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  // The first visit's feeds, made in memory.
  const feed = path.match(/^\/bench-feed\/([\w-]+)\.json$/)?.[1];
  if (feed && benchFeedText(feed)) {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(benchFeedText(feed));
    return;
  }
  try {
    const body = readFileSync(new URL(`.${path}`, root));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS, protocolTimeout: 600_000 });
const results = { date: new Date().toISOString(), browser: await browser.version(), runs: RUNS };

async function openPage(path, beforeScripts) {
  const page = await browser.newPage();
  if (beforeScripts) await page.evaluateOnNewDocument(beforeScripts);
  await page.setViewport({ width: 1100, height: 900 });
  await page.emulateTimezone('Europe/Berlin');
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}${path}`);
  return page;
}

/** The warm redraws, measured before the first visits: after those, the browser is busy for a while. */
async function measureWarmCalendar() {
  const page = await openPage('/scripts/bench/calendar.html');
  await page.waitForFunction('window.benchReady === true');
  const raw = await page.evaluate((options) => window.runCalendarBench(options), { sizes: SIZES, runs: RUNS, warmup: WARMUP });
  await page.close();
  return raw;
}

function printWarmCalendar(raw) {
  const calendar = {};
  console.log(`\n1b. Calendar, WARM (not what a visitor waits for): March 2017 redrawn in one page with N events,`);
  console.log(`    feed already read and in memory → painted grid (median of ${RUNS}, min–max)\n`);
  const names = Object.keys(raw[SIZES[0]]);
  console.log(`${'N'.padStart(6)}  ${names.map((name) => name.padStart(28)).join('')}`);
  for (const n of SIZES) {
    calendar[n] = Object.fromEntries(names.map((name) => [name, summary(raw[n][name])]));
    const cells = names.map((name) => {
      const s = calendar[n][name];
      return `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`.padStart(28);
    });
    console.log(`${String(n).padStart(6)}  ${cells.join('')}`);
  }
  const ours = (n) => calendar[n]['qw-calendar'].median;
  const first = SIZES[0];
  const last = SIZES.at(-1);
  const ratios = {
    flatness: ours(last) / ours(first),
    fullCalendarOverOurs: calendar[last]['FullCalendar 7'].median / ours(last),
    oursOverPlainDom: ours(last) / calendar[last]['plain DOM'].median,
  };
  console.log(`\n   qw-calendar N=${last} / N=${first}: ${ratios.flatness.toFixed(2)}×`);
  console.log(`   FullCalendar 7 / qw-calendar at N=${last}: ${ratios.fullCalendarOverOurs.toFixed(2)}× (target ≥ 3×)`);
  console.log(`   qw-calendar / plain DOM at N=${last}: ${ratios.oursOverPlainDom.toFixed(2)}× (target ≤ 1.5×)`);
  results.calendarWarm = { ...calendar, ratios };
}

async function feedGroup() {
  const page = await openPage('/scripts/bench/page.html?page=feed');
  await page.waitForFunction('window.benchReady === true');
  const raw = await page.evaluate((options) => window.runFeedBench(options), { sizes: FEED_SIZES, runs: RUNS, warmup: WARMUP });
  await page.close();
  console.log(`\n2. Feed: JSON.parse alone vs parse + validation (readFeedText), ms, median of ${RUNS} (min–max)\n`);
  console.log(`${'items'.padStart(7)}${'bytes'.padStart(12)}${'JSON.parse'.padStart(24)}${'parse + validation'.padStart(26)}${'ratio'.padStart(8)}`);
  results.feed = {};
  for (const n of FEED_SIZES) {
    const parse = summary(raw[n].times['JSON.parse']);
    const read = summary(raw[n].times['parse + validation']);
    const ratio = read.median / parse.median;
    results.feed[n] = { bytes: raw[n].bytes, jsonParse: parse, parseAndValidate: read, ratio };
    console.log(`${String(n).padStart(7)}${String(raw[n].bytes).padStart(12)}${range(parse).padStart(24)}${range(read).padStart(26)}${`${ratio.toFixed(1)}×`.padStart(8)}`);
  }
}

async function widgetsGroup() {
  const samples = [];
  for (let run = 0; run < Math.max(3, Math.ceil(RUNS / 2)); run++) {
    // A first visit: no copy of the feed kept in localStorage by an earlier load.
    const page = await openPage('/scripts/bench/page.html?page=widgets', () => localStorage.clear());
    await page.waitForFunction('window.widgetsRendered !== undefined');
    const rendered = await page.evaluate(() => window.widgetsRendered);
    // Requests are counted once the network is quiet, not only those finished by the render.
    await page.waitForNetworkIdle({ idleTime: 300 });
    rendered.feedRequests = await page.evaluate(() => window.feedRequests());
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    const metrics = await page.metrics();
    samples.push({ ...rendered, jsHeapUsed: metrics.JSHeapUsedSize });
    await page.close();
  }
  const field = (name) => summary(samples.map((sample) => sample[name]));
  const widgets = {
    widgets: samples[0].widgets,
    errors: Math.max(...samples.map((sample) => sample.errors)),
    feedRequests: field('feedRequests'),
    msToAllRendered: field('msToAllRendered'),
    jsHeapUsed: field('jsHeapUsed'),
    domNodes: field('domNodes'),
  };
  results.widgets = { ...widgets, samples };
  console.log(`\n3. A page with ${widgets.widgets} widgets (5 of each kind) on one feed, from the script tag; ${samples.length} fresh loads, median (min–max)\n`);
  console.log(`   feed requests:                  ${range(widgets.feedRequests, 0)} (must be 1)`);
  console.log(`   navigation → all rendered:      ${range(widgets.msToAllRendered)} ms`);
  console.log(`   JS heap after GC:               ${range({ median: widgets.jsHeapUsed.median / 1e6, min: widgets.jsHeapUsed.min / 1e6, max: widgets.jsHeapUsed.max / 1e6 })} MB`);
  console.log(`   DOM nodes (shadow roots incl.): ${range(widgets.domNodes, 0)}`);
  if (widgets.errors > 0) console.log(`   ${widgets.errors} widget(s) showed an error`);
}

async function countdownGroup() {
  const MINUTES = 60;
  results.countdown = {};
  console.log(`\n4. 20 countdowns (deadlines 5 minutes to a year ahead) over ${MINUTES} minutes of driven time, per minute\n`);
  console.log(`${'scenario'.padEnd(14)}${'timers set'.padStart(12)}${'timers run'.padStart(12)}${'renders'.padStart(10)}${'intervals'.padStart(11)}   after`);
  for (const scenario of ['visible', 'hidden', 'offscreen']) {
    const page = await openPage(`/scripts/bench/page.html?page=countdown&scenario=${scenario}`);
    await page.waitForFunction('window.countdownsReady !== undefined');
    await page.evaluate(() => window.countdownsReady);
    let other;
    if (scenario === 'hidden') {
      other = await browser.newPage();
      await other.bringToFront();
      await page.waitForFunction(() => document.visibilityState === 'hidden');
    }
    const counts = await page.evaluate((minutes) => window.runCountdownMinutes(minutes), MINUTES);
    let after = `${counts.pendingTimers} timer(s) pending`;
    if (other) {
      // Back in front, the countdowns catch up at once.
      await page.bringToFront();
      await page.waitForFunction(() => document.visibilityState === 'visible');
      // Nothing rendered while hidden, so every render counted now is the catching up.
      const back = await page.evaluate(() => window.readCounts());
      counts.rendersOnReturn = back.renders - counts.renders;
      after += `; back in front: ${counts.rendersOnReturn} render(s) at once`;
      await other.close();
    }
    await page.close();
    const perMinute = (n) => (n / MINUTES).toFixed(2).padStart(12);
    results.countdown[scenario] = { minutes: MINUTES, ...counts };
    console.log(`${scenario.padEnd(14)}${perMinute(counts.timersSet)}${perMinute(counts.timersFired)}${(counts.renders / MINUTES).toFixed(2).padStart(10)}${String(counts.intervalsSet).padStart(11)}   ${after}`);
  }
}

try {
  const warm = runs('calendar') ? await measureWarmCalendar() : undefined;
  if (runs('first-visit')) results.firstVisit = await firstVisitGroup({ browser, origin, runs: RUNS });
  if (warm) printWarmCalendar(warm);
  if (runs('feed')) await feedGroup();
  if (runs('widgets')) await widgetsGroup();
  if (runs('countdown')) await countdownGroup();
  mkdirSync(new URL('bench-results/', root), { recursive: true });
  const file = new URL(`bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`, root);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${file.pathname.replace(root.pathname, '')}`);
} finally {
  await browser.close();
  server.close();
}
