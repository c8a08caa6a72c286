import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/programme-summary/programme-summary.js';
import type { QwProgrammeSummary } from '../../../src/components/programme-summary/programme-summary.component.js';
import { linksReachedByTab, part, renderSettled, settled, text } from '../../helpers.js';

const FEED = '/test/fixtures/calls.json';
const summary = (template: ReturnType<typeof html>) => renderSettled<QwProgrammeSummary>(template);
const all = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];

describe('<qw-programme-summary> in German', () => {
  it('shows name, state, budget, period, funders, calls, events, related programmes and links', async () => {
    const el = await summary(html`<qw-programme-summary feed=${FEED} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`);
    expect(text(part(el, 'title'))).to.equal('Soziale Stadt');
    expect(text(part(el, 'state'))).to.equal('Laufendes Programm');
    expect(part(el, 'base')!.className).to.equal('running');
    expect(text(part(el, 'summary'))).to.equal('Leitprogramm der sozialen Integration.');
    expect(text(part(el, 'budget'))).to.equal('300 Mio. € pro Jahr');
    expect(text(part(el, 'period'))).to.equal('2017–2020');
    expect(text(part(el, 'funders'))).to.equal('BMUB und Länder');

    // Calls are compact countdowns on the same feed and the same `now`; the section also lists
    // calls not open yet, so it is named "Förderaufrufe", not "Offene Förderaufrufe".
    expect(text(part(el, 'calls')!.querySelector('[role="heading"]'))).to.equal('Förderaufrufe');
    const calls = all(el, 'call');
    expect(calls.map((call) => call.getAttribute('call'))).to.deep.equal(['quartier-2017']);
    await settled(calls[0]!);
    expect(text(part(calls[0]!, 'time-left'))).to.equal('noch 121 Tage, 23 Stunden');
    expect(text(part(calls[0]!, 'deadline'))).to.equal('Bewerbungsfrist: Freitag, 30. Juni 2017, 23:59 Uhr');

    // Upcoming events of this programme only, earliest first; the 2016 one is over.
    expect(all(el, 'event').map(text)).to.deep.equal(['Kommunalkonferenz Montag, 20. März 2017, 10:30–17:00 Uhr']);
    expect(all(el, 'event')[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/konferenz');

    // Related programmes by name; an id that is not in the feed is left out.
    expect(text(part(el, 'related'))).to.equal('Investitionspakt Soziale Integration');
    expect(text(part(el, 'contact'))).to.equal('Kontakt: Referat SW I E-Mail: sw1@example.org');
    expect(part(el, 'website-link')!.getAttribute('href')).to.equal('https://example.org/soziale-stadt');
    await expect(el).to.be.accessible();
  });

  it('derives the state from now: not started, running, ended', async () => {
    const at = async (now: string) => {
      const el = await summary(html`<qw-programme-summary feed=${FEED} programme="soziale-stadt" now=${now}></qw-programme-summary>`);
      await expect(el).to.be.accessible();
      return text(part(el, 'state'));
    };
    expect(await at('2016-12-31T23:59')).to.equal('Noch nicht gestartet');
    expect(await at('2017-01-01')).to.equal('Laufendes Programm');
    expect(await at('2020-12-31T23:59')).to.equal('Laufendes Programm');
    expect(await at('2021-01-01')).to.equal('Abgeschlossen');
  });

  it('writes a total budget and a period that is not whole years', async () => {
    const el = await summary(html`<qw-programme-summary feed=${FEED} programme="modellvorhaben" now="2018-01-01"></qw-programme-summary>`);
    expect(text(part(el, 'budget'))).to.equal('2,5 Mio. € insgesamt');
    expect(text(part(el, 'period'))).to.equal('1. Juli 2017 – 30. Juni 2019');
    await expect(el).to.be.accessible();
  });

  it('leaves out what a programme does not give', async () => {
    const el = await summary(html`<qw-programme-summary feed=${FEED} programme="investitionspakt" now="2017-03-01"></qw-programme-summary>`);
    expect(part(el, 'state')).to.equal(null);
    expect(part(el, 'period')).to.equal(null);
    expect(part(el, 'calls')).to.equal(null);
    expect(text(part(el, 'budget'))).to.equal('200 Mio. € pro Jahr');
    expect(all(el, 'event').map((event) => text(event.querySelector('span')))).to.deep.equal(['Anderes Programm']);
    await expect(el).to.be.accessible();
  });

  it('has a compact variant: name, state, budget, period and link', async () => {
    const el = await summary(html`<qw-programme-summary compact feed=${FEED} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`);
    expect(text(part(el, 'budget'))).to.equal('300 Mio. € pro Jahr');
    for (const name of ['summary', 'funders', 'calls', 'events', 'related', 'contact']) expect(part(el, name), name).to.equal(null);
    expect(part(el, 'website-link')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says when the programme does not exist, and shows the feed\'s error state', async () => {
    const missing = await summary(html`<qw-programme-summary feed=${FEED} programme="gibt-es-nicht"></qw-programme-summary>`);
    expect(text(part(missing, 'empty'))).to.equal('Dieses Förderprogramm wurde nicht gefunden.');
    await expect(missing).to.be.accessible();
    const failed = await summary(html`<qw-programme-summary feed="/api/status/500" programme="soziale-stadt"></qw-programme-summary>`);
    expect(part(failed, 'error')!.getAttribute('role')).to.equal('alert');
  });

  it('is usable by keyboard: Tab reaches every link in reading order', async () => {
    const reached = await linksReachedByTab(
      html`<qw-programme-summary feed=${FEED} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`,
      5,
    );
    expect(reached).to.deep.equal([
      // The open call's reminder button, a button inside the call's countdown (so no link of the summary's own).
      '',
      'https://example.org/konferenz',
      'https://example.org/investitionspakt',
      'mailto:sw1@example.org',
      'https://example.org/soziale-stadt',
    ]);
  });

  it('fits its headings into the page outline', async () => {
    const el = await summary(html`<qw-programme-summary heading-level="2" feed=${FEED} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`);
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    expect(el.shadowRoot!.querySelector('#calls-title')!.getAttribute('aria-level')).to.equal('3');
    const call = all(el, 'call')[0]!;
    await settled(call);
    expect(part(call, 'title')!.getAttribute('aria-level')).to.equal('4');
  });
});

describe('<qw-programme-summary> in English', () => {
  it('writes the budget and period in English', async () => {
    const el = await summary(html`<qw-programme-summary lang="en" feed=${FEED} programme="soziale-stadt" now="2017-03-01"></qw-programme-summary>`);
    expect(text(part(el, 'state'))).to.equal('Running');
    expect(text(part(el, 'budget'))).to.equal('€300 million a year');
    expect(text(part(el, 'period'))).to.equal('2017 – 2020');
    expect(text(part(el, 'funders'))).to.equal('BMUB and Länder');
    const call = all(el, 'call')[0]!;
    await settled(call);
    expect(text(part(call, 'time-left'))).to.equal('121 days, 23 hours left');
    await expect(el).to.be.accessible();
  });

  it('names the other states and the total budget in English', async () => {
    const ended = await summary(html`<qw-programme-summary lang="en" feed=${FEED} programme="modellvorhaben" now="2020-01-01"></qw-programme-summary>`);
    expect(text(part(ended, 'state'))).to.equal('Ended');
    expect(text(part(ended, 'budget'))).to.equal('€2.5 million in total');
    await expect(ended).to.be.accessible();
    const upcoming = await summary(html`<qw-programme-summary lang="en" feed=${FEED} programme="soziale-stadt" now="2016-01-01"></qw-programme-summary>`);
    expect(text(part(upcoming, 'state'))).to.equal('Not started yet');
    const missing = await summary(html`<qw-programme-summary lang="en" feed=${FEED} programme="gibt-es-nicht"></qw-programme-summary>`);
    expect(text(part(missing, 'empty'))).to.equal('This funding programme was not found.');
  });

  it('lines up budget, period and funders on one baseline, and lists related programmes one per line', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 700px"><qw-programme-summary feed="/demo/sample-feed.json" programme="soziale-stadt" now="2017-03-01"></qw-programme-summary></div>`,
    );
    const el = box.querySelector<QwProgrammeSummary>('qw-programme-summary')!;
    await settled(el);
    const firstLineBottom = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getClientRects()[0]!.bottom;
    };
    const values = [...el.shadowRoot!.querySelectorAll('[part~=facts] dd')];
    expect(values.length).to.be.at.least(3);
    const bottoms = values.map(firstLineBottom);
    expect(Math.max(...bottoms) - Math.min(...bottoms), "the values' first lines end at one height").to.be.below(1);
    const related = all(el, 'related')[0]!.querySelectorAll('li');
    expect(related.length).to.equal(2);
    expect(related[1]!.getBoundingClientRect().top, 'the second related programme below the first').to.be.at.least(related[0]!.getBoundingClientRect().bottom);
  });
});
