import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { callSchedule } from '../../src/feed/call-deadlines.js';
import { deadlineEntries } from '../../src/ics/deadline-entries.js';
import { writeDeadlineIcs } from '../../src/ics/write-deadline-ics.js';
import type { FeedCall } from '../../src/feed/schema.js';
import { readTestFeed } from '../helpers.js';

const feed = readTestFeed({
  version: 1,
  timeZone: 'Europe/Berlin',
  calls: [
    {
      id: 'stufen',
      title: 'Quartiersfonds; Runde 1, 2026',
      url: 'https://example.org/quartiersfonds?a=1&b=2',
      stages: [
        { title: 'Interessenbekundung', deadline: '2026-03-27' },
        { title: 'Vollantrag', deadline: '2026-06-30T12:00' },
      ],
    },
    { id: 'runden', title: 'Preis', rounds: ['2026-03-31', '2026-09-30T18:00-04:00', '2027-03-31'] },
  ],
});
const [stages, rounds] = feed.calls as [FeedCall, FeedCall];
const title = (text: string) => `Frist: ${text}`;

function read(call: FeedCall) {
  const schedule = callSchedule(call, feed.timeZone);
  const ics = writeDeadlineIcs(deadlineEntries(call, schedule.deadlines, schedule.timeZone, title), {
    now: Date.parse('2026-01-10T08:00:00Z'),
    uid: `${call.id}@feed.example.org`,
  });
  return { ics, events: new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent') };
}

describe('the deadline .ics', () => {
  it('holds one event per stage: all-day on a date-only deadline\'s date, else at the moment', () => {
    const { events } = read(stages);
    expect(events.length).to.equal(2);
    const [first, second] = events.map((event) => new ICAL.Event(event));
    expect(first!.summary).to.equal('Frist: Quartiersfonds; Runde 1, 2026 – Interessenbekundung');
    expect(first!.startDate.isDate).to.equal(true);
    expect(first!.startDate.toString()).to.equal('2026-03-27');
    // The exclusive end of a one-day all-day event.
    expect(first!.endDate.toString()).to.equal('2026-03-28');
    expect(second!.summary).to.equal('Frist: Quartiersfonds; Runde 1, 2026 – Vollantrag');
    expect(second!.startDate.isDate).to.equal(false);
    expect(second!.startDate.toJSDate().toISOString()).to.equal('2026-06-30T10:00:00.000Z');
    expect(events[0]!.getFirstPropertyValue('url')).to.equal('https://example.org/quartiersfonds?a=1&b=2');
    expect(first!.description).to.equal('https://example.org/quartiersfonds?a=1&b=2');
    expect(new Set(events.map((event) => event.getFirstPropertyValue('uid'))).size).to.equal(2);
  });

  it('reminds 14, 7 and 1 days before each deadline', () => {
    const { events } = read(stages);
    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms.map((alarm) => alarm.getFirstPropertyValue('action'))).to.deep.equal(['DISPLAY', 'DISPLAY', 'DISPLAY']);
      const triggers = alarms.map((alarm) => alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
      expect(triggers.map((trigger) => trigger.toSeconds() / 86_400)).to.deep.equal([-14, -7, -1]);
    }
  });

  it('holds one event per round, a round with an offset at its instant', () => {
    const { events, ics } = read(rounds);
    const starts = events.map((event) => new ICAL.Event(event).startDate);
    expect(starts.map((start) => start.toString())).to.deep.equal(['2026-03-31', '2026-09-30T22:00:00Z', '2027-03-31']);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
  });
});
