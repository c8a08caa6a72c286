import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../../src/components/calendar/calendar.component.js';
import { useControlledTime } from '../../clock.js';
import { chipsShown, part, renderSettled, text } from '../../helpers.js';

const FEED = '/test/fixtures/calendar.json';
const calendar = (template: ReturnType<typeof html>) => renderSettled<QwCalendar>(template);
const root = (el: QwCalendar) => el.shadowRoot!;
const cell = (el: QwCalendar, iso: string) => {
  const epochDay = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  return root(el).querySelector<HTMLElement>(`td[data-day="${epochDay}"]`)!;
};
const isoOf = (td: Element | null) =>
  td ? new Date(Number((td as HTMLElement).dataset.day) * 86_400_000).toISOString().slice(0, 10) : '';
const focusedDay = (el: QwCalendar) => isoOf(root(el).activeElement?.closest('td') ?? null);
const headers = (el: QwCalendar) =>
  [...root(el).querySelectorAll('thead th[part~=weekday] [aria-hidden]')].map((th) => th.textContent);
const weekNumbers = (el: QwCalendar) =>
  [...root(el).querySelectorAll('tbody th[part~=week-number] [aria-hidden]')].map((th) => th.textContent);
/** The ids of the events drawn in a day's cell. */
const eventsIn = (el: QwCalendar, iso: string) =>
  [...cell(el, iso).querySelectorAll<HTMLElement>('[data-id]')].map((bar) => bar.dataset.id);
const dialog = (el: QwCalendar) => root(el).querySelector('dialog')!;
/** Waits until a dialog has opened and its content is drawn. */
const dialogOpened = (el: QwCalendar) =>
  waitUntil(() => dialog(el).open && dialog(el).querySelector('.close'), 'the dialog did not open');
/** Waits until a dialog has closed and the calendar has handled it (its `close` event comes in a later task). */
const dialogClosed = (el: QwCalendar) =>
  waitUntil(() => !dialog(el).open && !dialog(el).querySelector('.close'), 'the dialog did not close');

async function pressTabInto(el: QwCalendar) {
  const before = el.previousElementSibling as HTMLElement;
  before.focus();
  // Tab past the header's buttons to the grid's single tab stop.
  for (let i = 0; i < 4 && root(el).activeElement?.localName !== 'td'; i++) await sendKeys({ press: 'Tab' });
}

/** The text of every .ics the calendar offers for download while `action` runs. */
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

describe('<qw-calendar> grid', () => {
  it('is a table of the month: Monday first in German, weekday headers, ISO weeks, today, neighbours dimmed', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} now="2017-03-20T09:00"></qw-calendar>`);
    expect(text(part(el, 'title'))).to.equal('März 2017');
    expect(root(el).querySelector('table')!.getAttribute('role')).to.equal('grid');
    expect(headers(el)).to.deep.equal(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    // Long names for screen readers.
    expect(text(root(el).querySelector('thead th[part~=weekday] .visually-hidden'))).to.equal('Montag');
    expect(weekNumbers(el)).to.deep.equal(['KW 9', 'KW 10', 'KW 11', 'KW 12', 'KW 13']);
    expect(text(root(el).querySelector('tbody th .visually-hidden'))).to.equal('Kalenderwoche 9');
    expect(cell(el, '2017-03-20').getAttribute('aria-current')).to.equal('date');
    expect(root(el).querySelectorAll('[aria-current]').length).to.equal(1);
    expect(cell(el, '2017-02-27').getAttribute('part')).to.equal('day day-outside');
    expect(cell(el, '2017-04-02').getAttribute('part')).to.equal('day day-outside');
    expect(text(cell(el, '2017-03-20').querySelector('.visually-hidden'))).to.equal('Montag, 20. März 2017, 2 Termine');
    await expect(el).to.be.accessible();
  });

  it('places events on their days in their own zone, cut at the month with a visible continuation', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    expect(eventsIn(el, '2017-03-20')).to.deep.equal(['lange', 'konferenz']);
    expect(eventsIn(el, '2017-03-26')).to.deep.equal(['nachts-utc', 'zeitumstellung']);
    expect(eventsIn(el, '2017-03-31')).to.deep.equal(['woche', 'new-york']);
    expect(eventsIn(el, '2017-03-16')).to.deep.equal(['lange']);
    // Neighbouring months' days show their events; the bar's piece in the month says it goes on.
    expect(eventsIn(el, '2017-04-01')).to.deep.equal(['woche']);
    expect(cell(el, '2017-03-31').querySelector('[data-id=woche]')!.className).to.include('continues-after');
    expect(cell(el, '2017-03-01').querySelector('[data-id=vorher]')!.className).to.include('continues-before');
    // Across week rows: the bar is marked at the row's end and again at the next row's start.
    expect(cell(el, '2017-03-19').querySelector('[data-id=lange]')!.className).to.include('continues-after');
    expect(cell(el, '2017-03-20').querySelector('[data-id=lange]')!.className).to.include('continues-before');
    // The title shows where a piece starts; the other days say it to screen readers only.
    const middle = cell(el, '2017-03-14').querySelector('[data-id=lange]')!;
    expect(middle.querySelector(':scope > .visually-hidden')).to.not.equal(null);
    expect(text(middle)).to.equal('Ausstellung Quartiere, 13.–21. März');
    // Timed events show their start in their own zone; cancelled ones are marked in words.
    expect(text(cell(el, '2017-03-20').querySelector('[data-id=konferenz]'))).to.equal('10:30 Kommunalkonferenz');
    expect(text(cell(el, '2017-03-31').querySelector('[data-id=new-york]'))).to.equal('21 Transatlantic Forum');
    const cancelled = cell(el, '2017-03-14').querySelector('[data-id=abgesagt]')!;
    expect(cancelled.getAttribute('part')).to.equal('event event-cancelled tag-integration');
    expect(text(cancelled)).to.equal('18 Bürgerversammlung, Abgesagt');
    expect(cell(el, '2017-03-20').querySelector('[data-id=konferenz]')!.getAttribute('part')).to.equal(
      'event tag-integration programme-soziale-stadt',
    );
  });

  it('starts the week by language or by first-day', async () => {
    const en = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" lang="en-US"></qw-calendar>`);
    expect(headers(en)).to.deep.equal(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(text(part(en, 'title'))).to.equal('March 2017');
    // ISO weeks begin on Monday: rows that start on Sunday show none, Monday rows do.
    expect(weekNumbers(en)).to.deep.equal([]);
    const enMonday = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" lang="en-US" first-day="monday"></qw-calendar>`);
    expect(weekNumbers(enMonday)).to.deep.equal(['Wk 9', 'Wk 10', 'Wk 11', 'Wk 12', 'Wk 13']);
    const ar = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" lang="ar"></qw-calendar>`);
    expect(isoOf(root(ar).querySelector('td'))).to.equal('2017-02-25');
    const sunday = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" first-day="sunday"></qw-calendar>`);
    expect(headers(sunday)[0]).to.equal('So');
    const numbered = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" first-day="6"></qw-calendar>`);
    expect(headers(numbered)[0]).to.equal('Sa');
  });

  it('numbers weeks at the year edge and hides them on request', async () => {
    const december = await calendar(html`<qw-calendar feed=${FEED} month="2020-12"></qw-calendar>`);
    expect(weekNumbers(december).at(-1)).to.equal('KW 53');
    const january = await calendar(html`<qw-calendar feed=${FEED} month="2021-01"></qw-calendar>`);
    expect(weekNumbers(january)[0]).to.equal('KW 53');
    expect(weekNumbers(january)[1]).to.equal('KW 1');
    expect(eventsIn(january, '2021-01-01')).to.deep.equal(['silvester']);
    const hidden = await calendar(html`<qw-calendar feed=${FEED} month="2021-01" hide-week-numbers></qw-calendar>`);
    expect(root(hidden).querySelectorAll('[part~=week-number]').length).to.equal(0);
    await expect(hidden).to.be.accessible();
  });

  it('says when a month has no events, and shows loading and error states', async () => {
    const empty = await calendar(html`<qw-calendar feed=${FEED} month="2016-01"></qw-calendar>`);
    expect(text(part(empty, 'empty'))).to.equal('Keine Termine im Januar 2016.');
    await expect(empty).to.be.accessible();
    const failed = await calendar(html`<qw-calendar feed="/api/status/500"></qw-calendar>`);
    expect(part(failed, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(failed).to.be.accessible();
  });
});

describe('<qw-calendar> and the clock', () => {
  const time = useControlledTime();

  it('moves the marked day at the visitor\'s midnight, and the month with it', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} now="2017-03-31T23:59:50"></qw-calendar>`);
    expect(cell(el, '2017-03-31').getAttribute('aria-current')).to.equal('date');
    expect(await time().advance(9_000)).to.equal(0);
    expect(await time().advance(2_000)).to.equal(1);
    expect(text(part(el, 'title'))).to.equal('April 2017');
    expect(cell(el, '2017-04-01').getAttribute('aria-current')).to.equal('date');
    // Nothing else wakes it during the day.
    expect(await time().advance(23 * 3_600_000)).to.equal(0);
    el.remove();
    expect(time().pending).to.equal(0);
  });
});

describe('<qw-calendar> navigation and keyboard', () => {
  it('moves by month with the controls, announces the month and fires qw-month-change', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" max="2017-04" now="2017-03-20"></qw-calendar>`);
    const next = part(el, 'next') as HTMLButtonElement;
    setTimeout(() => next.click());
    const change = await oneEvent(el, 'qw-month-change');
    expect(change.detail).to.deep.equal({ month: '2017-04', previous: '2017-03' });
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('April 2017');
    expect(text(root(el).querySelector('[role=status]'))).to.equal('April 2017');
    expect(el.month).to.equal('2017-04');
    // At `max` the control stays focusable but does nothing.
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('April 2017');
    (part(el, 'today') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(part(el, 'title'))).to.equal('März 2017');
  });

  it('has one tab stop; arrows, Home/End and PageUp/PageDown move the focus, across months too', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><button>vorher</button><qw-calendar feed=${FEED} now="2017-03-20T09:00"></qw-calendar></div>`,
    );
    const el = container.querySelector('qw-calendar')!;
    await waitUntil(() => part(el, 'base'));
    await pressTabInto(el);
    expect(focusedDay(el)).to.equal('2017-03-20');
    expect(root(el).querySelectorAll('td[tabindex="0"]').length).to.equal(1);
    const press = async (key: string, expected: string) => {
      const [modifier, name] = key.includes('+') ? key.split('+') : [undefined, key];
      if (modifier) await sendKeys({ down: modifier });
      await sendKeys({ press: name! });
      if (modifier) await sendKeys({ up: modifier });
      await el.updateComplete;
      expect(focusedDay(el), key).to.equal(expected);
    };
    await press('ArrowRight', '2017-03-21');
    await press('ArrowDown', '2017-03-28');
    await press('ArrowLeft', '2017-03-27');
    await press('ArrowUp', '2017-03-20');
    await press('End', '2017-03-26');
    await press('Home', '2017-03-20');
    await press('PageDown', '2017-04-20');
    expect(text(part(el, 'title'))).to.equal('April 2017');
    await press('PageUp', '2017-03-20');
    await press('Shift+PageUp', '2016-03-20');
    await press('Shift+PageDown', '2017-03-20');
    // Off the month's last day into the next month: the focus follows into the new grid.
    await press('ArrowDown', '2017-03-27');
    await press('ArrowDown', '2017-04-03');
    expect(text(part(el, 'title'))).to.equal('April 2017');
    // Tab leaves the grid (one stop), Shift+Tab comes back to the same day.
    await sendKeys({ press: 'Tab' });
    expect(focusedDay(el)).to.not.equal('2017-04-03');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedDay(el)).to.equal('2017-04-03');
  });

  it('flips the arrows in right-to-left languages', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} now="2017-03-20" lang="ar" dir="rtl"></qw-calendar>`);
    cell(el, '2017-03-20').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedDay(el)).to.equal('2017-03-21');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedDay(el)).to.equal('2017-03-20');
  });
});

describe('<qw-calendar> days, events and dialogs', () => {
  it('Enter on a day lists its events in a dialog; Escape closes it and the focus returns', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} now="2017-03-22"></qw-calendar>`);
    cell(el, '2017-03-22').focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const select = await oneEvent(el, 'qw-date-select');
    expect(select.detail).to.deep.equal({
      date: '2017-03-22',
      events: ['voll-1', 'voll-2', 'voll-3', 'voll-4', 'voll-5'],
    });
    await dialogOpened(el);
    expect(text(dialog(el).querySelector('#dialog-title'))).to.equal('Termine am Mittwoch, 22. März 2017');
    expect(dialog(el).querySelectorAll('[part~=day-list] button').length).to.equal(5);
    expect(root(el).activeElement).to.equal(dialog(el).querySelector('.close'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await dialogClosed(el);
    expect(focusedDay(el)).to.equal('2017-03-22');
  });

  it('a full day shows "+N weitere", which reveals all its events', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    const more = cell(el, '2017-03-22').querySelector<HTMLButtonElement>('[part~=more]')!;
    expect(more.getAttribute('aria-label')).to.equal('+2 weitere');
    expect(eventsIn(el, '2017-03-22')).to.deep.equal(['voll-1', 'voll-2', 'voll-3']);
    more.click();
    await dialogOpened(el);
    expect([...dialog(el).querySelectorAll<HTMLElement>('[data-id]')].map((b) => b.dataset.id)).to.deep.equal([
      'voll-1',
      'voll-2',
      'voll-3',
      'voll-4',
      'voll-5',
    ]);
    await expect(el).to.be.accessible();
    // From the list to one event's details, and closing returns to "+N weitere".
    dialog(el).querySelector<HTMLElement>('[data-id=voll-4]')!.click();
    await waitUntil(() => dialog(el).querySelector('qw-event-card'));
    (dialog(el).querySelector('.close') as HTMLElement).click();
    await dialogClosed(el);
    expect(root(el).activeElement).to.equal(more);
  });

  it('choosing an event opens its details with the event card and fires qw-event-select', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    const bar = cell(el, '2017-03-20').querySelector<HTMLElement>('[data-id=konferenz]')!;
    setTimeout(() => bar.click());
    const select = await oneEvent(el, 'qw-event-select');
    expect(select.detail.id).to.equal('konferenz');
    expect(select.detail.event.title).to.equal('Kommunalkonferenz');
    await dialogOpened(el);
    const card = dialog(el).querySelector('qw-event-card')!;
    await waitUntil(() => part(card, 'base'));
    expect(text(part(card, 'title'))).to.equal('Kommunalkonferenz');
    expect(text(part(card, 'date'))).to.equal('Montag, 20. März 2017, 10:30–17:00 Uhr');
    expect(part(card, 'title')!.getAttribute('aria-level')).to.equal('2');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await dialogClosed(el);
    expect(root(el).activeElement).to.equal(bar);
  });

  it('lets the page handle a choice itself: preventDefault keeps the dialog closed', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    el.addEventListener('qw-event-select', (event) => event.preventDefault());
    cell(el, '2017-03-20').querySelector<HTMLElement>('[data-id=konferenz]')!.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
  });
});

describe('<qw-calendar> filtering and small containers', () => {
  it('filters by tags and programme, and by tag chips a visitor presses', async () => {
    const tagged = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" tags="Wohnen"></qw-calendar>`);
    expect(eventsIn(tagged, '2017-03-20')).to.deep.equal([]);
    expect(eventsIn(tagged, '2017-03-09')).to.deep.equal(['fachtag']);
    const programme = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" programme="soziale-stadt"></qw-calendar>`);
    expect(eventsIn(programme, '2017-03-20')).to.deep.equal(['konferenz']);

    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" show-filter></qw-calendar>`);
    await chipsShown(el);
    const chips = [...root(el).querySelectorAll<HTMLButtonElement>('[part~=chip]')];
    expect(chips.map((chip) => text(chip.querySelector('[dir]')))).to.deep.equal(['Integration', 'Klima', 'Wohnen']);
    chips[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips[1]!.getAttribute('aria-pressed')).to.equal('true');
    expect(eventsIn(el, '2017-03-20')).to.deep.equal([]);
    expect(eventsIn(el, '2017-03-27')).to.deep.equal(['woche']);
    await expect(el).to.be.accessible();
    chips[1]!.click();
    await el.updateComplete;
    expect(eventsIn(el, '2017-03-20')).to.deep.equal(['lange', 'konferenz']);
  });

  it("offers the shown month's tags with their counts under a visible label, and keeps a chosen tag the next month lacks", async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" show-filter></qw-calendar>`);
    await chipsShown(el);
    const group = part(el, 'filter')!;
    expect(root(el).getElementById(group.getAttribute('aria-labelledby')!)?.textContent).to.equal('Nach Thema filtern');
    const chips = () =>
      [...root(el).querySelectorAll<HTMLButtonElement>('[part~=chip]')].map((chip) => ({
        tag: text(chip.querySelector('[dir]')),
        count: text(chip.querySelector('[part~=chip-count]')),
        pressed: chip.getAttribute('aria-pressed'),
        hidden: text(chip.querySelector('.visually-hidden')),
      }));
    // March: the cancelled meeting counts too (it is shown, with its badge); "vorher" reaches into March from February.
    expect(chips().map(({ tag, count }) => `${tag} ${count}`)).to.deep.equal(['Integration 2', 'Klima 1', 'Wohnen 2']);
    expect(chips()[1]!.hidden, 'what a screen reader says after the tag').to.equal('1 Termin');
    root(el).querySelectorAll<HTMLButtonElement>('[part~=chip]')[2]!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part~=next]')!.click();
    await el.updateComplete;
    // April has only the week of climate events; the chosen "Wohnen" stays, with none, so it can be let go.
    expect(chips().map(({ tag, count, pressed }) => `${tag} ${count} ${pressed}`)).to.deep.equal(['Klima 1 false', 'Wohnen 0 true']);
  });

  it('puts the chips in one row that scrolls sideways in a narrow container, the widget no wider than it', async () => {
    const container = await fixture<HTMLElement>(
      html`<div style="width: 320px"><qw-calendar feed=${FEED} month="2017-03" show-filter lang="en"></qw-calendar></div>`,
    );
    const el = container.querySelector('qw-calendar')!;
    await waitUntil(() => part(el, 'agenda') && part(el, 'filter'), 'no agenda with chips at 320 px');
    const row = root(el).querySelector<HTMLElement>('.chips')!;
    const chips = [...row.querySelectorAll<HTMLElement>('[part~=chip]')];
    expect(new Set(chips.map((chip) => Math.round(chip.getBoundingClientRect().top))).size, 'chips on one row').to.equal(1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(part(el, 'base')!.scrollWidth, 'nothing overflows the widget').to.be.at.most(part(el, 'base')!.clientWidth);
  });

  it('builds only the layout that fits its width, and follows its container', async () => {
    const container = await fixture<HTMLElement>(
      html`<div style="width: 900px"><qw-calendar feed=${FEED} month="2017-03"></qw-calendar></div>`,
    );
    const el = container.querySelector('qw-calendar')!;
    await waitUntil(() => part(el, 'grid'), 'no grid in a wide container');
    expect(part(el, 'agenda')).to.equal(null);
    // Narrower: the agenda replaces the grid in the frame that lays out the new width (the
    // observer reports only there), so by the next frame's start it is in place.
    container.style.width = '320px';
    await nextFrame();
    await nextFrame();
    expect(part(el, 'grid')).to.equal(null);
    expect(part(el, 'agenda')!.querySelectorAll('[data-id]').length).to.be.greaterThan(0);
    // Hidden (a closed tab panel), it keeps its layout; shown wide again, the grid is back.
    container.style.display = 'none';
    await nextFrame();
    await nextFrame();
    expect(part(el, 'agenda')).not.to.equal(null);
    container.style.display = '';
    container.style.width = '900px';
    await waitUntil(() => part(el, 'grid'), 'the grid did not come back');
    expect(part(el, 'agenda')).to.equal(null);
    // The breakpoint: a calendar 36em of its own text wide.
    const em = parseFloat(getComputedStyle(el).fontSize);
    container.style.width = `${36 * em}px`;
    await waitUntil(() => part(el, 'agenda'), 'no agenda at 36em');
    container.style.width = `${36 * em + 1}px`;
    await waitUntil(() => part(el, 'grid'), 'no grid above 36em');
  });

  describe('on a theme that sets its root to 62.5 % (10 px) and gives the body its 16 px again', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = 'html { font-size: 62.5%; } body { font-size: 16px; }';
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('puts its chips in one scrolling row at 30em of its own text', async () => {
      // 440 px is 27.5em of the calendar's 16 px text, though 44rem of the page's 10 px root.
      const container = await fixture<HTMLElement>(
        html`<div style="width: 440px"><qw-calendar feed=${FEED} month="2017-03" show-filter lang="en"></qw-calendar></div>`,
      );
      const el = container.querySelector('qw-calendar')!;
      await waitUntil(() => part(el, 'filter'), 'no chips');
      expect(getComputedStyle(root(el).querySelector('.chips')!).flexWrap).to.equal('nowrap');
    });

    it('counts its breakpoint in its own text', async () => {
      const container = await fixture<HTMLElement>(
        html`<div style="width: 500px"><qw-calendar feed=${FEED} month="2017-03"></qw-calendar></div>`,
      );
      const el = container.querySelector('qw-calendar')!;
      // 500 px is 31em of its 16 px text: a list, though it is 50rem of the page's root.
      await waitUntil(() => part(el, 'agenda'), 'no agenda at 31em of its own text');
      await nextFrame();
      await nextFrame();
      expect(part(el, 'grid')).to.equal(null);
      container.style.width = '600px';
      await waitUntil(() => part(el, 'grid'), 'no grid at 37.5em of its own text');
    });
  });

  it('becomes an agenda of the days with events in a narrow container', async () => {
    const container = await fixture<HTMLElement>(
      html`<div style="width: 320px"><qw-calendar feed=${FEED} month="2017-03"></qw-calendar></div>`,
    );
    const el = container.querySelector('qw-calendar')!;
    await waitUntil(() => part(el, 'agenda'), 'no agenda in a narrow container');
    // Only the layout that fits is built.
    expect(root(el).querySelector('table')).to.equal(null);
    const agenda = part(el, 'agenda')!;
    const days = [...agenda.querySelectorAll('.agenda-date')].map(text);
    expect(days[0]).to.equal('Mittwoch, 1. März 2017');
    expect(days).to.include('Freitag, 31. März 2017');
    // Every event is a button in the page's tab order.
    const first = agenda.querySelector<HTMLButtonElement>('[data-id]')!;
    expect(first.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
    first.focus();
    await sendKeys({ press: 'Enter' });
    await dialogOpened(el);
    await sendKeys({ press: 'Escape' });
    await dialogClosed(el);
    expect(root(el).activeElement).to.equal(first);
  });
});

describe('<qw-calendar> a day of many events', () => {
  it('lists a long day in pages of 50, by keyboard, with the focus on the first new event', async () => {
    const key = `long-day-${Date.now()}`;
    const events = Array.from({ length: 120 }, (_, i) => ({
      id: `e${i}`,
      title: `Sprechstunde ${i + 1}`,
      start: `2017-03-20T${String(8 + (i % 10)).padStart(2, '0')}:00`,
    }));
    await fetch(`/api/stored?key=${key}`, { method: 'POST', body: JSON.stringify({ version: 1, events }) });
    const el = await calendar(
      html`<qw-calendar feed="/api/stored?key=${key}" month="2017-03" now="2017-03-20T09:00"></qw-calendar>`,
    );
    const more = cell(el, '2017-03-20').querySelector<HTMLElement>('[part~=more]')!;
    expect(more.getAttribute('aria-label')).to.equal('+117 weitere');
    // The grid's one tab stop is today.
    root(el).querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
    expect(focusedDay(el)).to.equal('2017-03-20');
    await sendKeys({ press: 'Enter' });
    await dialogOpened(el);
    const listed = () => [...dialog(el).querySelectorAll<HTMLElement>('[part~=day-list] [data-id]')];
    expect(listed().length).to.equal(50);
    const showMore = () => dialog(el).querySelector<HTMLElement>('[part~=show-more]');
    expect(text(showMore())).to.equal('50 weitere anzeigen');
    await expect(el).to.be.accessible();
    showMore()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listed().length === 100, 'the second page did not come');
    expect(root(el).activeElement).to.equal(listed()[50]);
    expect(text(showMore())).to.equal('20 weitere anzeigen');
    showMore()!.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => listed().length === 120, 'the last page did not come');
    expect(root(el).activeElement).to.equal(listed()[100]);
    expect(showMore()).to.equal(null);
    // Every event of the day, each once, in the day's order.
    expect(new Set(listed().map((button) => button.dataset.id)).size).to.equal(120);
    // Opened again, the list starts at its first page.
    await sendKeys({ press: 'Escape' });
    await dialogClosed(el);
    expect(focusedDay(el)).to.equal('2017-03-20');
    await sendKeys({ press: 'Enter' });
    await dialogOpened(el);
    expect(listed().length).to.equal(50);
  });
});

describe('<qw-calendar> add to calendar', () => {
  const vevents = (ics: string) => {
    const file = new ICAL.Component(ICAL.parse(ics));
    // As a calendar app does: the file's zones first, then its times.
    for (const zone of file.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    return file.getAllSubcomponents('vevent');
  };

  it('downloads one event as .ics that a real parser reads back as the feed says', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    cell(el, '2017-03-20').querySelector<HTMLElement>('[data-id=konferenz]')!.click();
    await dialogOpened(el);
    const [ics] = await downloads(() => (dialog(el).querySelector('[part~=add-to-calendar]') as HTMLElement).click());
    const [event] = vevents(ics!);
    expect(event!.getFirstPropertyValue('summary')).to.equal('Kommunalkonferenz');
    expect(event!.getFirstPropertyValue('description')).to.equal('Austausch, Vernetzung; Praxis');
    expect(event!.getFirstPropertyValue('location')).to.equal('Kongresszentrum, Dortmund');
    const start = event!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([start.toString(), start.zone?.tzid]).to.deep.equal(['2017-03-20T10:30:00', 'Europe/Berlin']);
    expect(start.toJSDate().toISOString()).to.equal('2017-03-20T09:30:00.000Z');
    expect((event!.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).to.equal(
      '2017-03-20T16:00:00.000Z',
    );
    expect(event!.getFirstPropertyValue('uid')).to.equal(`konferenz@${location.host}`);
    expect(event!.getFirstPropertyValue('dtstamp')).to.not.equal(null);
  });

  it('downloads the month without its cancelled events', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    expect(root(el).querySelector('[data-id=abgesagt]')).to.not.equal(null);
    const [ics] = await downloads(() => (part(el, 'download-month') as HTMLElement).click());
    const uids = vevents(ics!).map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids).to.include(`konferenz@${location.host}`);
    expect(uids).to.not.include(`abgesagt@${location.host}`);
  });

  it('downloads the filtered month with every event of it', async () => {
    const el = await calendar(html`<qw-calendar feed=${FEED} month="2017-03" tags="Wohnen, Klima"></qw-calendar>`);
    const [ics] = await downloads(() => (part(el, 'download-month') as HTMLElement).click());
    const events = vevents(ics!);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).to.have.members(
      ['vorher', 'fachtag', 'woche'].map((id) => `${id}@${location.host}`),
    );
    const week = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('woche'))!;
    // All-day: a date, and the end the day after the feed's inclusive last day.
    expect(String(week.getFirstPropertyValue('dtstart'))).to.equal('2017-03-27');
    expect(String(week.getFirstPropertyValue('dtend'))).to.equal('2017-04-03');
  });
});
