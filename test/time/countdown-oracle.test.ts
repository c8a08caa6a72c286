import { expect } from '@open-wc/testing';
import { Temporal } from '@js-temporal/polyfill';
import { endInstant, parseFeedTime } from '../../src/time/feed-time.js';
import { timeLeft } from '../../src/time/countdown.js';
import { seededRandom as random } from '../seeded-random.js';

// Zones with the hard cases: DST both ways, a 30-minute DST shift (Lord Howe), a +12:45
// zone (Chatham), southern-hemisphere DST (Santiago), DST that stopped (São Paulo, 2019),
// and no DST at all (Kolkata).
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Sao_Paulo',
  'Asia/Kolkata',
];

const pad = (n: number) => String(n).padStart(2, '0');

describe('deadline arithmetic against Temporal (the polyfill as an independent oracle)', () => {
  it('ends a date-only deadline at the last millisecond of that day in its zone', () => {
    const next = random(1);
    for (let i = 0; i < 400; i++) {
      const zone = ZONES[i % ZONES.length]!;
      const date = `${2015 + Math.floor(next() * 16)}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
      // One millisecond before the next day starts (its first instant, even where midnight is skipped).
      const expected = Temporal.PlainDate.from(date)
        .add({ days: 1 })
        .toZonedDateTime({ timeZone: zone })
        .subtract({ milliseconds: 1 }).epochMilliseconds;
      expect(endInstant(parseFeedTime(date)!, zone), `${date} in ${zone}`).to.equal(expected);
    }
  });

  it('counts calendar days, then hours, minutes, seconds, as ZonedDateTime.until does', () => {
    const next = random(2);
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      const zone = ZONES[i % ZONES.length]!;
      // Deadlines around the months in which clocks change, both hemispheres.
      const month = [3, 4, 9, 10, 11, 12, 1][Math.floor(next() * 7)]!;
      const date = `${2015 + Math.floor(next() * 16)}-${pad(month)}-${pad(1 + Math.floor(next() * 28))}`;
      const deadline = endInstant(parseFeedTime(date)!, zone);
      // From a few minutes to 45 days before, at any millisecond.
      const now = deadline - Math.floor(next() * 45 * 86_400_000);
      const instant = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
      const oracle = instant(now).until(instant(deadline), { largestUnit: 'day' });
      const expected = {
        days: oracle.days,
        hours: oracle.hours,
        minutes: oracle.minutes,
        seconds: oracle.seconds,
        milliseconds: oracle.milliseconds,
      };
      expect(timeLeft(now, deadline, zone), `${new Date(now).toISOString()} to ${date} in ${zone}`).to.deep.equal(expected);
      checked++;
    }
    expect(checked).to.equal(2000);
  });
});
