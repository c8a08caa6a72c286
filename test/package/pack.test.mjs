// The npm package as a user gets it: `npm pack` of the built project, installed into an empty
// project, and its one-script-tag bundle loaded in headless Chromium from there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MAX_PACKED_BYTES = 1024 * 1024;
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let work;
let packed;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'qw-pack-'));
  // The project must have been built (`npm run build`, part of `npm test`).
  readFileSync(join(root, 'dist/quartier-widgets.js'));
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
});
after(() => rmSync(work, { recursive: true, force: true }));

// Chromium (136+) compiles such a file's functions as it loads, off the main thread where it
// streams the file; without the line each function is compiled on the main thread when first
// called, which cost the calendar's first visit about 20 ms (docs/performance.md). Other
// engines ignore the comment. The chunks that carry ical.js or zod go without: a feed runs a
// small part of those libraries.
const LIBRARY_CHUNKS = ['explain.js', 'feed-series.js', 'ics-feed.js'];
test('the script-tag bundle and each chunk of our own code start with V8\'s compile hint', () => {
  const chunks = readdirSync(join(root, 'dist/chunks')).filter((file) => file.endsWith('.js'));
  assert.ok(chunks.length > 10, `${chunks.length} chunks`);
  const firstLine = (file) => readFileSync(join(root, 'dist', file), 'utf8').split('\n', 1)[0];
  for (const file of ['quartier-widgets.js', ...chunks.filter((chunk) => !LIBRARY_CHUNKS.includes(chunk)).map((chunk) => `chunks/${chunk}`)]) {
    assert.equal(firstLine(file), '//# allFunctionsCalledOnLoad', file);
  }
  for (const chunk of LIBRARY_CHUNKS) assert.notEqual(firstLine(`chunks/${chunk}`), '//# allFunctionsCalledOnLoad', chunk);
});

test('the package holds what its users need, under 1 MB packed', () => {
  const files = packed.files.map((file) => file.path);
  assert.ok(packed.size < MAX_PACKED_BYTES, `packed ${packed.size} bytes`);
  assert.deepEqual(files.filter((path) => path.startsWith('dist/storybook')), []);
  for (const needed of ['dist/quartier-widgets.js', 'dist/npm/index.js', 'dist/types/index.d.ts', 'dist/feed.schema.json', 'dist/cli.mjs', 'custom-elements.json']) {
    assert.ok(files.includes(needed), `${needed} is missing`);
  }
  assert.ok(files.some((path) => path.startsWith('dist/chunks/')), 'the chunks loaded on demand are missing');
});

test('installed into an empty project, its dist/quartier-widgets.js renders a widget in the browser', async () => {
  const project = join(work, 'site');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), '{ "name": "partner-site", "private": true }\n');
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed.filename)], project);
  const feed = readFileSync(join(root, 'demo/sample-feed.json'));
  const page = `<!doctype html><html lang="en"><body>
    <script type="module" src="/node_modules/quartier-widgets/dist/quartier-widgets.js"></script>
    <qw-event-card feed="/feed.json" event="kommunalkonferenz-2017" lang="ar"></qw-event-card></body></html>`;
  const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    try {
      const body = path === '/' ? page : path === '/feed.json' ? feed : readFileSync(join(project, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  try {
    const tab = await browser.newPage();
    const failed = [];
    const ours = (url) => !url.endsWith('/favicon.ico');
    tab.on('requestfailed', (request) => ours(request.url()) && failed.push(request.url()));
    tab.on('response', (response) => response.status() >= 400 && ours(response.url()) && failed.push(response.url()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    // Arabic is a chunk loaded on demand: it must come from the installed package too.
    const title = await tab.waitForFunction(
      () => {
        const card = document.querySelector('qw-event-card');
        const heading = card?.shadowRoot?.querySelector('[part~="title"]');
        return heading && card.getAttribute('dir') === 'rtl' ? heading.textContent.trim() : undefined;
      },
      { timeout: 10000 },
    );
    assert.equal(await title.jsonValue(), 'Bundesweite Kommunalkonferenz „Integration vor Ort leben“');
    assert.deepEqual(failed, []);
  } finally {
    await browser.close();
    server.close();
  }
});
