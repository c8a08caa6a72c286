import { expect, html } from '@open-wc/testing';
import '../../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../../src/components/calendar/calendar.component.js';
import { part, renderSettled, text } from '../../helpers.js';

// Runs in a browser whose clock is in America/New_York (see web-test-runner.config.mjs).
const FEED = '/test/fixtures/calendar.json';
const cell = (el: QwCalendar, iso: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`td[data-day="${Date.parse(iso) / 86_400_000}"]`)!;
const eventsIn = (el: QwCalendar, iso: string) =>
  [...cell(el, iso).querySelectorAll<HTMLElement>('[data-id]')].map((bar) => bar.dataset.id);

describe('<qw-calendar> for a visitor in New York', () => {
  it('places events on the days of their own zone, not the visitor\'s', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed=${FEED} month="2017-03"></qw-calendar>`);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    // 00:30 in Berlin on the 26th is still the 25th in New York; the calendar keeps the event's day.
    expect(eventsIn(el, '2017-03-26')).to.deep.equal(['nachts-utc', 'zeitumstellung']);
    expect(eventsIn(el, '2017-03-25')).to.deep.equal([]);
    expect(text(cell(el, '2017-03-26').querySelector('[data-id=nachts-utc]'))).to.equal('0:30 Livestream');
    expect(eventsIn(el, '2017-03-31')).to.deep.equal(['woche', 'new-york']);
    // All-day events never shift.
    expect(eventsIn(el, '2017-03-08')).to.deep.equal(['fachtag']);
  });

  it('marks the visitor\'s today: 03:00 in Berlin is the evening before in New York', async () => {
    const el = await renderSettled<QwCalendar>(html`<qw-calendar feed=${FEED} now="2017-03-20T03:00"></qw-calendar>`);
    expect(text(part(el, 'title'))).to.equal('März 2017');
    expect(cell(el, '2017-03-19').getAttribute('aria-current')).to.equal('date');
    expect(cell(el, '2017-03-19').tabIndex).to.equal(0);
  });
});
