// `quartier-widgets from-ics`, and `validate` given an iCalendar file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, run, serving } from './cli.mjs';

const NOW = ['--now', '2017-03-01T08:00:00Z'];

test('converts a Google Calendar export to a feed that validates cleanly', async () => {
  const { code, stdout, stderr } = await run('from-ics', fixture('ics-google.ics'), ...NOW);
  assert.equal(code, 0);
  const feed = JSON.parse(stdout);
  // The same address as the schema's own $id and the docs.
  assert.equal(feed.$schema, JSON.parse(readFileSync(new URL('../../dist/feed.schema.json', import.meta.url), 'utf8')).$id);
  assert.equal(feed.$schema, 'https://unpkg.com/quartier-widgets/dist/feed.schema.json');
  assert.equal(feed.title, 'Quartiersmanagement Dortmund-Nordstadt');
  assert.equal(feed.events.length, 9);
  assert.match(stderr, /9 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 1 item\(s\) skipped/);
  assert.match(stderr, /skipped +VEVENT\[5\] \(id 'privat-zahnarzt@google\.com'\): the VEVENT is marked CLASS:PRIVATE/);

  const file = join(mkdtempSync(join(tmpdir(), 'qw-')), 'feed.json');
  writeFileSync(file, stdout);
  const check = await run('validate', file, ...NOW);
  assert.equal(check.code, 0, check.stdout);
  assert.match(check.stdout, /9 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 0 item\(s\) skipped/);
});

test('adds tags and a programme to every event', async () => {
  const { stdout } = await run('from-ics', fixture('ics-nextcloud.ics'), '--tags', 'Quartier, Berlin', '--programme', 'soziale-stadt', ...NOW);
  const { events } = JSON.parse(stdout);
  assert.deepEqual(events[0].tags, ['Netzwerk', 'Integration', 'Quartier', 'Berlin']);
  assert.ok(events.every((event) => event.programmeId === 'soziale-stadt' && event.tags.includes('Quartier')));
});

test('--from and --until choose the occurrences of a series; single events stay', async () => {
  const { stdout } = await run('from-ics', fixture('ics-google.ics'), '--from', '2017-03-20', '--until', '2017-03-31', ...NOW);
  const ids = JSON.parse(stdout).events.map((event) => event.id);
  assert.deepEqual(
    ids.filter((id) => id.startsWith('sprechstunde')),
    ['sprechstunde-8d1e@google.com/20170321T100000', 'sprechstunde-8d1e@google.com/20170328T100000'],
  );
  assert.ok(ids.includes('aktionstage-nordstadt@google.com'));
});

test('relative links need the site: --base, or the address the file came from', async () => {
  const bare = await run('from-ics', fixture('ics-typo3.ics'), ...NOW);
  assert.equal(JSON.parse(bare.stdout).events[0].url, undefined);
  assert.match(bare.stderr, /dropped +events\[0\]\.url .*is not an http: or https: link; for a relative link, name the site with --base/);
  const based = await run('from-ics', fixture('ics-typo3.ics'), '--base', 'https://www.hamm.de/', ...NOW);
  assert.equal(JSON.parse(based.stdout).events[0].url, 'https://www.hamm.de/veranstaltungen/detail/stadtteilspaziergang-hamm-westen');
  await serving({ '/export/termine.ics': ['ics-typo3.ics', 'text/calendar'] }, async (base) => {
    const fetched = await run('from-ics', `${base}/export/termine.ics`, ...NOW);
    assert.equal(fetched.code, 0);
    assert.equal(JSON.parse(fetched.stdout).events[0].url, `${base}/veranstaltungen/detail/stadtteilspaziergang-hamm-westen`);
  });
});

test('a file that is not iCalendar: exit 1 and why; wrong usage: exit 2', async () => {
  const html = await run('from-ics', fixture('ics-not-a-calendar.ics'));
  assert.equal(html.code, 1);
  assert.equal(html.stdout, '');
  assert.match(html.stderr, /not a feed: the iCalendar file cannot be read/);
  const unknown = await run('from-ics', fixture('ics-google.ics'), '--zone', 'Europe/Berlin');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /quartier-widgets from-ics <file-or-URL>/);
  const badDate = await run('from-ics', fixture('ics-google.ics'), '--from', 'letzte Woche');
  assert.equal(badDate.code, 2);
});

test('validate reads an iCalendar file as the widgets would', async () => {
  const { code, stdout } = await run('validate', fixture('ics-outlook.ics'), '--json', ...NOW);
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.deepEqual(report.valid, { events: 4, calls: 0, programmes: 0 });
  assert.equal(report.skipped, 1);
  assert.deepEqual(
    report.issues.filter((issue) => issue.action === 'item-skipped').map((issue) => issue.id),
    ['vertraulich-1@difu.de'],
  );
});

test('converts the quirks of Exchange, libical and CalendarLabs exports; validate lists what a broken file costs', async () => {
  const exchange = JSON.parse((await run('from-ics', fixture('ics-exchange.ics'), ...NOW)).stdout);
  const moved = exchange.events.find((event) => event.title === 'Infostand Wochenmarkt (Montag)');
  assert.equal(moved.start, '2017-02-27');

  // RDATE;VALUE=PERIOD once crashed both commands (occurrence.convertToZone is not a function).
  const libical = await run('validate', fixture('ics-libical.ics'), ...NOW);
  assert.equal(libical.code, 0, libical.stdout + libical.stderr);
  assert.match(libical.stdout, /9 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 0 item\(s\) skipped/);

  const labs = await run('validate', fixture('ics-calendarlabs.ics'), ...NOW);
  assert.equal(labs.code, 0);
  assert.match(labs.stdout, /warning +VEVENT\[0\]: DTSTART:20170414 is a date written without VALUE=DATE; it is read as a date/);

  const wordpress = await run('validate', fixture('ics-wordpress.ics'), ...NOW);
  assert.equal(wordpress.code, 1);
  assert.match(wordpress.stdout, /4 event\(s\), 0 call\(s\), 0 programme\(s\) valid; 1 item\(s\) skipped/);
  assert.match(wordpress.stdout, /warning +line 7: the line '<b>Warning<\/b>:/);
  assert.match(wordpress.stdout, /skipped +VEVENT\[0\] \(id 'event-41@stadtteilverein\.example\.org'\): the VEVENT cannot be read: line 15 'Bitte Handschuhe/);
});
