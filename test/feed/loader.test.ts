import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { QwEventCard } from '../../src/components/event-card/event-card.component.js';
import type { QwFeedErrorEvent, QwFeedLoadEvent } from '../../src/events/feed-events.js';
import { feedSettings, feedSource, refreshFeed } from '../../src/feed/store.js';
import { serverCount, settled, text } from '../helpers.js';

let keyCounter = 0;
/** A feed URL no other test uses, so the server counts its requests alone. */
const uniqueFeed = (fixtureName = 'events.json', extra = '') =>
  `/api/feed/${fixtureName}?key=${Date.now()}-${++keyCounter}${extra}`;
const keyOf = (url: string) => new URL(url, location.href).searchParams.get('key');
const countFor = (url: string) => serverCount(keyOf(url));
/** Sets how the server answers for this feed (see test/server/test-api.mjs); in place once this resolves. */
const setMode = (url: string, mode: '' | 'hold') => fetch(`/api/mode?key=${keyOf(url)}&mode=${mode}`);

const shadowText = (el: Element) => text(el.shadowRoot);
const loaded = settled;

describe('shared loader', () => {
  it('makes one request for ten widgets on one feed, counted on the server', async () => {
    const url = uniqueFeed();
    const container = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 10 }, (_, i) => html`<qw-event-card feed=${url} event=${i % 2 ? 'konferenz' : 'ganztag'}></qw-event-card>`)}
    </div>`);
    const cards = [...container.querySelectorAll('qw-event-card')];
    await Promise.all(cards.map(loaded));
    expect(cards.every((card) => card.shadowRoot!.querySelector('[part~="title"]'))).to.equal(true);
    expect(await countFor(url)).to.deep.equal({ ok: 1, notModified: 0, failed: 0 });
  });

  it('lets a widget connected later reuse the finished result', async () => {
    const url = uniqueFeed();
    const first = await fixture<QwEventCard>(html`<qw-event-card feed=${url} event="konferenz"></qw-event-card>`);
    await loaded(first);
    const container = document.createElement('div');
    const late = document.createElement('qw-event-card');
    late.feed = url;
    late.event = 'ganztag';
    const loadEvent = oneEvent(container, 'qw-feed-load') as Promise<QwFeedLoadEvent>;
    container.append(late);
    first.parentElement!.append(container);
    const event = await loadEvent;
    expect(event.detail.feed.events.length).to.be.greaterThan(5);
    await loaded(late);
    expect(shadowText(late)).to.contain('Aktionstag');
    expect(await countFor(url)).to.deep.equal({ ok: 1, notModified: 0, failed: 0 });
  });

  it('resolves the same feed written two ways to one request', async () => {
    const url = uniqueFeed();
    const absolute = new URL(url, location.href).href;
    const container = await fixture<HTMLDivElement>(html`<div>
      <qw-event-card feed=${url} event="konferenz"></qw-event-card>
      <qw-event-card feed=${absolute} event="konferenz"></qw-event-card>
    </div>`);
    await Promise.all([...container.querySelectorAll('qw-event-card')].map(loaded));
    expect((await countFor(url)).ok).to.equal(1);
  });

  it('uses the page default from <meta name="quartier-feed">; the element\'s own feed wins', async () => {
    const pageUrl = uniqueFeed();
    const ownUrl = uniqueFeed('english.json');
    const meta = document.createElement('meta');
    meta.name = 'quartier-feed';
    meta.content = pageUrl;
    document.head.append(meta);
    try {
      const container = await fixture<HTMLDivElement>(html`<div>
        <qw-event-card id="page" event="konferenz"></qw-event-card>
        <qw-event-card id="own" feed=${ownUrl} event="conference"></qw-event-card>
      </div>`);
      const page = container.querySelector<QwEventCard>('#page')!;
      const own = container.querySelector<QwEventCard>('#own')!;
      await Promise.all([loaded(page), loaded(own)]);
      expect(shadowText(page)).to.contain('Kommunalkonferenz');
      expect(shadowText(own)).to.contain('Municipal conference');
    } finally {
      meta.remove();
    }
  });

  it('revalidates on refresh(): an unchanged feed answers 304', async () => {
    const url = uniqueFeed();
    const card = await fixture<QwEventCard>(html`<qw-event-card feed=${url} event="konferenz"></qw-event-card>`);
    await loaded(card);
    const snapshot = await card.refresh();
    expect(snapshot?.status).to.equal('loaded');
    expect(await countFor(url)).to.deep.equal({ ok: 1, notModified: 1, failed: 0 });
    await refreshFeed(url);
    expect(await countFor(url)).to.deep.equal({ ok: 1, notModified: 2, failed: 0 });
    expect(shadowText(card)).to.contain('Kommunalkonferenz');
  });

  it('never lets a late answer for an earlier feed overwrite a newer one', async () => {
    const slow = uniqueFeed('english.json');
    const fast = uniqueFeed('events.json');
    // The server holds the earlier feed's answer until the newer one is shown, so it is always the late one.
    await setMode(slow, 'hold');
    const card = await fixture<QwEventCard>(html`<qw-event-card feed=${slow} event="konferenz"></qw-event-card>`);
    card.feed = fast;
    await feedSource(fast).load();
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Kommunalkonferenz');
    await setMode(slow, '');
    expect((await feedSource(slow).load()).status).to.equal('loaded');
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Kommunalkonferenz');
    expect(shadowText(card)).not.to.contain('Municipal');
  });
});

describe('loader errors', () => {
  async function failingCard(url: string) {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = document.createElement('qw-event-card');
    card.feed = url;
    card.event = 'konferenz';
    const errorEvent = oneEvent(container, 'qw-feed-error') as Promise<QwFeedErrorEvent>;
    container.append(card);
    const event = await errorEvent;
    await loaded(card);
    return { card, event };
  }

  it('classifies a 404 and says so to the visitor', async () => {
    const { card, event } = await failingCard(uniqueFeed('does-not-exist.json'));
    expect(event.detail).to.include({ kind: 'http', status: 404, hasStaleData: false });
    expect(event.detail.message).to.contain('HTTP 404');
    expect(shadowText(card)).to.equal('Die Termine sind unter der angegebenen Adresse nicht verfügbar.');
    await expect(card).to.be.accessible();
  });

  it('classifies a 500', async () => {
    const { event } = await failingCard(`/api/status/500?key=${++keyCounter}`);
    expect(event.detail).to.include({ kind: 'http', status: 500 });
  });

  it('classifies an HTML page as not JSON', async () => {
    const { card, event } = await failingCard(`/api/html?key=${++keyCounter}`);
    expect(event.detail.kind).to.equal('not-json');
    expect(event.detail.message).to.contain('HTML page');
    expect(shadowText(card)).to.equal('Die Termine liegen nicht in einem lesbaren Format vor.');
  });

  it('classifies JSON that is not a feed', async () => {
    const { event } = await failingCard(uniqueFeed('json-array.json'));
    expect(event.detail.kind).to.equal('not-a-feed');
  });

  it('gives up after the timeout', async () => {
    const before = feedSettings.timeoutMs;
    feedSettings.timeoutMs = 300;
    try {
      const { card, event } = await failingCard(`/api/hang?key=${++keyCounter}`);
      expect(event.detail.kind).to.equal('timeout');
      expect(shadowText(card)).to.contain('Der Server antwortet gerade nicht');
    } finally {
      feedSettings.timeoutMs = before;
    }
  });

  it('classifies a refused connection as a network error', async () => {
    const { event } = await failingCard('http://127.0.0.1:9/feed.json');
    expect(event.detail.kind).to.equal('network');
  });

  it('keeps showing the last good data when a refresh fails', async () => {
    const url = uniqueFeed('events.json');
    const card = await fixture<QwEventCard>(html`<qw-event-card feed=${url} event="konferenz"></qw-event-card>`);
    await loaded(card);
    // The server holds the refresh until the client gives up, so only the timeout can end it.
    await setMode(url, 'hold');
    const before = feedSettings.timeoutMs;
    feedSettings.timeoutMs = 300;
    try {
      const errorEvent = oneEvent(card, 'qw-feed-error') as Promise<QwFeedErrorEvent>;
      void card.refresh();
      expect((await errorEvent).detail).to.include({ kind: 'timeout', hasStaleData: true });
    } finally {
      feedSettings.timeoutMs = before;
      await setMode(url, '');
    }
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Kommunalkonferenz');
    expect(card.shadowRoot!.querySelector('[part~="stale"]')?.textContent).to.contain('Stand:');
    await expect(card).to.be.accessible();
    await aTimeout(0);
  });

  it('says so when no feed is given at all', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = document.createElement('qw-event-card');
    const errorEvent = oneEvent(container, 'qw-feed-error') as Promise<QwFeedErrorEvent>;
    container.append(card);
    expect((await errorEvent).detail.kind).to.equal('no-feed');
    await card.updateComplete;
    expect(shadowText(card)).to.equal('Für dieses Element ist keine Terminquelle angegeben.');
  });
});
