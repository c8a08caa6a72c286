// Hostile and broken feeds through `validate`: every one gets a clear report and the
// right exit code, none makes the command throw, and huge input stays a short report.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './cli.mjs';

const dir = mkdtempSync(join(tmpdir(), 'qw-hostile-'));
const event = (fields = {}) => ({ id: 'gut', title: 'Gültig', start: '2017-03-20T10:00', end: '2017-03-20T12:00', ...fields });
const feedWith = (events, extra = {}) => ({ version: 1, timeZone: 'Europe/Berlin', events, ...extra });

/** Writes `content` (a value to serialise, or raw text) and validates it. */
async function validate(name, content) {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  const result = await run('validate', file, '--now', '2017-03-01T00:00:00Z');
  assert.doesNotMatch(result.stderr, /\bat .+:\d+:\d+/, `${name}: the command threw:\n${result.stderr}`);
  return result;
}

const CASES = [
  {
    name: 'wrong types beside a valid item',
    content: feedWith([{ id: 7, title: ['x'], start: true }, event()]),
    code: 1,
    report: [/1 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 1 item\(s\) skipped/, /skipped +events\[0\]: events\[0\]\.id: '7' must be text/],
  },
  {
    name: 'a required field missing',
    content: feedWith([{ id: 'ohne-titel', start: '2017-03-20' }, event()]),
    code: 1,
    report: [/skipped +events\[0\] \(id 'ohne-titel'\): events\[0\]\.title: is missing/],
  },
  {
    name: 'duplicate ids',
    content: feedWith([event(), event({ title: 'Zweites' })]),
    code: 1,
    report: [/skipped +events\[1\] \(id 'gut'\): duplicate id 'gut'; the first item with this id is kept/],
  },
  {
    name: 'impossible and German dates',
    content: feedWith([event({ id: 'a', start: '2017-02-31' }), event({ id: 'b', start: '20.03.2017, 10:00' })]),
    code: 1,
    report: [/'2017-02-31' is not a real date or time/, /'20\.03\.2017, 10:00' is not a date; write 2017-03-20T10:00/],
  },
  {
    name: 'end before start',
    content: feedWith([event({ end: '2017-03-19T12:00' })]),
    code: 1,
    report: [/end '2017-03-19T12:00' is before start '2017-03-20T10:00'/],
  },
  {
    name: 'a year beyond what Date holds',
    content: feedWith([event({ start: '+275760-09-13' }), event({ id: 'b', start: '275760-09-13T00:00' })]),
    code: 1,
    report: [/2 item\(s\) skipped/, /'\+275760-09-13' is not a date/],
  },
  {
    name: 'a text of 1 MB',
    content: feedWith([event({ title: 'A'.repeat(1024 * 1024) }), event({ id: 'b', start: 'x'.repeat(1024 * 1024) })]),
    code: 1,
    report: [/1 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 1 item\(s\) skipped/, /'x{40}…' is not a date/],
    maxOutput: 2_000,
  },
  {
    name: 'junk nested 5,000 deep in fields',
    content: `{"version":1,"events":[${JSON.stringify(event())},{"id":"tief","title":"T","start":"2017-03-20","location":{"name":${'['.repeat(5000)}${']'.repeat(5000)}},"extra":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}]}`,
    code: 0,
    report: [/2 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 0 item\(s\) skipped/, /dropped +events\[1\]\.location\.name \(id 'tief'\)/],
    maxOutput: 2_000,
  },
  {
    name: 'unknown fields',
    content: feedWith([event({ colour: 'rot', '<script>': 'x' })], { generator: 'CMS 9' }),
    code: 0,
    report: [/1 event\(s\).*0 item\(s\) skipped$/m],
  },
  {
    name: 'a newer version',
    content: feedWith([event()], { version: 7 }),
    code: 0,
    report: [/warning +version: the feed is version 7, newer than this library reads \(1\)/],
  },
  { name: 'an empty feed', content: { version: 1 }, code: 0, report: [/0 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 0 item\(s\) skipped/] },
  { name: 'an empty object', content: {}, code: 1, report: [/not a feed: the JSON has no version, events, calls or programmes/] },
  { name: 'a number', content: '42', code: 1, report: [/not a feed: the document is JSON number, not a feed object/] },
  { name: 'null', content: 'null', code: 1, report: [/not a feed: the document is JSON null/] },
  { name: 'a list', content: '[]', code: 1, report: [/not a feed: the document is a JSON list/] },
  {
    name: 'an HTML error page',
    content: '<!doctype html><title>502 Bad Gateway</title><h1>502</h1>',
    code: 1,
    report: [/not a feed: the address returned an HTML page, not a JSON feed/],
  },
  { name: 'truncated JSON', content: '{"version":1,"events":[{"id":"a",', code: 1, report: [/not a feed: the response is not valid JSON/] },
  { name: 'a byte order mark', content: `\uFEFF${JSON.stringify(feedWith([event()]))}`, code: 0, report: [/1 event\(s\)/] },
  {
    name: 'script in every text and link field',
    content: feedWith([
      event({
        title: '<img src=x onerror=alert(1)>',
        description: '</script><script>alert(1)</script>',
        url: 'javascript:alert(1)',
        registrationUrl: ' JaVaScRiPt:alert(1)',
        location: { name: '"><svg onload=alert(1)>', url: 'data:text/html,<script>alert(1)</script>' },
        organizer: { email: 'x@y.de?subject=<script>' },
      }),
    ]),
    code: 0,
    report: [
      /dropped +events\[0\]\.url \(id 'gut'\): 'javascript:alert\(1\)' is not an http: or https: link/,
      /dropped +events\[0\]\.registrationUrl/,
      /dropped +events\[0\]\.location\.url/,
      /dropped +events\[0\]\.organizer\.email/,
    ],
  },
];

for (const { name, content, code, report, maxOutput } of CASES) {
  test(`validate: ${name}`, async () => {
    const result = await validate(`${name.replace(/\W+/g, '-')}.json`, content);
    assert.equal(result.code, code, result.stdout);
    for (const pattern of report) assert.match(result.stdout, pattern);
    if (maxOutput) assert.ok(result.stdout.length < maxOutput, `${result.stdout.length} characters of report`);
  });
}

test('validate: 50,000 events, one in a hundred broken, reported item by item', async () => {
  const events = Array.from({ length: 50_000 }, (_, i) =>
    event({ id: `e${i}`, start: i % 100 === 0 ? `${i}` : `2017-03-${String((i % 28) + 1).padStart(2, '0')}T10:00`, end: undefined }),
  );
  const started = performance.now();
  const result = await validate('fifty-thousand.json', feedWith(events));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /49500 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 500 item\(s\) skipped/);
  assert.equal(result.stdout.match(/^ {2}skipped /gm).length, 500);
  console.log(`# 50,000 events validated in ${seconds} s (command start included)`);
});
