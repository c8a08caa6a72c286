// The first-visit benchmark page, opened by scripts/bench/first-visit.mjs in a fresh browser
// context for every run: one renderer (?renderer=ours|fullcalendar|floor) draws the shown
// month from the feed at ?feed=. The renderer's script is loaded before the timed span; the
// span starts when the element (ours) or the container (the others) is created and the feed's
// address given, and ends when the events are painted:
//   ours          the calendar has put event bars ([data-id]) in its shadow DOM, outside the
//                 shape it draws while loading, and the frame holding them has been produced
//                 (`painted`: a task queued from the next animation frame). Of a large feed it
//                 may draw the shown month before the whole feed is read (`qw-feed-load`).
//   FullCalendar  fetch, response.text(), JSON.parse, the events mapped to FullCalendar's
//   plain DOM     form (FullCalendar only), render, then the same `painted`.
// With ?span=navigation the page times the whole visit instead (see the end of this module).
import { SHOWN_MONTH, toFullCalendar } from './events.mjs';
import { countNodes, painted, renderPlain } from './plain-grid.mjs';

const params = new URLSearchParams(location.search);
const rendererName = params.get('renderer');
const feedUrl = params.get('feed');

// Long tasks from the page's start; those ending after the timed span began are reported.
const longTasks = [];
const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
observer.observe({ type: 'longtask', buffered: true });

/** Fetches and parses the feed as a page without our loader would. */
async function fetchEvents(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the bench feed ${url} answered HTTP ${response.status}`);
  return JSON.parse(await response.text()).events;
}

/**
 * Appends our element to the stage and resolves once `drawn()` holds in its shadow DOM (or
 * rejects on `qw-feed-error`), then after the frame that shows it.
 */
async function appendUntilDrawn(stage, el, drawn) {
  const failed = new Promise((_, reject) => {
    el.addEventListener('qw-feed-error', (event) => reject(new Error(`qw-feed-error: ${event.detail?.error?.message}`)), { once: true });
  });
  stage.append(el);
  await Promise.race([
    failed,
    new Promise((resolve) => {
      const observer = new MutationObserver(() => drawn() && (observer.disconnect(), resolve()));
      observer.observe(el.shadowRoot, { childList: true, subtree: true });
    }),
  ]);
  await painted();
}

const RENDERERS = {
  async ours(stage) {
    await import('/dist/quartier-widgets.js');
    return async () => {
      const el = document.createElement('qw-calendar');
      el.addEventListener('qw-feed-load', () => (window.feedLoadedAt = performance.now()), { once: true });
      el.setAttribute('month', SHOWN_MONTH);
      el.setAttribute('feed', feedUrl);
      // Event bars in the shadow DOM (not in the shape drawn while loading), from the first look
      // at a large feed or from the whole of it, whichever the calendar draws first.
      await appendUntilDrawn(stage, el, () => el.shadowRoot?.querySelector('[data-id]:not(.placeholder *)'));
      return {};
    };
  },
  // Group 1d only: a funding call's countdown on the demo's feed, drawn once its time left shows.
  async countdown(stage) {
    await import('/dist/quartier-widgets.js');
    return async () => {
      const el = document.createElement('qw-deadline-countdown');
      el.setAttribute('call', 'difu-vielfalt-in-den-zentren');
      el.setAttribute('now', '2015-10-01T12:00');
      el.setAttribute('feed', feedUrl);
      await appendUntilDrawn(stage, el, () => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[part~="loading"]'));
      return {};
    };
  },
  async fullcalendar(stage) {
    // Its script and its stylesheet load side by side, as from a page's head.
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/dist/bench/fullcalendar-entry.css' });
    const stylesheet = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error('FullCalendar stylesheet missing'));
      document.head.append(link);
    });
    const [{ renderFullCalendar }] = await Promise.all([import('/dist/bench/fullcalendar-entry.js'), stylesheet]);
    return async () => {
      const div = document.createElement('div');
      stage.append(div);
      const events = await fetchEvents(feedUrl);
      renderFullCalendar(div, events.map(toFullCalendar));
      await painted();
      if (div.querySelectorAll('[data-date]').length < 35 || !div.textContent.includes('Termin ')) throw new Error('FullCalendar drew no events');
      return {};
    };
  },
  async floor(stage) {
    return async () => {
      const div = document.createElement('div');
      div.className = 'plain';
      stage.append(div);
      renderPlain(div, await fetchEvents(feedUrl));
      await painted();
      if (!div.textContent.includes('Termin ')) throw new Error('the plain-DOM grid drew no events');
      return {};
    };
  },
};

const stage = document.querySelector('#stage');
const render = await RENDERERS[rendererName](stage);

/**
 * One first visit: the timed span, then `settleMs` more in which long tasks (work the
 * renderer left for later) still count. Resolves with the time, the long tasks and the
 * DOM nodes drawn (shadow roots included, the stage itself not).
 */
window.runFirstVisit = async ({ settleMs }) => {
  if (localStorage.length > 0 || performance.getEntriesByName(new URL(feedUrl, location.href).href).length > 0) {
    throw new Error('not a first visit: the feed was stored or requested before');
  }
  // Start from a quiet page: the script's own work done and painted.
  await painted();
  await painted();
  const started = performance.now();
  const details = await render();
  const elapsed = performance.now() - started;
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
  longTasks.push(...observer.takeRecords());
  const tasks = longTasks.filter((task) => task.startTime + task.duration > started).map((task) => task.duration);
  const feedEntry = performance.getEntriesByName(new URL(feedUrl, location.href).href)[0];
  return {
    ms: elapsed,
    domNodes: countNodes(stage) - 1,
    longTaskMax: Math.max(0, ...tasks),
    longTaskCount: tasks.length,
    feedBytes: feedEntry?.decodedBodySize,
    // Ours: when the whole feed had been read, which may be after the paint (then only with settleMs).
    feedLoadMs: window.feedLoadedAt === undefined ? undefined : window.feedLoadedAt - started,
    ...details,
  };
};
// ?span=navigation: the whole visit, timed from the navigation's start (the page's time origin):
// the page, the renderer's script (ours with its compile), its styles, the feed and the paint.
if (params.get('span') === 'navigation') {
  try {
    await render();
    window.wholeVisitMs = performance.now();
  } catch (error) {
    window.wholeVisitError = String(error?.message ?? error);
  }
}
window.benchReady = true;
