// A calendar over a large feed draws its month from a first look at the feed (the month's
// events, read first), before the whole feed is read; `qw-feed-load` and its issues come with
// the whole read.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/calendar/calendar.js';
import type { QwCalendar } from '../../../src/components/calendar/calendar.component.js';
import type { QwFeedLoadEvent } from '../../../src/events/feed-events.js';
import { feedSource } from '../../../src/feed/store.js';
import { part } from '../../helpers.js';

const isoDay = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
const FIRST = Date.UTC(2017, 0, 1) / 86_400_000;

/** Two events a day over 2017 and 2018, a wrong one inside March and one outside, and an id given twice. */
function largeFeed() {
  const events: Record<string, unknown>[] = [{ id: 'doppelt', title: 'Zuerst genannt', start: '2018-06-01' }];
  for (let day = 0; day < 730; day++) {
    events.push({ id: `t${day}`, title: `Tagestermin ${day}`, start: isoDay(FIRST + day) });
    events.push({ id: `a${day}`, title: `Abendtermin ${day}`, start: `${isoDay(FIRST + day)}T18:00`, end: `${isoDay(FIRST + day)}T20:00` });
  }
  events.push({ id: 'falsch-maerz', title: 'Falsches Datum', start: '2017-03-32' });
  events.push({ id: 'falsch-2018', title: 'Falsches Datum', start: '2018-02-30' });
  events.push({ id: 'doppelt', title: 'Später genannt', start: '2017-03-15' });
  return { version: 1, timeZone: 'Europe/Berlin', events };
}

const drawnIds = (el: QwCalendar) =>
  [...new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]:not(.placeholder *)')].map((bar) => bar.dataset.id!))].sort();

/** Connects a calendar of March 2017 and resolves with what it had drawn when `qw-feed-load` came, and the event. */
async function loadCalendar(feed: string) {
  const container = await fixture<HTMLElement>(html`<div style="width: 960px"></div>`);
  const el = Object.assign(document.createElement('qw-calendar'), { feed, month: '2017-03', now: '2017-03-20' });
  const loaded = new Promise<{ drawn: string[]; event: QwFeedLoadEvent }>((resolve) =>
    el.addEventListener('qw-feed-load', (event) => resolve({ drawn: drawnIds(el), event: event as QwFeedLoadEvent }), { once: true }),
  );
  container.append(el);
  return { el, ...(await loaded) };
}

const previewChunkLoaded = () => performance.getEntriesByType('resource').some((entry) => /\/feed\/preview\.(js|ts)\b/.test(entry.name));

describe('<qw-calendar> over a large feed', () => {
  it('waits for the whole read of a feed of fewer than 1,000 events', async () => {
    const { el, drawn } = await loadCalendar(`/api/feed/calendar?key=small-${Date.now()}`);
    expect(drawn).to.deep.equal([]);
    await waitUntil(() => drawnIds(el).length > 0, 'the month was not drawn');
    // The first look's reader is a chunk that a page with a small feed never asks for.
    expect(previewChunkLoaded()).to.equal(false);
  });
  it('draws its month from the month\'s events before the whole feed is read; the whole read has the last word', async () => {
    const url = `/api/stored?key=preview-${Date.now()}`;
    await fetch(url, { method: 'POST', body: JSON.stringify(largeFeed()) });
    const { el, drawn, event } = await loadCalendar(url);
    const march = Array.from({ length: 31 }, (_, i) => [`t${59 + i}`, `a${59 + i}`]).flat();
    // Drawn before qw-feed-load: March's events and the days of February and April the grid shows, from the first look.
    expect(drawn).to.include.members(march);
    expect(drawn).to.not.include('falsch-maerz');
    // An id given first outside the month keeps its later item in March out, in the first look too.
    expect(drawn).to.not.include('doppelt');
    // The whole read draws the same month, and reports what is wrong in all of the feed.
    await waitUntil(() => part(el, 'loading') === null && drawnIds(el).length > 0, 'the whole read was not drawn');
    expect(drawnIds(el)).to.deep.equal(drawn);
    const reported = event.detail.issues.map((issue) => `${issue.action} ${issue.id}`);
    expect(reported).to.include.members(['item-skipped falsch-maerz', 'item-skipped falsch-2018', 'item-skipped doppelt']);
    expect(event.detail.feed.events.length).to.equal(1461);
    expect(part(el, 'loading')).to.equal(null);
    await expect(el).to.be.accessible();
    expect(previewChunkLoaded()).to.equal(true);
  });

  it('reads no first look where a feed is already shown: a refresh keeps the month drawn and publishes no first look', async () => {
    const url = `/api/stored?key=preview-refresh-${Date.now()}`;
    await fetch(url, { method: 'POST', body: JSON.stringify(largeFeed()) });
    const { el } = await loadCalendar(url);
    await waitUntil(() => part(el, 'loading') === null && drawnIds(el).length > 0, 'the whole read was not drawn');
    const source = feedSource(new URL(url, location.href).href);
    const snapshots: { status: string; preview?: unknown }[] = [];
    const unsubscribe = source.subscribe((snapshot) => snapshots.push(snapshot));
    await source.refresh();
    unsubscribe();
    expect(snapshots.length, 'the refresh was published').to.be.above(0);
    expect(snapshots.filter((snapshot) => snapshot.preview !== undefined)).to.deep.equal([]);
    expect(snapshots.at(-1)!.status).to.equal('loaded');
  });
});
