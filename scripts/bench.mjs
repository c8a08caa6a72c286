// npm run bench: builds, serves the repository, runs the benchmark pages in headless
// Chromium and prints medians and ranges; writes the figures to bench-results/ as JSON.
// Figures, not pass/fail: the machines are shared and noisy, so no timing is ever a test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const root = new URL('..', import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP = 2;
const SIZES = [50, 500, 5000];

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
// The peer, bundled for the page only.
await build({
  entryPoints: ['scripts/bench/fullcalendar-entry.mjs'],
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
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (n) => `${n.toFixed(1)} ms`;
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values });

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  await page.emulateTimezone('Europe/Berlin');
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${origin}/scripts/bench/calendar.html`);
  await page.waitForFunction('window.benchReady === true');
  const raw = await page.evaluate((options) => window.runCalendarBench(options), { sizes: SIZES, runs: RUNS, warmup: WARMUP });

  const calendar = {};
  console.log(`\n1. Calendar: March 2017 with N events, feed in memory → painted grid (median of ${RUNS}, min–max)\n`);
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

  const version = await browser.version();
  mkdirSync(new URL('bench-results/', root), { recursive: true });
  const file = new URL(`bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`, root);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), browser: version, runs: RUNS, calendar, ratios }, null, 2)}\n`);
  console.log(`\nWrote ${file.pathname.replace(root.pathname, '')}`);
} finally {
  await browser.close();
  server.close();
}
