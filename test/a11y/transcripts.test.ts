// What a screen reader says in each widget, on a typical path, against the committed transcripts.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { useControlledTime } from '../clock.js';
import { expectTranscript, readThrough, SpokenPath } from './speech.js';
import { mount, stateNamed } from './widgets.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part~=base]')!;
const spokenText = (phrases: readonly string[]) => phrases.join(' | ');

describe('what a screen reader says', () => {
  it('reads the event card top to bottom: title, date and time, place, status, links', async () => {
    const el = await mount(stateNamed('event-card'), 'de');
    const spoken = await readThrough(base(el));
    const all = spokenText(spoken);
    expect(spoken[0]).to.equal('article, Kommunalkonferenz');
    expect(all).to.include('heading, Kommunalkonferenz, level 3');
    await expectTranscript('event-card', spoken);
    const cancelled = await readThrough(base(await mount(stateNamed('event-card-cancelled'), 'de')));
    expect(spokenText(cancelled)).to.include('Abgesagt');
    await expectTranscript('event-card-cancelled', cancelled);
  });

  it("reads an event's facts: registration, former date, price, access features, languages, audience, image", async () => {
    const full = await readThrough(base(await mount(stateNamed('event-card-facts'), 'de')));
    const said = spokenText(full);
    expect(said).to.include('Neuer Termin');
    expect(said).to.include('list, Anmeldung | listitem, level 1, position 1, set size 1 | Ausgebucht');
    expect(said).to.include('Verschoben vom 12. März auf den 19. März');
    expect(said).to.include('5 €, ermäßigt 3 €');
    expect(said).to.include('Barrierefreiheit');
    expect(said).to.include('Gebärdensprachdolmetschung');
    expect(said).to.include('Deutsch und Deutsche Gebärdensprache');
    // The icons are not read; their words are.
    expect(said).not.to.include('image');
    await expectTranscript('event-card-facts', full);
    const open = await readThrough(base(await mount(stateNamed('event-card-facts-registration'), 'de')));
    const openSaid = spokenText(open);
    expect(openSaid).to.include('image, Eltern und Kleinkinder an einem langen Tisch im Stadtteilzentrum');
    expect(openSaid).to.include('Anmeldung erforderlich bis 10. März');
    expect(openSaid).to.include('noch 5 Plätze');
    expect(openSaid).to.include('link, Zur Anmeldung');
    expect(openSaid).to.include('Kostenlos');
    await expectTranscript('event-card-facts-registration', open);
  });

  it('reads the programme summary', async () => {
    const el = await mount(stateNamed('programme-summary'), 'de');
    const path = new SpokenPath();
    path.add('read through', await readThrough(base(el)));
    // The open call is a countdown of its own, in its own shadow root, read on its own here.
    path.add('the open call in the list', await readThrough(base(el.shadowRoot!.querySelector('qw-deadline-countdown')!)));
    const all = spokenText(path.lines);
    expect(path.lines[1]).to.equal('article, Soziale Stadt');
    expect(all).to.include('heading, Soziale Stadt, level 3');
    expect(all).to.include('region, Förderaufrufe');
    expect(all).to.include('link, Kommunalkonferenz');
    await expectTranscript('programme-summary', path.lines);
  });
});

describe('what a screen reader says in the countdown', () => {
  const time = useControlledTime('2015-10-07T06:00:00Z');

  it('reads state, title, time left and deadline, and does not announce the count as it ticks', async () => {
    const el = await mount(stateNamed('countdown-open'), 'de');
    const path = new SpokenPath();
    path.add('read through', await readThrough(base(el)));
    const all = spokenText(path.lines);
    expect(all).to.include('Bewerbung möglich');
    expect(all).to.include('heading, ');
    expect(all).to.include('timer | noch 12 Tage, 15 Stunden');
    expect(all).to.include('Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr');
    // An hour passes: the time left changes on screen, nothing is said.
    await path.listenIn(base(el));
    const before = el.shadowRoot!.querySelector('[part~=time-left]')!.textContent;
    const said = await path.step('an hour later', async () => {
      await time().advance(61 * 60_000);
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('[part~=time-left]')!.textContent, 'the count moved on screen').to.not.equal(before);
    expect(said, 'phrases said while the count ticked').to.deep.equal([]);
    await path.stop();
    await expectTranscript('countdown', path.lines);
  });

  it('reads a staged call: stage, count, what the deadline means, the next stage, the facts; the reminder menu by keyboard', async () => {
    const el = await mount(stateNamed('countdown-stages'), 'de');
    const path = new SpokenPath();
    path.add('read through', await readThrough(base(el)));
    const all = spokenText(path.lines);
    expect(all).to.include('Stufe 1 von 2: Interessenbekundung');
    expect(all).to.include('timer | noch 7 Tage, 11 Stunden');
    expect(all).to.include('online einreichen bis Freitag, 27. März 2026, 23:59 Uhr');
    expect(all).to.include('Nächste Stufe: Vollantrag, bis Dienstag, 30. Juni 2026, 12:00 Uhr');
    expect(all).to.include('term | Förderquote | end of term | definition | bis zu 90 % | end of definition');
    expect(all).to.include('link, Zum Antrag');
    expect(all).to.include('button, Frist in meinen Kalender, not expanded');

    const button = el.shadowRoot!.querySelector<HTMLElement>('[part~=calendar-button]')!;
    await path.listenIn(base(el));
    const opened = await path.step('Enter on "Frist in meinen Kalender", then Tab into the menu', async () => {
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=calendar-menu]'), 'the menu did not open');
      await sendKeys({ press: 'Tab' });
    });
    expect(spokenText(opened)).to.include('button, Kalenderdatei (.ics)');
    const closed = await path.step('Escape: closed, back on the button', async () => {
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~=calendar-menu]'), 'Escape did not close the menu');
    });
    expect(spokenText(closed)).to.include('button, Frist in meinen Kalender, not expanded');
    await path.stop();
    await expectTranscript('countdown-stages', path.lines);
  });
});

describe('what a screen reader says in the calendar', () => {
  const root = (el: Element) => el.shadowRoot!;
  const focused = (el: Element) => root(el).activeElement;
  const dayOf = (iso: string) => String(Date.parse(`${iso}T00:00Z`) / 86_400_000);
  /** Presses a key and waits until the focus is on a day cell of that date. */
  const pressTo = async (el: HTMLElement, key: string, iso: string) => {
    await sendKeys({ press: key });
    await waitUntil(() => (focused(el) as HTMLElement | null)?.dataset.day === dayOf(iso), `${key} did not reach ${iso}`);
  };

  it('Tab into the grid, arrows across a week and a month, a day with "+N", its list, an event, Escape back', async () => {
    const el = await mount(stateNamed('calendar'), 'de', 'width: 1000px');
    el.setAttribute('view', 'month');
    await el.updateComplete;
    const before = document.createElement('button');
    before.textContent = 'vorher';
    el.before(before);
    const dialog = root(el).querySelector('dialog')!;
    const path = new SpokenPath();
    await path.listenIn(base(el));
    before.focus();
    const tabbed = await path.step('Tab through the month buttons and the filter into the grid', async () => {
      for (let i = 0; i < 20 && focused(el)?.localName !== 'td'; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el)?.localName, 'the grid has a tab stop').to.equal('td');
    });
    // Today, with its date, the number of events and the current-day state.
    expect(spokenText(tabbed)).to.include('gridcell, Montag, 20. März 2017, current date');
    expect(spokenText(tabbed)).to.match(/button, Beratung 10 Termine, (not )?pressed/);
    await path.step('ArrowLeft: back across the week boundary', () => pressTo(el, 'ArrowLeft', '2017-03-19'));
    const april = await path.step('ArrowDown twice: into April', async () => {
      await pressTo(el, 'ArrowDown', '2017-03-26');
      await pressTo(el, 'ArrowDown', '2017-04-02');
      await waitUntil(() => root(el).querySelector('[role=status]')!.textContent!.includes('April'), 'the month was not announced');
    });
    expect(spokenText(april)).to.include('gridcell, Sonntag, 2. April 2017, 1 Termin Aktionswoche Klimaschutz im Quartier');
    expect(spokenText(april), 'the new month is announced').to.include('polite: April 2017');
    await path.step('ArrowUp: back into March', () => pressTo(el, 'ArrowUp', '2017-03-26'));
    const full = await path.step('ArrowLeft three times: a full day', async () => {
      await pressTo(el, 'ArrowLeft', '2017-03-25');
      await pressTo(el, 'ArrowLeft', '2017-03-24');
      await pressTo(el, 'ArrowLeft', '2017-03-23');
    });
    expect(spokenText(full)).to.include('gridcell, Donnerstag, 23. März 2017, 6 Termine +3 9 Beratungstermin 1');
    const list = await path.step("Enter: the day's list", async () => {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open && root(el).activeElement?.matches('[part~=close]'), 'the day list did not open with the focus on Close');
      await path.joinDialog(dialog);
    });
    expect(spokenText(list)).to.include('dialog, Termine am Donnerstag, 23. März 2017');
    expect(spokenText(list)).to.include('button, Schließen');
    const event = await path.step('Tab to the first event', async () => {
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => root(el).activeElement?.matches('[part~=day-list] [data-id]'), 'Tab did not reach the first event');
    });
    expect(spokenText(event)).to.include('button, 09:00 Beratungstermin 1');
    const opened = await path.step('Enter: the event', async () => {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.querySelector('qw-event-card')?.shadowRoot?.querySelector('[part~=base]'), 'the event did not open');
    });
    expect(spokenText(opened)).to.include('button, Schließen');
    const header = await readThrough(dialog);
    path.add('the dialog, read through', header);
    expect(spokenText(header)).to.include('heading, Beratungstermin 1, level 2');
    // The card is a widget of its own, in its own shadow root: read it on its own.
    const card = await readThrough(base(dialog.querySelector('qw-event-card')!));
    path.add("the event's card in the dialog, read through", card);
    expect(spokenText(card)).to.include('Donnerstag, 23. März 2017, 09:00–09:45 Uhr');
    const back = await path.step('Escape: back to the day in the grid', async () => {
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open && (focused(el) as HTMLElement | null)?.dataset.day === dayOf('2017-03-23'), 'the focus did not return to the day');
    });
    expect(spokenText(back)).to.include('Donnerstag, 23. März 2017, 6 Termine');
    await path.stop();
    before.remove();
    await expectTranscript('calendar', path.lines);
  });

  it('the filter chips say whether they are pressed, and the change is heard', async () => {
    const el = await mount(stateNamed('calendar'), 'de', 'width: 1000px');
    const chip = root(el).querySelector<HTMLElement>('[part~=chip]')!;
    const path = new SpokenPath();
    path.add('the filter, read through', await readThrough(root(el).querySelector('[part~=filter]')!));
    await path.listenIn(base(el));
    const focus = await path.step('focus the first chip', async () => {
      chip.focus();
    });
    expect(spokenText(focus)).to.match(/button, \S+ \d+ Termine?, not pressed/);
    await path.step('Space: choose it', async () => {
      await sendKeys({ press: 'Space' });
      await waitUntil(() => root(el).querySelector('[part~=chip]')!.getAttribute('aria-pressed') === 'true', 'the chip was not pressed');
    });
    expect(root(el).activeElement, 'the chip keeps the focus').to.equal(root(el).querySelector('[part~=chip]'));
    path.add('the chip now', [await (async () => {
      const [phrase] = (await readThrough(root(el).querySelector('[part~=filter]')!)).filter((line) => line.startsWith('button'));
      return phrase!;
    })()]);
    expect(path.lines.at(-1)).to.match(/button, \S+ \d+ Termine?, pressed/);
    await path.stop();
    await expectTranscript('filter-chips', path.lines);
  });

  it('the fact chips are a named group of toggles with counts, the language select is named, and choosing narrows the month', async () => {
    const el = await mount(stateNamed('calendar-facts'), 'de', 'width: 1000px');
    const facts = root(el).querySelector('[part~=fact-filter]')!;
    const path = new SpokenPath();
    path.add('the fact chips, read through', await readThrough(facts));
    expect(spokenText(path.lines)).to.include('group, Nur zeigen');
    expect(spokenText(path.lines)).to.include('button, Kostenlos 4 Termine, not pressed');
    expect(spokenText(path.lines)).to.include('button, Barrierefrei 3 Termine, not pressed');
    await path.listenIn(base(el));
    const select = root(el).querySelector<HTMLSelectElement>('[part~=language-select]')!;
    const focus = await path.step('focus the language select', async () => {
      select.focus();
    });
    expect(spokenText(focus)).to.include('Sprache der Veranstaltung');
    const status = root(el).querySelector('[part~=search] [role=status]')!;
    const chosen = await path.step('ArrowDown twice: Deutsch, then pause', async () => {
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => select.value === 'de', 'German was not chosen');
      await waitUntil(() => status.textContent!.trim() === '2 Termine gefunden', 'the number of results was not announced');
    });
    expect(spokenText(chosen)).to.include('polite: 2 Termine gefunden');
    const chip = root(el).querySelector<HTMLElement>('[part~=chip-step-free]')!;
    await path.step('focus "Barrierefrei", Space: choose it', async () => {
      chip.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => chip.getAttribute('aria-pressed') === 'true', 'the chip was not pressed');
    });
    const [pressed] = (await readThrough(facts)).filter((line) => line.startsWith('button, Barrierefrei'));
    path.add('the chip now', [pressed!]);
    expect(pressed).to.equal('button, Barrierefrei 3 Termine, pressed');
    await path.stop();
    await expectTranscript('fact-filters', path.lines);
  });
});

describe('what a screen reader says in the event list', () => {
  const root = (el: Element) => el.shadowRoot!;
  const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

  it('reads the days and entries, opens an entry in place, and "Weitere Termine" leads to the first new entry', async () => {
    const el = await mount(stateNamed('event-list'), 'de');
    const path = new SpokenPath();
    path.add('read through', await readThrough(base(el)));
    const all = spokenText(path.lines);
    expect(all).to.include('heading, Heute Montag, 20. März 2017, level 3');
    expect(all).to.match(/button, 08:30 Offene Sprechstunde Stadtteilbüro, Dortmund, (not expanded|collapsed)/);
    expect(all).to.include('Abgesagt');
    await path.listenIn(base(el));
    const before = document.createElement('button');
    before.textContent = 'vorher';
    el.before(before);
    before.focus();
    const first = await path.step('Tab to the first entry', async () => {
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => focused(el)?.dataset.index === '0', 'Tab did not reach the first entry');
    });
    expect(spokenText(first)).to.include('Ausstellung Quartiere');
    await path.step('Enter: the entry opens in place', async () => {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('qw-event-card')?.shadowRoot?.querySelector('[part~=base]'), 'the card did not open');
    });
    expect(focused(el)?.getAttribute('aria-expanded'), 'the entry says it is open').to.equal('true');
    const card = root(el).querySelector('qw-event-card')!;
    path.add("the entry's card, read through", await readThrough(base(card)));
    expect(spokenText(path.lines)).to.include('heading, Ausstellung Quartiere, level 4');
    await path.step('the "Weitere Termine" button', async () => {
      root(el).querySelector<HTMLElement>('[part~=more]')!.focus();
    });
    const more = await path.step('Enter: six more, the focus on the first of them', async () => {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.dataset.index === '6', 'the focus did not move to the first new entry');
    });
    expect(spokenText(more)).to.include('button, 09:00 Beratung 1 Dortmund');
    await path.stop();
    before.remove();
    await expectTranscript('event-list', path.lines);
  });

  it('the search box is named, and the number of results is heard once typing pauses', async () => {
    const el = await mount(stateNamed('event-list-search'), 'de');
    const input = root(el).querySelector<HTMLInputElement>('[part~=search-input]')!;
    const path = new SpokenPath();
    await path.listenIn(base(el));
    const focus = await path.step('focus the search box', async () => {
      input.focus();
    });
    expect(spokenText(focus)).to.include('Termine durchsuchen');
    const typed = await path.step('type "Munster", then pause', async () => {
      await sendKeys({ type: 'Munster' });
      await waitUntil(() => root(el).querySelector('[part~=search] [role=status]')!.textContent!.trim(), 'nothing announced');
    });
    expect(spokenText(typed)).to.include('2 Termine gefunden');
    await path.stop();
    await expectTranscript('event-list-search', path.lines);
  });
});

describe('what a screen reader says of "Abonnieren"', () => {
  it('the button says it is collapsed, the menu is walked by Tab, the copy is heard politely, Escape goes back', async () => {
    const el = await mount(stateNamed('event-list-subscribe'), 'de');
    const root = el.shadowRoot!;
    const subscribe = root.querySelector('.subscribe')!;
    const path = new SpokenPath();
    path.add('read through', await readThrough(subscribe));
    expect(spokenText(path.lines)).to.match(/button, Abonnieren, (not expanded|collapsed)/);
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async () => {};
    try {
      await path.listenIn(subscribe);
      const button = root.querySelector<HTMLElement>('[part~=subscribe-button]')!;
      await path.step('focus "Abonnieren"', async () => {
        button.focus();
      });
      await path.step('Enter: the menu opens', async () => {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => root.querySelector('[part~=subscribe-menu]'), 'the menu did not open');
      });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      for (const entry of ['subscribe-webcal', 'subscribe-google', 'subscribe-outlook', 'subscribe-copy']) {
        await path.step(`Tab to ${entry}`, async () => {
          await sendKeys({ press: 'Tab' });
          await waitUntil(() => root.activeElement?.matches(`[part~=${entry}]`), `Tab did not reach ${entry}`);
        });
      }
      expect(spokenText(path.lines)).to.include('link, Apple Kalender, Outlook');
      expect(spokenText(path.lines)).to.include('button, Adresse kopieren');
      const copied = await path.step('Enter: the address is copied', async () => {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => root.querySelector('.subscribe-status')?.textContent === 'Adresse kopiert', 'no status');
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
      expect(spokenText(copied)).to.include('Adresse kopiert');
      const closed = await path.step('Escape: closed, back on the button', async () => {
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !root.querySelector('[part~=subscribe-menu]'), 'Escape did not close the menu');
      });
      expect(spokenText(closed)).to.match(/button, Abonnieren, (not expanded|collapsed)/);
      await path.stop();
    } finally {
      clipboard.writeText = original;
    }
    await expectTranscript('subscribe-menu', path.lines);
  });
});
