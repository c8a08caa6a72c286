/**
 * Today's reader (the feed's shape, messages from zod on demand) against the reader that
 * walked the zod schema itself (./zod-reader.ts): the same feeds, items, fields, issues and
 * messages for every fixture and thousands of seeded corruptions of them (values swapped for
 * wrong ones, fields added where they do not belong, `null`s, padded texts, min above max).
 * This covers what the field-by-field comparison (feed-shape.test.ts) does not: the walk
 * around the values, links resolved against the feed's address, ranges and top-level fields.
 */
import { expect } from '@open-wc/testing';
import { readFeed } from '../../src/feed/read-feed.js';
import { seededRandom } from '../seeded-random.js';
import { readFeed as readWithZod } from './zod-reader.js';

const FIXTURES = [
  'alternates.json',
  'calendar-visitor.json',
  'calendar.json',
  'calls.json',
  'english.json',
  'event-facts.json',
  'event-list.json',
  'events.json',
  'funding.json',
  'mixed.json',
  'newer-version.json',
  'series.json',
];

const WRONG: unknown[] = [
  '', ' ', ' a ', 'x', '2017-02-30', '2017-03-20', ' 2017-03-20T10:30 ', '20.03.2017', '2017-03-20T25:00',
  'https://a.de/x', ' /relativ ', 'javascript:alert(1)', 'ftp://a.de', 'mailto:a@b.de', 'EUR', 'eur', 'DE-NW', 'tr', 'x-invalid',
  'Europe/Berlin', 'Mars/Olympus', 'online', 'FREQ=WEEKLY', 0, -1, -0, 1.5, 1e13, 200, true, null, {}, [], ['a', ''], [null], [{}],
  { min: 5, max: 1 }, { min: 1, max: 5 }, { title: 'x' }, { url: 'https://a.de' }, { url: 'http://a.de', alt: '' },
];
const FIELDS = [
  'url', 'end', 'price', 'ageRange', 'image', 'fundingRate', 'population', 'stages', 'rounds', 'deadline', 'budget', 'timeZone',
  'language', 'updated', 'alternates', 'languages', 'registration', 'recurrence', 'accessibility', 'status', 'version', 'id',
];

/** A copy of `value` with some of its parts swapped for wrong ones, from a seeded generator. */
function corrupt(value: unknown, random: () => number): unknown {
  const wrong = () => WRONG[Math.floor(random() * WRONG.length)];
  if (Array.isArray(value)) return value.map((entry) => (random() < 0.15 ? wrong() : corrupt(entry, random)));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) copy[key] = random() < 0.12 ? wrong() : corrupt(entry, random);
    if (random() < 0.05) copy[FIELDS[Math.floor(random() * FIELDS.length)]!] = wrong();
    return copy;
  }
  return typeof value === 'string' && random() < 0.1 ? ` ${value} ` : value;
}

/** A result as JSON with sorted keys and no undefined fields, so key order does not count. */
const normal = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(normal)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
            .map((key) => [key, normal((value as Record<string, unknown>)[key])]),
        )
      : value;

describe('today\'s reader and the reader that walked the zod schema', () => {
  it('read every fixture and 2,000 corruptions of them alike: feeds, issues and messages', async () => {
    const fixtures = await Promise.all(
      [...FIXTURES.map((name) => `/test/fixtures/${name}`), '/demo/sample-feed.json'].map(async (url) => (await fetch(url)).json()),
    );
    const random = seededRandom(20261206);
    const base = 'https://www.example.org/feeds/feed.json';
    const differences: number[] = [];
    let issues = 0;
    for (let i = 0; i < 2_000; i++) {
      const fixture = fixtures[i % fixtures.length];
      const feed = i < fixtures.length ? fixture : corrupt(fixture, random);
      const today = readFeed(feed, base);
      if (today.ok) issues += today.issues.length;
      if (JSON.stringify(normal(today)) !== JSON.stringify(normal(readWithZod(feed, base)))) differences.push(i);
    }
    expect(differences.slice(0, 10), 'the generated feeds read differently').to.deep.equal([]);
    // The corruptions reach the readers' checks: thousands of skipped items and dropped fields.
    expect(issues).to.be.greaterThan(5_000);
  });
});
