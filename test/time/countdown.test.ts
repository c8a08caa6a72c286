import { expect } from '@open-wc/testing';
import { parseFeedTime, endInstant } from '../../src/time/feed-time.js';
import { formatTimeLeft, msUntilNextChange, timeLeft } from '../../src/time/countdown.js';

const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const deadlineOf = (value: string, zone = BERLIN) => endInstant(parseFeedTime(value)!, zone);
const left = (now: string, deadline: string, zone = BERLIN) => timeLeft(at(now), deadlineOf(deadline, zone), zone);

// Expected values checked by hand against Temporal's rules for ZonedDateTime.until
// with largestUnit 'day': whole calendar days of the zone, then exact time.
describe('timeLeft', () => {
  it('counts the Difu call: noch 12 Tage, 15 Stunden', () => {
    expect(left('2015-10-07T08:00:00+02:00', '2015-10-19')).to.deep.equal({
      days: 12, hours: 15, minutes: 59, seconds: 59, milliseconds: 999,
    });
  });

  it('counts a day over the spring change as a calendar day (23 h), not 24 h', () => {
    // 12:00 CET on 25 March to the end of 26 March (CEST); 24-hour arithmetic would say 1 d 10 h.
    expect(left('2017-03-25T12:00:00+01:00', '2017-03-26')).to.deep.equal({
      days: 1, hours: 11, minutes: 59, seconds: 59, milliseconds: 999,
    });
  });

  it('counts a day over the autumn change as a calendar day (25 h)', () => {
    // 24-hour arithmetic would say 1 d 12 h.
    expect(left('2017-10-28T12:00:00+02:00', '2017-10-29')).to.deep.equal({
      days: 1, hours: 11, minutes: 59, seconds: 59, milliseconds: 999,
    });
  });

  it('counts across the year end', () => {
    expect(left('2016-12-31T23:30:00+01:00', '2017-01-01')).to.deep.equal({
      days: 1, hours: 0, minutes: 29, seconds: 59, milliseconds: 999,
    });
  });

  it('steps back a day when the same wall time would pass the deadline', () => {
    expect(timeLeft(at('2016-12-31T23:30:00+01:00'), at('2017-01-01T12:00:00+01:00'), BERLIN)).to.deep.equal({
      days: 0, hours: 12, minutes: 30, seconds: 0, milliseconds: 0,
    });
  });

  it('resolves a day step into the spring gap later, as Temporal does', () => {
    // 02:30 on 26 March does not exist; one day after 25 March 02:30 is 03:30 CEST, past 03:00.
    expect(timeLeft(at('2017-03-25T02:30:00+01:00'), at('2017-03-26T03:00:00+02:00'), BERLIN)).to.deep.equal({
      days: 0, hours: 23, minutes: 30, seconds: 0, milliseconds: 0,
    });
  });

  it('counts in the deadline\'s zone: the end of 19 October in New York is six hours later', () => {
    expect(left('2015-10-19T12:00:00Z', '2015-10-19', 'America/New_York')).to.deep.equal({
      days: 0, hours: 15, minutes: 59, seconds: 59, milliseconds: 999,
    });
    expect(left('2015-10-19T12:00:00Z', '2015-10-19')).to.deep.equal({
      days: 0, hours: 9, minutes: 59, seconds: 59, milliseconds: 999,
    });
  });

  it('is zero at the last millisecond and undefined after it', () => {
    const deadline = deadlineOf('2015-10-19');
    expect(timeLeft(deadline, deadline, BERLIN)).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 0, milliseconds: 0 });
    expect(timeLeft(deadline + 1, deadline, BERLIN)).to.equal(undefined);
  });
});

describe('formatTimeLeft', () => {
  it('writes days and hours, then hours and minutes, then minutes and seconds', () => {
    expect(formatTimeLeft({ days: 12, hours: 4, minutes: 3, seconds: 2, milliseconds: 0 }, 'de')).to.equal('12 Tage, 4 Stunden');
    expect(formatTimeLeft({ days: 12, hours: 4, minutes: 3, seconds: 2, milliseconds: 0 }, 'en')).to.equal('12 days, 4 hours');
    expect(formatTimeLeft({ days: 0, hours: 1, minutes: 1, seconds: 2, milliseconds: 0 }, 'de')).to.equal('1 Stunde, 1 Minute');
    expect(formatTimeLeft({ days: 0, hours: 0, minutes: 5, seconds: 30, milliseconds: 0 }, 'en')).to.equal('5 minutes, 30 seconds');
  });

  it('leaves out a zero second part', () => {
    expect(formatTimeLeft({ days: 3, hours: 0, minutes: 10, seconds: 0, milliseconds: 0 }, 'de')).to.equal('3 Tage');
  });

  it('leaves out a zero leading part and writes zero seconds at the very end', () => {
    expect(formatTimeLeft({ days: 0, hours: 0, minutes: 0, seconds: 2, milliseconds: 0 }, 'de')).to.equal('2 Sekunden');
    expect(formatTimeLeft({ days: 0, hours: 0, minutes: 0, seconds: 0, milliseconds: 0 }, 'en')).to.equal('0 seconds');
  });
});

describe('msUntilNextChange', () => {
  it('sleeps until the smallest shown unit ticks, not a second more often', () => {
    expect(msUntilNextChange({ days: 2, hours: 5, minutes: 30, seconds: 0, milliseconds: 0 })).to.equal(30 * 60_000 + 1);
    expect(msUntilNextChange({ days: 0, hours: 5, minutes: 30, seconds: 12, milliseconds: 500 })).to.equal(12_501);
    expect(msUntilNextChange({ days: 0, hours: 0, minutes: 5, seconds: 12, milliseconds: 500 })).to.equal(501);
  });
});
