// Faults of the network and the server, against real HTTP answers: the widget shows a readable
// state, asks again with backoff where that may help, and keeps the last good data, in memory
// and across page loads (localStorage).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { QwEventCard } from '../../src/components/event-card/event-card.component.js';
import type { QwFeedErrorEvent } from '../../src/events/feed-events.js';
import { feedSettings, feedSource } from '../../src/feed/store.js';
import { part, serverCount, text } from '../helpers.js';

let counter = 0;
const newKey = () => `faults-${Date.now()}-${++counter}`;
const feedUrl = (key: string) => `/api/feed/events?key=${key}`;
/** Sets how the server answers for `key`; in place once this resolves. `times` limits `down` to the next N requests. */
const setMode = (key: string, mode: '' | 'down' | 'junk' | 'truncated' | 'hold', times?: number) =>
  fetch(`/api/mode?key=${key}&mode=${mode}${times ? `&times=${times}` : ''}`);
const title = (card: Element) => text(part(card, 'title'));
const STORAGE_KEY = (key: string) => `quartier-widgets:feed:${new URL(feedUrl(key), location.href).href}`;

type FeedEventType = 'qw-feed-load' | 'qw-feed-error';

/**
 * A card whose feed events are counted from before it is connected, so no answer can come
 * too fast to be seen; `seen(type, n)` resolves once `type` has fired `n` times and the card
 * has rendered it. Waits follow what happened, never the clock.
 */
async function card(url: string) {
  const el = document.createElement('qw-event-card');
  el.feed = url;
  el.event = 'konferenz';
  const fired: Record<FeedEventType, number> = { 'qw-feed-load': 0, 'qw-feed-error': 0 };
  let wake = () => {};
  for (const type of Object.keys(fired) as FeedEventType[]) {
    el.addEventListener(type, () => {
      fired[type] += 1;
      wake();
    });
  }
  const seen = async (type: FeedEventType, n = 1) => {
    while (fired[type] < n) await new Promise<void>((resolve) => (wake = resolve));
    await el.updateComplete;
  };
  await fixture(html`<div>${el}</div>`);
  return { el: el as QwEventCard, seen };
}

/**
 * Proves that no retry is waiting for `url`: going online fires a waiting retry at once,
 * and `load()` then returns that request, so the server has counted it when this resolves.
 */
async function flushRetry(url: string) {
  window.dispatchEvent(new Event('online'));
  await feedSource(url).load();
}

describe('faults', () => {
  const saved = { ...feedSettings };
  afterEach(() => Object.assign(feedSettings, saved));

  it('asks again with backoff after a 503 and shows the feed once the server is back', async () => {
    feedSettings.retryDelaysMs = [100, 300];
    const key = newKey();
    await setMode(key, 'down', 1);
    const { el, seen } = await card(feedUrl(key));
    await seen('qw-feed-error');
    expect(text(part(el, 'error'))).to.equal('Die Termine sind unter der angegebenen Adresse nicht verfügbar.');
    await seen('qw-feed-load');
    expect(title(el)).to.equal('Kommunalkonferenz');
    expect(await serverCount(key)).to.deep.equal({ ok: 1, notModified: 0, failed: 1 });
  });

  it('gives up after the last delay: one request and one per retry', async () => {
    feedSettings.retryDelaysMs = [50, 50];
    const key = newKey();
    await setMode(key, 'down');
    const { el, seen } = await card(feedUrl(key));
    await seen('qw-feed-error', 3);
    await flushRetry(feedUrl(key));
    expect(await serverCount(key)).to.deep.equal({ ok: 0, notModified: 0, failed: 3 });
    expect(part(el, 'error')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('does not ask again after a 404 or a feed it cannot read', async () => {
    feedSettings.retryDelaysMs = [50];
    const missing = await card(`/api/status/404?key=${newKey()}`);
    await missing.seen('qw-feed-error');
    expect(part(missing.el, 'error')).not.to.equal(null);
    const key = newKey();
    await setMode(key, 'junk');
    const junk = await card(feedUrl(key));
    await junk.seen('qw-feed-error');
    expect(part(junk.el, 'error')).not.to.equal(null);
    await flushRetry(feedUrl(key));
    expect((await serverCount(key)).failed).to.equal(1);
  });

  it('asks again at once when the browser is back online', async () => {
    feedSettings.retryDelaysMs = [60_000];
    const key = newKey();
    await setMode(key, 'down');
    const { el, seen } = await card(feedUrl(key));
    await seen('qw-feed-error');
    await setMode(key, '');
    window.dispatchEvent(new Event('online'));
    await seen('qw-feed-load');
    expect(title(el)).to.equal('Kommunalkonferenz');
  });

  it('reads a truncated response as unreadable and keeps the earlier data', async () => {
    const key = newKey();
    const { el, seen } = await card(feedUrl(key));
    await seen('qw-feed-load');
    await setMode(key, 'truncated');
    const error = oneEvent(el, 'qw-feed-error') as Promise<QwFeedErrorEvent>;
    void el.refresh();
    expect((await error).detail).to.include({ kind: 'not-json', hasStaleData: true });
    await el.updateComplete;
    expect(title(el)).to.equal('Kommunalkonferenz');
    expect(text(part(el, 'stale'))).to.match(/^Die Daten konnten nicht aktualisiert werden\. Stand: /);
  });

  it('never replaces good data with an update that is no feed at all', async () => {
    const key = newKey();
    const { el, seen } = await card(feedUrl(key));
    await seen('qw-feed-load');
    await setMode(key, 'junk');
    const error = oneEvent(el, 'qw-feed-error') as Promise<QwFeedErrorEvent>;
    void el.refresh();
    expect((await error).detail).to.include({ kind: 'not-a-feed', hasStaleData: true });
    await el.updateComplete;
    expect(title(el)).to.equal('Kommunalkonferenz');
  });

  it('says a server that refuses this site by CORS is unreachable', async () => {
    const other = `http://127.0.0.1:${location.port}${feedUrl(newKey())}`;
    const { el, seen } = await card(other);
    await seen('qw-feed-error');
    expect(text(part(el, 'error'))).to.equal('Die Termine konnten gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.');
  });

  it('gives up on a slow server after the timeout', async () => {
    feedSettings.timeoutMs = 300;
    feedSettings.retryDelaysMs = [];
    // The server holds the request until the client gives up, so only the timeout can end it.
    const key = newKey();
    await setMode(key, 'hold');
    const { el, seen } = await card(feedUrl(key));
    await seen('qw-feed-error');
    expect(text(part(el, 'error'))).to.equal('Der Server antwortet gerade nicht. Bitte versuchen Sie es später noch einmal.');
  });

  it('keeps a size-limited copy in localStorage, and none past the limit', async () => {
    const key = newKey();
    const first = await card(feedUrl(key));
    await first.seen('qw-feed-load');
    // The copy is written when the page is idle, after the first paint.
    await waitUntil(() => localStorage.getItem(STORAGE_KEY(key)) !== null, 'the copy is kept');
    const kept = JSON.parse(localStorage.getItem(STORAGE_KEY(key))!);
    expect(kept.feed.events.map((e: { id: string }) => e.id)).to.include('konferenz');
    expect(kept.loadedAt).to.be.closeTo(Date.now(), 5000);

    // Past the limit, an earlier copy is forgotten and no new one is written, not even when idle.
    feedSettings.persistMaxChars = 100;
    const big = newKey();
    localStorage.setItem(STORAGE_KEY(big), JSON.stringify({ loadedAt: 1, feed: { version: 1, events: [] } }));
    const other = await card(feedUrl(big));
    await other.seen('qw-feed-load');
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 }));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 }));
    expect(localStorage.getItem(STORAGE_KEY(big))).to.equal(null);
  });
});

describe('the last good data across page loads', () => {
  /**
   * A partner page (the built bundle) in a frame, sharing this origin's localStorage, once
   * its first feed answer is rendered. The load listener is in place before the frame is, so
   * a page that loads before the next animation frame is not missed.
   */
  async function partnerPage(feed: string): Promise<{ frame: HTMLIFrameElement; el: QwEventCard; outcome: FeedEventType }> {
    const frame = document.createElement('iframe');
    frame.title = 'Partnerseite';
    frame.src = `/api/page?feed=${encodeURIComponent(feed)}&event=konferenz`;
    const loaded = oneEvent(frame, 'load');
    await fixture(html`<div>${frame}</div>`);
    await loaded;
    const page = frame.contentWindow as Window & { feedOutcome: Promise<FeedEventType> };
    const outcome = await page.feedOutcome;
    const el = frame.contentDocument!.querySelector('qw-event-card')!;
    await el.updateComplete;
    return { frame, el, outcome };
  }

  it('shows the kept copy on the next load while the server is down, with its age', async () => {
    const key = newKey();
    const first = await partnerPage(feedUrl(key));
    expect(first.outcome).to.equal('qw-feed-load');
    expect(title(first.el)).to.equal('Kommunalkonferenz');
    await waitUntil(() => localStorage.getItem(STORAGE_KEY(key)) !== null, 'the copy is kept');
    first.frame.remove();

    await setMode(key, 'down');
    const { el, outcome } = await partnerPage(feedUrl(key));
    expect(outcome).to.equal('qw-feed-error');
    expect(title(el)).to.equal('Kommunalkonferenz');
    expect(text(part(el, "stale"))).to.match(/^Die Daten konnten nicht aktualisiert werden\. Stand: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(part(el, 'error')).to.equal(null);
  });

  it('shows the kept copy at once while the request is still on its way, then the answer', async () => {
    const key = newKey();
    const first = await partnerPage(feedUrl(key));
    expect(first.outcome).to.equal('qw-feed-load');
    await waitUntil(() => localStorage.getItem(STORAGE_KEY(key)) !== null, 'the copy is kept');
    first.frame.remove();

    await setMode(key, 'hold');
    const frame = document.createElement('iframe');
    frame.title = 'Partnerseite';
    frame.src = `/api/page?feed=${encodeURIComponent(feedUrl(key))}&event=konferenz`;
    await fixture(html`<div>${frame}</div>`);
    await waitUntil(() => frame.contentDocument?.querySelector('qw-event-card'), 'no card on the page');
    const el = frame.contentDocument!.querySelector('qw-event-card')!;
    // The frame's bundle may not have run yet: until the card is upgraded it has no shadow root to read.
    await waitUntil(() => el.shadowRoot && title(el) === 'Kommunalkonferenz', 'the kept copy was not shown while the request was held');
    const page = frame.contentWindow as Window & { feedOutcome: Promise<FeedEventType> };
    await setMode(key, '');
    expect(await page.feedOutcome).to.equal('qw-feed-load');
  });

  it('ignores a kept copy that was tampered with', async () => {
    const key = newKey();
    localStorage.setItem(STORAGE_KEY(key), JSON.stringify({ loadedAt: Date.now(), feed: 'kein Feed <img src=x onerror=alert(1)>' }));
    await setMode(key, 'down');
    const { el, outcome } = await partnerPage(feedUrl(key));
    expect(outcome).to.equal('qw-feed-error');
    expect(part(el, 'error')).not.to.equal(null);
    expect(part(el, 'title')).to.equal(null);
  });
});
