// Screenshots of the calendar with the demo feed at phone, column and desktop widths, in the
// light and dark schemes and in Arabic, to look at before and after a change of its layout.
// Not part of `npm test`. Usage: npm run screenshots [-- output-directory]
// (default /tmp/shots-cal). Bundles src/define.ts with esbuild, so no build is needed.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? '/tmp/shots-cal';
const WIDTHS = [320, 700, 1280];
/** The demo feed's busiest month, and the month the demo's sample call is open in. */
const MONTHS = [
  { month: '2015-10', now: '2015-10-19T12:00', feed: '/demo/sample-feed.json' },
  { month: '2017-03', now: '2017-03-20T09:00', feed: '/demo/sample-feed.json' },
  // Long words, an address as a title, full days, events in the neighbouring months' days.
  { month: '2017-03', now: '2017-03-20T09:00', feed: '/test/fixtures/calendar-visitor.json', name: 'visitor' },
];
const only = process.env.ONLY; // e.g. ONLY=visitor-320 to take the shots whose file name contains it
// DIALOG=1: the dialog instead, opened on the first "+N" day and then on its second event.
const dialog = Boolean(process.env.DIALOG);
const SCHEMES = [
  { name: 'light', lang: 'de', dark: false },
  { name: 'dark', lang: 'de', dark: true },
  { name: 'ar', lang: 'ar', dark: false },
];

const bundle = await esbuild.build({
  entryPoints: [join(root, 'src/define.ts')],
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: '/screenshots',
  write: false,
});
const chunks = new Map(bundle.outputFiles.map((file) => [file.path.replace('/screenshots', '/bundle'), file.text]));

const page = ({ lang, month, now, width, feed }) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<style>body { margin: 0; padding: 8px; font-family: system-ui, sans-serif; }
@media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } }
main { width: ${width - 16}px; }</style>
<script type="module" src="/bundle/define.js"></script></head>
<body><main><qw-calendar feed="${feed}" month="${month}" now="${now}" show-filter></qw-calendar></main></body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.ics': 'text/calendar', '.css': 'text/css' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/page') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page(Object.fromEntries(url.searchParams)));
    return;
  }
  const chunk = chunks.get(url.pathname);
  if (chunk !== undefined) {
    res.setHeader('content-type', 'text/javascript');
    res.end(chunk);
    return;
  }
  const path = normalize(join(root, url.pathname));
  if (!path.startsWith(join(root, 'demo')) && !path.startsWith(join(root, 'test/fixtures'))) {
    res.statusCode = 404;
    res.end();
    return;
  }
  try {
    const body = readFileSync(path);
    res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
try {
  const tab = await browser.newPage();
  for (const { month, now, feed, name = month } of MONTHS) {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        if (only && !`${name}-${width}-${scheme.name}`.includes(only)) continue;
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme.dark ? 'dark' : 'light' }]);
        await tab.setViewport({ width, height: 900 });
        const query = new URLSearchParams({ lang: scheme.lang, month, now, feed, width: String(width) });
        await tab.goto(`${origin}/page?${query}`, { waitUntil: 'networkidle0' });
        await tab.waitForFunction(() => document.querySelector('qw-calendar')?.shadowRoot?.querySelector('[part~=base]'));
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (dialog) {
          const calendar = () => document.querySelector('qw-calendar').shadowRoot;
          const opened = await tab.evaluate((find) => {
            const more = new Function('return ' + find)()().querySelector('[part~=more]');
            more?.click();
            return Boolean(more);
          }, calendar.toString());
          if (!opened) continue;
          for (const step of ['day', 'event']) {
            if (step === 'event') {
              await tab.evaluate((find) => new Function('return ' + find)()().querySelectorAll('[part~=day-list] button')[1].click(), calendar.toString());
              await tab.waitForFunction(() => document.querySelector('qw-calendar').shadowRoot.querySelector('dialog qw-event-card')?.shadowRoot?.querySelector('[part~=base]'));
            } else {
              await tab.waitForFunction(() => document.querySelector('qw-calendar').shadowRoot.querySelector('dialog[open] [part~=day-list]'));
            }
            const file = join(out, `dialog-${step}-${name}-${width}-${scheme.name}.png`);
            await tab.screenshot({ path: file });
            console.log(file);
          }
          continue;
        }
        const file = join(out, `calendar-${name}-${width}-${scheme.name}.png`);
        // The element rather than the full page: full-page shots of a right-to-left page come out blank.
        const main = await tab.$('main');
        await main.screenshot({ path: file });
        console.log(`${file}${overflow > 0 ? `  (page ${overflow} px wider than the window)` : ''}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
