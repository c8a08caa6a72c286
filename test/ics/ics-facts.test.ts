// The .ics of an event with facts: calendar apps show its description and categories, so
// price, registration, accessibility and languages are written there, in the widget's language.
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { readFeedText } from '../../src/feed/read-feed.js';
import type { Feed } from '../../src/feed/schema.js';
import { writeIcs } from '../../src/ics/write-ics.js';

const NOW = Date.parse('2017-03-01T08:00:00Z');
let feed: Feed;

function vevent(locale: string | undefined, id: string) {
  const ics = writeIcs(feed.events, feed, { now: NOW, source: 'https://www.example.org/feed.json', locale });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `${id}@www.example.org`)!;
}
const categories = (event: ICAL.Component) => event.getAllProperties('categories').flatMap((p) => p.getValues() as string[]);

describe('iCalendar writer: event facts', () => {
  before(async () => {
    const url = `${location.origin}/test/fixtures/event-facts.json`;
    const read = readFeedText(await (await fetch(url)).text(), url);
    if (!read.ok) throw new Error(read.message);
    feed = read.feed;
  });

  it('writes the facts under the description, in German by default', () => {
    const event = vevent(undefined, 'elterncafe');
    expect(event.getFirstPropertyValue('description')).to.equal(
      [
        'Austausch für Eltern mit kleinen Kindern, mit Übersetzung ins Türkische.',
        '',
        'Anmeldung: Anmeldung erforderlich bis 10. März, noch 5 Plätze – https://www.example.org/anmeldung/elterncafe',
        'Preis: Kostenlos',
        'Barrierefreiheit: Stufenloser Zugang, Barrierefreies WC, Kinderbetreuung, Fragen zur Barrierefreiheit beantwortet Frau Yılmaz, Telefon 0231 50-12345.',
        'Sprachen: Deutsch und Türkisch',
        'Für: Familien und Eltern mit Kindern bis 6 Jahre (0 bis 6 Jahre)',
      ].join('\n'),
    );
    expect(categories(event)).to.deep.equal([
      'Familie',
      'Integration',
      'Kostenlos',
      'Stufenloser Zugang',
      'Barrierefreies WC',
      'Kinderbetreuung',
      'Deutsch',
      'Türkisch',
    ]);
  });

  it('writes them in the language asked for', () => {
    const event = vevent('en', 'buergerversammlung');
    expect(event.getFirstPropertyValue('description')).to.equal(
      [
        'Registration: Fully booked',
        'Price: 5 €, ermäßigt 3 €',
        'Accessibility: Step-free access, Hearing loop, Sign language interpreting',
        'Languages: German and German Sign Language',
        'For: Anwohnerinnen und Anwohner',
      ].join('\n'),
    );
    expect(categories(event)).to.deep.equal(['Beteiligung', 'Step-free access', 'Hearing loop', 'Sign language interpreting', 'German', 'German Sign Language']);
  });

  it('names the registration address of an event whose only fact it is', () => {
    expect(vevent('de', 'ohne-fakten').getFirstPropertyValue('description')).to.equal(null);
    expect(vevent('de', 'beratung').getFirstPropertyValue('description')).to.equal(
      [
        `Anmeldung: Warteliste – ${location.origin}/anmeldung/beratung`,
        'Preis: Kostenlos',
        'Barrierefreiheit: Leichte Sprache',
        'Sprachen: Arabisch',
      ].join('\n'),
    );
  });
});
