// Seeded fuzzing of iCalendar input: 1,200 mutations of the exporters' fixtures (lines
// dropped, doubled, swapped, cut off, refolded; broken values and structure put in) go
// through `from-ics` and `validate` as the command line runs them. None may throw; each
// gives a feed or says why there is none; and what `from-ics` prints validates cleanly.
// A failure names the seed that reproduces it.
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { fixture, run } from './cli.mjs';

const BASE_SEED = 20_261_129;
const CASES = 1_200;
const NOW = Date.UTC(2017, 2, 1, 8);

// The command's own modules, bundled as the build bundles them, so each case runs without starting a process.
const dir = mkdtempSync(join(tmpdir(), 'qw-ics-fuzz-'));
const root = new URL('../../', import.meta.url).pathname;
await build({
  stdin: {
    contents: "export { convertIcs } from './src/cli/from-ics.ts'; export { validateFeedText } from './src/cli/validate.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(dir, 'cli-modules.mjs'),
  logLevel: 'warning',
});
const { convertIcs, validateFeedText } = await import(join(dir, 'cli-modules.mjs'));

/** mulberry32: a small seeded generator, so a case is reproduced from its seed alone. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SOURCES = readdirSync(new URL('../fixtures/', import.meta.url))
  .filter((name) => /^ics-.*\.ics$/.test(name))
  .map((name) => readFileSync(fixture(name), 'utf8'));

/** Lines that real files get wrong, put anywhere. */
const BROKEN = [
  '<br />',
  '<b>Warning</b>:  Undefined index: venue in /var/www/ical.php on line 12',
  'RRULE:FREQ=SOMETIMES',
  'RRULE:FREQ=MINUTELY',
  'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
  'RRULE:FREQ=DAILY;COUNT=-3',
  'RRULE:FREQ=WEEKLY;UNTIL=20160101',
  'DTSTART:2017XX01T100000',
  'DTSTART:20190101',
  'DTSTART;VALUE=DATE:20170230',
  'DTSTART;TZID="Europe/Berlin:20170301T100000',
  'DTSTART;TZID=(UTC-05:00) Eastern Time (US & Canada):20170320T090000',
  'DTSTART;TZID=Mars/Olympus_Mons:20170320T090000',
  'DTEND:19000101T000000Z',
  'DTEND;VALUE=DATE:99991231',
  'DURATION:P-1D',
  'DURATION:PXYZ',
  'RDATE:',
  'RDATE;VALUE=PERIOD:20170302T100000Z/nie',
  'RDATE;VALUE=PERIOD:20170302T100000Z/PT2H,20170309T100000Z/20170309T090000Z',
  'RDATE;VALUE=DATE:20170305,20170306',
  'EXDATE:kaputt',
  'RECURRENCE-ID:20170307T100000Z',
  'RECURRENCE-ID;VALUE=DATE:20170226',
  'UID:',
  'SUMMARY:',
  'SUMMARY:<script>alert(1)</script>',
  'ORGANIZER;CN=Amt:mailto:info@example.org#x',
  'URL:javascript:alert(1)',
  'CLASS:PRIVATE',
  'STATUS:CANCELLED',
  'BEGIN:VEVENT',
  'END:VEVENT',
  'BEGIN:VALARM',
  'END:VTODO',
  'BEGIN:VCALENDAR',
  'END:VCALENDAR',
  'BEGIN:VTIMEZONE',
  'TZOFFSETTO:+9999',
  'X-WR-TIMEZONE:Europe/Atlantis',
  'X-WR-TIMEZONE:W. Europe Standard Time',
  'LAST-MODIFIED:20171340T250000Z',
  'DESCRIPTION:NUL\u0000im Text \ud800 und \u202e',
  ' folded on nothing',
  '',
];

function mutate(text, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  let lines = text.split(/\r?\n/);
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * lines.length);
    const kind = random();
    if (kind < 0.2) lines.splice(at, 1);
    else if (kind < 0.35) lines.splice(at, 0, lines[at] ?? '');
    else if (kind < 0.45) [lines[at], lines[0]] = [lines[0], lines[at]];
    else if (kind < 0.75) lines.splice(at, 0, pick(BROKEN));
    else if (kind < 0.85) lines[at] = (lines[at] ?? '').replace(/\d/g, () => String(Math.floor(random() * 10)));
    else if (kind < 0.92) lines = lines.slice(0, at);
    else lines[at] = (lines[at] ?? '').slice(0, Math.floor(random() * 30)) + '\r\n ' + (lines[at] ?? '').slice(30);
  }
  return lines.join(random() < 0.5 ? '\r\n' : '\n');
}

test(`${CASES} mutated iCalendar files through from-ics and validate: none throws, every feed printed validates cleanly`, () => {
  const seen = { feeds: 0, refused: 0, skipped: 0 };
  for (let n = 0; n < CASES; n++) {
    const seed = BASE_SEED + n;
    const random = generator(seed);
    const text = mutate(SOURCES[Math.floor(random() * SOURCES.length)], random);
    let conversion;
    try {
      conversion = convertIcs(text, 'fuzz.ics', { now: NOW });
    } catch (error) {
      assert.fail(`seed ${seed}: from-ics threw ${error?.stack ?? error}`);
    }
    const { feed, report } = conversion;
    assert.equal(report.readable, feed !== undefined, `seed ${seed}: a feed exactly when the file is readable`);
    if (!feed) {
      assert.match(report.error, /\S/, `seed ${seed}: a refusal says why`);
      seen.refused++;
      continue;
    }
    seen.feeds++;
    seen.skipped += report.skipped;
    for (const issue of report.issues) assert.match(issue.message, /\S/, `seed ${seed}: ${issue.path} has a message`);
    let check;
    try {
      check = validateFeedText(JSON.stringify(feed), 'fuzz.json', NOW);
    } catch (error) {
      assert.fail(`seed ${seed}: validate threw ${error?.stack ?? error}`);
    }
    assert.equal(check.readable, true, `seed ${seed}`);
    assert.deepEqual(
      check.issues.filter((issue) => issue.action !== 'warning'),
      [],
      `seed ${seed}: what from-ics prints validates without a skipped item or dropped field`,
    );
    assert.equal(check.valid.events, feed.events.length, `seed ${seed}`);
  }
  // The mutations reach every outcome, so the test proves something about each.
  assert.ok(seen.feeds > CASES / 2 && seen.refused > 0 && seen.skipped > 0, JSON.stringify(seen));
});

test('the command itself, on the harshest mutations, reports and never prints a stack trace', async () => {
  const random = generator(BASE_SEED - 1);
  for (let n = 0; n < 8; n++) {
    let text = SOURCES[n % SOURCES.length];
    for (let round = 0; round < 4; round++) text = mutate(text, random);
    const file = join(dir, `harsh-${n}.ics`);
    writeFileSync(file, text);
    for (const command of ['from-ics', 'validate']) {
      const { code, stderr } = await run(command, file, '--now', '2017-03-01T08:00:00Z');
      assert.ok(code === 0 || code === 1, `${command} harsh-${n}: exit code ${code}\n${stderr}`);
      assert.doesNotMatch(stderr, /\bat .+:\d+:\d+/, `${command} harsh-${n}: the command threw:\n${stderr}`);
    }
  }
});
