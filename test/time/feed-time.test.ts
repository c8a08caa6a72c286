import { expect } from '@open-wc/testing';
import { endInstant, parseFeedTime, resolveTiming, startInstant } from '../../src/time/feed-time.js';
import { wallTimeToInstant, zoneOffset } from '../../src/time/zoned.js';

const BERLIN = 'Europe/Berlin';
const iso = (epochMs: number) => new Date(epochMs).toISOString();

describe('parseFeedTime', () => {
  it('reads a bare date as a calendar date, not UTC midnight', () => {
    expect(parseFeedTime('2017-03-20')).to.deep.equal({ kind: 'date', date: { year: 2017, month: 3, day: 20 } });
  });

  it('reads a date-time without offset as wall-clock time', () => {
    const parsed = parseFeedTime('2017-03-20T10:30');
    expect(parsed?.kind).to.equal('local');
  });

  it('reads a date-time with Z or an offset as an instant', () => {
    expect(parseFeedTime('2017-03-20T10:30:00Z')).to.deep.equal({ kind: 'instant', epochMs: Date.UTC(2017, 2, 20, 10, 30) });
    expect(parseFeedTime('2017-03-20T10:30+01:00')).to.deep.equal({ kind: 'instant', epochMs: Date.UTC(2017, 2, 20, 9, 30) });
    expect(parseFeedTime('2017-03-20T10:30:15.5-05:00')).to.deep.equal({
      kind: 'instant',
      epochMs: Date.UTC(2017, 2, 20, 15, 30, 15, 500),
    });
  });

  it('rejects what is not a real date or time', () => {
    for (const bad of ['20.03.2017', '2017-02-29', '2017-13-01', '2017-03-20T24:00', '2017-03-20T10:60', '275760-09-13', '', '2017-3-20']) {
      expect(parseFeedTime(bad), bad).to.equal(undefined);
    }
    expect(parseFeedTime('2016-02-29')?.kind).to.equal('date');
  });
});

describe('time zones and DST (Europe/Berlin)', () => {
  it('reads wall-clock time in the given zone, winter and summer', () => {
    expect(iso(startInstant(parseFeedTime('2017-03-20T10:30')!, BERLIN))).to.equal('2017-03-20T09:30:00.000Z');
    expect(iso(startInstant(parseFeedTime('2017-07-20T10:30')!, BERLIN))).to.equal('2017-07-20T08:30:00.000Z');
    expect(iso(startInstant(parseFeedTime('2017-03-20T10:30')!, 'America/New_York'))).to.equal('2017-03-20T14:30:00.000Z');
  });

  it('moves a time in the spring-forward gap later ("compatible")', () => {
    // 2017-03-26 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    const instant = wallTimeToInstant({ year: 2017, month: 3, day: 26, hour: 2, minute: 30, second: 0, millisecond: 0 }, BERLIN);
    expect(iso(instant)).to.equal('2017-03-26T01:30:00.000Z'); // 03:30 CEST
  });

  it('takes the earlier of a time that exists twice in autumn ("compatible")', () => {
    // 2017-10-29 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET).
    const instant = wallTimeToInstant({ year: 2017, month: 10, day: 29, hour: 2, minute: 30, second: 0, millisecond: 0 }, BERLIN);
    expect(iso(instant)).to.equal('2017-10-29T00:30:00.000Z');
  });

  it('knows the offset on both sides of a transition', () => {
    expect(zoneOffset(Date.UTC(2017, 2, 26, 0, 59), BERLIN)).to.equal(3_600_000);
    expect(zoneOffset(Date.UTC(2017, 2, 26, 1, 0), BERLIN)).to.equal(7_200_000);
  });

  it('ends a date-only deadline at 23:59:59.999 of that day in the zone', () => {
    expect(iso(endInstant(parseFeedTime('2015-10-19')!, BERLIN))).to.equal('2015-10-19T21:59:59.999Z');
    expect(iso(endInstant(parseFeedTime('2015-12-19')!, BERLIN))).to.equal('2015-12-19T22:59:59.999Z');
    expect(iso(endInstant(parseFeedTime('2015-10-19')!, 'America/New_York'))).to.equal('2015-10-20T03:59:59.999Z');
  });

  it('gives a DST day its real length: 23 hours in spring, 25 in autumn', () => {
    const spring = resolveTiming('2017-03-26', undefined, BERLIN)!;
    expect(spring.end + 1 - spring.start).to.equal(23 * 3_600_000);
    const autumn = resolveTiming('2017-10-29', undefined, BERLIN)!;
    expect(autumn.end + 1 - autumn.start).to.equal(25 * 3_600_000);
  });
});

describe('resolveTiming', () => {
  it('treats a date-only end as inclusive', () => {
    const timing = resolveTiming('2017-03-27', '2017-03-29', BERLIN)!;
    expect(timing.allDay).to.equal(true);
    expect(timing.endDate).to.deep.equal({ year: 2017, month: 3, day: 29 });
    expect(iso(timing.end)).to.equal('2017-03-29T21:59:59.999Z');
  });

  it('makes a date-only start all-day, lasting the one day without an end', () => {
    const timing = resolveTiming('2017-03-22', undefined, BERLIN)!;
    expect(timing.allDay).to.equal(true);
    expect(iso(timing.start)).to.equal('2017-03-21T23:00:00.000Z');
    expect(iso(timing.end)).to.equal('2017-03-22T22:59:59.999Z');
  });

  it('lets a timed event without end be a point in time', () => {
    const timing = resolveTiming('2017-04-03T09:00', undefined, BERLIN)!;
    expect(timing.end).to.equal(timing.start);
    expect(timing.hasEnd).to.equal(false);
  });

  it('closes an event that ends at midnight on the previous day', () => {
    const timing = resolveTiming('2017-03-23T18:00', '2017-03-24T00:00', BERLIN)!;
    expect(timing.endDate).to.deep.equal({ year: 2017, month: 3, day: 23 });
  });

  it('refuses an end before the start', () => {
    expect(resolveTiming('2017-03-20T10:00', '2017-03-19T10:00', BERLIN)).to.equal(undefined);
    expect(resolveTiming('2017-03-20', '2017-03-19', BERLIN)).to.equal(undefined);
    expect(resolveTiming('2017-03-20', '2017-03-20', BERLIN)).not.to.equal(undefined);
  });

  it('compares an offset end with a wall-clock start on the time line', () => {
    // 10:00 Berlin (09:00Z) to 09:30Z is a valid half hour.
    expect(resolveTiming('2017-03-20T10:00', '2017-03-20T09:30Z', BERLIN)).not.to.equal(undefined);
    expect(resolveTiming('2017-03-20T10:00', '2017-03-20T08:30Z', BERLIN)).to.equal(undefined);
  });
});
