import { expect } from '@open-wc/testing';
import { Temporal } from '@js-temporal/polyfill';
import { executeServerCommand } from '@web/test-runner-commands';
import { sharedClock } from '../../src/time/clock.js';
import { forgetVisitorTimeZone, visitorTimeZone } from '../../src/time/intl-cache.js';
import { wallTimeToInstant, zoneOffset } from '../../src/time/zoned.js';
import { seededRandom as random } from '../seeded-random.js';

// Zones whose rules test the offset cache: DST both ways, a 30-minute DST shift (Lord Howe),
// +12:45 (Chatham), southern DST (Santiago), DST that stopped (São Paulo, 2019), DST paused
// for Ramadan, weeks apart (Casablanca), a half-hour zone (Kathmandu, +05:45) and none at all.
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Sao_Paulo',
  'Africa/Casablanca',
  'Asia/Kathmandu',
  'Asia/Kolkata',
];
const FROM = Date.UTC(1995, 0, 1);
const TO = Date.UTC(2035, 0, 1);

const oracleOffset = (epochMs: number, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e6;

/** Every change of offset in the zone between FROM and TO, by Temporal. */
function transitions(timeZone: string): number[] {
  const found: number[] = [];
  let at = Temporal.Instant.fromEpochMilliseconds(FROM).toZonedDateTimeISO(timeZone);
  for (;;) {
    const next = at.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds >= TO) return found;
    found.push(next.epochMilliseconds);
    at = next;
  }
}

/**
 * Our zone offsets and wall-time resolution against Temporal's, for every zone of ZONES. Run in
 * a browser in Berlin and in one in New York: the visitor's own zone is read through `Date`,
 * the others through Intl.
 */
export const describeZoneOracle = (visitorZone: string) => describe(`zone offsets against the Temporal oracle (visitor in ${visitorZone})`, () => {
  it('runs in a browser whose clock is in the visitor\'s zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(visitorZone);
  });

  for (const timeZone of ZONES) {
    it(`${timeZone}: every instant around each change and 3,000 random ones, 1995–2035`, () => {
      const next = random(ZONES.indexOf(timeZone) + 1);
      const instants: number[] = [];
      for (const change of transitions(timeZone)) {
        // Either side of the change, and the rest of its day, in an order the cache does not expect.
        instants.push(change + 6 * 3_600_000, change - 1, change, change + 1, change - 15 * 60_000, change + 14 * 60_000);
      }
      for (let i = 0; i < 3000; i++) instants.push(FROM + Math.floor(next() * (TO - FROM)));
      const wrong = instants
        .map((at) => ({ at: new Date(at).toISOString(), ours: zoneOffset(at, timeZone), oracle: oracleOffset(at, timeZone) }))
        .filter(({ ours, oracle }) => ours !== oracle);
      expect(wrong).to.deep.equal([]);
    });
  }

  it("the visitor's own zone from 1850 to 1995, to the second (local mean time: Berlin +0:53:28, New York −4:56:02)", () => {
    const next = random(1973);
    const boundary = Date.UTC(1973, 0, 1);
    const instants = [Date.UTC(1850, 0, 1), Date.UTC(1883, 10, 18, 12), Date.UTC(1893, 2, 31, 22), boundary - 1, boundary, boundary + 1];
    for (let i = 0; i < 2000; i++) instants.push(boundary + Math.floor(next() * (FROM - boundary)));
    const wrong = instants
      .map((at) => ({ at: new Date(at).toISOString(), ours: zoneOffset(at, visitorZone), oracle: oracleOffset(at, visitorZone) }))
      .filter(({ ours, oracle }) => ours !== oracle);
    expect(wrong).to.deep.equal([]);
    expect(oracleOffset(Date.UTC(1850, 0, 1), visitorZone) % 60_000, 'an offset with seconds is tested').to.not.equal(0);
  });

  it("follows the visitor's zone when it changes while the page is open", async () => {
    const winter = Date.UTC(2017, 0, 15, 12);
    const other = visitorZone === 'Europe/London' ? 'Asia/Tokyo' : 'Europe/London';
    expect(zoneOffset(winter, visitorZone)).to.equal(oracleOffset(winter, visitorZone));
    await executeServerCommand('visitor-time-zone', { timeZone: other });
    try {
      // The name is read again once a second has passed; until then the offsets of the zone named stay its own.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(zoneOffset(winter, visitorZone), `${visitorZone}, no longer the visitor's`).to.equal(oracleOffset(winter, visitorZone));
      expect(zoneOffset(winter, other), `${other}, now the visitor's`).to.equal(oracleOffset(winter, other));
    } finally {
      await executeServerCommand('visitor-time-zone', { timeZone: visitorZone });
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
  });

  it("reads the visitor's zone again at once when the page comes back from the background", async () => {
    const other = visitorZone === 'Europe/London' ? 'Asia/Tokyo' : 'Europe/London';
    // The shared clock listens for the page's visibility while it follows an element.
    const element = document.createElement('div');
    document.body.append(element);
    sharedClock.watch(element, () => {});
    forgetVisitorTimeZone();
    expect(visitorTimeZone()).to.equal(visitorZone); // kept for a second from here
    await executeServerCommand('visitor-time-zone', { timeZone: other });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      expect(visitorTimeZone(), 'as the page came back').to.equal(other);
    } finally {
      sharedClock.unwatch(element);
      element.remove();
      await executeServerCommand('visitor-time-zone', { timeZone: visitorZone });
      forgetVisitorTimeZone();
    }
  });

  it('resolves wall times on the days of a change as Temporal does ("compatible")', () => {
    const wrong: string[] = [];
    for (const timeZone of ZONES) {
      for (const change of transitions(timeZone)) {
        const local = Temporal.Instant.fromEpochMilliseconds(change).toZonedDateTimeISO(timeZone).toPlainDate();
        for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
          const wall = local.toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
          const oracle = wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
          const ours = wallTimeToInstant({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: 0, millisecond: 0 }, timeZone);
          if (ours !== oracle) wrong.push(`${timeZone} ${wall.toString()}: ${ours - oracle} ms`);
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });
});
