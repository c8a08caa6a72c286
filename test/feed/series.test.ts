// A JSON feed's series (`events[].recurrence`) expanded into occurrences by the on-demand
// module, checked against Temporal (the polyfill as an independent oracle) where clocks change.
import { Temporal } from '@js-temporal/polyfill';
import { expect } from '@open-wc/testing';
import { readFeed } from '../../src/feed/read-feed.js';
import type { FeedEvent } from '../../src/feed/schema.js';
import { expandFeedSeries } from '../../src/ics/feed-series.js';
import { parseFeedTime, startInstant } from '../../src/time/feed-time.js';

const SETTINGS = { icsPastDays: 366, icsFutureDays: 731 };
const NOW = Date.parse('2026-06-01T10:00:00Z');
const ZONE = 'Europe/Berlin';

/** A feed of these events (in Europe/Berlin), read and expanded around `now`. */
function expand(events: readonly Partial<FeedEvent>[], now = NOW) {
  const read = readFeed({ version: 1, timeZone: ZONE, events: events.map((event) => ({ title: 'Sprechstunde', ...event })) });
  if (!read.ok) throw new Error(read.message);
  const expanded = expandFeedSeries(read, now, SETTINGS);
  if (!expanded.ok) throw new Error(expanded.message);
  return expanded;
}

const instant = (value: string, zone = ZONE) => startInstant(parseFeedTime(value)!, zone);
const starts = (events: readonly FeedEvent[]) => events.map((event) => event.start);
const ids = (events: readonly FeedEvent[]) => events.map((event) => event.id);

describe('series of a JSON feed expanded into occurrences', () => {
  it('keeps a weekly 18:00–19:30 at 18:00 local across the change to summer time and back, as Temporal counts', () => {
    const { feed, issues } = expand([
      { id: 'sprechstunde', start: '2026-01-06T18:00', end: '2026-01-06T19:30', recurrence: { rule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T235959' } },
    ]);
    expect(issues).to.deep.equal([]);
    const expected: { start: number; end: number; id: string }[] = [];
    for (let day = Temporal.PlainDate.from('2026-01-06'); Temporal.PlainDate.compare(day, '2026-12-31') <= 0; day = day.add({ weeks: 1 })) {
      const start = day.toZonedDateTime({ timeZone: ZONE, plainTime: '18:00' });
      expected.push({
        start: start.epochMilliseconds,
        end: start.add({ minutes: 90 }).epochMilliseconds,
        id: `sprechstunde/${day.toString().replaceAll('-', '')}T180000`,
      });
    }
    expect(expected).to.have.length(52);
    const got = feed.events.map((event) => ({ start: instant(event.start), end: instant(event.end!), id: event.id }));
    expect(got).to.deep.equal(expected);
    // Both changes lie inside the year: the offset differs between the first and a summer occurrence.
    expect(starts(feed.events)).to.include.members(['2026-03-24T18:00', '2026-03-31T18:00', '2026-10-20T18:00', '2026-10-27T18:00']);
    // Every occurrence keeps the series, so its card can say how it repeats.
    expect(feed.events.every((event) => event.recurrence?.rule === 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T235959')).to.equal(true);
  });

  it('counts in the event\'s own zone, not the feed\'s', () => {
    const { feed } = expand([
      { id: 'town-hall', start: '2026-03-03T18:00', timeZone: 'America/New_York', recurrence: { rule: 'FREQ=WEEKLY;COUNT=3' } },
    ]);
    // New York changes its clocks on 8 March, three weeks before Berlin.
    expect(feed.events.map((event) => instant(event.start, 'America/New_York'))).to.deep.equal(
      ['2026-03-03', '2026-03-10', '2026-03-17'].map(
        (day) => Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: 'America/New_York', plainTime: '18:00' }).epochMilliseconds,
      ),
    );
    expect(feed.events.every((event) => event.timeZone === 'America/New_York')).to.equal(true);
  });

  it('ends a series by COUNT and by UNTIL', () => {
    const { feed } = expand([
      { id: 'count', start: '2026-03-02T10:00', recurrence: { rule: 'FREQ=WEEKLY;COUNT=3' } },
      { id: 'until', start: '2026-03-02T10:00', recurrence: { rule: 'FREQ=DAILY;UNTIL=20260305T100000' } },
    ]);
    expect(ids(feed.events)).to.deep.equal([
      'count/20260302T100000',
      'count/20260309T100000',
      'count/20260316T100000',
      'until/20260302T100000',
      'until/20260303T100000',
      'until/20260304T100000',
      'until/20260305T100000',
    ]);
  });

  it('keeps the last occurrence of an UNTIL given as a date, or in UTC as RFC 5545 asks for a series in a zone', () => {
    const { feed } = expand([
      { id: 'date', start: '2026-03-02T10:00', recurrence: { rule: 'FREQ=DAILY;UNTIL=20260304' } },
      // 18:00 in Berlin is 17:00 UTC in winter and 16:00 UTC in summer.
      { id: 'winter', start: '2026-03-03T18:00', recurrence: { rule: 'FREQ=WEEKLY;UNTIL=20260317T170000Z' } },
      { id: 'summer', start: '2026-03-24T18:00', recurrence: { rule: 'FREQ=WEEKLY;UNTIL=20260407T160000Z' } },
      { id: 'all-day', start: '2026-03-07', recurrence: { rule: 'FREQ=WEEKLY;UNTIL=20260321T230000Z' } },
    ]);
    expect(ids(feed.events)).to.deep.equal([
      'date/20260302T100000',
      'date/20260303T100000',
      'date/20260304T100000',
      'winter/20260303T180000',
      'winter/20260310T180000',
      'winter/20260317T180000',
      'summer/20260324T180000',
      'summer/20260331T180000',
      'summer/20260407T180000',
      // 23:00 UTC on the 21st is the 22nd in Berlin: the 21st is still in.
      'all-day/20260307',
      'all-day/20260314',
      'all-day/20260321',
    ]);
  });

  it('leaves out the exceptions: a date cancels that day, a date-time the occurrence starting then', () => {
    const { feed } = expand([
      {
        id: 'sprechstunde',
        start: '2026-03-03T18:00',
        end: '2026-03-03T19:30',
        recurrence: {
          rule: 'FREQ=WEEKLY;COUNT=6',
          // The 10th by date, the 17th by its local time, the 24th by its instant in UTC;
          // a date-time at another time cancels nothing.
          exceptions: ['2026-03-10', '2026-03-17T18:00', '2026-03-24T17:00:00Z', '2026-03-31T19:00'],
        },
      },
    ]);
    expect(starts(feed.events)).to.deep.equal(['2026-03-03T18:00', '2026-03-31T18:00', '2026-04-07T18:00']);
  });

  it('keeps an all-day weekly series date-only, with its inclusive end', () => {
    const { feed } = expand([{ id: 'markt', start: '2026-03-07', end: '2026-03-08', recurrence: { rule: 'FREQ=WEEKLY;COUNT=3' } }]);
    expect(feed.events.map(({ id, start, end }) => ({ id, start, end }))).to.deep.equal([
      { id: 'markt/20260307', start: '2026-03-07', end: '2026-03-08' },
      { id: 'markt/20260314', start: '2026-03-14', end: '2026-03-15' },
      { id: 'markt/20260321', start: '2026-03-21', end: '2026-03-22' },
    ]);
  });

  it('expands a monthly rule on the first Wednesday', () => {
    const { feed } = expand([
      { id: 'konferenz', start: '2026-01-07T19:00', end: '2026-01-07T21:00', recurrence: { rule: 'FREQ=MONTHLY;BYDAY=1WE;COUNT=4' } },
    ]);
    expect(feed.events.map(({ start, end }) => [start, end])).to.deep.equal([
      ['2026-01-07T19:00', '2026-01-07T21:00'],
      ['2026-02-04T19:00', '2026-02-04T21:00'],
      ['2026-03-04T19:00', '2026-03-04T21:00'],
      ['2026-04-01T19:00', '2026-04-01T21:00'],
    ]);
  });

  it('lists only the window around now, at most 500 occurrences, and says so', () => {
    const { feed, issues } = expand([
      { id: 'taeglich', start: '2020-01-01T08:00', recurrence: { rule: 'FREQ=DAILY' } },
      { id: 'einzeln', start: '2026-06-02T08:00' },
    ]);
    const occurrences = feed.events.filter((event) => event.id.startsWith('taeglich/'));
    expect(occurrences).to.have.length(500);
    // The window opens 366 days before now (2025-05-31T10:00Z): nothing before it is listed.
    expect(occurrences[0]!.start).to.equal('2025-06-01T08:00');
    expect(feed.events.find((event) => event.id === 'einzeln')?.start).to.equal('2026-06-02T08:00');
    expect(issues).to.deep.equal([
      {
        action: 'warning',
        path: 'events[0].recurrence',
        message: 'the series has more than 500 occurrences in the window; the first 500 are listed',
        id: 'taeglich',
      },
    ]);
  });

  it('keeps an event whose rule ical.js cannot expand at its start, and warns why', () => {
    const { feed, issues } = expand([{ id: 'tanzcafe', start: '2026-03-09T15:00', recurrence: { rule: 'FREQ=WEEKLY;BYDAY=XX' } }]);
    expect(feed.events.map(({ id, start }) => ({ id, start }))).to.deep.equal([{ id: 'tanzcafe', start: '2026-03-09T15:00' }]);
    expect(issues).to.deep.equal([
      {
        action: 'warning',
        path: 'events[0].recurrence.rule',
        list: 'events',
        id: 'tanzcafe',
        message: 'the series cannot be expanded (invalid BYDAY value "XX"); it is shown at its start only',
      },
    ]);
  });

  it("names a series in its warning by its place in the feed as written, skipped items counted", () => {
    const { feed, issues } = expand([
      { id: 'ohne-datum' },
      { id: 'einzeln', start: '2026-03-02T10:00' },
      { id: 'ohne-datum-2', start: 'morgen' },
      { id: 'tanzcafe', start: '2026-03-09T15:00', recurrence: { rule: 'FREQ=WEEKLY;BYDAY=XX' } },
    ]);
    expect(ids(feed.events)).to.deep.equal(['einzeln', 'tanzcafe']);
    expect(issues.filter((issue) => issue.action === 'warning').map((issue) => issue.path)).to.deep.equal(['events[3].recurrence.rule']);
  });

  it('expands a rule with a part that RRULE does not have, and warns that the part is ignored', () => {
    const { feed, issues } = expand([{ id: 'tanzcafe', start: '2026-03-09T15:00', recurrence: { rule: 'FREQ=WEEKLY;COUNT=2;EVERY=MONDAY' } }]);
    expect(ids(feed.events)).to.deep.equal(['tanzcafe/20260309T150000', 'tanzcafe/20260316T150000']);
    expect(issues).to.deep.equal([
      { action: 'warning', path: 'events[0].recurrence.rule', list: 'events', id: 'tanzcafe', message: 'EVERY is not part of an RRULE and is ignored' },
    ]);
  });
});
