import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/event-card/event-card.js';
import type { QwEventCard } from '../../../src/components/event-card/event-card.component.js';
import { linksReachedByTab, part, renderSettled, settled, text } from '../../helpers.js';

const FEED = '/test/fixtures/events.json';
const ENGLISH = '/test/fixtures/english.json';


const card = (template: ReturnType<typeof html>) => renderSettled<QwEventCard>(template);

describe('<qw-event-card> in German (visitor in Berlin)', () => {
  it('shows title, date and time, place, organizer, tags and links', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="konferenz"></qw-event-card>`);
    expect(text(part(el, 'title'))).to.equal('Kommunalkonferenz');
    expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    expect(text(part(el, 'date'))).to.equal('Montag, 20. März 2017, 10:30–17:00 Uhr');
    expect(text(part(el, 'location'))).to.equal('Depot, Beispielweg 1, 44147 Dortmund');
    expect(text(part(el, 'organizer'))).to.contain('Ministerium');
    const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.getAttribute('href')).to.equal('mailto:konferenz@example.org');
    expect(el.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:030123450');
    expect([...el.shadowRoot!.querySelectorAll('[part~="tag"]')].map(text)).to.deep.equal(['Integration', 'Wohnen']);
    expect(part(el, 'details-link')!.getAttribute('href')).to.equal('https://example.org/konferenz');
    expect(part(el, 'register-link')!.getAttribute('href')).to.equal(`${location.origin}/test/fixtures/anmeldung.html`);
    expect(text(part(el, 'register-link'))).to.equal('Zur Anmeldung');
    expect(text(part(el, 'description'))).to.equal('Erste Zeile Zweite Zeile');
    await expect(el).to.be.accessible();
  });

  it('places the title at the heading level the page needs', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="konferenz" heading-level="2"></qw-event-card>`);
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
  });

  it('falls back to level 3 with one warning for a bad heading level', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await card(html`<qw-event-card feed=${FEED} event="konferenz" heading-level="9"></qw-event-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes('heading-level'))).to.have.length(1);
  });

  it('shows all-day and multi-day events as dates, the end inclusive', async () => {
    const single = await card(html`<qw-event-card feed=${FEED} event="ganztag"></qw-event-card>`);
    expect(text(part(single, 'date'))).to.equal('Mittwoch, 22. März 2017');
    const multi = await card(html`<qw-event-card feed=${FEED} event="mehrtaegig"></qw-event-card>`);
    expect(text(part(multi, 'date'))).to.equal('Montag, 27. – Mittwoch, 29. März 2017');
  });

  it('shows an event in another zone in its own time, with the zone named', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="new-york"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.match(/^Montag, 20\. März 2017, 09:00–10:00 Uhr \(.+\)$/);
  });

  it('resolves a wall time in the spring-forward gap later', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="zeitumstellung-fruehling"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.equal('Sonntag, 26. März 2017, 03:30–04:00 Uhr');
  });

  it('marks a cancelled event visibly and for screen readers', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="abgesagt"></qw-event-card>`);
    const status = part(el, 'status')!;
    expect(text(status)).to.equal('Abgesagt');
    // The badge comes before the title in reading order, so it is heard first.
    expect(status.compareDocumentPosition(part(el, 'title')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(getComputedStyle(part(el, 'title')!).textDecorationLine).to.equal('line-through');
    await expect(el).to.be.accessible();
  });

  it('marks a postponed event', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="verschoben"></qw-event-card>`);
    expect(text(part(el, 'status'))).to.equal('Verschoben');
    await expect(el).to.be.accessible();
  });

  it('links online events to join', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="online"></qw-event-card>`);
    expect(text(part(el, 'attendance'))).to.contain('Online');
    expect(part(el, 'online-link')!.getAttribute('href')).to.equal('https://meet.example.org/sprechstunde');
  });

  it('without event: shows the next upcoming event at now, skipping past and cancelled ones', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} now="2017-03-21T12:00"></qw-event-card>`);
    // 'konferenz' is over, 'abgesagt' (21 March) is cancelled; next is 'ganztag' (22 March).
    expect(text(part(el, 'title'))).to.equal('Aktionstag');
  });

  it('counts a running event as upcoming', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} now="2017-03-20T12:00+01:00"></qw-event-card>`);
    expect(text(part(el, 'title'))).to.equal('Kommunalkonferenz');
  });

  it('filters the next event by tags and programme', async () => {
    const tagged = await card(html`<qw-event-card feed=${FEED} now="2017-03-21T00:00" tags="integration, gibt-es-nicht"></qw-event-card>`);
    expect(text(part(tagged, 'title'))).to.equal('Werkstatttage');
    const programme = await card(html`<qw-event-card feed=${FEED} now="2017-03-01" programme="investitionspakt"></qw-event-card>`);
    expect(text(part(programme, 'title'))).to.equal('Online-Sprechstunde');
  });

  it('says so when nothing is upcoming', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} now="2030-01-01T00:00"></qw-event-card>`);
    expect(text(part(el, 'empty'))).to.equal('Zurzeit sind keine Veranstaltungen angekündigt.');
    await expect(el).to.be.accessible();
  });

  it('says so when the event does not exist', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="gibt-es-nicht"></qw-event-card>`);
    expect(text(part(el, 'empty'))).to.contain('Diese Veranstaltung wurde nicht gefunden');
    await expect(el).to.be.accessible();
  });

  it('shows a loading state in a polite live region', async () => {
    // The server holds the answer until the loading state has been checked.
    const key = `loading-${Date.now()}`;
    await fetch(`/api/mode?key=${key}&mode=hold`);
    const el = await fixture<QwEventCard>(html`<qw-event-card feed=${`/api/feed/events.json?key=${key}`} event="konferenz"></qw-event-card>`);
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(text(loading)).to.equal('Wird geladen …');
    await expect(el).to.be.accessible();
    await fetch(`/api/mode?key=${key}&mode=`);
    await settled(el);
  });

  it('switches to another event when the attribute changes', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="konferenz"></qw-event-card>`);
    el.setAttribute('event', 'ganztag');
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('Aktionstag');
  });

  it('is reached by keyboard: Tab moves through its links in order', async () => {
    const visited = await linksReachedByTab(html`<qw-event-card feed=${FEED} event="konferenz"></qw-event-card>`, 5);
    expect(visited).to.deep.equal([
      'mailto:konferenz@example.org',
      'tel:030123450',
      'https://example.org/kontakt',
      // Registration first: it is the primary action.
      `${location.origin}/test/fixtures/anmeldung.html`,
      'https://example.org/konferenz',
    ]);
  });
});

describe('<qw-event-card> language', () => {
  it('speaks English from the feed\'s language', async () => {
    const el = await card(html`<qw-event-card feed=${ENGLISH} event="conference"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.match(/^Monday, March 20, 2017, 10:30\sAM\s–\s5:00\sPM$/);
    expect(text(part(el, 'details-link'))).to.equal('More information');
    await expect(el).to.be.accessible();
  });

  it('prefers the element\'s lang, then the nearest ancestor\'s, over the feed\'s', async () => {
    const own = await card(html`<qw-event-card lang="de" feed=${ENGLISH} event="cancelled"></qw-event-card>`);
    expect(text(part(own, 'status'))).to.equal('Abgesagt');
    const container = await fixture<HTMLDivElement>(html`<div lang="en-GB">
      <qw-event-card feed=${FEED} event="konferenz"></qw-event-card>
    </div>`);
    const inherited = container.querySelector('qw-event-card')!;
    await settled(inherited);
    expect(text(part(inherited, 'date'))).to.equal('Monday, 20 March 2017, 10:30–17:00');
    expect(text(part(inherited, 'register-link'))).to.equal('Register');
  });

  it('speaks English in every state', async () => {
    const missing = await card(html`<qw-event-card lang="en" feed=${ENGLISH} event="nope"></qw-event-card>`);
    expect(text(part(missing, 'empty'))).to.equal('This event was not found. It may have been removed from the calendar.');
    const broken = await card(html`<qw-event-card lang="en" feed="/api/status/404?key=en" event="nope"></qw-event-card>`);
    expect(text(part(broken, 'error'))).to.equal('The dates are not available at the given address.');
    await expect(broken).to.be.accessible();
    const cancelled = await card(html`<qw-event-card lang="en" feed=${ENGLISH} event="cancelled"></qw-event-card>`);
    expect(text(part(cancelled, 'status'))).to.equal('Cancelled');
  });

  it('re-renders when its lang changes', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="abgesagt"></qw-event-card>`);
    expect(text(part(el, 'status'))).to.equal('Abgesagt');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('Cancelled');
    expect(el.lang).to.equal('en');
  });

  it('falls back to German for a language without messages', async () => {
    const el = await card(html`<qw-event-card lang="fr" feed=${FEED} event="konferenz"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.equal('Montag, 20. März 2017, 10:30–17:00 Uhr');
  });
});

describe('<qw-event-card> and feed text', () => {
  it('shows markup from the feed as text, never as elements', async () => {
    const url = `data:application/json,${encodeURIComponent(
      JSON.stringify({
        version: 1,
        events: [{ id: 'x', title: '<img src=x onerror="window.__pwned=1">', description: '<script>window.__pwned=1</script>', start: '2017-03-20' }],
      }),
    )}`;
    const el = await card(html`<qw-event-card feed=${url} event="x"></qw-event-card>`);
    expect(text(part(el, 'title'))).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
