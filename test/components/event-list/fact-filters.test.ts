import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/calendar/calendar.js';
import '../../../src/components/event-list/event-list.js';
import { part, text } from '../../helpers.js';

// Elterncafé (free, step-free, de and tr), Bürgerversammlung (5 €, step-free, de and gsg),
// Beratung (0 €, ar), Stadtteilrundgang (no facts), Frühjahrsputz (free, step-free, tr) in
// March; the photo exhibition (free) from 27 March to 7 April.
const FEED = '/test/fixtures/event-facts.json';
const NOW = '2017-03-01T09:00';
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The ids of the events the calendar's list or the event list shows, in order. */
const shown = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=event]')].map((e) => e.dataset.id ?? text(e.querySelector('.title')));
const freeChip = (el: Element) => part(el, 'chip-free') as HTMLButtonElement | null;
const stepFreeChip = (el: Element) => part(el, 'chip-step-free') as HTMLButtonElement | null;
const languages = (el: Element) => part(el, 'language-select') as HTMLSelectElement | null;
const options = (select: HTMLSelectElement) => [...select.options].map((o) => o.text);
/** A chip as seen (name and count) and as heard (the count in words). */
const chipText = (chip: Element) => ({
  seen: text(chip.querySelector('span')) + ' ' + text(chip.querySelector('[part~=chip-count]')),
  heard: text(chip.querySelector('.visually-hidden')),
});

/** Renders a widget after a button and waits until its fact controls (a chunk) have arrived. */
async function widget(template: ReturnType<typeof html>, ready = (el: Element) => !!freeChip(el)): Promise<Widget> {
  const container = await fixture<HTMLElement>(html`<div><button>vorher</button>${template}</div>`);
  const el = container.lastElementChild as Widget;
  await waitUntil(() => ready(el), 'the fact controls did not arrive', { timeout: 5000 });
  return el;
}

/** Focuses the button before the widget and presses Tab until `target` has the focus. */
async function tabTo(el: Element, target: Element, max = 20) {
  (el.previousElementSibling as HTMLElement).focus();
  for (let i = 0; i < max && el.shadowRoot!.activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement === target, 'the focus did not reach the target by Tab').to.equal(true);
}

describe('the fact chips and language select (show-filter)', () => {
  it('counts the month\'s free and step-free events and names its languages, in German', async () => {
    const el = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" view="list" show-filter></qw-calendar>`);
    const group = part(el, 'fact-filter')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(text(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!))).to.equal('Nur zeigen');
    expect(chipText(freeChip(el)!)).to.deep.equal({ seen: 'Kostenlos 4', heard: '4 Termine' });
    expect(chipText(stepFreeChip(el)!)).to.deep.equal({ seen: 'Barrierefrei 3', heard: '3 Termine' });
    expect(freeChip(el)!.getAttribute('aria-pressed')).to.equal('false');
    const select = languages(el)!;
    expect(text(select.labels![0])).to.equal('Sprache der Veranstaltung');
    expect(options(select)).to.deep.equal(['Alle Sprachen', 'Arabisch', 'Deutsch', 'Deutsche Gebärdensprache', 'Türkisch']);
    await expect(el).to.be.accessible();
  });

  it('Space and Enter toggle each chip, the chips combine, and the list follows', async () => {
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-filter limit="20"></qw-event-list>`);
    const all = shown(el);
    expect(all).to.have.length(6);
    await tabTo(el, freeChip(el)!);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shown(el).length === 4, 'the free chip did not filter');
    expect(freeChip(el)!.getAttribute('aria-pressed')).to.equal('true');
    expect(shown(el)).to.deep.equal(['Mehrsprachiges Elterncafé', 'Offene Beratung für Vereine', 'Frühjahrsputz im Quartier', 'Fotoausstellung „Unsere Nordstadt“']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === stepFreeChip(el)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shown(el).length === 2, 'the step-free chip did not narrow the free events');
    expect(shown(el)).to.deep.equal(['Mehrsprachiges Elterncafé', 'Frühjahrsputz im Quartier']);
    expect(stepFreeChip(el)!.getAttribute('aria-pressed')).to.equal('true');
    // The counts stay those of the window: a chip says what choosing it alone would show.
    expect(chipText(stepFreeChip(el)!).seen).to.equal('Barrierefrei 3');
    await sendKeys({ press: 'Space' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shown(el).length === 6, 'letting both chips go did not bring every event back');
    expect(shown(el)).to.deep.equal(all);
    await expect(el).to.be.accessible();
  });

  it('chooses a language by keyboard; a region of it counts as the language', async () => {
    const el = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" view="list" show-filter></qw-calendar>`);
    const select = languages(el)!;
    await tabTo(el, select);
    // Alle Sprachen → Arabisch → Deutsch → Deutsche Gebärdensprache → Türkisch.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => shown(el).length === 2, 'the language did not filter');
    expect(shown(el)).to.deep.equal(['elterncafe', 'fehlerhafte-fakten']);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => shown(el).length === 1);
    expect(shown(el)).to.deep.equal(['buergerversammlung']);
    // The chips keep the month's counts; choosing one narrows the language's events further.
    freeChip(el)!.click();
    await waitUntil(() => part(el, 'empty'), 'free and sign language should leave no event');
    expect(languages(el)!.value).to.equal('gsg');
  });

  it('the visitor\'s choices narrow the free, accessibility and event-language presets, never lift them', async () => {
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} free show-filter limit="20"></qw-event-list>`);
    // Every event the preset lets through is free, so the chip counts them all.
    expect(chipText(freeChip(el)!).seen).to.equal('Kostenlos 4');
    expect(chipText(stepFreeChip(el)!).seen).to.equal('Barrierefrei 2');
    stepFreeChip(el)!.click();
    await waitUntil(() => shown(el).length === 2);
    stepFreeChip(el)!.click();
    freeChip(el)!.click();
    await waitUntil(() => freeChip(el)!.getAttribute('aria-pressed') === 'true');
    freeChip(el)!.click();
    await waitUntil(() => freeChip(el)!.getAttribute('aria-pressed') === 'false');
    expect(shown(el), 'letting the chip go must not lift the free attribute').to.have.length(4);
    expect(shown(el)).not.to.include('Bürgerversammlung zum Quartiersplatz');

    const de = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" view="list" event-language="de" accessibility="step-free" show-filter></qw-calendar>`);
    expect(shown(de)).to.deep.equal(['elterncafe', 'buergerversammlung']);
    expect(chipText(freeChip(de)!).seen).to.equal('Kostenlos 1');
    // The two events name German, Turkish and German Sign Language.
    expect(options(languages(de)!)).to.deep.equal(['Alle Sprachen', 'Deutsch', 'Deutsche Gebärdensprache', 'Türkisch']);
    languages(de)!.value = 'tr';
    languages(de)!.dispatchEvent(new Event('change'));
    await waitUntil(() => shown(de).length === 1);
    expect(shown(de)).to.deep.equal(['elterncafe']);
  });

  it('shows a chip only where an event of the period qualifies or it is chosen, and the select only for two languages or more', async () => {
    const el = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" view="list" show-filter></qw-calendar>`);
    stepFreeChip(el)!.click();
    (part(el, 'next') as HTMLButtonElement).click();
    await waitUntil(() => text(part(el, 'title')) === 'April 2017');
    await el.updateComplete;
    // April: the photo exhibition is free and names no language; the chosen chip stays with 0, so it can be let go.
    expect(chipText(freeChip(el)!).seen).to.equal('Kostenlos 1');
    expect(chipText(stepFreeChip(el)!).seen).to.equal('Barrierefrei 0');
    expect(stepFreeChip(el)!.getAttribute('aria-pressed')).to.equal('true');
    expect(languages(el)).to.equal(null);
    stepFreeChip(el)!.click();
    await el.updateComplete;
    expect(stepFreeChip(el)).to.equal(null);
    (part(el, 'next') as HTMLButtonElement).click();
    await waitUntil(() => text(part(el, 'title')) === 'Mai 2017');
    await el.updateComplete;
    expect(part(el, 'fact-filter')).to.equal(null);

    // Events without facts: no fact chips and no language select, the topic chips as before.
    const plain = await widget(
      html`<qw-calendar feed="/test/fixtures/calendar-visitor.json" now="2017-03-20T09:00" month="2017-03" show-filter show-search></qw-calendar>`,
      (widget) => !!part(widget, 'search-input'),
    );
    expect(part(plain, 'fact-filter')).to.equal(null);
    expect(languages(plain)).to.equal(null);
    expect(part(plain, 'chip')).not.to.equal(null);
  });

  it('speaks English: labels, chips, counts and language names', async () => {
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} lang="en" show-filter limit="20"></qw-event-list>`, (widget) =>
      text(freeChip(widget)?.querySelector('span')) === 'Free',
    );
    expect(text(el.shadowRoot!.getElementById('facts-label'))).to.equal('Show only');
    expect(chipText(freeChip(el)!)).to.deep.equal({ seen: 'Free 4', heard: '4 events' });
    expect(chipText(stepFreeChip(el)!)).to.deep.equal({ seen: 'Step-free 3', heard: '3 events' });
    expect(text(languages(el)!.labels![0])).to.equal('Language of the event');
    expect(options(languages(el)!)).to.deep.equal(['All languages', 'Arabic', 'German', 'German Sign Language', 'Turkish']);
    await expect(el).to.be.accessible();
  });
});

describe('sync-url: the fact choices', () => {
  const original = location.href;
  const withParams = (extra: string) => history.replaceState(null, '', `${original}${original.includes('?') ? '&' : '?'}${extra}`);
  afterEach(() => history.replaceState(null, '', original));

  it('writes qw-free, qw-access and qw-lang, keeps other parameters, and reads them back on connecting', async () => {
    withParams('seite=7');
    const before = Object.fromEntries(new URLSearchParams(location.search));
    const el = await widget(html`<qw-event-list feed=${FEED} now=${NOW} show-filter sync-url limit="20"></qw-event-list>`);
    freeChip(el)!.click();
    await el.updateComplete;
    stepFreeChip(el)!.click();
    await el.updateComplete;
    languages(el)!.value = 'tr';
    languages(el)!.dispatchEvent(new Event('change'));
    await waitUntil(() => new URLSearchParams(location.search).get('qw-lang') === 'tr', 'qw-lang not written');
    expect(Object.fromEntries(new URLSearchParams(location.search))).to.deep.equal({
      ...before,
      'qw-free': '1',
      'qw-access': 'step-free',
      'qw-lang': 'tr',
    });
    const container = el.parentElement!;
    el.remove();
    const again = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" view="list" show-filter sync-url></qw-calendar>`);
    container.remove();
    await waitUntil(() => shown(again).length === 2, 'the query string was not read back');
    expect(shown(again)).to.deep.equal(['elterncafe', 'fehlerhafte-fakten']);
    expect(freeChip(again)!.getAttribute('aria-pressed')).to.equal('true');
    expect(stepFreeChip(again)!.getAttribute('aria-pressed')).to.equal('true');
    expect(languages(again)!.value).to.equal('tr');
    // Letting all go removes the parameters again.
    freeChip(again)!.click();
    await again.updateComplete;
    stepFreeChip(again)!.click();
    await again.updateComplete;
    languages(again)!.value = '';
    languages(again)!.dispatchEvent(new Event('change'));
    await waitUntil(() => !new URLSearchParams(location.search).has('qw-lang'), 'qw-lang not removed');
    // The calendar's month stays out: the visitor has not gone to another.
    expect(Object.fromEntries(new URLSearchParams(location.search))).to.deep.equal({ ...before });
  });

  it('reads a region tag as its language, and `qw-access` only as step-free', async () => {
    withParams('qw-lang=TR-tr&qw-access=sign-language');
    const el = await widget(html`<qw-calendar feed=${FEED} now=${NOW} month="2017-03" view="list" show-filter sync-url></qw-calendar>`);
    await waitUntil(() => shown(el).length === 2, 'qw-lang was not read');
    expect(languages(el)!.value).to.equal('tr');
    expect(stepFreeChip(el)!.getAttribute('aria-pressed')).to.equal('false');
  });
});
