// "Abonnieren" (`show-subscribe`) on the list and the calendar: the feed's calendar alternate
// for what the widget shows, its links read back field by field as the services read them,
// by keyboard, and the copied address.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/calendar/calendar.js';
import '../../../src/components/event-list/event-list.js';
import { part, renderSettled, settled, text } from '../../helpers.js';

const FEED = '/test/fixtures/alternates.json';
const NOW = '2017-03-20T09:00';
const here = (path: string) => new URL(path, location.href).href;
const href = (el: Element, name: string) => part(el, name)!.getAttribute('href')!;
const params = (el: Element, name: string) => Object.fromEntries(new URL(href(el, name)).searchParams);

async function openMenu(el: Element) {
  (part(el, 'subscribe-button') as HTMLElement).click();
  await waitUntil(() => part(el, 'subscribe-menu'), 'the menu did not open');
}

/** Every link of the menu, for the calendar at `url` named `name`. */
function expectLinks(el: Element, url: string, name: string) {
  const webcal = url.replace(/^https?:/, 'webcal:');
  expect(href(el, 'subscribe-webcal')).to.equal(webcal);
  const google = new URL(href(el, 'subscribe-google'));
  expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
  expect(Object.fromEntries(google.searchParams)).to.deep.equal({ cid: webcal });
  const outlook = new URL(href(el, 'subscribe-outlook'));
  expect(outlook.origin + outlook.pathname).to.equal('https://outlook.live.com/calendar/0/addfromweb');
  expect(Object.fromEntries(outlook.searchParams)).to.deep.equal({ url, name });
}

describe('"Abonnieren" on the list and the calendar', () => {
  it('the list offers the whole feed\'s calendar as webcal:, Google Calendar, Outlook.com and a copy', async () => {
    const el = await renderSettled<HTMLElement>(html`<qw-event-list feed=${FEED} now=${NOW} show-subscribe></qw-event-list>`);
    await waitUntil(() => part(el, 'subscribe-button'), 'no button');
    const button = part(el, 'subscribe-button')!;
    expect(button.getAttribute('part')).to.equal('button subscribe-button');
    expect(text(button)).to.equal('Abonnieren');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await openMenu(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(part(el, 'subscribe-menu')!.id);
    expect([...part(el, 'subscribe-menu')!.querySelectorAll('a, button')].map((item) => [item.getAttribute('part'), text(item)])).to.deep.equal([
      ['link subscribe-webcal', 'Apple Kalender, Outlook'],
      ['link subscribe-google', 'Google Kalender'],
      ['link subscribe-outlook', 'Outlook.com'],
      ['button subscribe-copy', 'Adresse kopieren'],
    ]);
    expectLinks(el, 'https://quartier.example.org/termine.ics', 'Termine im Quartier');
    // The webcal: link opens the calendar app; the web calendars open in a new tab.
    expect(part(el, 'subscribe-webcal')!.hasAttribute('target')).to.equal(false);
    for (const name of ['subscribe-google', 'subscribe-outlook']) {
      expect([part(el, name)!.getAttribute('target'), part(el, name)!.getAttribute('rel')]).to.deep.equal(['_blank', 'noopener']);
    }
    // The list still shows below it.
    expect(part(el, 'event')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('matches the calendar to the list\'s tags (any order and case) or programme, else the whole feed\'s', async () => {
    const cases: [string, string | undefined, string, string][] = [
      ['Kultur', undefined, here('/test/fixtures/kultur.ics'), 'Kultur im Quartier'],
      ['kultur, Sport', undefined, 'http://quartier.example.org/sport-kultur.ics', 'Sport und Kultur'],
      ['', 'nachbarschaft', 'https://quartier.example.org/programme/nachbarschaft.ics', 'Nachbarschaft & Mehr'],
      ['Markt', undefined, 'https://quartier.example.org/termine.ics', 'Termine im Quartier'],
      ['Kultur', 'nachbarschaft', 'https://quartier.example.org/termine.ics', 'Termine im Quartier'],
    ];
    for (const [tags, programme, url, name] of cases) {
      const el = await renderSettled<HTMLElement>(
        html`<qw-event-list feed=${FEED} now=${NOW} tags=${tags} programme=${programme ?? ''} show-subscribe></qw-event-list>`,
      );
      if (!programme) el.removeAttribute('programme');
      await settled(el);
      await openMenu(el);
      expectLinks(el, url, name);
    }
  });

  it('the calendar offers the chosen chips\' calendar below its header, and the whole feed\'s again when they are let go', async () => {
    const el = await renderSettled<HTMLElement>(html`<qw-calendar feed=${FEED} now=${NOW} show-filter show-subscribe></qw-calendar>`);
    await waitUntil(() => part(el, 'subscribe-button'), 'no button');
    expect(part(el, 'header')!.nextElementSibling!.classList.contains('subscribe')).to.equal(true);
    await openMenu(el);
    expectLinks(el, 'https://quartier.example.org/termine.ics', 'Termine im Quartier');
    const chip = (tag: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=chip]')].find((c) => text(c).startsWith(tag))!;
    chip('Kultur').click();
    await settled(el);
    expectLinks(el, here('/test/fixtures/kultur.ics'), 'Kultur im Quartier');
    chip('Sport').click();
    await settled(el);
    expectLinks(el, 'http://quartier.example.org/sport-kultur.ics', 'Sport und Kultur');
    chip('Kultur').click();
    chip('Sport').click();
    await settled(el);
    expectLinks(el, 'https://quartier.example.org/termine.ics', 'Termine im Quartier');
    await expect(el).to.be.accessible();
  });

  it('shows no button without a calendar alternate, nor without show-subscribe', async () => {
    const none = await renderSettled<HTMLElement>(html`<qw-event-list feed="/test/fixtures/alternates-none.json" now=${NOW} show-subscribe></qw-event-list>`);
    await waitUntil(() => part(none, 'event'), 'the list did not render');
    expect(part(none, 'subscribe-button')).to.equal(null);
    const calendar = await renderSettled<HTMLElement>(html`<qw-calendar feed="/test/fixtures/alternates-none.json" now=${NOW} show-subscribe></qw-calendar>`);
    expect(part(calendar, 'grid') ?? part(calendar, 'agenda')).to.not.equal(null);
    expect(part(calendar, 'subscribe-button')).to.equal(null);
    const off = await renderSettled<HTMLElement>(html`<qw-calendar feed=${FEED} now=${NOW}></qw-calendar>`);
    expect(part(off, 'subscribe-button')).to.equal(null);
  });

  it('a widget reading an .ics feed offers that address', async () => {
    const el = await renderSettled<HTMLElement>(html`<qw-calendar feed="/test/fixtures/ics-google.ics" now="2017-03-20T09:00" show-subscribe></qw-calendar>`);
    await waitUntil(() => part(el, 'subscribe-button'), 'no button');
    await openMenu(el);
    const url = here('/test/fixtures/ics-google.ics');
    expect(href(el, 'subscribe-webcal')).to.equal(url.replace(/^http:/, 'webcal:'));
    expect(params(el, 'subscribe-google')).to.deep.equal({ cid: url.replace(/^http:/, 'webcal:') });
    expect(params(el, 'subscribe-outlook').url).to.equal(url);
  });

  it('drops an invalid alternate with a report and still shows the feed', async () => {
    const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('qw-feed-load', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await renderSettled<HTMLElement>(html`<qw-event-list feed=${FEED} now=${NOW} show-subscribe></qw-event-list>`);
    const { detail } = await loaded;
    expect(detail.issues.map((issue: { path: string; action: string }) => `${issue.action} ${issue.path}`)).to.deep.equal([
      'field-dropped alternates[6].url',
      'field-dropped alternates[7].type',
    ]);
    expect(detail.feed.alternates).to.have.length(6);
    await waitUntil(() => part(el, 'event'), 'the list did not render');
    expect(el.shadowRoot!.querySelectorAll('[part~=event]')).to.have.length(4);
  });

  it('by keyboard: Enter opens, Tab walks the entries, Escape closes and returns to the button', async () => {
    const container = await fixture<HTMLElement>(html`<div><button>vorher</button><qw-calendar feed=${FEED} now=${NOW} show-subscribe></qw-calendar></div>`);
    const el = container.querySelector('qw-calendar')!;
    await settled(el);
    await waitUntil(() => part(el, 'subscribe-button'), 'no button');
    container.querySelector('button')!.focus();
    for (let i = 0; i < 8 && el.shadowRoot!.activeElement !== part(el, 'subscribe-button'); i++) await sendKeys({ press: 'Tab' });
    const button = part(el, 'subscribe-button')!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'subscribe-menu'), 'Enter did not open the menu');
    const reached = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('part'));
    }
    expect(reached).to.deep.equal(['link subscribe-webcal', 'link subscribe-google', 'link subscribe-outlook', 'button subscribe-copy']);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(el, 'subscribe-menu'), 'Escape did not close the menu');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => part(el, 'subscribe-menu'), 'Space did not open the menu');
  });

  it('copies the address with a polite "Adresse kopiert", or selects it in a field when the clipboard is refused', async () => {
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const copied: string[] = [];
    try {
      clipboard.writeText = async (value: string) => {
        copied.push(value);
      };
      const el = await renderSettled<HTMLElement>(html`<qw-event-list feed=${FEED} now=${NOW} tags="Kultur" show-subscribe></qw-event-list>`);
      await waitUntil(() => part(el, 'subscribe-button'), 'no button');
      await openMenu(el);
      const status = el.shadowRoot!.querySelector('[role=status].subscribe-status')!;
      expect(text(status)).to.equal('');
      (part(el, 'subscribe-copy') as HTMLElement).click();
      await waitUntil(() => text(status) === 'Adresse kopiert', 'no status after the copy');
      expect(copied).to.deep.equal([here('/test/fixtures/kultur.ics')]);
      expect(part(el, 'subscribe-address')).to.equal(null);

      clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
      const refused = await renderSettled<HTMLElement>(html`<qw-calendar feed=${FEED} now=${NOW} lang="en" show-subscribe></qw-calendar>`);
      await waitUntil(() => part(refused, 'subscribe-button'), 'no button');
      await openMenu(refused);
      expect(text(part(refused, 'subscribe-copy'))).to.equal('Copy address');
      (part(refused, 'subscribe-copy') as HTMLElement).click();
      await waitUntil(() => part(refused, 'subscribe-address'), 'no address field after a refused copy');
      const field = part(refused, 'subscribe-address') as HTMLInputElement;
      await waitUntil(() => refused.shadowRoot!.activeElement === field, 'the field was not focused');
      expect([field.value, field.readOnly, field.selectionStart, field.selectionEnd]).to.deep.equal([
        'https://quartier.example.org/termine.ics',
        true,
        0,
        field.value.length,
      ]);
      expect(text(refused.shadowRoot!.querySelector('.subscribe-status'))).to.match(/^Please copy the selected address/);
      await expect(refused).to.be.accessible();
    } finally {
      clipboard.writeText = original;
    }
  });
});
