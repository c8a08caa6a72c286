// A JSON feed's series as visitors meet it: the occurrences in the calendar's grid, agenda and
// dialog and in the list, a card that says how the series repeats; the expansion's module is
// fetched only for a feed that has a series.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../src/components/calendar/calendar.component.js';
import '../../src/components/event-card/event-card.js';
import '../../src/components/event-list/event-list.js';
import type { QwEventList } from '../../src/components/event-list/event-list.component.js';
import { part, renderSettled, text } from '../helpers.js';

const FEED = '/test/fixtures/series.json';
const NOW = '2017-03-01T08:00';
const expansionLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/feed-series\.(js|ts)\b/.test(entry.name));
const root = (el: Element) => el.shadowRoot!;

/** The ids of the events the calendar's grid draws on a day. */
const eventsOn = (el: QwCalendar, iso: string) => {
  const epochDay = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const cell = root(el).querySelector(`td[data-day="${epochDay}"]`)!;
  return [...cell.querySelectorAll<HTMLElement>('[data-id]')].map((bar) => bar.dataset.id);
};

/** Renders a calendar inside a box of the given width and waits until grid or agenda shows an event. */
async function calendar(width: number, template: ReturnType<typeof html>): Promise<QwCalendar> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = box.firstElementChild as QwCalendar;
  await waitUntil(() => root(el).querySelector('[part~=grid] [data-id], [part~=agenda] [data-id]'), 'the calendar drew no events', { timeout: 5000 });
  return el;
}

describe('series of a JSON feed in the widgets', () => {
  it('a feed without any series does not fetch the expansion', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed="/test/fixtures/calendar.json" month="2017-03" now=${NOW}></qw-calendar>`);
    expect(root(el).querySelector('[data-id]')).to.not.equal(null);
    expect(expansionLoaded()).to.equal(false);
  });

  it("draws every occurrence in the month's grid, without the exceptions, and the series with a bad rule once", async () => {
    const el = await calendar(1000, html`<qw-calendar feed=${FEED} month="2017-03" now=${NOW}></qw-calendar>`);
    expect(expansionLoaded()).to.equal(true);
    for (const day of ['2017-03-07', '2017-03-21', '2017-03-28']) {
      expect(eventsOn(el, day), day).to.include(`sprechstunde/${day.replaceAll('-', '')}T180000`);
    }
    // 14 March is an exception; after the change to summer time (26 March) the time stays 18:00.
    expect(eventsOn(el, '2017-03-14').filter((id) => id!.startsWith('sprechstunde'))).to.deep.equal([]);
    expect(text(root(el).querySelector('[data-id="sprechstunde/20170328T180000"] .time'))).to.equal('18');
    expect(eventsOn(el, '2017-03-01')).to.include('stadtteilkonferenz/20170301T190000');
    expect(eventsOn(el, '2017-03-11')).to.include('wochenmarkt/20170311');
    expect(eventsOn(el, '2017-03-18')).not.to.include('wochenmarkt/20170318');
    expect(eventsOn(el, '2017-03-09')).to.include('tanzcafe');
    expect(eventsOn(el, '2017-03-16')).not.to.include('tanzcafe');
    await expect(el).to.be.accessible();
  });

  it('lists the occurrences in the agenda and opens one in the dialog with its own date and the series line', async () => {
    const el = await calendar(400, html`<qw-calendar feed=${FEED} month="2017-03" now=${NOW} view="list"></qw-calendar>`);
    const agenda = part(el, 'agenda')!;
    const ids = [...agenda.querySelectorAll<HTMLElement>('[data-id^="sprechstunde/"]')].map((entry) => entry.dataset.id);
    expect(ids).to.deep.equal(['sprechstunde/20170307T180000', 'sprechstunde/20170321T180000', 'sprechstunde/20170328T180000']);
    agenda.querySelector<HTMLElement>('[data-id="sprechstunde/20170328T180000"]')!.click();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.querySelector('qw-event-card'), 'the event did not open');
    const card = dialog.querySelector('qw-event-card')!;
    await waitUntil(() => part(card, 'series'), 'the series line was not drawn', { timeout: 5000 });
    expect(text(part(card, 'date'))).to.equal('Dienstag, 28. März 2017, 18:00–19:30 Uhr');
    expect(text(part(card, 'series'))).to.equal('jeden Dienstag, 18:00–19:30 Uhr');
  });

  it('lists each occurrence in <qw-event-list> under its day, without the exceptions', async () => {
    const el = await renderSettled<QwEventList>(html`<qw-event-list feed=${FEED} now=${NOW} limit="8"></qw-event-list>`);
    const lines = [...root(el).querySelectorAll('[part~=day-heading], [part~=event]')].map((line) =>
      line.matches('[part~=event]') ? text(line.querySelector('.title')) : text(line),
    );
    // Tuesday the 14th and Saturday the 18th are the series' exceptions.
    expect(lines).to.deep.equal([
      'Heute Mittwoch, 1. März 2017',
      'Stadtteilkonferenz',
      'Samstag, 4. März 2017',
      'Wochenmarkt am Nordmarkt',
      'Dienstag, 7. März 2017',
      'Sprechstunde Quartiersmanagement',
      'Donnerstag, 9. März 2017',
      'Tanzcafé',
      'Samstag, 11. März 2017',
      'Wochenmarkt am Nordmarkt',
      'Dienstag, 21. März 2017',
      'Sprechstunde Quartiersmanagement',
      'Samstag, 25. März 2017',
      'Wochenmarkt am Nordmarkt',
      'Frühlingsfest',
    ]);
  });

  for (const [lang, date, series] of [
    ['de', 'Dienstag, 7. März 2017, 18:00–19:30 Uhr', 'jeden Dienstag, 18:00–19:30 Uhr'],
    ['en', 'Tuesday, March 7, 2017, 6:00 – 7:30 PM', 'every Tuesday, 6:00 – 7:30 PM'],
  ]) {
    it(`a card of an occurrence says its own date and how the series repeats (${lang})`, async () => {
      const card = await renderSettled(
        html`<qw-event-card lang=${lang!} feed=${FEED} event="sprechstunde/20170307T180000" now=${NOW}></qw-event-card>`,
      );
      await waitUntil(() => part(card, 'series'), 'the series line was not drawn', { timeout: 5000 });
      expect(text(part(card, 'date')).replace(/\s/g, ' ')).to.equal(date);
      expect(text(part(card, 'series')).replace(/\s/g, ' ')).to.equal(series);
      await expect(card).to.be.accessible();
    });
  }

  it('an all-day series says its days without a time, a monthly one that it repeats', async () => {
    const market = await renderSettled(html`<qw-event-card feed=${FEED} event="wochenmarkt/20170311" now=${NOW}></qw-event-card>`);
    await waitUntil(() => part(market, 'series'), 'the series line was not drawn', { timeout: 5000 });
    expect(text(part(market, 'date'))).to.equal('Samstag, 11. März 2017');
    expect(text(part(market, 'series'))).to.equal('jeden Samstag');
    const conference = await renderSettled(html`<qw-event-card feed=${FEED} event="stadtteilkonferenz/20170405T190000" now=${NOW}></qw-event-card>`);
    await waitUntil(() => part(conference, 'series'), 'the series line was not drawn', { timeout: 5000 });
    expect(text(part(conference, 'series'))).to.equal('regelmäßig, 19:00–21:00 Uhr');
  });

  it('a card given the series\' own id shows its next occurrence, past the exception, and its last once all are over', async () => {
    // 14 March is an exception: on the 8th the next Tuesday shown is the 21st.
    const next = await renderSettled(html`<qw-event-card feed=${FEED} event="sprechstunde" now="2017-03-08T08:00"></qw-event-card>`);
    await waitUntil(() => part(next, 'series'), 'the series line was not drawn', { timeout: 5000 });
    expect(text(part(next, 'date'))).to.equal('Dienstag, 21. März 2017, 18:00–19:30 Uhr');
    const over = await renderSettled(html`<qw-event-card feed=${FEED} event="wochenmarkt" now="2017-06-01T08:00"></qw-event-card>`);
    await waitUntil(() => part(over, 'series'), 'the series line was not drawn', { timeout: 5000 });
    expect(text(part(over, 'date'))).to.equal('Samstag, 22. April 2017');
    // An id that only looks like an occurrence's (`kurs/1`, no series) is not one.
    const none = await renderSettled(html`<qw-event-card feed=${FEED} event="kurs" now="2016-05-01T08:00"></qw-event-card>`);
    expect(part(none, 'empty'), 'an unrelated event was shown').to.not.equal(null);
  });
});
