// <qw-event-card structured-data>: the event as schema.org Event JSON-LD in the card's light
// DOM, only when asked for, built as data and escaped so no feed text can end the script.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/event-card/event-card.js';
import type { QwEventCard } from '../../../src/components/event-card/event-card.component.js';
import { eventJsonLd, isoWithOffset, jsonLdText } from '../../../src/components/event-card/event-json-ld.js';
import { readTestFeed, renderSettled } from '../../helpers.js';

const FEED = '/test/fixtures/event-facts.json';
const NOW = Date.UTC(2017, 2, 1, 8);
const scripts = (el: Element) => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
const jsonOf = async (el: Element) => {
  await waitUntil(() => scripts(el).length > 0, 'no JSON-LD written');
  return JSON.parse(scripts(el)[0]!.text) as Record<string, unknown>;
};
const fixtureFeed = async () => readTestFeed(await (await fetch(FEED)).json());

describe('schema.org Event JSON-LD of an event', () => {
  it('maps an event with every fact: dates with their offset, offer, capacity, languages, audience, image', async () => {
    const feed = await fixtureFeed();
    const data = eventJsonLd(feed.events.find((e) => e.id === 'elterncafe')!, feed, NOW);
    expect(data).to.deep.include({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Mehrsprachiges Elterncafé',
      url: 'https://www.example.org/veranstaltungen/elterncafe',
      startDate: '2017-03-14T09:30:00+01:00',
      endDate: '2017-03-14T11:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: true,
      maximumAttendeeCapacity: 20,
      remainingAttendeeCapacity: 5,
      inLanguage: ['de', 'tr'],
      keywords: 'Familie, Integration',
    });
    expect(data.previousStartDate).to.equal(undefined);
    expect(data.location).to.deep.equal({
      '@type': 'Place',
      name: 'Stadtteilzentrum Nordstadt',
      address: { '@type': 'PostalAddress', streetAddress: 'Mallinckrodtstraße 212', postalCode: '44147', addressLocality: 'Dortmund', addressRegion: undefined },
    });
    expect(data.organizer).to.deep.equal({ '@type': 'Organization', name: 'Quartiersmanagement Nordstadt', url: undefined, email: 'nordstadt@example.org', telephone: '0231 50-12345' });
    expect(JSON.parse(JSON.stringify(data.offers))).to.deep.equal({
      '@type': 'Offer',
      url: 'https://www.example.org/anmeldung/elterncafe',
      price: 0,
      availability: 'https://schema.org/InStock',
      // The deadline is a date: registering ends with that day, in Berlin.
      validThrough: '2017-03-10T23:59:59+01:00',
    });
    expect(JSON.parse(JSON.stringify(data.audience))).to.deep.equal({
      '@type': 'PeopleAudience',
      audienceType: 'Familien, Eltern mit Kindern bis 6 Jahre',
      suggestedMinAge: 0,
      suggestedMaxAge: 6,
    });
    expect(data.image).to.deep.equal({
      '@type': 'ImageObject',
      url: 'https://www.example.org/bilder/elterncafe.jpg',
      width: 800,
      height: 450,
      caption: 'Eltern und Kleinkinder an einem langen Tisch im Stadtteilzentrum',
    });
  });

  it('a rescheduled, fully booked event with a price: previousStartDate, SoldOut, not free', async () => {
    const feed = await fixtureFeed();
    const data = JSON.parse(jsonLdText(eventJsonLd(feed.events.find((e) => e.id === 'buergerversammlung')!, feed, NOW)));
    expect(data.eventStatus).to.equal('https://schema.org/EventRescheduled');
    expect(data.previousStartDate).to.equal('2017-03-12T18:00:00+01:00');
    expect(data.startDate).to.equal('2017-03-19T18:00:00+01:00');
    expect(data.isAccessibleForFree).to.equal(false);
    expect(data.remainingAttendeeCapacity).to.equal(0);
    expect(data.offers).to.deep.equal({ '@type': 'Offer', price: 5, priceCurrency: 'EUR', description: '5 €, ermäßigt 3 €', availability: 'https://schema.org/SoldOut' });
    expect(data.inLanguage).to.deep.equal(['de', 'gsg']);
  });

  it('an all-day event has dates; an online one a VirtualLocation; an event without facts no offer', () => {
    const feed = readTestFeed({
      version: 1,
      timeZone: 'Europe/Berlin',
      events: [
        { id: 'fest', title: 'Fest', start: '2017-07-01', end: '2017-07-02', languages: ['tr'] },
        { id: 'online', title: 'Sprechstunde', start: '2017-07-03T18:00', attendance: 'online', location: { url: 'https://meet.example.org/x' } },
      ],
    });
    const [fest, online] = feed.events.map((event) => JSON.parse(jsonLdText(eventJsonLd(event, feed, NOW))));
    expect([fest.startDate, fest.endDate, fest.inLanguage]).to.deep.equal(['2017-07-01', '2017-07-02', 'tr']);
    // Summer time: the offset follows the zone at that instant.
    expect(online.startDate).to.equal('2017-07-03T18:00:00+02:00');
    expect(online.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://meet.example.org/x' });
    expect(online.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(online.offers).to.equal(undefined);
    expect(isoWithOffset(Date.UTC(2017, 0, 1, 12), 'America/New_York')).to.equal('2017-01-01T07:00:00-05:00');
  });

  it('escapes "<", so a title cannot close the script, and reads back as the same text', () => {
    const title = '</script><script>alert(1)</script><!--';
    const feed = readTestFeed({ version: 1, events: [{ id: 'x', title, start: '2017-07-01' }] });
    const text = jsonLdText(eventJsonLd(feed.events[0]!, feed, NOW));
    expect(text).not.to.include('<');
    expect(JSON.parse(text).name).to.equal(title);
  });
});

describe('<qw-event-card structured-data>', () => {
  it('writes nothing without the attribute', async () => {
    const el = await renderSettled<QwEventCard>(html`<qw-event-card feed=${FEED} event="elterncafe" now="2017-03-01"></qw-event-card>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scripts(el)).to.have.length(0);
  });

  it('writes one script for the shown event, follows the event and removes it when the attribute goes', async () => {
    const el = await renderSettled<QwEventCard>(html`<qw-event-card feed=${FEED} event="elterncafe" now="2017-03-01" structured-data></qw-event-card>`);
    expect((await jsonOf(el)).name).to.equal('Mehrsprachiges Elterncafé');
    el.event = 'buergerversammlung';
    await waitUntil(() => scripts(el)[0]?.text.includes('Quartiersplatz'), 'the JSON-LD did not follow the event');
    expect(scripts(el)).to.have.length(1);
    // Not drawn: the card has no slot for its light DOM.
    expect(scripts(el)[0]!.getClientRects().length).to.equal(0);
    el.structuredData = false;
    await el.updateComplete;
    expect(scripts(el)).to.have.length(0);
  });

  it('feed texts stay data: a title that tries to end the script does not', async () => {
    const key = `json-ld-${Date.now()}`;
    const title = '</script><img src=x onerror="window.__jsonLdRan=1">';
    await fetch(`/api/stored?key=${key}`, { method: 'POST', body: JSON.stringify({ version: 1, events: [{ id: 'x', title, start: '2017-07-01' }] }) });
    const page = await fixture<HTMLElement>(html`<div><qw-event-card feed=${`/api/stored?key=${key}`} event="x" structured-data></qw-event-card></div>`);
    const el = page.firstElementChild!;
    expect((await jsonOf(el)).name).to.equal(title);
    expect(el.children).to.have.length(1);
    expect(page.querySelector('img')).to.equal(null);
    expect((window as { __jsonLdRan?: number }).__jsonLdRan).to.equal(undefined);
  });
});
