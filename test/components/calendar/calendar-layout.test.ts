// What a visitor sees of the calendar at real widths: titles readable, bars whole, nothing overflowing.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../../src/components/calendar/calendar.component.js';
import { text } from '../../helpers.js';

const FEED = '/test/fixtures/calendar-visitor.json';
const root = (el: QwCalendar) => el.shadowRoot!;
const cell = (el: QwCalendar, iso: string) =>
  root(el).querySelector<HTMLElement>(`td[data-day="${Date.parse(`${iso}T00:00Z`) / 86_400_000}"]`)!;
const eventsIn = (el: QwCalendar, iso: string) =>
  [...cell(el, iso).querySelectorAll<HTMLElement>('[data-id]')].map((bar) => bar.dataset.id);

/** Renders a calendar inside a box of the given width and waits until grid or list is drawn. */
async function render(width: number, template: ReturnType<typeof html>): Promise<QwCalendar> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = box.querySelector<QwCalendar>('qw-calendar')!;
  // Events drawn, not the empty month that holds the place while the feed loads.
  await waitUntil(() => root(el).querySelector('[part~=grid] [data-id], [part~=agenda] [data-id]'), 'the calendar drew no events', {
    timeout: 5000,
  });
  // The width is measured in the frame after the first render; the layout that fits follows it.
  await nextFrame();
  await el.updateComplete;
  return el;
}

/**
 * How many characters of a bar's title a visitor can read: those drawn wholly inside the
 * bar's box and its label's clip, less the room an ellipsis takes on the last visible line.
 */
function readableCharacters(bar: HTMLElement): number {
  const title = bar.querySelector('.title')!;
  const label = bar.querySelector('.label') ?? bar;
  // The title may clip itself (its overflow hidden), inside the label and the bar.
  const boxes = [bar, label, ...(getComputedStyle(title).overflow === 'hidden' ? [title] : [])].map((node) => node.getBoundingClientRect());
  const left = Math.max(...boxes.map((b) => b.left)) - 0.5;
  const right = Math.min(...boxes.map((b) => b.right)) + 0.5;
  const top = Math.max(...boxes.map((b) => b.top)) - 0.5;
  const bottom = Math.min(...boxes.map((b) => b.bottom)) + 0.5;
  const textNode = [...title.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
  const range = document.createRange();
  const inside: DOMRect[] = [];
  for (let i = 0; i < textNode.textContent!.length; i++) {
    range.setStart(textNode, i);
    range.setEnd(textNode, i + 1);
    const rect = range.getBoundingClientRect();
    if (rect.left >= left && rect.right <= right && rect.top >= top && rect.bottom <= bottom) inside.push(rect);
  }
  if (inside.length === textNode.textContent!.length) return inside.length;
  // A title that has lost its start shows nothing a visitor can read as its title.
  range.setStart(textNode, 0);
  range.setEnd(textNode, 1);
  if (!inside.includes(range.getBoundingClientRect()) && !inside.some((rect) => sameRect(rect, range.getBoundingClientRect()))) return 0;
  // Truncated: the ellipsis covers up to 1em at the end of the last visible line.
  const em = parseFloat(getComputedStyle(label).fontSize);
  const lastTop = Math.max(...inside.map((rect) => rect.top));
  const rtl = getComputedStyle(title).direction === 'rtl';
  return inside.filter((rect) => rect.top < lastTop - 1 || (rtl ? rect.left >= left + em : rect.right <= right - em)).length;
}

const sameRect = (a: DOMRect, b: DOMRect) => a.left === b.left && a.top === b.top && a.width === b.width;

const singleDayBars = (el: QwCalendar) =>
  [...root(el).querySelectorAll<HTMLElement>('td:not(.outside) .bar')].filter(
    (bar) => !bar.matches('.open-start, .open-end, .continues-before, .continues-after'),
  );

describe('<qw-calendar> at real widths', () => {
  it('shows every piece of a multi-day bar with its title inside its own box, in each week row', async () => {
    const el = await render(1000, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00"></qw-calendar>`);
    // 9–14 March: a piece in the row of the 6th and one in the row of the 13th.
    for (const iso of ['2017-03-09', '2017-03-13']) {
      const bar = cell(el, iso).querySelector<HTMLElement>('[data-id=ausstellung]')!;
      const label = bar.querySelector<HTMLElement>('.label')!;
      expect(label, `${iso} has a visible title`).to.not.equal(null);
      const barBox = bar.getBoundingClientRect();
      const labelBox = label.getBoundingClientRect();
      expect(labelBox.top, `${iso}: the title starts inside the bar`).to.be.at.least(barBox.top - 0.5);
      expect(labelBox.bottom, `${iso}: the title ends inside the bar`).to.be.at.most(barBox.bottom + 0.5);
      expect(readableCharacters(bar), `${iso}: characters of the title readable`).to.be.at.least(8);
    }
  });

  it("shows the neighbouring months' days with their events, dimmed, and opens them", async () => {
    const el = await render(1000, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00"></qw-calendar>`);
    expect(eventsIn(el, '2017-02-27')).to.deep.equal(['nachbarschaftstreff']);
    expect(eventsIn(el, '2017-04-01')).to.deep.equal(['klimawoche', 'fruehlingsmarkt']);
    // The bar runs on into April in the same lane, its April piece titled and dimmed.
    expect(eventsIn(el, '2017-04-02')).to.deep.equal(['klimawoche']);
    const march = cell(el, '2017-03-31').querySelector<HTMLElement>('[data-id=klimawoche]')!;
    const april = cell(el, '2017-04-01').querySelector<HTMLElement>('[data-id=klimawoche]')!;
    expect(april.getBoundingClientRect().top).to.equal(march.getBoundingClientRect().top);
    expect(readableCharacters(april)).to.be.at.least(8);
    expect(getComputedStyle(april).backgroundColor).to.not.equal(getComputedStyle(march).backgroundColor);
    await expect(el).to.be.accessible();
    // The month's download and count stay the month's own.
    expect(text(cell(el, '2017-02-27').querySelector('.visually-hidden'))).to.equal('Montag, 27. Februar 2017, 1 Termin');
    cell(el, '2017-04-01').querySelector<HTMLElement>('[data-id=fruehlingsmarkt]')!.click();
    await waitUntil(() => root(el).querySelector('dialog')!.open, 'the event did not open');
    expect(root(el).querySelector('dialog qw-event-card')!.getAttribute('event')).to.equal('fruehlingsmarkt');
  });

  for (const lang of ['de', 'en-US']) {
    it(`at 700 px shows at least 8 characters of every single-day title, or all of it (${lang})`, async () => {
      const el = await render(700, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00" lang=${lang}></qw-calendar>`);
      expect(root(el).querySelector('[part~=grid]'), 'a grid at 700 px').to.not.equal(null);
      const bars = singleDayBars(el);
      expect(bars.length).to.be.at.least(10);
      const short = bars
        .map((bar) => ({ title: bar.title, readable: readableCharacters(bar), length: text(bar.querySelector('.title')).length }))
        .filter(({ readable, length }) => readable < Math.min(8, length));
      expect(short, 'bars showing fewer than 8 characters').to.deep.equal([]);
    });
  }

  it('marks every text from the feed with dir="auto", so German titles keep their start in Arabic', async () => {
    const el = await render(1000, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00" lang="ar" show-filter></qw-calendar>`);
    const titles = [...root(el).querySelectorAll('.title, [part~=chip] > [dir]')];
    expect(titles.length).to.be.at.least(20);
    expect(titles.filter((node) => node.getAttribute('dir') !== 'auto').map((node) => text(node))).to.deep.equal([]);
    const bar = cell(el, '2017-03-02').querySelector<HTMLElement>('[data-id=sprechstunde]')!;
    expect(readableCharacters(bar), 'characters from the start of the title').to.be.at.least(8);
  });

  it('writes start times short on bars and gives every bar its full title as tooltip and name', async () => {
    const el = await render(700, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00"></qw-calendar>`);
    const bar = cell(el, '2017-03-06').querySelector<HTMLElement>('[data-id=spielplatz]')!;
    expect(text(bar.querySelector('.time'))).to.equal('9:30');
    expect(text(cell(el, '2017-03-02').querySelector('[data-id=sprechstunde] .time'))).to.equal('9');
    expect(bar.title).to.equal('Bürgerbeteiligung Spielplatz Lindenstraße');
    expect(text(bar)).to.include('Bürgerbeteiligung Spielplatz Lindenstraße');
    const us = await render(700, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00" lang="en-US"></qw-calendar>`);
    expect(text(cell(us, '2017-03-07').querySelector('[data-id=konferenz] .time'))).to.equal('6p');
  });

  it('takes view="list" or view="month" over the choice by width', async () => {
    const list = await render(1000, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00" view="list"></qw-calendar>`);
    expect(root(list).querySelector('[part~=agenda]')).to.not.equal(null);
    expect(root(list).querySelector('[part~=grid]')).to.equal(null);
    const month = await render(400, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00" view="month"></qw-calendar>`);
    expect(root(month).querySelector('[part~=grid]')).to.not.equal(null);
    const byWidth = await render(400, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00"></qw-calendar>`);
    expect(root(byWidth).querySelector('[part~=agenda]')).to.not.equal(null);
  });

  for (const lang of ['de', 'ar']) {
    it(`lets nothing overflow at 320 px, long words and addresses in titles included (${lang})`, async () => {
      const el = await render(320, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00" lang=${lang} show-filter></qw-calendar>`);
      const box = el.getBoundingClientRect();
      expect(box.width).to.be.at.most(320);
      const base = root(el).querySelector<HTMLElement>('[part~=base]')!;
      expect(base.scrollWidth, 'the calendar scrolls sideways').to.be.at.most(base.clientWidth);
      const wider = [...root(el).querySelectorAll<HTMLElement>('[part~=base] *')]
        .filter((node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden'))
        // The chips' row scrolls sideways by design: it must fit (it is checked), its chips may run on inside it.
        .filter((node) => !node.parentElement?.closest('.chips'))
        .filter((node) => {
          const rect = node.getBoundingClientRect();
          return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
        })
        .map((node) => `${node.localName}.${node.className}: ${text(node).slice(0, 40)}`);
      expect(wider, 'elements beyond the calendar').to.deep.equal([]);
    });
  }

  it("breaks a multi-day event's line after the comma before its dates, never before it", async () => {
    const el = await render(320, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00"></qw-calendar>`);
    const box = el.parentElement!;
    const startsALine: string[] = [];
    // At some width between these the dates no longer fit after the title; the comma must stay behind.
    for (let width = 200; width <= 320; width += 4) {
      box.style.width = `${width}px`;
      await nextFrame();
      await el.updateComplete;
      for (const dates of root(el).querySelectorAll<HTMLElement>('[part~=agenda] .dates')) {
        const comma = document.createRange();
        comma.selectNodeContents(dates);
        comma.setEnd(dates.firstChild!, 1);
        const line = dates.closest('[data-id]')!.getBoundingClientRect();
        const left = comma.getBoundingClientRect().left;
        const padding = parseFloat(getComputedStyle(dates.closest('[data-id]')!).paddingInlineStart);
        if (Math.abs(left - (line.left + padding)) < 1) startsALine.push(`${width}px: ${text(dates)}`);
      }
    }
    expect(startsALine, 'lines that begin with the comma').to.deep.equal([]);
  });

  it('fits three bars in a full day and puts "+N" beside its number; every control is at least 24×24 px', async () => {
    const el = await render(1000, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00"></qw-calendar>`);
    // Six events on the 23rd: three bars, the other three behind "+3".
    expect(eventsIn(el, '2017-03-23')).to.deep.equal(['termin-1', 'termin-2', 'termin-3']);
    const more = cell(el, '2017-03-23').querySelector<HTMLElement>('[part~=more]')!;
    expect(more.getAttribute('aria-label')).to.equal('+3 weitere');
    const list = await render(320, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-01T08:00"></qw-calendar>`);
    const tooSmall = [el, list].flatMap((calendar) =>
      [...root(calendar).querySelectorAll<HTMLElement>('button, [tabindex="0"]')]
        .filter((control) => control.getClientRects().length > 0)
        .map((control) => ({ control, rect: control.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width < 24 || rect.height < 24)
        .map(({ control, rect }) => `${control.getAttribute('part')} ${Math.round(rect.width)}×${Math.round(rect.height)}`),
    );
    expect(tooSmall, 'targets under 24×24 px').to.deep.equal([]);
  });

  it('lists from today on, earlier days behind "Frühere Termine", today marked, a multi-day event once with its dates', async () => {
    const el = await render(320, html`<qw-calendar feed=${FEED} month="2017-03" now="2017-03-20T09:00"></qw-calendar>`);
    const dates = () => [...root(el).querySelectorAll('[part~=agenda-date]')].map((date) => text(date));
    expect(dates()[0]).to.equal('Montag, 20. März 2017');
    expect(root(el).querySelector('[part~=agenda] > li')!.getAttribute('aria-current')).to.equal('date');
    expect(root(el).querySelector('[part~=agenda-date]')!.getAttribute('part')).to.equal('agenda-date day-today');
    const earlier = root(el).querySelector<HTMLButtonElement>('[part~=show-earlier]')!;
    expect(text(earlier)).to.equal('Frühere Termine');
    earlier.click();
    await el.updateComplete;
    expect(dates()[0]).to.equal('Donnerstag, 2. März 2017');
    expect(root(el).querySelector('[part~=show-earlier]')).to.equal(null);
    const shownOnce = (id: string) => [...root(el).querySelectorAll(`[part~=agenda] [data-id=${id}]`)].map((button) => text(button));
    expect(shownOnce('ausstellung')).to.deep.equal(['ganztägig Ausstellung Stadtgeschichte im Rathaus, 9.–14. März']);
    expect(shownOnce('klimawoche')).to.deep.equal(['ganztägig Aktionswoche Klimaschutz im Quartier, 30. März – 4. April']);
    expect(dates()).to.not.include('Freitag, 10. März 2017');
    await expect(el).to.be.accessible();
  });
});
