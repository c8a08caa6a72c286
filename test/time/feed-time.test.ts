import { expect } from '@open-wc/testing';
import { endInstant, endsBeforeStart, FEED_TIME_PATTERN, parseFeedTime, resolveTiming, startInstant } from '../../src/time/feed-time.js';
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

describe('parseFeedTime against the published pattern', () => {
  // The oracle: the JSON Schema pattern decides the shape, then each field its range.
  const SHAPE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|([+-])(\d{2}):(\d{2}))?)?$/;
  function expected(value: string) {
    if (!new RegExp(FEED_TIME_PATTERN).test(value)) return undefined;
    const [, y, mo, d, h, mi, s = '0', fraction = '0', zone, sign, oh = '0', om = '0'] = SHAPE.exec(value)!.map((part) => part);
    const [year, month, day] = [Number(y), Number(mo), Number(d)];
    const real = new Date(Date.UTC(2000, month - 1, day));
    real.setUTCFullYear(year);
    if (year < 1 || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== day) return undefined;
    if (h === undefined) return { kind: 'date', date: { year, month, day } };
    const [hour, minute, second] = [Number(h), Number(mi), Number(s)];
    const millisecond = Number(fraction.slice(0, 3).padEnd(3, '0'));
    if (hour > 23 || minute > 59 || second > 59 || Number(oh) > 23 || Number(om) > 59) return undefined;
    const wall = { year, month, day, hour, minute, second, millisecond };
    if (zone === undefined) return { kind: 'local', wall };
    const offset = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
    return { kind: 'instant', epochMs: Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offset * 60_000 };
  }

  it('reads 20,000 seeded variants exactly as the pattern and the calendar say', () => {
    let state = 7;
    const random = (n: number) => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return (state >>> 8) % n;
    };
    const pick = <T>(list: readonly T[]) => list[random(list.length)]!;
    const two = () => String(random(100)).padStart(2, '0');
    const CHARS = ['0', '9', '-', ':', 'T', 't', 'Z', 'z', '+', '.', ' ', 'x', '\u0663', '\uff11', ''];
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const bad = random(4) === 0;
      let value = `${pick(['2017', '2016', '2100', '2000', '9999', '0001', bad ? '0000' : '2024'])}-${bad ? pick(['13', '00', two()]) : pick(['01', '02', '03', '10', '12'])}-${bad ? pick(['00', '32', two()]) : pick(['01', '28', '29', '30', '31'])}`;
      if (random(4)) value += `T${bad ? pick(['24', two()]) : pick(['00', '10', '23'])}:${bad ? pick(['60', two()]) : pick(['00', '59'])}`;
      if (random(2)) value += `:${bad ? pick(['60', two()]) : pick(['00', '59'])}`;
      if (random(3) === 0) value += `.${'123456789012'.slice(0, bad ? random(12) : 1 + random(9))}`;
      value += bad ? pick(['+24:00', '-00:60', '+0100', '+01', 'z', 'Z']) : pick(['', '', 'Z', '+01:00', '-05:30', '+23:59']);
      // A fifth of them get one character changed, removed or added.
      if (random(5) === 0) {
        const at = random(value.length + 1);
        value = value.slice(0, at) + pick(CHARS) + value.slice(at + random(2));
      }
      const want = expected(value);
      expect(parseFeedTime(value), value).to.deep.equal(want);
      if (want) accepted += 1;
    }
    // Both sides of the line are well covered.
    expect(accepted).to.be.within(4_000, 16_000);
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

describe('endsBeforeStart (the reader\'s check of every item)', () => {
  // Days around zone changes: Berlin's and New York's, São Paulo's at midnight, Lord Howe's half
  // hour, Apia's skipped 30 December 2011; and one quiet day.
  const DAYS = ['2017-03-26', '2017-10-29', '2017-03-12', '2017-11-05', '2017-10-15', '2018-02-17', '2017-04-02', '2017-10-01', '2011-12-30', '2017-06-15'];
  const TIMES = ['', 'T00:00', 'T00:30', 'T01:30', 'T02:00', 'T02:30', 'T03:00', 'T23:59:59.999', 'T02:30Z', 'T00:30+02:00', 'T23:30-05:00'];
  // Values that do not parse, as start or end: both refuse them.
  const UNREADABLE = ['2017-02-29', '2017-03-20T24:00', '2017-03-20T10:00+24:00', '2017-03-20 10:00'];
  const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kolkata', 'UTC'];
  const shift = (day: string, days: number) => new Date(Date.parse(`${day}T12:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it('refuses exactly what resolveTiming refuses, around every kind of zone change', () => {
    let refused = 0;
    let compared = 0;
    for (const timeZone of ZONES) {
      for (const day of DAYS) {
        for (const startTime of TIMES) {
          const start = day + startTime;
          for (const endDay of [shift(day, -1), day, shift(day, 1)]) {
            for (const end of [undefined, ...TIMES.map((time) => endDay + time)]) {
              const expected = resolveTiming(start, end, timeZone) === undefined;
              expect(endsBeforeStart(start, end, timeZone), `${start} – ${end} in ${timeZone}`).to.equal(expected);
              compared++;
              if (expected) refused++;
            }
          }
        }
      }
    }
    // Both answers occur often, so a check that always said the same would fail.
    expect(refused).to.be.within(compared / 5, compared / 2);
  });

  it('refuses what does not parse, as start or as end', () => {
    for (const timeZone of ZONES) {
      for (const bad of UNREADABLE) {
        expect(resolveTiming(bad, undefined, timeZone), bad).to.equal(undefined);
        expect(endsBeforeStart(bad, undefined, timeZone), bad).to.equal(true);
        expect(endsBeforeStart(bad, '2017-03-21', timeZone), bad).to.equal(true);
        expect(resolveTiming('2017-03-19', bad, timeZone), bad).to.equal(undefined);
        expect(endsBeforeStart('2017-03-19', bad, timeZone), bad).to.equal(true);
      }
    }
  });

  it('refuses, as resolveTiming does, an all-day item on a day its zone skipped', () => {
    expect(resolveTiming('2011-12-30', undefined, 'Pacific/Apia')).to.equal(undefined);
    expect(endsBeforeStart('2011-12-30', undefined, 'Pacific/Apia')).to.equal(true);
    expect(endsBeforeStart('2011-12-30', '2011-12-31', 'Pacific/Apia')).to.equal(false);
  });
});

