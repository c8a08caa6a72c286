import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/deadline-countdown/deadline-countdown.js';
import type { QwDeadlineCountdown } from '../../../src/components/deadline-countdown/deadline-countdown.component.js';
import type { QwDeadlineReachedEvent } from '../../../src/events/feed-events.js';
import { sharedClock } from '../../../src/time/clock.js';
import { settleRendering, useControlledTime } from '../../clock.js';
import { linksReachedByTab, part, renderSettled, settled, text } from '../../helpers.js';

const FEED = '/test/fixtures/calls.json';
const countdown = (template: ReturnType<typeof html>) => renderSettled<QwDeadlineCountdown>(template);
const state = (el: Element) => part(el, 'base')!.className;

describe('<qw-deadline-countdown> in German (visitor in Berlin)', () => {
  it('counts down to the end of a date-only deadline and states it in full', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-07T08:00"></qw-deadline-countdown>`);
    expect(text(part(el, 'title'))).to.equal('Vielfalt in den Zentren');
    expect(text(part(el, 'state'))).to.equal('Bewerbung möglich');
    expect(state(el)).to.equal('open');
    expect(text(part(el, 'time-left'))).to.equal('noch 12 Tage, 15 Stunden');
    expect(text(part(el, 'deadline'))).to.equal('Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr');
    expect(part(el, 'details-link')!.getAttribute('href')).to.equal('https://example.org/difu');
    // The count is a timer (not announced as it changes), never a live region.
    expect(part(el, 'time-left')!.getAttribute('role')).to.equal('timer');
    expect(part(el, 'time-left')!.hasAttribute('aria-live')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('counts a day over the spring clock change as one calendar day', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="zeitumstellung" now="2017-03-25T12:00"></qw-deadline-countdown>`);
    expect(text(part(el, 'time-left'))).to.equal('noch 1 Tag, 11 Stunden');
  });

  it('marks a call closing soon (fewer than 7 days by default) and takes its own threshold', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-15T08:00"></qw-deadline-countdown>`);
    expect(state(el)).to.equal('soon');
    expect(text(part(el, 'state'))).to.equal('Frist endet bald');
    await expect(el).to.be.accessible();
    el.soon = 3;
    await el.updateComplete;
    expect(state(el)).to.equal('open');
  });

  it('says when the deadline has passed', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-20T00:00"></qw-deadline-countdown>`);
    expect(state(el)).to.equal('expired');
    expect(text(part(el, 'state'))).to.equal('Frist abgelaufen');
    expect(part(el, 'time-left')).to.equal(null);
    expect(text(part(el, 'deadline'))).to.equal('Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr');
    await expect(el).to.be.accessible();
  });

  it('says when applications open for a call not open yet', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="mit-start" now="2015-08-15"></qw-deadline-countdown>`);
    expect(state(el)).to.equal('upcoming');
    expect(text(part(el, 'state'))).to.equal('Noch nicht geöffnet');
    expect(text(part(el, 'opens'))).to.equal('Bewerbungen ab Dienstag, 1. September 2015');
    expect(part(el, 'time-left')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains a call whose deadline is missing or invalid, and one that does not exist', async () => {
    for (const call of ['ohne-frist', 'falsche-frist']) {
      const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call=${call}></qw-deadline-countdown>`);
      expect(text(part(el, 'empty'))).to.equal('Für diesen Förderaufruf ist keine gültige Bewerbungsfrist angegeben.');
      await expect(el).to.be.accessible();
    }
    const missing = await countdown(html`<qw-deadline-countdown feed=${FEED} call="gibt-es-nicht"></qw-deadline-countdown>`);
    expect(text(part(missing, 'empty'))).to.contain('wurde nicht gefunden');
    await expect(missing).to.be.accessible();
  });

  it('without call, counts down to the open deadline that comes first', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} now="2015-08-15"></qw-deadline-countdown>`);
    // "mittags" ends at noon on the 19th, before "difu" at midnight; "mit-start" is not open yet.
    expect(text(part(el, 'title'))).to.equal('Frist zur Mittagszeit');
  });

  it('without call, filters by programme and by tags', async () => {
    const byProgramme = await countdown(html`<qw-deadline-countdown feed=${FEED} programme="soziale-stadt" now="2015-08-15"></qw-deadline-countdown>`);
    expect(text(part(byProgramme, 'title'))).to.equal('Projektaufruf Soziale Stadt');
    const byTag = await countdown(html`<qw-deadline-countdown feed=${FEED} tags="integration" now="2015-08-15"></qw-deadline-countdown>`);
    expect(text(part(byTag, 'title'))).to.equal('Vielfalt in den Zentren');
  });

  it('without call, offers the next call to open when none is open yet', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} tags="nichts-passt" now="2015-08-15"></qw-deadline-countdown>`);
    expect(text(part(el, 'empty'))).to.equal('Zurzeit sind keine Bewerbungsfristen offen.');
    await expect(el).to.be.accessible();
    const later = await countdown(html`<qw-deadline-countdown feed=${FEED} now="2016-01-01"></qw-deadline-countdown>`);
    expect(text(part(later, 'title'))).to.equal('Frist nach der Zeitumstellung');
  });

  it('reaches the call\'s link by keyboard', async () => {
    const reached = await linksReachedByTab(
      html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-07T08:00"></qw-deadline-countdown>`,
      1,
    );
    expect(reached).to.deep.equal(['https://example.org/difu']);
  });

  it('has a compact variant whose title links to the call\'s page; its row of links holds only the reminder button', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" compact now="2015-10-07T08:00"></qw-deadline-countdown>`);
    expect(part(el, 'details-link')).to.equal(null);
    expect([...part(el, 'links')!.querySelectorAll('a, button')].map((node) => node.getAttribute('part'))).to.deep.equal(['button calendar-button']);
    const titleLink = part(el, 'title')!.querySelector('a');
    expect(titleLink?.getAttribute('href')).to.equal('https://example.org/difu');
    expect(titleLink?.getAttribute('part')).to.equal('link title-link');
    expect(text(titleLink)).to.equal(text(part(el, 'title')));
    const reached = await linksReachedByTab(
      html`<qw-deadline-countdown feed=${FEED} call="difu" compact now="2015-10-07T08:00"></qw-deadline-countdown>`,
      1,
    );
    expect(reached).to.deep.equal(['https://example.org/difu']);
    expect(text(part(el, 'time-left'))).to.equal('noch 12 Tage, 15 Stunden');
    expect(text(part(el, 'deadline'))).to.contain('19. Oktober 2015');
    await expect(el).to.be.accessible();
  });

  it('shows the loading and error states of the feed', async () => {
    // The server holds the answer until the loading state has been checked.
    await fetch('/api/mode?key=countdown-loading&mode=hold');
    const loading = await fixture<QwDeadlineCountdown>(html`<qw-deadline-countdown feed="/api/feed/calls.json?key=countdown-loading" call="difu"></qw-deadline-countdown>`);
    expect(part(loading, 'loading')!.getAttribute('role')).to.equal('status');
    await fetch('/api/mode?key=countdown-loading&mode=');
    const failed = await countdown(html`<qw-deadline-countdown feed="/api/status/404" call="difu"></qw-deadline-countdown>`);
    expect(part(failed, 'error')!.getAttribute('role')).to.equal('alert');
    await expect(failed).to.be.accessible();
  });
});

describe('<qw-deadline-countdown> in English', () => {
  it('counts and states the deadline in English', async () => {
    const el = await countdown(html`<qw-deadline-countdown lang="en" feed=${FEED} call="difu" now="2015-10-07T08:00"></qw-deadline-countdown>`);
    expect(text(part(el, 'state'))).to.equal('Open for applications');
    expect(text(part(el, 'time-left'))).to.equal('12 days, 15 hours left');
    expect(text(part(el, 'deadline'))).to.equal('Application deadline: Monday, October 19, 2015, 11:59 PM');
    await expect(el).to.be.accessible();
  });

  it('names every state in English', async () => {
    const at = async (call: string, now: string) =>
      text(part(await countdown(html`<qw-deadline-countdown lang="en" feed=${FEED} call=${call} now=${now}></qw-deadline-countdown>`), 'state'));
    expect(await at('difu', '2015-10-15')).to.equal('Closing soon');
    expect(await at('difu', '2015-10-20')).to.equal('Deadline passed');
    expect(await at('mit-start', '2015-08-15')).to.equal('Not open yet');
    const none = await countdown(html`<qw-deadline-countdown lang="en" feed=${FEED} call="ohne-frist"></qw-deadline-countdown>`);
    expect(text(part(none, 'empty'))).to.equal('This funding call has no valid application deadline.');
  });
});

// A widget's `now` runs on from when it was first read, so a count to the minute or second is
// checked on a held clock: otherwise the milliseconds a chunk or the feed takes to arrive show.
describe('<qw-deadline-countdown> counting to the minute (clock held)', () => {
  useControlledTime();

  it('counts a deadline given as a wall-clock time in the feed\'s zone', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="mittags" now="2015-10-19T10:30"></qw-deadline-countdown>`);
    expect(text(part(el, 'time-left'))).to.equal('noch 1 Stunde, 30 Minuten');
    expect(text(part(el, 'deadline'))).to.equal('Bewerbungsfrist: Montag, 19. Oktober 2015, 12:00 Uhr');
  });

  it('shows minutes and seconds in the last hour', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-19T23:30"></qw-deadline-countdown>`);
    expect(text(part(el, 'time-left'))).to.equal('noch 29 Minuten, 59 Sekunden');
  });
});

describe('<qw-deadline-countdown> on the shared clock', () => {
  const time = useControlledTime();

  it('keeps one timer for 20 countdowns and wakes at the next change of the text, not every second', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 20 }, () => html`<qw-deadline-countdown compact feed=${FEED} call="difu" now="2015-10-07T08:00"></qw-deadline-countdown>`)}
    </div>`);
    const countdowns = [...wrapper.querySelectorAll('qw-deadline-countdown')];
    await Promise.all(countdowns.map(settled));
    await settleRendering();
    expect(time().pending).to.equal(1);
    // Days and hours are shown: over ten minutes nothing changes, so nothing wakes.
    expect(await time().advance(10 * 60_000)).to.equal(0);
    // Within the next hour the hours tick once: one wake-up for all 20.
    expect(await time().advance(60 * 60_000)).to.equal(1);
    expect(text(part(countdowns[0]!, 'time-left'))).to.equal('noch 12 Tage, 14 Stunden');
    expect(time().pending).to.equal(1);
  });

  it('fires qw-deadline-reached once and announces the milestones once, politely', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-12T23:00"></qw-deadline-countdown>`);
    const liveRegion = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(text(liveRegion)).to.equal('');
    // At midnight fewer than 7 days are left: closing soon, announced once.
    await time().advance(61 * 60_000);
    expect(state(el)).to.equal('soon');
    expect(text(liveRegion)).to.equal('Frist endet bald: Vielfalt in den Zentren');

    const reached: QwDeadlineReachedEvent[] = [];
    el.addEventListener('qw-deadline-reached', (event) => reached.push(event));
    await time().advance(7 * 24 * 3_600_000);
    expect(state(el)).to.equal('expired');
    expect(reached.length).to.equal(1);
    expect(reached[0]!.detail).to.deep.equal({ call: 'difu', deadline: '2015-10-19T21:59:59.999Z' });
    expect(text(liveRegion)).to.equal('Frist abgelaufen: Vielfalt in den Zentren');
    // After the deadline nothing is left to count: no timer.
    expect(time().pending).to.equal(0);
    await time().advance(3_600_000);
    expect(reached.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('counts seconds in the last hour until the deadline passes', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-19T23:59:57"></qw-deadline-countdown>`);
    expect(text(part(el, 'time-left'))).to.equal('noch 2 Sekunden');
    const fired = oneEvent(el, 'qw-deadline-reached');
    expect(await time().advance(3000)).to.equal(3);
    await fired;
    expect(state(el)).to.equal('expired');
  });

  it('sets no timer while the page is hidden and catches up when it is shown', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-07T08:00"></qw-deadline-countdown>`);
    await settleRendering();
    expect(time().pending).to.equal(1);
    setVisibility('hidden');
    try {
      expect(time().pending).to.equal(0);
      expect(await time().advance(3 * 3_600_000)).to.equal(0);
      expect(text(part(el, 'time-left'))).to.equal('noch 12 Tage, 15 Stunden');
    } finally {
      setVisibility('visible');
    }
    await el.updateComplete;
    expect(text(part(el, 'time-left'))).to.equal('noch 12 Tage, 12 Stunden');
    expect(time().pending).to.equal(1);
  });

  it('sets no timer for a countdown out of view', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="margin-top: 300vh">
      <qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-07T08:00"></qw-deadline-countdown>
    </div>`);
    const el = wrapper.querySelector('qw-deadline-countdown')!;
    await settled(el);
    await waitUntil(() => time().pending === 0, 'the clock kept a timer for a countdown out of view');
    expect(await time().advance(3 * 3_600_000)).to.equal(0);
    el.scrollIntoView();
    await waitUntil(
      () => text(part(el, 'time-left')) === 'noch 12 Tage, 12 Stunden',
      'the countdown did not catch up when scrolled into view',
    );
    expect(time().pending).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('leaves no timer and no watcher behind when removed', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-07T08:00"></qw-deadline-countdown>`);
    await settleRendering();
    expect(time().pending).to.equal(1);
    el.remove();
    expect(time().pending).to.equal(0);
    expect(sharedClock.watched).to.equal(0);
  });
});

/** Sets what `document.visibilityState` reports and tells the page, as a tab switch does. */
function setVisibility(value: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { value, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}
