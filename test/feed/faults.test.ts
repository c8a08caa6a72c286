// Faults of the network and the server, against real HTTP answers: the widget shows a readable
// state, asks again with backoff where that may help, and keeps the last good data, in memory
// and across page loads (localStorage).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { QwEventCard } from '../../src/components/event-card/event-card.component.js';
import type { QwFeedErrorEvent } from '../../src/events/feed-events.js';
import { feedSettings } from '../../src/feed/store.js';
import { part, serverCount, text } from '../helpers.js';

let counter = 0;
const newKey = () => `faults-${Date.now()}-${++counter}`;
const feedUrl = (key: string) => `/api/feed/events?key=${key}`;
const setMode = (key: string, mode: '' | 'down' | 'junk' | 'truncated') => fetch(`/api/mode?key=${key}&mode=${mode}`);
const title = (card: Element) => text(part(card, 'title'));
const STORAGE_KEY = (key: string) => `quartier-widgets:feed:${new URL(feedUrl(key), location.href).href}`;

async function card(url: string): Promise<QwEventCard> {
  return fixture<QwEventCard>(html`<qw-event-card feed=${url} event="konferenz"></qw-event-card>`);
}

describe('faults', () => {
  const saved = { ...feedSettings };
  afterEach(() => Object.assign(feedSettings, saved));

  it('asks again with backoff after a 503 and shows the feed once the server is back', async () => {
    feedSettings.retryDelaysMs = [100, 300];
    const key = newKey();
    await setMode(key, 'down');
    const el = await card(feedUrl(key));
    await waitUntil(() => part(el, 'error'), 'no error state');
    expect(text(part(el, 'error'))).to.equal('Die Termine sind unter der angegebenen Adresse nicht verfügbar.');
    await setMode(key, '');
    await waitUntil(() => part(el, 'title'), 'the retry did not bring the feed', { timeout: 3000 });
    expect(title(el)).to.equal('Kommunalkonferenz');
    const count = await serverCount(key);
    expect(count.ok).to.equal(1);
    expect(count.failed).to.be.within(1, 2);
  });

  it('gives up after the last delay: one request and one per retry', async () => {
    feedSettings.retryDelaysMs = [50, 50];
    const key = newKey();
    await setMode(key, 'down');
    const el = await card(feedUrl(key));
    await waitUntil(async () => (await serverCount(key)).failed === 3, 'not three requests', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await serverCount(key)).to.deep.equal({ ok: 0, notModified: 0, failed: 3 });
    expect(part(el, 'error')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('does not ask again after a 404 or a feed it cannot read', async () => {
    feedSettings.retryDelaysMs = [50];
    const el = await card(`/api/status/404?key=${newKey()}`);
    await waitUntil(() => part(el, 'error'), 'no error state');
    const key = newKey();
    await setMode(key, 'junk');
    const junk = await card(feedUrl(key));
    await waitUntil(() => part(junk, 'error'), 'no error state');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await serverCount(key)).failed).to.equal(1);
  });

  it('asks again at once when the browser is back online', async () => {
    feedSettings.retryDelaysMs = [60_000];
    const key = newKey();
    await setMode(key, 'down');
    const el = await card(feedUrl(key));
    await waitUntil(() => part(el, 'error'), 'no error state');
    await setMode(key, '');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => part(el, 'title'), 'going online did not retry', { timeout: 2000 });
  });

  it('reads a truncated response as unreadable and keeps the earlier data', async () => {
    const key = newKey();
    const el = await card(feedUrl(key));
    await waitUntil(() => part(el, 'title'), 'no feed');
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
    const el = await card(feedUrl(key));
    await waitUntil(() => part(el, 'title'), 'no feed');
    await setMode(key, 'junk');
    const error = oneEvent(el, 'qw-feed-error') as Promise<QwFeedErrorEvent>;
    void el.refresh();
    expect((await error).detail).to.include({ kind: 'not-a-feed', hasStaleData: true });
    await el.updateComplete;
    expect(title(el)).to.equal('Kommunalkonferenz');
  });

  it('says a server that refuses this site by CORS is unreachable', async () => {
    const other = `http://127.0.0.1:${location.port}${feedUrl(newKey())}`;
    const el = await card(other);
    await waitUntil(() => part(el, 'error'), 'no error state');
    expect(text(part(el, 'error'))).to.equal('Die Termine konnten gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.');
  });

  it('gives up on a slow server after the timeout', async () => {
    feedSettings.timeoutMs = 300;
    feedSettings.retryDelaysMs = [];
    const el = await card(`/api/feed/events.json?key=${newKey()}&delay=10000`);
    await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 2000 });
    expect(text(part(el, 'error'))).to.equal('Der Server antwortet gerade nicht. Bitte versuchen Sie es später noch einmal.');
  });

  it('keeps a size-limited copy in localStorage, and none past the limit', async () => {
    const key = newKey();
    const el = await card(feedUrl(key));
    await waitUntil(() => part(el, 'title'), 'no feed');
    const kept = JSON.parse(localStorage.getItem(STORAGE_KEY(key))!);
    expect(kept.feed.events.map((e: { id: string }) => e.id)).to.include('konferenz');
    expect(kept.loadedAt).to.be.closeTo(Date.now(), 5000);

    feedSettings.persistMaxChars = 100;
    const big = newKey();
    const other = await card(feedUrl(big));
    await waitUntil(() => part(other, 'title'), 'no feed');
    expect(localStorage.getItem(STORAGE_KEY(big))).to.equal(null);
  });
});

describe('the last good data across page loads', () => {
  /** A partner page (the built bundle) in a frame, sharing this origin's localStorage. */
  async function partnerPage(feed: string): Promise<HTMLIFrameElement> {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Partnerseite" src=${`/api/page?feed=${encodeURIComponent(feed)}&event=konferenz`}></iframe>`,
    );
    await oneEvent(frame, 'load');
    return frame;
  }
  const cardIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('qw-event-card')!;

  it('shows the kept copy on the next load while the server is down, with its age', async () => {
    const key = newKey();
    const first = await partnerPage(feedUrl(key));
    await waitUntil(() => part(cardIn(first), 'title'), 'first load showed nothing', { timeout: 5000 });
    first.remove();

    await setMode(key, 'down');
    const second = await partnerPage(feedUrl(key));
    const el = cardIn(second);
    await waitUntil(() => part(el, 'stale'), 'no notice of the kept copy', { timeout: 5000 });
    expect(title(el)).to.equal('Kommunalkonferenz');
    expect(text(part(el, "stale"))).to.match(/^Die Daten konnten nicht aktualisiert werden\. Stand: \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(part(el, 'error')).to.equal(null);
  });

  it('ignores a kept copy that was tampered with', async () => {
    const key = newKey();
    localStorage.setItem(STORAGE_KEY(key), JSON.stringify({ loadedAt: Date.now(), feed: 'kein Feed <img src=x onerror=alert(1)>' }));
    await setMode(key, 'down');
    const frame = await partnerPage(feedUrl(key));
    const el = cardIn(frame);
    await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 5000 });
    expect(part(el, 'title')).to.equal(null);
  });
});
