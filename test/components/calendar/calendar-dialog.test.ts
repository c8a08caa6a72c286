// The calendar's dialog as a visitor uses it: a day's list, one event's details and the way
// back, closing by the backdrop, and the same clock time in the list and in the details.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../../src/components/calendar/calendar.component.js';
import { part, renderSettled, text } from '../../helpers.js';

const FEED = '/test/fixtures/calendar.json';
const root = (el: QwCalendar) => el.shadowRoot!;
const dialog = (el: QwCalendar) => root(el).querySelector('dialog')!;
const more = (el: QwCalendar) => root(el).querySelector<HTMLElement>('td [part~=more]')!;
const heading = (el: QwCalendar) => dialog(el).querySelector<HTMLElement>('#dialog-title')!;
const focused = (el: QwCalendar) => root(el).activeElement as HTMLElement | null;

async function openDayList(el: QwCalendar) {
  more(el).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialog(el).open && dialog(el).querySelector('[part~=day-list]'), 'the day list did not open');
}

async function openEventFromList(el: QwCalendar, id: string) {
  dialog(el).querySelector<HTMLElement>(`[part~=day-list] [data-id=${id}]`)!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialog(el).querySelector('qw-event-card'), 'the event did not open');
  const card = dialog(el).querySelector('qw-event-card')!;
  await waitUntil(() => part(card, 'base'), 'the card did not render');
  return card;
}

describe('<qw-calendar> dialog', () => {
  it("heads an event's details with its title and shows the card borderless, without repeating the title", async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    await openDayList(el);
    const card = await openEventFromList(el, 'voll-1');
    expect(text(heading(el))).to.equal(text(part(card, 'title')));
    expect([heading(el).getAttribute('role'), heading(el).getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
    expect(heading(el).checkVisibility()).to.equal(true);
    expect(part(card, 'title')!.checkVisibility()).to.equal(false);
    const base = getComputedStyle(part(card, 'base')!);
    expect([base.borderTopStyle, base.paddingTop]).to.deep.equal(['none', '0px']);
    await expect(el).to.be.accessible();
  });

  it('leads back from an event to the day it was opened from, with the focus on that event', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    const opener = more(el);
    await openDayList(el);
    await openEventFromList(el, 'voll-4');
    const back = dialog(el).querySelector<HTMLElement>('[part~=back]')!;
    expect(text(back)).to.equal('Zurück');
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).querySelector('[part~=day-list]'), 'the day list did not come back');
    expect(text(heading(el))).to.equal('Termine am Mittwoch, 22. März 2017');
    expect(focused(el)?.dataset.id).to.equal('voll-4');
    // The way back ends where the visitor came in.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'the dialog did not close');
    await waitUntil(() => focused(el) === opener, 'the focus did not return to "+N weitere"');
  });

  it('has no way back for an event opened from the grid', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    root(el).querySelector<HTMLElement>('[data-id=konferenz]')!.click();
    await waitUntil(() => dialog(el).querySelector('qw-event-card'), 'the event did not open');
    expect(dialog(el).querySelector('[part~=back]')).to.equal(null);
    expect(text(heading(el))).to.equal('Kommunalkonferenz');
  });

  it('closes on a click on the backdrop, not on a click inside its box', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    await openDayList(el);
    const box = dialog(el).getBoundingClientRect();
    // Inside the box, on its padding (the click reaches the dialog element itself there).
    await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.top + 4)] });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    // Outside the box: the backdrop.
    await sendMouse({ type: 'click', position: [Math.round(box.left / 2), Math.round(box.bottom + 8)] });
    await waitUntil(() => !dialog(el).open, 'a click on the backdrop did not close the dialog');
  });

  it("writes a start time alike in the day's list and in the event's details", async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    await openDayList(el);
    const listed = text(dialog(el).querySelector('[part~=day-list] [data-id=voll-1] .time'));
    expect(listed).to.equal('09:00');
    const card = await openEventFromList(el, 'voll-1');
    expect(text(part(card, 'date'))).to.contain(`, ${listed}`);
  });
});
