// The facts of an event in <qw-event-card>, in German and English: the registration badges
// and button, price, accessibility, event languages, audience, image and a former date.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/calendar/calendar.js';
import '../../../src/components/event-card/event-card.js';
import '../../../src/components/event-list/event-list.js';
import type { QwEventCard } from '../../../src/components/event-card/event-card.component.js';
import { part, renderSettled, text } from '../../helpers.js';

const FEED = '/test/fixtures/event-facts.json';
const card = (template: ReturnType<typeof html>) => renderSettled<QwEventCard>(template);
const all = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)].map(text);

describe('<qw-event-card> event facts in German', () => {
  it('shows registration, price, accessibility, languages, audience and image', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="elterncafe" now="2017-03-01"></qw-event-card>`);
    expect([...part(el, 'registration')!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Anmeldung erforderlich bis 10. März',
      'noch 5 Plätze',
    ]);
    expect(part(el, 'registration')!.getAttribute('aria-label')).to.equal('Anmeldung');
    const register = part(el, 'register-link') as HTMLAnchorElement;
    expect(register.getAttribute('href')).to.equal('https://www.example.org/anmeldung/elterncafe');
    expect(getComputedStyle(register).backgroundColor).not.to.equal(getComputedStyle(part(el, 'base')!).backgroundColor);
    // One links row: registration first (the primary button), then details and the calendar menu; no second registration link.
    const links = [...part(el, 'links')!.children].map((link) => link.getAttribute('part') ?? link.className);
    expect(links).to.deep.equal(['link register-link', 'link details-link', 'calendar']);
    expect(el.shadowRoot!.querySelectorAll('[part~=register-link]')).to.have.length(1);
    expect(text(part(el, 'price'))).to.equal('Kostenlos');
    expect(all(el, 'accessibility-item')).to.deep.equal(['Stufenloser Zugang', 'Barrierefreies WC', 'Kinderbetreuung']);
    for (const icon of part(el, 'accessibility')!.querySelectorAll('svg')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(text(part(el, 'accessibility-note'))).to.equal('Fragen zur Barrierefreiheit beantwortet Frau Yılmaz, Telefon 0231 50-12345.');
    expect(text(part(el, 'languages'))).to.equal('Deutsch und Türkisch');
    expect(text(part(el, 'audience'))).to.equal('Familien und Eltern mit Kindern bis 6 Jahre (0 bis 6 Jahre)');
    const image = part(el, 'image') as HTMLImageElement;
    expect(image.getAttribute('src')).to.equal('https://www.example.org/bilder/elterncafe.jpg');
    expect(image.alt).to.equal('Eltern und Kleinkinder an einem langen Tisch im Stadtteilzentrum');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['800', '450']);
    // The image keeps its shape before it loads (the address does not answer): 800 × 450 scaled to the card.
    const box = image.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(0);
    expect(box.height / box.width).to.be.closeTo(450 / 800, 0.01);
    await expect(el).to.be.accessible();
  });

  it('says "Ausgebucht", the price note and the former date of a rescheduled event', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="buergerversammlung" now="2017-03-01"></qw-event-card>`);
    expect(all(el, 'registration')).to.deep.equal(['Ausgebucht']);
    expect(part(el, 'registration')!.querySelector('.danger')).to.not.equal(null);
    expect(text(part(el, 'status'))).to.equal('Neuer Termin');
    expect(text(part(el, 'previous-start'))).to.equal('Verschoben vom 12. März auf den 19. März');
    expect(text(part(el, 'price'))).to.equal('5 €, ermäßigt 3 €');
    expect(all(el, 'accessibility-item')).to.deep.equal(['Stufenloser Zugang', 'Induktive Höranlage', 'Gebärdensprachdolmetschung']);
    expect(text(part(el, 'languages'))).to.equal('Deutsch und Deutsche Gebärdensprache');
    await expect(el).to.be.accessible();
  });

  it('says "Warteliste"; registrationUrl is the registration button; 0 € is free', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="beratung" now="2017-03-01"></qw-event-card>`);
    expect(all(el, 'registration')).to.deep.equal(['Warteliste']);
    expect(part(el, 'register-link')!.getAttribute('href')).to.equal(`${location.origin}/anmeldung/beratung`);
    expect(text(part(el, 'price'))).to.equal('Kostenlos');
    expect(all(el, 'accessibility-item')).to.deep.equal(['Leichte Sprache']);
    expect(text(part(el, 'languages'))).to.equal('Arabisch');
    await expect(el).to.be.accessible();
  });

  it('closes registration once its deadline has passed', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="elterncafe" now="2017-03-11T08:00"></qw-event-card>`);
    expect(all(el, 'registration')).to.deep.equal(['Anmeldung geschlossen']);
  });

  it('shows an event without facts as before, its registrationUrl as the button', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="ohne-fakten" now="2017-03-01"></qw-event-card>`);
    expect(part(el, 'registration')).to.equal(null);
    expect(part(el, 'price')).to.equal(null);
    expect(part(el, 'register-link')!.getAttribute('href')).to.equal('https://www.example.org/anmeldung/rundgang');
  });

  it('shows what is left of facts with bad values', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="fehlerhafte-fakten" now="2017-03-01"></qw-event-card>`);
    expect(part(el, 'registration')).to.equal(null);
    expect(part(el, 'image')).to.equal(null);
    expect(text(part(el, 'price'))).to.equal('Kostenlos');
    expect(all(el, 'accessibility-item')).to.deep.equal(['Stufenloser Zugang']);
    expect(text(part(el, 'languages'))).to.equal('Türkisch');
    expect(text(part(el, 'audience'))).to.equal('Nachbarschaft (bis 99 Jahre)');
    await expect(el).to.be.accessible();
  });
});

describe('<qw-event-card> event facts in English', () => {
  it('shows the facts in English, languages named in English', async () => {
    const el = await card(html`<qw-event-card lang="en" feed=${FEED} event="elterncafe" now="2017-03-01"></qw-event-card>`);
    expect([...part(el, 'registration')!.querySelectorAll('li')].map(text)).to.deep.equal(['Registration required by March 10', '5 places left']);
    expect(text(part(el, 'register-link'))).to.equal('Register');
    expect(text(part(el, 'price'))).to.equal('Free');
    expect(all(el, 'accessibility-item')).to.deep.equal(['Step-free access', 'Accessible toilet', 'Childcare']);
    expect(text(part(el, 'languages'))).to.equal('German and Turkish');
    expect(text(part(el, 'audience'))).to.equal('Familien and Eltern mit Kindern bis 6 Jahre (0 to 6 years)');
    await expect(el).to.be.accessible();
  });

  it('a rescheduled, fully booked event', async () => {
    const el = await card(html`<qw-event-card lang="en" feed=${FEED} event="buergerversammlung" now="2017-03-01"></qw-event-card>`);
    expect(all(el, 'registration')).to.deep.equal(['Fully booked']);
    expect(text(part(el, 'previous-start'))).to.equal('Moved from March 12 to March 19');
    expect(text(part(el, 'languages'))).to.equal('German and German Sign Language');
    await expect(el).to.be.accessible();
  });
});

describe('<qw-event-card> and <qw-calendar> preset by facts', () => {
  it('the card without event: the next event that is free, step-free or in a language', async () => {
    const free = await card(html`<qw-event-card feed=${FEED} free now="2017-03-15"></qw-event-card>`);
    expect(text(part(free, 'title'))).to.equal('Offene Beratung für Vereine');
    const access = await card(html`<qw-event-card feed=${FEED} accessibility="step-free,sign-language" now="2017-03-01"></qw-event-card>`);
    expect(text(part(access, 'title'))).to.equal('Bürgerversammlung zum Quartiersplatz');
    const turkish = await card(html`<qw-event-card feed=${FEED} event-language="tr" now="2017-03-15"></qw-event-card>`);
    expect(text(part(turkish, 'title'))).to.equal('Frühjahrsputz im Quartier');
  });

  it('warns once of an accessibility word that is no feature', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await card(html`<qw-event-card feed=${FEED} accessibility="rollstuhl" now="2017-03-01"></qw-event-card>`);
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((w) => w.includes("'rollstuhl'"))).to.have.length(1);
  });

  it('the calendar shows only the events the attributes let through', async () => {
    const calendar = await renderSettled<HTMLElement>(
      html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01" accessibility="step-free" event-language="tr"></qw-calendar>`,
    );
    const shown = () => [...new Set([...calendar.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')].map((el) => el.dataset.id))];
    expect(shown()).to.deep.equal(['elterncafe', 'fehlerhafte-fakten']);
    calendar.setAttribute('free', '');
    calendar.removeAttribute('event-language');
    await (calendar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown()).to.deep.equal(['elterncafe', 'fehlerhafte-fakten']);
    calendar.setAttribute('accessibility', 'hearing-loop');
    await (calendar as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown()).to.deep.equal([]);
  });
});

describe('<qw-event-list> and event facts', () => {
  const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~=event] .title')].map(text);

  it('free, accessibility and event-language keep only the events that have them', async () => {
    const el = await renderSettled<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<qw-event-list feed=${FEED} now="2017-03-01" free></qw-event-list>`,
    );
    expect(entries(el)).to.deep.equal(['Mehrsprachiges Elterncafé', 'Offene Beratung für Vereine', 'Frühjahrsputz im Quartier', 'Fotoausstellung „Unsere Nordstadt“']);
    el.removeAttribute('free');
    el.setAttribute('accessibility', 'hearing-loop');
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['Bürgerversammlung zum Quartiersplatz']);
    el.removeAttribute('accessibility');
    el.setAttribute('event-language', 'ar');
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['Offene Beratung für Vereine']);
  });

  it("an entry's opened card shows the event's facts and its one registration button", async () => {
    const el = await renderSettled<HTMLElement>(html`<qw-event-list feed=${FEED} now="2017-03-01"></qw-event-list>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=event]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('qw-event-card'), 'the card did not open');
    const card = el.shadowRoot!.querySelector<QwEventCard>('qw-event-card')!;
    await waitUntil(() => part(card, 'price'), 'the card did not draw its facts');
    expect(text(part(card, 'price'))).to.equal('Kostenlos');
    expect([...part(card, 'registration')!.querySelectorAll('li')].map(text)).to.deep.equal(['Anmeldung erforderlich bis 10. März', 'noch 5 Plätze']);
    expect(all(card, 'accessibility-item')).to.deep.equal(['Stufenloser Zugang', 'Barrierefreies WC', 'Kinderbetreuung']);
    expect(card.shadowRoot!.querySelectorAll('[part~=register-link]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
