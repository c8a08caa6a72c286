// The iCalendar converter on files shaped like what publishers' tools export
// (fixtures `ics-*.ics`, fetched from the test server), read on by the feed reader.
import { expect } from '@open-wc/testing';
import { readFeed } from '../../src/feed/read-feed.js';
import type { Feed, FeedEvent } from '../../src/feed/schema.js';
import { htmlToText, ianaZone, icsToFeed, readLocation, type IcsReadOptions } from '../../src/ics/read-ics.js';
import { resolveTiming } from '../../src/time/feed-time.js';

const WINDOW: IcsReadOptions = { from: Date.UTC(2017, 0, 1), until: Date.UTC(2018, 11, 31) };
const FEED_URL = 'https://www.example.org/termine/kalender.ics';

async function convert(name: string, options: Partial<IcsReadOptions> = {}) {
  const response = await fetch(`/test/fixtures/${name}`);
  expect(response.ok, name).to.equal(true);
  const converted = icsToFeed(await response.text(), { ...WINDOW, ...options });
  if (!converted.ok) throw new Error(converted.message);
  const read = readFeed(converted.feed, FEED_URL);
  if (!read.ok) throw new Error(read.message);
  return { feed: read.feed, conversionIssues: converted.issues, readIssues: read.issues };
}

const byId = (feed: Feed, id: string): FeedEvent => {
  const event = feed.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event '${id}' in ${feed.events.map((e) => e.id).join(', ')}`);
  return event;
};

/** The instants an event covers, as the widgets resolve them. */
const instants = (feed: Feed, event: FeedEvent) => {
  const timing = resolveTiming(event.start, event.end, event.timeZone ?? feed.timeZone)!;
  return [new Date(timing.start).toISOString(), new Date(timing.end).toISOString()];
};

function ics(...lines: string[]) {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//test//DE', ...lines, 'END:VCALENDAR'].join('\r\n');
}

describe('icsToFeed: Google Calendar export', () => {
  it('reads the calendar name, its zone and the latest change', async () => {
    const { feed } = await convert('ics-google.ics');
    expect(feed.title).to.equal('Quartiersmanagement Dortmund-Nordstadt');
    expect(feed.timeZone).to.equal('Europe/Berlin');
    expect(feed.updated).to.equal('2017-02-20T09:00:00Z');
  });

  it('writes UTC times as Berlin wall time with the offset of their day, on both sides of the DST change', async () => {
    const { feed } = await convert('ics-google.ics');
    const conference = byId(feed, '5k9t2b7q0m1r@google.com');
    expect([conference.start, conference.end]).to.deep.equal(['2017-03-20T10:30+01:00', '2017-03-20T17:00+01:00']);
    const forum = byId(feed, 'stadtteilforum-2017@google.com');
    expect([forum.start, forum.end]).to.deep.equal(['2017-03-29T19:00+02:00', '2017-03-29T21:00+02:00']);
    expect(instants(feed, forum)).to.deep.equal(['2017-03-29T17:00:00.000Z', '2017-03-29T19:00:00.000Z']);
  });

  it('expands the weekly series at 10:00 wall time across the DST change, without the excluded date, with the changed one', async () => {
    const { feed } = await convert('ics-google.ics');
    const series = feed.events.filter((e) => e.id.startsWith('sprechstunde-8d1e@google.com/'));
    expect(series.map((e) => [e.start, e.end])).to.deep.equal([
      ['2017-03-07T10:00', '2017-03-07T12:00'],
      ['2017-03-14T10:00', '2017-03-14T12:00'],
      ['2017-03-21T10:00', '2017-03-21T12:00'],
      ['2017-03-28T10:00', '2017-03-28T12:00'],
      // RECURRENCE-ID 2017-04-04T10:00 moved to the afternoon, under its own title.
      ['2017-04-04T16:00', '2017-04-04T18:00'],
      ['2017-04-11T10:00', '2017-04-11T12:00'],
      // 2017-04-18 is an EXDATE; UNTIL (07:59:59Z) ends the series before 2017-04-25 10:00.
    ]);
    expect(byId(feed, 'sprechstunde-8d1e@google.com/20170404T100000').title).to.equal('Sprechstunde Quartiersfonds (nachmittags)');
    expect(instants(feed, series[3]!)[0]).to.equal('2017-03-28T08:00:00.000Z');
    expect(instants(feed, series[0]!)[0]).to.equal('2017-03-07T09:00:00.000Z');
  });

  it('turns the exclusive DTEND of an all-day event into the inclusive end', async () => {
    const { feed } = await convert('ics-google.ics');
    const days = byId(feed, 'aktionstage-nordstadt@google.com');
    expect([days.start, days.end]).to.deep.equal(['2017-03-22', '2017-03-23']);
  });

  it('keeps cancelled events as cancelled, and does not publish private ones', async () => {
    const { feed, conversionIssues } = await convert('ics-google.ics');
    expect(byId(feed, 'stadtteilforum-2017@google.com').status).to.equal('cancelled');
    expect(feed.events.some((e) => e.id === 'privat-zahnarzt@google.com')).to.equal(false);
    expect(conversionIssues).to.deep.include({
      action: 'item-skipped',
      path: 'VEVENT[5]',
      id: 'privat-zahnarzt@google.com',
      message: 'the VEVENT is marked CLASS:PRIVATE; private events are not published',
    });
  });

  it('unescapes and unfolds text, splits the address and reads HTML descriptions as text', async () => {
    const { feed } = await convert('ics-google.ics');
    const conference = byId(feed, '5k9t2b7q0m1r@google.com');
    expect(conference.title).to.equal('Kommunalkonferenz „Integration vor Ort leben“');
    expect(conference.description).to.equal(
      'Die Bundesministerin lädt zur zweiten bundesweiten Kommunalkonferenz „Integration vor Ort leben“ nach Dortmund ein.' +
        '\n\nProgramm und Anmeldung: Städtebauförderung',
    );
    expect(conference.location).to.deep.equal({
      name: 'Dortmunder U',
      address: 'Leonie-Reygers-Terrasse 2',
      postalCode: '44137',
      city: 'Dortmund',
    });
    expect(byId(feed, 'sprechstunde-8d1e@google.com/20170307T100000').description).to.equal(
      'Offene Sprechstunde für Initiativen, Vereine und Bewohnerinnen.\nOhne Anmeldung.',
    );
    expect(byId(feed, 'sprechstunde-8d1e@google.com/20170307T100000').tags).to.deep.equal(['Beratung']);
  });
});

describe('icsToFeed: Outlook / Exchange export', () => {
  it('reads Windows zone names and the organizer with a quoted name', async () => {
    const { feed, readIssues } = await convert('ics-outlook.ics');
    expect(feed.title).to.equal('Difu Veranstaltungen');
    const seminar = feed.events[0]!;
    expect(seminar.title).to.equal('Difu-Seminar Beteiligung im Quartier');
    expect([seminar.start, seminar.end, seminar.timeZone]).to.deep.equal(['2017-03-30T09:30', '2017-03-30T16:30', undefined]);
    expect(seminar.organizer).to.deep.equal({ name: 'Deutsches Institut für Urbanistik (Difu)', email: 'veranstaltungen@difu.de' });
    expect(seminar.url).to.equal('https://difu.de/veranstaltungen/beteiligung-im-quartier');
    expect(seminar.description).to.equal(
      'Seminar für Kommunen: Wie gelingt die Beteiligung im Quartier? \n\nMit Beiträgen aus Leipzig, Hamm und Berlin.',
    );
    expect(readIssues).to.deep.equal([]);
  });

  it('never takes the HTML twin of a description (X-ALT-DESC)', async () => {
    const { feed } = await convert('ics-outlook.ics');
    expect(JSON.stringify(feed)).not.to.contain('<script');
    expect(JSON.stringify(feed)).not.to.contain('alert(1)');
  });

  it('reads a one-day all-day event as a date without end', async () => {
    const { feed } = await convert('ics-outlook.ics');
    const deadline = feed.events.find((e) => e.title === 'Bewerbungsschluss Modellvorhaben')!;
    expect([deadline.start, deadline.end]).to.deep.equal(['2017-04-03', undefined]);
  });

  it("reads Outlook's display-name zones as the calendar's zone when it is listed, and a web address as an online place", async () => {
    const { feed } = await convert('ics-outlook.ics');
    const webinar = byId(feed, 'webinar-quartiersfonds-2017@difu.de');
    expect([webinar.start, webinar.end, webinar.timeZone]).to.deep.equal(['2017-04-05T14:00', '2017-04-05T15:30', undefined]);
    expect(webinar.attendance).to.equal('online');
    expect(webinar.location).to.deep.equal({ url: 'https://difu.webex.com/meet/quartier' });
  });

  it("converts a zone that only the file's VTIMEZONE defines, taking the first of an hour that occurs twice", async () => {
    const { feed, conversionIssues } = await convert('ics-outlook.ics');
    const walk = byId(feed, 'nachtwanderung-2017@difu.de');
    expect([walk.start, walk.end]).to.deep.equal(['2017-10-29T02:30+02:00', '2017-10-29T04:00+01:00']);
    expect(instants(feed, walk)).to.deep.equal(['2017-10-29T00:30:00.000Z', '2017-10-29T03:00:00.000Z']);
    expect(conversionIssues.map((i) => i.message)).to.include(
      "the time zone 'Customized Time Zone' has no standard name; its times are converted with the file's VTIMEZONE",
    );
  });

  it('does not publish confidential events', async () => {
    const { feed } = await convert('ics-outlook.ics');
    expect(feed.events.map((e) => e.title)).not.to.include('Personalgespräch');
  });
});

describe('icsToFeed: Nextcloud export', () => {
  it('expands a monthly series by COUNT, merges CATEGORIES and reads URL;VALUE=URI', async () => {
    const { feed } = await convert('ics-nextcloud.ics');
    const meetings = feed.events.filter((e) => e.title === 'Netzwerktreffen Integration');
    expect(meetings.map((e) => e.start)).to.deep.equal(['2017-03-06T18:00', '2017-04-03T18:00', '2017-05-01T18:00']);
    expect(meetings[0]!.tags).to.deep.equal(['Netzwerk', 'Integration']);
    expect(meetings[0]!.url).to.equal('https://netzwerk-integration.example.org/treffen');
    const workshop = byId(feed, '9a0e6a52-6d2b-4a4c-8d8a-0b7a1c2d3e4f');
    expect(workshop.tags).to.deep.equal(['Workshop', 'Förderung']);
  });

  it('reads DURATION as the end', async () => {
    const { feed } = await convert('ics-nextcloud.ics');
    const workshop = byId(feed, '9a0e6a52-6d2b-4a4c-8d8a-0b7a1c2d3e4f');
    expect([workshop.start, workshop.end]).to.deep.equal(['2017-03-24T10:00', '2017-03-24T12:30']);
  });

  it('keeps an event in another zone in that zone', async () => {
    const { feed } = await convert('ics-nextcloud.ics');
    const talk = byId(feed, '5e8f7a6b-1c2d-4e3f-9a8b-7c6d5e4f3a2b');
    expect(talk.timeZone).to.equal('America/New_York');
    // New York was already on summer time (since 12 March), Berlin not yet.
    expect(instants(feed, talk)).to.deep.equal(['2017-03-15T13:00:00.000Z', '2017-03-15T14:30:00.000Z']);
  });
});

describe('icsToFeed: TYPO3 events extension export', () => {
  it("reads times without a zone in the feed's zone, and says so", async () => {
    const { feed, conversionIssues } = await convert('ics-typo3.ics');
    expect(feed.events[0]!.start).to.equal('2017-03-27T14:00');
    expect(instants(feed, feed.events[0]!)[0]).to.equal('2017-03-27T12:00:00.000Z');
    expect(conversionIssues).to.deep.include({
      action: 'warning',
      path: 'X-WR-TIMEZONE',
      message: 'the file names no time zone; times without one are read as Europe/Berlin',
    });
    const inVienna = icsToFeed(ics('BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART:20170327T140000', 'END:VEVENT'), {
      ...WINDOW,
      timeZone: 'Europe/Vienna',
    });
    expect(inVienna.ok && [inVienna.feed.timeZone, inVienna.issues.length]).to.deep.equal(['Europe/Vienna', 0]);
  });

  it('decodes HTML entities, resolves relative links against the feed and drops script links', async () => {
    const { feed, readIssues } = await convert('ics-typo3.ics');
    const walk = feed.events[0]!;
    expect(walk.description).to.equal(
      'Gemeinsam durch den Stadtteil: Treffpunkt ist der Marktplatz.\u00a0Bitte an wetterfeste Kleidung denken & gutes Schuhwerk.\nFührung: Quartiersmanagement',
    );
    expect(walk.url).to.equal('https://www.example.org/veranstaltungen/detail/stadtteilspaziergang-hamm-westen');
    const evening = feed.events.find((e) => e.title === 'Infoabend Verfügungsfonds')!;
    expect(evening.url).to.equal(undefined);
    expect(readIssues.map((i) => i.message)).to.include("'javascript:alert(document.cookie)' is not an http: or https: link");
  });

  it('gives an event without UID a stable id, keeps both events that share a UID, and skips one without SUMMARY', async () => {
    const first = await convert('ics-typo3.ics');
    const second = await convert('ics-typo3.ics');
    const evening = first.feed.events.find((e) => e.title === 'Infoabend Verfügungsfonds')!;
    expect(evening.id).to.match(/^ics-[0-9a-f]{8}$/);
    expect(second.feed.events.find((e) => e.title === 'Infoabend Verfügungsfonds')!.id).to.equal(evening.id);
    expect(first.feed.events.map((e) => e.id)).to.include.members([
      'calendarize-event-101',
      'calendarize-event-101/20170331T140000',
    ]);
    expect(first.conversionIssues).to.deep.include({
      action: 'item-skipped',
      path: 'VEVENT[2]',
      id: 'calendarize-event-103',
      message: 'the VEVENT has no SUMMARY, so it has no title',
    });
  });
});

describe('icsToFeed: recurrence window and limits', () => {
  const daily = (...extra: string[]) =>
    ics('BEGIN:VEVENT', 'UID:daily', 'SUMMARY:Täglich', 'DTSTART;TZID=Europe/Berlin:20170101T090000', 'DTEND;TZID=Europe/Berlin:20170101T100000', ...extra, 'END:VEVENT');

  it('lists an endless series only inside the window', () => {
    const result = icsToFeed(daily('RRULE:FREQ=DAILY'), { from: Date.UTC(2017, 2, 1), until: Date.UTC(2017, 2, 10, 23) });
    expect(result.ok && result.feed.events.map((e) => e.start.slice(0, 10))).to.deep.equal([
      '2017-03-01', '2017-03-02', '2017-03-03', '2017-03-04', '2017-03-05',
      '2017-03-06', '2017-03-07', '2017-03-08', '2017-03-09', '2017-03-10',
    ]);
  });

  it('stops at the occurrence limit, and says so', () => {
    const result = icsToFeed(daily('RRULE:FREQ=DAILY'), { ...WINDOW, maxOccurrences: 20 });
    expect(result.ok && result.feed.events.length).to.equal(20);
    expect(result.ok && result.issues.map((i) => i.message)).to.deep.equal([
      'the series has more than 20 occurrences in the window; the first 20 are listed',
    ]);
  });

  it('gives up on a series that repeats every minute for decades instead of freezing', () => {
    const minutely = ics('BEGIN:VEVENT', 'UID:m', 'SUMMARY:M', 'DTSTART:19900101T000000Z', 'RRULE:FREQ=MINUTELY', 'END:VEVENT');
    const result = icsToFeed(minutely, WINDOW);
    expect(result.ok && result.feed.events.length).to.equal(0);
    expect(result.ok && result.issues[0]!.message).to.match(/repeats too often to expand/);
  });

  it("keeps a changed occurrence whose series is not in the file, under the occurrence's id", () => {
    const result = icsToFeed(
      ics('BEGIN:VEVENT', 'UID:s', 'RECURRENCE-ID;TZID=Europe/Berlin:20170307T100000', 'SUMMARY:Verlegt', 'DTSTART;TZID=Europe/Berlin:20170308T100000', 'END:VEVENT'),
      WINDOW,
    );
    expect(result.ok && result.feed.events.map((e) => [e.id, e.start])).to.deep.equal([['s/20170307T100000', '2017-03-08T10:00']]);
  });

  it('reads a wall time in the spring gap of a file-defined zone an hour later, as for named zones', () => {
    const custom = [
      'BEGIN:VTIMEZONE', 'TZID:Eigene Zone',
      'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const result = icsToFeed(
      ics(...custom, 'BEGIN:VEVENT', 'UID:g', 'SUMMARY:G', 'DTSTART;TZID=Eigene Zone:20170326T023000', 'END:VEVENT'),
      WINDOW,
    );
    const named = resolveTiming('2017-03-26T02:30', undefined, 'Europe/Berlin')!;
    expect(result.ok && result.feed.events[0]!.start).to.equal('2017-03-26T03:30+02:00');
    expect(new Date(named.start).toISOString()).to.equal('2017-03-26T01:30:00.000Z');
  });
});

describe('icsToFeed: documents that are not calendars', () => {
  it('says why, instead of throwing', () => {
    for (const text of ['{"version": 1}', '<!doctype html><h1>Fehler</h1>', '']) {
      const result = icsToFeed(text, WINDOW);
      expect(result.ok, text).to.equal(false);
      expect(!result.ok && result.message, text).to.match(/iCalendar|VCALENDAR/);
    }
  });
});

describe('ianaZone', () => {
  it('reads IANA, Windows, vendor-prefixed and display-name TZIDs', () => {
    expect(ianaZone('Europe/Berlin')).to.equal('Europe/Berlin');
    expect(ianaZone('"Europe/Berlin"')).to.equal('Europe/Berlin');
    expect(ianaZone('W. Europe Standard Time')).to.equal('Europe/Berlin');
    expect(ianaZone('Romance Standard Time')).to.equal('Europe/Paris');
    expect(ianaZone('/mozilla.org/20050126_1/Europe/Berlin')).to.equal('Europe/Berlin');
    expect(ianaZone('/freeassociation.sourceforge.net/Tzfile/America/New_York')).to.equal('America/New_York');
    expect(ianaZone('(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', 'Europe/Berlin')).to.equal('Europe/Berlin');
    expect(ianaZone('(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', 'Europe/Stockholm')).to.equal('Europe/Stockholm');
    expect(ianaZone('Customized Time Zone')).to.equal(undefined);
  });
});

describe('readLocation and htmlToText', () => {
  it('splits German addresses and leaves other places whole', () => {
    expect(readLocation('Difu, Zimmerstraße 13-15, 10969 Berlin')).to.deep.equal({
      location: { name: 'Difu', address: 'Zimmerstraße 13-15', postalCode: '10969', city: 'Berlin' },
      online: false,
    });
    expect(readLocation('Friedensplatz 1, 44135 Dortmund, Germany').location).to.deep.equal({
      address: 'Friedensplatz 1',
      postalCode: '44135',
      city: 'Dortmund',
    });
    expect(readLocation('Rathaus, Großer Saal').location).to.deep.equal({ name: 'Rathaus, Großer Saal' });
  });

  it('turns markup into text and never keeps script content', () => {
    expect(htmlToText('<p>Eins</p><p>Zwei<br>Drei &ndash; &#8364;5 &#x2764;</p><script>alert(1)</script>')).to.equal('Eins\nZwei\nDrei – €5 ❤');
    expect(htmlToText('Plain text with a < b and c > d')).to.equal('Plain text with a < b and c > d');
  });
});
