// An iCalendar address as a widget's `feed`: the loader recognises it, loads the
// converter on demand and the event widgets show it like a JSON feed.
import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../src/components/calendar/calendar.component.js';
import '../../src/components/event-card/event-card.js';
import type { QwFeedLoadEvent } from '../../src/events/feed-events.js';
import { feedSource } from '../../src/feed/store.js';
import { useControlledTime } from '../clock.js';
import { part, renderSettled, text } from '../helpers.js';

/** The ids of the events the calendar draws on a day. */
const eventsOn = (el: QwCalendar, iso: string) => {
  const epochDay = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const cell = el.shadowRoot!.querySelector(`td[data-day="${epochDay}"]`)!;
  return [...cell.querySelectorAll<HTMLElement>('[data-id]')].map((bar) => bar.dataset.id);
};

/** Puts markup on the page and resolves with the detail of its first qw-feed-load. */
async function feedLoaded(markup: string) {
  const container = document.createElement('div');
  document.body.append(container);
  const loaded = oneEvent(container, 'qw-feed-load') as Promise<QwFeedLoadEvent>;
  container.innerHTML = markup;
  const { detail } = await loaded;
  container.remove();
  return detail;
}

describe('an .ics address as a feed', () => {
  useControlledTime('2017-03-01T08:00:00Z');

  it('shows an event from an Outlook export in the event card', async () => {
    const card = await renderSettled(
      html`<qw-event-card feed="/test/fixtures/ics-outlook.ics" event="webinar-quartiersfonds-2017@difu.de"></qw-event-card>`,
    );
    expect(text(part(card, 'title'))).to.equal('Webinar Quartiersfonds');
    expect(text(part(card, 'date'))).to.equal('Mittwoch, 5. April 2017, 14:00–15:30 Uhr');
    expect(part(card, 'online-link')!.getAttribute('href')).to.equal('https://difu.webex.com/meet/quartier');
    await expect(card).to.be.accessible();
  });

  it('draws the expanded series, all-day and cancelled events of a Google export in the calendar', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed="/test/fixtures/ics-google.ics" month="2017-03"></qw-calendar>`);
    for (const day of ['2017-03-07', '2017-03-14', '2017-03-21', '2017-03-28']) {
      expect(eventsOn(el, day), day).to.include(`sprechstunde-8d1e@google.com/${day.replaceAll('-', '')}T100000`);
    }
    expect(eventsOn(el, '2017-03-22')).to.include('aktionstage-nordstadt@google.com');
    expect(eventsOn(el, '2017-03-23')).to.include('aktionstage-nordstadt@google.com');
    expect(eventsOn(el, '2017-03-24')).not.to.include('aktionstage-nordstadt@google.com');
    expect(eventsOn(el, '2017-03-21')).not.to.include('privat-zahnarzt@google.com');
    const forum = el.shadowRoot!.querySelector('[data-id="stadtteilforum-2017@google.com"]')!;
    expect(forum.getAttribute('part')).to.equal('event event-cancelled');
    expect(text(forum)).to.equal('19 Stadtteilforum, Abgesagt');
    await expect(el).to.be.accessible();
  });

  it('reports what the conversion skipped in qw-feed-load, like a JSON feed', async () => {
    const detail = await feedLoaded('<qw-event-card feed="/test/fixtures/ics-google.ics?report"></qw-event-card>');
    expect(detail.feed.title).to.equal('Quartiersmanagement Dortmund-Nordstadt');
    expect(detail.issues.map((issue) => [issue.action, issue.id])).to.deep.include(['item-skipped', 'privat-zahnarzt@google.com']);
  });

  it('recognises iCalendar by its content type at an address without .ics', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed="/api/calendar/ics-nextcloud" month="2017-03"></qw-calendar>`);
    expect(eventsOn(el, '2017-03-06')).to.deep.equal(['1d7c6f0e-3b8a-4c52-9e1f-2a6d0b9c8e11/20170306T180000']);
  });

  it('recognises iCalendar by its first line when the server calls it text/plain', async () => {
    const el = await renderSettled<QwCalendar>(
      html`<qw-calendar feed="/api/calendar/ics-nextcloud?type=text/plain" month="2017-03"></qw-calendar>`,
    );
    expect(eventsOn(el, '2017-03-24')).to.deep.equal(['9a0e6a52-6d2b-4a4c-8d8a-0b7a1c2d3e4f']);
  });

  it('shows the not-a-feed state for an .ics address that answers with an HTML page', async () => {
    const card = await renderSettled(html`<qw-event-card feed="/test/fixtures/ics-not-a-calendar.ics"></qw-event-card>`);
    expect(part(card, 'error')).not.to.equal(null);
    await expect(card).to.be.accessible();
  });

  it("shows the demo's sample calendar without a single issue", async () => {
    const detail = await feedLoaded('<qw-calendar feed="/demo/sample-calendar.ics" month="2017-03"></qw-calendar>');
    expect(detail.issues).to.deep.equal([]);
    expect(detail.feed.events.map((event) => event.start)).to.deep.equal([
      '2017-03-07T10:00',
      '2017-03-20T10:30+01:00',
      '2017-03-22',
      '2017-03-29T19:00',
      '2017-03-30T14:00',
    ]);
  });

  it("draws the day an Exchange export moved an all-day occurrence to, not the day it left", async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed="/test/fixtures/ics-exchange.ics" month="2017-02"></qw-calendar>`);
    const market = (day: string) => eventsOn(el, day).filter((id) => id!.includes('C1D2E3F4A5B6'));
    expect(market('2017-02-19')).to.have.length(1);
    expect(market('2017-02-26')).to.deep.equal([]);
    expect(market('2017-02-27')).to.have.length(1);
  });

  it('draws every RDATE of a libical export, periods included, where reading them used to fail as a network error', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed="/test/fixtures/ics-libical.ics" month="2017-03"></qw-calendar>`);
    expect(part(el, 'error')).to.equal(null);
    for (const day of ['2017-03-03', '2017-03-10', '2017-03-17', '2017-03-24', '2017-03-31']) {
      expect(eventsOn(el, day).some((id) => id!.startsWith('20170301T094500Z-4711-1000-1-12@quartier-pc/')), day).to.equal(true);
    }
  });

  it('fetches webcal: addresses, as calendar sites hand them out, over https', () => {
    expect(feedSource('webcal://calendar.example.org/termine.ics').url).to.equal('https://calendar.example.org/termine.ics');
  });
});

describe('an .ics feed read on a later day', () => {
  useControlledTime('2019-06-01T08:00:00Z');

  it('lists a series only within a year of today, but keeps single events', async () => {
    const detail = await feedLoaded('<qw-event-card feed="/test/fixtures/ics-google.ics?in-2019"></qw-event-card>');
    expect(detail.feed.events.some((event) => event.id.startsWith('sprechstunde-8d1e@google.com/'))).to.equal(false);
    expect(detail.feed.events.map((event) => event.id)).to.include('5k9t2b7q0m1r@google.com');
  });

  it("lists the series around a widget's own now, for a preview of an earlier day", async () => {
    const el = await renderSettled<QwCalendar>(
      html`<qw-calendar feed="/test/fixtures/ics-google.ics?preview" now="2017-03-01T09:00" month="2017-03"></qw-calendar>`,
    );
    expect(eventsOn(el, '2017-03-14')).to.include('sprechstunde-8d1e@google.com/20170314T100000');
  });
});
