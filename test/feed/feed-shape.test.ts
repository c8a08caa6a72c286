/**
 * The widgets check a feed with plain functions (src/feed/feed-shape.ts) and load the zod
 * schema only to word what is wrong. Both must agree: the same fields in the same order,
 * the same optional fields, lists, ranges and links, and for every field the same verdict
 * on every value of a large generated set (valid, dropped, or fatal for its item).
 */
import { expect } from '@open-wc/testing';
import { FATAL, feedShape, INVALID, VALID, type OptionalShape, type Shape, type Verdict } from '../../src/feed/feed-shape.js';
import { rangeSchemas } from '../../src/feed/funding-schema.js';
import { dateSchemas, feedSchema, secureUrlSchemas, urlSchemas, vitalSchemas } from '../../src/feed/schema.js';
import { schemaDef, type AnySchema } from '../../src/feed/zod-adapter.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { readFeedInSlices } from '../../src/feed/parse.js';
import { seededRandom } from '../seeded-random.js';

interface LeafPair {
  readonly path: string;
  readonly schema: AnySchema;
  readonly check: (value: unknown) => Verdict;
}

/** The verdict the zod schema gives, as the reader used it before the shape existed. */
function zodVerdict(schema: AnySchema, value: unknown): Verdict {
  const parsed = schema.safeParse(value);
  if (parsed.success) return VALID;
  const fatal = vitalSchemas.has(schema) || (dateSchemas.has(schema) && parsed.error.issues[0]?.code === 'custom');
  return fatal ? FATAL : INVALID;
}

/** Walks schema and shape side by side, failing on any difference of form, and collects the leaves. */
function pairUp(schema: AnySchema, shape: Shape | OptionalShape, path: string, leaves: LeafPair[]) {
  const def = schemaDef(schema);
  if ('optional' in shape) {
    expect(['optional', 'default'], `${path} is optional in the shape`).to.include(def.type);
    return pairUp(def.innerType!, shape.optional, path, leaves);
  }
  expect(def.type, `${path} is required in the shape`).not.to.be.oneOf(['optional', 'default']);
  if ('fields' in shape) {
    expect(def.type, path).to.equal('object');
    expect(Object.keys(shape.fields), `${path}: fields and their order`).to.deep.equal(Object.keys(def.shape!));
    expect(shape.range === true, `${path}: range`).to.equal(rangeSchemas.has(schema));
    for (const [key, field] of Object.entries(shape.fields)) pairUp(def.shape![key]!, field, `${path}.${key}`, leaves);
    return;
  }
  expect(rangeSchemas.has(schema), `${path}: range`).to.equal(false);
  if ('list' in shape) {
    expect(def.type, path).to.equal('array');
    return pairUp(def.element!, shape.list, `${path}[]`, leaves);
  }
  expect(def.type, path).not.to.be.oneOf(['object', 'array']);
  expect(urlSchemas.has(schema), `${path}: link`).to.equal('link' in shape);
  if ('link' in shape) {
    expect(secureUrlSchemas.has(schema), `${path}: https only`).to.equal(shape.link === 'https');
    // The shape's part of a link is a non-empty text; resolving it is the reader's, alike for both.
    leaves.push({ path, schema, check: (value) => (typeof value === 'string' && value.trim() ? VALID : INVALID) });
    return;
  }
  leaves.push({ path, schema, check: shape });
}

const SEEDS: unknown[] = [
  '', ' ', '\t\n', 'a', ' text ', 'Wohnen', 'x'.repeat(300),
  '2017-03-20', '2017-02-29', '2016-02-29', '2017-02-30', '2017-13-01', '2017-00-10', '0000-01-01', '9999-12-31',
  '2017-03-20T10:30', '2017-03-20T24:00', '2017-03-20T23:60', '2017-03-20T10:30:59', '2017-03-20T10:30:60',
  '2017-03-20T10:30:00.5', '2017-03-20T10:30:00.1234567891', '2017-03-20T10:30Z', '2017-03-20T10:30+01:00',
  '2017-03-20T10:30-24:00', '2017-03-20T10:30+05:60', '2017-03-20 10:30', '20.03.2017', '2017-3-20', ' 2017-03-20',
  'https://example.org/a', 'http://example.org', 'mailto:a@b.de', '/relative', 'javascript:alert(1)',
  'info@example.org', 'a@b', 'a@b.c', 'a b@c.de', `${'l'.repeat(65)}@example.org`, 'mailto:info@example.org',
  '+49 30 695370 80', '030/12345', '12', '(0231) 50-0', '+', 'phone 123',
  'EUR', 'eur', 'EURO', 'DE', 'DE-NW', 'DE-nw', 'DE-ABCD', 'de',
  'FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20171231', 'BYDAY=TU;FREQ=MONTHLY', 'FREQ=FORTNIGHTLY', 'freq=weekly',
  'FREQ=WEEKLY;', 'FREQ=WEEKLY;BYDAY', 'RRULE:FREQ=WEEKLY',
  'tr', 'gsg', 'de-DE', 'de_DE', 'x-invalid', 'en-US-u-ca-gregory', '123', 'zzzzzzzzz',
  'Europe/Berlin', 'UTC', 'Etc/GMT+1', 'Mars/Olympus', 'europe/berlin',
  'scheduled', 'cancelled', 'Cancelled', 'offline', 'open', 'full', 'step-free', 'sign-language', 'year', 'total',
  'text/calendar', 'text/html', 'grant', 'sme', 'received', 'rolling', 'fixed',
  0, -0, 1, -1, 0.5, 5, 12.5, 100, 100.5, 150, 151, 1e4, 1e4 + 1, 1e6, 1e6 + 1, 1e12, 1e12 + 1,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity,
  true, false, null, {}, [], ['a'], { a: 1 },
];

const ALPHABET = '0123456789-:T.Z+ /@;=AEFRQWY,abcdeé';

/** Strings near the seeds: a character changed, added or removed, or two seeds joined. */
function mutations(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const strings = SEEDS.filter((value): value is string => typeof value === 'string' && value.length < 100);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = pick(strings);
    for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
      const at = Math.floor(random() * (text.length + 1));
      const kind = random();
      if (kind < 0.4) text = text.slice(0, at) + pick([...ALPHABET]) + text.slice(at + 1);
      else if (kind < 0.7) text = text.slice(0, at) + pick([...ALPHABET]) + text.slice(at);
      else if (kind < 0.9) text = text.slice(0, at) + text.slice(at + 1);
      else text = `${text};${pick(strings)}`;
    }
    out.push(text);
  }
  return out;
}

describe('feed shape and zod schema', () => {
  const leaves: LeafPair[] = [];
  before(() => pairUp(feedSchema, feedShape, 'feed', leaves));

  it('have the same fields, in the same order, alike optional, lists, ranges and links', () => {
    // Every field of every item: a shape that leaves one out would fail the pairing above.
    expect(leaves.length).to.be.greaterThan(100);
    expect(leaves.map((leaf) => leaf.path)).to.include.members(['feed.events[].start', 'feed.calls[].deadline', 'feed.programmes[].budget.amount']);
  });

  it('give every generated value the same verdict in every field', () => {
    const values = [...SEEDS, ...mutations(3_000, 20261206)];
    const differences: string[] = [];
    let fatal = 0;
    for (const { path, schema, check } of leaves) {
      for (const value of values) {
        const expected = zodVerdict(schema, value);
        if (expected === FATAL) fatal++;
        const actual = check(value);
        if (actual !== expected) differences.push(`${path}: ${JSON.stringify(value)} zod ${expected}, shape ${actual}`);
      }
    }
    expect(differences.slice(0, 10)).to.deep.equal([]);
    // The set holds impossible dates, so the fatal verdicts are compared too.
    expect(fatal).to.be.greaterThan(100);
  });

  it('fails the comparison when a field is checked differently', () => {
    // The comparison itself: a check that accepts an empty title is caught.
    const title = leaves.find((leaf) => leaf.path === 'feed.events[].title')!;
    const loose = (value: unknown): Verdict => (typeof value === 'string' ? VALID : INVALID);
    expect(SEEDS.some((value) => zodVerdict(title.schema, value) !== loose(value))).to.equal(true);
    expect(SEEDS.every((value) => zodVerdict(title.schema, value) === title.check(value))).to.equal(true);
  });
});

describe('messages of wrong values', () => {
  const feed = {
    version: 1,
    events: [
      { id: 'a', title: 'A', start: '20.03.2017', location: { url: 42 } },
      { id: 'b', title: 'B', start: '2017-03-20', end: '2017-03-21T10:30', price: { currency: 'eur' } },
    ],
  };

  it('are the schema\'s words, from readFeed and from the widgets\' reader alike', async () => {
    const now = readFeed(feed);
    const later = await readFeedInSlices(feed);
    expect(now.ok && later.ok).to.equal(true);
    if (!now.ok || !later.ok) return;
    expect(later.issues).to.deep.equal(now.issues);
    expect(now.issues.map((issue) => issue.message)).to.deep.equal([
      "events[0].start: '20.03.2017' is not a date; write 2017-03-20",
      "'eur' is not an ISO 4217 code such as EUR",
    ]);
  });
});
