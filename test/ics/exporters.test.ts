// What each exporter writes that the plain reading gets wrong, one hand-written fixture
// per exporter (`test/fixtures/ics-<exporter>.ics`), converted and read on by the feed reader.
import { expect } from '@open-wc/testing';
import { readFeed } from '../../src/feed/read-feed.js';
import type { Feed, FeedEvent } from '../../src/feed/schema.js';
import { ianaZone, icsToFeed, type IcsReadOptions } from '../../src/ics/read-ics.js';
import { resolveTiming } from '../../src/time/feed-time.js';

const WINDOW: IcsReadOptions = { from: Date.UTC(2017, 0, 1), until: Date.UTC(2018, 11, 31) };

async function convert(name: string) {
  const response = await fetch(`/test/fixtures/${name}`);
  expect(response.ok, name).to.equal(true);
  const converted = icsToFeed(await response.text(), WINDOW);
  if (!converted.ok) throw new Error(converted.message);
  const read = readFeed(converted.feed, 'https://www.example.org/kalender.ics');
  if (!read.ok) throw new Error(read.message);
  expect(read.issues, 'the converted feed reads without issues').to.deep.equal([]);
  return { feed: read.feed, issues: converted.issues };
}

const instants = (feed: Feed, event: FeedEvent) => {
  const timing = resolveTiming(event.start, event.end, event.timeZone ?? feed.timeZone)!;
  return [new Date(timing.start).toISOString(), new Date(timing.end).toISOString()];
};

const find = (feed: Feed, idEnd: string) => {
  const event = feed.events.find((e) => e.id.endsWith(idEnd));
  if (!event) throw new Error(`no event ending '${idEnd}' in ${feed.events.map((e) => e.id).join(', ')}`);
  return event;
};

const lines = (...content: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//test//DE', ...content, 'END:VCALENDAR'].join('\r\n');

describe('Exchange: an all-day occurrence moved by a RECURRENCE-ID written as midnight in a zone', () => {
  it('moves the occurrence of 26 February to the 27th, and keeps the others', async () => {
    const { feed, issues } = await convert('ics-exchange.ics');
    const market = feed.events.filter((e) => e.title.startsWith('Infostand'));
    expect(market.map((e) => [e.id.slice(-9), e.start, e.end])).to.deep.equal([
      ['/20170219', '2017-02-19', undefined],
      ['/20170226', '2017-02-27', undefined],
      ['/20170305', '2017-03-05', undefined],
      ['/20170312', '2017-03-12', undefined],
    ]);
    expect(market[1]!.title).to.equal('Infostand Wochenmarkt (Montag)');
    expect(issues).to.deep.equal([]);
  });

  it('moves a timed occurrence, leaves out the excluded one and reads the Windows zone as Europe/Berlin', async () => {
    const { feed } = await convert('ics-exchange.ics');
    const advice = feed.events.filter((e) => e.title === 'Mieterberatung');
    expect(advice.map((e) => [e.id.slice(-16), e.start, e.end])).to.deep.equal([
      ['/20170307T180000', '2017-03-07T18:00', '2017-03-07T19:30'],
      ['/20170321T180000', '2017-03-22T17:00', '2017-03-22T18:30'],
      ['/20170328T180000', '2017-03-28T18:00', '2017-03-28T19:30'],
    ]);
    expect(feed.timeZone).to.equal('Europe/Berlin');
    expect(advice[1]!.location).to.deep.include({ name: 'Gemeindesaal St. Pankratius' });
  });
});

describe("Outlook: display names as TZID", () => {
  it('reads (UTC-05:00) Eastern Time (US & Canada) as America/New_York, at the right instant', async () => {
    const { feed } = await convert('ics-outlook-zones.ics');
    const call = find(feed, 'AA11');
    expect(call.timeZone).to.equal('America/New_York');
    // 20 March 2017 is daylight time in New York (UTC-4).
    expect(instants(feed, call)).to.deep.equal(['2017-03-20T13:00:00.000Z', '2017-03-20T14:30:00.000Z']);
  });

  it('reads (GMT+10:00) Canberra, Melbourne, Sydney as Australia/Sydney', async () => {
    const { feed } = await convert('ics-outlook-zones.ics');
    const call = find(feed, 'BB22');
    expect(call.timeZone).to.equal('Australia/Sydney');
    expect(instants(feed, call)).to.deep.equal(['2017-03-23T08:00:00.000Z', '2017-03-23T09:00:00.000Z']);
  });

  it("uses the file's VTIMEZONE for a name that maps to no zone, and says so", async () => {
    const { feed, issues } = await convert('ics-outlook-zones.ics');
    expect(instants(feed, find(feed, 'CC33'))).to.deep.equal(['2017-03-29T08:00:00.000Z', '2017-03-29T10:00:00.000Z']);
    expect(issues.map((issue) => issue.message)).to.deep.equal([
      "the time zone 'Mitteleuropa (Ortszeit)' has no standard name; its times are converted with the file's VTIMEZONE",
    ]);
  });
});

describe('Zimbra: slash-separated display names and a RECURRENCE-ID in UTC', () => {
  it('reads the zone as Europe/Berlin and moves the occurrence the UTC RECURRENCE-ID names', async () => {
    const { feed, issues } = await convert('ics-zimbra.ics');
    expect(feed.events.map((e) => e.start)).to.deep.equal([
      '2017-03-06T16:00',
      '2017-03-20T16:00',
      '2017-04-03T17:00',
      '2017-04-17T16:00',
      '2017-05-01T16:00',
      '2017-05-15T16:00',
    ]);
    expect(feed.events[2]!.title).to.equal('Bürgersprechstunde Quartiersmanagement (mit Bezirksbürgermeister)');
    expect(feed.events.every((e) => e.timeZone === undefined)).to.equal(true);
    expect(issues).to.deep.equal([]);
  });
});

describe('libical (Evolution): RDATE in every form', () => {
  it('lists DTSTART, RDATE date-times in a zone and in UTC, and periods with their own end', async () => {
    const { feed, issues } = await convert('ics-libical.ics');
    const cafe = feed.events.filter((e) => e.title === 'Nachbarschaftscafé');
    expect(cafe.map((e) => instants(feed, e))).to.deep.equal([
      ['2017-03-03T09:00:00.000Z', '2017-03-03T10:30:00.000Z'],
      ['2017-03-10T09:00:00.000Z', '2017-03-10T10:30:00.000Z'],
      ['2017-03-17T13:00:00.000Z', '2017-03-17T14:30:00.000Z'],
      ['2017-03-24T09:00:00.000Z', '2017-03-24T10:30:00.000Z'],
      ['2017-03-31T08:00:00.000Z', '2017-03-31T15:00:00.000Z'],
      ['2017-04-07T08:00:00.000Z', '2017-04-07T10:00:00.000Z'],
    ]);
    expect(issues).to.deep.equal([]);
  });

  it('lists all-day RDATEs beside the all-day DTSTART', async () => {
    const { feed } = await convert('ics-libical.ics');
    expect(feed.events.filter((e) => e.title === 'Kiezputz').map((e) => e.start)).to.deep.equal(['2017-03-11', '2017-04-08', '2017-05-13']);
  });
});

describe('CalendarLabs: dates written as 8 digits without VALUE=DATE', () => {
  it('reads them as dates, with a warning for each', async () => {
    const { feed, issues } = await convert('ics-calendarlabs.ics');
    expect(feed.events.map((e) => [e.title, e.start, e.end])).to.deep.equal([
      ['Karfreitag', '2017-04-14', undefined],
      ['Ostermontag', '2017-04-17', undefined],
      ['Tag der Arbeit', '2017-05-01', undefined],
    ]);
    expect(issues).to.have.length(6);
    expect(issues[0]).to.deep.equal({
      action: 'warning',
      path: 'VEVENT[0]',
      message: 'DTSTART:20170414 is a date written without VALUE=DATE; it is read as a date',
    });
  });
});

describe('a WordPress events plugin: PHP warnings and unfolded lines in the file', () => {
  it('ignores the stray lines with a warning, skips only the VEVENT with a broken line, and expands a series without UID', async () => {
    const { feed, issues } = await convert('ics-wordpress.ics');
    expect(feed.events.map((e) => [e.title, e.start])).to.deep.equal([
      ['Vereinsabend', '2017-03-02T19:00'],
      ['Erzählcafé', '2017-03-25T15:00'],
      ['Vereinsabend', '2017-04-06T19:00'],
      ['Vereinsabend', '2017-05-04T19:00'],
    ]);
    expect(issues.map((issue) => [issue.action, issue.path])).to.deep.equal([
      ['warning', 'line 6'],
      ['warning', 'line 7'],
      ['item-skipped', 'VEVENT[0]'],
      ['warning', 'VEVENT[2]'],
    ]);
    expect(issues[2]!.id).to.equal('event-41@stadtteilverein.example.org');
    expect(issues[2]!.message).to.match(/line 15 'Bitte Handschuhe.*' cannot be read .*a folded line must go on with a space/);
  });
});

describe('one VEVENT that cannot be read never costs the others', () => {
  const good = ['BEGIN:VEVENT', 'UID:gut', 'SUMMARY:Gut', 'DTSTART:20170320T100000Z', 'END:VEVENT'];
  const read = (...bad: string[]) => {
    const result = icsToFeed(lines(...bad, ...good), WINDOW);
    if (!result.ok) throw new Error(result.message);
    return { ids: result.feed.events.map((e) => e.id), skipped: result.issues.filter((i) => i.action === 'item-skipped') };
  };

  for (const [name, vevent] of [
    ['an unknown RRULE frequency', ['BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART:20170301T100000Z', 'RRULE:FREQ=SOMETIMES', 'END:VEVENT']],
    ['an unreadable DTSTART', ['BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART:2017XX01T100000', 'END:VEVENT']],
    ['an unclosed quote in a parameter', ['BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART;TZID="Europe/Berlin:20170301T100000', 'END:VEVENT']],
    ['no END:VEVENT', ['BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART:20170301T100000Z']],
    ['an empty RDATE', ['BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART:20170301T100000Z', 'RDATE:', 'END:VEVENT']],
    ['an unknown time in RDATE;VALUE=PERIOD', ['BEGIN:VEVENT', 'UID:a', 'SUMMARY:A', 'DTSTART:20170301T100000Z', 'RDATE;VALUE=PERIOD:20170302T100000Z/nie', 'END:VEVENT']],
  ] as const) {
    it(`skips a VEVENT with ${name} and reports it`, () => {
      const { ids, skipped } = read(...vevent);
      expect(ids).to.include('gut');
      expect(skipped.map((issue) => [issue.path, issue.id])).to.deep.equal([['VEVENT[0]', 'a']]);
      expect(skipped[0]!.message).to.match(/^the VEVENT cannot be read: /);
    });
  }

  it('refuses only a file that is not iCalendar at all', () => {
    expect(icsToFeed('<!doctype html><title>Fehler</title>', WINDOW)).to.deep.include({ ok: false, kind: 'not-a-feed' });
    expect(icsToFeed(lines('X-GARBAGE', 'BEGIN:VEVENT', 'UID:b', 'SUMMARY:B', 'DTSTART:20170301T100000Z'), WINDOW).ok).to.equal(true);
  });
});

describe('ianaZone: Windows ids by the CLDR table, display names by their offset', () => {
  it('maps the Windows ids of Europe, the Americas, Asia and Australia', () => {
    expect(ianaZone('W. Europe Standard Time')).to.equal('Europe/Berlin');
    expect(ianaZone('GMT Standard Time')).to.equal('Europe/London');
    expect(ianaZone('FLE Standard Time')).to.equal('Europe/Kiev');
    expect(ianaZone('Eastern Standard Time')).to.equal('America/New_York');
    expect(ianaZone('Pacific Standard Time')).to.equal('America/Los_Angeles');
    expect(ianaZone('E. South America Standard Time')).to.equal('America/Sao_Paulo');
    expect(ianaZone('India Standard Time')).to.equal('Asia/Kolkata');
    expect(ianaZone('Tokyo Standard Time')).to.equal('Asia/Tokyo');
    expect(ianaZone('AUS Eastern Standard Time')).to.equal('Australia/Sydney');
    expect(ianaZone('UTC')).to.equal('Etc/UTC');
  });

  it('maps display names, and none whose offset contradicts the zone', () => {
    expect(ianaZone('(UTC-08:00) Pacific Time (US & Canada)')).to.equal('America/Los_Angeles');
    expect(ianaZone('(GMT-07:00) Arizona')).to.equal('America/Phoenix');
    expect(ianaZone('(UTC+09:00) Osaka, Sapporo, Tokyo')).to.equal('Asia/Tokyo');
    expect(ianaZone('(UTC+01:00) Brussels, Copenhagen, Madrid, Paris')).to.match(/^Europe\/(Brussels|Copenhagen|Madrid|Paris)$/);
    expect(ianaZone('(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London')).to.match(/^Europe\/(Dublin|Lisbon|London)$/);
    expect(ianaZone('(UTC+05:00) Eastern Time (US & Canada)')).to.equal(undefined);
    expect(ianaZone('(UTC+03:00) Amsterdam, Berlin')).to.equal(undefined);
  });
});
