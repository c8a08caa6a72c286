import { expect, html } from '@open-wc/testing';
import '../../../src/components/deadline-countdown/deadline-countdown.js';
import type { QwDeadlineCountdown } from '../../../src/components/deadline-countdown/deadline-countdown.component.js';
import { part, renderSettled, text } from '../../helpers.js';

const FEED = '/test/fixtures/calls.json';
const countdown = (template: ReturnType<typeof html>) => renderSettled<QwDeadlineCountdown>(template);

describe('<qw-deadline-countdown> seen from New York', () => {
  it('ends a Berlin date-only deadline at midnight Berlin, 18:00 in New York, and names the zone', async () => {
    // 17:00 in New York is 23:00 in Berlin: one hour left, not seven.
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-19T17:00:00-04:00"></qw-deadline-countdown>`);
    expect(text(part(el, 'time-left'))).to.equal('noch 59 Minuten, 59 Sekunden');
    expect(text(part(el, 'deadline'))).to.equal('Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr (MESZ)');
    await expect(el).to.be.accessible();
  });

  it('shows a New York deadline in the visitor\'s own zone without a note', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="new-york" now="2015-10-19T17:00:00-04:00"></qw-deadline-countdown>`);
    expect(text(part(el, 'time-left'))).to.equal('noch 6 Stunden, 59 Minuten');
    expect(text(part(el, 'deadline'))).to.equal('Bewerbungsfrist: Montag, 19. Oktober 2015, 23:59 Uhr');
  });

  it('has passed for a visitor whose evening is already after midnight in Berlin', async () => {
    const el = await countdown(html`<qw-deadline-countdown feed=${FEED} call="difu" now="2015-10-19T18:30:00-04:00"></qw-deadline-countdown>`);
    expect(part(el, 'base')!.className).to.equal('expired');
  });
});
