import { expect } from '@open-wc/testing';
import { readTestFeed } from '../helpers.js';
import { Temporal } from '@js-temporal/polyfill';
import ICAL from 'ical.js';
import { escapeText, foldLine, writeIcs } from '../../src/ics/write-ics.js';


const feed = readTestFeed({
  version: 1,
  timeZone: 'Europe/Berlin',
  events: [
    {
      id: 'lang',
      title: 'Fachtagung „Quartiersentwicklung, Teilhabe; Wohnen“ – Österreich, Schweiz und Deutschland im Vergleich',
      description: 'Erste Zeile\nZweite Zeile mit \\ und , und ;',
      start: '2017-03-26T02:30',
      end: '2017-03-26T04:00',
      location: { name: 'Rathaus', address: 'Markt 1', postalCode: '44135', city: 'Dortmund' },
      organizer: { name: 'Difu "Berlin"', email: 'info@example.org' },
      url: 'https://example.org/tagung?a=1&b=2',
      tags: ['Wohnen, Bauen', 'Klima'],
      status: 'cancelled',
    },
    { id: 'ganztags', title: 'Aktionswoche', start: '2017-10-28', end: '2017-10-29' },
    { id: 'offen', title: 'Livestream', start: '2017-10-29T02:30', timeZone: 'Europe/Berlin' },
    { id: 'new-york', title: 'Forum', start: '2017-03-12T02:30', end: '2017-03-12T04:00', timeZone: 'America/New_York' },
  ],
});

const NOW = Date.parse('2026-11-21T12:00:00Z');
const ics = writeIcs(feed.events, feed, { now: NOW, source: 'https://feed.example.org/feed.json', name: 'Termine' });
const calendar = new ICAL.Component(ICAL.parse(ics));
// A calendar app learns the file's zones from its VTIMEZONEs before it reads the times.
for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
const vevent = (uid: string) =>
  calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `${uid}@feed.example.org`)!;
const utc = (event: ICAL.Component, name: string) =>
  (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();

describe('iCalendar writer', () => {
  it('writes lines of at most 75 octets, ended by CRLF, never splitting a character', () => {
    expect(ics.endsWith('\r\n')).to.equal(true);
    const lines = ics.slice(0, -2).split('\r\n');
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(lines.some((line) => line.startsWith(' '))).to.equal(true);
    expect(ics).to.not.match(/[^\r]\n/);
    // Folding a line of umlauts keeps every character whole.
    const folded = foldLine(`SUMMARY:${'ä'.repeat(100)}`);
    expect(folded.split('\r\n ').join('')).to.equal(`SUMMARY:${'ä'.repeat(100)}`);
  });

  it('escapes text so a parser reads it back unchanged', () => {
    const event = vevent('lang');
    expect(event.getFirstPropertyValue('summary')).to.equal(feed.events[0]!.title);
    expect(event.getFirstPropertyValue('description')).to.equal(feed.events[0]!.description);
    expect(event.getFirstPropertyValue('location')).to.equal('Rathaus, Markt 1, 44135 Dortmund');
    expect(event.getFirstProperty('categories')!.getValues()).to.deep.equal(['Wohnen, Bauen', 'Klima']);
    expect(event.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(event.getFirstPropertyValue('url')).to.equal('https://example.org/tagung?a=1&b=2');
    expect(event.getFirstPropertyValue('organizer')).to.equal('mailto:info@example.org');
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).to.equal('Difu Berlin');
    expect(escapeText('a\r\nb\u0000')).to.equal('a\\nb');
  });

  it("writes timed events at their wall time in their own zone, which the file defines", () => {
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    // 02:30 does not exist in Berlin on 26 March 2017: it is 03:30 CEST, and written so.
    expect(lines).to.include('DTSTART;TZID=Europe/Berlin:20170326T033000');
    expect(lines).to.include('DTEND;TZID=Europe/Berlin:20170326T040000');
    expect(lines).to.include('DTSTART;TZID=America/New_York:20170312T033000');
    // 02:30 on 29 October 2017 happens twice in Berlin; apps differ on which one a TZID time
    // means, so the first (CEST) is written as the instant it is.
    expect(lines).to.include('DTSTART:20171029T003000Z');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).to.deep.equal([
      'Europe/Berlin',
      'America/New_York',
    ]);
  });

  it("defines each zone's offset changes as the Temporal oracle knows them", () => {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = zone.getFirstPropertyValue('tzid') as string;
      const [initial, ...changes] = zone.getAllSubcomponents();
      // The whole years of the events: from the last day of 2016 into 2018.
      expect(initial!.getFirstPropertyValue('dtstart')!.toString()).to.equal('2016-12-31T00:00:00');
      let at = Temporal.Instant.from('2016-12-31T00:00:00Z').toZonedDateTimeISO(tzid);
      const expected: string[] = [];
      for (;;) {
        const next = at.getTimeZoneTransition('next');
        if (!next || Temporal.Instant.compare(next.toInstant(), Temporal.Instant.from('2018-01-02T00:00:00Z')) >= 0) break;
        const before = next.subtract({ nanoseconds: 1 });
        // The onset as the clock read it before the change, and the offsets either side.
        const onset = next.toInstant().add({ nanoseconds: before.offsetNanoseconds }).toString().slice(0, 19);
        expected.push(`${onset} ${before.offset.slice(0, 6)} ${next.offset.slice(0, 6)}`);
        at = next;
      }
      const written = changes.map((change) => {
        const offset = (name: string) => (change.getFirstPropertyValue(name) as ICAL.UtcOffset).toString();
        return `${change.getFirstPropertyValue('dtstart')!.toString()} ${offset('tzoffsetfrom')} ${offset('tzoffsetto')}`;
      });
      expect(written, tzid).to.deep.equal(expected);
      expect(changes.map((change) => change.name)).to.deep.equal(['daylight', 'standard', 'daylight', 'standard'].slice(0, changes.length));
    }
  });

  it('writes timed events read in the event\'s zone across DST changes', () => {
    // 02:30 does not exist in Berlin on 26 March 2017: it is read as 03:30 CEST.
    expect(utc(vevent('lang'), 'dtstart')).to.equal('2017-03-26T01:30:00.000Z');
    expect(utc(vevent('lang'), 'dtend')).to.equal('2017-03-26T02:00:00.000Z');
    // 02:30 happens twice in Berlin on 29 October 2017: the earlier (CEST) one.
    expect(utc(vevent('offen'), 'dtstart')).to.equal('2017-10-29T00:30:00.000Z');
    expect(vevent('offen').hasProperty('dtend')).to.equal(false);
    // The gap in New York two weeks earlier.
    expect(utc(vevent('new-york'), 'dtstart')).to.equal('2017-03-12T07:30:00.000Z');
    expect(utc(vevent('new-york'), 'dtend')).to.equal('2017-03-12T08:00:00.000Z');
  });

  it('writes all-day events as dates with the exclusive end iCalendar requires', () => {
    const event = vevent('ganztags');
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).to.equal(true);
    expect(start.toString()).to.equal('2017-10-28');
    expect(event.getFirstPropertyValue('dtend')!.toString()).to.equal('2017-10-30');
    // ical.js's duration confirms two whole days.
    expect(new ICAL.Event(event).duration.toSeconds()).to.equal(2 * 86_400);
  });

  it('names the calendar, stamps every event and gives each a unique id', () => {
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Termine');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length).to.equal(4);
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).to.equal(4);
    for (const event of events) expect(utc(event, 'dtstamp')).to.equal('2026-11-21T12:00:00.000Z');
  });
});
