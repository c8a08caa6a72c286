import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/deadline-countdown/deadline-countdown.js';
import type { QwDeadlineCountdown } from '../../../src/components/deadline-countdown/deadline-countdown.component.js';
import type { QwDeadlineReachedEvent } from '../../../src/events/feed-events.js';
import { useControlledTime } from '../../clock.js';
import { part, renderSettled, text } from '../../helpers.js';

const FEED = '/test/fixtures/funding.json';
/** Rendered, with the facts list loaded where the call gives facts (the countdown holds its placeholder until then). */
async function countdown(template: ReturnType<typeof html>) {
  const el = await renderSettled<QwDeadlineCountdown>(template);
  await waitUntil(() => part(el, 'base') || part(el, 'empty'), 'the countdown shows its content');
  return el;
}
const state = (el: Element) => part(el, 'base')!.className;

describe('<qw-deadline-countdown> for every kind of deadline', () => {
  it('shows the current stage, its count, what the deadline means, and the next stage', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="stufen" now="2026-03-20T12:00"></qw-deadline-countdown>`);
    expect(state(el)).to.equal('open');
    expect(text(part(el, 'stage'))).to.equal('Stufe 1 von 2: Interessenbekundung');
    expect(text(part(el, 'time-left'))).to.equal('noch 7 Tage, 11 Stunden');
    expect(text(part(el, 'deadline'))).to.equal('online einreichen bis Freitag, 27. März 2026, 23:59 Uhr');
    expect(text(part(el, 'next'))).to.equal('Nächste Stufe: Vollantrag, bis Dienstag, 30. Juni 2026, 12:00 Uhr');
    await expect(el).to.be.accessible();
  });

  it('lists the facts and makes "Zum Antrag" the first, primary link', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="stufen" now="2026-03-20T12:00"></qw-deadline-countdown>`);
    const facts = [...part(el, 'funding-facts')!.querySelectorAll('div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(facts).to.deep.equal([
      ['Förderart', 'Zuschuss'],
      ['Förderquote', 'bis zu 90 %'],
      ['Förderbetrag', '10.000 bis 250.000 €'],
      ['Antragsberechtigt', 'Kommunen mit 10.000 bis 50.000 Einwohnern und Vereine'],
      ['Fördergebiet', 'Nordrhein-Westfalen'],
      ['Rechtsgrundlage', 'Förderrichtlinie Quartiersfonds'],
    ]);
    expect(part(el, 'fact-legalBasis')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/richtlinie');
    // Label beside value: the list's styles came with its chunk, as a constructed sheet.
    expect(getComputedStyle(part(el, 'funding-facts')!).display).to.equal('grid');
    const links = [...part(el, 'links')!.querySelectorAll('a, button')];
    expect(links.map((link) => text(link))).to.deep.equal(['Zum Antrag', 'Zur Ausschreibung', 'Frist in meinen Kalender']);
    expect(links[0]!.getAttribute('href')).to.equal('https://antrag.example.org/quartiersfonds');
  });

  it('says what a rolling call is, with no count and no reminder', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="laufend" now="2026-03-20T12:00"></qw-deadline-countdown>`);
    expect(state(el)).to.equal('rolling');
    expect(text(part(el, 'state'))).to.equal('Anträge laufend möglich');
    expect(part(el, 'time-left')).to.equal(null);
    expect(part(el, 'deadline')).to.equal(null);
    expect(part(el, 'calendar-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('counts to the latest date of a call open until its funds run out, and says so', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="mittel" now="2026-12-30T12:00"></qw-deadline-countdown>`);
    expect(text(part(el, 'funds'))).to.equal('Solange Mittel verfügbar');
    expect(state(el)).to.equal('soon');
    expect(text(part(el, 'time-left'))).to.equal('noch 1 Tag, 11 Stunden');
    const undated = await countdown(html`<qw-deadline-countdown feed=${FEED} call="mittel-ohne-datum" now="2026-12-30T12:00"></qw-deadline-countdown>`);
    expect(state(undated)).to.equal('open');
    expect(text(part(undated, 'funds'))).to.equal('Solange Mittel verfügbar');
    expect(part(undated, 'time-left')).to.equal(null);
    expect(part(undated, 'deadline')).to.equal(null);
  });

  it('counts to the next round and names the one after it; receipt by post and by arrival', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="runden" now="2026-04-01T09:00"></qw-deadline-countdown>`);
    expect(text(part(el, 'deadline'))).to.equal('Poststempel bis Mittwoch, 30. September 2026, 23:59 Uhr');
    expect(text(part(el, 'next'))).to.equal('nächste Runde: Mittwoch, 31. März 2027, 23:59 Uhr');
    const received = await countdown(html`<qw-deadline-countdown feed=${FEED} call="eingang" now="2026-03-20T12:00"></qw-deadline-countdown>`);
    expect(text(part(received, 'deadline'))).to.equal('Eingang bis Dienstag, 31. März 2026, 23:59 Uhr');
  });

  it('is calm on request: the state and the deadline, no running count', async () => {
    const el = await countdown(html`<qw-deadline-countdown calm feed=${FEED} call="runden" now="2026-03-30T12:00"></qw-deadline-countdown>`);
    expect(state(el)).to.equal('soon');
    expect(part(el, 'time-left')).to.equal(null);
    expect(text(part(el, 'deadline'))).to.contain('31. März 2026');
    await expect(el).to.be.accessible();
  });

  it('without call, shows the open call with the next date first, then a rolling one', async () => {
    const first = await countdown(html`<qw-deadline-countdown feed=${FEED} now="2026-03-20T12:00"></qw-deadline-countdown>`);
    expect(text(part(first, 'title'))).to.equal('Quartiersfonds');
    const later = await countdown(html`<qw-deadline-countdown feed=${FEED} programme="quartier" now="2027-04-01T12:00"></qw-deadline-countdown>`);
    expect(text(part(later, 'title'))).to.equal('Beratung für Vereine');
  });

  it('speaks English for the new words too', async () => {
    const el = await countdown(html`<qw-deadline-countdown lang="en" feed=${FEED} call="stufen" now="2026-03-20T12:00"></qw-deadline-countdown>`);
    await waitUntil(() => text(part(el, 'stage')).startsWith('Stage'), 'English loaded');
    expect(text(part(el, 'stage'))).to.equal('Stage 1 of 2: Interessenbekundung');
    expect(text(part(el, 'deadline'))).to.match(/^Submit online by Friday, March 27, 2026/);
    expect(text(part(el, 'fact-fundingRate'))).to.equal('up to 90%');
    expect(text(part(el, 'fact-applicants'))).to.equal('municipalities with 10,000 to 50,000 inhabitants and associations');
  });
});

describe('<qw-deadline-countdown> through stages and rounds on the shared clock', () => {
  const time = useControlledTime();

  it('fires qw-deadline-reached for the first stage and moves on to the second, counted across the clock change', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="stufen" now="2026-03-27T23:59:58"></qw-deadline-countdown>`);
    const reached: QwDeadlineReachedEvent[] = [];
    el.addEventListener('qw-deadline-reached', (event) => reached.push(event));
    await time().advance(3000);
    expect(reached.map((event) => event.detail)).to.deep.equal([
      { call: 'stufen', deadline: '2026-03-27T22:59:59.999Z', stage: 'Interessenbekundung' },
    ]);
    expect(text(part(el, 'stage'))).to.equal('Stufe 2 von 2: Vollantrag');
    // 28 March 00:00:01 (CET) to 30 June 12:00 (CEST): 94 calendar days and 11:59:59, not 94 days and 10 hours.
    expect(text(part(el, 'time-left'))).to.equal('noch 94 Tage, 11 Stunden');
    expect(part(el, 'next')).to.equal(null);
    const last = oneEvent(el, 'qw-deadline-reached');
    await time().advance(95 * 24 * 3_600_000);
    expect((await last).detail).to.deep.equal({ call: 'stufen', deadline: '2026-06-30T10:00:00.000Z', stage: 'Vollantrag' });
    expect(state(el)).to.equal('expired');
    expect(reached.length).to.equal(2);
  });

  it('fires once per round, also for rounds that passed while nothing was rendered', async () => {
    const el = await countdown(html`<qw-deadline-countdown calm feed=${FEED} call="runden" now="2026-03-31T23:00"></qw-deadline-countdown>`);
    const reached: string[] = [];
    el.addEventListener('qw-deadline-reached', (event) => reached.push(event.detail.deadline));
    await time().advance(3_600_000);
    expect(reached).to.deep.equal(['2026-03-31T21:59:59.999Z']);
    expect(text(part(el, 'deadline'))).to.contain('30. September 2026');
    el.now = '2027-04-02T00:00';
    await el.updateComplete;
    expect(reached).to.deep.equal(['2026-03-31T21:59:59.999Z', '2026-09-30T21:59:59.999Z', '2027-03-31T21:59:59.999Z']);
    expect(state(el)).to.equal('expired');
  });
});

describe('<qw-deadline-countdown> reminder menu', () => {
  it('opens by keyboard with an .ics of every future deadline, Google Calendar and Outlook.com, and closes with Escape', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="stufen" now="2026-03-20T12:00"></qw-deadline-countdown>`);
    const button = part(el, 'calendar-button') as HTMLButtonElement;
    expect(button.getAttribute('part')).to.equal('button calendar-button');
    expect(text(button)).to.equal('Frist in meinen Kalender');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'calendar-menu'), 'the menu chunk loads');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const menu = part(el, 'calendar-menu')!;
    expect(button.getAttribute('aria-controls')).to.equal(menu.id);
    // The event card's menu: the same parts, words and styles (a constructed sheet, adopted).
    expect([...menu.querySelectorAll('a, button')].map((item) => [item.getAttribute('part'), text(item)])).to.deep.equal([
      ['button calendar-ics', 'Kalenderdatei (.ics)'],
      ['link calendar-google', 'Google Kalender'],
      ['link calendar-outlook', 'Outlook.com'],
    ]);
    expect(getComputedStyle(menu).display).to.equal('grid');
    const google = new URL(part(el, 'calendar-google')!.getAttribute('href')!);
    const outlook = new URL(part(el, 'calendar-outlook')!.getAttribute('href')!);
    expect(google.searchParams.get('text')).to.equal('Frist: Quartiersfonds – Interessenbekundung');
    expect(google.searchParams.get('dates')).to.equal('20260327/20260328');
    expect(outlook.searchParams.get('startdt')).to.equal('2026-03-27');
    expect(outlook.searchParams.get('allday')).to.equal('true');

    // The file: the blob handed to the browser, read back.
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'calendar-ics'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => blobs.length > 0, 'no file was offered');
    } finally {
      URL.createObjectURL = original;
    }
    const ics = await blobs[0]!.text();
    expect(ics.match(/BEGIN:VEVENT/g)?.length).to.equal(2);
    expect(ics).to.contain('SUMMARY:Frist: Quartiersfonds – Vollantrag');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'calendar-google'));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(el, 'calendar-menu'), 'Escape did not close the menu');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('titles the entry in the visitor\'s language', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="stufen" now="2026-03-20T12:00" lang="en"></qw-deadline-countdown>`);
    expect(text(part(el, 'calendar-button'))).to.equal('Add deadline to my calendar');
    (part(el, 'calendar-button') as HTMLButtonElement).click();
    await waitUntil(() => part(el, 'calendar-menu'), 'the menu chunk loads');
    expect(text(part(el, 'calendar-google'))).to.equal('Google Calendar');
    expect(new URL(part(el, 'calendar-google')!.getAttribute('href')!).searchParams.get('text')).to.equal('Deadline: Quartiersfonds – Interessenbekundung');
  });
});
