import { expect, html } from '@open-wc/testing';
import '../../../src/components/event-card/event-card.js';
import type { QwEventCard } from '../../../src/components/event-card/event-card.component.js';
import { part, renderSettled, text } from '../../helpers.js';

const FEED = '/test/fixtures/events.json';

const card = (template: ReturnType<typeof html>) => renderSettled<QwEventCard>(template);

describe('<qw-event-card> seen from New York', () => {
  it('shows a Berlin event at Berlin time and names the zone', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="konferenz"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.equal('Montag, 20. März 2017, 10:30–17:00 Uhr (MEZ)');
    await expect(el).to.be.accessible();
  });

  it('keeps all-day dates on their day', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="mehrtaegig"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.equal('Montag, 27. – Mittwoch, 29. März 2017');
  });

  it('shows a New York event without a zone note: it is the visitor\'s own', async () => {
    const el = await card(html`<qw-event-card feed=${FEED} event="new-york"></qw-event-card>`);
    expect(text(part(el, 'date'))).to.equal('Montag, 20. März 2017, 09:00–10:00 Uhr');
  });

  it('reads now without an offset in the feed\'s zone, not the visitor\'s', async () => {
    // 2017-03-20T16:30 Berlin is still during the conference (until 17:00 Berlin);
    // read in New York time it would be 21:30 Berlin, after it.
    const el = await card(html`<qw-event-card feed=${FEED} now="2017-03-20T16:30"></qw-event-card>`);
    expect(text(part(el, 'title'))).to.equal('Kommunalkonferenz');
  });
});
