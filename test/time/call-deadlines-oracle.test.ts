import { expect } from '@open-wc/testing';
import { Temporal } from '@js-temporal/polyfill';
import { callMoment, callSchedule } from '../../src/feed/call-deadlines.js';
import type { FeedCall } from '../../src/feed/schema.js';
import { timeLeft } from '../../src/time/countdown.js';
import { seededRandom as random } from '../seeded-random.js';

// Zones whose clocks change (both hemispheres, a 30-minute shift) and one whose do not.
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A deadline near a clock change: a date, or a wall-clock time (some in the skipped or repeated hour). */
function randomDeadline(next: () => number, year: number): { value: string; oracle: (zone: string) => number } {
  const month = [3, 4, 9, 10, 11][Math.floor(next() * 5)]!;
  const date = `${year}-${pad(month)}-${pad(1 + Math.floor(next() * 28))}`;
  if (next() < 0.5) {
    return {
      value: date,
      oracle: (zone) => Temporal.PlainDate.from(date).add({ days: 1 }).toZonedDateTime({ timeZone: zone }).subtract({ milliseconds: 1 }).epochMilliseconds,
    };
  }
  const value = `${date}T${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 4) * 15)}`;
  // A wall time that does not exist is read as the feed reads it: moved forward by the gap ('compatible').
  return { value, oracle: (zone) => Temporal.PlainDateTime.from(value).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds };
}

describe('stages and rounds against Temporal (the polyfill as an independent oracle)', () => {
  it('ends every stage\'s and round\'s deadline where Temporal does, across clock changes', () => {
    const next = random(7);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const zone = ZONES[i % ZONES.length]!;
      const year = 2016 + Math.floor(next() * 14);
      const dates = [randomDeadline(next, year), randomDeadline(next, year + 1)];
      const expected = dates.map((date) => date.oracle(zone));
      const staged: FeedCall = { id: 's', title: 'S', timeZone: zone, stages: dates.map((date, n) => ({ title: `Stufe ${n + 1}`, deadline: date.value })) };
      const recurring: FeedCall = { id: 'r', title: 'R', timeZone: zone, rounds: [dates[1]!.value, dates[0]!.value] };
      expect(callSchedule(staged, 'Europe/Berlin').deadlines.map((d) => d.end), `${dates.map((d) => d.value)} in ${zone}`).to.deep.equal(expected);
      expect(callSchedule(recurring, 'Europe/Berlin').deadlines.map((d) => d.end)).to.deep.equal(expected);
      checked++;
    }
    expect(checked).to.equal(300);
  });

  it('counts to the stage or round that is current, as ZonedDateTime.until does', () => {
    const next = random(8);
    let checked = 0;
    for (let i = 0; i < 600; i++) {
      const zone = ZONES[i % ZONES.length]!;
      const year = 2016 + Math.floor(next() * 14);
      const dates = [randomDeadline(next, year), randomDeadline(next, year + 1)];
      const ends = dates.map((date) => date.oracle(zone));
      const call: FeedCall = { id: 'r', title: 'R', timeZone: zone, rounds: dates.map((date) => date.value) };
      const schedule = callSchedule(call, 'Europe/Berlin');
      // Any moment from 60 days before the first round to just after the second.
      const now = ends[0]! - 60 * 86_400_000 + Math.floor(next() * (ends[1]! - ends[0]! + 61 * 86_400_000));
      const index = ends.findIndex((end) => end >= now);
      const moment = callMoment(schedule, now);
      expect(moment.index).to.equal(index < 0 ? 2 : index);
      if (index < 0) continue;
      const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
      const oracle = instant(now).until(instant(ends[index]!), { largestUnit: 'day' });
      expect(timeLeft(now, moment.deadline!.end, zone), `${new Date(now).toISOString()} to ${dates[index]!.value} in ${zone}`).to.deep.equal({
        days: oracle.days,
        hours: oracle.hours,
        minutes: oracle.minutes,
        seconds: oracle.seconds,
        milliseconds: oracle.milliseconds,
      });
      checked++;
    }
    expect(checked).to.be.greaterThan(400);
  });
});
