// Nothing from a feed runs as script: every text and URL field of every item type, filled
// with each payload of the corpus, served over HTTP and rendered by every widget, with a trap
// that any executed payload would trip. URLs that are not http(s), e-mail or phone never
// become links; the .ics written from such a feed stays well-formed, and so does a feed read
// from such an .ics.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { readFeed } from '../../src/feed/read-feed.js';
import { icsToFeed } from '../../src/ics/read-ics.js';
import { callSchedule } from '../../src/feed/call-deadlines.js';
import { deadlineEntries } from '../../src/ics/deadline-entries.js';
import { writeDeadlineIcs } from '../../src/ics/write-deadline-ics.js';
import { escapeText, writeIcs } from '../../src/ics/write-ics.js';
import { part, settled, text } from '../helpers.js';
import { installScriptTrap, XSS_PAYLOADS } from './xss-payloads.js';

const executed = installScriptTrap();

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
/** Event `i` of the payload feed as the widgets read it. */
const read = (i: number) => {
  const result = readFeed(payloadFeed());
  if (!result.ok) throw new Error(result.message);
  return result.feed.events[i]!;
};
const contact = (p: string) => ({ name: p, phone: p.slice(0, 60), url: p, email: 'info@example.org' });
// Four or five events a day, so the calendar's days overflow into "+N" lists.
const day = (i: number) => String(1 + (i % 16)).padStart(2, '0');

/** A feed with every payload in every text and URL field of an event, a call and a programme. */
function payloadFeed() {
  return {
    version: 1,
    title: XSS_PAYLOADS[0],
    // A calendar for each event's programme, named and addressed by the payload.
    alternates: XSS_PAYLOADS.map((p, i) => ({ type: 'text/calendar', url: p, title: p, programmeId: `xss-${i}` })),
    events: XSS_PAYLOADS.map((p, i) => ({
      id: `xss-${i}`,
      title: p,
      description: p,
      start: `2017-03-${day(i)}T10:00`,
      attendance: 'mixed',
      location: { name: p, address: p, postalCode: p, city: p, region: p, url: p },
      organizer: contact(p),
      url: p,
      registrationUrl: p,
      tags: [p, 'xss'],
      programmeId: `xss-${i}`,
      registration: { required: true, url: p, deadline: '2017-06-30', remaining: 3 },
      price: { free: true, note: p },
      accessibility: ['step-free', 'sign-language'],
      accessibilityNote: p,
      languages: [p, 'tr'],
      audience: [p],
      image: { url: `https://example.org/${i}.jpg`, alt: p, width: 80, height: 45 },
    })),
    calls: XSS_PAYLOADS.map((p, i) => ({
      id: `xss-${i}`,
      title: p,
      description: p,
      deadline: '2017-06-30',
      stages: [
        { title: p, deadline: '2017-04-30', description: p },
        { title: p, deadline: '2017-06-30' },
      ],
      legalBasis: { title: p, url: p },
      applicationUrl: p,
      funders: [p],
      eligibility: p,
      programmeId: `xss-${i}`,
      url: p,
      contact: contact(p),
      tags: [p],
    })),
    programmes: XSS_PAYLOADS.map((p, i) => ({
      id: `xss-${i}`,
      name: p,
      summary: p,
      funders: [p],
      start: '2017-01-01',
      end: '2020-12-31',
      url: p,
      legalBasis: { title: p, url: p },
      applicationUrl: p,
      contact: contact(p),
      tags: [p],
      relatedProgrammeIds: [`xss-${(i + 1) % XSS_PAYLOADS.length}`],
    })),
  };
}

const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'img', 'svg', 'math', 'base', 'meta', 'link', 'form', 'input', 'textarea', 'select', 'video', 'audio', 'source', 'details', 'marquee', 'style', 'noscript', 'x']);
// webcal: is the subscribe menu's own form of a feed's http(s) calendar address.
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'webcal:']);

/** Every element inside a widget, nested widgets' shadow trees included. */
function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  for (const el of host.shadowRoot?.querySelectorAll('*') ?? []) {
    found.push(el);
    if (el.shadowRoot) found.push(...shadowElements(el));
  }
  return found;
}

function problemsIn(host: Element): string[] {
  const problems: string[] = [];
  for (const el of shadowElements(host)) {
    // Our own markup: the accessibility icons, and an event's https: image.
    if (el.closest('svg.fact-icon[aria-hidden="true"]')) continue;
    if (el.matches('img[part~="image"]') && (el as HTMLImageElement).src.startsWith('https://example.org/')) continue;
    // The visitor's place select and search box: ours, their options and value set as text.
    if (el.matches('select[part~="place-select"], input[part~="search-input"]')) continue;
    if (FORBIDDEN.has(el.localName)) problems.push(`<${el.localName}> inside <${host.localName}>`);
    for (const attribute of el.attributes) {
      if (attribute.name.startsWith('on')) problems.push(`${attribute.name} on <${el.localName}>`);
    }
    const href = el.getAttribute('href');
    if (href !== null && !LINK_PROTOCOLS.has(new URL(href, location.href).protocol)) problems.push(`link to ${href}`);
  }
  return problems;
}

describe(`${XSS_PAYLOADS.length} script-injection payloads in every field`, () => {
  const key = `xss-${Date.now()}`;
  const FEED = `/api/stored?key=${key}`;
  before(async () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(60);
    await fetch(FEED, { method: 'POST', body: JSON.stringify(payloadFeed()) });
  });
  afterEach(async () => {
    // Give handlers (image errors, autofocus, animations) time to fire.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(executed, 'a payload ran').to.deep.equal([]);
  });

  it('the trap catches a payload that does run (the control)', async () => {
    const control = await fixture<HTMLElement>(html`<div></div>`);
    control.innerHTML = XSS_PAYLOADS[2]!;
    await waitUntil(() => executed.length > 0, 'the trap missed an executed payload');
    expect(executed).to.deep.equal([['alert', 2]]);
    executed.length = 0;
  });

  it('the event card shows each as text, links only to http(s), e-mail and phone, and keeps each as data in its JSON-LD', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${XSS_PAYLOADS.map((_, i) => html`<qw-event-card feed=${FEED} event=${`xss-${i}`} structured-data></qw-event-card>`)}
    </div>`);
    const cards = [...page.children];
    await Promise.all(cards.map(settled));
    cards.forEach((card, i) => {
      expect(text(part(card, 'title')), `title of payload ${i}`).to.equal(collapse(XSS_PAYLOADS[i]!));
      expect(text(part(card, 'description')), `description of payload ${i}`).to.equal(collapse(XSS_PAYLOADS[i]!));
      expect(text(part(card, 'accessibility-note')), `accessibility note of payload ${i}`).to.equal(collapse(XSS_PAYLOADS[i]!));
      // Texts are read trimmed.
      expect((part(card, 'image') as HTMLImageElement).alt, `image alt of payload ${i}`).to.equal(XSS_PAYLOADS[i]!.trim());
    });
    expect(cards.flatMap(problemsIn)).to.deep.equal([]);
    // The JSON-LD: the card's one light-DOM child, each payload only a JSON string in it.
    await waitUntil(() => cards.every((card) => card.querySelector('script')), 'not every card wrote its JSON-LD');
    cards.forEach((card, i) => {
      expect([...card.children].map((child) => `${child.localName} ${child.getAttribute('type')}`), `light DOM of payload ${i}`).to.deep.equal(['script application/ld+json']);
      const script = card.firstElementChild as HTMLScriptElement;
      expect(script.text, `JSON-LD of payload ${i}`).not.to.include('<');
      expect(JSON.parse(script.text).name, `JSON-LD name of payload ${i}`).to.equal(read(i).title);
    });
  });

  it('the countdown and the programme summary (with its countdowns, stages, facts and reminder menus) show each as text', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${XSS_PAYLOADS.map((_, i) => html`<qw-deadline-countdown feed=${FEED} call=${`xss-${i}`} now="2017-03-01"></qw-deadline-countdown>
        <qw-programme-summary feed=${FEED} programme=${`xss-${i}`} now="2017-06-01"></qw-programme-summary>`)}
    </div>`);
    const widgets = [...page.children];
    await Promise.all(widgets.map(settled));
    for (const [i, widget] of widgets.entries()) {
      expect(text(part(widget, 'title')), `<${widget.localName}> ${i >> 1}`).to.equal(collapse(XSS_PAYLOADS[i >> 1]!));
    }
    const summaries = widgets.filter((w) => w.localName === 'qw-programme-summary');
    await Promise.all(summaries.flatMap((s) => [...s.shadowRoot!.querySelectorAll('qw-deadline-countdown')].map(settled)));
    const countdowns = widgets.filter((w) => w.localName === 'qw-deadline-countdown');
    for (const [i, countdown] of countdowns.entries()) expect(text(part(countdown, 'stage')), `stage of payload ${i}`).to.contain(collapse(XSS_PAYLOADS[i]!));
    for (const countdown of countdowns) part(countdown, 'calendar-button')!.dispatchEvent(new MouseEvent('click'));
    await waitUntil(() => countdowns.every((countdown) => part(countdown, 'calendar-menu')), 'not every reminder menu opened');
    expect(widgets.flatMap(problemsIn)).to.deep.equal([]);
    for (const countdown of countdowns) {
      for (const link of countdown.shadowRoot!.querySelectorAll('[part~="calendar-menu"] a')) expect(new URL(link.getAttribute('href')!).protocol).to.equal('https:');
    }
  });

  it('the calendar shows them in its grid, its tag filter, its day lists and its event details', async () => {
    const calendar = await fixture<HTMLElement>(html`<qw-calendar feed=${FEED} month="2017-03" show-filter></qw-calendar>`);
    await settled(calendar);
    await waitUntil(() => calendar.shadowRoot!.querySelector('.event'), 'no events in the grid');
    expect(problemsIn(calendar)).to.deep.equal([]);
    // A day's list, then one event's details, in the dialog.
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitUntil(() => calendar.shadowRoot!.querySelector('dialog[open] [part~="day-list"]'), 'no day list');
    expect(problemsIn(calendar)).to.deep.equal([]);
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('dialog [part~="day-list"] .event')!.click();
    await waitUntil(() => calendar.shadowRoot!.querySelector('dialog[open] qw-event-card'), 'no event details');
    await settled(calendar.shadowRoot!.querySelector('dialog qw-event-card')!);
    expect(problemsIn(calendar)).to.deep.equal([]);
  });

  it('the event list shows them as text in its entries, their open cards and their calendar menus', async () => {
    const list = await fixture<HTMLElement>(html`<qw-event-list feed=${FEED} now="2017-03-01" limit="200"></qw-event-list>`);
    await settled(list);
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="event"]'), 'no entries');
    const entries = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="event"]')];
    expect(entries.length).to.equal(XSS_PAYLOADS.length);
    expect(entries.map((entry) => text(entry.querySelector('.title'))).sort()).to.deep.equal(XSS_PAYLOADS.map(collapse).sort());
    for (const entry of entries) entry.click();
    await waitUntil(() => list.shadowRoot!.querySelectorAll('qw-event-card').length === entries.length, 'not every card opened');
    const cards = [...list.shadowRoot!.querySelectorAll('qw-event-card')];
    await Promise.all(cards.map(settled));
    for (const card of cards) part(card, 'calendar-button')!.dispatchEvent(new MouseEvent('click'));
    await waitUntil(() => cards.every((card) => part(card, 'calendar-menu')), 'not every calendar menu opened');
    expect(problemsIn(list)).to.deep.equal([]);
    // The web calendars' links carry the payloads as query values only.
    for (const card of cards) {
      for (const link of card.shadowRoot!.querySelectorAll('[part~="calendar-menu"] a')) expect(new URL(link.getAttribute('href')!).protocol).to.equal('https:');
    }
  });

  it('the subscribe menus name the calendars by them as text and link them only as http(s) and webcal:', async () => {
    // Read as the widgets read it: relative links against the feed's address.
    const read = readFeed(payloadFeed(), new URL(FEED, location.href).href);
    if (!read.ok) throw new Error(read.message);
    const lists = await fixture<HTMLElement>(
      html`<div>${XSS_PAYLOADS.map((_, i) => html`<qw-event-list feed=${FEED} now="2017-03-01" programme=${`xss-${i}`} show-subscribe></qw-event-list>`)}</div>`,
    );
    const widgets = [...lists.children];
    await Promise.all(widgets.map(settled));
    await waitUntil(() => widgets.every((list) => part(list, 'event')), 'not every list rendered');
    let offered = 0;
    for (const [i, list] of widgets.entries()) {
      const alternate = read.feed.alternates?.find((a) => a.programmeId === `xss-${i}`);
      const button = part(list, 'subscribe-button') as HTMLElement | null;
      // A payload that is no http(s) link drops its alternate, and the list offers none.
      expect(!!button, `button of payload ${i}`).to.equal(!!alternate);
      if (!alternate) continue;
      offered++;
      button!.click();
      await waitUntil(() => part(list, 'subscribe-menu'), `the menu of payload ${i} did not open`);
      const link = (name: string) => new URL(part(list, name)!.getAttribute('href')!);
      expect(link('subscribe-webcal').href, `webcal of payload ${i}`).to.equal(alternate.url.replace(/^https?:/, 'webcal:'));
      expect(Object.fromEntries(link('subscribe-outlook').searchParams), `Outlook.com of payload ${i}`).to.deep.equal({ url: alternate.url, name: XSS_PAYLOADS[i]!.trim() });
      expect(link('subscribe-google').protocol).to.equal('https:');
      expect(problemsIn(list), `payload ${i}`).to.deep.equal([]);
    }
    expect(offered).to.be.within(40, XSS_PAYLOADS.length - 5);
  });

  it('the .ics written from them has only well-formed lines, each text escaped', () => {
    const read = readFeed(payloadFeed());
    if (!read.ok) throw new Error(read.message);
    const ics = writeIcs(read.feed.events, read.feed, { now: Date.UTC(2017, 0, 1), source: 'https://example.org/feed.json' });
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    const property = /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|X-WR-CALNAME|TZID|TZOFFSETFROM|TZOFFSETTO|UID|DTSTAMP|DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION|URL|ORGANIZER|CATEGORIES|STATUS)[;:]/;
    expect(lines.filter((line) => !property.test(line))).to.deep.equal([]);
    const summaries = lines.filter((line) => line.startsWith('SUMMARY:')).map((line) => line.slice('SUMMARY:'.length));
    expect(summaries).to.deep.equal(read.feed.events.map((event) => escapeText(event.title)));
  });

  it('the reminder .ics of a call\'s stages written from them has only well-formed lines, each text escaped', () => {
    const read = readFeed(payloadFeed());
    if (!read.ok) throw new Error(read.message);
    for (const call of read.feed.calls) {
      const entries = deadlineEntries(call, callSchedule(call, 'Europe/Berlin').deadlines, 'Europe/Berlin', (title) => `Frist: ${title}`);
      const ics = writeDeadlineIcs(entries, { now: Date.UTC(2017, 0, 1), uid: `${call.id}@example.org` });
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
      const property = /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART|DTEND|SUMMARY|TRANSP|DESCRIPTION|URL|ACTION|TRIGGER)[;:]/;
      expect(lines.filter((line) => !property.test(line)), call.id).to.deep.equal([]);
      const summaries = lines.filter((line) => line.startsWith('SUMMARY:'));
      expect(summaries, call.id).to.deep.equal(call.stages!.map((stage) => `SUMMARY:${escapeText(`Frist: ${call.title} – ${stage.title}`)}`));
    }
  });

  it('a feed read from an .ics carrying them links only to http(s)', () => {
    const fold = (line: string) => line.replace(/\r?\n/g, '\\n').replace(/[,;]/g, (c) => `\\${c}`);
    const events = XSS_PAYLOADS.map((p, i) =>
      ['BEGIN:VEVENT', `UID:xss-${i}@example.org`, 'DTSTART:20170320T100000Z', `SUMMARY:${fold(p)}`, `DESCRIPTION:${fold(p)}`, `LOCATION:${fold(p)}`, `URL:${p.replace(/\s/g, '')}`, 'END:VEVENT'].join('\r\n'),
    );
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//test//DE', ...events, 'END:VCALENDAR', ''].join('\r\n');
    const result = icsToFeed(text, { from: Date.UTC(2017, 0, 1), until: Date.UTC(2018, 0, 1) });
    if (!result.ok) throw new Error(result.message);
    const read = readFeed(result.feed, 'https://example.org/cal.ics');
    if (!read.ok) throw new Error(read.message);
    expect(read.feed.events.length).to.be.at.least(XSS_PAYLOADS.length - 2);
    for (const event of read.feed.events) {
      for (const url of [event.url, event.location?.url].filter(Boolean)) expect(new URL(url!).protocol).to.be.oneOf(['http:', 'https:']);
    }
  });
});
