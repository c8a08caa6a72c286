import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../../src/components/calendar/calendar.js';
import '../../../src/components/event-list/event-list.js';
import { part, text } from '../../helpers.js';

const FEED = '/test/fixtures/event-list.json';
const NOW = '2017-03-20T09:00';
const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=event] .title')].map((t) => text(t));
const input = (el: Element) => part(el, 'search-input') as HTMLInputElement;
const select = (el: Element) => part(el, 'place-select') as HTMLSelectElement;
const status = (el: Element) => part(el, 'search')!.querySelector('[role=status]')!;
const chip = (el: Element, tag: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=chip]')].find((c) => text(c.querySelector('[dir]')) === tag)!;

/** Renders a widget after a button and waits until its search or place select has arrived. */
async function widget(template: ReturnType<typeof html>, control = 'search-input') {
  const container = await fixture<HTMLElement>(html`<div><button>vorher</button>${template}</div>`);
  const el = container.lastElementChild!;
  await waitUntil(() => part(el, control), `no ${control}`, { timeout: 5000 });
  return el;
}

/** Focuses the button before the widget and presses Tab until `target` has the focus. */
async function tabTo(el: Element, target: Element, max = 10) {
  (el.previousElementSibling as HTMLElement).focus();
  for (let i = 0; i < max && el.shadowRoot!.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement === target, 'the focus did not reach the target by Tab').to.equal(true);
}

/** Counts the non-empty texts a live region takes. */
function announcements(region: Element): string[] {
  const said: string[] = [];
  new MutationObserver(() => text(region) && said.push(text(region))).observe(region, { childList: true, subtree: true, characterData: true });
  return said;
}

describe('the visitor search (show-search)', () => {
  it('finds "Münster" by "Munster" and "Straße" by "strasse", typed by keyboard, and announces the count once typing stops', async () => {
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-search limit="20"></qw-event-list>`);
    const box = input(el);
    expect(text(part(el, 'search')!.querySelector('label'))).to.equal('Termine durchsuchen');
    expect(box.labels![0]!.control === box).to.equal(true);
    const said = announcements(status(el));
    await tabTo(el, box);
    // Keys faster than the pause: seven input events within one task, so no pause can fall
    // between them however slow the machine (real key presses follow below).
    for (let length = 1; length <= 'Munster'.length; length++) {
      box.value = 'Munster'.slice(0, length);
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    // The list has filtered (its updates run in microtasks, where no timer can fire), but the
    // count waits for the pause, a timer.
    const updated = () => (el as Element & { updateComplete: Promise<boolean> }).updateComplete;
    await updated();
    await updated();
    expect(titles(el)).to.deep.equal(['Bürgerversammlung', 'Straßenfest am Hafen']);
    expect(text(status(el)), 'announced while typing').to.equal('');
    await waitUntil(() => said.length > 0, 'no announcement', { timeout: 2000 });
    expect(titles(el)).to.deep.equal(['Bürgerversammlung', 'Straßenfest am Hafen']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(said, 'one announcement for the whole word').to.deep.equal(['2 Termine gefunden']);
    // Real keys over the selected text; what is said last is the count for the whole word.
    box.select();
    await sendKeys({ type: 'strasse' });
    await waitUntil(() => said.at(-1) === '1 Termin gefunden', 'the count for "strasse" was not announced', { timeout: 2000 });
    expect(titles(el)).to.deep.equal(['Straßenfest am Hafen']);
    await expect(el).to.be.accessible();
  });

  it('searches the description, address and organizer too, and every word must match', async () => {
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-search limit="20"></qw-event-list>`);
    input(el).focus();
    await sendKeys({ type: 'rheinlanddamm' });
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Kommunalkonferenz']);
    await sendKeys({ type: ' koln' });
    await waitUntil(() => part(el, 'empty'));
  });

  it('filters the calendar month and announces its count in English', async () => {
    const el = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" lang="en" view="list" show-search></qw-calendar>`);
    expect(text(part(el, 'search')!.querySelector('label'))).to.equal('Search events');
    input(el).focus();
    await sendKeys({ type: 'MUNSTER' });
    await waitUntil(() => text(status(el)) === '2 events found', 'no announcement', { timeout: 2000 });
    await expect(el).to.be.accessible();
  });
});

describe('the place select and chips of the list (show-filter)', () => {
  it('offers the cities of the events and filters by the chosen one like `place`, chosen by keyboard', async () => {
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-filter limit="20"></qw-event-list>`, 'place-select');
    const places = select(el);
    expect(places.labels![0]!.textContent!.trim()).to.equal('Ort');
    // MÜNSTER and Münster are one place, listed under the spelling met first.
    expect([...places.options].map((o) => o.text)).to.deep.equal(['Alle Orte', 'Dortmund', 'Essen', 'Köln', 'Münster']);
    expect(!!chip(el, 'Kultur')).to.equal(true);
    await tabTo(el, places, 20);
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']) await sendKeys({ press: key });
    await waitUntil(() => titles(el).length === 2, 'the place did not filter');
    expect(titles(el)).to.deep.equal(['Bürgerversammlung', 'Straßenfest am Hafen']);
    chip(el, 'Kultur').click();
    await waitUntil(() => titles(el).length === 1);
    expect(titles(el)).to.deep.equal(['Straßenfest am Hafen']);
    await expect(el).to.be.accessible();
  });

  it('shows no place select where the events are in one city', async () => {
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-filter show-search place="dortmund"></qw-event-list>`);
    expect(select(el) === null, 'a place select for one city').to.equal(true);
  });
});

describe('sync-url', () => {
  // The test runner's own parameters (its session) must stay in the page's address, as any page's would.
  const original = location.href;
  const withParams = (extra: string) => history.replaceState(null, '', `${original}${original.includes('?') ? '&' : '?'}${extra}`);
  afterEach(() => history.replaceState(null, '', original));

  it('writes the chosen tags, search and place to the query string, keeps other parameters, and reads them back on connecting', async () => {
    withParams('seite=7&x=a%20b');
    const before = location.search;
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-filter show-search sync-url limit="20"></qw-event-list>`);
    expect(location.search).to.equal(before);
    chip(el, 'Kultur').click();
    input(el).focus();
    await sendKeys({ type: 'hafen' });
    select(el).value = 'Münster';
    select(el).dispatchEvent(new Event('change'));
    await waitUntil(() => new URLSearchParams(location.search).get('qw-place') === 'Münster');
    const params = Object.fromEntries(new URLSearchParams(location.search));
    expect(params).to.deep.equal({
      ...Object.fromEntries(new URLSearchParams(before)),
      'qw-tags': 'Kultur',
      'qw-q': 'hafen',
      'qw-place': 'Münster',
    });
    expect(params.x).to.equal('a b');
    const container = el.parentElement!;
    el.remove();
    const again = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-filter show-search sync-url limit="20"></qw-event-list>`);
    container.remove();
    await waitUntil(() => titles(again).length === 1, 'the query string was not read back');
    expect(titles(again)).to.deep.equal(['Straßenfest am Hafen']);
    expect(input(again).value).to.equal('hafen');
    expect(select(again).value).to.equal('Münster');
    expect(chip(again, 'Kultur').getAttribute('aria-pressed')).to.equal('true');
  });

  it('lights the chip of a tag the query string spells otherwise, and filters by it', async () => {
    withParams('qw-tags=kultur');
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-filter show-search sync-url limit="20"></qw-event-list>`);
    await waitUntil(() => chip(el, 'Kultur')?.getAttribute('aria-pressed') === 'true', 'the chip Kultur is not pressed');
    expect([...el.shadowRoot!.querySelectorAll('[part~=chip][aria-pressed=true]')].map((c) => text(c.querySelector('[dir]')))).to.deep.equal(['Kultur']);
  });

  it('writes and reads the calendar month; without sync-url the query string stays untouched', async () => {
    withParams('seite=7');
    const before = location.search;
    const plain = await widget(html`<qw-calendar feed=${FEED} now=${NOW} show-search></qw-calendar>`);
    (part(plain, 'next') as HTMLButtonElement).click();
    input(plain).focus();
    await sendKeys({ type: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(location.search).to.equal(before);
    const el = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" show-search sync-url></qw-calendar>`);
    // The month first shown is not written: the page's address changes only with the visitor's action.
    await (el as LitElement).updateComplete;
    expect(location.search).to.equal(before);
    (part(el, 'next') as HTMLButtonElement).click();
    await waitUntil(() => new URLSearchParams(location.search).get('qw-month') === '2017-04');
    const again = await widget(html`<qw-calendar feed=${FEED} now=${NOW} show-search sync-url></qw-calendar>`);
    await waitUntil(() => text(part(again, 'title')) === 'April 2017', 'the month was not read back');
  });
});
