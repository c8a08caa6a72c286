// "In meinen Kalender" on the event card (and so in the list's and the calendar's cards):
// opened by keyboard, its links read back field by field as the services read them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/event-card/event-card.js';
import '../../../src/components/event-list/event-list.js';
import type { QwEventCard } from '../../../src/components/event-card/event-card.component.js';
import { part, renderSettled, settled, text } from '../../helpers.js';

const FEED = '/test/fixtures/events.json';
const params = (link: Element | null) => Object.fromEntries(new URL(link!.getAttribute('href')!).searchParams);

/** Renders a card after a button and tabs to its "In meinen Kalender". */
async function cardWithMenuFocused(event: string, lang = 'de'): Promise<QwEventCard> {
  const container = await fixture<HTMLElement>(html`<div><button>vorher</button><qw-event-card feed=${FEED} event=${event} lang=${lang}></qw-event-card></div>`);
  const el = container.querySelector('qw-event-card')!;
  await settled(el);
  container.querySelector('button')!.focus();
  for (let i = 0; i < 12 && el.shadowRoot!.activeElement !== part(el, 'calendar-button'); i++) await sendKeys({ press: 'Tab' });
  expect(el.shadowRoot!.activeElement).to.equal(part(el, 'calendar-button'));
  return el;
}

/** The text of every .ics offered for download while `action` runs. */
async function downloads(action: () => unknown): Promise<string[]> {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original.call(URL, object);
  };
  try {
    await action();
    await waitUntil(() => blobs.length > 0, 'no download was offered');
  } finally {
    URL.createObjectURL = original;
  }
  return Promise.all(blobs.map((blob) => blob.text()));
}

describe('"In meinen Kalender" on an event card', () => {
  it('opens by keyboard below registration and details, with an .ics file, Google Calendar and Outlook.com', async () => {
    const el = await cardWithMenuFocused('konferenz');
    const button = part(el, 'calendar-button')!;
    expect(text(button)).to.equal('In meinen Kalender');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Registration is the primary action: first, and drawn filled.
    const links = [...part(el, 'links')!.children].map((child) => child.getAttribute('part'));
    expect(links).to.deep.equal(['link register-link', 'link details-link', null]);
    const register = getComputedStyle(part(el, 'register-link')!);
    expect(register.backgroundColor).not.to.equal(getComputedStyle(part(el, 'details-link')!).backgroundColor);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'calendar-menu'), 'the menu did not open');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(part(el, 'calendar-menu')!.id);
    expect([...part(el, 'calendar-menu')!.querySelectorAll('a, button')].map((item) => text(item))).to.deep.equal([
      'Kalenderdatei (.ics)',
      'Google Kalender',
      'Outlook.com',
    ]);
    // 10:30–17:00 in Berlin (CET) is 09:30–16:00 UTC.
    expect(params(part(el, 'calendar-google'))).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Kommunalkonferenz',
      dates: '20170320T093000Z/20170320T160000Z',
      ctz: 'Europe/Berlin',
      details: 'Erste Zeile\nZweite Zeile\n\nhttps://example.org/konferenz',
      location: 'Depot, Beispielweg 1, 44147 Dortmund',
    });
    expect(params(part(el, 'calendar-outlook'))).to.deep.equal({
      path: '/calendar/action/compose',
      rru: 'addevent',
      subject: 'Kommunalkonferenz',
      startdt: '2017-03-20T09:30:00Z',
      enddt: '2017-03-20T16:00:00Z',
      allday: 'false',
      location: 'Depot, Beispielweg 1, 44147 Dortmund',
      body: 'Erste Zeile\nZweite Zeile\n\nhttps://example.org/konferenz',
    });
    expect(part(el, 'calendar-google')!.getAttribute('target')).to.equal('_blank');
    expect(part(el, 'calendar-google')!.getAttribute('rel')).to.equal('noopener');
    await expect(el).to.be.accessible();

    // Tab reaches the file, Enter downloads the one event.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'calendar-ics'));
    const [ics] = await downloads(() => sendKeys({ press: 'Enter' }));
    expect(ics).to.contain('SUMMARY:Kommunalkonferenz');
    expect(ics!.match(/BEGIN:VEVENT/g)).to.have.length(1);

    // Escape closes the menu and returns to its button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(el, 'calendar-menu'), 'Escape did not close the menu');
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('an all-day event over several days: dates with the exclusive end the services expect', async () => {
    const el = await cardWithMenuFocused('mehrtaegig');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => part(el, 'calendar-menu'), 'the menu did not open');
    // 27–29 March inclusive in the feed; the services want the 30th as the end.
    expect(params(part(el, 'calendar-google')).dates).to.equal('20170327/20170330');
    expect(params(part(el, 'calendar-google')).ctz).to.equal(undefined);
    const outlook = params(part(el, 'calendar-outlook'));
    expect([outlook.startdt, outlook.enddt, outlook.allday]).to.deep.equal(['2017-03-27', '2017-03-30', 'true']);
  });

  it('speaks English, and is not offered for a cancelled event', async () => {
    const el = await cardWithMenuFocused('ganztag', 'en');
    expect(text(part(el, 'calendar-button'))).to.equal('Add to my calendar');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'calendar-menu'), 'the menu did not open');
    expect(text(part(el, 'calendar-google'))).to.equal('Google Calendar');
    expect(params(part(el, 'calendar-google')).dates).to.equal('20170322/20170323');
    await expect(el).to.be.accessible();
    const cancelled = await renderSettled<QwEventCard>(html`<qw-event-card feed=${FEED} event="abgesagt"></qw-event-card>`);
    expect(part(cancelled, 'calendar-button')).to.equal(null);
  });

  it('is in the event list\'s open card too', async () => {
    const list = await renderSettled<HTMLElement>(html`<qw-event-list feed="/test/fixtures/event-list.json" now="2017-03-20T09:00"></qw-event-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~=event]'), 'the list did not render');
    list.shadowRoot!.querySelector<HTMLElement>('[data-index="2"]')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('qw-event-card')?.shadowRoot?.querySelector('[part~=calendar-button]'), 'no menu in the card');
    const card = list.shadowRoot!.querySelector('qw-event-card')!;
    expect(text(part(card, 'register-link'))).to.equal('Zur Anmeldung');
  });
});
