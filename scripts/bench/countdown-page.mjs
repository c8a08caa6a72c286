// Group 4: timers and wake-ups of 20 countdowns. The page's clock (Date.now, setTimeout) is
// replaced by a driven one before the bundle loads, so an hour passes in milliseconds and
// every timer the page sets is counted; rendering and IntersectionObserver stay real.
const START = Date.UTC(2017, 2, 1, 8, 0);
const MINUTE = 60_000;
/** Deadlines from a few minutes to a year ahead: countdowns of minutes, hours and days. */
const DEADLINES_IN_MINUTES = [5, 15, 25, 40, 55, 90, 150, 300, 600, 1000, 2880, 7200, 14400, 28800, 57600, 86400, 129600, 172800, 288000, 525600];

const counts = { timersSet: 0, timersFired: 0, intervalsSet: 0, renders: 0 };
let now = START;
const timers = new Map();
let nextTimer = 1;
Date.now = () => now;
window.setTimeout = (callback, ms = 0, ...args) => {
  counts.timersSet++;
  const id = nextTimer++;
  timers.set(id, { at: now + Math.max(0, Number(ms) || 0), run: () => callback(...args) });
  return id;
};
window.clearTimeout = (id) => timers.delete(id);
const realSetInterval = window.setInterval.bind(window);
window.setInterval = (...args) => {
  counts.intervalsSet++;
  return realSetInterval(...args);
};

/** A real macrotask: lets Lit finish what a wake-up requested. */
const settle = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Moves the driven clock forward, running each due timer at its moment. */
async function advance(ms) {
  const end = now + ms;
  for (;;) {
    let due;
    for (const [id, timer] of timers) if (timer.at <= end && (!due || timer.at < due[1].at)) due = [id, timer];
    if (!due) break;
    timers.delete(due[0]);
    now = Math.max(now, due[1].at);
    counts.timersFired++;
    due[1].run();
    await settle();
  }
  now = end;
  await settle();
}

const calls = DEADLINES_IN_MINUTES.map((minutes, i) => ({
  id: `call-${i}`,
  title: `Aufruf ${i}`,
  deadline: new Date(START + minutes * MINUTE).toISOString(),
}));
const feed = URL.createObjectURL(
  new Blob([JSON.stringify({ version: 1, timeZone: 'Europe/Berlin', calls })], { type: 'application/json' }),
);

await import('/dist/quartier-widgets.js');
const proto = customElements.get('qw-deadline-countdown').prototype;
const update = proto.update;
proto.update = function countedUpdate(...args) {
  counts.renders++;
  return update.apply(this, args);
};

const scenario = new URLSearchParams(location.search).get('scenario');
const grid = document.createElement('div');
grid.className = scenario === 'offscreen' ? 'widgets offscreen' : 'widgets';
grid.innerHTML = calls.map((call) => `<qw-deadline-countdown feed="${feed}" call="${call.id}"></qw-deadline-countdown>`).join('');
document.body.append(grid);

window.countdownsReady = (async () => {
  const shown = (el) => el.shadowRoot?.querySelector('[part~="base"], [part~="error"]');
  while (![...grid.children].every(shown)) await new Promise((resolve) => requestAnimationFrame(resolve));
  // Two frames, so the IntersectionObserver has reported where each widget is.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settle();
})();

/** Runs `minutes` of driven time and returns what the page did in it. */
window.runCountdownMinutes = async (minutes) => {
  Object.assign(counts, { timersSet: 0, timersFired: 0, intervalsSet: 0, renders: 0 });
  await advance(minutes * MINUTE);
  return { ...counts, pendingTimers: timers.size, visibility: document.visibilityState };
};
/** What the page did since the last run began, after letting pending renders finish. */
window.readCounts = async () => {
  await settle();
  return { ...counts };
};
window.benchReady = true;
