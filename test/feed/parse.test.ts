import { expect } from '@open-wc/testing';
import { readFeedInSlices, type FeedIssue } from '../../src/feed/parse.js';
import { readFeed, readFeedText } from '../../src/feed/read-feed.js';
import { eventSchema, feedSchema } from '../../src/feed/schema.js';
import { schemaDef } from '../../src/feed/zod-adapter.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/${name}`)).text();
const base = `${location.origin}/test/fixtures/feed.json`;

function read(json: unknown) {
  const result = readFeed(json, base);
  if (!result.ok) throw new Error(`not a feed: ${result.message}`);
  return result;
}

const issueAt = (issues: readonly FeedIssue[], path: string) => issues.find((issue) => issue.path === path);

describe('readFeed: valid feeds', () => {
  it('reads the test feed without any issue', async () => {
    const result = readFeedText(await fixture('events.json'), base);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues).to.deep.equal([]);
    expect(result.feed.events.map((e) => e.id)).to.include.members(['konferenz', 'ganztag', 'mehrtaegig']);
    expect(result.feed.timeZone).to.equal('Europe/Berlin');
  });

  it('reads the demo\'s sample feed without any issue', async () => {
    const result = readFeedText(await (await fetch('/demo/sample-feed.json')).text(), base);
    expect(result.ok && result.issues).to.deep.equal([]);
    expect(result.ok && result.feed.calls[0]?.deadline).to.equal('2015-10-19');
  });

  it('fills the defaults: Berlin, empty lists', () => {
    const { feed } = read({ version: 1 });
    expect(feed).to.deep.equal({ version: 1, timeZone: 'Europe/Berlin', events: [], calls: [], programmes: [] });
  });

  it('resolves relative links against the feed URL', async () => {
    const { feed } = read(JSON.parse(await fixture('events.json')));
    expect(feed.events[0]?.registrationUrl).to.equal(`${location.origin}/test/fixtures/anmeldung.html`);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const result = readFeedText(await fixture('bom.json'), base);
    expect(result.ok && result.feed.events[0]?.title).to.equal('Mit BOM');
  });
});

describe('readFeed: per-item validation', () => {
  let issues: readonly FeedIssue[];
  let feed: ReturnType<typeof read>['feed'];
  before(async () => {
    ({ feed, issues } = read(JSON.parse(await fixture('mixed.json'))));
  });

  it('keeps every valid item and ignores unknown fields', () => {
    expect(feed.events.map((e) => e.id)).to.deep.equal(['gut', 'felder']);
    expect(feed.events[0]).to.deep.equal({ id: 'gut', title: 'Gültige Veranstaltung', start: '2017-03-20T10:30' });
  });

  it('skips an item with an invalid required field and says how to fix it', () => {
    const issue = issueAt(issues, 'events[1]');
    expect(issue).to.include({ action: 'item-skipped', list: 'events', index: 1, id: 'deutsches-datum', field: 'events[1].start' });
    expect(issue?.message).to.equal("events[1].start: '20.03.2017' is not a date; write 2017-03-20");
  });

  it('skips an item without a required field', () => {
    expect(issueAt(issues, 'events[2]')?.message).to.equal('events[2].title: is missing');
  });

  it('skips contradictory and impossible dates', () => {
    expect(issueAt(issues, 'events[3]')?.message).to.contain('is before start');
    expect(issueAt(issues, 'events[5]')?.message).to.contain('is not a real date');
    expect(issueAt(issues, 'calls[2]')?.message).to.contain('is after deadline');
  });

  it('keeps the first of duplicate ids and reports the rest', () => {
    expect(issueAt(issues, 'events[4]')?.message).to.contain("duplicate id 'gut'");
  });

  it('skips an entry that is not an object', () => {
    expect(issueAt(issues, 'events[6]')).to.include({ action: 'item-skipped' });
  });

  it('drops an invalid optional field and keeps the item', () => {
    const item = feed.events[1]!;
    expect(item.status).to.equal(undefined);
    expect(item.url).to.equal(undefined);
    expect(item.timeZone).to.equal(undefined);
    expect(item.registrationUrl).to.equal(`${location.origin}/anmeldung`);
    expect(item.organizer).to.deep.equal({ name: 'Verein' });
    expect(item.tags).to.deep.equal(['Gut', 'Auch gut']);
    for (const path of [
      'events[7].status',
      'events[7].url',
      'events[7].timeZone',
      'events[7].organizer.email',
      'events[7].organizer.url',
      'events[7].tags[1]',
    ]) {
      expect(issueAt(issues, path), path).to.include({ action: 'field-dropped', id: 'felder' });
    }
    expect(issueAt(issues, 'events[7].url')?.message).to.contain('is not an http: or https: link');
  });

  it('validates calls and programmes the same way', () => {
    expect(feed.calls.map((c) => c.id)).to.deep.equal(['frist']);
    expect(issueAt(issues, 'calls[1]')?.message).to.equal('calls[1].deadline: is missing; give one, give stages or rounds, or set deadlineType to "rolling"');
    expect(feed.programmes.map((p) => p.id)).to.deep.equal(['p1']);
    expect(feed.programmes[0]?.budget).to.equal(undefined);
    expect(issueAt(issues, 'programmes[0].budget.amount')).to.include({ action: 'field-dropped' });
    expect(issueAt(issues, 'programmes[1]')?.message).to.equal('programmes[1].name: is missing');
  });

  it('names lists and objects in wrong places instead of printing them, however deep they nest', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const result = read({
      version: 1,
      events: [{ id: 'tief', title: { de: 'Titel' }, start: '2017-03-20' }, { id: 'ort', title: 'T', start: '2017-03-20', location: { name: deep } }],
    });
    expect(result.issues.map((issue) => issue.message)).to.deep.equal([
      'events[0].title: an object must be text',
      'a list must be text',
    ]);
    expect(result.feed.events.map((e) => e.id)).to.deep.equal(['ort']);
  });

  it('reports nothing twice', () => {
    const paths = issues.map((issue) => issue.path);
    expect(new Set(paths).size).to.equal(paths.length);
  });
});

describe('readFeed: versions and documents that are not feeds', () => {
  it('renders what a newer version holds and warns', async () => {
    const result = readFeedText(await fixture('newer-version.json'), base);
    expect(result.ok && result.feed.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(result.ok && result.issues).to.have.length(1);
    expect(result.ok && result.issues[0]).to.include({ action: 'warning', path: 'version' });
  });

  it('refuses a JSON list, a non-feed object, HTML and broken JSON, each with one clear error', async () => {
    expect(readFeedText(await fixture('json-array.json'), base)).to.deep.equal({
      ok: false,
      kind: 'not-a-feed',
      message: 'the document is a JSON list, not a feed object',
    });
    expect(readFeedText(await fixture('not-a-feed.json'), base)).to.include({ ok: false, kind: 'not-a-feed' });
    expect(readFeedText('<!doctype html><h1>Fehler</h1>', base)).to.include({ ok: false, kind: 'not-json' });
    expect(readFeedText('{"version": 1, "events": [', base)).to.include({ ok: false, kind: 'not-json' });
    expect(readFeedText('null', base)).to.include({ ok: false, kind: 'not-a-feed' });
  });

  it('falls back to Berlin for an unknown feed time zone', () => {
    const result = read({ version: 1, timeZone: 'Europe/Dortmund', events: [{ id: 'a', title: 'A', start: '2017-03-20T10:00' }] });
    expect(result.feed.timeZone).to.equal('Europe/Berlin');
    expect(issueAt(result.issues, 'timeZone')).to.include({ action: 'field-dropped' });
  });

  it('reads wall-clock times in the item zone, else the feed zone', () => {
    const { feed } = read({
      version: 1,
      timeZone: 'America/New_York',
      events: [
        { id: 'a', title: 'A', start: '2017-03-20T10:00', end: '2017-03-20T09:00', timeZone: 'Europe/Berlin' },
        { id: 'b', title: 'B', start: '2017-03-20T10:00', end: '2017-03-20T15:00Z' },
      ],
    });
    // a: 10:00 Berlin to 09:00 Berlin is backwards; b: 10:00 New York (14:00Z) to 15:00Z is fine.
    expect(feed.events.map((e) => e.id)).to.deep.equal(['b']);
  });
});

describe('readFeedInSlices', () => {
  it('gives the same result as readFeed, in tasks it hands back to the page', async () => {
    const json = {
      version: 1,
      events: Array.from({ length: 5_000 }, (_, i) => ({ id: `e-${i % 4_900}`, title: `Termin ${i}`, start: i % 7 ? '2017-03-20T10:00' : '20.03.2017', url: 'https://example.org/' })),
    };
    let turns = 0;
    let running = true;
    const count = () => {
      if (!running) return;
      turns += 1;
      setTimeout(count, 0);
    };
    setTimeout(count, 0);
    const sliced = await readFeedInSlices(json, 'https://example.org/feed.json', 1);
    running = false;
    expect(sliced).to.deep.equal(readFeed(json, 'https://example.org/feed.json'));
    // Other tasks ran while the feed was read.
    expect(turns).to.be.greaterThan(2);
  });
});

describe("readFeed: feed v1's last edges", () => {
  const event = (extra: Record<string, unknown>) => ({ id: 'e', title: 'T', start: '2017-03-20', ...extra });
  const organizer = (contact: Record<string, unknown>) => read({ version: 1, events: [event({ organizer: contact })] });

  it('keeps only plausible e-mail addresses, and says how to write one', () => {
    for (const email of ['info@example.org', 'a.b-c+d@stadt.example.de']) {
      expect(organizer({ email }).feed.events[0]!.organizer, email).to.deep.equal({ email });
    }
    for (const email of ['info@example.org#x', 'info@example.org?subject=Hi', 'info@example.org\u0000', `${'a'.repeat(65)}@example.org`, `a@${'b'.repeat(250)}.org`]) {
      const { feed, issues } = organizer({ email, name: 'Amt' });
      expect(feed.events[0]!.organizer, email).to.deep.equal({ name: 'Amt' });
      expect(issues.map((issue) => [issue.action, issue.path]), email).to.deep.equal([['field-dropped', 'events[0].organizer.email']]);
      expect(issues[0]!.message).to.match(/is not a plain e-mail address; write e\.g\. info@example\.org$/);
    }
  });

  it('keeps only what looks like a phone number', () => {
    for (const phone of ['030 695370 80', '+49 (0)30 / 695370-80', '112']) {
      expect(organizer({ phone }).feed.events[0]!.organizer, phone).to.deep.equal({ phone });
    }
    for (const phone of ['data:text/html;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', '++49 30 1', '12', 'javascript:alert(1)', '030 1234 ext. 5', '1'.repeat(61)]) {
      const { feed, issues } = organizer({ phone, name: 'Amt' });
      expect(feed.events[0]!.organizer, phone).to.deep.equal({ name: 'Amt' });
      expect(issues.map((issue) => [issue.action, issue.path]), phone).to.deep.equal([['field-dropped', 'events[0].organizer.phone']]);
      expect(issues[0]!.message).to.match(/is not a phone number; write up to 60 digits/);
    }
  });

  it('skips an item with an impossible date in an optional field, as for a required one', () => {
    const { feed, issues } = read({
      version: 1,
      events: [event({ id: 'ok' }), event({ id: 'bad-end', start: '2017-03-20T10:00', end: '2017-03-20T99:00' })],
      calls: [{ id: 'bad-opens', title: 'C', opens: '2017-02-29', deadline: '2017-03-31' }],
      programmes: [{ id: 'bad-start', name: 'P', start: '2025-02-30' }, { id: 'ok', name: 'P' }],
    });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['ok']);
    expect(feed.calls).to.deep.equal([]);
    expect(feed.programmes.map((p) => p.id)).to.deep.equal(['ok']);
    expect(issues.map((issue) => [issue.action, issue.path, issue.field])).to.deep.equal([
      ['item-skipped', 'events[1]', 'events[1].end'],
      ['item-skipped', 'calls[0]', 'calls[0].opens'],
      ['item-skipped', 'programmes[0]', 'programmes[0].start'],
    ]);
    expect(issues[2]!.message).to.equal("programmes[0].start: '2025-02-30' is not a real date");
  });

  it('still only drops an optional date in the wrong form, and says how to write it', () => {
    const { feed, issues } = read({ version: 1, events: [event({ end: '21.03.2017' })] });
    expect(feed.events).to.have.length(1);
    expect(issues.map((issue) => [issue.action, issue.message])).to.deep.equal([
      ['field-dropped', "'21.03.2017' is not a date; write 2017-03-21"],
    ]);
  });

  it('refuses budgets of -0, below zero, not finite or beyond a trillion', () => {
    const programme = (amount: unknown) => read({ version: 1, programmes: [{ id: 'p', name: 'P', budget: { amount, currency: 'EUR' } }] });
    expect(programme(0).feed.programmes[0]!.budget).to.deep.equal({ amount: 0, currency: 'EUR' });
    expect(programme(300_000_000).feed.programmes[0]!.budget).to.deep.equal({ amount: 300_000_000, currency: 'EUR' });
    for (const amount of [-0, -1, Number.NaN, Infinity, 1e13]) {
      const { feed, issues } = programme(amount);
      expect(feed.programmes[0]!.budget, String(amount)).to.equal(undefined);
      expect(issues.map((issue) => [issue.action, issue.path]), String(amount)).to.deep.equal([['field-dropped', 'programmes[0].budget.amount']]);
    }
    expect(programme(-0).issues[0]!.message).to.equal("'-0' is not an amount; write a number from 0 to 10¹², e.g. 300000000");
  });
});

describe('zod-adapter: what the reader needs of zod', () => {
  // Fails when a zod upgrade changes the shape of its schema definitions, before any feed is misread.
  it('finds objects and their fields, lists and their entries, optional and default wrappers', () => {
    const feed = schemaDef(feedSchema);
    expect(feed.type).to.equal('object');
    expect(Object.keys(feed.shape!)).to.include.members(['version', 'timeZone', 'events', 'calls', 'programmes']);
    const events = schemaDef(feed.shape!.events!);
    expect(events.type).to.equal('default');
    const list = schemaDef(events.innerType!);
    expect(list.type).to.equal('array');
    expect(list.element).to.equal(eventSchema);
    const end = schemaDef(eventSchema.shape.end);
    expect(end.type).to.equal('optional');
    expect(schemaDef(end.innerType!).type).to.equal('string');
    expect(schemaDef(schemaDef(eventSchema.shape.tags).innerType!).type).to.equal('array');
  });

  it('reads an item with the adapter as the schema means it: a bad optional field dropped, a bad required one skipping', () => {
    const { feed, issues } = read({ version: 1, events: [{ id: 'a', title: 'A', start: '2017-03-20', status: 'live' }, { id: 'b', title: 'B' }] });
    expect(feed.events.map((e) => [e.id, e.status])).to.deep.equal([['a', undefined]]);
    expect(issues.map((issue) => [issue.action, issue.path])).to.deep.equal([
      ['field-dropped', 'events[0].status'],
      ['item-skipped', 'events[1]'],
    ]);
  });
});
