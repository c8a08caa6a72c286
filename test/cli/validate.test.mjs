// The publisher's command line, run as publishers run it: `node dist/cli.mjs validate …`
// after `npm run build`. Node's own test runner; part of `npm test`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, run, serving } from './cli.mjs';

test('a valid feed passes with a summary and exit code 0', async () => {
  const { code, stdout } = await run('validate', 'demo/sample-feed.json', '--now', '2015-10-01T00:00:00Z');
  assert.equal(code, 0);
  assert.match(stdout, /14 event\(s\), 3 call\(s\), 5 programme\(s\) valid; 0 item\(s\) skipped/);
});

test('skipped items are listed with path, id and fix, and the exit code is 1', async () => {
  const { code, stdout } = await run('validate', fixture('calls.json'), '--now', '2015-10-01T00:00:00Z');
  assert.equal(code, 1);
  assert.match(stdout, /2 item\(s\) skipped/);
  assert.match(stdout, /skipped +calls\[7\] \(id 'falsche-frist'\): calls\[7\]\.deadline: '19\.10\.2015' is not a date; write 2015-10-19/);
});

test('warns of what validates but surprises: past deadlines, events without end, no time zone', async () => {
  const { stdout } = await run('validate', fixture('calls.json'), '--now', '2016-01-01T00:00:00Z');
  assert.match(stdout, /warning +calls\[0\]\.deadline \(id 'difu'\): the deadline 2015-10-19 has passed/);
  const events = await run('validate', fixture('events.json'), '--now', '2030-01-01T00:00:00Z');
  assert.match(events.stdout, /warning +events\[\d+\] \(id 'ohne-ende'\): the event has a start time but no end/);
  assert.match(events.stdout, /warning +updated: the feed was last updated \d+ days ago/);
  assert.doesNotMatch(events.stdout, /timeZone/);
  // A relative link in a local file is fine: it is resolved where the feed is served.
  assert.doesNotMatch(events.stdout, /registrationUrl/);
  const noZone = await run('validate', fixture('newer-version.json'));
  assert.match(noZone.stdout, /warning +timeZone: the feed names no time zone/);
});

test('--json prints a machine-readable report', async () => {
  const { code, stdout } = await run('validate', fixture('calls.json'), '--json', '--now', '2015-10-01T00:00:00Z');
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.deepEqual(report.valid, { events: 3, calls: 6, programmes: 3 });
  assert.equal(report.skipped, 2);
  assert.deepEqual(
    report.issues.filter((issue) => issue.action === 'item-skipped').map((issue) => issue.field),
    ['calls[6].deadline', 'calls[7].deadline'],
  );
});

test('a document that is not a feed, and a file that does not exist', async () => {
  const notAFeed = await run('validate', fixture('json-array.json'));
  assert.equal(notAFeed.code, 1);
  assert.match(notAFeed.stdout, /not a feed: the document is a JSON list/);
  const missing = await run('validate', fixture('gibt-es-nicht.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot be read/);
  const usage = await run('check');
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /quartier-widgets validate <file-or-URL>/);
});

test('reads a feed from a URL', () =>
  serving({ '/feed.json': ['calls.json', 'application/json'] }, async (base) => {
    const ok = await run('validate', `${base}/feed.json`, '--now', '2015-10-01T00:00:00Z');
    assert.equal(ok.code, 1);
    assert.match(ok.stdout, /3 event\(s\), 6 call\(s\)/);
    const notFound = await run('validate', `${base}/fehlt.json`);
    assert.equal(notFound.code, 2);
    assert.match(notFound.stderr, /HTTP 404/);
  }));

test("reports the feed's last edges with the JSON path and a fix: e-mail, phone, impossible dates, budgets", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qw-edges-'));
  const file = join(dir, 'feed.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      timeZone: 'Europe/Berlin',
      events: [
        { id: 'kontakt', title: 'K', start: '2017-03-20', organizer: { email: 'info@example.org#x', phone: 'data:text/html;base64,PHN2Zz4=' } },
        { id: 'ende', title: 'E', start: '2017-03-20T10:00', end: '2017-03-20T99:00' },
      ],
      programmes: [
        { id: 'budget', name: 'B', budget: { amount: -5, currency: 'EUR' } },
        { id: 'start', name: 'S', start: '2025-02-30' },
      ],
    }),
  );
  const { code, stdout } = await run('validate', file, '--now', '2017-03-01T00:00:00Z');
  assert.equal(code, 1);
  assert.match(stdout, /1 event\(s\), 0 call\(s\), 1 programme\(s\) valid; 2 item\(s\) skipped/);
  assert.match(stdout, /dropped +events\[0\]\.organizer\.email \(id 'kontakt'\): 'info@example\.org#x' is not a plain e-mail address; write e\.g\. info@example\.org/);
  assert.match(stdout, /dropped +events\[0\]\.organizer\.phone \(id 'kontakt'\): 'data:text\/html;base64,PHN2Zz4=' is not a phone number; write up to 60 digits/);
  assert.match(stdout, /skipped +events\[1\] \(id 'ende'\): events\[1\]\.end: '2017-03-20T99:00' is not a real date or time/);
  assert.match(stdout, /dropped +programmes\[0\]\.budget\.amount \(id 'budget'\): '-5' is not an amount; write a number from 0 to 10¹²/);
  assert.match(stdout, /skipped +programmes\[1\] \(id 'start'\): programmes\[1\]\.start: '2025-02-30' is not a real date/);
});

test('funding calls of every kind validate; a wrong fact is dropped and named, and the call kept', async () => {
  const { code, stdout } = await run('validate', fixture('funding.json'), '--now', '2026-01-01T00:00:00Z');
  assert.equal(code, 0);
  assert.match(stdout, /0 event\(s\), 6 call\(s\), 1 programme\(s\) valid; 0 item\(s\) skipped/);
  assert.match(stdout, /dropped +calls\[4\]\.fundingRate\.max \(id 'mittel-ohne-datum'\): '120' is not a percentage from 0 to 100/);
  const later = await run('validate', fixture('funding.json'), '--now', '2027-06-01T00:00:00Z');
  // Past: the last stage's and the last round's dates, not the first ones.
  assert.match(later.stdout, /warning +calls\[0\]\.deadline \(id 'stufen'\): the deadline 2026-06-30T12:00 has passed/);
  assert.match(later.stdout, /warning +calls\[1\]\.deadline \(id 'runden'\): the deadline 2027-03-31 has passed/);
  assert.doesNotMatch(later.stdout, /laufend/);
});

test('a call without any date is skipped with the ways to fix it; a rolling call with a deadline is warned about', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qw-funding-'));
  const file = join(dir, 'feed.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      timeZone: 'Europe/Berlin',
      calls: [
        { id: 'laufend', title: 'Laufend', deadlineType: 'rolling', deadline: '2030-01-01' },
        { id: 'ohne', title: 'Ohne Datum' },
      ],
    }),
  );
  const { code, stdout } = await run('validate', file, '--now', '2026-01-01T00:00:00Z');
  assert.equal(code, 1);
  assert.match(stdout, /skipped +calls\[1\] \(id 'ohne'\): calls\[1\]\.deadline: is missing; give one, give stages or rounds, or set deadlineType to "rolling"/);
  assert.match(stdout, /warning +calls\[0\] \(id 'laufend'\): the call is rolling \(no deadline\); its deadline is ignored/);
});

test('event facts: bad values are dropped with their path and reason, their events stay', async () => {
  const { code, stdout } = await run('validate', fixture('event-facts.json'), '--now', '2017-03-01T00:00:00Z');
  // Dropped fields keep their events: nothing is skipped.
  assert.equal(code, 0);
  assert.match(stdout, /6 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 0 item\(s\) skipped/);
  assert.match(stdout, /dropped +events\[4\]\.registration\.status \(id 'fehlerhafte-fakten'\): 'ausgebucht' is not allowed; use open, waitlist, full, closed/);
  assert.match(stdout, /dropped +events\[4\]\.accessibility\[1\] \(id 'fehlerhafte-fakten'\): 'rollstuhlgerecht' is not allowed/);
  assert.match(stdout, /dropped +events\[4\]\.image\.url \(id 'fehlerhafte-fakten'\): 'http:\/\/www\.example\.org\/bilder\/putz\.jpg' is not an https: link/);
  assert.match(stdout, /dropped +events\[5\]\.image\.alt \(id 'bild-ohne-alt'\): is missing/);
  assert.match(stdout, /dropped +events\[4\]\.recurrence\.rule \(id 'fehlerhafte-fakten'\): 'jeden Samstag' is not an RRULE value/);
  assert.doesNotMatch(stdout, /elterncafe/);
});

test('event facts that contradict each other are warned of', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qw-facts-'));
  const file = join(dir, 'feed.json');
  const event = (id, facts) => ({ id, title: id, start: '2017-03-20T10:00', end: '2017-03-20T12:00', ...facts });
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      timeZone: 'Europe/Berlin',
      events: [
        event('mehr-frei-als-da', { registration: { capacity: 10, remaining: 12 } }),
        event('voll-mit-plaetzen', { registration: { status: 'full', remaining: 3 } }),
        event('alter-verdreht', { ageRange: { min: 16, max: 12 } }),
        event('bild-ohne-masse', { image: { url: 'https://example.org/a.jpg', alt: '' } }),
        event('preis-ohne-waehrung', { price: { amount: 5 } }),
        event('verschoben-ohne-status', { previousStart: '2017-03-13T10:00' }),
      ],
    }),
  );
  const { code, stdout } = await run('validate', file, '--now', '2017-03-01T00:00:00Z');
  assert.equal(code, 0);
  assert.match(stdout, /warning +events\[0\]\.registration\.remaining \(id 'mehr-frei-als-da'\): 12 places remain of a capacity of 10/);
  assert.match(stdout, /warning +events\[1\]\.registration\.status \(id 'voll-mit-plaetzen'\): the event is marked full but 3 places remain/);
  assert.match(stdout, /warning +events\[2\]\.ageRange \(id 'alter-verdreht'\): the youngest age 16 is above the oldest 12/);
  assert.match(stdout, /warning +events\[3\]\.image \(id 'bild-ohne-masse'\): the image has no width and height/);
  assert.match(stdout, /warning +events\[4\]\.price\.currency \(id 'preis-ohne-waehrung'\): the price has an amount but no currency/);
  assert.match(stdout, /warning +events\[5\]\.previousStart \(id 'verschoben-ohne-status'\): previousStart is shown only for status rescheduled/);
});

test('alternates: each is kept with its link resolved against the feed; a wrong one is dropped and named, the feed kept', async () => {
  const { code, stdout } = await run('validate', fixture('alternates.json'), '--now', '2017-03-01T00:00:00Z', '--json');
  const report = JSON.parse(stdout);
  // Dropped entries keep their feed: nothing is skipped.
  assert.equal(code, 0);
  assert.deepEqual(report.valid, { events: 4, calls: 0, programmes: 0 });
  const dropped = report.issues.filter((issue) => issue.action === 'field-dropped').map((issue) => `${issue.path}: ${issue.message}`);
  assert.deepEqual(dropped, [
    "alternates[6].url: 'javascript:alert(1)' is not an http: or https: link",
    "alternates[7].type: 'application/pdf' is not allowed; use text/calendar, application/rss+xml, text/html",
  ]);
  const text = await run('validate', fixture('alternates.json'), '--now', '2017-03-01T00:00:00Z');
  assert.match(text.stdout, /dropped +alternates\[6\]\.url: 'javascript:alert\(1\)' is not an http: or https: link/);
});

test('alternates: a second calendar for the same tags and programme is warned of, since it is never offered', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qw-alternates-'));
  const file = join(dir, 'feed.json');
  const calendar = (url, part) => ({ type: 'text/calendar', url, ...part });
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      timeZone: 'Europe/Berlin',
      alternates: [
        calendar('https://example.org/kultur.ics', { tags: ['Kultur', 'Sport'] }),
        calendar('https://example.org/alle.ics'),
        calendar('https://example.org/sport-kultur.ics', { tags: ['sport', 'Kultur'] }),
        calendar('https://example.org/fest.ics', { tags: ['Kultur', 'Sport'], programmeId: 'fest' }),
        { type: 'text/html', url: 'https://example.org/alle' },
        { type: 'text/html', url: 'https://example.org/alle2' },
      ],
      events: [],
    }),
  );
  const { code, stdout } = await run('validate', file, '--now', '2017-03-01T00:00:00Z');
  assert.equal(code, 0);
  const warnings = stdout.split('\n').filter((line) => line.includes(' alternates['));
  assert.deepEqual(warnings, [
    '  warning  alternates[2]: an earlier text/calendar alternate holds the same tags and programme; this one is never offered',
  ]);
});
