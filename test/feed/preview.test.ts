// The first look at a large feed (src/feed/preview.ts): the events a calendar's month needs,
// read before the rest. Held against the whole feed's read: nothing of the period may be missing.
import { expect } from '@open-wc/testing';
import { readFeedUnexplained } from '../../src/feed/parse.js';
import { readPreview as readPreviewWith } from '../../src/feed/preview.js';
import type { Period } from '../../src/feed/preview-period.js';
import { seededRandom } from '../seeded-random.js';

const BASE = 'https://example.org/feed.json';
const MARCH: Period = { from: '2017-02-21', to: '2017-04-15' };
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
const FIRST_DAY = Date.UTC(2016, 0, 1) / 86_400_000;
/** The first look as the store takes it, with the reader it gives. */
const readPreview = (json: { events: unknown[] }, base: string, periods: Period[]) =>
  readPreviewWith(json, base, new Map(periods.map((period) => [period.from + period.to, period])), readFeedUnexplained);

/** 3,000 events over three years, written as exporters write them: dates, local times, offsets, UTC, odd spacing, and some broken. */
function generatedFeed(seed: number) {
  const next = seededRandom(seed);
  const events = Array.from({ length: 3000 }, (_, i) => {
    const day = FIRST_DAY + Math.floor(next() * 3 * 365);
    const date = isoDay(day);
    const kind = next();
    const event: Record<string, unknown> = { id: `e${i}`, title: `Termin ${i}` };
    if (kind < 0.3) Object.assign(event, { start: `${date}T${pad(8 + (i % 12))}:00`, end: `${date}T${pad(9 + (i % 12))}:30` });
    else if (kind < 0.45) Object.assign(event, { start: `${date}T23:30:00-10:00` });
    else if (kind < 0.55) Object.assign(event, { start: `  ${date}T00:15:00Z ` });
    else if (kind < 0.75) event.start = date;
    else if (kind < 0.9) Object.assign(event, { start: date, end: isoDay(day + 1 + Math.floor(next() * 40)) });
    else if (kind < 0.93) event.start = `${pad(1 + (i % 28))}.03.2017`; // not a date the reader takes
    else if (kind < 0.96) Object.assign(event, { start: date, end: 'bald' }); // an end that is dropped
    else if (kind < 0.98) event.start = 20170305; // a number: skipped
    else event.title = ''; // no start, an empty title: skipped
    return event;
  });
  return { version: 1, timeZone: 'Europe/Berlin', events, calls: [{ id: 'c', title: 'Aufruf', deadline: '2017-05-01' }] };
}

/** The events of the whole read that fall on the period, by the dates they are written on. */
function inPeriodOfWholeRead(json: unknown, period: Period): string[] {
  const whole = readFeedUnexplained(json, BASE);
  if (!whole.ok) throw new Error(whole.message);
  return whole.feed.events
    .filter((event) => {
      const start = event.start.slice(0, 10);
      const end = (event.end ?? event.start).slice(0, 10);
      return start <= period.to && end >= period.from;
    })
    .map((event) => event.id);
}

describe('a first look at a large feed', () => {
  for (const seed of [1, 2, 3]) {
    it(`holds every event of the period the whole read holds, read alike (seed ${seed})`, () => {
      const json = generatedFeed(seed);
      const preview = readPreview(json, BASE, [MARCH])!;
      expect(preview).to.not.equal(undefined);
      const ids = new Set(preview.feed.events.map((event) => event.id));
      const wanted = inPeriodOfWholeRead(json, MARCH);
      expect(wanted.length).to.be.above(50);
      expect(wanted.filter((id) => !ids.has(id))).to.deep.equal([]);
      // Read by the same reader: each event it holds is the whole read's, field for field.
      const whole = readFeedUnexplained(json, BASE);
      const byId = new Map(whole.ok ? whole.feed.events.map((event) => [event.id, event]) : []);
      for (const event of preview.feed.events) expect(event).to.deep.equal(byId.get(event.id));
      // Only a small part of the feed is read first, and none of its calls.
      expect(preview.feed.events.length).to.be.below(json.events.length / 4);
      expect(preview.feed.calls).to.deep.equal([]);
      expect(preview.feed.timeZone).to.equal('Europe/Berlin');
    });
  }

  it('takes an event that starts before the period and ends in it, and one whose dates cannot be told', () => {
    const json = generatedFeed(4);
    json.events.push({ id: 'lang', title: 'Ausstellung', start: '2016-12-01', end: '2017-02-25' }, { id: 'unklar', title: 'Unklar', start: 'März' });
    const preview = readPreview(json, BASE, [MARCH])!;
    const ids = preview.feed.events.map((event) => event.id);
    expect(ids).to.include('lang');
    // Taken, then skipped by the reader as the whole read skips it.
    expect(ids).to.not.include('unklar');
  });

  it('gives no first look where it would not help: a series, most events in the period', () => {
    const json = generatedFeed(5);
    expect(readPreview(json, BASE, [{ from: '2015-01-01', to: '2017-12-31' }])).to.equal(undefined);
    const withSeries = { ...json, events: [...json.events, { id: 's', title: 'Sprechstunde', start: '2017-01-03T18:00', recurrence: { rule: 'FREQ=WEEKLY' } }] };
    expect(readPreview(withSeries, BASE, [MARCH])).to.equal(undefined);
  });

  it('says which periods it was read for', () => {
    const preview = readPreview(generatedFeed(6), BASE, [MARCH])!;
    expect([...preview.periods.values()]).to.deep.equal([MARCH]);
  });

  it('takes the earlier items of an id it takes, so the first valid one wins as in the whole read', () => {
    const json = generatedFeed(7);
    json.events.unshift({ id: 'e5', title: 'Zuerst genannt', start: '2018-11-01' });
    json.events.push({ id: 'doppelt', title: 'Ohne Datum', start: 'bald' }, { id: 'doppelt', title: 'Im März', start: '2017-03-10' });
    const preview = readPreview(json, BASE, [MARCH])!;
    const whole = readFeedUnexplained(json, BASE);
    const wholeTitles = new Map(whole.ok ? whole.feed.events.map((event) => [event.id, event.title]) : []);
    for (const event of preview.feed.events) expect(event.title).to.equal(wholeTitles.get(event.id));
    // The invalid first 'doppelt' is skipped in both, so the one in March is shown in both.
    expect(preview.feed.events.find((event) => event.id === 'doppelt')?.title).to.equal('Im März');
  });

  it('gives no first look of more than 2,000 events: that read would be one long task', () => {
    const json = generatedFeed(8);
    const many = Array.from({ length: 2100 }, (_, i) => ({ id: `m${i}`, title: `März ${i}`, start: '2017-03-15' }));
    const big = { ...json, events: [...json.events, ...many, ...json.events.map((event) => ({ ...event, id: `${event.id}-b` }))] };
    expect(big.events.length).to.be.above(8000);
    expect(readPreview(big, BASE, [MARCH])).to.equal(undefined);
  });
});
