// Server middleware for the tests: real HTTP responses that are counted, slow,
// failing or revalidated, so the loader is tested against a server, not a mock.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** Requests per `key`: { ok, notModified, failed }. */
const counts = new Map();
/** How `/api/feed/` answers for a key, set by `/api/mode`: `down` (503), `junk` (JSON that is no feed), `truncated`, `hold`. */
const modes = new Map();
/** For `down` set with `times=N`: how many more requests fail before the feed is served again. */
const failuresLeft = new Map();
/** Requests held by the `hold` mode, released when the mode for their key changes. */
const held = new Map();
/** Bodies a test posted to `/api/stored?key=K`, served back by GET. */
const stored = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the client has gone away (it aborted the request, or its page was closed). */
const clientGone = (ctx) =>
  new Promise((resolve) => {
    if (ctx.res.writableEnded || ctx.req.socket.destroyed) resolve();
    else ctx.res.once('close', resolve);
  });

/** Resolves when the mode for `key` changes, or the client goes away. */
function holdUntilReleased(ctx, key) {
  const release = new Promise((resolve) => {
    const waiting = held.get(key) ?? [];
    waiting.push(resolve);
    held.set(key, waiting);
  });
  return Promise.race([release, clientGone(ctx)]);
}

function count(key, field) {
  if (!key) return;
  const entry = counts.get(key) ?? { ok: 0, notModified: 0, failed: 0 };
  entry[field] += 1;
  counts.set(key, entry);
}

async function fixture(name) {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  try {
    return await readFile(`${fixtures}${name}`);
  } catch {
    return undefined;
  }
}

/**
 * - `/api/feed/<fixture>?key=K&delay=MS` serves a fixture with an ETag (304 on a
 *   matching If-None-Match), counting requests per key, after an optional delay; written
 *   without `.json`, it is also free of the test runner's year-long caching of files;
 *   `holdBody=1` sends the headers at once and the body only once `/api/mode` sets another
 *   mode than `hold` for K (an answer that has begun but not yet come);
 * - `/api/count?key=K` reports `{ ok, notModified, failed }` for that key;
 * - `/api/mode?key=K&mode=M` makes `/api/feed/` answer for K as `down` (503), with `junk`
 *   (JSON that is no feed) or `truncated` (half the body), or `hold` it unanswered until the
 *   mode changes or the client gives up; `times=N` with `down` fails the next N requests only;
 *   an empty mode restores it. The change is in place when `/api/mode` has answered, so a
 *   test never depends on how fast a request arrives;
 * - `/api/stored?key=K`: POST keeps the body (a feed a test wrote), GET serves it as JSON;
 * - `/api/csp/page` is a page of every widget under a strict Content-Security-Policy with
 *   Trusted Types (no inline script or style, no eval);
 * - `/api/page?feed=URL&event=ID` is a page that loads the built bundle and shows that event;
 *   its `window.feedOutcome` resolves to the type of the first feed event (`qw-feed-load` or `qw-feed-error`);
 * - `/api/status/<code>` answers with that status and an HTML body;
 * - `/api/html` answers 200 with an HTML page (a CMS error page);
 * - `/api/hang` answers only after the client has given up (its timeout aborted the request);
 * - `/api/calendar/<name>?type=T` serves the fixture `<name>.ics` from an address without
 *   the extension, as `text/calendar` or as type T.
 */
export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  const key = ctx.query.key;
  if (ctx.path === '/api/count') {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(counts.get(key) ?? { ok: 0, notModified: 0, failed: 0 });
    return;
  }
  if (ctx.path === '/api/stored') {
    if (ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      stored.set(key, Buffer.concat(chunks));
      ctx.status = 204;
      return;
    }
    if (!stored.has(key)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = stored.get(key);
    return;
  }
  if (ctx.path === '/api/mode') {
    if (ctx.query.mode) modes.set(key, ctx.query.mode);
    else modes.delete(key);
    if (ctx.query.times) failuresLeft.set(key, Number(ctx.query.times));
    else failuresLeft.delete(key);
    for (const release of held.get(key) ?? []) release();
    held.delete(key);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 204;
    return;
  }
  if (ctx.path === '/api/csp/page') {
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Strenge CSP</title>
      <script src="/test/security/csp-probe.js"></script>
      <script type="module" src="/dist/quartier-widgets.js"></script>
      <!-- Control 1: an inline script, which the policy must block and report. -->
      <script>window.inlineScriptRan = true;</script></head>
      <body>
        <qw-event-card data-check feed="/demo/sample-feed.json" event="kommunalkonferenz-2017"></qw-event-card>
        <qw-deadline-countdown data-check feed="/demo/sample-feed.json" call="difu-vielfalt-in-den-zentren" now="2015-10-07"></qw-deadline-countdown>
        <qw-programme-summary data-check feed="/demo/sample-feed.json" programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>
        <qw-calendar data-check feed="/demo/sample-feed.json" month="2015-10" show-filter show-subscribe></qw-calendar>
        <qw-event-card data-check lang="ar" feed="/test/fixtures/ics-google.ics" event="5k9t2b7q0m1r@google.com"></qw-event-card>
        <qw-event-list data-check lang="en" feed="/demo/sample-feed.json" now="2015-10-01" show-subscribe></qw-event-list>
        <qw-event-card data-check feed="/test/fixtures/event-facts.json" event="buergerversammlung" now="2017-03-01" structured-data></qw-event-card>
        <qw-event-card data-check feed="/test/fixtures/mixed.json" event="gut"></qw-event-card>
      </body></html>`;
    return;
  }
  if (ctx.path === '/api/page') {
    const attribute = (value) => String(value ?? '').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    // `feedOutcome`: the first feed event of the page, listened for before the bundle runs, so a test can await it.
    ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Partnerseite</title>
      <script>window.feedOutcome = new Promise((resolve) => {
        for (const type of ['qw-feed-load', 'qw-feed-error']) addEventListener(type, (event) => resolve(event.type), { once: true });
      });</script>
      <script type="module" src="/dist/quartier-widgets.js"></script></head>
      <body><qw-event-card feed="${attribute(ctx.query.feed)}" event="${attribute(ctx.query.event)}"></qw-event-card></body></html>`;
    return;
  }
  if (ctx.path.startsWith('/api/feed/')) {
    // Without an extension (`/api/feed/events`), so the test runner's long caching of files leaves it alone.
    const name = ctx.path.slice('/api/feed/'.length);
    const body = await fixture(/\.\w+$/.test(name) ? name : `${name}.json`);
    if (ctx.query.delay) await sleep(Number(ctx.query.delay));
    if (ctx.query.holdBody && body) {
      count(key, 'ok');
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = stream;
      ctx.flushHeaders();
      void (async () => {
        while (modes.get(key) === 'hold' && !ctx.req.socket.destroyed) await holdUntilReleased(ctx, key);
        stream.end(body);
      })();
      return;
    }
    while (modes.get(key) === 'hold') {
      await holdUntilReleased(ctx, key);
      if (ctx.req.socket.destroyed) {
        // Nobody is listening any more; an empty answer keeps it out of the runner's 404 report.
        ctx.status = 204;
        return;
      }
    }
    const mode = modes.get(key);
    if (mode === 'down') {
      count(key, 'failed');
      if (failuresLeft.has(key)) {
        const left = failuresLeft.get(key) - 1;
        if (left > 0) failuresLeft.set(key, left);
        else {
          failuresLeft.delete(key);
          modes.delete(key);
        }
      }
      ctx.status = 503;
      ctx.type = 'text/html';
      ctx.body = '<h1>Service Unavailable</h1>';
      return;
    }
    if (mode === 'junk' || mode === 'truncated') {
      count(key, 'failed');
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = mode === 'junk' ? '{"hello": "world"}' : body.subarray(0, Math.floor(body.length / 2));
      return;
    }
    if (!body) {
      ctx.status = 404;
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('If-None-Match') === etag) {
      count(key, 'notModified');
      ctx.status = 304;
      return;
    }
    count(key, 'ok');
    ctx.type = 'application/json';
    ctx.body = body;
    return;
  }
  if (ctx.path.startsWith('/api/status/')) {
    ctx.status = Number(ctx.path.slice('/api/status/'.length)) || 500;
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><title>Error ${ctx.status}</title><h1>Error ${ctx.status}</h1>`;
    return;
  }
  if (ctx.path.startsWith('/api/calendar/')) {
    const body = await fixture(`${ctx.path.slice('/api/calendar/'.length)}.ics`);
    if (!body) {
      ctx.status = 404;
      return;
    }
    ctx.type = ctx.query.type ?? 'text/calendar';
    ctx.body = body;
    return;
  }
  if (ctx.path === '/api/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><html><head><title>Wartungsarbeiten</title></head><body><h1>Diese Seite wird gerade gewartet.</h1></body></html>';
    return;
  }
  if (ctx.path === '/api/hang') {
    // Only the client's own timeout ends this request, however slow the machine is; the
    // cap only frees the server from a client that never gives up.
    await Promise.race([clientGone(ctx), sleep(60_000)]);
    ctx.status = 204;
    return;
  }
  return next();
}
