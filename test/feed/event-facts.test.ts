// The event facts of feed v1 (registration, price, accessibility, languages, audience,
// image, previousStart, recurrence): read from a feed as a municipal CMS writes it; a
// bad value drops only itself, with a report, and the event stays.
import { expect } from '@open-wc/testing';
import { readFeedText } from '../../src/feed/read-feed.js';
import type { FeedIssue } from '../../src/feed/parse.js';
import type { FeedEvent } from '../../src/feed/schema.js';

const base = `${location.origin}/test/fixtures/event-facts.json`;

describe('readFeed: event facts', () => {
  let events: readonly FeedEvent[];
  let issues: readonly FeedIssue[];
  const event = (id: string) => events.find((item) => item.id === id)!;
  const issue = (path: string) => issues.find((item) => item.path === path);

  before(async () => {
    const result = readFeedText(await (await fetch(base)).text(), base);
    if (!result.ok) throw new Error(result.message);
    ({ issues } = result);
    events = result.feed.events;
  });

  it('keeps every event, also those with bad facts', () => {
    expect(events.map((item) => item.id)).to.deep.equal([
      'elterncafe',
      'buergerversammlung',
      'beratung',
      'ohne-fakten',
      'fehlerhafte-fakten',
      'bild-ohne-alt',
    ]);
    expect(issues.filter((item) => item.action === 'item-skipped')).to.deep.equal([]);
  });

  it('reads valid facts as written', () => {
    const cafe = event('elterncafe');
    expect(cafe.registration).to.deep.equal({
      required: true,
      url: 'https://www.example.org/anmeldung/elterncafe',
      deadline: '2017-03-10',
      capacity: 20,
      remaining: 5,
      status: 'open',
      updated: '2017-03-01T09:00',
    });
    expect(cafe.price).to.deep.equal({ free: true });
    expect(cafe.accessibility).to.deep.equal(['step-free', 'accessible-toilet', 'childcare']);
    expect(cafe.languages).to.deep.equal(['de', 'tr']);
    expect(cafe.ageRange).to.deep.equal({ min: 0, max: 6 });
    expect(cafe.image).to.deep.equal({
      url: 'https://www.example.org/bilder/elterncafe.jpg',
      alt: 'Eltern und Kleinkinder an einem langen Tisch im Stadtteilzentrum',
      width: 800,
      height: 450,
    });
    expect(event('buergerversammlung').previousStart).to.equal('2017-03-12T18:00');
    expect(event('buergerversammlung').languages).to.deep.equal(['de', 'gsg']);
    expect(event('beratung').price).to.deep.equal({ amount: 0, currency: 'EUR' });
    expect(event('beratung').registrationUrl).to.equal(`${location.origin}/anmeldung/beratung`);
  });

  it('drops each bad value with a reason and keeps the rest of the object', () => {
    const bad = event('fehlerhafte-fakten');
    expect(bad.registration).to.deep.equal({ capacity: 30 });
    expect(issue('events[4].registration.required')?.message).to.equal("'ja' must be true or false");
    expect(issue('events[4].registration.remaining')?.message).to.equal("'-3' is not a whole number from 0 to 1000000");
    expect(issue('events[4].registration.status')?.message).to.equal("'ausgebucht' is not allowed; use open, waitlist, full, closed");
    expect(bad.price).to.deep.equal({ free: true });
    expect(issue('events[4].price.currency')?.message).to.equal("'Euro' is not an ISO 4217 code such as EUR");
  });

  it('drops one bad entry of a list and keeps the others', () => {
    const bad = event('fehlerhafte-fakten');
    expect(bad.accessibility).to.deep.equal(['step-free']);
    expect(issue('events[4].accessibility[1]')?.message).to.match(/^'rollstuhlgerecht' is not allowed; use step-free, /);
    expect(bad.languages).to.deep.equal(['tr']);
    expect(issue('events[4].languages[0]')?.message).to.equal(
      "'Deutsch und Türkisch' is not a language tag; write e.g. de, tr or gsg",
    );
    expect(bad.audience).to.deep.equal(['Nachbarschaft']);
    expect(issue('events[4].audience[1]')?.action).to.equal('field-dropped');
    expect(bad.ageRange).to.deep.equal({ max: 99 });
  });

  it('keeps images on https: only, and only with a text alternative', () => {
    expect(event('fehlerhafte-fakten').image).to.equal(undefined);
    expect(issue('events[4].image.url')?.message).to.equal("'http://www.example.org/bilder/putz.jpg' is not an https: link");
    expect(event('bild-ohne-alt').image).to.equal(undefined);
    expect(issue('events[5].image.alt')?.message).to.equal('is missing');
    expect(event('bild-ohne-alt').price).to.deep.equal({ free: true });
  });

  it('refuses a recurrence that is no RRULE value', () => {
    expect(event('fehlerhafte-fakten').recurrence).to.equal(undefined);
    expect(issue('events[4].recurrence.rule')?.message).to.equal(
      "'jeden Samstag' is not an RRULE value; write e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20171231",
    );
  });

  it('every report names the event', () => {
    for (const item of issues) expect(item.id, item.path).to.be.a('string');
  });
});
