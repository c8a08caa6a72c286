import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/event-list/event-list.js';
import type { QwEventList } from '../../../src/components/event-list/event-list.component.js';
import { part, renderSettled, text } from '../../helpers.js';

const FEED = '/test/fixtures/event-list.json';
const NOW = '2017-03-20T09:00';
const list = (template: ReturnType<typeof html>) => renderSettled<QwEventList>(template);
const root = (el: QwEventList) => el.shadowRoot!;
const headings = (el: QwEventList) => [...root(el).querySelectorAll('[part~=day-heading]')].map((h) => text(h));
const titles = (el: QwEventList) => [...root(el).querySelectorAll('[part~=event] .title')].map((t) => text(t));
const entry = (el: QwEventList, title: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~=event]')].find((button) => text(button.querySelector('.title')) === title)!;

/** Focuses the button before the list and presses Tab until `target` has the focus (at most `max` presses). */
async function tabTo(el: QwEventList, target: () => Element | null | undefined, max = 30) {
  (el.previousElementSibling as HTMLElement).focus();
  for (let i = 0; i < max && root(el).activeElement !== target(); i++) await sendKeys({ press: 'Tab' });
  expect(root(el).activeElement, 'the focus did not reach the target by Tab').to.equal(target());
}

describe('<qw-event-list>', () => {
  it('lists what is not yet over under day headings, in time order, a multi-day event once with its last day', async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW}></qw-event-list>`);
    expect(headings(el)).to.deep.equal([
      'Heute Montag, 20. März 2017',
      'Morgen Dienstag, 21. März 2017',
      'Mittwoch, 22. März 2017',
      'Donnerstag, 23. März 2017',
    ]);
    // The exhibition began a week ago and runs on: listed today, first, with the day it ends; breakfast is over.
    expect(titles(el)).to.deep.equal([
      'Ausstellung Quartiere',
      'Offene Sprechstunde',
      'Kommunalkonferenz',
      'Bürgerversammlung',
      'Runder Tisch Wohnen',
      'Straßenfest am Hafen',
      'Beratung 1',
      'Beratung 2',
      'Beratung 3',
      'Beratung 4',
    ]);
    expect(text(entry(el, 'Ausstellung Quartiere'))).to.equal('Ausstellung Quartiere bis Freitag, 24. März Rathausfoyer, Dortmund');
    // Its facts arrive with their module, loaded because a listed event has facts.
    await waitUntil(() => entry(el, 'Kommunalkonferenz').querySelector('[part~=compact-facts]'), 'the compact facts were not drawn');
    expect(text(entry(el, 'Kommunalkonferenz'))).to.equal('10:30 Kommunalkonferenz Kongresszentrum, Dortmund noch 5 Plätze Kostenlos Barrierefrei');
    expect(text(entry(el, 'Straßenfest am Hafen'))).to.equal('ganztägig Straßenfest am Hafen Hafenplatz, MÜNSTER');
    expect(part(el, 'day-today')!.closest('li')!.getAttribute('aria-current')).to.equal('date');
    expect(part(el, 'day-heading')!.getAttribute('aria-level')).to.equal('3');
    await expect(el).to.be.accessible();
  });

  it('marks cancelled, postponed and rescheduled events with their badges; hide-cancelled leaves cancelled ones out', async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW} limit="20"></qw-event-list>`);
    const badge = (title: string) => text(entry(el, title).querySelector('[part~=status]'));
    expect(badge('Bürgerversammlung')).to.equal('Abgesagt');
    expect(entry(el, 'Bürgerversammlung').getAttribute('part')).to.include('event-cancelled');
    expect(badge('Runder Tisch Wohnen')).to.equal('Verschoben');
    expect(badge('Workshop Beteiligung')).to.equal('Neuer Termin');
    expect(entry(el, 'Kommunalkonferenz').querySelector('[part~=status]')).to.equal(null);
    await expect(el).to.be.accessible();

    const hidden = await list(html`<qw-event-list feed=${FEED} now=${NOW} limit="20" hide-cancelled></qw-event-list>`);
    expect(titles(hidden)).not.to.include('Bürgerversammlung');
    expect(titles(hidden)).to.include('Runder Tisch Wohnen');
  });

  it('shows `limit` events, then "Weitere Termine" adds the next ones, announces them and moves the focus to the first new one', async () => {
    const container = await fixture<HTMLElement>(html`<div><button>vorher</button><qw-event-list feed=${FEED} now=${NOW} limit="6"></qw-event-list></div>`);
    const el = container.querySelector('qw-event-list')!;
    await waitUntil(() => part(el, 'more'), 'no "Weitere Termine"');
    expect(titles(el)).to.have.length(6);
    expect(text(part(el, 'more'))).to.equal('Weitere Termine');
    await tabTo(el, () => part(el, 'more'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 12, 'the next six were not added');
    expect(root(el).activeElement).to.equal(entry(el, 'Beratung 1'));
    expect(text(root(el).querySelector('[role=status]'))).to.equal('6 weitere Termine');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(entry(el, 'Beratung 2'));
    // The last page holds what is left (18 in all), then the button goes.
    part(el, 'more')!.dispatchEvent(new MouseEvent('click'));
    await waitUntil(() => titles(el).length === 18, 'the rest was not added');
    expect(part(el, 'more')).to.equal(null);
    expect(text(root(el).querySelector('[role=status]'))).to.equal('6 weitere Termine');
    expect(titles(el).slice(-3)).to.deep.equal(['Workshop Beteiligung', 'Aktionswoche Klima', 'Sommerfest']);
    expect(headings(el).slice(-2)).to.deep.equal(['Montag, 27. März 2017', 'Samstag, 1. Juli 2017']);
    expect(text(entry(el, 'Aktionswoche Klima'))).to.equal('ganztägig Aktionswoche Klima bis Sonntag, 2. April');
    await expect(el).to.be.accessible();
  });

  it('keeps to `days` from today, and says when nothing lies ahead', async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW} days="2" limit="50"></qw-event-list>`);
    expect(headings(el)).to.deep.equal(['Heute Montag, 20. März 2017', 'Morgen Dienstag, 21. März 2017']);
    const quarter = await list(html`<qw-event-list feed=${FEED} now=${NOW} days="90" limit="50"></qw-event-list>`);
    expect(titles(quarter)).to.include('Aktionswoche Klima');
    expect(titles(quarter)).not.to.include('Sommerfest');

    const later = await list(html`<qw-event-list feed=${FEED} now="2017-07-03" days="30"></qw-event-list>`);
    expect(text(part(later, 'empty'))).to.equal('In den nächsten 30 Tagen sind keine Termine eingetragen.');
    await expect(later).to.be.accessible();
    const over = await list(html`<qw-event-list feed=${FEED} now="2018-01-01"></qw-event-list>`);
    expect(text(part(over, 'empty'))).to.equal('Keine anstehenden Termine.');
  });

  it('opens an entry\'s full card in place by keyboard, with a cancelable qw-event-select', async () => {
    const container = await fixture<HTMLElement>(html`<div><button>vorher</button><qw-event-list feed=${FEED} now=${NOW}></qw-event-list></div>`);
    const el = container.querySelector('qw-event-list')!;
    await waitUntil(() => part(el, 'event'), 'the list did not render');
    const konferenz = () => entry(el, 'Kommunalkonferenz');
    await tabTo(el, konferenz);
    const selected = oneEvent(el, 'qw-event-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.id).to.equal('konferenz');
    expect(detail.event.title).to.equal('Kommunalkonferenz');
    expect(konferenz().getAttribute('aria-expanded')).to.equal('true');
    const card = root(el).querySelector(`#${konferenz().getAttribute('aria-controls')} qw-event-card`)!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~=base]'), 'the card did not render');
    expect(text(card.shadowRoot!.querySelector('[part~=title]'))).to.equal('Kommunalkonferenz');
    expect(card.shadowRoot!.querySelector('[part~=title]')!.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
    // Space closes it again.
    await sendKeys({ press: 'Space' });
    await waitUntil(() => konferenz().getAttribute('aria-expanded') === 'false', 'the card did not close');
    expect(root(el).querySelector('qw-event-card')).to.equal(null);

    el.addEventListener('qw-event-select', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(konferenz().getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps to the cities of `place`, without case and accents', async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW} place="munster"></qw-event-list>`);
    expect(titles(el)).to.deep.equal(['Bürgerversammlung', 'Straßenfest am Hafen']);
    const two = await list(html`<qw-event-list feed=${FEED} now=${NOW} place=" Münster , KÖLN"></qw-event-list>`);
    expect(titles(two)).to.deep.equal(['Bürgerversammlung', 'Runder Tisch Wohnen', 'Straßenfest am Hafen']);
  });

  it('keeps to `tags` and `programme` like the other widgets', async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW} tags="kultur, klima"></qw-event-list>`);
    expect(titles(el)).to.deep.equal(['Ausstellung Quartiere', 'Straßenfest am Hafen', 'Aktionswoche Klima']);
    const programme = await list(html`<qw-event-list feed=${FEED} now=${NOW} programme="soziale-stadt"></qw-event-list>`);
    expect(titles(programme)).to.deep.equal(['Kommunalkonferenz']);
  });

  it("shows the facts that decide most on an entry (places, free, step-free), in the list's language, and none in compact lines", async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW} lang="en"></qw-event-list>`);
    await waitUntil(() => entry(el, 'Kommunalkonferenz').querySelector('[part~=compact-facts]'), 'the compact facts were not drawn');
    const badges = [...entry(el, 'Kommunalkonferenz').querySelectorAll('[part~=compact-facts] .badge')].map((badge) => text(badge));
    expect(badges).to.deep.equal(['5 places left', 'Free', 'Step-free']);
    // Events without facts get none, and the line stays a button holding phrasing content only.
    expect(entry(el, 'Offene Sprechstunde').querySelector('[part~=compact-facts]')).to.equal(null);
    expect(entry(el, 'Kommunalkonferenz').querySelector('ul, li, div, p')).to.equal(null);
    await expect(el).to.be.accessible();
    const compact = await list(html`<qw-event-list feed=${FEED} now=${NOW} compact></qw-event-list>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await compact.updateComplete;
    expect(root(compact).querySelector('[part~=compact-facts]')).to.equal(null);
  });

  it('compact: date, time and title only, without day headings', async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW} compact limit="3"></qw-event-list>`);
    expect(headings(el)).to.deep.equal([]);
    expect([...root(el).querySelectorAll('[part~=event]')].map((button) => text(button))).to.deep.equal([
      '20. März Ausstellung Quartiere bis Freitag, 24. März',
      '20. März 08:30 Offene Sprechstunde',
      '20. März 10:30 Kommunalkonferenz',
    ]);
    await expect(el).to.be.accessible();
  });

  it('speaks English: Today, Tomorrow, the language\'s times', async () => {
    const el = await list(html`<qw-event-list feed=${FEED} now=${NOW} lang="en-US" days="2"></qw-event-list>`);
    expect(headings(el)).to.deep.equal(['Today Monday, March 20, 2017', 'Tomorrow Tuesday, March 21, 2017']);
    await waitUntil(() => entry(el, 'Kommunalkonferenz').querySelector('[part~=compact-facts]'), 'the compact facts were not drawn');
    expect(text(entry(el, 'Kommunalkonferenz'))).to.equal('10:30 AM Kommunalkonferenz Kongresszentrum, Dortmund 5 places left Free Step-free');
    expect(text(entry(el, 'Ausstellung Quartiere'))).to.include('until Friday, March 24');
    expect(text(entry(el, 'Bürgerversammlung').querySelector('[part~=status]'))).to.equal('Cancelled');
    expect(root(el).querySelector('[part~=base]')!.getAttribute('aria-label')).to.equal('Upcoming events');
    await expect(el).to.be.accessible();
  });
});
